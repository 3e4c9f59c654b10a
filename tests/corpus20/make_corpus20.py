#!/usr/bin/env python3
"""Generate tests/corpus20: an untouched holdout of house styles and forms of larger producers.

Run: /work/main/.venv/bin/python tests/corpus20/make_corpus20.py
Deletes and rewrites files/ and labels.csv next to this script. Deterministic: fixed seeds, fixed dates, no clock
reads; PDFs are normalised with pikepdf (XMP removed, fixed /Info, deterministic /ID), DOCX zips get fixed
timestamps, e-mails fixed headers and boundaries; subprocesses run with TZ=UTC and SOURCE_DATE_EPOCH.
All people, companies, addresses, numbers and e-mail domains (.example) are invented.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import os
import random
import shutil
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import docx
import pikepdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
EPOCH = "1767225600"  # 2026-01-01T00:00:00Z
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH=EPOCH, LC_ALL="C.UTF-8", LANG="C.UTF-8")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_S = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

LABELS: list[tuple[str, str, str, str]] = []
PENDING_DOCX_PDF: list[tuple[bytes, Path]] = []

# ----------------------------------------------------------------------------------------------------- helpers


def elfproef(bsn: str) -> bool:
    return len(bsn) == 9 and bsn != "000000000" and sum(
        int(d) * w for d, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1))
    ) % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            return s


HOLIDAYS = {dt.date.fromisoformat(x) for x in (
    "2023-12-25 2023-12-26 2024-01-01 2024-03-29 2024-04-01 2024-04-27 2024-05-09 2024-05-20 2024-12-25 "
    "2024-12-26 2025-01-01 2025-04-18 2025-04-21 2025-04-26 2025-05-05 2025-05-29 2025-06-09 2025-12-25 "
    "2025-12-26 2026-01-01 2026-04-03 2026-04-06 2026-04-27 2026-05-05 2026-05-14 2026-05-25").split()}


def wd(d0: dt.date, days: int) -> dt.date:
    d = d0 + dt.timedelta(days=days)
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += dt.timedelta(days=1)
    return d


MAAND = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTH = "January February March April May June July August September October November December".split()


def nl(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def nll(d: dt.date) -> str:
    return f"{d.day} {MAAND[d.month - 1]} {d.year}"


def en(d: dt.date) -> str:
    return f"{d.day} {MONTH[d.month - 1]} {d.year}"


def label(path: str, typ: str, date: dt.date | None, case: str, producer: str, trap: str) -> None:
    trap = trap.replace("; ", ", ")
    assert ";" not in case + producer + trap, path
    LABELS.append((path, typ, date.isoformat() if (typ and date) else "", f"{case};{producer};{trap}"))


def _canonical_subset_tags(pdf: pikepdf.Pdf) -> None:
    """Font subset tags (ABCDEF+Font) are handed out in hash order by some producers; derive them from the font
    file's bytes instead, so that two runs give the same names."""
    import hashlib
    import re

    mapping: dict[str, str] = {}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor" and "/FontName" in obj:
            name = str(obj.FontName)[1:]
            m = re.match(r"^([A-Z]{6})\+(.*)$", name)
            if not m:
                continue
            blob = b""
            for k in ("/FontFile", "/FontFile2", "/FontFile3"):
                if k in obj:
                    blob = obj[k].read_raw_bytes()
            h = hashlib.sha256(blob + m.group(2).encode()).digest()
            mapping[name] = "".join(chr(65 + b % 26) for b in h[:6]) + "+" + m.group(2)
    if not mapping:
        return
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary):
            for k in ("/FontName", "/BaseFont"):
                if k in obj and str(obj[k])[1:] in mapping:
                    obj[k] = pikepdf.Name("/" + mapping[str(obj[k])[1:]])


def normalise_pdf(data: bytes, title: str, producer: str, created: dt.date) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    _canonical_subset_tags(pdf)
    if "/DocChecksum" in pdf.trailer:  # LibreOffice puts a checksum over the run into the trailer
        del pdf.trailer["/DocChecksum"]
    if "/ID" in pdf.trailer:  # qpdf keeps the producer's first /ID element; drop it so the ID is from content
        del pdf.trailer["/ID"]
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    stamp = created.strftime("D:%Y%m%d090000Z")
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(
        Title=pikepdf.String(title), Producer=pikepdf.String(producer),
        CreationDate=pikepdf.String(stamp), ModDate=pikepdf.String(stamp)))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def html_pdf(path: Path, body: str, css: str, title: str, created: dt.date, engine: str = "wkhtmltopdf") -> None:
    page = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title><style>{css}</style></head><body>{body}</body></html>"
    with tempfile.TemporaryDirectory() as td:
        src, out = Path(td) / "in.html", Path(td) / "out.pdf"
        src.write_text(page, encoding="utf-8")
        if engine == "wkhtmltopdf":
            cmd = ["wkhtmltopdf", "--quiet", "-s", "A4", "--encoding", "utf-8", "--footer-font-size", "7",
                   "--footer-left", title, "--footer-right", "pagina [page] van [topage]", str(src), str(out)]
            prod = "wkhtmltopdf 0.12.6"
        else:
            cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                   f"--user-data-dir={td}/prof", f"--print-to-pdf={out}", str(src)]
            prod = "Skia/PDF m156 (Chromium)"
        subprocess.run(cmd, env=ENV, check=True, capture_output=True, timeout=120)
        write(path, normalise_pdf(out.read_bytes(), title, prod, created))


def fixed_docx(doc: docx.Document, created: dt.date, author: str) -> bytes:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    stamp = dt.datetime(created.year, created.month, created.day, 9, 0, 0)
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def docx_keep(path: Path, doc: docx.Document, created: dt.date, author: str) -> None:
    write(path, fixed_docx(doc, created, author))


def docx_pdf(path: Path, doc: docx.Document, created: dt.date, author: str) -> None:
    PENDING_DOCX_PDF.append((fixed_docx(doc, created, author), path, created))


def flush_docx_pdf() -> None:
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        srcs = []
        for i, (data, _path, _c) in enumerate(PENDING_DOCX_PDF):
            p = tdp / f"d{i:03d}.docx"
            p.write_bytes(data)
            srcs.append(str(p))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tdp / "out"), *srcs], env=ENV, check=True, capture_output=True, timeout=600)
        for i, (_data, path, created) in enumerate(PENDING_DOCX_PDF):
            pdf = (tdp / "out" / f"d{i:03d}.pdf").read_bytes()
            write(path, normalise_pdf(pdf, path.stem, "LibreOffice 7.4", created))
    PENDING_DOCX_PDF.clear()


def scan_pdf(path: Path, lines: list[tuple[str, int, bool]], seed: int, created: dt.date, stamp: str = "") -> None:
    """An image-only copier scan: text drawn on a 150 dpi page, slight skew, noise, bilevel."""
    rng = random.Random(seed)
    w, h = 1240, 1754
    img = Image.new("L", (w, h), 255)
    drw = ImageDraw.Draw(img)
    y = 120
    for text, size, bold in lines:
        if text == "":
            y += size
            continue
        f = ImageFont.truetype(FONT_B if bold else FONT_S, size)
        drw.text((110, y), text, font=f, fill=20)
        y += int(size * 1.55)
    if stamp:
        f = ImageFont.truetype(FONT_B, 26)
        drw.rectangle((800, 90, 1150, 190), outline=60, width=4)
        for i, s in enumerate(stamp.split("\n")):
            drw.text((820, 100 + i * 34), s, font=f, fill=60)
    img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(3500):
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 90, 160))
    img = img.filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: 0 if v < 150 else 255).convert("1")
    out = io.BytesIO()
    img.save(out, "PDF", resolution=150)
    write(path, normalise_pdf(out.getvalue(), "", "Canon iR-ADV C5840 scan", created))


def eml(path: Path, frm: str, to: str, subject: str, date: dt.date, hour: str, body: str, mid: str,
        cc: str = "", attachments: list[tuple[str, bytes, str]] = (), html_body: str = "", mailer: str = "") -> bytes:
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = f"{date.strftime('%a, %d %b %Y')} {hour} +0100"
    m["Message-ID"] = f"<{mid}>"
    if mailer:
        m["X-Mailer"] = mailer
    m.set_content(body)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    for name, data, ctype in attachments:
        maj, sub = ctype.split("/")
        m.add_attachment(data, maintype=maj, subtype=sub, filename=name)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_NextPart_{mid.split('@')[0]}_{n:02d}")
    data = m.as_bytes()
    write(path, data)
    return data


# ------------------------------------------------------------------------------------------- house style: Presentis

PRESENTIS_CSS = """
body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#222;margin:0 8px}
.bar{background:#1d4e89;color:#fff;padding:6px 10px;font-size:9pt}
.bar b{font-size:12pt;letter-spacing:1px}
h1{font-size:16pt;color:#1d4e89;margin:14px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0 10px}
td,th{border:1px solid #9fb3c8;padding:4px 6px;vertical-align:top;font-size:9.5pt}
th{background:#e4ecf5;text-align:left}
td.l{background:#f2f5f9;width:32%;font-weight:bold}
h2{font-size:11pt;color:#1d4e89;border-bottom:1px solid #1d4e89;margin:12px 0 4px}
.cover{height:900px;padding-top:120px}
.cover .logo{font-size:34pt;color:#1d4e89;font-weight:bold;letter-spacing:3px}
.small{font-size:8pt;color:#666}
"""


def presentis(path: Path, employer: str, title: str, fields: list[tuple[str, str]], sections: list[tuple[str, str]],
              created: dt.date, agreements: list[tuple[str, str, str]] = (), sign: list[tuple[str, str]] = (),
              cover: tuple[str, str, dt.date] | None = None) -> None:
    body = ""
    if cover:
        zaak, printed_by, printed = cover
        body += (f"<div class='cover'><div class='logo'>presentis</div><div class='small'>verzuim &amp; "
                 f"re-integratie &middot; versie 8.4</div><br><br><table>"
                 f"<tr><td class='l'>Export</td><td>Dossierstuk (PDF)</td></tr>"
                 f"<tr><td class='l'>Organisatie</td><td>{employer}</td></tr>"
                 f"<tr><td class='l'>Zaaknummer</td><td>{zaak}</td></tr>"
                 f"<tr><td class='l'>Afgedrukt door</td><td>{printed_by}</td></tr>"
                 f"<tr><td class='l'>Afdrukdatum</td><td>{nl(printed)} 16:42</td></tr></table>"
                 f"<p class='small'>Dit document bevat persoonsgegevens. Vertrouwelijk behandelen.</p></div>"
                 f"<div style='page-break-after:always'></div>")
    body += f"<div class='bar'><b>presentis</b> &nbsp;|&nbsp; {employer}</div><h1>{title}</h1><table>"
    for k, v in fields:
        body += f"<tr><td class='l'>{k}</td><td>{v}</td></tr>"
    body += "</table>"
    for h, t in sections:
        body += f"<h2>{h}</h2>" + "".join(f"<p>{p}</p>" for p in t.split("\n"))
    if agreements:
        body += "<h2>Afspraken</h2><table><tr><th>Afspraak</th><th>Wie</th><th>Wanneer</th></tr>"
        body += "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in agreements) + "</table>"
    if sign:
        body += "<h2>Ondertekening</h2><table><tr>" + "".join(f"<th>{a}</th>" for a, _ in sign) + "</tr><tr>"
        body += "".join(f"<td>{b}</td>" for _, b in sign) + "</tr></table>"
    html_pdf(path, body, PRESENTIS_CSS, f"Presentis - {title}", created)


# --------------------------------------------------------------------------------------- house style: Word helpers


def set_font(doc: docx.Document, name: str = "Calibri", size: int = 10) -> None:
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


