"""``wia-dossier init``: the written dossier.yaml loads again, is pre-filled, and is never overwritten without --force."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from wia_dossier.casefile import load_case_file
from wia_dossier.cli import cli
from wia_dossier.errors import ExitCode, OutputError
from wia_dossier.init import render_case_file, write_case_file
from wia_dossier.model import (
    CaseFile,
    DateFound,
    Document,
    Extracted,
    Kind,
    Party,
    ScanResult,
    SourceFile,
    Status,
)

D = dt.date


def _doc(rel: str, type_: str | None, text: str = "", author: str | None = None) -> Document:
    return Document(
        source=SourceFile(rel, 0, "x"),
        extracted=Extracted(kind=Kind.PDF, pages=[text]),
        type=type_,
        author=author,
    )


def _result(tmp_path: Path, case: CaseFile | None = None) -> ScanResult:
    docs = [
        _doc("PA.pdf", "probleemanalyse", "BSN: 123456782", "A. Arts (bedrijfsarts)"),
        _doc("AO.pdf", "actueel_oordeel", "BSN 123 456 782", "A. Arts (bedrijfsarts)"),
        _doc("PvA.pdf", "plan_van_aanpak", "BSN: 123456782", "P. Jansen (casemanager)"),
        _doc("scan0003.pdf", None, "iets"),
        _doc("privé/x.pdf", None, "", None),
    ]
    docs[-1].source = SourceFile("privé/x.pdf", 0, "", excluded="privé/*")
    docs[-1].extracted.status = Status.EXCLUDED
    return ScanResult(
        case_dir=tmp_path,
        checklist_id="wia-aanvraag",
        as_of=D(2026, 11, 22),
        first_sick_day=DateFound(D(2025, 1, 13), "gevonden in 3 documenten, o.a. 'PA.pdf'"),
        documents=docs,
        findings=[],
        case=case or CaseFile(),
    )


def test_prefilled_and_loads_again(tmp_path: Path) -> None:
    path = write_case_file(tmp_path, _result(tmp_path), force=False)
    assert path == tmp_path / "dossier.yaml"
    text = path.read_text(encoding="utf-8")
    assert "gevonden in 3 documenten, o.a. 'PA.pdf'" in text
    assert '#   "scan0003.pdf": documentsoort' in text  # unclassified file offered as an override
    assert "privé/x.pdf" not in text  # excluded files are not offered
    case = load_case_file(tmp_path)
    assert case.werknemer.bsn == "123456782"
    assert case.werknemer.naam is None  # unknown: a commented placeholder
    assert case.eerste_ziektedag == D(2025, 1, 13)
    assert case.bedrijfsarts.naam == "A. Arts"
    assert case.casemanager.naam == "P. Jansen"
    assert case.aanvraag_wia is None and case.overrides == {} and case.exclude == ()
    assert not list(tmp_path.glob(".dossier.*"))  # no temp file left behind


def test_never_overwrites_without_force(tmp_path: Path) -> None:
    (tmp_path / "dossier.yaml").write_text("werknemer: {naam: mijn eigen tekst}\n", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        write_case_file(tmp_path, _result(tmp_path), force=False)
    assert info.value.exit_code == ExitCode.OUTPUT
    assert "--force" in info.value.message
    assert "mijn eigen tekst" in (tmp_path / "dossier.yaml").read_text(encoding="utf-8")


def test_force_keeps_existing_facts(tmp_path: Path) -> None:
    case = CaseFile(
        path="dossier.yaml",
        werknemer=Party(naam='J. "Jan" de Vries', bsn="012345672"),
        werkgever=Party(naam="Voorbeeld BV", aard_van_het_bedrijf="Groothandel"),
        aanvraag_wia=D(2026, 10, 12),
        overrides={"scans/a b.pdf": "oordeel_werknemer", "x.pdf": None},
        exclude=("privé/*",),
    )
    (tmp_path / "dossier.yaml").write_text("# old\n", encoding="utf-8")
    write_case_file(tmp_path, _result(tmp_path, case), force=True)
    again = load_case_file(tmp_path)
    assert again.werknemer.naam == 'J. "Jan" de Vries'
    assert again.werknemer.bsn == "012345672"
    assert again.werkgever.aard_van_het_bedrijf == "Groothandel"
    assert again.aanvraag_wia == D(2026, 10, 12)
    assert again.overrides == {"scans/a b.pdf": "oordeel_werknemer", "x.pdf": None}
    assert again.exclude == ("privé/*",)


def test_empty_scan_renders_only_placeholders(tmp_path: Path) -> None:
    result = ScanResult(
        case_dir=tmp_path,
        checklist_id="wia-aanvraag",
        as_of=D(2026, 1, 1),
        first_sick_day=None,
        documents=[],
        findings=[],
    )
    text = render_case_file(result)
    assert "# eerste_ziektedag: 2025-01-13" in text
    (tmp_path / "dossier.yaml").write_text(text, encoding="utf-8")
    assert load_case_file(tmp_path).werknemer == Party()


def test_cli_init_writes_and_refuses_second_time(tmp_path: Path) -> None:
    case_dir = tmp_path / "zaak"
    case_dir.mkdir()
    runner = CliRunner()
    res = runner.invoke(
        cli,
        ["init", str(case_dir), "--as-of", "2026-01-05", "--first-sick-day", "2025-01-13"],
        catch_exceptions=False,
    )
    assert res.exit_code == 0, res.output
    assert load_case_file(case_dir).eerste_ziektedag == D(2025, 1, 13)
    res = runner.invoke(cli, ["init", str(case_dir)], catch_exceptions=False)
    assert res.exit_code == int(ExitCode.OUTPUT)
    res = runner.invoke(cli, ["init", str(case_dir), "--force", "--as-of", "2026-01-05"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert load_case_file(case_dir).eerste_ziektedag == D(2025, 1, 13)  # kept from the first file


def test_cli_init_help_has_example() -> None:
    res = CliRunner().invoke(cli, ["init", "--help"])
    assert res.exit_code == 0
    assert "Voorbeeld" in res.output and "--force" in res.output
