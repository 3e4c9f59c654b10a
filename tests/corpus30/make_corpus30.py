"""Generate tests/corpus30: an untouched holdout of poor captures from public-sector and care employers.

Run: /work/main/.venv/bin/python tests/corpus30/make_corpus30.py
Deletes and rewrites files/ and labels.csv. Deterministic: fixed seeds, no clock reads, fixed PDF metadata.
"""

from __future__ import annotations

import csv
import io
import os
import random
import shutil
import subprocess
import tempfile
import zipfile
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formatdate
from pathlib import Path

import docx
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1735689600", LC_ALL="C.UTF-8")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"


def elfproef(bsn: str) -> bool:
    return len(bsn) == 9 and bsn != "000000000" and sum(
        int(d) * w for d, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1))
    ) % 11 == 0


BSN = {"A": "376249055", "B": "360570872", "C": "976280176", "D": "704321051"}
for _b in BSN.values():
    assert elfproef(_b), _b

CASE = {
    "A": "Gemeente Brunsvoort - Hofstee G (schoonmaakdienst)",
    "B": "Thuiszorg Heidestroom wijkteam Eschveld - A. Brinkerink",
    "C": "SPO Lauwerdal - OBS De Wilgenhoek - S. Dijkema",
    "D": "Hoogheemraadschap Rijnhoeve - R. Martins (VZ 23-0219)",
}

LABELS: list[tuple[str, str, str, str]] = []
DOCX_TO_PDF: list[tuple[Path, Path, str]] = []  # (docx in tmp, target pdf, iso date)
HTML_TO_PDF: list[tuple[str, Path, str, str]] = []  # (html, target, iso date, footer)
PDF_DATES: dict[Path, str] = {}


def label(case: str, rel: str, typ: str, date: str, producer: str, trap: str) -> None:
    assert bool(typ) == bool(date)
    LABELS.append((f"{CASE[case]}/{rel}", typ, date, f"{case};{producer};{trap}"))


def target(case: str, rel: str) -> Path:
    p = FILES / CASE[case] / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


# ---------------------------------------------------------------- page rendering (Pillow)

def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def render_page(lines: list[str], dpi: int = 150, serif: bool = False, hand: dict[int, str] | None = None,
                stamp: str | None = None, seed: int = 0) -> Image.Image:
    """A4 page; lines starting with '# ' are bold headings, '## ' small bold; hand = {line index: handwritten note}."""
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    s = dpi / 150
    body = font(SERIF if serif else FONT, int(15 * s))
    head = font(FONTB, int(21 * s))
    small = font(FONTB, int(16 * s))
    hf = font(HAND, int(30 * s))
    x, y = int(110 * s), int(120 * s)
    rnd = random.Random(seed)
    for i, ln in enumerate(lines):
        if ln.startswith("# "):
            d.text((x, y), ln[2:], font=head, fill="black")
            y += int(36 * s)
        elif ln.startswith("## "):
            y += int(6 * s)
            d.text((x, y), ln[3:], font=small, fill="black")
            y += int(27 * s)
        else:
            d.text((x, y), ln, font=body, fill=(20, 20, 20))
            y += int(24 * s)
        if hand and i in hand:
            d.text((x + int(rnd.randint(280, 420) * s), y - int(10 * s)), hand[i], font=hf, fill=(20, 40, 140))
            y += int(22 * s)
    if stamp:
        st = Image.new("RGBA", (int(470 * s), int(110 * s)), (0, 0, 0, 0))
        sd = ImageDraw.Draw(st)
        sd.rectangle([3, 3, st.width - 4, st.height - 4], outline=(40, 60, 170, 220), width=int(5 * s))
        sd.text((int(22 * s), int(28 * s)), stamp, font=font(FONTB, int(34 * s)), fill=(40, 60, 170, 210))
        st = st.rotate(rnd.uniform(-9, 9), expand=True, resample=Image.BICUBIC)
        img.paste(st, (w - st.width - int(90 * s), int(60 * s)), st)
    return img


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


def perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    return _solve(a, b)


def phone_photo(page: Image.Image, seed: int, size=(1000, 1333), contrast=0.62, shadow=True,
                background=(118, 96, 74)) -> Image.Image:
    """A page photographed at an angle on a desk: perspective, shadow of the phone, low contrast, warm cast, blur."""
    r = random.Random(seed)
    W, H = size
    bg = Image.new("RGB", size, background)
    bd = ImageDraw.Draw(bg)
    for i in range(0, H, 7):  # wood grain
        c = tuple(max(0, v - r.randint(0, 18)) for v in background)
        bd.line([(0, i), (W, i + r.randint(-30, 30))], fill=c, width=3)
    pw, ph = page.size
    m = 0.07
    quad = [(W * (m + r.uniform(0, .06)), H * (m + r.uniform(0, .04))),
            (W * (1 - m - r.uniform(0, .08)), H * (m + r.uniform(.02, .07))),
            (W * (1 - m + r.uniform(0, .05)), H * (1 - m + r.uniform(-.02, .03))),
            (W * (m - r.uniform(0, .05)), H * (1 - m - r.uniform(0, .05)))]
    coeffs = perspective_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform(size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", page.size, 255).transform(size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    bg.paste(warped, (0, 0), mask)
    if shadow:
        sh = Image.new("L", size, 0)
        sdr = ImageDraw.Draw(sh)
        x0 = r.randint(int(W * .35), int(W * .6))
        sdr.polygon([(x0, 0), (W, 0), (W, int(H * r.uniform(.35, .6))), (x0 + 120, int(H * .25))], fill=110)
        sh = sh.filter(ImageFilter.GaussianBlur(40))
        dark = Image.new("RGB", size, (25, 22, 20))
        bg = Image.composite(dark, bg, sh)
    bg = ImageEnhance.Contrast(bg).enhance(contrast)
    bg = ImageEnhance.Brightness(bg).enhance(r.uniform(.82, .95))
    warm = Image.new("RGB", size, (255, 226, 180))
    bg = Image.blend(bg, warm, 0.12)
    return bg.filter(ImageFilter.GaussianBlur(r.uniform(.6, 1.1)))


def save_jpeg(img: Image.Image, path: Path, q: int = 48) -> None:
    img.save(path, "JPEG", quality=q, optimize=True)


def scan150(page: Image.Image, seed: int, skew: float = 0.8) -> Image.Image:
    """A 150 dpi copier scan: grey, slightly skewed, grey background, low contrast."""
    r = random.Random(seed)
    g = page.convert("L").rotate(r.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=235)
    g = ImageEnhance.Contrast(g).enhance(0.7)
    g = ImageEnhance.Brightness(g).enhance(0.93)
    return g.filter(ImageFilter.GaussianBlur(0.5))


def fax_then_scan(page: Image.Image, header: str, seed: int) -> Image.Image:
    """Fax: header line, 1-bit at fine-fax resolution (200 x 100 dpi look), then scanned back at 150 dpi grey."""
    d = ImageDraw.Draw(page)
    d.text((40, 20), header, font=font(MONO, 15), fill="black")
    w, h = page.size
    g = page.convert("L").resize((w, h // 2), Image.BILINEAR)
    g = g.point(lambda v: 0 if v < 150 else 255).convert("1")
    g = g.convert("L").resize((w, h), Image.NEAREST)
    return scan150(g.convert("RGB"), seed, skew=1.4)


def scanner_app(page: Image.Image, seed: int, footer: str) -> Image.Image:
    """Phone scanner app: photo corrected to a flat page, 'magic colour' contrast, a footer line of the app."""
    r = random.Random(seed)
    ph = phone_photo(page, seed, size=(900, 1270), contrast=0.9, shadow=True)
    pw, phh = ph.size
    # the app crops roughly to the page: a slightly wrong crop leaves a bit of desk at the edges
    crop = ph.crop((int(pw * .05), int(phh * .06), int(pw * .95), int(phh * .95))).resize((827, 1169))
    g = ImageEnhance.Contrast(crop.convert("L")).enhance(1.6)
    g = g.point(lambda v: min(255, int(v * 1.15)))
    d = ImageDraw.Draw(g)
    d.text((300 + r.randint(0, 20), 1140), footer, font=font(FONT, 13), fill=90)
    return g


def images_to_pdf(imgs: list[Image.Image], path: Path, date: str, dpi: int = 150) -> None:
    imgs = [i.convert("L") if i.mode != "1" else i for i in imgs]
    imgs[0].save(path, "PDF", save_all=True, append_images=imgs[1:], resolution=dpi)
    PDF_DATES[path] = date


def portal_screen(title: str, rows: list[tuple[str, str]], paras: list[str], brand: str, color=(0, 98, 120),
                  user: str = "", size=(1366, 900)) -> Image.Image:
    """A screenshot of a web portal page: top bar, left menu, a card with fields and text."""
    W, H = size
    img = Image.new("RGB", size, (243, 245, 247))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 56], fill=color)
    d.text((24, 16), brand, font=font(FONTB, 20), fill="white")
    d.text((W - 330, 19), user, font=font(FONT, 14), fill="white")
    d.rectangle([0, 56, 220, H], fill=(226, 231, 235))
    for i, m in enumerate(["Overzicht", "Dossiers", "Documenten", "Berichten", "Taken", "Instellingen"]):
        d.text((24, 80 + 38 * i), m, font=font(FONT, 15), fill=(40, 40, 40))
    d.rectangle([250, 80, W - 30, H - 30], fill="white", outline=(210, 214, 218))
    d.text((275, 100), title, font=font(FONTB, 22), fill=(30, 30, 30))
    y = 150
    for k, v in rows:
        d.text((275, y), k, font=font(FONT, 14), fill=(95, 95, 95))
        d.text((520, y), v, font=font(FONT, 14), fill=(20, 20, 20))
        y += 27
    y += 12
    for p in paras:
        if p.startswith("## "):
            d.text((275, y), p[3:], font=font(FONTB, 15), fill=(20, 20, 20))
        else:
            d.text((275, y), p, font=font(FONT, 14), fill=(20, 20, 20))
        y += 24
    return img


def laptop_photo(screen: Image.Image, seed: int) -> Image.Image:
    """A phone photo of a laptop screen: bezel, moiré lines, glare, angle, blur."""
    r = random.Random(seed)
    s = screen.copy()
    d = ImageDraw.Draw(s)
    for yy in range(0, s.height, 4):
        d.line([(0, yy), (s.width, yy + 2)], fill=(200, 200, 215), width=1)
    framed = Image.new("RGB", (s.width + 60, s.height + 60), (18, 18, 20))
    framed.paste(s, (30, 30))
    ph = phone_photo(framed, seed, size=(1200, 850), contrast=0.75, shadow=False, background=(60, 58, 62))
    glare = Image.new("L", ph.size, 0)
    ImageDraw.Draw(glare).ellipse([r.randint(300, 600), 80, r.randint(800, 1000), 420], fill=120)
    glare = glare.filter(ImageFilter.GaussianBlur(60))
    return Image.composite(Image.new("RGB", ph.size, (250, 250, 250)), ph, glare)


def handwritten(lines: list[str], seed: int) -> Image.Image:
    r = random.Random(seed)
    img = Image.new("RGB", (1240, 1754), (252, 251, 244))
    d = ImageDraw.Draw(img)
    for yy in range(160, 1700, 52):
        d.line([(60, yy), (1180, yy)], fill=(170, 190, 215), width=2)
    d.line([(140, 0), (140, 1754)], fill=(220, 150, 150), width=2)
    f = font(HAND, 40)
    y = 118
    for ln in lines:
        d.text((160 + r.randint(-6, 10), y + r.randint(-3, 3)), ln, font=f, fill=(25, 35, 110))
        y += 52
    return img


# ---------------------------------------------------------------- producers with text layers

def write_docx(path: Path, paras: list[str], date: str, author: str, header: str | None = None) -> None:
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    for p in paras:
        if p.startswith("# "):
            doc.add_heading(p[2:], level=1)
        elif p.startswith("## "):
            doc.add_heading(p[3:], level=2)
        elif p.startswith("- "):
            doc.add_paragraph(p[2:], style="List Bullet")
        elif p.startswith("|"):
            cells = [c.strip() for c in p.strip("|").split("|")]
            t = doc.add_table(rows=1, cols=len(cells))
            t.style = "Table Grid"
            for c, txt in zip(t.rows[0].cells, cells):
                c.text = txt
        else:
            doc.add_paragraph(p)
    import datetime as dt
    d = dt.datetime.fromisoformat(date + "T09:00:00")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = d
    cp.modified = d
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps (python-docx stamps members with the clock)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


TMP = Path(tempfile.mkdtemp(prefix="c30_"))


def lo_pdf(path: Path, paras: list[str], date: str, author: str, header: str | None = None) -> None:
    """A Word file printed to PDF with LibreOffice (converted in one batch at the end)."""
    src = TMP / (f"d{len(DOCX_TO_PDF):03d}.docx")
    write_docx(src, paras, date, author, header)
    DOCX_TO_PDF.append((src, path, date))


CSS = """body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;margin:0}
.bar{background:%s;color:#fff;padding:8px 12px;font-weight:bold}
.meta{font-size:9pt;color:#555;margin:6px 12px}
table{border-collapse:collapse;margin:8px 12px}td{border:1px solid #bbb;padding:3px 7px;font-size:10pt}
h1{font-size:15pt;margin:12px}h2{font-size:12pt;margin:10px 12px 4px}p{margin:4px 12px}
.pb{page-break-before:always}"""


def html_doc(brand: str, color: str, parts: list[str]) -> str:
    return (f"<html><head><meta charset='utf-8'><style>{CSS % color}</style></head><body>"
            f"<div class='bar'>{brand}</div>{''.join(parts)}</body></html>")


def portal_part(title: str, fields: list[tuple[str, str]], paras: list[str], first: bool = True) -> str:
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in fields)
    body = "".join(f"<h2>{p[3:]}</h2>" if p.startswith("## ") else f"<p>{p}</p>" for p in paras)
    return f"<div class='{'' if first else 'pb'}'><h1>{title}</h1><table>{rows}</table>{body}</div>"


