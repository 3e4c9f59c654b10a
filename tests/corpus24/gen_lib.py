"""Producers for tests/corpus24 (Outlook-style e-mails, Word, LibreOffice, wkhtmltopdf, Pillow scans and photos).

Deterministic: fixed seeds, fixed dates, no clock reads; PDFs normalised with pikepdf (no XMP, fixed Info, fixed /ID).
"""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import tempfile
import textwrap
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

ENV = dict(os.environ, QT_HASH_SEED="0", TZ="UTC", SOURCE_DATE_EPOCH="1795435200", LC_ALL="C.UTF-8")


def elfproef(bsn: str) -> bool:
    if len(bsn) != 9 or not bsn.isdigit() or bsn == "000000000":
        return False
    return sum(int(d) * w for d, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(seed: int) -> str:
    rnd = random.Random(seed)
    while True:
        s = str(rnd.randint(1, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            return s


# ---------------------------------------------------------------- e-mail (Outlook-style)

MAILPOL = policy.default.clone(linesep="\r\n", max_line_length=998)


def _tz(d: dt.datetime) -> dt.datetime:
    # CET/CEST, roughly: summer time from the last Sunday of March to the last Sunday of October
    summer = 4 <= d.month <= 10 and not (d.month == 3 or (d.month == 10 and d.day > 26))
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=2 if summer else 1)))


def eml(frm: str, to: str, subject: str, when: dt.datetime, body: str, *, html: bool = False,
        cte: str = "quoted-printable", attachments: list[tuple[str, bytes]] | None = None,
        cc: str | None = None, mailer: str = "Microsoft Outlook 16.0", key: str = "x") -> bytes:
    msg = EmailMessage(policy=MAILPOL)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(_tz(when))
    h = abs(hash_str(key + subject)) % 10**12
    msg["Message-ID"] = f"<{h:012d}.{when:%Y%m%d%H%M}@mail.outlook.example>"
    msg["X-Mailer"] = mailer
    msg["Content-Language"] = "nl-NL"
    msg["MIME-Version"] = "1.0"
    if html:
        msg.set_content(body, subtype="html", charset="utf-8", cte=cte)
    else:
        msg.set_content(body, charset="utf-8", cte=cte)
    for name, data in attachments or []:
        ext = name.rsplit(".", 1)[-1].lower()
        mt = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"),
              "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}[ext]
        msg.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=name)
    if msg.is_multipart():
        msg.set_boundary(f"----=_NextPart_000_{h % 10**4:04d}_01DB{h % 10**8:08X}")
    return msg.as_bytes(policy=MAILPOL)


def hash_str(s: str) -> int:
    # stable across runs (Python's hash() is salted)
    v = 1469598103934665603
    for ch in s.encode("utf-8"):
        v = ((v ^ ch) * 1099511628211) % 2**64
    return v


def quote_nl(frm: str, sent: str, to: str, subject: str, body: str, cc: str | None = None) -> str:
    lines = ["", "", "Van: " + frm, "Verzonden: " + sent, "Aan: " + to]
    if cc:
        lines.append("CC: " + cc)
    lines += ["Onderwerp: " + subject, "", body]
    return "\n".join(lines)


def quote_en(frm: str, sent: str, to: str, subject: str, body: str) -> str:
    return "\n".join(["", "", "From: " + frm, "Sent: " + sent, "To: " + to, "Subject: " + subject, "", body])


# ---------------------------------------------------------------- Word

def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx(blocks: list, *, author: str, when: dt.date, title: str = "", header: str = "", font: str = "Calibri") -> bytes:
    """blocks: ("h", text) heading, ("p", text), ("b", text) bold paragraph, ("t", [[cells]]) table, ("l", text) bullet."""
    import docx as pydocx
    from docx.shared import Pt

    d = pydocx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "l":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    cp = d.core_properties
    stamp = dt.datetime(when.year, when.month, when.day, 9, 12, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 3
    b = io.BytesIO()
    d.save(b)
    return _fix_zip(b.getvalue())


# ---------------------------------------------------------------- PDF normalisation

def normalise_pdf(data: bytes, when: dt.date, producer: str | None = None, title: str | None = None) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    if "/Metadata" in pdf.Root:
        del pdf.Root.Metadata
    for k in ("/ID", "/DocChecksum"):
        if k in pdf.trailer:
            del pdf.trailer[k]
    stamp = f"D:{when:%Y%m%d}101500Z"
    info = pdf.docinfo
    prod = producer or str(info.get("/Producer", ""))
    creator = str(info.get("/Creator", ""))
    for k in list(info.keys()):
        del info[k]
    if prod:
        info["/Producer"] = prod
    if creator:
        info["/Creator"] = creator
    if title:
        info["/Title"] = title
    info["/CreationDate"] = stamp
    info["/ModDate"] = stamp
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


def merge_pdfs(parts: list[bytes], when: dt.date, producer: str) -> bytes:
    dst = pikepdf.new()
    srcs = [pikepdf.open(io.BytesIO(p)) for p in parts]
    for s in srcs:
        dst.pages.extend(s.pages)
    out = io.BytesIO()
    dst.save(out)
    return normalise_pdf(out.getvalue(), when, producer)


def libreoffice(docs: dict[str, bytes]) -> dict[str, bytes]:
    """Convert {name.docx: bytes} to {name.pdf: bytes} in one soffice run with a private profile."""
    tmp = Path(tempfile.mkdtemp(prefix="c24lo_"))
    try:
        for n, b in docs.items():
            (tmp / n).write_bytes(b)
        prof = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp / "out")] + sorted(str(tmp / n) for n in docs),
                       check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return {n: (tmp / "out" / (n[:-5] + ".pdf")).read_bytes() for n in docs}
    finally:
        shutil.rmtree(tmp)


