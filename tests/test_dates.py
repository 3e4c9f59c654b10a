"""Dates as Dutch documents write them; the document's own date, not every date in the text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wia_dossier import dates

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Datum: 12 maart 2025", D(2025, 3, 12)),
        ("Datum: 12-03-2025", D(2025, 3, 12)),
        ("Datum: 12/3/25", D(2025, 3, 12)),
        ("Datum: 2025-03-12", D(2025, 3, 12)),
        ("datum rapportage: 3 mrt. 2024", D(2024, 3, 3)),
        ("Amsterdam, 5 mei 2025", D(2025, 5, 5)),
        ("Opgesteld op 31.12.2024", D(2024, 12, 31)),
        ("d.d. 1 okt 2026", D(2026, 10, 1)),
        ("Datum gesprek\n14-07-2025", D(2025, 7, 14)),  # label in the cell before
        ("Date: March 12, 2025", D(2025, 3, 12)),
    ],
)
def test_labelled_document_date(text: str, expected: dt.date) -> None:
    found = dates.document_date(text)
    assert found is not None and found.value == expected


def test_other_dates_are_not_the_document_date() -> None:
    text = (
        "Geboortedatum: 01-02-1980\nEerste ziektedag: 13 januari 2025\nIn dienst sinds 1-9-2010\n"
        "Volgende afspraak: 20-04-2025\nDatum: 5 maart 2025\n"
    )
    found = dates.document_date(text)
    assert found is not None and found.value == D(2025, 3, 5)
    assert "Datum" in found.source


def test_period_dates_are_skipped() -> None:
    text = "Rapportageperiode: 1-3-2025 t/m 31-3-2025\nDatum rapportage: 4 april 2025"
    assert dates.document_date(text).value == D(2025, 4, 4)


def test_filename_prefix_when_text_has_no_labelled_date() -> None:
    found = dates.document_date("geen datum hier", filename="2025-03-05 PvA getekend.pdf")
    assert found is not None and found.value == D(2025, 3, 5)
    assert "bestandsnaam" in found.source


def test_invalid_dates_are_ignored() -> None:
    assert dates.find_dates("31-02-2025 en 2025-13-01 en 99-99-99") == []


def test_first_sick_day_phrases() -> None:
    for text in ("Eerste ziektedag: 13-01-2025", "Datum ziekmelding: 13 januari 2025", "ziek sinds 13-1-2025",
                 "Eerste ziektedag\n13-01-2025"):
        found = dates.first_sick_day(text)
        assert found is not None and found.value == D(2025, 1, 13), text


def test_leap_day() -> None:
    assert dates.document_date("Datum: 29 februari 2024").value == D(2024, 2, 29)
    assert dates.document_date("Datum: 29 februari 2025") is None


@given(st.text(max_size=400))
def test_never_crashes_on_any_text(text: str) -> None:
    dates.document_date(text, filename=text[:40])
    dates.first_sick_day(text)


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2099, 12, 31)))
def test_round_trip_numeric_and_written(day: dt.date) -> None:
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"]
    for text in (f"Datum: {day:%d-%m-%Y}", f"Datum: {day.day} {months[day.month - 1]} {day.year}", f"Datum: {day.isoformat()}"):
        assert dates.document_date(text).value == day
