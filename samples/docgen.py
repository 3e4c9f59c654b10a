"""Deterministic writers for synthetic re-integration documents (test corpus and sample cases).

A document is a list of *blocks* plus a *house style*:

    blocks = [
        Title("Plan van aanpak", sub="re-integratie"),
        Fields([("Naam werknemer", "J. de Vries"), ("BSN", "123456782")]),
        Heading("Afspraken"),
        Para("Werknemer hervat ..."),
        Bullets(["...", "..."]),
        Table(["Activiteit", "Wie", "Wanneer"], [["...", "...", "..."]]),
        Signatures([Sig("Werkgever", "A. Jansen", "Casemanager", "12 maart 2025")]),
    ]

The ``Style`` carries both the organisation (letterhead, footer) and the visual look (font,
colour, letterhead layout, whether fields are drawn as a table, DOCX form layout).

Everything is deterministic: no clock reads, fixed creation dates, seeded randomness and
fixed MIME boundaries, so regenerating gives byte-identical files (pikepdf/pypdf
encryption aside).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import zipfile
from dataclasses import dataclass
from email import policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path
from typing import Any

FIXED_DATE = dt.datetime(2025, 1, 1, 9, 0, 0, tzinfo=dt.UTC)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {
    # family -> (regular, bold, italic)
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "condensed": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
    ),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
}
CORE_FALLBACK = {"sans": "helvetica", "serif": "times", "condensed": "helvetica", "mono": "courier"}
DOCX_FONTS = {"sans": "Arial", "serif": "Times New Roman", "condensed": "Calibri", "mono": "Courier New"}


# --------------------------------------------------------------------------------------------
# Block model
# --------------------------------------------------------------------------------------------


@dataclass
class Title:
    text: str
    sub: str = ""


@dataclass
class Heading:
    text: str


@dataclass
class Fields:
    items: list[tuple[str, str]]


@dataclass
class Para:
    text: str


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]


@dataclass
class Sig:
    role: str  # "Werkgever", "Werknemer", "Bedrijfsarts", ...
    name: str
    function: str = ""
    date: str = ""
    signed: bool = True


@dataclass
class Signatures:
    sigs: list[Sig]


Block = Title | Heading | Fields | Para | Bullets | Table | Signatures


@dataclass
class Style:
    """A house style: who the letterhead belongs to and how its documents look."""

    key: str
    org: str
    org_lines: tuple[str, ...] = ()
    font: str = "sans"  # sans | serif | condensed | mono
    accent: tuple[int, int, int] = (0, 70, 140)
    letterhead: str = "left"  # left | right | band | centered | none
    title_upper: bool = False
    fields_as_table: bool = False
    footer: str = ""
    base_size: float = 10.0
    docx_title_in_header: bool = False  # DOCX: the title only appears in the page header
    docx_form: bool = False  # DOCX: everything in an "Onderdeel | Invulling" table, title in a cell
    producer: str = ""  # PDF producer string (e.g. "Microsoft Word 2016")
    author: str = ""  # document metadata author


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _seed(*parts: Any) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def _ascii_safe(text: str) -> str:
    """For the core-font fallback: latin-1 only."""
    text = text.replace("€", "EUR").replace("–", "-").replace("—", "-").replace("’", "'")
    text = text.replace("“", '"').replace("”", '"').replace("•", "-").replace("…", "...")
    return text.encode("latin-1", "replace").decode("latin-1")


def _title_text(t: Title, style: Style) -> str:
    return t.text.upper() if style.title_upper else t.text


# --------------------------------------------------------------------------------------------
# PDF (fpdf2)
# --------------------------------------------------------------------------------------------


def write_pdf(path: str | Path, blocks: list[Block], style: Style) -> Path:
    """Write a text PDF (with text layer) in the given house style."""
    from fpdf import FPDF

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer(style.producer or "fpdf2")
    if style.author:
        pdf.set_author(style.author)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)

    files = FONT_FILES.get(style.font, FONT_FILES["sans"])
    unicode_ok = all((FONT_DIR / f).exists() for f in files)
    if unicode_ok:
        fam = "house"
        pdf.add_font(fam, "", str(FONT_DIR / files[0]))
        pdf.add_font(fam, "B", str(FONT_DIR / files[1]))
        pdf.add_font(fam, "I", str(FONT_DIR / files[2]))
        conv = str
    else:  # graceful fallback: core fonts, latin-1 text
        fam = CORE_FALLBACK.get(style.font, "helvetica")
        conv = _ascii_safe

    base = style.base_size
    accent = style.accent
    rng = random.Random(_seed(path.name, style.key))

    def footer() -> None:
        pdf.set_y(-14)
        pdf.set_font(fam, "", base - 2.5)
        pdf.set_text_color(110, 110, 110)
        left = conv(style.footer or style.org)
        pdf.cell(0, 5, left, align="L")
        pdf.set_x(pdf.l_margin)
        pdf.cell(0, 5, f"{pdf.page_no()}", align="R")
        pdf.set_text_color(0, 0, 0)

    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()

    # letterhead
    lh = style.letterhead
    if lh != "none":
        if lh == "band":
            pdf.set_fill_color(*accent)
            pdf.rect(0, 0, 210, 24, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(20, 7)
            pdf.set_font(fam, "B", base + 5)
            pdf.cell(0, 7, conv(style.org))
            pdf.set_xy(20, 14)
            pdf.set_font(fam, "", base - 2)
            pdf.cell(0, 5, conv("  ·  ".join(style.org_lines)))
            pdf.set_text_color(0, 0, 0)
            pdf.set_fill_color(235, 235, 235)
            pdf.set_y(32)
        else:
            align = {"left": "L", "right": "R", "centered": "C"}.get(lh, "L")
            pdf.set_font(fam, "B", base + 4)
            pdf.set_text_color(*accent)
            pdf.cell(0, 7, conv(style.org), align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(80, 80, 80)
            pdf.set_font(fam, "", base - 2)
            for line in style.org_lines:
                pdf.cell(0, 4.2, conv(line), align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(*accent)
            pdf.set_line_width(0.4)
            pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
            pdf.set_y(pdf.get_y() + 7)

    width = 170
    for b in blocks:
        if isinstance(b, Title):
            pdf.set_font(fam, "B", base + 6)
            pdf.set_text_color(*accent)
            pdf.multi_cell(width, 8, conv(_title_text(b, style)), new_x="LMARGIN", new_y="NEXT")
            if b.sub:
                pdf.set_font(fam, "I", base + 1)
                pdf.multi_cell(width, 6, conv(b.sub), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif isinstance(b, Heading):
            pdf.ln(2)
            pdf.set_font(fam, "B", base + 1.5)
            pdf.set_text_color(*accent)
            pdf.multi_cell(width, 6, conv(b.text), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif isinstance(b, Fields):
            if style.fields_as_table:
                pdf.set_font(fam, "", base - 0.5)
                pdf.set_draw_color(150, 150, 150)
                with pdf.table(col_widths=(55, 115), line_height=5.5, first_row_as_headings=False) as t:
                    for k, v in b.items:
                        row = t.row()
                        row.cell(conv(k))
                        row.cell(conv(v))
                pdf.ln(2)
            else:
                for k, v in b.items:
                    pdf.set_font(fam, "B", base)
                    label = conv(k if k.endswith(":") or not k else k + ":")
                    pdf.cell(55, 5.5, label)
                    pdf.set_font(fam, "", base)
                    pdf.multi_cell(width - 55, 5.5, conv(v), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        elif isinstance(b, Para):
            pdf.set_font(fam, "", base)
            pdf.multi_cell(width, 5.2, conv(b.text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif isinstance(b, Bullets):
            pdf.set_font(fam, "", base)
            bullet = "•" if unicode_ok else "-"
            for item in b.items:
                pdf.set_x(24)
                pdf.cell(5, 5.2, bullet)
                pdf.multi_cell(width - 9, 5.2, conv(item), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif isinstance(b, Table):
            pdf.set_font(fam, "", base - 1)
            pdf.set_draw_color(120, 120, 120)
            with pdf.table(line_height=5) as t:
                hdr = t.row()
                for h in b.header:
                    hdr.cell(conv(h))
                for r in b.rows:
                    row = t.row()
                    for c in r:
                        row.cell(conv(c))
            pdf.ln(3)
        elif isinstance(b, Signatures):
            pdf.ln(3)
            n = max(1, len(b.sigs))
            colw = width / min(n, 3)
            for start in range(0, n, 3):
                chunk = b.sigs[start : start + 3]
                y0 = pdf.get_y()
                if y0 > 240:
                    pdf.add_page()
                    y0 = pdf.get_y()
                for i, s in enumerate(chunk):
                    x = 20 + i * colw
                    pdf.set_xy(x, y0)
                    pdf.set_font(fam, "B", base - 0.5)
                    pdf.cell(colw - 4, 5, conv(s.role), new_x="LEFT", new_y="NEXT")
                    if s.signed:
                        _pdf_squiggle(pdf, x + 2, y0 + 7, colw - 20, rng)
                    pdf.set_xy(x, y0 + 20)
                    pdf.set_draw_color(0, 0, 0)
                    pdf.line(x, y0 + 19, x + colw - 8, y0 + 19)
                    pdf.set_font(fam, "", base - 1)
                    pdf.cell(colw - 4, 4.5, conv(s.name), new_x="LEFT", new_y="NEXT")
                    if s.function:
                        pdf.cell(colw - 4, 4.5, conv(s.function), new_x="LEFT", new_y="NEXT")
                    if s.date:
                        pdf.cell(colw - 4, 4.5, conv(s.date), new_x="LEFT", new_y="NEXT")
                pdf.set_y(y0 + 36)
    path.write_bytes(bytes(pdf.output()))
    return path


def _pdf_squiggle(pdf: Any, x: float, y: float, w: float, rng: random.Random) -> None:
    pdf.set_draw_color(20, 30, 110)
    pdf.set_line_width(0.35)
    px, py = x, y + 6
    steps = 14
    for i in range(1, steps + 1):
        nx = x + w * i / steps
        ny = y + 6 + rng.uniform(-4.5, 4.5)
        pdf.line(px, py, nx, ny)
        px, py = nx, ny
    pdf.set_line_width(0.2)


# --------------------------------------------------------------------------------------------
# DOCX (python-docx)
# --------------------------------------------------------------------------------------------


def _fix_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and order so the bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_docx(path: str | Path, blocks: list[Block], style: Style) -> Path:
    """Write a DOCX. ``style.docx_form`` puts everything in tables; ``docx_title_in_header``
    moves the title into the page header (and nowhere else)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = Document()
    cp = doc.core_properties
    cp.author = style.author or style.org
    cp.last_modified_by = style.author or style.org
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 1
    cp.title = ""
    normal = doc.styles["Normal"]
    normal.font.name = DOCX_FONTS.get(style.font, "Arial")
    normal.font.size = Pt(style.base_size)
    color = RGBColor(*style.accent)

    sec = doc.sections[0]
    hdr = sec.header.paragraphs[0]
    titles = [b for b in blocks if isinstance(b, Title)]
    if style.docx_title_in_header and titles:
        r = hdr.add_run(style.org + "\n")
        r.font.size = Pt(8)
        r2 = hdr.add_run(_title_text(titles[0], style))
        r2.bold = True
        r2.font.size = Pt(13)
        r2.font.color.rgb = color
    else:
        r = hdr.add_run(style.org + ("  |  " + " · ".join(style.org_lines[:2]) if style.org_lines else ""))
        r.font.size = Pt(8)
        r.font.color.rgb = color
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT if style.letterhead == "right" else WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run(style.footer or style.org)
    fr.font.size = Pt(7.5)

    if style.docx_form:
        _docx_form(doc, blocks, style, color)
    else:
        for b in blocks:
            if isinstance(b, Title):
                if style.docx_title_in_header:
                    continue
                p = doc.add_paragraph()
                run = p.add_run(_title_text(b, style))
                run.bold = True
                run.font.size = Pt(style.base_size + 7)
                run.font.color.rgb = color
                if b.sub:
                    s = doc.add_paragraph().add_run(b.sub)
                    s.italic = True
            elif isinstance(b, Heading):
                p = doc.add_paragraph()
                run = p.add_run(b.text)
                run.bold = True
                run.font.size = Pt(style.base_size + 1.5)
                run.font.color.rgb = color
            elif isinstance(b, Fields):
                if style.fields_as_table:
                    t = doc.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                    for k, v in b.items:
                        cells = t.add_row().cells
                        cells[0].text = k
                        cells[1].text = v
                    doc.add_paragraph()
                else:
                    for k, v in b.items:
                        p = doc.add_paragraph()
                        p.paragraph_format.space_after = Pt(0)
                        kr = p.add_run(k if k.endswith(":") else k + ":")
                        kr.bold = True
                        p.add_run("\t" + v)
                    doc.add_paragraph()
            elif isinstance(b, Para):
                doc.add_paragraph(b.text)
            elif isinstance(b, Bullets):
                for item in b.items:
                    doc.add_paragraph(item, style="List Bullet")
            elif isinstance(b, Table):
                _docx_table(doc, b)
            elif isinstance(b, Signatures):
                _docx_sigs(doc, b)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))
    return path


