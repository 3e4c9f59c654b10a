"""A digitally signed PDF is reported: the bundle cannot keep its signature valid."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pikepdf
from fpdf import FPDF

from wia_dossier.pipeline import ScanOptions, run_scan
from wia_dossier.report import to_json_obj


def _pva(path: Path, *, signed: bool) -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=16)
    pdf.text(20, 25, "Plan van aanpak")
    pdf.set_font("helvetica", size=11)
    for i, line in enumerate(
        [
            "Naam werknemer: J. Jansen",
            "BSN: 123456782",
            "Datum: 01-03-2025",
            "Afspraken werkgever en werknemer over re-integratie eigen werk.",
            "Casemanager: P. de Boer",
            "Voor akkoord werkgever en werknemer",
        ]
    ):
        pdf.text(20, 40 + 7 * i, line)
    pdf.output(str(path))
    if not signed:
        return
    with pikepdf.open(path, allow_overwriting_input=True) as doc:
        value = doc.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Sig,
                Filter=pikepdf.Name("/Adobe.PPKLite"),
                SubFilter=pikepdf.Name("/adbe.pkcs7.detached"),
                Contents=pikepdf.String(b"\x00" * 64),
                ByteRange=pikepdf.Array([0, 0, 0, 0]),
            )
        )
        field = doc.make_indirect(
            pikepdf.Dictionary(
                FT=pikepdf.Name.Sig,
                T=pikepdf.String("Handtekening werkgever"),
                V=value,
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                Rect=pikepdf.Array([0, 0, 0, 0]),
                P=doc.pages[0].obj,
            )
        )
        doc.pages[0].obj.Annots = doc.make_indirect(pikepdf.Array([field]))
        doc.Root.AcroForm = doc.make_indirect(pikepdf.Dictionary(Fields=pikepdf.Array([field]), SigFlags=3))
        doc.save(path)


def test_signed_pdf_gets_a_note_unsigned_does_not(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    _pva(case / "pva getekend.pdf", signed=True)
    _pva(case / "pva concept.pdf", signed=False)
    report = to_json_obj(run_scan(case, ScanOptions(as_of=dt.date(2025, 6, 1))))
    signed = [f for f in report["findings"] if f["code"] == "signed"]  # type: ignore[index]
    assert [f["path"] for f in signed] == ["pva getekend.pdf"]
    assert signed[0]["severity"] == "info"
    assert "digitaal ondertekend" in signed[0]["message"] and "los aan" in signed[0]["message"]
