"""Format writers for corpus 7 that samples/docgen.py does not have: long PDFs with a cover page
and a table of contents, AcroForm PDFs, Fill & Sign PDFs, bundles, faxes, tracked-change DOCX,
text boxes, merged cells, ODT. Everything deterministic (fixed dates, seeded randomness)."""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pikepdf
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

import docgen as g

FIXED = g.FIXED_DATE
FONT = g.FONT_DIR / "DejaVuSans.ttf"
FONT_B = g.FONT_DIR / "DejaVuSans-Bold.ttf"
MM = 72 / 25.4


def _fpdf(style: g.Style) -> FPDF:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_producer(style.producer or "fpdf2")
    pdf.add_font("dv", "", str(FONT))
    pdf.add_font("dv", "B", str(FONT_B))
    pdf.set_auto_page_break(False)
    return pdf


def _save_pdf(pdf: pikepdf.Pdf, path: Path, producer: str) -> None:
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False):
        pass
    pdf.docinfo["/Producer"] = producer
    pdf.docinfo["/CreationDate"] = "D:20250101090000Z"
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(path, deterministic_id=True, compress_streams=True)


def merge_pdfs(path: Path, parts: list[Path], producer: str) -> Path:
    out = pikepdf.Pdf.new()
    srcs = [pikepdf.Pdf.open(p) for p in parts]
    for s in srcs:
        out.pages.extend(s.pages)
    _save_pdf(out, path, producer)
    for s in srcs:
        s.close()
    return path


# ------------------------------------------------------------------ long documents


def cover_toc_pdf(path: Path, style: g.Style, kind: str, cover_lines: list[tuple[str, str]], toc: list[str],
                  first_page: int = 3, toc_title: str = "Inhoudsopgave", note: str = "") -> Path:
    """Two pages: a cover (organisation, a generic heading, case data) and a table of contents."""
    pdf = _fpdf(style)
    pdf.add_page()
    pdf.set_fill_color(*style.accent)
    pdf.rect(0, 0, 14, 297, style="F")
    pdf.set_xy(30, 40)
    pdf.set_font("dv", "B", 22)
    pdf.set_text_color(*style.accent)
    pdf.cell(0, 10, style.org)
    pdf.set_xy(30, 52)
    pdf.set_font("dv", "", 9)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 5, "  ·  ".join(style.org_lines))
    pdf.set_xy(30, 110)
    pdf.set_font("dv", "B", 28)
    pdf.set_text_color(40, 40, 40)
    pdf.multi_cell(160, 12, kind)
    y = 150
    pdf.set_font("dv", "", 11)
    for k, v in cover_lines:
        pdf.set_xy(30, y)
        pdf.set_font("dv", "B", 11)
        pdf.cell(50, 6, k)
        pdf.set_font("dv", "", 11)
        pdf.cell(0, 6, v)
        y += 8
    if note:
        pdf.set_xy(30, 255)
        pdf.set_font("dv", "", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.multi_cell(150, 4, note)
    pdf.add_page()
    pdf.set_xy(25, 30)
    pdf.set_font("dv", "B", 16)
    pdf.set_text_color(*style.accent)
    pdf.cell(0, 8, toc_title)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("dv", "", 11)
    y = 48
    for i, entry in enumerate(toc):
        pdf.set_xy(25, y)
        label = f"{i + 1}.  {entry}"
        pdf.cell(140, 6, label + " " + "." * max(3, 70 - len(label)))
        pdf.cell(0, 6, str(first_page + i // 2), align="R")
        y += 8
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(pdf.output()))
    return path


def long_pdf(path: Path, tmp: Path, style: g.Style, kind: str, cover_lines, toc, body, **kw) -> Path:
    c = cover_toc_pdf(tmp / ("cover_" + path.name), style, kind, cover_lines, toc, **kw)
    b = g.write_pdf(tmp / path.name, body, style)
    return merge_pdfs(path, [c, b], style.producer or "fpdf2")


def export_cover_pdf(path: Path, style: g.Style, lines: list[str], index: list[tuple[str, str]]) -> Path:
    pdf = _fpdf(style)
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.set_xy(20, 20)
    pdf.cell(0, 8, style.org)
    pdf.set_font("dv", "", 9)
    y = 32
    for ln in lines:
        pdf.set_xy(20, y)
        pdf.cell(0, 5, ln)
        y += 5.5
    y += 6
    pdf.set_font("dv", "B", 9)
    pdf.set_xy(20, y)
    pdf.cell(110, 6, "Onderdeel", border=1)
    pdf.cell(50, 6, "Vastgelegd", border=1)
    pdf.set_font("dv", "", 9)
    for a, b in index:
        y += 6
        pdf.set_xy(20, y)
        pdf.cell(110, 6, a, border=1)
        pdf.cell(50, 6, b, border=1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(pdf.output()))
    return path


# ------------------------------------------------------------------ forms


def _pdfstr(s: str) -> bytes:
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text: str, chars: int) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if len(line) + len(w) + 1 > chars and line:
                out.append(line)
                line = w
            else:
                line = (line + " " + w).strip()
        out.append(line)
    return out


def _layout_form(style: g.Style, title: str, sub: str, intro: list[str], items: list[tuple[str, str, str, float]],
                 boxes: bool = True):
    """Draw a form: title, intro lines, one label + empty box per item. Returns (pdf bytes, placements)
    where placements = [(page_index, name, value, (x0, y0, x1, y1) in points)]."""
    pdf = _fpdf(style)
    pdf.add_page()
    pdf.set_fill_color(*style.accent)
    pdf.rect(0, 0, 210, 10, style="F")
    pdf.set_xy(20, 15)
    pdf.set_font("dv", "B", 9)
    pdf.set_text_color(*style.accent)
    pdf.cell(0, 5, style.org + "   " + "  ·  ".join(style.org_lines))
    pdf.set_xy(20, 24)
    pdf.set_font("dv", "B", 17)
    pdf.cell(0, 9, title)
    pdf.set_text_color(0, 0, 0)
    y = 34
    if sub:
        pdf.set_xy(20, y)
        pdf.set_font("dv", "", 10)
        pdf.cell(0, 5, sub)
        y += 7
    pdf.set_font("dv", "", 8.5)
    for ln in intro:
        pdf.set_xy(20, y)
        pdf.multi_cell(170, 4.2, ln)
        y = pdf.get_y() + 1
    y += 3
    page = 0
    placed = []
    for label, name, value, h in items:
        if y + h + 6 > 280:
            pdf.add_page()
            page += 1
            y = 20
        if name == "":  # section heading
            pdf.set_xy(20, y)
            pdf.set_font("dv", "B", 11)
            pdf.set_text_color(*style.accent)
            pdf.cell(0, 6, label)
            pdf.set_text_color(0, 0, 0)
            y += 8
            continue
        pdf.set_xy(20, y)
        pdf.set_font("dv", "B", 8.5)
        pdf.multi_cell(170, 4, label)
        y = pdf.get_y() + 0.5
        if boxes:
            pdf.set_draw_color(140, 140, 140)
            pdf.rect(20, y, 170, h)
        else:
            pdf.set_draw_color(0, 0, 0)
            pdf.line(20, y + h, 190, y + h)
        placed.append((page, name, value, (20 * MM, (297 - y - h) * MM, 190 * MM, (297 - y) * MM)))
        y += h + 3
    pdf.set_xy(20, 285)
    pdf.set_font("dv", "", 7)
    pdf.cell(0, 4, style.footer or style.org)
    return bytes(pdf.output()), placed


def _helv(pdf: pikepdf.Pdf):
    return pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica,
                                                Encoding=pikepdf.Name.WinAnsiEncoding))


