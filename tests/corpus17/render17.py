"""Producers for tests/corpus17 (used by make_corpus17.py).

Every document is written once as a list of blocks and handed to one producer:

- python-docx Word files (kept as .docx, or printed to PDF by LibreOffice Writer);
- HTML pages printed by headless Chromium or wkhtmltopdf (arbodienst portals, a bureau's client system, the UWV
  employer portal);
- Pillow pages (letters, forms, handwriting, stamps, fax header lines) turned into copier scans, fax PDFs (image
  only), an OCR'd scan (tesseract), phone photos of paper and a phone photo of a laptop screen;
- e-mails from the standard library's ``email`` package;
- plain text.

Everything is deterministic: seeded random streams, fixed dates, fixed PDF metadata and /ID, fixed zip timestamps.
"""

from __future__ import annotations

import datetime as dt
import html as _html
import io
import math
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from email import charset as _charset
from email import encoders as _encoders
from email import policy as _policy
from email import utils as _eutils
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import docx
import pikepdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, TiffImagePlugin

EPOCH = "1767225600"  # 2026-01-01T00:00:00Z, SOURCE_DATE_EPOCH for every subprocess
_TMP = Path(tempfile.mkdtemp(prefix="c17-"))
ENV = dict(
    os.environ,
    TZ="UTC",
    SOURCE_DATE_EPOCH=EPOCH,
    LC_ALL="C.UTF-8",
    LANG="C.UTF-8",
    QT_HASH_SEED="0",
    QT_QPA_PLATFORM="offscreen",
    OMP_THREAD_LIMIT="1",
    HOME=str(_TMP / "home"),
    XDG_RUNTIME_DIR=str(_TMP / "run"),
)
(_TMP / "home").mkdir()
(_TMP / "run").mkdir(mode=0o700)

URW = "/usr/share/fonts/opentype/urw-base35/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": URW + "NimbusSans-Regular.otf",
    "sans-b": URW + "NimbusSans-Bold.otf",
    "sans-i": URW + "NimbusSans-Italic.otf",
    "serif": URW + "NimbusRoman-Regular.otf",
    "serif-b": URW + "NimbusRoman-Bold.otf",
    "serif-i": URW + "NimbusRoman-Italic.otf",
    "mono": URW + "NimbusMonoPS-Regular.otf",
    "mono-b": URW + "NimbusMonoPS-Bold.otf",
    "narrow": URW + "NimbusSansNarrow-Regular.otf",
    "narrow-b": URW + "NimbusSansNarrow-Bold.otf",
    "gothic": URW + "URWGothic-Book.otf",
    "gothic-b": URW + "URWGothic-Demi.otf",
    "hand": URW + "Z003-MediumItalic.otf",
    "dejavu": DEJAVU + "DejaVuSans.ttf",
    "dejavu-b": DEJAVU + "DejaVuSans-Bold.ttf",
    "dvmono": DEJAVU + "DejaVuSansMono.ttf",
}
_font_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(key: str, px: int) -> ImageFont.FreeTypeFont:
    k = (key, px)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(FONTS[key], px)
    return _font_cache[k]


# ------------------------------------------------------------------ dates


def _last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def nl_offset(d: dt.date) -> dt.timezone:
    """Dutch wall-clock offset (CET/CEST) on day d."""
    summer = _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)
    return dt.timezone(dt.timedelta(hours=2 if summer else 1))


def nl_dt(d: dt.date, hh: int = 10, mm: int = 0, ss: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=nl_offset(d))


