"""Word (.docx) text in document order: paragraphs, table rows, text boxes, headers and footers."""

from __future__ import annotations

import io
import logging
import math
import re
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

from wia_dossier.extractors import NAME_BONUS, ExtractOptions, _ole
from wia_dossier.extractors.text import normalise_lines
from wia_dossier.model import Extracted, Kind, SourceFile, Status

log = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _TBL, _TR, _TC, _SDT = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}sdt"
_T, _TAB, _BR, _CR, _TXBX = f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}txbxContent"
_RENDERED_BREAK = f"{_W}lastRenderedPageBreak"
_TYPE = f"{_W}type"
#: Containers whose block children (paragraphs, tables) are read in order.
_BLOCK_WRAPPERS = {f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins", f"{_W}smartTag"}
_PAGE_BREAK = "\f"

#: A member that inflates more than this factor (and to more than 1 MB) is a zip bomb.
MAX_RATIO = 200
_MAX_MEMBERS = 5000
_TITLE_BLOCKS = 12
_CHARS_PER_PAGE = 3000  # estimate when docProps/app.xml has no <Pages>
_PAGES = re.compile(rb"<(?:\w+:)?Pages>\s*(\d+)\s*</(?:\w+:)?Pages>")
_DOCX_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")


class DocxExtractor:
    """Reads Office Open XML word documents with python-docx after a zip-bomb check."""

    kind = Kind.DOCX

    def sniff(self, head: bytes, name: str) -> int:
        """Zip with a ``word/`` part (80), any zip (40), OLE (50, so .doc gets a clear reason)."""
        bonus = NAME_BONUS if name.lower().endswith((*_DOCX_SUFFIXES, ".doc", ".dot")) else 0
        if head.startswith(b"PK\x03\x04"):
            return (80 if b"word/" in head else 40) + bonus
        if _ole.is_ole(head):
            return 50 + bonus
        return bonus

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        """Text of body, tables, text boxes, headers and footers; pages split at page breaks."""
        data = src.read_bytes()
        if _ole.is_ole(data):
            return Extracted(kind=self.kind, status=Status.UNSUPPORTED, error=_ole.reason(data, src.name))
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            # only the name made it a Word file: a .doc whose first bytes are damaged is no zip at all
            what = (
                "beschadigd Word-bestand" if src.name.lower().endswith((".doc", ".dot")) else "beschadigd zip-bestand"
            )
            return Extracted(kind=self.kind, status=Status.UNREADABLE, error=what)
        with archive:
            problem = _zip_problem(archive, options.max_uncompressed)
            if problem:
                return Extracted(kind=self.kind, status=Status.UNREADABLE, error=problem)
            names = set(archive.namelist())
            if "word/document.xml" not in names and not _declares_word(archive, names):
                return Extracted(kind=self.kind, status=Status.UNSUPPORTED, error=_other_zip(names))
            app_xml = archive.read("docProps/app.xml") if "docProps/app.xml" in names else b""

        import docx  # python-docx; imported late, only DOCX files need it

        document = docx.Document(io.BytesIO(data))
        header_parts, footer_parts = _header_footer_texts(document)
        header = "\n".join(header_parts)
        footer = "\n".join(footer_parts)
        blocks = list(_blocks(document.element.body))
        match = _PAGES.search(app_xml)
        return paged_result(
            self.kind,
            blocks,
            header,
            footer,
            stated_pages=int(match.group(1)) if match else None,
            stated_source="app.xml",
            signatures=lambda: _pasted_signatures(document.element.body),
            metadata=_metadata(document),
            facts={},
            options=options,
        )


def paged_result(
    kind: Kind,
    blocks: list[str],
    header: str,
    footer: str,
    *,
    stated_pages: int | None,
    stated_source: str,
    signatures: Callable[[], int | None],
    metadata: dict[str, str],
    facts: dict[str, str],
    options: ExtractOptions,
) -> Extracted:
    """A word processor's text (DOCX, ODT) as pages: the head and tail pages the options ask for.

    ``blocks`` are paragraphs and table rows in reading order, with ``_PAGE_BREAK`` where a page ends;
    ``stated_pages`` is what the application counted at its last save (app.xml, meta.xml);
    ``signatures`` counts pasted signatures, asked only when there is text.
    """
    # Word and LibreOffice write both an explicit break and a "last rendered" marker at many page ends;
    # consecutive breaks and breaks at the very start or end open no real page.
    body = re.sub(r"\f[\s\f]*\f", _PAGE_BREAK, "\n".join(blocks)).strip("\f \n")
    page_texts = [normalise_lines(chunk) for chunk in body.split(_PAGE_BREAK)]
    if header:
        page_texts[0] = f"{header}\n{page_texts[0]}".strip()
    if footer:
        page_texts[-1] = f"{page_texts[-1]}\n{footer}".strip()
    # generators (python-docx, docxtpl) copy a stale "1" from their template, so page breaks may outvote it
    if stated_pages and stated_pages >= len(page_texts):
        page_count = stated_pages
        facts["page_count_source"] = stated_source
    else:
        chars = sum(len(t) for t in page_texts)
        page_count = max(len(page_texts), math.ceil(chars / _CHARS_PER_PAGE), 1)
        facts["page_count_source"] = "schatting"
    wanted = _wanted(len(page_texts), options.head_pages, options.tail_pages)
    first_blocks = [normalise_lines(b.replace(_PAGE_BREAK, "")) for b in blocks]
    title_lines = [header] if header else []
    title_lines += [b for b in first_blocks if b][:_TITLE_BLOCKS]
    if not any(page_texts):
        facts["no_text"] = "true"  # e.g. a scan pasted as a picture
    else:
        # signed only by a pasted picture or ink of a signature; typed text is no signature
        found = signatures()
        if found is None:
            facts["ink_unknown"] = "true"  # a photo of the signed page pasted in: the ink is in its pixels
        else:
            facts["ink_signatures"] = str(found)
    return Extracted(
        kind=kind,
        pages=[page_texts[i] for i in wanted],
        page_numbers=[i + 1 for i in wanted],
        page_count=page_count,
        title_zone="\n".join(title_lines),
        metadata=metadata,
        facts=facts,
    )


def _zip_problem(archive: zipfile.ZipFile, max_uncompressed: int) -> str | None:
    """Why this zip must not be unpacked (declared sizes from the central directory), or None.

    ``zipfile`` never inflates a member beyond its declared size, so checking the directory
    before python-docx reads anything bounds memory use.
    """
    infos = archive.infolist()
    if len(infos) > _MAX_MEMBERS:
        return "zip-bom/te groot uitgepakt (te veel onderdelen)"
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > max_uncompressed or (ratio > MAX_RATIO and info.file_size > 1024 * 1024):
            return "zip-bom/te groot uitgepakt"
    if total > max_uncompressed * 2:
        return "zip-bom/te groot uitgepakt"
    return None


def _declares_word(archive: zipfile.ZipFile, names: set[str]) -> bool:
    if "[Content_Types].xml" not in names:
        return False
    return b"wordprocessingml.document.main" in archive.read("[Content_Types].xml")


def _other_zip(names: set[str]) -> str:
    if any(n.startswith("xl/") for n in names):
        return "Excel-bestand (.xlsx) wordt niet gelezen"
    if any(n.startswith("ppt/") for n in names):
        return "PowerPoint-bestand (.pptx) wordt niet gelezen"
    if "mimetype" in names:
        return "OpenDocument-bestand: sla het op als .docx of PDF"
    return "zip-archief: pak het uit in de dossiermap"


def _wanted(count: int, head: int, tail: int) -> list[int]:
    return sorted(set(range(min(max(head, 0), count))) | set(range(max(count - max(tail, 0), 0), count)))


def _run_text(p: Any) -> str:
    """Text of one paragraph element, without its text boxes (those come after it)."""
    out: list[str] = []

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if tag == _T:
                out.append(child.text or "")
            elif tag == _TAB:
                out.append("\t")
            elif tag in (_BR, _CR):
                out.append(_PAGE_BREAK if child.get(_TYPE) == "page" else "\n")
            elif tag == _RENDERED_BREAK:
                out.append(_PAGE_BREAK)
            elif tag in (_TXBX, _MC_FALLBACK, _P):
                continue  # text boxes are read separately; VML fallback duplicates them
            elif isinstance(tag, str):
                walk(child)

    walk(p)
    return "".join(out)


def _textboxes(p: Any) -> Iterator[str]:
    for box in p.iter(_TXBX):
        if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue
        yield from _blocks(box)


def _blocks(container: Any) -> Iterator[str]:
    """One string per paragraph or table row, in document order; rows joined by tabs."""
    for child in container:
        tag = child.tag
        if tag == _P:
            yield _run_text(child)
            yield from _textboxes(child)
        elif tag == _TBL:
            for row in child.iter(_TR):
                if row.getparent() is not child and row.getparent().getparent() is not child:
                    continue  # rows of nested tables are read through their cell
                cells = [" ".join(b.strip() for b in _blocks(tc) if b.strip()) for tc in _cells(row)]
                line = "\t".join(c for c in cells if c)
                if line:
                    yield line
        elif tag == _SDT or tag in _BLOCK_WRAPPERS:
            yield from _blocks(child)


_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_EMU_PER_POINT = 12700
_INK = "{http://schemas.microsoft.com/office/word/2010/wordprocessingInk}contentPart"


def _pasted_signatures(body: Any) -> int | None:
    """Signature-sized pictures and ink in the second half of the body (logos sit at the top).

    Sizes as in ``pdf_ink``: 18-320 points wide, 6-140 high, wider than high. None when a picture the
    size of a page is there (a photo or scan of the signed page): its signatures cannot be counted.
    """
    children = list(body)
    found = 0
    for child in children[len(children) // 2 :]:
        found += sum(1 for _ in child.iter(_INK))
        for extent in child.iter(f"{_WP}extent"):
            try:
                w = int(extent.get("cx", "0")) / _EMU_PER_POINT
                h = int(extent.get("cy", "0")) / _EMU_PER_POINT
            except ValueError:
                continue
            if w > 300 and h > 300:
                return None
            if 18 <= w <= 320 and 6 <= h <= 140 and w >= h:
                found += 1
    return found


def _cells(row: Any) -> Iterator[Any]:
    for child in row:
        if child.tag == _TC:
            yield child
        elif child.tag == _SDT or child.tag in _BLOCK_WRAPPERS:  # content control around cells
            yield from (tc for tc in child.iter(_TC))


def _header_footer_texts(document: Any) -> tuple[list[str], list[str]]:
    """Distinct texts of all header and footer parts (first-page and even-page ones included)."""
    headers: list[str] = []
    footers: list[str] = []
    rels = sorted(document.part.rels.values(), key=lambda r: _rid_key(r.rId))
    for rel in rels:
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in ("header", "footer") or rel.is_external:
            continue
        element = getattr(rel.target_part, "element", None)
        if element is None:
            continue
        text = normalise_lines("\n".join(_blocks(element)).replace(_PAGE_BREAK, ""))
        target = headers if kind == "header" else footers
        if text and text not in target:
            target.append(text)
    return headers, footers


def _rid_key(rid: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", rid)
    return (int(digits) if digits else 0, rid)


def _metadata(document: Any) -> dict[str, str]:
    result: dict[str, str] = {}
    try:
        core = document.core_properties
        pairs = (
            ("Title", core.title),
            ("Author", core.author),
            ("Subject", core.subject),
            ("LastModifiedBy", core.last_modified_by),
            ("CreationDate", core.created.isoformat() if core.created else ""),
            ("ModDate", core.modified.isoformat() if core.modified else ""),
        )
    except Exception:  # broken core.xml: the text matters more
        log.debug("docx core properties unreadable", exc_info=True)
        return result
    for key, value in pairs:
        if value and str(value).strip():
            result[key] = str(value).strip()[:500]
    return result