def _text_ap(pdf, helv, rect, value: str, size: float = 9, marked: bool = True):
    w, h = rect[2] - rect[0], rect[3] - rect[1]
    lines = _wrap(value, int(w / (size * 0.5)))
    ops = [b"/Tx BMC" if marked else b"", b"q BT", f"/Helv {size} Tf 0 g".encode()]
    y = h - size - 2
    ops.append(f"3 {y:.2f} Td".encode())
    for i, ln in enumerate(lines):
        if i:
            ops.append(f"0 {-size * 1.2:.2f} Td".encode())
        ops.append(b"(" + _pdfstr(ln) + b") Tj")
    ops += [b"ET Q", b"EMC" if marked else b""]
    st = pikepdf.Stream(pdf, b"\n".join(o for o in ops if o))
    st.Type = pikepdf.Name.XObject
    st.Subtype = pikepdf.Name.Form
    st.BBox = pikepdf.Array([0, 0, w, h])
    st.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv))
    return st


def acroform_pdf(path: Path, style: g.Style, title: str, sub: str, intro: list[str], items, *,
                 need_appearances: bool, producer: str = "") -> Path:
    raw, placed = _layout_form(style, title, sub, intro, items)
    pdf = pikepdf.Pdf.open(io.BytesIO(raw))
    helv = _helv(pdf)
    fields = []
    for page, name, value, rect in placed:
        pg = pdf.pages[page]
        multiline = (rect[3] - rect[1]) > 30
        d = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                               T=pikepdf.String(name), V=pikepdf.String(value), Rect=pikepdf.Array(list(rect)),
                               F=4, DA=pikepdf.String("/Helv 9 Tf 0 g"), P=pg.obj, Ff=4096 if multiline else 0)
        if not need_appearances:
            d.AP = pikepdf.Dictionary(N=_text_ap(pdf, helv, rect, value))
        ind = pdf.make_indirect(d)
        if "/Annots" not in pg.obj:
            pg.obj.Annots = pikepdf.Array()
        pg.obj.Annots.append(ind)
        fields.append(ind)
    af = pikepdf.Dictionary(Fields=pikepdf.Array(fields), DA=pikepdf.String("/Helv 9 Tf 0 g"),
                            DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv)))
    if need_appearances:
        af.NeedAppearances = True
    pdf.Root.AcroForm = pdf.make_indirect(af)
    _save_pdf(pdf, path, producer or style.producer or "fpdf2")
    return path


