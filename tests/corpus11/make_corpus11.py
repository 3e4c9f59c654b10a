"""Generate tests/corpus11, an untouched holdout corpus (4 fictional WIA dossiers).

Run:  .venv/bin/python tests/corpus11/make_corpus11.py
It deletes and rewrites tests/corpus11/files/ and tests/corpus11/labels.csv. Fixed seeds and dates, no clock
reads. Producers: fpdf2 (own layouts), python-docx, LibreOffice headless (docx -> pdf), pdftoppm + Pillow
(scans), the stdlib e-mail package (.eml). Written without reading the tool or the other corpora.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.policy
import io
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
LABELS = HERE / "labels.csv"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2026, 1, 20, 9, 30, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))

ROWS: list[dict[str, str]] = []
SOFFICE_JOBS: list[tuple[Path, Path]] = []  # (docx written to tmp, target pdf)


# ---------------------------------------------------------------- helpers

def elfproef(s: str) -> bool:
    d = [int(x) for x in s if x.isdigit()]
    if len(d) != 9 or not any(d):
        return False
    return sum(v * w for v, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            return s


def nl(d: dt.date, kind: str = "long") -> str:
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december"]
    if kind == "long":
        return f"{d.day} {months[d.month - 1]} {d.year}"
    if kind == "dash":
        return d.strftime("%d-%m-%Y")
    if kind == "slash":
        return d.strftime("%d/%m/%Y")
    if kind == "en":
        return d.strftime("%d %B %Y").lstrip("0")
    return d.isoformat()


def label(path: str, typ: str | None, date: dt.date | None, note: str) -> None:
    ROWS.append({"path": path, "type": typ or "", "date": date.isoformat() if (typ and date) else "",
                 "split": "holdout", "note": note})


# ---------------------------------------------------------------- fpdf2 writer
# blocks: ("title", s) ("sub", s) ("p", s) ("kv", [(k, v)]) ("table", header, rows) ("sig", [(role, name, date)])
#         ("check", [(bool, s)]) ("small", s)

class Doc(FPDF):
    def __init__(self, family: str = "sans", runhdr: str | None = None, footer: str | None = None):
        super().__init__(format="A4")
        for name, files in {"sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
                            "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
                            "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")}.items():
            self.add_font(name, "", str(FONTS / files[0]))
            self.add_font(name, "B", str(FONTS / files[1]))
        self.fam = family
        self.runhdr = runhdr
        self.foot = footer
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, 20)
        self.set_margins(20, 18, 20)

    def header(self) -> None:
        if self.runhdr:
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.runhdr, new_x="LMARGIN", new_y="NEXT")
            self.line(20, self.get_y(), 190, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(110, 110, 110)
        txt = f"Pagina {self.page_no()} van {{nb}}"
        if self.foot:
            txt = f"{self.foot}    {txt}"
        self.cell(0, 5, txt, align="C")
        self.set_text_color(0, 0, 0)

    def f(self, size: float, bold: bool = False) -> None:
        self.set_font(self.fam, "B" if bold else "", size)


def letterhead(pdf: Doc, org: str, lines: list[str], color: tuple[int, int, int]) -> None:
    pdf.set_fill_color(*color)
    pdf.rect(20, 14, 12, 12, "F")
    pdf.set_xy(35, 14)
    pdf.f(15, True)
    pdf.set_text_color(*color)
    pdf.cell(90, 7, org)
    pdf.set_text_color(70, 70, 70)
    pdf.f(7.5)
    for i, ln in enumerate(lines):
        pdf.set_xy(130, 14 + i * 3.8)
        pdf.cell(60, 3.8, ln, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(max(34, 18 + len(lines) * 3.8))
    pdf.set_draw_color(*color)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(6)


def put_blocks(pdf: Doc, blocks: list, two_col: bool = False, boxed_kv: bool = False) -> None:
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.f(15, True)
            pdf.multi_cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            pdf.ln(1.5)
            pdf.f(10.5, True)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.f(9.5)
            pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "small":
            pdf.f(7.5)
            pdf.set_text_color(90, 90, 90)
            pdf.multi_cell(0, 3.8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "kv":
            for k, v in b[1]:
                if boxed_kv:
                    pdf.f(7)
                    pdf.set_text_color(80, 80, 80)
                    pdf.cell(0, 4, k, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_text_color(0, 0, 0)
                    pdf.f(9.5)
                    pdf.multi_cell(0, 6, v or " ", border=1, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(0.8)
                else:
                    pdf.f(9.5, True)
                    y = pdf.get_y()
                    pdf.multi_cell(52, 5, k, new_x="RIGHT", new_y="TOP")
                    pdf.f(9.5)
                    pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_y(max(pdf.get_y(), y + 5))
            pdf.ln(2)
        elif kind == "table":
            pdf.f(8.5)
            with pdf.table(text_align="LEFT", line_height=5, first_row_as_headings=True) as t:
                for row in [b[1], *b[2]]:
                    r = t.row()
                    for cell in row:
                        r.cell(str(cell))
            pdf.ln(3)
        elif kind == "check":
            pdf.f(9.5)
            for on, s in b[1]:
                x, y = pdf.get_x(), pdf.get_y()
                pdf.rect(x, y + 1, 3.4, 3.4)
                if on:
                    pdf.line(x, y + 1, x + 3.4, y + 4.4)
                    pdf.line(x + 3.4, y + 1, x, y + 4.4)
                pdf.set_x(x + 6)
                pdf.multi_cell(0, 5.4, s, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "sig":
            pdf.ln(3)
            n = len(b[1])
            w = 170 / n
            y = pdf.get_y()
            if y > 250:
                pdf.add_page()
                y = pdf.get_y()
            for i, (role, name, date) in enumerate(b[1]):
                x = 20 + i * w
                pdf.set_xy(x, y)
                pdf.f(8.5, True)
                pdf.cell(w - 4, 4.5, role)
                pdf.set_xy(x, y + 5)
                pdf.f(8.5)
                pdf.cell(w - 4, 4.5, name)
                pdf.set_xy(x, y + 10)
                pdf.cell(w - 4, 4.5, f"Datum: {date}" if date else "Datum:")
                pdf.line(x, y + 24, x + w - 8, y + 24)
                pdf.set_xy(x, y + 24.5)
                pdf.f(6.5)
                pdf.cell(w - 4, 3, "handtekening")
            pdf.set_xy(20, y + 30)


def put_two_col(pdf: Doc, blocks: list) -> None:
    """Title and fields full width, the running text in two columns."""
    head = [b for b in blocks if b[0] in ("title", "kv")][:2]
    rest = [b for b in blocks if b not in head and b[0] in ("sub", "p")]
    tail = [b for b in blocks if b not in head and b[0] not in ("sub", "p")]
    put_blocks(pdf, head)
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", balance=True) as cols:
        for b in rest:
            if b[0] == "sub":
                pdf.f(10, True)
                cols.write(b[1] + "\n")
            else:
                pdf.f(9)
                cols.write(b[1] + "\n\n")
    pdf.set_x(20)
    put_blocks(pdf, tail)


def write_fpdf(path: Path, blocks: list, *, layout: str = "plain", family: str = "sans", org: str = "",
               orglines: list[str] | None = None, color=(30, 70, 130), runhdr: str | None = None,
               footer: str | None = None) -> bytes:
    pdf = Doc(family, runhdr=runhdr, footer=footer)
    pdf.set_title(next((b[1] for b in blocks if b[0] == "title"), "document"))
    pdf.set_author(org or "")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.add_page()
    if layout in ("letterhead", "twocol", "form") and org:
        letterhead(pdf, org, orglines or [], color)
    if layout == "twocol":
        put_two_col(pdf, blocks)
    else:
        put_blocks(pdf, blocks, boxed_kv=(layout == "form"))
    data = bytes(pdf.output())
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return data


# ---------------------------------------------------------------- python-docx writer

def _fix_zip(data: bytes) -> bytes:
    """Rewrite the docx zip with fixed member timestamps (python-docx stamps the current time)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_docx(path: Path, blocks: list, *, style: str = "plain", header: str | None = None,
               author: str = "", font: str = "Calibri") -> bytes:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    cp.title = ""
    if header:
        hp = d.sections[0].header.paragraphs[0]
        hp.text = header
        hp.runs[0].font.size = Pt(8)
        hp.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            if style == "plain":
                d.add_heading(b[1], level=1)
            else:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(16)
        elif kind == "sub":
            if style == "plain":
                d.add_heading(b[1], level=2)
            else:
                r = d.add_paragraph().add_run(b[1])
                r.bold = True
                r.underline = True
        elif kind in ("p", "small"):
            p = d.add_paragraph(b[1])
            if kind == "small":
                p.runs[0].font.size = Pt(8)
        elif kind == "kv":
            if style == "plain":
                for k, v in b[1]:
                    p = d.add_paragraph()
                    p.add_run(k + ": ").bold = True
                    p.add_run(v)
            else:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = k
                    cells[0].paragraphs[0].runs[0].bold = True
                    cells[1].text = v
                d.add_paragraph()
        elif kind == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
                t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            for row in b[2]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
            d.add_paragraph()
        elif kind == "check":
            for on, s in b[1]:
                d.add_paragraph(("☒ " if on else "☐ ") + s)
        elif kind == "sig":
            t = d.add_table(rows=4, cols=len(b[1]))
            for i, (role, name, date) in enumerate(b[1]):
                t.cell(0, i).text = role
                t.cell(1, i).text = name
                t.cell(2, i).text = f"Datum: {date}" if date else "Datum:"
                t.cell(3, i).text = "\n\n______________________"
    buf = io.BytesIO()
    d.save(buf)
    data = _fix_zip(buf.getvalue())
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return data


def via_soffice(path: Path, blocks: list, **kw) -> None:
    """Write a .docx to a temp dir; converted to PDF by LibreOffice in one batch at the end."""
    tmp = Path(TMP.name) / "lo" / f"{len(SOFFICE_JOBS):03d}.docx"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    write_docx(tmp, blocks, **kw)
    SOFFICE_JOBS.append((tmp, path))


def _same_len_date(m: re.Match) -> bytes:
    fixed = b"D:20260120093000Z'"  # LibreOffice 7.4 writes D:YYYYMMDDHHMMSSZ'
    n = len(m.group(2))
    return b"/" + m.group(1) + b"(" + fixed[:n].ljust(n, b"0") + b")"


def run_soffice() -> None:
    if not SOFFICE_JOBS:
        return
    outdir = Path(TMP.name) / "lo_out"
    profile = Path(TMP.name) / "lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), *[str(s) for s, _ in SOFFICE_JOBS]],
                   check=True, capture_output=True, timeout=300)
    for src, dst in SOFFICE_JOBS:
        data = (outdir / (src.stem + ".pdf")).read_bytes()
        # LibreOffice stamps the clock and a random /ID: overwrite them in place with same-length values
        data = re.sub(rb"/(CreationDate|ModDate)\((D:[^)]*)\)", _same_len_date, data)
        data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"C0FFEE11" * 4 + b">", data)
        data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_bytes(data)


