"""wia-dossier batch --case-timeout: a case that hangs is stopped and reported; the rest of the batch finishes.

The hang is real, not simulated inside the batch: one case holds a scanned page (PNG), and ``$TESSERACT``
(the tool's own way to choose the OCR program) points at a stand-in that answers ``--version`` and
``--list-langs`` like Tesseract 5 and then never finishes, as a stuck converter does. That program runs two
processes below the case's worker (batch worker -> extraction worker -> OCR program), so the tests also
prove that the whole tree is killed, not only the worker.

A FIFO named ``x.pdf`` would have been the simplest hang, but the scanner skips everything that is not a
regular file (``scan.py``), so it cannot hang a case; ``test_fifo_does_not_hang_a_case`` pins that down.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw
from test_batch import _assert_scan_v1, _case

from wia_dossier import batch, batch_pool, pipeline
from wia_dossier.batch import BatchOptions, run_batch
from wia_dossier.cli import cli
from wia_dossier.errors import UsageError
from wia_dossier.extractors import ExtractOptions
from wia_dossier.pipeline import ScanOptions

AS_OF = "2025-07-01"
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="fork start method and /proc: Linux")


def _scan_page(folder: Path) -> None:
    img = Image.new("RGB", (1240, 1754), "white")
    ImageDraw.Draw(img).text((100, 100), "Plan van aanpak", fill="black")
    img.save(folder / "scan plan van aanpak.png")


@pytest.fixture
def stuck_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A 'tesseract' that hangs on every image; returns the file where each run writes its process id."""
    pids = tmp_path / "ocr-pids"
    program = tmp_path / "bin" / "tesseract"
    program.parent.mkdir()
    program.write_text(
        "#!/bin/sh\n"
        'case "$1" in\n'
        '  --version) echo "tesseract 5.3.0"; exit 0;;\n'
        "  --list-langs) printf 'List of available languages (3):\\neng\\nnld\\nosd\\n'; exit 0;;\n"
        "esac\n"
        f'echo $$ >> "{pids}"\n'
        "exec sleep 60\n"  # bounded, so a failing test leaves nothing behind for long
    )
    program.chmod(0o755)
    monkeypatch.setenv("TESSERACT", str(program))
    monkeypatch.setenv("WIA_DOSSIER_CACHE", str(tmp_path / "cache"))  # the OCR cache must not answer
    return pids


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """Two cases that hang on OCR ('Traag 1', 'Traag 2') between three quick ones."""
    r = tmp_path / "dossiers"
    _case(r, "Alfa", "2025-04-07", [("Probleemanalyse", "05-05-2025")])
    _case(r, "Bravo", "2024-09-02", [("Probleemanalyse", "30-09-2024"), ("Plan van aanpak", "20-10-2024")])
    _scan_page(_case(r, "Traag 1", "2025-04-07", []))
    _scan_page(_case(r, "Traag 2", "2025-03-03", [("Probleemanalyse", "31-03-2025")]))
    _case(r, "Zulu", "2025-06-02", [])
    return r


def _options(*, jobs: int, case_timeout: float) -> BatchOptions:
    # OCR on, as the CLI has it; the per-file limit (30 s + OCR time) is far above the case limit
    scan = ScanOptions(as_of=dt.date.fromisoformat(AS_OF), extract=ExtractOptions(ocr=True))
    return BatchOptions(scan=scan, jobs=jobs, use_cache=False, case_timeout=case_timeout)


