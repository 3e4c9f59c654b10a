"""The classifier's hard cases, each as a small hand-written document (the corpus test measures the whole)."""

from __future__ import annotations

import datetime as dt

import pytest

from wia_dossier.checklist import load_checklist
from wia_dossier.authors import find_author
from wia_dossier.classify import classify, compile_checklist
from wia_dossier.model import Extracted, Kind

MODEL = compile_checklist(load_checklist())


def _doc(zone: str, body: str = "", kind: Kind = Kind.PDF) -> Extracted:
    return Extracted(kind=kind, pages=[zone + "\n" + body], page_numbers=[1], page_count=1, title_zone=zone)


@pytest.mark.parametrize(
    ("zone", "body", "expected"),
    [
        # a longer title beats the one it contains
        (
            "Arbodienst West\nActueel oordeel bij de probleemanalyse",
            "Ten behoeve van de WIA-aanvraag. Arbeidsrelatie goed.",
            "actueel_oordeel",
        ),
        (
            "Arbodienst West\nBijstelling probleemanalyse",
            "Ten opzichte van de eerdere probleemanalyse is de belastbaarheid gewijzigd.",
            "bijstelling_probleemanalyse",
        ),
        (
            "Eindevaluatie plan van aanpak",
            "Terugblik op twee jaar. Aard van het bedrijf: bouw. Passende arbeid is er niet.",
            "eindevaluatie",
        ),
        (
            "Evaluatie plan van aanpak",
            "Aanwezigen: werknemer, casemanager. Afspraken nagekomen. Volgend gesprek over zes weken.",
            "tussentijdse_evaluatie",
        ),
        (
            "Eerstejaarsevaluatie",
            "Terugblik op het eerste ziektejaar en het beoogde re-integratieresultaat voor het tweede ziektejaar.",
            "eerstejaarsevaluatie",
        ),
        (
            "Re-integratiebureau Noord\nEindrapportage tweede spoor",
            "Het traject is afgesloten. Resultaat van het traject: ...",
            "eindrapportage_tweede_spoor",
        ),
        (
            "Re-integratiebureau Noord\nVoortgangsrapportage 2e spoor",
            "Rapportageperiode maart. Sollicitaties: 4. Vacatures besproken.",
            "voortgangsrapportage_tweede_spoor",
        ),
        # English-language employer
        (
            "Nordic Freight B.V.\nFirst-year evaluation",
            "Looking back on year 1. Intended result for year 2: adapted work.",
            "eerstejaarsevaluatie",
        ),
        # abbreviation that fills the title line
        (
            "BIJSTELLING PA\nherziene belastbaarheid",
            "Wijziging t.o.v. probleemanalyse van 19/02/2024.",
            "bijstelling_probleemanalyse",
        ),
    ],
)
def test_hard_pairs(zone: str, body: str, expected: str) -> None:
    c = classify(MODEL, _doc(zone, body), "scan0001.pdf")
    assert c.type == expected, c.reasons
    assert c.reasons and 0 < c.confidence <= 1


def test_misleading_filename_loses_to_content() -> None:
    c = classify(
        MODEL,
        _doc("Verslag voortgangsgesprek", "Aanwezigen: casemanager en werknemer. Volgend gesprek: 1-6-2025."),
        "eindevaluatie.pdf",
    )
    assert c.type == "tussentijdse_evaluatie"


@pytest.mark.parametrize(
    ("zone", "body"),
    [
        (
            "Arbodienst West\nFactuur",
            "Factuurnummer 2025-01\nProbleemanalyse € 185,00\nActueel oordeel € 150,00\nTe betalen",
        ),
        ("Loonstrook maart 2025", "Bruto loon 3.000\nLoonheffing ingehouden 600\nNetto loon 2.400"),
        (
            "Wat moet er in het re-integratieverslag?",
            "Informatieblad. Het re-integratieverslag bevat de probleemanalyse, het plan van aanpak, de eerstejaarsevaluatie, "
            "het actueel oordeel, de eindevaluatie en het oordeel van de werknemer. Lees meer op onze site.",
        ),
    ],
)
def test_unrelated_documents_stay_unclassified(zone: str, body: str) -> None:
    c = classify(MODEL, _doc(zone, body), "document.pdf")
    assert c.type is None, c.reasons
    assert c.reasons


def test_covering_email_is_no_document() -> None:
    ex = _doc("Re: plan van aanpak", "Hoi, kun je de PvA nog even sturen? Groet, Petra", kind=Kind.EMAIL)
    assert classify(MODEL, ex, "Re kun je de PvA sturen.eml").type is None


def test_medical_reasons_never_name_the_terms() -> None:
    ex = _doc(
        "Polikliniek Neurologie\nGeachte collega,",
        "Patiënt is bij ons bekend met een hernia. Diagnose bevestigd met MRI. Medicatie: ibuprofen 400 mg.",
    )
    c = classify(MODEL, ex, "brief.pdf")
    assert c.type == "medische_informatie"
    text = " ".join(c.reasons).lower()
    for word in ("hernia", "ibuprofen", "mri"):
        assert word not in text


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("Datum: 3-2-2025\nM. Bakker, bedrijfsarts, BIG 1901", "M. Bakker (bedrijfsarts)"),
        (
            "Namens Arbodienst\ndr. E.L. Hofstra\nbedrijfsarts, BIG 39012345601\n22 september 2026",
            "dr. E.L. Hofstra (bedrijfsarts)",
        ),
        ("Naam: J. Smeets\nFunctie: arbeidsdeskundige\nDatum: 23/12/24", "J. Smeets (arbeidsdeskundige)"),
        ("Rapporteur\n\nS. Meijer\nRe-integratiebureau Tweede Kans", "S. Meijer (rapporteur)"),
        ("M. Koster\nHR-adviseur, casemanager\n24 februari 2025", "M. Koster (hr-adviseur)"),
        ("Handtekening werkgever:\nHandtekening werknemer:", None),
    ],
)
def test_author_name_and_function(tail: str, expected: str | None) -> None:
    assert find_author(Extracted(kind=Kind.PDF, pages=[tail], title_zone="")) == expected


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Probleernanalyse", "probleemanalyse"),
        ("Eindevaluatle", "eindevaluatie"),
        ("Eerstejaarsevaluatle plan van aanpak", "eerstejaarsevaluatie"),
    ],
)
def test_title_with_an_ocr_error_still_counts(zone: str, expected: str) -> None:
    c = classify(MODEL, _doc(zone + "\nNaam werknemer: K. Visser", "Datum: 3-2-2025"), "scan_0001.pdf")
    assert c.type == expected, c.reasons
    assert "~" in c.reasons[0]  # the reason says the match was approximate


def _pages(*pages: str) -> Extracted:
    lines = pages[0].split("\n")
    return Extracted(
        kind=Kind.PDF,
        pages=list(pages),
        page_numbers=list(range(1, len(pages) + 1)),
        page_count=len(pages),
        title_zone="\n".join(lines[:6]),
    )


def test_title_after_a_cover_and_a_table_of_contents() -> None:
    """A report bound with a cover and a contents page: its title opens page 3, and the reason says so."""
    cover = "Transportbedrijf Zuidas B.V.\nDokweg 4, Breda\nRapport\nre-integratie\nMedewerker K. Visser"
    contents = "Inhoudsopgave\n" + "\n".join(
        f"{n}. {t} {'.' * 30} {n + 2}"
        for n, t in enumerate(["Terugblik", "Tweede spoor", "Sollicitaties", "Vacatures", "Visie werknemer"], 1)
    )
    report = (
        "Transportbedrijf Zuidas B.V.\nEerstejaarsevaluatie\nNaam werknemer: K. Visser\nDatum: 12-02-2026\n"
        "Terugblik op het eerste ziektejaar. Het tweede spoor is gestart; sollicitaties en vacatures worden besproken."
    )
    c = classify(MODEL, _pages(cover, contents, report), "rapport.pdf")
    assert c.type == "eerstejaarsevaluatie", c.reasons
    assert "bovenaan pagina 3" in c.reasons[0]


def test_an_export_index_page_is_no_overview_of_documents() -> None:
    """An arbodienst's export opens with a list of the documents in it (title and date per line): the file is
    the first of them, not a leaflet that names many documents."""
    index = (
        "Arbodienst Kompas\nExport dossier werknemer P. Smit\nAangemaakt op 02-10-2025 door M. Bos\n"
        "Onderdeel Datum\nProbleemanalyse 03-03-2025\nPlan van aanpak 20-03-2025\n"
        "Bijstelling probleemanalyse 01-07-2025\nInzetbaarheidsprofiel 01-07-2025"
    )
    pa = (
        "Arbodienst Kompas\nPostbus 10, Utrecht\nPROBLEEMANALYSE\nNaam werknemer: P. Smit\nDatum: 03-03-2025\n"
        "Werknemer is sinds januari arbeidsongeschikt voor het eigen werk; er is sprake van dreigend langdurig verzuim."
    )
    other = "Arbodienst Kompas\nBIJSTELLING PROBLEEMANALYSE\nNaam werknemer: P. Smit\nDatum: 01-07-2025\nDe belastbaarheid is gewijzigd."
    c = classify(MODEL, _pages(index, pa, other), "export.pdf")
    assert c.type == "probleemanalyse", c.reasons


def test_a_title_inside_a_sentence_is_no_title() -> None:
    """'Alleen documenten zonder medische gegevens zijn opgenomen.' names a type in a sentence; it is no heading."""
    zone = "Arbodienst Kompas\nAlleen stukken zonder medische gegevens worden hier bewaard.\nPlan van aanpak"
    body = "Naam werknemer: P. Smit\nDatum: 20-03-2025\nAfspraken werkgever en werknemer over de re-integratie."
    c = classify(MODEL, _doc(zone, body), "document.pdf")
    assert c.type == "plan_van_aanpak", c.reasons


def test_a_bureaus_flyer_names_nobody_and_is_no_report() -> None:
    """A flyer of a re-integration bureau names its reports, but no employee, no date and no title of its own."""
    zone = "Loopbaanhuis Oost\nStationsplein 2, Deventer\nUw partner bij re-integratie"
    body = (
        "Wij beginnen met een intake en schrijven een trajectplan. Elke drie maanden krijgt u een "
        "voortgangsrapportage en aan het eind een eindrapportage voor het re-integratieverslag.\n"
        "Tarieven: traject tweede spoor € 2.500"
    )
    c = classify(MODEL, _doc(zone, body), "folder.pdf")
    assert c.type is None, c.reasons


def test_a_title_with_a_legal_qualifier_is_still_a_title() -> None:
    """'Probleemanalyse in het kader van de Wet verbetering poortwachter' is the title, qualifier and all."""
    zone = (
        "Sint Anna Ziekenhuis – Arbeid & Gezondheid\nAdvies van de bedrijfsarts na zes weken verzuim\n"
        "probleemanalyse in het kader van de Wet verbetering poortwachter\nWerkneemster: mw. L. Smit, geboren 3-4-1990"
    )
    body = (
        "Datum advies: 1-3-2024\nMevrouw Smit heeft sinds enkele maanden klachten. Er loopt behandeling in het "
        "ziekenhuis.\nWat kan zij nu? Licht werk, vooral zittend, 2 tot 3 uur per dag. Opbouw in overleg."
    )
    c = classify(MODEL, _doc(zone, body), "advies.pdf")
    assert c.type == "probleemanalyse", c.reasons


def test_a_coaching_firms_plan_for_spoor_2_is_a_second_track_plan() -> None:
    """Providers write 'spoor 2' as often as '2e spoor', and call the trajectplan a 'plan van begeleiding'."""
    zone = "Loopbaanhuis Oost | loopbaancoaching\nPlan van begeleiding – extern werk (spoor 2)\nKandidaat: P. Smit"
    body = "Start traject: 30-09-2024\nRichting: binnendienstfuncties. Stap 1: cv maken. Stap 2: netwerkgesprekken."
    c = classify(MODEL, _doc(zone, body), "plan.docx")
    assert c.type == "trajectplan_tweede_spoor", c.reasons


@pytest.mark.parametrize("checklist", ["wia-aanvraag", "ziektewet-riv"])
def test_uwvs_receipt_of_a_request_is_no_deskundigenoordeel(checklist: str) -> None:
    """'Wij hebben uw aanvraag voor een deskundigenoordeel ontvangen', wrapped over two lines, is UWV's receipt."""
    model = compile_checklist(load_checklist(checklist))
    zone = (
        "UWV\nPostbus 58285\n1040 HG Amsterdam\nDatum: 2 juni 2025\nBetreft: werknemer P. Smit, BSN 123456782\n"
        "Wij hebben uw aanvraag voor een\ndeskundigenoordeel ontvangen"
    )
    body = (
        "Geachte heer De Boer,\nOp 28 mei 2025 hebben wij uw aanvraag voor een deskundigenoordeel ontvangen. Binnen 4 "
        "weken na ontvangst van alle informatie krijgt u ons oordeel.\nMet vriendelijke groet,\nUWV"
    )
    c = classify(model, _doc(zone, body), "brief.pdf")
    assert c.type == "uwv_correspondentie", c.reasons


def test_a_table_form_that_refers_to_the_plan_is_an_evaluation() -> None:
    """A meeting record built from a table: 'Plan van aanpak van | 15-11-2023' is a label naming the plan it
    evaluates, not its title; a VAT number in the letterhead's footer does not make the record an invoice."""
    zone = (
        "Bouwbedrijf Noorderlicht B.V. | Kanaalweg 2 · Apeldoorn\nGesprek voortgang re-integratie\n"
        "P. Smit – gesprek nr. 2\nDatum\t15-02-2024\nBij het gesprek\tP. Smit, H. de Boer\nPlan van aanpak van\t15-11-2023"
    )
    body = (
        "Punt\tBesproken\nWerk\tSinds december op kantoor, nu 3 x 4 uur.\nNieuwe afspraken\t4 x 4 uur vanaf 19-2. "
        "Volgende evaluatie eind maart.\nKvK 08051234 · BTW NL008051234B01"
    )
    c = classify(MODEL, _doc(zone, body, kind=Kind.DOCX), "verslag.docx")
    assert c.type == "tussentijdse_evaluatie", c.reasons
    invoice = classify(
        MODEL,
        _doc("Arbodienst Kompas\nFactuur 2024-118", "Spreekuur bedrijfsarts P. Smit € 180,00\nBTW 21% € 37,80"),
        "factuur.pdf",
    )
    assert invoice.type is None, invoice.reasons