# ---------------------------------------------------------------- scans

def scan_image(blocks: list, seed: int, *, dpi: int = 110, skew: float = 0.8, contrast: float = 0.7,
               noise: int = 28, **kw) -> Image.Image:
    rng = random.Random(seed)
    tmp = Path(TMP.name) / f"scan{seed}.pdf"
    write_fpdf(tmp, blocks, **kw)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1", str(tmp), str(tmp.with_suffix(""))],
                   check=True)
    png = next(Path(TMP.name).glob(f"scan{seed}-*1.png"))
    img = Image.open(png).convert("L")
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    lo = int(255 * (1 - contrast) * 0.6)
    img = img.point(lambda v: lo + v * (255 - lo) // 255)
    nimg = Image.frombytes("L", img.size, rng.randbytes(img.size[0] * img.size[1]))
    nimg = nimg.point(lambda v: 128 + (v - 128) * noise // 128)
    img = Image.blend(img, nimg, 0.12)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    # a grey shadow along the left edge, like a flatbed lid
    shadow = Image.new("L", (18, img.size[1]), 150)
    img.paste(shadow, (0, 0))
    return img


def write_scan_pdf(path: Path, blocks: list, seed: int, **kw) -> None:
    img = scan_image(blocks, seed, **kw)
    jpg = Path(TMP.name) / f"scan{seed}.jpg"
    img.save(jpg, "JPEG", quality=55)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("Canon iR-ADV C3530 (scan)")
    pdf.add_page()
    pdf.image(str(jpg), x=0, y=0, w=210, h=297)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(pdf.output()))


def write_scan_jpg(path: Path, blocks: list, seed: int, **kw) -> None:
    img = scan_image(blocks, seed, **kw)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", quality=55)


# ---------------------------------------------------------------- e-mail

def blocks_text(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] in ("title", "sub"):
            out.append("\n" + b[1].upper() if b[0] == "title" else "\n" + b[1])
        elif b[0] in ("p", "small"):
            out.append(b[1])
        elif b[0] == "kv":
            out += [f"{k}: {v}" for k, v in b[1]]
        elif b[0] == "table":
            out.append(" | ".join(b[1]))
            out += [" | ".join(str(x) for x in r) for r in b[2]]
        elif b[0] == "check":
            out += [("[x] " if on else "[ ] ") + s for on, s in b[1]]
        elif b[0] == "sig":
            out += [f"{role}: {name}" for role, name, _ in b[1]]
    return "\n".join(out).strip() + "\n"


MIME = {".pdf": ("application", "pdf"), ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ".jpg": ("image", "jpeg")}


def write_eml(path: Path, *, frm: str, to: str, subject: str, when: dt.datetime, body: str,
              attachments: list[tuple[str, bytes]] = (), seed: int = 0) -> None:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{seed:06d}.{when:%Y%m%d%H%M}@mail.example>"
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    for name, data in attachments:
        mt, st = MIME[Path(name).suffix.lower()]
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"=_part_{seed}_{n}")
            n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(m.as_bytes(policy=email.policy.SMTP))


def at(d: dt.date, h: int = 10, mi: int = 14) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, h, mi, tzinfo=dt.timezone(dt.timedelta(hours=1)))


# ---------------------------------------------------------------- the cases (all fictional)

RNG = random.Random(1111)


def case(**kw) -> dict:
    kw["bsn"] = make_bsn(RNG)
    return kw


A = case(key="A", folder="Dossier Jansen-Meijer", wn="Sanne Jansen-Meijer", wn_s="S. Jansen-Meijer", geb="14-09-1988",
         functie="Gastvrouw / medewerker bediening", uren="32", wg="Brasserie De Vaart B.V.",
         wg_adres="Havenkade 12, 8911 AB Leeuwarden", lhn="812345678L01",
         aard="Horecabedrijf: brasserie met zaal voor partijen, 38 medewerkers", ba="drs. P.J. Verbeek",
         big="19054321001", arbo="Arbo Vitaal Noord B.V.", arbo_adres="Postbus 402, 8901 BK Leeuwarden",
         cm="Marieke de Groot", cm_f="HR-adviseur en casemanager", dir="Jelle Dijkstra", ad="Rinske Hoekstra",
         bureau="Loopbaanpunt Re-integratie", coach="Erik Wijnstra", dom="devaart.example",
         d0=dt.date(2024, 2, 5), klacht="fysieke klachten van de onderrug",
         bek="MBO-4 Horeca (Leidinggevende), SVH-certificaat Sociale Hygiëne, 11 jaar ervaring in de bediening")
B = case(key="B", folder="verzuim_HKoster", wn="Hannah Koster", wn_s="H. Koster", geb="02-03-1991",
         functie="Senior QA engineer", uren="40", wg="Nordvik Software B.V.", wg_adres="Kanaalweg 88, 3526 KM Utrecht",
         lhn="857612340L02", aard="Softwarebedrijf (SaaS voor logistiek), 140 medewerkers, internationaal team",
         ba="drs. R. Oudshoorn", big="69087123401", arbo="Arbo Compass", arbo_adres="Orteliuslaan 1000, 3528 BD Utrecht",
         cm="Priya Raman", cm_f="HR business partner (casemanager)", dir="Tom Vermeer", ad="Ahmet Yilmaz",
         bureau="Werkroute Tweede Spoor B.V.", coach="Linda Bos", dom="nordvik.example",
         d0=dt.date(2024, 4, 15), klacht="aanhoudende vermoeidheid en concentratieproblemen",
         bek="MSc Computer Science (TU Delft), ISTQB Advanced, 8 jaar ervaring testautomatisering, Engels voertaal")
C = case(key="C", folder="2024-013 El Idrissi", wn="Youssef El Idrissi", wn_s="Y. El Idrissi", geb="21-11-1979",
         functie="Chauffeur CE / laden en lossen", uren="40", wg="Transportbedrijf Van Rijn & Zn B.V.",
         wg_adres="Industrieweg 7, 4782 PV Moerdijk", lhn="803311227L01",
         aard="Wegtransport en warehousing, 65 medewerkers, 40 trekkers", ba="M.A. Kuipers, arts",
         big="49061233801", arbo="ArboPlus Zuidwest", arbo_adres="Stationsplein 3, 4811 BB Breda",
         cm="Wim van Rijn", cm_f="operationeel manager / casemanager", dir="Wim van Rijn", ad="Joke Terpstra",
         bureau="Van Werk naar Werk Re-integratie", coach="Dennis Mulder", dom="vanrijn-transport.example",
         d0=dt.date(2024, 1, 8), klacht="schouderklachten rechts",
         bek="VMBO, rijbewijs CE, code 95, ADR-basis, heftruckcertificaat, 20 jaar ervaring beroepsvervoer")
D = case(key="D", folder="Werknemer Brouwer (zorg)", wn="Marloes Brouwer", wn_s="M. Brouwer", geb="30-06-1984",
         functie="Verpleegkundige (niveau 4) afdeling geriatrie", uren="28", wg="Zorggroep Het Lindehof",
         wg_adres="Lindelaan 40, 7411 CD Deventer", lhn="820044556L01",
         aard="Ouderenzorg: verpleeghuis en thuiszorg, 420 medewerkers", ba="dr. S. Veenstra",
         big="29044598701", arbo="Arbodienst Salland", arbo_adres="Brink 9, 7411 BT Deventer",
         cm="Anouk Peters", cm_f="teamleider / casemanager", dir="Gert Jan Ruis", ad="Peter Smit",
         bureau="", coach="", dom="lindehof.example", d0=dt.date(2024, 6, 3),
         klacht="psychische klachten na een ingrijpende gebeurtenis op het werk",
         bek="HBO-V, BIG-geregistreerd verpleegkundige, 15 jaar ervaring ouderenzorg, werkbegeleider leerlingen")


def fbsn(c: dict, kind: str = "plain") -> str:
    b = c["bsn"]
    return {"plain": b, "dots": f"{b[:4]}.{b[4:6]}.{b[6:]}", "space": f"{b[:3]} {b[3:6]} {b[6:]}"}[kind]


def wk(c: dict, n: int, extra: int = 0) -> dt.date:
    """The first day of week n after the first sick day, plus extra days."""
    return c["d0"] + dt.timedelta(days=7 * (n - 1) + extra)


def person(c: dict, bsnkind: str = "plain", extra: list | None = None) -> tuple:
    rows = [("Naam werknemer", c["wn"]), ("BSN", fbsn(c, bsnkind)), ("Geboortedatum", c["geb"]),
            ("Functie", c["functie"]), ("Werkgever", c["wg"]), ("Eerste ziektedag", nl(c["d0"], "dash"))]
    return ("kv", rows + (extra or []))


def arbo_lines(c: dict) -> list[str]:
    return [c["arbo"], c["arbo_adres"], f"info@{c['arbo'].split()[0].lower()}.example", "KvK 0000 1111"]


def wg_lines(c: dict) -> list[str]:
    return [c["wg"], c["wg_adres"], f"www.{c['dom']}", f"Loonheffingennummer {c['lhn']}"]


# ---------------------------------------------------------------- contents per document type

def probleemanalyse(c, d, bsnkind="plain", title="Probleemanalyse"):
    return [
        ("title", title), person(c, bsnkind, [("Datum spreekuur", nl(d, "dash"))]),
        ("sub", "Aanleiding"),
        ("p", f"{c['wn']} heeft zich op {nl(c['d0'])} ziek gemeld met {c['klacht']}. Naar mijn oordeel is er sprake "
              "van dreigend langdurig verzuim; daarom stel ik deze probleemanalyse op conform de Wet verbetering "
              "poortwachter."),
        ("sub", "Beperkingen en mogelijkheden (belastbaarheid)"),
        ("p", "Werknemer is op dit moment beperkt belastbaar. Er zijn beperkingen in langdurig staan en lopen, tillen "
              "boven 10 kg en in het aanhouden van concentratie gedurende langere tijd. Er zijn wel benutbare "
              "mogelijkheden: licht administratief of begeleidend werk, 2 x 2 uur per dag, met voldoende "
              "herstelmomenten."),
        ("sub", "Prognose"),
        ("p", "De prognose voor herstel is redelijk gunstig. Ik verwacht een geleidelijke opbouw over 8 tot 12 weken; "
              "volledige terugkeer in het eigen werk is op termijn waarschijnlijk, maar nog niet zeker."),
        ("sub", "Advies aan werkgever en werknemer"),
        ("p", "Stel binnen twee weken samen een plan van aanpak op. Start met aangepaste werkzaamheden in de eigen "
              "functie en bouw in overleg op. Ik zie werknemer over vier weken terug op het spreekuur. Medische "
              "gegevens zijn niet in deze rapportage opgenomen."),
        ("sig", [("Bedrijfsarts", f"{c['ba']}, BIG {c['big']}", nl(d, "dash"))]),
    ]