def _docx_table(doc: Any, b: Table) -> None:
    t = doc.add_table(rows=1, cols=len(b.header))
    t.style = "Table Grid"
    for i, h in enumerate(b.header):
        t.rows[0].cells[i].text = h
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    for row in b.rows:
        cells = t.add_row().cells
        for i, c in enumerate(row):
            cells[i].text = c
    doc.add_paragraph()


def _docx_sigs(doc: Any, b: Signatures) -> None:
    t = doc.add_table(rows=1, cols=len(b.sigs))
    t.style = "Table Grid"
    for i, s in enumerate(b.sigs):
        lines = [s.role, "", "(getekend)" if s.signed else "", "Naam: " + s.name]
        if s.function:
            lines.append("Functie: " + s.function)
        if s.date:
            lines.append("Datum: " + s.date)
        t.rows[0].cells[i].text = "\n".join(lines)
    doc.add_paragraph()


def _docx_form(doc: Any, blocks: list[Block], style: Style, color: Any) -> None:
    """Form layout: title in a table cell, then one two-column table 'Onderdeel | Invulling'."""
    from docx.shared import Pt

    titles = [b for b in blocks if isinstance(b, Title)]
    if titles and not style.docx_title_in_header:
        tt = doc.add_table(rows=1, cols=1)
        tt.style = "Table Grid"
        c = tt.rows[0].cells[0]
        run = c.paragraphs[0].add_run(_title_text(titles[0], style))
        run.bold = True
        run.font.size = Pt(style.base_size + 5)
        run.font.color.rgb = color
        if titles[0].sub:
            c.add_paragraph(titles[0].sub)
        doc.add_paragraph()
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Onderdeel"
    t.rows[0].cells[1].text = "Invulling"
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    pending_heading: str | None = None
    for b in blocks:
        if isinstance(b, Title):
            continue
        if isinstance(b, Heading):
            if pending_heading is not None:
                cells = t.add_row().cells
                cells[0].text = pending_heading
            pending_heading = b.text
            continue
        if isinstance(b, Fields):
            for k, v in b.items:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
            continue
        if isinstance(b, Para | Bullets):
            text = b.text if isinstance(b, Para) else "\n".join("- " + i for i in b.items)
            cells = t.add_row().cells
            cells[0].text = pending_heading or ""
            cells[1].text = text
            pending_heading = None
            continue
        if isinstance(b, Table):
            cells = t.add_row().cells
            cells[0].text = pending_heading or ""
            cells[1].text = "\n".join(" | ".join(r) for r in [b.header, *b.rows])
            pending_heading = None
            continue
        if isinstance(b, Signatures):
            for s in b.sigs:
                cells = t.add_row().cells
                cells[0].text = f"Handtekening {s.role.lower()}"
                parts = [s.name, s.function, s.date, "(getekend)" if s.signed else "(niet getekend)"]
                cells[1].text = "\n".join(p for p in parts if p)
    if pending_heading is not None:
        t.add_row().cells[0].text = pending_heading