def fill_and_sign_pdf(path: Path, style: g.Style, title: str, sub: str, intro: list[str], items,
                      sign_rect_mm: tuple[float, float, float, float], seed: int) -> Path:
    """A flat form (lines, no fields) filled with typed FreeText annotations and signed with an Ink
    annotation, as a reader's Fill & Sign writes it. The signature goes on the last page."""
    raw, placed = _layout_form(style, title, sub, intro, items, boxes=False)
    pdf = pikepdf.Pdf.open(io.BytesIO(raw))
    helv = _helv(pdf)
    for page, name, value, rect in placed:
        if not value:
            continue
        pg = pdf.pages[page]
        lines = _wrap(value, int((rect[2] - rect[0]) / 5))
        r = [rect[0], rect[3] - 12 * len(lines) - 4, rect[2], rect[3]]
        d = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText,
                               IT=pikepdf.Name.FreeTextTypewriter, Contents=pikepdf.String(value),
                               Rect=pikepdf.Array(r), DA=pikepdf.String("0 g /Helv 10 Tf"), F=4,
                               NM=pikepdf.String(f"fs-{name}"), M=pikepdf.String("D:20250101090000Z"),
                               AP=pikepdf.Dictionary(N=_text_ap(pdf, helv, r, value, 10, marked=False)))
        if "/Annots" not in pg.obj:
            pg.obj.Annots = pikepdf.Array()
        pg.obj.Annots.append(pdf.make_indirect(d))
    # ink signature
    rng = random.Random(seed)
    x0, y0, x1, y1 = sign_rect_mm
    rect = [x0 * MM, (297 - y1) * MM, x1 * MM, (297 - y0) * MM]
    strokes = []
    for s in range(2):
        pts = []
        n = 18
        for i in range(n):
            x = rect[0] + 6 + (rect[2] - rect[0] - 12) * (i / (n - 1)) * (0.6 if s == 0 else 1)
            y = (rect[1] + rect[3]) / 2 + rng.uniform(-9, 9)
            pts += [round(x, 2), round(y, 2)]
        strokes.append(pts)
    ops = [b"q 0 0 0.55 RG 1.2 w 1 J 1 j"]
    for pts in strokes:
        ops.append(f"{pts[0] - rect[0]:.2f} {pts[1] - rect[1]:.2f} m".encode())
        for i in range(2, len(pts), 2):
            ops.append(f"{pts[i] - rect[0]:.2f} {pts[i + 1] - rect[1]:.2f} l".encode())
        ops.append(b"S")
    ops.append(b"Q")
    ap = pikepdf.Stream(pdf, b"\n".join(ops))
    ap.Type = pikepdf.Name.XObject
    ap.Subtype = pikepdf.Name.Form
    ap.BBox = pikepdf.Array([0, 0, rect[2] - rect[0], rect[3] - rect[1]])
    ink = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Ink, Rect=pikepdf.Array(rect),
                             InkList=pikepdf.Array([pikepdf.Array(p) for p in strokes]),
                             C=pikepdf.Array([0, 0, 0.55]), BS=pikepdf.Dictionary(W=1.2), F=4,
                             NM=pikepdf.String("fs-signature"), AP=pikepdf.Dictionary(N=ap))
    last = pdf.pages[len(pdf.pages) - 1]
    if "/Annots" not in last.obj:
        last.obj.Annots = pikepdf.Array()
    last.obj.Annots.append(pdf.make_indirect(ink))
    _save_pdf(pdf, path, "Adobe Acrobat Reader (Fill & Sign)")
    return path


# ------------------------------------------------------------------ fax


def write_fax_pdf(path: Path, blocks, style: g.Style, header: str, *, dpi: int = 150, standard: bool = False,
                  skew: float = 0.8, seed: int = 7) -> Path:
    import img2pdf

    rng = random.Random(seed)
    pngs = []
    pages = g.render_pages(blocks, style, dpi=dpi, seed=seed)
    for i, page in enumerate(pages, 1):
        d = ImageDraw.Draw(page)
        d.text((int(8 * dpi / 25.4), int(4 * dpi / 25.4)), f"{header}   P.{i:03d}/{len(pages):03d}",
               font=ImageFont.truetype(str(FONT), int(7 * dpi / 72)), fill=0)
        page = page.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
        px = page.load()
        w, h = page.size
        for _ in range(1500):
            px[rng.randrange(w), rng.randrange(h)] = 0
        if standard:
            page = page.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
        bw = page.point(lambda v: 255 if v > 150 else 0).convert("1")
        buf = io.BytesIO()
        bw.save(buf, "PNG", dpi=(dpi, dpi))
        pngs.append(buf.getvalue())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(img2pdf.convert(pngs, engine=img2pdf.Engine.internal, producer="FaxServer 4.2",
                                     creator="FaxServer 4.2", creationdate=FIXED, moddate=FIXED))
    return path


