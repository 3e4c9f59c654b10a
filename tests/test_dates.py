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
    for text in (
        "Eerste ziektedag: 13-01-2025",
        "Datum ziekmelding: 13 januari 2025",
        "ziek sinds 13-1-2025",
        "Eerste ziektedag\n13-01-2025",
    ):
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
    months = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
    for text in (
        f"Datum: {day:%d-%m-%Y}",
        f"Datum: {day.day} {months[day.month - 1]} {day.year}",
        f"Datum: {day.isoformat()}",
    ):
        assert dates.document_date(text).value == day


def test_signing_date_on_the_last_page_beats_the_consultation_date_on_page_1() -> None:
    # An arbodienst letter: "Datum spreekuur" in the header block of page 1, the bedrijfsarts signs on
    # page 2. UWV asks for the signing date per document (DOMAIN 4.3).
    text = (
        "Terugkoppeling bedrijfsarts\nNaam: P. Karaman\nEerste verzuimdag: 12-02-2024\n"
        "Datum spreekuur:      04-07-2024\n\nDe belastbaarheid is veranderd.\n"
        "\fMet vriendelijke groet,\n\nH.J. Zwiers\nbedrijfsarts, BIG-nr. 19034567801\n8 juli 2024\n"
    )
    found = dates.document_date(text)
    assert found is not None and found.value == D(2024, 7, 8)
    assert "ondertekening" in found.source


def test_a_later_page_still_counts_less_for_dates_in_the_body() -> None:
    text = (
        "Datum verslag: 3 maart 2025\nTekst.\f\fBijlage\nDatum onderzoek: 1 april 2025\nmeer tekst hierna\n" + "x" * 800
    )
    found = dates.document_date(text)
    assert found is not None and found.value == D(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English documents of international employers
        (
            "End evaluation\nSick since        22 January 2024\nHeld on           15 July 2025\n"
            "Nadia must apply for WIA by 2 November 2025 at the latest.",
            D(2025, 7, 15),
        ),
        # a print of a melding from UWV's employer portal
        (
            "Geboortedatum                27-06-1991\nDatum waarop werknemer ziek\n                22-01-2024\nwerd\n"
            "Ingediend op                 06-11-2024 11:42\nUw melding is verzonden.",
            D(2024, 11, 6),
        ),
        # an export from an HR system says when it was made
        (
            "Absence history – export\ngenerated 2025-10-03 09:14 by e.carter\nDate    Event\n"
            "2024-01-22   Sick report\n2024-03-01   Problem analysis received",
            D(2025, 10, 3),
        ),
        ("Verzuimoverzicht\nAfgedrukt op 14-01-2026\n12-02-2024  ziekmelding", D(2026, 1, 14)),
    ],
)
def test_own_date_labels_of_forms_exports_and_english_documents(text: str, expected: dt.date) -> None:
    found = dates.document_date(text)
    assert found is not None and found.value == expected


def test_the_sick_day_line_of_uwvs_portal_is_a_first_sick_day() -> None:
    text = "Datum waarop werknemer ziek\n                22-01-2024\nwerd\nIngediend op 06-11-2024 11:42\n"
    found = dates.first_sick_day(text)
    assert found is not None and found.value == D(2024, 1, 22)
    assert dates.first_sick_day("Sick since 22 January 2024\nHeld on 15 July 2025") is not None


def test_a_phone_or_scanner_file_name_yields_to_the_date_at_the_top_of_the_letter() -> None:
    """'WhatsApp Image 2025-07-09 at 08.31.55.jpeg' is the day the photo was sent; the letter is of 8 July."""
    from wia_dossier.dates import document_date

    text = "Dirk Oosterhuis\nVeldweg 8\n7491 PL Delden\n\n8 juli 2025\n\nU kunt een WIA-uitkering aanvragen\nGeachte heer Oosterhuis,"
    found = document_date(text, title_zone=text[:200], filename="WhatsApp Image 2025-07-09 at 08.31.55.jpeg")
    assert found is not None and found.value == dt.date(2025, 7, 8), found
    # a name a person gave keeps its date ahead of the first date in a text that has no dated signature
    long_text = text + "\n" + "Wat stuurt u mee? Het re-integratieverslag.\n" * 30
    named = document_date(long_text, title_zone=long_text[:200], filename="2025-07-10 brief UWV.pdf")
    assert named is not None and named.value == dt.date(2025, 7, 10), named
    for name in ("WhatsApp Image 2025-07-09 at 08.31.55.jpeg", "scan_2025-07-10.pdf", "IMG_2025-07-10.jpg"):
        photo = document_date(long_text, title_zone=long_text[:200], filename=name)
        assert photo is not None and photo.value == dt.date(2025, 7, 8), (name, photo)


