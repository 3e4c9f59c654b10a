"""The OCR cache: recognised pages stored per file and page, encrypted with a key only the original file gives.

Results per page, keyed by the file's sha256, under ``<cache root>/ocr`` (``WIA_DOSSIER_CACHE`` or
``$XDG_CACHE_HOME/wia-dossier``), each entry AES-GCM encrypted with a key derived from the sha256 of the
file itself: without the original document an entry is unreadable. Clear it with ``clear_cache()`` or by
deleting the folder (README, "Scans en foto's").
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from wia_dossier._exec import tesseract
from wia_dossier.ocr_recognise import PageOcr

if TYPE_CHECKING:
    from wia_dossier.ocr import OcrSettings

__all__ = ["OcrCache", "cache_dir", "clear_cache", "engine_fingerprint"]

log = logging.getLogger(__name__)

#: Bump when recognition changes, so old cache entries are not reused.
_FORMAT = "ocr4"  # ocr4: photos read twice (global and local threshold)
_MAGIC = b"WDO1"
_NONCE = 12
_ENTRY = re.compile(r"^[0-9a-f]{64}\.bin$")


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


def engine_fingerprint(engine: tesseract.Engine, settings: OcrSettings) -> str:
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
            log.warning("kan niet naar de OCR-cache schrijven (%s); OCR werkt zonder cache verder", self.directory)