def test_a_title_in_a_label_cell_before_a_date_is_no_title() -> None:
    """'Plan van aanpak van' in one cell and its date in the next: the form refers to the plan."""
    zone = "Bouwbedrijf Noorderlicht B.V.\nNaam werknemer\tP. Smit\nDatum gesprek\t15-02-2024\nPlan van aanpak van\t15-11-2023"
    body = "Werk\tSinds december op kantoor, nu 3 x 4 uur.\nAfspraken nagekomen. Volgende evaluatie eind maart."
    c = classify(MODEL, _doc(zone, body, kind=Kind.DOCX), "verslag.docx")
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_a_task_list_of_deadlines_is_no_document() -> None:
    """A verzuim system's task list: a navigation bar, then one dated row per document. No title above the list."""
    zone = (
        "VerzuimPortaal Online — Arbodienst Kompas\nDossier Documenten Taken Medisch Berichten\nTaken\n"
        "Werknemer P. Smit Casemanager H. de Boer\nDeadline Taak Wie Status\n"
        "14-04-2024 Probleemanalyse opstellen (week 6) Bedrijfsarts afgerond\n"
        "28-04-2024 Plan van aanpak opstellen (week 8) Casemanager afgerond\n"
        "02-03-2025 Eerstejaarsevaluatie (week 52) Casemanager afgerond\n"
        "10-11-2025 Actueel oordeel bedrijfsarts Bedrijfsarts open\n"
        "01-12-2025 Eindevaluatie (week 91) Casemanager open"
    )
    c = classify(MODEL, _doc(zone), "Taken.pdf")
    assert c.type is None, c.reasons
    assert "lijst" in c.reasons[0]


def test_an_eindevaluatie_with_a_history_table_keeps_its_title() -> None:
    """The same dated rows under the document's own title are its history, not a task list."""
    zone = (
        "Eindevaluatie\nNaam werknemer: P. Smit\nDatum: 01-12-2025\nVerloop\n"
        "14-04-2024 Probleemanalyse\n28-04-2024 Plan van aanpak\n02-03-2025 Eerstejaarsevaluatie\n"
        "10-11-2025 Actueel oordeel"
    )
    body = "Terugblik op twee jaar. Aard van het bedrijf: bouw. Visie werkgever en visie werknemer."
    c = classify(MODEL, _doc(zone, body), "EV.pdf")
    assert c.type == "eindevaluatie", c.reasons


def test_the_employees_reaction_to_the_report_is_the_oordeel_werknemer() -> None:
    zone = "Holterbroek, 24 juni 2025\nReactie op het re-integratieverslag\nNaam P. Smit\nBSN 123456782"
    body = "Ik heb het verslag gelezen en ben het er mee eens. Wel kwam de bijstelling van het plan van aanpak laat."
    c = classify(MODEL, _doc(zone, body), "Reactie.pdf")
    assert c.type == "oordeel_werknemer", c.reasons


def test_a_uwv_brochure_names_nobody_and_is_no_uwv_letter() -> None:
    zone = (
        "UWV\nHet re-integratieverslag\nInformatie voor werkgevers en werknemers\nWelke documenten horen erbij?\n"
        "de probleemanalyse;\nhet plan van aanpak;\nde eerstejaarsevaluatie;\nhet actueel oordeel;\nde eindevaluatie."
    )
    body = "Ontbreken stukken, dan kan UWV een loonsanctie opleggen. Meer informatie op uwv.nl/werkgevers."
    c = classify(MODEL, _doc(zone, body), "brochure.pdf")
    assert c.type is None, c.reasons


def test_a_training_certificate_is_no_riv_document() -> None:
    zone = "CERTIFICAAT\nHierbij verklaren wij dat\nP. Smit, geboren 14 maart 1986"
    body = (
        "met goed gevolg de cursus Werkvoorbereiding heeft afgerond, gevolgd in het kader van zijn re-integratie "
        "(tweede spoor en bijstelling plan van aanpak).\nWesterzand, 20 maart 2025"
    )
    c = classify(MODEL, _doc(zone, body), "scan_0011.pdf")
    assert c.type is None, c.reasons


def test_the_joint_request_for_a_voluntary_extension_is_correspondence_with_uwv() -> None:
    """The employer's and employee's request to UWV (WIA art. 24) belongs with UWV's letters, not the medical file."""
    zone = (
        "Drukkerij De Kaap B.V.\nVerzoek om vrijwillige verlenging van de loondoorbetaling\n"
        "gezamenlijk verzoek van werkgever en werknemer (art. 24 Wet WIA)\nWerknemer: P. Smit\nDatum: 13 november 2025"
    )
    body = "Werkgever en werknemer vragen UWV samen om de wachttijd met 26 weken te verlengen."
    c = classify(MODEL, _doc(zone, body), "Verzoek.pdf")
    assert c.type == "uwv_correspondentie", c.reasons


def test_the_employers_request_for_a_deskundigenoordeel_is_no_deskundigenoordeel() -> None:
    """'Aanvraag deskundigenoordeel' from the employer asks UWV for one; it is not UWV's oordeel."""
    zone = (
        "Kunststoffen Zuid B.V.\nAanvraag deskundigenoordeel\ndoor de werkgever\nAan UWV, afdeling deskundigenoordelen\n"
        "Datum 19 dec. 2025\nWerknemer P. Smit\nBSN 123456782"
    )
    body = "Wij vragen UWV om een deskundigenoordeel over de vraag of het aangeboden werk passend is.\nP&O-adviseur"
    c = classify(MODEL, _doc(zone, body), "Aanvraag deskundigenoordeel werkgever.pdf")
    assert c.type != "deskundigenoordeel", c.reasons


def _mail(subject: str, body: str, attachments: int = 0) -> Extracted:
    from wia_dossier.model import Attachment

    text = f"Onderwerp: {subject}\n\n{body}"
    return Extracted(
        kind=Kind.EMAIL,
        pages=[text],
        page_numbers=[1],
        page_count=1,
        title_zone=subject + "\n" + body[:400],
        attachments=[Attachment(name=f"bijlage{i}.pdf", data=b"%PDF-1.4") for i in range(attachments)],
    )


EVALUATION_IN_MAIL = (
    "Beste Jan en Kevin,\n\nHierbij het verslag van onze evaluatie van het plan van aanpak, vandaag 1 februari 2024.\n\n"
    "Hoe gaat het: Kevin werkt sinds 22 januari 2 x 3 uur zittend aan de balie. Dat gaat goed.\n"
    "Afspraken: uitbreiden naar 3 x 4 uur vanaf 12 februari. Afspraken nagekomen.\n"
    "Volgende evaluatie: half maart.\n\nMet vriendelijke groet,\nPetra Wiersma\nCasemanager verzuim"
)


def test_an_evaluation_typed_in_the_mail_itself_is_the_evaluation() -> None:
    c = classify(MODEL, _mail("Verslag evaluatie", EVALUATION_IN_MAIL), "evaluatie 1 feb.eml")
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_a_covering_mail_or_an_invitation_is_no_evaluation() -> None:
    covering = classify(MODEL, _mail("Verslag evaluatie", "Hierbij het verslag van de evaluatie.", 1), "mail.eml")
    assert covering.type is None, covering.reasons
    invitation = (
        "Wanneer: donderdag 14 december 2023 14:00-15:00\nWaar: Spreekkamer 1\n\nHoi Daan en Monique,\n\nZoals "
        "afgesproken plannen we de eerste evaluatie van het plan van aanpak. We bespreken hoe de opbouw gaat en wat "
        "de probleemanalyse van de bedrijfsarts voor de komende weken betekent.\n\nGroet,\nErwin"
    )
    c = classify(MODEL, _mail("Uitnodiging: Evaluatie plan van aanpak Daan", invitation), "uitnodiging.eml")
    assert c.type is None, c.reasons


def test_a_reminder_mail_is_no_eindevaluatie() -> None:
    body = (
        "Beste heer Veldhuis,\n\nMevrouw Kuipers heeft het actueel oordeel op 26 mei naar u gestuurd. Vergeet u niet "
        "de eindevaluatie te maken en door Marloes te laten ondertekenen? Die moet er uiterlijk in week 91 zijn. "
        "Zorg dat de aard van het bedrijf, de arbeidsrelatie en passend werk erin staan. Daarna kan Marloes de "
        "WIA-aanvraag doen en uploadt u het re-integratieverslag.\n\nMet vriendelijke groet,\nSaskia Bult"
    )
    c = classify(MODEL, _mail("Herinnering: vergeet de eindevaluatie niet (M. Dijkhuizen)", body), "herinnering.eml")
    assert c.type is None, c.reasons


def test_a_training_invitation_that_names_the_eindevaluatie_is_no_eindevaluatie() -> None:
    """'Uitnodiging: training …' heads it; 'eindevaluatie.' alone on a line ends a sentence begun the line before."""
    zone = (
        "Uitnodiging: training 'Het goede verzuimgesprek'\nvoor leidinggevenden van Kaasjager Software\n"
        "Beste leidinggevende,\nArbodienst Lek nodigt je uit voor een training van een dagdeel over\n"
        "verzuimbegeleiding. Je leert wat jouw rol is bij de probleemanalyse, het plan van aanpak, de evaluaties, de\n"
        "eindevaluatie."
    )
    c = classify(MODEL, _doc(zone, "Datum donderdag 12 september 2024\nAanmelden vóór 1 september bij HR."), "x.pdf")
    assert c.type is None, c.reasons


def test_a_brochure_that_names_nobody_is_general_information() -> None:
    zone = "Track 2 explained\na guide for employers – Nextstep Career Partners\nWhat is track 2?"
    body = (
        "If an employee on sick leave cannot return to work with you, Dutch law requires you to look for suitable "
        "work with another employer: the second track. UWV expects track 2 to start no later than the first-year "
        "evaluation (eerstejaarsevaluatie), in week 46-52 of sickness, unless a return is in sight. We write an intake "
        "report and plan, a progress report every three months and a final report for the reintegration report. "
        "Questions? Call us or visit our website. Prices on request."
    )
    c = classify(MODEL, _doc(zone + "\nFirst-year evaluation", body), "brochure.pdf")
    assert c.type is None, c.reasons


def test_a_fax_cover_sheet_is_passed_over_for_the_document_behind_it() -> None:
    cover = (
        "10-10-2024 09:11 FROM: ARBO DELTA TO: HOTEL\nFAXBERICHT\nAan Hotel - t.a.v. HR\nVan Arbodienst Delta\n"
        "Datum 10-10-2024\nAantal pagina's 2 (inclusief dit voorblad)\nBetreft probleemanalyse mevrouw I. Verhulst\n"
        "Bijgaand de probleemanalyse van de bedrijfsarts."
    )
    pa = (
        "Arbodienst Delta\nProbleemanalyse\nNaam werknemer: I. Verhulst\nDatum: 09-10-2024\n"
        "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: licht werk."
    )
    assert classify(MODEL, _pages(cover, pa), "fax.tif").type == "probleemanalyse"
    assert classify(MODEL, _pages(cover), "fax.tif").type is None


def test_a_service_contract_with_the_arbodienst_is_no_riv_document() -> None:
    zone = (
        "Dienstverleningsovereenkomst arbodienstverlening\nPartijen: ArboMeridiaan B.V. en Amstelrijn OV B.V.\n"
        "Artikel 2. Verzuimbegeleiding"
    )
    body = (
        "De dienstverlening omvat de probleemanalyse, een bijstelling van de probleemanalyse waar nodig, advies bij de "
        "eerstejaarsevaluatie, het actueel oordeel en op verzoek een inzetbaarheidsprofiel.\nDatum: 12 december 2023"
    )
    c = classify(MODEL, _doc(zone, body), "contract.pdf")
    assert c.type is None, c.reasons


def test_an_arbodienst_form_states_its_type_in_a_field() -> None:
    """'Soort rapportage: Terugkoppeling bedrijfsarts t.b.v. WIA-aanvraag' is the actueel oordeel, whatever the
    generic subtitle above it ('terugkoppeling aan werkgever en werknemer') resembles."""
    zone = (
        "Vertrouwelijk – alleen voor werkgever\nArboMeridiaan B.V.\nRapportage bedrijfsarts\n"
        "terugkoppeling aan werkgever en werknemer\nSoort rapportage: Terugkoppeling bedrijfsarts t.b.v. WIA-aanvraag\n"
        "Werknemer: R. El Ouardi\nBSN: 123456782\nDatum rapportage: 29-09-2025"
    )
    body = "1. Stand van zaken\nDe beperkingen zijn blijvend. Belastbaarheid: 16 uur per week in aangepast werk."
    c = classify(MODEL, _doc(zone, body), "AM-2024-018734_rapportage_0009.pdf")
    assert c.type == "actueel_oordeel", c.reasons


def test_uwvs_receipt_of_the_42nd_week_report_is_the_sick_report() -> None:
    """CONTRACT: ziekmelding_uwv is the employer's 42nd-week report and its confirmation."""
    zone = (
        "UWV Werkgeversportaal Amstelrijn B.V. | Uitloggen\nOntvangstbevestiging\nWij hebben uw melding ontvangen.\n"
        "Soort melding Ziekmelding langdurig zieke werknemer (42e week)\nDatum en tijd ontvangst 01-11-2024 10:47\n"
        "Burgerservicenummer 123456782\nNaam werknemer P. Smit"
    )
    c = classify(MODEL, _doc(zone, "Eerste ziektedag 15-01-2024"), "Ontvangstbevestiging ziekmelding.pdf")
    assert c.type == "ziekmelding_uwv", c.reasons


