"""Handwritten signatures on a PDF page: drawn ink, found by its shape, whatever the layout around it.

A signature put on a PDF is either strokes (a pen on a tablet, a signing app, a drawn squiggle) or a
pasted picture of one. Its shape tells it apart from the rest of a typed page:

- strokes run diagonally or curve; the rules, boxes and signature lines of a form are horizontal and
  vertical, and text is not drawn as paths at all;
- a pasted signature is a small picture, wider than high, not at the top of the page (where logos
  sit); a larger picture is a scan or a photo of the signed page, and then the page is not judged.

Nearby strokes are grouped (a squiggle is often dozens of short lines), and each group is counted as
one signature. The labels around it ("Handtekening werknemer", "Voor akkoord", a bare "Werkgever" over
a line) are not needed: forms word them in too many ways.

``None`` means the page cannot be judged: it has no text layer of its own or is covered by a picture
(a scan, a photo), so any signature on it is in the pixels.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c

MAX_OBJECTS = 3000  # page objects looked at per page: a vector drawing with more is no signature page
GROUP_GAP = 14.0  # points between strokes of one signature
MIN_WIDTH, MIN_HEIGHT = 18.0, 6.0  # a signature is at least this large (points)
MAX_WIDTH, MAX_HEIGHT = 320.0, 140.0  # and at most this: a chart or a drawing is larger
PHOTO_SHARE = 0.15  # a picture over this share of the page is a scan or a photo of a page, not a signature
LOGO_ZONE = 0.12  # pictures in the top of the page are logos

_Box = tuple[float, float, float, float]


def signatures_on_page(page: Any) -> int | None:
    """The number of drawn or pasted signatures on ``page`` (a pypdfium2 PdfPage), or None if unknown."""
    left, bottom, right, top = page.get_bbox()
    width, height = right - left, top - bottom
    if width <= 0 or height <= 0:
        return None
    area = width * height
    strokes: list[_Box] = []
    pictures: list[_Box] = []
    objects = list(_objects(page.raw))
    if objects and objects[-1] is None:
        return None  # more objects than a signature page has
    for raw, kind, box in objects:
        w, h = box[2] - box[0], box[3] - box[1]
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if w * h > PHOTO_SHARE * area:
                return None  # a scan, or a photo of the signed page placed on it: the signature is in its pixels
            if box[1] > top - LOGO_ZONE * height:
                continue
            if MIN_WIDTH <= w <= MAX_WIDTH and MIN_HEIGHT <= h <= MAX_HEIGHT and w >= h:
                pictures.append(box)
        elif _is_stroke(raw) and w < MAX_WIDTH and h < MAX_HEIGHT:
            strokes.append(box)
    groups = [g for g in _group(strokes) if _signature_sized(g)]
    return len(groups) + len(pictures)


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _objects(page: Any, depth: int = 3) -> Any:
    """(raw object, type, bounds on the page) of the page's paths and pictures, also inside form XObjects.

    PDFium gives an object's bounds in the space of the form that holds it; a signature placed as a form
    (an e-signing tool, a flattened "Fill & Sign" annotation) is moved onto the page with the forms'
    matrices. Yields ``None`` last when the page has more than MAX_OBJECTS objects.
    """
    seen = 0
    stack: list[tuple[Any, int, _Matrix, int]] = [(page, pdfium_c.FPDFPage_CountObjects(page), _IDENTITY, 0)]
    get = pdfium_c.FPDFPage_GetObject
    while stack:
        holder, count, matrix, level = stack.pop()
        for i in range(count):
            obj = get(holder, i) if level == 0 else pdfium_c.FPDFFormObj_GetObject(holder, i)
            if not obj:
                continue
            seen += 1
            if seen > MAX_OBJECTS:
                yield None
                return
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < depth:
                inner = _matrix(obj)
                if inner is not None:
                    stack.append((obj, pdfium_c.FPDFFormObj_CountObjects(obj), _compose(inner, matrix), level + 1))
            elif kind in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE):
                box = _bounds(obj)
                if box is not None:
                    yield obj, kind, box if level == 0 else _transform(box, matrix)


def _bounds(obj: Any) -> _Box | None:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top))):
        return None
    return left.value, bottom.value, right.value, top.value


def _matrix(obj: Any) -> _Matrix | None:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return None
    return m.a, m.b, m.c, m.d, m.e, m.f


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    """The matrix that applies ``inner`` first, then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _transform(box: _Box, m: _Matrix) -> _Box:
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[0], box[3]), (box[2], box[1]), (box[2], box[3])):
        xs.append(m[0] * x + m[2] * y + m[4])
        ys.append(m[1] * x + m[3] * y + m[5])
    return min(xs), min(ys), max(xs), max(ys)


def _is_stroke(path: Any) -> bool:
    """A path with a curve or a diagonal line: pen strokes, not a form's rules and boxes."""
    count = pdfium_c.FPDFPath_CountSegments(path)
    if count < 2 or count > 5000:
        return False
    x, y = ctypes.c_float(), ctypes.c_float()
    px: float | None = None
    py = 0.0
    diagonal = 0
    for i in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        if not segment:
            return False
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return True
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            return False
        moved = px is not None and abs(x.value - px) > 0.3 and abs(y.value - py) > 0.3  # py is set with px
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and moved:
            diagonal += 1
        px, py = x.value, y.value
    return diagonal > 0


def _group(boxes: list[_Box]) -> list[_Box]:
    """Merge boxes that lie within GROUP_GAP of each other (repeatedly, so chains join)."""
    groups: list[_Box] = []
    for box in sorted(boxes):
        merged = box
        rest = []
        for g in groups:
            if _near(g, merged):
                merged = (min(g[0], merged[0]), min(g[1], merged[1]), max(g[2], merged[2]), max(g[3], merged[3]))
            else:
                rest.append(g)
        groups = [*rest, merged]
    return groups


def _near(a: _Box, b: _Box) -> bool:
    gap = GROUP_GAP
    return a[0] - gap <= b[2] and b[0] - gap <= a[2] and a[1] - gap <= b[3] and b[1] - gap <= a[3]


def _signature_sized(box: _Box) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    return MIN_WIDTH <= w <= MAX_WIDTH and MIN_HEIGHT <= h <= MAX_HEIGHT
