"""wia-dossier batch --format csv: Dutch Excel by default for --lang nl, a standard comma CSV for --lang en.

Dutch Excel splits a CSV on its list separator ';' and reads a file without a byte-order mark as
Windows-1252, so the Dutch default is ';' + UTF-8 BOM. The tests read the output back with Python's csv
module, as Excel would split it, and check every cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_batch import _case

from wia_dossier import batch
from wia_dossier.batch import BatchOptions, run_batch
from wia_dossier.cli import cli
from wia_dossier.errors import UsageError
from wia_dossier.pipeline import ScanOptions

AS_OF = "2025-07-01"
BOM = b"\xef\xbb\xbf"
INTEGER_COLUMNS = ("week", "errors", "warnings", "documents", "days_left")
DATE_COLUMNS = ("first_sick_day", "next_deadline_date")


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An accented name, a name Excel would run as a formula, a broken case and a case with error findings."""
    r = tmp_path_factory.mktemp("csv")
    _case(r, "Müller-Özdemir, Zoë", "2025-04-07", [("Probleemanalyse", "05-05-2025")])
    _case(r, "=SOM(1+1)", "2024-09-02", [("Probleemanalyse", "30-09-2024")])
    _case(r, "Kapot", None, [], yaml_text="eerste_ziektedag: [2025-01-01\n")
    _case(r, "Leeg", "2025-06-02", [])
    return r


@pytest.fixture(scope="module")
def expected(root: Path) -> dict[str, batch.BatchResult]:
    """The overview per language (the messages follow --lang; nothing else in the CSV does)."""
    return {
        lang: run_batch(
            root,
            BatchOptions(
                scan=ScanOptions(as_of=dt.date.fromisoformat(AS_OF), lang=lang), jobs=1, use_cache=False, case_timeout=0
            ),
        )
        for lang in ("nl", "en")
    }


def _csv(root: Path, *args: str) -> bytes:
    res = CliRunner().invoke(
        cli, ["batch", str(root), "--as-of", AS_OF, "--no-cache", "--format", "csv", *args], catch_exceptions=False
    )
    assert res.exit_code == 1, res.output
    return res.stdout_bytes


def _parse(data: bytes, delimiter: str) -> list[dict[str, str]]:
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter, strict=True)
    header, *rows = list(reader)
    assert tuple(header) == batch.CSV_COLUMNS
    assert all(len(row) == len(header) for row in rows)  # nothing split into extra columns
    return [dict(zip(header, row, strict=True)) for row in rows]


def _check_cells(rows: list[dict[str, str]], expected: batch.BatchResult, *, excel: bool) -> None:
    assert [r["case"].removeprefix("'") for r in rows] == [r.name for r in expected.rows]  # urgency order
    for cells, row in zip(rows, expected.rows, strict=True):
        name = cells["case"]
        if row.name.startswith("="):
            # Excel would run '=SOM(1+1)' as a formula; the Excel flavour keeps it text, the plain one as is
            assert name == ("'" + row.name if excel else row.name)
        else:
            assert name == row.name  # accents intact
        assert cells["status"] == (
            "failed" if row.failure else "errors" if row.errors else "ready" if row.ready else "pending"
        )
        for col in INTEGER_COLUMNS:  # whole numbers only: no decimal separator to misread
            assert cells[col] == "" or int(cells[col]) == int(cells[col]), (col, cells[col])
        assert int(cells["errors"]) == row.errors and int(cells["documents"]) == row.documents
        for col in DATE_COLUMNS:  # ISO, which Excel reads as a date under any regional setting
            assert cells[col] == "" or dt.date.fromisoformat(cells[col])
        if row.first_sick_day:
            assert cells["first_sick_day"] == row.first_sick_day.isoformat()
        if row.deadline:
            assert cells["next_deadline_date"] == row.deadline.due.isoformat()
            assert int(cells["days_left"]) == row.deadline.days_left
        msg = row.failure or "; ".join(f["message"] for f in row.top_findings if f["severity"] == "error")
        assert cells["message"] == msg  # a message holding ';' stays one cell
    assert any(";" in r["message"] for r in rows)  # the fixture has one, so quoting is really tested


def test_dutch_default_is_semicolon_with_bom(root: Path, expected: dict[str, batch.BatchResult]) -> None:
    data = _csv(root)
    assert data.startswith(BOM) and not data.startswith(BOM * 2)
    assert data[len(BOM) :].split(b"\r\n", 1)[0] == ";".join(batch.CSV_COLUMNS).encode()
    assert "Müller-Özdemir, Zoë".encode() in data  # UTF-8, not Windows-1252
    _check_cells(_parse(data, ";"), expected["nl"], excel=True)


def test_english_default_is_plain_comma_csv(root: Path, expected: dict[str, batch.BatchResult]) -> None:
    data = _csv(root, "--lang", "en")
    assert not data.startswith(BOM)
    assert data.split(b"\n", 1)[0] == ",".join(batch.CSV_COLUMNS).encode()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))  # a script's plain reading
    _check_cells(rows, expected["en"], excel=False)


@pytest.mark.parametrize(
    ("lang", "option", "delimiter"),
    [
        ("nl", "comma", ","),
        ("nl", ",", ","),
        ("en", "semicolon", ";"),
        ("en", ";", ";"),
    ],
)
def test_delimiter_override(
    root: Path, expected: dict[str, batch.BatchResult], lang: str, option: str, delimiter: str
) -> None:
    data = _csv(root, "--lang", lang, "--csv-delimiter", option)
    excel = delimiter == ";"
    assert data.startswith(BOM) == excel
    _check_cells(_parse(data, delimiter), expected[lang], excel=excel)


def test_output_file_has_bom_and_parses(root: Path, expected: dict[str, batch.BatchResult], tmp_path: Path) -> None:
    out = tmp_path / "overzicht.csv"
    res = CliRunner().invoke(
        cli,
        ["batch", str(root), "--as-of", AS_OF, "--no-cache", "--format", "csv", "-o", str(out)],
        catch_exceptions=False,
    )
    assert res.exit_code == 1
    data = out.read_bytes()
    assert data.startswith(BOM)
    _check_cells(_parse(data, ";"), expected["nl"], excel=True)


def test_library_default_follows_lang_and_rejects_other_delimiters(expected: dict[str, batch.BatchResult]) -> None:
    assert batch.to_csv(expected["nl"]).startswith("\ufeffcase;")
    assert batch.to_csv(expected["nl"], lang="en").startswith("case,")
    with pytest.raises(UsageError, match="';' of ','"):
        batch.to_csv(expected["nl"], delimiter="\t")


def test_help_explains_the_csv_choice() -> None:
    res: Any = CliRunner().invoke(cli, ["batch", "--help"], catch_exceptions=False)
    text = " ".join(res.output.split())
    assert "--csv-delimiter [semicolon|comma|;|,]" in text
    assert "Nederlandse Excel" in text and "standaard bij --lang nl" in text and "standaard bij --lang en" in text