def test_the_date_that_closes_the_signers_line_is_the_signing_date() -> None:
    """'M. Jansen, bedrijfsarts, Arbo Noord, 7 november 2023' under the report beats 'Datum spreekuur' at its top."""
    text = (
        "Probleemanalyse\nWerknemer J. de Boer\nDatum spreekuur 06-11-2023\n\nBeperkingen\ngeen tillen\n\nAdvies\n"
        "Plan van aanpak binnen twee weken.\n\nM. Jansen, bedrijfsarts, Arbo Noord, 7 november 2023\n"
    )
    found = dates.document_date(text)
    assert found is not None and found.value == dt.date(2023, 11, 7), found
    # a date in a sentence that names a function is no signer's line
    text2 = "Verslag\nDatum gesprek: 12-03-2024\nDe bedrijfsarts zag haar op 2 april 2024.\n"
    found = dates.document_date(text2)
    assert found is not None and found.value == dt.date(2024, 3, 12), found


def test_a_received_stamp_is_not_the_letters_date() -> None:
    """A scanned letter: OCR reads the stamp 'ONTVANGEN 29 DEC 2023' before the letter's own date line."""
    text = "Arbodienst Hofstee\nONTVANGEN\nDe heer G. Dekker 29 DEC 2023\nGroot Ammers 27 december 2023\nProbleemanalyse\n"
    found = dates.document_date(text)
    assert found is not None and found.value == dt.date(2023, 12, 27), found


def test_vastgesteld_with_a_date_is_the_documents_date() -> None:
    text = "Trajectplan tweede spoor\nCliënt: N. Bakker · intake 09-10-2024\nDoel: passend werk.\nVastgesteld 16-10-2024, J. Melchers\n"
    found = dates.document_date(text)
    assert found is not None and found.value == dt.date(2024, 10, 16), found


# --- session 9 ----------------------------------------------------------------------------------------------------


def test_a_deadline_named_first_in_a_letter_is_not_its_date() -> None:
    """'Uw wachttijd eindigt op 2 augustus 2026': the end of something, not the day the letter was written."""
    text = "UWV\nAanvraag WIA-uitkering\nGeachte heer Vink,\n\nUw wachttijd eindigt op 2 augustus 2026. Vraag aan vóór 17 mei 2026."
    assert dates.document_date(text) is None
    assert dates.document_date("Het contract loopt af op 1 juni 2026.\nDatum: 4 mei 2026").value == dt.date(2026, 5, 4)


def test_an_english_sent_line_dates_the_quoted_message() -> None:
    text = "Hi Jan, see below.\n\nFrom: Praktijk Oost\nSent: Tuesday, March 4, 2025 9:15 AM\nSubject: Advies\n\nMijn advies."
    found = dates.document_date(text)
    assert found is not None and found.value == dt.date(2025, 3, 4), found


def test_a_date_without_a_year_takes_the_one_year_that_fits() -> None:
    """A weekday fixes the year within the case's span; a bare day and month only when the span holds it once."""
    start, end = dt.date(2025, 3, 3), dt.date(2026, 2, 20)
    weekday = dates.date_without_year("Verslag\nOp woensdag 14 januari spraken we af dat", "v.docx", start, end)
    assert weekday is not None and weekday.value == dt.date(2026, 1, 14), weekday
    assert dates.date_without_year("Op donderdag 14 januari", "v.docx", start, end) is None  # no such Thursday
    short = dates.date_without_year("gesprek met Ruben 3-6\n- gaat goed", "notitie.txt", start, end)
    assert short is not None and short.value == dt.date(2025, 6, 3), short
    by_name = dates.date_without_year("- gaat goed", "overleg Ruben 3-6.txt", start, end)
    assert by_name is not None and by_name.value == dt.date(2025, 6, 3)
    # two years of sickness hold 3 June twice: no guess
    assert dates.date_without_year("gesprek met Ruben 3-6", "n.txt", start, dt.date(2026, 12, 1)) is None


def _eml(tmp_path, body: str, *, attach: bool = False):
    from email.message import EmailMessage

    from wia_dossier.extractors import ExtractOptions, extract
    from wia_dossier.model import SourceFile

    msg = EmailMessage()
    msg["From"] = "Petra <petra@bakkerij.example>"
    msg["To"] = "Joris <joris@mail.example>"
    msg["Subject"] = "RE: verslag"
    msg["Date"] = "Mon, 09 Jun 2025 10:00:00 +0200"
    msg.set_content(body)
    if attach:
        msg.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="verslag.pdf")
    path = tmp_path / "mail.eml"
    path.write_bytes(msg.as_bytes())
    ex = extract(SourceFile("mail.eml", path.stat().st_size, "0" * 64, abs_path=path), ExtractOptions())
    return dates.document_date(ex.text, title_zone=ex.title_zone)


