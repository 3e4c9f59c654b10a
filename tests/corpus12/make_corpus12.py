"""Generate tests/corpus12: the untouched holdout of session 8 (see README.md).

Run: .venv/bin/python tests/corpus12/make_corpus12.py

Deletes and rewrites files/ and labels.csv. Deterministic: fixed seeds, fixed dates, no clock reads.
Producers: headless Chromium (--print-to-pdf and --screenshot), own PostScript through Ghostscript (ps2pdf's
pdfwrite), hand-written ODT/RTF/HTML converted by LibreOffice, hand-written ODT and OOXML (.docx) kept as they
are, plain text notes, image scans made with pypdfium2 + Pillow (rotated, 2-up, faint dot-matrix, phone photos),
image-only PDFs (img2pdf + pikepdf, one with /Rotate), and e-mails written as raw RFC 5322 text (Outlook,
Apple Mail, Thunderbird shapes, forwarded message/rfc822, a text/calendar invitation).

Every person, company, address and BSN is invented; e-mail domains end in .example.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import os
import quopri
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
LABELS = HERE / "labels.csv"
TMP = Path(tempfile.mkdtemp(prefix="corpus12_"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
GS = shutil.which("gs") or "/usr/bin/gs"
FONTDIR = Path("/usr/share/fonts")
ENV = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH="1735689600")

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def nl(d: dt.date | str) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def num(d: dt.date | str, sep: str = "-") -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def en(d: dt.date | str) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- BSN


def elfproef(bsn: str) -> bool:
    """The BSN eleven-test: 9 digits, sum(d1*9 .. d8*2) - d9 divisible by 11, not all zeros."""
    if len(bsn) != 9 or not bsn.isdigit() or bsn == "000000000":
        return False
    return sum(int(c) * w for c, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def make_bsn(seed: int) -> str:
    rng = random.Random(seed)
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = s % 11
        if last < 10:
            bsn = "".join(map(str, head)) + str(last)
            assert elfproef(bsn), bsn
            return bsn


def dotted(bsn: str) -> str:
    return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"


def spaced(bsn: str) -> str:
    return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"


# ---------------------------------------------------------------- small helpers

def esc(s: str) -> str:
    return htmlmod.escape(s, quote=True)


def run(cmd: list[str], **kw) -> None:
    subprocess.run(cmd, check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def pdfdate(d: dt.date, hh: int = 10, mm: int = 0) -> str:
    return f"D:{d.year:04d}{d.month:02d}{d.day:02d}{hh:02d}{mm:02d}00"


def fix_pdf_bytes(b: bytes, when: dt.date, key: str) -> bytes:
    """Overwrite creation/modification dates, /ID and LibreOffice's /DocChecksum in place (same lengths)."""
    stamp = pdfdate(when).encode()

    def _date(m: re.Match) -> bytes:
        raw = m.group(0)
        out = stamp + raw[len(stamp):] if len(raw) >= len(stamp) else raw
        return out[: len(raw)]

    b = re.sub(rb"D:\d{14}", _date, b)
    b = re.sub(rb"(<x[am]p:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",
               lambda m: m.group(1) + when.isoformat().encode() + b"T10:00:00", b)
    h = hashlib.sha256(key.encode()).hexdigest().upper().encode()

    def _hex(m: re.Match) -> bytes:
        n = len(m.group(1))
        return m.group(0).replace(m.group(1), (h * 4)[:n])

    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>", _hex, b)
    b = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", _hex, b)
    b = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", _hex, b)
    b = re.sub(rb"(uuid:)[0-9a-fA-F-]{36}", lambda m: m.group(1) + hashlib.md5(key.encode()).hexdigest().encode()
               [:8] + b"-0000-4000-8000-" + h[:12].lower(), b)
    return b


# ---------------------------------------------------------------- Chromium


def chromium_pdf(html: str, out: Path, when: dt.date) -> None:
    src = TMP / "page.html"
    src.write_text(html, encoding="utf-8")
    tmp_out = TMP / "chromium.pdf"
    if tmp_out.exists():
        tmp_out.unlink()
    run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={TMP / 'chromium-profile'}", "--no-pdf-header-footer", "--font-render-hinting=none",
         f"--print-to-pdf={tmp_out}", src.as_uri()])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(fix_pdf_bytes(tmp_out.read_bytes(), when, out.name))


def chromium_png(html: str, width: int, height: int) -> Image.Image:
    src = TMP / "shot.html"
    src.write_text(html, encoding="utf-8")
    png = TMP / "shot.png"
    if png.exists():
        png.unlink()
    run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={TMP / 'chromium-profile'}", "--hide-scrollbars", "--font-render-hinting=none",
         f"--window-size={width},{height}", f"--screenshot={png}", src.as_uri()])
    return Image.open(png).convert("RGB")


# ---------------------------------------------------------------- LibreOffice


