"""OCR of one page image: prepare a copy for recognition, run Tesseract on it, map the words back onto the original.

Preprocessing happens on a copy used for recognition only: EXIF orientation, the page's /Rotate, Tesseract's
orientation detection (OSD, also for upside-down pages) and a small deskew. Every step is an affine map, so
the recognised word boxes are mapped back onto the original image, which the bundle keeps byte for byte
(see ``ocr_layer.add_text_layer``).
"""

from __future__ import annotations

import io
import math
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PIL import Image, ImageOps

from wia_dossier._exec import tesseract

if TYPE_CHECKING:
    from wia_dossier.ocr import OcrSettings

__all__ = ["LOW_CONFIDENCE", "TITLE_ZONE", "PageOcr", "Recognizer", "Word"]

#: Fraction of page 1, from the top, whose lines form the title zone (as in extractors/pdf.py).
TITLE_ZONE = 0.40
#: Below this mean word confidence the orientation is checked with OSD (an upside-down page scores ~0.3).
LOW_CONFIDENCE = 0.60


# ------------------------------------------------------------------------------------------------
# results
# ------------------------------------------------------------------------------------------------

# A word for the text layer: text, line number, and three corners in the *source* frame, normalised to
# 0..1 (origin top left): bottom-left, bottom-right, top-left.
Word = tuple[str, int, float, float, float, float, float, float]


@dataclass(slots=True)
class PageOcr:
    """What OCR found on one page (0-based ``index``)."""

    index: int
    text: str
    title_zone: str
    confidence: float | None  # mean word confidence 0..1; None without words
    words: list[Word] = field(default_factory=list)
    rotation: int = 0  # degrees (counter-clockwise) the source was turned for recognition
    skew: float = 0.0  # degrees of deskew applied on top


# ------------------------------------------------------------------------------------------------
# geometry: every preprocessing step is an affine map source pixels -> recognition pixels
# ------------------------------------------------------------------------------------------------

Affine = tuple[float, float, float, float, float, float]  # x' = a x + b y + c ; y' = d x + e y + f
_IDENTITY: Affine = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)


def _compose(second: Affine, first: Affine) -> Affine:
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = second
    return (
        a2 * a1 + b2 * d1,
        a2 * b1 + b2 * e1,
        a2 * c1 + b2 * f1 + c2,
        d2 * a1 + e2 * d1,
        d2 * b1 + e2 * e1,
        d2 * c1 + e2 * f1 + f2,
    )


def _invert(m: Affine) -> Affine:
    a, b, c, d, e, f = m
    det = a * e - b * d
    ia, ib, id_, ie = e / det, -b / det, -d / det, a / det
    return (ia, ib, -(ia * c + ib * f), id_, ie, -(id_ * c + ie * f))


def _apply(m: Affine, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]


def _rotation(width: int, height: int, degrees: float) -> tuple[Affine, tuple[int, int]]:
    """Turn an image ``degrees`` counter-clockwise (as seen, y pointing down) and move it back into view."""
    rad = math.radians(degrees)
    cos, sin = math.cos(rad), math.sin(rad)
    if abs(degrees % 90) < 1e-9:
        cos, sin = round(cos), round(sin)
    m: Affine = (cos, sin, 0.0, -sin, cos, 0.0)
    corners = [_apply(m, x, y) for x, y in ((0, 0), (width, 0), (0, height), (width, height))]
    min_x, min_y = min(p[0] for p in corners), min(p[1] for p in corners)
    size = (round(max(p[0] for p in corners) - min_x), round(max(p[1] for p in corners) - min_y))
    return (m[0], m[1], -min_x, m[3], m[4], -min_y), size


_TRANSPOSE = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_270}


def _turn(image: Image.Image, degrees: float) -> tuple[Image.Image, Affine]:
    """The turned copy and the map from the given image's pixels to the copy's."""
    degrees %= 360
    if abs(degrees) < 1e-9:
        return image, _IDENTITY
    m, size = _rotation(image.width, image.height, degrees)
    if degrees in _TRANSPOSE:
        return image.transpose(_TRANSPOSE[int(degrees)]), m
    inv = _invert(m)
    turned = image.transform(size, Image.Transform.AFFINE, inv, resample=Image.Resampling.BILINEAR, fillcolor=255)
    return turned, m


