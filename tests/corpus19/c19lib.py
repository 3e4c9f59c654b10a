"""Producers for tests/corpus19 (synthetic, deterministic). Used by make_corpus19.py only."""

from __future__ import annotations

import datetime as dt
import email.policy
import io
import os
import random
import shutil
import subprocess
import tempfile
import textwrap
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

URW = Path("/usr/share/fonts/opentype/urw-base35")
DJV = Path("/usr/share/fonts/truetype/dejavu")
F_SANS = str(URW / "NimbusSans-Regular.otf")
F_SANSB = str(URW / "NimbusSans-Bold.otf")
F_SERIF = str(URW / "C059-Roman.otf")
F_MONO = str(URW / "NimbusMonoPS-Regular.otf")
F_HAND = str(URW / "Z003-MediumItalic.otf")
F_DJV = str(DJV / "DejaVuSans.ttf")
F_DJVB = str(DJV / "DejaVuSans-Bold.ttf")

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MON3 = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def elfproef(bsn: str) -> bool:
    return len(bsn) == 9 and bsn.isdigit() and sum(
        int(c) * w for c, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            return s


def nl(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def dmy(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def stampdate(d: dt.date) -> str:
    return f"{d.day} {MON3[d.month - 1]} {d.year}"


def wd(d0: dt.date, days: int) -> dt.date:
    d = d0 + dt.timedelta(days=days)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1735689600", LC_ALL="C.UTF-8", QT_HASH_SEED="0")


def _pdfdate(d: dt.date, hour: int = 10) -> str:
    return f"D:{d:%Y%m%d}{hour:02d}0000Z"


def normalize_pdf(path: Path, d: dt.date, producer: str, creator: str = "", title: str = "") -> None:
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root.Metadata
        for k in list(pdf.trailer.keys()):
            if k in ("/DocChecksum", "/ID"):
                del pdf.trailer[k]
        info = pikepdf.Dictionary(Producer=pikepdf.String(producer), CreationDate=pikepdf.String(_pdfdate(d)),
                                  ModDate=pikepdf.String(_pdfdate(d)))
        if creator:
            info.Creator = pikepdf.String(creator)
        if title:
            info.Title = pikepdf.String(title)
        pdf.trailer.Info = pdf.make_indirect(info)
        pdf.save(path, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)


# ---------------------------------------------------------------- DOCX

def build_docx(spec: list, d: dt.date, author: str, font: str = "Calibri", size: int = 11,
               header: str = "") -> bytes:
    """spec items: ("h", text) ("h2", text) ("p", text) ("b", bullet) ("t", [[cells]...]) ("pb",)"""
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    for item in spec:
        kind = item[0]
        if kind == "h":
            doc.add_heading(item[1], level=1)
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "p":
            doc.add_paragraph(item[1])
        elif kind == "b":
            doc.add_paragraph(item[1], style="List Bullet")
        elif kind == "t":
            rows = item[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        elif kind == "pb":
            doc.add_page_break()
    cp = doc.core_properties
    when = dt.datetime(d.year, d.month, d.day, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue())


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = src.namelist()
        order = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(n))
    return out.getvalue()


def soffice_convert(jobs: list[tuple[bytes, str, Path, dt.date, str]]) -> None:
    """jobs: (docx bytes, suffix, target pdf, date, creator). One soffice run for all."""
    if not jobs:
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ins = []
        for i, (data, suf, _t, _d, _c) in enumerate(jobs):
            p = tmp / f"in{i:03d}.{suf}"
            p.write_bytes(data)
            ins.append(str(p))
        prof = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp / "out")] + ins, check=True, env=ENV, capture_output=True)
        for i, (_data, _suf, target, d, creator) in enumerate(jobs):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(tmp / "out" / f"in{i:03d}.pdf", target)
            normalize_pdf(target, d, "LibreOffice 7.4", creator)


# ---------------------------------------------------------------- HTML -> PDF (wkhtmltopdf)

def wk_pdf(target: Path, html: str, d: dt.date, footer: str = "") -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        args = ["wkhtmltopdf", "--quiet", "-s", "A4", "--encoding", "utf-8"]
        if footer:
            args += ["--footer-left", footer, "--footer-right", "[page]/[topage]", "--footer-font-size", "7"]
        subprocess.run(args + [str(src), str(target)], check=True, env=ENV, capture_output=True)
    normalize_pdf(target, d, "Qt 5.15.8", "wkhtmltopdf 0.12.6")


# ---------------------------------------------------------------- Pillow pages, scans, photos

