"""Fixtures for the extractor tests; the builders live in ``_builders.py``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from _builders import source

from wia_dossier.extractors import ExtractOptions, extract
from wia_dossier.model import Extracted


@pytest.fixture
def run_extract() -> Callable[..., Extracted]:
    """``run_extract(data, name, **options)`` → Extracted, through the registry (never raises)."""

    def _run(data: bytes, name: str = "doc.bin", **options: object) -> Extracted:
        return extract(source(data, name), ExtractOptions(**options))  # type: ignore[arg-type]

    return _run


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes], Path]:
    """``write(rel, data)`` → path under tmp_path (folders created)."""

    def _write(rel: str, data: bytes) -> Path:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    return _write