def bijstelling_pa(c, d, bsnkind="plain", title="Bijstelling probleemanalyse"):
    return [
        ("title", title), person(c, bsnkind, [("Datum", nl(d, "dash"))]),
        ("p", f"Deze rapportage is een actualisatie van de probleemanalyse van {c['wn_s']}. De situatie is gewijzigd "
              "ten opzichte van het vorige advies."),
        ("sub", "Herziene belastbaarheid"),
        ("p", "De belastbaarheid is minder snel toegenomen dan verwacht. Werknemer kan nu 3 x 3 uur per week "
              "werkzaamheden verrichten zonder piekbelasting. Fysiek zware taken en onregelmatige diensten zijn "
              "voorlopig niet mogelijk."),
        ("sub", "Gewijzigd advies"),
        ("p", "Ik adviseer het plan van aanpak bij te stellen: het re-integratiedoel 'volledig eigen werk binnen drie "
              "maanden' is niet meer realistisch. Onderzoek aangepast werk binnen het bedrijf en laat een "
              "arbeidsdeskundige meekijken. Volgende evaluatie over zes weken."),
        ("sig", [("Bedrijfsarts", f"{c['ba']} ({c['arbo']})", nl(d, "dash"))]),
    ]


def plan_van_aanpak(c, d, bsnkind="plain", title="Plan van aanpak re-integratie"):
    return [
        ("title", title), person(c, bsnkind, [("Casemanager", f"{c['cm']}, {c['cm_f']}"),
                                              ("Datum probleemanalyse", nl(d - dt.timedelta(days=10), "dash"))]),
        ("sub", "1. Re-integratiedoel"),
        ("p", "Doel (spoor 1): terugkeer in de eigen functie, met tijdelijk aangepaste taken. Einddoel: volledige "
              "hervatting in de eigen functie en de eigen uren."),
        ("sub", "2. Afspraken en activiteiten"),
        ("table", ["Activiteit", "Wie", "Termijn"], [
            ["Start aangepast werk 2 x 2 uur per dag", "werknemer / leidinggevende", nl(d + dt.timedelta(days=7), "dash")],
            ["Uitbreiding naar 4 uur per dag", "werknemer", "na 4 weken"],
            ["Spreekuur bedrijfsarts", "bedrijfsarts", nl(d + dt.timedelta(days=28), "dash")],
            ["Evaluatie plan van aanpak", "casemanager + werknemer", "elke 6 weken"]]),
        ("sub", "3. Evaluatiemomenten"),
        ("p", "Het plan wordt iedere zes weken geëvalueerd en in elk geval aan het einde van het eerste ziektejaar."),
        ("sub", "4. Visie werkgever"),
        ("p", f"{c['wg']} ondersteunt de opbouw en stelt aangepaste taken beschikbaar."),
        ("sub", "5. Visie werknemer"),
        ("p", "Ik kan mij vinden in de afspraken en wil graag zo snel mogelijk weer aan het werk."),
        ("sig", [("Werkgever", c["cm"], nl(d, "dash")), ("Werknemer", c["wn"], nl(d, "dash"))]),
    ]


def bijstelling_pva(c, d, bsnkind="plain", title="Bijstelling plan van aanpak"):
    return [
        ("title", title), person(c, bsnkind, [("Casemanager", c["cm"]), ("Datum bijstelling", nl(d, "dash"))]),
        ("sub", "Reden van de bijstelling"),
        ("p", "Naar aanleiding van het advies van de bedrijfsarts en het arbeidsdeskundig onderzoek passen wij de "
              "afspraken in het plan van aanpak aan."),
        ("sub", "Nieuw doel"),
        ("p", "Naast spoor 1 (aangepast werk in de eigen organisatie) starten wij spoor 2: begeleiding naar passend "
              "werk bij een andere werkgever. Een re-integratiebureau wordt ingeschakeld."),
        ("sub", "Gewijzigde afspraken"),
        ("table", ["Afspraak", "Verantwoordelijk", "Uiterlijk"], [
            ["Selectie re-integratiebureau spoor 2", "casemanager", nl(d + dt.timedelta(days=14), "dash")],
            ["Intake tweede spoor", "werknemer", nl(d + dt.timedelta(days=28), "dash")],
            ["Volgende evaluatie", "casemanager + werknemer", nl(d + dt.timedelta(days=42), "dash")]]),
        ("sub", "Visie werkgever en werknemer"),
        ("p", "Werkgever en werknemer zijn het eens over de bijgestelde afspraken."),
        ("sig", [("Werkgever", c["cm"], nl(d, "dash")), ("Werknemer", c["wn"], nl(d, "dash"))]),
    ]


def tussentijdse(c, d, n=1, bsnkind="plain", title="Verslag evaluatiegesprek plan van aanpak"):
    return [
        ("title", title), person(c, bsnkind, [("Datum gesprek", nl(d, "dash")), ("Aanwezig", f"{c['wn_s']}, {c['cm']}")]),
        ("sub", "Voortgang"),
        ("p", f"Dit is de {n}e periodieke evaluatie van het plan van aanpak. Werknemer werkt nu {4 + 2 * n} uur per "
              "week in aangepaste taken. De afspraken uit het plan van aanpak zijn nagekomen."),
        ("sub", "Knelpunten"),
        ("p", "De opbouw verloopt langzamer dan gepland. Werknemer geeft aan na drukke dagen meer hersteltijd "
              "nodig te hebben."),
        ("sub", "Nieuwe afspraken"),
        ("p", f"Uren blijven voorlopig gelijk. Volgend gesprek op {nl(d + dt.timedelta(days=42), 'dash')}."),
        ("sig", [("Casemanager", c["cm"], nl(d, "dash")), ("Werknemer", c["wn"], "")]),
    ]


def eerstejaars(c, d, bsnkind="plain", title="Eerstejaarsevaluatie"):
    return [
        ("title", title), person(c, bsnkind, [("Datum evaluatie", nl(d, "dash"))]),
        ("sub", "Terugblik op het eerste ziektejaar"),
        ("p", "In het eerste ziektejaar is gestart met aangepast werk in de eigen functie. De opbouw is gestagneerd "
              "rond 12 uur per week. De bedrijfsarts heeft de probleemanalyse bijgesteld; het arbeidsdeskundig "
              "onderzoek is afgerond."),
        ("sub", "Beoogd re-integratieresultaat tweede ziektejaar"),
        ("p", "Werkgever en werknemer streven naar structurele hervatting in aangepast werk. Omdat terugkeer in het "
              "eigen werk niet te verwachten is, wordt het tweede spoor ingezet."),
        ("sub", "Visie werkgever"),
        ("p", "Werkgever onderzoekt passende functies intern en financiert een traject tweede spoor."),
        ("sub", "Visie werknemer"),
        ("p", "Werknemer staat open voor werk buiten de organisatie maar wil ook intern blijven zoeken."),
        ("sig", [("Werkgever", c["cm"], nl(d, "dash")), ("Werknemer", c["wn"], nl(d, "dash"))]),
    ]


def actueel_oordeel(c, d, bsnkind="plain", title="Actueel oordeel bedrijfsarts"):
    return [
        ("title", title), person(c, bsnkind, [("Datum", nl(d, "dash")), ("Bedrijfsarts", f"{c['ba']}, BIG {c['big']}")]),
        ("p", "Dit actueel oordeel is opgesteld ten behoeve van het re-integratieverslag bij de WIA-aanvraag en "
              "bevat geen medische gegevens."),
        ("sub", "Stand van zaken en belastbaarheid"),
        ("p", "Werknemer is blijvend beperkt belastbaar. Mogelijk is licht fysiek werk, maximaal 4 uur per dag, "
              "overdag, zonder tijdsdruk. Het verloop van de arbeidsongeschiktheid is de afgelopen maanden stabiel."),
        ("sub", "Passende arbeid bij de werkgever"),
        ("p", "Binnen de eigen organisatie is naar mijn oordeel geen structureel passende arbeid voor de volledige "
              "contracturen. Het huidige aangepaste werk van 12 uur per week is passend."),
        ("sub", "Arbeidsrelatie"),
        ("p", "De arbeidsrelatie tussen werkgever en werknemer is goed; er zijn geen conflicten gemeld."),
        ("sig", [("Bedrijfsarts", c["ba"], nl(d, "dash"))]),
    ]


def eindevaluatie(c, d, bsnkind="plain", title="Eindevaluatie plan van aanpak"):
    return [
        ("title", title), person(c, bsnkind, [("Loonheffingennummer", c["lhn"]), ("Datum", nl(d, "dash"))]),
        ("sub", "Aard van het bedrijf"),
        ("p", c["aard"] + "."),
        ("sub", "Terugblik op twee jaar re-integratie"),
        ("p", "Na de probleemanalyse is direct een plan van aanpak opgesteld. Spoor 1 leidde tot gedeeltelijke "
              "hervatting in aangepast werk; het tweede spoor heeft (nog) niet tot een plaatsing geleid. Het "
              "actueel oordeel van de bedrijfsarts is in deze eindevaluatie meegenomen."),
        ("sub", "Kwaliteit van de arbeidsrelatie"),
        ("p", "Werkgever beoordeelt de arbeidsrelatie als goed en constructief."),
        ("sub", "Passende arbeid"),
        ("p", "Werkgever kan het huidige aangepaste werk (12 uur per week) structureel aanbieden. Meer uren "
              "passend werk zijn er niet."),
        ("sub", "WIA-aanvraag"),
        ("p", "Werknemer vraagt de WIA-uitkering aan; deze eindevaluatie maakt deel uit van het re-integratieverslag."),
        ("sig", [("Werkgever", c["dir"], nl(d, "dash")), ("Werknemer", c["wn"], nl(d, "dash"))]),
    ]


def oordeel_wn(c, d, title="Oordeel van de werknemer over het re-integratieverslag", with_title=True):
    body = [
        ("p", f"Ik, {c['wn']} (BSN {c['bsn']}), heb het re-integratieverslag ontvangen en gelezen."),
        ("p", "Ik ben het grotendeels eens met de inhoud. Ik ben het niet eens met de passage in de eindevaluatie dat "
              "er verder geen passend werk is: volgens mij zijn er administratieve taken die ik zou kunnen doen."),
        ("p", "Over de begeleiding door de casemanager en de bedrijfsarts ben ik tevreden. Het tweede spoor is naar "
              "mijn mening te laat gestart."),
        ("sig", [("Werknemer", c["wn"], nl(d, "dash"))]),
    ]
    return ([("title", title)] if with_title else []) + body


