"""Documents as employers and arbodiensten really keep them: UWV's model forms filled in by a party, blank
templates, a reply mail that carries the meeting report, a form field that names another document, the
employer's absence policy.

Each test states the principle with a document written for it (fictional names; the BSN passes the elfproef).
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

from fpdf import FPDF

from wia_dossier.pipeline import ScanOptions, run_scan

FIRST_SICK_DAY = dt.date(2024, 1, 15)
AS_OF = dt.date(2026, 1, 10)


def _pdf(path: Path, lines: list[str]) -> Path:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 18.0
    for line in lines:
        pdf.text(18, y, line)
        y += 6.5
    pdf.output(str(path))
    return path


def _classify(tmp_path: Path, name: str, lines: list[str]) -> tuple[str | None, list[str]]:
    case = tmp_path / "case"
    case.mkdir(exist_ok=True)
    _pdf(case / name, lines)
    [doc] = [
        d for d in run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=FIRST_SICK_DAY)).documents if d.path == name
    ]
    return doc.type, doc.reasons


UWV_FORM_HEAD = [
    "UWV",
    "Uitvoeringsinstituut Werknemersverzekeringen",
    "Eindevaluatie",
    "Model UWV - in te vullen door werkgever en werknemer samen",
]
FILLED = [
    "1 Gegevens werknemer",
    "1.1 Naam werknemer   Sanne Hofstede",
    "1.2 Burgerservicenummer   123456782",
    "2 Terugblik",
    "2.1 Wat is er in twee jaar aan re-integratie gedaan?   Aangepast werk, tweede spoor via een bureau.",
    "2.2 Is het re-integratieresultaat bereikt?   Deels: 16 uur passend werk in de eigen organisatie.",
    "2.3 Visie werkgever   Goed gegaan binnen de mogelijkheden.",
    "2.4 Visie werknemer   Eens met de terugblik.",
    "3 Ondertekening",
    "Handtekening werkgever   Handtekening werknemer",
    "Datum: 02-12-2025   Datum: 02-12-2025",
]
BLANK = [
    "1 Gegevens werknemer",
    "1.1 Naam werknemer   ..........................................",
    "1.2 Burgerservicenummer   ..........................................",
    "2 Terugblik",
    "2.1 Wat is er in twee jaar aan re-integratie gedaan?   ..........................................",
    "2.2 Is het re-integratieresultaat bereikt?   ..........................................",
    "2.3 Visie werkgever   ..........................................",
    "2.4 Visie werknemer   ..........................................",
    "3 Ondertekening",
    "Handtekening werkgever   Handtekening werknemer",
    "Datum: __ - __ - ____   Datum: __ - __ - ____",
]


def test_a_uwv_model_form_filled_in_by_the_parties_is_theirs(tmp_path: Path) -> None:
    # UWV's logo and name head the form, but werkgever and werknemer filled it in and signed it
    doc_type, reasons = _classify(tmp_path, "formulier.pdf", UWV_FORM_HEAD + FILLED)
    assert doc_type == "eindevaluatie", reasons


def test_a_uwv_model_form_filled_in_by_the_bedrijfsarts_is_the_bedrijfsartss(tmp_path: Path) -> None:
    lines = [
        "UWV",
        "Uitvoeringsinstituut Werknemersverzekeringen",
        "Actueel oordeel",
        "In te vullen door de bedrijfsarts",
        "Werknemer: Sanne Hofstede",
        "Burgerservicenummer: 123456782",
        "Eerste ziektedag: 15-01-2024",
        "1 Verloop arbeidsongeschiktheid",
        "Stabiel sinds het voorjaar, geen verdere verbetering te verwachten.",
        "2 Mogelijkheden en beperkingen",
        "4 x 4 uur zittend werk, niet tillen boven 5 kg.",
        "3 Arbeidsrelatie en passende arbeid",
        "Passend werk bij de werkgever: klantenservice 16 uur.",
        "Bedrijfsarts",
        "M.A. Vinkenborg, bedrijfsarts",
        "30-06-2025",
    ]
    doc_type, reasons = _classify(tmp_path, "IMG_2291.jpg.pdf", lines)
    assert doc_type == "actueel_oordeel", reasons


def test_a_blank_template_is_no_document(tmp_path: Path) -> None:
    doc_type, reasons = _classify(tmp_path, "eindevaluatie.pdf", UWV_FORM_HEAD + BLANK)
    assert doc_type is None
    assert any("leeg formulier" in r for r in reasons), reasons


def test_a_letter_from_uwv_stays_uwvs(tmp_path: Path) -> None:
    letter = [
        "UWV",
        "Uitvoeringsinstituut Werknemersverzekeringen",
        "Postbus 58285, 1040 HG Amsterdam",
        "Datum: 10-11-2025",
        "Betreft: uw werknemer kan een WIA-uitkering aanvragen",
        "Werknemer: Sanne Hofstede   BSN: 123456782",
        "Stuur bij de aanvraag het re-integratieverslag mee, met de eindevaluatie en het actueel oordeel.",
        "Met vriendelijke groet,",
        "UWV, afdeling WIA",
    ]
    doc_type, reasons = _classify(tmp_path, "brief.pdf", letter)
    assert doc_type == "uwv_correspondentie", reasons


def test_a_field_that_names_another_document_is_no_title(tmp_path: Path) -> None:
    # the amendment refers to the first-year evaluation in a form field; its own title is the plan's amendment
    lines = [
        "Northwind B.V. - People & Culture",
        "Plan of approach - amendment no. 1",
        "Employee: Sanne Hofstede",
        "Citizen service number: 123456782",
        "First-year evaluation dated: 21 January 2025",
        "Original plan dated: 22 March 2024",
        "Changed goal: suitable work with another employer (track 2).",
        "New agreements: select a track 2 provider by 28 February 2025.",
        "Employer: signed 4 February 2025   Employee: signed 4 February 2025",
    ]
    doc_type, reasons = _classify(tmp_path, "amendment.pdf", lines)
    assert doc_type == "bijstelling_plan_van_aanpak", reasons


def test_the_employers_absence_policy_is_no_riv_document(tmp_path: Path) -> None:
    # it describes what the bedrijfsarts writes when, and names no employee
    lines = [
        "Bakkerij Verhoef B.V.",
        "Verzuimprotocol",
        "Probleemanalyse: de bedrijfsarts stelt uiterlijk in week 6 een probleemanalyse op.",
        "Daarna maken werkgever en werknemer binnen 2 weken samen een plan van aanpak.",
        "Elke 6 weken evalueren zij het plan; in week 52 volgt de eerstejaarsevaluatie.",
        "Vragen over uw verzuim? Neem contact op met de bedrijfsarts van de arbodienst.",
    ]
    doc_type, reasons = _classify(tmp_path, "protocol.pdf", lines)
    assert doc_type is None, reasons


def _mail(path: Path, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Bart Nijhuis <b.nijhuis@bedrijf.example>", "Sanne Hofstede <s.h@mail.example>"
    msg["Subject"], msg["Date"] = subject, "Mon, 09 Sep 2024 10:00:00 +0200"
    msg.set_content(body)
    path.write_bytes(msg.as_bytes())


REPORT = """Beste Sanne,

