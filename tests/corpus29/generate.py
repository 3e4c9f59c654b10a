#!/usr/bin/env python3
"""Generate tests/corpus29 (untouched holdout): 4 small-business cases, forms built from tables.

Run: TZ=UTC /work/main/.venv/bin/python tests/corpus29/generate.py   (rewrites files/ and labels.csv)
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen_lib import (FIXED, elfproef, fax_line, finish_pdf, hand, lang, lo_convert, mail, make_bsn, merge_pdfs,  # noqa: E402
                     nl, photo, render_pages, save_scan_pdf, scanify, signature, stamp, to_html, to_text, wkhtml,
                     write_docx)

HERE = Path(__file__).parent
FILES = HERE / "files"
RNG = random.Random(2929)
LABELS: list[tuple[str, str, str, str]] = []
JOBS: list[dict] = []


def wd(d0: dt.date, days: int) -> dt.date:
    d = d0 + dt.timedelta(days=days)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def dm(d: dt.date, h: int = 10, m: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, h, m)


def add(case: str, path: str, typ: str, date: dt.date | None, kind: str, producer: str, trap: str, **kw) -> None:
    LABELS.append((f"{case}/{path}", typ, date.isoformat() if (date and typ) else "", f"{CASES[case]['letter']};{producer.replace(';', ',')};{trap.replace(';', ',')}"))
    if kind:
        JOBS.append(dict(case=case, path=path, kind=kind, date=date, **kw))


# ====================================================================== cases
CASES = {
    "Loodgieters Hamstra - D. Roelofsen": dict(letter="A", d0=dt.date(2024, 2, 5)),
    "Taxi Veenhof - dossier S. Wolthuis": dict(letter="B", d0=dt.date(2023, 11, 13)),
    "Slagerij Ten Brinke - J. Mulder": dict(letter="C", d0=dt.date(2024, 4, 15)),
    "Hoveniersbedrijf Lammers Groen - B. Kloosterboer": dict(letter="D", d0=dt.date(2023, 9, 4)),
}
for c in CASES.values():
    c["bsn"] = make_bsn(RNG)
    assert elfproef(c["bsn"])
assert len({c["bsn"] for c in CASES.values()}) == 4


def dotted(b: str) -> str:
    return f"{b[:4]}.{b[4:6]}.{b[6:]}"


# ---------------------------------------------------------------------- case A: plumbing firm
A = "Loodgieters Hamstra - D. Roelofsen"
a0, aB = CASES[A]["d0"], CASES[A]["bsn"]
aW = "Loodgietersbedrijf Hamstra & Zn. B.V., Kerkeweg 14, 8452 KT Oosterwolk"
aEmp = [("Naam werknemer", "Dennis Roelofsen"), ("Geboortedatum", "14-03-1986"), ("BSN", aB),
        ("Functie", "Monteur sanitair en cv (40 uur per week)"), ("Werkgever", aW)]
A_PA, A_PVA, A_EV1, A_42 = wd(a0, 37), wd(a0, 48), wd(a0, 93), wd(a0, 293)
A_BPA, A_AD, A_EJE, A_BPVA = wd(a0, 157), wd(a0, 343), wd(a0, 352), wd(a0, 364)
A_TP, A_VG, A_ER, A_AO, A_MI, A_EV, A_OW = wd(a0, 385), wd(a0, 476), wd(a0, 615), wd(a0, 619), wd(a0, 620), wd(a0, 629), wd(a0, 634)
ARBO_A = "ArboTerras · Mijn Verzuimdossier"
BA_A = "drs. E.M. Kortekaas, bedrijfsarts, BIG 59031847201"

add(A, "Probleemanalyse ArboTerras.pdf", "probleemanalyse", A_PA, "wk", "wkhtmltopdf portal print", "standard title; form table",
    band=ARBO_A, color="#2e6b4f", doc=dict(
        bandsub="Dossiernummer 24-0593 · Werkgever Loodgietersbedrijf Hamstra & Zn. B.V.",
        title="Probleemanalyse", intro=[f"Datum spreekuur: {nl(A_PA)}"],
        tables=[dict(caption="Gegevens", rows=aEmp + [("Eerste ziektedag", nl(a0)), ("Bedrijfsarts", BA_A)]),
                dict(caption="Oordeel en advies", rows=[
                    ("Is er sprake van dreigend langdurig verzuim?", "[x] ja   [ ] nee"),
                    ("Beperkingen en mogelijkheden", "Beperkt in tillen boven 10 kg, langdurig bukken, knielen en werken in kruipruimtes. Zitten en staan afwisselend mogelijk. Kan licht administratief werk doen, 2 x 2 uur per dag."),
                    ("Prognose", "Gunstig op middellange termijn; herstel van eigen werk niet binnen 3 maanden te verwachten."),
                    ("Advies werkgever", "Start met aangepaste werkzaamheden: werkvoorbereiding, materiaalbestellingen, telefoon bij storingsdienst. Geen montagewerk."),
                    ("Advies werknemer", "Opbouw in activiteiten volgens behandeladvies; contact houden met leidinggevende."),
                    ("Volgend spreekuur", "over 6 weken")])],
        foot=[f"Afgedrukt vanuit Mijn Verzuimdossier door w.hamstra op {nl(wd(a0, 40))} 08:14"]))

add(A, "Plan van aanpak Roelofsen.docx", "plan_van_aanpak", A_PVA, "docx", "python-docx Word form of the verzuimverzekeraar",
    "label-value table; visie rows; casemanager of the insurer", doc=dict(author="R. Ypma",
        head=["Helmgras Verzuimverzekeringen", "Casemanagement - polis HV-20417"], title="Plan van aanpak re-integratie",
        tables=[dict(caption="1. Gegevens", rows=aEmp + [("Eerste ziektedag", nl(a0)),
                     ("Datum probleemanalyse", nl(A_PA)), ("Casemanager", "Ronald Ypma, Helmgras Verzuimverzekeringen")]),
                dict(caption="2. Doel en afspraken", rows=[
                    ("Re-integratiedoel", "Terugkeer in eigen werk als monteur; tussendoel: aangepast werk op kantoor"),
                    ("Activiteiten", "Vanaf week 9 werkvoorbereiding en bestellingen op kantoor, 2 x 2 uur per dag; opbouw per 2 weken met 2 uur"),
                    ("Termijnen", "Eerste evaluatie over 6 weken; daarna elke 6 weken"),
                    ("Evaluatiemomenten", "Tussentijds met casemanager; eerstejaarsevaluatie rond week 52"),
                    ("Visie werkgever", "Wij willen Dennis graag behouden; kantoorwerk is er genoeg sinds de nieuwbouwprojecten."),
                    ("Visie werknemer", "Ik wil eigenlijk weer de bus in, maar snap dat het eerst zo moet.")])],
        sign=[("W. Hamstra", "Directeur-eigenaar", nl(A_PVA)), ("D. Roelofsen", "Werknemer", nl(A_PVA)),
              ("R. Ypma", "Casemanager", nl(A_PVA))]))

add(A, "scan0003.pdf", "tussentijdse_evaluatie", A_EV1, "scan", "copier scan image-only",
    "misleading name; tick-box evaluation form; ONTVANGEN stamp; handwritten addition", deco="A_ev",
    doc=dict(head=["Helmgras Verzuimverzekeringen - Evaluatieformulier"], title="Evaluatie plan van aanpak",
             tables=[dict(rows=[("Naam werknemer", "Dennis Roelofsen"), ("BSN", aB), ("Datum gesprek", nl(A_EV1)),
                                ("Aanwezig", "W. Hamstra, D. Roelofsen, R. Ypma (telefonisch)"),
                                ("Zijn de afspraken uit het plan nagekomen?", "[x] ja   [ ] nee"),
                                ("Is de opbouw volgens schema?", "[ ] ja   [x] nee"),
                                ("Toelichting", "Opbouw loopt achter; nu 3 x 3 uur kantoorwerk. Rijden naar klanten nog niet."),
                                ("Moet het plan worden bijgesteld?", "[ ] ja   [x] nee"),
                                ("Volgende evaluatie", nl(wd(a0, 135)))])],
             sign=[("W. Hamstra", "Werkgever", nl(A_EV1)), ("D. Roelofsen", "Werknemer", nl(A_EV1))]))

add(A, "Re 42e week Dennis.eml", "ziekmelding_uwv", A_42, "eml", "Outlook reply chain from the salary administrator",
    "body is the 42nd-week report done by the salary bureau; quoted question below",
    eml=dict(frm="Aukje Fokkema <aukje@fokkema-salaris.example>", to="Wiebe Hamstra <wiebe@hamstra-loodgieters.example>",
             subject="RE: 42e week Dennis", date=dm(A_42, 15, 42), msgid="A42.0001@fokkema-salaris.example",
             body=f"""Hoi Wiebe,

Zojuist heb ik namens jullie de ziekmelding langdurig (42e-weeksmelding) van Dennis Roelofsen bij UWV gedaan via het werkgeversportaal.

Werknemer: Dennis Roelofsen, BSN {aB}
Eerste ziektedag: {nl(a0)}
Loonheffingennummer: 814273605L01
Gewerkte uren op dit moment: 16 per week (aangepast werk)
Datum melding: {nl(A_42)}

De ontvangstbevestiging van UWV komt binnen een paar weken naar jullie postadres. Kun je die aan mij doorsturen voor het loondossier?

Groet,
Aukje Fokkema
Salarisadministratie Fokkema

-----Oorspronkelijk bericht-----
Van: Wiebe Hamstra
Verzonden: {nl(wd(a0, 289))} 08:03
Aan: Aukje Fokkema
Onderwerp: 42e week Dennis

