"""Producers for tests/corpus25 (deterministic: fixed seeds, fixed dates, no clock reads)."""
from __future__ import annotations

import datetime as dt
import email.policy
import io
import os
import random
import shutil
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1735689600", LC_ALL="C.UTF-8")


def elfproef(bsn: str) -> bool:
    s = bsn.zfill(9)
    return len(s) == 9 and s != "000000000" and sum(int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(seed: int) -> str:
    rng = random.Random(seed)
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            return s


def font(path=FONT, size=14):
    return ImageFont.truetype(path, size)


# ---------------------------------------------------------------- DOCX (python-docx, Word-like)

def write_docx(path: Path, blocks, author: str, when: dt.date, header: str | None = None) -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
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
            d.add_paragraph(val, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    stamp = dt.datetime(when.year, when.month, when.day, 9, 30, 0)
    cp.created = stamp
    cp.modified = stamp + dt.timedelta(hours=2)
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    fix_zip(buf.getvalue(), path)


def fix_zip(data: bytes, path: Path) -> None:
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


def soffice_pdf(docx_files: list[Path], outdir: Path) -> None:
    prof = Path(tempfile.mkdtemp(prefix="lo_c25_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), *map(str, docx_files)], check=True, env=ENV,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- HTML portal prints (wkhtmltopdf)

def portal_html(brand: str, color: str, crumbs: str, title: str, fields, sections, printed: str, footer: str) -> str:
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in fields)
    body = ""
    for head, paras in sections:
        if head:
            body += f"<h3>{esc(head)}</h3>"
        for p in paras:
            if p.startswith("- "):
                body += f"<ul><li>{esc(p[2:])}</li></ul>"
            else:
                body += f"<p>{esc(p)}</p>"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0}}
.bar{{background:{color};color:#fff;padding:10px 18px;font-size:15pt}}
.bar small{{font-size:9pt;float:right;margin-top:6px}}
.crumbs{{color:#666;font-size:8.5pt;padding:4px 18px;border-bottom:1px solid #ccc}}
.c{{padding:6px 18px}} h2{{color:{color};font-size:14pt}} h3{{font-size:11pt;margin-bottom:2px;border-bottom:1px solid #ddd}}
table{{border-collapse:collapse;width:100%;font-size:9.5pt}} th{{text-align:left;width:34%;background:#f2f2f2;padding:3px 6px;border:1px solid #ddd}}
td{{padding:3px 6px;border:1px solid #ddd}} ul{{margin:0}} .f{{color:#777;font-size:8pt;border-top:1px solid #ccc;margin-top:18px;padding-top:4px}}
</style></head><body><div class="bar">{esc(brand)}<small>{esc(printed)}</small></div><div class="crumbs">{esc(crumbs)}</div>
<div class="c"><h2>{esc(title)}</h2><table>{rows}</table>{body}<div class="f">{esc(footer)}</div></div></body></html>"""


def wkhtml(html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "p.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4", str(src), str(out)],
                       check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def merge_pdfs(parts: list[Path], out: Path) -> None:
    pdf = pikepdf.new()
    for p in parts:
        with pikepdf.open(p) as src:
            pdf.pages.extend(src.pages)
    pdf.save(out)


# ---------------------------------------------------------------- paper pages drawn with Pillow

def draw_page(lines, seed: int, w=827, h=1169, size=15, hand=None, stamp=None, fax=None, logo=None):
    """lines: list of str or (str, 'b'|'h'|'hand'); returns an L-mode page image."""
    rng = random.Random(seed)
    img = Image.new("L", (w, h), 250)
    d = ImageDraw.Draw(img)
    y = 60
    if fax:
        d.text((40, 18), fax, font=font(MONO, 11), fill=60)
    if logo:
        d.text((70, y), logo, font=font(FONTB, 22), fill=30)
        y += 50
    f, fb, fh = font(FONT, size), font(FONTB, size + 2), font(HAND, size + 9)
    for ln in lines:
        kind = None
        if isinstance(ln, tuple):
            ln, kind = ln
        if kind == "hand":
            d.text((90 + rng.randint(-4, 4), y), ln, font=fh, fill=45)
            y += size + 16
            continue
        d.text((70, y), ln, font=fb if kind in ("b", "h") else f, fill=25)
        y += size + 8 if ln else size
    for (x, yy, text) in (hand or []):
        d.text((x, yy), text, font=fh, fill=40)
    if stamp:
        st = Image.new("L", (330, 90), 0)
        sd = ImageDraw.Draw(st)
        sd.rectangle([2, 2, 327, 87], outline=255, width=4)
        sd.text((18, 14), stamp[0], font=font(FONTB, 24), fill=255)
        sd.text((18, 52), stamp[1], font=font(FONT, 16), fill=255)
        st = st.rotate(rng.uniform(-8, 8), expand=True, fillcolor=0)
        ink = Image.new("L", st.size, 110)
        img.paste(ink, (w - st.size[0] - 60, 120), st)
    return img


def scan_pdf(pages, out: Path, seed: int, when: dt.date) -> None:
    """Image-only copier scan: skew, speckle, grey; one JPEG per page through Pillow's PDF writer."""
    rng = random.Random(seed)
    ims = []
    for pg in pages:
        pg = pg.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=235)
        px = pg.load()
        for _ in range(900):
            x, y = rng.randrange(pg.width), rng.randrange(pg.height)
            px[x, y] = rng.randint(60, 160)
        ims.append(pg.filter(ImageFilter.GaussianBlur(0.5)))
    t = dt.datetime(when.year, when.month, when.day, 10, 0, 0).timetuple()
    ims[0].save(out, "PDF", resolution=100, save_all=True, append_images=ims[1:], quality=60,
                creationDate=t, modDate=t, producer="KM-C3350 Scan", title="")


def photo(page: Image.Image, out: Path, seed: int, bg=(120, 86, 60), q=55, tilt=0.06) -> None:
    rng = random.Random(seed)
    page = page.convert("RGB")
    W, H = int(page.width * 1.25), int(page.height * 1.2)
    canvas = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(canvas)
    for i in range(0, H, 7):
        c = tuple(max(0, min(255, v + rng.randint(-12, 12))) for v in bg)
        d.line([(0, i), (W, i + rng.randint(-3, 3))], fill=c, width=4)
    ox, oy = (W - page.width) // 2, (H - page.height) // 2
    quad = [page.width * rng.uniform(0, tilt), page.height * rng.uniform(0, tilt),
            page.width * rng.uniform(-tilt, tilt / 3), page.height * (1 - rng.uniform(0, tilt)),
            page.width * (1 - rng.uniform(-tilt / 3, tilt)), page.height * (1 + rng.uniform(-tilt, 0)),
            page.width * (1 - rng.uniform(0, tilt)), page.height * rng.uniform(-tilt / 3, tilt)]
    warped = page.transform(page.size, Image.QUAD, [-v for v in quad[:0]] + quad, resample=Image.BICUBIC,
                            fillcolor=bg)
    canvas.paste(warped, (ox, oy))
    shade = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(shade).ellipse([W * 0.55, H * 0.6, W * 1.3, H * 1.4], fill=70)
    shade = shade.filter(ImageFilter.GaussianBlur(60))
    canvas = Image.composite(Image.new("RGB", canvas.size, (30, 25, 20)), canvas, shade)
    r, g, b = canvas.split()
    canvas = Image.merge("RGB", (r.point(lambda v: min(255, v + 8)), g, b.point(lambda v: max(0, v - 10))))
    canvas = canvas.filter(ImageFilter.GaussianBlur(1.0)).resize((int(W * 0.8), int(H * 0.8)))
    canvas.save(out, "JPEG", quality=q)


def screen_photo(screen: Image.Image, out: Path, seed: int) -> None:
    """A phone photo of a laptop screen: bezel, moiré lines, glare."""
    rng = random.Random(seed)
    screen = screen.convert("RGB")
    d = ImageDraw.Draw(screen)
    for y in range(0, screen.height, 3):
        d.line([(0, y), (screen.width, y + rng.randint(0, 2))], fill=(200, 200, 210), width=1)
    scr = Image.blend(screen, Image.new("RGB", screen.size, (235, 235, 245)), 0.12)
    bez = Image.new("RGB", (scr.width + 80, scr.height + 120), (28, 28, 30))
    bez.paste(scr, (40, 40))
    photo(bez, out, seed, bg=(70, 60, 55), q=60, tilt=0.05)


def portal_screen(brand: str, color, url: str, title: str, rows, w=1100, h=760) -> Image.Image:
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 40], fill=(222, 222, 226))
    d.rounded_rectangle([90, 8, w - 120, 32], 10, fill=(255, 255, 255))
    d.text((104, 12), url, font=font(FONT, 14), fill=(60, 60, 60))
    d.rectangle([0, 40, w, 96], fill=color)
    d.text((24, 54), brand, font=font(FONTB, 24), fill=(255, 255, 255))
    d.text((24, 112), title, font=font(FONTB, 22), fill=(30, 30, 30))
    y = 156
    for r in rows:
        if isinstance(r, tuple):
            d.text((24, y), r[0], font=font(FONTB, 15), fill=(70, 70, 70))
            d.text((330, y), r[1], font=font(FONT, 15), fill=(20, 20, 20))
        else:
            d.text((24, y), r, font=font(FONT, 15), fill=(20, 20, 20))
        y += 26
    return img


# ---------------------------------------------------------------- e-mail (Outlook-style)

def eml(out: Path, frm: str, to: str, subject: str, date: str, body: str, mid: str, cc: str | None = None,
        attach: list[tuple[str, bytes, str]] | None = None, in_reply_to: str | None = None) -> None:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{mid}@mail.example>"
    if in_reply_to:
        m["In-Reply-To"] = f"<{in_reply_to}@mail.example>"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["Content-Language"] = "nl-NL"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    for name, data, ctype in attach or []:
        main, sub = ctype.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    if m.is_multipart():
        m.set_boundary(f"----=_NextPart_000_0019_{mid.replace('.', '')[:20]}")
    out.write_bytes(m.as_bytes())


# ---------------------------------------------------------------- PDF normalisation

def normalise_pdf(path: Path, when: dt.date) -> None:
    stamp = f"D:{when:%Y%m%d}100000Z"
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root.Metadata
        if "/DocChecksum" in pdf.trailer:
            del pdf.trailer.DocChecksum
        if "/ID" in pdf.trailer:  # the producers' own /ID holds a clock or a random part; recompute from content
            del pdf.trailer.ID
        _retag_subsets(pdf)
        info = pdf.docinfo
        for k in list(info.keys()):
            if k not in ("/Producer", "/Creator", "/Title"):
                del info[k]
        info["/CreationDate"] = stamp
        info["/ModDate"] = stamp
        pdf.save(path, deterministic_id=True, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.preserve)


def _retag_subsets(pdf) -> None:
    """wkhtmltopdf (Qt) hands out subset tags (ABCDEF+Font) in hash order; make them a function of the font name."""
    import hashlib
    import re
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary):
            continue
        for key in ("/BaseFont", "/FontName"):
            if key in obj and isinstance(obj[key], pikepdf.Name):
                m = re.fullmatch(r"/([A-Z]{6})\+(.+)", str(obj[key]))
                if m:
                    h = hashlib.sha1(m.group(2).encode()).digest()
                    tag = "".join(chr(65 + v % 26) for v in h[:6])
                    obj[key] = pikepdf.Name(f"/{tag}+{m.group(2)}")