Hieronder het verslag van ons gesprek van vrijdag. Laat het weten als je het er niet mee eens bent.

Verslag evaluatiegesprek plan van aanpak - 6 september 2024
Aanwezig: Sanne Hofstede, Bart Nijhuis. BSN 123456782.
Hoe gaat het: Sanne werkt sinds juli 3 x 3 uur aan planning en klantcontact; dat gaat goed.
Afspraken nagekomen: ja, door beide partijen.
Nieuwe afspraken: opbouw naar 3 x 4 uur vanaf 16 september; volgende evaluatie half oktober.

Groet,
Bart
"""


def test_a_reply_that_carries_the_meeting_report_is_the_report(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    _mail(case / "RE uitnodiging.eml", "RE: Uitnodiging evaluatiegesprek 6 september", REPORT)
    _mail(
        case / "uitnodiging.eml",
        "Uitnodiging evaluatiegesprek 6 september",
        "Beste Sanne,\n\nHierbij nodig ik je uit voor ons evaluatiegesprek van het plan van aanpak op vrijdag "
        "6 september om 10.00 uur.\n\nGroet,\nBart\n",
    )
    docs = {d.path: d for d in run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=FIRST_SICK_DAY)).documents}
    assert docs["RE uitnodiging.eml"].type == "tussentijdse_evaluatie", docs["RE uitnodiging.eml"].reasons
    assert docs["uitnodiging.eml"].type is None  # the invitation itself stays no RIV document


OPINION = """Beste P. Aydin,

