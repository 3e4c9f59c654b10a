"""Photos and scans (JPEG, PNG, TIFF, WebP, HEIC with pi-heif): size, DPI, EXIF date; text needs OCR."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import logging
import warnings
from typing import TYPE_CHECKING, Any

from wia_dossier.extractors import NAME_BONUS, ExtractOptions
from wia_dossier.model import Extracted, Kind, SourceFile, Status

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

# HEIC photos (iPhones save them by default) are read with pi-heif, libheif's decoder (a dependency);
# pillow-heif, its larger sibling with encoders, works as well. Pillow itself (15 ms) and the plugin are
# imported on the first image, not when the extractors are registered: a dossier of PDFs never needs them.
_HEIF_PLUGINS = ("pi_heif", "pillow_heif")
HEIF_AVAILABLE = any(importlib.util.find_spec(name) is not None for name in _HEIF_PLUGINS)
_pil: Any = None


def pillow() -> Any:
    """``PIL.Image``, imported (and the HEIC opener registered) on first use; also for ``convert.image``."""
    global _pil
    if _pil is None:
        from PIL import Image as pil_image

        for name in _HEIF_PLUGINS if HEIF_AVAILABLE else ():
            try:
                importlib.import_module(name).register_heif_opener()
                break
            except (ImportError, OSError, AttributeError):  # found but broken (a missing libheif)
                log.warning("%s not usable", name)
        _pil = pil_image
    return _pil


_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 36867
_DATETIME = 306
_ORIENTATION = 274
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")
_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif", ".gif", ".bmp")


def _magic(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heif"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"BM") and len(head) > 14:
        return "bmp"
    return None


def _exif_date(value: object) -> str | None:
    """``2025:03:05 14:22:01`` → ``2025-03-05`` (None for the all-zero or garbage values cameras write)."""
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.strptime(value.strip()[:19], "%Y:%m:%d %H:%M:%S").date().isoformat()
    except ValueError:
        return None


class ImageExtractor:
    """Reads image facts with Pillow; the text itself comes from OCR later (``needs_ocr``)."""

    kind = Kind.IMAGE

    def sniff(self, head: bytes, name: str) -> int:
        """90 for a known image signature."""
        bonus = NAME_BONUS if name.lower().endswith(_SUFFIXES) else 0
        return 90 + bonus if _magic(head) else 0

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        """Frames as pages, size, DPI, EXIF date and orientation; decodes once to find damage."""
        data = src.read_bytes()
        fmt = _magic(data[:64])
        if fmt == "heif" and not HEIF_AVAILABLE:
            return Extracted(
                kind=self.kind,
                status=Status.UNSUPPORTED,
                error="HEIC-foto: installeer pi-heif (pip install pi-heif) of sla de foto op als JPEG",
            )
        Image = pillow()
        try:
            with warnings.catch_warnings():
                # Pillow only warns between MAX_IMAGE_PIXELS and twice that; treat it as an error.
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                image = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            return _bomb()
        except Image.UnidentifiedImageError:
            return Extracted(kind=self.kind, status=Status.UNREADABLE, error="afbeelding niet te herkennen")
        with image:
            width, height = image.size
            limit = Image.MAX_IMAGE_PIXELS
            if limit and width * height > limit:
                return _bomb(width, height)
            facts = {
                "format": (image.format or fmt or "").lower(),
                "width": str(width),
                "height": str(height),
                "mode": image.mode,
                "needs_ocr": "true",
            }
            dpi = image.info.get("dpi")
            if isinstance(dpi, tuple) and len(dpi) == 2 and dpi[0]:
                facts["dpi"] = str(round(float(dpi[0])))
            facts.update(_exif_facts(image))
            frames = int(getattr(image, "n_frames", 1) or 1)
            try:
                # Decode (scaled down for JPEG, which is cheap) so a truncated photo is found now.
                if image.format == "JPEG":
                    image.draft("L", (max(width // 8, 1), max(height // 8, 1)))
                _load_strictly(image)
            except OSError:
                return Extracted(
                    kind=self.kind,
                    status=Status.UNREADABLE,
                    facts=facts,
                    error="afbeelding beschadigd of afgekapt",
                )
        if not options.ocr:
            return Extracted(kind=self.kind, page_count=frames, facts=facts)
        # Dutch OCR (issue 5); rotation and deskew happen on a copy, for recognition only.
        from wia_dossier import ocr

        wanted = sorted(
            set(range(min(options.head_pages, frames))) | set(range(max(frames - options.tail_pages, 0), frames))
        )
        texts, title_zone, confidence = ocr.fill_image(facts, data, src, options, wanted)
        return Extracted(
            kind=self.kind,
            page_count=frames,
            facts=facts,
            pages=texts,
            page_numbers=[i + 1 for i in wanted] if texts else [],
            title_zone=title_zone,
            ocr_confidence=confidence,
        )


def _bomb(width: int = 0, height: int = 0) -> Extracted:
    size = f" ({width}x{height} pixels)" if width else ""
    return Extracted(
        kind=Kind.IMAGE,
        status=Status.UNREADABLE,
        error=f"afbeelding te groot{size}: mogelijk een decompressiebom",
    )


def _load_strictly(image: Image.Image) -> None:
    """``image.load()`` that fails on a cut-off file, whatever another library set for the whole process.

    WeasyPrint sets Pillow's ``LOAD_TRUNCATED_IMAGES`` when it is imported (``build``, a batch), after which
    Pillow pads a truncated photo with grey instead of raising.
    """
    from PIL import ImageFile

    keep = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        image.load()
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = keep


def _exif_facts(image: Image.Image) -> dict[str, str]:
    facts: dict[str, str] = {}
    try:
        exif = image.getexif()
        sub = exif.get_ifd(_EXIF_IFD)
        date = _exif_date(sub.get(_DATETIME_ORIGINAL))
        if date:
            facts["exif_date"] = date
        else:
            date = _exif_date(exif.get(_DATETIME))
            if date:
                facts["exif_date"] = date
                facts["exif_date_source"] = "DateTime"
        orientation = exif.get(_ORIENTATION)
        if isinstance(orientation, int) and 1 <= orientation <= 8:
            facts["exif_orientation"] = str(orientation)
    except Exception:  # EXIF blocks from phones and scanners are often malformed
        log.debug("EXIF unreadable", exc_info=True)
    return facts