Aukje, Helmgras zegt dat de 42e week eraan komt voor Dennis. Doe jij dat weer net als bij Harm vorig jaar?
Wiebe
"""))

add(A, "advies bedrijfsarts juni.pdf", "bijstelling_probleemanalyse", A_BPA, "lo", "LibreOffice PDF of a Word letter",
    "no standard title; 'terugkoppeling' changes belastbaarheid and advice", doc=dict(
        head=["ArboTerras", "Postbus 4410, 8440 AK Heerenzand", "", "Loodgietersbedrijf Hamstra & Zn. B.V.", "t.a.v. de heer W. Hamstra", "", f"Heerenzand, {lang(A_BPA)}"],
        intro=["Betreft: terugkoppeling spreekuur D. Roelofsen"],
        tables=[dict(rows=[("Werknemer", "D. Roelofsen"), ("BSN", aB), ("Datum spreekuur", nl(A_BPA)),
                           ("Wat is er veranderd?", "Het herstel verloopt trager dan bij de probleemanalyse verwacht. De belastbaarheid is herzien."),
                           ("Huidige mogelijkheden", "Kantoorwerk tot 4 uur per dag, 4 dagen. Geen tillen boven 5 kg. Autorijden tot 30 minuten."),
                           ("Verwachting", "Terugkeer in eigen werk als monteur is onzeker; aangepast of ander werk ligt meer voor de hand."),
                           ("Advies", "Pas het plan van aanpak aan: doel wordt werkvoorbereider/calculator. Laat een arbeidsdeskundige meekijken rond maand 10.")])],
        paras=["Dit advies vervangt het advies bij de probleemanalyse op de punten hierboven.", "Met vriendelijke groet,", BA_A]))

add(A, "Alle documenten dossier 24-0593.pdf", "arbeidsdeskundig_rapport", A_AD, "combined", "wkhtmltopdf portal export of several documents",
    "combined export; labelled by its FIRST document (AD report) though an inzetbaarheidsprofiel follows",
    parts=[("wk", dict(band=ARBO_A, color="#2e6b4f", doc=dict(bandsub="Dossiernummer 24-0593 · document 1 van 2",
        title="Rapportage arbeidsdeskundig onderzoek", intro=[f"Datum rapport: {nl(A_AD)}"],
        tables=[dict(caption="Gegevens", rows=aEmp + [("Arbeidsdeskundige", "M. Oosterhuis, register-arbeidsdeskundige, ArboTerras")]),
                dict(caption="Bevindingen", rows=[
                    ("Functiebelasting eigen werk", "Tillen tot 25 kg, kruipen, knielen, werken boven schouderhoogte, rijden 2-3 uur per dag."),
                    ("Belastbaarheid", "Volgens inzetbaarheidsprofiel van de bedrijfsarts (bijlage): lichte fysieke belasting."),
                    ("Geschikt voor eigen werk?", "[ ] ja   [x] nee"),
                    ("Aangepast werk bij werkgever", "Werkvoorbereider/calculator 24 uur is passend; structureel aanwezig in bedrijf van 9 personen."),
                    ("Advies spoor 1", "Structureel maken werkvoorbereiding, cursus calculatie installatietechniek."),
                    ("Advies spoor 2", "Parallel starten: urenomvang bij werkgever blijft onder de 40 uur.")])]))),
           ("wk", dict(band=ARBO_A, color="#2e6b4f", doc=dict(bandsub="Dossiernummer 24-0593 · document 2 van 2",
        title="Inzetbaarheidsprofiel", intro=[f"Datum: {nl(wd(a0, 336))}"],
        tables=[dict(rows=[("Persoonlijk functioneren", "Geen beperkingen"), ("Sociaal functioneren", "Geen beperkingen"),
                           ("Fysieke omgevingseisen", "Geen werk in kruipruimtes"), ("Dynamische handelingen", "Tillen max. 5 kg; niet knielen of kruipen"),
                           ("Statische houdingen", "Zitten afwisselen na 45 minuten"), ("Werktijden", "Max. 6 uur per dag, 24 uur per week"),
                           ("Bedrijfsarts", BA_A)])])))])

add(A, "Eerstejaarsevaluatie Roelofsen.pdf", "eerstejaarsevaluatie", A_EJE, "lo", "LibreOffice PDF of the insurer's Word form",
    "standard title; tick boxes; visie rows", doc=dict(
        head=["Helmgras Verzuimverzekeringen - Casemanagement"], title="Eerstejaarsevaluatie",
        tables=[dict(caption="Gegevens", rows=aEmp + [("Eerste ziektedag", nl(a0)), ("Datum evaluatie", nl(A_EJE))]),
                dict(caption="Terugblik eerste ziektejaar", rows=[
                    ("Wat is er bereikt?", "16 uur werkvoorbereiding op kantoor; eigen werk niet hervat."),
                    ("Is het re-integratieresultaat bereikt?", "[ ] ja   [x] nee"),
                    ("Beoogd resultaat tweede ziektejaar", "24 uur werkvoorbereider/calculator structureel; daarnaast spoor 2 voor de resterende uren."),
                    ("Wordt spoor 2 ingezet?", "[x] ja   [ ] nee  (Loopbaanhuis Tweesprong)"),
                    ("Visie werkgever", "Spoor 1 is kansrijk voor een deel van de uren; voor 40 uur is er geen werk."),
                    ("Visie werknemer", "Eens met spoor 2, al vind ik het spannend.")])],
        sign=[("W. Hamstra", "Werkgever", nl(A_EJE)), ("D. Roelofsen", "Werknemer", nl(A_EJE)), ("R. Ypma", "Casemanager", nl(A_EJE))]))

add(A, "Bijstelling plan van aanpak spoor 2.docx", "bijstelling_plan_van_aanpak", A_BPVA, "docx", "python-docx Word form",
    "standard title; new goal spoor 2", doc=dict(author="R. Ypma", head=["Helmgras Verzuimverzekeringen"],
        title="Bijstelling plan van aanpak",
        tables=[dict(rows=aEmp + [("Datum bijstelling", nl(A_BPVA)), ("Aanleiding", "Eerstejaarsevaluatie en arbeidsdeskundig rapport"),
                                  ("Nieuw re-integratiedoel", "Spoor 1: werkvoorbereider 24 uur. Spoor 2: passend werk elders voor aanvullende uren."),
                                  ("Gewijzigde afspraken", "Start tweede spoor bij Loopbaanhuis Tweesprong binnen 4 weken; maandelijkse rapportage."),
                                  ("Visie werkgever", "Akkoord."), ("Visie werknemer", "Akkoord.")])],
        sign=[("W. Hamstra", "Werkgever", nl(A_BPVA)), ("D. Roelofsen", "Werknemer", nl(A_BPVA))]))

add(A, "Trajectplan Tweesprong.pdf", "trajectplan_tweede_spoor", A_TP, "lo", "LibreOffice PDF of the bureau's Word form",
    "title 'Trajectplan' on a table form", doc=dict(
        head=["Loopbaanhuis Tweesprong", "Havenstraat 3, 8401 BL Heerenzand"], title="Trajectplan tweede spoor",
        tables=[dict(rows=aEmp + [("Loopbaancoach", "Nadia Bouzid"), ("Datum intake", nl(wd(a0, 380))), ("Datum plan", nl(A_TP)),
                                  ("Persoonsprofiel", "Vakman met 13 jaar ervaring in installatietechniek, sterk in klantcontact en techniek."),
                                  ("Zoekprofiel", "Technisch-commercieel binnendienst, werkvoorbereiding, calculatie, technisch inkoper; max. 20 km"),
                                  ("Activiteiten", "Arbeidsmarktoriëntatie, cv, netwerkgesprekken, 2 sollicitaties per maand"),
                                  ("Duur", "9 maanden")])],
        sign=[("N. Bouzid", "Loopbaancoach", nl(A_TP)), ("D. Roelofsen", "Werknemer", nl(A_TP))]))

add(A, "Voortgangsrapportage 1.pdf", "voortgangsrapportage_tweede_spoor", A_VG, "lo", "LibreOffice PDF", "rapportageperiode table",
    doc=dict(head=["Loopbaanhuis Tweesprong"], title="Voortgangsrapportage tweede spoor",
             tables=[dict(rows=[("Naam", "Dennis Roelofsen"), ("BSN", aB), ("Rapportageperiode", f"{nl(A_TP)} t/m {nl(A_VG)}"),
                                ("Activiteiten", "6 coachgesprekken; 4 netwerkgesprekken; 5 sollicitaties"),
                                ("Vacatures", "Werkvoorbereider (2x), technisch inkoper, binnendienst groothandel"),
                                ("Resultaat", "1 gesprek, afgewezen op ervaring calculatie"),
                                ("Inzet werknemer", "Goed, komt afspraken na")])],
             sign=[("N. Bouzid", "Loopbaancoach", nl(A_VG))]))

add(A, "Eindrapportage 2e spoor.pdf", "eindrapportage_tweede_spoor", A_ER, "lo", "LibreOffice PDF", "standard title",
    doc=dict(head=["Loopbaanhuis Tweesprong"], title="Eindrapportage tweede spoor",
             tables=[dict(rows=[("Naam", "Dennis Roelofsen"), ("BSN", aB), ("Looptijd traject", f"{nl(A_TP)} - {nl(A_ER)}"),
                                ("Resultaat traject", "Geen plaatsing elders; werknemer werkt 24 uur als werkvoorbereider bij eigen werkgever"),
                                ("Inspanningen", "17 sollicitaties, 9 netwerkgesprekken, cursus calculatie afgerond"),
                                ("Afsluiting", "Traject afgesloten in verband met WIA-aanvraag")])],
             sign=[("N. Bouzid", "Loopbaancoach", nl(A_ER))]))

add(A, "IMG_20251020_0912.jpg", "actueel_oordeel", A_AO, "shot", "phone photo of a laptop screen showing the portal",
    "portal page photographed; text only in pixels",
    doc=dict(head=["ArboTerras · Mijn Verzuimdossier   |   24-0593   |   Documenten > Actueel oordeel"],
             title="Actueel oordeel", tables=[dict(rows=[
                 ("Werknemer", "D. Roelofsen"), ("BSN", aB), ("Datum", nl(A_AO)), ("Bedrijfsarts", BA_A),
                 ("Belastbaarheid", "Ongewijzigd t.o.v. inzetbaarheidsprofiel: lichte fysieke arbeid, max. 24 uur per week"),
                 ("Stand re-integratie", "24 uur werkvoorbereider bij eigen werkgever"),
                 ("Arbeidsrelatie", "Goed; geen belemmeringen"),
                 ("Passende arbeid bij de werkgever", "Ja, de huidige 24 uur; meer uren niet mogelijk"),
                 ("Doel", "Ten behoeve van de WIA-aanvraag")])]))

add(A, "Medische informatie.pdf", "medische_informatie", A_MI, "lo", "LibreOffice PDF of the arbodienst's Word form",
    "medical data the employer must not hold (DOMAIN 5.1); found in the employer's folder", doc=dict(
        head=["ArboTerras - MEDISCH GEHEIM", "Alleen bestemd voor de verzekeringsarts van UWV"], title="Medische informatie",
        tables=[dict(rows=[("Werknemer", "D. Roelofsen"), ("BSN", aB), ("Datum", nl(A_MI)),
                           ("Diagnose", "Lumbale hernia L5-S1 rechts, status na microdiscectomie (mei 2024); restklachten radiculair"),
                           ("Behandelaars", "Neurochirurg Ziekenhuis Heerenzand; fysiotherapeut"),
                           ("Medicatie", "Pregabaline 75 mg 2dd; paracetamol"),
                           ("Prognose", "Stabiel; geen verdere behandelopties"), ("Bedrijfsarts", BA_A)])]))

add(A, "Eindevaluatie.docx", "eindevaluatie", A_EV, "docx", "python-docx Word form with signature table",
    "standard title; aard van het bedrijf row", doc=dict(author="R. Ypma", head=["Helmgras Verzuimverzekeringen"],
        title="Eindevaluatie", tables=[dict(rows=aEmp + [
            ("Aard van het bedrijf", "Loodgieters- en installatiebedrijf, 9 medewerkers, particulieren en nieuwbouw"),
            ("Datum", nl(A_EV)), ("Terugblik", "Eigen werk niet hervat; werkvoorbereiding opgebouwd naar 24 uur; spoor 2 zonder plaatsing."),
            ("Kwaliteit arbeidsrelatie (werkgever)", "Goed"),
            ("Passende arbeid bij werkgever", "24 uur werkvoorbereider; niet meer beschikbaar"),
            ("Basis", f"Actueel oordeel bedrijfsarts d.d. {nl(A_AO)}")])],
        sign=[("W. Hamstra", "Werkgever", nl(A_EV)), ("D. Roelofsen", "Werknemer", nl(A_EV))]))

add(A, "mijn reactie.txt", "oordeel_werknemer", A_OW, "txt", "plain text typed by the employee", "no title; everyday words",
    text=f"""Oosterwolk {nl(A_OW)}