def wk_pdf(path: Path, html: str, date: str, footer: str) -> None:
    HTML_TO_PDF.append((html, path, date, footer))


def eml(path: Path, frm: str, to: str, subject: str, date: str, time: str, body: str, seed: int,
        attachments: list[tuple[str, bytes, str]] | None = None, cc: str | None = None) -> None:
    import datetime as dt
    when = dt.datetime.fromisoformat(f"{date}T{time}:00+00:00")
    if attachments:
        msg = MIMEMultipart("mixed", boundary=f"----=_NextPart_000_{seed:04d}_01DB30C0.5A2F3E10")
        msg.attach(MIMEText(body, "plain", "utf-8"))
        for name, data, kind in attachments:
            if kind == "pdf":
                part = MIMEApplication(data, "pdf", Name=name)
            else:
                part = MIMEImage(data, "jpeg", name=name)
            part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
    else:
        msg = MIMEText(body, "plain", "utf-8")
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = formatdate(when.timestamp(), localtime=False)
    msg["Message-ID"] = f"<{seed:06d}.c30@mail.example>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["MIME-Version"] = "1.0"
    path.write_bytes(msg.as_bytes())


def quoted(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in text.splitlines())


def fix_pdf(path: Path, date: str) -> None:
    stamp = "D:" + date.replace("-", "") + "090000Z"
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        for k in list(pdf.trailer.keys()):
            if k in ("/DocChecksum", "/ID"):
                del pdf.trailer[k]
        # Qt hands out font subset tags in hash order: derive each tag from the font's own name instead
        import hashlib
        import re as _re
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                for key in ("/FontName", "/BaseFont"):
                    v = obj.get(key)
                    if v is not None and _re.match(r"^/[A-Z]{6}\+", str(v)):
                        base = str(v)[8:]
                        h = hashlib.sha256(base.encode()).digest()
                        tag = "".join(chr(65 + x % 26) for x in h[:6])
                        obj[key] = pikepdf.Name("/" + tag + "+" + base)
        info = pdf.trailer.get("/Info")
        producer = str(info.get("/Producer", "")) if info is not None else ""
        creator = str(info.get("/Creator", "")) if info is not None else ""
        pdf.trailer["/Info"] = pdf.make_indirect(pikepdf.Dictionary(
            Producer=pikepdf.String(producer), Creator=pikepdf.String(creator),
            CreationDate=pikepdf.String(stamp), ModDate=pikepdf.String(stamp)))
        pdf.save(path, deterministic_id=True, compress_streams=True, recompress_flate=True,
                 stream_decode_level=pikepdf.StreamDecodeLevel.generalized)