def test_a_second_track_report_is_no_misread_final_report() -> None:
    """Fuzzy titles allow a letter or two (OCR), not a missing syllable: 'Rapportage tweede spoor' is a progress
    report, not an 'Eindrapportage tweede spoor'."""
    zone = "Loopbaanpunt Eemland\nRapportage tweede spoor\nDeelnemer F. Yildiz\nPeriode 25-03-2025 – 23-05-2025"
    c = classify(MODEL, _doc(zone, "Sollicitaties 2. Netwerkgesprekken 3. Datum 27-05-2025"), "rapportage mei.pdf")
    assert c.type == "voortgangsrapportage_tweede_spoor", c.reasons


def test_a_blank_form_for_the_employees_opinion_is_not_the_opinion() -> None:
    """UWV's form with no name, no BSN, no date and no signature filled in: the opinion is still missing."""
    zone = (
        "UWV Re-integratieverslag – Oordeel werknemer\nMet dit formulier geeft u uw eigen oordeel over het "
        "re-integratieverslag.\n1 Uw gegevens\nNaam\nBurgerservicenummer\nNaam werkgever\n2 Uw oordeel"
    )
    body = (
        "Bent u het eens met de probleemanalyse? O ja O nee\nBent u het eens met de eindevaluatie? O ja O nee\n"
        "Toelichting\n3 Ondertekening\nDatum\nHandtekening\nFormulier OW-RIV versie 01-2023"
    )
    c = classify(MODEL, _doc(zone, body), "oordeel werknemer.pdf")
    assert c.type is None and "leeg formulier" in c.reasons[0], c.reasons


def test_an_employers_own_words_for_an_evaluation_in_a_mail() -> None:
    """'Wat spreken we af?' … 'Dan is dit ons verslag van de evaluatie.': a small employer's evaluation, by mail."""
    body = (
        "Hoi Marloes,\n\nZoals beloofd de afspraken van ons gesprek van vandaag (maandag 15 januari) op een rij.\n\n"
        "Hoe gaat het?\nJe werkt nu 3 ochtenden van 3 uur, op kantoor. Na drie uur ben je moe.\n\nWat spreken we af?\n"
        "- vanaf 22 januari 3 ochtenden van 4 uur\n- volgende evaluatie over 6 weken (eind februari)\n\n"
        "Klopt dit zo? Stuur even een berichtje terug. Dan is dit ons verslag van de evaluatie.\n\nGroet,\nHenk"
    )
    # the pipeline passes the mail's own date (its Date header); a mail is never undated
    c = classify(MODEL, _mail("afspraken van vandaag", body), "afspraken 15 jan.eml", date=dt.date(2024, 1, 15))
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_an_empty_text_has_no_empty_fields() -> None:
    from wia_dossier.classify import _empty_labels

    assert _empty_labels("") == 0
    assert _empty_labels("Naam\nBurgerservicenummer\nDatum\nHandtekening") == 4
    assert _empty_labels("Naam\nP. Smit\nDatum\n01-02-2025") == 0


def test_a_heading_that_ends_in_the_title_after_a_dash() -> None:
    """A small employer's own heading: "Het eerste jaar van Marloes' ziekte - onze eerstejaarsevaluatie"."""
    zone = (
        "Drukkerij De Zwaluw\nZwolle, 29 augustus 2024\n"
        "Het eerste jaar van Marloes' ziekte - onze eerstejaarsevaluatie\nMarloes Dijkhuizen (BSN 123456782)"
    )
    body = (
        "Hoe ging het eerste jaar? De arbeidsdeskundige heeft geadviseerd dat het eigen werk niet meer passend is. "
        "Wat willen we in het tweede jaar bereiken? Marloes gaat met een re-integratiebureau op zoek (tweede spoor)."
    )
    c = classify(MODEL, _doc(zone, body), "Scan 2024-09-02 10.12.31.pdf")
    assert c.type == "eerstejaarsevaluatie", c.reasons
    # a sentence after the dash is no title: 'zie ook het plan van aanpak'
    other = classify(
        MODEL,
        _doc("Verslag van ons gesprek over de voortgang - zie ook het plan van aanpak van maart", "Afspraken."),
        "verslag.pdf",
    )
    assert other.title is None or "zie ook" not in other.title


def _photo(zone: str, body: str) -> Extracted:
    """A phone photo read by OCR: short, with the letters OCR tends to drop."""
    ex = _doc(zone, body, kind=Kind.IMAGE)
    ex.facts["ocr"] = "true"
    return ex


def test_a_report_numbered_in_its_title() -> None:
    """'Voortgangsverslag 1 - tweede spoor': the number says which report of a series, not which kind."""
    zone = "Bureau Koersvast loopbaan\n\nVoortgangsverslag 1 - tweede spoor\n\n7 oktober 2024 — 31 december 2024"
    c = classify(MODEL, _photo(zone, "Toelichting\nSanne is gemotiveerd en zet"), "IMG-20250113-WA0004.jpg")
    assert c.type == "voortgangsrapportage_tweede_spoor", c.reasons
    assert any("titel" in r for r in c.reasons), c.reasons
    numbered = classify(
        MODEL,
        _doc("Re-integratiebureau Noord\nVoortgangsrapportage nr. 3 - 2e spoor\nWerknemer: Ruud Kramer", "Sollicitaties: 4."),
        "rapport.pdf",
    )
    assert numbered.type == "voortgangsrapportage_tweede_spoor", numbered.reasons
    # the 2 of 'spoor 2' and of '2e spoor' belongs to the title and is kept
    kept = classify(MODEL, _doc("Trajectplan spoor 2 voor Ruud Kramer", "Intakegesprek en zoekprofiel."), "tp.pdf")
    assert kept.type == "trajectplan_tweede_spoor", kept.reasons


def test_a_photographed_letter_names_its_addressee_in_the_salutation() -> None:
    """OCR lost a letter of 'Burgerservicenummer'; 'Geachte heer De Graaf' still shows it is about one person."""
    zone = (
        "UWV\n\nDatum 16 juli 2025\nOns kenmerk WIA/2025/123\nBurgerservcenummer 123456782\n\n"
        "Onderwerp U kunt een WIA-uitkering aanvragen"
    )
    body = (
        "Geachte heer De Graaf,\nU bent bijna 2 jaar ziek. U kunt een WIA-uitkering aanvragen, uiterlijk op "
        "13 augustus 2025.\nStuur het re-integratieverslag mee.\n\nMet vriendelijke groet,\n\nTeam WIA\nUWV"
    )
    c = classify(MODEL, _photo(zone, body), "IMG_2291.jpeg")
    assert c.type == "uwv_correspondentie", c.reasons
    from wia_dossier.classify import _about_a_person

    assert _about_a_person("Geachte heer De Graaf,\nU bent ziek.")
    assert _about_a_person("Dear Ms Okafor Bello,\nYou have been ill.")
    assert _about_a_person("Burger service nummer 123456782")
    assert not _about_a_person("Geachte heer, mevrouw,\nIn deze folder leest u meer.")


def test_what_a_paper_leaves_out_is_not_what_it_is() -> None:
    """'zonder medische gegevens', 'geen medische gegevens vastleggen': a negated title or medical cue counts for nothing."""
    invite = (
        "ARBOPRAKTIJK WEST - bedrijfsarts\nAan: de heer T. Visser\nKopie: werkgever (zonder medische gegevens)\n"
        "UITNODIGING SPREEKUUR"
    )
    c = classify(MODEL, _doc(invite, "Hierbij nodig ik u uit voor het spreekuur op 12 december 2023.\nT. Bos, bedrijfsarts"), "uitnodiging.pdf")
    assert c.type != "medische_informatie", c.reasons
    internal = (
        "Ziekmelding intern - formulier P&O\n\nNaam: T. Visser\nDatum ziekmelding: 13-01-2025\nVerwachte duur: onbekend\n"
        "\n(geen medische gegevens vastleggen)"
    )
    c2 = classify(MODEL, _doc(internal), "ziekmelding intern.txt")
    assert c2.type != "medische_informatie", c2.reasons
    # not negated, the same words still mark a medical paper
    medical = classify(MODEL, _doc("Medische gegevens\nNaam: T. Visser", "Diagnose: hernia. Medicatie: ibuprofen 400 mg."), "x.pdf")
    assert medical.type == "medische_informatie", medical.reasons


def test_a_policy_with_numbered_chapters_behind_a_cover_is_no_riv_document() -> None:
    """A sick-leave policy whose first page OCR left empty: '2. Probleemanalyse en plan van aanpak' is a chapter, and
    'rond week 91 de eindevaluatie.' ends a sentence (its number is no title's sequence number)."""
    body = (
        "2024\nDit reglement geldt voor alle medewerkers. Het beschrijft wat je moet doen als je ziek bent.\n"
        "1. Ziekmelden\nMeld je voor 7.00 uur ziek bij je leidinggevende.\n"
        "2. Probleemanalyse en plan van aanpak\nDuurt het verzuim lang, dan stelt de bedrijfsarts uiterlijk in week 6 een\n"
        "probleemanalyse op. Binnen twee weken daarna maken we samen een plan van aanpak.\n"
        "3. Evaluaties\nTen minste elke zes weken evalueren we de voortgang. Rond week 52 volgt de eerstejaarsevaluatie,\n"
        "rond week 91 de eindevaluatie.\n4. Sancties\nWerk je niet mee, dan kunnen wij de loonbetaling opschorten."
    )
    ex = Extracted(kind=Kind.PDF, pages=["", body], page_numbers=[1, 2], page_count=2, title_zone="")
    ex.facts["ocr"] = "true"  # a scan: the rule for long born-digital texts without a name does not apply
    c = classify(MODEL, ex, "Verzuimreglement 2024.pdf")
    assert c.type is None, c.reasons


def test_a_blank_form_with_labels_and_no_colons() -> None:
    """A template: every field a label on its own line, nothing filled in, no date."""
    zone = "Plan van aanpak (formulier)\nNaam werknemer\nBSN\nDatum probleemanalyse\nCasemanager\nDoel\nActiviteiten"
    body = "Evaluatiemomenten\nHandtekening werkgever\nHandtekening werknemer\nSjabloon HRM, versie 2023-2"
    c = classify(MODEL, _doc(zone, body), "leeg formulier PvA.pdf")
    assert c.type is None, c.reasons
    assert any("leeg formulier" in r for r in c.reasons), c.reasons
    # filled in, the same form is a plan van aanpak
    filled = (
        "Plan van aanpak (formulier)\nNaam werknemer\nTom Visser\nBSN\n123456782\nDatum probleemanalyse\n12-03-2024\n"
        "Casemanager\nP. Smit\nDoel\nTerugkeer in eigen werk binnen drie maanden."
    )
    assert classify(MODEL, _doc(filled, "Handtekening werkgever\nP. Smit 20-03-2024"), "pva.pdf").type == "plan_van_aanpak"


def test_an_evaluation_form_of_the_plan_is_an_evaluation() -> None:
    """'Evaluatieformulier plan van aanpak' evaluates the plan; it is no (new) plan van aanpak."""
    zone = "Woonstichting West\n\nEvaluatieformulier plan van aanpak\n\nMedewerker: T. Visser\nDatum evaluatie: 16-08-2024"
    body = "Voortgang\nWerkt 5 x 3 uur.\nAfspraken nagekomen\nJa.\nNieuwe afspraken\nOpbouw naar 5 x 4 uur."
    c = classify(MODEL, _doc(zone, body), "evaluatie aug.jpg")
    assert c.type == "tussentijdse_evaluatie", c.reasons
    # the final evaluation keeps its own title
    ev = classify(MODEL, _doc("Eindevaluatie plan van aanpak\nWerknemer: T. Visser", "Terugblik op twee jaar."), "ev.pdf")
    assert ev.type == "eindevaluatie", ev.reasons


def test_professions_mentioned_in_a_paper_the_casemanager_signed_are_no_authors() -> None:
    """An eerstejaarsevaluatie in the employer's own words quotes 'het arbeidsdeskundig rapport' and what 'de
    bedrijfsarts' advised; 'P. Coenraads, casemanager' signed it, so neither profession wrote it."""
    zone = (
        "HOEFNAGEL BANKET B.V. - personeelszaken\nEvaluatie na een jaar arbeidsongeschiktheid\n"
        "Het opschudmoment: terugblik op het eerste ziektejaar en afspraken voor het tweede jaar.\n"
        "Werknemer Sanne Wijnands\nDatum gesprek en verslag 12 augustus 2025"
    )
    body = (
        "Terugblik op het eerste jaar\nDe bedrijfsarts heeft in maart de belastbaarheid bijgesteld. Het\n"
        "arbeidsdeskundig rapport van 24 juli 2025 concludeert dat het eigen werk niet meer passend is.\n"
        "Beoogd re-integratieresultaat voor het tweede ziektejaar\nPlaatsing in de lichte lijn (zie advies arbeidsdeskundige).\n"
        "Visie werkgever en werknemer\nWerkgever: wij bieden de functie aan.\nVenlo, 12 augustus 2025\n"
        "P. Coenraads, casemanager (w.g.)"
    )
    c = classify(MODEL, _doc(zone, body), "Evaluatie 12-08-2025.pdf")
    assert c.type == "eerstejaarsevaluatie", c.reasons
    assert not any("auteur: arbeidsdeskundige" in r for r in c.reasons), c.reasons
    # signed by the arbeidsdeskundige, the same words make an AD report
    ad = classify(
        MODEL,
        _doc("Arbeidsdeskundig rapport\nWerknemer: Sanne Wijnands", "Belasting en belastbaarheid.\nJ. Smeets, arbeidsdeskundige"),
        "AD.pdf",
    )
    assert ad.type == "arbeidsdeskundig_rapport", ad.reasons