def pdf_date(t: dt.datetime) -> str:
    off = t.utcoffset() or dt.timedelta(0)
    h = int(off.total_seconds() // 3600)
    return t.strftime("D:%Y%m%d%H%M%S") + f"+{h:02d}'00'"


# ------------------------------------------------------------------ PDF normalisation


def normalize_pdf(data: bytes, when: dt.datetime, *, producer: str | None = None, creator: str | None = None,
                  title: str | None = None, author: str | None = None, keep_producer: bool = True) -> bytes:
    """Fixed Info dates, no XMP, no extra trailer keys, /ID from the content."""
    pdf = pikepdf.open(io.BytesIO(data))
    if "/Metadata" in pdf.Root:
        del pdf.Root.Metadata
    old = pdf.trailer.get("/Info")
    info = pikepdf.Dictionary()
    if old is not None and keep_producer:
        for k in ("/Producer", "/Creator"):
            if k in old:
                info[k] = old[k]
    if producer is not None:
        info["/Producer"] = pikepdf.String(producer)
    if creator is not None:
        info["/Creator"] = pikepdf.String(creator)
    if title is not None:
        info["/Title"] = pikepdf.String(title)
    if author is not None:
        info["/Author"] = pikepdf.String(author)
    info["/CreationDate"] = pikepdf.String(pdf_date(when))
    info["/ModDate"] = pikepdf.String(pdf_date(when))
    for k in list(pdf.trailer.keys()):
        if k not in ("/Root", "/Size", "/Info"):
            del pdf.trailer[k]
    pdf.trailer.Info = pdf.make_indirect(info)
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


# ------------------------------------------------------------------ inline markup

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def runs(text: str) -> list[tuple[str, bool]]:
    """'a **b** c' -> [('a ', False), ('b', True), (' c', False)]"""
    out, pos = [], 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def plain(text: str) -> str:
    return _BOLD.sub(r"\1", text)


# ------------------------------------------------------------------ HTML from blocks


def _inline_html(text: str) -> str:
    parts = []
    for t, b in runs(text):
        e = _html.escape(t).replace("\n", "<br>")
        parts.append(f"<b>{e}</b>" if b else e)
    return "".join(parts)


def blocks_html(blocks: list) -> str:
    h = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            h.append(f"<h1>{_inline_html(b[1])}</h1>")
        elif kind == "h":
            h.append(f"<h2>{_inline_html(b[1])}</h2>")
        elif kind == "h3":
            h.append(f"<h3>{_inline_html(b[1])}</h3>")
        elif kind == "p":
            h.append(f"<p>{_inline_html(b[1])}</p>")
        elif kind == "small":
            h.append(f"<p class='small'>{_inline_html(b[1])}</p>")
        elif kind == "right":
            h.append(f"<p class='right'>{_inline_html(b[1])}</p>")
        elif kind == "kv":
            rows = "".join(f"<tr><th>{_inline_html(k)}</th><td>{_inline_html(v)}</td></tr>" for k, v in b[1])
            h.append(f"<table class='kv'>{rows}</table>")
        elif kind == "table":
            head = "".join(f"<th>{_inline_html(c)}</th>" for c in b[1])
            body = "".join("<tr>" + "".join(f"<td>{_inline_html(c)}</td>" for c in r) + "</tr>" for r in b[2])
            h.append(f"<table class='grid'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif kind == "ul":
            h.append("<ul>" + "".join(f"<li>{_inline_html(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "ol":
            h.append("<ol>" + "".join(f"<li>{_inline_html(i)}</li>" for i in b[1]) + "</ol>")
        elif kind == "box":
            h.append("<p class='boxes'>" + " &nbsp; ".join(
                ("&#9746; " if c else "&#9744; ") + _inline_html(t) for c, t in b[1]) + "</p>")
        elif kind == "sig":
            cells = "".join(
                f"<td><div class='role'>{_inline_html(r)}</div>"
                f"<div class='sigline'>{_inline_html(s if isinstance(s, str) else '')}</div>"
                f"<div>{_inline_html(n)}</div><div class='small'>{_inline_html(d or '')}</div></td>"
                for r, n, d, s in b[1])
            h.append(f"<table class='sig'><tr>{cells}</tr></table>")
        elif kind == "pb":
            h.append("<div class='pb'></div>")
        elif kind == "hr":
            h.append("<hr>")
        elif kind == "space":
            h.append(f"<div style='height:{b[1]}mm'></div>")
        elif kind in ("hw", "hwm", "stamp", "lines"):
            pass  # paper only
        else:
            raise ValueError(kind)
    return "\n".join(h)


# ------------------------------------------------------------------ Chromium / wkhtmltopdf


def chromium_pdf(html_doc: str, when: dt.datetime, title: str | None = None) -> bytes:
    d = Path(tempfile.mkdtemp(dir=_TMP))
    src = d / "page.html"
    src.write_text(html_doc, encoding="utf-8")
    out = d / "out.pdf"
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--disable-extensions", "--font-render-hinting=none", f"--user-data-dir={d / 'profile'}",
         f"--print-to-pdf={out}", src.as_uri()],
        env=ENV, check=True, capture_output=True, timeout=120)
    data = normalize_pdf(out.read_bytes(), when, title=title)
    shutil.rmtree(d, ignore_errors=True)
    return data


def wkhtml_pdf(html_doc: str, when: dt.datetime, title: str | None = None, margins_mm: int = 14) -> bytes:
    d = Path(tempfile.mkdtemp(dir=_TMP))
    src = d / "page.html"
    src.write_text(html_doc, encoding="utf-8")
    out = d / "out.pdf"
    m = str(margins_mm)
    subprocess.run(
        ["wkhtmltopdf", "-q", "--page-size", "A4", "-T", m, "-B", m, "-L", m, "-R", m,
         "--encoding", "utf-8", "--disable-javascript", str(src), str(out)],
        env=ENV, check=True, capture_output=True, timeout=120)
    data = normalize_pdf(out.read_bytes(), when, title=title)
    shutil.rmtree(d, ignore_errors=True)
    return data


# ------------------------------------------------------------------ Word (python-docx) and LibreOffice


def _set_font(run, name: str, size: float | None = None, bold: bool | None = None, color: str | None = None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def _add_runs(par, text: str, fontname: str, size: float, color: str | None = None, italic: bool = False):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        for t, b in runs(line):
            r = par.add_run(t)
            _set_font(r, fontname, size, bold=b or None, color=color)
            if italic:
                r.italic = True
        if i < len(lines) - 1:
            par.add_run().add_break()


def _cell_text(cell, text: str, fontname: str, size: float, bold: bool = False, shade: str | None = None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    _add_runs(p, f"**{text}**" if bold and text and "**" not in text else text, fontname, size)
    if shade:
        tcpr = cell._element.get_or_add_tcPr()
        shd = tcpr.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): shade})
        tcpr.append(shd)


def docx_bytes(blocks: list, *, when: dt.datetime, author: str, fontname: str = "Calibri", size: float = 11,
               header: list[str] | None = None, footer: str | None = None, title: str = "",
               heading_color: str | None = None, margins_mm: int = 22, landscape: bool = False,
               company: str = "", revision: int = 2, shade: str = "D9E2F3") -> bytes:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = fontname
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), fontname)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    if landscape:
        from docx.enum.section import WD_ORIENT
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(margins_mm)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    if header:
        hp = sec.header.paragraphs[0]
        _add_runs(hp, "\n".join(header), fontname, size - 2, color="404040")
    if footer:
        fp = sec.footer.paragraphs[0]
        _add_runs(fp, footer, fontname, size - 3, color="606060")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(style="Title")
            _add_runs(p, b[1], fontname, size + 9, color=heading_color)
        elif kind in ("h", "h3"):
            p = d.add_paragraph(style="Heading 1" if kind == "h" else "Heading 2")
            _add_runs(p, b[1], fontname, size + (3 if kind == "h" else 1), color=heading_color)
        elif kind in ("p", "small", "right"):
            p = d.add_paragraph()
            _add_runs(p, b[1], fontname, size - (2 if kind == "small" else 0))
            if kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind in ("ul", "ol"):
            for item in b[1]:
                p = d.add_paragraph(style="List Bullet" if kind == "ul" else "List Number")
                _add_runs(p, item, fontname, size)
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for k, v in b[1]:
                c = t.add_row().cells
                _cell_text(c[0], k, fontname, size - 1, bold=True, shade=shade)
                _cell_text(c[1], v, fontname, size - 1)
            for r in t.rows:
                r.cells[0].width, r.cells[1].width = Mm(55), Mm(110)
            d.add_paragraph()
        elif kind == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, c in enumerate(b[1]):
                _cell_text(t.rows[0].cells[i], c, fontname, size - 1, bold=True, shade=shade)
            for row in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    _cell_text(cells[i], c, fontname, size - 1)
            d.add_paragraph()
        elif kind == "box":
            p = d.add_paragraph()
            _add_runs(p, "    ".join(("☒ " if c else "☐ ") + t for c, t in b[1]), fontname, size)
        elif kind == "sig":
            t = d.add_table(rows=1, cols=len(b[1]))
            for i, (role, name, date, signed) in enumerate(b[1]):
                c = t.rows[0].cells[i]
                c.text = ""
                p = c.paragraphs[0]
                sig_text = signed if isinstance(signed, str) else ""
                _add_runs(p, f"**{role}**\n{sig_text}\n\n______________________\n{name}\n{date or ''}",
                          fontname, size - 1)
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
        elif kind == "hr":
            d.add_paragraph("_" * 60)
        elif kind == "space":
            d.add_paragraph()
        elif kind in ("hw", "hwm", "stamp", "lines"):
            pass
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when.astimezone(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=47)
    cp.modified = when.astimezone(dt.UTC).replace(tzinfo=None)
    cp.revision = revision
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    return _normalize_docx(buf.getvalue(), when, company)


