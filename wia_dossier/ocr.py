"""Dutch OCR for pages without a text layer: settings, which pages to read, and the extractors' entry points.

Why Tesseract directly and not OCRmyPDF (ANCHORS.md E.4): we need three things OCRmyPDF does not hand back
from one run — the word boxes (for the title zone: the top 40 % of page 1), the mean word confidence (for
the report) and a text layer over the *unchanged* original image. Tesseract's TSV output gives all three.
Measured on 2 cores: one A4 page at 300 dpi costs ~0.7 s with ``OMP_THREAD_LIMIT=1`` against 8.5 s for
``ocrmypdf --output-type pdf``; and no extra Python packages (OCRmyPDF pulls in ~15, requires Ghostscript
handling around Debian's 10.0.0 PDF/A bug) — only the ``tesseract`` program and its ``nld`` data.

This module picks the pages (page and time limits per document, cache first, pages in parallel) and
records what OCR did on the document's facts. The parts live beside it, and their public names are
re-exported here:

* ``ocr_recognise``: one page image -- preprocessing (orientation, deskew) and Tesseract's word boxes;
* ``ocr_cache``: the encrypted per-page cache (``clear_cache()``);
* ``ocr_layer``: the invisible text layer over the unchanged scan in the bundle (``add_text_layer``).
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import io
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from wia_dossier._exec import tesseract
from wia_dossier.ocr_cache import OcrCache, cache_dir, clear_cache, engine_fingerprint
from wia_dossier.ocr_layer import add_text_layer
from wia_dossier.ocr_recognise import PageOcr, Recognizer

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
    fingerprint = engine_fingerprint(engine, settings)
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
    rec = Recognizer(engine, settings, name)
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
            dpi = round(float(dpi_info[0])) if isinstance(dpi_info, tuple) and dpi_info and dpi_info[0] > 1 else 0
            frame = image.convert("L")
        if dpi < 50 or dpi > 1200:  # phone photos say 72 or nothing: assume the page fills the picture
            short = min(frame.size)
            dpi = max(50, round(short / 8.27))
        return frame, rotation, dpi

    return _run_pages(engine, settings, sha256, name, list(frames if frames is not None else range(count)), load)


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
# the invisible text layer in the bundle
# ------------------------------------------------------------------------------------------------


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
