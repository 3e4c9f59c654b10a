"""A second-track plan without a date of its own is dated by the start it gives: that is when the track began."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pdf_helpers import text_pdf

from wia_dossier.pipeline import ScanOptions, run_scan


def test_a_trajectplan_with_only_a_start_is_dated_by_it(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2024-06-03\n", encoding="utf-8")
    text_pdf(
        case / "Trajectplan Werkpad.pdf",
        [
            "Werkpad Re-integratie",
            "Trajectplan 2e spoor",
            "Kandidaat: Petra Wijnstra   BSN: 123456782",
            "Start: 11 juni 2025",
            "Persoonsprofiel en zoekprofiel: administratief werk of klantcontact, 12 uur, regio Heerenveen.",
            "Loopbaancoach: M. Smit, Werkpad Re-integratie",
        ],
        size=10,
    )
    result = run_scan(case, ScanOptions(as_of=dt.date(2025, 9, 1)))
    (plan,) = result.documents
    assert plan.type == "trajectplan_tweede_spoor", plan.reasons
    assert plan.date is not None and plan.date.value == dt.date(2025, 6, 11)
    # the second track began then (week 53), before week 58: not late
    assert not [f for f in result.findings if f.code == "late" and f.type == "trajectplan_tweede_spoor"]