def _normalize_docx(data: bytes, when: dt.datetime, company: str) -> bytes:
    """Fixed zip timestamps; the template's thumbnail dropped; app.xml says Word."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename.startswith("docProps/thumbnail"):
                continue
            raw = zin.read(info.filename)
            if info.filename == "_rels/.rels":
                raw = re.sub(rb"<Relationship[^>]*thumbnail[^>]*/>", b"", raw)
            if info.filename == "[Content_Types].xml":
                raw = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", raw)
            if info.filename == "docProps/app.xml":
                raw = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
                       b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                       b"<Template>Normal.dotm</Template><TotalTime>41</TotalTime><Application>Microsoft Office Word"
                       b"</Application><DocSecurity>0</DocSecurity><Company>" + _html.escape(company).encode()
                       + b"</Company><AppVersion>16.0000</AppVersion></Properties>")
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, raw)
    return out.getvalue()


_LO_PROFILE = _TMP / "lo-profile"


def libreoffice_pdf(docx_data: bytes, when: dt.datetime, title: str | None = None) -> bytes:
    d = Path(tempfile.mkdtemp(dir=_TMP))
    src = d / "document.docx"
    src.write_bytes(docx_data)
    subprocess.run(
        ["soffice", "--headless", "--norestore", "--nolockcheck",
         f"-env:UserInstallation={_LO_PROFILE.as_uri()}", "--convert-to", "pdf:writer_pdf_Export",
         "--outdir", str(d), str(src)],
        env=ENV, check=True, capture_output=True, timeout=300)
    data = normalize_pdf((d / "document.pdf").read_bytes(), when, title=title)
    shutil.rmtree(d, ignore_errors=True)
    return data


# ------------------------------------------------------------------ Pillow pages

INK_BLUE = (28, 42, 120)
INK_BLACK = (25, 25, 30)


class Paper:
    """Lays out blocks on A4 pages as RGB images (letters, forms, handwriting, stamps, fax lines)."""

    def __init__(self, rng: random.Random, *, dpi: int = 200, face: str = "sans", size: float = 10.5,
                 margins=(22, 20, 20, 22), letterhead: list[str] | None = None, lh_face: str | None = None,
                 fax: str | None = None, footer: str | None = None, ink=INK_BLUE, paper=(255, 255, 255)):
        self.rng, self.dpi, self.face, self.size = rng, dpi, face, size
        self.mt, self.mr, self.mb, self.ml = (self.mm(v) for v in margins)
        self.W, self.H = self.mm(210), self.mm(297)
        self.letterhead, self.lh_face, self.fax, self.footer = letterhead, lh_face or face, fax, footer
        self.ink, self.paper = ink, paper
        self.pages: list[Image.Image] = []
        self.pending: list = []  # overlays for the current page

    def mm(self, v: float) -> int:
        return round(v * self.dpi / 25.4)

    def px(self, pt: float) -> int:
        return round(pt * self.dpi / 72)

    def f(self, bold=False, italic=False, size=None, face=None):
        face = face or self.face
        key = face + ("-b" if bold else "-i" if italic and face + "-i" in FONTS else "")
        if key not in FONTS:
            key = face
        return font(key, self.px(size or self.size))

    # --- pages
    def _new_page(self):
        img = Image.new("RGB", (self.W, self.H), self.paper)
        self.pages.append(img)
        self.d = ImageDraw.Draw(img)
        self.y = self.mt
        if self.letterhead and len(self.pages) == 1:
            first, *rest = self.letterhead
            fb = font(self.lh_face + "-b" if self.lh_face + "-b" in FONTS else self.lh_face, self.px(17))
            self.d.text((self.ml, self.y), first, font=fb, fill=(30, 30, 30))
            self.y += self.px(22)
            fs = font(self.lh_face, self.px(8.5))
            for line in rest:
                self.d.text((self.ml, self.y), line, font=fs, fill=(70, 70, 70))
                self.y += self.px(11)
            self.d.line((self.ml, self.y + self.px(4), self.W - self.mr, self.y + self.px(4)), fill=(90, 90, 90),
                        width=max(1, self.px(0.8)))
            self.y += self.px(18)
        if self.footer:
            fs = font(self.face, self.px(7.5))
            self.d.text((self.ml, self.H - self.mb + self.px(6)), self.footer.replace("{p}", str(len(self.pages))),
                        font=fs, fill=(90, 90, 90))

    def _need(self, h: int):
        if not self.pages or self.y + h > self.H - self.mb:
            self._new_page()

    # --- text
    def _wrap(self, text: str, width: int, size=None, bold_all=False, face=None):
        """Returns lines; each line is a list of (word, bold)."""
        lines = []
        for para in text.split("\n"):
            words = []
            for t, b in runs(para):
                for w in re.findall(r"\s*\S+\s*|\s+", t):
                    lead = len(w) - len(w.lstrip())
                    if lead and words:
                        words[-1] = (words[-1][0] + w[:lead], words[-1][1])
                    if w.strip():
                        words.append((w[lead:], b or bold_all))
            line, lw = [], 0
            for w, b in words:
                wl = self.f(b, size=size, face=face).getlength(w.rstrip())
                sp = self.f(b, size=size, face=face).getlength(w) - wl
                if line and lw + wl > width:
                    lines.append(line)
                    line, lw = [], 0
                line.append((w, b))
                lw += wl + sp
            lines.append(line)
        return lines

    def text(self, text: str, *, x=None, width=None, size=None, bold_all=False, align="left", gap=1.28,
             face=None, color=(20, 20, 20)):
        x = self.ml if x is None else x
        width = (self.W - self.mr - x) if width is None else width
        lh = int(self.px(size or self.size) * gap)
        for line in self._wrap(text, width, size, bold_all, face):
            self._need(lh)
            if align == "right":
                total = sum(self.f(b, size=size, face=face).getlength(w) for w, b in line)
                cx = x + width - total
            else:
                cx = x
            for w, b in line:
                fo = self.f(b, size=size, face=face)
                self.d.text((cx, self.y), w, font=fo, fill=color)
                cx += fo.getlength(w)
            self.y += lh

    def _cell_lines(self, text, width, size, bold=False):
        return self._wrap(text, width, size, bold)

    def grid(self, rows: list[list[str]], widths: list[float], *, head=False, size=None, shade=(230, 230, 230),
             pad=1.6, label_col=False):
        size = size or self.size - 0.5
        lh = int(self.px(size) * 1.25)
        x0 = self.ml
        cols = [self.mm(w) for w in widths]
        p = self.mm(pad)
        for ri, row in enumerate(rows):
            bold_row = head and ri == 0
            wrapped = [self._cell_lines(c, cols[i] - 2 * p, size, bold_row or (label_col and i == 0))
                       for i, c in enumerate(row)]
            h = max(len(w) for w in wrapped) * lh + 2 * p
            self._need(h)
            x = x0
            for i, wl in enumerate(wrapped):
                if bold_row or (label_col and i == 0):
                    self.d.rectangle((x, self.y, x + cols[i], self.y + h), fill=shade)
                self.d.rectangle((x, self.y, x + cols[i], self.y + h), outline=(60, 60, 60), width=max(1, self.px(0.5)))
                yy = self.y + p
                for line in wl:
                    cx = x + p
                    for w, b in line:
                        fo = self.f(b, size=size)
                        self.d.text((cx, yy), w, font=fo, fill=(20, 20, 20))
                        cx += fo.getlength(w)
                    yy += lh
                x += cols[i]
            self.y += h
        self.y += self.px(6)

    # --- handwriting and marks
    def hand(self, text: str, x: int, y: int, *, size=15, ink=None, angle=0.0, jitter=1.0):
        ink = ink or self.ink
        fo = font("hand", self.px(size))
        cx = x
        img = self.pages[-1]
        for w in text.split(" "):
            if not w:
                cx += fo.getlength(" ")
                continue
            wl = int(fo.getlength(w)) + 8
            tile = Image.new("L", (wl + 10, int(self.px(size) * 1.6)), 0)
            ImageDraw.Draw(tile).text((4, 2), w, font=fo, fill=255)
            a = angle + self.rng.uniform(-2.5, 2.5) * jitter
            tile = tile.rotate(a, resample=Image.BICUBIC, expand=True)
            dy = int(self.rng.uniform(-2, 2) * jitter * self.dpi / 200)
            layer = Image.new("RGB", tile.size, ink)
            img.paste(layer, (int(cx), int(y + dy)), tile)
            cx += fo.getlength(w + " ") + self.rng.uniform(-1, 3)
        return cx

    def scribble(self, x: int, y: int, w: int, h: int, ink=None, strokes=None):
        ink = ink or self.ink
        r = self.rng
        pts = []
        n = strokes or r.randint(9, 14)
        for i in range(n * 6):
            t = i / (n * 6 - 1)
            px = x + t * w + math.sin(t * n * math.pi) * w * 0.05
            py = y + h / 2 + math.sin(t * n * 2.1 + r.uniform(-0.3, 0.3)) * h * 0.45 * (1 - 0.4 * t)
            pts.append((px, py))
        self.d.line(pts, fill=ink, width=max(2, self.px(1.1)), joint="curve")
        self.d.line((x + w * 0.1, y + h * 0.85, x + w * 0.95, y + h * 0.65), fill=ink, width=max(2, self.px(0.9)))

    def stamp(self, lines: list[str], x: int, y: int, *, color=(170, 30, 45), angle=-6.0, size=13):
        fo = font("sans-b", self.px(size))
        wmax = max(int(fo.getlength(s)) for s in lines)
        lh = int(self.px(size) * 1.3)
        w, h = wmax + self.px(20), lh * len(lines) + self.px(14)
        tile = Image.new("L", (w + 20, h + 20), 0)
        td = ImageDraw.Draw(tile)
        td.rounded_rectangle((10, 10, 10 + w, 10 + h), radius=self.px(5), outline=255, width=self.px(1.8))
        yy = 10 + self.px(7)
        for s in lines:
            td.text((10 + (w - fo.getlength(s)) / 2, yy), s, font=fo, fill=255)
            yy += lh
        # uneven ink
        noise = Image.frombytes("L", tile.size, self.rng.randbytes(tile.size[0] * tile.size[1]))
        noise = noise.filter(ImageFilter.GaussianBlur(1.2)).point(lambda v: 255 if v > 112 else 140)
        tile = Image.composite(tile, Image.new("L", tile.size, 0), noise.point(lambda v: 255 if v == 255 else 0))
        tile = Image.blend(tile, tile.filter(ImageFilter.GaussianBlur(0.8)), 0.5)
        tile = tile.rotate(angle, resample=Image.BICUBIC, expand=True)
        self.pages[-1].paste(Image.new("RGB", tile.size, color), (x, y), tile)

    # --- blocks
    def render(self, blocks: list) -> list[Image.Image]:
        for b in blocks:
            kind = b[0]
            if kind == "title":
                self._need(self.px(30))
                self.y += self.px(4)
                self.text(b[1], size=self.size + 5, bold_all=True)
                self.y += self.px(6)
            elif kind in ("h", "h3"):
                self._need(self.px(34))
                self.y += self.px(7)
                self.text(b[1], size=self.size + (1.5 if kind == "h" else 0.5), bold_all=True)
                self.y += self.px(2)
            elif kind == "p":
                self.text(b[1])
                self.y += self.px(5)
            elif kind == "small":
                self.text(b[1], size=self.size - 2)
                self.y += self.px(4)
            elif kind == "right":
                self.text(b[1], align="right")
                self.y += self.px(4)
            elif kind in ("ul", "ol"):
                for i, item in enumerate(b[1]):
                    mark = "•" if kind == "ul" else f"{i + 1}."
                    self._need(self.px(self.size * 1.3))
                    self.d.text((self.ml + self.mm(2), self.y), mark, font=self.f(), fill=(20, 20, 20))
                    self.text(item, x=self.ml + self.mm(8))
                    self.y += self.px(2)
                self.y += self.px(4)
            elif kind == "kv":
                self.grid([[k, v] for k, v in b[1]], [55, 113], label_col=True)
            elif kind == "table":
                n = len(b[1])
                widths = b[3] if len(b) > 3 else [168 / n] * n
                self.grid([b[1]] + b[2], widths, head=True)
            elif kind == "box":
                line = "    ".join(("[X] " if c else "[  ] ") + t for c, t in b[1])
                self.text(line)
                self.y += self.px(4)
            elif kind == "lines":
                for _ in range(b[1]):
                    self._need(self.px(20))
                    self.y += self.px(18)
                    self.d.line((self.ml, self.y, self.W - self.mr, self.y), fill=(105, 105, 105), width=1)
                self.y += self.px(6)
            elif kind == "sig":
                signers = b[1]
                n = len(signers)
                colw = (self.W - self.ml - self.mr) // n
                self._need(self.px(95))
                top = self.y
                for i, (role, name, date, signed) in enumerate(signers):
                    x = self.ml + i * colw
                    self.d.text((x, top), plain(role), font=self.f(True, size=self.size - 0.5), fill=(20, 20, 20))
                    ly = top + self.px(50)
                    self.d.line((x, ly, x + colw - self.mm(8), ly), fill=(60, 60, 60), width=max(1, self.px(0.6)))
                    self.d.text((x, ly + self.px(4)), plain(name), font=self.f(size=self.size - 0.5), fill=(20, 20, 20))
                    if date:
                        self.d.text((x, ly + self.px(17)), plain(date), font=self.f(size=self.size - 1.5),
                                    fill=(40, 40, 40))
                    if signed:
                        self.scribble(x + self.mm(3), top + self.px(16), self.mm(38), self.px(32))
                        if isinstance(signed, str) and signed not in ("x", "yes"):
                            self.hand(signed, x + self.mm(44), top + self.px(26), size=13)
                self.y = top + self.px(82)
            elif kind == "hw":  # handwriting in the flow: ("hw", text, {x_mm, size, angle})
                o = b[2] if len(b) > 2 else {}
                size = o.get("size", 14)
                self._need(self.px(size * 1.7))
                self.hand(b[1], self.ml + self.mm(o.get("x", 4)), self.y - self.px(o.get("up", 0)), size=size,
                          angle=o.get("angle", 0.0))
                self.y += int(self.px(size) * o.get("gap", 1.55))
            elif kind == "hwm":  # handwriting next to the last block, not advancing: ("hwm", text, {x_mm, dy_pt})
                o = b[2] if len(b) > 2 else {}
                self.hand(b[1], self.ml + self.mm(o.get("x", 120)), self.y - self.px(o.get("up", 18)),
                          size=o.get("size", 13), angle=o.get("angle", 3.0))
            elif kind == "stamp":  # ("stamp", lines, {x_mm, y_mm, angle, color})
                o = b[2] if len(b) > 2 else {}
                self._need(0)
                self.stamp(b[1], self.mm(o.get("x", 120)), self.mm(o.get("y", 14)), angle=o.get("angle", -6.0),
                           color=o.get("color", (170, 30, 45)), size=o.get("size", 13))
            elif kind == "space":
                self.y += self.mm(b[1])
            elif kind == "pb":
                self._new_page()
            elif kind == "hr":
                self.d.line((self.ml, self.y + self.px(4), self.W - self.mr, self.y + self.px(4)), fill=(90, 90, 90))
                self.y += self.px(12)
            else:
                raise ValueError(kind)
        if self.fax:
            n = len(self.pages)
            fo = font("dvmono", self.px(7.5))
            for i, pg in enumerate(self.pages):
                ImageDraw.Draw(pg).text((self.mm(8), self.mm(4)), self.fax.format(p=i + 1, n=n), font=fo,
                                        fill=(10, 10, 10))
        return self.pages


# ------------------------------------------------------------------ scans, fax, OCR


def _noise(rng: random.Random, size, blur=0.0):
    n = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return n.filter(ImageFilter.GaussianBlur(blur)) if blur else n


def degrade(page: Image.Image, rng: random.Random, *, mode: str = "g4", dpi_in: int = 200, dpi_out: int = 200,
            skew: float = 0.6, shift=(0, 0), fax: bool = False, grey_paper: int = 246) -> Image.Image:
    g = page.convert("L")
    if fax:  # fax 'normal' resolution: half the vertical resolution, then back
        w, h = g.size
        g = g.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
    if dpi_out != dpi_in:
        g = g.resize((g.size[0] * dpi_out // dpi_in, g.size[1] * dpi_out // dpi_in), Image.LANCZOS)
    a = rng.uniform(-skew, skew)
    g = g.rotate(a, resample=Image.BICUBIC, fillcolor=255, translate=shift)
    if mode == "g4":
        g = g.filter(ImageFilter.GaussianBlur(0.55))
        n = _noise(rng, g.size, 0.6)
        g = Image.blend(g, n, 0.16)
        th = 150 if not fax else 140
        bw = g.point(lambda v: 0 if v < th else 255, mode="1")
        # toner specks
        d = ImageDraw.Draw(bw)
        for _ in range(rng.randint(25, 70)):
            x, y = rng.randrange(bw.size[0]), rng.randrange(bw.size[1])
            r = rng.choice((1, 1, 1, 2))
            d.ellipse((x, y, x + r, y + r), fill=0)
        return bw
    # grey scan: paper tone, soft, noisy
    g = g.point(lambda v: int(v * grey_paper / 255))
    g = Image.blend(g, _noise(rng, g.size, 0.9), 0.07).filter(ImageFilter.GaussianBlur(0.45))
    return g


def _g4_strip(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    old = TiffImagePlugin.STRIP_SIZE
    TiffImagePlugin.STRIP_SIZE = 1 << 28
    try:
        img.save(buf, "TIFF", compression="group4")
    finally:
        TiffImagePlugin.STRIP_SIZE = old
    t = Image.open(io.BytesIO(buf.getvalue()))
    offs, counts = t.tag_v2[273], t.tag_v2[279]
    assert len(offs) == 1, "one strip expected"
    raw = buf.getvalue()
    photometric = t.tag_v2.get(262)
    return raw[offs[0]:offs[0] + counts[0]], photometric


def image_pdf(images: list[Image.Image], dpi: int, when: dt.datetime, *, producer: str, creator: str | None = None,
              jpeg_quality: int = 62, title: str | None = None) -> bytes:
    pdf = pikepdf.new()
    for im in images:
        w, h = im.size
        if im.mode == "1":
            data, photometric = _g4_strip(im)
            xobj = pikepdf.Stream(pdf, data)
            xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
            xobj.Width, xobj.Height, xobj.BitsPerComponent = w, h, 1
            xobj.ColorSpace = pikepdf.Name.DeviceGray
            xobj.Filter = pikepdf.Name.CCITTFaxDecode
            xobj.DecodeParms = pikepdf.Dictionary(K=-1, Columns=w, Rows=h, BlackIs1=(photometric == 1))
        else:
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=jpeg_quality, optimize=False)
            xobj = pikepdf.Stream(pdf, buf.getvalue())
            xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
            xobj.Width, xobj.Height, xobj.BitsPerComponent = w, h, 8
            xobj.ColorSpace = pikepdf.Name.DeviceGray if im.mode == "L" else pikepdf.Name.DeviceRGB
            xobj.Filter = pikepdf.Name.DCTDecode
        pw, ph = w * 72 / dpi, h * 72 / dpi
        content = pikepdf.Stream(pdf, f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode())
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, round(pw, 2), round(ph, 2)],
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
                                  Contents=content)
        pdf.pages.append(pikepdf.Page(page))
    buf = io.BytesIO()
    pdf.save(buf)
    return normalize_pdf(buf.getvalue(), when, producer=producer, creator=creator, title=title, keep_producer=False)


def ocr_pdf(images: list[Image.Image], dpi: int, when: dt.datetime, *, producer: str) -> bytes:
    """A searchable scan: tesseract's pdf renderer (nld) over the page images."""
    d = Path(tempfile.mkdtemp(dir=_TMP))
    names = []
    for i, im in enumerate(images):
        p = d / f"p{i + 1}.png"
        im.save(p, dpi=(dpi, dpi))
        names.append(str(p))
    (d / "list.txt").write_text("\n".join(names) + "\n")
    subprocess.run(["tesseract", str(d / "list.txt"), str(d / "out"), "-l", "nld", "--dpi", str(dpi), "pdf"],
                   env=ENV, check=True, capture_output=True, timeout=600)
    data = normalize_pdf((d / "out.pdf").read_bytes(), when, producer=producer, creator="Tesseract 5 (OCR)",
                         keep_producer=False)
    shutil.rmtree(d, ignore_errors=True)
    return data