def medisch_specialist(c, d, spec="orthopedisch chirurg", diag="lumbale hernia L5-S1 links met radiculaire uitstraling"):
    return [
        ("title", f"Polikliniek {spec.split()[0].capitalize()}"),
        ("kv", [("Betreft", c["wn"]), ("Geboortedatum", c["geb"]), ("BSN", fbsn(c, "space")),
                ("Datum", nl(d, "dash")), ("Aan", f"{c['ba']}, bedrijfsarts")]),
        ("p", "Geachte collega,"),
        ("p", f"Uw patiënt(e) werd op onze polikliniek gezien. Diagnose: {diag}. Anamnese: klachten sinds "
              f"{nl(c['d0'])}, toenemend bij belasting. Lichamelijk onderzoek: beperkte mobiliteit, "
              "Lasègue positief. Aanvullend onderzoek: MRI bevestigt de diagnose."),
        ("p", "Beleid: conservatieve behandeling met fysiotherapie, medicatie (naproxen 500 mg 2 dd, "
              "pregabaline 75 mg) en controle over 8 weken. Bij onvoldoende herstel bespreken wij een operatieve "
              "behandeling."),
        ("p", "Met collegiale groet,"),
        ("sig", [(spec.capitalize(), "dr. K. van Dam", nl(d, "dash"))]),
        ("small", "Medisch geheim. Deze brief is uitsluitend bestemd voor de geadresseerde."),
    ]


def medische_info_ba(c, d, diag):
    return [
        ("title", "Medische informatie ten behoeve van de WIA-beoordeling"),
        ("small", "MEDISCH GEHEIM - uitsluitend voor de verzekeringsarts van UWV"),
        person(c, "plain", [("Datum", nl(d, "dash"))]),
        ("sub", "Diagnose en behandeling"),
        ("p", f"Diagnose: {diag}. Behandelaars: huisarts, medisch specialist en fysiotherapeut. Medicatie wisselend; "
              "huidige medicatie wordt via de behandelaar opgevraagd."),
        ("sub", "Medisch beloop"),
        ("p", "Na een aanvankelijk gunstig beloop trad in de tweede helft van het eerste jaar een terugval op. "
              "De specialist acht verdere verbetering beperkt."),
        ("sig", [("Bedrijfsarts", f"{c['ba']}, BIG {c['big']}", nl(d, "dash"))]),
    ]


def ad_rapport(c, d, bsnkind="plain", title="Rapportage arbeidsdeskundig onderzoek"):
    return [
        ("title", title), person(c, bsnkind, [("Arbeidsdeskundige", f"{c['ad']}, register-arbeidsdeskundige"),
                                              ("Datum rapport", nl(d, "dash"))]),
        ("sub", "Vraagstelling"),
        ("p", "Is werknemer geschikt voor het eigen werk, eventueel aangepast? Zo niet: welke passende functies zijn "
              "er binnen of buiten de organisatie (spoor 1 / spoor 2)?"),
        ("sub", "Functiebelasting"),
        ("p", f"De functie {c['functie']} vraagt {c['uren']} uur per week en kent piekbelasting, langdurig staan en "
              "lopen en tillen. Bekwaamheden: " + c["bek"] + "."),
        ("sub", "Belasting en belastbaarheid"),
        ("p", "Op basis van de belastbaarheid volgens de bedrijfsarts is de belasting in het eigen werk op meerdere "
              "punten te hoog. Het eigen werk is niet passend, ook niet na aanpassing."),
        ("sub", "Conclusie en advies"),
        ("p", "Werknemer is niet geschikt voor het eigen werk. Passend werk in spoor 1 is beperkt aanwezig; ik "
              "adviseer spoor 2 te starten. Geschatte loonwaarde in passend werk: circa 60%."),
        ("sig", [("Arbeidsdeskundige", c["ad"], nl(d, "dash"))]),
    ]


def izp(c, d, bsnkind="plain", title="Inzetbaarheidsprofiel"):
    return [
        ("title", title), person(c, bsnkind, [("Datum", nl(d, "dash")), ("Opgesteld door", f"{c['ba']}, bedrijfsarts")]),
        ("p", "Bijlage bij het advies van de bedrijfsarts. Normaalwaarde: geen beperking aangegeven."),
        ("table", ["Rubriek", "Beperking", "Toelichting"], [
            ["I Persoonlijk functioneren", "ja", "concentratie: max. 1 uur aaneengesloten"],
            ["II Sociaal functioneren", "nee", "normaalwaarde"],
            ["III Fysieke omgevingseisen", "nee", "normaalwaarde"],
            ["IV Dynamische handelingen", "ja", "tillen max. 5 kg, niet frequent bukken"],
            ["V Statische houdingen", "ja", "zitten max. 30 min, staan max. 15 min"],
            ["VI Werktijden", "ja", "max. 4 uur per dag, 20 uur per week, geen nachtdiensten"]]),
        ("sig", [("Bedrijfsarts", c["ba"], nl(d, "dash"))]),
    ]


def trajectplan(c, d, bsnkind="plain", title="Trajectplan tweede spoor"):
    return [
        ("title", title), person(c, bsnkind, [("Re-integratiebureau", c["bureau"]), ("Loopbaancoach", c["coach"]),
                                              ("Datum intake", nl(d, "dash"))]),
        ("sub", "Persoonsprofiel"),
        ("p", "Opleiding en ervaring: " + c["bek"] + ". Sterke punten: klantgericht, nauwkeurig, betrouwbaar."),
        ("sub", "Zoekprofiel"),
        ("p", "Passende functies binnen de belastbaarheid, maximaal 20 uur per week, reisafstand tot 30 km: "
              "administratief medewerker, receptionist, planner, klantenservice."),
        ("sub", "Activiteiten"),
        ("table", ["Fase", "Activiteit", "Periode"], [
            ["1", "Arbeidsmarktoriëntatie en testen", "maand 1-2"],
            ["2", "Sollicitatietraining, cv, netwerkgesprekken", "maand 2-4"],
            ["3", "Actief solliciteren, proefplaatsing", "maand 4-9"]]),
        ("sig", [("Loopbaancoach", c["coach"], nl(d, "dash")), ("Werknemer", c["wn"], nl(d, "dash"))]),
    ]


def voortgang(c, d, period, bsnkind="plain", title="Voortgangsrapportage tweede spoor"):
    return [
        ("title", title), person(c, bsnkind, [("Rapportageperiode", period), ("Datum rapportage", nl(d, "dash")),
                                              ("Re-integratiebureau", c["bureau"])]),
        ("sub", "Activiteiten in deze periode"),
        ("table", ["Activiteit", "Aantal"], [["Sollicitaties verstuurd", "6"], ["Netwerkgesprekken", "3"],
                                             ["Coachingsgesprekken", "4"], ["Vacatures besproken", "11"]]),
        ("sub", "Inzet van de werknemer"),
        ("p", "Werknemer is gemotiveerd en komt afspraken na. Belemmerend is de beperkte belastbaarheid in uren."),
        ("sub", "Vervolg"),
        ("p", "In de volgende periode ligt de nadruk op een werkervaringsplaats."),
        ("sig", [("Loopbaancoach", c["coach"], nl(d, "dash"))]),
    ]


def eindrapportage(c, d, bsnkind="plain", title="Eindrapportage tweede spoor"):
    return [
        ("title", title), person(c, bsnkind, [("Trajectduur", f"{nl(d - dt.timedelta(days=260), 'dash')} t/m {nl(d, 'dash')}"),
                                              ("Re-integratiebureau", c["bureau"])]),
        ("sub", "Resultaat traject"),
        ("p", "Het traject heeft niet geleid tot een plaatsing bij een andere werkgever. Er is één "
              "werkervaringsplaats van 8 weken gerealiseerd."),
        ("sub", "Inspanningen"),
        ("p", "In totaal 31 sollicitaties, 12 netwerkgesprekken, 2 sollicitatiegesprekken. Werknemer heeft zich "
              "actief ingezet."),
        ("sub", "Afsluiting en advies"),
        ("p", "Wij sluiten het traject af in verband met de WIA-aanvraag. Advies: blijf zoeken naar functies "
              "van maximaal 20 uur per week."),
        ("sig", [("Loopbaancoach", c["coach"], nl(d, "dash"))]),
    ]


def uwv_lines() -> list[str]:
    return ["UWV", "Postbus 58285, 1040 HG Amsterdam", "www.uwv.example", "Telefoon 088 - 000 00 00"]


def deskundigenoordeel(c, d, vraag="voldoende re-integratie-inspanningen van de werkgever"):
    return [
        ("kv", [("Datum", nl(d)), ("Ons kenmerk", f"DO-{c['bsn'][-4:]}-{d:%y}"), ("Uw BSN", c["bsn"])]),
        ("title", "Deskundigenoordeel"),
        ("p", f"Geachte heer/mevrouw, op {nl(d - dt.timedelta(days=30))} ontvingen wij de aanvraag werknemer voor "
              f"een deskundigenoordeel over {vraag}. Hieronder leest u ons oordeel."),
        ("sub", "Ons oordeel"),
        ("p", "Het Uitvoeringsinstituut Werknemersverzekeringen is van oordeel dat de re-integratie-inspanningen van "
              "de werkgever tot nu toe voldoende zijn. Wel adviseren wij het tweede spoor niet langer uit te stellen."),
        ("sub", "Wat betekent dit oordeel?"),
        ("p", "Een deskundigenoordeel is een advies; het is niet bindend. U kunt er geen bezwaar tegen maken."),
        ("sig", [("Arbeidsdeskundige UWV", "mr. L. Boersma", nl(d, "dash")),
                 ("Verzekeringsarts UWV", "A. Rahimi", nl(d, "dash"))]),
    ]


def ziekmelding(c, d, melding=True):
    if melding:
        return [
            ("title", "Ziekmelding langdurig zieke werknemer (42e week)"),
            ("small", "Aangifte van langdurige ziekte - verzonden via het werkgeversportaal"),
            ("kv", [("Werkgever", c["wg"]), ("Loonheffingennummer", c["lhn"]), ("Naam werknemer", c["wn"]),
                    ("BSN", c["bsn"]), ("Eerste ziektedag", nl(c["d0"], "dash")), ("Gedeeltelijk hervat", "ja, 12 uur"),
                    ("Datum melding", nl(d, "dash")), ("Kenmerk", f"ZM42-{c['bsn'][-5:]}")]),
            ("p", "U heeft de ziekmelding na 42 weken verstuurd. UWV stuurt u binnen enkele weken een bevestiging."),
        ]
    return [
        ("kv", [("Datum", nl(d)), ("Betreft", "bevestiging ziekmelding"), ("BSN werknemer", c["bsn"])]),
        ("title", "Wij hebben uw ziekmelding ontvangen"),
        ("p", f"Geachte heer/mevrouw, u heeft {c['wn']} bij ons ziek gemeld omdat uw werknemer 42 weken ziek is. "
              f"De eerste ziektedag is {nl(c['d0'])}. In deze brief leest u wat u nu moet doen."),
        ("p", "Binnenkort moet u samen met uw werknemer de eerstejaarsevaluatie maken. Bewaar deze in het "
              "re-integratiedossier."),
        ("p", "Met vriendelijke groet, UWV Werkgeversservice"),
    ]


