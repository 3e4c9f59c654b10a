"""Extractor protocol and registry: the file's content (magic bytes) picks the extractor, not its name."""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from wia_dossier.model import Extracted, Kind, SourceFile, Status

__all__ = [
    "HEAD_BYTES",
    "ExtractOptions",
    "Extractor",
    "extract",
    "get_extractor",
    "register",
    "registered",
    "reset_registry",
    "sniff_kind",
]

log = logging.getLogger(__name__)

#: How many leading bytes the registry hands to ``sniff``.
HEAD_BYTES = 8192

#: Score a sniffer adds when only the file name agrees (ties between content scores, or a file
#: whose content is not recognised at all but whose extension is). Content scores are multiples
#: of 10, so the name can never outvote the content.
NAME_BONUS = 5


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Per-run extraction settings (passed down, never global)."""

    head_pages: int = 3  # text of the first N pages (title, parties, dates)
    tail_pages: int = 2  # and of the last M pages (signatures, signing date)
    # PDFs: leave out the first and last pages another reading already has (build's every-page medical
    # check after the scan); other formats are cheap to read whole
    skip_head: int = 0
    skip_tail: int = 0
    passwords: dict[str, str] = field(default_factory=dict)  # rel path -> password
    max_bytes: int = 200 * 1024 * 1024  # files larger than this are not parsed
    max_uncompressed: int = 100 * 1024 * 1024  # zip members (DOCX) larger than this are refused
    ocr: bool = False
    # OCR limits per document (wia_dossier.ocr): pages beyond them keep no text and the report says so
    ocr_max_pages: int = 20
    ocr_timeout: float = 120.0  # seconds
    ocr_cache: bool = True  # the encrypted OCR cache (<cache>/ocr); False with --no-cache
    # Limits per file, enforced by wia_dossier.sandbox (a worker process is killed when one is hit);
    # 0 switches a limit off. Part of the cache key, so a raised limit reads a timed-out file again.
    file_timeout: float = 30.0  # seconds (--file-timeout)
    file_memory: int = 2 * 1024**3  # bytes of address space per worker (--file-memory)


class Extractor(Protocol):
    """One file format. ``sniff`` scores how sure it is (0 = not mine, 100 = certain).

    Convention: the content decides in steps of 10; a matching file name adds at most
    ``NAME_BONUS`` (5), so the extension only breaks ties.
    """

    kind: Kind

    def sniff(self, head: bytes, name: str) -> int:
        """Score the first bytes (and, as a tie-breaker only, the name)."""
        ...

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        """Read the file. May raise; the registry turns exceptions into an unreadable status."""
        ...


_registry: list[Extractor] | None = None


_BUILTIN = (
    ("wia_dossier.extractors.pdf", "PdfExtractor"),
    ("wia_dossier.extractors.docx", "DocxExtractor"),
    ("wia_dossier.extractors.image", "ImageExtractor"),
    ("wia_dossier.extractors.email", "EmailExtractor"),
    # Outlook .msg and Word 97-2003 .doc (OLE compound files; olefile is imported by the first such file)
    ("wia_dossier.extractors.msg", "MsgExtractor"),
    ("wia_dossier.extractors.doc", "DocExtractor"),
    # OpenDocument text (.odt, flat .fodt) from LibreOffice Writer; lxml comes with python-docx
    ("wia_dossier.extractors.odt", "OdtExtractor"),
    ("wia_dossier.extractors.text", "TextExtractor"),
)


def _builtin() -> list[Extractor]:
    # Imported lazily, one by one: importing the package stays cheap, and a broken or
    # missing dependency of one format (say Pillow) leaves the other formats working.
    extractors: list[Extractor] = []
    for module_name, class_name in _BUILTIN:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            log.warning("extractor %s not available", module_name)
            continue
        extractors.append(getattr(module, class_name)())
    return extractors


def registered() -> list[Extractor]:
    """The extractors in registration order (built-ins first)."""
    global _registry
    if _registry is None:
        _registry = _builtin()
    return list(_registry)


def register(extractor: Extractor) -> None:
    """Add an extractor (tests, plug-ins); it competes on its sniff score like the built-ins."""
    registered()
    assert _registry is not None
    _registry.append(extractor)


def reset_registry(extractors: Iterable[Extractor] | None = None) -> None:
    """Restore the built-ins (or install exactly ``extractors``); for tests."""
    global _registry
    _registry = list(extractors) if extractors is not None else None


def get_extractor(head: bytes, name: str) -> Extractor | None:
    """Pick the extractor for a file by its first bytes.

    Args:
        head: The first bytes of the file (``HEAD_BYTES`` is enough).
        name: The file name; only breaks ties between equal content scores.

    Returns:
        The extractor with the highest positive score (the first registered wins a full
        tie), or ``None`` when no extractor recognises the file.
    """
    best: Extractor | None = None
    best_score = 0
    for extractor in registered():
        try:
            score = extractor.sniff(head, name)
        except Exception:  # a sniffer bug must not hide the other formats
            log.debug("sniff of %s failed", type(extractor).__name__, exc_info=True)
            continue
        if score > best_score:
            best, best_score = extractor, score
    return best


def sniff_kind(head: bytes, name: str) -> Kind:
    """The format of a file as judged from its first bytes (``Kind.UNKNOWN`` if none fits)."""
    extractor = get_extractor(head, name)
    return extractor.kind if extractor is not None else Kind.UNKNOWN


#: What a file's extension promises; a different sniffed kind is reported (``facts["name_mismatch"]``).
_SUFFIX_KIND = {
    "pdf": Kind.PDF, "docx": Kind.DOCX, "doc": Kind.DOCX, "odt": Kind.DOCX, "fodt": Kind.DOCX,
    "eml": Kind.EMAIL, "msg": Kind.EMAIL,
    "jpg": Kind.IMAGE, "jpeg": Kind.IMAGE, "png": Kind.IMAGE, "tif": Kind.IMAGE, "tiff": Kind.IMAGE,
}  # fmt: skip


def _fail(kind: Kind, status: Status, reason: str) -> Extracted:
    return Extracted(kind=kind, status=status, error=reason)


def extract(src: SourceFile, options: ExtractOptions | None = None) -> Extracted:
    """Read one file with the extractor its content calls for. Never raises.

    Args:
        src: The file (on disk, or a container member with ``data``).
        options: Extraction settings; defaults when ``None``.

    Returns:
        The extracted text and facts. ``status`` is ``excluded`` for a file that matched an
        ``exclude:`` pattern (not read at all), ``empty`` for zero bytes, ``unsupported``
        (with the reason in ``error``) for unknown formats and files over
        ``options.max_bytes`` ("te groot"), and ``unreadable`` when reading or parsing failed;
        ``error`` then names the exception type only, never document text.
    """
    options = options or ExtractOptions()
    if src.excluded is not None:
        return _fail(Kind.UNKNOWN, Status.EXCLUDED, f"uitgesloten door '{src.excluded}'")
    if src.size > options.max_bytes:
        return _fail(Kind.UNKNOWN, Status.UNSUPPORTED, f"te groot ({src.size // (1024 * 1024)} MB)")
    try:
        data = src.read_bytes()
    except FileNotFoundError:  # moved or deleted (a colleague, a sync client) while the run was going on
        return _fail(
            Kind.UNKNOWN,
            Status.UNREADABLE,
            "het bestand is tijdens de controle verplaatst of verwijderd; draai de controle opnieuw",
        )
    except PermissionError:
        return _fail(Kind.UNKNOWN, Status.UNREADABLE, "geen leesrechten; vraag de beheerder om leesrechten")
    except Exception as exc:
        log.debug("cannot read %s", src.rel, exc_info=True)
        return _fail(Kind.UNKNOWN, Status.UNREADABLE, f"kan bestand niet lezen ({type(exc).__name__})")
    if not data:
        return _fail(Kind.UNKNOWN, Status.EMPTY, "leeg bestand (0 bytes)")
    if len(data) > options.max_bytes:
        return _fail(Kind.UNKNOWN, Status.UNSUPPORTED, f"te groot ({len(data) // (1024 * 1024)} MB)")

    extractor = get_extractor(data[:HEAD_BYTES], src.name)
    if extractor is None:
        suffix = src.name.rsplit(".", 1)[-1].lower() if "." in src.name else ""
        what = f"'.{suffix}'" if suffix else "zonder extensie"
        return _fail(Kind.UNKNOWN, Status.UNSUPPORTED, f"onbekend bestandsformaat ({what})")

    # Hand the bytes down so the extractor does not read the file a second time.
    loaded = src if src.data is not None else dataclasses.replace(src, data=data)
    try:
        result = extractor.extract(loaded, options)
        suffix = src.name.rsplit(".", 1)[-1].lower() if "." in src.name else ""
        if _SUFFIX_KIND.get(suffix, extractor.kind) is not extractor.kind:
            result.facts["name_mismatch"] = suffix  # e.g. HTML saved as .pdf: the content decides, the report says so
    except MemoryError:
        return _fail(extractor.kind, Status.UNREADABLE, f"{type(extractor).__name__}: te weinig geheugen")
    except RecursionError:
        return _fail(extractor.kind, Status.UNREADABLE, f"{type(extractor).__name__}: te diep genest")
    except Exception as exc:
        # Exception messages of parsers may quote document content; keep only the type.
        log.debug("%s failed on %s", type(extractor).__name__, src.rel, exc_info=True)
        return _fail(extractor.kind, Status.UNREADABLE, f"{type(extractor).__name__}: {type(exc).__name__}")
    return result
