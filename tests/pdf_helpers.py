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


def text_pdf(path: Path, lines: list[str], *, size: int = 11, step: float = 7) -> Path:
    """A one-page PDF with ``lines`` of text, one under the other (Helvetica; parent folders made)."""
    from fpdf import FPDF

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=size)
    for i, line in enumerate(lines):
        pdf.text(20, 25 + step * i, line)
    pdf.output(str(path))
    return path