# ================================================================ case A: municipality cleaning service
def case_a() -> None:
    b = BSN["A"]
    wn = "Gerda Hofstee"
    wg = "Gemeente Brunsvoort, afdeling Facilitaire Zaken"
    ba = "drs. J.P. Balkema, bedrijfsarts (BIG 59012345601)"
    brand = "Gezond Werk Vechtdal · Verzuimnet"
    head = [("Werknemer", f"{wn} (geb. 14-07-1968)"), ("BSN", b), ("Werkgever", wg),
            ("Functie", "Schoonmaakmedewerker, 24 uur per week"), ("Eerste ziektedag", "05-02-2024"),
            ("Dossiernummer", "2024-118")]
    # combined export: PA, then bijstelling PA, then IZP (labelled by the first)
    pa = portal_part("Probleemanalyse", head + [("Datum spreekuur", "11-03-2024"), ("Datum rapportage", "12-03-2024"),
                     ("Opgesteld door", ba)], [
        "## Is er sprake van dreigend langdurig verzuim?",
        "Ja. Mevrouw is sinds 5 februari 2024 volledig uitgevallen. Ik verwacht dat zij haar eigen werk niet binnen drie maanden volledig kan hervatten.",
        "## Beperkingen en mogelijkheden",
        "Beperkt voor langdurig staan en lopen, knielen, hurken, traplopen met belasting en het duwen van de schoonmaakkar. Zittend werk en licht wisselend werk zijn mogelijk, 2 x 2 uur per dag.",
        "## Prognose",
        "Gunstig voor gedeeltelijke hervatting; volledig herstel in eigen werk is onzeker.",
        "## Advies aan werkgever en werknemer",
        "Start met aangepaste taken (bijvullen sanitair, lichte stofwerkzaamheden op de begane grond). Stel binnen twee weken samen het plan van aanpak op. Ik zie mevrouw over zes weken terug.",
    ])
    bpa = portal_part("Bijstelling probleemanalyse", head + [("Datum", "18-06-2024"), ("Opgesteld door", ba)], [
        "## Gewijzigde belastbaarheid",
        "De opbouw is gestagneerd. De mogelijkheden om te staan en te lopen zijn kleiner dan in maart verwacht. Werk op trappen en met de schrobmachine is voorlopig niet haalbaar.",
        "## Advies",
        "Uren houden op 3 x 3 uur, niet verder opbouwen tot de evaluatie in september. Werkgever en werknemer stellen het plan van aanpak bij.",
    ], first=False)
    izp = portal_part("Inzetbaarheidsprofiel (bijlage)", head[:3], [
        "Rubriek 1 Persoonlijk functioneren: geen beperkingen.",
        "Rubriek 2 Sociaal functioneren: geen beperkingen.",
        "Rubriek 4 Dynamische handelingen: beperkt voor knielen/hurken, duwen en trekken.",
        "Rubriek 5 Statische houdingen: staan maximaal 30 minuten aaneen.",
        "Rubriek 6 Werktijden: 3 uur per dag, 3 dagen per week.",
    ], first=False)
    wk_pdf(target("A", "Alle documenten dossier 2024-118.pdf"), html_doc(brand, "#2d6a4f", [pa, bpa, izp]),
           "2024-06-18", "Export Verzuimnet dossier 2024-118 - pagina [page] van [topage]")
    label("A", "Alle documenten dossier 2024-118.pdf", "probleemanalyse", "2024-03-12",
          "wkhtmltopdf combined portal export",
          "combined export PA then bijstelling PA then inzetbaarheidsprofiel - labelled by its FIRST document (the PA of 12-03-2024)")

    # PvA photographed as two JPEGs (page 1, signature page)
    p1 = render_page([
        "# Plan van aanpak re-integratie", "Gemeente Brunsvoort - Facilitaire Zaken",
        f"Naam werknemer: {wn}          BSN: {b}", "Functie: schoonmaakmedewerker (24 uur)",
        "Eerste ziektedag: 5 februari 2024", "Casemanager: Mirthe Landman, HR-adviseur",
        "## 1. Doel", "Terugkeer in het eigen werk, eerst met aangepaste taken in het stadhuis.",
        "## 2. Activiteiten en termijnen",
        "- vanaf 25 maart: 2 x 2 uur bijvullen sanitair, begane grond",
        "- vanaf 22 april: 3 x 2 uur, stofwerk erbij (teamleider Harm Wubbels)",
        "- gesprek met de bedrijfsarts eind april",
        "## 3. Evaluatie", "Elke zes weken met teamleider en casemanager; eerste keer 2 mei 2024.",
        "## 4. Visie werkgever", "Wij willen Gerda graag in haar team houden en passen het werk aan.",
        "## 5. Visie werknemer", "Ik wil terug, maar het lopen met de kar gaat nog niet.",
        "                                                        blad 1 van 2",
    ], seed=11)
    p2 = render_page([
        "Plan van aanpak G. Hofstee - blad 2", "",
        "Afspraken over bereikbaarheid: Gerda belt elke maandag met Harm.",
        "Het plan gaat in kopie naar de bedrijfsarts.", "",
        "Brunsvoort, 21 maart 2024", "",
        "Werkgever (namens deze):                 Werknemer:", "", "", "",
        "M. Landman, HR-adviseur                   G. Hofstee",
    ], hand={7: "M. Landman", 8: "                G Hofstee"}, seed=12)
    save_jpeg(phone_photo(p1, 101), target("A", "IMG_2041.jpg"))
    save_jpeg(phone_photo(p2, 102), target("A", "IMG_2042.jpg"))
    label("A", "IMG_2041.jpg", "plan_van_aanpak", "2024-03-21", "Pillow phone photo at an angle with shadow",
          "page 1 of a two-page plan photographed as two JPEGs; date only on the signature page")
    label("A", "IMG_2042.jpg", "plan_van_aanpak", "2024-03-21", "Pillow phone photo at an angle with shadow",
          "signature page of the plan alone - debatable: it is part of the PvA (DOMAIN 3: both sign; BR art. 2 lid 3 date + signer)")

    write_docx(target("A", "verslag gesprek mei.docx"), [
        "Gesprek met Gerda op 2 mei 2024",
        f"Aanwezig: Gerda Hofstee (BSN: {b}), Harm Wubbels (teamleider schoonmaak), Mirthe Landman (casemanager)",
        "Hoe gaat het? Gerda werkt nu drie ochtenden van twee uur. Het bijvullen lukt goed, het stofwerk op de eerste verdieping niet omdat de lift vaak stuk is.",
        "Wat spraken we af in maart en is dat gelukt? Grotendeels ja. De opbouw naar 3 x 2 uur is gelukt, verder nog niet.",
        "Wat gaan we doen? We blijven op de begane grond. Harm regelt een lichtere kar. Volgende keer praten we half juni, na het spreekuur.",
        "Mirthe Landman, 2 mei 2024",
    ], "2024-05-02", "M. Landman")
    label("A", "verslag gesprek mei.docx", "tussentijdse_evaluatie", "2024-05-02", "python-docx Word",
          "everyday untitled note of a progress meeting ('Hoe gaat het?'), no type word")

    first = (f"Hoi Gerda,\n\nZoals besproken op 27 juni passen we jullie afspraken aan na het nieuwe advies van de bedrijfsarts:\n"
             f"- je blijft voorlopig op 3 x 3 uur, niet verder opbouwen tot september;\n"
             f"- het doel blijft je eigen werk, maar alleen op de begane grond en zonder schrobmachine;\n"
             f"- nieuwe evaluatie op 5 september met Harm en mij;\n- casemanager blijft Mirthe Landman.\n"
             f"Dit is de bijstelling van het plan van aanpak van 21 maart (BSN: {b}).\n\nGroet,\nMirthe Landman\nHR-adviseur, Gemeente Brunsvoort")
    body = ("Hoi Mirthe,\n\nIk ben het ermee eens. Mijn zoon heeft het voor me getypt.\n\nGerda\n\n"
            "-----Oorspronkelijk bericht-----\nVan: Mirthe Landman <m.landman@brunsvoort.example>\n"
            "Verzonden: donderdag 27 juni 2024 15:42\nAan: Gerda Hofstee\nOnderwerp: afspraken Gerda\n\n" + quoted(first))
    eml(target("A", "RE_ afspraken Gerda.eml"), "Gerda Hofstee <gerda.hofstee@kpnmail.example>",
        "Mirthe Landman <m.landman@brunsvoort.example>", "RE: afspraken Gerda", "2024-06-28", "19:05", body, 1)
    label("A", "RE_ afspraken Gerda.eml", "bijstelling_plan_van_aanpak", "2024-06-27", "Outlook eml reply chain",
          "reply chain: the employee's short 'eens' on top, the bijstelling PvA is the quoted original of the day before")

    scr = portal_screen("Ziekmelding langer dan 42 weken - bevestiging", [
        ("Werkgever", "Gemeente Brunsvoort"), ("Loonheffingennummer", "8123.45.678.L01"),
        ("Werknemer", "G. Hofstee"), ("Burgerservicenummer", b), ("Eerste ziektedag", "05-02-2024"),
        ("Datum melding", "25-11-2024"), ("Kenmerk", "ZM-42-7781093")],
        ["U heeft de ziekmelding van uw werknemer verzonden.", "Wij sturen uw werknemer binnen enkele weken informatie",
         "over de eerstejaarsevaluatie.", "", "## Wat moet u nog doen?", "Bewaar deze bevestiging in het re-integratiedossier."],
        "UWV werkgeversportaal", color=(0, 73, 135), user="Ingelogd via eHerkenning: M. Landman")
    scr.save(target("A", "42e week.png"), optimize=True)
    label("A", "42e week.png", "ziekmelding_uwv", "2024-11-25", "Pillow PNG screenshot of a portal",
          "screenshot of the UWV portal confirmation, text only in pixels")

    lo_pdf(target("A", "pva.pdf"), [
        "# Eerstejaarsevaluatie",
        f"Werknemer: {wn}, BSN: {b}", "Werkgever: Gemeente Brunsvoort, Facilitaire Zaken",
        "Datum gesprek: 20 januari 2025", "Aanwezig: G. Hofstee, H. Wubbels (teamleider), M. Landman (casemanager)",
        "## Terugblik eerste ziektejaar",
        "Gerda werkt 9 uur per week in aangepast eigen werk. Verdere opbouw is sinds juni 2024 niet gelukt. Het arbeidsdeskundig onderzoek van 9 januari 2025 concludeert dat het eigen werk niet volledig haalbaar wordt.",
        "## Re-integratieresultaat tweede ziektejaar",
        "Binnen de gemeente: 16 uur in aangepast werk. Daarnaast start het tweede spoor bij Passerel Loopbaan & Werk.",
        "## Visie werkgever", "Wij blijven zoeken naar lichter werk in het stadhuis en de bibliotheek.",
        "## Visie werknemer", "Ik snap het tweede spoor, al vind ik het spannend.",
        "Handtekening werkgever: M. Landman          Handtekening werknemer: G. Hofstee",
    ], "2025-01-20", "M. Landman")
    label("A", "pva.pdf", "eerstejaarsevaluatie", "2025-01-20", "python-docx + LibreOffice PDF",
          "misleading name pva.pdf holds the eerstejaarsevaluatie (standard title)")

    lo_pdf(target("A", "AD rapport Hofstee.pdf"), [
        "# Rapportage arbeidsdeskundig onderzoek",
        "Adviesbureau Tolhuis - W. Tolhuis, register-arbeidsdeskundige",
        f"Betreft: {wn}, BSN: {b}, schoonmaakmedewerker Gemeente Brunsvoort", "Datum rapport: 9 januari 2025",
        "## Vraagstelling", "Is het eigen werk passend te maken, en zo niet: welk werk is passend binnen of buiten de gemeente?",
        "## Functiebelasting", "Het eigen werk vraagt 4 uur per dienst lopen, duwen van de kar, knielen bij sanitair en traplopen.",
        "## Belasting en belastbaarheid", "Op basis van het inzetbaarheidsprofiel van juni 2024 is er een overschrijding op lopen, knielen en duwen.",
        "## Conclusie en advies", "Eigen werk: niet passend. Aangepast werk: 16 uur passend. Advies: spoor 1 aangepast werk, daarnaast spoor 2 inzetten.",
        "## Loonwaarde", "De loonwaarde in aangepast werk schat ik op 85 procent.",
    ], "2025-01-09", "W. Tolhuis")
    label("A", "AD rapport Hofstee.pdf", "arbeidsdeskundig_rapport", "2025-01-09", "python-docx + LibreOffice PDF", "standard")

    tp = render_page([
        "# Trajectplan", "Passerel Loopbaan & Werk", f"Kandidaat: {wn}    BSN: {b}",
        "Opdrachtgever: Gemeente Brunsvoort    Intake: 17 februari 2025",
        "## Persoonsprofiel", "31 jaar werkervaring in schoonmaak en kantine. Betrouwbaar, rustig, werkt graag in een vast team.",
        "## Zoekprofiel", "Zittend of licht wisselend werk, max. 16 uur, binnen 15 km: gastvrouw, receptie,",
        "bibliotheekmedewerker, kantinemedewerker zonder tillen.",
        "## Activiteiten tweede spoor", "- arbeidsmarktoriëntatie (6 weken)", "- sollicitatietraining en netwerkgesprekken",
        "- maandelijkse voortgangsrapportage aan werkgever", "",
        "Datum plan: 24 februari 2025     Coach: Dennis Ooms",
    ], seed=13)
    images_to_pdf([scanner_app(tp, 104, "Gescand met PaperSnap - 24-02-2025 10:41")],
                  target("A", "CamScanner 24-02-2025 10.41.pdf"), "2025-02-24")
    label("A", "CamScanner 24-02-2025 10.41.pdf", "trajectplan_tweede_spoor", "2025-02-24",
          "Pillow phone scanner-app PDF with footer line", "scanner-app image PDF, app name in the file name, footer line of the app")

    att = TMP / "voortgang_a.pdf"
    lo_pdf(att, [
        "# Voortgangsrapportage 2", "Passerel Loopbaan & Werk",
        f"Kandidaat: {wn}, BSN: {b}", "Rapportageperiode: 24 maart t/m 23 mei 2025", "Datum: 26 mei 2025",
        "## Activiteiten", "- 9 vacatures besproken, 4 sollicitaties (o.a. gastvrouw zorgcentrum, kantine sporthal)",
        "- 3 netwerkgesprekken", "- 1 sollicitatiegesprek, afgewezen wegens uren",
        "## Inzet kandidaat", "Gerda komt haar afspraken na en is gemotiveerd.",
        "Dennis Ooms, loopbaancoach",
    ], "2025-05-26", "D. Ooms")
    AFTER_PDF.append(lambda: (
        eml(target("A", "voortgang mei 2025.eml"), "Dennis Ooms <d.ooms@passerel.example>",
            "Mirthe Landman <m.landman@brunsvoort.example>", "Rapportage Hofstee", "2025-05-27", "08:50",
            "Goedemorgen Mirthe,\n\nIn de bijlage de tweede rapportage van Gerda. Bel gerust als er vragen zijn.\n\nMet vriendelijke groet,\nDennis Ooms\nPasserel Loopbaan & Werk",
            2, [("Voortgangsrapportage 2 Hofstee.pdf", att.read_bytes(), "pdf")])))
    label("A", "voortgang mei 2025.eml", "", "", "Outlook eml covering mail", "non-RIV covering mail that only carries the report")
    label("A", "voortgang mei 2025.eml::Voortgangsrapportage 2 Hofstee.pdf", "voortgangsrapportage_tweede_spoor",
          "2025-05-26", "python-docx + LibreOffice PDF attachment", "report only inside the covering mail")

    uwv = render_page([
        "UWV", "Postbus 58285, 1040 HG Amsterdam", "", "Mevrouw G. Hofstee", "Esdoornlaan 17", "7812 KD Brunsvoort", "",
        "Datum: 6 oktober 2025", f"Burgerservicenummer: {b}", "Onderwerp: WIA-uitkering aanvragen", "",
        "Geachte mevrouw Hofstee,", "",
        "U bent op 5 februari 2024 ziek geworden. Als u na 104 weken nog ziek bent, kunt u misschien een",
        "WIA-uitkering krijgen. U moet deze uitkering zelf aanvragen. Doe dit uiterlijk op 3 november 2025.",
        "Stuur het re-integratieverslag mee. Uw werkgever stelt dit met u op.", "",
        "Met vriendelijke groet,", "Uitvoeringsinstituut Werknemersverzekeringen",
    ], serif=True, stamp="ONTVANGEN 9 OKT 2025", seed=14)
    images_to_pdf([scan150(uwv, 105)], target("A", "AO.pdf"), "2025-10-09")
    label("A", "AO.pdf", "uwv_correspondentie", "2025-10-06", "Pillow image-only 150 dpi scan with stamp",
          "misleading name AO.pdf holds the UWV week-88 WIA letter; received stamp three days later")

    ao = portal_part("Actueel oordeel bedrijfsarts", head + [("Datum", "20-10-2025"), ("Opgesteld door", ba)], [
        "## Stand van zaken", "Mevrouw werkt 16 uur per week in aangepast werk bij de gemeente. Verdere toename verwacht ik niet.",
        "## Belastbaarheid", "Ongewijzigd ten opzichte van het inzetbaarheidsprofiel van juni 2024.",
        "## Arbeidsrelatie", "Ik zie geen verstoring van de arbeidsrelatie.",
        "## Passende arbeid bij de werkgever", "Het aangepaste werk van 16 uur is passend; meer uren passend werk zie ik niet.",
        "Opgesteld ten behoeve van de WIA-aanvraag.",
    ])
    wk_pdf(target("A", "actueel oordeel.pdf"), html_doc(brand, "#2d6a4f", [ao]), "2025-10-20",
           "Afgedrukt uit Verzuimnet - [page]/[topage]")
    label("A", "actueel oordeel.pdf", "actueel_oordeel", "2025-10-20", "wkhtmltopdf portal print", "standard title, after the week-88 letter")

    write_docx(target("A", "Eindevaluatie Hofstee.docx"), [
        "# Eindevaluatie plan van aanpak",
        f"Werknemer: {wn}     BSN: {b}", "Datum: 30 oktober 2025",
        "## Aard van het bedrijf", "Gemeente Brunsvoort, circa 640 medewerkers; de schoonmaakdienst (22 medewerkers) maakt het stadhuis, de bibliotheek en drie wijkcentra schoon.",
        "## Terugblik op twee jaar", "Opbouw tot 9 uur in 2024, na het AD-onderzoek 16 uur aangepast werk. Het tweede spoor leverde geen plaatsing op.",
        "## Kwaliteit arbeidsrelatie", "Goed. Gerda en haar team hebben goed contact gehouden.",
        "## Passende arbeid", "16 uur aangepast werk blijft beschikbaar. Meer uren zijn er binnen de gemeente niet.",
        "Gemeente Brunsvoort, M. Landman (casemanager)        Werknemer: G. Hofstee",
    ], "2025-10-30", "M. Landman", header="Gemeente Brunsvoort - vertrouwelijk")
    label("A", "Eindevaluatie Hofstee.docx", "eindevaluatie", "2025-10-30", "python-docx Word", "standard title in Word with a header line")

    note = handwritten(["3 november 2025", "", "Mijn mening over het verslag", "",
                        "Ik heb alles gelezen. Ik ben het eens met wat", "er over mijn werk staat. Alleen vind ik dat",
                        "het tweede spoor te laat begon.", "", f"BSN {b}", "", "Gerda Hofstee"], 15)
    save_jpeg(phone_photo(note, 106, contrast=0.55), target("A", "WhatsApp Image 2025-11-04 at 09.12.33.jpeg"))
    label("A", "WhatsApp Image 2025-11-04 at 09.12.33.jpeg", "oordeel_werknemer", "2025-11-03",
          "Pillow phone photo of handwriting", "handwritten employee view sent by WhatsApp a day later, low contrast")

    ort = render_page([
        "Orthopedisch Centrum Vechtoever", "polikliniek orthopedie", "",
        "Aan: huisarts A. de Vlieger, Brunsvoort", "Datum: 10 september 2024", "",
        f"Betreft: mw. G. Hofstee, geb. 14-07-1968, BSN: {b}", "",
        "Geachte collega,", "",
        "Uw patiënte bezocht onze polikliniek met knieklachten beiderzijds. Diagnose: gonartrose",
        "rechts meer dan links, Kellgren-Lawrence graad 3. Behandeling: corticosteroïdinjectie",
        "rechterknie, fysiotherapie, naproxen 500 mg 2 dd. Een knieprothese is op termijn te",
        "overwegen. Controle over drie maanden.", "",
        "Met collegiale groet,", "dr. S. Akkerman, orthopedisch chirurg",
    ], serif=True, seed=16)
    images_to_pdf([scan150(ort, 107)], target("A", "document.pdf"), "2024-09-10")
    label("A", "document.pdf", "medische_informatie", "2024-09-10", "Pillow image-only 150 dpi scan",
          "misleading name document.pdf; specialist letter with diagnosis and medication in the employer's folder (DOMAIN 5.1: the employer may not hold it)")

    target("A", "rooster schoonmaak stadhuis.txt").write_text(
        "Rooster schoonmaakdienst stadhuis - week 40 t/m 43 2025\r\n\r\n"
        "ma  06:00-09:00  begane grond hal + sanitair      Gerda (aangepast)\r\n"
        "ma  06:00-10:00  1e verdieping kantoren           Samira\r\n"
        "di  06:00-09:00  bibliotheek sanitair             Gerda (aangepast)\r\n"
        "wo  17:00-21:00  raadzaal en fractiekamers        Piet / Willeke\r\n"
        "do  06:00-09:00  begane grond hal                 Gerda (aangepast)\r\n"
        "vr  06:00-10:00  wijkcentrum De Stoep             Samira\r\n\r\n"
        "Wijzigingen doorgeven aan Harm Wubbels, teamleider.\r\n", encoding="cp1252")
    label("A", "rooster schoonmaak stadhuis.txt", "", "", "Notepad txt (Windows-1252)", "non-RIV: work roster naming the adapted work")


