"""The registry: content beats extension, and extract() never raises."""

from __future__ import annotations

from pathlib import Path

import pytest
from _builders import make_pdf, source
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


def test_image_sniffed_by_content():
    assert sniff_kind(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "brief.pdf") is Kind.IMAGE


def test_text_utf8_cp1252_and_html(run_extract):
    assert run_extract("Reïntegratie café\n".encode(), "a.txt").text == "Reïntegratie café"
    assert run_extract("Reïntegratie café\n".encode("cp1252"), "b.txt").text == "Reïntegratie café"
    html = b"<!DOCTYPE html><html><head><title>Plan</title><script>x()</script></head>"
    html += b"<body><p>Plan van aanpak</p>"
    result = run_extract(html, "c.html")
    assert result.kind is Kind.TEXT
    assert "Plan van aanpak" in result.text
    assert "x()" not in result.text
    assert run_extract(b" \n\t\n", "leeg.txt").status is Status.EMPTY


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=2048),
        st.binary(max_size=2048).map(lambda b: b"%PDF-1.4\n" + b),
        st.binary(max_size=2048).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=2048).map(lambda b: b"\xff\xd8\xff\xe0" + b),
        st.binary(max_size=2048).map(lambda b: b"From: a@b.nl\r\nSubject: x\r\n" + b),
        st.binary(max_size=2048).map(lambda b: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b),
    ),
    name=st.sampled_from(["a.pdf", "a.docx", "a.jpg", "a.eml", "a.txt", "a", "a.msg"]),
)
def test_extract_never_raises(run_extract, data, name):
    result = run_extract(data, name)
    assert isinstance(result.status, Status)
    if result.status is not Status.OK:
        assert result.error