# --------------------------------------------------------------------------------------------
# raster rendering (Pillow) for scans and photos
# --------------------------------------------------------------------------------------------


def _font(style: Style, kind: int, px: int) -> Any:
    from PIL import ImageFont

    files = FONT_FILES.get(style.font, FONT_FILES["sans"])
    try:
        return ImageFont.truetype(str(FONT_DIR / files[kind]), px)
    except OSError:
        return ImageFont.load_default()


def render_pages(blocks: list[Block], style: Style, dpi: int = 200, seed: int = 0) -> list[Any]:
    """Render blocks to A4 page images (mode 'L'), a simple flow layout."""
    from PIL import Image, ImageDraw

    W, H = int(8.27 * dpi), int(11.69 * dpi)
    mm = dpi / 25.4
    left, right, top, bottom = int(20 * mm), int(W - 20 * mm), int(18 * mm), int(H - 20 * mm)
    pt = dpi / 72
    base = style.base_size
    f_reg = _font(style, 0, int(base * pt))
    f_bold = _font(style, 1, int(base * pt))
    f_it = _font(style, 2, int((base + 1) * pt))
    f_title = _font(style, 1, int((base + 6) * pt))
    f_org = _font(style, 1, int((base + 4) * pt))
    f_small = _font(style, 0, int((base - 2) * pt))
    rng = random.Random(seed)
    pages: list[Any] = []
    gray = int(sum(style.accent) / 3 * 0.6)

    state: dict[str, Any] = {}

    def new_page() -> None:
        img = Image.new("L", (W, H), 255)
        state["img"] = img
        state["d"] = ImageDraw.Draw(img)
        state["y"] = top
        pages.append(img)

    def ensure(h: int) -> None:
        if state["y"] + h > bottom:
            new_page()

    def wrap(text: str, font: Any, width: int) -> list[str]:
        out: list[str] = []
        for para in text.split("\n"):
            words, line = para.split(" "), ""
            for w in words:
                cand = (line + " " + w).strip()
                if state["d"].textlength(cand, font=font) <= width:
                    line = cand
                else:
                    if line:
                        out.append(line)
                    line = w
            out.append(line)
        return out

    def text(txt: str, font: Any, x: int = left, width: int | None = None, fill: int = 0, lh: float = 1.35) -> None:
        width = width or right - x
        size = font.size if hasattr(font, "size") else 12
        for line in wrap(txt, font, width):
            ensure(int(size * lh))
            state["d"].text((x, state["y"]), line, font=font, fill=fill)
            state["y"] += int(size * lh)

    new_page()
    d = state["d"]
    if style.letterhead != "none":
        d.text((left, state["y"]), style.org, font=f_org, fill=gray)
        state["y"] += int((base + 4) * pt * 1.5)
        for line in style.org_lines:
            d.text((left, state["y"]), line, font=f_small, fill=90)
            state["y"] += int((base - 2) * pt * 1.4)
        state["y"] += int(2 * mm)
        d.line((left, state["y"], right, state["y"]), fill=gray, width=3)
        state["y"] += int(6 * mm)
    for b in blocks:
        if isinstance(b, Title):
            text(_title_text(b, style), f_title, fill=gray)
            if b.sub:
                text(b.sub, f_it)
            state["y"] += int(3 * mm)
        elif isinstance(b, Heading):
            state["y"] += int(2 * mm)
            text(b.text, f_bold)
        elif isinstance(b, Fields):
            for k, v in b.items:
                ensure(int(base * pt * 1.4))
                y0 = state["y"]
                state["d"].text((left, y0), k if k.endswith(":") else k + ":", font=f_bold, fill=0)
                text(v, f_reg, x=left + int(55 * mm))
            state["y"] += int(2 * mm)
        elif isinstance(b, Para):
            text(b.text, f_reg)
            state["y"] += int(2 * mm)
        elif isinstance(b, Bullets):
            for item in b.items:
                ensure(int(base * pt * 1.4))
                state["d"].text((left + int(4 * mm), state["y"]), "-", font=f_reg, fill=0)
                text(item, f_reg, x=left + int(9 * mm))
            state["y"] += int(2 * mm)
        elif isinstance(b, Table):
            ncol = len(b.header)
            colw = (right - left) // ncol
            for ri, row in enumerate([b.header, *b.rows]):
                font = f_bold if ri == 0 else f_reg
                heights = [len(wrap(c, font, colw - 12)) for c in row]
                h = int(max(heights) * base * pt * 1.35 + 10)
                ensure(h)
                y0 = state["y"]
                for ci, c in enumerate(row):
                    x = left + ci * colw
                    state["d"].rectangle((x, y0, x + colw, y0 + h), outline=80, width=2)
                    yy = y0 + 5
                    for line in wrap(c, font, colw - 12):
                        state["d"].text((x + 6, yy), line, font=font, fill=0)
                        yy += int(base * pt * 1.35)
                state["y"] = y0 + h
            state["y"] += int(4 * mm)
        elif isinstance(b, Signatures):
            n = min(3, len(b.sigs))
            colw = (right - left) // max(n, 1)
            ensure(int(45 * mm))
            y0 = state["y"] + int(3 * mm)
            for i, s in enumerate(b.sigs[:3]):
                x = left + i * colw
                dd = state["d"]
                dd.text((x, y0), s.role, font=f_bold, fill=0)
                if s.signed:
                    px, py = x + 20, y0 + int(13 * mm)
                    for k in range(1, 16):
                        nx = x + 20 + (colw - 120) * k / 15
                        ny = y0 + int(13 * mm) + rng.uniform(-9 * mm / 2, 9 * mm / 2)
                        dd.line((px, py, nx, ny), fill=30, width=4)
                        px, py = nx, ny
                dd.line((x, y0 + int(20 * mm), x + colw - 40, y0 + int(20 * mm)), fill=0, width=2)
                yy = y0 + int(22 * mm)
                for line in [s.name, s.function, s.date]:
                    if line:
                        dd.text((x, yy), line, font=f_reg, fill=0)
                        yy += int(base * pt * 1.35)
            state["y"] = y0 + int(42 * mm)
    # footer
    for i, img in enumerate(pages, 1):
        ImageDraw.Draw(img).text((left, H - int(14 * mm)), f"{style.footer or style.org}   {i}", font=f_small, fill=110)
    return pages