def uwv_wia_brief(c, d):
    return [
        ("kv", [("Datum", nl(d)), ("Burgerservicenummer", c["bsn"]), ("Onderwerp", "Aanvragen WIA-uitkering")]),
        ("title", "U kunt nu een WIA-uitkering aanvragen"),
        ("p", f"Beste {c['wn']}, u bent bijna 2 jaar ziek. Vraag uw WIA-uitkering aan vóór "
              f"{nl(d + dt.timedelta(days=42))}; dat is de uiterste datum."),
        ("p", "Stuur ook het re-integratieverslag mee. Uw werkgever maakt dit samen met u. De medische informatie "
              "stuurt u apart, in een gesloten envelop met 'medisch geheim'."),
        ("p", "Met vriendelijke groet, UWV"),
    ]


def uwv_loonsanctie(c, d):
    return [
        ("kv", [("Datum", nl(d)), ("Betreft", f"{c['wn']}, BSN {c['bsn']}"), ("Werkgever", c["wg"])]),
        ("title", "Besluit: verlenging loondoorbetalingsverplichting"),
        ("p", "Wij hebben het re-integratieverslag beoordeeld. U heeft zonder deugdelijke grond onvoldoende "
              "re-integratie-inspanningen verricht: het tweede spoor is te laat ingezet."),
        ("p", f"Daarom verlengen wij de periode waarin u het loon moet doorbetalen met 52 weken, tot en met "
              f"{nl(c['d0'] + dt.timedelta(days=727 + 364))}. Als u de tekortkoming herstelt, kunt u een "
              "bekortingsverzoek indienen."),
        ("sub", "Bent u het niet eens met dit besluit?"),
        ("p", "Dan kunt u binnen 6 weken bezwaar maken."),
        ("p", "Met vriendelijke groet, UWV, afdeling Sociaal Medische Zaken"),
    ]


# ---------------------------------------------------------------- English papers (case B)

def action_plan_en(c, d):
    return [
        ("title", "Return-to-work action plan (Plan van aanpak)"),
        ("kv", [("Employee", c["wn"]), ("Citizen service no. (BSN)", c["bsn"]), ("Job title", c["functie"]),
                ("First day of absence", nl(c["d0"], "en")), ("Case manager", c["cm"]), ("Date", nl(d, "en"))]),
        ("sub", "Goal"),
        ("p", "Return to own position with adjusted tasks (track 1), starting at 2 x 3 hours a week from home."),
        ("sub", "Agreed activities and deadlines"),
        ("table", ["Activity", "Owner", "Deadline"], [["Restart with test-review tasks", "employee", "week 9"],
                                                     ["Evaluation every six weeks", "case manager", "ongoing"],
                                                     ["Consultation occupational physician", "employee", "week 12"]]),
        ("sub", "Views of employer and employee"),
        ("p", "Employer: supports a gradual restart. Employee: agrees with this plan."),
        ("sig", [("Employer", c["cm"], nl(d, "dash")), ("Employee", c["wn"], nl(d, "dash"))]),
    ]


def progress_en(c, d):
    return [
        ("title", "Progress meeting - notes"),
        ("kv", [("Employee", c["wn"]), ("BSN", c["bsn"]), ("Meeting date", nl(d, "en")), ("Present", f"{c['wn']}, {c['cm']}")]),
        ("p", "Six-weekly evaluation of the action plan. Hannah now works 12 hours a week on test reviews. "
              "Agreements were kept; concentration remains limited in the afternoon."),
        ("p", "Next steps: keep hours, add one team meeting a week. Next evaluation in six weeks."),
        ("sig", [("Case manager", c["cm"], nl(d, "dash"))]),
    ]


def ad_en(c, d):
    return [
        ("title", "Vocational assessment report"),
        ("small", "Arbeidsdeskundig onderzoek - English translation at the request of the employee"),
        ("kv", [("Employee", c["wn"]), ("BSN", c["bsn"]), ("Employer", c["wg"]),
                ("Labour expert", f"{c['ad']}, registered labour expert (register-arbeidsdeskundige)"),
                ("Report date", nl(d, "en"))]),
        ("sub", "Question"),
        ("p", "Can the employee return to her own job, adjusted or not, and if not: which suitable work exists "
              "inside or outside the company (track 1 / track 2)?"),
        ("sub", "Job demands versus capacity"),
        ("p", "The job demands sustained concentration for 40 hours a week and on-call duty. The capacity set by the "
              "occupational physician allows at most 20 hours a week without deadlines."),
        ("sub", "Conclusion"),
        ("p", "The own job is not suitable. Adjusted work of 16-20 hours exists in the support team. We advise "
              "to continue track 1 and to start track 2 in parallel. Estimated earning capacity about 55%."),
        ("sig", [("Labour expert", c["ad"], nl(d, "dash"))]),
    ]


# ---------------------------------------------------------------- papers that are no RIV document

def factuur(c, d):
    return [
        ("title", f"Factuur 2024-{d:%m%d}"),
        ("kv", [("Debiteur", c["wg"]), ("Factuurdatum", nl(d, "dash")), ("Vervaldatum", nl(d + dt.timedelta(days=30), "dash"))]),
        ("table", ["Omschrijving", "Aantal", "Bedrag"], [
            [f"Spreekuur bedrijfsarts - {c['wn_s']}", "1", "€ 165,00"],
            ["Opstellen probleemanalyse en advies", "1", "€ 210,00"],
            ["Casemanagement verzuim (abonnement)", "1", "€ 48,50"],
            ["BTW 21%", "", "€ 89,04"], ["Totaal", "", "€ 512,54"]]),
        ("p", "Gelieve het bedrag binnen 30 dagen over te maken op NL00 BANK 0123 4567 89 o.v.v. het factuurnummer."),
    ]


def verzuimprotocol(c):
    return [
        ("title", f"Verzuimprotocol {c['wg']} 2024"),
        ("p", "Dit protocol beschrijft wat werknemer en werkgever doen bij ziekte."),
        ("sub", "1. Ziekmelding"), ("p", "Meld je vóór 9.00 uur telefonisch ziek bij je leidinggevende."),
        ("sub", "2. Probleemanalyse en plan van aanpak"),
        ("p", "Dreigt langdurig verzuim, dan maakt de bedrijfsarts uiterlijk in week 6 een probleemanalyse. Binnen "
              "twee weken daarna stellen we samen een plan van aanpak op en wijzen we een casemanager aan."),
        ("sub", "3. Evaluaties"),
        ("p", "Iedere zes weken evalueren we het plan van aanpak. In week 42 melden wij je ziek bij UWV; rond week 52 "
              "volgt de eerstejaarsevaluatie. In week 91 stellen we de eindevaluatie op voor het "
              "re-integratieverslag."),
        ("sub", "4. Deskundigenoordeel"),
        ("p", "Bij verschil van mening kun je een deskundigenoordeel bij UWV aanvragen."),
    ]


def brochure():
    return [
        ("title", "Uw werknemer is 42 weken ziek. Wat nu?"),
        ("small", "Informatie voor werkgevers - UWV - versie 2024"),
        ("p", "Is uw werknemer 42 weken ziek? Dan meldt u dit bij UWV met de ziekmelding na 42 weken. U krijgt "
              "daarna een brief over de eerstejaarsevaluatie."),
        ("sub", "Het re-integratieverslag"),
        ("p", "Bij de WIA-aanvraag hoort het re-integratieverslag met de probleemanalyse, het plan van aanpak, "
              "de eerstejaarsevaluatie, het actueel oordeel en de eindevaluatie. De medische informatie stuurt u "
              "niet zelf mee."),
        ("sub", "Loonsanctie"),
        ("p", "Heeft u te weinig gedaan aan re-integratie? Dan kan UWV een loonsanctie opleggen van maximaal 52 weken."),
    ]


def certificaat(c):
    return [
        ("title", "CERTIFICAAT"),
        ("p", f"Hierbij verklaren wij dat {c['wn']} met goed gevolg heeft deelgenomen aan de training"),
        ("sub", "Energiemanagement en mentale veerkracht (8 dagdelen)"),
        ("p", "Gegeven door Academie Balans, oktober - november 2024. Studiebelasting 24 uur."),
        ("sig", [("Trainer", "J. Verhoef", "21-11-2024")]),
    ]


def loonstrook(c, d):
    return [
        ("title", f"Salarisspecificatie {nl(d)[nl(d).index(' ') + 1:]}"),
        ("kv", [("Werkgever", c["wg"]), ("Werknemer", c["wn"]), ("Functie", c["functie"]), ("Periode", f"{d:%m}-{d:%Y}")]),
        ("table", ["Omschrijving", "Bedrag"], [["Salaris (loondoorbetaling bij ziekte 70%)", "€ 1.764,20"],
                                                ["Aanvulling cao", "€ 252,03"], ["Loonheffing", "-€ 198,11"],
                                                ["Pensioenpremie", "-€ 121,40"], ["Netto", "€ 1.696,72"]]),
    ]


def cv(c):
    return [
        ("title", c["wn"]),
        ("p", "Curriculum vitae - Utrecht - hannah.koster@mail.example"),
        ("sub", "Werkervaring"),
        ("p", "2019 - heden: Senior QA engineer, Nordvik Software B.V.\n2016 - 2019: Test engineer, Kadans Systems"),
        ("sub", "Opleiding"), ("p", "MSc Computer Science, TU Delft (2016)"),
        ("sub", "Vaardigheden"), ("p", "Testautomatisering (Python, Playwright), ISTQB Advanced, Scrum"),
    ]


def blanco_pva():
    return [
        ("title", "Formulier plan van aanpak (in te vullen)"),
        ("kv", [("Naam werknemer", ""), ("BSN", ""), ("Functie", ""), ("Eerste ziektedag", ""), ("Casemanager", "")]),
        ("sub", "Re-integratiedoel"), ("p", "....................................................................."),
        ("sub", "Afspraken en activiteiten"), ("p", "....................................................................."),
        ("sub", "Visie werkgever / visie werknemer"), ("p", "....................................................................."),
        ("sig", [("Werkgever", "", ""), ("Werknemer", "", "")]),
    ]


def uitnodiging_spreekuur(c, d):
    return [
        ("kv", [("Datum", nl(d)), ("Aan", c["wn"])]),
        ("title", "Uitnodiging spreekuur bedrijfsarts"),
        ("p", f"Beste {c['wn']}, u wordt verwacht op het spreekuur van {c['ba']} op "
              f"{nl(d + dt.timedelta(days=9))} om 10.20 uur. Tijdens dit gesprek bespreken we de voortgang en het "
              "plan van aanpak. Neem een legitimatiebewijs mee."),
        ("p", "Kunt u niet? Bel dan uiterlijk 24 uur van tevoren af."),
    ]


