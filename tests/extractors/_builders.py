"""Builders for extractor test inputs, made on the fly (nothing binary is checked in)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from fpdf import FPDF

from wia_dossier.model import SourceFile


def make_pdf(pages: Sequence[str], *, title: str | None = None, author: str | None = None) -> bytes:
    """A text PDF; each item of ``pages`` is a page: first line big at the top, rest small below."""
    pdf = FPDF(format="A4")
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    for text in pages:
        pdf.add_page()
        first, _, rest = text.partition("\n")
        pdf.set_font("helvetica", size=18)
        pdf.cell(text=first)
        pdf.ln(12)
        if rest:
            pdf.set_y(180)  # lower half of the page: outside the title zone
            pdf.set_font("helvetica", size=10)
            pdf.multi_cell(w=0, text=rest)
    return bytes(pdf.output())


def blank_pdf(pages: int = 1) -> bytes:
    """Pages without any text: what a scanner without OCR produces."""
    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
        pdf.rect(20, 20, 100, 50)
    return bytes(pdf.output())


def source(data: bytes, rel: str = "doc.bin") -> SourceFile:
    """A SourceFile for in-memory bytes."""
    return SourceFile(rel=rel, size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data)