Wat ik vind van het verslag over mijn re-integratie

Ik heb het re-integratieverslag gekregen van Ronald en Wiebe. Ik ben het eens met wat erin staat over de afgelopen twee jaar.
Alleen bij de eindevaluatie staat dat ik alles zelf heb opgegeven bij de coach, maar Nadia heeft ook veel voor me gebeld.
Verder klopt het. Ik wil graag de 24 uur blijven werken.

Dennis Roelofsen
BSN {aB}
""")

add(A, "loonstrook september 2025.pdf", "", None, "lo", "LibreOffice PDF payslip", "non-RIV paper: payslip with loonheffingennummer",
    doc=dict(head=["Salarisadministratie Fokkema namens Loodgietersbedrijf Hamstra & Zn. B.V."], title="Loonstrook september 2025",
             tables=[dict(rows=[("Werknemer", "D. Roelofsen"), ("Periode", "09-2025"), ("Uurloon", "EUR 21,84"),
                                ("Loondoorbetaling ziekte 70%", "EUR 1.642,30"), ("Gewerkte uren", "EUR 2.096,64"),
                                ("Loonheffing", "EUR -512,07"), ("Netto", "EUR 2.811,40")])]))

add(A, "Helmgras uitkeringsspecificatie.pdf", "", None, "wk", "wkhtmltopdf insurer portal print",
    "non-RIV paper: insurance payment spec from the verzuimverzekeraar", band="Helmgras Werkgeversportaal", color="#7a4a12",
    doc=dict(bandsub="Polis HV-20417", title="Specificatie uitkering verzuimverzekering",
             tables=[dict(rows=[("Verzekerde", "D. Roelofsen"), ("Periode", "01-07-2025 t/m 30-09-2025"),
                                ("Verzekerd loon", "EUR 14.220,00"), ("Eigen risico", "2 weken"), ("Uitkering", "EUR 9.954,00"),
                                ("Betaald op", "14-10-2025")])]))

# ---------------------------------------------------------------------- case B: taxi company
B = "Taxi Veenhof - dossier S. Wolthuis"
b0, bB = CASES[B]["d0"], CASES[B]["bsn"]
bW = "Taxi Veenhof B.V., Industrieweg 7, 3341 GD Ammerkerk"
bEmp = [("Werknemer", "Sandra Wolthuis"), ("Geboortedatum", "02-07-1979"), ("BSN", bB),
        ("Functie", "Chauffeur zorg- en leerlingenvervoer, 32 uur"), ("Werkgever", bW)]
B_PA, B_PVA, B_EV1, B_BPA, B_42 = wd(b0, 39), wd(b0, 51), wd(b0, 120), wd(b0, 166), wd(b0, 301)
B_EJE, B_DO, B_BPVA, B_EV2, B_88 = wd(b0, 353), wd(b0, 423), wd(b0, 440), wd(b0, 484), wd(b0, 610)
B_AO, B_EV, B_OW = wd(b0, 622), wd(b0, 630), wd(b0, 636)
BA_B = "H.J. Terlouw, bedrijfsarts, BIG 89057213001, Bedrijfsartsenpraktijk De Wieken"

add(B, "Probleemanalyse.pdf", "probleemanalyse", B_PA, "scan", "fax received and scanned, image-only",
    "fax header line; standard title", deco="fax", fax=f"{B_PA.strftime('%d/%m/%Y')} 16:42  VAN: BA PRAKTIJK DE WIEKEN  +31 172 000 481  P.01/02",
    doc=dict(head=["Bedrijfsartsenpraktijk De Wieken", "Molenstraat 2, 3340 AB Ammerkerk"], title="Probleemanalyse",
             tables=[dict(rows=bEmp + [("Eerste ziektedag", nl(b0)), ("Datum", nl(B_PA)),
                     ("Dreigend langdurig verzuim", "Ja"),
                     ("Beperkingen", "Verminderde concentratie en stresstolerantie; niet zelfstandig deelnemen aan het verkeer als beroepschauffeur"),
                     ("Mogelijkheden", "Korte, voorspelbare taken zonder tijdsdruk, 2-3 uur per dag, op kantoor"),
                     ("Prognose", "Herstel verwacht in maanden; rijden voorlopig niet"),
                     ("Advies", "Start met lichte taken op de centrale (telefoon, administratie). Begeleiding via eigen behandelaar loopt."),
                     ("Bedrijfsarts", BA_B)])]))

add(B, "document.pdf", "plan_van_aanpak", B_PVA, "lo", "LibreOffice PDF of a Word table without title",
    "misleading name; no title; everyday words for the PvA", doc=dict(
        head=["Taxi Veenhof B.V.", f"Ammerkerk, {nl(B_PVA)}"],
        intro=["Wat we met Sandra hebben afgesproken na het advies van de bedrijfsarts"],
        tables=[dict(rows=bEmp + [("Waar werken we naartoe?", "Over een half jaar weer rijden, eerst leerlingenvervoer met vaste route"),
                                  ("Wat gaat Sandra doen?", "Dinsdag en donderdag 2 uur telefoon op de centrale; per 3 weken erbij"),
                                  ("Wie houdt het bij?", "Priscilla Veenhof (P&O en planning) is casemanager"),
                                  ("Wanneer praten we weer?", "Elke 6 weken, eerste keer half maart"),
                                  ("Hoe kijkt de zaak ertegenaan?", "We houden haar vaste route vrij tot de zomer."),
                                  ("Hoe kijkt Sandra ertegenaan?", "Ik wil graag terug, maar nog niet de weg op.")])],
        sign=[("G. Veenhof", "Directeur", nl(B_PVA)), ("S. Wolthuis", "Werknemer", nl(B_PVA))]))

add(B, "gesprek 12 maart.docx", "tussentijdse_evaluatie", B_EV1, "docx", "python-docx table form",
    "file name says a meeting; tick boxes", doc=dict(author="P. Veenhof", head=["Taxi Veenhof B.V. - P&O"], title="Gespreksverslag",
        tables=[dict(rows=[("Werknemer", "Sandra Wolthuis"), ("BSN", bB), ("Datum gesprek", nl(B_EV1)),
                           ("Afspraken uit plan nagekomen", "[x] ja  [ ] nee"), ("Uren nu", "4 x 3 uur centrale"),
                           ("Gaat het volgens plan?", "[x] ja  [ ] nee"), ("Nieuwe afspraken", "In april meerijden als bijrijder op vaste route 12"),
                           ("Volgend gesprek", "over 6 weken")])],
        sign=[("P. Veenhof", "Casemanager", nl(B_EV1)), ("S. Wolthuis", "Werknemer", nl(B_EV1))]))

add(B, "Bijstelling probleemanalyse.pdf", "bijstelling_probleemanalyse", B_BPA, "lo", "LibreOffice PDF", "standard title",
    doc=dict(head=["Bedrijfsartsenpraktijk De Wieken"], title="Bijstelling probleemanalyse",
             tables=[dict(rows=bEmp + [("Datum", nl(B_BPA)), ("Wat is gewijzigd", "Meerijden als bijrijder gaf terugval; herziene belastbaarheid"),
                                       ("Belastbaarheid", "Kantoorwerk 4 x 4 uur; niet rijden als beroepschauffeur voor onbepaalde tijd"),
                                       ("Advies", "Doel verleggen naar ander werk binnen het bedrijf: centralist/ritplanner"),
                                       ("Bedrijfsarts", BA_B)])]))

B_MAIL_AT = "verslag GZ-psycholoog.pdf"
add(B, "Fwd verslag psycholoog.eml", "", None, "eml", "Outlook forward with attachment",
    "covering mail only; non-RIV paper", eml_att="B_psy")
add(B, f"Fwd verslag psycholoog.eml::{B_MAIL_AT}", "medische_informatie", wd(b0, 190), "", "scan attached to a mail",
    "psychologist's treatment report sent to the employer by the employee; employer must not hold it (DOMAIN 5.1); debatable: not the bedrijfsarts's MI form but medical data behind it")

add(B, "ziekmelding UWV 42e week.pdf", "ziekmelding_uwv", B_42, "wk", "wkhtmltopdf print of UWV portal confirmation",
    "UWV confirmation of the 42nd-week report", band="UWV · Werkgeversportaal", color="#1f3c88", doc=dict(
        bandsub="Berichtenbox", title="Bevestiging ziekmelding langdurig zieke werknemer",
        intro=[f"Datum bericht: {nl(B_42)}", "U heeft een ziekmelding gedaan voor een werknemer die 42 weken ziek is. Wij hebben deze ontvangen."],
        tables=[dict(rows=[("Werkgever", "Taxi Veenhof B.V."), ("Loonheffingennummer", "823641907L01"), ("Werknemer", "S. Wolthuis"),
                           ("BSN", bB), ("Eerste ziektedag", nl(b0)), ("Datum melding", nl(wd(b0, 293)))])],
        paras=["Binnenkort krijgt u informatie over de eerstejaarsevaluatie. Bewaar dit bericht in het re-integratiedossier."]))

add(B, "Eerstejaarsevaluatie Wolthuis.pdf", "eerstejaarsevaluatie", B_EJE, "lo", "LibreOffice PDF of a Word form",
    "tick-box table", doc=dict(head=["Taxi Veenhof B.V."], title="Eerstejaarsevaluatie",
        tables=[dict(rows=bEmp + [("Datum", nl(B_EJE)), ("Werkt werknemer (deels)?", "[x] ja  [ ] nee - 16 uur centrale"),
                                  ("Terugkeer eigen werk verwacht?", "[ ] ja  [x] nee"),
                                  ("Re-integratieresultaat tweede ziektejaar", "Structureel centralist/ritplanner 24 uur"),
                                  ("Spoor 2 nodig?", "[ ] ja  [x] nee - concreet perspectief binnen het bedrijf; deskundigenoordeel aangevraagd"),
                                  ("Visie werkgever", "De planning heeft iemand nodig; we zien Sandra daar."),
                                  ("Visie werknemer", "Ik twijfel of ik het plannen aankan bij drukte.")])],
        sign=[("G. Veenhof", "Werkgever", nl(B_EJE)), ("S. Wolthuis", "Werknemer", nl(B_EJE))]))

add(B, "Deskundigenoordeel UWV.pdf", "deskundigenoordeel", B_DO, "scan", "copier scan image-only",
    "UWV letter with ONTVANGEN stamp", deco="stamp",
    doc=dict(head=["UWV", "Postbus 50110, 1007 LE Amsterdam (fictief kenmerk)", "", "Taxi Veenhof B.V.", "Industrieweg 7", "3341 GD Ammerkerk", "",
                   f"Datum: {lang(B_DO)}", "Kenmerk: DO-23-88410"],
             title="Deskundigenoordeel",
             intro=["U vroeg ons of het werk als centralist/ritplanner passend is voor uw werknemer. Hieronder leest u ons oordeel."],
             tables=[dict(rows=[("Werknemer", "S. Wolthuis"), ("BSN", bB), ("Vraag", "Is de aangeboden arbeid passend?"),
                                ("Oordeel", "Het werk als centralist is passend, mits zonder avonddiensten en met maximaal 24 uur per week."),
                                ("Beoordeeld door", "arbeidsdeskundige en verzekeringsarts UWV")])],
             paras=["Dit oordeel is niet bindend. Met vriendelijke groet, UWV"]))

add(B, "Bijstelling PvA na DO.docx", "bijstelling_plan_van_aanpak", B_BPVA, "docx", "python-docx Word form",
    "abbreviated title", doc=dict(author="P. Veenhof", head=["Taxi Veenhof B.V."], title="Bijstelling PvA",
        tables=[dict(rows=bEmp + [("Datum", nl(B_BPVA)), ("Aanleiding", f"Deskundigenoordeel UWV van {nl(B_DO)}"),
                                  ("Nieuw doel", "Centralist/ritplanner 24 uur, alleen dagdiensten"),
                                  ("Afspraken", "Opleiding planningssysteem; opbouw naar 24 uur in 8 weken"),
                                  ("Visie werkgever", "Eens"), ("Visie werknemer", "Eens, als er geen avonden in zitten")])],
        sign=[("G. Veenhof", "Werkgever", nl(B_BPVA)), ("S. Wolthuis", "Werknemer", nl(B_BPVA))]))

add(B, "verslag voortgang.eml", "tussentijdse_evaluatie", B_EV2, "eml", "Outlook reply chain",
    "body is the meeting report; employee confirms in reply", eml=dict(
        frm="Sandra Wolthuis <s.wolthuis@mailbox-veen.example>", to="Priscilla Veenhof <priscilla@taxiveenhof.example>",
        subject="RE: verslag gesprek van vandaag", date=dm(B_EV2, 19, 12), msgid="B.ev2.2@mailbox-veen.example",
        body=f"""Hoi Priscilla, klopt zo. Groetjes Sandra

