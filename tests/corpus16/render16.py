"""Producers for tests/corpus16 (imported by make_corpus16.py; nothing here reads the tool).

A small markup, written per document in make_corpus16.py, is rendered by:

- ``docx_bytes``: a Word file (python-docx; fixed core properties and zip timestamps);
- ``pdf_via_libreoffice``: the same Word files printed to PDF by LibreOffice Writer (headless), then the PDF metadata
  fixed with pikepdf (fixed dates, no XMP, no /DocChecksum, deterministic /ID);
- ``page_images``: A4 pages drawn with Pillow, used for copier scans (``scan_pdf``: image-only PDF, JPEG in a PDF
  written with pikepdf) and phone photos (``photo_of_page``: perspective, desk, light, JPEG with EXIF);
- ``eml_bytes``: Outlook-style e-mails (plain, HTML-only, or multipart/alternative; fixed boundaries, Date and
  Message-ID);
- plain text.

Markup, one item per line (blank line = paragraph break):

    # Title                 ## Heading               - bullet
    any other line          (a paragraph; an indented line continues the one above)
    . literal line          (address blocks; no spacing between consecutive literal lines)
    | a | b |               (table rows; a |---| row after the first makes it a header row)
    @head l1 | l2 | l3      (letterhead: Word header / top of a drawn page)
    @right text             (right-aligned line, e.g. place and date)
    @sig name ~ role || name ~ role   (signature blocks side by side)
    @small text             (small print)
    @hw text                (handwriting; drawn pages only, typed italic in Word)
    @pb                     (page break)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import os
import random
import re
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import ClassVar

import docx
import pikepdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = {
    "sans": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf",
    "sans-bold": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf",
    "sans-italic": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Italic.otf",
    "serif": "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf",
    "serif-bold": "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Bold.otf",
    "serif-italic": "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Italic.otf",
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavu-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejavu-italic": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "hand": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
}

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]  # fmt: skip
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def nl(d: dt.date) -> str:
    """5 maart 2024"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def nlday(d: dt.date) -> str:
    return f"{DAYS[d.weekday()]} {nl(d)}"


def dmy(d: dt.date, sep: str = "-") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def amsterdam_offset(t: dt.datetime) -> int:
    """Hours east of UTC for the Netherlands (CET/CEST) at local time t."""

    def last_sunday(year: int, month: int) -> dt.date:
        d = dt.date(year, month, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)

    start = dt.datetime.combine(last_sunday(t.year, 3), dt.time(2))
    end = dt.datetime.combine(last_sunday(t.year, 10), dt.time(3))
    return 2 if start <= t < end else 1


def local_dt(t: dt.datetime) -> dt.datetime:
    return t.replace(tzinfo=dt.timezone(dt.timedelta(hours=amsterdam_offset(t))))


# ---------------------------------------------------------------- markup


def parse(src: str) -> list[tuple]:
    blocks: list[tuple] = []
    para: list[str] = []
    table: list[list[str]] | None = None
    header = False

    def flush_para() -> None:
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    def flush_table() -> None:
        nonlocal table, header
        if table is not None:
            blocks.append(("table", table, header))
            table, header = None, False

    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            flush_para()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is not None and all(c and set(c) <= set("-: ") for c in cells):
                header = True
                continue
            if table is None:
                table = []
            table.append(cells)
            continue
        flush_table()
        s = line.strip()
        if not s:
            flush_para()
        elif s.startswith("# "):
            flush_para()
            blocks.append(("title", s[2:]))
        elif s.startswith("## "):
            flush_para()
            blocks.append(("h", s[3:]))
        elif s.startswith("- "):
            flush_para()
            blocks.append(("li", s[2:]))
        elif s.startswith(". ") or s == ".":
            flush_para()
            blocks.append(("line", s[2:]))
        elif s.startswith("@head "):
            flush_para()
            blocks.append(("head", s[6:].split(" | ")))
        elif s.startswith("@right "):
            flush_para()
            blocks.append(("right", s[7:]))
        elif s.startswith("@sig "):
            flush_para()
            blocks.append(("sig", [part.split(" ~ ") for part in s[5:].split(" || ")]))
        elif s.startswith("@small "):
            flush_para()
            blocks.append(("small", s[7:]))
        elif s.startswith("@hw "):
            flush_para()
            blocks.append(("hw", s[4:]))
        elif s == "@pb":
            flush_para()
            blocks.append(("pb",))
        elif line.startswith("  ") and para:
            para.append(s)  # an indented line continues the paragraph above
        else:
            flush_para()  # every other line is a paragraph of its own
            para.append(s)
    flush_para()
    flush_table()
    return blocks


