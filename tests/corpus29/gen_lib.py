"""Helpers for tests/corpus29/generate.py: renderers (python-docx, LibreOffice, wkhtmltopdf, Pillow, e-mail, txt).

Deterministic: fixed seeds, fixed metadata dates, zip timestamps fixed, PDFs rewritten with pikepdf deterministic_id.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import random
import shutil
import subprocess
import zipfile
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

import docx
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED = dt.datetime(2026, 1, 5, 9, 0, 0)
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1767603600", LC_ALL="C.UTF-8")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def elfproef(s: str) -> bool:
    s = "".join(c for c in s if c.isdigit())
    return len(s) == 9 and s != "000000000" and sum(int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2)))
        last = s % 11
        if last <= 9:
            b = "".join(map(str, head)) + str(last)
            assert elfproef(b)
            return b


def nl(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
         "november", "december"]


def lang(d: dt.date) -> str:
    return f"{d.day} {MAAND[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- docx
def write_docx(doc: dict, path: Path) -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for line in doc.get("head", []):
        p = d.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    if doc.get("title"):
        d.add_heading(doc["title"], level=1)
    for line in doc.get("intro", []):
        d.add_paragraph(line)
    for section in doc.get("tables", []):
        if section.get("caption"):
            d.add_heading(section["caption"], level=2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in section["rows"]:
            cells = t.add_row().cells
            cells[0].text = k
            cells[1].text = v
    for line in doc.get("paras", []):
        d.add_paragraph(line)
    if doc.get("sign"):
        d.add_paragraph("")
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Naam", "Functie / rol", "Datum en handtekening")):
            c.text = h
        for name, role, date in doc["sign"]:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = name, role, date
    for line in doc.get("foot", []):
        d.add_paragraph(line)
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.last_modified_by = doc.get("author", "")
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data: bytes, path: Path) -> None:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- pdf finishing
def finish_pdf(path: Path, producer: str, creator: str = "") -> None:
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        info = pikepdf.Dictionary(
            Producer=pikepdf.String(producer),
            CreationDate=pikepdf.String("D:20260105090000Z"),
            ModDate=pikepdf.String("D:20260105090000Z"),
        )
        if creator:
            info["/Creator"] = pikepdf.String(creator)
        pdf.trailer.Info = pdf.make_indirect(info)
        _fix_subset_tags(pdf)
        for k in ("/DocChecksum", "/ID"):
            if k in pdf.trailer:
                del pdf.trailer[k]
        pdf.save(path, deterministic_id=True)


def _fix_subset_tags(pdf) -> None:
    """Font subset tags (ABCDEF+Name) are random per run in LibreOffice and Qt; make them deterministic."""
    import re
    import hashlib

    def tag(name: str) -> str:
        m = re.match(r"^/?([A-Z]{6})\+(.*)$", name)
        if not m:
            return name
        h = hashlib.sha256(m.group(2).encode()).digest()
        return "/" + "".join(chr(65 + b % 26) for b in h[:6]) + "+" + m.group(2)

    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary):
            for key in ("/BaseFont", "/FontName"):
                if key in obj and isinstance(obj[key], pikepdf.Name):
                    obj[key] = pikepdf.Name(tag(str(obj[key])))


def lo_convert(docx_paths: list[Path], outdir: Path, profile: Path) -> None:
    if not docx_paths:
        return
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir)] + [str(p) for p in docx_paths]
    subprocess.run(cmd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def merge_pdfs(parts: list[Path], out: Path) -> None:
    pdf = pikepdf.new()
    for p in parts:
        with pikepdf.open(p) as src:
            pdf.pages.extend(src.pages)
    pdf.save(out)
    pdf.close()


# ---------------------------------------------------------------- html / wkhtmltopdf
CSS = """body{font-family:'DejaVu Sans',Arial;font-size:11px;color:#222;margin:0}
.band{background:%s;color:#fff;padding:10px 16px;font-size:15px}.band small{display:block;font-size:10px;opacity:.85}
.wrap{padding:10px 18px}h1{font-size:17px;margin:8px 0}h2{font-size:13px;margin:12px 0 4px;color:#333}
table{border-collapse:collapse;width:100%%;margin:4px 0}td,th{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
td.l{width:34%%;background:#f1f3f5;font-weight:bold}.foot{color:#777;font-size:9px;margin-top:14px;border-top:1px solid #ccc;padding-top:4px}"""


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(doc: dict, band: str, color: str) -> str:
    h = [f"<html><head><meta charset='utf-8'><style>{CSS % color}</style></head><body>",
         f"<div class='band'>{esc(band)}<small>{esc(doc.get('bandsub', ''))}</small></div><div class='wrap'>"]
    for line in doc.get("head", []):
        h.append(f"<div>{esc(line)}</div>")
    if doc.get("title"):
        h.append(f"<h1>{esc(doc['title'])}</h1>")
    for line in doc.get("intro", []):
        h.append(f"<p>{esc(line)}</p>")
    for s in doc.get("tables", []):
        if s.get("caption"):
            h.append(f"<h2>{esc(s['caption'])}</h2>")
        h.append("<table>" + "".join(f"<tr><td class='l'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in s["rows"]) + "</table>")
    for line in doc.get("paras", []):
        h.append(f"<p>{esc(line)}</p>")
    if doc.get("sign"):
        h.append("<table><tr><th>Naam</th><th>Functie / rol</th><th>Datum</th></tr>" + "".join(
            f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in doc["sign"]) + "</table>")
    for line in doc.get("foot", []):
        h.append(f"<div class='foot'>{esc(line)}</div>")
    h.append("</div></body></html>")
    return "\n".join(h)


def wkhtml(html: str, out: Path, tmp: Path) -> None:
    src = tmp / (out.stem + ".html")
    src.write_text(html, encoding="utf-8")
    subprocess.run(["wkhtmltopdf", "-q", "--page-size", "A4", "--disable-local-file-access", str(src), str(out)],
                   env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finish_pdf(out, "Qt 5.15.2", "wkhtmltopdf 0.12.6")


# ---------------------------------------------------------------- text
def to_text(doc: dict, width: int = 0) -> str:
    out = []
    out += doc.get("head", [])
    if doc.get("head"):
        out.append("")
    if doc.get("title"):
        out += [doc["title"], ""]
    out += [*doc.get("intro", [])]
    for s in doc.get("tables", []):
        if s.get("caption"):
            out += ["", s["caption"].upper()]
        for k, v in s["rows"]:
            out.append(f"{k}: {v}")
    if doc.get("paras"):
        out.append("")
    for p in doc.get("paras", []):
        out += [p, ""]
    for a, b, c in doc.get("sign", []):
        out.append(f"{a} ({b}) - {c}")
    out += doc.get("foot", [])
    return "\n".join(out).strip() + "\n"


# ---------------------------------------------------------------- images (scans, photos)
def font(size: int, kind: str = "sans") -> ImageFont.FreeTypeFont:
    f = {"sans": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "serif": "DejaVuSerif.ttf",
         "mono": "DejaVuSansMono.ttf", "hand": "DejaVuSerifCondensed-Italic.ttf"}[kind]
    return ImageFont.truetype(FONTDIR + f, size)


def _wrap(draw, text, fnt, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=fnt) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines or [""]


def render_pages(doc: dict, W: int = 900, H: int = 1273) -> list[Image.Image]:
    """Render the content dict as A4-like grey pages: letterhead, title, 2-column tables with grid, paragraphs."""
    pages, img, y = [], None, 0
    M = 60
    f, fb, ft = font(15), font(15, "bold"), font(22, "bold")

    def new():
        nonlocal img, y
        img = Image.new("L", (W, H), 250)
        pages.append(img)
        y = M
        return ImageDraw.Draw(img)

    d = new()

    def need(h):
        nonlocal d
        if y + h > H - M:
            d = new()

    for line in doc.get("head", []):
        d.text((M, y), line, font=f, fill=30)
        y += 20
    y += 10
    if doc.get("title"):
        d.text((M, y), doc["title"], font=ft, fill=10)
        y += 38
    for p in doc.get("intro", []) :
        for ln in _wrap(d, p, f, W - 2 * M):
            need(20); d.text((M, y), ln, font=f, fill=25); y += 20
        y += 6
    col = int((W - 2 * M) * 0.36)
    for s in doc.get("tables", []):
        if s.get("caption"):
            need(30); d.text((M, y + 6), s["caption"], font=fb, fill=15); y += 30
        for k, v in s["rows"]:
            kl = _wrap(d, k, fb, col - 12)
            vl = _wrap(d, v, f, W - 2 * M - col - 12)
            h = 20 * max(len(kl), len(vl)) + 10
            need(h)
            d.rectangle([M, y, W - M, y + h], outline=60)
            d.line([M + col, y, M + col, y + h], fill=60)
            for i, ln in enumerate(kl):
                d.text((M + 6, y + 5 + 20 * i), ln, font=fb, fill=20)
            for i, ln in enumerate(vl):
                d.text((M + col + 6, y + 5 + 20 * i), ln, font=f, fill=20)
            y += h
        y += 10
    for p in doc.get("paras", []):
        for ln in _wrap(d, p, f, W - 2 * M):
            need(20); d.text((M, y), ln, font=f, fill=25); y += 20
        y += 8
    if doc.get("sign"):
        need(40 + 46 * len(doc["sign"]))
        y += 10
        for a, b, c in doc["sign"]:
            d.rectangle([M, y, W - M, y + 46], outline=60)
            d.text((M + 6, y + 5), f"{a} - {b}", font=f, fill=20)
            d.text((M + 6, y + 24), f"Datum: {c}   Handtekening:", font=f, fill=20)
            y += 46
    for line in doc.get("foot", []):
        need(20); d.text((M, y + 6), line, font=font(12), fill=90); y += 18
    return pages


def hand(img: Image.Image, xy, text: str, size: int = 24, fill=40, rng: random.Random | None = None) -> None:
    d = ImageDraw.Draw(img)
    d.text(xy, text, font=font(size, "hand"), fill=fill)


def signature(img, xy, rng: random.Random, fill=30):
    d = ImageDraw.Draw(img)
    x, y = xy
    pts = [(x + i * 9, y + rng.randint(-9, 9)) for i in range(14)]
    d.line(pts, fill=fill, width=2)


def stamp(img: Image.Image, xy, lines: list[str]) -> None:
    layer = Image.new("L", (330, 30 + 30 * len(lines)), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle([2, 2, layer.width - 3, layer.height - 3], outline=255, width=3)
    for i, ln in enumerate(lines):
        d.text((14, 12 + 30 * i), ln, font=font(22, "bold"), fill=255)
    layer = layer.rotate(-6, expand=True, fillcolor=0)
    ink = Image.new("L", layer.size, 90)
    img.paste(ink, xy, layer)


def fax_line(img: Image.Image, text: str) -> None:
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, img.width, 22], fill=250)
    d.text((20, 3), text, font=font(13, "mono"), fill=20)


def scanify(img: Image.Image, rng: random.Random, angle: float = 0.6, fax: bool = False) -> Image.Image:
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    for _ in range(1400):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        px[x, y] = rng.randint(120, 200)
    if fax:
        img = img.point(lambda v: 0 if v < 150 else 255).convert("L")
    else:
        img = img.filter(ImageFilter.GaussianBlur(0.5))
    return img


def save_scan_pdf(pages: list[Image.Image], out: Path) -> None:
    buf = io.BytesIO()
    pages = [p.convert("L") for p in pages]
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=110.0, quality=55,
                  creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), producer="", title="")
    out.write_bytes(buf.getvalue())
    finish_pdf(out, "KONICA MINOLTA bizhub C300i", "")


def photo(page: Image.Image, rng: random.Random, out: Path, bg=(92, 74, 58), angle=3.0, screen=False) -> None:
    """A phone photo: the page (or a screen) lying on a surface, slightly rotated, warm light, JPEG."""
    W, H = 1000, 1250
    canvas = Image.new("RGB", (W, H), bg)
    pg = page.convert("RGB")
    scale = 0.86 * min(W / pg.width, H / pg.height)
    pg = pg.resize((int(pg.width * scale), int(pg.height * scale)))
    if screen:
        frame = Image.new("RGB", (pg.width + 40, pg.height + 40), (25, 25, 28))
        frame.paste(pg, (20, 20))
        pg = frame
    pg = pg.rotate(angle, expand=True, fillcolor=bg, resample=Image.BICUBIC)
    canvas.paste(pg, ((W - pg.width) // 2, (H - pg.height) // 2))
    ov = Image.new("RGB", (W, H), (255, 236, 200) if not screen else (200, 215, 255))
    canvas = Image.blend(canvas, ov, 0.08)
    px = canvas.load()
    for _ in range(3000):
        x, y = rng.randrange(W), rng.randrange(H)
        r, g, b = px[x, y]
        n = rng.randint(-18, 18)
        px[x, y] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.6))
    canvas.save(out, "JPEG", quality=62, optimize=False)


# ---------------------------------------------------------------- e-mail (Outlook-style)
def mail(frm: str, to: str, subject: str, date: dt.datetime, body: str, msgid: str, cc: str = "",
         attachments: list[tuple[str, bytes]] = (), in_reply_to: str = "") -> bytes:
    if attachments:
        m = MIMEMultipart("mixed", boundary=f"_004_{msgid.split('@')[0]}_")
        m.attach(MIMEText(body, "plain", "utf-8"))
        for name, data in attachments:
            if name.lower().endswith(".pdf"):
                part = MIMEApplication(data, "pdf")
            elif name.lower().endswith(".jpg"):
                part = MIMEImage(data, "jpeg")
            else:
                part = MIMEApplication(data)
            part.add_header("Content-Disposition", "attachment", filename=name)
            m.attach(part)
    else:
        m = MIMEText(body, "plain", "utf-8")
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{msgid}>"
    if in_reply_to:
        m["In-Reply-To"] = f"<{in_reply_to}>"
    m["Thread-Topic"] = subject.split(": ", 1)[-1]
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["Content-Language"] = "nl-NL"
    return m.as_bytes()