Van: Priscilla Veenhof
Verzonden: {nl(B_EV2)} 14:30
Aan: Sandra Wolthuis
Onderwerp: verslag gesprek van vandaag

Hoi Sandra,

Even op een rij wat we vandaag bespraken (evaluatie van het plan):
- je werkt nu 20 uur op de centrale, dagdiensten, en dat gaat goed;
- het nieuwe planningssysteem lukt, de cursus is klaar;
- afspraak: per 1 mei naar 24 uur, volgende evaluatie over 6 weken;
- BSN voor het dossier: {bB}.

Wil je even laten weten of het klopt?

Groet, Priscilla Veenhof
P&O en planning, Taxi Veenhof B.V.
"""))

add(B, "AO.pdf", "uwv_correspondentie", B_88, "scan", "copier scan image-only",
    "misleading name 'AO' holds UWV's week-88 WIA letter (DOMAIN 3: bare 'AO' is ambiguous)", deco="stamp",
    doc=dict(head=["UWV", "", "Mevrouw S. Wolthuis", "Lisdodde 18", "3341 TK Ammerkerk", "", f"Datum: {lang(B_88)}", "Ons kenmerk: WIA-88-55102"],
             title="U kunt een WIA-uitkering aanvragen",
             intro=[f"U bent sinds {lang(b0)} ziek. Over ongeveer 16 weken eindigt de wachttijd. Vraag uw WIA-uitkering aan, uiterlijk binnen 6 weken na deze brief.",
                    "Uw werkgever maakt samen met u het re-integratieverslag. Stuur de medische informatie zelf op in een gesloten envelop."],
             tables=[dict(rows=[("BSN", bB), ("Uiterste datum aanvraag", nl(wd(b0, 650)))])], paras=["Met vriendelijke groet, UWV"]))

add(B, "Actueel oordeel bedrijfsarts.pdf", "actueel_oordeel", B_AO, "lo", "LibreOffice PDF", "standard title",
    doc=dict(head=["Bedrijfsartsenpraktijk De Wieken"], title="Actueel oordeel",
             tables=[dict(rows=bEmp + [("Datum", nl(B_AO)), ("Belastbaarheid", "Kantoorwerk in dagdienst tot 24 uur; niet rijden als beroepschauffeur"),
                                       ("Verloop", "Stabiel; verdere verbetering niet te verwachten"),
                                       ("Arbeidsrelatie", "Goed"), ("Passende arbeid bij werkgever", "Ja: centralist 24 uur"),
                                       ("Bedrijfsarts", BA_B)])]))

add(B, "Eindevaluatie.pdf", "eindevaluatie", B_EV, "scan", "copier scan of page 1 only, image-only",
    "two-page document; signature page is a separate photo", deco="none",
    doc=dict(head=["Taxi Veenhof B.V."], title="Eindevaluatie plan van aanpak",
             tables=[dict(rows=bEmp + [("Datum", nl(B_EV)),
                                       ("Aard van het bedrijf", "Taxi- en zorgvervoer (WMO, leerlingen, zittend ziekenvervoer), 52 medewerkers, 38 auto's"),
                                       ("Terugblik", "Eigen werk als chauffeur niet hervat; sinds mei structureel 24 uur centralist"),
                                       ("Arbeidsrelatie volgens werkgever", "Goed"),
                                       ("Passende arbeid", "Centralist 24 uur; meer uren of rijden niet mogelijk")])],
             foot=["pagina 1 van 2"]))
add(B, "handtekeningen eindevaluatie.jpg", "eindevaluatie", B_EV, "photo", "phone photo of page 2",
    "signature page photographed separately; debatable: only a page of the eindevaluatie, labelled as that document",
    deco="sig", doc=dict(intro=["Eindevaluatie plan van aanpak - S. Wolthuis - pagina 2 van 2",
                                "Werkgever en werknemer hebben de eindevaluatie besproken en ondertekend."],
                         sign=[("G. Veenhof", "Werkgever", nl(B_EV)), ("S. Wolthuis", "Werknemer", nl(B_EV))]))

add(B, "Mijn oordeel - Sandra.docx", "oordeel_werknemer", B_OW, "docx", "python-docx form with signature table",
    "employee's view as a form with tick boxes", doc=dict(author="Sandra", title="Oordeel werknemer over het re-integratieverslag",
        tables=[dict(rows=[("Naam", "Sandra Wolthuis"), ("BSN", bB), ("Datum", nl(B_OW)),
                           ("Ik ben het eens met het re-integratieverslag", "[ ] ja   [x] gedeeltelijk   [ ] nee"),
                           ("Toelichting", "Ik ben het eens met het plan en de evaluaties. In de eindevaluatie staat dat ik geen avonden wil; dat is een advies van de bedrijfsarts, niet mijn keuze.")])],
        sign=[("S. Wolthuis", "Werknemer", nl(B_OW))]))

add(B, "Rooster week 14.pdf", "", None, "lo", "LibreOffice PDF table", "non-RIV paper: roster of the centrale",
    doc=dict(title="Rooster centrale week 14", tables=[dict(rows=[("Maandag", "Ellen 06-14, Sandra 08-13, Koen 14-22"),
             ("Dinsdag", "Ellen 06-14, Koen 14-22"), ("Woensdag", "Sandra 08-13, Jeroen 13-22"), ("Donderdag", "Sandra 08-13, Koen 14-22"),
             ("Vrijdag", "Ellen 06-14, Jeroen 14-23")])]))

# ---------------------------------------------------------------------- case C: butcher
C = "Slagerij Ten Brinke - J. Mulder"
c0, cB = CASES[C]["d0"], CASES[C]["bsn"]
cW = "Slagerij Ten Brinke, Brinkstraat 22, 7731 CM Kampersveen (3 winkels)"
cEmp = [("Werknemer", "Jorrit Mulder"), ("Geboortedatum", "23-11-1991"), ("BSN", cB),
        ("Functie", "Verkoper/uitbener, 38 uur"), ("Werkgever", cW)]
C_PA, C_PVA, C_EV1, C_IZP, C_42 = wd(c0, 36), wd(c0, 47), wd(c0, 89), wd(c0, 178), wd(c0, 292)
C_MED, C_AD, C_EJE, C_BPVA, C_88 = wd(c0, 62), wd(c0, 345), wd(c0, 356), wd(c0, 362), wd(c0, 609)
C_AO, C_EV, C_OW = wd(c0, 617), wd(c0, 627), wd(c0, 633)
ARBO_C = "ArboVerso · Dossier Online"
BA_C = "L.C. Bergsma-Tuin, bedrijfsarts, BIG 29048816501"

add(C, "Export dossier 2024-2287 compleet.pdf", "probleemanalyse", C_PA, "combined", "wkhtmltopdf portal export of several documents",
    "combined export; labelled by its FIRST document (PA); an IZP and a spreekuurnotitie follow",
    parts=[("wk", dict(band=ARBO_C, color="#5b2a86", doc=dict(bandsub="Dossier 2024-2287 · 1/3", title="Probleemanalyse en advies",
        tables=[dict(rows=cEmp + [("Eerste ziektedag", nl(c0)), ("Datum", nl(C_PA)), ("Dreigend langdurig verzuim", "[x] ja  [ ] nee"),
                                  ("Beperkingen", "Rechterarm niet boven schouderhoogte; niet tillen; geen snijwerk met kracht"),
                                  ("Mogelijkheden", "Kassa, klanten helpen, bestellingen aannemen, 3 uur per dag"),
                                  ("Prognose", "Na behandeling herstel in 4-6 maanden mogelijk"),
                                  ("Advies", "Aangepast werk in de winkel; plan van aanpak binnen 2 weken"), ("Bedrijfsarts", BA_C)])]))),
           ("wk", dict(band=ARBO_C, color="#5b2a86", doc=dict(bandsub="Dossier 2024-2287 · 2/3", title="Inzetbaarheidsprofiel",
        tables=[dict(rows=[("Datum", nl(C_PA)), ("Persoonlijk functioneren", "Geen beperkingen"), ("Sociaal functioneren", "Geen beperkingen"),
                           ("Dynamische handelingen", "Niet tillen met rechts; geen repeterend snijden"),
                           ("Statische houdingen", "Geen beperkingen"), ("Werktijden", "3 uur per dag")])]))),
           ("wk", dict(band=ARBO_C, color="#5b2a86", doc=dict(bandsub="Dossier 2024-2287 · 3/3", title="Notitie spreekuur",
        paras=[f"{nl(wd(c0, 15))}: telefonisch contact, werknemer meldt zich af voor spreekuur, nieuwe afspraak gemaakt."])))])

add(C, "PvA Jorrit.pdf", "plan_van_aanpak", C_PVA, "scan", "printed Word form, filled in by hand, scanned image-only",
    "ONTVANGEN stamp; handwritten entries", deco="C_pva",
    doc=dict(head=["Slagerij Ten Brinke"], title="Plan van aanpak",
             tables=[dict(rows=cEmp + [("Datum", nl(C_PVA)), ("Doel", "Terug naar eigen werk als uitbener"),
                                       ("Afspraken", "Start met kassa en verkoop in winkel Kampersveen, 3 uur per dag"),
                                       ("Casemanager", "Ineke ten Brinke"), ("Evaluatie", "Elke 6 weken"),
                                       ("Visie werkgever", ""), ("Visie werknemer", "")])],
             sign=[("H. ten Brinke", "Eigenaar", nl(C_PVA)), ("J. Mulder", "Werknemer", nl(C_PVA))]))

add(C, "evaluatie juli.pdf", "tussentijdse_evaluatie", C_EV1, "lo", "LibreOffice PDF of a Word table",
    "tick boxes; month name in file name", doc=dict(head=["Slagerij Ten Brinke - verzuim"], title="Evaluatiegesprek",
        tables=[dict(rows=[("Werknemer", "Jorrit Mulder"), ("BSN", cB), ("Datum", nl(C_EV1)),
                           ("Afspraken nagekomen?", "[x] ja  [ ] nee"), ("Opbouw uren", "Nu 4 x 4 uur verkoop"),
                           ("Klachten over werk?", "[ ] ja  [x] nee"), ("Volgende stap", "Na operatie opnieuw bekijken")])],
        sign=[("I. ten Brinke", "Casemanager", nl(C_EV1)), ("J. Mulder", "Werknemer", nl(C_EV1))]))

add(C, "brief ziekenhuis.jpg", "medische_informatie", C_MED, "photo", "phone photo of a hospital letter",
    "specialist letter in the employer's folder: medical data the employer must not hold (DOMAIN 5.1); debatable label, not the bedrijfsarts form",
    deco="none", doc=dict(head=["Ziekenhuis De Veste - Orthopedie", "", "Aan: huisarts en bedrijfsarts", f"Datum: {nl(C_MED)}"],
        title="Brief na operatie", tables=[dict(rows=[("Patiënt", "J. Mulder, 23-11-1991"),
              ("Diagnose", "Totale ruptuur supraspinatuspees rechts"), ("Ingreep", "Artroscopisch rotator cuff herstel"),
              ("Beleid", "Sling 6 weken, fysiotherapie volgens protocol; controle over 3 maanden")])],
        paras=["Met collegiale groet, dr. F. Oudakker, orthopedisch chirurg"]))

add(C, "Inzetbaarheidsprofiel.pdf", "inzetbaarheidsprofiel", C_IZP, "lo", "LibreOffice PDF of the arbodienst's Word form",
    "rubrieken table", doc=dict(head=["ArboVerso"], title="Inzetbaarheidsprofiel (actualisatie)",
        tables=[dict(rows=[("Werknemer", "J. Mulder"), ("BSN", cB), ("Datum", nl(C_IZP)),
                           ("1. Persoonlijk functioneren", "Normaal"), ("2. Sociaal functioneren", "Normaal"),
                           ("3. Fysieke omgevingseisen", "Niet in koelcel langer dan 15 minuten"),
                           ("4. Dynamische handelingen", "Tillen tot 5 kg rechts; geen uitbenen"),
                           ("5. Statische houdingen", "Geen reiken boven schouderhoogte"),
                           ("6. Werktijden", "6 uur per dag, 30 uur per week"), ("Bedrijfsarts", BA_C)])]))

add(C, "42e weeks melding.eml", "ziekmelding_uwv", C_42, "eml", "Outlook mail from the salary administrator",
    "body is the 42nd-week report", eml=dict(
        frm="Aukje Fokkema <aukje@fokkema-salaris.example>", to="Ineke ten Brinke <ineke@slagerijtenbrinke.example>",
        subject="Ziekmelding 42 weken Jorrit Mulder gedaan", date=dm(C_42, 11, 5), msgid="C42.7@fokkema-salaris.example",
        body=f"""Beste Ineke,

