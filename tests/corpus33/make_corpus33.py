"""Generate tests/corpus33: an untouched holdout, a mix of dossiers from four larger employers.

Run: .venv/bin/python tests/corpus33/make_corpus33.py   (deletes and rewrites files/ and labels.csv)
All people, companies, addresses, numbers and domains are invented. Deterministic: fixed seeds, no clock reads.
"""

from __future__ import annotations

import csv
import hashlib
import datetime as dt
import io
import os
import random
import shutil
import subprocess
import tempfile
import textwrap
import zipfile
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid  # noqa: F401  (make_msgid not used: ids are fixed)
from html import escape
from pathlib import Path

import docx
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
LABELS = HERE / "labels.csv"
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1767225600", LC_ALL="C.UTF-8")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
TMP = Path(tempfile.mkdtemp(prefix="c33-"))
ROWS: list[tuple[str, str, str, str]] = []


# ------------------------------------------------------------------ BSN


def elfproef(s: str) -> bool:
    return len(s) == 9 and s != "000000000" and sum(
        int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(seed: int) -> str:
    r = random.Random(seed)
    while True:
        s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            return s


def label(path: str, typ: str, date: str, note: str) -> None:
    assert (typ == "") == (date == ""), path
    ROWS.append((path, typ, date, note))


# ------------------------------------------------------------------ content blocks
# a document is a list of blocks: ("h", text) ("p", text) ("kv", [(k, v)]) ("ul", [items]) ("sig", [lines])


def to_lines(blocks, width=86):
    out = []
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == "h":
            out += ["", "#" + val]
        elif kind == "p":
            out += textwrap.wrap(val, width) or [""]
            out.append("")
        elif kind == "kv":
            for k, v in val:
                out += textwrap.wrap(f"{k}: {v}", width, subsequent_indent="    ")
            out.append("")
        elif kind == "ul":
            for it in val:
                out += textwrap.wrap("- " + it, width, subsequent_indent="  ")
            out.append("")
        elif kind == "sig":
            out += [""] + list(val) + [""]
    return out


def to_html(blocks):
    h = []
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == "h":
            h.append(f"<h3>{escape(val)}</h3>")
        elif kind == "p":
            h.append(f"<p>{escape(val)}</p>")
        elif kind == "kv":
            h.append("<table class=kv>" + "".join(
                f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in val) + "</table>")
        elif kind == "ul":
            h.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "sig":
            h.append("<p class=sig>" + "<br>".join(escape(x) for x in val) + "</p>")
    return "\n".join(h)


def to_text(blocks):
    out = []
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == "h":
            out += [val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "kv":
            out += [f"{k}: {v}" for k, v in val] + [""]
        elif kind == "ul":
            out += ["- " + i for i in val] + [""]
        elif kind == "sig":
            out += list(val) + [""]
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ PDF fixing


def pdf_date(d: str) -> str:
    return "D:" + d.replace("-", "") + "100000Z"


def fix_pdf(path: Path, date: str, producer: str, creator: str = "", title: str = "") -> None:
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        # Qt (wkhtmltopdf) picks font subset tags in a varying order: derive them from the font name instead
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                for k in ("/FontName", "/BaseFont"):
                    v = obj.get(k)
                    if isinstance(v, pikepdf.Name) and len(str(v)) > 8 and str(v)[7] == "+":
                        base = str(v)[8:]
                        tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(base.encode()).digest()[:6])
                        obj[k] = pikepdf.Name("/" + tag + "+" + base)
        for key in ("/DocChecksum", "/ID"):
            if key in pdf.trailer:
                del pdf.trailer[key]
        info = pikepdf.Dictionary(
            Producer=pikepdf.String(producer), CreationDate=pikepdf.String(pdf_date(date)),
            ModDate=pikepdf.String(pdf_date(date)))
        if creator:
            info["/Creator"] = pikepdf.String(creator)
        if title:
            info["/Title"] = pikepdf.String(title)
        pdf.trailer["/Info"] = pdf.make_indirect(info)
        pdf.save(path, deterministic_id=True, compress_streams=True)


def merge_pdfs(parts: list[Path], out: Path) -> None:
    with pikepdf.new() as pdf:
        for p in parts:
            with pikepdf.open(p) as src:
                pdf.pages.extend(src.pages)
        out.parent.mkdir(parents=True, exist_ok=True)
        pdf.save(out)


# ------------------------------------------------------------------ producers

PORTAL_CSS = """
body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;color:#222;margin:0}
.top{background:%(c)s;color:#fff;padding:8px 14px;font-size:13pt}
.top span{float:right;font-size:9pt}
.nav{background:#eee;padding:5px 14px;font-size:9pt;color:#333}
.nav a{margin-right:14px;color:#234;text-decoration:none}
.crumb{font-size:8.5pt;color:#666;padding:6px 14px}
.main{padding:4px 18px}
h2{font-size:14pt;color:%(c)s;margin:6px 0}
h3{font-size:11pt;margin:12px 0 4px 0}
table.kv th{text-align:left;font-weight:normal;color:#555;padding:1px 12px 1px 0;vertical-align:top;width:190px}
.btn{display:inline-block;border:1px solid #999;padding:3px 10px;margin:8px 6px 0 0;font-size:9pt;background:#f4f4f4}
.cookie{border:1px solid #bbb;background:#fffbe6;padding:8px;font-size:8.5pt;margin:10px 14px}
.sig{margin-top:14px}
.cover{padding:40px 30px}
.cover table td{padding:3px 18px 3px 0;font-size:10pt}
"""


def portal_page(brand, color, menu, crumb, title, body_html, user, cookie=True, buttons=("Afdrukken", "Terug naar overzicht")):
    nav = "".join(f"<a>{escape(m)}</a>" for m in menu)
    ck = ('<div class=cookie><b>Wij gebruiken cookies</b> om deze website goed te laten werken en het gebruik te '
          'analyseren. <span class=btn>Alle cookies accepteren</span> <span class=btn>Alleen noodzakelijke cookies</span> '
          '<span class=btn>Instellingen</span></div>') if cookie else ""
    btn = "".join(f"<span class=btn>{escape(b)}</span>" for b in buttons)
    return (f"<div class=top>{escape(brand)}<span>Ingelogd als {escape(user)} | Uitloggen</span></div>"
            f"<div class=nav>{nav}</div><div class=crumb>{escape(crumb)}</div>{ck}"
            f"<div class=main><h2>{escape(title)}</h2>{body_html}<div>{btn}</div></div>")


def wk_pdf(pages_html: list[str], out: Path, date: str, color: str, hdr_left: str, hdr_right: str, url: str,
           producer="Qt 4.8.7", creator="wkhtmltopdf 0.12.6") -> None:
    html = ("<html><head><meta charset=utf-8><style>" + PORTAL_CSS % {"c": color} + "</style></head><body>"
            + '<div style="page-break-after:always"></div>'.join(pages_html) + "</body></html>")
    src = TMP / (out.stem.replace(" ", "_") + "_wk.html")
    src.write_text(html, encoding="utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["wkhtmltopdf", "-q", "--page-size", "A4", "--margin-top", "14mm", "--margin-bottom", "14mm",
                    "--header-font-name", "DejaVu Sans", "--header-font-size", "7", "--footer-font-name", "DejaVu Sans",
                    "--footer-font-size", "7", "--header-left", hdr_left, "--header-right", hdr_right,
                    "--footer-left", url, "--footer-right", "pagina [page] van [topage]",
                    str(src), str(out)], env=ENV, check=True, capture_output=True)
    fix_pdf(out, date, producer, creator)


FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def make_docx(blocks, out: Path, date: str, author: str, title: str | None = None, header: str | None = None) -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if title:
        d.add_heading(title, level=1)
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in val:
                c = t.add_row().cells
                c[0].text, c[1].text = k, v
            d.add_paragraph("")
        elif kind == "ul":
            for i in val:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "sig":
            for line in val:
                d.add_paragraph(line)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.revision = 1
    stamp = dt.datetime.fromisoformat(date + "T09:00:00")
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    buf = io.BytesIO()
    d.save(buf)
    out.parent.mkdir(parents=True, exist_ok=True)
    # rewrite the zip with fixed member times (python-docx stamps the clock)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


def lo_pdf(blocks, out: Path, date: str, author: str, title: str | None = None, header: str | None = None) -> None:
    src = TMP / (out.stem.replace(" ", "_") + "_lo.docx")
    make_docx(blocks, src, date, author, title, header)
    outdir = TMP / "lo_out"
    outdir.mkdir(exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{TMP}/lo_profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(src)], env=ENV, check=True, capture_output=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(outdir / (src.stem + ".pdf"), out)
    fix_pdf(out, date, "LibreOffice 7.4", "Writer")


# ---- images

W, H = 1240, 1754  # A4 at 150 dpi


def font(path, size):
    return ImageFont.truetype(path, size)