Hierbij mijn oordeel over het re-integratieverslag, zoals gevraagd.

Oordeel van de werknemer
BSN: 123456782
Datum: 01-05-2026

Ik heb alle stukken van het re-integratieverslag ontvangen en gelezen. Ik ben het eens met de probleemanalyse,
het plan van aanpak en de eindevaluatie. Wel vind ik dat het tweede spoor later had mogen starten.

Met vriendelijke groet,
Sanne Hofstede
"""


def _form_findings(case: Path) -> list[dict]:
    from wia_dossier.report import to_json_obj

    report = to_json_obj(run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=FIRST_SICK_DAY)))
    return [f for f in report["findings"] if f["code"] == "form"]  # type: ignore[index]


def test_the_employees_own_view_names_its_author_by_being_the_employees(tmp_path: Path) -> None:
    # UWV wants name and function of whoever wrote each part; for the employee's view the function is
    # 'werknemer' by what the document is, and the mail's sender gives the name
    case = tmp_path / "case"
    case.mkdir()
    _mail(case / "mijn oordeel.eml", "Mijn oordeel over het re-integratieverslag", OPINION)
    # the same text forwarded by HR: the sender is HR, not the author
    _mail(case / "doorgestuurd.eml", "FW: Mijn oordeel over het re-integratieverslag", OPINION.replace("BSN", "Bsn"))
    findings = _form_findings(case)
    assert [f["path"] for f in findings] == ["doorgestuurd.eml"], findings
    assert "naam en functie" in findings[0]["message"]


def test_a_reason_never_quotes_the_employees_sentence(tmp_path: Path) -> None:
    # a cue with a gap ('ik ... mijn') matches a whole sentence of the employee's own words: the reason
    # names its ends only, so what the employee wrote about health stays out of the report
    lines = [
        "Mijn oordeel over het re-integratieverslag",
        "Naam: Sanne Hofstede",
        "Datum: 02-12-2025",
        "Ik ben het eens met het verslag.",
        "Ik kon door de hernia lange tijd niet zitten, maar mijn werkgever heeft goed meegedacht.",
    ]
    doc_type, reasons = _classify(tmp_path, "oordeel.pdf", lines)
    assert doc_type == "oordeel_werknemer", reasons
    assert "hernia" not in " ".join(reasons)


def test_section_headings_that_are_other_documents_titles_do_not_make_an_overview() -> None:
    # an actueel oordeel about one employee whose letterhead's web address holds 'medisch' and 'ad-rapport' and
    # whose sections are headed like other RIV documents: no title in an address, and no overview (a table of
    # contents lists titles line after line, this document has text under each)
    lines = [
        "Arbo Voorbeeld",
        "Arbodienstverlening",
        "www.medisch-ad-rapport.example",
        "Actueel oordeel",
        "van de bedrijfsarts bij de WIA-aanvraag",
        "Naam werknemer Sanne Hofstede",
        "BSN 123456782",
        "Functie Magazijnmedewerker",
        "Datum 13 juli 2026",
        "Bedrijfsarts A. Wolters, BIG 59033344401",
        "Stand van zaken",
        "Werknemer werkt 20 uur per week in aangepast werk. De belastbaarheid is stabiel.",
        "Beperkingen en mogelijkheden",
        "Zittend werk met afwisseling, maximaal 4 uur per dag.",
        "Arbeidsrelatie",
        "De arbeidsrelatie is goed.",
        "Passende arbeid bij de werkgever",
        "Passende arbeid is er in beperkte omvang (20 uur), niet in het eigen werk.",
        "Bedrijfsarts",
        "A. Wolters",
        "13 juli 2026",
    ]
    # the whole text as the title zone: a form printed small enough that every heading is in the top of page 1
    from wia_dossier.checklist import load_checklist
    from wia_dossier.classify import classify, compile_checklist
    from wia_dossier.model import Extracted, Kind

    text = "\n".join(lines)
    ex = Extracted(kind=Kind.PDF, pages=[text], page_numbers=[1], page_count=1, title_zone=text)
    c = classify(compile_checklist(load_checklist()), ex, "ao.pdf")
    assert c.type == "actueel_oordeel", c.reasons


# --- session 9: a consult report before the titled probleemanalyse; a meeting note dated by its weekday ----------


def test_a_consult_feedback_before_the_titled_probleemanalyse_is_no_part_of_it(tmp_path: Path) -> None:
    """The bedrijfsarts's 'Terugkoppeling spreekuur' of week 3 fits a probleemanalyse; when his paper of week 6 is
    titled 'Probleemanalyse', that one is the analysis (not a 'bijstelling' of the feedback) and the feedback is a
    consultation report."""
    case = tmp_path / "case"
    case.mkdir()
    head = ["Arbo Kustlijn", "Werknemer: Joris Vink", "BSN: 123456782"]
    _pdf(
        case / "Terugkoppeling spreekuur.pdf",
        [*head[:1], "Terugkoppeling spreekuur", *head[1:], "Datum: 02-02-2024",
         "Beperkingen en mogelijkheden: beperkt in tillen; licht werk 2 uur per dag. Prognose volgt.",
         "P. Dam, bedrijfsarts"],
    )  # fmt: skip
    _pdf(
        case / "PA Vink.pdf",
        [*head[:1], "Probleemanalyse", *head[1:], "Datum: 21-02-2024",
         "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: niet tillen boven 5 kg.",
         "Prognose: gedeeltelijke hervatting binnen drie maanden. Advies: stel binnen twee weken een plan van aanpak op.",
         "P. Dam, bedrijfsarts"],
    )  # fmt: skip
    docs = {d.path: d for d in run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=FIRST_SICK_DAY)).documents}
    assert docs["PA Vink.pdf"].type == "probleemanalyse", docs["PA Vink.pdf"].reasons
    feedback = docs["Terugkoppeling spreekuur.pdf"]
    assert feedback.type is None and "spreekuurverslag" in feedback.reasons[0], feedback.reasons


def test_a_meeting_note_dated_by_its_weekday_gets_the_one_year_that_fits(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    _pdf(case / "PA.pdf", ["Probleemanalyse", "Werknemer: Joris Vink", "Datum: 20-02-2024",
                           "Dreigend langdurig verzuim. Beperkingen en mogelijkheden: licht werk.", "P. Dam, bedrijfsarts"])  # fmt: skip
    _pdf(case / "EV.pdf", ["Eindevaluatie", "Werknemer: Joris Vink", "Datum: 04-11-2025", "Terugblik op twee jaar."])
    _pdf(case / "gesprek.pdf", ["Gesprek met Joris", "Op dinsdag 8 oktober spraken we over de opbouw.",
                                "Joris werkt 4 x 4 uur. Volgende keer over vijf weken.", "Werkgever / Werknemer"])  # fmt: skip
    docs = {d.path: d for d in run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=FIRST_SICK_DAY)).documents}
    note = docs["gesprek.pdf"]
    assert note.date is not None and note.date.value == dt.date(2024, 10, 8), note.date
    assert note.type == "tussentijdse_evaluatie", note.reasons


def test_a_mailed_meeting_report_is_dated_by_the_meeting_it_records(tmp_path: Path) -> None:
    """Sent on Wednesday about Tuesday's meeting: the interim evaluation is Tuesday's."""
    case = tmp_path / "case"
    case.mkdir()
    msg = EmailMessage()
    msg["From"] = "Marja <marja@bakkerij.example>"
    msg["To"] = "Joris <joris@mail.example>"
    msg["Subject"] = "Afspraken na ons gesprek"
    msg["Date"] = "Wed, 05 Jun 2024 09:30:00 +0200"
    msg.set_content(
        "Hoi Joris,\n\nZoals beloofd op een rij wat we dinsdag 4 juni 2024 hebben besproken.\n\n- Je werkt 3 x 4 uur "
        "aan de balie; dat gaat goed.\n- De afspraken uit het plan van aanpak zijn nagekomen.\n- Volgende evaluatie over "
        "zes weken.\n\nJoris Vink, BSN 123456782\n\nGroet,\nMarja (casemanager)"
    )
    (case / "Afspraken na ons gesprek.eml").write_bytes(msg.as_bytes())
    [doc] = run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=FIRST_SICK_DAY)).documents
    assert doc.type == "tussentijdse_evaluatie", doc.reasons
    assert doc.date is not None and doc.date.value == dt.date(2024, 6, 4), doc.date