AFTER_PDF: list = []


# ================================================================ case B: home-care team
def case_b() -> None:
    b = BSN["B"]
    wn = "Anouk Brinkerink"
    pa = render_page([
        "Bedrijfsartsenpraktijk Wolfsbergen", "T.H. Lammerse, bedrijfsarts - BIG 19054433201", "",
        "Aan: Thuiszorg Heidestroom, t.a.v. Y. Koopal (teamcoach wijkteam Eschveld)", "Datum: 26 oktober 2023", "",
        f"Betreft: mevrouw A. Brinkerink, verzorgende IG, BSN: {b}", "Eerste ziektedag: 18 september 2023", "",
        "# Probleemanalyse", "",
        "Er is sprake van dreigend langdurig verzuim. Mevrouw is beperkt in tillen, transfers",
        "en reiken boven schouderhoogte. Zij kan licht werk doen: telefonische zorgplanning,",
        "medicatierol controleren, begeleiden van stagiaires, 3 dagdelen van 3 uur.",
        "Prognose: herstel in eigen werk verwacht binnen 6 tot 9 maanden.",
        "Advies: stel binnen twee weken het plan van aanpak op; geen ADL-zorg met tillen.", "",
        "T.H. Lammerse, bedrijfsarts",
    ], serif=True, seed=21)
    images_to_pdf([fax_then_scan(pa, "26-OKT-2023 16:47  VAN: 0521-449210  BA-PRAKTIJK WOLFSBERGEN   AAN: 0591-770431   P.01/01", 201)],
                  target("B", "fax bedrijfsarts 26-10.pdf"), "2023-10-27")
    label("B", "fax bedrijfsarts 26-10.pdf", "probleemanalyse", "2023-10-26", "Pillow fax then 150 dpi scan",
          "faxed and scanned back, fax header line with date and numbers, image only")

    write_docx(target("B", "Plan van aanpak Anouk.docx"), [
        "# Plan van aanpak", f"Werknemer: {wn} | BSN: {b} | verzorgende IG, 28 uur",
        "Werkgever: Stichting Thuiszorg Heidestroom, wijkteam Eschveld",
        "Casemanager: Yvette Koopal, teamcoach", "Datum: 7 november 2023",
        "## Re-integratiedoel", "Terug naar het eigen werk in het wijkteam (spoor 1).",
        "## Afspraken en activiteiten",
        "- week 46-49: zorgplanning op kantoor, 3 x 3 uur",
        "- vanaf december: meelopen met collega's bij cliënten zonder tilzorg",
        "- fysiotherapie via de eigen zorgverzekering",
        "## Evaluatiemomenten", "19 december 2023, daarna elke zes weken.",
        "## Visie werkgever", "Wij zien Anouk graag terug in de wijk.",
        "## Visie werknemer", "Ik wil eerst zeker weten dat mijn schouder het tillen weer aankan.",
        "Getekend: Y. Koopal, teamcoach en A. Brinkerink",
    ], "2023-11-07", "Y. Koopal")
    label("B", "Plan van aanpak Anouk.docx", "plan_van_aanpak", "2023-11-07", "python-docx Word", "standard title, visie sections")

    eml(target("B", "Gespreksverslag 19 december.eml"), "Yvette Koopal <y.koopal@heidestroom.example>",
        "Anouk Brinkerink <anoukbrinkerink@ziggo.example>", "verslag van ons gesprek", "2023-12-20", "10:12",
        f"Hoi Anouk,\n\nHierbij het verslag van ons gesprek van 19 december.\n\n"
        f"Het kantoorwerk gaat goed; je doet nu 3 x 3 uur zorgplanning. Het meelopen in de wijk is gestart, zonder tilzorg. "
        f"Je merkt dat je schouder na een dienst van drie uur vermoeid is.\n"
        f"We houden de uren gelijk tot eind januari. Daarna kijken we of er een vierde dagdeel bij kan.\n"
        f"Volgende afspraak: 30 januari.\n\nBSN: {b}\n\nGroetjes,\nYvette Koopal\nTeamcoach wijkteam Eschveld", 3)
    label("B", "Gespreksverslag 19 december.eml", "tussentijdse_evaluatie", "2023-12-19", "Outlook eml",
          "mail body is the meeting report, sent the day after the meeting")

    bp = render_page([
        "Thuiszorg Heidestroom - wijkteam Eschveld", "", "# Aanvulling op het plan van aanpak", "",
        f"Naam: {wn}                BSN: {b}", "Datum: 13 februari 2024", "",
        "Wat is er veranderd?", "De bedrijfsarts ziet minder herstel dan verwacht. Tilzorg blijft voorlopig uitgesloten.",
        "Nieuwe afspraken:", "- 4 dagdelen van 3 uur: zorgplanning en wondzorgcontroles zonder tillen",
        "- nieuw doel: eigen werk zonder zware transfers (aangepast werk)",
        "- evaluatie over zes weken, 26 maart 2024", "",
        "Handtekening teamcoach:                    Handtekening medewerker:", "", "",
    ], hand={9: "+ ook avonddienst planning?", 15: "Y. Koopal        A. Brinkerink"}, seed=22)
    images_to_pdf([scan150(bp, 202)], target("B", "scan0003.pdf"), "2024-02-13")
    label("B", "scan0003.pdf", "bijstelling_plan_van_aanpak", "2024-02-13", "Pillow image-only 150 dpi scan with handwriting",
          "misleading name scan0003; title 'Aanvulling op het plan van aanpak'; handwritten additions")

    mri = render_page([
        "Radiologie Ziekenhuis Hunzedal", "", "Verslag MRI rechterschouder", "Onderzoeksdatum: 28 februari 2024", "",
        "Patiënt: A. Brinkerink, geb. 03-05-1985", "",
        "Bevindingen: partiële ruptuur van de supraspinatuspees met tendinose;",
        "bursitis subacromialis. Geen fractuur.", "Conclusie: partiële rotator cuff ruptuur rechts.",
        "Verwijzing orthopedie voor behandeladvies.", "", "dr. M. Visscher, radioloog",
    ], serif=True, seed=23)
    photo = io.BytesIO()
    save_jpeg(phone_photo(mri, 203), photo)
    eml(target("B", "FW_ uitslag MRI.eml"), "Anouk Brinkerink <anoukbrinkerink@ziggo.example>",
        "Yvette Koopal <y.koopal@heidestroom.example>", "FW: uitslag MRI", "2024-03-04", "16:25",
        "Hoi Yvette, hierbij de uitslag zodat je weet waarom het zo lang duurt. Groetjes Anouk", 4,
        [("WhatsApp Image 2024-03-04 at 16.20.11.jpeg", photo.getvalue(), "jpeg")])
    label("B", "FW_ uitslag MRI.eml", "", "", "Outlook eml covering mail", "non-RIV covering mail: the employee forwards a photo to her teamcoach")
    label("B", "FW_ uitslag MRI.eml::WhatsApp Image 2024-03-04 at 16.20.11.jpeg", "medische_informatie", "2024-02-28",
          "Pillow phone photo (attachment)",
          "radiology report with diagnosis sent by the employee to the employer - debatable: not written by the bedrijfsarts, but medical data behind the PA (DOMAIN 3 MI; 5.1 the employer may not hold it even with consent)")

    scr = portal_screen("Ziekmelding 42e week", [
        ("Werkgever", "Stichting Thuiszorg Heidestroom"), ("Loonheffingennummer", "8456.12.903.L01"),
        ("Werknemer", "A. Brinkerink"), ("BSN", b), ("Eerste ziektedag", "18-09-2023"),
        ("Verzonden op", "08-07-2024 11:04"), ("Status", "Ontvangen door UWV")],
        ["De melding is ontvangen. Uw werknemer krijgt van ons informatie over de eerstejaarsevaluatie."],
        "UWV werkgeversportaal", color=(0, 73, 135), user="eHerkenning - Y. Koopal")
    save_jpeg(laptop_photo(scr, 204), target("B", "Foto scherm UWV.jpg"), q=50)
    label("B", "Foto scherm UWV.jpg", "ziekmelding_uwv", "2024-07-08", "Pillow phone photo of a laptop screen",
          "portal page photographed on a laptop with glare and moiré")

    lo_pdf(target("B", "Evaluatie na een jaar ziekte.pdf"), [
        "# Hoe staan we ervoor na een jaar?", f"{wn} - BSN: {b}", "Gesprek op 19 augustus 2024 met Yvette Koopal (teamcoach) en Anouk",
        "## Wat is er in het afgelopen jaar gebeurd?", "Anouk werkt 12 uur aangepast werk (planning, wondcontroles). Tilzorg lukt niet.",
        "## Wat willen we in het tweede jaar bereiken?", "Een vaste functie van 20 uur zonder tillen; lukt dat niet binnen de stichting, dan werk buiten Heidestroom.",
        "## Hoe gaan we dat doen?", "We vragen een deskundigenoordeel bij UWV over de passendheid van de planningsfunctie en starten spoor 2 bij Koersvast.",
        "## Mening van Anouk", "Ik wil liefst in de zorg blijven.",
        "Y. Koopal                      A. Brinkerink",
    ], "2024-08-19", "Y. Koopal")
    label("B", "Evaluatie na een jaar ziekte.pdf", "eerstejaarsevaluatie", "2024-08-19", "python-docx + LibreOffice PDF",
          "everyday title 'Hoe staan we ervoor na een jaar?', no word eerstejaarsevaluatie")

    do1 = render_page([
        "UWV", "", "Deskundigenoordeel", "Datum: 1 oktober 2024", f"Burgerservicenummer: {b}",
        "Aanvrager: Stichting Thuiszorg Heidestroom (werkgever)", "",
        "Vraag: is de functie zorgplanner (20 uur) passende arbeid voor mevrouw Brinkerink?", "",
        "Ons oordeel: ja. De werkzaamheden passen bij de beperkingen die de bedrijfsarts heeft",
        "vastgesteld. Het werk is passend.", "", "blad 1 van 2",
    ], serif=True, seed=24)
    do2 = render_page([
        "Toelichting", "", "De verzekeringsarts heeft het dossier bestudeerd en mevrouw gesproken op 24 september.",
        "De arbeidsdeskundige heeft de functie zorgplanner beoordeeld.", "",
        "Dit oordeel is niet bindend. U kunt het gebruiken in uw gesprek met uw werkgever.", "",
        "Met vriendelijke groet,", "Uitvoeringsinstituut Werknemersverzekeringen", "", "blad 2 van 2",
    ], serif=True, seed=25)
    images_to_pdf([scanner_app(do1, 205, "Scanned with DocuLens"), scanner_app(do2, 206, "Scanned with DocuLens")],
                  target("B", "Deskundigenoordeel.pdf"), "2024-10-03")
    label("B", "Deskundigenoordeel.pdf", "deskundigenoordeel", "2024-10-01", "Pillow phone scanner-app PDF (2 pages) with footer line",
          "two-page UWV letter put together by a scanner app, English footer line")

    lo_pdf(target("B", "Trajectplan Koersvast.pdf"), [
        "# Intake en trajectplan", "Koersvast Re-integratie", f"Deelnemer: {wn}, BSN: {b}", "Datum: 16 september 2024",
        "## Persoonsprofiel", "Verzorgende IG met 14 jaar ervaring, sterk in planning en overleg.",
        "## Zoekprofiel", "Zorgplanner, medewerker zorgbemiddeling, doktersassistent in opleiding; max. 24 uur.",
        "## Activiteiten", "- arbeidsmarktoriëntatie, - vacatureonderzoek, - netwerkgesprekken, - maandelijkse rapportage",
        "Jobcoach: Laila Benali",
    ], "2024-09-16", "L. Benali")
    label("B", "Trajectplan Koersvast.pdf", "trajectplan_tweede_spoor", "2024-09-16", "python-docx + LibreOffice PDF",
          "title 'Intake en trajectplan'")

    v1 = render_page([
        "Koersvast Re-integratie", "# Voortgangsrapportage", f"Deelnemer: {wn}      BSN: {b}",
        "Periode: 16 september - 13 december 2024", "",
        "Gesprekken: 7 coachgesprekken", "Sollicitaties: 5 (zorgbemiddelaar Zorgkantoor, planner huisartsenpost)",
        "Netwerkgesprekken: 2", "Resultaat: één tweede gesprek, nog geen aanbod.", "", "vervolg op blad 2",
    ], seed=26)
    v2 = render_page([
        "Voortgangsrapportage A. Brinkerink - blad 2", "", "Inzet deelnemer: goed, neemt zelf initiatief.",
        "Advies: doorgaan tot maart, daarna eindrapportage.", "", "Datum: 16 december 2024", "", "L. Benali, jobcoach",
    ], hand={7: "L Benali"}, seed=27)
    save_jpeg(phone_photo(v1, 207, contrast=0.55), target("B", "IMG_3310.jpg"))
    save_jpeg(phone_photo(v2, 208, contrast=0.55), target("B", "IMG_3311.jpg"))
    label("B", "IMG_3310.jpg", "voortgangsrapportage_tweede_spoor", "2024-12-16", "Pillow phone photo at an angle",
          "page 1 of two JPEGs; the date is only on page 2")
    label("B", "IMG_3311.jpg", "voortgangsrapportage_tweede_spoor", "2024-12-16", "Pillow phone photo at an angle",
          "page 2 alone: date and signature, no BSN - debatable, part of the report")

    lo_pdf(target("B", "AO Brinkerink.pdf"), [
        "Bedrijfsartsenpraktijk Wolfsbergen", "Datum: 2 juni 2025",
        f"Betreft: A. Brinkerink, BSN: {b}", "# Actueel oordeel",
        "Stand van zaken: mevrouw werkt 20 uur als zorgplanner, passend volgens het deskundigenoordeel van oktober 2024.",
        "Belastbaarheid: niet tillen, geen transfers, reiken boven schouderhoogte beperkt.",
        "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: 20 uur zorgplanning; uitbreiding niet te verwachten.",
        "Dit oordeel is bestemd voor het re-integratieverslag bij de WIA-aanvraag.", "T.H. Lammerse, bedrijfsarts",
    ], "2025-06-02", "T.H. Lammerse")
    label("B", "AO Brinkerink.pdf", "actueel_oordeel", "2025-06-02", "python-docx + LibreOffice PDF", "standard")

    target("B", "eindevaluatie.txt").write_text(
        f"EINDEVALUATIE - A. Brinkerink (BSN: {b})\n12 juni 2025\n\n"
        "Aard van het bedrijf: Stichting Thuiszorg Heidestroom, wijkverpleging en huishoudelijke hulp, 410 medewerkers, 9 wijkteams.\n\n"
        "Terugblik: na de schouderklachten in september 2023 is Anouk opgebouwd in planningswerk. UWV vond de functie zorgplanner passend. "
        "Het tweede spoor bij Koersvast is in maart 2025 gestopt omdat het werk binnen Heidestroom vaststond.\n\n"
        "Arbeidsrelatie: goed.\nPassende arbeid: 20 uur zorgplanner, structureel.\n\n"
        "Y. Koopal, teamcoach / casemanager\nA. Brinkerink\n", encoding="utf-8")
    label("B", "eindevaluatie.txt", "eindevaluatie", "2025-06-12", "plain text", "loose text file with a capitalised title")

    orig = ("Beste Anouk,\n\nIn de bijlage heb ik je op 13 juni het hele re-integratieverslag gestuurd. Wil je laten weten of je het ermee eens bent?\n\n"
            "Yvette")
    eml(target("B", "RE_ verslag.eml"), "Anouk Brinkerink <anoukbrinkerink@ziggo.example>",
        "Yvette Koopal <y.koopal@heidestroom.example>", "RE: verslag", "2025-06-16", "21:33",
        f"Hoi Yvette,\n\nIk heb alles gelezen. Ik ben het eens met de afspraken en het werk als planner. "
        f"Ik ben het niet eens met de zin dat ik 'geen belangstelling' had voor werk buiten de zorg: ik heb bij Koersvast twee keer "
        f"buiten de zorg gesolliciteerd.\n\nAnouk Brinkerink, BSN: {b}\n\n"
        f"Op vr 13 jun 2025 om 14:02 schreef Yvette Koopal <y.koopal@heidestroom.example>:\n" + quoted(orig), 5)
    label("B", "RE_ verslag.eml", "oordeel_werknemer", "2025-06-16", "Outlook eml reply chain",
          "the employee's view is the top reply; quoted original is HR's request")

    scr = portal_screen("Planning wijkteam Eschveld - week 37", [
        ("Ma 09-09", "Ochtend: Esra, Tim | Avond: Joke"), ("Di 10-09", "Ochtend: Anouk (planning kantoor), Tim"),
        ("Wo 11-09", "Ochtend: Esra, Joke | Avond: Tim"), ("Do 12-09", "Ochtend: Anouk (planning kantoor), Esra"),
        ("Vr 13-09", "Ochtend: Tim, Joke")], ["Open diensten: 2 (za 14-09 avond, zo 15-09 ochtend)"],
        "ZorgRooster", color=(120, 40, 110), user="Y. Koopal")
    scr.save(target("B", "Dienstrooster wijkteam week 37.png"), optimize=True)
    label("B", "Dienstrooster wijkteam week 37.png", "", "", "Pillow PNG screenshot of a planning app", "non-RIV: roster screenshot")


