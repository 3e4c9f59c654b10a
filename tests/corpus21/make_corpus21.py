#!/usr/bin/env python3
"""Generate tests/corpus21: an untouched classification holdout, a realistic MIX of four dossiers.

Run:  TZ=UTC SOURCE_DATE_EPOCH=1735689600 .venv/bin/python tests/corpus21/make_corpus21.py
Deterministic: fixed seeds, no clock reads, fixed PDF metadata (XMP stripped, fixed dates, deterministic /ID),
fixed ZIP timestamps in .docx, fixed MIME boundaries and Message-IDs.
All people, firms, addresses, BSNs and e-mail domains are invented (domains end in .example).
"""

from __future__ import annotations

import csv
import datetime as dt
import email.charset
import io
import os
import random
import shutil
import subprocess
import tempfile
import zipfile
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import docx
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1735689600", LC_ALL="C.UTF-8")
FIXED = dt.datetime(2026, 1, 5, 9, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/"

# ----------------------------------------------------------------------------------------------- helpers


def elfproef(s: str) -> bool:
    return len(s) == 9 and s != "000000000" and sum(int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(seed: int) -> str:
    rnd = random.Random(seed)
    while True:
        s = str(rnd.randint(1, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            return s


HOLIDAYS = {dt.date(2023, 12, 25), dt.date(2023, 12, 26), dt.date(2024, 1, 1), dt.date(2024, 4, 1),
            dt.date(2024, 5, 9), dt.date(2024, 5, 20), dt.date(2024, 12, 25), dt.date(2024, 12, 26),
            dt.date(2025, 1, 1), dt.date(2025, 4, 21), dt.date(2025, 5, 29), dt.date(2025, 6, 9),
            dt.date(2025, 12, 25), dt.date(2025, 12, 26), dt.date(2026, 1, 1), dt.date(2024, 3, 29),
            dt.date(2025, 4, 18), dt.date(2024, 4, 27), dt.date(2025, 4, 26), dt.date(2025, 5, 5)}


def day(d0: dt.date, offset: int) -> dt.date:
    d = d0 + dt.timedelta(days=offset)
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += dt.timedelta(days=1)
    return d


MAANDEN = "januari februari maart april mei juni juli augustus september oktober november december".split()


def nl(d: dt.date) -> str:
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def dmy(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


LABELS: list[dict[str, str]] = []


def label(path: str, typ: str, date: dt.date | None, case: str, producer: str, trap: str) -> None:
    case, producer, trap = (x.replace(";", ",") for x in (case, producer, trap))
    LABELS.append({"path": path, "type": typ, "date": date.isoformat() if (typ and date) else "",
                   "split": "holdout", "note": f"{case};{producer};{trap}"})


def out(path: str) -> Path:
    p = FILES / path
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


# ---- text markup: "# " heading, "## " subheading, "- " bullet, "|a|b" table row, "" blank, else paragraph


def to_html(lines: list[str], css: str = "", header: str = "", footer: str = "") -> str:
    body, table = [], []

    def flush():
        if table:
            body.append("<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in table) + "</table>")
            table.clear()

    for ln in lines:
        if ln.startswith("|"):
            table.append(ln[1:].split("|"))
            continue
        flush()
        if ln == "<PAGEBREAK>":
            body.append('<div style="page-break-before: always"></div>')
        elif ln.startswith("## "):
            body.append(f"<h2>{ln[3:]}</h2>")
        elif ln.startswith("# "):
            body.append(f"<h1>{ln[2:]}</h1>")
        elif ln.startswith("- "):
            body.append(f"<ul><li>{ln[2:]}</li></ul>")
        elif ln:
            body.append(f"<p>{ln}</p>")
    flush()
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{header}"
            + "\n".join(body) + f"{footer}</body></html>")


def to_plain(lines: list[str]) -> str:
    res = []
    for ln in lines:
        if ln.startswith("|"):
            cells = ln[1:].split("|")
            res.append(cells[0] + (": " + "  ".join(cells[1:]) if len(cells) > 1 else ""))
        elif ln.startswith("## "):
            res.append(ln[3:])
        elif ln.startswith("# "):
            res.append(ln[2:].upper() if False else ln[2:])
        elif ln.startswith("- "):
            res.append("- " + ln[2:])
        else:
            res.append(ln)
    return "\n".join(res) + "\n"


def make_docx(lines: list[str], path: Path, author: str, font: str = "Calibri", size: int = 11,
              header: str | None = None) -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    if header:
        d.sections[0].header.paragraphs[0].text = header
    table_rows: list[list[str]] = []

    def flush():
        if table_rows:
            n = max(len(r) for r in table_rows)
            t = d.add_table(rows=len(table_rows), cols=n)
            t.style = "Table Grid"
            for i, r in enumerate(table_rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            table_rows.clear()

    for ln in lines:
        if ln.startswith("|"):
            table_rows.append(ln[1:].split("|"))
            continue
        flush()
        if ln == "<PAGEBREAK>":
            d.add_page_break()
        elif ln.startswith("## "):
            d.add_heading(ln[3:], level=2)
        elif ln.startswith("# "):
            d.add_heading(ln[2:], level=1)
        elif ln.startswith("- "):
            d.add_paragraph(ln[2:], style="List Bullet")
        elif ln:
            d.add_paragraph(ln)
    flush()
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps and a fixed order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))


def fix_pdf(path: Path, title: str = "", author: str = "", creator: str = "", producer: str = "",
            date: dt.date | None = None) -> None:
    """Strip XMP, set fixed document info, deterministic /ID."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        ds = (date or FIXED.date()).strftime("D:%Y%m%d100000Z")
        info = pikepdf.Dictionary()
        if title:
            info["/Title"] = title
        if author:
            info["/Author"] = author
        if creator:
            info["/Creator"] = creator
        if producer:
            info["/Producer"] = producer
        info["/CreationDate"] = ds
        info["/ModDate"] = ds
        pdf.trailer["/Info"] = pdf.make_indirect(info)
        for k in list(pdf.trailer.keys()):  # the producer's random /ID and LibreOffice's /DocChecksum
            if k not in ("/Root", "/Info", "/Size"):
                del pdf.trailer[k]
        pdf.save(path, deterministic_id=True, compress_streams=True, recompress_flate=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)


PORTAL_CSS = """
body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;margin:0 18px;color:#222}
.bar{background:#2d6a4f;color:#fff;padding:8px 12px;font-size:12pt;margin-bottom:10px}
h1{font-size:16pt;color:#2d6a4f}h2{font-size:12pt;margin-bottom:2px}
table{border-collapse:collapse;width:100%;margin:6px 0}td{border:1px solid #bbb;padding:3px 6px;font-size:10pt;vertical-align:top}
.foot{margin-top:20px;font-size:8pt;color:#777;border-top:1px solid #ccc}
"""


def wkhtml(html: str, path: Path, date: dt.date, title: str) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "--quiet", "-s", "A4", "--encoding", "utf-8", str(src), str(path)],
                       check=True, env=ENV, capture_output=True)
    fix_pdf(path, title=title, creator="wkhtmltopdf 0.12.6", producer="Qt 5.15.8", date=date)


LO_JOBS: list[tuple[Path, Path, str, str, dt.date]] = []


def lo_pdf(lines: list[str], path: Path, author: str, date: dt.date, title: str, font: str = "Liberation Serif",
           header: str | None = None) -> None:
    """Word document printed to PDF with LibreOffice (batched; run_lo() converts)."""
    tmp = Path(tempfile.gettempdir()) / "c21_lo_src"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"doc{len(LO_JOBS):03d}.docx"
    make_docx(lines, src, author, font=font, header=header)
    LO_JOBS.append((src, path, author, title, date))


def run_lo() -> None:
    tmp = Path(tempfile.gettempdir()) / "c21_lo_src"
    outdir = Path(tempfile.gettempdir()) / "c21_lo_out"
    prof = Path(tempfile.gettempdir()) / "c21_lo_profile"
    shutil.rmtree(outdir, ignore_errors=True)
    outdir.mkdir()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(s) for s, *_ in LO_JOBS], check=True, env=ENV,
                   capture_output=True)
    for src, path, author, title, date in LO_JOBS:
        shutil.copyfile(outdir / (src.stem + ".pdf"), path)
        fix_pdf(path, title=title, author=author, creator="Writer", producer="LibreOffice 7.4", date=date)
    shutil.rmtree(tmp)
    shutil.rmtree(outdir)


# ---- images: scans, faxes, photos


def font(size: int, kind: str = "DejaVuSans.ttf") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT + kind, size)


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int, draw: ImageDraw.ImageDraw) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=f) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines or [""]


def render_page(lines: list[str], seed: int, serif: bool = False, fax: str | None = None,
                stamp: str | None = None, hand: list[tuple[int, str]] | None = None,
                handwritten: bool = False) -> Image.Image:
    W, H = 1000, 1414
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    base = "DejaVuSerif" if serif else "DejaVuSans"
    fb, fh, fs = font(19, base + ".ttf"), font(26, base + "-Bold.ttf"), font(21, base + "-Bold.ttf")
    if handwritten:
        fb = fh = fs = font(26, "DejaVuSerifCondensed-Italic.ttf")
    y = 70
    if fax:
        dr.text((40, 18), fax, font=font(15, "DejaVuSansMono.ttf"), fill=40)
        y = 80
    rnd = random.Random(seed)
    for ln in lines:
        if ln.startswith("# "):
            dr.text((90, y), ln[2:], font=fh, fill=15)
            y += 44
        elif ln.startswith("## "):
            dr.text((90, y), ln[3:], font=fs, fill=15)
            y += 34
        elif ln.startswith("|"):
            cells = ln[1:].split("|")
            dr.text((90, y), cells[0], font=fb, fill=20)
            x = 420
            for c in cells[1:]:
                for k, wl in enumerate(wrap(c, fb, 480, dr)):
                    dr.text((x, y + 26 * k), wl, font=fb, fill=20)
                y += 26 * (len(wrap(c, fb, 480, dr)) - 1)
            dr.line((90, y + 27, 910, y + 27), fill=150)
            y += 32
        elif ln == "":
            y += 16
        else:
            txt = ("•  " + ln[2:]) if ln.startswith("- ") else ln
            for wl in wrap(txt, fb, 820, dr):
                if handwritten:
                    dr.text((90 + rnd.randint(-4, 4), y), wl, font=fb, fill=35)
                    y += 40
                else:
                    dr.text((90, y), wl, font=fb, fill=20)
                    y += 27
        if y > H - 80:
            break
    for (yy, text) in hand or []:
        hf = font(27, "DejaVuSerifCondensed-Italic.ttf")
        layer = Image.new("L", (900, 60), 0)
        ImageDraw.Draw(layer).text((5, 5), text, font=hf, fill=255)
        layer = layer.rotate(rnd.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=False)
        img.paste(Image.new("L", layer.size, 45), (120, yy), layer)
    if stamp:
        sf = font(30, "DejaVuSans-Bold.ttf")
        layer = Image.new("L", (430, 120), 0)
        ld = ImageDraw.Draw(layer)
        ld.rectangle((4, 4, 425, 115), outline=255, width=5)
        ld.text((30, 18), stamp.split("\n")[0], font=sf, fill=255)
        if "\n" in stamp:
            ld.text((30, 62), stamp.split("\n")[1], font=font(24, "DejaVuSans-Bold.ttf"), fill=255)
        layer = layer.rotate(rnd.uniform(-9, -4), resample=Image.BICUBIC, expand=True)
        img.paste(Image.new("L", layer.size, 95), (W - layer.size[0] - 50, 40 + rnd.randint(0, 30)), layer)
    # scanner noise
    noise = Image.effect_noise((W, H), 10).point(lambda v: 0 if v < 128 else (v - 128) // 12)
    img = Image.eval(img, lambda v: v)
    img = Image.blend(img, Image.new("L", (W, H), 255), 0.0)
    img = Image.composite(img, img.point(lambda v: max(0, v - 25)), noise.point(lambda v: 255 if v < 6 else 0))
    img = img.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=235)
    return img.filter(ImageFilter.GaussianBlur(0.5))


def scan_pdf(pages: list[Image.Image], path: Path, date: dt.date, creator: str) -> None:
    pages[0].save(path, "PDF", resolution=120, save_all=True, append_images=pages[1:], quality=45)
    fix_pdf(path, creator=creator, producer=creator, date=date)


def screen(lines: list[str], title_bar: str, seed: int) -> Image.Image:
    """A laptop screen showing a portal page."""
    W, H = 1280, 800
    img = Image.new("RGB", (W, H), (246, 247, 249))
    dr = ImageDraw.Draw(img)
    dr.rectangle((0, 0, W, 38), fill=(222, 224, 228))
    dr.text((16, 9), title_bar, font=font(17), fill=(40, 40, 40))
    dr.rectangle((0, 38, W, 96), fill=(0, 90, 140))
    y = 120
    for ln in lines:
        if ln.startswith("# "):
            dr.text((60, y), ln[2:], font=font(30, "DejaVuSans-Bold.ttf"), fill=(0, 70, 110))
            y += 54
        elif ln.startswith("|"):
            c = ln[1:].split("|")
            dr.text((60, y), c[0], font=font(20), fill=(90, 90, 90))
            dr.text((420, y), c[1] if len(c) > 1 else "", font=font(20, "DejaVuSans-Bold.ttf"), fill=(20, 20, 20))
            y += 36
        elif ln.startswith("BANNER "):
            dr.text((60, 54), ln[7:], font=font(24, "DejaVuSans-Bold.ttf"), fill=(255, 255, 255))
        elif ln:
            for wl in wrap(ln, font(20), 1140, dr):
                dr.text((60, y), wl, font=font(20), fill=(30, 30, 30))
                y += 30
        else:
            y += 14
    return img


def photo(inner: Image.Image, seed: int, bezel: bool = True) -> Image.Image:
    rnd = random.Random(seed)
    W, H = 1600, 1200
    bg = Image.new("RGB", (W, H), (118, 104, 88) if not bezel else (60, 58, 56))
    if bezel:
        frame = Image.new("RGB", (inner.width + 60, inner.height + 60), (18, 18, 20))
        frame.paste(inner, (30, 30))
        inner = frame
    scale = 1400 / inner.width
    inner = inner.resize((int(inner.width * scale), int(inner.height * scale)), Image.BICUBIC)
    dx, dy = rnd.randint(-20, 20), rnd.randint(-30, 10)
    coeffs = (1, rnd.uniform(-0.03, 0.03), -dx, rnd.uniform(-0.02, 0.02), 1, -dy, rnd.uniform(-4e-5, 4e-5),
              rnd.uniform(-3e-5, 3e-5))
    inner = inner.transform(inner.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    bg.paste(inner, ((W - inner.width) // 2, (H - inner.height) // 2))
    glare = Image.new("L", (W, H), 0)
    ImageDraw.Draw(glare).ellipse((rnd.randint(200, 900), 100, rnd.randint(1000, 1500), 700), fill=40)
    bg = Image.composite(Image.new("RGB", (W, H), (255, 255, 255)), bg, glare.filter(ImageFilter.GaussianBlur(120)))
    return bg.filter(ImageFilter.GaussianBlur(0.9))


def save_jpg(img: Image.Image, path: Path, q: int = 72) -> None:
    img.save(path, "JPEG", quality=q, optimize=True)


# ---- e-mail (Outlook-style)

QP = email.charset.Charset("utf-8")
QP.body_encoding = email.charset.QP
MSGN = [0]


def _text_part(body: str) -> MIMEText:
    t = MIMEText("", "plain")
    t.set_payload(body, QP)
    return t


def eml(path: Path, frm: str, to: str, subject: str, when: dt.datetime, body: str,
        attachments: list[tuple[str, bytes, str]] | None = None, cc: str | None = None,
        in_reply_to: str | None = None) -> None:
    MSGN[0] += 1
    n = MSGN[0]
    if attachments:
        msg = MIMEMultipart("mixed", boundary=f"_004_C21MSG{n:04d}AMS0PR08MB_")
        msg.attach(_text_part(body))
        for name, data, ctype in attachments:
            maintype, sub = ctype.split("/")
            a = MIMEApplication(data, sub, name=name)
            a.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(a)
    else:
        msg = _text_part(body)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S +0100")
    msg["Message-ID"] = f"<C21{n:04d}.{when:%Y%m%d%H%M}@mail.corpus21.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Content-Language"] = "nl-NL"
    path.write_bytes(msg.as_bytes())


def at(d: dt.date, h: int, m: int) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, h, m)


def png_pdf_bytes(img: Image.Image, date: dt.date) -> bytes:
    tmp = Path(tempfile.gettempdir()) / "c21_att.pdf"
    scan_pdf([img], tmp, date, "KONICA MINOLTA bizhub C250i")
    data = tmp.read_bytes()
    tmp.unlink()
    return data


def docx_bytes(lines: list[str], author: str) -> bytes:
    tmp = Path(tempfile.gettempdir()) / "c21_att.docx"
    make_docx(lines, tmp, author)
    data = tmp.read_bytes()
    tmp.unlink()
    return data


# ================================================================================================ case A
def case_a() -> None:
    C = "Tuincentrum De Hooiberg - Jansma R"
    cs = "A-hooiberg"
    d0 = dt.date(2024, 2, 19)
    bsn = make_bsn(2101)
    assert elfproef(bsn)
    wn = "Rianne Jansma"
    ba = "T.H. Oudemans, bedrijfsarts (BIG 69023817101)"
    pa_d, pva_d, te_d = day(d0, 37), day(d0, 49), day(d0, 92)
    bpa_d, zm_d, ad_d, eje_d = day(d0, 163), day(d0, 289), day(d0, 340), day(d0, 352)
    uwv_d, ao_d, ev_d, ow_d = day(d0, 611), day(d0, 618), day(d0, 627), day(d0, 634)
    mri_d = day(d0, 58)
    bar = "<div class='bar'>ArboVizier Verzuimportaal &nbsp;|&nbsp; Dossier 24-0877 &nbsp;|&nbsp; Tuincentrum De Hooiberg B.V.</div>"

    def foot(d):
        return f"<div class='foot'>Afgedrukt uit ArboVizier op {dmy(d)} door g.wiersma@dehooiberg.example</div>"

    pa = [
        "# Probleemanalyse",
        f"|Werknemer|{wn}, geboren 14-06-1979",
        f"|BSN|{bsn}",
        "|Werkgever|Tuincentrum De Hooiberg B.V., Rietveenseweg 12, Oud-Rietveen",
        "|Functie|Verkoopmedewerker binnenafdeling (kamerplanten, potterie), 32 uur",
        f"|Eerste ziektedag|{dmy(d0)}",
        f"|Datum spreekuur|{dmy(day(d0, 35))}",
        "## Is er sprake van dreigend langdurig verzuim?",
        "Ja. Ik verwacht dat werkneemster langer dan drie maanden niet volledig haar eigen werk kan doen.",
        "## Beperkingen en mogelijkheden",
        "Beperkt in tillen en dragen boven 5 kg, in langdurig staan (maximaal 30 minuten aaneen) en in gebukt werken. "
        "Zij kan zittend en afwisselend werk doen: kassa met stahulp, telefoon, webwinkel-orders controleren.",
        "## Prognose",
        "Herstel is te verwachten, geleidelijk over enkele maanden. Volledige terugkeer in het eigen werk is onzeker.",
        "## Advies aan werkgever en werknemer",
        "- Stel binnen twee weken samen een plan van aanpak op; start met 2 x 3 uur per week licht werk.",
        "- Geen sjouwwerk met potgrond en zakken; tilhulp op de afdeling.",
        "- Volgend spreekuur over zes weken.",
        f"Oud-Rietveen, {nl(pa_d)}",
        f"{ba}, ArboVizier Arbodienstverlening",
    ]
    wkhtml(to_html(pa, PORTAL_CSS, bar, foot(day(d0, 300))), out(f"{C}/ArboVizier/Probleemanalyse R. Jansma.pdf"),
           pa_d, "Probleemanalyse")
    label("Tuincentrum De Hooiberg - Jansma R/ArboVizier/Probleemanalyse R. Jansma.pdf", "probleemanalyse", pa_d,
          cs, "wkhtmltopdf portal print", "standard title; print date in footer months later")

    pva = [
        "# Plan van aanpak",
        f"Werknemer: {wn}   BSN: {bsn}",
        "Werkgever: Tuincentrum De Hooiberg B.V.",
        "Casemanager: Gerben Wiersma, bedrijfsleider",
        f"Eerste ziektedag: {dmy(d0)}   Probleemanalyse van: {dmy(pa_d)}",
        "## Doel",
        "Terugkeer in het eigen werk op de binnenafdeling, zo nodig met aanpassingen.",
        "## Wat gaan we doen",
        "|Activiteit|Wie|Wanneer",
        "|Start 2 x 3 uur kassa en webwinkel-orders|Rianne, Gerben|vanaf week 9",
        "|Stahulp en tilkar op de afdeling regelen|Gerben|binnen 2 weken",
        "|Uren uitbreiden in overleg met bedrijfsarts|Rianne, bedrijfsarts|elke 6 weken",
        "## Evaluatie",
        "We bespreken de voortgang elke zes weken, en in elk geval aan het eind van het eerste ziektejaar.",
        "## Visie werkgever",
        "Wij willen Rianne graag houden; er is genoeg licht werk in de winkel.",
        "## Visie werknemer",
        "Ik wil terug naar de kamerplanten, maar zie dat het rustig moet.",
        f"Getekend op {dmy(pva_d)}: G. Wiersma (werkgever) en R. Jansma (werknemer)",
    ]
    make_docx(pva, out(f"{C}/Plan van aanpak Rianne.docx"), "Gerben Wiersma")
    label(f"{C}/Plan van aanpak Rianne.docx", "plan_van_aanpak", pva_d, cs, "python-docx Word file",
          "standard title; the employer's table of activities")

    te = (f"Hoi Rianne,\n\nZoals beloofd even op een rijtje wat we dinsdag {nl(te_d)} hebben besproken.\n\n"
          "Het gaat de goede kant op: de 2 x 3 uur kassa lukken, de stahulp bevalt. Je merkt dat een hele ochtend "
          "staan nog te veel is.\n\nWat we afspreken:\n- vanaf volgende week 3 x 4 uur, afwisselend kassa en de "
          "webwinkel-orders\n- nog steeds geen potgrond of zakken tillen, dat doen de jongens van de buitenafdeling\n"
          "- over zes weken praten we weer, na je spreekuur bij Oudemans\n\nAfspraken van het plan zijn tot nu toe "
          f"allemaal nagekomen.\n\nBSN {bsn} (voor het dossier)\n\nGroet,\nGerben Wiersma\nBedrijfsleider "
          "Tuincentrum De Hooiberg\n")
    eml(out(f"{C}/mail/Afspraken na ons gesprek.eml"), "Gerben Wiersma <g.wiersma@dehooiberg.example>",
        "Rianne Jansma <rianne.jansma@kpnmail.example>", "Afspraken na ons gesprek", at(day(d0, 93), 16, 42), te)
    label(f"{C}/mail/Afspraken na ons gesprek.eml", "tussentijdse_evaluatie", te_d, cs, "Outlook eml body",
          "no title; mail sent a day after the talk; date of the talk")

    bpa = [
        "# Vervolgrapportage bedrijfsarts",
        f"Werknemer: {wn}  |  BSN {bsn}  |  Dossier 24-0877",
        f"Spreekuur: {dmy(day(d0, 161))}",
        "## Gewijzigde belastbaarheid",
        "Het herstel stagneert. De opbouw van uren lukt, maar de belastbaarheid voor staan en lopen is lager dan ik in "
        "de probleemanalyse verwachtte. Ik stel mijn eerdere advies bij: langer dan 1 uur staan is voorlopig niet "
        "haalbaar; zittend werk met wisselhouding kan 4 uur per dag.",
        "## Advies",
        "Pas het plan van aanpak hierop aan: geen volle kassadiensten, meer webwinkel en klantenservice telefonisch. "
        "Een arbeidsdeskundig onderzoek rond het eind van het eerste jaar is zinvol.",
        f"{nl(bpa_d)} — {ba}",
        "<PAGEBREAK>",
        "# Inzetbaarheidsprofiel (bijlage)",
        f"Werknemer: {wn}  |  BSN {bsn}",
        "|Persoonlijk functioneren|geen beperkingen",
        "|Sociaal functioneren|geen beperkingen",
        "|Fysieke omgevingseisen|geen beperkingen",
        "|Dynamische handelingen|tillen max 5 kg; niet frequent bukken",
        "|Statische houdingen|staan max 1 uur aaneen; zitten afgewisseld",
        "|Werktijden|4 uur per dag, 5 dagen",
        f"{nl(bpa_d)} — {ba}",
        "<PAGEBREAK>",
    ] + pa
    wkhtml(to_html(bpa, PORTAL_CSS, bar, foot(day(d0, 300))),
           out(f"{C}/ArboVizier/ArboVizier export dossier 24-0877 compleet.pdf"), bpa_d, "Export dossier 24-0877")
    label(f"{C}/ArboVizier/ArboVizier export dossier 24-0877 compleet.pdf", "bijstelling_probleemanalyse", bpa_d, cs,
          "wkhtmltopdf combined portal export",
          "combined PDF labelled by its FIRST document (vervolgrapportage = bijstelling PA) then inzetbaarheidsprofiel and a copy of the PA")

    scr = screen([
        "BANNER UWV Werkgeversportaal",
        "# Ziekmelding langdurig zieke werknemer",
        "Uw melding is ontvangen. Bewaar dit overzicht bij het verzuimdossier.",
        "",
        f"|Werknemer|R. Jansma",
        f"|Burgerservicenummer|{bsn}",
        "|Loonheffingennummer|8153.27.604.L01",
        f"|Eerste ziektedag|{dmy(d0)}",
        f"|Datum melding|{dmy(zm_d)}",
        "|Soort melding|Ziekmelding na 42 weken (aangifte langdurige ziekte)",
        "|Kenmerk|ZLM-4471093",
        "",
        "U ontvangt binnen enkele weken informatie over de eerstejaarsevaluatie.",
    ], "werkgeversportaal.uwv.example - Ziekmelding - Mozilla Firefox", 21011)
    save_jpg(photo(scr, 21012), out(f"{C}/IMG_20241206_101544.jpg"))
    label(f"{C}/IMG_20241206_101544.jpg", "ziekmelding_uwv", zm_d, cs, "Pillow phone photo of a laptop screen",
          "portal page photographed two days later (photo date in file name)")

    ad = [
        "# Rapportage arbeidsdeskundig onderzoek",
        "Bolhuis Arbeidsdeskundig Advies — M. Bolhuis, register-arbeidsdeskundige",
        f"Werknemer: {wn}, BSN {bsn}; werkgever Tuincentrum De Hooiberg B.V.",
        "## Vraagstelling",
        "Kan werkneemster haar eigen werk hervatten, en zo nee: welk werk bij De Hooiberg is passend?",
        "## Belasting en belastbaarheid",
        "De functie vraagt veel staan, lopen, bukken en tillen van planten en potterie tot 15 kg. Volgens het "
        "inzetbaarheidsprofiel van de bedrijfsarts is staan en tillen beperkt. Het eigen werk is niet passend; "
        "de taken kassa (met stahulp), webwinkel en telefonische klantenservice zijn wel passend.",
        "## Conclusie en advies",
        "Spoor 1: aangepast eigen werk met taakaanpassing, opbouw naar 24 uur. Een tweede spoor is niet nodig zolang "
        "de opbouw doorgaat; heroverweeg dat bij de eerstejaarsevaluatie. Loonwaarde in de aangepaste taken circa 95%.",
        f"Oud-Rietveen, {nl(ad_d)}",
        "M. Bolhuis, register-arbeidsdeskundige",
    ]
    lo_pdf(ad, out(f"{C}/Bolhuis rapport arbeidsdeskundig onderzoek.pdf"), "M. Bolhuis", ad_d, "Rapportage AD")
    label(f"{C}/Bolhuis rapport arbeidsdeskundig onderzoek.pdf", "arbeidsdeskundig_rapport", ad_d, cs,
          "LibreOffice PDF from Word", "standard content; track 1 advice")

    eje = [
        "Tuincentrum De Hooiberg B.V.",
        "# Evaluatie na een jaar ziekte",
        f"Rianne Jansma, BSN {bsn}, verkoopmedewerker binnenafdeling",
        f"Gesprek op {nl(eje_d)} met Rianne, Gerben Wiersma (casemanager) en, telefonisch, de bedrijfsarts.",
        "## Hoe ging het eerste ziektejaar?",
        "Rianne werkt nu 16 uur in aangepaste taken. De planning uit het plan van aanpak is gevolgd; de opbouw liep "
        "trager dan gedacht na de vervolgrapportage van de bedrijfsarts in de zomer.",
        "## Wat willen we bereiken in het tweede ziektejaar?",
        "Structureel 24 uur in kassa, webwinkel en telefonische klantenservice, op advies van de arbeidsdeskundige.",
        "## Spoor 2?",
        "Niet nu: er is een concreet vooruitzicht op 24 uur passend werk binnen drie maanden. Lukt dat niet, dan starten "
        "we in mei een tweede spoor.",
        "## Visie werkgever / visie werknemer",
        "Werkgever: tevreden over de inzet. Werknemer: 'ik wil liever terug naar de planten, maar dit is goed werk.'",
        "Handtekening werkgever: G. Wiersma        Handtekening werknemer: R. Jansma",
    ]
    lo_pdf(eje, out(f"{C}/pva.pdf"), "Gerben Wiersma", eje_d, "pva")
    label(f"{C}/pva.pdf", "eerstejaarsevaluatie", eje_d, cs, "LibreOffice PDF from Word",
          "misleading name pva.pdf holds the eerstejaarsevaluatie; title without the word eerstejaarsevaluatie")

    uwv = [
        "UWV",
        "Postbus 58210, 1040 HE Amsterdam (fictief)",
        "",
        "Mevrouw R. Jansma",
        "Distelweg 4, 9744 RT Oud-Rietveen",
        "",
        f"Datum: {nl(uwv_d)}        Ons kenmerk: WIA-88/71302",
        f"Burgerservicenummer: {bsn}",
        "## Onderwerp: u kunt een WIA-uitkering aanvragen",
        f"U bent sinds {nl(d0)} ziek. Als u na 104 weken nog ziek bent, kunt u misschien een WIA-uitkering krijgen. "
        "Vraag deze uitkering aan binnen zes weken na de datum van deze brief.",
        "Uw werkgever maakt samen met u het re-integratieverslag. Daarin zitten onder meer het actueel oordeel van de "
        "bedrijfsarts en de eindevaluatie. De medische informatie stuurt u zelf of uw bedrijfsarts.",
        "Met vriendelijke groet,",
        "Afdeling Klantcontact WIA",
    ]
    scan_pdf([render_page(uwv, 2105, serif=True, stamp=f"ONTVANGEN\n{day(uwv_d, 5).day} {MAANDEN[day(uwv_d, 5).month-1][:3].upper()} {uwv_d.year}")],
             out(f"{C}/AO.pdf"), uwv_d, "RICOH IM C3000")
    label(f"{C}/AO.pdf", "uwv_correspondentie", uwv_d, cs, "Pillow image-only scan with received stamp",
          "misleading name AO.pdf holds the UWV WIA letter of week 88 which names the actueel oordeel")

    ao = [
        "# Actueel oordeel",
        f"|Werknemer|{wn}",
        f"|BSN|{bsn}",
        "|Werkgever|Tuincentrum De Hooiberg B.V.",
        f"|Eerste ziektedag|{dmy(d0)}",
        "## Stand van zaken",
        "Werkneemster werkt 24 uur in aangepaste taken. De belastbaarheid is sinds het inzetbaarheidsprofiel "
        "niet wezenlijk veranderd; beperkingen in staan, bukken en tillen blijven duurzaam.",
        "## Passende arbeid bij de werkgever",
        "De huidige taken (kassa met stahulp, webwinkel, telefoon) zijn passend; meer uren acht ik niet haalbaar.",
        "## Arbeidsrelatie",
        "Goed; geen belemmeringen.",
        "De medische informatie zend ik apart naar UWV ten behoeve van de WIA-aanvraag.",
        f"{nl(ao_d)} — {ba}, ArboVizier",
    ]
    wkhtml(to_html(ao, PORTAL_CSS, bar, foot(ao_d)), out(f"{C}/ArboVizier/Actueel oordeel.pdf"), ao_d,
           "Actueel oordeel")
    label(f"{C}/ArboVizier/Actueel oordeel.pdf", "actueel_oordeel", ao_d, cs, "wkhtmltopdf portal print",
          "standard title; mentions medical information going separately")

    ev = [
        "# Eindevaluatie",
        f"Werknemer: Rianne Jansma (BSN {bsn})",
        "Werkgever: Tuincentrum De Hooiberg B.V., Oud-Rietveen",
        "## Aard van het bedrijf",
        "Tuincentrum met 45 medewerkers, binnen- en buitenafdeling, webwinkel; seizoensdrukte in het voorjaar.",
        "## Terugblik",
        "Na twee jaar werkt Rianne 24 van 32 uur in aangepast werk. Een tweede spoor was niet nodig; de opbouw naar 24 "
        "uur is in het tweede jaar gehaald zoals in de eerstejaarsevaluatie afgesproken.",
        "## Oordeel werkgever over arbeidsrelatie en passende arbeid",
        "De arbeidsrelatie is goed. Meer passend werk dan deze 24 uur hebben wij niet.",
        "## WIA-aanvraag",
        "Rianne vraagt de WIA-uitkering aan voor de 8 uur die zij niet werkt.",
        f"Oud-Rietveen, {nl(ev_d)}",
        "G. Wiersma, bedrijfsleider en casemanager        R. Jansma, werknemer",
    ]
    make_docx(ev, out(f"{C}/Eindevaluatie Rianne Jansma.docx"), "Gerben Wiersma")
    label(f"{C}/Eindevaluatie Rianne Jansma.docx", "eindevaluatie", ev_d, cs, "python-docx Word file",
          "standard title")

    quoted = (f"-----Oorspronkelijk bericht-----\nVan: Gerben Wiersma <g.wiersma@dehooiberg.example>\n"
              f"Verzonden: {nl(day(d0, 628))} 11:03\nAan: Rianne Jansma\nOnderwerp: Re-integratieverslag ter inzage\n\n"
              "Hoi Rianne,\nIn de bijlage alle stukken van het re-integratieverslag. Wil je laten weten of je het ermee "
              "eens bent? Dan kan het mee met je WIA-aanvraag.\nGroet, Gerben\n")
    ow = (f"Hoi Gerben,\n\nIk heb alles gelezen. Mijn mening: ik ben het eens met de eindevaluatie en het actueel "
          "oordeel. Wel wil ik kwijt dat de tilkar pas na drie maanden kwam, dat had sneller gekund. Verder heb ik me "
          "goed geholpen gevoeld.\n\nRianne Jansma\nBSN " + bsn + "\n\n" + quoted)
    eml(out(f"{C}/mail/RE Re-integratieverslag ter inzage.eml"), "Rianne Jansma <rianne.jansma@kpnmail.example>",
        "Gerben Wiersma <g.wiersma@dehooiberg.example>", "RE: Re-integratieverslag ter inzage", at(ow_d, 20, 14), ow,
        in_reply_to="<C21REF1@mail.corpus21.example>")
    label(f"{C}/mail/RE Re-integratieverslag ter inzage.eml", "oordeel_werknemer", ow_d, cs, "Outlook eml reply chain",
          "employee's view on top of a quoted covering mail; only the reply is the document")

    mri = [
        "Radiologie — Ziekenhuis Oostervaart (fictief)",
        "# Verslag MRI lumbale wervelkolom",
        f"Patiënt: R. Jansma, geb. 14-06-1979",
        f"Onderzoeksdatum: {dmy(mri_d)}",
        "Aanvrager: huisarts",
        "## Bevindingen",
        "Discusdegeneratie L4-L5 met een kleine mediane protrusie, geen compressie van zenuwwortels. Lichte "
        "facetartrose L5-S1.",
        "## Conclusie",
        "Degeneratieve afwijkingen L4-S1, passend bij de klachten. Geen indicatie voor operatie.",
        "Radioloog: dr. P. Veldkamp",
    ]
    eml(out(f"{C}/mail/Fwd uitslag MRI.eml"), "Rianne Jansma <rianne.jansma@kpnmail.example>",
        "Gerben Wiersma <g.wiersma@dehooiberg.example>", "Fwd: uitslag MRI", at(day(mri_d, 3), 21, 2),
        "Hoi Gerben, hierbij de uitslag van de MRI zodat je weet wat er speelt. Groetjes Rianne\n",
        attachments=[("verslag radiologie.pdf", png_pdf_bytes(render_page(mri, 2106), mri_d), "application/pdf")])
    label(f"{C}/mail/Fwd uitslag MRI.eml", "", None, cs, "Outlook eml covering mail", "pure covering mail")
    label(f"{C}/mail/Fwd uitslag MRI.eml::verslag radiologie.pdf", "medische_informatie", mri_d, cs,
          "Pillow image-only scan as mail attachment",
          "radiology report the employer must not hold (DOMAIN.md 5.1)")

    rooster = ("Rooster aangepast werk Rianne (vanaf week 30)\n\nma 9-13 kassa 2 (met stahulp)\nwo 9-13 webwinkel "
               "orders\ndo 13-17 telefoon klantenservice\nvr 9-13 kassa 2\nza vrij\n\nVragen: Gerben\n")
    out(f"{C}/rooster kassa en webshop.txt").write_text(rooster, encoding="utf-8")
    label(f"{C}/rooster kassa en webshop.txt", "", None, cs, "Notepad txt", "roster of adapted work, no RIV document")


# ================================================================================================ case B
def case_b() -> None:
    C = "Schildwacht Beveiliging - K. Brandsma (23-5512)"
    cs = "B-schildwacht"
    d0 = dt.date(2023, 10, 9)
    bsn = make_bsn(2201)
    assert elfproef(bsn)
    wn = "Koen Brandsma"
    ba = "S. Rozendaal, bedrijfsarts, BIG 39056120801, Praktijk Rozendaal Arbeid & Gezondheid"
    pa_d, pva_d, te_d, bpva_d = day(d0, 36), day(d0, 46), day(d0, 94), day(d0, 150)
    do_d, zm_d, eje_d, tp_d = day(d0, 213), day(d0, 290), day(d0, 354), day(d0, 392)
    vr1_d, vr2_d, er_d = day(d0, 480), day(d0, 572), day(d0, 610)
    ao_d, mi_d, ev_d = day(d0, 616), day(d0, 617), day(d0, 629)

    pa = [
        "Praktijk Rozendaal Arbeid & Gezondheid",
        "# Advies bij dreigend langdurig verzuim",
        f"Betreft: de heer K. Brandsma, BSN {bsn}",
        "Werkgever: Schildwacht Beveiligingsdiensten B.V., Haverdam",
        f"Eerste verzuimdag: {dmy(d0)}. Spreekuur: {dmy(day(d0, 35))}.",
        "Werknemer is objectbeveiliger (36 uur, ploegendiensten). Na een incident op het object functioneert hij "
        "nog niet in zijn eigen werk. Langdurig verzuim dreigt.",
        "Beperkingen: niet alleen werken op een object, geen nachtdiensten, beperkt in conflicthantering. "
        "Mogelijkheden: overdag werk in een team, administratief of in de meldkamer onder begeleiding.",
        "Prognose: gunstig op middellange termijn; terugkeer in de eigen functie is onzeker.",
        "Advies: maak binnen twee weken een plan van aanpak; start met dagdiensten op kantoor.",
        f"{nl(pa_d)} — {ba}",
    ]
    fax = f"{dmy(pa_d)} 14:22   VAN: +31 00 555 0181 ROZENDAAL A&G   AAN: SCHILDWACHT P&O   P.1/1"
    scan_pdf([render_page(pa, 2202, fax=fax)], out(f"{C}/scan0003.pdf"), pa_d, "Brother MFC-L2710DW")
    label(f"{C}/scan0003.pdf", "probleemanalyse", pa_d, cs, "Pillow image-only fax scan",
          "meaningless name scan0003.pdf; fax header line; title without the word probleemanalyse")

    pva1 = [
        "Schildwacht Beveiligingsdiensten B.V. — P&O",
        "# Plan van aanpak re-integratie",
        f"|Naam werknemer|K. Brandsma",
        f"|BSN|{bsn}",
        "|Functie|Objectbeveiliger, 36 uur",
        f"|Datum probleemanalyse|{dmy(pa_d)}",
        "|Casemanager|L. Bouzid, personeelsadviseur",
        "## 1. Re-integratiedoel",
        "Terugkeer in eigen werk, eerst in dagdienst en in een team.",
        "## 2. Afspraken en activiteiten",
        "- Start 3 x 4 uur ondersteuning op de meldkamer (dagdienst)",
        "- Gesprek met de vertrouwenspersoon over het incident",
        "- Na 6 weken evaluatie met teamleider D. Kramer",
        "## 3. Evaluatiemomenten",
        "Elke 6 weken en aan het eind van het eerste ziektejaar.",
        "(vervolg op blad 2: visie en ondertekening)",
    ]
    p1 = render_page(pva1, 2203, hand=[(905, "+ ook 1x per week naar object Haverdam-Noord met collega"),
                                       (1220, "afgesproken: bellen op maandag  LB")])
    scan_pdf([p1], out(f"{C}/Plan van aanpak Brandsma blz 1.pdf"), pva_d, "KONICA MINOLTA bizhub C250i")
    label(f"{C}/Plan van aanpak Brandsma blz 1.pdf", "plan_van_aanpak", pva_d, cs,
          "Pillow image-only scan with handwritten additions",
          "page 1 of a two-page plan; the signature page is a separate photo")
    sig = [
        "## 4. Visie werkgever",
        "Wij zien kansen via de meldkamer; terugkeer op het object is het einddoel.",
        "## 5. Visie werknemer",
        "Ik wil weer aan het werk maar nog niet alleen op een object.",
        "## 6. Ondertekening",
        f"Datum: {dmy(pva_d)}",
        "Werkgever: L. Bouzid, personeelsadviseur",
        "Werknemer: K. Brandsma",
    ]
    page2 = render_page(sig, 2204, hand=[(470, "L. Bouzid"), (520, "K. Brandsma")]).convert("RGB")
    save_jpg(photo(page2.resize((700, 990)), 2205, bezel=False), out(f"{C}/IMG_20231124_163208.jpg"), 70)
    label(f"{C}/IMG_20231124_163208.jpg", "plan_van_aanpak", pva_d, cs, "Pillow phone photo of a paper page",
          "signature page of the plan photographed separately (one plan in two files; date = signing date)")

    te = (f"gesprek koen {te_d.day}-{te_d.month}\n\nkoen, latifa, ik (dennis)\n\nmeldkamer gaat goed, 3x4 uur "
          "gehaald. object haverdam-noord 1x mee geweest met joost, ging redelijk.\nnachtdienst nog steeds niet.\n"
          "afspraken plan nagekomen. volgende stap 3x6 uur meldkamer.\nvolgende gesprek over 6 weken.\n"
          f"bsn {bsn}\n-- dennis kramer, teamleider regio oost\n")
    out(f"{C}/gesprek koen {te_d.day}-{te_d.month}.txt").write_text(te, encoding="utf-8")
    label(f"{C}/gesprek koen {te_d.day}-{te_d.month}.txt", "tussentijdse_evaluatie", te_d, cs, "Notepad txt",
          "lower-case notes without a title")

    bpva = [
        "Schildwacht Beveiligingsdiensten B.V.",
        "# Aanvulling op de afspraken",
        f"K. Brandsma, BSN {bsn}. Datum: {nl(bpva_d)}.",
        "De bedrijfsarts adviseert dat Koen voorlopig niet terugkeert naar objectbeveiliging. Daarom veranderen we het "
        "doel: van eigen werk naar ander werk binnen Schildwacht (meldkamer, vast in dagdienst).",
        "Nieuwe afspraken:",
        "- 4 x 6 uur meldkamer; interne opleiding meldkamermedewerker",
        "- wij vragen een deskundigenoordeel bij UWV aan over de passendheid van het meldkamerwerk",
        "- casemanager blijft L. Bouzid",
        "Akkoord werkgever: L. Bouzid     Akkoord werknemer: K. Brandsma",
    ]
    make_docx(bpva, out(f"{C}/Aanvulling afspraken meldkamer.docx"), "Latifa Bouzid")
    label(f"{C}/Aanvulling afspraken meldkamer.docx", "bijstelling_plan_van_aanpak", bpva_d, cs,
          "python-docx Word file", "title 'Aanvulling' without the word bijstelling; changed goal")

    do = [
        "UWV",
        "# Deskundigenoordeel",
        f"Datum: {nl(do_d)}     Kenmerk: DO-2024-338810",
        f"Betreft: K. Brandsma, burgerservicenummer {bsn}",
        "Aanvraag door: werkgever Schildwacht Beveiligingsdiensten B.V.",
        "## Vraag",
        "Is het werk als meldkamermedewerker in dagdienst passend voor de werknemer?",
        "## Ons oordeel",
        "Ja. De verzekeringsarts en de arbeidsdeskundige van UWV vinden het aangeboden werk passend. De belasting "
        "past binnen de beperkingen die de bedrijfsarts heeft beschreven.",
        "Dit oordeel is niet bindend. Met vriendelijke groet, UWV, afdeling Deskundigenoordelen",
    ]
    st = day(do_d, 4)
    scan_pdf([render_page(do, 2206, serif=True, stamp=f"ONTVANGEN\n{st.day} {MAANDEN[st.month-1][:3].upper()} {st.year}")],
             out(f"{C}/Scan_UWV_deskundigenoordeel.pdf"), do_d, "KONICA MINOLTA bizhub C250i")
    label(f"{C}/Scan_UWV_deskundigenoordeel.pdf", "deskundigenoordeel", do_d, cs,
          "Pillow image-only scan with received stamp", "stamp date 4 days after the letter date")

    zm = (f"Hallo Latifa,\n\nVandaag heb ik de ziekmelding na 42 weken voor Koen Brandsma bij UWV ingediend via het "
          "werkgeversportaal. Gegevens van de melding:\n\n"
          f"Werknemer: K. Brandsma\nBSN: {bsn}\nEerste ziektedag: {dmy(d0)}\nDatum melding: {dmy(zm_d)}\n"
          "Ontvangstbevestiging UWV: kenmerk ZLM-3390172\n\nGroet,\nMarja Hoogland\nSalarisadministratie "
          "Schildwacht\n")
    eml(out(f"{C}/mail/Ziekmelding 42e week Brandsma.eml"), "Marja Hoogland <salaris@schildwacht.example>",
        "Latifa Bouzid <l.bouzid@schildwacht.example>", "Ziekmelding 42e week Brandsma", at(zm_d, 15, 8), zm)
    label(f"{C}/mail/Ziekmelding 42e week Brandsma.eml", "ziekmelding_uwv", zm_d, cs, "Outlook eml body",
          "payroll office reports the 42-week sick report in a mail body")

    eje = [
        "# Eerstejaarsevaluatie",
        f"Werknemer: K. Brandsma — BSN {bsn} — Schildwacht Beveiligingsdiensten B.V.",
        f"Datum gesprek: {nl(eje_d)}. Aanwezig: K. Brandsma, L. Bouzid (casemanager), D. Kramer (teamleider).",
        "## Terugblik eerste ziektejaar",
        "Koen werkt 24 uur op de meldkamer. UWV vond dit werk passend (deskundigenoordeel). De opleiding tot "
        "meldkamermedewerker is niet gehaald; de meldkamer wordt bovendien in het najaar gecentraliseerd naar Zwolle.",
        "## Beoogd re-integratieresultaat tweede ziektejaar",
        "Duurzaam passend werk. Omdat de meldkamerplek vervalt, starten we binnen zes weken een tweede spoor via "
        "Loopbaanhuis Tweesprong, naast het werk op de meldkamer.",
        "## Visie werkgever en werknemer",
        "Werkgever: spoor 1 is uitgeput. Werknemer: 'ik sta open voor werk buiten de beveiliging.'",
        "Ondertekend door L. Bouzid en K. Brandsma",
    ]
    lo_pdf(eje, out(f"{C}/Eerstejaarsevaluatie K. Brandsma.pdf"), "Latifa Bouzid", eje_d, "Eerstejaarsevaluatie")
    label(f"{C}/Eerstejaarsevaluatie K. Brandsma.pdf", "eerstejaarsevaluatie", eje_d, cs, "LibreOffice PDF from Word",
          "standard title")

    tcss = PORTAL_CSS.replace("#2d6a4f", "#7b2d8b")
    tbar = "<div class='bar'>Tweesprong Cliëntvolgsysteem &nbsp;|&nbsp; Cliënt 5512-KB</div>"
    tp = [
        "# Intakeverslag en trajectplan tweede spoor",
        f"|Cliënt|K. Brandsma, BSN {bsn}",
        "|Opdrachtgever|Schildwacht Beveiligingsdiensten B.V.",
        f"|Intakegesprek|{dmy(day(d0, 385))}",
        "|Loopbaanadviseur|Evelien Smit, Loopbaanhuis Tweesprong",
        "## Persoonsprofiel",
        "Betrouwbaar, klantgericht, rustig in contact; ervaring met toegangscontrole en rapporteren.",
        "## Zoekprofiel",
        "Baliemedewerker, receptie sportcentrum of zwembad, toezicht overdag, 24-32 uur, regio Haverdam.",
        "## Activiteiten",
        "- arbeidsmarktoriëntatie en cv (weken 1-4)\n- netwerkgesprekken en sollicitaties (weken 5-20)\n- proefplaatsing",
        f"Opgesteld {dmy(tp_d)} door E. Smit; voor akkoord K. Brandsma",
    ]
    wkhtml(to_html(tp, tcss, tbar, f"<div class='foot'>Afgedrukt {dmy(day(d0, 400))}</div>"),
           out(f"{C}/Tweesprong/Intake en trajectplan.pdf"), tp_d, "Trajectplan")
    label(f"{C}/Tweesprong/Intake en trajectplan.pdf", "trajectplan_tweede_spoor", tp_d, cs,
          "wkhtmltopdf client system print", "intake date one week before the plan date")

    vr1 = [
        "Loopbaanhuis Tweesprong",
        "# Voortgangsrapportage 1",
        f"Cliënt: K. Brandsma (BSN {bsn})",
        f"Rapportageperiode: {dmy(tp_d)} t/m {dmy(vr1_d)}",
        "## Activiteiten",
        "- 6 coachgesprekken, cv en LinkedIn-profiel gereed",
        "- 11 sollicitaties, 2 sollicitatiegesprekken (zwembad De Wielewaal, sporthal Noord)",
        "- 5 netwerkgesprekken",
        "## Inzet werknemer",
        "Goed en gemotiveerd.",
        "## Vervolg",
        "Proefplaatsing bespreken met sportcentrum Haverdam.",
        f"{nl(vr1_d)}, E. Smit, loopbaanadviseur",
    ]
    eml(out(f"{C}/mail/Voortgang traject Koen.eml"), "Evelien Smit <e.smit@tweesprong.example>",
        "Latifa Bouzid <l.bouzid@schildwacht.example>", "Voortgang traject Koen", at(day(vr1_d, 1), 9, 31),
        "Beste Latifa,\n\nBijgaand de eerste voortgangsrapportage van Koen.\n\nMet vriendelijke groet,\nEvelien Smit\n"
        "Loopbaanhuis Tweesprong\n",
        attachments=[("Voortgangsrapportage 1 Brandsma.docx", docx_bytes(vr1, "Evelien Smit"),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    label(f"{C}/mail/Voortgang traject Koen.eml", "", None, cs, "Outlook eml covering mail", "pure covering mail")
    label(f"{C}/mail/Voortgang traject Koen.eml::Voortgangsrapportage 1 Brandsma.docx",
          "voortgangsrapportage_tweede_spoor", vr1_d, cs, "python-docx Word attachment",
          "report period dates in the text besides the report date")

    vr2 = [
        "Loopbaanhuis Tweesprong",
        "# Inspanningsrapportage 2",
        f"Cliënt: K. Brandsma — BSN {bsn}",
        f"Periode: {dmy(day(vr1_d, 1))} – {dmy(vr2_d)}",
        "Koen loopt sinds zes weken een proefplaatsing als baliemedewerker bij Sportcentrum Haverdam (3 x 8 uur). "
        "De werkgever daar is tevreden en onderzoekt een contract van 24 uur.",
        "Sollicitaties deze periode: 4. Netwerkgesprekken: 2.",
        f"{nl(vr2_d)} — E. Smit",
    ]
    lo_pdf(vr2, out(f"{C}/Tweesprong/Inspanningsrapportage 2.pdf"), "Evelien Smit", vr2_d, "Inspanningsrapportage 2")
    label(f"{C}/Tweesprong/Inspanningsrapportage 2.pdf", "voortgangsrapportage_tweede_spoor", vr2_d, cs,
          "LibreOffice PDF from Word", "called inspanningsrapportage")

    er = [
        "Loopbaanhuis Tweesprong",
        "# Eindrapportage tweede spoor",
        f"Cliënt: K. Brandsma, BSN {bsn}. Opdrachtgever: Schildwacht Beveiligingsdiensten B.V.",
        "## Resultaat traject",
        "Plaatsing: arbeidsovereenkomst 24 uur als baliemedewerker bij Sportcentrum Haverdam, start over vier weken.",
        "## Inspanningen",
        "32 sollicitaties, 11 netwerkgesprekken, 1 proefplaatsing van 10 weken.",
        "## Afsluiting",
        "Het traject is hiermee afgerond.",
        f"{nl(er_d)}, E. Smit, loopbaanadviseur",
    ]
    lo_pdf(er, out(f"{C}/Tweesprong/Eindrapportage Tweesprong.pdf"), "Evelien Smit", er_d, "Eindrapportage")
    label(f"{C}/Tweesprong/Eindrapportage Tweesprong.pdf", "eindrapportage_tweede_spoor", er_d, cs,
          "LibreOffice PDF from Word", "standard title")

    ao = [
        "Praktijk Rozendaal Arbeid & Gezondheid",
        "# Actueel oordeel bedrijfsarts",
        f"Betreft: K. Brandsma, BSN {bsn}",
        f"Spreekuur {dmy(day(ao_d, -2))}. Ten behoeve van het re-integratieverslag bij de WIA-aanvraag.",
        "Belastbaarheid: geen nachtdiensten, geen alleenwerk met kans op conflicten; werk overdag in een team kan 24 "
        "uur per week. De beperkingen zijn waarschijnlijk blijvend.",
        "Passende arbeid bij de werkgever: nee, sinds de meldkamer is opgeheven.",
        "Arbeidsrelatie: goed, geen conflict.",
        f"{nl(ao_d)} — {ba}",
    ]
    st = day(ao_d, 6)
    scan_pdf([render_page(ao, 2207, stamp=f"ONTVANGEN\n{st.day} {MAANDEN[st.month-1][:3].upper()} {st.year}")],
             out(f"{C}/Scan_{day(ao_d, 7):%Y%m%d}.pdf"), ao_d, "KONICA MINOLTA bizhub C250i")
    label(f"{C}/Scan_{day(ao_d, 7):%Y%m%d}.pdf", "actueel_oordeel", ao_d, cs,
          "Pillow image-only scan with received stamp", "scan date in the file name; stamp date; spreekuur date")

    mi = [
        "MEDISCH GEHEIM — alleen voor de verzekeringsarts UWV",
        "# Medische informatie",
        f"Betreft: K. Brandsma, BSN {bsn}",
        "Diagnose: posttraumatische stressstoornis na overval op het object; comorbide slaapproblemen.",
        "Behandeling: EMDR bij GZ-psycholoog, 12 sessies; medicatie sertraline 50 mg.",
        "Beloop: gedeeltelijk herstel; herbelevingen bij nachtdiensten en confrontatie.",
        "Prognose: restklachten blijvend waarschijnlijk.",
        f"{nl(mi_d)} — {ba}",
    ]
    scan_pdf([render_page(mi, 2208)], out(f"{C}/document.pdf"), mi_d, "KONICA MINOLTA bizhub C250i")
    label(f"{C}/document.pdf", "medische_informatie", mi_d, cs, "Pillow image-only scan",
          "meaningless name document.pdf; medical information in the employer folder (DOMAIN.md 5.1)")

    ev = (f"Beste Koen,\n\nZoals besproken op {nl(ev_d)} zet ik hieronder onze terugblik op papier. Wil je laten "
          "weten of je het ermee eens bent?\n\nSchildwacht is een beveiligingsbedrijf met 310 medewerkers: object-, "
          "evenementen- en mobiele beveiliging, met een eigen meldkamer tot vorig najaar.\n\nJe bent sinds "
          f"{nl(d0)} ziek. Eerst werkte je op de meldkamer (UWV vond dat passend), maar die is opgeheven. Sinds de "
          "eerstejaarsevaluatie liep het tweede spoor via Tweesprong; dat leidde tot een baan van 24 uur bij "
          "Sportcentrum Haverdam.\n\nOnze arbeidsrelatie is goed. Passende arbeid hebben wij niet meer in dagdienst. "
          "Je vraagt WIA aan voor de resterende 12 uur.\n\nBSN: " + bsn + "\n\nGroet,\nLatifa Bouzid\n"
          "Personeelsadviseur en casemanager\n")
    eml(out(f"{C}/mail/Hoe staan we er nu voor.eml"), "Latifa Bouzid <l.bouzid@schildwacht.example>",
        "Koen Brandsma <koen.brandsma@ziggo.example>", "Hoe staan we er nu voor", at(day(ev_d, 1), 10, 5), ev,
        cc="Dennis Kramer <d.kramer@schildwacht.example>")
    label(f"{C}/mail/Hoe staan we er nu voor.eml", "eindevaluatie", ev_d, cs, "Outlook eml body",
          "no title; eindevaluatie written as a mail covering aard van het bedrijf and arbeidsrelatie (DOMAIN.md 1.2 lid 5 and 10)")

    cv = ["# Curriculum vitae", "Koen Brandsma", "Haverdam", "## Werkervaring",
          "- 2014-heden objectbeveiliger, Schildwacht Beveiligingsdiensten", "- 2009-2014 magazijnmedewerker",
          "## Opleiding", "- Beveiliger 2 (MBO-2)", "- BHV en EHBO", "## Vaardigheden", "Rapporteren, klantcontact, "
          "toegangscontrole, rust in drukke situaties."]
    make_docx(cv, out(f"{C}/CV Koen Brandsma.docx"), "Koen Brandsma")
    label(f"{C}/CV Koen Brandsma.docx", "", None, cs, "python-docx Word file", "CV made in the second track")


# ================================================================================================ case C
def case_c() -> None:
    C = "Waterschap Veenstroom - dossier H. van der Zwaag"
    cs = "C-veenstroom"
    d0 = dt.date(2024, 5, 13)
    bsn = make_bsn(2301)
    assert elfproef(bsn)
    ba = "mw. drs. C.J. Stapert, bedrijfsarts, BIG 19047732601, Arbo Lindenhof"
    hdr = "Waterschap Veenstroom en Dijken — afdeling HRM — vertrouwelijk"
    pa_d, pva_d, te1_d, te2_d = day(d0, 38), day(d0, 50), day(d0, 95), day(d0, 137)
    bpa_d, zm_d, ad_d, eje_d = day(d0, 142), day(d0, 288), day(d0, 343), day(d0, 350)
    bpva_d, uwv_d, ao_d, ev_d, ow_d = day(d0, 358), day(d0, 610), day(d0, 619), day(d0, 630), day(d0, 636)
    out(f"{C}/dossier.yaml").write_text(
        f'werknemer: {{naam: "H. van der Zwaag", bsn: "{bsn}", functie: "Operator zuiveringstechniek"}}\n'
        'werkgever: {naam: "Waterschap Veenstroom en Dijken", loonheffingennummer: "8022.41.937.L01", '
        'aard_van_het_bedrijf: "Waterschap (waterbeheer, zuivering van afvalwater)"}\n'
        'bedrijfsarts: {naam: "C.J. Stapert", organisatie: "Arbo Lindenhof"}\n'
        'casemanager: {naam: "N. Dekkers"}\n'
        f"eerste_ziektedag: {d0.isoformat()}\n", encoding="utf-8")

    pa = ["Arbo Lindenhof", "# Probleemanalyse en advies",
          f"Werknemer: de heer H. van der Zwaag, BSN {bsn}",
          "Werkgever: Waterschap Veenstroom en Dijken, rwzi Grevenlaan",
          "Functie: operator zuiveringstechniek, 36 uur, inclusief storingsdiensten",
          f"Eerste ziektedag: {dmy(d0)}",
          "Na een ziekenhuisopname is werknemer nog beperkt belastbaar. Er is sprake van dreigend langdurig verzuim.",
          "Beperkingen en mogelijkheden: zie het inzetbaarheidsprofiel in de bijlage. Geen storingsdiensten, "
          "geen zwaar fysiek werk, geen werk op hoogte. Lichte controlerondes en procesbewaking kunnen.",
          "Prognose: naar verwachting gedeeltelijke terugkeer binnen drie maanden, volledig herstel onzeker.",
          "Advies: start op korte termijn met 2 uur per dag procesbewaking; maak binnen twee weken het plan van aanpak.",
          f"Grevenlaan, {nl(pa_d)}", ba]
    lo_pdf(pa, out(f"{C}/01 Bedrijfsarts/Probleemanalyse H. van der Zwaag.pdf"), "C.J. Stapert", pa_d, "Probleemanalyse")
    label(f"{C}/01 Bedrijfsarts/Probleemanalyse H. van der Zwaag.pdf", "probleemanalyse", pa_d, cs,
          "LibreOffice PDF from Word", "standard title; mentions a hospital admission without diagnosis")

    izp = ["Arbo Lindenhof", "# Inzetbaarheidsprofiel", f"Bijlage bij de probleemanalyse — H. van der Zwaag, BSN {bsn}",
           "|Rubriek|Beperking",
           "|1 Persoonlijk functioneren|geen beperking",
           "|2 Sociaal functioneren|geen beperking",
           "|3 Fysieke omgevingseisen|niet werken op hoogte, niet in besloten ruimten",
           "|4 Dynamische handelingen|tillen max 10 kg, geen klimmen",
           "|5 Statische houdingen|geen beperking",
           "|6 Werktijden|geen nacht- en storingsdiensten; max 4 uur per dag",
           f"{nl(pa_d)}, {ba}"]
    lo_pdf(izp, out(f"{C}/01 Bedrijfsarts/Inzetbaarheidsprofiel bijlage.pdf"), "C.J. Stapert", pa_d,
           "Inzetbaarheidsprofiel")
    label(f"{C}/01 Bedrijfsarts/Inzetbaarheidsprofiel bijlage.pdf", "inzetbaarheidsprofiel", pa_d, cs,
          "LibreOffice PDF from Word", "annex of the PA with the same date")

    pva = ["# Plan van aanpak re-integratie", f"Medewerker: H. van der Zwaag, BSN {bsn}, operator zuiveringstechniek",
           f"Probleemanalyse d.d. {dmy(pa_d)}. Casemanager: N. Dekkers, HR-adviseur.",
           "## Doel", "Volledige terugkeer in de eigen functie, eerst zonder storingsdiensten.",
           "## Activiteiten en termijnen",
           "|Week 8-12|2 uur per dag procesbewaking in de regelkamer",
           "|Week 13-20|4 uur per dag, ook lichte controlerondes",
           "|Week 20|bedrijfsarts beoordeelt de storingsdiensten",
           "## Evaluatie", "Om de zes weken met teamleider M. Feenstra en de casemanager.",
           "## Visie werkgever", "Het eigen werk is met aanpassing mogelijk.",
           "## Visie werknemer", "Ik wil mijn eigen werk terug, ook de storingsdiensten als dat kan.",
           f"Grevenlaan, {nl(pva_d)} — N. Dekkers (namens de werkgever), H. van der Zwaag (werknemer)"]
    lo_pdf(pva, out(f"{C}/02 Plan van aanpak/Plan van aanpak re-integratie.pdf"), "Niels Dekkers", pva_d,
           "Plan van aanpak", font="Liberation Sans", header=hdr)
    label(f"{C}/02 Plan van aanpak/Plan van aanpak re-integratie.pdf", "plan_van_aanpak", pva_d, cs,
          "LibreOffice PDF from Word", "standard title")

    te1 = ["# Verslag evaluatiegesprek", f"H. van der Zwaag (BSN {bsn})",
           f"Datum: {nl(te1_d)}; aanwezig: Hidde, M. Feenstra (teamleider zuivering), N. Dekkers",
           "Voortgang: 4 uur per dag procesbewaking, gaat goed. Controlerondes op het terrein nog vermoeiend.",
           "Afspraken: uitbreiden naar 5 uur per dag; storingsdiensten blijven uit. Volgende evaluatie over 6 weken."]
    make_docx(te1, out(f"{C}/03 Evaluaties/Verslag evaluatiegesprek.docx"), "Niels Dekkers", header=hdr)
    label(f"{C}/03 Evaluaties/Verslag evaluatiegesprek.docx", "tussentijdse_evaluatie", te1_d, cs,
          "python-docx Word file", "header line with the department")

    te2 = (f"Hoi Niels,\n\nHieronder mijn verslagje van het gesprek met Hidde van vanmorgen ({nl(te2_d)}), jij was er "
           "niet bij.\n\n- hij werkt nu 5 uur per dag, alle dagen\n- controlerondes gaan beter, klimmen in de "
           "bezinktanks doet hij niet\n- hij wil graag weer storingsdiensten, dat heb ik doorgezet naar de "
           "bedrijfsarts\n- afspraken uit het plan nagekomen\n\nGroet,\nMarjolein Feenstra\nTeamleider zuivering\n\n"
           "-----Oorspronkelijk bericht-----\nVan: Niels Dekkers\nOnderwerp: afspraken opbouw\n\nMarjolein, kun jij "
           f"het gesprek met Hidde doen en een kort verslag sturen? BSN {bsn} staat in het dossier. Niels\n")
    eml(out(f"{C}/03 Evaluaties/Re afspraken opbouw.eml"), "Marjolein Feenstra <m.feenstra@veenstroom.example>",
        "Niels Dekkers <n.dekkers@veenstroom.example>", "RE: afspraken opbouw", at(te2_d, 13, 40), te2)
    label(f"{C}/03 Evaluaties/Re afspraken opbouw.eml", "tussentijdse_evaluatie", te2_d, cs, "Outlook eml reply chain",
          "team leader's report as a reply above a quoted request")

    bpa = (f"Geachte heer Dekkers,\n\nNa het spreekuur met de heer Van der Zwaag (BSN {bsn}) op {nl(bpa_d)} "
           "laat ik u het volgende weten.\n\nDe belastbaarheid is verbeterd. Werknemer kan nu 6 uur per dag werken, "
           "ook op het terrein. Storingsdiensten en nachtwerk raad ik blijvend af; dit is een wijziging ten opzichte "
           "van mijn eerdere advies, waarin ik die alleen tijdelijk uitsloot. Ik adviseer het plan van aanpak hierop "
           "aan te passen en een arbeidsdeskundige te laten kijken naar de functie zonder storingsdiensten.\n\n"
           f"Met vriendelijke groet,\n\n{ba}\n")
    eml(out(f"{C}/01 Bedrijfsarts/Advies na spreekuur.eml"), "Arbo Lindenhof <noreply@arbolindenhof.example>",
        "Niels Dekkers <n.dekkers@veenstroom.example>", "Advies na spreekuur H. van der Zwaag",
        at(day(bpa_d, 1), 8, 12), bpa)
    label(f"{C}/01 Bedrijfsarts/Advies na spreekuur.eml", "bijstelling_probleemanalyse", bpa_d, cs, "Outlook eml body",
          "no type word; changed belastbaarheid advice that changes the PA (DOMAIN.md 1.1 item f art. 4 lid 4)")

    zm = ["<div class='bar' style='background:#00476b'>UWV Werkgeversportaal</div>",
          "# Ziekmelding ontvangen",
          f"|Burgerservicenummer|{bsn}", "|Naam werknemer|H. van der Zwaag",
          "|Werkgever|Waterschap Veenstroom en Dijken", "|Loonheffingennummer|8022.41.937.L01",
          f"|Eerste ziektedag|{dmy(d0)}", f"|Ontvangen op|{dmy(zm_d)}",
          "Wij hebben uw ziekmelding (42e week) ontvangen. U krijgt van ons bericht over de eerstejaarsevaluatie."]
    wkhtml(to_html(zm[1:], PORTAL_CSS.replace("#2d6a4f", "#00476b"), zm[0],
                   f"<div class='foot'>https://werkgeversportaal.uwv.example/ziekmelding  {dmy(zm_d)} 11:52</div>"),
           out(f"{C}/04 UWV/Ziekmelding UWV afdruk.pdf"), zm_d, "UWV Werkgeversportaal")
    label(f"{C}/04 UWV/Ziekmelding UWV afdruk.pdf", "ziekmelding_uwv", zm_d, cs, "wkhtmltopdf portal print",
          "portal confirmation printed by the employer")

    ad = ["Arbo Lindenhof — Arbeidsdeskundig onderzoek", f"Werknemer: H. van der Zwaag, BSN {bsn}",
          "Opdrachtgever: Waterschap Veenstroom en Dijken", "# Rapportage",
          "## Functiebelasting", "De functie operator zuiveringstechniek omvat procesbewaking, controlerondes, "
          "onderhoud en 1 op 4 weken storingsdienst (nacht, oproep).",
          "## Belastbaarheid", "Volgens de bedrijfsarts geen storingsdiensten en geen nachtwerk, verder 6 uur per dag.",
          "## Conclusie", "Het eigen werk is passend zonder de storingsdiensten. Het waterschap kan de storingsdiensten "
          "herverdelen over het team van 11 operators. Advies: spoor 1, eigen werk aangepast, 28 uur. Tweede spoor "
          "niet nodig.", f"{nl(ad_d)}, R. Oosting, register-arbeidsdeskundige"]
    lo_pdf(ad, out(f"{C}/01 Bedrijfsarts/Rapportage AD onderzoek.pdf"), "R. Oosting", ad_d, "AD rapportage")
    label(f"{C}/01 Bedrijfsarts/Rapportage AD onderzoek.pdf", "arbeidsdeskundig_rapport", ad_d, cs,
          "LibreOffice PDF from Word", "generic title 'Rapportage'; arbeidsdeskundige of the arbodienst")

    eje = ["# Evaluatie eerste ziektejaar", f"H. van der Zwaag — BSN {bsn} — operator zuiveringstechniek",
           f"Gesprek {nl(eje_d)} met Hidde, M. Feenstra en N. Dekkers (casemanager).",
           "## Het eerste jaar", "Opbouw volgens plan tot 6 uur per dag. De bedrijfsarts sluit storingsdiensten "
           "blijvend uit; de arbeidsdeskundige vindt het eigen werk zonder storingsdiensten passend.",
           "## Resultaat voor het tweede jaar", "28 uur eigen werk zonder storingsdiensten, vast rooster overdag. "
           "Geen tweede spoor: er is een concreet vooruitzicht op duurzaam passend werk in de eigen functie.",
           "## Visie", "Werkgever: eens met het advies van de arbeidsdeskundige. Werknemer: jammer van de "
           "storingsdiensten (toeslag), maar akkoord.", "Handtekeningen: N. Dekkers, H. van der Zwaag"]
    make_docx(eje, out(f"{C}/03 Evaluaties/Evaluatie eerste ziektejaar.docx"), "Niels Dekkers", header=hdr)
    label(f"{C}/03 Evaluaties/Evaluatie eerste ziektejaar.docx", "eerstejaarsevaluatie", eje_d, cs,
          "python-docx Word file", "title in everyday words")

    bpva = ["# Bijstelling plan van aanpak", f"H. van der Zwaag, BSN {bsn}",
            "Aanleiding: advies bedrijfsarts en arbeidsdeskundig onderzoek; eerstejaarsevaluatie.",
            "Nieuw doel: eigen functie aangepast, 28 uur, zonder storingsdiensten en nachtwerk.",
            "Afspraken: vast dagrooster vanaf maand 13; storingsdiensten verdeeld over het team; evaluatie om de zes weken.",
            f"Grevenlaan, {nl(bpva_d)} — N. Dekkers (werkgever), H. van der Zwaag (werknemer)"]
    lo_pdf(bpva, out(f"{C}/02 Plan van aanpak/Bijstelling plan van aanpak.pdf"), "Niels Dekkers", bpva_d,
           "Bijstelling plan van aanpak", font="Liberation Sans", header=hdr)
    label(f"{C}/02 Plan van aanpak/Bijstelling plan van aanpak.pdf", "bijstelling_plan_van_aanpak", bpva_d, cs,
          "LibreOffice PDF from Word", "standard title")

    uwv = ["UWV", "", "De heer H. van der Zwaag", "Schoutlaan 31, Grevenlaan", "",
           f"Datum {nl(uwv_d)}   Kenmerk 88W-55017", f"BSN {bsn}",
           "## Aanvraag WIA-uitkering", f"U bent bijna twee jaar ziek (eerste ziektedag {dmy(d0)}). U kunt nu een "
           "WIA-uitkering aanvragen. Doe dit binnen zes weken. Uw werkgever stuurt het re-integratieverslag.",
           "Met vriendelijke groet, UWV"]
    st = day(uwv_d, 6)
    scan_pdf([render_page(uwv, 2302, serif=True, stamp=f"ONTVANGEN\n{st.day} {MAANDEN[st.month-1][:3].upper()} {st.year}")],
             out(f"{C}/04 UWV/scan_0412.pdf"), uwv_d, "Canon iR-ADV C5535")
    label(f"{C}/04 UWV/scan_0412.pdf", "uwv_correspondentie", uwv_d, cs, "Pillow image-only scan with received stamp",
          "meaningless name; the employee's UWV letter of week 88")

    ao = ["Arbo Lindenhof", "# Actueel oordeel", f"Werknemer: H. van der Zwaag, BSN {bsn}",
          "Ten behoeve van: re-integratieverslag / WIA-aanvraag",
          "Stand van zaken: werknemer werkt 28 uur in de eigen functie zonder storingsdiensten. De belastbaarheid is "
          "stabiel en naar verwachting blijvend zo.",
          "Passende arbeid bij de werkgever: ja, de huidige 28 uur. Uitbreiding acht ik niet verantwoord.",
          "Arbeidsrelatie: goed.", f"{nl(ao_d)}, {ba}"]
    tmp = Path(tempfile.gettempdir()) / "c21_ao_c.pdf"
    lo_pdf(ao, tmp, "C.J. Stapert", ao_d, "Actueel oordeel")
    PENDING_MAIL.append((C, cs, ao_d, tmp))

    ev = ["Waterschap Veenstroom en Dijken", "# Eindevaluatie", f"Medewerker: H. van der Zwaag, BSN {bsn}",
          "## Aard van het bedrijf", "Waterschap met 780 medewerkers; waterkeringen, peilbeheer en zuivering van "
          "afvalwater op 9 rioolwaterzuiveringen, met 24-uurs storingsdienst.",
          "## Verloop van de re-integratie", "Opbouw in het eigen werk; na het arbeidsdeskundig onderzoek en de "
          "eerstejaarsevaluatie 28 uur zonder storingsdiensten.",
          "## Arbeidsrelatie en passende arbeid", "De arbeidsrelatie is goed. Er is geen verdere passende arbeid.",
          f"Grevenlaan, {nl(ev_d)} — N. Dekkers, HR-adviseur (casemanager); H. van der Zwaag"]
    lo_pdf(ev, out(f"{C}/03 Evaluaties/Eindevaluatie.pdf"), "Niels Dekkers", ev_d, "Eindevaluatie",
           font="Liberation Sans", header=hdr)
    label(f"{C}/03 Evaluaties/Eindevaluatie.pdf", "eindevaluatie", ev_d, cs, "LibreOffice PDF from Word",
          "standard title")

    ow = ["Mijn mening over het re-integratieverslag", "", "Ik heb het verslag gelezen en ben het er mee eens.",
          "Wel jammer dat storingsdiensten er niet meer in zitten.", f"BSN {bsn}",
          f"Grevenlaan {dmy(ow_d)}", "H. van der Zwaag"]
    page = render_page(ow, 2303, handwritten=True).convert("RGB").resize((700, 990))
    save_jpg(photo(page, 2304, bezel=False), out(f"{C}/IMG_{day(ow_d, 1):%Y%m%d}_191733.jpg"), 70)
    label(f"{C}/IMG_{day(ow_d, 1):%Y%m%d}_191733.jpg", "oordeel_werknemer", ow_d, cs,
          "Pillow phone photo of a handwritten note", "handwritten view; photo name one day later")

    fo = ["# Functieomschrijving", "Operator zuiveringstechniek (schaal 7)", "## Doel van de functie",
          "Zorgt voor een goede werking van de rioolwaterzuivering.", "## Taken",
          "- procesbewaking via het procesbesturingssysteem", "- controlerondes en monstername",
          "- klein onderhoud", "- deelname aan de storingsdienst (1 op 4 weken)"]
    make_docx(fo, out(f"{C}/Functieomschrijving operator zuivering.docx"), "HRM Veenstroom")
    label(f"{C}/Functieomschrijving operator zuivering.docx", "", None, cs, "python-docx Word file",
          "job description, no RIV document")


PENDING_MAIL: list[tuple] = []


def finish_c_mail() -> None:
    C, cs, ao_d, tmp = PENDING_MAIL[0]
    eml(out(f"{C}/mail/FW Actueel oordeel.eml"), "Niels Dekkers <n.dekkers@veenstroom.example>",
        "Hidde van der Zwaag <h.vanderzwaag@veenstroom.example>", "FW: Actueel oordeel", at(day(ao_d, 2), 9, 44),
        "Hoi Hidde,\n\nHet actueel oordeel van de bedrijfsarts is binnen, zie bijlage. De medische informatie stuurt "
        "Arbo Lindenhof rechtstreeks naar UWV.\n\nGroet, Niels\n",
        attachments=[("Actueel oordeel H. van der Zwaag.pdf", tmp.read_bytes(), "application/pdf")])
    tmp.unlink()
    label(f"{C}/mail/FW Actueel oordeel.eml", "", None, cs, "Outlook eml covering mail",
          "pure covering mail that names actueel oordeel and medische informatie")
    label(f"{C}/mail/FW Actueel oordeel.eml::Actueel oordeel H. van der Zwaag.pdf", "actueel_oordeel", ao_d, cs,
          "LibreOffice PDF attachment", "standard title inside a forwarded mail")


# ================================================================================================ case D
def case_d() -> None:
    C = "Schouwburg Het Lantaarnhuis - J. Meerman"
    cs = "D-lantaarnhuis"
    d0 = dt.date(2023, 9, 4)
    bsn = make_bsn(2401)
    assert elfproef(bsn)
    ba = "J.P. Hazelhoff, bedrijfsarts (BIG 79011845001), Arbodienst Kustlicht"
    pa_d, pva_d, te_d, mi_d = day(d0, 36), day(d0, 47), day(d0, 90), day(d0, 120)
    zm_d, eje_d, tp_d, vr_d = day(d0, 288), day(d0, 353), day(d0, 388), day(d0, 470)
    ao_d, ev_d, ow_d = day(d0, 617), day(d0, 629), day(d0, 633)
    css = PORTAL_CSS.replace("#2d6a4f", "#a0522d")
    bar = "<div class='bar'>Kustlicht Online &nbsp;|&nbsp; Dossier 2023-0964 &nbsp;|&nbsp; Stichting Schouwburg Het Lantaarnhuis</div>"
    pa = ["# Probleemanalyse", f"|Werknemer|J. Meerman", f"|BSN|{bsn}", "|Functie|Toneeltechnicus / decorbouwer, 38 uur",
          f"|Eerste ziektedag|{dmy(d0)}",
          "## Analyse", "Na een val van een podiumtrap is werknemer beperkt in het gebruik van de rechterarm. Dreigend "
          "langdurig verzuim: ja.",
          "## Beperkingen en mogelijkheden", "Niet boven schouderhoogte werken, niet tillen boven 5 kg met rechts, "
          "geen werk op hoogte. Wel: lichttafel bedienen, werkvoorbereiding, planning.",
          "## Advies", "Plan van aanpak binnen twee weken; start met licht- en geluidsbediening tijdens voorstellingen.",
          f"{nl(pa_d)} — {ba}"]
    ao = ["# Actueel oordeel", f"|Werknemer|J. Meerman", f"|BSN|{bsn}",
          "## Stand van zaken", "Beperkingen rechterarm blijvend. Werknemer werkt via het tweede spoor 32 uur als "
          "werkvoorbereider bij een verhuurbedrijf in podiumtechniek.",
          "## Passende arbeid bij de werkgever", "Nee; decorbouw en toneeltechniek zijn niet passend, andere functies "
          "zijn er niet bij deze kleine schouwburg.", "## Arbeidsrelatie", "Goed.",
          f"{nl(ao_d)} — {ba}"]
    te_ba = ["# Terugkoppeling spreekuur", f"Werknemer J. Meerman, BSN {bsn}",
             "Opbouw in lichte taken verloopt volgens plan. Advies ongewijzigd. Volgende spreekuur over 6 weken.",
             f"{nl(day(d0, 82))} — {ba}"]
    allx = pa + ["<PAGEBREAK>"] + te_ba + ["<PAGEBREAK>"] + ao
    wkhtml(to_html(allx, css, bar, f"<div class='foot'>Export alle documenten — {dmy(day(ao_d, 3))}</div>"),
           out(f"{C}/Alle documenten dossier 2023-0964.pdf"), pa_d, "Alle documenten dossier 2023-0964")
    label(f"{C}/Alle documenten dossier 2023-0964.pdf", "probleemanalyse", pa_d, cs,
          "wkhtmltopdf combined portal export",
          "combined PDF labelled by its FIRST document (PA) then a spreekuur feedback and the actueel oordeel")

    pva = (f"Beste Joris,\n\nFijn dat we vandaag ({nl(pva_d)}) samen met Frank om tafel zaten. Zo gaan we het doen:\n\n"
           "Wat willen we: dat je terugkomt in je eigen werk als toneeltechnicus, eerst zonder decorbouw en hoogwerk.\n"
           "Wat doen we:\n1. vanaf volgende week 3 avonden per week licht- en geluidstafel bij voorstellingen\n"
           "2. overdag 2 ochtenden werkvoorbereiding voor de decorploeg\n3. elke 6 weken praten we over hoe het gaat\n"
           "4. ik (Anouk) ben je aanspreekpunt en casemanager\n\nWat vinden wij: het werk aan de tafel past goed.\n"
           "Wat vind jij: je wilt zo snel mogelijk weer de zaal in, maar snapt dat hoogwerk nog niet kan.\n\n"
           f"Graag even 'akkoord' terugmailen.\nBSN {bsn}\n\nGroet,\nAnouk Verbruggen\nProductieleider\n")
    eml(out(f"{C}/mail/Zo gaan we het doen.eml"), "Anouk Verbruggen <anouk@lantaarnhuis.example>",
        "Joris Meerman <jorismeerman@hotmail.example>", "Zo gaan we het doen", at(pva_d, 17, 20), pva,
        cc="Frank Oomen <f.oomen@lantaarnhuis.example>")
    label(f"{C}/mail/Zo gaan we het doen.eml", "plan_van_aanpak", pva_d, cs, "Outlook eml body",
          "plan of action written as an informal mail without the title")

    te = ["# Gespreksverslag", f"Joris Meerman (BSN {bsn}) en Anouk Verbruggen, {nl(te_d)}",
          "Licht en geluid gaat goed; de werkvoorbereiding ook. Pijn bij lang achter de tafel zitten, oplossing: "
          "andere stoel. Afspraken nagekomen. Nieuw: 4 avonden per week.", "Volgende gesprek over 6 weken."]
    make_docx(te, out(f"{C}/Gespreksverslag 6 weken.docx"), "Anouk Verbruggen")
    label(f"{C}/Gespreksverslag 6 weken.docx", "tussentijdse_evaluatie", te_d, cs, "python-docx Word file",
          "generic title Gespreksverslag")

    mi = ["Orthopedie — Medisch Centrum Zandhove (fictief)", "", "Aan: huisarts", f"Datum: {nl(mi_d)}",
          "Betreft: dhr. J. Meerman, geb. 02-11-1986", "", "Geachte collega,",
          "Uw patiënt bezocht onze polikliniek. Diagnose: traumatische rotatorcuffruptuur rechts "
          "(supraspinatus), status na artroscopische hersteloperatie. Beleid: fysiotherapie, "
          "geen bovenhands werk gedurende 6 maanden. Controle over 3 maanden.",
          "Met collegiale groet, dr. E. Wijnstra, orthopedisch chirurg"]
    st = day(mi_d, 3)
    scan_pdf([render_page(mi, 2402, serif=True, stamp=f"ONTVANGEN\n{st.day} {MAANDEN[st.month-1][:3].upper()} {st.year}")],
             out(f"{C}/scan0007.pdf"), mi_d, "HP LaserJet MFP M234")
    label(f"{C}/scan0007.pdf", "medische_informatie", mi_d, cs, "Pillow image-only scan with received stamp",
          "specialist letter in the employer folder the employer must not hold (DOMAIN.md 5.1)")

    zm = ["UWV", "", "Stichting Schouwburg Het Lantaarnhuis", "t.a.v. de salarisadministratie", "",
          f"Datum: {nl(zm_d)}", "## Bevestiging ziekmelding", f"Wij hebben uw ziekmelding ontvangen van J. Meerman, "
          f"burgerservicenummer {bsn}, eerste ziektedag {dmy(d0)}. Binnenkort ontvangt u informatie over de "
          "eerstejaarsevaluatie.", "Met vriendelijke groet, UWV"]
    st = day(zm_d, 5)
    scan_pdf([render_page(zm, 2403, serif=True, stamp=f"ONTVANGEN\n{st.day} {MAANDEN[st.month-1][:3].upper()} {st.year}")],
             out(f"{C}/UWV bevestiging ziekmelding.pdf"), zm_d, "HP LaserJet MFP M234")
    label(f"{C}/UWV bevestiging ziekmelding.pdf", "ziekmelding_uwv", zm_d, cs,
          "Pillow image-only scan with received stamp", "UWV confirmation of the 42-week report")

    eje = ["# Terugblik eerste jaar en plan voor jaar 2", f"Joris Meerman, BSN {bsn}",
           f"Gesprek {nl(eje_d)}: Joris, Anouk Verbruggen (casemanager), Frank Oomen (zakelijk leider)",
           "Wat ging er goed: licht- en geluidstafel 4 avonden. Wat niet: terugkeer in decorbouw en hoogwerk lukt "
           "niet; de bedrijfsarts verwacht dat de beperkingen van de arm blijvend zijn.",
           "Resultaat dat we in jaar 2 willen halen: duurzaam werk voor 32-38 uur. Bij ons is dat er niet, dus we "
           "starten nu het tweede spoor via Werkspoor Loopbaanbegeleiding.",
           "Visie werkgever: eerlijk is eerlijk, bij ons is het op. Visie Joris: hij wil in de theaterwereld blijven.",
           "Getekend: A. Verbruggen, J. Meerman"]
    make_docx(eje, out(f"{C}/Terugblik eerste jaar en plan voor jaar 2.docx"), "Anouk Verbruggen")
    label(f"{C}/Terugblik eerste jaar en plan voor jaar 2.docx", "eerstejaarsevaluatie", eje_d, cs,
          "python-docx Word file", "title in everyday words")

    tp = ["Werkspoor Loopbaanbegeleiding", "# Trajectplan 2e spoor", f"Kandidaat: J. Meerman, BSN {bsn}",
          "Opdrachtgever: Stichting Schouwburg Het Lantaarnhuis", "## Persoonsprofiel",
          "Technisch, nauwkeurig, sterk in planning en werkvoorbereiding; netwerk in de podiumsector.",
          "## Zoekprofiel", "Werkvoorbereider, planner of productiemedewerker in podiumtechniek of evenementen, 32-38 uur.",
          "## Planning", "Maand 1-2 oriëntatie en netwerkkaart; maand 3-6 sollicitaties en proefplaatsing.",
          f"{nl(tp_d)} — R. Alderliesten, loopbaancoach; voor akkoord J. Meerman"]
    lo_pdf(tp, out(f"{C}/Werkspoor/Trajectplan 2e spoor J. Meerman.pdf"), "R. Alderliesten", tp_d, "Trajectplan")
    label(f"{C}/Werkspoor/Trajectplan 2e spoor J. Meerman.pdf", "trajectplan_tweede_spoor", tp_d, cs,
          "LibreOffice PDF from Word", "standard title")

    vr = ["# Rapportage", f"|Kandidaat|J. Meerman (BSN {bsn})", f"|Periode|{dmy(tp_d)} - {dmy(vr_d)}",
          "|Consulent|R. Alderliesten", "## Activiteiten", "- 14 sollicitaties, 3 gesprekken",
          "- netwerkgesprekken bij 4 verhuurbedrijven podiumtechniek", "- proefplaatsing Stagebox Verhuur gestart",
          "## Inzet kandidaat", "Actief, neemt zelf initiatief.", f"{nl(vr_d)}"]
    wkhtml(to_html(vr, PORTAL_CSS.replace("#2d6a4f", "#1f4e79"), "<div class='bar'>Werkspoor Online</div>",
                   f"<div class='foot'>Afgedrukt {dmy(day(vr_d, 9))}</div>"),
           out(f"{C}/Werkspoor/Werkspoor rapportage maart.pdf"), vr_d, "Rapportage")
    label(f"{C}/Werkspoor/Werkspoor rapportage maart.pdf", "voortgangsrapportage_tweede_spoor", vr_d, cs,
          "wkhtmltopdf client system print", "generic title Rapportage; month in the file name")

    wkhtml(to_html(ao, css, bar, f"<div class='foot'>Afgedrukt {dmy(ao_d)}</div>"),
           out(f"{C}/Kustlicht/Actueel oordeel Meerman.pdf"), ao_d, "Actueel oordeel")
    label(f"{C}/Kustlicht/Actueel oordeel Meerman.pdf", "actueel_oordeel", ao_d, cs, "wkhtmltopdf portal print",
          "also inside the combined export")

    ev = ["# Eindevaluatie plan van aanpak", f"J. Meerman — BSN {bsn}",
          "## Aard van het bedrijf", "Schouwburg met 58 medewerkers en 250 voorstellingen per jaar; technische dienst "
          "van 9 mensen.", "## Terugblik op twee jaar", "Eerst licht en geluid; na het eerste jaar tweede spoor via "
          "Werkspoor, met een plaatsing van 32 uur bij Stagebox Verhuur.",
          "## Arbeidsrelatie en passende arbeid", "Goede arbeidsrelatie; bij de schouwburg is geen passend werk.",
          f"Zandhove, {nl(ev_d)} — A. Verbruggen (casemanager), F. Oomen (zakelijk leider), J. Meerman"]
    make_docx(ev, out(f"{C}/Eindevaluatie plan van aanpak.docx"), "Anouk Verbruggen")
    label(f"{C}/Eindevaluatie plan van aanpak.docx", "eindevaluatie", ev_d, cs, "python-docx Word file",
          "title names the plan van aanpak")

    ow = (f"Reactie op het re-integratieverslag\r\n\r\nJoris Meerman, BSN {bsn}\r\n{dmy(ow_d)}\r\n\r\n"
          "Ik ben het grotendeels eens met het verslag. Ik vind wel dat het tweede spoor eerder had mogen beginnen, "
          "al in de zomer. Verder ben ik tevreden over hoe Anouk alles heeft geregeld.\r\n\r\nJoris\r\n")
    out(f"{C}/mijn reactie op het verslag.txt").write_bytes(ow.encode("cp1252"))
    label(f"{C}/mijn reactie op het verslag.txt", "oordeel_werknemer", ow_d, cs, "Notepad txt in Windows-1252",
          "employee's view without the standard title")

    ls = ["Stichting Schouwburg Het Lantaarnhuis", "# Loonstrook oktober 2025", "Medewerker: J. Meerman",
          "|Salaris|3.412,00", "|Loondoorbetaling bij ziekte 70%|-1.023,60", "|Netto|1.844,17"]
    lo_pdf(ls, out(f"{C}/loonstrook oktober 2025.pdf"), "Salarisadministratie", day(d0, 780), "Loonstrook",
           font="Liberation Sans")
    label(f"{C}/loonstrook oktober 2025.pdf", "", None, cs, "LibreOffice PDF from Word", "payslip naming sick pay")

    vac = ("VACATURE Werkvoorbereider podiumtechniek (32-38 uur)\n\nStagebox Verhuur zoekt een werkvoorbereider die "
           "licht-, geluid- en rigging-opdrachten plant.\nReageren: vacatures@stagebox.example\n")
    out(f"{C}/Werkspoor/vacature werkvoorbereider Stagebox.txt").write_text(vac, encoding="utf-8")
    label(f"{C}/Werkspoor/vacature werkvoorbereider Stagebox.txt", "", None, cs, "txt", "vacancy, no RIV document")


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    LABELS.clear()
    case_a()
    case_b()
    case_c()
    case_d()
    run_lo()
    finish_c_mail()
    LABELS.sort(key=lambda r: r["path"])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(LABELS)
    print(len(LABELS), "labels")


if __name__ == "__main__":
    main()
