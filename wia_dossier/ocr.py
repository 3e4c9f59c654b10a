"""Dutch OCR for pages without a text layer: Tesseract, preprocessing for recognition, cache, text layer.

Why Tesseract directly and not OCRmyPDF (ANCHORS.md E.4): we need three things OCRmyPDF does not hand back
from one run — the word boxes (for the title zone: the top 40 % of page 1), the mean word confidence (for
the report) and a text layer over the *unchanged* original image. Tesseract's TSV output gives all three.
Measured on 2 cores: one A4 page at 300 dpi costs ~0.7 s with ``OMP_THREAD_LIMIT=1`` against 8.5 s for
``ocrmypdf --output-type pdf``; and no extra Python packages (OCRmyPDF pulls in ~15, requires Ghostscript
handling around Debian's 10.0.0 PDF/A bug) — only the ``tesseract`` program and its ``nld`` data.

Preprocessing happens on a copy used for recognition only: EXIF orientation, the page's /Rotate, Tesseract's
orientation detection (OSD, also for upside-down pages) and a small deskew. Every step is an affine map, so
the recognised word boxes are mapped back onto the original image, which the bundle keeps byte for byte
(see ``add_text_layer``).

Cache: results per page, keyed by the file's sha256, under ``<cache root>/ocr`` (``WIA_DOSSIER_CACHE`` or
``$XDG_CACHE_HOME/wia-dossier``), each entry AES-GCM encrypted with a key derived from the sha256 of the
file itself: without the original document an entry is unreadable. Clear it with ``clear_cache()`` or by
deleting the folder (README, "Scans en foto's").
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import io
import json
import logging
import math
import os
import re
import shutil
import time
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from wia_dossier._exec import tesseract

__all__ = [
    "DEFAULT_LANG",
    "OcrCache",
    "OcrRun",
    "OcrSettings",
    "PageOcr",
    "add_text_layer",
    "availability",
    "cache_dir",
    "clear_cache",
    "ocr_image",
    "ocr_pdf_pages",
    "settings_from",
]

log = logging.getLogger(__name__)
#: Progress lines ("page 2 of 5") go to this logger at INFO; the CLI shows them on a terminal.
progress_log = logging.getLogger("wia_dossier.ocr.progress")

DEFAULT_LANG = "nld"
#: Fraction of page 1, from the top, whose lines form the title zone (as in extractors/pdf.py).
TITLE_ZONE = 0.40
#: Below this mean word confidence the orientation is checked with OSD (an upside-down page scores ~0.3).
LOW_CONFIDENCE = 0.60
#: Bump when recognition changes, so old cache entries are not reused.
_FORMAT = "ocr2"
_MAGIC = b"WDO1"
_NONCE = 12
_ENTRY = re.compile(r"^[0-9a-f]{64}\.bin$")


@dataclass(frozen=True, slots=True)
class OcrSettings:
    """How OCR runs; built from ``ExtractOptions`` by ``settings_from``.

    ``max_pages`` and ``timeout`` bound one document: pages beyond them keep no text (the result says so).
    """

    lang: str = DEFAULT_LANG
    dpi: int = 300
    max_pages: int = 20
    timeout: float = 300.0  # seconds per document
    cache: bool = True
    cache_root: Path | None = None  # None: WIA_DOSSIER_CACHE, else the user's cache folder
    workers: int = 0  # parallel Tesseract processes; 0: one per CPU core


def settings_from(options: Any) -> OcrSettings:
    """The OCR settings an ``ExtractOptions`` asks for (fields it lacks keep their defaults)."""
    base = OcrSettings()
    return OcrSettings(
        lang=getattr(options, "ocr_lang", base.lang) or base.lang,
        max_pages=int(getattr(options, "ocr_max_pages", base.max_pages)),
        timeout=float(getattr(options, "ocr_timeout", base.timeout)),
        cache=bool(getattr(options, "ocr_cache", base.cache)),
    )


def availability(lang: str = DEFAULT_LANG) -> tuple[tesseract.Engine | None, str | None]:
    """The engine to use, or ``None`` and a short Dutch reason (Tesseract missing, or its language data)."""
    engine = tesseract.find()
    if engine is None:
        return None, "Tesseract is niet geïnstalleerd"
    missing = [code for code in lang.split("+") if code not in engine.languages]
    if missing:
        return None, f"Tesseract mist de taaldata '{'+'.join(missing)}'"
    return engine, None


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


@dataclass(slots=True)
class OcrRun:
    """OCR of (some pages of) one document."""

    pages: dict[int, PageOcr] = field(default_factory=dict)
    skipped: list[int] = field(default_factory=list)  # pages left out by the page or time limit
    limit: str | None = None  # Dutch reason when a limit was hit
    engine_calls: int = 0
    cache_hits: int = 0

    @property
    def confidence(self) -> float | None:
        """Mean word confidence over the recognised pages, weighted by their number of words."""
        total = sum(len(p.words) for p in self.pages.values() if p.confidence is not None)
        if not total:
            return None
        return sum((p.confidence or 0.0) * len(p.words) for p in self.pages.values()) / total


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
    turned = image.transform(
        size, Image.Transform.AFFINE, inv, resample=Image.Resampling.BILINEAR, fillcolor=255
    )
    return turned, m


def _skew(image: Image.Image) -> float:
    """Skew of the text lines in degrees (the counter-clockwise turn that levels them), by projection profile.

    Pillow only (no numpy): the rows of a small binarised copy are averaged with a 1-pixel-wide BOX
    resize; level lines give the sharpest profile. About 0.1 s per page.
    """
    small = image.copy()
    small.thumbnail((700, 700))
    ink = ImageOps.autocontrast(small).point(lambda v: 255 if v < 110 else 0)

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
    def sideways(self) -> bool:
        """Most words taller than wide: Tesseract read the lines of a page lying on its side."""
        long = [r for r in self.rows if len(r[1]) >= 3]
        return len(long) >= 5 and sum(r[3][3] > r[3][2] for r in long) > len(long) / 2


class _Recognizer:
    """One document's OCR: engine, limits, deadline, counters."""

    def __init__(self, engine: tesseract.Engine, settings: OcrSettings, name: str) -> None:
        self.engine = engine
        self.settings = settings
        self.name = name
        self.deadline = time.monotonic() + settings.timeout
        self.calls = 0

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def _recognise(self, source: Image.Image, rotation: int, dpi: int) -> _Pass:
        turned, m_turn = _turn(source, rotation)
        angle = _skew(turned)
        level, m_skew = _turn(turned, angle) if angle else (turned, _IDENTITY)
        self.calls += 1
        tsv = tesseract.run_tsv(
            self.engine, _png(level), lang=self.settings.lang, dpi=dpi, timeout=self.remaining()
        )
        return _Pass(_parse_tsv(tsv), _compose(m_skew, m_turn), level.size, rotation % 360, angle)

    def page(self, index: int, source: Image.Image, *, base_rotation: int, dpi: int) -> PageOcr:
        """Recognise one page image; ``base_rotation`` (CCW degrees) makes it upright as far as known."""
        source = source.convert("L")
        scale = 1.0
        if dpi < 200:  # phone photos: Tesseract wants capital letters of ~20-30 px
            scale = min(2.0, 300 / max(dpi, 1))
            source = source.resize(
                (round(source.width * scale), round(source.height * scale)), Image.Resampling.BICUBIC
            )
            dpi = round(dpi * scale)
        best = self._recognise(source, base_rotation, dpi)
        if ((best.confidence or 0.0) < LOW_CONFIDENCE or best.sideways) and self.remaining() > 0:
            # Maybe upside down or sideways: ask OSD how to turn the upright guess, and keep the better pass.
            try:
                upright, _ = _turn(source, base_rotation)
                self.calls += 1
                clockwise, _conf = tesseract.orientation(
                    self.engine, _png(upright), dpi=dpi, timeout=self.remaining()
                )
            except tesseract.EngineError:
                clockwise = 180  # no OSD data or too little text: upside down is the common mistake
            if clockwise:
                other = self._recognise(source, base_rotation - clockwise, dpi)
                if (other.confidence or 0.0) > (best.confidence or 0.0) or (
                    best.sideways and not other.sideways
                ):
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


