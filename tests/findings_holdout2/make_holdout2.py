"""Generate the second findings holdout: synthetic case folders with deliberately planted problems.

Run:  .venv/bin/python tests/findings_holdout2/make_holdout2.py

Deterministic (fixed seeds, no clock): it deletes and rewrites ``cases/`` and ``expected.yaml`` next to
this file. All people, organisations, addresses and numbers are fictional; every BSN passes the
elfproef.

Independent of the first holdout (tests/findings_holdout): other situations, own document wording. The
expectations were written from /work/shared/DOMAIN.md (sections 1-6 and 8) and /work/shared/CONTRACT.md
only, without reading the rule, classifier, privacy, signing or timeline code or the checklists. Do not
tune the rules on this set; if you do, say so in README.md.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples"))

import docgen  # noqa: E402
from docgen import (  # noqa: E402
    Attachment,
    Block,
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
    bsn_valid,
    build_message,
    fmt_date,
    mail_date,
    make_bsn,
    write_docx,
    write_eml,
    write_pdf,
    write_scan_pdf,
)

CASES_DIR = HERE / "cases"
EXPECTED = HERE / "expected.yaml"
D = dt.date
DAY = dt.timedelta(days=1)

#: Styles whose PDFs embed DejaVu (unicode). All others use the PDF core fonts: other organisations'
#: software, and it keeps the folder small (an embedded font subset is ~25 kB per file).
UNICODE_STYLES: set[str] = set()


# --------------------------------------------------------------------------------------------
# People and organisations
# --------------------------------------------------------------------------------------------


@dataclass
class Person:
    naam: str
    functie: str
    big: str = ""


@dataclass
class Persona:
    key: str
    naam: str  # "T. Visser"
    volledig: str  # "Tom Visser"
    aanhef: str  # "de heer" / "mevrouw"
    geboren: dt.date
    functie: str
    uren: int
    in_dienst: dt.date
    werkgever: str
    adres: str
    lhn: str
    aard: str
    taken: str
    casemanager: Person
    leidinggevende: Person
    bedrijfsarts: Person
    arbodienst: str
    arbo_adres: str
    ad: Person
    ad_org: str
    bureau: str
    coach: Person
    beperkingen: str  # functional limitations only
    aangepast: str  # adapted work (track 1)
    spoor2: str  # direction of a 2nd-track search
    d0: dt.date
    df: str = "long"
    show_d0: bool = True  # do the documents state the first sick day?
    font: str = "sans"
    accent: tuple[int, int, int] = (0, 70, 140)
    letterhead: str = "left"
    fields_as_table: bool = False
    title_upper: bool = False
    unicode: bool = False
    bsn: str = ""

    def __post_init__(self) -> None:
        if not self.bsn:
            self.bsn = make_bsn(random.Random(f"holdout2-{self.key}"))
        assert bsn_valid(self.bsn)
        if self.unicode:
            UNICODE_STYLES.add(self.emp.key)

    def d(self, offset: int) -> dt.date:
        return self.d0 + offset * DAY

    def f(self, day: dt.date) -> str:
        return fmt_date(day, self.df)

    @property
    def achternaam(self) -> str:
        return self.naam.split(". ", 1)[-1]

    @property
    def emp(self) -> Style:
        return Style(
            f"{self.key}-emp",
            self.werkgever,
            (self.adres,),
            font=self.font,
            accent=self.accent,
            letterhead=self.letterhead,
            fields_as_table=self.fields_as_table,
            title_upper=self.title_upper,
        )

    @property
    def arbo(self) -> Style:
        return Style(
            f"{self.key}-arbo",
            self.arbodienst,
            (self.arbo_adres,),
            font="sans",
            accent=(110, 30, 70),
            letterhead="left",
            footer=f"{self.arbodienst} - vertrouwelijk, alleen voor werkgever en werknemer",
        )

    @property
    def ad_style(self) -> Style:
        return Style(
            f"{self.key}-ad",
            self.ad_org,
            ("Arbeidsdeskundig onderzoek en advies",),
            font="serif",
            accent=(80, 60, 30),
            letterhead="right",
        )

    @property
    def bureau_style(self) -> Style:
        return Style(
            f"{self.key}-bureau",
            self.bureau,
            ("Loopbaanbegeleiding en re-integratie",),
            font="condensed",
            accent=(10, 120, 90),
            letterhead="band",
        )


UWV = Style(
    "uwv",
    "UWV",
    ("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 57015, 1040 CC Amsterdam"),
    font="sans",
    accent=(0, 90, 160),
    letterhead="left",
    footer="UWV - Uitvoeringsinstituut Werknemersverzekeringen",
)


# --------------------------------------------------------------------------------------------
# Document wording (own text; employer-side documents name no diagnosis unless planted)
# --------------------------------------------------------------------------------------------


def _who(
    p: Persona,
    day: dt.date | None,
    extra: list[tuple[str, str]] | None = None,
    bsn: bool = True,
    d0: bool | None = None,
) -> Fields:
    items = [("Werknemer", f"{p.aanhef} {p.volledig}")]
    if bsn:
        items.append(("BSN", p.bsn))
    items += [
        ("Geboortedatum", p.f(p.geboren)),
        ("Functie", f"{p.functie}, {p.uren} uur per week"),
        ("Werkgever", p.werkgever),
    ]
    if p.show_d0 if d0 is None else d0:
        items.append(("Eerste ziektedag", p.f(p.d0)))
    items += extra or []
    if day is not None:
        items.append(("Datum", p.f(day)))
    return Fields(items)


def _both(p: Persona, day: dt.date | None) -> Signatures:
    date = p.f(day) if day else ""
    return Signatures(
        [
            Sig("Voor de werkgever", p.casemanager.naam, p.casemanager.functie, date),
            Sig("Werknemer", p.naam, p.functie, date),
        ]
    )


def _ba_sig(p: Persona, day: dt.date) -> Signatures:
    return Signatures(
        [Sig("Bedrijfsarts", p.bedrijfsarts.naam, f"bedrijfsarts, BIG-nummer {p.bedrijfsarts.big}", p.f(day))]
    )


def probleemanalyse(p: Persona, day: dt.date, author: bool = True) -> list[Block]:
    extra = [("Bedrijfsarts", f"{p.bedrijfsarts.naam}, {p.arbodienst}")] if author else []
    blocks: list[Block] = [
        Title("Probleemanalyse en advies", sub="van de bedrijfsarts (art. 2 Regeling procesgang)"),
        _who(p, day, extra),
        Heading("Dreigt langdurig verzuim?"),
        Para(
            f"Ja. {p.aanhef.capitalize()} {p.achternaam} kan het eigen werk als {p.functie.lower()} op dit moment "
            "niet doen, en ik verwacht niet dat dit binnen drie maanden volledig lukt. Er is daarom sprake van "
            "dreigend langdurig verzuim."
        ),
        Heading("Functionele mogelijkheden en beperkingen"),
        Para(
            f"Beperkingen: {p.beperkingen}. Benutbare mogelijkheden zijn er wel: licht werk met vaste pauzes, "
            "te beginnen met drie dagdelen van twee uur per week."
        ),
        Heading("Prognose en verwachte duur"),
        Para(
            "Ik verwacht dat de belastbaarheid de komende maanden stap voor stap toeneemt. Hoe ver dat gaat, is nu "
            "niet te zeggen; dat beoordeel ik opnieuw op de volgende spreekuren."
        ),
        Heading("Advies aan werkgever en werknemer"),
        Bullets(
            [
                f"Bied aangepast werk aan: {p.aangepast}.",
                "Breid de uren in overleg uit, ongeveer elke drie weken.",
                "Maak binnen twee weken samen een plan van aanpak en wijs een casemanager aan.",
                "Evalueer de afspraken minstens eens per zes weken.",
            ]
        ),
        Para("Het volgende spreekuur is over vier weken. Werkgever en werknemer ontvangen dit advies allebei."),
    ]
    if author:
        blocks.append(_ba_sig(p, day))
    else:  # planted: no name, no function (only the arbodienst letterhead and a signature stroke)
        blocks.append(Signatures([Sig("Handtekening", "", "", p.f(day))]))
    return blocks


def plan_van_aanpak(
    p: Persona, day: dt.date, pa_day: dt.date, visie: bool = True, pad: int = 0, extra: list[Block] | None = None
) -> list[Block]:
    blocks: list[Block] = [
        Title("Plan van aanpak", sub="afspraken over de re-integratie"),
        _who(
            p,
            day,
            [("Casemanager", f"{p.casemanager.naam}, {p.casemanager.functie}"), ("Probleemanalyse van", p.f(pa_day))],
        ),
        Heading("1. Doel"),
        Para(
            f"Werknemer keert terug in het eigen werk als {p.functie.lower()}. Als tussenstap doet werknemer "
            f"aangepast werk: {p.aangepast}."
        ),
        Heading("2. Activiteiten, wie en wanneer"),
        Table(
            ["Activiteit", "Verantwoordelijk", "Termijn"],
            [
                ["Start aangepast werk, 3 x 2 uur per week", p.naam, f"vanaf {p.f(day + 5 * DAY)}"],
                ["Uitbreiden naar 4 x 4 uur per week", f"{p.naam} en {p.leidinggevende.naam}", "binnen 10 weken"],
                ["Spreekuur bedrijfsarts", p.bedrijfsarts.naam, "elke 4 tot 6 weken"],
                ["Evaluatie van dit plan", p.casemanager.naam, "elke 6 weken"],
            ],
        ),
        Heading("3. Evaluatiemomenten"),
        Para(
            "Wij bespreken de voortgang minstens elke zes weken en leggen dat vast in een gespreksverslag. Rond het "
            "einde van het eerste ziektejaar volgt de eerstejaarsevaluatie. Als de belastbaarheid verandert, "
            "passen wij dit plan aan."
        ),
        Heading("4. Casemanager"),
        Para(
            f"{p.casemanager.naam} ({p.casemanager.functie}) is casemanager. Zij of hij bewaakt de termijnen en is "
            "het aanspreekpunt voor werknemer, leidinggevende en bedrijfsarts."
        ),
    ]
    if visie:
        blocks += [
            Heading("5. Visie van de werkgever"),
            Para(
                "De werkgever verwacht dat terugkeer in het eigen werk haalbaar is als de uren rustig worden "
                "opgebouwd, en houdt het aangepaste werk zo lang als nodig beschikbaar."
            ),
            Heading("6. Visie van de werknemer"),
            Para(
                "Ik wil graag terug naar mijn eigen werk. Ik vind het goed om met aangepast werk te beginnen en "
                "meld het als de opbouw te snel gaat."
            ),
        ]
    else:  # planted: no view of werkgever or werknemer on the activities
        blocks += [
            Heading("5. Overige afspraken"),
            Para(
                "Werknemer is bereikbaar op werkdagen tussen 9.00 en 17.00 uur en meldt wijzigingen in het "
                "verblijfadres direct aan de leidinggevende."
            ),
        ]
    for i in range(pad):
        h, t = PVA_PAD[i % len(PVA_PAD)]
        blocks += [Heading(f"Toelichting {i + 1}: {h}"), Para(t)]
    blocks += extra or []
    blocks.append(
        Para(
            f"Dit plan volgt op de probleemanalyse van {p.f(pa_day)}. Werknemer, casemanager en "
            "bedrijfsarts krijgen een kopie."
        )
    )
    blocks.append(_both(p, day))
    return blocks


PVA_PAD = [
    (
        "werkplek",
        "De werkplek is ingericht voor het aangepaste werk. Werknemer werkt op vaste dagen, zodat de "
        "planning voor collega's duidelijk is. De leidinggevende zorgt dat er geen spoedklussen bij het "
        "aangepaste werk komen en dat werknemer na elk dagdeel de taken kan afronden.",
    ),
    (
        "contact",
        "De leidinggevende en werknemer bellen elke week kort over de voortgang. Collega's horen alleen "
        "welke taken werknemer doet, niet waarom. Afspraken worden per e-mail bevestigd en in het "
        "re-integratiedossier bewaard.",
    ),
    (
        "scholing",
        "Werknemer mag een korte cursus volgen die past bij het aangepaste werk. De werkgever betaalt de "
        "cursus. Of de cursus helpt, bespreken wij in de evaluaties.",
    ),
    (
        "uren",
        "De uren worden alleen uitgebreid als de vorige stap goed ging. Werknemer houdt een eenvoudig "
        "overzicht bij van gewerkte uren en taken; dat overzicht is de basis voor elk evaluatiegesprek.",
    ),
    (
        "verschil van mening",
        "Als werkgever en werknemer het niet eens worden over het werk of de opbouw, kan een "
        "van beiden UWV om een deskundigenoordeel vragen. Eerst bespreken zij het verschil met "
        "de casemanager.",
    ),
]


def evaluatie(
    p: Persona,
    day: dt.date,
    n: int,
    stand: str,
    extra: list[Block] | None = None,
    title: str = "Verslag voortgangsgesprek",
) -> list[Block]:
    afspraken = [
        [
            "De uren blijven deze periode gelijk.",
            "Werknemer houdt het urenoverzicht bij.",
            "Volgende gesprek over zes weken.",
        ],
        [
            "De uren gaan met een dagdeel per week omhoog.",
            "De leidinggevende plant de taken een week vooruit.",
            "De casemanager bewaart dit verslag in het dossier.",
        ],
        [
            "Werknemer bespreekt de opbouw op het volgende spreekuur.",
            "De taken worden iets breder.",
            "Volgende evaluatie binnen zes weken.",
        ],
        [
            "De vaste werkdagen blijven zoals ze zijn.",
            "Werknemer geeft wensen voor nieuwe taken door aan de leidinggevende.",
            "Het verslag gaat naar beide partijen.",
        ],
    ][n % 4]
    blocks: list[Block] = [
        Title(title, sub=f"evaluatie van het plan van aanpak, gesprek {n}"),
        _who(
            p,
            day,
            [
                (
                    "Aanwezig",
                    f"{p.naam}, {p.casemanager.naam} (casemanager), {p.leidinggevende.naam} "
                    f"({p.leidinggevende.functie})",
                )
            ],
        ),
        Heading("Stand van zaken"),
        Para(stand),
        *(extra or []),
        Heading("Afspraken"),
        Bullets(afspraken),
        _both(p, day),
    ]
    return blocks


def ziekmelding_42(p: Persona, day: dt.date, melding: dt.date, te_laat: bool) -> list[Block]:
    items = [
        ("Datum", p.f(day)),
        ("Werkgever", p.werkgever),
        ("Loonheffingennummer", p.lhn),
        ("Werknemer", p.naam),
        ("BSN", p.bsn),
    ]
    if p.show_d0:
        items.append(("Eerste ziektedag", p.f(p.d0)))
    items.append(("Melding ontvangen op", p.f(melding)))
    if te_laat:
        body = [
            Para(
                f"Op {p.f(melding)} hebben wij uw ziekmelding van een langdurig zieke werknemer ontvangen. U had "
                f"uw werknemer uiterlijk op {p.f(p.d(294))} bij ons ziek moeten melden, aan het einde van de 42e "
                "ziekteweek. Uw melding is dus te laat."
            ),
            Para(
                "Voor een te late ziekmelding kunnen wij u een boete opleggen. Daarover ontvangt u een aparte brief. "
                "De verplichtingen voor de re-integratie van uw werknemer blijven gewoon gelden."
            ),
        ]
    else:
        body = [
            Para(
                f"Op {p.f(melding)} hebben wij uw ziekmelding van een langdurig zieke werknemer ontvangen. U heeft "
                "uw werknemer op tijd ziek gemeld."
            ),
        ]
    return [
        Title("Bevestiging ziekmelding", sub="ziekmelding langdurig zieke werknemer (42e ziekteweek)"),
        Fields(items),
        *body,
        Para("Binnenkort krijgen u en uw werknemer informatie over de eerstejaarsevaluatie."),
        Para("Met vriendelijke groet,\nUWV, afdeling Werkgeversdienstverlening"),
    ]


def ad_rapport(p: Persona, day: dt.date, advies: str) -> list[Block]:
    if advies == "spoor2":
        conclusie = (
            f"Het eigen werk ({p.taken}) is niet meer passend. Binnen {p.werkgever} heb ik geen "
            "structurele passende functie gevonden; het aangepaste werk is tijdelijk en vult de "
            f"contracturen niet. Advies: naast spoor 1 een tweede spoor starten, gericht op {p.spoor2}."
        )
    else:
        conclusie = (
            "Het eigen werk is passend als de zwaarste taken de komende maanden tijdelijk bij collega's "
            "blijven. De uren groeien gestaag; ik verwacht volledige terugkeer in het eigen werk binnen "
            "drie maanden. Advies: spoor 1 voortzetten. Een tweede spoor is nu niet nodig; als de opbouw "
            "stilvalt, moet dat opnieuw worden bekeken."
        )
    return [
        Title(
            "Rapportage arbeidsdeskundig onderzoek", sub="functiebelasting en belastbaarheid, advies spoor 1 / spoor 2"
        ),
        _who(p, day, [("Arbeidsdeskundige", f"{p.ad.naam}, {p.ad.functie}"), ("Opdrachtgever", p.werkgever)]),
        Heading("Vraagstelling"),
        Para(
            "Kan werknemer terug naar het eigen werk? Zo niet: welk passend werk is er bij de werkgever of daarbuiten?"
        ),
        Heading("Belasting en belastbaarheid"),
        Para(f"Het eigen werk vraagt: {p.taken}. De bedrijfsarts noemt als beperkingen: {p.beperkingen}."),
        Heading("Conclusie en advies"),
        Para(conclusie),
        Signatures([Sig("Arbeidsdeskundige", p.ad.naam, p.ad.functie, p.f(day))]),
    ]


def eerstejaarsevaluatie(p: Persona, day: dt.date | None, variant: str) -> list[Block]:
    if variant == "spoor2":
        terugblik = (
            f"Werknemer doet aangepast werk ({p.aangepast}) voor ongeveer de helft van de contracturen. "
            "Volgens het arbeidsdeskundig onderzoek is het eigen werk niet meer passend."
        )
        plan = [
            Heading("Tweede spoor"),
            Para(
                f"Wij starten nu het tweede spoor via {p.bureau}, gericht op {p.spoor2}. Het aangepaste werk "
                "(spoor 1) gaat door."
            ),
        ]
        vw = "De werkgever ondersteunt het tweede spoor en blijft het aangepaste werk aanbieden."
        vwn = "Ik doe mee aan het tweede spoor en sta open voor werk bij een andere werkgever."
    elif variant == "geen_spoor2":  # planted: no return expected, yet no 2nd track and no motivation
        terugblik = (
            f"Werknemer doet aangepast werk ({p.aangepast}) voor ongeveer een derde van de contracturen. "
            "Terugkeer in het eigen werk wordt niet meer verwacht; dat bevestigt ook de arbeidsdeskundige."
        )
        plan = [
            Heading("Vervolg"),
            Para(
                "De werkgever zoekt het komende halfjaar verder naar andere taken binnen het eigen bedrijf. "
                "Het aangepaste werk gaat door en de uren worden waar mogelijk uitgebreid."
            ),
        ]
        vw = "De werkgever wil werknemer graag binnen het bedrijf houden en kijkt daarom eerst intern verder."
        vwn = "Ik werk het liefst bij mijn eigen werkgever en wacht af welke taken er intern komen."
    else:  # "gemotiveerd": return expected within three months; written motivation
        terugblik = (
            f"Werknemer werkt nu 24 van de {p.uren} contracturen in het eigen werk, met tijdelijk lichtere "
            "taken. De bedrijfsarts en de arbeidsdeskundige verwachten volledige terugkeer in het eigen "
            "werk binnen drie maanden."
        )
        plan = [
            Heading("Tweede spoor: motivering waarom het niet nodig is"),
            Para(
                "Wij zetten op dit moment geen tweede spoor in. Motivering: er is een concreet vooruitzicht op "
                "volledige terugkeer in het eigen werk binnen drie maanden na deze evaluatie (advies "
                "arbeidsdeskundige en bedrijfsarts). Als dat op de volgende evaluaties niet haalbaar blijkt, "
                "starten wij alsnog direct een tweede spoor."
            ),
        ]
        vw = "De werkgever verwacht volledige terugkeer in het eigen werk en houdt de lichtere taken beschikbaar."
        vwn = "Ik ben het eens met deze aanpak; ik merk dat ik steeds meer kan."
    return [
        Title("Eerstejaarsevaluatie", sub="terugblik op het eerste ziektejaar en plan voor het tweede"),
        _who(
            p, day, [("Casemanager", f"{p.casemanager.naam}, {p.casemanager.functie}")], d0=None if day else False
        ),  # undated (planted): no date at all, not even the first sick day
        Heading("Terugblik op het eerste ziektejaar"),
        Para(terugblik),
        Heading("Beoogd re-integratieresultaat in het tweede ziektejaar"),
        Para(
            "Aan het einde van het tweede ziektejaar werkt werknemer structureel in passend werk voor zoveel uren "
            "als de belastbaarheid toelaat."
        ),
        *plan,
        Heading("Visie van de werkgever"),
        Para(vw),
        Heading("Visie van de werknemer"),
        Para(vwn),
        _both(p, day),
    ]


def bijstelling_pva(p: Persona, day: dt.date, reden: str, afspraken: list[list[str]]) -> list[Block]:
    return [
        Title("Bijstelling plan van aanpak", sub="gewijzigde afspraken"),
        _who(p, day, [("Casemanager", f"{p.casemanager.naam}, {p.casemanager.functie}")]),
        Heading("Aanleiding"),
        Para(reden),
        Heading("Nieuwe afspraken"),
        Table(["Activiteit", "Verantwoordelijk", "Termijn"], afspraken),
        Heading("Visie van de werkgever"),
        Para("De werkgever staat achter de nieuwe afspraken."),
        Heading("Visie van de werknemer"),
        Para("Ik ben het eens met de nieuwe afspraken."),
        _both(p, day),
    ]


def trajectplan(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Trajectplan tweede spoor", sub="intakeverslag en plan van aanpak van het re-integratietraject"),
        _who(p, day, [("Re-integratiebureau", p.bureau), ("Loopbaancoach", p.coach.naam)]),
        Heading("Persoonsprofiel"),
        Para(
            f"Werknemer werkt sinds {p.in_dienst.year} als {p.functie.lower()} en is sterk in zorgvuldig werken, "
            "plannen en samenwerken."
        ),
        Heading("Zoekprofiel"),
        Para(f"Passend werk gericht op {p.spoor2}, binnen de belastbaarheid en binnen 45 minuten reistijd."),
        Heading("Activiteiten"),
        Bullets(
            [
                "Arbeidsmarktoriëntatie",
                "Netwerkgesprekken en sollicitatietraining",
                "Vacatures zoeken en reageren",
                "Elke acht weken een voortgangsrapportage aan de werkgever",
            ]
        ),
        Signatures(
            [
                Sig("Loopbaancoach", p.coach.naam, p.coach.functie, p.f(day)),
                Sig("Werknemer", p.naam, p.functie, p.f(day)),
            ]
        ),
    ]


def voortgang_2e_spoor(p: Persona, day: dt.date, n: int, van: dt.date) -> list[Block]:
    return [
        Title("Voortgangsrapportage tweede spoor", sub=f"rapportage {n}"),
        _who(p, day, [("Rapportageperiode", f"{p.f(van)} tot {p.f(day)}"), ("Loopbaancoach", p.coach.naam)]),
        Heading("Activiteiten in deze periode"),
        Para(
            f"Werknemer heeft {3 + 2 * n} keer gesolliciteerd, {n + 1} netwerkgesprekken gevoerd en "
            f"{n} sollicitatiegesprek(ken) gehad. Werknemer komt afspraken na en is gemotiveerd."
        ),
        Heading("Vervolg"),
        Para("Wij zoeken verder binnen het zoekprofiel en verbreden het naar functies in de regio."),
        Signatures([Sig("Loopbaancoach", p.coach.naam, p.coach.functie, p.f(day))]),
    ]


def eindrapportage_2e_spoor(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Eindrapportage tweede spoor", sub="afsluiting van het re-integratietraject"),
        _who(p, day, [("Re-integratiebureau", p.bureau), ("Loopbaancoach", p.coach.naam)]),
        Heading("Resultaat van het traject"),
        Para(
            "Werknemer heeft in het traject 21 keer gesolliciteerd en 8 netwerkgesprekken gevoerd. Er was één "
            "proefplaatsing. Dit heeft nog niet tot een baan bij een andere werkgever geleid."
        ),
        Heading("Afsluiting en advies"),
        Para(
            "Wij sluiten het traject af in verband met de WIA-aanvraag en adviseren werknemer de zoektocht "
            "voort te zetten."
        ),
        Signatures([Sig("Loopbaancoach", p.coach.naam, p.coach.functie, p.f(day))]),
    ]


def uwv_brief_88(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Uw werknemer kan binnenkort een WIA-uitkering aanvragen"),
        Fields([("Datum", p.f(day)), ("Werkgever", p.werkgever), ("Werknemer", p.naam), ("BSN", p.bsn)]),
        Para(
            f"Uw werknemer is bijna twee jaar ziek. Wij hebben uw werknemer geschreven hoe de WIA-uitkering "
            f"wordt aangevraagd. De aanvraag moet uiterlijk op {p.f(p.d(650))} bij ons zijn."
        ),
        Para(
            "Zorg dat het re-integratieverslag compleet is en dat uw werknemer alle stukken heeft. Upload het "
            "verslag binnen 1 dag nadat uw werknemer de uitkering heeft aangevraagd."
        ),
        Para("Met vriendelijke groet,\nUWV"),
    ]


def deskundigenoordeel(p: Persona, day: dt.date, aanvraag: dt.date) -> list[Block]:
    return [
        Title("Deskundigenoordeel", sub="over de re-integratie-inspanningen (art. 7:629a BW)"),
        Fields(
            [
                ("Datum", p.f(day)),
                ("Aanvrager", f"werkgever, {p.werkgever}"),
                ("Werknemer", p.naam),
                ("BSN", p.bsn),
                ("Aanvraag ontvangen", p.f(aanvraag)),
            ]
        ),
        Heading("Vraag"),
        Para(
            "Doet de werkgever genoeg om werknemer weer aan het werk te helpen, nu terugkeer in het eigen werk "
            "niet wordt verwacht?"
        ),
        Heading("Ons oordeel"),
        Para(
            "De werkgever heeft het werk binnen het eigen bedrijf goed onderzocht. Binnen het bedrijf is geen "
            "structureel passend werk voor de contracturen. Wij vinden de inspanningen op dit moment niet "
            "voldoende: de werkgever moet ook buiten het eigen bedrijf naar passend werk laten zoeken "
            "(tweede spoor)."
        ),
        Para("Dit oordeel is gegeven door een verzekeringsarts en een arbeidsdeskundige van UWV."),
        Signatures([Sig("Arbeidsdeskundige UWV", "M. Doornbos", "arbeidsdeskundige", p.f(day))]),
    ]


def actueel_oordeel(p: Persona, day: dt.date, bsn: bool = True, medisch: bool = False) -> list[Block]:
    blocks: list[Block] = [
        Title("Actueel oordeel", sub="van de bedrijfsarts, bij de probleemanalyse, voor de WIA-aanvraag"),
        _who(p, day, [("Bedrijfsarts", f"{p.bedrijfsarts.naam}, {p.arbodienst}")], bsn=bsn),
        Heading("Stand van zaken"),
        Para(
            f"Werknemer werkt in aangepast werk ({p.aangepast}) voor ongeveer de helft van de contracturen. Ik "
            "verwacht op korte termijn geen verdere uitbreiding."
        ),
        Heading("Belastbaarheid"),
        Para(f"Beperkingen: {p.beperkingen}. Mogelijkheden: licht werk overdag met vaste pauzes."),
    ]
    if medisch:  # planted: health data in the actueel oordeel
        blocks += [
            Heading("Medische toelichting"),
            Para(
                "Diagnose: lumbale hernia L5-S1 (ICD-10 M51.1), bevestigd met een MRI. Werknemer is onder "
                "behandeling bij de neurochirurg; een operatie is afgewezen. Medicatie: pregabaline 75 mg "
                "tweemaal daags en naproxen bij pieken."
            ),
        ]
    blocks += [
        Heading("Arbeidsrelatie"),
        Para("De arbeidsrelatie is goed. Werkgever en werknemer werken constructief samen."),
        Heading("Passende arbeid bij de werkgever"),
        Para(f"Er is passende arbeid bij de werkgever: {p.aangepast}, maar niet voor de volledige contracturen."),
        _ba_sig(p, day),
    ]
    return blocks


def eindevaluatie(p: Persona, day: dt.date, ao_day: dt.date | None, spoor2: bool = True) -> list[Block]:
    terug = (
        "Na de probleemanalyse is werknemer snel begonnen met aangepast werk. "
        + (f"In het tweede ziektejaar liep daarnaast het tweede spoor via {p.bureau}. " if spoor2 else "")
        + "Werknemer werkt nu ongeveer de helft van de contracturen in aangepast werk."
    )
    if ao_day:
        terug += f" Deze eindevaluatie gaat uit van het actueel oordeel van de bedrijfsarts van {p.f(ao_day)}."
    return [
        Title("Eindevaluatie", sub="van het plan van aanpak, voor de WIA-aanvraag"),
        _who(p, day, [("Casemanager", f"{p.casemanager.naam}, {p.casemanager.functie}")]),
        Heading("Aard van het bedrijf"),
        Para(f"{p.werkgever}: {p.aard}."),
        Heading("Terugblik op de re-integratie"),
        Para(terug),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para("Werkgever en werknemer vinden de arbeidsrelatie goed."),
        Heading("Passende arbeid"),
        Para(
            f"De werkgever biedt het aangepaste werk ({p.aangepast}) structureel aan, voor ongeveer de helft van "
            "de contracturen. Meer passend werk is er bij de werkgever niet."
        ),
        Heading("Visie van werkgever en werknemer"),
        Para("Werkgever en werknemer zijn het eens over het verloop van de re-integratie."),
        _both(p, day),
    ]


def oordeel_werknemer(p: Persona, day: dt.date, ex: bool = False) -> list[Block]:
    return [
        Title("Oordeel van de werknemer", sub="over het re-integratieverslag"),
        Fields(
            [
                ("Naam", p.naam),
                ("BSN", p.bsn),
                ("Werkgever", p.werkgever if not ex else f"{p.werkgever} (tot einde dienstverband)"),
                ("Datum", p.f(day)),
            ]
        ),
        Para(
            "Ik heb alle stukken van het re-integratieverslag gekregen en gelezen. Ik ben het eens met de inhoud "
            "en met wat mijn werkgever voor mijn re-integratie heeft gedaan."
        ),
        Para("Aanvulling: de begeleiding was goed; de opbouw ging soms wat snel, maar daar werd naar geluisterd."),
        Signatures([Sig("Werknemer", p.naam, p.functie, p.f(day))]),
    ]


def oordeel_werknemer_brief(p: Persona, day: dt.date) -> list[Block]:
    """The employee's view as a plain handwritten-style letter: no form title."""
    return [
        Title(f"{p.volledig}", sub="Lindelaan 14, Zwolle-Zuid"),
        Fields([("Aan", f"{p.werkgever}, t.a.v. {p.casemanager.naam}"), ("Datum", p.f(day)), ("BSN", p.bsn)]),
        Para(f"Beste {p.casemanager.naam},"),
        Para(
            "Ik heb de kopieën van het re-integratieverslag ontvangen: de probleemanalyse, het plan van aanpak "
            "met de bijstellingen, de eerstejaarsevaluatie, het actueel oordeel en de eindevaluatie. Ik heb alles "
            "gelezen."
        ),
        Para(
            "Ik ben het grotendeels eens met wat er staat. Eén punt: de eerstejaarsevaluatie is later gehouden "
            "dan de bedoeling was; dat lag niet aan mij. Verder vind ik dat de werkgever zich goed heeft ingezet."
        ),
        Para("Met vriendelijke groet,"),
        Signatures([Sig("", p.naam, "", p.f(day))]),
    ]


