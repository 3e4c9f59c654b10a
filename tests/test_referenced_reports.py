"""Documents one document relies on, and dates labelled with another document's name (findings holdout 5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pdf_helpers import text_pdf

from wia_dossier.pipeline import ScanOptions, run_scan


def _pdf(path: Path, lines: list[str]) -> None:
    text_pdf(path, lines, size=11)


def _case(tmp_path: Path, ev_sentence: str) -> Path:
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2024-04-15\n", encoding="utf-8")
    _pdf(
        case / "trajectplan.pdf",
        [
            "Baanbrekers Re-integratie",
            "Trajectplan tweede spoor",
            "Naam werknemer: P. Smit   BSN: 123456782",
            "Datum: 22-04-2025",
            "Zoekprofiel: administratief werk. Aan het eind volgt een eindrapportage.",
        ],
    )
    _pdf(
        case / "eindevaluatie.pdf",
        ["Eindevaluatie", "Naam werknemer: P. Smit   BSN: 123456782", "Datum: 05-01-2026", ev_sentence],
    )
    return case


def _missing(case: Path) -> list[str]:
    result = run_scan(case, ScanOptions(as_of=dt.date(2026, 1, 30)))
    return [f.message for f in result.findings if f.code == "missing" and f.type == "eindrapportage_tweede_spoor"]


def test_an_eindrapportage_the_eindevaluatie_relies_on_is_missing(tmp_path: Path) -> None:
    case = _case(tmp_path, "Het tweede spoor is afgesloten met de eindrapportage van Baanbrekers van 18-12-2025.")
    found = _missing(case)
    assert len(found) == 1 and "eindevaluatie.pdf" in found[0], found


def test_an_eindrapportage_still_to_come_is_not_missing(tmp_path: Path) -> None:
    """The trajectplan's 'aan het eind volgt een eindrapportage' and a conditional mention ask for nothing yet."""
    case = _case(tmp_path, "Als het traject stopt, volgt een eindrapportage van het bureau.")
    assert _missing(case) == []


def test_a_plan_is_dated_by_its_own_date_not_the_problem_analysis_it_names(tmp_path: Path) -> None:
    """A plan van aanpak form whose only dates are 'Datum probleemanalyse' and 'Datum plan', nothing under the
    signatures: the plan's date is its own, not the one at the top."""
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2024-09-09\n", encoding="utf-8")
    _pdf(
        case / "scan0003.pdf",
        [
            "Zuivelfabriek De Linde B.V.",
            "Plan van aanpak",
            "Werknemer: N. de Vries   BSN: 123456782",
            "Datum probleemanalyse: 14 oktober 2024",
            "Datum plan: 25 oktober 2024",
            "Re-integratiedoel: terugkeer in de eigen functie, 36 uur, via lichte taken.",
            "Activiteiten, wie en wanneer. Casemanager en werknemer evalueren elke vijf weken.",
            "Visie werkgever: terug in de eigen functie. Visie werknemer: rustige opbouw.",
        ],
    )
    result = run_scan(case, ScanOptions(as_of=dt.date(2025, 1, 30)))
    (doc,) = result.documents
    assert doc.type == "plan_van_aanpak", doc.reasons
    assert doc.date is not None and doc.date.value == dt.date(2024, 10, 25), doc.date


def _ad_case(tmp_path: Path, *, with_ad: bool) -> Path:
    case = tmp_path / ("met" if with_ad else "zonder")
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2024-12-02\n", encoding="utf-8")
    _pdf(
        case / "EJE.pdf",
        [
            "Eerstejaarsevaluatie",
            "Naam werknemer: P. Smit   BSN: 123456782",
            "Datum: 10-11-2025",
            "Terugblik op het eerste ziektejaar. Terugkeer in het eigen werk is niet haalbaar.",
        ],
    )
    if with_ad:
        _pdf(
            case / "AD.pdf",
            [
                "Rapportage arbeidsdeskundig onderzoek",
                "Naam werknemer: P. Smit   BSN: 123456782",
                "Datum: 01-12-2025",
                "Arbeidsdeskundige: K. de Wit. Functiebelasting en belastbaarheid; passende arbeid.",
            ],
        )
    return case


def test_no_return_to_own_work_asks_for_a_labour_expert_report(tmp_path: Path) -> None:
    """DOMAIN §8.2: an arbeidsdeskundig rapport when there was no return to own work by week 52 (a warning)."""

    def ad_missing(case: Path) -> list[str]:
        result = run_scan(case, ScanOptions(as_of=dt.date(2026, 3, 5)))
        return [
            f"{f.severity}: {f.message}"
            for f in result.findings
            if f.code == "missing" and f.type == "arbeidsdeskundig_rapport"
        ]

    (found,) = ad_missing(_ad_case(tmp_path, with_ad=False))
    assert found.startswith("warning") and "EJE.pdf" in found and "geen terugkeer in eigen werk" in found
    assert ad_missing(_ad_case(tmp_path, with_ad=True)) == []
