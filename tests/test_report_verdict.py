"""The last line of the text report tells an HR officer where the dossier stands, without contradicting the
findings above it: 'Compleet' only when nothing is missing and nothing is still to come."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from wia_dossier.checklist import load_checklist
from wia_dossier.extractors import ExtractOptions
from wia_dossier.pipeline import ScanOptions, run_scan
from wia_dossier.report import still_to_come, to_text

ROOT = Path(__file__).resolve().parent.parent


def _verdict(case: Path, as_of: dt.date) -> tuple[str, list[str]]:
    result = run_scan(case, ScanOptions(as_of=as_of, extract=ExtractOptions(ocr=True)))  # as the CLI reads scans
    labels = {t.id: t.label("nl") for t in load_checklist().types}
    return to_text(result, labels).strip().splitlines()[-1], still_to_come(result)


def test_no_errors_but_the_employees_view_still_to_come_is_not_complete() -> None:
    verdict, coming = _verdict(ROOT / "tests/findings_holdout3/cases/voor_aanvraag_ow", dt.date(2026, 2, 19))
    assert coming == ["oordeel_werknemer"]
    assert verdict == "Geen fouten, maar nog niet compleet (zie de tijdlijn). Nog te komen: Oordeel werknemer."


def test_an_error_comes_first_and_in_plain_dutch() -> None:
    verdict, _ = _verdict(ROOT / "samples/dossier-de-vries", dt.date(2026, 11, 22))
    assert verdict == "Er ontbreekt geen verplicht document dat nu al nodig is, maar los eerst 1 fout op."


def test_a_missing_document_says_not_complete() -> None:
    verdict, _ = _verdict(ROOT / "samples/dossier-bakker", dt.date(2026, 11, 22))
    assert verdict == "Niet compleet: zie de fouten hierboven."


def test_an_outdated_actueel_oordeel_is_too_old_in_the_timeline_too() -> None:
    # the deadline was met, but the AO is 15 weeks old at the application: the timeline no longer says 'op tijd'
    result = run_scan(
        ROOT / "tests/findings_holdout3/cases/ao_te_oud_ow_mail",
        ScanOptions(as_of=dt.date(2026, 5, 10), extract=ExtractOptions(ocr=True)),
    )
    labels = {t.id: t.label("nl") for t in load_checklist().types}
    timeline = [line for line in to_text(result, labels).splitlines() if line.startswith("  week")]
    [row] = [line for line in timeline if "Actueel oordeel bedrijfsarts " in line]
    assert " te oud " in row and " op tijd " not in row
