"""Generate tests/corpus9: an untouched holdout made with *other producers* than samples/docgen.py.

    .venv/bin/python tests/corpus9/make_corpus9.py

Deletes and rewrites ``tests/corpus9/files/`` and ``tests/corpus9/labels.csv``.

Producers (see README.md):
- Word files written with python-docx (own templates: page header and footer with PAGE/NUMPAGES fields,
  tables, signature tables) and converted by LibreOffice headless (``soffice --convert-to pdf|odt``);
- HTML "portal exports" printed with WeasyPrint (header bar, crumbs, label|value tables, two columns,
  "Afgedrukt op ... pagina 1 van 3" footers);
- fpdf2 with the PDF core fonts in an own letter layout (UWV letters, hospital letters, an invoice);
- scans and phone photos made by rasterising those PDFs (pypdfium2) and degrading them (skew, low contrast,
  bitonal CCITT G4, JPEG), plus two made with samples/docgen.py's public ``write_scan_pdf`` and
  ``write_photo_jpg``;
- e-mails (.eml) built with the standard library in an Outlook-like shape (multipart/alternative bodies,
  a calendar invitation, a forwarded message/rfc822).

Deterministic: fixed seeds and dates, no clock reads. LibreOffice's CreationDate, trailer /DocChecksum and
/ID are replaced (pikepdf, ``deterministic_id``); the Rsid settings of .odt files and all zip timestamps
are fixed. A rerun is byte-identical (checked with sha256 over all files).

Everything in here is fictional: people, firms, addresses, BIG numbers, e-mail domains (``.example``).
BSNs are generated with this file's own elfproef.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FILES = HERE / "files"
LABELS = HERE / "labels.csv"
sys.path.insert(0, str(REPO / "samples"))

FONTS = Path("/usr/share/fonts/opentype/urw-base35")

# =============================================================================================
# small helpers: seeds, BSN, dates
# =============================================================================================


def seed_of(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def elfproef(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) == 8:
        digits = [0, *digits]
    if len(digits) != 9 or not any(digits):
        return False
    total = sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=False))
    return total % 11 == 0


def new_bsn(rng: random.Random) -> str:
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2), strict=False)) % 11
        if rest == 10:
            continue
        cand = "".join(map(str, head)) + str(rest)
        assert elfproef(cand)
        return cand


MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fd(d: dt.date, style: str) -> str:
    """Dates as offices write them."""
    if style == "long":
        return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
    if style == "num":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "num1":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "abbr":
        return f"{d.day} {MND[d.month - 1]} {d.year}"
    if style == "weekday":
        return f"{DAGEN[d.weekday()]} {d.day} {MAANDEN[d.month - 1]} {d.year}"
    if style == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "en_us":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


def bsn_fmt(bsn: str, kind: str = "plain") -> str:
    if kind == "dots":
        return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    if kind == "spaces":
        return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
    return bsn


def weeks(d0: dt.date, d: dt.date) -> int:
    return (d - d0).days // 7 + 1


# =============================================================================================
# document model (own, independent of docgen's blocks)
# =============================================================================================


@dataclass
class H:
    text: str


@dataclass
class P:
    text: str


@dataclass
class B:
    items: list[str]


@dataclass
class T:
    header: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None


@dataclass
class KV:
    items: list[tuple[str, str]]


@dataclass
class Sig:
    role: str
    name: str
    function: str = ""
    date: str = ""
    place: str = ""


@dataclass
class Letter:
    sender: list[str]  # letterhead lines (first = organisation)
    recipient: list[str]  # address block
    place_date: str  # "Lindeveen, 17 oktober 2023" or "Datum: ..."
    subject: str
    refs: list[tuple[str, str]] = field(default_factory=list)  # Ons kenmerk, Uw brief van, ...
    salutation: str = ""
    closing: list[str] = field(default_factory=list)  # "Met vriendelijke groet," name, function


@dataclass
class Doc:
    title: str | None
    sub: str = ""
    meta: list[tuple[str, str]] = field(default_factory=list)
    body: list = field(default_factory=list)
    sigs: list[Sig] = field(default_factory=list)
    letter: Letter | None = None
    lang: str = "nl"
    pre: list[str] = field(default_factory=list)  # lines above the title (e.g. "Lindeveen, 4 juni 2025")


def doc_text_lines(doc: Doc) -> list[str]:
    """Plain-text rendering (for mail bodies and docgen blocks)."""
    out: list[str] = []
    if doc.letter:
        L = doc.letter
        out += [*L.sender, "", *L.recipient, "", L.place_date]
        out += [f"{k}: {v}" for k, v in L.refs]
        out += ["", f"Betreft: {L.subject}" if doc.lang == "nl" else f"Re: {L.subject}", ""]
        if L.salutation:
            out += [L.salutation, ""]
    out += doc.pre
    if doc.title:
        out.append(doc.title)
    if doc.sub:
        out.append(doc.sub)
    out += [f"{k}: {v}" for k, v in doc.meta]
    for b in doc.body:
        if isinstance(b, H):
            out += ["", b.text]
        elif isinstance(b, P):
            out.append(b.text)
        elif isinstance(b, B):
            out += [f"- {i}" for i in b.items]
        elif isinstance(b, T):
            out.append(" | ".join(b.header))
            out += [" | ".join(r) for r in b.rows]
        elif isinstance(b, KV):
            out += [f"{k}: {v}" for k, v in b.items]
    if doc.letter and doc.letter.closing:
        out += ["", *doc.letter.closing]
    for s in doc.sigs:
        out += [
            "",
            s.role,
            s.name + (f", {s.function}" if s.function else ""),
            (s.place + " " if s.place else "") + s.date,
        ]
    return out


# =============================================================================================
# producer 1: python-docx + LibreOffice
# =============================================================================================


@dataclass
class House:
    key: str
    org: str
    org_lines: tuple[str, ...] = ()
    font: str = "Nimbus Sans"
    size: float = 10.0
    accent: str = "1F4E79"
    header: str = "left"  # left | right | table | none
    footer: str = ""  # text before "pagina X van Y" ("" = only page numbers)
    page_numbers: bool = True
    title_in_header: bool = False  # the title only in the page header (not in the body)
    meta_style: str = "table"  # table | tabs | lines | grid4
    title_upper: bool = False
    numbered_headings: bool = False
    sig_style: str = "table"  # table | lines
    author: str = ""


def _docx_field(par, instr: str, placeholder: str = "1") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _set_cell_shading(cell, hexcolor: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _style_font(style, name: str, size: float | None = None, bold: bool | None = None, color: str | None = None):
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        from docx.oxml import OxmlElement

        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if color:
        style.font.color.rgb = RGBColor.from_string(color)


def write_docx(path: Path, doc: Doc, house: House, *, created: dt.datetime) -> Path:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.2)
    styles = d.styles
    _style_font(styles["Normal"], house.font, house.size)
    styles["Normal"].paragraph_format.space_after = Pt(4)
    for name, sz in (
        ("Title", house.size + 8),
        ("Heading 1", house.size + 3),
        ("Heading 2", house.size + 1),
        ("Subtitle", house.size + 1),
    ):
        _style_font(styles[name], house.font, sz, name != "Subtitle", house.accent)
    styles["Title"].paragraph_format.space_after = Pt(6)
    _style_font(styles["Header"], house.font, house.size - 1)
    _style_font(styles["Footer"], house.font, house.size - 2, color="555555")
    _style_font(styles["List Bullet"], house.font, house.size)

    title = doc.title.upper() if (doc.title and house.title_upper) else doc.title

    # ---- page header
    hdr = sec.header
    if house.header == "table":
        t = hdr.add_table(rows=1, cols=2, width=Cm(16.6))
        c0, c1 = t.rows[0].cells
        c0.paragraphs[0].add_run(house.org).bold = True
        for ln in house.org_lines:
            c0.add_paragraph(ln)
        right = title if house.title_in_header and title else "Vertrouwelijk"
        r = c1.paragraphs[0].add_run(right)
        r.bold = bool(house.title_in_header)
        c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hdr.paragraphs[0].text = ""
    elif house.header != "none":
        p0 = hdr.paragraphs[0]
        run = p0.add_run(house.org)
        run.bold = True
        run.font.size = Pt(house.size + 3)
        run.font.color.rgb = RGBColor.from_string(house.accent)
        if house.header == "right":
            p0.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for ln in house.org_lines:
            p = hdr.add_paragraph(ln)
            if house.header == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if house.title_in_header and title:
            p = hdr.add_paragraph()
            rr = p.add_run(title)
            rr.bold = True
            rr.font.size = Pt(house.size + 4)
    # ---- page footer
    fp = sec.footer.paragraphs[0]
    if house.footer:
        fp.add_run(house.footer + ("   |   " if house.page_numbers else ""))
    if house.page_numbers:
        fp.add_run("pagina " if doc.lang == "nl" else "page ")
        _docx_field(fp, "PAGE")
        fp.add_run(" van " if doc.lang == "nl" else " of ")
        _docx_field(fp, "NUMPAGES")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # ---- letter part
    if doc.letter:
        L = doc.letter
        t = d.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        a, b = t.rows[0].cells
        a.paragraphs[0].text = L.recipient[0]
        for ln in L.recipient[1:]:
            a.add_paragraph(ln)
        b.paragraphs[0].text = ""
        for i, (k, v) in enumerate(L.refs):
            p = b.paragraphs[0] if i == 0 else b.add_paragraph()
            p.add_run(k + ": ").bold = True
            p.add_run(v)
        d.add_paragraph()
        d.add_paragraph(L.place_date)
        p = d.add_paragraph()
        p.add_run(("Betreft: " if doc.lang == "nl" else "Subject: ") + L.subject).bold = True
        if L.salutation:
            d.add_paragraph(L.salutation)
    for ln in doc.pre:
        d.add_paragraph(ln)
    if title and not house.title_in_header:
        d.add_paragraph(title, style="Title")
    if doc.sub:
        d.add_paragraph(doc.sub, style="Subtitle")

    def add_kv(items: list[tuple[str, str]], style: str) -> None:
        if not items:
            return
        if style == "table":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in items:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
                _set_cell_shading(cells[0], "EDEDED")
                cells[0].width, cells[1].width = Cm(5.5), Cm(11.0)
            d.add_paragraph()
        elif style == "grid4":
            t = d.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            for i in range(0, len(items), 2):
                cells = t.add_row().cells
                for j, (k, v) in enumerate(items[i : i + 2]):
                    cells[2 * j].text = k
                    cells[2 * j + 1].text = v
                    _set_cell_shading(cells[2 * j], "F2F2F2")
            d.add_paragraph()
        elif style == "tabs":
            for k, v in items:
                p = d.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
                p.paragraph_format.space_after = Pt(0)
                p.add_run(k)
                p.add_run("\t: " + v)
            d.add_paragraph()
        else:  # lines: bold label then value on the same line
            for k, v in items:
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(1)
                p.add_run(k + ": ").bold = True
                p.add_run(v)

    add_kv(doc.meta, house.meta_style)
    n = 0
    for blk in doc.body:
        if isinstance(blk, H):
            n += 1
            d.add_paragraph(f"{n}. {blk.text}" if house.numbered_headings else blk.text, style="Heading 1")
        elif isinstance(blk, P):
            d.add_paragraph(blk.text)
        elif isinstance(blk, B):
            for it in blk.items:
                d.add_paragraph(it, style="List Bullet")
        elif isinstance(blk, KV):
            add_kv(blk.items, "table" if house.meta_style in ("tabs", "lines") else house.meta_style)
        elif isinstance(blk, T):
            t = d.add_table(rows=1, cols=len(blk.header))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, blk.header, strict=False):
                c.text = ""
                c.paragraphs[0].add_run(h).bold = True
                _set_cell_shading(c, "D9E2F3")
            for row in blk.rows:
                cells = t.add_row().cells
                for c, v in zip(cells, row, strict=False):
                    c.text = v
            d.add_paragraph()
    if doc.letter and doc.letter.closing:
        d.add_paragraph()
        for ln in doc.letter.closing:
            d.add_paragraph(ln).paragraph_format.space_after = Pt(0)
    if doc.sigs:
        d.add_paragraph()
        if house.sig_style == "table":
            t = d.add_table(rows=4, cols=len(doc.sigs))
            t.style = "Table Grid"
            for j, s in enumerate(doc.sigs):
                t.cell(0, j).text = ""
                t.cell(0, j).paragraphs[0].add_run(s.role).bold = True
                t.cell(1, j).text = s.name + (f"\n{s.function}" if s.function else "")
                lbl = "Datum" if doc.lang == "nl" else "Date"
                t.cell(2, j).text = f"{lbl}: {s.date}" + (
                    f"\n{'Plaats' if doc.lang == 'nl' else 'Place'}: {s.place}" if s.place else ""
                )
                t.cell(3, j).text = ("Handtekening:" if doc.lang == "nl" else "Signature:") + "\n\n"
        else:
            for s in doc.sigs:
                p = d.add_paragraph()
                p.add_run(s.role + "\n").bold = True
                p.add_run(f"{s.name}" + (f", {s.function}" if s.function else "") + "\n")
                if s.date:
                    p.add_run((f"{s.place}, " if s.place else "") + s.date + "\n")
                p.add_run("\n……………………………………")
    cp = d.core_properties
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.author = house.author or house.org
    cp.last_modified_by = house.author or house.org
    cp.comments = ""
    cp.title = ""
    cp.revision = 2 + seed_of(path.name) % 7
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    fix_zip(path)
    return path


ZIP_TIME = (2025, 1, 1, 12, 0, 0)


def fix_zip(path: Path, rsid: bool = False) -> None:
    """Rewrite a zip with fixed timestamps (and, for .odt, fixed Rsid settings)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if rsid:
        fixed = []
        for name, data in items:
            if name == "settings.xml":
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1048577", data)
            fixed.append((name, data))
        items = fixed
        items.sort(key=lambda it: it[0] != "mimetype")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def pdf_date(d: dt.datetime) -> str:
    return d.strftime("D:%Y%m%d%H%M%S+01'00'")


def fix_pdf(path: Path, created: dt.datetime, *, title: str | None = None) -> None:
    """Fixed CreationDate/ModDate; drop LibreOffice's /DocChecksum and the old /ID (new one from the content)."""
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for k in ("/DocChecksum", "/ID"):
            if k in pdf.trailer:
                del pdf.trailer[k]
        pdf.docinfo["/CreationDate"] = pdf_date(created)
        if "/ModDate" in pdf.docinfo:
            pdf.docinfo["/ModDate"] = pdf_date(created)
        if title is not None:
            pdf.docinfo["/Title"] = title
        pdf.save(path, deterministic_id=True)


class Office:
    """Collects python-docx files and converts them with LibreOffice in batches."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.jobs: list[tuple[Path, Path, str, dt.datetime]] = []  # (docx, final target, fmt, created)
        self.home = work / "lohome"
        self.home.mkdir(parents=True, exist_ok=True)

    def add(self, doc: Doc, house: House, target: Path, fmt: str, created: dt.datetime) -> None:
        """fmt: pdf | odt | docx (docx is written directly)."""
        if fmt == "docx":
            write_docx(target, doc, house, created=created)
            return
        src = self.work / "docx" / f"{len(self.jobs):03d}.docx"
        write_docx(src, doc, house, created=created)
        self.jobs.append((src, target, fmt, created))

    def run(self) -> None:
        if shutil.which("soffice") is None:
            raise SystemExit("LibreOffice (soffice) is needed: apt-get install libreoffice-writer")
        for fmt in ("pdf", "odt"):
            todo = [j for j in self.jobs if j[2] == fmt]
            if not todo:
                continue
            outdir = self.work / f"lo_{fmt}"
            outdir.mkdir(exist_ok=True)
            env = dict(os.environ, HOME=str(self.home))
            for i in range(0, len(todo), 25):
                chunk = todo[i : i + 25]
                subprocess.run(
                    ["soffice", "--headless", "--norestore", "--convert-to", fmt, "--outdir", str(outdir)]
                    + [str(j[0]) for j in chunk],
                    check=True,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            for src, target, _, created in todo:
                out = outdir / (src.stem + "." + fmt)
                if not out.exists():
                    raise SystemExit(f"LibreOffice did not convert {src}")
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(out, target)
                if fmt == "pdf":
                    fix_pdf(target, created)
                else:
                    fix_zip(target, rsid=True)
        self.jobs.clear()


# =============================================================================================
# producer 2: HTML portal exports printed by WeasyPrint
# =============================================================================================


@dataclass
class Portal:
    key: str
    name: str  # portal name in the header bar
    org: str  # owner (arbodienst, UWV, bureau)
    color: str = "#0b5f6b"
    font: str = "Nimbus Sans"
    layout: str = "sidebar"  # sidebar | grid | plain | uwv
    user: str = ""  # "Ingelogd als ..."
    footer_extra: str = ""
    tabs: tuple[str, ...] = ()
    lang: str = "nl"


def _e(s: str) -> str:
    return htmlmod.escape(s)


def portal_html(
    doc: Doc,
    portal: Portal,
    *,
    crumbs: list[str],
    printed: str,
    side: list[tuple[str, str]] | None,
    active_tab: str = "",
) -> str:
    pr = "Afgedrukt op" if portal.lang == "nl" else "Printed on"
    pg = ("pagina", "van") if portal.lang == "nl" else ("page", "of")
    css = f"""
