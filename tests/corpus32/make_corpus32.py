#!/usr/bin/env python3
"""Generate tests/corpus32: an untouched classification holdout (a realistic mix, two-language papers).

Run:  .venv/bin/python tests/corpus32/make_corpus32.py
Deletes and rewrites files/ and labels.csv. Deterministic: fixed seeds, fixed dates, no clock reads.
Every person, company, address, number and e-mail domain is invented.
"""
from __future__ import annotations

import csv
import datetime as dt
import email.policy
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pikepdf
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1735689600", LC_ALL="C.UTF-8", HOME="/tmp/corpus32-home")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"

LABELS: list[tuple[str, str, str, str]] = []
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MON_UP = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia"]


def elfproef(bsn: str) -> bool:
    s = bsn.zfill(9)
    if len(s) != 9 or not s.isdigit() or s == "000000000":
        return False
    return sum(int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(seed: int) -> str:
    rnd = random.Random(seed)
    while True:
        s = str(rnd.randint(100000000, 999999999))
        if elfproef(s):
            return s


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def nl(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def en(d: dt.date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def pl(d: dt.date) -> str:
    return f"{d.day} {PL_MONTHS[d.month - 1]} {d.year}"


def num(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def stamp_text(d: dt.date) -> str:
    return f"ONTVANGEN {d.day:02d} {MON_UP[d.month - 1]} {d.year}"


def label(path: str, typ: str | None, date: dt.date | None, case: str, producer: str, trap: str) -> None:
    LABELS.append((path, typ or "", date.isoformat() if date else "", f"{case};{producer};{trap}"))


# ---------------------------------------------------------------- PDF normalisation

def pdfdate(d: dt.date) -> str:
    return f"D:{d.strftime('%Y%m%d')}100000Z"


def normalize_pdf(path: Path, d: dt.date, title: str | None = None, producer: str | None = None) -> None:
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        for key in list(pdf.trailer.keys()):
            if key not in ("/Root", "/Info", "/Size", "/Prev", "/Encrypt"):
                del pdf.trailer[key]
        info = pdf.docinfo
        for k in list(info.keys()):
            if k not in ("/Producer", "/Creator", "/Title"):
                del info[k]
        if producer:
            info["/Producer"] = producer
        if title:
            info["/Title"] = title
        info["/CreationDate"] = pdfdate(d)
        info["/ModDate"] = pdfdate(d)
        # font subset tags (ABCDEF+Name) are random in some producers: derive them from the font name
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                for key in ("/BaseFont", "/FontName"):
                    if key in obj and isinstance(obj[key], pikepdf.Name):
                        name = str(obj[key])[1:]
                        if re.match(r"^[A-Z]{6}\+", name):
                            base = name[7:]
                            tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(base.encode()).digest()[:6])
                            obj[key] = pikepdf.Name("/" + tag + "+" + base)
        pdf.save(path, deterministic_id=True, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.disable)


def soffice_pdf(src: Path, dst: Path, d: dt.date) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/corpus32-lo", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, env=ENV,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = Path(tmp) / (src.stem + ".pdf")
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dst)
    normalize_pdf(dst, d)


def html_pdf(html: str, dst: Path, d: dt.date, title: str) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        h = Path(tmp) / "page.html"
        h.write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "-q", "--title", title, "--page-size", "A4", "--margin-top", "12mm",
                        "--margin-bottom", "12mm", "--footer-font-size", "7", "--footer-right", "[page]/[topage]",
                        str(h), str(dst)], check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    normalize_pdf(dst, d)


# ---------------------------------------------------------------- Word (.docx)

MARK = re.compile(r"\[-(.+?)-\]|\{\+(.+?)\+\}|\(\(c:(.+?)\)\)")


def _fix_zip(path: Path) -> None:
    """Rewrite a .docx with fixed member timestamps and order (python-docx stamps the clock)."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def _shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _runs(par, text: str, balloons: list[str], author: str) -> None:
    pos = 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            par.add_run(text[pos:m.start()])
        if m.group(1):
            r = par.add_run(m.group(1))
            r.font.strike = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            balloons.append(f"Verwijderd [{author}]: {m.group(1)}")
        elif m.group(2):
            r = par.add_run(m.group(2))
            r.font.underline = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        else:
            n = len([b for b in balloons if b.startswith("Opmerking")]) + 1
            r = par.add_run(f"[{author}{n}]")
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
            r.font.size = Pt(7)
            balloons.append(f"Opmerking [{author}{n}]: {m.group(3)}")
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:])


def make_docx(path: Path, blocks: list, d: dt.date, author: str = "", house: dict | None = None,
              markup_author: str = "") -> None:
    """blocks: ('h', text) | ('h2', text) | ('p', text) | ('b', text) | ('t', rows) | ('pb',) | ('m', text).
    'm' paragraphs carry tracked-change / comment markup rendered as a Word 'print with markup' (balloons at right)."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = (house or {}).get("font", "Calibri")
    st.font.size = Pt((house or {}).get("size", 10.5))
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    if house:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(house["header"])
        r.bold = True
        r.font.color.rgb = RGBColor.from_string(house["colour"])
        fp = sec.footer.paragraphs[0]
        fr = fp.add_run(house["footer"])
        fr.font.size = Pt(7.5)
        fr.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(15)
            if house:
                r.font.color.rgb = RGBColor.from_string(house["colour"])
        elif kind == "h2":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(11.5)
            if house:
                r.font.color.rgb = RGBColor.from_string(house["colour"])
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "i":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        elif kind == "b":
            doc.add_paragraph(b[1], style="List Bullet")
        elif kind == "t":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    t.cell(i, j).text = val
                    if i == 0 and len(b) > 2 and b[2]:
                        _shade(t.cell(i, j), house["shade"] if house else "D9D9D9")
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "m":
            t = doc.add_table(rows=1, cols=2)
            t.autofit = False
            t.cell(0, 0).width = Cm(11.6)
            t.cell(0, 1).width = Cm(5)
            balloons: list[str] = []
            _runs(t.cell(0, 0).paragraphs[0], b[1], balloons, markup_author)
            cell = t.cell(0, 1)
            if balloons:
                cell.paragraphs[0].text = ""
                for k, bl in enumerate(balloons):
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    r = p.add_run(bl)
                    r.font.size = Pt(7)
                    r.font.color.rgb = RGBColor(0x80, 0x00, 0x00)
                _shade(cell, "FBE9E9")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = markup_author or author
    cp.created = dt.datetime(d.year, d.month, d.day, 9, 0, 0)
    cp.modified = dt.datetime(d.year, d.month, d.day, 9, 0, 0)
    cp.revision = 1
    cp.title = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    _fix_zip(path)


def docx_and_pdf(pdf_path: Path, blocks, d, **kw) -> None:
    """A Word file printed to PDF with LibreOffice; only the PDF is kept."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (pdf_path.stem + ".docx")
        make_docx(src, blocks, d, **kw)
        soffice_pdf(src, pdf_path, d)


# ---------------------------------------------------------------- images: pages, scans, faxes, photos

def font(size: int, path: str = FONT) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def draw_page(lines: list, seed: int, width: int = 1240, height: int = 1754, margin: int = 110,
              serif: bool = False) -> Image.Image:
    """lines: str or (style, str); styles: 'h' heading, 'b' bold, 'hand' handwriting, 'sm' small, '' normal."""
    img = Image.new("L", (width, height), 255)
    dr = ImageDraw.Draw(img)
    y = margin
    base = FONT_SERIF if serif else FONT
    for item in lines:
        style, text = item if isinstance(item, tuple) else ("", item)
        if style == "h":
            f, lh, fill = font(34, FONT_B), 52, 0
        elif style == "b":
            f, lh, fill = font(22, FONT_B), 34, 0
        elif style == "hand":
            f, lh, fill = font(34, FONT_HAND), 44, 40
        elif style == "sm":
            f, lh, fill = font(17, base), 26, 60
        else:
            f, lh, fill = font(21, base), 32, 10
        # naive wrap
        words, cur, out = text.split(" "), "", []
        maxw = width - 2 * margin
        for w in words:
            t = (cur + " " + w).strip()
            if dr.textlength(t, font=f) > maxw and cur:
                out.append(cur)
                cur = w
            else:
                cur = t
        out.append(cur)
        for ln in out:
            x = margin + (18 if style == "hand" else 0)
            dr.text((x, y), ln, font=f, fill=fill)
            y += lh
        if not text:
            y += 6
    return img


def add_stamp(img: Image.Image, text: str, xy: tuple[int, int], seed: int, angle: float = -8) -> Image.Image:
    f = font(30, FONT_B)
    w = int(ImageDraw.Draw(img).textlength(text, font=f)) + 40
    st = Image.new("L", (w, 120), 0)
    d = ImageDraw.Draw(st)
    d.rectangle([2, 2, w - 3, 117], outline=255, width=5)
    d.text((20, 14), text, font=f, fill=255)
    d.text((20, 66), "postkamer", font=font(24), fill=255)
    st = st.rotate(angle, expand=True, resample=Image.BICUBIC)
    ink = Image.new("L", st.size, 90)
    img = img.copy()
    img.paste(ink, xy, st.point(lambda v: int(v * 0.75)))
    return img


def scanify(img: Image.Image, seed: int, angle: float = 0.6) -> Image.Image:
    rnd = random.Random(seed)
    img = img.rotate(angle, expand=False, fillcolor=255, resample=Image.BICUBIC)
    px = img.load()
    w, h = img.size
    for _ in range(2500):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice((120, 160, 200))
    return img.filter(ImageFilter.GaussianBlur(0.5))


def faxify(img: Image.Image, header: str, seed: int) -> Image.Image:
    img = img.copy()
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, img.width, 44], fill=255)
    d.text((30, 12), header, font=font(18, FONT_MONO), fill=0)
    img = img.resize((img.width // 2, img.height // 2)).resize(img.size, Image.NEAREST)
    return scanify(img, seed, 0.3).point(lambda v: 0 if v < 170 else 255, "1")


def image_pdf(pages: list[Image.Image], dst: Path, d: dt.date, producer: str) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    conv = [p if p.mode == "1" else p.convert("L") for p in pages]
    conv[0].save(buf, "PDF", resolution=150, save_all=True, append_images=conv[1:])
    dst.write_bytes(buf.getvalue())
    normalize_pdf(dst, d, producer=producer)


def photo(page: Image.Image, dst: Path, seed: int, angle: float = 3.0, quality: int = 55) -> None:
    rnd = random.Random(seed)
    page = page.convert("RGB").resize((page.width * 2 // 3, page.height * 2 // 3))
    bg = Image.new("RGB", (page.width + 220, page.height + 260), (118, 92, 64))
    dr = ImageDraw.Draw(bg)
    for i in range(0, bg.height, 9):  # wood grain
        c = 100 + rnd.randint(0, 40)
        dr.line([(0, i), (bg.width, i + rnd.randint(-6, 6))], fill=(c, int(c * 0.78), int(c * 0.55)), width=3)
    rot = page.rotate(angle, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).rotate(angle, expand=True, fillcolor=0)
    bg.paste(rot, (110 - (rot.width - page.width) // 2, 120 - (rot.height - page.height) // 2), mask)
    shadow = Image.new("L", bg.size, 0)
    ImageDraw.Draw(shadow).ellipse([bg.width // 3, -200, bg.width * 2, bg.height // 2], fill=60)
    bg = Image.composite(Image.new("RGB", bg.size, (40, 30, 20)), bg, shadow.filter(ImageFilter.GaussianBlur(60)))
    warm = Image.new("RGB", bg.size, (255, 226, 180))
    bg = Image.blend(bg, warm, 0.12).filter(ImageFilter.GaussianBlur(1.1))
    dst.parent.mkdir(parents=True, exist_ok=True)
    bg.save(dst, "JPEG", quality=quality, optimize=False)


def screen_photo(title: str, url: str, lines: list[str], dst: Path, seed: int) -> None:
    """A phone photo of a laptop screen showing a portal page (bezel, glare, moiré)."""
    W, H = 1400, 880
    scr = Image.new("RGB", (W, H), (250, 250, 250))
    d = ImageDraw.Draw(scr)
    d.rectangle([0, 0, W, 46], fill=(222, 225, 230))
    d.rounded_rectangle([140, 8, W - 200, 38], 12, fill=(255, 255, 255))
    d.text((160, 12), url, font=font(18), fill=(60, 60, 60))
    d.rectangle([0, 46, W, 110], fill=(0, 92, 120))
    d.text((30, 62), title, font=font(28, FONT_B), fill=(255, 255, 255))
    y = 140
    for ln in lines:
        st = font(26, FONT_B) if ln.startswith("#") else font(22)
        d.text((40, y), ln.lstrip("#"), font=st, fill=(25, 25, 25))
        y += 40 if ln.startswith("#") else 34
    rnd = random.Random(seed)
    for yy in range(0, H, 4):  # moiré lines
        d.line([(0, yy), (W, yy + 2)], fill=(235, 235, 245) if rnd.random() < 0.5 else (245, 245, 235), width=1)
    full = Image.new("RGB", (W + 260, H + 300), (30, 30, 34))
    full.paste(scr, (130, 110))
    glare = Image.new("L", full.size, 0)
    ImageDraw.Draw(glare).ellipse([W - 300, 60, W + 200, 500], fill=110)
    full = Image.composite(Image.new("RGB", full.size, (255, 255, 255)), full, glare.filter(ImageFilter.GaussianBlur(80)))
    full = full.rotate(-2.5, expand=False, fillcolor=(50, 42, 35), resample=Image.BICUBIC)
    full = full.filter(ImageFilter.GaussianBlur(1.2)).resize((1200, int(1200 * full.height / full.width)))
    dst.parent.mkdir(parents=True, exist_ok=True)
    full.save(dst, "JPEG", quality=60)


# ---------------------------------------------------------------- mail and text

def eml(dst: Path, frm: str, to: str, subject: str, when: dt.datetime, body: str, mid: str,
        cc: str | None = None, attachments: list[tuple[str, bytes, str, str]] | None = None,
        html: str | None = None, in_reply_to: str | None = None) -> None:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(when.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = f"<{mid}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = f"<{in_reply_to}>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["MIME-Version"] = "1.0"
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for name, data, maintype, subtype in attachments or []:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_NextPart_032_{hashlib.sha1((mid + str(n)).encode()).hexdigest()[:16]}")
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(msg.as_bytes())


def txt(dst: Path, text: str, crlf: bool = True) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    data = text.strip("\n") + "\n"
    dst.write_bytes((data.replace("\n", "\r\n") if crlf else data).encode("utf-8"))


def t(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def when(d: dt.date, h: int, m: int = 0) -> dt.datetime:
    return dt.datetime.combine(d, t(h, m))


# ---------------------------------------------------------------- case A: temp agency, fase B, Polish employee

def case_a() -> None:
    C = "A"
    root = "Brugstad Uitzendgroep - D. Nowicki (fase B)"
    base = OUT / root
    bsn = make_bsn(3201)
    assert elfproef(bsn)
    dom = "brugstad-uitzend.example"
    wn = "Dariusz Nowicki"
    ba = "H.J. Vroemen, bedrijfsarts (BIG 59067812301)"
    arbo = "ArboRivier Limburg"
    cm = "Sandra Peeters, verzuimcoördinator Brugstad Uitzendgroep"
    d0 = D("2024-02-05")
    head = (f"Werknemer: {wn} | BSN: {bsn} | geb. 14-06-1978 | Werkgever: Brugstad Uitzendgroep B.V. (uitzendbureau), "
            "Kanaalweg 14, 5931 XR Venloord | Functie: orderpicker / reachtruckchauffeur, 38 uur, fase B, "
            "geplaatst bij inlener KoelStroom Distributie Lomm-Oost")

    # 1 PA: arbodienst portal print
    d = D("2024-03-07")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:DejaVu Sans;font-size:11px}}
    .bar{{background:#1d5f8a;color:#fff;padding:6px}} td{{padding:3px 8px;border-bottom:1px solid #ccc}}</style></head><body>
    <div class="bar">ArboRivier Online &middot; Verzuimdossier 24-0306 &middot; Afgedrukt {num(d)} 14:12</div>
    <h2>Probleemanalyse</h2><table>
    <tr><td>Werknemer</td><td>{wn}</td></tr><tr><td>BSN</td><td>{bsn}</td></tr>
    <tr><td>Werkgever</td><td>Brugstad Uitzendgroep B.V. (uitzendkracht fase B, inlener KoelStroom Distributie)</td></tr>
    <tr><td>Eerste ziektedag</td><td>{num(d0)}</td></tr><tr><td>Spreekuur</td><td>{num(d - dt.timedelta(days=2))}</td></tr></table>
    <h3>Beperkingen en mogelijkheden</h3><p>Na een val van de laadkuil is de rechterschouder beperkt belastbaar.
    Niet tillen boven 5 kg met rechts, niet boven schouderhoogte reiken, geen reachtruck (draaien en reiken).
    Wel mogelijk: licht administratief of controlerend werk, scannen, etiketteren, 4 uur per dag.</p>
    <h3>Prognose</h3><p>Er is sprake van dreigend langdurig verzuim. Verwachte duur van de beperkingen: 3 tot 6 maanden.</p>
    <h3>Advies aan werkgever en werknemer</h3><p>Stel binnen twee weken samen een plan van aanpak op. Zoek bij de inlener of
    bij een andere opdrachtgever van Brugstad naar licht werk. Gebruik een tolk of vertaling in het Pools bij afspraken.</p>
    <p>Volgend spreekuur: over 6 weken.</p><p>{ba}, {arbo}</p></body></html>"""
    html_pdf(html, base / "Arbo" / "Probleemanalyse Nowicki.pdf", d, "Probleemanalyse")
    label(f"{root}/Arbo/Probleemanalyse Nowicki.pdf", "probleemanalyse", d, C, "wkhtmltopdf portal print",
          "standard title; printed date same day, consult two days earlier")

    # 2 PvA bilingual docx NL then PL
    d = D("2024-03-19")
    blocks = [("h", "Plan van aanpak / Plan działania"), ("p", head), ("h2", "Nederlands"),
              ("p", f"Eerste ziektedag: {nl(d0)}. Probleemanalyse bedrijfsarts: 7 maart 2024."),
              ("p", "Doel: terugkeer in eigen werk als orderpicker; tussendoel: aangepast werk bij de inlener (scannen en etiketteren, 4 uur per dag)."),
              ("b", "Dariusz start op 25 maart met 4 x 4 uur aangepast werk op de inkomende goederen."),
              ("b", "Fysiotherapie loopt via de huisarts; Dariusz meldt als de afspraken botsen met het rooster."),
              ("b", "Evaluatie elke 6 weken met de intercedent (Joost Lamers) en de casemanager."),
              ("p", f"Casemanager: {cm}."),
              ("p", "Visie werkgever: eerst opbouw bij KoelStroom; lukt dat niet, dan een andere opdrachtgever uit ons bestand."),
              ("p", "Visie werknemer: ik wil graag terug naar de reachtruck, maar begin rustig."),
              ("h2", "Polski (tłumaczenie)"),
              ("p", f"Pierwszy dzień choroby: {pl(d0)}. Analiza problemu lekarza zakładowego: 7 marca 2024."),
              ("p", "Cel: powrót do własnej pracy jako orderpicker; cel pośredni: praca dostosowana u klienta (skanowanie i etykietowanie, 4 godziny dziennie)."),
              ("b", "Dariusz zaczyna 25 marca: 4 x 4 godziny pracy dostosowanej."),
              ("b", "Ocena co 6 tygodni z intercedentem i casemanagerem."),
              ("p", "Zdanie pracownika: chcę wrócić na wózek wysokiego składowania, ale zaczynam spokojnie."),
              ("p", f"Getekend / Podpisano {num(d)}: S. Peeters (werkgever)    D. Nowicki (werknemer)"),
              ("i", "Vertaling: Magda Ruiter, planner Brugstad (spreekt Pools)")]
    make_docx(base / "PvA NL-PL.docx", blocks, d, author="Sandra Peeters")
    label(f"{root}/PvA NL-PL.docx", "plan_van_aanpak", d, C, "python-docx Word",
          "bilingual: Dutch plan then Polish translation in the same file, two titles")

    # 3 intercedent mail bullets (TE)
    d = D("2024-04-30")
    body = f"""Hoi Sandra,

Even kort na het gesprek vanmorgen bij KoelStroom met Dariusz (BSN {bsn}):

- 4 x 4 uur scannen loopt goed
- schouder nog pijn bij reiken, geen reachtruck
- planning wil hem naar 4 x 5 uur vanaf 13 mei
- fysio 2x per week, gaat door
- volgende keer: half juni

Gr Joost
--
Joost Lamers | intercedent logistiek | Brugstad Uitzendgroep
"""
    eml(base / "Mail" / "evaluatie Dariusz.eml", f"Joost Lamers <j.lamers@{dom}>", f"Sandra Peeters <s.peeters@{dom}>",
        "evaluatie Dariusz", when(d, 12, 41), body, f"a1.20240430@{dom}")
    label(f"{root}/Mail/evaluatie Dariusz.eml", "tussentijdse_evaluatie", d, C, "Outlook eml plain",
          "intercedent's bullet list as mail body, no title, the word evaluatie only in the subject")

    # 4 reply chain (TE) : first message is the evaluation, newest reply a day later
    d = D("2024-06-11")
    first = f"""Sandra,

gesprek Dariusz vandaag, met Magda erbij voor het Pools:
- nu 4 x 5 uur, gaat prima
- nog steeds niet boven schouder, bedrijfsarts 9 juli
- afspraak: vanaf 17 juni ook ompakken (licht)
- Dariusz vraagt of hij in juli 2 weken naar Polen mag (vakantie) -> akkoord als bedrijfsarts ok
- volgende evaluatie eind juli

Joost"""
    reply = f"""Dank Joost, ik leg het zo vast in het dossier (BSN {bsn}). Vakantie graag even afstemmen met ArboRivier.

Sandra

-----Oorspronkelijk bericht-----
Van: Joost Lamers <j.lamers@{dom}>
Verzonden: dinsdag 11 juni 2024 16:05
Aan: Sandra Peeters <s.peeters@{dom}>
Onderwerp: gesprek Dariusz wk 24

{first}
"""
    eml(base / "Mail" / "RE_ gesprek Dariusz wk 24.eml", f"Sandra Peeters <s.peeters@{dom}>",
        f"Joost Lamers <j.lamers@{dom}>", "RE: gesprek Dariusz wk 24", when(d + dt.timedelta(days=1), 9, 12), reply,
        f"a2.20240612@{dom}", in_reply_to=f"a2.20240611@{dom}")
    label(f"{root}/Mail/RE_ gesprek Dariusz wk 24.eml", "tussentijdse_evaluatie", d, C, "Outlook eml reply chain",
          "reply chain: the evaluation is the quoted first message, the newest mail is a day later (dated by the meeting)")

    # 5 scan0003.pdf = bijstelling PA, stamp
    d = D("2024-07-09")
    lines = [("h", "ArboRivier Limburg"), ("sm", "Maasboulevard 88, 5911 AB Venloord  |  verzuim@arborivier.example"), "",
             ("b", "Terugkoppeling na spreekuur - gewijzigd advies"), "",
             f"Betreft: {wn}, BSN {bsn}, dossier 24-0306", f"Datum: {num(d)}", "",
             "Ten opzichte van mijn probleemanalyse van 7 maart 2024 is de belastbaarheid gewijzigd. Het herstel van de rechterschouder verloopt trager dan verwacht. Ik stel mijn advies bij:",
             "- reiken boven schouderhoogte blijft uitgesloten, ook op langere termijn;",
             "- terugkeer op de reachtruck is de komende 6 maanden niet te verwachten;",
             "- uitbreiding naar 4 x 6 uur licht werk (scannen, ompakken) is verantwoord.",
             "Advies: stel het plan van aanpak bij en laat een arbeidsdeskundige kijken naar passend werk bij andere opdrachtgevers.", "",
             f"{ba}", ""]
    img = draw_page(lines, 31)
    img = add_stamp(img, stamp_text(D("2024-07-12")), (700, 1350), 31)
    image_pdf([scanify(img, 31)], base / "scan0003.pdf", D("2024-07-12"), "Canon iR-ADV C3530 PDF")
    label(f"{root}/scan0003.pdf", "bijstelling_probleemanalyse", d, C, "Pillow image-only copier scan with stamp",
          "misleading name scan0003; title 'gewijzigd advies' not bijstelling; received stamp 3 days later")

    # 6 42nd-week report UWV portal print
    d = D("2024-11-25")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:DejaVu Sans;font-size:11px}}
    .top{{background:#0a3d6b;color:#fff;padding:8px}} td{{padding:3px 6px}}</style></head><body>
    <div class="top">UWV werkgeversportaal &middot; Brugstad Uitzendgroep B.V.</div>
    <h3>Ziekmelding langdurig zieke werknemer - bevestiging</h3>
    <p>Uw melding is verzonden op {num(d)} om 10:47. Kenmerk 2024-ZM-884210.</p><table>
    <tr><td>BSN</td><td>{bsn}</td></tr><tr><td>Naam</td><td>D. Nowicki</td></tr>
    <tr><td>Eerste ziektedag</td><td>{num(d0)}</td></tr><tr><td>Soort dienstverband</td><td>uitzendovereenkomst fase B</td></tr>
    <tr><td>Loonheffingennummer</td><td>8123.45.678.L01</td></tr></table>
    <p>U ontvangt binnen 2 weken een bevestiging met informatie over de eerstejaarsevaluatie.</p></body></html>"""
    html_pdf(html, base / "UWV" / "melding wk42.pdf", d, "UWV werkgeversportaal")
    label(f"{root}/UWV/melding wk42.pdf", "ziekmelding_uwv", d, C, "wkhtmltopdf UWV portal print", "42nd-week report, 'wk42' only in the name")

    # 7 AD report
    d = D("2025-01-08")
    blocks = [("h", "Arbeidsdeskundig onderzoek"), ("p", "Arbeidsdeskundigenpraktijk Swaans, Roermondseweg 5, Venloord"), ("p", head),
              ("p", f"Datum rapport: {nl(d)}. Onderzoek op 19 december 2024 bij KoelStroom, met tolk Pools."),
              ("h2", "1. Functiebelasting eigen werk"), ("p", "Reachtruckchauffeur: veel reiken en draaien, tillen tot 20 kg, werken boven schouderhoogte. Dit past niet bij de belastbaarheid (bijstelling 9 juli 2024)."),
              ("h2", "2. Passend werk"), ("p", "Passend zijn: controleur inkomende goederen, scanner/etiketteerder, heftruck laag (zonder reiken). Brugstad heeft zulke plaatsingen bij drie opdrachtgevers."),
              ("h2", "3. Advies"), ("p", "Eigen werk: niet geschikt. Spoor 1: passend werk via andere plaatsingen van Brugstad (intern tweede spoor binnen het uitzendbureau). Een extern spoor 2 is nu niet nodig. Loonwaarde in passend werk circa 85%."),
              ("p", "drs. E. (Erik) Swaans, register-arbeidsdeskundige")]
    docx_and_pdf(base / "Arbo" / "rapport Swaans.pdf", blocks, d, author="E. Swaans")
    label(f"{root}/Arbo/rapport Swaans.pdf", "arbeidsdeskundig_rapport", d, C, "python-docx + LibreOffice PDF",
          "name only the writer's surname; interview date 3 weeks before the report")

    # 8 pva.pdf = EJE, bilingual
    d = D("2025-01-14")
    blocks = [("h", "Eerstejaarsevaluatie / Ocena po pierwszym roku"), ("p", head),
              ("p", f"Gesprek op {nl(d)} bij Brugstad Venloord. Aanwezig: Dariusz Nowicki, Sandra Peeters, Joost Lamers, Magda Ruiter (vertaling)."),
              ("h2", "Terugblik eerste ziektejaar"), ("p", "Dariusz werkt nu 4 x 6 uur als scanner bij KoelStroom. De reachtruck is volgens de bedrijfsarts en de arbeidsdeskundige niet meer haalbaar."),
              ("h2", "Re-integratieresultaat tweede ziektejaar"), ("p", "Doel: passend werk als controleur inkomende goederen, 32-38 uur, bij KoelStroom of een andere opdrachtgever. Plaatsing bij een andere opdrachtgever telt als tweede spoor binnen Brugstad."),
              ("h2", "Visie werkgever / werknemer"), ("p", "Werkgever: haalbaar binnen 6 maanden. Werknemer: eens, liefst bij KoelStroom vanwege de reistijd."),
              ("h2", "Po polsku"), ("p", "Dariusz pracuje teraz 4 x 6 godzin jako skaner. Cel na drugi rok: odpowiednia praca jako kontroler towarów przychodzących. Pracownik się zgadza."),
              ("p", f"Handtekeningen {num(d)}: S. Peeters    D. Nowicki")]
    docx_and_pdf(base / "pva.pdf", blocks, d, author="Sandra Peeters")
    label(f"{root}/pva.pdf", "eerstejaarsevaluatie", d, C, "python-docx + LibreOffice PDF",
          "misleading name pva.pdf holds the first-year evaluation; Dutch with a Polish summary")

    # 9 AO.pdf = UWV WIA letter scan
    d = D("2025-10-07")
    lines = [("h", "UWV"), ("sm", "Uitvoeringsinstituut Werknemersverzekeringen  |  Postbus 58284, 1040 HG Amsterdam"), "",
             "De heer D. Nowicki", "Lindenstraat 12", "5931 CK Venloord", "", f"Datum: {nl(d)}",
             f"Ons kenmerk: WIA/88/{bsn[-4:]}   BSN: {bsn}", "", ("b", "U kunt een WIA-uitkering aanvragen"), "",
             "Geachte heer Nowicki,", "",
             f"U bent sinds {nl(d0)} ziek. Als u nog steeds ziek bent, kunt u een WIA-uitkering aanvragen. Dit moet uiterlijk 11 weken voor het einde van de wachttijd, dus uiterlijk op {nl(d0 + dt.timedelta(days=650))}.",
             "Bij uw aanvraag hoort het re-integratieverslag. Uw werkgever maakt dit samen met u.", "", "Met vriendelijke groet,", "UWV"]
    img = add_stamp(draw_page(lines, 32), stamp_text(D("2025-10-10")), (640, 1300), 32, 6)
    image_pdf([scanify(img, 32, -0.4)], base / "UWV" / "AO.pdf", D("2025-10-10"), "Brother MFC-L2750DW")
    label(f"{root}/UWV/AO.pdf", "uwv_correspondentie", d, C, "Pillow image-only scan with stamp",
          "misleading name AO.pdf (arbeidsongeschiktheid) holds the UWV week-88 WIA letter; received stamp 3 days later")

    # 10 combined export: AO then IZP
    d = D("2025-10-21")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:DejaVu Sans;font-size:11px}}
    .bar{{background:#1d5f8a;color:#fff;padding:6px}} td{{border:1px solid #999;padding:2px 6px}}</style></head><body>
    <div class="bar">ArboRivier Online &middot; Alle documenten dossier 24-0306 &middot; export {num(d)}</div>
    <h2>Actueel oordeel bedrijfsarts</h2><p>Werknemer {wn}, BSN {bsn}. Ten behoeve van het re-integratieverslag / WIA-aanvraag.</p>
    <p><b>Stand van zaken:</b> werkt 4 x 8 uur als controleur inkomende goederen bij KoelStroom (passend werk). </p>
    <p><b>Belastbaarheid:</b> blijvend niet boven schouderhoogte, tillen tot 10 kg, geen reachtruck.</p>
    <p><b>Arbeidsrelatie:</b> goed; geen belemmeringen. <b>Passende arbeid bij de werkgever:</b> ja, de huidige plaatsing is passend.</p>
    <p>{ba}, {num(d)}</p>
    <div style="page-break-before:always"></div>
    <h2>Inzetbaarheidsprofiel</h2><table><tr><th>Rubriek</th><th>Beperking</th></tr>
    <tr><td>Persoonlijk functioneren</td><td>geen</td></tr><tr><td>Sociaal functioneren</td><td>geen</td></tr>
    <tr><td>Fysieke omgevingseisen</td><td>geen</td></tr><tr><td>Dynamische handelingen</td><td>tillen max 10 kg, niet reiken boven schouder rechts</td></tr>
    <tr><td>Statische houdingen</td><td>geen</td></tr><tr><td>Werktijden</td><td>geen beperking</td></tr></table>
    <p>{ba}, {num(d)}</p></body></html>"""
    html_pdf(html, base / "Arbo" / "Alle documenten dossier 24-0306.pdf", d, "Alle documenten")
    label(f"{root}/Arbo/Alle documenten dossier 24-0306.pdf", "actueel_oordeel", d, C, "wkhtmltopdf combined portal export",
          "combined export: AO then inzetbaarheidsprofiel - labelled by its FIRST document")

    # 11 EV docx bilingual
    d = D("2025-10-30")
    blocks = [("h", "Eindevaluatie / Ocena końcowa"), ("p", head),
              ("h2", "Aard van het bedrijf"), ("p", "Brugstad Uitzendgroep is een uitzendbureau met 60 vaste medewerkers en ca. 1.400 uitzendkrachten in logistiek en productie, vooral uit Polen en Roemenië."),
              ("h2", "Terugblik op twee jaar"), ("p", "Na de val in februari 2024 is Dariusz opgebouwd in licht werk. Sinds augustus 2025 werkt hij 4 x 8 uur als controleur inkomende goederen bij KoelStroom."),
              ("h2", "Arbeidsrelatie en passende arbeid"), ("p", "De arbeidsrelatie is goed. Het huidige werk is passend; het fase B-contract is omgezet naar een contract voor onbepaalde tijd als controleur."),
              ("h2", "Po polsku (skrót)"), ("p", "Dariusz pracuje 32 godziny jako kontroler. Relacja z pracodawcą jest dobra. Wniosek o WIA składa, ponieważ zarabia mniej niż wcześniej."),
              ("p", f"Getekend {num(d)}: S. Peeters (Brugstad)    D. Nowicki")]
    make_docx(base / "Eindevaluatie Nowicki.docx", blocks, d, author="Sandra Peeters")
    label(f"{root}/Eindevaluatie Nowicki.docx", "eindevaluatie", d, C, "python-docx Word", "standard title with a Polish title beside it; Polish summary after")

    # 12 OW handwritten Polish, photo
    d = D("2025-11-03")
    lines = [("hand", "Moja opinia o raporcie reintegracyjnym"), ("hand", f"Dariusz Nowicki  BSN {bsn}"), "",
             ("hand", "Przeczytałem wszystkie dokumenty od Sandry."), ("hand", "Zgadzam się z planem i z oceną końcową."),
             ("hand", "Nie zgadzam się, że mogę podnosić 10 kg codziennie -"), ("hand", "po 4 godzinach boli mnie bark."),
             ("hand", "Brugstad dobrze mi pomógł."), "", ("hand", f"Venloord, {num(d)}"), ("hand", "D. Nowicki")]
    photo(draw_page(lines, 33), base / "IMG_20251103_181544.jpg", 33, -4)
    label(f"{root}/IMG_20251103_181544.jpg", "oordeel_werknemer", d, C, "Pillow phone photo of handwriting",
          "employee's view handwritten in Polish, photographed; no Dutch type word")

    # 13 translation txt by casemanager
    txt(base / "vertaling mening Dariusz.txt", f"""Vertaling van de handgeschreven verklaring van Dariusz Nowicki (BSN {bsn}), gedateerd 3-11-2025
Vertaald uit het Pools door Magda Ruiter, Brugstad, op 4-11-2025, gecontroleerd door Sandra Peeters.

"Mijn mening over het re-integratieverslag
Ik heb alle documenten van Sandra gelezen.
Ik ben het eens met het plan en met de eindevaluatie.
Ik ben het er niet mee eens dat ik elke dag 10 kg kan tillen - na 4 uur doet mijn schouder pijn.
Brugstad heeft mij goed geholpen.
Venloord, 3-11-2025, D. Nowicki"
""")
    label(f"{root}/vertaling mening Dariusz.txt", "oordeel_werknemer", D("2025-11-03"), C, "Notepad txt",
          "casemanager's Dutch translation of the employee's Polish view - debatable: still the employee's view (DOMAIN 3, author werknemer), dated by the original, not by the translation a day later")

    # 14 non-RIV: payslip
    d = D("2024-06-07")
    blocks = [("h", "Loonstrook periode 05-2024 (4-weken)"), ("p", "Brugstad Uitzendgroep B.V. | Loonheffingennummer 8123.45.678.L01"),
              ("p", f"Uitzendkracht: D. Nowicki | personeelsnr. 300418 | fase B | BSN {bsn}"),
              ("t", [["Omschrijving", "Uren", "Bedrag"], ["Gewerkte uren", "80,00", "1.132,00"], ["Loondoorbetaling ziekte 100%", "72,00", "1.018,80"],
                     ["Reservering vakantiegeld 8%", "", "172,06"], ["Huisvesting (inhouding)", "", "-368,00"], ["Netto", "", "1.611,42"]], True)]
    docx_and_pdf(base / "Loonstrook periode 05-2024.pdf", blocks, d, author="Payroll")
    label(f"{root}/Loonstrook periode 05-2024.pdf", None, None, C, "python-docx + LibreOffice PDF",
          "non-RIV: payslip of the agency payroll, mentions loondoorbetaling ziekte")

    # 15 non-RIV: contract mail
    d = D("2025-08-18")
    body = f"""Beste Dariusz / Drogi Dariuszu,

Goed nieuws: KoelStroom wil je houden als controleur inkomende goederen. Vanaf 1 september 2025 krijg je bij Brugstad een contract voor onbepaalde tijd (fase C), 32 uur.
Dobra wiadomość: od 1 września 2025 otrzymasz umowę na czas nieokreślony (faza C), 32 godziny.

Het contract ligt donderdag klaar op kantoor. / Umowa będzie gotowa w czwartek w biurze.

Met vriendelijke groet / Pozdrawiam,
Ilse Gorissen, HR Brugstad Uitzendgroep
"""
    eml(base / "Mail" / "Nieuw contract - nowa umowa.eml", f"Ilse Gorissen <hr@{dom}>", f"Dariusz Nowicki <d.nowicki78@poczta-mail.example>",
        "Nieuw contract / nowa umowa", when(d, 15, 3), body, f"a15.20250818@{dom}", cc=f"s.peeters@{dom}")
    label(f"{root}/Mail/Nieuw contract - nowa umowa.eml", None, None, C, "Outlook eml",
          "non-RIV: bilingual mail about the new contract (phase change), not an agreement on re-integration")


# ---------------------------------------------------------------- case B: mushroom farm, Polish employee

def case_b() -> None:
    C = "B"
    root = "Champignonkwekerij Verstegen - K. Dąbrowska"
    base = OUT / root
    bsn = make_bsn(3202)
    assert elfproef(bsn)
    dom = "verstegen-champignons.example"
    wn = "Katarzyna Dąbrowska"
    ba = "J.P.M. Hendrix, bedrijfsarts, BIG 49031277501, Bedrijfsartsenpraktijk Peelhorst"
    cm = "Monique Verstegen (personeelszaken, casemanager)"
    d0 = D("2023-11-13")

    # 1 PA fax
    d = D("2023-12-14")
    lines = [("h", "Bedrijfsartsenpraktijk Peelhorst"), ("sm", "Dorpsstraat 3, 5768 AB Meijelrode  -  fax 077-4650911"), "",
             "Aan: Champignonkwekerij Gebr. Verstegen B.V., t.a.v. mevrouw M. Verstegen", "",
             ("b", "Advies na spreekuur 12 december 2023 (probleemanalyse)"), "",
             f"Werknemer: {wn}, BSN {bsn}, plukster / ploegleider pluk, 38 uur. Eerste ziektedag: {num(d0)}.",
             "Mevrouw heeft klachten van beide onderarmen en polsen. Er is sprake van dreigend langdurig verzuim.",
             "Beperkingen: geen repeterende knijp- en draaibewegingen (plukken), niet langer dan 1 uur achtereen met de handen boven borsthoogte.",
             "Mogelijkheden: lichte werkzaamheden zoals sorteren op de band, administratie van de pluklijsten, uitleg aan nieuwe plukkers in het Pools.",
             "Prognose: herstel mogelijk in 3-6 maanden. Advies: binnen 2 weken plan van aanpak, start met 3 x 3 uur.", "",
             f"{ba}"]
    img = faxify(draw_page(lines, 41), f"14-12-23 16:32  VAN: PEELHORST BA 0774650911   AAN: 0774658220   P.01/01", 41)
    image_pdf([img], base / "Arbo" / "fax bedrijfsarts 14-12.pdf", d, "HP Fax")
    label(f"{root}/Arbo/fax bedrijfsarts 14-12.pdf", "probleemanalyse", d, C, "Pillow 1-bit fax image PDF",
          "fax header line; title 'Advies na spreekuur', probleemanalyse only in brackets; consult 2 days earlier")

    # 2 PvA bilingual side by side table
    d = D("2023-12-22")
    rows = [["Nederlands", "Polski"],
            ["Plan van aanpak re-integratie", "Plan działania reintegracji"],
            [f"Werknemer: {wn}, BSN {bsn}", f"Pracownik: {wn}, BSN {bsn}"],
            ["Doel: terug naar eigen werk als ploegleider pluk.", "Cel: powrót do własnej pracy jako brygadzistka zbioru."],
            ["Activiteit 1: vanaf 2 januari 3 x 3 uur sorteren op de band.", "Działanie 1: od 2 stycznia 3 x 3 godziny sortowania na taśmie."],
            ["Activiteit 2: uitleg aan nieuwe plukkers, geen eigen pluk.", "Działanie 2: szkolenie nowych zbieraczy, bez własnego zbioru."],
            ["Evaluatie: elke 6 weken, eerste keer 7 februari 2024.", "Ocena: co 6 tygodni, pierwszy raz 7 lutego 2024."],
            [f"Casemanager: {cm}", f"Casemanager: {cm}"],
            ["Visie werkgever: wij willen Katarzyna graag terug als ploegleider.", "Zdanie pracodawcy: chcemy, żeby Katarzyna wróciła jako brygadzistka."],
            ["Visie werknemer: ik wil terug, maar ben bang dat plukken niet meer lukt.", "Zdanie pracownika: chcę wrócić, ale boję się, że nie dam rady zbierać."]]
    blocks = [("h", "Plan van aanpak / Plan działania"), ("p", "Champignonkwekerij Gebr. Verstegen B.V., Zandhoeve 7, 5768 PK Meijelrode"),
              ("t", rows, True), ("p", f"Datum / Data: {num(d)}     Handtekening werkgever / podpis pracodawcy: M. Verstegen     Handtekening werknemer / podpis pracownika: K. Dąbrowska")]
    docx_and_pdf(base / "Plan van aanpak - plan działania.pdf", blocks, d, author="M. Verstegen")
    label(f"{root}/Plan van aanpak - plan działania.pdf", "plan_van_aanpak", d, C, "python-docx + LibreOffice PDF",
          "Dutch and Polish side by side in a two-column table")

    # 3 document.pdf = TE scan with handwriting
    d = D("2024-02-07")
    lines = [("b", "Gesprek Katarzyna - 7 februari 2024"), f"BSN {bsn}. Aanwezig: Katarzyna, Monique, Ewa Kowalczyk (tolk).", "",
             "- sorteren 3 x 3 uur gaat goed, pijn na 2 uur minder", "- uitleg nieuwe plukkers: 2 groepen gedaan",
             "- fysio via huisarts, oefeningen thuis", "- volgende stap: 3 x 4 uur vanaf 12 februari", "",
             ("hand", "+ ook pluklijsten in de computer zetten (Ewa)"), ("hand", "volgende gesprek 20/3  MV"), "",
             "Akkoord: M. Verstegen / K. Dąbrowska"]
    image_pdf([scanify(draw_page(lines, 42), 42, 0.9)], base / "document.pdf", d, "Ricoh MP 2555 Scan")
    label(f"{root}/document.pdf", "tussentijdse_evaluatie", d, C, "Pillow image-only scan with handwriting",
          "misleading name document.pdf; untitled meeting note with handwritten additions")

    # 4 FW mail with specialist letter (cover non-RIV + MI attachment)
    d_letter = D("2024-03-18")
    lines = [("h", "Maasziekenhuis Venloord - Plastische chirurgie / handchirurgie"), "",
             f"Betreft: mevrouw K. Dąbrowska, geb. 02-03-1989, BSN {bsn}", f"Datum: {num(d_letter)}", "",
             "Geachte collega,", "Bij echografie ziet men een tendovaginitis van De Quervain beiderzijds, rechts meer dan links, en een beginnende epicondylitis lateralis rechts.",
             "Beleid: injectie met corticosteroïd rechts, spalk 's nachts, handtherapie 6 weken. Bij onvoldoende effect operatieve release.",
             "Medicatie: naproxen 500 mg 2dd.", "", "Met collegiale groet, dr. A. Meijers, plastisch chirurg"]
    buf = io.BytesIO()
    photo(draw_page(lines, 43), HERE / "_tmp.jpg", 43, 2)
    data = (HERE / "_tmp.jpg").read_bytes()
    (HERE / "_tmp.jpg").unlink()
    d = D("2024-03-21")
    body = """Hallo Monique,

Hierbij de brief van het ziekenhuis. Dzień dobry, tu jest list ze szpitala.
Ik moet een spalk dragen, dus misschien kan ik niet sorteren volgende week.

Groetjes Kasia
"""
    eml(base / "FW_ list ze szpitala.eml", "Kasia D <kasia.dabrowska@poczta-mail.example>", f"Monique Verstegen <monique@{dom}>",
        "FW: list ze szpitala", when(d, 20, 14), body, f"b4.20240321@{dom}",
        attachments=[("IMG-20240320-WA0007.jpg", data, "image", "jpeg")])
    label(f"{root}/FW_ list ze szpitala.eml", None, None, C, "Outlook eml covering mail",
          "non-RIV covering mail (Dutch/Polish) that only carries the attachment")
    label(f"{root}/FW_ list ze szpitala.eml::IMG-20240320-WA0007.jpg", "medische_informatie", d_letter, C,
          "Pillow phone photo attachment",
          "specialist letter with diagnosis and medication the employer must not hold (DOMAIN 5.1) - debatable: not the bedrijfsarts MI form, but medical information")

    # 5 IZP: photo of laptop screen showing the portal
    d = D("2024-04-03")
    screen_photo("Peelhorst Online - Inzetbaarheidsprofiel", "https://portaal.peelhorst.example/dossier/23-1187/izp",
                 [f"#Inzetbaarheidsprofiel  {wn}  BSN {bsn}", f"Opgesteld: {num(d)} door J.P.M. Hendrix, bedrijfsarts", "",
                  "#Rubriek                       Beperking", "1 Persoonlijk functioneren     geen", "2 Sociaal functioneren        geen",
                  "3 Fysieke omgevingseisen      geen werk in koude >2 uur", "4 Dynamische handelingen      geen repeterend knijpen/draaien, max 2 uur per dag",
                  "5 Statische houdingen         geen", "6 Werktijden                  max 6 uur per dag"],
                 base / "foto scherm profiel.jpg", 44)
    label(f"{root}/foto scherm profiel.jpg", "inzetbaarheidsprofiel", d, C, "Pillow phone photo of a laptop screen",
          "portal page photographed from a laptop screen with glare, text only in pixels")

    # 6 EJE 2 pages scan + signature page photo
    d = D("2024-10-24")
    p1 = [("h", "Eerstejaarsevaluatie"), f"Werknemer: {wn}   BSN {bsn}   Werkgever: Champignonkwekerij Gebr. Verstegen B.V.",
          f"Datum gesprek: {num(d)}", "", ("b", "1. Hoe ging het eerste ziektejaar?"),
          "Katarzyna sorteert 4 x 5 uur en leert nieuwe plukkers in. Plukken lukt niet meer: na een operatie rechts in juni blijven knijpbewegingen beperkt.",
          ("b", "2. Wat willen we bereiken in het tweede ziektejaar?"), "Passend werk binnen het bedrijf (sorteren, inwerken, planning) en daarnaast het tweede spoor, omdat 38 uur binnen de kwekerij niet zeker is."]
    p2 = [("b", "3. Afspraken"), "- spoor 2 via Arbeidsbemiddeling Het Kruispunt, start december 2024", "- Nederlandse les (B1) via de kwekerij",
          "- evaluatie elke 6 weken blijft", ("b", "4. Visie werkgever en werknemer"), "Werkgever: eens. Werknemer: eens, wil graag in de regio blijven.",
          ("hand", "Kasia wil ook cursus heftruck - bespreken 12/12"), "", "Zie volgende blad voor handtekeningen."]
    image_pdf([scanify(draw_page(p1, 45), 45), scanify(draw_page(p2, 46), 46, -0.5)], base / "Evaluaties" / "EJE blad 1-2.pdf", d, "Ricoh MP 2555 Scan")
    label(f"{root}/Evaluaties/EJE blad 1-2.pdf", "eerstejaarsevaluatie", d, C, "Pillow image-only 2-page scan",
          "pages 1-2 of a form whose signature page is a separate phone photo; handwritten addition")
    sig = [("b", "Eerstejaarsevaluatie - handtekeningen"), "", f"Datum: {num(d)}", "", "Werkgever:", ("hand", "M. Verstegen"), "",
           "Werknemer:", ("hand", "K. Dąbrowska"), "", "Casemanager:", ("hand", "M. Verstegen")]
    photo(draw_page(sig, 47), base / "Evaluaties" / "WhatsApp Image 2024-10-25 at 09.02.11.jpeg", 47, 5)
    label(f"{root}/Evaluaties/WhatsApp Image 2024-10-25 at 09.02.11.jpeg", "eerstejaarsevaluatie", d, C, "Pillow phone photo",
          "signature page of the EJE alone, no BSN, file name a day later - debatable: part of the EJE (BR art. 2 lid 3 wants the signature)")

    # 7 Trajectplan (bureau) LibreOffice PDF
    d = D("2024-12-05")
    blocks = [("h", "Trajectplan tweede spoor"), ("p", "Arbeidsbemiddeling Het Kruispunt, Stationsplein 2, Venloord"),
              ("p", f"Kandidaat: {wn}, BSN {bsn}. Opdrachtgever: Champignonkwekerij Gebr. Verstegen B.V. Intake: 28 november 2024 (met tolk)."),
              ("h2", "Persoonsprofiel"), ("p", "Ervaren ploegleider, spreekt Pools, Nederlands A2, Engels B1. Sterk in instructie en planning. Geen repeterend handwerk."),
              ("h2", "Zoekprofiel"), ("p", "Planner/teamleider in productie of logistiek, instructeur voor arbeidsmigranten bij uitzendbureaus, receptie huisvesting."),
              ("h2", "Activiteiten"), ("b", "sollicitatietraining en cv in het Nederlands"), ("b", "taalcursus Nederlands B1"), ("b", "2 netwerkgesprekken per maand"),
              ("p", "Looptijd: 9 maanden, rapportage elke 3 maanden. Coach: Rutger Hanssen.")]
    docx_and_pdf(base / "Tweede spoor" / "Trajectplan Het Kruispunt.pdf", blocks, d, author="R. Hanssen")
    label(f"{root}/Tweede spoor/Trajectplan Het Kruispunt.pdf", "trajectplan_tweede_spoor", d, C, "python-docx + LibreOffice PDF",
          "standard title; intake a week before the plan")

    # 8 DO scan with stamp
    d = D("2025-03-03")
    lines = [("h", "UWV"), ("sm", "Uitvoeringsinstituut Werknemersverzekeringen - Postbus 58284, 1040 HG Amsterdam"), "",
             "Champignonkwekerij Gebr. Verstegen B.V.", "Zandhoeve 7", "5768 PK Meijelrode", "", f"Datum: {nl(d)}",
             f"Betreft: deskundigenoordeel, aanvraag werknemer - {wn}, BSN {bsn}", "", "Geachte heer, mevrouw,", "",
             "Mevrouw Dąbrowska heeft ons gevraagd of het werk als sorteerder op de band voor haar passend is.",
             "Ons oordeel: het sorteren gedurende 4 uur per dag is passend; 8 uur per dag is niet passend, omdat de belasting van de handen dan te hoog is.",
             "Dit oordeel is niet bindend. U kunt het gebruiken bij het gesprek over de re-integratie.", "",
             "Met vriendelijke groet,", "mr. S. de Groot, arbeidsdeskundige UWV", "drs. P. Lambregts, verzekeringsarts UWV"]
    img = add_stamp(draw_page(lines, 48), stamp_text(D("2025-03-06")), (620, 1380), 48, -5)
    image_pdf([scanify(img, 48)], base / "UWV" / "brief UWV maart 2025.pdf", D("2025-03-06"), "Ricoh MP 2555 Scan")
    label(f"{root}/UWV/brief UWV maart 2025.pdf", "deskundigenoordeel", d, C, "Pillow image-only scan with stamp",
          "requested by the employee; generic name 'brief UWV'; received stamp 3 days later")

    # 9 progress report as mail body
    d = D("2025-04-15")
    body = f"""Beste Monique,

Hierbij de voortgangsrapportage tweede spoor van Katarzyna Dąbrowska (BSN {bsn}), periode 5 januari - 5 april 2025.

Activiteiten:
- cv in het Nederlands klaar, 7 sollicitaties (planner, teamleider orderpick, instructeur)
- 1 gesprek bij Uitzendbureau Mosa Flex (instructeur arbeidsmigranten) - afgewezen op taal
- Nederlandse les B1: 2 avonden per week, goed bezig
- 5 netwerkgesprekken

Inzet van Katarzyna: zeer goed. Vervolg: focus op functies met Pools als pré.

Met vriendelijke groet,
Rutger Hanssen, loopbaancoach
Arbeidsbemiddeling Het Kruispunt
"""
    eml(base / "Tweede spoor" / "Rapportage Kruispunt april.eml", "Rutger Hanssen <r.hanssen@hetkruispunt.example>",
        f"Monique Verstegen <monique@{dom}>", "Rapportage Katarzyna 1e kwartaal", when(d, 11, 20), body, f"b9.20250415@hetkruispunt.example")
    label(f"{root}/Tweede spoor/Rapportage Kruispunt april.eml", "voortgangsrapportage_tweede_spoor", d, C, "Outlook eml plain",
          "the progress report is the mail body; period ends 10 days before the mail")

    # 10 eindrapportage
    d = D("2025-07-08")
    blocks = [("h", "Eindrapportage"), ("p", "Arbeidsbemiddeling Het Kruispunt"), ("p", f"Kandidaat: {wn}, BSN {bsn}. Traject: 28 november 2024 - 30 juni 2025."),
              ("h2", "Resultaat traject"), ("p", "Katarzyna is per 1 juli 2025 bij de eigen werkgever geplaatst als planner/instructeur pluk (24 uur). Het tweede spoor wordt afgesloten zonder plaatsing buiten de kwekerij."),
              ("h2", "Inspanningen"), ("p", "19 sollicitaties, 4 gesprekken, taalniveau Nederlands B1 behaald (juni 2025)."),
              ("h2", "Advies"), ("p", "Geen vervolg nodig. Bij uitbreiding van uren: overleg met de bedrijfsarts."), ("p", f"Venloord, {num(d)} - R. Hanssen")]
    docx_and_pdf(base / "Tweede spoor" / "Afsluiting traject.pdf", blocks, d, author="R. Hanssen")
    label(f"{root}/Tweede spoor/Afsluiting traject.pdf", "eindrapportage_tweede_spoor", d, C, "python-docx + LibreOffice PDF",
          "file name 'Afsluiting traject'; title Eindrapportage inside")

    # 11 AO portal print
    d = D("2025-07-22")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:DejaVu Sans;font-size:11px}} .b{{background:#6b3d1d;color:#fff;padding:6px}}</style></head><body>
    <div class="b">Peelhorst Online &middot; dossier 23-1187</div><h2>Actueel oordeel</h2>
    <p>Werknemer: {wn} &nbsp; BSN: {bsn} &nbsp; Datum: {num(d)}</p>
    <p>Ten behoeve van de WIA-aanvraag. Mevrouw werkt 24 uur als planner/instructeur. De beperkingen voor repeterend handwerk zijn blijvend. Belastbaarheid: maximaal 6 uur per dag, geen plukwerk.</p>
    <p>Arbeidsrelatie: goed. Passende arbeid bij de werkgever: het huidige werk is passend; uitbreiding tot 30 uur is mogelijk als de planning minder typewerk vraagt.</p>
    <p>{ba}</p></body></html>"""
    html_pdf(html, base / "Arbo" / "Actueel oordeel.pdf", d, "Actueel oordeel")
    label(f"{root}/Arbo/Actueel oordeel.pdf", "actueel_oordeel", d, C, "wkhtmltopdf portal print", "standard title")

    # 12 EV LibreOffice PDF
    d = D("2025-08-05")
    blocks = [("h", "Eindevaluatie plan van aanpak"), ("p", f"{wn}, BSN {bsn}, planner / instructeur pluk"),
              ("h2", "Aard van het bedrijf"), ("p", "Champignonkwekerij met 85 medewerkers, waarvan 60 plukkers uit Polen en Roemenië; eigen huisvesting."),
              ("h2", "Terugblik"), ("p", "Van plukker/ploegleider naar planner en instructeur. Tweede spoor gevolgd, geen externe plaatsing nodig."),
              ("h2", "Arbeidsrelatie en passend werk"), ("p", "Goed. Het werk als planner (24 uur) is passend; we bekijken uitbreiding."),
              ("p", f"{num(d)} - M. Verstegen / K. Dąbrowska")]
    docx_and_pdf(base / "Eindevaluatie.pdf", blocks, d, author="M. Verstegen")
    label(f"{root}/Eindevaluatie.pdf", "eindevaluatie", d, C, "python-docx + LibreOffice PDF", "standard title")

    # 13 OW docx: Polish original + translation
    d = D("2025-08-08")
    blocks = [("p", "Katarzyna Dąbrowska, Meijelrode"), ("p", f"BSN {bsn}"), ("p", f"Meijelrode, {pl(d)}"), ("h2", "Moje zdanie"),
              ("p", "Przeczytałam raport reintegracyjny. Zgadzam się z większością. Nie zgadzam się z tym, że mogę pracować 30 godzin - przy komputerze ręce też bolą po 5 godzinach."),
              ("p", "Dziękuję Monice i Rutgerowi za pomoc."), ("p", "Katarzyna Dąbrowska"), ("pb",),
              ("h2", "Vertaling (M. Verstegen, 11-08-2025)"),
              ("p", "Mijn mening: Ik heb het re-integratieverslag gelezen. Ik ben het met het meeste eens. Ik ben het er niet mee eens dat ik 30 uur kan werken - ook achter de computer doen mijn handen na 5 uur pijn."),
              ("p", "Ik bedank Monique en Rutger voor de hulp. - Katarzyna Dąbrowska")]
    make_docx(base / "Moje zdanie Kasia.docx", blocks, d, author="Katarzyna")
    label(f"{root}/Moje zdanie Kasia.docx", "oordeel_werknemer", d, C, "python-docx Word",
          "employee's view in Polish, the casemanager's Dutch translation on page 2; no Dutch title on page 1")

    # 14 non-RIV roster
    txt(base / "rooster pluk wk 46.txt", """PLUKROOSTER WEEK 46 - cel 1 t/m 8
ploeg A (Kasia)  ma-vr 06:00-14:30  cel 3,4
ploeg B (Ewa)    ma-vr 06:00-14:30  cel 5,6
ploeg C (Ionut)  ma-za 14:00-22:00  cel 7,8
zaterdag: 4 plukkers extra van Brugstad? -> nee, ander bureau
ziek: Kasia vanaf ma 13-11 (Ewa neemt ploeg A over)
""")
    label(f"{root}/rooster pluk wk 46.txt", None, None, C, "Notepad txt", "non-RIV: picking roster naming the sick report")

    # 15 non-RIV housing mail
    d = D("2024-01-09")
    body = f"""Beste Kasia,

Omdat je nu minder uren werkt, blijft de huur van je kamer in de Zandhoeve-woning gewoon hetzelfde (EUR 105 per week, inhouding op het loon). Je hoeft niet te verhuizen.
Twoja opłata za pokój pozostaje taka sama. Nie musisz się przeprowadzać.

Groet, Monique
"""
    eml(base / "Huisvesting Kasia.eml", f"Monique Verstegen <monique@{dom}>", "kasia.dabrowska@poczta-mail.example",
        "Kamer Zandhoeve / pokój", when(d, 10, 2), body, f"b15.20240109@{dom}")
    label(f"{root}/Huisvesting Kasia.eml", None, None, C, "Outlook eml", "non-RIV: housing arrangement for the migrant worker, bilingual")


# ---------------------------------------------------------------- case C: meat-free food factory, English-speaking employee

HOUSE = {"header": "LOOPBAANHUIS VIERSTROOM  |  werk na werk", "footer": "Loopbaanhuis Vierstroom B.V. - Kerkplein 9, 7461 BC Ravendijk - info@vierstroom.example - KvK 90123456",
         "colour": "2E7D32", "shade": "C8E6C9", "font": "Georgia", "size": 10}


def case_c() -> None:
    C = "C"
    root = "Groenhart Foods - G. Szabó"
    base = OUT / root
    bsn = make_bsn(3203)
    assert elfproef(bsn)
    dom = "groenhartfoods.example"
    wn = "Gábor Szabó"
    ba = "R.A. Kuiper-Bos, bedrijfsarts, Arbo Dijkzicht (BIG 19048822101)"
    d0 = D("2024-04-15")
    head = f"Werknemer: {wn} | BSN {bsn} | operator extrusielijn, 40 uur in ploegen | Groenhart Foods B.V., Industrieweg-Oost 31, 7461 ZK Ravendijk"

    # 1 PA as mail with English summary
    d = D("2024-05-16")
    body = f"""Geachte mevrouw Ambachtsheer,

Na het spreekuur van vandaag met de heer {wn} (BSN {bsn}) mijn oordeel en advies bij dreigend langdurig verzuim.
Eerste ziektedag: {num(d0)}.

Beperkingen: verminderde energie en concentratie, slaapt slecht na nachtdiensten. Niet geschikt voor nachtdienst, werk met hoge tijdsdruk of alleen werken aan de lijn.
Mogelijkheden: dagdienst, 3 x 4 uur, voorspelbaar werk zoals schoonmaak-/omstelcontrole samen met een collega.
Prognose: herstel binnen 3-4 maanden verwacht, mits geen nachtdiensten.
Advies: maak binnen 2 weken een plan van aanpak; geef Gábor een Engelse versie.

--- English summary for Mr Szabó ---
Limitations: reduced energy and concentration; no night shifts, no high time pressure, no working alone on the line.
Possible: day shift, 3 x 4 hours. Expected recovery within 3-4 months. Employer and employee make a return-to-work plan within 2 weeks.

Met vriendelijke groet,
{ba}
"""
    eml(base / "Bedrijfsarts" / "Advies bedrijfsarts Gábor.eml", "R. Kuiper-Bos <r.kuiperbos@arbodijkzicht.example>",
        f"Lotte Ambachtsheer <hr@{dom}>", f"Spreekuur {wn} - advies", when(d, 16, 30), body, f"c1.20240516@arbodijkzicht.example")
    label(f"{root}/Bedrijfsarts/Advies bedrijfsarts Gábor.eml", "probleemanalyse", d, C, "Outlook eml plain",
          "bedrijfsarts mail without the word probleemanalyse; Dutch advice then an English summary")

    # 2 PvA with tracked changes, printed to PDF
    d = D("2024-05-28")
    blocks = [("h", "Plan van aanpak / Return-to-work plan - versie 3"), ("p", head),
              ("m", f"Eerste ziektedag: {nl(d0)}. Advies bedrijfsarts: {nl(D('2024-05-16'))}."),
              ("m", "Doel: terugkeer in eigen werk als operator, {+eerst alleen dagdienst+}[-in alle ploegen-].((c:Afgestemd met Wim, nachtdienst pas na akkoord bedrijfsarts))"),
              ("m", "Activiteiten: start 3 juni met 3 x 4 uur omstelcontrole lijn 2, samen met een collega; opbouw [-elke week-]{+elke twee weken+} met 4 uur."),
              ("m", "Evaluatie: elke 6 weken met HR en teamleider; eerste evaluatie 9 juli 2024.((c:Gábor wil het gesprek in het Engels))"),
              ("m", "Casemanager: Lotte Ambachtsheer, HR-adviseur."),
              ("m", "Visie werkgever: haalbaar. Visie werknemer: {+I agree, but I need day shifts for at least three months.+}"),
              ("h2", "English version"), ("p", "Goal: return to own work as operator, day shift first. Start 3 June, 3 x 4 hours changeover checks with a colleague; build up by 4 hours every two weeks. Evaluation every 6 weeks. Case manager: Lotte Ambachtsheer."),
              ("p", f"Ondertekend / signed {num(d)}: L. Ambachtsheer    G. Szabó")]
    docx_and_pdf(base / "HR" / "Plan van aanpak_v3 (wijzigingen).pdf", blocks, d, author="Lotte Ambachtsheer", markup_author="WB")
    label(f"{root}/HR/Plan van aanpak_v3 (wijzigingen).pdf", "plan_van_aanpak", d, C, "python-docx + LibreOffice PDF with printed markup",
          "Word print with tracked changes and comment balloons (struck and inserted text, 'Opmerking [WB1]'); bilingual NL/EN")

    # 3 TE plain text, no title
    d = D("2024-07-09")
    txt(base / "HR" / "gesprek 9 juli.txt", f"""9-7-2024 Gábor / Lotte / Wim (teamleider lijn 2), in English
BSN {bsn}
- now 3 x 8 hours day shift, going well
- sleeps better, still tired after 3 days in a row
- wants to try 4 x 8 from 22 July -> ok
- night shift: not yet, bedrijfsarts 3 September
- next talk: 20 August
afspraken akkoord, LA
""")
    label(f"{root}/HR/gesprek 9 juli.txt", "tussentijdse_evaluatie", d, C, "Notepad txt", "untitled English note of a progress meeting, no year in the name")

    # 4 bijstelling PA letter NL + EN translation
    d = D("2024-09-03")
    blocks = [("p", "Arbo Dijkzicht - Kanaalstraat 40, 7461 AN Ravendijk"), ("p", f"Datum: {nl(d)}"), ("p", f"Betreft: {wn}, BSN {bsn}"),
              ("h2", "Bijstelling probleemanalyse"),
              ("p", "Sinds mijn advies van 16 mei 2024 is de situatie veranderd. De heer Szabó werkt 4 x 8 uur in dagdienst, maar na een proef met avonddiensten namen de klachten weer toe. Ploegendienst met nachten is blijvend niet passend. Dagdienst 40 uur is haalbaar."),
              ("p", "Advies: zoek binnen Groenhart naar een functie in vaste dagdienst (bijv. kwaliteitscontrole, grondstoffenontvangst)."),
              ("pb",), ("h2", "Translation for Mr Szabó (by HR)"),
              ("p", "Since May the situation has changed. Shift work with nights is permanently not suitable. Day work, 40 hours, is possible. Advice: look for a fixed day-shift job inside Groenhart."),
              ("p", ba)]
    docx_and_pdf(base / "Bedrijfsarts" / "Bijstelling PA.pdf", blocks, d, author="Arbo Dijkzicht")
    label(f"{root}/Bedrijfsarts/Bijstelling PA.pdf", "bijstelling_probleemanalyse", d, C, "python-docx + LibreOffice PDF",
          "Dutch letter with HR's English translation on page 2")

    # 5 bijstelling PvA with comments printed
    d = D("2024-09-17")
    blocks = [("h", "Bijstelling plan van aanpak"), ("p", head),
              ("m", "Nieuw doel: {+passend werk in vaste dagdienst als medewerker grondstoffenontvangst+}[-terugkeer als operator in ploegen-].((c:Vacature staat open tot 1 oktober - LA))"),
              ("m", "Afspraken: inwerken bij de grondstoffenontvangst vanaf 1 oktober 2024; HACCP-training in het Engels; evaluatie na 6 weken.((c:Is de training ook in het Hongaars? - GS))"),
              ("m", "Visie werknemer: I am happy with a day job, but I will earn less without shift allowance."),
              ("p", f"{num(d)} - L. Ambachtsheer / G. Szabó")]
    docx_and_pdf(base / "HR" / "Bijstelling PvA - met opmerkingen.pdf", blocks, d, author="Lotte Ambachtsheer", markup_author="LA")
    label(f"{root}/HR/Bijstelling PvA - met opmerkingen.pdf", "bijstelling_plan_van_aanpak", d, C, "python-docx + LibreOffice PDF with printed markup",
          "comment balloons printed beside the text, one comment by the employee; old goal struck through")

    # 6 EJE docx two columns NL/EN
    d = D("2025-03-25")
    rows = [["Nederlands", "English"], ["Eerstejaarsevaluatie", "First-year evaluation"],
            ["Gábor werkt sinds oktober 40 uur in dagdienst bij de grondstoffenontvangst.", "Gábor has worked 40 hours on day shift in raw materials intake since October."],
            ["Terug naar het eigen werk in ploegen lukt niet; het nieuwe werk is passend, maar het loon is lager (geen ploegentoeslag).", "Return to shift work is not possible; the new job is suitable but pays less (no shift allowance)."],
            ["Tweede ziektejaar: het nieuwe werk vastleggen; tweede spoor om te onderzoeken of elders een dagfunctie met hoger loon bestaat.", "Second year: make the new job permanent; second track to explore day jobs with higher pay elsewhere."],
            ["Visie werkgever: tevreden. Visie werknemer: eens.", "Employer: satisfied. Employee: agrees."]]
    make_docx(base / "HR" / "EJE Gábor NL-EN.docx", [("p", head), ("p", f"Datum gesprek: {num(d)}"), ("t", rows, True),
                                                  ("p", "Handtekeningen: L. Ambachtsheer / G. Szabó")], d, author="Lotte Ambachtsheer")
    label(f"{root}/HR/EJE Gábor NL-EN.docx", "eerstejaarsevaluatie", d, C, "python-docx Word", "two-column NL/EN table; title only inside the table")

    # 7 Trajectplan docx as attachment of a covering mail (house style bureau)
    d = D("2025-04-24")
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "Trajectplan Szabó.docx"
        make_docx(p, [("h", "Trajectplan"), ("p", f"Kandidaat: {wn} - BSN {bsn} - opdrachtgever Groenhart Foods B.V."),
                      ("t", [["Onderdeel", "Inhoud"], ["Intake", "15 april 2025 (in het Engels)"], ["Persoonsprofiel", "operator voedingsindustrie, HACCP, Hongaars/Engels, Nederlands A2"],
                             ["Zoekprofiel", "dagfuncties kwaliteit/logistiek in de voedingsindustrie, regio Ravendijk"],
                             ["Activiteiten", "arbeidsmarktoriëntatie, cv, 3 sollicitaties per maand, taalles"], ["Looptijd", "6 maanden, rapportage elke 3 maanden"]], True),
                      ("p", f"Ravendijk, {num(d)} - Noor van Dijkhuizen, re-integratieadviseur")], d, author="Noor van Dijkhuizen", house=HOUSE)
        data = p.read_bytes()
    body = "Beste Lotte,\n\nIn de bijlage het trajectplan voor Gábor. Graag ondertekend retour.\n\nHartelijke groet,\nNoor van Dijkhuizen\nLoopbaanhuis Vierstroom\n"
    eml(base / "Tweede spoor" / "Trajectplan Gábor Szabó.eml", "Noor van Dijkhuizen <noor@vierstroom.example>", f"Lotte Ambachtsheer <hr@{dom}>",
        "Trajectplan Gábor Szabó", when(d, 9, 45), body, f"c7.20250424@vierstroom.example",
        attachments=[("Trajectplan Szabó.docx", data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")])
    label(f"{root}/Tweede spoor/Trajectplan Gábor Szabó.eml", None, None, C, "Outlook eml covering mail", "non-RIV covering mail; the plan is the Word attachment")
    label(f"{root}/Tweede spoor/Trajectplan Gábor Szabó.eml::Trajectplan Szabó.docx", "trajectplan_tweede_spoor", d, C,
          "python-docx Word attachment, bureau house style", "bureau house style (header, green table); intake 9 days before")

    # 8-9 voortgang docx x2 house style
    for i, (d, per, txtp) in enumerate([(D("2025-07-22"), "15 april - 15 juli 2025", "9 sollicitaties, 2 gesprekken (kwaliteitsmedewerker bij twee vleesvervangerproducenten), taalles A2 -> B1 gestart."),
                                        (D("2025-10-21"), "15 juli - 15 oktober 2025", "7 sollicitaties; 1 aanbod voor 32 uur bij een zuivelfabriek, afgewezen door Gábor (lager loon dan nu). Advies: afronden in december.")], 1):
        make_docx(base / "Tweede spoor" / f"Rapportage {i} - Vierstroom.docx",
                  [("h", f"Rapportage {i}"), ("p", f"{wn} - BSN {bsn} - rapportageperiode {per}"), ("h2", "Activiteiten en resultaat"), ("p", txtp),
                   ("h2", "Inzet kandidaat"), ("p", "Actief en op tijd; spreekt vooral Engels in gesprekken."), ("p", f"{num(d)} - N. van Dijkhuizen")],
                  d, author="Noor van Dijkhuizen", house=HOUSE)
        label(f"{root}/Tweede spoor/Rapportage {i} - Vierstroom.docx", "voortgangsrapportage_tweede_spoor", d, C, "python-docx Word, bureau house style",
              "title only 'Rapportage N', no type word; period ends a week before")

    # 10 AO LibreOffice PDF
    d = D("2025-12-17")
    blocks = [("p", "Arbo Dijkzicht"), ("h", "Actueel oordeel"), ("p", f"{wn}, BSN {bsn}. Datum: {nl(d)}. Ten behoeve van de WIA-aanvraag."),
              ("p", "Stand van zaken: werkt 40 uur in vaste dagdienst bij de grondstoffenontvangst. Belastbaarheid: geen nachtdiensten, geen ploegendienst; verder belastbaar voor volledige dagen."),
              ("p", "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: ja, de huidige functie."), ("p", ba)]
    docx_and_pdf(base / "Bedrijfsarts" / "Actueel oordeel Szabó.pdf", blocks, d, author="Arbo Dijkzicht")
    label(f"{root}/Bedrijfsarts/Actueel oordeel Szabó.pdf", "actueel_oordeel", d, C, "python-docx + LibreOffice PDF", "standard title")

    # 11 MI in the HR folder
    blocks = [("h", "MEDISCH GEHEIM - Medische informatie t.b.v. verzekeringsarts UWV"), ("p", f"{wn}, geb. 21-10-1985, BSN {bsn}"),
              ("p", "Diagnose: aanpassingsstoornis met slapeloosheid (ploegendienst-slaapstoornis), in 2024 burn-outklachten. Behandeling: POH-GGZ 8 gesprekken, CGT-i via psycholoog (Psychologenpraktijk Ravendijk), melatonine 3 mg."),
              ("p", "Beloop: herstel in dagdienst; terugval bij avond- en nachtdiensten."), ("p", f"{num(d)} - {ba}")]
    docx_and_pdf(base / "HR" / "scan bedrijfsarts dec.pdf", blocks, d, author="Arbo Dijkzicht")
    label(f"{root}/HR/scan bedrijfsarts dec.pdf", "medische_informatie", d, C, "python-docx + LibreOffice PDF",
          "MEDISCH GEHEIM in the HR folder under a generic name; the employer must not hold it (DOMAIN 5.1, 4.3)")

    # 12 combined export EV then translation of OW
    d = D("2026-01-06")
    blocks = [("p", "Groenhart Foods B.V. - export dossier Szabó (HR)"), ("h", "Eindevaluatie"), ("p", head),
              ("h2", "Aard van het bedrijf"), ("p", "Producent van vleesvervangers (burgers, balletjes) met 230 medewerkers, 24/7 productie, veel uitzendkrachten en arbeidsmigranten."),
              ("h2", "Terugblik"), ("p", "Van operator in ploegen naar 40 uur dagdienst in de grondstoffenontvangst; tweede spoor via Vierstroom zonder externe plaatsing afgerond."),
              ("h2", "Arbeidsrelatie / passende arbeid"), ("p", "Goed. De huidige functie is passend; loonverlies door het wegvallen van de ploegentoeslag."),
              ("p", f"{num(d)} - L. Ambachtsheer / G. Szabó"), ("pb",),
              ("h2", "Vertaling oordeel werknemer (HR, 9-1-2026)"),
              ("p", "Ik heb alle stukken gelezen. Ik ben het eens met de feiten. Ik vind dat het tweede spoor te laat begon (april 2025). - Gábor Szabó, 8-1-2026")]
    docx_and_pdf(base / "Export dossier Szabó.pdf", blocks, d, author="Lotte Ambachtsheer")
    label(f"{root}/Export dossier Szabó.pdf", "eindevaluatie", d, C, "python-docx + LibreOffice PDF combined",
          "combined HR export: eindevaluatie then HR's Dutch translation of the employee's view - labelled by its FIRST document")

    # 13 OW English mail
    d = D("2026-01-08")
    body = f"""Dear Lotte,

Here is my view on the reintegration report (BSN {bsn}).
I have read all documents. I agree with the facts. I think the second track started too late (April 2025), almost a year after I could not do shifts anymore.
Thank you for translating everything.

Kind regards,
Gábor Szabó
"""
    eml(base / "My view on the report.eml", "Gabor Szabo <gabor.szabo85@levelmail.example>", f"Lotte Ambachtsheer <hr@{dom}>",
        "my view on the reintegration report", when(d, 21, 7), body, f"c13.20260108@levelmail.example")
    label(f"{root}/My view on the report.eml", "oordeel_werknemer", d, C, "Outlook eml plain", "employee's view in English as a mail body, no Dutch")

    # 14 non-RIV leave request
    d = D("2025-11-12")
    eml(base / "HR" / "Verlof kerst Gábor.eml", "Gabor Szabo <gabor.szabo85@levelmail.example>", f"Lotte Ambachtsheer <hr@{dom}>",
        "holiday request christmas", when(d, 7, 55), "Hi Lotte,\n\nCan I take 22 Dec - 2 Jan off to visit my family in Debrecen?\n\nThanks, Gábor\n", f"c14.20251112@levelmail.example")
    label(f"{root}/HR/Verlof kerst Gábor.eml", None, None, C, "Outlook eml", "non-RIV: holiday request in English")


# ---------------------------------------------------------------- case D: hotel laundry, Romanian employee writing English

def case_d() -> None:
    C = "D"
    root = "Wasserij Linnenkamp - L. Popescu"
    base = OUT / root
    bsn = make_bsn(3204)
    assert elfproef(bsn)
    dom = "linnenkamp-wasserij.example"
    wn = "Liliana Popescu"
    ba = "R. Oosterhuis, bedrijfsarts, Arbodienst Brinkvelde (BIG 69012345601)"
    d0 = D("2023-09-04")
    head = f"{wn} | BSN {bsn} | medewerker strijkerij (mangel), 32 uur | Wasserij Linnenkamp B.V., Wasserijweg 3, 3772 TN Barneveen"

    # 1 PA
    d = D("2023-10-05")
    blocks = [("p", "Arbodienst Brinkvelde - Hessenweg 12, Barneveen"), ("h", "Probleemanalyse"), ("p", head),
              ("p", f"Eerste ziektedag: {nl(d0)}. Spreekuur: {nl(d)}."),
              ("p", "Beperkingen: niet langdurig staan (max 30 min), niet knielen of hurken, geen trappen. Mogelijk: zittend werk, vouwen aan tafel, 4 x 3 uur."),
              ("p", "Prognose: dreigend langdurig verzuim; bij een operatie 4-6 maanden."), ("p", "Advies: plan van aanpak binnen 2 weken; zittend vouwwerk inrichten."), ("p", ba)]
    docx_and_pdf(base / "Probleemanalyse bedrijfsarts.pdf", blocks, d, author="Arbodienst Brinkvelde")
    label(f"{root}/Probleemanalyse bedrijfsarts.pdf", "probleemanalyse", d, C, "python-docx + LibreOffice PDF", "standard title")

    # 2 PvA as mail body with English after
    d = D("2023-10-17")
    body = f"""Beste Liliana / Dear Liliana,

Zoals besproken vanochtend (BSN {bsn}):
1. Doel: terug naar de mangel, eerst zittend vouwen.
2. Vanaf 23 oktober 4 x 3 uur vouwen aan de tafel (servetten, kussenslopen), met stoel.
3. Elke 6 weken een gesprek met mij en Henk-Jan; eerste keer 28 november.
4. Casemanager: Yvonne Stam (HR).
5. Wat vindt Liliana: wil graag werken, zittend is ok.

In English:
1. Goal: back to the ironing line; first seated folding.
2. From 23 October 4 x 3 hours folding at the table, with a chair.
3. Meeting every 6 weeks; first on 28 November.
4. Case manager: Yvonne Stam.
5. Liliana: wants to work, sitting is fine.

Graag even 'akkoord' terugmailen. / Please reply 'agree'.
Yvonne Stam, HR Wasserij Linnenkamp
"""
    eml(base / "afspraken Liliana.eml", f"Yvonne Stam <y.stam@{dom}>", "liliana.popescu@postbox-ro.example",
        "afspraken / agreements", when(d, 14, 20), body, f"d2.20231017@{dom}", cc=f"h.wessels@{dom}")
    label(f"{root}/afspraken Liliana.eml", "plan_van_aanpak", d, C, "Outlook eml plain",
          "the plan is a numbered mail body without a title, Dutch then English")

    # 3 TE scan with handwriting + stamp
    d = D("2023-11-28")
    lines = [("b", "Evaluatie 28-11-2023"), f"{wn}  BSN {bsn}", "", "Vouwen 4 x 3 uur gaat goed. Knie dik na 3 uur.", "Operatie (knie) gepland januari.",
             "Afspraak: blijven vouwen tot de operatie, daarna opnieuw bedrijfsarts.", "", ("hand", "geen trap naar de kantine - lift gebruiken! HJW"), "", "Yvonne Stam / Liliana Popescu"]
    img = add_stamp(draw_page(lines, 61), stamp_text(D("2023-11-30")), (660, 1200), 61, 7)
    image_pdf([scanify(img, 61, 1.1)], base / "scan_20231130.pdf", D("2023-11-30"), "Kyocera TASKalfa Scan")
    label(f"{root}/scan_20231130.pdf", "tussentijdse_evaluatie", d, C, "Pillow image-only scan with stamp and handwriting",
          "scan name 2 days after the meeting; handwritten addition")

    # 4 specialist letter (MI), scan
    d = D("2024-02-20")
    lines = [("h", "Ziekenhuis Gelderse Vallei-Oost - Orthopedie"), "", f"Patiënt: L. Popescu, geb. 09-01-1981, BSN {bsn}", f"Datum: {num(d)}", "",
             "Geachte collega,", "Op 16 januari 2024 verrichtten wij een artroscopische partiële meniscectomie mediaal links. Tevens graad 2 chondropathie mediaal femurcondyl.",
             "Beloop: zwelling neemt af. Fysiotherapie continueren. Controle over 6 weken. Diclofenac zo nodig.", "", "Dr. F. van Lent, orthopedisch chirurg"]
    image_pdf([scanify(draw_page(lines, 62), 62)], base / "brief ziekenhuis.pdf", d, "Kyocera TASKalfa Scan")
    label(f"{root}/brief ziekenhuis.pdf", "medische_informatie", d, C, "Pillow image-only scan",
          "orthopaedic letter with surgery and diagnosis in the employer's folder (DOMAIN 5.1) - debatable: specialist letter, not the bedrijfsarts MI")

    # 5 42e week: photo of laptop screen
    d = D("2024-06-24")
    screen_photo("UWV werkgeversportaal", "https://werkgeversportaal.uwv.example/ziekmelding/bevestiging",
                 ["#Ziekmelding langdurige ziekte verzonden", f"Datum verzending: {num(d)} 11:02", f"BSN werknemer: {bsn}", f"Eerste ziektedag: {num(d0)}",
                  "Werkgever: Wasserij Linnenkamp B.V.", "Loonheffingennummer: 8567.12.345.L01", "", "Bewaar deze bevestiging in uw re-integratiedossier."],
                 base / "IMG_20240624_110431.jpg", 63)
    label(f"{root}/IMG_20240624_110431.jpg", "ziekmelding_uwv", d, C, "Pillow phone photo of a laptop screen", "UWV portal page photographed from a laptop screen")

    # 6 EJE with English version after
    d = D("2024-08-13")
    blocks = [("h", "Eerstejaarsevaluatie"), ("p", head), ("p", f"Datum: {nl(d)}"),
              ("p", "Terugblik: na de knieoperatie in januari werkt Liliana 4 x 5 uur zittend (vouwen, sorteren hotelgoed). Terug naar de mangel (staand, 8 uur) lukt volgens de bedrijfsarts niet."),
              ("p", "Tweede ziektejaar: spoor 2 via Re-integratiebureau Zijlstroom naast zittend werk bij Linnenkamp."),
              ("p", "Visie werkgever: zittend werk is maximaal 20 uur per week beschikbaar. Visie werknemer: ik wil 32 uur blijven werken."),
              ("h2", "English"), ("p", "First-year evaluation: Liliana works 4 x 5 hours seated. Return to the ironing line is not possible. Second track starts with Zijlstroom. Liliana wants to keep working 32 hours."),
              ("p", "Y. Stam / L. Popescu")]
    docx_and_pdf(base / "Eerste jaar" / "Evaluatie augustus 2024.pdf", blocks, d, author="Yvonne Stam")
    label(f"{root}/Eerste jaar/Evaluatie augustus 2024.pdf", "eerstejaarsevaluatie", d, C, "python-docx + LibreOffice PDF", "Dutch with an English version after it")

    # 7 Bijstelling PvA docx
    d = D("2024-08-27")
    make_docx(base / "Eerste jaar" / "nieuwe afspraken spoor 2.docx",
              [("h2", "Nieuwe afspraken"), ("p", head), ("p", f"Datum: {num(d)}"),
               ("b", "nieuw doel: passend werk buiten Linnenkamp (spoor 2) naast 20 uur zittend werk hier"), ("b", "Zijlstroom start in september"),
               ("b", "evaluatie blijft elke 6 weken"), ("p", "English: new goal - suitable work outside Linnenkamp next to 20 hours seated work here. Agreed: Y. Stam, L. Popescu")],
              d, author="Yvonne Stam")
    label(f"{root}/Eerste jaar/nieuwe afspraken spoor 2.docx", "bijstelling_plan_van_aanpak", d, C, "python-docx Word",
          "title 'Nieuwe afspraken', no bijstelling word")

    # 8 Trajectplan (bureau portal print)
    d = D("2024-09-24")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:DejaVu Sans;font-size:11px}} .h{{background:#444;color:#fff;padding:6px}}</style></head><body>
    <div class="h">Zijlstroom Cliëntportaal</div><h2>Plan 2e spoor</h2><p>Cliënt: {wn}, BSN {bsn}. Intake: 17-09-2024.</p>
    <p><b>Persoonsprofiel:</b> 20 jaar ervaring in textiel en wasserij; Engels goed, Nederlands A2; zittend werk.</p>
    <p><b>Zoekprofiel:</b> zittend productie- of inpakwerk, kwaliteitscontrole textiel, receptie hotel (back office).</p>
    <p><b>Activiteiten:</b> arbeidsmarktoriëntatie, sollicitatietraining, taalcoaching.</p><p>Datum plan: {num(d)} - jobcoach Femke Riemersma</p></body></html>"""
    html_pdf(html, base / "Spoor 2" / "plan Zijlstroom.pdf", d, "Plan 2e spoor")
    label(f"{root}/Spoor 2/plan Zijlstroom.pdf", "trajectplan_tweede_spoor", d, C, "wkhtmltopdf portal print", "'Plan 2e spoor' title, no 'trajectplan'")

    # 9 Voortgang
    d = D("2025-01-14")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:DejaVu Sans;font-size:11px}} .h{{background:#444;color:#fff;padding:6px}}</style></head><body>
    <div class="h">Zijlstroom Cliëntportaal</div><h2>Voortgangsrapportage</h2><p>{wn}, BSN {bsn}. Rapportageperiode: 24-09-2024 t/m 31-12-2024.</p>
    <ul><li>11 sollicitaties, 2 gesprekken (inpakker zittend, hotel back office)</li><li>proefplaatsing 2 weken bij Textielservice Veenkamp: te veel staan</li><li>taalcoaching 8 sessies</li></ul>
    <p>Inzet cliënt: goed. Datum: {num(d)} - F. Riemersma</p></body></html>"""
    html_pdf(html, base / "Spoor 2" / "rapportage dec.pdf", d, "Voortgangsrapportage")
    label(f"{root}/Spoor 2/rapportage dec.pdf", "voortgangsrapportage_tweede_spoor", d, C, "wkhtmltopdf portal print", "name says dec, report dated mid January")

    # 10 AO fax
    d = D("2025-05-14")
    lines = [("h", "Arbodienst Brinkvelde"), "", ("b", "Actueel oordeel bedrijfsarts"), f"Werknemer: {wn}, BSN {bsn}", f"Datum: {num(d)}", "",
             "Ten behoeve van de WIA-aanvraag. Mevrouw werkt 20 uur zittend bij Linnenkamp en zoekt via spoor 2 aanvullend werk.",
             "Belastbaarheid: zittend werk, staan max 30 minuten, niet knielen/hurken. Beperkingen blijvend.",
             "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: 20 uur zittend; meer is er niet.", "", ba]
    image_pdf([faxify(draw_page(lines, 64), "14-05-25 09:12  VAN: ARBO BRINKVELDE     AAN: LINNENKAMP HR     P.01/01", 64)],
              base / "fax AO.pdf", d, "HP Fax")
    label(f"{root}/fax AO.pdf", "actueel_oordeel", d, C, "Pillow 1-bit fax image PDF", "fax header line; image only")

    # 11 EV docx
    d = D("2025-05-26")
    make_docx(base / "Eindevaluatie Liliana.docx",
              [("h", "Eindevaluatie"), ("p", head), ("h2", "Aard van het bedrijf"), ("p", "Industriële wasserij voor hotels en restaurants, 140 medewerkers, veel arbeidsmigranten en uitzendkrachten; 2 ploegen."),
               ("h2", "Terugblik"), ("p", "Knieoperatie januari 2024; zittend werk 20 uur; spoor 2 via Zijlstroom zonder plaatsing."),
               ("h2", "Arbeidsrelatie en passende arbeid"), ("p", "Goede relatie. Passend werk bij ons: 20 uur zittend, niet meer."),
               ("p", f"{num(d)} - Y. Stam / L. Popescu")], d, author="Yvonne Stam")
    label(f"{root}/Eindevaluatie Liliana.docx", "eindevaluatie", d, C, "python-docx Word", "standard title")

    # 12 OW English letter PDF
    d = D("2025-05-30")
    blocks = [("p", "Liliana Popescu, Molenstraat 7B, Barneveen"), ("p", f"BSN {bsn}"), ("p", f"Barneveen, {en(d)}"), ("p", "To Wasserij Linnenkamp / UWV"),
              ("p", "I have read the reintegration report. I agree with most of it. I do not agree that only 20 hours of work exist for me: the new folding machine in hall 2 can be used sitting down."),
              ("p", "Liliana Popescu")]
    docx_and_pdf(base / "Letter Liliana.pdf", blocks, d, author="Liliana")
    label(f"{root}/Letter Liliana.pdf", "oordeel_werknemer", d, C, "python-docx + LibreOffice PDF", "employee's view as an untitled English letter, partly disagrees")

    # 13 UWV loonsanctie scan
    d = D("2025-07-15")
    lines = [("h", "UWV"), "", "Wasserij Linnenkamp B.V.", "Wasserijweg 3, 3772 TN Barneveen", "", f"Datum: {nl(d)}", f"Betreft: {wn}, BSN {bsn}", "",
             ("b", "Besluit: verlenging loondoorbetalingsverplichting"), "",
             "Wij hebben het re-integratieverslag beoordeeld. U heeft niet genoeg gedaan om passend werk binnen uw bedrijf te onderzoeken (de zittende vouwmachine in hal 2).",
             "U moet het loon van mevrouw Popescu daarom langer doorbetalen, tot uiterlijk 52 weken. U kunt een bekortingsverzoek indienen als u de tekortkoming herstelt.", "", "UWV"]
    img = add_stamp(draw_page(lines, 65), stamp_text(D("2025-07-17")), (640, 1250), 65)
    image_pdf([scanify(img, 65)], base / "UWV brief juli.pdf", D("2025-07-17"), "Kyocera TASKalfa Scan")
    label(f"{root}/UWV brief juli.pdf", "uwv_correspondentie", d, C, "Pillow image-only scan with stamp", "loonsanctie decision; received stamp 2 days later")

    # 14 non-RIV roster photo
    lines = [("b", "STRIJKERIJ - ROOSTER WEEK 7"), "mangel 1: Ana, Mihai, Oksana", "mangel 2: Piotr, Daniela, uitzend (2)", "vouwtafel: Liliana (zittend 8-13)",
             "zaterdag: hotel Zeezicht spoed", ("hand", "Liliana NIET op mangel!")]
    photo(draw_page(lines, 66), base / "IMG_20240212_0733.jpg", 66, -3)
    label(f"{root}/IMG_20240212_0733.jpg", None, None, C, "Pillow phone photo", "non-RIV: roster on the notice board naming the seated work")



def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    LABELS.clear()
    case_a()
    case_b()
    case_c()
    case_d()
    on_disk = {p.relative_to(OUT).as_posix() for p in OUT.rglob("*") if p.is_file()}
    labelled = {p for p, *_ in LABELS if "::" not in p}
    assert on_disk == labelled, (on_disk ^ labelled)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for path, typ, date, note in sorted(LABELS):
            w.writerow([path, typ, date, "holdout", note])
    print(len(LABELS), "labels")


if __name__ == "__main__":
    main()