def test_a_bulleted_agreement_is_no_title() -> None:
    """'* plan van aanpak na ontvangst probleemanalyse' in a meeting report's list of agreements names a next step."""
    zone = (
        "Bakkerij West B.V.\nVerslag verzuimgesprek\nNaam werknemer: Tom Visser\nDatum gesprek: 23 april 2026\n"
        "Afspraken\n* start licht werk 2 x 2 uur per week\n* plan van aanpak na ontvangst probleemanalyse"
    )
    c = classify(MODEL, _doc(zone, "Volgend gesprek: 6 mei 2026."), "scan gesprek 23-04.jpg")
    assert c.type != "plan_van_aanpak", c.reasons
    assert not any("titel 'plan van aanpak'" in r for r in c.reasons), c.reasons


def test_a_letter_saying_the_probleemanalyse_is_still_to_come_counts_against_it() -> None:
    """'Een probleemanalyse is daarom nu niet opgesteld', 'geen sprake van dreigend langdurig verzuim': the
    bedrijfsarts's feedback says what it is not."""
    zone = "Arbodienst Oost\nTerugkoppeling spreekuur\nNaam werknemer Tom Visser\nDatum 11 maart 2026"
    body = (
        "Er is op dit moment geen sprake van dreigend langdurig verzuim; ik verwacht hervatting binnen twee weken.\n"
        "Een probleemanalyse is daarom nu niet opgesteld.\nBedrijfsarts\ndrs. R. Haverkamp\nbedrijfsarts"
    )
    from wia_dossier.classify import gather

    ev = gather(MODEL, _doc(zone, body), "Terugkoppeling spreekuur 11-03-2026.pdf")
    said = ev.reasons.get("probleemanalyse", [])
    assert "spreekt tegen: nog niet gemaakt ('probleemanalyse')" in said, said
    assert not any("dreigend langdurig verzuim" in r for r in said), said
    assert classify(MODEL, _doc(zone, body), "Terugkoppeling spreekuur 11-03-2026.pdf").type != "probleemanalyse"
    # a probleemanalyse that announces its own bijstelling is still the probleemanalyse
    pa = classify(
        MODEL,
        _doc("Probleemanalyse\nNaam werknemer Tom Visser", "Dreigend langdurig verzuim. Een bijstelling volgt na zes weken."),
        "PA.pdf",
    )
    assert pa.type == "probleemanalyse", pa.reasons


def test_one_word_is_one_cue() -> None:
    """'casemanager' matched both cue phrases 'casemanager' and 'case manager' and counted twice: a letter about holiday
    hours that mentions the plan van aanpak in passing became a plan van aanpak."""
    from wia_dossier.classify import _count, _Phrase

    assert _count((_Phrase("casemanager"), _Phrase("case manager")), "overleg met je casemanager") == ["casemanager"]
    letter = (
        "Opbouw vakantie-uren tijdens ziekte\nAan\tDirk Oosterhuis\nDatum\t28-06-2024\nBeste Dirk,\nOok tijdens ziekte "
        "bouw je vakantie-uren op. Je kunt in overleg met je casemanager en de bedrijfsarts verlof opnemen; tijdens "
        "verlof lopen de afspraken uit het plan van aanpak door.\nMet vriendelijke groet,\nG. Luttik, directeur"
    )
    assert classify(MODEL, _doc(letter), "brief vakantieuren 2024.doc").type is None


def test_a_remark_in_brackets_after_a_heading_keeps_it_a_title() -> None:
    """'Aanpassing van ons plan van aanpak voor Marloes (na het vervolgadvies van de bedrijfsarts van 8 april)'."""
    zone = (
        "Drukkerij West – Ambachtsstraat 17 – 8024 BK Zwolle\nZwolle, 15 april 2024\n"
        "Aanpassing van ons plan van aanpak voor Sanne (na het vervolgadvies van de bedrijfsarts van 8 april)"
    )
    body = "Het plan van aanpak van 6 november 2023 passen we op deze punten aan:\nDoel: aangepast werk.\nBSN werknemer: 123456782"
    assert classify(MODEL, _doc(zone, body), "Naamloos 1.docx").type in ("bijstelling_plan_van_aanpak", "plan_van_aanpak")


def test_any_evaluation_of_the_plan_is_an_evaluation() -> None:
    """'Verslag evaluatiemoment plan van aanpak': evaluatie-moment, -gesprek, -formulier of the plan."""
    zone = "Verslag evaluatiemoment plan van aanpak\nStichting Ziekenhuis West - HRM\nNaam Tom Visser\nDatum gesprek 07-05-2024"
    c = classify(MODEL, _doc(zone, "De afspraken uit het plan van aanpak zijn nagekomen.\nVolgende evaluatie op 18-06-2024."), "definitief.pdf")
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_a_salutation_with_a_surname_names_the_addressee() -> None:
    from wia_dossier.classify import _about_a_person

    assert _about_a_person("U kunt een WIA-uitkering aanvragen\n\nGeachte heer Oosterloo,\nU bent ziek.")
    assert _about_a_person("Geachte mevrouw De Vries,")
    assert not _about_a_person("Geachte heer, mevrouw,\nIn deze folder")


def test_a_negation_does_not_reach_over_a_line_break() -> None:
    """'- nachtwerk nog niet' ends a bullet; 'Volgende keer over een week of vijf.' on the next line is not negated."""
    from wia_dossier.classify import negated

    text = "- nachtwerk nog niet\n\nvolgende keer over een week of vijf."
    assert not negated(text, text.index("volgende"))
    assert negated("er is geen sprake van dreigend langdurig verzuim", len("er is geen sprake van "))


# --- session 7: who is only mentioned, plans and evaluations in plain words, reports typed in a mail -----------


def test_a_profession_told_about_in_a_sentence_is_not_the_author() -> None:
    """HR's own adjusted agreements say the arbeidsdeskundige will come and look: that does not make it his report."""
    from wia_dossier.classify import detect_roles

    zone = "Bakkerij Tolhuis - personeelszaken\nEnschede, 2 oktober 2024\nWe veranderen de afspraken met Joost"
    body = (
        "Joost Wennink (BSN 123456782) is sinds 12 februari 2024 ziek. In maart maakten we samen een plan.\n"
        "Omdat de oven niet meer lukt, spreken wij nu het volgende af:\n"
        "1. Het nieuwe doel is werk in de winkel, vier ochtenden.\n"
        "2. In december vragen wij een arbeidsdeskundige om te kijken of dit werk past.\n"
        "3. Casemanager blijft Ria Tolhuis.\n"
        "Akkoord: J. Wennink en R. Tolhuis, 2-10-2024"
    )
    ex = _doc(zone, body)
    assert "arbeidsdeskundige" not in detect_roles(MODEL, ex)
    c = classify(MODEL, ex, "afspraken oktober.pdf")
    assert c.type != "arbeidsdeskundig_rapport", c.reasons


def test_attendees_and_a_cited_advice_are_not_the_author() -> None:
    """'Aanwezig: …, bedrijfsarts' and '(arbeidsdeskundige, 3 maart 2025)' name people, not who wrote the report."""
    from wia_dossier.classify import detect_roles

    zone = (
        "Gemeente Hoogland - P&O\nVerslag van het overleg over Anouk\n"
        "Aanwezig: Anouk Smit, Kees Bol (leidinggevende), dr. T. Vink (bedrijfsarts),\nL. Kramer (arbeidsdeskundige)"
    )
    body = "Zoals geadviseerd (arbeidsdeskundige, 3 maart 2025) zoeken we passend werk.\nVolgende evaluatie: 2 juni."
    roles = detect_roles(MODEL, _doc(zone, body))
    assert "arbeidsdeskundige" not in roles and "bedrijfsarts" not in roles, roles
    # the same line as a signature stays the author
    signed = detect_roles(MODEL, _doc("Rapport", "Met vriendelijke groet,\nL. Kramer, arbeidsdeskundige"))
    assert "arbeidsdeskundige" in signed


def test_a_plan_asked_as_plain_questions_is_a_plan_van_aanpak() -> None:
    """Regeling procesgang art. 4: goal, activities, both views and the next evaluation, in a shopkeeper's words."""
    body = (
        "Marco de Wit en Fatima Zahir, 9 april 2024 (Fatima: BSN 123456782, ziek sinds 26 februari)\n\n"
        "Waar willen we heen? Wat willen we over drie maanden bereiken: Fatima staat weer 24 uur in de winkel.\n"
        "Wat gaan we daarvoor doen?\n- vanaf 15 april twee middagen kassa, niet vakken vullen\n- elke week een uur erbij\n"
        "Hoe kijkt Marco er tegenaan: rustig aan, de winkel draait wel.\nHoe kijkt Fatima er tegenaan: ik wil graag.\n"
        "Wanneer praten we weer? 7 mei.\n\nMarco de Wit          Fatima Zahir"
    )
    c = classify(
        MODEL,
        _doc("Afspraken Fatima", body),
        "fatima april.pdf",
        date=dt.date(2024, 4, 9),
        first_sick_day=dt.date(2024, 2, 26),
    )
    assert c.type == "plan_van_aanpak", c.reasons


def test_a_meeting_report_about_the_year_is_the_first_year_evaluation() -> None:
    """'Present:' and 'Next review' mark any evaluation meeting; what the year brought and the year ahead mark this one."""
    zone = (
        "Kestrel Labs B.V. | HR\nThe year behind us and the year ahead\n"
        "Employee: Tom Baker (BSN 123456782) First day of absence: 4 March 2024 Date of\nbirth: 2 June 1992\n"
        "Meeting held: 24 February 2025\nPresent: Tom Baker, Ann Fox (case manager); advice from J. Ruiz\n"
        "(occupational physician, 10 February 2025)"
    )
    body = "1. Year one\nTom works 24 hours in a support role.\n2. Year two\nWe aim at 32 hours.\nNext review: 5 May 2025."
    ex = _doc(zone, body)
    c = classify(MODEL, ex, "review Tom.pdf", date=dt.date(2025, 2, 24), first_sick_day=dt.date(2024, 3, 4))
    assert c.type == "eerstejaarsevaluatie", c.reasons


def test_a_label_broken_over_two_lines_still_says_birth_date() -> None:
    from wia_dossier.dates import document_date

    for text in (
        "Employee: Tom Baker First day of absence: 4 March 2024 Date of\nbirth: 2 June 1992\nMeeting held: 24 February 2025\n",
        "Werknemer: Tom Baker, eerste ziektedag 4 maart 2024, geboorte-\ndatum: 2 juni 1992\nGesprek op 24 februari 2025\n",
    ):
        found = document_date(text)
        assert found is not None and found.value.isoformat() == "2025-02-24", (text, found)


def test_feedback_typed_in_a_mail_with_nothing_attached_is_the_report() -> None:
    """A bedrijfsarts mails the feedback itself: no attachment and none spoken of, so the body is the document."""
    body = (
        "Geachte heer Brink,\n\nGisteren, 3 april 2024, sprak ik mevrouw J. Kok (BSN 123456782) op mijn spreekuur. "
        "Zij verzuimt sinds 26 februari 2024.\n\nMijn bevindingen: er is een reële kans dat het verzuim lang duurt. "
        "Zij kan nu geen zware lasten tillen en niet lang staan; zittend werk van vier uur per dag kan wel.\n\n"
        "Prognose: herstel binnen drie maanden is onzeker. Ik adviseer u om samen binnen twee weken een plan op te "
        "stellen, met tijdelijk zittend werk.\n\nMet vriendelijke groet,\nA. de Graaf, bedrijfsarts (BIG 12345678901)"
    )
    c = classify(
        MODEL,
        _mail("Terugkoppeling J. Kok", body),
        "terugkoppeling.eml",
        date=dt.date(2024, 4, 4),
        first_sick_day=dt.date(2024, 2, 26),
    )
    assert c.type == "probleemanalyse", c.reasons
    # the same text sent 'in de bijlage' is a covering mail for the attachment that did not come along
    covering = classify(
        MODEL,
        _mail("Terugkoppeling J. Kok", "In de bijlage vindt u mijn terugkoppeling.\n\n" + body),
        "terugkoppeling.eml",
        date=dt.date(2024, 4, 4),
        first_sick_day=dt.date(2024, 2, 26),
    )
    assert covering.type is None, covering.reasons


def test_a_letter_that_informs_about_a_document_is_not_that_document() -> None:
    zone = "UWV\nAan: Bakkerij Tolhuis\nDatum: 20-02-2025\nInformatie over de eerstejaarsevaluatie"
    body = (
        "Uw werknemer J. Wennink (BSN 123456782) is bijna een jaar ziek. Bespreek samen wat het beoogde resultaat "
        "van het tweede ziektejaar is. Stuur deze evaluatie niet naar ons.\nUitvoeringsinstituut Werknemersverzekeringen"
    )
    c = classify(MODEL, _doc(zone, body), "brief uwv.pdf")
    assert c.type != "eerstejaarsevaluatie", c.reasons


def test_no_reason_shows_a_regular_expression() -> None:
    """Every reason is read by an HR officer: a cue written as a pattern shows the words it found."""
    import re as _re

    zone = "Afronding van de re-integratie - verslag van het gesprek van 3 februari 2026"
    body = "Het bedrijf: bouwbedrijf, 40 medewerkers. Passende arbeid: geen. Arbeidsrelatie: goed.\nGetekend: werkgever"
    c = classify(MODEL, _doc(zone, body), "afronding.pdf")
    for reason in c.reasons:
        assert not _re.search(r"\\[bdswW]|\(\?[:!=]|\[\^", reason), reason


def test_a_heading_that_opens_with_the_title_before_a_dash() -> None:
    """'Afronding re-integratie - verslag van het gesprek van …': the closing meeting, the eindevaluatie."""
    zone = "Installatiebedrijf Mol\nAfronding re-integratie - verslag van het gesprek van 3 februari 2026"
    body = (
        "Werknemer: P. Mol, BSN 123456782, monteur, ziek sinds 12 mei 2024\n"
        "Het bedrijf: installatiebedrijf, 40 medewerkers, cv en sanitair.\nResultaat: geen vast werk gevonden.\n"
        "Passende arbeid bij ons: geen structurele functie.\nArbeidsrelatie: goed.\nGetekend: directeur en werknemer"
    )
    c = classify(MODEL, _doc(zone, body), "afronding.pdf", date=dt.date(2026, 2, 3), first_sick_day=dt.date(2024, 5, 12))
    assert c.type == "eindevaluatie", c.reasons