QUOTED = "\n\nVan: Marja <marja@bakkerij.example>\nVerzonden: dinsdag 3 juni 2025 16:20\nOnderwerp: verslag\n\nJoris werkt 4 x 4 uur."


def test_a_short_reply_over_a_quoted_report_is_dated_by_the_report(tmp_path) -> None:
    """'Klopt, dank je!' above the quoted meeting report: the document is the report of 3 June. A reply that is the
    employee's own view, or a mail with the document attached, keeps its own date."""
    assert _eml(tmp_path, "Klopt helemaal, dank je!\nJoris" + QUOTED).value == dt.date(2025, 6, 3)
    own_view = (
        "Hoi Marja,\n\nMijn mening over het verslag: ik ben het eens met wat erin staat, maar ik vind dat het tweede "
        "spoor te laat begon. Ik wil dat dat in het verslag komt te staan. Verder akkoord.\n\nJoris"
    )
    assert _eml(tmp_path, own_view + QUOTED).value == dt.date(2025, 6, 9)
    assert _eml(tmp_path, "Zie bijlage.\nJoris" + QUOTED, attach=True).value == dt.date(2025, 6, 9)


def test_a_mail_that_puts_a_meeting_on_paper_is_dated_by_the_meeting() -> None:
    """'Zoals besproken op 30 juni' in a mail sent on 1 July: the report of the meeting of 30 June. A date further back
    than three weeks, or one that is not the meeting's, is not taken."""
    sent = dt.date(2025, 7, 1)
    found = dates.meeting_date("Beste Koen,\n\nZoals besproken op 30 juni 2025 zet ik hieronder onze terugblik op papier.", sent)
    assert found is not None and found.value == dt.date(2025, 6, 30), found
    after = dates.meeting_date("Hoi Rianne,\n\nHieronder wat we dinsdag 24 juni 2025 hebben besproken.", sent)
    assert after is not None and after.value == dt.date(2025, 6, 24)
    assert dates.meeting_date("Zoals besproken op 2 mei 2025 ...", sent) is None  # two months: another meeting
    assert dates.meeting_date("Je eerste ziektedag was 30 juni 2025. Graag je reactie.", sent) is None


def test_a_month_without_its_last_letter_is_still_the_month() -> None:
    """OCR loses the thin final 'i' of 'januari' and 'februari' (and German letters spell them so)."""
    found = dates.document_date("Beslissing verlenging loondoorbetaling\nDatum: 28 januar 2026\nBSN: 123456782")
    assert found is not None and found.value == dt.date(2026, 1, 28)
    assert [h.value for h in dates.find_dates("op 3 februar 2025")] == [dt.date(2025, 2, 3)]


def test_a_plan_is_dated_by_the_start_it_gives_when_it_has_no_other_date() -> None:
    """'Start: 11 juni 2025' in a trajectplan is when the second track began; a birth date or first sick day is not."""
    text = "Trajectplan 2e spoor\nKandidaat: Petra Wijnstra\nGeboortedatum: 02-03-1980\nStart: 11 juni 2025\n"
    found = dates.start_date(text)
    assert found is not None and found.value == dt.date(2025, 6, 11)
    assert dates.start_date("Startdatum traject: 02-09-2024") is not None
    assert dates.start_date("Eerste ziektedag: 02-09-2024\nGeboortedatum: 01-01-1980") is None


def test_the_plans_own_date_beats_the_intake_it_followed() -> None:
    """A second-track plan's form gives 'Datum intake' and 'Datum plan': the plan is dated by its own date (seven
    trajectplans in corpora 15-29 were dated by the intake a few days earlier). 'Datum oorspronkelijk plan' in an
    adjusted plan is the earlier plan's date."""
    form = "Trajectplan tweede spoor\nNaam werknemer   D. Roelofsen\nDatum intake     19-02-2025\nDatum plan       24-02-2025\n"
    found = dates.document_date(form)
    assert found is not None and found.value == dt.date(2025, 2, 24)
    adjusted = "Bijstelling plan van aanpak\nDatum oorspronkelijk plan: 28-03-2024\nDatum: 18-07-2024\n"
    found = dates.document_date(adjusted)
    assert found is not None and found.value == dt.date(2024, 7, 18)
