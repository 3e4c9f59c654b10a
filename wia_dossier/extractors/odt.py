"""OpenDocument text (.odt, and flat-XML .fodt): text in reading order, headers, metadata and signature pictures.

Municipalities, schools and small employers write with LibreOffice. An ``.odt`` is a zip whose first member,
stored uncompressed, is ``mimetype`` (ODF 1.3 part 2, 3.3): that is how it is recognised, not by its name.
The body is ``content.xml``, headers and footers are in the master pages of ``styles.xml``, title, authors and
dates in ``meta.xml``. Read like a Word file (``Kind.DOCX``): classified the same way, and ``build`` converts it
with LibreOffice. The XML is parsed with lxml (installed with python-docx) without entity expansion, DTD loading
or network access, after the same zip-bomb check as DOCX.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from wia_dossier.extractors import NAME_BONUS, ExtractOptions
from wia_dossier.extractors.docx import _other_zip, _zip_problem, paged_result
from wia_dossier.extractors.text import normalise_lines
from wia_dossier.model import Extracted, Kind, SourceFile, Status

log = logging.getLogger(__name__)

MIMETYPE = b"application/vnd.oasis.opendocument.text"
_OPENDOCUMENT = b"application/vnd.oasis.opendocument."
_SUFFIXES = (".odt", ".fodt")
#: The flat-XML form: one XML file whose root says what it is (LibreOffice writes the root in the first 3 KB).
_FLAT_MIMETYPE = re.compile(rb"<office:document\b[^>]*?office:mimetype\s*=\s*[\"']application/vnd\.oasis\."
                            rb"opendocument\.text[\"']")  # fmt: skip

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def _q(prefix: str, local: str) -> str:
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _LIST, _LIST_ITEM, _LIST_HEADER = (_q("text", n) for n in ("p", "h", "list", "list-item", "list-header"))
_SECTION, _INDEX_BODY, _SOFT_BREAK = _q("text", "section"), _q("text", "index-body"), _q("text", "soft-page-break")
_S, _TAB, _LINE_BREAK = _q("text", "s"), _q("text", "tab"), _q("text", "line-break")
_C, _STYLE_NAME = _q("text", "c"), _q("text", "style-name")
#: Inline elements whose content is not part of the running text: footnotes and comments (their own zone),
#: deleted text kept for change tracking, and the ruby annotation.
_INLINE_SKIP = {
    _q("text", "note"), _q("office", "annotation"), _q("office", "annotation-end"), _q("text", "tracked-changes"),
    _q("text", "ruby-text"), _q("draw", "frame"), _q("draw", "a"), _q("draw", "custom-shape"),
}  # fmt: skip
_TABLE, _ROW, _CELL = _q("table", "table"), _q("table", "table-row"), _q("table", "table-cell")
#: Elements that group table rows (read in order, header rows first as written).
_ROW_GROUPS = {_q("table", n) for n in ("table-header-rows", "table-rows", "table-row-group")}
#: Block containers whose children are read in order (indexes: only their body, not the template).
_BLOCK_WRAPPERS = {_SECTION, _INDEX_BODY, _q("text", "table-of-content"), _q("text", "illustration-index"),
                   _q("text", "alphabetical-index"), _q("text", "user-index"), _q("text", "bibliography"),
                   _q("text", "object-index"), _q("text", "table-index")}  # fmt: skip
_FRAME, _TEXT_BOX, _IMAGE = _q("draw", "frame"), _q("draw", "text-box"), _q("draw", "image")
_DRAW_LINK = _q("draw", "a")
#: Inline parts whose pictures and boxes are not the paragraph's (footnotes, comments, deleted text).
_NO_FRAMES = {_q("text", "note"), _q("office", "annotation"), _q("text", "tracked-changes")}

_PAGE_BREAK = "\f"
HEAD_SEARCH = 8192  # as the registry's HEAD_BYTES: what the sniffer sees
_MAX_DEPTH = 60  # nested lists, tables and frames beyond this are not read (a crafted file, not a letter)
_WHITESPACE = re.compile(r"[ \t\r\n]+")
_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(cm|mm|in|pt|pc|px)?\s*$")
_POINTS = {"cm": 72 / 2.54, "mm": 72 / 25.4, "in": 72.0, "pt": 1.0, "pc": 12.0, "px": 0.75, None: 1.0}

OPENDOCUMENT_OTHER = "OpenDocument-bestand: sla het op als .docx of PDF"  # as DOCX's sniffer reports .ods/.odp/.ott


def _parser(*, huge: bool = False) -> Any:
    """As python-docx parses DOCX: no entities expanded (no "billion laughs"), no DTD, no network.

    ``huge`` lifts libxml2's 10 MB limit per text node: a flat ODT holds its pictures as base64 text.
    """
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=huge)


def first_member_mimetype(head: bytes) -> bytes | None:
    """The content of a zip's first member when it is a stored ``mimetype`` (the OpenDocument signature), else None.

    ``b""`` when the member is there but compressed (allowed by zip, not by ODF): the sniffer cannot see it.
    """
    if not head.startswith(b"PK\x03\x04") or len(head) < 30:
        return None
    method = int.from_bytes(head[8:10], "little")
    size = int.from_bytes(head[18:22], "little")
    name_len = int.from_bytes(head[26:28], "little")
    extra_len = int.from_bytes(head[28:30], "little")
    if head[30 : 30 + name_len] != b"mimetype":
        return None
    if method != 0:
        return b""
    start = 30 + name_len + extra_len
    return head[start : start + min(size, 200)].strip()


def is_flat_odt(head: bytes) -> bool:
    """True for an OpenDocument text in one XML file (``.fodt``)."""
    return bool(_FLAT_MIMETYPE.search(head[:HEAD_SEARCH]))


def odt_suffix(data: bytes) -> str | None:
    """``.odt`` or ``.fodt`` for an OpenDocument text (LibreOffice picks its import filter by this), else None."""
    mimetype = first_member_mimetype(data[:HEAD_SEARCH])
    if mimetype == b"":  # stored compressed: read it
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                info = archive.getinfo("mimetype")
                mimetype = archive.read(info)[:200].strip() if info.file_size < 1024 else None
        except (KeyError, zipfile.BadZipFile, zlib.error, EOFError):
            return None
    if mimetype == MIMETYPE:
        return ".odt"
    if mimetype is None and is_flat_odt(data[:HEAD_SEARCH]):
        return ".fodt"
    return None


class OdtExtractor:
    """OpenDocument text documents (LibreOffice Writer), zipped or flat XML."""

    kind = Kind.DOCX  # a word-processor document: classified and converted (LibreOffice) like .docx and .doc

    def sniff(self, head: bytes, name: str) -> int:
        """90 for an ODT's ``mimetype`` or a flat ODT's root, 50 for a zip starting with a compressed ``mimetype``.

        Other OpenDocument files (.ods, .odp, .ott) score 0: the DOCX sniffer names them.
        """
        bonus = NAME_BONUS if name.lower().endswith(_SUFFIXES) else 0
        mimetype = first_member_mimetype(head)
        if mimetype == MIMETYPE:
            return 90 + bonus
        if mimetype == b"":
            return 50 + bonus  # extract() reads the member and tells
        if mimetype is None and not head.startswith(b"PK") and is_flat_odt(head):
            return 90 + bonus
        return 0

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        """Text of body, tables, lists, frames, headers and footers; pages split where LibreOffice broke them."""
        from lxml import etree

        data = src.read_bytes()
        try:
            if not data.startswith(b"PK"):
                return self._flat(data, options)
            return self._zipped(data, options)
        except (zipfile.BadZipFile, zlib.error, EOFError):  # a truncated member, a wrong CRC
            return self._fail(Status.UNREADABLE, "beschadigd OpenDocument-bestand")
        except etree.XMLSyntaxError:
            return self._fail(Status.UNREADABLE, "beschadigd OpenDocument-bestand (de tekst is geen geldige XML)")

    def _zipped(self, data: bytes, options: ExtractOptions) -> Extracted:
        from lxml import etree

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            problem = _zip_problem(archive, options.max_uncompressed)
            if problem:
                return self._fail(Status.UNREADABLE, problem)
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype").strip()
                if mimetype != MIMETYPE:  # a compressed mimetype (sniff 50) of a spreadsheet, an EPUB, ...
                    why = OPENDOCUMENT_OTHER if mimetype.startswith(_OPENDOCUMENT) else _other_zip(names - {"mimetype"})
                    return Extracted(kind=self.kind, status=Status.UNSUPPORTED, error=why)
            manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            # per-entry encryption (manifest:encryption-data) and LibreOffice 24.2's whole-package encryption
            if b"encryption-data" in manifest or "encrypted-package" in names:
                return self._fail(Status.ENCRYPTED, "OpenDocument-tekstbestand (.odt) met wachtwoord")
            if "content.xml" not in names:
                return self._fail(Status.UNREADABLE, "onvolledig OpenDocument-bestand (content.xml ontbreekt)")
            parser = _parser()
            content = etree.fromstring(archive.read("content.xml"), parser)
            styles = _optional(archive, names, "styles.xml", parser)
            meta = _optional(archive, names, "meta.xml", parser)
        return _read(content, styles, meta, options, fmt="odt")

    def _flat(self, data: bytes, options: ExtractOptions) -> Extracted:
        if len(data) > options.max_uncompressed:  # the same bound as an ODT's unpacked parts
            return self._fail(Status.UNSUPPORTED, f"te groot ({len(data) // (1024 * 1024)} MB)")
        from lxml import etree

        root = etree.fromstring(data, _parser(huge=True))  # bounded by max_uncompressed above
        return _read(root, root, root, options, fmt="fodt")

    def _fail(self, status: Status, reason: str) -> Extracted:
        return Extracted(kind=self.kind, status=status, error=reason, facts={"format": "odt"})


def _optional(archive: zipfile.ZipFile, names: set[str], name: str, parser: Any) -> Any:
    """A part that only adds to the text (styles, meta): broken or missing, the body still counts."""
    if name not in names:
        return None
    from lxml import etree

    try:
        return etree.fromstring(archive.read(name), parser)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError):
        log.debug("%s of an ODT unreadable", name, exc_info=True)
        return None


def _read(content: Any, styles: Any, meta: Any, options: ExtractOptions, *, fmt: str) -> Extracted:
    body = content.find(f"{_q('office', 'body')}/{_q('office', 'text')}")
    if body is None:  # every OpenDocument text has office:text; without it the file is damaged
        return Extracted(
            kind=Kind.DOCX,
            status=Status.UNREADABLE,
            error="onvolledig OpenDocument-bestand (geen tekst)",
            facts={"format": fmt},
        )
    breaks = _page_break_styles(content) | _page_break_styles(styles)
    blocks = list(_blocks(body, breaks, 0))
    header_parts, footer_parts = _header_footer_texts(styles, breaks)
    header = "\n".join(header_parts)
    footer = "\n".join(footer_parts)

    return paged_result(
        Kind.DOCX,
        blocks,
        header,
        footer,
        stated_pages=_stated_pages(meta) or None,
        stated_source="meta.xml",
        signatures=lambda: _pasted_signatures(body),
        metadata=_metadata(meta),
        facts={"format": fmt},
        options=options,
    )


def _page_break_styles(root: Any) -> set[str]:
    """Names of paragraph and table styles that start (or end) on a new page: ``fo:break-before="page"``."""
    if root is None:
        return set()
    found: set[str] = set()
    style_tag, name_attr = _q("style", "style"), _q("style", "name")
    for props_tag in (_q("style", "paragraph-properties"), _q("style", "table-properties")):
        for props in root.iter(props_tag):
            parent = props.getparent()
            if parent is None or parent.tag != style_tag or not parent.get(name_attr):
                continue
            # "<name": a page starts before it; ">name": after it
            if props.get(_q("fo", "break-before")) == "page":
                found.add("<" + parent.get(name_attr))
            if props.get(_q("fo", "break-after")) == "page":
                found.add(">" + parent.get(name_attr))
    return found


def _inline(el: Any, out: list[str], depth: int) -> None:
    """The running text of a paragraph, ODF whitespace rules applied (runs collapse; text:s holds extra spaces)."""
    if el.text:
        out.append(_WHITESPACE.sub(" ", el.text))
    for child in el:
        tag = child.tag
        if tag == _S:
            try:
                out.append(" " * min(max(int(child.get(_C, "1")), 1), 100))
            except ValueError:
                out.append(" ")
        elif tag == _TAB:
            out.append("\t")
        elif tag == _LINE_BREAK:
            out.append("\n")
        elif tag == _SOFT_BREAK:
            out.append(_PAGE_BREAK)
        elif tag in _INLINE_SKIP or not isinstance(tag, str) or depth > _MAX_DEPTH:
            pass  # frames are read after the paragraph; notes, comments, deletions not at all
        else:
            _inline(child, out, depth + 1)
        if child.tail:
            out.append(_WHITESPACE.sub(" ", child.tail))


def _frames(el: Any, breaks: set[str], depth: int) -> Iterator[str]:
    """Text boxes anchored in a paragraph (read after it, as Word's text boxes are); a box's own boxes once."""
    if depth > _MAX_DEPTH:
        return
    for child in el:
        if child.tag == _FRAME:
            for box in child.iterchildren(_TEXT_BOX):
                yield from _blocks(box, breaks, depth + 1)
        elif isinstance(child.tag, str) and child.tag not in _NO_FRAMES:
            yield from _frames(child, breaks, depth + 1)


def _paragraph(p: Any, breaks: set[str], depth: int) -> Iterator[str]:
    style = p.get(_STYLE_NAME, "")
    out: list[str] = [_PAGE_BREAK] if f"<{style}" in breaks else []
    _inline(p, out, depth)
    if f">{style}" in breaks:
        out.append(_PAGE_BREAK)
    yield "".join(out).strip(" ")
    yield from _frames(p, breaks, depth)


def _blocks(container: Any, breaks: set[str], depth: int) -> Iterator[str]:
    """One string per paragraph, heading, list item paragraph or table row, in reading order; cells joined by tabs."""
    if depth > _MAX_DEPTH:
        return
    for child in container:
        tag = child.tag
        if tag in (_P, _H):
            yield from _paragraph(child, breaks, depth)
        elif tag == _SOFT_BREAK:
            yield _PAGE_BREAK
        elif tag in (_LIST, _LIST_ITEM, _LIST_HEADER) or tag in _BLOCK_WRAPPERS:
            yield from _blocks(child, breaks, depth + 1)
        elif tag == _TABLE:
            style = child.get(_q("table", "style-name"), "")
            if f"<{style}" in breaks:
                yield _PAGE_BREAK
            yield from _rows(child, breaks, depth + 1)
        elif tag in (_FRAME, _DRAW_LINK):  # a frame anchored to the page sits between the paragraphs
            yield from _frames([child], breaks, depth + 1)


def _rows(table: Any, breaks: set[str], depth: int) -> Iterator[str]:
    for child in table:
        if child.tag == _ROW:
            cells = []
            for cell in child.iterchildren(_CELL):  # covered cells (merged away) hold nothing to read
                text = " ".join(b.strip() for b in _blocks(cell, breaks, depth + 1) if b.strip(" \n\f"))
                if text:
                    cells.append(normalise_lines(text.replace(_PAGE_BREAK, " ")).replace("\n", " "))
            line = "\t".join(cells)
            if line:
                yield line
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child, breaks, depth + 1)
        elif child.tag == _SOFT_BREAK:
            yield _PAGE_BREAK


def _header_footer_texts(styles: Any, breaks: set[str]) -> tuple[list[str], list[str]]:
    """Distinct texts of the headers and footers of all master pages (first-page and left-page ones included)."""
    headers: list[str] = []
    footers: list[str] = []
    if styles is None:
        return headers, footers
    kinds = {
        _q("style", "header"): headers, _q("style", "header-first"): headers, _q("style", "header-left"): headers,
        _q("style", "footer"): footers, _q("style", "footer-first"): footers, _q("style", "footer-left"): footers,
    }  # fmt: skip
    for master in styles.iter(_q("style", "master-page")):
        for part in master:
            target = kinds.get(part.tag)
            if target is None or part.get(_q("style", "display")) == "false":
                continue
            # a header may also be three regions (left, centre, right), each holding paragraphs
            regions = [r for r in part if r.tag in (_q("style", n) for n in ("region-left", "region-center",
                                                                              "region-right"))] or [part]  # fmt: skip
            lines = [b for r in regions for b in _blocks(r, breaks, 1)]
            text = normalise_lines("\n".join(lines).replace(_PAGE_BREAK, ""))
            if text and text not in target:
                target.append(text)
    return headers, footers


def _points(value: str | None) -> float | None:
    match = _LENGTH.match(value or "")
    if not match:
        return None
    return float(match.group(1)) * _POINTS[match.group(2)]


def _pasted_signatures(body: Any) -> int | None:
    """Signature-sized pictures in the second half of the body (logos sit at the top), as for DOCX.

    Sizes as in ``pdf_ink``: 18-320 points wide, 6-140 high, wider than high. None when a picture the size of a
    page is there (a photo or scan of the signed page): its signatures cannot be counted. Freehand drawings
    (draw:path) are not counted.
    """
    children = list(body)
    found = 0
    for child in children[len(children) // 2 :]:
        for frame in child.iter(_FRAME):
            if frame.find(_IMAGE) is None:
                continue
            w = _points(frame.get(_q("svg", "width")))
            h = _points(frame.get(_q("svg", "height")))
            if w is None or h is None:
                continue
            if w > 300 and h > 300:
                return None
            if 18 <= w <= 320 and 6 <= h <= 140 and w >= h:
                found += 1
    return found


def _stated_pages(meta: Any) -> int:
    if meta is None:
        return 0
    stats = meta.find(f".//{_q('meta', 'document-statistic')}")
    try:
        pages = int(stats.get(_q("meta", "page-count"), "0")) if stats is not None else 0
    except ValueError:
        return 0
    return pages if 0 < pages < 100_000 else 0


def _iso(value: str) -> str:
    """An ODF date (``2025-03-05T10:12:33.123456789``, nanoseconds allowed) in ISO form to the second."""
    match = re.match(r"(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d(?::\d\d)?)(?:[.,]\d+)?(Z|[+-]\d\d:?\d\d)?)?", value.strip())
    if not match:
        return ""
    day, time, zone = match.groups()
    try:
        when = dt.datetime.fromisoformat(f"{day}T{time or '00:00:00'}{'+00:00' if zone == 'Z' else zone or ''}")
    except ValueError:
        return ""
    return when.isoformat()


def _metadata(meta: Any) -> dict[str, str]:
    """The same keys as DOCX: Title, Author (who created it), Subject, LastModifiedBy, CreationDate, ModDate."""
    result: dict[str, str] = {}
    if meta is None:
        return result
    office_meta = meta.find(f".//{_q('office', 'meta')}")
    if office_meta is None:
        return result
    # in ODF dc:creator is whoever saved last; meta:initial-creator who made it (DOCX's "author")
    pairs = (
        ("Title", _q("dc", "title"), False),
        ("Author", _q("meta", "initial-creator"), False),
        ("Subject", _q("dc", "subject"), False),
        ("LastModifiedBy", _q("dc", "creator"), False),
        ("CreationDate", _q("meta", "creation-date"), True),
        ("ModDate", _q("dc", "date"), True),
    )
    for key, tag, is_date in pairs:
        el = office_meta.find(tag)
        value = "".join(el.itertext()).strip() if el is not None else ""
        if is_date:
            value = _iso(value)
        if value:
            result[key] = value[:500]
    return result