def _otsu(hist: list[int]) -> int:
    """Otsu's threshold of a 256-bin grey histogram: the cut that best separates ink from paper."""
    total = sum(hist)
    if total == 0:
        return 128
    sum_all = sum(i * h for i, h in enumerate(hist))
    w_b = sum_b = 0.0
    best, cut = -1.0, 128
    for t in range(256):
        w_b += hist[t]
        if w_b == 0:
            continue
        w_f = total - w_b
        if w_f == 0:
            break
        sum_b += t * hist[t]
        between = w_b * w_f * (sum_b / w_b - (sum_all - sum_b) / w_f) ** 2
        if between > best:
            best, cut = between, t + 1
    return cut


def _skew(image: Image.Image) -> float:
    """Skew of the text lines in degrees (the counter-clockwise turn that levels them), by projection profile.

    Pillow only (no numpy): the rows of a small binarised copy are averaged with a 1-pixel-wide BOX
    resize; level lines give the sharpest profile. About 0.1 s per page.
    """
    small = image.copy()
    small.thumbnail((700, 700))
    small = ImageOps.autocontrast(small)
    # ink below Otsu's threshold: a fixed one missed the grey text of a low-contrast scan, and a stamp or
    # the scanner's dark edge then set the angle
    cut = _otsu(small.histogram()[:256])
    ink = small.point(lambda v: 255 if v < cut else 0)

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
        rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        return float(sum((rows[i + 1] - rows[i]) ** 2 for i in range(len(rows) - 1)))

    best = max((a / 2 for a in range(-10, 11)), key=sharpness)
    best = max((best + a / 10 for a in range(-4, 5)), key=sharpness)
    # PIL's rotate(angle) turns counter-clockwise as seen; the text is skewed by -best
    return best if abs(best) >= 0.3 else 0.0


# ------------------------------------------------------------------------------------------------
# recognition of one image
# ------------------------------------------------------------------------------------------------


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


def _parse_tsv(tsv: str) -> list[tuple[tuple[int, int, int], str, float, tuple[int, int, int, int]]]:
    """Word rows: ((block, paragraph, line), text, confidence 0..100, (left, top, width, height))."""
    words = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        try:
            conf = float(cols[10])
            box = (int(cols[6]), int(cols[7]), int(cols[8]), int(cols[9]))
            key = (int(cols[2]), int(cols[3]), int(cols[4]))
        except ValueError:
            continue
        if conf < 0:
            continue
        words.append((key, cols[11].strip(), conf, box))
    return words


@dataclass(slots=True)
class _Pass:
    rows: list[tuple[tuple[int, int, int], str, float, tuple[int, int, int, int]]]
    to_ocr: Affine  # source pixels -> recognition pixels
    size: tuple[int, int]  # recognition image size
    rotation: int
    skew: float

    @property
    def confidence(self) -> float | None:
        return sum(r[2] for r in self.rows) / len(self.rows) / 100 if self.rows else None

    @property
    def weight(self) -> float:
        """How much the pass read with confidence: the summed confidence of its words of three characters or more."""
        return float(sum(r[2] for r in self.rows if len(r[1]) >= 3))

    @property
    def sideways(self) -> bool:
        """Most words taller than wide: Tesseract read the lines of a page lying on its side."""
        long = [r for r in self.rows if len(r[1]) >= 3]
        return len(long) >= 5 and sum(r[3][3] > r[3][2] for r in long) > len(long) / 2