def _noise(size: tuple[int, int], sigma: float, rng: random.Random, scale: int = 1) -> Any:
    """Seeded gaussian-ish noise image centred on 128 (Image.effect_noise is not seedable)."""
    from statistics import NormalDist

    from PIL import Image

    w, h = max(1, size[0] // scale), max(1, size[1] // scale)
    nd = NormalDist()
    lut = [max(0, min(255, 128 + round(sigma * nd.inv_cdf((i + 0.5) / 256)))) for i in range(256)]
    img = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lut)
    return img.resize(size, Image.BILINEAR) if scale != 1 else img


def _degrade(img: Any, rng: random.Random, rotate_deg: float, noise: float) -> Any:
    from PIL import Image, ImageChops, ImageFilter

    img = img.filter(ImageFilter.GaussianBlur(0.6))
    if noise > 0:
        n = _noise(img.size, 14 * noise, rng, scale=2)  # centred on 128
        img = ImageChops.add(img, n, scale=1.0, offset=-128)
    # paper tone: slightly grey background
    img = img.point(lambda v: int(v * 0.93 + 6))
    img = img.rotate(rotate_deg, resample=Image.BICUBIC, expand=False, fillcolor=236)
    # speckles
    px = img.load()
    w, h = img.size
    for _ in range(int(400 * noise)):
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.randrange(0, 90)
    return img


