"""Generate tests/corpus27: an untouched holdout (casemanager-run dossiers of employers without HR).

Run: .venv/bin/python tests/corpus27/make_corpus27.py
Deletes and rewrites files/ and labels.csv. Deterministic: fixed seeds, fixed dates, no clock reads.
Producers: python-docx (.docx kept), LibreOffice --convert-to pdf (from generated .docx), wkhtmltopdf
(portal prints), Pillow (image-only scan PDFs, phone photos, a laptop-screen photo), email (Outlook-style .eml), .txt.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import shutil
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

import docx
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
EPOCH = "1735689600"  # 2025-01-01T00:00:00Z
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH=EPOCH, LC_ALL="C.UTF-8")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"


# ---------------------------------------------------------------- BSN

def elfproef(s: str) -> bool:
    return len(s) == 9 and s != "000000000" and sum(
        int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(seed: int) -> str:
    rnd = random.Random(seed)
    while True:
        head = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(7)]
        s8 = sum(d * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2)))
        last = s8 % 11
        if last < 10:
            b = "".join(map(str, head)) + str(last)
            assert elfproef(b), b
            return b


# ---------------------------------------------------------------- dates

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MON_AB = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]


def wd(d0: dt.date, off: int) -> dt.date:
    d = d0 + dt.timedelta(days=off)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def nl(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def en(d: dt.date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def dmy(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def stampdate(d: dt.date) -> str:
    return f"{d.day:02d} {MON_AB[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- producers

def norm_pdf(data: bytes, date: dt.date, title: str | None = None) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    producer = str(pdf.docinfo.get("/Producer", "")) if "/Producer" in pdf.docinfo else ""
    creator = str(pdf.docinfo.get("/Creator", "")) if "/Creator" in pdf.docinfo else ""
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    for k in list(pdf.docinfo.keys()):
        del pdf.docinfo[k]
    stamp = f"D:{date.strftime('%Y%m%d')}100000Z"
    pdf.docinfo["/CreationDate"] = stamp
    pdf.docinfo["/ModDate"] = stamp
    if producer:
        pdf.docinfo["/Producer"] = producer
    if creator:
        pdf.docinfo["/Creator"] = creator
    if title:
        pdf.docinfo["/Title"] = title
    if "/DocChecksum" in pdf.trailer:
        del pdf.trailer["/DocChecksum"]
    if "/ID" in pdf.trailer:  # qpdf keeps the first /ID element of the input; drop it so both are content-derived
        del pdf.trailer["/ID"]
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(paras: list[str], date: dt.date, author: str, header: str | None = None) -> bytes:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    table_rows: list[list[str]] = []

    def flush():
        if table_rows:
            t = d.add_table(rows=0, cols=len(table_rows[0]))
            t.style = "Table Grid"
            for r in table_rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            table_rows.clear()

    for p in paras:
        if p.startswith("| "):
            table_rows.append([c.strip() for c in p.strip().strip("|").split("|")])
            continue
        flush()
        if p.startswith("# "):
            r = d.add_paragraph().add_run(p[2:])
            r.bold = True
            r.font.size = Pt(15)
        elif p.startswith("## "):
            r = d.add_paragraph().add_run(p[3:])
            r.bold = True
            r.font.size = Pt(12)
        elif p.startswith("- "):
            d.add_paragraph(p[2:], style="List Bullet")
        else:
            d.add_paragraph(p)
    flush()
    cp = d.core_properties
    when = dt.datetime(date.year, date.month, date.day, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    out = io.BytesIO()
    d.save(out)
    return fixed_zip(out.getvalue())


LO_PROFILE = Path(tempfile.gettempdir()) / "corpus27_lo_profile"


def lo_pdf(paras: list[str], date: dt.date, author: str, header: str | None = None) -> bytes:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "doc.docx"
        src.write_bytes(build_docx(paras, date, author, header))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], env=ENV, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return norm_pdf((Path(td) / "doc.pdf").read_bytes(), date)


def concat_pdf(parts: list[bytes], date: dt.date) -> bytes:
    out = pikepdf.new()
    for p in parts:
        src = pikepdf.open(io.BytesIO(p))
        out.pages.extend(src.pages)
    buf = io.BytesIO()
    out.save(buf)
    return norm_pdf(buf.getvalue(), date)


PORTAL_CSS = """
body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;color:#222;margin:0}
.top{background:%s;color:#fff;padding:10px 16px;font-size:14pt}
.top small{float:right;font-size:9pt;margin-top:4px}
.crumb{font-size:9pt;color:#666;padding:6px 16px;border-bottom:1px solid #ddd}
.main{padding:10px 16px}
h1{font-size:15pt;margin:6px 0 10px 0}
h2{font-size:12pt;margin:14px 0 4px 0;color:%s}
table{border-collapse:collapse;width:100%%;font-size:10pt}
td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f0f0;width:32%%}
.foot{font-size:8pt;color:#777;border-top:1px solid #ddd;margin-top:24px;padding-top:4px}
"""


def html_pdf(body: str, date: dt.date, color: str = "#1d5a7a", title: str = "") -> bytes:
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title><style>"
            + PORTAL_CSS % (color, color) + "</style></head><body>" + body + "</body></html>")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "p.html"
        src.write_text(html, encoding="utf-8")
        dst = Path(td) / "p.pdf"
        subprocess.run(["wkhtmltopdf", "--quiet", "-s", "A4", "--title", title or "Portaal",
                        str(src), str(dst)], env=ENV, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return norm_pdf(dst.read_bytes(), date)


# ---- Pillow pages

W, H = 850, 1200  # about 100 dpi A4


def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def wrap(draw: ImageDraw.ImageDraw, text: str, f, width: int) -> list[str]:
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=f) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def render_page(lines: list[str], seed: int, serif: bool = False, mono: bool = False) -> Image.Image:
    """'## x' bold, '~~ x' handwriting (blue-black), '>> x' right-aligned, '' blank line."""
    img = Image.new("RGB", (W, H), (252, 252, 250))
    dr = ImageDraw.Draw(img)
    base = MONO if mono else (SERIF if serif else DEJAVU)
    fn, fb, fh = font(base, 15), font(DEJAVU_B, 17), font(HAND, 26)
    rnd = random.Random(seed)
    y = 70
    for ln in lines:
        if ln == "":
            y += 12
            continue
        if ln.startswith("## "):
            for part in wrap(dr, ln[3:], fb, W - 140):
                dr.text((70, y), part, font=fb, fill=(20, 20, 20))
                y += 26
            y += 4
        elif ln.startswith("~~ "):
            x = 90 + rnd.randint(-10, 30)
            for part in wrap(dr, ln[3:], fh, W - 180):
                dr.text((x, y), part, font=fh, fill=(25, 35, 110))
                y += 30
        elif ln.startswith(">> "):
            t = ln[3:]
            dr.text((W - 70 - dr.textlength(t, font=fn), y), t, font=fn, fill=(20, 20, 20))
            y += 22
        else:
            for part in wrap(dr, ln, fn, W - 140):
                dr.text((70, y), part, font=fn, fill=(25, 25, 25))
                y += 22
    return img


def add_stamp(img: Image.Image, text: str, xy: tuple[int, int], angle: float = 8) -> None:
    f = font(DEJAVU_B, 24)
    layer = Image.new("RGBA", (420, 70), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    d.rectangle((2, 2, 417, 67), outline=(190, 30, 40, 200), width=4)
    tw = d.textlength(text, font=f)
    d.text(((420 - tw) / 2, 18), text, font=f, fill=(190, 30, 40, 210))
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    img.paste(layer, xy, layer)


def add_fax_header(img: Image.Image, text: str) -> None:
    d = ImageDraw.Draw(img)
    d.text((20, 12), text, font=font(MONO, 12), fill=(30, 30, 30))


def scanify(img: Image.Image, seed: int, fax: bool = False) -> Image.Image:
    rnd = random.Random(seed)
    g = img.convert("L").rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=245)
    if fax:
        g = g.resize((W // 2, H // 2)).resize((W, H), Image.NEAREST)
        g = g.point(lambda v: 0 if v < 150 else 255)
    px = g.load()
    for _ in range(2500):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = max(0, px[x, y] - rnd.randint(40, 120))
    return g.filter(ImageFilter.GaussianBlur(0.4))


def scan_pdf(pages: list[Image.Image], date: dt.date) -> bytes:
    out = io.BytesIO()
    pages[0].save(out, format="PDF", resolution=100, save_all=True, append_images=pages[1:], quality=60)
    return norm_pdf(out.getvalue(), date)


def photo(img: Image.Image, seed: int, desk=(120, 86, 58)) -> bytes:
    rnd = random.Random(seed)
    bg = Image.new("RGB", (1100, 1400), desk)
    d = ImageDraw.Draw(bg)
    for i in range(0, 1400, 7):  # wood grain
        c = tuple(max(0, v + rnd.randint(-14, 10)) for v in desk)
        d.line((0, i, 1100, i + rnd.randint(-20, 20)), fill=c, width=3)
    page = img.convert("RGB").rotate(rnd.uniform(-4, 4), expand=True, resample=Image.BICUBIC,
                                     fillcolor=desk)
    bg.paste(page, (110 + rnd.randint(-20, 20), 90 + rnd.randint(-20, 20)))
    shade = Image.new("L", bg.size, 0)
    ImageDraw.Draw(shade).ellipse((-300, 600, 700, 1800), fill=70)
    bg = Image.composite(Image.new("RGB", bg.size, (20, 15, 10)), bg, shade.filter(ImageFilter.GaussianBlur(80)))
    r, g, b = bg.split()
    bg = Image.merge("RGB", (r.point(lambda v: min(255, v + 8)), g, b.point(lambda v: v * 0.9)))
    bg = bg.filter(ImageFilter.GaussianBlur(0.9)).resize((880, 1120))
    out = io.BytesIO()
    bg.save(out, format="JPEG", quality=50)
    return out.getvalue()


def laptop_photo(title: str, rows: list[tuple[str, str]], header: str, seed: int, color=(30, 95, 70)) -> bytes:
    rnd = random.Random(seed)
    scr = Image.new("RGB", (1280, 800), (255, 255, 255))
    d = ImageDraw.Draw(scr)
    d.rectangle((0, 0, 1280, 34), fill=(222, 222, 226))
    d.text((12, 9), "https://mijn.oeverhorst-bedrijfsartsen.example/dossier/OH-24-0331/adviezen", font=font(DEJAVU, 14), fill=(60, 60, 60))
    d.rectangle((0, 34, 1280, 90), fill=color)
    d.text((20, 48), header, font=font(DEJAVU_B, 24), fill=(255, 255, 255))
    d.rectangle((0, 90, 230, 800), fill=(238, 242, 240))
    for i, m in enumerate(["Overzicht", "Spreekuren", "Adviezen", "Documenten", "Berichten"]):
        d.text((20, 115 + 38 * i), m, font=font(DEJAVU_B if m == "Adviezen" else DEJAVU, 17), fill=(40, 40, 40))
    d.text((260, 110), title, font=font(DEJAVU_B, 22), fill=(20, 20, 20))
    y = 155
    for k, v in rows:
        d.text((260, y), k, font=font(DEJAVU_B, 15), fill=(60, 60, 60))
        for part in wrap(d, v, font(DEJAVU, 15), 720):
            d.text((500, y), part, font=font(DEJAVU, 15), fill=(25, 25, 25))
            y += 22
        y += 8
    big = Image.new("RGB", (1600, 1200), (70, 62, 55))
    bd = ImageDraw.Draw(big)
    bd.rounded_rectangle((110, 90, 1490, 1000), radius=24, fill=(18, 18, 20))
    big.paste(scr.resize((1280, 800)), (160, 140))
    for yy in range(140, 940, 3):  # screen moire
        bd.line((160, yy, 1440, yy + rnd.randint(-1, 1)), fill=(200, 200, 210), width=1)
    big = Image.blend(big, Image.new("RGB", big.size, (90, 80, 60)), 0.12)
    big = big.rotate(rnd.uniform(-5, -2), resample=Image.BICUBIC, fillcolor=(70, 62, 55))
    big = big.filter(ImageFilter.GaussianBlur(1.0)).resize((1200, 900))
    out = io.BytesIO()
    big.save(out, format="JPEG", quality=55)
    return out.getvalue()


# ---- e-mail

def eml(frm: str, to: str, subject: str, when: dt.datetime, body: str, msgid: str,
        cc: str | None = None, attachments: list[tuple[str, str, bytes]] | None = None,
        in_reply_to: str | None = None) -> bytes:
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{msgid}@mail.corpus27.example>"
    if in_reply_to:
        m["In-Reply-To"] = f"<{in_reply_to}@mail.corpus27.example>"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["Content-Language"] = "nl-NL"
    m.set_content(body)
    for name, ctype, data in attachments or []:
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_NextPart_c27_{msgid}_{n}")
    return m.as_bytes()


# ---------------------------------------------------------------- the cases

DOCS: list[dict] = []
EXTRA: list[dict] = []  # containers (cover mails) that are not labelled themselves


def add(case: str, path: str, typ: str, date: dt.date | None, producer: str, trap: str, data: bytes) -> None:
    DOCS.append(dict(case=case, path=path, type=typ, date=date.isoformat() if (date and typ) else "",
                     note=f"{case};{producer};{trap}", data=data))


def label(case: str, path: str, typ: str, date: dt.date | None, producer: str, trap: str) -> None:
    """A label for a member of a container written separately (data=None)."""
    DOCS.append(dict(case=case, path=path, type=typ, date=date.isoformat() if (date and typ) else "",
                     note=f"{case};{producer};{trap}", data=None))


ANK = "Ankerpunt Verzuimbegeleiding"
ANK_CM = "Marloes Tjoa"
ANK_MAIL = "Marloes Tjoa | Ankerpunt Verzuimbegeleiding <m.tjoa@ankerpunt-verzuim.example>"
ANK_SIG = ("Met vriendelijke groet,\n\nMarloes Tjoa\nCasemanager verzuim\nAnkerpunt Verzuimbegeleiding\n"
           "Bredeweg 41, 7421 KM Oldenzijl | 0570 - 20 41 88")
ZM = "Zilvermeeuw Verzuimverzekeringen N.V."
ZM_CM = "Ingrid Haaksma"
ZM_MAIL = "Haaksma, Ingrid (Zilvermeeuw) <ingrid.haaksma@zilvermeeuw-verzuim.example>"
ZM_SIG = ("Vriendelijke groet,\n\nIngrid Haaksma\nCasemanager Verzuim & Re-integratie\n"
          "Zilvermeeuw Verzuimverzekeringen N.V. | afdeling Casemanagement MKB\n"
          "T 088 - 714 30 00 | www.zilvermeeuw-verzuim.example")


def ank_head(title: str, dossier: str, wg: str, wn: str, bsn: str, datum: dt.date, extra: list[str] | None = None) -> list[str]:
    return [f"# {title}", f"| Dossier | {dossier} |", f"| Werkgever | {wg} |", f"| Medewerker | {wn} |",
            f"| BSN | {bsn} |", f"| Datum | {dmy(datum)} |", f"| Casemanager | {ANK_CM}, {ANK} |"] + (extra or [])


def zm_head(title: str, nr: str, wg: str, wn: str, bsn: str, datum: dt.date) -> list[str]:
    return [f"# {title}", f"| Schadenummer | {nr} |", f"| Verzekeringnemer (werkgever) | {wg} |",
            f"| Werknemer | {wn} |", f"| BSN werknemer | {bsn} |", f"| Datum notitie | {dmy(datum)} |",
            f"| Opgesteld door | {ZM_CM}, casemanager {ZM} |"]


# ======================================================= case A: architect, expat, Ankerpunt, Oeverhorst

def case_a() -> None:
    C = "A"
    F = "Architectenbureau Vlietstra & Kooij - G. Moretti"
    d0 = dt.date(2024, 3, 18)
    bsn = make_bsn(2701)
    wg = "Architectenbureau Vlietstra & Kooij B.V., Havenkade 12, 8861 BT Harlinghorst"
    wn = "Giulia Moretti (geb. 14-07-1989), projectarchitect, 36 uur"
    dos = "ANK-24-0211"
    ba = "drs. S. (Sjoerd) Lamberink, bedrijfsarts, BIG 59023417801"
    oh = "Bedrijfsartsenpraktijk Oeverhorst"
    ohmail = "Secretariaat Oeverhorst <secretariaat@oeverhorst-bedrijfsartsen.example>"
    jorrit = "Jorrit Vlietstra <j.vlietstra@vlietstra-kooij.example>"
    giulia = "Giulia Moretti <giulia.moretti@mailbox-it.example>"

    # A1 probleemanalyse, LibreOffice PDF with an English summary
    d = wd(d0, 38)
    add(C, f"{F}/Oeverhorst terugrapportage {dmy(d)}.pdf", "probleemanalyse", d, "LibreOffice PDF",
        "PA titled 'Terugrapportage aan werkgever' with English summary; no word probleemanalyse", lo_pdf([
            f"# {oh}", "Terugrapportage aan werkgever en werknemer",
            f"| Werkgever | Architectenbureau Vlietstra & Kooij B.V., t.a.v. de heer J. Vlietstra |",
            f"| Werknemer | G. Moretti, projectarchitect |", f"| BSN | {bsn} |",
            f"| Eerste verzuimdag | {dmy(d0)} |", f"| Spreekuur | {dmy(d - dt.timedelta(days=2))} |",
            f"| Dossiernummer | OH-24-0331 |",
            "## Oordeel",
            "Mevrouw Moretti verzuimt sinds zes weken na een ongeval in de privésfeer. Er is sprake van dreigend "
            "langdurig verzuim: ik verwacht dat zij niet binnen drie maanden volledig in haar eigen werk terug is.",
            "## Wat kan zij nu wel en niet",
            "- beeldschermwerk beperkt tot 2 x 45 minuten per dag, met pauzes; geen lange vergaderingen",
            "- geen lawaaiige omgeving (bouwplaats), geen autorijden voor het werk",
            "- concentratie en tempo zijn verminderd; taken zonder tijdsdruk",
            "- belastbaar voor 2 uur per dag, 4 dagen per week, op te bouwen",
            "## Prognose",
            "Gunstig, maar het herstel gaat langzaam. Ik verwacht in de komende drie maanden een geleidelijke opbouw.",
            "## Advies",
            "Werkgever en werkneemster stellen binnen twee weken samen een plan op, met begeleiding van de "
            "casemanager van Ankerpunt. Start met licht, inhoudelijk werk thuis en op kantoor (tekeningen "
            "controleren, documentatie). Evaluatie op het volgende spreekuur over vier weken.",
            "## Summary in English (at the request of Ms Moretti)",
            "Ms Moretti is expected to be absent long-term. She can work 2 hours a day on 4 days, with limited "
            "screen time and no site visits. Employer and employee should agree a return-to-work plan within two "
            "weeks. Next consultation in four weeks.",
            "",
            f"{ba}", f"Harlinghorst, {nl(d)}",
        ], d, "S. Lamberink"))

    # A2 plan van aanpak: Ankerpunt 'Koersdocument' kept as Word
    d = wd(d0, 49)
    pva_d = d
    add(C, f"{F}/Koersdocument Moretti v1.docx", "plan_van_aanpak", d, "python-docx Word",
        "bureau template 'Koersdocument' instead of 'plan van aanpak'; visie in section 4", build_docx(
            ank_head("Koersdocument", dos, wg, wn, bsn, d) + [
                "## 1. Waar staan we",
                f"Giulia is sinds {nl(d0)} afwezig. De bedrijfsarts (Oeverhorst, {nl(wd(d0, 38))}) verwacht "
                "langdurig verzuim en ziet mogelijkheden voor 2 uur per dag licht werk.",
                "## 2. Waar willen we naartoe",
                "Terugkeer in het eigen werk als projectarchitect, eerst zonder projectleiding en bouwplaatsbezoek.",
                "## 3. Wie doet wat wanneer",
                "| Wat | Wie | Wanneer |",
                "| Start 2 uur per dag, 4 dagen: tekeningen controleren en BIM-modellen nalopen | Giulia / Jorrit | vanaf 13 mei |",
                "| Werkplek: extra scherm met lage helderheid, stille kamer achter | Jorrit | 17 mei |",
                "| Uitbreiden met een half uur per dag als het goed gaat | Giulia | elke 2 weken |",
                "| Contact casemanager met werkgever en Giulia | Marloes | elke 3 weken |",
                "| Spreekuur bedrijfsarts | Oeverhorst | juni |",
                "## 4. Hoe kijken jullie ertegenaan",
                "Werkgever (Jorrit): 'We willen Giulia graag terug, ze kent onze projecten. Geen haast, wel ritme.'",
                "Giulia: 'I want to start small. Dutch meetings are tiring for me now, so mostly drawing work first.'",
                "## 5. Volgende koersmoment",
                f"Gespreksnotitie na zes weken, uiterlijk {dmy(d + dt.timedelta(days=42))}. Casemanager: {ANK_CM}.",
                "Akkoord werkgever: J. Vlietstra, directeur          Akkoord medewerker: G. Moretti",
            ], d, ANK_CM, header=f"{ANK} · dossier {dos}"))

    # A3 cover mail carrying the gespreksnotitie (tussentijdse evaluatie), bilingual attachment
    d = wd(d0, 87)
    att = lo_pdf(ank_head("Gespreksnotitie / meeting note", dos, wg, wn, bsn, d) + [
        "Aanwezig: Jorrit Vlietstra, Giulia Moretti, Marloes Tjoa (Teams).",
        "## Hoe gaat het / how is it going",
        "Giulia werkt nu 3 uur per dag op 4 dagen. Tekeningen controleren lukt goed; na 2 uur scherm heeft zij "
        "hoofdpijn. De afspraken uit het koersdocument zijn nagekomen, de werkplek is aangepast.",
        "Giulia: 'The quiet room helps. The Monday project meeting is still too much.'",
        "## Wat spreken we af",
        "- opbouw naar 4 uur per dag per 1 juli; maandagoverleg voorlopig niet",
        "- Jorrit zoekt een project waarbij Giulia zonder tijdsdruk kan meewerken",
        "- volgende notitie over zes weken",
        f"Marloes Tjoa, casemanager, {dmy(d)}",
    ], d, ANK_CM)
    add(C, f"{F}/Gespreksnotitie juni.eml", "", None, "Outlook eml", "cover mail only", eml(
        ANK_MAIL, jorrit, "Gespreksnotitie Giulia Moretti " + dmy(d), dt.datetime.combine(wd(d0, 88), dt.time(16, 2)),
        f"Beste Jorrit, dear Giulia,\n\nHierbij de gespreksnotitie van ons overleg van gisteren. Please let me know "
        f"if anything is missing.\n\n{ANK_SIG}", "a3", cc=giulia,
        attachments=[("Gespreksnotitie ANK-24-0211.pdf", "application/pdf", att)]))
    EXTRA.append(DOCS.pop())
    label(C, f"{F}/Gespreksnotitie juni.eml::Gespreksnotitie ANK-24-0211.pdf", "tussentijdse_evaluatie", d,
          "Outlook eml + LibreOffice PDF attachment", "cover mail that only carries the attachment; bilingual note")

    # A4 medical information: employee forwards the neurologist's letter (English cover)
    d = wd(d0, 106)
    letter = scan_pdf([scanify(render_page([
        "## Rijnoever Ziekenhuis · Polikliniek Neurologie", "Postbus 3300, 8860 AH Harlinghorst", "",
        "Aan: de huisarts, dr. P. Zwartjes", f"Betreft: mw. G. Moretti, geb. 14-07-1989", f"Datum: {dmy(d)}", "",
        "Geachte collega,",
        "Uw patiënte bezocht op 27 juni onze polikliniek in verband met aanhoudende klachten na een "
        "commotio cerebri (val van de fiets, 16 maart). Diagnose: postcommotioneel syndroom. De CT-scan van "
        "maart liet geen afwijkingen zien. Zij gebruikt nog paracetamol naar behoefte.",
        "Beleid: verwijzing naar de revalidatiearts voor cognitieve revalidatie; controle over drie maanden.",
        "", "Met collegiale groet,", "dr. A. Hoekstra-Beuk, neuroloog",
    ], 2702, serif=True), 2703)], d)
    add(C, f"{F}/Fw letter neurologist.eml", "", None, "Outlook eml", "cover mail only", eml(
        giulia, f"{ANK_MAIL}", "FW: letter neurologist", dt.datetime.combine(wd(d0, 113), dt.time(21, 40)),
        "Hi Marloes,\n\nAs promised the letter from the hospital. Can you pass it on to Jorrit and the doctor? "
        "I think it explains why it is going slow.\n\nThanks, Giulia", "a4",
        attachments=[("brief neuroloog.pdf", "application/pdf", letter)]))
    EXTRA.append(DOCS.pop())
    label(C, f"{F}/Fw letter neurologist.eml::brief neuroloog.pdf", "medische_informatie", d,
          "Outlook eml + image-only scan PDF", "specialist letter (diagnosis) sent to the casemanager; employer must not hold it (DOMAIN 5.1)")

    # A5 bijstelling probleemanalyse: photo of a laptop screen showing the Oeverhorst portal
    d = wd(d0, 164)
    add(C, f"{F}/IMG_{wd(d0, 165).strftime('%Y%m%d')}_093114.jpg", "bijstelling_probleemanalyse", d,
        "Pillow photo of laptop screen", "portal page photographed on a laptop; the word bijstelling only in the portal",
        laptop_photo("Vervolgadvies na spreekuur " + dmy(d), [
            ("Werknemer", f"G. Moretti — BSN {bsn}"),
            ("Soort advies", "Bijstelling probleemanalyse (gewijzigde belastbaarheid)"),
            ("Wat is veranderd", "Herstel stagneert. Belastbaar 4 uur per dag, 4 dagen; beeldscherm max. 3 uur per dag verspreid. Projectleiding en bouwplaatsbezoek blijven voorlopig niet haalbaar."),
            ("Prognose", "Volledige terugkeer in eigen werk op termijn mogelijk, maar niet binnen drie maanden."),
            ("Advies", "Plan aanpassen: taken zonder tijdsdruk uitbreiden, geen klantoverleg. Spreekuur over 6 weken."),
            ("Bedrijfsarts", "drs. S. Lamberink"),
        ], "Oeverhorst · Mijn dossier werkgever", 2704))

    # A6 bijstelling plan van aanpak (LibreOffice PDF)
    d = wd(d0, 176)
    add(C, f"{F}/Koersdocument wijziging 1.pdf", "bijstelling_plan_van_aanpak", d, "LibreOffice PDF",
        "bureau title 'Koersdocument - wijziging 1'", lo_pdf(
            ank_head("Koersdocument – wijziging 1", dos, wg, wn, bsn, d) + [
                f"Aanleiding: het vervolgadvies van de bedrijfsarts van {dmy(wd(d0, 164))} (belastbaarheid gewijzigd).",
                "## Wat verandert",
                "- Doel blijft het eigen werk, maar nu in een aangepaste vorm: uitwerking en controle van tekeningen, "
                "geen projectleiding (voorlopig tot de eerstejaarsevaluatie).",
                "- Uren: 4 uur per dag, 4 dagen. Uitbreiding alleen na overleg met de bedrijfsarts.",
                "- Geen klantoverleg; Jorrit neemt de contacten met opdrachtgevers over.",
                "## Visie",
                "Werkgever: 'Aangepast werk is voor ons prima zolang we weten waar we aan toe zijn.'",
                "Giulia: 'I agree. I would like to keep one small project of my own.' — afgesproken: het "
                "woonhuis Dijkstraat.",
                f"Volgend koersmoment: {dmy(d + dt.timedelta(days=42))}.",
                "Akkoord: J. Vlietstra (werkgever) en G. Moretti (medewerker), getekend via e-mail.",
            ], d, ANK_CM))

    # A7 42nd-week: UWV confirmation scanned with a received stamp, named scan0003.pdf
    d = wd(d0, 296)
    img = render_page([
        "## UWV", "Uitvoeringsinstituut Werknemersverzekeringen", "", "Architectenbureau Vlietstra & Kooij B.V.",
        "Havenkade 12", "8861 BT Harlinghorst", "", f"Datum: {nl(d)}", "Loonheffingennummer: 8120.47.339.L01",
        "", "## Bevestiging ziekmelding van uw werknemer",
        "Geachte heer/mevrouw,",
        f"Op {nl(wd(d0, 294))} heeft u uw werknemer mevrouw G. Moretti ziek gemeld bij UWV, omdat zij "
        "bijna 42 weken ziek is. Deze melding is door Ankerpunt Verzuimbegeleiding namens u gedaan.",
        f"Burgerservicenummer: {bsn}", f"Eerste ziektedag: {nl(d0)}",
        "Binnenkort ontvangt uw werknemer informatie over de eerstejaarsevaluatie en over de aanvraag van een "
        "WIA-uitkering na 104 weken ziekte.",
        "", "Met vriendelijke groet,", "UWV Werkgeversservicepunt",
    ], 2705)
    add_stamp(img, f"ONTVANGEN {stampdate(wd(d0, 301))}", (430, 150))
    add(C, f"{F}/scan0003.pdf", "ziekmelding_uwv", d, "Pillow image-only scan PDF",
        "generic name; received stamp date differs from letter date", scan_pdf([scanify(img, 2706)], d))

    # A8 inzetbaarheidsprofiel: portal print (wkhtmltopdf)
    d = wd(d0, 325)
    rows = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in [
        ("1. Persoonlijk functioneren", "Beperkt: verdeelde aandacht, tempo, werken onder tijdsdruk. Werk met vaste structuur gaat."),
        ("2. Sociaal functioneren", "Beperkt: lange overleggen en conflicthantering met opdrachtgevers."),
        ("3. Aanpassing aan fysieke omgevingseisen", "Geen lawaai, geen fel wisselend licht (bouwplaats)."),
        ("4. Dynamische handelingen", "Geen beperkingen."), ("5. Statische houdingen", "Geen beperkingen."),
        ("6. Werktijden", "Maximaal 5 uur per dag, 4 dagen per week; geen avondwerk.")])
    add(C, f"{F}/Inzetbaarheidsprofiel print.pdf", "inzetbaarheidsprofiel", d, "wkhtmltopdf portal print",
        "IZP as portal print with the six rubrieken", html_pdf(
            f"<div class='top'>Oeverhorst · Mijn dossier<small>Afgedrukt {dmy(wd(d0, 326))} 10:12</small></div>"
            f"<div class='crumb'>Dossiers › OH-24-0331 › Documenten</div><div class='main'>"
            f"<h1>Inzetbaarheidsprofiel</h1><p>Werknemer: G. Moretti · BSN: {bsn} · "
            f"Werkgever: Architectenbureau Vlietstra &amp; Kooij B.V.</p><p>Datum: {dmy(d)}</p>"
            f"<table>{rows}</table><p>Opgesteld door drs. S. Lamberink, bedrijfsarts (BIG 59023417801), "
            f"t.b.v. de eerstejaarsevaluatie.</p><div class='foot'>Oeverhorst Bedrijfsartsen — "
            f"mijn.oeverhorst-bedrijfsartsen.example</div></div>", d, "#2e6b4f", "Inzetbaarheidsprofiel"))

    # A9 eerstejaarsevaluatie in a file called pva.pdf
    d = wd(d0, 339)
    add(C, f"{F}/pva.pdf", "eerstejaarsevaluatie", d, "LibreOffice PDF",
        "misleading name pva.pdf holds the first-year evaluation ('Koersdocument - jaarbalans'); PvA-like headings", lo_pdf(
            ank_head("Koersdocument – jaarbalans", dos, wg, wn, bsn, d) + [
                "## 1. Waar staan we na bijna een jaar",
                "Giulia werkt 20 uur per week (5 uur op 4 dagen) in aangepast eigen werk: uitwerking en controle van "
                "tekeningen en één eigen klein project. Projectleiding en bouwplaatsbezoek lukken nog niet. Het "
                "inzetbaarheidsprofiel van de bedrijfsarts (februari) bevestigt dit.",
                "## 2. Welk resultaat willen we aan het eind van het tweede jaar",
                "Structureel 24 tot 28 uur in de eigen functie, in aangepaste vorm (zonder projectleiding).",
                "## 3. Tweede spoor?",
                "Niet ingezet. De bedrijfsarts verwacht binnen drie maanden uitbreiding in het eigen werk en er is "
                "passend werk binnen het bureau. Dit nemen we opnieuw op in mei.",
                "## 4. Hoe kijken jullie ertegenaan",
                "Werkgever: tevreden over de inzet; wil de uren stap voor stap uitbreiden.",
                "Giulia: 'I feel useful again. I would like to learn the Dutch building regulations better in this "
                "period' — het bureau betaalt een cursus.",
                "## 5. Volgende koersmoment", f"Over zes weken. Casemanager: {ANK_CM}.",
                "Getekend: J. Vlietstra, directeur — G. Moretti, medewerker",
            ], d, ANK_CM))

    # A10 UWV week-88 letter scanned as AO.pdf
    d = wd(d0, 610)
    img = render_page([
        "## UWV", "", "Mevrouw G. Moretti", "Zuiderstraat 5b", "8862 CH Harlinghorst", "",
        f"Datum: {nl(d)}", f"Burgerservicenummer: {bsn}", "", "## U kunt een WIA-uitkering aanvragen",
        "Geachte mevrouw Moretti,",
        f"U bent sinds {nl(d0)} ziek. Als u na 104 weken nog ziek bent, kunt u misschien een WIA-uitkering "
        "krijgen. U moet deze uitkering zelf aanvragen. Doe dat uiterlijk 11 weken voor het einde van de "
        f"wachttijd. De wachttijd eindigt op {nl(d0 + dt.timedelta(days=727))}.",
        "Uw werkgever maakt samen met u het re-integratieverslag. Stuur de medische informatie van uw "
        "bedrijfsarts in een gesloten envelop mee.",
        "", "Met vriendelijke groet,", "UWV",
    ], 2707)
    add(C, f"{F}/AO.pdf", "uwv_correspondentie", d, "Pillow image-only scan PDF",
        "misleading name AO.pdf holds the UWV week-88 letter (AO = arbeidsongeschiktheid here)", scan_pdf([scanify(img, 2708)], d))

    # A11 actueel oordeel + medical information in one arbodienst export
    d = wd(d0, 619)
    ao = lo_pdf([
        f"# {oh}", "## Actueel oordeel t.b.v. het re-integratieverslag",
        f"| Werknemer | G. Moretti | BSN {bsn} |", f"| Werkgever | Architectenbureau Vlietstra & Kooij B.V. | Dossier OH-24-0331 |",
        f"| Datum | {dmy(d)} | Spreekuur {dmy(d - dt.timedelta(days=3))} |",
        "## Stand van zaken",
        "Mevrouw werkt 24 uur per week in aangepast eigen werk (uitwerking en controle, één eigen project). Zij "
        "is hier duurzaam belastbaar voor. Projectleiding, klantoverleg en bouwplaatsbezoek blijven ongeschikt.",
        "## Belastbaarheid", "Zie het inzetbaarheidsprofiel; ongewijzigd behalve werktijden: 6 uur per dag, 4 dagen.",
        "## Arbeidsrelatie", "Goed; werkgever en werkneemster werken constructief samen.",
        "## Passende arbeid bij de werkgever",
        "Het huidige aangepaste werk is passend. Verdere uitbreiding verwacht ik niet. Ik adviseer de WIA-aanvraag.",
        "", f"{ba}",
    ], d, "S. Lamberink")
    mi = lo_pdf([
        f"# {oh}", "## MEDISCH GEHEIM — Medische informatie t.b.v. de verzekeringsarts van UWV",
        f"Betreft: G. Moretti, BSN {bsn}, geb. 14-07-1989", f"Datum: {dmy(d)}",
        "Diagnose: postcommotioneel syndroom na commotio cerebri (maart 2024). Behandeling: cognitieve "
        "revalidatie Revalidatiecentrum De Zeehoeve (sept 2024 - mrt 2025), neuroloog Rijnoever Ziekenhuis.",
        "Medicatie: geen. Beloop: langzaam herstel, restklachten van vermoeidheid en prikkelgevoeligheid.",
        f"{ba}",
    ], d, "S. Lamberink")
    add(C, f"{F}/Alle documenten dossier OH-24-0331.pdf", "actueel_oordeel", d, "LibreOffice PDF combined export",
        "two documents in one file, labelled by the FIRST (AO); page 2 is medical information", concat_pdf([ao, mi], d))

    # A12 eindevaluatie: page 1 scanned, signature page a separate phone photo
    d = wd(d0, 626)
    p1 = ank_head("Koersdocument – slotbalans", dos, wg, wn, bsn, d)
    lines1 = ["## " + p1[0][2:]] + [x.strip("| ").replace(" | ", ": ") for x in p1[1:]] + [
        "", "## 1. Terugblik op twee jaar",
        f"Giulia viel op {nl(d0)} uit. Na een rustige start (2 uur per dag) is zij via aangepast eigen werk "
        "teruggekomen op 24 uur per week. Tweede spoor was niet nodig: er was passend werk binnen het bureau.",
        "## 2. Aard van het bedrijf",
        "Architectenbureau met 19 medewerkers (woningbouw en kleine utiliteitsbouw); veel projectwerk met "
        "deadlines; daarnaast uitwerkings- en controlewerk dat zonder tijdsdruk kan.",
        "## 3. Arbeidsrelatie en passende arbeid",
        "De arbeidsrelatie is goed. Het aangepaste werk (24 uur) is passend en blijft structureel; het contract "
        "wordt hierop aangepast. Meer uren of projectleiding zijn volgens de bedrijfsarts niet haalbaar.",
        "## 4. WIA-aanvraag", "Giulia vraagt de WIA-uitkering aan; Ankerpunt helpt met het re-integratieverslag.",
        "~~ + contract 24 u per 1-1 is besproken, JV",
    ]
    add(C, f"{F}/Slotbalans p1.pdf", "eindevaluatie", d, "Pillow image-only scan PDF",
        "page 1 of a two-page EV scanned with a handwritten addition; the signature page is a separate photo",
        scan_pdf([scanify(render_page(lines1, 2709), 2710)], d))
    sig = render_page([
        "## Koersdocument – slotbalans (vervolg)", f"Dossier {dos} — G. Moretti", "",
        "## 5. Hoe kijken jullie ertegenaan",
        "Werkgever: 'Giulia is een waardevolle collega gebleven, we gaan door met 24 uur.'",
        "Medewerker: 'I am satisfied with the way we worked together. I still hope to do more later.'", "",
        "Voor akkoord werkgever:", "~~ J. Vlietstra", f"Datum: {dmy(d)}", "",
        "Voor akkoord medewerker:", "~~ Giulia Moretti", f"Datum: {dmy(d)}",
    ], 2711)
    add(C, f"{F}/IMG_{wd(d0, 627).strftime('%Y%m%d')}_161233.jpg", "eindevaluatie", d, "Pillow phone photo",
        "signature page of the EV photographed separately; labelled with the EV it belongs to", photo(sig, 2712))

    # A13 oordeel werknemer: English reply chain
    d = wd(d0, 631)
    add(C, f"{F}/RE RIV - your view.eml", "oordeel_werknemer", d, "Outlook eml reply chain",
        "employee's view in English in a reply above the casemanager's question", eml(
            giulia, ANK_MAIL, "RE: Re-integratieverslag - your view", dt.datetime.combine(d, dt.time(19, 5)),
            f"Dear Marloes,\n\nI have read all documents of the re-integratieverslag you sent me. My view, for UWV:\n\n"
            "- I agree with the problem analysis, the plan and the adjustments. They describe what happened.\n"
            "- I agree with the first-year evaluation and the final evaluation (slotbalans).\n"
            "- I do not fully agree with the conclusion that more hours are not possible; I hope to grow to 28 "
            "hours next year. I would like UWV to know this.\n"
            "- My employer and you always explained things in English when I asked. Thank you.\n\n"
            f"Giulia Moretti\nBSN: {bsn}\n{nl(d)}\n\n"
            f"-----Original Message-----\nFrom: {ANK_MAIL}\nSent: {en(wd(d0, 627))}\nTo: {giulia}\n"
            "Subject: Re-integratieverslag - your view\n\nDear Giulia,\n\nAttached are all documents. UWV asks for "
            "your own opinion (oordeel werknemer) on the report. You may write it in English or Dutch.\n\n"
            + ANK_SIG, "a13", cc=jorrit, in_reply_to="a13q"))

    # A14 non-RIV: mail about a monitor arm and screen glasses
    d = wd(d0, 64)
    add(C, f"{F}/monitor arm order.eml", "", None, "Outlook eml", "non-RIV: workplace purchase, mentions Koersdocument", eml(
        jorrit, giulia, "Monitor arm + new screen", dt.datetime.combine(d, dt.time(11, 20)),
        "Hi Giulia,\n\nThe monitor arm and the second screen (with the low brightness setting you asked for) are "
        "ordered, delivery Thursday. The invoice goes to the office. This was one of the points in the "
        "Koersdocument, so I will tick it off.\n\nGroet, Jorrit", "a14"))

    # A15 non-RIV: Ankerpunt invoice
    d = wd(d0, 197)
    add(C, f"{F}/Factuur Ankerpunt 2024-0913.pdf", "", None, "LibreOffice PDF", "non-RIV: invoice naming the case and the plan", lo_pdf([
        f"# {ANK}", "## FACTUUR 2024-0913", "Architectenbureau Vlietstra & Kooij B.V., t.a.v. de directie",
        f"Factuurdatum: {dmy(d)}", f"Uw dossier: {dos} (medewerker G. Moretti)",
        "| Omschrijving | Aantal | Bedrag |", "| Casemanagement (uren) juli - september | 4,5 | € 427,50 |",
        "| Opstellen koersdocument - wijziging 1 | 1 | € 95,00 |", "| Totaal excl. btw | | € 522,50 |",
        "Betaling binnen 30 dagen op NL00 BANK 0123 4567 89 o.v.v. het factuurnummer.",
    ], d, "Ankerpunt administratie"))


# ======================================================= case B: sports centre, Zilvermeeuw, Kanaalzicht, 2nd track

def case_b() -> None:
    C = "B"
    F = "Sportcentrum De Wervel - R. Kuipers"
    d0 = dt.date(2023, 10, 23)
    bsn = make_bsn(2720)
    wg = "Stichting Sportcentrum De Wervel, Sluisweg 3, 4117 RL Westerbrug"
    wn = "Rick Kuipers (geb. 03-02-1991), zweminstructeur / medewerker badtechniek, 32 uur"
    nr = "ZM-23-88412"
    rick = "Rick Kuipers <rickkuipers91@postvak.example>"
    annemiek = "Annemiek Stoop | De Wervel <bedrijfsleider@dewervel-sport.example>"
    ba = "mw. F. Oudejans, bedrijfsarts, BIG 29045512601"

    def portal(title: str, d: dt.date, inner: str) -> bytes:
        return html_pdf(
            f"<div class='top'>Kanaalzicht Online<small>Afdrukdatum {dmy(d)} · gebruiker: a.stoop</small></div>"
            f"<div class='crumb'>Werknemers › Kuipers, R. › Verzuimmelding {dmy(d0)} › {title}</div>"
            f"<div class='main'><h1>{title}</h1><table><tr><th>Werknemer</th><td>R. Kuipers</td></tr>"
            f"<tr><th>BSN</th><td>{bsn}</td></tr><tr><th>Werkgever</th><td>Stichting Sportcentrum De Wervel</td></tr>"
            f"<tr><th>Datum</th><td>{dmy(d)}</td></tr><tr><th>Bedrijfsarts</th><td>{ba}</td></tr></table>"
            + inner + "<div class='foot'>Arbopraktijk Kanaalzicht · kanaalzicht-arbo.example · "
            "Dit document bevat geen medische gegevens.</div></div>", d, "#7a3b1d", title)

    d = wd(d0, 31)
    add(C, f"{F}/Kanaalzicht - Probleemanalyse.pdf", "probleemanalyse", d, "wkhtmltopdf portal print",
        "standard title in a portal print", portal("Probleemanalyse", d,
            "<h2>Dreigend langdurig verzuim</h2><p>Ja. Werknemer kan zijn werk als zweminstructeur en in de "
            "badtechniek (tillen van chemicaliën, trappen, staan op natte vloer) de komende maanden niet doen.</p>"
            "<h2>Beperkingen en mogelijkheden</h2><p>Niet lang staan of lopen (max. 15 minuten), geen knielen, "
            "hurken of traplopen, niet tillen boven 5 kg. Zittend werk is mogelijk, 3 uur per dag.</p>"
            "<h2>Prognose</h2><p>Na de geplande behandeling verwacht ik herstel in 6 tot 9 maanden; of hij terug "
            "kan in het bad is onzeker.</p><h2>Advies</h2><p>Plan van aanpak binnen 2 weken opstellen met de "
            "casemanager van de verzuimverzekeraar. Tijdelijk zittend werk aan de receptie/kassa en de "
            "roosterplanning.</p>"))

    d = wd(d0, 43)
    add(C, f"{F}/Afsprakenoverzicht Kuipers.docx", "plan_van_aanpak", d, "python-docx Word",
        "insurer template 'Afsprakenoverzicht' instead of 'plan van aanpak'", build_docx(
            zm_head("Afsprakenoverzicht re-integratie", nr, wg, wn, bsn, d) + [
                "## Doel", "Terugkeer in eigen werk; zolang dat niet kan tijdelijk ander werk binnen De Wervel (receptie, planning).",
                "## Afspraken",
                "| Nr | Afspraak | Wie | Termijn |",
                "| 1 | Start receptie/kassa 3 uur per dag, zittend, 4 dagen | Rick / Annemiek | vanaf 11 december |",
                "| 2 | Hoge kruk en voetsteun bij de balie | Annemiek | 8 december |",
                "| 3 | Behandeling volgen; bedrijfsarts op de hoogte houden | Rick | doorlopend |",
                "| 4 | Telefonisch contact casemanager | Ingrid | elke 4 weken |",
                "| 5 | Evaluatie van dit overzicht | allen | januari, daarna elke 6 weken |",
                "## Visie werkgever", "Wij willen Rick behouden; bij de receptie kunnen we hem goed gebruiken.",
                "## Visie werknemer", "Ik wil zo snel mogelijk weer in het water staan, maar begrijp dat het rustig moet.",
                "Casemanager en coördinator van deze afspraken: Ingrid Haaksma (Zilvermeeuw).",
                "Handtekening werkgever: A. Stoop, bedrijfsleider        Handtekening werknemer: R. Kuipers",
            ], d, ZM_CM, header=f"{ZM} — Casemanagement MKB"))

    d = wd(d0, 85)
    add(C, f"{F}/Verslag telefonisch overleg {dmy(d)}.eml", "tussentijdse_evaluatie", d, "Outlook eml",
        "evaluation as mail body without any title", eml(
            ZM_MAIL, f"{annemiek}, {rick}", f"Ons overleg van vandaag - R. Kuipers ({nr})",
            dt.datetime.combine(d, dt.time(15, 48)),
            f"Beste Annemiek en Rick,\n\nZoals besproken zet ik ons telefoongesprek van vanmiddag even op een rij "
            f"(BSN: {bsn}).\n\n- Rick werkt sinds 11 december 3 uur per dag aan de receptie. Dat gaat goed, de "
            "kruk helpt. Afspraken 1 t/m 4 zijn nagekomen.\n- Rick wordt eind januari geopereerd; daarna 6 weken "
            "geen werk verwacht.\n- Annemiek houdt de receptieplek voor hem vrij.\n- Na de operatie bellen we "
            "opnieuw; het afsprakenoverzicht passen we aan als de bedrijfsarts met nieuw advies komt.\n\n"
            + ZM_SIG, "b3"))

    d = wd(d0, 294)
    add(C, f"{F}/42e weeks melding gedaan.eml", "ziekmelding_uwv", d, "Outlook eml",
        "casemanager's mail that she filed the 42nd-week report, with the portal text pasted", eml(
            ZM_MAIL, annemiek, f"42e-weekmelding R. Kuipers ingediend ({nr})", dt.datetime.combine(d, dt.time(10, 31)),
            "Beste Annemiek,\n\nNamens jullie heb ik vandaag de ziekmelding na 42 weken (aangifte langdurige ziekte) "
            "bij UWV gedaan via het werkgeversportaal. Hieronder de bevestiging uit het portaal.\n\n"
            f"   Ziekmelding ontvangen\n   Werkgever: Stichting Sportcentrum De Wervel, loonheffingennummer 8051.62.114.L01\n"
            f"   Werknemer: R. Kuipers, BSN {bsn}\n   Eerste ziektedag: {dmy(d0)}\n   Datum melding: {dmy(d)}\n"
            "   Kenmerk: ZM42-7718830\n\nRick krijgt van UWV een brief over de eerstejaarsevaluatie.\n\n" + ZM_SIG, "b7"))

    d = wd(d0, 323)
    add(C, f"{F}/Rapport arbeidsdeskundige Hazelaar.pdf", "arbeidsdeskundig_rapport", d, "LibreOffice PDF",
        "standard AD report with numbered chapters", lo_pdf([
            "# Hazelaar Arbeidsdeskundig Advies", "## Rapportage arbeidsdeskundig onderzoek",
            f"| Werknemer | R. Kuipers, BSN {bsn} |", "| Werkgever | Stichting Sportcentrum De Wervel |",
            f"| Opdrachtgever | {ZM}, casemanager I. Haaksma |", f"| Datum rapport | {dmy(d)} |",
            "## 1. Vraagstelling", "Kan werknemer terug in zijn eigen werk, en zo nee: is er passend werk bij "
            "De Wervel of moet spoor 2 starten?",
            "## 2. Functiebelasting eigen werk",
            "Zweminstructeur: langdurig staan en lopen op de badrand, in en uit het water, snel ingrijpen bij "
            "calamiteiten. Badtechniek: tillen van vaten tot 25 kg, trappen naar de kelder.",
            "## 3. Belastbaarheid", "Volgens de bedrijfsarts: geen langdurig staan, geen knielen/hurken, geen "
            "tillen boven 10 kg, geen snelle reacties op de badrand.",
            "## 4. Beoordeling",
            "Het eigen werk is niet meer geschikt, ook niet aangepast. Receptiewerk is passend, maar De Wervel "
            "heeft hiervoor structureel maximaal 8 uur per week. Andere passende functies zijn er niet.",
            "## 5. Advies",
            "Spoor 1: receptie 8 uur per week behouden. Spoor 2 direct inzetten via een re-integratiebureau, "
            "richting klantcontact of administratief werk. Loonwaarde in receptiewerk: 100 %.",
            "", "J. Rijpkema, registerarbeidsdeskundige",
        ], d, "J. Rijpkema"))

    d = wd(d0, 344)
    add(C, f"{F}/Dossiernotitie balans week 52.docx", "eerstejaarsevaluatie", d, "python-docx Word",
        "insurer's 'balans week 52' note, no word eerstejaarsevaluatie", build_docx(
            zm_head("Dossiernotitie — balans na 52 weken", nr, wg, wn, bsn, d) + [
                "Gesprek op de sportlocatie met Annemiek Stoop en Rick Kuipers.",
                "## Terugblik eerste jaar",
                "Na de knieoperatie in februari is Rick in april weer begonnen aan de receptie, nu 4 uur per dag op "
                "4 dagen. Terugkeer in het bad is volgens bedrijfsarts en arbeidsdeskundige niet meer mogelijk.",
                "## Beoogd resultaat over een jaar",
                "Passend werk voor 32 uur, grotendeels buiten De Wervel (8 uur receptie blijft mogelijk).",
                "## Hoe bereiken we dat", "Start spoor 2 binnen 4 weken; bureau Loopbaanatelier Ter Borg.",
                "## Visie werkgever", "Wij kunnen niet meer dan 8 uur receptie bieden en steunen het externe traject.",
                "## Visie werknemer", "Jammer van het zwemmen, maar ik wil wel verder. Klantcontact lijkt me leuk.",
                "Afsprakenoverzicht wordt aangepast (vervolg spoor 2).",
                "Getekend: A. Stoop (werkgever), R. Kuipers (werknemer), I. Haaksma (casemanager)",
            ], d, ZM_CM, header=f"{ZM} — Casemanagement MKB"))

    d = wd(d0, 351)
    add(C, f"{F}/Afsprakenoverzicht vervolg spoor 2.pdf", "bijstelling_plan_van_aanpak", d, "LibreOffice PDF",
        "'vervolg' of the insurer's overview = bijstelling PvA", lo_pdf(
            zm_head("Afsprakenoverzicht re-integratie — vervolg", nr, wg, wn, bsn, d) + [
                "Dit overzicht vervangt de afspraken van december 2023.",
                "## Nieuw doel", "Passend werk buiten De Wervel (spoor 2) naast 8 uur receptie (spoor 1).",
                "| Nr | Afspraak | Wie | Termijn |",
                "| 1 | Receptie 8 uur per week vast | Rick / Annemiek | doorlopend |",
                "| 2 | Intake en trajectplan Loopbaanatelier Ter Borg | Ter Borg / Rick | binnen 3 weken |",
                "| 3 | Maandelijkse rapportage van het bureau aan de casemanager | Ter Borg | maandelijks |",
                "| 4 | Evaluatie van dit overzicht | Ingrid | elke 6 weken |",
                "Visie werkgever en werknemer: zie de balans na 52 weken; beiden akkoord.",
                "Handtekening werkgever: A. Stoop        Handtekening werknemer: R. Kuipers",
            ], d, ZM_CM))

    d = wd(d0, 372)
    add(C, f"{F}/Ter Borg startplan.pdf", "trajectplan_tweede_spoor", d, "LibreOffice PDF",
        "trajectplan titled 'Startplan loopbaanroute'", lo_pdf([
            "# Loopbaanatelier Ter Borg", "## Startplan loopbaanroute", f"Kandidaat: R. Kuipers — BSN {bsn}",
            "Werkgever: Stichting Sportcentrum De Wervel", f"Datum: {dmy(d)}", "Loopbaancoach: Koen Baarspul",
            "## Wie is Rick", "MBO Sport en Bewegen, 9 jaar zweminstructeur, EHBO/BHV, goed met mensen, "
            "handig met kassasystemen. Wil: klantcontact, vaste werktijden.",
            "## Waar zoeken we", "Klantenservice, receptie, verhuur; zittend of afwisselend; regio Westerbrug 25 km.",
            "## Wat gaan we doen", "- week 1-4: zoekprofiel, cv, LinkedIn", "- week 5-12: netwerkgesprekken, "
            "vacatures, twee oriënterende stages", "- maandelijks rapportage aan Zilvermeeuw",
            "Akkoord kandidaat: R. Kuipers", "K. Baarspul, loopbaancoach",
        ], d, "K. Baarspul"))

    d = wd(d0, 468)
    add(C, f"{F}/Rapportage Ter Borg nov-feb.docx", "voortgangsrapportage_tweede_spoor", d, "python-docx Word",
        "progress report kept as Word", build_docx([
            "# Loopbaanatelier Ter Borg — rapportage", f"Kandidaat: R. Kuipers (BSN {bsn})",
            f"Periode: november {d.year - 1} t/m februari {d.year}", f"Datum: {dmy(d)}",
            "## Activiteiten", "| Activiteit | Aantal |", "| Sollicitaties | 9 |", "| Netwerkgesprekken | 5 |",
            "| Oriënterende stage | 1 (klantenservice energiecoöperatie, 2 weken) |",
            "## Inzet kandidaat", "Goed; komt afspraken na, neemt zelf initiatief.",
            "## Vervolg", "Gesprek over een proefplaatsing bij Energiecoöperatie Rivierland (klantenservice, 24 uur).",
            "K. Baarspul, loopbaancoach",
        ], d, "K. Baarspul"))

    d = wd(d0, 590)
    add(C, f"{F}/Ter Borg afsluitend verslag.pdf", "eindrapportage_tweede_spoor", d, "LibreOffice PDF",
        "final report without the word eindrapportage", lo_pdf([
            "# Loopbaanatelier Ter Borg", "## Afsluitend verslag loopbaanroute", f"Kandidaat: R. Kuipers, BSN {bsn}",
            f"Datum: {dmy(d)}",
            "## Resultaat", "Rick heeft per 1 juni een arbeidsovereenkomst van 24 uur als medewerker klantenservice "
            "bij Energiecoöperatie Rivierland, na een proefplaatsing van 8 weken.",
            "## Inspanningen", "23 sollicitaties, 11 netwerkgesprekken, 2 stages, 1 proefplaatsing.",
            "## Advies", "Traject afsluiten. Nazorg: één contactmoment na drie maanden.",
            "K. Baarspul, loopbaancoach",
        ], d, "K. Baarspul"))

    d = wd(d0, 596)
    add(C, f"{F}/Kanaalzicht - Actueel oordeel.pdf", "actueel_oordeel", d, "wkhtmltopdf portal print",
        "standard title in a portal print", portal("Actueel oordeel", d,
            "<h2>Stand van zaken</h2><p>Werknemer werkt sinds 1 juni 24 uur bij een andere werkgever "
            "(klantenservice) en 8 uur aan de receptie van De Wervel.</p><h2>Belastbaarheid</h2><p>Zittend en "
            "afwisselend werk, 32 uur per week; geen langdurig staan, knielen of tillen boven 10 kg. Duurzaam.</p>"
            "<h2>Arbeidsrelatie</h2><p>Goed.</p><h2>Passende arbeid bij de werkgever</h2><p>Alleen receptiewerk, "
            "8 uur. Geen ander passend werk bij De Wervel.</p><p>Dit oordeel is opgesteld voor de WIA-aanvraag.</p>"))

    d = wd(d0, 610)
    img = render_page([
        "## UWV", "", "De heer R. Kuipers", "Kerkpad 18", "4116 AB Westerbrug", "", f"Datum: {nl(d)}",
        f"Burgerservicenummer: {bsn}", "", "## Aanvraag WIA-uitkering",
        "Geachte heer Kuipers,", f"U bent ziek sinds {nl(d0)}. U kunt nu een WIA-uitkering aanvragen. "
        "Wij raden u aan dat binnen 6 weken te doen, via Mijn UWV.",
        "Stuur ook het re-integratieverslag mee, of laat uw werkgever het uploaden.", "",
        "Met vriendelijke groet,", "UWV",
    ], 2721)
    add_stamp(img, f"ONTVANGEN {stampdate(wd(d0, 614))}", (420, 130), -6)
    add(C, f"{F}/brief uwv wia.pdf", "uwv_correspondentie", d, "Pillow image-only scan PDF",
        "stamped scan of the week-88 letter", scan_pdf([scanify(img, 2722)], d))

    d = wd(d0, 612)
    add(C, f"{F}/Dossiernotitie slotgesprek.docx", "eindevaluatie", d, "python-docx Word",
        "insurer's 'slotgesprek' note = eindevaluatie", build_docx(
            zm_head("Dossiernotitie — slotgesprek", nr, wg, wn, bsn, d) + [
                "## Terugblik", "Twee jaar: receptiewerk binnen De Wervel, knieoperatie, arbeidsdeskundig onderzoek, "
                "spoor 2 via Ter Borg met plaatsing bij Energiecoöperatie Rivierland (24 uur).",
                "## Aard van het bedrijf", "Stichting met een zwembad en sporthal, 44 medewerkers, vooral "
                "instructie, toezicht en badtechniek; weinig zittend werk.",
                "## Arbeidsrelatie", "Goed; beide partijen zijn tevreden over de samenwerking.",
                "## Passende arbeid", "Bij De Wervel alleen 8 uur receptie. Het dienstverband wordt in overleg "
                "teruggebracht naar 8 uur per 1 september.",
                "## WIA", "Rick vraagt de WIA-uitkering aan; het re-integratieverslag wordt door Zilvermeeuw verzameld.",
                "Getekend: A. Stoop (werkgever), R. Kuipers (werknemer)",
            ], d, ZM_CM, header=f"{ZM} — Casemanagement MKB"))

    d = wd(d0, 618)
    note = render_page([
        "~~ Westerbrug, " + dmy(d), "", "~~ Aan Zilvermeeuw / UWV", "~~ Over het re-integratieverslag:",
        "~~ Ik heb alles gelezen. Ik ben het eens met wat erin staat.",
        "~~ Alleen: de operatie was in februari, niet in maart zoals in één stuk staat.",
        "~~ Ik ben blij met mijn nieuwe baan. De 8 uur receptie houd ik graag.", "",
        "~~ R. Kuipers", f"~~ bsn {bsn}",
    ], 2723)
    add(C, f"{F}/WhatsApp Image {wd(d0, 619).strftime('%Y-%m-%d')} at 20.41.07.jpeg", "oordeel_werknemer", d,
        "Pillow phone photo", "handwritten view without title, photographed, WhatsApp name a day later", photo(note, 2724, (150, 150, 155)))

    d = wd(d0, 240)
    add(C, f"{F}/rooster receptie.txt", "", None, "plain text (Notepad)", "non-RIV: reception roster naming the agreed hours", (
        "ROOSTER RECEPTIE WERVEL - weken 26 t/m 30\r\nma  7:00-11:00  Rick (afspraak 4 u, zittend)\r\n"
        "di  7:00-11:00  Rick\r\nwo  vrij (fysio)\r\ndo  7:00-11:00  Rick\r\nvr  7:00-11:00  Rick\r\n"
        "za/zo  Mieke / Joost\r\n").encode("cp1252"))

    d = wd(d0, 200)
    add(C, f"{F}/Uitkeringsspecificatie Q2.pdf", "", None, "LibreOffice PDF", "non-RIV: insurer's payment statement", lo_pdf([
        f"# {ZM}", "## Uitkeringsspecificatie verzuimverzekering", "Verzekeringnemer: Stichting Sportcentrum De Wervel",
        f"Schadenummer: {nr}", f"Datum: {dmy(d)}", "| Werknemer | Periode | Dagen | Uitkering |",
        "| R. Kuipers | 01-04 t/m 30-06 | 91 | € 7.912,40 |", "Eigen risico: 2 weken (verbruikt).",
    ], d, "Zilvermeeuw"))


# ======================================================= case C: wine importer, Ankerpunt, Okkerse (fax), DO

def case_c() -> None:
    C = "C"
    F = "Wijnkoperij Van Asperen - H. Bulut"
    d0 = dt.date(2023, 12, 4)
    bsn = make_bsn(2740)
    wg = "Wijnkoperij Van Asperen B.V., Industrieweg 27, 5307 JE Zaltwijk"
    wn = "Hakan Bulut (geb. 22-11-1978), magazijnmedewerker / bezorger, 38 uur"
    dos = "ANK-23-0877"
    ba = "B. Okkerse, bedrijfsarts, BIG 89031166401"
    okk = "Praktijk Okkerse Arbeid & Gezondheid"
    diederik = "Diederik van Asperen <diederik@vanasperen-wijn.example>"
    carla = "Carla Mulder <administratie@vanasperen-wijn.example>"
    hakan = "H. Bulut <hbulut78@postvak.example>"

    def fax_page(lines: list[str], d: dt.date, seed: int, page: str = "P.01/01") -> Image.Image:
        img = render_page(lines, seed, mono=False)
        add_fax_header(img, f"{d.strftime('%d/%m/%Y')} 14:{seed % 60:02d}  FAX 0418 552190   OKKERSE A&G   ->  0418 613377  {page}")
        return scanify(img, seed + 1, fax=True)

    d = wd(d0, 38)
    add(C, f"{F}/fax bedrijfsarts jan.pdf", "probleemanalyse", d, "Pillow image-only fax scan PDF",
        "faxed PA titled 'Advies bedrijfsarts'; fax header line with a date", scan_pdf([fax_page([
            f"## {okk}", "Markt 9, 5301 BB Zaltwijk", "", "Aan: Wijnkoperij Van Asperen, dhr. D. van Asperen",
            "cc: Ankerpunt, mw. M. Tjoa; dhr. H. Bulut", "", "## Advies bedrijfsarts",
            f"Werknemer: H. Bulut, BSN {bsn}", f"Eerste ziektedag: {dmy(d0)}", f"Datum: {dmy(d)}", "",
            "Er is sprake van dreigend langdurig verzuim. Dhr. Bulut kan niet tillen, niet lang staan of "
            "rijden. Zittend werk met afwisseling kan 2 uur per dag.",
            "Verwachting: langzaam herstel over maanden; zwaar magazijnwerk mogelijk niet meer.",
            "Advies: plan van aanpak binnen 2 weken; licht administratief werk (orderinvoer) proberen.",
            "", f"{ba}",
        ], d, 2741)], d))

    d = wd(d0, 50)
    lines = ["## ANKERPUNT VERZUIMBEGELEIDING · Koersdocument", f"Dossier: {dos}", f"Werkgever: {wg}",
             f"Medewerker: {wn}", f"BSN: {bsn}", f"Datum: {dmy(d)}", f"Casemanager: {ANK_CM}", "",
             "## 1. Waar staan we", "Hakan is sinds 4 december ziek (rug). De bedrijfsarts ziet 2 uur zittend werk.",
             "## 2. Waar willen we naartoe", "Terug in eigen werk als dat kan; anders ander werk bij Van Asperen.",
             "## 3. Wie doet wat wanneer", "- Orderinvoer op kantoor 2 uur/dag, 3 dagen — Hakan/Carla — vanaf 29 jan",
             "- Stoel met armleuning regelen — Diederik — 26 jan", "- Contact casemanager — Marloes — elke 3 weken",
             "~~ + fysio 2x p/w, tijden overleggen met Carla",
             "## 4. Hoe kijken jullie ertegenaan", "Werkgever: wil Hakan houden; kantoorwerk is er genoeg.",
             "Hakan: wil graag, maar is bang dat hij nooit meer kan sjouwen.", "## 5. Volgende koersmoment: over 6 weken", "",
             "Akkoord werkgever:   ~ D. van Asperen          Akkoord medewerker:   ~ H. Bulut"]
    add(C, f"{F}/Koersdocument Bulut getekend.pdf", "plan_van_aanpak", d, "Pillow image-only scan PDF",
        "signed bureau template scanned with a handwritten addition; no word plan van aanpak",
        scan_pdf([scanify(render_page(lines, 2742), 2743)], d))

    d = wd(d0, 93)
    add(C, f"{F}/RE Gespreksnotitie 6 maart.eml", "tussentijdse_evaluatie", d, "Outlook eml reply chain",
        "employer's reply on top; the evaluation is the quoted casemanager mail below", eml(
            diederik, ANK_MAIL, "RE: Gespreksnotitie Hakan Bulut 6 maart", dt.datetime.combine(wd(d0, 94), dt.time(8, 12)),
            "Hoi Marloes,\n\nKlopt zo. Eén aanvulling: Hakan doet sinds deze week ook de telefoon voor de "
            "bestellingen, dat gaat prima.\n\nGr. Diederik\n\n"
            f"Van: {ANK_MAIL}\nVerzonden: {nl(d)} 17:30\nAan: {diederik}; {hakan}\nOnderwerp: Gespreksnotitie Hakan Bulut 6 maart\n\n"
            f"Beste Diederik en Hakan,\n\nGespreksnotitie van ons koersmoment van vandaag (dossier {dos}, BSN {bsn}).\n\n"
            "Hoe gaat het: Hakan werkt 3 uur per dag op 3 dagen aan de orderinvoer. De afspraken uit het "
            "koersdocument zijn nagekomen; de stoel is er. Rugklachten wisselend.\n"
            "Afspraken: opbouw naar 4 dagen per 1 april; geen tillen; volgend spreekuur bij dhr. Okkerse in april.\n"
            "Volgende notitie: half april.\n\n" + ANK_SIG, "c3", cc=hakan, in_reply_to="c3q"))

    d = wd(d0, 164)
    img = render_page([
        f"## {okk}", "Markt 9, 5301 BB Zaltwijk", "", "Wijnkoperij Van Asperen B.V.", "t.a.v. de directie",
        "Industrieweg 27", "5307 JE Zaltwijk", "", f"Zaltwijk, {nl(d)}", f"Betreft: H. Bulut, BSN {bsn}", "",
        "Geachte heer Van Asperen,",
        "Naar aanleiding van het spreekuur van deze week stel ik mijn eerdere advies bij. De belastbaarheid is "
        "veranderd: dhr. Bulut kan nu 5 uur per dag zittend of afwisselend werken, maar blijvend niet zwaar "
        "tillen (max. 10 kg) en geen langdurig rijden in de bestelbus.",
        "Terugkeer in zijn eigen werk als magazijnmedewerker/bezorger verwacht ik niet meer. Ik adviseer het plan "
        "aan te passen en een arbeidsdeskundige in te schakelen.", "",
        "Met vriendelijke groet,", "", f"{ba}",
    ], 2744, serif=True)
    add_stamp(img, f"ONTVANGEN {stampdate(wd(d0, 169))}", (400, 150), 5)
    add(C, f"{F}/Okkerse brief mei.pdf", "bijstelling_probleemanalyse", d, "Pillow image-only scan PDF",
        "letter without the word bijstelling; received stamp", scan_pdf([scanify(img, 2745)], d))

    d = wd(d0, 227)
    pages = []
    for i, ls in enumerate([[
        "## UWV", "Deskundigenoordeel", "", "Wijnkoperij Van Asperen B.V.", "Industrieweg 27, 5307 JE Zaltwijk", "",
        f"Datum: {nl(d)}", f"Betreft: de heer H. Bulut, BSN {bsn}", "Aanvraag door: werkgever", "",
        "## Uw vraag", "Is het werk dat u de heer Bulut aanbiedt (orderverwerking en telefonische verkoop, 25 uur "
        "per week) passend?",
        "## Ons oordeel", "Ja. Het aangeboden werk is passend. Het past binnen de mogelijkheden die de "
        "verzekeringsarts heeft vastgesteld en sluit aan bij zijn opleiding en ervaring.",
    ], [
        "## Toelichting", "De verzekeringsarts heeft de heer Bulut gesproken op 4 juli. Hij kan zittend en "
        "afwisselend werken, niet zwaar tillen. De arbeidsdeskundige heeft het aangeboden werk bekeken op de "
        "werkplek.", "", "Dit deskundigenoordeel is niet bindend. U kunt er geen bezwaar tegen maken.", "",
        "Met vriendelijke groet,", "mr. J. Koolhaas, arbeidsdeskundige UWV", "drs. E. Wiltink, verzekeringsarts UWV",
    ]]):
        pages.append(scanify(render_page(ls, 2746 + i), 2748 + i))
    add(C, f"{F}/document.pdf", "deskundigenoordeel", d, "Pillow image-only scan PDF (2 pages)",
        "generic name document.pdf; the word deskundigenoordeel only in the header", scan_pdf(pages, d))

    d = wd(d0, 241)
    add(C, f"{F}/Nieuwe afspraken na het DO.eml", "bijstelling_plan_van_aanpak", d, "Outlook eml",
        "adjusted plan written as a mail body, no title", eml(
            ANK_MAIL, f"{diederik}, {hakan}", "Nieuwe afspraken na het deskundigenoordeel", dt.datetime.combine(d, dt.time(13, 5)),
            f"Beste Diederik en Hakan,\n\nUWV vindt het aangeboden werk passend. Daarom passen we het "
            f"koersdocument (dossier {dos}) aan. BSN: {bsn}.\n\n"
            "Nieuw doel: structureel ander werk bij Van Asperen: orderverwerking en telefonische verkoop.\n"
            "1. Hakan werkt vanaf 1 augustus 25 uur (5 dagen x 5 uur) in dit werk.\n"
            "2. Diederik regelt een tweede werkplek bij de telefoon, uiterlijk 1 augustus.\n"
            "3. Arbeidsdeskundig onderzoek in oktober, vóór de eerstejaarsevaluatie.\n"
            "4. Koersmoment elke 6 weken (ik plan ze in).\n\nVisie: Diederik is blij dat het werk passend is. "
            "Hakan gaat akkoord, maar wil later kijken of wat lichte magazijntaken erbij kunnen.\n\n"
            "Willen jullie beiden met 'akkoord' antwoorden?\n\n" + ANK_SIG, "c10"))

    d = wd(d0, 294)
    add(C, f"{F}/UWV werkgeversportaal ziekmelding.pdf", "ziekmelding_uwv", d, "wkhtmltopdf portal print",
        "UWV employer portal confirmation printed", html_pdf(
            f"<div class='top'>UWV werkgeversportaal<small>Afgedrukt {dmy(d)} 11:48</small></div>"
            "<div class='crumb'>Home › Ziekmelden › Bevestiging</div><div class='main'>"
            "<h1>Uw ziekmelding is ontvangen</h1><table>"
            "<tr><th>Soort melding</th><td>Ziekmelding na 42 weken (langdurige ziekte)</td></tr>"
            "<tr><th>Werkgever</th><td>Wijnkoperij Van Asperen B.V., loonheffingennummer 8533.90.471.L01</td></tr>"
            f"<tr><th>Werknemer</th><td>H. Bulut</td></tr><tr><th>BSN</th><td>{bsn}</td></tr>"
            f"<tr><th>Eerste ziektedag</th><td>{dmy(d0)}</td></tr><tr><th>Datum melding</th><td>{dmy(d)}</td></tr>"
            "<tr><th>Ingediend door</th><td>Ankerpunt Verzuimbegeleiding (gemachtigde)</td></tr></table>"
            "<p>Bewaar deze bevestiging bij het re-integratiedossier.</p></div>", d, "#0a5aa0", "Bevestiging ziekmelding"))

    d = wd(d0, 325)
    add(C, f"{F}/Kleiweg rapport Bulut.pdf", "arbeidsdeskundig_rapport", d, "LibreOffice PDF",
        "AD report in question-answer form", lo_pdf([
            "# Kleiweg Arbeidsdeskundig Advies", f"Rapport inzake H. Bulut (BSN {bsn}) — Wijnkoperij Van Asperen B.V.",
            f"Datum: {dmy(d)} · opgesteld door N. Kleiweg, register-arbeidsdeskundige", "",
            "## Vraag 1: Is het eigen werk nog geschikt?", "Nee. Het bezorgen en orderpicken vraagt tillen tot 25 kg "
            "(dozen wijn) en veel rijden; dat past niet bij de belastbaarheid.",
            "## Vraag 2: Is het huidige werk passend en duurzaam?", "Ja. Orderverwerking en telefonische verkoop "
            "(25 uur) is passend, zoals ook UWV in het deskundigenoordeel vond. Uitbreiding tot 32 uur is mogelijk.",
            "## Vraag 3: Is spoor 2 nodig?", "Nee, er is passend werk bij de werkgever; loonwaarde ca. 90 %.",
            "## Advies", "Structureel maken in een nieuwe functie 'medewerker orderverwerking', opbouw naar 32 uur.",
            "N. Kleiweg",
        ], d, "N. Kleiweg"))

    d = wd(d0, 346)
    add(C, f"{F}/Koersdocument jaarbalans Bulut.docx", "eerstejaarsevaluatie", d, "python-docx Word",
        "bureau 'jaarbalans' = first-year evaluation", build_docx(
            ank_head("Koersdocument – jaarbalans", dos, wg, wn, bsn, d) + [
                "## 1. Waar staan we na een jaar", "Hakan werkt 28 uur in orderverwerking en telefonische verkoop. "
                "Het deskundigenoordeel van UWV en het rapport van de arbeidsdeskundige bevestigen dat dit passend is.",
                "## 2. Welk resultaat willen we aan het eind van het tweede jaar", "32 uur in de nieuwe functie.",
                "## 3. Tweede spoor?", "Niet nodig: passend werk bij de werkgever is gevonden (arbeidsdeskundige).",
                "## 4. Hoe kijken jullie ertegenaan", "Werkgever: tevreden, Hakan kent de klanten.",
                "Hakan: tevreden, al mist hij het buitenwerk.", "## 5. Volgende koersmoment: februari",
                "Getekend: D. van Asperen — H. Bulut",
            ], d, ANK_CM, header=f"{ANK} · dossier {dos}"))

    d = wd(d0, 600)
    mi = lo_pdf([
        f"# {okk}", "## Medische informatie", "Vertrouwelijk — medisch geheim — uitsluitend voor de verzekeringsarts",
        f"Werknemer: H. Bulut, geb. 22-11-1978, BSN {bsn}", f"Datum: {dmy(d)}",
        "Diagnose: lumbale hernia L5-S1 rechts met radiculaire prikkeling; microdiscectomie april 2024 "
        "(neurochirurg, Ziekenhuis Maasland). Nadien restklachten; fysiotherapie tot september 2024.",
        "Medicatie: naproxen zo nodig. Prognose: stationair.", f"{ba}",
    ], d, "B. Okkerse")
    add(C, f"{F}/Stukken Okkerse voor UWV.eml", "", None, "Outlook eml", "cover mail only", eml(
        "Assistente Praktijk Okkerse <assistente@okkerse-ag.example>", carla,
        "Stukken H. Bulut t.b.v. WIA", dt.datetime.combine(wd(d0, 603), dt.time(9, 55)),
        "Geachte mevrouw Mulder,\n\nIn de bijlage de stukken van dhr. Bulut voor de WIA-aanvraag.\n\n"
        "Met vriendelijke groet,\nLinda de Waal\nassistente Praktijk Okkerse", "c5",
        attachments=[("MI Bulut.pdf", "application/pdf", mi)]))
    EXTRA.append(DOCS.pop())
    label(C, f"{F}/Stukken Okkerse voor UWV.eml::MI Bulut.pdf", "medische_informatie", d,
          "Outlook eml + LibreOffice PDF attachment", "medical information mailed to the employer's office by mistake (DOMAIN 4.3, 5.1)")

    d = wd(d0, 610)
    letter = render_page([
        "## UWV", "", "De heer H. Bulut", "Lindelaan 40", "5306 KP Zaltwijk", "", f"Datum: {nl(d)}",
        f"Burgerservicenummer: {bsn}", "", "## U kunt een WIA-uitkering aanvragen",
        "Geachte heer Bulut,", "U bent bijna 2 jaar ziek. Vraag de WIA-uitkering uiterlijk "
        f"{nl(d0 + dt.timedelta(days=650))} aan.", "", "Met vriendelijke groet,", "UWV",
    ], 2750)
    add(C, f"{F}/FW brief van uwv.eml", "", None, "Outlook eml", "cover mail only", eml(
        hakan, ANK_MAIL, "FW: brief van uwv", dt.datetime.combine(wd(d0, 613), dt.time(18, 2)),
        "Marloes, hierbij de brief van het UWV. Foto gemaakt met telefoon.\nGroet Hakan", "c14",
        attachments=[("IMG_3391.jpg", "image/jpeg", photo(letter, 2751))]))
    EXTRA.append(DOCS.pop())
    label(C, f"{F}/FW brief van uwv.eml::IMG_3391.jpg", "uwv_correspondentie", d,
          "Outlook eml + Pillow phone photo", "UWV letter photographed and mailed; the cover mail only carries it")

    d = wd(d0, 612)
    add(C, f"{F}/fax Okkerse aug.pdf", "actueel_oordeel", d, "Pillow image-only fax scan PDF",
        "faxed AO with the fax line date one day after the letter", scan_pdf([fax_page([
            f"## {okk}", "", "Aan: Wijnkoperij Van Asperen; cc Ankerpunt, dhr. H. Bulut", "",
            "## Actueel oordeel bedrijfsarts", f"Werknemer: H. Bulut, BSN {bsn}", f"Datum: {dmy(d)}", "",
            "Stand van zaken: werkt 32 uur als medewerker orderverwerking; dat is passend en duurzaam.",
            "Belastbaarheid: zittend/afwisselend werk, niet tillen boven 10 kg, niet langdurig rijden.",
            "Arbeidsrelatie: goed.", "Passende arbeid bij de werkgever: ja, het huidige werk.",
            "Ten behoeve van de WIA-aanvraag.", "", f"{ba}",
        ], wd(d0, 613), 2752)], d))

    d = wd(d0, 626)
    add(C, f"{F}/Koersdocument slotbalans.pdf", "eindevaluatie", d, "LibreOffice PDF",
        "bureau 'slotbalans' = eindevaluatie", lo_pdf(
            ank_head("Koersdocument – slotbalans", dos, wg, wn, bsn, d) + [
                "## 1. Terugblik op twee jaar", "Van 2 uur orderinvoer naar 32 uur in een nieuwe functie; "
                "deskundigenoordeel UWV (passend werk) en arbeidsdeskundig rapport; geen tweede spoor nodig.",
                "## 2. Aard van het bedrijf", "Wijnimporteur en groothandel met 26 medewerkers: magazijn, bezorging "
                "aan horeca en slijterijen, verkoop binnendienst.",
                "## 3. Arbeidsrelatie", "Goed.", "## 4. Passende arbeid", "Ja: medewerker orderverwerking, 32 van 38 uur, structureel.",
                "## 5. Hoe kijken jullie ertegenaan", "Werkgever en Hakan zijn tevreden over het resultaat.",
                "Getekend: D. van Asperen — H. Bulut",
            ], d, ANK_CM))

    d = wd(d0, 631)
    add(C, f"{F}/mijn mening.txt", "oordeel_werknemer", d, "plain text (Notepad)",
        "employee's view as a text file without a title", (
            f"Zaltwijk {dmy(d)}\r\n\r\nVan: Hakan Bulut\r\nBSN: {bsn}\r\n\r\nIk heb de papieren van het "
            "re-integratieverslag gekregen van Marloes.\r\nIk ben het eens met wat er staat over het werk en de "
            "afspraken.\r\nIk ben het niet eens dat mijn rug 'stationair' is, het wordt nog steeds beter.\r\n"
            "Ik werk graag op kantoor maar ik mis de wagen.\r\n\r\nHakan Bulut\r\n").encode("utf-8"))

    d = wd(d0, 200)
    add(C, f"{F}/Urenoverzicht Hakan.docx", "", None, "python-docx Word", "non-RIV: hours worked per week", build_docx([
        "# Urenoverzicht H. Bulut", "Bijgehouden door Carla (administratie)", "| Week | Uren gewerkt | Taken |",
        "| 5 | 6 | orderinvoer |", "| 9 | 9 | orderinvoer |", "| 14 | 12 | orderinvoer, telefoon |",
        "| 20 | 16 | orderinvoer, telefoon |", "| 24 | 20 | orderverwerking |",
    ], d, "Carla Mulder"))

    d = wd(d0, 86)
    add(C, f"{F}/Uitnodiging koersmoment.eml", "", None, "Outlook eml", "non-RIV: meeting invitation naming the koersmoment", eml(
        ANK_MAIL, f"{diederik}, {hakan}", "Uitnodiging: koersmoment 6 maart 15:00", dt.datetime.combine(d, dt.time(9, 0)),
        "Beste Diederik en Hakan,\n\nIk kom woensdag 6 maart om 15:00 uur naar Industrieweg 27 voor ons "
        "koersmoment. Graag de urenlijst van Carla klaarleggen.\n\n" + ANK_SIG, "c16"))


# ======================================================= case D: museum, Zilvermeeuw, Duinrand, 2nd track

def case_d() -> None:
    C = "D"
    F = "Museum Het Stoomgemaal - A. Verschoor"
    d0 = dt.date(2024, 4, 15)
    bsn = make_bsn(2760)
    wg = "Stichting Museum Het Stoomgemaal, Gemaalweg 1, 1687 PD Kralingveen"
    wn = "Anouk Verschoor (geb. 09-05-1984), medewerker educatie en rondleidingen, 28 uur"
    nr = "ZM-24-10277"
    ba = "M. Yavuz, bedrijfsarts, BIG 49017733201"
    dr = "Arbodienst Duinrand"
    willemijn = "Willemijn Stuivenberg <directie@stoomgemaal-museum.example>"
    anouk = "Anouk Verschoor <anouk.verschoor@kpnmail-x.example>"

    def duinrand(title: str, d: dt.date, body: list[str]) -> list[str]:
        return [f"# {dr}", "Vestiging Kralingveen · Postbus 212 · 1680 AE Kralingveen", f"## {title}" if title else "",
                f"| Werkgever | Stichting Museum Het Stoomgemaal |", f"| Werknemer | A. Verschoor |",
                f"| BSN | {bsn} |", f"| Dossier | DR-2024-0412 |", f"| Datum | {dmy(d)} |"] + body + ["", ba]

    d = wd(d0, 36)
    add(C, f"{F}/Probleemanalyse Verschoor.docx", "probleemanalyse", d, "python-docx Word (bedrijfsarts)",
        "bedrijfsarts's Word file kept as .docx, standard title", build_docx(duinrand("Probleemanalyse en advies", d, [
            "## Oordeel", "Er is sprake van dreigend langdurig verzuim na een verkeersongeval (aanrijding van achteren).",
            "## Beperkingen en mogelijkheden", "Geen langdurig staan en lopen, geen tillen boven 5 kg, geen "
            "hoofdbewegingen boven het hoofd; beeldscherm max. 1 uur aaneen. Mogelijk: 2 uur per dag licht werk.",
            "## Prognose", "Herstel waarschijnlijk, maar niet binnen drie maanden.",
            "## Advies aan werkgever en werknemer", "Plan van aanpak opstellen met de casemanager van Zilvermeeuw; "
            "starten met voorbereidend educatiewerk (lesbrieven), geen rondleidingen.",
            "Er is mogelijk sprake van regres (aansprakelijke derde).",
        ]), d, "M. Yavuz"))

    d = wd(d0, 50)
    lines = ["## Zilvermeeuw Verzuimverzekeringen N.V. — Afsprakenoverzicht re-integratie", f"Schadenummer: {nr}",
             f"Werkgever: {wg}", f"Werknemer: {wn}", f"BSN werknemer: {bsn}", f"Datum: {dmy(d)}",
             f"Casemanager: {ZM_CM}", "", "## Doel", "Terugkeer in eigen werk, eerst zonder rondleidingen.",
             "## Afspraken", "1. Lesbrieven en educatief materiaal maken, thuis en op kantoor, 2 uur per dag — vanaf 10 juni",
             "2. Fysiotherapie volgen — Anouk", "3. Telefonisch contact casemanager elke 4 weken — Ingrid",
             "4. Evaluatie na 6 weken — allen",
             "~~ rondleidingen kinderen pas na overleg met bedrijfsarts! WS",
             "## Visie werkgever", "Anouk is onmisbaar voor het schoolprogramma; wij passen het werk aan.",
             "## Visie werknemer", "Ik wil graag beginnen, maar mijn nek is nog erg gevoelig.", "",
             "Handtekening werkgever: ~ W. Stuivenberg     Handtekening werknemer: ~ A. Verschoor"]
    add(C, f"{F}/scan afspraken juni.pdf", "plan_van_aanpak", d, "Pillow image-only scan PDF",
        "signed insurer template scanned with handwritten addition", scan_pdf([scanify(render_page(lines, 2761), 2762)], d))

    d = wd(d0, 92)
    add(C, f"{F}/Dossiernotitie juli.eml", "tussentijdse_evaluatie", d, "Outlook eml",
        "evaluation note as mail body with the insurer's note heading", eml(
            ZM_MAIL, f"{willemijn}, {anouk}", f"Dossiernotitie A. Verschoor ({nr})", dt.datetime.combine(d, dt.time(14, 22)),
            f"Beste Willemijn en Anouk,\n\nDOSSIERNOTITIE {dmy(d)} — schadenummer {nr}, BSN werknemer {bsn}\n\n"
            "Voortgang: Anouk werkt 3 uur per dag aan lesbrieven. Afspraken 1 t/m 4 nagekomen. Nek- en "
            "hoofdpijnklachten na schermwerk.\nNieuwe afspraken: pauze elk half uur; opbouw naar 4 uur per 1 "
            "september; spreekuur Duinrand in september.\nVolgende evaluatie: eind augustus.\n\n" + ZM_SIG, "d3"))

    d = wd(d0, 171)
    bij = lo_pdf(duinrand("Bijstelling probleemanalyse", d, [
        "## Wat is er veranderd", "Het herstel verloopt trager dan verwacht. De belastbaarheid is bijgesteld: 4 uur "
        "per dag, 5 dagen; staan en lopen max. 30 minuten aaneen; geen tillen boven 5 kg.",
        "## Advies", "Rondleidingen voor kleine groepen (max. 45 minuten, zittend deel) kunnen worden geprobeerd. "
        "Plan van aanpak hierop aanpassen. Ik verwacht geen volledig herstel binnen het eerste ziektejaar.",
    ]), d, "M. Yavuz")
    soap = lo_pdf([f"# {dr}", "## Spreekuurverslag (journaal bedrijfsarts)", f"A. Verschoor, BSN {bsn}, {dmy(d)}",
                   "S: nekpijn en hoofdpijn, slaapt slecht, concentratie matig. Fysio 2x/wk, ook manuele therapie.",
                   "O: beperkte rotatie CWK, drukpijn trapezius bdz.",
                   "A: whiplash-associated disorder graad II (WAD II), chronisch beloop; ICD S13.4.",
                   "P: verwijzing pijnpoli overwegen; amitriptyline via huisarts; controle 6 wkn.", ba], d, "M. Yavuz")
    add(C, f"{F}/Alle documenten dossier DR-2024-0412.pdf", "bijstelling_probleemanalyse", d,
        "LibreOffice PDF combined export", "two documents in one file, labelled by the FIRST (bijstelling PA); "
        "page 2 is the bedrijfsarts's consult journal (medical)", concat_pdf([bij, soap], d))

    d = wd(d0, 297)
    img = render_page([
        "## UWV", "", "Stichting Museum Het Stoomgemaal", "Gemaalweg 1", "1687 PD Kralingveen", "",
        f"Datum: {nl(d)}", "", "## Bevestiging ziekmelding", "Geachte heer/mevrouw,",
        f"Wij hebben uw ziekmelding van {nl(wd(d0, 294))} ontvangen van uw werknemer:",
        f"Naam: A. Verschoor", f"BSN: {bsn}", f"Eerste ziektedag: {nl(d0)}",
        "Let op: u blijft verplicht het re-integratiedossier bij te houden.", "", "Met vriendelijke groet,", "UWV",
    ], 2763)
    add_stamp(img, f"ONTVANGEN {stampdate(wd(d0, 302))}", (440, 120), 4)
    add(C, f"{F}/UWV bevestiging ziekmelding.pdf", "ziekmelding_uwv", d, "Pillow image-only scan PDF",
        "stamped scan; letter date vs stamp date", scan_pdf([scanify(img, 2764)], d))

    d = wd(d0, 343)
    add(C, f"{F}/Dossiernotitie balans week 52 Verschoor.pdf", "eerstejaarsevaluatie", d, "LibreOffice PDF",
        "insurer's 'balans na 52 weken' note", lo_pdf(
            zm_head("Dossiernotitie — balans na 52 weken", nr, wg, wn, bsn, d) + [
                "## Terugblik eerste jaar", "Anouk werkt 16 uur: lesbrieven, planning van schoolbezoeken en korte "
                "rondleidingen voor kleine groepen. Volledige terugkeer in het eigen werk (28 uur, lange "
                "rondleidingen, evenementen) verwacht de bedrijfsarts niet.",
                "## Beoogd resultaat tweede jaar", "16 uur eigen werk (aangepast) en daarnaast passend werk elders.",
                "## Tweede spoor", "Starten binnen 4 weken via Route Nieuw Werk.",
                "## Visie werkgever", "Meer dan 16 uur aangepast werk hebben wij niet; wij steunen spoor 2.",
                "## Visie werknemer", "Ik vind het spannend, maar ik wil mijn uren ergens anders aanvullen.",
                "Getekend: W. Stuivenberg (werkgever), A. Verschoor (werknemer)",
            ], d, ZM_CM))

    d = wd(d0, 357)
    add(C, f"{F}/Afsprakenoverzicht aanvulling spoor 2.docx", "bijstelling_plan_van_aanpak", d, "python-docx Word",
        "'aanvulling' of the insurer's overview = bijstelling PvA", build_docx(
            zm_head("Afsprakenoverzicht re-integratie — aanvulling spoor 2", nr, wg, wn, bsn, d) + [
                "## Nieuw doel", "Spoor 1: 16 uur aangepast eigen werk. Spoor 2: 12 uur passend werk bij een andere werkgever.",
                "| Nr | Afspraak | Wie | Termijn |", "| 1 | Intake Route Nieuw Werk | Anouk / Route Nieuw Werk | binnen 3 weken |",
                "| 2 | Rapportage bureau aan casemanager | Route Nieuw Werk | elke 2 maanden |",
                "| 3 | Evaluatie | Ingrid | elke 6 weken |",
                "Visie werkgever en werknemer: beiden akkoord (zie balans na 52 weken).",
                "Handtekening werkgever: W. Stuivenberg        Handtekening werknemer: A. Verschoor",
            ], d, ZM_CM, header=f"{ZM} — Casemanagement MKB"))

    d = wd(d0, 373)
    tp = lo_pdf([
        "# Route Nieuw Werk", "## Intakeverslag en trajectplan tweede spoor", f"Deelnemer: A. Verschoor — BSN {bsn}",
        "Werkgever: Stichting Museum Het Stoomgemaal", f"Datum: {dmy(d)}", "Jobcoach: Priya Ramautar",
        "## Persoonsprofiel", "HBO docent geschiedenis, 11 jaar museumeducatie; sterk in plannen, schrijven, contact met scholen.",
        "## Zoekprofiel", "Educatief of administratief werk, 12 uur, zittend/afwisselend, max. 30 km reizen.",
        "## Activiteiten", "- zoekprofiel en cv (maand 1)", "- netwerkgesprekken erfgoedinstellingen (maand 1-3)",
        "- proefplaatsing (maand 3-6)", "Akkoord deelnemer: A. Verschoor", "P. Ramautar, jobcoach",
    ], d, "P. Ramautar")
    add(C, f"{F}/Trajectplan Route Nieuw Werk.eml", "", None, "Outlook eml", "cover mail only", eml(
        "Priya Ramautar | Route Nieuw Werk <p.ramautar@routenieuwwerk.example>", ZM_MAIL,
        f"Trajectplan A. Verschoor ({nr})", dt.datetime.combine(wd(d0, 375), dt.time(12, 40)),
        "Beste Ingrid,\n\nIn de bijlage het intakeverslag en trajectplan van mevrouw Verschoor, door haar "
        "ondertekend.\n\nHartelijke groet,\nPriya Ramautar\nJobcoach, Route Nieuw Werk", "d9",
        cc=anouk, attachments=[("Trajectplan Verschoor.pdf", "application/pdf", tp)]))
    EXTRA.append(DOCS.pop())
    label(C, f"{F}/Trajectplan Route Nieuw Werk.eml::Trajectplan Verschoor.pdf", "trajectplan_tweede_spoor", d,
          "Outlook eml + LibreOffice PDF attachment", "cover mail from the bureau that only carries the plan")

    d = wd(d0, 472)
    add(C, f"{F}/Route Nieuw Werk rapportage.pdf", "voortgangsrapportage_tweede_spoor", d, "wkhtmltopdf portal print",
        "bureau client-portal print", html_pdf(
            f"<div class='top'>Route Nieuw Werk · Deelnemersdossier<small>Print {dmy(d)}</small></div>"
            f"<div class='crumb'>Deelnemers › Verschoor, A. › Rapportages</div><div class='main'>"
            f"<h1>Voortgangsrapportage 2</h1><p>Deelnemer: A. Verschoor · BSN {bsn} · opdrachtgever {ZM}</p>"
            f"<p>Rapportageperiode: {dmy(wd(d0, 410))} t/m {dmy(wd(d0, 470))}</p><table>"
            "<tr><th>Sollicitaties</th><td>4 (2 afgewezen, 2 lopend)</td></tr>"
            "<tr><th>Netwerkgesprekken</th><td>6, o.a. Regionaal Archief Kralingveen</td></tr>"
            "<tr><th>Inzet deelnemer</th><td>Goed, neemt initiatief</td></tr>"
            "<tr><th>Vervolg</th><td>Proefplaatsing Regionaal Archief, 8 uur, vanaf volgende maand</td></tr>"
            "</table><p>P. Ramautar, jobcoach</p></div>", d, "#6a1d7a", "Voortgangsrapportage"))

    d = wd(d0, 597)
    add(C, f"{F}/Duinrand actueel oordeel.pdf", "actueel_oordeel", d, "LibreOffice PDF",
        "AO letter from the arbodienst", lo_pdf(duinrand("Actueel oordeel", d, [
            "## Stand van zaken", "Werkneemster werkt 16 uur in aangepast eigen werk en 8 uur op proefplaatsing "
            "bij het Regionaal Archief.",
            "## Belastbaarheid", "24 uur per week, verdeeld over 4 dagen; staan en lopen max. 30 minuten; geen tillen "
            "boven 5 kg. Geen verdere verbetering te verwachten.",
            "## Arbeidsrelatie", "Goed.",
            "## Passende arbeid bij de werkgever", "16 uur aangepast eigen werk; meer passend werk is er niet.",
            "Opgesteld ten behoeve van de WIA-aanvraag.",
        ]), d, "M. Yavuz"))

    d = wd(d0, 598)
    img = render_page([
        f"## {dr}", "", "MEDISCH GEHEIM", "Alleen te openen door de verzekeringsarts van UWV", "",
        "## Medische informatie", f"Betreft: A. Verschoor, geb. 09-05-1984, BSN {bsn}", f"Datum: {dmy(d)}", "",
        "Diagnose: whiplash-associated disorder graad II na kop-staartbotsing (april 2024), met chronische "
        "nekpijn en spanningshoofdpijn. Behandeling: fysiotherapie, manuele therapie, pijnpoli Kralingveen "
        "(multidisciplinair programma 2025). Medicatie: amitriptyline 10 mg.",
        "Beloop: gedeeltelijk herstel, stabiel sinds voorjaar 2025.", "", ba,
    ], 2765)
    add(C, f"{F}/scan0012.pdf", "medische_informatie", d, "Pillow image-only scan PDF",
        "medical information scanned into the employer's folder under a generic name (DOMAIN 5.1, 5.3)",
        scan_pdf([scanify(img, 2766)], d))

    d = wd(d0, 609)
    img = render_page([
        "## UWV", "", "Mevrouw A. Verschoor", "Dijkstraat 77", "1686 BM Kralingveen", "", f"Datum: {nl(d)}",
        f"Burgerservicenummer: {bsn}", "", "## Aanvraag WIA-uitkering", "Geachte mevrouw Verschoor,",
        f"U bent sinds {nl(d0)} ziek. U kunt een WIA-uitkering aanvragen. Uw wachttijd eindigt op "
        f"{nl(d0 + dt.timedelta(days=727))}.", "Met deze brief ontvangt u het formulier 'Oordeel werknemer'.", "",
        "Met vriendelijke groet,", "UWV",
    ], 2767)
    add(C, f"{F}/Brief UWV dec.pdf", "uwv_correspondentie", d, "Pillow image-only scan PDF",
        "week-88 letter that mentions the 'Oordeel werknemer' form", scan_pdf([scanify(img, 2768)], d))

    d = wd(d0, 611)
    add(C, f"{F}/Dossiernotitie slotgesprek Verschoor.pdf", "eindevaluatie", d, "LibreOffice PDF",
        "insurer's 'slotgesprek' note = eindevaluatie", lo_pdf(
            zm_head("Dossiernotitie — slotgesprek", nr, wg, wn, bsn, d) + [
                "## Terugblik", "Twee jaar: lesbrieven, korte rondleidingen, bijgestelde belastbaarheid, spoor 2 "
                "via Route Nieuw Werk met proefplaatsing bij het Regionaal Archief (8 uur).",
                "## Aard van het bedrijf", "Museum (stichting) met 34 medewerkers en ca. 90 vrijwilligers; "
                "rondleidingen, schoolprogramma, evenementen in het weekend.",
                "## Arbeidsrelatie", "Goed.", "## Passende arbeid", "16 uur aangepast eigen werk, structureel. "
                "Geen verdere mogelijkheden binnen het museum.",
                "## WIA", "Anouk vraagt de WIA-uitkering aan.",
                "Getekend: W. Stuivenberg (werkgever), A. Verschoor (werknemer)",
            ], d, ZM_CM))

    d = wd(d0, 617)
    add(C, f"{F}/Mijn reactie RIV.docx", "oordeel_werknemer", d, "python-docx Word (employee)",
        "employee's own Word reaction", build_docx([
            "Mijn reactie op het re-integratieverslag", f"Anouk Verschoor, BSN: {bsn}", f"Kralingveen, {nl(d)}", "",
            "Ik heb alle stukken van het re-integratieverslag gelezen.",
            "Ik ben het eens met de beschrijving van mijn re-integratie en met het oordeel over het passende werk.",
            "Ik ben het niet eens met de zin in de slotnotitie dat er 'geen verdere mogelijkheden' zijn: bij de "
            "evenementen in de zomer zou ik zittend kunnen helpen. Dat is nooit geprobeerd.",
            "", "Anouk Verschoor",
        ], d, "Anouk Verschoor"))

    d = wd(d0, 60)
    add(C, f"{F}/Brief Letselzorg Nederhof.pdf", "", None, "LibreOffice PDF", "non-RIV: regres letter from a claims bureau", lo_pdf([
        "# Letselzorg Nederhof B.V.", "Stichting Museum Het Stoomgemaal, t.a.v. mw. W. Stuivenberg",
        f"Kralingveen, {nl(d)}", "Betreft: verhaal loonschade A. Verschoor — ongeval 12 april 2024",
        "Geachte mevrouw Stuivenberg,",
        "Wij behartigen de belangen van uw werkneemster. De tegenpartij is aansprakelijk. Wilt u ons een "
        "overzicht sturen van het doorbetaalde loon en de re-integratiekosten, zodat wij deze kunnen verhalen?",
        "Met vriendelijke groet,", "mr. T. Nederhof",
    ], d, "T. Nederhof"))

    d = wd(d0, 400)
    add(C, f"{F}/sleutels en pas.txt", "", None, "plain text (Notepad)", "non-RIV: note about keys and pass", (
        "Anouk - spullen\n- sleutel educatielokaal: terug bij Willemijn (ligt in kluis)\n- museumpas blijft\n"
        "- laptop: blijft bij Anouk voor thuiswerk lesbrieven\n- rooster zomer: niet inplannen op zaterdag\n").encode("utf-8"))


# ---------------------------------------------------------------- main

def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    for fn in (case_a, case_b, case_c, case_d):
        fn()
    # dossier.yaml for two of the four cases (CONTRACT.md fields)
    yamls = {
        "Architectenbureau Vlietstra & Kooij - G. Moretti": (
            'werknemer: {naam: "G. Moretti", bsn: "%s", functie: "Projectarchitect"}\n'
            'werkgever: {naam: "Architectenbureau Vlietstra & Kooij B.V.", loonheffingennummer: "812047339L01", '
            'aard_van_het_bedrijf: "Architectenbureau, 19 medewerkers"}\n'
            'bedrijfsarts: {naam: "drs. S. Lamberink", organisatie: "Bedrijfsartsenpraktijk Oeverhorst"}\n'
            'casemanager: {naam: "Marloes Tjoa (Ankerpunt Verzuimbegeleiding)"}\n'
            'eerste_ziektedag: 2024-03-18\n' % make_bsn(2701)),
        "Museum Het Stoomgemaal - A. Verschoor": (
            'werknemer: {naam: "A. Verschoor", bsn: "%s", functie: "Medewerker educatie en rondleidingen"}\n'
            'werkgever: {naam: "Stichting Museum Het Stoomgemaal", aard_van_het_bedrijf: "Museum"}\n'
            'bedrijfsarts: {naam: "M. Yavuz", organisatie: "Arbodienst Duinrand"}\n'
            'casemanager: {naam: "Ingrid Haaksma (Zilvermeeuw Verzuimverzekeringen)"}\n'
            'eerste_ziektedag: 2024-04-15\n' % make_bsn(2760)),
    }
    for doc in DOCS + EXTRA:
        if doc["data"] is None:
            continue
        p = FILES / doc["path"]
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(doc["data"])
    for folder, text in yamls.items():
        (FILES / folder / "dossier.yaml").write_text(text, encoding="utf-8")
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for doc in sorted(DOCS, key=lambda x: x["path"]):
            w.writerow([doc["path"], doc["type"], doc["date"], "holdout", doc["note"]])
    print(len(DOCS), "labels", len(EXTRA), "unlabelled containers")


if __name__ == "__main__":
    main()
