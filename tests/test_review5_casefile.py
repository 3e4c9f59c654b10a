"""dossier.yaml as HR officers write it on Windows (review 5): Notepad's ANSI and 'Unicode', dates with the
year first or slashes, and errors in English with --lang en.

Before: an ANSI file with 'José' was refused ("geen UTF-8-tekst"), 2025/03/01 was no date, and every message
was Dutch (with 'dossier.yaml: ' said twice) whatever --lang said.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from wia_dossier.casefile import load_case_file
from wia_dossier.cli import cli

PA_TEXT = (
    "Probleemanalyse\n\nDatum: 11-02-2025\nEerste ziektedag: 13-01-2025\n\n"
    "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: benutbare mogelijkheden.\n"
)


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _case(tmp_path: Path, yaml: bytes | None = b"eerste_ziektedag: 2025-01-13\n") -> Path:
    case = tmp_path / "dossier"
    case.mkdir()
    (case / "probleemanalyse.txt").write_text(PA_TEXT, encoding="utf-8")
    if yaml is not None:
        (case / "dossier.yaml").write_bytes(yaml)
    return case


def _no_dutch(text: str) -> None:
    for word in ("regel", "sleutel", "onbekende", "Bedoelde"):
        assert word not in text, f"Dutch '{word}' in an English message:\n{text}"


def test_dossier_yaml_errors_are_english(tmp_path: Path) -> None:
    case = _case(tmp_path, b"eerste_ziekte_dag: 2025-01-13\n")
    r = _run("scan", str(case), "--as-of", "2025-04-01", "--lang", "en", "--no-ocr")
    assert r.exit_code == 3
    assert "line 1, key 'eerste_ziekte_dag': unknown key 'eerste_ziekte_dag'. Did you mean 'eerste_ziektedag'?" in (
        r.output
    )
    _no_dutch(r.output)


def test_dossier_yaml_saved_as_ansi_is_read(tmp_path: Path) -> None:
    case = _case(tmp_path, 'werknemer:\r\n  naam: "José Müller"\r\neerste_ziektedag: 13-1-2025\r\n'.encode("cp1252"))
    loaded = load_case_file(case)
    assert loaded.werknemer.naam == "José Müller"
    assert loaded.eerste_ziektedag == dt.date(2025, 1, 13)


def test_dossier_yaml_saved_as_unicode_by_notepad_is_read(tmp_path: Path) -> None:
    case = _case(tmp_path, 'werknemer:\r\n  naam: "José"\r\n'.encode("utf-16"))
    assert load_case_file(case).werknemer.naam == "José"


def test_dossier_yaml_in_utf16_without_bom_is_read(tmp_path: Path) -> None:
    case = _case(tmp_path, 'werknemer:\r\n  naam: "José"\r\n'.encode("utf-16-le"))
    assert load_case_file(case).werknemer.naam == "José"


def test_a_binary_dossier_yaml_is_refused_with_what_to_do(tmp_path: Path) -> None:
    case = _case(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00binary")
    r = _run("scan", str(case), "--as-of", "2025-04-01", "--no-ocr")
    assert r.exit_code == 3
    assert "UTF-8" in r.output


@pytest.mark.parametrize("written", ["2025/01/13", "2025-1-13", "2025.01.13", "13/01/2025"])
def test_dates_with_the_year_first_or_slashes_are_read(tmp_path: Path, written: str) -> None:
    case = _case(tmp_path, f"eerste_ziektedag: {written}\n".encode())
    assert load_case_file(case).eerste_ziektedag == dt.date(2025, 1, 13)


def test_a_two_digit_year_is_refused_naming_both_forms(tmp_path: Path) -> None:
    case = _case(tmp_path, b"eerste_ziektedag: 13-01-25\n")
    r = _run("scan", str(case), "--as-of", "2025-04-01", "--no-ocr")
    assert r.exit_code == 3
    assert "2025-01-13 of 13-01-2025" in r.output and "vier cijfers" in r.output


def test_unknown_key_is_not_prefixed_twice(tmp_path: Path) -> None:
    case = _case(tmp_path, b"foo: 1\n")
    r = _run("scan", str(case), "--as-of", "2025-04-01", "--no-ocr")
    assert r.exit_code == 3
    assert "sleutel 'foo': onbekende sleutel 'foo'." in r.output
    assert "dossier.yaml: onbekende" not in r.output