def soffice_pdf(src_name: str, data: bytes, out: Path, when: dt.date) -> None:
    work = TMP / "lo"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    src = work / src_name
    src.write_bytes(data)
    run([SOFFICE, f"-env:UserInstallation={(TMP / 'lo-profile').as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(work), str(src)], timeout=180)
    pdf = work / (src.stem + ".pdf")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(fix_pdf_bytes(pdf.read_bytes(), when, out.name))


# ---------------------------------------------------------------- Ghostscript (own PostScript)


PS_SUBST = {"—": "-", "–": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "›": ">", "€": "EUR"}


def ps_str(s: str) -> str:
    s = "".join(PS_SUBST.get(ch, ch) for ch in s)
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        else:
            try:
                b = ch.encode("latin-1")[0]
            except UnicodeEncodeError:
                b = ord("?")
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


class PS:
    """A tiny PostScript page writer: text in the base-35 fonts (re-encoded to ISO Latin-1), rules and boxes."""

    FONTS = {"H": "Helvetica", "HB": "Helvetica-Bold", "T": "Times-Roman", "TB": "Times-Bold",
             "TI": "Times-Italic", "C": "Courier", "CB": "Courier-Bold", "HO": "Helvetica-Oblique"}
    WIDTH = {"H": 0.52, "HB": 0.56, "T": 0.47, "TB": 0.5, "TI": 0.45, "C": 0.6, "CB": 0.6, "HO": 0.52}

    def __init__(self, title: str, author: str) -> None:
        self.pages: list[list[str]] = []
        self.title, self.author = title, author
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 780.0

    def text(self, x: float, y: float, s: str, font: str = "H", size: float = 10, gray: float = 0) -> None:
        self.pages[-1].append(f"{gray} setgray /{self.FONTS[font]}-L {size} selectfont {x:.1f} {y:.1f} moveto "
                              f"{ps_str(s)} show")

    def right(self, x: float, y: float, s: str, font: str = "H", size: float = 10) -> None:
        self.pages[-1].append(f"0 setgray /{self.FONTS[font]}-L {size} selectfont {ps_str(s)} dup stringwidth pop "
                              f"{x:.1f} exch sub {y:.1f} moveto show")

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.6, gray: float = 0) -> None:
        self.pages[-1].append(f"{gray} setgray {w} setlinewidth newpath {x1} {y1} moveto {x2} {y2} lineto stroke")

    def box(self, x: float, y: float, w: float, h: float, fill: float | None = None, lw: float = 0.6) -> None:
        if fill is not None:
            self.pages[-1].append(f"{fill} setgray newpath {x} {y} {w} {h} rectfill")
        self.pages[-1].append(f"0 setgray {lw} setlinewidth newpath {x} {y} {w} {h} rectstroke")

    def para(self, s: str, x: float = 72, width: float = 451, font: str = "T", size: float = 11,
             lead: float | None = None, gap: float = 5) -> None:
        lead = lead or size * 1.3
        per = max(10, int(width / (size * self.WIDTH[font])))
        for raw in s.split("\n"):
            words, cur = raw.split(" "), ""
            lines = []
            for w in words:
                if len(cur) + len(w) + 1 > per and cur:
                    lines.append(cur)
                    cur = w
                else:
                    cur = (cur + " " + w).strip()
            lines.append(cur)
            for ln in lines:
                if self.y < 70:
                    self.new_page()
                self.text(x, self.y, ln, font, size)
                self.y -= lead
        self.y -= gap

    def source(self) -> str:
        head = ["%!PS-Adobe-3.0", f"%%Title: {self.title}", f"%%Creator: {self.author}", f"%%Pages: {len(self.pages)}",
                "%%EndComments",
                "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall "
                "/Encoding ISOLatin1Encoding dup length array copy dup 45 /hyphen put def currentdict end definefont pop } "
                "bind def"]
        for f in self.FONTS.values():
            head.append(f"/{f}-L /{f} reenc")
        head.append(f"[ /Title {ps_str(self.title)} /Author {ps_str(self.author)} /DOCINFO pdfmark")
        body = []
        for i, p in enumerate(self.pages, 1):
            body.append(f"%%Page: {i} {i}")
            body.extend(p)
            body.append("showpage")
        return "\n".join(head + body + ["%%EOF"]) + "\n"

    def pdf(self, out: Path) -> None:
        src = TMP / "doc.ps"
        src.write_text(self.source(), encoding="latin-1")
        out.parent.mkdir(parents=True, exist_ok=True)
        run([GS, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dOmitID", "-dOmitXMP",
             "-dOmitInfoDate", "-sPAPERSIZE=a4", "-dFIXEDMEDIA", f"-sOutputFile={out}", str(src)])


# ---------------------------------------------------------------- rendering pages to images, scans


def render(pdf: Path | bytes, page: int = 0, dpi: int = 150) -> Image.Image:
    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    img = doc[page].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    doc.close()
    return img


def noise(img: Image.Image, seed: int, amount: float = 0.10) -> Image.Image:
    rng = random.Random(seed)
    n = Image.frombytes("L", img.size, rng.randbytes(img.size[0] * img.size[1]))
    return Image.blend(img.convert("L"), n, amount)


def grey_scan(img: Image.Image, seed: int, angle: float = 0.0, faint: bool = False) -> Image.Image:
    img = img.convert("L")
    if faint:
        img = img.point(lambda v: 150 + v * 105 // 255)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    img = noise(img, seed)
    return img.filter(ImageFilter.GaussianBlur(0.5))


def dot_matrix(img: Image.Image, seed: int) -> Image.Image:
    """Faint 9-pin printer look: the glyphs sampled on a dot grid, a worn ribbon, light banding."""
    from PIL import ImageChops

    img = img.convert("L")
    w, h = img.size
    ink = img.point(lambda v: 255 if v < 170 else 0)
    vl, hl = Image.new("L", (w, h), 0), Image.new("L", (w, h), 0)
    dv, dh = ImageDraw.Draw(vl), ImageDraw.Draw(hl)
    for x in range(0, w, 3):
        dv.line([(x, 0), (x, h)], fill=255)
    for y in range(0, h, 3):
        dh.line([(0, y), (w, y)], fill=255)
    dots = ImageChops.multiply(ink, ImageChops.multiply(vl, hl)).filter(ImageFilter.MaxFilter(3))
    rng = random.Random(seed)
    band = Image.new("L", (w, h), 0)
    bd = ImageDraw.Draw(band)
    for y in range(0, h, 4):
        bd.rectangle([0, y, w, y + 3], fill=rng.randint(120, 175))
    strength = ImageChops.multiply(dots, band).filter(ImageFilter.GaussianBlur(0.7))
    return ImageChops.invert(strength).point(lambda v: 60 + v * 195 // 255)


def signature(draw: ImageDraw.ImageDraw, x: int, y: int, seed: int, scale: float = 1.0, fill=(20, 30, 90)) -> None:
    rng = random.Random(seed)
    pts = []
    cx = x
    for i in range(28):
        cx += rng.randint(4, 11) * scale
        cy = y + (rng.randint(-18, 18) if i % 2 else rng.randint(-6, 6)) * scale
        pts.append((cx, cy))
    draw.line(pts, fill=fill, width=max(2, int(2 * scale)), joint="curve")
    draw.line([(x + 10 * scale, y + 14 * scale), (cx + 10, y + 8 * scale)], fill=fill, width=max(1, int(scale)))


def phone_photo(page: Image.Image, seed: int, out_w: int = 1400) -> Image.Image:
    """A page photographed on a desk: perspective, a warm cast, a shadow corner, slight blur."""
    rng = random.Random(seed)
    page = page.convert("RGB")
    w, h = page.size
    W, H = int(w * 1.25), int(h * 1.18)
    desk = Image.new("RGB", (W, H), (112, 92, 70))
    dd = ImageDraw.Draw(desk)
    for y in range(0, H, 7):
        dd.line([(0, y), (W, y + rng.randint(-3, 3))], fill=(105 + rng.randint(0, 14), 86, 64))
    ox, oy = (W - w) // 2, (H - h) // 2
    desk.paste(page, (ox, oy))
    # perspective: map output quad to a slightly trapezoid source region
    k = 0.06
    # QUAD source corners: upper-left, lower-left, lower-right, upper-right
    quad = (ox - w * k, oy - h * 0.02, ox - w * k * 0.3, oy + h * 1.0, ox + w * (1 + k), oy + h * 1.02,
            ox + w * (1 + k * 0.4), oy + h * 0.01)
    img = desk.transform((W, H), Image.QUAD, [int(v) for v in quad], resample=Image.BICUBIC)
    img = img.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=(100, 84, 64))
    shade = Image.new("L", (W, H), 0)
    sd = ImageDraw.Draw(shade)
    sd.ellipse([W * 0.55, H * 0.55, W * 1.6, H * 1.6], fill=90)
    shade = shade.filter(ImageFilter.GaussianBlur(120))
    img = Image.composite(Image.new("RGB", (W, H), (40, 35, 30)), img, shade)
    warm = Image.new("RGB", (W, H), (255, 236, 200))
    img = Image.blend(img, warm, 0.08).filter(ImageFilter.GaussianBlur(0.9))
    return img.resize((out_w, int(out_w * H / W)), Image.LANCZOS)


def image_pdf(images: list[Image.Image], out: Path, when: dt.date, rotate: int = 0, quality: int = 55,
              dpi: int = 150) -> None:
    import img2pdf

    blobs = []
    for im in images:
        bio = io.BytesIO()
        im.save(bio, "JPEG", quality=quality, optimize=True, dpi=(dpi, dpi))
        blobs.append(bio.getvalue())
    raw = img2pdf.convert(*blobs, nodate=True, producer="Canon iR-ADV C3530 III", creator="Scan to PDF")
    pdf = pikepdf.open(io.BytesIO(raw))
    if rotate:
        for p in pdf.pages:
            p.Rotate = rotate
    pdf.docinfo["/CreationDate"] = pdfdate(when, 8, 41)
    if "/ID" in pdf.trailer:
        del pdf.trailer["/ID"]  # img2pdf's own /ID is random; qpdf derives a deterministic one from the content
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(out, deterministic_id=True, compress_streams=True)


def save_jpeg(img: Image.Image, out: Path, quality: int = 62) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    img.save(out, "JPEG", quality=quality, optimize=True)


def save_png(img: Image.Image, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    img.save(out, "PNG", optimize=True)


# ---------------------------------------------------------------- zip containers (ODT, DOCX)

ZIPTIME = (2025, 1, 1, 12, 0, 0)


def zip_bytes(members: list[tuple[str, bytes]], stored_first: bool = False) -> bytes:
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for i, (name, data) in enumerate(members):
            info = zipfile.ZipInfo(name, ZIPTIME)
            info.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return bio.getvalue()


def xesc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


@dataclass
class Block:
    kind: str  # "h1", "h2", "p", "b" (bold paragraph), "table", "sig", "small"
    text: str = ""
    rows: list[list[str]] | None = None


def odt(blocks: list[Block], title: str, author: str, when: dt.date, font: str = "Nimbus Sans",
        header: str | None = None) -> bytes:
    body = []
    for b in blocks:
        if b.kind == "h1":
            body.append(f'<text:h text:style-name="H1" text:outline-level="1">{xesc(b.text)}</text:h>')
        elif b.kind == "h2":
            body.append(f'<text:h text:style-name="H2" text:outline-level="2">{xesc(b.text)}</text:h>')
        elif b.kind == "table":
            ncol = max(len(r) for r in b.rows)
            t = ['<table:table table:name="T%d">' % len(body),
                 f'<table:table-column table:number-columns-repeated="{ncol}"/>']
            for r in b.rows:
                t.append("<table:table-row>")
                for c in r:
                    t.append(f'<table:table-cell table:style-name="Cell" office:value-type="string">'
                             f'<text:p text:style-name="P">{xesc(c)}</text:p></table:table-cell>')
                t.append("</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
        else:
            style = {"b": "PB", "small": "PS", "sig": "P"}.get(b.kind, "P")
            for line in b.text.split("\n"):
                body.append(f'<text:p text:style-name="{style}">{xesc(line)}</text:p>')
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
    fonts = (f'<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="\'{font}\'"/>'
             f'</office:font-face-decls>')
    auto = ('<office:automatic-styles>'
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
            'fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>'
            '</office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">{fonts}'
               f'{auto}<office:body><office:text>{"".join(body)}</office:text></office:body>'
               f'</office:document-content>')
    hdr = ""
    if header:
        hdr = (f'<style:header><text:p text:style-name="PS">{xesc(header)}</text:p></style:header>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns} office:version="1.3">{fonts}'
              '<office:styles>'
              f'<style:default-style style:family="paragraph"><style:text-properties style:font-name="{font}" '
              'fo:font-size="10.5pt" fo:language="nl" fo:country="NL"/></style:default-style>'
              '<style:style style:name="P" style:family="paragraph"><style:paragraph-properties '
              'fo:margin-bottom="0.15cm"/></style:style>'
              '<style:style style:name="PB" style:family="paragraph"><style:text-properties fo:font-weight="bold"/>'
              '</style:style>'
              '<style:style style:name="PS" style:family="paragraph"><style:text-properties fo:font-size="8pt" '
              'fo:color="#555555"/></style:style>'
              '<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties '
              'fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties '
              'fo:margin-top="0.25cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="12pt" '
              'fo:font-weight="bold"/></style:style>'
              '</office:styles>'
              '<office:automatic-styles><style:page-layout style:name="PL"><style:page-layout-properties '
              'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.8cm" '
              'fo:margin-left="2.2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
              f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">{hdr}'
              '</style:master-page></office:master-styles></office:document-styles>')
    stamp = f"{when.isoformat()}T09:30:00"
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns} office:version="1.3"><office:meta>'
            f'<meta:generator>Corpus12/ODF</meta:generator><dc:title>{xesc(title)}</dc:title>'
            f'<meta:initial-creator>{xesc(author)}</meta:initial-creator><dc:creator>{xesc(author)}</dc:creator>'
            f'<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zip_bytes([("mimetype", b"application/vnd.oasis.opendocument.text"),
                      ("content.xml", content.encode()), ("styles.xml", styles.encode()),
                      ("meta.xml", meta.encode()), ("META-INF/manifest.xml", manifest.encode())], stored_first=True)


def docx(blocks: list[Block], title: str, author: str, when: dt.date, font: str = "Calibri",
         header: str | None = None, company: str = "") -> bytes:
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

    def run_(t: str, bold: bool = False, size: int | None = None, color: str | None = None) -> str:
        rpr = ""
        if bold or size or color:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "") + \
                  (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        return f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r>'

    def para(t: str, style: str | None = None, bold: bool = False, size: int | None = None,
             color: str | None = None) -> str:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{ppr}{run_(t, bold, size, color)}</w:p>"

    body = []
    for b in blocks:
        if b.kind == "h1":
            body.append(para(b.text, "Heading1"))
        elif b.kind == "h2":
            body.append(para(b.text, "Heading2"))
        elif b.kind == "table":
            ncol = max(len(r) for r in b.rows)
            grid = "".join(f'<w:gridCol w:w="{9000 // ncol}"/>' for _ in range(ncol))
            rows = []
            for r in b.rows:
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{9000 // ncol}" w:type="dxa"/></w:tcPr>'
                                f'{para(c)}</w:tc>' for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
        else:
            for line in b.text.split("\n"):
                body.append(para(line, bold=b.kind == "b", size=16 if b.kind == "small" else None,
                                 color="666666" if b.kind == "small" else None))
    hdr_ref = '<w:headerReference w:type="default" r:id="rIdH"/>' if header else ""
    sect = (f'<w:sectPr>{hdr_ref}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1300" w:right="1300" '
            'w:bottom="1300" w:left="1400" w:header="600" w:footer="600" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}'
                f'{sect}</w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
              f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:sz w:val="21"/>'
              '<w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
              '<w:color w:val="1F3864"/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/>'
              '<w:sz w:val="24"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/>'
            + ('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'header" Target="header1.xml"/>' if header else "") + '</Relationships>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                 'metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'extended-properties" Target="docProps/app.xml"/></Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types '
              'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.styles+xml"/>'
              + ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.header+xml"/>' if header else "") +
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
              'core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'extended-properties+xml"/></Types>')
    stamp = f"{when.isoformat()}T09:30:00Z"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{xesc(author)}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties '
           'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f'<Application>Microsoft Office Word</Application><Company>{xesc(company)}</Company></Properties>')
    members = [("[Content_Types].xml", ctypes.encode()), ("_rels/.rels", root_rels.encode()),
               ("word/document.xml", document.encode()), ("word/styles.xml", styles.encode()),
               ("word/_rels/document.xml.rels", rels.encode()), ("docProps/core.xml", core.encode()),
               ("docProps/app.xml", app.encode())]
    if header:
        members.append(("word/header1.xml", (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>'
                                             + "".join(para(h, bold=i == 0, size=18) for i, h in
                                                       enumerate(header.split("\n"))) + "</w:hdr>").encode()))
    return zip_bytes(members)


def rtf(blocks: list[Block], font: str = "Nimbus Roman", size: int = 11) -> bytes:
    def r(s: str) -> str:
        out = []
        for ch in s:
            o = ord(ch)
            if ch in "\\{}":
                out.append("\\" + ch)
            elif o < 128:
                out.append(ch)
            else:
                try:
                    out.append("\\'%02x" % ch.encode("cp1252")[0])
                except UnicodeEncodeError:
                    out.append(f"\\u{o}?")
        return "".join(out)

    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss " + font + r";}{\f1\fmodern Nimbus Mono PS;}}",
             r"\paperw11906\paperh16838\margl1300\margr1300\margt1200\margb1200", f"\\fs{size * 2}"]
    for b in blocks:
        if b.kind == "h1":
            parts.append(r"\pard\sb200\sa160\b\fs34 " + r(b.text) + rf"\b0\fs{size * 2}\par")
        elif b.kind == "h2":
            parts.append(r"\pard\sb160\sa80\b\fs24 " + r(b.text) + rf"\b0\fs{size * 2}\par")
        elif b.kind == "table":
            ncol = max(len(x) for x in b.rows)
            widths = [2800, 6500] if ncol == 2 else [9300 // ncol] * ncol
            for row in b.rows:
                parts.append(r"\trowd\trgaph80\trleft0")
                acc = 0
                for wdt in widths:
                    acc += wdt
                    parts.append(r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx" + str(acc))
                parts.append(r"\pard\intbl " + "".join(r(c) + r"\cell " for c in row) + r"\row")
            parts.append(r"\pard\par")
        else:
            pre = r"\b " if b.kind == "b" else (r"\fs16 " if b.kind == "small" else "")
            post = r"\b0" if b.kind == "b" else (rf"\fs{size * 2}" if b.kind == "small" else "")
            for line in b.text.split("\n"):
                parts.append(r"\pard\sa100 " + pre + r(line) + post + r"\par")
    parts.append("}")
    return "\n".join(parts).encode("ascii")


# ---------------------------------------------------------------- e-mail (raw RFC 5322 text)


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset).replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n")


def hdr_enc(s: str) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return "=?utf-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def rfc_date(when: dt.datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = "+0200" if 4 <= when.month <= 10 else "+0100"
    return f"{days[when.weekday()]}, {when.day} {mons[when.month - 1]} {when.year} {when:%H:%M:%S} {off}"


@dataclass
class Att:
    name: str
    data: bytes
    ctype: str


def mail(frm: str, to: str, subject: str, when: dt.datetime, body: str, *, cc: str = "", atts: list[Att] = (),
         mailer: str = "outlook", html_alt: bool = False, charset: str = "utf-8", key: str = "",
         extra_parts: list[str] = (), inline_rfc822: tuple[str, bytes] | None = None) -> bytes:
    key = key or subject
    h = hashlib.sha1(key.encode()).hexdigest()
    dom = frm.split("@")[-1].rstrip(">")
    headers = [f"From: {hdr_enc(frm)}", f"To: {hdr_enc(to)}"]
    if cc:
        headers.append(f"Cc: {hdr_enc(cc)}")
    headers += [f"Subject: {hdr_enc(subject)}", f"Date: {rfc_date(when)}",
                f"Message-ID: <{h[:16].upper()}@{dom}>", "MIME-Version: 1.0"]
    if mailer == "outlook":
        headers += ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdQ{h[16:40]}==", "Content-Language: nl-NL"]
    elif mailer == "apple":
        headers += ["X-Mailer: iPhone Mail (21D61)"]
    elif mailer == "thunderbird":
        headers += ["User-Agent: Mozilla Thunderbird"]
    text_part = (f"Content-Type: text/plain; charset=\"{charset}\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                 + qp(body, charset))
    if html_alt:
        hb = "<html><body style=\"font-family:Calibri,Arial\">" + "".join(
            f"<p>{esc(x) or '&nbsp;'}</p>" for x in body.split("\n")) + "</body></html>"
        ab = f"----=_NextPart_alt_{h[:12]}"
        text_part = (f"Content-Type: multipart/alternative; boundary=\"{ab}\"\n\n--{ab}\n{text_part}\n--{ab}\n"
                     f"Content-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                     f"{qp(hb)}\n--{ab}--\n")
    parts = [text_part]
    for a in atts:
        parts.append(f"Content-Type: {a.ctype}; name=\"{a.name}\"\nContent-Disposition: attachment; "
                     f"filename=\"{a.name}\"\nContent-Transfer-Encoding: base64\n\n{b64(a.data)}")
    if inline_rfc822:
        name, raw = inline_rfc822
        parts.append(f"Content-Type: message/rfc822; name=\"{name}\"\nContent-Disposition: attachment; "
                     f"filename=\"{name}\"\n\n{raw.decode('utf-8')}")
    parts.extend(extra_parts)
    if (len(parts) == 1 and not html_alt) or len(parts) == 1:
        msg = "\n".join(headers) + "\n" + text_part
    else:
        bnd = f"----=_Part_{h[:10]}_{h[10:20]}"
        msg = ("\n".join(headers) + f"\nContent-Type: multipart/mixed; boundary=\"{bnd}\"\n\n"
               "This is a multi-part message in MIME format.\n\n"
               + "".join(f"--{bnd}\n{p}\n" for p in parts) + f"--{bnd}--\n")
    return msg.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# ---------------------------------------------------------------- labels

ROWS: list[tuple[str, str, str, str]] = []


def label(path: str, typ: str | None, date: str | None, note: str) -> None:
    ROWS.append((path, typ or "", date or "", note))


def out(case: str, rel: str) -> Path:
    p = FILES / case / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


# ---------------------------------------------------------------- HTML templates


def css_str(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def portal_html(*, brand: str, color: str, user: str, nav: list[str], active: int, crumbs: str, heading: str,
                fields: list[tuple[str, str]], sections: list[tuple[str, str]], printed: str, font: str,
                right_box: list[tuple[str, str]] = (), notice: str = "") -> str:
    navh = "".join(f'<li class="{"on" if i == active else ""}">{esc(n)}</li>' for i, n in enumerate(nav))
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in fields)
    secs = "".join(f"<h3>{esc(h)}</h3>" + "".join(f"<p>{esc(x)}</p>" for x in t.split("\n")) for h, t in sections)
    side = "".join(f"<div class='kv'><span>{esc(k)}</span><b>{esc(v)}</b></div>" for k, v in right_box)
    note = f"<div class='notice'>{esc(notice)}</div>" if notice else ""
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{esc(brand)}</title><style>
@page {{ size: A4; margin: 10mm 10mm 16mm 10mm;
  @bottom-left {{ content: "{css_str(printed)}"; font-family: '{font}'; font-size: 7pt; color: #888; }}
  @bottom-right {{ content: "pagina " counter(page) " van " counter(pages); font-family: '{font}'; font-size: 7pt;
                   color: #888; }} }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }}
body {{ font-family: '{font}'; font-size: 9.5pt; color: #222; margin: 0; }}
.top {{ background: {color}; color: #fff; padding: 7px 12px; display: flex; justify-content: space-between; }}
.top .b {{ font-weight: bold; font-size: 13pt; letter-spacing: .5px; }}
.top .u {{ font-size: 8pt; opacity: .9; padding-top: 4px; }}
.wrap {{ display: flex; }}
.nav {{ width: 38mm; background: #f1f3f5; padding: 8px 0; min-height: 235mm; }}
.nav ul {{ list-style: none; margin: 0; padding: 0; }}
.nav li {{ padding: 5px 10px; font-size: 8.5pt; color: #444; border-left: 3px solid transparent; }}
.nav li.on {{ border-left-color: {color}; background: #fff; font-weight: bold; }}
.main {{ flex: 1; padding: 6px 14px; }}
.crumbs {{ font-size: 7.5pt; color: #777; margin: 4px 0 8px; }}
h2 {{ font-size: 13pt; margin: 2px 0 8px; color: {color}; }}
h3 {{ font-size: 10pt; margin: 12px 0 4px; border-bottom: 1px solid #ccc; padding-bottom: 2px; }}
table.f {{ border-collapse: collapse; width: 100%; margin-bottom: 6px; }}
table.f th {{ text-align: left; width: 42%; background: #f7f7f7; font-weight: normal; color: #555; }}
table.f th, table.f td {{ border: 1px solid #ddd; padding: 3px 6px; vertical-align: top; font-size: 9pt; }}
.side {{ float: right; width: 52mm; border: 1px solid #ddd; padding: 6px; margin: 0 0 6px 8px; font-size: 8pt; }}
.kv span {{ color: #777; display: block; }} .kv b {{ display: block; margin-bottom: 4px; }}
.notice {{ background: #fff6d6; border: 1px solid #e6cf7a; padding: 5px 8px; font-size: 8pt; margin-bottom: 8px; }}
p {{ margin: 3px 0 5px; line-height: 1.35; }}
.foot {{ position: fixed; bottom: 0; left: 0; right: 0; font-size: 7pt; color: #888; background: #fff;
        border-top: 1px solid #ccc; padding-top: 2px; }}
</style></head><body>
<div class="top"><span class="b">{esc(brand)}</span><span class="u">Ingelogd als {esc(user)} &nbsp;|&nbsp; Uitloggen</span></div>
<div class="wrap"><div class="nav"><ul>{navh}</ul></div><div class="main">
<div class="crumbs">{esc(crumbs)}</div>{note}
{'<div class="side">' + side + '</div>' if side else ''}
<h2>{esc(heading)}</h2><table class="f">{rows}</table>{secs}
</div></div></body></html>"""


def report_html(*, font: str, accent: str, letterhead: str, lh_sub: str, running: str = "", cover: str = "",
                title: str = "", fields: list[tuple[str, str]] = (), sections: list[tuple[str, str]] = (),
                sign: str = "", footer: str = "", title_size: str = "17pt", extra_css: str = "") -> str:
    rows = "".join(f"<tr><td class='k'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in fields)
    secs = ""
    for h, t in sections:
        secs += f"<h3>{esc(h)}</h3>" if h else ""
        for x in t.split("\n"):
            if x.startswith("- "):
                secs += f"<ul><li>{esc(x[2:])}</li></ul>"
            else:
                secs += f"<p>{esc(x)}</p>"
    cov = f"<div class='cover'>{cover}</div><div class='pb'></div>" if cover else ""
    tit = f"<h1>{esc(title)}</h1>" if title else ""
    tab = f"<table class='fl'>{rows}</table>" if rows else ""
    sig = "<div class='sig'>" + "<br>".join(esc(x) for x in sign.split("\n")) + "</div>" if sign else ""
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 22mm 18mm 20mm 20mm;
  @top-right {{ content: "{css_str(running)}"; font-family: '{font}'; font-size: 7.5pt; color: #777; }}
  @bottom-center {{ content: "{css_str(footer)}"; font-family: '{font}'; font-size: 7pt; color: #888; }} }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: '{font}'; font-size: 10.2pt; color: #1d1d1d; line-height: 1.4; }}
.lh {{ border-bottom: 3px solid {accent}; padding-bottom: 6px; margin-bottom: 14px; }}
.lh .n {{ font-size: 16pt; font-weight: bold; color: {accent}; }} .lh .s {{ font-size: 8pt; color: #666; }}
.run {{ position: fixed; top: 0; left: 0; right: 0; font-size: 7.5pt; color: #777; text-align: right;
       border-bottom: 1px solid #ddd; }}
.foot {{ position: fixed; bottom: 0; left: 0; right: 0; font-size: 7pt; color: #888; text-align: center; }}
h1 {{ font-size: {title_size}; color: {accent}; margin: 4px 0 10px; }}
h3 {{ font-size: 11pt; margin: 14px 0 4px; color: #333; }}
table.fl {{ border-collapse: collapse; width: 100%; margin: 6px 0 10px; }}
table.fl td {{ border-bottom: 1px solid #e2e2e2; padding: 3px 4px; vertical-align: top; }}
table.fl td.k {{ width: 38%; color: #555; }}
p {{ margin: 3px 0 6px; }} ul {{ margin: 0 0 0 0; padding-left: 18px; }}
.pb {{ page-break-after: always; }} .cover p {{ margin: 0 0 8px; }}
.sig {{ margin-top: 18px; }}
{extra_css}
</style></head><body>
<div class="lh"><div class="n">{esc(letterhead)}</div><div class="s">{esc(lh_sub)}</div></div>
{cov}{tit}{tab}{secs}{sig}</body></html>"""


def letter_cover(addr: list[str], place_date: str, subject: str, paras: list[str], sign: list[str]) -> str:
    a = "<br>".join(esc(x) for x in addr)
    p = "".join(f"<p>{esc(x)}</p>" for x in paras)
    s = "<br>".join(esc(x) for x in sign)
    return (f"<div style='margin:10mm 0 12mm'>{a}</div><p>{esc(place_date)}</p><p><b>Betreft: {esc(subject)}</b></p>"
            f"{p}<p style='margin-top:14px'>{s}</p>")


# ================================================================ case A: Verzuimdossier S. Wijnands
# productiemedewerker inpak, banketbakkerij; arbodienst portal prints (Chromium); complete case to the WIA

A = "Verzuimdossier S. Wijnands"
A_BSN = make_bsn(101)
A_EMP = "S. (Sanne) Wijnands"
A_WG = "Hoefnagel Banket B.V."
A_BA = "drs. L.M. Verhagen-Smits"
A_CM = "P. Coenraads"
A_D0 = "2024-09-02"
A_NAV = ["Dashboard", "Werknemers", "Verzuimdossiers", "Rapportages", "Afspraken", "Documenten", "Facturen",
         "Instellingen"]


def a_portal(rel: str, when: str, kind: str, printed: str, fields_extra: list[tuple[str, str]],
             sections: list[tuple[str, str]], heading: str = "Rapportage bedrijfsarts",
             notice: str = "") -> None:
    fields = [("Werknemer", "Wijnands, S. (Sanne)"), ("Geboortedatum", "14-06-1979"), ("BSN", A_BSN),
              ("Werkgever", f"{A_WG}, vestiging Venlo"), ("Functie", "Productiemedewerker inpak (32 uur)"),
              ("Verzuimnummer", "AVZ-2024-18834"), ("Eerste verzuimdag", num(A_D0)),
              ("Type rapportage", kind)] + fields_extra
    html = portal_html(brand="Mijn ArboVitaal", color="#0b6e69", user="p.coenraads@hoefnagelbanket.example",
                       nav=A_NAV, active=3, crumbs="Home › Verzuimdossiers › Wijnands, S. › Rapportages",
                       heading=heading, fields=fields, sections=sections, printed=printed, font="Nimbus Sans",
                       right_box=[("Bedrijfsarts", A_BA), ("BIG-nummer", "59087341201"),
                                  ("Arbodienst", "ArboVitaal Zuid B.V."), ("Status", "Definitief, gedeeld met "
                                                                                      "werkgever en werknemer")],
                       notice=notice)
    chromium_pdf(html, out(A, rel), D(when))


def case_a() -> None:
    # A1 probleemanalyse: the type only sits in a table cell; the footer has a later print date
    a_portal("arbodienst/portal_export (1).pdf", "2024-10-08", "Probleemanalyse (art. 2 Regeling procesgang)",
             "Afgedrukt op 14-10-2024 09:12 door p.coenraads — Mijn ArboVitaal — pagina 1",
             [("Datum spreekuur", "07-10-2024"), ("Datum rapportage", "08-10-2024"),
              ("Volgend contact", "18-11-2024")],
             [("Is er sprake van dreigend langdurig verzuim?",
               "Ja. Mevrouw is sinds 2 september 2024 volledig uitgevallen. Gezien het beloop verwacht ik dat het "
               "verzuim langer dan drie maanden gaat duren."),
              ("Functionele mogelijkheden en beperkingen",
               "Beperkt voor tillen en dragen boven circa 10 kg, voor langdurig staan (maximaal 30 minuten "
               "aaneengesloten) en voor repeterend bukken. Zittend werk met afwisseling is mogelijk. "
               "Werktijden: vooralsnog 2 uur per dag, op te bouwen."),
              ("Prognose",
               "Naar verwachting gedeeltelijke werkhervatting binnen zes tot acht weken; volledige hervatting in "
               "het eigen werk is op dit moment onzeker."),
              ("Advies aan werkgever en werknemer",
               "Start met aangepaste werkzaamheden (etiketteren, controle aan de lichte lijn) voor 2 x 2 uur per "
               "week. Stel samen binnen twee weken het plan van aanpak op. Ik adviseer een werkplekonderzoek door "
               "de ergonoom. Heroverweging belastbaarheid bij het volgende spreekuur.")])
    label(f"{A}/arbodienst/portal_export (1).pdf", "probleemanalyse", "2024-10-08",
          "A;Chromium portal print;type only in table cell 'Type rapportage', print date 14-10 in footer, "
          "spreekuur date 07-10 beside it")

    # A2 inzetbaarheidsprofiel: a grid of the six rubrieken, same date as the PA
    rubr = [("I Persoonlijk functioneren", "Geen beperkingen."),
            ("II Sociaal functioneren", "Geen beperkingen."),
            ("III Aanpassing aan fysieke omgevingseisen", "Geen beperkingen."),
            ("IV Dynamische handelingen", "Tillen/dragen max. 10 kg; frequent bukken beperkt; lopen normaal."),
            ("V Statische houdingen", "Staan max. 30 min aaneengesloten, 2 uur per dag; zitten normaal."),
            ("VI Werktijd", "Urenbeperking: 2 uur per dag, 4 dagen per week; opbouw volgens advies.")]
    a_portal("arbodienst/portal_export (2).pdf", "2024-10-08", "Inzetbaarheidsprofiel (bijlage bij "
             "probleemanalyse)", "Afgedrukt op 14-10-2024 09:13 door p.coenraads — Mijn ArboVitaal — pagina 1",
             [("Opgesteld op", "08-10-2024"), ("Geldig tot", "heroverweging bij volgend spreekuur")] + rubr,
             [("Toelichting", "Dit profiel beschrijft wat werknemer op dit moment in arbeid kan. Het bevat geen "
                              "medische gegevens.")], heading="Inzetbaarheidsprofiel")
    label(f"{A}/arbodienst/portal_export (2).pdf", "inzetbaarheidsprofiel", "2024-10-08",
          "A;Chromium portal print;generic name, rubrieken in table rows")

    # A3 plan van aanpak: hand-written OOXML with a table grid, kept as .docx
    b = [Block("h1", "Plan van aanpak re-integratie"),
         Block("table", rows=[["Naam werknemer", "Sanne Wijnands"], ["BSN", A_BSN],
                              ["Afdeling / functie", "Inpak, productiemedewerker"],
                              ["Eerste ziektedag", num(A_D0)], ["Datum probleemanalyse", "08-10-2024"],
                              ["Casemanager", "Pieter Coenraads, HR-adviseur"],
                              ["Bedrijfsarts", f"{A_BA} (ArboVitaal Zuid)"]]),
         Block("h2", "1. Doel van de re-integratie"),
         Block("p", "Terugkeer in het eigen werk, zo nodig met aanpassingen. Tussendoel: binnen zes weken 4 x 3 uur "
                    "per week lichte inpakwerkzaamheden."),
         Block("h2", "2. Afspraken en activiteiten"),
         Block("table", rows=[["Activiteit", "Wie", "Wanneer"],
                              ["Werkplekonderzoek ergonoom lichte lijn", "HR / ergonoom", "vóór 15-11-2024"],
                              ["Start aangepast werk 2 x 2 uur", "Werknemer / teamleider", "vanaf 21-10-2024"],
                              ["Opbouw uren volgens advies bedrijfsarts", "Werknemer", "doorlopend"],
                              ["Evaluatie van dit plan", "Casemanager", "elke 6 weken, eerste keer eind nov."]]),
         Block("h2", "3. Visie van werkgever en werknemer"),
         Block("p", "Werkgever: wij zien goede mogelijkheden om Sanne in aangepaste vorm in te zetten op de lichte "
                    "lijn.\nWerknemer: ik wil graag snel weer aan het werk, maar maak me zorgen over het staan."),
         Block("h2", "4. Ondertekening"),
         Block("p", "Venlo, 18 oktober 2024"),
         Block("table", rows=[["Werkgever: P. Coenraads, HR-adviseur", "Werknemer: S. Wijnands"],
                              ["(getekend)", "(getekend)"]])]
    out(A, "HR/PvA Wijnands def.docx").write_bytes(
        docx(b, "PvA Wijnands", "Pieter Coenraads", D("2024-10-18"), company=A_WG))
    label(f"{A}/HR/PvA Wijnands def.docx", "plan_van_aanpak", "2024-10-18",
          "A;hand-written OOXML docx;PA date in a table row, signing date in text")

    # A5 evaluation typed in a mail body, with a quoted earlier mail
    body = ("Hoi Sanne,\n\nZoals afgesproken hierbij het verslag van ons voortgangsgesprek van vandaag, "
            "vrijdag 10 januari 2025.\n\nAanwezig: Sanne Wijnands, Marco Steeghs (teamleider), Pieter Coenraads "
            "(casemanager)\nBSN werknemer: " + A_BSN + "\n\n"
            "Terugblik: je werkt sinds half november 4 x 3 uur op de lichte lijn. Het werkplekonderzoek is "
            "gedaan; de sta-zitstoel is geleverd. Je geeft aan dat de derde ochtend achter elkaar zwaar is.\n"
            "Afspraken uit het plan van aanpak: grotendeels nagekomen; de opbouw naar 4 x 4 uur loopt achter.\n"
            "Nieuwe afspraken: tot de volgende evaluatie 4 x 3,5 uur, niet meer dan twee dagen achter elkaar. "
            "Volgende evaluatie: vrijdag 21 februari 2025.\n\nWil je laten weten of je je hierin kunt vinden?\n\n"
            "Met vriendelijke groet,\nPieter Coenraads\nHR-adviseur / casemanager\nHoefnagel Banket B.V.\n\n"
            "-----Oorspronkelijk bericht-----\nVan: Sanne Wijnands\nVerzonden: maandag 6 januari 2025 08:02\n"
            "Onderwerp: afspraak vrijdag\n\nHoi Pieter, vrijdag om 10 uur is goed. Groet, Sanne\n")
    out(A, "HR/mail/RE afspraak vrijdag.eml").write_bytes(mail(
        "Pieter Coenraads <p.coenraads@hoefnagelbanket.example>", "Sanne Wijnands <sanne.w@mijnpost.example>",
        "RE: afspraak vrijdag", dt.datetime(2025, 1, 10, 15, 47), body,
        cc="Marco Steeghs <m.steeghs@hoefnagelbanket.example>", html_alt=True))
    label(f"{A}/HR/mail/RE afspraak vrijdag.eml", "tussentijdse_evaluatie", "2025-01-10",
          "A;raw Outlook mail, html+text;evaluation typed in the body, subject says nothing, quoted older mail")

    # A6 bijstelling probleemanalyse (portal)
    a_portal("arbodienst/portal_export (3).pdf", "2025-03-04", "Bijstelling probleemanalyse",
             "Afgedrukt op 11-03-2025 14:30 door p.coenraads — Mijn ArboVitaal — pagina 1",
             [("Datum spreekuur", "04-03-2025"), ("Datum rapportage", "04-03-2025"),
              ("Eerdere probleemanalyse", "08-10-2024")],
             [("Wat is er veranderd?",
               "Sinds de vorige beoordeling is de belastbaarheid niet verder toegenomen. De opbouw stagneert op "
               "circa 14 uur per week. Ik stel de eerdere inschatting daarom bij."),
              ("Herziene belastbaarheid",
               "Staan maximaal 20 minuten aaneengesloten; tillen tot 5 kg; geen werk op de zware lijn. Werktijd "
               "maximaal 4 uur per dag, 4 dagen per week."),
              ("Advies",
               "Pas het plan van aanpak aan: richt het doel op blijvend aangepast werk binnen het bedrijf en laat "
               "onderzoeken welke functies passend zijn. Volgend spreekuur over zes weken.")],
             notice="Let op: deze rapportage vervangt het advies van 08-10-2024 op het punt belastbaarheid.")
    label(f"{A}/arbodienst/portal_export (3).pdf", "bijstelling_probleemanalyse", "2025-03-04",
          "A;Chromium portal print;generic name, earlier PA date in table, print date 11-03")

    # A7 bijstelling plan van aanpak: hand-written ODT converted by LibreOffice, saved as 'bijlage 3.pdf'
    b = [Block("small", "Hoefnagel Banket B.V. · Personeelszaken · vertrouwelijk"),
         Block("h1", "Aanpassing van het plan van aanpak"),
         Block("table", rows=[["Werknemer", "S. Wijnands"], ["BSN", dotted(A_BSN)],
                              ["Oorspronkelijk plan van aanpak", "18 oktober 2024"],
                              ["Aanleiding", "bijgestelde probleemanalyse van 4 maart 2025"],
                              ["Datum van deze bijstelling", "14 maart 2025"]]),
         Block("h2", "Gewijzigd re-integratiedoel"),
         Block("p", "Het doel 'terugkeer in het eigen werk' vervalt. Nieuw doel: structureel passend werk binnen "
                    "Hoefnagel Banket, in eerste instantie controle- en etiketteerwerk op de lichte lijn, 16 uur "
                    "per week."),
         Block("h2", "Gewijzigde afspraken"),
         Block("p", "- Arbeidsdeskundig onderzoek aanvragen bij Kompas & Koers (actie: HR, vóór 1 mei 2025).\n"
                    "- Werktijden maximaal 4 uur per dag, niet op opeenvolgende dagen boven 12 uur per week.\n"
                    "- Evaluatie blijft zesweekse cyclus; casemanager blijft P. Coenraads."),
         Block("h2", "Akkoord"),
         Block("p", "Werkgever: P. Coenraads ............    Werknemer: S. Wijnands ............\n"
                    "Venlo, 14 maart 2025")]
    soffice_pdf("aanpassing_pva.odt", odt(b, "Aanpassing PvA", "P. Coenraads", D("2025-03-14"), font="URW Gothic"),
                out(A, "HR/bijlage 3.pdf"), D("2025-03-14"))
    label(f"{A}/HR/bijlage 3.pdf", "bijstelling_plan_van_aanpak", "2025-03-14",
          "A;hand-written ODT -> LibreOffice pdf;generic name 'bijlage 3', worded 'Aanpassing van het plan'")

    # A8 evaluation form, scanned upside down (image-only PDF, 180 degrees)
    ps = PS("evaluatieformulier", "Hoefnagel Banket")
    ps.text(72, 790, "HOEFNAGEL BANKET B.V.", "HB", 13)
    ps.text(72, 776, "Formulier P-07  |  Evaluatie re-integratie (zesweekse voortgang)", "H", 9)
    ps.line(72, 770, 523, 770, 1.2)
    y = 748
    for k, v in [("Naam werknemer", "Sanne Wijnands"), ("BSN", A_BSN), ("Datum gesprek", "24-04-2025"),
                 ("Aanwezig", "S. Wijnands, M. Steeghs, P. Coenraads"),
                 ("Vorige evaluatie", "21-02-2025")]:
        ps.box(72, y - 6, 451, 20)
        ps.text(78, y, k, "H", 9)
        ps.text(230, y, v, "C", 10)
        y -= 20
    ps.y = y - 14
    ps.text(72, ps.y, "1. Voortgang sinds de vorige evaluatie", "HB", 10)
    ps.y -= 16
    ps.para("Sanne werkt 4 x 3,5 uur op de lichte lijn en doet het etiketteren zelfstandig. Het arbeidsdeskundig "
            "onderzoek is aangevraagd; de eerste afspraak staat op 3 juni.", font="C", size=9.5)
    ps.text(72, ps.y, "2. Zijn de afspraken nagekomen?   [X] ja   [ ] gedeeltelijk   [ ] nee", "HB", 10)
    ps.y -= 20
    ps.text(72, ps.y, "3. Nieuwe afspraken tot de volgende evaluatie", "HB", 10)
    ps.y -= 16
    ps.para("Uren gelijk houden. Teamleider regelt een vaste werkplek bij de etiketteermachine. Volgende "
            "evaluatie rond 5 juni 2025.", font="C", size=9.5)
    ps.text(72, ps.y - 10, "Datum en paraaf werkgever:  24-04-2025  PC", "H", 9)
    ps.text(320, ps.y - 10, "Paraaf werknemer:  SW", "H", 9)
    ps.pdf(TMP / "a8.pdf")
    page = grey_scan(render(TMP / "a8.pdf", dpi=130), 8, angle=0.7).rotate(180)
    image_pdf([page], out(A, "HR/scan_20250425.pdf"), D("2025-04-25"))
    label(f"{A}/HR/scan_20250425.pdf", "tussentijdse_evaluatie", "2025-04-24",
          "A;own PostScript -> gs -> Pillow scan, image-only pdf;page upside down, file name date 25-04 is the "
          "scan date")

    # A9 UWV portal confirmation of the 42-week report
    fields = [("Soort melding", "Ziekmelding langdurig zieke werknemer (42e week)"),
              ("Loonheffingennummer", "8531.22.904.L01"), ("Werkgever", A_WG),
              ("Burgerservicenummer", A_BSN), ("Naam werknemer", "S. Wijnands"),
              ("Eerste ziektedag", num(A_D0)), ("Datum melding", "16-06-2025"),
              ("Kenmerk", "ZM-4471-0093-2025"), ("Status", "Verzonden en ontvangen door UWV")]
    html = portal_html(brand="UWV  Werkgeversportaal", color="#1d3b7a", user="Hoefnagel Banket B.V.",
                       nav=["Overzicht", "Ziek- en herstelmeldingen", "Re-integratieverslag", "Berichten",
                            "Gegevens"], active=1, crumbs="Ziek- en herstelmeldingen › Ziekmelding › Bevestiging",
                       heading="Bevestiging: uw ziekmelding is verzonden", fields=fields,
                       sections=[("Wat gebeurt er nu?",
                                  "Wij hebben uw ziekmelding ontvangen. U krijgt binnen 2 weken een "
                                  "ontvangstbevestiging. Bewaar deze bevestiging in het re-integratiedossier.")],
                       printed="Afgedrukt: 16-06-2025", font="DejaVu Sans")
    chromium_pdf(html, out(A, "UWV/42e week.pdf"), D("2025-06-16"))
    label(f"{A}/UWV/42e week.pdf", "ziekmelding_uwv", "2025-06-16",
          "A;Chromium print of a portal confirmation;first sick day beside the report date")

    # A10 arbeidsdeskundig rapport: cover letter on page 1, the report title on page 2
    cover = letter_cover(["Hoefnagel Banket B.V.", "t.a.v. de heer P. Coenraads", "Industriestraat-Noord 41",
                          "5928 PW  Venlo"], "Roermond, 24 juli 2025", "rapportage inzake mevrouw S. Wijnands",
                         ["Geachte heer Coenraads,",
                          "In uw opdracht heb ik onderzocht welke werkzaamheden mevrouw Wijnands binnen uw "
                          "organisatie nog kan verrichten. Bijgaand treft u mijn rapportage aan. Een kopie is naar "
                          "mevrouw Wijnands gestuurd.",
                          "Voor vragen kunt u mij bereiken op 077-0000000."],
                         ["Met vriendelijke groet,", "J.P. Houben", "register-arbeidsdeskundige",
                          "Kompas & Koers Arbeidsdeskundig Advies"])
    sec = [("1. Vraagstelling", "Kan werkneemster haar eigen functie van productiemedewerker inpak (nog) "
                               "uitoefenen, en zo nee: welke passende mogelijkheden zijn er binnen of buiten de "
                               "organisatie (spoor 1 of spoor 2)?"),
           ("2. Onderzoek", "Gesprekken op 3 juni en 1 juli 2025 met werkneemster, de teamleider en HR; "
                            "werkplekbezoek op de lichte en de zware lijn; dossierstudie, waaronder de bijgestelde "
                            "probleemanalyse van 4 maart 2025."),
           ("3. Functiebelasting versus belastbaarheid",
            "De eigen functie vraagt frequent tillen tot 15 kg en langdurig staan aan de band. Dit overschrijdt de "
            "belastbaarheid duidelijk. De functie van controlemedewerker lichte lijn (zittend/staand, tillen tot 5 "
            "kg) past binnen de belastbaarheid."),
           ("4. Conclusie en advies",
            "Het eigen werk is niet passend, ook niet na aanpassing. Passend werk binnen de organisatie is "
            "aanwezig: controlemedewerker lichte lijn, 16 uur per week. Ik adviseer deze functie structureel aan "
            "te bieden (spoor 1, ander werk bij de eigen werkgever). Een tweede spoor is daarmee op dit moment "
            "niet aangewezen. Loonwaarde van de passende functie: circa 92%.")]
    html = report_html(font="P052", accent="#6b3e12", letterhead="Kompas & Koers",
                       lh_sub="Arbeidsdeskundig Advies · Postbus 2040 · 6040 CA Roermond · info@kompaskoers.example",
                       cover=cover, title="Rapportage arbeidsdeskundig onderzoek",
                       fields=[("Werknemer", "mevrouw S. Wijnands, geboren 14-06-1979"), ("BSN", spaced(A_BSN)),
                               ("Werkgever", A_WG), ("Eerste ziektedag", nl(A_D0)),
                               ("Opdrachtgever", "P. Coenraads, HR-adviseur"),
                               ("Arbeidsdeskundige", "J.P. Houben, register-arbeidsdeskundige"),
                               ("Datum rapport", "24 juli 2025")],
                       sections=sec, sign="Roermond, 24 juli 2025\nJ.P. Houben\nregister-arbeidsdeskundige",
                       footer="Kompas & Koers · vertrouwelijk")
    chromium_pdf(html, out(A, "HR/rapport_2025-07.pdf"), D("2025-07-24"))
    label(f"{A}/HR/rapport_2025-07.pdf", "arbeidsdeskundig_rapport", "2025-07-24",
          "A;Chromium report;cover letter on page 1, title on page 2")

    # A11 eerstejaarsevaluatie worded without the word 'eerstejaarsevaluatie' (RTF -> LibreOffice)
    b = [Block("b", "HOEFNAGEL BANKET B.V. - personeelszaken"),
         Block("h1", "Evaluatie na één jaar arbeidsongeschiktheid"),
         Block("p", "Het 'opschudmoment': terugblik op het eerste ziektejaar en afspraken voor het tweede jaar."),
         Block("table", rows=[["Werknemer", "Sanne Wijnands"], ["Burgerservicenummer", A_BSN],
                              ["Eerste ziektedag", "2 september 2024"], ["Datum gesprek en verslag",
                                                                          "12 augustus 2025"],
                              ["Aanwezig", "S. Wijnands, P. Coenraads (casemanager), M. Steeghs"]]),
         Block("h2", "Terugblik op het eerste jaar"),
         Block("p", "Na een moeizame start is Sanne in november 2024 begonnen op de lichte lijn. De opbouw "
                    "stagneerde in het voorjaar; de bedrijfsarts heeft in maart de belastbaarheid bijgesteld. Het "
                    "arbeidsdeskundig rapport van 24 juli 2025 concludeert dat het eigen werk niet meer passend "
                    "is, maar dat de functie controlemedewerker lichte lijn dat wel is."),
         Block("h2", "Beoogd re-integratieresultaat voor het tweede ziektejaar"),
         Block("p", "Structurele plaatsing als controlemedewerker lichte lijn voor 16 uur per week per 1 oktober "
                    "2025. Een tweede spoor wordt niet ingezet, omdat passend werk bij de eigen werkgever "
                    "beschikbaar is (zie advies arbeidsdeskundige)."),
         Block("h2", "Visie werkgever en werknemer"),
         Block("p", "Werkgever: wij bieden de functie aan en passen het rooster aan.\nWerknemer: ik ben blij met "
                    "de functie; ik wil kijken of meer uren later mogelijk zijn."),
         Block("p", "Venlo, 12 augustus 2025\nP. Coenraads, casemanager (w.g.)        S. Wijnands (w.g.)")]
    soffice_pdf("evaluatie.rtf", rtf(b, font="Nimbus Sans"), out(A, "HR/Evaluatie 12-08-2025.pdf"), D("2025-08-12"))
    label(f"{A}/HR/Evaluatie 12-08-2025.pdf", "eerstejaarsevaluatie", "2025-08-12",
          "A;hand-written RTF -> LibreOffice pdf;no word 'eerstejaarsevaluatie': 'Evaluatie na één jaar', "
          "'opschudmoment'")

    # A12 plain-text note by the casemanager
    txt = ("GESPREKSNOTITIE  -  re-integratie S. Wijnands\n"
           "==============================================\n\n"
           "Datum:        7 oktober 2025\n"
           "Opgesteld:    P. Coenraads (casemanager)\n"
           "BSN:          " + A_BSN + "\n"
           "Soort:        periodieke evaluatie plan van aanpak\n\n"
           "Sanne werkt sinds 1 oktober 2025 vast als controlemedewerker lichte lijn, 16 uur per week\n"
           "(ma/di/do/vr ochtend). Contract is aangepast per 1-10-2025.\n"
           "Ervaring eerste week: gaat goed, rugklachten wisselend (zegt ze zelf).\n"
           "Afspraken uit de evaluatie van 12 augustus zijn uitgevoerd.\n\n"
           "Nieuwe afspraken:\n"
           " - uren voorlopig gelijk, bij volgend spreekuur bedrijfsarts vragen naar uitbreiding\n"
           " - volgende evaluatie: half november 2025\n\n"
           "Besproken met en akkoord: S. Wijnands (mondeling)\n")
    out(A, "HR/gespreksnotitie okt.txt").write_bytes(txt.encode("utf-8"))
    label(f"{A}/HR/gespreksnotitie okt.txt", "tussentijdse_evaluatie", "2025-10-07",
          "A;plain text note;start date 1-10 and earlier evaluation 12-08 nearby")

    # A13 UWV WIA letter (week 88), photographed with a phone
    ps = uwv_letter_ps(
        ["Mevrouw S. Wijnands", "Hazelaarstraat 17", "5913 TK  Venlo"], "6 mei 2026", "WIA-uitkering aanvragen",
        A_BSN, [
            "Geachte mevrouw Wijnands,",
            "U bent op 2 september 2024 ziek geworden. Als u op 31 augustus 2026 nog steeds ziek bent, kunt u "
            "misschien een WIA-uitkering krijgen. Daarvoor moet u de uitkering zelf aanvragen.",
            "Vraag de uitkering uiterlijk 14 juni 2026 aan. Doet u dat later, dan loopt u het risico dat de "
            "uitkering later ingaat.",
            "Uw werkgever stelt samen met u het re-integratieverslag op. U krijgt daarvan een kopie. Het "
            "medische deel stuurt u in een gesloten envelop met 'medisch geheim' mee, of uw bedrijfsarts stuurt "
            "het ons.",
            "Met vriendelijke groet,", "UWV", "Afdeling Arbeidsongeschiktheidsuitkeringen"])
    ps.pdf(TMP / "a13.pdf")
    page = render(TMP / "a13.pdf", dpi=120).convert("RGB")
    save_jpeg(phone_photo(page, 13, out_w=1150), out(A, "UWV/IMG_2041.jpg"), quality=60)
    label(f"{A}/UWV/IMG_2041.jpg", "uwv_correspondentie", "2026-05-06",
          "A;own PostScript -> gs -> phone photo JPEG;perspective photo, first sick day and deadline dates nearby")

    # A14 actueel oordeel, A15 medische informatie (portal)
    a_portal("arbodienst/portal_export (4).pdf", "2026-05-13", "Actueel oordeel (t.b.v. WIA-aanvraag)",
             "Afgedrukt op 20-05-2026 11:05 door p.coenraads — Mijn ArboVitaal — pagina 1",
             [("Datum spreekuur", "13-05-2026"), ("Datum rapportage", "13-05-2026")],
             [("Stand van zaken",
               "Werkneemster werkt sinds 1 oktober 2025 structureel 16 uur per week als controlemedewerker lichte "
               "lijn. Verdere uitbreiding van uren is niet gelukt."),
              ("Huidige belastbaarheid",
               "Staan maximaal 20 minuten; tillen tot 5 kg; werktijd maximaal 4 uur per dag, 4 dagen per week. "
               "Geen verbetering te verwachten in het komende jaar."),
              ("Arbeidsrelatie", "Er zijn geen belemmeringen in de arbeidsrelatie; werkgever en werkneemster "
                                 "werken goed samen."),
              ("Passende arbeid bij de werkgever",
               "De huidige functie is passend. Meer uren passend werk zijn er op dit moment niet."),
              ("Toelichting", "Dit oordeel is opgesteld voor het re-integratieverslag bij de WIA-aanvraag en "
                              "bevat geen medische gegevens.")], heading="Actueel oordeel bedrijfsarts")
    label(f"{A}/arbodienst/portal_export (4).pdf", "actueel_oordeel", "2026-05-13",
          "A;Chromium portal print;generic name, print date 20-05 in footer")
    a_portal("arbodienst/portal_export (5).pdf", "2026-05-13", "Medische informatie t.b.v. UWV",
             "Afgedrukt op 20-05-2026 11:06 door p.coenraads — Mijn ArboVitaal — pagina 1",
             [("Datum", "13-05-2026"), ("Vertrouwelijkheid", "MEDISCH GEHEIM — uitsluitend voor de "
                                                             "verzekeringsarts UWV")],
             [("Diagnose en beloop",
               "Chronische lage rugpijn met radiculaire uitstraling links bij degeneratieve afwijkingen L4-L5 "
               "(MRI november 2024). Daarnaast artrose van de rechterknie. Beloop wisselend, sinds maart 2025 "
               "stabiel op een laag niveau."),
              ("Behandeling",
               "Fysiotherapie (graded activity) november 2024 - april 2025; consult orthopedie en pijnpoli "
               "januari 2025; medicatie: paracetamol en naproxen zo nodig. Geen operatie-indicatie."),
              ("Prognose", "Geen wezenlijke verbetering te verwachten; beperkingen zijn naar verwachting "
                           "blijvend.")],
             heading="Medische informatie", notice="Dit document hoort niet in het dossier van de werkgever. "
                                                   "Verzenden aan UWV in gesloten envelop.")
    label(f"{A}/arbodienst/portal_export (5).pdf", "medische_informatie", "2026-05-13",
          "A;Chromium portal print;medical part printed by HR from the portal, same date as the AO")

    # A16 eindevaluatie (docx, kept)
    b = [Block("h1", "Eindevaluatie re-integratie"),
         Block("p", "Onderdeel van het re-integratieverslag bij de aanvraag WIA"),
         Block("table", rows=[["Werkgever", "Hoefnagel Banket B.V., Industriestraat-Noord 41, Venlo"],
                              ["Aard van het bedrijf", "Industriële banketbakkerij, circa 140 medewerkers"],
                              ["Werknemer", "Sanne Wijnands, geboren 14-06-1979"], ["BSN", A_BSN],
                              ["Eerste ziektedag", num(A_D0)], ["Datum eindevaluatie", "27-05-2026"]]),
         Block("h2", "Terugblik op twee jaar re-integratie"),
         Block("p", "Na de probleemanalyse van oktober 2024 is Sanne gestart op de lichte lijn. In maart 2025 is "
                    "het plan van aanpak aangepast naar structureel passend werk. Sinds 1 oktober 2025 werkt zij "
                    "16 uur per week als controlemedewerker lichte lijn."),
         Block("h2", "Kwaliteit van de arbeidsrelatie"),
         Block("p", "Goed. Er zijn geen conflicten geweest; afspraken zijn steeds nagekomen."),
         Block("h2", "Passende arbeid"),
         Block("p", "Het huidige werk van 16 uur is passend (actueel oordeel bedrijfsarts 13 mei 2026). Meer "
                    "passende uren zijn binnen het bedrijf niet beschikbaar."),
         Block("p", "Venlo, 27 mei 2026"),
         Block("table", rows=[["Namens werkgever: P. Coenraads", "Werknemer: S. Wijnands"],
                              ["handtekening: ..........", "handtekening: .........."]])]
    out(A, "Eindevaluatie Wijnands.docx").write_bytes(
        docx(b, "Eindevaluatie", "Pieter Coenraads", D("2026-05-27"), font="Arial", company=A_WG))
    label(f"{A}/Eindevaluatie Wijnands.docx", "eindevaluatie", "2026-05-27",
          "A;hand-written OOXML docx;AO date and first sick day in the text")

    # A17 oordeel werknemer: typed letter with a hand signature, scanned sideways (image rotated 90 degrees)
    ps = PS("reactie", "S. Wijnands")
    ps.y = 770
    for ln in ["S. Wijnands", "Hazelaarstraat 17", "5913 TK  Venlo", "", "Aan: Hoefnagel Banket B.V., t.a.v. "
               "P. Coenraads", "", "Venlo, 2 juni 2026", "", "Betreft: mijn reactie op het re-integratieverslag",
               f"BSN: {A_BSN}"]:
        ps.text(72, ps.y, ln, "T", 11)
        ps.y -= 15
    ps.y -= 10
    ps.para("Beste Pieter,", font="T", size=11)
    ps.para("Ik heb een kopie van het re-integratieverslag ontvangen en gelezen. Hierbij geef ik mijn oordeel, "
            "zoals UWV vraagt.", font="T", size=11)
    ps.para("Ik ben het eens met de inhoud van het verslag. Wel wil ik aanvullen dat ik zelf in het voorjaar van "
            "2025 heb gevraagd om een tweede spoor; dat is toen niet gebeurd omdat de arbeidsdeskundige passend "
            "werk binnen het bedrijf zag. Daar ben ik achteraf tevreden mee. Het lukt mij niet om meer dan 16 uur "
            "te werken.", font="T", size=11)
    ps.para("Met vriendelijke groet,", font="T", size=11)
    ps.pdf(TMP / "a17.pdf")
    page = render(TMP / "a17.pdf", dpi=120).convert("RGB")
    dr = ImageDraw.Draw(page)
    signature(dr, 90, int(page.size[1] * 0.56), 17, 1.3)
    dr.text((95, int(page.size[1] * 0.56) + 30), "Sanne Wijnands", fill=(0, 0, 0),
            font=ImageFont.truetype(str(FONTDIR / "truetype/dejavu/DejaVuSerif.ttf"), 15))
    scan = grey_scan(page, 17, angle=-0.6).rotate(90, expand=True)
    save_png(scan.convert("L").point(lambda v: v // 16 * 16), out(A, "werknemer/mijn reactie.png"))
    label(f"{A}/werknemer/mijn reactie.png", "oordeel_werknemer", "2026-06-02",
          "A;own PostScript -> Pillow grey scan PNG;page turned 90 degrees, hand signature")

    # non-RIV: invoice listing report names, sick-leave policy, calendar invitation
    inv = [("Factuurnummer", "AV-F-2024-10-5531"), ("Factuurdatum", "31-10-2024"), ("Debiteur", A_WG),
           ("Periode", "oktober 2024")]
    html = report_html(font="Nimbus Sans", accent="#0b6e69", letterhead="ArboVitaal Zuid B.V.",
                       lh_sub="Kanaalweg 90 · 5900 AA Venlo · KvK 00000000 · facturen@arbovitaal.example",
                       title="Factuur", fields=inv,
                       sections=[("Specificatie",
                                  "07-10-2024  Spreekuur bedrijfsarts, dossier AVZ-2024-18834 — € 145,00\n"
                                  "08-10-2024  Probleemanalyse opstellen en versturen — € 95,00\n"
                                  "08-10-2024  Inzetbaarheidsprofiel — € 45,00\n"
                                  "Subtotaal € 285,00 · btw 21% € 59,85 · Totaal € 344,85"),
                                 ("Betaling", "Gelieve binnen 30 dagen te voldoen onder vermelding van het "
                                              "factuurnummer.")],
                       footer="ArboVitaal Zuid B.V. — factuur")
    chromium_pdf(html, out(A, "arbodienst/factuur 2024-10.pdf"), D("2024-10-31"))
    label(f"{A}/arbodienst/factuur 2024-10.pdf", None, None,
          "A;Chromium invoice;lists 'Probleemanalyse' and 'Inzetbaarheidsprofiel' as invoice lines")
    pol = ("<html><head><meta charset='utf-8'><style>body{font-family:'C059';font-size:11pt}</style></head><body>"
           "<h1>Verzuimreglement Hoefnagel Banket B.V. 2024</h1>"
           "<p>Dit reglement geldt voor alle medewerkers. Het beschrijft wat je moet doen als je ziek bent en wat "
           "je van ons mag verwachten.</p><h2>1. Ziekmelden</h2><p>Meld je vóór 7.00 uur telefonisch ziek bij je "
           "leidinggevende. Wij vragen niet naar de aard van je klachten.</p><h2>2. Probleemanalyse en plan van "
           "aanpak</h2><p>Duurt het verzuim naar verwachting lang, dan stelt de bedrijfsarts uiterlijk in week 6 "
           "een probleemanalyse op. Binnen twee weken daarna maken we samen een plan van aanpak.</p>"
           "<h2>3. Evaluaties</h2><p>Ten minste elke zes weken evalueren we de voortgang. Rond week 52 volgt de "
           "eerstejaarsevaluatie, rond week 91 de eindevaluatie.</p><h2>4. Sancties</h2><p>Werk je niet mee, dan "
           "kunnen wij de loonbetaling opschorten.</p><p>Vastgesteld door de directie, januari 2024.</p>"
           "</body></html>")
    soffice_pdf("verzuimreglement.html", pol.encode(), out(A, "Verzuimreglement Hoefnagel 2024.pdf"),
                D("2024-01-15"))
    label(f"{A}/Verzuimreglement Hoefnagel 2024.pdf", None, None,
          "A;HTML -> LibreOffice pdf;policy that names every RIV step")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
           "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E0080000000052A1@hoefnagel\r\n"
           "DTSTAMP:20250203T091500Z\r\nDTSTART:20250221T090000Z\r\nDTEND:20250221T100000Z\r\n"
           "SUMMARY:Evaluatie plan van aanpak S. Wijnands\r\nLOCATION:Spreekkamer HR\r\n"
           "ORGANIZER;CN=Pieter Coenraads:mailto:p.coenraads@hoefnagelbanket.example\r\n"
           "ATTENDEE;CN=Sanne Wijnands:mailto:sanne.w@mijnpost.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    cal = ("Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\nContent-Transfer-Encoding: base64\n\n"
           + b64(ics.encode()))
    out(A, "HR/mail/Uitnodiging evaluatie PvA.eml").write_bytes(mail(
        "Pieter Coenraads <p.coenraads@hoefnagelbanket.example>", "Sanne Wijnands <sanne.w@mijnpost.example>",
        "Uitnodiging: Evaluatie plan van aanpak S. Wijnands", dt.datetime(2025, 2, 3, 10, 15),
        "Wanneer: vrijdag 21 februari 2025 10:00-11:00\nWaar: Spreekkamer HR\n\nWe bespreken de voortgang van "
        "het plan van aanpak.\n", extra_parts=[cal]))
    label(f"{A}/HR/mail/Uitnodiging evaluatie PvA.eml", None, None,
          "A;raw Outlook mail with text/calendar;meeting invitation for an evaluation, no report")


def uwv_letter_ps(addr: list[str], date_nl: str, subject: str, bsn: str, paras: list[str],
                  extra_pages: list[tuple[str, list[str]]] = ()) -> PS:
    ps = PS("UWV brief", "UWV")
    ps.box(72, 770, 18, 18, fill=0.15)
    ps.text(96, 774, "UWV", "HB", 18)
    ps.text(360, 790, "Retouradres Postbus 58285", "H", 7)
    ps.text(360, 781, "1040 HG  Amsterdam", "H", 7)
    ps.y = 700
    for ln in addr:
        ps.text(72, ps.y, ln, "H", 10)
        ps.y -= 13
    ps.text(360, 700, "Datum", "H", 7)
    ps.text(360, 690, date_nl, "H", 9)
    ps.text(360, 674, "Burgerservicenummer", "H", 7)
    ps.text(360, 664, bsn, "H", 9)
    ps.text(360, 648, "Onderwerp", "H", 7)
    ps.text(360, 638, subject, "H", 9)
    ps.y = 600
    for p in paras:
        ps.para(p, font="H", size=10, width=440)
    for title, ps_paras in extra_pages:
        ps.new_page()
        ps.text(72, 790, "UWV", "HB", 12)
        ps.right(523, 790, f"BSN {bsn}", "H", 8)
        ps.y = 750
        ps.text(72, ps.y, title, "HB", 14)
        ps.y -= 26
        for p in ps_paras:
            if p.startswith("## "):
                ps.text(72, ps.y, p[3:], "HB", 10.5)
                ps.y -= 15
            else:
                ps.para(p, font="H", size=10, width=440)
    return ps


# ================================================================ case B: Nordvane_HR_export
# inbound planner at an international logistics firm; English HR papers, Dutch medical/UWV papers; second track

B = "Nordvane_HR_export"
B_BSN = make_bsn(202)
B_D0 = "2024-03-11"
B_WG = "Nordvane Logistics Europe B.V."
B_HR = "Emma Lindqvist"
B_BA = "M.J. Ooms, bedrijfsarts"
PEOPLEHUB_CSS = """
body { font-size: 9.6pt; } .lh { border-bottom: none; background: #14213d; color: #fff; padding: 8px 10px; }
.lh .n { color: #fca311; font-size: 13pt; } .lh .s { color: #e5e5e5; }
h1 { color: #14213d; } table.fl td.k { background: #f4f6fa; font-weight: bold; color: #14213d; }
"""


def b_hr(rel: str, when: str, title: str, fields: list[tuple[str, str]], sections: list[tuple[str, str]],
         sign: str, running: str) -> None:
    html = report_html(font="DejaVu Sans", accent="#14213d", letterhead="PeopleHub · Nordvane Logistics Europe",
                       lh_sub="HR case management · Employee relations · CONFIDENTIAL", running=running,
                       title=title, fields=[("Employee", "Chidi Okafor"), ("Citizen service no. (BSN)", B_BSN),
                                            ("Job title", "Inbound Planner, 40 h/week"),
                                            ("First day of sickness", en(B_D0))] + fields,
                       sections=sections, sign=sign, extra_css=PEOPLEHUB_CSS,
                       footer="Exported from PeopleHub on request of the HR Business Partner — page footer")
    chromium_pdf(html, out(B, rel), D(when))


def case_b() -> None:
    # B1 probleemanalyse by the bedrijfsartsenpraktijk as a letter (RTF -> LibreOffice)
    b = [Block("b", "Bedrijfsartsenpraktijk De Linge"),
         Block("small", "Stationsweg 12 · 4100 AA Culemborg · praktijk@delinge.example · AGB/BIG zie ondertekening"),
         Block("p", "Nordvane Logistics Europe B.V.\nt.a.v. mevrouw E. Lindqvist, HR Business Partner\n"
                    "Distributieweg 8\n3199 LA  Rotterdam"),
         Block("p", "Culemborg, 16 april 2024"),
         Block("b", "Betreft: advies over dreigend langdurig verzuim van de heer C. Okafor"),
         Block("table", rows=[["Werknemer", "de heer C. Okafor"], ["BSN", B_BSN], ["Geboortedatum", "02-11-1986"],
                              ["Eerste verzuimdag", "11-03-2024"], ["Consult", "15-04-2024 (telefonisch 28-03)"]]),
         Block("h2", "Oordeel"),
         Block("p", "Er is sprake van dreigend langdurig verzuim. De heer Okafor heeft op dit moment beperkingen "
                    "in het persoonlijk functioneren: concentratie, tempo en het omgaan met deadlines en "
                    "onverwachte wijzigingen in de planning. Fysiek zijn er geen beperkingen."),
         Block("h2", "Mogelijkheden"),
         Block("p", "Hij kan rustig, voorspelbaar werk aan van 2 uur per dag, zonder piekbelasting en zonder "
                    "telefonische escalaties. Thuiswerk is een goede optie om mee te beginnen."),
         Block("h2", "Verwachting"),
         Block("p", "Ik verwacht herstel in een periode van drie tot zes maanden, met een geleidelijke opbouw."),
         Block("h2", "Advies voor het plan van aanpak"),
         Block("p", "Start met ondersteunende taken (data-invoer, controle van aankomstschema's) 5 x 2 uur, "
                    "bouw elke twee weken op in overleg. Stel het plan van aanpak binnen 14 dagen op. Ik zie "
                    "hem over vier weken terug."),
         Block("p", "Deze rapportage geldt als probleemanalyse in de zin van artikel 2 van de Regeling procesgang "
                    "eerste en tweede ziektejaar."),
         Block("p", "Met collegiale groet,\n\nM.J. Ooms\nbedrijfsarts, BIG 29062208701")]
    soffice_pdf("PA_Okafor.rtf", rtf(b, font="URW Bookman", size=10), out(B, "PA_Okafor.pdf"), D("2024-04-16"))
    label(f"{B}/PA_Okafor.pdf", "probleemanalyse", "2024-04-16",
          "B;hand-written RTF -> LibreOffice pdf;worded 'advies over dreigend langdurig verzuim', consult dates "
          "15-04 and 28-03 beside the letter date")

    # B2 plan van aanpak in English (PeopleHub)
    b_hr("Return to work plan - C Okafor.pdf", "2024-04-26", "Return-to-Work Action Plan",
         [("Case manager", f"{B_HR}, HR Business Partner"), ("Company doctor", "M.J. Ooms (De Linge)"),
          ("Based on advice of", "16 April 2024"), ("Date of this plan", "26 April 2024")],
         [("Goal", "Return to own work as Inbound Planner, full hours, within about four months."),
          ("Agreed activities",
           "- Weeks 1-2: 5 x 2 hours data entry from home.\n- Weeks 3-6: 5 x 3 hours, one day per week at the "
           "Rotterdam site.\n- Coaching sessions with the team lead every two weeks.\n- Evaluation of this plan "
           "every six weeks; first evaluation early June."),
          ("Views of employer and employee (visie)",
           "Employer: we want to keep Chidi in the planning team and will shield him from escalations.\n"
           "Employee: I agree with the plan; working from home at first helps me a lot."),
          ("Signatures",
           "This plan of action (plan van aanpak) was agreed and signed by both parties on 26 April 2024.")],
         "Emma Lindqvist, HR Business Partner — signed\nChidi Okafor — signed",
         "Plan van aanpak — C. Okafor")
    label(f"{B}/Return to work plan - C Okafor.pdf", "plan_van_aanpak", "2024-04-26",
          "B;Chromium HR-system print (English);English 'Return-to-Work Action Plan', first sick day and advice "
          "date nearby")

    # B4 evaluation as docx attached to a mail; the mail only carries it
    b = [Block("h1", "Verslag van het gesprek"),
         Block("table", rows=[["Medewerker", "Chidi Okafor"], ["BSN", B_BSN],
                              ["Gesprek", "Voortgang plan van aanpak (2e evaluatie)"],
                              ["Datum", "19 juli 2024"], ["Deelnemers", "C. Okafor, E. Lindqvist, R. Visser "
                                                                         "(teamleider planning)"]]),
         Block("h2", "Hoe gaat het met de opbouw?"),
         Block("p", "Chidi werkt 5 x 4 uur, waarvan twee dagen op locatie. Het tempo van de dagplanning is nog "
                    "te hoog; hij doet nu de weekplanning en controles."),
         Block("h2", "Afspraken nagekomen?"),
         Block("p", "Ja, op het punt coaching na: twee sessies zijn uitgevallen door vakantie."),
         Block("h2", "Vervolg"),
         Block("p", "Opbouw naar 5 x 5 uur in augustus. Volgende evaluatie: 30 augustus 2024."),
         Block("small", "Opgesteld door E. Lindqvist op 19-07-2024; akkoord werknemer per mail.")]
    att = docx(b, "Verslag", "Emma Lindqvist", D("2024-07-19"), font="Verdana", company=B_WG)
    out(B, "Meeting notes 19-07-2024.eml").write_bytes(mail(
        "Emma Lindqvist <emma.lindqvist@nordvane.example>", "Chidi Okafor <c.okafor@nordvane.example>",
        "Notes of our meeting", dt.datetime(2024, 7, 22, 9, 3),
        "Hi Chidi,\n\nPlease find attached the notes (in Dutch, for the file) of our meeting last Friday. Let me "
        "know if anything is missing.\n\nKind regards,\nEmma\n", atts=[Att("Verslag van het gesprek.docx", att,
                                                                          "application/vnd.openxmlformats-"
                                                                          "officedocument.wordprocessingml."
                                                                          "document")]))
    label(f"{B}/Meeting notes 19-07-2024.eml::Verslag van het gesprek.docx", "tussentijdse_evaluatie",
          "2024-07-19", "B;hand-written OOXML docx in a raw Outlook mail;'Verslag van het gesprek', mail sent "
                        "22-07")

    # B5 forwarded mail (message/rfc822) holding the bedrijfsarts mail with a PostScript-made PDF
    ps = PS("rapportage", "De Linge")
    ps.text(72, 792, "Bedrijfsartsenpraktijk De Linge", "TB", 14)
    ps.text(72, 778, "Stationsweg 12, 4100 AA Culemborg", "T", 9)
    ps.line(72, 772, 523, 772, 0.8)
    ps.y = 745
    ps.text(72, ps.y, "Vervolgrapportage: bijgestelde probleemanalyse", "TB", 13)
    ps.y -= 24
    for k, v in [("Werknemer", "C. Okafor"), ("BSN", B_BSN), ("Werkgever", B_WG),
                 ("Datum consult", "5 november 2024"), ("Datum rapportage", "5 november 2024"),
                 ("Vorige rapportage", "probleemanalyse 16 april 2024")]:
        ps.text(72, ps.y, k, "T", 10.5)
        ps.text(230, ps.y, ": " + v, "T", 10.5)
        ps.y -= 14
    ps.y -= 8
    ps.para("Het herstel is in september teruggevallen. De eerder verwachte volledige terugkeer binnen zes maanden "
            "is niet gehaald. Ik stel mijn oordeel daarom bij.", size=10.5)
    ps.para("Belastbaarheid nu: maximaal 4 uur per dag, geen werk onder tijdsdruk, geen leidinggevende of "
            "coördinerende taken, geen wisselende diensten. Het eigen werk als planner is op termijn waarschijnlijk "
            "niet meer passend.", size=10.5)
    ps.para("Advies: laat een arbeidsdeskundig onderzoek doen naar passend werk, zowel binnen Nordvane als "
            "daarbuiten, en pas het plan van aanpak hierop aan.", size=10.5)
    ps.para("M.J. Ooms, bedrijfsarts", size=10.5)
    ps.pdf(TMP / "b5.pdf")
    inner = mail("M.J. Ooms <m.ooms@delinge.example>", "Emma Lindqvist <emma.lindqvist@nordvane.example>",
                 "Rapportage C. Okafor", dt.datetime(2024, 11, 5, 16, 20),
                 "Geachte mevrouw Lindqvist,\n\nBijgaand mijn rapportage na het spreekuur van vandaag.\n\nMet "
                 "vriendelijke groet,\nM.J. Ooms\n",
                 atts=[Att("rapportage 05-11.pdf", (TMP / "b5.pdf").read_bytes(), "application/pdf")],
                 mailer="thunderbird", key="b5-inner")
    out(B, "FW_ Rapportage C. Okafor.eml").write_bytes(mail(
        "Emma Lindqvist <emma.lindqvist@nordvane.example>", "Payroll NL <payroll@nordvane.example>",
        "FW: Rapportage C. Okafor", dt.datetime(2024, 11, 6, 8, 55),
        "FYI - updated advice of the company doctor, please file in the absence case.\n\nEmma\n",
        inline_rfc822=("Rapportage C. Okafor.eml", inner.replace(b"\r\n", b"\n"))))
    label(f"{B}/FW_ Rapportage C. Okafor.eml::Rapportage C. Okafor.eml::rapportage 05-11.pdf",
          "bijstelling_probleemanalyse", "2024-11-05",
          "B;own PostScript -> gs pdf inside a forwarded message/rfc822;nested container, 'Vervolgrapportage: "
          "bijgestelde probleemanalyse'")

    # B7 arbeidsdeskundig rapport: type only in the running header and in the cover sheet's 'Soort onderzoek'
    cover = ("<div style='margin-top:40mm;text-align:center'><div style='font-size:26pt;color:#3a5a40'>Rapportage"
             "</div><div style='font-size:12pt;margin-top:8mm'>Opdrachtgever: " + esc(B_WG) + "</div>"
             "<div style='font-size:12pt'>Betreft: de heer C. Okafor</div>"
             "<table style='margin:18mm auto 0;font-size:10pt;text-align:left'>"
             "<tr><td>Soort onderzoek</td><td>: arbeidsdeskundig onderzoek (spoor 1 / spoor 2)</td></tr>"
             "<tr><td>Rapportdatum</td><td>: 20 januari 2025</td></tr>"
             "<tr><td>Arbeidsdeskundige</td><td>: drs. R. Tjoa, register-arbeidsdeskundige</td></tr></table></div>")
    html = report_html(font="Nimbus Sans", accent="#3a5a40", letterhead="Ergon Arbeidsdeskundig Advies",
                       lh_sub="Postbus 7001 · 3000 HA Rotterdam · www.ergon-ad.example",
                       running="Arbeidsdeskundig onderzoek · C. Okafor · vertrouwelijk", cover=cover,
                       fields=[("Naam", "C. Okafor"), ("BSN", B_BSN), ("Functie", "Inbound Planner, 40 uur"),
                               ("Eerste ziektedag", num(B_D0)), ("Datum huisbezoek", "13 januari 2025")],
                       sections=[
                           ("Vraagstelling", "Is de eigen functie nog passend? Zo nee, is er passend werk binnen de "
                                             "organisatie, of moet een traject bij een andere werkgever (spoor 2) "
                                             "worden ingezet?"),
                           ("Belasting in de eigen functie", "Hoge tijdsdruk, dagelijkse escalaties met vervoerders, "
                                                             "wisselende diensten. Dit past niet bij de "
                                                             "belastbaarheid uit de rapportage van 5 november "
                                                             "2024."),
                           ("Interne mogelijkheden", "Onderzocht zijn de functies administratief medewerker "
                                                     "douane, data-analist voorraad en medewerker "
                                                     "klantenservice. Geen van deze functies is vrij, of ze vragen "
                                                     "werken onder dezelfde tijdsdruk."),
                           ("Conclusie", "Het eigen werk is niet passend. Passend werk in het eigen bedrijf is er "
                                         "niet. Ik adviseer direct een tweede-spoortraject te starten, gericht op "
                                         "administratief of ondersteunend werk in dagdienst, 20-24 uur per week."),
                       ], sign="Rotterdam, 20 januari 2025\ndrs. R. Tjoa, register-arbeidsdeskundige",
                       footer="Ergon Arbeidsdeskundig Advies")
    chromium_pdf(html, out(B, "Ergon rapport Okafor.pdf"), D("2025-01-20"))
    label(f"{B}/Ergon rapport Okafor.pdf", "arbeidsdeskundig_rapport", "2025-01-20",
          "B;Chromium report with @page running header;title page says only 'Rapportage', type in running "
          "header and a cover table, visit date 13-01")

    # B8 eerstejaarsevaluatie (English)
    b_hr("First year evaluation CO.pdf", "2025-02-18", "First-Year Evaluation (eerstejaarsevaluatie)",
         [("Meeting date", "18 February 2025"), ("Present", "C. Okafor, E. Lindqvist, R. Visser")],
         [("Looking back on the first year of sickness",
           "Chidi started working again in May 2024 and reached 5 x 5 hours in August. After a relapse in "
           "September his capacity went down (company doctor, 5 November 2024). The labour expert concluded on "
           "20 January 2025 that his own job no longer fits and that no suitable job is available at Nordvane."),
          ("Intended result for the second year",
           "Suitable work with another employer (second track / spoor 2), administrative or support work in "
           "day shifts, 20-24 hours. A re-integration agency will be engaged in March 2025."),
          ("Views (visie) of employer and employee",
           "Employer: we regret that return within Nordvane is not possible and will fund the second track.\n"
           "Employee: I understand the advice; I would prefer a job close to home.")],
         "Rotterdam, 18 February 2025\nEmma Lindqvist — signed        Chidi Okafor — signed",
         "Eerstejaarsevaluatie — C. Okafor")
    label(f"{B}/First year evaluation CO.pdf", "eerstejaarsevaluatie", "2025-02-18",
          "B;Chromium HR-system print (English);English title, earlier report dates in the text")

    # B9 bijstelling plan van aanpak (English docx with the type in the page header)
    b = [Block("h1", "Action plan — revision 2"),
         Block("table", rows=[["Employee", "Chidi Okafor"], ["BSN", B_BSN],
                              ["Original plan", "26 April 2024"], ["Revision 1", "not applicable"],
                              ["This revision", "3 March 2025"]]),
         Block("h2", "What changes"),
         Block("p", "The goal changes from 'return to own work' to 'suitable work with another employer' "
                    "(second track), following the labour expert's report and the first-year evaluation. Work in "
                    "track 1 (4 hours a day, support tasks) continues while the second track runs."),
         Block("h2", "New agreements"),
         Block("p", "- Werkpad Loopbaan & Re-integratie starts the second track; intake in March 2025.\n"
                    "- Chidi spends 8 hours a week on the second track within his working hours.\n"
                    "- Case manager stays Emma Lindqvist; evaluations every six weeks."),
         Block("p", "Agreed and signed on 3 March 2025 by Emma Lindqvist (HR) and Chidi Okafor.")]
    out(B, "Action plan rev2.docx").write_bytes(docx(
        b, "Action plan rev2", "Emma Lindqvist", D("2025-03-03"), font="Verdana", company=B_WG,
        header="Bijstelling plan van aanpak / Action plan revision\nNordvane Logistics Europe B.V. — HR"))
    label(f"{B}/Action plan rev2.docx", "bijstelling_plan_van_aanpak", "2025-03-03",
          "B;hand-written OOXML docx (English);Dutch type name only in the page header")

    # B10 trajectplan (Werkpad), cover letter first
    wp = dict(font="URW Gothic", accent="#c2410c", letterhead="Werkpad",
              lh_sub="Loopbaan & Re-integratie · Westblaak 0 · 3012 AA Rotterdam · info@werkpad.example")
    cover = letter_cover(["Nordvane Logistics Europe B.V.", "t.a.v. mevrouw E. Lindqvist", "Distributieweg 8",
                          "3199 LA  Rotterdam"], "Rotterdam, 24 maart 2025", "start traject de heer C. Okafor",
                         ["Geachte mevrouw Lindqvist,",
                          "Hartelijk dank voor uw opdracht. Op 17 maart 2025 hebben wij het intakegesprek met de "
                          "heer Okafor gevoerd. Bijgaand ontvangt u het plan dat wij samen met hem hebben "
                          "opgesteld. Wij rapporteren u elke twee maanden over de voortgang."],
                         ["Met vriendelijke groet,", "Ilse Brandsma", "loopbaancoach Werkpad"])
    html = report_html(**wp, cover=cover, running="Werkpad · C. Okafor", title="Trajectplan tweede spoor",
                       fields=[("Kandidaat", "C. Okafor"), ("BSN", B_BSN), ("Werkgever", B_WG),
                               ("Datum intake", "17-03-2025"), ("Datum trajectplan", "24-03-2025"),
                               ("Looptijd", "6 maanden, verlenging mogelijk")],
                       sections=[("Persoonsprofiel", "Hbo logistiek, 9 jaar ervaring in planning. Sterk in "
                                                     "analyse en Excel; belastbaar voor rustig, "
                                                     "voorspelbaar werk, 4 uur per dag."),
                                 ("Zoekprofiel", "Administratief medewerker, data-invoer, backoffice "
                                                 "logistiek, in dagdienst binnen 30 minuten reistijd van "
                                                 "Schiedam."),
                                 ("Activiteiten", "- Arbeidsmarktoriëntatie en netwerkanalyse (maand 1)\n- CV en "
                                                  "LinkedIn-profiel (maand 1)\n- Actief solliciteren: minimaal "
                                                  "2 gerichte sollicitaties per week (vanaf maand 2)\n- Eventueel "
                                                  "werkervaringsplaats")],
                       sign="Ilse Brandsma, loopbaancoach — voor akkoord: C. Okafor", footer="Werkpad — trajectplan")
    chromium_pdf(html, out(B, "Werkpad intake.pdf"), D("2025-03-24"))
    label(f"{B}/Werkpad intake.pdf", "trajectplan_tweede_spoor", "2025-03-24",
          "B;Chromium bureau report;file named 'intake', cover letter page 1, intake date 17-03")

    def werkpad_report(when: str, period: str, nr: int, acts: str, result: str) -> str:
        return report_html(**wp, running=f"Werkpad · voortgangsrapportage {nr} · C. Okafor",
                           title=f"Voortgangsrapportage {nr}",
                           fields=[("Kandidaat", "C. Okafor"), ("BSN", B_BSN), ("Rapportageperiode", period),
                                   ("Datum rapportage", num(when)), ("Coach", "Ilse Brandsma")],
                           sections=[("Activiteiten in deze periode", acts), ("Resultaat en inzet", result),
                                     ("Vervolg", "Wij zetten het traject voort volgens het trajectplan.")],
                           sign="Ilse Brandsma, loopbaancoach", footer="Werkpad — rapportage")

    chromium_pdf(werkpad_report("2025-05-26", "24-03-2025 t/m 23-05-2025", 1,
                                "6 coachgesprekken; cv en profiel afgerond; 11 sollicitaties verstuurd; 3 "
                                "netwerkgesprekken.",
                                "Chidi is gemotiveerd en komt afspraken na. Nog geen uitnodiging voor een gesprek."),
                 out(B, "Werkpad rapportage mei.pdf"), D("2025-05-26"))
    label(f"{B}/Werkpad rapportage mei.pdf", "voortgangsrapportage_tweede_spoor", "2025-05-26",
          "B;Chromium bureau report;period dates beside the report date")
    tmp = TMP / "b12.pdf"
    chromium_pdf(werkpad_report("2025-07-28", "26-05-2025 t/m 25-07-2025", 2,
                                "5 coachgesprekken; 14 sollicitaties; 2 sollicitatiegesprekken (Havenbedrijf "
                                "Vlaardingen, afgewezen; Tuincentrum Kethel, afgewezen).",
                                "Goede inzet. Wij zoeken nu ook naar een werkervaringsplaats."), tmp,
                 D("2025-07-28"))
    out(B, "Werkpad_update.eml").write_bytes(mail(
        "Ilse Brandsma <ilse@werkpad.example>", "Emma Lindqvist <emma.lindqvist@nordvane.example>",
        "Rapportage 2 Okafor", dt.datetime(2025, 7, 29, 11, 2),
        "Beste Emma,\n\nIn de bijlage de tweede rapportage. Eind september volgt de volgende.\n\nGroet,\nIlse\n",
        atts=[Att("Voortgangsrapportage 2.pdf", tmp.read_bytes(), "application/pdf")], mailer="apple"))
    label(f"{B}/Werkpad_update.eml::Voortgangsrapportage 2.pdf", "voortgangsrapportage_tweede_spoor",
          "2025-07-28", "B;Chromium pdf attached to an Apple Mail message;mail sent a day later")

    # B13 third progress report: upright image, but the page carries /Rotate 90 (shows sideways)
    chromium_pdf(werkpad_report("2025-09-29", "28-07-2025 t/m 26-09-2025", 3,
                                "4 coachgesprekken; 9 sollicitaties; werkervaringsplaats bij Stichting "
                                "Voedselbank Schiedam (administratie) per 1 september, 8 uur per week.",
                                "De werkervaringsplaats verloopt goed. Kans op een betaalde functie is klein."),
                 TMP / "b13.pdf", D("2025-09-29"))
    page = grey_scan(render(TMP / "b13.pdf", dpi=130), 13, angle=-1.1)
    image_pdf([page], out(B, "scan0913.pdf"), D("2025-09-30"), rotate=90)
    label(f"{B}/scan0913.pdf", "voortgangsrapportage_tweede_spoor", "2025-09-29",
          "B;Chromium -> Pillow scan, image-only pdf with /Rotate 90;page displays sideways, generic name")

    # B15 eindrapportage, B16 actueel oordeel, B17 medical mail, B18 eindevaluatie, B19 oordeel werknemer
    chromium_pdf(report_html(**wp, running="Werkpad · afsluiting traject · C. Okafor", title="Eindrapportage",
                             fields=[("Kandidaat", "C. Okafor"), ("BSN", B_BSN),
                                     ("Trajectduur", "17-03-2025 t/m 21-11-2025"),
                                     ("Datum eindrapportage", "28-11-2025")],
                             sections=[("Verloop", "In acht maanden zijn 41 sollicitaties verstuurd en 4 gesprekken "
                                                   "gevoerd. Sinds september werkt Chidi 8 uur per week op een "
                                                   "werkervaringsplaats."),
                                       ("Resultaat", "Er is geen betaald passend werk gevonden. Het traject wordt "
                                                     "afgesloten in verband met de WIA-aanvraag."),
                                       ("Advies", "Werkervaringsplaats voortzetten; na de WIA-beoordeling bezien "
                                                  "of een vervolgtraject zinvol is.")],
                             sign="Ilse Brandsma, loopbaancoach", footer="Werkpad — eindrapportage"),
                 out(B, "Werkpad eindrapport.pdf"), D("2025-11-28"))
    label(f"{B}/Werkpad eindrapport.pdf", "eindrapportage_tweede_spoor", "2025-11-28",
          "B;Chromium bureau report;trajectory start/end dates in a table")
    b = [Block("b", "Bedrijfsartsenpraktijk De Linge"),
         Block("small", "Stationsweg 12 · 4100 AA Culemborg"),
         Block("h1", "Actueel oordeel bedrijfsarts"),
         Block("p", "ten behoeve van het re-integratieverslag (WIA-aanvraag)"),
         Block("table", rows=[["Werknemer", "C. Okafor"], ["BSN", B_BSN], ["Werkgever", B_WG],
                              ["Eerste ziektedag", "11-03-2024"], ["Datum laatste spreekuur", "24-11-2025"],
                              ["Datum van dit oordeel", "24-11-2025"]]),
         Block("h2", "Verloop en huidige belastbaarheid"),
         Block("p", "Na aanvankelijk herstel in 2024 trad een terugval op. Sindsdien is de belastbaarheid stabiel "
                    "laag: maximaal 4 uur per dag, geen tijdsdruk, geen wisseldiensten. Verbetering op korte "
                    "termijn verwacht ik niet."),
         Block("h2", "Arbeidsrelatie"),
         Block("p", "Werkgever en werknemer gaan goed met elkaar om; ik zie geen verstoring."),
         Block("h2", "Passende arbeid bij de werkgever"),
         Block("p", "Binnen Nordvane is geen passend werk beschikbaar (zie arbeidsdeskundig rapport 20-01-2025)."),
         Block("p", "M.J. Ooms, bedrijfsarts\nCulemborg, 24 november 2025")]
    soffice_pdf("AO.rtf", rtf(b, font="URW Bookman", size=10), out(B, "AO bedrijfsarts.pdf"), D("2025-11-24"))
    label(f"{B}/AO bedrijfsarts.pdf", "actueel_oordeel", "2025-11-24",
          "B;hand-written RTF -> LibreOffice pdf;file name 'AO', AD report date in the text")
    out(B, "FW_ info UWV.eml").write_bytes(mail(
        "M.J. Ooms <m.ooms@delinge.example>", "Emma Lindqvist <emma.lindqvist@nordvane.example>",
        "info UWV Okafor", dt.datetime(2025, 11, 24, 17, 40),
        "Mevrouw Lindqvist,\n\nOnderstaand de medische informatie voor de WIA-aanvraag van de heer Okafor "
        "(BSN " + B_BSN + "). Graag in een gesloten envelop doorsturen.\n\n"
        "MEDISCHE INFORMATIE - MEDISCH GEHEIM\nDatum: 24 november 2025\n\n"
        "Diagnose: recidiverende depressieve stoornis, matig ernstig (F33.1), met angstklachten.\n"
        "Behandeling: GZ-psycholoog (cognitieve gedragstherapie) sinds mei 2024; psychiater Parnassia-"
        "poli sinds oktober 2024; sertraline 100 mg.\nBeloop: verbetering tot augustus 2024, terugval "
        "september 2024 na stoppen medicatie; sindsdien gedeeltelijke remissie.\nPrognose: beperkt; "
        "restverschijnselen verwacht.\n\nM.J. Ooms, bedrijfsarts\n", mailer="thunderbird"))
    label(f"{B}/FW_ info UWV.eml", "medische_informatie", "2025-11-24",
          "B;raw Thunderbird mail;medical information typed in a mail body sent to HR (should not be there)")
    b_hr("Final evaluation (eindevaluatie).pdf", "2025-12-04", "Final Evaluation — eindevaluatie",
         [("Nature of the business (aard van het bedrijf)", "Third-party logistics, warehousing and transport "
                                                            "planning; approx. 320 employees in NL"),
          ("Date of final evaluation", "4 December 2025"),
          ("Based on", "actueel oordeel company doctor 24 November 2025")],
         [("Looking back on two years", "Track 1 from April 2024; relapse in September 2024; labour expert "
                                        "advice January 2025; second track with Werkpad from March to November "
                                        "2025 without paid work."),
          ("Quality of the working relationship", "Good; no disputes."),
          ("Suitable work at the employer", "None available (see labour expert report)."),
          ("WIA application", "Chidi will apply for WIA benefit; this evaluation is part of the return-to-work "
                              "report (re-integratieverslag).")],
         "Rotterdam, 4 December 2025\nEmma Lindqvist — signed        Chidi Okafor — signed",
         "Eindevaluatie — C. Okafor")
    label(f"{B}/Final evaluation (eindevaluatie).pdf", "eindevaluatie", "2025-12-04",
          "B;Chromium HR-system print (English);AO date in the fields")
    out(B, "Re_ RIV copy.eml").write_bytes(mail(
        "Chidi Okafor <chidi.okafor@thuismail.example>", "Emma Lindqvist <emma.lindqvist@nordvane.example>",
        "Re: RIV copy", dt.datetime(2025, 12, 15, 21, 14),
        "Dear Emma,\n\nThank you for the copy of the return-to-work report. As asked by UWV, this is my own view "
        "on it (oordeel werknemer).\n\nBSN: " + B_BSN + "\nDate: 15 December 2025\n\n"
        "I agree with most of the report. I do not agree with the statement in the first-year evaluation that "
        "the second track could only start in March 2025: I asked for it in November 2024. Apart from that "
        "the efforts of Nordvane and Werkpad are described correctly.\n\nKind regards,\nChidi Okafor\n\n"
        "On 12 Dec 2025, at 10:02, Emma Lindqvist wrote:\n> Hi Chidi, attached the RIV for your review.\n",
        mailer="apple"))
    label(f"{B}/Re_ RIV copy.eml", "oordeel_werknemer", "2025-12-15",
          "B;raw Apple Mail message (English);employee's view typed in the body, quoted earlier mail date")

    # non-RIV: training certificate, company car letter
    chromium_pdf(report_html(font="C059", accent="#14213d", letterhead="Nordvane Academy",
                             lh_sub="Internal training", title="Certificate of completion",
                             sections=[("", "This certifies that Chidi Okafor has completed the course "
                                            "'Reach truck safety refresher' (4 hours) on 8 February 2024."),
                                       ("", "Trainer: K. de Wilde · Certificate no. NA-2024-0192")],
                             footer="Nordvane Academy"),
                 out(B, "Certificate_reachtruck.pdf"), D("2024-02-08"))
    label(f"{B}/Certificate_reachtruck.pdf", None, None, "B;Chromium certificate;training certificate, English")
    b = [Block("p", "Nordvane Logistics Europe B.V. — Fleet & Facilities"),
         Block("p", "Rotterdam, 3 September 2024"),
         Block("b", "Subject: return of your lease car during sick leave"),
         Block("p", "Dear Chidi,\nAs agreed in the return-to-work plan, you are working from home most days. "
                    "Under the company car policy the lease car (NL-00-AB) will be returned on 16 September "
                    "2024. You will receive a travel allowance for the days you work on site.\nKind regards,\n"
                    "Fleet desk")]
    out(B, "Lease car letter.docx").write_bytes(docx(b, "Lease car", "Fleet desk", D("2024-09-03"),
                                                     company=B_WG))
    label(f"{B}/Lease car letter.docx", None, None,
          "B;hand-written OOXML docx;company-car letter that mentions the return-to-work plan")


# ================================================================ case C: dossier vd Bergh
# klantadviseur at a housing corporation; arbodienst reports made in own PostScript; ODT kept; phone photos;
# the employee asked UWV for a deskundigenoordeel

C = "dossier vd Bergh"
C_BSN = make_bsn(303)
C_D0 = "2024-05-20"
C_WG = "Woonstichting Reigerhof"


def baken_ps(title: str, subtitle: str, fields: list[tuple[str, str]], paras: list[tuple[str, str]],
             sign: str) -> PS:
    ps = PS(title, "Arbodienst Het Baken")
    ps.box(72, 770, 451, 36, fill=0.9)
    ps.text(80, 791, "ARBODIENST HET BAKEN", "HB", 13)
    ps.text(80, 778, "Vestiging Gouda · Burgemeester Jamessingel 0 · 2803 AA Gouda · 0182-000000", "H", 7.5)
    ps.right(515, 791, "Rapportage aan werkgever en werknemer", "H", 7.5)
    ps.y = 745
    ps.text(72, ps.y, title, "HB", 15)
    ps.y -= 15
    if subtitle:
        ps.text(72, ps.y, subtitle, "HO", 9)
        ps.y -= 10
    ps.y -= 8
    for k, v in fields:
        ps.box(72, ps.y - 5, 150, 16, fill=0.95)
        ps.box(222, ps.y - 5, 301, 16)
        ps.text(77, ps.y, k, "H", 8.5)
        ps.text(227, ps.y, v, "H", 9)
        ps.y -= 16
    ps.y -= 12
    for h, t in paras:
        ps.text(72, ps.y, h, "HB", 10)
        ps.y -= 14
        ps.para(t, font="H", size=9.5, gap=6)
    ps.y -= 6
    for ln in sign.split("\n"):
        ps.text(72, ps.y, ln, "H", 9.5)
        ps.y -= 13
    return ps


C_FIELDS = [("Naam werknemer", "M. van den Bergh-Tol"), ("Burgerservicenummer", C_BSN),
            ("Werkgever", "Woonstichting Reigerhof, Gouda"), ("Functie", "Klantadviseur wonen, 28 uur"),
            ("Eerste ziektedag", "20-05-2024")]


def case_c() -> None:
    baken_ps("Probleemanalyse", "conform artikel 2 Regeling procesgang eerste en tweede ziektejaar",
             C_FIELDS + [("Datum spreekuur", "25-06-2024"), ("Datum rapportage", "25-06-2024")],
             [("Dreigend langdurig verzuim", "Ja. Ik verwacht dat mevrouw langer dan 13 weken niet volledig kan "
                                             "werken."),
              ("Beperkingen en mogelijkheden", "Beperkt in het omgaan met conflicten en agressie van klanten, in "
                                               "telefonisch werk met hoge frequentie en in werken onder "
                                               "tijdsdruk. Mogelijk: administratief werk zonder klantcontact, "
                                               "2 uur per dag."),
              ("Prognose", "Gunstig op middellange termijn (drie tot zes maanden), mits de werkdruk beperkt "
                           "blijft."),
              ("Advies", "Start binnen twee weken met aangepast werk in de backoffice. Maak samen het plan van "
                         "aanpak. Bespreek ook de werksituatie: mevrouw ervaart veel spanning in het team.")],
             "A. Lammers, bedrijfsarts (BIG 69011234501)\nGouda, 25 juni 2024").pdf(out(C, "PA 25-6.pdf"))
    label(f"{C}/PA 25-6.pdf", "probleemanalyse", "2024-06-25",
          "C;own PostScript -> Ghostscript pdf;boxed form layout, first sick day in the same box column")

    b = [Block("small", "Woonstichting Reigerhof · afdeling HRM"),
         Block("h1", "Plan van aanpak"),
         Block("table", rows=[["Werknemer", "Marieke van den Bergh-Tol"], ["BSN", C_BSN],
                              ["Leidinggevende / casemanager", "F. Dijkhuis, teamleider Klantcontact"],
                              ["Bedrijfsarts", "A. Lammers, Arbodienst Het Baken"],
                              ["Probleemanalyse van", "25-06-2024"], ["Datum plan", "05-07-2024"]]),
         Block("h2", "Doel"), Block("p", "Terugkeer in de eigen functie van klantadviseur wonen binnen zes maanden."),
         Block("h2", "Wat gaan we doen?"),
         Block("table", rows=[["Activiteit", "Wanneer", "Verantwoordelijk"],
                              ["Backoffice-werk (mutaties, huuradministratie) 5 x 2 uur", "vanaf 8 juli",
                               "Marieke / Frank"],
                              ["Gesprek over de spanning in het team met HRM", "juli", "HRM"],
                              ["Opbouw met 2 uur per week per twee weken", "vanaf augustus", "Marieke"],
                              ["Evaluatie", "elke 6 weken (eerste 16 augustus)", "Frank"]]),
         Block("h2", "Visie"),
         Block("p", "Werkgever: we willen Marieke graag behouden voor het klantcontact.\nWerknemer: ik wil eerst "
                    "rust in het team voordat ik weer aan de balie sta."),
         Block("p", "Gouda, 5 juli 2024 — getekend F. Dijkhuis en M. van den Bergh-Tol")]
    out(C, "Plan van aanpak.odt").write_bytes(odt(b, "Plan van aanpak", "F. Dijkhuis", D("2024-07-05"),
                                                  font="Nimbus Sans"))
    label(f"{C}/Plan van aanpak.odt", "plan_van_aanpak", "2024-07-05",
          "C;hand-written ODT kept as .odt;PA date and first evaluation date in the table")

    # C3 evaluation form photographed with a phone, hand signatures
    ps = PS("evaluatie", "Reigerhof")
    ps.text(72, 792, "Woonstichting Reigerhof", "TB", 14)
    ps.text(72, 776, "Evaluatieformulier plan van aanpak", "T", 12)
    ps.line(72, 770, 523, 770)
    ps.y = 748
    for k, v in [("Medewerker", "M. van den Bergh-Tol"), ("BSN", C_BSN), ("Datum evaluatie", "16-08-2024"),
                 ("Evaluatie nr.", "1")]:
        ps.text(72, ps.y, k + ":", "T", 11)
        ps.text(200, ps.y, v, "C", 11)
        ps.y -= 16
    ps.y -= 10
    for h, t in [("Voortgang", "Werkt 5 x 3 uur in de backoffice. Het gesprek met HRM over het team is gevoerd; "
                               "er volgt mediation."),
                 ("Afspraken nagekomen", "Ja."),
                 ("Nieuwe afspraken", "Opbouw naar 5 x 4 uur; nog geen baliewerk. Volgende evaluatie 27 "
                                      "september 2024.")]:
        ps.text(72, ps.y, h, "TB", 11)
        ps.y -= 15
        ps.para(t, font="T", size=11)
    ps.text(72, ps.y - 20, "Handtekening werkgever:", "T", 10)
    ps.text(320, ps.y - 20, "Handtekening werknemer:", "T", 10)
    ps.pdf(TMP / "c3.pdf")
    page = render(TMP / "c3.pdf", dpi=110).convert("RGB")
    dr = ImageDraw.Draw(page)
    y = int(page.size[1] * (1 - (ps.y - 45) / 842))
    signature(dr, 110, y, 31, 1.0)
    signature(dr, 500, y, 32, 1.0, fill=(10, 10, 10))
    save_jpeg(phone_photo(page, 33, out_w=1100), out(C, "evaluatie aug.jpg"), quality=58)
    label(f"{C}/evaluatie aug.jpg", "tussentijdse_evaluatie", "2024-08-16",
          "C;own PostScript -> phone photo JPEG;photo with two hand signatures")

    # C5 deskundigenoordeel: covering letter first, the judgement on page 2
    uwv_letter_ps(["Mevrouw M. van den Bergh-Tol", "Goudsbloemstraat 9", "2805 AB  Gouda"], "12 december 2024",
                  "Uw aanvraag van 4 november 2024", C_BSN,
                  ["Geachte mevrouw Van den Bergh-Tol,",
                   "U hebt ons op 4 november 2024 om een deskundigenoordeel gevraagd. U wilde weten of uw werkgever "
                   "voldoende doet aan uw re-integratie. In de bijlage leest u ons oordeel. Een kopie sturen wij "
                   "aan Woonstichting Reigerhof.",
                   "Een deskundigenoordeel is een advies. Het is geen besluit; u kunt er geen bezwaar tegen maken.",
                   "Met vriendelijke groet,", "UWV, namens deze: R. Ekelschot, arbeidsdeskundige"],
                  extra_pages=[("Deskundigenoordeel re-integratie-inspanningen", [
                      "## Vraag", "Doet de werkgever voldoende aan de re-integratie van werknemer?",
                      "## Gesprekken", "Op 28 november 2024 gesprekken met werknemer en met de heer F. Dijkhuis; "
                                       "inzage in het plan van aanpak van 5 juli 2024 en de evaluaties.",
                      "## Beoordeling", "De werkgever heeft passend werk in de backoffice aangeboden en mediation "
                                        "geregeld. De opbouw is echter sinds oktober stilgevallen zonder dat het "
                                        "plan van aanpak is aangepast of de bedrijfsarts opnieuw is "
                                        "geraadpleegd.",
                      "## Oordeel", "De re-integratie-inspanningen van de werkgever zijn op dit moment niet "
                                    "voldoende. Wij adviseren de probleemanalyse te laten bijstellen en het plan "
                                    "van aanpak daarop aan te passen.",
                      "Datum: 12 december 2024 — R. Ekelschot, arbeidsdeskundige UWV"])]).pdf(
        out(C, "UWV/brief UWV 12-12.pdf"))
    label(f"{C}/UWV/brief UWV 12-12.pdf", "deskundigenoordeel", "2024-12-12",
          "C;own PostScript -> Ghostscript pdf;covering letter on page 1, the judgement on page 2, request date "
          "4-11 and talk date 28-11")

    baken_ps("Rapportage bedrijfsarts", "vervolgconsult — bijstelling van de probleemanalyse van 25-06-2024",
             C_FIELDS + [("Datum spreekuur", "21-01-2025"), ("Datum rapportage", "21-01-2025")],
             [("Aanleiding", "Advies van UWV (deskundigenoordeel 12-12-2024) en stagnatie van de opbouw."),
              ("Gewijzigde belastbaarheid", "Het eigen werk met frontoffice-contact is voorlopig niet haalbaar. "
                                            "Beperkt voor conflicthantering en agressie; maximaal 5 uur per dag; "
                                            "geen avonddiensten. Zie bijgevoegde functionele mogelijkhedenlijst."),
              ("Advies", "Richt de re-integratie op structureel backoffice-werk; laat een arbeidsdeskundige "
                         "meekijken als dit intern niet lukt.")],
             "A. Lammers, bedrijfsarts (BIG 69011234501)\nGouda, 21 januari 2025").pdf(
        out(C, "Baken rapportage jan 2025.pdf"))
    label(f"{C}/Baken rapportage jan 2025.pdf", "bijstelling_probleemanalyse", "2025-01-21",
          "C;own PostScript -> Ghostscript pdf;title 'Rapportage bedrijfsarts', bijstelling only in the subtitle")

    # C7 FML-style grid (PostScript table)
    ps = PS("FML", "Arbodienst Het Baken")
    ps.text(72, 792, "Functionele Mogelijkhedenlijst (bedrijfsarts)", "HB", 13)
    ps.text(72, 778, f"M. van den Bergh-Tol · BSN {C_BSN} · datum beoordeling 21-01-2025 · A. Lammers, "
                     "bedrijfsarts", "H", 8)
    y = 752
    rows = [("Rubriek", "Item", "Beoordeling"),
            ("1 Persoonlijk functioneren", "1.9.3 handelingstempo", "beperkt: geen hoog tempo"),
            ("1 Persoonlijk functioneren", "1.9.7 deadlines/productiepieken", "beperkt"),
            ("2 Sociaal functioneren", "2.8 conflicthantering", "beperkt: geen conflicten/agressie"),
            ("2 Sociaal functioneren", "2.9 samenwerken", "normaal"),
            ("3 Fysieke omgevingseisen", "—", "geen beperkingen"),
            ("4 Dynamische handelingen", "—", "geen beperkingen"),
            ("5 Statische houdingen", "—", "geen beperkingen"),
            ("6 Werktijden", "6.1 uren per dag", "beperkt: max. 5 uur per dag, 25 uur per week"),
            ("6 Werktijden", "6.3 avond/nachtwerk", "niet in avond- of nachtdiensten")]
    for i, (a, b_, c) in enumerate(rows):
        ps.box(72, y - 6, 150, 18, fill=0.85 if i == 0 else None)
        ps.box(222, y - 6, 140, 18, fill=0.85 if i == 0 else None)
        ps.box(362, y - 6, 161, 18, fill=0.85 if i == 0 else None)
        f = "HB" if i == 0 else "H"
        ps.text(76, y, a, f, 8)
        ps.text(226, y, b_, f, 8)
        ps.text(366, y, c, f, 8)
        y -= 18
    ps.text(72, y - 14, "Normaalwaarde: waar geen beperking is vermeld, geldt de belastbaarheid van een gezond "
                        "persoon.", "HO", 8)
    ps.pdf(out(C, "bijlage bij rapportage.pdf"))
    label(f"{C}/bijlage bij rapportage.pdf", "inzetbaarheidsprofiel", "2025-01-21",
          "C;own PostScript table -> Ghostscript pdf;generic name, 'Functionele Mogelijkhedenlijst' heading")

    # C8 42-week report: two pages scanned onto one landscape sheet
    ps = PS("ziekmelding", "Reigerhof")
    ps.text(72, 792, "Kopie ziekmelding UWV (langer dan 42 weken ziek)", "HB", 12)
    ps.y = 760
    for k, v in [("Werkgever", C_WG), ("Loonheffingennummer", "8092.71.336.L01"), ("Werknemer",
                                                                                      "M. van den Bergh-Tol"),
                 ("BSN", C_BSN), ("Eerste ziektedag", "20-05-2024"), ("Verwachte duur", "onbekend"),
                 ("Datum van deze melding", "03-03-2025"), ("Ingediend door", "F. Dijkhuis, HRM")]:
        ps.text(72, ps.y, k, "H", 10)
        ps.text(240, ps.y, v, "H", 10)
        ps.y -= 16
    ps.new_page()
    ps.text(72, 792, "Vervolg: toelichting bij de ziekmelding", "HB", 12)
    ps.y = 760
    ps.para("Werknemer werkt gedeeltelijk (5 x 4 uur backoffice). Er loopt geen regres. Het is geen "
            "arbeidsongeval. De melding is op 3 maart 2025 via het werkgeversportaal verzonden; kenmerk "
            "ZM-8810-2025.", font="H", size=10)
    ps.pdf(TMP / "c8.pdf")
    p1, p2 = render(TMP / "c8.pdf", 0, 90), render(TMP / "c8.pdf", 1, 90)
    sheet = Image.new("L", (p1.size[0] * 2 + 30, p1.size[1] + 20), 250)
    sheet.paste(p1, (10, 10))
    sheet.paste(p2, (p1.size[0] + 20, 10))
    image_pdf([grey_scan(sheet, 38, angle=0.4)], out(C, "ziekmelding 42 wkn.pdf"), D("2025-03-04"), dpi=90)
    label(f"{C}/ziekmelding 42 wkn.pdf", "ziekmelding_uwv", "2025-03-03",
          "C;own PostScript -> 2-up grey scan, image-only pdf;two pages on one landscape sheet")

    # C9 eerstejaarsevaluatie: HTML through LibreOffice
    ej = ("<html><head><meta charset='utf-8'><style>body{font-family:'Nimbus Sans';font-size:10.5pt} "
          "td{border:1px solid #999;padding:3px}</style></head><body>"
          "<p style='color:#555'>Woonstichting Reigerhof – HRM</p><h1>Evaluatie 1e ziektejaar</h1>"
          f"<table><tr><td>Werknemer</td><td>M. van den Bergh-Tol</td></tr><tr><td>BSN</td><td>{C_BSN}</td></tr>"
          "<tr><td>Eerste ziektedag</td><td>20-05-2024</td></tr><tr><td>Datum</td><td>29-04-2025</td></tr></table>"
          "<h2>Het eerste jaar</h2><p>Na de probleemanalyse van juni 2024 is Marieke gestart in de backoffice. De "
          "opbouw stokte in oktober. Na het deskundigenoordeel van december 2024 is de probleemanalyse "
          "bijgesteld; sindsdien werkt zij 5 x 4 uur in de backoffice.</p>"
          "<h2>Wat willen we aan het eind van het tweede ziektejaar bereiken?</h2><p>Een vaste functie als "
          "medewerker verhuuradministratie, 24 uur. Terug naar het klantcontact is niet realistisch. Een tweede "
          "spoor is niet nodig zolang deze functie beschikbaar is; herbeoordeling in september 2025.</p>"
          "<h2>Visie werkgever / werknemer</h2><p>Werkgever: positief over de inzet.<br>Werknemer: ik kan me "
          "hierin vinden.</p><p>Gouda, 29 april 2025 – F. Dijkhuis (casemanager), M. van den Bergh-Tol</p>"
          "</body></html>")
    soffice_pdf("eje.html", ej.encode(), out(C, "Evaluatie 1e ziektejaar.pdf"), D("2025-04-29"))
    label(f"{C}/Evaluatie 1e ziektejaar.pdf", "eerstejaarsevaluatie", "2025-04-29",
          "C;HTML -> LibreOffice pdf;'Evaluatie 1e ziektejaar' wording")

    # C10 'Verslag van het gesprek' that is a periodic evaluation
    b = [Block("h1", "Verslag van het gesprek op 17 juni 2025"),
         Block("p", f"Deelnemers: Marieke van den Bergh-Tol, Frank Dijkhuis (casemanager)\nBSN: {C_BSN}"),
         Block("h2", "Waar staan we?"),
         Block("p", "De opbouw naar 24 uur is gelukt. De functie medewerker verhuuradministratie is per 1 juli "
                    "vacant. Marieke doet al een deel van de taken."),
         Block("h2", "Lopen de afspraken uit het plan?"),
         Block("p", "Ja. Alleen de cursus huurrecht is uitgesteld naar het najaar."),
         Block("h2", "Afspraken"),
         Block("p", "Het plan van aanpak wordt aangepast (nieuw doel: andere functie, spoor 1). Volgende "
                    "evaluatie eind juli 2025."),
         Block("p", "Opgesteld: 17 juni 2025, F. Dijkhuis")]
    soffice_pdf("verslag.rtf", rtf(b, font="C059", size=11), out(C, "verslag gesprek 17 juni.pdf"), D("2025-06-17"))
    label(f"{C}/verslag gesprek 17 juni.pdf", "tussentijdse_evaluatie", "2025-06-17",
          "C;hand-written RTF -> LibreOffice pdf;'Verslag van het gesprek' that is an evaluation")

    # C11 bijstelling plan van aanpak, printed on a dot-matrix printer and scanned faintly
    ps = PS("bijstelling", "Reigerhof")
    ps.y = 790
    for ln in ["WOONSTICHTING REIGERHOF            HRM / VERZUIM", "=" * 56,
               "BIJSTELLING PLAN VAN AANPAK", "", "WERKNEMER  : M. VAN DEN BERGH-TOL", f"BSN        : {C_BSN}",
               "PVA D.D.   : 05-07-2024", "DATUM      : 24-06-2025", "",
               "NIEUW DOEL : FUNCTIE MEDEWERKER VERHUURADMINISTRATIE,", "             24 UUR, PER 01-07-2025 (SPOOR 1)",
               "", "AFSPRAKEN:", "- PLAATSING PER 01-07-2025, PROEFPERIODE 2 MND.",
               "- CURSUS HUURRECHT NAJAAR 2025", "- EVALUATIE ELKE 6 WEKEN BLIJFT",
               "- CASEMANAGER: F. DIJKHUIS", "", "AKKOORD WERKGEVER:  F.D.     AKKOORD WERKNEMER:  M.vdB.",
               "", "GOUDA, 24-06-2025"]:
        ps.text(60, ps.y, ln, "CB", 11)
        ps.y -= 15
    ps.pdf(TMP / "c11.pdf")
    image_pdf([grey_scan(dot_matrix(render(TMP / "c11.pdf", dpi=200), 11).resize((1240, 1754)), 111, angle=-0.4)],
              out(C, "scan0007.pdf"), D("2025-06-25"), quality=50)
    label(f"{C}/scan0007.pdf", "bijstelling_plan_van_aanpak", "2025-06-24",
          "C;own PostScript -> faint dot-matrix scan, image-only pdf;all capitals, dotted glyphs, PvA date "
          "05-07-2024 above")

    # C14 medical: hospital letter to the GP, photographed by the employee
    ps = PS("neurologie", "ziekenhuis")
    ps.text(72, 792, "Ziekenhuis Midden-Holland Oost", "TB", 13)
    ps.text(72, 779, "Polikliniek Neurologie · locatie Gouda", "T", 9)
    ps.y = 740
    for ln in ["Aan: huisarts J. Verbeek, Gouda", "Kopie: patiënt", "",
               "Betreft: mevrouw M. van den Bergh-Tol, geb. 23-01-1971", "Datum: 30 september 2025", ""]:
        ps.text(72, ps.y, ln, "T", 10.5)
        ps.y -= 14
    ps.para("Geachte collega,", size=10.5)
    ps.para("Uw patiënte bezocht op 22 september 2025 onze polikliniek wegens hoofdpijn en concentratieklachten. "
            "Anamnese: sinds 2024 dagelijkse spanningshoofdpijn, slecht slapen. Neurologisch onderzoek: geen "
            "afwijkingen. MRI cerebrum: geen afwijkingen.", size=10.5)
    ps.para("Conclusie: chronische spanningshoofdpijn met medicatie-overgebruik (paracetamol/ibuprofen). "
            "Beleid: staken pijnstillers gedurende 3 maanden, amitriptyline 10 mg a.n., verwijzing "
            "psychosomatische fysiotherapie. Controle over drie maanden.", size=10.5)
    ps.para("Met collegiale groet,\ndr. P. Santoso, neuroloog", size=10.5)
    ps.pdf(TMP / "c14.pdf")
    save_jpeg(phone_photo(render(TMP / "c14.pdf", dpi=110), 14, out_w=1100), out(C, "brief neuroloog.jpg"), 58)
    label(f"{C}/brief neuroloog.jpg", "medische_informatie", "2025-09-30",
          "C;own PostScript -> phone photo JPEG;specialist letter in the employer's folder, visit date 22-09 "
          "and birth date nearby")

    uwv_letter_ps(["Mevrouw M. van den Bergh-Tol", "Goudsbloemstraat 9", "2805 AB  Gouda"], "21 januari 2026",
                  "Aanvragen WIA-uitkering", C_BSN,
                  ["Geachte mevrouw Van den Bergh-Tol,",
                   "U bent sinds 20 mei 2024 ziek. Uw werkgever betaalt uw loon door tot 17 mei 2026. Daarna "
                   "kunt u misschien een WIA-uitkering krijgen.",
                   "Wilt u een WIA-uitkering aanvragen? Doe dat dan uiterlijk op 1 maart 2026 via Mijn UWV. "
                   "Bij de aanvraag hoort het re-integratieverslag dat u samen met uw werkgever maakt.",
                   "Met vriendelijke groet,", "UWV"]).pdf(out(C, "UWV/brief UWV 21-01.pdf"))
    label(f"{C}/UWV/brief UWV 21-01.pdf", "uwv_correspondentie", "2026-01-21",
          "C;own PostScript -> Ghostscript pdf;WIA letter with end-of-pay and deadline dates")

    baken_ps("Actueel oordeel", "bedrijfsarts, ten behoeve van de WIA-aanvraag (geen medische gegevens)",
             C_FIELDS + [("Datum spreekuur", "28-01-2026"), ("Datum oordeel", "28-01-2026")],
             [("Verloop", "Na bijstelling in januari 2025 is mevrouw gestart in de verhuuradministratie en werkt "
                          "sinds juli 2025 24 uur per week in die functie."),
              ("Huidige belastbaarheid", "Stabiel: geen conflicthantering, maximaal 5 uur per dag, geen "
                                         "avondwerk. Ik verwacht geen verdere verbetering."),
              ("Arbeidsrelatie", "Na de mediation in 2024 is de verhouding goed."),
              ("Passende arbeid", "De huidige functie (24 uur) is passend. Meer uren passen niet binnen de "
                                  "belastbaarheid.")],
             "A. Lammers, bedrijfsarts (BIG 69011234501)\nGouda, 28 januari 2026").pdf(
        out(C, "Baken rapportage jan 2026.pdf"))
    label(f"{C}/Baken rapportage jan 2026.pdf", "actueel_oordeel", "2026-01-28",
          "C;own PostScript -> Ghostscript pdf;same producer and name pattern as the bijstelling PA a year earlier")

    b = [Block("small", "Woonstichting Reigerhof · HRM · vertrouwelijk"),
         Block("h1", "Eindevaluatie"),
         Block("table", rows=[["Werknemer", "M. van den Bergh-Tol"], ["BSN", C_BSN],
                              ["Aard van het bedrijf", "Woningcorporatie, circa 4.500 woningen, 85 medewerkers"],
                              ["Datum", "10 februari 2026"], ["Actueel oordeel bedrijfsarts", "28 januari 2026"]]),
         Block("h2", "Terugblik"),
         Block("p", "Twee jaar re-integratie in spoor 1: van backoffice-werk naar een vaste functie in de "
                    "verhuuradministratie (24 uur, sinds juli 2025). UWV gaf in december 2024 een "
                    "deskundigenoordeel; het advies is opgevolgd."),
         Block("h2", "Arbeidsrelatie en passende arbeid"),
         Block("p", "De arbeidsrelatie is goed. Passende arbeid: de huidige functie; uitbreiding is niet "
                    "mogelijk binnen de belastbaarheid."),
         Block("p", "Gouda, 10 februari 2026 — F. Dijkhuis (namens werkgever), M. van den Bergh-Tol")]
    soffice_pdf("ev.odt", odt(b, "Eindevaluatie", "F. Dijkhuis", D("2026-02-10"), font="Nimbus Sans",
                              header="Reigerhof · re-integratiedossier"), out(C, "Eindevaluatie.pdf"),
                D("2026-02-10"))
    label(f"{C}/Eindevaluatie.pdf", "eindevaluatie", "2026-02-10",
          "C;hand-written ODT -> LibreOffice pdf;AO date in the table")

    out(C, "mijn oordeel.eml").write_bytes(mail(
        "Marieke vd Bergh <marieke.vdbergh@thuis.example>", "Frank Dijkhuis <f.dijkhuis@reigerhof.example>",
        "mijn oordeel", dt.datetime(2026, 2, 14, 10, 31),
        "Hoi Frank,\n\nHierbij mijn oordeel over het re-integratieverslag, voor bij de WIA-aanvraag.\n"
        f"BSN {C_BSN}\n\nIk ben het eens met de eindevaluatie en het actueel oordeel. Ik wil wel opmerken dat het "
        "tot het deskundigenoordeel van UWV (december 2024) lang heeft geduurd voordat er iets veranderde. "
        "Daarna is het goed opgepakt en ben ik blij met mijn functie in de verhuuradministratie.\n\n"
        "Groet,\nMarieke\n\nVerzonden vanaf mijn iPhone\n", mailer="apple"))
    label(f"{C}/mijn oordeel.eml", "oordeel_werknemer", "2026-02-14",
          "C;raw Apple Mail message;employee's view typed in the body, no title")

    # non-RIV: payslip, blank plan-van-aanpak form, employment contract ('AO' = arbeidsovereenkomst)
    ps = PS("loonstrook", "Reigerhof salarisadministratie")
    ps.text(72, 792, "LOONSTROOK januari 2026", "CB", 12)
    ps.text(72, 776, f"Woonstichting Reigerhof   Werknemer: M. van den Bergh-Tol   BSN {C_BSN}", "C", 8.5)
    y = 750
    for k, v in [("Salaris 24 uur", "2.418,00"), ("Loondoorbetaling ziekte 2e jaar (70%)", "0,00"),
                 ("Reiskosten", "46,20"), ("Pensioenpremie", "-211,58"), ("Loonheffing", "-301,12"),
                 ("Netto", "1.951,50")]:
        ps.text(72, y, k, "C", 9.5)
        ps.right(400, y, v, "C", 9.5)
        y -= 13
    ps.pdf(out(C, "loonstrook jan 2026.pdf"))
    label(f"{C}/loonstrook jan 2026.pdf", None, None, "C;own PostScript -> Ghostscript pdf;payslip")
    b = [Block("h1", "Plan van aanpak (formulier)"),
         Block("table", rows=[["Naam werknemer", ""], ["BSN", ""], ["Datum probleemanalyse", ""],
                              ["Casemanager", ""], ["Doel", ""], ["Activiteiten", ""], ["Evaluatiemomenten", ""],
                              ["Handtekening werkgever", ""], ["Handtekening werknemer", ""]]),
         Block("small", "Sjabloon HRM Reigerhof, versie 2023-2")]
    soffice_pdf("sjabloon.odt", odt(b, "Sjabloon PvA", "HRM", D("2023-03-01")), out(C, "leeg formulier PvA.pdf"),
                D("2023-03-01"))
    label(f"{C}/leeg formulier PvA.pdf", None, None, "C;ODT -> LibreOffice pdf;blank plan-van-aanpak template")
    b = [Block("h1", "Arbeidsovereenkomst (AO)"),
         Block("p", "Partijen: Woonstichting Reigerhof, Gouda, en mevrouw M. van den Bergh-Tol, geboren "
                    "23-01-1971."),
         Block("p", "Artikel 1. Functie: klantadviseur wonen, 28 uur per week, ingangsdatum 1 maart 2016.\n"
                    "Artikel 2. Salaris volgens cao Woondiensten, schaal F.\nArtikel 3. Bij ziekte gelden het "
                    "verzuimreglement en de Wet verbetering poortwachter.\nArtikel 4. Deze AO is aangegaan voor "
                    "onbepaalde tijd."),
         Block("p", "Gouda, 12 februari 2016 — getekend door beide partijen")]
    out(C, "AO MvdB 2016.docx").write_bytes(docx(b, "AO", "HRM", D("2016-02-12"), company=C_WG))
    label(f"{C}/AO MvdB 2016.docx", None, None,
          "C;hand-written OOXML docx;employment contract named 'AO' (arbeidsovereenkomst, not actueel oordeel)")


# ================================================================ case D: Pranoto R - 2023-118
# servicemonteur at a small installation firm; typewriter-style PostScript from a self-employed bedrijfsarts,
# ODT kept, a second-track bureau, and a loonsanctie followed by a bekorting

DC = "Pranoto R - 2023-118"
D_BSN = make_bsn(404)
D_D0 = "2023-10-09"
D_WG = "Installatiebedrijf Kroeze & Zn. B.V."


def haan_ps(title: str, date_line: str, paras: list[str], heading_rows: list[str]) -> PS:
    """The self-employed bedrijfsarts types her reports in Courier, like an old typewriter template."""
    ps = PS(title, "Arbopraktijk Oost")
    ps.y = 795
    for ln in ["ARBOPRAKTIJK OOST - zelfstandig bedrijfsarts", "drs. H. de Haan-Vos, BIG 09055512301",
               "Kerkstraat 0, 7201 AA Zutphen", "-" * 72]:
        ps.text(60, ps.y, ln, "C", 9.5)
        ps.y -= 12
    ps.y -= 14
    for ln in heading_rows:
        ps.text(60, ps.y, ln, "C", 10)
        ps.y -= 13
    ps.y -= 8
    ps.text(60, ps.y, title, "CB", 12)
    ps.y -= 22
    for p in paras:
        ps.para(p, x=60, width=470, font="C", size=10, gap=8)
    ps.text(60, ps.y - 6, date_line, "C", 10)
    ps.text(60, ps.y - 20, "drs. H. de Haan-Vos, bedrijfsarts", "C", 10)
    return ps


D_HEAD = ["Werkgever   : Installatiebedrijf Kroeze & Zn. B.V., Zutphen", "Werknemer   : R. Pranoto (m), "
          "geb. 30-04-1968", f"BSN         : {D_BSN}", "Functie     : servicemonteur, 38 uur",
          "1e ziektedag: 09-10-2023"]


def tk_report(title: str, fields: list[tuple[str, str]], sections: list[tuple[str, str]]) -> str:
    return report_html(font="Nimbus Sans", accent="#047857", letterhead="Bureau Tweede Kans",
                       lh_sub="re-integratie tweede spoor · Deventerweg 0 · 7203 AA Zutphen · info@tweedekans.example",
                       running=f"Bureau Tweede Kans · R. Pranoto · {title}", title=title,
                       fields=[("Kandidaat", "R. Pranoto"), ("BSN", D_BSN), ("Opdrachtgever", D_WG)] + fields,
                       sections=sections, sign="Dennis Wolters, re-integratieadviseur",
                       footer="Bureau Tweede Kans — vertrouwelijk")


def case_d() -> None:
    haan_ps("PROBLEEMANALYSE", "Zutphen, 14 november 2023",
            ["1. Dreigend langdurig verzuim: ja. Werknemer is sinds 9 oktober 2023 volledig arbeidsongeschikt "
             "voor zijn eigen werk.",
             "2. Beperkingen: niet boven schouderhoogte werken, niet knielen of kruipen, niet tillen boven 10 kg. "
             "Geen beperkingen voor zittend werk, telefoneren en computerwerk.",
             "3. Prognose: herstel in de loop van 3 tot 6 maanden is mogelijk; terugkeer in het eigen werk is "
             "onzeker.",
             "4. Advies voor het plan van aanpak: start met werkvoorbereiding en planning op kantoor, 3 x 3 uur. "
             "Evalueer na zes weken. Heroverweging bij het volgende consult op 12 december 2023."],
            D_HEAD + ["Consult     : 13-11-2023"]).pdf(out(DC, "plan van aanpak.pdf"))
    label(f"{DC}/plan van aanpak.pdf", "probleemanalyse", "2023-11-14",
          "D;own PostScript (Courier typewriter style) -> Ghostscript pdf;file named 'plan van aanpak', last "
          "point is 'Advies voor het plan van aanpak', consult date 13-11")

    # D2 signed plan van aanpak, scanned straight (image-only pdf)
    b = [Block("h1", "Plan van aanpak"),
         Block("table", rows=[["Werknemer", "R. Pranoto"], ["BSN", D_BSN], ["Werkgever", D_WG],
                              ["Probleemanalyse", "14-11-2023"], ["Casemanager", "G. Kroeze (directeur)"]]),
         Block("h2", "Doel"),
         Block("p", "Terugkeer in het eigen werk als servicemonteur; tussentijds werkvoorbereiding op kantoor."),
         Block("h2", "Afspraken"),
         Block("p", "- 3 x 3 uur werkvoorbereiding vanaf 27 november 2023\n- fysiotherapie via eigen verzekering\n"
                    "- evaluatie elke 6 weken, eerste op 12 januari 2024"),
         Block("h2", "Visie"), Block("p", "Werkgever: eigen werk blijft het doel.\nWerknemer: eens."),
         Block("p", "Zutphen, 24 november 2023\nG. Kroeze ...............   R. Pranoto ..............")]
    soffice_pdf("pva.odt", odt(b, "PvA", "G. Kroeze", D("2023-11-24"), font="DejaVu Serif"), TMP / "d2.pdf",
                D("2023-11-24"))
    page = render(TMP / "d2.pdf", dpi=120).convert("RGB")
    dr = ImageDraw.Draw(page)
    y = int(page.size[1] * 0.52)
    signature(dr, 120, y, 41, 0.9)
    signature(dr, 430, y, 42, 0.9, fill=(0, 0, 0))
    image_pdf([grey_scan(page, 42, angle=1.3)], out(DC, "PvA Pranoto getekend.pdf"), D("2023-11-27"), dpi=120)
    label(f"{DC}/PvA Pranoto getekend.pdf", "plan_van_aanpak", "2023-11-24",
          "D;ODT -> LibreOffice -> grey scan with hand signatures, image-only pdf;skewed, start date 27-11 nearby")

    b = [Block("h1", "Evaluatie plan van aanpak"),
         Block("table", rows=[["Werknemer", "R. Pranoto"], ["BSN", D_BSN], ["Datum", "12 januari 2024"],
                              ["Aanwezig", "R. Pranoto, G. Kroeze"]]),
         Block("p", "Voortgang: werkvoorbereiding gaat goed, nu 3 x 4 uur. Fysiotherapie loopt. Op de bus "
                    "meerijden als tweede man lukt nog niet.\nAfspraken nagekomen: ja.\nNieuw: 4 x 4 uur, "
                    "volgende evaluatie 23 februari 2024."),
         Block("p", "Getekend: G. Kroeze / R. Pranoto")]
    out(DC, "evaluatie jan 2024.odt").write_bytes(odt(b, "evaluatie", "G. Kroeze", D("2024-01-12")))
    label(f"{DC}/evaluatie jan 2024.odt", "tussentijdse_evaluatie", "2024-01-12",
          "D;hand-written ODT kept as .odt;next evaluation date in the text")

    ps = PS("ziekmelding", "Kroeze")
    ps.text(72, 792, "Installatiebedrijf Kroeze & Zn. B.V.", "HB", 12)
    ps.text(72, 770, "Afdruk: melding langdurige ziekte aan UWV (42e week)", "H", 11)
    ps.y = 740
    for k, v in [("Loonheffingennummer", "8210.33.915.L01"), ("Werknemer", "R. Pranoto"),
                 ("Burgerservicenummer", D_BSN), ("Eerste ziektedag", "09-10-2023"),
                 ("Gedeeltelijk hersteld", "ja, 16 uur aangepast werk"), ("Datum melding", "22-07-2024"),
                 ("Verzonden door", "G. Kroeze via werkgeversportaal")]:
        ps.text(72, ps.y, k, "H", 10)
        ps.text(250, ps.y, v, "H", 10)
        ps.y -= 15
    ps.pdf(out(DC, "UWV - ziekmelding 42e week.pdf"))
    label(f"{DC}/UWV - ziekmelding 42e week.pdf", "ziekmelding_uwv", "2024-07-22",
          "D;own PostScript -> Ghostscript pdf;print of the employer's 42-week report")

    b = [Block("small", "ArbeidsZaken Achterhoek · arbeidsdeskundig advies"),
         Block("h1", "Rapport arbeidsdeskundig onderzoek"),
         Block("table", rows=[["Werknemer", "R. Pranoto"], ["BSN", D_BSN], ["Werkgever", D_WG],
                              ["Eerste ziektedag", "9 oktober 2023"], ["Onderzoeksdata", "20 en 27 augustus 2024"],
                              ["Datum rapport", "5 september 2024"],
                              ["Arbeidsdeskundige", "ing. T. Bakkenist, gecertificeerd arbeidsdeskundige"]]),
         Block("h2", "Eigen werk"),
         Block("p", "Het werk als servicemonteur vraagt knielen, kruipen, boven schouderhoogte werken en tillen tot "
                    "25 kg. Dat past niet bij de beperkingen."),
         Block("h2", "Ander werk bij Kroeze"),
         Block("p", "Werkvoorbereiding is passend maar er is maximaal 16 uur werk. Een volledige functie is er "
                    "niet in dit bedrijf (22 medewerkers)."),
         Block("h2", "Advies"),
         Block("p", "Spoor 1: 16 uur werkvoorbereiding voortzetten. Spoor 2: start een traject gericht op "
                    "technisch-administratief werk of werkvoorbereiding bij een andere werkgever voor de "
                    "overige uren. Loonwaarde werkvoorbereiding: circa 80%.")]
    soffice_pdf("ad.odt", odt(b, "AD rapport", "T. Bakkenist", D("2024-09-05"), font="C059",
                              header="Arbeidsdeskundig rapport R. Pranoto"), out(DC, "AD-onderzoek Pranoto.pdf"),
                D("2024-09-05"))
    label(f"{DC}/AD-onderzoek Pranoto.pdf", "arbeidsdeskundig_rapport", "2024-09-05",
          "D;hand-written ODT -> LibreOffice pdf;research dates 20/27-08 above the report date")

    b = [Block("b", "Installatiebedrijf Kroeze & Zn. B.V."),
         Block("h1", "Eerstejaarsevaluatie"),
         Block("table", rows=[["Werknemer", "R. Pranoto"], ["BSN", D_BSN], ["Eerste ziektedag", "09-10-2023"],
                              ["Datum", "17-09-2024"]]),
         Block("h2", "Terugblik"),
         Block("p", "Sinds november 2023 werkvoorbereiding, inmiddels 16 uur. Het arbeidsdeskundig rapport "
                    "van 5 september 2024 zegt: eigen werk niet passend, extra uren alleen buiten het bedrijf."),
         Block("h2", "Beoogd resultaat tweede jaar"),
         Block("p", "16 uur werkvoorbereiding bij Kroeze plus werk bij een andere werkgever voor de rest van de "
                    "uren (tweede spoor, Bureau Tweede Kans)."),
         Block("h2", "Visie"),
         Block("p", "Werkgever: wij houden de 16 uur beschikbaar.\nWerknemer: ik wil graag technisch bezig blijven."),
         Block("p", "Zutphen, 17 september 2024 — G. Kroeze, R. Pranoto")]
    soffice_pdf("eje.rtf", rtf(b, font="DejaVu Sans", size=10), out(DC, "EJE.pdf"), D("2024-09-17"))
    label(f"{DC}/EJE.pdf", "eerstejaarsevaluatie", "2024-09-17", "D;hand-written RTF -> LibreOffice pdf;plain "
                                                                   "case, AD date in the text")

    b = [Block("h1", "Bijstelling plan van aanpak"),
         Block("table", rows=[["Werknemer", "R. Pranoto"], ["BSN", D_BSN], ["Datum bijstelling", "24-09-2024"],
                              ["Reden", "eerstejaarsevaluatie 17-09-2024 en AD-rapport 05-09-2024"]]),
         Block("p", "Nieuw doel: 16 uur werkvoorbereiding bij Kroeze (spoor 1) en passend werk elders voor 22 "
                    "uur (spoor 2). Opdracht aan Bureau Tweede Kans per 1 oktober 2024."),
         Block("p", "Akkoord: G. Kroeze, R. Pranoto — Zutphen, 24 september 2024")]
    out(DC, "bijstelling pva sept 2024.odt").write_bytes(odt(b, "bijstelling", "G. Kroeze", D("2024-09-24")))
    label(f"{DC}/bijstelling pva sept 2024.odt", "bijstelling_plan_van_aanpak", "2024-09-24",
          "D;hand-written ODT kept as .odt;two earlier dates in the 'Reden' row")

    chromium_pdf(tk_report("Trajectplan", [("Start traject", "1 oktober 2024"), ("Datum plan", "4 november 2024")],
                           [("Persoonsprofiel", "MBO-4 elektrotechniek, 30 jaar ervaring. Beperkt voor knielen, "
                                                "kruipen en boven schouderhoogte."),
                            ("Zoekprofiel", "Werkvoorbereider, calculator, technisch medewerker binnendienst, "
                                            "22 uur, regio Zutphen/Deventer."),
                            ("Plan", "Oriëntatie (6 weken), scholing AutoCAD-basis, sollicitatietraining, "
                                     "minimaal 2 sollicitaties per week vanaf december 2024.")]),
                 out(DC, "Tweede Kans trajectplan.pdf"), D("2024-11-04"))
    label(f"{DC}/Tweede Kans trajectplan.pdf", "trajectplan_tweede_spoor", "2024-11-04",
          "D;Chromium bureau report;start date 1-10 beside the plan date")
    chromium_pdf(tk_report("Eindrapportage", [("Looptijd", "1 oktober 2024 - 13 juni 2025"),
                                              ("Datum", "20 juni 2025")],
                           [("Inzet", "48 sollicitaties, 6 gesprekken, AutoCAD-cursus afgerond (maart 2025)."),
                            ("Resultaat", "Geen plaatsing. Twee werkgevers vonden de beperkingen te groot."),
                            ("Afsluiting", "Het traject is afgesloten in verband met de WIA-aanvraag.")]),
                 out(DC, "Tweede Kans eind.pdf"), D("2025-06-20"))
    label(f"{DC}/Tweede Kans eind.pdf", "eindrapportage_tweede_spoor", "2025-06-20",
          "D;Chromium bureau report;trajectory period beside the date")

    haan_ps("ACTUEEL OORDEEL (t.b.v. re-integratieverslag)", "Zutphen, 18 juni 2025",
            ["Stand van zaken: werknemer werkt 16 uur werkvoorbereiding bij de eigen werkgever. Het tweede spoor "
             "heeft geen werk opgeleverd.",
             "Belastbaarheid: ongewijzigd sinds de bijstelling van mei 2024: niet knielen/kruipen, niet boven "
             "schouderhoogte, tillen max. 10 kg, 4 uur per dag.",
             "Arbeidsrelatie: goed.",
             "Passende arbeid bij de werkgever: alleen de huidige 16 uur."],
            D_HEAD).pdf(out(DC, "AO Pranoto.pdf"))
    label(f"{DC}/AO Pranoto.pdf", "actueel_oordeel", "2025-06-18", "D;own PostScript (Courier) -> Ghostscript "
                                                                     "pdf;typewriter layout")
    haan_ps("MEDISCHE INFORMATIE - MEDISCH GEHEIM", "Zutphen, 18 juni 2025",
            ["Uitsluitend bestemd voor de verzekeringsarts van UWV.",
             "Diagnose: artrose beide knieën (graad 3), status na meniscectomie rechts (2019); impingement "
             "schouder rechts.",
             "Behandeling: orthopeed (injecties 2024), fysiotherapie, knieprothese rechts gepland najaar 2025.",
             "Medicatie: diclofenac, omeprazol."],
            D_HEAD).pdf(out(DC, "bijlage AO.pdf"))
    label(f"{DC}/bijlage AO.pdf", "medische_informatie", "2025-06-18",
          "D;own PostScript (Courier) -> Ghostscript pdf;named 'bijlage AO', same layout and date as the AO")

    b = [Block("b", "Installatiebedrijf Kroeze & Zn. B.V."),
         Block("h1", "Eindevaluatie plan van aanpak"),
         Block("table", rows=[["Werknemer", "R. Pranoto"], ["BSN", D_BSN],
                              ["Aard van het bedrijf", "installatietechniek (elektra, klimaat), 22 medewerkers"],
                              ["Datum", "30 juni 2025"]]),
         Block("p", "Terugblik: spoor 1 leverde 16 uur werkvoorbereiding op; spoor 2 (Bureau Tweede Kans, oktober "
                    "2024 - juni 2025) leverde geen werk op. Arbeidsrelatie: goed. Passende arbeid binnen het "
                    "bedrijf: 16 uur (zie actueel oordeel 18 juni 2025)."),
         Block("p", "Zutphen, 30 juni 2025 — G. Kroeze, R. Pranoto")]
    soffice_pdf("ev.rtf", rtf(b, font="DejaVu Sans", size=10), out(DC, "Eindevaluatie Pranoto.pdf"), D("2025-06-30"))
    label(f"{DC}/Eindevaluatie Pranoto.pdf", "eindevaluatie", "2025-06-30",
          "D;hand-written RTF -> LibreOffice pdf;AO date in the text")

    uwv_letter_ps([D_WG, "t.a.v. de directie", "Industrieweg 0", "7202 AA  Zutphen"], "14 augustus 2025",
                  "Besluit verlenging loondoorbetaling", D_BSN,
                  ["Geachte heer Kroeze,",
                   "Uw werknemer R. Pranoto heeft een WIA-uitkering aangevraagd. Wij hebben het "
                   "re-integratieverslag beoordeeld. Wij vinden dat u zonder deugdelijke grond onvoldoende "
                   "re-integratie-inspanningen hebt verricht: het tweede spoor is pas in oktober 2024 gestart en "
                   "er is geen werkplek elders onderzocht.",
                   "Daarom moet u het loon van uw werknemer langer doorbetalen: de loondoorbetalingsverplichting "
                   "wordt verlengd tot en met 4 oktober 2026 (loonsanctie).",
                   "U kunt ons vragen deze periode te bekorten als u de tekortkoming hebt hersteld.",
                   "Met vriendelijke groet,", "UWV"]).pdf(out(DC, "UWV loonsanctie.pdf"))
    label(f"{DC}/UWV loonsanctie.pdf", "uwv_correspondentie", "2025-08-14",
          "D;own PostScript -> Ghostscript pdf;loonsanctie decision, end date 4-10-2026 in the text")
    b = [Block("p", "Installatiebedrijf Kroeze & Zn. B.V.\nIndustrieweg 0, 7202 AA Zutphen"),
         Block("p", "UWV\nPostbus 58285\n1040 HG Amsterdam"),
         Block("p", "Zutphen, 20 oktober 2025"),
         Block("b", f"Betreft: verzoek bekorting loonsanctie R. Pranoto, BSN {D_BSN}"),
         Block("p", "Geachte heer, mevrouw,\nBij besluit van 14 augustus 2025 hebt u de loondoorbetaling "
                    "verlengd. Wij hebben de tekortkoming hersteld: sinds 1 september 2025 werkt de heer "
                    "Pranoto 20 uur per week als werkvoorbereider bij Technisch Bureau Lochem (detachering), "
                    "naast 16 uur bij ons. Wij verzoeken u de verlenging te bekorten.\nMet vriendelijke groet,"
                    "\nG. Kroeze, directeur")]
    out(DC, "verzoek bekorting.docx").write_bytes(docx(b, "bekorting", "G. Kroeze", D("2025-10-20"),
                                                       company=D_WG))
    label(f"{DC}/verzoek bekorting.docx", "uwv_correspondentie", "2025-10-20",
          "D;hand-written OOXML docx;employer's bekortingsverzoek, refers to the sanction date 14-08")
    ps = uwv_letter_ps([D_WG, "t.a.v. de directie", "Industrieweg 0", "7202 AA  Zutphen"], "6 november 2025",
                       "Uw verzoek om bekorting", D_BSN,
                       ["Geachte heer Kroeze,",
                        "U hebt ons op 20 oktober 2025 gevraagd de verlenging van de loondoorbetaling te bekorten. "
                        "Wij vinden dat u de tekortkoming hebt hersteld. De verlenging eindigt daarom zes weken "
                        "na vandaag, op 18 december 2025.",
                        "Met vriendelijke groet,", "UWV"])
    ps.pdf(TMP / "d18.pdf")
    image_pdf([grey_scan(render(TMP / "d18.pdf", dpi=120), 18, angle=0.5).rotate(-90, expand=True)],
              out(DC, "UWV besluit bekorting.pdf"), D("2025-11-10"), dpi=120)
    label(f"{DC}/UWV besluit bekorting.pdf", "uwv_correspondentie", "2025-11-06",
          "D;own PostScript -> grey scan turned 90 degrees, image-only pdf;sideways page, request date 20-10 and "
          "end date 18-12 in the text")

    chromium_pdf(report_html(font="Nimbus Sans", accent="#047857", letterhead="Bureau Tweede Kans",
                             lh_sub="Deventerweg 0 · 7203 AA Zutphen · KvK 00000000", title="Factuur 2025-0412",
                             fields=[("Factuurdatum", "30-06-2025"), ("Debiteur", D_WG)],
                             sections=[("Omschrijving",
                                       "Re-integratietraject tweede spoor R. Pranoto: trajectplan, "
                                       "voortgangsrapportages, eindrapportage — fase 3 (april-juni 2025): "
                                       "€ 1.450,00 excl. btw")], footer="Bureau Tweede Kans — factuur"),
                 out(DC, "factuur Tweede Kans.pdf"), D("2025-06-30"))
    label(f"{DC}/factuur Tweede Kans.pdf", None, None,
          "D;Chromium invoice;names trajectplan, voortgangsrapportages and eindrapportage")
    haan_ps("UITNODIGING SPREEKUUR", "Zutphen, 28 november 2023",
            ["Hierbij nodig ik u uit voor het spreekuur op dinsdag 12 december 2023 om 10.30 uur.",
             "Neemt u een legitimatiebewijs mee. Bent u verhinderd, belt u dan uiterlijk 24 uur van tevoren."],
            ["Aan: de heer R. Pranoto", "Kopie: werkgever (zonder medische gegevens)"]).pdf(
        out(DC, "uitnodiging spreekuur dec.pdf"))
    label(f"{DC}/uitnodiging spreekuur dec.pdf", None, None,
          "D;own PostScript (Courier) -> Ghostscript pdf;invitation from the bedrijfsarts in the same layout as "
          "her reports")


# ================================================================ case E: Casus Demirtas (onderwijs)
# leerkracht basisonderwijs; case still running (week ~60): no AO, EV or WIA papers

E = "Casus Demirtas (onderwijs)"
E_BSN = make_bsn(505)
E_D0 = "2025-01-13"
E_WG = "Stichting Openbaar Onderwijs Vlietmonde"


def e_cards(rel: str, when: str, kind: str, cards: list[tuple[str, str]], extra: list[tuple[str, str]]) -> None:
    c = "".join(f"<div class='card'><h4>{esc(h)}</h4>" + "".join(f"<p>{esc(x)}</p>" for x in t.split("\n"))
                + "</div>" for h, t in cards)
    meta = "".join(f"<div><span>{esc(k)}</span>{esc(v)}</div>" for k, v in
                   [("Medewerker", "L. Demirtas"), ("BSN", E_BSN), ("Organisatie", E_WG + " / OBS De Kwakel"),
                    ("Functie", "Leerkracht groep 6 (0,8 fte)"), ("Eerste ziektedag", num(E_D0))] + extra)
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 12mm; @bottom-right {{ content: "Arbo&Co Online · afdruk 02-03-2026 · " counter(page);
  font-family: 'URW Gothic'; font-size: 7pt; color: #999; }} }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: 'URW Gothic'; font-size: 9.5pt; color: #2b2b2b; }}
.bar {{ background: linear-gradient(90deg, #7c3aed, #db2777); color: #fff; padding: 10px 14px; border-radius: 6px; }}
.bar b {{ font-size: 14pt; }} .tag {{ display: inline-block; background: #fff; color: #7c3aed; border-radius: 10px;
  padding: 1px 8px; font-size: 8pt; margin-left: 8px; }}
.meta {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4px 12px; margin: 10px 0; font-size: 8.5pt; }}
.meta span {{ display: block; color: #888; font-size: 7.5pt; }}
.card {{ border: 1px solid #e5e7eb; border-radius: 6px; padding: 6px 10px; margin: 8px 0; }}
.card h4 {{ margin: 0 0 4px; color: #7c3aed; font-size: 10pt; }} p {{ margin: 2px 0 4px; line-height: 1.35; }}
</style></head><body><div class="bar"><b>Arbo&amp;Co Online</b><span class="tag">{esc(kind)}</span></div>
<div class="meta">{meta}</div>{c}
<p style="margin-top:14px">dr. S. Kuipers, bedrijfsarts · BIG 49033321001 · Arbo&amp;Co Onderwijs</p></body></html>"""
    chromium_pdf(html, out(E, rel), D(when))


def case_e() -> None:
    e_cards("PA L Demirtas.pdf", "2025-02-20", "Probleemanalyse",
            [("Oordeel over het verzuim", "Er dreigt langdurig verzuim. Mevrouw functioneert sinds half januari "
                                          "niet in haar werk als leerkracht."),
             ("Wat kan wel en wat niet", "Niet voor de klas staan; geen ouder- of conflictgesprekken. Wel "
                                         "mogelijk: voorbereidend en administratief werk, 2 ochtenden van 3 uur, "
                                         "buiten de klas."),
             ("Verwachting", "Geleidelijk herstel over 3 tot 6 maanden verwacht."),
             ("Advies", "Start met ondersteunende taken op school zonder lesgebonden verantwoordelijkheid. "
                        "Maak binnen 2 weken het plan van aanpak. Overweeg coaching via de stichting.")],
            [("Datum consult", "19-02-2025"), ("Datum rapport", "20-02-2025")])
    label(f"{E}/PA L Demirtas.pdf", "probleemanalyse", "2025-02-20",
          "E;Chromium card-layout portal print;type only as a tag in the bar, print date 02-03-2026 in the "
          "footer, consult date 19-02")

    b = [Block("table", rows=[["Medewerker", "Leyla Demirtas"], ["BSN", E_BSN],
                              ["School", "OBS De Kwakel (Vlietmonde)"], ["Casemanager", "J. Meulenbelt, directeur"],
                              ["Datum", "4 maart 2025"], ["Advies bedrijfsarts van", "20 februari 2025"]]),
         Block("h2", "Re-integratiedoel"), Block("p", "Terug voor de eigen groep per het nieuwe schooljaar."),
         Block("h2", "Stappen"),
         Block("table", rows=[["Wat", "Wanneer"], ["Ondersteunende taken 2 x 3 uur", "vanaf 10 maart"],
                              ["Coaching (6 sessies)", "maart-mei"], ["Lessen met duo-collega", "vanaf mei"],
                              ["Evaluatie", "elke 6 weken; eerste 15 april"]]),
         Block("h2", "Visie werkgever en werknemer"),
         Block("p", "Werkgever: we zien Leyla graag terug voor groep 6.\nWerknemer: ik wil rustig opbouwen."),
         Block("p", "Getekend 4 maart 2025: J. Meulenbelt, L. Demirtas")]
    out(E, "PvA_LD_2025.docx").write_bytes(docx(
        b, "Document1", "J. Meulenbelt", D("2025-03-04"), font="Calibri", company=E_WG,
        header="PLAN VAN AANPAK — Wet verbetering poortwachter\nStichting Openbaar Onderwijs Vlietmonde"))
    label(f"{E}/PvA_LD_2025.docx", "plan_van_aanpak", "2025-03-04",
          "E;hand-written OOXML docx;title only in the page header, body starts with a table")

    out(E, "evaluatie 15 april.eml").write_bytes(mail(
        "Johan Meulenbelt <directie.dekwakel@vlietmonde.example>", "Leyla Demirtas <l.demirtas@vlietmonde.example>",
        "Evaluatie 15 april", dt.datetime(2025, 4, 15, 16, 5),
        "Beste Leyla,\n\nHieronder de evaluatie van ons gesprek vanmiddag (15 april 2025).\n\nBSN: "
        + E_BSN + "\nVoortgang: je werkt 3 x 3 uur aan ondersteunende taken; de coaching is gestart (3 van 6 "
        "sessies). Je hebt één keer een les voorgelezen in groep 4, dat ging goed.\nAfspraken: nagekomen.\n"
        "Vervolg: vanaf 6 mei 3 x 4 uur, waarvan één ochtend met duo-collega in groep 6. Volgende evaluatie 27 "
        "mei.\n\nHartelijke groet,\nJohan Meulenbelt\ndirecteur OBS De Kwakel\n", mailer="thunderbird"))
    label(f"{E}/evaluatie 15 april.eml", "tussentijdse_evaluatie", "2025-04-15",
          "E;raw Thunderbird mail;evaluation typed in the body, later dates in the text")

    e_cards("Arbo&Co rapportage 10-06-2025.pdf", "2025-06-10", "Vervolgrapportage",
            [("Actualisatie van de probleemanalyse", "De opbouw is in mei vastgelopen. Ik pas mijn eerdere "
                                                     "advies van 20 februari 2025 aan."),
             ("Nieuwe inschatting belastbaarheid", "Lesgeven aan een volle groep is voorlopig niet haalbaar. "
                                                   "Wel: kleine groepjes (remedial teaching), maximaal 4 uur per "
                                                   "dag, 3 dagen."),
             ("Advies", "Terugkeer voor de eigen groep is niet te verwachten vóór januari 2026. Pas het plan van "
                        "aanpak aan en onderzoek taken als RT-leerkracht binnen de stichting.")],
            [("Datum consult", "10-06-2025"), ("Datum rapport", "10-06-2025")])
    label(f"{E}/Arbo&Co rapportage 10-06-2025.pdf", "bijstelling_probleemanalyse", "2025-06-10",
          "E;Chromium card-layout portal print;tag says 'Vervolgrapportage', bijstelling worded as 'Actualisatie'")
    e_cards("IZP juni.pdf", "2025-06-10", "Inzetbaarheidsprofiel",
            [("Persoonlijk functioneren", "Beperkt: geen werk met hoge verantwoordelijkheid voor groepen; geen "
                                          "conflicthantering."),
             ("Sociaal functioneren", "Beperkt voor emotioneel belastende gesprekken."),
             ("Fysiek (omgeving, dynamisch, statisch)", "Geen beperkingen."),
             ("Werktijden", "Maximaal 4 uur per dag, 12 uur per week.")],
            [("Bij rapportage van", "10-06-2025")])
    label(f"{E}/IZP juni.pdf", "inzetbaarheidsprofiel", "2025-06-10",
          "E;Chromium card-layout portal print;short name 'IZP'")

    ap = ("<html><head><meta charset='utf-8'><style>body{font-family:'P052';font-size:11pt}</style></head><body>"
          "<p><i>Stichting Openbaar Onderwijs Vlietmonde – personeelszaken</i></p>"
          "<h1>Aanvulling op het plan van aanpak</h1>"
          f"<p>Medewerker: L. Demirtas – BSN {E_BSN}<br>Plan van aanpak van 4 maart 2025<br>"
          "Datum aanvulling: 20 juni 2025</p>"
          "<p>Naar aanleiding van de rapportage van de bedrijfsarts van 10 juni 2025 passen wij het doel aan: "
          "eerst werk als RT-leerkracht (remedial teaching) in kleine groepjes, 12 uur per week, op een andere "
          "school van de stichting (OBS Het Anker) vanaf het nieuwe schooljaar. Terugkeer voor de eigen groep "
          "wordt in januari 2026 opnieuw bekeken.</p><p>Overige afspraken blijven gelijk. Evaluaties elke zes "
          "weken.</p><p>Akkoord: J. Meulenbelt (casemanager) en L. Demirtas, 20 juni 2025</p></body></html>")
    soffice_pdf("aanvulling.html", ap.encode(), out(E, "Aanvulling PvA juni 2025.pdf"), D("2025-06-20"))
    label(f"{E}/Aanvulling PvA juni 2025.pdf", "bijstelling_plan_van_aanpak", "2025-06-20",
          "E;HTML -> LibreOffice pdf;worded 'Aanvulling op het plan van aanpak'")

    b = [Block("b", "Praktijk voor Psychologie Vlietoever"),
         Block("small", "GZ-psychologen · Havenkade 0 · 3100 AA Schiedam"),
         Block("p", "Aan: dr. S. Kuipers, bedrijfsarts Arbo&Co Onderwijs (met toestemming van cliënte)"),
         Block("p", "Schiedam, 5 augustus 2025"),
         Block("b", "Betreft: mevrouw L. Demirtas, geboren 09-08-1984"),
         Block("p", "Geachte collega,\nMevrouw is sinds 3 maart 2025 bij ons in behandeling. Diagnose (DSM-5): "
                    "aanpassingsstoornis met gemengde angst en depressieve stemming, in het kader van een "
                    "burn-out. Behandeling: 12 sessies cognitieve gedragstherapie en EMDR (afgerond 8 sessies). "
                    "De klachten nemen af; slaap en concentratie verbeteren. Prognose: gunstig, restklachten bij "
                    "hoge werkdruk.\nMet collegiale groet,\ndrs. N. Brouwer-Aksoy, GZ-psycholoog")]
    soffice_pdf("psy.rtf", rtf(b, font="Nimbus Roman", size=11), out(E, "brief psycholoog.pdf"), D("2025-08-05"))
    label(f"{E}/brief psycholoog.pdf", "medische_informatie", "2025-08-05",
          "E;hand-written RTF -> LibreOffice pdf;psychologist's letter in the employer's folder, birth date and "
          "treatment start beside the letter date")

    uwv_letter_ps(["Stichting Openbaar Onderwijs Vlietmonde", "t.a.v. J. Meulenbelt", "Postbus 0",
                   "3100 AA  Schiedam"], "18 september 2025", "Deskundigenoordeel", E_BSN,
                  ["Geachte heer Meulenbelt,",
                   "U hebt ons op 14 augustus 2025 gevraagd of het werk als RT-leerkracht op OBS Het Anker "
                   "passend is voor mevrouw L. Demirtas. Hieronder leest u ons oordeel.",
                   "Oordeel: het aangeboden werk (remedial teaching in kleine groepjes, 12 uur per week) is "
                   "passend. Het past bij de beperkingen die de bedrijfsarts op 10 juni 2025 heeft vastgesteld. "
                   "Mevrouw kan dit werk doen.",
                   "Dit deskundigenoordeel is een advies en geen besluit.",
                   "Met vriendelijke groet,", "UWV, C. Ramdin, arbeidsdeskundige"]).pdf(out(E, "UWV DO.pdf"))
    label(f"{E}/UWV DO.pdf", "deskundigenoordeel", "2025-09-18",
          "E;own PostScript -> Ghostscript pdf;employer's request on suitable work, request date 14-08 in text")

    shot = portal_html(brand="UWV  Werkgeversportaal", color="#1d3b7a", user="Stichting OO Vlietmonde",
                       nav=["Overzicht", "Ziek- en herstelmeldingen", "Berichten"], active=1,
                       crumbs="Ziek- en herstelmeldingen › Ziekmelding 42e week",
                       heading="Uw ziekmelding is ontvangen",
                       fields=[("Werknemer", "L. Demirtas"), ("Burgerservicenummer", E_BSN),
                               ("Eerste ziektedag", num(E_D0)), ("Datum melding", "27-10-2025"),
                               ("Soort", "Ziekmelding na 42 weken (langdurig ziek)")],
                       sections=[("", "U ontvangt van ons een brief over de eerstejaarsevaluatie.")],
                       printed="", font="DejaVu Sans")
    save_png(chromium_png(shot, 1000, 620).quantize(64), out(E, "Schermafbeelding 2025-10-27 142211.png"))
    label(f"{E}/Schermafbeelding 2025-10-27 142211.png", "ziekmelding_uwv", "2025-10-27",
          "E;Chromium --screenshot PNG;screenshot of the UWV portal, first sick day beside the report date")

    tmp = TMP / "e11.pdf"
    chromium_pdf(report_html(font="URW Gothic", accent="#7c3aed", letterhead="Stichting Openbaar Onderwijs "
                                                                            "Vlietmonde",
                             lh_sub="Personeelszaken · verzuim en re-integratie", running="Vlietmonde · L. Demirtas",
                             title="Eerstejaarsevaluatie",
                             fields=[("Medewerker", "L. Demirtas"), ("BSN", E_BSN), ("Eerste ziektedag", nl(E_D0)),
                                     ("Datum evaluatie", "9 december 2025"),
                                     ("Aanwezig", "L. Demirtas, J. Meulenbelt, S. Kuipers (bedrijfsarts, "
                                                  "op afstand)")],
                             sections=[("Terugblik", "Vanaf maart ondersteunende taken; na stagnatie in juni "
                                                     "is het doel aangepast. Sinds september werkt Leyla 12 uur "
                                                     "als RT-leerkracht op OBS Het Anker (passend volgens UWV, "
                                                     "18-09-2025)."),
                                       ("Resultaat dat we in het tweede jaar willen bereiken",
                                        "Uitbreiding naar 20 uur RT en zo mogelijk twee ochtenden voor een eigen "
                                        "groep. Omdat terugkeer in het eigen werk onzeker is, starten we "
                                        "daarnaast een oriënterend tweede spoor (Bureau Vonk)."),
                                       ("Visie", "Werkgever: we blijven investeren in behoud binnen de stichting."
                                                 "\nWerknemer: ik sta open voor het tweede spoor.")],
                             sign="Schiedam, 9 december 2025 — J. Meulenbelt, L. Demirtas",
                             footer="Vlietmonde · personeelszaken"), tmp, D("2025-12-09"))
    out(E, "doorgestuurd EJE.eml").write_bytes(mail(
        "Personeelszaken Vlietmonde <pz@vlietmonde.example>", "Johan Meulenbelt <directie.dekwakel@vlietmonde.example>",
        "Fwd: EJE Demirtas def", dt.datetime(2025, 12, 11, 9, 40),
        "Johan,\n\nHierbij de definitieve versie, getekend. Graag bewaren in het dossier.\n\nPZ\n\n"
        "-------- Doorgestuurd bericht --------\nOnderwerp: EJE Demirtas\nDatum: Tue, 9 Dec 2025 15:12:09 +0100\n",
        atts=[Att("EJE Demirtas def.pdf", tmp.read_bytes(), "application/pdf")], mailer="thunderbird"))
    label(f"{E}/doorgestuurd EJE.eml::EJE Demirtas def.pdf", "eerstejaarsevaluatie", "2025-12-09",
          "E;Chromium pdf attached to a forwarded Thunderbird mail;mail dated 11-12")

    b = [Block("small", "Bureau Vonk · loopbaan en re-integratie · Rotterdam"),
         Block("h1", "Trajectplan re-integratie 2e spoor"),
         Block("table", rows=[["Kandidaat", "L. Demirtas"], ["BSN", E_BSN], ["Opdrachtgever", E_WG],
                              ["Intakegesprek", "8 januari 2026"], ["Datum trajectplan", "20 januari 2026"]]),
         Block("h2", "Persoonsprofiel"),
         Block("p", "Pabo, 14 jaar leerkracht. Sterk in begeleiding van kleine groepen en leerlingen met "
                    "leerproblemen."),
         Block("h2", "Zoekprofiel"),
         Block("p", "Onderwijsassistent, RT-begeleider, medewerker bijles/huiswerkbegeleiding, 20 uur, regio "
                    "Schiedam-Rotterdam."),
         Block("h2", "Activiteiten"),
         Block("p", "Arbeidsmarktoriëntatie, netwerkgesprekken, sollicitatiebegeleiding; rapportage aan de "
                    "werkgever elke 8 weken."),
         Block("p", "Akkoord kandidaat: L. Demirtas — adviseur: M. Vonk")]
    soffice_pdf("tp.odt", odt(b, "Trajectplan", "M. Vonk", D("2026-01-20"), font="DejaVu Sans"),
                out(E, "Trajectplan 2e spoor.pdf"), D("2026-01-20"))
    label(f"{E}/Trajectplan 2e spoor.pdf", "trajectplan_tweede_spoor", "2026-01-20",
          "E;hand-written ODT -> LibreOffice pdf;intake date 8-01 beside the plan date")

    txt = ("Ziekmelding intern - formulier P&O\r\n\r\nNaam: L. Demirtas\r\nSchool: OBS De Kwakel\r\n"
           "Datum ziekmelding: 13-01-2025\r\nVerwachte duur: onbekend\r\nBereikbaar op: privénummer\r\n"
           "Arbeidsongeval: nee\r\nDoorgezet naar Arbo&Co: 13-01-2025\r\n\r\n(geen medische gegevens "
           "vastleggen)\r\n")
    out(E, "ziekmelding intern.txt").write_bytes(txt.encode("cp1252"))
    label(f"{E}/ziekmelding intern.txt", None, None,
          "E;Windows-1252 plain text;internal sick report to the arbodienst, not the UWV 42-week report")


# ================================================================ main


def main() -> None:
    for bsn in (A_BSN, B_BSN, C_BSN, D_BSN, E_BSN):
        assert elfproef(bsn), bsn
    assert len({A_BSN, B_BSN, C_BSN, D_BSN, E_BSN}) == 5
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    for case in (case_a, case_b, case_c, case_d, case_e):
        case()
    ROWS.sort(key=lambda r: r[0])
    with LABELS.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for path, typ, date, note in ROWS:
            w.writerow([path, typ, date, "holdout", note])
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(ROWS)} labels, {sum(1 for r in ROWS if r[1])} RIV documents")


if __name__ == "__main__":
    main()
