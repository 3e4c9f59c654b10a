"""The registry: content beats extension, and extract() never raises."""

from __future__ import annotations

from pathlib import Path

import pytest
from _builders import make_pdf, source

from wia_dossier.extractors import (
    ExtractOptions,
    extract,
    get_extractor,
    register,
    reset_registry,
    sniff_kind,
)
from wia_dossier.model import Extracted, Kind, SourceFile, Status


@pytest.fixture(autouse=True)
def _clean_registry():
    reset_registry()
    yield
    reset_registry()


def test_zero_bytes_is_empty(run_extract):
    result = run_extract(b"", "leeg.pdf")
    assert result.status is Status.EMPTY


def test_unknown_binary_is_unsupported_with_reason(run_extract):
    result = run_extract(bytes(range(256)) * 4, "data.xyz")
    assert result.status is Status.UNSUPPORTED
    assert result.kind is Kind.UNKNOWN
    assert "onbekend" in (result.error or "")


def test_too_big_is_not_parsed(run_extract):
    result = run_extract(make_pdf(["Plan van aanpak\nx"]), "groot.pdf", max_bytes=100)
    assert result.status is Status.UNSUPPORTED
    assert "te groot" in (result.error or "")


def test_excluded_file_is_not_read(tmp_path: Path):
    src = SourceFile(rel="privé/a.pdf", size=10, sha256="", abs_path=tmp_path / "missing", excluded="privé/*")
    result = extract(src, ExtractOptions())
    assert result.status is Status.EXCLUDED


def test_vanished_file_is_unreadable(tmp_path: Path):
    src = SourceFile(rel="weg.pdf", size=10, sha256="x", abs_path=tmp_path / "weg.pdf")
    result = extract(src)
    assert result.status is Status.UNREADABLE


def test_sniff_by_content_not_extension():
    assert sniff_kind(make_pdf(["x"])[:8192], "foto.jpg") is Kind.PDF
    assert sniff_kind(b"\x7fELF\x02\x01\x01" + bytes(200), "prog") is Kind.UNKNOWN


def test_extension_breaks_ties_only():
    # Garbage named .pdf goes to the PDF extractor (so it is reported as a damaged PDF) ...
    assert get_extractor(b"\x00\x01\x02\x03" * 10, "x.pdf") is not None
    # ... but a name never beats recognised content.
    assert sniff_kind(b"%PDF-1.7\n", "x.txt") is Kind.PDF


class _Exploding:
    kind = Kind.TEXT

    def sniff(self, head: bytes, name: str) -> int:
        return 100 if head.startswith(b"BOOM") else 0

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        raise ValueError("Geheime tekst uit het document: J. de Vries, BSN 123456782")


class _BadSniffer:
    kind = Kind.TEXT

    def sniff(self, head: bytes, name: str) -> int:
        raise RuntimeError("bug")

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        raise AssertionError


def test_extractor_exception_becomes_unreadable_without_document_text():
    register(_Exploding())
    register(_BadSniffer())
    result = extract(source(b"BOOM and more", "x.txt"))
    assert result.status is Status.UNREADABLE
    assert result.error == "_Exploding: ValueError"
    assert "Vries" not in result.error


def test_reset_registry_installs_exactly_given():
    reset_registry([_Exploding()])
    assert sniff_kind(make_pdf(["x"]), "a.pdf") is Kind.UNKNOWN
    reset_registry()
    assert sniff_kind(make_pdf(["x"]), "a.pdf") is Kind.PDF