# ------------------------------------------------------------------------------------------------
# documents
# ------------------------------------------------------------------------------------------------


def _run_pages(
    engine: tesseract.Engine,
    settings: OcrSettings,
    sha256: str,
    name: str,
    indices: Sequence[int],
    load: Any,
) -> OcrRun:
    """OCR ``indices`` (0-based) of one document; ``load(i)`` → (image, base rotation, dpi) (this thread)."""
    run = OcrRun()
    wanted = list(indices)
    if len(wanted) > settings.max_pages:
        run.skipped += wanted[settings.max_pages :]
        run.limit = f"alleen de eerste {settings.max_pages} pagina's zijn met OCR gelezen"
        wanted = wanted[: settings.max_pages]
    cache = OcrCache(cache_dir(settings.cache_root)) if settings.cache else None
    fingerprint = _fingerprint(engine, settings)
    todo: list[int] = []
    for i in wanted:
        hit = cache.get(sha256, i, fingerprint) if cache else None
        if hit is not None:
            run.pages[i] = hit
            run.cache_hits += 1
        else:
            todo.append(i)
    if not todo:
        return run
    rec = _Recognizer(engine, settings, name)
    workers = settings.workers or os.cpu_count() or 1
    done = len(wanted) - len(todo)
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        for chunk in _chunks(todo, workers):
            if rec.remaining() <= 0:
                run.skipped += chunk
                continue
            # rendering (PDFium) is not thread-safe: load here, recognise in the pool
            futures = {}
            for i in chunk:
                image, rotation, dpi = load(i)
                futures[i] = pool.submit(rec.page, i, image, base_rotation=rotation, dpi=dpi)
            for i, fut in futures.items():
                try:
                    page = fut.result()
                except tesseract.EngineError as exc:
                    log.info("OCR of page %d of %s failed: %s", i + 1, name, exc)
                    run.skipped.append(i)
                    if rec.remaining() <= 0:
                        run.limit = f"tijdslimiet van {settings.timeout:.0f} seconden bereikt"
                    continue
                run.pages[i] = page
                if cache:
                    cache.put(sha256, i, fingerprint, page)
                done += 1
                progress_log.info("OCR %s: pagina %d van %d", name, done, len(wanted))
    run.engine_calls = rec.calls
    run.skipped.sort()
    return run


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def ocr_pdf_pages(
    doc: Any,
    indices: Sequence[int],
    *,
    sha256: str,
    name: str,
    settings: OcrSettings,
    engine: tesseract.Engine | None = None,
) -> OcrRun:
    """OCR pages of an open ``pypdfium2.PdfDocument`` (rendered as displayed, /Rotate included).

    Word positions are relative to the displayed page (see ``add_text_layer``).
    """
    engine = engine or availability(settings.lang)[0]
    if engine is None:
        return OcrRun(skipped=list(indices), limit="OCR niet beschikbaar")

    def load(i: int) -> tuple[Image.Image, int, int]:
        page = doc[i]
        try:
            bitmap = page.render(scale=settings.dpi / 72, grayscale=True)
            return bitmap.to_pil().convert("L"), 0, settings.dpi
        finally:
            page.close()

    return _run_pages(engine, settings, sha256, name, indices, load)