def sdt_run(par, text: str, tag: str) -> None:
    """A plain-text content control (w:sdt) inside a paragraph, as Word templates fill them."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(t)
    al = OxmlElement("w:alias")
    al.set(qn("w:val"), tag)
    pr.append(al)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    te = OxmlElement("w:t")
    te.set(qn("xml:space"), "preserve")
    te.text = text
    r.append(te)
    content.append(r)
    sdt.append(content)
    par._p.append(sdt)


def kv_table(doc, rows: list[tuple[str, str]], shade: str = "D9E2F3") -> None:
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for k, v in rows:
        c = tbl.add_row().cells
        c[0].text = k
        c[0].paragraphs[0].runs[0].bold = True
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:fill"), shade)
        c[0]._tc.get_or_add_tcPr().append(sh)
        c[1].text = v


def grid(doc, header: list[str], rows: list[list[str]]) -> None:
    tbl = doc.add_table(rows=1, cols=len(header))
    tbl.style = "Table Grid"
    for i, h in enumerate(header):
        tbl.rows[0].cells[i].text = h
        tbl.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v


def para(doc, text: str, bold: bool = False, size: int | None = None, color: tuple | None = None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return p


def header_text(doc, text: str) -> None:
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)


def checkbox_rows(doc, caption: str, options: list[str], ticked: str, sdt: bool = False) -> None:
    """A table row 'caption | ☒ option  ☐ option ...'; with sdt=True each box is a content control."""
    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.rows[0].cells[0].text = caption
    tbl.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    cell = tbl.rows[0].cells[1]
    first = True
    for o in options:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        box = "☒" if o == ticked else "☐"
        if sdt:
            sdt_run(p, box, "chk")
            p.add_run(" " + o)
        else:
            p.add_run(f"{box} {o}")


# --------------------------------------------------------------------------------- house style: Arbo Meridiaan

MERIDIAAN_KINDS = ["Probleemanalyse", "Bijstelling probleemanalyse", "Actueel oordeel",
                   "Arbeidsdeskundig onderzoek", "Medische informatie (alleen voor verzekeringsarts)"]


def meridiaan(path: Path, kind: str, fields: list[tuple[str, str]], sections: list[tuple[str, str]],
              signer: tuple[str, str, str], created: dt.date, confidential: bool = False) -> None:
    doc = docx.Document()
    set_font(doc, "Liberation Sans", 10)
    header_text(doc, "Arbo Meridiaan B.V. · Postbus 4120 · 3500 GC Utrecht-Noord · www.arbomeridiaan.example")
    para(doc, "arbo meridiaan", bold=True, size=20, color=(0, 120, 110))
    para(doc, "Rapportage", bold=True, size=15)
    if confidential:
        para(doc, "MEDISCH GEHEIM – uitsluitend bestemd voor de verzekeringsarts van UWV", bold=True,
             color=(180, 0, 0))
    checkbox_rows(doc, "Soort rapportage", MERIDIAAN_KINDS, kind)
    doc.add_paragraph()
    kv_table(doc, fields, "CFE8E4")
    for h, t in sections:
        para(doc, h, bold=True, size=11, color=(0, 120, 110))
        for line in t.split("\n"):
            doc.add_paragraph(line)
    doc.add_paragraph()
    kv_table(doc, [("Opgesteld door", signer[0]), ("Functie", signer[1]), ("Datum", signer[2])], "CFE8E4")
    para(doc, "Deze rapportage bevat geen medische gegevens, tenzij hierboven 'Medische informatie' is aangekruist.",
         size=8)
    docx_pdf(path, doc, created, "Arbo Meridiaan")


# ----------------------------------------------------------------------------- house style: Lier & Donk (small)


def lierdonk(path: Path, title: str, addressee: list[str], fields: list[tuple[str, str]], body: list[tuple[str, str]],
             signer: list[str], created: dt.date, place_date: str, red: str = "") -> None:
    doc = docx.Document()
    set_font(doc, "Liberation Serif", 11)
    header_text(doc, "Bedrijfsartsenpraktijk Lier & Donk · Havenstraat 41 · 7461 KP Houtmeer · 0548-771203")
    para(doc, "Lier & Donk", bold=True, size=18, color=(90, 60, 20))
    para(doc, "bedrijfsartsen · arbeid en gezondheid", size=9)
    for a in addressee:
        doc.add_paragraph(a)
    doc.add_paragraph(place_date)
    if red:
        para(doc, red, bold=True, color=(180, 0, 0))
    para(doc, title, bold=True, size=13)
    kv_table(doc, fields, "EFE6D8")
    for h, t in body:
        if h:
            para(doc, h, bold=True)
        for line in t.split("\n"):
            doc.add_paragraph(line)
    for s in signer:
        doc.add_paragraph(s)
    docx_pdf(path, doc, created, "Lier & Donk")


# --------------------------------------------------------------------------------- house style: Overstap (bureau)

OVERSTAP_CSS = """
body{font-family:'DejaVu Serif',serif;font-size:10.5pt;margin:30px 40px;color:#111}
.head{border-bottom:4px solid #e07b00;padding-bottom:6px;margin-bottom:12px}
.head b{font-family:'DejaVu Sans';font-size:20pt;color:#e07b00}
.head span{font-family:'DejaVu Sans';font-size:8pt;color:#555;float:right;margin-top:12px}
h1{font-family:'DejaVu Sans';font-size:15pt}
h2{font-family:'DejaVu Sans';font-size:11pt;color:#e07b00;margin-bottom:2px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:3px 6px;font-size:9.5pt;text-align:left}
.foot{margin-top:20px;font-size:8pt;color:#666}
"""


def overstap(path: Path, title: str, fields: list[tuple[str, str]], sections: list[tuple[str, str]],
             created: dt.date, table: tuple[list[str], list[list[str]]] | None = None, sign: str = "") -> None:
    body = ("<div class='head'><b>overstap</b><span>Overstap Re-integratie Nederland B.V. · landelijk netwerk van "
            "32 vestigingen · KvK 81234567</span></div>")
    body += f"<h1>{title}</h1><table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields) + "</table>"
    for h, t in sections:
        body += f"<h2>{h}</h2>" + "".join(f"<p>{p}</p>" for p in t.split("\n"))
    if table:
        body += "<table><tr>" + "".join(f"<th>{h}</th>" for h in table[0]) + "</tr>"
        body += "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in table[1]) + "</table>"
    if sign:
        body += f"<p>{sign}</p>"
    body += "<div class='foot'>Overstap werkt volgens de Procesgang Tweede Spoor en het keurmerk Blik op Werk.</div>"
    html_pdf(path, body, OVERSTAP_CSS, title, created, engine="chromium")


# ======================================================================================================= cases


def case_woonveste(rng: random.Random) -> None:
    case = "woonveste"
    C = FILES / "Woonveste - Bosma T (VZ-2024-0388)"
    d0 = dt.date(2024, 3, 11)
    bsn = make_bsn(rng)
    emp = "Woonveste (woningcorporatie)"
    wn = "Tessa Bosma"
    base = [("Medewerker", wn), ("BSN", bsn), ("Personeelsnummer", "40617"), ("Functie", "Woonconsulent (32 uur)"),
            ("Afdeling", "Wonen – team Aldenmeer-Zuid"), ("Eerste verzuimdag", nl(d0))]
    ba = ("drs. H.J. Vellekoop", "bedrijfsarts, BIG 19058832701")
    mfields = lambda d, extra=(): [("Werknemer", wn), ("BSN", bsn), ("Geboortedatum", "14-08-1986"),
                                   ("Werkgever", "Stichting Woonveste, Aldenmeer"), ("Verzuimnummer", "AM-24-117305"),
                                   ("Eerste ziektedag", nl(d0)), ("Datum spreekuur", nl(d)), *extra]

    pa = wd(d0, 36)
    meridiaan(C / "Rapportage bedrijfsarts april 2024.pdf", "Probleemanalyse", mfields(wd(d0, 34)), [
        ("Aanleiding", "Mevrouw is sinds " + nll(d0) + " volledig arbeidsongeschikt voor haar werk als woonconsulent. "
         "Er is sprake van dreigend langdurig verzuim."),
        ("Beperkingen en mogelijkheden", "Verminderde belastbaarheid voor werk met hoge tijdsdruk, conflictueuze "
         "klantcontacten en veel gelijktijdige taken. Concentratie houdt ongeveer een uur stand. Zij kan lichte, "
         "overzichtelijke taken doen in een rustige omgeving, zonder huisbezoeken bij overlastdossiers."),
        ("Prognose", "Gedeeltelijke hervatting binnen 6 tot 8 weken is realistisch; volledige terugkeer in eigen werk "
         "verwacht ik niet binnen drie maanden."),
        ("Advies aan werkgever en werknemer", "Stel binnen twee weken samen een plan van aanpak op. Start met 2 x 3 uur "
         "per week ondersteunende taken op kantoor, geen klantcontact. Evalueer elke vier weken. Overleg over "
         "begeleiding door de teamleider."),
    ], (*ba, nl(pa)), pa)
    label(f"{C.name}/Rapportage bedrijfsarts april 2024.pdf", "probleemanalyse", pa, case,
          "Arbo Meridiaan Word template -> LibreOffice PDF",
          "title only 'Rapportage'; type only in a ticked checkbox row; consult date two days before report date")

    pva = wd(pa, 10)
    presentis(C / "Export VZ-2024-0388 (1).pdf", "Woonveste", "Verzuimverslag", [
        ("Documenttype", "Plan van aanpak"), ("Datum gesprek", nl(pva)),
        ("Opgesteld door", "L. Oorthuis, verzuimcoördinator (casemanager)"), *base,
        ("Aanwezig", "Tessa Bosma, Ruben Kwakman (teamleider Wonen), Liesbeth Oorthuis")], [
        ("Aanleiding", f"Probleemanalyse van Arbo Meridiaan d.d. {nl(pa)}."),
        ("Doel", "Terugkeer in het eigen werk als woonconsulent, eerst zonder overlastdossiers."),
        ("Visie werkgever", "Wij willen Tessa behouden voor het team en bouwen rustig op."),
        ("Visie medewerker", "Ik wil graag terug maar heb tijd nodig; de huisbezoeken zie ik voorlopig niet zitten."),
        ("Evaluatie", "Elke vier weken met de teamleider; eerste evaluatie na zes weken met de casemanager."),
    ], pva, agreements=[
        ("Start 2 x 3 uur kantoortaken (mutaties verwerken)", "Tessa / Ruben", nl(wd(pva, 3))),
        ("Wekelijks kort overleg over de belasting", "Ruben", "elke maandag"),
        ("Aanmelden bij bedrijfsmaatschappelijk werk", "Liesbeth", nl(wd(pva, 7))),
        ("Evaluatie plan van aanpak", "Liesbeth", nl(wd(pva, 42))),
    ], sign=[("Medewerker", f"Akkoord T. Bosma – {nl(pva)}"), ("Werkgever", f"Akkoord R. Kwakman – {nl(pva)}")],
        cover=("VZ-2024-0388", "L. Oorthuis", dt.date(2026, 1, 12)))
    label(f"{C.name}/Export VZ-2024-0388 (1).pdf", "plan_van_aanpak", pva, case,
          "Presentis portal print (wkhtmltopdf) with cover sheet",
          "generic title 'Verzuimverslag'; type only in the Documenttype cell; cover sheet print date 2026")

    te = wd(pva, 43)
    presentis(C / "Export VZ-2024-0388 (2).pdf", "Woonveste", "Gespreksverslag", [
        ("Documenttype", "Evaluatie"), ("Datum gesprek", nl(te)),
        ("Opgesteld door", "L. Oorthuis, verzuimcoördinator"), *base,
        ("Aanwezig", "Tessa Bosma, Liesbeth Oorthuis")], [
        ("Voortgang", "Tessa werkt nu 3 x 4 uur. De mutaties gaan goed; zij merkt dat het einde van de week zwaar is. "
         "De afspraken uit het plan van aanpak zijn nagekomen."),
        ("Belemmeringen", "Drukte op de afdeling; collega's lopen veel binnen. Een vaste werkplek in de stille ruimte "
         "is geregeld."),
    ], te, agreements=[("Uitbreiden naar 4 x 4 uur", "Tessa", nl(wd(te, 14))),
                       ("Volgende evaluatie", "Liesbeth", nl(wd(te, 42)))],
        sign=[("Medewerker", "Gezien T. Bosma"), ("Casemanager", "L. Oorthuis")],
        cover=("VZ-2024-0388", "L. Oorthuis", dt.date(2026, 1, 12)))
    label(f"{C.name}/Export VZ-2024-0388 (2).pdf", "tussentijdse_evaluatie", te, case,
          "Presentis portal print (wkhtmltopdf) with cover sheet", "Documenttype only 'Evaluatie' - same as EJE and EV")

    vak = wd(d0, 120)
    presentis(C / "Export VZ-2024-0388 (3).pdf", "Woonveste", "Gespreksverslag", [
        ("Documenttype", "Verzuimgesprek"), ("Datum gesprek", nl(vak)),
        ("Opgesteld door", "R. Kwakman, teamleider Wonen"), *base], [
        ("Onderwerp", "Vakantie tijdens ziekte. Tessa wil van 22 juli tot 9 augustus met haar gezin naar Frankrijk."),
        ("Afspraak", "De bedrijfsarts heeft telefonisch laten weten dat de vakantie het herstel niet belemmert. De "
         "vakantiedagen worden gewoon afgeschreven (15 dagen). Na terugkomst gaat de opbouw verder."),
    ], vak, agreements=[("Verlofaanvraag invoeren in Presentis", "Tessa", nl(wd(vak, 2)))],
        sign=[("Medewerker", "Gezien T. Bosma"), ("Teamleider", "R. Kwakman")])
    label(f"{C.name}/Export VZ-2024-0388 (3).pdf", "", None, case, "Presentis portal print (wkhtmltopdf)",
          "non-RIV: verzuimgesprek about holidays in the same Gespreksverslag template")

    zm = wd(d0, 288)
    presentis(C / "Rapportage UWV-melding.pdf", "Woonveste", "Rapportage", [
        ("Documenttype", "Melding aan UWV"), ("Soort melding", "Ziekmelding na 42 weken (langdurig ziek)"),
        ("Verzonden op", nl(zm)), ("Verzonden door", "L. Oorthuis via koppeling UWV werkgeversportaal"), *base,
        ("Loonheffingennummer", "8163.27.405.L01"), ("Ontvangstbevestiging UWV", f"ontvangen {nl(zm)}, kenmerk "
                                                                                  "ZM-7730-2291")],
        [("Toelichting", "Automatische melding vanuit Presentis in week 42. Werkhervatting op dit moment: "
          "gedeeltelijk, 16 van 32 uur in aangepast werk.")], zm)
    label(f"{C.name}/Rapportage UWV-melding.pdf", "ziekmelding_uwv", zm, case, "Presentis portal print (wkhtmltopdf)",
          "generic title 'Rapportage'; the 42-week report only in field cells")

    ad = wd(d0, 338)
    meridiaan(C / "Rapportage AD Bosma.pdf", "Arbeidsdeskundig onderzoek",
              mfields(wd(ad, -5), [("Opdrachtgever", "Woonveste, L. Oorthuis")]), [
        ("Vraagstelling", "Kan mevrouw haar eigen werk als woonconsulent op termijn weer volledig doen, en zo nee, "
         "welk werk is passend binnen of buiten Woonveste?"),
        ("Functiebelasting", "Het werk bestaat voor ongeveer 40 % uit huisbezoeken, deels bij overlast en "
         "huurachterstand, met onvoorspelbare klantcontacten en hoge tijdsdruk."),
        ("Belasting en belastbaarheid", "Volgens de bedrijfsarts is mevrouw aangewezen op werk met voorspelbare "
         "contacten, zonder conflicthantering, maximaal 6 uur per dag. De huisbezoeken passen daar niet bij."),
        ("Conclusie en advies", "Eigen werk is niet passend. Aangepast werk (administratieve taken verhuur, 16-20 uur) "
         "is passend maar biedt geen volledig perspectief. Advies: spoor 1 voortzetten en direct een tweede spoor "
         "starten. Geschatte loonwaarde in aangepast werk: 85 %."),
    ], ("M. Tielens RA", "register-arbeidsdeskundige", nl(ad)), ad)
    label(f"{C.name}/Rapportage AD Bosma.pdf", "arbeidsdeskundig_rapport", ad, case,
          "Arbo Meridiaan Word template -> LibreOffice PDF",
          "same 'Rapportage' template as the bedrijfsarts; only the ticked box and signer say arbeidsdeskundige")

    eje = wd(d0, 352)
    presentis(C / "Export VZ-2024-0388 (4).pdf", "Woonveste", "Gespreksverslag", [
        ("Documenttype", "Evaluatie"), ("Datum gesprek", nl(eje)),
        ("Opgesteld door", "L. Oorthuis, verzuimcoördinator"), *base,
        ("Aanwezig", "Tessa Bosma, Ruben Kwakman, Liesbeth Oorthuis")], [
        ("Terugblik", "Tessa is nu bijna een jaar ziek. Zij werkt 16 uur in aangepaste administratieve taken. Het eigen "
         "werk met huisbezoeken is volgens de arbeidsdeskundige niet meer passend."),
        ("Beoogd resultaat tweede ziektejaar", "Duurzaam passend werk voor ongeveer 24 uur, binnen of buiten "
         "Woonveste. Daarom start een tweede spoor via Overstap."),
        ("Visie werkgever", "Wij zien binnen Woonveste op dit moment geen vaste functie van 24 uur."),
        ("Visie medewerker", "Ik vind het jammer, maar ik sta open voor werk elders als het rustiger is."),
    ], eje, agreements=[("Aanmelding tweede spoor bij Overstap", "Liesbeth", nl(wd(eje, 5))),
                        ("Plan van aanpak bijstellen", "Liesbeth / Tessa", nl(wd(eje, 20)))],
        sign=[("Medewerker", f"Akkoord T. Bosma – {nl(eje)}"), ("Werkgever", f"Akkoord R. Kwakman – {nl(eje)}")],
        cover=("VZ-2024-0388", "L. Oorthuis", dt.date(2026, 1, 12)))
    label(f"{C.name}/Export VZ-2024-0388 (4).pdf", "eerstejaarsevaluatie", eje, case,
          "Presentis portal print (wkhtmltopdf) with cover sheet",
          "same 'Gespreksverslag / Evaluatie' template as the TE and EV; week 50 and content decide")

    bpva = wd(eje, 21)
    presentis(C / "Export VZ-2024-0388 (5).pdf", "Woonveste", "Verzuimverslag", [
        ("Documenttype", "Plan van aanpak – bijstelling"), ("Datum gesprek", nl(bpva)),
        ("Opgesteld door", "L. Oorthuis, verzuimcoördinator (casemanager)"), *base], [
        ("Wat verandert", "Het doel wordt: duurzaam passend werk voor ca. 24 uur. Naast het aangepaste werk (spoor 1) "
         "start het tweede spoor bij Overstap Re-integratie Nederland."),
        ("Visie werkgever en medewerker", "Beiden akkoord met de nieuwe afspraken."),
    ], bpva, agreements=[("Intake Overstap", "Tessa", nl(wd(bpva, 7))), ("Aangepast werk 16 uur blijft", "Ruben",
                                                                            "doorlopend"),
                         ("Evaluatie", "Liesbeth", nl(wd(bpva, 42)))],
        sign=[("Medewerker", f"Akkoord T. Bosma – {nl(bpva)}"), ("Werkgever", f"Akkoord R. Kwakman – {nl(bpva)}")],
        cover=("VZ-2024-0388", "L. Oorthuis", dt.date(2026, 1, 12)))
    label(f"{C.name}/Export VZ-2024-0388 (5).pdf", "bijstelling_plan_van_aanpak", bpva, case,
          "Presentis portal print (wkhtmltopdf) with cover sheet", "same 'Verzuimverslag' template as the PvA")

    off = wd(bpva, 2)
    overstap(C / "Overstap offerte 2e spoor.pdf", "Offerte re-integratietraject", [
        ("Opdrachtgever", "Stichting Woonveste, t.a.v. L. Oorthuis"), ("Kandidaat", "T. Bosma"),
        ("Offertenummer", "OF-25-03318"), ("Datum", nl(off))], [
        ("Aanbod", "Traject tweede spoor, looptijd 9 maanden, inclusief intake, arbeidsmarktoriëntatie, "
         "sollicitatiebegeleiding en maandelijkse rapportage."),
        ("Prijs", "€ 3.450,00 excl. btw, in drie termijnen gefactureerd. Geldig tot 30 dagen na dagtekening."),
    ], off, sign="Met vriendelijke groet, K. Dogan, accountmanager")
    label(f"{C.name}/Overstap offerte 2e spoor.pdf", "", None, case, "Overstap bureau print (Chromium)",
          "non-RIV: quotation in the bureau's house style")

    tp = wd(bpva, 16)
    overstap(C / "Trajectplan Bosma.pdf", "Trajectplan", [
        ("Kandidaat", f"Tessa Bosma, BSN {bsn}"), ("Werkgever", "Stichting Woonveste"),
        ("Loopbaanadviseur", "Kevin Dogan"), ("Intakedatum", nl(wd(tp, -4))), ("Datum plan", nl(tp))], [
        ("Persoonsprofiel", "Ervaren woonconsulent met kennis van huurrecht en verhuurprocessen; sterk in "
         "administratie en schriftelijke communicatie."),
        ("Zoekprofiel", "Administratieve of backoffice-functies, 20-24 uur, voorspelbaar werk, reistijd max. 45 min."),
        ("Aanpak tweede spoor", "Fase 1 oriëntatie (6 weken), fase 2 netwerken en solliciteren, fase 3 plaatsing."),
    ], tp, table=(["Activiteit", "Periode"], [["Arbeidsmarktoriëntatie en testen", "week 1-6"],
                                             ["Cv en LinkedIn", "week 2-4"], ["Sollicitatiebegeleiding", "vanaf week 6"]]),
        sign="Voor akkoord: T. Bosma / K. Dogan")
    label(f"{C.name}/Trajectplan Bosma.pdf", "trajectplan_tweede_spoor", tp, case, "Overstap bureau print (Chromium)",
          "intake date four days before the plan date")

    vr = wd(tp, 98)
    overstap(C / "Rapportage Overstap 2.pdf", "Rapportage", [
        ("Kandidaat", f"Tessa Bosma, BSN {bsn}"), ("Rapportageperiode", f"{nl(wd(tp, 49))} t/m {nl(wd(vr, -3))}"),
        ("Loopbaanadviseur", "Kevin Dogan"), ("Datum", nl(vr))], [
        ("Activiteiten", "Vijf sollicitaties verstuurd, twee netwerkgesprekken (gemeente Aldenmeer, "
         "zorgverzekeraar), één sollicitatiegesprek bij een beheerorganisatie."),
        ("Inzet kandidaat", "Tessa komt afspraken na en werkt actief mee."),
        ("Vervolg", "Focus op backoffice huurincasso en klantadministratie."),
    ], vr, table=(["Vacature", "Status"], [["Medewerker verhuuradministratie, 24 u", "afgewezen"],
                                           ["Backoffice klantenservice, 20 u", "gesprek gepland"]]))
    label(f"{C.name}/Rapportage Overstap 2.pdf", "voortgangsrapportage_tweede_spoor", vr, case,
          "Overstap bureau print (Chromium)", "generic title 'Rapportage'; period dates before the report date")

    te2 = wd(d0, 504)
    presentis(C / "Export VZ-2024-0388 (7).pdf", "Woonveste", "Gespreksverslag", [
        ("Documenttype", "Evaluatie"), ("Datum gesprek", nl(te2)),
        ("Opgesteld door", "L. Oorthuis, verzuimcoördinator"), *base,
        ("Aanwezig", "Tessa Bosma, Liesbeth Oorthuis")], [
        ("Voortgang", "Het aangepaste werk (16 uur) loopt goed. Het tweede spoor loopt; er zijn vijf sollicitaties "
         "verstuurd. De afspraken uit de bijstelling van het plan van aanpak zijn nagekomen."),
        ("Aandachtspunt", "Tessa twijfelt of zij buiten Woonveste wil werken; Overstap bespreekt dit met haar."),
    ], te2, agreements=[("Gesprek met Overstap over zoekrichting", "Tessa", nl(wd(te2, 10))),
                        ("Volgende evaluatie", "Liesbeth", nl(wd(te2, 42)))],
        sign=[("Medewerker", "Gezien T. Bosma"), ("Casemanager", "L. Oorthuis")],
        cover=("VZ-2024-0388", "L. Oorthuis", dt.date(2026, 1, 12)))
    label(f"{C.name}/Export VZ-2024-0388 (7).pdf", "tussentijdse_evaluatie", te2, case,
          "Presentis portal print (wkhtmltopdf) with cover sheet",
          "year-2 evaluation in the same 'Evaluatie' template, export number out of date order")

    ao = wd(d0, 614)
    meridiaan(C / "Rapportage bedrijfsarts nov 2025.pdf", "Actueel oordeel", mfields(wd(ao, -2)), [
        ("Stand van zaken", "Mevrouw werkt 16 uur in aangepast administratief werk. Er loopt een tweede spoor."),
        ("Belastbaarheid", "Beperkt voor conflicthantering en tijdsdruk; urenbeperking tot ca. 24 uur per week."),
        ("Arbeidsrelatie", "De verhouding met de werkgever is goed; er zijn geen verstoringen."),
        ("Passende arbeid bij de werkgever", "Het huidige aangepaste werk is passend. Uitbreiding tot 24 uur is "
         "mogelijk als er structureel werk beschikbaar komt."),
        ("Ten behoeve van", "Het re-integratieverslag bij de WIA-aanvraag."),
    ], (*ba, nl(ao)), ao)
    label(f"{C.name}/Rapportage bedrijfsarts nov 2025.pdf", "actueel_oordeel", ao, case,
          "Arbo Meridiaan Word template -> LibreOffice PDF", "same 'Rapportage' template as the PA; ticked box and date")

    mi = wd(ao, 1)
    meridiaan(C / "Rapportage bedrijfsarts nov 2025 (2).pdf", "Medische informatie (alleen voor verzekeringsarts)",
              mfields(wd(ao, -2)), [
        ("Diagnose", "Burn-out (CAS: P02), recidiverende depressieve episode in de voorgeschiedenis."),
        ("Behandeling", "Behandeld door een GZ-psycholoog (20 sessies); sinds juni 2024 sertraline 50 mg."),
        ("Beloop", "Geleidelijke verbetering; restklachten van concentratie en prikkelverwerking."),
    ], (*ba, nl(mi)), mi, confidential=True)
    label(f"{C.name}/Rapportage bedrijfsarts nov 2025 (2).pdf", "medische_informatie", mi, case,
          "Arbo Meridiaan Word template -> LibreOffice PDF",
          "medical data filed in the employer folder (DOMAIN 5.1); same template and near-identical name as the AO")

    ev = wd(d0, 628)
    presentis(C / "Export VZ-2024-0388 (6).pdf", "Woonveste", "Gespreksverslag", [
        ("Documenttype", "Evaluatie"), ("Datum gesprek", nl(ev)),
        ("Opgesteld door", "L. Oorthuis, verzuimcoördinator"), *base,
        ("Aanwezig", "Tessa Bosma, Ruben Kwakman, Liesbeth Oorthuis")], [
        ("Terugblik op twee jaar", "Na de probleemanalyse is Tessa snel gestart in aangepast werk. Na een jaar bleek "
         "het eigen werk niet meer passend en is het tweede spoor gestart. Nu werkt zij 16 uur."),
        ("Aard van het bedrijf", "Woonveste is een woningcorporatie met ca. 9.800 huurwoningen en 420 medewerkers."),
        ("Arbeidsrelatie", "Goed; wij waarderen Tessa's inzet."),
        ("Passende arbeid", "Werkgever ziet binnen Woonveste geen structurele uitbreiding boven 16 uur; het tweede spoor "
         "loopt door. Het actueel oordeel van de bedrijfsarts van " + nl(ao) + " is besproken."),
    ], ev, agreements=[("WIA-aanvraag indienen", "Tessa", nl(wd(ev, 10)))],
        sign=[("Medewerker", f"Akkoord T. Bosma – {nl(ev)}"), ("Werkgever", f"Akkoord R. Kwakman – {nl(ev)}")],
        cover=("VZ-2024-0388", "L. Oorthuis", dt.date(2026, 2, 2)))
    label(f"{C.name}/Export VZ-2024-0388 (6).pdf", "eindevaluatie", ev, case,
          "Presentis portal print (wkhtmltopdf) with cover sheet",
          "same 'Gespreksverslag / Evaluatie' template; week 90, terugblik and aard van het bedrijf decide")

    ow = wd(ev, 3)
    eml(C / "RE Re-integratieverslag ter inzage.eml", "Tessa Bosma <t.bosma@postvak.example>",
        "Liesbeth Oorthuis <l.oorthuis@woonveste.example>", "RE: Re-integratieverslag ter inzage", ow, "20:14:05",
        f"Hoi Liesbeth,\n\nIk heb alle stukken gelezen. Hierbij mijn reactie voor het re-integratieverslag.\n\n"
        f"Ik ben het eens met de beschrijving van de afspraken en de activiteiten. Ik ben het niet helemaal eens met "
        f"de conclusie dat er geen uitbreiding mogelijk is: ik denk dat ik bij de verhuuradministratie best 24 uur "
        f"zou kunnen werken als de taken vast zijn.\n\nVerder heb ik geen opmerkingen.\n\nGroet,\nTessa Bosma\nBSN "
        f"{bsn}\n\n> Van: Liesbeth Oorthuis\n> Verzonden: {nl(ev)}\n> Wil je je mening geven over het verslag?\n",
        "c20a14@postvak.example", mailer="Microsoft Outlook 16.0")
    label(f"{C.name}/RE Re-integratieverslag ter inzage.eml", "oordeel_werknemer", ow, case, "Outlook-style e-mail",
          "the employee's view as an e-mail reply without a title; quoted request below")


def case_veridane(rng: random.Random) -> None:
    case = "veridane"
    C = FILES / "Veridane Biosciences - Costache M"
    d0 = dt.date(2024, 1, 15)
    bsn = make_bsn(rng)
    wn = "Mirela Costache"
    ld = ["A.M. van Lier, bedrijfsarts", "BIG 39047716201", "Bedrijfsartsenpraktijk Lier & Donk"]
    lfields = lambda d: [("Werknemer", wn), ("BSN", bsn), ("Geboortedatum", "03-02-1990"),
                         ("Werkgever", "Veridane Biosciences B.V., Leidsevoort"), ("Functie", "QC Analyst (40 uur)"),
                         ("Eerste ziektedag", nl(d0)), ("Datum consult", nl(d))]
    addr = ["Veridane Biosciences B.V.", "t.a.v. mw. O. Brandt-Hughes, HR Business Partner", "Kanaalweg 210",
            "2318 XT Leidsevoort"]

    pa = wd(d0, 38)
    lierdonk(C / "Probleemanalyse Costache.pdf", "Probleemanalyse en advies", addr, lfields(wd(pa, -1)), [
        ("Situatie", "Mevrouw is sinds " + nll(d0) + " uitgevallen voor haar werk als QC-analist. Er is sprake van "
         "dreigend langdurig verzuim."),
        ("Beperkingen en mogelijkheden", "Beperkt voor repeterende fijne handbewegingen met de rechterhand (pipetteren, "
         "toetsenbord langer dan 30 minuten aaneen). Geen beperkingen voor overleg, lezen, controle- en "
         "documentatiewerk met spraakbesturing of afwisseling."),
        ("Prognose", "Herstel kost naar verwachting drie tot zes maanden; volledige terugkeer in het labwerk is "
         "onzeker."),
        ("Advies", "Stel samen een plan van aanpak op. Start met documentatie- en reviewtaken, 4 x 4 uur, zonder "
         "pipetteerwerk. Werkplekonderzoek laten doen."),
    ], ld, pa, f"Houtmeer, {nll(pa)}")
    label(f"{C.name}/Probleemanalyse Costache.pdf", "probleemanalyse", pa, case,
          "small arbodienst letter, Word -> LibreOffice PDF", "standard title; consult date the day before")

    izp = wd(pa, 0)
    lierdonk(C / "Bijlage belastbaarheid.pdf", "Inzetbaarheidsprofiel (bijlage bij de probleemanalyse)", addr,
             lfields(wd(pa, -1)), [
        ("Rubriek 1 – Persoonlijk functioneren", "Geen beperkingen."),
        ("Rubriek 2 – Sociaal functioneren", "Geen beperkingen."),
        ("Rubriek 3 – Aanpassing aan fysieke omgevingseisen", "Geen beperkingen; handschoenen geen bezwaar."),
        ("Rubriek 4 – Dynamische handelingen", "Beperkt: repeterende fijne hand-/vingerbewegingen rechts, max. "
         "30 minuten aaneen, totaal 2 uur per dag. Tillen tot 5 kg."),
        ("Rubriek 5 – Statische houdingen", "Geen beperkingen."),
        ("Rubriek 6 – Werktijden", "Voorlopig 4 uur per dag, 4 dagen per week."),
    ], ld, izp, f"Houtmeer, {nll(izp)}")
    label(f"{C.name}/Bijlage belastbaarheid.pdf", "inzetbaarheidsprofiel", izp, case,
          "small arbodienst letter, Word -> LibreOffice PDF", "annex on the same day as the PA; six rubrieken")

    pva = wd(pa, 11)
    doc = docx.Document()
    set_font(doc, "Arial", 10)
    header_text(doc, "Veridane Biosciences B.V. · People & Culture · CONFIDENTIAL")
    para(doc, "VERIDANE", bold=True, size=18, color=(80, 40, 140))
    para(doc, "Return-to-work plan", bold=True, size=15)
    kv_table(doc, [("Employee", wn), ("BSN", bsn), ("Job title", "QC Analyst, 40 hours"),
                   ("Manager", "Dr. Sven Lindqvist, QC Lab Manager"),
                   ("Case manager", "Olivia Brandt-Hughes, HR Business Partner"), ("First day of absence", en(d0)),
                   ("Based on", f"Occupational physician's problem analysis of {en(pa)} (Lier & Donk)"),
                   ("Date of this plan", en(pva))], "E4DCF2")
    para(doc, "1. Goal", bold=True)
    doc.add_paragraph("Return to own work as QC Analyst, starting with review and documentation tasks without "
                      "pipetting.")
    para(doc, "2. Actions and timeline", bold=True)
    grid(doc, ["Action", "Owner", "Deadline"], [
        ["Start 4 x 4 hours review of batch records", "Mirela / Sven", en(wd(pva, 3))],
        ["Ergonomic workstation assessment, voice dictation software", "Olivia", en(wd(pva, 14))],
        ["Increase hours in consultation with the occupational physician", "Mirela", "every 4 weeks"],
        ["Evaluation of this plan", "Olivia", en(wd(pva, 42))]])
    para(doc, "3. Employer's view", bold=True)
    doc.add_paragraph("We want Mirela back in the lab team and can offer review work for several months.")
    para(doc, "4. Employee's view", bold=True)
    doc.add_paragraph("I agree with the plan. I would like to keep in contact with the team during the day.")
    para(doc, "5. Signatures", bold=True)
    grid(doc, ["", "Name", "Date", "Signature"], [["Employee", wn, en(pva), "signed"],
                                                    ["Employer", "O. Brandt-Hughes", en(pva), "signed"]])
    docx_keep(C / "RTW plan M Costache v1.docx", doc, pva, "Olivia Brandt-Hughes")
    label(f"{C.name}/RTW plan M Costache v1.docx", "plan_van_aanpak", pva, case, "Word file kept as .docx (python-docx)",
          "English 'Return-to-work plan' is the plan van aanpak; no Dutch type word")

    def minutes(fname: str, meeting: dt.date, kind_line: str, attendees: str, items: list[tuple[str, str]],
                actions: list[list[str]], typ: str, trap: str, as_pdf: bool = False) -> None:
        doc = docx.Document()
        set_font(doc, "Arial", 10)
        header_text(doc, "Veridane Biosciences B.V. · People & Culture · CONFIDENTIAL")
        para(doc, "VERIDANE", bold=True, size=18, color=(80, 40, 140))
        para(doc, "Evaluation meeting minutes", bold=True, size=15)
        kv_table(doc, [("Employee", wn), ("BSN", bsn), ("Meeting date", en(meeting)), ("Meeting", kind_line),
                       ("Attendees", attendees), ("Minutes by", "Olivia Brandt-Hughes, HR Business Partner")],
                 "E4DCF2")
        for h, t in items:
            para(doc, h, bold=True)
            for line in t.split("\n"):
                doc.add_paragraph(line)
        para(doc, "Action points", bold=True)
        grid(doc, ["Action", "Owner", "When"], actions)
        grid(doc, ["", "Name", "Date", "Agreed"], [["Employee", wn, en(meeting), "yes"],
                                                    ["Employer", "O. Brandt-Hughes", en(meeting), "yes"]])
        if as_pdf:
            docx_pdf(C / fname, doc, meeting, "Olivia Brandt-Hughes")
        else:
            docx_keep(C / fname, doc, meeting, "Olivia Brandt-Hughes")
        label(f"{C.name}/{fname}", typ, meeting, case,
              "Word minutes template " + ("-> LibreOffice PDF" if as_pdf else "kept as .docx"), trap)

    te = wd(pva, 42)
    minutes("Evaluation meeting minutes.docx", te, "Six-weekly check-in", "Mirela Costache, Sven Lindqvist, Olivia "
            "Brandt-Hughes", [
                ("Progress", "Mirela now works 4 x 5 hours on batch record review. The dictation software works. "
                 "All agreed actions from the return-to-work plan were completed."),
                ("Concerns", "Typing still causes complaints after about 40 minutes.")],
            [["Extend to 4 x 6 hours", "Mirela", en(wd(te, 14))], ["Next check-in", "Olivia", en(wd(te, 42))]],
            "tussentijdse_evaluatie", "English minutes; same template as the EJE and EV")

    bpa = wd(d0, 205)
    lierdonk(C / "Vervolgadvies bedrijfsarts.pdf", "Vervolgadvies na spreekuur", addr, lfields(wd(bpa, -2)), [
        ("Wat is er veranderd", "Het herstel van de rechterhand stagneert. Ik stel mijn eerdere advies bij: "
         "pipetteerwerk en repeterend labwerk zijn ook op langere termijn niet haalbaar. De belastbaarheid voor "
         "afwisselend kantoorwerk met spraakbesturing is toegenomen tot 6 uur per dag."),
        ("Advies", "Pas het plan van aanpak aan: zoek naar structureel ander werk binnen Veridane (bijvoorbeeld "
         "documentbeheer of QA-review). Herzien inzetbaarheidsprofiel volgt op verzoek."),
    ], ld, bpa, f"Houtmeer, {nll(bpa)}")
    label(f"{C.name}/Vervolgadvies bedrijfsarts.pdf", "bijstelling_probleemanalyse", bpa, case,
          "small arbodienst letter, Word -> LibreOffice PDF",
          "titled 'Vervolgadvies'; changed belastbaarheid and explicit adjustment = bijstelling PA (DOMAIN 1.2)")

    bpva = wd(bpa, 12)
    doc = docx.Document()
    set_font(doc, "Arial", 10)
    header_text(doc, "Veridane Biosciences B.V. · People & Culture · CONFIDENTIAL")
    para(doc, "VERIDANE", bold=True, size=18, color=(80, 40, 140))
    para(doc, "Return-to-work plan – revision 2", bold=True, size=15)
    kv_table(doc, [("Employee", wn), ("BSN", bsn), ("Original plan", en(pva)), ("Reason for revision",
                   f"Follow-up advice of the occupational physician, {en(bpa)}"), ("Date of this revision", en(bpva))],
             "E4DCF2")
    para(doc, "New goal", bold=True)
    doc.add_paragraph("Structural other work within Veridane: Document Control Specialist (QA), 32 hours.")
    grid(doc, ["Action", "Owner", "Deadline"], [
        ["Trial placement in Document Control, 4 x 6 hours", "Mirela / QA manager", en(wd(bpva, 7))],
        ["Training in the document management system", "QA", en(wd(bpva, 30))],
        ["Evaluation", "Olivia", en(wd(bpva, 42))]])
    para(doc, "Views", bold=True)
    doc.add_paragraph("Employer: we are positive about the placement. Employee: I want to try it, although I will "
                      "miss the lab.")
    grid(doc, ["", "Name", "Date", "Signature"], [["Employee", wn, en(bpva), "signed"],
                                                    ["Employer", "O. Brandt-Hughes", en(bpva), "signed"]])
    docx_pdf(C / "RTW plan M Costache v2.pdf", doc, bpva, "Olivia Brandt-Hughes")
    label(f"{C.name}/RTW plan M Costache v2.pdf", "bijstelling_plan_van_aanpak", bpva, case,
          "Word -> LibreOffice PDF", "English 'revision 2' of the return-to-work plan")

    tr = wd(d0, 240)
    doc = docx.Document()
    set_font(doc, "Arial", 10)
    header_text(doc, "Veridane Biosciences B.V. · People & Culture · CONFIDENTIAL")
    para(doc, "VERIDANE", bold=True, size=18, color=(80, 40, 140))
    para(doc, "Individual training plan 2024-2025", bold=True, size=15)
    kv_table(doc, [("Employee", wn), ("Job title", "Document Control Specialist (trial placement)"),
                   ("Manager", "Karin Dupont, QA Manager"), ("Date", en(tr))], "E4DCF2")
    grid(doc, ["Training", "Provider", "Planned", "Budget"], [
        ["GMP refresher", "internal", "Q4 2024", "–"], ["Document management system, key user", "vendor",
                                                         "Q1 2025", "€ 850"],
        ["ISO 9001 internal auditor", "external institute", "Q2 2025", "€ 1.400"]])
    doc.add_paragraph("Agreed in the annual development cycle. Costs are covered by the QA training budget.")
    docx_keep(C / "Training plan Costache.docx", doc, tr, "Karin Dupont")
    label(f"{C.name}/Training plan Costache.docx", "", None, case, "Word file kept as .docx",
          "non-RIV: training plan in the same HR template family; mentions a trial placement")

    zm = wd(d0, 290)
    scan_pdf(C / "scan_UWV_ontvangst.pdf", [
        ("UWV", 40, True), ("Uitvoeringsinstituut Werknemersverzekeringen", 22, False), ("", 30, False),
        ("Veridane Biosciences B.V.", 24, False), ("Kanaalweg 210", 24, False), ("2318 XT Leidsevoort", 24, False),
        ("", 40, False), (f"Datum   {nll(zm)}", 24, False), ("Ons kenmerk   ZMB-24-5531907", 24, False),
        ("Onderwerp   Bevestiging ziekmelding", 24, True), ("", 20, False),
        ("Geachte heer, mevrouw,", 24, False), ("", 10, False),
        (f"U heeft uw werknemer M. Costache (BSN {bsn}) ziek gemeld bij", 24, False),
        (f"UWV. De eerste ziektedag is {nll(d0)}. Wij hebben uw melding", 24, False),
        ("ontvangen. Denk aan de eerstejaarsevaluatie rond week 52 en", 24, False),
        ("aan het re-integratieverslag bij een eventuele WIA-aanvraag.", 24, False), ("", 20, False),
        ("Met vriendelijke groet,", 24, False), ("UWV Werkgeversdienstverlening", 24, False)],
        201, zm, stamp=f"ONTVANGEN\n{nl(wd(zm, 4))}\nP&C")
    label(f"{C.name}/scan_UWV_ontvangst.pdf", "ziekmelding_uwv", zm, case, "image-only copier scan (Pillow)",
          "UWV confirmation of the 42-week report; received stamp four days later; no text layer")

    eje = wd(d0, 349)
    minutes("Evaluation meeting minutes (2).docx", eje, "Evaluation", "Mirela Costache, Karin Dupont, Olivia "
            "Brandt-Hughes", [
                ("Looking back", "Almost one year after the first day of absence Mirela works 28 hours as Document "
                 "Control Specialist. The return to the lab was not possible."),
                ("Result we aim for in the second year", "A permanent contract change to Document Control, 32 hours. "
                 "A second track is not needed because suitable work within Veridane is available."),
                ("Views", "Employer: satisfied with the progress. Employee: I am happy with the new role but worry "
                 "about the salary scale.")],
            [["Increase to 32 hours", "Mirela", en(wd(eje, 28))], ["Salary scale discussion", "Olivia",
                                                                     en(wd(eje, 14))]],
            "eerstejaarsevaluatie", "same 'Evaluation meeting minutes' template; week 50, one year, second year = EJE")

    te2 = wd(d0, 428)
    eml(C / "Evaluation meeting minutes - check-in.eml", "Olivia Brandt-Hughes <o.brandt-hughes@veridane.example>",
        "Mirela Costache <m.costache@veridane.example>", "Evaluation meeting minutes - check-in " + en(te2), te2,
        "16:05:31",
        f"Hi Mirela,\n\nPlease find below the minutes of today's meeting. Let me know if anything is missing.\n\n"
        f"EVALUATION MEETING MINUTES\nEmployee: {wn}\nBSN: {bsn}\nMeeting date: {en(te2)}\n"
        "Attendees: Mirela Costache, Karin Dupont (QA Manager), Olivia Brandt-Hughes\n\n"
        "Progress: Mirela works 32 hours in Document Control. The agreements of the revised return-to-work plan were "
        "kept. The salary scale question is still open; Mirela has asked UWV for an expert opinion on whether the "
        "role is suitable.\n\nAction points\n- Await the UWV expert opinion (Mirela)\n- Next check-in in six weeks "
        f"(Olivia, {en(wd(te2, 42))})\n\nKind regards,\nOlivia Brandt-Hughes\nHR Business Partner | Veridane "
        "Biosciences B.V.\n", "c20b07@veridane.example",
        html_body=f"<html><body style='font-family:Calibri'><p>Hi Mirela,</p><p>Please find below the minutes of "
                  f"today's meeting.</p><h3>EVALUATION MEETING MINUTES</h3><p>Employee: {wn}<br>BSN: {bsn}<br>"
                  f"Meeting date: {en(te2)}</p><p>Progress: Mirela works 32 hours in Document Control. The "
                  "agreements of the revised return-to-work plan were kept.</p></body></html>",
        mailer="Microsoft Outlook 16.0")
    label(f"{C.name}/Evaluation meeting minutes - check-in.eml", "tussentijdse_evaluatie", te2, case,
          "Outlook-style e-mail (multipart/alternative)", "English minutes in the mail body, year 2, same heading as "
          "the EJE and EV")

    dof = wd(d0, 470)
    scan_pdf(C / "UWV deskundigenoordeel.pdf", [
        ("UWV", 40, True), ("", 30, False), ("Mevrouw M. Costache", 24, False), ("", 30, False),
        (f"Datum   {nll(dof)}", 24, False), ("Kenmerk   DO-2025-118842", 24, False),
        ("Onderwerp   Uw aanvraag om een deskundigenoordeel", 24, True), ("", 20, False),
        (f"U heeft ons gevraagd of de functie Document Control Specialist", 24, False),
        ("passende arbeid voor u is. BSN " + bsn, 24, False), ("", 10, False),
        ("Ons oordeel", 26, True),
        ("De verzekeringsarts en de arbeidsdeskundige van UWV vinden de", 24, False),
        ("aangeboden functie passend. De werkzaamheden sluiten aan bij uw", 24, False),
        ("mogelijkheden; de beloning is geen onderdeel van dit oordeel.", 24, False), ("", 20, False),
        ("Dit oordeel is niet bindend. U kunt het gebruiken bij een", 24, False),
        ("gesprek met uw werkgever of bij de rechter.", 24, False)], 202, dof)
    label(f"{C.name}/UWV deskundigenoordeel.pdf", "deskundigenoordeel", dof, case, "image-only copier scan (Pillow)",
          "asked by the employee about suitable work; no text layer")

    sal = wd(d0, 380)
    doc = docx.Document()
    set_font(doc, "Arial", 10)
    header_text(doc, "Veridane Biosciences B.V. · People & Culture · CONFIDENTIAL")
    para(doc, "VERIDANE", bold=True, size=18, color=(80, 40, 140))
    for line in [wn, "Private and confidential", "", en(sal), "", "Subject: salary during the second year of absence",
                 "", "Dear Mirela,", "",
                 "From the start of your second year of absence your salary is paid at 70 % as laid down in the law. "
                 "Veridane supplements this to 85 % for the hours you do not work. For the hours you work you receive "
                 "100 %. Your gross monthly salary stays € 3.920.",
                 "This letter does not change your employment contract.", "", "Kind regards,",
                 "Olivia Brandt-Hughes", "HR Business Partner"]:
        doc.add_paragraph(line)
    docx_pdf(C / "Letter salary second year.pdf", doc, sal, "Olivia Brandt-Hughes")
    label(f"{C.name}/Letter salary second year.pdf", "", None, case, "Word -> LibreOffice PDF",
          "non-RIV: salary letter in the HR letter template")

    ao = wd(d0, 612)
    lierdonk(C / "Actueel oordeel Costache.pdf", "Actueel oordeel", addr, lfields(wd(ao, -3)), [
        ("Stand van zaken", "Mevrouw werkt 32 uur als Document Control Specialist; het eigen labwerk blijft "
         "ongeschikt."),
        ("Belastbaarheid", "Beperkingen voor repeterende fijne handbewegingen rechts; verder geen beperkingen."),
        ("Arbeidsrelatie", "Goed."),
        ("Passende arbeid bij de werkgever", "De huidige functie is passend en duurzaam. Met het oog op de "
         "WIA-aanvraag acht ik verdere uitbreiding naar 40 uur niet aangewezen."),
    ], ld, ao, f"Houtmeer, {nll(ao)}")
    label(f"{C.name}/Actueel oordeel Costache.pdf", "actueel_oordeel", ao, case,
          "small arbodienst letter, Word -> LibreOffice PDF", "standard title; consult three days earlier")

    ev = wd(d0, 627)
    minutes("Evaluation meeting minutes (3).pdf", ev, "Evaluation", "Mirela Costache, Karin Dupont, Olivia "
            "Brandt-Hughes", [
                ("Looking back on two years", "After the problem analysis Mirela started with review work; after the "
                 "follow-up advice the plan changed to Document Control. The UWV expert opinion confirmed that the "
                 "role is suitable. She now works 32 of 40 hours."),
                ("Nature of the company", "Veridane Biosciences is a contract laboratory for biopharmaceutical "
                 "quality testing with 260 employees, part of an international group."),
                ("Working relationship and suitable work", "Good. The employer considers Document Control 32 hours "
                 "the suitable work; no further hours are available. The occupational physician's current opinion "
                 f"of {en(ao)} was discussed. Mirela will apply for WIA.")],
            [["WIA application", "Mirela", en(wd(ev, 12))], ["Send documents to UWV", "Olivia", en(wd(ev, 13))]],
            "eindevaluatie", "same minutes template printed to PDF; week 90, two-year review, nature of company",
            as_pdf=True)


def case_zekerland(rng: random.Random) -> None:
    case = "zekerland"
    C = FILES / "Zekerland P&O - De Graaf W"
    d0 = dt.date(2024, 6, 3)
    bsn = make_bsn(rng)
    wn = "Wouter de Graaf"
    ba = ("dr. F. Amrani", "bedrijfsarts, BIG 69031254801")
    mfields = lambda d: [("Werknemer", wn), ("BSN", bsn), ("Geboortedatum", "22-05-1971"),
                         ("Werkgever", "Zekerland Verzekeringen N.V., Eemsteden"), ("Verzuimnummer", "AM-24-139950"),
                         ("Eerste ziektedag", nl(d0)), ("Datum spreekuur", nl(d))]
    KINDS = ["Plan van aanpak", "Bijstelling plan van aanpak", "Periodieke evaluatie", "Eerstejaarsevaluatie",
             "Eindevaluatie", "Overig"]

    def po_form(fname: str, ticked: str, date: dt.date, author: str, sections: list[tuple[str, str]],
                agreements: list[list[str]], typ: str, trap: str, keep_docx: bool, other: str = "") -> None:
        doc = docx.Document()
        set_font(doc, "Calibri", 10)
        header_text(doc, "Zekerland Verzekeringen N.V. · Concernstaf P&O · sjabloon PO-VZ-07 (versie 2023.2)")
        para(doc, "ZEKERLAND", bold=True, size=18, color=(0, 70, 40))
        para(doc, "Formulier verzuim en re-integratie", bold=True, size=14)
        checkbox_rows(doc, "Soort gesprek", KINDS if not other else KINDS[:-1] + [other], ticked if not other
                      else other, sdt=True)
        doc.add_paragraph()
        tbl = doc.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for k, v, tag in [("Medewerker", wn, "naam"), ("BSN", bsn, ""), ("Functie", "Senior schadebehandelaar, 36 "
                          "uur", "functie"), ("Afdeling", "Schade Particulier", "afdeling"),
                          ("Eerste ziektedag", nl(d0), "ezd"), ("Datum gesprek", nl(date), "datum"),
                          ("Casemanager", "M. Ketelaar, P&O-adviseur", "cm"),
                          ("Leidinggevende", "J. Staal, teamleider", "lg")]:
            c = tbl.add_row().cells
            c[0].text = k
            if tag:
                sdt_run(c[1].paragraphs[0], v, tag)
            else:
                c[1].text = v
        for h, t in sections:
            para(doc, h, bold=True, color=(0, 70, 40))
            for line in t.split("\n"):
                doc.add_paragraph(line)
        if agreements:
            grid(doc, ["Afspraak", "Wie", "Wanneer"], agreements)
        doc.add_paragraph()
        grid(doc, ["Ondertekening", "Naam", "Datum"], [["Medewerker", wn, nl(date)],
                                                       ["Leidinggevende", "J. Staal", nl(date)]])
        if keep_docx:
            docx_keep(C / fname, doc, date, author)
        else:
            docx_pdf(C / fname, doc, date, author)
        label(f"{C.name}/{fname}", typ, date, case, "P&O Word template with content controls " +
              ("kept as .docx" if keep_docx else "-> LibreOffice PDF"), trap)

    pa = wd(d0, 35)
    meridiaan(C / "Arbo Meridiaan rapportage 1.pdf", "Probleemanalyse", mfields(wd(pa, -1)), [
        ("Aanleiding", "Werknemer is sinds " + nll(d0) + " arbeidsongeschikt. Er is sprake van dreigend langdurig "
         "verzuim."),
        ("Beperkingen en mogelijkheden", "Beperkt voor langdurig zitten (max. 30 minuten aaneen), tillen boven 5 kg en "
         "reizen langer dan 30 minuten. Mogelijkheden voor afwisselend zitten en staan, 2-3 uur per dag."),
        ("Prognose", "Gunstig op langere termijn; verwachte duur van het verzuim drie tot zes maanden."),
        ("Advies", "Start met thuiswerken 3 x 2 uur met een zit-sta-werkplek. Plan van aanpak binnen twee weken."),
    ], (*ba, nl(pa)), pa)
    label(f"{C.name}/Arbo Meridiaan rapportage 1.pdf", "probleemanalyse", pa, case,
          "Arbo Meridiaan Word template -> LibreOffice PDF", "title 'Rapportage'; type only in the ticked checkbox")

    pva = wd(pa, 9)
    po_form("PO-VZ-07 De Graaf 1.docx", "Plan van aanpak", pva, "M. Ketelaar", [
        ("Doel", "Terugkeer in het eigen werk als senior schadebehandelaar, 36 uur."),
        ("Activiteiten", "Opbouw vanuit thuis, zit-sta-werkplek thuis, later weer op kantoor in Eemsteden."),
        ("Visie werkgever", "Wouter is een ervaren kracht; de afdeling kan werk thuis goed organiseren."),
        ("Visie medewerker", "Akkoord; ik wil het reizen zo lang mogelijk beperken."),
        ("Evaluatiemomenten", "Elke zes weken, en in ieder geval aan het einde van het eerste ziektejaar.")],
        [["Zit-sta-werkplek thuis leveren", "Facilitair", nl(wd(pva, 7))], ["Start 3 x 2 uur dossiers afhandelen",
                                                                          "Wouter", nl(wd(pva, 8))],
         ["Evaluatie", "M. Ketelaar", nl(wd(pva, 42))]],
        "plan_van_aanpak", "generic form title; type only in a content-control checkbox row", True)

    te = wd(pva, 41)
    po_form("PO-VZ-07 De Graaf 2.pdf", "Periodieke evaluatie", te, "M. Ketelaar", [
        ("Voortgang", "Wouter werkt 4 x 3 uur vanuit huis. De afspraken zijn nagekomen; de werkplek is geleverd."),
        ("Aandachtspunten", "Telefonische piekdrukte is nog te zwaar.")],
        [["Uitbreiden naar 4 x 4 uur", "Wouter", nl(wd(te, 14))], ["Volgende evaluatie", "M. Ketelaar",
                                                                    nl(wd(te, 42))]],
        "tussentijdse_evaluatie", "same form; ticked box 'Periodieke evaluatie'", False)

    vak = wd(d0, 150)
    po_form("PO-VZ-07 De Graaf 3.docx", "", vak, "J. Staal", [
        ("Onderwerp", "Verlof tijdens ziekte. Wouter heeft in de herfstvakantie een week verlof opgenomen (5 dagen). "
         "Afgesproken dat deze dagen worden afgeschreven van het verlofsaldo."),
        ("Overig", "Geen wijziging in de re-integratieafspraken.")], [],
        "", "non-RIV: holiday conversation in the same P&O form, 'Overig' ticked", True,
        other="Overig: verlof tijdens ziekte")

    bpa = wd(d0, 180)
    meridiaan(C / "Arbo Meridiaan rapportage 2.pdf", "Bijstelling probleemanalyse", mfields(wd(bpa, -1)), [
        ("Wijziging", "De belastbaarheid is afgenomen na een terugval. Zitten is beperkt tot 20 minuten aaneen, "
         "maximaal 2 uur per dag werken."),
        ("Prognose", "Herstel duurt langer dan verwacht; terugkeer in het eigen werk op termijn blijft mogelijk, "
         "mogelijk niet voor 36 uur."),
        ("Advies", "Stel het plan van aanpak bij: tijdelijk terug naar 5 x 2 uur, werk zonder telefoondienst."),
    ], (*ba, nl(bpa)), bpa)
    label(f"{C.name}/Arbo Meridiaan rapportage 2.pdf", "bijstelling_probleemanalyse", bpa, case,
          "Arbo Meridiaan Word template -> LibreOffice PDF", "type only in the ticked checkbox")

    bpva = wd(bpa, 8)
    po_form("PO-VZ-07 De Graaf 4.pdf", "Bijstelling plan van aanpak", bpva, "M. Ketelaar", [
        ("Aanleiding", f"Bijgestelde probleemanalyse van {nl(bpa)}."),
        ("Gewijzigde afspraken", "Terug naar 5 x 2 uur, alleen schriftelijke afhandeling, geen telefoondienst. Doel "
         "blijft het eigen werk, mogelijk in minder uren.")],
        [["5 x 2 uur schriftelijke dossiers", "Wouter", nl(wd(bpva, 3))], ["Evaluatie", "M. Ketelaar",
                                                                            nl(wd(bpva, 42))]],
        "bijstelling_plan_van_aanpak", "same form; ticked box only", False)

    mi_date = wd(d0, 200)
    sp = dt.date(2025, 1, 14)
    letter = io.BytesIO()
    img = Image.new("L", (1240, 1754), 255)
    drw = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_S, 24)
    fb = ImageFont.truetype(FONT_B, 30)
    y = 120
    for t, ff in [("Rijnvliet Ziekenhuis · Afdeling Neurochirurgie", fb), ("", f), ("Aan: huisarts H. Dekkers, "
                  "Eemsteden", f), (f"Datum: {nll(mi_date)}", f), (f"Betreft: dhr. W. de Graaf, 22-05-1971", f),
                  ("", f), ("Geachte collega,", f), ("", f),
                  ("Uw patiënt bezocht de polikliniek wegens persisterende radiculaire", f),
                  ("pijn L5 links. MRI lumbale wervelkolom: hernia nuclei pulposi L4-L5", f),
                  ("met compressie van de L5-wortel. Na bespreking is gekozen voor", f),
                  ("microdiscectomie, gepland op 14 januari 2025.", f),
                  ("Medicatie: pregabaline 75 mg 2dd, paracetamol.", f), ("", f),
                  ("Met collegiale groet,", f), ("R. Oudshoorn, neurochirurg", f)]:
        drw.text((110, y), t, font=ff, fill=10)
        y += 40
    img.convert("1").save(letter, "PDF", resolution=150)
    att = normalise_pdf(letter.getvalue(), "", "Scanner app", mi_date)
    mail_d = wd(mi_date, 6)
    eml(C / "FW brief neurochirurg.eml", "Wouter de Graaf <wouter.degraaf@thuismail.example>",
        "Marleen Ketelaar <m.ketelaar@zekerland.example>", "FW: brief neurochirurg", mail_d, "08:31:44",
        "Hoi Marleen,\n\nZoals besproken stuur ik je de brief van het ziekenhuis, dan weet je waarom ik in januari "
        "een paar weken helemaal uitval.\n\nGroet, Wouter\n", "c20c01@thuismail.example",
        attachments=[("brief neurochirurg.pdf", att, "application/pdf")])
    label(f"{C.name}/FW brief neurochirurg.eml", "", None, case, "plain e-mail with PDF attachment",
          "non-RIV: covering mail of the employee; carries medical attachment")
    label(f"{C.name}/FW brief neurochirurg.eml::brief neurochirurg.pdf", "medische_informatie", mi_date, case,
          "image-only PDF attachment", "specialist letter with diagnosis and medication the employer must not hold "
          "(DOMAIN 5.1); letter date six days before the mail")

    zm = wd(d0, 287)
    html_pdf(C / "UWV werkgeversportaal melding.pdf",
             "<div style='background:#00539f;color:#fff;padding:8px;font-size:14pt'>UWV &middot; "
             "Werkgeversportaal</div><h2>Ziekmelding langdurig zieke werknemer</h2><p>Uw melding is verzonden.</p>"
             f"<table border=1 cellpadding=5 style='border-collapse:collapse'><tr><td>Werkgever</td><td>Zekerland "
             f"Verzekeringen N.V.</td></tr><tr><td>Loonheffingennummer</td><td>8045.11.927.L01</td></tr><tr><td>BSN"
             f"</td><td>{bsn}</td></tr><tr><td>Eerste ziektedag</td><td>{nl(d0)}</td></tr><tr><td>Datum melding"
             f"</td><td>{nl(zm)}</td></tr><tr><td>Referentie</td><td>ZMW-2024-0884412</td></tr></table>"
             "<p>Bewaar deze bevestiging in uw administratie.</p>",
             "body{font-family:'DejaVu Sans';font-size:10pt}", "UWV Werkgeversportaal", zm)
    label(f"{C.name}/UWV werkgeversportaal melding.pdf", "ziekmelding_uwv", zm, case, "portal print (wkhtmltopdf)",
          "portal confirmation of the 42-week report")

    eje = wd(d0, 350)
    po_form("PO-VZ-07 De Graaf 5.docx", "Eerstejaarsevaluatie", eje, "M. Ketelaar", [
        ("Terugblik", "Na de operatie in januari is Wouter in maart weer gestart. Hij werkt nu 4 x 5 uur in zijn eigen "
         "werk, zonder telefoondienst."),
        ("Beoogd re-integratieresultaat", "Eigen werk 28 uur aan het einde van het tweede ziektejaar. Een tweede spoor "
         "is niet nodig: er is concreet uitzicht op terugkeer in het eigen werk binnen drie maanden."),
        ("Visie werkgever", "Positief; het aangepaste werk kan structureel blijven."),
        ("Visie medewerker", "Ik ben tevreden, ik verwacht niet meer dan 28 uur te halen.")],
        [["Opbouw naar 28 uur", "Wouter", nl(wd(eje, 56))], ["Evaluatie", "M. Ketelaar", nl(wd(eje, 42))]],
        "eerstejaarsevaluatie", "type only in a content-control checkbox; surgery mentioned in employer's form "
        "(health data)", True)

    uwv = wd(d0, 610)
    scan_name = f"scan {wd(uwv, 3):%Y%m%d}.pdf"
    scan_pdf(C / scan_name, [
        ("UWV", 40, True), ("", 30, False), ("De heer W. de Graaf", 24, False), ("Lindelaan 8", 24, False),
        ("3817 HB Eemsteden", 24, False), ("", 30, False), (f"Datum   {nll(uwv)}", 24, False),
        ("Onderwerp   U kunt een WIA-uitkering aanvragen", 24, True), (f"BSN   {bsn}", 24, False),
        ("", 20, False), ("Beste heer De Graaf,", 24, False), ("", 10, False),
        ("U bent bijna twee jaar ziek. Wilt u een WIA-uitkering? Vraag deze", 24, False),
        ("dan uiterlijk 11 weken voor het einde van de wachttijd aan.", 24, False),
        ("Stuur het re-integratieverslag mee. Uw werkgever heeft een", 24, False),
        ("kopie van deze brief ontvangen.", 24, False), ("", 20, False),
        ("Met vriendelijke groet,", 24, False), ("UWV", 24, False)], 301, uwv,
        stamp=f"P&O ontvangen\n{nl(wd(uwv, 3))}")
    label(f"{C.name}/{scan_name}", "uwv_correspondentie", uwv, case, "image-only copier scan (Pillow)",
          "week-88 WIA letter; file name is the scan date not the letter date")

    ao = wd(d0, 615)
    meridiaan(C / "Arbo Meridiaan rapportage 3.pdf", "Actueel oordeel", mfields(wd(ao, -1)), [
        ("Stand van zaken", "Werknemer werkt 28 uur in het eigen werk met aanpassingen (geen telefoondienst)."),
        ("Belastbaarheid", "Beperkt voor langdurig zitten zonder afwisseling en tillen boven 10 kg; "
         "urenbeperking tot ca. 6 uur per dag."),
        ("Arbeidsrelatie", "Goed."),
        ("Passende arbeid", "Het huidige werk van 28 uur is passend en duurzaam. Opgesteld met het oog op de "
         "WIA-aanvraag."),
    ], (*ba, nl(ao)), ao)
    label(f"{C.name}/Arbo Meridiaan rapportage 3.pdf", "actueel_oordeel", ao, case,
          "Arbo Meridiaan Word template -> LibreOffice PDF", "numbered file names; only the checkbox and date differ")

    ev = wd(d0, 629)
    po_form("PO-VZ-07 De Graaf 6.pdf", "Eindevaluatie", ev, "M. Ketelaar", [
        ("Terugblik", "Twee jaar re-integratie: opbouw vanuit huis, terugval en operatie, daarna gestage opbouw tot "
         "28 van 36 uur in het eigen werk."),
        ("Aard van het bedrijf", "Zekerland is een schadeverzekeraar met ca. 1.900 medewerkers; de afdeling Schade "
         "Particulier handelt claims af."),
        ("Arbeidsrelatie en passende arbeid", "Goede verhouding. De werkgever biedt 28 uur passend werk structureel "
         "aan; meer uren zijn volgens het actueel oordeel niet haalbaar.")],
        [["WIA-aanvraag", "Wouter", nl(wd(ev, 10))]],
        "eindevaluatie", "same form; ticked box 'Eindevaluatie' only in a content control", False)

    ow = wd(ev, 4)
    doc = docx.Document()
    set_font(doc, "Calibri", 10)
    header_text(doc, "Zekerland Verzekeringen N.V. · Concernstaf P&O · sjabloon PO-VZ-12")
    para(doc, "ZEKERLAND", bold=True, size=18, color=(0, 70, 40))
    para(doc, "Reactie medewerker", bold=True, size=14)
    kv_table(doc, [("Medewerker", wn), ("BSN", bsn), ("Datum", nl(ow))], "D5E8DC")
    grid(doc, ["Vraag", "Ja", "Nee"], [
        ["Ik heb een kopie van alle stukken van het re-integratieverslag ontvangen", "☒", "☐"],
        ["Ik ben het eens met de probleemanalyse en het actueel oordeel", "☒", "☐"],
        ["Ik ben het eens met het plan van aanpak en de evaluaties", "☒", "☐"],
        ["Ik ben het eens met de eindevaluatie", "☐", "☒"]])
    para(doc, "Toelichting medewerker", bold=True)
    doc.add_paragraph("In de eindevaluatie staat dat ik vanuit huis mocht opbouwen, maar het kantoor heeft lang "
                      "geweigerd de werkplek te leveren. Verder akkoord.")
    grid(doc, ["Handtekening medewerker", "Datum"], [[wn, nl(ow)]])
    docx_pdf(C / "PO-VZ-12 reactie.pdf", doc, ow, "W. de Graaf")
    label(f"{C.name}/PO-VZ-12 reactie.pdf", "oordeel_werknemer", ow, case, "P&O Word template -> LibreOffice PDF",
          "the employee's view as Ja/Nee rows in a form")

    sal = wd(d0, 368)
    doc = docx.Document()
    set_font(doc, "Calibri", 10)
    header_text(doc, "Zekerland Verzekeringen N.V. · Concernstaf P&O · sjabloon PO-BR-02")
    para(doc, "ZEKERLAND", bold=True, size=18, color=(0, 70, 40))
    for line in [f"De heer W. de Graaf", "Lindelaan 8", "3817 HB Eemsteden", "", f"Eemsteden, {nll(sal)}",
                 "Betreft: loondoorbetaling in het tweede ziektejaar", "", "Beste Wouter,", "",
                 f"Op {nll(wd(d0, 364))} begint je tweede ziektejaar. Volgens de cao ontvang je over de niet-gewerkte "
                 "uren 80 % van je salaris; over de gewerkte uren 100 %. Dit zie je vanaf de salarisstrook van juni.",
                 "", "Met vriendelijke groet,", "Salarisadministratie / P&O Services"]:
        doc.add_paragraph(line)
    docx_pdf(C / "Brief loondoorbetaling.pdf", doc, sal, "P&O Services")
    label(f"{C.name}/Brief loondoorbetaling.pdf", "", None, case, "P&O letter template -> LibreOffice PDF",
          "non-RIV: salary letter")


def case_wildhoeve(rng: random.Random) -> None:
    case = "wildhoeve"
    C = FILES / "Dierenpark Wildhoeve - Ramaker S"
    d0 = dt.date(2023, 11, 13)
    bsn = make_bsn(rng)
    wn = "Stijn Ramaker"
    base = [("Medewerker", wn), ("BSN", bsn), ("Personeelsnummer", "1187"), ("Functie", "Dierverzorger Savanne "
            "(38 uur)"), ("Afdeling", "Dierverzorging"), ("Eerste verzuimdag", nl(d0))]
    ld = ["T.J. Donk, bedrijfsarts", "BIG 59062205901", "Bedrijfsartsenpraktijk Lier & Donk"]
    lfields = lambda d: [("Werknemer", wn), ("BSN", bsn), ("Geboortedatum", "30-10-1994"),
                         ("Werkgever", "Dierenpark Wildhoeve B.V., Ommerveld"), ("Functie", "dierverzorger"),
                         ("Eerste ziektedag", nl(d0)), ("Datum consult", nl(d))]
    addr = ["Dierenpark Wildhoeve B.V.", "t.a.v. mw. G. Lamberts, HR-adviseur", "Parkweg 3", "7731 RW Ommerveld"]
    cov = ("WH-2023-041", "G. Lamberts", dt.date(2025, 10, 6))

    pa = wd(d0, 37)
    lierdonk(C / "Terugkoppeling bedrijfsarts dec 2023.pdf", "Terugkoppeling na spreekuur", addr, lfields(pa), [
        ("", "Op grond van de Wet verbetering poortwachter geef ik u mijn oordeel en advies bij dreigend langdurig "
         "verzuim."),
        ("Mogelijkheden en beperkingen", "Beperkt voor werken boven schouderhoogte, tillen boven 5 kg en duwen/trekken "
         "(kruiwagens, hekken) met de rechterarm. Mogelijkheden voor licht werk: voorlichting aan bezoekers, "
         "voerbereiding aan tafel, administratie."),
        ("Verwachting", "Verzuim zal naar verwachting langer dan drie maanden duren; de terugkeer in het volledige "
         "eigen werk is onzeker."),
        ("Advies", "Maak binnen twee weken een plan van aanpak. Start met 3 x 4 uur licht werk."),
    ], ld, pa, f"Houtmeer, {nll(pa)}")
    label(f"{C.name}/Terugkoppeling bedrijfsarts dec 2023.pdf", "probleemanalyse", pa, case,
          "small arbodienst letter, Word -> LibreOffice PDF", "titled 'Terugkoppeling na spreekuur'; no type word")

    pva = wd(pa, 12)
    presentis(C / "Presentis_WH-2023-041_Verzuimverslag.pdf", "Dierenpark Wildhoeve", "Verzuimverslag", [
        ("Documenttype", "Plan van aanpak"), ("Datum gesprek", nl(pva)),
        ("Opgesteld door", "G. Lamberts, HR-adviseur (casemanager)"), *base,
        ("Aanwezig", "Stijn Ramaker, Bart Opdam (hoofd dierverzorging), Gerda Lamberts")], [
        ("Doel", "Terugkeer in het eigen werk als dierverzorger."),
        ("Visie werkgever", "Wij houden Stijns plek bij de savanne vrij en zetten hem in bij de educatie."),
        ("Visie medewerker", "Ik wil zo snel mogelijk terug naar de dieren."),
        ("Evaluatie", "Elke zes weken; eerstejaarsevaluatie rond week 50.")], pva,
        agreements=[("3 x 4 uur educatie en voerbereiding", "Stijn / Bart", nl(wd(pva, 2))),
                    ("Fysiotherapie volgen (eigen afspraak)", "Stijn", "doorlopend"),
                    ("Evaluatie", "Gerda", nl(wd(pva, 42)))],
        sign=[("Medewerker", f"Akkoord S. Ramaker – {nl(pva)}"), ("Werkgever", f"Akkoord G. Lamberts – {nl(pva)}")],
        cover=cov)
    label(f"{C.name}/Presentis_WH-2023-041_Verzuimverslag.pdf", "plan_van_aanpak", pva, case,
          "Presentis portal print (wkhtmltopdf) with cover sheet",
          "type only in the Documenttype cell; cover print date 2025")

    te = wd(pva, 44)
    presentis(C / "Presentis_WH-2023-041_Gespreksverslag.pdf", "Dierenpark Wildhoeve", "Gespreksverslag", [
        ("Documenttype", "Voortgangsgesprek"), ("Datum gesprek", nl(te)),
        ("Opgesteld door", "B. Opdam, hoofd dierverzorging"), *base], [
        ("Hoe gaat het", "Stijn werkt 4 x 4 uur, vooral educatie en voerkeuken. De afspraken lopen."),
        ("Knelpunten", "Hij wil graag weer naar buiten; dat kan nog niet met de arm.")], te,
        agreements=[("Meelopen bij de ochtendronde zonder tillen", "Stijn", nl(wd(te, 7))),
                    ("Volgend gesprek", "Bart", nl(wd(te, 42)))],
        sign=[("Medewerker", "Gezien S. Ramaker"), ("Leidinggevende", "B. Opdam")], cover=cov)
    label(f"{C.name}/Presentis_WH-2023-041_Gespreksverslag.pdf", "tussentijdse_evaluatie", te, case,
          "Presentis portal print (wkhtmltopdf) with cover sheet", "generic 'Gespreksverslag'; Voortgangsgesprek")

    hm = wd(d0, 180)
    presentis(C / "Presentis_WH-2023-041_Rapportage.pdf", "Dierenpark Wildhoeve", "Rapportage", [
        ("Documenttype", "Verzuimmutatie"), ("Soort mutatie", "Gedeeltelijk hersteld"), ("Ingangsdatum", nl(hm)),
        ("Percentage hersteld", "42 % (16 van 38 uur)"), ("Ingevoerd door", "G. Lamberts"), *base],
        [("Toelichting", "Mutatie naar aanleiding van de urenuitbreiding. Doorgegeven aan de salarisadministratie.")],
        hm)
    label(f"{C.name}/Presentis_WH-2023-041_Rapportage.pdf", "", None, case, "Presentis portal print (wkhtmltopdf)",
          "non-RIV: absence administration (partial recovery) in the Rapportage template")

    zm = wd(d0, 289)
    eml(C / "Presentis melding UWV verzonden.eml", "Presentis <noreply@presentis.example>",
        "Gerda Lamberts <g.lamberts@wildhoeve.example>", "[Presentis] Ziekmelding UWV verzonden - WH-2023-041", zm,
        "06:02:10",
        f"Beste Gerda Lamberts,\n\nDe ziekmelding na 42 weken voor {wn} (BSN {bsn}) is vandaag verzonden naar UWV.\n\n"
        f"Werkgever: Dierenpark Wildhoeve B.V.\nLoonheffingennummer: 8122.40.613.L01\nEerste ziektedag: {nl(d0)}\n"
        f"Datum melding: {nl(zm)}\nOntvangstbevestiging UWV: ZM-2024-6610273\n\nDit is een automatisch bericht "
        "van Presentis. U kunt niet op dit bericht reageren.\n", "c20d01@presentis.example",
        html_body=f"<html><body style='font-family:Arial'><p>Beste Gerda Lamberts,</p><p>De ziekmelding na 42 weken "
                  f"voor {wn} (BSN {bsn}) is vandaag verzonden naar UWV.</p><p>Datum melding: {nl(zm)}</p>"
                  "</body></html>")
    label(f"{C.name}/Presentis melding UWV verzonden.eml", "ziekmelding_uwv", zm, case,
          "software notification e-mail (multipart/alternative)", "automatic portal mail is the only proof of the "
          "42-week report")

    eje = wd(d0, 353)
    presentis(C / "Presentis_WH-2023-041_Gespreksverslag (2).pdf", "Dierenpark Wildhoeve", "Gespreksverslag", [
        ("Documenttype", "Evaluatie"), ("Datum gesprek", nl(eje)),
        ("Opgesteld door", "G. Lamberts, HR-adviseur (casemanager)"), *base,
        ("Aanwezig", "Stijn Ramaker, Bart Opdam, Gerda Lamberts")], [
        ("Terugblik", "Stijn is bijna een jaar ziek. Hij werkt 20 uur bij educatie en in de voerkeuken. Het eigen werk "
         "met zwaar tillen, hekken en kruiwagens blijft volgens de bedrijfsarts niet haalbaar."),
        ("Beoogd resultaat tweede ziektejaar", "Passend werk voor 38 uur. Binnen het park is geen vaste educatiefunctie "
         "vrij. Daarom start het tweede spoor via Overstap."),
        ("Visie werkgever", "Wij ondersteunen een overstap naar ander werk, liefst in de natuur- of recreatiesector."),
        ("Visie medewerker", "Moeilijk, maar ik begrijp het.")], eje,
        agreements=[("Aanmelden tweede spoor", "Gerda", nl(wd(eje, 5))), ("Plan bijstellen", "Gerda",
                                                                          nl(wd(eje, 21)))],
        sign=[("Medewerker", f"Akkoord S. Ramaker – {nl(eje)}"), ("Werkgever", f"Akkoord G. Lamberts – {nl(eje)}")],
        cover=cov)
    label(f"{C.name}/Presentis_WH-2023-041_Gespreksverslag (2).pdf", "eerstejaarsevaluatie", eje, case,
          "Presentis portal print (wkhtmltopdf) with cover sheet", "same generic template; week 50 decides")

    bpva = wd(eje, 21)
    presentis(C / "Presentis_WH-2023-041_Verzuimverslag (3).pdf", "Dierenpark Wildhoeve", "Verzuimverslag", [
        ("Documenttype", "Plan van aanpak"), ("Versie", "2 (wijziging)"), ("Datum gesprek", nl(bpva)),
        ("Opgesteld door", "G. Lamberts, HR-adviseur (casemanager)"), *base], [
        ("Wijziging", "Naast spoor 1 (educatie en voerkeuken, 20 uur) start het tweede spoor via Overstap. Nieuw doel: "
         "passend werk voor 32-38 uur, bij voorkeur buiten in de natuur- of recreatiesector."),
        ("Visie werkgever", "Wij betalen het traject en geven ruimte voor de werkervaringsplek."),
        ("Visie medewerker", "Akkoord.")], bpva,
        agreements=[("Intake Overstap", "Stijn", nl(wd(bpva, 9))), ("Evaluatie", "Gerda", nl(wd(bpva, 42)))],
        sign=[("Medewerker", f"Akkoord S. Ramaker – {nl(bpva)}"), ("Werkgever", f"Akkoord G. Lamberts – {nl(bpva)}")],
        cover=cov)
    label(f"{C.name}/Presentis_WH-2023-041_Verzuimverslag (3).pdf", "bijstelling_plan_van_aanpak", bpva, case,
          "Presentis portal print (wkhtmltopdf) with cover sheet",
          "Documenttype says 'Plan van aanpak' like the original, only 'Versie 2 (wijziging)' and content show it "
          "is an adjustment")

    tp = wd(eje, 30)
    overstap(C / "Overstap intake en trajectplan.pdf", "Intakeverslag en plan", [
        ("Kandidaat", f"Stijn Ramaker, BSN {bsn}"), ("Werkgever", "Dierenpark Wildhoeve B.V."),
        ("Jobcoach", "Ilona Verwey"), ("Datum", nl(tp))], [
        ("Wie is Stijn", "Dierverzorger met mbo-4 Dierverzorging, goed met publiek, rijbewijs B en BE."),
        ("Wat zoekt Stijn", "Werk buiten, zonder zwaar tillen: boswachter-assistent, toezicht, educatie, "
         "recreatiebeheer; 32-38 uur."),
        ("Plan tweede spoor", "Oriëntatie, werkervaringsplek bij een natuurorganisatie, solliciteren."),
    ], tp, table=(["Fase", "Periode"], [["Oriëntatie", "maand 1-2"], ["Werkervaringsplek", "maand 3-5"],
                                        ["Bemiddeling", "maand 5-9"]]), sign="Voor akkoord: S. Ramaker / I. Verwey")
    label(f"{C.name}/Overstap intake en trajectplan.pdf", "trajectplan_tweede_spoor", tp, case,
          "Overstap bureau print (Chromium)", "titled 'Intakeverslag en plan'")

    vr = wd(tp, 92)
    overstap(C / "Overstap rapportage 1.pdf", "Voortgangsrapportage", [
        ("Kandidaat", f"Stijn Ramaker, BSN {bsn}"), ("Periode", f"{nl(tp)} t/m {nl(wd(vr, -2))}"),
        ("Jobcoach", "Ilona Verwey"), ("Datum", nl(vr))], [
        ("Activiteiten", "Werkervaringsplek bij Stichting Heidelandschap, 2 dagen per week; vier sollicitaties; "
         "netwerkgesprek met een recreatieschap."),
        ("Inzet", "Goed; Stijn is gemotiveerd.")], vr)
    label(f"{C.name}/Overstap rapportage 1.pdf", "voortgangsrapportage_tweede_spoor", vr, case,
          "Overstap bureau print (Chromium)", "period start equals the plan date")

    ao = wd(d0, 612)
    lierdonk(C / "Terugkoppeling bedrijfsarts juli 2025.pdf", "Terugkoppeling na spreekuur", addr, lfields(wd(ao, -1)),
             [("", "Ten behoeve van het re-integratieverslag bij de aanvraag van een WIA-uitkering geef ik mijn "
               "huidige oordeel."),
              ("Belastbaarheid", "Blijvend beperkt voor werk boven schouderhoogte en zwaar tillen/duwen rechts."),
              ("Arbeidsrelatie", "Goed, geen belemmeringen."),
              ("Passende arbeid bij de werkgever", "Het eigen werk is niet passend; educatiewerk is passend maar er is "
               "geen vaste formatie. Buiten het park is werk als toezichthouder natuur passend.")], ld, ao,
             f"Houtmeer, {nll(ao)}")
    label(f"{C.name}/Terugkoppeling bedrijfsarts juli 2025.pdf", "actueel_oordeel", ao, case,
          "small arbodienst letter, Word -> LibreOffice PDF",
          "same title 'Terugkoppeling na spreekuur' as the PA; date and WIA reference decide")

    mi = wd(ao, 0)
    lierdonk(C / "Lier en Donk brief 2.pdf", "Medische informatie", ["Aan de verzekeringsarts van UWV", "Persoonlijk"],
             lfields(wd(ao, -1)), [
        ("Diagnose", "Status na rotator-cuffruptuur rechts (operatief hersteld april 2024), frozen shoulder "
         "aansluitend."),
        ("Behandeling", "Orthopeed Ommerveld Ziekenhuis; fysiotherapie 60 sessies; corticosteroïdinjecties 2x."),
        ("Beloop en prognose", "Eindsituatie bereikt; geen verdere verbetering verwacht.")], ld, mi,
             f"Houtmeer, {nll(mi)}", red="MEDISCH GEHEIM")
    label(f"{C.name}/Lier en Donk brief 2.pdf", "medische_informatie", mi, case,
          "small arbodienst letter, Word -> LibreOffice PDF",
          "medical information filed in HR's folder (DOMAIN 5.1); generic file name")

    er = wd(d0, 610)
    overstap(C / "Overstap eindrapport.pdf", "Rapportage", [
        ("Kandidaat", f"Stijn Ramaker, BSN {bsn}"), ("Soort rapportage", "Afsluiting traject"),
        ("Jobcoach", "Ilona Verwey"), ("Datum", nl(er))], [
        ("Resultaat", "Stijn heeft een arbeidsovereenkomst getekend als toezichthouder natuur bij Recreatieschap De "
         "Vechtoevers, 32 uur, jaarcontract, met ingang van 1 september 2025."),
        ("Terugblik traject", "Werkervaringsplek, twaalf sollicitaties, drie gesprekken. Stijn heeft zich voldoende "
         "ingespannen."),
        ("Advies", "Geen vervolg nodig; nazorg door de nieuwe werkgever.")], er)
    label(f"{C.name}/Overstap eindrapport.pdf", "eindrapportage_tweede_spoor", er, case,
          "Overstap bureau print (Chromium)", "generic title 'Rapportage'; type only in Soort rapportage cell")

    ev = wd(d0, 626)
    presentis(C / "Presentis_WH-2023-041_Gespreksverslag (3).pdf", "Dierenpark Wildhoeve", "Gespreksverslag", [
        ("Documenttype", "Evaluatie"), ("Datum gesprek", nl(ev)),
        ("Opgesteld door", "G. Lamberts, HR-adviseur (casemanager)"), *base], [
        ("Terugblik op de re-integratie", "Twee jaar: eerst licht werk bij educatie, na een jaar het tweede spoor, nu "
         "geplaatst bij een recreatieschap. Het dienstverband met Wildhoeve eindigt in goed overleg."),
        ("Aard van het bedrijf", "Dierenpark Wildhoeve is een dierentuin met 140 medewerkers en ca. 400.000 bezoekers "
         "per jaar."),
        ("Arbeidsrelatie en passende arbeid", "Goed. Passend werk bij Wildhoeve was er niet structureel; het actueel "
         "oordeel van de bedrijfsarts is besproken. Stijn vraagt de WIA-uitkering aan.")], ev,
        sign=[("Medewerker", f"Akkoord S. Ramaker – {nl(ev)}"), ("Werkgever", f"Akkoord G. Lamberts – {nl(ev)}")])
    label(f"{C.name}/Presentis_WH-2023-041_Gespreksverslag (3).pdf", "eindevaluatie", ev, case,
          "Presentis portal print (wkhtmltopdf)", "same 'Gespreksverslag / Evaluatie' template; no cover sheet")

    ow = wd(ev, 5)
    scan_pdf(C / "scan0007.pdf", [
        ("Stijn Ramaker", 24, False), ("Ommerveld", 24, False), ("", 20, False), (f"{nll(ow)}", 24, False),
        ("", 20, False), ("Aan Dierenpark Wildhoeve, t.a.v. Gerda Lamberts", 24, False), ("", 20, False),
        ("Mijn mening over het re-integratieverslag", 26, True), ("", 10, False),
        (f"BSN {bsn}", 24, False), ("", 10, False),
        ("Ik heb alle stukken gekregen en gelezen. Ik ben het eens met wat", 24, False),
        ("erin staat over de afspraken en het tweede spoor. Ik vind wel dat", 24, False),
        ("het tweede spoor eerder had kunnen beginnen; ik heb een half jaar", 24, False),
        ("in de voerkeuken gestaan zonder perspectief.", 24, False), ("", 20, False),
        ("Met vriendelijke groet,", 24, False), ("S. Ramaker", 24, False)], 401, ow,
        stamp=f"HR ontvangen\n{nl(wd(ow, 2))}")
    label(f"{C.name}/scan0007.pdf", "oordeel_werknemer", ow, case, "image-only copier scan (Pillow)",
          "the employee's typed letter scanned; received stamp two days later")

    vl = wd(d0, 400)
    presentis(C / "Presentis_WH-2023-041_Verzuimverslag (2).pdf", "Dierenpark Wildhoeve", "Verzuimverslag", [
        ("Documenttype", "Verlofaanvraag tijdens verzuim"), ("Datum", nl(vl)), ("Opgesteld door", "G. Lamberts"),
        *base], [("Aanvraag", "Stijn vraagt 8 dagen vakantie aan van 23 december t/m 3 januari. De bedrijfsarts ziet geen "
                  "bezwaar. Tijdens de vakantie loopt het tweede spoor niet door; de werkervaringsplek is ingelicht."),
                 ("Besluit", "Toegekend; dagen worden afgeschreven.")], vl)
    label(f"{C.name}/Presentis_WH-2023-041_Verzuimverslag (2).pdf", "", None, case,
          "Presentis portal print (wkhtmltopdf)", "non-RIV: holiday request in the same Verzuimverslag template as "
          "the PvA")


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    rng = random.Random(20)
    case_woonveste(rng)
    case_veridane(rng)
    case_zekerland(rng)
    case_wildhoeve(rng)
    flush_docx_pdf()
    (FILES / "Zekerland P&O - De Graaf W" / "dossier.yaml").write_text(
        "werknemer: {naam: \"W. de Graaf\", functie: \"Senior schadebehandelaar\"}\n"
        "werkgever: {naam: \"Zekerland Verzekeringen N.V.\", loonheffingennummer: \"804511927L01\", "
        "aard_van_het_bedrijf: \"Schadeverzekeraar\"}\n"
        "bedrijfsarts: {naam: \"dr. F. Amrani\", organisatie: \"Arbo Meridiaan\"}\n"
        "casemanager: {naam: \"M. Ketelaar\"}\n"
        "eerste_ziektedag: 2024-06-03\n", encoding="utf-8")
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for path, typ, date, note in sorted(LABELS):
            w.writerow([path, typ, date, "holdout", note])


if __name__ == "__main__":
    main()
