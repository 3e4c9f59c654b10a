"""An encrypted, incremental cache of extraction results and per-file analyses, keyed by file content, code and options.

A re-run over unchanged folders (the weekly batch) reuses both what was read from each file and what
was found in it (dates, BSNs, author, classification evidence, medical pages: ``analysis.py``); only
what depends on the whole case (the first sick day, the timeline, duplicates) is computed again.

Why encrypted: a dossier holds health data and BSNs, and a cache folder is easily forgotten (backups,
a shared laptop, a synced home folder). Every entry is encrypted with AES-256-GCM under a key derived
from the sha256 of the document itself, and its file name is a different hash of that hash. Someone who
finds the cache but not the original file learns nothing from it; whoever has the file can read its text
anyway. The cache stores no file names or paths.

Layout: ``<cache dir>/CACHEDIR.TAG`` and ``<cache dir>/v1/<2 hex>/<62 hex>.bin``. Each entry is
``MAGIC || nonce (12) || AES-GCM(zlib(JSON of the Extracted or of the analysis))``, authenticated together with its name.
Writes go to a temp file in the same folder and are moved into place with ``os.replace``, so concurrent
batch workers that write the same entry each leave a whole entry. A damaged entry fails authentication,
is counted as a miss and rewritten.

Not cached: files with attachments (e-mails: the pipeline needs the attachments' bytes, which are never
stored), excluded files, files given a password, and results that may be transient (a read error).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sys
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from wia_dossier import __version__
from wia_dossier.errors import UsageError
from wia_dossier.model import Extracted, Kind, SourceFile, Status

__all__ = ["ENV_VAR", "CacheStats", "ExtractionCache", "default_cache_dir", "open_cache"]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Environment variable that moves the cache (``--cache-dir`` beats it).
ENV_VAR = "WIA_DOSSIER_CACHE"

_FORMAT = "v1"
_MAGIC = b"WDC1"
_NONCE = 12
_ENTRY = re.compile(r"^[0-9a-f]{62}\.bin$")
_TMP_PREFIX = ".tmp-"
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by wia-dossier (encrypted extraction cache).\n"
    "# Delete it with: wia-dossier batch --clear-cache\n"
)
# statuses worth remembering: the same bytes always give the same answer
_CACHEABLE = {Status.OK, Status.ENCRYPTED, Status.UNSUPPORTED, Status.UNREADABLE}


def default_cache_dir() -> Path:
    """Where the cache lives when neither ``--cache-dir`` nor ``WIA_DOSSIER_CACHE`` says otherwise.

    ``%LOCALAPPDATA%\\wia-dossier\\Cache`` on Windows, else ``$XDG_CACHE_HOME/wia-dossier`` or
    ``~/.cache/wia-dossier``.
    """
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        if base:
            return Path(base) / "wia-dossier" / "Cache"
        return Path.home() / "AppData" / "Local" / "wia-dossier" / "Cache"
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "wia-dossier"
    return Path.home() / ".cache" / "wia-dossier"


def resolve_cache_dir(cache_dir: Path | str | None = None) -> Path:
    """The cache folder: the explicit one, else ``$WIA_DOSSIER_CACHE``, else ``default_cache_dir()``."""
    if cache_dir:
        return Path(cache_dir).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_cache_dir()


#: Modules whose code decides a file's analysis (analysis.py); a change there must miss the cache.
ANALYSIS_CODE = ("analysis", "classify", "dates", "authors", "bsn", "privacy", "messages")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The tool version plus a digest of the extractor code.

    The version alone is not enough during development (an editable install keeps ``0.1.0`` while the
    extractors change); hashing the few source files costs about a millisecond once per process.
    """
    h = hashlib.sha256(__version__.encode())
    here = Path(__file__).resolve().parent
    for path in [
        *sorted((here / "extractors").glob("*.py")),
        here / "model.py",
        here / "cache.py",
        # the per-file analysis (cached with get_or_compute) is computed by these
        *(here / f"{name}.py" for name in ANALYSIS_CODE),
    ]:
        with contextlib.suppress(OSError):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def options_fingerprint(options: Any, src: SourceFile) -> str:
    """The extraction options that change the result (passwords never reach the key: such files skip the cache)."""
    parts: dict[str, Any] = {}
    for f in fields(options):
        if f.name == "passwords":
            continue
        parts[f.name] = getattr(options, f.name)
    # the extension breaks ties between extractors (extractors/__init__.py), so the same bytes under
    # another extension may read differently
    suffix = src.name.rsplit(".", 1)[-1].lower() if "." in src.name else ""
    parts["suffix"] = suffix
    return json.dumps(parts, sort_keys=True, default=str)


