"""A medical page beyond the pages the scan reads never reaches the bundle."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner
from fpdf import FPDF
from pdf_helpers import pdf_text

from wia_dossier.build import BuildOptions, run_build
from wia_dossier.checklist import load_checklist
from wia_dossier.cli import cli
from wia_dossier.pipeline import ScanOptions, run_scan

AS_OF = dt.date(2025, 6, 1)


def _pva(path: Path, pages: int, medical_on: int | None) -> None:
    """A plan van aanpak of ``pages`` pages; page ``medical_on`` (1-based) names a diagnosis and medication."""
    pdf = FPDF(format="A4")
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        lines = [f"Plan van aanpak - pagina {n}", "Naam werknemer: J. Jansen   BSN: 123456782"]
        if n == 1:
            lines += [
                "Datum: 01-03-2025",
                "Afspraken werkgever en werknemer over re-integratie in eigen werk.",
                "Casemanager: P. de Boer",
            ]
        if n == medical_on:
            lines += ["Diagnose: depressie; behandeling bij de psychiater.", "Medicatie: sertraline 50 mg."]
        else:
            lines += ["Werkzaamheden en uren worden elke twee weken besproken."]
        for i, line in enumerate(lines):
            pdf.text(20, 25 + 7 * i, line)
    pdf.output(str(path))


@pytest.fixture
def case(tmp_path: Path) -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "dossier.yaml").write_text("eerste_ziektedag: 2025-02-03\n", encoding="utf-8")
    _pva(folder / "pva lang.pdf", pages=9, medical_on=5)  # the scan reads pages 1-3 and 8-9
    _pva(folder / "pva kort.pdf", pages=9, medical_on=None)
    return folder


def test_scan_reads_first_and_last_pages_only(case: Path) -> None:
    result = run_scan(case, ScanOptions(as_of=AS_OF))
    assert not [f for f in result.findings if f.code == "medical_data"]  # page 5 is not read by a scan


def test_build_checks_every_page_and_leaves_the_document_out(case: Path, tmp_path: Path) -> None:
    result = run_scan(case, ScanOptions(as_of=AS_OF))
    out = tmp_path / "bundel.pdf"
    built = run_build(result, load_checklist(), out, BuildOptions(draft=True, soffice=None))
    medical = [f for f in result.findings if f.code == "medical_data"]
    assert [(f.path, f.page) for f in medical] == [("pva lang.pdf", 5)]
    assert not {"depressie", "sertraline", "psychiater"} & set(medical[0].message.lower().split())
    assert [d.rel for d in built.documents] == ["pva kort.pdf"]
    text = pdf_text(out).lower()
    assert "sertraline" not in text and "depressie" not in text
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == built.pages


def test_cli_build_reports_the_page(case: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(
        cli, ["build", str(case), "-o", str(tmp_path / "b.pdf"), "--draft", "--as-of", AS_OF.isoformat()]
    )
    assert res.exit_code in (0, 1), res.output
    assert "'pva lang.pdf' lijkt medische gegevens te bevatten (pagina 5" in res.output
    assert "sertraline" not in pdf_text(tmp_path / "b.pdf").lower()