Vandaag heb ik voor Jorrit Mulder de 42e-weeksmelding (ziekmelding langdurig zieke werknemer) bij UWV ingediend.

- Werknemer: J. Mulder
- BSN: {cB}
- Eerste ziektedag: {nl(c0)}
- Loonheffingennummer: 856203114L01
- Datum melding: {nl(C_42)}
- Werkt gedeeltelijk: ja, 24 uur

Je krijgt van UWV nog een bevestiging. Bewaar die bij het dossier.

Met vriendelijke groet,
Aukje Fokkema
Salarisadministratie Fokkema
"""))

add(C, "Re_ vraag over loondoorbetaling.eml", "", None, "eml", "Outlook reply chain", "non-RIV paper: question about 70% pay in year 2",
    eml=dict(frm="Aukje Fokkema <aukje@fokkema-salaris.example>", to="Ineke ten Brinke <ineke@slagerijtenbrinke.example>",
             subject="RE: vraag over loondoorbetaling", date=dm(wd(c0, 372), 9, 40), msgid="C.loon.2@fokkema-salaris.example",
             body=f"""Hoi Ineke,

Ja, volgens de cao en het contract betaal je in het tweede ziektejaar 70% over de niet gewerkte uren. Over de uren die Jorrit werkt betaal je gewoon 100%. Ik pas het per de volgende periode aan.

