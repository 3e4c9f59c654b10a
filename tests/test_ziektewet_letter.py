"""Ziektewet (ziek uit dienst): UWV's letter asking for the re-integratieverslag dates the verslag.

UWV asks the former employer by letter for the re-integratieverslag; the employer uploads it within 2 weeks of
that letter (DOMAIN §2.3, UWV "Het re-integratieverslag indienen voor de aanvraag Ziektewet-uitkering"). With
`--checklist ziektewet-riv` and no `aanvraag_wia` in dossier.yaml, the actueel oordeel, the eindevaluatie and the
oordeel werknemer are due by the letter's deadline (an explicit "uiterlijk <datum>" in the letter, else 2 weeks
after it), not by week 104. Without such a letter nothing changes.

One fictional employee, written with samples/docgen.py. D0 = Monday 3 March 2025 (week n ends D0 + 7n - 1;
week 104 ends 28 February 2027). The fixed-term contract ends on 27 June 2025 (week 17), so a full verslag is
needed (10 weeks or more). PA 7 April (week 6), PvA 16 April, one evaluation 22 May, eindevaluatie 26 June (the
last working day), oordeel werknemer 15 July. The actueel oordeel is missing unless a test adds it.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from wia_dossier.model import ScanResult, Severity
from wia_dossier.pipeline import ScanOptions, run_scan
from wia_dossier.report import complete, to_json_obj, to_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "samples"))
from docgen import (
    Bullets,
    Fields,
    Heading,
    Para,
    Sig,
    Signatures,
    Style,
    Title,
    bsn_valid,
    write_pdf,
)

D = dt.date
D0 = D(2025, 3, 3)
WEEK_104 = D0 + dt.timedelta(days=7 * 104 - 1)
BSN = "569030729"
NAME = "M. Verbeek"
LETTER_PATH = "UWV/Verzoek re-integratieverslag.pdf"

EMPLOYER = Style("zw-emp", "Bakkerij De Korenschoof BV", ("Molenweg 12, 8011 AB Zwolle-Zuid",), font="sans")
ARBO = Style("zw-arbo", "Arbo IJsselland", ("Postbus 1201, 8001 BE Zwolle-Zuid",), font="serif")
UWV = Style("zw-uwv", "UWV", ("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 57015, 1040 CC Amsterdam"))

PERSON = [
    ("Werknemer", f"de heer {NAME}"),
    ("BSN", BSN),
    ("Functie", "Broodbakker, 32 uur per week"),
    ("Werkgever", "Bakkerij De Korenschoof BV"),
    ("Eerste ziektedag", "03-03-2025"),
]


def _both(day: str) -> Signatures:
    return Signatures(
        [
            Sig("Werkgever", "H. Dijkman", "HR-adviseur, casemanager", day),
            Sig("Werknemer", NAME, "Broodbakker", day),
        ]
    )


def _letter_within_two_weeks() -> list[Any]:
    return [
        Title("Verzoek om het re-integratieverslag", sub="Ziektewet, ziek uit dienst"),
        Fields(
            [("Datum", "10-07-2025"), ("Werkgever", "Bakkerij De Korenschoof BV"), ("Ex-werknemer", NAME), ("BSN", BSN)]
        ),
        Para(
            "Uw ex-werknemer was ziek toen het dienstverband op 27-06-2025 eindigde en heeft een"
            " Ziektewet-uitkering aangevraagd. Wilt u ons binnen 2 weken na de datum van deze brief het"
            " re-integratieverslag sturen? Upload het verslag in het werkgeversportaal."
        ),
        Para("Met vriendelijke groet,\nUWV, afdeling Ziektewet"),
    ]


def _letter_with_date() -> list[Any]:
    return [
        Title("Verzoek om het re-integratieverslag", sub="Ziektewet, ziek uit dienst"),
        Fields(
            [
                ("Datum", "10-07-2025"),
                ("Werkgever", "Bakkerij De Korenschoof BV"),
                ("Ex-werknemer", NAME),
                ("BSN", BSN),
                ("Einde dienstverband", "27-06-2025"),
            ]
        ),
        Para(
            "Uw ex-werknemer heeft een Ziektewet-uitkering aangevraagd. Wij hebben het re-integratieverslag nodig"
            " om die aanvraag te beoordelen. Upload het re-integratieverslag uiterlijk op 31 juli 2025 in het"
            " werkgeversportaal."
        ),
        Para("Met vriendelijke groet,\nUWV, afdeling Ziektewet"),
    ]


def _letter_announcing() -> list[Any]:
    """UWV's confirmation of the sick report: it says a request will follow, it is no request."""
    return [
        Title("Informatie over de Ziektewet-uitkering", sub="ziek uit dienst"),
        Fields(
            [("Datum", "01-07-2025"), ("Werkgever", "Bakkerij De Korenschoof BV"), ("Ex-werknemer", NAME), ("BSN", BSN)]
        ),
        Para(
            "Uw ex-werknemer was ziek toen het dienstverband eindigde. Uw ex-werknemer ontvangt van ons bericht"
            " over een Ziektewet-uitkering. Wij vragen u later om het re-integratieverslag."
        ),
        Para("Met vriendelijke groet,\nUWV, afdeling Ziektewet"),
    ]