@dataclass(slots=True)
class CacheStats:
    """What the cache did in this process (for the benchmark and the tests)."""

    hits: int = 0
    misses: int = 0
    writes: int = 0
    corrupt: int = 0
    skipped: int = 0
    derived_hits: int = 0  # analyses (classification evidence, dates) answered by the cache
    derived_misses: int = 0


class ExtractionCache:
    """Encrypted on-disk cache of ``extract()`` results; plugs into ``ScanOptions.cache``.

    Example:
        >>> cache = ExtractionCache(Path("~/.cache/wia-dossier").expanduser())
        >>> result = run_scan(case_dir, ScanOptions(as_of=today, cache=cache))
    """

    def __init__(self, directory: Path | str, *, readonly: bool = False) -> None:
        """Use (and create on first write) the cache in ``directory``."""
        self.directory = Path(directory)
        self.readonly = readonly
        self.stats = CacheStats()
        self._ready = False

    # -- keys ------------------------------------------------------------------------------------

    def _material(self, src: SourceFile, options: Any, extra: str = "") -> tuple[bytes, bytes, str]:
        digest = bytes.fromhex(src.sha256)
        context = f"{code_fingerprint()}|{options_fingerprint(options, src)}{extra}".encode("utf-8", "surrogateescape")
        name = hashlib.sha256(b"wia-dossier cache name\0" + digest + b"\0" + context).hexdigest()
        # the key never appears in the cache: HKDF over the content hash, bound to the same context
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=b"wia-dossier cache v1", info=b"entry key\0" + context
        ).derive(digest)
        return key, name.encode(), name

    def _path(self, name: str) -> Path:
        return self.directory / _FORMAT / name[:2] / f"{name[2:]}.bin"

    # -- public ----------------------------------------------------------------------------------

    def get_or_extract(
        self, src: SourceFile, options: Any, extract_fn: Callable[[SourceFile, Any], Extracted]
    ) -> Extracted:
        """The cached extraction of ``src``, or ``extract_fn(src, options)`` (stored for next time)."""
        if not _cacheable_source(src, options):
            self.stats.skipped += 1
            return extract_fn(src, options)
        key, aad, name = self._material(src, options)
        path = self._path(name)
        cached = self._load(path, key, aad)
        if cached is not None:
            self.stats.hits += 1
            return cached
        self.stats.misses += 1
        result = extract_fn(src, options)
        if not self.readonly and cacheable_result(result):
            self._store(path, key, aad, result)
        return result

    def get_or_compute(
        self,
        src: SourceFile,
        options: Any,
        context: str,
        compute: Callable[[], T],
        *,
        encode: Callable[[T], Any],
        decode: Callable[[Any], T],
        cacheable: bool = True,
    ) -> T:
        """Something derived from ``src`` alone (its analysis against a checklist), cached like an extraction.

        ``context`` names everything besides the file's bytes and ``options`` that the value depends on
        (code version, checklist, language, the file's name); it only enters the key derivation and the
        entry's name, never the entry. ``encode``/``decode`` convert the value to and from JSON data.
        """
        if not cacheable or not _cacheable_source(src, options):
            return compute()
        key, aad, name = self._material(src, options, "|derived|" + context)
        path = self._path(name)
        obj = self._load_json(path, key, aad)
        if obj is not None:
            try:
                value = decode(obj)
            except Exception:  # noqa: BLE001 - an entry from another format: compute and rewrite
                self.stats.corrupt += 1
            else:
                self.stats.derived_hits += 1
                return value
        self.stats.derived_misses += 1
        value = compute()
        if not self.readonly:
            self._store_json(path, key, aad, encode(value))
        return value

    def clear(self) -> int:
        """Delete every cache entry (only files this tool wrote); return how many were removed."""
        removed = 0
        root = self.directory / _FORMAT
        if not root.is_dir():
            return 0
        for sub in root.iterdir():
            if not (sub.is_dir() and re.fullmatch(r"[0-9a-f]{2}", sub.name)):
                continue
            for entry in sub.iterdir():
                if _ENTRY.match(entry.name) or entry.name.startswith(_TMP_PREFIX):
                    with contextlib.suppress(FileNotFoundError):
                        entry.unlink()
                        removed += 1
            with contextlib.suppress(OSError):
                sub.rmdir()
        with contextlib.suppress(OSError):
            root.rmdir()
        return removed

    def entries(self) -> int:
        """Number of entries on disk."""
        root = self.directory / _FORMAT
        if not root.is_dir():
            return 0
        return sum(1 for p in root.glob("*/*.bin") if _ENTRY.match(p.name))

    # -- storage ---------------------------------------------------------------------------------

    def _load(self, path: Path, key: bytes, aad: bytes) -> Extracted | None:
        obj = self._load_json(path, key, aad)
        if obj is None:
            return None
        try:
            return _from_json(obj)
        except Exception:  # from another format: ignore and rewrite
            self.stats.corrupt += 1
            return None

    def _load_json(self, path: Path, key: bytes, aad: bytes) -> Any:
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            log.debug("cache entry unreadable", exc_info=True)
            return None
        try:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            if not blob.startswith(_MAGIC):
                raise ValueError("bad magic")
            nonce = blob[len(_MAGIC) : len(_MAGIC) + _NONCE]
            plain = AESGCM(key).decrypt(nonce, blob[len(_MAGIC) + _NONCE :], aad)
            return json.loads(zlib.decompress(plain))
        except Exception:  # damaged, truncated or from another format: ignore and rewrite
            self.stats.corrupt += 1
            log.debug("cache entry %s damaged; extracting again", path.name)
            return None

    def _prepare(self) -> None:
        if self._ready:
            return
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        (self.directory / _FORMAT).mkdir(exist_ok=True, mode=0o700)
        tag = self.directory / "CACHEDIR.TAG"
        if not tag.exists():
            with contextlib.suppress(OSError):
                _atomic_write(tag, _CACHEDIR_TAG.encode())
        self._ready = True

    def _store(self, path: Path, key: bytes, aad: bytes, result: Extracted) -> None:
        self._store_json(path, key, aad, _to_json(result))

    def _store_json(self, path: Path, key: bytes, aad: bytes, obj: Any) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        plain = zlib.compress(json.dumps(obj, ensure_ascii=False).encode(), 6)
        nonce = os.urandom(_NONCE)
        blob = _MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, aad)
        try:
            self._prepare()
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _atomic_write(path, blob)
            self.stats.writes += 1
        except OSError:
            # a full disk or a read-only cache folder only costs speed, never the scan
            log.warning(
                "kan niet naar de cache schrijven (%s); het programma werkt zonder cache verder", self.directory
            )
            self.readonly = True


