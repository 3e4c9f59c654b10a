"""Producers for tests/corpus15 (imported by make_corpus15.py only).

Every producer is deterministic: fixed seeds, no clock reads, fixed zip timestamps, fixed PDF metadata,
pikepdf deterministic /ID; subprocesses run with TZ=UTC and SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import datetime as dt
import html
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
from pathlib import Path

import docx
import pikepdf
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ENV = dict(os.environ, QT_HASH_SEED="0", TZ="UTC", SOURCE_DATE_EPOCH="1735689600", LC_ALL="C.UTF-8", LANG="C.UTF-8")

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


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def nl(d: dt.date | str) -> str:
    d = D(d) if isinstance(d, str) else d
    return d.strftime("%d-%m-%Y")


def nl_long(d: dt.date | str) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def elfproef(bsn: str) -> bool:
    s = "".join(ch for ch in bsn if ch.isdigit())
    if len(s) != 9 or s == "000000000":
        return False
    return sum(int(c) * w for c, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=False)) % 11 == 0


def make_bsn(seed: int) -> str:
    rng = random.Random(seed)
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            assert elfproef(s)
            return s


# ---------------------------------------------------------------- PDF normalisation


def pdf_date(d: dt.date | str, hh: int = 10, mm: int = 0) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"D:{d.strftime('%Y%m%d')}{hh:02d}{mm:02d}00+01'00'"


def normalize_pdf(src: Path | bytes, date: str, keep=("/Producer", "/Creator"), extra: dict | None = None) -> bytes:
    """Fixed Info dictionary, no XMP, no /DocChecksum, content-derived /ID."""
    data = src if isinstance(src, bytes) else Path(src).read_bytes()
    with pikepdf.open(io.BytesIO(data)) as p:
        info = {k: v for k, v in p.docinfo.items() if k in keep}
        if "/Metadata" in p.Root:
            del p.Root["/Metadata"]
        for k in ("/DocChecksum", "/ID"):
            if k in p.trailer:
                del p.trailer[k]
        newinfo = pikepdf.Dictionary({k: v for k, v in info.items()})
        newinfo["/CreationDate"] = pikepdf.String(date)
        newinfo["/ModDate"] = pikepdf.String(date)
        for k, v in (extra or {}).items():
            newinfo[k] = pikepdf.String(v)
        p.trailer.Info = p.make_indirect(newinfo)
        out = io.BytesIO()
        p.save(out, deterministic_id=True, compress_streams=True)
        return out.getvalue()


# ---------------------------------------------------------------- HTML -> PDF


def wkhtmltopdf(html_text: str, out: Path, date: str, footer_left: str = "", footer_right: str = "") -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "export.html"
        src.write_text(html_text, encoding="utf-8")
        cmd = [
            "wkhtmltopdf",
            "-q",
            "--encoding",
            "utf-8",
            "--page-size",
            "A4",
            "--margin-top",
            "12mm",
            "--margin-bottom",
            "14mm",
            "--margin-left",
            "14mm",
            "--margin-right",
            "14mm",
        ]
        if footer_left or footer_right:
            cmd += ["--footer-font-name", "DejaVu Sans", "--footer-font-size", "7", "--footer-spacing", "4"]
            if footer_left:
                cmd += ["--footer-left", footer_left]
            if footer_right:
                cmd += ["--footer-right", footer_right]
        cmd += [str(src), str(Path(td) / "o.pdf")]
        subprocess.run(cmd, env=ENV, check=True, capture_output=True)
        out.write_bytes(normalize_pdf(Path(td) / "o.pdf", date))


def chromium_pdf(html_text: str, out: Path, date: str) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "print.html"
        src.write_text(html_text, encoding="utf-8")
        o = Path(td) / "o.pdf"
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                f"--user-data-dir={td}/ud",
                "--no-pdf-header-footer",
                f"--print-to-pdf={o}",
                src.as_uri(),
            ],
            env=ENV,
            check=True,
            capture_output=True,
        )
        out.write_bytes(normalize_pdf(o, date))


# ---------------------------------------------------------------- DOCX


def _shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _page_field(par) -> None:
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("sep", None), ("t", "1"), ("end", None)):
        run = par.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        elif kind == "t":
            el = OxmlElement("w:t")
            el.text = txt
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), {"begin": "begin", "sep": "separate", "end": "end"}[kind])
        run._r.append(el)


def _hf(part, text: str, size: float, page: bool = False, align=None) -> None:
    par = part.paragraphs[0]
    par.text = ""
    for i, line in enumerate(text.split("\n")):
        if i:
            par = part.add_paragraph()
        r = par.add_run(line)
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        if align is not None:
            par.alignment = align
    if page:
        r = par.add_run("    pagina ")
        r.font.size = Pt(size)
        _page_field(par)


def build_docx(
    blocks: list,
    *,
    header: str = "",
    footer: str = "",
    author: str,
    date: str,
    font: str = "Calibri",
    size: float = 10,
    page_numbers: bool = True,
    first_page_header: str | None = None,
    landscape: bool = False,
) -> bytes:
    """blocks: ("title"|"h"|"p"|"b"|"small", text), ("kv", rows[, widths]), ("grid", rows[, widths]),
    ("section", "landscape"|"portrait", header_text|None)."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    if header:
        _hf(sec.header, header, 8)
    if footer:
        _hf(sec.footer, footer, 7, page=page_numbers)
    if first_page_header is not None:
        sec.different_first_page_header_footer = True
        _hf(sec.first_page_header, first_page_header, 9)
        if footer:
            _hf(sec.first_page_footer, footer, 7, page=page_numbers)
    body = d.paragraphs[0] if d.paragraphs else None
    first = True
    for blk in blocks:
        kind = blk[0]
        if kind in ("title", "h", "p", "b", "small", "right"):
            par = body if first and body is not None else d.add_paragraph()
            run = par.add_run(blk[1])
            if kind == "title":
                run.bold = True
                run.font.size = Pt(size + 5)
            elif kind == "h":
                run.bold = True
                run.font.size = Pt(size + 1.5)
                par.paragraph_format.space_before = Pt(8)
            elif kind == "b":
                run.bold = True
            elif kind == "small":
                run.font.size = Pt(size - 2)
            elif kind == "right":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind in ("kv", "grid"):
            rows = blk[1]
            ncol = max(len(r) for r in rows)
            widths = blk[2] if len(blk) > 2 and blk[2] else ([5.2, 11.8] if ncol == 2 else [17.0 / ncol] * ncol)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            t.autofit = False
            for j in range(ncol):
                t.columns[j].width = Cm(widths[j])
            for i, row in enumerate(rows):
                for j in range(ncol):
                    val = row[j] if j < len(row) else ""
                    cell = t.cell(i, j)
                    cell.width = Cm(widths[j])
                    lines = str(val).split("\n")
                    cell.paragraphs[0].text = ""
                    for k, line in enumerate(lines):
                        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                        r = p.add_run(line)
                        if (kind == "kv" and j == 0) or (kind == "grid" and i == 0):
                            r.bold = True
                    if (kind == "kv" and j == 0) or (kind == "grid" and i == 0):
                        _shade(cell, "E7E6E6")
                if len(row) == 1 and ncol > 1:  # a full-width row (section band)
                    a = t.cell(i, 0).merge(t.cell(i, ncol - 1))
                    _shade(a, "D9E2F3")
            d.add_paragraph()
        elif kind == "section":
            new = d.add_section(WD_SECTION.NEW_PAGE)
            if blk[1] == "landscape":
                new.orientation = WD_ORIENT.LANDSCAPE
                new.page_width, new.page_height = Cm(29.7), Cm(21.0)
            else:
                new.orientation = WD_ORIENT.PORTRAIT
                new.page_width, new.page_height = Cm(21.0), Cm(29.7)
            if len(blk) > 2 and blk[2] is not None:
                new.header.is_linked_to_previous = False
                _hf(new.header, blk[2], 8)
        else:
            raise ValueError(kind)
        first = False
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    ts = dt.datetime.combine(D(date), dt.time(9, 30))
    cp.created = ts
    cp.modified = ts + dt.timedelta(hours=2)
    cp.revision = 3
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue(), D(date))