@page {{ size: A4; margin: 16mm 13mm 18mm 13mm;
  @bottom-left {{ content: "{pr} {printed}{(" — " + portal.footer_extra) if portal.footer_extra else ""}"; font: 7.5pt '{portal.font}'; color: #555; }}
  @bottom-right {{ content: "{pg[0]} " counter(page) " {pg[1]} " counter(pages); font: 7.5pt '{portal.font}'; color: #555; }} }}
body {{ font-family: '{portal.font}'; font-size: 9pt; color: #222; margin: 0 }}
.bar {{ background: {portal.color}; color: #fff; padding: 7px 10px; font-size: 11pt; font-weight: bold }}
.bar .user {{ float: right; font-weight: normal; font-size: 8pt; padding-top: 2px }}
.tabs {{ border-bottom: 2px solid {portal.color}; margin: 4px 0 2px 0; font-size: 8.5pt }}
.tabs span {{ display: inline-block; padding: 3px 9px; color: #333 }}
.tabs span.on {{ background: {portal.color}; color: #fff }}
.crumbs {{ font-size: 7.5pt; color: #666; margin: 4px 0 8px 0 }}
h1 {{ font-size: 14pt; color: {portal.color}; margin: 4px 0 2px 0 }}
h2 {{ font-size: 10.5pt; color: #fff; background: {portal.color}; padding: 3px 6px; margin: 10px 0 4px 0 }}
.sub {{ color: #555; margin-bottom: 6px }}
table {{ border-collapse: collapse; width: 100% }}
table.form td {{ border: 0.6pt solid #bbb; padding: 3px 5px; vertical-align: top }}
table.form td.l {{ background: #eef2f3; width: 32%; color: #333 }}
table.grid td {{ border: 0.6pt solid #bbb; padding: 3px 5px; vertical-align: top }}
table.grid td.l {{ background: #eef2f3; width: 18%; color: #333 }}
table.data th {{ background: #dde5e8; text-align: left; padding: 3px 5px; border: 0.6pt solid #bbb }}
table.data td {{ border: 0.6pt solid #bbb; padding: 3px 5px; vertical-align: top }}
.cols {{ display: flex; gap: 10px }}
.side {{ width: 31%; background: #f4f6f7; border: 0.6pt solid #ccc; padding: 6px; font-size: 8pt }}
.side div.k {{ color: #666; margin-top: 4px }}
.side div.v {{ font-weight: bold }}
.main {{ width: 69% }}
p {{ margin: 3px 0 5px 0; line-height: 1.3 }}
ul {{ margin: 2px 0 6px 16px; padding: 0 }}
.sig td {{ border: 0.6pt solid #bbb; padding: 5px; width: 50%; vertical-align: top }}
.status {{ display: inline-block; border: 1px solid {portal.color}; color: {portal.color}; padding: 1px 6px; font-size: 8pt }}
"""
    parts = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    user = f"<span class='user'>{_e(portal.user)}</span>" if portal.user else ""
    parts.append(f"<div class='bar'>{_e(portal.name)}{user}</div>")
    if portal.tabs:
        parts.append(
            "<div class='tabs'>"
            + "".join(f"<span class='{'on' if t == active_tab else ''}'>{_e(t)}</span>" for t in portal.tabs)
            + "</div>"
        )
    parts.append("<div class='crumbs'>" + " › ".join(_e(c) for c in crumbs) + "</div>")

    main: list[str] = []
    if doc.title:
        main.append(f"<h1>{_e(doc.title)}</h1>")
    if doc.sub:
        main.append(f"<div class='sub'>{_e(doc.sub)}</div>")
    if doc.meta:
        main.append(_kv_html(doc.meta, "grid" if portal.layout == "grid" else "form"))
    for blk in doc.body:
        if isinstance(blk, H):
            main.append(f"<h2>{_e(blk.text)}</h2>")
        elif isinstance(blk, P):
            main.append(f"<p>{_e(blk.text)}</p>")
        elif isinstance(blk, B):
            main.append("<ul>" + "".join(f"<li>{_e(i)}</li>" for i in blk.items) + "</ul>")
        elif isinstance(blk, KV):
            main.append(_kv_html(blk.items, "grid" if portal.layout == "grid" else "form"))
        elif isinstance(blk, T):
            main.append(
                "<table class='data'><tr>"
                + "".join(f"<th>{_e(h)}</th>" for h in blk.header)
                + "</tr>"
                + "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in blk.rows)
                + "</table>"
            )
    if doc.sigs:
        lbl = "Ondertekening" if portal.lang == "nl" else "Signatures"
        main.append(f"<h2>{lbl}</h2><table class='sig'><tr>")
        for s in doc.sigs:
            dl = "Datum" if portal.lang == "nl" else "Date"
            main.append(
                f"<td><b>{_e(s.role)}</b><br>{_e(s.name)}<br>{_e(s.function)}<br>{dl}: {_e(s.date)}"
                + ("<br>(digitaal akkoord)" if portal.layout != "uwv" else "")
                + "</td>"
            )
        main.append("</tr></table>")
    if side:
        side_html = (
            "<div class='side'>"
            + "".join(f"<div class='k'>{_e(k)}</div><div class='v'>{_e(v)}</div>" for k, v in side)
            + "</div>"
        )
        parts.append(f"<div class='cols'>{side_html}<div class='main'>{''.join(main)}</div></div>")
    else:
        parts += main
    parts.append("</body></html>")
    return "".join(parts)


def _kv_html(items: list[tuple[str, str]], kind: str) -> str:
    if kind == "grid":
        rows = []
        for i in range(0, len(items), 2):
            cells = "".join(f"<td class='l'>{_e(k)}</td><td>{_e(v)}</td>" for k, v in items[i : i + 2])
            if len(items[i : i + 2]) == 1:
                cells += "<td class='l'></td><td></td>"
            rows.append(f"<tr>{cells}</tr>")
        return "<table class='grid'>" + "".join(rows) + "</table>"
    return (
        "<table class='form'>"
        + "".join(f"<tr><td class='l'>{_e(k)}</td><td>{_e(v).replace(chr(10), '<br>')}</td></tr>" for k, v in items)
        + "</table>"
    )


def write_portal_pdf(
    path: Path,
    doc: Doc,
    portal: Portal,
    *,
    crumbs: list[str],
    printed: str,
    side: list[tuple[str, str]] | None = None,
    active_tab: str = "",
    raw_html: str | None = None,
) -> Path:
    import weasyprint

    html = raw_html or portal_html(doc, portal, crumbs=crumbs, printed=printed, side=side, active_tab=active_tab)
    path.parent.mkdir(parents=True, exist_ok=True)
    weasyprint.HTML(string=html, base_url=str(HERE)).write_pdf(str(path))
    return path


# =============================================================================================
# producer 3: fpdf2 with core fonts, own letter layout
# =============================================================================================

_LATIN = {
    "–": "-",
    "—": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "€": "EUR",
    "•": "-",
    "…": "...",
    "›": ">",
    "ı": "i",
    "ş": "s",
    "ğ": "g",
    "é": "é",
}


def latin(s: str) -> str:
    s = "".join(_LATIN.get(c, c) for c in s)
    return s.encode("latin-1", "replace").decode("latin-1")


@dataclass
class LetterStyle:
    key: str
    font: str = "helvetica"  # helvetica | times | courier
    logo: str = ""  # big word at the top left
    color: tuple[int, int, int] = (0, 0, 0)
    footer: str = ""
    producer: str = ""
    refs_right: bool = True  # reference block right of the address, or below it
    size: float = 10.5


def write_fpdf_letter(path: Path, doc: Doc, ls: LetterStyle, *, created: dt.datetime) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(created.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    pdf.set_producer(ls.producer or "fpdf")
    pdf.set_creator(ls.producer or "fpdf")
    pdf.set_auto_page_break(True, 22)
    pdf.set_margins(22, 18, 20)
    footer = ls.footer

    def _footer(self=pdf):
        self.set_y(-15)
        self.set_font(ls.font, "", 7.5)
        self.set_text_color(90, 90, 90)
        txt = latin(footer) + ("   " if footer else "") + f"{self.page_no()}/{{nb}}"
        self.cell(0, 5, txt, align="C")
        self.set_text_color(0, 0, 0)

    pdf.footer = _footer  # type: ignore[method-assign]
    pdf.alias_nb_pages()
    pdf.add_page()
    fs = ls.size
    L = doc.letter
    # letterhead
    if ls.logo:
        pdf.set_font(ls.font, "B", 20)
        pdf.set_text_color(*ls.color)
        pdf.cell(0, 9, latin(ls.logo), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    if L:
        pdf.set_font(ls.font, "", 8)
        for ln in L.sender:
            pdf.cell(0, 3.8, latin(ln), new_x="LMARGIN", new_y="NEXT")
        # window address at 50 mm
        pdf.set_y(max(pdf.get_y() + 4, 50))
        y0 = pdf.get_y()
        pdf.set_font(ls.font, "", fs)
        for ln in L.recipient:
            pdf.cell(85, 5, latin(ln), new_x="LMARGIN", new_y="NEXT")
        y_after = pdf.get_y()
        if L.refs:
            if ls.refs_right:
                pdf.set_xy(125, y0)
                for k, v in L.refs:
                    pdf.set_x(125)
                    pdf.set_font(ls.font, "", 7.5)
                    pdf.cell(0, 3.6, latin(k), new_x="LMARGIN", new_y="NEXT")
                    pdf.set_x(125)
                    pdf.set_font(ls.font, "", 9)
                    pdf.cell(0, 4.6, latin(v), new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(max(pdf.get_y(), y_after) + 8)
            else:
                pdf.set_y(y_after + 8)
                pdf.set_font(ls.font, "", 8.5)
                w = 170 / max(1, len(L.refs))
                for k, _ in L.refs:
                    pdf.cell(w, 4, latin(k))
                pdf.ln(4)
                pdf.set_font(ls.font, "", 9.5)
                for _, v in L.refs:
                    pdf.cell(w, 5, latin(v))
                pdf.ln(9)
        else:
            pdf.set_y(y_after + 8)
        pdf.set_font(ls.font, "", fs)
        if L.place_date:
            pdf.cell(0, 5, latin(L.place_date), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.set_font(ls.font, "B", fs)
        lbl = "Betreft: " if doc.lang == "nl" else "Re: "
        pdf.multi_cell(0, 5, latin(lbl + L.subject), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font(ls.font, "", fs)
        if L.salutation:
            pdf.cell(0, 5, latin(L.salutation), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    for ln in doc.pre:
        pdf.set_font(ls.font, "", fs)
        pdf.cell(0, 5, latin(ln), new_x="LMARGIN", new_y="NEXT")
    if doc.title:
        pdf.set_font(ls.font, "B", fs + 5)
        pdf.multi_cell(0, 8, latin(doc.title), new_x="LMARGIN", new_y="NEXT")
    if doc.sub:
        pdf.set_font(ls.font, "I", fs)
        pdf.multi_cell(0, 5, latin(doc.sub), new_x="LMARGIN", new_y="NEXT")
    if doc.title or doc.sub:
        pdf.ln(2)

    def kv(items: list[tuple[str, str]]) -> None:
        for k, v in items:
            pdf.set_font(ls.font, "", fs - 1)
            pdf.cell(55, 5, latin(k))
            pdf.multi_cell(0, 5, latin(v), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    kv(doc.meta)
    for blk in doc.body:
        if isinstance(blk, H):
            pdf.ln(1)
            pdf.set_font(ls.font, "B", fs)
            pdf.multi_cell(0, 5.5, latin(blk.text), new_x="LMARGIN", new_y="NEXT")
        elif isinstance(blk, P):
            pdf.set_font(ls.font, "", fs)
            pdf.multi_cell(0, 5, latin(blk.text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif isinstance(blk, B):
            pdf.set_font(ls.font, "", fs)
            for it in blk.items:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(0, 5, latin("- " + it), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(blk, KV):
            kv(blk.items)
        elif isinstance(blk, T):
            pdf.set_font(ls.font, "", fs - 1.5)
            widths = blk.widths or [168 / len(blk.header)] * len(blk.header)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.6, first_row_as_headings=True) as table:
                for r in [blk.header, *blk.rows]:
                    row = table.row()
                    for c in r:
                        row.cell(latin(c))
            pdf.ln(2)
    if L and L.closing:
        pdf.ln(3)
        pdf.set_font(ls.font, "", fs)
        for i, ln in enumerate(L.closing):
            pdf.cell(0, 5, latin(ln), new_x="LMARGIN", new_y="NEXT")
            if i == 0:
                pdf.ln(9)
    for s in doc.sigs:
        pdf.ln(4)
        pdf.set_font(ls.font, "B", fs)
        pdf.cell(0, 5, latin(s.role), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(ls.font, "", fs)
        pdf.cell(0, 5, latin(s.name + (f", {s.function}" if s.function else "")), new_x="LMARGIN", new_y="NEXT")
        if s.date:
            pdf.cell(0, 5, latin((s.place + ", " if s.place else "") + s.date), new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


# =============================================================================================
# producer 4: scans and photos made from the PDFs above
# =============================================================================================


def rasterise(pdf_path: Path, dpi: int) -> list:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        pages.append(img)
    pdf.close()
    return pages


def sig_spots(
    pdf_path: Path, page: int = -1, needles: tuple[str, ...] = ("Handtekening", "Signature", "………")
) -> list[tuple[float, float]]:
    """Where a pen would sign: just below each 'Handtekening:' / 'Signature:' / dotted line on a page."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    pg = pdf[page if page >= 0 else len(pdf) + page]
    w, h = pg.get_width(), pg.get_height()
    tp = pg.get_textpage()
    spots = []
    for needle in needles:
        search = tp.search(needle, match_case=False)
        while True:
            occ = search.get_next()
            if not occ:
                break
            left, bottom, _right, _top = tp.get_charbox(occ[0])
            spots.append((left / w + 0.01, 1 - bottom / h + 0.004))
        if spots:
            break
    pdf.close()
    return spots


def scribble(img, rng: random.Random, box: tuple[int, int, int, int], width: int = 3) -> None:
    """A handwritten-looking signature squiggle."""
    from PIL import ImageDraw

    x0, y0, x1, y1 = box
    draw = ImageDraw.Draw(img)
    pts = []
    x = x0
    while x < x1:
        pts.append((x, rng.randint(y0, y1)))
        x += rng.randint(6, 18)
    draw.line(pts, fill=25, width=width, joint="curve")


def seeded_noise(size: tuple[int, int], sigma: float, rng: random.Random):
    """Grey noise centred on 128 (PIL's effect_noise cannot be seeded)."""
    from PIL import Image

    rnd = random.Random(rng.random())
    w, h = size
    data = bytes(max(0, min(255, int(128 + rnd.gauss(0, sigma)))) for _ in range(w * h))
    return Image.frombytes("L", size, data)


def degrade(
    img, rng: random.Random, *, skew: float, contrast: float, noise: float, blur: float, bitonal: bool, dpi: int
):
    from PIL import Image, ImageFilter

    W, H = img.size
    # light grey paper, toner not quite black (low contrast) -> map 0..255 to lo..hi
    lo = int(255 * (1 - contrast) * 0.9)
    hi = 244 - rng.randint(0, 12)
    img = img.point(lambda v: lo + (hi - lo) * v // 255)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        nimg = seeded_noise((W // 4, H // 4), 40 * noise, rng).resize((W, H), Image.BILINEAR)
        img = Image.blend(img, nimg, 0.10 * noise)
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=hi)
    # a grey scanner edge on one side
    edge = Image.new("L", (int(W * 0.012), H), 70)
    img.paste(edge, (0, 0))
    if bitonal:
        thr = (lo + hi) // 2 + 8
        img = img.point(lambda v: 255 if v > thr else 0).convert("1")
    return img


def write_scan(
    path: Path,
    src_pdf: Path,
    *,
    dpi: int = 150,
    skew: float = 0.8,
    contrast: float = 0.75,
    noise: float = 0.4,
    blur: float = 0.6,
    bitonal: bool = False,
    quality: int = 38,
    signatures: list[tuple[float, float]] | str | None = None,
    producer: str = "KONICA MINOLTA bizhub C300i",
    created: dt.datetime,
    pages: list[int] | None = None,
    stamp: str | None = None,
) -> Path:
    """An image-only PDF made by rasterising a PDF and degrading it like an office MFP would.

    ``signatures``: (x, y) as fractions of page 1... for squiggles on the last page.
    ``stamp``: a received-stamp text ("ONTVANGEN 12 JUN 2025") printed at an angle on page 1.
    """
    import img2pdf
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed_of(path.name, "scan"))
    imgs = rasterise(src_pdf, dpi)
    if signatures == "auto":
        signatures = sig_spots(src_pdf)
    if pages is not None:
        imgs = [imgs[i] for i in pages]
    blobs = []
    for i, img in enumerate(imgs):
        W, H = img.size
        if signatures and i == len(imgs) - 1:
            for fx, fy in signatures:
                scribble(
                    img,
                    rng,
                    (int(fx * W), int(fy * H), int(fx * W + 0.2 * W), int(fy * H + 0.03 * H)),
                    width=max(2, dpi // 60),
                )
        if stamp and i == 0:
            font = ImageFont.truetype(str(FONTS / "NimbusSans-Bold.otf"), int(dpi * 0.16))
            layer = Image.new("L", (int(W * 0.42), int(H * 0.05)), 0)
            dr = ImageDraw.Draw(layer)
            dr.rectangle([2, 2, layer.size[0] - 3, layer.size[1] - 3], outline=255, width=max(2, dpi // 75))
            dr.text((int(dpi * 0.12), int(dpi * 0.07)), stamp, fill=255, font=font)
            layer = layer.rotate(7, expand=True)
            ink = Image.new("L", layer.size, 90)
            img.paste(ink, (int(W * 0.52), int(H * 0.045)), layer)
        sk = skew + rng.uniform(-0.25, 0.25) * i
        out = degrade(img, rng, skew=sk, contrast=contrast, noise=noise, blur=blur, bitonal=bitonal, dpi=dpi)
        buf = io.BytesIO()
        if bitonal:
            out.save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
        else:
            out.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
        blobs.append(buf.getvalue())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        img2pdf.convert(
            blobs,
            producer=producer,
            creator=producer,
            creationdate=created,
            moddate=created,
            engine=img2pdf.Engine.internal,
        )
    )
    return path


def write_photo(
    path: Path,
    src_pdf: Path,
    *,
    taken: dt.datetime,
    orientation: int = 1,
    make: str = "Apple",
    model: str = "iPhone 12",
    tilt: float = 0.05,
    light: float = 0.35,
    width: int = 1400,
    quality: int = 68,
    signatures: list[tuple[float, float]] | str | None = None,
    page: int = 0,
    crop_bottom: float = 0.0,
    exif: bool = True,
) -> Path:
    """A phone photo of a printed page lying on a desk: perspective, shadow gradient, colour cast, EXIF."""
    from PIL import Image, ImageChops, ImageFilter

    rng = random.Random(seed_of(path.name, "photo"))
    page_img = rasterise(src_pdf, 150)[page]
    if signatures == "auto":
        signatures = sig_spots(src_pdf, page=page)
    if signatures:
        W0, H0 = page_img.size
        for fx, fy in signatures:
            scribble(page_img, rng, (int(fx * W0), int(fy * H0), int(fx * W0 + 0.2 * W0), int(fy * H0 + 0.03 * H0)), 2)
    if crop_bottom:
        page_img = page_img.crop((0, 0, page_img.size[0], int(page_img.size[1] * (1 - crop_bottom))))
    pg = Image.merge(
        "RGB",
        [
            page_img.point(lambda v: int(v * 0.97)),
            page_img.point(lambda v: int(v * 0.95)),
            page_img.point(lambda v: int(v * 0.86)),
        ],
    )
    pw, ph = pg.size
    W, H = int(pw * 1.16), int(ph * 1.12)
    bg = Image.new("RGB", (W, H), (rng.randint(95, 130), rng.randint(92, 112), rng.randint(88, 100)))
    tex = seeded_noise((W // 8, H // 8), 18, rng).resize((W, H), Image.BILINEAR)
    bg = ImageChops.add(bg, Image.merge("RGB", [tex] * 3), scale=1.0, offset=-128)
    # where the page's corners land in the photo (top edge further away -> narrower)
    j = lambda: rng.uniform(-0.012, 0.012)  # noqa: E731
    quad = [
        ((0.07 + tilt + j()) * W, (0.05 + j()) * H),
        ((0.93 - tilt + j()) * W, (0.06 + j()) * H),
        ((0.96 + j()) * W, (0.965 + j()) * H),
        ((0.04 + j()) * W, (0.955 + j()) * H),
    ]
    corners = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _persp(corners, quad)
    warped = pg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    bg.paste(warped, (0, 0), mask)
    # uneven light: smooth gradient across the frame
    gv = Image.linear_gradient("L").resize((W, H))
    gh = gv.transpose(Image.ROTATE_90).resize((W, H))
    if rng.random() < 0.5:
        gv = gv.transpose(Image.FLIP_TOP_BOTTOM)
    grad = Image.blend(gv, gh, 0.5)
    shade = grad.point(lambda v: int(255 - light * (255 - v)))
    bg = ImageChops.multiply(bg, Image.merge("RGB", [shade] * 3))
    bg = bg.filter(ImageFilter.GaussianBlur(0.6))
    img = bg.resize((width, int(H * width / W)), Image.LANCZOS)
    if orientation == 6:
        img = img.transpose(Image.ROTATE_90)
    elif orientation == 3:
        img = img.transpose(Image.ROTATE_180)
    ex = Image.Exif()
    ex[0x010F] = make
    ex[0x0110] = model
    ex[0x0112] = orientation
    ex[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    ifd = ex.get_ifd(0x8769)
    ifd[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
    ifd[0x9004] = taken.strftime("%Y:%m:%d %H:%M:%S")
    path.parent.mkdir(parents=True, exist_ok=True)
    if exif:
        img.save(path, "JPEG", quality=quality, exif=ex.tobytes())
    else:  # messengers strip the metadata
        img.save(path, "JPEG", quality=quality)
    return path


def _persp(src, dst):
    """Coefficients for PIL's PERSPECTIVE transform mapping output points (dst) to input points (src)."""
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=False):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    n = 8
    M = [[*row[:], rhs] for row, rhs in zip(A, b, strict=False)]
    for col in range(n):  # Gauss-Jordan with partial pivoting
        piv = max(range(col, n), key=lambda r: abs(M[r][col]))
        M[col], M[piv] = M[piv], M[col]
        pv = M[col][col]
        M[col] = [v / pv for v in M[col]]
        for r in range(n):
            if r != col and M[r][col]:
                f = M[r][col]
                M[r] = [a - f * b2 for a, b2 in zip(M[r], M[col], strict=False)]
    return [M[i][n] for i in range(n)]


# ---- docgen's public writers (for two documents only)


def docgen_blocks(doc: Doc):
    import docgen as dg

    blocks: list = []
    if doc.letter:
        for ln in doc.letter.recipient:
            blocks.append(dg.Para(ln))
        blocks.append(dg.Para(doc.letter.place_date))
        blocks.append(dg.Para(("Betreft: " if doc.lang == "nl" else "Re: ") + doc.letter.subject))
        if doc.letter.salutation:
            blocks.append(dg.Para(doc.letter.salutation))
    for ln in doc.pre:
        blocks.append(dg.Para(ln))
    if doc.title:
        blocks.append(dg.Title(doc.title, sub=doc.sub))
    if doc.meta:
        blocks.append(dg.Fields(list(doc.meta)))
    for blk in doc.body:
        if isinstance(blk, H):
            blocks.append(dg.Heading(blk.text))
        elif isinstance(blk, P):
            blocks.append(dg.Para(blk.text))
        elif isinstance(blk, B):
            blocks.append(dg.Bullets(list(blk.items)))
        elif isinstance(blk, T):
            blocks.append(dg.Table(list(blk.header), [list(r) for r in blk.rows]))
        elif isinstance(blk, KV):
            blocks.append(dg.Fields(list(blk.items)))
    if doc.letter and doc.letter.closing:
        for ln in doc.letter.closing:
            blocks.append(dg.Para(ln))
    if doc.sigs:
        blocks.append(dg.Signatures([dg.Sig(s.role, s.name, s.function, s.date) for s in doc.sigs]))
    return blocks


def docgen_style(key: str, org: str, lines: tuple[str, ...], font: str = "serif"):
    import docgen as dg

    return dg.Style(key=key, org=org, org_lines=lines, font=font, letterhead="left", accent=(40, 40, 40))


# =============================================================================================
# producer 5: e-mail
# =============================================================================================


def _boundary(tag: str) -> str:
    return "----=_NextPart_" + hashlib.sha1(tag.encode()).hexdigest()[:24].upper()


def html_body(text: str) -> str:
    paras = "".join(f"<p class=MsoNormal>{_e(ln) or '&nbsp;'}</p>" for ln in text.split("\n"))
    return (
        "<html><head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
        "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri,sans-serif}</style></head>"
        f"<body lang=NL><div class=WordSection1>{paras}</div></body></html>"
    )


def build_mail(
    headers: dict[str, str],
    text: str,
    attachments: list[tuple[str, bytes | Message, str]] | None = None,
    *,
    tag: str,
    calendar: str | None = None,
) -> Message:
    """An Outlook-like message: multipart/alternative (plain + html [+ calendar]) inside multipart/mixed."""
    alt = MIMEMultipart("alternative", boundary=_boundary(tag + "alt"))
    alt.attach(MIMEText(text, "plain", "utf-8"))
    alt.attach(MIMEText(html_body(text), "html", "utf-8"))
    if calendar:
        cal = MIMEText(calendar, "calendar", "utf-8")
        cal.set_param("method", "REQUEST")
        alt.attach(cal)
    if attachments:
        msg: Message = MIMEMultipart("mixed", boundary=_boundary(tag + "mix"))
        msg.attach(alt)
        for name, data, mime in attachments:
            if isinstance(data, Message):
                part: Message = MIMEMessage(data)
                part.add_header("Content-Disposition", "attachment", filename=name)
            else:
                maintype, subtype = mime.split("/", 1)
                if maintype == "application":
                    part = MIMEApplication(data, _subtype=subtype, name=name)
                else:
                    part = MIMEBase(maintype, subtype, name=name)
                    part.set_payload(data)
                    from email import encoders

                    encoders.encode_base64(part)
                part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
    else:
        msg = alt
    from email.header import Header

    for k, v in headers.items():
        msg[k] = v if v.isascii() else Header(v, "utf-8")
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    return msg


def write_mail(path: Path, msg: Message) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n")))
    return path


def mdate(d: dt.date, hh: int = 9, mm: int = 41) -> str:
    return format_datetime(
        dt.datetime(
            d.year, d.month, d.day, hh, mm, 17, tzinfo=dt.timezone(dt.timedelta(hours=2 if 4 <= d.month <= 10 else 1))
        )
    )


MIME = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".jpg": "image/jpeg",
}


# =============================================================================================
# case facts
# =============================================================================================


@dataclass
class Case:
    key: str
    d0: dt.date
    emp: str  # full name
    initials: str  # "S. Wijnberg"
    g: str  # v | m
    born: dt.date
    bsn: str
    job: str
    hours: str
    in_dienst: dt.date
    employer: str
    employer_lines: tuple[str, ...]
    place: str
    aard: str
    lhnr: str
    ba: str  # bedrijfsarts name
    big: str
    arbo: str
    arbo_lines: tuple[str, ...]
    cm: str
    cm_func: str
    mgr: str
    mgr_func: str
    rib: str
    coach: str
    ad: str
    ad_org: str
    verzuimnr: str
    emp_addr: tuple[str, ...]
    ds: str = "num"  # date style of the employer's documents
    t: dict = field(default_factory=dict)

    @property
    def wn(self) -> str:
        return "werkneemster" if self.g == "v" else "werknemer"

    @property
    def hij(self) -> str:
        return "zij" if self.g == "v" else "hij"

    @property
    def Hij(self) -> str:
        return self.hij.capitalize()

    @property
    def zijn(self) -> str:
        return "haar" if self.g == "v" else "zijn"

    @property
    def mw(self) -> str:
        return "mevrouw" if self.g == "v" else "de heer"

    @property
    def formal(self) -> str:
        return f"{self.mw} {self.initials}"

    @property
    def last(self) -> str:
        return self.initials.split(". ")[-1]

    def f(self, d: dt.date, style: str | None = None) -> str:
        return fd(d, style or self.ds)


def emp_meta(
    c: Case,
    style: str | None = None,
    *,
    born: bool = True,
    bsn_kind: str = "plain",
    job: bool = True,
    d0: bool = True,
    en: bool = False,
) -> list[tuple[str, str]]:
    s = style or c.ds
    if en:
        out = [("Employee", c.emp), ("BSN", bsn_fmt(c.bsn, bsn_kind))]
        if born:
            out.append(("Date of birth", fd(c.born, "en")))
        if job:
            out.append(("Position", c.job))
        out.append(("Employer", c.employer))
        if d0:
            out.append(("First day of sickness", fd(c.d0, "en")))
        return out
    out = [("Naam werknemer", c.emp), ("BSN", bsn_fmt(c.bsn, bsn_kind))]
    if born:
        out.append(("Geboortedatum", fd(c.born, s)))
    if job:
        out.append(("Functie", f"{c.job} ({c.hours})"))
    out.append(("Werkgever", c.employer))
    if d0:
        out.append(("Eerste ziektedag", fd(c.d0, s)))
    return out


# =============================================================================================
# content: one function per document type (Dutch; a few in English for the expat case)
# =============================================================================================


def pa(
    c: Case,
    d: dt.date,
    spreekuur: dt.date,
    *,
    title: str = "Probleemanalyse",
    sub: str = "",
    ds: str | None = None,
    letter: Letter | None = None,
    meta: bool = True,
) -> Doc:
    s = ds or c.ds
    t = c.t
    body = [
        H("Aanleiding"),
        P(
            f"Op {fd(spreekuur, s)} heb ik {c.formal} op mijn spreekuur gezien. {c.Hij} is sinds {fd(c.d0, s)} "
            f"arbeidsongeschikt voor {c.zijn} werk als {c.job.lower()}. Omdat er sprake is van dreigend langdurig "
            f"verzuim, stel ik deze probleemanalyse op in het kader van de Wet verbetering poortwachter."
        ),
        H("Beperkingen en mogelijkheden"),
        P(t["pa_beperkt"]),
        B(t["pa_beperkingen"]),
        P(t["pa_mogelijk"]),
        H("Prognose"),
        P(t["pa_prognose"]),
        H("Advies aan werkgever en werknemer"),
        B(t["pa_advies"]),
        P(
            "Ik adviseer werkgever en werknemer om binnen twee weken na deze probleemanalyse samen een plan van "
            "aanpak op te stellen en daarin de casemanager en de evaluatiemomenten vast te leggen."
        ),
        H("Vervolg"),
        P(
            t.get(
                "pa_vervolg",
                "Ik zie werknemer over zes weken terug op het spreekuur. Eerder contact is mogelijk "
                "als de situatie daarom vraagt.",
            )
        ),
        P(
            "Deze rapportage bevat geen medische gegevens. Werknemer heeft de inhoud voor verzending met mij "
            "besproken en kreeg een afschrift."
        ),
    ]
    m = []
    if meta:
        m = [*emp_meta(c, s), ("Datum spreekuur", fd(spreekuur, s)), ("Datum rapportage", fd(d, s))]
    return Doc(title, sub, m, body, [Sig("Bedrijfsarts", c.ba, f"bedrijfsarts, BIG {c.big}", fd(d, s))], letter)


def bij_pa(
    c: Case,
    d: dt.date,
    spreekuur: dt.date,
    *,
    title: str = "Bijstelling probleemanalyse",
    sub: str = "",
    ds: str | None = None,
    pa_date: dt.date | None = None,
    letter: Letter | None = None,
) -> Doc:
    s = ds or c.ds
    t = c.t
    body = [
        H("Reden van bijstelling"),
        P(
            t["bij_reden"]
            + (
                f" Daarom stel ik de probleemanalyse van {fd(pa_date, s)} bij."
                if pa_date
                else " Daarom stel ik de eerdere probleemanalyse bij."
            )
        ),
        H("Gewijzigde belastbaarheid"),
        P(t["bij_belastbaar"]),
        B(t["bij_beperkingen"]),
        H("Prognose"),
        P(t["bij_prognose"]),
        H("Advies"),
        B(t["bij_advies"]),
        P("Ik adviseer werkgever en werknemer het plan van aanpak op deze bijstelling aan te passen."),
    ]
    m = [*emp_meta(c, s, born=False), ("Datum consult", fd(spreekuur, s)), ("Datum", fd(d, s))]
    return Doc(title, sub, m, body, [Sig("Bedrijfsarts", c.ba, "bedrijfsarts", fd(d, s))], letter)


def pva(
    c: Case,
    d: dt.date,
    pa_date: dt.date,
    *,
    title: str = "Plan van aanpak",
    sub: str = "",
    ds: str | None = None,
    acts: list[list[str]] | None = None,
) -> Doc:
    s = ds or c.ds
    t = c.t
    m = [
        *emp_meta(c, s),
        ("Casemanager", f"{c.cm}, {c.cm_func}"),
        ("Bedrijfsarts", f"{c.ba}, {c.arbo}"),
        ("Datum probleemanalyse", fd(pa_date, s)),
        ("Datum plan van aanpak", fd(d, s)),
    ]
    body = [
        H("Re-integratiedoel"),
        P(t["pva_doel"]),
        H("Afspraken en activiteiten"),
        T(["Activiteit", "Wie", "Wanneer"], acts or t["pva_acts"]),
        H("Evaluatie"),
        P(
            "Werkgever en werknemer evalueren dit plan van aanpak ten minste elke zes weken. Van elke evaluatie "
            "wordt een kort verslag gemaakt. Het plan wordt bijgesteld als de bedrijfsarts de probleemanalyse "
            "bijstelt of als een evaluatie daar aanleiding toe geeft. Uiterlijk aan het einde van het eerste "
            "ziektejaar volgt de eerstejaarsevaluatie."
        ),
        H("Visie van de werkgever"),
        P(t["pva_visie_wg"]),
        H("Visie van de werknemer"),
        P(t["pva_visie_wn"]),
        P(
            "Werknemer ontvangt een afschrift van dit plan van aanpak; de casemanager stuurt een afschrift aan "
            "de bedrijfsarts."
        ),
    ]
    return Doc(
        title, sub, m, body, [Sig("Werkgever", c.cm, c.cm_func, fd(d, s)), Sig("Werknemer", c.emp, c.job, fd(d, s))]
    )


def pva_en(c: Case, d: dt.date, pa_date: dt.date) -> Doc:
    t = c.t
    m = [
        *emp_meta(c, en=True),
        ("Case manager", f"{c.cm}, {c.cm_func}"),
        ("Occupational physician", f"{c.ba}, {c.arbo}"),
        ("Date of problem analysis", fd(pa_date, "en")),
        ("Date of this plan", fd(d, "en")),
    ]
    body = [
        P(
            "This plan of action (in Dutch: plan van aanpak) is drawn up by employer and employee under the Dutch "
            "Gatekeeper Improvement Act (Wet verbetering poortwachter), following the problem analysis of the "
            "occupational physician."
        ),
        H("Return-to-work goal"),
        P(t["pva_doel_en"]),
        H("Agreed activities"),
        T(["Activity", "Who", "When"], t["pva_acts_en"]),
        H("Evaluation"),
        P(
            "Employer and employee will evaluate this plan at least every six weeks and write a short report of "
            "each evaluation. The plan will be adjusted when the occupational physician revises the problem "
            "analysis. The first-year evaluation will take place at the end of the first year of sickness."
        ),
        H("Employer's view"),
        P(t["pva_visie_wg_en"]),
        H("Employee's view"),
        P(t["pva_visie_wn_en"]),
    ]
    return Doc(
        "Plan of Action – return to work",
        "Plan van aanpak (Wet verbetering poortwachter)",
        m,
        body,
        [Sig("Employer", c.cm, c.cm_func, fd(d, "en")), Sig("Employee", c.emp, c.job, fd(d, "en"))],
        lang="en",
    )


def bij_pva(
    c: Case,
    d: dt.date,
    *,
    title: str = "Bijstelling plan van aanpak",
    sub: str = "",
    ds: str | None = None,
    reason: str | None = None,
    pva_date: dt.date | None = None,
) -> Doc:
    s = ds or c.ds
    t = c.t
    m = [*emp_meta(c, s, born=False), ("Casemanager", c.cm), ("Datum bijstelling", fd(d, s))]
    if pva_date:
        m.append(("Oorspronkelijk plan van aanpak", fd(pva_date, s)))
    body = [
        H("Aanleiding voor de bijstelling"),
        P(reason or t["bpva_reden"]),
        H("Nieuw re-integratiedoel"),
        P(t["bpva_doel"]),
        H("Gewijzigde afspraken"),
        T(["Activiteit", "Wie", "Termijn"], t["bpva_acts"]),
        H("Visie werkgever en werknemer"),
        P(t["bpva_visie"]),
        P(
            "De overige afspraken uit het plan van aanpak blijven van kracht. De volgende evaluatie staat over "
            "zes weken gepland."
        ),
    ]
    return Doc(
        title, sub, m, body, [Sig("Werkgever", c.cm, c.cm_func, fd(d, s)), Sig("Werknemer", c.emp, "", fd(d, s))]
    )


def te(
    c: Case,
    d: dt.date,
    idx: int,
    *,
    title: str = "Verslag evaluatiegesprek",
    sub: str = "",
    ds: str | None = None,
    sign: bool = True,
    nxt: dt.date | None = None,
    present: list[str] | None = None,
) -> Doc:
    s = ds or c.ds
    ev = c.t["te"][idx]
    m = [
        ("Werknemer", c.emp),
        ("BSN", c.bsn),
        ("Datum gesprek", fd(d, s)),
        ("Aanwezig", ", ".join(present or [c.emp, f"{c.mgr} ({c.mgr_func})", f"{c.cm} ({c.cm_func})"])),
    ]
    body = [
        H("Stand van zaken"),
        P(ev["stand"]),
        H("Zijn de afspraken nagekomen?"),
        P(ev["afspraken"]),
        H("Nieuwe afspraken"),
        B(ev["nieuw"]),
        H("Volgende evaluatie"),
        P(
            f"De volgende evaluatie van het plan van aanpak is gepland op {fd(nxt, s)}."
            if nxt
            else "De volgende evaluatie vindt over ongeveer zes weken plaats."
        ),
    ]
    sigs = [Sig("Werkgever", c.cm, c.cm_func, fd(d, s)), Sig("Werknemer", c.emp, "", fd(d, s))] if sign else []
    return Doc(title, sub, m, body, sigs)


def te_en(c: Case, d: dt.date, idx: int, nxt: dt.date) -> Doc:
    ev = c.t["te_en"][idx]
    m = [
        ("Employee", c.emp),
        ("BSN", c.bsn),
        ("Date of meeting", fd(d, "en")),
        ("Present", f"{c.emp}; {c.mgr} ({c.mgr_func}); {c.cm} ({c.cm_func})"),
    ]
    body = [
        H("Progress since the last meeting"),
        P(ev["stand"]),
        H("Were the agreements kept?"),
        P(ev["afspraken"]),
        H("New agreements"),
        B(ev["nieuw"]),
        H("Next evaluation"),
        P(f"The next evaluation of the plan of action is scheduled for {fd(nxt, 'en')}."),
    ]
    return Doc(
        "Progress meeting report",
        "Evaluation of the plan of action (plan van aanpak)",
        m,
        body,
        [Sig("For the employer", c.cm, c.cm_func, fd(d, "en")), Sig("Employee", c.emp, "", fd(d, "en"))],
        lang="en",
    )


def eje(c: Case, d: dt.date, *, title: str = "Eerstejaarsevaluatie", sub: str = "", ds: str | None = None) -> Doc:
    s = ds or c.ds
    t = c.t
    m = [
        *emp_meta(c, s),
        ("Casemanager", c.cm),
        ("Datum evaluatie", fd(d, s)),
        ("Verzuimduur", f"{weeks(c.d0, d)} weken"),
    ]
    body = [
        H("Terugblik op het eerste ziektejaar"),
        P(t["eje_terug"]),
        H("Belastbaarheid volgens de bedrijfsarts"),
        P(t["eje_belast"]),
        H("Beoogd re-integratieresultaat in het tweede ziektejaar"),
        P(t["eje_resultaat"]),
        H("Eerste en tweede spoor"),
        P(t["eje_spoor"]),
        H("Visie werkgever"),
        P(t["eje_visie_wg"]),
        H("Visie werknemer"),
        P(t["eje_visie_wn"]),
        H("Afspraken"),
        B(t["eje_afspraken"]),
    ]
    return Doc(
        title, sub, m, body, [Sig("Werkgever", c.cm, c.cm_func, fd(d, s)), Sig("Werknemer", c.emp, c.job, fd(d, s))]
    )


def eje_en(c: Case, d: dt.date) -> Doc:
    t = c.t
    m = [
        *emp_meta(c, en=True),
        ("Case manager", c.cm),
        ("Date of evaluation", fd(d, "en")),
        ("Duration of sickness", f"{weeks(c.d0, d)} weeks"),
    ]
    body = [
        H("Looking back on the first year of sickness"),
        P(t["eje_terug_en"]),
        H("Work capacity according to the occupational physician"),
        P(t["eje_belast_en"]),
        H("Intended result for the second year"),
        P(t["eje_resultaat_en"]),
        H("Track 1 and track 2 (spoor 1 / spoor 2)"),
        P(t["eje_spoor_en"]),
        H("Employer's view"),
        P(t["eje_visie_wg_en"]),
        H("Employee's view"),
        P(t["eje_visie_wn_en"]),
    ]
    return Doc(
        "First-year evaluation",
        "Eerstejaarsevaluatie – evaluation at the end of the first year of sickness",
        m,
        body,
        [Sig("Employer", c.cm, c.cm_func, fd(d, "en")), Sig("Employee", c.emp, "", fd(d, "en"))],
        lang="en",
    )


def ao(
    c: Case,
    d: dt.date,
    spreekuur: dt.date,
    *,
    title: str = "Actueel oordeel",
    sub: str = "",
    ds: str | None = None,
    letter: Letter | None = None,
    meta: bool = True,
) -> Doc:
    s = ds or c.ds
    t = c.t
    body = [
        H("Aanleiding"),
        P(
            f"{c.formal.capitalize()} is sinds {fd(c.d0, s)} arbeidsongeschikt en bereidt de WIA-aanvraag voor. "
            f"Op {fd(spreekuur, s)} heb ik {'haar' if c.g == 'v' else 'hem'} gesproken. "
            "Dit actueel oordeel is bedoeld voor het re-integratieverslag en bevat geen medische gegevens."
        ),
        H("Verloop van de arbeidsongeschiktheid"),
        P(t["ao_verloop"]),
        H("Huidige functionele mogelijkheden en beperkingen"),
        P(t["ao_belast"]),
        B(t["ao_beperkingen"]),
        H("Passende arbeid bij de werkgever"),
        P(t["ao_passend"]),
        H("Kwaliteit van de arbeidsrelatie"),
        P(t["ao_relatie"]),
        H("Prognose"),
        P(t["ao_prognose"]),
    ]
    m = ([*emp_meta(c, s), ("Datum spreekuur", fd(spreekuur, s)), ("Datum", fd(d, s))]) if meta else []
    return Doc(title, sub, m, body, [Sig("Bedrijfsarts", c.ba, f"bedrijfsarts, BIG {c.big}", fd(d, s))], letter)


def ev(
    c: Case, d: dt.date, ao_date: dt.date, *, title: str = "Eindevaluatie", sub: str = "", ds: str | None = None
) -> Doc:
    s = ds or c.ds
    t = c.t
    m = [
        *emp_meta(c, s),
        ("Datum in dienst", fd(c.in_dienst, s)),
        ("Casemanager", c.cm),
        ("Datum actueel oordeel", fd(ao_date, s)),
        ("Datum eindevaluatie", fd(d, s)),
    ]
    body = [
        H("Aard van het bedrijf"),
        P(c.aard),
        H("Terugblik op twee jaar re-integratie"),
        P(t["ev_terug"]),
        H("Stand van zaken bij de WIA-aanvraag"),
        P(t["ev_stand"]),
        H("Kwaliteit van de arbeidsrelatie"),
        P(t["ev_relatie"]),
        H("Passende arbeid bij de werkgever"),
        P(t["ev_passend"]),
        H("Oordeel van de werknemer"),
        P("Werknemer geeft een eigen oordeel over het re-integratieverslag in een apart document."),
    ]
    return Doc(
        title, sub, m, body, [Sig("Werkgever", c.cm, c.cm_func, fd(d, s)), Sig("Werknemer", c.emp, "", fd(d, s))]
    )


def ow(
    c: Case, d: dt.date, *, title: str | None = "Oordeel werknemer", ds: str | None = None, letter: bool = False
) -> Doc:
    s = ds or "long"
    t = c.t
    body = [P(x) for x in t["ow"]]
    pre = [] if letter else [f"{c.place}, {fd(d, s)}"]
    if letter:
        L = Letter(
            sender=[c.emp, *list(c.emp_addr)],
            recipient=[c.employer, f"t.a.v. {c.cm}", *list(c.employer_lines)],
            place_date=f"{c.emp_addr[-1].split(' ', 2)[-1]}, {fd(d, s)}",
            subject="mijn oordeel over het re-integratieverslag",
            salutation=f"Beste {c.cm.split()[0]},",
            closing=["Met vriendelijke groet,", c.emp],
        )
        return Doc(title, "", [("BSN", c.bsn)], body, [], L)
    return Doc(title, "", [("Naam", c.emp), ("BSN", c.bsn)], body, [Sig("Werknemer", c.emp, "", fd(d, s))], pre=pre)


def ow_en(c: Case, d: dt.date) -> Doc:
    body = [P(x) for x in c.t["ow_en"]]
    return Doc(
        "Employee's view on the re-integration report",
        "Oordeel werknemer",
        [("Name", c.emp), ("BSN", c.bsn), ("Date", fd(d, "en"))],
        body,
        [Sig("Employee", c.emp, "", fd(d, "en"))],
        lang="en",
    )


def izp(c: Case, d: dt.date, *, title: str = "Inzetbaarheidsprofiel", sub: str = "", ds: str | None = None) -> Doc:
    s = ds or c.ds
    rows = c.t["izp"]
    m = [*emp_meta(c, s, born=False), ("Opgesteld door", f"{c.ba}, bedrijfsarts"), ("Datum", fd(d, s))]
    body = [
        P(
            "Dit inzetbaarheidsprofiel beschrijft de functionele mogelijkheden en beperkingen van werknemer op "
            "de genoemde datum. Waar niets is vermeld, is werknemer niet beperkt (normaalwaarde)."
        ),
        T(["Rubriek", "Aspect", "Beoordeling"], rows),
        P(c.t["izp_toelichting"]),
    ]
    return Doc(title, sub, m, body, [Sig("Bedrijfsarts", c.ba, f"BIG {c.big}", fd(d, s))])


def ad_report(
    c: Case,
    d: dt.date,
    onderzoek: dt.date,
    *,
    title: str = "Rapportage arbeidsdeskundig onderzoek",
    sub: str = "",
    ds: str | None = None,
) -> Doc:
    s = ds or c.ds
    t = c.t
    m = [
        *emp_meta(c, s),
        ("Opdrachtgever", c.employer),
        ("Arbeidsdeskundige", f"{c.ad}, {c.ad_org}"),
        ("Datum onderzoek", fd(onderzoek, s)),
        ("Datum rapportage", fd(d, s)),
    ]
    body = [
        H("Vraagstelling"),
        P(
            "Werkgever vraagt of werknemer het eigen werk, al dan niet aangepast, kan hervatten, welke andere "
            "functies binnen de organisatie passend zijn en of een tweede spoor traject nodig is."
        ),
        H("Werkwijze"),
        P(
            f"Ik sprak op {fd(onderzoek, s)} met werknemer en met de leidinggevende en de casemanager. Ik bestudeerde "
            "het re-integratiedossier en de belastbaarheid die de bedrijfsarts heeft vastgesteld."
        ),
        H("Functiebelasting en belastbaarheid"),
        P(t["ad_functie"]),
        T(["Aspect", "Functiebelasting", "Belastbaarheid", "Passend?"], t["ad_tabel"]),
        H("Analyse"),
        P(t["ad_analyse"]),
        H("Conclusie"),
        P(t["ad_conclusie"]),
        H("Advies"),
        B(t["ad_advies"]),
    ]
    return Doc(title, sub, m, body, [Sig("Arbeidsdeskundige", c.ad, "register-arbeidsdeskundige", fd(d, s))])


def traject(
    c: Case,
    d: dt.date,
    intake: dt.date,
    *,
    title: str = "Trajectplan tweede spoor",
    sub: str = "",
    ds: str | None = None,
) -> Doc:
    s = ds or c.ds
    t = c.t
    m = [
        ("Kandidaat", c.emp),
        ("BSN", c.bsn),
        ("Opdrachtgever", c.employer),
        ("Re-integratiebureau", c.rib),
        ("Loopbaancoach", c.coach),
        ("Datum intake", fd(intake, s)),
        ("Datum trajectplan", fd(d, s)),
        ("Trajectduur", "9 maanden"),
    ]
    body = [
        H("Intake"),
        P(t["tp_intake"]),
        H("Persoonsprofiel"),
        P(t["tp_profiel"]),
        H("Zoekprofiel"),
        B(t["tp_zoek"]),
        H("Activiteiten"),
        T(["Fase", "Activiteit", "Periode"], t["tp_acts"]),
        H("Rapportage"),
        P("Wij rapporteren elke drie maanden over de voortgang en sluiten af met een eindrapportage."),
    ]
    return Doc(
        title, sub, m, body, [Sig("Loopbaancoach", c.coach, c.rib, fd(d, s)), Sig("Kandidaat", c.emp, "", fd(d, s))]
    )


def voortgang(
    c: Case,
    d: dt.date,
    p0: dt.date,
    p1: dt.date,
    idx: int,
    *,
    title: str = "Voortgangsrapportage tweede spoor",
    sub: str = "",
    ds: str | None = None,
) -> Doc:
    s = ds or c.ds
    v = c.t["vg"][idx]
    m = [
        ("Kandidaat", c.emp),
        ("BSN", c.bsn),
        ("Opdrachtgever", c.employer),
        ("Rapportageperiode", f"{fd(p0, s)} t/m {fd(p1, s)}"),
        ("Datum rapportage", fd(d, s)),
        ("Coach", c.coach),
    ]
    body = [
        H("Activiteiten in deze periode"),
        P(v["act"]),
        T(["Datum", "Organisatie", "Functie", "Status"], v["soll"]),
        H("Netwerkgesprekken"),
        P(v["netwerk"]),
        H("Inzet van de kandidaat"),
        P(v["inzet"]),
        H("Vervolg"),
        B(v["vervolg"]),
    ]
    return Doc(title, sub, m, body, [Sig("Re-integratiebureau", c.coach, c.rib, fd(d, s))])


def eind2(
    c: Case,
    d: dt.date,
    start: dt.date,
    *,
    title: str = "Eindrapportage tweede spoor",
    sub: str = "",
    ds: str | None = None,
) -> Doc:
    s = ds or c.ds
    t = c.t
    m = [
        ("Kandidaat", c.emp),
        ("BSN", c.bsn),
        ("Opdrachtgever", c.employer),
        ("Trajectperiode", f"{fd(start, s)} t/m {fd(d, s)}"),
        ("Datum", fd(d, s)),
        ("Coach", c.coach),
    ]
    body = [
        H("Resultaat van het traject"),
        P(t["er_resultaat"]),
        H("Overzicht van de inspanningen"),
        T(["Onderdeel", "Aantal"], t["er_tabel"]),
        H("Afsluiting en advies"),
        P(t["er_advies"]),
    ]
    return Doc(title, sub, m, body, [Sig("Re-integratiebureau", c.coach, c.rib, fd(d, s))])


# ---- UWV documents (letters)

UWV_SENDER = ["UWV", "Postbus 58285", "1040 HG Amsterdam", "www.uwv.nl"]


def uwv_confirm(c: Case, d: dt.date, melding: dt.date, kenmerk: str) -> Doc:
    L = Letter(
        sender=UWV_SENDER,
        recipient=[c.employer, "t.a.v. de afdeling personeelszaken", *list(c.employer_lines)],
        place_date="",
        subject="Wij hebben uw ziekmelding ontvangen",
        refs=[
            ("Datum", fd(d, "long")),
            ("Ons kenmerk", kenmerk),
            ("Loonheffingennummer", c.lhnr),
            ("Telefoon", "088 - 898 92 95"),
        ],
        salutation="Geachte heer, mevrouw,",
        closing=["Met vriendelijke groet,", "UWV Werkgevers"],
    )
    body = [
        P(
            f"Op {fd(melding, 'long')} heeft u uw werknemer {c.formal}, burgerservicenummer {c.bsn}, bij ons "
            f"ziek gemeld. Uw werknemer is ziek sinds {fd(c.d0, 'long')}. In deze brief bevestigen wij deze "
            "ziekmelding (42e-weeksmelding)."
        ),
        H("Wat moet u nu doen?"),
        P(
            "U blijft verantwoordelijk voor de re-integratie van uw werknemer. Aan het einde van het eerste "
            "ziektejaar maakt u samen met uw werknemer de eerstejaarsevaluatie. Uw werknemer krijgt van ons een "
            "brief met informatie over het vervolg."
        ),
        H("Wat gebeurt er daarna?"),
        P(
            "Na ongeveer 88 weken ziekte krijgt uw werknemer een brief over het aanvragen van een WIA-uitkering. "
            "U stelt dan samen het re-integratieverslag op."
        ),
    ]
    return Doc(None, "", [], body, [], L)


def uwv_wia(c: Case, d: dt.date, kenmerk: str, *, to_employee: bool = False) -> Doc:
    end = c.d0 + dt.timedelta(days=727)
    if to_employee:
        rec = [c.formal.replace("mevrouw", "Mevrouw").replace("de heer", "De heer"), *list(c.emp_addr)]
        sal = f"Geachte {c.mw} {c.last},"
        first = (
            f"U bent sinds {fd(c.d0, 'long')} ziek. Uw wachttijd van 104 weken eindigt op "
            f"{fd(end, 'long')}. Misschien heeft u daarna recht op een WIA-uitkering. In deze brief leest u "
            "wat u moet doen."
        )
    else:
        rec = [c.employer, "t.a.v. de afdeling personeelszaken", *list(c.employer_lines)]
        sal = "Geachte heer, mevrouw,"
        first = (
            f"Uw werknemer {c.formal} (BSN {c.bsn}) is sinds {fd(c.d0, 'long')} ziek. De wachttijd van 104 "
            f"weken eindigt op {fd(end, 'long')}. Wij hebben uw werknemer geschreven dat hij of zij een "
            "WIA-uitkering kan aanvragen."
        )
    L = Letter(
        sender=UWV_SENDER,
        recipient=rec,
        place_date="",
        subject="Aanvragen WIA-uitkering",
        refs=[("Datum", fd(d, "long")), ("Ons kenmerk", kenmerk), ("Burgerservicenummer", c.bsn)],
        salutation=sal,
        closing=["Met vriendelijke groet,", "UWV"],
    )
    body = [
        P(first),
        H("Wanneer vraagt u de WIA-uitkering aan?"),
        P(
            f"De aanvraag moet uiterlijk {fd(end - dt.timedelta(days=77), 'long')} bij ons binnen zijn. Dat is 11 "
            "weken voor het einde van de wachttijd. U kunt de uitkering aanvragen via Mijn UWV."
        ),
        H("Het re-integratieverslag"),
        P(
            "Bij de aanvraag hoort het re-integratieverslag. De werkgever stelt dit op samen met de werknemer en "
            "stuurt het binnen één dag na de aanvraag naar ons. Daarin zitten onder meer de probleemanalyse, het "
            "plan van aanpak, de eerstejaarsevaluatie, het actueel oordeel, de eindevaluatie en het oordeel van de "
            "werknemer. De medische informatie stuurt de werknemer zelf in een gesloten envelop."
        ),
        H("Vragen?"),
        P("Kijk op uwv.nl of bel ons. Houd uw burgerservicenummer bij de hand."),
    ]
    return Doc(None, "", [], body, [], L)


def uwv_do(
    c: Case,
    d: dt.date,
    aanvraag: dt.date,
    kenmerk: str,
    *,
    vraag: str,
    oordeel: list[str],
    conclusie: str,
    requester: str = "werkgever",
) -> Doc:
    rec = (
        ([c.employer, f"t.a.v. {c.cm}", *list(c.employer_lines)])
        if requester == "werkgever"
        else ([c.formal.replace("de heer", "De heer").replace("mevrouw", "Mevrouw"), *list(c.emp_addr)])
    )
    L = Letter(
        sender=UWV_SENDER,
        recipient=rec,
        place_date="",
        subject="Uw aanvraag om een deskundigenoordeel",
        refs=[
            ("Datum", fd(d, "long")),
            ("Ons kenmerk", kenmerk),
            ("Werknemer", c.formal),
            ("Burgerservicenummer", c.bsn),
        ],
        salutation="Geachte heer, mevrouw," if requester == "werkgever" else f"Geachte {c.mw} {c.last},",
        closing=[
            "Met vriendelijke groet,",
            "namens UWV,",
            "L. Brandenburg, arbeidsdeskundige",
            "W. Oudshoorn, verzekeringsarts",
        ],
    )
    body = [
        P(
            f"Op {fd(aanvraag, 'long')} heeft de {requester} ons gevraagd om een deskundigenoordeel. In deze brief "
            "leest u ons oordeel."
        ),
        H("Uw vraag"),
        P(vraag),
        H("Ons oordeel"),
        *[P(x) for x in oordeel],
        H("Conclusie"),
        P(conclusie),
        H("Wat betekent dit deskundigenoordeel?"),
        P(
            "Een deskundigenoordeel is een advies. Werkgever en werknemer kunnen het gebruiken om afspraken te "
            "maken. Bent u het er niet mee eens, dan kunt u de kantonrechter vragen om een uitspraak. Bij de "
            "beoordeling van het re-integratieverslag kijken wij opnieuw naar de re-integratie-inspanningen."
        ),
    ]
    return Doc("Deskundigenoordeel", "", [], body, [], L)


def uwv_portal_melding(c: Case, d: dt.date, kenmerk: str, *, ds: str = "num") -> Doc:
    m = [
        ("Soort melding", "Ziekmelding langdurig zieke werknemer (42e week)"),
        ("Kenmerk", kenmerk),
        ("Datum verzonden", f"{fd(d, ds)} 10:42"),
        ("Loonheffingennummer", c.lhnr),
        ("Naam werkgever", c.employer),
    ]
    body = [
        P("Uw melding is verzonden. Bewaar dit overzicht bij uw administratie."),
        H("Gegevens werknemer"),
        KV([("Burgerservicenummer", c.bsn), ("Naam", c.emp), ("Geboortedatum", fd(c.born, ds))]),
        H("Gegevens ziekte"),
        KV(
            [
                ("Eerste ziektedag", fd(c.d0, ds)),
                ("Is de werknemer (gedeeltelijk) hersteld?", "Nee"),
                ("Werkt de werknemer gedeeltelijk?", c.t.get("zm_werkt", "Nee")),
                ("Is er sprake van een vangnetsituatie?", "Nee"),
                ("Is er een verhaalbare derde (regres)?", "Nee"),
            ]
        ),
        H("Contactpersoon"),
        KV([("Naam", c.cm), ("Telefoon", "0" + str(310000000 + seed_of(c.key) % 9999999)), ("E-mail", c.t["cm_mail"])]),
    ]
    return Doc("Ziekmelding langdurig zieke werknemer", "Aangifte van langdurige ziekte bij UWV", m, body)


# =============================================================================================
# build context
# =============================================================================================


class Ctx:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.office = Office(work)
        self.labels: list[dict[str, str]] = []
        self.later: list = []
        self.n = 0

    def tmp(self, name: str) -> Path:
        self.n += 1
        p = self.work / "tmp" / f"{self.n:03d}_{name}"
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def label(self, path: str, typ: str, date: dt.date | None, note: str) -> None:
        self.labels.append(
            {"path": path, "type": typ, "date": date.isoformat() if date else "", "split": "holdout", "note": note}
        )


def stamp_dt(d: dt.date, hh: int = 10, mm: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hh, mm, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def naive(d: dt.date, hh: int = 10, mm: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hh, mm, 0)


def invoice(
    lines: list[tuple[str, str, str]],
    *,
    org: str,
    org_lines: list[str],
    to: list[str],
    nr: str,
    d: dt.date,
    debiteur: str,
    vat: float = 0.21,
    note: str = "",
) -> Doc:
    rows = []
    total = 0.0
    for desc, qty, price in lines:
        amount = float(qty) * float(price)
        total += amount
        rows.append(
            [
                desc,
                qty,
                f"€ {float(price):,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                f"€ {amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
            ]
        )

    def eur(x: float) -> str:
        return f"€ {x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")

    L = Letter(
        sender=[org, *org_lines],
        recipient=to,
        place_date="",
        subject=f"Factuur {nr}",
        refs=[
            ("Factuurnummer", nr),
            ("Factuurdatum", fd(d, "num")),
            ("Debiteurnummer", debiteur),
            ("Vervaldatum", fd(d + dt.timedelta(days=30), "num")),
        ],
    )
    body = [
        T(["Omschrijving", "Aantal", "Tarief", "Bedrag"], rows, widths=[98, 18, 26, 26]),
        KV(
            [
                ("Subtotaal", eur(total)),
                (f"Btw {int(vat * 100)}%", eur(total * vat)),
                ("Totaal te betalen", eur(total * (1 + vat))),
            ]
        ),
        P("Wij verzoeken u het bedrag binnen 30 dagen over te maken onder vermelding van het factuurnummer. " + note),
    ]
    return Doc("FACTUUR", "", [], body, [], L)


# =============================================================================================
# case 1: Zorggroep Lindehof — arbodienst portal exports (WeasyPrint), HR in Word via LibreOffice
# =============================================================================================


def case_lindehof(ctx: Ctx, rng: random.Random) -> None:
    K = "lindehof-zorg"
    c = Case(
        key=K,
        d0=D("2023-09-11"),
        emp="Sanne Wijnberg",
        initials="S. Wijnberg",
        g="v",
        born=D("1986-04-22"),
        bsn=new_bsn(rng),
        job="Wijkverpleegkundige",
        hours="28 uur per week",
        in_dienst=D("2014-02-01"),
        employer="Stichting Zorggroep Lindehof",
        employer_lines=("Bosrandweg 14", "7731 RT Lindeveen"),
        place="Lindeveen",
        aard="Stichting Zorggroep Lindehof biedt ouderenzorg in de regio Lindeveen: drie verpleeghuizen, "
        "wijkverpleging vanuit zes wijkteams en dagbesteding. Er werken ongeveer 900 medewerkers, van wie "
        "ruim 180 in de wijkverpleging.",
        lhnr="812345671L01",
        ba="drs. R.P. Kalsbeek",
        big="59031276401",
        arbo="Arbo Vitaal Midden",
        arbo_lines=("Stationsplein 8", "7741 AA Lindeveen"),
        cm="Ingrid Molenaar",
        cm_func="HR-adviseur / casemanager",
        mgr="Petra van Wijk",
        mgr_func="teamleider wijkteam Lindeveen-Noord",
        rib="Loopbaanhuis Kiem",
        coach="Joost Terpstra",
        ad="E.M. Veldkamp",
        ad_org="Veldkamp Arbeidsdeskundig Advies",
        verzuimnr="VM-2023-088417",
        emp_addr=("Klaverweide 27", "7735 GH Lindeveen"),
        ds="num",
    )
    c.t = dict(
        cm_mail="i.molenaar@zorggroeplindehof.example",
        pa_beperkt="Werkneemster heeft psychische klachten die passen bij langdurige overbelasting. Haar energie "
        "en concentratie zijn sterk verminderd. Zij is op dit moment beperkt in:",
        pa_beperkingen=[
            "werk met hoge tijdsdruk en veel onverwachte gebeurtenissen",
            "het omgaan met emotioneel belastende situaties (conflicten, zware cliëntsituaties)",
            "zelfstandig beslissingen nemen onder druk en verantwoordelijkheid voor anderen dragen",
            "avond-, nacht- en weekenddiensten; maximaal 2 uur per dag, 3 dagen per week",
        ],
        pa_mogelijk="Zij kan rustige, overzichtelijke taken doen in een voorspelbare omgeving, met ruimte voor "
        "pauzes, bijvoorbeeld administratieve taken of het meedenken over de planning van het wijkteam.",
        pa_prognose="Ik verwacht dat werkneemster haar eigen werk binnen drie tot zes maanden geleidelijk weer kan "
        "oppakken, mits de belasting stap voor stap wordt opgebouwd en de werkdruk in het team "
        "bespreekbaar wordt gemaakt. De begeleiding door de behandelaar loopt.",
        pa_advies=[
            "start met 2 × 2 uur per week op kantoor, zonder cliëntcontact, en bouw elke drie weken op",
            "maak met de teamleider afspraken over een vast aanspreekpunt en het afschermen van werkdruk",
            "bespreek de werkverdeling in het wijkteam; dit speelt een rol in het ontstaan van de klachten",
            "overweeg na acht weken een gesprek met een loopbaancoach over balans en grenzen",
        ],
        bij_reden="De opbouw van uren stagneert sinds december. Werkneemster werkt 3 × 3 uur per week, maar houdt "
        "dit met moeite vol. Terugkeer in de wijkverpleging binnen de eerder genoemde termijn is niet "
        "meer realistisch.",
        bij_belastbaar="De belastbaarheid is lager dan ik in de probleemanalyse verwachtte. Werkneemster is "
        "aangewezen op werk met een vast ritme en zonder acute zorgsituaties.",
        bij_beperkingen=[
            "geen werk met acute zorgvragen, bereikbaarheidsdiensten of alleen-werken bij cliënten",
            "geen leidinggevende of coördinerende taken",
            "maximaal 4 uur per dag, 4 dagen per week, geen avond- en nachtdiensten",
        ],
        bij_prognose="Verdere verbetering is mogelijk, maar gaat langzaam. Of zij haar eigen functie volledig kan "
        "hervatten is op dit moment onzeker; ik verwacht dat eerder aangepast werk in beeld komt.",
        bij_advies=[
            "zoek binnen de zorggroep naar aangepast werk, bijvoorbeeld bij het zorgbemiddelingsbureau",
            "laat een arbeidsdeskundige meekijken als de opbouw na drie maanden niet verder komt",
            "houd de huidige opbouw aan en breid pas uit als werkneemster 4 weken stabiel is",
        ],
        pva_doel="Terugkeer in de eigen functie van wijkverpleegkundige in het wijkteam Lindeveen-Noord (spoor 1, "
        "eigen werk), voor de contractuele 28 uur. Tussendoel: binnen drie maanden 12 uur per week "
        "werkzaam in aangepaste taken zonder cliëntcontact.",
        pva_acts=[
            [
                "Opbouw 2 × 2 uur per week op kantoor (planning, registratie)",
                "Werkneemster / teamleider",
                "vanaf 30-10-2023",
            ],
            ["Elke drie weken uitbreiden met 2 uur in overleg", "Werkneemster / casemanager", "doorlopend"],
            ["Gesprek over werkverdeling in het wijkteam", "Teamleider", "november 2023"],
            ["Spreekuur bedrijfsarts", "Bedrijfsarts", "elke 6 weken"],
            ["Evaluatie plan van aanpak", "Casemanager, teamleider, werkneemster", "08-12-2023"],
        ],
        pva_visie_wg="De zorggroep wil Sanne graag behouden voor de wijkverpleging. Wij zien ruimte om haar tijdelijk "
        "taken te geven op het kantoor van het wijkteam en de werkdruk in het team te verlagen.",
        pva_visie_wn="Ik wil graag terug naar mijn eigen werk, maar ik weet dat ik rustig moet opbouwen. Het helpt "
        "mij als ik eerst zonder cliënten kan werken en een vast aanspreekpunt heb.",
        bpva_reden="De bedrijfsarts heeft op 14 februari 2024 de probleemanalyse bijgesteld: terugkeer in de eigen "
        "functie is op korte termijn niet realistisch en er wordt gezocht naar aangepast werk.",
        bpva_doel="Structureel aangepast werk binnen de zorggroep (spoor 1, ander werk bij de eigen werkgever), "
        "bij voorkeur bij het zorgbemiddelingsbureau, voor minimaal 16 uur per week.",
        bpva_acts=[
            ["Proefplaatsing zorgbemiddelingsbureau, 4 × 3 uur", "Casemanager / werkneemster", "vanaf 4 maart 2024"],
            ["Inwerken door vaste collega", "Teamleider zorgbemiddeling", "maart 2024"],
            ["Arbeidsdeskundig onderzoek aanvragen als opbouw stagneert", "Casemanager", "uiterlijk juni 2024"],
            ["Evaluatie", "Allen", "5 april 2024"],
        ],
        bpva_visie="Werkgever en werkneemster zijn het eens over de nieuwe richting. Werkneemster vindt het "
        "jammer dat de wijkverpleging voorlopig niet haalbaar is, maar ziet de proefplaatsing als kans.",
        te=[
            dict(
                stand="Werkneemster werkt sinds 30 oktober 2 × 2 uur per week op het kantoor van het wijkteam en "
                "doet planning en registratie. Dat gaat redelijk; na de werkdagen is zij wel erg moe.",
                afspraken="Ja. De opbouw is volgens plan gestart. Het gesprek over de werkverdeling in het team is "
                "gevoerd; de teamleider heeft de caseload van het team herverdeeld.",
                nieuw=[
                    "uitbreiden naar 3 × 3 uur per week vanaf 11 december",
                    "nog geen cliëntcontact; eerst stabiel worden in de huidige taken",
                    "werkneemster meldt het als de opbouw niet lukt, de casemanager belt elke twee weken",
                ],
            ),
            dict(
                stand="Werkneemster werkt sinds 4 maart op het zorgbemiddelingsbureau, 4 × 3 uur per week. Zij "
                "neemt telefoontjes aan van huisartsen en ziekenhuizen en zet de zorgvragen door. Dit werk "
                "past goed bij haar ervaring.",
                afspraken="Grotendeels. De proefplaatsing is gestart. Het inwerken kostte meer tijd dan gedacht, "
                "omdat de vaste collega twee weken afwezig was.",
                nieuw=[
                    "opbouw naar 4 × 4 uur per week vanaf 22 april",
                    "de proefplaatsing wordt verlengd tot 1 juli 2024",
                    "de casemanager vraagt een arbeidsdeskundig onderzoek aan",
                ],
            ),
        ],
        izp=[
            ["1 Persoonlijk functioneren", "Concentreren, aandacht verdelen", "beperkt: korte taken, weinig afleiding"],
            ["1 Persoonlijk functioneren", "Handelingstempo, deadlines", "beperkt: geen hoge tijdsdruk"],
            ["2 Sociaal functioneren", "Emotionele problemen van anderen hanteren", "beperkt"],
            ["2 Sociaal functioneren", "Conflicten hanteren", "beperkt"],
            ["3 Aanpassing aan fysieke omgevingseisen", "—", "normaalwaarde"],
            ["4 Dynamische handelingen", "—", "normaalwaarde"],
            ["5 Statische houdingen", "—", "normaalwaarde"],
            ["6 Werktijden", "Uren per dag / per week", "maximaal 4 uur per dag, 16 uur per week"],
            ["6 Werktijden", "Avond- en nachtdiensten", "niet belastbaar"],
        ],
        izp_toelichting="Het profiel hoort bij de bijstelling van de probleemanalyse en is opgesteld op verzoek van "
        "de arbeidsdeskundige.",
        ad_functie="De functie wijkverpleegkundige omvat indicatiestelling, complexe verpleegtechnische zorg bij "
        "cliënten thuis, coördinatie binnen het wijkteam en bereikbaarheidsdiensten. De functie vraagt "
        "veel zelfstandige beslissingen onder tijdsdruk en emotionele belasting.",
        ad_tabel=[
            ["Tijdsdruk", "hoog, dagelijks", "beperkt", "nee"],
            ["Emotionele belasting", "hoog", "beperkt", "nee"],
            ["Werktijden", "diensten, ook avond/weekend", "max. 4 u/dag, geen avond", "nee"],
            ["Verantwoordelijkheid", "hoog", "beperkt", "nee"],
            ["Fysieke belasting", "matig", "normaal", "ja"],
        ],
        ad_analyse="Werkneemster kan haar eigen functie niet hervatten: de functiebelasting op tijdsdruk, emotionele "
        "belasting en werktijden overschrijdt haar belastbaarheid ruim. De functie medewerker "
        "zorgbemiddeling (dagdiensten, telefonische intake, doorzetten van zorgvragen) past wel binnen de "
        "belastbaarheid, maar op dit moment voor maximaal 16 uur per week.",
        ad_conclusie="Eigen werk: niet passend, ook niet aangepast. Ander werk bij de eigen werkgever: passend voor "
        "16 uur per week (medewerker zorgbemiddeling). Omdat de contracturen 28 uur zijn en uitbreiding "
        "onzeker is, adviseer ik naast spoor 1 een tweede spoor traject te starten.",
        ad_advies=[
            "functie medewerker zorgbemiddeling structureel maken voor 16 uur",
            "start een tweede spoor traject bij een extern re-integratiebureau, gericht op werk buiten de "
            "zorggroep voor de resterende uren of volledig",
            "de loonwaarde in de zorgbemiddeling schat ik op 85% van het loon in die functie",
        ],
        eje_terug="Sanne is sinds 11-09-2023 ziek. Zij startte eind oktober met opbouw op het kantoor van het "
        "wijkteam. De opbouw stagneerde in januari; de bedrijfsarts stelde de probleemanalyse in februari "
        "bij. Sinds maart werkt zij op het zorgbemiddelingsbureau, nu 4 × 4 uur per week.",
        eje_belast="De bedrijfsarts ziet haar in staat tot werk in dagdiensten zonder acute zorgvragen, maximaal 4 uur "
        "per dag en 16 uur per week. Verdere uitbreiding is onzeker.",
        eje_resultaat="Structureel werk als medewerker zorgbemiddeling voor 16 uur per week, en voor de overige uren "
        "werk buiten de zorggroep via het tweede spoor. Als dat niet lukt: zo veel mogelijk uren "
        "passend werk.",
        eje_spoor="Spoor 1: de functie medewerker zorgbemiddeling wordt voor 16 uur structureel. Spoor 2: op advies "
        "van de arbeidsdeskundige start uiterlijk half september 2024 een traject bij Loopbaanhuis Kiem.",
        eje_visie_wg="De zorggroep is tevreden over de inzet van Sanne in de zorgbemiddeling en wil deze plek "
        "behouden. Wij verwachten niet dat zij op korte termijn kan terugkeren in de wijk.",
        eje_visie_wn="Ik vind het werk in de zorgbemiddeling prettig. Ik vind het moeilijk dat ik niet terug kan "
        "naar de wijk, maar ik sta open voor het tweede spoor.",
        eje_afspraken=[
            "opdracht tweede spoor aan Loopbaanhuis Kiem, start september 2024",
            "bijstelling plan van aanpak na de intake",
            "volgende evaluatie over zes weken",
        ],
        tp_intake="Op 12 september 2024 hadden wij een intakegesprek met Sanne. Zij is gemotiveerd en heeft een "
        "duidelijk beeld van haar grenzen. Zij werkt 16 uur in de zorgbemiddeling bij de eigen werkgever.",
        tp_profiel="Hbo-verpleegkundige met ruim tien jaar ervaring in de wijkverpleging. Sterk in communicatie, "
        "overzicht en het inschatten van zorgvragen. Werkt graag nauwkeurig en in een vast team.",
        tp_zoek=[
            "functies in zorgadministratie, planning en zorgbemiddeling buiten de eigen organisatie",
            "telefonische triage in dagdiensten (zonder nachtdiensten)",
            "reisafstand maximaal 30 minuten",
            "12 tot 16 uur per week naast of in plaats van het huidige werk",
        ],
        tp_acts=[
            ["Oriëntatie", "Arbeidsmarktoriëntatie, loopbaantesten, netwerkanalyse", "sep – nov 2024"],
            ["Activering", "Sollicitatietraining, cv en LinkedIn-profiel", "nov – dec 2024"],
            ["Bemiddeling", "Solliciteren, netwerkgesprekken, proefplaatsing", "jan – jun 2025"],
        ],
        vg=[
            dict(
                act="Sanne rondde de oriëntatiefase af. Zij deed twee loopbaantesten en maakte een netwerkkaart. "
                "Haar cv en LinkedIn-profiel zijn bijgewerkt. Zij reageerde op drie vacatures.",
                soll=[
                    ["14-11-2024", "Huisartsenpost Lindeveen", "Medewerker planning", "afgewezen"],
                    ["28-11-2024", "Thuiszorg Oosterveld", "Zorgplanner (16 u)", "gesprek gehad, afgewezen"],
                    ["05-12-2024", "Zorgkantoor Midden", "Medewerker zorgtoewijzing", "in behandeling"],
                ],
                netwerk="Sanne voerde vier netwerkgesprekken, onder meer met een planner van een thuiszorgorganisatie "
                "en een oud-collega bij het zorgkantoor.",
                inzet="Sanne zet zich goed in en houdt zich aan de afspraken. Zij bewaakt haar grenzen goed.",
                vervolg=[
                    "doorgaan met gerichte sollicitaties, twee per maand",
                    "verkennen van een proefplaatsing bij het zorgkantoor",
                ],
            )
        ],
        er_resultaat="Het traject heeft niet geleid tot werk buiten de zorggroep. Sanne werkt structureel 16 uur per "
        "week als medewerker zorgbemiddeling bij de eigen werkgever. Een proefplaatsing bij het "
        "zorgkantoor is na vier weken gestopt omdat de uren niet vol te houden waren naast het huidige werk.",
        er_tabel=[
            ["Sollicitaties", "11"],
            ["Sollicitatiegesprekken", "3"],
            ["Netwerkgesprekken", "9"],
            ["Coachgesprekken", "14"],
            ["Proefplaatsing", "1 (4 weken)"],
        ],
        er_advies="Wij sluiten het traject af. Verdere uitbreiding van uren is volgens de bedrijfsarts op dit moment "
        "niet mogelijk. Wij adviseren de huidige 16 uur te behouden.",
        ao_verloop="Na een moeizame start is de belastbaarheid langzaam verbeterd. Sinds het voorjaar van 2024 is "
        "zij stabiel op 16 uur per week in dagdiensten. Verdere uitbreiding lukte het afgelopen jaar niet.",
        ao_belast="Werkneemster kan werk doen in dagdiensten, met een voorspelbaar ritme en zonder acute "
        "zorgsituaties. Zij is beperkt in:",
        ao_beperkingen=[
            "hoge tijdsdruk en acute situaties",
            "emotioneel zware cliëntcontacten",
            "werktijden: maximaal 4 uur per dag en 16 uur per week, geen avond- of nachtwerk",
        ],
        ao_passend="Het werk als medewerker zorgbemiddeling voor 16 uur per week is passend. Haar eigen werk als "
        "wijkverpleegkundige is niet passend. Meer uren passend werk bij deze werkgever zie ik niet.",
        ao_relatie="De arbeidsrelatie is goed. Werkgever en werkneemster werken constructief samen.",
        ao_prognose="Ik verwacht geen wezenlijke verbetering van de belastbaarheid op korte termijn.",
        ev_terug="Sanne startte zes weken na haar ziekmelding met opbouw in aangepaste taken. Na de bijstelling van "
        "de probleemanalyse in februari 2024 kreeg zij een plek op het zorgbemiddelingsbureau. Het tweede "
        "spoor via Loopbaanhuis Kiem liep van september 2024 tot juni 2025 en leverde geen extra werk op.",
        ev_stand="Sanne werkt 16 van haar 28 contracturen als medewerker zorgbemiddeling. Zij vraagt een "
        "WIA-uitkering aan voor de resterende uren.",
        ev_relatie="Goed. Er waren in twee jaar geen conflicten; afspraken werden nagekomen.",
        ev_passend="Binnen de zorggroep is naast de huidige 16 uur geen ander passend werk beschikbaar.",
        ow=[
            "Ik heb het re-integratieverslag gelezen. Ik ben het eens met de probleemanalyse, het plan van aanpak "
            "en de eindevaluatie zoals die zijn opgesteld.",
            "Wel wil ik opmerken dat het tweede spoor pas na een jaar begon. Ik had graag eerder gehoord dat terugkeer "
            "in de wijk niet meer zou lukken.",
            "Ik ben tevreden met mijn werk in de zorgbemiddeling en wil dat graag blijven doen.",
        ],
    )
    arbo = Portal(
        "vitaal",
        "VitaalPortaal — Arbo Vitaal Midden",
        c.arbo,
        color="#0b5f6b",
        layout="sidebar",
        user="Ingelogd als: I. Molenaar (werkgever)",
        footer_extra="VitaalPortaal 4.12",
        tabs=("Dossier", "Documenten", "Afspraken", "Berichten"),
    )
    side = [
        ("Werknemer", "Wijnberg, S. (Sanne)"),
        ("BSN", c.bsn),
        ("Geboortedatum", fd(c.born, "num")),
        ("Verzuimnummer", c.verzuimnr),
        ("Eerste verzuimdag", fd(c.d0, "num")),
        ("Werkgever", "Zorggroep Lindehof"),
        ("Afdeling", "Wijkteam Lindeveen-Noord"),
        ("Bedrijfsarts", c.ba),
    ]
    crumbs = ["Home", "Werkgever Zorggroep Lindehof", "Wijnberg, S.", "Documenten"]

    def portal_doc(doc: Doc, doctype: str, d: dt.date, extra: list[tuple[str, str]]) -> Doc:
        doc.meta = [
            ("Documenttype", doctype),
            ("Datum document", fd(d, "num")),
            *extra,
            ("Opgesteld door", f"{c.ba}, bedrijfsarts"),
            ("Status", "Definitief — gedeeld met werkgever"),
        ]
        return doc

    ex = "Arbodienst export/"
    # PA
    d = D("2023-10-17")
    doc = portal_doc(pa(c, d, D("2023-10-16"), meta=False), "Probleemanalyse", d, [("Datum spreekuur", "16-10-2023")])
    write_portal_pdf(
        FILES / K / (ex + "VP_export_0001.pdf"),
        doc,
        arbo,
        crumbs=[*crumbs, "Probleemanalyse"],
        printed="30-05-2025 14:02",
        side=side,
        active_tab="Documenten",
    )
    ctx.label(
        f"{K}/{ex}VP_export_0001.pdf", "probleemanalyse", d, f"{K};weasyprint portal, sidebar;print date in footer"
    )
    # bijstelling PA — filename still says probleemanalyse
    d = D("2024-02-14")
    doc = bij_pa(c, d, D("2024-02-12"), title="Probleemanalyse (bijstelling)", pa_date=D("2023-10-17"))
    doc.meta = [
        ("Documenttype", "Probleemanalyse — bijstelling"),
        ("Datum document", fd(d, "num")),
        ("Datum spreekuur", "12-02-2024"),
        ("Opgesteld door", f"{c.ba}, bedrijfsarts"),
        ("Status", "Definitief — gedeeld met werkgever"),
    ]
    write_portal_pdf(
        FILES / K / (ex + "VP_export_0002_probleemanalyse.pdf"),
        doc,
        arbo,
        crumbs=[*crumbs, "Probleemanalyse (bijstelling)"],
        printed="30-05-2025 14:03",
        side=side,
        active_tab="Documenten",
    )
    ctx.label(
        f"{K}/{ex}VP_export_0002_probleemanalyse.pdf",
        "bijstelling_probleemanalyse",
        d,
        f"{K};weasyprint portal;file name names the old type (probleemanalyse)",
    )
    # IZP
    d = D("2024-07-10")
    doc = izp(c, d, title="Inzetbaarheidsprofiel (IZP)")
    doc.meta = [
        ("Documenttype", "Inzetbaarheidsprofiel"),
        ("Datum document", fd(d, "num")),
        ("Opgesteld door", f"{c.ba}, bedrijfsarts"),
        ("Status", "Definitief — gedeeld met werkgever"),
    ]
    write_portal_pdf(
        FILES / K / (ex + "VP_export_0003.pdf"),
        doc,
        arbo,
        crumbs=[*crumbs, "Inzetbaarheidsprofiel"],
        printed="30-05-2025 14:03",
        side=side,
        active_tab="Documenten",
    )
    ctx.label(f"{K}/{ex}VP_export_0003.pdf", "inzetbaarheidsprofiel", d, f"{K};weasyprint portal;table of rubrieken")
    # AO
    d = D("2025-05-28")
    doc = portal_doc(
        ao(c, d, D("2025-05-26"), meta=False, title="Actueel oordeel bij de probleemanalyse"),
        "Actueel oordeel",
        d,
        [("Datum spreekuur", "26-05-2025"), ("Ten behoeve van", "WIA-aanvraag / re-integratieverslag")],
    )
    write_portal_pdf(
        FILES / K / (ex + "VP_export_0004.pdf"),
        doc,
        arbo,
        crumbs=[*crumbs, "Actueel oordeel"],
        printed="30-05-2025 14:04",
        side=side,
        active_tab="Documenten",
    )
    ctx.label(f"{K}/{ex}VP_export_0004.pdf", "actueel_oordeel", d, f"{K};weasyprint portal;export printed 2 days later")
    # MI (medical) — exported by mistake with the rest
    d = D("2025-05-28")
    mi = Doc(
        "Medische informatie ten behoeve van UWV",
        "Medisch geheim — uitsluitend bestemd voor de verzekeringsarts",
        [
            ("Documenttype", "Medische informatie (RIV)"),
            ("Datum document", fd(d, "num")),
            ("Opgesteld door", f"{c.ba}, bedrijfsarts, BIG {c.big}"),
            ("Status", "Vertrouwelijk"),
        ],
        [
            H("Diagnose"),
            P(
                "Aanpassingsstoornis met depressieve kenmerken in het kader van langdurige overbelasting "
                "(burn-out), ICD-10 F43.2. Daarnaast slaapproblemen."
            ),
            H("Behandeling"),
            P(
                "Behandeling bij GZ-psycholoog (cognitieve gedragstherapie, 18 sessies, afgerond maart 2025). "
                "Medicatie: sertraline 50 mg sinds november 2023, in afbouw. Contact met huisarts over de slaap."
            ),
            H("Beloop"),
            P(
                "Langzaam herstel; bij uitbreiding boven 16 uur per week nemen uitputtingsklachten en "
                "concentratieproblemen steeds toe. Behandelaar verwacht geen verdere wezenlijke verbetering."
            ),
            H("Informatie van behandelaars"),
            P("Brief GZ-psycholoog van 3 maart 2025 (met toestemming opgevraagd) ligt in het medisch dossier."),
        ],
        [Sig("Bedrijfsarts", c.ba, f"BIG {c.big}", fd(d, "num"))],
    )
    write_portal_pdf(
        FILES / K / (ex + "VP_export_0005.pdf"),
        mi,
        arbo,
        crumbs=[*crumbs, "Medisch", "Medische informatie"],
        printed="30-05-2025 14:05",
        side=side,
        active_tab="Documenten",
    )
    ctx.label(
        f"{K}/{ex}VP_export_0005.pdf",
        "medische_informatie",
        d,
        f"{K};weasyprint portal;medical information exported with the RIV papers",
    )
    # invoice (non-RIV) via fpdf
    inv = invoice(
        [
            ("Probleemanalyse incl. advies plan van aanpak — S. Wijnberg (VM-2023-088417)", "1", "245.00"),
            ("Spreekuurconsult bedrijfsarts", "2", "118.50"),
            ("Verzuimbegeleiding casemanagement (abonnement per medewerker)", "1", "32.75"),
            ("Advies bijstelling plan van aanpak", "1", "95.00"),
        ],
        org=c.arbo,
        org_lines=[*list(c.arbo_lines), "KvK 81234567 · NL812345678B01"],
        to=[c.employer, "Crediteurenadministratie", *list(c.employer_lines)],
        nr="AVM-2023-1187",
        d=D("2023-11-30"),
        debiteur="40117",
    )
    write_fpdf_letter(
        FILES / K / (ex + "Factuur_AVM_2023-1187.pdf"),
        inv,
        LetterStyle(
            "avm",
            font="helvetica",
            logo="Arbo Vitaal",
            color=(11, 95, 107),
            footer="Arbo Vitaal Midden · IBAN NL00 BANK 0123 4567 89",
            producer="Exact Online",
        ),
        created=naive(D("2023-11-30")),
    )
    ctx.label(
        f"{K}/{ex}Factuur_AVM_2023-1187.pdf", "", None, f"{K};fpdf invoice;names probleemanalyse and plan van aanpak"
    )

    # ---- HR documents: Word via LibreOffice
    hr = House(
        "lindehof",
        "Zorggroep Lindehof",
        ("HR / Personeelszaken", "Bosrandweg 14 · 7731 RT Lindeveen"),
        font="Nimbus Sans",
        accent="6A1B4D",
        header="table",
        footer="Zorggroep Lindehof – vertrouwelijk personeelsdossier",
        author="I. Molenaar",
    )
    hr_hdr_title = House(
        "lindehof-h",
        "Zorggroep Lindehof",
        ("HR / Personeelszaken",),
        font="Nimbus Sans",
        accent="6A1B4D",
        header="table",
        title_in_header=True,
        footer="Zorggroep Lindehof – vertrouwelijk personeelsdossier",
        author="I. Molenaar",
    )
    d = D("2023-10-27")
    ctx.office.add(
        pva(c, d, D("2023-10-17"), title="Plan van aanpak re-integratie"),
        hr,
        FILES / K / "HR/PvA Sanne Wijnberg.pdf",
        "pdf",
        naive(d, 16, 5),
    )
    ctx.label(f"{K}/HR/PvA Sanne Wijnberg.pdf", "plan_van_aanpak", d, f"{K};libreoffice pdf;header table, page x of y")
    d = D("2023-12-08")
    ctx.office.add(
        te(c, d, 0, nxt=D("2024-01-19")), hr, FILES / K / "HR/Verslag evaluatie 8-12-2023.pdf", "pdf", naive(d, 15)
    )
    ctx.label(f"{K}/HR/Verslag evaluatie 8-12-2023.pdf", "tussentijdse_evaluatie", d, f"{K};libreoffice pdf;")
    d = D("2024-02-23")
    ctx.office.add(
        bij_pva(c, d, pva_date=D("2023-10-27")),
        hr_hdr_title,
        FILES / K / "HR/Bijstelling PvA februari 2024.docx",
        "docx",
        naive(d, 11),
    )
    ctx.label(
        f"{K}/HR/Bijstelling PvA februari 2024.docx",
        "bijstelling_plan_van_aanpak",
        d,
        f"{K};python-docx;title only in the page header",
    )
    d = D("2024-04-05")
    src = ctx.tmp("te2.pdf")
    ctx.office.add(te(c, d, 1, title="Evaluatie plan van aanpak", nxt=D("2024-05-17")), hr, src, "pdf", naive(d, 14))
    ctx.later.append(
        lambda src=src, d=d: write_scan(
            FILES / K / "HR/scan_20240409_1133.pdf",
            src,
            dpi=200,
            skew=-0.6,
            bitonal=True,
            contrast=0.9,
            noise=0.2,
            signatures="auto",
            created=stamp_dt(D("2024-04-09"), 11, 33),
            producer="RICOH IM C3000",
        )
    )
    ctx.label(
        f"{K}/HR/scan_20240409_1133.pdf",
        "tussentijdse_evaluatie",
        d,
        f"{K};libreoffice pdf scanned bitonal G4;signed copy, scan named by scan time",
    )
    d = D("2024-08-08")
    inv_letter = Doc(
        None,
        "",
        [],
        [
            P(
                f"Op {fd(D('2024-08-22'), 'long')} bespreken wij samen het eerste jaar van je ziekte. In dit gesprek maken "
                "we de eerstejaarsevaluatie: we kijken terug op de probleemanalyse, het plan van aanpak en de evaluaties, "
                "en spreken af welk re-integratieresultaat we in het tweede ziektejaar willen bereiken."
            ),
            P(
                "Het gesprek is om 10.00 uur op het hoofdkantoor, kamer 2.14. Aanwezig zijn Petra van Wijk, "
                "teamleider, en ik. Wil je het advies van de arbeidsdeskundige van 6 augustus 2024 vooraf lezen?"
            ),
            P("Kun je niet op deze datum, laat het mij dan weten."),
        ],
        [],
        Letter(
            sender=[],
            recipient=[c.emp, *list(c.emp_addr)],
            place_date=f"Lindeveen, {fd(d, 'long')}",
            subject="uitnodiging gesprek eerstejaarsevaluatie",
            salutation="Beste Sanne,",
            closing=["Met vriendelijke groet,", c.cm, c.cm_func],
        ),
    )
    ctx.office.add(inv_letter, hr, FILES / K / "HR/Uitnodiging eerstejaarsevaluatie.pdf", "pdf", naive(d, 9))
    ctx.label(
        f"{K}/HR/Uitnodiging eerstejaarsevaluatie.pdf",
        "",
        None,
        f"{K};libreoffice letter;invitation naming the eerstejaarsevaluatie (not one itself)",
    )
    d = D("2024-08-22")
    ctx.office.add(eje(c, d, ds="long"), hr, FILES / K / "HR/Eerstejaarsevaluatie S. Wijnberg.pdf", "pdf", naive(d, 15))
    ctx.label(
        f"{K}/HR/Eerstejaarsevaluatie S. Wijnberg.pdf", "eerstejaarsevaluatie", d, f"{K};libreoffice pdf;long dates"
    )
    d = D("2025-06-04")
    ctx.office.add(
        ev(c, d, D("2025-05-28"), title="Eindevaluatie re-integratie"),
        hr,
        FILES / K / "HR/Eindevaluatie definitief.pdf",
        "pdf",
        naive(d, 16),
    )
    ctx.label(f"{K}/HR/Eindevaluatie definitief.pdf", "eindevaluatie", d, f"{K};libreoffice pdf;")

    # ---- UWV
    uwvp = Portal(
        "uwv",
        "UWV Werkgeversportaal",
        "UWV",
        color="#00526e",
        layout="uwv",
        user="Zorggroep Lindehof · eHerkenning",
        footer_extra="werkgeversportaal.uwv.nl",
    )
    d = D("2024-06-24")
    write_portal_pdf(
        FILES / K / "UWV/Ziekmelding langdurig ziek - verzonden.pdf",
        uwv_portal_melding(c, d, "ZM-4471-2209-83"),
        uwvp,
        crumbs=["Home", "Ziekte en herstel", "Ziekmelding langdurig zieke werknemer", "Verzonden"],
        printed="24-06-2024 10:44",
    )
    ctx.label(
        f"{K}/UWV/Ziekmelding langdurig ziek - verzonden.pdf",
        "ziekmelding_uwv",
        d,
        f"{K};weasyprint portal print;42nd-week report as printed from the employer portal",
    )
    d = D("2024-07-03")
    src = ctx.tmp("uwvconf.pdf")
    write_fpdf_letter(
        src,
        uwv_confirm(c, d, D("2024-06-24"), "ZM-4471-2209-83"),
        LetterStyle("uwv", logo="UWV", color=(0, 82, 110), producer="UWV Documentservice"),
        created=naive(d),
    )
    write_scan(
        FILES / K / "UWV/scan_20240708.pdf",
        src,
        dpi=200,
        skew=1.3,
        contrast=0.55,
        noise=0.3,
        blur=0.8,
        created=stamp_dt(D("2024-07-08"), 9, 12),
        stamp="ONTVANGEN 8 JUL 2024",
        producer="RICOH IM C3000",
    )
    ctx.label(
        f"{K}/UWV/scan_20240708.pdf",
        "ziekmelding_uwv",
        d,
        f"{K};fpdf letter scanned grey, low contrast;received stamp with a later date",
    )
    d = D("2025-05-15")
    write_fpdf_letter(
        FILES / K / "UWV/Brief UWV aanvraag WIA.pdf",
        uwv_wia(c, d, "WIA-2025-118830"),
        LetterStyle("uwv", logo="UWV", color=(0, 82, 110), producer="UWV Documentservice"),
        created=naive(d),
    )
    ctx.label(f"{K}/UWV/Brief UWV aanvraag WIA.pdf", "uwv_correspondentie", d, f"{K};fpdf letter;week-88 letter")

    # ---- top level: AD report (LibreOffice, other house), Kiem (WeasyPrint), employee photo
    adh = House(
        "veldkamp",
        "Veldkamp Arbeidsdeskundig Advies",
        ("Molenstraat 3", "7722 PL Dalfsum", "info@veldkamp-ad.example"),
        font="C059",
        accent="333333",
        header="right",
        numbered_headings=True,
        meta_style="tabs",
        footer="Veldkamp Arbeidsdeskundig Advies",
        sig_style="lines",
        author="E.M. Veldkamp",
    )
    d = D("2024-08-06")
    ctx.office.add(
        ad_report(c, d, D("2024-07-24")), adh, FILES / K / "AD-rapport Veldkamp aug 2024.pdf", "pdf", naive(d, 12)
    )
    ctx.label(
        f"{K}/AD-rapport Veldkamp aug 2024.pdf",
        "arbeidsdeskundig_rapport",
        d,
        f"{K};libreoffice pdf;serif, numbered headings, tab-aligned fields",
    )
    kiem = Portal(
        "kiem",
        "Kiem Online · Loopbaanhuis Kiem",
        c.rib,
        color="#6b8e23",
        layout="plain",
        footer_extra="Loopbaanhuis Kiem · kiem.example",
    )
    d = D("2024-09-25")
    write_portal_pdf(
        FILES / K / "Kiem - trajectplan tweede spoor.pdf",
        traject(c, d, D("2024-09-12"), title="Trajectplan", sub="Re-integratie tweede spoor"),
        kiem,
        crumbs=["Kandidaten", "S. Wijnberg", "Rapporten"],
        printed="25-09-2024 16:20",
    )
    ctx.label(f"{K}/Kiem - trajectplan tweede spoor.pdf", "trajectplan_tweede_spoor", d, f"{K};weasyprint web report;")
    d = D("2024-12-13")
    write_portal_pdf(
        FILES / K / "Kiem voortgangsrapportage dec 2024.pdf",
        voortgang(c, d, D("2024-09-12"), D("2024-12-12"), 0, title="Voortgangsrapportage"),
        kiem,
        crumbs=["Kandidaten", "S. Wijnberg", "Rapporten"],
        printed="16-12-2024 08:55",
    )
    ctx.label(
        f"{K}/Kiem voortgangsrapportage dec 2024.pdf",
        "voortgangsrapportage_tweede_spoor",
        d,
        f"{K};weasyprint web report;period dates and print date",
    )
    d = D("2025-06-02")
    write_portal_pdf(
        FILES / K / "Kiem eindrapport.pdf",
        eind2(c, d, D("2024-09-12"), title="Eindrapportage"),
        kiem,
        crumbs=["Kandidaten", "S. Wijnberg", "Rapporten"],
        printed="02-06-2025 13:10",
    )
    ctx.label(f"{K}/Kiem eindrapport.pdf", "eindrapportage_tweede_spoor", d, f"{K};weasyprint web report;")
    # employee's view, typed at home (LibreOffice), printed, signed and photographed
    d = D("2025-06-10")
    home = House("sanne", "", (), font="P052", size=12, header="none", page_numbers=False, author="Sanne")
    src = ctx.tmp("ow.pdf")
    ctx.office.add(ow(c, d, title="Mijn reactie op het re-integratieverslag"), home, src, "pdf", naive(d, 20))
    ctx.later.append(
        lambda src=src: write_photo(
            FILES / K / "IMG_20250610_201533.jpg",
            src,
            taken=dt.datetime(2025, 6, 10, 20, 15, 33),
            orientation=1,
            make="Apple",
            model="iPhone 13",
            tilt=0.06,
            light=0.4,
            signatures="auto",
        )
    )
    ctx.label(
        f"{K}/IMG_20250610_201533.jpg",
        "oordeel_werknemer",
        d,
        f"{K};libreoffice page photographed (own photo);title 'Mijn reactie op het re-integratieverslag'",
    )


# =============================================================================================
# case 2: Brouwer Installatietechniek — everything scanned on the office MFP or photographed
# =============================================================================================


def case_brouwer(ctx: Ctx, rng: random.Random) -> None:
    K = "brouwer-installatie"
    c = Case(
        key=K,
        d0=D("2023-11-20"),
        emp="Dennis Kolkman",
        initials="D. Kolkman",
        g="m",
        born=D("1986-03-14"),
        bsn=new_bsn(rng),
        job="Servicemonteur warmtepompen en cv",
        hours="40 uur per week",
        in_dienst=D("2011-08-15"),
        employer="Brouwer Installatietechniek B.V.",
        employer_lines=("Ambachtsweg 31", "8251 PK Westerzand"),
        place="Westerzand",
        aard="Brouwer Installatietechniek B.V. is een installatiebedrijf voor cv-ketels, warmtepompen, ventilatie en "
        "sanitair. Klanten zijn particulieren en twee woningcorporaties. Het bedrijf heeft 55 medewerkers, van "
        "wie 38 monteurs in de buitendienst; op kantoor werken planners, werkvoorbereiders en administratie.",
        lhnr="854120339L01",
        ba="M.A. Oosterbaan",
        big="79043318701",
        arbo="Arbopraktijk Het Baken",
        arbo_lines=("Havenkade 3", "8261 AB Westerzand", "tel. 0525 - 44 12 90"),
        cm="Gert Brouwer",
        cm_func="directeur-eigenaar, casemanager",
        mgr="Wim Hoekstra",
        mgr_func="chef buitendienst",
        rib="Werkwijs Oost",
        coach="Samira El Idrissi",
        ad="R. Kamphuis",
        ad_org="Kamphuis Arbeidsdeskundig Advies",
        verzuimnr="HB-23-0412",
        emp_addr=("Zwanebloem 8", "8253 VT Westerzand"),
        ds="num1",
    )
    c.t = dict(
        cm_mail="gert@brouwer-installatie.example",
        zm_werkt="Ja, 16 uur per week in aangepast werk",
        pa_beperkt="Werknemer heeft rugklachten met uitstraling naar het linkerbeen. Hij is aangewezen op "
        "licht fysiek werk en is op dit moment beperkt in:",
        pa_beperkingen=[
            "tillen en dragen: niet meer dan 5 kg, niet frequent",
            "bukken, knielen, werken op de knieën en in gedraaide houding (kruipruimtes, zolders)",
            "langdurig staan en lopen; zitten maximaal 30 minuten aaneen, daarna wisselen van houding",
            "autorijden: maximaal 30 minuten aaneen",
        ],
        pa_mogelijk="Hij kan licht administratief werk en werk met afwisseling van zitten, staan en lopen doen, "
        "zoals meewerken bij de planning of de werkvoorbereiding, starten met 3 × 3 uur per week.",
        pa_prognose="Er is een behandeltraject gestart. Ik verwacht dat herstel enkele maanden gaat duren. Of "
        "werknemer zijn eigen werk als monteur volledig kan hervatten is nu nog niet te zeggen. "
        "Er is sprake van dreigend langdurig verzuim.",
        pa_advies=[
            "start met aangepast werk op kantoor: planning en werkvoorbereiding, 3 × 3 uur per week",
            "geen rijden naar klanten en geen werk in de buitendienst tot nader advies",
            "zorg voor een werkplek met een goede, verstelbare stoel en een sta-bureau",
            "bouw de uren in overleg elke twee weken op",
        ],
        pa_vervolg="Vervolgconsult over vier weken, of eerder na het gesprek met de behandelend specialist.",
        pva_doel="Terugkeer in de eigen functie van servicemonteur (spoor 1) als het herstel dat toelaat. Tot die "
        "tijd aangepast werk op kantoor bij de planning en de werkvoorbereiding, met opbouw naar 24 uur "
        "per week binnen drie maanden.",
        pva_acts=[
            ["Aangepast werk planning / werkvoorbereiding, 3 × 3 uur", "Dennis / Wim Hoekstra", "vanaf 8-1-2024"],
            ["Opbouw uren, elke 2 weken", "Dennis / Gert Brouwer", "januari – maart 2024"],
            ["Verstelbare stoel en sta-bureau regelen", "Anja (kantoor)", "voor 8-1-2024"],
            ["Consult bedrijfsarts", "M.A. Oosterbaan", "januari 2024"],
            ["Evaluatie", "Gert Brouwer / Dennis", "15-2-2024"],
        ],
        pva_visie_wg="We willen Dennis graag terug als monteur, hij is een van onze ervaren mensen. Op kantoor is "
        "voldoende werk om tijdelijk mee te helpen.",
        pva_visie_wn="Ik wil zo snel mogelijk weer de bus in, maar ik snap dat het eerst op kantoor moet.",
        te=[
            dict(
                stand="Dennis werkt sinds 8 januari op kantoor bij de planning, nu 3 × 4 uur. Hij helpt met het "
                "inplannen van onderhoudsbeurten en het bellen van klanten. Zitten gaat met pauzes redelijk.",
                afspraken="Ja. Stoel en sta-bureau zijn er. De opbouw ging iets langzamer dan gepland vanwege pijn "
                "na de eerste week.",
                nieuw=[
                    "opbouw naar 4 × 4 uur per week",
                    "Dennis gaat een dag mee met de werkvoorbereider",
                    "volgende evaluatie begin april",
                ],
            ),
            dict(
                stand="Dennis werkt 4 × 4 uur op kantoor. De operatie aan zijn rug is uitgesteld tot mei. Hij is "
                "geïnteresseerd in de werkvoorbereiding.",
                afspraken="Ja, de opbouw naar 16 uur is gelukt.",
                nieuw=[
                    "uren blijven 16 per week tot na de behandeling in mei",
                    "Dennis volgt een online cursus over werkvoorbereiding (betaald door de zaak)",
                    "na de behandeling nieuw consult bij de bedrijfsarts",
                ],
            ),
        ],
        izp=[
            ["4 Dynamische handelingen", "Tillen of dragen", "beperkt: max. 5 kg, niet frequent"],
            ["4 Dynamische handelingen", "Bukken / knielen / hurken", "beperkt: niet"],
            ["5 Statische houdingen", "Zitten", "beperkt: 30 minuten aaneen, dan wisselen"],
            ["5 Statische houdingen", "Gebogen en getordeerd actief zijn", "beperkt: niet"],
            ["5 Statische houdingen", "Staan", "beperkt: 30 minuten aaneen"],
            ["3 Fysieke omgevingseisen", "Trillingsbelasting", "beperkt"],
            ["6 Werktijden", "Uren per week", "16 uur, opbouw mogelijk"],
            ["1 Persoonlijk functioneren / 2 Sociaal functioneren", "—", "normaalwaarde"],
        ],
        izp_toelichting="Werknemer is wel geschikt voor werk waarin zitten, staan en lopen worden afgewisseld en "
        "waarin niet gebukt of getild hoeft te worden.",
        ad_functie="De functie servicemonteur omvat onderhoud en storingen aan cv-ketels en warmtepompen bij klanten "
        "thuis, veelal in kruipruimtes, op zolders en in krappe technische ruimtes. Er wordt regelmatig "
        "tot 25 kg getild (materiaal, binnenunits) en dagelijks 2 tot 3 uur gereden.",
        ad_tabel=[
            ["Tillen / dragen", "tot 25 kg, dagelijks", "max. 5 kg", "nee"],
            ["Bukken, knielen", "frequent", "niet", "nee"],
            ["Autorijden", "2–3 uur per dag", "max. 30 min aaneen", "nee"],
            ["Zitten (werkvoorbereiding)", "afwisselend", "30 min aaneen", "ja"],
            ["Werktijden", "40 uur", "24 uur, opbouw mogelijk", "deels"],
        ],
        ad_analyse="De belasting van het eigen werk overschrijdt de belastbaarheid op tillen, bukken, houdingen en "
        "autorijden. Het werk als werkvoorbereider (calculatie, materiaalbestellingen, planning van "
        "projecten) past wel, mits werknemer de benodigde kennis opdoet. Binnen het bedrijf is geen vaste "
        "formatieplaats voor een extra werkvoorbereider.",
        ad_conclusie="Eigen werk is niet passend, ook niet aangepast. Werkvoorbereider is passend, maar er is geen "
        "structurele plaats. Er is daarom een reëel risico dat terugkeer bij de eigen werkgever niet "
        "lukt. Ik adviseer een tweede spoor traject.",
        ad_advies=[
            "start binnen zes weken een tweede spoor traject gericht op technisch-administratief werk",
            "laat werknemer de cursus werkvoorbereiding installatietechniek afronden",
            "onderzoek of een structurele functie werkvoorbereider binnen een jaar mogelijk wordt",
            "vraag zo nodig een deskundigenoordeel bij UWV over de passendheid van het werk",
        ],
        eje_terug="Dennis is sinds 20-11-2023 ziek. Hij werkte vanaf januari op kantoor en bouwde op tot 16 uur. In "
        "mei 2024 werd hij aan zijn rug behandeld; het herstel daarna verloopt langzaam. De "
        "arbeidsdeskundige concludeerde op 10-10-2024 dat het eigen werk niet meer passend is.",
        eje_belast="Licht fysiek werk, afwisselend zitten en staan, geen tillen boven 5 kg, geen bukken of "
        "knielen, geen lange autoritten. Opbouw naar 24 uur per week is mogelijk.",
        eje_resultaat="Werk als werkvoorbereider voor 24 uur of meer, bij voorkeur bij Brouwer, anders bij een andere "
        "werkgever in de techniek.",
        eje_spoor="Spoor 1: werkvoorbereiding en planning, met de cursus werkvoorbereiding. Spoor 2 start in "
        "november 2024 bij Werkwijs Oost, omdat een vaste plek bij Brouwer niet zeker is.",
        eje_visie_wg="We houden Dennis graag binnen, maar we hebben eigenlijk maar één werkvoorbereider nodig. We "
        "willen dat hij ook buiten de zaak kansen krijgt.",
        eje_visie_wn="Ik vind het jammer dat monteren niet meer gaat. De werkvoorbereiding vind ik leuk. Ik doe mee "
        "aan het tweede spoor.",
        eje_afspraken=[
            "opdracht spoor 2 aan Werkwijs Oost",
            "bijstelling plan van aanpak in november",
            "cursus werkvoorbereiding module 1 afronden voor april 2025",
        ],
        bpva_reden="Na de eerstejaarsevaluatie van 24-10-2024 en het advies van de arbeidsdeskundige van 10-10-2024 "
        "is duidelijk dat terugkeer in het eigen werk niet meer mogelijk is.",
        bpva_doel="Passend werk als werkvoorbereider of planner in de installatietechniek, bij Brouwer (spoor 1) of "
        "bij een andere werkgever (spoor 2), voor ten minste 24 uur per week.",
        bpva_acts=[
            ["Tweede spoor traject Werkwijs Oost", "Gert Brouwer / Dennis", "start 18-11-2024"],
            ["Cursus werkvoorbereiding installatietechniek", "Dennis", "t/m maart 2025"],
            ["Werk op kantoor 4 × 5 uur", "Dennis / Wim Hoekstra", "doorlopend"],
            ["Deskundigenoordeel UWV over passend werk", "Gert Brouwer", "november 2024"],
        ],
        bpva_visie="Werkgever en werknemer zijn het eens over de nieuwe koers.",
        tp_intake="Intake op 18 november 2024 met Dennis. Hij is gemotiveerd, technisch sterk en wil in de techniek "
        "blijven werken.",
        tp_profiel="Mbo-4 installatietechniek, twaalf jaar ervaring als servicemonteur, kennis van warmtepompen. "
        "Praktisch, klantvriendelijk, leert snel. Beperkingen: geen zwaar fysiek werk.",
        tp_zoek=[
            "werkvoorbereider, planner of calculator installatietechniek",
            "technisch klantenservice / helpdesk",
            "binnendienst groothandel installatiematerialen",
            "regio Westerzand, maximaal 40 minuten reizen",
        ],
        tp_acts=[
            ["1", "Oriëntatie en zoekprofiel", "nov – dec 2024"],
            ["2", "Sollicitatietraining, cv", "jan 2025"],
            ["3", "Solliciteren en netwerken", "feb – aug 2025"],
        ],
        vg=[
            dict(
                act="Dennis maakte een nieuw cv en een LinkedIn-profiel. Hij solliciteerde op vier functies.",
                soll=[
                    ["13-1-2025", "Groothandel Vos Techniek", "Binnendienstmedewerker", "afgewezen"],
                    ["27-1-2025", "Klimaatgroep Noord", "Werkvoorbereider", "gesprek 10-2"],
                    ["10-2-2025", "Woonstichting Zandhorst", "Planner onderhoud", "afgewezen"],
                    ["21-2-2025", "Installatiebedrijf De Vries", "Calculator", "in behandeling"],
                ],
                netwerk="Drie netwerkgesprekken, onder meer met een oud-collega bij Klimaatgroep Noord.",
                inzet="Goed. Dennis komt afspraken na en is actief.",
                vervolg=["gesprek bij Klimaatgroep Noord voorbereiden", "cursus afronden in maart"],
            )
        ],
        er_resultaat="Het traject leverde geen plaatsing op. Dennis werkt nog 20 uur op kantoor bij Brouwer.",
        er_tabel=[["Sollicitaties", "14"], ["Gesprekken", "4"], ["Netwerkgesprekken", "8"], ["Coachgesprekken", "12"]],
        er_advies="Wij sluiten het traject af met het advies om de werkvoorbereiding bij Brouwer te behouden.",
        ao_verloop="Na de behandeling in mei 2024 is er langzaam herstel. De laatste maanden is de belastbaarheid "
        "stabiel.",
        ao_belast="Werknemer kan licht werk doen met afwisseling van houding, 5 uur per dag, 20 tot 24 uur per week. "
        "Hij is beperkt in:",
        ao_beperkingen=[
            "tillen boven 5 kg, bukken, knielen en werken in gedraaide houding",
            "autorijden langer dan 30 minuten",
            "werk in de buitendienst",
        ],
        ao_passend="Het eigen werk als servicemonteur is niet passend. Het werk op kantoor (werkvoorbereiding en "
        "planning) voor 20 uur per week is passend.",
        ao_relatie="De verhouding tussen werkgever en werknemer is goed.",
        ao_prognose="Geen verdere verbetering te verwachten.",
        ev_terug="Dennis werkte vanaf januari 2024 aangepast op kantoor. Na de behandeling in mei 2024 bleef het "
        "herstel beperkt. Het tweede spoor via Werkwijs Oost liep van november 2024 tot augustus 2025 en "
        "gaf geen plaatsing. UWV oordeelde in december 2024 dat het werk als werkvoorbereider passend is.",
        ev_stand="Dennis werkt 20 uur per week in de werkvoorbereiding. Hij vraagt WIA aan voor de overige uren.",
        ev_relatie="Goed.",
        ev_passend="Naast de 20 uur werkvoorbereiding is er geen passend werk bij Brouwer.",
        ow=[
            "Ik ben het eens met het verslag.",
            "Ik vind dat Gert en Wim mij goed geholpen hebben. Het tweede spoor "
            "leverde niets op, maar dat lag niet aan mij of aan de zaak.",
            "Ik wil graag blijven werken in de werkvoorbereiding.",
        ],
    )
    baken = House(
        "baken",
        "Arbopraktijk Het Baken",
        c.arbo_lines,
        font="URW Bookman",
        size=9.5,
        accent="1D3557",
        header="left",
        meta_style="lines",
        footer="Arbopraktijk Het Baken — vertrouwelijk",
        author="M.A. Oosterbaan",
    )
    brouwer = House(
        "brouwer",
        "Brouwer Installatietechniek B.V.",
        ("Ambachtsweg 31 · 8251 PK Westerzand",),
        font="Nimbus Sans",
        size=10,
        accent="C0392B",
        header="right",
        meta_style="grid4",
        footer="Brouwer Installatietechniek",
        author="Gert Brouwer",
    )
    kamphuis = House(
        "kamphuis",
        "Kamphuis Arbeidsdeskundig Advies",
        ("Postbus 77", "8000 AB Zwolsum"),
        font="Nimbus Roman",
        accent="000000",
        header="left",
        numbered_headings=True,
        footer="Rapportage arbeidsdeskundig onderzoek D. Kolkman",
        author="R. Kamphuis",
    )
    werkwijs = Portal(
        "werkwijs",
        "Werkwijs Oost · Trajectvolgsysteem",
        c.rib,
        color="#a04000",
        layout="grid",
        footer_extra="Werkwijs Oost",
        lang="nl",
    )
    uwv = LetterStyle("uwv", logo="UWV", color=(0, 82, 110), producer="UWV Documentservice")
    mfp = "KONICA MINOLTA bizhub C250i"

    def scan_lo(name: str, doc: Doc, house: House, d: dt.date, scanned: dt.date, **kw) -> None:
        src = ctx.tmp(name)
        ctx.office.add(doc, house, src, "pdf", naive(d, 14))
        ctx.later.append(
            lambda: write_scan(FILES / K / name, src, created=stamp_dt(scanned, 16, 2), producer=mfp, **kw)
        )

    d = D("2023-12-21")
    scan_lo(
        "scan_0001.pdf",
        pa(c, d, D("2023-12-19"), title="Probleemanalyse en advies"),
        baken,
        d,
        D("2024-01-05"),
        dpi=150,
        skew=1.1,
        contrast=0.7,
        bitonal=False,
        signatures="auto",
    )
    ctx.label(f"{K}/scan_0001.pdf", "probleemanalyse", d, f"{K};libreoffice pdf scanned grey;meaningless name")
    # PvA via docgen's public scan writer
    import docgen as dg

    d = D("2024-01-04")
    dg.write_scan_pdf(
        FILES / K / "scan_0002.pdf",
        docgen_blocks(pva(c, d, D("2023-12-21"), title="Plan van aanpak")),
        docgen_style(
            "brouwer9", "Brouwer Installatietechniek B.V.", ("Ambachtsweg 31, 8251 PK Westerzand",), font="sans"
        ),
        rotate_deg=-0.9,
        noise=0.35,
        jpeg_quality=40,
        dpi=150,
        producer=mfp,
    )
    ctx.label(f"{K}/scan_0002.pdf", "plan_van_aanpak", d, f"{K};docgen write_scan_pdf;meaningless name")
    d = D("2024-02-15")
    src = ctx.tmp("te1.pdf")
    ctx.office.add(
        te(c, d, 0, title="Gespreksverslag", sub="voortgang re-integratie Dennis", nxt=D("2024-04-04")),
        brouwer,
        src,
        "pdf",
        naive(d, 17),
    )
    ctx.later.append(
        lambda src=src: write_photo(
            FILES / K / "IMG_2034.jpg",
            src,
            taken=dt.datetime(2024, 2, 19, 8, 4, 51),
            make="samsung",
            model="SM-A546B",
            signatures="auto",
            light=0.3,
        )
    )
    ctx.label(
        f"{K}/IMG_2034.jpg", "tussentijdse_evaluatie", d, f"{K};libreoffice page photographed;title 'Gespreksverslag'"
    )
    d = D("2024-04-04")
    scan_lo(
        "scan_0004.pdf",
        te(c, d, 1, title="Evaluatie plan van aanpak", nxt=D("2024-05-16")),
        brouwer,
        d,
        D("2024-04-08"),
        dpi=200,
        skew=-1.6,
        contrast=0.9,
        noise=0.15,
        bitonal=True,
        signatures="auto",
    )
    ctx.label(f"{K}/scan_0004.pdf", "tussentijdse_evaluatie", d, f"{K};libreoffice pdf scanned bitonal, skewed;")
    # specialist letter (medical)
    d = D("2024-03-12")
    spec = Doc(
        None,
        "",
        [],
        [
            P(
                f"Op {fd(D('2024-03-05'), 'long')} zag ik uw patiënt op de polikliniek neurochirurgie in verband met "
                "lage rugpijn met uitstraling naar het linkerbeen sinds november 2023."
            ),
            H("Anamnese"),
            P(
                "Pijn in de onderrug met uitstraling tot in de voet links, tintelingen in de grote teen, toename bij "
                "hoesten en persen. Conservatieve behandeling met fysiotherapie gaf onvoldoende verbetering."
            ),
            H("Onderzoek"),
            P(
                "Lasègue links positief bij 40 graden. Verminderde kracht extensor hallucis longus links (MRC 4). "
                "Achillespeesreflex links verlaagd."
            ),
            H("Aanvullend onderzoek"),
            P(
                "MRI lumbale wervelkolom (27-02-2024): mediolaterale hernia nuclei pulposi L5-S1 links met compressie "
                "van de S1-wortel."
            ),
            H("Conclusie en beleid"),
            P(
                "Lumbosacraal radiculair syndroom S1 links bij HNP L5-S1. Gezien het beloop en de parese adviseren wij "
                "een microdiscectomie; patiënt staat op de wachtlijst (verwachte datum mei 2024). Tot die tijd "
                "pijnstilling: naproxen 500 mg 2 dd en pregabaline 75 mg 2 dd."
            ),
        ],
        [],
        Letter(
            sender=["Noorderhaven Ziekenhuis", "Afdeling Neurochirurgie", "Zuiderdijk 100, 8270 AA Westerzand"],
            recipient=[
                "Weledelgeleerde heer G.J. Smit, huisarts",
                "Huisartsenpraktijk De Wiek",
                "Kerkstraat 4",
                "8251 GN Westerzand",
            ],
            place_date="",
            subject=f"Dhr. D. Kolkman, geb. {fd(c.born, 'num')}, BSN {c.bsn}",
            refs=[("Datum", fd(d, "num")), ("Patiëntnummer", "4471902"), ("Datum polibezoek", "05-03-2024")],
            salutation="Geachte collega,",
            closing=["Met collegiale groet,", "dr. F.H. Lammers, neurochirurg", "cc: patiënt"],
        ),
    )
    src = ctx.tmp("spec.pdf")
    write_fpdf_letter(
        src,
        spec,
        LetterStyle(
            "nhz",
            font="times",
            logo="Noorderhaven Ziekenhuis",
            color=(20, 60, 120),
            footer="Noorderhaven Ziekenhuis · www.noorderhaven.example",
            producer="HiX Documentgenerator",
        ),
        created=naive(d),
    )
    write_scan(
        FILES / K / "scan_0005.pdf",
        src,
        dpi=200,
        skew=0.5,
        contrast=0.8,
        noise=0.3,
        created=stamp_dt(D("2024-04-08"), 16, 10),
        producer=mfp,
    )
    ctx.label(
        f"{K}/scan_0005.pdf", "medische_informatie", d, f"{K};fpdf letter scanned;neurosurgeon's letter to the GP"
    )
    d = D("2024-05-02")
    scan_lo(
        "scan_0006.pdf",
        izp(c, d, title="Inzetbaarheidsprofiel"),
        baken,
        d,
        D("2024-05-06"),
        dpi=150,
        skew=0.4,
        contrast=0.75,
        bitonal=False,
    )
    ctx.label(f"{K}/scan_0006.pdf", "inzetbaarheidsprofiel", d, f"{K};libreoffice table scanned;")
    # 42nd week: printout of the UWV portal, scanned
    d = D("2024-08-29")
    uwvp = Portal(
        "uwv",
        "UWV Werkgeversportaal",
        "UWV",
        color="#00526e",
        layout="uwv",
        user="Brouwer Installatietechniek B.V. · eHerkenning",
        footer_extra="werkgeversportaal.uwv.nl",
    )
    src = ctx.tmp("zm.pdf")
    write_portal_pdf(
        src,
        uwv_portal_melding(c, d, "ZM-5120-7734-01"),
        uwvp,
        crumbs=["Home", "Ziekte en herstel", "Ziekmelding langdurig zieke werknemer", "Verzonden"],
        printed="29-08-2024 11:58",
    )
    write_scan(
        FILES / K / "scan_0007.pdf",
        src,
        dpi=200,
        skew=0.7,
        bitonal=True,
        contrast=0.9,
        noise=0.1,
        created=stamp_dt(D("2024-09-09"), 10, 40),
        producer=mfp,
    )
    ctx.label(f"{K}/scan_0007.pdf", "ziekmelding_uwv", d, f"{K};weasyprint portal print scanned bitonal;")
    d = D("2024-09-05")
    src = ctx.tmp("zmconf.pdf")
    write_fpdf_letter(src, uwv_confirm(c, d, D("2024-08-29"), "ZM-5120-7734-01"), uwv, created=naive(d))
    write_scan(
        FILES / K / "scan_0008.pdf",
        src,
        dpi=200,
        skew=-0.4,
        bitonal=True,
        contrast=0.9,
        noise=0.1,
        created=stamp_dt(D("2024-09-09"), 10, 41),
        producer=mfp,
    )
    ctx.label(f"{K}/scan_0008.pdf", "ziekmelding_uwv", d, f"{K};fpdf UWV letter scanned bitonal;")
    d = D("2024-10-10")
    scan_lo(
        "scan_0009.pdf",
        ad_report(c, d, D("2024-09-26"), title="Arbeidsdeskundig onderzoek", sub="Rapportage spoor 1 / spoor 2"),
        kamphuis,
        d,
        D("2024-10-14"),
        dpi=200,
        skew=0.3,
        bitonal=True,
        contrast=0.9,
        noise=0.1,
    )
    ctx.label(f"{K}/scan_0009.pdf", "arbeidsdeskundig_rapport", d, f"{K};libreoffice pdf scanned bitonal, 3 pages;")
    d = D("2024-10-24")
    scan_lo(
        "scan_0010.pdf",
        eje(c, d, title="Evaluatie eerste ziektejaar"),
        brouwer,
        d,
        D("2024-10-28"),
        dpi=150,
        skew=-0.8,
        contrast=0.5,
        noise=0.4,
        blur=0.7,
        signatures="auto",
    )
    ctx.label(
        f"{K}/scan_0010.pdf",
        "eerstejaarsevaluatie",
        d,
        f"{K};libreoffice pdf scanned grey, low contrast;title 'Evaluatie eerste ziektejaar'",
    )
    d = D("2024-11-07")
    scan_lo(
        "PvA.pdf",
        bij_pva(c, d, title="Plan van aanpak – bijstelling", pva_date=D("2024-01-04")),
        brouwer,
        d,
        D("2024-11-11"),
        dpi=200,
        skew=0.9,
        bitonal=True,
        contrast=0.9,
        noise=0.1,
        signatures="auto",
    )
    ctx.label(
        f"{K}/PvA.pdf",
        "bijstelling_plan_van_aanpak",
        d,
        f"{K};libreoffice pdf scanned bitonal;named PvA.pdf but holds the bijstelling",
    )
    d = D("2024-11-28")
    src = ctx.tmp("tp.pdf")
    write_portal_pdf(
        src,
        traject(c, d, D("2024-11-18"), title="Trajectplan re-integratie 2e spoor"),
        werkwijs,
        crumbs=["Trajecten", "2024-0311 Kolkman", "Trajectplan"],
        printed="28-11-2024 15:31",
    )
    write_scan(
        FILES / K / "scan_0012.pdf",
        src,
        dpi=150,
        skew=-0.5,
        contrast=0.8,
        created=stamp_dt(D("2024-12-02"), 9),
        producer=mfp,
        signatures="auto",
    )
    ctx.label(f"{K}/scan_0012.pdf", "trajectplan_tweede_spoor", d, f"{K};weasyprint portal scanned grey;")
    d = D("2024-12-19")
    do = uwv_do(
        c,
        d,
        D("2024-11-14"),
        "DO-2024-553180",
        vraag="Is het werk als werkvoorbereider bij Brouwer Installatietechniek passend voor de heer Kolkman?",
        oordeel=[
            "De verzekeringsarts heeft de heer Kolkman op 5 december 2024 gesproken en het dossier van "
            "de bedrijfsarts bestudeerd. De beperkingen die de bedrijfsarts heeft vastgesteld zijn "
            "juist: geen zwaar tillen, geen bukken en knielen, beperkt autorijden.",
            "De arbeidsdeskundige heeft de functie werkvoorbereider bekeken. Het werk bestaat uit "
            "calculeren, materiaal bestellen en projecten plannen, grotendeels zittend met "
            "afwisseling. Deze belasting past binnen de beperkingen.",
        ],
        conclusie="Het werk als werkvoorbereider is passend voor de heer Kolkman, voor 20 tot 24 uur per week.",
    )
    src = ctx.tmp("do.pdf")
    write_fpdf_letter(src, do, uwv, created=naive(d))
    write_scan(
        FILES / K / "scan_0013.pdf",
        src,
        dpi=200,
        skew=1.2,
        bitonal=True,
        contrast=0.9,
        noise=0.1,
        created=stamp_dt(D("2024-12-23"), 8, 30),
        producer=mfp,
    )
    ctx.label(f"{K}/scan_0013.pdf", "deskundigenoordeel", d, f"{K};fpdf UWV letter scanned bitonal, 2 pages;")
    # progress report photographed with docgen's public photo writer
    d = D("2025-02-27")
    dg.write_photo_jpg(
        FILES / K / "IMG_2291.jpg",
        docgen_blocks(voortgang(c, d, D("2024-12-01"), D("2025-02-28"), 0, title="Voortgangsrapportage")),
        docgen_style("werkwijs9", "Werkwijs Oost", ("Re-integratie en loopbaanbegeleiding",), font="sans"),
        taken=dt.datetime(2025, 3, 3, 12, 40, 2),
        orientation=1,
        make="samsung",
        model="SM-A546B",
    )
    ctx.label(
        f"{K}/IMG_2291.jpg",
        "voortgangsrapportage_tweede_spoor",
        d,
        f"{K};docgen write_photo_jpg;report period ends after the report date",
    )
    # training certificate (non-RIV)
    d = D("2025-03-20")
    cert = Doc(
        "CERTIFICAAT",
        "",
        [],
        [
            P("Hierbij verklaren wij dat"),
            P(f"{c.emp}, geboren {fd(c.born, 'long')}"),
            P("met goed gevolg heeft afgerond de cursus"),
            P("Werkvoorbereiding Installatietechniek — module 1"),
            P(
                "(40 studie-uren; onderdelen: tekening lezen, calculatie, materiaalstaten, planning). De cursus werd "
                "gevolgd in het kader van zijn re-integratie (tweede spoor traject en bijstelling plan van aanpak)."
            ),
            P(f"Westerzand, {fd(d, 'long')}"),
        ],
        [Sig("Namens het opleidingsinstituut", "ing. K. Wolters", "directeur Techniek Opleidingen Oost")],
    )
    scan_lo(
        "scan_0011.pdf",
        cert,
        House("tOO", "Techniek Opleidingen Oost", (), font="URW Gothic", size=13, header="none", page_numbers=False),
        d,
        D("2025-03-24"),
        dpi=150,
        skew=0.2,
        contrast=0.8,
        bitonal=False,
    )
    ctx.label(
        f"{K}/scan_0011.pdf", "", None, f"{K};libreoffice certificate scanned;mentions tweede spoor and plan van aanpak"
    )
    d = D("2025-07-24")
    src = ctx.tmp("wia.pdf")
    write_fpdf_letter(src, uwv_wia(c, d, "WIA-2025-220417"), uwv, created=naive(d))
    write_scan(
        FILES / K / "scan_0015.pdf",
        src,
        dpi=200,
        skew=-0.3,
        bitonal=True,
        contrast=0.9,
        noise=0.1,
        created=stamp_dt(D("2025-07-28"), 9),
        producer=mfp,
    )
    ctx.label(f"{K}/scan_0015.pdf", "uwv_correspondentie", d, f"{K};fpdf UWV letter scanned bitonal;")
    d = D("2025-08-07")
    scan_lo(
        "scan_0016.pdf",
        ao(c, d, D("2025-08-05"), title="Actueel oordeel"),
        baken,
        d,
        D("2025-08-11"),
        dpi=150,
        skew=0.6,
        contrast=0.7,
        signatures="auto",
    )
    ctx.label(f"{K}/scan_0016.pdf", "actueel_oordeel", d, f"{K};libreoffice pdf scanned grey;")
    d = D("2025-08-14")
    src = ctx.tmp("er.pdf")
    write_portal_pdf(
        src,
        eind2(c, d, D("2024-11-18"), title="Eindrapportage"),
        werkwijs,
        crumbs=["Trajecten", "2024-0311 Kolkman", "Eindrapportage"],
        printed="14-08-2025 10:05",
    )
    write_scan(
        FILES / K / "scan_0017.pdf",
        src,
        dpi=200,
        skew=0.4,
        bitonal=True,
        contrast=0.9,
        noise=0.1,
        created=stamp_dt(D("2025-08-18"), 9),
        producer=mfp,
    )
    ctx.label(f"{K}/scan_0017.pdf", "eindrapportage_tweede_spoor", d, f"{K};weasyprint portal scanned bitonal;")
    d = D("2025-08-19")
    scan_lo(
        "scan_0018.pdf",
        ev(c, d, D("2025-08-07")),
        brouwer,
        d,
        D("2025-08-25"),
        dpi=200,
        skew=-0.7,
        bitonal=True,
        contrast=0.9,
        noise=0.1,
        signatures="auto",
    )
    ctx.label(f"{K}/scan_0018.pdf", "eindevaluatie", d, f"{K};libreoffice pdf scanned bitonal;")
    d = D("2025-08-25")
    src = ctx.tmp("ow.pdf")
    ctx.office.add(
        ow(c, d, title="Mijn oordeel", ds="num1"),
        House("dennis", "", (), font="Nimbus Sans", size=12, header="none", page_numbers=False),
        src,
        "pdf",
        naive(d, 19),
    )
    ctx.later.append(
        lambda src=src: write_photo(
            FILES / K / "IMG_2417.jpg",
            src,
            taken=dt.datetime(2025, 8, 25, 19, 52, 8),
            orientation=6,
            make="samsung",
            model="SM-A546B",
            signatures="auto",
            crop_bottom=0.35,
        )
    )
    ctx.label(f"{K}/IMG_2417.jpg", "oordeel_werknemer", d, f"{K};libreoffice page photographed, EXIF orientation 6;")


# =============================================================================================
# case 3: Nordlicht Logistics — expat employee, English papers, e-mail, 2nd track web reports
# =============================================================================================


def case_nordlicht(ctx: Ctx, rng: random.Random) -> None:
    K = "nordlicht-logistics"
    c = Case(
        key=K,
        d0=D("2024-01-08"),
        emp="Declan Fairweather",
        initials="D. Fairweather",
        g="m",
        born=D("1979-11-02"),
        bsn=new_bsn(rng),
        job="Senior Supply Chain Planner",
        hours="40 uur per week",
        in_dienst=D("2019-06-01"),
        employer="Nordlicht Logistics B.V.",
        employer_lines=("Kade 400", "3199 LK Havenstad"),
        place="Havenstad",
        aard="Nordlicht Logistics B.V. is een internationale logistieke dienstverlener (warehousing, zeevracht- en "
        "wegtransportcoördinatie) met ongeveer 420 medewerkers op twee locaties in Havenstad. De planning "
        "werkt in een 24/7-rooster; de voertaal op kantoor is Engels.",
        lhnr="861029114L01",
        ba="H. de Groot-Vis",
        big="39052287101",
        arbo="Arbodienst Kustlicht",
        arbo_lines=("Zeestraat 2", "3181 BD Havenstad", "www.kustlicht.example"),
        cm="Priya Ramdin",
        cm_func="HR Business Partner (casemanager)",
        mgr="Tom Verhaegen",
        mgr_func="Head of Planning",
        rib="Bridge2Work Re-integratie",
        coach="Laura Mendes",
        ad="M. Terlouw",
        ad_org="Arbeidsdeskundigen Collectief Zuidwest",
        verzuimnr="KL-24-00931",
        emp_addr=("Lange Havenstraat 71-B", "3192 AK Havenstad"),
        ds="long",
    )
    c.t = dict(
        cm_mail="p.ramdin@nordlicht-logistics.example",
        zm_werkt="Ja, 20 uur per week aangepast werk",
        pa_beperkt="Werknemer herstelt van een acute hartaandoening en volgt een hartrevalidatieprogramma. Zijn "
        "belastbaarheid is verminderd. Hij is beperkt in:",
        pa_beperkingen=[
            "werk onder hoge tijdsdruk en met piekbelasting (crisissituaties in de planning)",
            "nachtdiensten en bereikbaarheidsdiensten; geen onregelmatige werktijden",
            "werkduur: starten met 2 uur per dag, opbouw volgens het revalidatieschema",
            "zwaar fysiek werk (niet van toepassing in de eigen functie)",
        ],
        pa_mogelijk="Hij kan rustig kantoorwerk doen in dagdienst, eerst thuis en daarna op kantoor, zoals "
        "analysewerk en ondersteuning bij de weekplanning.",
        pa_prognose="De revalidatie duurt ongeveer twaalf weken. Daarna verwacht ik verdere verbetering, maar of "
        "werknemer zijn eigen functie met nachtdiensten en bereikbaarheid weer kan doen, is onzeker. "
        "Er is sprake van dreigend langdurig verzuim.",
        pa_advies=[
            "start na de eerste revalidatieweken met 2 uur per dag analysewerk in dagdienst",
            "geen nachtdiensten en geen bereikbaarheidsdienst tot nader advies",
            "bespreek met de afdeling planning welke taken zonder piekbelasting mogelijk zijn",
            "houd rekening met de taal: werknemer spreekt beperkt Nederlands; bespreek afspraken in het Engels",
        ],
        pva_doel_en="Return to the employee's own position of Senior Supply Chain Planner (track 1), in day shifts "
        "only, starting with adapted analytical tasks. Intermediate goal: 20 hours per week within "
        "three months of the start of the cardiac rehabilitation programme.",
        pva_acts_en=[
            [
                "Adapted work: weekly planning analysis, from home, 5 × 2 hours",
                "Declan / Tom Verhaegen",
                "from 4 March 2024",
            ],
            ["Build up hours after each rehabilitation phase", "Declan / Priya Ramdin", "every 3 weeks"],
            ["No night shifts or on-call duty", "Tom Verhaegen", "until further advice"],
            ["Consultation occupational physician", "H. de Groot-Vis", "every 6 weeks"],
            ["Evaluation meeting", "Priya, Tom, Declan", "11 April 2024"],
        ],
        pva_visie_wg_en="Nordlicht values Declan's experience and wants him back in the planning team. We can "
        "offer day-time analytical work for as long as needed.",
        pva_visie_wn_en="I want to get back to work, step by step. The day-time work from home is a good start. "
        "I'd like the agreements to be in English so that I fully understand them.",
        te_en=[
            dict(
                stand="Declan started on 4 March with 5 × 2 hours of analysis work from home. Since 2 April he "
                "works 5 × 3 hours, two days of which at the office. The rehabilitation programme is going "
                "well.",
                afspraken="Yes. The build-up is on schedule. The planning team has taken him off the on-call rota.",
                nieuw=[
                    "build up to 5 × 4 hours from 29 April",
                    "Declan joins the weekly planning meeting (day shift)",
                    "no night shifts until the occupational physician advises otherwise",
                ],
            )
        ],
        te=[
            dict(
                stand="Declan werkt 5 × 4 uur in dagdienst, twee dagen op kantoor. Hij doet analysewerk en de "
                "weekplanning voor twee klanten. De revalidatie is afgerond. Hij merkt dat drukke dagen met "
                "veel spoedaanvragen hem veel energie kosten.",
                afspraken="Ja. De opbouw naar 20 uur is gelukt.",
                nieuw=[
                    "opbouw naar 24 uur per week in juli",
                    "nog geen nachtdiensten; de bedrijfsarts beoordeelt dit in augustus",
                    "de casemanager vraagt in het najaar een arbeidsdeskundig onderzoek aan",
                ],
            )
        ],
        ad_functie="De functie Senior Supply Chain Planner vraagt werken in een 24/7-rooster met nachtdiensten, "
        "bereikbaarheid en het oplossen van acute verstoringen in de keten onder hoge tijdsdruk.",
        ad_tabel=[
            ["Nachtdiensten / bereikbaarheid", "ja, 1 op 4 weken", "niet", "nee"],
            ["Tijdsdruk en piekbelasting", "hoog", "beperkt", "nee"],
            ["Werkduur", "40 uur", "24 uur, 6 uur per dag", "nee"],
            ["Kantoorwerk in dagdienst", "ja", "ja", "ja"],
        ],
        ad_analyse="Werknemer kan de eigen functie niet volledig vervullen vanwege de nachtdiensten, de "
        "bereikbaarheid en de piekbelasting. Een functie in dagdienst zonder acute verstoringen past "
        "wel, bijvoorbeeld Customer Service Coordinator (24–32 uur), maar die vacature komt pas medio "
        "2025 vrij.",
        ad_conclusie="Eigen werk: niet passend. Ander werk bij de werkgever: mogelijk vanaf medio 2025. Omdat dat "
        "onzeker is, is een tweede spoor traject nodig.",
        ad_advies=[
            "start direct na de eerstejaarsevaluatie een tweede spoor traject",
            "reserveer de functie Customer Service Coordinator voor werknemer als die vrijkomt",
            "laat werknemer Nederlandse les volgen om zijn kansen op de arbeidsmarkt te vergroten",
        ],
        eje_terug_en="Declan has been ill since 8 January 2024. He started adapted work in March and built up to "
        "24 hours a week in day shifts. He completed the cardiac rehabilitation programme. The "
        "labour expert concluded on 28 November 2024 that his own job is not suitable any more.",
        eje_belast_en="Day-time office work without night shifts, on-call duty or peak pressure; at most 6 hours a "
        "day and 24 hours a week.",
        eje_resultaat_en="Suitable work for at least 24 hours a week: the position of Customer Service "
        "Coordinator at Nordlicht when it becomes vacant in mid-2025, or suitable work with "
        "another employer.",
        eje_spoor_en="Track 1: adapted planning work now, Customer Service Coordinator from mid-2025. Track 2: a "
        "second-track programme with Bridge2Work starts in January 2025.",
        eje_visie_wg_en="We are pleased with Declan's commitment. We will keep the Customer Service Coordinator "
        "position open for him, but we cannot guarantee the timing.",
        eje_visie_wn_en="I am disappointed that I cannot go back to the planning team fully, but I agree with the "
        "new goal and with the second track.",
        tp_intake="Intake op 9 januari 2025 (in het Engels). Declan is gemotiveerd en wil zijn ervaring in de "
        "logistiek blijven gebruiken.",
        tp_profiel="Bachelor Logistics Management, twintig jaar ervaring in supply chain planning in Ierland en "
        "Nederland. Analytisch sterk, ervaren met SAP en planningssystemen. Spreekt Engels, basis Nederlands.",
        tp_zoek=[
            "functies in supply chain analyse, customer service of planning in dagdienst",
            "internationale bedrijven met Engels als voertaal",
            "24 tot 32 uur per week, regio Havenstad",
        ],
        tp_acts=[
            ["1", "Oriëntatie, zoekprofiel, netwerkanalyse", "jan – feb 2025"],
            ["2", "Solliciteren (Engelstalige markt), LinkedIn", "mrt – jun 2025"],
            ["3", "Bemiddeling en nazorg", "jul – sep 2025"],
        ],
        vg=[
            dict(
                act="Declan werkte zijn LinkedIn-profiel bij en solliciteerde op vijf functies. Hij volgt "
                "Nederlandse les op niveau A2.",
                soll=[
                    ["03-03-2025", "Portline Shipping", "Supply Chain Analyst (32 u)", "afgewezen"],
                    ["18-03-2025", "Havenstad Cold Storage", "Customer Service Lead", "gesprek 2-4"],
                    ["02-04-2025", "EuroFreight Solutions", "Planner dagdienst", "afgewezen"],
                ],
                netwerk="Vier gesprekken, onder meer met een recruiter gespecialiseerd in logistiek.",
                inzet="Zeer goed.",
                vervolg=["voorbereiden tweede gesprek Havenstad Cold Storage", "doorgaan met Nederlandse les"],
            )
        ],
        er_resultaat="Declan is per 1 juni 2025 bij Nordlicht geplaatst als Customer Service Coordinator voor 24 uur "
        "per week (spoor 1). Het tweede spoor traject leverde geen plaatsing buiten Nordlicht op.",
        er_tabel=[["Sollicitaties", "12"], ["Gesprekken", "3"], ["Netwerkgesprekken", "7"], ["Coachgesprekken", "15"]],
        er_advies="Wij sluiten het traject af. Uitbreiding van uren is volgens de bedrijfsarts niet aan de orde.",
        ao_verloop="Na de revalidatie herstelde werknemer gedeeltelijk. Sinds het najaar van 2024 is de "
        "belastbaarheid stabiel.",
        ao_belast="Werknemer kan kantoorwerk in dagdienst doen, 6 uur per dag en 24 uur per week. Hij is beperkt in:",
        ao_beperkingen=[
            "nachtdiensten en bereikbaarheidsdiensten",
            "werk met hoge tijdsdruk en piekbelasting",
            "werkduur boven 24 uur per week",
        ],
        ao_passend="De functie Customer Service Coordinator (24 uur, dagdienst) is passend. De eigen functie is niet passend.",
        ao_relatie="Goed; werkgever en werknemer werken constructief samen.",
        ao_prognose="Stabiel; geen wezenlijke verbetering meer te verwachten.",
        ev_terug="Declan startte in maart 2024 met aangepast werk en bouwde op naar 24 uur in dagdienst. De "
        "arbeidsdeskundige adviseerde in november 2024 een tweede spoor; dat liep van januari tot "
        "september 2025 bij Bridge2Work. Op 1 juni 2025 kreeg Declan de functie Customer Service "
        "Coordinator voor 24 uur per week.",
        ev_stand="Declan werkt 24 van zijn 40 contracturen in een passende functie. Hij vraagt WIA aan.",
        ev_relatie="Goed.",
        ev_passend="Naast de 24 uur als Customer Service Coordinator is er geen ander passend werk.",
        ow_en=[
            "I have read the re-integration report (re-integratieverslag), which Priya went through with me in "
            "English.",
            "I agree with the problem analysis, the plan of action, the first-year evaluation and the final "
            "evaluation. I think Nordlicht has made a real effort to keep me on board.",
            "My only remark is that the Dutch-language documents were hard for me to follow at the start. The "
            "English summaries helped a lot.",
            "I agree that my current job of Customer Service Coordinator for 24 hours a week is suitable for me.",
        ],
    )
    kust = House(
        "kustlicht",
        "Arbodienst Kustlicht",
        c.arbo_lines,
        font="P052",
        size=10,
        accent="0D3B66",
        header="left",
        meta_style="table",
        footer="Arbodienst Kustlicht · vertrouwelijk",
        author="H. de Groot-Vis",
    )
    nl = House(
        "nordlicht",
        "NORDLICHT LOGISTICS",
        ("People & Culture", "Kade 400 · 3199 LK Havenstad"),
        font="URW Gothic",
        size=9.5,
        accent="005F73",
        header="table",
        meta_style="table",
        footer="Nordlicht Logistics B.V. · confidential",
        author="Priya Ramdin",
    )
    # PA as a letter from the arbodienst to the employer
    d = D("2024-02-13")
    L = Letter(
        sender=[],
        recipient=[c.employer, "t.a.v. mevrouw P. Ramdin, HR", *list(c.employer_lines)],
        place_date=f"Havenstad, {fd(d, 'long')}",
        subject="probleemanalyse de heer D. Fairweather",
        refs=[("Ons kenmerk", "KL-24-00931/PA"), ("Verzuimnummer", c.verzuimnr)],
        salutation="Geachte mevrouw Ramdin,",
        closing=["Met vriendelijke groet,", c.ba, "bedrijfsarts"],
    )
    doc = pa(c, d, D("2024-02-09"), title=None, letter=L)
    doc.sigs = []
    ctx.office.add(doc, kust, FILES / K / "Probleemanalyse D. Fairweather.pdf", "pdf", naive(d, 11))
    ctx.label(
        f"{K}/Probleemanalyse D. Fairweather.pdf",
        "probleemanalyse",
        d,
        f"{K};libreoffice letter;PA as a letter, no title, date in the place line",
    )
    d = D("2024-02-22")
    ctx.office.add(
        pva_en(c, d, D("2024-02-13")),
        nl,
        FILES / K / "Plan of Action - Declan Fairweather (signed).docx",
        "docx",
        naive(d, 16),
    )
    ctx.label(
        f"{K}/Plan of Action - Declan Fairweather (signed).docx",
        "plan_van_aanpak",
        d,
        f"{K};python-docx;in English ('Plan of Action')",
    )
    # mail whose subject names the PvA; the attachment is an evaluation
    d = D("2024-04-11")
    src = ctx.tmp("te_en.pdf")
    ctx.office.add(te_en(c, d, 0, D("2024-05-23")), nl, src, "pdf", naive(d, 17))

    def mail_te(src=src) -> None:
        body = (
            "Hi Declan,\n\nAs promised, attached is the report of our meeting on Thursday. The signed plan of "
            "action (plan van aanpak) is already in your file, so this one is just the progress report.\n\n"
            "Could you read it and let me know if anything is missing?\n\nKind regards,\nPriya Ramdin\n"
            "HR Business Partner | Nordlicht Logistics B.V.\n\n"
            "-----Original Message-----\nFrom: Declan Fairweather\nSent: 12 April 2024 08:14\n"
            "Subject: Plan van aanpak Declan - ter ondertekening\n\nHi Priya, did you already send the "
            "paperwork from yesterday? Cheers, Declan"
        )
        msg = build_mail(
            {
                "From": "Priya Ramdin <p.ramdin@nordlicht-logistics.example>",
                "To": "Declan Fairweather <d.fairweather@nordlicht-logistics.example>",
                "Subject": "RE: Plan van aanpak Declan - ter ondertekening",
                "Date": mdate(D("2024-04-15"), 9, 2),
                "Message-ID": "<c9-nl-0415@nordlicht-logistics.example>",
            },
            body,
            [("Progress meeting 11 April.pdf", src.read_bytes(), "application/pdf")],
            tag="nl-te",
        )
        write_mail(FILES / K / "mail/RE_ Plan van aanpak Declan - ter ondertekening.eml", msg)

    ctx.later.append(mail_te)
    ctx.label(
        f"{K}/mail/RE_ Plan van aanpak Declan - ter ondertekening.eml::Progress meeting 11 April.pdf",
        "tussentijdse_evaluatie",
        d,
        f"{K};libreoffice pdf in an Outlook mail;subject names the PvA, attachment is an evaluation (English)",
    )
    d = D("2024-06-06")
    ctx.office.add(
        te(c, d, 0, title="Evaluatie plan van aanpak", nxt=D("2024-07-18"), present=[c.emp, c.mgr, c.cm]),
        nl,
        FILES / K / "Evaluatie 6 juni.pdf",
        "pdf",
        naive(d, 15),
    )
    ctx.label(f"{K}/Evaluatie 6 juni.pdf", "tussentijdse_evaluatie", d, f"{K};libreoffice pdf;Dutch")
    # English cardiology letter, downloaded as "Document (4).pdf"
    d = D("2024-03-20")
    card = Doc(
        None,
        "",
        [],
        [
            P(
                f"I saw Mr Fairweather in the cardiology outpatient clinic on {fd(D('2024-03-18'), 'en')}, ten weeks after "
                "his admission."
            ),
            H("Diagnosis"),
            P(
                "Inferior ST-elevation myocardial infarction (STEMI) on 8 January 2024, treated with primary PCI and a "
                "drug-eluting stent in the right coronary artery. Residual left ventricular ejection fraction 42% on "
                "echocardiography (March 2024)."
            ),
            H("Medication"),
            P(
                "Acetylsalicylic acid 80 mg od, ticagrelor 90 mg bd (12 months), atorvastatin 80 mg od, metoprolol 50 mg "
                "od, ramipril 5 mg od."
            ),
            H("Course and plan"),
            P(
                "He is participating in the cardiac rehabilitation programme and reports fatigue and reduced exercise "
                "tolerance. Exercise test: 78% of predicted workload, no ischaemia. We advise continuing the "
                "rehabilitation, avoiding night shifts for the time being, and a follow-up echo in six months."
            ),
        ],
        [],
        Letter(
            sender=["Havenstad Medical Centre", "Department of Cardiology", "Zeedijk 12, 3190 AA Havenstad"],
            recipient=[
                "Dr. M. Koster, general practitioner",
                "Huisartsenpraktijk Havenkwartier",
                "Havenplein 3",
                "3192 AB Havenstad",
            ],
            place_date="",
            subject=f"Mr D. Fairweather, date of birth {fd(c.born, 'en')}, BSN {c.bsn}",
            refs=[("Date", fd(d, "en")), ("Hospital no.", "HMC-2207714")],
            salutation="Dear colleague,",
            closing=["Kind regards,", "Dr. S. Okafor, cardiologist"],
        ),
        lang="en",
    )
    write_fpdf_letter(
        FILES / K / "Document (4).pdf",
        card,
        LetterStyle(
            "hmc",
            font="times",
            logo="Havenstad Medical Centre",
            color=(120, 0, 40),
            footer="Havenstad Medical Centre - confidential medical information",
            producer="ChipSoft HiX",
        ),
        created=naive(d, 14),
    )
    ctx.label(
        f"{K}/Document (4).pdf",
        "medische_informatie",
        d,
        f"{K};fpdf letter;English cardiology letter under a download name",
    )
    uwvp = Portal(
        "uwv",
        "UWV Werkgeversportaal",
        "UWV",
        color="#00526e",
        layout="uwv",
        user="Nordlicht Logistics B.V. · eHerkenning",
        footer_extra="werkgeversportaal.uwv.nl",
    )
    d = D("2024-10-21")
    write_portal_pdf(
        FILES / K / "UWV/Ziekmelding 42 weken.pdf",
        uwv_portal_melding(c, d, "ZM-6630-1021-57"),
        uwvp,
        crumbs=["Home", "Ziekte en herstel", "Ziekmelding langdurig zieke werknemer", "Verzonden"],
        printed="21-10-2024 15:17",
    )
    ctx.label(f"{K}/UWV/Ziekmelding 42 weken.pdf", "ziekmelding_uwv", d, f"{K};weasyprint portal print;")
    uwv = LetterStyle("uwv", logo="UWV", color=(0, 82, 110), producer="UWV Documentservice", refs_right=False)
    d = D("2024-10-30")
    write_fpdf_letter(
        FILES / K / "UWV/Bevestiging ziekmelding UWV.pdf",
        uwv_confirm(c, d, D("2024-10-21"), "ZM-6630-1021-57"),
        uwv,
        created=naive(d),
    )
    ctx.label(f"{K}/UWV/Bevestiging ziekmelding UWV.pdf", "ziekmelding_uwv", d, f"{K};fpdf letter;references in a row")
    d = D("2024-11-28")
    acz = House(
        "acz",
        "Arbeidsdeskundigen Collectief Zuidwest",
        ("Postbus 1180", "3100 BD Schiedam-West"),
        font="Nimbus Sans Narrow",
        size=10.5,
        accent="2E4057",
        header="right",
        meta_style="grid4",
        numbered_headings=True,
        footer="ACZ rapportage",
        author="M. Terlouw",
    )
    ctx.office.add(
        ad_report(c, d, D("2024-11-14"), title="Arbeidsdeskundig rapport"),
        acz,
        FILES / K / "AD onderzoek Terlouw.pdf",
        "pdf",
        naive(d, 10),
    )
    ctx.label(
        f"{K}/AD onderzoek Terlouw.pdf",
        "arbeidsdeskundig_rapport",
        d,
        f"{K};libreoffice pdf;narrow font, 4-column fields",
    )
    d = D("2024-12-12")
    ctx.office.add(
        eje_en(c, d), nl, FILES / K / "First year evaluation (EJE) - D. Fairweather.pdf", "pdf", naive(d, 16)
    )
    ctx.label(
        f"{K}/First year evaluation (EJE) - D. Fairweather.pdf",
        "eerstejaarsevaluatie",
        d,
        f"{K};libreoffice pdf;in English",
    )
    b2w = Portal(
        "b2w",
        "Bridge2Work · Client Portal",
        c.rib,
        color="#3d5a80",
        layout="sidebar",
        footer_extra="Bridge2Work Re-integratie",
        lang="nl",
    )
    side = [
        ("Kandidaat / Candidate", c.emp),
        ("BSN", c.bsn),
        ("Opdrachtgever / Client", c.employer),
        ("Coach", c.coach),
        ("Trajectnummer", "B2W-25-0107"),
    ]
    d = D("2025-01-16")
    doc = traject(c, d, D("2025-01-09"), title="Trajectplan 2e spoor / Second-track plan")
    write_portal_pdf(
        FILES / K / "Bridge2Work/Trajectplan 2e spoor.pdf",
        doc,
        b2w,
        crumbs=["Clients", "Nordlicht Logistics", "Fairweather, D.", "Documents"],
        printed="17-01-2025 09:30",
        side=side,
    )
    ctx.label(
        f"{K}/Bridge2Work/Trajectplan 2e spoor.pdf",
        "trajectplan_tweede_spoor",
        d,
        f"{K};weasyprint portal sidebar;bilingual title",
    )
    d = D("2025-04-17")
    write_portal_pdf(
        FILES / K / "Bridge2Work/Voortgangsrapportage april 2025.pdf",
        voortgang(c, d, D("2025-01-16"), D("2025-04-15"), 0, title="Voortgangsrapportage / Progress report"),
        b2w,
        crumbs=["Clients", "Nordlicht Logistics", "Fairweather, D.", "Documents"],
        printed="22-04-2025 11:02",
        side=side,
    )
    ctx.label(
        f"{K}/Bridge2Work/Voortgangsrapportage april 2025.pdf",
        "voortgangsrapportage_tweede_spoor",
        d,
        f"{K};weasyprint portal sidebar;",
    )
    d = D("2025-09-26")
    write_portal_pdf(
        FILES / K / "Bridge2Work/Eindrapportage.pdf",
        eind2(c, d, D("2025-01-09"), title="Eindrapportage / Final report"),
        b2w,
        crumbs=["Clients", "Nordlicht Logistics", "Fairweather, D.", "Documents"],
        printed="29-09-2025 08:47",
        side=side,
    )
    ctx.label(
        f"{K}/Bridge2Work/Eindrapportage.pdf", "eindrapportage_tweede_spoor", d, f"{K};weasyprint portal sidebar;"
    )
    d = D("2025-09-11")
    write_fpdf_letter(
        FILES / K / "UWV/WIA brief.pdf", uwv_wia(c, d, "WIA-2025-309982", to_employee=True), uwv, created=naive(d)
    )
    ctx.label(f"{K}/UWV/WIA brief.pdf", "uwv_correspondentie", d, f"{K};fpdf letter;addressed to the employee")
    d = D("2025-09-24")
    L = Letter(
        sender=[],
        recipient=[c.employer, "t.a.v. mevrouw P. Ramdin, HR", *list(c.employer_lines)],
        place_date=f"Havenstad, {fd(d, 'long')}",
        subject="actueel oordeel de heer D. Fairweather (WIA-aanvraag)",
        refs=[("Ons kenmerk", "KL-24-00931/AO")],
        salutation="Geachte mevrouw Ramdin,",
        closing=["Met vriendelijke groet,", c.ba, "bedrijfsarts, BIG " + c.big],
    )
    doc = ao(c, d, D("2025-09-22"), title="Actueel oordeel", letter=L)
    doc.sigs = []
    ctx.office.add(doc, kust, FILES / K / "Actueel oordeel bedrijfsarts.pdf", "pdf", naive(d, 12))
    ctx.label(f"{K}/Actueel oordeel bedrijfsarts.pdf", "actueel_oordeel", d, f"{K};libreoffice letter;")
    d = D("2025-10-02")
    ctx.office.add(
        ev(c, d, D("2025-09-24"), title="Eindevaluatie", sub="Final evaluation (summary in English on request)"),
        nl,
        FILES / K / "Eindevaluatie Fairweather.pdf",
        "pdf",
        naive(d, 15),
    )
    ctx.label(f"{K}/Eindevaluatie Fairweather.pdf", "eindevaluatie", d, f"{K};libreoffice pdf;")
    d = D("2025-10-07")
    ctx.office.add(
        ow_en(c, d),
        House("declan", "", (), font="Nimbus Sans", header="none", page_numbers=False, author="Declan Fairweather"),
        FILES / K / "Employee view - D Fairweather.docx",
        "docx",
        naive(d, 21),
    )
    ctx.label(f"{K}/Employee view - D Fairweather.docx", "oordeel_werknemer", d, f"{K};python-docx;in English")
    # non-RIV: vacancy, chatter
    vac = Doc(
        "Vacancy: Customer Service Coordinator (24–32 hours)",
        "Internal vacancy · Nordlicht Logistics Havenstad",
        [("Department", "Customer Service"), ("Hours", "24–32 hours, day shifts"), ("Closing date", "30 April 2025")],
        [
            H("About the job"),
            P(
                "You are the first point of contact for our key accounts, coordinate shipments with the planning "
                "team and solve customer questions. No night shifts, no on-call duty."
            ),
            H("Who are you?"),
            B(
                [
                    "bachelor level in logistics or similar",
                    "3+ years of experience in supply chain or customer service",
                    "fluent English; Dutch is a plus",
                ]
            ),
            P(
                "Internal candidates on a re-integration track (plan van aanpak, tweede spoor) are welcome to "
                "apply; HR will treat their application with priority."
            ),
        ],
    )
    ctx.office.add(vac, nl, FILES / K / "Vacancy Customer Service Coordinator.pdf", "pdf", naive(D("2025-04-01")))
    ctx.label(
        f"{K}/Vacancy Customer Service Coordinator.pdf",
        "",
        None,
        f"{K};libreoffice pdf;vacancy mentioning plan van aanpak",
    )
    chat = build_mail(
        {
            "From": "Facility Desk <facilities@nordlicht-logistics.example>",
            "To": "Declan Fairweather <d.fairweather@nordlicht-logistics.example>",
            "Cc": "Priya Ramdin <p.ramdin@nordlicht-logistics.example>",
            "Subject": "Re: laptop and access badge",
            "Date": mdate(D("2024-03-01"), 14, 26),
            "Message-ID": "<c9-nl-badge@nordlicht-logistics.example>",
        },
        "Hi Declan,\n\nYour access badge has been reactivated for Tuesdays and Thursdays, in line with "
        "the return-to-work schedule HR sent us (plan of action of 22 February). Your laptop is ready at "
        "the service desk; please bring your old charger.\n\nWelcome back!\n\nFacility Desk\n\n"
        "> Hi, I'm starting again on Monday from home, can I pick up the laptop? Thanks, Declan",
        tag="nl-badge",
    )
    write_mail(FILES / K / "mail/Re_ laptop and access badge.eml", chat)
    ctx.label(
        f"{K}/mail/Re_ laptop and access badge.eml", "", None, f"{K};outlook mail;chatter mentioning the plan of action"
    )


# =============================================================================================
# case 4: Scholengroep De Horizon — a school that works in LibreOffice (.odt), web reports of the bureau
# =============================================================================================


def case_horizon(ctx: Ctx, rng: random.Random) -> None:
    K = "horizon-scholen"
    c = Case(
        key=K,
        d0=D("2023-05-15"),
        emp="Yvonne Brandsma",
        initials="Y. Brandsma",
        g="v",
        born=D("1972-08-09"),
        bsn=new_bsn(rng),
        job="Docent Nederlands",
        hours="0,8 fte (32 uur)",
        in_dienst=D("2001-08-01"),
        employer="Stichting Scholengroep De Horizon",
        employer_lines=("Postbus 2040", "9401 ZX Veenwolde"),
        place="Veenwolde",
        aard="Stichting Scholengroep De Horizon verzorgt voortgezet onderwijs (vmbo, havo, vwo) op vier scholen in "
        "Veenwolde en omgeving, met ongeveer 5.200 leerlingen en 700 medewerkers, van wie 520 docenten.",
        lhnr="803311457L02",
        ba="J.W. Smits",
        big="89027745301",
        arbo="Arbodienst Onderwijs & Zorg Noord",
        arbo_lines=("Emmaplein 6", "9400 AK Veenwolde"),
        cm="Hans Lubbers",
        cm_func="P&O-adviseur, casemanager",
        mgr="Annelies Hovingh",
        mgr_func="teamleider bovenbouw havo/vwo",
        rib="Werkpad Re-integratie",
        coach="Koen Bakker",
        ad="I. Dijkhuis",
        ad_org="Arbodienst Onderwijs & Zorg Noord",
        verzuimnr="OZN-23-7781",
        emp_addr=("Boterbloemstraat 19", "9405 KM Veenwolde"),
        ds="num",
    )
    c.t = dict(
        cm_mail="h.lubbers@dehorizon.example",
        zm_werkt="Ja, 8 uur per week",
        pa_beperkt="Werkneemster heeft na een virusinfectie langdurige vermoeidheidsklachten met een beperkt "
        "energieniveau en concentratieproblemen. Zij is beperkt in:",
        pa_beperkingen=[
            "werk met veel prikkels en snelle wisselingen (lesgeven aan volle klassen)",
            "langdurige concentratie: maximaal een uur aaneen, daarna pauze",
            "werkduur: maximaal 2 uur per dag, niet op opeenvolgende dagen",
            "fysieke inspanning boven licht niveau (traplopen tussen lokalen beperken)",
        ],
        pa_mogelijk="Zij kan korte, rustige taken doen, zoals het nakijken van werk, het voorbereiden van lessen en "
        "één-op-één begeleiding van leerlingen.",
        pa_prognose="Herstel bij dit beeld gaat vaak langzaam en grillig. Ik verwacht dat terugkeer in de eigen "
        "functie mogelijk is, maar dat dit enkele maanden tot een jaar kan duren. Er is sprake van "
        "dreigend langdurig verzuim.",
        pa_advies=[
            "start na de zomervakantie met 2 × 2 uur per week, taken zonder lesgeven",
            "plan de werkuren in een vast ritme en bouw pas op als zij twee weken stabiel is",
            "geef werkneemster een rustige werkplek, dicht bij het teamlokaal",
            "zet de energieverdeling als vast punt op de agenda van de evaluaties",
        ],
        bij_reden="Na een voorzichtige start in september is de belastbaarheid teruggevallen. Werkneemster werkt "
        "2 × 2 uur per week en kan dat net volhouden. Lesgeven aan klassen is het komende halfjaar niet "
        "haalbaar.",
        bij_belastbaar="De belastbaarheid is lager dan eerder aangenomen.",
        bij_beperkingen=[
            "geen lesgevende taken aan groepen tot nader advies",
            "maximaal 2 uur per dag, 3 dagen per week",
            "geen werk onder tijdsdruk (toetsweken, rapportvergaderingen)",
        ],
        bij_prognose="Langzaam herstel is mogelijk. Terugkeer in de volledige lesgevende functie is onzeker.",
        bij_advies=[
            "blijf op dit niveau tot de kerstvakantie",
            "verken taken buiten de klas (remediëring, examensecretariaat, taalbeleid)",
            "arbeidsdeskundig onderzoek rond week 45–50 van het verzuim",
        ],
        pva_doel="Terugkeer in de eigen functie van docent Nederlands (spoor 1) voor de volledige 0,8 fte. "
        "Tussendoel na de zomervakantie: 4 uur per week taken zonder lesgeven.",
        pva_acts=[
            ["Contact houden tijdens de zomervakantie", "Annelies Hovingh", "juli – augustus 2023"],
            ["Start 2 × 2 uur per week (nakijken, lesvoorbereiding)", "Yvonne / Annelies Hovingh", "vanaf 28-08-2023"],
            ["Rustige werkplek in de mediatheek", "Conciërge", "voor 28-08-2023"],
            ["Spreekuur bedrijfsarts", "J.W. Smits", "elke 6 weken"],
            ["Evaluatie plan van aanpak", "Hans Lubbers / Annelies Hovingh / Yvonne", "07-09-2023"],
        ],
        pva_visie_wg="De school wil Yvonne graag terug in de klas. We kunnen taken aanbieden zonder lesgeven en "
        "passen het rooster daarop aan.",
        pva_visie_wn="Ik mis mijn leerlingen. Ik wil graag terug, maar ik merk dat ik heel snel moe ben. Ik vind "
        "het belangrijk dat we rustig opbouwen.",
        bpva_reden="De bedrijfsarts heeft op 02-11-2023 de probleemanalyse bijgesteld. Lesgeven aan groepen is "
        "het komende halfjaar niet haalbaar.",
        bpva_doel="Werkzaam blijven in taken buiten de klas (spoor 1, aangepast werk), met als doel op termijn "
        "terugkeer in de eigen functie voor ten minste een deel van de lessen.",
        bpva_acts=[
            ["Remediëring taal (1-op-1), 3 × 2 uur", "Yvonne / zorgcoördinator", "vanaf 20-11-2023"],
            ["Geen toetsweken en rapportvergaderingen", "Annelies Hovingh", "tot nader advies"],
            ["Arbeidsdeskundig onderzoek", "Hans Lubbers", "maart 2024"],
            ["Evaluatie", "Allen", "25-01-2024"],
        ],
        bpva_visie="Werkgever en werkneemster kunnen zich vinden in de bijgestelde afspraken.",
        te=[
            dict(
                stand="Yvonne is op 28 augustus gestart met 2 × 2 uur per week in de mediatheek. Zij kijkt "
                "werk na en bereidt lessen voor voor haar vervanger. Na de werkdagen heeft zij een dag nodig "
                "om te herstellen.",
                afspraken="Ja. De werkplek is ingericht; het contact in de zomer was prettig.",
                nieuw=[
                    "voorlopig 2 × 2 uur handhaven",
                    "geen opbouw tot de bedrijfsarts daar iets over zegt",
                    "volgende evaluatie half oktober",
                ],
            ),
            dict(
                stand="Yvonne werkt sinds november 3 × 2 uur per week in de remediëring taal. Zij begeleidt "
                "leerlingen één op één. Dat gaat goed; zij haalt er voldoening uit.",
                afspraken="Ja.",
                nieuw=[
                    "opbouw naar 4 × 2 uur per week vanaf februari",
                    "arbeidsdeskundig onderzoek in maart",
                    "volgende evaluatie in maart",
                ],
            ),
        ],
        ad_functie="De functie docent Nederlands (LB) bestaat voor 75% uit lesgeven aan klassen van 25–30 "
        "leerlingen, daarnaast mentoraat, toetsing en overleg. De functie kent piekbelasting in "
        "toetsweken en rond rapportvergaderingen.",
        ad_tabel=[
            ["Lesgeven aan groepen", "18 lessen per week", "niet / zeer beperkt", "nee"],
            ["Concentratie", "langdurig", "max. 1 uur aaneen", "nee"],
            ["Werkduur", "32 uur", "8–10 uur", "nee"],
            ["1-op-1 begeleiding", "incidenteel", "ja, kort", "ja"],
        ],
        ad_analyse="De belasting van het eigen werk gaat ruim boven de huidige belastbaarheid. Taken als "
        "remediëring en 1-op-1 begeleiding passen wel, maar in beperkte omvang. Binnen de scholengroep "
        "zijn zulke taken voor 8 tot 10 uur per week beschikbaar.",
        ad_conclusie="Eigen werk: nu niet passend. Aangepast werk: passend voor 8 tot 10 uur. Terugkeer in het "
        "eigen werk binnen het tweede ziektejaar is onzeker; een tweede spoor is aangewezen.",
        ad_advies=[
            "start een tweede spoor traject gericht op werk buiten het onderwijs of met minder prikkels",
            "behoud de remediëringstaken binnen de scholengroep",
            "laat de bedrijfsarts over drie maanden de belastbaarheid opnieuw beoordelen",
        ],
        eje_terug="Yvonne is sinds 15-05-2023 ziek. Zij startte in augustus met 2 × 2 uur. In november stelde de "
        "bedrijfsarts de probleemanalyse bij; sindsdien werkt zij in de remediëring, nu 4 × 2 uur per "
        "week. De arbeidsdeskundige adviseerde op 09-04-2024 een tweede spoor.",
        eje_belast="Licht werk met weinig prikkels, maximaal 2 uur per dag en 8 tot 10 uur per week; geen "
        "lesgeven aan groepen.",
        eje_resultaat="Werk voor 8 tot 16 uur per week in remediëring of vergelijkbaar werk binnen De Horizon, "
        "en verkenning van werk buiten het onderwijs via het tweede spoor.",
        eje_spoor="Spoor 1: remediëring taal. Spoor 2: start in mei 2024 bij Werkpad Re-integratie.",
        eje_visie_wg="Wij zien dat Yvonne zich inzet, maar verwachten niet dat zij binnen een jaar weer voor de "
        "klas staat.",
        eje_visie_wn="Ik wil mijn werk in de remediëring houden. Ik sta open voor het tweede spoor, al vind ik "
        "het spannend.",
        eje_afspraken=[
            "opdracht Werkpad Re-integratie voor het tweede spoor",
            "remediëring 4 × 2 uur handhaven",
            "bedrijfsarts beoordeelt de belastbaarheid in juli opnieuw",
        ],
        tp_intake="Intake op 16 mei 2024. Yvonne is open over haar beperkte energie en wil graag iets met taal doen.",
        tp_profiel="Eerstegraads docent Nederlands, 22 jaar onderwijservaring. Sterk in taal, structuur en "
        "begeleiding; nauwkeurig. Beperkte energie, werkt het best in een rustige omgeving.",
        tp_zoek=[
            "tekstcorrectie, redactie of taaladvies (ook op afstand)",
            "begeleiding van volwassenen bij laaggeletterdheid (kleine groepen)",
            "8 tot 12 uur per week",
        ],
        tp_acts=[
            ["Oriëntatie", "Loopbaantesten, arbeidsmarktverkenning", "mei – jul 2024"],
            ["Activering", "Training 'Regie op je loopbaan', cv", "sep – okt 2024"],
            ["Bemiddeling", "Solliciteren, netwerk", "nov 2024 – feb 2025"],
        ],
        vg=[
            dict(
                act="Yvonne volgde de training 'Regie op je loopbaan' (4 bijeenkomsten). Zij oriënteerde zich "
                "op tekstcorrectie en taalcoaching. Zij solliciteerde op drie functies.",
                soll=[
                    ["04-11-2024", "Stichting Lezen & Schrijven Noord", "Taalcoach (8 u)", "gesprek gehad"],
                    ["18-11-2024", "Uitgeverij Veenstra", "Corrector (freelance)", "proefopdracht"],
                    ["02-12-2024", "Gemeente Veenwolde", "Redacteur B1-teksten", "afgewezen"],
                ],
                netwerk="Twee netwerkgesprekken met oud-collega's die als taalcoach werken.",
                inzet="Goed, binnen haar energiegrenzen.",
                vervolg=["uitkomst proefopdracht afwachten", "taalcoach-vrijwilligerswerk verkennen als opstap"],
            )
        ],
        er_resultaat="Het traject leidde tot een kleine freelance opdracht als corrector (ca. 4 uur per maand). "
        "Een vaste plaatsing buiten het onderwijs lukte niet.",
        er_tabel=[["Sollicitaties", "7"], ["Gesprekken", "2"], ["Proefopdrachten", "1"], ["Coachgesprekken", "13"]],
        er_advies="Wij ronden het traject af. Binnen haar belastbaarheid zien wij geen verdere mogelijkheden.",
        ao_verloop="De belastbaarheid verbeterde in 2024 licht en is sinds de zomer stabiel.",
        ao_belast="Werkneemster kan licht werk met weinig prikkels doen, maximaal 2 uur per dag en 10 uur per "
        "week. Zij is beperkt in:",
        ao_beperkingen=["lesgeven aan groepen", "werk onder tijdsdruk", "werkduur boven 10 uur per week"],
        ao_passend="Remediëring taal (8 uur per week) is passend. Het eigen werk als docent is niet passend.",
        ao_relatie="Goed.",
        ao_prognose="Ik verwacht geen wezenlijke verbetering binnen afzienbare tijd.",
        ev_terug="Yvonne startte in augustus 2023 met korte taken buiten de klas. Na de bijstelling van de "
        "probleemanalyse werkte zij in de remediëring. Het tweede spoor bij Werkpad liep van mei 2024 "
        "tot februari 2025.",
        ev_stand="Yvonne werkt 8 uur per week in de remediëring taal. Zij vraagt een WIA-uitkering aan.",
        ev_relatie="Goed; er is wederzijds vertrouwen.",
        ev_passend="Naast de remediëring is er binnen de scholengroep geen passend werk.",
        ow=[
            "Ik heb het re-integratieverslag gelezen en met Hans besproken.",
            "Ik ben het eens met de inhoud. Ik wil wel zeggen dat ik het tweede spoor zwaar vond naast mijn werk, "
            "omdat ik maar weinig energie heb.",
            "Ik ben blij dat ik in de remediëring mag blijven werken.",
        ],
    )
    hz = House(
        "horizon",
        "Scholengroep De Horizon",
        ("Afdeling P&O", "Postbus 2040 · 9401 ZX Veenwolde"),
        font="Nimbus Sans",
        size=10,
        accent="1B4965",
        header="left",
        meta_style="tabs",
        footer="Scholengroep De Horizon · personeelsdossier",
        author="H. Lubbers",
    )
    hz_hdr = House(
        "horizon-h",
        "Scholengroep De Horizon",
        ("Afdeling P&O",),
        font="Nimbus Sans",
        accent="1B4965",
        header="table",
        title_in_header=True,
        meta_style="tabs",
        footer="Scholengroep De Horizon",
        author="H. Lubbers",
    )
    ozn = House(
        "ozn",
        "Arbodienst Onderwijs & Zorg Noord",
        c.arbo_lines,
        font="URW Bookman",
        size=9.5,
        accent="5C3D2E",
        header="right",
        title_upper=True,
        meta_style="lines",
        footer="Arbodienst Onderwijs & Zorg Noord",
        author="J.W. Smits",
    )
    d = D("2023-06-20")
    ctx.office.add(pa(c, d, D("2023-06-19")), ozn, FILES / K / "Probleemanalyse Brandsma.pdf", "pdf", naive(d, 13))
    ctx.label(
        f"{K}/Probleemanalyse Brandsma.pdf", "probleemanalyse", d, f"{K};libreoffice pdf;upper-case title, bold labels"
    )
    d = D("2023-06-30")
    ctx.office.add(pva(c, d, D("2023-06-20")), hz, FILES / K / "PvA Y. Brandsma.odt", "odt", naive(d, 12))
    ctx.label(f"{K}/PvA Y. Brandsma.odt", "plan_van_aanpak", d, f"{K};libreoffice odt;")
    d = D("2023-09-07")
    ctx.office.add(
        te(c, d, 0, title="Evaluatie plan van aanpak", nxt=D("2023-10-19")),
        hz_hdr,
        FILES / K / "Evaluatie PvA sept 2023.odt",
        "odt",
        naive(d, 16),
    )
    ctx.label(
        f"{K}/Evaluatie PvA sept 2023.odt",
        "tussentijdse_evaluatie",
        d,
        f"{K};libreoffice odt;title only in the page header",
    )
    d = D("2023-10-26")
    note = Doc(
        "Dossiernotitie bedrijfsarts",
        "Medisch dossier — vertrouwelijk, niet voor de werkgever",
        [
            ("Cliënt", c.emp),
            ("BSN", c.bsn),
            ("Geboortedatum", fd(c.born, "num")),
            ("Datum consult", fd(d, "num")),
            ("Soort contact", "Spreekuur (vervolg)"),
            ("Bedrijfsarts", f"{c.ba}, BIG {c.big}"),
        ],
        [
            H("S (subjectief)"),
            P(
                "Sinds COVID-19 in april 2023 aanhoudende moeheid, post-exertionele malaise na 2 uur werk, "
                "hoofdpijn en woordvindingsproblemen. Slaapt 10 uur, niet uitgerust. Gebruikt paracetamol zo nodig."
            ),
            H("O (objectief)"),
            P(
                "Vermoeid ogend, spreekt langzaam. Bloeddruk 118/76, pols 92 in rust. Labonderzoek via huisarts "
                "(sept.): Hb, TSH, CRP normaal. Verwezen naar revalidatiearts, intake op 14-11-2023."
            ),
            H("E (evaluatie)"),
            P("Post-COVID-syndroom (ICD-10 U09.9) met duidelijke energiebeperking. Geen aanwijzingen voor depressie."),
            H("P (plan)"),
            P(
                "Bijstelling probleemanalyse opstellen (functioneel, zonder diagnose). Informatie opvragen bij de "
                "revalidatiearts met toestemming. Vervolgconsult over 6 weken."
            ),
        ],
        [Sig("Bedrijfsarts", c.ba, "", fd(d, "num"))],
    )
    ctx.office.add(
        note,
        House(
            "ozn-mi",
            "Arbodienst Onderwijs & Zorg Noord — medisch dossier",
            (),
            font="Nimbus Sans Narrow",
            header="left",
            meta_style="grid4",
            footer="MEDISCH GEHEIM",
            author="J.W. Smits",
        ),
        FILES / K / "Dossiernotitie bedrijfsarts 26-10-2023.pdf",
        "pdf",
        naive(d, 11),
    )
    ctx.label(
        f"{K}/Dossiernotitie bedrijfsarts 26-10-2023.pdf",
        "medische_informatie",
        d,
        f"{K};libreoffice pdf;bedrijfsarts SOAP file note in the employer's folder",
    )
    d = D("2023-11-02")
    ctx.office.add(
        bij_pa(c, d, D("2023-10-26"), title="Bijstelling probleemanalyse", pa_date=D("2023-06-20")),
        ozn,
        FILES / K / "Bijstelling probleemanalyse nov 2023.pdf",
        "pdf",
        naive(d, 10),
    )
    ctx.label(
        f"{K}/Bijstelling probleemanalyse nov 2023.pdf", "bijstelling_probleemanalyse", d, f"{K};libreoffice pdf;"
    )
    d = D("2023-11-16")
    ctx.office.add(
        bij_pva(c, d, pva_date=D("2023-06-30")), hz, FILES / K / "Bijstelling PvA 16-11-2023.odt", "odt", naive(d, 15)
    )
    ctx.label(f"{K}/Bijstelling PvA 16-11-2023.odt", "bijstelling_plan_van_aanpak", d, f"{K};libreoffice odt;")
    d = D("2024-01-25")
    ctx.office.add(
        te(c, d, 1, title="Verslag 6-wekelijkse evaluatie", nxt=D("2024-03-07")),
        hz,
        FILES / K / "Evaluatie januari 2024.pdf",
        "pdf",
        naive(d, 16),
    )
    ctx.label(f"{K}/Evaluatie januari 2024.pdf", "tussentijdse_evaluatie", d, f"{K};libreoffice pdf;")
    d = D("2024-03-06")
    write_fpdf_letter(
        FILES / K / "UWV/Ziekmelding 42e week bevestiging.pdf",
        uwv_confirm(c, d, D("2024-02-26"), "ZM-3307-4418-20"),
        LetterStyle("uwv", logo="UWV", color=(0, 82, 110), producer="UWV Documentservice"),
        created=naive(d),
    )
    ctx.label(f"{K}/UWV/Ziekmelding 42e week bevestiging.pdf", "ziekmelding_uwv", d, f"{K};fpdf letter;")
    d = D("2024-04-09")
    ctx.office.add(
        ad_report(c, d, D("2024-03-21"), title="Arbeidsdeskundige rapportage"),
        ozn,
        FILES / K / "AD rapport Dijkhuis.pdf",
        "pdf",
        naive(d, 9),
    )
    ctx.label(f"{K}/AD rapport Dijkhuis.pdf", "arbeidsdeskundig_rapport", d, f"{K};libreoffice pdf;")
    d = D("2024-04-18")
    ctx.office.add(
        eje(c, d, title="(Eerstejaars)evaluatie"),
        hz,
        FILES / K / "Eerstejaarsevaluatie Brandsma.odt",
        "odt",
        naive(d, 14),
    )
    ctx.label(
        f"{K}/Eerstejaarsevaluatie Brandsma.odt", "eerstejaarsevaluatie", d, f"{K};libreoffice odt;UWV-style title"
    )
    wp = Portal(
        "werkpad",
        "Werkpad Online",
        c.rib,
        color="#2a9d8f",
        layout="grid",
        user="Koen Bakker (coach)",
        footer_extra="rapport gegenereerd door Werkpad Online",
        tabs=("Kandidaat", "Rapportages", "Agenda", "Documenten"),
    )
    crumbs = ["Opdrachtgevers", "De Horizon", "Brandsma, Y.", "Rapportages"]
    d = D("2024-05-23")
    write_portal_pdf(
        FILES / K / "Werkpad/Trajectplan.pdf",
        traject(c, d, D("2024-05-16")),
        wp,
        crumbs=crumbs,
        printed="23-05-2024 16:41",
        active_tab="Rapportages",
    )
    ctx.label(f"{K}/Werkpad/Trajectplan.pdf", "trajectplan_tweede_spoor", d, f"{K};weasyprint portal grid;")
    d = D("2024-12-12")
    write_portal_pdf(
        FILES / K / "Werkpad/Rapportage 3.pdf",
        voortgang(
            c,
            d,
            D("2024-09-01"),
            D("2024-11-30"),
            0,
            title="Rapportage 3",
            sub="Voortgang re-integratietraject tweede spoor",
        ),
        wp,
        crumbs=crumbs,
        printed="12-12-2024 10:03",
        active_tab="Rapportages",
    )
    ctx.label(
        f"{K}/Werkpad/Rapportage 3.pdf",
        "voortgangsrapportage_tweede_spoor",
        d,
        f"{K};weasyprint portal grid;title only 'Rapportage 3'",
    )
    cert_html = f"""<html><head><meta charset='utf-8'><style>
@page {{ size: A4 landscape; margin: 14mm; }}
body {{ font-family: 'URW Gothic'; text-align: center; color: #264653; }}
.frame {{ border: 6px double #2a9d8f; padding: 28mm 20mm; height: 120mm; }}
h1 {{ font-size: 34pt; letter-spacing: 6pt; margin: 0 0 8mm 0; }} .n {{ font-size: 22pt; margin: 6mm; }}
p {{ font-size: 12pt; margin: 3mm; }} .s {{ margin-top: 14mm; font-size: 10pt; }}
</style></head><body><div class='frame'><h1>CERTIFICAAT</h1><p>Werkpad Re-integratie verklaart dat</p>
<div class='n'>{c.emp}</div><p>heeft deelgenomen aan de training</p><div class='n'>Regie op je loopbaan</div>
<p>(4 bijeenkomsten, september – oktober 2024), onderdeel van het re-integratietraject tweede spoor.</p>
<p class='s'>Veenwolde, 24 oktober 2024 &nbsp;·&nbsp; Koen Bakker, trainer</p></div></body></html>"""
    write_portal_pdf(
        FILES / K / "Werkpad/Certificaat training Regie op je loopbaan.pdf",
        Doc(None),
        wp,
        crumbs=[],
        printed="",
        raw_html=cert_html,
    )
    ctx.label(
        f"{K}/Werkpad/Certificaat training Regie op je loopbaan.pdf",
        "",
        None,
        f"{K};weasyprint certificate;mentions tweede spoor",
    )
    d = D("2025-01-16")
    src = ctx.tmp("wia.pdf")
    write_fpdf_letter(
        src,
        uwv_wia(c, d, "WIA-2025-010377", to_employee=True),
        LetterStyle("uwv", logo="UWV", color=(0, 82, 110), producer="UWV Documentservice"),
        created=naive(d),
    )
    write_scan(
        FILES / K / "UWV/brief UWV 16-01-2025.pdf",
        src,
        dpi=150,
        skew=-1.8,
        contrast=0.5,
        noise=0.4,
        blur=0.9,
        created=stamp_dt(D("2025-01-20"), 19, 5),
        producer="HP Smart",
    )
    ctx.label(
        f"{K}/UWV/brief UWV 16-01-2025.pdf",
        "uwv_correspondentie",
        d,
        f"{K};fpdf letter scanned at home, skewed and low contrast;to the employee",
    )
    d = D("2025-01-28")
    ctx.office.add(
        ao(c, d, D("2025-01-27"), title="Actueel oordeel bedrijfsarts"),
        ozn,
        FILES / K / "Actueel oordeel Brandsma.pdf",
        "pdf",
        naive(d, 12),
    )
    ctx.label(f"{K}/Actueel oordeel Brandsma.pdf", "actueel_oordeel", d, f"{K};libreoffice pdf;")
    d = D("2025-02-06")
    write_portal_pdf(
        FILES / K / "Werkpad/Eindrapportage.pdf",
        eind2(c, d, D("2024-05-16")),
        wp,
        crumbs=crumbs,
        printed="06-02-2025 14:22",
        active_tab="Rapportages",
    )
    ctx.label(f"{K}/Werkpad/Eindrapportage.pdf", "eindrapportage_tweede_spoor", d, f"{K};weasyprint portal grid;")
    d = D("2025-02-11")
    ctx.office.add(ev(c, d, D("2025-01-28")), hz, FILES / K / "Eindevaluatie 11-02-2025.odt", "odt", naive(d, 15))
    ctx.label(f"{K}/Eindevaluatie 11-02-2025.odt", "eindevaluatie", d, f"{K};libreoffice odt;")
    d = D("2025-02-17")
    ctx.office.add(
        ow(c, d, title="Oordeel werknemer", letter=True),
        House("yvonne", "", (), font="C059", size=11, header="none", page_numbers=False, author="Yvonne Brandsma"),
        FILES / K / "Mijn oordeel.odt",
        "odt",
        naive(d, 20),
    )
    ctx.label(f"{K}/Mijn oordeel.odt", "oordeel_werknemer", d, f"{K};libreoffice odt;letter by the employee")
    # verzuimprotocol (non-RIV)
    prot = Doc(
        "Verzuimprotocol Scholengroep De Horizon",
        "Vastgesteld door het college van bestuur, versie 2023",
        [("Geldig vanaf", "1 januari 2023"), ("Eigenaar", "Afdeling P&O")],
        [
            H("1. Ziekmelding"),
            P(
                "De medewerker meldt zich vóór 7.30 uur ziek bij de teamleider. De teamleider registreert de "
                "melding in het verzuimsysteem en neemt binnen drie werkdagen contact op."
            ),
            H("2. Wet verbetering poortwachter"),
            P(
                "Bij dreigend langdurig verzuim stelt de bedrijfsarts uiterlijk in de zesde week een "
                "probleemanalyse op. Binnen twee weken daarna maken de teamleider en de medewerker samen een "
                "plan van aanpak, met de P&O-adviseur als casemanager. Het plan wordt ten minste elke zes weken "
                "geëvalueerd en zo nodig bijgesteld."
            ),
            H("3. Eerste ziektejaar"),
            P(
                "In de 42e week meldt P&O de medewerker ziek bij UWV. Tussen week 46 en 52 vindt de "
                "eerstejaarsevaluatie plaats. Zo nodig wordt een arbeidsdeskundige ingeschakeld en een tweede "
                "spoor traject gestart."
            ),
            H("4. Tweede ziektejaar en WIA"),
            P(
                "Rond week 88 ontvangt de medewerker de WIA-brief van UWV. De bedrijfsarts stelt een actueel "
                "oordeel op; daarna volgt de eindevaluatie. P&O stelt het re-integratieverslag samen. De medewerker "
                "geeft een eigen oordeel. De medische informatie gaat rechtstreeks naar UWV."
            ),
            H("5. Deskundigenoordeel"),
            P(
                "Bij verschil van mening over passend werk of de re-integratie-inspanningen vraagt een van de "
                "partijen een deskundigenoordeel aan bij UWV."
            ),
            H("6. Privacy"),
            P(
                "De werkgever registreert geen diagnoses of medische gegevens. Medische stukken horen niet in het "
                "personeelsdossier."
            ),
        ],
    )
    ctx.office.add(prot, hz, FILES / K / "Verzuimprotocol De Horizon 2023.pdf", "pdf", naive(D("2023-01-01")))
    ctx.label(
        f"{K}/Verzuimprotocol De Horizon 2023.pdf",
        "",
        None,
        f"{K};libreoffice pdf;protocol naming every Poortwachter step",
    )


# =============================================================================================
# case 5: Transportbedrijf Van Oosten — everything from the verzuim system, download names
# =============================================================================================


def case_vanoosten(ctx: Ctx, rng: random.Random) -> None:
    K = "vanoosten-transport"
    c = Case(
        key=K,
        d0=D("2024-03-04"),
        emp="Richard Meijerink",
        initials="R. Meijerink",
        g="m",
        born=D("1975-01-27"),
        bsn=new_bsn(rng),
        job="Chauffeur internationaal transport (CE)",
        hours="40 uur per week",
        in_dienst=D("2006-04-01"),
        employer="Transportbedrijf Van Oosten & Zn. B.V.",
        employer_lines=("Transportweg 9", "6031 TK Maasbroek"),
        place="Maasbroek",
        aard="Transportbedrijf Van Oosten & Zn. B.V. verzorgt nationaal en internationaal geconditioneerd "
        "wegtransport (koel- en vriesvervoer) met 120 trekkers. Er werken ongeveer 180 mensen, van wie 140 "
        "chauffeurs; verder planning, werkplaats en administratie.",
        lhnr="819004532L01",
        ba="A.J. Wessels",
        big="19061129801",
        arbo="Arbo Transport Service",
        arbo_lines=("Logistiekpark 1", "6040 AA Maasbroek"),
        cm="Linda Pothoff",
        cm_func="casemanager (Verzuimburo Noord)",
        mgr="Erik van Oosten",
        mgr_func="operationeel directeur",
        rib="Baanbrekers Re-integratie",
        coach="Mark Dijkstra",
        ad="drs. P. Hofman",
        ad_org="Arbeidsdeskundig Bureau Hofman",
        verzuimnr="VRO-118-2024-0044",
        emp_addr=("Dorpsstraat 112", "6034 AR Maasbroek"),
        ds="num",
    )
    c.t = dict(
        cm_mail="l.pothoff@verzuimburonoord.example",
        pa_beperkt="Werknemer heeft na een val van de laadklep klachten van de rechterschouder. Hij is beperkt in:",
        pa_beperkingen=[
            "reiken en werken boven schouderhoogte met de rechterarm",
            "tillen en dragen boven 5 kg rechts",
            "duwen en trekken (palletwagen, laadklep, rolcontainers)",
            "lange ritten: stuurbelasting maximaal 2 uur per dag",
        ],
        pa_mogelijk="Werknemer kan werk doen zonder belasting van de rechterarm, bijvoorbeeld ondersteunen bij de "
        "planning of licht werk in de werkplaats.",
        pa_prognose="Er loopt een behandeling. Ik verwacht herstel in drie tot zes maanden; of hij zijn werk als "
        "internationaal chauffeur volledig kan hervatten is nog onzeker. Er is sprake van dreigend "
        "langdurig verzuim.",
        pa_advies=[
            "start met 3 × 4 uur per week ondersteuning op de planning",
            "geen laad- en loswerk",
            "geen ritten als chauffeur tot nader advies",
            "evalueer over zes weken",
        ],
        bij_reden="De schouderklachten herstellen minder snel dan verwacht; na de behandeling blijft de kracht in "
        "de rechterarm verminderd.",
        bij_belastbaar="Werknemer blijft duurzaam beperkt voor zwaar armwerk.",
        bij_beperkingen=[
            "geen laad- en loswerk, geen bediening van laadklep of zeilen",
            "rijden: maximaal 4 uur per dag, alleen met stuurbekrachtiging en automaat",
            "geen werk boven schouderhoogte",
        ],
        bij_prognose="Terugkeer als internationaal chauffeur is niet te verwachten. Werk in de binnendienst of "
        "regionaal rijden zonder laden en lossen is mogelijk.",
        bij_advies=[
            "onderzoek passend werk in de binnendienst (planning)",
            "laat een arbeidsdeskundige de mogelijkheden beoordelen",
            "pas het plan van aanpak aan",
        ],
        pva_doel="Terugkeer in het eigen werk als chauffeur (spoor 1). Tot die tijd aangepast werk bij de planning.",
        pva_acts=[
            ["Ondersteuning planning 3 × 4 uur", "Richard / planning", "vanaf 22-04-2024"],
            ["Fysiotherapie", "Richard", "lopend"],
            ["Spreekuur bedrijfsarts", "A.J. Wessels", "over 6 weken"],
            ["Evaluatie", "Linda Pothoff", "03-06-2024"],
        ],
        pva_visie_wg="Richard is een gewaardeerde chauffeur. We bieden tijdelijk werk op de planning aan.",
        pva_visie_wn="Ik wil weer rijden, maar eerst moet mijn schouder beter worden.",
        te=[
            dict(
                stand="Richard werkt 3 × 4 uur op de planning: ritten invoeren, chauffeurs bellen en de "
                "tachograafgegevens controleren. De schouder is nog pijnlijk.",
                afspraken="Ja.",
                nieuw=["uitbreiden naar 4 × 4 uur", "volgende spreekuur bedrijfsarts in juli"],
            )
        ],
        ad_functie="De functie chauffeur internationaal transport vraagt lange ritten (tot 9 uur per dag), "
        "meerdaagse reizen, zelf laden en lossen, het bedienen van de laadklep en koppelen van trailers.",
        ad_tabel=[
            ["Laden en lossen", "dagelijks, zwaar", "niet", "nee"],
            ["Rijden", "9 uur per dag", "max. 4 uur", "nee"],
            ["Koppelen, zeilen", "dagelijks", "niet", "nee"],
            ["Planning (binnendienst)", "—", "ja", "ja"],
        ],
        ad_analyse="Het eigen werk is niet meer passend. De functie medewerker planning binnendienst past binnen de "
        "belastbaarheid, maar werknemer mist de vaardigheden (plannen in het TMS-systeem, Engels en Duits "
        "aan de telefoon). Een proefplaatsing met opleiding is nodig. Regionaal rijden zonder laden en "
        "lossen komt bij deze werkgever niet voor.",
        ad_conclusie="Spoor 1: proefplaatsing als planner binnendienst met opleiding. Spoor 2: start direct, omdat "
        "de slaagkans van spoor 1 onzeker is.",
        ad_advies=[
            "proefplaatsing planner binnendienst, 24 uur, drie maanden",
            "tweede spoor traject starten",
            "bijstelling plan van aanpak na de eerstejaarsevaluatie",
        ],
        eje_terug="Richard is sinds 04-03-2024 ziek. Hij werkte vanaf april op de planning. In juli stelde de "
        "bedrijfsarts vast dat terugkeer als chauffeur niet te verwachten is. De arbeidsdeskundige "
        "adviseerde op 23-01-2025 een proefplaatsing als planner en een tweede spoor.",
        eje_belast="Geen laden en lossen, geen armwerk boven schouderhoogte, maximaal 4 uur rijden per dag.",
        eje_resultaat="Structureel werk als planner binnendienst (24–32 uur) of passend werk buiten het bedrijf.",
        eje_spoor="Spoor 1: proefplaatsing planner vanaf maart 2025. Spoor 2: Baanbrekers Re-integratie, start maart 2025.",
        eje_visie_wg="We willen Richard een eerlijke kans geven op de planning.",
        eje_visie_wn="Ik twijfel of ik de planning aankan, maar ik probeer het.",
        eje_afspraken=["proefplaatsing planner 3 maanden", "opdracht Baanbrekers", "bijstelling plan van aanpak volgt"],
        tp_intake="Intake op 27 februari 2025 met Richard. Hij wil het liefst iets met rijden blijven doen.",
        tp_profiel="Ruim 18 jaar chauffeur internationaal, rijbewijs CE, code 95, ADR. Betrouwbaar, zelfstandig, "
        "kent Duitsland en Scandinavië goed. Beperkt in armwerk.",
        tp_zoek=[
            "koerier of chauffeur bestelbus zonder laden en lossen (regionaal)",
            "buschauffeur / leerlingenvervoer (automaat)",
            "wagenparkbeheer, portier, magazijnadministratie",
        ],
        tp_acts=[
            ["1", "Oriëntatie, zoekprofiel", "mrt 2025"],
            ["2", "Solliciteren, netwerk", "apr – sep 2025"],
            ["3", "Plaatsing, nazorg", "okt – nov 2025"],
        ],
        vg=[
            dict(
                act="Richard solliciteerde op vijf functies en deed een oriënterende stage van een dag bij een "
                "vervoerder voor leerlingenvervoer.",
                soll=[
                    ["07-04-2025", "Regiotaxi Maasland", "Chauffeur leerlingenvervoer", "gesprek"],
                    ["22-04-2025", "Autobedrijf Cremers", "Wagenparkbeheerder", "afgewezen"],
                    ["12-05-2025", "Pakketdienst Zuid", "Koerier (automaat)", "afgewezen"],
                ],
                netwerk="Drie gesprekken met oud-collega's in het personenvervoer.",
                inzet="Goed, al is Richard soms somber over zijn kansen.",
                vervolg=["vervolggesprek Regiotaxi Maasland", "rijvaardigheidstest personenvervoer"],
            )
        ],
        er_resultaat="Richard heeft per 1 november 2025 een contract van 20 uur als chauffeur leerlingenvervoer "
        "bij Regiotaxi Maasland (spoor 2), met detachering vanuit Van Oosten.",
        er_tabel=[["Sollicitaties", "13"], ["Gesprekken", "5"], ["Stages", "1"], ["Coachgesprekken", "16"]],
        er_advies="Wij sluiten het traject af met een plaatsing. Nazorg tot 31 januari 2026.",
        ao_verloop="De schouder is na de behandeling gedeeltelijk hersteld; de beperkingen zijn blijvend.",
        ao_belast="Werknemer kan licht werk doen zonder zwaar armwerk. Beperkingen:",
        ao_beperkingen=[
            "geen laden en lossen",
            "geen werk boven schouderhoogte",
            "rijden maximaal 4 uur per dag, automaat",
        ],
        ao_passend="Passend werk bij de eigen werkgever is er niet: de proefplaatsing als planner paste niet "
        "(zie deskundigenoordeel van UWV). Het werk als chauffeur leerlingenvervoer is passend.",
        ao_relatie="Goed.",
        ao_prognose="Stabiel.",
        ev_terug="Richard werkte vanaf april 2024 aangepast op de planning. De proefplaatsing als planner (maart–mei "
        "2025) is gestopt nadat UWV in een deskundigenoordeel concludeerde dat het werk niet passend is. "
        "Via het tweede spoor is hij per 1 november 2025 geplaatst als chauffeur leerlingenvervoer.",
        ev_stand="Richard werkt 20 uur per week in het leerlingenvervoer en vraagt WIA aan voor het verlies aan "
        "verdiencapaciteit.",
        ev_relatie="Goed.",
        ev_passend="Bij Van Oosten is geen passend werk.",
        ow=[
            "Ik ben het eens met wat er in het verslag staat.",
            "Het was een zwaar jaar, maar ik ben blij dat ik weer kan rijden, al is het ander werk.",
            "Richard Meijerink",
        ],
    )
    vr = Portal(
        "vro",
        "VerzuimRegie Online",
        "Verzuimburo Noord",
        color="#1d3557",
        layout="grid",
        user="L. Pothoff — Verzuimburo Noord",
        footer_extra="VerzuimRegie Online · verzuimregie.example",
        tabs=("Dossier", "Documenten", "Taken", "Medisch", "Correspondentie"),
    )
    crumbs = ["Werkgevers", "Van Oosten & Zn.", "Meijerink, R. (VRO-118-2024-0044)", "Documenten"]
    printed = "04-12-2025 09:3"

    def vro(name: str, doc: Doc, minute: int, tab: str = "Documenten", extra_crumb: str = "") -> None:
        write_portal_pdf(
            FILES / K / name,
            doc,
            vr,
            crumbs=crumbs + ([extra_crumb] if extra_crumb else []),
            printed=printed + str(minute),
            active_tab=tab,
        )

    def head(doc: Doc, kind: str, d: dt.date, who: str, extra: list[tuple[str, str]] | None = None) -> Doc:
        doc.meta = [
            ("Werknemer", c.emp),
            ("BSN", c.bsn),
            ("Documentsoort", kind),
            ("Documentdatum", fd(d, "num")),
            ("Eerste verzuimdag", fd(c.d0, "num")),
            ("Auteur", who),
        ] + (extra or [])
        return doc

    d = D("2024-04-09")
    vro("export.pdf", head(pa(c, d, D("2024-04-08"), meta=False), "Probleemanalyse", d, f"{c.ba} (bedrijfsarts)"), 1)
    ctx.label(f"{K}/export.pdf", "probleemanalyse", d, f"{K};weasyprint portal grid;file named export.pdf")
    d = D("2024-04-19")
    doc = pva(c, d, D("2024-04-09"))
    vro("Document (2).pdf", head(doc, "Plan van aanpak", d, f"{c.cm} (casemanager)"), 2)
    ctx.label(
        f"{K}/Document (2).pdf", "plan_van_aanpak", d, f"{K};weasyprint portal grid;download name, digital sign-off"
    )
    d = D("2024-06-03")
    doc = te(c, d, 0, title="Evaluatie / voortgangsgesprek", nxt=D("2024-07-15"))
    vro("Document (3).pdf", head(doc, "Evaluatie plan van aanpak", d, f"{c.cm} (casemanager)"), 2)
    ctx.label(f"{K}/Document (3).pdf", "tussentijdse_evaluatie", d, f"{K};weasyprint portal grid;download name")
    d = D("2024-07-11")
    doc = bij_pa(c, d, D("2024-07-11"), title="Bijstelling probleemanalyse", pa_date=D("2024-04-09"))
    vro("Bijstelling.pdf", head(doc, "Bijstelling probleemanalyse", d, f"{c.ba} (bedrijfsarts)"), 3)
    ctx.label(f"{K}/Bijstelling.pdf", "bijstelling_probleemanalyse", d, f"{K};weasyprint portal grid;")
    mi = Doc(
        "Verslag spreekuur",
        "Tabblad Medisch — alleen zichtbaar voor bedrijfsarts en praktijkondersteuner",
        [("Werknemer", c.emp), ("BSN", c.bsn), ("Datum spreekuur", fd(d, "num")), ("Bedrijfsarts", c.ba)],
        [
            H("Anamnese"),
            P(
                "Sinds val van laadklep (04-03-2024) pijn rechterschouder, nachtpijn, krachtverlies bij "
                "abductie. Fysiotherapie 2×/week. Orthopeed: MRI 12-06-2024 toont een volledige ruptuur "
                "van de supraspinatuspees rechts."
            ),
            H("Behandeling"),
            P(
                "Artroscopische cuffhersteloperatie gepland op 29-08-2024 (Maasziekenhuis). "
                "Medicatie: diclofenac 50 mg 3 dd, omeprazol 20 mg."
            ),
            H("Beoordeling"),
            P("Cuffruptuur rechts, dominante arm. Prognose voor zwaar armwerk ongunstig."),
            H("Beleid"),
            P(
                "Bijstelling probleemanalyse opgesteld (zonder medische gegevens). Informatie orthopeed "
                "opgevraagd met toestemming."
            ),
        ],
        [Sig("Bedrijfsarts", c.ba, f"BIG {c.big}", fd(d, "num"))],
    )
    vro("Verslag spreekuur 11-07-2024.pdf", mi, 4, tab="Medisch", extra_crumb="Medisch")
    ctx.label(
        f"{K}/Verslag spreekuur 11-07-2024.pdf",
        "medische_informatie",
        d,
        f"{K};weasyprint portal, medical tab;consult note with diagnosis under a neutral name",
    )
    d = D("2024-12-27")
    src = ctx.tmp("conf.pdf")
    write_fpdf_letter(
        src,
        uwv_confirm(c, d, D("2024-12-16"), "ZM-8810-0412-66"),
        LetterStyle("uwv", logo="UWV", color=(0, 82, 110), producer="UWV Documentservice"),
        created=naive(d),
    )
    write_scan(
        FILES / K / "scan_2025-01-06.pdf",
        src,
        dpi=200,
        skew=0.9,
        contrast=0.7,
        noise=0.3,
        created=stamp_dt(D("2025-01-06"), 8, 51),
        producer="Canon iR-ADV C3826",
        stamp="ONTV. 06-01-2025",
    )
    ctx.label(f"{K}/scan_2025-01-06.pdf", "ziekmelding_uwv", d, f"{K};fpdf UWV letter scanned with a received stamp;")
    hof = House(
        "hofman",
        "Arbeidsdeskundig Bureau Hofman",
        ("Kerkplein 2", "6031 EA Maasbroek"),
        font="Nimbus Roman",
        size=11,
        accent="222222",
        header="left",
        meta_style="tabs",
        footer="Bureau Hofman",
        numbered_headings=False,
        sig_style="lines",
        author="P. Hofman",
    )
    d = D("2025-01-23")
    ctx.office.add(
        ad_report(c, d, D("2025-01-14"), title="Arbeidsdeskundig onderzoek"),
        hof,
        FILES / K / "AD rapport.pdf",
        "pdf",
        naive(d, 9),
    )
    ctx.label(f"{K}/AD rapport.pdf", "arbeidsdeskundig_rapport", d, f"{K};libreoffice pdf;")
    d = D("2025-02-13")
    doc = eje(c, d)
    vro("PvA.pdf", head(doc, "Eerstejaarsevaluatie", d, f"{c.cm} (casemanager)"), 5)
    ctx.label(f"{K}/PvA.pdf", "eerstejaarsevaluatie", d, f"{K};weasyprint portal grid;named PvA.pdf but holds the EJE")
    bb = House(
        "baanbrekers",
        "Baanbrekers Re-integratie",
        ("Markt 14 · 6031 CA Maasbroek",),
        font="Nimbus Sans",
        size=10,
        accent="E63946",
        header="table",
        meta_style="table",
        footer="Baanbrekers Re-integratie",
        author="Mark Dijkstra",
    )
    d = D("2025-03-06")
    ctx.office.add(
        traject(c, d, D("2025-02-27"), title="Re-integratieplan tweede spoor"),
        bb,
        FILES / K / "Trajectplan Baanbrekers.pdf",
        "pdf",
        naive(d, 11),
    )
    ctx.label(
        f"{K}/Trajectplan Baanbrekers.pdf", "trajectplan_tweede_spoor", d, f"{K};libreoffice pdf;'Re-integratieplan'"
    )
    d = D("2025-04-10")
    do = uwv_do(
        c,
        d,
        D("2025-03-20"),
        "DO-2025-140262",
        requester="werknemer",
        vraag="Is het werk als planner binnendienst bij Transportbedrijf Van Oosten passend voor u?",
        oordeel=[
            "De verzekeringsarts heeft u op 3 april 2025 gesproken. De beperkingen van de bedrijfsarts "
            "zijn juist. Daarnaast stelt de verzekeringsarts vast dat u beperkt bent in werk met veel "
            "gelijktijdige telefonische contacten en tijdsdruk.",
            "De arbeidsdeskundige heeft met u en de werkgever gesproken. De functie planner vraagt het "
            "gelijktijdig afhandelen van telefoontjes, het bijsturen van ritten onder tijdsdruk en "
            "contact in het Duits en Engels.",
        ],
        conclusie="Het werk als planner binnendienst is niet passend.",
    )
    write_fpdf_letter(
        FILES / K / "UWV brief april.pdf",
        do,
        LetterStyle("uwv", logo="UWV", color=(0, 82, 110), producer="UWV Documentservice"),
        created=naive(d),
    )
    ctx.label(f"{K}/UWV brief april.pdf", "deskundigenoordeel", d, f"{K};fpdf letter;requested by the employee")
    d = D("2025-06-05")
    ctx.office.add(
        voortgang(c, d, D("2025-03-06"), D("2025-05-31"), 0, title="Voortgangsrapportage 1"),
        bb,
        FILES / K / "Voortgangsrapportage juni.pdf",
        "pdf",
        naive(d, 14),
    )
    ctx.label(f"{K}/Voortgangsrapportage juni.pdf", "voortgangsrapportage_tweede_spoor", d, f"{K};libreoffice pdf;")
    d = D("2025-11-06")
    write_fpdf_letter(
        FILES / K / "Document (7).pdf",
        uwv_wia(c, d, "WIA-2025-401553"),
        LetterStyle("uwv", logo="UWV", color=(0, 82, 110), producer="UWV Documentservice"),
        created=naive(d),
    )
    ctx.label(f"{K}/Document (7).pdf", "uwv_correspondentie", d, f"{K};fpdf letter;download name")
    d = D("2025-11-18")
    doc = ao(c, d, D("2025-11-17"), meta=False, title="Actueel oordeel")
    vro("Actueel oordeel.pdf", head(doc, "Actueel oordeel", d, f"{c.ba} (bedrijfsarts)"), 6)
    ctx.label(f"{K}/Actueel oordeel.pdf", "actueel_oordeel", d, f"{K};weasyprint portal grid;")
    d = D("2025-11-21")
    ctx.office.add(
        eind2(c, d, D("2025-02-27"), title="Eindrapportage re-integratietraject"),
        bb,
        FILES / K / "Eindrapportage 2e spoor.pdf",
        "pdf",
        naive(d, 10),
    )
    ctx.label(f"{K}/Eindrapportage 2e spoor.pdf", "eindrapportage_tweede_spoor", d, f"{K};libreoffice pdf;")
    d = D("2025-11-27")
    doc = ev(c, d, D("2025-11-18"))
    vro("Eindevaluatie.pdf", head(doc, "Eindevaluatie", d, f"{c.cm} (casemanager)"), 7)
    ctx.label(f"{K}/Eindevaluatie.pdf", "eindevaluatie", d, f"{K};weasyprint portal grid;")
    d = D("2025-12-03")
    src = ctx.tmp("ow.pdf")
    ctx.office.add(
        ow(c, d, title="Mijn oordeel over het re-integratieverslag", ds="num"),
        House("richard", "", (), font="URW Bookman", size=12, header="none", page_numbers=False),
        src,
        "pdf",
        naive(d, 20),
    )
    ctx.later.append(
        lambda src=src: write_photo(
            FILES / K / "WhatsApp Image 2025-12-04 at 09.12.47.jpeg",
            src,
            taken=dt.datetime(2025, 12, 4, 9, 12, 47),
            exif=False,
            width=1200,
            quality=60,
            signatures="auto",
            light=0.45,
            crop_bottom=0.4,
        )
    )
    ctx.label(
        f"{K}/WhatsApp Image 2025-12-04 at 09.12.47.jpeg",
        "oordeel_werknemer",
        d,
        f"{K};libreoffice page photographed, sent by WhatsApp (no EXIF, .jpeg);",
    )
    # non-RIV screens of the verzuim system
    over = Doc(
        "Verzuimoverzicht",
        "Meijerink, R. — alle verzuimmeldingen en documenten",
        [
            ("Werknemer", c.emp),
            ("BSN", c.bsn),
            ("Eerste verzuimdag", fd(c.d0, "num")),
            ("Verzuimduur", "91 weken"),
            ("Status", "Lopend — WIA-aanvraag in voorbereiding"),
        ],
        [
            H("Documenten in het dossier"),
            T(
                ["Datum", "Document", "Auteur", "Status"],
                [
                    ["09-04-2024", "Probleemanalyse", "A.J. Wessels", "gedeeld"],
                    ["19-04-2024", "Plan van aanpak", "L. Pothoff", "getekend"],
                    ["03-06-2024", "Evaluatie plan van aanpak", "L. Pothoff", "getekend"],
                    ["11-07-2024", "Bijstelling probleemanalyse", "A.J. Wessels", "gedeeld"],
                    ["16-12-2024", "Ziekmelding UWV (42e week)", "L. Pothoff", "verzonden"],
                    ["23-01-2025", "Arbeidsdeskundig rapport", "P. Hofman", "ontvangen"],
                    ["13-02-2025", "Eerstejaarsevaluatie", "L. Pothoff", "getekend"],
                    ["10-04-2025", "Deskundigenoordeel UWV", "UWV", "ontvangen"],
                    ["18-11-2025", "Actueel oordeel", "A.J. Wessels", "gedeeld"],
                    ["27-11-2025", "Eindevaluatie", "L. Pothoff", "getekend"],
                ],
            ),
            H("Verzuimhistorie"),
            T(
                ["Van", "Tot", "Percentage", "Soort"],
                [
                    ["04-03-2024", "21-04-2024", "100%", "ziek"],
                    ["22-04-2024", "—", "70%", "gedeeltelijk hersteld (aangepast werk)"],
                ],
            ),
        ],
    )
    vro("Verzuimoverzicht.pdf", over, 8, tab="Dossier")
    ctx.label(
        f"{K}/Verzuimoverzicht.pdf", "", None, f"{K};weasyprint portal grid;overview screen listing every RIV document"
    )
    tasks = Doc(
        "Taken",
        "Openstaande en afgeronde taken",
        [("Werknemer", c.emp), ("Casemanager", c.cm)],
        [
            T(
                ["Deadline", "Taak", "Wie", "Status"],
                [
                    ["14-04-2024", "Probleemanalyse opstellen (week 6)", "Bedrijfsarts", "afgerond"],
                    ["28-04-2024", "Plan van aanpak opstellen (week 8)", "Casemanager", "afgerond"],
                    ["23-12-2024", "42e-weeksmelding UWV", "Casemanager", "afgerond"],
                    ["02-03-2025", "Eerstejaarsevaluatie (week 52)", "Casemanager", "afgerond"],
                    ["10-11-2025", "Actueel oordeel bedrijfsarts", "Bedrijfsarts", "afgerond"],
                    ["01-12-2025", "Eindevaluatie en re-integratieverslag (week 91)", "Casemanager", "afgerond"],
                    ["15-12-2025", "WIA-aanvraag werknemer (week 93)", "Werknemer", "open"],
                    ["16-12-2025", "Re-integratieverslag uploaden", "Werkgever", "open"],
                ],
            )
        ],
    )
    vro("Taken.pdf", tasks, 9, tab="Taken")
    ctx.label(f"{K}/Taken.pdf", "", None, f"{K};weasyprint portal grid;task list naming every step")


# =============================================================================================
# case 6: Van den Berg & Kuipers Accountants — a small office that runs its dossier through e-mail
# =============================================================================================


def case_vdberg(ctx: Ctx, rng: random.Random) -> None:
    K = "vdberg-accountants"
    c = Case(
        key=K,
        d0=D("2023-10-02"),
        emp="Daan Veenstra",
        initials="D. Veenstra",
        g="m",
        born=D("1992-05-30"),
        bsn=new_bsn(rng),
        job="Assistent-accountant",
        hours="36 uur per week",
        in_dienst=D("2017-09-01"),
        employer="Van den Berg & Kuipers Accountants",
        employer_lines=("Brink 12", "7461 AB Holterbroek"),
        place="Holterbroek",
        aard="Van den Berg & Kuipers Accountants is een accountantskantoor voor het mkb (samenstellen van "
        "jaarrekeningen, belastingaangiften, salarisadministratie) met 24 medewerkers op één locatie.",
        lhnr="807761240L01",
        ba="dr. L. Schuurman",
        big="49077310501",
        arbo="Arbodienst Samen Gezond",
        arbo_lines=("Stationsweg 40", "7461 CV Holterbroek"),
        cm="Erwin Blok",
        cm_func="casemanager (Verzuimmaatje)",
        mgr="Monique Kuipers",
        mgr_func="partner",
        rib="Talentbrug",
        coach="Noor Hendriks",
        ad="F. Aksoy",
        ad_org="Talentbrug",
        verzuimnr="SG-2023-5521",
        emp_addr=("Esweg 5", "7462 PL Holterbroek"),
        ds="long",
    )
    c.t = dict(
        cm_mail="erwin@verzuimmaatje.example",
        pa_beperkt="Werknemer heeft psychische klachten met somberheid, slecht slapen en concentratieproblemen. "
        "Hij is op dit moment beperkt in:",
        pa_beperkingen=[
            "werk met deadlines en hoge tijdsdruk (aangifteperiodes, jaarafsluiting)",
            "langdurig geconcentreerd werken: maximaal 1,5 uur aaneen",
            "klantcontact bij conflicten of klachten",
            "werkduur: start met 3 × 3 uur per week",
        ],
        pa_mogelijk="Hij kan eenvoudige, afgebakende taken doen zonder deadline, zoals het inboeken van stukken "
        "of controlewerk, in een rustige ruimte.",
        pa_prognose="Werknemer is gestart met een behandeling. Ik verwacht dat hij binnen drie tot vier maanden "
        "zijn eigen werk grotendeels kan hervatten. Er is sprake van dreigend langdurig verzuim.",
        pa_advies=[
            "start met 3 × 3 uur per week eenvoudige taken zonder deadlines",
            "maak één collega aanspreekpunt voor vragen",
            "bouw in overleg op, elke drie weken",
            "bespreek de werkdruk in het team rond de aangifteperiode",
        ],
        bpva_reden="De opbouw stagneerde in januari en februari. De bedrijfsarts heeft op 7 maart 2024 een "
        "bijgestelde belastbaarheid gegeven: werk zonder deadlines en zonder klantcontact, maximaal 4 uur "
        "per dag.",
        bpva_doel="Terugkeer in aangepast werk als assistent-accountant (spoor 1): controlewerk en "
        "salarisadministratie zonder deadlines, opbouw naar 20 uur per week voor 1 juli 2024.",
        bpva_acts=[
            [
                "Werk zonder deadlines: controle en salarisadministratie",
                "Daan / Monique Kuipers",
                "vanaf 25 maart 2024",
            ],
            ["Opbouw naar 4 × 4 uur", "Daan / Erwin Blok", "april 2024"],
            ["Arbeidsdeskundig onderzoek", "Erwin Blok", "voor de zomer"],
            ["Evaluatie", "Erwin Blok / Monique Kuipers / Daan", "2 mei 2024"],
        ],
        bpva_visie="Werkgever wil Daan behouden en past zijn takenpakket aan. Daan is blij met de rust die dat geeft.",
        te=[
            dict(
                stand="Daan werkt sinds 13 november 3 × 3 uur per week. Hij boekt stukken in en controleert "
                "bankmutaties. Hij slaapt nog slecht; de behandeling bij de psycholoog is gestart.",
                afspraken="Ja, de opbouw is gestart. Een vaste collega (Ellen) is aanspreekpunt.",
                nieuw=[
                    "opbouw naar 3 × 4 uur per week na de kerstvakantie",
                    "geen werk aan aangiften in januari",
                    "volgende evaluatie eind januari",
                ],
            )
        ],
        ad_functie="De functie assistent-accountant omvat het samenstellen van jaarrekeningen, aangiften en "
        "klantcontact, met piekbelasting in de aangifteperiodes.",
        ad_tabel=[
            ["Deadlines / tijdsdruk", "hoog in pieken", "beperkt", "nee"],
            ["Concentratie", "langdurig", "1,5 uur aaneen", "deels"],
            ["Klantcontact", "regelmatig", "beperkt", "deels"],
            ["Werkduur", "36 uur", "20 uur", "nee"],
        ],
        ad_analyse="Het eigen werk in volle omvang is niet passend, aangepast werk (controle, salarisadministratie) "
        "wel, voor 20 uur per week. Binnen het kantoor is dit structureel in te passen.",
        ad_conclusie="Spoor 1 (aangepast eigen werk) biedt voldoende perspectief. Een tweede spoor is op dit moment "
        "niet nodig; herbeoordeling bij de eerstejaarsevaluatie.",
        ad_advies=[
            "aangepast takenpakket structureel maken",
            "opbouw naar 24 uur onderzoeken",
            "bij stagnatie alsnog een tweede spoor starten",
        ],
        eje_terug="Daan is sinds 2 oktober 2023 ziek. Hij startte in november met 3 × 3 uur. Na stagnatie in de "
        "winter werd het plan van aanpak in maart 2024 bijgesteld. Hij werkt nu 20 uur in aangepast werk.",
        eje_belast="Werk zonder deadlines en zonder klantcontact bij conflicten, maximaal 4 uur per dag en 20 uur per week.",
        eje_resultaat="Structureel aangepast werk voor ten minste 20 uur, zo mogelijk 24 uur.",
        eje_spoor="Spoor 1 blijft het hoofdspoor. Omdat uitbreiding boven 20 uur onzeker is, start in oktober 2024 "
        "een beperkt tweede spoor bij Talentbrug.",
        eje_visie_wg="Wij zijn blij dat Daan weer meedraait. Wij kunnen het aangepaste werk blijvend aanbieden.",
        eje_visie_wn="Ik ben tevreden met het aangepaste werk. Meer uren vind ik nu nog te veel.",
        eje_afspraken=["tweede spoor Talentbrug vanaf oktober", "uren blijven 20", "evaluatie over zes weken"],
        er_resultaat="Het (beperkte) tweede spoor heeft geen werk buiten het kantoor opgeleverd. Daan werkt 20 uur "
        "per week in aangepast werk bij de eigen werkgever; dat vinden wij de best passende situatie.",
        er_tabel=[["Sollicitaties", "6"], ["Gesprekken", "1"], ["Coachgesprekken", "10"]],
        er_advies="Wij sluiten het traject af.",
        ao_verloop="Het herstel verliep wisselend. Sinds de zomer van 2024 is werknemer stabiel op 20 uur per week.",
        ao_belast="Werknemer kan aangepast werk doen zonder hoge tijdsdruk, maximaal 4 uur per dag. Beperkt in:",
        ao_beperkingen=[
            "werk met deadlines en piekbelasting",
            "conflictueus klantcontact",
            "werkduur boven 20 uur per week",
        ],
        ao_passend="Het huidige aangepaste werk (20 uur) is passend. Meer passend werk is er bij deze werkgever niet.",
        ao_relatie="Goed.",
        ao_prognose="Geen wezenlijke verbetering te verwachten op korte termijn.",
        ev_terug="Daan startte zes weken na de ziekmelding met opbouw. In maart 2024 werd het plan van aanpak "
        "bijgesteld. Vanaf de zomer van 2024 werkt hij 20 uur in aangepast werk. Het tweede spoor bij "
        "Talentbrug (oktober 2024 – juni 2025) leverde geen extra werk op.",
        ev_stand="Daan werkt 20 van 36 uur. Hij vraagt WIA aan voor de resterende uren.",
        ev_relatie="Goed.",
        ev_passend="Naast het huidige werk is er geen passend werk.",
        ow=[
            "Ik heb het verslag gelezen en ben het er mee eens.",
            "Ik wil wel opmerken dat de bijstelling van het plan van aanpak pas in maart kwam, terwijl het in "
            "januari al niet goed ging.",
            "Verder ben ik tevreden over de begeleiding door Monique en Erwin.",
        ],
        tp_intake="",
        tp_profiel="",
        tp_zoek=[],
        tp_acts=[],
    )
    sg = House(
        "samengezond",
        "Arbodienst Samen Gezond",
        c.arbo_lines,
        font="Nimbus Sans",
        size=10,
        accent="2D6A4F",
        header="left",
        meta_style="table",
        footer="Arbodienst Samen Gezond · vertrouwelijk",
        author="L. Schuurman",
    )
    office = House(
        "vdbk",
        "Van den Berg & Kuipers Accountants",
        ("Brink 12 · 7461 AB Holterbroek",),
        font="Calibri",
        size=11,
        accent="7B2CBF",
        header="right",
        meta_style="lines",
        footer="VdB&K",
        author="Erwin Blok",
    )
    office_pdf = House(
        "vdbk-pdf",
        "Van den Berg & Kuipers Accountants",
        ("Brink 12 · 7461 AB Holterbroek",),
        font="Nimbus Sans",
        size=10.5,
        accent="7B2CBF",
        header="right",
        meta_style="lines",
        footer="VdB&K",
        author="Erwin Blok",
    )
    # PA attached to the arbodienst's mail
    d = D("2023-11-07")
    src = ctx.tmp("pa.pdf")
    ctx.office.add(
        pa(c, d, D("2023-11-06"), title="Probleemanalyse", sub="Wet verbetering poortwachter"),
        sg,
        src,
        "pdf",
        naive(d, 12),
    )

    def mail_pa(src=src) -> None:
        msg = build_mail(
            {
                "From": "Arbodienst Samen Gezond <noreply@samengezond.example>",
                "To": "Erwin Blok <erwin@verzuimmaatje.example>",
                "Cc": "Monique Kuipers <m.kuipers@vdbk-accountants.example>",
                "Subject": "Probleemanalyse D. Veenstra (SG-2023-5521)",
                "Date": mdate(D("2023-11-08"), 7, 55),
                "Message-ID": "<c9-vdbk-pa@samengezond.example>",
            },
            "Geachte heer Blok,\n\nIn de bijlage vindt u de probleemanalyse van de bedrijfsarts. Werknemer "
            "heeft de rapportage ingezien. U kunt nu samen met werknemer het plan van aanpak opstellen.\n\n"
            "Met vriendelijke groet,\nArbodienst Samen Gezond\n\nDit bericht is automatisch verzonden.",
            [("PA_Veenstra_07112023.pdf", src.read_bytes(), "application/pdf")],
            tag="vdbk-pa",
        )
        write_mail(FILES / K / "Mail/Probleemanalyse D. Veenstra.eml", msg)

    ctx.later.append(mail_pa)
    ctx.label(
        f"{K}/Mail/Probleemanalyse D. Veenstra.eml::PA_Veenstra_07112023.pdf",
        "probleemanalyse",
        d,
        f"{K};libreoffice pdf in a mail;mail dated a day later",
    )
    d = D("2023-12-14")
    ctx.office.add(
        te(c, d, 0, title="Evaluatie plan van aanpak", nxt=D("2024-01-25")),
        office,
        FILES / K / "Evaluatie 14-12-2023.docx",
        "docx",
        naive(d, 16),
    )
    ctx.label(f"{K}/Evaluatie 14-12-2023.docx", "tussentijdse_evaluatie", d, f"{K};python-docx;")
    # calendar invitation (non-RIV)
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nORGANIZER;CN=Erwin Blok:mailto:erwin@verzuimmaatje.example\r\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Daan Veenstra:mailto:d.veenstra@vdbk-accountants.example\r\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Monique Kuipers:mailto:m.kuipers@vdbk-accountants.example\r\n"
        "SUMMARY;LANGUAGE=nl-NL:Evaluatie plan van aanpak Daan\r\nDTSTART;TZID=W. Europe Standard Time:20231214T140000\r\n"
        "DTEND;TZID=W. Europe Standard Time:20231214T150000\r\nLOCATION;LANGUAGE=nl-NL:Spreekkamer 1\r\n"
        "UID:040000008200E00074C5B7101A82E00800000000C9VDBK20231214\r\nDTSTAMP:20231206T093000Z\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    inv = build_mail(
        {
            "From": "Erwin Blok <erwin@verzuimmaatje.example>",
            "To": "Daan Veenstra <d.veenstra@vdbk-accountants.example>, Monique Kuipers <m.kuipers@vdbk-accountants.example>",
            "Subject": "Uitnodiging: Evaluatie plan van aanpak Daan",
            "Date": mdate(D("2023-12-06"), 10, 30),
            "Message-ID": "<c9-vdbk-inv@verzuimmaatje.example>",
        },
        "Wanneer: donderdag 14 december 2023 14:00-15:00 (UTC+01:00) Amsterdam.\nWaar: Spreekkamer 1\n\n"
        "Hoi Daan en Monique,\n\nZoals afgesproken plannen we de eerste evaluatie van het plan van aanpak. "
        "We bespreken hoe de opbouw gaat en wat de probleemanalyse van de bedrijfsarts voor de komende "
        "weken betekent.\n\nGroet,\nErwin",
        tag="vdbk-inv",
        calendar=ics,
    )
    write_mail(FILES / K / "Mail/Uitnodiging evaluatiegesprek.eml", inv)
    ctx.label(
        f"{K}/Mail/Uitnodiging evaluatiegesprek.eml",
        "",
        None,
        f"{K};outlook meeting request (text/calendar);invitation naming the plan van aanpak",
    )
    # psychologist's report, forwarded by the employee
    d = D("2024-01-18")
    psy = Doc(
        "Behandelverslag",
        "Vertrouwelijk",
        [("Cliënt", c.emp), ("Geboortedatum", fd(c.born, "num")), ("BSN", c.bsn), ("Datum", fd(d, "num"))],
        [
            H("Reden van aanmelding"),
            P("Verwezen door de huisarts wegens somberheid, piekeren en slaapproblemen sinds de zomer van 2023."),
            H("Diagnostiek"),
            P(
                "Depressieve stoornis, eenmalige episode, matig (DSM-5 296.22 / ICD-10 F32.1). PHQ-9 bij intake: 17. "
                "Geen suïcidaliteit."
            ),
            H("Behandeling"),
            P(
                "Cognitieve gedragstherapie, wekelijks, gestart 21 november 2023; tot nu toe 8 sessies. In overleg "
                "met de huisarts gestart met escitalopram 10 mg."
            ),
            H("Beloop en verwachting"),
            P("Lichte verbetering van stemming en slaap. Ik verwacht dat de behandeling nog 3 tot 4 maanden duurt."),
        ],
        [],
        Letter(
            sender=["Praktijk voor Psychologie Holterbroek", "mw. drs. J. de Boer, GZ-psycholoog, BIG 09089914125"],
            recipient=["Arbodienst Samen Gezond", "t.a.v. dr. L. Schuurman, bedrijfsarts", *list(c.arbo_lines[:2])],
            place_date=f"Holterbroek, {fd(d, 'long')}",
            subject="informatieverzoek d.d. 9 januari 2024 — D. Veenstra",
            salutation="Geachte collega,",
            closing=["Met vriendelijke groet,", "drs. J. de Boer, GZ-psycholoog"],
        ),
    )
    src = ctx.tmp("psy.pdf")
    write_fpdf_letter(
        src,
        psy,
        LetterStyle(
            "psy",
            font="helvetica",
            color=(60, 60, 60),
            producer="Microsoft: Print To PDF",
            footer="Praktijk voor Psychologie Holterbroek",
        ),
        created=naive(d),
    )

    def mail_psy(src=src) -> None:
        msg = build_mail(
            {
                "From": "Daan Veenstra <daanveenstra92@mail.example>",
                "To": "Erwin Blok <erwin@verzuimmaatje.example>",
                "Subject": "Verslag",
                "Date": mdate(D("2024-01-22"), 21, 7),
                "Message-ID": "<c9-vdbk-psy@mail.example>",
            },
            "Hoi Erwin,\n\nHierbij het verslag van mijn psycholoog, dan weet je hoe het gaat. Ik heb het ook "
            "naar de bedrijfsarts gestuurd.\n\nGroet, Daan\n\nVerzonden vanaf mijn iPhone",
            [("behandelverslag.pdf", src.read_bytes(), "application/pdf")],
            tag="vdbk-psy",
        )
        write_mail(FILES / K / "Mail/Verslag.eml", msg)

    ctx.later.append(mail_psy)
    ctx.label(
        f"{K}/Mail/Verslag.eml::behandelverslag.pdf",
        "medische_informatie",
        d,
        f"{K};fpdf letter in a mail;psychologist's report sent by the employee to the casemanager",
    )
    # bijstelling PvA inside a file still called 'PvA v1.docx'
    d = D("2024-03-21")
    ctx.office.add(
        bij_pva(
            c,
            d,
            title="Plan van aanpak (bijgesteld)",
            sub=f"Bijstelling plan van aanpak d.d. {fd(d, 'long')} — versie 3",
        ),
        office,
        FILES / K / "PvA v1.docx",
        "docx",
        naive(d, 10),
    )
    ctx.label(
        f"{K}/PvA v1.docx",
        "bijstelling_plan_van_aanpak",
        d,
        f"{K};python-docx;file name of the first version, content is the bijstelling (v3)",
    )
    d = D("2024-07-25")
    uwv = LetterStyle("uwv", logo="UWV", color=(0, 82, 110), producer="UWV Documentservice")
    write_fpdf_letter(
        FILES / K / "UWV/Bevestiging ziekmelding.pdf",
        uwv_confirm(c, d, D("2024-07-15"), "ZM-2290-7715-02"),
        uwv,
        created=naive(d),
    )
    ctx.label(f"{K}/UWV/Bevestiging ziekmelding.pdf", "ziekmelding_uwv", d, f"{K};fpdf letter;")
    tb = Portal(
        "talentbrug",
        "Talentbrug · rapportages",
        c.rib,
        color="#5a189a",
        layout="plain",
        footer_extra="Talentbrug B.V.",
        font="Nimbus Roman",
    )
    d = D("2024-08-20")
    write_portal_pdf(
        FILES / K / "AD rapport Talentbrug.pdf",
        ad_report(c, d, D("2024-08-08"), title="Arbeidsdeskundig rapport", sub="Spoor 1 / spoor 2-advies"),
        tb,
        crumbs=["Dossiers", "Van den Berg & Kuipers", "Veenstra, D."],
        printed="20-08-2024 17:12",
    )
    ctx.label(f"{K}/AD rapport Talentbrug.pdf", "arbeidsdeskundig_rapport", d, f"{K};weasyprint web report, serif;")
    d = D("2024-09-05")
    ctx.office.add(eje(c, d), office_pdf, FILES / K / "Eerstejaarsevaluatie Veenstra.pdf", "pdf", naive(d, 15))
    ctx.label(f"{K}/Eerstejaarsevaluatie Veenstra.pdf", "eerstejaarsevaluatie", d, f"{K};libreoffice pdf;")
    d = D("2025-06-05")
    write_fpdf_letter(FILES / K / "UWV/WIA.pdf", uwv_wia(c, d, "WIA-2025-187204"), uwv, created=naive(d))
    ctx.label(f"{K}/UWV/WIA.pdf", "uwv_correspondentie", d, f"{K};fpdf letter;")
    d = D("2025-06-06")
    write_portal_pdf(
        FILES / K / "Eindrapportage Talentbrug.pdf",
        eind2(c, d, D("2024-10-07"), title="Eindrapportage 2e spoor"),
        tb,
        crumbs=["Dossiers", "Van den Berg & Kuipers", "Veenstra, D."],
        printed="06-06-2025 11:40",
    )
    ctx.label(f"{K}/Eindrapportage Talentbrug.pdf", "eindrapportage_tweede_spoor", d, f"{K};weasyprint web report;")
    # AO in a mail forwarded inside a mail
    d = D("2025-06-11")
    src = ctx.tmp("ao.pdf")
    ctx.office.add(ao(c, d, D("2025-06-10")), sg, src, "pdf", naive(d, 13))

    def mail_ao(src=src) -> None:
        inner = build_mail(
            {
                "From": "Arbodienst Samen Gezond <noreply@samengezond.example>",
                "To": "Erwin Blok <erwin@verzuimmaatje.example>",
                "Subject": "Actueel oordeel D. Veenstra (SG-2023-5521)",
                "Date": mdate(D("2025-06-12"), 8, 1),
                "Message-ID": "<c9-vdbk-ao-in@samengezond.example>",
            },
            "Geachte heer Blok,\n\nIn de bijlage vindt u het actueel oordeel van de bedrijfsarts ten "
            "behoeve van het re-integratieverslag.\n\nMet vriendelijke groet,\nArbodienst Samen Gezond",
            [("AO_Veenstra_11062025.pdf", src.read_bytes(), "application/pdf")],
            tag="vdbk-ao-in",
        )
        outer = build_mail(
            {
                "From": "Erwin Blok <erwin@verzuimmaatje.example>",
                "To": "Monique Kuipers <m.kuipers@vdbk-accountants.example>",
                "Subject": "FW: Actueel oordeel D. Veenstra",
                "Date": mdate(D("2025-06-16"), 16, 45),
                "Message-ID": "<c9-vdbk-ao-out@verzuimmaatje.example>",
            },
            "Hoi Monique,\n\nHierbij het actueel oordeel van de bedrijfsarts. Dan kunnen we donderdag de "
            "eindevaluatie maken en het re-integratieverslag compleet maken.\n\nGroet,\nErwin",
            [("Actueel oordeel D. Veenstra.eml", inner, "message/rfc822")],
            tag="vdbk-ao-out",
        )
        write_mail(FILES / K / "Mail/FW_ Actueel oordeel D. Veenstra.eml", outer)

    ctx.later.append(mail_ao)
    ctx.label(
        f"{K}/Mail/FW_ Actueel oordeel D. Veenstra.eml::Actueel oordeel D. Veenstra.eml::AO_Veenstra_11062025.pdf",
        "actueel_oordeel",
        d,
        f"{K};libreoffice pdf in a mail forwarded as an attachment;",
    )
    d = D("2025-06-19")
    src = ctx.tmp("ev.pdf")
    ctx.office.add(ev(c, d, D("2025-06-11")), office_pdf, src, "pdf", naive(d, 15))
    ctx.later.append(
        lambda src=src: write_scan(
            FILES / K / "Eindevaluatie Veenstra getekend.pdf",
            src,
            dpi=150,
            skew=0.5,
            contrast=0.8,
            noise=0.2,
            signatures="auto",
            created=stamp_dt(D("2025-06-20"), 8, 15),
            producer="Brother MFC-L8900CDW",
        )
    )
    ctx.label(
        f"{K}/Eindevaluatie Veenstra getekend.pdf", "eindevaluatie", d, f"{K};libreoffice pdf, signed and scanned grey;"
    )
    d = D("2025-06-24")
    src = ctx.tmp("ow.pdf")
    ctx.office.add(
        ow(c, d, title="Reactie op het re-integratieverslag", ds="long"),
        House("daan", "", (), font="Nimbus Sans", size=11, header="none", page_numbers=False, author="Daan Veenstra"),
        src,
        "pdf",
        naive(d, 22),
    )

    def mail_ow(src=src) -> None:
        msg = build_mail(
            {
                "From": "Daan Veenstra <daanveenstra92@mail.example>",
                "To": "Erwin Blok <erwin@verzuimmaatje.example>",
                "Cc": "Monique Kuipers <m.kuipers@vdbk-accountants.example>",
                "Subject": "mijn reactie RIV",
                "Date": mdate(D("2025-06-25"), 7, 12),
                "Message-ID": "<c9-vdbk-ow@mail.example>",
            },
            "Hoi Erwin,\n\nZie bijlage.\n\nDaan",
            [("Reactie Daan.pdf", src.read_bytes(), "application/pdf")],
            tag="vdbk-ow",
        )
        write_mail(FILES / K / "Mail/Mijn reactie RIV.eml", msg)

    ctx.later.append(mail_ow)
    ctx.label(
        f"{K}/Mail/Mijn reactie RIV.eml::Reactie Daan.pdf",
        "oordeel_werknemer",
        d,
        f"{K};libreoffice pdf in a mail;'Reactie op het re-integratieverslag'",
    )
    # UWV-style brochure (non-RIV)
    bro = """<html><head><meta charset='utf-8'><style>
@page { size: A4; margin: 16mm; @bottom-center { content: "UWV · Het re-integratieverslag · versie 2024-03 · " counter(page); font: 7.5pt 'Nimbus Sans'; } }
body { font-family: 'Nimbus Sans'; font-size: 9.5pt; } h1 { color: #00526e; font-size: 20pt; margin: 0 0 2mm 0; }
.lead { font-size: 11pt; color: #333; margin-bottom: 6mm; } .cols { columns: 2; column-gap: 8mm; }
h2 { color: #00526e; font-size: 11pt; margin: 4mm 0 1mm 0; } li { margin-bottom: 1mm; }
.box { background: #e6f1f4; padding: 3mm; margin: 3mm 0; }
</style></head><body><div style='font-weight:bold;color:#00526e;font-size:14pt'>UWV</div>
<h1>Het re-integratieverslag</h1><div class='lead'>Informatie voor werkgevers en werknemers bij de aanvraag van een WIA-uitkering</div>
<div class='cols'><h2>Wat is het re-integratieverslag?</h2><p>In het re-integratieverslag staat wat u en uw werknemer in de
afgelopen twee jaar hebben gedaan om weer aan het werk te komen. UWV beoordeelt met dit verslag of de
re-integratie-inspanningen voldoende waren.</p><h2>Welke documenten horen erbij?</h2><ul>
<li>de probleemanalyse van de bedrijfsarts en eventuele bijstellingen;</li><li>het plan van aanpak en de bijstellingen;</li>
<li>de eerstejaarsevaluatie;</li><li>het actueel oordeel van de bedrijfsarts;</li><li>de eindevaluatie;</li>
<li>het oordeel van de werknemer.</li></ul><p>Heeft u een arbeidsdeskundige of een re-integratiebureau ingeschakeld?
Stuur dan ook het arbeidsdeskundig rapport en de rapportages van het tweede spoor mee.</p>
<div class='box'>De medische informatie stuurt u niet mee. Uw werknemer of de bedrijfsarts stuurt die rechtstreeks naar UWV.</div>
<h2>Wanneer?</h2><p>Uw werknemer krijgt rond week 88 een brief van UWV. De aanvraag moet uiterlijk in week 93 binnen zijn.
U stuurt het verslag binnen één dag na de aanvraag via het werkgeversportaal.</p><h2>Is het verslag niet compleet?</h2>
<p>Dan krijgt u een brief met de ontbrekende stukken en een termijn. Ontbreken stukken daarna nog, dan kan UWV een
loonsanctie opleggen: u betaalt dan maximaal 52 weken langer loon door.</p><h2>Meer informatie</h2><p>Kijk op uwv.nl/werkgevers.</p></div>
</body></html>"""
    write_portal_pdf(
        FILES / K / "UWV brochure - Re-integratieverslag.pdf", Doc(None), tb, crumbs=[], printed="", raw_html=bro
    )
    ctx.label(
        f"{K}/UWV brochure - Re-integratieverslag.pdf", "", None, f"{K};weasyprint brochure;names every RIV document"
    )


# =============================================================================================
# main
# =============================================================================================

CASES = [case_lindehof, case_brouwer, case_nordlicht, case_horizon, case_vanoosten, case_vdberg]


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="corpus9_") as tmp:
        ctx = Ctx(Path(tmp))
        for fn in CASES:
            fn(ctx, random.Random(seed_of("corpus9", fn.__name__)))
        ctx.office.run()
        for step in ctx.later:
            step()
    rows = sorted(ctx.labels, key=lambda r: r["path"])
    with LABELS.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    size = sum(p.stat().st_size for p in FILES.rglob("*") if p.is_file())
    n_files = sum(1 for p in FILES.rglob("*") if p.is_file())
    print(f"{len(rows)} labels, {n_files} files, {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