_EXIF_ROTATION = {3: 180, 6: 270, 8: 90}  # EXIF orientation -> counter-clockwise turn to upright


def ocr_image(
    data: bytes,
    *,
    sha256: str,
    name: str,
    settings: OcrSettings,
    engine: tesseract.Engine | None = None,
    frames: Sequence[int] | None = None,
) -> OcrRun:
    """OCR an image file (each frame of a multi-page TIFF is a page). Word positions are in raw pixels."""
    engine = engine or availability(settings.lang)[0]
    if engine is None:
        return OcrRun(skipped=list(frames or [0]), limit="OCR niet beschikbaar")
    with Image.open(io.BytesIO(data)) as probe:
        count = int(getattr(probe, "n_frames", 1) or 1)
        orientation = probe.getexif().get(0x0112)
    rotation = _EXIF_ROTATION.get(orientation if isinstance(orientation, int) else 1, 0)

    def load(i: int) -> tuple[Image.Image, int, int]:
        with Image.open(io.BytesIO(data)) as image:
            image.seek(i)
            dpi_info = image.info.get("dpi")
            dpi = (
                round(float(dpi_info[0]))
                if isinstance(dpi_info, tuple) and dpi_info and dpi_info[0] > 1
                else 0
            )
            frame = image.convert("L")
        if dpi < 50 or dpi > 1200:  # phone photos say 72 or nothing: assume the page fills the picture
            short = min(frame.size)
            dpi = max(50, round(short / 8.27))
        return frame, rotation, dpi

    return _run_pages(
        engine, settings, sha256, name, list(frames if frames is not None else range(count)), load
    )


