"""Generate tests/corpus28: an untouched holdout, a realistic MIX of week-88 dossier exports.

Run: /work/main/.venv/bin/python tests/corpus28/make_corpus28.py
Deletes and rewrites files/ and labels.csv. Deterministic: fixed seeds, no clock reads, fixed PDF metadata.
All people, companies, towns, numbers and mail domains are invented.
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
import zipfile
from email.charset import QP, Charset
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import docx
import img2pdf
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1767225600", LC_ALL="C.UTF-8")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"

LABELS: list[dict[str, str]] = []
DOCX_TO_PDF: list[tuple[Path, Path]] = []  # (docx source in tmp, pdf target)
TMP = Path(tempfile.mkdtemp(prefix="c28_"))


# ---------------------------------------------------------------- helpers
def elfproef(s: str) -> bool:
    return len(s) == 9 and s != "000000000" and sum(int(c) * w for c, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(seed: int) -> str:
    rng = random.Random(seed)
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            return s


def wd(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def nl(d: dt.date) -> str:
    m = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
         "november", "december"][d.month - 1]
    return f"{d.day} {m} {d.year}"


def dmy(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def label(case: str, rel: str, typ: str, date: dt.date | None, producer: str, trap: str) -> None:
    for part in (case, producer, trap):
        assert ";" not in part, part
    assert bool(typ) == bool(date), rel
    LABELS.append({"path": rel, "type": typ, "date": date.isoformat() if date else "", "split": "holdout",
                   "note": f"{case};{producer};{trap}"})


def out(rel: str) -> Path:
    p = FILES / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def normalize_pdf(p: Path, when: dt.date, producer: str, creator: str) -> None:
    stamp = f"D:{when:%Y%m%d}100000Z"
    with pikepdf.open(p, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if "/DocChecksum" in pdf.trailer:
            del pdf.trailer["/DocChecksum"]  # LibreOffice's per-run checksum
        if "/ID" in pdf.trailer:
            del pdf.trailer["/ID"]  # the producers' random first /ID element would survive deterministic_id
        # Qt names font subsets with a per-run tag (QNAAAA+, QTAAAA+): derive the tag from the font name instead
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                for key in ("/FontName", "/BaseFont"):
                    name = str(obj.get(key, ""))
                    if len(name) > 8 and name[7] == "+" and name[1:7].isalpha() and name[1:7].isupper():
                        digest = hashlib.md5(name[8:].encode()).digest()
                        tag = "".join(chr(65 + b % 26) for b in digest[:6])
                        obj[key] = pikepdf.Name("/" + tag + name[7:])
        pdf.trailer.Info = pdf.make_indirect(pikepdf.Dictionary(
            Producer=pikepdf.String(producer), Creator=pikepdf.String(creator),
            CreationDate=pikepdf.String(stamp), ModDate=pikepdf.String(stamp)))
        buf = io.BytesIO()
        pdf.save(buf, static_id=True, compress_streams=True)
    # QPDF's fixed test /ID is replaced (same length, so offsets stay valid) by the MD5 of the written file: a
    # content-derived /ID (pikepdf's deterministic_id still varied between runs for LibreOffice/Qt input here)
    data = buf.getvalue()
    with pikepdf.open(io.BytesIO(data)) as chk:
        static_hex = bytes(chk.trailer.ID[0]).hex().encode()
    assert data.count(static_hex) == 2, p
    p.write_bytes(data.replace(static_hex, hashlib.md5(data).hexdigest().encode()))


def fix_zip(p: Path) -> None:
    """python-docx stamps the zip members with the clock; rewrite them with a fixed time."""
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def make_docx(path: Path, blocks: list, when: dt.date, author: str, header: str | None = None) -> None:
    """blocks: ('h', text) | ('p', text) | ('b', text) | ('table', rows) | ('li', text)"""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    t0 = dt.datetime(when.year, when.month, when.day, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = t0
    cp.modified = t0
    cp.last_printed = t0
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
        else:
            d.add_paragraph(val)
    d.save(path)
    fix_zip(path)


def docx_pdf(rel: str, blocks: list, when: dt.date, author: str, header: str | None = None) -> None:
    src = TMP / "lo_src" / (Path(rel).stem.replace(" ", "_") + f"_{len(DOCX_TO_PDF)}.docx")
    src.parent.mkdir(parents=True, exist_ok=True)
    make_docx(src, blocks, when, author, header)
    DOCX_TO_PDF.append((src, out(rel), when))


def run_soffice() -> None:
    srcdir = TMP / "lo_src"
    outdir = TMP / "lo_out"
    outdir.mkdir(exist_ok=True)
    prof = TMP / "lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(s) for s, _, _ in DOCX_TO_PDF],
                   check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=srcdir)
    for src, target, when in DOCX_TO_PDF:
        shutil.copyfile(outdir / (src.stem + ".pdf"), target)
        normalize_pdf(target, when, "LibreOffice 7.4", "Writer")


def html_pdf(rel: str, html: str, when: dt.date, creator: str = "wkhtmltopdf 0.12.6") -> Path:
    src = TMP / (Path(rel).stem.replace(" ", "_") + f"_{len(LABELS)}.html")
    src.write_text(html, encoding="utf-8")
    p = out(rel)
    subprocess.run(["wkhtmltopdf", "--quiet", "-s", "A4", "--encoding", "utf-8", str(src), str(p)], check=True,
                   env=ENV)
    normalize_pdf(p, when, "Qt 4.8.7", creator)
    return p


PORTAL_CSS = """<style>body{font-family:DejaVu Sans,Arial;font-size:11pt;margin:0}
.bar{background:#1d5f4a;color:#fff;padding:10px 18px;font-size:13pt}.bar small{float:right;font-size:9pt}
.c{padding:6px 22px}table{border-collapse:collapse;width:100%}td{border:1px solid #bbb;padding:4px 6px;
vertical-align:top}td.l{width:32%;background:#eef3f1}h1{font-size:16pt;color:#1d5f4a}h2{font-size:12pt}
.foot{font-size:8pt;color:#666;border-top:1px solid #ccc;margin-top:20px;padding-top:4px}
.pb{page-break-before:always}</style>"""


def portal(bar: str, right: str, body: str) -> str:
    return (f"<html><head><meta charset='utf-8'>{PORTAL_CSS}</head><body><div class='bar'>{bar}"
            f"<small>{right}</small></div><div class='c'>{body}</div></body></html>")


def kv(rows: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><td class='l'>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"


def paras(*ps: str) -> str:
    return "".join(f"<p>{p}</p>" for p in ps)


# ---------------------------------------------------------------- page images (scans, faxes, photos)
W, H = 992, 1403  # A4 at 120 dpi


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def render_page(lines: list[tuple[str, str]], serif: bool = False) -> Image.Image:
    """lines: (style, text); style in h, b, n, s, hand, sig, gap, rule."""
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    base = FONTS if serif else FONT
    fonts = {"h": _font(FONTB, 26), "b": _font(FONTB, 17), "n": _font(base, 17), "s": _font(base, 13),
             "hand": _font(HAND, 30), "sig": _font(HAND, 44), "m": _font(FONTM, 14)}
    y = 80
    for style, text in lines:
        if style == "gap":
            y += 18
            continue
        if style == "rule":
            dr.line([(90, y + 6), (W - 90, y + 6)], fill=60, width=2)
            y += 18
            continue
        f = fonts[style]
        words = text.split(" ")
        line = ""
        maxw = W - 180
        for wdd in words + [None]:
            trial = (line + " " + wdd).strip() if wdd is not None else None
            if wdd is not None and dr.textlength(trial, font=f) <= maxw:
                line = trial
                continue
            dr.text((90 + (12 if style == "hand" else 0), y), line, font=f, fill=30 if style != "hand" else 55)
            y += int(f.size * (1.5 if style not in ("hand", "sig") else 1.2))
            line = wdd or ""
    return img


def stamp(img: Image.Image, text: str, xy: tuple[int, int], angle: float) -> Image.Image:
    s = Image.new("L", (430, 110), 0)
    d = ImageDraw.Draw(s)
    d.rectangle([3, 3, 426, 106], outline=255, width=5)
    d.text((22, 30), text, font=_font(FONTB, 32), fill=255)
    s = s.rotate(angle, expand=True, resample=Image.BICUBIC)
    ink = Image.new("L", s.size, 95)
    img.paste(ink, xy, s)
    return img


def scanify(img: Image.Image, seed: int, angle: float = 0.6) -> Image.Image:
    rng = random.Random(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(500):
        x, y = rng.randrange(W), rng.randrange(H)
        px[x, y] = rng.randint(60, 180)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img.point(lambda v: 245 if v > 225 else v)


def faxify(img: Image.Image, header: str, seed: int) -> Image.Image:
    d = ImageDraw.Draw(img)
    d.text((30, 22), header, font=_font(FONTM, 14), fill=0)
    img = img.resize((W, H // 2)).resize((W, H))
    img = scanify(img, seed, 0.3)
    return img.point(lambda v: 255 if v > 150 else 0, mode="1")


def img_pdf(rel: str, pages: list[Image.Image], when: dt.date, creator: str) -> None:
    bufs = []
    for pg in pages:
        b = io.BytesIO()
        if pg.mode == "1":
            pg.save(b, format="PNG", optimize=True)
        else:
            pg.save(b, format="JPEG", quality=45, optimize=True)
        bufs.append(b.getvalue())
    p = out(rel)
    p.write_bytes(img2pdf.convert(bufs, layout_fun=img2pdf.get_fixed_dpi_layout_fun((120, 120))))
    normalize_pdf(p, when, creator, creator)


def photo(rel: str, page: Image.Image, seed: int, bg=(120, 96, 70), angle: float = -3.0) -> None:
    rng = random.Random(seed)
    pg = page.convert("RGB").resize((700, 990))
    canvas = Image.new("RGB", (900, 1200), bg)
    dr = ImageDraw.Draw(canvas)
    for i in range(0, 1200, 6):  # wood/table grain
        c = tuple(max(0, v - rng.randint(0, 18)) for v in bg)
        dr.line([(0, i), (900, i + rng.randint(-4, 4))], fill=c, width=3)
    shadow = Image.new("RGB", pg.size, (40, 35, 30))
    mask = Image.new("L", pg.size, 255).rotate(angle, expand=True)
    canvas.paste(shadow.rotate(angle, expand=True), (112, 118), mask)
    canvas.paste(pg.rotate(angle, expand=True, fillcolor=bg), (95, 100), mask)
    warm = Image.new("RGB", canvas.size, (255, 236, 200))
    canvas = Image.blend(canvas, warm, 0.12).filter(ImageFilter.GaussianBlur(0.8))
    canvas.save(out(rel), format="JPEG", quality=55, optimize=True)


def laptop_photo(rel: str, screen: Image.Image, seed: int) -> None:
    rng = random.Random(seed)
    canvas = Image.new("RGB", (1200, 900), (70, 66, 60))
    dr = ImageDraw.Draw(canvas)
    dr.rounded_rectangle([70, 40, 1130, 760], radius=24, fill=(18, 18, 20))
    scr = screen.convert("RGB").resize((980, 640))
    sd = ImageDraw.Draw(scr)
    for y in range(0, 640, 3):
        sd.line([(0, y), (980, y)], fill=(230, 230, 235) if rng.random() < 0.02 else None)
    canvas.paste(scr, (110, 80))
    dr.polygon([(20, 770), (1180, 770), (1200, 860), (0, 860)], fill=(150, 150, 155))
    glare = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(glare).ellipse([650, 60, 1100, 400], fill=70)
    canvas = Image.composite(Image.new("RGB", canvas.size, (255, 255, 255)), canvas, glare.filter(ImageFilter.GaussianBlur(60)))
    canvas = canvas.rotate(2.5, resample=Image.BICUBIC, fillcolor=(70, 66, 60)).filter(ImageFilter.GaussianBlur(1.0))
    canvas.save(out(rel), format="JPEG", quality=55, optimize=True)


def screen_page(title_bar: str, lines: list[tuple[str, str]]) -> Image.Image:
    img = Image.new("RGB", (1280, 836), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 1280, 40], fill=(222, 222, 226))
    d.text((16, 10), "https://werkgeversportaal.uwv.example/ziekmelding/overzicht", font=_font(FONT, 16), fill=(60, 60, 60))
    d.rectangle([0, 40, 1280, 110], fill=(0, 78, 140))
    d.text((30, 60), title_bar, font=_font(FONTB, 26), fill=(255, 255, 255))
    y = 140
    for style, t in lines:
        f = _font(FONTB if style == "b" else FONT, 24 if style == "b" else 20)
        d.text((40, y), t, font=f, fill=(20, 20, 20))
        y += 38
    return img


# ---------------------------------------------------------------- e-mail
def _txt(body: str) -> MIMEText:
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return MIMEText(body, "plain", cs)


def eml(rel: str, frm: str, to: str, subject: str, when: dt.datetime, body: str, msgid: str,
        attachments: list[tuple[str, bytes]] | None = None, cc: str | None = None) -> None:
    for a in [frm, to] + ([cc] if cc else []):
        assert a.rstrip(">").endswith(".example"), a
    if attachments:
        msg = MIMEMultipart("mixed", boundary=f"----=_NextPart_{msgid[:8]}_000")
        msg.attach(_txt(body))
        for name, data in attachments:
            part = MIMEApplication(data, "pdf", name=name)
            part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
    else:
        msg = _txt(body)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S +0100")
    msg["Message-ID"] = f"<{msgid}@mail.outlook.example>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    out(rel).write_bytes(msg.as_bytes())


def at(d: dt.date, h: int, m: int) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, h, m)


def sign_block(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = [("gap", "")]
    for who, sig in names:
        lines += [("n", who), ("sig", sig), ("rule", "")]
    return lines


# ================================================================ case A: supermarket, numbered export tree
def case_a() -> None:
    C = "A"
    F = "Kroonenberg Supermarkten - S. Ouwerkerk"
    bsn = make_bsn(2801)
    B = f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    d0 = dt.date(2024, 2, 12)
    o = lambda n: wd(d0 + dt.timedelta(days=n))  # noqa: E731
    pa, pva, ev1, ev2, bpa, zm, eje, tp, vg, brief, ao, ev, ow = (
        o(37), o(48), o(99), o(141), o(182), o(294), o(343), o(380), o(470), o(611), o(618), o(629), o(636))
    wn = "Sandra Ouwerkerk"
    ba = "M.H. Wijffels, bedrijfsarts (BIG 19012345601), ArboKlaver"
    cm = "Ingrid Smallegange, HR-adviseur / casemanager"

    # loose: the employee's view as a mail body
    eml(f"{F}/Mail Sandra - mijn reactie op het verslag.eml", "Sandra Ouwerkerk <sandra.ouwerkerk@kpnmail.example>",
        "Ingrid Smallegange <i.smallegange@kroonenberg-super.example>", "mijn reactie op het verslag", at(ow, 21, 14),
        f"Hoi Ingrid,\n\nJe vroeg of ik alles wilde lezen wat naar het UWV gaat. Dat heb ik gedaan, hieronder mijn "
        f"reactie, die mag je er zo bij doen.\n\nIk ben het eens met wat Maarten Wijffels schrijft over wat ik nog kan. "
        f"Tillen van kratten en het vullen van de koeling lukt gewoon niet meer, achter de kassa zitten gaat wel 3 uur "
        f"achter elkaar.\nWat ik minder vind kloppen is het stuk in de eindevaluatie dat ik 'weinig initiatief' zou "
        f"hebben getoond bij het tweede spoor. Ik heb 14 keer gesolliciteerd en ben naar alle afspraken bij Werkpad "
        f"geweest. Dat wil ik wel gezegd hebben.\nVerder vind ik dat de winkel echt zijn best heeft gedaan, vooral "
        f"Henk van het filiaal.\n\nDus: eens met het verslag, behalve dat ene punt.\n\nGroet,\nSandra Ouwerkerk\n"
        f"BSN: {bsn}\n", "c28a0ow")
    label(C, f"{F}/Mail Sandra - mijn reactie op het verslag.eml", "oordeel_werknemer", ow, "Outlook eml",
          "loose mail at the case root whose body is the employee's view, no title, 'eens behalve'")

    pg = render_page([("b", "ROOSTER VERS wk 10"), ("n", "ma 4/3  Henk   07:00-15:30"), ("n", "di 5/3  Priya 07:00-15:30"),
                      ("n", "wo 6/3  Henk   07:00-15:30"), ("n", "do 7/3  Sandra -- ziek"), ("n", "vr 8/3  Joost 06:30-15:00"),
                      ("hand", "Sandra nog ziek, invalkracht via uitzendbureau"), ("hand", "graag doorzetten naar Ingrid")])
    photo(f"{F}/IMG_20240304_0912.jpg", pg, 11, bg=(180, 180, 176), angle=4)
    label(C, f"{F}/IMG_20240304_0912.jpg", "", None, "Pillow phone photo", "non-RIV: work roster on a notice board with 'ziek' in handwriting")

    (out(f"{F}/01_Ziekmelding/2024-02-12_ziekmelding_intern.txt")).write_text(
        f"VERZUIMREGISTRATIE - export personeelssysteem\r\nMedewerker: {wn}   Personeelsnr: 40217\r\n"
        f"BSN: {bsn}\r\nFiliaal: Marktplein Haaksbergveen\r\nDatum ziekmelding: {dmy(d0)}  tijd 06:52\r\n"
        f"Gemeld bij: Henk Roelofsen (bedrijfsleider vers)\r\nVerwachte duur: onbekend\r\nBedrijfsongeval: nee\r\n"
        f"Verkeersongeval derde aansprakelijk: nee\r\nBereikbaar op: 06-12345678 (thuisadres)\r\n"
        f"Doorgezet naar ArboKlaver: {dmy(d0 + dt.timedelta(days=1))}\r\n", encoding="utf-8")
    label(C, f"{F}/01_Ziekmelding/2024-02-12_ziekmelding_intern.txt", "", None, "plain text export",
          "non-RIV: internal sick report, the date in the name is the first sick day")

    html_pdf(f"{F}/02_Probleemanalyse/Probleemanalyse - ArboKlaver.pdf", portal(
        "ArboKlaver Dossier", f"Dossiernr 2024-0217 | afgedrukt {dmy(pa)}",
        "<h1>Probleemanalyse</h1>" + kv([("Werknemer", wn), ("BSN", bsn), ("Werkgever", "Kroonenberg Supermarkten B.V."),
                                          ("Functie", "Medewerker versafdeling, 30 uur"), ("Eerste ziektedag", dmy(d0)),
                                          ("Spreekuur", dmy(pa)), ("Opgesteld door", ba)]) +
        "<h2>Oordeel</h2>" + paras(
            "Er is sprake van dreigend langdurig verzuim. Werknemer is beperkt belastbaar door klachten van de lage rug; "
            "de medische gegevens blijven bij de bedrijfsarts.",
            "Beperkingen: tillen boven 10 kg, langdurig bukken en reiken onder kniehoogte, werken in de koel- en vriescel "
            "langer dan 15 minuten. Mogelijkheden: licht werk in afwisselende houding, kassawerk, 3 uur per dienst.") +
        "<h2>Prognose en advies</h2>" + paras(
            "De prognose is redelijk; herstel verwacht ik in maanden, niet weken. Advies aan werkgever en werknemer: "
            "maak binnen twee weken een plan van aanpak, start met aangepast werk aan de kassa 3x3 uur per week en bouw "
            "op in overleg. Evaluatie bij mij over 6 weken.") +
        "<div class='foot'>ArboKlaver B.V. - Postbus 4410, Haaksbergveen - dit document bevat geen medische gegevens</div>"),
        pa)
    label(C, f"{F}/02_Probleemanalyse/Probleemanalyse - ArboKlaver.pdf", "probleemanalyse", pa, "wkhtmltopdf portal print",
          "standard title in a numbered export folder")

    pva_blocks = [
        ("h", "Plan van aanpak"),
        ("table", [["Werknemer", wn], ["BSN", bsn], ["Functie", "Medewerker versafdeling (30 uur)"],
                   ["Eerste ziektedag", dmy(d0)], ["Probleemanalyse", f"{dmy(pa)}, M.H. Wijffels"],
                   ["Casemanager", "Ingrid Smallegange"]]),
        ("h2", "Doel"), ("p", "Terugkeer in het eigen werk op de versafdeling, zo nodig eerst aangepast. Doel voor de "
                              "komende 3 maanden: 18 uur per week werken."),
        ("h2", "Afspraken"),
        ("li", f"Sandra start op {dmy(pva + dt.timedelta(days=5))} met kassawerk, 3x3 uur per week (Henk maakt het rooster)."),
        ("li", "Geen werk in de koelcel en geen kratten tillen tot de volgende evaluatie."),
        ("li", "Iedere 3 weken een kort gesprek met Henk; elke 6 weken evaluatie met Ingrid."),
        ("li", "Sandra houdt haar afspraken bij de fysiotherapeut zelf bij, de inhoud blijft bij haar."),
        ("h2", "Visie werkgever"), ("p", "Wij willen Sandra graag behouden; kassawerk is altijd mogelijk."),
        ("h2", "Visie werknemer"), ("p", "Ik wil terug naar de vers, maar snap dat het eerst rustig moet."),
        ("p", f"Haaksbergveen, {nl(pva)}"),
        ("p", "Werkgever: I. Smallegange ....................    Werknemer: S. Ouwerkerk ...................."),
    ]
    make_docx(out(f"{F}/03_Plan van aanpak/Plan van aanpak Sandra Ouwerkerk.docx"), pva_blocks, pva, "Ingrid Smallegange")
    label(C, f"{F}/03_Plan van aanpak/Plan van aanpak Sandra Ouwerkerk.docx", "plan_van_aanpak", pva, "python-docx Word",
          "Word original of a plan that is also in the folder as a signed scan (duplicate in two formats)")
    p1 = render_page([("h", "Plan van aanpak"), ("n", f"Werknemer: {wn}    BSN: {B}"),
                      ("n", "Functie: Medewerker versafdeling (30 uur)"), ("n", f"Eerste ziektedag: {dmy(d0)}"),
                      ("n", f"Probleemanalyse: {dmy(pa)}, M.H. Wijffels"), ("n", "Casemanager: Ingrid Smallegange"),
                      ("b", "Doel"), ("n", "Terugkeer in het eigen werk op de versafdeling, zo nodig eerst aangepast."),
                      ("b", "Afspraken"), ("n", "- kassawerk 3x3 uur per week; geen koelcel, geen kratten"),
                      ("n", "- iedere 3 weken gesprek met Henk, elke 6 weken evaluatie met Ingrid"),
                      ("b", "Visie werkgever / werknemer"), ("n", "zie Word-versie, ongewijzigd"),
                      ("n", f"Haaksbergveen, {nl(pva)}")] +
                     sign_block([("Werkgever: I. Smallegange", "I. Smallegange"), ("Werknemer: S. Ouwerkerk", "S. Ouwerkerk")]))
    img_pdf(f"{F}/03_Plan van aanpak/Plan van aanpak Sandra Ouwerkerk getekend.pdf", [scanify(p1, 12)], pva, "Canon iR-ADV C3826")
    label(C, f"{F}/03_Plan van aanpak/Plan van aanpak Sandra Ouwerkerk getekend.pdf", "plan_van_aanpak", pva,
          "Pillow image-only copier scan", "signed duplicate of the Word plan, image only, same date")

    p = render_page([("n", f"{dmy(ev1)} gesprek Sandra / Ingrid / Henk"), ("gap", ""),
                     ("n", "Kassa gaat goed, 3x3 uur is volgehouden. Geen uitval."),
                     ("n", "Rug nog gevoelig na 3 uur zitten, wisselen met zelfscan-hosting werkt beter."),
                     ("n", "Afspraak: vanaf volgende week 3x4 uur, nog geen koelcel."),
                     ("n", "Volgende keer bedrijfsarts mee laten kijken naar opbouw."),
                     ("hand", "+ Sandra vraagt of ze zaterdag kan ipv maandag -> ok Henk"),
                     ("hand", "volgend gesprek 2 juli"), ("gap", ""), ("n", "Ingrid S.")])
    img_pdf(f"{F}/04_Evaluaties/2024-05-21_scan.pdf", [scanify(p, 13, -0.8)], ev1, "Canon iR-ADV C3826")
    label(C, f"{F}/04_Evaluaties/2024-05-21_scan.pdf", "tussentijdse_evaluatie", ev1, "Pillow image-only copier scan",
          "untitled meeting note with handwritten additions, no BSN in text, date only in the first line and name")

    eml(f"{F}/04_Evaluaties/RE_ afspraken uitbreiding uren.eml", "Ingrid Smallegange <i.smallegange@kroonenberg-super.example>",
        "Sandra Ouwerkerk <sandra.ouwerkerk@kpnmail.example>", "RE: afspraken uitbreiding uren", at(ev2 + dt.timedelta(days=1), 9, 3),
        f"Dank je Sandra, dan zetten we het zo in het dossier.\n\nIngrid\n\n"
        f"Van: Sandra Ouwerkerk <sandra.ouwerkerk@kpnmail.example>\nVerzonden: {dmy(ev2)} 19:40\n"
        f"Aan: Ingrid Smallegange\nOnderwerp: RE: afspraken uitbreiding uren\n\nKlopt zo, akkoord.\nSandra\n\n"
        f"Van: Ingrid Smallegange\nVerzonden: {dmy(ev2)} 15:12\nAan: Sandra Ouwerkerk\nCc: Henk Roelofsen\n"
        f"Onderwerp: afspraken uitbreiding uren\n\nHoi Sandra,\n\nFijn dat we vandaag weer even bij elkaar zaten. "
        f"Kort wat we bespraken (BSN {bsn}):\n- de 3x4 uur kassa ging de afgelopen 6 weken goed, je bent niet uitgevallen;\n"
        f"- het aanvullen van droge kruidenierswaren in de ochtend lukt nog niet, de rug speelt dan op;\n"
        f"- we gaan naar 4x4 uur, waarvan 1 dienst bij de zelfscan;\n- de afspraak met de bedrijfsarts staat op 12 augustus.\n"
        f"Over 6 weken kijken we weer samen hoe het gaat. Laat je weten of dit klopt?\n\nGroet,\nIngrid Smallegange\n"
        f"HR-adviseur Kroonenberg Supermarkten\n", "c28a0eval2")
    label(C, f"{F}/04_Evaluaties/RE_ afspraken uitbreiding uren.eml", "tussentijdse_evaluatie", ev2, "Outlook eml reply chain",
          "reply chain: the evaluation is the quoted first message, the newest message is a day later (dated by the meeting)")

    html_pdf(f"{F}/05_Bedrijfsarts/Alle documenten dossier 2024-0217.pdf", portal(
        "ArboKlaver Dossier", f"Export alle documenten | dossier 2024-0217 | {dmy(bpa)}",
        "<h1>Bijstelling probleemanalyse</h1>" + kv([("Werknemer", wn), ("BSN", bsn), ("Datum", dmy(bpa)), ("Opgesteld door", ba)]) +
        paras("Aanleiding: de opbouw stagneert sinds juli; werknemer blijft steken op 16 uur.",
              "Gewijzigde belastbaarheid: tillen tot 5 kg, zitten en staan afwisselend, maximaal 4 uur per dienst, 4 dagen. "
              "Terugkeer in het eigen werk op de versafdeling acht ik op termijn niet meer realistisch.",
              "Advies: stel het plan van aanpak bij; onderzoek passend werk binnen de winkel (kassa, zelfscan, "
              "servicebalie) en laat een arbeidsdeskundige meekijken. Ik zie werknemer over 8 weken terug.") +
        "<div class='pb'></div><h1>Inzetbaarheidsprofiel</h1>" + kv([("Werknemer", wn), ("BSN", bsn), ("Datum", dmy(bpa))]) +
        "<table><tr><td class='l'>Persoonlijk functioneren</td><td>geen beperkingen</td></tr>"
        "<tr><td class='l'>Sociaal functioneren</td><td>geen beperkingen</td></tr>"
        "<tr><td class='l'>Fysieke omgevingseisen</td><td>niet in koude (koel-/vriescel)</td></tr>"
        "<tr><td class='l'>Dynamische handelingen</td><td>tillen max 5 kg; niet frequent bukken</td></tr>"
        "<tr><td class='l'>Statische houdingen</td><td>zitten 1 uur aaneen, afwisselen</td></tr>"
        "<tr><td class='l'>Werktijden</td><td>4 uur per dag, 4 dagen per week</td></tr></table>"), bpa)
    label(C, f"{F}/05_Bedrijfsarts/Alle documenten dossier 2024-0217.pdf", "bijstelling_probleemanalyse", bpa,
          "wkhtmltopdf combined portal export", "combined export: bijstelling PA then inzetbaarheidsprofiel - labelled by its FIRST document")

    html_pdf(f"{F}/06_UWV/DOC-000418.pdf", portal(
        "UWV Werkgeversportaal", f"Afgedrukt {dmy(zm)}",
        "<h1>Bevestiging ziekmelding langdurig zieke werknemer</h1>" +
        paras("U heeft de volgende ziekmelding doorgegeven. Bewaar deze bevestiging bij uw administratie.") +
        kv([("Loonheffingennummer", "8123.45.678.L01"), ("Werkgever", "Kroonenberg Supermarkten B.V."),
            ("Burgerservicenummer", bsn), ("Naam werknemer", "S. Ouwerkerk"), ("Eerste ziektedag", dmy(d0)),
            ("Datum melding", dmy(zm)), ("Referentie", "ZM-7731-0924")]) +
        paras("Binnenkort ontvangt de werknemer informatie over de eerstejaarsevaluatie.")), zm, creator="wkhtmltopdf 0.12.6 (portal print)")
    label(C, f"{F}/06_UWV/DOC-000418.pdf", "ziekmelding_uwv", zm, "wkhtmltopdf UWV portal print",
          "DMS-renamed file (DOC-000418) in a folder that also holds the UWV letter")

    docx_pdf(f"{F}/07_Eerstejaarsevaluatie/pva.pdf", [
        ("p", "Kroonenberg Supermarkten B.V. - Personeelszaken"),
        ("h", "Eerstejaarsevaluatie"),
        ("table", [["Werknemer", wn], ["BSN", bsn], ["Eerste ziektedag", dmy(d0)], ["Datum gesprek", dmy(eje)],
                   ["Aanwezig", "S. Ouwerkerk, I. Smallegange, H. Roelofsen"]]),
        ("h2", "Terugblik eerste ziektejaar"),
        ("p", "Sandra werkt nu 4x4 uur aan de kassa en de zelfscan. Terugkeer op de versafdeling lukt niet; de bijstelling "
              "van de probleemanalyse van " + dmy(bpa) + " bevestigt dat. Het arbeidsdeskundig onderzoek is uitgesteld "
              "tot Sandra meer uren draait."),
        ("h2", "Gewenst resultaat tweede ziektejaar"),
        ("p", "Spoor 1: structureel 16 uur kassawerk in ons filiaal (aangepast werk). Spoor 2: omdat 30 uur in eigen "
              "bedrijf niet haalbaar is, starten we een tweede spoor bij Werkpad Re-integratie voor de overige uren."),
        ("h2", "Visie werkgever"), ("p", "Meer dan 16 uur kassa kunnen wij niet bieden zonder anderen uren af te nemen."),
        ("h2", "Visie werknemer"), ("p", "Sandra wil liever alle uren bij Kroonenberg, maar werkt mee aan spoor 2."),
        ("p", f"Getekend Haaksbergveen, {nl(eje)} - I. Smallegange / S. Ouwerkerk"),
    ], eje, "Ingrid Smallegange")
    label(C, f"{F}/07_Eerstejaarsevaluatie/pva.pdf", "eerstejaarsevaluatie", eje, "python-docx + LibreOffice PDF",
          "misleading name pva.pdf, the file is the first-year evaluation (standard title inside)")

    docx_pdf(f"{F}/08_Tweede spoor/Trajectplan Werkpad - S Ouwerkerk.pdf", [
        ("p", "Werkpad Re-integratie - Vestiging Haaksbergveen"),
        ("h", "Trajectplan re-integratie tweede spoor"),
        ("table", [["Kandidaat", wn], ["BSN", bsn], ["Opdrachtgever", "Kroonenberg Supermarkten B.V."],
                   ["Loopbaancoach", "Ruben Achterberg"], ["Intakegesprek", dmy(tp - dt.timedelta(days=7))], ["Datum plan", dmy(tp)]]),
        ("h2", "Persoonsprofiel"), ("p", "22 jaar ervaring in de supermarkt, vriendelijk naar klanten, rekenvaardig, "
                                         "kassasysteem, geen rijbewijs B. Belastbaarheid volgens inzetbaarheidsprofiel."),
        ("h2", "Zoekprofiel"), ("p", "Zittend/wisselend klantcontactwerk, 14 uur, binnen 10 km fietsen: baliewerk, "
                                     "receptie sportschool, kassa bouwmarkt, klantenservice."),
        ("h2", "Activiteiten"), ("li", "arbeidsmarktoriëntatie en cv (weken 1-4)"), ("li", "sollicitatietraining (weken 3-6)"),
        ("li", "minimaal 2 sollicitaties per maand; maandelijkse voortgangsrapportage aan werkgever"),
        ("p", f"Voor akkoord: R. Achterberg (Werkpad), S. Ouwerkerk, {dmy(tp)}"),
    ], tp, "R. Achterberg")
    label(C, f"{F}/08_Tweede spoor/Trajectplan Werkpad - S Ouwerkerk.pdf", "trajectplan_tweede_spoor", tp,
          "python-docx + LibreOffice PDF", "bureau plan with intake date one week before the plan date")

    docx_pdf(f"{F}/08_Tweede spoor/voortgang.pdf", [
        ("p", "Werkpad Re-integratie"),
        ("b", f"Rapportage {wn} - periode {dmy(vg - dt.timedelta(days=60))} t/m {dmy(vg)}"),
        ("p", f"BSN: {bsn}    Opdrachtgever: Kroonenberg Supermarkten B.V."),
        ("p", "In deze periode heeft Sandra 6 sollicitaties verstuurd (2 bouwmarkten, 1 sportschool, 2 zorginstellingen "
              "receptie, 1 gemeente). Eén gesprek bij Bouwmarkt Tilstra, afgewezen wegens uren. Netwerkgesprek met de "
              "buurthuiscoördinator: mogelijk vrijwilligerswerk als opstap."),
        ("p", "Inzet: goed, komt afspraken na. Aandachtspunt: Sandra zoekt vooral binnen haar eigen dorp."),
        ("p", "Volgende periode: vacatures klantenservice (telefonisch, zittend) meenemen; werkervaringsplek verkennen."),
        ("p", f"R. Achterberg, loopbaancoach - {dmy(vg)}"),
    ], vg, "R. Achterberg")
    label(C, f"{F}/08_Tweede spoor/voortgang.pdf", "voortgangsrapportage_tweede_spoor", vg, "python-docx + LibreOffice PDF",
          "no type title, only 'Rapportage ... periode'")

    p = render_page([("b", "UWV"), ("s", "Postbus 58211, 1040 HE Amsterdam (fictief)"), ("gap", ""),
                     ("n", "Mevrouw S. Ouwerkerk"), ("n", "Brinkstraat 14"), ("n", "7481 KT Haaksbergveen"), ("gap", ""),
                     ("n", f"Datum {nl(brief)}"), ("n", f"Burgerservicenummer {B}"), ("n", "Ons kenmerk WIA-88-55201"),
                     ("b", "Onderwerp: U kunt een WIA-uitkering aanvragen"), ("gap", ""),
                     ("n", f"Beste mevrouw Ouwerkerk, u bent sinds {nl(d0)} ziek. Als u nog steeds ziek bent aan het einde "
                           "van de wachttijd van 104 weken, kunt u een WIA-uitkering aanvragen. Doe dat uiterlijk 11 weken "
                           "voor het einde van de wachttijd. Uw werkgever stuurt het re-integratieverslag; u ontvangt een kopie."),
                     ("n", "Met vriendelijke groet, UWV")])
    p = stamp(p, "ONTVANGEN " + ["", "JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"][
        (brief + dt.timedelta(days=3)).month] + f" {(brief + dt.timedelta(days=3)).day} {(brief).year}", (480, 140), 8)
    img_pdf(f"{F}/06_UWV/AO.pdf", [scanify(p, 14, 0.9)], brief, "Canon iR-ADV C3826")
    label(C, f"{F}/06_UWV/AO.pdf", "uwv_correspondentie", brief, "Pillow image-only scan with stamp",
          "misleading name AO.pdf holds the UWV week-88 WIA letter, received stamp 3 days after the letter date")

    html_pdf(f"{F}/09_Eindfase/Actueel oordeel bedrijfsarts.pdf", portal(
        "ArboKlaver Dossier", f"Dossiernr 2024-0217 | afgedrukt {dmy(ao)}",
        "<h1>Actueel oordeel</h1>" + kv([("Werknemer", wn), ("BSN", bsn), ("Datum", dmy(ao)), ("Opgesteld door", ba),
                                          ("Ten behoeve van", "WIA-aanvraag / re-integratieverslag")]) +
        paras("Stand van zaken: werknemer werkt 16 uur per week (4x4) aan de kassa en de zelfscan; dat is stabiel sinds "
              "maanden. Verdere opbouw verwacht ik niet.",
              "Belastbaarheid: ongewijzigd ten opzichte van het inzetbaarheidsprofiel van " + dmy(bpa) + ".",
              "Arbeidsrelatie: goed, geen verstoring. Passende arbeid bij de werkgever: de huidige 16 uur kassawerk is "
              "passend; meer uren passend werk zijn er volgens werkgever niet.")), ao)
    label(C, f"{F}/09_Eindfase/Actueel oordeel bedrijfsarts.pdf", "actueel_oordeel", ao, "wkhtmltopdf portal print",
          "standard title, dated after the WIA letter in AO.pdf")

    ev_blocks = [
        ("h", "Eindevaluatie"),
        ("table", [["Werknemer", wn], ["BSN", bsn], ["Werkgever", "Kroonenberg Supermarkten B.V."],
                   ["Datum", dmy(ev)], ["Casemanager", "Ingrid Smallegange"]]),
        ("h2", "Aard van het bedrijf"), ("p", "Familiebedrijf met drie supermarkten, 140 medewerkers, veel parttimers en "
                                             "scholieren; vers, kassa, vakkenvullen, servicebalie."),
        ("h2", "Terugblik"), ("p", "Na twee jaar werkt Sandra 16 uur per week structureel aan de kassa. Het tweede spoor bij "
                                   "Werkpad heeft nog geen werk voor de overige uren opgeleverd; volgens Werkpad toonde "
                                   "Sandra weinig initiatief."),
        ("h2", "Arbeidsrelatie en passende arbeid"), ("p", "De arbeidsrelatie is goed. Meer passend werk dan 16 uur is er binnen "
                                                            "onze filialen niet."),
        ("p", f"Haaksbergveen, {nl(ev)}"),
    ]
    make_docx(out(f"{F}/09_Eindfase/Eindevaluatie.docx"), ev_blocks, ev, "Ingrid Smallegange")
    label(C, f"{F}/09_Eindfase/Eindevaluatie.docx", "eindevaluatie", ev, "python-docx Word",
          "Word original next to its signed PDF (duplicate in two formats)")
    docx_pdf(f"{F}/09_Eindfase/Eindevaluatie getekend.pdf", ev_blocks + [
        ("p", "Voor akkoord werkgever: I. Smallegange (getekend)        Voor gezien werknemer: S. Ouwerkerk (getekend)")],
        ev, "Ingrid Smallegange")
    label(C, f"{F}/09_Eindfase/Eindevaluatie getekend.pdf", "eindevaluatie", ev, "python-docx + LibreOffice PDF",
          "signed PDF duplicate of the Word file")


MONTHS = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]


def ontvangen(d: dt.date) -> str:
    return f"ONTVANGEN {d.day} {MONTHS[d.month - 1]} {d.year}"


# ================================================================ case B: hospital kitchen, DMS-renamed files
def case_b() -> None:
    C = "B"
    F = "Ziekenhuis Amstelweerd Voeding - P. Lagerwerf"
    bsn = make_bsn(2802)
    d0 = dt.date(2023, 11, 6)
    o = lambda n: wd(d0 + dt.timedelta(days=n))  # noqa: E731
    pa, pva, ev1, mi, bpva, zm, izp, ad, eje, brief, ao, ev, ow = (
        o(33), o(45), o(88), o(150), o(176), o(290), o(326), o(330), o(347), o(610), o(617), o(631), o(634))
    wn = "Patrick Lagerwerf"
    ba = "A. Stoutjesdijk, bedrijfsarts, Arbodienst Deltaveste (BIG 39023456701)"
    hdr = "Stichting Ziekenhuis Amstelweerd - Voeding & Keuken"

    docx_pdf(f"{F}/DOC-000099.pdf", [
        ("p", hdr), ("h", "Functiebeschrijving Zelfstandig werkend kok (FWG 35)"),
        ("p", "Doel: bereidt warme maaltijden en dieetvoeding voor patiënten in de centrale keuken (ca. 900 maaltijden per dag)."),
        ("li", "werkt in twee diensten (06:30-15:00 en 10:30-19:00), ook weekend"), ("li", "tilt pannen en GN-bakken tot 20 kg"),
        ("li", "werkt volgens HACCP en dieetkaarten"), ("p", "Vastgesteld door de directie, versie 2021-3."),
    ], dt.date(2021, 6, 1), "P&O Amstelweerd")
    label(C, f"{F}/DOC-000099.pdf", "", None, "python-docx + LibreOffice PDF", "non-RIV: job description with a DMS number")

    docx_pdf(f"{F}/DOC-000102.pdf", [
        ("p", "Arbodienst Deltaveste - Locatie Amstelweerd"), ("p", f"Aan: P&O Ziekenhuis Amstelweerd, t.a.v. J. Vlasblom"),
        ("p", f"Betreft: {wn}, BSN {bsn}, kok centrale keuken"), ("p", f"Datum: {nl(pa)}"),
        ("h", "Probleemanalyse en advies"),
        ("p", f"Ik heb de heer Lagerwerf op {dmy(pa)} op het spreekuur gezien. Er is sprake van dreigend langdurig verzuim "
              "(eerste ziektedag " + dmy(d0) + ")."),
        ("p", "Beperkingen: geen knijp- en grijpkracht rechts van betekenis, niet tillen met de rechterhand, niet snijden. "
              "Mogelijkheden: toezicht, bestellen, HACCP-controles, dieetkaarten verwerken, 4 uur per dag."),
        ("p", "Prognose: gunstig na behandeling; ik verwacht gedeeltelijke werkhervatting binnen 8 weken en volledig eigen "
              "werk binnen 4 tot 6 maanden."),
        ("p", "Advies: maak binnen twee weken een plan van aanpak met aangepaste taken in de keuken."),
        ("p", "Met vriendelijke groet, A. Stoutjesdijk, bedrijfsarts"),
    ], pa, "A. Stoutjesdijk")
    label(C, f"{F}/DOC-000102.pdf", "probleemanalyse", pa, "python-docx + LibreOffice PDF", "DMS name DOC-000102 says nothing")

    docx_pdf(f"{F}/DOC-000109.pdf", [
        ("p", "DMS-export - samengevoegd document (2 stukken)"),
        ("h", "Plan van aanpak re-integratie"),
        ("table", [["Medewerker", wn], ["BSN", bsn], ["Afdeling", "Voeding & Keuken, centrale keuken"],
                   ["Casemanager", "Jeroen Vlasblom, P&O-adviseur"], ["Datum", dmy(pva)]]),
        ("p", "Patrick is op " + dmy(d0 + dt.timedelta(days=20)) + " geopereerd aan zijn rechterpols (carpaal tunnel) en "
              "draagt nog een brace. Hij start met aangepaste taken: bestellingen, dieetkaarten en HACCP-registratie, "
              "4 dagen 4 uur."),
        ("p", "Doel: binnen 4 maanden weer eigen werk als kok. Evaluatie iedere 6 weken met teamleider Yvonne Brinkers."),
        ("p", "Visie werkgever: aangepast werk is er genoeg. Visie werknemer: Patrick wil zo snel mogelijk weer koken."),
        ("p", "Getekend: J. Vlasblom / P. Lagerwerf"),
        ("h", "Gespreksverslag eerste evaluatie"),
        ("p", f"Datum {dmy(pva + dt.timedelta(days=40))}: opbouw naar 4x5 uur, snijden nog niet. Volgende evaluatie over 6 weken."),
    ], pva, "J. Vlasblom")
    label(C, f"{F}/DOC-000109.pdf", "plan_van_aanpak", pva, "python-docx + LibreOffice PDF combined",
          "DMS merged file: plan then a first evaluation - labelled by its FIRST document - the plan names an operation and diagnosis the employer should not record (DOMAIN 5.1)")

    docx_pdf(f"{F}/DOC-000117.pdf", [
        ("p", hdr), ("h", "Gespreksverslag"),
        ("table", [["Datum", dmy(ev1)], ["Aanwezig", "P. Lagerwerf, Y. Brinkers (teamleider keuken), J. Vlasblom"],
                   ["BSN medewerker", bsn]]),
        ("p", "Hoe gaat het: Patrick werkt 4x5 uur met aangepaste taken. Het snijden met de rechterhand gaat nog niet; "
              "roeren en portioneren lukt kort."),
        ("p", "Afspraken nagekomen: ja. Nieuwe afspraken: vanaf volgende week 1 dienst per week aan de warme lijn onder "
              "begeleiding van de chef; terugkoppeling bedrijfsarts afwachten."),
        ("p", "Volgend gesprek over 6 weken."),
    ], ev1, "Y. Brinkers")
    label(C, f"{F}/DOC-000117.pdf", "tussentijdse_evaluatie", ev1, "python-docx + LibreOffice PDF", "generic title Gespreksverslag")

    letter = render_page([("b", "Maasland Kliniek - afdeling Plastische en Handchirurgie"), ("s", "Kliniekweg 3, Amstelweerd (fictief)"),
                          ("gap", ""), ("n", "Aan de huisarts, dr. E. Kalkman"), ("n", f"Datum: {nl(mi)}"),
                          ("n", "Betreft: dhr. P. Lagerwerf, geb. 14-03-1986"), ("gap", ""),
                          ("n", "Geachte collega, uw patiënt werd op de polikliniek gezien ter controle na de carpaletunnelrelease "
                                "rechts. Er is een persisterende pillar pain en beginnende triggerfinger dig III. Behandeling: "
                                "handtherapie 2x per week, corticosteroïdinjectie overwogen. Medicatie: naproxen 500 mg zo nodig."),
                          ("n", "Conclusie: herstel trager dan verwacht; controle over 3 maanden."),
                          ("n", "Met collegiale groet, drs. W. Heemskerk, plastisch chirurg")], serif=True)
    b = io.BytesIO()
    Image.init()
    pdfbytes = img2pdf.convert([_jpeg(scanify(letter, 21, 0.4))], layout_fun=img2pdf.get_fixed_dpi_layout_fun((120, 120)))
    tmp = TMP / "b_mi.pdf"
    tmp.write_bytes(pdfbytes)
    normalize_pdf(tmp, mi, "HP Smart", "HP Smart")
    eml(f"{F}/Mail/FW_ brief handchirurg.eml", "Patrick Lagerwerf <p.lagerwerf@ziggo-mail.example>",
        "Jeroen Vlasblom <j.vlasblom@amstelweerd-zkh.example>", "FW: brief handchirurg", at(mi + dt.timedelta(days=6), 20, 31),
        "Hoi Jeroen,\n\nHierbij de brief van het ziekenhuis, dan weten jullie ook waarom het langer duurt.\n\nGr Patrick\n",
        "c28b0fwmi", attachments=[("Scan brief handchirurg.pdf", tmp.read_bytes())])
    label(C, f"{F}/Mail/FW_ brief handchirurg.eml", "", None, "Outlook eml covering mail",
          "non-RIV covering mail: the employee forwards a specialist letter to P&O")
    label(C, f"{F}/Mail/FW_ brief handchirurg.eml::Scan brief handchirurg.pdf", "medische_informatie", mi,
          "Pillow image-only phone scan (attachment)",
          "specialist letter with diagnosis and medication the employer must not hold (DOMAIN 5.1) - debatable: not the bedrijfsarts MI form but medical information")

    p = render_page([("b", hdr), ("gap", ""), ("b", "Aanvulling afspraken re-integratie"),
                     ("n", f"Medewerker: {wn}   BSN: {bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"), ("n", f"Datum: {dmy(bpva)}"),
                     ("n", "Het herstel gaat langzamer dan in het plan stond. Nieuwe afspraken:"),
                     ("n", "- doel blijft eigen werk, termijn verschoven naar 1 september"),
                     ("n", "- Patrick werkt 4x6 uur: 2 diensten koude keuken, 2 diensten bestellingen/dieet"),
                     ("n", "- geen werk aan de kantelbraadpan en soepketels"),
                     ("n", "- evaluatie elke 6 weken blijft; arbeidsdeskundige inschakelen als 1 september niet lukt"),
                     ("hand", "akkoord, P.L."), ("gap", "")] +
                    sign_block([("J. Vlasblom, P&O", "J. Vlasblom"), ("P. Lagerwerf", "P. Lagerwerf")]))
    p = stamp(p, ontvangen(bpva + dt.timedelta(days=2)), (470, 60), -6)
    img_pdf(f"{F}/scan0003.pdf", [scanify(p, 22, -0.5)], bpva, "Ricoh MP C3004")
    label(C, f"{F}/scan0003.pdf", "bijstelling_plan_van_aanpak", bpva, "Pillow image-only copier scan with stamp",
          "misleading name scan0003, title says 'Aanvulling afspraken' not bijstelling, received stamp")

    docx_pdf(f"{F}/DOC-000144.pdf", [
        ("p", hdr), ("h", "Ziekmelding langdurig zieke werknemer (42e week)"),
        ("p", "Kopie van de gegevens zoals verzonden via het werkgeversportaal van UWV."),
        ("table", [["Loonheffingennummer", "8077.12.345.L02"], ["Burgerservicenummer", bsn], ["Naam", "P. Lagerwerf"],
                   ["Eerste ziektedag", dmy(d0)], ["Datum melding", dmy(zm)], ["Gedeeltelijk hersteld", "ja, 24 uur per week"]]),
        ("p", f"Verzonden door: J. Vlasblom, {dmy(zm)}"),
    ], zm, "J. Vlasblom")
    label(C, f"{F}/DOC-000144.pdf", "ziekmelding_uwv", zm, "python-docx + LibreOffice PDF", "employer's own copy of the 42nd-week report")

    docx_pdf(f"{F}/DOC-000150.pdf", [
        ("p", "Ergon Arbeidsdeskundig Advies"), ("h", "Rapportage arbeidsdeskundig onderzoek"),
        ("table", [["Werknemer", wn], ["BSN", bsn], ["Werkgever", "Stichting Ziekenhuis Amstelweerd"],
                   ["Arbeidsdeskundige", "M. Sijbesma, register-arbeidsdeskundige"], ["Datum rapport", dmy(ad)]]),
        ("h2", "Functiebelasting en belastbaarheid"),
        ("p", "De functie kok vraagt frequent knijpen, snijden en tillen tot 20 kg. Volgens het inzetbaarheidsprofiel van "
              f"{dmy(izp)} is dat niet haalbaar. Eigen werk: ongeschikt. Aangepast eigen werk: koude keuken en dieetbestellingen, 24 uur."),
        ("h2", "Advies"),
        ("p", "Spoor 1: functie voedingsassistent dieetkeuken (24 uur) met loonwaarde circa 85 %. Tweede spoor niet nodig "
              "zolang deze functie structureel wordt ingericht; evalueer over 3 maanden."),
    ], ad, "M. Sijbesma")
    label(C, f"{F}/DOC-000150.pdf", "arbeidsdeskundig_rapport", ad, "python-docx + LibreOffice PDF", "DMS name")

    docx_pdf(f"{F}/DOC-000151.pdf", [
        ("p", "Arbodienst Deltaveste"), ("h", "Functionele Mogelijkhedenlijst"), ("p", f"{wn} - BSN {bsn} - datum {dmy(izp)}"),
        ("table", [["Rubriek", "Beperking"], ["1 Persoonlijk functioneren", "normaalwaarde"], ["2 Sociaal functioneren", "normaalwaarde"],
                   ["3 Aanpassing fysieke omgevingseisen", "geen koude/natte handen langdurig"],
                   ["4 Dynamische handelingen", "rechts: niet frequent knijpen, niet snijden, tillen max 5 kg"],
                   ["5 Statische houdingen", "normaalwaarde"], ["6 Werktijden", "6 uur per dag, 4 dagen"]]),
        ("p", "Opgesteld door A. Stoutjesdijk, bedrijfsarts, als bijlage bij het arbeidsdeskundig onderzoek."),
    ], izp, "A. Stoutjesdijk")
    label(C, f"{F}/DOC-000151.pdf", "inzetbaarheidsprofiel", izp, "python-docx + LibreOffice PDF",
          "FML by a bedrijfsarts (DOMAIN 3: bedrijfsartsen should use IZP) - still the inzetbaarheidsprofiel type")

    eje_blocks = [
        ("p", hdr), ("h", "Evaluatie eerste ziektejaar"),
        ("table", [["Medewerker", wn], ["BSN", bsn], ["Datum", dmy(eje)], ["Aanwezig", "P. Lagerwerf, J. Vlasblom, Y. Brinkers"]]),
        ("p", "Terugblik: na de operatie is het herstel trager gegaan dan verwacht. Eigen werk als kok lukt niet meer; "
              "Patrick werkt 24 uur in de koude keuken en op de dieetbestellingen."),
        ("p", "Resultaat dat we aan het eind van het tweede jaar willen: structureel 24 uur als voedingsassistent dieetkeuken "
              "(advies arbeidsdeskundige van " + dmy(ad) + "). Tweede spoor: niet ingezet, omdat deze functie binnen 3 maanden "
              "formeel wordt ingericht; lukt dat niet, dan starten we spoor 2."),
        ("p", "Visie werkgever: tevreden over de inzet. Visie werknemer: Patrick mist het koken maar kiest voor zekerheid."),
        ("p", "Ondertekend door werkgever en medewerker."),
    ]
    docx_pdf(f"{F}/DOC-000158.pdf", eje_blocks, eje, "J. Vlasblom")
    label(C, f"{F}/DOC-000158.pdf", "eerstejaarsevaluatie", eje, "python-docx + LibreOffice PDF",
          "title 'Evaluatie eerste ziektejaar' instead of Eerstejaarsevaluatie")
    make_docx(out(f"{F}/DOC-000158.docx"), eje_blocks, eje, "J. Vlasblom")
    label(C, f"{F}/DOC-000158.docx", "eerstejaarsevaluatie", eje, "python-docx Word", "Word duplicate with the same DMS number")

    p = render_page([("b", "UWV"), ("gap", ""), ("n", "De heer P. Lagerwerf"), ("n", "Keukenhof 21"), ("n", "1186 PR Amstelweerd"),
                     ("gap", ""), ("n", f"Datum: {nl(brief)}"), ("n", f"Burgerservicenummer: {bsn}"),
                     ("b", "Uw aanvraag voor een WIA-uitkering"),
                     ("n", f"U bent ziek sinds {nl(d0)}. Over enkele maanden eindigt de wachttijd van 104 weken. Wilt u een "
                           "WIA-uitkering? Vraag deze dan aan via Mijn UWV, uiterlijk 11 weken voor het einde van de wachttijd. "
                           "Stuur de medische informatie van de bedrijfsarts in een gesloten envelop."),
                     ("n", "Met vriendelijke groet, UWV")])
    img_pdf(f"{F}/DOC-000201.pdf", [scanify(p, 23, 0.3)], brief, "Ricoh MP C3004")
    label(C, f"{F}/DOC-000201.pdf", "uwv_correspondentie", brief, "Pillow image-only copier scan", "DMS name, image only")

    docx_pdf(f"{F}/DOC-000204.pdf", [
        ("p", "Arbodienst Deltaveste"), ("p", f"Betreft: {wn}, BSN {bsn}"), ("p", f"Datum: {nl(ao)}"),
        ("h", "Actueel oordeel bij de probleemanalyse"),
        ("p", "Ten behoeve van de WIA-aanvraag. Stand van zaken: werknemer werkt 24 uur als voedingsassistent dieetkeuken, "
              "stabiel. Belastbaarheid: gelijk aan de FML van " + dmy(izp) + "."),
        ("p", "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: ja, de huidige functie voor 24 uur."),
        ("p", "A. Stoutjesdijk, bedrijfsarts"),
    ], ao, "A. Stoutjesdijk")
    label(C, f"{F}/DOC-000204.pdf", "actueel_oordeel", ao, "python-docx + LibreOffice PDF", "standard AO title")

    docx_pdf(f"{F}/DOC-000207.pdf", [
        ("p", hdr), ("h", "Eindevaluatie plan van aanpak"),
        ("table", [["Medewerker", wn], ["BSN", bsn], ["Datum", dmy(ev)]]),
        ("p", "Aard van het bedrijf: algemeen ziekenhuis, 2.400 medewerkers; de afdeling Voeding & Keuken (48 medewerkers) "
              "verzorgt alle patiëntenmaaltijden."),
        ("p", "Terugblik twee jaar: van kok naar voedingsassistent dieetkeuken, 24 van de 36 uur. Spoor 2 was niet nodig."),
        ("p", "Kwaliteit arbeidsrelatie: goed. Passende arbeid: 24 uur; meer uren passend werk is er niet."),
        ("p", "Getekend J. Vlasblom (werkgever) en P. Lagerwerf (werknemer)"),
    ], ev, "J. Vlasblom")
    label(C, f"{F}/DOC-000207.pdf", "eindevaluatie", ev, "python-docx + LibreOffice PDF", "DMS name")

    make_docx(out(f"{F}/DOC-000209.docx"), [
        ("p", f"Amstelweerd, {nl(ow)}"), ("p", f"P. Lagerwerf, BSN {bsn}"),
        ("p", "Ik heb het verslag gelezen dat naar het UWV gaat. Ik ben het er mee eens. Alleen wil ik zeggen dat ik nog "
              "steeds graag als kok had gewerkt als mijn hand dat toeliet, het is niet mijn keuze geweest."),
        ("p", "Patrick Lagerwerf"),
    ], ow, "Patrick")
    label(C, f"{F}/DOC-000209.docx", "oordeel_werknemer", ow, "python-docx Word",
          "untitled short letter by the employee, DMS name")


def _jpeg(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, format="JPEG", quality=45, optimize=True)
    return b.getvalue()


# ================================================================ case C: road builder, "1.2 " numbered folders, faxes
def case_c() -> None:
    C = "C"
    F = "Terpstra Wegenbouw - dossier R. Hoekzema"
    bsn = make_bsn(2803)
    B = f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
    d0 = dt.date(2024, 4, 22)
    o = lambda n: wd(d0 + dt.timedelta(days=n))  # noqa: E731
    pa, pva, ev1, bpa, zm, ad, eje, tp, vg, ao, mi, er, ev, ow = (
        o(38), o(49), o(70), o(120), o(293), o(333), o(345), o(372), o(455), o(616), o(617), o(612), o(630), o(633))
    wn = "Roelof Hoekzema"
    ba = "drs. T. Bergsma, bedrijfsarts, Bedrijfsartsenpraktijk Friesewoude"
    fax = lambda d, n: f"{dmy(d)} 14:2{n}  VAN: BA-PRAKTIJK FRIESEWOUDE  +31 512 000 417  NAAR: TERPSTRA P&O  P.01/01"  # noqa: E731

    (out(f"{F}/dossier.yaml")).write_text(
        "# ingevuld door de casemanager van het re-integratiebureau bij ontvangst\n"
        f"werknemer: {{naam: \"R. Hoekzema\", bsn: \"{bsn}\", functie: \"Machinist asfaltspreidmachine\"}}\n"
        "werkgever: {naam: \"Terpstra Wegenbouw B.V.\", loonheffingennummer: \"8201.33.907.L01\", "
        "aard_van_het_bedrijf: \"Wegenbouw en asfaltering\"}\n"
        "bedrijfsarts: {naam: \"drs. T. Bergsma\", organisatie: \"Bedrijfsartsenpraktijk Friesewoude\"}\n"
        "casemanager: {naam: \"A. Dijkstra-Veenstra\"}\n"
        f"eerste_ziektedag: {d0.isoformat()}\n", encoding="utf-8")

    eml(f"{F}/Overdracht dossier Hoekzema.eml", "Anneke Dijkstra-Veenstra <a.dijkstra@terpstra-wegenbouw.example>",
        "Intake <intake@reintegratiebureau-noord.example>", "Overdracht dossier Hoekzema (week 88)", at(ao - dt.timedelta(days=3), 10, 5),
        "Goedemorgen,\n\nZoals afgesproken stuur ik u via de WeTransfer-link het hele verzuimdossier van Roelof Hoekzema, "
        "zoals het uit ons systeem komt (mappen 1 t/m 6). Het actueel oordeel en de eindevaluatie volgen nog.\n"
        "Kunt u controleren of alles compleet is voor de WIA-aanvraag?\n\nMet vriendelijke groet,\nAnneke Dijkstra-Veenstra\n"
        "P&O / bedrijfsbureau Terpstra Wegenbouw B.V.\n", "c28c0overdr")
    label(C, f"{F}/Overdracht dossier Hoekzema.eml", "", None, "Outlook eml", "non-RIV: the employer's handover mail to the bureau")

    p = render_page([("b", "Bedrijfsartsenpraktijk Friesewoude"), ("s", "Tsjerkewei 8, Harkemaveld (fictief)"), ("gap", ""),
                     ("n", "Aan: Terpstra Wegenbouw B.V., t.a.v. mevr. A. Dijkstra-Veenstra"), ("n", f"Datum: {dmy(pa)}"),
                     ("n", f"Betreft: R. Hoekzema, BSN {B}"), ("b", "Probleemanalyse"),
                     ("n", "Dhr. Hoekzema is sinds " + dmy(d0) + " volledig uitgevallen. Er is dreigend langdurig verzuim."),
                     ("n", "Beperkingen: niet zitten op trillend materieel, niet bukken/tillen, geen lange autoritten. "
                           "Benutbare mogelijkheden: licht administratief werk 2 uur per dag vanaf week 10."),
                     ("n", "Prognose: onzeker, afhankelijk van de verdere behandeling. Verwachte duur: langer dan 3 maanden."),
                     ("n", "Advies: plan van aanpak maken; contact houden; ik zie hem over 4 weken."), ("gap", ""),
                     ("n", "drs. T. Bergsma, bedrijfsarts (BIG 69034567801)")], serif=True)
    img_pdf(f"{F}/1 Bedrijfsarts/1.1 Probleemanalyse (fax).pdf", [faxify(p, fax(pa, 1), 31)], pa, "Brother MFC-L2710DW fax")
    label(C, f"{F}/1 Bedrijfsarts/1.1 Probleemanalyse (fax).pdf", "probleemanalyse", pa, "Pillow 1-bit fax image PDF",
          "fax header line with a date at the top, image only")

    p = render_page([("b", "Bedrijfsartsenpraktijk Friesewoude"), ("gap", ""), ("n", f"Datum: {dmy(bpa)}"),
                     ("n", f"Betreft: R. Hoekzema, BSN {B}"), ("b", "Bijstelling probleemanalyse"),
                     ("n", "Na de ingreep is de belastbaarheid gewijzigd. Herziene belastbaarheid: zitten en staan afwisselend, "
                           "geen trillingsbelasting meer (ook niet op termijn), tillen max 10 kg, 6 uur per dag."),
                     ("n", "Terugkeer als machinist op de asfaltspreider verwacht ik niet meer. Advies: plan van aanpak "
                           "bijstellen, arbeidsdeskundig onderzoek aanvragen, passend werk onderzoeken (werkvoorbereiding, magazijn)."),
                     ("gap", ""), ("n", "drs. T. Bergsma, bedrijfsarts")], serif=True)
    p = stamp(p, ontvangen(bpa + dt.timedelta(days=4)), (500, 950), 5)
    img_pdf(f"{F}/1 Bedrijfsarts/1.2 Bijstelling probleemanalyse.pdf", [scanify(p, 32, 0.7)], bpa, "Kyocera TASKalfa 2553ci")
    label(C, f"{F}/1 Bedrijfsarts/1.2 Bijstelling probleemanalyse.pdf", "bijstelling_probleemanalyse", bpa,
          "Pillow image-only scan with stamp", "received stamp four days after the letter date")

    docx_pdf(f"{F}/1 Bedrijfsarts/1.4 Alle stukken bedrijfsarts.pdf", [
        ("p", "Bedrijfsartsenpraktijk Friesewoude - alle stukken dossier Hoekzema"),
        ("h", "Actueel oordeel"),
        ("p", f"Betreft: {wn}, BSN {bsn}. Datum: {nl(ao)}. Opgesteld door {ba}."),
        ("p", "Stand van zaken: werknemer werkt 20 uur als assistent werkvoorbereider (tekenkamer, zittend/staand), "
              "daarnaast loopt een tweede spoor dat zonder resultaat is afgesloten."),
        ("p", "Belastbaarheid: zoals in de bijstelling van " + dmy(bpa) + "; urenbeperking 4 uur per dag, 5 dagen."),
        ("p", "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: de huidige 20 uur werkvoorbereiding; meer is er niet "
              "vanwege het seizoenswerk."),
        ("h", "Inzetbaarheidsprofiel"),
        ("table", [["Persoonlijk functioneren", "geen beperking"], ["Dynamische handelingen", "tillen max 10 kg"],
                   ["Statische houdingen", "afwisselen zitten/staan"], ["Werktijden", "4 uur per dag"]]),
    ], ao, "T. Bergsma")
    label(C, f"{F}/1 Bedrijfsarts/1.4 Alle stukken bedrijfsarts.pdf", "actueel_oordeel", ao, "python-docx + LibreOffice PDF combined",
          "combined file AO then an inzetbaarheidsprofiel - labelled by its FIRST document")

    p = render_page([("b", "MEDISCH GEHEIM"), ("b", "Bedrijfsartsenpraktijk Friesewoude"), ("gap", ""),
                     ("n", "Aan: de verzekeringsarts UWV, via werknemer"), ("n", f"Datum: {dmy(mi)}"),
                     ("n", f"Betreft: R. Hoekzema, BSN {B}"), ("b", "Medische informatie"),
                     ("n", "Diagnose: lumbale hernia L5-S1 rechts, microdiscectomie " + dmy(d0 + dt.timedelta(days=95)) +
                           ". Restklachten met radiculaire uitstraling. Behandelaar: neurochirurg dr. F. Zandstra, "
                           "Medisch Centrum Leeuwarderveen; fysiotherapie. Medicatie: pregabaline."),
                     ("n", "Beloop en prognose: stabiel eindpunt bereikt, verdere verbetering niet te verwachten."),
                     ("gap", ""), ("n", "drs. T. Bergsma, bedrijfsarts")], serif=True)
    p = stamp(p, ontvangen(mi + dt.timedelta(days=5)), (480, 80), -4)
    img_pdf(f"{F}/1 Bedrijfsarts/1.5 medisch geheim.pdf", [scanify(p, 33, -0.4)], mi, "Kyocera TASKalfa 2553ci")
    label(C, f"{F}/1 Bedrijfsarts/1.5 medisch geheim.pdf", "medische_informatie", mi, "Pillow image-only scan with stamp",
          "medical information with the employer's received stamp - the employer must not hold it (DOMAIN 5.1 and 4.3)")

    pg1 = render_page([("h", "Plan van aanpak"), ("n", f"Naam: {wn}   BSN: {B}"), ("n", "Functie: machinist asfaltspreidmachine, 40 uur"),
                       ("n", f"1e ziektedag: {dmy(d0)}   Probleemanalyse: {dmy(pa)}"), ("n", "Casemanager: A. Dijkstra-Veenstra"),
                       ("b", "1. Doel"), ("n", "Terug in eigen werk; zo niet, ander werk bij Terpstra."),
                       ("b", "2. Wat gaan we doen"), ("n", "- elke 2 weken belt Anneke; Roelof komt 1x per week koffie drinken op de werf"),
                       ("n", "- vanaf week 10: 2 uur per dag helpen op de werkvoorbereiding (tekeningen, KLIC-meldingen)"),
                       ("hand", "als bedrijfsarts akkoord geeft"), ("n", "- evaluatie elke 6 weken")])
    pg2 = render_page([("b", "3. Visie werkgever"), ("n", "We willen Roelof niet kwijt; ervaren machinisten zijn schaars."),
                       ("b", "4. Visie werknemer"), ("n", "Ik wil terug op de machine, maar weet niet of dat gaat."),
                       ("b", "5. Evaluatiemomenten"), ("n", "elke 6 weken, en in ieder geval na 1 jaar"),
                       ("n", "Zie pagina 3 voor ondertekening.")])
    img_pdf(f"{F}/2 Plan van aanpak/2.1 PvA blad 1-2.pdf", [scanify(pg1, 34), scanify(pg2, 35, -0.4)], pva, "Kyocera TASKalfa 2553ci")
    label(C, f"{F}/2 Plan van aanpak/2.1 PvA blad 1-2.pdf", "plan_van_aanpak", pva, "Pillow image-only 2-page scan",
          "pages 1-2 of a plan whose signature page is a separate phone photo, handwritten addition")
    pg3 = render_page([("b", "Ondertekening plan van aanpak"), ("n", f"Harkemaveld, {dmy(pva)}")] +
                      sign_block([("Werkgever (A. Dijkstra-Veenstra)", "A. Dijkstra"), ("Werknemer (R. Hoekzema)", "R. Hoekzema")]))
    photo(f"{F}/2 Plan van aanpak/2.1 PvA handtekeningen.jpg", pg3, 36, bg=(92, 74, 58), angle=-5)
    label(C, f"{F}/2 Plan van aanpak/2.1 PvA handtekeningen.jpg", "plan_van_aanpak", pva, "Pillow phone photo",
          "signature page of the plan alone, no BSN - debatable: part of the plan (BR art. 2 lid 3 wants the signature)")

    make_docx(out(f"{F}/2 Plan van aanpak/2.2 verslag gesprek 1 juli.docx"), [
        ("p", f"Gesprek Roelof {dmy(ev1)} op kantoor, Anneke en uitvoerder Sietse"),
        ("p", f"BSN: {bsn}"),
        ("p", "Roelof komt elke week langs, dat gaat goed. Werken lukt nog niet, hij wacht op de ingreep. De "
              "afspraken uit het plan zijn nagekomen. Hij kan na de ingreep eerst op de werkvoorbereiding beginnen."),
        ("p", "Volgende keer: half augustus."),
    ], ev1, "A. Dijkstra-Veenstra")
    label(C, f"{F}/2 Plan van aanpak/2.2 verslag gesprek 1 juli.docx", "tussentijdse_evaluatie", ev1, "python-docx Word",
          "untitled everyday note inside the plan folder")

    html_pdf(f"{F}/3 UWV/3.1 Ziekmelding 42e week.pdf", portal(
        "UWV Werkgeversportaal", f"Verzonden {dmy(zm)} 11:48",
        "<h1>Ziekmelding langdurige ziekte - verzonden</h1>" +
        kv([("Werkgever", "Terpstra Wegenbouw B.V."), ("Loonheffingennummer", "8201.33.907.L01"), ("BSN werknemer", bsn),
            ("Naam", "R. Hoekzema"), ("Eerste ziektedag", dmy(d0)), ("Datum verzending", dmy(zm)), ("Kenmerk", "ZLZ-44180-27")]) +
        paras("Uw melding is ontvangen. U hoeft niets meer te doen.")), zm, creator="wkhtmltopdf 0.12.6 (portal print)")
    label(C, f"{F}/3 UWV/3.1 Ziekmelding 42e week.pdf", "ziekmelding_uwv", zm, "wkhtmltopdf UWV portal print", "standard")

    docx_pdf(f"{F}/4 Evaluaties/4.1 Eerstejaarsevaluatie.pdf", [
        ("p", "Terpstra Wegenbouw B.V."), ("h", "Eerstejaarsevaluatie"),
        ("p", f"Werknemer: {wn}, BSN {bsn}. Gesprek op {dmy(eje)} met A. Dijkstra-Veenstra en directeur J. Terpstra."),
        ("p", "Eerste ziektejaar: ingreep in augustus, daarna opbouw op de werkvoorbereiding tot 4x4 uur. Eigen werk als "
              "machinist is uitgesloten (bijstelling probleemanalyse, arbeidsdeskundig rapport)."),
        ("p", "Tweede ziektejaar: spoor 1 blijft werkvoorbereiding, maximaal 20 uur (meer is er niet in de winter). "
              "Spoor 2 start binnen 6 weken bij Route Nieuw Werk."),
        ("p", "Visie werkgever en werknemer: beide eens met deze koers."),
        ("p", "Getekend door beide partijen."),
    ], eje, "A. Dijkstra-Veenstra")
    label(C, f"{F}/4 Evaluaties/4.1 Eerstejaarsevaluatie.pdf", "eerstejaarsevaluatie", eje, "python-docx + LibreOffice PDF", "standard title")

    tmp = TMP / "c_ad.docx"
    DOCX_TO_PDF_LATE.append(("c_ad", [
        ("p", "Postma Arbeidsdeskundig Advies"), ("h", "Arbeidsdeskundig onderzoek"),
        ("p", f"Werknemer: {wn} - BSN {bsn} - werkgever Terpstra Wegenbouw B.V. - datum rapport {dmy(ad)}"),
        ("p", "Belasting en belastbaarheid: de functie machinist vraagt langdurig zitten op trillend materieel en "
              "wisselende werktijden. Dat past niet bij de belastbaarheid uit de bijstelling van " + dmy(bpa) + "."),
        ("p", "Conclusie: niet geschikt voor eigen werk. Passend werk bij de werkgever: assistent werkvoorbereider, 20 uur. "
              "Advies: spoor 1 voor 20 uur en een tweede spoor voor de resterende uren. Loonwaarde circa 70 %."),
        ("p", "H. Postma, register-arbeidsdeskundige"),
    ], ad))
    CASE_C_LATE["ad"] = (F, ad, C)

    docx_pdf(f"{F}/5 Tweede spoor/5.1 Trajectplan.pdf", [
        ("p", "Route Nieuw Werk - re-integratie tweede spoor"), ("h", "Trajectplan"),
        ("p", f"Kandidaat: {wn}, BSN {bsn}. Jobcoach: Femke Alkema. Datum: {dmy(tp)}."),
        ("p", "Persoonsprofiel: 30 jaar wegenbouw, VCA-VOL, groot rijbewijs (niet meer bruikbaar), handig met tekeningen."),
        ("p", "Zoekprofiel: werkvoorbereiding, calculatie, magazijnbeheer, 20 uur, regio Harkemaveld."),
        ("p", "Activiteiten: arbeidsmarktoriëntatie, cursus AutoCAD basis, netwerkgesprekken bij aannemers, sollicitaties."),
    ], tp, "F. Alkema")
    label(C, f"{F}/5 Tweede spoor/5.1 Trajectplan.pdf", "trajectplan_tweede_spoor", tp, "python-docx + LibreOffice PDF", "standard")

    docx_pdf(f"{F}/5 Tweede spoor/5.2 Voortgangsrapportage 1.pdf", [
        ("p", "Route Nieuw Werk"), ("h", "Voortgangsrapportage"),
        ("p", f"Kandidaat: {wn}, BSN {bsn}. Rapportageperiode tot {dmy(vg)}."),
        ("p", "Activiteiten: AutoCAD-cursus afgerond; 5 sollicitaties (2 aannemers, 1 gemeente, 2 groothandels); 3 "
              "netwerkgesprekken. Geen vacature binnen de 20 uur en de belastbaarheid gevonden."),
        ("p", "Inzet kandidaat: goed. Volgende periode: proefplaatsing verkennen bij een ingenieursbureau."),
    ], vg, "F. Alkema")
    label(C, f"{F}/5 Tweede spoor/5.2 Voortgangsrapportage 1.pdf", "voortgangsrapportage_tweede_spoor", vg,
          "python-docx + LibreOffice PDF", "standard")

    docx_pdf(f"{F}/5 Tweede spoor/5.3 Eindrapportage.pdf", [
        ("p", "Route Nieuw Werk"), ("h", "Eindrapportage tweede spoor"),
        ("p", f"Kandidaat: {wn}, BSN {bsn}. Datum: {dmy(er)}."),
        ("p", "Resultaat traject: geen plaatsing. De proefplaatsing bij Ingenieursbureau Wouda stopte na 6 weken omdat het "
              "werk te lang zittend was. Totaal 17 sollicitaties, 2 gesprekken."),
        ("p", "Afsluiting: wij sluiten het traject af in verband met de WIA-aanvraag. Advies: behoud van de 20 uur bij Terpstra."),
    ], er, "F. Alkema")
    label(C, f"{F}/5 Tweede spoor/5.3 Eindrapportage.pdf", "eindrapportage_tweede_spoor", er, "python-docx + LibreOffice PDF", "standard")

    docx_pdf(f"{F}/6 Afronding/6.1 Eindevaluatie.pdf", [
        ("p", "Terpstra Wegenbouw B.V."), ("h", "Eindevaluatie"),
        ("p", f"Werknemer: {wn}, BSN {bsn}. Datum: {dmy(ev)}."),
        ("p", "Aard van het bedrijf: wegenbouw en asfaltering, 85 medewerkers, seizoensgebonden (veel werk maart-november)."),
        ("p", "Terugblik: twee jaar verzuim, van machinist naar 20 uur werkvoorbereiding. Spoor 2 zonder resultaat afgesloten."),
        ("p", "Arbeidsrelatie: goed. Passende arbeid: 20 uur werkvoorbereiding; in de winter is er structureel niet meer."),
        ("p", "Getekend A. Dijkstra-Veenstra (werkgever), R. Hoekzema (werknemer)"),
    ], ev, "A. Dijkstra-Veenstra")
    label(C, f"{F}/6 Afronding/6.1 Eindevaluatie.pdf", "eindevaluatie", ev, "python-docx + LibreOffice PDF", "standard")

    p = render_page([("hand", f"Harkemaveld {dmy(ow)}"), ("gap", ""), ("hand", "Wat ik er van vind"),
                     ("hand", "Ik heb alles gelezen. Klopt wel wat er staat."), ("hand", "Alleen de proefplaats was niet mijn schuld,"),
                     ("hand", "ik kon daar niet 4 uur achter een scherm zitten."), ("hand", "Verder eens met het verslag."),
                     ("gap", ""), ("hand", f"R. Hoekzema   bsn {B}"), ("sig", "R. Hoekzema")])
    photo(f"{F}/6 Afronding/6.2 Mijn mening.jpg", p, 37, bg=(200, 190, 170), angle=2)
    label(C, f"{F}/6 Afronding/6.2 Mijn mening.jpg", "oordeel_werknemer", ow, "Pillow phone photo of handwriting",
          "handwritten employee view photographed, BSN only in pixels")


DOCX_TO_PDF_LATE: list = []
CASE_C_LATE: dict = {}


def case_c_late() -> None:
    """The AD report exists only as a mail attachment: convert it, then build the covering mail."""
    F, ad, C = CASE_C_LATE["ad"]
    (name, blocks, when), = DOCX_TO_PDF_LATE
    src = TMP / "late" / f"{name}.docx"
    src.parent.mkdir(exist_ok=True)
    make_docx(src, blocks, when, "H. Postma")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{TMP / 'lo_profile'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(src.parent), str(src)], check=True, env=ENV, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    pdf = src.with_suffix(".pdf")
    normalize_pdf(pdf, when, "LibreOffice 7.4", "Writer")
    eml(f"{F}/4 Evaluaties/4.2 Arbeidsdeskundig onderzoek.eml", "Hielke Postma <h.postma@postma-ad.example>",
        "Anneke Dijkstra-Veenstra <a.dijkstra@terpstra-wegenbouw.example>", "rapport AD onderzoek R. Hoekzema",
        at(ad, 16, 40), "Beste Anneke,\n\nBijgaand mijn rapport. Graag ook een kopie aan Roelof.\nDe factuur volgt apart.\n\n"
        "Met vriendelijke groet,\nHielke Postma\nregister-arbeidsdeskundige\n", "c28c0admail",
        attachments=[("AD-rapport Hoekzema.pdf", pdf.read_bytes())])
    label(C, f"{F}/4 Evaluaties/4.2 Arbeidsdeskundig onderzoek.eml", "", None, "Outlook eml covering mail",
          "non-RIV covering mail with the report as attachment")
    label(C, f"{F}/4 Evaluaties/4.2 Arbeidsdeskundig onderzoek.eml::AD-rapport Hoekzema.pdf", "arbeidsdeskundig_rapport", ad,
          "python-docx + LibreOffice PDF attachment", "report only inside a mail")


# ================================================================ case D: dance school, loose photos and mails
def case_d() -> None:
    C = "D"
    F = "Dansschool Pas de Deux - M. Kuipers"
    bsn = make_bsn(2804)
    d0 = dt.date(2023, 9, 4)
    o = lambda n: wd(d0 + dt.timedelta(days=n))  # noqa: E731
    pa, pva, ev1, bpva, zm, eje, do, ao, mi, ev, ow = (
        o(37), o(52), o(140), o(190), o(292), o(350), o(426), o(612), o(614), o(630), o(633))
    wn = "Mirjam Kuipers"
    own = "Dennis van Bemmel <dennis@pasdedeux-velsberg.example>"
    mk = "Mirjam Kuipers <mirjamkuipers@hetnet-mail.example>"

    eml(f"{F}/Mail Mirjam - afspraken.eml", own, mk, "afspraken zoals besproken", at(pva, 22, 47),
        f"Hoi Mirjam,\n\nZoals vanmiddag besproken zet ik onze afspraken even op een rij, dit is ons plan voor de komende tijd "
        f"(de bedrijfsarts wil dat we dit binnen twee weken na zijn advies van {dmy(pa)} vastleggen).\n\n"
        f"Naam: Mirjam Kuipers, BSN: {bsn}\nFunctie: dansdocent stijldansen en streetdance, 24 uur (avonden en zaterdag)\n"
        f"Ziek sinds: {dmy(d0)}\n\nWat willen we bereiken: dat je over een half jaar weer lesgeeft, eerst zonder zelf voor te dansen.\n"
        f"Wat gaan we doen:\n1. vanaf 1 november geef je 2 avonden aanwijzingen bij de kinderlessen vanaf een stoel (2x2 uur)\n"
        f"2. je doet de inschrijvingen en de mail van de balie (thuis, 4 uur per week)\n"
        f"3. ik ben je aanspreekpunt (casemanager); elke 6 weken zitten we samen en kijken we hoe het gaat\n"
        f"4. na 1 jaar een grote evaluatie\n\nMijn kijk erop: ik wil je niet kwijt, de leerlingen vragen naar je.\n"
        f"Jouw kijk (zoals je zei): je wilt terug maar bent bang dat je voet het niet houdt.\n\n"
        f"Wil je even 'akkoord' terugmailen, dan is dat onze handtekening.\n\nDennis van Bemmel\nDansschool Pas de Deux V.O.F.\n",
        "c28d0pva")
    label(C, f"{F}/Mail Mirjam - afspraken.eml", "plan_van_aanpak", pva, "Outlook eml",
          "the plan is the body of an informal mail, no title, owner is casemanager")

    pg = render_page([("b", "Pas de Deux - lesrooster najaar"), ("n", "ma 19:00 Salsa beg. - Mirjam -> Lotte"),
                      ("n", "di 18:30 Streetdance 8-12 - Mirjam -> Lotte"), ("n", "wo 20:00 Stijldansen gevorderd - Dennis"),
                      ("n", "za 10:00 Kleuterdans - Mirjam -> vervalt"), ("hand", "ouders mailen ivm ma-les!")])
    photo(f"{F}/WhatsApp Image 2023-10-19 at 10.12.04.jpeg", pg, 41, bg=(150, 120, 90), angle=6)
    label(C, f"{F}/WhatsApp Image 2023-10-19 at 10.12.04.jpeg", "", None, "Pillow phone photo", "non-RIV: lesson schedule with replacements")

    scr = screen_page("UWV Werkgeversportaal - Ziekmeldingen", [
        ("b", "Ziekmelding langdurig zieke werknemer ontvangen"), ("n", f"Burgerservicenummer: {bsn}"),
        ("n", "Werknemer: M. Kuipers"), ("n", f"Eerste ziektedag: {dmy(d0)}"), ("n", f"Ontvangen op: {dmy(zm)}"),
        ("n", "Kenmerk: ZLZ-90327-11"), ("n", "Wij sturen uw werknemer informatie over de eerstejaarsevaluatie.")])
    laptop_photo(f"{F}/Foto laptop UWV.jpg", scr, 42)
    label(C, f"{F}/Foto laptop UWV.jpg", "ziekmelding_uwv", zm, "Pillow phone photo of a laptop screen",
          "portal page photographed from a laptop screen with glare, text only in pixels")

    p = render_page([("b", "ArboPoort Vallei"), ("s", "Stationsweg 40, Velsberg (fictief)"), ("gap", ""),
                     ("n", "Dansschool Pas de Deux, t.a.v. D. van Bemmel"), ("n", f"Velsberg, {nl(pa)}"),
                     ("n", f"Inzake: M. Kuipers, BSN {bsn}"), ("b", "Advies na spreekuur - probleemanalyse"),
                     ("n", "Mevrouw is sinds " + dmy(d0) + " arbeidsongeschikt voor haar werk als dansdocent. Er dreigt "
                           "langdurig verzuim."),
                     ("n", "Beperkingen: niet springen, niet voordansen, niet langer dan 30 minuten staan. Mogelijkheden: "
                           "zittend lesgeven/aanwijzingen geven, administratief werk, 4-6 uur per week, op te bouwen."),
                     ("n", "Prognose: herstel in maanden. Advies: maak samen een plan van aanpak."),
                     ("gap", ""), ("n", "R.J. Ververs, bedrijfsarts (BIG 89045678901)")])
    p = stamp(p, ontvangen(pa + dt.timedelta(days=3)), (470, 1050), 7)
    img_pdf(f"{F}/{(pa + dt.timedelta(days=3)).isoformat()}_scan.pdf", [scanify(p, 43, 0.5)], pa, "HP LaserJet MFP M140w")
    label(C, f"{F}/{(pa + dt.timedelta(days=3)).isoformat()}_scan.pdf", "probleemanalyse", pa, "Pillow image-only scan with stamp",
          "scan name carries the scan date (3 days after the PA), title 'Advies na spreekuur'")

    p = render_page([("b", "Evaluatie re-integratie"), ("n", f"Naam: Mirjam Kuipers   BSN: {bsn}"),
                     ("n", "Datum gesprek: ...................."), ("hand", dmy(ev1)),
                     ("n", "Hoe gaat het met het werk?"), ("hand", "2 avonden kinderles zittend gaat goed, balie-mail thuis ook"),
                     ("n", "Zijn de afspraken nagekomen?"), ("hand", "ja, beide"),
                     ("n", "Nieuwe afspraken:"), ("hand", "+ zaterdag kleuterdans erbij vanaf stoel, 3 avonden"),
                     ("n", "Volgend gesprek:"), ("hand", "over 6 weken"), ("gap", "")] +
                    sign_block([("Werkgever", "D. v. Bemmel"), ("Werknemer", "M. Kuipers")]))
    img_pdf(f"{F}/{(ev1 + dt.timedelta(days=1)).isoformat()}_scan.pdf", [scanify(p, 44, -0.7)], ev1, "HP LaserJet MFP M140w")
    label(C, f"{F}/{(ev1 + dt.timedelta(days=1)).isoformat()}_scan.pdf", "tussentijdse_evaluatie", ev1,
          "Pillow image-only scan of a hand-filled form", "form filled in by hand, date only handwritten, scan name a day later")

    make_docx(out(f"{F}/Eerste jaar/nieuwe afspraken.docx"), [
        ("p", f"Velsberg, {nl(bpva)}"), ("p", f"Mirjam Kuipers - BSN {bsn}"),
        ("b", "Nieuwe afspraken"),
        ("p", "De voet herstelt niet zoals gedacht (zie advies bedrijfsarts). We passen ons plan van oktober aan:"),
        ("li", "doel is nu: zittend lesgeven en de balie, zelf voordansen niet meer"),
        ("li", "uren: 12 per week, waarvan 4 balie in de studio"),
        ("li", "Mirjam volgt de cursus dansdidactiek voor jonge kinderen (betaald door de dansschool)"),
        ("li", "evaluatie blijft elke 6 weken"),
        ("p", "Dennis van Bemmel / Mirjam Kuipers - voor akkoord"),
    ], bpva, "Dennis van Bemmel")
    label(C, f"{F}/Eerste jaar/nieuwe afspraken.docx", "bijstelling_plan_van_aanpak", bpva, "python-docx Word",
          "title 'Nieuwe afspraken', adjusts the mailed plan")

    make_docx(out(f"{F}/Eerste jaar/evaluatie na 1 jaar.docx"), [
        ("p", "Dansschool Pas de Deux V.O.F."), ("b", f"Gesprek na een jaar ziekte - {nl(eje)}"),
        ("p", f"Mirjam Kuipers, BSN {bsn}, dansdocent 24 uur. Aanwezig: Mirjam, Dennis, bedrijfsarts telefonisch."),
        ("p", "Wat is er het eerste jaar gebeurd: zittend lesgeven aan kinderen en balie, nu 12 uur. Voordansen kan niet meer."),
        ("p", "Wat willen we aan het eind van het tweede jaar: vast 12 uur kinderlessen vanaf de stoel + balie. Voor de "
              "overige 12 uur hebben wij geen werk; we vragen een deskundigenoordeel aan of dit genoeg is, in plaats "
              "van meteen een tweede spoor."),
        ("p", "Visie werkgever: kleine school, meer uren zonder dansen zijn er niet. Visie werknemer: Mirjam wil liever "
              "een tweede spoor om ergens anders uren te maken."),
        ("p", "Voor akkoord: D. van Bemmel, M. Kuipers"),
    ], eje, "Dennis van Bemmel")
    label(C, f"{F}/Eerste jaar/evaluatie na 1 jaar.docx", "eerstejaarsevaluatie", eje, "python-docx Word",
          "everyday title 'Gesprek na een jaar ziekte', no standard term except tweede jaar")

    p = render_page([("b", "UWV"), ("gap", ""), ("n", "Dansschool Pas de Deux V.O.F., t.a.v. D. van Bemmel"),
                     ("n", f"Datum: {nl(do)}"), ("n", f"Burgerservicenummer werknemer: {bsn}"),
                     ("b", "Deskundigenoordeel re-integratie-inspanningen"),
                     ("n", "Uw werknemer heeft een deskundigenoordeel aangevraagd over de vraag of de re-integratie-inspanningen "
                           "van de werkgever voldoende zijn."),
                     ("n", "Oordeel: de inspanningen in het eerste spoor zijn voldoende. Er is echter geen tweede spoor ingezet, "
                           "terwijl duidelijk is dat er geen 24 uur passend werk bij u is. Wij adviseren alsnog een tweede spoor."),
                     ("n", "Dit oordeel is een advies, geen besluit."), ("n", "Met vriendelijke groet, UWV, arbeidsdeskundige")])
    p = stamp(p, ontvangen(do + dt.timedelta(days=4)), (480, 1100), -5)
    img_pdf(f"{F}/UWV/Deskundigenoordeel UWV.pdf", [scanify(p, 45, 0.4)], do, "HP LaserJet MFP M140w")
    label(C, f"{F}/UWV/Deskundigenoordeel UWV.pdf", "deskundigenoordeel", do, "Pillow image-only scan with stamp",
          "requested by the employee, received stamp")

    html_pdf(f"{F}/Arbo/Alle documenten dossier 2023-0911.pdf", portal(
        "ArboPoort Vallei - Mijn Dossier", f"Export {dmy(ao)} | dossier 2023-0911",
        "<h1>Actueel oordeel</h1>" + kv([("Werknemer", wn), ("BSN", bsn), ("Datum", dmy(ao)),
                                          ("Bedrijfsarts", "R.J. Ververs (BIG 89045678901)")]) +
        paras("Stand van zaken voor de WIA-aanvraag: mevrouw werkt 12 uur (zittend lesgeven aan kinderen, balie). Het tweede "
              "spoor na het deskundigenoordeel leverde geen extra uren op.",
              "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: 12 uur; meer is er niet.") +
        "<div class='pb'></div><h1>Inzetbaarheidsprofiel</h1>" + kv([("Werknemer", wn), ("BSN", bsn), ("Datum", dmy(ao))]) +
        kv([("Dynamische handelingen", "niet springen, niet dansen"), ("Statische houdingen", "staan max 30 min"),
            ("Werktijden", "geen beperking in uren")])), ao, creator="wkhtmltopdf 0.12.6 (portal print)")
    label(C, f"{F}/Arbo/Alle documenten dossier 2023-0911.pdf", "actueel_oordeel", ao, "wkhtmltopdf combined portal export",
          "combined export: AO then inzetbaarheidsprofiel - labelled by its FIRST document")

    eml(f"{F}/Arbo/FW_ medische informatie voor UWV.eml", mk, own, "FW: medische informatie voor UWV", at(mi + dt.timedelta(days=1), 9, 12),
        f"Dennis, moet dit ook bij jou? Ik weet het niet precies. Mirjam\n\n"
        f"-----Oorspronkelijk bericht-----\nVan: R.J. Ververs <r.ververs@arbopoort-vallei.example>\nVerzonden: {dmy(mi)} 16:02\n"
        f"Aan: Mirjam Kuipers\nOnderwerp: medische informatie voor UWV\n\n"
        f"Beste mevrouw Kuipers,\n\nHieronder de medische informatie ten behoeve van de verzekeringsarts. Stuur dit in een "
        f"gesloten envelop 'medisch geheim' mee met uw WIA-aanvraag; niet aan uw werkgever geven.\n\n"
        f"MEDISCHE INFORMATIE - BSN {bsn}\nDiagnose: chronische achillespeestendinopathie links met partiële ruptuur "
        f"(MRI {dmy(d0 + dt.timedelta(days=60))}). Behandeling: excentrische oefentherapie, shockwave, orthopedisch "
        f"chirurg dr. L. Baars (consult {dmy(d0 + dt.timedelta(days=200))}): geen operatie-indicatie.\n"
        f"Beloop: stabiel, geen verdere verbetering verwacht.\n\nR.J. Ververs, bedrijfsarts\n", "c28d0mi")
    label(C, f"{F}/Arbo/FW_ medische informatie voor UWV.eml", "medische_informatie", mi, "Outlook eml forward",
          "the employee forwards the bedrijfsarts medical information to the employer - dated by the quoted bedrijfsarts mail")

    docx_pdf(f"{F}/document.pdf", [
        ("p", "Dansschool Pas de Deux V.O.F. - Velsberg"), ("h", "Eindevaluatie"),
        ("p", f"Werknemer: {wn}, BSN {bsn}. Datum: {dmy(ev)}."),
        ("p", "Aard van het bedrijf: dansschool met 9 medewerkers (docenten en baliemedewerkers), lessen vooral 's avonds en "
              "op zaterdag."),
        ("p", "Terugblik: 12 uur zittend lesgeven en balie. Na het deskundigenoordeel is een tweede spoor gestart via "
              "Danscoach Werkt; dat heeft geen werk opgeleverd."),
        ("p", "Arbeidsrelatie: goed. Passende arbeid: 12 uur; meer uren zonder dansen zijn er niet."),
        ("p", "Getekend D. van Bemmel en M. Kuipers"),
    ], ev, "Dennis van Bemmel")
    label(C, f"{F}/document.pdf", "eindevaluatie", ev, "python-docx + LibreOffice PDF", "misleading name document.pdf")

    (out(f"{F}/oordeel Mirjam.txt")).write_text(
        f"Mijn mening over het re-integratieverslag\r\n\r\nMirjam Kuipers, BSN {bsn}, {dmy(ow)}\r\n\r\n"
        "Ik ben het grotendeels eens. Wel vind ik dat het tweede spoor veel te laat is begonnen, pas na het "
        "deskundigenoordeel van UWV. Dat had ik al bij de evaluatie na een jaar gevraagd.\r\n", encoding="utf-8")
    label(C, f"{F}/oordeel Mirjam.txt", "oordeel_werknemer", ow, "Notepad txt", "employee's view in a loose text file, partly disagrees")

    (out(f"{F}/urenoverzicht lessen 2024.txt")).write_text(
        "Urenoverzicht docenten 2024 (export lesadministratie)\r\nDocent;Jan;Feb;Mrt;Apr\r\nLotte;96;92;100;88\r\n"
        "Mirjam;48;48;52;48\r\nDennis;110;104;108;96\r\n", encoding="utf-8")
    label(C, f"{F}/urenoverzicht lessen 2024.txt", "", None, "plain text export", "non-RIV: hours overview")


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    case_a()
    case_b()
    case_c()
    case_d()
    run_soffice()
    case_c_late()
    for c in ("2801", "2802", "2803", "2804"):
        assert elfproef(make_bsn(int(c)))
    rows = sorted(LABELS, key=lambda r: r["path"])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    shutil.rmtree(TMP)
    print(len(rows), "labels")


if __name__ == "__main__":
    main()
