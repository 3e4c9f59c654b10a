"""Producers for tests/corpus23 (deterministic). Used by make_corpus23.py only."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import os
import random
import shutil
import subprocess
import tempfile
import zipfile
from email import policy
from email.message import EmailMessage
from pathlib import Path

import docx
import img2pdf
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2026, 11, 23, 12, 0, 0)
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1795435200", LC_ALL="C.UTF-8")


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTDIR + name, size)


def elfproef(bsn: str) -> bool:
    s = bsn.zfill(9)
    return (
        len(s) == 9
        and s != "000000000"
        and sum(int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0
    )


def make_bsn(rng: random.Random) -> str:
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            assert elfproef(s)
            return s


# ---------------------------------------------------------------- PDF normalisation
def normalize_pdf(path: Path, producer: str, title: str | None = None) -> None:
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        info = pdf.make_indirect(pikepdf.Dictionary())
        info["/Producer"] = pikepdf.String(producer)
        info["/CreationDate"] = pikepdf.String("D:20261123120000Z")
        info["/ModDate"] = pikepdf.String("D:20261123120000Z")
        if title:
            info["/Title"] = pikepdf.String(title)
        pdf.trailer["/Info"] = info
        if "/DocChecksum" in pdf.trailer:  # LibreOffice writes a per-run checksum into the trailer
            del pdf.trailer["/DocChecksum"]
        for obj in pdf.objects:  # Qt numbers font subsets in hash order: give each subset a name-derived tag
            if isinstance(obj, pikepdf.Dictionary):
                for key in ("/BaseFont", "/FontName"):
                    v = obj.get(key)
                    if isinstance(v, pikepdf.Name) and len(str(v)) > 8 and str(v)[7] == "+":
                        base = str(v)[8:]
                        tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(base.encode()).digest()[:6])
                        obj[key] = pikepdf.Name("/" + tag + "+" + base)
        if "/ID" in pdf.trailer:  # qpdf keeps the first /ID element of the input; drop it so both are content-derived
            del pdf.trailer["/ID"]
        pdf.save(
            path, deterministic_id=True, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.preserve
        )


def concat_pdfs(parts: list[Path], out: Path, producer: str) -> None:
    pdf = pikepdf.new()
    for p in parts:
        with pikepdf.open(p) as src:
            pdf.pages.extend(src.pages)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(out, deterministic_id=True)
    pdf.close()
    normalize_pdf(out, producer)


# ---------------------------------------------------------------- DOCX (python-docx, Word-like)
def _fix_zip(path: Path) -> None:
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 23, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(buf.getvalue())


def write_docx(path: Path, blocks: list, author: str, when: dt.date) -> None:
    """blocks: strings; '# ' heading 1, '## ' heading 2, '- ' bullet, ('table', rows) a table."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
        elif b.startswith("# "):
            d.add_heading(b[2:], level=1)
        elif b.startswith("## "):
            d.add_heading(b[3:], level=2)
        elif b.startswith("- "):
            d.add_paragraph(b[2:], style="List Bullet")
        else:
            d.add_paragraph(b)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    stamp = dt.datetime(when.year, when.month, when.day, 9, 30, 0)
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 3
    cp.title = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)
    _fix_zip(path)


class Soffice:
    """Queue .docx files and print them to PDF with LibreOffice in one run."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Path, Path, str]] = []

    def add(self, src_docx: Path, out_pdf: Path, title: str) -> None:
        self.jobs.append((src_docx, out_pdf, title))

    def run(self, work: Path) -> None:
        if not self.jobs:
            return
        indir = work / "lo_in"
        outdir = work / "lo_out"
        indir.mkdir(parents=True, exist_ok=True)
        outdir.mkdir(parents=True, exist_ok=True)
        names = []
        for i, (src, _, _) in enumerate(self.jobs):
            n = indir / f"job{i:03d}.docx"
            shutil.copy(src, n)
            names.append(str(n))
        prof = work / "lo_profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(outdir),
                *names,
            ],
            check=True,
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for i, (_, out, title) in enumerate(self.jobs):
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(outdir / f"job{i:03d}.pdf", out)
            normalize_pdf(out, "LibreOffice 7.4", title)


# ---------------------------------------------------------------- wkhtmltopdf portal prints
PORTAL_CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11px;color:#222;margin:0}
.bar{background:%s;color:#fff;padding:10px 16px;font-size:15px;font-weight:bold}
.sub{background:#eee;padding:4px 16px;font-size:10px;color:#555}
.c{padding:10px 18px} h1{font-size:17px;margin:8px 0} h2{font-size:13px;margin:12px 0 4px;border-bottom:1px solid #ccc}
table.f{border-collapse:collapse;margin:6px 0} table.f td{border:1px solid #bbb;padding:3px 8px;vertical-align:top}
td.l{background:#f3f3f3;width:170px;font-weight:bold}
.foot{font-size:9px;color:#777;margin-top:18px;border-top:1px solid #ccc;padding-top:4px}
"""