# ---------------------------------------------------------------- Word


def _set_font(style, name: str, size: float) -> None:
    style.font.name = name
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), name)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = tbl_pr.makeelement(qn("w:tblBorders"), {})
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = borders.makeelement(qn(f"w:{edge}"), {qn("w:val"): "nil"})
        borders.append(e)
    tbl_pr.append(borders)


def fixed_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a zip (docx) with fixed member timestamps, in the same member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":  # python-docx's template preview; Word writes none
                continue
            blob = src.read(info.filename)
            if info.filename == "_rels/.rels":
                blob = re.sub(rb"<Relationship [^>]*thumbnail\.jpeg\"/>", b"", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(
    src: str,
    *,
    font: str = "Calibri",
    size: float = 11,
    author: str = "",
    created: dt.datetime,
    modified: dt.datetime | None = None,
    title: str = "",
    company_line: str | None = None,
    margins_cm: float = 2.5,
    header_align: str = "left",
) -> bytes:
    d = docx.Document()
    _set_font(d.styles["Normal"], font, size)
    for name in ("List Bullet", "Header", "Footer"):
        _set_font(d.styles[name], font, size)
    d.styles["Normal"].paragraph_format.space_after = Pt(6)
    d.styles["Normal"].paragraph_format.line_spacing = 1.08
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(margins_cm)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = modified or created
    cp.revision = 3
    cp.title = title
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    def para(text: str, *, bold=False, italic=False, size_=None, align=None, space_after=None, color=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size_:
            r.font.size = Pt(size_)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def rich(p, text: str) -> None:
        # **bold** inside a paragraph
        for i, part in enumerate(re.split(r"\*\*", text)):
            if part:
                p.add_run(part).bold = i % 2 == 1

    for b in parse(src):
        kind = b[0]
        if kind == "head":
            hdr = sec.header
            hp = hdr.paragraphs[0]
            for i, line in enumerate(b[1]):
                if i:
                    hp = hdr.add_paragraph()
                r = hp.add_run(line)
                if i == 0:
                    r.bold = True
                    r.font.size = Pt(size + 3)
                else:
                    r.font.size = Pt(size - 2)
                if header_align == "right":
                    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                hp.paragraph_format.space_after = Pt(0)
        elif kind == "title":
            para(b[1], bold=True, size_=size + 4, space_after=10)
        elif kind == "h":
            p = para(b[1], bold=True, size_=size + 1, space_after=3)
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = True
        elif kind == "p":
            p = d.add_paragraph()
            rich(p, b[1])
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            p.paragraph_format.space_after = Pt(2)
            rich(p, b[1])
        elif kind == "line":
            para(b[1], space_after=0)
        elif kind == "right":
            para(b[1], align="right")
        elif kind == "small":
            para(b[1], size_=size - 2.5, color="555555")
        elif kind == "hw":
            para(b[1], italic=True)
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            rows, header = b[1], b[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.LEFT
            for i, row in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = ""
                    r = cell.paragraphs[0].add_run(row[j] if j < len(row) else "")
                    r.font.size = Pt(size - 1)
                    if header and i == 0:
                        r.bold = True
                    cell.paragraphs[0].paragraph_format.space_after = Pt(1)
            d.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "sig":
            sigs = b[1]
            t = d.add_table(rows=1, cols=len(sigs))
            _no_borders(t)
            for j, sig in enumerate(sigs):
                cell = t.cell(0, j)
                cell.text = ""
                p = cell.paragraphs[0]
                p.add_run("\n\n……………………………………")
                for line in sig:
                    q = cell.add_paragraph(line)
                    q.paragraph_format.space_after = Pt(0)
            d.add_paragraph()
    if company_line:
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(company_line)
        r.font.size = Pt(size - 3)
        r.font.color.rgb = RGBColor.from_string("666666")
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue(), modified or created)


# ---------------------------------------------------------------- PDF (LibreOffice + pikepdf)


def pdf_date(t: dt.datetime) -> str:
    off = amsterdam_offset(t)
    return t.strftime("D:%Y%m%d%H%M%S") + f"+0{off}'00'"


def fix_pdf(data: bytes, when: dt.datetime, info: dict[str, str] | None = None, keep_info: bool = True) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    for key in list(pdf.trailer.keys()):
        if key not in ("/Root", "/Info", "/Size", "/Encrypt"):
            del pdf.trailer[key]
    old = {}
    if keep_info and "/Info" in pdf.trailer:
        for k, v in pdf.trailer.Info.items():
            if k not in ("/CreationDate", "/ModDate"):
                old[k] = str(v)
    new = pikepdf.Dictionary()
    for k, v in sorted(old.items()):
        new[k] = pikepdf.String(v)
    for k, v in (info or {}).items():
        new["/" + k] = pikepdf.String(v)
    new["/CreationDate"] = pikepdf.String(pdf_date(when))
    new["/ModDate"] = pikepdf.String(pdf_date(when))
    pdf.trailer["/Info"] = pdf.make_indirect(new)
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


def pdf_via_libreoffice(jobs: dict[str, bytes], epoch: int) -> dict[str, bytes]:
    """jobs: name -> docx bytes. Returns name -> raw PDF bytes (one soffice run, own profile)."""
    with tempfile.TemporaryDirectory(prefix="c16lo-") as tmp:
        t = Path(tmp)
        src = t / "src"
        src.mkdir()
        out = t / "out"
        out.mkdir()
        names = {}
        for i, (name, data) in enumerate(sorted(jobs.items())):
            stem = f"d{i:03d}"
            names[stem] = name
            (src / f"{stem}.docx").write_bytes(data)
        env = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH=str(epoch), HOME=str(t), LC_ALL="C.UTF-8")
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{t}/profile",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(out),
        ] + [str(src / f"{s}.docx") for s in sorted(names)]
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        result = {}
        for stem, name in names.items():
            p = out / f"{stem}.pdf"
            if not p.exists():
                raise RuntimeError(f"LibreOffice did not convert {name}")
            result[name] = p.read_bytes()
        return result