def fix_zip(data: bytes, date: dt.date) -> bytes:
    """Fixed zip timestamps; drop the template's Word 2010 stylesWithEffects part and its Mac thumbnail."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    drop = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg"}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            blob = zin.read(info.filename)
            if info.filename == "docProps/app.xml":
                blob = blob.replace(b"Microsoft Macintosh Word", b"Microsoft Office Word")
            if info.filename in ("_rels/.rels", "word/_rels/document.xml.rels", "[Content_Types].xml"):
                txt = blob.decode("utf-8")
                txt = re.sub(r"<Relationship [^>]*(?:stylesWithEffects|thumbnail)[^>]*/>", "", txt)
                txt = re.sub(r"<Override [^>]*stylesWithEffects[^>]*/>", "", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(date.year, date.month, date.day, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def soffice_pdf(docx_bytes: bytes, out: Path, date: str, name: str = "document.docx") -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / name
        src.write_bytes(docx_bytes)
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation=file://{td}/lo",
                "--convert-to",
                "pdf",
                "--outdir",
                td,
                str(src),
            ],
            env=ENV,
            check=True,
            capture_output=True,
        )
        out.write_bytes(normalize_pdf(Path(td) / (src.stem + ".pdf"), date, keep=("/Producer", "/Creator", "/Author")))


# ---------------------------------------------------------------- e-mail


def eml(
    *,
    frm: str,
    to: str,
    subject: str,
    date: str,
    msgid: str,
    text: str | None = None,
    html_body: str | None = None,
    cc: str | None = None,
    attachments: list[tuple[str, bytes, str]] = (),
    mailer: str = "Microsoft Outlook 16.0",
    boundary_seed: int = 0,
    in_reply_to: str | None = None,
) -> bytes:
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["X-Mailer"] = mailer
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
        if html_body is not None:
            m.add_alternative(html_body, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        m.set_content(html_body, subtype="html", charset="utf-8", cte="quoted-printable")
    for fname, blob, ctype in attachments:
        maintype, subtype = ctype.split("/")
        m.add_attachment(blob, maintype=maintype, subtype=subtype, filename=fname)
    # fixed boundaries
    n = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{boundary_seed:03d}_{n:04d}_01DA{boundary_seed:04X}.C15{n}")
            n += 1
    return m.as_bytes()


# ---------------------------------------------------------------- scans (Pillow)

FONTDIR = "/usr/share/fonts/opentype/urw-base35/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = {
        "sans": FONTDIR + "NimbusSans-Regular.otf",
        "sansb": FONTDIR + "NimbusSans-Bold.otf",
        "serif": FONTDIR + "C059-Roman.otf",
        "serifb": FONTDIR + "C059-Bold.otf",
        "hand": FONTDIR + "Z003-MediumItalic.otf",
        "mono": FONTDIR + "NimbusMonoPS-Regular.otf",
        "dejavu": DEJAVU + "DejaVuSans.ttf",
    }[name]
    return ImageFont.truetype(path, size)


def wrap(text: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = (line + " " + w).strip()
            if f.getlength(cand) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


class Sheet:
    """One A4 page drawn at `dpi`; printed text, form boxes and handwriting."""

    def __init__(self, rng: random.Random, dpi: int = 200, hand_size: float = 1.0, ink: int = 35):
        self.rng = rng
        self.dpi = dpi
        self.W, self.H = int(8.27 * dpi), int(11.69 * dpi)
        self.im = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.im)
        self.mx = int(0.62 * dpi)
        self.y = int(0.55 * dpi)
        self.pt = dpi / 72.0
        self.hand_size = hand_size
        self.ink = ink

    def px(self, points: float) -> int:
        return int(points * self.pt)

    # printed text
    def text(
        self,
        s: str,
        size: float = 10,
        bold: bool = False,
        x: int | None = None,
        y: int | None = None,
        family: str = "sans",
        fill: int = 0,
        width: int | None = None,
        gap: float = 1.25,
    ) -> int:
        f = font(family + ("b" if bold else ""), self.px(size))
        x = self.mx if x is None else x
        y = self.y if y is None else y
        width = width or (self.W - x - self.mx)
        for line in wrap(s, f, width):
            self.d.text((x, y), line, font=f, fill=fill)
            y += int(self.px(size) * gap)
        return y

    def line_at(
        self,
        s: str,
        size: float = 10,
        bold: bool = False,
        family: str = "sans",
        gap: float = 1.25,
        indent: int = 0,
        after: float = 0.0,
    ) -> None:
        self.y = self.text(s, size=size, bold=bold, family=family, gap=gap, x=self.mx + indent)
        self.y += self.px(after)

    def hline(self, width: int = 2) -> None:
        self.d.line((self.mx, self.y, self.W - self.mx, self.y), fill=0, width=width)
        self.y += self.px(6)

    def band(self, s: str, size: float = 10) -> None:
        h = self.px(size * 1.8)
        self.d.rectangle((self.mx, self.y, self.W - self.mx, self.y + h), fill=205, outline=0, width=2)
        self.text(s, size=size, bold=True, x=self.mx + self.px(5), y=self.y + self.px(size * 0.35))
        self.y += h

    # handwriting
    def hand(self, s: str, x: int, y: int, width: int, size: float = 13) -> int:
        size = size * self.hand_size
        base = self.px(size)
        lh = int(base * 1.32)
        cx, cy = x, y
        for para in s.split("\n"):
            for w in para.split(" "):
                if not w:
                    continue
                sz = max(8, base + self.rng.randint(-2, 2))
                f = font("hand", sz)
                wl = f.getlength(w)
                if cx + wl > x + width and cx > x:
                    cx = x
                    cy += lh
                bbox = f.getbbox(w)
                tile = Image.new("L", (int(wl) + 12, bbox[3] + 14), 0)
                ImageDraw.Draw(tile).text((4, 4), w, font=f, fill=255)
                tile = tile.rotate(self.rng.uniform(-2.2, 2.2), resample=Image.BICUBIC, expand=True)
                ink = Image.new("L", tile.size, self.ink + self.rng.randint(0, 25))
                self.im.paste(ink, (int(cx), int(cy + self.rng.randint(-3, 3))), tile)
                cx += wl + f.getlength(" ") * self.rng.uniform(0.8, 1.4)
            cx = x
            cy += lh
        return cy

    def cross(self, x: int, y: int, s: int) -> None:
        def j():
            return self.rng.randint(-3, 3)

        w = max(3, self.dpi // 55)
        self.d.line((x + j(), y + j(), x + s + j(), y + s + j()), fill=self.ink, width=w)
        self.d.line((x + s + j(), y + j(), x + j(), y + s + j()), fill=self.ink, width=w)

    def signature(self, x: int, y: int, w: int, h: int) -> None:
        pts = []
        n = 40
        a1, a2, ph = self.rng.uniform(2, 5), self.rng.uniform(6, 11), self.rng.uniform(0, 6)
        for i in range(n):
            t = i / (n - 1)
            px_ = x + t * w + self.rng.uniform(-4, 4)
            py = y + h / 2 + math.sin(t * a1 + ph) * h * 0.3 + math.sin(t * a2) * h * 0.18
            pts.append((px_, py))
        self.d.line(pts, fill=self.ink, width=max(3, self.dpi // 60), joint="curve")
        self.d.line((x + w * 0.1, y + h * 0.8, x + w * 0.85, y + h * 0.72), fill=self.ink, width=max(2, self.dpi // 80))

    # form rows
    def row(
        self,
        label: str,
        value: str = "",
        lw: float = 0.34,
        size: float = 9,
        hsize: float = 12.5,
        minh: float = 0.32,
        checks: list[tuple[str, bool]] | None = None,
        sign: bool = False,
    ) -> None:
        x0, x1 = self.mx, self.W - self.mx
        xl = x0 + int((x1 - x0) * lw)
        pad = self.px(4)
        ylab = self.text(label, size=size, x=x0 + pad, y=self.y + pad, width=xl - x0 - 2 * pad, bold=False)
        yv = self.y + pad
        if checks:
            cx = xl + pad
            box = self.px(8)
            for opt, on in checks:
                f = font("sans", self.px(size))
                need = box + self.px(4) + f.getlength(opt) + self.px(12)
                if cx + need > x1 - pad:
                    cx = xl + pad
                    yv += self.px(size * 1.7)
                self.d.rectangle((cx, yv, cx + box, yv + box), outline=0, width=2)
                if on:
                    self.cross(cx - 2, yv - 4, box + 6)
                self.d.text((cx + box + self.px(4), yv - self.px(1)), opt, font=f, fill=0)
                cx += need
            yv += self.px(size * 1.7)
        if value:
            yv = self.hand(value, xl + pad, yv, x1 - xl - 2 * pad, size=hsize)
        if sign:
            self.signature(xl + pad + self.px(150), self.y + pad, self.px(120), self.px(26))
            yv = max(yv, self.y + pad + self.px(32))
        bottom = max(ylab, yv, self.y + int(minh * self.dpi)) + pad
        self.d.rectangle((x0, self.y, x1, bottom), outline=0, width=2)
        self.d.line((xl, self.y, xl, bottom), fill=0, width=2)
        self.y = bottom

    def question(self, q: str, answer: str, size: float = 9.5, hsize: float = 12.5, lines: int = 0) -> None:
        self.y += self.px(6)
        self.y = self.text(q, size=size, bold=True)
        top = self.y + self.px(2)
        yv = (
            self.hand(answer, self.mx + self.px(6), top + self.px(3), self.W - 2 * self.mx - self.px(12), size=hsize)
            if answer
            else top
        )
        bottom = max(yv, top + lines * self.px(hsize * 1.32)) + self.px(4)
        # ruled lines under the answer
        ly = top + self.px(hsize * 1.25)
        while ly < bottom:
            self.d.line((self.mx, ly + self.px(3), self.W - self.mx, ly + self.px(3)), fill=105, width=2)
            ly += self.px(hsize * 1.32)
        self.y = bottom

    def paragraphs(self, paras: list[str], size: float = 10.5, family: str = "serif", after: float = 6) -> None:
        for p in paras:
            if p.startswith("##"):
                self.y = self.text(p[2:].strip(), size=size, bold=True, family=family) + self.px(2)
                continue
            self.y = self.text(p, size=size, family=family, gap=1.3) + self.px(after)


def degrade(
    im: Image.Image,
    rng: random.Random,
    angle: float,
    mode: str = "1",
    noise: int = 18,
    shift=(0, 0),
    blur: float = 0.0,
    tone: int = 255,
    speckles: int = 400,
) -> Image.Image:
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255, translate=shift)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    # seeded noise: uniform bytes mapped through a table to +-noise around 128
    nb = rng.randbytes(im.width * im.height)
    nz = Image.frombytes("L", im.size, nb)
    lut = [max(0, min(255, 128 + int((v - 127.5) / 127.5 * noise))) for v in range(256)]
    nz = nz.point(lut)
    im = Image.blend(im, nz, 0.5).point([max(0, min(255, (v - 64) * 2)) for v in range(256)])
    if tone != 255:
        im = im.point([int(v * tone / 255) for v in range(256)])
    d = ImageDraw.Draw(im)
    for _ in range(speckles):
        x, y = rng.randrange(im.width), rng.randrange(im.height)
        r = rng.choice((1, 1, 1, 2))
        d.ellipse((x, y, x + r, y + r), fill=rng.randint(0, 90))
    if mode == "1":
        im = im.point(lambda v: 0 if v < 150 else 255).convert("1", dither=Image.Dither.NONE)
    return im


def images_pdf(
    pages: list[Image.Image], date: str, producer: str, creator: str, dpi: int = 200, quality: int = 60
) -> bytes:
    buf = io.BytesIO()
    first, rest = pages[0], pages[1:]
    kw = {"resolution": dpi, "save_all": True, "append_images": rest}
    if first.mode != "1":
        kw["quality"] = quality
    first.save(buf, "PDF", **kw)
    return normalize_pdf(buf.getvalue(), date, keep=(), extra={"/Producer": producer, "/Creator": creator})


def ocr_pdf(pages: list[Image.Image], date: str, producer: str, creator: str, dpi: int = 200) -> bytes:
    """A searchable scan: tesseract's PDF renderer (image + invisible text layer), pages merged with pikepdf."""
    with tempfile.TemporaryDirectory() as td:
        parts = []
        for i, pg in enumerate(pages):
            src = Path(td) / f"p{i}.png"
            pg.save(src, dpi=(dpi, dpi))
            subprocess.run(
                [
                    "tesseract",
                    str(src),
                    str(Path(td) / f"p{i}"),
                    "-l",
                    "nld",
                    "--dpi",
                    str(dpi),
                    "-c",
                    "textonly_pdf=0",
                    "pdf",
                ],
                env=ENV,
                check=True,
                capture_output=True,
            )
            parts.append(Path(td) / f"p{i}.pdf")
        merged = pikepdf.new()
        srcs = [pikepdf.open(p) for p in parts]
        for s in srcs:
            merged.pages.extend(s.pages)
        buf = io.BytesIO()
        merged.save(buf)
        for s in srcs:
            s.close()
    return normalize_pdf(buf.getvalue(), date, keep=(), extra={"/Producer": producer, "/Creator": creator})


def jpeg(im: Image.Image, quality: int = 62, dpi: int = 150) -> bytes:
    buf = io.BytesIO()
    im.convert("L").save(buf, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
    return buf.getvalue()


def esc(s: str) -> str:
    return html.escape(s)