def specialist_brief(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Neurologie", sub="Isala-Vechtdal Ziekenhuis (fictief), polikliniek neurologie"),
        Fields(
            [
                ("Datum", p.f(day)),
                ("Aan", "huisarts R. Smit"),
                ("Betreft", f"{p.aanhef} {p.volledig}, geboren {p.f(p.geboren)}"),
                ("BSN", p.bsn),
            ]
        ),
        Para("Geachte collega,"),
        Para(
            "Uw patiënt bezocht de polikliniek. Conclusie: migraine zonder aura (G43.0) met medicatie-"
            "afhankelijke hoofdpijn. Beleid: staken van de triptanen gedurende drie maanden, start met "
            "propranolol 80 mg. Controle over drie maanden."
        ),
        Para("Met collegiale groet,"),
        Signatures([Sig("Neuroloog", "dr. H.P. Wassink", "neuroloog", p.f(day))]),
    ]


def loonstrook(p: Persona, maand: str) -> list[Block]:
    return [
        Title("Loonstrook", sub=f"periode {maand}"),
        Fields([("Werkgever", p.werkgever), ("Werknemer", p.naam), ("BSN", p.bsn), ("Functie", p.functie)]),
        Table(
            ["Omschrijving", "Bedrag"],
            [
                ["Salaris", "EUR 3.104,00"],
                ["Loonheffing", "EUR -612,18"],
                ["Pensioenpremie", "EUR -171,32"],
                ["Netto", "EUR 2.320,50"],
            ],
        ),
    ]