# ---------------------------------------------------------------- drawn pages (scans and photos)


class Fonts:
    _cache: ClassVar[dict[tuple[str, int], ImageFont.FreeTypeFont]] = {}

    @classmethod
    def get(cls, name: str, px: int) -> ImageFont.FreeTypeFont:
        key = (name, px)
        if key not in cls._cache:
            cls._cache[key] = ImageFont.truetype(FONTS[name], px)
        return cls._cache[key]


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    words = text.split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        trial = (cur + " " + w).strip()
        if font.getlength(trial) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _scribble(draw: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int, rng: random.Random, ink=(20, 40, 120)) -> None:
    pts = []
    n = rng.randint(5, 8)
    for i in range(n * 6):
        t = i / (n * 6 - 1)
        px = x + t * w + math.sin(t * math.pi * n) * w * 0.04
        py = y + h / 2 + math.sin(t * math.pi * n * 1.7 + rng.random()) * h * 0.45 * (1 - 0.5 * t)
        pts.append((px, py))
    draw.line(pts, fill=ink, width=3, joint="curve")
    draw.line([(x + w * 0.1, y + h * 0.9), (x + w * 0.8, y + h * 0.8)], fill=ink, width=2)


def page_images(
    src: str,
    *,
    dpi: int = 150,
    family: str = "sans",
    size_pt: float = 10.5,
    seed: int = 0,
    signed: bool = False,
    ink=(25, 45, 130),
    margin_cm: float = 2.3,
    hand_px: int | None = None,
) -> list[Image.Image]:
    """Lay the markup out on white A4 pages (RGB)."""
    rng = random.Random(seed)
    W, H = int(21.0 / 2.54 * dpi), int(29.7 / 2.54 * dpi)
    px = lambda pt: round(pt * dpi / 72)  # noqa: E731
    m = int(margin_cm / 2.54 * dpi)
    body = Fonts.get(family, px(size_pt))
    bold = Fonts.get(family + "-bold" if family != "mono" else "mono", px(size_pt))
    small = Fonts.get(family, px(size_pt - 2))
    hand = Fonts.get("hand", hand_px or px(size_pt + 6))
    lh = int(px(size_pt) * 1.38)
    pages: list[Image.Image] = []
    img = draw = None
    y = 0

    def new_page() -> None:
        nonlocal img, draw, y
        img = Image.new("RGB", (W, H), "white")
        draw = ImageDraw.Draw(img)
        pages.append(img)
        y = m

    def need(h: int) -> None:
        if y + h > H - m:
            new_page()

    new_page()
    width = W - 2 * m
    for b in parse(src):
        kind = b[0]
        if kind == "head":
            for i, line in enumerate(b[1]):
                f = Fonts.get(family + "-bold", px(size_pt + 4)) if i == 0 else small
                draw.text((m, y), line, font=f, fill=(0, 0, 0) if i == 0 else (60, 60, 60))
                y += int(f.size * 1.35)
            draw.line([(m, y + 4), (W - m, y + 4)], fill=(120, 120, 120), width=2)
            y += lh
        elif kind == "title":
            f = Fonts.get(family + "-bold", px(size_pt + 4))
            for line in _wrap(b[1], f, width):
                need(int(f.size * 1.4))
                draw.text((m, y), line, font=f, fill="black")
                y += int(f.size * 1.4)
            y += lh // 3
        elif kind == "h":
            need(lh * 3)
            y += lh // 3
            draw.text((m, y), b[1], font=bold, fill="black")
            y += lh
        elif kind in ("p", "li"):
            indent = int(0.6 / 2.54 * dpi) if kind == "li" else 0
            text = b[1].replace("**", "")
            lines = _wrap(text, body, width - indent)
            for k, line in enumerate(lines):
                need(lh)
                if kind == "li" and k == 0:
                    draw.text((m + indent // 3, y), "•", font=body, fill="black")
                draw.text((m + indent, y), line, font=body, fill="black")
                y += lh
            y += lh // 3 if kind == "p" else 0
        elif kind == "line":
            need(lh)
            draw.text((m, y), b[1], font=body, fill="black")
            y += lh
        elif kind == "right":
            need(lh)
            draw.text((W - m - body.getlength(b[1]), y), b[1], font=body, fill="black")
            y += lh + lh // 3
        elif kind == "small":
            for line in _wrap(b[1], small, width):
                need(lh)
                draw.text((m, y), line, font=small, fill=(70, 70, 70))
                y += int(lh * 0.85)
        elif kind == "hw":
            for line in _wrap(b[1], hand, width):
                need(int(hand.size * 1.3))
                x = m + rng.randint(-4, 10)
                for word in line.split(" "):
                    dy = rng.randint(-3, 3)
                    draw.text((x, y + dy), word, font=hand, fill=ink)
                    x += hand.getlength(word + " ") + rng.randint(-2, 3)
                y += int(hand.size * 1.3)
        elif kind == "pb":
            new_page()
        elif kind == "table":
            rows, header = b[1], b[2]
            ncol = max(len(r) for r in rows)
            lens = [max(len(r[j]) if j < len(r) else 0 for r in rows) for j in range(ncol)]
            tot = sum(max(6, min(60, n)) for n in lens)
            colw = [width * max(6, min(60, n)) / tot for n in lens]
            f_small = Fonts.get(family, px(size_pt - 1))
            f_bold = Fonts.get(family + "-bold", px(size_pt - 1))
            tlh = int(f_small.size * 1.3)
            for i, row in enumerate(rows):
                fnt = f_bold if header and i == 0 else f_small
                cells = [_wrap(row[j] if j < len(row) else "", fnt, colw[j] - 12) for j in range(ncol)]
                rh = max(len(c) for c in cells) * tlh + 10
                need(rh)
                x = m
                for j in range(ncol):
                    draw.rectangle([x, y, x + colw[j], y + rh], outline=(0, 0, 0), width=1)
                    for k, line in enumerate(cells[j]):
                        draw.text((x + 6, y + 5 + k * tlh), line, font=fnt, fill="black")
                    x += colw[j]
                y += rh
            y += lh // 2
        elif kind == "sig":
            sigs = b[1]
            need(lh * 6)
            cw = width / len(sigs)
            for j, sig in enumerate(sigs):
                x = int(m + j * cw)
                if signed:
                    _scribble(draw, x + 10, y, int(min(cw * 0.6, 280)), lh * 2, rng, ink)
                draw.line([(x, y + lh * 2 + 6), (x + min(cw * 0.8, 380), y + lh * 2 + 6)], fill=(90, 90, 90), width=1)
                for k, line in enumerate(sig):
                    draw.text((x, y + lh * 2 + 12 + k * lh), line, font=body, fill="black")
            y += lh * (3 + max(len(s) for s in sigs)) + lh // 2
    return pages


def _noise(size: tuple[int, int], rng: random.Random, amp: int) -> Image.Image:
    w, h = size
    small = Image.frombytes("L", (w // 2, h // 2), rng.randbytes((w // 2) * (h // 2)))
    lut = [128 + (v - 128) * amp // 128 for v in range(256)]
    return small.point(lut).resize((w, h), Image.NEAREST)


def scan_look(
    page: Image.Image, rng: random.Random, *, skew: float = 0.5, dark: int = 0, speckle: int = 14
) -> Image.Image:
    """Grey copier scan: slight skew, grey paper, toner noise, a few specks."""
    g = page.convert("L")
    g = g.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(0.6))
    n = _noise(g.size, rng, speckle)
    g = Image.blend(g, n, 0.07)
    # the copier's background suppression turns light grey into paper white
    g = g.point(lambda v: 255 if v > 214 else max(0, min(255, int(v * 0.93) + 12 - dark)))
    d = ImageDraw.Draw(g)
    for _ in range(rng.randint(8, 25)):
        x, y = rng.randrange(g.width), rng.randrange(g.height)
        r = rng.choice((1, 1, 2))
        d.ellipse([x, y, x + r, y + r], fill=rng.randint(40, 120))
    # dark band at the edge where the lid did not close
    d.rectangle([0, 0, g.width, 3], fill=90)
    return g


def g4_bytes(bw: Image.Image) -> bytes:
    """Raw CCITT group 4 data of a 1-bit image (one strip, taken out of a Pillow TIFF)."""
    buf = io.BytesIO()
    bw.save(buf, "TIFF", compression="group4", tiffinfo={278: bw.height})
    t = Image.open(io.BytesIO(buf.getvalue()))
    (off,), (n,) = t.tag_v2[273], t.tag_v2[279]
    return buf.getvalue()[off : off + n]


def scan_pdf(
    pages: list[Image.Image],
    *,
    when: dt.datetime,
    creator: str,
    producer: str,
    quality: int = 40,
    rng: random.Random,
    skew: float = 0.4,
    bw: bool = False,
) -> bytes:
    """Image-only PDF: grey JPEG (DCTDecode) or, with bw, a black-and-white CCITT G4 copier scan."""
    pdf = pikepdf.Pdf.new()
    for i, page in enumerate(pages):
        g = scan_look(page, rng, skew=skew * (1 if i % 2 == 0 else -0.6))
        w, h = g.size
        if bw:
            one = g.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
            img = pikepdf.Stream(pdf, g4_bytes(one))
            img["/BitsPerComponent"] = 1
            img["/Filter"] = pikepdf.Name("/CCITTFaxDecode")
            img["/DecodeParms"] = pikepdf.Dictionary(K=-1, Columns=w, Rows=h, BlackIs1=True)
        else:
            buf = io.BytesIO()
            g.save(buf, "JPEG", quality=quality, optimize=False)
            img = pikepdf.Stream(pdf, buf.getvalue())
            img["/BitsPerComponent"] = 8
            img["/Filter"] = pikepdf.Name("/DCTDecode")
        img["/Type"] = pikepdf.Name("/XObject")
        img["/Subtype"] = pikepdf.Name("/Image")
        img["/Width"] = w
        img["/Height"] = h
        img["/ColorSpace"] = pikepdf.Name("/DeviceGray")
        content = pikepdf.Stream(pdf, b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q")
        pg = pikepdf.Dictionary(
            Type=pikepdf.Name("/Page"),
            MediaBox=[0, 0, 595.28, 841.89],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img)),
            Contents=content,
        )
        pdf.pages.append(pikepdf.Page(pg))
    out = io.BytesIO()
    pdf.save(out)
    return fix_pdf(out.getvalue(), when, {"Creator": creator, "Producer": producer}, keep_info=False)


# ---------------------------------------------------------------- phone photos


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE): output point (dst) -> input point (src)."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def desk(size: tuple[int, int], rng: random.Random, base=(150, 118, 84), grain: bool = True) -> Image.Image:
    w, h = size
    img = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(img)
    if grain:
        for y in range(0, h, 3):
            k = int(14 * math.sin(y / 37.0 + rng.random() * 0.3) + rng.randint(-6, 6))
            d.line([(0, y), (w, y + rng.randint(-8, 8))], fill=tuple(max(0, min(255, c + k)) for c in base), width=3)
    n = _noise((w, h), rng, 30).convert("RGB")
    return Image.blend(img, n, 0.06)


def light(img: Image.Image, rng: random.Random, strength: float = 0.22) -> Image.Image:
    """Uneven light: a radial falloff from a random point, plus a warm cast."""
    w, h = img.size
    sw, sh = max(1, w // 16), max(1, h // 16)
    cx, cy = rng.uniform(0.2, 0.8) * sw, rng.uniform(0.1, 0.5) * sh
    mask = Image.new("L", (sw, sh))
    md = mask.load()
    diag = math.hypot(sw, sh)
    for yy in range(sh):
        for xx in range(sw):
            dist = math.hypot(xx - cx, yy - cy) / diag
            md[xx, yy] = int(255 * (1 - strength * min(1.0, dist * 1.6)))
    mask = mask.resize((w, h), Image.BILINEAR)
    black = Image.new("RGB", (w, h), (0, 0, 0))
    out = Image.composite(img, black, mask)
    r, g, b = out.split()
    r = r.point(lambda v: min(255, int(v * 1.03) + 3))
    b = b.point(lambda v: int(v * 0.92))
    return Image.merge("RGB", (r, g, b))


def photo_of_page(
    page: Image.Image,
    rng: random.Random,
    *,
    out_size=(1200, 1600),
    tilt: float = 0.05,
    margin: float = 0.06,
    paper=(246, 243, 236),
    desk_base=(150, 118, 84),
    blur: float = 0.7,
    shadow: bool = True,
) -> Image.Image:
    W, H = out_size
    bg = desk(out_size, rng, desk_base)
    pw, ph = page.size
    alpha = page.getchannel("A") if page.mode == "RGBA" else Image.new("L", page.size, 255)
    page = page.convert("RGB")
    # paper tint
    tint = Image.new("RGB", page.size, paper)
    page = Image.composite(page, tint, page.convert("L").point(lambda v: 255 - v))
    # keep the object's aspect ratio inside the margins; the photo is taken a little from below
    scale = min(W * (1 - 2 * margin) / pw, H * (1 - 1.4 * margin) / ph)
    tw, th = pw * scale, ph * scale
    x0, y0 = (W - tw) / 2, (H - th) / 2
    j = lambda s: rng.uniform(-s, s) * W  # noqa: E731
    dst = [
        (x0 + j(tilt), y0 + j(tilt * 0.5)),
        (x0 + tw + j(tilt), y0 + j(tilt * 0.5) + W * 0.01),
        (x0 + tw + W * margin * 0.4 + j(tilt), y0 + th + j(tilt * 0.5)),
        (x0 - W * margin * 0.4 + j(tilt), y0 + th + j(tilt * 0.5)),
    ]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = perspective_coeffs(dst, src)
    warped = page.transform(out_size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = alpha.transform(out_size, Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
    if shadow:
        sh = mask.filter(ImageFilter.GaussianBlur(14))
        shifted = Image.new("L", out_size, 0)
        shifted.paste(sh, (12, 16))
        dark = Image.new("RGB", out_size, (40, 30, 20))
        bg = Image.composite(dark, bg, shifted.point(lambda v: v * 2 // 5))
    out = Image.composite(warped, bg, mask)
    out = light(out, rng)
    out = out.filter(ImageFilter.GaussianBlur(blur))
    n = _noise(out_size, rng, 24).convert("RGB")
    return Image.blend(out, n, 0.04)


def jpeg_bytes(
    img: Image.Image,
    *,
    quality: int,
    when: dt.datetime | None = None,
    make: str = "",
    model: str = "",
    software: str = "",
) -> bytes:
    exif = Image.Exif()
    if make:
        exif[0x010F] = make
    if model:
        exif[0x0110] = model
    if software:
        exif[0x0131] = software
    if when:
        s = when.strftime("%Y:%m:%d %H:%M:%S")
        exif[0x0132] = s
        ifd = exif.get_ifd(0x8769)
        ifd[0x9003] = s
        ifd[0x9004] = s
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False, exif=exif.tobytes() if (make or when) else b"")
    return buf.getvalue()


# ---------------------------------------------------------------- e-mail


def _hexid(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n].upper()


def text_to_outlook_html(text: str) -> str:
    """Plain mail text -> Outlook/Word-style HTML."""
    out = []
    lines = text.split("\n")
    in_list = False
    for line in lines:
        esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if line.startswith("- "):
            if not in_list:
                out.append('<ul style="margin-top:0cm" type="disc">')
                in_list = True
            out.append(f'<li class="MsoListParagraph" style="margin-left:0cm">{esc[2:]}<o:p></o:p></li>')
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith("**") and line.endswith("**"):
            out.append(f'<p class="MsoNormal"><b>{esc[2:-2]}</b><o:p></o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>')
    if in_list:
        out.append("</ul>")
    body = "\n".join(out)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
        '\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
        "p.MsoListParagraph, li.MsoListParagraph\n\t{margin-top:0cm;\n\tmargin-right:0cm;\n\tmargin-bottom:0cm;\n"
        '\tmargin-left:36.0pt;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        '<body lang="NL" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def eml_bytes(
    *,
    frm: str,
    to: str,
    subject: str,
    when: dt.datetime,
    text: str,
    mode: str = "alt",  # plain | html | alt
    cc: str = "",
    html: str | None = None,
    attachments: list[tuple[str, str, bytes]] = (),
    mailer: str = "outlook",
    in_reply_to: str = "",
    seed: str = "",
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(local_dt(when))
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    key = seed or subject + when.isoformat()
    if mailer == "outlook":
        msg["Message-ID"] = f"<{_hexid(key, 30)}@{dom}>"
        msg["Thread-Topic"] = re.sub(r"^(RE|FW|Re|Fwd|AW):\s*", "", subject)
        msg["Thread-Index"] = "AQH" + _hexid("ti" + key, 26).lower()
        msg["Accept-Language"] = "nl-NL, en-US"
        msg["X-MS-Has-Attach"] = "yes" if attachments else ""
        msg["X-MS-TNEF-Correlator"] = ""
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    else:
        msg["Message-ID"] = f"<{_hexid(key, 16).lower()}.{_hexid('x' + key, 8).lower()}@{dom}>"
        msg["X-Mailer"] = mailer
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    html = html if html is not None else text_to_outlook_html(text)
    text = text.replace("**", "")  # bold only shows in the HTML part
    if mode == "plain":
        msg.set_content(text, cte="quoted-printable")
    elif mode == "html":
        msg.set_content(html, subtype="html", cte="quoted-printable")
    else:
        msg.set_content(text, cte="quoted-printable")
        msg.add_alternative(html, subtype="html", cte="quoted-printable")
    for name, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if mailer == "outlook":
        msg["Content-Language"] = "nl-NL"
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{_hexid('b' + key, 24)}_")
            i += 1
    return msg.as_bytes(policy=SMTP)