def test_a_plain_meeting_note_that_looks_back_on_the_agreements_is_an_evaluation() -> None:
    body = (
        "Hoe gaat het met Kim?\nGesprek van 4 juni 2024, Kim de Bruin en Ellen (teamleider)\n"
        "Wat hadden we in april afgesproken? Kim begint met twee ochtenden.\n"
        "Hoe is het tot nu toe gegaan? Goed, wel moe na de tweede ochtend.\n"
        "Wat spreken we nu af? Vanaf 17 juni drie ochtenden. We zien elkaar weer op 15 juli."
    )
    c = classify(
        MODEL, _doc("Kim - juni", body), "kim juni.md", date=dt.date(2024, 6, 4), first_sick_day=dt.date(2024, 3, 11)
    )
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_the_close_of_a_search_track_is_the_second_track_final_report() -> None:
    """A bureau's 'Afsluiting zoektraject' (a compound of 'traject'), 'traject hiermee afgesloten'."""
    zone = "Werkpad Loopbaan\nAfsluiting outplacementtraject\nDeelnemer: Kim de Bruin, BSN 123456782\nDatum: 30 juni 2025"
    body = "Resultaat\n- contract voor 24 uur bij een andere werkgever\nWat is er gedaan\n- 12 sollicitaties\nTraject hiermee afgesloten."
    c = classify(MODEL, _doc(zone, body), "afsluiting.pdf")
    assert c.type == "eindrapportage_tweede_spoor", c.reasons


def test_a_new_plan_measured_against_the_old_one_is_a_bijstelling() -> None:
    body = (
        "Wat er verandert ten opzichte van ons plan van maart:\n- het doel is nu werk buiten de winkel\n"
        "- een bureau begeleidt Kim vanaf 1 oktober\n- Kim blijft drie ochtenden bij ons\n\nEllen de Bruin        "
        "Kim de Bruin, BSN 123456782"
    )
    c = classify(
        MODEL,
        _doc("Nieuw plan Kim - 20 september 2024", body),
        "kim september.txt",
        date=dt.date(2024, 9, 20),
        first_sick_day=dt.date(2024, 3, 11),
    )
    assert c.type == "bijstelling_plan_van_aanpak", c.reasons


# --- session 7, findings set 11: what a paper only talks about -----------------------------------------------------


def test_a_reply_about_the_42nd_week_report_is_not_the_report() -> None:
    """Only UWV confirms the 42nd-week report; an administratiekantoor's reply saying it was never made is no report."""
    body = (
        "Hoi Gert,\n\nNee, die hebben wij niet gedaan. De melding na 42 weken doe je zelf in het werkgeversportaal van UWV. "
        "In onze administratie staat ook geen verzendbevestiging van de ziekmelding bij UWV.\n\nGroet,\nMonique\n\n"
        "-----Oorspronkelijk bericht-----\nOnderwerp: 42e weeks melding Jeroen?\nIs de 42e weeks melding gedaan? "
        "Wij zien geen kopie van de ziekmelding bij UWV (42e week) in het dossier."
    )
    c = classify(MODEL, _mail("RE: FW: 42e weeks melding Jeroen?", body), "RE_ 42e weeks melding Jeroen.eml")
    assert c.type is None, c.reasons


def test_a_planning_mail_for_the_actueel_oordeel_is_not_the_actueel_oordeel() -> None:
    body = (
        "Geachte heer Verbeek,\n\nVoor de WIA-aanvraag van L. Hermans hebben wij het spreekuur voor het actueel oordeel "
        "gepland op 10-07-2026 bij bedrijfsarts A. de Ridder. Het actueel oordeel ontvangt u binnen een week daarna, zodat "
        "u de eindevaluatie kunt maken.\n\nMet vriendelijke groet,\nPlanning Arbodienst De Linge"
    )
    c = classify(MODEL, _mail("Planning actueel oordeel L. Hermans", body), "Planning actueel oordeel.eml")
    assert c.type != "actueel_oordeel", c.reasons


def test_the_next_evaluation_being_planned_does_not_argue_against_an_evaluation() -> None:
    zone = "Scholengroep Oost - P&O\nVerslag 6-wekelijkse evaluatie\nWerknemer: K. Smit, BSN 123456782"
    body = (
        "Aanwezig: K. Smit, teamleider, casemanager\nZijn de afspraken nagekomen? Ja.\n"
        "De volgende evaluatie van het plan van aanpak is gepland op 07-03-2024."
    )
    c = classify(MODEL, _doc(zone, body), "evaluatie januari.pdf")
    assert c.type == "tussentijdse_evaluatie", c.reasons
    assert not any("nog niet gemaakt" in r for r in c.reasons), c.reasons


def test_feedback_that_says_the_probleemanalyse_follows_is_not_the_probleemanalyse() -> None:
    zone = "Arbodienst Zuid\nTerugkoppeling spreekuur\nWerknemer: Y. Kaya, BSN 123456782"
    body = (
        "Werknemer is arbeidsongeschikt voor het eigen werk. Ik zie hem over drie weken terug; daarna volgt de "
        "probleemanalyse. Medische gegevens\nzijn niet in deze terugkoppeling opgenomen.\nE. Wijnands, bedrijfsarts"
    )
    c = classify(MODEL, _doc(zone, body), "Terugkoppeling spreekuur 1.pdf")
    assert c.type not in ("probleemanalyse", "medische_informatie"), c.reasons


def test_a_mail_listing_what_was_uploaded_is_not_the_eindevaluatie() -> None:
    body = (
        "Hoi allen,\n\nWendy heeft op 16-06-2026 haar WIA-aanvraag ingediend. Het re-integratieverslag is vandaag via het "
        "werkgeversportaal geüpload: probleemanalyse, plan van aanpak en bijstelling, eerstejaarsevaluatie, actueel "
        "oordeel en eindevaluatie, plus de rapporten van de arbeidsdeskundige.\n\nGroet,\nJolanda"
    )
    c = classify(MODEL, _mail("RIV Wendy geüpload", body), "RIV geupload.eml")
    assert c.type is None, c.reasons


def test_a_portal_export_full_of_health_data_is_medical_information_whatever_its_title() -> None:
    zone = "Export verzuimdossier - werkgeversaccount\nWerknemer: M. Dijkstra, BSN 123456782"
    body = (
        "Journaal bedrijfsarts\n12-03-2025 S: rugpijn met uitstraling. O: diagnose lumbale hernia (ICD-10 M51.1), MRI "
        "bevestigt. A: verwezen naar neuroloog. P: medicatie pregabaline 75 mg, fysiotherapeut 2x per week.\n"
        "02-04-2025 S: minder pijn. P: epidurale infiltratie in het ziekenhuis gepland."
    )
    c = classify(MODEL, _doc(zone, body), "Export verzuimdossier.pdf")
    assert c.type == "medische_informatie", c.reasons


def test_a_portal_print_stamped_medisch_geheim_is_medical_information() -> None:
    zone = "Arbo Noord\nverzuimregistratie - journaal bedrijfsarts\nMEDISCH GEHEIM\nJournaal contactmomenten"
    body = "Werknemer: K. Smit, BSN 123456782\n15-04-2024 spreekuur: vermoeid na inspanning; verwezen door de huisarts."
    c = classify(MODEL, _doc(zone, body), "journaal.pdf")
    assert c.type == "medische_informatie", c.reasons
    # a privacy statement whose subtitle names medical data stays general information
    zone2 = "Arbo Noord\nPrivacyverklaring Arbo Noord\nHoe wij omgaan met uw persoonsgegevens en medische gegevens"
    body2 = "1. Wie zijn wij?\nArbo Noord ondersteunt werkgevers en werknemers bij verzuim. Wij bewaren medische gegevens veilig."
    c2 = classify(MODEL, _doc(zone2, body2), "Privacyverklaring.pdf")
    assert c2.type is None, c2.reasons


# --- session 7, corpora 15 and 16: meetings at the end of the year and of the wachttijd, titles in plain words ------

D0_MEETINGS = dt.date(2024, 3, 4)


def _on(week: int) -> dt.date:
    return D0_MEETINGS + dt.timedelta(days=7 * week - 3)


MEETING_ZONE = "Drukkerij Van Dam - P&O\nVerslag van het gesprek\nAanwezig: Iris Kok, Theo van Dam (directeur), Lisa (P&O)"


def test_a_meeting_report_in_the_first_year_window_that_plans_year_two_is_the_first_year_evaluation() -> None:
    body = (
        "Iris Kok, BSN 123456782, ziek sinds 4 maart 2024\nHet afgelopen jaar in het kort: opbouw tot 16 uur.\n"
        "Wat willen we bereiken in het tweede jaar? Vast werk van 20 uur, zo nodig buiten de drukkerij.\nVolgend gesprek: oktober."
    )
    c = classify(MODEL, _doc(MEETING_ZONE, body), "gesprek.docx", date=_on(51), first_sick_day=D0_MEETINGS)
    assert c.type == "eerstejaarsevaluatie", c.reasons


def test_a_closing_meeting_report_that_describes_the_firm_is_the_eindevaluatie() -> None:
    body = (
        "Iris Kok, BSN 123456782, ziek sinds 4 maart 2024\nOver ons bedrijf\nDrukkerij Van Dam is een familiebedrijf "
        "met een drukkerij en een winkel. We hebben ongeveer 60 medewerkers.\nHoe is het gegaan? Na bijna twee jaar werkt "
        "Iris 20 uur als planner.\nWat vindt de werkgever? De verhouding is goed.\nPassend werk: de 20 uur planning."
    )
    c = classify(MODEL, _doc(MEETING_ZONE, body), "gesprek juni.pdf", date=_on(89), first_sick_day=D0_MEETINGS)
    assert c.type == "eindevaluatie", c.reasons


def test_an_ordinary_meeting_report_stays_an_interim_evaluation() -> None:
    body = "Iris Kok, BSN 123456782\nHoe is het gegaan? Ze werkt nu 3 x 3 uur.\nWat spreken we af? Vanaf juni 4 x 3 uur.\nVolgend gesprek: 2 juli."
    c = classify(MODEL, _doc(MEETING_ZONE, body), "gesprek mei.docx", date=_on(12), first_sick_day=D0_MEETINGS)
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_a_date_after_gesprek_op_with_the_weekday_is_the_meeting_date() -> None:
    from wia_dossier.dates import document_date

    text = (
        "Eindgesprek re-integratie\nGesprek op donderdag 19 februari 2026, aanwezig: werknemer en directeur\n"
        "mei 2025: gesprek na het eerste jaar op 20 mei 2025\n"
    )
    found = document_date(text)
    assert found is not None and found.value.isoformat() == "2026-02-19", found
    # an appointment 'op donderdag …' elsewhere is still no date of the document
    assert document_date("Uitnodiging\nWij zien u op donderdag 19 februari 2026.") is None


def test_a_bedrijfsarts_mail_for_the_wia_application_is_not_the_eindevaluatie() -> None:
    body = (
        "Geachte mevrouw De Graaf,\n\nTen behoeve van de WIA-aanvraag van mevrouw F. Smit (BSN 123456782) geef ik mijn "
        "beoordeling. Zij kan ongeveer 12 uur per week werken in passend werk; het eigen werk is blijvend niet haalbaar. "
        "De arbeidsrelatie is goed. U kunt dit gebruiken voor de eindevaluatie en het re-integratieverslag, uiterlijk in "
        "week 91.\n\nMet vriendelijke groet,\nW. Mulder, bedrijfsarts"
    )
    c = classify(
        MODEL,
        _mail("Beoordeling t.b.v. WIA F. Smit", body),
        "Beoordeling.eml",
        date=dt.date(2025, 7, 28),
        first_sick_day=dt.date(2023, 11, 20),
    )
    assert c.type != "eindevaluatie", c.reasons


@pytest.mark.parametrize(
    ("zone", "body", "expected"),
    [
        ("Notulen overleg 11 juli", "Aanwezig: werknemer, teamleider, bedrijfsarts\nAfspraken: 3 x 4 uur.", "tussentijdse_evaluatie"),
        ("Aanvulling op onze afspraken", "Het doel verandert: ander werk binnen het ziekenhuis. Casemanager blijft P&O.", "bijstelling_plan_van_aanpak"),
        ("Afspraken werkhervatting - versie 2", "Nieuw doel: werkvoorbereider. Opbouw naar 28 uur. Evaluatie elke 6 weken.", "bijstelling_plan_van_aanpak"),
        ("Eindgesprek Bas", "Terugblik op de re-integratie. Passend werk: 32 uur planner. Werkrelatie: goed.", "eindevaluatie"),
        ("Kompaspunt - startdocument", "Zoekrichting: werkvoorbereiding. Fase 1: oriëntatie. Fase 2: solliciteren.", "trajectplan_tweede_spoor"),
    ],
)
def test_plain_titles_of_meetings_changes_and_bureau_papers(zone: str, body: str, expected: str) -> None:
    c = classify(MODEL, _doc(zone, "Werknemer: B. Nijenhuis, BSN 123456782\n" + body), "document.docx")
    assert c.type == expected, c.reasons


# --- session 7, findings set 12 --------------------------------------------------------------------------------