# ------------------------------------------------------------------ photos


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row[:], b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def _homography(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE): maps output (dst) points to input (src) points."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=False):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def _background(rng: random.Random, size, kind: str) -> Image.Image:
    w, _h = size
    if kind == "wood":
        base = Image.new("RGB", size, (150, 104, 66))
        stripes = Image.new("L", (w, 1))
        stripes.putdata([int(128 + 60 * math.sin(x / (9 + 3 * math.sin(x / 97))) + rng.uniform(-20, 20))
                         for x in range(w)])
        stripes = stripes.resize(size).filter(ImageFilter.GaussianBlur(1.5))
        dark = Image.new("RGB", size, (105, 70, 42))
        img = Image.composite(base, dark, stripes)
    elif kind == "desk":  # grey office desk
        img = Image.new("RGB", size, (176, 174, 168))
        img = Image.blend(img, Image.merge("RGB", [_noise(rng, size, 2.0)] * 3), 0.08)
    elif kind == "dark":  # dark desk under a laptop
        img = Image.new("RGB", size, (48, 46, 44))
        img = Image.blend(img, Image.merge("RGB", [_noise(rng, size, 3.0)] * 3), 0.1)
    else:  # kitchen table, white with spots
        img = Image.new("RGB", size, (222, 218, 208))
        img = Image.blend(img, Image.merge("RGB", [_noise(rng, size, 1.2)] * 3), 0.06)
    return img


