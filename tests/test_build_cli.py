"""``wia-dossier build``: exit codes, refusal, --draft, --force, --split (scan replaced by a hand-made result)."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest
from build_fixtures import checklist, make_case
from click.testing import CliRunner

from wia_dossier.cli import cli


@pytest.fixture()
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def setup(*, error: bool = False):
        case_dir, result = make_case(tmp_path, with_docx=False, error=error)
        monkeypatch.setattr("wia_dossier.pipeline.run_scan", lambda case_dir, options: result)
        monkeypatch.setattr("wia_dossier.checklist.load_checklist", lambda name=None: checklist())
        monkeypatch.setattr("wia_dossier.cli.emit_report", lambda *a, **k: None)
        monkeypatch.setattr("wia_dossier.cli_build.emit_report", lambda *a, **k: None)
        return case_dir

    return setup


def _run(*args: str):
    return CliRunner().invoke(cli, ["build", *args, "--as-of", "2026-11-22"], catch_exceptions=False)


def test_build_writes_pdf_and_sidecar(case, tmp_path: Path) -> None:
    case_dir = case()
    out = tmp_path / "b.pdf"
    r = _run(str(case_dir), "-o", str(out))
    assert r.exit_code == 0, r.output
    assert len(pypdf.PdfReader(out).pages) > 2
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["pages"] == len(pypdf.PdfReader(out).pages)
    assert "Bundel geschreven" in r.output


def test_errors_refuse_with_exit_1_and_write_nothing(case, tmp_path: Path) -> None:
    case_dir = case(error=True)
    r = _run(str(case_dir), "-o", str(tmp_path / "b.pdf"))
    assert r.exit_code == 1
    assert "--draft" in r.output
    assert not (tmp_path / "b.pdf").exists() and not (tmp_path / "b.json").exists()


def test_draft_writes_but_still_exits_1(case, tmp_path: Path) -> None:
    case_dir = case(error=True)
    r = _run(str(case_dir), "-o", str(tmp_path / "b.pdf"), "--draft")
    assert r.exit_code == 1
    assert all("CONCEPT" in p.extract_text() for p in pypdf.PdfReader(tmp_path / "b.pdf").pages)


def test_existing_out_without_force_is_exit_4(case, tmp_path: Path) -> None:
    case_dir = case()
    (tmp_path / "b.pdf").write_bytes(b"old")
    r = _run(str(case_dir), "-o", str(tmp_path / "b.pdf"))
    assert r.exit_code == 4 and "--force" in r.output
    assert (tmp_path / "b.pdf").read_bytes() == b"old"
    r = _run(str(case_dir), "-o", str(tmp_path / "b.pdf"), "--force")
    assert r.exit_code == 0


def test_unwritable_output_folder_is_exit_4(case, tmp_path: Path) -> None:
    case_dir = case()
    r = _run(str(case_dir), "-o", str(tmp_path / "nope" / "b.pdf"))
    assert r.exit_code == 4


def test_split_writes_one_pdf_per_document(case, tmp_path: Path) -> None:
    case_dir = case()
    r = _run(str(case_dir), "-o", str(tmp_path / "b.pdf"), "--split", str(tmp_path / "portaal"))
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in (tmp_path / "portaal").iterdir())
    assert "01_probleemanalyse_2025-02-20.pdf" in names
    assert not any("medisch" in n or "medische" in n for n in names)


def test_template_dir_and_full_bsn(case, tmp_path: Path) -> None:
    case_dir = case()
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "style.css").write_text("html { font-family: serif; }", encoding="utf-8")
    r = _run(str(case_dir), "-o", str(tmp_path / "b.pdf"), "--template-dir", str(tpl), "--full-bsn")
    assert r.exit_code == 0, r.output
    assert "123456782" in pypdf.PdfReader(tmp_path / "b.pdf").pages[0].extract_text()


def test_help_has_example() -> None:
    r = CliRunner().invoke(cli, ["build", "--help"])
    assert r.exit_code == 0
    assert "Voorbeeld:" in r.output and "--draft" in r.output and "--split" in r.output