def test_a_first_feedback_that_will_draw_up_the_probleemanalyse_later_is_not_it() -> None:
    zone = "Arbodienst Oost\nTerugkoppeling spreekuur bedrijfsarts\nAdvies aan werkgever en werknemer"
    body = (
        "Werknemer: S. Bouzid, BSN 123456782\nWerknemer kan haar eigen werk nu niet doen. Houd wekelijks contact. Ik zie "
        "werknemer over drie weken terug en stel dan zo nodig de probleemanalyse op.\ndrs. H. Verschuren, bedrijfsarts"
    )
    c = classify(MODEL, _doc(zone, body), "Terugkoppeling spreekuur.pdf")
    assert c.type != "probleemanalyse", c.reasons
    # 'stel ik de probleemanalyse bij' adjusts an existing one: that is no promise of a document to come
    adjust = "Naar aanleiding van het consult van vandaag stel ik de probleemanalyse bij. De belastbaarheid is gewijzigd."
    c2 = classify(MODEL, _doc("Arbodienst Oost\nBijstelling probleemanalyse", adjust), "bijstelling.pdf")
    assert c2.type == "bijstelling_probleemanalyse", c2.reasons


def test_a_consult_feedback_title_fits_the_actueel_oordeel_near_the_application() -> None:
    """'Advies na spreekuur' is the form of every consult: at week 88, about the WIA application, it is the AO."""
    zone = "Arbodienst Oost\nAdvies na spreekuur"
    body = (
        "Werknemer: L. Groeneveld, BSN 123456782\nTen behoeve van de WIA-aanvraag: werknemer kan 20 uur per week werken "
        "in passend werk. De arbeidsrelatie is goed. Passende arbeid bij de werkgever: 20 uur administratie.\n"
        "drs. P. Mol, bedrijfsarts"
    )
    d0 = dt.date(2024, 3, 4)
    c = classify(MODEL, _doc(zone, body), "advies.pdf", date=d0 + dt.timedelta(weeks=88), first_sick_day=d0)
    assert c.type == "actueel_oordeel", c.reasons


def test_a_one_line_evaluation_mail_of_today_is_an_evaluation() -> None:
    body = (
        "Van: Petra Heijmans <petra@installatie.example>\nAan: Bas Hendriks <bas@mail.example>\nDatum: 17-11-2025\n\n"
        "Hoi Bas,\n\nEvaluatie van vandaag (17-11-2025), BSN 123456782. Uren per week: 24 van 36, service en "
        "werkvoorbereiding. Dat gaat goed.\n\nVolgende evaluatie: 22-12-2025.\n\nGroet,\nPetra"
    )
    c = classify(
        MODEL,
        _mail("Evaluatie 17-11-2025", body),
        "2025-11-17 evaluatie.eml",
        date=dt.date(2025, 11, 17),
        first_sick_day=dt.date(2025, 3, 10),
    )
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_a_run_of_boxes_before_a_run_of_labels_says_nothing_about_the_first_label() -> None:
    """PDFium reads a form whose boxes are drawn in another font as '☐ ☐ ☐ ☒ Probleemanalyse Vervolgconsult …': the
    box right before 'Probleemanalyse' is not its own; the content decides."""
    zone = "Arbo Eemland\nTerugkoppeling bedrijfsarts\nWerknemer: M. Bakker, BSN 123456782"
    body = (
        "Soort terugkoppeling ☐ ☐ ☐ ☒ Probleemanalyse Vervolgconsult Bijstelling probleemanalyse\nActueel oordeel\n"
        "Doel: actueel oordeel ten behoeve van het re-integratieverslag.\nArbeidsrelatie: goed.\n"
        "Passende arbeid bij de werkgever: eigen werk, drie dagen.\nF. Roelofsen, bedrijfsarts"
    )
    c = classify(MODEL, _doc(zone, body), "Terugkoppeling bedrijfsarts.pdf")
    assert c.type == "actueel_oordeel", c.reasons
    assert not any("aangekruist" in r for r in c.reasons), c.reasons


# --- session 8: generic names and meeting words fit every meeting report; content and date decide ---------------


def test_a_generic_file_name_counts_for_every_meeting_report_it_fits() -> None:
    # 'verslag gesprek' fits the interim, first-year and final evaluation alike; the name alone must not tip it
    body = (
        "Beste Joost,\n\nHierbij mijn verslag van het gesprek van vanmiddag, nu je ruim een jaar thuis zit.\n"
        "Je eigen werk als chauffeur komt niet meer terug: tillen en lange ritten blijven te zwaar. In het magazijn is "
        "voorlopig werk voor twaalf uur per week. We vragen een arbeidsdeskundige om mee te kijken en zoeken daarnaast "
        "ander werk, ook buiten de zaak.\nJij zei dat je dat spannend vindt, maar dat je het wilt proberen.\n\nGroet, Mirjam"
    )
    c = classify(MODEL, _doc("", body, kind=Kind.EMAIL), "verslag gesprek.eml", date=_on(52), first_sick_day=D0_MEETINGS)
    assert c.type == "eerstejaarsevaluatie", c.reasons
    assert any("bestandsnaam" in r for r in c.reasons), c.reasons


def test_what_was_discussed_today_marks_the_final_meeting_too() -> None:
    body = (
        "Wat we vandaag hebben besproken, bijna twee jaar na de ziekmelding:\nTerugblik: opbouw tot 16 uur in de "
        "kantine, eigen werk lukt niet meer.\nDe arbeidsrelatie is goed. De WIA-aanvraag doet Joost zelf."
    )
    c = classify(MODEL, _doc("Gespreksverslag", body), "gespreksverslag juni.docx", date=_on(90), first_sick_day=D0_MEETINGS)
    assert c.type == "eindevaluatie", c.reasons


def test_a_form_that_ticks_one_of_the_types_it_lists_is_that_document() -> None:
    """An arbodienst's one template for all its reports lists the kinds with a box each, one under the other; the
    ticked one says what this paper is. Listing the kinds makes it no leaflet."""
    page = (
        "Arbodienst Zuidkust · Postbus 12 · 3500 AA Utrecht\narbodienst zuidkust\nRapportage\n"
        "Soort rapportage ☐ Probleemanalyse\n☐ Bijstelling probleemanalyse\n☒ Actueel oordeel\n☐ Arbeidsdeskundig onderzoek\n"
        "☐ Medische informatie (alleen voor de verzekeringsarts)\nWerknemer Femke Zwart\nBSN 123456782\n"
        "Datum spreekuur 12-03-2026\nHuidige situatie\nWerkt 24 uur in aangepast werk.\nArbeidsrelatie\nGoed.\n"
        "Opgesteld door R. Meijer\nFunctie bedrijfsarts"
    )
    ex = Extracted(kind=Kind.PDF, pages=[page], page_numbers=[1], page_count=1, title_zone=page[:600])
    c = classify(MODEL, ex, "rapportage 3.pdf")
    assert c.type == "actueel_oordeel", c.reasons
    # the same template with no box ticked, for nobody, is a blank template
    blank = page.replace("☒", "☐").replace("Werknemer Femke Zwart\nBSN 123456782\n", "")
    ex = Extracted(kind=Kind.PDF, pages=[blank], page_numbers=[1], page_count=1, title_zone=blank[:600])
    assert classify(MODEL, ex, "rapportage.pdf").type is None


def test_a_portal_export_cover_is_no_other_kind_of_paper() -> None:
    """'Export | Dossierstuk (PDF)' on a verzuim portal's cover sheet wraps the document; an absence history exported
    from the same portal is still no RIV document."""
    cover = "presentis\nExport Dossierstuk (PDF)\nOrganisatie Woonbedrijf Oost\nAfgedrukt door L. Smit\nAfdrukdatum 12-01-2026 16:42"
    plan = (
        "Verzuimverslag\nDocumenttype Plan van aanpak\nDatum gesprek 26-04-2024\nMedewerker Tessa Bos\n"
        "Doel: terugkeer in het eigen werk.\nVisie werkgever: rustig opbouwen.\nVisie medewerker: ik wil terug.\n"
        "Evaluatie: na zes weken met de casemanager.\nAkkoord T. Bos / R. Kwak"
    )
    assert classify(MODEL, _pages(cover + "\n" + plan), "Export VZ-0388 (1).pdf").type == "plan_van_aanpak"
    history = "Absence history - export\nEmployee Tessa Bos\nDate Event\n2024-03-11 Sick report\n2024-04-26 Plan of approach signed"
    assert classify(MODEL, _pages(history), "export_verzuim.pdf").type is None


def test_a_mail_that_greets_the_reader_by_first_name_is_about_someone() -> None:
    """A jobcoach's mail to the employer names the employee by first name only: not general information."""
    body = (
        "Beste Wessel en Bianca,\n\nHierbij de tussenstand van het traject met Jeroen, na drie maanden.\n\n"
        "Gedaan: beroepentest, arbeidsmarktverkenning, zes sollicitaties bij cateraars en een groothandel. Eén gesprek, "
        "nog geen aanbod.\nWerkervaring: vanaf juni twee dagen meelopen in een magazijn.\nMotivatie: goed.\n"
        "Volgende stap: de werkervaringsplaats evalueren in juli.\n\nGroet,\nLotte Verbrugge\nJobcoach | Werkwaarts"
    )
    c = classify(MODEL, _mail("Tussenstand Jeroen", body), "Tussenstand Jeroen.eml")
    assert c.type == "voortgangsrapportage_tweede_spoor", c.reasons


def test_english_meeting_minutes_fit_every_evaluation_and_the_content_decides() -> None:
    zone = "Evaluation meeting minutes\nEmployee Anna Novak\nMeeting date 3 October 2025"
    final = (
        "Looking back on two years\nShe now works 32 of 40 hours as a planner.\nNature of the company\n"
        "A laboratory with 260 employees.\nWorking relationship: good. Suitable work: planner, 32 hours.\nAgreed: yes, both."
    )
    c = classify(MODEL, _doc(zone, final), "minutes.docx", date=_on(90), first_sick_day=D0_MEETINGS)
    assert c.type == "eindevaluatie", c.reasons
    year = (
        "Looking back\nAlmost one year after the first day of absence she works 28 hours as a planner.\n"
        "Result we aim for in the second year\nA permanent change to planning, 32 hours.\nAgreed: yes, both."
    )
    c = classify(MODEL, _doc(zone, year), "minutes (2).docx", date=_on(51), first_sick_day=D0_MEETINGS)
    assert c.type == "eerstejaarsevaluatie", c.reasons
    # a review that plans the next one is not the final evaluation, whatever the file is called
    review = "Review meeting - week 78\nTrack 1: 20 hours, stable.\nAgreed by both. Next review in week 84."
    c = classify(MODEL, _doc("Review meeting - week 78", review), "eindevaluatie.pdf", date=_on(78), first_sick_day=D0_MEETINGS)
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_gesprek_van_with_a_date_is_the_meeting_date() -> None:
    from wia_dossier.dates import document_date

    text = "Terugblik en hoe nu verder\nGesprek van 26 november 2025 tussen Saskia en Marloes\n11 april 2024: analyse"
    found = document_date(text)
    assert found is not None and found.value.isoformat() == "2025-11-26", found


def test_a_mail_that_filed_the_42nd_week_report_with_uwvs_number_is_its_record() -> None:
    """CONTRACT: ziekmelding_uwv is the employer's report and its confirmation. A payroll office's mail that filed it
    and quotes UWV's confirmation number records both; a reply that it was never made does not (session 7)."""
    body = (
        "Hallo Sanne,\n\nVandaag heb ik de ziekmelding na 42 weken voor Bas de Wit bij UWV ingediend via het "
        "werkgeversportaal. Gegevens van de melding:\n\nWerknemer: B. de Wit\nBSN: 123456782\nEerste ziektedag: "
        "04-03-2024\nDatum melding: 19-12-2024\nKenmerk UWV: ZM-2024-7781204\n\nGroet,\nKees Mulder\nSalarisadministratie"
    )
    c = classify(MODEL, _mail("Ziekmelding 42e week B. de Wit", body), "Ziekmelding 42e week.eml")
    assert c.type == "ziekmelding_uwv", c.reasons
    # UWV's own receipt titled 'Ontvangstbevestiging ziekmelding na 42 weken' is the confirmation, not other UWV mail
    letter = (
        "UWV\nDatum: 18 juli 2024\nBetreft: ontvangstbevestiging ziekmelding na 42 weken\nWerknemer: B. de Wit, "
        "BSN 123456782\nWij hebben uw ziekmelding ontvangen. Maak uiterlijk in week 52 de eerstejaarsevaluatie."
    )
    ex = Extracted(kind=Kind.PDF, pages=[letter], page_numbers=[1], page_count=1, title_zone=letter[:300])
    assert classify(MODEL, ex, "scan 20240726.pdf").type == "ziekmelding_uwv"


def test_a_meeting_that_names_the_eindevaluatie_as_planned_is_not_it() -> None:
    """'Het actueel oordeel is gepland op 12 juni, de eindevaluatie op 30 juni': a meeting before both."""
    body = (
        "Medewerker: Sanne Bos, BSN 123456782\nDatum: 05-06-2026\nSanne werkt 24 uur; het tweede spoor loopt. Het "
        "actueel oordeel is gepland op 12-06-2026, de eindevaluatie op 30-06-2026.\nLocatiemanager / Medewerker"
    )
    c = classify(MODEL, _doc("Gespreksverslag", body), "Gesprek 2026-06-05.pdf", date=_on(88), first_sick_day=D0_MEETINGS)
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_a_consult_feedback_without_the_content_of_a_pa_or_ao_is_no_element() -> None:
    """Regeling procesgang art. 6 lid 1 onder f en i: the PA and the AO carry a judgement; an ordinary feedback after a
    consult ('belastbaarheid ongewijzigd, vervolg over zes weken') near the application is neither."""
    zone = "Arbodienst Veluwezoom\nTerugkoppeling spreekuur\nWerknemer Ilse Bos"
    body = "BSN 123456782\nWerkt 16 uur in de backoffice. Belastbaarheid ongewijzigd. Vervolg: spreekuur over zes weken.\nE. Timmer, bedrijfsarts"
    c = classify(MODEL, _doc(zone, body), "Terugkoppeling spreekuur.pdf", date=_on(87), first_sick_day=D0_MEETINGS)
    assert c.type is None and "terugkoppeling" in c.reasons[0], c.reasons
    # with the actueel oordeel's content it is the actueel oordeel
    body2 = body.replace("Vervolg: spreekuur over zes weken.", "Ten behoeve van de WIA-aanvraag: passende arbeid bij de werkgever is de backoffice; arbeidsrelatie goed.")
    c = classify(MODEL, _doc(zone, body2), "Terugkoppeling spreekuur.pdf", date=_on(87), first_sick_day=D0_MEETINGS)
    assert c.type == "actueel_oordeel", c.reasons


