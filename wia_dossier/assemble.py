"""Merge front matter and documents into the bundle with pikepdf: outline, page labels, links, stamps.

Everything is driven by one page map (``BundleItem.first``/``last``) computed before the front matter
is rendered (ANCHORS B.6): the front matter gets roman page labels, the documents 1…n, so the number
in the viewer's page box is the number stamped on the page and printed in the index. pikepdf (qpdf)
instead of pypdf: the merge+outline+stamp is 3–5x faster (ANCHORS C.5).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf

from wia_dossier.render import LINK_PREFIX

PRODUCER = "wia-dossier"

# Helvetica / Helvetica-Bold advance widths (1/1000 em) for ASCII 32..126, from Adobe's AFM files
# (as shipped in pypdf's core font metrics). Accented letters use their base letter's width.
_HELV = (
    278,
    278,
    355,
    556,
    556,
    889,
    667,
    191,
    333,
    333,
    389,
    584,
    278,
    333,
    278,
    278,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    278,
    278,
    584,
    584,
    584,
    556,
    1015,
    667,
    667,
    722,
    722,
    667,
    611,
    778,
    722,
    278,
    500,
    667,
    556,
    833,
    722,
    778,
    667,
    778,
    722,
    667,
    611,
    722,
    667,
    944,
    667,
    667,
    611,
    278,
    278,
    278,
    469,
    556,
    333,
    556,
    556,
    500,
    556,
    556,
    278,
    556,
    556,
    222,
    222,
    500,
    222,
    833,
    556,
    556,
    556,
    556,
    333,
    500,
    278,
    556,
    500,
    722,
    500,
    500,
    500,
    334,
    260,
    334,
    584,
)
_HELV_BOLD = (
    278,
    333,
    474,
    556,
    556,
    889,
    722,
    238,
    333,
    333,
    389,
    584,
    278,
    333,
    278,
    278,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    333,
    333,
    584,
    584,
    584,
    611,
    975,
    722,
    722,
    722,
    722,
    667,
    611,
    778,
    722,
    278,
    556,
    722,
    611,
    833,
    722,
    778,
    667,
    778,
    722,
    667,
    611,
    722,
    667,
    944,
    667,
    667,
    611,
    333,
    278,
    333,
    584,
    556,
    333,
    556,
    611,
    556,
    611,
    556,
    333,
    611,
    611,
    278,
    278,
    556,
    278,
    889,
    611,
    611,
    611,
    611,
    389,
    556,
    333,
    611,
    556,
    778,
    556,
    556,
    500,
    389,
    280,
    389,
    584,
)
_SPECIAL = {"·": 278, "–": 556, "—": 1000, "…": 1000, "’": 222, "‘": 222, "“": 333, "”": 333, "€": 556}

_FONT = Name("/WiaHelv")
_FONT_BOLD = Name("/WiaHelvB")
_GS = Name("/WiaGS")


@dataclass(slots=True)
class BundleItem:
    """One document in the bundle: where it comes from and where its pages land (1-based bundle numbers)."""

    rel: str
    type_id: str | None
    element: str
    element_label: str
    type_label: str
    title: str
    date: dt.date | None
    author: str | None
    converter: str
    pdf: Path
    pages: int
    first: int = 0
    last: int = 0
    note: str | None = None
    parent: str | None = None


@dataclass(slots=True)
class ElementGroup:
    """A RIV element (outline top level) and its documents in bundle order."""

    element: str
    label: str
    items: list[BundleItem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StampInfo:
    """The text every document page carries besides its element and page number."""

    employee: str
    bsn: str  # already masked unless the user asked for the full BSN
    lang: str = "nl"

    def page_text(self, n: int, total: int) -> str:
        """``pagina 3 van 40`` / ``page 3 of 40``."""
        return f"page {n} of {total}" if self.lang == "en" else f"pagina {n} van {total}"

    def person_text(self) -> str:
        """``J. de Vries · BSN *****6782``."""
        parts = [p for p in (self.employee, f"BSN {self.bsn}" if self.bsn else "") if p]
        return " · ".join(parts)


def number_pages(items: Sequence[BundleItem]) -> int:
    """Fill ``first``/``last`` of every item (bundle numbering from 1); return the body page count."""
    n = 0
    for item in items:
        item.first = n + 1
        n += item.pages
        item.last = n
    return n


def count_pages(path: Path) -> int:
    """Number of pages of a converted PDF."""
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


# --- text helpers ---------------------------------------------------------------------------------------


def _char_width(ch: str, table: tuple[int, ...]) -> int:
    code = ord(ch)
    if 32 <= code <= 126:
        return table[code - 32]
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    base = unicodedata.normalize("NFKD", ch)[:1]
    if base and 32 <= ord(base) <= 126:
        return table[ord(base) - 32]
    return 556


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of ``text`` set in Helvetica (or Helvetica-Bold) at ``size``."""
    table = _HELV_BOLD if bold else _HELV
    return sum(_char_width(ch, table) for ch in text) * size / 1000.0


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding (the fonts' encoding); unmappable characters become '?'."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _num(x: float) -> bytes:
    return (f"{x:.3f}".rstrip("0").rstrip(".") or "0").encode()


def _visual_frame(page: pikepdf.Page) -> tuple[tuple[float, ...], float, float]:
    """(cm matrix, visual width, visual height) that maps an upright reader's frame onto the page.

    The frame's origin is the visual bottom-left corner of the CropBox (which may have a non-zero
    origin); /Rotate is clockwise, so for 90° the visual bottom is the box's right edge.
    """
    box = page.obj.get("/CropBox") or page.obj.get("/MediaBox")
    if box is None:
        box = page.mediabox
    x0, y0, x1, y1 = (float(v) for v in box)
    x0, x1 = min(x0, x1), max(x0, x1)
    y0, y1 = min(y0, y1), max(y0, y1)
    rotate = int(page.obj.get("/Rotate", 0)) % 360
    w, h = x1 - x0, y1 - y0
    if rotate == 90:
        return (0, 1, -1, 0, x1, y0), h, w
    if rotate == 180:
        return (-1, 0, 0, -1, x1, y1), w, h
    if rotate == 270:
        return (0, -1, 1, 0, x0, y1), h, w
    return (1, 0, 0, 1, x0, y0), w, h


def _fit_size(texts: Iterable[str], width: float, size: float) -> float:
    need = sum(text_width(t, size) for t in texts) + 3 * 12
    return size if need <= width else max(4.0, size * width / need)


def stamp_stream(page: pikepdf.Page, left: str, center: str, right: str) -> bytes:
    """Content that draws the stamp line in the page's own bottom margin, upright for the reader."""
    cm, vw, _vh = _visual_frame(page)
    margin = min(36.0, vw * 0.06)
    size = _fit_size((left, center, right), vw - 2 * margin, 7.5 if vw >= 400 else 6.0)
    baseline = max(10.0, min(16.0, vw * 0.025))
    xs = (
        margin,
        (vw - text_width(center, size)) / 2,
        vw - margin - text_width(right, size),
    )
    out = [b"q ", b" ".join(_num(v) for v in cm), b" cm 1 1 1 rg "]
    # a white box behind each piece keeps the stamp legible on photos and full-page scans
    for text, x in ((left, xs[0]), (center, xs[1]), (right, xs[2])):
        if text:
            out += [
                _num(x - 2),
                b" ",
                _num(baseline - 2.5),
                b" ",
                _num(text_width(text, size) + 4),
                b" ",
                _num(size + 4),
                b" re f ",
            ]
    out.append(b"BT 0.2 0.2 0.2 rg ")
    for text, x, font in ((left, xs[0], _FONT_BOLD), (center, xs[1], _FONT), (right, xs[2], _FONT)):
        if not text:
            continue
        out += [
            bytes(font.unparse()),
            b" ",
            _num(size),
            b" Tf 1 0 0 1 ",
            _num(x),
            b" ",
            _num(baseline),
            b" Tm ",
            _pdf_string(text),
            b" Tj ",
        ]
    out.append(b"ET Q\n")
    return b"".join(out)


def draft_stream(page: pikepdf.Page, word: str = "CONCEPT") -> bytes:
    """A large diagonal light-grey word across the page (semi-transparent, so the text stays legible)."""
    cm, vw, vh = _visual_frame(page)
    angle = math.atan2(vh, vw)
    diag = math.hypot(vw, vh)
    size = diag * 0.6 / max(text_width(word, 1.0, bold=True), 1e-6)
    tw = text_width(word, size, bold=True)
    th = size * 0.718  # cap height of Helvetica-Bold
    c, s = math.cos(angle), math.sin(angle)
    x = vw / 2 - c * tw / 2 + s * th / 2
    y = vh / 2 - s * tw / 2 - c * th / 2
    return b"".join(
        [
            b"q ",
            b" ".join(_num(v) for v in cm),
            b" cm ",
            bytes(_GS.unparse()),
            b" gs 0.6 0.6 0.6 rg BT ",
            bytes(_FONT_BOLD.unparse()),
            b" ",
            _num(size),
            b" Tf ",
            b" ".join(_num(v) for v in (c, s, -s, c, x, y)),
            b" Tm ",
            _pdf_string(word),
            b" Tj ET Q\n",
        ]
    )


class _Stamper:
    """Adds the stamp resources once per output file and wraps each page's content in q/Q."""

    def __init__(self, pdf: Pdf) -> None:
        self.pdf = pdf
        self.font = pdf.make_indirect(
            Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding)
        )
        self.font_bold = pdf.make_indirect(
            Dictionary(
                Type=Name.Font,
                Subtype=Name.Type1,
                BaseFont=Name("/Helvetica-Bold"),
                Encoding=Name.WinAnsiEncoding,
            )
        )
        self.gs = pdf.make_indirect(Dictionary(Type=Name.ExtGState, ca=0.28, CA=0.28))
        # shared by every page: saving the graphics state before the page's own content
        self.q = pdf.make_stream(b"q\n")

    def _prepare(self, page: pikepdf.Page) -> None:
        if "/Resources" not in page.obj:
            page.obj.Resources = Dictionary()
        res = page.obj.Resources
        if "/Font" not in res:
            res.Font = Dictionary()
        if "/ExtGState" not in res:
            res.ExtGState = Dictionary()
        # page resources may be shared between pages (same object): idempotent assignment is fine
        res.Font[_FONT] = self.font
        res.Font[_FONT_BOLD] = self.font_bold
        res.ExtGState[_GS] = self.gs

    def stamp(self, page: pikepdf.Page, content: bytes) -> None:
        """Draw ``content`` over the page, isolated from the page's own graphics state."""
        self._prepare(page)
        # q … Q around the original content: an unbalanced or transformed original cannot move the stamp
        page.contents_add(self.q, prepend=True)
        page.contents_add(self.pdf.make_stream(b"Q\n" + content), prepend=False)