def open_cache(cache_dir: Path | str | None = None, *, enabled: bool = True) -> ExtractionCache | None:
    """The cache to pass as ``ScanOptions.cache`` (``None`` with ``enabled=False``, i.e. ``--no-cache``).

    Raises:
        UsageError: the cache folder exists but is a file.
    """
    if not enabled:
        return None
    directory = resolve_cache_dir(cache_dir)
    if directory.exists() and not directory.is_dir():
        raise UsageError(
            f"De cachemap '{directory}' is een bestand, geen map. Kies een andere map met --cache-dir of "
            f"{ENV_VAR}, of draai zonder cache met --no-cache."
        )
    return ExtractionCache(directory)


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def _cacheable_source(src: SourceFile, options: Any) -> bool:
    if not src.sha256 or src.excluded is not None or src.size == 0:
        return False
    passwords = getattr(options, "passwords", None) or {}
    return src.rel not in passwords


def cacheable_result(result: Extracted) -> bool:
    """Whether an extraction result (and what is derived from it) may be kept: not a transient error."""
    if result.attachments or result.status not in _CACHEABLE:
        return False
    # a read error (permission, vanished file) or lack of memory may be gone next time
    return not (result.error and ("kan bestand niet lezen" in result.error or "geheugen" in result.error))


def _to_json(ex: Extracted) -> dict[str, Any]:
    return {
        "kind": str(ex.kind),
        "status": str(ex.status),
        "pages": ex.pages,
        "page_numbers": ex.page_numbers,
        "page_count": ex.page_count,
        "title_zone": ex.title_zone,
        "metadata": ex.metadata,
        "facts": ex.facts,
        "error": ex.error,
        "ocr_confidence": ex.ocr_confidence,
    }


def _from_json(obj: dict[str, Any]) -> Extracted:
    return Extracted(
        kind=Kind(obj["kind"]),
        status=Status(obj["status"]),
        pages=[str(p) for p in obj["pages"]],
        page_numbers=[int(n) for n in obj["page_numbers"]],
        page_count=int(obj["page_count"]),
        title_zone=str(obj["title_zone"]),
        metadata={str(k): str(v) for k, v in obj["metadata"].items()},
        facts={str(k): str(v) for k, v in obj["facts"].items()},
        error=obj["error"],
        ocr_confidence=obj["ocr_confidence"],
    )