def write_scan_pdf(
    path: str | Path,
    blocks: list[Block],
    style: Style,
    *,
    rotate_deg: float = 0.7,
    noise: float = 0.5,
    jpeg_quality: int = 45,
    upside_down: bool = False,
    dpi: int = 200,
    producer: str = "Canon iR-ADV C5535 PDF",
) -> Path:
    """Image-only PDF (no text layer): rendered page, rotated, noisy, JPEG-compressed."""
    import img2pdf

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    seed = _seed(path.name, style.key, "scan")
    rng = random.Random(seed)
    jpgs = []
    for i, page in enumerate(render_pages(blocks, style, dpi=dpi, seed=seed)):
        img = _degrade(page, rng, rotate_deg + rng.uniform(-0.2, 0.2) * i, noise)
        if upside_down:
            img = img.rotate(180)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=jpeg_quality, dpi=(dpi, dpi))
        jpgs.append(buf.getvalue())
    path.write_bytes(
        img2pdf.convert(
            jpgs,
            engine=img2pdf.Engine.internal,
            producer=producer,
            creator=producer,
            creationdate=FIXED_DATE,
            moddate=FIXED_DATE,
        )
    )
    return path


def write_photo_jpg(
    path: str | Path,
    blocks: list[Block],
    style: Style,
    *,
    taken: dt.datetime,
    orientation: int = 1,
    tilt: float = 0.06,
    make: str = "Samsung",
    model: str = "Galaxy A52",
    quality: int = 72,
) -> Path:
    """A phone photo of a (signed) page: perspective tilt, table background, uneven light,
    EXIF DateTimeOriginal and Orientation. With ``orientation=6`` the pixels are stored
    rotated (as phones do) and the tag says how to turn them upright."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    seed = _seed(path.name, style.key, "photo")
    rng = random.Random(seed)
    page = render_pages(blocks, style, dpi=150, seed=seed)[0].convert("RGB")
    pw, ph = page.size
    W, H = int(pw * 1.18), int(ph * 1.14)
    canvas = Image.new("RGB", (W, H), (112, 86, 62))  # wooden table
    tex = _noise((W, H), 14, rng, scale=3).convert("RGB")
    canvas = ImageChops.add(canvas, tex, scale=1.0, offset=-128)
    ox, oy = (W - pw) // 2, (H - ph) // 2
    canvas.paste(page, (ox, oy))
    # perspective: map output quad to input (coefficients via 8-point solve)
    dx, dy = tilt * W, tilt * H * 0.5
    src = [
        (ox - dx * 0.6, oy - dy * 0.2),
        (ox + pw + dx * 0.3, oy + dy * 0.3),
        (ox + pw + dx, oy + ph + dy * 0.1),
        (ox - dx * 0.2, oy + ph - dy * 0.4),
    ]
    dst = [(0, 0), (W, 0), (W, H), (0, H)]
    coeffs = _perspective_coeffs(dst, src)
    img = canvas.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(90, 70, 50))
    # uneven lighting: a dark gradient from one corner
    shade = Image.new("L", (W, H), 0)
    sd = ImageDraw.Draw(shade)
    for i in range(0, 255, 3):
        r = int(max(W, H) * (1.3 - i / 255))
        sd.ellipse((int(W * 0.7) - r, int(H * 0.25) - r, int(W * 0.7) + r, int(H * 0.25) + r), fill=i)
    shade = shade.filter(ImageFilter.GaussianBlur(60)).point(lambda v: int(150 + v * 105 / 255))
    img = ImageChops.multiply(img, Image.merge("RGB", (shade, shade, shade.point(lambda v: int(v * 0.93)))))
    img = img.resize((W * 9 // 10, H * 9 // 10), Image.LANCZOS)
    if orientation == 6:
        img = img.rotate(90, expand=True)
    elif orientation == 3:
        img = img.rotate(180, expand=True)
    elif orientation == 8:
        img = img.rotate(270, expand=True)
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = orientation
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x0132] = stamp
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0x9003] = stamp  # DateTimeOriginal
    exif_ifd[0x9004] = stamp  # DateTimeDigitized
    img.save(path, "JPEG", quality=quality, exif=exif.tobytes())
    _ = rng
    return path


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> tuple[float, ...]:
    """Solve the 8 PIL perspective coefficients mapping dst (output) points to src (input)."""
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    # Gaussian elimination (8x8)
    n = 8
    m = [r[:] + [b] for r, b in zip(rows, rhs, strict=True)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return tuple(m[i][n] / m[i][i] for i in range(n))


# --------------------------------------------------------------------------------------------
# plain text and e-mail
# --------------------------------------------------------------------------------------------


def blocks_to_text(blocks: list[Block], style: Style | None = None) -> str:
    out: list[str] = []
    if style is not None and style.letterhead != "none":
        out += [style.org, *style.org_lines, ""]
    for b in blocks:
        if isinstance(b, Title):
            out += [b.text.upper() if style and style.title_upper else b.text]
            if b.sub:
                out.append(b.sub)
            out.append("")
        elif isinstance(b, Heading):
            out += [b.text, ""]
        elif isinstance(b, Fields):
            out += [f"{k}: {v}" for k, v in b.items] + [""]
        elif isinstance(b, Para):
            out += [b.text, ""]
        elif isinstance(b, Bullets):
            out += ["- " + i for i in b.items] + [""]
        elif isinstance(b, Table):
            out += [" | ".join(r) for r in [b.header, *b.rows]] + [""]
        elif isinstance(b, Signatures):
            for s in b.sigs:
                out += [
                    f"{s.role}: {s.name}"
                    + (f", {s.function}" if s.function else "")
                    + (f", {s.date}" if s.date else "")
                ]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def write_txt(path: str | Path, blocks: list[Block], style: Style | None = None) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(blocks_to_text(blocks, style), encoding="utf-8")
    return path


@dataclass
class Attachment:
    filename: str
    data: bytes | Message
    mime: str = "application/pdf"


_MIME_BY_EXT = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain",
}


def attachment_from(path: str | Path, filename: str | None = None) -> Attachment:
    p = Path(path)
    return Attachment(
        filename or p.name, p.read_bytes(), _MIME_BY_EXT.get(p.suffix.lower(), "application/octet-stream")
    )


def build_message(
    headers: dict[str, str],
    body: str,
    attachments: list[Attachment] | None = None,
    *,
    boundary_seed: str = "",
) -> Message:
    """A MIME message with fixed boundaries. An attachment whose ``data`` is a Message is
    embedded as message/rfc822 (a forwarded mail)."""
    attachments = list(attachments or [])
    bseed = boundary_seed or headers.get("Message-ID", "") + headers.get("Subject", "")
    if not attachments:
        msg: Message = MIMEText(body, "plain", "utf-8")
    else:
        msg = MIMEMultipart("mixed", boundary="----=_Part_" + hashlib.md5(bseed.encode()).hexdigest()[:16])
        msg.attach(MIMEText(body, "plain", "utf-8"))
        for a in attachments:
            if isinstance(a.data, Message):
                part: Message = MIMEMessage(a.data)
                part.add_header("Content-Disposition", "attachment", filename=a.filename)
            else:
                maintype, subtype = a.mime.split("/", 1)
                if maintype == "text":
                    part = MIMEText(a.data.decode("utf-8"), subtype, "utf-8")
                else:
                    part = MIMEApplication(a.data, _subtype=subtype)
                    if maintype != "application":
                        part.replace_header("Content-Type", a.mime)
                part.add_header("Content-Disposition", "attachment", filename=a.filename)
            msg.attach(part)
    for k, v in headers.items():
        msg[k] = v if v.isascii() else Header(v, "utf-8")  # type: ignore[assignment]
    return msg


def write_eml(
    path: str | Path, headers: dict[str, str], body: str, attachments: list[Attachment] | None = None
) -> Path:
    """Write an .eml (multipart/mixed when there are attachments)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    msg = build_message(headers, body, attachments or [], boundary_seed=path.name)
    path.write_bytes(msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n")))
    return path


def mail_date(d: dt.date, hour: int = 10, minute: int = 12) -> str:
    from email.utils import format_datetime

    return format_datetime(dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=dt.timezone(dt.timedelta(hours=1))))


