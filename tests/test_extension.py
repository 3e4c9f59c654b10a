"""A vrijwillige verlenging (WIA art. 24): UWV's decision moves the deadlines counted back from the wachttijd's end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pdf_helpers import text_pdf

from wia_dossier.pipeline import ScanOptions, run_scan

PERSON = "Naam werknemer: M. Verhoeven   BSN: 123456782"


def _pdf(path: Path, lines: list[str]) -> None:
    text_pdf(path, lines, size=10)


def _case(tmp_path: Path, letter: list[str] | None) -> Path:
    case = tmp_path / "case"
    (case / "UWV").mkdir(parents=True)
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2024-03-04\naanvraag_wia: 2026-06-08\n", encoding="utf-8")
    _pdf(
        case / "Eindevaluatie.pdf",
        [
            "Drukkerij De Kaap B.V.",
            "Eindevaluatie",
            PERSON,
            "Datum: 18-05-2026",
            "Terugblik op twee jaar re-integratie. Aard van het bedrijf: drukkerij. Visie werkgever en werknemer.",
        ],
    )
    if letter is not None:
        _pdf(case / "UWV" / "Brief UWV.pdf", letter)
    return case


DECISION = [
    "UWV",
    "Beslissing op uw verzoek om de loondoorbetaling vrijwillig te verlengen",
    "Betreft: M. Verhoeven   BSN: 123456782",
    "Datum: 27 november 2025",
    "U en uw werknemer hebben ons gevraagd de periode van loondoorbetaling te verlengen.",
    "Wij gaan akkoord met een verlenging van 26 weken.",
    "De wachttijd eindigt daardoor niet op 1 maart 2026, maar op 30 augustus 2026.",
    "Uw werknemer kan de WIA-uitkering aanvragen tot uiterlijk 14 juni 2026.",
    "Namens UWV",
]


def _findings(case: Path) -> list[tuple[str, str]]:
    result = run_scan(case, ScanOptions(as_of=dt.date(2026, 6, 20)))
    return [(f.code, f.message) for f in result.findings]


def test_uwvs_decision_moves_the_application_and_eindevaluatie_deadlines(tmp_path: Path) -> None:
    found = _findings(_case(tmp_path, DECISION))
    assert not [m for c, m in found if c == "late"], found
    (note,) = [m for c, m in found if c == "extension"]
    assert "30-08-2026" in note and "01-03-2026" in note and "26 weken" in note and "WIA art. 24" in note


def test_without_the_decision_the_application_is_late(tmp_path: Path) -> None:
    found = _findings(_case(tmp_path, None))
    assert any(c == "late" and "WIA-aanvraag" in m for c, m in found), found
    assert not [c for c, _ in found if c == "extension"]


def test_a_request_or_a_loonsanctie_moves_nothing(tmp_path: Path) -> None:
    """The employer's request has no decision in it; a loonsanctie follows the RIV check and moves no RIV deadline."""
    loonsanctie = [line.replace("vrijwillig te verlengen", "te verlengen (loonsanctie)") for line in DECISION]
    for letter in (loonsanctie, [line for line in DECISION if "akkoord" not in line and "Beslissing" not in line]):
        case = _case(tmp_path / str(len(letter)), letter)
        found = _findings(case)
        assert any(c == "late" and "WIA-aanvraag" in m for c, m in found), found


def test_the_cover_and_result_give_the_extended_end_of_the_wachttijd(tmp_path: Path) -> None:
    """The cover's 'Einde wachttijd' is the one UWV decided, not first sick day + 104 weeks."""
    extended = run_scan(_case(tmp_path / "a", DECISION), ScanOptions(as_of=dt.date(2026, 6, 20)))
    assert extended.wachttijd_end == dt.date(2026, 8, 30)
    plain = run_scan(_case(tmp_path / "b", None), ScanOptions(as_of=dt.date(2026, 6, 20)))
    assert plain.wachttijd_end == dt.date(2026, 3, 1)  # 04-03-2024 + 104 weeks - 1 day


def test_a_decision_whose_date_ocr_misspelt_still_moves_the_deadlines(tmp_path: Path) -> None:
    """OCR drops the thin last letter of a month ('Datum: 27 novembe 2025' would be hopeless, '28 januar 2026' is
    not): the decision keeps its own date instead of taking 'eindigt niet op 1 maart 2026' from its text, which lay
    after the as-of date and left the decision out."""
    letter = [line.replace("27 november 2025", "28 januar 2026") for line in DECISION]
    result = run_scan(_case(tmp_path, letter), ScanOptions(as_of=dt.date(2026, 2, 10)))
    (decision,) = [d for d in result.documents if d.path == "UWV/Brief UWV.pdf"]
    assert decision.date is not None and decision.date.value == dt.date(2026, 1, 28)
    assert [f.code for f in result.findings if f.code == "extension"] == ["extension"]