# Ziektewet (ziek uit dienst) ----------------------------------------------------------------


def zw_ziekmelding(p: Persona, day: dt.date, melding: dt.date, einde: dt.date) -> list[Block]:
    return [
        Title("Bevestiging ziekmelding", sub="ziek uit dienst: ziekmelding bij het einde van het dienstverband"),
        Fields(
            [
                ("Datum", p.f(day)),
                ("Werkgever", p.werkgever),
                ("Loonheffingennummer", p.lhn),
                ("Werknemer", p.naam),
                ("BSN", p.bsn),
                ("Eerste ziektedag", p.f(p.d0)),
                ("Einde dienstverband", p.f(einde)),
                ("Melding ontvangen op", p.f(melding)),
            ]
        ),
        Para(
            f"Op {p.f(melding)} heeft u gemeld dat het dienstverband van uw werknemer op {p.f(einde)} eindigt "
            "terwijl uw werknemer ziek is. Uw werknemer ontvangt van ons bericht over een Ziektewet-uitkering."
        ),
        Para(
            "Omdat het dienstverband 10 weken of langer na de eerste ziektedag eindigt, vragen wij u binnenkort "
            "om het volledige re-integratieverslag."
        ),
        Para("Met vriendelijke groet,\nUWV, afdeling Ziektewet"),
    ]


def zw_verzoek_riv(p: Persona, day: dt.date, einde: dt.date) -> list[Block]:
    return [
        Title("Verzoek om het re-integratieverslag", sub="Ziektewet, ziek uit dienst"),
        Fields([("Datum", p.f(day)), ("Werkgever", p.werkgever), ("Ex-werknemer", p.naam), ("BSN", p.bsn)]),
        Para(
            f"Uw ex-werknemer was ziek toen het dienstverband op {p.f(einde)} eindigde. Uw ex-werknemer heeft een "
            "Ziektewet-uitkering aangevraagd. Wilt u ons binnen 2 weken na de datum van deze brief het "
            "re-integratieverslag sturen? Upload het verslag in het werkgeversportaal onder Re-integratie."
        ),
        Para(
            "Het verslag bevat onder meer de probleemanalyse, het plan van aanpak met bijstellingen, de "
            "evaluaties, het actueel oordeel van de bedrijfsarts en de eindevaluatie."
        ),
        Para("Met vriendelijke groet,\nUWV, afdeling Ziektewet"),
    ]


def zw_eindevaluatie(p: Persona, day: dt.date, einde: dt.date) -> list[Block]:
    return [
        Title("Eindevaluatie", sub="bij het einde van het dienstverband (re-integratieverslag Ziektewet)"),
        _who(
            p,
            day,
            [
                ("Einde dienstverband", f"{p.f(einde)} (einde tijdelijk contract)"),
                ("Casemanager", f"{p.casemanager.naam}, {p.casemanager.functie}"),
            ],
        ),
        Heading("Aard van het bedrijf"),
        Para(f"{p.werkgever}: {p.aard}."),
        Heading("Terugblik op de re-integratie tijdens het dienstverband"),
        Para(
            f"Na de probleemanalyse is werknemer begonnen met aangepast werk ({p.aangepast}). De uren zijn "
            "opgebouwd tot 12 uur per week. Het tijdelijke contract wordt niet verlengd; deze eindevaluatie is "
            "opgesteld op de laatste werkdag."
        ),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para("De arbeidsrelatie was goed tot het einde van het contract. Er is geen conflict."),
        Heading("Passende arbeid"),
        Para("Na het einde van het dienstverband is er bij de werkgever geen passende arbeid meer."),
        Heading("Visie van werkgever en werknemer"),
        Para("Werkgever en werknemer zijn het eens over het verloop van de re-integratie tot nu toe."),
        _both(p, day),
    ]


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


@dataclass
class Doc:
    rel: str
    blocks: list[Block] = field(default_factory=list)
    style: Style | None = None
    fmt: str = "pdf"  # pdf | docx | scan | eml | raw
    eml: dict[str, Any] | None = None  # fmt eml: headers, body, attachments [(name, blocks, style, fmt)], nested
    raw: Callable[[Path], None] | None = None  # fmt raw: a writer of its own


def _pdf(path: Path, blocks: list[Block], style: Style) -> Path:
    if style.key in UNICODE_STYLES:
        return write_pdf(path, blocks, style)
    saved = docgen.FONT_DIR
    docgen.FONT_DIR = Path("/nonexistent-fonts")
    try:
        return write_pdf(path, blocks, style)
    finally:
        docgen.FONT_DIR = saved


def _file(path: Path, blocks: list[Block], style: Style, fmt: str) -> Path:
    if fmt == "pdf":
        return _pdf(path, blocks, style)
    if fmt == "docx":
        return write_docx(path, blocks, style)
    if fmt == "scan":
        return write_scan_pdf(path, blocks, style, dpi=150, jpeg_quality=40)
    raise ValueError(fmt)


