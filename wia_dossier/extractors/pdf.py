"""PDF text for classification: first and last pages, title zone, metadata, encryption and repair (PDFium)."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from wia_dossier.extractors import NAME_BONUS, ExtractOptions
from wia_dossier.extractors.pdf_ink import signatures_on_page
from wia_dossier.model import Extracted, Kind, SourceFile, Status

log = logging.getLogger(__name__)

#: Fraction of page 1, from the top, that holds letterhead and title.
TITLE_ZONE = 0.40
#: Fewer non-blank characters than this on a page means "scan without text layer"
#: (the threshold bundlebuild uses, see ANCHORS.md E.4).
MIN_CHARS_PER_PAGE = 20
#: Annotations whose appearance is part of what the document says: filled-in form fields, text typed
#: on the page (Acrobat's "Fill & Sign", a typewriter tool), drawn or stamped signatures. PDFium's
#: text layer leaves them out, so a filled-in form read as blank: no date, no BSN, no signature.
_CONTENT_ANNOTS = frozenset(
    {
        pdfium_c.FPDF_ANNOT_WIDGET,
        pdfium_c.FPDF_ANNOT_FREETEXT,
        pdfium_c.FPDF_ANNOT_INK,
        pdfium_c.FPDF_ANNOT_STAMP,
    }
)
_METADATA_KEYS = ("Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


class PdfExtractor:
    """Reads PDFs with pypdfium2 (3.5x faster than pypdf) and falls back to a qpdf repair."""

    kind = Kind.PDF

    def sniff(self, head: bytes, name: str) -> int:
        """``%PDF-`` at the start (100) or within the first KB (90; the spec tolerates junk before it)."""
        bonus = NAME_BONUS if name.lower().endswith(".pdf") else 0
        pos = head.find(b"%PDF-", 0, 1024)
        if pos == 0:
            return 90 + bonus
        if pos > 0:
            return 80 + bonus
        # No header at all but named .pdf: still ours, so a damaged PDF is reported as
        # unreadable rather than as an unknown format.
        return bonus

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        """Text of the first ``head_pages`` and last ``tail_pages`` pages, title zone and facts.

        Raises:
            pdfium.PdfiumError: When even the repaired document cannot be read (the registry
                turns it into ``unreadable``).
        """
        data = src.read_bytes()
        password = options.passwords.get(src.rel)
        facts: dict[str, str] = {}
        try:
            doc = pdfium.PdfDocument(data, password=password)
        except pdfium.PdfiumError as exc:
            if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                reason = "wachtwoord onjuist" if password else "beveiligd met een wachtwoord om te openen"
                return Extracted(kind=self.kind, status=Status.ENCRYPTED, error=reason)
            return self._extract_repaired(data, password, options, facts, exc, src)
        try:
            return self._read(doc, options, facts, password, src)
        except pdfium.PdfiumError as exc:
            # Opened, but a page or text layer is broken: qpdf often rebuilds it.
            return self._extract_repaired(data, password, options, facts, exc, src)
        finally:
            doc.close()

    def _extract_repaired(
        self,
        data: bytes,
        password: str | None,
        options: ExtractOptions,
        facts: dict[str, str],
        original: Exception,
        src: SourceFile | None = None,
    ) -> Extracted:
        repaired = _repair(data, password)
        if repaired is None:
            return Extracted(
                kind=self.kind,
                status=Status.UNREADABLE,
                error=f"beschadigde PDF ({_pdfium_reason(original)})",
            )
        facts["repaired"] = "true"
        doc = pdfium.PdfDocument(repaired)
        try:
            if len(doc) and _draws_nothing(doc):
                # qpdf rebuilt the frame of a file cut off inside its first page (a download or copy that broke
                # off): there is nothing on the pages to read or to OCR
                return Extracted(
                    kind=self.kind,
                    status=Status.UNREADABLE,
                    error="beschadigde PDF: na herstel staat er niets op de pagina's (afgebroken download of kopie?)",
                    facts=facts,
                )
            return self._read(doc, options, facts, password, src)
        finally:
            doc.close()

    def _read(
        self,
        doc: pdfium.PdfDocument,
        options: ExtractOptions,
        facts: dict[str, str],
        password: str | None,
        src: SourceFile | None = None,
    ) -> Extracted:
        page_count = len(doc)
        if pdfium_c.FPDF_GetSecurityHandlerRevision(doc.raw) != -1:
            # Encrypted, yet open: either the user gave the password or only an owner
            # password (permissions) is set, which every reader may ignore.
            facts["password_used" if password else "owner_password"] = "true"
        version = doc.get_version()
        if version:
            facts["pdf_version"] = f"{version // 10}.{version % 10}"
        signatures = pdfium_c.FPDF_GetSignatureCount(doc.raw)
        if signatures > 0:
            facts["signatures"] = str(signatures)  # merging invalidates them; assembly should warn

        metadata = _metadata(doc)
        if "CreationDate" in metadata:
            created = _pdf_date(metadata["CreationDate"])
            if created:
                facts["creation_date"] = created

        if page_count and pdfium_c.FPDF_GetFormType(doc.raw) != pdfium_c.FORMTYPE_NONE:
            # before any page is loaded: with the form environment PDFium draws fields that have a value
            # but no appearance yet (NeedAppearances), as every PDF viewer does
            doc.init_forms()
            facts["pdf_form"] = "true"

        if page_count == 0:
            return Extracted(
                kind=self.kind,
                status=Status.EMPTY,
                metadata=metadata,
                facts=facts,
                error="PDF zonder pagina's",
            )

        wanted = _wanted_pages(page_count, options.head_pages, options.tail_pages)
        if options.skip_head or options.skip_tail:
            wanted = [i for i in wanted if options.skip_head <= i < page_count - options.skip_tail]
        pages: list[str] = []
        title_zone = ""
        # signatures are looked for where documents end: the last pages read
        signing_pages = set(range(max(page_count - max(options.tail_pages, 1), 0), page_count))
        ink: list[int | None] = []
        flattened: list[int] = []
        for index in wanted:
            page = doc[index]
            flat = _flatten(page)
            if flat:
                page.close()
                page = doc[index]  # PDFium asks to load a flattened page again
                flattened.append(index + 1)
            try:
                textpage = page.get_textpage()
                try:
                    # a flattened page's field values come after its printed text in the content stream:
                    # put them back next to their labels ('Datum evaluatie: 14-02-2026')
                    pages.append(_clean(_lines_by_position(textpage) if flat else textpage.get_text_range()))
                    if index == 0:
                        title_zone = _clean(_title_zone(page, textpage, flat=flat))
                finally:
                    textpage.close()
                if index in signing_pages:
                    ink.append(_signatures(page) if _chars(pages[-1]) >= MIN_CHARS_PER_PAGE else None)
            finally:
                page.close()
        if flattened:
            facts["flattened_pages"] = ",".join(map(str, flattened))
        if ink:
            # drawn or pasted signatures (pdf_ink); unknown when a signing page is a scan or has no text layer
            facts["ink_signatures"] = str(sum(n for n in ink if n))
            if None in ink:
                facts["ink_unknown"] = "true"

        blank = [n + 1 for n, text in zip(wanted, pages, strict=True) if _chars(text) < MIN_CHARS_PER_PAGE]
        confidence = None
        if blank and options.ocr and src is not None:
            # Scanned pages: Dutch OCR (issue 5); pages that have a text layer are left alone.
            from wia_dossier import ocr

            confidence, title_zone, blank = ocr.fill_pdf_pages(
                doc, wanted, pages, blank, title_zone, facts, src, options
            )
        if len(blank) == len(pages):
            facts["needs_ocr"] = "true"
        elif blank:
            facts["pages_without_text"] = ",".join(map(str, blank))
        return Extracted(
            kind=self.kind,
            pages=pages,
            page_numbers=[n + 1 for n in wanted],
            page_count=page_count,
            title_zone=title_zone,
            metadata=metadata,
            facts=facts,
            ocr_confidence=confidence,
        )


def _signatures(page: pdfium.PdfPage) -> int | None:
    try:
        return signatures_on_page(page)
    except Exception as exc:  # an odd page object: no judgement, and never the reason a file cannot be read
        log.debug("signature check skipped (%s)", type(exc).__name__)
        return None


def _flatten(page: pdfium.PdfPage) -> bool:
    """Draw the page's form fields, typed text and signature annotations into its content (in memory only).

    The file on disk is never touched: the document was read from bytes and is closed unsaved.
    """
    raw = page.raw
    count = pdfium_c.FPDFPage_GetAnnotCount(raw)
    if count <= 0:
        return False
    wanted = False
    for i in range(min(count, 2000)):
        annot = pdfium_c.FPDFPage_GetAnnot(raw, i)
        if annot:
            wanted = pdfium_c.FPDFAnnot_GetSubtype(annot) in _CONTENT_ANNOTS
            pdfium_c.FPDFPage_CloseAnnot(annot)
            if wanted:
                break
    return wanted and pdfium_c.FPDFPage_Flatten(raw, pdfium_c.FLAT_NORMALDISPLAY) == pdfium_c.FLATTEN_SUCCESS


def _lines_by_position(textpage: pdfium.PdfTextPage, box: tuple[float, float, float, float] | None = None) -> str:
    """The page's text line by line, top to bottom and left to right, as it is seen (like ``pdftotext``).

    PDFium gives text in content-stream order; after flattening, a form's values follow all of its
    labels. Text runs (PDFium's rectangles) that overlap vertically by half their height form a line.
    With ``box`` (left, bottom, right, top) only the runs whose middle lies inside it.
    """
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    if box is not None:
        rects = [r for r in rects if box[0] <= (r[0] + r[2]) / 2 <= box[2] and box[1] <= (r[1] + r[3]) / 2 <= box[3]]
    lines: list[list[tuple[float, float, float, float]]] = []
    bounds: list[tuple[float, float]] = []  # (bottom, top) of each line
    for rect in sorted(rects, key=lambda r: (-r[3], r[0])):
        _, bottom, _, top = rect
        # runs come top first: only the last lines can reach down to this one (linear, not quadratic)
        for k in range(len(lines) - 1, -1, -1):
            lb, lt = bounds[k]
            if lb >= top:
                lines.append([rect])
                bounds.append((bottom, top))
                break
            if min(top, lt) - max(bottom, lb) >= 0.5 * min(top - bottom, lt - lb):
                lines[k].append(rect)
                bounds[k] = (min(lb, bottom), max(lt, top))
                break
        else:
            lines.append([rect])
            bounds.append((bottom, top))
    out = []
    for line in lines:
        parts = (str(textpage.get_text_bounded(*r)).strip() for r in sorted(line, key=lambda r: r[0]))
        out.append(" ".join(p for p in parts if p))
    return "\n".join(x for x in out if x)


def _wanted_pages(page_count: int, head: int, tail: int) -> list[int]:
    """0-based indices of the first ``head`` and the last ``tail`` pages, in order, no repeats."""
    head_part = range(min(max(head, 0), page_count))
    tail_part = range(max(page_count - max(tail, 0), 0), page_count)
    return sorted(set(head_part) | set(tail_part))


def _title_zone(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, *, flat: bool = False) -> str:
    """Text in the visually top ``TITLE_ZONE`` of the page, honouring /Rotate (by position on a flattened page)."""
    left, bottom, right, top = page.get_bbox()
    width, height = right - left, top - bottom
    rotation = page.get_rotation() % 360
    # /Rotate turns the page clockwise for display: with 90 the left edge ends up on top,
    # with 180 the bottom, with 270 the right edge.
    if rotation == 90:
        box = (left, bottom, left + width * TITLE_ZONE, top)
    elif rotation == 180:
        box = (left, bottom, right, bottom + height * TITLE_ZONE)
    elif rotation == 270:
        box = (right - width * TITLE_ZONE, bottom, right, top)
    else:
        box = (left, top - height * TITLE_ZONE, right, top)
    return _lines_by_position(textpage, box) if flat else str(textpage.get_text_bounded(*box))


def _clean(text: str) -> str:
    # PDFium ends lines with CRLF and marks hyphenation points with \x02.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "").replace("\x00", "")
    return text.replace("\ufffe", "").strip()


def _chars(text: str) -> int:
    return len("".join(text.split()))  # non-blank characters; C speed (a genexpr cost 1/3 of the scan)


def _metadata(doc: pdfium.PdfDocument) -> dict[str, str]:
    result: dict[str, str] = {}
    for key in _METADATA_KEYS:
        try:
            value = doc.get_metadata_value(key)
        except Exception:  # a broken Info dictionary is no reason to lose the text
            continue
        value = value.replace("\x00", "").strip()
        if value:
            result[key] = value[:500]
    return result


def _pdf_date(value: str) -> str | None:
    """``D:20250305120000+01'00'`` → ``2025-03-05`` (None when it is no valid date)."""
    match = _PDF_DATE.match(value.strip())
    if not match or not match.group(2) or not match.group(3):
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
    except ValueError:
        return None


def _pdfium_reason(exc: Exception) -> str:
    if isinstance(exc, pdfium.PdfiumError):
        return {
            pdfium_c.FPDF_ERR_FORMAT: "geen geldige PDF-structuur",
            pdfium_c.FPDF_ERR_FILE: "bestand niet te openen",
            pdfium_c.FPDF_ERR_SECURITY: "onbekende beveiliging",
            pdfium_c.FPDF_ERR_PAGE: "pagina niet te lezen",
            pdfium_c.FPDF_ERR_UNKNOWN: "de inhoud klopt niet met de PDF-regels",
        }.get(exc.err_code or -1, "de opbouw van de PDF is onbruikbaar")
    return f"onverwachte fout bij het lezen ({type(exc).__name__})"


def _repair(data: bytes, password: str | None) -> bytes | None:
    """Rewrite the PDF in memory through qpdf, which rebuilds a missing or broken xref table.

    Returns ``None`` when qpdf cannot make sense of it either.
    """
    import pikepdf  # only needed for broken files

    try:
        with pikepdf.open(io.BytesIO(data), password=password or "", suppress_warnings=True) as pdf:
            if len(pdf.pages) == 0:
                return None
            out = io.BytesIO()
            pdf.save(out)  # unencrypted copy, memory only: the original is never touched
            return out.getvalue()
    except Exception:
        log.debug("qpdf repair failed", exc_info=True)
        return None


def _draws_nothing(doc: pdfium.PdfDocument, limit: int = 20) -> bool:
    """Whether the first ``limit`` pages hold no object at all: no text, no drawing, no image."""
    for index in range(min(len(doc), limit)):
        page = doc[index]
        try:
            if pdfium_c.FPDFPage_CountObjects(page.raw) > 0:
                return False
        finally:
            page.close()
    return True
