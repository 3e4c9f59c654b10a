"""Author detection: recorded outputs on tricky signature blocks, and the fast pattern search equals plain finditer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wia_dossier import authors
from wia_dossier.authors import find_author
from wia_dossier.model import Extracted, Kind

# (last page, title zone, author) as recorded with the version that ran every pattern over every window.
RECORDED: list[tuple[str, str, str | None]] = [
    ("Datum: 3-2-2025\nM. Bakker, bedrijfsarts, BIG 1901", "", "M. Bakker (bedrijfsarts)"),
    ("Naam: J. Smeets\nFunctie: arbeidsdeskundige\nDatum: 23/12/24", "", "J. Smeets (arbeidsdeskundige)"),
    ("Werkgever\nA. Jansen\nCasemanager\n06-08-2024\nWerknemer\nS. Bos", "", "A. Jansen (casemanager)"),
    (
        "Casemanager: İr. K. de Wit\nverder geen dubbele punt hier, werkgever en werknemer",
        "",
        "İr. K. de Wit (casemanager)",
    ),
    ("Case\nmanager: A. Jansen", "", "A. Jansen (case manager)"),
    (
        "Bedrijfsarts\tdrs. P. van der Berg\nbedrijfsarts en werknemer spraken verder",
        "",
        "drs. P. van der Berg (bedrijfsarts)",
    ),
    ("A. Smit, arts in\nopleiding tot bedrijfsarts", "", "A. Smit (arts in opleiding tot bedrijfsarts)"),
    ("tekst zonder auteur", "Naam bedrijfsarts: dr. A. Smit\nwerkgever", "dr. A. Smit (bedrijfsarts)"),
    (
        "Werkgever: B. de Groot\nwerknemer",
        "Occupational physician: Dr. Jane Miller",
        "Dr. Jane Miller (occupational physician)",
    ),
    ("Werkgever: B. de Groot\nwerknemer", "", "B. de Groot (werkgever)"),
    ("ır. M. Visser – HR business partner", "", None),
    ("Handtekening werkgever:\nHandtekening werknemer:", "", None),
]


@pytest.mark.parametrize(("last", "title_zone", "expected"), RECORDED)
def test_author_as_recorded(last: str, title_zone: str, expected: str | None) -> None:
    assert find_author(Extracted(kind=Kind.PDF, pages=[last], title_zone=title_zone)) == expected


@pytest.mark.parametrize(
    "last",
    [
        "Werkgever:   Streekvervoer Waterland BV\nHandtekening\n24 okt. 2024",
        "Werkgever: Stichting Zorgcentrum De Lindehof\nwerknemer",
        "Werkgever: Verdaan Supermarkten B.V.\n",
    ],
)
def test_an_organisation_is_no_author(last: str) -> None:
    # "Werkgever: <company>" names the employer; UWV wants the name and function of a person (BR art. 2 lid 3)
    assert find_author(Extracted(kind=Kind.PDF, pages=[last])) is None


def test_author_on_a_long_last_page() -> None:
    filler = "In het gesprek bespraken werkgever en werknemer de voortgang van de re-integratie.\n" * 60
    page = filler + "Bedrijfsarts: dr. E.L. Hofstra\n" + filler[:300]
    found = find_author(Extracted(kind=Kind.PDF, pages=["Titel", page], title_zone="Titel"))
    assert found == "dr. E.L. Hofstra (bedrijfsarts)"


# Every function word of _FUNCS as written, and the words a match can start with.
FUNCTION_WORDS = [
    "arbeidsdeskundige",
    "registerarbeidsdeskundige",
    "bedrijfsarts",
    "arts in opleiding tot bedrijfsarts",
    "verzekeringsarts",
    "casemanager",
    "case manager",
    "re-integratieconsulent",
    "reintegratieadviseur",
    "re-integratiecoach",
    "re-integratiedeskundige",
    "loopbaancoach",
    "loopbaanadviseur",
    "jobcoach",
    "trajectbegeleider",
    "hr-adviseur",
    "hr manager",
    "hrbusiness partner",
    "p&o-adviseur",
    "personeelsadviseur",
    "leidinggevende",
    "directeur",
    "teamleider",
    "manager",
    "werkgever",
    "werknemer",
    "praktijkondersteuner",
    "rapporteur",
    "re-integratie-consulent",
    "consulent",
    "adviseur",
    "occupational physician",
    "labour expert",
]


def test_every_function_word_is_a_function_and_starts_with_a_listed_letter() -> None:
    start = re.compile(f"[{authors._FUNC_START}]")
    for word in [*FUNCTION_WORDS, "naam"]:
        assert word == "naam" or authors._FUNC_ONLY.fullmatch(word), word
        assert start.match(word) and start.match(word.upper()), word


def test_start_classes_hold_every_case_form() -> None:
    """With case ignored a letter also matches other characters ("i": "İ", "ı"); the look-aheads list them all."""
    func_start = re.compile(f"[{authors._FUNC_START}]")
    name_start = re.compile(f"[{authors._NAME_START}]")
    func_letters = re.compile("[" + "".join(sorted(set(authors._FUNC_START.lower()))) + "]", re.IGNORECASE)
    title_letters = re.compile("[dmi]", re.IGNORECASE)  # dr drs mr ir ing mevr dhr mw
    for cp in range(0x110000):
        c = chr(cp)
        if func_letters.fullmatch(c):
            assert func_start.fullmatch(c), hex(cp)
        if title_letters.fullmatch(c) or "A" <= c <= "Z":
            assert name_start.fullmatch(c), hex(cp)


_FRAGMENTS = [
    *FUNCTION_WORDS,
    *(w.capitalize() for w in FUNCTION_WORDS),
    *(w.upper() for w in FUNCTION_WORDS[:6]),
    "naam",
    "Naam ",
    "name",
    "Functie",
    "function",
    "job title",
    "(naam)",
    "dr. ",
    "Drs ",
    "mr ",
    "İr. ",
    "ır ",
    "ing. ",
    "Mevr. ",
    "dhr ",
    "MW ",
    "A. Smit",
    "J. de Vries",
    "van der ",
    "Ten ",
    "El Amrani",
    "Çelik",
    ": ",
    ":",
    "\t",
    ", ",
    " - ",
    " – ",
    "|",
    "\n",
    "\n\n",
    " ",
    ".",
    "x",
    "ſ",
    "K",
]
_WINDOWS = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=2)), max_size=30).map("".join)


@settings(max_examples=400)
@given(_WINDOWS)
def test_window_search_finds_what_finditer_finds(window: str) -> None:
    """Look-aheads, skipped patterns and the early stop change nothing: the same matches, in the same order."""
    expected = [(m.span(), m.groupdict()) for pat in authors._AUTHOR_PATTERNS for m in pat.finditer(window)]
    assert [(m.span(), m.groupdict()) for m in authors._window_matches(window)] == expected


def test_a_job_title_under_a_signed_name_names_the_author() -> None:
    """'Namens UWV / W. Hoogeveen / medewerker Werkgeversservice': the line under the name is a job title; the same
    word as a label ('Medewerker: R. Veldkamp') names the employee, not the author."""
    from wia_dossier.authors import find_author
    from wia_dossier.model import Extracted, Kind

    signed = (
        "Heeft u vragen? Bel de Werkgeverslijn.\nNamens UWV\nW. Hoogeveen\nmedewerker Werkgeversservice\n24 juni 2025"
    )
    assert find_author(Extracted(kind=Kind.PDF, pages=[signed], title_zone="UWV")) == "W. Hoogeveen (medewerker)"
    label = "Medewerker: Ruud Veldkamp\nFunctie: chauffeur\nDatum: 3-2-2025"
    assert find_author(Extracted(kind=Kind.PDF, pages=[label], title_zone="")) is None


@pytest.mark.parametrize(
    "last",
    [
        # a copier scan: OCR reads specks at the left edge as quotes, and the two signatures side by side
        "Werkgever Werknemer\n“Miriam Bakker - Yvonne Kerkhof\n“casemanager namens werkgever Planner drukwerk\n23 september 2025",
        # a born-digital PDF: the columns are kept apart by a wide gap
        "Werkgever                      Werknemer\nMiriam Bakker                  Yvonne Kerkhof\n"
        "casemanager                    planner\n",
    ],
)
def test_two_signatures_side_by_side_name_the_left_one(last: str) -> None:
    assert find_author(Extracted(kind=Kind.PDF, pages=[last], title_zone="Eerstejaarsevaluatie")) == (
        "Miriam Bakker (casemanager)"
    )


def test_the_employee_signs_as_a_party_whatever_the_job_title() -> None:
    """'Werknemer / Ilse van Duivenbode / Medewerker bediening' is the employee's signature; the plan's author is the
    employer's signer, also when the job title comes second ('bedrijfsleider en casemanager')."""
    last = (
        "Visie werknemer\nIk wil graag terug naar mijn eigen werk.\nWerkgever\nMarloes Blokzijl\n"
        "bedrijfsleider en casemanager\n11 april 2025\nWerknemer\nIlse van Duivenbode\nMedewerker bediening\n11 april 2025\n"
    )
    assert find_author(Extracted(kind=Kind.PDF, pages=[last], title_zone="Plan van aanpak")) == (
        "Marloes Blokzijl (casemanager)"
    )
    alone = "Werknemer\nIlse van Duivenbode\nMedewerker bediening\n11 april 2025\n"
    assert find_author(Extracted(kind=Kind.PDF, pages=[alone], title_zone="Reactie")) == "Ilse van Duivenbode (werknemer)"


def test_ocr_joins_two_signature_columns_with_one_space() -> None:
    """A scanned eindevaluatie: 'M. Koster J. de Vries' over 'HR-adviseur, casemanager Magazijnmedewerker' is two
    signatures; the left one drew it up (the review saw 'J. de Vries (werknemer)' on the cover)."""
    last = (
        "Werkgever Werknemer\n\nM. Koster J. de Vries\nHR-adviseur, casemanager Magazijnmedewerker\n"
        "30 september 2026 30 september 2026\n"
    )
    assert find_author(Extracted(kind=Kind.PDF, pages=[last], title_zone="Eindevaluatie")) == "M. Koster (hr-adviseur)"