# ================================================================ case C: primary school
def case_c() -> None:
    b = BSN["C"]
    wn = "Sjoerd Dijkema"
    brand = "Werkfit Online · verzuimdossier"
    ba = "mw. E. Rozendaal, bedrijfsarts (BIG 39087766501)"
    head = [("Medewerker", wn), ("BSN", b), ("Werkgever", "Stichting Primair Onderwijs Lauwerdal - OBS De Wilgenhoek"),
            ("Functie", "Groepsleerkracht groep 5, 0,8 fte"), ("Eerste verzuimdag", "02-09-2024")]
    wk_pdf(target("C", "Probleemanalyse Werkfit.pdf"), html_doc(brand, "#6a4c93", [portal_part(
        "Probleemanalyse en advies", head + [("Datum", "09-10-2024"), ("Bedrijfsarts", ba)], [
            "## Oordeel", "Er is sprake van dreigend langdurig verzuim. De medewerker heeft verminderde energie en concentratie.",
            "## Mogelijkheden", "Korte taken zonder lesgevende verantwoordelijkheid, 2 uur per dag, in een rustige ruimte.",
            "## Verwachting", "Geleidelijke opbouw over enkele maanden; terugkeer voor de klas is de verwachting.",
            "## Advies", "Maak binnen twee weken een plan van aanpak; start met ondersteunende taken (remedial teaching voorbereiden)."])]),
           "2024-10-09", "Werkfit Online - afgedrukt 10-10-2024 - [page]/[topage]")
    label("C", "Probleemanalyse Werkfit.pdf", "probleemanalyse", "2024-10-09", "wkhtmltopdf portal print",
          "title 'Probleemanalyse en advies', print date a day later in the footer")

    write_docx(target("C", "PvA Sjoerd def.docx"), [
        "# Plan van aanpak", f"Naam: {wn}    BSN: {b}", "School: OBS De Wilgenhoek (SPO Lauwerdal)",
        "Casemanager: Marijke Oosterhof, directeur", "Datum: 21 oktober 2024",
        "## Doel", "Terug voor groep 5 na de kerstvakantie, eerst zonder eindverantwoordelijkheid.",
        "## Wat gaan we doen", "- vanaf 28 oktober: 3 ochtenden 2 uur ondersteunende taken",
        "- vanaf 25 november: 1 ochtend meedraaien in groep 5 met de invaller", "- coaching via de schoolbegeleidingsdienst",
        "## Evaluatie", "2 december 2024 en daarna elke zes weken",
        "## Visie werkgever", "Wij zien Sjoerd als sterke leerkracht en willen hem rustig laten terugkomen.",
        "## Visie werknemer", "Ik wil terug naar mijn klas, maar niet te snel.",
        "M. Oosterhof                           S. Dijkema",
    ], "2024-10-21", "M. Oosterhof")
    label("C", "PvA Sjoerd def.docx", "plan_van_aanpak", "2024-10-21", "python-docx Word", "'def' in the file name, standard title")

    te = render_page([
        "OBS De Wilgenhoek", "", "Gesprek 2 december 2024 - Sjoerd", "",
        "1. Hoe gaat het met de opbouw?", "   3 ochtenden lukt. Meedraaien in groep 5 kost veel energie.",
        "2. Zijn de afspraken nagekomen?", "   Ja, coaching is gestart.",
        "3. Wat spreken we af?", "   Na de kerstvakantie 4 ochtenden, nog geen eindverantwoordelijkheid.", "",
        f"BSN {b}", "", "Marijke Oosterhof / Sjoerd Dijkema",
    ], hand={5: "te snel?", 9: "akkoord SD"}, seed=31)
    images_to_pdf([scan150(te, 301, skew=1.2)], target("C", "Scan 02-12.pdf"), "2024-12-02")
    label("C", "Scan 02-12.pdf", "tussentijdse_evaluatie", "2024-12-02", "Pillow image-only 150 dpi scan with handwriting",
          "untitled numbered-question note, handwritten additions, scan date in the name")

    bpa = portal_part("Bijstelling probleemanalyse", head + [("Datum", "27-01-2025"), ("Bedrijfsarts", ba)], [
        "## Wat is er veranderd", "Het herstel verloopt trager dan verwacht. Lesgeven aan een groep is voorlopig niet haalbaar.",
        "## Advies", "Geen eindverantwoordelijkheid voor een groep in 2025; werk in kleine groepjes of een-op-een. Stel het plan bij."])
    izp = portal_part("Inzetbaarheidsprofiel", head[:3], [
        "Persoonlijk functioneren: beperkt in concentratie bij drukte, geen deadlines.",
        "Sociaal functioneren: beperkt in conflicthantering.", "Werktijden: 4 x 3 uur, niet na 14.00 uur."], first=False)
    wk_pdf(target("C", "Alle documenten dossier 2024-0871.pdf"), html_doc(brand, "#6a4c93", [bpa, izp]), "2025-01-27",
           "Werkfit Online - export dossier 2024-0871 - [page]/[topage]")
    label("C", "Alle documenten dossier 2024-0871.pdf", "bijstelling_probleemanalyse", "2025-01-27",
          "wkhtmltopdf combined portal export",
          "combined export bijstelling PA then inzetbaarheidsprofiel - labelled by its FIRST document")

    scr = portal_screen("Inzetbaarheidsprofiel", [
        ("Medewerker", wn), ("BSN", b), ("Datum", "27-01-2025"), ("Opgesteld door", ba)],
        ["## 1. Persoonlijk functioneren", "Beperkt: concentreren bij veel prikkels, werken onder tijdsdruk.",
         "## 2. Sociaal functioneren", "Beperkt: conflicten hanteren, omgaan met emotionele problemen van anderen.",
         "## 3. Fysieke omgevingseisen", "Geen beperkingen.", "## 4. Dynamische handelingen", "Geen beperkingen.",
         "## 5. Statische houdingen", "Geen beperkingen.", "## 6. Werktijden", "4 dagen van 3 uur, overdag."],
        "Werkfit Online", color=(106, 76, 147), user="M. Oosterhof (werkgever)")
    scr.save(target("C", "Schermafbeelding 2025-01-28 084512.png"), optimize=True)
    label("C", "Schermafbeelding 2025-01-28 084512.png", "inzetbaarheidsprofiel", "2025-01-27", "Pillow PNG screenshot of a portal",
          "screenshot taken the day after; same profile is also the second part of the combined export")

    wk_pdf(target("C", "UWV ziekmelding 42 weken.pdf"), html_doc("UWV - Werkgeversportaal", "#004987", [portal_part(
        "Bevestiging ziekmelding (42e week)", [("Werkgever", "Stichting Primair Onderwijs Lauwerdal"),
                                              ("Loonheffingennummer", "8201.33.457.L01"), ("Werknemer", "S. Dijkema"),
                                              ("BSN", b), ("Eerste ziektedag", "02-09-2024"), ("Datum melding", "23-06-2025")],
        ["Wij hebben de ziekmelding ontvangen. Uw werknemer krijgt informatie over de eerstejaarsevaluatie."])]),
           "2025-06-23", "Afgedrukt 23-06-2025")
    label("C", "UWV ziekmelding 42 weken.pdf", "ziekmelding_uwv", "2025-06-23", "wkhtmltopdf portal print", "standard")

    att = TMP / "ad_c.pdf"
    lo_pdf(att, [
        "# Arbeidsdeskundig onderzoek", "Bureau Loonwaarde Noord - R. Veenstra, register-arbeidsdeskundige",
        f"Werknemer: {wn}, BSN: {b}", "Datum rapport: 14 augustus 2025",
        "## Functiebelasting", "Groepsleerkracht: eindverantwoordelijkheid voor 27 leerlingen, oudergesprekken, hoge prikkelbelasting.",
        "## Belastbaarheid", "Volgens het inzetbaarheidsprofiel van januari 2025: beperkt bij prikkels en conflicten.",
        "## Advies", "Eigen werk niet passend op korte termijn. Passend: onderwijsassistent of RT-begeleider, 12-16 uur. Start spoor 2 naast spoor 1.",
    ], "2025-08-14", "R. Veenstra")
    AFTER_PDF.append(lambda: (
        eml(target("C", "AD onderzoek.eml"), "Marijke Oosterhof <m.oosterhof@spo-lauwerdal.example>",
            "Sjoerd Dijkema <sjoerd.dijkema@hetnet.example>", "rapport arbeidsdeskundige", "2025-08-18", "13:30",
            "Hoi Sjoerd,\n\nHierbij het rapport van de arbeidsdeskundige. We bespreken het op 25 augustus.\n\nMarijke",
            6, [("Rapport arbeidsdeskundig onderzoek Dijkema.pdf", att.read_bytes(), "pdf")])))
    label("C", "AD onderzoek.eml", "", "", "Outlook eml covering mail", "non-RIV covering mail carrying the report")
    label("C", "AD onderzoek.eml::Rapport arbeidsdeskundig onderzoek Dijkema.pdf", "arbeidsdeskundig_rapport", "2025-08-14",
          "python-docx + LibreOffice PDF attachment", "report only inside the mail")

    lo_pdf(target("C", "Evaluatie jaar 1 Sjoerd.pdf"), [
        "# Eerstejaarsevaluatie", f"Werknemer: {wn}, BSN: {b}", "Datum: 25 augustus 2025",
        "## Terugblik eerste ziektejaar", "Sjoerd werkt 4 x 3 uur ondersteunend (RT, kleine groepjes). Lesgeven voor de klas is niet gelukt.",
        "## Beoogd resultaat tweede ziektejaar", "Een functie als RT-begeleider of onderwijsassistent van 16 uur binnen de stichting of daarbuiten.",
        "## Spoor 2", "Start per 1 september via Werkbaken Loopbaan.",
        "## Visie werkgever en werknemer", "Beiden: eerst een vaste plek met minder prikkels.",
        "M. Oosterhof, directeur             S. Dijkema",
    ], "2025-08-25", "M. Oosterhof")
    label("C", "Evaluatie jaar 1 Sjoerd.pdf", "eerstejaarsevaluatie", "2025-08-25", "python-docx + LibreOffice PDF", "standard title")

    write_docx(target("C", "Nieuwe afspraken schooljaar 2025-2026.docx"), [
        "Nieuwe afspraken voor schooljaar 2025-2026", f"Sjoerd Dijkema - BSN: {b}", "1 september 2025",
        "We passen ons plan aan na het rapport van de arbeidsdeskundige en het gesprek over het eerste jaar.",
        "- nieuw doel: RT-begeleider 16 uur binnen SPO Lauwerdal (spoor 1) of passend werk elders (spoor 2)",
        "- Werkbaken Loopbaan begeleidt het tweede spoor",
        "- gesprekken elke zes weken; eerste op 13 oktober",
        "- casemanager blijft Marijke Oosterhof",
        "Akkoord: M. Oosterhof, S. Dijkema",
    ], "2025-09-01", "M. Oosterhof")
    label("C", "Nieuwe afspraken schooljaar 2025-2026.docx", "bijstelling_plan_van_aanpak", "2025-09-01", "python-docx Word",
          "everyday title 'Nieuwe afspraken', no heading style")

    scr = portal_screen("Actueel oordeel", head[:2] + [("Datum", "18-05-2026"), ("Bedrijfsarts", ba)],
        ["## Stand van zaken", "Werkt 16 uur als RT-begeleider binnen de stichting. Verdere uitbreiding is niet te verwachten.",
         "## Belastbaarheid", "Ongewijzigd ten opzichte van het inzetbaarheidsprofiel van 27-01-2025.",
         "## Arbeidsrelatie", "Geen verstoring.", "## Passende arbeid bij de werkgever",
         "16 uur RT-begeleider is passend. Ten behoeve van de WIA-aanvraag."],
        "Werkfit Online", color=(106, 76, 147), user="M. Oosterhof (werkgever)")
    scr.save(target("C", "Schermafbeelding 2026-05-19 101522.png"), optimize=True)
    label("C", "Schermafbeelding 2026-05-19 101522.png", "actueel_oordeel", "2026-05-18", "Pillow PNG screenshot of a portal",
          "screenshot of the portal page a day after the AO date; generic screenshot name")

    wk_pdf(target("C", "Medische informatie t.b.v. UWV.pdf"), html_doc(brand, "#6a4c93", [portal_part(
        "Medische informatie - medisch geheim", head[:2] + [("Datum", "18-05-2026"), ("Bedrijfsarts", ba)], [
            "## Diagnose", "Depressieve stoornis, matig (DSM-5), in het kader van overspanning.",
            "## Behandeling", "Behandeld door GZ-psycholoog (CGT, 18 sessies) en huisarts; sertraline 100 mg sinds november 2024.",
            "## Beloop", "Gedeeltelijk herstel; restklachten van concentratie en prikkelverwerking."])]),
           "2026-05-18", "Werkfit Online - alleen voor de verzekeringsarts UWV")
    label("C", "Medische informatie t.b.v. UWV.pdf", "medische_informatie", "2026-05-18", "wkhtmltopdf portal print",
          "medical information printed from the portal into the school's folder (DOMAIN 5.1 / 1.3: separate, employer may not hold)")

    lo_pdf(target("C", "Eindevaluatie SPO Lauwerdal.pdf"), [
        "# Eindevaluatie", f"Werknemer: {wn}, BSN: {b}", "Datum: 28 mei 2026",
        "## Aard van het bedrijf", "Stichting Primair Onderwijs Lauwerdal: 11 openbare basisscholen, 260 medewerkers.",
        "## Terugblik", "Opbouw in ondersteunende taken; lesgeven niet haalbaar; per 1 januari 2026 RT-begeleider 16 uur. Het tweede spoor via Werkbaken is na die plaatsing gestopt.",
        "## Kwaliteit van de arbeidsrelatie", "Goed.", "## Passende arbeid", "16 uur RT-begeleider blijft structureel.",
        "M. Oosterhof (casemanager)             S. Dijkema",
    ], "2026-05-28", "M. Oosterhof")
    label("C", "Eindevaluatie SPO Lauwerdal.pdf", "eindevaluatie", "2026-05-28", "python-docx + LibreOffice PDF", "standard")

    write_docx(target("C", "mijn reactie.docx"), [
        "Aan: Marijke Oosterhof", "Winsum, 1 juni 2026", f"BSN: {b}",
        "Ik heb het verslag over mijn re-integratie ontvangen. Ik vind dat het goed weergeeft wat er is gebeurd. "
        "Wel wil ik opmerken dat ik het tweede spoor langer had willen doorlopen; het is in januari gestopt.",
        "Verder ben ik het eens met het verslag.", "Sjoerd Dijkema",
    ], "2026-06-01", "S. Dijkema")
    label("C", "mijn reactie.docx", "oordeel_werknemer", "2026-06-01", "python-docx Word", "untitled letter of the employee")

    eml(target("C", "Vervanging groep 5.eml"), "Marijke Oosterhof <m.oosterhof@spo-lauwerdal.example>",
        "ouders groep 5 <ouders.groep5@wilgenhoek.example>", "Vervanging groep 5", "2024-09-06", "15:10",
        "Beste ouders van groep 5,\n\nMeester Sjoerd is voorlopig afwezig. Juf Hanneke Bos neemt de groep over op maandag tot en met donderdag. "
        "Op vrijdag staat juf Ellen voor de groep.\n\nMet vriendelijke groet,\nMarijke Oosterhof, directeur OBS De Wilgenhoek", 7)
    label("C", "Vervanging groep 5.eml", "", "", "Outlook eml", "non-RIV: parents' letter about the substitute teacher")


