"""A letter on UWV's letterhead is UWV's, whichever documents it names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

from wia_dossier.pipeline import ScanOptions, run_scan

LETTER = [
    "UWV",
    "Uitvoeringsinstituut Werknemersverzekeringen",
    "Postbus 57015, 1040 CC Amsterdam",
    "Verzoek om het re-integratieverslag",
    "Datum: 10-09-2025",
    "Ex-werknemer: T. Timmer   BSN: 123456782",
    "Wilt u ons binnen 2 weken het re-integratieverslag sturen?",
    "Het verslag bevat onder meer de probleemanalyse, het plan van aanpak met bijstellingen, de evaluaties,",
    "het actueel oordeel van de bedrijfsarts en de eindevaluatie.",
    "Met vriendelijke groet, UWV, afdeling Ziektewet",
]


def test_uwvs_request_for_the_report_is_a_letter_from_uwv_not_the_actueel_oordeel(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for i, line in enumerate(LETTER):
        pdf.text(20, 20 + 7 * i, line)
    pdf.output(str(case / "brief.pdf"))
    result = run_scan(case, ScanOptions(as_of=dt.date(2025, 9, 22), first_sick_day=dt.date(2025, 5, 12)))
    [doc] = result.documents
    assert doc.type == "uwv_correspondentie", doc.reasons
