"""Extractor protocol and registry: pick the extractor by the file's content (magic bytes), never by its name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from wia_dossier.model import Extracted, Kind, SourceFile


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Per-run extraction settings (passed down, never global)."""

    head_pages: int = 3  # text of the first N pages (title, parties, dates)
    tail_pages: int = 2  # and of the last M pages (signatures, signing date)
    passwords: dict[str, str] = field(default_factory=dict)  # rel path -> password
    max_bytes: int = 200 * 1024 * 1024  # files larger than this are not parsed
    max_uncompressed: int = 100 * 1024 * 1024  # zip members (DOCX) larger than this are refused
    ocr: bool = False


class Extractor(Protocol):
    """One file format. ``sniff`` scores how sure it is (0 = not mine, 100 = certain)."""

    kind: Kind

    def sniff(self, head: bytes, name: str) -> int:
        """Score the first bytes (and, as a tie-breaker only, the name)."""
        ...

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        """Read the file. May raise; the registry turns exceptions into an unreadable status."""
        ...