def _sha256(src: Any) -> str:
    return str(src.sha256) if getattr(src, "sha256", "") else hashlib.sha256(src.read_bytes()).hexdigest()


def fill_pdf_pages(
    doc: Any,
    wanted: list[int],
    pages: list[str],
    blank: list[int],
    title_zone: str,
    facts: dict[str, str],
    src: Any,
    options: Any,
) -> tuple[float | None, str, list[int]]:
    """For the PDF extractor: OCR the ``blank`` (1-based) pages among ``wanted`` (text into ``pages``).

    Returns:
        (mean confidence or None, the title zone — from OCR when page 1 was read —, the pages still blank).
    """
    settings = settings_from(options)
    engine, why = availability(settings.lang)
    if engine is None:
        facts["ocr_unavailable"] = why or "OCR niet beschikbaar"
        return None, title_zone, blank
    run = ocr_pdf_pages(
        doc, [n - 1 for n in blank], sha256=_sha256(src), name=src.name, settings=settings, engine=engine
    )
    for slot, index in enumerate(wanted):
        page = run.pages.get(index)
        if page is not None:
            pages[slot] = page.text
            if index == 0:
                title_zone = page.title_zone
    still = [n for n in blank if n - 1 not in run.pages or len("".join(run.pages[n - 1].text.split())) < 20]
    return fill_facts(facts, run), title_zone, still


def fill_image(
    facts: dict[str, str], data: bytes, src: Any, options: Any, frames: list[int]
) -> tuple[list[str], str, float | None]:
    """For the image extractor: OCR ``frames`` (0-based); returns (page texts, title zone, confidence)."""
    settings = settings_from(options)
    engine, why = availability(settings.lang)
    if engine is None:
        facts["ocr_unavailable"] = why or "OCR niet beschikbaar"
        return [], "", None
    run = ocr_image(data, sha256=_sha256(src), name=src.name, settings=settings, engine=engine, frames=frames)
    texts = [run.pages[i].text if i in run.pages else "" for i in frames]
    title = run.pages[0].title_zone if 0 in run.pages else ""
    conf = fill_facts(facts, run)
    if any(len("".join(t.split())) >= 20 for t in texts):
        facts.pop("needs_ocr", None)
    return texts, title, conf


def fill_facts(facts: dict[str, str], run: OcrRun) -> float | None:
    """Record on ``facts`` that text rests on OCR (and with what confidence); returns the confidence 0..1."""
    conf = run.confidence
    if run.pages:
        facts["ocr"] = "true"
        facts["ocr_pages"] = ",".join(str(i + 1) for i in sorted(run.pages))
        pct = f"{round(conf * 100)}%" if conf is not None else "onbekend"
        facts["ocr_note"] = f"tekst herkend met OCR (zekerheid {pct})"
        turned = sorted({p.rotation for p in run.pages.values() if p.rotation})
        if turned:
            facts["ocr_rotated"] = ",".join(map(str, turned))
    if run.limit:
        facts["ocr_limit"] = run.limit
    if run.skipped:
        facts["ocr_skipped_pages"] = ",".join(str(i + 1) for i in run.skipped)
    return conf


# ------------------------------------------------------------------------------------------------
# cache
# ------------------------------------------------------------------------------------------------


def cache_dir(root: Path | None = None) -> Path:
    """``<root>/ocr``; the root is ``WIA_DOSSIER_CACHE`` or the user's cache folder (as cache.py decides)."""
    if root is None:
        from wia_dossier.cache import resolve_cache_dir

        root = resolve_cache_dir()
    return Path(root) / "ocr"


def clear_cache(root: Path | None = None) -> int:
    """Delete every OCR cache entry; returns how many files were removed."""
    directory = cache_dir(root)
    if not directory.is_dir():
        return 0
    removed = sum(1 for p in directory.rglob("*.bin") if _ENTRY.match(p.name))
    shutil.rmtree(directory, ignore_errors=True)
    return removed


def _fingerprint(engine: tesseract.Engine, settings: OcrSettings) -> str:
    return f"{_FORMAT}|tesseract {engine.version}|{settings.lang}|{settings.dpi}"


