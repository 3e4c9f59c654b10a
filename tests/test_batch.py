"""wia-dossier batch: case discovery, urgency order, broken cases, exit code, CSV/JSON/HTML (in a real browser)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fpdf import FPDF

from wia_dossier import batch, pipeline
from wia_dossier.batch import BatchOptions, CaseRow, Deadline, find_cases, run_batch
from wia_dossier.batch_case import pack_report
from wia_dossier.cli import cli
from wia_dossier.errors import UsageError
from wia_dossier.pipeline import ScanOptions

AS_OF = "2025-07-01"
TYPES = {
    "probleemanalyse",
    "bijstelling_probleemanalyse",
    "plan_van_aanpak",
    "bijstelling_plan_van_aanpak",
    "tussentijdse_evaluatie",
    "eerstejaarsevaluatie",
    "actueel_oordeel",
    "eindevaluatie",
    "oordeel_werknemer",
    "medische_informatie",
    "arbeidsdeskundig_rapport",
    "inzetbaarheidsprofiel",
    "trajectplan_tweede_spoor",
    "voortgangsrapportage_tweede_spoor",
    "eindrapportage_tweede_spoor",
    "deskundigenoordeel",
    "ziekmelding_uwv",
    "uwv_correspondentie",
}


def _pdf(path: Path, title: str, body: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=16)
    pdf.text(25, 30, title)
    pdf.set_font("helvetica", size=11)
    for i, line in enumerate(body.splitlines()):
        pdf.text(25, 45 + 7 * i, line)
    pdf.output(str(path))


def _case(root: Path, name: str, d0: str | None, docs: list[tuple[str, str]], yaml_text: str | None = None) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "dossier.yaml").write_text(
        yaml_text if yaml_text is not None else f"eerste_ziektedag: {d0}\n", encoding="utf-8"
    )
    for i, (title, date) in enumerate(docs, start=1):
        _pdf(
            folder / f"{i:02d} {title}.pdf",
            title,
            f"Datum: {date}\nNaam werknemer: {name}\nOpgesteld door werkgever en werknemer.",
        )
    return folder


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four cases: two real ones, one with a broken dossier.yaml, one empty; plus a folder that is no case."""
    r = tmp_path_factory.mktemp("dossiers")
    _case(r, "Alfa", "2025-04-07", [("Probleemanalyse", "05-05-2025")])  # week 13: plan van aanpak due soon
    _case(
        r / "team noord", "Bravo", "2024-09-02", [("Probleemanalyse", "30-09-2024"), ("Plan van aanpak", "20-10-2024")]
    )
    _case(r, "Kapot", None, [], yaml_text="eerste_ziektedag: [2025-01-01\n  werknemer: {naam: x\n")
    _case(r, "Leeg", "2025-06-02", [])
    (r / "geen dossier").mkdir()
    _pdf(r / "geen dossier" / "losse brief.pdf", "Brief", "Datum: 01-01-2025")
    (r / ".verborgen").mkdir()
    (r / ".verborgen" / "dossier.yaml").write_text("eerste_ziektedag: 2025-01-01\n")
    return r


def _options(**kw: Any) -> BatchOptions:
    return BatchOptions(scan=ScanOptions(as_of=dt.date.fromisoformat(AS_OF)), use_cache=False, **kw)


@pytest.fixture(scope="module")
def result(root: Path) -> batch.BatchResult:
    return run_batch(root, _options(jobs=1))


def test_finds_cases_by_dossier_yaml(root: Path) -> None:
    cases, unreadable = find_cases(root)
    assert [c.relative_to(root).as_posix() for c in cases] == ["Alfa", "Kapot", "Leeg", "team noord/Bravo"]
    assert unreadable == []
    by_depth, _ = find_cases(root, depth=1)
    assert [c.name for c in by_depth] == ["Alfa", "Kapot", "Leeg", "geen dossier", "team noord"]


def test_folder_with_documents_but_no_dossier_yaml_is_named(root: Path) -> None:
    """'geen dossier' holds a PDF but no dossier.yaml: the user is told it was left out, and how to include it."""
    assert [p.name for p in batch.folders_left_out(root, find_cases(root)[0])] == ["geen dossier"]
    res = _run([str(root), "--as-of", AS_OF, "--no-cache", "--format", "json"])
    assert "1 map zonder dossier.yaml niet meegenomen: geen dossier" in res.stderr
    assert "--depth 1" in res.stderr
    assert "niet meegenomen" not in _run([str(root), "--as-of", AS_OF, "--no-cache", "--depth", "1"]).stderr


def test_root_without_cases_says_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    with pytest.raises(UsageError, match="--depth 1"):
        find_cases(tmp_path)
    with pytest.raises(UsageError, match="wia-dossier scan"):
        _case(tmp_path, "self", "2025-01-01", [])
        find_cases(tmp_path / "self")


