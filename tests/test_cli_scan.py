"""`wia-dossier scan` as a user runs it: exit codes, the JSON contract, determinism, and an untouched case folder."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from fpdf import FPDF

from wia_dossier.cli import cli

DOC_KEYS = {"path", "type", "confidence", "date", "pages", "status", "reasons"}
FINDING_KEYS = {"code", "severity", "type", "path", "message"}


def _pdf(path: Path, lines: list[str]) -> None:
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


@pytest.fixture
def case(tmp_path: Path) -> Path:
    d = tmp_path / "dossier"
    _pdf(
        d / "01 PA" / "PA bedrijfsarts.pdf",
        [
            "Arbodienst Noorderlicht",
            "Probleemanalyse",
            "Naam werknemer: K. Visser   BSN: 111222333",
            "Eerste ziektedag: 6 januari 2025",
            "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: geen zwaar tillen.",
            "Prognose: herstel binnen enkele maanden verwacht. Advies aan werkgever en werknemer: opbouw in eigen werk.",
            "Datum: 3 februari 2025",
            "M. Bakker, bedrijfsarts, BIG-nummer 19012345601",
        ],
    )
    _pdf(
        d / "scan0003.pdf",
        [
            "Plan van aanpak",
            "Naam werknemer: K. Visser   BSN: 111222333",
            "Re-integratiedoel: terugkeer in eigen werk. Casemanager: R. de Wit.",
            "Visie werkgever: opbouw in uren. Visie werknemer: eens met de opbouw.",
            "Evaluatiemomenten: elke zes weken.",
            "Datum: 14 februari 2025",
            "Handtekening werkgever:            Handtekening werknemer:",
        ],
    )
    _pdf(
        d / "overig" / "loonstrook jan.pdf",
        [
            "Loonstrook januari 2025",
            "Bruto loon  3.100,00",
            "Loonheffing ingehouden 700,00",
            "Netto loon 2.400,00",
            "Vakantiegeld 8%",
        ],
    )
    return d


def _tree_state(root: Path) -> dict[str, tuple[str, int]]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file():
            st = p.stat()
            out[p.relative_to(root).as_posix()] = (hashlib.sha256(p.read_bytes()).hexdigest(), st.st_mtime_ns)
    return out


def _scan(case: Path, *args: str) -> tuple[int, str]:
    r = CliRunner().invoke(cli, ["scan", str(case), "--as-of", "2025-04-01", *args], catch_exceptions=False)
    return r.exit_code, r.output


def test_json_matches_contract_and_is_deterministic(case: Path) -> None:
    code1, out1 = _scan(case, "--format", "json")
    code2, out2 = _scan(case, "--format", "json")
    assert out1 == out2
    report = json.loads(out1)
    assert report["schema"] == "wia-dossier.scan/1"
    assert report["as_of"] == "2025-04-01"
    assert report["first_sick_day"] == "2025-01-06"
    assert report["checklist"] == "wia-aanvraag"
    for doc in report["documents"]:
        assert DOC_KEYS <= set(doc)
        assert 0.0 <= doc["confidence"] <= 1.0
        assert doc["status"] in {"ok", "encrypted", "unreadable", "empty", "unsupported", "excluded"}
    for f in report["findings"]:
        assert FINDING_KEYS <= set(f)
        assert f["severity"] in {"error", "warning", "info"}
    by_path = {d["path"]: d for d in report["documents"]}
    assert by_path["01 PA/PA bedrijfsarts.pdf"]["type"] == "probleemanalyse"
    assert by_path["01 PA/PA bedrijfsarts.pdf"]["date"] == "2025-02-03"
    assert by_path["scan0003.pdf"]["type"] == "plan_van_aanpak"
    assert by_path["overig/loonstrook jan.pdf"]["type"] is None
    assert set(report["summary"]) >= {"documents", "errors", "warnings", "complete"}
    assert report["summary"]["documents"] == 3
    assert code1 == (1 if report["summary"]["errors"] else 0)


def test_every_document_explains_itself(case: Path) -> None:
    _, out = _scan(case, "--format", "json")
    for doc in json.loads(out)["documents"]:
        assert doc["reasons"], doc["path"]


def test_case_folder_untouched_by_scan(case: Path) -> None:
    before = _tree_state(case)
    for fmt in ("text", "json", "markdown"):
        _scan(case, "--format", fmt)
    assert _tree_state(case) == before
    assert sorted(os.listdir(case)) == ["01 PA", "overig", "scan0003.pdf"]


def test_text_report_in_dutch_and_english(case: Path) -> None:
    _, nl = _scan(case)
    assert "Documenten (3)" in nl and "Bevindingen" in nl and "Probleemanalyse" in nl
    _, en = _scan(case, "--lang", "en")
    assert "Documents (3)" in en and "Findings" in en and "Problem analysis" in en


def test_markdown_report(case: Path) -> None:
    _, md = _scan(case, "--format", "markdown")
    assert md.startswith("# Dossiercontrole")
    assert "| scan0003.pdf | Plan van aanpak |" in md


def test_missing_case_dir_is_usage_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["scan", str(tmp_path / "bestaat-niet")])
    assert r.exit_code == 2
    assert "bestaat niet" in r.output


def test_bad_date_option_is_usage_error(case: Path) -> None:
    r = CliRunner().invoke(cli, ["scan", str(case), "--as-of", "1 april 2025"])
    assert r.exit_code == 2
    assert "JJJJ-MM-DD" in r.output and "DD-MM-JJJJ" in r.output


def test_invalid_case_file_exit_3_names_key_and_line(case: Path) -> None:
    (case / "dossier.yaml").write_text(
        "werknemer: {naam: 'K. Visser'}\neerste_ziekedag: 2025-01-06\n", encoding="utf-8"
    )
    r = CliRunner().invoke(cli, ["scan", str(case), "--as-of", "2025-04-01"])
    assert r.exit_code == 3
    assert "dossier.yaml" in r.output and "eerste_ziekedag" in r.output and "eerste_ziektedag" in r.output
    assert "2" in r.output  # line 2


def test_user_checklist_error_exit_3(case: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bureau.yaml"
    bad.write_text("schema: wia-dossier.checklist/1\nid: x\nlabel: {nl: x}\ntypes: []\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["scan", str(case), "--checklist", str(bad)])
    assert r.exit_code == 3
    assert "bureau.yaml" in r.output


def test_override_in_case_file_beats_classifier(case: Path) -> None:
    (case / "dossier.yaml").write_text(
        'eerste_ziektedag: 2025-01-06\noverrides:\n  "overig/loonstrook jan.pdf": uwv_correspondentie\n',
        encoding="utf-8",
    )
    _, out = _scan(case, "--format", "json")
    doc = {d["path"]: d for d in json.loads(out)["documents"]}["overig/loonstrook jan.pdf"]
    assert doc["type"] == "uwv_correspondentie"
    assert doc["confidence"] == 1.0
    assert "dossier.yaml" in doc["reasons"][0]


def test_exclude_in_case_file(case: Path) -> None:
    (case / "dossier.yaml").write_text('exclude: ["overig/*"]\n', encoding="utf-8")
    _, out = _scan(case, "--format", "json")
    doc = {d["path"]: d for d in json.loads(out)["documents"]}["overig/loonstrook jan.pdf"]
    assert doc["status"] == "excluded"
    assert doc["type"] is None


def test_language_changes_words_not_results(case: Path) -> None:
    _, nl = _scan(case, "--format", "json")
    _, en = _scan(case, "--format", "json", "--lang", "en")
    pick = lambda out: [(d["path"], d["type"], d["confidence"], d["date"]) for d in json.loads(out)["documents"]]  # noqa: E731
    assert pick(nl) == pick(en)
    codes = lambda out: sorted((f["code"], f["severity"], f["path"] or "") for f in json.loads(out)["findings"])  # noqa: E731
    assert codes(nl) == codes(en)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["scna", "x"], "Onbekende opdracht 'scna'. Bedoelde u 'scan'?"),
        (["scan"], "Het argument CASE_DIR ontbreekt."),
        (["scan", "x", "--format", "xml"], "is geen van"),
    ],
)
def test_usage_errors_in_dutch_from_the_console_script(args: list[str], expected: str) -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "wia_dossier", *args], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert expected in proc.stderr
    assert "Gebruik:" in proc.stderr and "Usage:" not in proc.stderr


def test_as_of_as_the_report_writes_dates_and_a_date_that_does_not_exist(tmp_path: Path) -> None:
    # the reports show 22-11-2026; a user who copies that into --as-of gets the same result as 2026-11-22
    case = tmp_path / "leeg"
    case.mkdir()
    iso = CliRunner().invoke(cli, ["scan", str(case), "--as-of", "2026-11-22", "--format", "json"])
    dmy = CliRunner().invoke(cli, ["scan", str(case), "--as-of", "22-11-2026", "--format", "json"])
    assert json.loads(iso.output)["as_of"] == json.loads(dmy.output)["as_of"] == "2026-11-22"
    bad = CliRunner().invoke(cli, ["scan", str(case), "--as-of", "30-02-2026"])
    assert bad.exit_code == 2 and "dag 30 van maand 2 in 2026 bestaat niet" in bad.output