def make_case(root: Path, *, letter: list[Any] | None, aanvraag_wia: D | None = None, ao: D | None = None) -> Path:
    """The case folder; ``letter`` is UWV's letter (None: no letter), ``ao`` the date of an actueel oordeel."""
    case = root / "zw-verbeek"
    case.mkdir()
    facts: dict[str, Any] = {
        "werknemer": {"naam": NAME, "bsn": BSN, "functie": "Broodbakker"},
        "werkgever": {"naam": "Bakkerij De Korenschoof BV", "aard_van_het_bedrijf": "ambachtelijke bakkerij"},
        "eerste_ziektedag": D0,
    }
    if aanvraag_wia is not None:
        facts["aanvraag_wia"] = aanvraag_wia
    (case / "dossier.yaml").write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    write_pdf(
        case / "Probleemanalyse.pdf",
        [
            Title("Probleemanalyse en advies", sub="van de bedrijfsarts"),
            Fields([*PERSON, ("Datum", "07-04-2025")]),
            Heading("Dreigt langdurig verzuim?"),
            Para(
                "Ja, er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: niet zwaar tillen,"
                " niet langer dan een uur achtereen staan. Benutbare mogelijkheden: licht werk met pauzes."
            ),
            Para(
                "Prognose: de belastbaarheid neemt naar verwachting stap voor stap toe. Advies aan werkgever en"
                " werknemer: maak binnen twee weken een plan van aanpak."
            ),
            Signatures([Sig("Bedrijfsarts", "drs. R. Hoekstra", "bedrijfsarts, BIG-nummer 59012345601", "07-04-2025")]),
        ],
        ARBO,
    )
    write_pdf(
        case / "Plan van aanpak.pdf",
        [
            Title("Plan van aanpak", sub="re-integratie"),
            Fields([*PERSON, ("Casemanager", "H. Dijkman, HR-adviseur"), ("Datum", "16-04-2025")]),
            Heading("Re-integratiedoel"),
            Para("Terugkeer in het eigen werk als broodbakker, met eerst aangepast werk in de inpakafdeling."),
            Heading("Afspraken en evaluatiemomenten"),
            Bullets(["Start aangepast werk 2 x 3 uur per week", "Evaluatie elke zes weken met de casemanager"]),
            Heading("Visie van de werkgever"),
            Para("De werkgever verwacht terugkeer in het eigen werk als de uren rustig worden opgebouwd."),
            Heading("Visie van de werknemer"),
            Para("Ik wil terug naar mijn eigen werk en begin graag met aangepast werk."),
            _both("16-04-2025"),
        ],
        EMPLOYER,
    )
    write_pdf(
        case / "Gespreksverslag mei.pdf",
        [
            Title("Verslag voortgangsgesprek", sub="evaluatie van het plan van aanpak"),
            Fields([*PERSON, ("Datum", "22-05-2025")]),
            Para(
                "De afspraken zijn nagekomen; de uren gaan in overleg omhoog. Het tijdelijke contract eindigt op"
                " 27-06-2025 en wordt niet verlengd."
            ),
            _both("22-05-2025"),
        ],
        EMPLOYER,
    )
    write_pdf(
        case / "Eindevaluatie.pdf",
        [
            Title("Eindevaluatie", sub="bij het einde van het dienstverband"),
            Fields([*PERSON, ("Einde dienstverband", "27-06-2025"), ("Datum", "26-06-2025")]),
            Heading("Aard van het bedrijf"),
            Para("Ambachtelijke bakkerij met twee winkels en 40 medewerkers."),
            Heading("Terugblik"),
            Para(
                "Werknemer werkt 12 uur per week in aangepast werk. Deze eindevaluatie is opgesteld op de laatste"
                " werkdag."
            ),
            Heading("Kwaliteit van de arbeidsrelatie"),
            Para("De arbeidsrelatie is goed."),
            Heading("Passende arbeid"),
            Para("Na het einde van het dienstverband is er bij de werkgever geen passende arbeid."),
            _both("26-06-2025"),
        ],
        EMPLOYER,
    )
    write_pdf(
        case / "Oordeel werknemer.pdf",
        [
            Title("Oordeel van de werknemer", sub="over het re-integratieverslag"),
            Fields([("Naam", NAME), ("BSN", BSN), ("Datum", "15-07-2025")]),
            Para(
                "Ik heb alle stukken van het re-integratieverslag gelezen. Ik ben het eens met de inhoud en met wat"
                " mijn werkgever voor mijn re-integratie heeft gedaan."
            ),
            Signatures([Sig("Werknemer", NAME, "Broodbakker", "15-07-2025")]),
        ],
        EMPLOYER,
    )
    if ao is not None:
        write_pdf(
            case / "Actueel oordeel.pdf",
            [
                Title("Actueel oordeel", sub="van de bedrijfsarts"),
                Fields([*PERSON, ("Datum", f"{ao:%d-%m-%Y}")]),
                Para("Stand van zaken: werknemer werkt 12 uur per week in aangepast werk. Belastbaarheid: licht werk."),
                Para(
                    "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: niet meer, het dienstverband is geëindigd."
                ),
                Signatures(
                    [Sig("Bedrijfsarts", "drs. R. Hoekstra", "bedrijfsarts, BIG-nummer 59012345601", f"{ao:%d-%m-%Y}")]
                ),
            ],
            ARBO,
        )
    if letter is not None:
        write_pdf(case / LETTER_PATH, letter, UWV)
    return case