def _exif(make: str, model: str, when: dt.datetime, software: str | None = None) -> bytes:
    ex = Image.Exif()
    s = when.strftime("%Y:%m:%d %H:%M:%S")
    ex[0x010F] = make
    ex[0x0110] = model
    ex[0x0132] = s
    if software:
        ex[0x0131] = software
    ifd = ex.get_ifd(0x8769)
    ifd[0x9003] = s
    ifd[0x9004] = s
    return ex.tobytes()


def photo(page: Image.Image, rng: random.Random, *, out=(1440, 1920), bg="wood", quad=None, shadow=True,
          warm=(1.0, 0.95, 0.84), light=0.75, blur=0.8, quality=56, exif: tuple | None = None) -> bytes:
    """A phone photo of a sheet of paper (or any flat image) lying on a surface."""
    W, H = out
    pw, ph = page.size
    if quad is None:
        j = lambda s: rng.uniform(-s, s)  # noqa: E731
        quad = [(W * 0.10 + j(40), H * 0.07 + j(40)), (W * 0.90 + j(40), H * 0.09 + j(40)),
                (W * 0.95 + j(30), H * 0.95 + j(30)), (W * 0.04 + j(30), H * 0.93 + j(30))]
    coeffs = _homography(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.convert("RGB").transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    img = _background(rng, (W, H), bg)
    if shadow:
        sh = mask.transform((W, H), Image.AFFINE, (1, 0, -18, 0, 1, -24)).filter(ImageFilter.GaussianBlur(26))
        img = Image.composite(Image.new("RGB", (W, H), (25, 20, 15)), img, sh.point(lambda v: v * 0.55))
    img = Image.composite(warped, img, mask)
    # uneven light: bright spot top-left, darker lower right, and the phone's shadow as a soft blob
    gx, gy = int(W * 0.2), int(H * 0.15)
    grad = Image.radial_gradient("L").resize((W * 2, H * 2)).crop((gx, gy, gx + W, gy + H))
    grad = grad.point(lambda v: int(255 - v * (1 - light)))
    img = Image.composite(img, Image.new("RGB", (W, H), (0, 0, 0)), grad)
    if shadow:
        blob = Image.new("L", (W, H), 0)
        bx, by = rng.randint(int(W * 0.45), int(W * 0.7)), rng.randint(int(H * 0.62), int(H * 0.82))
        ImageDraw.Draw(blob).ellipse((bx - W * 0.35, by - H * 0.16, bx + W * 0.35, by + H * 0.3), fill=70)
        img = Image.composite(Image.new("RGB", (W, H), (30, 25, 20)), img,
                              blob.filter(ImageFilter.GaussianBlur(60)))
    r, g, b = img.split()
    img = Image.merge("RGB", (r.point(lambda v: min(255, int(v * warm[0]))), g.point(lambda v: int(v * warm[1])),
                              b.point(lambda v: int(v * warm[2]))))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    img = Image.blend(img, Image.merge("RGB", [_noise(rng, (W, H))] * 3), 0.035)
    buf = io.BytesIO()
    kw = {"exif": _exif(*exif)} if exif else {}
    img.save(buf, "JPEG", quality=quality, optimize=False, **kw)
    return buf.getvalue()


def screen_photo(screen: Image.Image, rng: random.Random, *, out=(1760, 1320), quality=52,
                 exif: tuple | None = None) -> bytes:
    """A phone photo of a laptop screen: bezel, keyboard edge, perspective, moiré, glare."""
    sw, sh = screen.size
    bez = 46
    lap = Image.new("RGB", (sw + 2 * bez, sh + 2 * bez + 30), (22, 22, 24))
    lap.paste(screen, (bez, bez))
    # moiré: faint diagonal interference bands over the panel
    moire = Image.new("L", (sw, sh))
    moire.putdata([int(244 + 11 * math.sin((x * 0.93 + y * 0.41) / 2.3) * math.sin(y / 41.0 + x / 173.0))
                   for y in range(sh) for x in range(sw)])
    panel = lap.crop((bez, bez, bez + sw, bez + sh))
    panel = ImageChops.multiply(panel, Image.merge("RGB", [moire] * 3))
    lap.paste(panel, (bez, bez))
    ImageDraw.Draw(lap).text((lap.size[0] // 2 - 30, sh + 2 * bez - 6), "NOVARA", font=font("sans-b", 18),
                             fill=(120, 120, 125))
    W, H = out
    lw, lh = lap.size
    quad = [(W * 0.07, H * 0.10), (W * 0.95, H * 0.04), (W * 0.98, H * 0.90), (W * 0.03, H * 0.97)]
    coeffs = _homography(quad, [(0, 0), (lw, 0), (lw, lh), (0, lh)])
    warped = lap.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", lap.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    img = Image.composite(warped, _background(rng, (W, H), "dark"), mask)
    glare = Image.new("L", (W, H), 0)
    ImageDraw.Draw(glare).ellipse((W * 0.55, H * 0.05, W * 1.05, H * 0.45), fill=110)
    img = Image.composite(Image.new("RGB", (W, H), (250, 250, 255)), img, glare.filter(ImageFilter.GaussianBlur(90)))
    r, g, b = img.split()
    img = Image.merge("RGB", (r.point(lambda v: int(v * 0.93)), g, b.point(lambda v: min(255, int(v * 1.06)))))
    img = img.filter(ImageFilter.GaussianBlur(1.0))
    img = Image.blend(img, Image.merge("RGB", [_noise(rng, (W, H))] * 3), 0.04)
    buf = io.BytesIO()
    kw = {"exif": _exif(*exif)} if exif else {}
    img.save(buf, "JPEG", quality=quality, optimize=False, **kw)
    return buf.getvalue()


# ------------------------------------------------------------------ e-mail

_QP = _charset.Charset("utf-8")
_QP.body_encoding = _charset.QP
_QP.header_encoding = _charset.QP


def _text_part(text: str, subtype: str = "plain") -> MIMEText:
    return MIMEText(text, subtype, _QP)


def outlook_html(body_text: str, quoted_html: str = "", font_family: str = "Calibri", size_pt: float = 11) -> str:
    paras = []
    for para in body_text.split("\n"):
        e = _inline_html(para) if para.strip() else "&nbsp;"
        paras.append(f"<p class=MsoNormal>{e}<o:p></o:p></p>")
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
        "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--"
        f"p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:{size_pt}pt;font-family:\"{font_family}\","
        "sans-serif;} span.EmailStyle19 {mso-style-type:personal-reply;} --></style></head>"
        "<body lang=NL link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'><div class=WordSection1>"
        + "\n".join(paras) + quoted_html + "</div></body></html>")


def quoted_block_html(header: list[tuple[str, str]], body_text: str) -> str:
    hdr = "<br>".join(f"<b>{_html.escape(k)}:</b> {_html.escape(v)}" for k, v in header)
    body = "\n".join(f"<p class=MsoNormal>{_inline_html(p) if p.strip() else '&nbsp;'}<o:p></o:p></p>"
                     for p in body_text.split("\n"))
    return ("<p class=MsoNormal><o:p>&nbsp;</o:p></p><div style='border:none;border-top:solid #E1E1E1 1.0pt;"
            f"padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>{hdr}<o:p></o:p></p></div>"
            f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>{body}")


def quoted_block_text(header: list[tuple[str, str]], body_text: str) -> str:
    hdr = "\n".join(f"{k}: {v}" for k, v in header)
    return "\n\n" + hdr + "\n\n" + body_text


def make_eml(*, sender: str, to: list[str], subject: str, when: dt.datetime, msgid: str, text: str,
             html: str | None = None, cc: list[str] | None = None, attachments: list[tuple[str, bytes, str]] = (),
             in_reply_to: str | None = None, references: list[str] | None = None, boundary_seed: str = "0",
             thread_index: str | None = None, thread_topic: str | None = None, outlook: bool = True,
             user_agent: str | None = None, importance: str | None = None) -> bytes:
    body: MIMEBase
    alt_b = f"_000_{boundary_seed}AMSPR09MB{boundary_seed[:4].upper()}eurprd09prod_"
    mix_b = f"_004_{boundary_seed}AMSPR09MB{boundary_seed[:4].upper()}eurprd09prod_"
    if not outlook:
        alt_b = f"Apple-Mail=_{boundary_seed}-ALT"
        mix_b = f"Apple-Mail=_{boundary_seed}-MIX"
    if html is not None:
        body = MIMEMultipart("alternative", boundary=alt_b)
        body.attach(_text_part(text))
        body.attach(_text_part(html, "html"))
    else:
        body = _text_part(text)
    if attachments:
        msg = MIMEMultipart("mixed", boundary=mix_b)
        msg.attach(body)
        for name, data, ctype in attachments:
            main, sub = ctype.split("/")
            part = MIMEBase(main, sub, name=name)
            part.set_payload(data)
            _encoders.encode_base64(part)
            part.add_header("Content-Description", name)
            part.add_header("Content-Disposition", "attachment", filename=name, size=str(len(data)))
            msg.attach(part)
    else:
        msg = body
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["CC"] = ", ".join(cc)
    msg["Subject"] = subject
    if outlook:
        msg["Thread-Topic"] = thread_topic or re.sub(r"^(RE|FW|Re|Fwd|AW|WG):\s*", "", subject)
        msg["Thread-Index"] = thread_index or ("AQH" + re.sub(r"[^A-Za-z0-9]", "", msgid)[:24] + "==")
    msg["Date"] = _eutils.format_datetime(when)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    if importance:
        msg["Importance"] = importance
    if outlook:
        msg["Accept-Language"] = "nl-NL, en-US"
        msg["Content-Language"] = "nl-NL"
        msg["X-MS-Has-Attach"] = "yes" if attachments else ""
        msg["X-MS-TNEF-Correlator"] = ""
    if user_agent:
        msg["X-Mailer"] = user_agent
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes(policy=_policy.SMTP)


def cleanup():
    shutil.rmtree(_TMP, ignore_errors=True)