Groet, Aukje

-----Oorspronkelijk bericht-----
Van: Ineke ten Brinke
Verzonden: {nl(wd(c0, 371))} 21:12
Onderwerp: vraag over loondoorbetaling

Aukje, Jorrit is nu een jaar ziek. Moeten we nu minder doorbetalen? Hoe zit dat met de uren die hij wel werkt?
"""))

add(C, "Arbeidsdeskundig onderzoek.pdf", "arbeidsdeskundig_rapport", C_AD, "lo", "LibreOffice PDF", "standard title, table sections",
    doc=dict(head=["ArboVerso - Arbeidsdeskundige dienstverlening"], title="Arbeidsdeskundig onderzoek",
             tables=[dict(caption="Gegevens", rows=cEmp + [("Datum", nl(C_AD)), ("Arbeidsdeskundige", "R. Hofkamp, register-arbeidsdeskundige")]),
                     dict(caption="Analyse", rows=[("Functiebelasting", "Uitbenen: krachtig snijden en tillen tot 25 kg, koelcel"),
                          ("Belastbaarheid", f"Inzetbaarheidsprofiel d.d. {nl(C_IZP)}"),
                          ("Eigen werk", "Niet passend"),
                          ("Aangepast werk", "Verkoop, kassa, worstmakerij zonder zwaar tillen: 30 uur passend"),
                          ("Advies", "Spoor 1 structureel in aangepast werk; spoor 2 niet nodig gezien concreet perspectief"),
                          ("Loonwaarde", "Circa 90% in aangepaste functie")])]))

add(C, "pva.pdf", "eerstejaarsevaluatie", C_EJE, "lo", "LibreOffice PDF of a Word form",
    "misleading name 'pva' holds the eerstejaarsevaluatie", doc=dict(head=["Slagerij Ten Brinke"], title="Evaluatie na 1 jaar ziekte",
        tables=[dict(rows=cEmp + [("Datum", nl(C_EJE)), ("Hoe ging het eerste ziektejaar?", "Operatie, revalidatie, opbouw in verkoop naar 24 uur"),
                                  ("Wat willen we bereiken in het tweede ziektejaar?", "Vaste functie verkoop/worstmakerij 30 uur"),
                                  ("Tweede spoor?", "[ ] ja  [x] nee - concreet perspectief in eigen bedrijf (AD-advies)"),
                                  ("Visie werkgever", "Jorrit kan blijven in de winkel; het uitbenen doet Gerrit."),
                                  ("Visie werknemer", "Ik mis het vak, maar dit is goed.")])],
        sign=[("H. ten Brinke", "Werkgever", nl(C_EJE)), ("J. Mulder", "Werknemer", nl(C_EJE))]))

add(C, "Bijstelling PvA.docx", "bijstelling_plan_van_aanpak", C_BPVA, "docx", "python-docx Word form", "abbreviated title",
    doc=dict(author="I. ten Brinke", title="Bijstelling PvA",
             tables=[dict(rows=cEmp + [("Datum", nl(C_BPVA)), ("Oud doel", "Eigen werk uitbener"),
                                       ("Nieuw doel", "Aangepast werk: verkoper en worstmaker, 30 uur"),
                                       ("Gewijzigde afspraken", "Opbouw naar 30 uur voor 1 juni; evaluatie elke 6 weken blijft")])],
             sign=[("H. ten Brinke", "Werkgever", nl(C_BPVA)), ("J. Mulder", "Werknemer", nl(C_BPVA))]))

add(C, "uwv brief wia.pdf", "uwv_correspondentie", C_88, "scan", "copier scan image-only", "UWV week-88 letter",
    deco="none", doc=dict(head=["UWV", "", "De heer J. Mulder", "Slachthuisstraat 5", "7731 AB Kampersveen", "", f"Datum: {lang(C_88)}"],
        title="Aanvraag WIA-uitkering", intro=[f"U bent sinds {lang(c0)} ziek. U kunt nu een WIA-uitkering aanvragen. Doe dit binnen 6 weken."],
        tables=[dict(rows=[("BSN", cB), ("Kenmerk", "WIA-88-60318")])], paras=["Met vriendelijke groet, UWV"]))

add(C, "Actueel oordeel.pdf", "actueel_oordeel", C_AO, "lo", "LibreOffice PDF of the arbodienst's Word form", "table form",
    doc=dict(head=["ArboVerso"], title="Actueel oordeel bedrijfsarts",
             tables=[dict(rows=cEmp + [("Datum", nl(C_AO)), ("Belastbaarheid", "Conform inzetbaarheidsprofiel; stabiel"),
                                       ("Verloop", "Blijvende beperkingen rechterschouder"), ("Arbeidsrelatie", "Goed"),
                                       ("Passende arbeid bij werkgever", "Ja, 30 uur verkoop/worstmakerij"), ("Bedrijfsarts", BA_C)])]))

add(C, "Eindevaluatie Jorrit Mulder.pdf", "eindevaluatie", C_EV, "lo", "LibreOffice PDF", "standard title",
    doc=dict(head=["Slagerij Ten Brinke"], title="Eindevaluatie",
             tables=[dict(rows=cEmp + [("Datum", nl(C_EV)), ("Aard van het bedrijf", "Ambachtelijke slagerij met 3 winkels, 21 medewerkers"),
                                       ("Terugblik twee jaar", "Van uitbener naar verkoper/worstmaker; 30 uur structureel"),
                                       ("Arbeidsrelatie", "Goed"), ("Passende arbeid", "30 uur; meer niet beschikbaar"),
                                       ("WIA-aanvraag", "Werknemer vraagt WIA aan voor resterende 8 uur")])],
             sign=[("H. ten Brinke", "Werkgever", nl(C_EV)), ("J. Mulder", "Werknemer", nl(C_EV))]))

add(C, "oordeel werknemer.jpg", "oordeel_werknemer", C_OW, "photo", "phone photo of a handwritten note",
    "handwriting; no form", deco="handnote", doc=dict())

add(C, "Arbeidsovereenkomst Mulder.pdf", "", None, "lo", "LibreOffice PDF", "non-RIV paper: employment contract extract",
    doc=dict(title="Arbeidsovereenkomst voor onbepaalde tijd", tables=[dict(rows=[("Werkgever", cW), ("Werknemer", "J. Mulder"),
             ("Functie", "Verkoper/uitbener"), ("Ingangsdatum", "01-03-2014"), ("Arbeidsduur", "38 uur per week"), ("Cao", "Slagersbedrijf")])]))

# ---------------------------------------------------------------------- case D: gardening firm
D = "Hoveniersbedrijf Lammers Groen - B. Kloosterboer"
d0, dB = CASES[D]["d0"], CASES[D]["bsn"]
dW = "Hoveniersbedrijf Lammers Groen B.V., Esweg 30, 9615 RT Veldhoeve"
dEmp = [("Werknemer", "Bram Kloosterboer"), ("Geboortedatum", "08-05-1975"), ("BSN", dB),
        ("Functie", "Ploegleider hovenier, 40 uur"), ("Werkgever", dW)]
D_PA, D_PVA, D_EV1, D_42, D_IZP = wd(d0, 38), wd(d0, 50), wd(d0, 101), wd(d0, 293), wd(d0, 331)
D_EJE, D_TP, D_VG, D_88, D_AO, D_EV, D_OW = wd(d0, 355), wd(d0, 388), wd(d0, 470), wd(d0, 611), wd(d0, 618), wd(d0, 628), wd(d0, 633)
BA_D = "P.G. Stoutjesdijk, bedrijfsarts, BIG 49033215901, Arbodienst Lindeboom"

add(D, "Probleemanalyse Kloosterboer.pdf", "probleemanalyse", D_PA, "lo", "LibreOffice PDF of the arbodienst's Word form",
    "standard title", doc=dict(head=["Arbodienst Lindeboom", "Stationsweg 9, 9611 AC Veldhoeve"], title="Probleemanalyse",
        tables=[dict(rows=dEmp + [("Eerste ziektedag", nl(d0)), ("Datum", nl(D_PA)), ("Dreigend langdurig verzuim", "[x] ja  [ ] nee"),
                                  ("Beperkingen", "Niet knielen, hurken, traplopen beperkt, niet lopen op oneffen terrein"),
                                  ("Mogelijkheden", "Zittend werk, planning en werkvoorbereiding, 4 uur per dag"),
                                  ("Prognose", "Onzeker; eigen werk mogelijk niet haalbaar"),
                                  ("Advies", "Aangepast werk: materiaalplanning en offertes ondersteunen"), ("Bedrijfsarts", BA_D)])]))

add(D, "Plan van aanpak.pdf", "plan_van_aanpak", D_PVA, "lo", "LibreOffice PDF of a re-integration bureau's Word form",
    "bureau's PvA form in Word tables", doc=dict(head=["Werkpad Re-integratie - casemanagement"], title="Plan van aanpak",
        tables=[dict(caption="Gegevens", rows=dEmp + [("Eerste ziektedag", nl(d0)), ("Casemanager", "Joke Smallenbroek, Werkpad")]),
                dict(caption="Afspraken", rows=[("Doel", "Terugkeer in eigen functie, zo nodig aangepast (alleen leidinggeven en machinewerk)"),
                     ("Activiteiten", "Werkvoorbereiding op kantoor 4 x 4 uur; fysiotherapie"),
                     ("Evaluatie", "Elke 6 weken; eerstejaarsevaluatie week 46-52"),
                     ("Visie werkgever", "We willen Bram als ploegleider terug, al is het zonder zelf te knielen."),
                     ("Visie werknemer", "Dat wil ik ook.")])],
        sign=[("E. Lammers", "Directeur", nl(D_PVA)), ("B. Kloosterboer", "Werknemer", nl(D_PVA)), ("J. Smallenbroek", "Casemanager", nl(D_PVA))]))

add(D, "gespreksverslag.txt", "tussentijdse_evaluatie", D_EV1, "txt", "plain text by the office", "no title; everyday words",
    text=f"""gesprek met Bram {nl(D_EV1)}, bij ons op kantoor, Erik en Marieke erbij