def _attachments(tmp: Path, spec: dict[str, Any]) -> list[Attachment]:
    out = []
    for name, blocks, style, fmt in spec.get("attachments", []):
        out.append(attachment_from(_file(tmp / name, blocks, style, fmt)))
    if "nested" in spec:
        inner = spec["nested"]
        msg = build_message(inner["headers"], inner["body"], _attachments(tmp, inner), boundary_seed=inner["filename"])
        out.append(Attachment(inner["filename"], msg, "message/rfc822"))
    return out


def write_doc(case_dir: Path, doc: Doc) -> None:
    path = case_dir / doc.rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if doc.fmt == "raw":
        assert doc.raw is not None
        doc.raw(path)
    elif doc.fmt == "eml":
        assert doc.eml is not None
        with tempfile.TemporaryDirectory() as tmp:
            write_eml(path, doc.eml["headers"], doc.eml["body"], _attachments(Path(tmp), doc.eml))
    else:
        assert doc.style is not None
        _file(path, doc.blocks, doc.style, doc.fmt)


def write_yaml(
    case_dir: Path, p: Persona, d0: bool = True, aanvraag: dt.date | None = None, extra: list[str] | None = None
) -> None:
    lines = [
        "# Case facts for wia-dossier (CONTRACT.md). All data fictional.",
        f'werknemer: {{naam: "{p.naam}", bsn: "{p.bsn}", functie: "{p.functie}"}}',
        f'werkgever: {{naam: "{p.werkgever}", loonheffingennummer: "{p.lhn}", aard_van_het_bedrijf: "{p.aard}"}}',
        f'bedrijfsarts: {{naam: "{p.bedrijfsarts.naam}", organisatie: "{p.arbodienst}"}}',
        f'casemanager: {{naam: "{p.casemanager.naam}"}}',
    ]
    if d0:
        lines.append(f"eerste_ziektedag: {p.d0.isoformat()}")
    if aanvraag:
        lines.append(f"aanvraag_wia: {aanvraag.isoformat()}")
    lines += extra or []
    (case_dir / "dossier.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Timeline helpers
# --------------------------------------------------------------------------------------------


def stand(
    p: Persona,
    off: int,
    *,
    traject: int | None = None,
    terug: int | None = None,
    cap: float = 0.5,
    do_ref: tuple[int, int] | None = None,
) -> str:
    """The progress paragraph of an evaluation on day ``off`` (hours grow, then level off)."""
    if terug is not None:
        if off >= terug:
            return (
                f"Werknemer werkt sinds {p.f(p.d(terug))} weer volledig in het eigen werk ({p.uren} uur per "
                "week). De laatste lichtere taken zijn teruggegeven aan werknemer. Het gaat goed."
            )
        h = min(p.uren - 4, 6 + 2 * max(0, (off - 60) // 30))
        where = "in het eigen werk, met tijdelijk lichtere taken" if off > 200 else f"in aangepast werk ({p.aangepast})"
        return f"Werknemer werkt nu {h} van de {p.uren} uur {where}. De opbouw verloopt volgens plan."
    h = min(int(p.uren * cap), 6 + 2 * max(0, (off - 60) // 30))
    s = f"Werknemer werkt nu {h} uur per week in aangepast werk ({p.aangepast})."
    s += [
        " De afspraken zijn nagekomen.",
        " Werknemer geeft aan dat dit goed te doen is.",
        " De leidinggevende is tevreden over het werk.",
        " Werknemer houdt de uren goed bij.",
    ][(off // 7) % 4]
    if traject is not None and off > traject:
        s += f" Daarnaast loopt het tweede spoor via {p.bureau}: werknemer solliciteert en voert netwerkgesprekken."
    return s


def eval_docs(
    p: Persona,
    offs: list[int],
    folder: str,
    name: Callable[[int, dt.date], str],
    stand_fn: Callable[[int], str],
    extra: dict[int, list[Block]] | None = None,
    fmt: dict[int, str] | None = None,
    start: int = 1,
) -> dict[str, Doc]:
    docs = {}
    for i, off in enumerate(offs, start):
        f = (fmt or {}).get(off, "pdf")
        rel = f"{folder}/{name(i, p.d(off))}" + (".docx" if f == "docx" else ".pdf")
        docs[f"ev{off}"] = Doc(rel, evaluatie(p, p.d(off), i, stand_fn(off), (extra or {}).get(off)), p.emp, f)
    return docs


def full_dossier(p: Persona, o: dict[str, Any], *, spoor2: bool = True, te_laat_42: bool = False) -> dict[str, Doc]:
    """A complete two-year dossier; cases then remove or replace documents."""
    d = p.d
    ln = p.naam
    docs: dict[str, Doc] = {
        "pa": Doc(f"01 Probleemanalyse/Probleemanalyse {ln}.pdf", probleemanalyse(p, d(o["pa"])), p.arbo),
        "pva": Doc(f"02 Plan van aanpak/Plan van aanpak {ln}.pdf", plan_van_aanpak(p, d(o["pva"]), d(o["pa"])), p.emp),
    }
    docs.update(
        eval_docs(
            p,
            o["evals"],
            "03 Evaluaties",
            lambda i, day: f"Voortgangsgesprek {day.isoformat()}",
            lambda off: stand(p, off, traject=o.get("traject")),
            extra=o.get("eval_extra"),
            fmt=o.get("eval_fmt"),
        )
    )
    docs["melding"] = Doc(
        "04 UWV/Bevestiging ziekmelding 42e week.pdf",
        ziekmelding_42(p, d(o["melding"] + 2), d(o["melding"]), te_laat_42),
        UWV,
    )
    docs["ad"] = Doc(
        f"05 Arbeidsdeskundige/Rapport arbeidsdeskundig onderzoek {ln}.pdf",
        ad_rapport(p, d(o["ad"]), "spoor2"),
        p.ad_style,
    )
    docs["eje"] = Doc(
        f"03 Evaluaties/Eerstejaarsevaluatie {ln}.pdf", eerstejaarsevaluatie(p, d(o["eje"]), "spoor2"), p.emp
    )
    docs["bpva"] = Doc(
        "02 Plan van aanpak/Bijstelling plan van aanpak (spoor 2).pdf",
        bijstelling_pva(
            p,
            d(o["bpva"]),
            "Na de eerstejaarsevaluatie start naast spoor 1 het tweede "
            f"spoor: zoeken naar passend werk buiten {p.werkgever}.",
            [
                ["Intake re-integratiebureau", p.coach.naam, "binnen 3 weken"],
                ["Trajectplan tweede spoor", p.bureau, "binnen 5 weken"],
                ["Evaluatie", p.casemanager.naam, "elke 6 weken"],
            ],
        ),
        p.emp,
    )
    if spoor2:
        docs["traject"] = Doc(
            "06 Tweede spoor/Trajectplan tweede spoor.pdf", trajectplan(p, d(o["traject"])), p.bureau_style
        )
        prev = o["traject"]
        for n, off in enumerate(o["vgr"], 1):
            docs[f"vgr{n}"] = Doc(
                f"06 Tweede spoor/Voortgangsrapportage {n}.pdf",
                voortgang_2e_spoor(p, d(off), n, d(prev)),
                p.bureau_style,
            )
            prev = off
        docs["eindrapp"] = Doc(
            "06 Tweede spoor/Eindrapportage tweede spoor.pdf",
            eindrapportage_2e_spoor(p, d(o["eindrapp"])),
            p.bureau_style,
        )
    docs["uwv88"] = Doc("04 UWV/Brief UWV aanvraag WIA.pdf", uwv_brief_88(p, d(o["uwv88"])), UWV)
    docs["ao"] = Doc(f"07 Actueel oordeel/Actueel oordeel {ln}.pdf", actueel_oordeel(p, d(o["ao"])), p.arbo)
    docs["ev"] = Doc(
        f"08 Eindevaluatie/Eindevaluatie {ln}.pdf", eindevaluatie(p, d(o["ev"]), d(o["ao"]), spoor2), p.emp
    )
    docs["ow"] = Doc(f"09 Oordeel werknemer/Oordeel werknemer {ln}.pdf", oordeel_werknemer(p, d(o["ow"])), p.emp)
    return docs


#: Offsets (days from the first sick day) of a complete, timely two-year dossier (DOMAIN §2.2, §8.3).
FULL: dict[str, Any] = {
    "pa": 38,  # week 6
    "pva": 49,  # PA + 11
    "evals": [87, 125, 163, 201, 239, 277, 313, 350, 388, 426, 464, 502, 540, 578, 612],  # gaps ≤ 38 days, even
    # without counting the EJE, the bijstelling or the EV
    "melding": 289,  # received in week 42 (≤ D0+294); UWV letter 2 days later
    "ad": 326,  # week 47
    "eje": 338,  # week 49
    "bpva": 350,
    "traject": 372,  # ≤ D0+406
    "vgr": [430, 490, 550],  # ≤ 9 weeks apart
    "eindrapp": 598,
    "uwv88": 610,  # week 88
    "ao": 614,  # 22 days before the application
    "ev": 625,  # after the AO, ≤ D0+636
    "ow": 631,
    "aanvraag": 636,  # ≤ D0+650
    "as_of": 641,
}

ALL_PRESENT_WIA = [
    "probleemanalyse",
    "plan_van_aanpak",
    "eerstejaarsevaluatie",
    "actueel_oordeel",
    "eindevaluatie",
    "oordeel_werknemer",
]


def _miss(t: str, why: str, **kw: Any) -> dict[str, Any]:
    return {"code": "missing", "type": t, **kw, "why": why}


COACH = Person("J. Wagenaar", "loopbaancoach")


# --------------------------------------------------------------------------------------------
# Cases. Each returns (persona, documents, expectation, yaml writer or None)
# --------------------------------------------------------------------------------------------

CaseOut = tuple[Persona, dict[str, Doc], dict[str, Any], Callable[[Path], None] | None]


def case_zw_ziek_uit_dienst() -> CaseOut:
    p = Persona(
        "timmer",
        naam="T. Timmer",
        volledig="Thijs Timmer",
        aanhef="de heer",
        geboren=D(1996, 2, 14),
        functie="Orderpicker",
        uren=38,
        in_dienst=D(2024, 9, 1),
        werkgever="Distributiecentrum Maasvlakte-Oost BV",
        adres="Havenweg 301, 3199 LB Maasvlakte-Oost",
        lhn="861357924L01",
        aard="opslag en distributie van consumentengoederen, ca. 260 medewerkers, veel flexibele contracten",
        taken="orders verzamelen met een handscanner, dozen tot 20 kg tillen, de hele dienst staan en lopen",
        casemanager=Person("E. Koster", "HR-adviseur, casemanager"),
        leidinggevende=Person("R. Baars", "teamleider expeditie"),
        bedrijfsarts=Person("drs. N.C. Vermeulen", "bedrijfsarts", "39012345601"),
        arbodienst="Arbo Rijnmond Verzuimbegeleiding",
        arbo_adres="Postbus 2020, 3000 CA Rotterdam-Noord",
        ad=Person("-", "-"),
        ad_org="-",
        bureau="-",
        coach=COACH,
        beperkingen="niet tillen boven 5 kg, niet langer dan 30 minuten achtereen staan of lopen",
        aangepast="administratieve controle van retouren aan een zit-stawerkplek",
        spoor2="-",
        d0=D(2025, 5, 12),
        df="dash",
        font="sans",
        accent=(0, 110, 80),
        letterhead="left",
        unicode=True,
    )
    d = p.d
    einde = D(2025, 8, 31)  # D0+111 (week 16): end of the fixed-term contract, ≥ 10 weeks after D0
    o = {"pa": 36, "pva": 45, "ev1": 80, "ev": 108, "melding": 109, "zw_brief": 121, "ow": 126, "as_of": 133}
    docs: dict[str, Doc] = {
        "pa": Doc("Probleemanalyse T. Timmer.pdf", probleemanalyse(p, d(o["pa"])), p.arbo),
        "pva": Doc(
            "Plan van aanpak T. Timmer.pdf",
            plan_van_aanpak(
                p,
                d(o["pva"]),
                d(o["pa"]),
                extra=[
                    Heading("Contract"),
                    Para(
                        f"Werknemer heeft een tijdelijk contract tot en met {p.f(einde)}. Over verlenging is nog niet "
                        "beslist; de re-integratieafspraken gelden tot het einde van het dienstverband."
                    ),
                ],
            ),
            p.emp,
        ),
        "ev1": Doc(
            f"Gespreksverslag {fmt_date(d(o['ev1']), 'iso')}.pdf",
            evaluatie(
                p,
                d(o["ev1"]),
                1,
                f"Werknemer werkt nu 8 uur per week in aangepast werk ({p.aangepast}). De afspraken zijn nagekomen.",
                extra=[
                    Para(
                        f"De werkgever heeft laten weten dat het tijdelijke contract op {p.f(einde)} niet wordt "
                        "verlengd. Werknemer is daarvan op de hoogte."
                    )
                ],
            ),
            p.emp,
        ),
        "ev": Doc("Eindevaluatie einde dienstverband.pdf", zw_eindevaluatie(p, d(o["ev"]), einde), p.emp),
        "melding": Doc(
            "UWV/Bevestiging ziekmelding einde dienstverband.pdf",
            zw_ziekmelding(p, d(o["melding"] + 3), d(o["melding"]), einde),
            UWV,
        ),
        "zw_brief": Doc(
            "UWV/Verzoek re-integratieverslag Ziektewet.pdf", zw_verzoek_riv(p, d(o["zw_brief"]), einde), UWV
        ),
        "ow": Doc("Oordeel werknemer T. Timmer.pdf", oordeel_werknemer(p, d(o["ow"]), ex=True), p.emp),
    }
    exp = {
        "as_of": d(o["as_of"]),
        "checklist": "ziektewet-riv",
        "planted": f"Ziektewet-RIV: the employee fell ill in a fixed-term contract that ended on {einde} (week 16, "
        "≥ 10 weeks after D0, so a full RIV); the actueel oordeel of the bedrijfsarts is missing. The "
        "eindevaluatie is dated on the last working day, the sick report to UWV was made at the end of the "
        "employment (not in week 42); judged at week 20 with --checklist ziektewet-riv",
        "must": [
            _miss(
                "actueel_oordeel",
                "the Ziektewet RIV is due now (UWV asked for it) and has no actueel oordeel "
                "(art. 6 lid 2 Regeling: the same elements as far as reasonable)",
            ),
        ],
        "must_not": [
            _miss(
                "eerstejaarsevaluatie",
                "employment ended in week 16; there is no first sick year with this "
                "employer (and week 52 has not passed)",
            ),
            {
                "code": "early",
                "type": "eindevaluatie",
                "why": "Ziektewet: UWV wants the EV at the latest on the last "
                "day of employment; week 16 is right, not early",
            },
            {"code": "late", "type": "eindevaluatie", "why": "EV on the last working day"},
            _miss("eindevaluatie", "present (on the last working day)"),
            _miss("probleemanalyse", "present"),
            _miss("plan_van_aanpak", "present"),
            _miss("oordeel_werknemer", "present"),
            _miss("arbeidsdeskundig_rapport", "no reason for one in week 16"),
            _miss("trajectplan_tweede_spoor", "no second track during a 16-week employment"),
            {
                "code": "late",
                "type": "ziekmelding_uwv",
                "why": "ziek uit dienst is reported on the last working day (ZW art. 38 lid 2), not in week 42",
            },
            {"code": "late", "type": "probleemanalyse", "why": "PA on D0+36"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+9"},
            {"code": "bsn_invalid", "why": "one valid BSN throughout"},
            {"code": "bsn_mismatch", "why": "one valid BSN throughout"},
            {"code": "unsigned", "why": "PvA, evaluation and EV signed by both"},
            {"code": "medical_data", "why": "functional limitations only"},
        ],
    }
    return p, docs, exp, lambda c: write_yaml(c, p)


def case_melding42_laat_do_ontbreekt() -> CaseOut:
    p = Persona(
        "de-boer",
        naam="M. de Boer",
        volledig="Miranda de Boer",
        aanhef="mevrouw",
        geboren=D(1983, 6, 2),
        functie="Medewerker debiteurenbeheer",
        uren=32,
        in_dienst=D(2013, 1, 7),
        werkgever="Woningstichting Eemhorst",
        adres="Eemkade 40, 3824 MC Amersfoort-Noord",
        lhn="806543219L01",
        aard="woningcorporatie met ca. 9.000 huurwoningen en 130 medewerkers",
        taken="telefonisch en schriftelijk contact met huurders over betalingsachterstanden, betalingsregelingen "
        "treffen, beeldschermwerk onder tijdsdruk",
        casemanager=Person("F. Hendriksen", "P&O-adviseur, casemanager"),
        leidinggevende=Person("A. Kok", "teamleider financiën"),
        bedrijfsarts=Person("dr. K. Lammertink", "bedrijfsarts", "49023456701"),
        arbodienst="Arbo Eemland",
        arbo_adres="Postbus 1500, 3800 BM Amersfoort-Noord",
        ad=Person("S. Bleeker", "register-arbeidsdeskundige"),
        ad_org="Bleeker Arbeidsdeskundig Advies",
        bureau="Werkpad Re-integratie",
        coach=COACH,
        beperkingen="geen werk met conflictueuze gesprekken, maximaal 4 uur per dag, geen werk onder hoge tijdsdruk",
        aangepast="archiveren en het verwerken van bankafschriften zonder klantcontact",
        spoor2="administratief werk zonder klantcontact",
        d0=D(2024, 10, 21),
        df="long",
        accent=(150, 40, 40),
    )
    o = dict(FULL, melding=316)  # received in week 46 (D0+315..321); deadline D0+294
    o["eval_extra"] = {
        426: [
            Heading("Deskundigenoordeel UWV"),
            Para(
                f"Op verzoek van de werkgever heeft UWV op {p.f(p.d(410))} een deskundigenoordeel gegeven over de vraag of "
                "het aangeboden werk bij de afdeling Verhuur passend is. UWV vindt dat werk passend. Werknemer start daar "
                "volgende maand voor twee dagdelen per week."
            ),
        ]
    }
    docs = full_dossier(p, o, te_laat_42=True)
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "42e-weeksmelding received by UWV in week 46 (D0+316; confirmation D0+318 says it is late); an "
        f"evaluation ({p.d(426)}) refers to a UWV deskundigenoordeel of {p.d(410)} that is not in the "
        "folder. Otherwise complete and on time, with evaluations at most 38 days apart",
        "must": [
            {"code": "late", "type": "ziekmelding_uwv", "why": "received D0+316, due D0+294 (week 42)"},
            _miss("deskundigenoordeel", "referred to in the evaluation of D0+426, not in the folder (DOMAIN §8.2)"),
        ],
        "must_not": [
            {
                "code": "late",
                "type": "ziekmelding_uwv",
                "severity": "error",
                "why": "a late 42e-weeksmelding only risks a fine, not a loonsanctie: info/warning (DOMAIN §8.3)",
            },
            {
                "code": "missing",
                "type": "deskundigenoordeel",
                "severity": "error",
                "why": "an 'if applicable' document: warning (DOMAIN §1.3, §8.2)",
            },
            *[_miss(t, "present") for t in ALL_PRESENT_WIA],
            _miss("medische_informatie", "the employer must never hold it; not part of the employer's bundle"),
            _miss("trajectplan_tweede_spoor", "present"),
            {"code": "late", "type": "eerstejaarsevaluatie", "why": "EJE in week 49"},
            {"code": "late", "type": "eindevaluatie", "why": "EV on D0+625"},
            {"code": "late", "type": "probleemanalyse", "why": "PA on D0+38"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+11"},
            {"code": "order", "why": "AO (D0+614) before EV (D0+625)"},
            {"code": "outdated", "type": "actueel_oordeel", "why": "AO 22 days before the application"},
            {"code": "evaluation_gap", "why": "evaluations at most 38 days apart, even without the EJE and the EV"},
            {"code": "bsn_invalid", "why": "one valid BSN throughout"},
            {"code": "bsn_mismatch", "why": "one valid BSN throughout"},
            {"code": "medical_data", "why": "functional limitations only"},
        ],
    }
    return p, docs, exp, lambda c: write_yaml(c, p, aanvraag=p.d(o["aanvraag"]))


def case_spoor2_ontbreekt() -> CaseOut:
    p = Persona(
        "yilmaz-k",
        naam="K. Yilmaz",
        volledig="Kemal Yilmaz",
        aanhef="de heer",
        geboren=D(1975, 10, 8),
        functie="Metselaar",
        uren=40,
        in_dienst=D(1999, 3, 1),
        werkgever="Bouwbedrijf Gebroeders Stam BV",
        adres="Steenbakkerij 12, 6681 LK Bemmel-West",
        lhn="834567129L01",
        aard="aannemer van woningbouw en renovatie, ca. 70 medewerkers",
        taken="metselen op de bouwplaats, stenen en specie sjouwen, werken op steigers en in gebogen houding",
        casemanager=Person("L. Stam", "directeur, casemanager"),
        leidinggevende=Person("B. Hermsen", "uitvoerder"),
        bedrijfsarts=Person("drs. P. Aarts", "bedrijfsarts", "69034567801"),
        arbodienst="Bouwarbo Gelderland",
        arbo_adres="Postbus 45, 6800 AA Arnhem-Zuid",
        ad=Person("W. Roelofs", "register-arbeidsdeskundige"),
        ad_org="Roelofs Arbeidsdeskundigen",
        bureau="-",
        coach=COACH,
        beperkingen="niet tillen boven 10 kg, niet in gebogen of knielende houding werken, geen werk op hoogte",
        aangepast="magazijnbeheer en het klaarzetten van materiaal op de werf",
        spoor2="magazijnwerk of chauffeurswerk zonder sjouwen",
        d0=D(2024, 12, 2),
        df="dot",
        accent=(200, 120, 0),
        letterhead="right",
        title_upper=True,
    )
    d = p.d
    evals = [83, 121, 159, 197, 235, 273, 309, 346, 383, 420, 457]
    do_day, eje, ad, melding, as_of = 400, 330, 318, 289, 485  # AD week 46, EJE week 48, as_of week 70
    docs: dict[str, Doc] = {
        "pa": Doc("Probleemanalyse.pdf", probleemanalyse(p, d(34)), p.arbo),
        "pva": Doc("Plan van aanpak ondertekend.pdf", plan_van_aanpak(p, d(45), d(34)), p.emp),
    }
    docs.update(
        eval_docs(
            p,
            evals,
            "Evaluaties",
            lambda i, day: f"Evaluatie {i:02d}",
            lambda off: stand(p, off, cap=0.35),
            extra={
                420: [
                    Heading("Deskundigenoordeel"),
                    Para(
                        f"Het deskundigenoordeel van UWV van {p.f(d(do_day))} is besproken. De werkgever "
                        "blijft eerst binnen het bedrijf zoeken naar ander werk."
                    ),
                ]
            },
            fmt={197: "docx", 383: "docx"},
        )
    )
    docs["melding"] = Doc("UWV/Ziekmelding 42e week.pdf", ziekmelding_42(p, d(melding + 2), d(melding), False), UWV)
    docs["ad"] = Doc("Arbeidsdeskundig onderzoek W. Roelofs.pdf", ad_rapport(p, d(ad), "spoor2"), p.ad_style)
    docs["eje"] = Doc("Eerstejaarsevaluatie K. Yilmaz.pdf", eerstejaarsevaluatie(p, d(eje), "geen_spoor2"), p.emp)
    docs["do"] = Doc("UWV/Deskundigenoordeel UWV.pdf", deskundigenoordeel(p, d(do_day), d(do_day - 30)), UWV)
    exp = {
        "as_of": d(as_of),
        "planted": "judged at week 70: the AD-rapport (week 46) and the EJE (week 48) say return to own work is not "
        "expected, and a UWV deskundigenoordeel (present) says to search outside the firm, yet there is no "
        "second-track evidence at all and no motivation. 42e-weeksmelding on time (week 42)",
        "must": [
            {
                "type": "trajectplan_tweede_spoor",
                "why": "no 2nd-track evidence by ≈ D0+406 and no motivation in the EJE (DOMAIN §8.3, §7); any finding "
                "about the missing/late second track (typed as its first document, the trajectplan)",
            },
        ],
        "must_not": [
            {"code": "late", "type": "ziekmelding_uwv", "why": "received D0+289 (week 42)"},
            _miss("deskundigenoordeel", "present (UWV letter)"),
            _miss("eerstejaarsevaluatie", "present"),
            _miss("arbeidsdeskundig_rapport", "present"),
            {"code": "late", "type": "eerstejaarsevaluatie", "why": "EJE in week 48"},
            {"code": "early", "type": "eerstejaarsevaluatie", "why": "EJE in week 48"},
            _miss("actueel_oordeel", "week 70: the AO is due around week 88-91"),
            _miss("eindevaluatie", "week 70: the EV is due by week 91"),
            {
                "code": "evaluation_gap",
                "why": "evaluations at most 38 days apart (EJE or not), the last 28 days before as_of",
            },
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+11"},
            {"code": "bsn_invalid", "why": "one valid BSN throughout"},
            {"code": "bsn_mismatch", "why": "one valid BSN throughout"},
        ],
    }
    return p, docs, exp, lambda c: write_yaml(c, p)


def case_spoor2_gemotiveerd() -> CaseOut:
    p = Persona(
        "van-rijn",
        naam="E. van Rijn",
        volledig="Esther van Rijn",
        aanhef="mevrouw",
        geboren=D(1988, 1, 29),
        functie="Apothekersassistent",
        uren=32,
        in_dienst=D(2014, 5, 1),
        werkgever="Apotheek De Vijf Bogen VOF",
        adres="Marktplein 5, 4101 BC Culemborg-Oost",
        lhn="842961357L01",
        aard="openbare apotheek met 14 medewerkers",
        taken="recepten verwerken, geneesmiddelen klaarmaken en meegeven aan de balie, voorraadbeheer, veel staan",
        casemanager=Person("H. Vos", "apotheker-eigenaar, casemanager"),
        leidinggevende=Person("I. Maas", "hoofdassistent"),
        bedrijfsarts=Person("dr. A. Wijnands", "bedrijfsarts", "89045678901"),
        arbodienst="Arbo Rivierenland Zorg",
        arbo_adres="Postbus 310, 4100 AH Culemborg-Oost",
        ad=Person("G. Peeters", "register-arbeidsdeskundige"),
        ad_org="Peeters Arbeid & Inzetbaarheid",
        bureau="-",
        coach=COACH,
        beperkingen="niet langer dan 1 uur achtereen staan, geen avonddiensten, maximaal 6 uur per dag",
        aangepast="receptverwerking aan een zitwerkplek en voorraadbeheer in de ochtend",
        spoor2="-",
        d0=D(2024, 11, 11),
        df="weekday",
        accent=(0, 120, 140),
        fields_as_table=True,
    )
    d = p.d
    terug = 425  # week 61: full return to own work
    evals = [80, 118, 156, 194, 232, 270, 305, 342, 378, 414, 450]
    bpa = 222
    docs: dict[str, Doc] = {
        "pa": Doc("01 PA/Probleemanalyse E. van Rijn.pdf", probleemanalyse(p, d(31)), p.arbo),
        "pva": Doc("02 PvA/Plan van aanpak E. van Rijn.pdf", plan_van_aanpak(p, d(42), d(31)), p.emp),
        "bpva": Doc(
            "02 PvA/Bijstelling plan van aanpak.pdf",
            bijstelling_pva(
                p,
                d(236),
                f"De bedrijfsarts heeft op {p.f(d(bpa))} de probleemanalyse bijgesteld: werknemer kan meer uren "
                "en een deel van het eigen werk aan.",
                [
                    ["Terug naar eigen werk met tijdelijk lichtere taken", p.naam, "per direct"],
                    ["Uitbreiden naar 24 uur per week", f"{p.naam} en {p.leidinggevende.naam}", "binnen 12 weken"],
                    ["Evaluatie", p.casemanager.naam, "elke 6 weken"],
                ],
            ),
            p.emp,
        ),
    }
    docs.update(
        eval_docs(
            p,
            evals,
            "03 Evaluaties",
            lambda i, day: f"Evaluatie {day.isoformat()}",
            lambda off: stand(p, off, terug=terug),
            extra={
                232: [
                    Heading("Bijstelling probleemanalyse"),
                    Para(
                        f"De bedrijfsarts heeft op {p.f(d(bpa))} een bijstelling van de probleemanalyse "
                        "gestuurd: de belastbaarheid is toegenomen en werknemer kan 4 x 6 uur per week werken, "
                        "ook in een deel van het eigen werk. Het plan van aanpak wordt daarop bijgesteld."
                    ),
                ]
            },
        )
    )
    docs["melding"] = Doc("04 UWV/Ziekmelding UWV.pdf", ziekmelding_42(p, d(290), d(288), False), UWV)
    docs["ad"] = Doc("05 AD/Arbeidsdeskundig rapport G. Peeters.pdf", ad_rapport(p, d(318), "eigen_werk"), p.ad_style)
    docs["eje"] = Doc("03 Evaluaties/Eerstejaarsevaluatie.pdf", eerstejaarsevaluatie(p, d(325), "gemotiveerd"), p.emp)
    exp = {
        "as_of": d(483),  # week 70
        "planted": f"an evaluation ({d(232)}) refers to a bijstelling probleemanalyse of {d(bpa)} that is not in the "
        "folder (the bijstelling PvA that follows it is). Trap: no second track, with a written "
        "motivation in the EJE (concrete prospect of full return within 3 months, backed by the "
        "AD-rapport); full return to own work in week 61; judged at week 70",
        "must": [
            _miss(
                "bijstelling_probleemanalyse",
                "referred to in the evaluation of D0+232, not in the folder (DOMAIN §8.2)",
            ),
        ],
        "must_not": [
            {
                "code": "missing",
                "type": "bijstelling_probleemanalyse",
                "severity": "error",
                "why": "'mandatory if it exists': a warning (DOMAIN §8.2)",
            },
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "EJE motivates why no second track"},
            {"code": "late", "type": "trajectplan_tweede_spoor", "why": "EJE motivates why no second track"},
            {"code": "missing", "type": "voortgangsrapportage_tweede_spoor", "why": "no second track (motivated)"},
            {"code": "missing", "type": "eindrapportage_tweede_spoor", "why": "no second track (motivated)"},
            _miss("arbeidsdeskundig_rapport", "present"),
            _miss("bijstelling_plan_van_aanpak", "present"),
            _miss("eerstejaarsevaluatie", "present"),
            _miss("actueel_oordeel", "week 70: the AO is due around week 88-91"),
            _miss("eindevaluatie", "week 70: the EV is due by week 91"),
            {"code": "late", "type": "eerstejaarsevaluatie", "why": "EJE in week 47"},
            {"code": "late", "type": "ziekmelding_uwv", "why": "received D0+288 (week 42)"},
            {
                "code": "evaluation_gap",
                "why": "evaluations at most 38 days apart (EJE or not), the last 33 days before as_of",
            },
            {"code": "medical_data", "why": "a pharmacy assistant: 'geneesmiddelen', 'recepten' are her work"},
        ],
    }
    return p, docs, exp, lambda c: write_yaml(c, p)


def case_pva_dubbel_scan() -> CaseOut:
    p = Persona(
        "jacobs",
        naam="R. Jacobs",
        volledig="Roos Jacobs",
        aanhef="mevrouw",
        geboren=D(1991, 8, 23),
        functie="Kok",
        uren=36,
        in_dienst=D(2017, 3, 15),
        werkgever="Hotel-Restaurant De Wijde Blik BV",
        adres="Strandweg 2, 4357 BA Domburg-Noord",
        lhn="873215964L01",
        aard="hotel-restaurant met 40 kamers en 55 medewerkers",
        taken="koken in de à-la-cartekeuken, avond- en weekenddiensten, lange tijd staan, werken onder tijdsdruk",
        casemanager=Person("D. Meulblok", "bedrijfsleider, casemanager"),
        leidinggevende=Person("P. Sinke", "chef-kok"),
        bedrijfsarts=Person("drs. J. Boone", "bedrijfsarts", "19056789001"),
        arbodienst="Arbo Zeeland Horeca",
        arbo_adres="Postbus 77, 4330 AB Middelburg-West",
        ad=Person("C. Louwerse", "register-arbeidsdeskundige"),
        ad_org="Louwerse Arbeidsdeskundig Bureau",
        bureau="Zeeuwse Werkroute",
        coach=COACH,
        beperkingen="niet langer dan 2 uur achtereen staan, geen avond- en nachtdiensten, geen werk onder hoge "
        "tijdsdruk",
        aangepast="voorbereidend keukenwerk (mise-en-place) in de ochtend",
        spoor2="ontbijt- of lunchkeukens, bedrijfscatering",
        d0=D(2025, 1, 20),
        df="long",
        accent=(20, 60, 120),
        letterhead="centered",
    )
    d = p.d
    pa, pva = 36, 47
    evals = [85, 123, 161, 199, 237, 275, 311, 348, 383]
    docs: dict[str, Doc] = {
        "pa": Doc("01 Probleemanalyse/PA bedrijfsarts.pdf", probleemanalyse(p, d(pa)), p.arbo),
        "pva": Doc("02 Plan van aanpak/Plan van aanpak definitief.pdf", plan_van_aanpak(p, d(pva), d(pa)), p.emp),
        "pva_scan": Doc("scans/SCAN_0412.pdf", plan_van_aanpak(p, d(pva), d(pa)), p.emp, "scan"),
    }
    docs.update(
        eval_docs(
            p,
            evals,
            "03 Evaluaties",
            lambda i, day: f"Verslag {day.isoformat()}",
            lambda off: stand(p, off, traject=364),
        )
    )
    docs["melding"] = Doc("04 UWV/Bevestiging ziekmelding.pdf", ziekmelding_42(p, d(289), d(287), False), UWV)
    docs["ad"] = Doc("05 Arbeidsdeskundige/AD-rapport C. Louwerse.pdf", ad_rapport(p, d(328), "spoor2"), p.ad_style)
    docs["eje"] = Doc(
        "03 Evaluaties/Eerstejaarsevaluatie R. Jacobs.pdf", eerstejaarsevaluatie(p, d(340), "spoor2"), p.emp
    )
    docs["bpva"] = Doc(
        "02 Plan van aanpak/Bijstelling PvA na EJE.pdf",
        bijstelling_pva(
            p,
            d(352),
            f"Na de eerstejaarsevaluatie start het tweede spoor via {p.bureau}.",
            [
                ["Intake re-integratiebureau", p.coach.naam, "binnen 2 weken"],
                ["Trajectplan", p.bureau, "binnen 4 weken"],
                ["Evaluatie", p.casemanager.naam, "elke 6 weken"],
            ],
        ),
        p.emp,
    )
    docs["traject"] = Doc("06 Tweede spoor/Trajectplan Zeeuwse Werkroute.pdf", trajectplan(p, d(364)), p.bureau_style)
    eval_paths = [docs[f"ev{o}"].rel for o in evals]
    exp = {
        "as_of": d(416),  # week 60
        "planted": "the plan van aanpak is in the folder twice: the signed PDF and a scan of the same document "
        "(scans/SCAN_0412.pdf). Trap: nine progress reports from one template with different dates and "
        "hours; judged at week 60",
        "must": [
            {"code": "duplicate", "why": "the scan is the same plan van aanpak as the PDF"},
        ],
        "must_not": [
            *[
                {"code": "duplicate", "path": rel, "why": "a different meeting (other date, other hours)"}
                for rel in eval_paths
            ],
            {"code": "duplicate", "path": docs["bpva"].rel, "why": "a bijstelling, not the PvA"},
            {"code": "multiple_documents", "path": docs["pva"].rel, "why": "one document"},
            {"code": "multiple_documents", "path": docs["pva_scan"].rel, "why": "one document"},
            _miss("plan_van_aanpak", "present (twice)"),
            {"code": "unsigned", "type": "plan_van_aanpak", "why": "the PDF is signed by both; a scan is not judged"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+11"},
            _miss("eerstejaarsevaluatie", "present"),
            _miss("actueel_oordeel", "week 60: not yet due"),
            _miss("eindevaluatie", "week 60: not yet due"),
            {
                "code": "evaluation_gap",
                "why": "evaluations at most 37 days apart (EJE or not), the last 33 days before as_of",
            },
            {"code": "bsn_invalid", "why": "one valid BSN throughout"},
        ],
    }
    return p, docs, exp, lambda c: write_yaml(c, p)


def _bundle_pva_eval(p: Persona, pva_day: dt.date, pa_day: dt.date, ev_day: dt.date) -> Callable[[Path], None]:
    """A PDF with the PvA on pages 1-3 and an evaluation from page 4 (two documents scanned together)."""
    from pypdf import PdfReader, PdfWriter

    ev_blocks = evaluatie(
        p,
        ev_day,
        1,
        f"Werknemer is gestart met aangepast werk ({p.aangepast}) en werkt nu 6 "
        "uur per week. De afspraken uit het plan van aanpak zijn nagekomen.",
    )

    def write(path: Path) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            t = Path(tmp)
            for pad in range(0, 30):
                pva_path = _pdf(t / "pva.pdf", plan_van_aanpak(p, pva_day, pa_day, pad=pad), p.emp)
                n = len(PdfReader(pva_path).pages)
                if n == 3:
                    last = PdfReader(pva_path).pages[2].extract_text() or ""
                    if "Werknemer" in last and p.casemanager.naam in last:
                        break
                if n > 3:
                    raise AssertionError("could not fit the PvA on exactly 3 pages")
            else:
                raise AssertionError("PvA shorter than 3 pages")
            ev_path = _pdf(t / "ev.pdf", ev_blocks, p.emp)
            w = PdfWriter()
            for src in (pva_path, ev_path):
                for page in PdfReader(src).pages:
                    w.add_page(page)
            w.add_metadata({"/Producer": "Canon iR-ADV C3530 PDF", "/CreationDate": "D:20250601090000+02'00'"})
            w._ID = None
            with path.open("wb") as fh:
                w.write(fh)

    return write


def case_pva_met_evaluatie() -> CaseOut:
    p = Persona(
        "schouten",
        naam="L. Schouten",
        volledig="Lotte Schouten",
        aanhef="mevrouw",
        geboren=D(1994, 4, 11),
        functie="Pedagogisch medewerker",
        uren=28,
        in_dienst=D(2019, 8, 1),
        werkgever="Kinderopvang Het Speelhuis BV",
        adres="Speelweide 8, 2402 NA Alphen-Noord",
        lhn="849126735L01",
        aard="kinderopvang met vijf locaties, ca. 90 medewerkers",
        taken="groepen van 12 kinderen begeleiden, tillen en verschonen van baby's, veel bukken en door de knieën",
        casemanager=Person("M. Ruiter", "locatiemanager, casemanager"),
        leidinggevende=Person("S. Kroon", "teamleider locatie Zonnebloem"),
        bedrijfsarts=Person("drs. B. Tjoa", "bedrijfsarts", "29067890101"),
        arbodienst="Arbo Groene Hart",
        arbo_adres="Postbus 900, 2400 AX Alphen-Noord",
        ad=Person("-", "-"),
        ad_org="-",
        bureau="-",
        coach=COACH,
        beperkingen="niet tillen boven 8 kg, niet vaak bukken, maximaal 4 uur per dag",
        aangepast="planning van de groepen en ouderbegeleiding op kantoor",
        spoor2="-",
        d0=D(2025, 4, 7),
        df="slash4",
        font="serif",
        accent=(170, 60, 110),
        letterhead="band",
        unicode=True,
    )
    d = p.d
    pa, pva, ev_in_bundle = 35, 46, 72
    evals = [86, 122]
    typo = 150  # the year is typed one too high
    as_of = 158  # week 23
    bundle = "Re-integratie L. Schouten 2025.pdf"
    docs: dict[str, Doc] = {
        "pa": Doc("Probleemanalyse L. Schouten.pdf", probleemanalyse(p, d(pa)), p.arbo),
        "bundle": Doc(bundle, fmt="raw", raw=_bundle_pva_eval(p, d(pva), d(pa), d(ev_in_bundle))),
    }
    docs.update(
        eval_docs(
            p, evals, "Evaluaties", lambda i, day: f"Verslag gesprek {i}", lambda off: stand(p, off, cap=0.5), start=2
        )
    )
    wrong = d(typo).replace(year=d(typo).year + 1)
    ev4 = evaluatie(p, d(typo), 4, stand(p, typo, cap=0.5))
    ev4 = [
        Fields([(k, p.f(wrong) if k == "Datum" else v) for k, v in b.items]) if isinstance(b, Fields) else b
        for b in ev4
    ]
    ev4[-1] = Signatures([Sig(s.role, s.name, s.function, p.f(wrong)) for s in ev4[-1].sigs])  # type: ignore[union-attr]
    docs["ev4"] = Doc("Evaluaties/Verslag gesprek 4.pdf", ev4, p.emp)
    exp = {
        "as_of": d(as_of),
        "planted": f"one PDF ({bundle}) holds the plan van aanpak (pages 1-3, signed on page 3) and, on page 4, "
        f"the first evaluation; the fourth evaluation is dated {wrong} instead of {d(typo)} (year typed "
        "one too high, after as_of); judged at week 23",
        "must": [
            {"code": "multiple_documents", "path": bundle, "why": "PvA (pages 1-3) and an evaluation (page 4)"},
            {"code": "future", "path": docs["ev4"].rel, "why": f"dated {wrong}, after as_of {d(as_of)}"},
        ],
        "must_not": [
            _miss("plan_van_aanpak", "present, in the bundle"),
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+11"},
            {"code": "late", "type": "probleemanalyse", "why": "PA on D0+35"},
            {"code": "unsigned", "path": bundle, "why": "PvA signed on page 3, evaluation signed on its last page"},
            {"code": "duplicate", "why": "nothing is in the folder twice"},
            {
                "code": "evaluation_gap",
                "why": f"PvA D0+{pva}, evaluations D0+72/86/122, as_of D0+{as_of}: gaps ≤ 40 "
                "days even without the bundled or the misdated evaluation",
            },
            _miss("eerstejaarsevaluatie", "week 23: not yet due"),
            _miss("actueel_oordeel", "week 23: not yet due"),
            _miss("eindevaluatie", "week 23: not yet due"),
            _miss("oordeel_werknemer", "week 23: not yet due"),
            {"code": "medical_data", "why": "functional limitations only"},
        ],
    }
    return p, docs, exp, lambda c: write_yaml(c, p)


def case_vorm_inhoud() -> CaseOut:
    p = Persona(
        "bakker-n",
        naam="N. Bakker",
        volledig="Noah Bakker",
        aanhef="de heer",
        geboren=D(1980, 12, 19),
        functie="Buschauffeur",
        uren=36,
        in_dienst=D(2006, 4, 1),
        werkgever="Streekvervoer Waterland BV",
        adres="Remiseweg 3, 1441 RS Purmerend-Zuid",
        lhn="815937264L01",
        aard="openbaar vervoer per bus in de regio, ca. 600 medewerkers",
        taken="lijndiensten rijden in wisselende diensten, kaartverkoop en reisinformatie, lange tijd zitten",
        casemanager=Person("J. Kramer", "verzuimcoördinator, casemanager"),
        leidinggevende=Person("T. de Jong", "teamleider rijdend personeel"),
        bedrijfsarts=Person("dr. R. Sijbrandij", "bedrijfsarts", "59078901201"),
        arbodienst="Arbo Vervoer Noord-Holland",
        arbo_adres="Postbus 6000, 1440 AA Purmerend-Zuid",
        ad=Person("V. Mulder", "register-arbeidsdeskundige"),
        ad_org="Mulder Arbeidsdeskundig Advies",
        bureau="Nieuwe Koers Loopbaan",
        coach=COACH,
        beperkingen="niet langer dan 1 uur achtereen zitten, geen wisselende diensten, geen nachtwerk",
        aangepast="reisinformatie en planning op kantoor in dagdienst",
        spoor2="planning, klantenservice of administratie in dagdienst",
        d0=D(2024, 9, 16),
        df="abbr",
        accent=(0, 100, 60),
    )
    d = p.d
    o = dict(FULL)
    docs = full_dossier(p, o)
    docs["pa"].blocks = probleemanalyse(p, d(o["pa"]), author=False)
    docs["pva"].blocks = plan_van_aanpak(p, d(o["pva"]), d(o["pa"]), visie=False)
    docs["eje"].blocks = eerstejaarsevaluatie(p, None, "spoor2")
    docs["ao"].blocks = actueel_oordeel(p, d(o["ao"]), bsn=False)
    exp = {
        "as_of": d(o["as_of"]),
        "planted": "form: the probleemanalyse names no author (no name or function, only the arbodienst letterhead and "
        "a signature stroke); the eerstejaarsevaluatie carries no date of its own (no date field, no "
        "dates at the signatures, no first sick day; only the birth date); the actueel oordeel has no "
        "BSN. Content: the plan van aanpak has no view (visie) of werkgever or werknemer. Otherwise "
        "complete and on time",
        "must": [
            {"code": "form", "path": docs["pa"].rel, "why": "no author name or function (BR art. 2 lid 3)"},
            {"code": "form", "path": docs["eje"].rel, "why": "no date (BR art. 2 lid 3)"},
            {"code": "form", "path": docs["ao"].rel, "why": "no BSN (DOMAIN §8.5, §5.3)"},
            {
                "code": "content",
                "path": docs["pva"].rel,
                "why": "no visie werkgever/werknemer (art. 4 lid 2 sub a, 2023)",
            },
        ],
        "must_not": [
            *[
                {"code": "form", "path": docs[k].rel, "why": "date, author name and function, and BSN present"}
                for k in ("pva", "ev", "ow", "ad")
            ],
            *[{"code": "content", "path": docs[k].rel, "why": "has the required parts"} for k in ("ev", "ao", "eje")],
            *[_miss(t, "present") for t in ALL_PRESENT_WIA],
            {"code": "unsigned", "path": docs["eje"].rel, "why": "signed by both (only the dates are missing)"},
            {"code": "unsigned", "path": docs["pva"].rel, "why": "signed by both"},
            {"code": "bsn_invalid", "why": "one valid BSN throughout"},
            {"code": "bsn_mismatch", "why": "one valid BSN; the AO has none"},
            {"code": "order", "why": "AO (D0+614) before EV (D0+625)"},
            {"code": "late", "type": "probleemanalyse", "why": "PA on D0+38"},
        ],
    }
    return p, docs, exp, lambda c: write_yaml(c, p, aanvraag=d(o["aanvraag"]))


def case_week20_d0_uit_documenten() -> CaseOut:
    p = Persona(
        "hoekman",
        naam="W. Hoekman",
        volledig="Wouter Hoekman",
        aanhef="de heer",
        geboren=D(1970, 3, 3),
        functie="Accountmanager",
        uren=40,
        in_dienst=D(2008, 11, 1),
        werkgever="Drukkerij Hoogland & Zonen BV",
        adres="Papierweg 17, 8013 NN Zwolle-Noord",
        lhn="827364519L01",
        aard="drukkerij en printservice voor bedrijven, ca. 45 medewerkers",
        taken="klanten bezoeken in heel Nederland, veel autorijden, offertes maken, avondafspraken",
        casemanager=Person("G. Hoogland", "directeur, casemanager"),
        leidinggevende=Person("P. Hoogland", "commercieel manager"),
        bedrijfsarts=Person("drs. E. Postma", "bedrijfsarts", "79089012301"),
        arbodienst="Arbo IJsselland",
        arbo_adres="Postbus 123, 8000 AC Zwolle-Noord",
        ad=Person("-", "-"),
        ad_org="-",
        bureau="-",
        coach=COACH,
        beperkingen="niet langer dan 1 uur achtereen autorijden, geen avondafspraken, maximaal 5 uur per dag",
        aangepast="telefonische accountbeheer en offertes vanaf kantoor",
        spoor2="-",
        d0=D(2025, 9, 8),
        df="dash",
        accent=(60, 60, 60),
        letterhead="left",
    )
    d = p.d
    pa, pva = 52, 63  # PA in week 8 (no motivation); PvA on PA+11
    evals = [100, 130]
    as_of = 138  # week 20 (D0+133..139)
    docs: dict[str, Doc] = {
        "pa": Doc("Probleemanalyse W. Hoekman.pdf", probleemanalyse(p, d(pa)), p.arbo),
        "pva": Doc("Plan van aanpak W. Hoekman.pdf", plan_van_aanpak(p, d(pva), d(pa)), p.emp),
    }
    docs.update(
        eval_docs(
            p,
            evals,
            "Gesprekken",
            lambda i, day: f"Evaluatie {fmt_date(day, 'dash')}",
            lambda off: stand(p, off, cap=0.4),
        )
    )
    exp = {
        "as_of": d(as_of),
        "planted": "the first sick day is only in the documents (dossier.yaml has no eerste_ziektedag); the "
        "probleemanalyse is in week 8 (D0+52) without a motivation. Judged at week 20: the "
        "42e-weeksmelding, EJE, AO, EV, oordeel werknemer and any AD-rapport or second track are still "
        "ahead",
        "must": [
            {"code": "late", "type": "probleemanalyse", "why": "PA on D0+52, due D0+42; D0 from the documents"},
        ],
        "must_not": [
            {"code": "no_first_sick_day", "why": "every document states the first sick day"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+11 (the deadline counts from the PA)"},
            *[
                _miss(t, "week 20: not yet due")
                for t in (
                    "eerstejaarsevaluatie",
                    "actueel_oordeel",
                    "eindevaluatie",
                    "oordeel_werknemer",
                    "ziekmelding_uwv",
                    "arbeidsdeskundig_rapport",
                    "trajectplan_tweede_spoor",
                )
            ],
            {"code": "late", "type": "ziekmelding_uwv", "why": "due D0+294; as_of D0+138"},
            {"code": "evaluation_gap", "why": "PvA D0+63, evaluations D0+100 and D0+130, as_of D0+138"},
            _miss("plan_van_aanpak", "present"),
            {"code": "unsigned", "why": "all signed"},
        ],
    }
    return p, docs, exp, lambda c: write_yaml(c, p, d0=False)


def case_yaml_d0_override_exclude() -> CaseOut:
    p = Persona(
        "mulder-s",
        naam="S. Mulder",
        volledig="Sandra Mulder",
        aanhef="mevrouw",
        geboren=D(1977, 7, 7),
        functie="Receptioniste",
        uren=30,
        in_dienst=D(2009, 2, 1),
        werkgever="Fysiotherapie- en Fitnesscentrum Vechtstroom BV",
        adres="Sportlaan 22, 7701 BD Dedemsvaart-Oost",
        lhn="838261745L01",
        aard="sportcentrum met fitness, groepslessen en zwembad, ca. 50 medewerkers",
        taken="klanten ontvangen aan de balie, telefoon, inschrijvingen en kassa, avond- en weekenddiensten",
        casemanager=Person("A. Veldhuis", "bedrijfsleider, casemanager"),
        leidinggevende=Person("R. Dam", "teamleider front office"),
        bedrijfsarts=Person("dr. I. Nijenhuis", "bedrijfsarts", "99090123401"),
        arbodienst="Arbo Vechtdal",
        arbo_adres="Postbus 55, 7700 AB Dedemsvaart-Oost",
        ad=Person("F. Kuiper", "register-arbeidsdeskundige"),
        ad_org="Kuiper Arbeidsdeskundigen",
        bureau="Vechtdal Werkt",
        coach=COACH,
        beperkingen="geen beeldschermwerk langer dan 1 uur achtereen, geen fel licht of lawaai, maximaal 4 uur per dag",
        aangepast="administratieve taken in een rustige ruimte in de ochtend",
        spoor2="administratief werk in een rustige omgeving",
        d0=D(2024, 8, 26),
        df="long",
        show_d0=False,
        accent=(0, 80, 160),
    )
    d = p.d
    o = dict(FULL, eje=388, bpva=395, traject=402, vgr=[460, 520, 580])  # EJE in week 56 (D0+385..391)
    o["evals"] = [87, 125, 163, 201, 239, 277, 313, 350, 380, 418, 456, 494, 532, 570, 608]
    docs = full_dossier(p, o)
    for k in ("melding", "uwv88"):  # UWV letters would reveal the first sick day
        docs.pop(k)
    docs["ow"] = Doc("scans/PvA kopie.pdf", oordeel_werknemer_brief(p, d(o["ow"])), p.emp, "scan")
    priv = Style("mulder-zh", "Ziekenhuis (fictief)", ("polikliniek neurologie",), font="serif", accent=(0, 90, 60))
    docs["brief"] = Doc("privé/Brief neuroloog.pdf", specialist_brief(p, d(200)), priv)
    docs["loon"] = Doc("privé/Loonstrook juni 2025.pdf", loonstrook(p, "juni 2025"), p.emp)
    extra = ["overrides:", '  "scans/PvA kopie.pdf": oordeel_werknemer', 'exclude: ["privé/*"]']
    exp = {
        "as_of": d(o["as_of"]),
        "planted": "the first sick day is only in dossier.yaml (no document states it; the UWV letters are left out); "
        "the eerstejaarsevaluatie is in week 56 (D0+388). dossier.yaml overrides 'scans/PvA kopie.pdf' (the "
        "employee's letter with her view, a scan without a form title) to oordeel_werknemer, and excludes "
        "'privé/*' (a neurologist's letter and a payslip). Trap: the employer is a physiotherapy and "
        "fitness centre (its name is on every employer document)",
        "must": [
            {
                "code": "late",
                "type": "eerstejaarsevaluatie",
                "why": "EJE on D0+388 (week 56), window weeks 46-52; D0 only from dossier.yaml",
            },
        ],
        "must_not": [
            {"code": "no_first_sick_day", "why": "eerste_ziektedag is in dossier.yaml"},
            _miss("oordeel_werknemer", "present: the override says so"),
            {"code": "duplicate", "why": "the misnamed scan is no copy of the PvA"},
            {
                "code": "unsigned",
                "path": "scans/PvA kopie.pdf",
                "why": "an oordeel werknemer (override), signed anyway",
            },
            {"code": "unclassified", "path": "scans/PvA kopie.pdf", "why": "type given by the override"},
            *[
                {"path": rel, "severity": sev, "why": "excluded by dossier.yaml"}
                for rel in (docs["brief"].rel, docs["loon"].rel)
                for sev in ("error", "warning")
            ],
            {
                "code": "medical_data",
                "why": "the only medical text is in the excluded privé/ folder ('Fysiotherapie' "
                "in the employer's name is no health data)",
            },
            {"code": "bsn_mismatch", "why": "one valid BSN throughout"},
            {"code": "late", "type": "probleemanalyse", "why": "PA on D0+38"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+11"},
            {"code": "late", "type": "eindevaluatie", "why": "EV on D0+625"},
            _miss("plan_van_aanpak", "present"),
        ],
    }
    return p, docs, exp, lambda c: write_yaml(c, p, aanvraag=d(o["aanvraag"]), extra=extra)


def case_eml_ao_medisch() -> CaseOut:
    p = Persona(
        "visser",
        naam="T. Visser",
        volledig="Tamara Visser",
        aanhef="mevrouw",
        geboren=D(1985, 11, 30),
        functie="Winkelmanager",
        uren=38,
        in_dienst=D(2010, 6, 1),
        werkgever="Modehuis Van Dalen BV",
        adres="Hoogstraat 101, 3011 PK Rotterdam-Centrum",
        lhn="852741963L01",
        aard="winkelketen in kleding met 12 filialen, ca. 150 medewerkers",
        taken="leiding geven aan een filiaal met 9 medewerkers, veel staan en lopen, dozen uitpakken, roosters",
        casemanager=Person("K. van Dalen", "HR-manager, casemanager"),
        leidinggevende=Person("M. Goossens", "regiomanager"),
        bedrijfsarts=Person("drs. W. Brink", "bedrijfsarts", "19001234501"),
        arbodienst="Verzuimdienst Maasstad",
        arbo_adres="Postbus 4040, 3006 AA Rotterdam-Oost",
        ad=Person("H. Dijkman", "register-arbeidsdeskundige"),
        ad_org="Dijkman Arbeidsdeskundig Advies",
        bureau="Maasstad Loopbaan",
        coach=COACH,
        beperkingen="niet tillen boven 5 kg, niet langer dan 30 minuten achtereen staan, niet bukken",
        aangepast="roosterplanning en personeelszaken voor drie filialen vanaf kantoor",
        spoor2="planning of HR-administratie",
        d0=D(2024, 7, 15),
        df="long",
        accent=(120, 0, 60),
    )
    d = p.d
    o = dict(FULL)
    docs = full_dossier(p, o)
    ao_blocks = actueel_oordeel(p, d(o["ao"]), medisch=True)
    ao_name = f"Actueel oordeel {p.naam}.pdf"
    mail_ao = f"mail/{d(o['ao']).isoformat()} Actueel oordeel bedrijfsarts.eml"
    docs["ao"] = Doc(
        mail_ao,
        fmt="eml",
        eml={
            "headers": {
                "From": "Secretariaat Verzuimdienst Maasstad <secretariaat@verzuimdienst-maasstad.example>",
                "To": "K. van Dalen <hr@modehuisvandalen.example>",
                "Subject": f"Actueel oordeel t.b.v. WIA-aanvraag {p.naam}",
                "Date": mail_date(d(o["ao"])),
                "Message-ID": "<ao-visser-2026@verzuimdienst-maasstad.example>",
            },
            "body": "Beste Karin,\n\nNamens drs. Brink stuur ik u in de bijlage het actueel oordeel voor de WIA-aanvraag "
            "van mevrouw Visser.\n\nMet vriendelijke groet,\nSecretariaat Verzuimdienst Maasstad\n",
            "attachments": [(ao_name, ao_blocks, p.arbo, "pdf")],
        },
    )
    ow_name = f"Oordeel werknemer {p.naam}.docx"
    inner_name = "Mijn oordeel over het re-integratieverslag.eml"
    docs["ow"] = Doc(
        "mail/FW Mijn oordeel over het re-integratieverslag.eml",
        fmt="eml",
        eml={
            "headers": {
                "From": "K. van Dalen <hr@modehuisvandalen.example>",
                "To": "Dossier WIA <wia-dossiers@modehuisvandalen.example>",
                "Subject": "FW: Mijn oordeel over het re-integratieverslag",
                "Date": mail_date(d(o["ow"] + 1), 9, 5),
                "Message-ID": "<fw-ow-visser@modehuisvandalen.example>",
            },
            "body": "Ter archivering: het oordeel van Tamara over het re-integratieverslag (zie doorgestuurd bericht).\n\n"
            "Karin\n",
            "nested": {
                "filename": inner_name,
                "headers": {
                    "From": "T. Visser <tamara.visser@mail.example>",
                    "To": "K. van Dalen <hr@modehuisvandalen.example>",
                    "Subject": "Mijn oordeel over het re-integratieverslag",
                    "Date": mail_date(d(o["ow"]), 20, 41),
                    "Message-ID": "<ow-visser@mail.example>",
                },
                "body": "Beste Karin,\n\nHierbij mijn oordeel over het re-integratieverslag, ondertekend.\n\nGroet,\n"
                "Tamara\n",
                "attachments": [(ow_name, oordeel_werknemer(p, d(o["ow"])), p.emp, "docx")],
            },
        },
    )
    chat = "mail/Re afspraak donderdag.eml"
    docs["chat"] = Doc(
        chat,
        fmt="eml",
        eml={
            "headers": {
                "From": "K. van Dalen <hr@modehuisvandalen.example>",
                "To": "T. Visser <tamara.visser@mail.example>",
                "Subject": "Re: afspraak donderdag",
                "Date": mail_date(d(590), 14, 2),
                "Message-ID": "<afspraak-visser@modehuisvandalen.example>",
            },
            "body": "Hoi Tamara,\n\nPrima, dan schuiven we het gesprek van donderdag door naar vrijdag om 10.00 uur op het "
            "hoofdkantoor. Parkeren kan achter het gebouw.\n\nGroet,\nKarin\n",
        },
    )
    ao_path = f"{mail_ao}::{ao_name}"
    exp = {
        "as_of": d(o["as_of"]),
        "planted": "the actueel oordeel arrives as a PDF attached to an e-mail from the arbodienst and contains a "
        "diagnosis (ICD-10 M51.1, MRI), the treating neurosurgeon and medication; the oordeel werknemer "
        "is a Word file inside a forwarded e-mail (eml in eml); a third e-mail is chatter without "
        "attachment. "
        "The mails themselves are no RIV documents",
        "must": [
            {"code": "medical_data", "path": ao_path, "why": "diagnosis, MRI, neurosurgeon and medication in the AO"},
        ],
        "must_not": [
            _miss("actueel_oordeel", "present, as the mail attachment (with planted health data)"),
            _miss("oordeel_werknemer", "present, in the forwarded mail"),
            {"code": "duplicate", "why": "a mail and its own attachment are not duplicates; nothing is in twice"},
            *[
                {"code": c, "path": rel, "why": "an e-mail message is no RIV document"}
                for rel in (mail_ao, docs["ow"].rel, chat)
                for c in ("form", "unsigned", "bsn_invalid", "bsn_mismatch")
            ],
            {"path": chat, "severity": "error", "why": "chatter: at most a note or an unclassified warning"},
            {"code": "medical_data", "path": chat, "why": "no health data in the chatter mail"},
            {"code": "medical_data", "path": docs["ev"].rel, "why": "the EV mentions the AO, not its medical part"},
            _miss("medische_informatie", "the employer must never hold it"),
            {"code": "order", "why": "AO (D0+614) before EV (D0+625)"},
            {"code": "outdated", "type": "actueel_oordeel", "why": "AO 22 days before the application"},
        ],
    }
    return p, docs, exp, lambda c: write_yaml(c, p, aanvraag=d(o["aanvraag"]))


CASES: dict[str, Callable[[], CaseOut]] = {
    "zw_ziek_uit_dienst": case_zw_ziek_uit_dienst,
    "melding42_laat_do_ontbreekt": case_melding42_laat_do_ontbreekt,
    "spoor2_ontbreekt": case_spoor2_ontbreekt,
    "spoor2_gemotiveerd": case_spoor2_gemotiveerd,
    "pva_dubbel_scan": case_pva_dubbel_scan,
    "pva_met_evaluatie": case_pva_met_evaluatie,
    "vorm_inhoud": case_vorm_inhoud,
    "week20_d0_uit_documenten": case_week20_d0_uit_documenten,
    "yaml_d0_override_exclude": case_yaml_d0_override_exclude,
    "eml_ao_medisch": case_eml_ao_medisch,
}


def _clean(obj: Any) -> Any:
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_clean(v) for v in obj]
    return obj


HEADER = """\
# Expected findings of the second findings holdout. GENERATED by make_holdout2.py: edit the cases there.
# Written from DOMAIN.md §1-§6, §8 and CONTRACT.md, without reading the rule code. Untouched holdout:
# do not tune the rules on it (if you do, say so in README.md).
#
# Per case: as_of (the --as-of date), checklist (optional, default wia-aanvraag), planted (what is wrong),
# must / must_not (lists of {code?, type?, path?, severity?, why}); a finding matches an entry when every
# given key is equal. first_sick_day is information only (the tool reads the case folder and dossier.yaml).
# no_errors: true  -> no finding of severity error at all (counted as one must_not check).
# every_page: true -> evaluate.py also runs medical_sweep.check_every_page (what `build` does).
"""


def main() -> None:
    if CASES_DIR.exists():
        shutil.rmtree(CASES_DIR)
    CASES_DIR.mkdir(parents=True)
    expected: dict[str, Any] = {}
    for name, fn in CASES.items():
        p, docs, exp, yaml_writer = fn()
        case_dir = CASES_DIR / name
        case_dir.mkdir()
        for doc in docs.values():
            write_doc(case_dir, doc)
        if yaml_writer:
            yaml_writer(case_dir)
        head = {"as_of": exp.pop("as_of")}
        if "checklist" in exp:
            head["checklist"] = exp.pop("checklist")
        head["first_sick_day"] = p.d0
        expected[name] = _clean({**head, **exp})
        print(f"{name}: {len(docs)} files")
    text = yaml.safe_dump(expected, sort_keys=False, allow_unicode=True, width=110)
    EXPECTED.write_text(HEADER + "\n" + text, encoding="utf-8")


if __name__ == "__main__":
    main()