# ================================================================ case D: water board
def case_d() -> None:
    b = BSN["D"]
    wn = "Ricardo Martins"
    ba = "A.M. Ploeger, bedrijfsarts (BIG 49033221001)"
    lo_pdf(target("D", "Probleemanalyse Martins.pdf"), [
        "Arbeid & Gezondheid Kroonwijk", "# Probleemanalyse", f"Werknemer: {wn}, BSN: {b}",
        "Werkgever: Hoogheemraadschap Rijnhoeve, afdeling Watersystemen", "Functie: monteur gemalen en stuwen (40 uur)",
        "Eerste ziektedag: 11 april 2023", "Datum: 17 mei 2023",
        "Dreigend langdurig verzuim: ja.", "Beperkingen: niet tillen boven 10 kg, niet boven schouderhoogte werken met rechts, geen klimwerk in gemalen.",
        "Mogelijkheden: administratief werk, storingsdienst op afstand (telemetrie), begeleiden van collega's.",
        "Prognose: herstel wordt verwacht maar duurt langer dan drie maanden.", "Advies: plan van aanpak binnen twee weken.",
        ba,
    ], "2023-05-17", "A.M. Ploeger")
    label("D", "Probleemanalyse Martins.pdf", "probleemanalyse", "2023-05-17", "python-docx + LibreOffice PDF", "standard")

    write_docx(target("D", "PvA R. Martins.docx"), [
        "# Plan van aanpak", f"Naam: {wn} - BSN: {b}", "Afdeling Watersystemen, team Gemalen Oost", "Datum: 30 mei 2023",
        "Casemanager: Fenna Tichelaar, HR-adviseur",
        "| Activiteit | Wie | Wanneer |", "| telemetrie storingen op afstand, 4 x 4 uur | R. Martins / teamleider | vanaf 5 juni |",
        "| fysiotherapie | R. Martins | doorlopend |", "| evaluatie | casemanager | 11 juli 2023 |",
        "## Doel", "Terugkeer in het eigen werk als monteur.",
        "## Visie werkgever", "Eigen werk is het doel; tijdelijk ander werk binnen het team.",
        "## Visie werknemer", "Eens.", "F. Tichelaar                R. Martins",
    ], "2023-05-30", "F. Tichelaar")
    label("D", "PvA R. Martins.docx", "plan_van_aanpak", "2023-05-30", "python-docx Word", "plan with a table of activities")

    o1 = (f"Beste Ricardo, Gert-Jan,\n\nKort verslag van ons gesprek van 11 juli:\n- telemetrie gaat goed, 4 x 4 uur;\n"
          f"- meelopen bij onderhoud gemaal De Kroon vanaf 24 juli, niet zelf tillen;\n- fysiotherapie loopt.\n"
          f"We houden de afspraken uit het plan aan. Volgende evaluatie: 22 augustus.\n\nFenna Tichelaar (casemanager)\nBSN Ricardo: {b}")
    o2 = "Klopt, dank je.\nGert-Jan de Wolf, teamleider Gemalen Oost\n\n" + quoted(o1)
    eml(target("D", "Re_ Re_ terugkoppeling gesprek 11 juli.eml"), "Ricardo Martins <r.martins@rijnhoeve.example>",
        "Fenna Tichelaar <f.tichelaar@rijnhoeve.example>", "Re: Re: terugkoppeling gesprek 11 juli", "2023-07-13", "07:44",
        "Akkoord van mijn kant.\nRicardo\n\n" + quoted(o2), 8, cc="Gert-Jan de Wolf <g.dewolf@rijnhoeve.example>")
    label("D", "Re_ Re_ terugkoppeling gesprek 11 juli.eml", "tussentijdse_evaluatie", "2023-07-11", "Outlook eml reply chain",
          "evaluation is the twice-quoted first message; replies two days later")

    bpa = render_page([
        "Arbeid & Gezondheid Kroonwijk", "", "Aan: Hoogheemraadschap Rijnhoeve, F. Tichelaar", "Datum: 5 september 2023", "",
        f"Betreft: R. Martins, BSN: {b}", "", "# Bijstelling probleemanalyse", "",
        "De belastbaarheid is gewijzigd: werken boven schouderhoogte en klimmen blijven voorlopig",
        "uitgesloten, ook na de behandeling. Herstel in het eigen werk binnen een jaar is onzeker.",
        "Advies: breid het werk op afstand uit naar 32 uur en onderzoek ander werk binnen het",
        "hoogheemraadschap.", "", ba,
    ], serif=True, seed=41)
    save_jpeg(phone_photo(bpa, 401, contrast=0.5), target("D", "IMG_0918.jpg"))
    label("D", "IMG_0918.jpg", "bijstelling_probleemanalyse", "2023-09-05", "Pillow phone photo, low contrast with shadow",
          "angled photo in poor light, generic IMG name")

    eml(target("D", "42e weeks melding.eml"), "Fenna Tichelaar <f.tichelaar@rijnhoeve.example>",
        "Personeelsdossiers <pd@rijnhoeve.example>", "42e weeks melding Martins - bevestiging UWV", "2024-01-30", "11:20",
        f"Voor het dossier. Tekst van de bevestiging in het werkgeversportaal:\n\n"
        f"Ziekmelding langer dan 42 weken\nWerkgever: Hoogheemraadschap Rijnhoeve, loonheffingennummer 8377.10.264.L01\n"
        f"Werknemer: R. Martins, BSN: {b}\nEerste ziektedag: 11-04-2023\nDatum melding: 30-01-2024\n"
        f"Wij hebben uw ziekmelding ontvangen.\n\nFenna", 9)
    label("D", "42e weeks melding.eml", "ziekmelding_uwv", "2024-01-30", "Outlook eml", "portal confirmation pasted into a mail to the personnel file")

    lo_pdf(target("D", "Arbeidsdeskundig rapport Martins.pdf"), [
        "# Rapport arbeidsdeskundige", "Praktijk Werk en Waarde - H. Scholte, register-arbeidsdeskundige",
        f"Werknemer: {wn}, BSN: {b}", "Datum: 27 februari 2024",
        "## Functiebelasting versus belastbaarheid", "Monteur gemalen vraagt klimmen, tillen tot 25 kg en werk boven schouderhoogte: overschrijding.",
        "## Passend werk", "Binnen Rijnhoeve: medewerker telemetrie/meetnet (32 uur) is passend na scholing. Buiten: technisch werkvoorbereider.",
        "## Advies", "Spoor 1 ander werk binnen de organisatie; spoor 2 parallel starten als vangnet.",
    ], "2024-02-27", "H. Scholte")
    label("D", "Arbeidsdeskundig rapport Martins.pdf", "arbeidsdeskundig_rapport", "2024-02-27", "python-docx + LibreOffice PDF",
          "title 'Rapport arbeidsdeskundige'")

    ej = render_page([
        "Hoogheemraadschap Rijnhoeve", "", "# Evaluatie eerste ziektejaar", "",
        f"Werknemer: {wn}        BSN: {b}", "Datum gesprek: 12 maart 2024", "",
        "Terugblik: 32 uur werk op afstand, eigen werk als monteur niet haalbaar (AD 27-02-2024).",
        "Re-integratieresultaat jaar 2: vaste plaatsing als medewerker meetnet na scholing.",
        "Spoor 2 start in april via Werkbrug als vangnet.",
        "Visie werkgever: plaatsing binnen Rijnhoeve heeft de voorkeur.", "Visie werknemer: eens.", "",
        "F. Tichelaar                          R. Martins",
    ], hand={13: "F. Tichelaar        R Martins"}, seed=42)
    images_to_pdf([scan150(ej, 402)], target("D", "Scan 12-03.pdf"), "2024-03-12")
    label("D", "Scan 12-03.pdf", "eerstejaarsevaluatie", "2024-03-12", "Pillow image-only 150 dpi scan",
          "generic scanner name that only carries the scan date; title 'Evaluatie eerste ziektejaar'")

    eml(target("D", "intake Werkbrug.eml"), "Sanne Kuipers <s.kuipers@werkbrug.example>",
        "Fenna Tichelaar <f.tichelaar@rijnhoeve.example>", "Trajectplan Ricardo Martins", "2024-04-08", "16:02",
        f"Beste Fenna,\n\nNa de intake van 4 april stuur ik je het plan voor het tweede spoor van Ricardo (BSN: {b}).\n\n"
        "Persoonsprofiel: monteur met MBO-4 elektrotechniek, 19 jaar ervaring in pompen en besturingen.\n"
        "Zoekprofiel: werkvoorbereider, technisch tekenaar, storingsanalist op afstand; 32-40 uur; regio 30 km.\n"
        "Activiteiten: arbeidsmarktoriëntatie (4 weken), cv en LinkedIn, netwerkgesprekken, sollicitaties; maandelijkse voortgangsrapportage.\n"
        "Looptijd: 9 maanden.\n\nMet vriendelijke groet,\nSanne Kuipers\nLoopbaancoach, Werkbrug Re-integratie", 10)
    label("D", "intake Werkbrug.eml", "trajectplan_tweede_spoor", "2024-04-08", "Outlook eml",
          "the trajectplan is the body of the bureau's mail, no title")

    vr = render_page([
        "Werkbrug Re-integratie", "# Voortgangsrapportage tweede spoor", f"Kandidaat: {wn}   BSN: {b}",
        "Rapportageperiode: april - juni 2024", "Datum: 15 juli 2024", "",
        "Activiteiten: 6 coachgesprekken, 11 vacatures bekeken, 3 sollicitaties,",
        "2 netwerkgesprekken (drinkwaterbedrijf, ingenieursbureau).",
        "Stand: geen plaatsing; spoor 1 (meetnet) verloopt goed.", "", "S. Kuipers",
    ], seed=43)
    images_to_pdf([scanner_app(vr, 403, "Gemaakt met ScanFlow - pagina 1")], target("D", "Voortgangsrapportage juli.pdf"), "2024-07-15")
    label("D", "Voortgangsrapportage juli.pdf", "voortgangsrapportage_tweede_spoor", "2024-07-15",
          "Pillow phone scanner-app PDF with footer line", "scanner-app image PDF")

    lo_pdf(target("D", "Eindrapportage Werkbrug.pdf"), [
        "# Eindrapportage tweede spoor", "Werkbrug Re-integratie", f"Kandidaat: {wn}, BSN: {b}", "Datum: 16 december 2024",
        "## Resultaat", "Geen plaatsing buiten Rijnhoeve; Ricardo is per 1 november 2024 geplaatst als medewerker meetnet binnen de organisatie.",
        "## Inspanningen", "23 sollicitaties, 9 netwerkgesprekken, 2 sollicitatiegesprekken.", "## Afsluiting", "Traject afgesloten.",
    ], "2024-12-16", "S. Kuipers")
    label("D", "Eindrapportage Werkbrug.pdf", "eindrapportage_tweede_spoor", "2024-12-16", "python-docx + LibreOffice PDF", "standard")

    uw = render_page([
        "UWV", "", "De heer R. Martins", "Dijkgraafstraat 40", "2742 BL Rijnhoeve", "",
        "Datum: 10 december 2024", f"Burgerservicenummer: {b}", "", "Vraag een WIA-uitkering aan", "",
        "U bent bijna 2 jaar ziek. Wilt u een WIA-uitkering? Vraag die dan uiterlijk aan op",
        "7 januari 2025. Stuur het re-integratieverslag mee.", "", "Met vriendelijke groet,", "UWV",
    ], serif=True, seed=44)
    save_jpeg(phone_photo(uw, 404, contrast=0.6), target("D", "WhatsApp Image 2024-12-12 at 11.03.27.jpeg"))
    label("D", "WhatsApp Image 2024-12-12 at 11.03.27.jpeg", "uwv_correspondentie", "2024-12-10", "Pillow phone photo",
          "week-88 WIA letter photographed by the employee and sent by WhatsApp two days later")

    ao = render_page([
        "Arbeid & Gezondheid Kroonwijk", "", "# Actueel oordeel", "Datum: 23 december 2024", "",
        f"Werknemer: R. Martins, BSN: {b}", "",
        "Stand van zaken: werkt 36 uur als medewerker meetnet, passend werk.",
        "Belastbaarheid: ongewijzigd sinds de bijstelling van september 2023.",
        "Arbeidsrelatie: goed.", "Passende arbeid bij de werkgever: ja, de huidige functie (36 uur).",
        "Ten behoeve van de WIA-aanvraag.", "", ba,
    ], serif=True, seed=45)
    images_to_pdf([fax_then_scan(ao, "23/12/2024 15:02 FAX 0174-302918 A&G KROONWIJK -> HHR RIJNHOEVE P&O    1/1", 405)],
                  target("D", "Actueel oordeel.pdf"), "2024-12-23")
    label("D", "Actueel oordeel.pdf", "actueel_oordeel", "2024-12-23", "Pillow fax then 150 dpi scan", "faxed and scanned, fax header with date")

    lo_pdf(target("D", "Eindevaluatie Rijnhoeve.pdf"), [
        "# Eindevaluatie plan van aanpak", f"Werknemer: {wn}, BSN: {b}", "Datum: 9 januari 2025",
        "## Aard van het bedrijf", "Hoogheemraadschap Rijnhoeve: waterbeheer, zuivering en dijken, 520 medewerkers.",
        "## Terugblik", "Na schouderletsel geen terugkeer als monteur; na scholing per 1 november 2024 medewerker meetnet (36 uur).",
        "## Arbeidsrelatie en passende arbeid", "Goed; de functie meetnet is passend en structureel.",
        "F. Tichelaar, HR-adviseur                R. Martins",
    ], "2025-01-09", "F. Tichelaar")
    label("D", "Eindevaluatie Rijnhoeve.pdf", "eindevaluatie", "2025-01-09", "python-docx + LibreOffice PDF",
          "standard; dated after the application deadline in the UWV letter")

    ow = render_page([
        "Oordeel van de werknemer over het re-integratieverslag", "", f"Naam: R. Martins      BSN: {b}", "",
        "Ik ben het eens met het re-integratieverslag:   [X] ja    [ ] nee", "", "Toelichting:", "", "", "",
        "Datum: 13-01-2025          Handtekening:",
    ], hand={7: "Ik ben blij met mijn nieuwe functie.", 10: "R Martins"}, seed=46)
    images_to_pdf([scan150(ow, 406)], target("D", "oordeel werknemer Martins.pdf"), "2025-01-13")
    label("D", "oordeel werknemer Martins.pdf", "oordeel_werknemer", "2025-01-13", "Pillow image-only 150 dpi scan with handwriting",
          "form with a tick box and handwritten explanation")

    lo_pdf(target("D", "Functieomschrijving monteur gemalen.pdf"), [
        "# Functieomschrijving Monteur gemalen en stuwen", "Hoogheemraadschap Rijnhoeve - functiefamilie Techniek, schaal 8",
        "Doel: zorgt voor het onderhoud en de storingsafhandeling van gemalen, stuwen en inlaten.",
        "- preventief en correctief onderhoud", "- storingsdienst buiten kantooruren (1 op 5)", "- werken op hoogte en in besloten ruimten",
        "Vastgesteld 1 maart 2021",
    ], "2021-03-01", "P&O")
    label("D", "Functieomschrijving monteur gemalen.pdf", "", "", "python-docx + LibreOffice PDF", "non-RIV: job description")

    target("D", "kilometerdeclaratie.txt").write_text(
        "Declaratie reiskosten - R. Martins\n\n"
        "04-04-2024  Rijnhoeve - Werkbrug Leiderdorp v.v.  38 km\n"
        "18-04-2024  Rijnhoeve - Werkbrug Leiderdorp v.v.  38 km\n"
        "02-05-2024  Rijnhoeve - Werkbrug Leiderdorp v.v.  38 km\n\n"
        "Totaal 114 km x 0,23 = 26,22 euro\n", encoding="utf-8")
    label("D", "kilometerdeclaratie.txt", "", "", "plain text", "non-RIV: expense claim for travel to the second-track bureau")