def scan(case: Path, as_of: D, *, checklist: str = "ziektewet-riv", lang: str = "nl") -> ScanResult:
    return run_scan(case, ScanOptions(checklist=checklist, as_of=as_of, lang=lang))


def found(result: ScanResult, code: str, type_: str | None = None) -> list[Any]:
    return [f for f in result.findings if f.code == code and (type_ is None or f.type == type_)]


def rows(result: ScanResult) -> dict[str, dict[str, Any]]:
    return {str(r["id"]): r for r in result.timeline}


def test_the_fictional_bsn_passes_the_elfproef() -> None:
    assert bsn_valid(BSN)


def test_without_a_letter_the_verslag_is_dated_at_week_104_as_before(tmp_path: Path) -> None:
    result = scan(make_case(tmp_path, letter=None), D(2025, 7, 22))
    assert {d.path: d.type for d in result.documents}["Eindevaluatie.pdf"] == "eindevaluatie"
    assert found(result, "missing", "actueel_oordeel") == []
    ahead = found(result, "deadline_ahead", "actueel_oordeel")
    assert [(f.severity, f.due) for f in ahead] == [(Severity.INFO, WEEK_104)]
    r = rows(result)
    assert r["actueel_oordeel"]["due"] == WEEK_104 and r["actueel_oordeel"]["status"] == "due"
    assert r["eindevaluatie"]["due"] == WEEK_104 and r["oordeel_werknemer"]["due"] == WEEK_104
    assert r["eerstejaarsevaluatie"]["status"] == "due"
    assert "riv_request" not in r and found(result, "riv_reference") == []