def _element_caption(item: BundleItem, lang: str) -> str:
    word = "Element" if lang == "en" else "Onderdeel"
    return f"{word} {item.element} · {item.type_label}" if item.element else item.type_label


def _outline_title(item: BundleItem, lang: str) -> str:
    date = item.date.strftime("%d-%m-%Y") if item.date else ("undated" if lang == "en" else "ongedateerd")
    pages = f"p. {item.first}" if item.first == item.last else f"p. {item.first}–{item.last}"
    return f"{item.title} ({date}, {pages})"


def _destination(pdf: Pdf, index: int) -> Array:
    """Go to the top of a page, keeping the reader's zoom (court bundles: zoom 'inherit')."""
    page = pdf.pages[index]
    if int(page.obj.get("/Rotate", 0)) % 360:
        return Array([page.obj, Name.Fit])
    box = page.obj.get("/CropBox") or page.mediabox
    return Array([page.obj, Name.XYZ, None, float(box[3]), None])


def _resolve_links(pdf: Pdf, front_pages: int) -> int:
    """Turn the front matter's placeholder URI links into internal GoTo links; return how many."""
    body = len(pdf.pages) - front_pages
    count = 0
    for i in range(front_pages):
        page = pdf.pages[i]
        for annot in page.obj.get("/Annots", []):
            action = annot.get("/A")
            if action is None or action.get("/S") != Name.URI:
                continue
            uri = str(action.get("/URI", ""))
            if not uri.startswith(LINK_PREFIX):
                continue
            target = int(uri[len(LINK_PREFIX) :])
            del annot["/A"]
            if 1 <= target <= body:
                annot.Dest = _destination(pdf, front_pages + target - 1)
                count += 1
    return count


