"""Generate findings holdout 16 (theme: the timeline). Deterministic: seeded, no clock reads.

Run:  .venv/bin/python tests/findings_holdout16/make_holdout16.py

Deletes and rewrites ``cases/`` and ``expected.yaml`` next to this file. A rerun is byte-identical.
Written from DOMAIN.md (§8), CONTRACT.md, the finding codes of docs/handleiding.md §6 and the writer API of
samples/docgen.py, without reading the rule code and without running the tool.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples"))

from docgen import (  # noqa: E402
    Bullets,
    Fields,
    Heading,
    Para,
    Sig,
    Signatures,
    Style,
    Table,
    Title,
    bsn_valid,
    fmt_bsn,
    fmt_date,
    mail_date,
    make_bsn,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
)

CASES_DIR = HERE / "cases"
RNG = random.Random(160016)

# Dutch public holidays 2024-2026 (no document is dated on one)
HOLIDAYS = {
    dt.date.fromisoformat(s)
    for s in (
        "2024-01-01 2024-03-29 2024-04-01 2024-05-09 2024-05-20 2024-12-25 2024-12-26 "
        "2025-01-01 2025-04-18 2025-04-21 2025-04-26 2025-05-05 2025-05-29 2025-06-09 2025-12-25 2025-12-26 "
        "2026-01-01 2026-04-03 2026-04-06 2026-04-27 2026-05-14 2026-05-25 2026-12-25 2026-12-26"
    ).split()
}

# six different employee BSNs, all valid
BSNS: list[str] = []
while len(BSNS) < 6:
    b = make_bsn(RNG)
    if b not in BSNS:
        BSNS.append(b)
for b in BSNS:
    assert bsn_valid(b), b

# numbers that look like a BSN but are not one: all must fail the elfproef
LOOKALIKES: list[str] = []


def lookalike(text: str) -> str:
    LOOKALIKES.append(text)
    return text


def check_lookalikes() -> None:
    for text in LOOKALIKES:
        digits = re.sub(r"\D", "", text)
        windows = {digits[:9], digits[-9:], digits}
        if len(digits) in (8, 9):
            windows.add(digits.zfill(9))
        for w in windows:
            if len(w) in (8, 9):
                assert not bsn_valid(w), (text, w)


# --------------------------------------------------------------------------------------------
# house styles
# --------------------------------------------------------------------------------------------

ARBO_OOST = Style(
    "arbo_oost",
    "Arbo Vitaal Oost",
    ("Deventerstraat 14, 7411 AB Deventer", "Tel. 0570 - 61 44 20 | info@arbovitaaloost.example"),
    font="sans",
    accent=(0, 110, 90),
    letterhead="band",
    fields_as_table=True,
    footer="Arbo Vitaal Oost - vertrouwelijk - alleen voor werkgever en werknemer",
)
ARBO_LINDE = Style(
    "arbo_linde",
    "Arbodienst De Linde",
    ("Postbus 2210, 8000 CE Zwolle", "KvK " + lookalike("71843920")),
    font="serif",
    accent=(90, 40, 40),
    letterhead="right",
    footer="Arbodienst De Linde | verzuimbegeleiding en bedrijfsartsen",
)
UWV = Style(
    "uwv16",
    "UWV",
    ("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 58285, 1040 HG Amsterdam"),
    font="sans",
    accent=(0, 60, 130),
    letterhead="left",
)
AD_NOORD = Style(
    "ad_noord",
    "Arbeidsdeskundig Adviesbureau Noord",
    ("Stationsweg 3, 9401 KJ Assen",),
    font="condensed",
    accent=(60, 60, 60),
    letterhead="centered",
)


def employer_style(key: str, org: str, lines: tuple[str, ...], font: str, accent: tuple[int, int, int]) -> Style:
    return Style(key, org, lines, font=font, accent=accent, letterhead="left", producer="Microsoft Word 2016")


# --------------------------------------------------------------------------------------------
# case bookkeeping
# --------------------------------------------------------------------------------------------


class Case:
    def __init__(self, name: str, d0: str, as_of: int, aanvraag: int | None = None) -> None:
        self.name = name
        self.d0 = dt.date.fromisoformat(d0)
        self.as_of = self.d(as_of)
        self.aanvraag = self.d(aanvraag) if aanvraag is not None else None
        self.dir = CASES_DIR / name
        self.docs: list[tuple[str, dt.date]] = []
        self.planted = ""
        self.must: list[dict] = []
        self.must_not: list[dict] = []
        self.no_errors = False
        self.texts: dict[str, str] = {}
        self.med_free = False

    def d(self, n: int) -> dt.date:
        return self.d0 + dt.timedelta(days=n)

    def add(self, rel: str, date: dt.date, text: str) -> Path:
        assert date.weekday() < 5 and date not in HOLIDAYS, (self.name, rel, date)
        assert date <= self.as_of, (self.name, rel, date)
        self.docs.append((rel, date))
        self.texts[rel] = text
        return self.dir / rel

    def pdf(self, rel: str, date: dt.date, blocks: list, style: Style) -> None:
        write_pdf(self.add(rel, date, _flat(blocks)), blocks, style)

    def docx(self, rel: str, date: dt.date, blocks: list, style: Style) -> None:
        write_docx(self.add(rel, date, _flat(blocks)), blocks, style)

    def scan(self, rel: str, date: dt.date, blocks: list, style: Style) -> None:
        write_scan_pdf(self.add(rel, date, _flat(blocks)), blocks, style, dpi=150, jpeg_quality=40)

    def photo(self, rel: str, date: dt.date, blocks: list, style: Style) -> None:
        taken = dt.datetime(date.year, date.month, date.day, 16, 41, 7)
        write_photo_jpg(self.add(rel, date, _flat(blocks)), blocks, style, taken=taken, orientation=6)

    def eml(self, rel: str, date: dt.date, frm: str, to: str, subject: str, body: str, hour: int = 10) -> None:
        p = self.add(rel, date, subject + "\n" + body)
        headers = {
            "From": frm,
            "To": to,
            "Date": mail_date(date, hour, 7 + len(subject) % 50),
            "Subject": subject,
            "Message-ID": f"<{abs(hash_str(rel + self.name))}@{frm.split('@')[-1].rstrip('>')}>",
        }
        write_eml(p, headers, body)

    def yaml(self, text: str) -> None:
        (self.dir / "dossier.yaml").write_text(text, encoding="utf-8")


def hash_str(s: str) -> int:
    import hashlib

    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)


def _flat(blocks: list) -> str:
    out = []
    for b in blocks:
        for v in vars(b).values():
            out.append(str(v))
    return "\n".join(out)


def W(n: int) -> int:
    """week number of day offset n"""
    return n // 7 + 1


NO_MED = "Geen medische gegevens opgenomen. Medische informatie blijft bij de bedrijfsarts."
MEDICAL_WORDS = [
    "hernia",
    "depressi",
    "burn-out",
    "diagnose:",
    "medicatie",
    "fysiotherap",
    "psycholoog",
    "neuroloog",
    "ziekenhuis",
    "operatie",
    "mg ",
    "icd",
]


# ============================================================================================
# case 1: relapse within four weeks, the probleemanalyse counted from the relapse
# ============================================================================================


def case1() -> Case:
    c = Case("herval_samengeteld_pa_laat", "2025-09-01", 193)
    bsn = BSNS[0]
    emp = employer_style(
        "oosterveld",
        "Groothandel Oosterveld B.V.",
        (
            "Industrieweg 41, 7442 PK Nijverdal",
            "IBAN " + lookalike("NL62 RABO 0318 4529 07") + " | KvK " + lookalike("08213368"),
        ),
        "sans",
        (30, 90, 40),
    )
    naam, vn = "Iris Dekker", "Iris"
    hr = "Marloes Kuipers"
    ba = "P.J. Hendriks"
    relapse = c.d(42)
    mob = lookalike("06-41 87 23 90")
    # 1 sick report
    c.eml(
        "01 Verzuim/Ziekmelding Iris Dekker.eml",
        c.d(0),
        "Iris Dekker <iris.dekker@mailbox.example>",
        "HR Oosterveld <hr@oosterveld.example>",
        "Ziekmelding",
        f"Hoi Marloes,\n\nIk meld me vandaag ziek, ik kan niet werken. Ik verwacht een week of twee thuis te zijn.\n"
        f"Ik ben bereikbaar op {mob}. Mijn afspraken voor de inkoop van deze week heb ik aan Ruud doorgegeven.\n"
        f"Het is geen bedrijfsongeval.\n\nGroet,\nIris",
        hour=7,
    )
    # 2 recovery
    c.eml(
        "01 Verzuim/Hersteldmelding Iris.eml",
        c.d(21),
        "HR Oosterveld <hr@oosterveld.example>",
        "Salarisadministratie <salaris@oosterveld.example>",
        "Hersteldmelding I. Dekker",
        "Hallo,\n\nIris Dekker (personeelsnummer 4417) is vandaag weer volledig aan het werk. Wil je de hersteldmelding "
        "verwerken? Ziekteperiode: 1 september tot en met 19 september.\n\nMet vriendelijke groet,\nMarloes Kuipers\nHR-adviseur",
    )
    # 3 relapse, HR explains the counting
    c.eml(
        "01 Verzuim/RE_ weer ziek.eml",
        c.d(43),
        "HR Oosterveld <hr@oosterveld.example>",
        "Iris Dekker <iris.dekker@mailbox.example>",
        "RE: weer ziek",
        "Hoi Iris,\n\nVervelend dat je gisteren opnieuw hebt moeten afmelden. Ik heb het doorgegeven aan de arbodienst. "
        "Omdat je minder dan vier weken hersteld was (je werkte vanaf 22 september drie weken), telt dit voor de wet als "
        "één ziekteperiode: je eerste ziektedag blijft 1 september. Alle termijnen tellen vanaf die dag.\n\n"
        "Groet,\nMarloes\n\n> Hoi Marloes, helaas gaat het niet, ik meld me vanaf vandaag weer ziek. Iris",
    )
    # 4 arbodienst confirmation of the 'new' report
    c.pdf(
        "02 Arbodienst/Bevestiging ziekmelding Arbo Vitaal Oost.pdf",
        c.d(44),
        [
            Title("Bevestiging ziekmelding"),
            Fields(
                [
                    ("Werkgever", "Groothandel Oosterveld B.V."),
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Verzuimnummer", lookalike("2025-118734")),
                    ("Eerste ziektedag (deze melding)", fmt_date(relapse, "dash")),
                    ("Datum bevestiging", fmt_date(c.d(44), "dash")),
                ]
            ),
            Para(
                "Wij hebben de ziekmelding ontvangen en een nieuw verzuimdossier geopend. Uw werknemer wordt uitgenodigd "
                "voor het spreekuur van de bedrijfsarts."
            ),
            Signatures([Sig("Arbodienst", "Team verzuim", "Arbo Vitaal Oost", fmt_date(c.d(44), "dash"))]),
        ],
        ARBO_OOST,
    )
    # 5 terugkoppeling (no PA yet)
    c.pdf(
        "02 Arbodienst/Terugkoppeling spreekuur 23-10.pdf",
        c.d(52),
        [
            Title("Terugkoppeling spreekuur bedrijfsarts"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Datum spreekuur", fmt_date(c.d(52), "dash")),
                    ("Bedrijfsarts", f"{ba}, BIG " + lookalike("49061238701")),
                ]
            ),
            Heading("Arbeidsongeschiktheid"),
            Para("Werknemer is op dit moment arbeidsongeschikt voor het eigen werk als inkoopmedewerker."),
            Heading("Beperkingen en mogelijkheden"),
            Para(
                "Beperkt in concentratie en in werktempo; kan korte administratieve taken thuis doen. Te vroeg voor een prognose."
            ),
            Heading("Vervolg"),
            Para("Ik zie werknemer over vier weken terug. " + NO_MED),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(c.d(52), "dash"))]),
        ],
        ARBO_OOST,
    )
    # 6 probleemanalyse (late: counted from the relapse)
    c.pdf(
        "02 Arbodienst/Probleemanalyse I. Dekker.pdf",
        c.d(80),
        [
            Title("Probleemanalyse", sub="Regeling procesgang eerste en tweede ziektejaar, art. 2"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Functie", "Inkoopmedewerker, 38 uur per week"),
                    ("Werkgever", "Groothandel Oosterveld B.V."),
                    ("Eerste ziektedag (huidige melding)", fmt_date(relapse, "dash")),
                    ("Datum", fmt_date(c.d(80), "dash")),
                ]
            ),
            Heading("Dreigend langdurig verzuim"),
            Para("Er is sprake van dreigend langdurig verzuim. De verwachte duur is langer dan drie maanden."),
            Heading("Beperkingen en mogelijkheden (belastbaarheid)"),
            Bullets(
                [
                    "beperkt in concentratie: niet langer dan 1 uur aaneengesloten",
                    "geen werk onder tijdsdruk of met deadlines",
                    "benutbare mogelijkheden: 2 x 3 uur per week licht administratief werk",
                ]
            ),
            Heading("Prognose"),
            Para(
                "Gunstig; geleidelijke opbouw in eigen werk is naar verwachting mogelijk binnen drie tot vier maanden."
            ),
            Heading("Advies aan werkgever en werknemer"),
            Para(
                "Stel samen binnen twee weken een plan van aanpak op, gericht op terugkeer in het eigen werk. " + NO_MED
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbo Vitaal Oost", fmt_date(c.d(80), "dash"))]),
        ],
        ARBO_OOST,
    )
    # 7 plan van aanpak (copier scan, PA+12)
    c.scan(
        "03 Plan van aanpak/PvA Iris Dekker getekend.pdf",
        c.d(92),
        [
            Title("Plan van aanpak re-integratie"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn)),
                    ("Functie", "Inkoopmedewerker"),
                    ("Eerste ziektedag", "01-09-2025 (samengeteld met de melding van 13-10-2025)"),
                    ("Datum probleemanalyse", fmt_date(c.d(80), "dash")),
                    ("Casemanager", f"{hr}, HR-adviseur"),
                ]
            ),
            Heading("Re-integratiedoel"),
            Para("Terugkeer in het eigen werk als inkoopmedewerker (spoor 1), volledig binnen vier maanden."),
            Heading("Activiteiten en afspraken"),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    [
                        "Start 2 x 3 uur administratief werk op kantoor",
                        "Iris / Ruud (leidinggevende)",
                        "vanaf 12 januari 2026",
                    ],
                    ["Uitbreiden naar 4 x 4 uur", "Iris / Ruud", "vanaf februari 2026, na evaluatie"],
                    ["Spreekuur bedrijfsarts", "Iris", "elke 6 weken"],
                ],
            ),
            Heading("Evaluatiemomenten"),
            Para("Wij evalueren dit plan elke vijf weken; het eerste evaluatiegesprek is begin januari 2026."),
            Heading("Visie werkgever"),
            Para("Wij willen Iris graag terug in haar eigen functie en passen haar taken tijdelijk aan."),
            Heading("Visie werknemer"),
            Para("Ik kan me vinden in de opbouw; ik wil eerst rustig beginnen met korte dagen."),
            Signatures(
                [
                    Sig("Werkgever", hr, "HR-adviseur / casemanager", "02-12-2025"),
                    Sig("Werknemer", naam, "", "02-12-2025"),
                ]
            ),
        ],
        emp,
    )
    # 8 meeting, date in everyday words
    c.pdf(
        "04 Gesprekken/Gespreksverslag januari.pdf",
        c.d(127),
        [
            Title("Verslag voortgangsgesprek"),
            Para(
                "Op dinsdag 6 januari spraken Iris, Ruud en ik over de voortgang. Iris start maandag de 12e met twee "
                "ochtenden van drie uur op kantoor, zoals in het plan van aanpak staat."
            ),
            Heading("Afspraken"),
            Bullets(["Iris begint met het verwerken van inkooporders", "Volgende evaluatie over vijf weken"]),
            Signatures(
                [Sig("Casemanager", hr, "HR-adviseur", "6 januari 2026"), Sig("Werknemer", naam, "", "6 januari 2026")]
            ),
        ],
        emp,
    )
    # 9 meeting, Word
    c.docx(
        "04 Gesprekken/verslag gesprek 10 feb.docx",
        c.d(162),
        [
            Title("Gespreksverslag re-integratie"),
            Fields([("Datum", "10-02-2026"), ("Aanwezig", f"{naam}, Ruud Meijer (leidinggevende), {hr}")]),
            Para(
                "De opbouw gaat goed: Iris werkt nu 2 x 3 uur en heeft geen terugval gehad. De bedrijfsarts is het "
                "eens met uitbreiden. Vanaf 16 februari werkt Iris 4 x 4 uur in haar eigen werk."
            ),
            Para("Volgende evaluatie: begin maart."),
        ],
        emp,
    )
    # 10 meeting in an e-mail body (date only in the header)
    c.eml(
        "04 Gesprekken/Verslag gesprek van vandaag.eml",
        c.d(190),
        "Marloes Kuipers <m.kuipers@oosterveld.example>",
        "Iris Dekker <iris.dekker@mailbox.example>",
        "Verslag gesprek van vandaag",
        "Hoi Iris,\n\nZoals besproken het korte verslag van ons gesprek van vanochtend.\n\n"
        "- Je werkt nu vier dagen van vier uur in je eigen werk; het gaat goed.\n"
        "- Over twee weken breiden we uit naar 4 x 6 uur, als de bedrijfsarts akkoord is.\n"
        "- Volgende evaluatie over vijf weken.\n\nWil je even laten weten of je het ermee eens bent?\n\n"
        "Groet,\nMarloes Kuipers\nHR-adviseur / casemanager",
        hour=14,
    )
    # 11 terugkoppeling later
    c.pdf(
        "02 Arbodienst/Terugkoppeling spreekuur februari.pdf",
        c.d(175),
        [
            Title("Terugkoppeling spreekuur bedrijfsarts"),
            Fields(
                [("Werknemer", naam), ("BSN", fmt_bsn(bsn, "dots")), ("Datum spreekuur", fmt_date(c.d(175), "dash"))]
            ),
            Para(
                "De opbouw verloopt volgens plan. Belastbaarheid toegenomen: 4 x 4 uur eigen werk is passend, uitbreiding "
                "naar 4 x 6 uur over twee weken is verantwoord. Het plan van aanpak hoeft niet te worden bijgesteld. "
                + NO_MED
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(c.d(175), "dash"))]),
        ],
        ARBO_OOST,
    )
    c.yaml(
        'werknemer: {naam: "Iris Dekker", bsn: "%s", functie: "Inkoopmedewerker"}\n'
        'werkgever: {naam: "Groothandel Oosterveld B.V.", aard_van_het_bedrijf: "Groothandel in tuin- en dierbenodigdheden"}\n'
        'bedrijfsarts: {naam: "%s", organisatie: "Arbo Vitaal Oost"}\n'
        'casemanager: {naam: "%s"}\n'
        "# Ziek vanaf 01-09-2025, hersteld 22-09-2025, opnieuw ziek 13-10-2025 (na 3 weken werken):\n"
        "# minder dan vier weken ertussen, dus samengeteld. De arbodienst telt vanaf 13-10-2025.\n"
        "eerste_ziektedag: 2025-09-01\n" % (bsn, ba, hr)
    )
    c.planted = (
        "checked in week 28 (D0+193). Sick from 2025-09-01 (D0) to 2025-09-19, back at work 2025-09-22, sick again on "
        "2025-10-13 (D0+42) after three weeks of work: less than four weeks apart, so the spells are added together and "
        "D0 stays 2025-09-01 (dossier.yaml, HR's mail '01 Verzuim/RE_ weer ziek.eml'). The arbodienst opened a new file "
        "with 'Eerste ziektedag (deze melding): 13-10-2025' and the probleemanalyse ('02 Arbodienst/Probleemanalyse "
        "I. Dekker.pdf') is dated 2025-11-20: D0+80, 38 days after the relapse, without a written motivation. It is late "
        "counted from D0 (due D0+42) and also late if only the sick days are counted (19 + 23 days: due 2025-11-05). "
        "Traps: the arbodienst's confirmation and the PA name the relapse date as the first sick day; PvA 12 days after the "
        "PA (a copier scan) that gives the right D0; a terugkoppeling at D0+52 that is no PA; meetings every 28-35 days, one "
        "dated in everyday words ('Op dinsdag 6 januari'), one a Word file, one only in an e-mail body whose date is in the "
        "header ('vanochtend'); part-time recovery (2 x 3, then 4 x 4 hours); IBAN, KvK, a verzuimnummer, a BIG number and "
        "a mobile number; 'Geen medische gegevens opgenomen'; 42e-weeksmelding, EJE, AO, EV not due."
    )
    pa = "02 Arbodienst/Probleemanalyse I. Dekker.pdf"
    pva = "03 Plan van aanpak/PvA Iris Dekker getekend.pdf"
    c.must = [
        {
            "code": "late",
            "type": "probleemanalyse",
            "why": "§8.3: PA ≤ D0+42; it is dated D0+80 without a motivation (Regeling art. 5). D0 is 2025-09-01 because "
            "spells less than four weeks apart are added together (§2.1)",
        }
    ]
    c.must_not = [
        {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA ≤ PA+14; it is PA+12"},
        {"code": "missing", "type": "probleemanalyse", "why": "§8.1: present (D0+80)"},
        {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present, signed by both"},
        {"code": "unsigned", "path": pva, "why": "§8.5: the PvA is signed by werkgever and werknemer"},
        {
            "code": "evaluation_gap",
            "why": "§8.3: PvA D0+92, meetings D0+127, D0+162, D0+190 (≤ 35 days), as_of 3 days later",
        },
        {"code": "medical_data", "why": "§8.7: no health data in the folder; 'Geen medische gegevens opgenomen'"},
        {
            "code": "bsn_invalid",
            "why": "§8.5: one valid BSN; IBAN, KvK, verzuimnummer, BIG number and mobile are no BSN",
        },
        {"code": "bsn_mismatch", "why": "§8.5: one BSN throughout, also in dossier.yaml"},
        {"code": "no_first_sick_day", "why": "§8.3: the first sick day is in dossier.yaml"},
        {"code": "future", "why": "§8.3: no document is dated after as_of"},
        {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: not due in week 28"},
        {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: not due in week 28"},
        {"code": "missing", "type": "eindevaluatie", "why": "§8.1: not due in week 28"},
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: the 42e-weeksmelding is due at D0+294"},
        {"code": "missing", "type": "ziekmelding_uwv", "why": "§8.3: the 42e-weeksmelding is due at D0+294"},
    ]
    c.med_free = True
    return c


# ============================================================================================
# case 2: vrijwillige verlenging, application after the shifted deadline
# ============================================================================================


def case2() -> Case:
    c = Case("verlenging_aanvraag_na_verschoven_termijn", "2024-06-03", 763, aanvraag=756)
    bsn = BSNS[1]
    emp = employer_style(
        "kroeze",
        "Installatiebedrijf Kroeze & Zn.",
        ("Hoofdstraat 88, 7721 BJ Dalfsen", "Loonheffingennummer " + lookalike("8123.45.670.L01")),
        "serif",
        (150, 60, 0),
    )
    naam = "Daan Verbeek"
    cm = "Henk Kroeze"
    ba = "R. Smit-Bakker"
    ad = "mr. L. de Boer"
    end_orig, end_new = c.d(727), c.d(818)
    dl_new = c.d(741)
    c.pdf(
        "Arbodienst/Probleemanalyse Daan Verbeek.pdf",
        c.d(38),
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Naam werknemer", naam),
                    ("BSN", fmt_bsn(bsn, "spaces")),
                    ("Functie", "Servicemonteur cv en warmtepompen, 36 uur"),
                    ("Eerste ziektedag", fmt_date(c.d0, "long")),
                    ("Datum", fmt_date(c.d(38), "long")),
                ]
            ),
            Heading("Oordeel"),
            Para(
                "Er is sprake van dreigend langdurig verzuim. Werknemer kan niet tillen en niet op ladders of daken werken."
            ),
            Heading("Mogelijkheden"),
            Para(
                "Benutbare mogelijkheden: licht werk, zittend of wisselend, 4 x 3 uur. Werk aan de planning of in het magazijn is passend."
            ),
            Heading("Advies"),
            Para("Maak binnen twee weken een plan van aanpak; spoor 1 in aangepast werk. " + NO_MED),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbodienst De Linde", fmt_date(c.d(38), "long"))]),
        ],
        ARBO_LINDE,
    )
    c.pdf(
        "Re-integratie/Plan van aanpak Daan.pdf",
        c.d(49),
        [
            Title("Plan van aanpak"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn, "spaces")),
                    ("Eerste ziektedag", fmt_date(c.d0, "dash")),
                    ("Casemanager", f"{cm}, directeur"),
                ]
            ),
            Heading("Doel"),
            Para("Terugkeer in aangepast eigen werk: planning en werkvoorbereiding, later weer deels monteur."),
            Heading("Activiteiten"),
            Table(
                ["Wat", "Wie", "Termijn"],
                [
                    ["Start op de planning, 4 x 3 uur", "Daan / Henk", "per 29 juli 2024"],
                    ["Opbouw met 2 uur per dag per maand", "Daan", "vanaf september 2024"],
                ],
            ),
            Heading("Evaluatie"),
            Para("Iedere zes weken een evaluatiegesprek; het eerste op 2 september 2024."),
            Heading("Visie werkgever / visie werknemer"),
            Para(
                "Werkgever: wij bieden aangepast werk aan zolang het nodig is. Werknemer: ik wil graag weer aan de slag, eerst op kantoor."
            ),
            Signatures([Sig("Werkgever", cm, "directeur", "22-07-2024"), Sig("Werknemer", naam, "", "22-07-2024")]),
        ],
        emp,
    )
    c.scan(
        "UWV/Scan ziekmelding UWV.pdf",
        c.d(287),
        [
            Title("Bevestiging ziekmelding"),
            Para(
                f"Geachte heer Kroeze,\n\nWij hebben op {fmt_date(c.d(287))} uw ziekmelding (42e-weeksmelding) van {naam} ontvangen."
            ),
            Fields(
                [("BSN", bsn), ("Eerste ziektedag", fmt_date(c.d0, "dash")), ("Loonheffingennummer", "812345670L01")]
            ),
            Para("Tussen week 46 en 52 maakt u samen met uw werknemer de eerstejaarsevaluatie."),
            Signatures([Sig("UWV", "Team Ziekmeldingen", "", "")]),
        ],
        UWV,
    )
    c.pdf(
        "Re-integratie/AD rapport Verbeek.pdf",
        c.d(330),
        [
            Title("Arbeidsdeskundig onderzoek", sub="spoor 1 / spoor 2-advies"),
            Fields(
                [("Werknemer", naam), ("BSN", fmt_bsn(bsn, "spaces")), ("Datum rapport", fmt_date(c.d(330), "long"))]
            ),
            Heading("Belasting en belastbaarheid"),
            Para(
                "De functie servicemonteur vraagt tillen en klimmen; dat is voorlopig niet haalbaar. Het aangepaste werk op "
                "de planning (nu 24 van 36 uur) sluit aan bij de belastbaarheid en is structureel beschikbaar."
            ),
            Heading("Advies"),
            Para(
                "Geen tweede spoor inzetten: er is een concreet perspectief op 36 uur in het aangepaste werk binnen drie "
                "maanden. Evalueer dit in de eerstejaarsevaluatie."
            ),
            Signatures([Sig("Arbeidsdeskundige", ad, "register-arbeidsdeskundige", fmt_date(c.d(330), "long"))]),
        ],
        AD_NOORD,
    )
    c.pdf(
        "Re-integratie/Eerstejaarsevaluatie Daan Verbeek.pdf",
        c.d(345),
        [
            Title("Eerstejaarsevaluatie"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn, "spaces")), ("Datum", fmt_date(c.d(345), "dash"))]),
            Heading("Terugblik op het eerste ziektejaar"),
            Para("Daan werkt 24 van 36 uur op de planning. De opbouw naar 36 uur verwachten we binnen drie maanden."),
            Heading("Tweede ziektejaar"),
            Para(
                "Re-integratieresultaat: 36 uur in aangepast werk. Geen spoor 2, conform het advies van de arbeidsdeskundige."
            ),
            Heading("Visie werkgever en werknemer"),
            Para("Beiden eens met dit doel."),
            Signatures([Sig("Werkgever", cm, "directeur", "14-05-2025"), Sig("Werknemer", naam, "", "14-05-2025")]),
        ],
        emp,
    )
    c.docx(
        "Re-integratie/Gespreksverslag november 2025.docx",
        c.d(540),
        [
            Title("Gespreksverslag"),
            Fields([("Datum", fmt_date(c.d(540), "long")), ("Aanwezig", f"{naam}, {cm}")]),
            Para(
                "Daan werkt 32 uur in het aangepaste werk. De laatste stap naar 36 uur gaat trager dan gedacht. We bespreken "
                "met de bedrijfsarts of een verlenging van de loondoorbetaling verstandig is, zodat de hervatting kan "
                "worden afgerond voordat een WIA-beoordeling plaatsvindt."
            ),
        ],
        emp,
    )
    c.scan(
        "UWV/brief UWV WIA aanvragen.pdf",
        c.d(610),
        [
            Title("U kunt een WIA-uitkering aanvragen"),
            Para(
                f"Geachte heer Verbeek,\n\nU bent bijna twee jaar ziek. Uw wachttijd eindigt op {fmt_date(end_orig)}. "
                f"Vraag uw WIA-uitkering uiterlijk aan op {fmt_date(c.d(650))}."
            ),
            Fields([("BSN", bsn)]),
            Signatures([Sig("UWV", "Afdeling WIA", "", fmt_date(c.d(610)))]),
        ],
        UWV,
    )
    c.pdf(
        "UWV/Aanvraag verlenging loondoorbetaling.pdf",
        c.d(617),
        [
            Title("Verzoek om vrijwillige verlenging van de loondoorbetaling", sub="WIA artikel 24"),
            Fields(
                [
                    ("Werkgever", "Installatiebedrijf Kroeze & Zn."),
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn, "spaces")),
                    ("Eerste ziektedag", fmt_date(c.d0, "dash")),
                    ("Gevraagde verlenging", "13 weken"),
                ]
            ),
            Para(
                "Werkgever en werknemer vragen samen om verlenging van het tijdvak van loondoorbetaling met 13 weken. "
                "De hervatting in aangepast werk (32 van 36 uur) is bijna afgerond."
            ),
            Signatures([Sig("Werkgever", cm, "directeur", "10-02-2026"), Sig("Werknemer", naam, "", "10-02-2026")]),
        ],
        emp,
    )
    c.pdf(
        "UWV/Beslissing verlenging loondoorbetaling.pdf",
        c.d(631),
        [
            Title("Beslissing over uw verzoek om verlenging van de loondoorbetaling"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn)), ("Datum", fmt_date(c.d(631)))]),
            Para(
                f"Wij gaan akkoord met uw verzoek. De loondoorbetaling wordt vrijwillig verlengd met 13 weken. De "
                f"wachttijd eindigt niet op {fmt_date(end_orig)} maar op {fmt_date(end_new)}. Het re-integratieverslag moet "
                f"uiterlijk 13 weken voor die datum klaar zijn. Uw werknemer moet de WIA-uitkering uiterlijk 11 weken voor "
                f"die datum aanvragen, dus uiterlijk op {fmt_date(dl_new)}."
            ),
            Signatures([Sig("UWV", "Afdeling Werkgevers", "", fmt_date(c.d(631)))]),
        ],
        UWV,
    )
    c.docx(
        "Re-integratie/Gespreksverslag april 2026.docx",
        c.d(680),
        [
            Title("Gespreksverslag"),
            Fields([("Datum", fmt_date(c.d(680), "long")), ("Aanwezig", f"{naam}, {cm}")]),
            Para(
                "Daan werkt 32 uur. 36 uur lukt niet: de bedrijfsarts verwacht dat 32 uur het maximum blijft. We vragen een "
                f"actueel oordeel aan en plannen de eindevaluatie in mei. Daan vraagt de WIA aan vóór {fmt_date(dl_new)}."
            ),
        ],
        emp,
    )
    c.pdf(
        "UWV/Brief UWV nieuwe einddatum wachttijd.pdf",
        c.d(702),
        [
            Title("Aanvraag WIA-uitkering"),
            Para(
                f"Geachte heer Verbeek,\n\nDoor de verlenging van de loondoorbetaling eindigt uw wachttijd op "
                f"{fmt_date(end_new)}. Vraag uw WIA-uitkering aan vóór {fmt_date(dl_new)}."
            ),
            Fields([("BSN", fmt_bsn(bsn))]),
            Signatures([Sig("UWV", "Afdeling WIA", "", fmt_date(c.d(702)))]),
        ],
        UWV,
    )
    c.pdf(
        "WIA/Actueel oordeel bedrijfsarts.pdf",
        c.d(707),
        [
            Title("Actueel oordeel", sub="bij de probleemanalyse"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn, "spaces")), ("Datum", fmt_date(c.d(707), "long"))]),
            Heading("Stand van zaken"),
            Para("Werknemer werkt structureel 32 van 36 uur in aangepast werk (planning en werkvoorbereiding)."),
            Heading("Belastbaarheid"),
            Para("Geen tillen boven 10 kg, niet klimmen; maximaal 32 uur per week. Dit is naar verwachting blijvend."),
            Heading("Arbeidsrelatie en passende arbeid"),
            Para("De arbeidsrelatie is goed. Passende arbeid bij de werkgever is er: het huidige werk op de planning."),
            Para("Dit oordeel is opgesteld voor de WIA-aanvraag. " + NO_MED),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(c.d(707), "long"))]),
        ],
        ARBO_LINDE,
    )
    c.pdf(
        "WIA/Eindevaluatie Daan Verbeek.pdf",
        c.d(715),
        [
            Title("Eindevaluatie plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn, "spaces")), ("Datum", fmt_date(c.d(715), "dash"))]),
            Heading("Aard van het bedrijf"),
            Para("Installatiebedrijf met 23 medewerkers: onderhoud en installatie van cv-ketels en warmtepompen."),
            Heading("Terugblik"),
            Para(
                "Na de verlenging van de loondoorbetaling met 13 weken werkt Daan structureel 32 uur in aangepast werk."
            ),
            Heading("Arbeidsrelatie en passende arbeid"),
            Para(
                "De arbeidsrelatie is goed. Het aangepaste werk op de planning is passende arbeid en blijft beschikbaar."
            ),
            Signatures([Sig("Werkgever", cm, "directeur", "19-05-2026"), Sig("Werknemer", naam, "", "19-05-2026")]),
        ],
        emp,
    )
    c.photo(
        "WIA/Foto oordeel werknemer.jpg",
        c.d(756),
        [
            Title("Oordeel van de werknemer"),
            Fields([("Naam", naam), ("BSN", fmt_bsn(bsn)), ("Datum", "29-06-2026")]),
            Para(
                "Ik ben het eens met het re-integratieverslag. Mijn WIA-aanvraag is later dan de datum in de brief van UWV, "
                "omdat ik in juni met de verhuizing bezig was en de brief kwijt was."
            ),
            Signatures([Sig("Werknemer", naam, "", "29-06-2026")]),
        ],
        emp,
    )
    c.eml(
        "WIA/RE_ WIA aanvraag Daan.eml",
        c.d(757),
        "Henk Kroeze <henk@kroeze-installatie.example>",
        "Arbodienst De Linde <verzuim@delinde.example>",
        "RE: WIA aanvraag Daan",
        "Goedemiddag,\n\nDaan heeft gisteren de WIA-aanvraag ingediend. Helaas is dat later dan de datum die UWV noemde; hij "
        "was die vergeten door zijn verhuizing. Ik upload het re-integratieverslag vandaag.\n\nMet vriendelijke groet,\n"
        "Henk Kroeze",
        hour=15,
    )
    c.yaml(
        'werknemer: {naam: "Daan Verbeek", bsn: "%s", functie: "Servicemonteur"}\n'
        'werkgever: {naam: "Installatiebedrijf Kroeze & Zn.", aard_van_het_bedrijf: "Installatie en onderhoud cv en warmtepompen"}\n'
        'bedrijfsarts: {naam: "%s", organisatie: "Arbodienst De Linde"}\n'
        'casemanager: {naam: "%s"}\n'
        "eerste_ziektedag: 2024-06-03\n"
        "aanvraag_wia: %s\n" % (bsn, ba, cm, c.aanvraag.isoformat())
    )
    c.planted = (
        "checked in week 110 (D0+763). A vrijwillige verlenging of 13 weeks (joint request D0+617, UWV's decision "
        "'UWV/Beslissing verlenging loondoorbetaling.pdf' D0+631) moves the end of the wachttijd from 2026-05-31 (D0+727) "
        "to 2026-08-30 (D0+818): the RIV is due by D0+727 and the application by D0+741 (2026-06-14), both named in UWV's "
        "decision and its new letter (D0+702). The employee applied on 2026-06-29 (D0+756, dossier.yaml), 15 days after "
        "the shifted deadline (HR's mail and the oordeel werknemer admit it). Traps: AO D0+707 (week 102, 49 days before "
        "the application) and EV D0+715 (week 103, before D0+727) are far after weeks 88-91 but on time for the extended "
        "wachttijd, AO before EV; two UWV WIA letters (week 88, a scan, and the new one); no 2nd track, motivated in the "
        "AD-rapport (week 48) and the EJE (week 50): structural adapted work (24, later 32 of 36 hours); 42e-weeksmelding "
        "D0+287 (a scan); BSN with spaces; a loonheffingennummer; only a selection of meetings is filed (gaps not judged)."
    )
    c.must = [
        {
            "code": "late",
            "why": "§8.3: application ≤ D0+650, shifted by the 13-week verlenging to D0+741 (§2.3, WIA art. 24; "
            "handleiding §6 'extension'); it was made on D0+756",
        },
        {"code": "extension", "why": "§8.3 with §2.3: UWV's decision on a vrijwillige verlenging is in the folder"},
    ]
    c.must_not = [
        {
            "code": "late",
            "type": "eindevaluatie",
            "why": "§8.3 with §2.3: EV D0+715 ≤ D0+727 (week 91 shifted by 13 weeks)",
        },
        {
            "code": "late",
            "type": "actueel_oordeel",
            "why": "§8.3 with §2.3: AO before the EV and inside the extended wachttijd",
        },
        {"code": "outdated", "type": "actueel_oordeel", "why": "§8.4 (§2.5): AO 49 days before the application"},
        {"code": "outdated", "type": "eindevaluatie", "why": "§8.4: EV 41 days before the application"},
        {"code": "order", "why": "§8.3: AO D0+707 < EV D0+715 < application D0+756"},
        {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present"},
        {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"},
        {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: present (a phone photo)"},
        {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: present (D0+345)"},
        {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: D0+345, week 50"},
        {"code": "early", "type": "eerstejaarsevaluatie", "why": "§8.3: D0+345, week 50"},
        {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+38"},
        {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA PA+11"},
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: 42e-weeksmelding D0+287 ≤ D0+294"},
        {
            "code": "missing",
            "type": "trajectplan_tweede_spoor",
            "why": "§8.3: no 2nd track, motivated in the EJE and the AD-rapport",
        },
        {"code": "missing", "type": "arbeidsdeskundig_rapport", "why": "§8.2: present (D0+330)"},
        {"code": "medical_data", "why": "§8.7: no health data in the folder"},
        {"code": "bsn_invalid", "why": "§8.5: one valid BSN; the loonheffingennummer and KvK are no BSN"},
        {"code": "bsn_mismatch", "why": "§8.5: one BSN throughout (plain and with spaces)"},
        {"code": "future", "why": "§8.3: no document is dated after as_of"},
    ]
    c.med_free = True
    return c


# ============================================================================================
# case 3: belastbaarheid fell after the last bijstelling PA; no new bijstelling
# ============================================================================================


def meeting_blocks(date: dt.date, naam: str, who: str, text: str, nxt: str, sign: bool = True) -> list:
    b = [
        Title("Verslag evaluatiegesprek"),
        Fields([("Datum gesprek", fmt_date(date, "dash")), ("Aanwezig", f"{naam}, {who}")]),
        Para(text),
        Heading("Volgende afspraak"),
        Para(nxt),
    ]
    if sign:
        b.append(Signatures([Sig("Casemanager", who.split(" (")[0], "casemanager", fmt_date(date, "dash"))]))
    return b


def case3() -> Case:
    c = Case("bijstelling_pa_achterhaald_na_terugval", "2025-03-03", 330)
    bsn = BSNS[2]
    emp = employer_style(
        "veenendaal",
        "Logistiek Centrum Veenendaal B.V.",
        ("De Smalle Zijde 20, 3903 LP Veenendaal", "IBAN " + lookalike("NL44 INGB 0006 8123 45")),
        "condensed",
        (0, 80, 160),
    )
    naam = "Fatma Yilmaz"
    cm = "Sandra Mulder"
    ba = "dr. K. Veldman"
    who = f"{cm} (teamleider HR)"
    c.eml(
        "01 Verzuim/Ziekmelding F. Yilmaz.eml",
        c.d(0),
        "Teamleider expeditie <expeditie@lcv.example>",
        "HR <hr@lcv.example>",
        "Ziekmelding Fatma Yilmaz",
        "Fatma Yilmaz (orderpicker, ploeg B) heeft zich vanochtend ziek gemeld. Verwachte duur onbekend. Geen "
        "bedrijfsongeval. Telefoon: " + lookalike("06 2391 4470") + ".",
        hour=6,
    )
    c.pdf(
        "02 Arbodienst/Probleemanalyse F. Yilmaz.pdf",
        c.d(36),
        [
            Title("Probleemanalyse en advies"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Functie", "Orderpicker, 32 uur"),
                    ("Eerste ziektedag", fmt_date(c.d0, "dash")),
                    ("Datum", fmt_date(c.d(36), "dash")),
                ]
            ),
            Heading("Beperkingen en mogelijkheden"),
            Para(
                "Beperkt in tillen, bukken en langdurig lopen. Benutbare mogelijkheden: lichte zittende taken, 3 x 3 uur."
            ),
            Heading("Prognose en advies"),
            Para("Herstel in maanden. Start met licht werk; plan van aanpak binnen twee weken. " + NO_MED),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbo Vitaal Oost", fmt_date(c.d(36), "dash"))]),
        ],
        ARBO_OOST,
    )
    c.pdf(
        "03 Plan van aanpak/PvA Fatma Yilmaz.pdf",
        c.d(45),
        [
            Title("Plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn, "dots")), ("Casemanager", f"{cm}, teamleider HR")]),
            Heading("Doel"),
            Para("Terugkeer in het eigen werk als orderpicker (spoor 1)."),
            Heading("Activiteiten en termijnen"),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["Licht werk op de retourafdeling, 3 x 3 uur", "Fatma / teamleider", "vanaf 22 april 2025"],
                    ["Opbouw in uren", "Fatma", "elke 4 weken"],
                ],
            ),
            Heading("Evaluatie"),
            Para("Elke vijf weken een evaluatiegesprek met de casemanager."),
            Heading("Visie werkgever en werknemer"),
            Para("Werkgever: passend werk op de retourafdeling is beschikbaar. Werknemer: ik wil het proberen."),
            Signatures([Sig("Werkgever", cm, "teamleider HR", "17-04-2025"), Sig("Werknemer", naam, "", "17-04-2025")]),
        ],
        emp,
    )
    texts = {
        80: ("Fatma werkt 3 x 3 uur op de retourafdeling. Het gaat redelijk.", "over vijf weken"),
        115: ("Fatma werkt 3 x 4 uur. De bedrijfsarts ziet haar volgende week.", "over vijf weken"),
        150: (
            "Volgens de bijstelling van de probleemanalyse van 1 juli en het bijgestelde plan van aanpak werkt Fatma nu 4 x 4 uur; "
            "de opbouw loopt volgens plan.",
            "over vijf weken",
        ),
        185: (
            "Fatma werkt 4 x 5 uur. Volgende stap: terug naar de eigen afdeling voor een deel van de uren.",
            "over drie weken",
        ),
    }
    for off, (t, nxt) in texts.items():
        date = c.d(off)
        rel = f"04 Evaluaties/Evaluatie {fmt_date(date, 'iso')}.pdf"
        c.pdf(rel, date, meeting_blocks(date, naam, who, t, "Het volgende gesprek is " + nxt + "."), emp)
    c.pdf(
        "02 Arbodienst/Bijstelling probleemanalyse juli 2025.pdf",
        c.d(120),
        [
            Title("Bijstelling probleemanalyse"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn, "dots")), ("Datum", fmt_date(c.d(120), "dash"))]),
            Heading("Gewijzigde belastbaarheid"),
            Para(
                "De belastbaarheid is toegenomen: 4 x 4 uur licht werk, geen zware tillasten. Prognose: volledige terugkeer in het eigen werk binnen drie maanden."
            ),
            Heading("Advies"),
            Para("Stel het plan van aanpak bij op de nieuwe opbouw. " + NO_MED),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(c.d(120), "dash"))]),
        ],
        ARBO_OOST,
    )
    c.pdf(
        "03 Plan van aanpak/Bijstelling PvA juli 2025.pdf",
        c.d(129),
        [
            Title("Bijstelling plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn, "dots")), ("Casemanager", cm)]),
            Para(
                "Dit plan vervangt het plan van aanpak van 17 april 2025, na de bijstelling van de probleemanalyse van 1 juli 2025."
            ),
            Heading("Doel"),
            Para("Volledige terugkeer in het eigen werk als orderpicker binnen drie maanden."),
            Heading("Activiteiten en termijnen"),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["4 x 4 uur, daarna 4 x 6 uur", "Fatma", "juli en augustus 2025"],
                    ["Terug naar eigen afdeling", "Fatma / teamleider", "september 2025"],
                ],
            ),
            Heading("Evaluatie"),
            Para("Elke vijf weken."),
            Heading("Visie werkgever en werknemer"),
            Para("Beiden eens met de opbouw."),
            Signatures([Sig("Werkgever", cm, "teamleider HR", "10-07-2025"), Sig("Werknemer", naam, "", "10-07-2025")]),
        ],
        emp,
    )
    c.eml(
        "01 Verzuim/Weer helemaal thuis.eml",
        c.d(205),
        "Fatma Yilmaz <f.yilmaz@webpost.example>",
        "Sandra Mulder <s.mulder@lcv.example>",
        "Weer helemaal thuis",
        "Hoi Sandra,\n\nHet gaat sinds maandag een stuk slechter. Ik kan op dit moment helemaal niet werken, ook de uren op de "
        "retourafdeling niet. Ik heb een afspraak bij de bedrijfsarts aangevraagd.\n\nGroet, Fatma",
        hour=9,
    )
    c.docx(
        "04 Evaluaties/verslag gesprek 29 sept.docx",
        c.d(210),
        meeting_blocks(
            c.d(210),
            naam,
            who,
            "Fatma is sinds 22 september volledig uitgevallen en werkt nu 0 uur. De opbouw uit het bijgestelde plan is "
            "gestopt. We wachten op het oordeel van de bedrijfsarts.",
            "Na het spreekuur van de bedrijfsarts.",
            sign=False,
        ),
        emp,
    )
    c.pdf(
        "02 Arbodienst/Terugkoppeling spreekuur 13-10.pdf",
        c.d(224),
        [
            Title("Terugkoppeling spreekuur"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn, "dots")), ("Datum", fmt_date(c.d(224), "dash"))]),
            Para(
                "De belastbaarheid is sinds eind september sterk afgenomen. Op dit moment zijn er tijdelijk geen benutbare "
                "mogelijkheden; de prognose voor terugkeer in het eigen werk binnen drie maanden geldt niet meer. Ik stel de "
                "probleemanalyse bij zodra het beeld stabiel is, naar verwachting binnen zes weken. " + NO_MED
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(c.d(224), "dash"))]),
        ],
        ARBO_OOST,
    )
    later = {
        245: "Fatma werkt niet. De bijstelling van de probleemanalyse die de bedrijfsarts op 13 oktober aankondigde, is er nog niet. "
        "We rappelleren de arbodienst.",
        280: "Fatma werkt niet; zij doet thuis een wandelprogramma. De bijstelling van de probleemanalyse is nog steeds niet ontvangen.",
        315: "Fatma werkt nog niet. Zonder bijgestelde probleemanalyse kunnen we het plan van aanpak niet aanpassen. De "
        "eerstejaarsevaluatie staat voor 16 februari.",
    }
    for off, t in later.items():
        date = c.d(off)
        c.pdf(
            f"04 Evaluaties/Evaluatie {fmt_date(date, 'iso')}.pdf",
            date,
            meeting_blocks(date, naam, who, t, "over vijf weken"),
            emp,
        )
    c.scan(
        "05 UWV/Scan bevestiging ziekmelding UWV.pdf",
        c.d(290),
        [
            Title("Bevestiging ziekmelding"),
            Para(f"Wij hebben de ziekmelding van uw werknemer {naam} ontvangen op {fmt_date(c.d(290))}."),
            Fields([("BSN", bsn), ("Eerste ziektedag", fmt_date(c.d0, "dash"))]),
            Para("Uw werknemer is bijna een jaar ziek. Tussen week 46 en 52 maakt u de eerstejaarsevaluatie."),
        ],
        UWV,
    )
    c.eml(
        "06 Eerstejaarsevaluatie/Uitnodiging eerstejaarsevaluatie.eml",
        c.d(317),
        "Sandra Mulder <s.mulder@lcv.example>",
        "Fatma Yilmaz <f.yilmaz@webpost.example>",
        "Uitnodiging eerstejaarsevaluatie 16 februari",
        "Beste Fatma,\n\nHierbij nodig ik je uit voor de eerstejaarsevaluatie op maandag 16 februari om 10.00 uur.\n\nGroet, Sandra",
    )
    c.yaml(
        'werknemer: {naam: "Fatma Yilmaz", bsn: "%s", functie: "Orderpicker"}\n'
        'werkgever: {naam: "Logistiek Centrum Veenendaal B.V."}\n'
        'bedrijfsarts: {naam: "%s", organisatie: "Arbo Vitaal Oost"}\n'
        "eerste_ziektedag: 2025-03-03\n" % (bsn, ba)
    )
    c.planted = (
        "checked in week 48 (D0+330). The last bijstelling probleemanalyse ('02 Arbodienst/Bijstelling probleemanalyse "
        "juli 2025.pdf', D0+120) says the belastbaarheid rose (4 x 4 hours, full return within three months). From "
        "2025-09-22 (D0+203) the employee is fully off work again: her mail (D0+205), the meeting of D0+210 and the "
        "bedrijfsarts's terugkoppeling of D0+224 ('belastbaarheid sterk afgenomen', the prognosis no longer holds, a "
        "bijstelling will follow within about six weeks) record the change; no new bijstelling came in the 106 days to "
        "as_of, and the meetings of D0+245, D0+280 and D0+315 say it is still missing. Traps: the bijstelling PvA (D0+129) "
        "replaces the PvA and followed the bijstelling PA in 9 days; the terugkoppeling says 'tijdelijk geen benutbare "
        "mogelijkheden' after the PvA exists (no waiver); meetings every 25-35 days (one a Word file without signature); "
        "42e-weeksmelding D0+290 (a scan); the EJE is planned for D0+350 (invitation mail; window closes D0+363); 2nd "
        "track not due (D0+406); IBAN and mobile; BSN with dots; 'Geen medische gegevens opgenomen'."
    )
    c.must = [
        {
            "type": "bijstelling_probleemanalyse",
            "why": "§8.4: the latest bijstelling PA (D0+120) is older than the latest change in belastbaarheid (D0+203, "
            "recorded by the bedrijfsarts at D0+224); §8.2: the announced bijstelling is missing",
        }
    ]
    c.must_not = [
        {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+36"},
        {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA PA+9"},
        {"code": "missing", "type": "bijstelling_plan_van_aanpak", "why": "§8.2: present (D0+129)"},
        {"code": "waived", "type": "plan_van_aanpak", "why": "§8.1: the PA finds usable possibilities; a PvA exists"},
        {
            "code": "evaluation_gap",
            "why": "§8.3: meetings D0+45, 80, 115, 150, 185, 210, 245, 280, 315: at most 35 days apart",
        },
        {
            "code": "missing",
            "type": "eerstejaarsevaluatie",
            "severity": "error",
            "why": "§8.1/§8.3: window open until D0+363",
        },
        {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: window open until D0+363"},
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+290 ≤ D0+294"},
        {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+406 not reached"},
        {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: not due in week 48"},
        {"code": "missing", "type": "eindevaluatie", "why": "§8.1: not due in week 48"},
        {"code": "medical_data", "why": "§8.7: no health data in the folder"},
        {"code": "bsn_invalid", "why": "§8.5: one valid BSN; IBAN and mobile are no BSN"},
        {"code": "bsn_mismatch", "why": "§8.5: one BSN throughout"},
        {"code": "future", "why": "§8.3: no document is dated after as_of"},
    ]
    c.med_free = True
    return c


# ============================================================================================
# case 4: an earlier spell (10 weeks before D0) wrongly added; EJE held too early
# ============================================================================================


def case4() -> Case:
    c = Case("eerdere_periode_meegeteld_eje_te_vroeg", "2025-01-06", 322)
    bsn = BSNS[3]
    emp = employer_style(
        "kapsalon",
        "Kapsalon Knip & Krul",
        ("Marktplein 7, 7701 BG Dedemsvaart", "Tel. 0523 - 61 22 90", "IBAN " + lookalike("NL18 ABNA 0512 7733 91")),
        "serif",
        (140, 20, 90),
    )
    naam = "Kim Brink"
    owner = "Monique Bos"
    ba = "drs. E. Terpstra"
    prev_start, prev_end = dt.date(2024, 8, 19), dt.date(2024, 10, 25)
    c.pdf(
        "Arbodienst/Probleemanalyse Kim Brink.pdf",
        c.d(38),
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn)),
                    ("Functie", "Kapster, 28 uur"),
                    ("Eerste ziektedag", fmt_date(c.d0, "dash")),
                    ("Eerder verzuim", "19-08-2024 t/m 25-10-2024; hersteld per 28-10-2024"),
                    ("Datum", fmt_date(c.d(38), "dash")),
                ]
            ),
            Para(
                "De eerdere ziekteperiode eindigde meer dan vier weken voor de huidige eerste ziektedag en telt niet mee "
                "voor de wachttijd."
            ),
            Heading("Beperkingen en mogelijkheden"),
            Para("Beperkt in staan en in armbewegingen boven schouderhoogte. Mogelijk: balie en afspraken, 3 x 3 uur."),
            Heading("Advies"),
            Para("Plan van aanpak binnen twee weken, gericht op terugkeer in het eigen werk. " + NO_MED),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbodienst De Linde", fmt_date(c.d(38), "dash"))]),
        ],
        ARBO_LINDE,
    )
    c.photo(
        "Re-integratie/foto plan van aanpak.jpg",
        c.d(50),
        [
            Title("Plan van aanpak"),
            Fields([("Naam", naam), ("BSN", fmt_bsn(bsn)), ("Casemanager", f"{owner} (eigenaar)")]),
            Para(
                "Doel: weer knippen in de eigen salon. Activiteiten: balie en afspraken 3 x 3 uur vanaf 3 maart, elke maand 3 uur erbij."
            ),
            Para(
                "Evaluatie: elke 5 weken op dinsdag. Visie werkgever: Kim hoort hier. Visie werknemer: ik wil terug in mijn vak."
            ),
            Signatures([Sig("Werkgever", owner, "eigenaar", "25-02-2025"), Sig("Werknemer", naam, "", "25-02-2025")]),
        ],
        emp,
    )
    notes = {
        85: "Kim doet de balie 3 x 3 uur. Gaat goed.",
        120: "Kim doet nu ook lichte knipbeurten, 3 x 4 uur.",
        155: "Kim werkt 3 x 5 uur, kleuren nog niet.",
        190: "Kim werkt 4 x 5 uur. Zomerdrukte gaat goed.",
        225: "Kim werkt 4 x 5 uur, nog steeds niet volledig. Volgens mij zit ze nu al bijna een jaar in de ziektewet "
        "(met de vorige keer erbij). De eerstejaarsevaluatie doen we in oktober.",
        260: "Kim werkt 4 x 6 uur. Eerstejaarsevaluatie gepland op maandag 13 oktober.",
    }
    for i, (off, t) in enumerate(notes.items()):
        date = c.d(off)
        blocks = [
            Title("Gesprek met Kim"),
            Para(f"{fmt_date(date, 'weekday')}"),
            Para(t),
            Para("Volgende keer over 5 weken."),
            Signatures(
                [
                    Sig("Werkgever", owner, "eigenaar", fmt_date(date, "dash")),
                    Sig("Werknemer", naam, "", fmt_date(date, "dash")),
                ]
            ),
        ]
        if i == 2:
            c.docx(f"Re-integratie/gesprek {fmt_date(date, 'dash')}.docx", date, blocks, emp)
        else:
            c.pdf(f"Re-integratie/Gesprek {fmt_date(date, 'dash')}.pdf", date, blocks, emp)
    c.pdf(
        "Re-integratie/Eerstejaarsevaluatie Kim.pdf",
        c.d(280),
        [
            Title("Eerstejaarsevaluatie"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn)),
                    ("Datum", fmt_date(c.d(280), "dash")),
                    ("Ziek sinds", "19-08-2024 (de periode augustus t/m oktober 2024 telt mee)"),
                ]
            ),
            Heading("Terugblik op het eerste ziektejaar"),
            Para(
                "Kim is nu 52 weken ziek als we de vorige periode meetellen. Ze werkt 4 x 6 uur van de 28 uur in haar eigen werk."
            ),
            Heading("Tweede ziektejaar"),
            Para(
                "Doel: 28 uur in het eigen werk binnen drie maanden. Geen tweede spoor nodig; de bedrijfsarts verwacht volledig herstel."
            ),
            Heading("Visie werkgever en werknemer"),
            Para("Werkgever en werknemer zijn het eens met het doel."),
            Signatures([Sig("Werkgever", owner, "eigenaar", "13-10-2025"), Sig("Werknemer", naam, "", "13-10-2025")]),
        ],
        emp,
    )
    c.eml(
        "Administratie/RE_ ziekmelding UWV Kim.eml",
        c.d(287),
        "Salarisadministratie Hoekstra <loon@hoekstra-administratie.example>",
        "Monique Bos <monique@knipenkrul.example>",
        "RE: ziekmelding UWV Kim",
        "Beste Monique,\n\nVandaag hebben wij de 42e-weeksmelding voor Kim Brink bij UWV gedaan. Wij tellen vanaf de eerste "
        "ziektedag 6 januari 2025; de periode van vorig jaar telt niet mee, want Kim heeft daarna meer dan vier weken gewerkt.\n\n"
        "Met vriendelijke groet,\nAdministratiekantoor Hoekstra",
    )
    c.scan(
        "Administratie/scan brief UWV.pdf",
        c.d(295),
        [
            Title("Bevestiging ziekmelding"),
            Para(f"Wij hebben de ziekmelding van {naam} ontvangen op {fmt_date(c.d(287))}."),
            Fields([("BSN", bsn), ("Eerste ziektedag", fmt_date(c.d0, "dash"))]),
            Para(
                "Tussen week 46 en 52 van de ziekte maakt u met uw werknemer de eerstejaarsevaluatie. Stuur die niet naar ons."
            ),
        ],
        UWV,
    )
    c.docx(
        "Re-integratie/gesprek 29-10-2025.docx",
        c.d(296),
        [
            Title("Gesprek met Kim"),
            Para(fmt_date(c.d(296), "weekday")),
            Para(
                "Kim werkt 4 x 6 uur. De salarisadministratie zegt dat de vorige periode niet meetelt. Volgende keer over 5 weken."
            ),
            Signatures(
                [
                    Sig("Werkgever", owner, "eigenaar", fmt_date(c.d(296), "dash")),
                    Sig("Werknemer", naam, "", fmt_date(c.d(296), "dash")),
                ]
            ),
        ],
        emp,
    )
    c.eml(
        "Verzuim/Hersteld Kim oktober 2024.eml",
        dt.date(2024, 10, 25),
        "Monique Bos <monique@knipenkrul.example>",
        "Arbodienst De Linde <verzuim@delinde.example>",
        "Hersteldmelding Kim Brink",
        "Goedemiddag,\n\nKim Brink is hersteld en werkt vanaf maandag 28 oktober weer volledig.\n\nMonique Bos",
    )
    c.yaml(
        'werknemer: {naam: "Kim Brink", bsn: "%s", functie: "Kapster"}\n'
        'werkgever: {naam: "Kapsalon Knip & Krul", aard_van_het_bedrijf: "Kapsalon, 5 medewerkers"}\n'
        'casemanager: {naam: "%s"}\n'
        "eerste_ziektedag: 2025-01-06\n" % (bsn, owner)
    )
    c.planted = (
        "checked in week 47 (D0+322). An earlier spell (2024-08-19 to 2024-10-25, back at work 2024-10-28, 70 days before "
        "D0) does not count: more than four weeks apart (the PA and the payroll office say so). The salon owner counted "
        "it anyway and held the eerstejaarsevaluatie ('Re-integratie/Eerstejaarsevaluatie Kim.pdf') on 2025-10-13, D0+280 "
        "(week 41), 'na 52 weken met de vorige periode erbij': before the week 46-52 window (D0+315..D0+363). No later EJE. "
        "Traps: the EJE names 19-08-2024 as 'ziek sinds' (dossier.yaml and the PA give 2025-01-06); the old recovery mail "
        "(2024-10-25) is dated before D0; PA D0+38 and PvA D0+50 on time from D0; the PvA is a phone photo (EXIF 6); "
        "meetings every 35 days dated with weekdays ('dinsdag 1 april 2025'), two Word files; the meeting of D0+225 says "
        "'bijna een jaar'; 42e-weeksmelding D0+287 by the payroll office and UWV's confirmation (a scan) explaining the "
        "window; the EJE says no 2nd track (D0+406 not reached); IBAN and phone numbers; BSN plain."
    )
    c.must = [
        {
            "code": "early",
            "type": "eerstejaarsevaluatie",
            "why": "§8.3: EJE within weeks 46-52 (D0+315..D0+363); it is dated D0+280 (week 41). The earlier spell ended "
            "more than four weeks before D0 and is not added (§2.1)",
        }
    ]
    c.must_not = [
        {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: dated D0+280, not after the window"},
        {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+38"},
        {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA PA+12"},
        {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present (a phone photo)"},
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+287 ≤ D0+294"},
        {
            "code": "evaluation_gap",
            "why": "§8.3: meetings every 35 days (D0+50 .. D0+296), EJE at D0+280, last 26 days before as_of",
        },
        {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+406 not reached"},
        {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: not due in week 47"},
        {"code": "missing", "type": "eindevaluatie", "why": "§8.1: not due in week 47"},
        {"code": "medical_data", "why": "§8.7: no health data in the folder"},
        {"code": "bsn_invalid", "why": "§8.5: one valid BSN; IBAN and phone numbers are no BSN"},
        {"code": "bsn_mismatch", "why": "§8.5: one BSN throughout"},
        {"code": "future", "why": "§8.3: no document is dated after as_of"},
    ]
    c.med_free = True
    return c


# ============================================================================================
# case 5: eindevaluatie only in an e-mail body (date in the header), after week 91
# ============================================================================================


def case5() -> Case:
    c = Case("eindevaluatie_in_mail_na_week91", "2024-08-05", 655, aanvraag=648)
    bsn = BSNS[4]
    emp = employer_style(
        "lindeboom",
        "Architectenbureau Lindeboom",
        ("Oudegracht 201, 3511 NK Utrecht", "KvK " + lookalike("30871144")),
        "sans",
        (70, 70, 70),
    )
    naam = "Sanne de Groot"
    cm = "Ellen Vos"
    ba = "J.W. Ploeg"
    c.pdf(
        "Arbo/Probleemanalyse S. de Groot.pdf",
        c.d(38),
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn)),
                    ("Functie", "Bouwkundig tekenaar, 36 uur"),
                    ("Eerste ziektedag", fmt_date(c.d0, "dash")),
                    ("Datum", fmt_date(c.d(38), "dash")),
                ]
            ),
            Para(
                "Dreigend langdurig verzuim. Beperkt in beeldschermwerk (max. 2 uur per dag) en in concentratie. Benutbare mogelijkheden: 3 x 2 uur."
            ),
            Para("Advies: plan van aanpak binnen twee weken. " + NO_MED),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbodienst De Linde", fmt_date(c.d(38), "dash"))]),
        ],
        ARBO_LINDE,
    )
    c.pdf(
        "Re-integratie/Plan van aanpak Sanne.pdf",
        c.d(50),
        [
            Title("Plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn)), ("Casemanager", f"{cm}, office manager")]),
            Para(
                "Doel: terugkeer in het eigen werk. Activiteiten: 3 x 2 uur tekenwerk vanaf 30 september 2024, opbouw per maand. Evaluatie elke zes weken."
            ),
            Para("Visie werkgever: we passen het werk aan. Visie werknemer: ik wil rustig opbouwen."),
            Signatures(
                [Sig("Werkgever", cm, "office manager", "24-09-2024"), Sig("Werknemer", naam, "", "24-09-2024")]
            ),
        ],
        emp,
    )
    c.scan(
        "UWV/Scan 42e weeks melding.pdf",
        c.d(287),
        [
            Title("Bevestiging ziekmelding"),
            Para(f"Wij hebben uw ziekmelding van {naam} ontvangen op {fmt_date(c.d(287))}."),
            Fields([("BSN", bsn), ("Eerste ziektedag", fmt_date(c.d0, "dash"))]),
        ],
        UWV,
    )
    c.pdf(
        "Re-integratie/Arbeidsdeskundig rapport.pdf",
        c.d(330),
        [
            Title("Arbeidsdeskundig onderzoek"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn)), ("Datum", fmt_date(c.d(330), "long"))]),
            Para(
                "Sanne werkt structureel 24 van 36 uur in aangepast eigen werk (tekenwerk, minder beeldscherm, meer overleg). "
                "Dit is een bevredigend resultaat; uitbreiding is niet te verwachten. Geen tweede spoor."
            ),
            Signatures(
                [Sig("Arbeidsdeskundige", "mr. L. de Boer", "register-arbeidsdeskundige", fmt_date(c.d(330), "long"))]
            ),
        ],
        AD_NOORD,
    )
    c.pdf(
        "Re-integratie/Eerstejaarsevaluatie Sanne.pdf",
        c.d(345),
        [
            Title("Eerstejaarsevaluatie"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn)), ("Datum", fmt_date(c.d(345), "dash"))]),
            Para(
                "Terugblik eerste ziektejaar: opbouw tot 24 uur in aangepast eigen werk. Tweede ziektejaar: 24 uur structureel, geen spoor 2 (zie AD-rapport)."
            ),
            Para("Visie werkgever en werknemer: beiden akkoord."),
            Signatures(
                [Sig("Werkgever", cm, "office manager", "16-07-2025"), Sig("Werknemer", naam, "", "16-07-2025")]
            ),
        ],
        emp,
    )
    c.scan(
        "UWV/Brief UWV week 88.pdf",
        c.d(610),
        [
            Title("Aanvraag WIA-uitkering"),
            Para(
                f"Geachte mevrouw De Groot,\n\nUw wachttijd eindigt op {fmt_date(c.d(727))}. Vraag de WIA-uitkering aan vóór {fmt_date(c.d(650))}."
            ),
            Fields([("BSN", bsn)]),
        ],
        UWV,
    )
    c.pdf(
        "WIA/Actueel oordeel S. de Groot.pdf",
        c.d(620),
        [
            Title("Actueel oordeel"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn)), ("Datum", fmt_date(c.d(620), "dash"))]),
            Para(
                "Stand van zaken: 24 van 36 uur structureel in aangepast eigen werk. Belastbaarheid: beeldscherm max. 4 uur per dag, 24 uur per week; blijvend."
            ),
            Para(
                "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: het huidige aangepaste werk. Opgesteld voor de WIA-aanvraag. "
                + NO_MED
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(c.d(620), "dash"))]),
        ],
        ARBO_LINDE,
    )
    c.eml(
        "WIA/Uitnodiging eindgesprek.eml",
        c.d(625),
        "Ellen Vos <ellen@lindeboom-architecten.example>",
        "Sanne de Groot <sanne.degroot@mailbox.example>",
        "Uitnodiging eindgesprek",
        "Hoi Sanne,\n\nHet actueel oordeel is binnen. Zullen we de eindevaluatie doen op donderdag 7 mei om 13.00 uur? Eerder "
        "lukt mij niet door de vakantie.\n\nGroet, Ellen",
    )
    c.eml(
        "WIA/Verslag eindgesprek.eml",
        c.d(641),
        "Ellen Vos <ellen@lindeboom-architecten.example>",
        "Sanne de Groot <sanne.degroot@mailbox.example>",
        "Verslag eindgesprek (eindevaluatie)",
        f"Hoi Sanne,\n\nHierbij het verslag van ons eindgesprek van gisteren; dit is de eindevaluatie voor je WIA-aanvraag.\n\n"
        f"Naam: {naam}, BSN {bsn}\n\n"
        "Aard van het bedrijf: architectenbureau met 14 medewerkers (woningbouw en renovatie).\n"
        "Terugblik: na bijna twee jaar werk je structureel 24 van 36 uur als bouwkundig tekenaar, met minder beeldschermwerk. "
        "Het plan van aanpak en de bijstellingen zijn uitgevoerd.\n"
        "Arbeidsrelatie: goed, we werken graag met je samen.\n"
        "Passende arbeid: het aangepaste tekenwerk (24 uur) blijft beschikbaar; meer uren zijn er niet.\n\n"
        "Wil je per mail laten weten of je akkoord bent? Dan gaat het met je aanvraag mee.\n\n"
        "Groet,\nEllen Vos\nOffice manager / casemanager",
        hour=16,
    )
    c.docx(
        "WIA/Oordeel werknemer Sanne de Groot.docx",
        c.d(646),
        [
            Title("Oordeel van de werknemer over het re-integratieverslag"),
            Fields([("Naam", naam), ("BSN", fmt_bsn(bsn)), ("Datum", fmt_date(c.d(646), "dash"))]),
            Para(
                "Ik ben het eens met het re-integratieverslag en met het verslag van het eindgesprek dat Ellen mij mailde."
            ),
            Signatures([Sig("Werknemer", naam, "", fmt_date(c.d(646), "dash"))]),
        ],
        emp,
    )
    c.yaml(
        'werknemer: {naam: "Sanne de Groot", bsn: "%s", functie: "Bouwkundig tekenaar"}\n'
        'werkgever: {naam: "Architectenbureau Lindeboom", aard_van_het_bedrijf: "Architectenbureau"}\n'
        'bedrijfsarts: {naam: "%s", organisatie: "Arbodienst De Linde"}\n'
        'casemanager: {naam: "%s"}\n'
        "eerste_ziektedag: 2024-08-05\n"
        "aanvraag_wia: %s\n" % (bsn, ba, cm, c.aanvraag.isoformat())
    )
    c.planted = (
        "checked in week 94 (D0+655), after the application (D0+648, week 93, dossier.yaml; on time, due by D0+650). The "
        "eindevaluatie exists only as the body of the casemanager's e-mail 'WIA/Verslag eindgesprek.eml', sent "
        "2026-05-08 (D0+641, week 92) about 'ons eindgesprek van gisteren' (D0+640); the text itself names no date (it is "
        "only in the mail header). Due by D0+636 (week 91): 5 days late. Traps: the EV covers aard van het bedrijf, "
        "arbeidsrelatie and passende arbeid and is before the application; the AO (D0+620, 28 days before the "
        "application) is before the EV; the invitation mail (D0+625) names the meeting in everyday words ('donderdag 7 "
        "mei') and is no EV; the oordeel werknemer is a Word file; no 2nd track, satisfactory result (24 of 36 hours, "
        "AD-rapport and EJE); UWV letters are scans; KvK number; only a selection of meetings is filed (gaps not judged)."
    )
    ev = "WIA/Verslag eindgesprek.eml"
    c.must = [
        {
            "code": "late",
            "type": "eindevaluatie",
            "why": "§8.3: EV and RIV copies ≤ D0+636 (week 91); the EV is an e-mail of D0+641 (date in the mail header)",
        }
    ]
    c.must_not = [
        {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present as the body of an e-mail"},
        {"code": "order", "why": "§8.3: AO D0+620 < EV D0+641 < application D0+648"},
        {"code": "outdated", "type": "actueel_oordeel", "why": "§8.4 (§2.5): AO 28 days before the application"},
        {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present"},
        {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: present (Word)"},
        {
            "code": "missing",
            "type": "trajectplan_tweede_spoor",
            "why": "§8.3: no 2nd track, satisfactory result motivated in AD-rapport and EJE",
        },
        {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: D0+345, week 50"},
        {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+38"},
        {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA PA+12"},
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+287"},
        {"code": "medical_data", "why": "§8.7: no health data in the folder"},
        {"code": "bsn_invalid", "why": "§8.5: one valid BSN; KvK is no BSN"},
        {"code": "bsn_mismatch", "why": "§8.5: one BSN throughout"},
        {"code": "future", "why": "§8.3: no document is dated after as_of"},
    ]
    c.med_free = True
    return c


# ============================================================================================
# case 6: clean; relapse within four weeks handled right; 42e-weeksmelding due in 24 days
# ============================================================================================


def case6() -> Case:
    c = Case("schoon_week39_herval_deeltijd", "2025-01-13", 270)
    bsn = BSNS[5]
    emp = employer_style(
        "despaak",
        "Rijwielfabriek De Spaak B.V.",
        (
            "Havenweg 12, 7001 GS Doetinchem",
            "IBAN " + lookalike("NL72 RABO 0144 6028 18") + " | KvK " + lookalike("09112743"),
        ),
        "condensed",
        (180, 30, 30),
    )
    naam = "Joost Hermans"
    cm = "Wendy Claassen"
    ba = "drs. P.J. Hendriks"
    mob = lookalike("+31 6 1407 5532")
    c.eml(
        "01 Verzuim/Ziekmelding Joost.eml",
        c.d(0),
        "Joost Hermans <joost.hermans@kpnmail.example>",
        "P&O De Spaak <po@despaak.example>",
        "ziek",
        f"Goedemorgen, ik ben ziek en kom vandaag niet. Ik ben bereikbaar op {mob}. Joost",
        hour=6,
    )
    c.eml(
        "01 Verzuim/Joost weer aan het werk.eml",
        c.d(14),
        "P&O De Spaak <po@despaak.example>",
        "Ploegleider montage <montage@despaak.example>",
        "Joost weer aan het werk",
        "Joost is vandaag weer begonnen, volledig. Ziekteperiode 13 t/m 24 januari. Wendy",
    )
    c.eml(
        "01 Verzuim/RE_ Joost opnieuw ziek.eml",
        c.d(35),
        "Wendy Claassen <w.claassen@despaak.example>",
        "Arbo Vitaal Oost <melding@arbovitaaloost.example>",
        "RE: Joost opnieuw ziek",
        "Goedemiddag,\n\nJoost Hermans meldde zich vandaag opnieuw ziek, drie weken nadat hij hersteld was. Omdat er minder "
        "dan vier weken tussen zit, tellen de perioden samen: de eerste ziektedag blijft 13 januari 2025. Wilt u het "
        "dossier daarop aanpassen?\n\nMet vriendelijke groet,\nWendy Claassen, P&O-adviseur",
    )
    c.pdf(
        "02 Arbodienst/Bevestiging melding.pdf",
        c.d(36),
        [
            Title("Bevestiging verzuimmelding"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Verzuimnummer", lookalike("2025-004518")),
                    ("Eerste ziektedag", "13-01-2025 (samengeteld met de melding van 17-02-2025)"),
                ]
            ),
            Para("Het dossier is voortgezet onder de eerste ziektedag van 13 januari 2025."),
        ],
        ARBO_OOST,
    )
    c.pdf(
        "02 Arbodienst/Probleemanalyse J. Hermans.pdf",
        c.d(39),
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Functie", "Monteur eindassemblage, 32 uur"),
                    ("Eerste ziektedag", "13-01-2025 (herval op 17-02-2025, samengeteld)"),
                    ("Datum", fmt_date(c.d(39), "dash")),
                ]
            ),
            Para(
                "Dreigend langdurig verzuim. Beperkt in repeterende armbewegingen en in krachtzetten. Benutbare mogelijkheden: licht montagewerk, 3 x 3 uur."
            ),
            Para("Advies: plan van aanpak binnen twee weken; opbouw in het eigen werk. " + NO_MED),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(c.d(39), "dash"))]),
        ],
        ARBO_OOST,
    )
    c.scan(
        "03 Plan van aanpak/PvA Joost getekend.pdf",
        c.d(53),
        [
            Title("Plan van aanpak"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Eerste ziektedag", "13-01-2025"),
                    ("Casemanager", f"{cm}, P&O-adviseur"),
                ]
            ),
            Heading("Doel"),
            Para("Terugkeer in het eigen werk als monteur eindassemblage."),
            Heading("Activiteiten"),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["Licht montagewerk 3 x 3 uur", "Joost / ploegleider", "vanaf 10 maart 2025"],
                    ["Opbouw", "Joost", "elke 5 weken, na evaluatie"],
                ],
            ),
            Heading("Evaluatiemomenten"),
            Para("Elke vijf weken, op vrijdag."),
            Heading("Visie werkgever / visie werknemer"),
            Para("Werkgever: we passen de werkplek aan. Werknemer: ik begin graag met halve ochtenden."),
            Signatures([Sig("Werkgever", cm, "P&O-adviseur", "07-03-2025"), Sig("Werknemer", naam, "", "07-03-2025")]),
        ],
        emp,
    )
    c.pdf(
        "04 Gesprekken/Evaluatie april.pdf",
        c.d(88),
        meeting_blocks(
            c.d(88), naam, f"{cm} (P&O)", "Joost werkt 3 x 3 uur licht montagewerk. Het gaat goed.", "Over vijf weken."
        ),
        emp,
    )
    c.pdf(
        "04 Gesprekken/Evaluatie mei.pdf",
        c.d(123),
        [
            Title("Evaluatiegesprek"),
            Para(
                "Vrijdag 16 mei hebben Joost, zijn ploegleider en ik de opbouw besproken. Joost werkt nu 3 x 5 uur. "
                "Volgende evaluatie vrijdag 20 juni."
            ),
            Signatures([Sig("Casemanager", cm, "P&O-adviseur", "16 mei"), Sig("Werknemer", naam, "", "16 mei")]),
        ],
        emp,
    )
    c.docx(
        "04 Gesprekken/verslag 20 juni.docx",
        c.d(158),
        [
            Title("Verslag evaluatiegesprek"),
            Fields([("Datum", "20-06-2025"), ("Aanwezig", f"{naam}, {cm}")]),
            Para(
                "Joost werkt 4 x 5 uur. Hij vertelde over de afspraak van volgende week: ████████████████████████. "
                "(Doorgehaald: dit hoort niet in het werkgeversdossier.) De bedrijfsarts ziet hem maandag."
            ),
            Para("Volgende evaluatie over vijf weken."),
        ],
        emp,
    )
    c.pdf(
        "02 Arbodienst/Bijstelling probleemanalyse.pdf",
        c.d(161),
        [
            Title("Bijstelling probleemanalyse"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn, "dots")), ("Datum", fmt_date(c.d(161), "dash"))]),
            Para(
                "De belastbaarheid is veranderd: volledige terugkeer in de eigen functie is niet te verwachten, wel 20 van 32 "
                "uur in licht montagewerk. Stel het plan van aanpak bij. " + NO_MED
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(c.d(161), "dash"))]),
        ],
        ARBO_OOST,
    )
    c.pdf(
        "03 Plan van aanpak/Bijstelling PvA Joost.pdf",
        c.d(172),
        [
            Title("Bijstelling plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(bsn, "dots")), ("Casemanager", cm)]),
            Para("Dit plan vervangt het plan van aanpak van 7 maart 2025."),
            Para(
                "Doel: 20 van 32 uur structureel in licht montagewerk (aangepast eigen werk). Activiteiten: werkplekaanpassing in juli, 4 x 5 uur vanaf augustus. Evaluatie elke vijf weken."
            ),
            Para("Visie werkgever: het lichte werk blijft beschikbaar. Visie werknemer: eens."),
            Signatures([Sig("Werkgever", cm, "P&O-adviseur", "04-07-2025"), Sig("Werknemer", naam, "", "04-07-2025")]),
        ],
        emp,
    )
    c.eml(
        "04 Gesprekken/Kort verslag van vanmiddag.eml",
        c.d(193),
        "Wendy Claassen <w.claassen@despaak.example>",
        "Joost Hermans <joost.hermans@kpnmail.example>",
        "Kort verslag van vanmiddag",
        "Hoi Joost,\n\nKort verslag van ons gesprek van vanmiddag: de werkplek is aangepast, je werkt 4 x 5 uur. Alles volgens "
        "het bijgestelde plan. Volgende evaluatie over vijf weken.\n\nGroet, Wendy",
        hour=16,
    )
    c.photo(
        "04 Gesprekken/IMG_20250829_1641.jpg",
        c.d(228),
        meeting_blocks(
            c.d(228),
            naam,
            f"{cm} (P&O)",
            "Joost werkt structureel 20 uur (4 x 5 uur) in licht montagewerk. Stabiel.",
            "Over vijf weken.",
        ),
        emp,
    )
    c.pdf(
        "04 Gesprekken/Evaluatie oktober.pdf",
        c.d(263),
        meeting_blocks(
            c.d(263),
            naam,
            f"{cm} (P&O)",
            "Joost werkt 20 uur. De 42e-weeksmelding doet de salarisadministratie eind oktober.",
            "Over vijf weken.",
        ),
        emp,
    )
    c.eml(
        "05 UWV/42e weeks melding Joost.eml",
        c.d(266),
        "Salarisadministratie <salaris@despaak.example>",
        "Wendy Claassen <w.claassen@despaak.example>",
        "42e weeks melding Joost",
        "Hoi Wendy,\n\nDe 42e-weeksmelding voor Joost Hermans (eerste ziektedag 13-01-2025) staat klaar en gaat op maandag 27 "
        "oktober naar UWV; uiterlijk 3 november moet hij binnen zijn.\n\nGroet, Salarisadministratie",
    )
    c.yaml(
        'werknemer: {naam: "Joost Hermans", bsn: "%s", functie: "Monteur eindassemblage"}\n'
        'werkgever: {naam: "Rijwielfabriek De Spaak B.V.", aard_van_het_bedrijf: "Fabriek van fietsen"}\n'
        'bedrijfsarts: {naam: "%s", organisatie: "Arbo Vitaal Oost"}\n'
        'casemanager: {naam: "%s"}\n'
        "# ziek 13-01 t/m 24-01-2025, hersteld 27-01, opnieuw ziek 17-02-2025: samengeteld\n"
        "eerste_ziektedag: 2025-01-13\n" % (bsn, ba, cm)
    )
    c.planted = (
        "nothing (yet). Checked in week 39 (D0+270): the 42e-weeksmelding is due at D0+294 (2025-11-03, 24 days after "
        "as_of) and not made yet (the payroll mail of D0+266 says it goes out on 2025-10-27, after as_of). Traps: a relapse "
        "within four weeks (sick 13-24 January, back 27 January, sick again 17 February), added together correctly: every "
        "document and dossier.yaml keep D0 = 2025-01-13, PA D0+39 and PvA D0+53 (exactly PA+14, a copier scan) on time "
        "from D0; part-time recovery (3 x 3 hours, later 20 of 32 hours structurally); bijstelling PA (D0+161) followed "
        "11 days later by a bijstelling PvA that replaces the PvA; meetings every 30-35 days: one dated only in everyday "
        "words ('Vrijdag 16 mei', signatures '16 mei', no year), one a Word file with a correctly redacted sentence, one "
        "only in an e-mail body ('vanmiddag', date in the header), one a phone photo (EXIF 6); IBAN, KvK, a verzuimnummer "
        "and a +31 mobile; BSN with dots; EJE, AD, 2nd track, AO, EV not due."
    )
    c.no_errors = True
    c.must = []
    c.must_not = [
        {
            "code": "late",
            "type": "probleemanalyse",
            "why": "§8.3: PA D0+39 ≤ D0+42 (D0 = first spell, spells added, §2.1)",
        },
        {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA exactly PA+14"},
        {
            "code": "missing",
            "type": "bijstelling_plan_van_aanpak",
            "why": "§8.2: present, 11 days after the bijstelling PA",
        },
        {
            "code": "evaluation_gap",
            "why": "§8.3: PvA D0+53, meetings D0+88, 123, 158, 193, 228, 263 (35 days apart), as_of 7 days later",
        },
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: due D0+294, after as_of"},
        {
            "code": "missing",
            "type": "ziekmelding_uwv",
            "severity": "error",
            "why": "§8.3: not yet due (D0+294); a fine only, at most I/W",
        },
        {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: not due in week 39"},
        {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: not due in week 39"},
        {"code": "missing", "type": "eindevaluatie", "why": "§8.1: not due in week 39"},
        {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+406 not reached"},
        {"code": "medical_data", "why": "§8.7: no health data; the one sentence is correctly redacted"},
        {"code": "bsn_invalid", "why": "§8.5: one valid BSN; IBAN, KvK, verzuimnummer and mobile are no BSN"},
        {"code": "bsn_mismatch", "why": "§8.5: one BSN throughout"},
        {"code": "future", "why": "§8.3: no document is dated after as_of"},
        {"code": "no_first_sick_day", "why": "§8.3: in dossier.yaml and the documents"},
    ]
    c.med_free = True
    return c


# ============================================================================================


HEADER = """# Expected findings of findings holdout 16. GENERATED by make_holdout16.py: edit the cases there.
# Written from DOMAIN.md (§8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without reading the
# rule code and without running the tool. Untouched holdout: do not tune the rules on it (if you do, say so in
# README.md).
#
# Per case: as_of (the --as-of date), planted (what is wrong and the traps), must / must_not (lists of
# {code?, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.
# no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia repeat dossier.yaml.