def test_a_letter_asking_within_two_weeks_makes_the_missing_AO_an_error_due_on_its_deadline(tmp_path: Path) -> None:
    case = make_case(tmp_path, letter=_letter_within_two_weeks())
    result = scan(case, D(2025, 7, 22))
    assert {d.path: d.type for d in result.documents}[LETTER_PATH] == "uwv_correspondentie"
    deadline = D(2025, 7, 24)  # 10 July + 2 weeks

    missing = found(result, "missing", "actueel_oordeel")
    assert [(f.severity, f.due) for f in missing] == [(Severity.ERROR, deadline)]
    assert "24-07-2025" in missing[0].message and LETTER_PATH in missing[0].message
    assert not complete(result)

    (ref,) = found(result, "riv_reference")
    assert ref.severity is Severity.INFO and ref.path == LETTER_PATH and ref.due == deadline
    assert "10-07-2025" in ref.message and "24-07-2025" in ref.message and "2 weken na de brief" in ref.message
    assert ref.source and "binnen 2 weken na de brief" in ref.source  # cited from the checklist

    r = rows(result)
    assert r["actueel_oordeel"]["due"] == deadline and r["actueel_oordeel"]["status"] == "missing"
    assert r["eindevaluatie"]["due"] == deadline and r["eindevaluatie"]["status"] == "ok"
    assert r["oordeel_werknemer"]["status"] == "ok"
    assert r["riv_request"] == {
        "id": "riv_request",
        "label": "Re-integratieverslag naar UWV (brief van UWV)",
        "week": 21,
        "due": deadline,
        "document": LETTER_PATH,
        "date": D(2025, 7, 10),
        "status": "due",
    }
    # the employment ended in week 17: no first-year evaluation or second track belongs in this verslag
    assert r["eerstejaarsevaluatie"]["status"] == "na" and found(result, "deadline_ahead", "eerstejaarsevaluatie") == []
    assert found(result, "missing", "eindevaluatie") == [] and found(result, "late", "eindevaluatie") == []
    assert found(result, "deadline_ahead", "actueel_oordeel") == []

    line = next(x for x in to_text(result, {}, lang="nl").splitlines() if "Re-integratieverslag naar UWV" in x)
    assert "24-07-2025" in line and "nog te doen" in line
    report = to_json_obj(result)
    assert {"code": "missing", "severity": "error", "type": "actueel_oordeel", "due": "2025-07-24"}.items() <= next(
        f for f in report["findings"] if f["code"] == "missing" and f["type"] == "actueel_oordeel"
    ).items()


def test_the_source_used_is_said_in_english_too(tmp_path: Path) -> None:
    result = scan(make_case(tmp_path, letter=_letter_within_two_weeks()), D(2025, 7, 22), lang="en")
    (ref,) = found(result, "riv_reference")
    assert "UWV asked for the return-to-work report on 2025-07-10" in ref.message
    assert "upload it by 2025-07-24 (2 weeks after the letter" in ref.message
    (missing,) = found(result, "missing", "actueel_oordeel")
    assert "is missing; UWV asked on 2025-07-10" in missing.message and "2 days left" in missing.message


def test_a_letter_with_an_uiterlijk_date_uses_that_date(tmp_path: Path) -> None:
    result = scan(make_case(tmp_path, letter=_letter_with_date()), D(2025, 7, 22))
    deadline = D(2025, 7, 31)  # "uiterlijk op 31 juli 2025"; the end of employment (27-06-2025) is no deadline
    (ref,) = found(result, "riv_reference")
    assert ref.due == deadline and "de datum in de brief" in ref.message
    (missing,) = found(result, "missing", "actueel_oordeel")
    assert missing.severity is Severity.ERROR and missing.due == deadline and "nog 9 dagen" in missing.message
    r = rows(result)
    assert r["actueel_oordeel"]["due"] == deadline and r["riv_request"]["due"] == deadline


def test_after_the_deadline_without_a_sent_date_the_user_is_asked_for_it(tmp_path: Path) -> None:
    result = scan(make_case(tmp_path, letter=_letter_within_two_weeks()), D(2025, 8, 15))
    (missing,) = found(result, "missing", "actueel_oordeel")
    assert missing.severity is Severity.ERROR and "die termijn is voorbij" in missing.message
    late = [f for f in found(result, "late") if f.path == LETTER_PATH]
    assert [(f.severity, f.due) for f in late] == [(Severity.WARNING, D(2025, 7, 24))]
    assert "aanvraag_wia" in late[0].message
    assert rows(result)["riv_request"]["status"] == "missing"