def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def render_page(lines: list[str], rng: random.Random, dpi: int = 150, hand_color=0, fax: str = "",
                stamp: str = "", stamp_pos=(0.60, 0.06), logo: str = "") -> Image.Image:
    """Draw an A4 page. Line prefixes: '# ' bold heading, '~ ' handwriting, '= ' rule, '' blank.
    Lines are wrapped at ~88 characters."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(im)
    k = dpi / 150
    fs = _font(F_SANS, int(19 * k))
    fb = _font(F_SANSB, int(24 * k))
    fh = _font(F_HAND, int(34 * k))
    fl = _font(F_SANSB, int(30 * k))
    x0, y = int(110 * k), int(110 * k)
    if fax:
        dr.text((int(40 * k), int(18 * k)), fax, font=_font(F_MONO, int(17 * k)), fill=30)
        y += int(10 * k)
    if logo:
        dr.text((x0, y), logo, font=fl, fill=40)
        y += int(60 * k)
    for raw in lines:
        if raw.startswith("~ "):
            txt = raw[2:]
            xx = x0 + rng.randint(0, int(20 * k))
            for word in txt.split(" "):
                yy = y + rng.randint(-3, 3)
                dr.text((xx, yy), word, font=fh, fill=hand_color)
                xx += int(dr.textlength(word + " ", font=fh) * rng.uniform(0.97, 1.08))
            y += int(46 * k)
            continue
        if raw.startswith("# "):
            dr.text((x0, y), raw[2:], font=fb, fill=0)
            y += int(40 * k)
            continue
        if raw.startswith("= "):
            dr.line((x0, y + int(10 * k), W - x0, y + int(10 * k)), fill=0, width=max(1, int(2 * k)))
            y += int(24 * k)
            continue
        if raw == "":
            y += int(16 * k)
            continue
        for part in textwrap.wrap(raw, 100) or [""]:
            dr.text((x0, y), part, font=fs, fill=0)
            y += int(28 * k)
    if stamp:
        _stamp(im, stamp, int(W * stamp_pos[0]), int(H * stamp_pos[1]), k, rng)
    return im


def _stamp(im: Image.Image, text: str, x: int, y: int, k: float, rng: random.Random) -> None:
    f = _font(F_SANSB, int(30 * k))
    lines = text.split("\n")
    tw = max(int(ImageDraw.Draw(im).textlength(t, font=f)) for t in lines) + int(40 * k)
    th = len(lines) * int(40 * k) + int(26 * k)
    st = Image.new("L", (tw, th), 0)
    d = ImageDraw.Draw(st)
    d.rectangle((2, 2, tw - 3, th - 3), outline=255, width=max(2, int(4 * k)))
    for i, t in enumerate(lines):
        d.text((int(20 * k), int(14 * k) + i * int(40 * k)), t, font=f, fill=255)
    st = st.rotate(rng.uniform(-7, 7), expand=True, fillcolor=0)
    ink = Image.new("L", st.size, 70)
    im.paste(ink, (x, y), st.point(lambda v: int(v * 0.85)))


def scanify(im: Image.Image, rng: random.Random, bilevel: bool = True) -> Image.Image:
    im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
    noise = Image.frombytes("L", im.size, rng.randbytes(im.size[0] * im.size[1]))
    im = ImageChops.darker(im, noise.point(lambda v: 0 if v < 2 else 255))  # copier specks
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    if bilevel:
        return im.point(lambda v: 255 if v > 150 else 0).convert("1")
    return im.point(lambda v: int(v * 0.93 + 8))


def save_scan_pdf(target: Path, pages: list[Image.Image], d: dt.date, producer: str, dpi: int = 150) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    first, rest = pages[0], pages[1:]
    first.save(target, "PDF", resolution=dpi, save_all=True, append_images=rest)
    normalize_pdf(target, d, producer)


def save_jpeg(target: Path, im: Image.Image, quality: int = 55) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    im.save(target, "JPEG", quality=quality, optimize=False, progressive=False)


def phone_photo(page: Image.Image, rng: random.Random, out_w: int = 1200) -> Image.Image:
    """A photographed paper page on a desk: warm cast, slight rotation, shadow, blur."""
    pg = page.convert("RGB").resize((out_w - 160, int((out_w - 160) * page.size[1] / page.size[0])))
    W, H = out_w, pg.size[1] + 200
    bg = Image.new("RGB", (W, H), (118, 92, 66))
    dr = ImageDraw.Draw(bg)
    for i in range(0, H, 7):
        c = 100 + rng.randint(0, 40)
        dr.line((0, i, W, i + rng.randint(-6, 6)), fill=(c, int(c * 0.78), int(c * 0.55)), width=3)
    pg = pg.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(118, 92, 66), resample=Image.BICUBIC)
    mask = Image.new("L", pg.size, 0)
    ImageDraw.Draw(mask).rectangle((0, 0) + pg.size, fill=255)
    bg.paste(pg, (60 + rng.randint(-20, 20), 80 + rng.randint(-20, 20)))
    shade = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shade).ellipse((-W // 3, H // 2, W // 2, int(H * 1.4)), fill=70)
    shade = shade.filter(ImageFilter.GaussianBlur(60))
    bg = Image.composite(Image.new("RGB", (W, H), (20, 16, 10)), bg, shade)
    r, g, b = bg.split()
    bg = Image.merge("RGB", (r.point(lambda v: min(255, v + 10)), g, b.point(lambda v: int(v * 0.9))))
    return bg.filter(ImageFilter.GaussianBlur(0.9))


def laptop_photo(screen: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of a laptop screen: bezel, keyboard edge, glare, moire lines, blur."""
    sw, sh = screen.size
    W, H = sw + 260, sh + 330
    bg = Image.new("RGB", (W, H), (58, 56, 60))
    dr = ImageDraw.Draw(bg)
    dr.rounded_rectangle((70, 50, W - 70, sh + 170), radius=24, fill=(22, 22, 24))
    dr.rectangle((20, sh + 180, W - 20, H), fill=(150, 150, 156))
    for i in range(12):
        x = 80 + i * (W - 160) // 12
        dr.rectangle((x, sh + 210, x + (W - 160) // 12 - 10, sh + 245), fill=(40, 40, 44))
    scr = screen.convert("RGB")
    mo = ImageDraw.Draw(scr)
    for yy in range(0, sh, 4):
        mo.line((0, yy, sw, yy + rng.randint(-1, 1)), fill=(235, 238, 245), width=1)
    bg.paste(scr, (130, 110))
    glare = Image.new("L", (W, H), 0)
    ImageDraw.Draw(glare).ellipse((W // 2, -H // 3, int(W * 1.2), H // 2), fill=60)
    glare = glare.filter(ImageFilter.GaussianBlur(80))
    bg = Image.composite(Image.new("RGB", (W, H), (255, 255, 255)), bg, glare)
    bg = bg.rotate(rng.uniform(-3, 3), expand=False, fillcolor=(58, 56, 60), resample=Image.BICUBIC)
    return bg.filter(ImageFilter.GaussianBlur(1.1))


def portal_screen(title: str, rows: list[tuple[str, str]], body: list[str], portal: str, url: str,
                  w: int = 1100) -> Image.Image:
    h = 720
    im = Image.new("RGB", (w, h), (250, 250, 250))
    d = ImageDraw.Draw(im)
    f = _font(F_DJV, 15)
    fb = _font(F_DJVB, 18)
    d.rectangle((0, 0, w, 34), fill=(222, 224, 228))
    d.rounded_rectangle((120, 6, w - 120, 28), radius=10, fill=(255, 255, 255))
    d.text((135, 9), url, font=_font(F_DJV, 13), fill=(60, 60, 60))
    d.rectangle((0, 34, w, 86), fill=(18, 94, 120))
    d.text((24, 50), portal, font=_font(F_DJVB, 20), fill=(255, 255, 255))
    y = 104
    d.text((24, y), title, font=fb, fill=(20, 20, 20))
    y += 38
    for k, v in rows:
        d.text((24, y), k, font=_font(F_DJVB, 14), fill=(70, 70, 70))
        d.text((300, y), v, font=f, fill=(10, 10, 10))
        d.line((24, y + 24, w - 24, y + 24), fill=(220, 220, 220))
        y += 30
    y += 10
    for line in body:
        for part in textwrap.wrap(line, 120) or [""]:
            d.text((24, y), part, font=f, fill=(20, 20, 20))
            y += 22
    return im


# ---------------------------------------------------------------- e-mail

def make_eml(sender: str, to: str, subject: str, when: dt.datetime, body: str, msgid: str,
             html: str | None = None, attachments: list[tuple[str, bytes, str]] | None = None,
             cc: str = "", in_reply_to: str = "") -> bytes:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    off = 2 if 4 <= when.month <= 10 else 1  # CEST/CET, close enough for fixed dates
    m["Date"] = email.utils.format_datetime(when.replace(tzinfo=dt.timezone(dt.timedelta(hours=off))))
    m["Message-ID"] = f"<{msgid}>"
    if in_reply_to:
        m["In-Reply-To"] = f"<{in_reply_to}>"
        m["References"] = f"<{in_reply_to}>"
    m["MIME-Version"] = "1.0"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["Content-Language"] = "nl-NL"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for name, data, ctype in attachments or []:
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    # fixed boundaries
    n = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{msgid.split('@')[0][:12]}_{n:03d}")
            n += 1
    return m.as_bytes()
