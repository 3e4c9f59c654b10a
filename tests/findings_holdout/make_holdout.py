"""Generate the findings holdout: small synthetic case folders with deliberately planted problems.

Run:  .venv/bin/python tests/findings_holdout/make_holdout.py

Deterministic (fixed seeds, no clock): it deletes and rewrites ``cases/`` and ``expected.yaml``
next to this file. All people, organisations, addresses and numbers are fictional.

The expectations were written from /work/shared/DOMAIN.md (sections 1-6 and 8) and
/work/shared/CONTRACT.md only, without reading the rule code. Do not tune the rules on this set;
if you do, say so in README.md.
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
    naam: str  # "A. Verbeek"
    volledig: str  # "Anouk Verbeek"
    aanhef: str  # "mevrouw" / "de heer"
    geboren: dt.date
    bsn: str
    functie: str
    uren: int
    in_dienst: dt.date
    werkgever: str
    adres: str
    lhn: str
    aard: str
    taken: str  # what the job is
    casemanager: Person
    leidinggevende: Person
    bedrijfsarts: Person
    arbodienst: str
    arbeidsdeskundige: Person
    ad_org: str
    bureau: str
    coach: Person
    beperkingen: str  # functional limitations only, no medical data
    aangepast_werk: str  # adapted own work (track 1)
    spoor2: str  # direction of the 2nd-track search
    d0: dt.date
    df: str = "long"  # date format used in this employer's documents
    emp_style: Style = field(default_factory=lambda: Style("x", "x"))
    arbo_style: Style = field(default_factory=lambda: Style("x", "x"))

    def d(self, offset: int) -> dt.date:
        return self.d0 + offset * DAY

    def f(self, day: dt.date) -> str:
        return fmt_date(day, self.df)


UWV_STYLE = Style(
    "uwv",
    "UWV",
    ("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 58285, 1040 HG Amsterdam"),
    font="sans",
    accent=(0, 90, 160),
    letterhead="left",
    footer="UWV - Uitvoeringsinstituut Werknemersverzekeringen",
)


def _emp_style(
    key: str, org: str, lines: tuple[str, ...], font: str, accent: tuple[int, int, int], letterhead: str, **kw: Any
) -> Style:
    return Style(key, org, lines, font=font, accent=accent, letterhead=letterhead, **kw)


# --------------------------------------------------------------------------------------------
# Document wording (own text; the employer side never names a diagnosis unless planted)
# --------------------------------------------------------------------------------------------


def _who(p: Persona, day: dt.date, bsn: str | None, extra: list[tuple[str, str]] | None = None) -> Fields:
    items = [
        ("Naam werknemer", p.naam),
        ("BSN", bsn or p.bsn),
        ("Geboortedatum", p.f(p.geboren)),
        ("Functie", f"{p.functie} ({p.uren} uur per week)"),
        ("Werkgever", p.werkgever),
        ("Eerste ziektedag", p.f(p.d0)),
    ]
    items += extra or []
    items.append(("Datum", p.f(day)))
    return Fields(items)


def probleemanalyse(p: Persona, day: dt.date, bsn: str | None = None, motivering: bool = False) -> list[Block]:
    blocks: list[Block] = [
        Title("Probleemanalyse", sub="Oordeel en advies van de bedrijfsarts"),
        _who(p, day, bsn, [("Bedrijfsarts", f"{p.bedrijfsarts.naam}, {p.arbodienst}")]),
        Heading("Dreigend langdurig verzuim"),
        Para(
            f"Op het spreekuur van {p.f(day)} heb ik {p.aanhef} {p.volledig.split()[-1]} gezien. Er is sprake van "
            "dreigend langdurig verzuim: een volledige hervatting in het eigen werk binnen drie maanden verwacht "
            "ik niet."
        ),
        Heading("Beperkingen en mogelijkheden (belastbaarheid)"),
        Para(
            f"Werknemer heeft op dit moment de volgende beperkingen: {p.beperkingen}. Er zijn wel benutbare "
            "mogelijkheden: lichte taken in eigen tempo, in eerste instantie 2 x 2 uur per dag."
        ),
        Heading("Prognose"),
        Para(
            "De verwachting is dat de belastbaarheid in de komende maanden geleidelijk toeneemt. Een gedeeltelijke "
            "hervatting in aangepast werk is binnen vier tot zes weken haalbaar."
        ),
        Heading("Advies aan werkgever en werknemer"),
        Bullets(
            [
                f"Start met aangepast werk: {p.aangepast_werk}.",
                "Bouw de uren op in overleg, met een evaluatie elke zes weken.",
                "Stel binnen twee weken samen een plan van aanpak op en wijs een casemanager aan.",
                "Vervolgspreekuur over zes weken.",
            ]
        ),
    ]
    if motivering:
        blocks += [
            Heading("Motivering latere probleemanalyse (art. 5 Regeling procesgang)"),
            Para(
                "Deze probleemanalyse is niet binnen zes weken na de eerste ziektedag opgesteld. Bij de ziekmelding "
                "en op het eerste spreekuur werd een volledige werkhervatting binnen vier weken verwacht. Pas op het "
                f"spreekuur van {p.f(day - 2 * DAY)} bleek dat sprake is van dreigend langdurig verzuim; de "
                "probleemanalyse is daarna direct opgesteld. Werkgever en werknemer zijn hierover geïnformeerd."
            ),
        ]
    blocks.append(
        Signatures([Sig("Bedrijfsarts", p.bedrijfsarts.naam, f"bedrijfsarts, BIG {p.bedrijfsarts.big}", p.f(day))])
    )
    return blocks


def _pva_core(p: Persona, day: dt.date, pa_day: dt.date) -> list[Block]:
    return [
        Heading("Re-integratiedoel"),
        Para(
            f"Doel: terugkeer in het eigen werk als {p.functie.lower()}, eerst in aangepaste vorm. Tussendoel: "
            f"{p.aangepast_werk}, opbouwend naar de volledige contracturen."
        ),
        Heading("Afspraken en activiteiten"),
        Table(
            ["Activiteit", "Wie", "Termijn"],
            [
                ["Start aangepast werk, 2 x 2 uur per dag", p.naam, f"vanaf {p.f(day + 7 * DAY)}"],
                ["Uren uitbreiden naar 4 x 4 uur", f"{p.naam} / {p.leidinggevende.naam}", "binnen 8 weken"],
                ["Spreekuur bedrijfsarts", p.bedrijfsarts.naam, "elke 6 weken"],
                ["Evaluatie van dit plan", p.casemanager.naam, "elke 6 weken"],
            ],
        ),
        Heading("Evaluatiemomenten"),
        Para(
            "Werkgever en werknemer evalueren dit plan van aanpak ten minste elke zes weken. De eerstejaarsevaluatie "
            "vindt plaats tussen week 46 en week 52. Bij gewijzigde belastbaarheid wordt het plan bijgesteld."
        ),
        Heading("Casemanager"),
        Para(
            f"Casemanager is {p.casemanager.naam} ({p.casemanager.functie}). De casemanager bewaakt de afspraken "
            "en termijnen en is het eerste aanspreekpunt voor werknemer en bedrijfsarts."
        ),
        Heading("Visie werkgever"),
        Para(
            "De werkgever ziet goede mogelijkheden voor terugkeer in het eigen werk, eerst met aangepaste taken en "
            "uren. De werkgever biedt ruimte om de uren rustig op te bouwen."
        ),
        Heading("Visie werknemer"),
        Para(
            "Ik wil graag weer aan het werk en kan me vinden in de afspraken. Ik geef het aan als de opbouw te snel "
            "gaat."
        ),
        Para(
            f"Dit plan is gebaseerd op de probleemanalyse van de bedrijfsarts van {p.f(pa_day)}. Een kopie gaat "
            "naar werknemer, casemanager en bedrijfsarts."
        ),
    ]


def _sigs_both(p: Persona, day: dt.date, employer: bool = True, employee: bool = True) -> Signatures:
    return Signatures(
        [
            Sig("Werkgever", p.casemanager.naam, p.casemanager.functie, p.f(day), signed=employer),
            Sig("Werknemer", p.naam, p.functie, p.f(day), signed=employee),
        ]
    )


def plan_van_aanpak(
    p: Persona, day: dt.date, pa_day: dt.date, bsn: str | None = None, employer: bool = True, employee: bool = True
) -> list[Block]:
    return [
        Title("Plan van aanpak", sub="re-integratie (art. 4 Regeling procesgang)"),
        _who(
            p,
            day,
            bsn,
            [("Casemanager", f"{p.casemanager.naam}, {p.casemanager.functie}"), ("Datum probleemanalyse", p.f(pa_day))],
        ),
        *_pva_core(p, day, pa_day),
        _sigs_both(p, day, employer, employee),
    ]


LOREM_PVA = [
    (
        "Werkzaamheden en werkplek",
        "De werkplek is aangepast met een verstelbaar bureau en een rustige ruimte. De leidinggevende bespreekt elke "
        "week de taken voor de komende week. Werknemer houdt zelf een overzicht bij van de gewerkte uren en taken, zodat "
        "de opbouw bij elke evaluatie kan worden besproken. Nieuwe taken worden pas toegevoegd als de vorige stap goed "
        "is gegaan. Werknemer en leidinggevende hebben afgesproken dat zij bij twijfel contact opnemen met de "
        "casemanager.",
    ),
    (
        "Communicatie tijdens het verzuim",
        "De leidinggevende belt werknemer elke week op een vaste dag. Collega's worden op de hoogte gehouden van de "
        "planning, niet van de reden van het verzuim. Werknemer kan altijd contact opnemen met de casemanager. Afspraken "
        "worden per e-mail bevestigd en opgenomen in het re-integratiedossier. Bij verschil van mening over de "
        "belastbaarheid kan een deskundigenoordeel bij UWV worden aangevraagd.",
    ),
    (
        "Opleiding en ontwikkeling",
        "Werknemer volgt in de komende periode een korte cursus planning en digitale vaardigheden, zodat een breder "
        "takenpakket mogelijk wordt. De kosten komen voor rekening van de werkgever. De cursus wordt in de evaluaties "
        "besproken. Als blijkt dat terugkeer in het eigen werk niet haalbaar is, helpt de opleiding bij een mogelijk "
        "tweede spoor.",
    ),
    (
        "Rol van de leidinggevende",
        "De leidinggevende zorgt dat het aangepaste werk beschikbaar is en dat de werkdruk beperkt blijft. De "
        "leidinggevende meldt het aan de casemanager als afspraken niet worden nagekomen. Samen met werknemer wordt "
        "gekeken welke taken later weer kunnen worden opgepakt. Ook let de leidinggevende op de balans tussen werk en "
        "herstelmomenten gedurende de dag.",
    ),
    (
        "Inzet van externe deskundigen",
        "Als de opbouw stagneert, vraagt de casemanager de bedrijfsarts om een bijstelling van de probleemanalyse. Een "
        "arbeidsdeskundig onderzoek wordt uiterlijk rond week 48 ingezet, zodat bij de eerstejaarsevaluatie duidelijk is "
        "of terugkeer in het eigen werk haalbaar is. Zo nodig wordt een re-integratiebureau gevraagd voor het tweede "
        "spoor.",
    ),
    (
        "Administratie",
        "De casemanager houdt het re-integratiedossier bij: de verzuimregistratie, de gewerkte uren, de verslagen van de "
        "evaluaties en alle afspraken. Werknemer ontvangt van elk verslag een kopie. Wijzigingen in dit plan worden "
        "schriftelijk vastgelegd in een bijstelling van het plan van aanpak.",
    ),
]


def plan_van_aanpak_lang(
    p: Persona, day: dt.date, pa_day: dt.date, before: int, after: int, medisch: bool
) -> list[Block]:
    """A long PvA; ``before``/``after`` paragraphs of padding place the (planted) medical section."""
    pad = LOREM_PVA * 14
    blocks: list[Block] = [
        Title("Plan van aanpak", sub="re-integratie (art. 4 Regeling procesgang)"),
        _who(
            p,
            day,
            None,
            [("Casemanager", f"{p.casemanager.naam}, {p.casemanager.functie}"), ("Datum probleemanalyse", p.f(pa_day))],
        ),
        *_pva_core(p, day, pa_day),
    ]
    n = 0
    for h, t in pad[:before]:
        n += 1
        blocks += [Heading(f"{n}. {h}"), Para(t)]
    if medisch:
        blocks += [
            Heading("Achtergrond van het verzuim"),
            Para(
                "Toelichting van werknemer op de achtergrond van het verzuim: bij werknemer is door de psychiater "
                "een depressieve stoornis vastgesteld (diagnose, ICD-10 F32.1). Werknemer gebruikt sertraline 100 mg "
                "per dag en is onder behandeling bij de GGZ, met een gesprek eens per twee weken. Het afbouwen van "
                "de medicatie staat gepland na de zomer."
            ),
        ]
    for h, t in pad[before : before + after]:
        n += 1
        blocks += [Heading(f"{n}. {h}"), Para(t)]
    blocks.append(_sigs_both(p, day))
    return blocks


def evaluatie(p: Persona, day: dt.date, n: int, bsn: str | None = None, volgende: dt.date | None = None) -> list[Block]:
    blocks: list[Block] = [
        Title("Gespreksverslag voortgang re-integratie", sub=f"evaluatie plan van aanpak nr. {n}"),
        _who(
            p,
            day,
            bsn,
            [
                (
                    "Aanwezig",
                    f"{p.naam}, {p.casemanager.naam} (casemanager), "
                    f"{p.leidinggevende.naam} ({p.leidinggevende.functie})",
                )
            ],
        ),
        Heading("Voortgang"),
        Para(
            f"Werknemer werkt nu in aangepast werk ({p.aangepast_werk}). De afspraken uit het plan van aanpak zijn "
            "nagekomen. De opbouw van de uren verloopt volgens plan; werknemer geeft aan dat de belasting goed te "
            "doen is."
        ),
        Heading("Afspraken"),
        Bullets(
            [
                "De uren worden met een dagdeel per week uitgebreid.",
                "Werknemer bespreekt de opbouw op het volgende spreekuur met de bedrijfsarts.",
                "De casemanager legt de afspraken vast in het dossier.",
            ]
        ),
    ]
    if volgende:
        blocks += [Heading("Volgende evaluatie"), Para(f"De volgende evaluatie is gepland op {p.f(volgende)}.")]
    blocks.append(_sigs_both(p, day))
    return blocks


def ziekmelding_42(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Bevestiging ziekmelding", sub="Ziekmelding langdurig zieke werknemer (42e-weeksmelding)"),
        Fields(
            [
                ("Datum", p.f(day)),
                ("Werkgever", p.werkgever),
                ("Loonheffingennummer", p.lhn),
                ("Naam werknemer", p.naam),
                ("BSN", p.bsn),
                ("Eerste ziektedag", p.f(p.d0)),
            ]
        ),
        Para(
            "Wij hebben uw ziekmelding van uw werknemer ontvangen. U heeft uw werknemer op tijd ziek gemeld, in de "
            "42e week van de ziekte. Binnenkort ontvangt u informatie over de eerstejaarsevaluatie."
        ),
        Para("Met vriendelijke groet,\nUWV Werkgeversdienstverlening"),
    ]


def ad_rapport(p: Persona, day: dt.date, bsn: str | None = None) -> list[Block]:
    return [
        Title("Arbeidsdeskundig onderzoek", sub="rapportage arbeidsdeskundige, advies spoor 1 en spoor 2"),
        _who(
            p,
            day,
            bsn,
            [
                ("Arbeidsdeskundige", f"{p.arbeidsdeskundige.naam}, {p.arbeidsdeskundige.functie}"),
                ("Opdrachtgever", p.werkgever),
            ],
        ),
        Heading("Vraagstelling"),
        Para(
            "Is terugkeer in het eigen werk haalbaar, en zo niet, welk passend werk is er binnen of buiten de "
            "organisatie?"
        ),
        Heading("Functiebelasting en belastbaarheid"),
        Para(
            f"Het eigen werk omvat: {p.taken}. Dit vraagt meer dan de huidige belastbaarheid toelaat ({p.beperkingen})."
        ),
        Heading("Conclusie en advies"),
        Para(
            f"Het eigen werk is niet passend; aangepast werk ({p.aangepast_werk}) is passend maar biedt geen "
            f"volledige urenomvang. Advies: spoor 1 voortzetten en spoor 2 starten, gericht op {p.spoor2}. "
            "De loonwaarde van het aangepaste werk schat ik op 70%."
        ),
        Signatures([Sig("Arbeidsdeskundige", p.arbeidsdeskundige.naam, p.arbeidsdeskundige.functie, p.f(day))]),
    ]


def eerstejaarsevaluatie(p: Persona, day: dt.date, bsn: str | None = None) -> list[Block]:
    return [
        Title("Eerstejaarsevaluatie", sub="evaluatie na het eerste ziektejaar"),
        _who(p, day, bsn, [("Casemanager", f"{p.casemanager.naam}, {p.casemanager.functie}")]),
        Heading("Terugblik op het eerste ziektejaar"),
        Para(
            f"Werknemer heeft in het eerste ziektejaar het aangepaste werk ({p.aangepast_werk}) opgebouwd tot "
            "ongeveer de helft van de contracturen. Terugkeer in het volledige eigen werk is volgens het "
            "arbeidsdeskundig onderzoek niet haalbaar."
        ),
        Heading("Beoogd re-integratieresultaat tweede ziektejaar"),
        Para(
            "Doel voor het tweede ziektejaar: structureel passend werk voor de volledige belastbaarheid, binnen of "
            "buiten de organisatie."
        ),
        Heading("Spoor 2"),
        Para(
            f"Werkgever en werknemer starten het tweede spoor via {p.bureau}, gericht op {p.spoor2}. Spoor 1 loopt "
            "door."
        ),
        Heading("Visie werkgever"),
        Para("De werkgever blijft het aangepaste werk aanbieden en ondersteunt het tweede spoor volledig."),
        Heading("Visie werknemer"),
        Para("Ik sta open voor werk bij een andere werkgever en doe actief mee aan het tweede spoor."),
        _sigs_both(p, day),
    ]


def bijstelling_pva(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Bijstelling plan van aanpak", sub="gewijzigde afspraken na de eerstejaarsevaluatie"),
        _who(p, day, None, [("Casemanager", f"{p.casemanager.naam}, {p.casemanager.functie}")]),
        Heading("Nieuw doel"),
        Para(
            f"Naast spoor 1 (aangepast werk) start spoor 2: zoeken naar passend werk buiten de organisatie, gericht "
            f"op {p.spoor2}. Uitvoering door {p.bureau}."
        ),
        Heading("Gewijzigde afspraken"),
        Table(
            ["Activiteit", "Wie", "Termijn"],
            [
                ["Intake re-integratiebureau", p.coach.naam, "binnen 4 weken"],
                ["Trajectplan tweede spoor", p.bureau, "binnen 6 weken"],
                ["Evaluatie", p.casemanager.naam, "elke 6 weken"],
            ],
        ),
        Heading("Visie werkgever"),
        Para("Spoor 2 is nodig omdat volledige terugkeer in het eigen werk niet haalbaar is."),
        Heading("Visie werknemer"),
        Para("Ik ben het eens met de start van het tweede spoor."),
        _sigs_both(p, day),
    ]


def trajectplan(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Trajectplan tweede spoor", sub="intake en plan van het re-integratietraject"),
        _who(p, day, None, [("Re-integratiebureau", p.bureau), ("Loopbaancoach", p.coach.naam)]),
        Heading("Persoonsprofiel"),
        Para(
            f"Werknemer heeft ervaring als {p.functie.lower()} sinds {p.in_dienst.year} en is sterk in plannen, "
            "samenwerken en klantcontact."
        ),
        Heading("Zoekprofiel"),
        Para(f"Werk gericht op {p.spoor2}, binnen de belastbaarheid, maximaal 40 minuten reistijd."),
        Heading("Activiteiten"),
        Bullets(
            [
                "Arbeidsmarktoriëntatie en netwerkgesprekken",
                "Sollicitatietraining",
                "Wekelijkse vacaturescan",
                "Maandelijkse voortgangsrapportage aan werkgever",
            ]
        ),
        Signatures(
            [
                Sig("Loopbaancoach", p.coach.naam, p.coach.functie, p.f(day)),
                Sig("Werknemer", p.naam, p.functie, p.f(day)),
            ]
        ),
    ]


def eindrapportage_2e_spoor(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Eindrapportage tweede spoor", sub="afsluiting re-integratietraject"),
        _who(p, day, None, [("Re-integratiebureau", p.bureau), ("Loopbaancoach", p.coach.naam)]),
        Heading("Resultaat traject"),
        Para(
            "Werknemer heeft actief gesolliciteerd (24 sollicitaties, 9 netwerkgesprekken, 2 proefplaatsingen). Dit "
            "heeft nog niet geleid tot een dienstverband bij een andere werkgever."
        ),
        Heading("Afsluiting en advies"),
        Para(
            "Het traject wordt afgesloten met het oog op de WIA-aanvraag. Advies: de zoektocht in het vervolg "
            "voortzetten."
        ),
        Signatures([Sig("Loopbaancoach", p.coach.naam, p.coach.functie, p.f(day))]),
    ]


def uwv_brief_88(p: Persona, day: dt.date, aanvraag_uiterlijk: dt.date) -> list[Block]:
    return [
        Title("Uw werknemer kan een WIA-uitkering aanvragen"),
        Fields([("Datum", p.f(day)), ("Werkgever", p.werkgever), ("Naam werknemer", p.naam), ("BSN", p.bsn)]),
        Para(
            f"Uw werknemer is bijna 2 jaar ziek. Wij hebben uw werknemer een brief gestuurd over het aanvragen van "
            f"een WIA-uitkering. De aanvraag moet uiterlijk op {p.f(aanvraag_uiterlijk)} bij ons binnen zijn."
        ),
        Para(
            "Zorgt u ervoor dat het re-integratieverslag compleet is en dat uw werknemer een kopie heeft. U uploadt "
            "het re-integratieverslag binnen 1 dag nadat uw werknemer de WIA-uitkering heeft aangevraagd."
        ),
        Para("Met vriendelijke groet,\nUWV"),
    ]


def actueel_oordeel(p: Persona, day: dt.date, bsn: str | None = None) -> list[Block]:
    return [
        Title("Actueel oordeel", sub="bij de probleemanalyse, ten behoeve van de WIA-aanvraag"),
        _who(p, day, bsn, [("Bedrijfsarts", f"{p.bedrijfsarts.naam}, {p.arbodienst}")]),
        Heading("Stand van zaken"),
        Para(
            f"Werknemer werkt in aangepast werk ({p.aangepast_werk}), ongeveer de helft van de contracturen. Een "
            "verdere uitbreiding verwacht ik op korte termijn niet."
        ),
        Heading("Belastbaarheid"),
        Para(f"Actuele beperkingen: {p.beperkingen}. Mogelijkheden: lichte taken, vaste werktijden, overdag."),
        Heading("Arbeidsrelatie"),
        Para(
            "De kwaliteit van de arbeidsrelatie is goed. Werkgever en werknemer werken constructief samen; er is geen "
            "conflict."
        ),
        Heading("Passende arbeid bij de werkgever"),
        Para(
            f"Passende arbeid bij de werkgever is aanwezig in de vorm van {p.aangepast_werk}, maar niet voor de "
            "volledige contracturen."
        ),
        Signatures([Sig("Bedrijfsarts", p.bedrijfsarts.naam, f"bedrijfsarts, BIG {p.bedrijfsarts.big}", p.f(day))]),
    ]


def eindevaluatie(p: Persona, day: dt.date, ao_day: dt.date | None, bsn: str | None = None) -> list[Block]:
    return [
        Title("Eindevaluatie", sub="eindevaluatie plan van aanpak, ten behoeve van de WIA-aanvraag"),
        _who(p, day, bsn, [("Casemanager", f"{p.casemanager.naam}, {p.casemanager.functie}")]),
        Heading("Aard van het bedrijf"),
        Para(f"{p.werkgever}: {p.aard}."),
        Heading("Terugblik op twee jaar re-integratie"),
        Para(
            f"Na de probleemanalyse is direct gestart met aangepast werk. In het tweede ziektejaar liep spoor 2 via "
            f"{p.bureau}. Werknemer werkt nu ongeveer de helft van de contracturen in aangepast werk."
            + (
                f" Deze evaluatie bouwt voort op het actueel oordeel van de bedrijfsarts van {p.f(ao_day)}."
                if ao_day and ao_day <= day
                else ""
            )
        ),
        Heading("Kwaliteit arbeidsrelatie"),
        Para("Werkgever en werknemer beoordelen de arbeidsrelatie als goed."),
        Heading("Passende arbeid"),
        Para(
            f"Passende arbeid is bij de werkgever beschikbaar in de vorm van {p.aangepast_werk}, voor ongeveer de "
            "helft van de contracturen. Werkgever biedt dit werk structureel aan."
        ),
        Heading("Visie werkgever en werknemer"),
        Para("Werkgever en werknemer zijn het eens over het verloop van de re-integratie en over deze eindevaluatie."),
        _sigs_both(p, day),
    ]


def oordeel_werknemer(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Oordeel van de werknemer", sub="over het re-integratieverslag"),
        Fields([("Naam", p.naam), ("BSN", p.bsn), ("Werkgever", p.werkgever), ("Datum", p.f(day))]),
        Para(
            "Ik heb een kopie van alle stukken van het re-integratieverslag ontvangen en gelezen. Ik ben het eens "
            "met de inhoud van het re-integratieverslag en met de re-integratie-inspanningen van mijn werkgever."
        ),
        Para("Mijn mening: de afspraken zijn goed nagekomen en ik ben goed begeleid."),
        Signatures([Sig("Werknemer", p.naam, p.functie, p.f(day))]),
    ]


def specialist_brief(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Ziekenhuis Westerpolder", sub="afdeling Orthopedie"),
        Fields(
            [
                ("Datum", p.f(day)),
                ("Aan", "huisarts J.P. Wolters, Gezondheidscentrum De Linde"),
                ("Betreft", f"{p.aanhef} {p.volledig}, geboren {p.f(p.geboren)}"),
                ("BSN", p.bsn),
            ]
        ),
        Para("Geachte collega,"),
        Para(
            "Uw patiënt bezocht op onze polikliniek. Diagnose: ruptuur van de rotatorcuff rechts (M75.1), bevestigd "
            "met een MRI. Behandeling: artroscopische hechting op 14 mei, daarna fysiotherapie gedurende drie "
            "maanden. Medicatie: paracetamol 1000 mg 3 dd en naproxen 500 mg 2 dd."
        ),
        Para(
            "Controle op de polikliniek over zes weken. Prognose: herstel van de schouderfunctie binnen zes tot negen "
            "maanden."
        ),
        Para("Met collegiale groet,"),
        Signatures([Sig("Orthopedisch chirurg", "dr. M.A. Vreugdenhil", "orthopedisch chirurg", p.f(day))]),
    ]


def functieomschrijving_vpk(p: Persona, day: dt.date) -> list[Block]:
    return [
        Title("Functieomschrijving", sub="Verpleegkundige niveau 4, verpleegafdeling"),
        Fields([("Organisatie", p.werkgever), ("Functiegroep", "FWG 45"), ("Vastgesteld", p.f(day))]),
        Heading("Doel van de functie"),
        Para(
            "De verpleegkundige verleent zelfstandig verpleegkundige zorg aan patiënten die in het ziekenhuis zijn "
            "opgenomen, volgens de protocollen van het ziekenhuis."
        ),
        Heading("Taken"),
        Bullets(
            [
                "Klaarzetten, controleren en toedienen van medicatie volgens het medicatieprotocol en de dubbele controle.",
                "Observeren van patiënten, meten en rapporteren van controles in het elektronisch patiëntendossier.",
                "Wondverzorging, het aanleggen van infusen en voorbereiden van patiënten op een operatie of onderzoek.",
                "Overleg met artsen, specialisten en paramedici tijdens de visite en het multidisciplinair overleg.",
                "Begeleiden van leerling-verpleegkundigen en stagiairs.",
            ]
        ),
        Heading("Werkomstandigheden"),
        Para(
            "Werken in drie diensten (dag, avond, nacht), veel staan en lopen, tillen en verplaatsen van patiënten "
            "met hulpmiddelen."
        ),
    ]


# --------------------------------------------------------------------------------------------
# Case assembly
# --------------------------------------------------------------------------------------------


@dataclass
class Doc:
    rel: str
    blocks: list[Block]
    style: Style
    fmt: str = "pdf"  # pdf | docx | scan | eml
    eml: dict[str, Any] | None = None  # for fmt == "eml": headers, body, attachment name


#: Letterheads whose PDFs use the PDF core fonts (docgen's fallback when DejaVu is absent): other
#: organisations' software, and it keeps the holdout small (an embedded DejaVu subset is ~25 kB a file).
CORE_FONT_ORGS = ("-arbo", "-ad", "-bureau", "-zh", "uwv")


def _pdf(path: Path, blocks: list[Block], style: Style) -> Path:
    if not style.key.endswith(CORE_FONT_ORGS):
        return write_pdf(path, blocks, style)
    saved = docgen.FONT_DIR
    docgen.FONT_DIR = Path("/nonexistent-fonts")
    try:
        return write_pdf(path, blocks, style)
    finally:
        docgen.FONT_DIR = saved


def write_doc(case_dir: Path, doc: Doc) -> None:
    path = case_dir / doc.rel
    if doc.fmt == "pdf":
        _pdf(path, doc.blocks, doc.style)
    elif doc.fmt == "docx":
        write_docx(path, doc.blocks, doc.style)
    elif doc.fmt == "scan":
        write_scan_pdf(path, doc.blocks, doc.style, dpi=160, jpeg_quality=40)
    elif doc.fmt == "eml":
        assert doc.eml is not None
        with tempfile.TemporaryDirectory() as tmp:
            att = _pdf(Path(tmp) / doc.eml["attachment"], doc.blocks, doc.style)
            write_eml(path, doc.eml["headers"], doc.eml["body"], [attachment_from(att)])
    else:
        raise ValueError(doc.fmt)


def write_yaml(case_dir: Path, p: Persona, aanvraag: dt.date | None) -> None:
    lines = [
        "# Case facts for wia-dossier (CONTRACT.md). All data fictional.",
        f'werknemer: {{naam: "{p.naam}", bsn: "{p.bsn}", functie: "{p.functie}"}}',
        f'werkgever: {{naam: "{p.werkgever}", loonheffingennummer: "{p.lhn}", aard_van_het_bedrijf: "{p.aard}"}}',
        f'bedrijfsarts: {{naam: "{p.bedrijfsarts.naam}", organisatie: "{p.arbodienst}"}}',
        f'casemanager: {{naam: "{p.casemanager.naam}"}}',
        f"eerste_ziektedag: {p.d0.isoformat()}",
    ]
    if aanvraag:
        lines.append(f"aanvraag_wia: {aanvraag.isoformat()}")
    (case_dir / "dossier.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


#: Offsets in days from the first sick day for a complete two-year dossier (DOMAIN §2.2 / §8).
FULL = {
    "pa": 36,  # week 6
    "pva": 46,  # PA + 10
    "ev1": 88,
    "ev2": 200,
    "melding": 289,  # ≤ D0+294
    "ad": 330,  # week 48
    "eje": 341,  # week 49
    "bpva": 352,
    "traject": 380,  # ≤ D0+406
    "ev3": 470,
    "eindrapp": 598,
    "uwv88": 610,  # week 88
    "ao": 619,  # 21 days before the application
    "ev": 627,  # after the AO, ≤ D0+636
    "ow": 632,
    "aanvraag": 640,  # ≤ D0+650
    "as_of": 645,
}


def full_docs(
    p: Persona,
    o: dict[str, int],
    skip: set[str] = frozenset(),
    bsn: dict[str, str] | None = None,
    fmt: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
) -> dict[str, Doc]:
    """The documents of a complete dossier; the case then removes or replaces some."""
    bsn = bsn or {}
    fmt = fmt or {}
    names = names or {}
    d = p.d
    es, ar = p.emp_style, p.arbo_style
    ad_style = Style(
        f"{p.key}-ad", p.ad_org, ("Register-arbeidsdeskundigen",), font="serif", accent=(90, 60, 20), letterhead="right"
    )
    bureau_style = Style(
        f"{p.key}-bureau",
        p.bureau,
        ("Re-integratie tweede spoor",),
        font="condensed",
        accent=(20, 110, 70),
        letterhead="band",
    )
    ln = p.naam
    docs = {
        "pa": Doc(f"01 Probleemanalyse/Probleemanalyse {ln}.pdf", probleemanalyse(p, d(o["pa"]), bsn.get("pa")), ar),
        "pva": Doc(
            f"02 Plan van aanpak/Plan van aanpak {ln}.pdf",
            plan_van_aanpak(p, d(o["pva"]), d(o["pa"]), bsn.get("pva")),
            es,
        ),
        "ev1": Doc(
            f"03 Evaluaties/Evaluatie {d(o['ev1']).isoformat()}.pdf", evaluatie(p, d(o["ev1"]), 1, bsn.get("ev1")), es
        ),
        "ev2": Doc(
            f"03 Evaluaties/Evaluatie {d(o['ev2']).isoformat()}.pdf", evaluatie(p, d(o["ev2"]), 2, bsn.get("ev2")), es
        ),
        "melding": Doc("04 UWV/Bevestiging 42e-weeksmelding.pdf", ziekmelding_42(p, d(o["melding"])), UWV_STYLE),
        "ad": Doc(
            f"05 Arbeidsdeskundige/AD-rapport {p.arbeidsdeskundige.naam}.pdf",
            ad_rapport(p, d(o["ad"]), bsn.get("ad")),
            ad_style,
        ),
        "eje": Doc(
            f"03 Evaluaties/Eerstejaarsevaluatie {ln}.pdf", eerstejaarsevaluatie(p, d(o["eje"]), bsn.get("eje")), es
        ),
        "bpva": Doc("02 Plan van aanpak/Bijstelling PvA spoor 2.pdf", bijstelling_pva(p, d(o["bpva"])), es),
        "traject": Doc("06 Tweede spoor/Trajectplan.pdf", trajectplan(p, d(o["traject"])), bureau_style),
        "ev3": Doc(
            f"03 Evaluaties/Evaluatie {d(o['ev3']).isoformat()}.pdf", evaluatie(p, d(o["ev3"]), 3, bsn.get("ev3")), es
        ),
        "eindrapp": Doc(
            "06 Tweede spoor/Eindrapportage 2e spoor.pdf", eindrapportage_2e_spoor(p, d(o["eindrapp"])), bureau_style
        ),
        "uwv88": Doc("04 UWV/Brief UWV WIA-aanvraag.pdf", uwv_brief_88(p, d(o["uwv88"]), d(650)), UWV_STYLE),
        "ao": Doc(f"07 Actueel oordeel/Actueel oordeel {ln}.pdf", actueel_oordeel(p, d(o["ao"]), bsn.get("ao")), ar),
        "ev": Doc(
            f"08 Eindevaluatie/Eindevaluatie {ln}.pdf", eindevaluatie(p, d(o["ev"]), d(o["ao"]), bsn.get("ev")), es
        ),
        "ow": Doc(f"09 Oordeel werknemer/Oordeel werknemer {ln}.pdf", oordeel_werknemer(p, d(o["ow"])), es),
    }
    for k, f in fmt.items():
        docs[k].fmt = f
        if f == "docx":
            docs[k].rel = docs[k].rel.rsplit(".", 1)[0] + ".docx"
    for k, n in names.items():
        docs[k].rel = n
    for k in skip:
        docs.pop(k)
    return docs


# --------------------------------------------------------------------------------------------
# The cases. Each returns (persona, documents, aanvraag date or None, write yaml?, expectation)
# --------------------------------------------------------------------------------------------


def _persona(key: str, **kw: Any) -> Persona:
    rng = random.Random(f"holdout-{key}")
    kw.setdefault("bsn", make_bsn(rng))
    p = Persona(key=key, **kw)
    return p


def _arbo(key: str, org: str, lines: tuple[str, ...], font: str = "sans") -> Style:
    return Style(
        f"{key}-arbo", org, lines, font=font, accent=(120, 20, 60), letterhead="left", footer=f"{org} - vertrouwelijk"
    )


COMMON = dict(
    coach=Person("L. Brouwer", "loopbaancoach"),
)


def p_verbeek() -> Persona:
    return _persona(
        "verbeek",
        naam="A. Verbeek",
        volledig="Anouk Verbeek",
        aanhef="mevrouw",
        geboren=D(1984, 3, 22),
        functie="Administratief medewerker",
        uren=32,
        in_dienst=D(2012, 9, 1),
        werkgever="Administratiekantoor Lindeboom BV",
        adres="Stationsplein 4, 7411 HB Deventer",
        lhn="856123470L01",
        aard="administratie- en belastingadvieskantoor voor het mkb, ca. 45 medewerkers",
        taken="boekhouding voor klanten, veel beeldschermwerk onder tijdsdruk en klantgesprekken",
        casemanager=Person("R. Hoekstra", "HR-adviseur, casemanager"),
        leidinggevende=Person("T. Scholten", "teamleider"),
        bedrijfsarts=Person("drs. H.J. Mulder", "bedrijfsarts", "19054321001"),
        arbodienst="ArboNed-Oost Verzuimzorg",
        arbeidsdeskundige=Person("P. de Graaf", "register-arbeidsdeskundige"),
        ad_org="De Graaf Arbeidsdeskundig Advies",
        bureau="Loopbaanbureau Nieuwe Wegen",
        beperkingen="beperkt in langdurig beeldschermwerk (max. 1 uur aaneengesloten), geen werk onder hoge tijdsdruk",
        aangepast_werk="ondersteunende administratieve taken zonder deadlines",
        spoor2="administratief werk bij een werkgever met een lagere werkdruk",
        d0=D(2024, 9, 2),
        df="long",
        emp_style=_emp_style(
            "verbeek-emp",
            "Administratiekantoor Lindeboom BV",
            ("Stationsplein 4, 7411 HB Deventer", "KvK 61234567"),
            "sans",
            (0, 70, 140),
            "left",
        ),
        arbo_style=_arbo("verbeek", "ArboNed-Oost Verzuimzorg", ("Postbus 1120, 7400 BC Deventer",)),
        **COMMON,
    )


def case_schoon_compleet() -> tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]:
    p = p_verbeek()
    o = dict(FULL)
    docs = full_docs(p, o)
    # the actueel oordeel arrives by e-mail from the arbodienst; the employee's view is a scan
    ao = docs["ao"]
    ao.rel = f"mail/{p.d(o['ao']).isoformat()} Actueel oordeel bedrijfsarts.eml"
    ao.fmt = "eml"
    ao.eml = {
        "attachment": "Actueel oordeel A. Verbeek.pdf",
        "headers": {
            "From": "H.J. Mulder <secretariaat@arboned-oost.example>",
            "To": "R. Hoekstra <hr@lindeboom-administratie.example>",
            "Subject": "Actueel oordeel t.b.v. WIA-aanvraag A. Verbeek",
            "Date": mail_date(p.d(o["ao"])),
            "Message-ID": "<ao-verbeek@arboned-oost.example>",
        },
        "body": "Beste Rob,\n\nIn de bijlage het actueel oordeel voor de WIA-aanvraag van mevrouw Verbeek.\n\n"
        "Met vriendelijke groet,\nsecretariaat ArboNed-Oost\n",
    }
    docs["ow"].fmt = "scan"
    docs["ow"].rel = "scans/scan_0007.pdf"
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "none: complete, on time, signed, valid BSN everywhere (AO as e-mail attachment, "
        "oordeel werknemer as a scan)",
        "no_errors": True,
        "must": [],
        "must_not": [
            *[
                {"code": "missing", "type": t, "why": "present"}
                for t in [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "eerstejaarsevaluatie",
                    "actueel_oordeel",
                    "eindevaluatie",
                    "oordeel_werknemer",
                    "arbeidsdeskundig_rapport",
                    "trajectplan_tweede_spoor",
                ]
            ],
            *[
                {"code": c, "why": "nothing of this kind is planted"}
                for c in [
                    "late",
                    "early",
                    "outdated",
                    "order",
                    "bsn_invalid",
                    "bsn_mismatch",
                    "medical_data",
                    "unsigned",
                    "form",
                    "content",
                    "duplicate",
                    "multiple_documents",
                ]
            ],
        ],
    }
    return p, docs, p.d(o["aanvraag"]), True, exp


def p_haverkamp() -> Persona:
    return _persona(
        "haverkamp",
        naam="M. Haverkamp",
        volledig="Marloes Haverkamp",
        aanhef="mevrouw",
        geboren=D(1979, 11, 5),
        functie="Verpleegkundige",
        uren=28,
        in_dienst=D(2005, 2, 1),
        werkgever="Stichting Ziekenhuis Heidepoort",
        adres="Heidepoortlaan 1, 3831 ZZ Leusderveld",
        lhn="803456712L02",
        aard="algemeen ziekenhuis met ca. 450 bedden en 2.100 medewerkers",
        taken="verpleegkundige zorg op een verpleegafdeling van het ziekenhuis in drie diensten, medicatie "
        "toedienen, patiënten tillen en verplaatsen",
        casemanager=Person("E. van Dam", "verzuimconsulent P&O, casemanager"),
        leidinggevende=Person("J. Kuipers", "teamleider verpleegafdeling"),
        bedrijfsarts=Person("dr. S.F. Tromp", "bedrijfsarts", "49087654301"),
        arbodienst="Bedrijfsgezondheidsdienst Heidepoort",
        arbeidsdeskundige=Person("G. Smulders", "register-arbeidsdeskundige"),
        ad_org="Smulders Arbeid & Advies",
        bureau="Re-integratie Zorgwerk",
        beperkingen="niet tillen boven 10 kg, geen nachtdiensten, maximaal 6 uur per dienst",
        aangepast_werk="dagdiensten op de polikliniek van het ziekenhuis met het klaarzetten en controleren van "
        "medicatie, zonder tilwerk",
        spoor2="zorgadministratie of planning in een ziekenhuis of verpleeghuis",
        d0=D(2024, 10, 7),
        df="dash",
        emp_style=_emp_style(
            "haverkamp-emp",
            "Ziekenhuis Heidepoort",
            ("Heidepoortlaan 1, 3831 ZZ Leusderveld", "afdeling P&O"),
            "serif",
            (0, 110, 120),
            "band",
        ),
        arbo_style=_arbo(
            "haverkamp",
            "Bedrijfsgezondheidsdienst Heidepoort",
            ("Heidepoortlaan 1, gebouw C", "3831 ZZ Leusderveld"),
            "serif",
        ),
        **COMMON,
    )


def case_zorg_verpleegkundige() -> tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]:
    p = p_haverkamp()
    o = dict(FULL)
    docs = full_docs(p, o, skip={"ow"}, fmt={"ev2": "docx"})
    docs["eje"].fmt = "scan"
    docs["eje"].rel = "03 Evaluaties/EJE getekend (scan).pdf"
    docs["functie"] = Doc(
        "overig/Functieomschrijving verpleegkundige.pdf", functieomschrijving_vpk(p, D(2021, 3, 1)), p.emp_style
    )
    work_docs = ["pa", "pva", "ev1", "eje", "ad", "ao", "ev", "bpva"]
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "oordeel werknemer missing; trap: a hospital nurse whose PvA, AD-rapport, AO and EV name "
        "'ziekenhuis', 'medicatie', 'patiënten' as work, plus a job description (no health data)",
        "must": [
            {"code": "missing", "type": "oordeel_werknemer", "why": "no oordeel werknemer in the folder"},
        ],
        "must_not": [
            *[
                {
                    "code": "medical_data",
                    "path": docs[k].rel,
                    "why": "hospital/medication words describe the nurse's work, not her health",
                }
                for k in work_docs
            ],
            {"code": "medical_data", "path": docs["functie"].rel, "why": "a job description of a nurse"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "present (as a scan)"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA 10 days after the PA"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), True, exp


def p_dijkhuis() -> Persona:
    return _persona(
        "dijkhuis",
        naam="K. Dijkhuis",
        volledig="Kees Dijkhuis",
        aanhef="de heer",
        geboren=D(1971, 7, 30),
        functie="Chauffeur",
        uren=40,
        in_dienst=D(1998, 5, 1),
        werkgever="Transportbedrijf Van Loon & Zn BV",
        adres="Industrieweg 88, 5145 PD Waalwijk-Noord",
        lhn="812987650L01",
        aard="wegtransport en distributie, ca. 80 medewerkers",
        taken="besturen van een vrachtwagen in nationale distributie, laden en lossen, lange dagen",
        casemanager=Person("S. de Wit", "office manager, casemanager"),
        leidinggevende=Person("M. van Loon", "planner"),
        bedrijfsarts=Person("drs. A.B. Veenstra", "bedrijfsarts", "29011122201"),
        arbodienst="Arbo Transport Zuid",
        arbeidsdeskundige=Person("I. Kramer", "register-arbeidsdeskundige"),
        ad_org="Kramer Arbeidsdeskundigen",
        bureau="Werkroute Re-integratie",
        beperkingen="geen laad- en loswerk, niet langer dan 2 uur achtereen rijden, geen nachtritten",
        aangepast_werk="planning en orderverwerking op kantoor",
        spoor2="logistieke planning of magazijnbeheer",
        d0=D(2024, 6, 3),
        df="abbr",
        emp_style=_emp_style(
            "dijkhuis-emp",
            "Transportbedrijf Van Loon & Zn BV",
            ("Industrieweg 88, 5145 PD Waalwijk-Noord",),
            "condensed",
            (180, 60, 0),
            "right",
            title_upper=True,
        ),
        arbo_style=_arbo("dijkhuis", "Arbo Transport Zuid", ("Postbus 300, 5140 AH Waalwijk",)),
        **COMMON,
    )


def case_pva_te_laat() -> tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]:
    p = p_dijkhuis()
    o = dict(FULL, pa=38, pva=73, ev=618, ao=626)
    docs = full_docs(p, o, fmt={"ev2": "docx"})
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "PvA 35 days after the PA (late); actueel oordeel dated 8 days after the eindevaluatie (order)",
        "must": [
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+35, due PA+14"},
            {"code": "order", "why": "AO (D0+626) after EV (D0+618)"},
        ],
        "must_not": [
            {"code": "late", "type": "probleemanalyse", "why": "PA in week 6 (D0+38)"},
            {"code": "outdated", "type": "actueel_oordeel", "why": "AO 14 days before the application"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "present, only late"},
            {"code": "bsn_invalid", "why": "all BSNs valid"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), True, exp


def p_el_amrani() -> Persona:
    return _persona(
        "el-amrani",
        naam="F. el Amrani",
        volledig="Fatima el Amrani",
        aanhef="mevrouw",
        geboren=D(1990, 1, 17),
        functie="Klantenservicemedewerker",
        uren=36,
        in_dienst=D(2016, 3, 1),
        werkgever="Belservice Noordkust BV",
        adres="Havenkade 12, 1971 AB IJmuiden-Zuid",
        lhn="819283746L01",
        aard="callcenter en klantenservice voor energie- en telecombedrijven, ca. 220 medewerkers",
        taken="klantgesprekken aan de telefoon met vaste gespreksnormen en wachtrijen, veel beeldschermwerk",
        casemanager=Person("N. Pronk", "teamleider HR, casemanager"),
        leidinggevende=Person("D. Vos", "supervisor klantenservice"),
        bedrijfsarts=Person("dr. C. Bakx", "bedrijfsarts", "59011223301"),
        arbodienst="Verzuimpartners Kust",
        arbeidsdeskundige=Person("F. Jonkers", "register-arbeidsdeskundige"),
        ad_org="Jonkers AD",
        bureau="Stap Verder Re-integratie",
        beperkingen="geen werk met gespreksnormen of wachtrijen, maximaal 4 uur per dag, vaste werktijden",
        aangepast_werk="schriftelijke klantvragen per e-mail zonder tijdsnorm",
        spoor2="administratief of schriftelijk klantcontact zonder telefoonnormen",
        d0=D(2024, 11, 4),
        df="long",
        emp_style=_emp_style(
            "el-amrani-emp",
            "Belservice Noordkust BV",
            ("Havenkade 12, 1971 AB IJmuiden-Zuid",),
            "sans",
            (120, 0, 120),
            "centered",
            fields_as_table=True,
        ),
        arbo_style=_arbo("el-amrani", "Verzuimpartners Kust", ("Duinweg 3, 2042 AA Zandvoort-Oost",)),
        **COMMON,
    )


def case_pa_laat_gemotiveerd() -> tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]:
    p = p_el_amrani()
    o = dict(FULL, pa=66, pva=78)
    docs = full_docs(p, o, skip={"ev"})
    docs["pa"].blocks = probleemanalyse(p, p.d(o["pa"]), motivering=True)
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "PA in week 10 with a written motivation (art. 5 Regeling; threatened long absence showed late), "
        "PvA 12 days after it; eindevaluatie missing",
        "must": [
            {"code": "missing", "type": "eindevaluatie", "why": "no eindevaluatie in the folder"},
        ],
        "must_not": [
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+12 (≤ PA+14)"},
            {
                "code": "late",
                "type": "probleemanalyse",
                "severity": "error",
                "why": "late PA with written motivation: at most a warning (DOMAIN §8.3)",
            },
            {"code": "missing", "type": "probleemanalyse", "why": "present"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), True, exp


def p_brinkhorst() -> Persona:
    return _persona(
        "brinkhorst",
        naam="R. Brinkhorst",
        volledig="Ruud Brinkhorst",
        aanhef="de heer",
        geboren=D(1976, 4, 9),
        functie="Monteur installatietechniek",
        uren=38,
        in_dienst=D(2001, 8, 15),
        werkgever="Installatietechniek De Waal BV",
        adres="Ambachtsweg 7, 8251 KL Dronten-West",
        lhn="824680135L01",
        aard="installatiebedrijf voor verwarming, ventilatie en sanitair, ca. 60 medewerkers",
        taken="installeren van cv-ketels en leidingwerk bij klanten, werken boven schouderhoogte en op ladders",
        casemanager=Person("W. Hendriks", "bedrijfsleider, casemanager"),
        leidinggevende=Person("H. de Waal", "directeur"),
        bedrijfsarts=Person("drs. L. Zijlstra", "bedrijfsarts", "69033445501"),
        arbodienst="Arbodienst Flevoland Midden",
        arbeidsdeskundige=Person("K. Post", "register-arbeidsdeskundige"),
        ad_org="Post Arbeidsdeskundig Bureau",
        bureau="Re-integratie Polder",
        beperkingen="niet werken boven schouderhoogte met de rechterarm, niet tillen boven 5 kg, geen ladderwerk",
        aangepast_werk="werkvoorbereiding en materiaalbeheer in de werkplaats",
        spoor2="werkvoorbereiding of technische verkoop binnendienst",
        d0=D(2025, 1, 6),
        df="dash",
        emp_style=_emp_style(
            "brinkhorst-emp",
            "Installatietechniek De Waal BV",
            ("Ambachtsweg 7, 8251 KL Dronten-West", "info@dewaal-installatie.example"),
            "sans",
            (200, 40, 40),
            "left",
        ),
        arbo_style=_arbo("brinkhorst", "Arbodienst Flevoland Midden", ("Postbus 77, 8200 AB Lelystad",)),
        **COMMON,
    )


def case_geen_eje() -> tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]:
    p = p_brinkhorst()
    d = p.d
    es, ar = p.emp_style, p.arbo_style
    hosp = Style(
        "brinkhorst-zh",
        "Ziekenhuis Westerpolder",
        ("Afdeling Orthopedie", "Polderlaan 100, 8232 AA Lelystad-Zuid"),
        font="serif",
        accent=(0, 90, 60),
        letterhead="left",
    )
    pa, pva = 34, 44
    evals = [82, 122, 162, 202, 242, 282, 322, 362, 400]
    docs: dict[str, Doc] = {
        "pa": Doc("Probleemanalyse.pdf", probleemanalyse(p, d(pa)), ar),
        "pva": Doc("Plan van aanpak getekend.pdf", plan_van_aanpak(p, d(pva), d(pa)), es),
    }
    for i, off in enumerate(evals, 1):
        nxt = d(evals[i]) if i < len(evals) else d(off + 40)
        docs[f"ev{i}"] = Doc(f"Gespreksverslagen/Evaluatie {i:02d}.pdf", evaluatie(p, d(off), i, volgende=nxt), es)
    docs["melding"] = Doc("UWV/42e week bevestiging.pdf", ziekmelding_42(p, d(288)), UWV_STYLE)
    docs["specialist"] = Doc("Ontvangen van werknemer/Brief ziekenhuis.pdf", specialist_brief(p, d(130)), hosp)
    as_of = d(413)  # week 60
    exp = {
        "as_of": as_of,
        "planted": "week 60 and no eerstejaarsevaluatie; a specialist's letter (diagnosis, treatment, medication) "
        "handed in by the employee",
        "must": [
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "D0+52 weeks has passed (as_of week 60)"},
            {"code": "medical_data", "path": docs["specialist"].rel, "why": "orthopaedic surgeon's letter"},
        ],
        "must_not": [
            {"code": "evaluation_gap", "why": "evaluations every ≤ 40 days from the PvA to 13 days before as_of"},
            {"code": "late", "type": "probleemanalyse", "why": "PA in week 5"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+10"},
            {"code": "medical_data", "path": docs["pva"].rel, "why": "functional limitations only"},
            {"code": "medical_data", "path": docs["pa"].rel, "why": "functional limitations only"},
            {"code": "bsn_invalid", "why": "all BSNs valid"},
            {"code": "bsn_mismatch", "why": "one BSN throughout"},
        ],
    }
    return p, docs, None, True, exp


def p_oudejans() -> Persona:
    return _persona(
        "oudejans",
        naam="S. Oudejans",
        volledig="Sanne Oudejans",
        aanhef="mevrouw",
        geboren=D(1987, 9, 12),
        functie="Leerkracht basisonderwijs",
        uren=30,
        in_dienst=D(2011, 8, 1),
        werkgever="Stichting Openbaar Onderwijs Dijkland",
        adres="Schoolstraat 2, 1687 ZZ Dijkland",
        lhn="817263549L01",
        aard="schoolbestuur van 14 openbare basisscholen, ca. 380 medewerkers",
        taken="lesgeven aan groep 6 met 28 leerlingen, oudergesprekken, voorbereiding en nakijkwerk",
        casemanager=Person("B. Meijer", "adviseur HRM, casemanager"),
        leidinggevende=Person("C. Bos", "directeur basisschool De Kimkiel"),
        bedrijfsarts=Person("dr. W. Jansma", "bedrijfsarts", "79055667701"),
        arbodienst="Arbo Onderwijs Noord-Holland",
        arbeidsdeskundige=Person("E. Dekker", "register-arbeidsdeskundige"),
        ad_org="Dekker Arbeidsdeskundig Advies",
        bureau="Onderwijs Loopbaanhuis",
        beperkingen="beperkt in het omgaan met drukte en lawaai, maximaal 3 uur lesgeven per dag",
        aangepast_werk="remedial teaching aan kleine groepjes leerlingen",
        spoor2="onderwijsondersteunend werk",
        d0=D(2025, 2, 3),
        df="slash4",
        emp_style=_emp_style(
            "oudejans-emp",
            "Stichting Openbaar Onderwijs Dijkland",
            ("Schoolstraat 2, 1687 ZZ Dijkland",),
            "serif",
            (30, 90, 30),
            "left",
        ),
        arbo_style=_arbo("oudejans", "Arbo Onderwijs Noord-Holland", ("Postbus 4500, 1600 AA Enkhuizen-West",)),
        **COMMON,
    )


def _typo_bsn(bsn: str) -> str:
    """Swap two adjacent digits (a typing slip) until the result fails the elfproef."""
    for i in range(len(bsn) - 1):
        cand = bsn[:i] + bsn[i + 1] + bsn[i] + bsn[i + 2 :]
        if cand != bsn and not bsn_valid(cand):
            return cand
    raise AssertionError(bsn)


def case_eje_te_vroeg() -> tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]:
    p = p_oudejans()
    d = p.d
    es, ar = p.emp_style, p.arbo_style
    pa, pva, eje = 37, 48, 276  # EJE in week 40
    evals = [86, 124, 162, 200, 238, 272, 310, 348]  # gaps ≤ 38 days, with or without the EJE
    bad = _typo_bsn(p.bsn)
    assert not bsn_valid(bad)
    docs: dict[str, Doc] = {
        "pa": Doc("01 PA/PA S. Oudejans.pdf", probleemanalyse(p, d(pa)), ar),
        "pva": Doc("02 PvA/PvA S. Oudejans getekend.pdf", plan_van_aanpak(p, d(pva), d(pa)), es),
        "eje": Doc("04 EJE/Eerstejaarsevaluatie.pdf", eerstejaarsevaluatie(p, d(eje)), es),
        "melding": Doc("05 UWV/Ziekmelding UWV week 42.pdf", ziekmelding_42(p, d(290)), UWV_STYLE),
    }
    for i, off in enumerate(evals, 1):
        docs[f"ev{i}"] = Doc(
            f"03 Evaluaties/Verslag {d(off).isoformat()}.pdf", evaluatie(p, d(off), i, bsn=bad if i == 4 else None), es
        )
    bad_path = docs["ev4"].rel
    as_of = d(388)  # week 56
    exp = {
        "as_of": as_of,
        "planted": "eerstejaarsevaluatie in week 40 (window 46-52); one progress report carries a BSN with two "
        "digits swapped (fails the elfproef); no dossier.yaml aanvraag (judged at week 56)",
        "must": [
            {"code": "early", "type": "eerstejaarsevaluatie", "why": "EJE on D0+276 = week 40"},
            {"code": "bsn_invalid", "path": bad_path, "why": f"BSN {bad} fails the elfproef"},
        ],
        "must_not": [
            {
                "code": "evaluation_gap",
                "why": "PvA and evaluations at most 38 days apart (EJE or not), last 40 days before as_of",
            },
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+11"},
            {"code": "bsn_invalid", "path": docs["pva"].rel, "why": "valid BSN"},
            {"code": "medical_data", "why": "no health data anywhere"},
        ],
    }
    return p, docs, None, True, exp


def p_bosveld() -> Persona:
    return _persona(
        "bosveld",
        naam="H. Bosveld",
        volledig="Henk Bosveld",
        aanhef="de heer",
        geboren=D(1968, 2, 28),
        functie="Productiemedewerker",
        uren=40,
        in_dienst=D(1994, 1, 1),
        werkgever="Kunststoffen Twentevaart BV",
        adres="Vaartweg 150, 7556 RD Hengelo-Oost",
        lhn="838475610L01",
        aard="spuitgieterij van kunststof onderdelen, ca. 140 medewerkers, ploegendienst",
        taken="bedienen van spuitgietmachines in drie ploegen, veel staan, tillen van kratten tot 15 kg",
        casemanager=Person("A. Nijhuis", "HR-manager, casemanager"),
        leidinggevende=Person("G. Olde Rikkert", "ploegleider"),
        bedrijfsarts=Person("drs. F. Kamphuis", "bedrijfsarts", "89077889901"),
        arbodienst="Arbo Twente Werkt",
        arbeidsdeskundige=Person("R. Lenferink", "register-arbeidsdeskundige"),
        ad_org="Lenferink Arbeidsdeskundigen",
        bureau="Twente Re-integratie",
        beperkingen="niet tillen boven 5 kg, afwisselend zitten en staan, geen ploegendienst",
        aangepast_werk="kwaliteitscontrole aan een zit-stawerkplek in dagdienst",
        spoor2="kwaliteitscontrole of lichte assemblage in dagdienst",
        d0=D(2024, 5, 6),
        df="dot",
        emp_style=_emp_style(
            "bosveld-emp",
            "Kunststoffen Twentevaart BV",
            ("Vaartweg 150, 7556 RD Hengelo-Oost",),
            "sans",
            (0, 60, 100),
            "right",
        ),
        arbo_style=_arbo("bosveld", "Arbo Twente Werkt", ("Postbus 900, 7550 AX Hengelo-Oost",)),
        **COMMON,
    )


def case_ao_verouderd() -> tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]:
    p = p_bosveld()
    o = dict(FULL, ao=490)  # 150 days (5 months) before the application on D0+640
    other = make_bsn(random.Random("holdout-bosveld-other"))
    assert other != p.bsn and bsn_valid(other)
    docs = full_docs(p, o, bsn={"ad": other})
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "actueel oordeel dated 5 months before the planned application (week 71); the AD-rapport "
        f"carries a different, valid BSN ({other})",
        "must": [
            {"code": "outdated", "type": "actueel_oordeel", "why": "AO 150 days before aanvraag_wia"},
            {"code": "bsn_mismatch", "path": docs["ad"].rel, "why": "another valid BSN than the rest"},
        ],
        "must_not": [
            {"code": "order", "why": "AO (D0+490) before EV (D0+627)"},
            {"code": "bsn_invalid", "why": "every BSN passes the elfproef"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+10"},
            {"code": "missing", "type": "actueel_oordeel", "why": "present, only old"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), True, exp


def p_lammers() -> Persona:
    return _persona(
        "lammers",
        naam="Y. Lammers",
        volledig="Yvonne Lammers",
        aanhef="mevrouw",
        geboren=D(1993, 6, 3),
        functie="Verkoopmedewerker",
        uren=24,
        in_dienst=D(2018, 4, 1),
        werkgever="Tuincentrum De Groene Hoek BV",
        adres="Kwekerslaan 20, 2681 PX Monster-Zuid",
        lhn="845612378L01",
        aard="tuincentrum met twee vestigingen, ca. 35 medewerkers",
        taken="klanten adviseren, kassawerk, planten en zakken potgrond verplaatsen",
        casemanager=Person("P. Groen", "eigenaar, casemanager"),
        leidinggevende=Person("I. Verhoef", "bedrijfsleider"),
        bedrijfsarts=Person("dr. J. Haasnoot", "bedrijfsarts", "99011223301"),
        arbodienst="Arbo Westland",
        arbeidsdeskundige=Person("M. Vink", "register-arbeidsdeskundige"),
        ad_org="Vink AD",
        bureau="Groen Werk Re-integratie",
        beperkingen="niet tillen boven 5 kg, niet langer dan 1 uur achtereen staan",
        aangepast_werk="kassawerk en telefonische bestellingen",
        spoor2="winkel- of kantoorwerk zonder tilwerk",
        d0=D(2025, 3, 3),
        df="long",
        emp_style=_emp_style(
            "lammers-emp",
            "Tuincentrum De Groene Hoek BV",
            ("Kwekerslaan 20, 2681 PX Monster-Zuid",),
            "sans",
            (40, 120, 40),
            "left",
        ),
        arbo_style=_arbo("lammers", "Arbo Westland", ("Postbus 12, 2670 AA Naaldwijk-Noord",)),
        **COMMON,
    )


def case_evaluatiegat() -> tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]:
    p = p_lammers()
    d = p.d
    es, ar = p.emp_style, p.arbo_style
    pa, pva = 35, 45
    evals = [80, 118, 240, 275]  # 118 -> 240: a gap of 122 days (4 months)
    docs: dict[str, Doc] = {
        "pa": Doc("Probleemanalyse bedrijfsarts.pdf", probleemanalyse(p, d(pa)), ar),
        "pva": Doc("PvA Yvonne.pdf", plan_van_aanpak(p, d(pva), d(pa), employee=False), es),
    }
    for i, off in enumerate(evals, 1):
        docs[f"ev{i}"] = Doc(f"gesprek {fmt_date(d(off), 'dash')}.pdf", evaluatie(p, d(off), i), es)
    as_of = d(280)  # week 41
    exp = {
        "as_of": as_of,
        "planted": "a 122-day gap between two progress meetings; PvA signed by the employer only (werknemer "
        "line empty); no dossier.yaml (first sick day only in the documents)",
        "must": [
            {"code": "evaluation_gap", "why": f"no evaluation between {d(118)} and {d(240)}"},
            {"code": "unsigned", "path": docs["pva"].rel, "why": "employee signature missing on the PvA"},
        ],
        "must_not": [
            {"code": "late", "type": "probleemanalyse", "why": "PA in week 6"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+10"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "present, only half signed"},
            {"code": "unsigned", "path": docs["pa"].rel, "why": "signed by the bedrijfsarts"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "as_of is week 41; not yet due"},
        ],
    }
    return p, docs, None, False, exp


def p_kooistra() -> Persona:
    return _persona(
        "kooistra",
        naam="B. Kooistra",
        volledig="Bart Kooistra",
        aanhef="de heer",
        geboren=D(1982, 12, 1),
        functie="ICT-beheerder",
        uren=36,
        in_dienst=D(2010, 10, 1),
        werkgever="Softwarehuis Kraanvogel BV",
        adres="Kraanvogelstraat 9, 9723 ZX Groningen-Zuid",
        lhn="851234760L01",
        aard="ontwikkeling en beheer van software voor woningcorporaties, ca. 95 medewerkers",
        taken="beheer van servers en werkplekken, storingsdiensten buiten kantoortijd, projecten met deadlines",
        casemanager=Person("J. Dijkstra", "HR-adviseur, casemanager"),
        leidinggevende=Person("K. Wiersma", "manager ICT"),
        bedrijfsarts=Person("drs. T. Hoogeveen", "bedrijfsarts", "19099887701"),
        arbodienst="Arbo Noord Expertise",
        arbeidsdeskundige=Person("D. Bakker", "register-arbeidsdeskundige"),
        ad_org="Bakker & Zwart Arbeidsdeskundigen",
        bureau="Noordelijk Re-integratiecentrum",
        beperkingen="geen storingsdiensten of avondwerk, geen werk met harde deadlines, maximaal 5 uur per dag",
        aangepast_werk="documentatie en tweedelijns support in dagdienst",
        spoor2="ICT-functies zonder storingsdienst bij een andere werkgever",
        d0=D(2024, 8, 5),
        df="long",
        emp_style=_emp_style(
            "kooistra-emp",
            "Softwarehuis Kraanvogel BV",
            ("Kraanvogelstraat 9, 9723 ZX Groningen-Zuid",),
            "condensed",
            (0, 100, 160),
            "band",
        ),
        arbo_style=_arbo("kooistra", "Arbo Noord Expertise", ("Postbus 8000, 9700 AA Groningen-Zuid",)),
        **COMMON,
    )


def _place_page5(p: Persona, day: dt.date, pa_day: dt.date) -> list[Block]:
    """A 7-page PvA whose medical section sits entirely on page 5 (checked with pypdf)."""
    from pypdf import PdfReader

    def layout(before: int, after: int) -> tuple[list[Block], int, list[int], str]:
        blocks = plan_van_aanpak_lang(p, day, pa_day, before, after, medisch=True)
        path = write_pdf(Path(tmp) / "PvA.pdf", blocks, p.emp_style)
        pages = [pg.extract_text() or "" for pg in PdfReader(path).pages]
        where = [i + 1 for i, t in enumerate(pages) if "sertraline" in t or "F32" in t or "psychiater" in t]
        return blocks, len(pages), where, pages[4] if len(pages) > 4 else ""

    with tempfile.TemporaryDirectory() as tmp:
        for before in range(12, 40):
            _, _, where, _ = layout(before, 0)
            if where and where[0] > 5:
                break
            if where != [5]:
                continue
            for after in range(0, 40):
                blocks, n, where, page5 = layout(before, after)
                if n > 7:
                    break
                if n == 7 and where == [5] and "medicatie" in page5:
                    return blocks
    raise AssertionError("could not place the medical section on page 5 of 7")


def case_pva_pagina5_medisch() -> tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]:
    p = p_kooistra()
    o = dict(FULL)
    docs = full_docs(p, o)
    docs["pva"].blocks = _place_page5(p, p.d(o["pva"]), p.d(o["pa"]))
    docs["pva"].rel = "02 Plan van aanpak/Plan van aanpak B. Kooistra (7 blz).pdf"
    exp = {
        "as_of": p.d(o["as_of"]),
        "every_page": True,
        "planted": "the 7-page plan van aanpak has a diagnosis (psychiater, ICD-10 F32.1) and medication "
        "(sertraline) on page 5 only; checked with medical_sweep.check_every_page as build does",
        "must": [
            {"code": "medical_data", "path": docs["pva"].rel, "why": "diagnosis and medication on page 5 of 7"},
        ],
        "must_not": [
            *[
                {"code": "medical_data", "path": docs[k].rel, "why": "functional limitations only"}
                for k in ("pa", "ao", "ev", "eje", "ad")
            ],
            {"code": "multiple_documents", "path": docs["pva"].rel, "why": "one long PvA, numbered sections"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+10"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "present"},
            {"code": "unsigned", "path": docs["pva"].rel, "why": "both signatures on page 7"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), True, exp


def p_smeets() -> Persona:
    return _persona(
        "smeets",
        naam="I. Smeets",
        volledig="Ingrid Smeets",
        aanhef="mevrouw",
        geboren=D(1974, 5, 19),
        functie="Schoonmaakmedewerker",
        uren=25,
        in_dienst=D(2008, 6, 1),
        werkgever="Schoonmaakbedrijf Glans & Co BV",
        adres="Poetsweg 3, 6222 NL Maastricht-Noord",
        lhn="867452310L01",
        aard="schoonmaakbedrijf voor kantoren en scholen, ca. 300 medewerkers",
        taken="schoonmaken van kantoren in de vroege ochtend, stofzuigen, dweilen, afvalbakken legen",
        casemanager=Person("L. Janssen", "regiomanager, casemanager"),
        leidinggevende=Person("R. Coenen", "objectleider"),
        bedrijfsarts=Person("dr. G. Frijns", "bedrijfsarts", "29088776601"),
        arbodienst="Arbo Limburg Zuid",
        arbeidsdeskundige=Person("N. Wetzels", "register-arbeidsdeskundige"),
        ad_org="Wetzels Arbeidsdeskundig Bureau",
        bureau="Limburgse Werkbrug",
        beperkingen="niet langer dan 30 minuten achtereen stofzuigen of dweilen, niet reiken boven schouderhoogte",
        aangepast_werk="lichte schoonmaaktaken en controle van objecten",
        spoor2="lichte facilitaire of receptiewerkzaamheden",
        d0=D(2024, 7, 1),
        df="dash",
        emp_style=_emp_style(
            "smeets-emp",
            "Schoonmaakbedrijf Glans & Co BV",
            ("Poetsweg 3, 6222 NL Maastricht-Noord",),
            "sans",
            (0, 120, 200),
            "left",
            docx_form=True,
        ),
        arbo_style=_arbo("smeets", "Arbo Limburg Zuid", ("Postbus 616, 6200 MD Maastricht-Noord",)),
        **COMMON,
    )


def case_pva_alleen_word() -> tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]:
    p = p_smeets()
    o = dict(FULL, ao=628, ev=645, ow=647, aanvraag=648, as_of=652)  # EV in week 93 (> D0+636)
    docs = full_docs(p, o)
    docs["pva"] = Doc(
        "PvA/Plan van aanpak I. Smeets DEFINITIEF.docx",
        plan_van_aanpak(p, p.d(o["pva"]), p.d(o["pa"]), employer=False, employee=False),
        p.emp_style,
        "docx",
    )
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "the plan van aanpak exists only as an unsigned Word file; eindevaluatie on D0+645 (week 93), "
        "after the week-91 deadline (D0+636)",
        "must": [
            {
                "code": "unsigned",
                "type": "plan_van_aanpak",
                "path": docs["pva"].rel,
                "why": "Word file, no signature of werkgever or werknemer",
            },
            {"code": "late", "type": "eindevaluatie", "why": "EV on D0+645, due D0+636"},
        ],
        "must_not": [
            {"code": "missing", "type": "plan_van_aanpak", "why": "present (unsigned)"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+10"},
            {"code": "order", "why": "AO (D0+628) before EV (D0+645)"},
            {"code": "outdated", "type": "actueel_oordeel", "why": "AO 20 days before the application"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), True, exp


CASES: dict[str, Callable[[], tuple[Persona, dict[str, Doc], dt.date | None, bool, dict[str, Any]]]] = {
    "schoon_compleet": case_schoon_compleet,
    "zorg_verpleegkundige": case_zorg_verpleegkundige,
    "pva_te_laat": case_pva_te_laat,
    "pa_laat_gemotiveerd": case_pa_laat_gemotiveerd,
    "geen_eje": case_geen_eje,
    "eje_te_vroeg": case_eje_te_vroeg,
    "ao_verouderd": case_ao_verouderd,
    "evaluatiegat": case_evaluatiegat,
    "pva_pagina5_medisch": case_pva_pagina5_medisch,
    "pva_alleen_word": case_pva_alleen_word,
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
# Expected findings of the findings holdout. GENERATED by make_holdout.py: edit the cases there.
# Written from DOMAIN.md §1-§6, §8 and CONTRACT.md, without reading the rule code. Untouched holdout:
# do not tune the rules on it (if you do, say so in README.md).
#
# Per case: as_of (the --as-of date), planted (what is wrong), must / must_not (lists of
# {code, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.
# no_errors: true  -> no finding of severity error at all (counted as one must_not check).
# every_page: true -> evaluate.py also runs medical_sweep.check_every_page (what `build` does).
"""


def main() -> None:
    if CASES_DIR.exists():
        shutil.rmtree(CASES_DIR)
    CASES_DIR.mkdir(parents=True)
    expected: dict[str, Any] = {}
    for name, fn in CASES.items():
        p, docs, aanvraag, yaml_file, exp = fn()
        case_dir = CASES_DIR / name
        case_dir.mkdir()
        assert 5 <= len(docs) <= 15, (name, len(docs))
        for doc in docs.values():
            write_doc(case_dir, doc)
        if yaml_file:
            write_yaml(case_dir, p, aanvraag)
        exp = {"as_of": exp.pop("as_of"), "first_sick_day": p.d0, "aanvraag_wia": aanvraag, **exp}
        expected[name] = _clean(exp)
        print(f"{name}: {len(docs)} documents")
    text = yaml.safe_dump(expected, sort_keys=False, allow_unicode=True, width=110)
    EXPECTED.write_text(HEADER + "\n" + text, encoding="utf-8")


if __name__ == "__main__":
    main()