DOSSIER_YAML = {
    "A": f"""werknemer: {{naam: "G. Hofstee", bsn: "{BSN['A']}", functie: "Schoonmaakmedewerker"}}
werkgever: {{naam: "Gemeente Brunsvoort", loonheffingennummer: "812345678L01", aard_van_het_bedrijf: "Gemeente, schoonmaakdienst"}}
bedrijfsarts: {{naam: "drs. J.P. Balkema", organisatie: "Gezond Werk Vechtdal"}}
casemanager: {{naam: "M. Landman"}}
eerste_ziektedag: 2024-02-05
aanvraag_wia: 2025-11-03
""",
    "C": f"""werknemer: {{naam: "S. Dijkema", bsn: "{BSN['C']}", functie: "Groepsleerkracht"}}
werkgever: {{naam: "Stichting Primair Onderwijs Lauwerdal", loonheffingennummer: "820133457L01", aard_van_het_bedrijf: "Primair onderwijs"}}
casemanager: {{naam: "M. Oosterhof"}}
eerste_ziektedag: 2024-09-02
""",
}


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    case_a(); case_b(); case_c(); case_d()
    for k, y in DOSSIER_YAML.items():
        target(k, "dossier.yaml").write_text(y, encoding="utf-8")
    # LibreOffice: one batch
    out = TMP / "lo"
    out.mkdir()
    subprocess.run(["soffice", "-env:UserInstallation=file://" + str(TMP / "profile"), "--headless", "--convert-to", "pdf",
                    "--outdir", str(out)] + [str(s) for s, _, _ in DOCX_TO_PDF], check=True, env=ENV,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for src, dst, date in DOCX_TO_PDF:
        shutil.copy(out / (src.stem + ".pdf"), dst)
        PDF_DATES[dst] = date
    for html, dst, date, footer in HTML_TO_PDF:
        h = TMP / (dst.stem.replace(" ", "_") + ".html")
        foot = footer.replace(" - [page]/[topage]", "").replace(" - pagina [page] van [topage]", "")
        h.write_text(html.replace("</body>", f"<p class='meta'>{foot}</p></body>"), encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "--quiet", "-s", "A4", str(h), str(dst)], check=True, env=ENV,
                       stderr=subprocess.DEVNULL)
        PDF_DATES[dst] = date
    for p, d in PDF_DATES.items():
        fix_pdf(p, d)
    for f in AFTER_PDF:
        f()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for path, typ, date, note in sorted(LABELS):
            w.writerow([path, typ, date, "holdout", note])
    shutil.rmtree(TMP)


if __name__ == "__main__":
    main()