class Recognizer:
    """One document's OCR: engine, limits, deadline, counters."""

    def __init__(self, engine: tesseract.Engine, settings: OcrSettings, name: str) -> None:
        self.engine = engine
        self.settings = settings
        self.name = name
        self.deadline = time.monotonic() + settings.timeout
        self.calls = 0

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def _recognise(self, source: Image.Image, rotation: int, dpi: int, *, photo: bool = False) -> _Pass:
        turned, m_turn = _turn(source, rotation)
        angle = _skew(turned)
        level, m_skew = _turn(turned, angle) if angle else (turned, _IDENTITY)
        png = _png(level)
        self.calls += 1
        tsv = tesseract.run_tsv(self.engine, png, lang=self.settings.lang, dpi=dpi, timeout=self.remaining())
        best = _Pass(_parse_tsv(tsv), _compose(m_skew, m_turn), level.size, rotation % 360, angle)
        if photo and tesseract.has_local_threshold(self.engine) and self.remaining() > 0:
            # A photo is lit unevenly: read it again with a local threshold and keep the pass that read more words
            # with confidence. Measured on the 60 phone photos of corpora 14-28: +21 % dictionary words over one
            # global threshold, while on corpus 30's evenly lit photos (where the local one alone lost 6 %) the
            # global pass stays; twice the OCR time for photos only.
            self.calls += 1
            try:
                tsv = tesseract.run_tsv(
                    self.engine, png, lang=self.settings.lang, dpi=dpi, timeout=self.remaining(), config=tesseract.SAUVOLA
                )
            except tesseract.EngineError:
                return best
            local = _Pass(_parse_tsv(tsv), best.to_ocr, best.size, best.rotation, angle)
            if local.weight > best.weight:
                best = local
        return best

    def page(self, index: int, source: Image.Image, *, base_rotation: int, dpi: int) -> PageOcr:
        """Recognise one page image; ``base_rotation`` (CCW degrees) makes it upright as far as known."""
        source = source.convert("L")
        scale = 1.0
        photo = dpi < 200
        if photo:  # phone photos: Tesseract wants capital letters of ~20-30 px
            scale = min(2.0, 300 / max(dpi, 1))
            source = source.resize(
                (round(source.width * scale), round(source.height * scale)), Image.Resampling.BICUBIC
            )
            dpi = round(dpi * scale)
        best = self._recognise(source, base_rotation, dpi, photo=photo)
        if ((best.confidence or 0.0) < LOW_CONFIDENCE or best.sideways) and self.remaining() > 0:
            # Maybe upside down or sideways: ask OSD how to turn the upright guess, and keep the better pass.
            try:
                upright, _ = _turn(source, base_rotation)
                self.calls += 1
                clockwise, _conf = tesseract.orientation(self.engine, _png(upright), dpi=dpi, timeout=self.remaining())
            except tesseract.EngineError:
                clockwise = 180  # no OSD data or too little text: upside down is the common mistake
            if clockwise:
                other = self._recognise(source, base_rotation - clockwise, dpi, photo=photo)
                if (other.confidence or 0.0) > (best.confidence or 0.0) or (best.sideways and not other.sideways):
                    best = other
        return _page_result(index, best, source.size, scale)


def _page_result(index: int, rec: _Pass, size: tuple[int, int], scale: float) -> PageOcr:
    back = _invert(rec.to_ocr)
    width, height = size
    lines: dict[tuple[int, int, int], list[str]] = {}
    tops: dict[tuple[int, int, int], int] = {}
    words: list[Word] = []
    for key, text, _conf, (left, top, w, h) in rec.rows:
        if key not in lines:
            lines[key] = []
        lines[key].append(text)
        line_no = len(lines) - 1
        tops[key] = min(tops.get(key, top), top)
        pts: list[float] = []
        for x, y in ((left, top + h), (left + w, top + h), (left, top)):
            sx, sy = _apply(back, x, y)
            pts += [round(sx / width, 5), round(sy / height, 5)]
        words.append((text, line_no, *pts))  # type: ignore[arg-type]
    text_lines: list[str] = []
    title: list[str] = []
    previous_block = None
    for key, parts in lines.items():  # TSV order: block, paragraph, line
        if previous_block is not None and key[:2] != previous_block:
            text_lines.append("")
        previous_block = key[:2]
        line = " ".join(parts)
        text_lines.append(line)
        if tops[key] < rec.size[1] * TITLE_ZONE:
            title.append(line)
    _ = scale
    return PageOcr(
        index=index,
        text="\n".join(text_lines).strip(),
        title_zone="\n".join(title).strip(),
        confidence=rec.confidence,
        words=words,
        rotation=rec.rotation,
        skew=rec.skew,
    )