def render_page(lines, seed, head=None, hand_notes=(), fax_line=None, stamp=None, mono=False, hand_all=False):
    """Draw a paper page; returns a grayscale PIL image."""
    r = random.Random(seed)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f = font(MONO if mono else FONT, 23)
    fb = font(FONTB, 30)
    fh = font(HAND, 40)
    y = 90
    if fax_line:
        d.text((60, 30), fax_line, font=font(MONO, 20), fill=20)
    if head:
        for i, hl in enumerate(head):
            d.text((110, y), hl, font=fb if i == 0 else f, fill=15)
            y += 40 if i == 0 else 30
        d.line((110, y + 6, W - 110, y + 6), fill=80, width=2)
        y += 30
    for line in lines:
        if y > H - 120:
            break
        if hand_all:
            d.text((120, y), line, font=fh, fill=40)
            y += 52
            continue
        if line.startswith("#"):
            d.text((110, y + 6), line[1:], font=font(FONTB, 24), fill=10)
            y += 40
        else:
            d.text((110, y), line, font=f, fill=25)
            y += 31
    for (x, yy, txt) in hand_notes:
        d.text((x, yy), txt, font=fh, fill=60)
    if stamp:
        st = Image.new("L", (470, 130), 0)
        sd = ImageDraw.Draw(st)
        sd.rectangle((4, 4, 465, 125), outline=255, width=5)
        sd.text((24, 14), stamp[0], font=font(FONTB, 40), fill=255)
        sd.text((24, 70), stamp[1], font=font(FONTB, 34), fill=255)
        st = st.rotate(r.uniform(-8, 8), expand=True, fillcolor=0)
        img.paste(Image.new("L", st.size, 110), (W - st.size[0] - 90, 150 + r.randint(0, 60)), st)
    return img