def _set_info(pdf: Pdf, title: str, lang: str) -> None:
    # fixed metadata, no dates: the same input gives the same structure (STYLE 7)
    pdf.docinfo = pdf.make_indirect(Dictionary(Title=title, Producer=PRODUCER, Creator=PRODUCER))
    pdf.Root.Lang = pikepdf.String(lang)
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]


def _save(pdf: Pdf, target: Path) -> None:
    pdf.save(
        target,
        deterministic_id=True,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.generate,
    )


def assemble_bundle(
    front: Path,
    index_page: int,
    groups: Sequence[ElementGroup],
    stamp: StampInfo,
    target: Path,
    *,
    draft: bool,
    title: str,
) -> int:
    """Write the bundle PDF to ``target`` (a temp file; the caller moves it into place).

    Args:
        front: the rendered cover + index (one PDF, placeholder links inside).
        index_page: 0-based page of the index inside ``front``.
        groups: elements in bundle order, each with its items (page map already numbered).
        stamp: employee name and BSN for the stamps.
        target: where to save.
        draft: mark every page CONCEPT.
        title: document title (metadata and outline).

    Returns:
        the total page count.
    """
    lang = stamp.lang
    items = [it for g in groups for it in g.items]
    total = items[-1].last if items else 0
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(pikepdf.new())
        front_pdf = stack.enter_context(pikepdf.open(front))
        out.pages.extend(front_pdf.pages)
        front_pages = len(front_pdf.pages)
        stamper = _Stamper(out)
        for item in items:
            src = stack.enter_context(pikepdf.open(item.pdf))
            start = len(out.pages)
            out.pages.extend(src.pages)
            caption = _element_caption(item, lang)
            person = stamp.person_text()
            for k in range(item.pages):
                page = out.pages[start + k]
                content = stamp_stream(page, caption, person, stamp.page_text(item.first + k, total))
                if draft:
                    content += draft_stream(page)
                stamper.stamp(page, content)
        if draft:
            for i in range(front_pages):
                stamper.stamp(out.pages[i], draft_stream(out.pages[i]))
        _resolve_links(out, front_pages)
        # page labels: i, ii, … for the front matter; 1…n for the documents (= stamps = index)
        nums: list[object] = [0, Dictionary(S=Name.r)]
        if items:
            nums += [front_pages, Dictionary(S=Name.D, St=1)]
        out.Root.PageLabels = out.make_indirect(Dictionary(Nums=Array(nums)))
        with out.open_outline() as outline:
            cover_word, index_word = ("Cover", "Index") if lang == "en" else ("Voorblad", "Inhoudsopgave")
            outline.root.append(pikepdf.OutlineItem(cover_word, 0))
            outline.root.append(pikepdf.OutlineItem(index_word, index_page))
            for group in groups:
                if not group.items:
                    continue
                head = f"{group.element}. {group.label}" if group.element else group.label
                top = pikepdf.OutlineItem(head, front_pages + group.items[0].first - 1)
                for item in group.items:
                    top.children.append(pikepdf.OutlineItem(_outline_title(item, lang), front_pages + item.first - 1))
                outline.root.append(top)
        out.Root.PageMode = Name.UseOutlines
        _set_info(out, title, lang)
        _save(out, target)
        return len(out.pages)


def write_document(item: BundleItem, stamp: StampInfo, target: Path, *, draft: bool, title: str) -> None:
    """One document as its own PDF (``--split``), stamped like the bundle but numbered 1…k on its own.

    The portal takes one upload per document, so "pagina 17 van 412" would only confuse the reader
    of a 4-page upload; the element caption and the employee line are the same as in the bundle.
    """
    with pikepdf.open(item.pdf) as src, pikepdf.new() as out:
        out.pages.extend(src.pages)
        stamper = _Stamper(out)
        caption = _element_caption(item, stamp.lang)
        person = stamp.person_text()
        n = len(out.pages)
        for k in range(n):
            page = out.pages[k]
            content = stamp_stream(page, caption, person, stamp.page_text(k + 1, n))
            if draft:
                content += draft_stream(page)
            stamper.stamp(page, content)
        _set_info(out, title, stamp.lang)
        _save(out, target)
