"""Defects a new-user walkthrough found; each test is the user's command and what must happen."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner

from wia_dossier.cli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
AS_OF = "2026-11-22"


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def vries(tmp_path: Path) -> Path:
    case = tmp_path / "dossier"
    shutil.copytree(SAMPLES / "dossier-de-vries", case)
    with (case / "dossier.yaml").open("a", encoding="utf-8") as fh:
        fh.write('exclude: ["overig/Medische*"]\n')
    return case


def test_own_bundle_and_split_files_are_never_read_back(vries: Path, tmp_path: Path) -> None:
    assert _run("build", str(vries), "-o", str(vries / "bundel.pdf"), "--as-of", AS_OF).exit_code == 0
    assert (
        _run(
            "build", str(vries), "-o", str(tmp_path / "b.pdf"), "--as-of", AS_OF, "--split", str(vries / "portaal")
        ).exit_code
        == 0
    )
    report = json.loads(_run("scan", str(vries), "--as-of", AS_OF, "--format", "json").output)
    own = [d for d in report["documents"] if d["path"].startswith(("bundel.", "portaal/"))]
    assert own and all(d["status"] == "excluded" and d["type"] is None for d in own)
    assert not any(f["code"] == "duplicate" and f["path"].startswith("portaal/") for f in report["findings"])


def test_employer_document_with_diagnoses_stays_out_of_the_bundle(vries: Path, tmp_path: Path) -> None:
    (vries / "03 Evaluaties" / "Evaluatie 14 2026-10-05.txt").write_text(
        "Verslag voortgangsgesprek\nNaam werknemer: J. de Vries\nBSN: 295784726\nDatum: 5 oktober 2026\n"
        "Aanwezigen: casemanager en werknemer. Werknemer vertelt over de hernia en de pregabaline 75 mg die de "
        "neurochirurg heeft voorgeschreven. Afspraken nagekomen. Volgend gesprek over zes weken.\n"
        "M. Koster\nHR-adviseur, casemanager\n",
        encoding="utf-8",
    )
    out = tmp_path / "b.pdf"
    result = _run("build", str(vries), "-o", str(out), "--as-of", AS_OF, "--split", str(tmp_path / "split"))
    assert "medische gegevens" in result.output
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(out).pages).lower()
    for word in ("hernia", "pregabaline", "neurochirurg"):
        assert word not in text
    for split in (tmp_path / "split").glob("*.pdf"):
        assert "pregabaline" not in "\n".join(p.extract_text() for p in pypdf.PdfReader(split).pages).lower()


def test_final_cover_does_not_list_left_out_files(vries: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    assert _run("build", str(vries), "-o", str(out), "--as-of", AS_OF).exit_code == 0
    reader = pypdf.PdfReader(out)
    front = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["front_pages"]
    cover = "\n".join(reader.pages[i].extract_text() for i in range(front))
    assert "Loonstrook" not in cover and "Medische informatie J. de Vries" not in cover


@pytest.mark.parametrize("bad", ["same", "proc"])
def test_impossible_outputs_are_exit_4_not_a_crash(vries: Path, tmp_path: Path, bad: str) -> None:
    out = tmp_path / "b.pdf" if bad == "same" else Path("/proc/wia-dossier-test.pdf")
    args = ["build", str(vries), "-o", str(out), "--as-of", AS_OF]
    if bad == "same":
        args += ["--split", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 4, result.output
    assert "onverwachte fout" not in result.output


def test_cover_and_stamps_use_the_detected_employee_without_dossier_yaml(tmp_path: Path) -> None:
    out = tmp_path / "bakker.pdf"
    _run("build", str(SAMPLES / "dossier-bakker"), "-o", str(out), "--as-of", AS_OF, "--draft")
    reader = pypdf.PdfReader(out)
    front = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["front_pages"]
    assert "*****3379" in reader.pages[0].extract_text()
    assert "*****3379" in reader.pages[front].extract_text()  # the stamp on the first document page


def test_old_split_files_are_reported_and_removed_with_force(vries: Path, tmp_path: Path) -> None:
    split = tmp_path / "portaal"
    assert (
        _run("build", str(vries), "-o", str(tmp_path / "a.pdf"), "--as-of", AS_OF, "--split", str(split)).exit_code == 0
    )
    stale = split / "99_oud_document.pdf"
    (split / next(p.name for p in split.glob("01_*.pdf"))).rename(stale)
    for other in split.glob("[0-8]*.pdf"):
        other.unlink()  # as if the earlier bundle held other documents
    mine = split / "eigen notitie.pdf"
    mine.write_bytes(b"%PDF-1.4 not ours")
    result = _run("build", str(vries), "-o", str(tmp_path / "b.pdf"), "--as-of", AS_OF, "--split", str(split))
    assert "99_oud_document.pdf" in result.output and stale.exists()
    _run("build", str(vries), "-o", str(tmp_path / "b.pdf"), "--as-of", AS_OF, "--split", str(split), "--force")
    assert not stale.exists()
    assert mine.exists()  # never removes a file the tool did not make


def test_detected_bsn_is_not_presented_as_coming_from_dossier_yaml() -> None:
    report = json.loads(_run("scan", str(SAMPLES / "dossier-bakker"), "--as-of", AS_OF, "--format", "json").output)
    mismatch = [f["message"] for f in report["findings"] if f["code"] == "bsn_mismatch"]
    assert mismatch and not any("dossier.yaml" in m for m in mismatch)
