"""Small helpers for tests that look inside the PDFs the tool writes."""

from __future__ import annotations

from pathlib import Path


def pdf_text(path: Path) -> str:
    """All text of a PDF, page after page (PDFium)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