def test_sorted_by_urgency_and_broken_case_reported(result: batch.BatchResult) -> None:
    names = [r.name for r in result.rows]
    assert sorted(names) == ["Alfa", "Kapot", "Leeg", "team noord/Bravo"]
    keys = [r.sort_key() for r in result.rows]
    assert keys == sorted(keys)
    kapot = next(r for r in result.rows if r.name == "Kapot")
    assert kapot.failure and "dossier.yaml" in kapot.failure and kapot.errors == 1
    assert kapot.report["findings"][0]["code"] == "case_error"
    leeg = next(r for r in result.rows if r.name == "Leeg")
    assert leeg.failure is None and leeg.documents == 0 and leeg.week == 5
    # every case with an error comes before every case without one
    flags = [bool(r.errors) for r in result.rows]
    assert flags == sorted(flags, reverse=True)
    assert result.exit_code == 1
    alfa = next(r for r in result.rows if r.name == "Alfa")
    assert alfa.deadline is not None and alfa.deadline.due >= result.as_of


def test_sort_key_errors_then_deadline_then_name() -> None:
    def row(name: str, errors: int, due: str | None) -> CaseRow:
        d = Deadline("x", dt.date.fromisoformat(due), 1, 0) if due else None
        return CaseRow(name=name, path=Path(name), packed=pack_report({}), errors=errors, deadline=d)

    rows = [
        row("d", 0, "2025-01-05"),
        row("c", 2, None),
        row("b", 1, "2025-03-01"),
        row("a", 0, "2025-01-05"),
        row("e", 0, None),
        row("f", 1, "2025-02-01"),
    ]
    assert [r.name for r in sorted(rows, key=CaseRow.sort_key)] == ["f", "b", "c", "a", "d", "e"]


def test_parallel_gives_the_same_overview(root: Path, result: batch.BatchResult) -> None:
    par = run_batch(root, _options(jobs=2))
    assert par.jobs == 2
    assert [r.report for r in par.rows] == [r.report for r in result.rows]


def test_a_crash_in_one_case_is_a_row(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.run_scan

    def flaky(case_dir: Path, options: ScanOptions) -> Any:
        if Path(case_dir).name == "Alfa":
            raise ZeroDivisionError("boom")
        return real(case_dir, options)

    monkeypatch.setattr(pipeline, "run_scan", flaky)
    res = run_batch(root, _options(jobs=1))
    alfa = next(r for r in res.rows if r.name == "Alfa")
    assert alfa.failure and "ZeroDivisionError" in alfa.failure and "wia-dossier scan" in alfa.failure
    assert len(res.rows) == 4


def _run(args: list[str]) -> Any:
    return CliRunner().invoke(cli, ["batch", *args], catch_exceptions=False)


def test_cli_text_table_and_exit_code(root: Path) -> None:
    res = _run([str(root), "--as-of", AS_OF, "--no-cache"])
    assert res.exit_code == 1
    out = res.output
    for name in ("Alfa", "team noord/Bravo", "Kapot", "Leeg"):
        assert name in out
    assert "Volgende termijn" in out and "nog " in out
    assert "Kapot: dossier.yaml is ongeldig" in out
    assert "4 dossiers op 01-07-2025" in out


def test_cli_new_case_is_on_track_not_ready_exit_0(tmp_path: Path) -> None:
    # a brand-new case (week 1) has nothing due yet: no errors, exit 0, but it is not ready to send
    # either: its documents are still to come
    _case(tmp_path, "Nieuw", "2025-06-30", [])
    res = _run([str(tmp_path), "--as-of", AS_OF, "--no-cache"])
    assert res.exit_code == 0, res.output
    assert "op schema, nog 7 stukken" in res.output
    assert "0 met fouten, 0 klaar om te versturen" in res.output


def test_cli_csv_parses(root: Path) -> None:
    # --lang en: a standard comma CSV (the Dutch-Excel flavour is tested in test_batch_csv.py)
    res = _run([str(root), "--as-of", AS_OF, "--no-cache", "--format", "csv", "--lang", "en"])
    assert not res.stdout_bytes.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))  # notes go to stderr
    assert [r["case"] for r in rows][0:1] and {r["case"] for r in rows} == {"Alfa", "Kapot", "Leeg", "team noord/Bravo"}
    assert tuple(rows[0].keys()) == batch.CSV_COLUMNS
    kapot = next(r for r in rows if r["case"] == "Kapot")
    assert kapot["status"] == "failed" and "dossier.yaml" in kapot["message"]
    alfa = next(r for r in rows if r["case"] == "Alfa")
    dt.date.fromisoformat(alfa["next_deadline_date"])
    assert int(alfa["days_left"]) >= 0