def wkhtml(html: str) -> bytes:
    tmp = Path(tempfile.mkdtemp(prefix="c24wk_"))
    try:
        (tmp / "in.html").write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "-q", "--page-size", "A4", "--encoding", "utf-8",
                        str(tmp / "in.html"), str(tmp / "out.pdf")],
                       check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return (tmp / "out.pdf").read_bytes()
    finally:
        shutil.rmtree(tmp)


# ---------------------------------------------------------------- Pillow scans and photos

W, H = 827, 1169  # A4 at 100 dpi


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def render_page(lines: list[str], *, seed: int, stamp: str | None = None, fax: str | None = None,
                hand: list[tuple[int, str]] | None = None, serif: bool = False, skew: float = 0.6,
                red_stamp: bool = False) -> Image.Image:
    """A typed page; lines starting with '# ' are bold headings. hand = [(after_line_index, text)]."""
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    body = _font(FONT_SERIF if serif else FONT, 15)
    bold = _font(FONT_B, 19)
    hf = _font(FONT_HAND, 20)
    y = 70
    if fax:
        dr.text((40, 18), fax, font=_font(FONT_MONO, 12), fill=40)
    handmap = {}
    for i, t in hand or []:
        handmap.setdefault(i, []).append(t)
    for i, ln in enumerate(lines):
        if ln.startswith("# "):
            dr.text((80, y), ln[2:], font=bold, fill=15)
            y += 32
        else:
            for part in textwrap.wrap(ln, 82) or [""]:
                dr.text((80, y), part, font=body, fill=25)
                y += 22
        for t in handmap.get(i, []):
            y += 4
            dr.text((110 + rnd.randint(0, 40), y), t, font=hf, fill=60)
            y += 30
    if stamp:
        st = Image.new("L", (390, 80), 255)
        sd = ImageDraw.Draw(st)
        sd.rectangle([3, 3, 386, 76], outline=90, width=4)
        sd.text((14, 22), stamp, font=_font(FONT_B, 24), fill=90)
        st = st.rotate(rnd.uniform(-8, 8), expand=True, fillcolor=255)
        img.paste(Image.composite(st, img.crop((400, 40, 400 + st.width, 40 + st.height)),
                                  st.point(lambda v: 255 if v < 200 else 0)), (400, 40))
    # copier noise, skew, slight blur
    px = img.load()
    for _ in range(2500):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(120, 200)
    img = img.rotate(rnd.uniform(-skew, skew), fillcolor=235, resample=Image.BICUBIC)
    return img.filter(ImageFilter.GaussianBlur(0.5))


def scan_pdf(pages: list[Image.Image], when: dt.date) -> bytes:
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=100.0, quality=55)
    return normalise_pdf(buf.getvalue(), when, producer="KM_C308 Scan")


def photo_of_page(page: Image.Image, *, seed: int, laptop: bool = False) -> bytes:
    rnd = random.Random(seed)
    bg = Image.new("RGB", (1000, 1300) if not laptop else (1280, 960), (96, 80, 62) if not laptop else (40, 40, 44))
    if laptop:
        # laptop bezel + screen content with moiré lines
        scr = page.convert("RGB").resize((1080, 700))
        d = ImageDraw.Draw(scr)
        for yy in range(0, 700, 5):
            d.line([(0, yy), (1080, yy)], fill=(205, 210, 220), width=1)
        bd = ImageDraw.Draw(bg)
        bd.rounded_rectangle([70, 60, 1210, 820], radius=18, fill=(18, 18, 20))
        bg.paste(scr, (100, 90))
        bd.rectangle([0, 840, 1280, 960], fill=(150, 150, 155))
    else:
        pg = page.convert("RGB").resize((820, 1160))
        pg = pg.rotate(rnd.uniform(-3, 3), expand=True, fillcolor=(96, 80, 62))
        bg.paste(pg, (80, 60))
        shade = Image.new("L", bg.size, 0)
        sd = ImageDraw.Draw(shade)
        sd.ellipse([-400, 700, 700, 1800], fill=70)
        bg = Image.composite(Image.new("RGB", bg.size, (30, 25, 20)), bg, shade.filter(ImageFilter.GaussianBlur(60)))
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    bg.save(buf, "JPEG", quality=72)
    return buf.getvalue()


def screen_page(title: str, rows: list[tuple[str, str]], banner: str, url: str) -> Image.Image:
    img = Image.new("RGB", (1080, 700), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 1080, 34], fill=(222, 225, 230))
    d.text((16, 9), url, font=_font(FONT, 15), fill=(60, 60, 60))
    d.rectangle([0, 34, 1080, 100], fill=(0, 94, 160))
    d.text((24, 52), banner, font=_font(FONT_B, 24), fill=(255, 255, 255))
    d.text((40, 130), title, font=_font(FONT_B, 26), fill=(20, 20, 20))
    y = 190
    for k, v in rows:
        d.text((40, y), k, font=_font(FONT_B, 18), fill=(50, 50, 50))
        d.text((380, y), v, font=_font(FONT, 18), fill=(20, 20, 20))
        y += 38
    return img