def scanify(img, seed, bw=False):
    r = random.Random(seed)
    img = img.rotate(r.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=235)
    noise = Image.effect_noise(img.size, 14)
    img = Image.blend(img, noise.point(lambda v: 255 if v > 40 else v), 0.06)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    if bw:
        img = img.convert("1", dither=Image.Dither.NONE).convert("L")
        img = img.resize((W * 2 // 3, H * 2 // 3)).resize((W, H))
        img = img.convert("1")
    return img


def save_scan_pdf(pages, out: Path, date: str, producer="KONICA MINOLTA bizhub C300i"):
    out.parent.mkdir(parents=True, exist_ok=True)
    conv = [p if p.mode == "1" else p.convert("L") for p in pages]
    conv[0].save(out, "PDF", resolution=150, save_all=True, append_images=conv[1:])
    fix_pdf(out, date, producer)


def photo(page, seed, out: Path, tint=(255, 244, 225), desk=(120, 92, 64)):
    """A phone photo of a paper page on a desk."""
    r = random.Random(seed)
    pg = page.convert("RGB").resize((620, 877))
    bg = Image.new("RGB", (900, 1200), desk)
    dd = ImageDraw.Draw(bg)
    for i in range(0, 1200, 7):
        c = tuple(max(0, v - r.randint(0, 18)) for v in desk)
        dd.line((0, i, 900, i + r.randint(-6, 6)), fill=c, width=3)
    pg = pg.rotate(r.uniform(-4, 4), expand=True, fillcolor=desk, resample=Image.BICUBIC)
    bg.paste(pg, (140, 150))
    ov = Image.new("RGB", bg.size, tint)
    bg = Image.blend(bg, ov, 0.12).filter(ImageFilter.GaussianBlur(0.9))
    sh = Image.new("L", bg.size, 0)
    ImageDraw.Draw(sh).ellipse((500, 700, 1200, 1500), fill=70)
    bg = Image.composite(Image.new("RGB", bg.size, (30, 30, 30)), bg, sh.filter(ImageFilter.GaussianBlur(60)))
    out.parent.mkdir(parents=True, exist_ok=True)
    bg.save(out, "JPEG", quality=55)


def screen_photo(title, lines, seed, out: Path, url: str, brand: str):
    """A phone photo of a laptop screen showing a portal page."""
    r = random.Random(seed)
    scr = Image.new("RGB", (1280, 800), (255, 255, 255))
    d = ImageDraw.Draw(scr)
    d.rectangle((0, 0, 1280, 36), fill=(222, 225, 230))
    d.text((90, 8), url, font=font(FONT, 17), fill=(40, 40, 40))
    d.rectangle((0, 36, 1280, 90), fill=(0, 92, 140))
    d.text((24, 50), brand, font=font(FONTB, 24), fill=(255, 255, 255))
    d.text((980, 56), "Uitloggen", font=font(FONT, 17), fill=(255, 255, 255))
    d.rectangle((0, 90, 230, 800), fill=(240, 242, 245))
    for i, m in enumerate(["Home", "Ziek- en hersteldmeldingen", "Re-integratie", "Uploaden", "Berichten", "Mijn gegevens"]):
        d.text((18, 115 + 40 * i), m, font=font(FONT, 17), fill=(30, 60, 90))
    d.text((260, 110), title, font=font(FONTB, 28), fill=(0, 60, 100))
    y = 165
    for ln in lines:
        d.text((260, y), ln, font=font(FONT, 20), fill=(30, 30, 30))
        y += 32
    d.rectangle((260, y + 10, 420, y + 48), outline=(0, 92, 140), width=2)
    d.text((278, y + 18), "Afdrukken", font=font(FONT, 17), fill=(0, 92, 140))
    # the photo: screen in a dark bezel, perspective, glare
    big = Image.new("RGB", (1600, 1200), (25, 25, 28))
    big.paste(scr, (160, 160))
    coeffs = _persp(r)
    big = big.transform(big.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(60, 55, 50))
    glare = Image.new("L", big.size, 0)
    ImageDraw.Draw(glare).ellipse((900, 100, 1500, 600), fill=90)
    big = Image.composite(Image.new("RGB", big.size, (255, 255, 255)), big, glare.filter(ImageFilter.GaussianBlur(90)))
    big = big.filter(ImageFilter.GaussianBlur(1.1)).resize((1200, 900))
    out.parent.mkdir(parents=True, exist_ok=True)
    big.save(out, "JPEG", quality=60)


def _persp(r):
    # small fixed keystone: map output quad to input
    a = r.uniform(0.97, 0.99)
    return (a, r.uniform(-0.03, -0.01), 30, r.uniform(0.005, 0.015), 1.0, -10, r.uniform(-2e-5, -1e-5), 0.0)


# ---- e-mail

def eml(out: Path, frm, to, subject, date: dt.datetime, body, msgid, attachments=(), cc=None, in_reply=None,
        boundary=None):
    if attachments:
        msg = MIMEMultipart("mixed", boundary=boundary or f"----=_NextPart_{msgid[:12]}")
        msg.attach(MIMEText(body, "plain", "utf-8"))
        for name, data, mime in attachments:
            part = MIMEApplication(data, _subtype=mime.split("/")[1])
            part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
    else:
        msg = MIMEText(body, "plain", "utf-8")
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{msgid}@mail.example>"
    if in_reply:
        msg["In-Reply-To"] = f"<{in_reply}@mail.example>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["MIME-Version"] = "1.0"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(msg.as_bytes())


def T(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi, tzinfo=dt.timezone(dt.timedelta(hours=1)))


# ====================================================================== CASES
from cases33 import build_all  # noqa: E402


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    for f in HERE.glob("files/*/dossier.yaml"):
        f.unlink()
    build_all(globals())
    ROWS.sort()
    with LABELS.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for p, t, d, n in ROWS:
            w.writerow([p, t, d, "holdout", n])
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(ROWS), "labels")


if __name__ == "__main__":
    import sys
    sys.path.insert(0, str(HERE))
    main()