class OcrCache:
    """Encrypted per-page OCR results; the key is derived from the file's sha256, which is never stored."""

    def __init__(self, directory: Path) -> None:
        """Use ``directory`` (created on the first write, mode 0700)."""
        self.directory = directory

    def _material(self, sha256: str, page: int, fingerprint: str) -> tuple[bytes, bytes, Path]:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        digest = bytes.fromhex(sha256)
        context = f"{fingerprint}|page {page}".encode()
        name = hashlib.sha256(b"wia-dossier ocr name\0" + digest + b"\0" + context).hexdigest()
        key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=b"wia-dossier ocr v1", info=b"ocr entry\0" + context
        ).derive(digest)
        return key, name.encode(), self.directory / name[:2] / f"{name}.bin"

    def get(self, sha256: str, page: int, fingerprint: str) -> PageOcr | None:
        """The cached page, or ``None`` (missing, damaged or not decryptable)."""
        if not sha256:
            return None
        key, aad, path = self._material(sha256, page, fingerprint)
        try:
            blob = path.read_bytes()
        except OSError:
            return None
        try:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            if not blob.startswith(_MAGIC):
                return None
            nonce = blob[len(_MAGIC) : len(_MAGIC) + _NONCE]
            obj = json.loads(zlib.decompress(AESGCM(key).decrypt(nonce, blob[len(_MAGIC) + _NONCE :], aad)))
            return PageOcr(
                index=page,
                text=obj["text"],
                title_zone=obj["title_zone"],
                confidence=obj["confidence"],
                words=[tuple(w) for w in obj["words"]],
                rotation=obj["rotation"],
                skew=obj["skew"],
            )
        except Exception:
            log.debug("OCR cache entry %s damaged; recognising again", path.name)
            return None

    def put(self, sha256: str, page: int, fingerprint: str, result: PageOcr) -> None:
        """Store a page (a failing disk only costs speed next time)."""
        if not sha256:
            return
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        key, aad, path = self._material(sha256, page, fingerprint)
        plain = zlib.compress(
            json.dumps(
                {
                    "text": result.text,
                    "title_zone": result.title_zone,
                    "confidence": result.confidence,
                    "words": result.words,
                    "rotation": result.rotation,
                    "skew": result.skew,
                },
                ensure_ascii=False,
            ).encode(),
            6,
        )
        nonce = os.urandom(_NONCE)
        blob = _MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, aad)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
            tmp.write_bytes(blob)
            tmp.replace(path)
        except OSError:
            log.warning(
                "kan niet naar de OCR-cache schrijven (%s); OCR werkt zonder cache verder", self.directory
            )


# ------------------------------------------------------------------------------------------------
# the invisible text layer in the bundle
# ------------------------------------------------------------------------------------------------


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
        ops.append(
            f"{start - at:.2f} 0 Td {100 * width / natural:.1f} Tz <".encode()
            + shown.hex().encode()
            + b"> Tj"
        )
        at = start
    return ops


def layer_for_document(
    doc: Any, target: Path, *, password: str | None = None, settings: OcrSettings | None = None
) -> int:
    """For the bundle: give a scanned document's converted PDF (``target``) an invisible text layer.

    Only documents the scan read with OCR (``facts["ocr"] == "true"``) get one, on every page without
    a text layer up to the page limit; pages the scan already recognised come from the cache.

    Returns:
        The number of pages that received text (0 when OCR is unavailable: the bundle stays as it was).
    """
    if doc.extracted.facts.get("ocr") != "true":
        return 0
    settings = settings or OcrSettings()
    engine, _why = availability(settings.lang)
    if engine is None:
        return 0
    data = doc.source.read_bytes()
    sha = _sha256(doc.source)
    name = doc.source.name
    if str(doc.extracted.kind) == "image":
        with Image.open(io.BytesIO(data)) as probe:
            count = int(getattr(probe, "n_frames", 1) or 1)
        run = ocr_image(data, sha256=sha, name=name, settings=settings, engine=engine, frames=range(count))
        return add_text_layer(target, run, frame="image")
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data, password=password)
    try:
        blank = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                chars = len("".join(textpage.get_text_range().split()))
                textpage.close()
            finally:
                page.close()
            if chars < 20:
                blank.append(i)
        run = ocr_pdf_pages(pdf, blank, sha256=sha, name=name, settings=settings, engine=engine)
    finally:
        pdf.close()
    return add_text_layer(target, run, frame="page")


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
