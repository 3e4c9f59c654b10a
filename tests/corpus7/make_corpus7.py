"""Build holdout corpus 7 (tests/corpus7/files + labels.csv). Deterministic: fixed seeds and dates.

    .venv/bin/python tests/corpus7/make_corpus7.py

Written without reading the classifier, the checklists or earlier corpora; see README.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "samples"))
sys.path.insert(0, str(HERE))

import docgen as g  # noqa: E402
from docgen import Bullets, Fields, Heading, Para, Sig, Signatures, Style, Table, Title  # noqa: E402

import c7_writers as w  # noqa: E402

FILES = HERE / "files"
TMP = HERE / "_build"
LABELS: list[tuple[str, str, str, str, str]] = []
D = dt.date

# ------------------------------------------------------------------ dates

WORDS = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
         "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig",
         "eenentwintig", "tweeëntwintig", "drieëntwintig", "vierentwintig", "vijfentwintig", "zesentwintig",
         "zevenentwintig", "achtentwintig", "negenentwintig", "dertig", "eenendertig"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def nl(d: dt.date) -> str:
    return g.fmt_date(d, "long")


def words(d: dt.date) -> str:
    return f"{WORDS[d.day - 1]} {g.MONTHS[d.month - 1]} {d.year}"


def short_year(d: dt.date) -> str:
    return f"{d.day} {g.MONTHS[d.month - 1]} '{d.year % 100:02d}"


def us(d: dt.date) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def us_num(d: dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def wk(d0: dt.date, week: int, weekday: int = 1) -> dt.date:
    return d0 + dt.timedelta(days=7 * (week - 1) + weekday)


def week_of(d0: dt.date, d: dt.date) -> int:
    return (d - d0).days // 7 + 1


# ------------------------------------------------------------------ case data


@dataclass
class Case:
    key: str
    d0: dt.date
    name: str
    short: str  # "de heer Veldkamp"
    bsn: str
    dob: dt.date
    functie: str
    hours: str
    werkgever: str
    wg_addr: str
    aard: str
    lhn: str
    cm: str
    cm_func: str
    ba: str
    big: str
    arbo: Style
    ad: str = ""
    ad_org: Style | None = None
    bureau: Style | None = None
    coach: str = ""
    boss: str = ""
    boss_func: str = ""
    domain: str = ""


def bsn_for(seed: str) -> str:
    b = g.make_bsn(random.Random(seed))
    assert g.bsn_valid(b), b
    return b


def idf(c: Case, en: bool = False) -> Fields:
    if en:
        return Fields([("Employee", c.name), ("Citizen service number (BSN)", g.fmt_bsn(c.bsn, "spaces")),
                       ("Date of birth", c.dob.isoformat()), ("Position", c.functie),
                       ("Employer", c.werkgever), ("First day of absence", c.d0.isoformat())])
    return Fields([("Naam werknemer", c.name), ("BSN", g.fmt_bsn(c.bsn, "dots")), ("Geboortedatum", nl(c.dob)),
                   ("Functie", f"{c.functie} ({c.hours})"), ("Werkgever", c.werkgever),
                   ("Eerste ziektedag", nl(c.d0))])


def label(path: str, type_: str, date: dt.date | None, note: str) -> None:
    assert (FILES / path.split("::")[0]).exists(), path
    LABELS.append((path, type_, date.isoformat() if date else "", "holdout7", note))


# ------------------------------------------------------------------ filler for long documents

POOL = {
    "verloop": [
        "Werknemer heeft zich ziek gemeld na een periode waarin de klachten geleidelijk toenamen.",
        "In de eerste weken is het contact tussen werknemer en leidinggevende wekelijks geweest, telefonisch en één keer op locatie.",
        "Werknemer geeft aan dat hij het werk mist en graag weer zinvol bezig wil zijn, maar twijfelt of het eigen werk nog haalbaar is.",
        "De gesprekken verliepen in een open sfeer; beide partijen hebben hun verwachtingen uitgesproken.",
        "Er zijn in deze periode geen conflicten of verschillen van inzicht geweest over de aanpak.",
        "De behandeling loopt via de eigen behandelaar; over de inhoud daarvan wordt in dit document niet gerapporteerd.",
        "De werkhervatting is opgebouwd in kleine stappen, telkens na overleg met de bedrijfsarts.",
        "Niet alle geplande stappen zijn gehaald; de opbouw stagneerde enkele weken door een terugval in belastbaarheid.",
        "Werkgever heeft de werkplek aangepast en extra pauzes toegestaan.",
        "De casemanager heeft de afspraken na elk gesprek schriftelijk vastgelegd en aan werknemer gemaild.",
        "In de zomerperiode lag de opbouw enkele weken stil vanwege vakantie van de leidinggevende en werknemer.",
        "Werknemer heeft op eigen initiatief contact gezocht met collega's en is regelmatig op de werkvloer geweest.",
        "Na het spreekuur is het advies van de bedrijfsarts dezelfde week met werknemer besproken.",
        "Werknemer gaf aan dat vooral de reistijd en het vroege begin van de dienst zwaar vallen.",
        "De opbouw is tijdelijk teruggeschroefd toen bleek dat de belasting te snel was verhoogd.",
        "Alle gemaakte afspraken zijn opgenomen in het verzuimdossier en met werknemer gedeeld.",
    ],
    "werk": [
        "De functie omvat zowel uitvoerende taken als afstemming met collega's en klanten.",
        "Kenmerkend voor het werk zijn wisselende diensten, tijdsdruk op piekmomenten en regelmatig tillen.",
        "De werkzaamheden worden grotendeels zelfstandig uitgevoerd binnen een vast team.",
        "In de organisatie bestaan enkele functies met een lagere fysieke belasting, maar daar zijn momenteel weinig vacatures.",
        "Werknemer beschikt over ruime werkervaring en relevante certificaten, en staat bekend als betrouwbaar en collegiaal.",
        "Scholing in de afgelopen jaren bestond vooral uit verplichte vakgerichte bijscholing.",
        "De taken zijn in overleg met de leidinggevende tijdelijk herverdeeld binnen het team.",
        "De werkgever heeft onderzocht of taken kunnen worden losgeknipt, zodat een deel van het werk wel mogelijk blijft.",
        "De fysieke belasting bestaat uit tillen, duwen en trekken, vaak in combinatie met gebogen werken.",
        "Mentale belasting ontstaat vooral door tijdsdruk en het tegelijk afhandelen van meerdere taken.",
        "In overleg zijn tijdelijk hulpmiddelen aangeschaft, zoals een hoog-laagtafel en een tilhulp.",
        "Het rooster is aangepast zodat werknemer alleen in dagdiensten werkt.",
    ],
    "mogelijkheden": [
        "Op dit moment zijn er benutbare mogelijkheden voor licht werk in een rustige omgeving, in korte blokken.",
        "Langdurig staan en lopen en zwaar tillen worden voorlopig afgeraden.",
        "Werknemer kan in een voorspelbaar rooster werken zonder nachtdiensten.",
        "Een geleidelijke uitbreiding van uren wordt verwacht wanneer het herstel doorzet.",
        "Concentratie en energie zijn wisselend; werknemer heeft baat bij duidelijke afspraken en vaste contactmomenten.",
        "Er zijn geen beperkingen in het sociaal functioneren vastgesteld.",
        "Voor het eigen werk in volle omvang is de prognose op dit moment onzeker.",
    ],
    "spoor2": [
        "Omdat terugkeer in het eigen werk niet binnen afzienbare tijd te verwachten is, is gekeken naar werk buiten de organisatie.",
        "Het re-integratiebureau heeft met werknemer een zoekprofiel opgesteld en wekelijks vacatures besproken.",
        "Werknemer heeft in de rapportageperiode meerdere sollicitaties verstuurd en twee netwerkgesprekken gevoerd.",
        "Een proefplaatsing bij een externe werkgever is besproken maar nog niet gerealiseerd.",
        "De inzet van werknemer in het traject wordt door het bureau als goed omschreven.",
        "Werkgever heeft het bureau maandelijks om een rapportage gevraagd en deze met werknemer besproken.",
        "Werknemer heeft een cv opgesteld en een profiel aangemaakt op twee vacaturesites.",
        "Er is een oriënterend gesprek geweest bij een logistiek dienstverlener in de regio.",
        "Het bureau heeft werknemer gewezen op omscholingsmogelijkheden binnen het eigen vakgebied.",
    ],
    "relatie": [
        "De arbeidsrelatie is goed; werkgever en werknemer zijn steeds in gesprek gebleven.",
        "Er is geen sprake van een verstoorde verhouding, ook niet in periodes waarin de opbouw tegenviel.",
        "Werkgever waardeert de inzet van werknemer en wil het contact ook na de WIA-aanvraag goed houden.",
        "Werknemer geeft aan zich gesteund te voelen, al had hij op momenten meer duidelijkheid gewild.",
    ],
    "passend": [
        "Binnen de organisatie is passende arbeid in de vorm van aangepaste eigen taken gevonden voor een beperkt aantal uren.",
        "Structureel passend werk in de eigen functie voor het volledige contract is er op dit moment niet.",
        "Andere functies binnen de organisatie zijn beoordeeld; geen van deze functies sluit volledig aan bij de beperkingen.",
        "Werkgever blijft open staan voor uitbreiding van uren als de belastbaarheid toeneemt.",
    ],
}

EN_POOL = {
    "course": [
        "The employee reported sick after a period in which complaints gradually increased.",
        "Contact between the employee and the manager was weekly, mostly by video call.",
        "The employee is motivated to return and has taken part in every meeting.",
        "A graded return was built up in small steps after each consultation with the occupational physician.",
        "Progress stalled for several weeks in the autumn, after which the schedule was adjusted.",
        "All agreements were confirmed in writing by the People Partner after each meeting.",
    ],
    "work": [
        "The role combines hands-on engineering work with stakeholder meetings across time zones.",
        "Peak workload around quarterly releases and on-call duty make the role demanding.",
        "Adapted duties without on-call shifts and with a fixed schedule were offered.",
        "Other roles in the company were reviewed; an internal analytics support role partly fits.",
    ],
    "capacity": [
        "The employee can work in a quiet environment with regular breaks.",
        "Sustained concentration beyond two hours and irregular hours are not advised for now.",
        "There are no limitations in social functioning.",
        "An increase in hours is expected if recovery continues.",
    ],
    "relation": [
        "The working relationship is good and both parties remained in regular contact.",
        "There is no conflict; the employee feels supported by the team.",
    ],
}


def filler(rng: random.Random, topic: str, n: int, pool=POOL) -> list[Para]:
    out = []
    for _ in range(n):
        sents = rng.sample(pool[topic], k=min(len(pool[topic]), rng.randint(3, 5)))
        out.append(Para(" ".join(sents)))
    return out


# ------------------------------------------------------------------ house styles

ARBO_KOMPAS = Style("arbokompas", "Arbo Kompas", ("Stationsweg 14, 8011 CZ Zwolle", "www.arbokompas.example"),
                    font="sans", accent=(0, 110, 110), letterhead="band", fields_as_table=True,
                    footer="Arbo Kompas · vertrouwelijk · dossier ARK-24-0318", producer="Arbo Kompas Verzuimportaal")
VITAAL = Style("vitaal", "Vitaal Werk Arbodiensten", ("Postbus 412, 7300 AK Apeldoorn", "T 055 200 41 00"),
               font="serif", accent=(120, 30, 60), letterhead="centered", title_upper=True,
               footer="Vitaal Werk — dossiernr. VW-118204", producer="VitaalWerk Dossier 6.1")
ARBOPLUS = Style("arboplus", "ArboPlus Metropool", ("Keizersgracht 500, 1017 EK Amsterdam", "arboplus.example"),
                 font="sans", accent=(30, 60, 160), letterhead="right", footer="ArboPlus Metropool | case 2024-05-NWA-77",
                 producer="Microsoft Word 2019")
ARBOKAMER = Style("arbokamer", "De Arbokamer", ("Oldenzaalsestraat 120, 7514 DR Enschede",), font="mono",
                  accent=(60, 60, 60), letterhead="left", footer="De Arbokamer - bedrijfsartsenpraktijk")
BRABANTSEWAL = Style("bwal", "Arbo Brabantse Wal", ("Markt 3, 4611 NR Bergen op Zoom", "info@arbobw.example"),
                     font="condensed", accent=(200, 100, 0), letterhead="left", fields_as_table=True,
                     footer="Arbo Brabantse Wal · medisch beroepsgeheim geldt voor bijlagen",
                     producer="Brabantse Wal ArboOnline")
UWV = Style("uwv", "UWV", ("Postbus 58285, 1040 HG Amsterdam",), font="sans", accent=(0, 83, 159),
            letterhead="left", footer="UWV · uwv.example")


def employer_style(key: str, org: str, lines: tuple[str, ...], accent=(40, 40, 40), font="sans") -> Style:
    return Style(key, org, lines, font=font, accent=accent, letterhead="left", producer="Microsoft Word 2016")


# ------------------------------------------------------------------ content: RIV documents (Dutch)


def pa_body(c: Case, d: dt.date, rng, long: bool) -> list:
    b = [Title("Probleemanalyse", "Oordeel en advies bedrijfsarts bij dreigend langdurig verzuim"), idf(c),
         Fields([("Datum spreekuur", nl(d - dt.timedelta(days=2))), ("Bedrijfsarts", c.ba)]),
         Heading("1. Aanleiding"),
         Para(f"Werknemer is sinds {nl(c.d0)} volledig arbeidsongeschikt voor het eigen werk. Op basis van het "
              "spreekuur is er sprake van dreigend langdurig verzuim."),
         Heading("2. Beperkingen en mogelijkheden")]
    b += filler(rng, "mogelijkheden", 3 if long else 1)
    b += [Heading("3. Prognose"),
          Para("De verwachting is dat werknemer binnen drie tot zes maanden gedeeltelijk kan hervatten in aangepast "
               "werk. Volledige terugkeer in het eigen werk is onzeker."),
          Heading("4. Advies aan werkgever en werknemer"),
          Bullets(["Stel binnen twee weken samen een plan van aanpak op.",
                   "Start met aangepaste taken, 2 x 2 uur per week, en bouw op in overleg.",
                   "Vervolgconsult over zes weken."])]
    if long:
        b += [Heading("5. Werkgerelateerde factoren")] + filler(rng, "werk", 4)
        b += [Heading("6. Verloop tot nu toe")] + filler(rng, "verloop", 5)
        b += [Heading("7. Toelichting voor werkgever")] + filler(rng, "mogelijkheden", 3) + filler(rng, "werk", 3)
    b += [Signatures([Sig("Bedrijfsarts", c.ba, f"bedrijfsarts, BIG {c.big}", f"Datum: {nl(d)}")])]
    return b


def pva_body(c: Case, d: dt.date, rng, long: bool, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    b = [Title("Plan van aanpak", "re-integratie conform de Wet verbetering poortwachter"), idf(c),
         Fields([("Casemanager", f"{c.cm}, {c.cm_func}"), ("Bedrijfsarts", c.ba),
                 ("Datum probleemanalyse", "zie dossier")]),
         Heading("Re-integratiedoel"),
         Para("Terugkeer in het eigen werk, zo nodig aangepast. Tussendoel: 50% van de contracturen binnen twaalf weken."),
         Heading("Afspraken en activiteiten"),
         Table(["Activiteit", "Wie", "Termijn"],
               [["Aangepaste taken 2 x 2 uur", "werknemer / leidinggevende", "direct"],
                ["Werkplekonderzoek", "werkgever", "binnen 4 weken"],
                ["Evaluatie plan van aanpak", "casemanager", "elke 6 weken"],
                ["Vervolgconsult bedrijfsarts", "bedrijfsarts", "over 6 weken"]]),
         Heading("Visie werkgever"), Para("Werkgever steunt een geleidelijke terugkeer en past de taken aan."),
         Heading("Visie werknemer"), Para("Werknemer kan zich vinden in de afspraken en wil zo snel mogelijk opbouwen.")]
    if long:
        b += [Heading("Toelichting op de activiteiten")] + filler(rng, "werk", 4) + filler(rng, "verloop", 3)
        b += [Heading("Evaluatiemomenten")] + filler(rng, "verloop", 3)
    b += [Signatures([Sig("Werkgever", c.cm, c.cm_func, ds), Sig("Werknemer", c.name, "", ds)])]
    return b


def eval_body(c: Case, d: dt.date, rng, n: int, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    return [Title(f"Gespreksverslag evaluatie plan van aanpak ({n}e evaluatie)"), idf(c),
            Fields([("Datum gesprek", ds), ("Aanwezig", f"{c.name}, {c.cm}")]),
            Heading("Voortgang sinds vorige evaluatie")] + filler(rng, "verloop", 2) + [
            Heading("Zijn de afspraken nagekomen?"),
            Para("Ja, grotendeels. De uitbreiding van uren verloopt trager dan gepland."),
            Heading("Nieuwe afspraken"),
            Bullets(["Uitbreiding naar 3 x 4 uur per week.", "Volgende evaluatie over zes weken."]),
            Signatures([Sig("Casemanager", c.cm, c.cm_func, ds), Sig("Werknemer", c.name, "", ds)])]


def bijst_pa_body(c: Case, d: dt.date, rng, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    return [Title("Bijstelling probleemanalyse"), idf(c),
            Para("Naar aanleiding van het consult van vandaag stel ik de probleemanalyse bij. De belastbaarheid is "
                 "gewijzigd ten opzichte van de eerdere analyse."),
            Heading("Herziene belastbaarheid")] + filler(rng, "mogelijkheden", 2) + [
            Heading("Advies"),
            Para("Bespreek in de eerstvolgende evaluatie een bijstelling van het plan van aanpak."),
            Signatures([Sig("Bedrijfsarts", c.ba, f"bedrijfsarts, BIG {c.big}", ds)])]


def bijst_pva_body(c: Case, d: dt.date, rng, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    return [Title("Bijstelling plan van aanpak"), idf(c),
            Heading("Aanleiding"),
            Para("Uit de eerstejaarsevaluatie en het arbeidsdeskundig onderzoek blijkt dat terugkeer in het eigen werk "
                 "niet haalbaar is. Het re-integratiedoel wordt daarom gewijzigd."),
            Heading("Nieuw doel"), Para("Spoor 1: aangepaste taken voor 16 uur. Spoor 2: werk bij een andere werkgever."),
            Heading("Gewijzigde afspraken"),
            Bullets(["Inzet re-integratiebureau voor het tweede spoor.", "Evaluatie elke zes weken blijft."]),
            Signatures([Sig("Werkgever", c.cm, c.cm_func, ds), Sig("Werknemer", c.name, "", ds)])]


def eje_body(c: Case, d: dt.date, rng, long: bool, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    b = [Title("Eerstejaarsevaluatie", "evaluatie na het eerste ziektejaar"), idf(c),
         Heading("Terugblik eerste ziektejaar")] + filler(rng, "verloop", 3 if long else 1) + [
         Heading("Beoogd re-integratieresultaat tweede ziektejaar"),
         Para("Duurzame plaatsing in passend werk, bij voorkeur deels binnen de eigen organisatie."),
         Heading("Hoe gaan we dat bereiken?"),
         Bullets(["Arbeidsdeskundig onderzoek afronden.", "Start tweede spoor binnen zes weken.",
                  "Aangepaste eigen taken voortzetten."]),
         Heading("Visie werkgever"), Para("Werkgever ziet onvoldoende perspectief in het eigen werk."),
         Heading("Visie werknemer"), Para("Werknemer is het eens met de koers, en wil ook buiten de organisatie kijken.")]
    if long:
        b += [Heading("Werk en taken")] + filler(rng, "werk", 4)
        b += [Heading("Mogelijkheden")] + filler(rng, "mogelijkheden", 4)
        b += [Heading("Tweede spoor")] + filler(rng, "spoor2", 3)
    b += [Signatures([Sig("Werkgever", c.cm, c.cm_func, ds), Sig("Werknemer", c.name, "", ds)])]
    return b


def ad_body(c: Case, d: dt.date, rng, long: bool, onderzoek: dt.date) -> list:
    b = [Title("Arbeidsdeskundig rapport", "onderzoek naar functiebelasting en belastbaarheid"), idf(c),
         Fields([("Arbeidsdeskundige", f"{c.ad}, register-arbeidsdeskundige"), ("Opdrachtgever", c.werkgever),
                 ("Datum onderzoek", nl(onderzoek))]),
         Heading("1. Vraagstelling"),
         Para("Is werknemer geschikt voor het eigen werk? Zo niet, is er passend werk binnen de organisatie (spoor 1) "
              "of moet spoor 2 worden ingezet?"),
         Heading("2. Functiebelasting")] + filler(rng, "werk", 5 if long else 2) + [
         Heading("3. Belastbaarheid")] + filler(rng, "mogelijkheden", 5 if long else 2) + [
         Heading("4. Matching belasting en belastbaarheid"),
         Table(["Aspect", "Belasting", "Belastbaarheid", "Knelpunt"],
               [["Tillen", "frequent > 15 kg", "incidenteel 10 kg", "ja"],
                ["Werktijden", "wisselende diensten", "dagdiensten", "ja"],
                ["Klantcontact", "regelmatig", "geen beperking", "nee"]])]
    if long:
        b += [Heading("5. Mogelijkheden binnen de organisatie (spoor 1)")] + filler(rng, "passend", 4)
        b += [Heading("6. Arbeidsmarkt en spoor 2")] + filler(rng, "spoor2", 5)
        b += [Heading("7. Loonwaarde")] + [Para("De loonwaarde in aangepaste taken schat ik op ongeveer 60%.")]
        b += filler(rng, "werk", 4) + filler(rng, "verloop", 4)
    b += [Heading("Conclusie en advies"),
          Para("Werknemer is niet geschikt voor het eigen werk. Aangepast werk is beperkt mogelijk. Ik adviseer "
               "spoor 2 in te zetten naast de aangepaste eigen taken."),
          Signatures([Sig("Arbeidsdeskundige", c.ad, "register-arbeidsdeskundige", f"Datum rapport: {nl(d)}")])]
    return b


def izp_body(c: Case, d: dt.date, rng, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    return [Title("Inzetbaarheidsprofiel", "functionele mogelijkheden en beperkingen"), idf(c),
            Table(["Rubriek", "Beperkt", "Toelichting"],
                  [["I Persoonlijk functioneren", "ja", "concentratie wisselend"],
                   ["II Sociaal functioneren", "nee", "normaalwaarde"],
                   ["III Aanpassing aan fysieke omgevingseisen", "nee", ""],
                   ["IV Dynamische handelingen", "ja", "tillen max. 10 kg"],
                   ["V Statische houdingen", "ja", "staan max. 30 minuten aaneen"],
                   ["VI Werktijden", "ja", "geen nachtdiensten, max. 6 uur per dag"]]),
            Signatures([Sig("Bedrijfsarts", c.ba, f"bedrijfsarts, BIG {c.big}", ds)])]


def ao_body(c: Case, d: dt.date, rng, long: bool = False, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    b = [Title("Actueel oordeel", "bij de probleemanalyse, ten behoeve van de WIA-aanvraag"), idf(c),
         Heading("Stand van zaken"),
         Para("Werknemer werkt momenteel 12 uur per week in aangepaste taken. De belastbaarheid is stabiel."),
         Heading("Belastbaarheid")] + filler(rng, "mogelijkheden", 3 if long else 1) + [
         Heading("Arbeidsrelatie"), Para("Er zijn mij geen signalen van een verstoorde arbeidsrelatie bekend."),
         Heading("Passende arbeid bij de werkgever"),
         Para("Passende arbeid is aanwezig voor de huidige uren; uitbreiding wordt niet verwacht.")]
    if long:
        b += [Heading("Verloop van de re-integratie")] + filler(rng, "verloop", 5) + filler(rng, "passend", 3)
    b += [Signatures([Sig("Bedrijfsarts", c.ba, f"bedrijfsarts, BIG {c.big}", ds)])]
    return b


def ev_body(c: Case, d: dt.date, rng, long: bool, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    b = [Title("Eindevaluatie", "van het plan van aanpak, ten behoeve van de WIA-aanvraag"), idf(c),
         Heading("Aard van het bedrijf"), Para(c.aard),
         Heading("Terugblik op twee jaar re-integratie")] + filler(rng, "verloop", 4 if long else 1) + [
         Heading("Kwaliteit van de arbeidsrelatie")] + filler(rng, "relatie", 1) + [
         Heading("Passende arbeid")] + filler(rng, "passend", 1)
    if long:
        b += [Heading("Spoor 1")] + filler(rng, "werk", 4) + filler(rng, "passend", 3)
        b += [Heading("Spoor 2")] + filler(rng, "spoor2", 5)
        b += [Heading("Conclusie")] + filler(rng, "relatie", 2)
    b += [Signatures([Sig("Werkgever", c.cm, c.cm_func, ds), Sig("Werknemer", c.name, "", ds)])]
    return b


def ow_body(c: Case, d: dt.date, rng, datestr: str | None = None, agree: bool = True) -> list:
    ds = datestr or nl(d)
    return [Title("Oordeel van de werknemer", "over het re-integratieverslag"), idf(c),
            Para("Ik heb een kopie van alle stukken van het re-integratieverslag ontvangen."),
            Para("Ik ben het eens met de inhoud van het re-integratieverslag." if agree else
                 "Ik ben het niet eens met het actueel oordeel: volgens mij kan ik minder uren werken dan daar staat."),
            Para("Mijn mening over de inspanningen: mijn werkgever heeft zich goed ingezet; het tweede spoor kwam laat op gang."),
            Signatures([Sig("Werknemer", c.name, "", ds)])]


def traject_body(c: Case, d: dt.date, rng, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    return [Title("Trajectplan tweede spoor", "na intake"), idf(c),
            Fields([("Loopbaancoach", c.coach), ("Opdrachtgever", c.werkgever), ("Looptijd", "6 maanden")]),
            Heading("Persoonsprofiel")] + filler(rng, "werk", 1) + [
            Heading("Zoekprofiel"), Para("Administratief-logistieke functies, dagdiensten, 20-24 uur, reisafstand 30 km."),
            Heading("Activiteiten"), Bullets(["Arbeidsmarktoriëntatie", "Sollicitatietraining", "Netwerkgesprekken",
                                              "Vacatures zoeken en bespreken"]),
            Signatures([Sig("Loopbaancoach", c.coach, "re-integratieadviseur", ds), Sig("Werknemer", c.name, "", ds)])]


def voortgang_body(c: Case, d: dt.date, rng, start: dt.date, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    return [Title("Voortgangsrapportage tweede spoor"), idf(c),
            Fields([("Rapportageperiode", f"{nl(start)} t/m {nl(d - dt.timedelta(days=3))}"),
                    ("Loopbaancoach", c.coach)]),
            Heading("Activiteiten in deze periode")] + filler(rng, "spoor2", 2) + [
            Table(["Activiteit", "Aantal"], [["Sollicitaties", "6"], ["Netwerkgesprekken", "2"], ["Coachgesprekken", "4"]]),
            Heading("Vervolg"), Para("Het traject loopt door; volgende rapportage over drie maanden."),
            Signatures([Sig("Loopbaancoach", c.coach, "re-integratieadviseur", ds)])]


def eind2_body(c: Case, d: dt.date, rng, long: bool, datestr: str | None = None) -> list:
    ds = datestr or nl(d)
    b = [Title("Eindrapportage tweede spoor"), idf(c), Fields([("Loopbaancoach", c.coach)]),
         Heading("Resultaat traject"),
         Para("Het traject is afgesloten zonder plaatsing bij een andere werkgever.")] + filler(rng, "spoor2", 4 if long else 2)
    if long:
        b += [Heading("Verloop per fase")] + filler(rng, "spoor2", 6) + filler(rng, "verloop", 4)
    b += [Heading("Advies"), Para("Wij adviseren werkgever de aangepaste eigen taken voort te zetten."),
          Signatures([Sig("Loopbaancoach", c.coach, "re-integratieadviseur", ds)])]
    return b


def uwv88_body(c: Case, d: dt.date) -> list:
    return [Fields([("Datum", nl(d)), ("Ons kenmerk", f"WIA-{c.bsn[-4:]}-88"), ("Onderwerp", "U kunt een WIA-uitkering aanvragen")]),
            Para(f"Beste {c.name},"),
            Para(f"U bent sinds {nl(c.d0)} ziek. Over enige tijd eindigt de wachttijd. U kunt dan een WIA-uitkering "
                 "aanvragen. Doe dit uiterlijk op de datum hieronder. Uw werkgever stelt met u het re-integratieverslag op."),
            Fields([("BSN", g.fmt_bsn(c.bsn)), ("Uiterste aanvraagdatum", nl(c.d0 + dt.timedelta(days=7 * 93 - 1)))]),
            Para("Met vriendelijke groet,"), Para("UWV")]


def ziekmelding_body(c: Case, d: dt.date) -> list:
    return [Fields([("Datum", nl(d)), ("Onderwerp", "Bevestiging ziekmelding (melding na 42 weken)")]),
            Para(f"Geachte heer/mevrouw, wij hebben de ziekmelding van uw werknemer {c.name} ontvangen. "
                 "U meldde deze ziekte na 42 weken ziekte."),
            Fields([("BSN", g.fmt_bsn(c.bsn)), ("Eerste ziektedag", nl(c.d0)), ("Loonheffingennummer", c.lhn)]),
            Para("In deze brief leest u wat u als werkgever moet doen, zoals de eerstejaarsevaluatie."),
            Para("Met vriendelijke groet, UWV")]


def mi_body(c: Case, d: dt.date, specialist: str, spec: str, hosp: str) -> list:
    return [Fields([("Aan", f"{c.ba}, bedrijfsarts"), ("Betreft", f"{c.name}, geb. {nl(c.dob)}"),
                    ("Datum", nl(d))]),
            Para("Geachte collega,"),
            Para("Uw patiënt is op onze polikliniek gezien. Anamnese: sinds ruim een jaar toenemende klachten. "
                 "Bij onderzoek beperkte flexie. Aanvullend MRI: degeneratieve afwijkingen."),
            Para("Diagnose: status na hernia nuclei pulposi L5-S1, recidief. Beleid: conservatief, fysiotherapie, "
                 "medicatie pregabaline 75 mg 2dd. Controle over drie maanden."),
            Para("Met collegiale groet,"), Para(f"{specialist}, {spec}, {hosp}")]


# ------------------------------------------------------------------ non-RIV look-alikes


def invoice_body(c: Case, d: dt.date, org: str) -> list:
    return [Title("Factuur", f"factuurnummer {d.year}-{d.month:02d}{d.day:02d}-117"),
            Fields([("Factuurdatum", nl(d)), ("Debiteur", c.werkgever), ("Betreft", f"Training heftruck (re-integratie {c.name})")]),
            Para("In het kader van het plan van aanpak en de afspraken uit de evaluatie (spoor 1) volgde deelnemer "
                 "de training Heftruck veilig werken."),
            Table(["Omschrijving", "Aantal", "Bedrag"], [["Training 2 dagdelen", "1", "€ 495,00"],
                                                         ["Certificaat", "1", "€ 35,00"], ["BTW 21%", "", "€ 111,30"],
                                                         ["Totaal", "", "€ 641,30"]]),
            Para(f"Gelieve binnen 30 dagen te betalen onder vermelding van het factuurnummer. {org}")]


def verzuim_export_body(c: Case, rows: list[list[str]]) -> list:
    return [Title("Verzuimoverzicht medewerker", "export HR-systeem"),
            Fields([("Medewerker", c.name), ("Personeelsnr.", "004417"), ("Afdeling", "Planning & Transport")]),
            Table(["Datum", "Gebeurtenis", "Status"], rows),
            Para("Dit overzicht is automatisch gegenereerd en bevat geen inhoudelijke documenten.")]


def long_doc(path: Path, c: Case, upto: dt.date, extra: int, lang: str, style: Style, kind: str, cover, toc, body, **kw):
    """A long document: cover + TOC pages, then the body padded with a contact log and more text before the
    closing signatures, so the signature and date land on the last page."""
    rng = rng_for(path.name, "pad")
    n = 14 + extra
    span = max(1, (upto - c.d0).days - 3)
    days = sorted({rng.randrange(3, span) for _ in range(n)})
    if lang == "en":
        ev = ["video call with employee", "meeting with manager", "consultation occupational physician",
              "email about schedule", "evaluation meeting", "phone call, progress", "visit to the office"]
        log = Table(["Date", "Contact", "Outcome"], [[(c.d0 + dt.timedelta(days=x)).isoformat(), rng.choice(ev),
                                                     rng.choice(["as agreed", "follow-up planned", "no change"])] for x in days])
        extra_blocks = [Heading("Contact log")] + [log, Heading("Further notes")] + filler(rng, "course", extra, EN_POOL)
    else:
        ev = ["telefonisch contact werknemer", "spreekuur bedrijfsarts", "gesprek casemanager", "huisbezoek",
              "evaluatiegesprek", "mail over rooster", "overleg leidinggevende", "werkplekbezoek"]
        log = Table(["Datum", "Contactmoment", "Uitkomst"], [[g.fmt_date(c.d0 + dt.timedelta(days=x), "dash"), rng.choice(ev),
                                                             rng.choice(["afspraken bevestigd", "vervolg gepland", "geen wijziging", "opbouw loopt"])] for x in days])
        topics = ["verloop", "werk", "mogelijkheden", "passend", "relatie", "spoor2"]
        extra_blocks = [Heading("Overzicht contactmomenten"), log, Heading("Aanvullende toelichting")]
        for i in range(extra):
            extra_blocks += filler(rng, topics[i % len(topics)], 1)
    assert isinstance(body[-1], Signatures)
    return w.long_pdf(path, TMP, style, kind, cover, toc, body[:-1] + extra_blocks + body[-1:], **kw)


# ------------------------------------------------------------------ helpers for mails


def att_bytes(path: Path, name: str | None = None) -> g.Attachment:
    return g.attachment_from(path, name)


def hdr(frm: str, to: str, subj: str, d: dt.date, mid: str, hour: int = 10) -> dict[str, str]:
    return {"From": frm, "To": to, "Subject": subj, "Date": g.mail_date(d, hour, 7), "Message-ID": f"<{mid}>",
            "MIME-Version": "1.0"}


def rng_for(*parts) -> random.Random:
    return random.Random("|".join(map(str, parts)))


# ================================================================== case A: transport, long documents


def case_a() -> Case:
    d0 = D(2024, 3, 4)
    emp = employer_style("hollandia", "Hollandia Wegtransport B.V.", ("Hanzelaan 220, 8017 JG Zwolle", "KvK 51234567"),
                         accent=(170, 20, 20))
    c = Case("hollandia", d0, "Ruud Veldkamp", "de heer Veldkamp", bsn_for("c7-hollandia"), D(1971, 6, 23),
             "Chauffeur internationaal transport", "40 uur per week", "Hollandia Wegtransport B.V.",
             "Hanzelaan 220, 8017 JG Zwolle",
             "Hollandia Wegtransport is een familiebedrijf in wegtransport en warehousing met 140 medewerkers, "
             "waarvan 95 chauffeurs.", "851234567L01", "Jolanda Brink", "HR-adviseur / casemanager",
             "M.E. Tromp", "49061234501", ARBO_KOMPAS, ad="P. Smeenk",
             ad_org=Style("werkvermogen", "Bureau Werkvermogen", ("Deventerstraat 8, 8021 Zwolle",), font="serif",
                          accent=(60, 90, 40), letterhead="right", footer="Bureau Werkvermogen — arbeidsdeskundig advies"),
             bureau=Style("nieuweroute", "Nieuwe Route Re-integratie", ("Postbus 77, 8000 AB Zwolle",),
                          accent=(220, 120, 0), letterhead="band", footer="Nieuwe Route · spoor 2"),
             coach="Lisa Harmsen")
    c.employer = emp  # type: ignore[attr-defined]
    return c


def build_a(c: Case) -> dict:
    base = FILES / "hollandia-veldkamp"
    k = "hollandia"
    d = {"pa": wk(c.d0, 5, 3), "pva": wk(c.d0, 7, 1), "ev1": wk(c.d0, 13, 2), "ev2": wk(c.d0, 24, 3),
         "ad": wk(c.d0, 47, 2), "eje": wk(c.d0, 50, 1), "izp": wk(c.d0, 86, 0), "uwv42": wk(c.d0, 43, 2),
         "traj": wk(c.d0, 56, 3), "vg1": wk(c.d0, 68, 4), "eind2": wk(c.d0, 87, 2), "uwv88": wk(c.d0, 88, 1),
         "ao": wk(c.d0, 89, 0), "ev": wk(c.d0, 90, 3), "ow": wk(c.d0, 91, 2), "mi": wk(c.d0, 30, 2),
         "inv": wk(c.d0, 20, 4)}
    # 1 long PA under cover + toc
    long_doc(base / "Rapportage bedrijfsarts april 2024.pdf", c, d["pa"], 5, "nl", c.arbo, "Rapportage bedrijfsarts",
               [("Medewerker", c.name), ("Werkgever", c.werkgever), ("Dossier", "ARK-24-0318"),
                ("Status", "definitief")],
               ["Aanleiding", "Beperkingen en mogelijkheden", "Prognose", "Advies", "Werkgerelateerde factoren",
                "Verloop", "Toelichting voor werkgever"],
               pa_body(c, d["pa"], rng_for(k, "pa"), long=True),
               note="Dit rapport bevat geen medische gegevens en is bestemd voor werkgever en werknemer.")
    label("hollandia-veldkamp/Rapportage bedrijfsarts april 2024.pdf", "probleemanalyse", d["pa"],
          "hollandia: long PA (cover page + table of contents, title on page 3, signature and date on the last page)")
    # 2 long PvA
    long_doc(base / "PvA_Veldkamp_def.pdf", c, d["pva"], 12, "nl", c.employer, "Re-integratiedossier\nR. Veldkamp",
               [("Onderdeel", "2"), ("Versie", "definitief"), ("Printdatum", nl(d["pva"] + dt.timedelta(days=40)))],
               ["Gegevens", "Re-integratiedoel", "Afspraken en activiteiten", "Visie werkgever", "Visie werknemer",
                "Toelichting", "Evaluatiemomenten", "Ondertekening"],
               pva_body(c, d["pva"], rng_for(k, "pva"), long=True))
    label("hollandia-veldkamp/PvA_Veldkamp_def.pdf", "plan_van_aanpak", d["pva"],
          "hollandia: long PvA under an employer cover 'Re-integratiedossier' with a later print date on the cover; signed on last page")
    # 3 evaluation with tracked changes and comments
    from docx import Document

    doc = Document()
    x = w.DocxExtra(doc, c.cm, dt.datetime(2024, 6, 1, 9, 0))
    doc.add_paragraph(c.werkgever).runs[0].bold = True
    doc.add_paragraph("Verslag evaluatiegesprek plan van aanpak").runs[0].bold = True
    doc.add_paragraph(f"Werknemer: {c.name}    BSN: {g.fmt_bsn(c.bsn)}    Eerste ziektedag: {nl(c.d0)}")
    doc.add_paragraph(f"Datum gesprek: {nl(d['ev1'])}")
    x.tracked([("", "Werknemer werkt nu "), ("del", "2 x 2 uur"), ("ins", "3 x 3 uur"), ("", " per week in aangepaste taken (planning op kantoor).")])
    p = x.tracked([("", "De afspraken uit het plan van aanpak zijn nagekomen."), ("ins", " Het werkplekonderzoek is uitgevoerd.")])
    x.comment(p, "Kun je hier de datum van het werkplekonderzoek bij zetten?", "JB")
    x.tracked([("", "Nieuwe afspraak: uitbreiden naar 4 x 4 uur. Volgende evaluatie "), ("del", "over vier weken"), ("ins", "over zes weken"), ("", ".")])
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Ondertekening"
    for i, (r, n) in enumerate([("Casemanager", c.cm), ("Werknemer", c.name)], 1):
        t.cell(i, 0).text = r
        t.cell(i, 1).text = n
        t.cell(i, 2).text = f"getekend {g.fmt_date(d['ev1'], 'dash')}"
    w.save_docx(doc, base / "verslag 6wk gesprek juni.docx", c.cm)
    label("hollandia-veldkamp/verslag 6wk gesprek juni.docx", "tussentijdse_evaluatie", d["ev1"],
          "hollandia: evaluation in DOCX with tracked changes (w:ins/w:del), a comment and a merged-cell signature table")
    # 4 poor scan of second evaluation, date in words
    g.write_scan_pdf(base / "scan_0413.pdf", eval_body(c, d["ev2"], rng_for(k, "ev2"), 2, words(d["ev2"])), c.employer,
                     rotate_deg=1.9, noise=1.3, jpeg_quality=28, dpi=100)
    label("hollandia-veldkamp/scan_0413.pdf", "tussentijdse_evaluatie", d["ev2"],
          "hollandia: low-resolution noisy skewed scan; date written in words")
    # 5 long AD report 12 pages
    long_doc(base / "AD rapport Smeenk.pdf", c, d["ad"], 34, "nl", c.ad_org, "Rapport", [("Cliënt", c.name), ("Opdrachtgever", c.werkgever),
               ("Kenmerk", "BW-2025-031")],
               ["Vraagstelling", "Functiebelasting", "Belastbaarheid", "Matching", "Spoor 1", "Spoor 2",
                "Loonwaarde", "Conclusie en advies"],
               ad_body(c, d["ad"], rng_for(k, "ad"), long=True, onderzoek=d["ad"] - dt.timedelta(days=15)))
    label("hollandia-veldkamp/AD rapport Smeenk.pdf", "arbeidsdeskundig_rapport", d["ad"],
          "hollandia: long AD report under a cover reading only 'Rapport'; onderzoek date earlier than report date on last page")
    # 6 long EJE
    long_doc(base / "Eerstejaars Veldkamp.pdf", c, d["eje"], 10, "nl", c.employer, "Evaluatie\nre-integratie", [("Medewerker", c.name)],
               ["Terugblik", "Beoogd resultaat", "Aanpak", "Visie werkgever", "Visie werknemer", "Werk en taken",
                "Mogelijkheden", "Tweede spoor"],
               eje_body(c, d["eje"], rng_for(k, "eje"), long=True))
    label("hollandia-veldkamp/Eerstejaars Veldkamp.pdf", "eerstejaarsevaluatie", d["eje"],
          "hollandia: long EJE under cover + TOC, signatures on last page")
    # 7 IZP
    g.write_pdf(base / "Bijlage 1.pdf", izp_body(c, d["izp"], rng_for(k, "izp")), c.arbo)
    label("hollandia-veldkamp/Bijlage 1.pdf", "inzetbaarheidsprofiel", d["izp"], "hollandia: IZP saved as 'Bijlage 1'")
    # 8 fax from orthopedic surgeon (medical)
    fax = f"fax {d['mi']:%Y%m%d}.pdf"
    w.write_fax_pdf(base / fax, mi_body(c, d["mi"], "dr. K. Oosterveld", "orthopedisch chirurg",
                                                     "Ziekenhuis Vechtdal (fictief)"),
                    Style("isz", "Ziekenhuis Vechtdal (fictief)", ("Polikliniek Orthopedie",), font="serif"),
                    header=f"{g.fmt_date(d['mi'], 'dot')} 14:22  VAN: 038-5550199  AAN: ARBO KOMPAS", standard=True)
    label("hollandia-veldkamp/" + fax, "medische_informatie", d["mi"],
          "hollandia: specialist letter (diagnosis, medication) sent by fax in standard resolution; must be flagged medical")
    # 9 invoice
    g.write_pdf(base / "Factuur training.pdf", invoice_body(c, d["inv"], "Transport Opleidingen Oost B.V."),
                Style("too", "Transport Opleidingen Oost B.V.", ("IBAN NL00 TEST 0123 4567 89",), accent=(0, 0, 0)))
    label("hollandia-veldkamp/Factuur training.pdf", "", d["inv"],
          "hollandia: training invoice naming plan van aanpak / evaluatie / spoor 1 (non-RIV look-alike)")
    # 10 verzuimoverzicht
    rows = [[g.fmt_date(d[key], "dash"), ev, "afgerond"] for key, ev in
            [("pa", "Probleemanalyse ontvangen"), ("pva", "Plan van aanpak getekend"), ("uwv42", "42e-weeksmelding"),
             ("eje", "Eerstejaarsevaluatie"), ("ao", "Actueel oordeel"), ("ev", "Eindevaluatie")]]
    g.write_pdf(base / "Verzuimoverzicht export.pdf", verzuim_export_body(c, rows),
                Style("afas", "HR-portaal Hollandia", (), font="condensed", letterhead="none", footer="Afgedrukt door J. Brink"))
    label("hollandia-veldkamp/Verzuimoverzicht export.pdf", "", None,
          "hollandia: HR absence overview listing every RIV milestone (non-RIV look-alike)")
    # 11 AO with misleading file name
    g.write_pdf(base / "PA update 2025.pdf", ao_body(c, d["ao"], rng_for(k, "ao")), c.arbo)
    label("hollandia-veldkamp/PA update 2025.pdf", "actueel_oordeel", d["ao"],
          "hollandia: actueel oordeel behind a misleading file name 'PA update'")
    # 12 long EV
    long_doc(base / "Eindevaluatie Veldkamp.pdf", c, d["ev"], 14, "nl", c.employer, "Re-integratieverslag\ndeel werkgever",
               [("Medewerker", c.name), ("Werkgever", c.werkgever)],
               ["Aard van het bedrijf", "Terugblik", "Arbeidsrelatie", "Passende arbeid", "Spoor 1", "Spoor 2",
                "Conclusie", "Ondertekening"],
               ev_body(c, d["ev"], rng_for(k, "ev"), long=True))
    label("hollandia-veldkamp/Eindevaluatie Veldkamp.pdf", "eindevaluatie", d["ev"],
          "hollandia: long EV under a cover reading 'Re-integratieverslag deel werkgever'")
    # 13 phone photo of the employee's view, EXIF date later than signing date
    taken = dt.datetime.combine(d["ow"] + dt.timedelta(days=3), dt.time(20, 15, 44))
    photo = f"IMG_{taken:%Y%m%d_%H%M%S}.jpg"
    g.write_photo_jpg(base / photo, ow_body(c, d["ow"], rng_for(k, "ow"), g.fmt_date(d["ow"], "dash")),
                      Style("plain", "", (), letterhead="none", font="serif"),
                      taken=taken, tilt=0.11, orientation=6, quality=45)
    label("hollandia-veldkamp/" + photo, "oordeel_werknemer", d["ow"],
          "hollandia: phone photo at an angle (EXIF orientation 6); EXIF date later than the signing date")
    # 14 trajectplan, 15 voortgang, 16 eindrapportage in nested forward
    g.write_pdf(base / "Trajectplan NR.pdf", traject_body(c, d["traj"], rng_for(k, "traj")), c.bureau)
    label("hollandia-veldkamp/Trajectplan NR.pdf", "trajectplan_tweede_spoor", d["traj"], "hollandia: bureau trajectplan")
    g.write_pdf(base / "rapportage 1.pdf", voortgang_body(c, d["vg1"], rng_for(k, "vg1"), d["traj"]), c.bureau)
    label("hollandia-veldkamp/rapportage 1.pdf", "voortgangsrapportage_tweede_spoor", d["vg1"], "hollandia: progress report")
    e = g.write_pdf(TMP / "Eindrapportage_Veldkamp.pdf", eind2_body(c, d["eind2"], rng_for(k, "e2"), long=False), c.bureau)
    inner = g.build_message(hdr("Lisa Harmsen <lisa@nieuweroute.example>", "Jolanda Brink <j.brink@hollandia.example>",
                                "Eindrapportage R. Veldkamp", d["eind2"], "e2@nieuweroute.example"),
                            "Beste Jolanda,\n\nBijgaand de eindrapportage van het traject.\n\nGroet, Lisa", [att_bytes(e)])
    mid = g.build_message(hdr("Jolanda Brink <j.brink@hollandia.example>", "M.E. Tromp <tromp@arbokompas.example>",
                              "FW: Eindrapportage R. Veldkamp", d["eind2"] + dt.timedelta(days=1), "fw1@hollandia.example"),
                          "Ter info, voor je actueel oordeel.\n\nJolanda",
                          [g.Attachment("Eindrapportage R. Veldkamp.eml", inner, "message/rfc822")])
    g.write_eml(base / "FW_ FW_ Eindrapportage.eml",
                hdr("M.E. Tromp <tromp@arbokompas.example>", "Jolanda Brink <j.brink@hollandia.example>",
                    "FW: FW: Eindrapportage R. Veldkamp", d["eind2"] + dt.timedelta(days=6), "fw2@arbokompas.example"),
                "Jolanda, hierbij terug met mijn akkoord, graag in het RIV opnemen.\n\nM. Tromp",
                [g.Attachment("FW Eindrapportage R. Veldkamp.eml", mid, "message/rfc822")])
    label("hollandia-veldkamp/FW_ FW_ Eindrapportage.eml", "", d["eind2"] + dt.timedelta(days=6),
          "hollandia: cover mail of a nested forward (mail in mail in mail)")
    label("hollandia-veldkamp/FW_ FW_ Eindrapportage.eml::FW Eindrapportage R. Veldkamp.eml::Eindrapportage R. Veldkamp.eml::Eindrapportage_Veldkamp.pdf",
          "eindrapportage_tweede_spoor", d["eind2"], "hollandia: eindrapportage two forwards deep")
    g.write_pdf(base / "UWV brief.pdf", uwv88_body(c, d["uwv88"]), UWV)
    label("hollandia-veldkamp/UWV brief.pdf", "uwv_correspondentie", d["uwv88"], "hollandia: week-88 WIA letter")
    g.write_pdf(base / "bevestiging UWV 42.pdf", ziekmelding_body(c, d["uwv42"]), UWV)
    label("hollandia-veldkamp/bevestiging UWV 42.pdf", "ziekmelding_uwv", d["uwv42"],
          "hollandia: UWV confirmation of the 42nd-week report; mentions the eerstejaarsevaluatie")
    return d


# ================================================================== case B: care, export bundle, forms


def case_b() -> Case:
    c = Case("lindehof", D(2024, 1, 15), "Fatima el Idrissi", "mevrouw El Idrissi", bsn_for("c7-lindehof"),
             D(1986, 11, 2), "Verzorgende IG", "28 uur per week", "Stichting Zorggroep De Lindehof",
             "Lindelaan 2, 7315 AB Apeldoorn",
             "Zorggroep De Lindehof biedt ouderenzorg (verpleeghuis en wijkzorg) op vier locaties met 620 medewerkers.",
             "812345678L02", "Annelies de Graaf", "teamleider en casemanager verzuim", "R.J. Meijerink",
             "19054321801", VITAAL, coach="Bas Nijhof",
             bureau=Style("werkpad", "Werkpad Loopbaan & Re-integratie", ("Vosselmanstraat 300, Apeldoorn",),
                          font="sans", accent=(90, 40, 140), letterhead="right", footer="Werkpad · loopbaan en re-integratie"))
    c.employer = employer_style("lindehof", "Zorggroep De Lindehof", ("Lindelaan 2, 7315 AB Apeldoorn",),  # type: ignore[attr-defined]
                                accent=(20, 110, 60), font="serif")
    return c


def build_b(c: Case) -> dict:
    base = FILES / "lindehof-elidrissi"
    k = "lindehof"
    d = {"pa": wk(c.d0, 6, 0), "pva": wk(c.d0, 7, 3), "ev1": wk(c.d0, 14, 1), "bpa": wk(c.d0, 27, 2),
         "eje": wk(c.d0, 48, 3), "bpva": wk(c.d0, 52, 1), "traj": wk(c.d0, 55, 2), "vg1": wk(c.d0, 66, 3),
         "vg2": wk(c.d0, 78, 3), "eind2": wk(c.d0, 88, 0), "uwv42": wk(c.d0, 43, 1), "ao": wk(c.d0, 89, 1),
         "ev": wk(c.d0, 90, 2), "ow": wk(c.d0, 91, 4), "wia": wk(c.d0, 108, 2), "mi": wk(c.d0, 60, 1)}
    # 1 dossierexport bundle: export cover, PA, bijstelling PA, IZP (labelled as its first document, the PA)
    parts = [w.export_cover_pdf(TMP / "exp_cover.pdf", c.arbo,
                                [f"Dossierexport werknemer {c.name} (BSN {g.fmt_bsn(c.bsn)})",
                                 f"Werkgever: {c.werkgever}", f"Geëxporteerd op {g.fmt_date(d['ao'] - dt.timedelta(days=9), 'dash')} 16:02 door A. de Graaf",
                                 "Alleen documenten zonder medische gegevens zijn opgenomen."],
                                [("Probleemanalyse", g.fmt_date(d["pa"], "dash")),
                                 ("Bijstelling probleemanalyse", g.fmt_date(d["bpa"], "dash")),
                                 ("Inzetbaarheidsprofiel", g.fmt_date(d["bpa"], "dash"))]),
             g.write_pdf(TMP / "exp_pa.pdf", pa_body(c, d["pa"], rng_for(k, "pa"), long=False), c.arbo),
             g.write_pdf(TMP / "exp_bpa.pdf", bijst_pa_body(c, d["bpa"], rng_for(k, "bpa")), c.arbo),
             g.write_pdf(TMP / "exp_izp.pdf", izp_body(c, d["bpa"], rng_for(k, "izp")), c.arbo)]
    name = f"Dossierexport_VitaalWerk_{d['ao'] - dt.timedelta(days=9):%Y%m%d}.pdf"
    w.merge_pdfs(base / name, parts, "VitaalWerk Dossier 6.1 export")
    label("lindehof-elidrissi/" + name, "probleemanalyse", d["pa"],
          "lindehof: arbodienst dossierexport bundling PA + bijstelling PA + IZP behind an export index page; "
          "labelled as its first document (the PA); export date on page 1 is not the document date")
    ident = [("Naam werknemer", "naam", c.name, 7), ("BSN", "bsn", g.fmt_bsn(c.bsn), 7),
             ("Eerste ziektedag", "ezd", g.fmt_date(c.d0, "dash"), 7), ("Functie", "functie", c.functie, 7)]
    # 2 PvA as AcroForm, NeedAppearances, no appearance streams
    w.acroform_pdf(base / "PvA formulier ingevuld.pdf", c.employer, "Plan van aanpak",
                   "Formulier Zorggroep De Lindehof — in te vullen door werkgever en werknemer samen",
                   ["Vul dit formulier binnen twee weken na de probleemanalyse in. Bespreek het met de bedrijfsarts."],
                   ident + [("Re-integratiedoel", "doel", "Terugkeer in eigen functie met aangepaste taken (geen tilwerk zonder hulpmiddel).", 16),
                            ("Activiteiten en termijnen", "act", "Start met 3 x 3 uur begeleidende taken; na 6 weken uitbreiden. Fysiotherapie via eigen verzekering.", 22),
                            ("Casemanager", "cm", c.cm, 7), ("Evaluatiemomenten", "evalm", "Elke zes weken, eerste keer week 14.", 10),
                            ("Visie werkgever", "vwg", "Wij willen mevrouw graag behouden voor de afdeling.", 12),
                            ("Visie werknemer", "vwn", "Ik wil terug naar mijn eigen werk.", 12),
                            ("Datum en handtekening werkgever", "sigwg", f"{g.fmt_date(d['pva'], 'dash')}  A. de Graaf (getekend)", 8),
                            ("Datum en handtekening werknemer", "sigwn", f"{g.fmt_date(d['pva'], 'dash')}  F. el Idrissi (getekend)", 8)],
                   need_appearances=True, producer="pdf-form-filler 2.3")
    label("lindehof-elidrissi/PvA formulier ingevuld.pdf", "plan_van_aanpak", d["pva"],
          "lindehof: AcroForm filled by a script (values in /V, NeedAppearances, no appearance streams)")
    # 3 evaluation form with appearance streams
    w.acroform_pdf(base / "evaluatie_wk14.pdf", c.employer, "Evaluatieformulier", "voortgangsgesprek re-integratie",
                   [], ident + [("Datum gesprek", "datum", g.fmt_date(d["ev1"], "dash"), 7),
                                ("Voortgang", "voortgang", "Opbouw naar 3 x 4 uur gelukt. Tillen nog niet mogelijk.", 16),
                                ("Afspraken nagekomen?", "nagekomen", "Ja", 7),
                                ("Nieuwe afspraken", "nieuw", "Uitbreiden naar 4 x 4 uur; volgende evaluatie week 20.", 14),
                                ("Handtekeningen", "sig", "A. de Graaf / F. el Idrissi (beiden getekend)", 8)],
                   need_appearances=False)
    label("lindehof-elidrissi/evaluatie_wk14.pdf", "tussentijdse_evaluatie", d["ev1"],
          "lindehof: filled AcroForm with appearance streams; generic form title 'Evaluatieformulier'")
    # 4 EJE AcroForm, NeedAppearances
    w.acroform_pdf(base / "EJE formulier.pdf", c.employer, "Evaluatie eerste ziektejaar", "opschudmoment",
                   [], ident + [("Hoe is het eerste jaar verlopen?", "terug", " ".join(POOL["verloop"][:3]), 24),
                                ("Welk re-integratieresultaat streeft u na aan het einde van het tweede ziektejaar?", "res",
                                 "Passend werk, eventueel buiten de organisatie (spoor 2).", 14),
                                ("Visie werkgever", "vwg", "Spoor 2 starten naast aangepaste taken.", 10),
                                ("Visie werknemer", "vwn", "Akkoord.", 10),
                                ("Datum", "datum", g.fmt_date(d["eje"], "dash"), 7),
                                ("Handtekening werkgever / werknemer", "sig", "getekend / getekend", 8)],
                   need_appearances=True, producer="pdf-form-filler 2.3")
    label("lindehof-elidrissi/EJE formulier.pdf", "eerstejaarsevaluatie", d["eje"],
          "lindehof: EJE as AcroForm, values only in fields (NeedAppearances)")
    # 5 bijstelling PvA DOCX with tracked changes
    from docx import Document

    doc = Document()
    x = w.DocxExtra(doc, c.cm, dt.datetime(2025, 1, 8, 11, 0))
    doc.add_heading("Bijstelling plan van aanpak", 1)
    doc.add_paragraph(f"{c.name} — BSN {g.fmt_bsn(c.bsn, 'dots')} — eerste ziektedag {nl(c.d0)}")
    x.tracked([("", "Re-integratiedoel: "), ("del", "terugkeer in de eigen functie"), ("ins", "passend werk bij een andere werkgever (spoor 2), naast begeleidende taken in spoor 1"), ("", ".")])
    p = x.tracked([("", "Werkpad wordt ingeschakeld voor het tweede spoor."), ("ins", " Intake binnen drie weken.")])
    x.comment(p, "Offerte Werkpad is akkoord, zie mail van 3 januari.", "AdG")
    doc.add_paragraph(f"Datum: {nl(d['bpva'])}")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "Werkgever", "Werknemer"
    t.cell(1, 0).text, t.cell(1, 1).text = f"{c.cm} (getekend)", f"{c.name} (getekend)"
    w.save_docx(doc, base / "Bijstelling plan van aanpak.docx", c.cm)
    label("lindehof-elidrissi/Bijstelling plan van aanpak.docx", "bijstelling_plan_van_aanpak", d["bpva"],
          "lindehof: bijstelling PvA in DOCX whose goal change exists only as tracked insertion/deletion")
    # 6-8 bureau documents, 9 brochure, 10 long eindrapportage
    g.write_pdf(base / "trajectplan Werkpad.pdf", traject_body(c, d["traj"], rng_for(k, "traj")), c.bureau)
    label("lindehof-elidrissi/trajectplan Werkpad.pdf", "trajectplan_tweede_spoor", d["traj"], "lindehof: trajectplan")
    for i, key in enumerate(["vg1", "vg2"], 1):
        prev = d["traj"] if i == 1 else d["vg1"]
        nm = f"Werkpad voortgang {g.MONTHS_ABBR[d[key].month - 1].rstrip('.')}.pdf"
        g.write_pdf(base / nm, voortgang_body(c, d[key], rng_for(k, key), prev), c.bureau)
        label("lindehof-elidrissi/" + nm, "voortgangsrapportage_tweede_spoor", d[key], f"lindehof: progress report {i}")
    g.write_pdf(base / "Werkpad - zo werken wij.pdf",
                [Title("Werkpad: uw partner in het tweede spoor"),
                 Para("Werkpad begeleidt werknemers die niet terug kunnen naar hun eigen werk. Wij starten met een intake "
                      "en stellen een trajectplan op. Elke drie maanden ontvangt u een voortgangsrapportage, en aan het "
                      "eind een eindrapportage die u bij het re-integratieverslag voegt."),
                 Bullets(["Intake binnen 5 werkdagen", "Persoonlijke loopbaancoach", "Rapportages conform de eisen van UWV",
                          "No cure, less pay"]),
                 Heading("Tarieven 2025"), Table(["Traject", "Prijs"], [["Spoor 2 basis (6 mnd)", "€ 2.950"], ["Verlenging", "€ 450 / mnd"]])],
                c.bureau)
    label("lindehof-elidrissi/Werkpad - zo werken wij.pdf", "", None,
          "lindehof: re-integration bureau brochure naming trajectplan/voortgangsrapportage/eindrapportage (non-RIV)")
    long_doc(base / "Eindrapportage Werkpad.pdf", c, d["eind2"], 8, "nl", c.bureau, "Rapportage\ntraject Werkpad",
               [("Kandidaat", c.name), ("Opdrachtgever", c.werkgever), ("Periode", "spoor 2, 2025")],
               ["Resultaat traject", "Verloop per fase", "Advies"], eind2_body(c, d["eind2"], rng_for(k, "e2"), long=True))
    label("lindehof-elidrissi/Eindrapportage Werkpad.pdf", "eindrapportage_tweede_spoor", d["eind2"],
          "lindehof: long eindrapportage under a cover reading only 'Rapportage traject Werkpad'")
    # 11 AO, 12 EV (DOCX merged cells), 13 Fill & Sign OW
    g.write_pdf(base / "AO Meijerink.pdf", ao_body(c, d["ao"], rng_for(k, "ao")), c.arbo)
    label("lindehof-elidrissi/AO Meijerink.pdf", "actueel_oordeel", d["ao"], "lindehof: AO, serif centred house style, title upper case")
    g.write_docx(base / "Eindevaluatie.docx", ev_body(c, d["ev"], rng_for(k, "ev"), long=False), c.employer)
    label("lindehof-elidrissi/Eindevaluatie.docx", "eindevaluatie", d["ev"], "lindehof: EV in DOCX")
    w.fill_and_sign_pdf(base / "Oordeel werknemer - ondertekend.pdf", Style("blank", "Zorggroep De Lindehof", ("Afdeling HR",), accent=(20, 110, 60)),
                        "Oordeel werknemer", "over het re-integratieverslag (in te vullen door de werknemer)",
                        ["U mag hieronder uw mening geven over de re-integratie en over de documenten in het verslag."],
                        ident + [("Bent u het eens met het re-integratieverslag? Licht toe.", "eens",
                                  "Grotendeels eens. Ik vind dat het tweede spoor te laat is gestart.", 16),
                                 ("Heeft u een kopie van alle documenten ontvangen?", "kopie", "Ja", 7),
                                 ("Plaats en datum", "datum", f"Apeldoorn, {g.fmt_date(d['ow'], 'dash')}", 7),
                                 ("Handtekening werknemer", "sig", "", 22)],
                        sign_rect_mm=(25, 200, 110, 240), seed=41)
    label("lindehof-elidrissi/Oordeel werknemer - ondertekend.pdf", "oordeel_werknemer", d["ow"],
          "lindehof: flat form filled with Fill & Sign (FreeText annotations) and an Ink signature; values exist only in annotations")
    # 14 WIA decision, 15 job description, 16 42nd week, 17 medical letter
    g.write_pdf(base / "Beslissing UWV.pdf",
                [Fields([("Datum", nl(d["wia"])), ("Onderwerp", "Beslissing op uw aanvraag WIA-uitkering"),
                         ("BSN", g.fmt_bsn(c.bsn))]),
                 Para(f"Beste mevrouw El Idrissi, u heeft een WIA-uitkering aangevraagd. U krijgt vanaf "
                      f"{nl(c.d0 + dt.timedelta(days=728))} een WGA-loongerelateerde uitkering. U bent 58,3% arbeidsongeschikt."),
                 Para("Wij hebben het re-integratieverslag beoordeeld en vinden de re-integratie-inspanningen voldoende."),
                 Para("Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken."),
                 Para("Met vriendelijke groet, UWV")], UWV)
    label("lindehof-elidrissi/Beslissing UWV.pdf", "", d["wia"],
          "lindehof: UWV WIA decision after the wachttijd (not part of the RIV; non-RIV look-alike)")
    g.write_docx(base / "Functieomschrijving VIG.docx",
                 [Title("Functieomschrijving Verzorgende IG"), Heading("Doel van de functie"),
                  Para("Biedt persoonlijke verzorging en verpleegtechnische handelingen aan cliënten."),
                  Heading("Taken"), Bullets(["Ondersteunen bij ADL", "Medicatie toedienen", "Rapporteren in het ECD",
                                             "Tillen en verplaatsen met hulpmiddelen"]),
                  Heading("Functie-eisen"), Para("MBO-4 VIG, BIG-registratie niet vereist. Fysieke belasting: hoog.")],
                 c.employer)
    label("lindehof-elidrissi/Functieomschrijving VIG.docx", "", None, "lindehof: job description (non-RIV)")
    g.write_pdf(base / "ontvangstbevestiging.pdf", ziekmelding_body(c, d["uwv42"]), UWV)
    label("lindehof-elidrissi/ontvangstbevestiging.pdf", "ziekmelding_uwv", d["uwv42"], "lindehof: 42nd-week confirmation, generic file name")
    g.write_scan_pdf(base / "scan brief MDL.pdf",
                     mi_body(c, d["mi"], "dr. H. Postma", "revalidatiearts", "Revalidatiecentrum De Veluwezoom (fictief)"),
                     Style("rev", "Revalidatiecentrum De Veluwezoom (fictief)", ("Poli revalidatie",), font="serif"),
                     rotate_deg=-0.9, noise=0.8, dpi=100, jpeg_quality=32)
    label("lindehof-elidrissi/scan brief MDL.pdf", "medische_informatie", d["mi"],
          "lindehof: scanned specialist letter to the bedrijfsarts (medical; employer must not hold it)")
    return d


# ================================================================== case C: English employer, Word/ODT features


def case_c() -> Case:
    c = Case("northwind", D(2024, 5, 6), "Daniel Okafor", "Mr Okafor", bsn_for("c7-northwind"), D(1990, 2, 17),
             "Senior Data Engineer", "40 hours per week", "Northwind Analytics B.V.",
             "Piet Heinkade 55, 1019 GM Amsterdam",
             "Northwind Analytics is a software company (data platforms) with 210 employees in Amsterdam and Lisbon.",
             "823456789L01", "Emma Lindqvist", "People Partner (case manager)", "S. van Rijswijk", "89012345601",
             ARBOPLUS, ad="J. Mulder", coach="Yara Bouzid",
             ad_org=Style("helder", "Helder Arbeidsdeskundig Advies", ("Amstelveen",), accent=(0, 120, 170),
                          letterhead="band", footer="Helder AD · labour expert reports"),
             bureau=Style("koersvast", "Koersvast Loopbaan", ("Haarlem",), font="condensed", accent=(200, 30, 90),
                          letterhead="left", footer="Koersvast Loopbaan — re-integratie tweede spoor"))
    c.employer = employer_style("northwind", "Northwind Analytics B.V.", ("Piet Heinkade 55, Amsterdam", "People team"),  # type: ignore[attr-defined]
                                accent=(10, 40, 90))
    return c


def en_sig(role, name, func, ds):
    return Signatures([Sig(role, name, func, ds)])


def build_c(c: Case) -> dict:
    from docx import Document

    base = FILES / "northwind-okafor"
    k = "northwind"
    d = {"pa": wk(c.d0, 5, 2), "pva": wk(c.d0, 7, 0), "ev1": wk(c.d0, 9, 1), "ev2": wk(c.d0, 15, 3),
         "bpa": wk(c.d0, 15, 0), "ad": wk(c.d0, 46, 3), "eje": wk(c.d0, 49, 2), "izp": wk(c.d0, 88, 2),
         "uwv42": wk(c.d0, 43, 0), "do": wk(c.d0, 70, 1), "ao": wk(c.d0, 89, 2), "ev": wk(c.d0, 90, 1),
         "ow": wk(c.d0, 92, 0), "mi": wk(c.d0, 40, 3), "traj": wk(c.d0, 54, 1)}
    rng = rng_for(k, "all")
    # 1 English PA, US long date
    g.write_pdf(base / "Problem analysis - occupational physician.pdf",
                [Title("Problem analysis", "Probleemanalyse — assessment and advice of the occupational physician"),
                 idf(c, en=True), Heading("Reason"), Para("There is a risk of long-term absence."),
                 Heading("Limitations and possibilities")] + filler(rng, "capacity", 2, EN_POOL) + [
                 Heading("Prognosis"), Para("Partial return expected within three months."),
                 Heading("Advice"), Bullets(["Draw up a plan of approach within two weeks.", "Start with adapted duties, 3 x 2 hours."]),
                 en_sig("Occupational physician", c.ba, f"bedrijfsarts, BIG {c.big}", us(d["pa"]))], c.arbo)
    label("northwind-okafor/Problem analysis - occupational physician.pdf", "probleemanalyse", d["pa"],
          "northwind: English PA, American long date ('June 5, 2024')")
    # 2 English PvA with tracked changes + comments, ISO dates
    doc = Document()
    x = w.DocxExtra(doc, c.cm, dt.datetime(2024, 6, 17, 15, 30))
    doc.add_heading("Plan of approach (plan van aanpak)", 0)
    doc.add_paragraph(f"Employee: {c.name} | BSN {g.fmt_bsn(c.bsn, 'spaces')} | First day of absence: {c.d0.isoformat()}")
    doc.add_paragraph(f"Case manager: {c.cm}, {c.cm_func}. Occupational physician: {c.ba}.")
    doc.add_heading("Return-to-work goal", 2)
    x.tracked([("", "Return to own position "), ("del", "full time within 8 weeks"), ("ins", "with adapted duties, building up to 32 hours within 12 weeks"), ("", ".")])
    doc.add_heading("Activities and deadlines", 2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for r, row in enumerate([["Activity", "Who", "When"], ["Adapted duties, no on-call", "Manager", "from week 7"],
                             ["Workstation assessment", "People team", "within 4 weeks"], ["Evaluation", "Case manager", "every 6 weeks"]]):
        for ci, v in enumerate(row):
            t.cell(r, ci).text = v
    doc.add_heading("Views of employer and employee", 2)
    p = x.tracked([("", "Employer: supports a graded return. Employee: agrees with the plan"), ("ins", " and asks for a fixed schedule"), ("", ".")])
    x.comment(p, "Daniel asked for this in the meeting, please keep.", "EL")
    doc.add_paragraph(f"Signed by both parties on {d['pva'].isoformat()}.")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    s.cell(0, 0).merge(s.cell(0, 1)).text = "Signatures"
    s.cell(1, 0).text, s.cell(1, 1).text = f"Employer: {c.cm}", f"Employee: {c.name}"
    s.cell(2, 0).text, s.cell(2, 1).text = d["pva"].isoformat(), d["pva"].isoformat()
    w.save_docx(doc, base / "Plan v3 (tracked).docx", c.cm)
    label("northwind-okafor/Plan v3 (tracked).docx", "plan_van_aanpak", d["pva"],
          "northwind: English PvA in DOCX with tracked changes, a comment, merged cells; ISO dates")
    # 3 progress meeting: title in text box, merged cells
    doc = Document()
    x = w.DocxExtra(doc, c.cm, dt.datetime(2024, 7, 1, 9, 0))
    x.textbox([("Northwind Analytics — People team", 16, False), ("Progress meeting report", 36, True)])
    doc.add_paragraph(f"Employee: {c.name} (BSN {c.bsn})   Date of meeting: {d['ev1'].isoformat()}")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Evaluation of the plan of approach"
    t.cell(1, 0).text, t.cell(1, 1).text, t.cell(1, 2).text = "Agreement", "Done?", "Next step"
    t.cell(2, 0).text, t.cell(2, 1).text, t.cell(2, 2).text = "Adapted duties 3 x 2 h", "yes", "4 x 3 h"
    t.cell(3, 0).text, t.cell(3, 1).text, t.cell(3, 2).text = "Workstation assessment", "yes", "—"
    for para in filler(rng, "course", 2, EN_POOL):
        doc.add_paragraph(para.text)
    doc.add_paragraph(f"Signed: {c.cm} and {c.name}, {d['ev1'].isoformat()}")
    w.save_docx(doc, base / "progress meeting.docx", c.cm)
    label("northwind-okafor/progress meeting.docx", "tussentijdse_evaluatie", d["ev1"],
          "northwind: evaluation whose title sits only in a VML text box; merged-cell table")
    # 4 ODT check-in notes (Dutch), 5 adjusted PA with US numeric date
    w.write_odt(base / "check-in notes.odt",
                [("h", "Verslag voortgangsgesprek"), ("p", f"Werknemer: {c.name}, BSN {g.fmt_bsn(c.bsn, 'dots')}"),
                 ("p", f"Datum gesprek: {short_year(d['ev2'])}"), ("b", "Voortgang"),
                 ("p", "De afspraken uit het plan van aanpak zijn nagekomen. Opbouw naar 24 uur loopt volgens plan."),
                 ("table", [["Afspraak", "Status"], ["24 uur per week", "gehaald"], ["Geen piketdienst", "loopt"]]),
                 ("b", "Nieuwe afspraken"), ("p", "Volgende evaluatie over zes weken."),
                 ("p", f"Voor akkoord: {c.cm} en {c.name}, {short_year(d['ev2'])}")], c.cm)
    label("northwind-okafor/check-in notes.odt", "tussentijdse_evaluatie", d["ev2"],
          "northwind: OpenDocument (.odt) evaluation; date written as '15 maart '25' style")
    g.write_pdf(base / "Adjusted problem analysis.pdf",
                [Title("Update of the problem analysis", "bijstelling probleemanalyse"), idf(c, en=True),
                 Para("Following today's consultation I adjust the problem analysis. Capacity has decreased."),
                 Heading("Revised capacity")] + filler(rng, "capacity", 2, EN_POOL) + [
                 Heading("Advice"), Para("Adjust the plan of approach; pause the build-up for four weeks."),
                 en_sig("Occupational physician", c.ba, "bedrijfsarts", us_num(d["bpa"]))], c.arbo)
    label("northwind-okafor/Adjusted problem analysis.pdf", "bijstelling_probleemanalyse", d["bpa"],
          "northwind: English bijstelling PA with an American numeric date MM/DD/YYYY that is ambiguous (day <= 12) in Dutch order")
    # 6 long English EJE, 7 long AD in English
    body = ([Title("First-year evaluation", "eerstejaarsevaluatie"), idf(c, en=True), Heading("Looking back")] +
            filler(rng, "course", 4, EN_POOL) + [Heading("Work")] + filler(rng, "work", 4, EN_POOL) +
            [Heading("Intended result at the end of year two"), Para("Structural work in adapted own role, 32 hours."),
             Heading("View of the employer"), Para("Track 1 remains realistic; no second track needed yet."),
             Heading("View of the employee"), Para("Agrees.")] + filler(rng, "capacity", 4, EN_POOL) +
            filler(rng, "course", 4, EN_POOL) +
            [Signatures([Sig("Employer", c.cm, c.cm_func, us(d["eje"])), Sig("Employee", c.name, "", us(d["eje"]))])])
    long_doc(base / "FYE_Okafor.pdf", c, d["eje"], 10, "en", c.employer, "Absence case file\nD. Okafor",
               [("Document", "evaluation"), ("Confidential", "yes")],
               ["Looking back", "Work", "Intended result", "Views", "Capacity", "Signatures"], body, toc_title="Contents")
    label("northwind-okafor/FYE_Okafor.pdf", "eerstejaarsevaluatie", d["eje"],
          "northwind: long English EJE under cover 'Absence case file' + 'Contents'; US date on the last page")
    body = ([Title("Labour expert report", "arbeidsdeskundig onderzoek"), idf(c, en=True),
             Fields([("Labour expert", f"{c.ad}, registered labour expert (register-arbeidsdeskundige)"),
                     ("Date of interview", (d["ad"] - dt.timedelta(days=10)).isoformat())]),
             Heading("Question"), Para("Can the employee return to his own work (track 1), or is track 2 needed?"),
             Heading("Job demands")] + filler(rng, "work", 4, EN_POOL) + [Heading("Capacity")] +
            filler(rng, "capacity", 4, EN_POOL) + filler(rng, "course", 4, EN_POOL) +
            [Heading("Conclusion"), Para("Own work with adaptations is suitable for 32 hours. Track 2 is not advised now."),
             en_sig("Labour expert", c.ad, "register-arbeidsdeskundige", f"Report date: {d['ad'].isoformat()}")])
    long_doc(base / "Helder report.pdf", c, d["ad"], 14, "en", c.ad_org, "Report", [("Client", c.name), ("Commissioned by", c.werkgever)],
               ["Question", "Job demands", "Capacity", "Conclusion"], body, toc_title="Contents")
    label("northwind-okafor/Helder report.pdf", "arbeidsdeskundig_rapport", d["ad"],
          "northwind: English labour expert report under cover 'Report'; ISO report date on last page")
    # 8 IZP English, 9 AO English, 10 EV English DOCX form layout
    g.write_pdf(base / "Functional capacity profile.pdf",
                [Title("Functional capacity profile", "inzetbaarheidsprofiel"), idf(c, en=True),
                 Table(["Section", "Limited", "Note"], [["Personal functioning", "yes", "focus max. 2 h"],
                                                        ["Social functioning", "no", ""], ["Dynamic actions", "no", ""],
                                                        ["Static postures", "no", ""], ["Working hours", "yes", "no night/on-call; 8 h/day"]]),
                 en_sig("Occupational physician", c.ba, "bedrijfsarts", d["izp"].isoformat())], c.arbo)
    label("northwind-okafor/Functional capacity profile.pdf", "inzetbaarheidsprofiel", d["izp"], "northwind: English IZP")
    g.write_pdf(base / "Current assessment.pdf",
                [Title("Current assessment by the occupational physician", "actueel oordeel — for the WIA application"),
                 idf(c, en=True), Heading("Current situation"), Para("The employee works 32 hours in adapted duties."),
                 Heading("Working relationship"), Para("No signs of a disturbed working relationship."),
                 Heading("Suitable work with the employer"), Para("Available for 32 hours; no further increase expected."),
                 en_sig("Occupational physician", c.ba, "bedrijfsarts", us(d["ao"]))], c.arbo)
    label("northwind-okafor/Current assessment.pdf", "actueel_oordeel", d["ao"], "northwind: English AO")
    st = Style("nw-form", c.employer.org, c.employer.org_lines, docx_form=True, accent=(10, 40, 90))  # type: ignore[attr-defined]
    g.write_docx(base / "Final evaluation.docx",
                 [Title("Final evaluation of the plan of approach", "eindevaluatie"), idf(c, en=True),
                  Heading("Nature of the business"), Para(c.aard),
                  Heading("Looking back on two years"), Para(" ".join(EN_POOL["course"][:4])),
                  Heading("Working relationship"), Para(EN_POOL["relation"][0]),
                  Heading("Suitable work"), Para("Adapted own role, 32 hours, structurally."),
                  Signatures([Sig("Employer", c.cm, c.cm_func, d["ev"].isoformat()), Sig("Employee", c.name, "", d["ev"].isoformat())])],
                 st)
    label("northwind-okafor/Final evaluation.docx", "eindevaluatie", d["ev"], "northwind: English EV in a form-table DOCX")
    # 11 employee statement as ODT (English)
    w.write_odt(base / "my statement.odt",
                [("h", "Employee's view on the re-integration report"), ("p", f"Name: {c.name}, BSN {c.bsn}"),
                 ("p", "I have received copies of all documents. I agree with the report, except that I think the "
                       "on-call restriction should stay permanent."),
                 ("p", f"Amsterdam, {us(d['ow'])}"), ("p", f"Signed, {c.name}")], c.name)
    label("northwind-okafor/my statement.odt", "oordeel_werknemer", d["ow"], "northwind: employee's view in English as ODT")
    # 12 job description, 13 neurologist letter (medical, English), 14 42nd week, 15 deskundigenoordeel
    g.write_pdf(base / "JD Senior Data Engineer.pdf",
                [Title("Job description: Senior Data Engineer"), Heading("About the role"),
                 Para("Design and run data pipelines; take part in the on-call rotation; mentor junior engineers."),
                 Heading("Requirements"), Bullets(["5+ years of experience", "Python, SQL, cloud platforms",
                                                   "Comfortable with on-call duty"])], c.employer)
    label("northwind-okafor/JD Senior Data Engineer.pdf", "", None, "northwind: job description (non-RIV)")
    g.write_pdf(base / "letter neurologie.pdf",
                [Fields([("To", f"Dr {c.ba}, occupational physician"), ("Re", f"{c.name}, born {c.dob.isoformat()}"),
                         ("Date", us(d["mi"]))]),
                 Para("Dear colleague, thank you for referring your patient. History: recurrent migraine with aura, "
                      "increasing since early 2024. Neurological examination normal. MRI brain without abnormalities."),
                 Para("Diagnosis: chronic migraine (ICD-10 G43.3). Treatment: topiramate 50 mg, follow-up in 3 months."),
                 Para("Kind regards, Dr A. Verhoef, neurologist, Westerpark Medical Centre (fictitious)")],
                Style("wmc", "Westerpark Medical Centre (fictitious)", ("Department of Neurology",), font="serif"))
    label("northwind-okafor/letter neurologie.pdf", "medische_informatie", d["mi"],
          "northwind: English neurologist's letter (diagnosis, ICD code, medication); medical")
    g.write_pdf(base / "UWV 42e week.pdf", ziekmelding_body(c, d["uwv42"]), UWV)
    label("northwind-okafor/UWV 42e week.pdf", "ziekmelding_uwv", d["uwv42"], "northwind: Dutch UWV letter in an English case")
    g.write_pdf(base / "UWV oordeel.pdf",
                [Fields([("Datum", nl(d["do"])), ("Onderwerp", "Deskundigenoordeel"), ("BSN", g.fmt_bsn(c.bsn))]),
                 Para("U heeft ons gevraagd een deskundigenoordeel te geven over de vraag of uw werknemer geschikt is "
                      "voor de aangeboden aangepaste functie."),
                 Heading("Ons oordeel"), Para("De aangeboden functie is passend. De re-integratie-inspanningen zijn voldoende."),
                 Para("Dit oordeel is niet bindend. Met vriendelijke groet, UWV, arbeidsdeskundige en verzekeringsarts")], UWV)
    label("northwind-okafor/UWV oordeel.pdf", "deskundigenoordeel", d["do"], "northwind: UWV deskundigenoordeel")
    return d


# ================================================================== case D: construction, mails, scans, photo


def case_d() -> Case:
    c = Case("stroomberg", D(2024, 2, 12), "Henk-Jan Wolters", "de heer Wolters", bsn_for("c7-stroomberg"),
             D(1968, 9, 30), "Timmerman", "38 uur per week", "Bouwbedrijf Gebr. Stroomberg B.V.",
             "Industrieweg 41, 7554 PB Hengelo",
             "Gebr. Stroomberg is een bouwbedrijf (woningbouw en renovatie) met 38 medewerkers.",
             "834567891L01", "Gerrit Stroomberg", "directeur", "A. Brinkhuis", "29087654301", ARBOKAMER,
             ad="W. ter Horst", coach="Mehmet Kaya",
             bureau=Style("tweesprong", "Tweesprong Re-integratie", ("Enschede",), font="serif", accent=(0, 100, 50),
                          letterhead="left", footer="Tweesprong Re-integratie b.v."))
    c.employer = employer_style("stroomberg", "Bouwbedrijf Gebr. Stroomberg B.V.", ("Industrieweg 41, Hengelo",),  # type: ignore[attr-defined]
                                accent=(150, 90, 0), font="condensed")
    return c


def build_d(c: Case) -> dict:
    base = FILES / "stroomberg-wolters"
    k = "stroomberg"
    d = {"pa": wk(c.d0, 4, 3), "pva": wk(c.d0, 6, 2), "ev1": wk(c.d0, 13, 1), "bpa": wk(c.d0, 19, 3),
         "uwv42": wk(c.d0, 43, 3), "ad": wk(c.d0, 48, 0), "eje": wk(c.d0, 51, 2), "traj": wk(c.d0, 57, 1),
         "vg1": wk(c.d0, 70, 2), "eind2": wk(c.d0, 86, 3), "uwv88": wk(c.d0, 88, 0), "ao": wk(c.d0, 88, 3),
         "ev": wk(c.d0, 90, 0), "ow": wk(c.d0, 91, 3), "mi": wk(c.d0, 35, 2), "inv": wk(c.d0, 75, 0),
         "uitn": wk(c.d0, 89, 2)}
    arbo = "A. Brinkhuis <brinkhuis@arbokamer.example>"
    gs = "Gerrit Stroomberg <gerrit@stroomberg.example>"
    hj = "Henk-Jan Wolters <hjwolters@mail.example>"
    # 1 PA in a mail body
    g.write_eml(base / "Probleemanalyse.eml", hdr(arbo, gs, f"Probleemanalyse H. Wolters (BSN {c.bsn})", d["pa"], "pa@arbokamer.example"),
                g.blocks_to_text(pa_body(c, d["pa"], rng_for(k, "pa"), long=False), c.arbo))
    label("stroomberg-wolters/Probleemanalyse.eml", "probleemanalyse", d["pa"], "stroomberg: PA as the body of a mail (date = sent date)")
    # 2 phone photo of a one-page PvA, date in words
    pva = [Title("Plan van aanpak"), idf(c),
           Fields([("Casemanager", f"{c.cm}, directeur"), ("Doel", "terug naar eigen werk, eerst lichte klussen")]),
           Bullets(["Lichte werkzaamheden in de werkplaats, 4 x 4 uur", "Geen tillen boven 15 kg",
                    "Evaluatie elke zes weken"]),
           Signatures([Sig("Werkgever", c.cm, "directeur", words(d["pva"])), Sig("Werknemer", c.name, "", words(d["pva"]))])]
    taken = dt.datetime.combine(d["pva"], dt.time(16, 41, 9))
    photo = f"IMG_{taken:%Y%m%d_%H%M%S}.jpg"
    g.write_photo_jpg(base / photo, pva, c.employer, taken=taken, tilt=0.08, orientation=1, make="Apple", model="iPhone 12", quality=45)
    label("stroomberg-wolters/" + photo, "plan_van_aanpak", d["pva"], "stroomberg: phone photo of a one-page PvA; date in words")
    # 3 poor scan evaluation (short year), 4 skewed scan bijstelling PA (words date)
    g.write_scan_pdf(base / "scan0001.pdf", eval_body(c, d["ev1"], rng_for(k, "ev1"), 1, short_year(d["ev1"])), c.employer,
                     rotate_deg=2.4, noise=1.4, jpeg_quality=28, dpi=100)
    label("stroomberg-wolters/scan0001.pdf", "tussentijdse_evaluatie", d["ev1"],
          "stroomberg: 100 dpi noisy scan with 2.4 degree skew; date as '15 maart '25' style")
    g.write_scan_pdf(base / "scan0002.pdf", bijst_pa_body(c, d["bpa"], rng_for(k, "bpa"), "Enschede, " + words(d["bpa"])),
                     c.arbo, rotate_deg=-1.2, noise=1.0, jpeg_quality=30, dpi=100)
    label("stroomberg-wolters/scan0002.pdf", "bijstelling_probleemanalyse", d["bpa"], "stroomberg: scanned bijstelling PA, date in words")
    # 5 medical: scanned letter from revalidatiearts
    g.write_scan_pdf(base / "scan0003.pdf",
                     mi_body(c, d["mi"], "drs. E. Lammers", "revalidatiearts", "Revalidatiecentrum Twente-Oost (fictief)"),
                     Style("rto", "Revalidatiecentrum Twente-Oost (fictief)", ("Afdeling revalidatiegeneeskunde",), font="serif"),
                     rotate_deg=0.6, noise=0.7, dpi=100, jpeg_quality=32)
    label("stroomberg-wolters/scan0003.pdf", "medische_informatie", d["mi"], "stroomberg: scanned medical letter named scan0003")
    # 6 AD report (medium), 7 EJE as DOCX with words dates
    g.write_pdf(base / "AD-onderzoek Wolters.pdf", ad_body(c, d["ad"], rng_for(k, "ad"), long=False, onderzoek=d["ad"] - dt.timedelta(days=8)),
                Style("th", "Ter Horst Arbeidsdeskundigen", ("Almelo",), font="serif", accent=(0, 0, 120), letterhead="centered"))
    label("stroomberg-wolters/AD-onderzoek Wolters.pdf", "arbeidsdeskundig_rapport", d["ad"], "stroomberg: AD report")
    g.write_docx(base / "EJE.docx", eje_body(c, d["eje"], rng_for(k, "eje"), long=False, datestr=words(d["eje"])), c.employer)
    label("stroomberg-wolters/EJE.docx", "eerstejaarsevaluatie", d["eje"], "stroomberg: EJE in DOCX, date written in words")
    # 8 trajectplan, 9 voortgang in nested forward, 10 eindrapportage
    g.write_pdf(base / "Tweesprong intake.pdf", traject_body(c, d["traj"], rng_for(k, "traj")), c.bureau)
    label("stroomberg-wolters/Tweesprong intake.pdf", "trajectplan_tweede_spoor", d["traj"], "stroomberg: intake/trajectplan")
    vg = g.write_pdf(TMP / "Rapportage periode 1.pdf", voortgang_body(c, d["vg1"], rng_for(k, "vg1"), d["traj"]), c.bureau)
    inner = g.build_message(hdr("Mehmet Kaya <m.kaya@tweesprong.example>", gs, "Rapportage periode 1", d["vg1"], "vg@tweesprong.example"),
                            "Beste heer Stroomberg,\n\nIn de bijlage de rapportage over de eerste periode.\n\nMet groet,\nMehmet Kaya",
                            [att_bytes(vg)])
    mid = g.build_message(hdr(gs, hj, "Fwd: Rapportage periode 1", d["vg1"] + dt.timedelta(days=2), "fwd1@stroomberg.example"),
                          "Henk-Jan, lees jij dit even door?\n\nGerrit", [g.Attachment("Rapportage periode 1.eml", inner, "message/rfc822")])
    g.write_eml(base / "Fwd_ Fwd_ rapportage Tweesprong.eml",
                hdr(hj, gs, "Fwd: Fwd: Rapportage periode 1", d["vg1"] + dt.timedelta(days=4), "fwd2@mail.example", 21),
                "Gelezen. Klopt wel, alleen het aantal sollicitaties was 7.\n\nHJ",
                [g.Attachment("Fwd Rapportage periode 1.eml", mid, "message/rfc822")])
    label("stroomberg-wolters/Fwd_ Fwd_ rapportage Tweesprong.eml", "", d["vg1"] + dt.timedelta(days=4),
          "stroomberg: reply-forward chatter around a nested forward")
    label("stroomberg-wolters/Fwd_ Fwd_ rapportage Tweesprong.eml::Fwd Rapportage periode 1.eml::Rapportage periode 1.eml::Rapportage periode 1.pdf",
          "voortgangsrapportage_tweede_spoor", d["vg1"], "stroomberg: progress report two forwards deep")
    g.write_pdf(base / "Eindrapportage.pdf", eind2_body(c, d["eind2"], rng_for(k, "e2"), long=False, datestr=short_year(d["eind2"])), c.bureau)
    label("stroomberg-wolters/Eindrapportage.pdf", "eindrapportage_tweede_spoor", d["eind2"], "stroomberg: eindrapportage, short-year date")
    # 11 invoice from bureau, 12 invitation mail
    g.write_pdf(base / "factuur 2025-118.pdf",
                [Title("Factuur"), Fields([("Datum", nl(d["inv"])), ("Aan", c.werkgever), ("Kandidaat", c.name)]),
                 Para("Tweede deel traject tweede spoor (trajectplan en voortgangsrapportage periode 1)."),
                 Table(["Omschrijving", "Bedrag"], [["Traject spoor 2, termijn 2", "€ 1.450,00"], ["BTW", "€ 304,50"]])],
                c.bureau)
    label("stroomberg-wolters/factuur 2025-118.pdf", "", d["inv"], "stroomberg: bureau invoice in the bureau's own house style (non-RIV)")
    g.write_eml(base / "uitnodiging gesprek.eml", hdr(gs, hj, "Uitnodiging eindevaluatie", d["uitn"], "uitn@stroomberg.example"),
                f"Beste Henk-Jan,\n\nIk nodig je uit voor de eindevaluatie op {words(d['ev'])} om 10:00 op kantoor. "
                "We bespreken dan de afgelopen twee jaar en het actueel oordeel van de bedrijfsarts.\n\nGerrit")
    label("stroomberg-wolters/uitnodiging gesprek.eml", "", d["uitn"], "stroomberg: invitation to the eindevaluatie (non-RIV)")
    # 13 AO by fax, 14 EV docx in a mail, 15 employee's view in a mail body, 16 UWV letter
    w.write_fax_pdf(base / "AO_arbokamer.pdf", ao_body(c, d["ao"], rng_for(k, "ao"), datestr=words(d["ao"])), c.arbo,
                    header=f"{g.fmt_date(d['ao'], 'dot')} 09:12  DE ARBOKAMER  074-5550123", standard=False, skew=-0.6, seed=3)
    label("stroomberg-wolters/AO_arbokamer.pdf", "actueel_oordeel", d["ao"], "stroomberg: AO received by fax (1-bit, fine mode), date in words")
    ev = g.write_docx(TMP / "Eindevaluatie HJ Wolters.docx", ev_body(c, d["ev"], rng_for(k, "ev"), long=False), c.employer)
    g.write_eml(base / "Eindevaluatie.eml", hdr(gs, f"{hj}, {arbo}", "Eindevaluatie ter ondertekening", d["ev"] + dt.timedelta(days=1), "ev@stroomberg.example"),
                "Beste Henk-Jan,\n\nHierbij de eindevaluatie zoals besproken. Wil je hem tekenen en terugsturen?\n\nGerrit",
                [att_bytes(ev)])
    label("stroomberg-wolters/Eindevaluatie.eml", "", d["ev"] + dt.timedelta(days=1), "stroomberg: cover mail whose subject names the eindevaluatie")
    label("stroomberg-wolters/Eindevaluatie.eml::Eindevaluatie HJ Wolters.docx", "eindevaluatie", d["ev"], "stroomberg: EV as DOCX attachment")
    g.write_eml(base / "mijn reactie.eml", hdr(hj, gs, "Re: re-integratieverslag", d["ow"], "ow@mail.example", 22),
                f"Gerrit,\n\nHierbij mijn oordeel over het re-integratieverslag, BSN {c.bsn}.\n\n"
                "Ik ben het eens met het verslag. Wel wil ik kwijt dat de lichte klussen in de werkplaats vaak toch "
                "zwaarder waren dan afgesproken.\n\nMet vriendelijke groet,\nHenk-Jan Wolters\n\n"
                f"> Op {nl(d['ev'])} schreef Gerrit Stroomberg:\n> Wil je je mening over het verslag op papier zetten?")
    label("stroomberg-wolters/mijn reactie.eml", "oordeel_werknemer", d["ow"], "stroomberg: employee's view in a reply mail body")
    g.write_pdf(base / "brief uwv.pdf", uwv88_body(c, d["uwv88"]), UWV)
    label("stroomberg-wolters/brief uwv.pdf", "uwv_correspondentie", d["uwv88"], "stroomberg: week-88 letter")
    return d


# ================================================================== case E: retail, long AO/EV, ODT PvA


def case_e() -> Case:
    c = Case("versmarkt", D(2024, 4, 8), "Lieke van den Bosch", "mevrouw Van den Bosch", bsn_for("c7-versmarkt"),
             D(1979, 4, 14), "Afdelingsmanager vers", "36 uur per week", "Versmarkt Oosterhout B.V.",
             "Arendsplein 9, 4901 KM Oosterhout",
             "Versmarkt Oosterhout exploiteert twee supermarkten met samen 160 medewerkers, veelal parttime.",
             "845678912L01", "Kees Verhoeven", "bedrijfsleider", "T. Huijbregts", "69011122201", BRABANTSEWAL)
    c.employer = employer_style("versmarkt", "Versmarkt Oosterhout", ("Arendsplein 9, Oosterhout",), accent=(0, 130, 60))  # type: ignore[attr-defined]
    return c


def build_e(c: Case) -> dict:
    base = FILES / "versmarkt-vandenbosch"
    k = "versmarkt"
    d = {"pa": wk(c.d0, 5, 1), "pva": wk(c.d0, 7, 0), "bpa": wk(c.d0, 16, 2), "ev1": wk(c.d0, 14, 3),
         "ev2": wk(c.d0, 30, 1), "uwv42": wk(c.d0, 43, 0), "eje": wk(c.d0, 47, 3), "bpva": wk(c.d0, 50, 1),
         "do": wk(c.d0, 64, 2), "uwv88": wk(c.d0, 88, 1), "ao": wk(c.d0, 88, 3), "ev": wk(c.d0, 90, 3),
         "ow": wk(c.d0, 92, 1), "mi": wk(c.d0, 89, 0)}
    g.write_pdf(base / "PA 2024.pdf", pa_body(c, d["pa"], rng_for(k, "pa"), long=False), c.arbo)
    label("versmarkt-vandenbosch/PA 2024.pdf", "probleemanalyse", d["pa"], "versmarkt: short PA, condensed house style")
    body = [("h", "Plan van aanpak re-integratie"), ("p", f"Werknemer: {c.name}, BSN {g.fmt_bsn(c.bsn, 'spaces')}, eerste ziektedag {nl(c.d0)}"),
            ("p", f"Casemanager: {c.cm}, {c.cm_func}"), ("b", "Doel"), ("p", "Terugkeer in eigen functie, tijdelijk zonder koelcel- en nachtwerk."),
            ("table", [["Activiteit", "Wie", "Wanneer"], ["Start 3 x 3 uur administratieve taken", "werknemer", "week 8"],
                       ["Evaluatie", "casemanager", "elke zes weken"]]),
            ("b", "Visie werkgever en werknemer"), ("p", "Beide partijen kunnen zich vinden in deze aanpak."),
            ("p", f"Oosterhout, {short_year(d['pva'])} — getekend door {c.cm} en {c.name}")]
    w.write_odt(base / "plan-van-aanpak.odt", body, c.cm)
    label("versmarkt-vandenbosch/plan-van-aanpak.odt", "plan_van_aanpak", d["pva"], "versmarkt: PvA as ODT, short-year date")
    g.write_pdf(base / "evaluatie 1.pdf", eval_body(c, d["ev1"], rng_for(k, "ev1"), 1), c.employer)
    label("versmarkt-vandenbosch/evaluatie 1.pdf", "tussentijdse_evaluatie", d["ev1"], "versmarkt: evaluation 1")
    g.write_pdf(base / "Probleemanalyse (2).pdf", bijst_pa_body(c, d["bpa"], rng_for(k, "bpa"), datestr=words(d["bpa"])), c.arbo)
    label("versmarkt-vandenbosch/Probleemanalyse (2).pdf", "bijstelling_probleemanalyse", d["bpa"],
          "versmarkt: bijstelling PA saved as 'Probleemanalyse (2)' (misleading name); date in words")
    g.write_scan_pdf(base / "Scan_2024_evaluatie.pdf", eval_body(c, d["ev2"], rng_for(k, "ev2"), 3), c.employer,
                     rotate_deg=0.4, noise=0.5, dpi=100, jpeg_quality=35, upside_down=True)
    label("versmarkt-vandenbosch/Scan_2024_evaluatie.pdf", "tussentijdse_evaluatie", d["ev2"], "versmarkt: scan fed upside down")
    g.write_pdf(base / "EJE Lieke.pdf", eje_body(c, d["eje"], rng_for(k, "eje"), long=False, datestr=g.fmt_date(d["eje"], "weekday")), c.employer)
    label("versmarkt-vandenbosch/EJE Lieke.pdf", "eerstejaarsevaluatie", d["eje"], "versmarkt: EJE with weekday date")
    g.write_pdf(base / "PvA nieuw.pdf", bijst_pva_body(c, d["bpva"], rng_for(k, "bpva")), c.employer)
    label("versmarkt-vandenbosch/PvA nieuw.pdf", "bijstelling_plan_van_aanpak", d["bpva"], "versmarkt: bijstelling PvA named 'PvA nieuw'")
    g.write_pdf(base / "UWV 42.pdf", ziekmelding_body(c, d["uwv42"]), UWV)
    label("versmarkt-vandenbosch/UWV 42.pdf", "ziekmelding_uwv", d["uwv42"], "versmarkt: 42nd-week confirmation")
    g.write_pdf(base / "deskundigenoordeel.pdf",
                [Fields([("Datum", nl(d["do"])), ("Onderwerp", "Uw aanvraag deskundigenoordeel"), ("BSN", g.fmt_bsn(c.bsn))]),
                 Para("Uw werknemer heeft een deskundigenoordeel aangevraagd over de re-integratie-inspanningen van de werkgever."),
                 Heading("Conclusie"), Para("De werkgever doet op dit moment onvoldoende om de werknemer te laten re-integreren: "
                                            "het tweede spoor is niet ingezet."),
                 Para("Met vriendelijke groet, UWV")], UWV)
    label("versmarkt-vandenbosch/deskundigenoordeel.pdf", "deskundigenoordeel", d["do"], "versmarkt: DO at the employee's request")
    g.write_pdf(base / "WIA brief.pdf", uwv88_body(c, d["uwv88"]), UWV)
    label("versmarkt-vandenbosch/WIA brief.pdf", "uwv_correspondentie", d["uwv88"], "versmarkt: week-88 letter")
    long_doc(base / "Rapport bedrijfsarts WIA.pdf", c, d["ao"], 14, "nl", c.arbo, "Rapportage\nten behoeve van UWV",
               [("Werknemer", c.name), ("Werkgever", c.werkgever)],
               ["Stand van zaken", "Belastbaarheid", "Arbeidsrelatie", "Passende arbeid", "Verloop"],
               ao_body(c, d["ao"], rng_for(k, "ao"), long=True, datestr=f"Bergen op Zoom, {words(d['ao'])}"))
    label("versmarkt-vandenbosch/Rapport bedrijfsarts WIA.pdf", "actueel_oordeel", d["ao"],
          "versmarkt: long AO under cover 'Rapportage ten behoeve van UWV'; date in words on the last page")
    long_doc(base / "Eindevaluatie def.pdf", c, d["ev"], 10, "nl", c.employer, "Re-integratie\nLieke van den Bosch",
               [("Versie", "definitief"), ("Opgesteld", "samen met werknemer")],
               ["Aard van het bedrijf", "Terugblik", "Arbeidsrelatie", "Passende arbeid", "Spoor 1", "Spoor 2", "Conclusie"],
               ev_body(c, d["ev"], rng_for(k, "ev"), long=True, datestr=g.fmt_date(d["ev"], "slash4")))
    label("versmarkt-vandenbosch/Eindevaluatie def.pdf", "eindevaluatie", d["ev"], "versmarkt: long EV under cover, dd/mm/yyyy date on last page")
    g.write_scan_pdf(base / "oordeel.pdf", ow_body(c, d["ow"], rng_for(k, "ow"), datestr=short_year(d["ow"]), agree=False),
                     Style("plain2", "", (), letterhead="none", font="serif"), rotate_deg=1.1, noise=0.9, dpi=110, jpeg_quality=35)
    label("versmarkt-vandenbosch/oordeel.pdf", "oordeel_werknemer", d["ow"], "versmarkt: scanned employee's view, disagrees; short-year date")
    g.write_pdf(base / "Medische informatie tbv WIA.pdf",
                [Title("Medische informatie", "ten behoeve van de verzekeringsarts van UWV — medisch geheim"), idf(c),
                 Heading("Diagnose en behandeling"),
                 Para("Burn-out met depressieve klachten (DSM-5: aanpassingsstoornis). Behandeling bij GZ-psycholoog, "
                      "sertraline 50 mg sinds 2024. Huisarts en psycholoog hebben informatie verstrekt."),
                 Heading("Beloop"), Para("Wisselend, met terugval na de bijstelling van het plan van aanpak."),
                 Signatures([Sig("Bedrijfsarts", c.ba, f"bedrijfsarts, BIG {c.big}", nl(d["mi"]))])], c.arbo)
    label("versmarkt-vandenbosch/Medische informatie tbv WIA.pdf", "medische_informatie", d["mi"],
          "versmarkt: the bedrijfsarts's medical part of the RIV; must be flagged medical")
    return d


# ================================================================== main


def check_timeline(c: Case, d: dict) -> None:
    d0 = c.d0
    assert (d["pa"] - d0).days <= 41, c.key
    assert (d["pva"] - d["pa"]).days <= 14 and d["pva"] > d["pa"], c.key
    assert 46 <= week_of(d0, d["eje"]) <= 52, c.key
    if "uwv88" in d:
        assert week_of(d0, d["uwv88"]) == 88, c.key
    assert d["ao"] < d["ev"] and week_of(d0, d["ev"]) <= 91, c.key
    assert week_of(d0, d["ow"]) <= 93, c.key
    assert g.bsn_valid(c.bsn) and len(c.bsn) == 9


def main() -> None:
    for p in (FILES, TMP):
        if p.exists():
            shutil.rmtree(p)
    FILES.mkdir()
    TMP.mkdir()
    for mk, build in ((case_a, build_a), (case_b, build_b), (case_c, build_c), (case_d, build_d), (case_e, build_e)):
        c = mk()
        d = build(c)
        check_timeline(c, d)
    shutil.rmtree(TMP)
    for top in FILES.iterdir():
        assert any(p.is_file() for p in top.iterdir()), top
    paths = [r[0] for r in LABELS]
    assert len(paths) == len(set(paths))
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, lineterminator="\n")
        wr.writerow(["path", "type", "date", "split", "note"])
        for r in sorted(LABELS):
            wr.writerow(r)
    print(len(LABELS), "labels")


if __name__ == "__main__":
    main()