def test_a_plan_in_a_mail_as_short_questions_is_the_plan_van_aanpak() -> None:
    body = (
        "Beste Lotte,\n\nFijn dat we vandaag met z'n drieën om tafel zaten. Zo pakken we het aan:\n\n"
        "Wat willen we: dat je terugkomt als kapster, eerst zonder knippen boven schouderhoogte.\nWat doen we:\n"
        "1. vanaf maandag drie ochtenden kassa en afspraken\n2. daarna elke week een uur erbij\n3. elke 6 weken bespreken "
        "we hoe het gaat\n4. ik ben je casemanager\nWat vinden wij: dit past goed.\nWat vind jij: je wilt zo snel mogelijk "
        "weer knippen.\n\nBSN 123456782\nGroet, Esther"
    )
    c = classify(MODEL, _mail("Zo pakken we het aan", body), "Zo pakken we het aan.eml")
    assert c.type == "plan_van_aanpak", c.reasons


def test_the_bedrijfsarts_mailing_changed_advice_is_a_bijstelling() -> None:
    """Regeling procesgang art. 4 lid 4: changed advice after a consult, measured against the earlier advice."""
    body = (
        "Geachte mevrouw Smit,\n\nNa het spreekuur met de heer Bos (BSN 123456782) op 2 oktober laat ik u het volgende "
        "weten. De belastbaarheid is verbeterd: hij kan nu zes uur per dag werken. Nachtdiensten raad ik blijvend af; dit "
        "is anders dan mijn eerdere advies. Ik adviseer het plan van aanpak hierop aan te passen.\n\nMet vriendelijke "
        "groet,\n\ndrs. P. Kamp, bedrijfsarts, BIG 19047732601"
    )
    c = classify(MODEL, _mail("Advies na spreekuur", body), "Advies na spreekuur.eml", date=_on(30), first_sick_day=D0_MEETINGS)
    assert c.type == "bijstelling_probleemanalyse", c.reasons


def test_a_short_report_of_this_mornings_meeting_is_an_evaluation() -> None:
    body = (
        "Hoi Niels,\n\nHieronder mijn verslagje van het gesprek met Hidde van vanmorgen, jij was er niet bij.\n\n"
        "- hij werkt nu 5 uur per dag\n- de rondes gaan beter, klimmen doet hij nog niet\n- afspraken uit het plan "
        "nagekomen\n\nGroet,\nMarjolein, teamleider\nBSN 123456782 staat in het dossier."
    )
    c = classify(MODEL, _mail("RE: afspraken opbouw", body), "Re afspraken opbouw.eml", date=_on(30), first_sick_day=D0_MEETINGS)
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_short_mails_that_carry_a_meeting_or_changed_advice() -> None:
    """Corpus 23's mails in other words: the meeting's next date in plain words, a reply whose quoted message adjusts
    the plan ('We passen ons plan aan'), and the bedrijfsarts who 'stelt zijn advies bij'."""
    meeting = (
        "Hoi Sem,\n\nNog even op een rijtje wat we vanmiddag met z'n drieën hebben besproken:\n\n- Je werkt nu 20 uur in "
        "de winkel en dat gaat goed.\n- Zwaar tillen doe je nog niet.\n- Vanaf maandag ga je naar 24 uur.\n- Over vier "
        "weken zitten we weer bij elkaar.\n\nGroet,\nMies, bedrijfsleider\n(Sem Bakker, BSN 123456782)"
    )
    c = classify(MODEL, _mail("RE: gesprek dinsdag", meeting), "RE gesprek dinsdag.eml", date=_on(30), first_sick_day=D0_MEETINGS)
    assert c.type == "tussentijdse_evaluatie", c.reasons
    reply = (
        "Akkoord. Sem\n\n-----Oorspronkelijk bericht-----\nVan: Mies\nOnderwerp: nieuwe afspraken\n\nBeste Sem,\n\nDe "
        "bedrijfsarts zei dat het te snel ging. We passen ons plan van aanpak daarom aan:\n- het doel blijft je eigen werk, "
        "maar later;\n- de komende 6 weken werk je 3 x 2 uur;\n- geen zaterdagen tot de volgende evaluatie.\nWil je laten "
        "weten of je akkoord bent?\n\nMies, bedrijfsleider\n(S. Bakker, BSN 123456782)"
    )
    c = classify(MODEL, _mail("RE: nieuwe afspraken", reply), "RE nieuwe afspraken.eml", date=_on(20), first_sick_day=D0_MEETINGS)
    assert c.type == "bijstelling_plan_van_aanpak", c.reasons
    advice = (
        "Geachte mevrouw Jansen,\n\nIk heb de heer Bakker vandaag gezien. Het herstel verloopt trager dan bij de "
        "probleemanalyse verwacht. Ik stel mijn advies bij: de belastbaarheid is herzien, staan is beperkt tot een half "
        "uur. Het kassawerk kan doorgaan. Bijgaand het inzetbaarheidsprofiel komt apart via het portaal.\n\nMet "
        "vriendelijke groet,\nP. Kamp, bedrijfsarts (BIG 19047732601)\nBetreft: S. Bakker, BSN 123456782"
    )
    c = classify(MODEL, _mail("Advies na spreekuur S. Bakker", advice), "advies na spreekuur.eml", date=_on(20), first_sick_day=D0_MEETINGS)
    assert c.type == "bijstelling_probleemanalyse", c.reasons


# --- session 9: who a paper is for, which document a bundle is, the payroll's record, a talk with someone named ----


def test_an_arbodienst_confirming_the_first_sick_report_is_no_42nd_week_report() -> None:
    """CONTRACT: ziekmelding_uwv is the report to UWV in week 42. An arbodienst's 'Bevestiging ziekmelding' of the
    first sick day never names UWV nor the 42nd week; an employer's copy of the week-42 form names its week."""
    arbo = (
        "Arbo Noordwest\nBevestiging ziekmelding\nWerkgever: Bakkerij Tol\nWerknemer: Joris Vink\nBSN: 123456782\n"
        "Datum bevestiging: 04-03-2025\nWij hebben de ziekmelding ontvangen en een verzuimdossier aangemaakt. De "
        "werknemer krijgt binnenkort een uitnodiging voor het spreekuur van de bedrijfsarts.\nTeam verzuim"
    )
    ex = Extracted(kind=Kind.PDF, pages=[arbo], page_numbers=[1], page_count=1, title_zone=arbo[:200])
    c = classify(MODEL, ex, "Bevestiging ziekmelding.pdf")
    assert c.type is None and "noemt UWV nergens" in c.reasons[0], c.reasons
    form = arbo.replace("Arbo Noordwest\nBevestiging ziekmelding", "Bakkerij Tol\nZiekmelding langdurig zieke werknemer (42e week)")
    ex = Extracted(kind=Kind.PDF, pages=[form], page_numbers=[1], page_count=1, title_zone=form[:200])
    assert classify(MODEL, ex, "melding.pdf").type == "ziekmelding_uwv"


def test_a_payroll_mail_that_reported_the_employee_sick_at_uwv_records_the_report() -> None:
    """A salary office reports in its own words that it made the report at UWV, with the number it got: the record of
    the 42nd-week report, without the words 'Kenmerk UWV'."""
    body = (
        "Hoi Petra,\n\nVanochtend heb ik Joris Vink (BSN 123456782) via het werkgeversportaal ziek gemeld bij UWV, de "
        "melding na 42 weken. Eerste ziektedag 3 maart 2025.\nMeldingsnummer: ZM-2025-4471902. De bevestiging volgt.\n\n"
        "Groet,\nAnke\nSalarisadministratie"
    )
    c = classify(MODEL, _mail("melding UWV Joris", body), "melding UWV Joris.eml")
    assert c.type == "ziekmelding_uwv", c.reasons
    # the same mail asking whether it was done is no record
    asking = body.replace("Vanochtend heb ik", "Heb jij al").replace("ziek gemeld bij UWV, de melding", "ziek gemeld? De melding")
    assert classify(MODEL, _mail("melding UWV Joris", asking), "melding UWV Joris.eml").type is None


def test_a_note_of_a_talk_with_someone_named_is_about_that_person() -> None:
    """A short note that opens with a talk with a colleague named by first name records a meeting with a person; it
    is no general information, though it names no BSN."""
    note = (
        "overleg met Ruben 3-6, Ilse schoof aan\n\n- werkt 4 x 4 uur aan de kassa, gaat goed\n- afspraken uit het plan "
        "nagekomen\n- volgende evaluatie over zes weken\n\nMarja"
    )
    ex = Extracted(kind=Kind.TEXT, pages=[note], page_numbers=[1], page_count=1, title_zone=note[:120])
    c = classify(MODEL, ex, "overleg Ruben.txt")
    assert c.type == "tussentijdse_evaluatie", c.reasons
    leaflet = note.replace("overleg met Ruben 3-6, Ilse schoof aan", "overleg met de werkgever: zo werkt het")
    ex = Extracted(kind=Kind.TEXT, pages=[leaflet], page_numbers=[1], page_count=1, title_zone=leaflet[:120])
    assert classify(MODEL, ex, "uitleg.txt").type != "tussentijdse_evaluatie"


def test_an_export_is_typed_by_its_first_document_not_by_the_richer_second() -> None:
    """A portal export holds a labour expert's report and then the bedrijfsarts's profile with its many FML headings;
    the file is the report its first page opens (the profile is reported as a second document)."""
    from wia_dossier.analysis import analyse
    from wia_dossier.model import SourceFile

    report = (
        "Arbodienst Kustlijn · export\nRapport arbeidsdeskundig onderzoek\nWerknemer: Joris Vink\nBSN: 123456782\n"
        "Datum rapport: 12-02-2026\nFunctiebelasting: tillen en lang staan. Eigen werk is niet passend; aangepast "
        "werk 16 uur is passend. Loonwaarde circa 80%.\nR. Dam, register-arbeidsdeskundige"
    )
    profile = (
        "Arbodienst Kustlijn · export\nInzetbaarheidsprofiel\nJoris Vink · BSN 123456782 · 03-02-2026\n"
        "Persoonlijk functioneren: geen beperkingen\nSociaal functioneren: geen beperkingen\nFysieke omgevingseisen: "
        "beperkt\nDynamische handelingen: niet tillen\nStatische houdingen: afwisselen\nWerktijden: overdag"
    )
    ex = Extracted(kind=Kind.PDF, pages=[report, profile], page_numbers=[1, 2], page_count=2, title_zone=report[:200])
    result = analyse(SourceFile("export.pdf", 1, "x"), ex, MODEL, "nl")
    assert result.later_titles and result.later_titles[0][1] == "inzetbaarheidsprofiel"
    from wia_dossier.classify import decide

    assert decide(MODEL, result.evidence, date=None, first_sick_day=None).type == "arbeidsdeskundig_rapport"


def test_a_talk_titled_with_a_first_name_is_a_meeting_report() -> None:
    """'Gesprek met Kim' above a few lines and two signatures is the record of a meeting; the date decides which."""
    body = "dinsdag 1 april 2025\nKim werkt 3 x 3 uur aan de balie. Gaat goed.\nVolgende keer over 5 weken.\nEigenaar / Kim"
    c = classify(MODEL, _doc("Kapsalon De Schaar\nGesprek met Kim", body), "Gesprek 01-04-2025.pdf", date=_on(20), first_sick_day=D0_MEETINGS)
    assert c.type == "tussentijdse_evaluatie", c.reasons
    not_a_name = classify(MODEL, _doc("Gesprek met de bedrijfsarts", "Zie de afspraken."), "x.pdf")
    assert not_a_name.type != "tussentijdse_evaluatie"


def test_a_casemanagers_evaluation_citing_the_deskundigenoordeel_is_no_deskundigenoordeel() -> None:
    """Only UWV issues a deskundigenoordeel. A bureau's year review that cites it ('Het deskundigenoordeel van UWV
    bevestigt dat dit passend is'), typed, without UWV's letterhead or the title, is the first-year evaluation."""
    body = (
        "1. Waar staan we na bijna een jaar\nJoris werkt 28 uur in de expeditie. Het deskundigenoordeel van UWV bevestigt "
        "dat dit passend is; het deskundigenoordeel volgde op ons verzoek.\n2. Welk resultaat willen we aan het eind van "
        "het tweede jaar\n32 uur.\n3. Tweede spoor?\nNiet nodig.\n4. Hoe kijken jullie ertegenaan\nWerkgever: tevreden. "
        "Joris: tevreden.\nGetekend: P. Tol - J. Vink\nMedewerker: Joris Vink\nBSN: 123456782\nDatum: 14-01-2025"
    )
    c = classify(MODEL, _doc("Koersnotitie", body, kind=Kind.DOCX), "Koersnotitie Vink.docx", date=_on(50), first_sick_day=D0_MEETINGS)
    assert c.type == "eerstejaarsevaluatie", c.reasons
    letter = "UWV\nUitvoeringsinstituut Werknemersverzekeringen\nDeskundigenoordeel\nBSN: 123456782\nUw verzoek om een deskundigenoordeel"
    assert classify(MODEL, _doc(letter), "brief.pdf").type == "deskundigenoordeel"


def test_a_dms_number_in_front_of_a_file_name_is_no_part_of_it() -> None:
    """'3.1 Ziekmelding 42e week.pdf' from an export numbered by a DMS names the 42nd-week report."""
    text = "Werkgeversportaal\nZiekmelding langdurige ziekte - verzonden\nBSN werknemer: 123456782\nVerzonden 10-02-2025"
    assert classify(MODEL, _doc(text), "3 UWV/3.1 Ziekmelding 42e week.pdf").type == "ziekmelding_uwv"