def portal_html(
    portal: str, colour: str, subline: str, title: str, fields: list[tuple[str, str]], blocks: list[str], foot: str
) -> str:
    out = [
        f"<html><head><meta charset='utf-8'><style>{PORTAL_CSS % colour}</style></head><body>",
        f"<div class='bar'>{html.escape(portal)}</div><div class='sub'>{html.escape(subline)}</div><div class='c'>",
    ]
    if title:
        out.append(f"<h1>{html.escape(title)}</h1>")
    if fields:
        out.append(
            "<table class='f'>"
            + "".join(f"<tr><td class='l'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in fields)
            + "</table>"
        )
    ul = False
    for b in blocks:
        if b.startswith("- "):
            if not ul:
                out.append("<ul>")
                ul = True
            out.append(f"<li>{html.escape(b[2:])}</li>")
            continue
        if ul:
            out.append("</ul>")
            ul = False
        if b.startswith("## "):
            out.append(f"<h2>{html.escape(b[3:])}</h2>")
        else:
            out.append(f"<p>{html.escape(b)}</p>")
    if ul:
        out.append("</ul>")
    out.append(f"<div class='foot'>{html.escape(foot)}</div></div></body></html>")
    return "\n".join(out)


def wkhtml(html_text: str, out: Path, work: Path, title: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    n = len(list(work.glob("wk_*.html")))
    src = work / f"wk_{n:03d}.html"
    src.write_text(html_text, encoding="utf-8")
    subprocess.run(
        ["wkhtmltopdf", "--quiet", "--page-size", "A4", "--title", title, str(src), str(out)],
        check=True,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    normalize_pdf(out, "Qt 5.15.8", title)


def chromium_pdf(html_text: str, out: Path, work: Path, title: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    n = len(list(work.glob("cr_*.html")))
    src = work / f"cr_{n:03d}.html"
    src.write_text(html_text, encoding="utf-8")
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={work / 'chromium_profile'}",
            f"--print-to-pdf={out}",
            src.as_uri(),
        ],
        check=True,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
    )
    normalize_pdf(out, "Skia/PDF m120", title)


# ---------------------------------------------------------------- scans and photos (Pillow)
W, H = 1240, 1754  # A4 at 150 dpi


def _wrap(text: str, fnt: ImageFont.FreeTypeFont, width: int) -> list[str]:
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if fnt.getlength(t) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    lines.append(cur)
    return lines


def render_page(
    lines: list[str],
    seed: int,
    fax: str | None = None,
    stamp: str | None = None,
    hand: list[tuple[int, str]] | None = None,
    serif: bool = False,
) -> Image.Image:
    """Render a typed page; '# ' = bold heading. hand: (line index, text) handwritten additions in the margin."""
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    body = font("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf", 22)
    bold = font("DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf", 27)
    y = 90
    if fax:
        d.text((60, 30), fax, font=font("DejaVuSansMono.ttf", 18), fill=40)
        y = 110
    ys = []
    for ln in lines:
        if ln.startswith("# "):
            y += 10
            d.text((120, y), ln[2:], font=bold, fill=15)
            ys.append(y)
            y += 48
            continue
        if not ln:
            ys.append(y)
            y += 18
            continue
        for part in _wrap(ln, body, W - 260):
            d.text((120, y), part, font=body, fill=20)
            y += 32
        ys.append(y - 32)
    if hand:
        hf = font("DejaVuSansCondensed-Oblique.ttf", 30)
        for idx, txt in hand:
            yy = ys[min(idx, len(ys) - 1)]
            layer = Image.new("L", (W - 200, 80), 0)
            ImageDraw.Draw(layer).text((10, 15), txt, font=hf, fill=255)
            layer = layer.rotate(-2, expand=False)
            if len(txt) < 20:  # a signature or initials beside the line
                img.paste(60, (720, yy - 30), layer)
            else:  # a note written under the line
                img.paste(70, (150, yy + 22), layer)
    if stamp:
        sf = font("DejaVuSans-Bold.ttf", 34)
        st = Image.new("L", (560, 120), 0)
        sd = ImageDraw.Draw(st)
        sd.rectangle([4, 4, 555, 115], outline=255, width=5)
        sd.text((30, 38), stamp, font=sf, fill=255)
        st = st.rotate(8, expand=True)
        img.paste(95, (W - 700, 140 if not fax else 170), st)
    rng = random.Random(seed)
    px = img.load()
    for _ in range(2500):
        x, yv = rng.randrange(W), rng.randrange(H)
        px[x, yv] = rng.choice((90, 140, 180))
    img = img.rotate(rng.uniform(-0.8, 0.8), fillcolor=255, resample=Image.BICUBIC)
    return img.filter(ImageFilter.GaussianBlur(0.6))


def scan_pdf(pages: list[Image.Image], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    jpgs = []
    for p in pages:
        b = io.BytesIO()
        p.save(b, "JPEG", quality=45, optimize=False)
        jpgs.append(b.getvalue())
    layout = img2pdf.get_layout_fun((img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297)))
    out.write_bytes(img2pdf.convert(jpgs, layout_fun=layout, creationdate=FIXED, moddate=FIXED, nodate=False))
    normalize_pdf(out, "Scan to PDF (Kyocera TASKalfa)")


def photo_of_page(page: Image.Image, seed: int, out: Path) -> None:
    """A phone photo of a paper page on a desk: perspective-ish rotation, shadow, warm background."""
    rng = random.Random(seed)
    small = page.convert("RGB").resize((900, 1273))
    bg = Image.new("RGB", (1100, 1450), (118, 92, 66))
    d = ImageDraw.Draw(bg)
    for i in range(0, 1450, 23):
        d.line([(0, i), (1100, i + rng.randint(-8, 8))], fill=(104 + rng.randint(0, 12), 80, 58), width=2)
    rot = small.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(118, 92, 66))
    bg.paste(rot, (60 + rng.randint(0, 30), 50 + rng.randint(0, 30)))
    shade = Image.new("L", bg.size, 0)
    ImageDraw.Draw(shade).ellipse([-400, -300, 700, 900], fill=60)
    bg = Image.composite(Image.new("RGB", bg.size, (40, 30, 20)), bg, shade.filter(ImageFilter.GaussianBlur(120)))
    out.parent.mkdir(parents=True, exist_ok=True)
    bg.save(out, "JPEG", quality=70)


def photo_of_screen(portal: str, lines: list[str], seed: int, out: Path) -> None:
    """A phone photo of a laptop screen showing a portal page."""
    rng = random.Random(seed)
    scr = Image.new("RGB", (1280, 800), (255, 255, 255))
    d = ImageDraw.Draw(scr)
    d.rectangle([0, 0, 1280, 70], fill=(0, 84, 150))
    d.text((30, 20), portal, font=font("DejaVuSans-Bold.ttf", 28), fill=(255, 255, 255))
    d.rectangle([0, 70, 1280, 105], fill=(228, 236, 244))
    d.text((30, 78), "Home  >  Ziekmeldingen  >  Overzicht", font=font("DejaVuSans.ttf", 17), fill=(60, 60, 60))
    y = 135
    for ln in lines:
        if ln.startswith("# "):
            d.text((40, y), ln[2:], font=font("DejaVuSans-Bold.ttf", 27), fill=(20, 20, 20))
            y += 50
        else:
            d.text((40, y), ln, font=font("DejaVuSans.ttf", 20), fill=(30, 30, 30))
            y += 33
    photo = Image.new("RGB", (1400, 1000), (30, 30, 34))
    pd = ImageDraw.Draw(photo)
    pd.rectangle([40, 40, 1360, 900], fill=(15, 15, 15))
    scr = scr.resize((1240, 775))
    for i in range(0, 775, 4):  # moire lines
        ImageDraw.Draw(scr).line([(0, i), (1240, i)], fill=(235, 235, 240), width=1)
    photo.paste(scr, (80, 80))
    pd.rectangle([0, 920, 1400, 1000], fill=(70, 70, 75))
    photo = photo.rotate(rng.uniform(-3, 3), fillcolor=(30, 30, 34), resample=Image.BICUBIC)
    photo = photo.filter(ImageFilter.GaussianBlur(1.0))
    out.parent.mkdir(parents=True, exist_ok=True)
    photo.save(out, "JPEG", quality=72)


# ---------------------------------------------------------------- e-mail (Outlook-style)
def make_eml(
    out: Path,
    frm: str,
    to: str,
    subject: str,
    date: str,
    body: str,
    html_body: str | None = None,
    attachments: list[tuple[str, bytes, str]] | None = None,
    cc: str | None = None,
    tag: str = "x",
    quoted: str | None = None,
) -> None:
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{tag}@mail.corpus23.example>"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["MIME-Version"] = "1.0"
    text = body + ("\n\n" + quoted if quoted else "")
    m.set_content(text)
    if html_body is not None:
        m.add_alternative(html_body, subtype="html")
    for name, data, ctype in attachments or []:
        main, sub = ctype.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{tag}_{i:02d}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(m.as_bytes())


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="c23_"))