def neutral_eval(c, d, bsnkind="plain"):
    """An evaluation whose kind is not in its title or headings (the form field or mail subject says it)."""
    return [
        person(c, bsnkind, [("Datum gesprek", nl(d, "dash"))]),
        ("sub", "Terugblik"),
        ("p", "Sinds de ziekmelding is gewerkt volgens het plan van aanpak. De opbouw in aangepast werk is blijven "
              "steken op ongeveer een derde van de contracturen; de bedrijfsarts heeft zijn advies bijgesteld."),
        ("sub", "Beoogd resultaat en aanpak komend jaar"),
        ("p", "Doel is structureel passend werk. Omdat volledige terugkeer in de eigen functie niet te verwachten "
              "is, starten wij naast spoor 1 ook spoor 2 via een re-integratiebureau."),
        ("sub", "Visie werkgever"), ("p", "Werkgever blijft intern zoeken en betaalt het traject spoor 2."),
        ("sub", "Visie werknemer"), ("p", "Werknemer is het eens met de aanpak en wil meewerken aan spoor 2."),
        ("sig", [("Werkgever", c["cm"], nl(d, "dash")), ("Werknemer", c["wn"], nl(d, "dash"))]),
    ]


def psycholoog(c, d):
    return [
        ("title", "Behandelverslag"),
        ("kv", [("Cliënt", c["wn"]), ("Geboortedatum", c["geb"]), ("BSN", fbsn(c, "dots")), ("Datum", nl(d, "dash")),
                ("Verwijzer", "huisarts"), ("Aan", f"{c['ba']}, bedrijfsarts (met toestemming cliënt)")]),
        ("sub", "Diagnose"),
        ("p", "Posttraumatische stressstoornis (DSM-5 309.81), met comorbide depressieve klachten. "
              "Voorgeschiedenis: een eerdere depressieve episode in 2017."),
        ("sub", "Behandeling"),
        ("p", "EMDR, 9 sessies tot nu toe, aangevuld met cognitieve gedragstherapie. De huisarts heeft sertraline "
              "50 mg voorgeschreven. Slaapklachten en herbelevingen nemen af."),
        ("sub", "Prognose"), ("p", "Naar verwachting nog 8 tot 10 sessies nodig."),
        ("sig", [("GZ-psycholoog", "drs. F. Mertens, BIG 09012345625", nl(d, "dash"))]),
        ("small", "Vertrouwelijk - medisch beroepsgeheim"),
    ]


def hosp_lines(name):
    return [name, "Postbus 90100, 5000 LA Tilburg" if "Elisabeth" in name else "Postbus 888, 8900 AA Leeuwarden",
            "Telefoon 088 - 111 22 33"]


# ---------------------------------------------------------------- building the cases

TMP = tempfile.TemporaryDirectory()


def P(c, rel):
    return FILES / c["folder"] / rel


def L(c, rel, typ, d, note):
    label(f"{c['folder']}/{rel}", typ, d, f"{c['key']};{note}")


D_ = dt.date


def build_a(c=A):
    arbo = dict(org=c["arbo"], orglines=arbo_lines(c), color=(0, 120, 110))
    d = D_(2024, 3, 11); r = "Probleemanalyse S. Jansen.pdf"
    write_fpdf(P(c, r), probleemanalyse(c, d, "dots"), layout="letterhead", **arbo); L(c, r, "probleemanalyse", d, "fpdf letterhead")
    d = D_(2024, 3, 21); r = "PvA Sanne def.docx"
    write_docx(P(c, r), plan_van_aanpak(c, d), style="tableform", author=c["cm"]); L(c, r, "plan_van_aanpak", d, "docx table form")
    d = D_(2024, 5, 2); r = "PvA.pdf"
    write_fpdf(P(c, r), tussentijdse(c, d, 1), family="serif", runhdr=f"{c['wg']} - verzuimdossier {c['wn_s']}")
    L(c, r, "tussentijdse_evaluatie", d, "fpdf running header;trap name PvA.pdf holds an evaluation")
    d = D_(2024, 6, 13); r = "IMG_20240613_0931.jpg"
    write_scan_jpg(P(c, r), tussentijdse(c, d, 2, title="Gespreksverslag voortgang re-integratie"), 11, skew=1.6, org=c["wg"], orglines=wg_lines(c), layout="letterhead")
    L(c, r, "tussentijdse_evaluatie", d, "phone photo jpeg;no text layer")
    d = D_(2024, 7, 18); r = "Terugkoppeling spreekuur juli.pdf"
    via_soffice(P(c, r), bijstelling_pa(c, d, "space"), style="tableform", header=f"{c['arbo']} - vertrouwelijk", author=c["ba"])
    L(c, r, "bijstelling_probleemanalyse", d, "docx->LibreOffice pdf")
    d = D_(2024, 6, 27); r = "correspondentie/brief orthopeed.pdf"
    write_fpdf(P(c, r), medisch_specialist(c, d), layout="letterhead", org="Medisch Centrum Friesland-Zuid",
               orglines=hosp_lines("Medisch Centrum Friesland-Zuid"), color=(150, 20, 60))
    L(c, r, "medische_informatie", d, "fpdf letterhead;medical letter in employer folder")
    d = D_(2024, 11, 21); r = "UWV/Ziekmelding 42 weken.pdf"
    write_fpdf(P(c, r), ziekmelding(c, d), layout="form", org=c["wg"], orglines=wg_lines(c), color=(120, 80, 20))
    L(c, r, "ziekmelding_uwv", d, "fpdf boxed form")
    d = D_(2024, 12, 3); r = "UWV/brief UWV dec.pdf"
    write_fpdf(P(c, r), ziekmelding(c, d, melding=False), layout="letterhead", org="UWV", orglines=uwv_lines(), color=(0, 80, 160))
    L(c, r, "ziekmelding_uwv", d, "fpdf UWV letter;confirmation of the 42-week report")
    d = D_(2025, 1, 20); r = "Document (3).docx"
    blocks = [("title", "Evaluatieformulier re-integratie"), ("kv", [("Soort evaluatie", "Eerstejaarsevaluatie")])] + neutral_eval(c, d)
    write_docx(P(c, r), blocks, style="tableform", author="HP")
    L(c, r, "eerstejaarsevaluatie", d, "docx;type only in a form field;misleading name")
    d = D_(2025, 1, 9); r = "Rapport AD Jansen-Meijer.pdf"
    write_fpdf(P(c, r), ad_rapport(c, d), layout="twocol", org="Hoekstra Arbeidsdeskundig Advies",
               orglines=["Zuiderstraat 4", "8911 CC Leeuwarden", "rinske@hoekstra-ad.example"], color=(90, 60, 140))
    L(c, r, "arbeidsdeskundig_rapport", d, "fpdf two columns")
    d = D_(2025, 2, 3); r = "Aanvulling afspraken spoor 2.pdf"
    via_soffice(P(c, r), bijstelling_pva(c, d, title="Aanvulling plan van aanpak (bijstelling)"), style="plain", author=c["cm"])
    L(c, r, "bijstelling_plan_van_aanpak", d, "docx->LibreOffice pdf")
    d = D_(2025, 2, 24); r = "mail/Start traject Loopbaanpunt.eml"
    att = write_fpdf(None, trajectplan(c, d), layout="letterhead", org=c["bureau"],
                     orglines=["Tesselschadestraat 20", "8913 HB Leeuwarden", "www.loopbaanpunt.example"], color=(220, 110, 0))
    write_eml(P(c, r), frm=f"Erik Wijnstra <e.wijnstra@loopbaanpunt.example>", to=f"Marieke de Groot <hr@{c['dom']}>",
              subject="Start traject Sanne", when=at(d), seed=101,
              body="Beste Marieke,\n\nIn de bijlage het plan na de intake met Sanne van vorige week. Graag retour met "
                   "handtekening.\n\nGroet,\nErik Wijnstra\nLoopbaanpunt Re-integratie\n",
              attachments=[("Trajectplan SJM.pdf", att)])
    L(c, r + "::Trajectplan SJM.pdf", "trajectplan_tweede_spoor", d, "eml attachment fpdf letterhead")
    d = D_(2025, 5, 26); r = "Rapportage periode 2.pdf"
    write_fpdf(P(c, r), voortgang(c, d, "24-02-2025 t/m 23-05-2025"), family="cond",
               runhdr=f"{c['bureau']} | {c['wn']} | BSN {c['bsn']}", footer="Vertrouwelijk")
    L(c, r, "voortgangsrapportage_tweede_spoor", d, "fpdf running header")
    d = D_(2025, 10, 20); r = "AO Verbeek.pdf"
    write_fpdf(P(c, r), actueel_oordeel(c, d), layout="letterhead", **arbo); L(c, r, "actueel_oordeel", d, "fpdf letterhead")
    d = D_(2025, 10, 30); r = "scan0004.pdf"
    write_scan_pdf(P(c, r), eindevaluatie(c, d), 14, skew=-0.9, contrast=0.6, layout="letterhead", org=c["wg"], orglines=wg_lines(c))
    L(c, r, "eindevaluatie", d, "image-only scan pdf;misleading name")
    d = D_(2025, 11, 3); r = "mail/RE_ stukken WIA.eml"
    body = ("Beste Marieke,\n\n" + blocks_text(oordeel_wn(c, d, with_title=False)) + "\nMet vriendelijke groet,\nSanne\n")
    write_eml(P(c, r), frm=f"Sanne Jansen <sanne.jm@mail.example>", to=f"hr@{c['dom']}", seed=102,
              subject="Mijn oordeel over het re-integratieverslag", when=at(d, 21, 3), body=body)
    L(c, r, "oordeel_werknemer", d, "eml typed body;type only in subject")
    r = "Factuur 2024-0311.pdf"
    write_fpdf(P(c, r), factuur(c, D_(2024, 3, 31)), layout="letterhead", **arbo); L(c, r, None, None, "lookalike invoice arbodienst")
    r = "Loonstrook okt 2025.pdf"
    write_fpdf(P(c, r), loonstrook(c, D_(2025, 10, 25)), family="cond"); L(c, r, None, None, "lookalike payslip")
    d = D_(2024, 4, 24); r = "mail/Uitnodiging evaluatiegesprek.eml"
    write_eml(P(c, r), frm=f"Marieke de Groot <hr@{c['dom']}>", to="sanne.jm@mail.example", seed=103,
              subject="Uitnodiging: evaluatiegesprek plan van aanpak 2 mei", when=at(d, 9, 40),
              body="Hoi Sanne,\n\nHierbij nodig ik je uit voor de evaluatie van het plan van aanpak op donderdag 2 mei om "
                   "14.00 uur in de kleine zaal. We bespreken hoe de opbouw gaat.\n\nGroet,\nMarieke\n")
    L(c, r, None, None, "lookalike meeting invitation")


