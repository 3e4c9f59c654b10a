"""Turn every included document into a PDF file in a private work folder (one module per input kind)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wia_dossier.model import Document, Kind

log = logging.getLogger(__name__)

# Human-readable converter names; the cover and BuildResult show them per document.
PDF = "pdf"
PDF_UNLOCKED = "pdf-unlocked"
PDF_FLATTENED = "pdf-flattened"  # filled-in form fields and typed or signed annotations drawn into the pages
LIBREOFFICE = "libreoffice"
DOCX_FALLBACK = "docx-simplified"
IMAGE = "img2pdf"
EMAIL = "email-template"
TEXT = "text-template"

CONVERTER_LABELS = {
    "nl": {
        PDF: "PDF",
        PDF_UNLOCKED: "PDF (beveiliging verwijderd)",
        PDF_FLATTENED: "PDF (ingevuld formulier vastgelegd)",
        LIBREOFFICE: "Word via LibreOffice",
        DOCX_FALLBACK: "Word, vereenvoudigd",
        IMAGE: "afbeelding",
        EMAIL: "e-mail",
        TEXT: "tekst",
    },
    "en": {
        PDF: "PDF",
        PDF_UNLOCKED: "PDF (restrictions removed)",
        PDF_FLATTENED: "PDF (filled-in form fixed)",
        LIBREOFFICE: "Word via LibreOffice",
        DOCX_FALLBACK: "Word, simplified",
        IMAGE: "image",
        EMAIL: "e-mail",
        TEXT: "text",
    },
}


@dataclass(frozen=True, slots=True)
class Converted:
    """One document as a PDF file in the work folder, and how it got there."""

    rel: str
    pdf: Path
    converter: str
    note: str | None = None


class ConversionError(Exception):
    """One document could not be converted; the build leaves it out and says why (never aborts)."""


def password_for(rel: str, passwords: dict[str, str]) -> str | None:
    """The password for a file: by its path, by its file name, or the catch-all key ``*``."""
    if rel in passwords:
        return passwords[rel]
    name = rel.split("::")[-1].rsplit("/", 1)[-1]
    return passwords.get(name, passwords.get("*"))


def _text_layer(doc: Document, converted: Converted, password: str | None) -> None:
    """Scans the scan read with OCR get an invisible text layer over the unchanged image (issue 5).

    A failure only costs searchability, never the document.
    """
    if doc.extracted.facts.get("ocr") != "true":
        return
    try:
        from wia_dossier.ocr import layer_for_document

        layer_for_document(doc, converted.pdf, password=password)
    except Exception as exc:
        log.warning("OCR text layer for %s failed: %s", converted.rel, exc, exc_info=True)


def convert_documents(
    docs: list[Document],
    work: Path,
    *,
    passwords: dict[str, str],
    render_html_pdf: Callable[[str, dict[str, object]], bytes],
    soffice: str | None,
    soffice_timeout: float = 120.0,
    lang: str = "nl",
) -> tuple[dict[str, Converted], dict[str, str]]:
    """Convert ``docs`` into PDFs under ``work``.

    Args:
        docs: the documents to convert (already filtered: no medical ones).
        work: a private temporary folder; never the case folder.
        passwords: file → password for user-password PDFs.
        render_html_pdf: ``(template name, context) → PDF bytes`` (render.TemplateRenderer.render_pdf).
        soffice: path of LibreOffice's ``soffice``, or None to use the simplified DOCX renderer.
        soffice_timeout: seconds per LibreOffice call (the batch gets this plus 20 s per file).
        lang: language of the notice on simplified renderings.

    Returns:
        (converted by rel, failure reason by rel). A failure never raises.
    """
    from wia_dossier.convert import docx, email, image, pdf, text

    work.mkdir(parents=True, exist_ok=True)
    done: dict[str, Converted] = {}
    failed: dict[str, str] = {}
    docx_batch: list[tuple[str, bytes, Path]] = []
    for i, doc in enumerate(docs):
        rel = doc.source.rel
        target = work / f"{i:04d}.pdf"
        kind = doc.extracted.kind
        try:
            if kind is Kind.DOCX:
                # collected and converted in one LibreOffice call below (start-up ~1.3 s dominates)
                docx_batch.append((rel, doc.source.read_bytes(), target))
                continue
            if kind is Kind.PDF:
                done[rel] = pdf.convert(rel, doc.source.read_bytes(), target, password_for(rel, passwords))
            elif kind is Kind.IMAGE:
                done[rel] = image.convert(rel, doc.source.read_bytes(), target)
            if kind in (Kind.PDF, Kind.IMAGE):
                _text_layer(doc, done[rel], password_for(rel, passwords))
            elif kind is Kind.EMAIL:
                done[rel] = email.convert(doc, target, render_html_pdf)
            elif kind is Kind.TEXT:
                done[rel] = text.convert(doc, target, render_html_pdf)
            else:
                raise ConversionError(f"geen omzetting voor bestandssoort '{kind}'")
        except ConversionError as exc:
            failed[rel] = str(exc)
        except Exception as exc:  # one bad file never stops the build (STYLE 4)
            log.warning("conversion of %s failed: %s", rel, type(exc).__name__)
            log.debug("conversion of %s failed", rel, exc_info=True)
            # the exception's type only, as the extractors do: a library's message may quote the document,
            # and one that holds a memory address ('<_io.BytesIO object at 0x7f…>') differs on every run
            failed[rel] = f"omzetten mislukt ({type(exc).__name__})"
    if docx_batch:
        d_done, d_failed = docx.convert_batch(
            docx_batch,
            work / "docx",
            soffice=soffice,
            timeout=soffice_timeout,
            render_html_pdf=render_html_pdf,
            lang=lang,
        )
        done.update(d_done)
        failed.update(d_failed)
    return done, failed