- gaat redelijk, 4 ochtenden kantoor, offertes en materiaal
- knie blijft opspelen als hij de tuin op gaat, dus niet doen
- afspraken van het plan nagekomen
- volgende keer over 6 weken, Joke van Werkpad sluit dan aan

Bram Kloosterboer, BSN {dB}
genoteerd door Marieke Lammers-Dam
""")

add(D, "ziekmelding uwv.pdf", "ziekmelding_uwv", D_42, "wk", "wkhtmltopdf print of the employer's portal form",
    "employer's own 42nd-week report as printed", band="UWV · Werkgeversportaal", color="#1f3c88", doc=dict(
        bandsub="Ziekmelding langdurig zieke werknemer - verzonden", title="Ziekmelding 42e week",
        tables=[dict(rows=[("Werkgever", "Hoveniersbedrijf Lammers Groen B.V."), ("Loonheffingennummer", "807715263L01"),
                           ("Werknemer", "B. Kloosterboer"), ("BSN", dB), ("Eerste ziektedag", nl(d0)),
                           ("Werkt de werknemer gedeeltelijk?", "Ja, 16 uur"), ("Verzonden op", nl(D_42))])]))

add(D, "FML bijlage.pdf", "inzetbaarheidsprofiel", D_IZP, "lo", "LibreOffice PDF", "FML name for a bedrijfsarts profile",
    doc=dict(head=["Arbodienst Lindeboom"], title="Functionele mogelijkhedenlijst (bijlage bij advies)",
             tables=[dict(rows=[("Werknemer", "B. Kloosterboer"), ("BSN", dB), ("Datum", nl(D_IZP)),
                                ("Rubriek I persoonlijk functioneren", "Normaal"), ("Rubriek II sociaal functioneren", "Normaal"),
                                ("Rubriek III aanpassing fysieke omgevingseisen", "Niet op oneffen terrein"),
                                ("Rubriek IV dynamische handelingen", "Niet knielen/hurken; lopen max. 15 min"),
                                ("Rubriek V statische houdingen", "Staan max. 30 min"), ("Rubriek VI werktijden", "Max. 6 uur per dag"),
                                ("Bedrijfsarts", BA_D)])]))

add(D, "Eerstejaarsevaluatie.pdf", "eerstejaarsevaluatie", D_EJE, "scan", "printed form filled in by hand, scanned image-only",
    "tick boxes ticked by hand; handwritten addition", deco="D_eje",
    doc=dict(head=["Werkpad Re-integratie"], title="Eerstejaarsevaluatie",
             tables=[dict(rows=dEmp + [("Datum", nl(D_EJE)), ("Eigen werk hervat?", "[ ] ja   [ ] nee"),
                                       ("Spoor 2 starten?", "[ ] ja   [ ] nee"),
                                       ("Re-integratieresultaat tweede ziektejaar", "Werk in groenvoorziening zonder knielen, bij voorkeur elders"),
                                       ("Visie werkgever", "Kantoorwerk is er maar voor 16 uur."), ("Visie werknemer", "Zie aantekening.")])],
             sign=[("E. Lammers", "Werkgever", nl(D_EJE)), ("B. Kloosterboer", "Werknemer", nl(D_EJE))]))

add(D, "Trajectplan 2e spoor Werkpad.pdf", "trajectplan_tweede_spoor", D_TP, "lo", "LibreOffice PDF", "same bureau does casemanagement and track 2",
    doc=dict(head=["Werkpad Re-integratie - 2e spoor"], title="Trajectplan",
             tables=[dict(rows=dEmp + [("Jobcoach", "Tim de Groot-Akkerman"), ("Datum", nl(D_TP)),
                                       ("Persoonsprofiel", "Ervaren vakman groen, leidinggevend, machines, rijbewijs BE"),
                                       ("Zoekprofiel", "Tuincentrum (advies/kassa), magazijn groenbedrijf, chauffeur bestelbus"),
                                       ("Planning", "Oriëntatie 6 weken, daarna bemiddeling; werkervaringsplek mogelijk")])],
             sign=[("T. de Groot-Akkerman", "Jobcoach", nl(D_TP)), ("B. Kloosterboer", "Werknemer", nl(D_TP))]))

add(D, "Voortgangsrapportage Werkpad maart.pdf", "voortgangsrapportage_tweede_spoor", D_VG, "wk", "wkhtmltopdf bureau client-system print",
    "client system print", band="Werkpad Cliëntvolgsysteem", color="#0f6e74", doc=dict(bandsub="Traject 2S-23-114",
        title="Voortgangsrapportage", tables=[dict(rows=[("Cliënt", "B. Kloosterboer"), ("BSN", dB), ("Periode", f"t/m {nl(D_VG)}"),
            ("Activiteiten", "Werkervaringsplek Tuincentrum De Zonnehoeve 2 dagen; 3 sollicitaties"),
            ("Vacatures", "Adviseur tuincentrum; chauffeur groenafval"), ("Resultaat", "Geen contract; werkervaringsplek verlengd"),
            ("Rapporteur", "T. de Groot-Akkerman, jobcoach")])]))

add(D, "WIA aanvraag brief.pdf", "uwv_correspondentie", D_88, "scan", "copier scan image-only", "UWV week-88 letter, fax-like scan",
    deco="none", doc=dict(head=["UWV", "", "De heer B. Kloosterboer", "Hoogeind 41", "9615 KL Veldhoeve", "", f"Datum: {lang(D_88)}"],
        title="Vraag uw WIA-uitkering aan", intro=[f"U bent op {lang(d0)} ziek geworden. Over 16 weken eindigt uw wachttijd. Vraag nu de WIA-uitkering aan."],
        tables=[dict(rows=[("BSN", dB), ("Kenmerk", "WIA-88-47732")])], paras=["Met vriendelijke groet, UWV"]))

add(D, "Fwd_ actueel oordeel.eml", "", None, "eml", "Outlook forward with a PDF attachment", "covering mail only; non-RIV paper",
    eml_att="D_ao")
add(D, "Fwd_ actueel oordeel.eml::Actueel oordeel.pdf", "actueel_oordeel", D_AO, "", "LibreOffice PDF attached to a mail",
    "AO delivered as attachment")

add(D, "Eindevaluatie.pdf", "eindevaluatie", D_EV, "lo", "LibreOffice PDF of the bureau's Word form", "standard title",
    doc=dict(head=["Werkpad Re-integratie - casemanagement"], title="Eindevaluatie plan van aanpak",
             tables=[dict(rows=dEmp + [("Datum", nl(D_EV)),
                                       ("Aard van het bedrijf", "Hoveniers- en groenvoorzieningsbedrijf, 16 medewerkers, particulieren en gemeenten"),
                                       ("Terugblik", "16 uur werkvoorbereiding in spoor 1; spoor 2 met werkervaringsplek, geen plaatsing"),
                                       ("Arbeidsrelatie", "Goed"), ("Passende arbeid bij werkgever", "16 uur kantoor; meer is er niet")])],
             sign=[("E. Lammers", "Werkgever", nl(D_EV)), ("B. Kloosterboer", "Werknemer", nl(D_EV)), ("J. Smallenbroek", "Casemanager", nl(D_EV))]))

add(D, "Re_ re-integratieverslag.eml", "oordeel_werknemer", D_OW, "eml", "Outlook reply chain", "employee's view as a mail reply",
    eml=dict(frm="Bram Kloosterboer <bramkloosterboer@thuisnet.example>", to="Joke Smallenbroek <joke@werkpad.example>",
             cc="Erik Lammers <erik@lammersgroen.example>", subject="RE: re-integratieverslag", date=dm(D_OW, 20, 47),
             msgid="D.ow.3@thuisnet.example", body=f"""Hallo Joke,

Je vroeg wat ik van het re-integratieverslag vind. Hier mijn oordeel:
ik ben het eens met het plan, de evaluaties en de eindevaluatie. Wel wil ik zeggen dat ik bij het tuincentrum graag was gebleven, het lag niet aan mij dat het geen contract werd.
Verder heb ik geen opmerkingen.

Bram Kloosterboer
BSN {dB}

Van: Joke Smallenbroek
Verzonden: {nl(wd(d0, 630))} 10:02
Onderwerp: re-integratieverslag

