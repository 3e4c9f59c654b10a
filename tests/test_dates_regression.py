"""The fast date finder gives what the plain ``_DATE_RE.finditer`` version gave (recorded outputs, tricky texts)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wia_dossier import dates
from wia_dossier.model import DateFound

D = dt.date

# Outputs recorded with the version that ran _DATE_RE.finditer over the whole text.
FIND_DATES: list[tuple[str, list[tuple[dt.date, int, int, str]]]] = [
    ("", []),
    ("12-03-2025", [(D(2025, 3, 12), 0, 10, "")]),
    ("Kenmerk 2025-03-12-1 en 1.12.03.2025", [(D(2025, 3, 12), 8, 18, "Kenmerk ")]),
    ("versie 1.5.25, bedrag 10.05.2025", [(D(2025, 5, 10), 22, 32, "versie 1.5.25, bedrag ")]),
    ("12-03-202512-03-2025 en 112-03-2025", []),
    ("Datum: ١٢-٠٣-٢٠٢٥", []),
    (
        "Datum: ٣ maart 2025 en ٣-٤-٢٥",
        [(D(2025, 3, 3), 7, 19, "Datum: "), (D(2025, 4, 3), 23, 29, "Datum: ٣ maart 2025 en ")],
    ),
    ("Datum: １２-０３-２５ en 1-2-2025", [(D(2025, 2, 1), 19, 27, "Datum: １２-０３-２５ en ")]),
    (
        "Date: March 12, 2025 and Sept. 3, 2024; 12, 2025 alone",
        [(D(2025, 3, 12), 6, 20, "Date: "), (D(2024, 9, 3), 25, 38, "Date: March 12, 2025 and ")],
    ),
    (
        "op 12e maart 2025, 1ste mei 2024 en 3de okt. 2023",
        [
            (D(2025, 3, 12), 3, 17, "op "),
            (D(2024, 5, 1), 19, 32, "op 12e maart 2025, "),
            (D(2023, 10, 3), 36, 49, "op 12e maart 2025, 1ste mei 2024 en "),
        ],
    ),
    ("Datum: 31-02-2025\nDatum: 29 februari 2024", [(D(2024, 2, 29), 25, 41, "Datum: 31-02-2025\nDatum: ")]),
    (
        "BENCH-100003-0000 pagina 1 van 10 Amsterdam, 5 mei 2025",
        [(D(2025, 5, 5), 45, 55, "BENCH-100003-0000 pagina 1 van 10 Amsterdam, ")],
    ),
    (
        "2025-3-7 en 7 - 3 - 2025 en 7/ 3/2025 en 07.03.25",
        [
            (D(2025, 3, 7), 0, 8, ""),
            (D(2025, 3, 7), 28, 37, "2025-3-7 en 7 - 3 - 2025 en "),
            (D(2025, 3, 7), 41, 49, "2025-3-7 en 7 - 3 - 2025 en 7/ 3/2025 en "),
        ],
    ),
    (
        "café 12 mrt 2025 · geïnformeerd op 3-4-2025",
        [(D(2025, 3, 12), 5, 16, "café "), (D(2025, 4, 3), 35, 43, "café 12 mrt 2025 · geïnformeerd op ")],
    ),
]

FIRST_SICK_DAY: list[tuple[str, DateFound | None]] = [
    (
        "Datum: 5 maart 2025\nEerste ziektedag: 13-01-2025\nziek sinds 14-01-2025",
        DateFound(D(2025, 1, 13), "bij 'Eerste ziektedag'"),
    ),
    ("Datum: 5 maart 2025\nGeen ziekmelding.", None),
    ("Eerste ziektedag\n13-01-2025", DateFound(D(2025, 1, 13), "bij 'Eerste ziektedag'")),
    ("Rapport van 3-3-2025\fpagina 2\nziekgemeld op 13 januari 2025", DateFound(D(2025, 1, 13), "bij 'ziekgemeld op'")),
    ("first day of sickness: January 13, 2025", DateFound(D(2025, 1, 13), "bij 'first day of sickness'")),
    ("ziek sinds ٣-٤-٢٥", DateFound(D(2025, 4, 3), "bij 'ziek sinds'")),
]

_PA = re.compile(r"\bprobleemanalyse\b")
DOCUMENT_DATE: list[tuple[str, dict[str, Any], DateFound | None]] = [
    (
        "Geboortedatum: 01-02-1980\nEerste ziektedag: 13 januari 2025\nVolgende afspraak: 20-04-2025\n"
        "Datum: 5 maart 2025\n",
        {},
        DateFound(D(2025, 3, 5), "bij 'Datum'"),
    ),
    (
        "Probleemanalyse\n\n12-03-2025\f" + "tekst " * 200 + "\fDatum rapport: 14-03-2025",
        {},
        DateFound(D(2025, 3, 14), "bij 't tekst tekst tekst tekst teks' (pagina 3)"),
    ),
    (
        "Verslag\n" + "tekst " * 300 + "\nA. Smit\n\n17-03-2025\n",
        {},
        DateFound(D(2025, 3, 17), "datum bij de ondertekening"),
    ),
    (
        "Amsterdam, 5 mei 2025\nDatum probleemanalyse: 1 mei 2025",
        {"own_names": re.compile(r"\bplan van aanpak\b"), "other_names": _PA},
        DateFound(D(2025, 5, 5), "plaats en datum"),
    ),
    (
        "Datum eindevaluatie: 1 mei 2025\nDatum: 3 mei 2025",
        {"own_names": re.compile(r"\beindevaluatie\b"), "other_names": _PA},
        DateFound(D(2025, 5, 1), "bij 'Datum eindevaluatie'"),
    ),
    ("geen datum", {"filename": "2025-03-05 PvA.pdf"}, DateFound(D(2025, 3, 5), "datum in de bestandsnaam")),
    (
        "geen datum",
        {"fallbacks": ((D(2025, 2, 1), "datum van de e-mail"),)},
        DateFound(D(2025, 2, 1), "datum van de e-mail"),
    ),
    (
        "Ref 12-03-2025 en 14-03-2025",
        {"title_zone": "Brief 1 maart 2025", "not_before": D(2025, 3, 2)},
        DateFound(D(2025, 3, 12), "eerste datum bovenaan het document"),
    ),
    ("Datum: 12-03-2031", {"not_after": D(2030, 1, 1)}, None),
    ("Datum | Wat\n12-03-2025 | intake", {}, DateFound(D(2025, 3, 12), "eerste datum bovenaan het document")),
    ("Datum: ٣ maart 2025 en ٣-٤-٢٥", {}, DateFound(D(2025, 3, 3), "bij 'Datum'")),
]


@pytest.mark.parametrize(("text", "expected"), FIND_DATES)
def test_find_dates_as_recorded(text: str, expected: list[tuple[dt.date, int, int, str]]) -> None:
    assert [(h.value, h.start, h.end, h.before) for h in dates.find_dates(text)] == expected


@pytest.mark.parametrize(("text", "expected"), FIRST_SICK_DAY)
def test_first_sick_day_as_recorded(text: str, expected: DateFound | None) -> None:
    assert dates.first_sick_day(text) == expected


@pytest.mark.parametrize(("text", "kwargs", "expected"), DOCUMENT_DATE)
def test_document_date_as_recorded(text: str, kwargs: dict[str, Any], expected: DateFound | None) -> None:
    assert dates.document_date(text, **kwargs) == expected


def test_long_text_same_dates_as_a_full_scan() -> None:
    page = "Datum: 12-03-2025\n" + "In het gesprek bespraken werkgever en werknemer de re-integratie. " * 80
    text = "\f".join([page, "Vervolg 2\nEerste ziektedag: 13-01-2025\n" + page, page + "\nA. Smit\n\n17-03-2025\n"])
    assert [m.span() for m in dates._date_matches(text)] == [m.span() for m in dates._DATE_RE.finditer(text)]
    assert dates.first_sick_day(text) == DateFound(D(2025, 1, 13), "bij 'Eerste ziektedag'")


_FRAGMENTS = [
    "12",
    "3",
    "31",
    "0",
    "2025",
    "25",
    "1999",
    "-",
    "/",
    ".",
    " ",
    ",",
    "\n",
    "\f",
    "e ",
    "ste ",
    "maart",
    "March ",
    "sept. ",
    "mei",
    "Datum: ",
    "ziek sinds ",
    "t/m ",
    "٣",
    "١٢",
    "１",
    "é",
    "x",
]
_TEXTS = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=3)), max_size=40).map("".join)


@settings(max_examples=300)
@given(_TEXTS)
def test_digit_scan_finds_what_finditer_finds(text: str) -> None:
    """Only where a digit stands is the pattern tried: the same matches as trying every position."""
    expected = [(m.span(), m.groupdict()) for m in dates._DATE_RE.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in dates._date_matches(text)] == expected
    # first_sick_day stops at the first labelled date instead of finding them all first
    labelled = [h.value for h in dates.find_dates(text) if dates._FIRST_SICK_LABELS.search(dates._label_of(h.before))]
    found = dates.first_sick_day(text)
    assert (found.value if found else None) == (labelled[0] if labelled else None)


# Dates a document carries that are not its own: how documents are made, not one corpus's wording.
_BODY = "Werknemer kan aangepast werk doen, 4 uur per dag, zittend. Advies: stel samen een plan van aanpak op.\n" * 3
OWN_DATE_RULES: list[tuple[str, str, dt.date]] = [
    # a portal print: the stamp in the footer dates the copy; the bedrijfsarts signed on 31 May
    (
        "print stamp",
        "Arbodienst Voorbeeld\nCliëntportaal werkgevers\nProbleemanalyse\nGeboortedatum: 02-03-1975\n"
        "Eerste ziektedag: 22-04-2024\nDatum consult: 28-05-2024\n"
        + _BODY
        + "Bedrijfsarts\ndr. A.B. Voorbeeld\nbedrijfsarts, BIG 12345678901\n31-05-2024\n"
        "Arbodienst Voorbeeld · portaal · afgedrukt op 28-10-2025 09:13 1",
        D(2024, 5, 31),
    ),
    (
        "English print stamp",
        "Problem analysis\nDate printed: 3 November 2025\n"
        + _BODY
        + "Occupational physician\nJ. Example\n12 March 2024\n",
        D(2024, 3, 12),
    ),
    # OCR of a form reads the label column first, then the value column
    (
        "form columns, labels first",
        "Probleemanalyse\n1 Gegevens werknemer\n1.1 Naam werknemer:\n1.2 Burgerservicenummer:\n"
        "1.3 Geboortedatum: _\n2 Verzuim\n2.1 Eerste ziektedag:\n\nJan Voorbeeld\n\n123456782\n01-02-1990\n\n"
        "16-10-2023\n\n2.2 Dreigend langdurig verzuim?:\n3 Advies\n"
        + _BODY
        + "Bedrijfsarts\nR. Voorbeeld\n21-11-2023\n",
        D(2023, 11, 21),
    ),
    (
        "form columns, values first",
        "Actueel oordeel\nIn te vullen door de bedrijfsarts\nJan Voorbeeld\n\n123456782\n16-10-2023\n\n"
        "Werknemer:\nBurgerservicenummer:\nEerste ziektedag:\n\n1 Verloop\nStabiel sinds voorjaar.\n"
        "Bedrijfsarts\n\nB. Voorbeeld\nbedrijfsarts\n",
        None,
    ),
    (
        "form columns, the form's own Datum field",
        "Oordeel werknemer\nMedewerker:\nFunctie:\n1e verzuimdag:\nDatum:\n\nA. Voorbeeld\nMonteur\n"
        "15/01/2024\n10/10/25\n\nOnderdeel Eens\nProbleemanalyse Ja\nPlan van aanpak Ja\n",
        D(2025, 10, 10),
    ),
    # "Plaats, datum" under the signature: signed after the consultation it reports on
    (
        "place and date under the signature",
        "Probleemanalyse\nEerste ziektedag: 05-02-2024\nDatum spreekuur: 07-03-2024\n"
        + _BODY
        + "Bedrijfsarts\ndrs. C. Voorbeeld\nbedrijfsarts, BIG 12345678901\nAmstelveen, 12 maart 2024\n",
        D(2024, 3, 12),
    ),
    # an employment agreement: the start of employment is not the date it was signed
    (
        "English start date",
        "Employment agreement\nEmployee: D. Example\nDate of birth: 14 June 1988\nStart date: 1 September 2021\n"
        "Article 7 – Sickness\nThe employee reports sick before 9:00.\nEmployer\nE. Example\nManaging Director\n"
        "16 August 2021\nEmployee\nD. Example\n16 August 2021\n",
        D(2021, 8, 16),
    ),
    (
        "Dutch employment start",
        "Arbeidsovereenkomst\nDatum indiensttreding: 01-09-2021\n" + _BODY + "Werkgever\nF. Voorbeeld\n20-08-2021\n",
        D(2021, 8, 20),
    ),
    # the date of another document the text refers to
    (
        "referenced documents",
        "Plan of approach – amendment no. 1\nEmployee:\tG. Example\nOriginal plan dated:\t22 March 2024\n"
        "First-year evaluation dated:\t21 January 2025\nChanged goal\nTrack 2 starts.\nEmployer\n(signed)\n"
        "Name: H. Example\nDatum: 4 February 2025\tEmployee\n",
        D(2025, 2, 4),
    ),
    (
        "minutes naming the plan's date",
        "Minutes – progress meeting\nDate of meeting: 2 May 2024\n"
        "Plan of approach dated: 22 March 2024\nAgreements\n• Next progress meeting: 13 June 2024\n"
        "Case manager\nI. Example\n6 May 2024\n",
        D(2024, 5, 6),
    ),
    ("n.a.v. a consultation", "Terugkoppeling\nn.a.v. het spreekuur op 7 maart 2024\n" + _BODY, None),
    # two parties sign one after the other: the later signature concludes the document
    (
        "two signatures",
        "Plan van aanpak\nEerste ziektedag: 13-05-2024\nCasemanager: J. Voorbeeld\n18-06-2024\n\n"
        "Probleemanalyse:\n" + _BODY + "Werkgever Werknemer\nK. Voorbeeld L. Voorbeeld\npartner 28-06-2024\n\n"
        "28-06-2024\n",
        D(2024, 6, 28),
    ),
    # a log whose table cells wrap: its rows are no signatures; the export's date is when it was made
    (
        "dated list",
        "Absence history – export\ngenerated 2025-10-03 09:14 by m.example\nDate Event Absence % By\n"
        "2024-01-22 Sick report 100 N. Example\n2024-03-01\nProblem analysis\nreceived\n100 N. Example\n"
        "2024-03-13 Plan of approach signed 100 N. Example\n2025-10-01\nCurrent assessment\nreceived\n44 N. Example\n",
        D(2025, 10, 3),
    ),
    (
        "signing date under a table of planned dates",
        "Plan van aanpak\nAfspraken\n01-07-2024 start aangepast werk\n15-07-2024 gesprek\n01-08-2024 evaluatie\n"
        "Werkgever\nO. Voorbeeld\n28-06-2024\n",
        D(2024, 6, 28),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), OWN_DATE_RULES, ids=[r[0] for r in OWN_DATE_RULES])
def test_document_date_skips_dates_that_are_not_its_own(name: str, text: str, expected: dt.date | None) -> None:
    found = dates.document_date(text)
    assert (found.value if found else None) == expected


def test_form_columns_pair_a_value_with_the_label_in_the_same_place() -> None:
    text = "Naam:\nGeboortedatum:\nEerste ziektedag:\n\nP. Voorbeeld\n01-02-1990\n16-10-2023\n"
    assert dates.document_date(text) is None  # not "eerste datum bovenaan": it is the first sick day
    hit = next(h for h in dates.find_dates(text) if h.value == D(2023, 10, 16))
    assert dates._FormColumns(text).label_for(hit) == "Eerste ziektedag:"
    # one label above one value is the ordinary "label on the line before" case, not a column
    single = "Toelichting:\nQ. Voorbeeld\n16-10-2023\n"
    assert dates._FormColumns(single).label_for(dates.find_dates(single)[0]) is None


def test_a_referenced_name_that_is_this_documents_type_is_its_own_date() -> None:
    text = "Plan of approach dated: 22 March 2024\nOriginal analysis dated: 7 March 2024\n"
    found = dates.document_date(text, own_names=re.compile(r"\bplan of approach\b"))
    assert found is not None and found.value == D(2024, 3, 22)


# How real Dutch documents write dates beyond digits (module docstring of dates.py). Each case: the
# document's own date a user sees.
_LONG_BODY = "De werknemer bouwt de uren op in aangepast werk en houdt contact met de leidinggevende.\n" * 12
WRITTEN_DATES: list[tuple[str, str, dt.date | None]] = [
    ("day in words", "Verslag\nDatum: vijftien maart 2025\n", D(2025, 3, 15)),
    ("ordinal in words", "Verslag\nOpgemaakt op de vijftiende maart 2025\n", D(2025, 3, 15)),
    ("compound with diaeresis", "Datum: tweeëntwintig juni 2024", D(2024, 6, 22)),
    ("compound without diaeresis", "Datum: eenendertig december 2024", D(2024, 12, 31)),
    ("compound in three words", "Datum: twee en twintig juni 2024", D(2024, 6, 22)),
    ("year in words", "Aldus opgemaakt op vijftien maart tweeduizend vijfentwintig.", D(2025, 3, 15)),
    (
        "place and date in words",
        "Plan van aanpak\n" + _LONG_BODY + "Casemanager\nP. Voorbeeld\nZwolle, elf december 2025\n",
        D(2025, 12, 11),
    ),
    (
        "OCR hyphen between words",
        "Actueel oordeel\n" + _LONG_BODY + "Bedrijfsarts\nQ. Voorbeeld\nzestien-oktober 2025\n",
        D(2025, 10, 16),
    ),
    ("no year: no date", "Verslag\nOpgemaakt op de vijftiende maart\n", None),
    ("not a day word", "Datum: gesprek maart 2025", None),
    ("short year after an apostrophe", "Datum gesprek: 15 augustus '24", D(2024, 8, 15)),
    ("short year, curly apostrophe, no space", "Oosterhout, 20 mei’24 — getekend door beide partijen", D(2024, 5, 20)),
    (
        "short year under a signature",
        "Eindrapportage\n" + _LONG_BODY + "Loopbaancoach\nR. Voorbeeld\n2 oktober '25\n",
        D(2025, 10, 2),
    ),
    ("words and a short year", "Datum: zeven mei '24", D(2024, 5, 7)),
    ("month between hyphens", "Datum: 16-okt-2025", D(2025, 10, 16)),
    ("two-digit year", "Datum: 15-03-25", D(2025, 3, 15)),
    ("two-digit year with dots", "Datum: 15.3.25", D(2025, 3, 15)),
    ("two-digit year of the last century", "Datum: 15-03-95", D(1995, 3, 15)),
    ("two-digit year out of bounds", "Datum: 15-03-65", None),
    ("a longer number is no date", "Datum: 06-12-34-56", None),
]


@pytest.mark.parametrize(("name", "text", "expected"), WRITTEN_DATES, ids=[r[0] for r in WRITTEN_DATES])
def test_dates_as_real_documents_write_them(name: str, text: str, expected: dt.date | None) -> None:
    found = dates.document_date(text)
    assert (found.value if found else None) == expected


def test_a_date_in_words_is_found_where_it_stands_among_digit_dates() -> None:
    text = "Eerste ziektedag: 4 maart 2024\nDatum gesprek: vijftien augustus 2024\nVolgende: 01-10-2024"
    assert [(h.value, text[h.start : h.end]) for h in dates.find_dates(text)] == [
        (D(2024, 3, 4), "4 maart 2024"),
        (D(2024, 8, 15), "vijftien augustus 2024"),
        (D(2024, 10, 1), "01-10-2024"),
    ]
    assert dates.first_sick_day("Ziek sinds vier maart 2024") == DateFound(D(2024, 3, 4), "bij 'Ziek sinds'")


_ENGLISH = (
    "Following the consultation of today I adjust the problem analysis. The employee can work in a quiet "
    "environment with regular breaks and will not work at night. The plan of approach has to be adjusted "
    "and the build-up is paused for four weeks, which was agreed with the employer.\n"
)
_DUTCH = (
    "Naar aanleiding van het consult van vandaag stel ik de probleemanalyse bij. De werknemer kan werken in "
    "een rustige omgeving met vaste pauzes en werkt niet in de nacht. Het plan van aanpak wordt bijgesteld.\n"
)
SLASH_ORDER: list[tuple[str, str, dt.date]] = [
    (
        "clearly English: month first",
        "Update of the problem analysis\n" + _ENGLISH + "S. Example\n08/12/2024\n",
        D(2024, 8, 12),
    ),
    ("Dutch: day first", "Bijstelling probleemanalyse\n" + _DUTCH + "S. Voorbeeld\n08/12/2024\n", D(2024, 12, 8)),
    (
        "English, but its other slash dates are day first",
        "Update\nFirst day of absence: 13/05/2024\n" + _ENGLISH + "S. Example\n08/12/2024\n",
        D(2024, 12, 8),
    ),
    (
        "Dutch, but its other slash dates are month first",
        "Bijstelling\nEerste ziektedag: 05/13/2024\n" + _DUTCH + "S. Voorbeeld\n08/12/2024\n",
        D(2024, 8, 12),
    ),
    ("too little English to tell", "Report\nS. Example\n08/12/2024\n", D(2024, 12, 8)),
    ("hyphen dates stay day first", "Update\n" + _ENGLISH + "S. Example\n08-12-2024\n", D(2024, 12, 8)),
    ("unambiguous in either language", "Update\n" + _ENGLISH + "S. Example\n12/31/2024\n", D(2024, 12, 31)),
]


@pytest.mark.parametrize(("name", "text", "expected"), SLASH_ORDER, ids=[r[0] for r in SLASH_ORDER])
def test_the_document_decides_the_order_of_an_ambiguous_slash_date(name: str, text: str, expected: dt.date) -> None:
    found = dates.document_date(text)
    assert found is not None and found.value == expected


def test_the_report_date_under_the_signature_beats_the_interview_date_in_the_body() -> None:
    # a long report: cover and contents, the interview date in the header block of page 3, a contact
    # log, and the report date under the signature on the last page
    text = (
        "Rapport\nBureau Voorbeeld\f"
        "Inhoudsopgave\n1. Aanleiding .......... 3\f"
        "Arbeidsdeskundig rapport\nEerste ziektedag: 4 maart 2024\nDatum onderzoek: 7 januari 2025\n"
        + _LONG_BODY
        + "\fDatum Contactmoment\n08-01-2025 gesprek werkgever\n10-01-2025 huisbezoek\n14-01-2025 mail\n"
        + _LONG_BODY
        + "Arbeidsdeskundige\nT. Voorbeeld\nDatum rapport: 22 januari 2025\nBureau Voorbeeld 4"
    )
    found = dates.document_date(text)
    assert found is not None and found.value == D(2025, 1, 22)
    assert found.source == "bij 'Datum rapport' (pagina 4)"
    # a plain "Datum:" closes it just as well; "Datum spreekuur" under it does not
    closing = text.replace("Datum rapport: 22 januari 2025", "Datum: 22 januari 2025")
    assert dates.document_date(closing).value == D(2025, 1, 22)
    visit = text.replace("Datum rapport: 22 januari 2025", "Datum spreekuur: 22 januari 2025")
    assert dates.document_date(visit).value == D(2025, 1, 7)


def test_a_scanners_date_stamp_in_the_file_name_is_the_last_resort() -> None:
    assert dates.document_date("Geachte collega,\nUw patiënt is gezien.", filename="fax 20240925.pdf") == DateFound(
        D(2024, 9, 25), "datum in de bestandsnaam"
    )
    # a date at the top of the text comes first: eight digits may be an invoice or case number
    found = dates.document_date("Factuur\n14-01-2025\nBedrag", filename="factuur 20250113.pdf")
    assert found is not None and found.value == D(2025, 1, 14)
    assert dates.filename_date("factuur 2025-0113.pdf") is None
    assert dates.filename_date("scan_20240925_101530.pdf") == D(2024, 9, 25)


def test_a_numeric_date_with_an_apostrophe_year_is_read() -> None:
    # handwritten and typed the same way on building sites and in small firms: "3-12-'24"
    assert dates.document_date("Verslag\nDatum: 3-12-'24\nAanwezig: werkgever en werknemer").value == D(2024, 12, 3)
    assert dates.document_date("Gesprek gehad.\nUtrecht, 14-2-’25").value == D(2025, 2, 14)
    assert [h.value for h in dates.find_dates("versie 1.2.'24")] == []  # a version number stays no date