def build_b(c=B):
    arbo = dict(org=c["arbo"], orglines=arbo_lines(c), color=(40, 40, 40))
    d = D_(2024, 5, 21); r = "Probleemanalyse_Koster.docx"
    write_docx(P(c, r), probleemanalyse(c, d, title="Probleemanalyse en advies"), style="plain",
               header=f"{c['arbo']} | Vertrouwelijk | {c['wn']}", author=c["ba"], font="Arial")
    L(c, r, "probleemanalyse", d, "docx headings + running header")
    r = "Bijlage 1 bij advies.pdf"
    write_fpdf(P(c, r), izp(c, d, "space"), runhdr=f"{c['arbo']} - bijlage bij de probleemanalyse van {nl(d, 'dash')}")
    L(c, r, "inzetbaarheidsprofiel", d, "fpdf table;annex")
    d = D_(2024, 6, 3); r = "Action plan Hannah.pdf"
    via_soffice(P(c, r), action_plan_en(c, d), style="tableform", author=c["cm"], font="Arial")
    L(c, r, "plan_van_aanpak", d, "English;docx->LibreOffice pdf")
    d = D_(2024, 7, 10); r = "mail/RE update Hannah.eml"
    write_eml(P(c, r), frm=f"R. Oudshoorn <r.oudshoorn@arbocompass.example>", to=f"Priya Raman <p.raman@{c['dom']}>",
              subject="RE: update Hannah", when=at(d, 16, 45), seed=201,
              body=("Beste Priya,\n\nJe vroeg om een update. Hannah gaf toestemming om het volgende met je te delen.\n\n"
                    "Medische informatie: de internist heeft de diagnose post-COVID-syndroom gesteld, met "
                    "inspanningsintolerantie (post-exertional malaise). Zij wordt behandeld in het post-COVID-"
                    "revalidatieprogramma van het ziekenhuis (ergotherapie en fysiotherapie), en gebruikt "
                    "melatonine voor de slaap. De longfunctie is normaal; een hartecho volgt.\n\n"
                    f"Naam: {c['wn']}, BSN {c['bsn']}.\n\nMet vriendelijke groet,\n{c['ba']}, bedrijfsarts\n"))
    L(c, r, "medische_informatie", d, "eml typed body;medical data sent to the employer")
    d = D_(2024, 7, 15); r = "Progress meeting 15-07.pdf"
    write_fpdf(P(c, r), progress_en(c, d), family="sans", layout="letterhead", org="Nordvik", orglines=wg_lines(c), color=(200, 30, 30))
    L(c, r, "tussentijdse_evaluatie", d, "English;fpdf letterhead")
    d = D_(2024, 8, 26); r = "mail/Verslag gesprek 26 augustus.eml"
    write_eml(P(c, r), frm=f"Priya Raman <p.raman@{c['dom']}>", to="hannah.koster@mail.example", seed=202,
              subject="Verslag gesprek 26 augustus", when=at(d, 17, 2),
              body="Hi Hannah,\n\nZoals besproken het verslag van ons gesprek van vandaag.\n\n"
                   + blocks_text(tussentijdse(c, d, 3, title="Evaluatie plan van aanpak")) + "\nGroet,\nPriya\n")
    L(c, r, "tussentijdse_evaluatie", d, "eml typed body")
    d = D_(2024, 10, 28); r = "scan_2024-10-30.pdf"
    write_scan_pdf(P(c, r), deskundigenoordeel(c, d, "de vraag of het aangeboden werk passend is"), 22, skew=0.5,
                   contrast=0.55, layout="letterhead", org="UWV", orglines=uwv_lines(), color=(0, 80, 160))
    L(c, r, "deskundigenoordeel", d, "image-only scan pdf")
    d = D_(2025, 2, 3); r = "Melding langdurig ziek.pdf"
    write_fpdf(P(c, r), ziekmelding(c, d), layout="form", org=c["wg"], orglines=wg_lines(c), color=(200, 30, 30))
    L(c, r, "ziekmelding_uwv", d, "fpdf boxed form")
    d = D_(2025, 3, 10); r = "Vocational assessment H Koster.pdf"
    write_fpdf(P(c, r), ad_en(c, d), layout="twocol", family="serif", org="Yilmaz Arbeidsdeskundigen",
               orglines=["Catharijnesingel 55", "3511 GD Utrecht", "ay@yilmaz-ad.example"], color=(20, 100, 60))
    L(c, r, "arbeidsdeskundig_rapport", d, "English;fpdf two columns")
    d = D_(2025, 3, 24); r = "EJE Koster.pdf"
    via_soffice(P(c, r), eerstejaars(c, d, title="(Eerstejaars)evaluatie"), style="plain", author=c["cm"])
    L(c, r, "eerstejaarsevaluatie", d, "docx->LibreOffice pdf")
    d = D_(2025, 4, 22); r = "Intake Werkroute.pdf"
    write_fpdf(P(c, r), trajectplan(c, d, "dots", title="Intakeverslag en trajectplan 2e spoor"), layout="letterhead",
               org=c["bureau"], orglines=["Vredenburg 2", "3511 BA Utrecht", "www.werkroute.example"], color=(0, 140, 200))
    L(c, r, "trajectplan_tweede_spoor", d, "fpdf letterhead")
    d = D_(2025, 7, 21); r = "rapportage.docx"
    write_docx(P(c, r), voortgang(c, d, "april - juni 2025", title="Tussenrapportage traject"), style="tableform", author=c["coach"])
    L(c, r, "voortgangsrapportage_tweede_spoor", d, "docx table form;vague name")
    d = D_(2025, 12, 8); r = "UWV/Brief UWV aanvragen WIA.pdf"
    write_fpdf(P(c, r), uwv_wia_brief(c, d), layout="letterhead", org="UWV", orglines=uwv_lines(), color=(0, 80, 160))
    L(c, r, "uwv_correspondentie", d, "fpdf UWV letter")
    d = D_(2025, 12, 15); r = "AO dec 2025.pdf"
    via_soffice(P(c, r), actueel_oordeel(c, d, title="Actueel oordeel bij de probleemanalyse"), style="tableform",
                header=f"{c['arbo']} | Vertrouwelijk", author=c["ba"])
    L(c, r, "actueel_oordeel", d, "docx->LibreOffice pdf")
    d = D_(2026, 1, 12); r = "Eindrapport Werkroute.pdf"
    write_fpdf(P(c, r), eindrapportage(c, d), family="cond", runhdr=f"{c['bureau']} - eindrapport - {c['wn']}")
    L(c, r, "eindrapportage_tweede_spoor", d, "fpdf running header")
    d = D_(2026, 1, 5); r = "mail/Eindevaluatie ter ondertekening.eml"
    att = write_docx(None, eindevaluatie(c, d, "space", title="Eindevaluatie"), style="plain", author=c["cm"])
    write_eml(P(c, r), frm=f"Priya Raman <p.raman@{c['dom']}>", to="hannah.koster@mail.example", seed=203,
              subject="Eindevaluatie ter ondertekening", when=at(d, 11, 30),
              body="Hi Hannah,\n\nAttached the final evaluation for your WIA application. Please sign and return.\n\nPriya\n",
              attachments=[("Eindevaluatie_def_v3.docx", att)])
    L(c, r + "::Eindevaluatie_def_v3.docx", "eindevaluatie", d, "eml attachment docx")
    r = "CV_Hannah_Koster_2023.docx"
    write_docx(P(c, r), cv(c), style="plain", author=c["wn"]); L(c, r, None, None, "lookalike CV")
    r = "Certificaat.pdf"
    write_fpdf(P(c, r), certificaat(c), family="serif"); L(c, r, None, None, "lookalike training certificate")
    r = "uwv-brochure-42-weken.pdf"
    write_fpdf(P(c, r), brochure(), layout="letterhead", org="UWV", orglines=uwv_lines(), color=(0, 80, 160))
    L(c, r, None, None, "lookalike UWV brochure")