Beste Bram, bijgaand alle stukken. Wil je je mening erover aan mij mailen, dan voeg ik die toe?
"""))

add(D, "urenoverzicht opbouw.txt", "", None, "txt", "plain text table", "non-RIV paper: hours log (Regeling art. 3 notes, no RIV type)",
    text="Urenoverzicht Bram K. (kantoor)\n\nweek  ma  di  wo  do  vr  totaal\n" + "\n".join(
        f"{w:>4}  {4 if w > 40 else 3:>2}  {4:>2}  {0:>2}  {4:>2}  {4 if w > 44 else 0:>2}  {(4 if w > 40 else 3) + 8 + (4 if w > 44 else 0):>3}"
        for w in range(38, 50)) + "\n")


# ====================================================================== rendering
MND = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]


def stampdate(d: dt.date) -> str:
    return f"{d.day} {MND[d.month - 1]} {d.year}"


def deco_image(name: str, img, rng, job_date=None):
    if name == "A_ev":
        stamp(img, (520, 70), ["ONTVANGEN", stampdate(wd(a0, 95))])
        hand(img, (90, img.height - 170), "Ronald belt nog over de opbouw - W.H.", 26, 40)
        signature(img, (560, img.height - 260), rng)
    elif name == "stamp":
        stamp(img, (500, 40), ["ONTVANGEN", stampdate(wd(job_date, 4))])
    elif name == "C_pva":
        stamp(img, (520, 60), ["ONTVANGEN", stampdate(wd(C_PVA, 3))])
        hand(img, (395, 865), "pas als de arm goed is", 22, 35)
        hand(img, (395, 905), "eerst maar kassa, prima", 22, 35)
        signature(img, (600, 1010), rng)
    elif name == "D_eje":
        hand(img, (405, 375), "X", 26, 20)   # tick 'nee' on the first question
        hand(img, (335, 425), "X", 26, 20)
        hand(img, (80, img.height - 150), "Aantekening Bram: ik wil het buiten proberen, niet alleen kantoor.", 22, 40)
    elif name == "sig":
        signature(img, (420, 210), rng)
        signature(img, (420, 256), rng)


def render_job(job, tmp: Path, lo_queue: list):
    out = FILES / job["case"] / job["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    kind = job["kind"]
    rng = random.Random(job["path"])
    if kind == "docx":
        write_docx(job["doc"], out)
    elif kind == "lo":
        src = tmp / "lo" / (f"{len(lo_queue):02d}.docx")
        src.parent.mkdir(exist_ok=True)
        write_docx(job["doc"], src)
        lo_queue.append((src, out))
    elif kind == "wk":
        wkhtml(to_html(job["doc"], job["band"], job["color"]), out, tmp)
    elif kind == "combined":
        parts = []
        for i, (k, p) in enumerate(job["parts"]):
            pp = tmp / f"part_{out.stem}_{i}.pdf"
            wkhtml(to_html(p["doc"], p["band"], p["color"]), pp, tmp)
            parts.append(pp)
        merge_pdfs(parts, out)
        finish_pdf(out, "ArboPortaal PDF export", "")
    elif kind == "scan":
        pages = render_pages(job["doc"])
        if job.get("fax"):
            fax_line(pages[0], job["fax"])
        deco_image(job.get("deco", ""), pages[0], rng, job.get("date"))
        pages = [scanify(p, rng, angle=rng.uniform(-0.9, 0.9), fax=bool(job.get("fax"))) for p in pages]
        save_scan_pdf(pages, out)
    elif kind == "photo":
        if job.get("deco") == "handnote":
            from PIL import Image
            img = Image.new("L", (900, 1100), 246)
            y = 60
            for ln in [f"Kampersveen {nl(C_OW)}", "", "Mijn mening over het verslag", "", "Ik heb alles gelezen met Ineke.",
                       "Ik ben het er mee eens, het klopt wat er staat.", "Alleen de operatie was later dan in het", "plan stond, dat kwam door het ziekenhuis.",
                       "Ik wil graag mijn 30 uur houden.", "", "Jorrit Mulder", f"BSN {dotted(cB)}"]:
                hand(img, (70, y), ln, 34, 30)
                y += 62
            signature(img, (80, y + 10), rng)
            page = img
        else:
            page = render_pages(job["doc"])[0]
            deco_image(job.get("deco", ""), page, rng)
        photo(page, rng, out, angle=rng.uniform(-4, 4))
    elif kind == "shot":
        page = render_pages(job["doc"])[0]
        photo(page, rng, out, bg=(48, 44, 40), angle=1.5, screen=True)
    elif kind == "txt":
        out.write_text(job["text"], encoding="utf-8")
    elif kind == "eml":
        if "eml" in job:
            e = job["eml"]
            out.write_bytes(mail(e["frm"], e["to"], e["subject"], e["date"], e["body"], e["msgid"], cc=e.get("cc", "")))
        else:
            JOBS_LATE.append((job, out))


JOBS_LATE: list = []


def late_mails(tmp: Path):
    for job, out in JOBS_LATE:
        rng = random.Random(job["path"])
        if job["eml_att"] == "B_psy":
            doc = dict(head=["Praktijk Vaart en Veer - GZ-psychologie", "", "Vertrouwelijk", f"Datum: {nl(wd(b0, 190))}"],
                       title="Behandelverslag",
                       tables=[dict(rows=[("Cliënt", "S. Wolthuis, 02-07-1979"), ("BSN", bB),
                                          ("Diagnose (DSM-5)", "Posttraumatische stressstoornis na verkeersongeval; depressieve episode"),
                                          ("Behandeling", "EMDR 8 sessies, daarna cognitieve gedragstherapie"),
                                          ("Medicatie", "Sertraline via huisarts"), ("Beloop", "Geleidelijke afname herbelevingen; slaap verbeterd")])],
                       paras=["drs. L. Verkerk, GZ-psycholoog"])
            pages = [scanify(p, rng, angle=0.4) for p in render_pages(doc)]
            pdf = tmp / "psy.pdf"
            save_scan_pdf(pages, pdf)
            out.write_bytes(mail("Sandra Wolthuis <s.wolthuis@mailbox-veen.example>", "Priscilla Veenhof <priscilla@taxiveenhof.example>",
                                 "FW: verslag psycholoog", dm(wd(b0, 192), 21, 3), """Hoi Priscilla,

Hierbij het verslag van mijn psycholoog, dan weten jullie hoe het gaat. Wil je het aan de bedrijfsarts doorsturen?

Groetjes Sandra
""", "B.psy.1@mailbox-veen.example", attachments=[(B_MAIL_AT, pdf.read_bytes())]))
        elif job["eml_att"] == "D_ao":
            doc = dict(head=["Arbodienst Lindeboom"], title="Actueel oordeel",
                       tables=[dict(rows=dEmp + [("Datum", nl(D_AO)), ("Belastbaarheid", "Conform FML; licht werk, niet knielen, 6 uur per dag"),
                                                 ("Verloop", "Eindtoestand bereikt"), ("Arbeidsrelatie", "Goed, geen conflict"),
                                                 ("Passende arbeid bij werkgever", "16 uur werkvoorbereiding; eigen werk niet passend"),
                                                 ("Bedrijfsarts", BA_D)])])
            src = tmp / "lo_ao.docx"
            write_docx(doc, src)
            lo_convert([src], tmp, tmp / "profile2")
            pdf = tmp / "lo_ao.pdf"
            finish_pdf(pdf, "LibreOffice 7.4", "Writer")
            out.write_bytes(mail("Joke Smallenbroek <joke@werkpad.example>", "Erik Lammers <erik@lammersgroen.example>",
                                 "FW: actueel oordeel", dm(wd(d0, 619), 8, 51), """Goedemorgen Erik,

Hierbij het actueel oordeel van de bedrijfsarts voor het re-integratieverslag van Bram. Graag opslaan bij het dossier.

Met vriendelijke groet,
Joke Smallenbroek
Werkpad Re-integratie
""", "D.ao.1@werkpad.example", attachments=[("Actueel oordeel.pdf", pdf.read_bytes())]))


def main():
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    with tempfile.TemporaryDirectory(prefix="c29_") as t:
        tmp = Path(t)
        lo_queue: list = []
        for job in JOBS:
            render_job(job, tmp, lo_queue)
        lo_convert([s for s, _ in lo_queue], tmp / "lo", tmp / "profile")
        for src, out in lo_queue:
            pdf = src.with_suffix(".pdf")
            finish_pdf(pdf, "LibreOffice 7.4", "Writer")
            shutil.copyfile(pdf, out)
        late_mails(tmp)
    # dossier.yaml for two of four cases
    (FILES / A / "dossier.yaml").write_text(f"""werknemer: {{naam: "D. Roelofsen", bsn: "{aB}", functie: "Monteur sanitair en cv"}}
werkgever: {{naam: "Loodgietersbedrijf Hamstra & Zn. B.V.", loonheffingennummer: "814273605L01", aard_van_het_bedrijf: "Loodgieters- en installatiebedrijf"}}
bedrijfsarts: {{naam: "drs. E.M. Kortekaas", organisatie: "ArboTerras"}}
casemanager: {{naam: "R. Ypma (Helmgras Verzuimverzekeringen)"}}
eerste_ziektedag: {a0.isoformat()}
""", encoding="utf-8")
    (FILES / C / "dossier.yaml").write_text(f"""werknemer:
  naam: "J. Mulder"
  bsn: "{cB}"
  functie: "Verkoper/uitbener"
werkgever:
  naam: "Slagerij Ten Brinke"
  loonheffingennummer: "856203114L01"
bedrijfsarts:
  naam: "L.C. Bergsma-Tuin"
  organisatie: "ArboVerso"
casemanager:
  naam: "I. ten Brinke"
eerste_ziektedag: {c0.isoformat()}
""", encoding="utf-8")
    for path, typ, date, _ in LABELS:
        if date:
            assert dt.date.fromisoformat(date).weekday() < 5, path
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for path, typ, date, note in sorted(LABELS):
            assert note.count(";") == 2, note
            w.writerow([path, typ, date, "holdout", note])
    # no case carries another case's BSN in its text files
    for case, info in CASES.items():
        for other, oi in CASES.items():
            if other != case:
                for p in (FILES / case).rglob("*"):
                    if p.suffix in (".txt", ".eml", ".yaml"):
                        assert oi["bsn"] not in p.read_text(encoding="utf-8", errors="replace"), (p, other)


if __name__ == "__main__":
    main()
