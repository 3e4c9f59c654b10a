"""The invisible text layer: lay the recognised words over a scan's PDF pages without changing the scan itself."""

from __future__ import annotations

import contextlib
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wia_dossier.ocr_recognise import Word

if TYPE_CHECKING:
    from wia_dossier.ocr import OcrRun

__all__ = ["add_text_layer"]


def add_text_layer(target: Path, run: OcrRun, *, frame: str) -> int:
    """Lay the recognised words invisibly (text render mode 3) over the pages of the PDF ``target``.

    The page content is wrapped in ``q … Q`` and one content stream is appended; images and other
    streams are written back as they were (no decoding or recompression), so the scan itself is unchanged.

    Args:
        target: a PDF in the work folder (a copy of the scan, or img2pdf's output of a photo).
        run: the OCR result; word positions relative to the displayed page (``frame="page"``, for PDFs)
            or to the raw pixels of the page's image (``frame="image"``, for img2pdf output).
        frame: ``"page"`` or ``"image"``.

    Returns:
        The number of pages that received a text layer.
    """
    import pikepdf

    done = 0
    with pikepdf.open(target, allow_overwriting_input=True) as pdf:
        font = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font,
                Subtype=pikepdf.Name.Type1,
                BaseFont=pikepdf.Name.Helvetica,
                Encoding=pikepdf.Name.WinAnsiEncoding,
                FirstChar=32,
                LastChar=255,
                Widths=pikepdf.Array([500] * 224),  # fixed widths: our own positioning is then exact
            )
        )
        for index, page_ocr in sorted(run.pages.items()):
            if index >= len(pdf.pages) or not page_ocr.words:
                continue
            page = pdf.pages[index]
            to_pdf = _image_placement(page) if frame == "image" else _page_placement(page)
            if to_pdf is None:
                continue
            name = page.add_resource(font, pikepdf.Name.Font, prefix="FOcr")
            ops = [b"BT", b"3 Tr"]
            for line in _lines(page_ocr.words):
                ops += _line_ops(line, to_pdf, name.unparse())
            ops.append(b"ET")
            page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
            page.contents_add(pikepdf.Stream(pdf, b"Q\nq\n" + b"\n".join(ops) + b"\nQ\n"))
            done += 1
        if done:
            pdf.save(target, stream_decode_level=pikepdf.StreamDecodeLevel.none, recompress_flate=False)
    return done


def _lines(words: list[Word]) -> list[list[Word]]:
    out: dict[int, list[Word]] = {}
    for word in words:
        out.setdefault(word[1], []).append(word)
    return list(out.values())


def _line_ops(line: list[Word], to_pdf: Any, font: bytes) -> list[bytes]:
    """One line of invisible text: a text matrix along the baseline, each word stretched (Tz) over its box.

    Words of a line share one matrix and are placed with ``Td`` along it, so text extraction (pypdf,
    pdftotext) reads them as one line even on a tilted photo.
    """
    corners = [(to_pdf(w[2], w[3]), to_pdf(w[4], w[5]), to_pdf(w[6], w[7])) for w in line]
    (x0, y0), _, _ = corners[0]
    _, (x1, y1), _ = corners[-1]
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 1e-6:
        return []
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    vx, vy = -uy, ux  # perpendicular, "up" in PDF space when u points right
    size = max(max((p2[0] - p0[0]) * vx + (p2[1] - p0[1]) * vy for p0, _, p2 in corners), 1.0)
    ops = [
        f"{ux:.5f} {uy:.5f} {vx:.5f} {vy:.5f} {x0:.2f} {y0:.2f} Tm".encode(),
        font + f" {size:.2f} Tf".encode(),
    ]
    at = 0.0
    for n, (word, (p0, p1, _p2)) in enumerate(zip(line, corners, strict=True)):
        encoded = word[0].encode("cp1252", "replace")
        start = (p0[0] - x0) * ux + (p0[1] - y0) * uy
        width = (p1[0] - p0[0]) * ux + (p1[1] - p0[1]) * uy
        natural = 0.5 * len(encoded) * size
        if width <= 0 or not encoded:
            continue
        # a real space after each word but the last: extractors that judge gaps by the font's space agree
        shown = encoded + (b" " if n < len(line) - 1 else b"")
        ops.append(f"{start - at:.2f} 0 Td {100 * width / natural:.1f} Tz <".encode() + shown.hex().encode() + b"> Tj")
        at = start
    return ops


def _page_placement(page: Any) -> Any:
    """Displayed page (0..1, origin top left, /Rotate applied) -> PDF user space of the crop box."""
    x0, y0, x1, y1 = (float(v) for v in page.cropbox)
    w, h = x1 - x0, y1 - y0
    rotate = int(page.obj.get("/Rotate", 0)) % 360
    if rotate == 90:
        return lambda u, v: (x0 + v * w, y0 + u * h)
    if rotate == 180:
        return lambda u, v: (x1 - u * w, y0 + v * h)
    if rotate == 270:
        return lambda u, v: (x1 - v * w, y1 - u * h)
    return lambda u, v: (x0 + u * w, y1 - v * h)


def _image_placement(page: Any) -> Any:
    """Raw image pixels (0..1, top left origin) -> PDF user space, from the ``cm`` that draws the image."""
    import pikepdf

    ctm: list[float] | None = None
    last_cm: list[float] | None = None
    with contextlib.suppress(Exception):
        for operands, operator in pikepdf.parse_content_stream(page):  # type: ignore[misc]
            if operator == pikepdf.Operator("cm"):
                last_cm = [float(v) for v in operands]
            elif operator == pikepdf.Operator("Do") and last_cm is not None:
                ctm = last_cm
                break
    if ctm is None:
        return None
    a, b, c, d, e, f = ctm
    # the image occupies the unit square; its top row is at y=1
    return lambda u, v: (a * u + c * (1 - v) + e, b * u + d * (1 - v) + f)