# ------------------------------------------------------------------ zip helpers, DOCX extras, ODT


def fixed_zip(data: bytes, first: str | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    names = [i.filename for i in src.infolist()]
    if first:
        names.remove(first)
        names.insert(0, first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(n))
    return out.getvalue()


WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
VNS = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _t(text: str, tag: str = "w:t") -> str:
    return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'


class DocxExtra:
    """Helpers on a python-docx Document: tracked changes, comments, text boxes, merged cells."""

    def __init__(self, doc, author: str, when: dt.datetime):
        self.doc, self.author, self.when = doc, author, when
        self.rid = 100

    def tracked(self, parts: list[tuple[str, str]]):
        from docx.oxml import parse_xml

        p = self.doc.add_paragraph()
        stamp = self.when.strftime("%Y-%m-%dT%H:%M:%SZ")
        for kind, text in parts:
            self.rid += 1
            if kind == "ins":
                xml = (f'<w:ins {WNS} w:id="{self.rid}" w:author="{escape(self.author)}" w:date="{stamp}">'
                       f"<w:r>{_t(text)}</w:r></w:ins>")
            elif kind == "del":
                xml = (f'<w:del {WNS} w:id="{self.rid}" w:author="{escape(self.author)}" w:date="{stamp}">'
                       f'<w:r>{_t(text, "w:delText")}</w:r></w:del>')
            else:
                xml = f"<w:r {WNS}>{_t(text)}</w:r>"
            p._p.append(parse_xml(xml))
        return p

    def comment(self, paragraph, text: str, initials: str):
        c = self.doc.add_comment(paragraph.runs or [paragraph.add_run("")], text=text, author=self.author,
                                 initials=initials)
        c._comment_elm.date = self.when
        return c

    def textbox(self, lines: list[tuple[str, int, bool]]):
        """A VML text box holding the given (text, half-point size, bold) lines."""
        from docx.oxml import parse_xml

        inner = "".join(
            f'<w:p><w:r><w:rPr>{"<w:b/>" if b else ""}<w:sz w:val="{sz}"/></w:rPr>{_t(t)}</w:r></w:p>'
            for t, sz, b in lines)
        self.rid += 1
        xml = (f'<w:r {WNS} {VNS}><w:pict><v:shape id="tb{self.rid}" type="#_x0000_t202" '
               f'style="width:430pt;height:{24 * len(lines) + 16}pt" strokecolor="#336699">'
               f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
        p = self.doc.add_paragraph()
        p._p.append(parse_xml(xml))
        return p


def save_docx(doc, path: Path, author: str) -> Path:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(fixed_zip(buf.getvalue()))
    return path


def write_odt(path: Path, body: list[tuple[str, object]], creator: str) -> Path:
    """body items: ("h", text) | ("p", text) | ("b", text) bold paragraph | ("table", [rows])."""
    parts = []
    for kind, val in body:
        if kind == "h":
            parts.append(f'<text:h text:style-name="H" text:outline-level="1">{escape(val)}</text:h>')
        elif kind == "b":
            parts.append(f'<text:p text:style-name="B">{escape(val)}</text:p>')
        elif kind == "p":
            parts.append(f'<text:p text:style-name="P">{escape(val)}</text:p>')
        elif kind == "table":
            rows = val
            cols = len(rows[0])
            t = f'<table:table table:name="T{len(parts)}"><table:table-column table:number-columns-repeated="{cols}"/>'
            for r in rows:
                t += "<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>'
                    for c in r) + "</table:table-row>"
            parts.append(t + "</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">'
               '<office:automatic-styles>'
               '<style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
               '<style:style style:name="B" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P" style:family="paragraph"/>'
               '</office:automatic-styles><office:body><office:text>' + "".join(parts) +
               "</office:text></office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns} office:version="1.3"><office:meta>'
            f"<meta:generator>LibreOffice/7.6</meta:generator><dc:creator>{escape(creator)}</dc:creator>"
            "<meta:creation-date>2025-01-01T09:00:00</meta:creation-date></office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("meta.xml", meta)
        z.writestr("META-INF/manifest.xml", manifest)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(fixed_zip(buf.getvalue(), first="mimetype"))
    return path
