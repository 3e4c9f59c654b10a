#!/usr/bin/env python3
# ruff: noqa: E501, UP031
"""Generate tests/corpus23 (untouched holdout, a realistic mix). Deterministic: fixed seeds, no clock reads.

Run:  TZ=UTC SOURCE_DATE_EPOCH=1795435200 /work/main/.venv/bin/python tests/corpus23/make_corpus23.py
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_lib as g

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
LABELS: list[dict[str, str]] = []
MAAND = [
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
MND = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]


def day(d0: dt.date, n: int) -> dt.date:
    d = d0 + dt.timedelta(days=n)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def nl(d: dt.date) -> str:
    return f"{d.day} {MAAND[d.month - 1]} {d.year}"


def dmy(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def stamp(d: dt.date, word: str = "ONTVANGEN") -> str:
    return f"{word} {d.day:02d} {MND[d.month - 1]} {d.year}"


def maildate(d: dt.date, hh: int, mm: int) -> str:
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    return f"{wd}, {d.day:02d} {mon} {d.year} {hh:02d}:{mm:02d}:00 +0100"


def label(case: str, path: str, typ: str, date: dt.date | None, producer: str, trap: str) -> None:
    assert ";" not in producer + trap + case
    LABELS.append(
        {
            "path": f"{case}/{path}",
            "type": typ,
            "date": date.isoformat() if date else "",
            "split": "holdout",
            "note": f"{case.split(' - ')[0]};{producer};{trap}",
        }
    )


RNG = random.Random(2323)
BSN = {k: g.make_bsn(RNG) for k in "ABCD"}
for _b in BSN.values():
    assert g.elfproef(_b), _b
assert len(set(BSN.values())) == 4


def dotted(b: str) -> str:
    return f"{b[:4]}.{b[4:6]}.{b[6:]}"


WORK = g.tmpdir()
LO = g.Soffice()


def lo_doc(case: str, rel: str, blocks: list, author: str, when: dt.date, title: str) -> Path:
    src = WORK / "docx" / f"{len(LO.jobs):03d}.docx"
    g.write_docx(src, blocks, author, when)
    out = FILES / case / rel
    LO.add(src, out, title)
    return out


# =====================================================================================================
# Case A — moving company
# =====================================================================================================
A = "Verhuisbedrijf Koppelaar - D. Stellingwerf"
A0 = dt.date(2024, 4, 8)
bA = BSN["A"]
A_WN = f"Dirk Stellingwerf, geboren 14-05-1979, BSN {bA}"
A_WG = "Verhuisbedrijf Gebr. Koppelaar B.V., Havenweg 12, 9741 KP Oostermeer (36 medewerkers, loonheffingennummer 8143.27.904.L01)"
A_BA = "drs. P.J. Scholtens, bedrijfsarts, BIG 49023817501, ArboKeten Noord"
ARBOKETEN = ("ArboKeten Noord  |  Verzuimdossier online", "#2f6f4f")


def case_a() -> None:
    c = A
    # 1 combined arbodienst export: PA + inzetbaarheidsprofiel + spreekuurverslag
    pa = day(A0, 37)
    izp = pa
    parts = []
    for i, (title, fields, blocks) in enumerate(
        [
            (
                "Probleemanalyse",
                [
                    ("Werknemer", "D. Stellingwerf"),
                    ("BSN", bA),
                    ("Werkgever", "Verhuisbedrijf Gebr. Koppelaar B.V."),
                    ("Functie", "Verhuizer / chauffeur C (40 uur)"),
                    ("Eerste ziektedag", dmy(A0)),
                    ("Verzuimnummer", "24-0871"),
                    ("Datum spreekuur", dmy(pa)),
                ],
                [
                    "## Dreigend langdurig verzuim",
                    "Er is sprake van dreigend langdurig verzuim. Werknemer kan zijn eigen werk (tillen van meubels en dozen, sjouwen op trappen, rijden met de bakwagen) voorlopig niet doen.",
                    "## Beperkingen en mogelijkheden",
                    "Beperkt voor tillen boven 10 kg, frequent bukken en traplopen met belasting. Zitten, staan en lopen zijn mogelijk met afwisseling. Rijden met een bestelbus tot 1 uur aaneen is mogelijk.",
                    "## Prognose",
                    "Ik verwacht geleidelijk herstel in 3 tot 6 maanden. Volledige terugkeer in het eigen werk is onzeker.",
                    "## Advies aan werkgever en werknemer",
                    "- Start met aangepast werk: inpakservice bij de klant, magazijn en materiaalbeheer, 3 x 4 uur per week.",
                    "- Uitbreiden in overleg, elke twee weken met 4 uur.",
                    "- Stel binnen twee weken samen een plan van aanpak op.",
                    "- Vervolgspreekuur over 6 weken.",
                    f"Opgesteld door {A_BA}, {dmy(pa)}.",
                ],
            ),
            (
                "Inzetbaarheidsprofiel",
                [
                    ("Werknemer", "D. Stellingwerf"),
                    ("BSN", bA),
                    ("Datum", dmy(izp)),
                    ("Opgesteld door", "drs. P.J. Scholtens, bedrijfsarts"),
                ],
                [
                    "## Rubriek 1 Persoonlijk functioneren: geen beperkingen",
                    "## Rubriek 2 Sociaal functioneren: geen beperkingen",
                    "## Rubriek 3 Aanpassing aan fysieke omgevingseisen: geen beperkingen",
                    "## Rubriek 4 Dynamische handelingen",
                    "- Tillen of dragen: beperkt, tot 10 kg incidenteel",
                    "- Frequent buigen: beperkt",
                    "- Trappenlopen met last: niet",
                    "## Rubriek 5 Statische houdingen: zitten afwisselen na 60 minuten",
                    "## Rubriek 6 Werktijden: geen beperking voor dagdienst",
                ],
            ),
            (
                "Verslag spreekuur",
                [("Werknemer", "D. Stellingwerf"), ("Datum", dmy(day(A0, 80)))],
                [
                    "Voortgang conform advies. Werkt nu 24 uur aangepast in magazijn. Belastbaarheid ongewijzigd. Vervolg over 6 weken."
                ],
            ),
        ]
    ):
        h = g.portal_html(
            *ARBOKETEN[:1],
            ARBOKETEN[1],
            f"Dossier 24-0871  ·  Document {i + 1} van 3",
            title,
            fields,
            blocks,
            f"Afgedrukt uit ArboKeten Verzuimdossier online · pagina {i + 1}",
        )
        p = WORK / f"a_exp_{i}.pdf"
        g.wkhtml(h, p, WORK, title)
        parts.append(p)
    g.concat_pdfs(parts, FILES / c / "ArboKeten/Dossierexport 24-0871 compleet.pdf", "Qt 5.15.8")
    label(
        c,
        "ArboKeten/Dossierexport 24-0871 compleet.pdf",
        "probleemanalyse",
        pa,
        "wkhtmltopdf portal export",
        "combined export of three documents (PA then inzetbaarheidsprofiel then spreekuurverslag) labelled by the FIRST document",
    )

    # 2 PvA as Word
    pva = day(pa, 10)
    g.write_docx(
        FILES / c / "plan van aanpak Dirk.docx",
        [
            "# Plan van aanpak",
            (
                "table",
                [
                    ["Werknemer", "Dirk Stellingwerf"],
                    ["BSN", bA],
                    ["Functie", "Verhuizer / chauffeur C, 40 uur"],
                    ["Eerste ziektedag", dmy(A0)],
                    ["Casemanager", "Ineke Wubbels, officemanager"],
                    ["Bedrijfsarts", "drs. P.J. Scholtens (ArboKeten Noord)"],
                ],
            ),
            "## Doel",
            "Terugkeer in het eigen werk als verhuizer. Tot dat kan: aangepast werk in magazijn en inpakservice.",
            "## Afspraken",
            (
                "table",
                [
                    ["Activiteit", "Wie", "Wanneer"],
                    ["Start aangepast werk magazijn, 3 x 4 uur", "Dirk / Harm Koppelaar", f"vanaf {dmy(day(pva, 3))}"],
                    ["Uitbreiden met 4 uur per twee weken", "Dirk / Ineke", "doorlopend"],
                    ["Evaluatie van dit plan", "Ineke en Dirk", "elke 6 weken, eerste keer " + dmy(day(pva, 42))],
                    ["Vervolgspreekuur bedrijfsarts", "ArboKeten", dmy(day(pa, 42))],
                ],
            ),
            "## Visie werkgever",
            "Wij willen Dirk graag terug op de wagen; hij is een van onze ervaren ploegleiders.",
            "## Visie werknemer",
            "Ik wil terug naar mijn eigen werk maar snap dat ik eerst rustig moet opbouwen.",
            f"Oostermeer, {dmy(pva)}",
            "Handtekening werkgever: H. Koppelaar, directeur          Handtekening werknemer: D. Stellingwerf",
        ],
        "Ineke Wubbels",
        pva,
    )
    label(c, "plan van aanpak Dirk.docx", "plan_van_aanpak", pva, "python-docx Word", "standard title with tables")

    # 3 reply chain: tussentijdse evaluatie in everyday words
    te = day(pva, 43)
    while te.weekday() != 4:
        te += dt.timedelta(days=1)
    g.make_eml(
        FILES / c / "mail/RE gesprek vrijdag.eml",
        "Ineke Wubbels <ineke@koppelaar-verhuizingen.example>",
        "Dirk Stellingwerf <d.stellingwerf@ziggo-mail.example>",
        "RE: gesprek vrijdag",
        maildate(te, 16, 12),
        f"Hoi Dirk,\n\nNog even op een rijtje wat we vanochtend ({nl(te)}) met z'n drieën (jij, Harm en ik) hebben besproken:\n\n"
        "- Je werkt nu 24 uur in het magazijn en bij de inpakservice en dat gaat goed.\n"
        "- Zwaar tilwerk en trappen doe je nog niet, dat houden we zo tot de bedrijfsarts iets anders zegt.\n"
        "- Vanaf volgende week ga je naar 28 uur, ook een dag mee als tweede man op een lichte rit (alleen dozen tot 10 kg).\n"
        "- Over zes weken zitten we weer bij elkaar.\n\n"
        f"Als je het ermee eens bent hoor ik het graag.\n\nGroet,\nIneke Wubbels\nofficemanager Verhuisbedrijf Gebr. Koppelaar\n(dossier Dirk Stellingwerf, BSN {bA})",
        tag="a3",
        quoted=f"-----Oorspronkelijk bericht-----\nVan: Dirk Stellingwerf\nVerzonden: {dmy(te)} 11:40\n"
        "Onderwerp: gesprek vrijdag\n\nIneke, kun je nog even sturen wat we hebben afgesproken? Dan weet ik het zeker. Dirk",
    )
    label(
        c,
        "mail/RE gesprek vrijdag.eml",
        "tussentijdse_evaluatie",
        te,
        "Outlook eml reply chain",
        "untitled evaluation in everyday words in the body of a reply, with the quoted question below",
    )

    # 4 scan0003.pdf : bijstelling PA, faxed and stamped
    bpa = day(A0, 161)
    page = g.render_page(
        [
            "ArboKeten Noord  ·  Postbus 4410  ·  9700 HK Groningen",
            "",
            "Verhuisbedrijf Gebr. Koppelaar B.V.",
            "t.a.v. mevrouw I. Wubbels",
            "Havenweg 12, 9741 KP Oostermeer",
            "",
            f"Datum: {dmy(bpa)}        Dossier: 24-0871",
            f"Betreft: D. Stellingwerf, BSN {dotted(bA)}",
            "",
            "# Bijstelling probleemanalyse",
            "Na het spreekuur van vandaag stel ik mijn eerdere oordeel bij. Het herstel verloopt trager dan verwacht. "
            "De belastbaarheid is gewijzigd: tillen blijft beperkt tot 10 kg en ook langdurig rijden (meer dan 1 uur) is "
            "voorlopig niet mogelijk. Terugkeer in het eigen werk als verhuizer verwacht ik niet binnen een half jaar.",
            "Advies: het aangepaste werk in het magazijn voortzetten (28 uur), geen ritten meer. Overweeg een "
            "arbeidsdeskundig onderzoek rond de eerstejaarsevaluatie. Pas het plan van aanpak hierop aan.",
            "",
            "Met vriendelijke groet,",
            "drs. P.J. Scholtens, bedrijfsarts (BIG 49023817501)",
        ],
        seed=104,
        fax=f"{dmy(bpa)} 14:52   VAN: ArboKeten Noord +31 50 5550172   AAN: 0598 555 013   P.1/1",
        stamp=stamp(day(bpa, 3)),
    )
    g.scan_pdf([page], FILES / c / "scan0003.pdf")
    label(
        c,
        "scan0003.pdf",
        "bijstelling_probleemanalyse",
        bpa,
        "image-only scan PDF (fax + copier)",
        "meaningless file name, fax header line and received stamp whose date is later than the letter",
    )

    # 5 photo of laptop screen: UWV portal ziekmelding confirmation
    zm = day(A0, 291)
    g.photo_of_screen(
        "UWV Werkgeversportaal",
        [
            "# Ziekmelding ontvangen",
            "U heeft de ziekmelding van uw werknemer doorgegeven (42e-weeksmelding).",
            "Werknemer: D. Stellingwerf",
            f"BSN: {bA}",
            f"Eerste ziektedag: {dmy(A0)}",
            f"Datum melding: {dmy(zm)}",
            "Werkgever: Verhuisbedrijf Gebr. Koppelaar B.V.   Loonheffingennummer 814327904L01",
            "Wij sturen u binnen 2 weken een bevestiging en informatie over de eerstejaarsevaluatie.",
            "Kenmerk: ZM-2025-0187734",
        ],
        105,
        FILES / c / "IMG_20250212_101544.jpg",
    )
    label(
        c,
        "IMG_20250212_101544.jpg",
        "ziekmelding_uwv",
        zm,
        "Pillow phone photo of a laptop screen",
        "portal page photographed on a laptop, file name carries the photo date not the document date",
    )

    # 6 AD-rapport
    ad = day(A0, 343)
    lo_doc(
        c,
        "AD rapport Stellingwerf.pdf",
        [
            "Verbrugge Arbeidsdeskundig Advies  ·  Dorpsstraat 3  ·  Nieuw-Scheemda",
            "# Rapportage arbeidsdeskundig onderzoek",
            (
                "table",
                [
                    ["Werknemer", "D. Stellingwerf"],
                    ["BSN", bA],
                    ["Werkgever", "Verhuisbedrijf Gebr. Koppelaar B.V."],
                    ["Datum onderzoek", dmy(day(ad, -5))],
                    ["Datum rapport", dmy(ad)],
                    ["Arbeidsdeskundige", "A. Verbrugge, register-arbeidsdeskundige"],
                ],
            ),
            "## Vraagstelling",
            "Kan werknemer terugkeren in het eigen werk, en zo niet: welk passend werk is er binnen of buiten het bedrijf?",
            "## Functiebelasting versus belastbaarheid",
            "De functie verhuizer vraagt frequent tillen tot 40 kg en traplopen met last. Dat past niet bij de belastbaarheid volgens de bedrijfsarts. Het eigen werk is niet passend, ook niet met aanpassingen.",
            "## Passend werk binnen het bedrijf",
            "Magazijnwerk en inpakservice zijn passend, maar er is structureel maar 16 uur van dit werk. Planning en klantcontact zijn mogelijk na scholing.",
            "## Advies",
            "Spoor 1: 16 uur magazijn en een proefplaatsing op de planning. Spoor 2 parallel inzetten omdat 40 uur binnen het bedrijf niet haalbaar is.",
            "A. Verbrugge, register-arbeidsdeskundige",
        ],
        "A. Verbrugge",
        ad,
        "Rapportage arbeidsdeskundig onderzoek",
    )
    label(
        c,
        "AD rapport Stellingwerf.pdf",
        "arbeidsdeskundig_rapport",
        ad,
        "Word printed by LibreOffice",
        "standard title",
    )

    # 7 pva.pdf holds the EJE
    eje = day(A0, 352)
    lo_doc(
        c,
        "pva.pdf",
        [
            "Verhuisbedrijf Gebr. Koppelaar B.V.",
            "# Eerstejaarsevaluatie",
            f"Werknemer: Dirk Stellingwerf   BSN: {bA}   Eerste ziektedag: {dmy(A0)}",
            f"Gesprek op {dmy(eje)} met Dirk, Harm Koppelaar (directeur) en Ineke Wubbels (casemanager).",
            "## Terugblik op het eerste ziektejaar",
            "Dirk is na zes weken in het magazijn begonnen en werkt nu 28 uur aangepast. Ritten zijn sinds de bijstelling van de bedrijfsarts gestopt.",
            "## Beoogd re-integratieresultaat tweede ziektejaar",
            "Volgens het arbeidsdeskundig rapport is terugkeer als verhuizer niet haalbaar. Doel: 16 uur magazijn plus planning, en daarnaast spoor 2 voor de overige uren.",
            "## Visie werkgever",
            "Wij houden het magazijnwerk voor Dirk vast en schakelen een re-integratiebureau in voor spoor 2.",
            "## Visie werknemer",
            "Ik vind het jammer dat ik niet meer op de wagen kan, maar ik doe mee met het tweede spoor.",
            "Handtekening werkgever: H. Koppelaar            Handtekening werknemer: D. Stellingwerf",
        ],
        "Ineke Wubbels",
        eje,
        "pva",
    )
    label(
        c,
        "pva.pdf",
        "eerstejaarsevaluatie",
        eje,
        "Word printed by LibreOffice",
        "misleading file name pva.pdf holds the eerstejaarsevaluatie and mentions the plan",
    )

    # 8 covering mail + trajectplan attachment
    tp = day(A0, 386)
    tp_pdf = WORK / "a_tp.pdf"
    tp_src = WORK / "a_tp.docx"
    g.write_docx(
        tp_src,
        [
            "Baanbreker Re-integratie  ·  Vismarkt 21  ·  Winschoterveen",
            "# Trajectplan tweede spoor",
            f"Kandidaat: D. Stellingwerf   BSN {bA}   Opdrachtgever: Verhuisbedrijf Gebr. Koppelaar B.V.",
            f"Intakegesprek: {dmy(day(tp, -7))}   Datum plan: {dmy(tp)}   Loopbaancoach: Sven Oudejans",
            "## Persoonsprofiel",
            "Ervaren verhuizer en ploegleider, rijbewijs C, klantvriendelijk, goed in plannen. Geen zwaar tilwerk.",
            "## Zoekprofiel",
            "Planner/disponent transport, balie bouwmarkt, chauffeur lichte bestelbus (tot 1 uur rijden), 24 uur.",
            "## Activiteiten",
            "- arbeidsmarktoriëntatie en cv (maand 1)",
            "- netwerkgesprekken en vacatures (maand 2 tot 5)",
            "- maandelijkse voortgangsrapportage aan werkgever",
            "Sven Oudejans, loopbaancoach",
        ],
        "Sven Oudejans",
        tp,
    )
    LO.add(tp_src, tp_pdf, "Trajectplan tweede spoor")
    PENDING.append(("a8", tp, tp_pdf))

    # 9 voortgangsrapportage (bureau client system print)
    vg = day(A0, 470)
    g.wkhtml(
        g.portal_html(
            "Baanbreker Re-integratie · Cliëntvolgsysteem",
            "#8a3b12",
            f"Cliënt 2025-311 · afgedrukt {dmy(vg)}",
            "Voortgangsrapportage",
            [
                ("Kandidaat", "D. Stellingwerf"),
                ("BSN", bA),
                ("Rapportageperiode", f"{dmy(day(vg, -60))} t/m {dmy(vg)}"),
                ("Coach", "S. Oudejans"),
            ],
            [
                "## Activiteiten in deze periode",
                "- 9 sollicitaties, 2 gesprekken (planner bij een transportbedrijf, baliemedewerker bouwmarkt)",
                "- 4 netwerkgesprekken",
                "- werkervaringsplek planning bij een koeriersbedrijf besproken",
                "## Inzet kandidaat",
                "Dirk is gemotiveerd en komt afspraken na.",
                "## Vervolg",
                "Gesprek koeriersbedrijf afwachten; volgende rapportage over twee maanden.",
            ],
            "Baanbreker Re-integratie B.V.",
        ),
        FILES / c / "Voortgang traject jan-mrt.pdf",
        WORK,
        "Voortgangsrapportage",
    )
    label(
        c,
        "Voortgang traject jan-mrt.pdf",
        "voortgangsrapportage_tweede_spoor",
        vg,
        "wkhtmltopdf client-system print",
        "file name names months that do not match the reporting period",
    )

    # 10 AO portal print
    ao = day(A0, 613)
    g.wkhtml(
        g.portal_html(
            *ARBOKETEN[:1],
            ARBOKETEN[1],
            "Dossier 24-0871",
            "Actueel oordeel",
            [
                ("Werknemer", "D. Stellingwerf"),
                ("BSN", bA),
                ("Datum", dmy(ao)),
                ("Bedrijfsarts", "drs. P.J. Scholtens, BIG 49023817501"),
            ],
            [
                "## Stand van zaken",
                "Werknemer werkt 24 uur: 16 uur magazijn bij de eigen werkgever en 8 uur planning via een werkervaringsplek.",
                "## Belastbaarheid",
                "Ongewijzigd ten opzichte van de bijstelling: tillen tot 10 kg, geen trappen met last, rijden tot 1 uur.",
                "## Arbeidsrelatie",
                "Werkgever en werknemer werken goed samen; er is geen conflict.",
                "## Passende arbeid bij de werkgever",
                "Passend werk bij de werkgever is er voor 16 uur. Het eigen werk is blijvend niet passend.",
                "Dit oordeel is opgesteld ten behoeve van de WIA-aanvraag en bevat geen medische gegevens.",
            ],
            "Afgedrukt uit ArboKeten Verzuimdossier online",
        ),
        FILES / c / "ArboKeten/actueel oordeel.pdf",
        WORK,
        "Actueel oordeel",
    )
    label(c, "ArboKeten/actueel oordeel.pdf", "actueel_oordeel", ao, "wkhtmltopdf portal print", "standard title")

    # 11 EV docx
    ev = day(A0, 628)
    g.write_docx(
        FILES / c / "Eindevaluatie.docx",
        [
            "# Eindevaluatie",
            (
                "table",
                [
                    ["Werknemer", "Dirk Stellingwerf"],
                    ["BSN", bA],
                    ["Werkgever", "Verhuisbedrijf Gebr. Koppelaar B.V."],
                    ["Aard van het bedrijf", "Verhuizingen en opslag voor particulieren en bedrijven, 36 medewerkers"],
                    ["Datum", dmy(ev)],
                ],
            ),
            "## Terugblik",
            "In twee jaar is Dirk van volledig verzuim naar 24 uur werk gegaan: 16 uur magazijn bij ons en 8 uur planning elders.",
            "## Kwaliteit van de arbeidsrelatie",
            "Goed. We hebben steeds in overleg gewerkt.",
            "## Passende arbeid",
            "Bij ons is 16 uur passend werk. Meer is er niet; het eigen werk als verhuizer kan niet meer.",
            "Dit verslag is besproken met Dirk in verband met zijn WIA-aanvraag. Het actueel oordeel van de bedrijfsarts was de basis.",
            "Handtekening werkgever: H. Koppelaar          Handtekening werknemer: D. Stellingwerf",
        ],
        "Ineke Wubbels",
        ev,
    )
    label(c, "Eindevaluatie.docx", "eindevaluatie", ev, "python-docx Word", "standard title")

    # 12 oordeel werknemer as txt, untitled
    ow = day(A0, 640)
    (FILES / c / "mijn reactie.txt").write_bytes(
        (
            f"Oostermeer {dmy(ow)}\r\n\r\nIk heb alle stukken van mijn re-integratieverslag gekregen en gelezen.\r\n"
            "Ik ben het eens met wat erin staat over het magazijnwerk en de planning. Ik ben het niet eens met de zin in de "
            "eindevaluatie dat er maar 16 uur is, er is in de winter veel meer werk in de opslag en dat had ik best kunnen doen.\r\n"
            "Verder vind ik dat Harm en Ineke veel moeite hebben gedaan.\r\n\r\n"
            f"Dirk Stellingwerf\r\nBSN {bA}\r\n"
        ).encode("cp1252")
    )
    label(
        c,
        "mijn reactie.txt",
        "oordeel_werknemer",
        ow,
        "Notepad txt cp1252 CRLF",
        "no title, the employee's own view in everyday words",
    )

    # 13/14 non-RIV
    lo_doc(
        c,
        "loonstrook feb 2025.pdf",
        [
            "Verhuisbedrijf Gebr. Koppelaar B.V.     Salarisstrook februari 2025",
            (
                "table",
                [
                    ["Medewerker", "D. Stellingwerf"],
                    ["Personeelsnummer", "0112"],
                    ["Uurloon", "€ 18,42"],
                    ["Doorbetaling bij ziekte", "100 % (jaar 1) / 70 % (jaar 2)"],
                    ["Netto", "€ 2.214,07"],
                ],
            ),
        ],
        "Salarisadministratie",
        dt.date(2025, 2, 25),
        "Loonstrook",
    )
    label(
        c,
        "loonstrook feb 2025.pdf",
        "",
        None,
        "Word printed by LibreOffice",
        "payslip mentioning sick pay, no RIV document",
    )
    (FILES / c / "planning week 14.txt").write_text(
        "PLANNING WEEK 14\n\nma  Verhuizing Jansen, Oostermeer > Groningen   ploeg: Bert, Kees, Dirk (magazijn inpakken)\n"
        "di  Opslag ophalen De Vries                    ploeg: Bert, Wim\n"
        "wo  Kantoorverhuizing notaris                  ploeg: allen\n"
        "do  Dirk: inpakservice bij klant (alleen dozen, geen trappen)\n",
        encoding="utf-8",
    )
    label(c, "planning week 14.txt", "", None, "plain txt", "work roster naming the employee and his light duties")


PENDING: list[tuple[str, dt.date, Path]] = []


def finish_a_mail(tp_pdf: Path, tp: dt.date) -> None:
    c = A
    g.make_eml(
        FILES / c / "mail/Aanmelding tweede spoor.eml",
        "Sven Oudejans <s.oudejans@baanbreker.example>",
        "Ineke Wubbels <ineke@koppelaar-verhuizingen.example>",
        "Trajectplan Dirk Stellingwerf",
        maildate(tp, 9, 5),
        "Beste Ineke,\n\nIn de bijlage het plan dat we met Dirk hebben gemaakt. Wil je het laten tekenen en terugsturen?\n\n"
        "Met vriendelijke groet,\nSven Oudejans\nBaanbreker Re-integratie",
        attachments=[("Trajectplan Stellingwerf.pdf", tp_pdf.read_bytes(), "application/pdf")],
        tag="a8",
    )
    label(
        c, "mail/Aanmelding tweede spoor.eml", "", None, "Outlook eml covering mail", "mail only covers the attachment"
    )
    label(
        c,
        "mail/Aanmelding tweede spoor.eml::Trajectplan Stellingwerf.pdf",
        "trajectplan_tweede_spoor",
        tp,
        "Word printed by LibreOffice as mail attachment",
        "document inside a covering mail",
    )


# =====================================================================================================
# Case B — pharmacy chain
# =====================================================================================================
B = "Zilverschoon Apotheken - M. Haddou"
B0 = dt.date(2023, 11, 13)
bB = BSN["B"]


def case_b() -> None:
    c = B
    pa = day(B0, 39)
    lo_doc(
        c,
        "Probleemanalyse M Haddou.pdf",
        [
            "Bedrijfsartsenpraktijk Weidezoom  ·  Stationsweg 40  ·  7811 CB Emmerhout",
            "# Probleemanalyse",
            (
                "table",
                [
                    ["Werknemer", "mevrouw M. Haddou"],
                    ["BSN", bB],
                    ["Werkgever", "Zilverschoon Apotheken B.V., Apotheek De Brink"],
                    ["Functie", "apothekersassistent, 28 uur"],
                    ["Eerste ziektedag", dmy(B0)],
                    ["Datum", dmy(pa)],
                ],
            ),
            "## Oordeel",
            "Er is sprake van dreigend langdurig verzuim door psychische klachten. Mevrouw is op dit moment beperkt in concentratie, tempo en het omgaan met drukte aan de balie.",
            "## Mogelijkheden",
            "Rustig werk zonder klantcontact en zonder tijdsdruk is mogelijk, 2 x 3 uur per week, bijvoorbeeld voorraadbeheer en herhaalservice.",
            "## Prognose",
            "Naar verwachting is gedeeltelijke werkhervatting binnen 3 maanden mogelijk; volledige hervatting hangt af van het verloop.",
            "## Advies",
            "Maak binnen twee weken een plan van aanpak. Ik zie mevrouw over 4 weken terug.",
            "Y. Bergsma, bedrijfsarts, BIG 89011452301",
        ],
        "Y. Bergsma",
        pa,
        "Probleemanalyse",
    )
    label(c, "Probleemanalyse M Haddou.pdf", "probleemanalyse", pa, "Word printed by LibreOffice", "standard title")

    pva = day(pa, 12)
    g.make_eml(
        FILES / c / "mail/afspraken na ons gesprek.eml",
        "Jeroen Tiel <j.tiel@zilverschoon-apotheken.example>",
        "Malika Haddou <malika.haddou@kpn-post.example>",
        "Afspraken na ons gesprek van dinsdag",
        maildate(pva, 17, 31),
        "Beste Malika,\n\nFijn dat we dinsdag rustig hebben kunnen praten. Zoals beloofd zet ik hieronder wat we samen hebben afgesproken, "
        "naar aanleiding van het advies van mevrouw Bergsma.\n\n"
        "Waar werken we naartoe? Dat je weer je eigen werk als apothekersassistent in De Brink doet, 28 uur.\n\n"
        "Hoe?\n1. Je begint op maandag en donderdag 3 uur in de backoffice (voorraad, herhaalservice), zonder balie.\n"
        "2. Elke twee weken kijken we of er een uur bij kan.\n3. Carla Mulder (HR) is je vaste aanspreekpunt en casemanager.\n"
        "4. Elke zes weken praten we met z'n drieën over hoe het gaat; de eerste keer in week 13.\n\n"
        "Wat vinden wij ervan? Wij willen je graag houden en nemen er de tijd voor.\nWat vind jij ervan? Je zei dat je blij bent dat je niet meteen aan de balie hoeft.\n\n"
        f"Wil je even reageren met 'akkoord'? Dan bewaart Carla dit in je dossier.\n\nHartelijke groet,\nJeroen Tiel, regiomanager\n"
        f"Zilverschoon Apotheken B.V.\n\nMalika Haddou, BSN {bB}",
        html_body=None,
        tag="b2",
    )
    label(
        c,
        "mail/afspraken na ons gesprek.eml",
        "plan_van_aanpak",
        pva,
        "Outlook eml plain text",
        "plan van aanpak written as a mail without the words plan van aanpak",
    )

    te = day(pva, 45)
    lo_doc(
        c,
        "document.pdf",
        [
            "Zilverschoon Apotheken B.V. – HR",
            "# Verslag voortgangsgesprek",
            f"Medewerker: M. Haddou (BSN {bB})   Datum gesprek: {dmy(te)}   Aanwezig: M. Haddou, J. Tiel, C. Mulder",
            "Malika werkt nu 4 x 3 uur in de backoffice. Zij merkt dat haar energie beter wordt. De afspraken uit onze mail van "
            f"{dmy(pva)} zijn nagekomen.",
            "Afspraak: vanaf volgende week 4 x 4 uur, een uur per dag mag zij aan de uitgifte-balie meekijken met een collega.",
            "Volgende evaluatie over zes weken.",
            "C. Mulder, HR-adviseur en casemanager",
        ],
        "Carla Mulder",
        te,
        "document",
    )
    label(
        c,
        "document.pdf",
        "tussentijdse_evaluatie",
        te,
        "Word printed by LibreOffice",
        "meaningless file name document.pdf",
    )

    # medical letter forwarded by employee
    mi = day(B0, 120)
    mi_page = g.render_page(
        [
            "Praktijk Kalmoes – GZ-psychologen  ·  Lindelaan 9  ·  Emmerhout",
            "",
            f"Aan: bedrijfsarts Y. Bergsma        Datum: {dmy(mi)}",
            f"Betreft: mevrouw M. Haddou, geb. 02-09-1988, BSN {bB}",
            "",
            "Geachte collega,",
            "Mevrouw is bij ons in behandeling sinds december. Diagnose: aanpassingsstoornis met gemengde angst en depressieve stemming "
            "(DSM-5 F43.23). Zij volgt een traject van 12 gesprekken cognitieve gedragstherapie. Medicatie: sertraline 50 mg via de huisarts.",
            "De prognose is gunstig. Wij adviseren de opbouw in rustig werk voort te zetten.",
            "",
            "Met collegiale groet,",
            "drs. T. Wevers, GZ-psycholoog",
        ],
        seed=201,
        serif=True,
    )
    g.scan_pdf([mi_page], WORK / "b_mi.pdf")
    g.make_eml(
        FILES / c / "mail/FW brief psycholoog.eml",
        "Malika Haddou <malika.haddou@kpn-post.example>",
        "Carla Mulder <c.mulder@zilverschoon-apotheken.example>",
        "FW: brief psycholoog",
        maildate(day(mi, 2), 20, 14),
        "Hoi Carla, hierbij de brief van mijn psycholoog, misschien handig voor het dossier. Groetjes Malika",
        attachments=[("brief psycholoog.pdf", (WORK / "b_mi.pdf").read_bytes(), "application/pdf")],
        tag="b4",
    )
    label(
        c,
        "mail/FW brief psycholoog.eml",
        "",
        None,
        "Outlook eml covering mail",
        "covering mail by the employee, no RIV document itself",
    )
    label(
        c,
        "mail/FW brief psycholoog.eml::brief psycholoog.pdf",
        "medische_informatie",
        mi,
        "image-only scan PDF as attachment",
        "treating psychologist's letter with diagnosis and medication in the employer's folder (DOMAIN 5.1 and 5.3), not written by the bedrijfsarts",
    )

    bpva = day(B0, 182)
    g.write_docx(
        FILES / c / "Bijstelling plan van aanpak.docx",
        [
            "# Bijstelling plan van aanpak",
            f"Medewerker: Malika Haddou – BSN {bB} – apothekersassistent",
            f"Datum: {dmy(bpva)}",
            "Aanleiding: de opbouw aan de balie lukt niet; na drie weken met baliewerk namen de klachten weer toe. Partijen verschillen van mening over de vraag of baliewerk passend is.",
            "## Gewijzigde afspraken",
            "- Malika werkt 16 uur in de backoffice en de herhaalservice, zonder balie.",
            "- Wij vragen UWV om een deskundigenoordeel over de vraag of baliewerk passend is.",
            "- Casemanager blijft Carla Mulder.",
            "Handtekening werkgever: J. Tiel      Handtekening werknemer: M. Haddou",
        ],
        "Carla Mulder",
        bpva,
    )
    label(
        c, "Bijstelling plan van aanpak.docx", "bijstelling_plan_van_aanpak", bpva, "python-docx Word", "standard title"
    )

    do = day(B0, 236)
    p1 = g.render_page(
        [
            "UWV  ·  Postbus 58285  ·  1040 HG Amsterdam",
            "",
            "Zilverschoon Apotheken B.V.",
            "t.a.v. de heer J. Tiel",
            "Brink 2, 7811 AA Emmerhout",
            "",
            f"Datum: {nl(do)}      Ons kenmerk: DO-23-77412",
            f"Onderwerp: deskundigenoordeel over mevrouw M. Haddou, BSN {bB}",
            "",
            "# Deskundigenoordeel",
            "U heeft ons gevraagd of het werk als apothekersassistent aan de balie passend is voor uw werknemer.",
            "Ons oordeel: het werk aan de balie is op dit moment niet passend. Het werk in de backoffice en de herhaalservice is wel passend, "
            "tot 20 uur per week. De re-integratie-inspanningen van werkgever zijn tot nu toe voldoende.",
            "Dit oordeel is gegeven door een verzekeringsarts en een arbeidsdeskundige van het Uitvoeringsinstituut Werknemersverzekeringen.",
            "",
            "Met vriendelijke groet,",
            "mr. H. Roozendaal, arbeidsdeskundige UWV",
        ],
        seed=206,
        stamp=stamp(day(do, 4)),
    )
    g.scan_pdf([p1], FILES / c / "Deskundigenoordeel UWV.pdf")
    label(
        c,
        "Deskundigenoordeel UWV.pdf",
        "deskundigenoordeel",
        do,
        "image-only scan PDF",
        "received stamp four days after the letter date",
    )

    zm = day(B0, 290)
    lo_doc(
        c,
        "ziekmelding 42 weken.pdf",
        [
            "Salarisbureau Oosterveld – namens Zilverschoon Apotheken B.V.",
            "# Ziekmelding bij UWV (42e-weeksmelding)",
            (
                "table",
                [
                    ["Werknemer", "M. Haddou"],
                    ["BSN", bB],
                    ["Eerste ziektedag", dmy(B0)],
                    ["Gedeeltelijk hersteld", "ja, 16 van 28 uur"],
                    ["Datum melding", dmy(zm)],
                    ["Loonheffingennummer", "8520.11.673.L01"],
                ],
            ),
            "De melding is via het werkgeversportaal verstuurd. Bevestiging volgt.",
            f"Oosterveld, {dmy(zm)}",
        ],
        "Salarisbureau Oosterveld",
        zm,
        "Ziekmelding UWV",
    )
    label(
        c,
        "ziekmelding 42 weken.pdf",
        "ziekmelding_uwv",
        zm,
        "Word printed by LibreOffice",
        "payroll office's record of the 42nd-week report",
    )

    eje = day(B0, 350)
    g.write_docx(
        FILES / c / "Evaluatie eerste jaar Malika.docx",
        [
            "# Evaluatie na het eerste ziektejaar",
            f"Malika Haddou, BSN {bB}. Gesprek op {dmy(eje)} met Jeroen Tiel en Carla Mulder.",
            "## Hoe ging het eerste jaar?",
            "Malika werkt 20 uur in de backoffice. Baliewerk is volgens het deskundigenoordeel van UWV niet passend.",
            "## Wat willen we in het tweede jaar bereiken?",
            "Structureel 20 uur backoffice in De Brink. Omdat er geen 28 uur passend werk is, start een tweede spoor via Padwijzer Loopbaan & Werk.",
            "## Visie werkgever",
            "Wij bieden de 20 uur blijvend aan.",
            "## Visie werknemer",
            "Ik wil graag blijven en sta open voor extra uren elders.",
            "Getekend: J. Tiel (werkgever), M. Haddou (werknemer)",
        ],
        "Carla Mulder",
        eje,
    )
    label(
        c,
        "Evaluatie eerste jaar Malika.docx",
        "eerstejaarsevaluatie",
        eje,
        "python-docx Word",
        "no standard title (Evaluatie na het eerste ziektejaar)",
    )

    tp = day(B0, 393)
    g.wkhtml(
        g.portal_html(
            "Padwijzer Loopbaan & Werk",
            "#5b3d8a",
            "Cliëntportaal · Intake en plan",
            "Intakeverslag en trajectplan 2e spoor",
            [
                ("Cliënt", "M. Haddou"),
                ("BSN", bB),
                ("Werkgever", "Zilverschoon Apotheken B.V."),
                ("Datum", dmy(tp)),
                ("Consulent", "R. Hamstra"),
            ],
            [
                "## Persoonsprofiel",
                "Ervaren apothekersassistente, nauwkeurig, goed met farmaceutische software. Drukke klantcontacten vermijden.",
                "## Zoekprofiel",
                "Backoffice in een ziekenhuisapotheek, receptverwerking bij een centrale, administratie in de zorg, 8 uur naast 20 uur bij de eigen werkgever.",
                "## Plan",
                "- arbeidsmarktoriëntatie (4 weken)",
                "- sollicitatietraining",
                "- vacatures en netwerk; rapportage elke 2 maanden",
            ],
            "Padwijzer Loopbaan & Werk · Emmerhout",
        ),
        FILES / c / "Padwijzer intake en plan.pdf",
        WORK,
        "Intakeverslag en trajectplan",
    )
    label(
        c,
        "Padwijzer intake en plan.pdf",
        "trajectplan_tweede_spoor",
        tp,
        "wkhtmltopdf portal print",
        "intake and plan in one",
    )

    # combined arbodienst export: AO then MI
    ao = day(B0, 612)
    parts = []
    for i, (title, blocks) in enumerate(
        [
            (
                "Actueel oordeel",
                [
                    f"Werknemer: M. Haddou, BSN {bB}",
                    f"Datum: {dmy(ao)}",
                    "Stand van zaken: mevrouw werkt structureel 20 uur in de backoffice van de eigen apotheek.",
                    "Belastbaarheid: geen werk met veel klantcontact of tijdsdruk; verder geen beperkingen voor de backoffice tot 20 uur.",
                    "Arbeidsrelatie: goed.",
                    "Passende arbeid bij de werkgever: 20 uur backoffice, meer is er niet.",
                    "Y. Bergsma, bedrijfsarts (BIG 89011452301) – ten behoeve van de WIA-aanvraag",
                ],
            ),
            (
                "Medische informatie",
                [
                    "MEDISCH GEHEIM – uitsluitend voor de verzekeringsarts UWV",
                    f"Werknemer: M. Haddou, BSN {bB}",
                    "Diagnose: aanpassingsstoornis, in remissie. Behandeling: CGT afgerond. Medicatie afgebouwd.",
                    "Y. Bergsma, bedrijfsarts",
                ],
            ),
        ]
    ):
        src = WORK / f"b_comb_{i}.docx"
        g.write_docx(src, ["Bedrijfsartsenpraktijk Weidezoom", f"# {title}", *blocks], "Y. Bergsma", ao)
        out = WORK / f"b_comb_{i}.pdf"
        LO.add(src, out, title)
        parts.append(out)
    PENDING.append(("b_comb", ao, parts))

    er = day(B0, 606)
    lo_doc(
        c,
        "Padwijzer eindrapportage.pdf",
        [
            "Padwijzer Loopbaan & Werk",
            "# Eindrapportage 2e spoor",
            f"Cliënt: M. Haddou   BSN {bB}   Datum: {dmy(er)}   Consulent: R. Hamstra",
            "## Resultaat traject",
            "Geen plaatsing elders. Wel een werkervaringsplek van 6 weken bij een centrale receptverwerking; die kon niet worden omgezet in een contract.",
            "## Inspanningen",
            "24 sollicitaties, 3 gesprekken, 6 netwerkgesprekken.",
            "## Afsluiting en advies",
            "Het traject wordt afgesloten in verband met de WIA-aanvraag. Advies: de 20 uur bij de eigen werkgever behouden.",
        ],
        "R. Hamstra",
        er,
        "Eindrapportage 2e spoor",
    )
    label(
        c,
        "Padwijzer eindrapportage.pdf",
        "eindrapportage_tweede_spoor",
        er,
        "Word printed by LibreOffice",
        "standard title",
    )

    uw = day(B0, 611)
    p = g.render_page(
        [
            "UWV  ·  Postbus 58285  ·  1040 HG Amsterdam",
            "",
            "Mevrouw M. Haddou",
            "Kastanjelaan 17, 7812 PT Emmerhout",
            "",
            f"Datum: {nl(uw)}",
            f"Burgerservicenummer: {bB}",
            "",
            "# U kunt een WIA-uitkering aanvragen",
            f"U bent sinds {nl(B0)} ziek. Over ongeveer 16 weken bent u 2 jaar ziek. Dan kunt u misschien een WIA-uitkering krijgen. "
            "Vraag de uitkering uiterlijk 11 weken voor het einde van de wachttijd aan. Uw werkgever stuurt het re-integratieverslag.",
            "",
            "Met vriendelijke groet,",
            "UWV",
        ],
        seed=211,
        stamp=stamp(day(uw, 3)),
        hand=[(12, f"kopie naar Carla {day(uw, 4).day}/{day(uw, 4).month} - MH")],
    )
    g.scan_pdf([p], FILES / c / "AO.pdf")
    label(
        c,
        "AO.pdf",
        "uwv_correspondentie",
        uw,
        "image-only scan PDF with handwriting",
        "misleading name AO.pdf holds the UWV week-88 WIA letter, received stamp and a handwritten note",
    )

    ev = day(B0, 630)
    pg1 = g.render_page(
        [
            "Zilverschoon Apotheken B.V.",
            "# Eindevaluatie",
            f"Medewerker: M. Haddou    BSN: {dotted(bB)}    Datum: {dmy(ev)}",
            "Aard van het bedrijf: keten van negen openbare apotheken in Drenthe, 84 medewerkers.",
            "Terugblik: na twee jaar werkt Malika structureel 20 van 28 uur in de backoffice. Het tweede spoor leverde geen plaatsing op.",
            "Kwaliteit van de arbeidsrelatie: goed, ook na het verschil van mening over het baliewerk.",
            "Passende arbeid: 20 uur backoffice; baliewerk is niet passend (deskundigenoordeel UWV).",
            "Deze evaluatie is gebaseerd op het actueel oordeel van de bedrijfsarts en hoort bij de WIA-aanvraag.",
            "",
            "(zie volgende pagina voor ondertekening)",
        ],
        seed=212,
        hand=[(6, "+ 4 uur herhaalservice mogelijk vanaf jan? JT")],
    )
    g.scan_pdf([pg1], FILES / c / "Eindevaluatie Haddou p1.pdf")
    label(
        c,
        "Eindevaluatie Haddou p1.pdf",
        "eindevaluatie",
        ev,
        "image-only scan PDF with handwriting",
        "page 1 of a two-page document whose signature page is a separate phone photo",
    )
    sig = g.render_page(
        [
            "Eindevaluatie M. Haddou – pagina 2 van 2",
            "",
            "# Ondertekening",
            "Werkgever: J. Tiel, regiomanager",
            f"Datum: {dmy(ev)}        Handtekening: ______________________",
            "",
            "Werknemer: M. Haddou",
            f"Datum: {dmy(ev)}        Handtekening: ______________________",
        ],
        seed=213,
        hand=[(4, "J.Tiel"), (7, "M. Haddou")],
    )
    g.photo_of_page(sig, 214, FILES / c / "IMG_4471.jpg")
    label(
        c,
        "IMG_4471.jpg",
        "eindevaluatie",
        ev,
        "Pillow phone photo",
        "signature page of the eindevaluatie photographed separately - debatable, labelled as the document it belongs to",
    )

    ow = day(B0, 638)
    g.make_eml(
        FILES / c / "mail/RE re-integratieverslag ter inzage.eml",
        "Malika Haddou <malika.haddou@kpn-post.example>",
        "Carla Mulder <c.mulder@zilverschoon-apotheken.example>",
        "RE: re-integratieverslag ter inzage",
        maildate(ow, 21, 3),
        "Hoi Carla,\n\nIk heb alles doorgelezen. Mijn mening over het verslag:\n"
        "- Het klopt dat ik 20 uur werk en dat het tweede spoor niets heeft opgeleverd.\n"
        "- Ik ben het niet eens met de zin dat het verschil van mening over de balie 'opgelost' is. Ik heb me lang onder druk gezet gevoeld.\n"
        "- Voor de rest ben ik het eens met het verslag.\n\nMalika Haddou\nBSN " + bB,
        tag="b14",
        quoted=f"Van: Carla Mulder\nVerzonden: {dmy(day(ow, -4))}\nOnderwerp: re-integratieverslag ter inzage\n\n"
        "Beste Malika, hierbij alle stukken voor je WIA-aanvraag. Wil je laten weten of je het ermee eens bent? Groet, Carla",
    )
    label(
        c,
        "mail/RE re-integratieverslag ter inzage.eml",
        "oordeel_werknemer",
        ow,
        "Outlook eml reply chain",
        "employee's view as a reply, HR's request quoted below",
    )

    lo_doc(
        c,
        "functieomschrijving apothekersassistent.pdf",
        [
            "Zilverschoon Apotheken B.V.",
            "# Functieomschrijving apothekersassistent",
            "Doel: veilige en klantvriendelijke terhandstelling van geneesmiddelen.",
            "- receptverwerking en medicatiebewaking",
            "- balie en telefonische service",
            "- bereiden en voorraadbeheer",
            "Functieschaal 5 cao apotheken. Vastgesteld 2019.",
        ],
        "HR",
        dt.date(2019, 3, 1),
        "Functieomschrijving",
    )
    label(
        c,
        "functieomschrijving apothekersassistent.pdf",
        "",
        None,
        "Word printed by LibreOffice",
        "job description, no RIV document",
    )


def finish_b(ao: dt.date, parts: list[Path]) -> None:
    g.concat_pdfs(parts, FILES / B / "Alle documenten dossier 2025-044.pdf", "LibreOffice 7.4")
    label(
        B,
        "Alle documenten dossier 2025-044.pdf",
        "actueel_oordeel",
        ao,
        "LibreOffice PDFs merged by the arbodienst",
        "combined export AO then medische informatie labelled by the FIRST document - the MI inside must not be held by the employer",
    )


# =====================================================================================================
# Case C — football club
# =====================================================================================================
C = "FC Roodhaven - R. Tuinstra"
C0 = dt.date(2024, 1, 29)
bC = BSN["C"]
ARBODELTA = ("ArboDelta  ·  Mijn Verzuim", "#0b5d8c")


def case_c() -> None:
    c = C
    pa = day(C0, 36)
    g.wkhtml(
        g.portal_html(
            ARBODELTA[0],
            ARBODELTA[1],
            "Werkgeversweergave · FC Roodhaven N.V.",
            "Advies bedrijfsarts na spreekuur",
            [
                ("Medewerker", "R. Tuinstra"),
                ("BSN", bC),
                ("Functie", "materiaalman eerste elftal, 38 uur"),
                ("Eerste verzuimdag", dmy(C0)),
                ("Spreekuur", dmy(pa)),
                ("Bedrijfsarts", "K. Amrani, BIG 29044781001"),
            ],
            [
                "## Probleemanalyse",
                "Dreigend langdurig verzuim na een knie-operatie. Beperkt voor lopen op ongelijke ondergrond, trappen, knielen en tillen van kisten met tenues en ballen.",
                "## Mogelijkheden",
                "Zittend werk is mogelijk: kledingadministratie, bestellingen, was-planning, 4 x 3 uur.",
                "## Verwachting",
                "Herstel in 4 tot 6 maanden verwacht; terugkeer in eigen werk waarschijnlijk.",
                "## Advies",
                "- Plan van aanpak binnen 2 weken",
                "- Start zittend werk op de club",
                "- Controle over 6 weken",
            ],
            f"Afgedrukt {dmy(pa)} · ArboDelta B.V.",
        ),
        FILES / c / f"PA {dmy(pa)}.pdf",
        WORK,
        "Advies bedrijfsarts",
    )
    label(
        c,
        f"PA {dmy(pa)}.pdf",
        "probleemanalyse",
        pa,
        "wkhtmltopdf portal print",
        "title names advice after the consult, the word probleemanalyse only as a heading",
    )

    pva = day(pa, 9)
    g.write_docx(
        FILES / c / "Plan van Aanpak.docx",
        [
            "FC ROODHAVEN N.V. – Bedrijfsvoering",
            "# Plan van aanpak re-integratie",
            f"Naam: Ronald Tuinstra – BSN {bC} – materiaalman – 38 uur",
            f"Eerste ziektedag: {dmy(C0)}   Casemanager: Marleen Dijkgraaf (hoofd bedrijfsvoering)",
            "## Re-integratiedoel",
            "Terug in eigen werk als materiaalman bij het eerste elftal, voor de start van het nieuwe seizoen.",
            "## Activiteiten en termijnen",
            "- week 8-12: kledingadministratie en bestellingen op kantoor, 4 x 3 uur",
            "- vanaf week 12: ook was-planning en uitgifte in de kleedkamer (zonder trappen)",
            "- fysiotherapie in eigen tijd",
            "## Evaluatiemomenten",
            "Elke 6 weken met Marleen; eerste keer " + dmy(day(pva, 42)),
            "## Visie werkgever",
            "Ronald is onmisbaar op de wedstrijddagen; we willen hem terug.",
            "## Visie werknemer",
            "Ik wil zo snel mogelijk weer bij de selectie zijn.",
            f"Roodhaven, {dmy(pva)}",
            "M. Dijkgraaf (werkgever)                R. Tuinstra (werknemer)",
        ],
        "Marleen Dijkgraaf",
        pva,
    )
    label(c, "Plan van Aanpak.docx", "plan_van_aanpak", pva, "python-docx Word", "standard title")

    te = day(pva, 44)
    g.make_eml(
        FILES / c / "mail/even bijpraten.eml",
        "Marleen Dijkgraaf <m.dijkgraaf@fcroodhaven.example>",
        "Ronald Tuinstra <ronald.tuinstra@fcroodhaven.example>",
        "even bijpraten - hoe staat het ervoor",
        maildate(te, 12, 44),
        "Ronald,\n\nDank voor het gesprek vanochtend. Kort wat we zagen:\n"
        "Je zit nu op 16 uur, kantoor en was-planning gaan prima. De kleedkamer gaat nog niet, de trappen naar het souterrain zijn te zwaar. "
        "We houden de afspraken zoals ze zijn en zetten een traplift-oplossing niet door (te duur). Over zes weken weer.\n\n"
        f"Marleen\n\nR. Tuinstra, BSN {bC}",
        html_body="<html><body><p>Ronald,</p><p>Dank voor het gesprek vanochtend. Kort wat we zagen:</p>"
        "<p>Je zit nu op 16 uur, kantoor en was-planning gaan prima. De kleedkamer gaat nog niet, de trappen naar het souterrain zijn te zwaar. "
        "We houden de afspraken zoals ze zijn en zetten een traplift-oplossing niet door (te duur). Over zes weken weer.</p>"
        f"<p>Marleen</p><p style='color:#888'>R. Tuinstra, BSN {bC}</p></body></html>",
        tag="c3",
    )
    label(
        c,
        "mail/even bijpraten.eml",
        "tussentijdse_evaluatie",
        te,
        "Outlook eml multipart/alternative",
        "evaluation as an untitled chatty mail",
    )

    bpa = day(C0, 152)
    g.make_eml(
        FILES / c / "mail/advies na spreekuur.eml",
        "K. Amrani <k.amrani@arbodelta.example>",
        "Marleen Dijkgraaf <m.dijkgraaf@fcroodhaven.example>",
        f"Advies na spreekuur R. Tuinstra {dmy(bpa)}",
        maildate(bpa, 15, 20),
        "Geachte mevrouw Dijkgraaf,\n\nIk heb de heer Tuinstra vandaag gezien. Het herstel van de knie verloopt trager dan bij de probleemanalyse verwacht, "
        "er is een tweede ingreep gepland. Ik stel mijn advies bij: de belastbaarheid is herzien, lopen is beperkt tot 15 minuten aaneen en trappen "
        "en knielen zijn de komende 4 maanden niet mogelijk. Het werk op kantoor (16 uur) kan doorgaan. Terugkeer in het eigen werk verwacht ik nu "
        "pas na de zomer. Bijgaand het inzetbaarheidsprofiel komt apart via het portaal.\n\n"
        f"Met vriendelijke groet,\nK. Amrani, bedrijfsarts ArboDelta (BIG 29044781001)\nBetreft: R. Tuinstra, BSN {bC}",
        tag="c5",
    )
    label(
        c,
        "mail/advies na spreekuur.eml",
        "bijstelling_probleemanalyse",
        bpa,
        "Outlook eml plain text",
        "bijstelling in a bedrijfsarts mail without the title, mentions the inzetbaarheidsprofiel",
    )

    izp = bpa
    lo_doc(
        c,
        "Inzetbaarheidsprofiel.pdf",
        [
            "ArboDelta B.V.",
            "# Inzetbaarheidsprofiel",
            f"Medewerker: R. Tuinstra  BSN {bC}  Datum: {dmy(izp)}  Bedrijfsarts: K. Amrani",
            (
                "table",
                [
                    ["Rubriek", "Beoordeling"],
                    ["1 Persoonlijk functioneren", "normaal"],
                    ["2 Sociaal functioneren", "normaal"],
                    ["3 Fysieke omgevingseisen", "geen beperking"],
                    ["4 Dynamische handelingen", "lopen max 15 min; geen trappen; niet knielen"],
                    ["5 Statische houdingen", "staan max 20 min"],
                    ["6 Werktijden", "geen beperking, 16 uur opbouwend"],
                ],
            ),
        ],
        "K. Amrani",
        izp,
        "Inzetbaarheidsprofiel",
    )
    label(
        c,
        "Inzetbaarheidsprofiel.pdf",
        "inzetbaarheidsprofiel",
        izp,
        "Word printed by LibreOffice",
        "table of rubrieken",
    )

    zm = day(C0, 292)
    lo_doc(
        c,
        "42e week melding.pdf",
        [
            "Loonadministratie FC Roodhaven N.V.",
            "# Bevestiging ziekmelding UWV",
            f"Wij hebben op {dmy(zm)} de ziekmelding (aangifte langdurige ziekte, 42e week) van onderstaande werknemer bij UWV gedaan.",
            (
                "table",
                [
                    ["Werknemer", "R. Tuinstra"],
                    ["BSN", bC],
                    ["Eerste ziektedag", dmy(C0)],
                    ["Loonheffingennummer", "0032.48.117.L01"],
                    ["Kenmerk UWV", "ZM-2024-1142098"],
                ],
            ),
        ],
        "Loonadministratie",
        zm,
        "Ziekmelding UWV",
    )
    label(
        c,
        "42e week melding.pdf",
        "ziekmelding_uwv",
        zm,
        "Word printed by LibreOffice",
        "internal confirmation of the 42nd-week report",
    )

    # combined export: AD-rapport, EJE, bijstelling PvA
    ad = day(C0, 341)
    eje = day(C0, 349)
    bpva = eje
    parts = []
    for i, (title, fields, blocks) in enumerate(
        [
            (
                "Arbeidsdeskundig onderzoek",
                [
                    ("Medewerker", "R. Tuinstra"),
                    ("BSN", bC),
                    ("Datum rapport", dmy(ad)),
                    ("Arbeidsdeskundige", "B. Hoogland, register-arbeidsdeskundige ArboDelta"),
                ],
                [
                    "## Belasting en belastbaarheid",
                    "Het eigen werk als materiaalman vraagt veel lopen, trappen (souterrain, tribune) en tillen van kisten tot 25 kg. Dat past niet bij de huidige belastbaarheid.",
                    "## Conclusie",
                    "Eigen werk op termijn geschikt na herstel; nu niet. Aangepast werk: kledingadministratie, bestellingen, uitgifte op de begane grond. Loonwaarde circa 70 %.",
                    "## Advies",
                    "Spoor 1 voortzetten met aangepast werk; spoor 2 niet nodig zolang terugkeer binnen 3 maanden na de eerstejaarsevaluatie realistisch is.",
                ],
            ),
            (
                "Eerstejaarsevaluatie",
                [("Medewerker", "R. Tuinstra"), ("BSN", bC), ("Datum", dmy(eje))],
                [
                    "Terugblik eerste ziektejaar: opbouw tot 24 uur aangepast werk. Beoogd resultaat tweede ziektejaar: eigen werk 38 uur. Geen tweede spoor, gemotiveerd met het AD-rapport.",
                    "Visie werkgever en werknemer: beide eens met dit doel.",
                ],
            ),
            (
                "Bijstelling plan van aanpak",
                [("Medewerker", "R. Tuinstra"), ("Datum", dmy(bpva))],
                [
                    "Nieuw doel: eigen werk met aanpassing (uitgifte op de begane grond, hulp bij het sjouwen van kisten). Opbouw naar 38 uur voor 1 juli."
                ],
            ),
        ]
    ):
        h = g.portal_html(
            ARBODELTA[0],
            ARBODELTA[1],
            f"Dossierexport FC Roodhaven N.V. · {i + 1}/3",
            title,
            fields,
            blocks,
            "ArboDelta B.V.",
        )
        p = WORK / f"c_exp_{i}.pdf"
        g.wkhtml(h, p, WORK, title)
        parts.append(p)
    g.concat_pdfs(parts, FILES / c / "Alle documenten dossier 2025-0307.pdf", "Qt 5.15.8")
    label(
        c,
        "Alle documenten dossier 2025-0307.pdf",
        "arbeidsdeskundig_rapport",
        ad,
        "wkhtmltopdf portal export",
        "combined export AD-rapport then EJE then bijstelling PvA labelled by the FIRST document",
    )

    mi = day(C0, 612)
    p = g.render_page(
        [
            "ArboDelta B.V.  ·  Medische dienst",
            "",
            "# Medische informatie",
            "MEDISCH GEHEIM – alleen voor de verzekeringsarts van UWV",
            f"Werknemer: R. Tuinstra    BSN: {bC}    Datum: {dmy(mi)}",
            "",
            "Diagnose: voorste kruisbandruptuur links met meniscusletsel; reconstructie maart 2024, revisie juli 2024.",
            "Behandelaar: orthopedisch chirurg, sportmedisch centrum. Fysiotherapie 2x per week.",
            "Beloop: langzaam herstel; restklachten bij trappen en knielen.",
            "",
            "K. Amrani, bedrijfsarts (BIG 29044781001)",
        ],
        seed=309,
        stamp=stamp(day(mi, 2)),
    )
    g.scan_pdf([p], FILES / c / "scan_medisch.pdf")
    label(
        c,
        "scan_medisch.pdf",
        "medische_informatie",
        mi,
        "image-only scan PDF",
        "medical information scanned into the employer's folder (DOMAIN 5.1) with received stamp",
    )

    ao = day(C0, 611)
    g.wkhtml(
        g.portal_html(
            ARBODELTA[0],
            ARBODELTA[1],
            "Werkgeversweergave · FC Roodhaven N.V.",
            "Actueel oordeel",
            [("Medewerker", "R. Tuinstra"), ("BSN", bC), ("Datum", dmy(ao)), ("Bedrijfsarts", "K. Amrani")],
            [
                "De heer Tuinstra werkt 30 uur in aangepast eigen werk. Belastbaarheid: niet knielen, trappen beperkt, tillen tot 15 kg.",
                "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: ja, 30 uur aangepast werk als materiaalman.",
                "Opgesteld voor de WIA-aanvraag, zonder medische gegevens.",
            ],
            "ArboDelta B.V.",
        ),
        FILES / c / "AO bedrijfsarts.pdf",
        WORK,
        "Actueel oordeel",
    )
    label(
        c,
        "AO bedrijfsarts.pdf",
        "actueel_oordeel",
        ao,
        "wkhtmltopdf portal print",
        "AO abbreviation in name is correct here",
    )

    uw = day(C0, 610)
    up = g.render_page(
        [
            "UWV",
            "",
            "De heer R. Tuinstra",
            "Duinroosstraat 44, 3191 GK Roodhaven",
            "",
            f"Datum: {nl(uw)}",
            f"Burgerservicenummer: {bC}",
            "",
            "# Aanvraag WIA-uitkering",
            "U bent bijna 2 jaar ziek. U kunt een WIA-uitkering aanvragen. Doe dat op tijd: uiterlijk 11 weken voor het einde van de wachttijd. "
            "Uw werkgever maakt samen met u het re-integratieverslag.",
            "",
            "Met vriendelijke groet,",
            "UWV",
        ],
        seed=310,
    )
    g.photo_of_page(up, 311, FILES / c / "WhatsApp Image 2025-10-07 at 19.22.41.jpeg")
    label(
        c,
        "WhatsApp Image 2025-10-07 at 19.22.41.jpeg",
        "uwv_correspondentie",
        uw,
        "Pillow phone photo via WhatsApp",
        "UWV week-88 letter photographed by the employee, file name carries the forward date",
    )

    ev = day(C0, 627)
    g.write_docx(
        FILES / c / "Terugblik twee jaar Ronald.docx",
        [
            "FC ROODHAVEN N.V.",
            "# Terugblik op twee jaar",
            f"Ronald Tuinstra (BSN {bC}), {dmy(ev)}. Opgesteld door Marleen Dijkgraaf met Ronald, op basis van het actueel oordeel van de bedrijfsarts.",
            "Aard van het bedrijf: betaald-voetbalorganisatie met een eerste elftal, jeugdopleiding en stadionexploitatie, 95 medewerkers.",
            "Ronald werkt 30 van 38 uur in zijn eigen werk, aangepast: uitgifte op de begane grond en een jeugdspeler helpt met de kisten.",
            "Arbeidsrelatie: uitstekend. Passende arbeid: de 30 uur blijven; volledige terugkeer lukt niet.",
            "Ronald vraagt een WIA-uitkering aan voor de overige uren.",
            "Getekend: M. Dijkgraaf / R. Tuinstra",
        ],
        "Marleen Dijkgraaf",
        ev,
    )
    label(
        c,
        "Terugblik twee jaar Ronald.docx",
        "eindevaluatie",
        ev,
        "python-docx Word",
        "eindevaluatie without its standard title",
    )

    ow = day(C0, 634)
    p = g.render_page(
        [
            "# Oordeel werknemer",
            "Over het re-integratieverslag van: R. Tuinstra",
            f"BSN: {bC}",
            "",
            "Bent u het eens met de inhoud van het re-integratieverslag?   [X] ja   [ ] nee   [ ] gedeeltelijk",
            "Toelichting:",
            "",
            "",
            "",
            f"Datum: {dmy(ow)}           Handtekening:",
        ],
        seed=312,
        hand=[(6, "Alleen de 30 uur vind ik soms te veel op wedstrijddagen."), (9, "R. Tuinstra")],
    )
    g.scan_pdf([p], FILES / c / "oordeel werknemer.pdf")
    label(
        c,
        "oordeel werknemer.pdf",
        "oordeel_werknemer",
        ow,
        "image-only scan PDF with handwriting",
        "form filled in by hand",
    )

    (FILES / c / "kledingbestelling seizoen 25-26.txt").write_text(
        "Bestelling teamkleding seizoen 2025-2026 (Ronald)\n\n- 40 wedstrijdshirts thuis\n- 40 wedstrijdshirts uit\n"
        "- 60 trainingspakken\n- 200 paar sokken\n\nLevering voor 1 juli op de begane grond (Ronald kan niet naar het souterrain).\n",
        encoding="utf-8",
    )
    label(c, "kledingbestelling seizoen 25-26.txt", "", None, "plain txt", "work paper mentioning the limitation")
    g.make_eml(
        FILES / c / "mail/kaarten thuiswedstrijd.eml",
        "Secretariaat FC Roodhaven <secretariaat@fcroodhaven.example>",
        "Ronald Tuinstra <ronald.tuinstra@fcroodhaven.example>",
        "kaarten thuiswedstrijd zaterdag",
        maildate(day(C0, 560), 10, 2),
        "Hoi Ronald, je vroeg om 4 kaarten voor zaterdag, ze liggen bij de receptie. Beterschap met je knie nog! Gr. Ans",
        tag="c14",
    )
    label(
        c,
        "mail/kaarten thuiswedstrijd.eml",
        "",
        None,
        "Outlook eml plain text",
        "chatter mentioning the knee, no RIV document",
    )


# =====================================================================================================
# Case D — notary's office
# =====================================================================================================
D = "Notariskantoor Ter Wolde en Brinkman - E. Vos"
D0 = dt.date(2024, 6, 17)
bD = BSN["D"]


def case_d() -> None:
    c = D
    pa = day(D0, 38)
    p = g.render_page(
        [
            "Praktijk voor Arbeid & Gezondheid J.H. Feenstra, bedrijfsarts",
            "Molenweg 5  ·  8401 ZT Wijdemeer",
            "",
            "Notariskantoor Ter Wolde & Brinkman, t.a.v. de heer G.J. Ploeg",
            "",
            f"Wijdemeer, {nl(pa)}",
            f"Inzake: mevrouw E. Vos, notarieel medewerker onroerend goed, BSN {bD}",
            "",
            "Geachte heer Ploeg,",
            "Mevrouw Vos is sinds 17 juni arbeidsongeschikt. Ik verwacht dat het verzuim langer dan 6 weken duurt; daarom geef ik hierbij mijn "
            "oordeel en advies (probleemanalyse). Zij heeft ernstige vermoeidheids- en concentratieklachten. Beperkingen: geen werk met hoge "
            "concentratie langer dan een uur, geen deadlines, maximaal 2 uur per dag. Mogelijkheden: eenvoudig administratief werk thuis of op kantoor.",
            "Prognose: herstel verloopt naar verwachting traag, over 6 maanden 50 % werkhervatting.",
            "Advies: maak samen met mevrouw binnen twee weken een plan van aanpak.",
            "",
            "Hoogachtend, J.H. Feenstra, bedrijfsarts (BIG 59033217801)",
        ],
        seed=401,
        fax=f"{dmy(pa)} 16:03  FEENSTRA ARBEID&GEZ  +31 513 555 290  >> 0513 555 811  P 01/01",
        serif=True,
    )
    g.scan_pdf([p], FILES / c / f"fax bedrijfsarts {pa.day:02d}-{pa.month:02d}.pdf")
    label(
        c,
        f"fax bedrijfsarts {pa.day:02d}-{pa.month:02d}.pdf",
        "probleemanalyse",
        pa,
        "image-only fax scan PDF",
        "PA as a letter that names the probleemanalyse only in brackets, fax header line",
    )

    pva = day(pa, 13)
    (FILES / c / "Afspraken re-integratie Els.txt").write_text(
        f"Wijdemeer, {dmy(pva)}\n\nAfspraken tussen Els Vos (BSN {bD}) en het kantoor, na het advies van de bedrijfsarts\n\n"
        "Wat we willen bereiken: Els weer aan het werk als notarieel medewerker, eerst met eenvoudig werk.\n\n"
        "1. Els begint met 2 x 2 uur per week thuis: archiveren van afgewikkelde dossiers en controleren van kadasteruittreksels.\n"
        "2. Geen passeerdeadlines en geen telefoondienst.\n"
        "3. Gert-Jan Ploeg (kantoormanager) is casemanager en belt elke week even.\n"
        "4. Elke zes weken een gesprek; de eerste op " + dmy(day(pva, 42)) + ".\n"
        "5. Na drie maanden kijken we of Els weer op kantoor kan beginnen.\n\n"
        "Wat vindt het kantoor ervan: we missen Els en willen haar de tijd geven.\n"
        "Wat vindt Els ervan: ik ben blij dat ik thuis kan beginnen.\n\n"
        "Voor akkoord: G.J. Ploeg, namens mr. A. ter Wolde        E. Vos\n",
        encoding="utf-8",
    )
    label(
        c,
        "Afspraken re-integratie Els.txt",
        "plan_van_aanpak",
        pva,
        "plain txt",
        "plan without the title plan van aanpak, numbered agreements",
    )

    te = day(D0, 130)
    g.write_docx(
        FILES / c / "Gespreksverslag 2.docx",
        [
            "Notariskantoor Ter Wolde & Brinkman",
            "# Gespreksverslag",
            f"Datum: {dmy(te)}   Aanwezig: E. Vos, G.J. Ploeg   Onderwerp: voortgang re-integratie   BSN {bD}",
            "Els werkt 3 x 2 uur, sinds twee weken één ochtend op kantoor. Thuis gaat beter dan op kantoor door de drukte bij passeringen.",
            "De afspraken uit het plan zijn nagekomen.",
            "Afgesproken: de kantoorochtend houden, werkplek in de achterkamer. Volgende gesprek over 6 weken.",
        ],
        "Gert-Jan Ploeg",
        te,
    )
    label(
        c, "Gespreksverslag 2.docx", "tussentijdse_evaluatie", te, "python-docx Word", "generic title Gespreksverslag"
    )

    bpva = day(D0, 174)
    g.make_eml(
        FILES / c / "mail/RE nieuwe afspraken.eml",
        "Els Vos <els.vos@hetnet-post.example>",
        "Gert-Jan Ploeg <gj.ploeg@terwolde-brinkman.example>",
        "RE: nieuwe afspraken",
        maildate(bpva, 8, 50),
        "Gert-Jan, akkoord met de nieuwe afspraken hieronder. Els",
        tag="d4",
        quoted=f"-----Oorspronkelijk bericht-----\nVan: Gert-Jan Ploeg\nVerzonden: {dmy(day(bpva, -1))} 17:10\nAan: Els Vos\nOnderwerp: nieuwe afspraken\n\n"
        "Beste Els,\n\nDe bedrijfsarts zei dat de opbouw te snel ging. We passen ons plan van aanpak daarom aan:\n"
        "- het doel blijft je eigen werk, maar de termijn schuift op naar eind volgend jaar;\n"
        "- je werkt de komende 6 weken 3 x 2 uur, alleen thuis;\n"
        "- geen kantoorochtend meer tot de volgende evaluatie.\n"
        f"Wil je laten weten of je akkoord bent?\n\nGert-Jan Ploeg, kantoormanager\n(E. Vos, BSN {bD})",
    )
    label(
        c,
        "mail/RE nieuwe afspraken.eml",
        "bijstelling_plan_van_aanpak",
        bpva,
        "Outlook eml reply chain",
        "adjusted plan in the quoted mail, the top message only says akkoord",
    )

    zm = day(D0, 295)
    p = g.render_page(
        [
            "UWV  ·  Postbus 58285  ·  1040 HG Amsterdam",
            "",
            "Notariskantoor Ter Wolde & Brinkman",
            "Kerkstraat 8, 8401 AB Wijdemeer",
            "",
            f"Datum: {nl(day(zm, 6))}",
            "",
            "# Bevestiging ziekmelding",
            f"Wij hebben op {nl(zm)} uw ziekmelding ontvangen van uw werknemer E. Vos, BSN {bD}. De eerste ziektedag is {nl(D0)}.",
            "Binnenkort ontvangt u informatie over de eerstejaarsevaluatie.",
            "",
            "Met vriendelijke groet,",
            "UWV",
        ],
        seed=405,
        stamp=stamp(day(zm, 9)),
    )
    g.scan_pdf([p], FILES / c / "melding ziekte UWV.pdf")
    label(
        c,
        "melding ziekte UWV.pdf",
        "ziekmelding_uwv",
        day(zm, 6),
        "image-only scan PDF",
        "UWV confirmation of the 42nd-week report - the letter date is used, the report date and the stamp date are also on the page",
    )

    mi = day(D0, 203)
    p = g.render_page(
        [
            "Revalidatiecentrum De Zwaluw  ·  afdeling revalidatiegeneeskunde",
            "",
            "Aan de huisarts en de bedrijfsarts",
            f"Datum: {dmy(mi)}",
            "Patiënt: mevrouw E. Vos, geb. 11-02-1982",
            "",
            "Geachte collega's,",
            "Mevrouw werd gezien wegens post-COVID-syndroom (ICD-10 U09.9) met cognitieve klachten en inspanningsintolerantie. "
            "Zij start een poliklinisch revalidatieprogramma van 12 weken (ergotherapie, fysiotherapie, psycholoog). "
            "Aanvullend MRI-hersenen zonder afwijkingen.",
            "",
            "Met vriendelijke groet,",
            "dr. S. Kok, revalidatiearts",
        ],
        seed=406,
        serif=True,
    )
    g.photo_of_page(p, 407, FILES / c / "foto brief revalidatiearts.jpg")
    label(
        c,
        "foto brief revalidatiearts.jpg",
        "medische_informatie",
        mi,
        "Pillow phone photo",
        "specialist letter with diagnosis photographed into the employer's folder - debatable, medical data (DOMAIN 5.1) not written by the bedrijfsarts and without BSN",
    )

    eje = day(D0, 357)
    lo_doc(
        c,
        "Eerstejaarsevaluatie E. Vos.pdf",
        [
            "Notariskantoor Ter Wolde & Brinkman",
            "# Eerstejaarsevaluatie",
            (
                "table",
                [
                    ["Werknemer", "E. Vos"],
                    ["BSN", bD],
                    ["Eerste ziektedag", dmy(D0)],
                    ["Datum evaluatie", dmy(eje)],
                    ["Aanwezig", "E. Vos, G.J. Ploeg, mr. A. ter Wolde"],
                ],
            ),
            "## Terugblik eerste ziektejaar",
            "Els werkt 8 uur thuis aan eenvoudige dossiertaken. De opbouw stagneert.",
            "## Re-integratieresultaat tweede ziektejaar",
            "Binnen het kantoor is geen werk met weinig concentratie en zonder deadlines voor meer dan 8 uur. "
            "Daarom start spoor 2 via Bureau Overweg Loopbaanbegeleiding, naast de 8 uur op kantoor.",
            "## Visie werkgever",
            "Wij houden de 8 uur aan en steunen spoor 2.",
            "## Visie werknemer",
            "Ik vind spoor 2 spannend maar begrijp het.",
            "Handtekeningen: mr. A. ter Wolde, notaris            E. Vos",
        ],
        "Gert-Jan Ploeg",
        eje,
        "Eerstejaarsevaluatie",
    )
    label(
        c,
        "Eerstejaarsevaluatie E. Vos.pdf",
        "eerstejaarsevaluatie",
        eje,
        "Word printed by LibreOffice",
        "standard title",
    )

    tpd = day(D0, 392)
    g.chromium_pdf(
        g.portal_html(
            "Bureau Overweg · Deelnemersportaal",
            "#1f7a72",
            "Dossier OW-25-0219 · Trajectplan",
            "Plan van aanpak loopbaantraject",
            [
                ("Deelnemer", "E. Vos"),
                ("BSN", bD),
                ("Opdrachtgever", "Notariskantoor Ter Wolde & Brinkman"),
                ("Datum intake", dmy(day(tpd, -8))),
                ("Datum plan", dmy(tpd)),
                ("Coach", "I. Terpstra"),
            ],
            [
                "## Wie is Els?",
                "Nauwkeurig, juridisch geschoold (mbo juridisch medewerker), ervaren met kadaster en archief. Beperkte energie; werkt het best in korte blokken zonder deadlines.",
                "## Wat zoeken we?",
                "Archief- of registratiewerk bij een gemeente, rechtbank of woningcorporatie, 8 tot 12 uur, naast de 8 uur bij de eigen werkgever.",
                "## Stappen",
                "- energiedagboek en opbouw belastbaarheid (maand 1-2)",
                "- vacatures en netwerkgesprekken (maand 2-6)",
                "- proefplaatsing, rapportage elke 8 weken",
            ],
            "Bureau Overweg Loopbaanbegeleiding · Sneek",
        ),
        FILES / c / "Overweg plan van aanpak.pdf",
        WORK,
        "Plan van aanpak traject",
    )
    label(
        c,
        "Overweg plan van aanpak.pdf",
        "trajectplan_tweede_spoor",
        tpd,
        "chromium portal print",
        "second-track bureau calls its trajectplan plan van aanpak - it is no PvA under Regeling art. 4 (DOMAIN 3)",
    )

    vg = day(D0, 480)
    vg_src = WORK / "d_vg.docx"
    g.write_docx(
        vg_src,
        [
            "Bureau Overweg Loopbaanbegeleiding",
            "# Voortgangsverslag 2",
            f"Deelnemer: E. Vos   BSN {bD}   Periode: {dmy(day(vg, -56))} – {dmy(vg)}   Coach: I. Terpstra",
            "Activiteiten: belastbaarheid rustig uitgebreid; 6 vacatures besproken (archief gemeente, griffie rechtbank, administratie woningbouw); 3 sollicitaties, 1 gesprek.",
            "Inzet deelnemer: goed, houdt rekening met haar energie.",
            "Vervolg: oriënterend gesprek bij het archief van de gemeente; volgende rapportage over 8 weken.",
        ],
        "I. Terpstra",
        vg,
    )
    vg_pdf = WORK / "d_vg.pdf"
    LO.add(vg_src, vg_pdf, "Voortgangsverslag")
    PENDING.append(("d_vg", vg, vg_pdf))

    ao = day(D0, 617)
    p = g.render_page(
        [
            "Praktijk voor Arbeid & Gezondheid J.H. Feenstra, bedrijfsarts",
            "",
            f"Wijdemeer, {nl(ao)}",
            f"Betreft: actueel oordeel mevrouw E. Vos, BSN {dotted(bD)}",
            "",
            "# Actueel oordeel",
            "Stand van zaken: mevrouw werkt 8 uur bij de werkgever (dossierarchief) en 8 uur op een proefplaats bij een gemeentearchief.",
            "Belastbaarheid: geen hoge concentratie langer dan een uur, geen deadlines, werktijden maximaal 4 uur per dag.",
            "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: 8 uur archiefwerk; het eigen werk als notarieel medewerker is niet passend.",
            "Dit oordeel is bedoeld voor de WIA-aanvraag.",
            "",
            "J.H. Feenstra, bedrijfsarts",
        ],
        seed=409,
        stamp=stamp(day(ao, 2)),
        serif=True,
    )
    g.scan_pdf([p], FILES / c / "scan0007.pdf")
    label(c, "scan0007.pdf", "actueel_oordeel", ao, "image-only scan PDF", "meaningless file name, received stamp")

    ev = day(D0, 631)
    g.write_docx(
        FILES / c / "EV.docx",
        [
            "# Eindevaluatie plan van aanpak",
            f"Werknemer: Els Vos, BSN {bD}. Datum: {dmy(ev)}.",
            "Aard van het bedrijf: notariskantoor (familie- en vastgoedrecht) met 2 notarissen en 14 medewerkers.",
            "Terugblik: Els is na twee jaar niet terug in haar eigen werk. Zij werkt 8 uur archiefwerk bij ons en 8 uur op een proefplaats via spoor 2.",
            "Arbeidsrelatie: goed. Passende arbeid: bij ons alleen de 8 uur archiefwerk.",
            "Deze eindevaluatie sluit aan op het actueel oordeel van de bedrijfsarts en hoort bij de WIA-aanvraag.",
            "Ondertekend: mr. A. ter Wolde, notaris – E. Vos",
        ],
        "Gert-Jan Ploeg",
        ev,
    )
    label(c, "EV.docx", "eindevaluatie", ev, "python-docx Word", "abbreviated file name EV")

    ow = day(D0, 638)
    g.write_docx(
        FILES / c / "mijn visie.docx",
        [
            f"Els Vos – BSN {bD} – {dmy(ow)}",
            "Ik heb de stukken van het re-integratieverslag gelezen. Ik ben het grotendeels eens. Wel wil ik zeggen dat ik het eerste half jaar "
            "te weinig begeleiding had toen het thuiswerken slecht ging. Met de eindevaluatie ben ik het eens.",
            "Els Vos",
        ],
        "Els Vos",
        ow,
    )
    label(c, "mijn visie.docx", "oordeel_werknemer", ow, "python-docx Word", "untitled short view of the employee")

    g.make_eml(
        FILES / c / "mail/vrije dag 2 mei.eml",
        "Els Vos <els.vos@hetnet-post.example>",
        "Gert-Jan Ploeg <gj.ploeg@terwolde-brinkman.example>",
        "vrije dag 2 mei",
        maildate(day(D0, 670), 9, 12),
        "Hoi Gert-Jan, mag ik 2 mei vrij nemen? Mijn proefplaats is die dag dicht. Groet, Els",
        tag="d12",
    )
    label(c, "mail/vrije dag 2 mei.eml", "", None, "Outlook eml plain text", "leave request, no RIV document")


def finish_d(vg: dt.date, vg_pdf: Path) -> None:
    g.make_eml(
        FILES / D / "mail/rapportage Overweg.eml",
        "Ilse Terpstra <i.terpstra@overweg-loopbaan.example>",
        "Gert-Jan Ploeg <gj.ploeg@terwolde-brinkman.example>",
        "Rapportage E. Vos",
        maildate(day(vg, 1), 11, 30),
        "Geachte heer Ploeg,\n\nBijgaand de tweede voortgangsrapportage over mevrouw Vos.\n\nMet vriendelijke groet,\nIlse Terpstra",
        attachments=[("Voortgangsverslag 2 Vos.pdf", vg_pdf.read_bytes(), "application/pdf")],
        tag="d9",
    )
    label(D, "mail/rapportage Overweg.eml", "", None, "Outlook eml covering mail", "mail only covers the attachment")
    label(
        D,
        "mail/rapportage Overweg.eml::Voortgangsverslag 2 Vos.pdf",
        "voortgangsrapportage_tweede_spoor",
        vg,
        "Word printed by LibreOffice as mail attachment",
        "document inside a covering mail, title Voortgangsverslag",
    )


def dossier_yaml() -> None:
    (FILES / A / "dossier.yaml").write_text(
        'werknemer: {naam: "D. Stellingwerf", bsn: "%s", functie: "Verhuizer / chauffeur C"}\n'
        'werkgever: {naam: "Verhuisbedrijf Gebr. Koppelaar B.V.", loonheffingennummer: "814327904L01", '
        'aard_van_het_bedrijf: "Verhuizingen en opslag"}\n'
        'bedrijfsarts: {naam: "drs. P.J. Scholtens", organisatie: "ArboKeten Noord"}\n'
        'casemanager: {naam: "I. Wubbels"}\n'
        "eerste_ziektedag: %s\n" % (bA, A0.isoformat()),
        encoding="utf-8",
    )
    (FILES / D / "dossier.yaml").write_text(
        'werknemer: {naam: "E. Vos", bsn: "%s", functie: "Notarieel medewerker onroerend goed"}\n'
        'werkgever: {naam: "Notariskantoor Ter Wolde & Brinkman", aard_van_het_bedrijf: "Notariskantoor"}\n'
        'bedrijfsarts: {naam: "J.H. Feenstra", organisatie: "Praktijk voor Arbeid & Gezondheid Feenstra"}\n'
        'casemanager: {naam: "G.J. Ploeg"}\n'
        "eerste_ziektedag: %s\n" % (bD, D0.isoformat()),
        encoding="utf-8",
    )


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    case_a()
    case_b()
    case_c()
    case_d()
    LO.run(WORK)
    for key, when, obj in PENDING:
        if key == "a8":
            finish_a_mail(obj, when)
        elif key == "b_comb":
            finish_b(when, obj)
        elif key == "d_vg":
            finish_d(when, obj)
    dossier_yaml()
    # checks
    on_disk = {p.relative_to(FILES).as_posix() for p in FILES.rglob("*") if p.is_file() and p.name != "dossier.yaml"}
    labelled = {r["path"].split("::")[0] for r in LABELS}
    assert on_disk == labelled, on_disk ^ labelled
    for r in LABELS:
        if r["date"]:
            assert r["type"]
        assert len(r["note"].split(";")) == 3, r
    for k in BSN:
        for k2, b2 in BSN.items():
            if k != k2:
                for p in (FILES / {"A": A, "B": B, "C": C, "D": D}[k]).rglob("*"):
                    if p.suffix in (".txt", ".eml", ".yaml"):
                        assert b2 not in p.read_text(encoding="utf-8", errors="replace"), p
    LABELS.sort(key=lambda r: r["path"])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(LABELS)
    shutil.rmtree(WORK)
    print(len(LABELS), "labels")


if __name__ == "__main__":
    main()
