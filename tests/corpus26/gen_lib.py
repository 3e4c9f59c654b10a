"""Producers for tests/corpus26 (deterministic: fixed seeds, fixed dates, no clock reads)."""

from __future__ import annotations

import datetime as dt
import email.policy
import io
import os
import random
import shutil
import subprocess
import zipfile
from email.message import EmailMessage
from pathlib import Path

import img2pdf
import pikepdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
HAND_FONT = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1767225600", LC_ALL="C.UTF-8")
FIXED_PDF_DATE = "D:20260101000000Z"


def elfproef(bsn: str) -> bool:
    if len(bsn) != 9 or not bsn.isdigit() or bsn == "000000000":
        return False
    return sum(int(d) * w for d, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        s = str(rng.randint(100000000, 899999999))
        if elfproef(s):
            return s


def weekday(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    assert d.weekday() < 5, f"{iso} falls in a weekend"
    return iso


def nl_date(iso: str) -> str:
    m = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
         "november", "december"]
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {m[d.month - 1]} {d.year}"


def dmy(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


# ---------------------------------------------------------------- PDF normalisation

def normalise_pdf(path: Path, producer: str, creator: str = "") -> None:
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary())
        pdf.docinfo["/Producer"] = producer
        if creator:
            pdf.docinfo["/Creator"] = creator
        pdf.docinfo["/CreationDate"] = FIXED_PDF_DATE
        pdf.docinfo["/ModDate"] = FIXED_PDF_DATE
        for key in ("/ID", "/DocChecksum"):  # random /ID (qpdf would keep its first element), LibreOffice's checksum
            if key in pdf.trailer:
                del pdf.trailer[key]
        pdf.save(path, deterministic_id=True, compress_streams=True)


def merge_pdfs(parts: list[Path], out: Path, producer: str) -> None:
    pdf = pikepdf.new()
    for p in parts:
        with pikepdf.open(p) as src:
            pdf.pages.extend(src.pages)
    pdf.save(out)
    pdf.close()
    normalise_pdf(out, producer)


# ---------------------------------------------------------------- markup -> page images

def _font(size: int, bold: bool = False, mono: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSansMono" if mono else ("DejaVuSerif" if serif else "DejaVuSans")
    if bold:
        name += "-Bold"
    return ImageFont.truetype(FONT_DIR + name + ".ttf", size)


def _hand(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(HAND_FONT, size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    out, line = [], ""
    for w in text.split():
        t = (line + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            line = t
        else:
            if line:
                out.append(line)
            line = w
    out.append(line)
    return out


def render_pages(markup: str, width: int = 1100, serif: bool = False, base: int = 21, seed: int = 0,
                 header: str = "") -> list[Image.Image]:
    """Markup: '# ' heading, '## ' subheading, '[x] '/'[ ] ' checkbox, '~ ' handwriting, 'SIG:' signature,
    '--' rule, '| a | b' table row, '===' page break, other lines are paragraphs."""
    rng = random.Random(seed)
    height = int(width * 1.414)
    margin = int(width * 0.09)
    pages: list[Image.Image] = []
    fnt = _font(base, serif=serif)
    bold = _font(base, bold=True, serif=serif)
    h1 = _font(int(base * 1.45), bold=True, serif=serif)
    h2 = _font(int(base * 1.1), bold=True, serif=serif)
    hand = _hand(int(base * 1.35))
    lh = int(base * 1.45)

    def new_page():
        im = Image.new("L", (width, height), 255)
        d = ImageDraw.Draw(im)
        if header:
            d.text((margin, int(margin * 0.5)), header, font=_font(int(base * 0.8)), fill=60)
        return im, d, margin + (lh if header else 0)

    im, d, y = new_page()
    textw = width - 2 * margin
    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line == "===" or y > height - margin - lh * 2:
            pages.append(im)
            im, d, y = new_page()
            if line == "===":
                continue
        if not line:
            y += lh // 2
        elif line.startswith("# "):
            for t in _wrap(d, line[2:], h1, textw):
                d.text((margin, y), t, font=h1, fill=0)
                y += int(lh * 1.4)
            y += lh // 3
        elif line.startswith("## "):
            y += lh // 4
            d.text((margin, y), line[3:], font=h2, fill=0)
            y += int(lh * 1.2)
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            bx = int(base * 0.9)
            d.rectangle([margin, y + 3, margin + bx, y + 3 + bx], outline=0, width=2)
            if line[1] == "x":
                j = rng.randint(-3, 3)
                d.line([margin - 2, y + 2 + j, margin + bx + 4, y + bx + 6], fill=20, width=3)
                d.line([margin + bx + 3, y + j, margin - 1, y + bx + 5], fill=20, width=3)
            for t in _wrap(d, line[4:], fnt, textw - bx - 14):
                d.text((margin + bx + 14, y), t, font=fnt, fill=0)
                y += lh
        elif line.startswith("~ "):
            for t in _wrap(d, line[2:], hand, textw - 20):
                d.text((margin + 10 + rng.randint(-4, 4), y), t, font=hand, fill=35)
                y += int(lh * 1.25)
        elif line.startswith("SIG:"):
            name = line[4:]
            sig = _hand(int(base * 2.0))
            d.text((margin + rng.randint(0, 40), y), name, font=sig, fill=25)
            x0 = margin + int(d.textlength(name, font=sig)) + 10
            d.line([margin, y + int(base * 2.2), x0, y + int(base * 1.6)], fill=40, width=2)
            y += int(lh * 2.0)
        elif line == "--":
            d.line([margin, y + lh // 2, width - margin, y + lh // 2], fill=90, width=2)
            y += lh
        elif line.startswith("| "):
            cells = [c.strip() for c in line[2:].split("|")]
            cw = textw // len(cells) if len(cells) > 2 else None
            x = margin
            wrapped = []
            for i, c in enumerate(cells):
                w = cw if cw else (int(textw * 0.36) if i == 0 else int(textw * 0.64))
                wrapped.append((x, w, _wrap(d, c, bold if i == 0 and not cw else fnt, w - 12)))
                x += w
            rows = max(len(w[2]) for w in wrapped)
            for x, w, ls in wrapped:
                d.rectangle([x, y, x + w, y + rows * lh + 8], outline=120, width=1)
                for k, t in enumerate(ls):
                    d.text((x + 6, y + 4 + k * lh), t, font=bold if (x == margin and not cw) else fnt, fill=0)
            y += rows * lh + 8
        else:
            f = fnt
            if line.startswith("**") and line.endswith("**"):
                f, line = bold, line[2:-2]
            for t in _wrap(d, line, f, textw):
                d.text((margin, y), t, font=f, fill=0)
                y += lh
    pages.append(im)
    return pages


def stamp(im: Image.Image, text: str, xy: tuple[int, int], angle: float = -8) -> Image.Image:
    """A rubber 'ONTVANGEN' stamp (dark grey on a greyscale scan)."""
    f = _font(34, bold=True, mono=True)
    f2 = _font(22, bold=True)
    w = 420
    s = Image.new("L", (w, 120), 0)
    d = ImageDraw.Draw(s)
    d.rounded_rectangle([2, 2, w - 3, 117], radius=14, outline=255, width=5)
    d.text((20, 14), text.split("\n")[0], font=f, fill=255)
    if "\n" in text:
        d.text((20, 66), text.split("\n")[1], font=f2, fill=255)
    s = s.rotate(angle, expand=True, resample=Image.BICUBIC)
    out = im.copy()
    ink = Image.new("L", s.size, 70)
    out.paste(ink, xy, s.point(lambda v: int(v * 0.85)))
    return out


def fax_header(im: Image.Image, text: str) -> Image.Image:
    out = im.copy()
    d = ImageDraw.Draw(out)
    d.text((30, 8), text, font=_font(17, mono=True), fill=0)
    return out


# ---------------------------------------------------------------- scan / fax / photo effects

def scan_effect(im: Image.Image, seed: int, angle: float | None = None) -> Image.Image:
    rng = random.Random(seed)
    a = angle if angle is not None else rng.uniform(-1.2, 1.2)
    g = im.rotate(a, resample=Image.BICUBIC, fillcolor=235)
    g = g.filter(ImageFilter.GaussianBlur(0.6))
    px = g.load()
    w, h = g.size
    for _ in range(w * h // 400):  # toner specks
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.randint(60, 180)
    return g.point(lambda v: max(0, min(255, int((v - 18) * 1.12 + 10))))


def fax_effect(im: Image.Image, seed: int, header: str) -> Image.Image:
    rng = random.Random(seed)
    w, h = im.size
    g = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
    g = g.resize((int(w * 0.85), int(h * 0.5)), Image.BILINEAR).resize((int(w * 0.85), int(h * 0.85)), Image.NEAREST)
    g = fax_header(g, header)
    g = g.point(lambda v: 0 if v < 150 else 255).convert("1")
    return g


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def _coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    return _solve(a, b)


def _background(size: tuple[int, int], kind: str, rng: random.Random) -> Image.Image:
    w, h = size
    if kind == "wood":
        bg = Image.new("RGB", size, (150, 104, 66))
        d = ImageDraw.Draw(bg)
        for y in range(0, h, 3):
            c = rng.randint(-18, 18)
            d.line([0, y, w, y + rng.randint(-6, 6)], fill=(150 + c, 104 + c, 66 + c // 2), width=3)
    elif kind == "kitchen":  # checked oilcloth on a kitchen table
        bg = Image.new("RGB", size, (214, 222, 206))
        d = ImageDraw.Draw(bg)
        for x in range(0, w, 60):
            d.rectangle([x, 0, x + 29, h], fill=(190, 206, 184))
        for y in range(0, h, 60):
            d.rectangle([0, y, w, y + 29], fill=(180, 198, 176))
    else:  # grey desk
        bg = Image.new("RGB", size, (96, 98, 104))
    return bg.filter(ImageFilter.GaussianBlur(1.2))


def photo_effect(page: Image.Image, seed: int, kind: str = "wood", out_w: int = 1150) -> Image.Image:
    """A phone photo of a printed page: angle, keystone, shadow, warm cast, blur."""
    rng = random.Random(seed)
    pw, ph = page.size
    ow, oh = out_w, int(out_w * 1.36)
    bg = _background((ow, oh), kind, rng)
    s = ow / pw * 0.86
    cx, cy = ow / 2 + rng.uniform(-20, 20), oh / 2 + rng.uniform(-15, 15)
    hw, hh = pw * s / 2, ph * s / 2
    k = rng.uniform(0.02, 0.05)
    corners = [(cx - hw * (1 - k), cy - hh), (cx + hw * (1 - k), cy - hh + rng.uniform(-12, 12)),
               (cx + hw, cy + hh), (cx - hw, cy + hh + rng.uniform(-12, 12))]
    rot = rng.uniform(-0.035, 0.035)
    import math
    corners = [(cx + (x - cx) * math.cos(rot) - (y - cy) * math.sin(rot),
                cy + (x - cx) * math.sin(rot) + (y - cy) * math.cos(rot)) for x, y in corners]
    coeffs = _coeffs(corners, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    paper = page.convert("RGB")
    paper = Image.merge("RGB", [paper.getchannel(0).point(lambda v: int(v * 0.97)),
                                paper.getchannel(1).point(lambda v: int(v * 0.95)),
                                paper.getchannel(2).point(lambda v: int(v * 0.88))])
    warped = paper.transform((ow, oh), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((ow, oh), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    # the phone's shadow: a soft dark blob from one side
    sh = Image.new("L", (ow, oh), 0)
    d = ImageDraw.Draw(sh)
    x0 = rng.choice([-ow // 3, ow // 2])
    d.ellipse([x0, -oh // 4, x0 + ow, oh // 2], fill=40)
    sh = sh.filter(ImageFilter.GaussianBlur(90))
    out = Image.composite(Image.new("RGB", (ow, oh), (20, 20, 25)), out, sh)
    return out.filter(ImageFilter.GaussianBlur(0.5))


def screen_photo(page: Image.Image, seed: int, out_w: int = 1250) -> Image.Image:
    """A photo of a laptop screen showing a portal page."""
    rng = random.Random(seed)
    pw, ph = page.size
    framed = Image.new("RGB", (pw + 80, ph + 80), (28, 28, 30))
    framed.paste(page.convert("RGB"), (40, 40))
    fw, fh = framed.size
    ow, oh = out_w, int(out_w * 0.78)
    bg = _background((ow, oh), "desk", rng)
    s = ow / fw * 0.92
    cx, cy = ow / 2, oh / 2
    hw, hh = fw * s / 2, fh * s / 2
    corners = [(cx - hw + 30, cy - hh + 10), (cx + hw - 10, cy - hh), (cx + hw, cy + hh), (cx - hw, cy + hh - 8)]
    coeffs = _coeffs(corners, [(0, 0), (fw, 0), (fw, fh), (0, fh)])
    warped = framed.transform((ow, oh), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (fw, fh), 255).transform((ow, oh), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    # faint scan lines and a glare
    d = ImageDraw.Draw(out, "RGBA")
    for y in range(0, oh, 5):
        d.line([0, y, ow, y], fill=(0, 0, 0, 10))
    d.ellipse([ow * 0.55, -oh * 0.2, ow * 1.1, oh * 0.35], fill=(255, 255, 255, 28))
    return out.filter(ImageFilter.GaussianBlur(0.8))


def save_jpeg(im: Image.Image, path: Path, q: int = 55) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    im.convert("RGB").save(path, "JPEG", quality=q, optimize=True)


def image_pdf(pages: list[Image.Image], path: Path, producer: str, q: int = 40, dpi: int = 133) -> None:
    """An image-only scan PDF (copier / scanner app): JPEG pages, or 1-bit pages for faxes."""
    blobs = []
    for im in pages:
        b = io.BytesIO()
        if im.mode == "1":
            im.save(b, "PNG", optimize=True)
        else:
            im.convert("L").save(b, "JPEG", quality=q, optimize=True)
        blobs.append(b.getvalue())
    layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(img2pdf.convert(blobs, layout_fun=layout, nodate=True))
    normalise_pdf(path, producer)


# ---------------------------------------------------------------- Word (.docx), LibreOffice, wkhtmltopdf

def make_docx(markup: str, path: Path, author: str, when: str, header: str = "") -> None:
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line == "===":
            doc.add_page_break()
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("| "):
            cells = [c.strip() for c in line[2:].split("|")]
            t = doc.add_table(rows=1, cols=len(cells))
            t.style = "Table Grid"
            for c, v in zip(t.rows[0].cells, cells):
                c.text = v
        elif line.startswith("[x] "):
            doc.add_paragraph("☒ " + line[4:])
        elif line.startswith("[ ] "):
            doc.add_paragraph("☐ " + line[4:])
        elif line.startswith("~ "):
            doc.add_paragraph(line[2:])
        elif line.startswith("SIG:"):
            doc.add_paragraph("")
        elif line == "--":
            doc.add_paragraph("_" * 60)
        elif line.startswith("**") and line.endswith("**"):
            doc.add_paragraph().add_run(line[2:-2]).bold = True
        else:
            doc.add_paragraph(line)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    t = dt.datetime.fromisoformat(when + "T10:00:00")
    cp.created = t
    cp.modified = t
    cp.revision = 2
    b = io.BytesIO()
    doc.save(b)
    # repack with fixed zip timestamps (python-docx stamps the current time)
    src = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def lo_pdf(docx_paths: list[Path], tmp: Path) -> None:
    """Word file -> PDF through LibreOffice, as a PDF printer on the employer's PC would."""
    prof = tmp / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp / "lo-out")] + [str(p) for p in docx_paths],
                   check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def html_doc(markup: str, portal: str, colour: str, meta: list[tuple[str, str]], footer: str) -> str:
    import html as h
    body = []
    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line == "===":
            body.append('<div style="page-break-after:always"></div>')
        elif line.startswith("# "):
            body.append(f"<h1>{h.escape(line[2:])}</h1>")
        elif line.startswith("## "):
            body.append(f"<h2>{h.escape(line[3:])}</h2>")
        elif line.startswith("| "):
            cells = [c.strip() for c in line[2:].split("|")]
            body.append("<table class=t><tr>" + "".join(f"<td>{h.escape(c)}</td>" for c in cells) + "</tr></table>")
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            body.append(f"<p>{'&#9746;' if line[1] == 'x' else '&#9744;'} {h.escape(line[4:])}</p>")
        elif line.startswith("SIG:") or line == "--":
            continue
        else:
            body.append(f"<p>{h.escape(line.strip('*'))}</p>")
    rows = "".join(f"<tr><th>{h.escape(k)}</th><td>{h.escape(v)}</td></tr>" for k, v in meta)
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>
body{{font-family:'DejaVu Sans',sans-serif;font-size:11pt;margin:0}}
.bar{{background:{colour};color:#fff;padding:10px 18px;font-size:14pt}}
.bar small{{font-size:9pt;float:right;margin-top:4px}}
.meta{{margin:12px 18px;border-collapse:collapse}} .meta th{{text-align:left;padding:3px 14px 3px 0;color:#444;font-weight:normal}}
.c{{margin:0 18px}} h1{{font-size:15pt}} h2{{font-size:12pt;color:{colour}}}
table.t{{border-collapse:collapse;width:100%}} table.t td{{border:1px solid #bbb;padding:3px;width:50%}}
.f{{margin:30px 18px 0;font-size:8pt;color:#666;border-top:1px solid #ccc;padding-top:4px}}
</style></head><body><div class="bar">{h.escape(portal)}<small>Verzuimdossier</small></div>
<table class="meta">{rows}</table><div class="c">{''.join(body)}</div><div class="f">{h.escape(footer)}</div></body></html>"""


def wk_pdf(html: str, path: Path, tmp: Path) -> None:
    src = tmp / (path.stem + ".html")
    src.write_text(html, encoding="utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    # wkhtmltopdf (Qt) now and then writes one of two byte variants of the same print; render a few times
    # and keep the variant with the smallest sha256, so that two runs of the generator agree
    import hashlib
    variants = set()
    for _ in range(8):
        subprocess.run(["wkhtmltopdf", "--quiet", "-s", "A4", "--disable-local-file-access", str(src), str(path)],
                       check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        normalise_pdf(path, "Qt 4.8.7", "wkhtmltopdf 0.12.6")
        variants.add(path.read_bytes())
    path.write_bytes(min(variants, key=lambda b: hashlib.sha256(b).hexdigest()))


def plain(markup: str) -> str:
    out = []
    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line == "===" or line.startswith("SIG:"):
            continue
        if line.startswith("# ") or line.startswith("## "):
            line = line.split(" ", 1)[1]
        elif line.startswith("| "):
            line = ": ".join(c.strip() for c in line[2:].split("|"))
        elif line.startswith("[x] "):
            line = "[X] " + line[4:]
        elif line.startswith("~ "):
            line = line[2:]
        elif line == "--":
            line = "-" * 40
        out.append(line.strip("*") if line.startswith("**") else line)
    return "\n".join(out) + "\n"


def eml(path: Path, frm: str, to: str, subject: str, when: str, time: str, body: str, msgid: str,
        cc: str = "", attachments: list[tuple[str, bytes, str]] | None = None) -> None:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    d = dt.datetime.fromisoformat(f"{when}T{time}")
    msg["Date"] = d.strftime("%a, %d %b %Y %H:%M:%S +0100")
    msg["Message-ID"] = f"<{msgid}>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Content-Language"] = "nl-NL"
    msg.set_content(body)
    for name, data, sub in attachments or []:
        maintype, subtype = sub.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if msg.is_multipart():
        msg.set_boundary(f"_000_{msgid.split('@')[0]}_")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes())


def reset(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
