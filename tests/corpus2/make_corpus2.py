# ruff: noqa: E501  (long prose strings are the point of this file)
"""Generate the second holdout corpus: tests/corpus2/files/<case>/... and labels.csv.

Run:  .venv/bin/python tests/corpus2/make_corpus2.py

An untouched holdout (split ``holdout2``) written independently of samples/riv_content.py and
tests/corpus/: its own people, organisations, house styles, titles, field labels and phrasing.
Only the low-level writers of samples/docgen.py are reused. Deterministic: fixed seeds, no clock.
Do not tune the classifier on these files.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
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
    attachment_from,
    mail_date,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
)

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SPLIT = "holdout2"
RNG = random.Random(77120931)

# ---------------------------------------------------------------------------------------------
# small helpers (own date formats, own BSN generator)
# ---------------------------------------------------------------------------------------------

MAANDEN = [
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
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def nl(d: dt.date) -> str:  # 19 april 2024
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def nlw(d: dt.date) -> str:  # vrijdag 19 april 2024
    return f"{DAGEN[d.weekday()]} {nl(d)}"


def dash(d: dt.date) -> str:  # 19-04-2024
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def short(d: dt.date) -> str:  # 3-11-2023
    return f"{d.day}-{d.month}-{d.year}"


def en(d: dt.date) -> str:  # 13 March 2024
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def en_us(d: dt.date) -> str:  # March 13, 2024
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def week(d0: dt.date, n: int, day: int = 0) -> dt.date:
    """Day ``day`` (0 = the weekday of d0) of sick week ``n`` (week 1 starts on d0)."""
    return d0 + dt.timedelta(days=7 * (n - 1) + day)


def elfproef(s: str) -> bool:
    digits = [int(c) for c in s if c.isdigit()]
    return len(digits) == 9 and sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def new_bsn() -> str:
    while True:
        body = [RNG.randrange(1, 10)] + [RNG.randrange(10) for _ in range(7)]
        rest = sum(d * w for d, w in zip(body, (9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rest < 10:
            s = "".join(map(str, body)) + str(rest)
            if elfproef(s):
                return s


ROWS: list[dict[str, str]] = []


def label(path: str, type_: str, date: dt.date | None, note: str) -> None:
    ROWS.append({"path": path, "type": type_, "date": date.isoformat() if date else "", "split": SPLIT, "note": note})


def emit(case: str, name: str, fmt: str, blocks, style: Style, type_: str, date, note: str, **kw) -> Path:
    p = FILES / case / name
    if fmt == "pdf":
        write_pdf(p, blocks, style)
    elif fmt == "docx":
        write_docx(p, blocks, style)
    elif fmt == "scan":
        write_scan_pdf(p, blocks, style, **kw)
    elif fmt == "photo":
        write_photo_jpg(p, blocks, style, **kw)
    else:
        raise ValueError(fmt)
    label(f"{case}/{name}", type_, date, f"{case}; {fmt}; {note}")
    return p


def emit_mail(
    case,
    name,
    headers,
    body,
    att_name,
    att_fmt,
    att_blocks,
    att_style,
    att_type,
    att_date,
    mail_note,
    att_note,
    mail_type="",
    mail_date_=None,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ap = Path(tmp) / att_name
        (write_pdf if att_fmt == "pdf" else write_docx)(ap, att_blocks, att_style)
        att = attachment_from(ap)
    write_eml(FILES / case / name, headers, body, [att])
    label(f"{case}/{name}", mail_type, mail_date_, f"{case}; eml; {mail_note}")
    label(f"{case}/{name}::{att_name}", att_type, att_date, f"{case}; {att_fmt} in eml; {att_note}")


def plain_mail(case, name, headers, body, type_, date, note) -> None:
    write_eml(FILES / case / name, headers, body, [])
    label(f"{case}/{name}", type_, date, f"{case}; eml; {note}")


# ---------------------------------------------------------------------------------------------
# house styles (all fictional organisations)
# ---------------------------------------------------------------------------------------------

ST = {
    # case A: a municipality, a big national arbodienst, an independent AD, a 2nd-track bureau
    "a_arbo": Style(
        "a_arbo",
        "VerzuimVisie Arbodienstverlening",
        (
            "Regiokantoor Midden-Nederland · Postbus 85120 · 3508 AC Utrecht",
            "Klantenservice 030 - 799 40 00 · www.verzuimvisie.example",
        ),
        font="sans",
        accent=(0, 102, 153),
        letterhead="band",
        footer="VerzuimVisie Arbodienstverlening B.V. · KvK 30219874 · SBCA-gecertificeerd · vertrouwelijk",
        producer="VerzuimVisie Dossier 7.4 (PDF export)",
        author="VerzuimVisie",
    ),
    "a_gem": Style(
        "a_gem",
        "Gemeente Lindenhaven",
        ("Raadhuisplein 1 · Postbus 70 · 3440 AB Lindenhaven", "Team P&O · telefoon 14 0348"),
        font="serif",
        accent=(125, 30, 35),
        letterhead="right",
        fields_as_table=True,
        footer="Gemeente Lindenhaven · www.lindenhaven.example · IBAN NL00 BNGH 0000 0000 01",
        producer="Microsoft® Word voor Microsoft 365",
        author="R. Overdijk",
    ),
    "a_ad": Style(
        "a_ad",
        "Van Houweninge Arbeidsdeskundig Advies",
        (
            "mr. drs. C.M. van Houweninge RAD · register-arbeidsdeskundige",
            "Oudegracht 301-bis, 3511 PA Utrecht",
        ),
        font="serif",
        accent=(40, 40, 40),
        letterhead="left",
        footer="Van Houweninge Arbeidsdeskundig Advies · KvK 61184402 · lid NVvA",
    ),
    "a_bureau": Style(
        "a_bureau",
        "Koersvast Loopbaan & Re-integratie",
        ("Vestiging Amersfoort · Stationsstraat 44 · 3811 MK Amersfoort",),
        font="condensed",
        accent=(230, 120, 0),
        letterhead="left",
        footer="Koersvast B.V. · KvK 58213376 · Blik op Werk Keurmerk · privacyreglement op aanvraag",
    ),
    "a_ggz": Style(
        "a_ggz",
        "Psychologenpraktijk Kantelpunt",
        ("GZ-psychologen en psychotherapeuten · Vinkenlaan 9, 3443 CE Lindenhaven",),
        font="sans",
        accent=(60, 120, 90),
        letterhead="centered",
        footer="Kantelpunt · AGB-code 94-012345 · vertrouwelijke correspondentie",
    ),
    "a_priv": Style("a_priv", "", (), font="serif", accent=(0, 0, 0), letterhead="none", footer=" "),
    # case B: a construction firm, a one-person bedrijfsartsenpraktijk
    "b_ba": Style(
        "b_ba",
        "Bedrijfsartsenpraktijk W.F. Doornbos",
        ("zelfstandig bedrijfsarts · Stationsweg 14a · 7311 ZZ Apeldoorn · 055 - 720 18 18",),
        font="mono",
        accent=(0, 0, 0),
        letterhead="left",
        title_upper=True,
        footer="W.F. Doornbos, bedrijfsarts · KvK 72011563 · geregistreerd bedrijfsarts (RGS)",
    ),
    "b_wg": Style(
        "b_wg",
        "Bouwbedrijf Gebr. Stoutjesdijk B.V.",
        ("Kanaalweg-Noord 212 · 7336 ZZ Apeldoorn · T 055 - 541 22 00",),
        font="sans",
        accent=(200, 30, 30),
        letterhead="band",
        fields_as_table=True,
        footer="KvK 08051234 · BTW NL008051234B01 · VCA** · lid Bouwend Nederland",
        author="A. Lamberink",
    ),
    "b_ad": Style(
        "b_ad",
        "Ruitenberg Arbeidsdeskundig Advies Bouw & Techniek",
        ("J.M. Ruitenberg, register-arbeidsdeskundige", "Molenstraat 7 · 6721 WJ Bennekom"),
        font="sans",
        accent=(20, 80, 140),
        letterhead="right",
        footer="Ruitenberg AD · KvK 09183372",
    ),
    "b_bureau": Style(
        "b_bureau",
        "Bouwstenen Loopbaancoaching",
        ("werk-naar-werk voor vakmensen · Deventerstraat 110 · 7321 CD Apeldoorn",),
        font="condensed",
        accent=(90, 60, 20),
        letterhead="centered",
        footer="Bouwstenen Loopbaancoaching V.O.F. · KvK 64420198",
    ),
    "b_zkh": Style(
        "b_zkh",
        "Ziekenhuis Veluwehof",
        ("Orthopedie & Traumatologie · Albert Schweitzerlaan 2 · 7334 DZ Apeldoorn",),
        font="serif",
        accent=(0, 90, 60),
        letterhead="left",
        footer="Ziekenhuis Veluwehof · polikliniek Orthopedie · route 14",
    ),
    "b_priv": Style("b_priv", "", (), font="sans", accent=(0, 0, 0), letterhead="none", footer=" "),
    # case C: a supermarket chain with an English-language HR team, a hospital's occupational health department
    "c_arbo": Style(
        "c_arbo",
        "Sint Clemens Ziekenhuis – Arbeid & Gezondheid",
        (
            "afdeling bedrijfsgezondheidszorg voor eigen personeel en externe werkgevers",
            "Dokter van Heesweg 4 · 8025 AB Zwolle",
        ),
        font="serif",
        accent=(0, 70, 120),
        letterhead="centered",
        footer="Sint Clemens Ziekenhuis · Arbeid & Gezondheid · www.sintclemens.example/arbo",
        producer="HiX 6.3 documentgenerator",
    ),
    "c_wg": Style(
        "c_wg",
        "Verdaan Supermarkten B.V.",
        ("a Northgate Retail Group company · People Services Benelux", "Hanzelaan 90 · 8017 JE Zwolle"),
        font="sans",
        accent=(0, 120, 60),
        letterhead="left",
        fields_as_table=True,
        footer="Verdaan Supermarkten B.V. · Chamber of Commerce 05077341 · People Services Benelux",
        author="E. Carter-de Wit",
    ),
    "c_bureau": Style(
        "c_bureau",
        "Overstap Loopbaanbegeleiding",
        ("Thorbeckegracht 18 · 8011 VM Zwolle · 038 - 303 04 40",),
        font="sans",
        accent=(110, 40, 140),
        letterhead="right",
        footer="Overstap Loopbaanbegeleiding · KvK 73305510 · aangesloten bij Noloc",
    ),
    "c_priv": Style("c_priv", "", (), font="sans", accent=(0, 0, 0), letterhead="none", footer=" "),
    # UWV
    "uwv": Style(
        "uwv",
        "UWV",
        ("Uitvoeringsinstituut Werknemersverzekeringen",),
        font="sans",
        accent=(0, 60, 130),
        letterhead="left",
        footer="Bezoek ons op uwv.nl · Telefoon 088 - 898 92 94 (werknemers) · 088 - 898 92 95 (werkgevers)",
        producer="UWV Documentgeneratie",
    ),
    "uwv_portal": Style(
        "uwv_portal",
        "Werkgeversportaal UWV",
        ("afdruk van een ingediende melding",),
        font="condensed",
        accent=(0, 60, 130),
        letterhead="right",
        fields_as_table=True,
        footer="Deze afdruk is geen beschikking. Bewaar deze afdruk in uw verzuimdossier.",
    ),
}


# =============================================================================================
# Case A: Gemeente Lindenhaven — mevrouw S.J. Hofstede (publiekszaken), psychische klachten
# =============================================================================================


def case_a() -> None:
    C = "lindenhaven"
    S = ST
    d0 = dt.date(2024, 3, 18)
    bsn = new_bsn()
    bsn_f = f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    geb = dt.date(1974, 2, 14)
    naam, vol = "S.J. Hofstede", "Sandra Johanna Hofstede"
    ba, big = "drs. L.C. Vermaat", "19058723401"
    cm, tl = "R. Overdijk", "Y. Spaargaren"
    dossier = "4471902"
    wachttijd_einde = d0 + dt.timedelta(days=727)
    wia_uiterlijk = d0 + dt.timedelta(days=650)

    pa_consult, pa = week(d0, 5, 3), week(d0, 5, 4)
    pva = week(d0, 7, 1)
    ev1 = week(d0, 13, 1)
    verlof = week(d0, 14, 3)
    bijpa = week(d0, 20, 1)
    tussen = week(d0, 26, 3)
    loon = dt.date(2024, 11, 21)
    zm_melding, zm_brief = week(d0, 42, 1), week(d0, 42, 3)
    izp = week(d0, 46, 3)
    uitnodiging = week(d0, 48, 1)
    ad = week(d0, 48, 3)
    eje = week(d0, 50, 1)
    bijpva = week(d0, 51, 2)
    traject = week(d0, 55, 1)
    do_aanvraag, do_gesprek, do_ = week(d0, 55, 3), week(d0, 59, 1), week(d0, 60, 3)
    vg = week(d0, 67, 3)
    mi_ggz = week(d0, 86, 1)
    eindrap = week(d0, 87, 3)
    uwv88 = week(d0, 88, 1)
    ao = week(d0, 89, 1)
    ev = week(d0, 90, 2)
    ow = week(d0, 91, 1)

    # --- probleemanalyse (big national arbodienst, numbered report) -------------------------
    blocks = [
        Title(
            "Rapport probleemanalyse",
            "rapportage van de bedrijfsarts op grond van de Wet verbetering poortwachter",
        ),
        Fields(
            [
                ("Betreft", f"mevrouw {naam}"),
                ("Geboren", dash(geb)),
                ("BSN", bsn_f),
                ("Werkgever", "Gemeente Lindenhaven, cluster Dienstverlening"),
                ("Functie", "Medewerker Publiekszaken (front office), 32 uur per week"),
                ("Eerste dag arbeidsongeschiktheid", nl(d0)),
                ("Dossiernummer", dossier),
                ("Spreekuur", nl(pa_consult)),
                ("Rapportagedatum", nl(pa)),
            ]
        ),
        Heading("1. Aanleiding"),
        Para(
            f"Mevrouw Hofstede bezocht op {nl(pa_consult)} mijn spreekuur, ruim vier weken na haar ziekmelding. "
            "Met deze rapportage geef ik mijn oordeel en advies zoals de Regeling procesgang eerste en tweede "
            "ziektejaar dat vraagt. Medische details staan er niet in. Werkneemster heeft de tekst gelezen en "
            "stemt in met toezending aan de werkgever."
        ),
        Heading("2. Arbeidsongeschiktheid"),
        Para(
            "Er is sprake van ziekte die leidt tot beperkingen in het functioneren. Het eigen werk aan de balie, "
            "met wachtrijen, telefoon en soms geëmotioneerde klanten, kan zij op dit moment niet doen."
        ),
        Heading("3. Verwachting ten aanzien van de duur"),
        Para(
            "Ik verwacht dat de afwezigheid langer dan drie maanden gaat duren. Herstel tot het oude niveau is "
            "waarschijnlijk, maar niet op korte termijn; ik schat vier tot zes maanden. De kans op terugval is "
            "reëel wanneer de werkdruk aan de balie niet verandert."
        ),
        Heading("4. Wat kan mevrouw wel en wat (nog) niet?"),
        Para(
            "De beperkingen liggen op het vlak van concentratie, het verwerken van spanning en het omgaan met "
            "conflicten. Lichamelijk zijn er geen beperkingen. Zij kan taken doen met een voorspelbaar karakter, "
            "in een rustige omgeving, zonder direct klantcontact en zonder harde deadlines."
        ),
        Bullets(
            [
                "opbouw beginnen met 2 uur per dag op 3 dagen per week;",
                "geen baliewerk, geen telefoondienst en geen contact met boze of emotionele burgers;",
                "vaste werkplek in de backoffice, zelf pauzes kunnen nemen.",
            ]
        ),
        Heading("5. Belemmerende en bevorderende factoren"),
        Para(
            "In het werk speelt mee dat het team Publiekszaken het afgelopen jaar onderbezet was en dat er een "
            "reorganisatie liep. In februari was er een ernstig incident met een agressieve bezoeker, waarna "
            "mevrouw zich onvoldoende opgevangen voelde. Zij is gemotiveerd en heeft een goede band met collega's; "
            "dat helpt bij de terugkeer."
        ),
        Heading("6. Advies aan werkgever en werknemer"),
        Bullets(
            [
                "Leg binnen twee weken samen de afspraken vast in een plan van aanpak.",
                "Start de werkhervatting in de backoffice volgens punt 4.",
                "Bespreek het incident van februari met de teamleider; bied de nazorg na agressie aan via "
                "het team Veiligheid.",
                "Mevrouw bespreekt met de huisarts of psychologische begeleiding nodig is.",
                "Verwijzing naar een arbeidsdeskundige is nu niet nodig.",
            ]
        ),
        Para(f"Vervolgafspraak op het spreekuur: donderdag {nl(week(d0, 11, 3))}."),
        Para("Verandert de situatie wezenlijk, dan pas ik deze probleemanalyse aan."),
        Signatures([Sig("Namens VerzuimVisie", ba, f"bedrijfsarts · BIG {big}", f"Utrecht, {nl(pa)}")]),
        Para(f"Kopie: werkneemster; werkgever t.a.v. de heer {cm} (P&O)."),
    ]
    emit(
        C,
        "20240419 PA Hofstede.pdf",
        "pdf",
        blocks,
        S["a_arbo"],
        "probleemanalyse",
        pa,
        "national arbodienst, numbered sections, long dates, BSN with dots",
    )

    # --- plan van aanpak (municipality, fields in tables) -----------------------------------
    blocks = [
        Title(
            "Plan van Aanpak Poortwachter",
            "Wet verbetering poortwachter – vastgesteld door werkgever en werknemer samen",
        ),
        Heading("A. Persoonsgegevens"),
        Fields(
            [
                ("Naam en voorletters", "Hofstede, S.J."),
                ("Personeelsnummer", "102388"),
                ("Burgerservicenummer", bsn),
                ("Geboortedatum", dash(geb)),
                ("Functie", "Medewerker Publiekszaken, schaal 7"),
                ("Afdeling", "Dienstverlening – team Publiekszaken"),
                ("Aanstelling", "32 uur per week, in dienst sinds 1 september 2003"),
                ("Eerste ziektedag", nl(d0)),
            ]
        ),
        Heading("B. Advies bedrijfsarts"),
        Para(
            f"Dit plan bouwt voort op de probleemanalyse van {nl(pa)} van {ba} (VerzuimVisie). "
            "De bedrijfsarts verwacht herstel op middellange termijn en adviseert te starten met rustige "
            "backofficetaken zonder publiekscontact."
        ),
        Heading("C. Wat willen we bereiken?"),
        Para(
            "Volledige terugkeer in de eigen functie voor 32 uur per week. Tussendoel: binnen acht weken "
            "12 uur per week werken in de backoffice van Publiekszaken (verwerken van aanvragen, "
            "archivering). Streefdatum volledige hervatting: 1 oktober 2024."
        ),
        Heading("D. Afspraken"),
        Table(
            ["Nr.", "Activiteit", "Verantwoordelijk", "Termijn"],
            [
                [
                    "1",
                    "Start backoffice, 3 x 2 uur per week",
                    "mw. Hofstede / teamleider",
                    nl(week(d0, 8, 0)),
                ],
                ["2", "Elke twee weken uren uitbreiden in overleg", "mw. Hofstede", "doorlopend"],
                ["3", "Gesprek over incident februari en nazorg", "teamleider", nl(week(d0, 8, 3))],
                [
                    "4",
                    "Met huisarts bespreken of psychologische hulp nodig is",
                    "mw. Hofstede",
                    nl(week(d0, 9, 4)),
                ],
                ["5", "Spreekuur bedrijfsarts", "bedrijfsarts", nl(week(d0, 11, 3))],
                ["6", "Evaluatie van dit plan", "casemanager", nl(ev1)],
            ],
        ),
        Heading("E. Evaluatie"),
        Para(
            "Wij bespreken de voortgang minimaal eens per zes weken. Als de bedrijfsarts de belastbaarheid "
            "wijzigt of als afspraken niet haalbaar blijken, passen wij dit plan aan."
        ),
        Heading("F. Casemanager"),
        Para(f"De heer {cm}, adviseur P&O (r.overdijk@lindenhaven.example, 14 0348, toestel 2291)."),
        Heading("G. Zienswijze"),
        Para(
            "Werkgever: wij vinden het belangrijk dat Sandra rustig kan opbouwen en houden de balie voorlopig "
            "buiten haar takenpakket. De backoffice heeft genoeg werk."
        ),
        Para(
            "Werknemer: ik ben blij dat ik in de backoffice kan beginnen. Ik wil graag terug naar de balie, "
            "maar pas als er iets verandert in de beveiliging en de bezetting."
        ),
        Signatures(
            [
                Sig("Voor de werkgever", tl, "teamleider Publiekszaken", nl(pva)),
                Sig("Werknemer", vol, "", nl(pva)),
                Sig("Casemanager", cm, "adviseur P&O", nl(pva)),
            ]
        ),
    ]
    emit(
        C,
        "Document1.docx",
        "docx",
        blocks,
        S["a_gem"],
        "plan_van_aanpak",
        pva,
        "municipality table fields; uninformative file name",
    )

    # --- verlofaanvraag (non-RIV) --------------------------------------------------------------
    blocks = [
        Title("Aanvraag verlof"),
        Fields(
            [
                ("Medewerker", f"{naam} (pnr 102388)"),
                ("Team", "Publiekszaken"),
                ("Soort verlof", "Vakantieverlof (IKB-uren / wettelijk verlof)"),
                ("Periode", f"{nl(dt.date(2024, 7, 22))} t/m {nl(dt.date(2024, 8, 9))}"),
                ("Aantal uren", "96"),
                ("Datum aanvraag", dash(verlof)),
            ]
        ),
        Para(
            "Toelichting medewerker: ik ben nog gedeeltelijk ziek en werk op therapeutische basis. Ik heb de "
            "vakantie besproken met de bedrijfsarts; zij heeft geen bezwaar. Tijdens het verlof schort ik de "
            "afspraken uit het plan van aanpak op."
        ),
        Table(
            ["Akkoord", "Naam", "Datum"],
            [
                ["Teamleider", tl, dash(verlof + dt.timedelta(days=4))],
                ["P&O (gezien)", cm, dash(verlof + dt.timedelta(days=5))],
            ],
        ),
        Para("Verlof tijdens ziekte wordt volledig afgeschreven van het verlofsaldo (CAO Gemeenten)."),
    ]
    emit(
        C,
        "verlof zomer.docx",
        "docx",
        blocks,
        S["a_gem"],
        "",
        verlof,
        "holiday request (mentions PvA and bedrijfsarts)",
    )

    # --- bijstelling probleemanalyse ----------------------------------------------------------
    blocks = [
        Title("Probleemanalyse – herziening", f"aanvulling op de probleemanalyse van {nl(pa)}"),
        Fields(
            [
                ("Betreft", f"mevrouw {naam}, geboren {dash(geb)}"),
                ("BSN", bsn_f),
                ("Werkgever", "Gemeente Lindenhaven"),
                ("Eerste dag arbeidsongeschiktheid", nl(d0)),
                ("Dossiernummer", dossier),
                ("Datum", nl(bijpa)),
            ]
        ),
        Heading("1. Waarom deze herziening?"),
        Para(
            "Het herstel verloopt trager dan in april verwacht. De opbouw in de backoffice is blijven steken op "
            "9 uur per week en de klachten zijn in juni toegenomen. De behandeling is inmiddels uitgebreid. "
            "Daarmee zijn de prognose en het advies uit de eerste probleemanalyse niet meer juist."
        ),
        Heading("2. Huidige mogelijkheden"),
        Bullets(
            [
                "werken tot 3 uur per dag, 4 dagen per week, bij voorkeur in de ochtend;",
                "geen publiekscontact, ook niet telefonisch;",
                "taken met een vaste volgorde; geen werk waarbij meerdere dingen tegelijk moeten;",
                "geen verantwoordelijkheid voor het oplossen van conflicten.",
            ]
        ),
        Heading("3. Prognose"),
        Para(
            "Verdere verbetering verwacht ik wel, maar terugkeer aan de balie vóór het einde van het eerste "
            "ziektejaar acht ik onwaarschijnlijk. Of de balie op termijn weer haalbaar is, is onzeker."
        ),
        Heading("4. Advies"),
        Bullets(
            [
                "Pas het plan van aanpak aan: het einddoel 1 oktober 2024 is niet realistisch.",
                "Houd de huidige uren in de backoffice vast en bouw pas na overleg op het spreekuur verder op.",
                "Overweeg rond maand 10 een arbeidsdeskundig onderzoek als de balie dan nog niet in zicht is.",
            ]
        ),
        Para(f"Volgend spreekuur: {nlw(week(d0, 25, 3))}, 09.40 uur, locatie Utrecht."),
        Signatures([Sig("Bedrijfsarts", ba, f"BIG {big}", nl(bijpa))]),
    ]
    emit(
        C,
        f"Terugkoppeling spreekuur {dash(bijpa)}.pdf",
        "pdf",
        blocks,
        S["a_arbo"],
        "bijstelling_probleemanalyse",
        bijpa,
        "'herziening' wording; file name says 'terugkoppeling'",
    )

    # --- tussentijdse evaluatie -------------------------------------------------------------------
    blocks = [
        Title("Gespreksnotitie re-integratie", "periodiek overleg nr. 3"),
        Fields(
            [
                ("Medewerker", f"Sandra Hofstede, geb. {dash(geb)}"),
                ("Gesprek gevoerd op", nlw(tussen)),
                ("Deelgenomen", f"S. Hofstede, {tl} (teamleider), {cm} (casemanager)"),
                ("Ziek vanaf", nl(d0)),
                ("Vorige gesprekken", f"{nl(ev1)} en {nl(week(d0, 19, 2))}"),
            ]
        ),
        Heading("Hoe gaat het nu?"),
        Para(
            "Sandra werkt nu 4 ochtenden van 3 uur in de backoffice. Het werk gaat goed, collega's zijn blij met "
            "haar hulp bij de achterstand in de verhuisaangiftes. Na de zomervakantie had ze een paar slechte "
            "weken. Sinds augustus heeft zij wekelijks gesprekken bij een psycholoog."
        ),
        Heading("Afspraken uit het plan van aanpak"),
        Para(
            f"De bedrijfsarts heeft op {nl(bijpa)} de probleemanalyse herzien. De streefdatum van 1 oktober "
            "voor volledige terugkeer is losgelaten. Het plan van aanpak is op dat punt aangepast; de andere "
            "afspraken blijven staan. Het gesprek over het incident van februari heeft plaatsgevonden; Sandra "
            "geeft aan dat het haar goed heeft gedaan."
        ),
        Heading("Hoe verder?"),
        Bullets(
            [
                "uren blijven voorlopig 12 per week;",
                "Sandra loopt in oktober twee dagdelen mee bij Documentaire Informatievoorziening (DIV) om te "
                "kijken of dat werk haar ligt;",
                f"volgend overleg: {nl(week(d0, 32, 3))}.",
            ]
        ),
        Para("Deze notitie is per mail aan Sandra gestuurd. Zij kan binnen een week reageren."),
        Para(f"Opgesteld door {cm}, casemanager, {nl(tussen)}."),
    ]
    emit(
        C,
        "gespreksnotitie 3.pdf",
        "pdf",
        blocks,
        S["a_gem"],
        "tussentijdse_evaluatie",
        tussen,
        "municipality meeting note, no signature block",
    )

    # --- loonstrook (non-RIV) -------------------------------------------------------------------
    blocks = [
        Title("Salarisspecificatie november 2024"),
        Fields(
            [
                ("Naam", f"mevr. {naam}"),
                ("Personeelsnummer", "102388"),
                ("BSN", bsn),
                ("Geboortedatum", dash(geb)),
                ("Functie", "Medewerker Publiekszaken"),
                ("Schaal / trede", "7 / 10"),
                ("Deeltijdfactor", "0,8889 (32 uur)"),
                ("Datum betaling", dash(loon)),
            ]
        ),
        Table(
            ["Omschrijving", "Eenheden", "Bedrag"],
            [
                ["Salaris", "0,8889", "3.021,37"],
                ["Individueel Keuzebudget (17,05%)", "", "515,14"],
                ["Loondoorbetaling bij ziekte 100% (1e jaar)", "", "0,00"],
                ["Pensioenpremie ABP werknemersdeel", "", "-247,71"],
                ["Loonheffing (tabel wit)", "", "-612,40"],
                ["Netto", "", "2.676,40"],
            ],
        ),
        Para("Verlofsaldo per 30-11-2024: 71,5 uur. Ziekteverlof loopt sinds " + dash(d0) + "."),
    ]
    emit(C, "loonstrook_2024_11.pdf", "pdf", blocks, S["a_gem"], "", loon, "payslip")

    # --- 42e-weeksmelding: UWV letter --------------------------------------------------------------
    blocks = [
        Fields(
            [
                ("Datum", nl(zm_brief)),
                ("Ons kenmerk", "ZM/1185-4402-7731"),
                ("Loonheffingennummer", "001452331L01"),
                ("Onderwerp", f"Ziekmelding van mevrouw {naam}"),
            ]
        ),
        Para("Gemeente Lindenhaven\nt.a.v. de afdeling P&O\nPostbus 70\n3440 AB Lindenhaven"),
        Title("Wij hebben uw ziekmelding ontvangen"),
        Para(
            f"Geachte heer, mevrouw,\n\nOp {nl(zm_melding)} heeft u ons laten weten dat uw werknemer mevrouw "
            f"{naam} (BSN {bsn}) langdurig ziek is. U heeft als eerste ziektedag {nl(d0)} opgegeven. "
            "Dank u wel voor uw melding."
        ),
        Heading("Wat gebeurt er nu?"),
        Para(
            "Uw werknemer krijgt van ons een brief over wat hij of zij zelf moet doen. U en uw werknemer houden "
            "samen het re-integratiedossier bij. Aan het einde van het eerste ziektejaar bespreekt u samen wat er "
            "bereikt is en wat het doel is voor het tweede jaar. Daarover sturen wij u binnenkort meer informatie."
        ),
        Heading("Klopt er iets niet?"),
        Para("Wijzig de melding dan in het werkgeversportaal op uwv.nl. Noem ons kenmerk als u ons belt."),
        Para("Met vriendelijke groet,\n\nUWV Werkgeversdienstverlening"),
    ]
    emit(
        C,
        "UWV ontvangst melding.pdf",
        "pdf",
        blocks,
        S["uwv"],
        "ziekmelding_uwv",
        zm_brief,
        "UWV confirmation of the week-42 report, letter style",
    )

    # --- inzetbaarheidsprofiel ------------------------------------------------------------------------
    blocks = [
        Title("Inzetbaarheidsprofiel (IZP)", f"behorend bij het spreekuur van {nl(izp)}"),
        Fields(
            [
                ("Werknemer", f"mevrouw {naam}"),
                ("BSN", bsn_f),
                ("Eerste dag arbeidsongeschiktheid", nl(d0)),
                ("Opsteller", f"{ba}, bedrijfsarts"),
            ]
        ),
        Para(
            "Dit profiel beschrijft wat mevrouw in werk kan en waar zij rekening mee moet houden. Het is bedoeld "
            "voor de werkgever en de arbeidsdeskundige en bevat geen diagnose. Score: N = niet beperkt, "
            "B = beperkt, S = sterk beperkt."
        ),
        Table(
            ["Onderdeel", "Score", "Toelichting"],
            [
                [
                    "1. Persoonlijk functioneren (concentratie, tempo, stress)",
                    "B",
                    "geen werk onder hoge tijdsdruk; geen onverwachte onderbrekingen; overzichtelijke taken",
                ],
                [
                    "2. Sociaal functioneren (conflicten, emotionele belasting)",
                    "S",
                    "geen publiekscontact met kans op agressie; geen emotioneel beladen gesprekken",
                ],
                ["3. Fysieke omgeving", "N", "-"],
                ["4. Dynamische handelingen", "N", "-"],
                ["5. Statische houdingen", "N", "afwisseling zitten/staan wenselijk"],
                ["6. Werktijden", "B", "max. 4 uur per dag, max. 16 uur per week; geen avonddiensten"],
            ],
        ),
        Para("Geldigheid: tot de volgende herbeoordeling, uiterlijk over drie maanden."),
        Signatures([Sig("Bedrijfsarts", ba, f"BIG {big}", nl(izp))]),
    ]
    emit(
        C,
        "Nieuw document (2).pdf",
        "pdf",
        blocks,
        S["a_arbo"],
        "inzetbaarheidsprofiel",
        izp,
        "IZP table with N/B/S scores; uninformative file name",
    )

    # --- invitation e-mail (non-RIV) -----------------------------------------------------------------
    plain_mail(
        C,
        "Uitnodiging gesprek 25 februari.eml",
        {
            "From": f"{cm} <r.overdijk@lindenhaven.example>",
            "To": "Sandra Hofstede <s.hofstede@lindenhaven.example>",
            "Cc": f"{tl} <y.spaargaren@lindenhaven.example>",
            "Subject": "Uitnodiging: gesprek eerstejaarsevaluatie " + nl(eje),
            "Date": mail_date(uitnodiging, 14, 3),
            "Message-ID": "<a1-uitnodiging@lindenhaven.example>",
        },
        (
            "Beste Sandra,\n\n"
            f"Je bent nu bijna een jaar ziek. Zoals je in de brief van UWV hebt gelezen, moeten we samen terugkijken "
            f"op het afgelopen jaar en afspreken wat we in het tweede jaar willen bereiken. Ik nodig je daarom uit voor "
            f"een gesprek op {nlw(eje)} van 10.00 tot 11.30 uur in het stadskantoor, kamer 2.14.\n\n"
            "Agenda:\n1. Terugblik op het eerste jaar\n2. Het rapport van de arbeidsdeskundige\n"
            "3. Doel voor jaar 2, eventueel spoor 2\n4. Jouw en onze visie\n\n"
            "Yvonne schuift ook aan. Je mag iemand meenemen als je dat prettig vindt.\n\n"
            f"Groet,\n{cm}\nadviseur P&O / casemanager\nGemeente Lindenhaven"
        ),
        "",
        uitnodiging,
        "meeting invitation for the EJE (names EJE, AD report, spoor 2)",
    )

    # --- arbeidsdeskundig rapport -----------------------------------------------------------------------
    blocks = [
        Title(
            "Arbeidsdeskundige rapportage",
            "onderzoek naar de mogelijkheden binnen en buiten de eigen organisatie",
        ),
        Fields(
            [
                ("Werknemer", f"mevrouw {naam}, geboren {dash(geb)}"),
                ("BSN", bsn),
                ("Opdrachtgever", f"Gemeente Lindenhaven, {cm}"),
                ("Eerste ziektedag", nl(d0)),
                (
                    "Gesprekken",
                    f"{nl(ad - dt.timedelta(days=16))} (werknemer), {nl(ad - dt.timedelta(days=9))} (teamleider en P&O)",
                ),
                ("Rapportdatum", nl(ad)),
                ("Kenmerk", "VH-25-014"),
            ]
        ),
        Heading("1. Onderzoeksvragen"),
        Para(
            "Kan mevrouw Hofstede haar eigen werk als Medewerker Publiekszaken (op termijn) weer doen? Zo nee, welk "
            "ander werk binnen de gemeente is passend, en is een tweede spoor aangewezen?"
        ),
        Heading("2. Gebruikte informatie"),
        Bullets(
            [
                f"inzetbaarheidsprofiel van de bedrijfsarts d.d. {nl(izp)};",
                f"probleemanalyse ({nl(pa)}) en herziening ({nl(bijpa)});",
                "functiebeschrijving Medewerker Publiekszaken (HR21, functiefamilie Dienstverlening);",
                "gesprekken met werkneemster, teamleider en casemanager; werkplekbezoek stadskantoor.",
            ]
        ),
        Heading("3. Het eigen werk"),
        Para(
            "Het werk bestaat voor circa 70% uit baliecontact (paspoorten, rijbewijzen, verhuizingen, aangifte "
            "geboorte en overlijden) op afspraak en zonder afspraak, met piekdrukte op maandag en in de vakantieperiode. "
            "Daarnaast telefoondienst en backofficeverwerking. Incidenten met onvriendelijke of agressieve bezoekers "
            "komen enkele keren per maand voor."
        ),
        Heading("4. Belasting versus belastbaarheid"),
        Table(
            ["Aspect", "Eigen werk vraagt", "Mevrouw kan"],
            [
                ["Publiekscontact", "continu, ook conflictueus", "niet, of alleen zeer beperkt"],
                ["Tempo / wachtrijen", "hoog bij piekdrukte", "laag tot gemiddeld"],
                ["Werktijden", "32 uur, incl. avondopenstelling", "max. 16 uur, overdag"],
                ["Administratieve verwerking", "gemiddeld", "goed haalbaar"],
            ],
        ),
        Heading("5. Beschouwing"),
        Para(
            "Het eigen werk is op dit moment en naar verwachting ook op afzienbare termijn niet passend. "
            "Binnen de gemeente zijn twee richtingen verkend: medewerker DIV (post, scanning en archief) en "
            "administratief medewerker Belastingen. De DIV-functie sluit goed aan op de belastbaarheid; er is "
            "formatieruimte voor maximaal 16 uur. Belastingen kent piekperiodes met veel telefonisch contact en "
            "is minder geschikt."
        ),
        Heading("6. Conclusie en advies"),
        Bullets(
            [
                "Spoor 1: inzet als medewerker DIV, opbouw naar 16 uur, met een vast aanspreekpunt.",
                "Spoor 2: gelijktijdig starten, omdat de resterende uren (16 van 32) binnen de gemeente niet "
                "passend in te vullen zijn. Advies: extern traject van ongeveer negen maanden.",
                "Loonwaarde in de DIV-functie: circa 85% van het huidige uurloon (schaal 6 tegenover schaal 7).",
                "Bespreek dit advies bij de eerstejaarsevaluatie en leg de uitkomst vast in het plan van aanpak.",
            ]
        ),
        Signatures(
            [
                Sig(
                    "Arbeidsdeskundige",
                    "mr. drs. C.M. van Houweninge",
                    "register-arbeidsdeskundige (RAD)",
                    nl(ad),
                )
            ]
        ),
    ]
    emit(
        C,
        "Rapport VH-25-014.pdf",
        "pdf",
        blocks,
        S["a_ad"],
        "arbeidsdeskundig_rapport",
        ad,
        "independent AD, numbered sections; file name is only the reference number",
    )

    # --- eerstejaarsevaluatie -----------------------------------------------------------------------------
    blocks = [
        Title("Evaluatie na één jaar ziekte", "eerstejaarsevaluatie – Wet verbetering poortwachter"),
        Fields(
            [
                ("Naam medewerker", f"{vol} ({naam})"),
                ("BSN", bsn),
                ("Functie", "Medewerker Publiekszaken"),
                ("Eerste ziektedag", nl(d0)),
                ("Datum van het gesprek", nl(eje)),
                ("Bij het gesprek", f"S. Hofstede; {tl}, teamleider; {cm}, casemanager"),
            ]
        ),
        Heading("1. Terugkijken op het eerste jaar"),
        Para(
            f"Sandra meldde zich op {nl(d0)} ziek. Na de probleemanalyse ({nl(pa)}) is zij in mei gestart in de "
            "backoffice. In de zomer stagneerde de opbouw; de bedrijfsarts heeft de prognose in juli bijgesteld. "
            "Sinds het najaar werkt Sandra 12 uur per week, sinds december voor een deel bij DIV. "
            f"De arbeidsdeskundige heeft op {nl(ad)} gerapporteerd."
        ),
        Heading("2. Waar staan we nu?"),
        Para(
            "Terugkeer aan de balie is niet in zicht. Volgens het inzetbaarheidsprofiel kan Sandra maximaal 16 uur "
            "per week werken zonder publiekscontact. Zij doet het werk bij DIV goed en met plezier."
        ),
        Heading("3. Wat willen we aan het eind van het tweede jaar bereikt hebben?"),
        Para(
            "Duurzaam passend werk voor zoveel mogelijk uren: 16 uur als medewerker DIV bij de gemeente en, "
            "als dat lukt, aanvullend werk buiten de gemeente voor de overige uren."
        ),
        Heading("4. Hoe gaan we dat doen?"),
        Bullets(
            [
                "spoor 1: DIV-werkzaamheden uitbreiden naar 16 uur, vast rooster op dinsdag t/m vrijdag ochtend;",
                "spoor 2: aanmelding bij een extern re-integratiebureau (offerte Koersvast gevraagd);",
                "het plan van aanpak wordt hierop aangepast;",
                f"volgende evaluatie: {nl(week(d0, 57, 1))}.",
            ]
        ),
        Heading("5. Zienswijze van de medewerker"),
        Para(
            "Ik had gehoopt dat ik terug kon naar mijn eigen team. Ik begrijp dat dat nu niet lukt. Ik wil het "
            "DIV-werk graag houden. Voor spoor 2 sta ik open, als het niet ten koste gaat van mijn herstel."
        ),
        Heading("6. Zienswijze van de werkgever"),
        Para(
            "Wij waarderen Sandra's inzet. Binnen de gemeente kunnen wij 16 uur passend werk bieden; meer is er "
            "niet. Daarom zetten wij het tweede spoor nu in, zoals de arbeidsdeskundige adviseert."
        ),
        Signatures(
            [
                Sig("Medewerker", vol, "", nl(eje)),
                Sig("Namens de werkgever", tl, "teamleider", nl(eje)),
                Sig("Casemanager", cm, "adviseur P&O", nl(eje)),
            ]
        ),
    ]
    emit(
        C,
        "EJE Hofstede feb 2025.docx",
        "docx",
        blocks,
        S["a_gem"],
        "eerstejaarsevaluatie",
        eje,
        "title 'Evaluatie na één jaar ziekte'",
    )

    # --- bijstelling plan van aanpak ----------------------------------------------------------------------
    blocks = [
        Title("Aanpassing Plan van Aanpak", f"naar aanleiding van de evaluatie van {nl(eje)}"),
        Fields(
            [
                ("Naam medewerker", "Hofstede, S.J. (pnr 102388)"),
                ("BSN", bsn),
                ("Eerste ziektedag", nl(d0)),
                ("Oorspronkelijk plan", nl(pva)),
                ("Datum aanpassing", nl(bijpva)),
            ]
        ),
        Heading("Wat verandert er?"),
        Para(
            "Het oorspronkelijke doel – terugkeer in de eigen functie aan de balie – vervalt. Het nieuwe doel is "
            "werk in de functie medewerker DIV (16 uur) en daarnaast een zoektocht naar werk buiten de gemeente "
            "voor de resterende uren (tweede spoor)."
        ),
        Heading("Nieuwe afspraken"),
        Table(
            ["Activiteit", "Wie", "Wanneer"],
            [
                [
                    "Vast rooster DIV, 4 x 4 uur",
                    "mw. Hofstede / teamleider DIV",
                    "per " + nl(week(d0, 52, 0)),
                ],
                ["Opdracht tweede spoor aan Koersvast", "casemanager", "uiterlijk " + nl(week(d0, 53, 4))],
                ["Intake bij Koersvast", "mw. Hofstede", "binnen 2 weken na opdracht"],
                ["Onderzoek tijdelijke detachering", "P&O", nl(week(d0, 60, 0))],
                ["Evaluatie", "casemanager + mw. Hofstede", "elke 6 weken"],
            ],
        ),
        Heading("Zienswijze"),
        Para(
            "Werkgever: akkoord. Werknemer: akkoord, met de kanttekening dat ik mijn uren bij DIV niet wil verliezen."
        ),
        Signatures(
            [
                Sig("Werknemer", vol, "", nl(bijpva)),
                Sig("Werkgever", cm, "namens het college", nl(bijpva)),
            ]
        ),
    ]
    emit(
        C,
        "Bijlage PvA maart 2025.docx",
        "docx",
        blocks,
        S["a_gem"],
        "bijstelling_plan_van_aanpak",
        bijpva,
        "'Aanpassing Plan van Aanpak'; file name suggests a plain PvA",
    )

    # --- trajectplan tweede spoor ----------------------------------------------------------------------------
    coach = "J. (Jasmijn) de Rooij-Pals"
    blocks = [
        Title("Trajectplan Werk naar Werk", "tweede spoor – opdracht Gemeente Lindenhaven"),
        Fields(
            [
                ("Deelnemer", f"mevrouw {naam}"),
                ("Geboortedatum", dash(geb)),
                ("BSN", bsn),
                ("Opdrachtgever", f"Gemeente Lindenhaven, {cm}"),
                ("Loopbaanadviseur", coach),
                ("Intakegesprek", dash(traject - dt.timedelta(days=8))),
                ("Looptijd", f"9 maanden ({dash(traject)} t/m {dash(traject + dt.timedelta(days=273))})"),
            ]
        ),
        Heading("Aanleiding"),
        Para(
            "Sandra is sinds maart 2024 arbeidsongeschikt voor haar werk bij Publiekszaken. De gemeente kan 16 uur "
            "passend werk bieden. Wij onderzoeken of zij buiten de gemeente werk kan vinden dat past bij haar "
            "mogelijkheden, naast of in plaats van het werk bij DIV."
        ),
        Heading("Wie is Sandra?"),
        Para(
            "Mbo-4 Juridisch medewerker, ruim twintig jaar ervaring in gemeentelijke dienstverlening. Nauwkeurig, "
            "betrouwbaar, kent de BRP en de reisdocumentenwetgeving goed. Werkt graag in een vaste structuur. "
            "Digitale vaardigheden: goed."
        ),
        Heading("Wat kan zij aan?"),
        Para(
            "Volgens het inzetbaarheidsprofiel: max. 16 uur per week, geen publiekscontact met kans op agressie, "
            "geen hoge tijdsdruk."
        ),
        Heading("Zoekrichting"),
        Bullets(
            [
                "administratief/juridisch ondersteunend werk in de backoffice (notariaat, woningcorporatie, waterschap);",
                "archief- en informatiebeheer;",
                "controle en verwerking van aanvragen (bijv. vergunningen, subsidies).",
            ]
        ),
        Heading("Fasering"),
        Table(
            ["Fase", "Inhoud", "Maand"],
            [
                ["1 Oriëntatie", "talententest, gesprekken met mensen uit het werkveld", "1-2"],
                ["2 Voorbereiding", "cv, LinkedIn-profiel, pitch; oefenen sollicitatiegesprek", "2-3"],
                ["3 Zoeken", "gericht solliciteren, netwerkgesprekken, proefplaatsing", "3-9"],
            ],
        ),
        Para("Wij rapporteren elk kwartaal aan de opdrachtgever en de deelnemer, en sluiten af met een eindverslag."),
        Signatures(
            [
                Sig("Koersvast", coach, "loopbaanadviseur", dash(traject)),
                Sig("Deelnemer", vol, "", dash(traject)),
            ]
        ),
    ]
    emit(
        C,
        "Koersvast trajectplan SH.pdf",
        "pdf",
        blocks,
        S["a_bureau"],
        "trajectplan_tweede_spoor",
        traject,
        "bureau plan, dash dates",
    )

    # --- deskundigenoordeel (scan) --------------------------------------------------------------------------
    blocks = [
        Fields(
            [
                ("Datum", nl(do_)),
                ("Ons kenmerk", "DO-2025-118347"),
                ("Onderwerp", "Deskundigenoordeel passende arbeid"),
                ("Werknemer", f"mevrouw {naam}, BSN {bsn}"),
            ]
        ),
        Para(f"Gemeente Lindenhaven\nt.a.v. de heer {cm}\nPostbus 70\n3440 AB Lindenhaven"),
        Title("Deskundigenoordeel UWV", "vraag van de werkgever over passend werk"),
        Para(
            f"Geachte heer Overdijk,\n\nOp {nl(do_aanvraag)} vroeg u ons om een deskundigenoordeel. U wilt weten of het werk "
            "als klantadviseur bij het Klant Contact Centrum (telefonisch, 16 uur per week) passend is voor mevrouw "
            "Hofstede. In deze brief leest u ons oordeel."
        ),
        Heading("Hoe zijn wij tot dit oordeel gekomen?"),
        Para(
            f"Onze verzekeringsarts heeft op {nl(do_gesprek)} met mevrouw Hofstede gesproken en het dossier bestudeerd, "
            "waaronder de probleemanalyse, de herziening daarvan, het inzetbaarheidsprofiel en het rapport van de "
            "arbeidsdeskundige. Onze arbeidsdeskundige heeft daarna de functie klantadviseur KCC bekeken en met u "
            "telefonisch overlegd."
        ),
        Heading("Onze conclusie"),
        Para(
            "Het werk als klantadviseur bij het KCC is op dit moment geen passende arbeid. De functie vraagt "
            "langdurig telefonisch contact met burgers, ook over klachten, onder tijdsdruk. Dat past niet bij de "
            "beperkingen die de verzekeringsarts vaststelt. Het werk bij DIV vinden wij wel passend."
        ),
        Heading("Wat betekent dit oordeel?"),
        Para(
            "Een deskundigenoordeel is een advies. U en uw werknemer zijn er niet aan gebonden, maar een rechter "
            "neemt het vaak mee. Uw werknemer krijgt een kopie van deze brief."
        ),
        Para("Met vriendelijke groet,"),
        Signatures(
            [
                Sig("", "drs. F.G. Lammerts", "verzekeringsarts UWV", ""),
                Sig("", "K.R. Bouhuijs", "arbeidsdeskundige UWV", ""),
            ]
        ),
    ]
    emit(
        C,
        "scan_0001.pdf",
        "scan",
        blocks,
        S["uwv"],
        "deskundigenoordeel",
        do_,
        "image-only scan, rotated; UWV letter",
        rotate_deg=-1.1,
        noise=0.45,
    )

    # --- voortgangsrapportage ------------------------------------------------------------------------------
    blocks = [
        Title("Kwartaalverslag tweede spoor", f"periode {dash(traject)} t/m {dash(vg - dt.timedelta(days=3))}"),
        Fields(
            [
                ("Deelnemer", f"mw. {naam} (geb. {dash(geb)})"),
                ("Opdrachtgever", "Gemeente Lindenhaven"),
                ("Loopbaanadviseur", coach),
                ("Verslagdatum", dash(vg)),
            ]
        ),
        Heading("Wat hebben we gedaan?"),
        Para(
            "Sandra heeft de oriëntatiefase afgerond. Uit de talententest en drie gesprekken met mensen uit het "
            "werkveld (een woningcorporatie, een notariskantoor en het waterschap) kwam naar voren dat zij zich het "
            "best thuis voelt bij gestructureerd administratief werk. Haar cv en LinkedIn-profiel zijn klaar."
        ),
        Table(
            ["Onderdeel", "Aantal / stand"],
            [
                ["Coachingsgesprekken", "7 (waarvan 2 online)"],
                ["Netwerkgesprekken", "3"],
                ["Sollicitaties verstuurd", "4"],
                [
                    "Uitnodigingen gesprek",
                    "1 (Woonstede, medewerker verhuur-administratie, 16 uur) – afgewezen",
                ],
            ],
        ),
        Heading("Houding en inzet"),
        Para(
            "Sandra komt haar afspraken na en bereidt gesprekken goed voor. Na de afwijzing had zij een moeilijke "
            "week; zij heeft dit zelf met de bedrijfsarts besproken."
        ),
        Heading("Komende periode"),
        Bullets(
            [
                "minimaal 2 sollicitaties per maand;",
                "werkervaringsplek verkennen bij het waterschap;",
                "volgend verslag eind september.",
            ]
        ),
        Signatures([Sig("Verslag", coach, "Koersvast Loopbaan & Re-integratie", dash(vg))]),
    ]
    emit(
        C,
        "Koersvast kwartaalverslag 1.pdf",
        "pdf",
        blocks,
        S["a_bureau"],
        "voortgangsrapportage_tweede_spoor",
        vg,
        "'Kwartaalverslag' wording",
    )

    # --- medische informatie 1: treatment summary of the psychologist (no 'medische informatie') -----------
    blocks = [
        Fields(
            [
                ("Aan", f"{ba}, bedrijfsarts, VerzuimVisie Arbodienstverlening"),
                ("Betreft", f"mevrouw S.J. Hofstede, geb. {dash(geb)}"),
                ("Datum", dash(mi_ggz)),
                ("Ons kenmerk", "KP-2024-0871"),
            ]
        ),
        Title("Behandelsamenvatting"),
        Para(
            "Geachte collega,\n\nMet schriftelijke toestemming van cliënte (getekend op "
            f"{dash(mi_ggz - dt.timedelta(days=12))}) beantwoord ik uw vraag naar het beloop van de behandeling."
        ),
        Heading("Aanmelding en klachten"),
        Para(
            "Cliënte werd in juli 2024 door de huisarts verwezen met somberheid, slaapproblemen, piekeren, "
            "snelle vermoeidheid en herbelevingen van een agressie-incident op het werk in februari 2024."
        ),
        Heading("Classificatie (DSM-5)"),
        Bullets(
            [
                "Depressieve stoornis, eenmalige episode, matig (F32.1)",
                "Posttraumatische stressklachten, niet voldoend aan de volledige criteria voor PTSS",
            ]
        ),
        Heading("Behandeling"),
        Para(
            "22 sessies cognitieve gedragstherapie, waarvan 6 sessies EMDR gericht op het incident. De huisarts "
            "startte in augustus 2024 escitalopram 10 mg; in mei 2025 verhoogd naar 15 mg."
        ),
        Heading("Beloop en verwachting"),
        Para(
            "De herbelevingen zijn grotendeels verdwenen. De stemming is verbeterd maar wisselend; bij drukte en "
            "onverwachte situaties nemen de klachten snel toe. Ik verwacht geen volledig herstel van de "
            "stressbestendigheid binnen een jaar. Nazorg: 1 x per 6 weken, afronding voorzien in het voorjaar."
        ),
        Para("Met collegiale groet,"),
        Signatures([Sig("", "drs. M.A. Kuipers-Dalhuisen", "GZ-psycholoog, BIG 39061244525", dash(mi_ggz))]),
    ]
    emit(
        C,
        "Brief Kantelpunt.pdf",
        "pdf",
        blocks,
        S["a_ggz"],
        "medische_informatie",
        mi_ggz,
        "psychologist's treatment summary; no words 'medische informatie'",
    )

    # --- eindrapportage tweede spoor -------------------------------------------------------------------------
    blocks = [
        Title("Eindverslag re-integratietraject Werk naar Werk"),
        Fields(
            [
                ("Deelnemer", f"mw. {naam}"),
                ("BSN", bsn),
                ("Opdrachtgever", "Gemeente Lindenhaven, team P&O"),
                ("Looptijd", f"{dash(traject)} t/m {dash(eindrap)}"),
                ("Loopbaanadviseur", coach),
                ("Datum", dash(eindrap)),
            ]
        ),
        Heading("Wat heeft het opgeleverd?"),
        Para(
            "Het traject is afgesloten zonder plaatsing bij een andere werkgever. Sandra heeft van juli tot en met "
            "september 2025 een werkervaringsplek gehad bij Waterschap Vallei-Eem (archief, 8 uur per week). Dat "
            "ging goed, maar het waterschap had geen vacature."
        ),
        Heading("Inspanningen in totaal"),
        Table(
            ["Activiteit", "Totaal"],
            [
                ["Coachingsgesprekken", "19"],
                ["Netwerkgesprekken", "8"],
                ["Sollicitaties", "14"],
                ["Sollicitatiegesprekken", "3"],
                ["Werkervaringsplek", "1 (13 weken)"],
            ],
        ),
        Heading("Onze conclusie"),
        Para(
            "Sandra heeft zich goed ingezet. De combinatie van maximaal 16 uur, werk zonder publiekscontact en het "
            "regionale aanbod maakt de kans op extra werk naast de gemeente klein. Wij adviseren het DIV-werk te "
            "behouden en het traject hier af te sluiten."
        ),
        Signatures([Sig("Koersvast", coach, "loopbaanadviseur", dash(eindrap))]),
    ]
    emit(
        C,
        "Eindverslag Koersvast.pdf",
        "pdf",
        blocks,
        S["a_bureau"],
        "eindrapportage_tweede_spoor",
        eindrap,
        "'Eindverslag' wording",
    )

    # --- UWV week-88 letter to the employee -----------------------------------------------------------------
    blocks = [
        Fields(
            [
                ("Datum", nl(uwv88)),
                ("Ons kenmerk", "WIA/88/2207-5519"),
                ("Burgerservicenummer", bsn),
            ]
        ),
        Para(f"Mevrouw {naam}\nWeteringkade 23\n3442 BK Lindenhaven"),
        Title("Vraag op tijd uw WIA-uitkering aan"),
        Para(
            f"Geachte mevrouw Hofstede,\n\nU bent sinds {nl(d0)} ziek. Als u dan nog niet (volledig) aan het werk bent, "
            f"eindigt op {nl(wachttijd_einde)} de periode van 104 weken waarin uw werkgever uw loon doorbetaalt. "
            "Daarna kunt u misschien een WIA-uitkering krijgen."
        ),
        Heading("Wat moet u doen?"),
        Bullets(
            [
                f"Vraag de uitkering aan via uwv.nl, uiterlijk op {nl(wia_uiterlijk)}.",
                "Vraag uw werkgever om een kopie van het re-integratieverslag; bespreek het en geef uw mening.",
                "De medische informatie van uw bedrijfsarts stuurt u apart naar ons, in een gesloten envelop.",
            ]
        ),
        Para("Vraagt u de uitkering te laat aan, dan krijgt u mogelijk later geld of minder geld."),
        Para("Met vriendelijke groet,\n\nUWV"),
    ]
    emit(
        C,
        "brief UWV november.pdf",
        "pdf",
        blocks,
        S["uwv"],
        "uwv_correspondentie",
        uwv88,
        "UWV week-88 letter to the employee",
    )

    # --- actueel oordeel -------------------------------------------------------------------------------------
    blocks = [
        Title(
            "Actueel oordeel van de bedrijfsarts",
            "opgesteld voor het re-integratieverslag – bevat geen medische gegevens",
        ),
        Fields(
            [
                ("Betreft", f"mevrouw {naam}"),
                ("Geboren", dash(geb)),
                ("BSN", bsn_f),
                ("Werkgever", "Gemeente Lindenhaven"),
                ("Eerste dag arbeidsongeschiktheid", nl(d0)),
                ("Dossiernummer", dossier),
                ("Datum", nl(ao)),
            ]
        ),
        Heading("1. Verloop"),
        Para(
            f"Sinds {nl(d0)} is mevrouw ongeschikt voor haar eigen werk aan de balie. De probleemanalyse dateert van "
            f"{nl(pa)}; ik heb die op {nl(bijpa)} herzien. Na een trage start is de situatie het laatste half jaar "
            "stabiel. Mevrouw werkt 16 uur per week als medewerker DIV."
        ),
        Heading("2. Mogelijkheden en beperkingen op dit moment"),
        Para(
            f"Het inzetbaarheidsprofiel van {nl(izp)} is nog juist, met één wijziging: de werktijd kan naar 4 uur "
            "per dag op 4 dagen. Beperkingen blijven bestaan voor publiekscontact met kans op conflicten, werk onder "
            "hoge tijdsdruk en avondwerk."
        ),
        Heading("3. Verwachting"),
        Para(
            "Ik verwacht geen wezenlijke verbetering in de komende periode. De beperkingen zijn naar mijn oordeel duurzaam."
        ),
        Heading("4. Passend werk bij de werkgever"),
        Para(
            "Het werk bij DIV, 16 uur per week, is passend. Ander passend werk voor meer uren is er volgens het "
            "arbeidsdeskundig rapport binnen de gemeente niet."
        ),
        Heading("5. Arbeidsrelatie"),
        Para(
            "Er is geen conflict tussen werkgever en werknemer. De verhouding was rond de vraag over het KCC even "
            "gespannen, maar dat is na het deskundigenoordeel goed uitgepraat."
        ),
        Heading("6. Bijlagen en medisch deel"),
        Para(
            "Het medische deel stuur ik met toestemming van mevrouw rechtstreeks naar de verzekeringsarts van UWV. "
            "De werkgever ontvangt dit niet."
        ),
        Signatures([Sig("Namens VerzuimVisie", ba, f"bedrijfsarts · BIG {big}", f"Utrecht, {nl(ao)}")]),
    ]
    emit(
        C,
        "AO Hofstede.pdf",
        "pdf",
        blocks,
        S["a_arbo"],
        "actueel_oordeel",
        ao,
        "numbered, same arbodienst as PA",
    )

    # --- medische informatie 2: bedrijfsarts report for the verzekeringsarts -----------------------------------
    blocks = [
        Title("Medische rapportage bedrijfsarts", "Vertrouwelijk – uitsluitend voor de verzekeringsarts van UWV"),
        Fields(
            [
                ("Betreft", f"mevrouw {vol}, geb. {dash(geb)}"),
                ("BSN", bsn_f),
                ("Eerste dag arbeidsongeschiktheid", nl(d0)),
                ("Datum", nl(ao)),
            ]
        ),
        Heading("Anamnese en beloop"),
        Para(
            "Uitval na een periode van hoge werkdruk en een agressie-incident aan de balie (februari 2024). "
            "Aanvankelijk beeld van overspanning; in de zomer van 2024 ontwikkeling van een depressieve episode "
            "met posttraumatische stressklachten."
        ),
        Heading("Diagnose"),
        Para(
            "Depressieve stoornis, eenmalige episode, matig (F32.1), in partiële remissie. Restklachten na traumatische ervaring."
        ),
        Heading("Behandeling en behandelaars"),
        Bullets(
            [
                "Psychologenpraktijk Kantelpunt, drs. M.A. Kuipers-Dalhuisen, GZ-psycholoog: CGT en EMDR, sinds juli 2024;",
                "huisarts: escitalopram 15 mg 1 dd;",
                f"informatie behandelaar opgevraagd en ontvangen ({dash(mi_ggz)}), bijgevoegd.",
            ]
        ),
        Heading("Onderbouwing beperkingen"),
        Para(
            "Bij belasting met conflicten en tijdsdruk nemen concentratieproblemen en vermoeidheid snel toe "
            "(objectief waargenomen op het spreekuur en bevestigd door de behandelaar). Dit onderbouwt de "
            "beperkingen in sociaal en persoonlijk functioneren en de urenbeperking tot 16 uur per week."
        ),
        Heading("Prognose"),
        Para("Stabiel; geen verdere behandelmogelijkheden die naar verwachting leiden tot wezenlijke verbetering."),
        Signatures([Sig("Bedrijfsarts", ba, f"BIG {big}", nl(ao))]),
    ]
    emit(
        C,
        "Hofstede vertrouwelijk.docx",
        "docx",
        blocks,
        S["a_arbo"],
        "medische_informatie",
        ao,
        "bedrijfsarts medical report for UWV; not the words 'medische informatie'",
    )

    # --- eindevaluatie --------------------------------------------------------------------------------------------
    blocks = [
        Title("Eindevaluatie re-integratie", "ten behoeve van het re-integratieverslag bij de WIA-aanvraag"),
        Heading("Werkgever"),
        Fields(
            [
                ("Naam", "Gemeente Lindenhaven"),
                ("Adres", "Raadhuisplein 1, 3440 AB Lindenhaven"),
                ("Loonheffingennummer", "001452331L01"),
                (
                    "Soort organisatie",
                    "Gemeentelijke overheid; ca. 520 medewerkers; dienstverlening aan inwoners en "
                    "ondernemers, beleid en uitvoering",
                ),
                ("Contactpersoon", f"{cm}, adviseur P&O / casemanager"),
            ]
        ),
        Heading("Werknemer"),
        Fields(
            [
                ("Naam", f"{vol}"),
                ("BSN", bsn),
                ("Functie", "Medewerker Publiekszaken, 32 uur"),
                ("Eerste ziektedag", nl(d0)),
            ]
        ),
        Heading("1. Terugblik"),
        Table(
            ["Datum", "Gebeurtenis"],
            [
                [dash(pa), "probleemanalyse bedrijfsarts"],
                [dash(pva), "plan van aanpak"],
                [dash(bijpa), "herziening probleemanalyse; einddoel aangepast"],
                [dash(ad), "arbeidsdeskundig onderzoek: eigen werk niet passend, DIV wel"],
                [dash(eje), "evaluatie na één jaar; start spoor 2"],
                [dash(traject), "start traject Koersvast"],
                [dash(do_), "deskundigenoordeel UWV (KCC niet passend)"],
                [dash(eindrap), "einde tweede spoor zonder plaatsing"],
                [dash(ao), "actueel oordeel bedrijfsarts"],
            ],
        ),
        Heading("2. Stand van zaken"),
        Para(
            "Sandra werkt 16 uur per week als medewerker DIV, verdeeld over vier ochtenden. Dat gaat goed en "
            "is stabiel. De overige 16 uur is zij arbeidsongeschikt."
        ),
        Heading("3. Passende arbeid bij de gemeente – standpunt werkgever"),
        Para(
            "Wij bieden Sandra een vaste aanstelling als medewerker DIV voor 16 uur per week (schaal 6, met "
            "garantie van het salaris op schaal 7 conform de CAO). Meer passend werk is er niet."
        ),
        Heading("4. De arbeidsrelatie – standpunt werkgever"),
        Para("Goed. Het verschil van inzicht over het KCC is opgelost; er zijn geen andere geschilpunten."),
        Heading("5. WIA-aanvraag"),
        Para(
            f"Sandra vraagt de WIA-uitkering aan vóór {nl(wia_uiterlijk)}. Zij heeft een kopie van het complete verslag ontvangen."
        ),
        Signatures(
            [
                Sig("Werkgever", cm, "casemanager, namens het college", nl(ev)),
                Sig("Werknemer", vol, "", nl(ev)),
            ]
        ),
    ]
    emit(
        C,
        "Eindevaluatie Hofstede def.docx",
        "docx",
        blocks,
        S["a_gem"],
        "eindevaluatie",
        ev,
        "timeline table lists every other RIV document",
    )

    # --- oordeel werknemer (letter by the employee) ------------------------------------------------------------------
    blocks = [
        Para(f"S.J. Hofstede\nWeteringkade 23\n3442 BK Lindenhaven\nBSN {bsn}"),
        Para(f"Lindenhaven, {nl(ow)}"),
        Para("Aan: UWV, afdeling WIA-aanvragen\nkopie: Gemeente Lindenhaven, t.a.v. de heer R. Overdijk"),
        Para("Betreft: mijn reactie op het re-integratieverslag"),
        Para(
            "Geachte heer, mevrouw,\n\nIk heb het re-integratieverslag van de gemeente gekregen en doorgelezen. "
            "Hieronder geef ik mijn mening."
        ),
        Bullets(
            [
                "De gegevens over mij, mijn functie en mijn eerste ziektedag kloppen.",
                "Met de probleemanalyse, de herziening en het actueel oordeel van de bedrijfsarts ben ik het eens.",
                "In het plan van aanpak en de aanpassing staan de afspraken zoals wij die hebben gemaakt.",
                "In de eindevaluatie staat dat het verschil over het KCC is opgelost. Dat klopt, maar ik wil "
                "aanvullen dat ik toen veel druk heb gevoeld om dat werk te accepteren.",
                "Over het traject bij Koersvast ben ik tevreden. Ik heb echt mijn best gedaan.",
            ]
        ),
        Para("Verder heb ik geen opmerkingen. Ik ben het in grote lijnen eens met het verslag."),
        Para("Met vriendelijke groet,"),
        Signatures([Sig("", vol, "", "")]),
    ]
    emit(
        C,
        "reactie Sandra RIV.pdf",
        "pdf",
        blocks,
        S["a_priv"],
        "oordeel_werknemer",
        ow,
        "employee's own letter, no title line",
    )


# =============================================================================================
# Case B: Bouwbedrijf Gebr. Stoutjesdijk — dhr. G.J. Spijkerboer (timmerman), ongeval
# =============================================================================================


def case_b() -> None:
    C = "stoutjesdijk"
    S = ST
    d0 = dt.date(2023, 10, 9)
    bsn = new_bsn()
    bsn_s = f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
    geb = dt.date(1967, 8, 3)
    naam, vol = "G.J. Spijkerboer", "Gerrit-Jan Spijkerboer"
    ba, big = "W.F. Doornbos", "79023418901"
    cm, dir_ = "A. Lamberink", "H. Stoutjesdijk"
    lhn = "812904455L01"
    wachttijd_einde = d0 + dt.timedelta(days=727)

    contract = dt.date(2014, 12, 15)
    pa = week(d0, 4, 4)
    pva = week(d0, 6, 2)
    tussen = week(d0, 19, 3)
    op2 = week(d0, 28, 1)
    bijpa = week(d0, 31, 1)
    mi = week(d0, 36, 2)
    ad = week(d0, 45, 3)
    eje = week(d0, 48, 2)
    bijpva = week(d0, 49, 2)
    traject = week(d0, 52, 0)
    vg = week(d0, 66, 4)
    factuur = week(d0, 67, 1)
    do_ = week(d0, 70, 3)
    scholing = week(d0, 74, 0)
    ao = week(d0, 88, 1)
    vraag_ao = week(d0, 88, 3)
    ev = week(d0, 89, 3)
    ow = week(d0, 91, 0)
    sanctie = week(d0, 97, 2)

    # --- arbeidsovereenkomst (non-RIV) -----------------------------------------------------------
    blocks = [
        Title("Individuele arbeidsovereenkomst", "voor onbepaalde tijd"),
        Para(
            "De ondergetekenden:\n1. Bouwbedrijf Gebr. Stoutjesdijk B.V., gevestigd te Apeldoorn, hierbij "
            f"vertegenwoordigd door de heer {dir_}, directeur, hierna: de werkgever;\n"
            f"2. de heer {vol}, geboren op {dash(geb)}, wonende Klaverweide 8, 7315 TR Apeldoorn, BSN {bsn}, "
            "hierna: de werknemer;\nverklaren te zijn overeengekomen als volgt."
        ),
        Heading("Artikel 1 – Functie en aanvang"),
        Para(
            "Werknemer is sinds 1 maart 1991 in dienst. Met ingang van 1 januari 2015 vervult hij de functie van "
            "timmerman-voorman (functiegroep C, CAO Bouw & Infra). Deze overeenkomst vervangt alle eerdere."
        ),
        Heading("Artikel 2 – Arbeidsduur en loon"),
        Para(
            "De arbeidsduur is 40 uur per week. Het loon bedraagt € 3.612,00 bruto per vier weken, exclusief toeslagen."
        ),
        Heading("Artikel 3 – Ziekte"),
        Para(
            "Bij ziekte meldt werknemer zich vóór 07.00 uur telefonisch bij de uitvoerder. Werknemer volgt de "
            "voorschriften uit het verzuimreglement en de aanwijzingen van de bedrijfsarts."
        ),
        Heading("Artikel 4 – Overige bepalingen"),
        Para("Op deze overeenkomst is de CAO Bouw & Infra van toepassing, zoals die van tijd tot tijd luidt."),
        Signatures(
            [
                Sig("Werkgever", dir_, "directeur", f"Apeldoorn, {dash(contract)}"),
                Sig("Werknemer", vol, "", f"Apeldoorn, {dash(contract)}"),
            ]
        ),
    ]
    emit(C, "contract GJ.pdf", "pdf", blocks, S["b_wg"], "", contract, "employment contract, two signatures")

    # --- probleemanalyse as attachment of the practice's e-mail -----------------------------------------
    pa_blocks = [
        Title("Probleemanalyse (Wvp)"),
        Fields(
            [
                ("Naam", f"dhr. {naam}"),
                ("Geb.", dash(geb)),
                ("BSN", bsn_s),
                ("Werkgever", "Gebr. Stoutjesdijk B.V., Apeldoorn"),
                ("Functie", "timmerman-voorman, 40 u/wk"),
                ("1e ziektedag", dash(d0)),
                ("Consult", dash(pa)),
            ]
        ),
        Heading("Oordeel"),
        Para(
            f"Arbeidsongeval op {dash(d0)}: val van steiger (ca. 3 m). Letsel aan rechterbeen en linkerpols, "
            "operatief behandeld. Volledig arbeidsongeschikt voor eigen werk."
        ),
        Heading("Beperkingen / mogelijkheden"),
        Bullets(
            [
                "rechterbeen mag niet belast worden (krukken) tot minimaal week 10",
                "linkerhand: niet tillen, niet knijpen",
                "zittend licht werk, kort (max 2 u/dag), vanaf ca. week 8 mogelijk",
                "vervoer: kan niet zelf rijden",
            ]
        ),
        Heading("Prognose"),
        Para("Langdurig, > 6 mnd. Terugkeer in eigen werk (steiger, ladders, tillen) onzeker."),
        Heading("Advies"),
        Bullets(
            [
                "PvA opstellen binnen 2 wk",
                "vanaf ca. week 8 kantoorwerk proberen: tekeningen/werkvoorbereiding, planning (vervoer regelen)",
                "contact houden: wekelijks bellen door werkgever",
                "ongeval is gemeld bij Arbeidsinspectie (bevestigd door wg)",
            ]
        ),
        Para(f"Volgend consult: {dash(week(d0, 9, 1))}, 08.30 u (praktijk)."),
        Signatures([Sig("bedrijfsarts", ba, f"BIG {big}", dash(pa))]),
    ]
    emit_mail(
        C,
        "PA dhr Spijkerboer.eml",
        {
            "From": "Praktijk Doornbos <praktijk@doornbos-bedrijfsarts.example>",
            "To": "Anja Lamberink <a.lamberink@stoutjesdijk.example>",
            "Subject": "PA dhr. Spijkerboer",
            "Date": mail_date(pa, 15, 41),
            "Message-ID": "<b1-pa@doornbos-bedrijfsarts.example>",
        },
        (
            "Beste Anja,\n\nHierbij de probleemanalyse van dhr. Spijkerboer na het consult van vanochtend. "
            "Dhr. heeft zelf ook een exemplaar gekregen.\n\nGraag binnen twee weken het plan van aanpak retour.\n\n"
            "Met vriendelijke groet,\nIneke Haverkamp\npraktijkassistente\nBedrijfsartsenpraktijk W.F. Doornbos\n"
            "055 - 720 18 18"
        ),
        f"PA_Spijkerboer_{pa:%d%m%y}.pdf",
        "pdf",
        pa_blocks,
        S["b_ba"],
        "probleemanalyse",
        pa,
        "cover mail from the practice assistant",
        "terse solo bedrijfsarts, mono font, 'BSN' with spaces",
        mail_date_=pa,
    )

    # --- plan van aanpak (scan of a paper form) -------------------------------------------------------------
    blocks = [
        Title("Plan van aanpak bij ziekte", "ziekteverzuim – formulier P&O Stoutjesdijk"),
        Fields(
            [
                ("Werknemer", f"{naam}"),
                ("Geboortedatum", dash(geb)),
                ("BSN", bsn),
                ("Functie", "timmerman-voorman"),
                ("Ziek gemeld op", dash(d0)),
                ("Probleemanalyse d.d.", dash(pa)),
                ("Casemanager", f"{cm} (P&O / KAM)"),
            ]
        ),
        Table(
            ["Vraag", "Antwoord"],
            [
                [
                    "Wat is het doel?",
                    "Terug naar eigen werk als timmerman-voorman. Als dat niet lukt: ander werk binnen het bedrijf.",
                ],
                [
                    "Wat doen we tot die tijd?",
                    "Vanaf week 8 (ca. 4 december) 2 uur per dag op kantoor: tekeningen "
                    "nalopen, materiaallijsten, planning ondersteunen. Ophalen door collega Van Dijk.",
                ],
                [
                    "Wie doet wat?",
                    "Werknemer: therapie volgen, afspraken nakomen. Werkgever: kantoorplek en vervoer. "
                    "Casemanager: contact met bedrijfsarts.",
                ],
                ["Wanneer evalueren?", f"Elke 6 weken; eerste keer {dash(week(d0, 12, 2))}."],
                ["Mening werkgever", "We willen GJ graag terug, hij is een van onze beste mensen."],
                ["Mening werknemer", "Ik wil zo snel mogelijk weer de bouw op. Kantoor is tijdelijk goed."],
            ],
        ),
        Signatures(
            [
                Sig("Werkgever", dir_, "directeur", dash(pva)),
                Sig("Werknemer", vol, "", dash(pva)),
                Sig("Casemanager", cm, "", dash(pva)),
            ]
        ),
    ]
    emit(
        C,
        "Scan_20231115_0001.pdf",
        "scan",
        blocks,
        S["b_wg"],
        "plan_van_aanpak",
        pva,
        "image-only scan of a paper form (question/answer table)",
        rotate_deg=1.4,
        noise=0.6,
    )

    # --- tussentijdse evaluatie (DOCX, table form) --------------------------------------------------------------
    blocks = [
        Title("Gesprek voortgang re-integratie", f"{naam} – gesprek nr. 2"),
        Fields(
            [
                ("Datum", dash(tussen)),
                ("Bij het gesprek", f"GJ Spijkerboer, {dir_}, {cm}"),
                ("Ziek vanaf", dash(d0)),
                ("Plan van aanpak van", dash(pva)),
            ]
        ),
        Table(
            ["Punt", "Besproken"],
            [
                ["Hoe gaat het", "Loopt met 1 kruk. Fysio 2x per week. Pijn bij lang staan."],
                ["Werk", "Sinds 4-12 op kantoor, nu 3 x 4 uur. Helpt bij calculatie en inkoop. Gaat goed."],
                ["Afspraken PvA", "Nagekomen. Vervoer niet meer nodig, rijdt zelf sinds januari."],
                [
                    "Bedrijfsarts",
                    "Laatste consult 30-1: uren mogen naar 4 x 4. Orthopeed bekijkt in april of nog een ingreep nodig is.",
                ],
                ["Nieuwe afspraken", "4 x 4 uur kantoor vanaf 19-2. Volgende evaluatie eind maart."],
            ],
        ),
        Para(f"Vastgelegd door {cm}, {dash(tussen)}. Werknemer heeft een kopie."),
    ]
    emit(
        C,
        "verslag gesprek GJ feb.docx",
        "docx",
        blocks,
        S["b_wg"],
        "tussentijdse_evaluatie",
        tussen,
        "terse table-form progress meeting",
    )

    # --- bijstelling probleemanalyse -----------------------------------------------------------------------------
    blocks = [
        Title("Probleemanalyse – bijgesteld"),
        Fields(
            [
                ("Naam", f"dhr. {naam}"),
                ("Geb.", dash(geb)),
                ("BSN", bsn_s),
                ("1e ziektedag", dash(d0)),
                ("Eerdere PA", dash(pa)),
                ("Consult", dash(bijpa)),
            ]
        ),
        Heading("Reden"),
        Para(f"Tweede operatie rechterknie op {dash(op2)}. Herstel daarna beperkt. Belastbaarheid blijvend gewijzigd."),
        Heading("Belastbaarheid nu"),
        Bullets(
            [
                "geen klimmen (ladders, steigers), definitief",
                "niet knielen/hurken",
                "staan en lopen max. 30 min aaneen, totaal 2 u/dag",
                "tillen max 10 kg",
                "zittend werk: geen beperking in uren, 40 u mogelijk (opbouw)",
            ]
        ),
        Heading("Prognose"),
        Para(
            "Eigen werk (timmerman) blijvend niet meer haalbaar. Wel volledig inzetbaar in passend (zittend/licht) werk."
        ),
        Heading("Advies"),
        Bullets(
            [
                "arbeidsdeskundige inschakelen: wat is passend in eigen bedrijf?",
                "PvA-doel aanpassen (niet meer eigen werk)",
                "spoor 2 overwegen uiterlijk bij 1e-jaarsevaluatie",
            ]
        ),
        Para(f"Volgend consult: {dash(week(d0, 37, 1))}."),
        Signatures([Sig("bedrijfsarts", ba, f"BIG {big}", dash(bijpa))]),
    ]
    emit(
        C,
        f"{bijpa:%Y%m%d} Doornbos.pdf",
        "pdf",
        blocks,
        S["b_ba"],
        "bijstelling_probleemanalyse",
        bijpa,
        "terse; file name only date + doctor",
    )

    # --- medische informatie: letter of the orthopaedic surgeon ------------------------------------------------------
    blocks = [
        Fields(
            [
                (
                    "Aan",
                    f"Bedrijfsartsenpraktijk W.F. Doornbos, t.a.v. {ba}, bedrijfsarts, Stationsweg 14a, 7311 ZZ Apeldoorn",
                ),
                ("Datum", nl(mi)),
                ("Patiënt", f"dhr. {naam}, geb. {dash(geb)}, patiëntnr. 2291043"),
            ]
        ),
        Para(
            f"Geachte collega Doornbos,\n\nNaar aanleiding van uw verzoek van {nl(mi - dt.timedelta(days=20))}, "
            "waarvoor patiënt schriftelijk toestemming gaf, bericht ik u als volgt."
        ),
        Heading("Voorgeschiedenis"),
        Para(
            f"Val van een steiger op {nl(d0)}. Tibiaplateaufractuur rechts (Schatzker V) en distale radiusfractuur "
            f"links. Op {nl(d0 + dt.timedelta(days=1))} open repositie en interne fixatie van het tibiaplateau; "
            "de polsfractuur werd conservatief behandeld in gips (6 weken)."
        ),
        Heading("Beloop"),
        Para(
            f"Vertraagde consolidatie en persisterende pijn en zwelling. Op {nl(op2)} artroscopie rechterknie met "
            "verwijderen van osteosynthesemateriaal en meniscectomie mediaal. Bij controle op "
            f"{nl(mi - dt.timedelta(days=6))}: flexie 105°, extensie -5°, licht hydrops, loopt zonder hulpmiddel "
            "maar met mank looppatroon. Röntgenfoto: beginnende posttraumatische artrose van het mediale compartiment."
        ),
        Heading("Beleid en verwachting"),
        Para(
            "Oefentherapie continueren, paracetamol en zo nodig naproxen. Wij verwachten geen verdere functionele "
            "verbetering van betekenis. Zwaar knie- en klimbelastend werk raad ik blijvend af. Op termijn (jaren) "
            "is een knieprothese waarschijnlijk. Controle over 6 maanden."
        ),
        Para("Met collegiale groet,"),
        Signatures([Sig("", "dr. P.J. van Harselaar", "orthopedisch chirurg", nl(mi))]),
        Para("c.c. huisarts J. Everts, Apeldoorn"),
    ]
    emit(
        C,
        "brief orthopeed.pdf",
        "pdf",
        blocks,
        S["b_zkh"],
        "medische_informatie",
        mi,
        "specialist letter to the bedrijfsarts; no words 'medische informatie'",
    )

    # --- arbeidsdeskundig rapport ---------------------------------------------------------------------------------------
    blocks = [
        Title(
            "Rapport arbeidsdeskundige",
            "re-integratie na ongeval: mogelijkheden in het eigen bedrijf en daarbuiten",
        ),
        Fields(
            [
                ("Werknemer", f"dhr. {vol}, {dash(geb)}"),
                ("BSN", bsn),
                ("Werkgever", "Bouwbedrijf Gebr. Stoutjesdijk B.V."),
                ("Functie", "timmerman-voorman, 40 uur"),
                ("Ziek vanaf", nl(d0)),
                ("Onderzoek", f"{nl(ad - dt.timedelta(days=9))}, bedrijfsbezoek en gesprekken"),
                ("Datum rapport", nl(ad)),
            ]
        ),
        Heading("Aanleiding"),
        Para(
            f"De bedrijfsarts heeft in de bijgestelde probleemanalyse van {nl(bijpa)} vastgesteld dat het eigen werk "
            "blijvend niet haalbaar is. De werkgever vraagt welk werk binnen het bedrijf passend is en of een tweede "
            "spoor nodig is."
        ),
        Heading("Wat vraagt het eigen werk?"),
        Para(
            "Timmerman-voorman in de woningbouw en renovatie: ruwbouw, kozijnen, dakbeschot, leiding geven aan 2-4 "
            "timmerlieden. Veel klimmen op steigers en ladders, knielen, tillen tot 25-30 kg, buitenwerk in alle "
            "weersomstandigheden."
        ),
        Heading("Vergelijking met de belastbaarheid"),
        Table(
            ["Belasting", "Eigen werk", "Belastbaar", "Knelpunt"],
            [
                ["Klimmen", "dagelijks", "nee", "ja"],
                ["Knielen/hurken", "vaak", "nee", "ja"],
                ["Tillen", "25-30 kg", "max 10 kg", "ja"],
                ["Staan/lopen", "hele dag", "max 2 u/dag", "ja"],
                ["Zitten", "weinig", "onbeperkt", "nee"],
            ],
        ),
        Heading("Mogelijkheden bij de eigen werkgever"),
        Para(
            "Werkvoorbereider is de meest kansrijke functie. Dhr. heeft 30 jaar vakkennis en heeft op kantoor al "
            "ervaring opgedaan met calculatie en inkoop. Er is een vacature voor 32 uur vanaf 2025. Hij mist "
            "kennis van tekenprogramma's en bouwbesluit-regelgeving: een opleiding werkvoorbereiding (mbo-4, "
            "ca. 9 maanden, deeltijd) is nodig. Magazijnbeheer is maar deels passend (veel lopen)."
        ),
        Heading("Advies"),
        Bullets(
            [
                "spoor 1: scholing tot werkvoorbereider starten, liefst vóór eind 2024; tot die tijd kantoortaken uitbreiden;",
                "spoor 2: tegelijk starten, omdat het succes van de opleiding onzeker is;",
                "loonwaarde als assistent-werkvoorbereider nu geschat op 70%, na opleiding 100%.",
            ]
        ),
        Signatures([Sig("Arbeidsdeskundige", "J.M. Ruitenberg", "register-arbeidsdeskundige", nl(ad))]),
    ]
    emit(
        C,
        "AD rapport Ruitenberg.pdf",
        "pdf",
        blocks,
        S["b_ad"],
        "arbeidsdeskundig_rapport",
        ad,
        "construction AD",
    )

    # --- eerstejaarsevaluatie (PDF, table form) ----------------------------------------------------------------------------
    blocks = [
        Title("1e-jaars evaluatie verzuim", f"dhr. {naam}"),
        Fields(
            [
                ("Werknemer", vol),
                ("BSN", bsn),
                ("Ziek gemeld op", dash(d0)),
                ("Datum van het gesprek", dash(eje)),
                ("Bij het gesprek", f"GJ Spijkerboer, {dir_}, {cm}"),
                ("Gebruikte stukken", f"PA {dash(pa)}, bijstelling PA {dash(bijpa)}, AD-rapport {dash(ad)}"),
            ]
        ),
        Table(
            ["Onderwerp", "Wat hebben we besproken / afgesproken"],
            [
                [
                    "Het afgelopen jaar",
                    "Ongeval, 2 operaties. Sinds december op kantoor, nu 4 x 6 uur. Eigen werk "
                    "is volgens bedrijfsarts definitief niet meer mogelijk.",
                ],
                [
                    "Doel eind 2e jaar",
                    "Passend werk binnen het bedrijf, liefst als werkvoorbereider, 32-40 uur.",
                ],
                [
                    "Spoor 1",
                    "Kantoorwerk uitbreiden naar 32 uur. Directie beslist in oktober over de opleiding "
                    "werkvoorbereiding (kosten ca. € 6.500).",
                ],
                ["Spoor 2", "Start via Bouwstenen Loopbaancoaching, uiterlijk 1 oktober."],
                [
                    "Wat vindt de werkgever",
                    "Wij willen GJ behouden. Opleiding moet wel iets opleveren; we wachten "
                    "eerst de orderportefeuille 2025 af.",
                ],
                [
                    "Wat vindt de werknemer",
                    "Ik wil de opleiding graag doen. Spoor 2 vind ik lastig, ik werk hier al 33 jaar.",
                ],
                ["Volgende evaluatie", dash(week(d0, 54, 2))],
            ],
        ),
        Signatures(
            [
                Sig("Werkgever", dir_, "directeur", dash(eje)),
                Sig("Werknemer", vol, "", dash(eje)),
            ]
        ),
    ]
    emit(
        C,
        "EJE Spijkerboer.pdf",
        "pdf",
        blocks,
        S["b_wg"],
        "eerstejaarsevaluatie",
        eje,
        "'1e-jaars evaluatie verzuim', table form",
    )

    # --- bijstelling plan van aanpak ----------------------------------------------------------------------------------------
    blocks = [
        Title("Plan van aanpak – aanpassing 1"),
        Fields(
            [
                ("Werknemer", f"{naam}, BSN {bsn}"),
                ("Ziek gemeld op", dash(d0)),
                ("Oorspronkelijk PvA", dash(pva)),
                ("Datum aanpassing", dash(bijpva)),
            ]
        ),
        Table(
            ["Wat", "Oud", "Nieuw"],
            [
                ["Doel", "terug naar eigen werk", "passend werk binnen of buiten het bedrijf"],
                ["Spoor", "alleen spoor 1", "spoor 1 en spoor 2 tegelijk"],
                ["Uren", "opbouw eigen werk", "kantoor/werkvoorbereiding 24 → 32 uur"],
                ["Externe hulp", "-", "Bouwstenen Loopbaancoaching (spoor 2), start " + dash(traject)],
                ["Scholing", "-", "besluit directie over opleiding werkvoorbereider in oktober"],
            ],
        ),
        Para("Evaluatie: elke 6 weken, met de coach van Bouwstenen erbij als dat nodig is."),
        Signatures(
            [
                Sig("Werkgever", dir_, "directeur", dash(bijpva)),
                Sig("Werknemer", vol, "", dash(bijpva)),
            ]
        ),
    ]
    emit(
        C,
        "PvA aanpassing sept.docx",
        "docx",
        blocks,
        S["b_wg"],
        "bijstelling_plan_van_aanpak",
        bijpva,
        "old/new table",
    )

    # --- trajectplan (bureau DOCX) -----------------------------------------------------------------------------------------
    coach = "R. (Ronald) Wennekes"
    blocks = [
        Title("Plan van begeleiding – extern werk (spoor 2)"),
        Fields(
            [
                ("Kandidaat", f"{vol}"),
                ("Geboortedatum", dash(geb)),
                ("Opdrachtgever", "Gebr. Stoutjesdijk B.V., mevr. A. Lamberink"),
                ("Coach", coach),
                ("Kennismaking", dash(traject - dt.timedelta(days=6))),
                ("Start traject", dash(traject)),
                ("Looptijd", "6 maanden, verlenging mogelijk"),
            ]
        ),
        Heading("Uitgangssituatie"),
        Para(
            "GJ is 57 jaar en heeft zijn hele werkzame leven in de bouw gewerkt. Door een arbeidsongeval kan hij "
            "niet meer op de bouwplaats werken. Hij werkt nu 24 uur op kantoor bij zijn werkgever. Het tweede spoor "
            "is verplicht omdat niet zeker is of hij daar blijvend passend werk krijgt."
        ),
        Heading("Sterke punten"),
        Bullets(
            [
                "vakkennis hout- en woningbouw",
                "leidinggevende ervaring",
                "betrouwbaar, praktisch, goede naam in de regio",
            ]
        ),
        Heading("Aandachtspunten"),
        Bullets(
            [
                "weinig computervaardigheid",
                "geen cv, nooit gesolliciteerd",
                "weerstand tegen vertrek bij huidige werkgever",
            ]
        ),
        Heading("Richting"),
        Para(
            "Binnendienstfuncties in de bouw en toelevering: werkvoorbereiding, calculatie, verkoop bouwmaterialen, "
            "opzichter/toezicht, materieeldienst."
        ),
        Heading("Aanpak"),
        Table(
            ["Stap", "Wat", "Wanneer"],
            [
                ["1", "cv maken, digitale vaardigheden (cursus)", "maand 1"],
                [
                    "2",
                    "netwerk in kaart, gesprekken bij bouwmaterialenhandels en ingenieursbureaus",
                    "maand 1-3",
                ],
                ["3", "gericht solliciteren, proefplaatsing", "maand 2-6"],
            ],
        ),
        Para("Rapportage: na 3 maanden en bij afsluiting."),
        Signatures(
            [
                Sig("Coach", coach, "Bouwstenen Loopbaancoaching", dash(traject)),
                Sig("Kandidaat", vol, "", dash(traject)),
            ]
        ),
    ]
    emit(
        C,
        "Intake + plan GJ Spijkerboer.docx",
        "docx",
        blocks,
        S["b_bureau"],
        "trajectplan_tweede_spoor",
        traject,
        "'Plan van begeleiding' wording",
    )

    # --- voortgangsrapportage ---------------------------------------------------------------------------------------------------
    blocks = [
        Title("Rapportage na drie maanden begeleiding"),
        Fields(
            [
                ("Kandidaat", f"{naam}"),
                ("Opdrachtgever", "Gebr. Stoutjesdijk B.V."),
                ("Periode", f"{dash(traject)} – {dash(vg - dt.timedelta(days=4))}"),
                ("Coach", coach),
                ("Datum", dash(vg)),
            ]
        ),
        Heading("Gedaan"),
        Para(
            "Cv is klaar. GJ heeft de cursus 'Digitaal werken voor vakmensen' gevolgd (6 avonden). Acht "
            "netwerkgesprekken gevoerd. Hij solliciteert, maar vindt het moeilijk zichzelf te verkopen."
        ),
        Table(
            ["Datum", "Organisatie", "Functie", "Uitkomst"],
            [
                ["19-11", "Bouwmaterialenhandel Bosch & Zn.", "verkoper binnendienst", "gesprek, afgewezen"],
                [
                    "03-12",
                    "Ingenieursbureau Kraaijeveld",
                    "tekenaar/werkvoorbereider",
                    "afgewezen (opleiding)",
                ],
                ["14-12", "Woningcorporatie De Goede Woning", "opzichter planmatig onderhoud", "loopt"],
                ["07-01", "Timmerfabriek Het Gooi", "werkvoorbereider", "geen reactie"],
            ],
        ),
        Heading("Knelpunt"),
        Para(
            "Zonder opleiding werkvoorbereiding zijn de kansen beperkt; vrijwel alle vacatures vragen mbo-4. "
            "Advies aan werkgever: de opleiding snel starten, dat helpt in beide sporen."
        ),
        Heading("Volgende periode"),
        Bullets(["doorgaan met netwerk en solliciteren", "meeloopdag bij woningcorporatie"]),
        Signatures([Sig("Coach", coach, "Bouwstenen", dash(vg))]),
    ]
    emit(
        C,
        "Bouwstenen rapportage 1.pdf",
        "pdf",
        blocks,
        S["b_bureau"],
        "voortgangsrapportage_tweede_spoor",
        vg,
        "progress report with application table",
    )

    # --- invoice of the bureau (non-RIV) ------------------------------------------------------------------------------------------
    blocks = [
        Title("Nota"),
        Fields(
            [
                ("Factuurnummer", "2025-0113"),
                ("Factuurdatum", dash(factuur)),
                ("Debiteur", "Bouwbedrijf Gebr. Stoutjesdijk B.V., t.a.v. crediteurenadministratie"),
                ("Uw referentie", "Spijkerboer / spoor 2"),
            ]
        ),
        Table(
            ["Omschrijving", "Aantal", "Prijs", "Totaal"],
            [
                ["Kennismaking, intake en plan van begeleiding 2e spoor", "1", "€ 650,00", "€ 650,00"],
                ["Begeleiding werk-naar-werk, maand 1 t/m 3", "3", "€ 425,00", "€ 1.275,00"],
                ["Cursus digitaal werken (6 avonden)", "1", "€ 395,00", "€ 395,00"],
                ["Rapportage na drie maanden", "1", "€ 125,00", "€ 125,00"],
            ],
        ),
        Para("Subtotaal € 2.445,00 · BTW 21% € 513,45 · Totaal € 2.958,45"),
        Para("Graag binnen 30 dagen overmaken op NL00 RABO 0000 0000 00 o.v.v. het factuurnummer."),
    ]
    emit(
        C,
        "factuur 2025-0113.pdf",
        "pdf",
        blocks,
        S["b_bureau"],
        "",
        factuur,
        "bureau invoice naming plan and rapportage as billed items",
    )

    # --- deskundigenoordeel (request of the employee) ------------------------------------------------------------------------------
    blocks = [
        Fields(
            [
                ("Datum", nl(do_)),
                ("Ons kenmerk", "DO/AP/2025/0442871"),
                ("Uw aanvraag van", nl(do_ - dt.timedelta(days=33))),
            ]
        ),
        Para(f"De heer {naam}\nKlaverweide 8\n7315 TR Apeldoorn"),
        Title("Onze beoordeling van uw re-integratie"),
        Para(
            "Geachte heer Spijkerboer,\n\nU heeft ons gevraagd of uw werkgever, Bouwbedrijf Gebr. Stoutjesdijk B.V., "
            "genoeg doet om u weer aan het werk te helpen. Dit deskundigenoordeel is ook naar uw werkgever gestuurd."
        ),
        Heading("Wat hebben wij onderzocht?"),
        Para(
            "Wij hebben het re-integratiedossier gelezen, waaronder het plan van aanpak en de aanpassing daarvan, de "
            "evaluatie van het eerste ziektejaar, het rapport van de arbeidsdeskundige en de rapportage van "
            "Bouwstenen. Onze arbeidsdeskundige heeft met u en met mevrouw Lamberink gesproken."
        ),
        Heading("Conclusie"),
        Para(
            "Uw werkgever doet op dit moment niet genoeg. De arbeidsdeskundige adviseerde in augustus 2024 om snel "
            "te starten met de opleiding tot werkvoorbereider. Dat is na bijna een half jaar nog niet gebeurd, terwijl er "
            "binnen het bedrijf een passende functie beschikbaar komt. Het tweede spoor is wel op tijd gestart en "
            "wordt goed uitgevoerd. U doet zelf voldoende."
        ),
        Para(
            "Dit oordeel is een advies en niet bindend. Als uw werkgever de re-integratie niet aanpast, kan dat "
            "gevolgen hebben wanneer wij later uw re-integratieverslag beoordelen."
        ),
        Para("Met vriendelijke groet,"),
        Signatures([Sig("", "S.E. Veldhoen-Kruis", "arbeidsdeskundige UWV", "")]),
    ]
    emit(
        C,
        "DO UWV.pdf",
        "pdf",
        blocks,
        S["uwv"],
        "deskundigenoordeel",
        do_,
        "DO on request of the employee about re-integration efforts",
    )

    # --- actueel oordeel ----------------------------------------------------------------------------------------------------------
    blocks = [
        Title("Actueel oordeel (RIV)", "geen medische gegevens – voor werkgever, werknemer en UWV"),
        Fields(
            [
                ("Naam", f"dhr. {naam}"),
                ("Geb.", dash(geb)),
                ("BSN", bsn_s),
                ("Werkgever", "Gebr. Stoutjesdijk B.V."),
                ("1e ziektedag", dash(d0)),
                ("Consult", dash(ao)),
            ]
        ),
        Heading("Verloop"),
        Para(
            f"Na ongeval {dash(d0)} twee operaties. Sinds de bijstelling van de PA ({dash(bijpa)}) stabiel. "
            "Eigen werk blijvend ongeschikt."
        ),
        Heading("Belastbaarheid nu"),
        Para(
            "Ongewijzigd t.o.v. bijstelling PA: geen klimmen/knielen, tillen max 10 kg, staan/lopen max 2 u/dag. "
            "Zittend werk 40 u/wk."
        ),
        Heading("Passend werk binnen het bedrijf"),
        Para(
            f"Ja: werkvoorbereiding (na opleiding, gestart {dash(scholing)}). Werkt nu 32 u/wk als "
            "assistent-werkvoorbereider. Geschikt."
        ),
        Heading("Verhouding wg-wn"),
        Para("Goed. Werknemer heeft DO aangevraagd, dat heeft niet tot een conflict geleid."),
        Heading("Verder"),
        Para("Medische informatie gaat apart naar de verzekeringsarts. Volgend consult alleen op verzoek."),
        Signatures([Sig("bedrijfsarts", ba, f"BIG {big}", dash(ao))]),
    ]
    emit(
        C,
        "Doornbos 2025-06.pdf",
        "pdf",
        blocks,
        S["b_ba"],
        "actueel_oordeel",
        ao,
        "terse AO; uninformative file name",
    )

    plain_mail(
        C,
        "RE AO GJ.eml",
        {
            "From": "Anja Lamberink <a.lamberink@stoutjesdijk.example>",
            "To": "Praktijk Doornbos <praktijk@doornbos-bedrijfsarts.example>",
            "Subject": "RE: AO GJ",
            "Date": mail_date(vraag_ao, 8, 2),
            "Message-ID": "<b2-ao@stoutjesdijk.example>",
        },
        (
            "Hoi Ineke,\n\nKun je het AO van GJ Spijkerboer nog even mailen? Wim zou het dinsdag versturen maar ik heb "
            "niks binnen. Ik heb het nodig voor de eindevaluatie volgende week, daarna gaat het hele RIV naar GJ.\n\n"
            "Alvast bedankt!\n\nGroet, Anja\n\nAnja Lamberink | P&O en KAM | Gebr. Stoutjesdijk B.V. | 055 - 541 22 00"
        ),
        "",
        vraag_ao,
        "chatty mail asking for the AO (non-RIV)",
    )

    # --- eindevaluatie ----------------------------------------------------------------------------------------------------------------
    blocks = [
        Title("Eindevaluatie verzuim", f"re-integratie dhr. {naam} – t.b.v. WIA-aanvraag"),
        Fields(
            [
                ("Werkgever", "Bouwbedrijf Gebr. Stoutjesdijk B.V., Kanaalweg-Noord 212, 7336 ZZ Apeldoorn"),
                ("Loonheffingennr.", lhn),
                (
                    "Bedrijf",
                    "Aannemer woningbouw, renovatie en onderhoud; 38 medewerkers (26 op de bouw, 12 kantoor/werkplaats)",
                ),
                ("Werknemer", f"{vol}, BSN {bsn}, geb. {dash(geb)}"),
                ("Functie", "timmerman-voorman, 40 uur"),
                ("Ziek gemeld op", dash(d0)),
                ("Datum", dash(ev)),
            ]
        ),
        Table(
            ["Onderwerp", "Toelichting"],
            [
                [
                    "Verloop",
                    f"Ongeval {dash(d0)}. Kantoorwerk vanaf december 2023. Eigen werk sinds mei 2024 definitief "
                    f"niet meer mogelijk. AD-rapport {dash(ad)}. Spoor 2 Bouwstenen vanaf {dash(traject)}, geen plaatsing. "
                    f"Deskundigenoordeel {dash(do_)}: opleiding te laat. Opleiding gestart {dash(scholing)}.",
                ],
                [
                    "Actueel oordeel bedrijfsarts",
                    f"{dash(ao)}: passend werk als werkvoorbereider, 40 u/wk mogelijk.",
                ],
                [
                    "Passend werk bij ons",
                    "Ja. GJ werkt 32 uur als assistent-werkvoorbereider; na het diploma (verwacht "
                    "december 2025) krijgt hij de functie werkvoorbereider, 40 uur.",
                ],
                ["Arbeidsrelatie", "Goed."],
                ["Mening werknemer", "Blij met de opleiding. Vindt dat die eerder had moeten starten."],
                ["WIA", f"Aanvraag door werknemer vóór week 93. Einde wachttijd {dash(wachttijd_einde)}."],
            ],
        ),
        Signatures([Sig("Werkgever", dir_, "directeur", dash(ev)), Sig("Werknemer", vol, "", dash(ev))]),
    ]
    emit(
        C,
        "eind evaluatie GJS def.pdf",
        "pdf",
        blocks,
        S["b_wg"],
        "eindevaluatie",
        ev,
        "table form, aard van het bedrijf as 'Bedrijf'",
    )

    # --- oordeel werknemer: phone photo of a typed note ---------------------------------------------------------------------------
    blocks = [
        Para(f"G.J. Spijkerboer\nKlaverweide 8, 7315 TR Apeldoorn\nBSN {bsn}"),
        Para(f"Apeldoorn, {dash(ow)}"),
        Heading("Reactie op verslag re-integratie"),
        Para(
            "Ik heb het re-integratieverslag van Stoutjesdijk gelezen met alle stukken van de bedrijfsarts, de "
            "arbeidsdeskundige en Bouwstenen. De feiten kloppen."
        ),
        Para(
            "Waar ik het niet mee eens ben: de opleiding tot werkvoorbereider is pas in maart 2025 begonnen, terwijl "
            "de arbeidsdeskundige dat in augustus 2024 al adviseerde. Daar heb ik een half jaar door verloren. Dat "
            "staat ook in het deskundigenoordeel van UWV."
        ),
        Para("Met de rest ben ik het eens. Ik werk nu met plezier op kantoor."),
        Signatures([Sig("", vol, "", "")]),
    ]
    emit(
        C,
        "IMG_2231.jpg",
        "photo",
        blocks,
        S["b_priv"],
        "oordeel_werknemer",
        ow,
        "phone photo, EXIF orientation 6; employee's typed note",
        taken=dt.datetime(ow.year, ow.month, ow.day, 19, 47, 5),
        orientation=6,
    )

    # --- UWV loonsanctie -----------------------------------------------------------------------------------------------------------
    eind_sanctie = wachttijd_einde + dt.timedelta(days=364)
    blocks = [
        Fields(
            [
                ("Datum", nl(sanctie)),
                ("Ons kenmerk", "RIV/LS/2025/77812"),
                ("Loonheffingennummer", lhn),
                ("Werknemer", f"de heer {naam}, BSN {bsn}"),
            ]
        ),
        Para("Bouwbedrijf Gebr. Stoutjesdijk B.V.\nt.a.v. de directie\nKanaalweg-Noord 212\n7336 ZZ Apeldoorn"),
        Title("U betaalt het loon van de heer Spijkerboer langer door"),
        Para(
            "Geachte heer Stoutjesdijk,\n\nUw werknemer heeft een WIA-uitkering aangevraagd. Wij hebben het "
            "re-integratieverslag beoordeeld: de probleemanalyse, het plan van aanpak met de aanpassing, de "
            "eerstejaarsevaluatie, het actueel oordeel, de eindevaluatie en de reactie van uw werknemer."
        ),
        Heading("Ons besluit"),
        Para(
            f"U heeft niet genoeg gedaan om de heer Spijkerboer aan het werk te helpen. Daarom moet u zijn loon langer "
            f"doorbetalen, tot uiterlijk {nl(eind_sanctie)}. Wij beslissen nu nog niet over zijn WIA-aanvraag."
        ),
        Heading("Waarom?"),
        Para(
            "De arbeidsdeskundige adviseerde in augustus 2024 een opleiding tot werkvoorbereider. U bent daar pas in "
            "maart 2025 mee begonnen, ook nadat UWV in een deskundigenoordeel had gezegd dat dit te laat was. Als u "
            "eerder was begonnen, was uw werknemer nu waarschijnlijk volledig aan het werk geweest in passend werk."
        ),
        Heading("Kan de verlenging korter?"),
        Para(
            "Ja. Als u de tekortkoming herstelt, kunt u ons vragen de verlenging te bekorten. Stuur daarvoor het "
            "formulier 'Verzoek bekorting loonsanctie' met bewijsstukken."
        ),
        Heading("Bent u het niet eens met dit besluit?"),
        Para("Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken."),
        Para("Met vriendelijke groet,"),
        Signatures([Sig("", "mr. A.W. Brinkhorst", "teamleider Sociaal-Medische Zaken", "")]),
    ]
    emit(
        C,
        "UWV besluit.pdf",
        "pdf",
        blocks,
        S["uwv"],
        "uwv_correspondentie",
        sanctie,
        "loonsanctie decision; lists all RIV documents",
    )


# =============================================================================================
# Case C: Verdaan Supermarkten (English-language HR) — mevrouw N. Boukhari, reumatoïde artritis
# =============================================================================================


def case_c() -> None:
    C = "verdaan"
    S = ST
    d0 = dt.date(2024, 1, 22)
    bsn = new_bsn()
    geb = dt.date(1991, 6, 27)
    naam, vol = "N. Boukhari", "Nadia Boukhari"
    ba, big = "H.K. Wiegersma", "29061734501"
    cm, sm = "Emma Carter-de Wit", "Tom Kloosterman"
    coach = "Mirjam Hoekman"
    lhn = "806612098L01"
    cliënt = "AG-2024-00871"
    wia_uiterlijk = d0 + dt.timedelta(days=650)

    pa = week(d0, 6, 4)
    pva = week(d0, 8, 2)
    t1 = week(d0, 14, 3)
    zm = week(d0, 42, 2)
    izp = week(d0, 48, 3)
    eje = week(d0, 51, 2)
    bijpva = week(d0, 52, 1)
    start2 = week(d0, 55, 0)
    vg = week(d0, 70, 3)
    t2 = week(d0, 78, 1)
    eindrap = week(d0, 87, 4)
    ao = week(d0, 89, 2)
    export = week(d0, 89, 4)
    ev = week(d0, 90, 3)
    ow = week(d0, 91, 3)
    aanvraag = week(d0, 92, 4)
    uwv = week(d0, 93, 2)

    # --- probleemanalyse (hospital occupational health department) ------------------------------------
    blocks = [
        Title(
            "Advies van de bedrijfsarts na zes weken verzuim",
            "probleemanalyse in het kader van de Wet verbetering poortwachter",
        ),
        Fields(
            [
                ("Cliëntnummer", cliënt),
                ("Werkneemster", f"mw. {naam}, geboren {short(geb)}"),
                ("BSN", bsn),
                ("Werkgever", "Verdaan Supermarkten B.V., filiaal Zwolle-Stadshagen"),
                ("Functie", "assistent-bedrijfsleider (Assistant Store Manager), 36 uur"),
                ("Datum eerste verzuimdag", short(d0)),
                ("Datum advies", short(pa)),
            ]
        ),
        Heading("Situatie"),
        Para(
            "Mevrouw Boukhari heeft sinds enkele maanden toenemende klachten van gewrichten en vermoeidheid. Er loopt "
            "onderzoek en behandeling in het ziekenhuis. Zij is op dit moment niet in staat haar werk te doen. Ik zag "
            f"haar op {short(pa - dt.timedelta(days=2))} op mijn spreekuur en sprak telefonisch met haar leidinggevende."
        ),
        Heading("Mijn oordeel"),
        Para(
            "De verwachting is dat het verzuim langer gaat duren dan de komende twee maanden. De behandeling is net "
            "gestart en heeft tijd nodig om effect te hebben. Werkhervatting in aangepaste vorm is wel nu al zinvol."
        ),
        Heading("Wat kan zij nu?"),
        Bullets(
            [
                "licht werk, vooral zittend, met afwisseling van houding",
                "niet tillen boven 5 kg; geen vakkenvullen, geen werk in de koeling of diepvries",
                "geen vroege diensten: starten niet vóór 10.00 uur",
                "2 tot 3 uur per dag, 3 dagen per week; opbouw in overleg",
            ]
        ),
        Heading("Vooruitzicht"),
        Para(
            "Bij een goede reactie op de behandeling verwacht ik binnen drie tot zes maanden duidelijke verbetering. "
            "Of het eigen werk met veel staan, lopen en fysieke taken volledig haalbaar wordt, kan ik nog niet zeggen."
        ),
        Heading("Advies"),
        Bullets(
            [
                "werkgever en werkneemster maken binnen twee weken een plan van aanpak",
                "start met administratieve taken in het filiaal (roosters, bestellingen, kasafrekening)",
                "werkplekaanpassing: zit-stastoel bij de servicebalie",
                "contact met de bedrijfsarts over 4 weken",
            ]
        ),
        Signatures([Sig("Bedrijfsarts", ba, f"BIG {big}", f"Zwolle, {short(pa)}")]),
        Para("Dit advies is met werkneemster besproken. Zij heeft een afschrift ontvangen."),
    ]
    emit(
        C,
        f"Advies {dash(pa)}.pdf",
        "pdf",
        blocks,
        S["c_arbo"],
        "probleemanalyse",
        pa,
        "hospital arbo dept; title 'Advies van de bedrijfsarts na zes weken verzuim'",
    )

    # --- plan van aanpak, English --------------------------------------------------------------------------
    blocks = [
        Title(
            "Return to Work Plan",
            "Plan van Aanpak under the Dutch Gatekeeper Improvement Act (Wet verbetering poortwachter)",
        ),
        Heading("1. Employee details"),
        Fields(
            [
                ("Name", f"{vol}"),
                ("Employee no.", "V-0417-2291"),
                ("BSN", bsn),
                ("Born", en(geb)),
                ("Position", "Assistant Store Manager, store 0417 Zwolle-Stadshagen, 36 hrs/week"),
                ("Date of hire", en(dt.date(2015, 4, 1))),
                ("First day of sick leave", en(d0)),
            ]
        ),
        Heading("2. Advice of the occupational physician"),
        Para(
            f"The occupational physician ({ba}, Sint Clemens Arbeid & Gezondheid) issued the problem analysis on "
            f"{en(pa)}. Sick leave is expected to last more than two months. Light, mainly seated work is possible now, "
            "no lifting above 5 kg and no shifts starting before 10 am."
        ),
        Heading("3. Goal"),
        Para(
            "Full return to the own position (36 hrs) by the end of September 2024, starting with administrative tasks in the store."
        ),
        Heading("4. Actions"),
        Table(
            ["Action", "Owner", "By when"],
            [
                ["Start admin tasks in store, 3 x 2.5 hrs", "Nadia / store manager", en(week(d0, 9, 0))],
                ["Sit-stand chair at service desk", "Facilities", en(week(d0, 9, 2))],
                ["Follow treatment plan hospital", "Nadia", "ongoing"],
                ["Follow-up with occupational physician", "Nadia", en(week(d0, 12, 3))],
                ["Review meeting", "HR case manager", en(week(d0, 14, 3))],
            ],
        ),
        Heading("5. Review schedule"),
        Para("We review this plan at least every six weeks, and update it whenever the physician changes the advice."),
        Heading("6. Case manager"),
        Para(f"{cm}, HR Case Manager Absence, People Services Benelux (e.carter@verdaan.example)."),
        Heading("7. Our views"),
        Para(
            "Employer: we are happy to offer adjusted tasks and will keep the schedule flexible around hospital appointments."
        ),
        Para("Employee: I agree with the plan. I am worried about the physical part of my job but want to try."),
        Signatures(
            [
                Sig("For Verdaan", sm, "Store Manager", en(pva)),
                Sig("Employee", vol, "", en(pva)),
                Sig("Case manager", cm, "People Services", en(pva)),
            ]
        ),
    ]
    emit(
        C,
        "RTW plan Nadia B.docx",
        "docx",
        blocks,
        S["c_wg"],
        "plan_van_aanpak",
        pva,
        "English employer, 'Return to Work Plan'",
    )

    # --- tussentijdse evaluatie 1, English notes -------------------------------------------------------------
    blocks = [
        Title("Return to work – review meeting notes"),
        Fields(
            [
                ("Employee", f"{vol} (BSN {bsn})"),
                ("Date of meeting", en_us(t1)),
                ("Present", f"Nadia Boukhari, {sm} (Store Manager), {cm} (HR)"),
                ("Sick since", en_us(d0)),
            ]
        ),
        Heading("Progress since the plan of " + en_us(pva)),
        Bullets(
            [
                "Nadia works 3 x 3 hrs on admin (rosters, orders, cash reconciliation). Going well.",
                "Chair delivered. She still has stiff hands in the morning; start time 10:30 works.",
                "Hospital: medication started in February, first effect noticed in April.",
                "All agreed actions completed.",
            ]
        ),
        Heading("Agreed next steps"),
        Bullets(
            [
                "Increase to 4 x 4 hrs from May 6 if the physician agrees (appointment May 2).",
                "Try 1 hr per shift at the service desk, seated.",
                f"Next review: {en_us(week(d0, 20, 3))}.",
            ]
        ),
        Para("Notes by E. Carter-de Wit. Sent to Nadia by e-mail for comments."),
    ]
    emit(
        C,
        "RTW check-in 25-04.docx",
        "docx",
        blocks,
        S["c_wg"],
        "tussentijdse_evaluatie",
        t1,
        "English bullet notes, US dates",
    )

    # --- 42nd-week report (UWV portal printout) ----------------------------------------------------------------
    blocks = [
        Title("Ziekmelding langdurig zieke werknemer – samenvatting"),
        Fields(
            [
                ("Werkgever", "Verdaan Supermarkten B.V."),
                ("Loonheffingennummer", lhn),
                ("Werknemer", f"{vol}"),
                ("BSN", bsn),
                ("Geboortedatum", dash(geb)),
                ("Datum waarop werknemer ziek werd", dash(d0)),
                ("Gedeeltelijk aan het werk", "ja, 16 uur per week"),
                ("Eigenrisicodrager Ziektewet", "nee"),
                ("Contactpersoon", f"{cm}, 038 - 760 09 00"),
                ("Ingediend op", f"{dash(zm)} 11:42"),
                ("Referentie", "ZM42-8801-3364-0417"),
            ]
        ),
        Para("Uw melding is verzonden. U ontvangt binnen 5 werkdagen een bevestiging per post."),
    ]
    emit(
        C,
        "UWV melding wk42.pdf",
        "pdf",
        blocks,
        S["uwv_portal"],
        "ziekmelding_uwv",
        zm,
        "portal printout, table fields",
    )

    # --- inzetbaarheidsprofiel ---------------------------------------------------------------------------------------
    blocks = [
        Title("Functionele mogelijkheden en beperkingen", f"inzetbaarheidsprofiel, stand per {short(izp)}"),
        Fields(
            [
                ("Cliëntnummer", cliënt),
                ("Werkneemster", f"mw. {naam}, geb. {short(geb)}"),
                ("BSN", bsn),
                ("Eerste verzuimdag", short(d0)),
            ]
        ),
        Table(
            ["Domein", "Mogelijkheden", "Beperkingen / toelichting"],
            [
                ["Persoonlijk functioneren", "normaal", "-"],
                ["Sociaal functioneren", "normaal", "-"],
                ["Omgeving", "binnen", "niet in koeling/diepvries; geen tocht"],
                [
                    "Dynamisch (tillen, lopen, hand- en vingergebruik)",
                    "licht",
                    "tillen max 5 kg; niet repeterend scannen of grijpen; lopen max 15 min aaneen",
                ],
                ["Statisch (zitten, staan)", "zitten goed", "staan max 30 min aaneen, 2 uur per dag"],
                [
                    "Werktijden",
                    "4-5 uur per dag, 20 uur per week",
                    "niet starten vóór 10.00 uur; geen nachtwerk",
                ],
            ],
        ),
        Para("Dit profiel vervangt de beperkingen genoemd in het advies van " + short(pa) + ". Geen diagnose vermeld."),
        Signatures([Sig("Bedrijfsarts", ba, f"BIG {big}", short(izp))]),
    ]
    emit(
        C,
        "bijlage_2.pdf",
        "pdf",
        blocks,
        S["c_arbo"],
        "inzetbaarheidsprofiel",
        izp,
        "three-column table; uninformative name",
    )

    # --- eerstejaarsevaluatie, English ------------------------------------------------------------------------------
    blocks = [
        Title("Year-one review", "eerstejaarsevaluatie – Return to Work Plan Nadia Boukhari"),
        Fields(
            [
                ("Employee", f"{vol}, BSN {bsn}"),
                ("First day of sick leave", en(d0)),
                ("Date of meeting", en(eje)),
                ("Present", f"Nadia Boukhari; {sm}; {cm}"),
                (
                    "Documents used",
                    f"problem analysis {en(pa)}; capacity profile {en(izp)}; UWV letter (week 44)",
                ),
            ]
        ),
        Heading("1. What happened this year"),
        Para(
            "Nadia returned quickly in admin tasks. By June she worked 20 hours. A flare-up in the autumn set her back "
            "to 12 hours for six weeks. The physician's capacity profile of December confirms that the own job "
            "(standing, walking, stocking, early shifts) is not feasible now, and probably not in the future."
        ),
        Heading("2. Where we want to be at the end of year two"),
        Para("Sustainable work for at least 20 hours a week that fits the capacity profile."),
        Heading("3. How we get there"),
        Bullets(
            [
                "Track 1: Nadia takes over the store administration of stores 0417 and 0422 (20 hrs, seated, from 10 am).",
                "Track 2: external job search via a career coach, because we cannot guarantee this role long term "
                "and she has 16 more contract hours.",
                "The Return to Work Plan will be amended accordingly.",
            ]
        ),
        Heading("4. Employee's view"),
        Para(
            "I am disappointed that I cannot go back to the shop floor, but the admin work suits me. I will do track 2."
        ),
        Heading("5. Employer's view"),
        Para("Nadia is a valued colleague. We will keep offering the admin role and support track 2 fully."),
        Signatures([Sig("Employee", vol, "", en(eje)), Sig("For Verdaan", cm, "HR Case Manager", en(eje))]),
    ]
    emit(
        C,
        "Verdaan_RTW_v3_final.docx",
        "docx",
        blocks,
        S["c_wg"],
        "eerstejaarsevaluatie",
        eje,
        "English 'Year-one review'; misleading file name",
    )

    # --- bijstelling plan van aanpak (scan) -----------------------------------------------------------------------
    blocks = [
        Title("Return to Work Plan – Amendment 1"),
        Fields(
            [
                ("Employee", f"{vol}, BSN {bsn}"),
                ("First day of sick leave", en(d0)),
                ("Original plan", en(pva)),
                ("Year-one review", en(eje)),
                ("Date", en(bijpva)),
            ]
        ),
        Table(
            ["Item", "Was", "Now"],
            [
                [
                    "Goal",
                    "return to own position, 36 hrs",
                    "store administration 20 hrs + external job for remaining hours",
                ],
                ["Track", "track 1", "track 1 and track 2"],
                ["Provider track 2", "-", f"Overstap Loopbaanbegeleiding, start {en(start2)}"],
                ["Review", "every 6 weeks", "every 6 weeks; coach joins every 2nd meeting"],
            ],
        ),
        Signatures([Sig("Employee", vol, "", en(bijpva)), Sig("Employer", cm, "HR Case Manager", en(bijpva))]),
    ]
    emit(
        C,
        "scan_0003.pdf",
        "scan",
        blocks,
        S["c_wg"],
        "bijstelling_plan_van_aanpak",
        bijpva,
        "image-only scan of signed English amendment",
        rotate_deg=0.8,
        noise=0.4,
    )

    # --- voortgangsrapportage as attachment of the coach's mail --------------------------------------------------------
    vg_blocks = [
        Title("Rapportage 2e spoor – periode 2"),
        Fields(
            [
                ("Cliënt", f"mevrouw {vol}"),
                ("Geboortedatum", dash(geb)),
                ("Opdrachtgever", "Verdaan Supermarkten B.V., People Services"),
                ("Periode", f"{dash(week(d0, 64, 0))} tot {dash(vg)}"),
                ("Loopbaanbegeleider", coach),
            ]
        ),
        Heading("Activiteiten"),
        Para(
            "Nadia heeft haar zoekprofiel aangescherpt: administratief medewerker, salarisadministratie of "
            "klantenservice per e-mail, 16-20 uur, start na 10 uur, binnen 25 km van Zwolle. Zij volgt sinds april "
            "de online cursus Praktijkdiploma Loonadministratie (module 1 behaald)."
        ),
        Table(
            ["", "Deze periode", "Totaal"],
            [
                ["Gesprekken met begeleider", "5", "12"],
                ["Sollicitaties", "6", "11"],
                ["Gesprekken bij werkgevers", "1", "2"],
                ["Netwerkcontacten", "4", "9"],
            ],
        ),
        Heading("Belemmeringen"),
        Para(
            "Veel vacatures vragen een start om 8.30 uur of fulltime beschikbaarheid. Wij bespreken met werkgevers of een later begintijd kan."
        ),
        Heading("Plan komende periode"),
        Bullets(
            [
                "module 2 loonadministratie",
                "open sollicitaties bij drie accountantskantoren",
                "proefplaatsing onderzoeken",
            ]
        ),
        Signatures([Sig("Begeleider", coach, "Overstap Loopbaanbegeleiding", dash(vg))]),
    ]
    emit_mail(
        C,
        "FW Rapportage Boukhari.eml",
        {
            "From": f"{coach} <m.hoekman@overstap-loopbaan.example>",
            "To": f"{cm} <e.carter@verdaan.example>",
            "Cc": "Nadia Boukhari <nadia.boukhari@mail.example>",
            "Subject": "Rapportage Boukhari periode 2",
            "Date": mail_date(vg, 16, 20),
            "Message-ID": "<c1-rapportage@overstap-loopbaan.example>",
        },
        (
            "Hallo Emma,\n\nIn de bijlage de tweede rapportage van het traject van Nadia. Nadia heeft hem al gelezen "
            "en is akkoord.\n\nKunnen we de evaluatie van juni een week verschuiven? Ik ben de 12e op cursus.\n\n"
            f"Hartelijke groet,\n{coach}\nOverstap Loopbaanbegeleiding\n06 - 1234 0000"
        ),
        "Rapportage 2 Boukhari.docx",
        "docx",
        vg_blocks,
        S["c_bureau"],
        "voortgangsrapportage_tweede_spoor",
        vg,
        "coach's cover mail (Dutch) to English-speaking HR",
        "'Rapportage 2e spoor – periode 2'",
        mail_date_=vg,
    )

    # --- tussentijdse evaluatie 2, file named eindevaluatie.pdf ------------------------------------------------------------
    blocks = [
        Title("Review meeting – week 78"),
        Fields(
            [
                ("Employee", f"{vol}"),
                ("BSN", bsn),
                ("Sick since", en(d0)),
                ("Held on", en(t2)),
                ("Present", f"Nadia Boukhari, {cm}, {coach} (Overstap)"),
            ]
        ),
        Heading("Track 1"),
        Para("Store administration for two stores, 20 hrs, stable since March. No complaints from either store."),
        Heading("Track 2"),
        Para(
            "Eleven applications so far, two interviews, no offer. Nadia passed module 2 of the payroll course. "
            "Coach expects the track to close in September."
        ),
        Heading("Looking ahead"),
        Bullets(
            [
                "The occupational physician will write the current assessment (actueel oordeel) around week 89.",
                "After that we hold the final evaluation (eindevaluatie) and send the full re-integration report to Nadia.",
                f"Nadia must apply for WIA by {en(wia_uiterlijk)} at the latest.",
            ]
        ),
        Para("Agreed by both. Next review in week 84."),
    ]
    emit(
        C,
        "eindevaluatie.pdf",
        "pdf",
        blocks,
        S["c_wg"],
        "tussentijdse_evaluatie",
        t2,
        "week-78 review meeting that only announces the eindevaluatie; misleading file name",
    )

    # --- eindrapportage tweede spoor ----------------------------------------------------------------------------------------
    blocks = [
        Title("Afsluiting traject 2e spoor – eindrapport"),
        Fields(
            [
                ("Cliënt", f"mevrouw {vol}, BSN {bsn}"),
                ("Opdrachtgever", "Verdaan Supermarkten B.V."),
                ("Trajectperiode", f"{dash(start2)} t/m {dash(eindrap)}"),
                ("Loopbaanbegeleider", coach),
                ("Datum rapport", dash(eindrap)),
            ]
        ),
        Heading("Eindresultaat"),
        Para(
            "Het traject wordt afgesloten zonder plaatsing. Nadia heeft geen baan buiten Verdaan gevonden. Zij heeft "
            "wel het Praktijkdiploma Loonadministratie behaald, wat haar positie in haar huidige administratieve werk "
            "versterkt."
        ),
        Heading("Inzet in cijfers"),
        Bullets(
            [
                "31 begeleidingsgesprekken",
                "17 sollicitaties, 4 sollicitatiegesprekken",
                "14 netwerkcontacten, 2 meeloopdagen (accountantskantoor, thuiszorgorganisatie)",
                "opleiding loonadministratie (3 modules)",
            ]
        ),
        Heading("Beoordeling"),
        Para(
            "Nadia heeft zich volledig ingezet en al haar afspraken nagekomen. De urenbeperking en de late begintijd "
            "maken de kansen op de regionale arbeidsmarkt klein. Verlengen van het traject heeft naar onze mening "
            "geen zin."
        ),
        Signatures([Sig("Begeleider", coach, "Overstap Loopbaanbegeleiding", dash(eindrap))]),
    ]
    emit(
        C,
        "Eindrapport Overstap NB.pdf",
        "pdf",
        blocks,
        S["c_bureau"],
        "eindrapportage_tweede_spoor",
        eindrap,
        "bureau final report",
    )

    # --- actueel oordeel (Q&A table) ---------------------------------------------------------------------------------------
    blocks = [
        Title(
            "Actueel oordeel (AO)",
            f"bij de probleemanalyse van {short(pa)} – ten behoeve van de WIA-aanvraag",
        ),
        Fields(
            [
                ("Cliëntnummer", cliënt),
                ("Werkneemster", f"mw. {naam}, geboren {short(geb)}"),
                ("BSN", bsn),
                ("Werkgever", "Verdaan Supermarkten B.V."),
                ("Datum eerste verzuimdag", short(d0)),
                ("Datum", short(ao)),
            ]
        ),
        Table(
            ["Vraag", "Oordeel bedrijfsarts"],
            [
                [
                    "Hoe is de arbeidsongeschiktheid verlopen?",
                    "Na een goede start in 2024 een terugval in het najaar; "
                    "sinds het voorjaar van 2025 stabiel op 20 uur per week.",
                ],
                [
                    "Wat zijn de huidige mogelijkheden?",
                    f"Zoals in het profiel van {short(izp)}: licht, overwegend "
                    "zittend werk, 20 uur per week, start na 10.00 uur.",
                ],
                ["Is verbetering te verwachten?", "Nee, niet wezenlijk. De beperkingen zijn duurzaam."],
                [
                    "Is er passend werk bij de werkgever?",
                    "Ja: de administratie voor twee filialen, 20 uur per week. "
                    "Het eigen werk als assistent-bedrijfsleider is niet passend.",
                ],
                ["Hoe is de arbeidsrelatie?", "Goed. Geen knelpunten gemeld."],
            ],
        ),
        Para("Medische gegevens zijn niet opgenomen; die gaan rechtstreeks naar de verzekeringsarts."),
        Signatures([Sig("Bedrijfsarts", ba, f"BIG {big}", f"Zwolle, {short(ao)}")]),
    ]
    emit(
        C,
        f"Doc {ao.isoformat()}.pdf",
        "pdf",
        blocks,
        S["c_arbo"],
        "actueel_oordeel",
        ao,
        "question/answer table; uninformative name",
    )

    # --- medische informatie (explicit form) -------------------------------------------------------------------------------
    blocks = [
        Title(
            "Medische informatie ten behoeve van de verzekeringsarts",
            "MEDISCH GEHEIM – niet voor de werkgever",
        ),
        Fields(
            [
                ("Cliëntnummer", cliënt),
                ("Naam", f"{vol}"),
                ("Geboortedatum", short(geb)),
                ("BSN", bsn),
                ("Eerste verzuimdag", short(d0)),
                ("Datum", short(ao)),
            ]
        ),
        Heading("Diagnose"),
        Para("Reumatoïde artritis, seropositief (ICD-10 M05.8), polyarticulair, met vermoeidheid."),
        Heading("Behandelaar"),
        Para("dr. E.J. Brandsma-Oost, reumatoloog, Sint Clemens Ziekenhuis, polikliniek Reumatologie."),
        Heading("Behandeling en medicatie"),
        Bullets(
            [
                "methotrexaat 20 mg per week (sinds februari 2024) met foliumzuur",
                "adalimumab 40 mg s.c. per 2 weken (sinds november 2024, na een opvlamming)",
                "fysiotherapie en ergotherapie (energieverdeling, handfunctie)",
            ]
        ),
        Heading("Beloop"),
        Para(
            "Aanvankelijk goede reactie, in oktober 2024 opvlamming met synovitis van de handen en voeten. Sinds maart "
            "2025 lage ziekteactiviteit (DAS28 2,9), wel persisterende ochtendstijfheid van ongeveer een uur en "
            "vermoeidheid na belasting."
        ),
        Heading("Prognose en onderbouwing beperkingen"),
        Para(
            "Chronische aandoening. Volledige remissie is niet te verwachten. De beperkingen in hand- en vingergebruik, "
            "staan en lopen en de urenbeperking volgen uit de gewrichtsklachten en de vermoeidheid."
        ),
        Signatures([Sig("Bedrijfsarts", ba, f"BIG {big}", short(ao))]),
    ]
    emit(
        C,
        "MI Boukhari.docx",
        "docx",
        blocks,
        S["c_arbo"],
        "medische_informatie",
        ao,
        "explicit 'Medische informatie' form",
    )

    # --- absence-registration export (non-RIV) -----------------------------------------------------------------------------
    blocks = [
        Title("Absence history – export", f"generated {export.isoformat()} 09:14 by e.carter"),
        Fields(
            [
                ("Employee", f"{vol} (V-0417-2291)"),
                ("Store", "0417 Zwolle-Stadshagen"),
                ("Case", "SICK-2024-0417-006"),
            ]
        ),
        Table(
            ["Date", "Event", "Absence %", "By"],
            [
                [d0.isoformat(), "Sick report", "100", "T. Kloosterman"],
                [pa.isoformat(), "Problem analysis received", "100", "E. Carter"],
                [pva.isoformat(), "Plan of approach signed", "100", "E. Carter"],
                [week(d0, 9, 0).isoformat(), "Partial recovery (therapeutic)", "100", "E. Carter"],
                [zm.isoformat(), "UWV week-42 report filed", "56", "E. Carter"],
                [eje.isoformat(), "Year-one review held", "44", "E. Carter"],
                [start2.isoformat(), "Track 2 started (Overstap)", "44", "E. Carter"],
                [eindrap.isoformat(), "Track 2 closed", "44", "E. Carter"],
                [ao.isoformat(), "Current assessment (AO) received", "44", "E. Carter"],
            ],
        ),
        Para("Export from the HR absence module. Internal use only. Contains personal data – do not forward."),
    ]
    emit(
        C,
        f"export_verzuim_{export:%Y%m%d}.pdf",
        "pdf",
        blocks,
        S["c_wg"],
        "",
        export,
        "HR absence log naming PA, PvA, EJE, AO as events",
    )

    # --- eindevaluatie, English ---------------------------------------------------------------------------------------------
    blocks = [
        Title(
            "Closing review of the return-to-work process",
            "eindevaluatie for the re-integration report (re-integratieverslag)",
        ),
        Heading("Employer"),
        Fields(
            [
                ("Name", "Verdaan Supermarkten B.V."),
                ("Address", "Hanzelaan 90, 8017 JE Zwolle"),
                ("Payroll tax no. (loonheffingennummer)", lhn),
                (
                    "Nature of the business",
                    "Supermarket chain, 64 stores in the north and east of the Netherlands, approx. 4,100 employees",
                ),
            ]
        ),
        Heading("Employee"),
        Fields(
            [
                ("Name", f"{vol}, born {en(geb)}"),
                ("BSN", bsn),
                ("Position", "Assistant Store Manager, 36 hrs"),
                ("First day of sick leave", en(d0)),
            ]
        ),
        Heading("Looking back"),
        Para(
            f"Problem analysis {en(pa)}; plan {en(pva)}; year-one review {en(eje)} with amendment {en(bijpva)}; "
            f"track 2 with Overstap from {en(start2)} to {en(eindrap)} without placement; current assessment of the "
            f"occupational physician {en(ao)}."
        ),
        Heading("Where we stand"),
        Para(
            "Nadia works 20 hours a week as store administrator for two stores. This is stable and fits her capacity profile."
        ),
        Heading("Suitable work at Verdaan (employer's view)"),
        Para(
            "We offer Nadia a permanent contract for 20 hrs as Store Administrator from 1 December 2025. No further suitable hours are available."
        ),
        Heading("Working relationship (employer's view)"),
        Para("Good and open."),
        Heading("Employee's comments"),
        Para("Agreed. I am glad I can stay with Verdaan."),
        Heading("WIA"),
        Para(f"Nadia will apply for WIA before {en(wia_uiterlijk)}; she has received a copy of all documents."),
        Signatures([Sig("For Verdaan", cm, "HR Case Manager", en(ev)), Sig("Employee", vol, "", en(ev))]),
    ]
    emit(
        C,
        "Closing review NB.docx",
        "docx",
        blocks,
        S["c_wg"],
        "eindevaluatie",
        ev,
        "English closing review with nature of business",
    )

    # --- oordeel werknemer (Dutch letter) -------------------------------------------------------------------------------------
    blocks = [
        Para(f"{vol}\nZeeltstraat 41\n8043 RS Zwolle"),
        Para(f"Zwolle, {nl(ow)}"),
        Heading("Betreft: re-integratieverslag – mijn standpunt"),
        Para(f"BSN: {bsn}\nWerkgever: Verdaan Supermarkten B.V.\nZiek sinds: {nl(d0)}"),
        Para(
            "Ik heb alle stukken van het re-integratieverslag van mijn werkgever ontvangen en gelezen. Ik vind dat "
            "het verslag een juist beeld geeft van wat er de afgelopen twee jaar is gebeurd."
        ),
        Para(
            "Mijn werkgever heeft mij goed begeleid en mij aangepast werk gegeven. Het traject bij Overstap heeft "
            "geen baan opgeleverd, maar ik heb er wel een diploma aan overgehouden. Over het advies en het actueel "
            "oordeel van de bedrijfsarts heb ik geen opmerkingen."
        ),
        Para("Ik ga akkoord met de inhoud van het verslag."),
        Signatures([Sig("Handtekening", vol, "", nl(ow))]),
    ]
    emit(
        C,
        "standpunt Nadia.docx",
        "docx",
        blocks,
        S["c_priv"],
        "oordeel_werknemer",
        ow,
        "employee's Dutch letter",
    )

    # --- CV (non-RIV) ----------------------------------------------------------------------------------------------------------
    blocks = [
        Title(vol, "Administratief medewerker | salarisadministratie"),
        Fields(
            [
                ("Woonplaats", "Zwolle"),
                ("E-mail", "nadia.boukhari@mail.example"),
                ("Telefoon", "06 - 0000 1122"),
            ]
        ),
        Heading("Profiel"),
        Para(
            "Nauwkeurig en klantgericht, met tien jaar ervaring in de supermarktbranche, waarvan vijf jaar als "
            "assistent-bedrijfsleider. Sterk in planning, roosters en kasbeheer."
        ),
        Heading("Werkervaring"),
        Table(
            ["Periode", "Functie", "Werkgever"],
            [
                ["2024 - heden", "Filiaaladministratie (2 winkels)", "Verdaan Supermarkten, Zwolle"],
                ["2019 - 2024", "Assistent-bedrijfsleider", "Verdaan Supermarkten, Zwolle"],
                ["2015 - 2019", "Medewerker vers / kassa, later teamleider", "Verdaan Supermarkten, Zwolle"],
            ],
        ),
        Heading("Opleiding"),
        Bullets(["Praktijkdiploma Loonadministratie (2025)", "mbo-4 Ondernemer retail, Landstede (2013)"]),
        Heading("Vaardigheden"),
        Para("Excel, roosterprogramma's, Nederlands, Engels, Arabisch (spreken)"),
    ]
    emit(C, "CV Nadia Boukhari 2025.docx", "docx", blocks, S["c_priv"], "", None, "CV, undated")

    # --- guidance leaflet naming all RIV documents (non-RIV) ----------------------------------------------------------------------
    blocks = [
        Title(
            "Bijna twee jaar ziek? Zo maakt u het re-integratieverslag compleet",
            "informatie voor werkgevers en werknemers",
        ),
        Para(
            "Na 104 weken ziekte kan uw werknemer een WIA-uitkering aanvragen. UWV kijkt dan of u samen genoeg aan "
            "re-integratie heeft gedaan. Daarvoor heeft UWV het re-integratieverslag (RIV) nodig. In deze folder "
            "leest u welke stukken erin horen."
        ),
        Heading("Deze stukken horen altijd in het verslag"),
        Bullets(
            [
                "de probleemanalyse van de bedrijfsarts en alle bijstellingen daarvan;",
                "het plan van aanpak en alle bijstellingen;",
                "de eerstejaarsevaluatie;",
                "het actueel oordeel van de bedrijfsarts;",
                "de eindevaluatie van werkgever en werknemer;",
                "het oordeel van de werknemer over het verslag.",
            ]
        ),
        Heading("Als ze er zijn"),
        Bullets(
            [
                "tussentijdse evaluaties en gespreksverslagen;",
                "het rapport van de arbeidsdeskundige en het inzetbaarheidsprofiel;",
                "het trajectplan, de voortgangsrapportages en de eindrapportage van het tweede spoor;",
                "een deskundigenoordeel van UWV.",
            ]
        ),
        Heading("Let op: medische informatie"),
        Para(
            "De medische informatie stuurt de bedrijfsarts of de werknemer apart naar UWV. De werkgever mag deze "
            "gegevens niet inzien of uploaden."
        ),
        Para(
            "Vragen? Bel Arbeid & Gezondheid, 038 - 424 00 00, of kijk op www.sintclemens.example/arbo. Versie 4, 2025."
        ),
    ]
    emit(
        C,
        "Informatie WIA aanvraag.pdf",
        "pdf",
        blocks,
        S["c_arbo"],
        "",
        None,
        "arbodienst leaflet naming every RIV document",
    )

    # --- UWV letter: WIA application received, upload the RIV ----------------------------------------------------------------------
    blocks = [
        Fields(
            [
                ("Datum", nl(uwv)),
                ("Ons kenmerk", "WIA/RIV/4190-2207"),
                ("Loonheffingennummer", lhn),
                ("Onderwerp", f"WIA-aanvraag van mevrouw {naam}"),
            ]
        ),
        Para("Verdaan Supermarkten B.V.\nt.a.v. People Services\nHanzelaan 90\n8017 JE Zwolle"),
        Title("Uw werknemer heeft een WIA-uitkering aangevraagd"),
        Para(
            f"Geachte heer, mevrouw,\n\nMevrouw {naam} (BSN {bsn}) heeft op {nl(aanvraag)} een WIA-uitkering "
            f"aangevraagd. Zij is ziek sinds {nl(d0)}."
        ),
        Heading("Wat vragen wij van u?"),
        Para(
            "Stuur ons het re-integratieverslag via het werkgeversportaal. Doe dit binnen 1 werkdag na ontvangst van "
            "deze brief, als u dat nog niet gedaan heeft. Upload geen medische gegevens."
        ),
        Heading("Hoe gaat het verder?"),
        Para(
            "Wij beoordelen of u en uw werknemer genoeg hebben gedaan aan re-integratie. Daarna beslissen wij over "
            "de uitkering. U hoort van ons."
        ),
        Para("Met vriendelijke groet,\n\nUWV"),
    ]
    emit(
        C,
        "UWV brief okt.pdf",
        "pdf",
        blocks,
        S["uwv"],
        "uwv_correspondentie",
        uwv,
        "UWV letter asking to upload the RIV",
    )


# =============================================================================================


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    case_a()
    case_b()
    case_c()
    ROWS.sort(key=lambda r: r["path"])
    with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(ROWS)
    n_files = sum(1 for p in FILES.rglob("*") if p.is_file())
    print(f"{n_files} files, {len(ROWS)} label rows")


if __name__ == "__main__":
    main()
