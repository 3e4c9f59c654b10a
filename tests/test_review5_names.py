"""A file whose name is no UTF-8 ('Jos\\xe9.txt' from an old Windows zip or a Samba share) never stops a run.

Before: under a strict UTF-8 locale ``scan`` ended with "onverwachte fout (UnicodeEncodeError)" and exit 70,
``build`` always did (writing OUT.json), and in ``batch`` the whole case became an unreadable row.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from wia_dossier.cli import cli
from wia_dossier.errors import OUTPUT_ERRORS, readable

PA_TEXT = (
    "Probleemanalyse\n\nDatum: 11-02-2025\nEerste ziektedag: 13-01-2025\n\n"
    "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: benutbare mogelijkheden.\n"
    "Advies aan werkgever en werknemer: start met aangepast werk.\n"
)


def _case(tmp_path: Path) -> Path:
    case = tmp_path / "dossier"
    case.mkdir()
    name = os.fsencode(case) + b"/Probleemanalyse Jos\xe9.txt"
    try:
        with open(name, "wb") as fh:  # noqa: PTH123 - a bytes path: the name is no UTF-8 on purpose
            fh.write(PA_TEXT.encode())
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take a file name that is no UTF-8")
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-01-13\n", encoding="utf-8")
    return case


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")  # strict, as under nl_NL.UTF-8
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-m", "wia_dossier", *args, "--as-of", "2025-04-01", "--no-ocr"],
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_readable_shows_the_name_as_windows_1252() -> None:
    assert readable("Jos\udce9.pdf") == "José.pdf"
    assert readable("gewoon José.pdf") == "gewoon José.pdf"
    assert "Jos\udce9".encode("utf-8", OUTPUT_ERRORS) == "José".encode()
    assert "Jos\udce9".encode("ascii", OUTPUT_ERRORS) == b"Jos?"


def test_scan_names_the_file_readably_under_a_strict_utf8_locale(tmp_path: Path) -> None:
    case = _case(tmp_path)
    r = _run("scan", str(case))
    assert r.returncode in (0, 1), r.stderr.decode(errors="replace")
    out = r.stdout.decode("utf-8")  # valid UTF-8: no raw byte of the name
    assert "Probleemanalyse José.txt" in out
    assert "onverwachte fout" not in r.stderr.decode("utf-8")


def test_scan_json_is_valid_utf8(tmp_path: Path) -> None:
    case = _case(tmp_path)
    r = _run("scan", str(case), "--format", "json")
    assert r.returncode in (0, 1), r.stderr.decode(errors="replace")
    report = json.loads(r.stdout.decode("utf-8"))
    assert [d["path"] for d in report["documents"]] == ["Probleemanalyse José.txt"]


def test_build_writes_bundle_and_page_map(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    case = _case(tmp_path)
    out = tmp_path / "bundel.pdf"
    r = _run("build", str(case), "-o", str(out), "--draft")
    assert r.returncode in (0, 1), r.stderr.decode(errors="replace")
    assert out.is_file()
    page_map = (tmp_path / "bundel.json").read_text(encoding="utf-8")
    assert "Probleemanalyse José.txt" in page_map
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundel.json", "bundel.pdf", "dossier"]


def test_batch_reads_the_case_instead_of_failing_it(tmp_path: Path) -> None:
    _case(tmp_path)
    out = tmp_path / "overzicht.jsonl"
    r = CliRunner().invoke(
        cli,
        ["batch", str(tmp_path), "--as-of", "2025-04-01", "--no-cache", "--no-ocr", "-o", str(out)],
        catch_exceptions=False,
    )
    assert "onverwachte fout" not in r.output
    line = json.loads(out.read_bytes().decode("utf-8"))
    assert [d["path"] for d in line["documents"]] == ["Probleemanalyse José.txt"]