def _gone(pid: int, within: float = 5.0) -> bool:
    """True once ``pid`` has ended (a zombie waiting for init counts as ended)."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            state = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in (b"Z", b"X"):
            return True
        time.sleep(0.05)
    return False


def _check_rows(res: batch.BatchResult, limit: float) -> None:
    by_name = {r.name: r for r in res.rows}
    assert sorted(by_name) == ["Alfa", "Bravo", "Traag 1", "Traag 2", "Zulu"]
    for name in ("Traag 1", "Traag 2"):
        row = by_name[name]
        assert row.timed_out and row.errors == 1 and row.failure
        assert f"langer dan {limit:g} s" in row.failure
        assert f'wia-dossier scan "{row.path.as_posix()}"' in row.failure and "--case-timeout" in row.failure
        assert row.report["findings"][0]["code"] == "case_error"
    # the quick cases are complete, not victims of the slow ones
    assert by_name["Alfa"].failure is None and by_name["Alfa"].documents == 1
    assert by_name["Bravo"].failure is None and by_name["Bravo"].documents == 2
    assert by_name["Zulu"].failure is None and not by_name["Zulu"].errors
    for row in res.rows:
        _assert_scan_v1(row.report)
    assert [r.sort_key() for r in res.rows] == sorted(r.sort_key() for r in res.rows)
    assert res.timed_out == 2 and res.exit_code == 1


@linux_only
def test_hanging_cases_time_out_and_the_rest_finishes(root: Path, stuck_ocr: Path) -> None:
    start = time.monotonic()
    res = run_batch(root, _options(jobs=2, case_timeout=2))
    took = time.monotonic() - start
    _check_rows(res, 2)
    # both hanging cases ran side by side (2 workers): about one limit, far below the 60 s hang
    assert took < 12, took
    pids = [int(p) for p in stuck_ocr.read_text().split()]
    assert len(pids) == 2
    assert all(_gone(pid) for pid in pids), "the hanging OCR program outlived its case"


@linux_only
def test_one_worker_is_replaced_after_each_timeout(root: Path, stuck_ocr: Path) -> None:
    # One worker: were it not replaced after 'Traag 1', 'Traag 2' and 'Zulu' would never run.
    res = run_batch(root, _options(jobs=1, case_timeout=1))
    _check_rows(res, 1)
    assert res.jobs == 1
    assert len(stuck_ocr.read_text().split()) == 2
    # deterministic: the same overview as with two workers (the messages name the same limit)
    par = run_batch(root, _options(jobs=2, case_timeout=1))
    assert [r.report for r in par.rows] == [r.report for r in res.rows]


@linux_only
def test_cli_case_timeout_row_and_exit_code(root: Path, stuck_ocr: Path) -> None:
    start = time.monotonic()
    res = CliRunner().invoke(
        cli, ["batch", str(root), "--as-of", AS_OF, "--no-cache", "--case-timeout", "1.5"], catch_exceptions=False
    )
    took = time.monotonic() - start
    assert res.exit_code == 1, res.output
    assert took < 12, took
    out = res.output
    assert out.count("te traag, gestopt") == 2
    assert "Traag 1: dit dossier duurde langer dan 1,5 s en is gestopt" in out
    assert "(waarvan 2 gestopt na --case-timeout)" in out
    assert "op schema, nog" in out  # Zulu: read in full, no errors, documents still to come
    en = CliRunner().invoke(
        cli,
        ["batch", str(root), "--as-of", AS_OF, "--no-cache", "--case-timeout", "1", "--lang", "en", "--format", "csv"],
        catch_exceptions=False,
    )
    assert en.exit_code == 1
    assert en.output.count("this case took longer than 1 s") == 2 and "--case-timeout" in en.output


@linux_only
def test_hang_in_python_code_times_out(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A hang that is no external program (e.g. a read from a stalled network share): the forked worker
    # inherits this patch.
    real = pipeline.run_scan

    def stall(case_dir: Path, options: ScanOptions) -> Any:
        if Path(case_dir).name == "Alfa":
            time.sleep(60)
        return real(case_dir, options)

    monkeypatch.setattr(pipeline, "run_scan", stall)
    res = run_batch(
        root,
        BatchOptions(scan=ScanOptions(as_of=dt.date.fromisoformat(AS_OF)), jobs=2, use_cache=False, case_timeout=1),
    )
    alfa = next(r for r in res.rows if r.name == "Alfa")
    assert alfa.timed_out and "langer dan 1 s" in (alfa.failure or "")
    assert all(r.failure is None for r in res.rows if r.name != "Alfa")


@linux_only
def test_a_worker_that_dies_costs_only_its_own_case(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.run_scan

    def die(case_dir: Path, options: ScanOptions) -> Any:
        if Path(case_dir).name == "Bravo":
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
        return real(case_dir, options)

    monkeypatch.setattr(pipeline, "run_scan", die)
    res = run_batch(root, BatchOptions(scan=ScanOptions(as_of=dt.date.fromisoformat(AS_OF)), jobs=2, use_cache=False))
    bravo = next(r for r in res.rows if r.name == "Bravo")
    assert bravo.failure and "stopte onverwacht" in bravo.failure and not bravo.timed_out
    assert len(res.rows) == 5
    assert all(r.failure is None for r in res.rows if r.name != "Bravo")


@linux_only
def test_workers_that_cannot_start_end_the_batch_with_rows(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # e.g. the cache folder cannot be opened in the worker: no endless restarts, every case a row
    def broken(use_cache: bool, cache_dir: Path | None) -> None:
        raise RuntimeError("no cache")

    monkeypatch.setattr(batch_pool, "_init_worker", broken)
    start = time.monotonic()
    res = run_batch(root, BatchOptions(scan=ScanOptions(as_of=dt.date.fromisoformat(AS_OF)), jobs=2, use_cache=False))
    assert time.monotonic() - start < 20
    assert len(res.rows) == 5 and all(r.failure and "stopte onverwacht" in r.failure for r in res.rows)
    assert res.exit_code == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_does_not_hang_a_case(tmp_path: Path) -> None:
    folder = _case(tmp_path / "r", "Pijp", "2025-04-07", [("Probleemanalyse", "05-05-2025")])
    os.mkfifo(folder / "x.pdf")  # opening it for reading would block until a writer comes
    start = time.monotonic()
    res = run_batch(
        tmp_path / "r",
        BatchOptions(scan=ScanOptions(as_of=dt.date.fromisoformat(AS_OF)), jobs=1, use_cache=False, case_timeout=30),
    )
    assert time.monotonic() - start < 20
    (row,) = res.rows
    assert row.failure is None and row.documents == 1


def test_zero_means_no_limit_and_runs_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _case(tmp_path / "r", "Alfa", "2025-04-07", [])
    pids: list[int] = []
    real = pipeline.run_scan

    def record(case_dir: Path, options: ScanOptions) -> Any:
        pids.append(os.getpid())
        return real(case_dir, options)

    monkeypatch.setattr(pipeline, "run_scan", record)
    res = run_batch(
        tmp_path / "r",
        BatchOptions(scan=ScanOptions(as_of=dt.date.fromisoformat(AS_OF)), jobs=1, use_cache=False, case_timeout=0),
    )
    assert pids == [os.getpid()] and res.rows[0].failure is None


def test_negative_timeout_is_a_usage_error(tmp_path: Path) -> None:
    _case(tmp_path / "r", "Alfa", "2025-04-07", [])
    with pytest.raises(UsageError, match="--case-timeout"):
        run_batch(tmp_path / "r", BatchOptions(scan=ScanOptions(as_of=dt.date.fromisoformat(AS_OF)), case_timeout=-1))
    res = CliRunner().invoke(cli, ["batch", str(tmp_path / "r"), "--case-timeout", "-1"])
    assert res.exit_code == 2 and "--case-timeout" in res.output


def test_help_documents_the_limit() -> None:
    res = CliRunner().invoke(cli, ["batch", "--help"], catch_exceptions=False)
    text = " ".join(res.output.split())
    assert "--case-timeout SECONDEN" in text and "de andere dossiers gaan door" in text
    assert "0: geen grens" in text and "standaard: 600" in text