def _assert_scan_v1(obj: dict[str, Any]) -> None:
    """CONTRACT.md, schema wia-dossier.scan/1: listed keys with their types and enums."""
    assert obj["schema"] == "wia-dossier.scan/1"
    assert isinstance(obj["case_dir"], str) and isinstance(obj["checklist"], str)
    dt.date.fromisoformat(obj["as_of"])
    assert obj["first_sick_day"] is None or dt.date.fromisoformat(obj["first_sick_day"])
    for d in obj["documents"]:
        assert isinstance(d["path"], str) and "\\" not in d["path"]
        assert d["type"] is None or d["type"] in TYPES
        assert 0 <= d["confidence"] <= 1
        assert d["date"] is None or dt.date.fromisoformat(d["date"])
        assert isinstance(d["pages"], int)
        assert d["status"] in {"ok", "encrypted", "unreadable", "empty", "unsupported", "excluded"}
        assert isinstance(d["reasons"], list)
    for f in obj["findings"]:
        assert isinstance(f["code"], str) and f["severity"] in {"error", "warning", "info"}
        assert f["type"] is None or isinstance(f["type"], str)
        assert f["path"] is None or isinstance(f["path"], str)
        assert isinstance(f["message"], str) and f["message"]
    s = obj["summary"]
    assert s["documents"] == len(obj["documents"])
    assert s["errors"] == sum(1 for f in obj["findings"] if f["severity"] == "error")
    assert s["warnings"] == sum(1 for f in obj["findings"] if f["severity"] == "warning")
    assert isinstance(s["complete"], bool)


def test_cli_json_lines_validate(root: Path, result: batch.BatchResult) -> None:
    res = _run([str(root), "--as-of", AS_OF, "--no-cache", "--format", "json"])
    lines = res.stdout.splitlines()  # notes go to stderr
    assert len(lines) == 4
    objs = [json.loads(line) for line in lines]
    for obj in objs:
        _assert_scan_v1(obj)
    # exactly report.to_json_obj, in urgency order
    assert objs == [r.report for r in result.rows]


def test_first_sick_day_and_password_rejected(root: Path) -> None:
    res = CliRunner().invoke(cli, ["batch", str(root), "--first-sick-day", "2025-01-01"])
    assert res.exit_code == 2 and "eerste_ziektedag" in res.output
    res = CliRunner().invoke(cli, ["batch", str(root), "--password", "a.pdf=x"])
    assert res.exit_code == 2 and "wia-dossier scan" in res.output


def test_bad_checklist_stops_the_batch_once(root: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: wia-dossier.checklist/1\nid: x\ntypes: 3\n")
    res = CliRunner().invoke(cli, ["batch", str(root), "--checklist", str(bad), "--no-cache"])
    assert res.exit_code == 3, res.output


def test_output_never_inside_a_case(root: Path) -> None:
    res = CliRunner().invoke(cli, ["batch", str(root), "--no-cache", "-o", str(root / "Alfa" / "x.html")])
    assert res.exit_code == 4 and "dossiermap" in res.output
    assert not (root / "Alfa" / "x.html").exists()


def test_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    _case(tmp_path / "r", "<b>Evil</b> & Co", "2025-04-07", [])
    res = run_batch(tmp_path / "r", _options(jobs=1))
    html = batch.to_html(res)
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in html and "<b>Evil</b>" not in html
    low = html.lower()
    assert "<script" not in low and "http://" not in low and "https://" not in low
    assert "<link" not in low and "@import" not in low and "src=" not in low
    assert "Legenda" in html


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail(
        "Chromium is niet geïnstalleerd; deze test opent het HTML-overzicht in een echte browser. "
        "Installeer het met: sudo apt-get install -y chromium  (dat doet .ci/run ook)."
    )


def _chromium_args(user_dir: str) -> list[str]:
    return [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={user_dir}",
    ]


@pytest.mark.slow
def test_html_overview_in_real_chromium(root: Path, tmp_path: Path) -> None:
    page = tmp_path / "overzicht.html"
    res = _run([str(root), "--as-of", AS_OF, "--no-cache", "--format", "html", "-o", str(page)])
    assert res.exit_code == 1 and page.exists()
    expected = run_batch(root, _options(jobs=1))
    with tempfile.TemporaryDirectory() as profile:
        env = {**os.environ, "HOME": profile}
        dom = subprocess.run(
            [*_chromium_args(profile), "--dump-dom", page.as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )
        assert dom.returncode == 0, dom.stderr[-2000:]
        shot = tmp_path / "overzicht.png"
        subprocess.run(
            [*_chromium_args(profile), "--window-size=1400,1000", f"--screenshot={shot}", page.as_uri()],
            capture_output=True,
            timeout=120,
            env=env,
            check=False,
        )
    text = dom.stdout
    assert "Overzicht re-integratiedossiers" in text
    for row in expected.rows:
        assert row.name in text
        if row.deadline:
            assert row.deadline.due.strftime("%d-%m-%Y") in text
            assert row.deadline.label in text
    # the browser kept the urgency order
    positions = [text.index(f'<span class="case">{r.name}</span>') for r in expected.rows]
    assert positions == sorted(positions)
    assert "klaar om te versturen" in text or expected.cases_with_errors == len(expected.rows)
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_output_name_chooses_the_format_when_none_is_given(root: Path, tmp_path: Path) -> None:
    # '-o overzicht.html' without --format: the HTML page, not the terminal table in a .html file
    out = tmp_path / "overzicht.html"
    res = _run([str(root), "--as-of", AS_OF, "--no-cache", "-o", str(out)])
    assert res.exit_code in (0, 1), res.output
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    csv_out = tmp_path / "overzicht.csv"
    _run([str(root), "--as-of", AS_OF, "--no-cache", "-o", str(csv_out), "--lang", "en"])
    assert csv_out.read_text(encoding="utf-8").startswith("case,")