def test_uwvs_letterhead_read_from_a_scan_and_an_employees_short_reaction() -> None:
    """OCR of UWV's letter keeps 'uwv' alone on the top line and 'Met vriendelijke groet, UWV' at the end: UWV wrote it.
    A photo of the employee's handwritten 'Ik heb alles gelezen ... Verder eens met het verslag' is his view."""
    letter = (
        "uwv\n\nDe heer J. Vink\nDatum: 8 juli 2025\nUw aanvraag voor een WIA-uitkering\nU bent ziek sinds 4 maart 2024. "
        "Over enkele maanden eindigt de wachttijd van 104 weken. Wilt u een WIA-uitkering? Vraag deze dan aan via Mijn UWV, "
        "uiterlijk 11 weken voor het einde van de wachttijd.\nMet vriendelijke groet, UWV"
    )
    ex = Extracted(kind=Kind.IMAGE, pages=[letter], page_numbers=[1], page_count=1, title_zone=letter[:200], ocr_confidence=0.92)
    found = classify(MODEL, ex, "DOC-000201.pdf", date=_on(88), first_sick_day=D0_MEETINGS)
    assert found.type == "uwv_correspondentie", found.reasons
    note = "Wat ik ervan vind\nIk heb alles gelezen. Klopt wel wat er staat.\nVerder eens met het verslag.\nJ. Vink, bsn 123456782"
    ex = Extracted(kind=Kind.IMAGE, pages=[note], page_numbers=[1], page_count=1, title_zone=note, ocr_confidence=0.9)
    assert classify(MODEL, ex, "IMG_2031.jpg").type == "oordeel_werknemer"


def test_a_payroll_mail_that_lists_the_data_it_filed_at_uwv_records_the_report() -> None:
    """Without a filing number: a salary office writes that it made the 42nd-week report at UWV ('bij UWV gedaan') and
    lists the data it filed with (first sick day, date of the report, wage-tax number) — the report's record. A mail
    that asks whether it was done, with the same data, is not; UWV's confirmation text copied into a mail is."""
    body = (
        "Hoi Wiebe,\n\nZojuist heb ik namens jullie de ziekmelding langdurig (42e-weeksmelding) van Noor Bakker bij UWV "
        "gedaan via het werkgeversportaal.\n\nWerknemer: Noor Bakker, BSN 123456782\nEerste ziektedag: 05-02-2024\n"
        "Loonheffingennummer: 814273605L01\nDatum melding: 25-11-2024\n\nGroet,\nAukje\nSalarisadministratie"
    )
    c = classify(MODEL, _mail("RE: 42e week Noor", body), "Re 42e week Noor.eml")
    assert c.type == "ziekmelding_uwv", c.reasons
    asking = body.replace("Zojuist heb ik namens jullie de", "Moet ik de").replace("gedaan via het werkgeversportaal.", "doen via het werkgeversportaal?")
    assert classify(MODEL, _mail("RE: 42e week Noor", asking), "Re 42e week Noor.eml").type is None
    portal = (
        "Voor het dossier. Tekst van de bevestiging in het werkgeversportaal:\n\nZiekmelding langer dan 42 weken\n"
        "Werkgever: Bouwbedrijf Dijk, loonheffingennummer 8377.10.264.L01\nWerknemer: R. Dijk, BSN: 123456782\n"
        "Eerste ziektedag: 11-04-2023\nDatum melding: 30-01-2024\nWij hebben uw ziekmelding ontvangen.\n\nFenna"
    )
    assert classify(MODEL, _mail("42e weeks melding Dijk", portal), "42e weeks melding.eml").type == "ziekmelding_uwv"


def test_a_progress_report_typed_in_the_bureaus_mail_is_one() -> None:
    """A second-track coach mails the progress report in the body: applications made ('gesolliciteerd') and when the
    next report comes are a progress report's own content, not a covering note."""
    body = (
        "Beste Carla,\n\nHierbij voortgangsrapportage 2 tweede spoor van Wendy Kramer (3 maart 2026).\n\nStand van zaken: "
        "Wendy heeft deze periode vier keer gesolliciteerd en één oriënterend gesprek gevoerd bij een werkgever in de "
        "regio. Inzet en motivatie zijn goed.\nVervolg: werkervaringsplaats onderzoeken. Volgende rapportage over 8 "
        "weken.\n\nMet vriendelijke groet,\nMarco Smit\nloopbaancoach, Werkpad Re-integratie\nT 06-45529444"
    )
    c = classify(MODEL, _mail("Voortgangsrapportage 2 Wendy Kramer", body), "Voortgangsrapportage 2.eml")
    assert c.type == "voortgangsrapportage_tweede_spoor", c.reasons


def test_a_consult_report_that_says_the_actueel_oordeel_follows_is_not_it() -> None:
    """'Het actueel oordeel voor het re-integratieverslag volgt rond week 88': a phrase saying what it is for may stand
    between the document and 'volgt'; the paper is a consultation report, not the actueel oordeel."""
    body = (
        "Naam werknemer: Wendy Kramer\nBSN: 123456782\nDatum spreekuur: 6 mei 2026\nStand van zaken: werknemer werkt "
        "structureel 16 uur aangepast werk. Geen wijziging in de belastbaarheid. Medische gegevens zijn niet "
        "opgenomen.\nHet actueel oordeel voor het re-integratieverslag volgt rond week 88, na de brief van UWV.\n"
        "dr. N. Smulders\nbedrijfsarts, BIG 30546005886"
    )
    c = classify(MODEL, _doc("VitaalWerk Arbodienst\nTERUGKOPPELING SPREEKUUR", body), "Terugkoppeling spreekuur.pdf")
    assert c.type != "actueel_oordeel", c.reasons


def test_a_short_mail_headed_as_the_employees_view_is_that_view() -> None:
    """The employee's view may be one sentence. A mail from the employee, nothing attached, headed 'Oordeel van de
    werknemer' and saying 'Ik ben het eens met het re-integratieverslag', is the view, not a covering note."""
    body = "Oordeel van de werknemer\nLotte de Groot, BSN 123456782\n\nIk ben het eens met het re-integratieverslag.\n\nLotte"
    c = classify(MODEL, _mail("mijn oordeel re-integratieverslag", body), "mijn oordeel.eml")
    assert c.type == "oordeel_werknemer", c.reasons
    # a short covering mail that sends the view along is still no view of its own
    cover = "Hoi Ilse,\n\nHierbij mijn oordeel over het re-integratieverslag.\n\nLotte"
    assert classify(MODEL, _mail("mijn oordeel", cover, attachments=1), "mijn oordeel.eml").type is None


def test_an_export_is_dated_by_its_first_document_too() -> None:
    """Typed by its first document, the export takes that document's date: the later report's closing date under its
    signature is that report's own (a probleemanalyse dated by the actueel oordeel behind it looked years late)."""
    from wia_dossier.analysis import analyse
    from wia_dossier.model import SourceFile

    pa = (
        "ArboNova Verzuimplein\nProbleemanalyse\nWerknemer: Saskia Hoek, BSN 123456782\nBeloop: klachten van de schouder. "
        "Er is sprake van dreigend langdurig verzuim.\nAdvies: stel samen binnen twee weken een plan van aanpak op.\n"
        "drs. H. van Leeuwen, bedrijfsarts (BIG 49021837701)\nArboNova, Oosterlaar, 11 april 2024"
    )
    ao = (
        "ArboNova Verzuimplein\nActueel oordeel\nWerknemer: Saskia Hoek, BSN 123456782\nHuidige belastbaarheid: "
        "baliewerk 4 x 5 uur.\ndrs. H. van Leeuwen, bedrijfsarts (BIG 49021837701)\n12 november 2025"
    )
    ex = Extracted(kind=Kind.PDF, pages=[pa, ao], page_numbers=[1, 2], page_count=2, title_zone=pa[:200])
    result = analyse(SourceFile("Export dossier.pdf", 1, "x"), ex, MODEL, "nl")
    assert result.date is not None and result.date.value.isoformat() == "2024-04-11", result.date


def test_a_telephone_contact_report_is_a_meeting_record_and_a_hospital_stay_no_medical_data() -> None:
    """'Verslag telefonisch contact' with progress and agreements records a contact between employer and employee (an
    evaluation moment). That the employee is in hospital, while 'over de reden en de behandeling zijn geen gegevens
    gevraagd of vastgelegd', is no medical information (findings holdout 21)."""
    body = (
        "Werknemer: Anouk de Wit\nBSN: 123456782\nDatum: 15-08-2025\nContact: telefonisch, E. ten Have met Anouk\n\n"
        "Voortgang\nAnouk is sinds twee weken opgenomen in het ziekenhuis en verwacht over circa twee weken thuis te "
        "zijn. Over de reden en de behandeling zijn geen gegevens gevraagd of vastgelegd. Werkhervatting ligt stil "
        "tijdens de opname.\nAfspraken\nNa ontslag bepaalt de bedrijfsarts de belastbaarheid opnieuw.\nCasemanager"
    )
    c = classify(MODEL, _doc("Kunststof Twente B.V.\nVerslag telefonisch contact\nre-integratie", body), "Telefonisch contact.docx")
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_an_order_confirmation_for_the_labour_expert_is_not_the_report() -> None:
    """'Opdrachtbevestiging arbeidsdeskundig onderzoek … Dit is geen rapportage': a letter about the assessment to come."""
    body = (
        "Opdrachtgever: Zorggroep De Linde\nWerknemer: Fenna Dijkstra\nDatum: 17 juni 2025\nHartelijk dank voor uw "
        "opdracht. Wij nemen contact op om het onderzoek in te plannen; de doorlooptijd is 8 tot 10 weken. Dit is geen "
        "rapportage.\nJ. de Boer, planner"
    )
    c = classify(MODEL, _doc("Adviesbureau Van Rijn\nOpdrachtbevestiging\narbeidsdeskundig onderzoek", body), "AD-onderzoek.pdf")
    assert c.type is None, c.reasons


@pytest.mark.parametrize(
    "heading",
    ["Gesprek Katarzyna - 7 februari 2024", "Gesprek 28 november 2024 - Anouk, Femke, Gijs", "Evaluatie 28-11-2023"],
)
def test_a_note_headed_with_a_talk_and_its_date_is_a_meeting_record(heading: str) -> None:
    """A handwritten or typed note that opens with the talk, its date and who was there, then a few bullets and the
    next appointment, records a meeting (corpora 32 and 33), whatever the word for it."""
    body = (
        "BSN 123456782\n- sorteren 3 x 3 uur gaat goed\n- volgende stap: 3 x 4 uur vanaf 12 februari\n"
        "Volgende keer: half maart.\nAkkoord: M. Verstegen / K. Dabrowska"
    )
    c = classify(MODEL, _doc(heading, body), "document.pdf", date=_on(20), first_sick_day=D0_MEETINGS)
    assert c.type == "tussentijdse_evaluatie", c.reasons
    # a talk with the bedrijfsarts, or a heading that goes on in a sentence, is no such record
    other = classify(MODEL, _doc("Gesprek met de bedrijfsarts op 3 mei", "Zie het advies."), "x.pdf")
    assert other.type != "tussentijdse_evaluatie", other.reasons


def test_a_meeting_mail_with_its_date_in_the_subject_is_no_dated_list() -> None:
    """'gesprek 20-05-2025' in the subject and 'Volgende keer 24-06-2025' in the body: the meeting title the three
    evaluations share names one kind of paper, not three, so the mail is no index of documents with dates (findings
    holdout 11 lost a meeting when the dated meeting heading became a title)."""
    body = (
        "Jeroen,\n\nVan ons gesprek vandaag (20-05-2025):\n\nNog steeds 2 x 4 uur. Na een dag snoeien veel last. We houden "
        "het zo.\n\nAfspraken plan van aanpak besproken. Volgende keer 24-06-2025.\n\nBSN voor het dossier: 123 456 782\n\n"
        "Groet,\nGert\nHoveniersbedrijf Van Beek & Zn. | 055 533 18 02"
    )
    c = classify(MODEL, _mail("gesprek 20-05-2025", body), "Gesprek 20-05-2025.eml", date=_on(12), first_sick_day=D0_MEETINGS)
    assert c.type == "tussentijdse_evaluatie", c.reasons


def test_an_hr_export_sheet_before_the_documents_is_no_document_and_the_first_one_dates_the_file() -> None:
    """An HR system's export sheet ('export medewerkerdossier … Aantal documenten 2', the file names) precedes a plan
    van aanpak and then an evaluation: the file is dated by the plan, not by the evaluation's signature."""
    from wia_dossier.analysis import analyse
    from wia_dossier.model import SourceFile

    cover = (
        "PeopleDesk HR - export medewerkerdossier\nMedewerker Nwachukwu, B.\nExportdatum 03-05-2024 16:12\n"
        "Aantal documenten 2\n\n1. PvA_Nwachukwu_220324.docx\n2. Evaluatie_Nwachukwu_020524.docx"
    )
    plan = (
        "Plan van aanpak re-integratie\nWerknemer Blessing Nwachukwu\nBSN 123456782\nRe-integratiedoel: terugkeer in het "
        "eigen werk.\nVisie werkgever: goed.\nVisie werknemer: akkoord.\nI. Hoefnagel, casemanager\n22-03-2024"
    )
    meeting = (
        "Evaluatie plan van aanpak\nWerknemer Blessing Nwachukwu\nBSN 123456782\nAanwezig: Blessing, Ingrid\nUren "
        "gaan goed. Volgende evaluatie over zes weken.\nI. Hoefnagel, casemanager\n02-05-2024"
    )
    ex = Extracted(kind=Kind.PDF, pages=[cover, plan, meeting], page_numbers=[1, 2, 3], page_count=3, title_zone=cover[:200])
    result = analyse(SourceFile("Document (7).pdf", 1, "x"), ex, MODEL, "nl")
    assert result.date is not None and result.date.value.isoformat() == "2024-03-22", result.date