def build_c(c=C):
    arbo = dict(org=c["arbo"], orglines=arbo_lines(c), color=(130, 30, 30))
    d = D_(2024, 2, 13); r = "scan0001.pdf"
    write_scan_pdf(P(c, r), probleemanalyse(c, d), 31, skew=1.1, contrast=0.65, layout="letterhead", **arbo)
    L(c, r, "probleemanalyse", d, "image-only scan pdf;misleading name")
    d = D_(2024, 2, 26); r = "Plan van aanpak.pdf"
    write_fpdf(P(c, r), plan_van_aanpak(c, d, "dots"), layout="form", org=c["wg"], orglines=wg_lines(c), color=(20, 60, 20))
    L(c, r, "plan_van_aanpak", d, "fpdf boxed form")
    d = D_(2024, 6, 10); r = "formulier_ingevuld.pdf"
    blocks = [("title", "Formulier re-integratie"), ("small", "Kruis aan wat van toepassing is"),
              ("check", [(False, "Plan van aanpak"), (True, "Bijstelling plan van aanpak"), (False, "Evaluatie")])]
    blocks += [b for b in bijstelling_pva(c, d) if b[0] != "title"]
    write_fpdf(P(c, r), blocks, layout="form", org=c["wg"], orglines=wg_lines(c), color=(20, 60, 20))
    L(c, r, "bijstelling_plan_van_aanpak", d, "fpdf form;type only in a ticked box")
    d = D_(2024, 4, 22); r = "Gespreksverslag 22-04-2024.docx"
    write_docx(P(c, r), tussentijdse(c, d, 1, title="Gespreksverslag"), style="plain", author=c["cm"]); L(c, r, "tussentijdse_evaluatie", d, "docx")
    d = D_(2024, 3, 19); r = "brief ziekenhuis.pdf"
    write_fpdf(P(c, r), medisch_specialist(c, d, "orthopedisch chirurg", "totale ruptuur van de supraspinatuspees rechts; "
               "arthroscopische rotator-cuff-reconstructie verricht op 12-03-2024"), layout="letterhead",
               family="serif", org="Elisabeth Ziekenhuis Zuid", orglines=hosp_lines("Elisabeth Ziekenhuis Zuid"), color=(0, 90, 90))
    L(c, r, "medische_informatie", d, "fpdf letterhead;medical letter in employer folder")
    d = D_(2024, 5, 15); r = "Terugkoppeling bedrijfsarts.eml"
    att = write_fpdf(None, bijstelling_pa(c, d, title="Terugkoppeling na spreekuur - bijstelling probleemanalyse"),
                     layout="letterhead", **arbo)
    write_eml(P(c, r), frm=f"ArboPlus planning <planning@arboplus.example>", to=f"Wim van Rijn <wim@{c['dom']}>",
              subject=f"Terugkoppeling spreekuur {c['wn_s']}", when=at(d, 8, 5), seed=301,
              body="Geachte heer Van Rijn,\n\nBijgaand de terugkoppeling van het spreekuur.\n\nMet vriendelijke groet,\nArboPlus Zuidwest\n",
              attachments=[("Terugkoppeling_20240515.pdf", att)])
    L(c, r + "::Terugkoppeling_20240515.pdf", "bijstelling_probleemanalyse", d, "eml attachment fpdf letterhead")
    d = D_(2024, 9, 2); r = "FML YEI.docx"
    write_docx(P(c, r), izp(c, d, title="Functionele mogelijkhedenlijst (inzetbaarheidsprofiel)"), style="tableform", author=c["ba"])
    L(c, r, "inzetbaarheidsprofiel", d, "docx table")
    d = D_(2024, 11, 5); r = "Bevestiging ziekmelding.pdf"
    write_fpdf(P(c, r), ziekmelding(c, d, melding=False), layout="letterhead", family="serif", org="UWV", orglines=uwv_lines(), color=(0, 80, 160))
    L(c, r, "ziekmelding_uwv", d, "fpdf UWV letter")
    d = D_(2024, 12, 16); r = "Evaluatie eerste ziektejaar.pdf"
    write_fpdf(P(c, r), eerstejaars(c, d, "space", title="Evaluatie na het eerste ziektejaar"), family="serif",
               runhdr=f"{c['wg']} - re-integratiedossier {c['wn']} - BSN {c['bsn']}")
    L(c, r, "eerstejaarsevaluatie", d, "fpdf running header")
    d = D_(2024, 11, 28); r = "AD rapport.pdf"
    via_soffice(P(c, r), ad_rapport(c, d, "dots", title="Arbeidsdeskundig rapport"), style="tableform", author=c["ad"], font="Times New Roman")
    L(c, r, "arbeidsdeskundig_rapport", d, "docx->LibreOffice pdf")
    d = D_(2025, 1, 20); r = "Plan 2e spoor YEI.docx"
    write_docx(P(c, r), trajectplan(c, d, title="Re-integratieplan 2e spoor"), style="plain", author=c["coach"])
    L(c, r, "trajectplan_tweede_spoor", d, "docx")
    d = D_(2025, 4, 14); r = "voortgang.jpg"
    write_scan_jpg(P(c, r), voortgang(c, d, "januari - maart 2025", title="Voortgangsrapportage"), 33, skew=-1.3,
                   layout="letterhead", org=c["bureau"], orglines=["Ginnekenweg 10", "4818 JE Breda"], color=(60, 60, 160))
    L(c, r, "voortgangsrapportage_tweede_spoor", d, "jpeg scan")
    d = D_(2025, 7, 14); r = "Inspanningsrapportage Q2.pdf"
    write_fpdf(P(c, r), voortgang(c, d, "april - juni 2025", "dots", title="Inspanningsrapportage"), layout="letterhead",
               org=c["bureau"], orglines=["Ginnekenweg 10", "4818 JE Breda"], color=(60, 60, 160))
    L(c, r, "voortgangsrapportage_tweede_spoor", d, "fpdf letterhead")
    d = D_(2025, 8, 25); r = "mail/AO en medische info.eml"
    ao = write_fpdf(None, actueel_oordeel(c, d), layout="letterhead", **arbo)
    mi = write_fpdf(None, medische_info_ba(c, d, "status na rotator-cuff-reconstructie rechts met frozen shoulder en "
                                             "secundaire artrose van het AC-gewricht"), layout="letterhead", **arbo)
    write_eml(P(c, r), frm="M.A. Kuipers <m.kuipers@arboplus.example>", to=f"Wim van Rijn <wim@{c['dom']}>",
              subject=f"Stukken WIA {c['wn_s']}", when=at(d, 13, 20), seed=302,
              body="Geachte heer Van Rijn,\n\nHierbij de stukken voor de WIA-aanvraag.\n\nMet vriendelijke groet,\nM.A. Kuipers\n",
              attachments=[("Actueel oordeel.pdf", ao), ("Medisch deel.pdf", mi)])
    L(c, r + "::Actueel oordeel.pdf", "actueel_oordeel", d, "eml attachment fpdf")
    L(c, r + "::Medisch deel.pdf", "medische_informatie", d, "eml attachment;medical data sent to the employer")
    d = D_(2025, 9, 1); r = "Eindevaluatie YEI.docx"
    write_docx(P(c, r), eindevaluatie(c, d), style="tableform", author=c["cm"]); L(c, r, "eindevaluatie", d, "docx table form")
    d = D_(2025, 9, 4); r = "Nieuw Microsoft Word-document.docx"
    write_docx(P(c, r), oordeel_wn(c, d, title="Mijn mening over het re-integratieverslag"), style="plain", author="Youssef")
    L(c, r, "oordeel_werknemer", d, "docx;default Word name")
    d = D_(2025, 11, 24); r = "UWV besluit.pdf"
    write_fpdf(P(c, r), uwv_loonsanctie(c, d), layout="letterhead", org="UWV", orglines=uwv_lines(), color=(0, 80, 160))
    L(c, r, "uwv_correspondentie", d, "fpdf UWV letter;loonsanctie")
    r = "Verzuimreglement Van Rijn 2024.pdf"
    via_soffice(P(c, r), verzuimprotocol(c), style="plain", author=c["dir"]); L(c, r, None, None, "lookalike verzuimprotocol")
    d = D_(2024, 12, 2); r = "mail/Herinnering eerstejaarsevaluatie.eml"
    write_eml(P(c, r), frm="ArboPlus planning <planning@arboplus.example>", to=f"wim@{c['dom']}", seed=303,
              subject=f"Herinnering: eerstejaarsevaluatie {c['wn_s']} inplannen", when=at(d, 7, 0),
              body=f"Geachte heer Van Rijn,\n\n{c['wn_s']} nadert het einde van het eerste ziektejaar. Plant u de "
                   "eerstejaarsevaluatie in vóór week 52? Stuur ons een kopie voor het dossier.\n\nDit is een "
                   "automatisch bericht.\n")
    L(c, r, None, None, "lookalike reminder mail")


def build_d(c=D):
    arbo = dict(org=c["arbo"], orglines=arbo_lines(c), color=(100, 50, 0))
    d = D_(2024, 7, 8); r = "mail/Advies bedrijfsarts.eml"
    att = write_docx(None, probleemanalyse(c, d, "space", title="Probleemanalyse (Wet verbetering poortwachter)"),
                     style="tableform", header=c["arbo"], author=c["ba"])
    write_eml(P(c, r), frm=f"Arbodienst Salland <noreply@arbosalland.example>", to=f"Anouk Peters <a.peters@{c['dom']}>",
              subject="Advies bedrijfsarts", when=at(d, 12, 0), seed=401,
              body="Geachte mevrouw Peters,\n\nIn de bijlage vindt u het advies van de bedrijfsarts.\n\nArbodienst Salland\n",
              attachments=[("PA.docx", att)])
    L(c, r + "::PA.docx", "probleemanalyse", d, "eml attachment docx")
    d = D_(2024, 7, 18); r = "20240718_PvA_getekend.pdf"
    write_scan_pdf(P(c, r), plan_van_aanpak(c, d), 41, skew=0.4, contrast=0.75, family="serif")
    L(c, r, "plan_van_aanpak", d, "image-only scan pdf")
    d = D_(2024, 9, 2); r = "verslag.pdf"
    write_fpdf(P(c, r), tussentijdse(c, d, 1, "dots", title="Verslag 6-wekelijkse evaluatie"), layout="twocol",
               org=c["wg"], orglines=wg_lines(c), color=(60, 120, 60))
    L(c, r, "tussentijdse_evaluatie", d, "fpdf two columns;vague name")
    d = D_(2024, 10, 14); r = "Advies bedrijfsarts 14-10.pdf"
    write_fpdf(P(c, r), bijstelling_pa(c, d, title="Advies bedrijfsarts: geactualiseerde probleemanalyse"), layout="letterhead", **arbo)
    L(c, r, "bijstelling_probleemanalyse", d, "fpdf letterhead")
    d = D_(2024, 10, 24); r = "Bijstelling PvA okt.docx"
    write_docx(P(c, r), bijstelling_pva(c, d), style="tableform", author=c["cm"]); L(c, r, "bijstelling_plan_van_aanpak", d, "docx table form")
    d = D_(2024, 9, 20); r = "Brief psycholoog.docx"
    write_docx(P(c, r), psycholoog(c, d), style="plain", author="F. Mertens"); L(c, r, "medische_informatie", d, "docx;medical report in employer folder")
    d = D_(2025, 2, 17); r = "DO.pdf"
    write_fpdf(P(c, r), deskundigenoordeel(c, d), layout="letterhead", org="UWV", orglines=uwv_lines(), color=(0, 80, 160))
    L(c, r, "deskundigenoordeel", d, "fpdf UWV letter")
    d = D_(2025, 3, 20); r = "Melding langdurig ziek.pdf"
    write_fpdf(P(c, r), ziekmelding(c, d), family="cond"); L(c, r, "ziekmelding_uwv", d, "fpdf plain")
    d = D_(2025, 5, 19); r = "mail/Eerstejaarsevaluatie M. Brouwer - verslag.eml"
    write_eml(P(c, r), frm=f"Anouk Peters <a.peters@{c['dom']}>", to="m.brouwer@mail.example", seed=402,
              subject="Eerstejaarsevaluatie M. Brouwer - verslag", when=at(d, 15, 10),
              body="Beste Marloes,\n\nHieronder het verslag van ons gesprek van vandaag. Wil je per mail laten weten "
                   "of je akkoord bent?\n\n" + blocks_text(neutral_eval(c, d)) + "\nGroet,\nAnouk Peters\n")
    L(c, r, "eerstejaarsevaluatie", d, "eml typed body;type only in subject")
    d = D_(2025, 5, 6); r = "AD-rapportage.pdf"
    write_fpdf(P(c, r), ad_rapport(c, d, "space"), runhdr=f"Smit Arbeidsdeskundig Advies - {c['wn']} - vertrouwelijk")
    L(c, r, "arbeidsdeskundig_rapport", d, "fpdf running header")
    r = "Formulier Plan van aanpak (leeg).docx"
    write_docx(P(c, r), blanco_pva(), style="tableform", author="Lindehof P&O"); L(c, r, None, None, "lookalike blank form")
    r = "Uitnodiging spreekuur.pdf"
    write_fpdf(P(c, r), uitnodiging_spreekuur(c, D_(2024, 11, 4)), layout="letterhead", **arbo)
    L(c, r, None, None, "lookalike invitation bedrijfsarts")


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    for build in (build_a, build_b, build_c, build_d):
        build()
    run_soffice()
    rows = sorted(ROWS, key=lambda r: r["path"])
    with LABELS.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} labels")


if __name__ == "__main__":
    main()