# --------------------------------------------------------------------------------------------
# Dutch dates and BSNs
# --------------------------------------------------------------------------------------------

MONTHS = [
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
MONTHS_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def fmt_date(d: dt.date, kind: str = "long") -> str:
    """long: 12 maart 2025 | dash: 12-03-2025 | slash: 12/3/25 | iso: 2025-03-12 |
    dot: 12.03.2025 | abbr: 12 mrt. 2025 | weekday: woensdag 12 maart 2025 | slash4: 12/03/2025"""
    if kind == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if kind == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if kind == "slash":
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if kind == "slash4":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if kind == "iso":
        return d.isoformat()
    if kind == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if kind == "abbr":
        return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"
    if kind == "weekday":
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    raise ValueError(kind)


def bsn_valid(raw: str) -> bool:
    s = "".join(ch for ch in raw if ch.isdigit())
    if len(s) not in (8, 9):
        return False
    s = s.zfill(9)
    if s == "000000000":
        return False
    return sum(int(c) * w for c, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def make_bsn(rng: random.Random) -> str:
    """A random 9-digit number that passes the elfproef."""
    while True:
        digits = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        s = sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = s % 11
        if last <= 9:
            cand = "".join(map(str, digits)) + str(last)
            if bsn_valid(cand):
                return cand


def make_invalid_bsn(rng: random.Random) -> str:
    """A 9-digit number that fails the elfproef (for planted errors)."""
    while True:
        cand = str(rng.randrange(100000000, 999999999))
        if not bsn_valid(cand):
            return cand


def fmt_bsn(bsn: str, kind: str = "plain") -> str:
    if kind == "dots":
        return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    if kind == "spaces":
        return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
    return bsn
