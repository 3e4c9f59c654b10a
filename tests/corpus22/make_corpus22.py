"""Generate tests/corpus22: untouched holdout, house styles and forms of larger producers.

Run: .venv/bin/python tests/corpus22/make_corpus22.py   (deletes and rewrites files/ and labels.csv)
All people, firms, addresses, numbers and domains are invented. Deterministic: fixed seeds, no clock reads.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from email import policy
from pathlib import Path

import docx
import pikepdf
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1767225600", LC_ALL="C.UTF-8")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

LABELS: list[tuple[str, str, str, str]] = []  # path, type, date, note
PDF_DATES: dict[Path, dt.date] = {}
TO_CONVERT: list[tuple[Path, Path, dt.date]] = []  # docx tmp -> pdf target

HOLIDAYS = {dt.date(*d) for d in [
    (2023, 12, 25), (2023, 12, 26), (2024, 1, 1), (2024, 3, 29), (2024, 4, 1), (2024, 4, 27), (2024, 5, 9),
    (2024, 5, 20), (2024, 12, 25), (2024, 12, 26), (2025, 1, 1), (2025, 4, 18), (2025, 4, 21), (2025, 4, 26),
    (2025, 5, 5), (2025, 5, 29), (2025, 6, 9), (2025, 12, 25), (2025, 12, 26), (2026, 1, 1), (2026, 4, 3),
    (2026, 4, 6), (2026, 4, 27), (2026, 5, 14), (2026, 5, 25), (2023, 5, 18), (2023, 5, 29), (2023, 12, 25)]}


def wd(d0: dt.date, days: int) -> dt.date:
    d = d0 + dt.timedelta(days=days)
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += dt.timedelta(days=1)
    return d


def nl(d: dt.date) -> str:
    m = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
         "november", "december"][d.month - 1]
    return f"{d.day} {m} {d.year}"


def en(d: dt.date) -> str:
    return d.strftime("%d %B %Y").lstrip("0")


def dmy(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def elfproef(s: str) -> bool:
    return len(s) == 9 and s.isdigit() and sum(int(c) * w for c, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


RNG = random.Random(22)


def make_bsn() -> str:
    while True:
        s = str(RNG.randint(1, 9)) + "".join(str(RNG.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            assert elfproef(s)
            return s


def label(path: Path, typ: str, date: dt.date | None, note: str) -> None:
    LABELS.append((path.relative_to(FILES).as_posix() if isinstance(path, Path) else path, typ,
                   date.isoformat() if date else "", note))


# ---------------------------------------------------------------- PDF post-processing
def fix_pdf(path: Path, d: dt.date, title: str = "") -> None:
    stamp = f"D:{d:%Y%m%d}090000Z"
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        tags: dict[str, str] = {}
        for obj in pdf.objects:  # tag from the font name and the embedded font bytes, not from the producer
            if isinstance(obj, pikepdf.Dictionary) and "/FontName" in obj:
                m = re.match(r"^/([A-Z]{6})\+(.*)$", str(obj["/FontName"]))
                if m:
                    data = b""
                    for ff in ("/FontFile", "/FontFile2", "/FontFile3"):
                        if ff in obj:
                            data = obj[ff].read_raw_bytes()
                    h = hashlib.sha1(m.group(2).encode() + data).digest()
                    tags[m.group(1)] = "".join(chr(65 + b % 26) for b in h[:6])
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                for key in ("/BaseFont", "/FontName"):
                    if key in obj:
                        m = re.match(r"^/([A-Z]{6})\+(.*)$", str(obj[key]))
                        if m and m.group(1) in tags:
                            obj[key] = pikepdf.Name("/" + tags[m.group(1)] + "+" + m.group(2))
        info = pikepdf.Dictionary(CreationDate=pikepdf.String(stamp), ModDate=pikepdf.String(stamp),
                                  Producer=pikepdf.String("corpus22"))
        if title:
            info["/Title"] = pikepdf.String(title)
        pdf.trailer["/Info"] = pdf.make_indirect(info)
        for k in ("/DocChecksum", "/ID"):
            if k in pdf.trailer:
                del pdf.trailer[k]
        pdf.save(path, deterministic_id=True, fix_metadata_version=False)


def fix_docx(path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(item.filename))
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- HTML portals (wkhtmltopdf)
PERSPECTUM_CSS = """
body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;color:#222;margin:0}
.bar{background:#0b5e55;color:#fff;padding:8px 14px;font-size:12pt}
.bar b{font-size:15pt;letter-spacing:1px}
h1{font-size:17pt;color:#0b5e55;margin:14px 0 6px 0}
table{border-collapse:collapse;width:100%;margin:6px 0 12px 0}
td,th{border:1px solid #9bb;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#e2efed;width:32%}
table.act th{width:auto}
h2{font-size:11.5pt;background:#e2efed;padding:3px 6px;margin:12px 0 4px 0}
.cover{height:1000px;text-align:center;padding-top:200px}
.cover .logo{font-size:34pt;color:#0b5e55;font-weight:bold}
.pb{page-break-after:always}
"""


def _rows(rows):
    return "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)


def _act(rows, head=("Afspraak", "Wie", "Wanneer")):
    h = "".join(f"<th>{x}</th>" for x in head)
    return "<table class='act'><tr>" + h + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


def perspectum(path: Path, d: dt.date, title: str, fields, sections, acts=None, cover=None, sign=None,
               customer="", footer_case=""):
    body = ""
    if cover:
        body += (f"<div class='cover pb'><div class='logo'>perspectum</div><div>HR &amp; verzuimregie</div>"
                 f"<p style='margin-top:60px'>{html.escape(customer)}</p><p>Dossierexport zaaknummer "
                 f"{html.escape(cover[0])}</p><p>Afdrukdatum: {dmy(cover[1])} {cover[2]}</p>"
                 f"<p>Afgedrukt door: {html.escape(cover[3])}</p><p style='margin-top:80px;font-size:8pt'>"
                 "Vertrouwelijk - bevat persoonsgegevens. Bewaar dit document volgens het privacybeleid.</p></div>")
    body += f"<div class='bar'><b>perspectum</b> &nbsp;|&nbsp; {html.escape(customer)}</div>"
    body += f"<h1>{html.escape(title)}</h1><table>{_rows(fields)}</table>"
    for h, t in sections:
        body += f"<h2>{html.escape(h)}</h2>" + "".join(f"<p>{html.escape(p)}</p>" for p in t.split("\n"))
    if acts:
        body += "<h2>Afspraken</h2>" + _act(acts)
    if sign:
        body += "<h2>Ondertekening</h2>" + _act(sign, ("Naam", "Rol", "Akkoord"))
    page = f"<html><head><meta charset='utf-8'><style>{PERSPECTUM_CSS}</style></head><body>{body}</body></html>"
    wk(path, page, d, footer=f"Perspectum - {footer_case} - pagina [page] van [topage]")


KOERS_CSS = """
body{font-family:'DejaVu Serif',serif;font-size:10.5pt;margin:0}
.hd{border-bottom:3px solid #c4561b;padding-bottom:6px}
.hd .n{font-family:'DejaVu Sans';font-weight:bold;color:#c4561b;font-size:18pt}
.hd .s{font-family:'DejaVu Sans';font-size:8.5pt;color:#555}
h1{font-family:'DejaVu Sans';font-size:15pt;margin:14px 0 4px 0}
h3{font-family:'DejaVu Sans';font-size:11pt;color:#c4561b;margin:12px 0 3px 0}
table{border-collapse:collapse;width:100%}
td{border-bottom:1px dotted #999;padding:3px 5px;vertical-align:top}
td.k{width:30%;font-family:'DejaVu Sans';font-size:9pt;color:#444}
"""


def koersvast(path: Path, d: dt.date, fields, sections, table=None):
    body = ("<div class='hd'><span class='n'>KOERSVAST</span> <span class='s'>re-integratie &amp; loopbaan"
            " - vestigingen in heel Nederland - koersvast.example</span></div><h1>Cliëntrapportage</h1><table>")
    body += "".join(f"<tr><td class='k'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in fields)
    body += "</table>"
    for h, t in sections:
        body += f"<h3>{html.escape(h)}</h3>" + "".join(f"<p>{html.escape(p)}</p>" for p in t.split("\n"))
    if table:
        body += "<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                                    for r in table) + "</table>"
    page = f"<html><head><meta charset='utf-8'><style>{KOERS_CSS}</style></head><body>{body}</body></html>"
    wk(path, page, d, footer="Koersvast Re-integratie B.V. - cliëntvolgsysteem KVS - [page]/[topage]")


UWVP_CSS = "body{font-family:'DejaVu Sans';font-size:10pt}.top{background:#1d3f8f;color:#fff;padding:8px}" \
           "td{padding:3px 8px;border-bottom:1px solid #ccc}"


def wk(path: Path, page: str, d: dt.date, footer: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        h = Path(td) / "p.html"
        h.write_text(page, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--page-size", "A4", "--footer-font-size",
                        "7", "--footer-center", footer, "--margin-top", "14mm", "--margin-bottom", "16mm",
                        str(h), str(path)], env=ENV, check=True, capture_output=True)
    fix_pdf(path, d)


# ---------------------------------------------------------------- Word documents
def sdt(par, text: str, tag: str, bold=False):
    s = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), tag)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(a)
    pr.append(t)
    c = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if bold:
        rp = OxmlElement("w:rPr")
        rp.append(OxmlElement("w:b"))
        r.append(rp)
    tx = OxmlElement("w:t")
    tx.set(qn("xml:space"), "preserve")
    tx.text = text
    r.append(tx)
    c.append(r)
    s.append(pr)
    s.append(c)
    par._p.append(s)


def new_doc(header: str, font="Calibri"):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.created = dt.datetime(2026, 1, 1)
    cp.modified = dt.datetime(2026, 1, 1)
    cp.last_printed = dt.datetime(2026, 1, 1)
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    if header:
        hp = doc.sections[0].header.paragraphs[0]
        run = hp.add_run(header)
        run.font.size = Pt(8.5)
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    return doc


def table(doc, rows, widths=None, cc=False, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            p = cells[i].paragraphs[0]
            if cc and i > 0 and v and not v.startswith("#"):
                sdt(p, v, f"veld{i}")
            else:
                run = p.add_run(v.lstrip("#"))
                if i == 0 and len(r) == 2:
                    run.bold = True
    return t


def save_docx(doc, path: Path, d: dt.date, as_pdf: bool):
    path.parent.mkdir(parents=True, exist_ok=True)
    if as_pdf:
        tmp = Path(tempfile.gettempdir()) / "c22docx" / (path.stem + "__" + str(len(TO_CONVERT)) + ".docx")
        tmp.parent.mkdir(parents=True, exist_ok=True)
        doc.save(tmp)
        TO_CONVERT.append((tmp, path, d))
    else:
        doc.save(path)
        fix_docx(path)


def convert_all():
    by_dir: dict[Path, list] = {}
    with tempfile.TemporaryDirectory() as prof, tempfile.TemporaryDirectory() as out:
        srcs = [str(s) for s, _, _ in TO_CONVERT]
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", out] + srcs, env=ENV, check=True, capture_output=True)
        for s, target, d in TO_CONVERT:
            shutil.move(Path(out) / (s.stem + ".pdf"), target)
            fix_pdf(target, d)
    shutil.rmtree(Path(tempfile.gettempdir()) / "c22docx", ignore_errors=True)


# ---- ArboStroom (large national arbodienst): one template "Verslag spreekuur" with an [x] box row
ARBOSTROOM_KINDS = ["Probleemanalyse", "Bijstelling probleemanalyse", "Functionele mogelijkhedenlijst",
                    "Arbeidsdeskundig onderzoek", "Actueel oordeel", "Medische informatie"]


def arbostroom(path: Path, d: dt.date, kind: str, fields, sections, signer, as_pdf=True, medical=False):
    doc = new_doc("ArboStroom Nederland B.V.  |  Klantcentrum 088-5550220  |  arbostroom.example  |  "
                  "KvK 90011223")
    h = doc.add_paragraph()
    r = h.add_run("Verslag spreekuur")
    r.bold = True
    r.font.size = Pt(18)
    if medical:
        p = doc.add_paragraph()
        rr = p.add_run("MEDISCH VERTROUWELIJK - uitsluitend voor de verzekeringsarts UWV")
        rr.bold = True
        rr.font.color.rgb = RGBColor(0xB0, 0, 0)
    boxes = "   ".join(("[x] " if k == kind else "[ ] ") + k for k in ARBOSTROOM_KINDS)
    table(doc, [["Aard van het verslag", boxes]] + fields)
    for head, text in sections:
        p = doc.add_paragraph()
        p.add_run(head).bold = True
        for para in text.split("\n"):
            doc.add_paragraph(para)
    doc.add_paragraph()
    table(doc, [["Opgesteld door", signer[0]], ["Functie", signer[1]], ["Datum", dmy(d)]])
    save_docx(doc, path, d, as_pdf)


# ---- Hoogeweg (small arbodienst): serif letters
def hoogeweg(path: Path, d: dt.date, to: list[str], title: str, ref: str, paras, signer, red=""):
    doc = new_doc("", font="Georgia")
    p = doc.add_paragraph()
    r = p.add_run("Bedrijfsartsenpraktijk Hoogeweg")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Hoogeweg 41  -  3818 KP Amerveld  -  033 555 7102  -  post@hoogeweg-arbo.example")
    for line in to:
        doc.add_paragraph(line)
    doc.add_paragraph(f"Amerveld, {nl(d)}")
    doc.add_paragraph(f"Ons kenmerk: {ref}")
    if red:
        rr = doc.add_paragraph().add_run(red)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0xAA, 0, 0)
    tp = doc.add_paragraph()
    tr = tp.add_run(title)
    tr.bold = True
    tr.font.size = Pt(12.5)
    for para in paras:
        if isinstance(para, tuple):
            q = doc.add_paragraph()
            q.add_run(para[0] + " ").bold = True
            q.add_run(para[1])
        else:
            doc.add_paragraph(para)
    doc.add_paragraph("Met vriendelijke groet,")
    doc.add_paragraph(signer)
    save_docx(doc, path, d, True)


# ---------------------------------------------------------------- e-mail
def eml(path: Path, d: dt.date, hour: int, frm: str, to: str, subject: str, text: str, html_body: str = "",
        attach: tuple[str, bytes] | None = None, cc: str = ""):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = f"{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][d.weekday()]}, {d.day:02d} " \
                f"{d.strftime('%b')} {d.year} {hour:02d}:{(d.day * 7) % 60:02d}:00 +0100"
    m["Message-ID"] = f"<{hashlib.sha1((subject + str(d)).encode()).hexdigest()[:20]}@mail.example>"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m.set_content(text)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    if attach:
        m.add_attachment(attach[1], maintype="application", subtype="pdf", filename=attach[0])
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_NextPart_22_{n:03d}_{hashlib.sha1(subject.encode()).hexdigest()[:8]}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(m.as_bytes())


# ---------------------------------------------------------------- image-only scans
def scan_pdf(path: Path | None, d: dt.date, lines: list[str], seed: int, stamp: str = "") -> bytes:
    rnd = random.Random(seed)
    W, H = 1240, 1754
    im = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 25)
    fb = ImageFont.truetype(FONTB, 30)
    y = 120
    for line in lines:
        if line.startswith("**"):
            dr.text((130, y), line[2:], font=fb, fill=0)
            y += 48
        else:
            dr.text((130, y), line, font=f, fill=0)
            y += 36
    if stamp:
        dr.rectangle((760, 220, 1130, 330), outline=40, width=4)
        dr.text((780, 240), "ONTVANGEN", font=fb, fill=40)
        dr.text((780, 285), stamp, font=f, fill=40)
    im = im.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=255)
    px = im.load()
    for _ in range(2500):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.choice((0, 90))
    im = im.filter(ImageFilter.GaussianBlur(0.7)).point(lambda v: 255 if v > 150 else 0).convert("1")
    buf = io.BytesIO()
    im.save(buf, "PDF", resolution=150)
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        t = Path(td) / "s.pdf"
        t.write_bytes(data)
        fix_pdf(t, d)
        data = t.read_bytes()
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return data


# ================================================================ case A: university facility services
def case_a():
    base = FILES / "UHO Facilitair Bedrijf - Pronk G-J (PX-24-0117)"
    d0 = dt.date(2024, 1, 15)
    bsn = make_bsn()
    C = "Universiteit Hollingen - Facilitair Bedrijf"
    emp = [("Medewerker", "G.J. (Gerrit-Jan) Pronk"), ("Personeelsnummer", "U104877"), ("BSN", bsn),
           ("Functie", "Medewerker logistiek en postkamer (36 uur)"), ("Afdeling", "Facilitair Bedrijf, team Logistiek"),
           ("Eerste ziektedag", dmy(d0))]
    N = "A"
    pa, pva = wd(d0, 38), wd(d0, 49)
    arbo_f = [("Werknemer", "dhr. G.J. Pronk, geb. 14-08-1968"), ("Werkgever", "Universiteit Hollingen, Facilitair Bedrijf"),
              ("Eerste ziektedag", dmy(d0)), ("Dossiernummer", "AS-2024-558120")]
    arbostroom(base / "ArboStroom" / "Verslag spreekuur 558120-1.pdf", pa, "Probleemanalyse",
               arbo_f + [("Datum spreekuur", dmy(wd(d0, 35)))],
               [("Aanleiding", "Dhr. Pronk verzuimt sinds " + nl(d0) + " volledig. Op grond van het beloop verwacht ik dat het verzuim langer dan zes weken duurt; daarom stel ik nu dit advies bij dreigend langdurig verzuim op."),
                ("Beperkingen en mogelijkheden", "Beperkt voor tillen boven 10 kg, langdurig staan en lopen (max. 30 min aaneen) en trappenlopen. Geen beperkingen in het persoonlijk en sociaal functioneren."),
                ("Prognose", "Gedeeltelijk herstel verwacht in drie tot zes maanden. Terugkeer in het eigen werk met aanpassingen is mogelijk."),
                ("Advies", "Start met 2 x 3 uur per dag in zittende postkamertaken (sorteren, registratie). Geen bezorgrondes met de kar. Werkgever en werknemer stellen binnen twee weken het plan van aanpak op. Volgend spreekuur over vier weken.")],
               ("J.W. de Langhe", "bedrijfsarts, BIG 19087723401"))
    label(base / "ArboStroom" / "Verslag spreekuur 558120-1.pdf", "probleemanalyse", pa,
          f"{N};docx-libreoffice ArboStroom template;generic title Verslag spreekuur, type only in [x] row")
    ex = "Export PX-24-0117"
    perspectum(base / f"{ex} (1).pdf", pva, "Verzuimverslag",
               emp + [("Documenttype", "Plan van aanpak"), ("Datum gesprek", dmy(wd(pva, -2))),
                      ("Opgesteld door", "M. Verhagen, casemanager Facilitair Bedrijf"), ("Versie", "1")],
               [("Doel", "Binnen zes maanden terug in de eigen functie, met aanpassingen in de bezorgrondes."),
                ("Activiteiten", "Opbouw in zittend werk in de postkamer volgens het advies van de bedrijfsarts van " + dmy(pa) + ". Onderzoek naar een elektrische postkar. Fysiotherapie buiten werktijd."),
                ("Visie werkgever", "Wij zien goede kansen op terugkeer in het eigen werk en passen de rondes aan."),
                ("Visie medewerker", "Ik wil graag zo snel mogelijk weer rondes lopen, maar begrijp dat het stap voor stap moet."),
                ("Casemanager", "M. Verhagen")],
               acts=[("Opbouw naar 2 x 4 uur", "G.J. Pronk", dmy(wd(pva, 21))), ("Offerte elektrische postkar", "teamleider Logistiek", dmy(wd(pva, 14))),
                     ("Evaluatie plan van aanpak", "casemanager", dmy(wd(pva, 42)))],
               cover=("PX-24-0117", dt.date(2025, 11, 4), "14:02", "m.verhagen"), customer=C,
               sign=[("M. Verhagen", "casemanager", "akkoord " + dmy(pva)), ("G.J. Pronk", "medewerker", "akkoord " + dmy(pva))],
               footer_case="PX-24-0117")
    label(base / f"{ex} (1).pdf", "plan_van_aanpak", pva, f"{N};wkhtmltopdf Perspectum portal;cover sheet with 2025 print date, generic title Verzuimverslag, Documenttype cell")
    te = wd(pva, 44)
    perspectum(base / f"{ex} (2).pdf", te, "Gespreksverslag",
               emp + [("Documenttype", "Evaluatie"), ("Datum gesprek", dmy(te)), ("Opgesteld door", "M. Verhagen, casemanager")],
               [("Voortgang", "Gerrit-Jan werkt nu 4 uur per dag in de postkamer. De rondes met de kar zijn nog te zwaar. De elektrische kar is besteld."),
                ("Afspraken plan van aanpak", "Het plan van aanpak van " + dmy(pva) + " blijft ongewijzigd van kracht.")],
               acts=[("Uitbreiden naar 5 uur per dag", "G.J. Pronk", dmy(wd(te, 14))), ("Volgende evaluatie", "casemanager", dmy(wd(te, 42)))],
               customer=C, footer_case="PX-24-0117")
    label(base / f"{ex} (2).pdf", "tussentijdse_evaluatie", te, f"{N};wkhtmltopdf Perspectum portal;same Gespreksverslag template as EJE and EV")
    hol = wd(d0, 160)
    perspectum(base / f"{ex} (3).pdf", hol, "Gespreksverslag",
               emp + [("Documenttype", "Verzuimgesprek"), ("Datum gesprek", dmy(hol)), ("Opgesteld door", "M. Verhagen, casemanager")],
               [("Onderwerp", "Vakantie tijdens ziekte. Gerrit-Jan wil van 22 juli tot en met 9 augustus met de caravan naar Frankrijk. De bedrijfsarts heeft geen bezwaar. Tijdens de vakantie worden vakantie-uren afgeschreven over de uren die hij nu werkt."),
                ("Afspraak", "Na de vakantie wordt de opbouw hervat.")],
               acts=[("Verlof registreren in Perspectum", "teamleider", dmy(wd(hol, 2)))], customer=C, footer_case="PX-24-0117")
    label(base / f"{ex} (3).pdf", "", None, f"{N};wkhtmltopdf Perspectum portal;non-RIV holiday talk in the same Gespreksverslag template")
    m42 = wd(d0, 289)
    perspectum(base / f"{ex} (4).pdf", m42, "Rapportage",
               emp + [("Documenttype", "Melding langdurig verzuim UWV (42e week)"), ("Datum verzonden", dmy(m42)),
                      ("Opgesteld door", "Salarisadministratie UHO"), ("Loonheffingennummer", "803311247L01"),
                      ("Ontvangstbevestiging UWV", "ZM-5520948 (" + dmy(m42) + ")")],
               [("Toelichting", "Ziekmelding na 42 weken arbeidsongeschiktheid digitaal verstuurd via het werkgeversportaal. Medewerker werkt gedeeltelijk (20 van 36 uur).")],
               cover=("PX-24-0117", dt.date(2025, 11, 4), "14:03", "m.verhagen"), customer=C, footer_case="PX-24-0117")
    label(base / f"{ex} (4).pdf", "ziekmelding_uwv", m42, f"{N};wkhtmltopdf Perspectum portal;42nd-week report record in generic Rapportage")
    ad = wd(d0, 341)
    arbostroom(base / "ArboStroom" / "Verslag spreekuur 558120-2.pdf", ad, "Arbeidsdeskundig onderzoek",
               arbo_f + [("Datum gesprekken", dmy(wd(ad, -6)) + " (werkplek), " + dmy(wd(ad, -3)) + " (werknemer en leidinggevende)")],
               [("Vraagstelling", "Is het eigen werk passend te maken, en zo niet: welk ander werk bij de universiteit of daarbuiten is passend?"),
                ("Functiebelasting", "De bezorgrondes vragen 3 tot 4 uur lopen per dag en het duwen van karren tot 120 kg over drempels."),
                ("Belasting en belastbaarheid", "Op basis van de FML van de bedrijfsarts zijn de rondes niet meer passend, ook niet met de elektrische kar. Zittend werk in de postkamer en registratie is passend tot 24 uur."),
                ("Conclusie en advies", "Spoor 1: eigen werk niet passend; aangepast werk in de postkamer 20-24 uur als tijdelijke oplossing. Spoor 2: start binnen zes weken een extern traject. Loonwaarde in aangepast werk circa 85 %.")],
               ("R. Bosgraaf", "register-arbeidsdeskundige"))
    label(base / "ArboStroom" / "Verslag spreekuur 558120-2.pdf", "arbeidsdeskundig_rapport", ad,
          f"{N};docx-libreoffice ArboStroom template;same Verslag spreekuur template as the bedrijfsarts, signer is arbeidsdeskundige")
    eje = wd(d0, 352)
    perspectum(base / f"{ex} (5).pdf", eje, "Gespreksverslag",
               emp + [("Documenttype", "Evaluatie"), ("Datum gesprek", dmy(eje)), ("Opgesteld door", "M. Verhagen, casemanager")],
               [("Terugblik op het eerste ziektejaar", "Na een jaar werkt Gerrit-Jan 20 uur in de postkamer. De rondes zijn volgens de arbeidsdeskundige (rapport " + dmy(ad) + ") niet meer passend."),
                ("Beoogd resultaat tweede ziektejaar", "Structureel passend werk, binnen of buiten de universiteit. Een tweede-spoortraject bij Koersvast start."),
                ("Visie werkgever", "Wij kunnen de postkamertaken niet uitbreiden tot een volledige functie."),
                ("Visie medewerker", "Ik had gehoopt terug te gaan, maar sta open voor ander werk.")],
               acts=[("Aanmelding Koersvast", "casemanager", dmy(wd(eje, 7))), ("Bijstelling plan van aanpak", "casemanager en medewerker", dmy(wd(eje, 14)))],
               cover=("PX-24-0117", dt.date(2025, 11, 4), "14:05", "m.verhagen"), customer=C, footer_case="PX-24-0117")
    label(base / f"{ex} (5).pdf", "eerstejaarsevaluatie", eje, f"{N};wkhtmltopdf Perspectum portal;Documenttype says only Evaluatie; week 51 and year review decide")
    bpva = wd(eje, 13)
    perspectum(base / f"{ex} (6).pdf", bpva, "Verzuimverslag",
               emp + [("Documenttype", "Plan van aanpak"), ("Datum gesprek", dmy(wd(bpva, -1))), ("Opgesteld door", "M. Verhagen, casemanager"), ("Versie", "2 - wijziging na eerstejaarsevaluatie")],
               [("Doel", "Gewijzigd: passend werk buiten de eigen functie, bij voorkeur buiten de universiteit (tweede spoor), naast 20 uur aangepast werk."),
                ("Activiteiten", "Traject bij Koersvast Re-integratie (oriëntatie, sollicitatietraining, bemiddeling). Behoud van de postkamertaken."),
                ("Visie werkgever", "Het tweede spoor is nodig omdat de eigen functie niet passend wordt."),
                ("Visie medewerker", "Akkoord, met de wens om in de buurt van Hollingen te blijven werken.")],
               acts=[("Intake Koersvast", "Koersvast / medewerker", dmy(wd(bpva, 10))), ("Evaluatie", "casemanager", dmy(wd(bpva, 42)))],
               sign=[("M. Verhagen", "casemanager", "akkoord " + dmy(bpva)), ("G.J. Pronk", "medewerker", "akkoord " + dmy(bpva))],
               customer=C, footer_case="PX-24-0117")
    label(base / f"{ex} (6).pdf", "bijstelling_plan_van_aanpak", bpva, f"{N};wkhtmltopdf Perspectum portal;Documenttype Plan van aanpak like the original, Versie 2 makes it the bijstelling (DOMAIN 3)")
    tp = wd(bpva, 17)
    kfields = [("Cliënt", "G.J. Pronk"), ("Opdrachtgever", "Universiteit Hollingen, Facilitair Bedrijf"), ("Traject", "Tweede spoor - KV-31877")]
    koersvast(base / "Koersvast" / "KVS-31877 rapportage 1.pdf", tp, kfields + [("Fase", "Intake en trajectplan"), ("Datum", dmy(tp)), ("Loopbaanadviseur", "S. El Idrissi")],
              [("Wie is de cliënt", "Gerrit-Jan werkt 30 jaar bij de universiteit, eerst als bode, later in de logistiek. Hij is praktisch, nauwkeurig en kent veel mensen."),
               ("Zoekrichting", "Zittend of afwisselend werk: receptie/baliewerk, magazijnadministratie, toezicht parkeergarage."),
               ("Activiteiten en planning", "Week 1-4 oriëntatie en zoekprofiel; week 5-8 sollicitatietraining en cv; vanaf week 9 bemiddeling en werkervaringsplaats. Rapportage elke drie maanden.")])
    label(base / "Koersvast" / "KVS-31877 rapportage 1.pdf", "trajectplan_tweede_spoor", tp, f"{N};wkhtmltopdf Koersvast client system;generic title Cliëntrapportage, phase field Intake en trajectplan")
    vr = wd(tp, 95)
    koersvast(base / "Koersvast" / "KVS-31877 rapportage 2.pdf", vr, kfields + [("Fase", "Voortgang"), ("Rapportageperiode", dmy(tp) + " t/m " + dmy(wd(vr, -3))), ("Datum", dmy(vr)), ("Loopbaanadviseur", "S. El Idrissi")],
              [("Stand van zaken", "Gerrit-Jan heeft zes keer gesolliciteerd en twee gesprekken gevoerd. Een werkervaringsplaats bij een parkeerbedrijf wordt voorbereid."),
               ("Vervolg", "Start werkervaringsplaats, vier uur per week extra.")],
              [("Datum", "Werkgever", "Functie", "Resultaat"), (dmy(wd(tp, 40)), "Parkeerbeheer Hollingen", "toezichthouder", "gesprek"), (dmy(wd(tp, 61)), "Regionale Bibliotheek", "baliemedewerker", "afgewezen")])
    label(base / "Koersvast" / "KVS-31877 rapportage 2.pdf", "voortgangsrapportage_tweede_spoor", vr, f"{N};wkhtmltopdf Koersvast client system;Cliëntrapportage phase Voortgang, period dates")
    uwv = wd(d0, 611)
    scan_pdf(base / "post" / "scan_uwv_0001.pdf", uwv, [
        "**UWV", "Postbus 58285, 1040 HG Amsterdam (fictief)", "", "De heer G.J. Pronk", "Lindelaan 12", "3817 BT Amerveld", "",
        f"Datum: {nl(uwv)}", "Ons kenmerk: WIA-88/2204417", f"BSN: {bsn}", "", "**U kunt een WIA-uitkering aanvragen",
        "Geachte heer Pronk,", "U bent binnenkort bijna 104 weken ziek. Als u daarna nog niet (volledig)", "kunt werken, kunt u een WIA-uitkering aanvragen.",
        "Doe de aanvraag binnen zes weken na de datum van deze brief.", "Stuur het re-integratieverslag mee dat u samen met uw werkgever maakt.", "",
        "Met vriendelijke groet,", "UWV, afdeling Uitkeren"], seed=101, stamp=dmy(wd(uwv, 3)))
    label(base / "post" / "scan_uwv_0001.pdf", "uwv_correspondentie", uwv, f"{N};Pillow image-only scan;week-88 WIA letter, received stamp 3 days later")
    ao = wd(d0, 615)
    arbostroom(base / "ArboStroom" / "Verslag spreekuur 558120-3.pdf", ao, "Actueel oordeel",
               arbo_f + [("Datum spreekuur", dmy(wd(ao, -2)))],
               [("Stand van zaken", "Dhr. Pronk werkt 20 uur in aangepast werk in de postkamer. Het beloop is gestabiliseerd; verdere verbetering verwacht ik niet."),
                ("Beperkingen en mogelijkheden", "Blijvend beperkt voor langdurig lopen, staan en duwen/trekken. Belastbaar voor zittend werk tot 24 uur per week."),
                ("Arbeidsrelatie", "Er is geen sprake van een verstoorde arbeidsrelatie."),
                ("Passende arbeid bij de werkgever", "Het huidige aangepaste werk is passend; uitbreiding binnen de universiteit is niet beschikbaar."),
                ("Doel", "Dit oordeel dient ten behoeve van het re-integratieverslag bij de aanvraag van een WIA-uitkering.")],
               ("J.W. de Langhe", "bedrijfsarts, BIG 19087723401"))
    label(base / "ArboStroom" / "Verslag spreekuur 558120-3.pdf", "actueel_oordeel", ao, f"{N};docx-libreoffice ArboStroom template;same template as PA, [x] Actueel oordeel")
    er = wd(d0, 618)
    koersvast(base / "Koersvast" / "KVS-31877 rapportage 3.pdf", er, kfields + [("Fase", "Afsluiting"), ("Datum", dmy(er)), ("Loopbaanadviseur", "S. El Idrissi")],
              [("Verloop van het traject", "Het traject liep van " + dmy(tp) + " tot " + dmy(wd(er, -1)) + ". Gerrit-Jan deed 14 sollicitaties, vier gesprekken en een werkervaringsplaats van drie maanden bij Parkeerbeheer Hollingen."),
               ("Resultaat", "Geen plaatsing. Parkeerbeheer Hollingen heeft geen vacature; de werkervaring is positief beoordeeld."),
               ("Advies", "Blijven solliciteren op toezichtfuncties; het traject wordt beëindigd in verband met de WIA-aanvraag.")])
    label(base / "Koersvast" / "KVS-31877 rapportage 3.pdf", "eindrapportage_tweede_spoor", er, f"{N};wkhtmltopdf Koersvast client system;Cliëntrapportage phase Afsluiting")
    ev = wd(d0, 627)
    perspectum(base / f"{ex} (7).pdf", ev, "Gespreksverslag",
               emp + [("Documenttype", "Evaluatie"), ("Datum gesprek", dmy(ev)), ("Opgesteld door", "M. Verhagen, casemanager")],
               [("Terugblik", "Twee jaar re-integratie: opbouw in de postkamer tot 20 uur, arbeidsdeskundig onderzoek, tweede spoor via Koersvast zonder plaatsing."),
                ("Aard van het bedrijf", "Universiteit met ca. 5.800 medewerkers; het Facilitair Bedrijf verzorgt logistiek, post, schoonmaak en beveiliging."),
                ("Arbeidsrelatie en passende arbeid", "De arbeidsrelatie is goed. Er is geen ander passend werk dan de huidige 20 uur postkamer; het actueel oordeel van " + dmy(ao) + " sluit hierop aan."),
                ("Visie medewerker", "Ik ben tevreden over de begeleiding.")],
               acts=[("Re-integratieverslag compleet, kopie aan medewerker", "casemanager", dmy(wd(ev, 3)))],
               cover=("PX-24-0117", dt.date(2025, 11, 4), "14:07", "m.verhagen"), customer=C, footer_case="PX-24-0117")
    label(base / f"{ex} (7).pdf", "eindevaluatie", ev, f"{N};wkhtmltopdf Perspectum portal;same Gespreksverslag template, week 90 terugblik and aard van het bedrijf decide")
    ow = wd(ev, 4)
    perspectum(base / f"{ex} (8).pdf", ow, "Rapportage",
               emp + [("Documenttype", "Reactie medewerker"), ("Datum", dmy(ow)), ("Opgesteld door", "G.J. Pronk (via medewerkersportaal)")],
               [("Heeft u een kopie van alle stukken ontvangen?", "Ja"), ("Bent u het eens met de inhoud?", "Nee, gedeeltelijk"),
                ("Toelichting", "Ik ben het eens met de beschrijving van de afspraken. Ik ben het niet eens met het arbeidsdeskundig rapport: volgens mij kan ik met de elektrische kar wel een korte ronde lopen. Dat wil ik aan UWV laten weten.")],
               customer=C, footer_case="PX-24-0117")
    label(base / f"{ex} (8).pdf", "oordeel_werknemer", ow, f"{N};wkhtmltopdf Perspectum portal;employee view as Ja/Nee rows in generic Rapportage")
    od = wd(bpva, 5)
    eml(base / "mail" / "Opdrachtbevestiging Koersvast.eml", od, 10, "Planning Koersvast <planning@koersvast.example>",
        "m.verhagen@uho.example", "Opdrachtbevestiging tweede spoor KV-31877",
        f"Beste mevrouw Verhagen,\n\nHierbij bevestigen wij de opdracht voor het traject tweede spoor voor de heer Pronk (KV-31877). De intake staat gepland op {dmy(wd(od, 7))}. De kosten bedragen EUR 3.950 excl. btw, gefactureerd in twee termijnen.\n\nMet vriendelijke groet,\nTeam Planning Koersvast\n")
    label(base / "mail" / "Opdrachtbevestiging Koersvast.eml", "", None, f"{N};email plain text;non-RIV order confirmation of the bureau")


# ================================================================ case B: public transport operator, P&O Word templates
SOORTEN = ["Plan van aanpak", "Voortgangsgesprek", "Eerstejaarsevaluatie", "Evaluatie einde wachttijd", "Overig"]


def regiolijn_gv(path: Path, d: dt.date, soort: str, who, emp, sections, acts, as_pdf, overig=""):
    doc = new_doc("RegioLijn Openbaar Vervoer B.V.  -  P&O Services  -  sjabloon PO-GV-03 (versie 2023)")
    p = doc.add_paragraph()
    r = p.add_run("Gespreksverslag")
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = RGBColor(0xD0, 0x1F, 0x2A)
    table(doc, emp + [["Datum gesprek", dmy(d)], ["Aanwezig", who]], cc=True)
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].paragraphs[0].add_run("Soort gesprek").bold = True
    cp = t.rows[0].cells[1].paragraphs[0]
    for s in SOORTEN:
        sdt(cp, "☒" if s == soort else "☐", "vink")
        cp.add_run(" " + s + (": " + overig if s == "Overig" and overig else "") + "    ")
    for head, text in sections:
        q = doc.add_paragraph()
        q.add_run(head).bold = True
        for para in text.split("\n"):
            doc.add_paragraph(para)
    if acts:
        doc.add_paragraph().add_run("Afspraken").bold = True
        table(doc, [["#Afspraak", "#Wie", "#Wanneer"]] + [list(a) for a in acts])
    doc.add_paragraph()
    table(doc, [["#Naam", "#Rol", "#Handtekening / datum"], [who.split(",")[0].split(" (")[0], "leidinggevende", dmy(d)],
                ["D. Sahin", "medewerker", dmy(d)]])
    save_docx(doc, path, d, as_pdf)


def case_b():
    base = FILES / "RegioLijn P&O - Sahin D"
    d0 = dt.date(2023, 10, 2)
    bsn = make_bsn()
    N = "B"
    emp = [["Naam medewerker", "Derya Sahin"], ["Personeelsnummer", "RL-220931"], ["Functie", "Buschauffeur (36 uur)"],
           ["Standplaats", "Garage Oosterlaan"], ["Eerste ziektedag", dmy(d0)]]
    lg = "K. Mulderij (teamleider rijdend personeel), A. Vos (P&O-adviseur)"
    arbo_f = [("Werknemer", "mw. D. Sahin, geb. 03-02-1979"), ("Werkgever", "RegioLijn Openbaar Vervoer B.V."),
              ("Eerste ziektedag", dmy(d0)), ("Dossiernummer", "AS-2023-490312")]
    doc_dir = base / "01 arbodienst"
    pa = wd(d0, 36)
    arbostroom(doc_dir / "AS-490312 verslag 20231107.pdf", pa, "Probleemanalyse", arbo_f + [("Datum spreekuur", dmy(wd(pa, -1)))],
               [("Aanleiding", "Mevrouw Sahin is uitgevallen na een ernstig incident in de bus (bedreiging door een passagier). Er is sprake van dreigend langdurig verzuim."),
                ("Beperkingen en mogelijkheden", "Op dit moment niet in staat tot zelfstandig rijden met passagiers; beperkt in het hanteren van conflicten en in avond- en nachtdiensten. Wel mogelijk: dagdiensten zonder passagierscontact."),
                ("Prognose", "Herstel verwacht, duur onzeker (drie tot negen maanden)."),
                ("Advies", "Start met ondersteunend werk op de garage (2 x per week 4 uur). Plan van aanpak binnen twee weken. Nieuw spreekuur over zes weken.")],
               ("F. Ouwerkerk", "bedrijfsarts, BIG 69012284501"))
    label(doc_dir / "AS-490312 verslag 20231107.pdf", "probleemanalyse", pa, f"{N};docx-libreoffice ArboStroom template;second doctor same template; date in file name")
    fml = wd(pa, 0)
    arbostroom(doc_dir / "AS-490312 bijlage.docx", fml, "Functionele mogelijkhedenlijst", arbo_f,
               [("Rubriek I Persoonlijk functioneren", "Beperkt: concentreren op meerdere prikkels tegelijk; hanteren van conflicten (geen agressieve klanten)."),
                ("Rubriek II Sociaal functioneren", "Beperkt: omgaan met conflicten; geen direct klantcontact aan de deur."),
                ("Rubriek III Aanpassing aan fysieke omgevingseisen", "Geen beperkingen."),
                ("Rubriek IV-VI Dynamische en statische handelingen", "Geen beperkingen."),
                ("Werktijden", "Alleen dagdiensten tussen 07.00 en 18.00 uur; max. 4 uur per dag, te herzien na zes weken.")],
               ("F. Ouwerkerk", "bedrijfsarts, BIG 69012284501"), as_pdf=False)
    label(doc_dir / "AS-490312 bijlage.docx", "inzetbaarheidsprofiel", fml, f"{N};python-docx kept as .docx ArboStroom template;FML in the same Verslag spreekuur template, named bijlage")
    pdir = base / "02 P&O"
    pva = wd(pa, 11)
    doc = new_doc("RegioLijn Openbaar Vervoer B.V.  -  P&O Services  -  sjabloon PO-PVA-01")
    rr = doc.add_paragraph().add_run("Re-integratie: afspraken werkgever en medewerker")
    rr.bold = True
    rr.font.size = Pt(16)
    table(doc, emp + [["Datum advies bedrijfsarts", dmy(pa)], ["Datum opgesteld", dmy(pva)], ["Casemanager", "A. Vos, P&O-adviseur"]], cc=True)
    for h, t in [("1. Doel", "Terugkeer als buschauffeur op dagdiensten binnen zes maanden."),
                 ("2. Activiteiten", "a) Ondersteunend werk op de garage (uitgifte, schadeadministratie), opbouw volgens advies bedrijfsarts.\nb) Traumabehandeling via de eigen huisarts, in eigen tijd.\nc) Meerijden als tweede persoon na acht weken, daarna korte lijndiensten overdag."),
                 ("3. Evaluatiemomenten", "Iedere zes weken met teamleider en P&O; eerstejaarsevaluatie in week 46-52."),
                 ("4. Visie werkgever", "RegioLijn wil Derya behouden als chauffeur en zorgt voor een rustige opbouw op lijnen met begeleiding."),
                 ("5. Visie medewerker", "Ik wil weer rijden, maar niet op lijn 14 in de avond.")]:
        doc.add_paragraph().add_run(h).bold = True
        doc.add_paragraph(t)
    table(doc, [["#Naam", "#Rol", "#Akkoord"], ["A. Vos", "casemanager", dmy(pva)], ["D. Sahin", "medewerker", dmy(pva)]])
    save_docx(doc, pdir / "PO-PVA-01 Sahin.docx", pva, False)
    label(pdir / "PO-PVA-01 Sahin.docx", "plan_van_aanpak", pva, f"{N};python-docx kept as .docx with content controls;title Re-integratie: afspraken, no PvA words in title")
    te1 = wd(pva, 43)
    regiolijn_gv(pdir / "Gespreksverslag Sahin 1.docx", te1, "Voortgangsgesprek", lg, emp,
                 [("Verloop", "Derya werkt 3 x 4 uur op de garage. Meerijden als tweede persoon is gestart en ging goed."), ("Conclusie", "Plan van aanpak loopt volgens afspraak.")],
                 [("Meerijden uitbreiden naar 3 dagen", "teamleider", dmy(wd(te1, 14))), ("Volgend gesprek", "P&O", dmy(wd(te1, 42)))], False)
    label(pdir / "Gespreksverslag Sahin 1.docx", "tussentijdse_evaluatie", te1, f"{N};python-docx kept as .docx content controls;Gespreksverslag template, ticked box inside a content control")
    bpa = wd(d0, 163)
    arbostroom(doc_dir / "AS-490312 verslag 20240313.pdf", bpa, "Bijstelling probleemanalyse", arbo_f + [("Datum spreekuur", dmy(wd(bpa, -2)))],
               [("Aanleiding", "Na een terugval bij het zelfstandig rijden heb ik mevrouw opnieuw gezien."),
                ("Gewijzigde belastbaarheid", "Zelfstandig rijden met passagiers is voorlopig niet meer mogelijk; de verwachting dat zij in het eigen werk terugkeert stel ik bij naar onzeker. Werk zonder passagierscontact blijft mogelijk tot 24 uur."),
                ("Advies", "Stel het plan van aanpak bij; laat een arbeidsdeskundige meekijken naar ander werk binnen RegioLijn.")],
               ("F. Ouwerkerk", "bedrijfsarts, BIG 69012284501"))
    label(doc_dir / "AS-490312 verslag 20240313.pdf", "bijstelling_probleemanalyse", bpa, f"{N};docx-libreoffice ArboStroom template;[x] Bijstelling probleemanalyse")
    te2 = wd(bpa, 15)
    regiolijn_gv(pdir / "Gespreksverslag Sahin 2.pdf", te2, "Voortgangsgesprek", lg, emp,
                 [("Verloop", "Na het advies van de bedrijfsarts van " + dmy(bpa) + " rijdt Derya niet meer. Zij werkt 20 uur op de verkeersleiding als assistent (meekijken, telefonie met chauffeurs)."),
                  ("Conclusie", "Het doel van het plan van aanpak verandert; P&O stelt een nieuwe versie op.")],
                 [("Nieuwe versie afspraken", "P&O", dmy(wd(te2, 10)))], True)
    label(pdir / "Gespreksverslag Sahin 2.pdf", "tussentijdse_evaluatie", te2, f"{N};docx-libreoffice Gespreksverslag template;evaluation that announces a bijstelling but is not one")
    bpva = wd(te2, 9)
    doc = new_doc("RegioLijn Openbaar Vervoer B.V.  -  P&O Services  -  sjabloon PO-PVA-01")
    rr = doc.add_paragraph().add_run("Re-integratie: afspraken werkgever en medewerker")
    rr.bold = True
    rr.font.size = Pt(16)
    table(doc, emp + [["Versie", "2 (vervangt versie van " + dmy(pva) + ")"], ["Datum opgesteld", dmy(bpva)], ["Casemanager", "A. Vos, P&O-adviseur"]], cc=True)
    for h, t in [("1. Doel", "Gewijzigd: structureel passend werk op de verkeersleiding (assistent verkeersleider), 24 uur."),
                 ("2. Activiteiten", "Interne opleiding verkeersleiding (module 1 en 2). Geen rijdiensten meer. Arbeidsdeskundig advies over de functie-eisen."),
                 ("3. Evaluatiemomenten", "Iedere zes weken; eerstejaarsevaluatie in september 2024."),
                 ("4. Visie werkgever", "Verkeersleiding past bij haar ervaring en is binnen RegioLijn beschikbaar."),
                 ("5. Visie medewerker", "Ik vind het jammer dat ik niet meer rijd, maar dit werk bevalt.")]:
        doc.add_paragraph().add_run(h).bold = True
        doc.add_paragraph(t)
    table(doc, [["#Naam", "#Rol", "#Akkoord"], ["A. Vos", "casemanager", dmy(bpva)], ["D. Sahin", "medewerker", dmy(bpva)]])
    save_docx(doc, pdir / "PO-PVA-01 Sahin v2.pdf", bpva, True)
    label(pdir / "PO-PVA-01 Sahin v2.pdf", "bijstelling_plan_van_aanpak", bpva, f"{N};docx-libreoffice P&O template;same title as the PvA, only Versie 2 and changed goal decide")
    hol = wd(d0, 245)
    regiolijn_gv(pdir / "Gespreksverslag Sahin 3.docx", hol, "Overig", lg, emp,
                 [("Onderwerp", "Zomervakantie tijdens re-integratie: drie weken verlof in juli, vakantie-uren worden afgeschreven over de gewerkte uren. Opleiding module 2 schuift naar september.")],
                 [("Verlof invoeren", "teamleider", dmy(wd(hol, 3)))], False, overig="verlof tijdens ziekte")
    label(pdir / "Gespreksverslag Sahin 3.docx", "", None, f"{N};python-docx kept as .docx content controls;non-RIV holiday talk in the Gespreksverslag template, ☒ Overig")
    m42 = wd(d0, 290)
    scan_pdf(base / "03 UWV" / "scan 20240726.pdf", m42, [
        "**UWV", "Afdeling Werkgevers (fictief adres)", "", "RegioLijn Openbaar Vervoer B.V.", "t.a.v. P&O Services", "Postbus 712, 7301 BC Oosterlaan", "",
        f"Datum: {nl(m42)}", "Betreft: ontvangstbevestiging ziekmelding na 42 weken", f"Werknemer: D. Sahin, BSN {bsn}", f"Eerste ziektedag: {dmy(d0)}", "",
        "Geachte heer, mevrouw,", "Wij hebben uw ziekmelding ontvangen. Uw werknemer is bijna een jaar", "ziek. Maak uiterlijk in week 52 de eerstejaarsevaluatie.",
        "Bewaar deze bevestiging in het re-integratiedossier.", "", "Met vriendelijke groet,", "UWV"], seed=202, stamp=dmy(wd(m42, 4)))
    label(base / "03 UWV" / "scan 20240726.pdf", "ziekmelding_uwv", m42, f"{N};Pillow image-only scan;UWV confirmation; file name is the scan date, not the letter date")
    eje = wd(d0, 350)
    regiolijn_gv(pdir / "Gespreksverslag Sahin 4.pdf", eje, "Eerstejaarsevaluatie", lg, emp,
                 [("Terugblik eerste jaar", "Uitval na incident, opbouw op de garage, terugval bij het rijden, sinds maart werk op de verkeersleiding."),
                  ("Beoogd resultaat tweede jaar", "Volledige plaatsing als assistent verkeersleider, 24 uur, na het behalen van module 2."),
                  ("Visie werkgever en medewerker", "Beiden tevreden over de richting. Een tweede spoor is niet nodig: er is concreet passend werk binnen RegioLijn.")],
                 [("Module 2 afronden", "D. Sahin", dmy(wd(eje, 60)))], True)
    label(pdir / "Gespreksverslag Sahin 4.pdf", "eerstejaarsevaluatie", eje, f"{N};docx-libreoffice Gespreksverslag template;no 2nd track because internal placement (DOMAIN 2.2 row 9)")
    sal = wd(d0, 358)
    doc = new_doc("RegioLijn Openbaar Vervoer B.V.  -  P&O Services")
    for t in ["Mevrouw D. Sahin", "Berkenstraat 7", "7302 LM Oosterlaan", "", f"Oosterlaan, {nl(sal)}", "Betreft: uw salaris in het tweede ziektejaar", "",
              "Beste Derya,", "Op " + dmy(wd(d0, 364)) + " ben je een jaar ziek. Volgens de cao Openbaar Vervoer ontvang je in het tweede ziektejaar 70 % van je salaris over de uren die je niet werkt; over de gewerkte uren ontvang je 100 %. De aanvulling tot 85 % geldt zolang je actief meewerkt aan je re-integratie.",
              "Met vriendelijke groet,", "A. Vos, P&O-adviseur"]:
        doc.add_paragraph(t)
    save_docx(doc, pdir / "brief salaris 2e jaar.pdf", sal, True)
    label(pdir / "brief salaris 2e jaar.pdf", "", None, f"{N};docx-libreoffice P&O letter;non-RIV salary letter")
    opl = wd(d0, 372)
    doc = new_doc("RegioLijn Openbaar Vervoer B.V.  -  Opleidingscentrum")
    doc.add_paragraph().add_run("Individueel opleidingsplan").bold = True
    table(doc, [["Medewerker", "Derya Sahin"], ["Huidige inzet", "Assistent verkeersleiding"], ["Periode", "september - december 2024"]], cc=True)
    table(doc, [["#Module", "#Inhoud", "#Datum"], ["VL-2", "Storingen en omleidingen", "wekelijks dinsdag"], ["VL-3", "Communicatie met chauffeurs", "november"]])
    save_docx(doc, pdir / "Opleidingsplan Sahin.docx", opl, False)
    label(pdir / "Opleidingsplan Sahin.docx", "", None, f"{N};python-docx kept as .docx;non-RIV training plan that names the new work")
    do = wd(d0, 420)
    scan_pdf(base / "03 UWV" / "UWV deskundigenoordeel.pdf", do, [
        "**UWV", "", "Mevrouw D. Sahin", "Berkenstraat 7", "7302 LM Oosterlaan", "", f"Datum: {nl(do)}", "Ons kenmerk: DO-2024-88130",
        "**Ons oordeel over uw aanvraag", "U vroeg ons of het werk als assistent verkeersleider passend is.", "De verzekeringsarts en de arbeidsdeskundige hebben u gesproken.",
        "Ons deskundigenoordeel: het werk van assistent verkeersleider (24 uur)", "is passend werk. Uw werkgever mag u dit werk aanbieden.",
        "Dit oordeel is een advies; u kunt er geen bezwaar tegen maken.", "", "Met vriendelijke groet,", "UWV"], seed=203)
    label(base / "03 UWV" / "UWV deskundigenoordeel.pdf", "deskundigenoordeel", do, f"{N};Pillow image-only scan;word deskundigenoordeel only in kenmerk/body")
    ao = wd(d0, 613)
    arbostroom(doc_dir / "AS-490312 verslag 20250605.pdf", ao, "Actueel oordeel", arbo_f + [("Datum spreekuur", dmy(wd(ao, -1)))],
               [("Stand van zaken", "Mevrouw werkt 24 uur als assistent verkeersleider. De situatie is stabiel."),
                ("Beperkingen en mogelijkheden", "Blijvend beperkt voor zelfstandig werk met passagiers en conflicthantering; geen beperking voor werk op de verkeersleiding tot 24 uur."),
                ("Arbeidsrelatie", "Goed."), ("Passende arbeid bij de werkgever", "De huidige functie is passend; meer uren acht ik niet haalbaar.")],
               ("F. Ouwerkerk", "bedrijfsarts, BIG 69012284501"))
    label(doc_dir / "AS-490312 verslag 20250605.pdf", "actueel_oordeel", ao, f"{N};docx-libreoffice ArboStroom template;[x] Actueel oordeel")
    mi = wd(ao, 0)
    arbostroom(doc_dir / "AS-490312 verslag 20250605 (2).pdf", mi, "Medische informatie", arbo_f,
               [("Diagnose", "Posttraumatische stressstoornis (PTSS) na geweldsincident, in partiële remissie."),
                ("Behandeling", "EMDR bij GZ-psycholoog (12 sessies, afgerond), sertraline 50 mg, gestopt in april 2025."),
                ("Beloop", "Herbelevingen bij avondlicht en drukte in de bus; slaap hersteld.")],
               ("F. Ouwerkerk", "bedrijfsarts, BIG 69012284501"), medical=True)
    label(doc_dir / "AS-490312 verslag 20250605 (2).pdf", "medische_informatie", mi, f"{N};docx-libreoffice ArboStroom template;medical information filed in employer folder, name like the AO")
    ev = wd(d0, 626)
    regiolijn_gv(pdir / "Gespreksverslag Sahin 5.pdf", ev, "Evaluatie einde wachttijd", lg, emp,
                 [("Terugblik", "Twee jaar na het incident werkt Derya 24 van 36 uur als assistent verkeersleider."),
                  ("Aard van het bedrijf", "RegioLijn verzorgt het streekvervoer in drie provincies met ca. 2.300 medewerkers, van wie 1.700 rijdend."),
                  ("Arbeidsrelatie en passende arbeid", "Goede arbeidsrelatie. Meer passend werk dan 24 uur is er niet, conform het actueel oordeel van " + dmy(ao) + ".")],
                 [("Kopie re-integratieverslag aan medewerker", "P&O", dmy(wd(ev, 2)))], True)
    label(pdir / "Gespreksverslag Sahin 5.pdf", "eindevaluatie", ev, f"{N};docx-libreoffice Gespreksverslag template;box Evaluatie einde wachttijd, same template as TE/EJE")
    ow = wd(ev, 5)
    eml(base / "04 mail" / "RE Re-integratieverslag.eml", ow, 20, "Derya Sahin <derya.sahin@thuismail.example>", "a.vos@regiolijn.example",
        "RE: Re-integratieverslag ter ondertekening",
        "Hoi Anouk,\n\nIk heb alles gelezen. Wat ik ervan vind: de afspraken kloppen en ik ben blij dat ik op de verkeersleiding kan blijven. "
        "Alleen staat er in het verslag van " + dmy(ev) + " dat ik na de zomer meer uren wil proberen; dat heb ik niet gezegd. Voor de rest ben ik het eens.\n\nGroet,\nDerya\n\n"
        "> Van: A. Vos\n> Beste Derya, bijgaand het re-integratieverslag voor je WIA-aanvraag. Wil je laten weten wat je ervan vindt?\n")
    label(base / "04 mail" / "RE Re-integratieverslag.eml", "oordeel_werknemer", ow, f"{N};email plain text Outlook reply;employee view in a reply, quoted request below")
    (base / "dossier.yaml").write_text(
        f'werknemer: {{naam: "D. Sahin", bsn: "{bsn}", functie: "Buschauffeur"}}\n'
        'werkgever: {naam: "RegioLijn Openbaar Vervoer B.V.", loonheffingennummer: "812244035L01", aard_van_het_bedrijf: "Openbaar vervoer (streekvervoer)"}\n'
        'bedrijfsarts: {naam: "F. Ouwerkerk", organisatie: "ArboStroom Nederland"}\ncasemanager: {naam: "A. Vos"}\n'
        f'eerste_ziektedag: {d0.isoformat()}\naanvraag_wia: {wd(d0, 640).isoformat()}\n', encoding="utf-8")


# ================================================================ case C: international call centre (English HR)
def minutes(path: Path, d: dt.date, kind: str, rows, sections, acts, as_pdf):
    doc = new_doc("Calloway Customer Care B.V.  |  People & Culture  |  template PC-RTW-04", font="Arial")
    r = doc.add_paragraph().add_run("Evaluation meeting minutes")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x4B, 0x2E, 0x83)
    table(doc, rows + [["Meeting date", dmy(d)], ["Meeting type", kind]], cc=True)
    for h, t in sections:
        doc.add_paragraph().add_run(h).bold = True
        doc.add_paragraph(t)
    table(doc, [["#Action", "#Owner", "#Due"]] + [list(a) for a in acts])
    doc.add_paragraph()
    table(doc, [["#Signed", "#Role", "#Date"], ["J. Whitfield", "Team Lead Nordic Desk", dmy(d)], ["S. Lindqvist", "Employee", dmy(d)],
                ["R. Groenhof", "HR Business Partner (case manager)", dmy(d)]])
    save_docx(doc, path, d, as_pdf)


def rtw_plan(path: Path, d: dt.date, title: str, rows, sections, as_pdf):
    doc = new_doc("Calloway Customer Care B.V.  |  People & Culture  |  template PC-RTW-01", font="Arial")
    r = doc.add_paragraph().add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    table(doc, rows, cc=True)
    for h, t in sections:
        doc.add_paragraph().add_run(h).bold = True
        doc.add_paragraph(t)
    table(doc, [["#Signed", "#Role", "#Date"], ["R. Groenhof", "HR Business Partner (case manager)", dmy(d)], ["S. Lindqvist", "Employee", dmy(d)]])
    save_docx(doc, path, d, as_pdf)


def case_c():
    base = FILES / "Calloway Customer Care - Lindqvist S"
    d0 = dt.date(2024, 4, 8)
    bsn = make_bsn()
    N = "C"
    rows = [["Employee", "Sofia Lindqvist"], ["Employee no.", "CCC-4471"], ["Position", "Customer Service Agent, Nordic Desk (32 hrs)"],
            ["First day of absence", dmy(d0)]]
    to = ["Calloway Customer Care B.V.", "t.a.v. R. Groenhof, HR Business Partner", "Stationsplein 30", "3811 AA Amerveld"]
    pa = wd(d0, 39)
    hoogeweg(base / "Arbo" / "Hoogeweg brief 1.pdf", pa, to, "Probleemanalyse", "HW-24-1187/SL",
             ["Betreft: mevrouw S. Lindqvist, geboren 21-11-1991, eerste ziektedag " + dmy(d0) + ".",
              ("Beoordeling.", "Mevrouw is uitgevallen met klachten van uitputting na een lange periode van hoge werkdruk. Er is sprake van dreigend langdurig verzuim."),
              ("Belastbaarheid.", "Beperkt in concentratie bij gelijktijdige gesprekken en chat, in tijdsdruk (wachtrij-indicatoren) en in werktijden (max. 3 uur per dag, geen late diensten)."),
              ("Prognose.", "Goed; volledig herstel binnen drie tot vier maanden verwacht."),
              ("Advies.", "Start met 3 x 3 uur per week in back-office e-mail, zonder wachtrijscherm. Plan van aanpak binnen twee weken. English summary: return in back-office e-mail, 3 x 3 hrs, action plan within two weeks.")],
             "drs. H.M. Kroon, bedrijfsarts")
    label(base / "Arbo" / "Hoogeweg brief 1.pdf", "probleemanalyse", pa, f"{N};docx-libreoffice Hoogeweg letter;Dutch PA in an English case, numbered file name")
    pva = wd(pa, 10)
    rtw_plan(base / "HR" / "Return-to-work plan Lindqvist.docx", pva, "Return-to-work plan", rows + [["Date of plan", dmy(pva)], ["Case manager", "R. Groenhof"], ["Occupational physician's advice", dmy(pa)]],
             [("Goal", "Full return to the Nordic Desk (32 hrs) within four months."),
              ("Actions and timeline", "Weeks 1-3: 3 x 3 hrs back-office e-mail. Weeks 4-8: add chat without queue targets, 4 x 4 hrs. From week 9: phone shifts, day shifts only. Coaching by an external coach (6 sessions)."),
              ("Evaluation", "Every six weeks with team lead and HR; first-year evaluation if still absent in week 46-52."),
              ("Employer's view", "We value Sofia's language skills and will keep her off the queue dashboard during the build-up."),
              ("Employee's view", "I agree; I would like to keep working from home two days a week.")], False)
    label(base / "HR" / "Return-to-work plan Lindqvist.docx", "plan_van_aanpak", pva, f"{N};python-docx kept as .docx content controls;English Return-to-work plan is the plan van aanpak")
    te1 = wd(pva, 42)
    body = (f"Minutes - evaluation meeting {dmy(te1)}\nPresent: Sofia Lindqvist, Jack Whitfield (team lead), Roos Groenhof (HR)\n\n"
            "Progress: Sofia works 4 x 4 hrs, e-mail and chat. Phone shifts not yet started. Coaching: 3 of 6 sessions.\n"
            "Return-to-work plan: unchanged.\nActions: start one phone shift per week (Jack, in two weeks); next evaluation in six weeks (Roos).\n\nKind regards,\nRoos Groenhof\nHR Business Partner\n")
    eml(base / "Mail" / "Evaluation meeting minutes.eml", te1, 16, "Roos Groenhof <r.groenhof@calloway.example>", "Sofia Lindqvist <s.lindqvist@calloway.example>",
        "Evaluation meeting minutes - " + dmy(te1), body, "<html><body><p>" + html.escape(body).replace("\n", "<br>") + "</p></body></html>",
        cc="j.whitfield@calloway.example")
    label(base / "Mail" / "Evaluation meeting minutes.eml", "tussentijdse_evaluatie", te1, f"{N};email multipart/alternative Outlook;English minutes in mail body")
    te2 = wd(te1, 43)
    minutes(base / "HR" / "Evaluation meeting minutes (1).docx", te2, "Progress review", rows,
            [("Progress", "After a relapse in week 14 Sofia went back to 3 x 3 hrs. The occupational physician advises a slower build-up without phone work."),
             ("Return-to-work plan", "The timeline of the plan is no longer realistic; goal remains return to own role.")],
            [("Resume chat shifts", "Sofia", dmy(wd(te2, 21))), ("Next evaluation", "Roos", dmy(wd(te2, 42)))], False)
    label(base / "HR" / "Evaluation meeting minutes (1).docx", "tussentijdse_evaluatie", te2, f"{N};python-docx kept as .docx;Evaluation meeting minutes template, Meeting type Progress review")
    fw = wd(d0, 150)
    spec = scan_pdf(None, wd(fw, -6), [
        "**Praktijk voor Psychologie Amerveld", "GZ-psycholoog M.A. Terpstra", "", "Aan: drs. H.M. Kroon, bedrijfsarts", f"Datum: {nl(wd(fw, -6))}", "",
        "Betreft: S. Lindqvist, geb. 21-11-1991", "", "Diagnose: burn-out met depressieve klachten (DSM-5: aanpassingsstoornis", "met depressieve stemming). Behandeling: 10 sessies CGT,",
        "start slaapmedicatie door de huisarts (temazepam, tijdelijk).", "Verwachting: herstel binnen zes maanden.", "", "Met collegiale groet,", "M.A. Terpstra"], seed=301)
    eml(base / "Mail" / "FW letter psychologist.eml", fw, 9, "Sofia Lindqvist <s.lindqvist@calloway.example>", "Roos Groenhof <r.groenhof@calloway.example>",
        "FW: letter psychologist", "Hi Roos,\n\nAs discussed, here is the letter from my psychologist so you understand why it is going slower. I hope this helps.\n\nSofia\n",
        attach=("brief psycholoog.pdf", spec))
    label(base / "Mail" / "FW letter psychologist.eml", "", None, f"{N};email with PDF attachment;non-RIV covering mail of a medical letter")
    LABELS.append(("Calloway Customer Care - Lindqvist S/Mail/FW letter psychologist.eml::brief psycholoog.pdf", "medische_informatie",
                   wd(fw, -6).isoformat(), f"{N};Pillow image-only scan attached to email;psychologist letter with diagnosis the employer must not hold (DOMAIN 5.1)"))
    m42 = wd(d0, 288)
    page = (f"<html><head><meta charset='utf-8'><style>{UWVP_CSS}</style></head><body><div class='top'>UWV Werkgeversportaal</div>"
            "<h2>Bevestiging: ziekmelding langdurig zieke werknemer</h2><table>"
            f"<tr><td>Werkgever</td><td>Calloway Customer Care B.V.</td></tr><tr><td>Loonheffingennummer</td><td>855120473L01</td></tr>"
            f"<tr><td>Werknemer</td><td>S. Lindqvist</td></tr><tr><td>BSN</td><td>{bsn}</td></tr><tr><td>Eerste ziektedag</td><td>{dmy(d0)}</td></tr>"
            f"<tr><td>Datum melding</td><td>{dmy(m42)}</td></tr><tr><td>Referentie</td><td>ZM42-7783019</td></tr></table>"
            "<p>Wij hebben uw melding ontvangen. U ontvangt van ons informatie over de eerstejaarsevaluatie.</p></body></html>")
    wk(base / "HR" / "UWV portal print.pdf", page, m42, f"https://werkgeversportaal.uwv.example/melding - {dmy(m42)}")
    label(base / "HR" / "UWV portal print.pdf", "ziekmelding_uwv", m42, f"{N};wkhtmltopdf portal print;UWV portal confirmation of the 42nd-week report")
    eje = wd(d0, 347)
    minutes(base / "HR" / "Evaluation meeting minutes (2).pdf", eje, "Review after one year of absence", rows,
            [("Looking back", "Twelve months of absence: build-up to 16 hrs in back-office e-mail and chat, two relapses, no phone work."),
             ("Result we aim for in year two", "A sustainable role of at least 24 hrs. Own role (phone queue) is not expected to become suitable; start a second-track route next to internal options."),
             ("Employer's and employee's view", "Employer: internal back-office vacancies are limited. Employee: open to work outside Calloway, preferably with languages.")],
            [("Adjust return-to-work plan", "Roos", dmy(wd(eje, 14))), ("Referral to Koersvast", "Roos", dmy(wd(eje, 10)))], True)
    label(base / "HR" / "Evaluation meeting minutes (2).pdf", "eerstejaarsevaluatie", eje, f"{N};docx-libreoffice English minutes;same template as TE and EV; week 50 and year review decide")
    bpva = wd(eje, 14)
    rtw_plan(base / "HR" / "Return-to-work plan Lindqvist - update.docx", bpva, "Return-to-work plan", rows + [["Date of plan", dmy(bpva)], ["Version", "2 (updated after the first-year evaluation)"], ["Case manager", "R. Groenhof"]],
             [("Goal", "Changed: suitable work of 24 hrs, inside Calloway (back office) or with another employer (second track)."),
              ("Actions and timeline", "Second-track route with Koersvast from " + dmy(wd(bpva, 14)) + "; keep 16 hrs back-office; internal vacancy check monthly."),
              ("Employer's view", "A second track is needed as the own role is not expected to become suitable."),
              ("Employee's view", "Agreed.")], False)
    label(base / "HR" / "Return-to-work plan Lindqvist - update.docx", "bijstelling_plan_van_aanpak", bpva, f"{N};python-docx kept as .docx;same title as the plan, Version 2 decides")
    tp = wd(bpva, 18)
    kf = [("Cliënt", "S. Lindqvist"), ("Opdrachtgever", "Calloway Customer Care B.V."), ("Traject", "Tweede spoor - KV-33402")]
    koersvast(base / "Koersvast" / "Clientrapportage KV-33402.pdf", tp, kf + [("Fase", "Intake en trajectplan"), ("Datum", dmy(tp)), ("Loopbaanadviseur", "P. Hazelhoff")],
              [("Wie is de cliënt", "Sofia spreekt Zweeds, Noors, Engels en goed Nederlands. Zij zoekt rustiger werk met talen, zonder wachtrijdruk."),
               ("Zoekrichting", "Vertaalbureau, documentbeheer, backoffice internationale handel."),
               ("Activiteiten en planning", "Oriëntatie en arbeidsmarktverkenning (6 weken), netwerkgesprekken, sollicitaties vanaf maand 3; rapportage per kwartaal.")])
    label(base / "Koersvast" / "Clientrapportage KV-33402.pdf", "trajectplan_tweede_spoor", tp, f"{N};wkhtmltopdf Koersvast client system;Cliëntrapportage, phase Intake")
    vr = wd(tp, 91)
    koersvast(base / "Koersvast" / "Clientrapportage KV-33402 (2).pdf", vr, kf + [("Fase", "Voortgang"), ("Rapportageperiode", dmy(tp) + " t/m " + dmy(wd(vr, -2))), ("Datum", dmy(vr)), ("Loopbaanadviseur", "P. Hazelhoff")],
              [("Stand van zaken", "Vijf netwerkgesprekken, drie sollicitaties. Een proefplaatsing bij een vertaalbureau (8 uur) is gestart."),
               ("Vervolg", "Proefplaatsing evalueren na zes weken.")])
    label(base / "Koersvast" / "Clientrapportage KV-33402 (2).pdf", "voortgangsrapportage_tweede_spoor", vr, f"{N};wkhtmltopdf Koersvast client system;phase Voortgang")
    coach = wd(tp, 30)
    doc = new_doc("Calloway Customer Care B.V.  |  People & Culture  |  Learning", font="Arial")
    doc.add_paragraph().add_run("Individual development plan 2025").bold = True
    table(doc, rows[:3] + [["Period", "2025"]], cc=True)
    table(doc, [["#Topic", "#Activity", "#When"], ["Written Swedish", "Course business writing", "Q2"], ["Wellbeing", "Resilience workshop (company-wide)", "Q1"]])
    save_docx(doc, base / "HR" / "Development plan 2025 Lindqvist.docx", coach, False)
    label(base / "HR" / "Development plan 2025 Lindqvist.docx", "", None, f"{N};python-docx kept as .docx;non-RIV yearly development plan in HR template")
    ao = wd(d0, 612)
    hoogeweg(base / "Arbo" / "Hoogeweg brief 2.pdf", ao, to, "Actueel oordeel", "HW-24-1187/SL",
             ["Betreft: mevrouw S. Lindqvist, eerste ziektedag " + dmy(d0) + ". Dit oordeel is bestemd voor het re-integratieverslag bij de WIA-aanvraag.",
              ("Beloop.", "Wisselend herstel met twee terugvallen; nu stabiel."),
              ("Beperkingen en mogelijkheden.", "Blijvend beperkt voor werk met hoge tijdsdruk en wachtrijen; geschikt voor rustig backoffice- en taalwerk tot 24 uur per week."),
              ("Arbeidsrelatie.", "Goed; geen conflict."),
              ("Passende arbeid bij de werkgever.", "Alleen backoffice e-mail, maximaal 16 uur; het eigen werk is niet passend.")],
             "drs. H.M. Kroon, bedrijfsarts")
    label(base / "Arbo" / "Hoogeweg brief 2.pdf", "actueel_oordeel", ao, f"{N};docx-libreoffice Hoogeweg letter;numbered file name, same as PA")
    ev = wd(d0, 627)
    minutes(base / "HR" / "Evaluation meeting minutes (3).pdf", ev, "Final evaluation", rows,
            [("Looking back", "Two years: build-up to 16 hrs back office, second track with Koersvast and an 8-hr trial placement at a translation agency."),
             ("Nature of the company", "Calloway Customer Care is an international contact centre (850 staff) handling customer service in 14 languages for consumer-electronics brands."),
             ("Working relationship and suitable work", "Good relationship. No suitable work beyond 16 hrs back office, in line with the current assessment of " + dmy(ao) + ".")],
            [("Copy of the reintegration report to Sofia", "Roos", dmy(wd(ev, 1)))], True)
    label(base / "HR" / "Evaluation meeting minutes (3).pdf", "eindevaluatie", ev, f"{N};docx-libreoffice English minutes;Final evaluation in the same minutes template")
    ow = wd(ev, 3)
    eml(base / "Mail" / "My view.eml", ow, 21, "Sofia Lindqvist <sofia.lindqvist@privemail.example>", "Roos Groenhof <r.groenhof@calloway.example>",
        "My view on the reintegration report",
        "Dear Roos,\n\nThank you for the copies. My view for UWV: I agree with the description of the two years and the actions we took. "
        "I do not agree that the trial placement was 'not successful' - the agency wanted to keep me but had no budget. I would like UWV to know this.\n\nBest regards,\nSofia Lindqvist\n")
    label(base / "Mail" / "My view.eml", "oordeel_werknemer", ow, f"{N};email plain text from private address;English employee view without Dutch keywords")


# ================================================================ case D: flower auction
def case_d():
    base = FILES / "Bloemenveiling Aalsveld - Zandbergen H"
    d0 = dt.date(2023, 6, 12)
    bsn = make_bsn()
    N = "D"
    C = "Coöperatieve Bloemenveiling Aalsveld U.A."
    emp = [("Medewerker", "H. (Riek) Zandbergen"), ("Personeelsnummer", "BVA-07731"), ("BSN", bsn),
           ("Functie", "Kwaliteitscontroleur aanvoer (38 uur, vroege dienst 05.00-13.30)"), ("Eerste ziektedag", dmy(d0))]
    to = [C, "t.a.v. afdeling HR, mevrouw L. Brinkers", "Veilingweg 1", "1432 VA Aalsveld"]
    ex = "Perspectum BVA-23-0412"
    pa = wd(d0, 37)
    hoogeweg(base / "bedrijfsarts" / "advies bedrijfsarts juli 2023.pdf", pa, to, "Advies bij dreigend langdurig verzuim", "HW-23-0871/HZ",
             ["Betreft: mevrouw H. Zandbergen, geboren 09-05-1970, eerste ziektedag " + dmy(d0) + ".",
              ("Oordeel.", "Mevrouw heeft klachten van de rechterschouder en nek na jarenlang tillen van fust en kijken naar karren. Het verzuim dreigt langer te duren dan zes weken."),
              ("Mogelijkheden.", "Niet boven schouderhoogte werken, niet tillen boven 5 kg, geen koelcel langer dan 30 minuten aaneen. Wel: administratief kwaliteitswerk, steekproefregistratie op de tablet."),
              ("Verwachting.", "Herstel in drie tot zes maanden."),
              ("Advies.", "Opbouw in registratiewerk 4 x 4 uur in dagdienst. Maak binnen twee weken samen het plan van aanpak.")],
             "J.P. Haverman, bedrijfsarts")
    label(base / "bedrijfsarts" / "advies bedrijfsarts juli 2023.pdf", "probleemanalyse", pa, f"{N};docx-libreoffice Hoogeweg letter;PA titled Advies bij dreigend langdurig verzuim, no PA word")
    pva = wd(pa, 9)
    perspectum(base / f"{ex} - document 1.pdf", pva, "Verzuimverslag",
               emp + [("Documenttype", "Plan van aanpak"), ("Datum gesprek", dmy(pva)), ("Opgesteld door", "L. Brinkers, HR-adviseur / casemanager")],
               [("Doel", "Terugkeer als kwaliteitscontroleur binnen vijf maanden, zonder tilwerk."),
                ("Activiteiten", "Registratiewerk op de tablet in de keurhal; fysiotherapie; werkplekonderzoek naar een kantelbare keurtafel."),
                ("Visie werkgever", "Wij willen Riek behouden in de kwaliteitsdienst."), ("Visie medewerker", "Eens; de vroege dienst wil ik graag houden.")],
               acts=[("Werkplekonderzoek keurtafel", "preventiemedewerker", dmy(wd(pva, 20))), ("Opbouw naar 4 x 5 uur", "medewerker", dmy(wd(pva, 28))), ("Evaluatie", "casemanager", dmy(wd(pva, 42)))],
               cover=("BVA-23-0412", dt.date(2025, 2, 10), "08:41", "l.brinkers"), customer=C,
               sign=[("L. Brinkers", "casemanager", "akkoord " + dmy(pva)), ("H. Zandbergen", "medewerker", "akkoord " + dmy(pva))], footer_case="BVA-23-0412")
    label(base / f"{ex} - document 1.pdf", "plan_van_aanpak", pva, f"{N};wkhtmltopdf Perspectum portal;same software as case A for another employer, cover sheet")
    te = wd(pva, 42)
    perspectum(base / f"{ex} - document 2.pdf", te, "Gespreksverslag",
               emp + [("Documenttype", "Evaluatie"), ("Datum gesprek", dmy(te)), ("Opgesteld door", "L. Brinkers, casemanager")],
               [("Voortgang", "Riek werkt 4 x 5 uur registratiewerk. De keurtafel is besteld. Schouder nog pijnlijk bij reiken.")],
               acts=[("Volgende evaluatie", "casemanager", dmy(wd(te, 42)))], customer=C, footer_case="BVA-23-0412")
    label(base / f"{ex} - document 2.pdf", "tussentijdse_evaluatie", te, f"{N};wkhtmltopdf Perspectum portal;Gespreksverslag Evaluatie")
    bpa = wd(d0, 196)
    hoogeweg(base / "bedrijfsarts" / "advies bedrijfsarts dec 2023.pdf", bpa, to, "Vervolgadvies na spreekuur", "HW-23-0871/HZ",
             ["Betreft: mevrouw H. Zandbergen.",
              ("Ontwikkeling.", "Na een operatieve ingreep is het herstel trager dan verwacht. Ik stel mijn eerdere advies van " + dmy(pa) + " bij: terugkeer in de keurhal op de aanvoervloer is de komende maanden niet te verwachten."),
              ("Mogelijkheden.", "Zittend werk tot 20 uur, zonder reiken en tillen."),
              ("Advies.", "Pas het plan van aanpak aan en vraag een arbeidsdeskundig onderzoek aan.")],
             "J.P. Haverman, bedrijfsarts")
    label(base / "bedrijfsarts" / "advies bedrijfsarts dec 2023.pdf", "bijstelling_probleemanalyse", bpa, f"{N};docx-libreoffice Hoogeweg letter;Vervolgadvies, neither word in the title (DOMAIN 1.2 art. 4 lid 4)")
    m42 = wd(d0, 289)
    perspectum(base / f"{ex} - document 3.pdf", m42, "Rapportage",
               emp + [("Documenttype", "Melding langdurig verzuim UWV (42e week)"), ("Datum verzonden", dmy(m42)), ("Opgesteld door", "Salarisadministratie"),
                      ("Loonheffingennummer", "801977302L01"), ("Ontvangstbevestiging UWV", "ZM-4417205 (" + dmy(m42) + ")")],
               [("Toelichting", "Melding verstuurd via de koppeling met het werkgeversportaal.")],
               cover=("BVA-23-0412", dt.date(2025, 2, 10), "08:42", "l.brinkers"), customer=C, footer_case="BVA-23-0412")
    label(base / f"{ex} - document 3.pdf", "ziekmelding_uwv", m42, f"{N};wkhtmltopdf Perspectum portal;42nd-week record in generic Rapportage with cover")
    ad = wd(d0, 330)
    koersvast(base / "Koersvast" / "Cliëntrapportage AD Zandbergen.pdf", ad,
              [("Cliënt", "H. Zandbergen"), ("Opdrachtgever", C), ("Traject", "Arbeidsdeskundig onderzoek - KV-30118"), ("Fase", "Arbeidsdeskundig onderzoek"), ("Datum", dmy(ad)),
               ("Opgesteld door", "T. Smeets, register-arbeidsdeskundige")],
              [("Vraagstelling", "Is de eigen functie passend te maken? Zo nee, welk werk bij de veiling of elders is passend?"),
               ("Analyse", "De functie vraagt dagelijks reiken boven schouderhoogte en tillen van fust (8-12 kg). Met de kantelbare keurtafel blijft het aanvoerdeel niet passend."),
               ("Conclusie", "Eigen werk niet passend. Passend: planner aanvoerlogistiek (zittend, 32 uur) na opleiding; anders tweede spoor starten.")])
    label(base / "Koersvast" / "Cliëntrapportage AD Zandbergen.pdf", "arbeidsdeskundig_rapport", ad, f"{N};wkhtmltopdf Koersvast client system;AD report in the bureau's Cliëntrapportage template used for 2nd track too")
    eje = wd(d0, 346)
    perspectum(base / f"{ex} - document 4.pdf", eje, "Gespreksverslag",
               emp + [("Documenttype", "Evaluatie"), ("Datum gesprek", dmy(eje)), ("Opgesteld door", "L. Brinkers, casemanager")],
               [("Terugblik op het eerste ziektejaar", "Opbouw tot 20 uur, terugval na de operatie, arbeidsdeskundig onderzoek (" + dmy(ad) + ")."),
                ("Beoogd resultaat tweede ziektejaar", "Opleiding tot planner aanvoerlogistiek; daarnaast tweede spoor als vangnet."),
                ("Visie werkgever", "Een plannersvacature komt in het voorjaar vrij."), ("Visie medewerker", "Ik wil de opleiding graag doen.")],
               acts=[("Bijstelling plan van aanpak", "casemanager", dmy(wd(eje, 10))), ("Aanmelding tweede spoor", "casemanager", dmy(wd(eje, 14)))],
               cover=("BVA-23-0412", dt.date(2025, 2, 10), "08:44", "l.brinkers"), customer=C, footer_case="BVA-23-0412")
    label(base / f"{ex} - document 4.pdf", "eerstejaarsevaluatie", eje, f"{N};wkhtmltopdf Perspectum portal;Documenttype only Evaluatie, week 50 decides")
    bpva = wd(eje, 10)
    perspectum(base / f"{ex} - document 5.pdf", bpva, "Verzuimverslag",
               emp + [("Documenttype", "Plan van aanpak - bijstelling"), ("Datum gesprek", dmy(bpva)), ("Opgesteld door", "L. Brinkers, casemanager")],
               [("Doel", "Gewijzigd: plaatsing als planner aanvoerlogistiek (32 uur); tweede spoor parallel via Koersvast."),
                ("Activiteiten", "Interne opleiding planning; traject tweede spoor."),
                ("Visie werkgever", "Eens."), ("Visie medewerker", "Eens.")],
               acts=[("Start opleiding", "medewerker", dmy(wd(bpva, 14))), ("Intake Koersvast", "Koersvast", dmy(wd(bpva, 12)))],
               sign=[("L. Brinkers", "casemanager", "akkoord " + dmy(bpva)), ("H. Zandbergen", "medewerker", "akkoord " + dmy(bpva))], customer=C, footer_case="BVA-23-0412")
    label(base / f"{ex} - document 5.pdf", "bijstelling_plan_van_aanpak", bpva, f"{N};wkhtmltopdf Perspectum portal;Documenttype Plan van aanpak - bijstelling")
    tp = wd(bpva, 16)
    kf = [("Cliënt", "H. Zandbergen"), ("Opdrachtgever", C), ("Traject", "Tweede spoor - KV-30562")]
    koersvast(base / "Koersvast" / "Cliëntrapportage KV-30562 intake.pdf", tp, kf + [("Fase", "Intake en trajectplan"), ("Datum", dmy(tp)), ("Loopbaanadviseur", "M. de Greef")],
              [("Wie is de cliënt", "Riek werkt 31 jaar op de veiling, kent de sierteeltketen goed."),
               ("Zoekrichting", "Administratief werk in de sierteelt, planning bij kwekers of exporteurs."),
               ("Activiteiten en planning", "Zoekprofiel, netwerkgesprekken bij exporteurs, sollicitaties; rapportage elke drie maanden.")])
    label(base / "Koersvast" / "Cliëntrapportage KV-30562 intake.pdf", "trajectplan_tweede_spoor", tp, f"{N};wkhtmltopdf Koersvast client system;phase Intake en trajectplan")
    vr = wd(tp, 92)
    koersvast(base / "Koersvast" / "Cliëntrapportage KV-30562.pdf", vr, kf + [("Fase", "Voortgang"), ("Rapportageperiode", dmy(tp) + " t/m " + dmy(wd(vr, -4))), ("Datum", dmy(vr)), ("Loopbaanadviseur", "M. de Greef")],
              [("Stand van zaken", "Riek is intern geplaatst als planner in opleiding (24 uur). Het tweede spoor loopt met lage intensiteit door: twee netwerkgesprekken."),
               ("Vervolg", "Bij definitieve interne plaatsing wordt het traject afgesloten.")])
    label(base / "Koersvast" / "Cliëntrapportage KV-30562.pdf", "voortgangsrapportage_tweede_spoor", vr, f"{N};wkhtmltopdf Koersvast client system;phase Voortgang")
    uren = wd(d0, 470)
    perspectum(base / f"{ex} - document 6.pdf", uren, "Rapportage",
               emp + [("Documenttype", "Urenregistratie re-integratie"), ("Periode", "week 1 t/m 40 van 2024"), ("Opgesteld door", "Perspectum (automatisch)")],
               [("Overzicht", "Gewerkte uren per week op basis van het rooster: week 1-6 20 uur, week 7-18 0 uur (operatie), week 19-30 12-20 uur, week 31-40 24 uur.")],
               customer=C, footer_case="BVA-23-0412")
    label(base / f"{ex} - document 6.pdf", "", None, f"{N};wkhtmltopdf Perspectum portal;non-RIV hours register in the generic Rapportage (Regeling art. 3 note, not an art. 6 element)")
    uwv = wd(d0, 610)
    scan_pdf(base / "post" / "UWV brief WIA.pdf", uwv, [
        "**UWV", "", "Mevrouw H. Zandbergen", "Kwekerslaan 88", "1433 RR Aalsveld", "", f"Datum: {nl(uwv)}", "Ons kenmerk: 2025/WIA/551902", f"BSN: {bsn}", "",
        "**Aanvraag WIA-uitkering", "Geachte mevrouw Zandbergen,", "U bent bijna twee jaar ziek. Wilt u een WIA-uitkering, vraag deze", "dan binnen zes weken aan. Stuur het re-integratieverslag mee.", "",
        "Met vriendelijke groet,", "UWV"], seed=401, stamp=dmy(wd(uwv, 2)))
    label(base / "post" / "UWV brief WIA.pdf", "uwv_correspondentie", uwv, f"{N};Pillow image-only scan;week-88 letter with received stamp")
    ao = wd(d0, 614)
    hoogeweg(base / "bedrijfsarts" / "advies bedrijfsarts feb 2025.pdf", ao, to, "Actueel oordeel ten behoeve van het re-integratieverslag", "HW-23-0871/HZ",
             ["Betreft: mevrouw H. Zandbergen, eerste ziektedag " + dmy(d0) + ".",
              ("Beloop.", "Na de ingreep langzaam herstel; de situatie is nu stabiel."),
              ("Beperkingen en mogelijkheden.", "Blijvend geen reiken boven schouderhoogte en geen tillen boven 5 kg. Zittend werk tot 32 uur mogelijk."),
              ("Arbeidsrelatie.", "Goed."), ("Passende arbeid.", "Het werk als planner aanvoerlogistiek is passend.")], "J.P. Haverman, bedrijfsarts")
    label(base / "bedrijfsarts" / "advies bedrijfsarts feb 2025.pdf", "actueel_oordeel", ao, f"{N};docx-libreoffice Hoogeweg letter;same file-name pattern as PA and bijstelling")
    mi = wd(ao, 1)
    hoogeweg(base / "bedrijfsarts" / "brief Hoogeweg verzekeringsarts.pdf", mi, ["UWV, t.a.v. de verzekeringsarts", "(via werknemer, in gesloten envelop)"],
             "Medische informatie", "HW-23-0871/HZ-M",
             ["Betreft: mevrouw H. Zandbergen, geb. 09-05-1970.",
              ("Diagnose.", "Subacromiaal impingementsyndroom rechts met partiële rotatorcuff-ruptuur; cervicale artrose C5-C6."),
              ("Behandeling.", "Arthroscopische decompressie en cuffhechting op " + dmy(wd(d0, 180)) + " (orthopedie); daarna 9 maanden fysiotherapie. NSAID's zo nodig."),
              ("Prognose.", "Restbeperkingen blijvend.")], "J.P. Haverman, bedrijfsarts", red="MEDISCH GEHEIM")
    label(base / "bedrijfsarts" / "brief Hoogeweg verzekeringsarts.pdf", "medische_informatie", mi, f"{N};docx-libreoffice Hoogeweg letter;medical information for the verzekeringsarts in the employer folder")
    ev = wd(d0, 625)
    perspectum(base / f"{ex} - document 7.pdf", ev, "Gespreksverslag",
               emp + [("Documenttype", "Evaluatie"), ("Datum gesprek", dmy(ev)), ("Opgesteld door", "L. Brinkers, casemanager")],
               [("Terugblik", "Twee jaar: opbouw, operatie, arbeidsdeskundig onderzoek, opleiding en plaatsing als planner aanvoerlogistiek (28 uur)."),
                ("Aard van het bedrijf", "Coöperatieve bloemenveiling met 1.100 medewerkers; aanvoer, keuring, veilen en distributie van sierteeltproducten."),
                ("Arbeidsrelatie en passende arbeid", "Goede arbeidsrelatie; de plannersfunctie is passend, conform het actueel oordeel van " + dmy(ao) + ". Het tweede spoor is afgesloten.")],
               acts=[("Kopie re-integratieverslag aan medewerker", "casemanager", dmy(wd(ev, 1)))],
               cover=("BVA-23-0412", dt.date(2025, 3, 6), "15:10", "l.brinkers"), customer=C, footer_case="BVA-23-0412")
    label(base / f"{ex} - document 7.pdf", "eindevaluatie", ev, f"{N};wkhtmltopdf Perspectum portal;same Gespreksverslag template, terugblik and aard van het bedrijf decide")
    ow = wd(ev, 6)
    scan_pdf(base / "post" / "scan0022.pdf", ow, [
        "Riek Zandbergen", "Kwekerslaan 88, Aalsveld", "", f"Aalsveld, {nl(ow)}", "", "Aan de afdeling HR van de veiling", "",
        "Ik heb het verslag over mijn twee jaar ziekte ontvangen en gelezen.", "Ik vind dat het goed beschreven is. Ik ben het eens met de", "plaatsing als planner.",
        "Wel wil ik zeggen dat ik 28 uur werk en niet 32, omdat mijn schouder", "na 28 uur te veel pijn doet. Dat mag UWV weten.", "", "Met vriendelijke groet,", "R. Zandbergen"], seed=402)
    label(base / "post" / "scan0022.pdf", "oordeel_werknemer", ow, f"{N};Pillow image-only scan;employee's letter without title, generic scan name")
    (base / "dossier.yaml").write_text(
        f'werknemer: {{naam: "H. Zandbergen", bsn: "{bsn}", functie: "Kwaliteitscontroleur aanvoer"}}\n'
        f'werkgever: {{naam: "{C}", loonheffingennummer: "801977302L01", aard_van_het_bedrijf: "Bloemenveiling"}}\n'
        'bedrijfsarts: {naam: "J.P. Haverman", organisatie: "Bedrijfsartsenpraktijk Hoogeweg"}\ncasemanager: {naam: "L. Brinkers"}\n'
        f'eerste_ziektedag: {d0.isoformat()}\n', encoding="utf-8")


def main():
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    case_a()
    case_b()
    case_c()
    case_d()
    convert_all()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for p, t, d, n in sorted(LABELS):
            case, producer, trap = n.split(";", 2)
            n = ";".join((case, producer, trap.replace(";", ",")))
            w.writerow([p, t, d, "holdout", n])


if __name__ == "__main__":
    main()