def test_the_dossier_date_wins_over_the_letter_and_a_late_upload_is_flagged(tmp_path: Path) -> None:
    sent = D(2025, 7, 30)  # after the letter's deadline of 24 July
    result = scan(
        make_case(tmp_path, letter=_letter_within_two_weeks(), aanvraag_wia=sent, ao=D(2025, 7, 18)), D(2025, 8, 4)
    )
    (ref,) = found(result, "riv_reference")
    assert "30-07-2025" in ref.message and "aanvraag_wia in dossier.yaml" in ref.message
    r = rows(result)
    assert r["actueel_oordeel"]["due"] == sent and r["actueel_oordeel"]["status"] == "ok"
    assert r["riv_request"]["status"] == "late"
    late = [f for f in found(result, "late") if f.path == LETTER_PATH]
    assert [f.severity for f in late] == [Severity.WARNING] and "30-07-2025" in late[0].message
    assert found(result, "missing", "actueel_oordeel") == []


def test_an_old_AO_is_outdated_at_the_letters_deadline(tmp_path: Path) -> None:
    # 14 April to 24 July is 14 weeks: past the 13-week guideline of the checklist
    result = scan(make_case(tmp_path, letter=_letter_within_two_weeks(), ao=D(2025, 4, 14)), D(2025, 7, 15))
    (old,) = found(result, "outdated", "actueel_oordeel")
    assert old.severity is Severity.WARNING
    assert "op de termijn uit de brief van UWV (24-07-2025) 14 weken en 3 dagen oud" in old.message
    assert found(result, "missing", "actueel_oordeel") == []


def test_a_letter_that_only_announces_the_request_changes_nothing(tmp_path: Path) -> None:
    result = scan(make_case(tmp_path, letter=_letter_announcing()), D(2025, 7, 22))
    assert {d.path: d.type for d in result.documents}[LETTER_PATH] == "uwv_correspondentie"
    assert found(result, "riv_reference") == [] and found(result, "missing", "actueel_oordeel") == []
    assert rows(result)["actueel_oordeel"]["due"] == WEEK_104


@pytest.mark.parametrize("as_of", [D(2025, 7, 22), D(2025, 8, 15)])
def test_the_wia_checklist_does_not_read_the_letter(tmp_path: Path, as_of: D) -> None:
    result = scan(make_case(tmp_path, letter=_letter_within_two_weeks()), as_of, checklist="wia-aanvraag")
    assert found(result, "riv_reference") == [] and found(result, "missing", "actueel_oordeel") == []
    r = rows(result)
    assert "riv_request" not in r
    assert r["actueel_oordeel"]["due"] == D0 + dt.timedelta(days=7 * 91 - 1)


def test_the_eindevaluatie_of_the_last_working_day_is_not_outdated_when_uwv_asks_months_later(tmp_path: Path) -> None:
    # UWV wants the eindevaluatie at the latest on the last day of employment (DOMAIN 2.3); after that it
    # cannot become more recent, so its age at a later letter is no finding (the AO's still is)
    late_letter = [
        block if not isinstance(block, Fields) else Fields([("Datum", "02-10-2025"), *block.items[1:]])
        for block in _letter_within_two_weeks()
    ]
    result = scan(make_case(tmp_path, letter=late_letter, ao=D(2025, 9, 22)), D(2025, 10, 6))
    assert found(result, "outdated", "eindevaluatie") == []
    assert found(result, "missing", "eindevaluatie") == []


def test_the_sick_report_on_the_last_working_day_is_the_ziektewet_sick_report(tmp_path: Path) -> None:
    # ZW art. 38 lid 2: an employee who leaves while ill is reported on the last working day, not in week 42
    case = make_case(tmp_path, letter=_letter_within_two_weeks(), ao=D(2025, 7, 1))
    write_pdf(
        case / "melding.pdf",
        [
            Title("Ziekmelding bij einde dienstverband", sub="melding aan UWV op de laatste werkdag"),
            Fields([*PERSON, ("Laatste werkdag", "27-06-2025")]),
            Para(
                "Het contract eindigt op 27-06-2025; de werknemer is dan nog ziek. Wij melden dit conform artikel 38"
                " Ziektewet."
            ),
        ],
        EMPLOYER,
    )
    result = scan(case, D(2025, 7, 15))
    assert {d.path: d.type for d in result.documents}["melding.pdf"] == "ziekmelding_uwv"
    assert found(result, "missing", "ziekmelding_uwv") == []