"""


def main() -> None:
    if CASES_DIR.exists():
        shutil.rmtree(CASES_DIR)
    exp_path = HERE / "expected.yaml"
    if exp_path.exists():
        exp_path.unlink()
    cases = [case1(), case2(), case3(), case4(), case5(), case6()]
    check_lookalikes()
    assert len(set(BSNS)) == 6
    out: dict = {}
    for c in cases:
        n = len(c.docs)
        assert 10 <= n <= 25, (c.name, n)
        # dossier.yaml agrees with expected
        y = yaml.safe_load((c.dir / "dossier.yaml").read_text(encoding="utf-8"))
        assert str(y["eerste_ziektedag"]) == c.d0.isoformat(), c.name
        assert (str(y.get("aanvraag_wia")) if y.get("aanvraag_wia") else None) == (
            c.aanvraag.isoformat() if c.aanvraag else None
        )
        assert bsn_valid(str(y["werknemer"]["bsn"]))
        # no health data in any document
        if c.med_free:
            for rel, text in c.texts.items():
                low = text.lower()
                for w in MEDICAL_WORDS:
                    assert w not in low, (c.name, rel, w)
        entry: dict = {"as_of": c.as_of.isoformat(), "first_sick_day": c.d0.isoformat()}
        if c.aanvraag:
            entry["aanvraag_wia"] = c.aanvraag.isoformat()
        entry["planted"] = c.planted
        if c.no_errors:
            entry["no_errors"] = True
        entry["must"] = c.must
        entry["must_not"] = c.must_not
        for e in c.must + c.must_not:
            assert "§8" in e["why"], e
            if "path" in e:
                assert (c.dir / e["path"]).exists(), e["path"]
        out[c.name] = entry
    text = HEADER + yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=120)
    exp_path.write_text(text, encoding="utf-8")
    total = sum(len(c.docs) for c in cases)
    print(f"wrote {len(cases)} cases, {total} documents, expected.yaml")


if __name__ == "__main__":
    main()
