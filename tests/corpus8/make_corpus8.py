"""Generate holdout corpus 8 (untouched): five new case folders, written from general Poortwachter
knowledge without looking at the classifier, the checklists or the earlier corpora.

Deterministic: fixed seeds, fixed dates, no clock reads. Rerunning deletes and rewrites ``files/``
and ``labels.csv`` byte for byte.

    .venv/bin/python tests/corpus8/make_corpus8.py
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import random
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from samples.docgen import (  # noqa: E402
    Attachment,
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
    build_message,
    mail_date,
    make_bsn,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
    write_txt,
)

FILES = HERE / "files"
SPLIT = "holdout8"
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


# ------------------------------------------------------------------------------------------
# dates and BSNs
# ------------------------------------------------------------------------------------------


def f_long(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def f_num(d: dt.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def f_short(d: dt.date) -> str:
    return f"{d.day}-{d.month}-'{d.year % 100:02d}"


def f_wd(d: dt.date) -> str:
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def f_wd_noyear(d: dt.date) -> str:
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"


def f_dot(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def f_abbr(d: dt.date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def f_nlnum(d: dt.date) -> str:
    return f"{d.day}-{d.month}-{d.year}"


def elfproef(bsn: str) -> bool:
    """Own implementation, independent of docgen's."""
    if len(bsn) != 9 or not bsn.isdigit() or bsn == "000000000":
        return False
    total = sum(int(bsn[i]) * (9 - i) for i in range(8)) - int(bsn[8])
    return total % 11 == 0


def bsn_for(key: str) -> str:
    rng = random.Random("corpus8-bsn-" + key)
    b = make_bsn(rng)
    assert elfproef(b), b
    return b


def bsn_dots(b: str) -> str:
    return f"{b[:4]}.{b[4:6]}.{b[6:]}"


# ------------------------------------------------------------------------------------------
# case model
# ------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Case:
    key: str
    employer: Style
    arbo: Style
    cm: Style  # casemanager / verzuimbureau (may be the employer itself)
    bureau: Style  # 2nd-track bureau
    ad: Style  # arbeidsdeskundige
    emp_name: str
    emp_short: str
    emp_dob: dt.date
    emp_addr: str
    bsn: str
    function: str
    hours: int
    in_dienst: dt.date
    d0: dt.date
    place: str
    fmt: object  # the case's own way of writing dates
    ba_name: str
    ba_big: str
    cm_name: str
    cm_func: str
    wg_name: str
    wg_func: str
    bur_name: str
    ad_name: str
    aard: str
    limits: list[str]
    possibilities: list[str]
    skills: str
    loonheffing: str

    def day(self, n: int) -> dt.date:
        d = self.d0 + dt.timedelta(days=n)
        while d.weekday() >= 5:  # documents are made on working days
            d += dt.timedelta(days=1)
        return d

    def fd(self, d: dt.date) -> str:
        return self.fmt(d)  # type: ignore[operator]

    def emp_fields(self, bsn_fmt: str = "plain", extra: list[tuple[str, str]] | None = None) -> Fields:
        b = bsn_dots(self.bsn) if bsn_fmt == "dots" else self.bsn
        items = [
            ("Werknemer", self.emp_name),
            ("Geboortedatum", self.fd(self.emp_dob)),
            ("BSN", b),
            ("Functie", f"{self.function} ({self.hours} uur per week)"),
            ("Werkgever", self.employer.org),
            ("Eerste ziektedag", self.fd(self.d0)),
        ]
        return Fields(items + (extra or []))


LABELS: list[tuple[str, str, str, str]] = []


def label(path: str, typ: str | None, date: dt.date | None, note: str) -> None:
    LABELS.append((path, typ or "", date.isoformat() if date else "", note))


def restyle(s: Style, **kw: object) -> Style:
    return dataclasses.replace(s, **kw)


# ------------------------------------------------------------------------------------------
# document content (one builder per kind; wording varies by house style)
# ------------------------------------------------------------------------------------------


def sig_ba(c: Case, d: dt.date | str) -> Sig:
    return Sig("Bedrijfsarts", c.ba_name, f"bedrijfsarts, BIG {c.ba_big}", d if isinstance(d, str) else c.fd(d))


def doc_pa(c: Case, d: dt.date, variant: int = 0, datestr: str | None = None, sigstr: str | None = None) -> list:
    ds = datestr or c.fd(d)
    titles = [
        ("Probleemanalyse", "oordeel en advies van de bedrijfsarts"),
        ("Advies bedrijfsarts na spreekuur", "probleemanalyse in het kader van de Wet verbetering poortwachter"),
        ("Probleemanalyse en advies", ""),
    ]
    t, sub = titles[variant % 3]
    return [
        Title(t, sub),
        Fields([("Datum spreekuur", ds), ("Dossiernummer", f"V{c.bsn[-5:]}-{d.year}")]),
        c.emp_fields(),
        Heading("Dreigend langdurig verzuim"),
        Para(f"Naar mijn oordeel is bij {c.emp_short} sprake van dreigend langdurig verzuim. "
             f"Werknemer is sinds {c.fd(c.d0)} volledig arbeidsongeschikt voor het eigen werk als {c.function.lower()}."),
        Heading("Beperkingen en mogelijkheden"),
        Bullets(c.limits),
        Para("Benutbare mogelijkheden: " + "; ".join(c.possibilities) + "."),
        Heading("Prognose"),
        Para("De verwachting is dat werknemer binnen drie tot zes maanden gedeeltelijk kan hervatten. "
             "Volledig herstel in het eigen werk is op dit moment onzeker."),
        Heading("Advies aan werkgever en werknemer"),
        Bullets([
            "Stel binnen twee weken samen een plan van aanpak op.",
            "Start met aangepaste werkzaamheden, opbouw in overleg.",
            f"Vervolgafspraak spreekuur over zes weken ({c.fd(d + dt.timedelta(days=42))}).",
        ]),
        Signatures([sig_ba(c, sigstr or ds)]),
    ]


def doc_bijst_pa(c: Case, d: dt.date, pa_date: dt.date) -> list:
    return [
        Title("Bijstelling probleemanalyse", "gewijzigde belastbaarheid"),
        c.emp_fields(),
        Fields([("Datum", c.fd(d)), ("Oorspronkelijke probleemanalyse", c.fd(pa_date))]),
        Heading("Aanleiding"),
        Para("De re-integratie verloopt trager dan verwacht. De belastbaarheid is gewijzigd ten opzichte "
             "van de probleemanalyse; daarom stel ik de analyse bij."),
        Heading("Herziene belastbaarheid"),
        Bullets(c.limits[:2] + ["Werken in een vast dagritme, maximaal 4 uur per dag, 4 dagen per week."]),
        Heading("Bijgesteld advies"),
        Para("Ik adviseer het plan van aanpak bij te stellen en daarnaast een arbeidsdeskundig onderzoek "
             "te laten verrichten naar de mogelijkheden in eigen en ander werk."),
        Signatures([sig_ba(c, d)]),
    ]


def doc_pva(c: Case, d: dt.date, pa_date: dt.date, title: str = "Plan van aanpak", sigdates: bool = True,
            sig_override: str | None = None) -> list:
    ds = sig_override or c.fd(d)
    return [
        Title(title, "re-integratie werknemer"),
        c.emp_fields(extra=[("Casemanager", f"{c.cm_name}, {c.cm_func}"), ("Bedrijfsarts", c.ba_name)]),
        Fields([("Datum probleemanalyse", c.fd(pa_date)), ("Datum plan van aanpak", ds if sigdates else "")]),
        Heading("Re-integratiedoel"),
        Para(f"Terugkeer in het eigen werk als {c.function.lower()}, eventueel in aangepaste vorm (spoor 1)."),
        Heading("Afspraken en activiteiten"),
        Table(["Activiteit", "Wie", "Termijn"], [
            ["Opbouw aangepast werk, start 2 x 2 uur", "werknemer / leidinggevende", "binnen 2 weken"],
            ["Werkplekonderzoek", "casemanager", "binnen 4 weken"],
            ["Spreekuur bedrijfsarts", "werknemer", "elke 6 weken"],
            ["Evaluatie plan van aanpak", "werkgever en werknemer", "elke 6 weken"],
        ]),
        Heading("Visie werkgever"),
        Para("De werkgever ondersteunt een geleidelijke opbouw in het eigen werk en past zo nodig het rooster aan."),
        Heading("Visie werknemer"),
        Para("Ik wil graag terug naar mijn eigen werk en ben het eens met de afspraken."),
        Heading("Evaluatiemomenten"),
        Para("Iedere zes weken, en in elk geval bij de eerstejaarsevaluatie rond week 52."),
        Signatures([Sig("Werkgever", c.wg_name, c.wg_func, ds), Sig("Werknemer", c.emp_name, "", ds)]),
    ]


def doc_bijst_pva(c: Case, d: dt.date) -> list:
    return [
        Title("Bijstelling plan van aanpak", "start tweede spoor"),
        c.emp_fields(),
        Fields([("Datum bijstelling", c.fd(d))]),
        Heading("Wat verandert er"),
        Para("Naar aanleiding van het arbeidsdeskundig onderzoek wordt het re-integratiedoel bijgesteld: "
             "naast de opbouw in aangepast werk (spoor 1) wordt een tweede spoortraject ingezet bij "
             f"{c.bureau.org}."),
        Heading("Nieuwe afspraken"),
        Bullets(["Intake bij het re-integratiebureau binnen drie weken.",
                 "Werknemer solliciteert actief op passende vacatures buiten de organisatie.",
                 "Casemanager bewaakt de voortgang en evalueert elke zes weken."]),
        Heading("Visie werkgever en werknemer"),
        Para("Beide partijen staan achter de gewijzigde afspraken."),
        Signatures([Sig("Werkgever", c.wg_name, c.wg_func, c.fd(d)), Sig("Werknemer", c.emp_name, "", c.fd(d))]),
    ]


def doc_evaluatie(c: Case, d: dt.date, n: int, prev: dt.date, title: str = "Evaluatie plan van aanpak") -> list:
    return [
        Title(title, f"voortgangsgesprek {n}"),
        Fields([("Datum gesprek", c.fd(d)), ("Aanwezig", f"{c.emp_name}, {c.cm_name} ({c.cm_func})"),
                ("Vorige evaluatie", c.fd(prev))]),
        Fields([("BSN werknemer", c.bsn), ("Eerste ziektedag", c.fd(c.d0))]),
        Heading("Voortgang"),
        Para(f"Werknemer werkt inmiddels {2 + n} uur per dag in aangepast werk. De afspraken uit het plan "
             "van aanpak zijn nagekomen. De opbouw verloopt met kleine terugvallen."),
        Heading("Afspraken tot het volgende gesprek"),
        Bullets(["Uitbreiding met een uur per dag per twee weken.",
                 f"Volgende evaluatie: {c.fd(d + dt.timedelta(days=42))}."]),
        Signatures([Sig("Casemanager", c.cm_name, c.cm_func, c.fd(d)), Sig("Werknemer", c.emp_name, "", c.fd(d))]),
    ]


def doc_melding42(c: Case, d: dt.date) -> list:
    return [
        Title("Ziekmelding langdurig zieke werknemer", "aangifte na 42 weken ziekte (UWV werkgeversportaal)"),
        Fields([("Loonheffingennummer", c.loonheffing), ("Werkgever", c.employer.org),
                ("BSN werknemer", c.bsn), ("Naam werknemer", c.emp_name),
                ("Eerste ziektedag", c.fd(c.d0)), ("Datum melding", c.fd(d)),
                ("Eigenrisicodrager Ziektewet", "nee")]),
        Para("Hierbij meldt de werkgever dat bovengenoemde werknemer 42 weken ziek is. "
             "De melding is verstuurd via het werkgeversportaal van UWV."),
        Para(f"Kenmerk verzending: WGP-{c.bsn[:4]}-{d.strftime('%y%m%d')}"),
    ]


def doc_uwv_bevestiging(c: Case, d: dt.date, melding: dt.date) -> list:
    return [
        Title("Wij hebben de ziekmelding ontvangen"),
        Fields([("Datum", c.fd(d)), ("Ons kenmerk", f"ZM/{c.bsn[-4:]}/{d.year}"), ("Betreft", c.emp_name),
                ("Burgerservicenummer", c.bsn)]),
        Para(f"Geachte heer/mevrouw, op {c.fd(melding)} heeft u gemeld dat uw werknemer langdurig ziek is. "
             f"De eerste ziektedag is {c.fd(c.d0)}. Wij hebben uw melding in goede orde ontvangen."),
        Para("Rond het einde van het eerste ziektejaar maakt u samen met uw werknemer de eerstejaarsevaluatie. "
             "Bewaar deze in het re-integratiedossier; u hoeft deze niet naar ons te sturen."),
        Para("Met vriendelijke groet,\nUitvoeringsinstituut Werknemersverzekeringen\nafdeling Klantcontact Werkgevers"),
    ]


def doc_eje(c: Case, d: dt.date, title: str = "Eerstejaarsevaluatie") -> list:
    return [
        Title(title, "evaluatie van het eerste ziektejaar"),
        c.emp_fields(extra=[("Datum evaluatie", c.fd(d))]),
        Heading("Terugblik eerste ziektejaar"),
        Para("In het eerste ziektejaar is gewerkt aan opbouw in aangepast werk. Werknemer werkt nu 16 uur per "
             "week in aangepaste taken; volledig herstel in het eigen werk wordt niet meer verwacht."),
        Heading("Beoogd re-integratieresultaat tweede ziektejaar"),
        Para("Duurzame plaatsing in passend werk, bij voorkeur binnen de organisatie; parallel wordt het "
             "tweede spoor ingezet."),
        Heading("Visie werkgever"),
        Para("De werkgever ziet beperkte mogelijkheden in eigen werk en kiest voor spoor 1 en spoor 2 tegelijk."),
        Heading("Visie werknemer"),
        Para("Ik vind het spannend maar begrijp dat ook buiten de organisatie wordt gekeken."),
        Signatures([Sig("Werkgever", c.wg_name, c.wg_func, c.fd(d)), Sig("Werknemer", c.emp_name, "", c.fd(d))]),
    ]


def doc_ad(c: Case, d: dt.date, onderzoek: dt.date) -> list:
    return [
        Title("Rapportage arbeidsdeskundig onderzoek", "belasting en belastbaarheid, advies spoor 1 en spoor 2"),
        c.emp_fields(extra=[("Opdrachtgever", c.employer.org), ("Datum onderzoek", c.fd(onderzoek))]),
        Heading("Functiebelasting"),
        Para(f"De functie {c.function.lower()} vraagt onder meer: langdurig staan en lopen, tillen tot 15 kg, "
             "werken onder tijdsdruk en klantcontact."),
        Heading("Belastbaarheid"),
        Para("Volgens de bedrijfsarts: " + "; ".join(c.limits) + "."),
        Heading("Conclusie en advies"),
        Bullets(["Het eigen werk is niet passend, ook niet in aangepaste vorm.",
                 "Ander werk bij de werkgever: beperkt mogelijk, onderzoek naar administratieve taken.",
                 "Advies: start tweede spoor zo spoedig mogelijk.",
                 "Geschatte loonwaarde in passend werk: circa 60 procent."]),
        Para(f"Rapportdatum: {c.fd(d)}"),
        Signatures([Sig("Arbeidsdeskundige", c.ad_name, "register-arbeidsdeskundige", c.fd(d))]),
    ]


def doc_izp(c: Case, d: dt.date) -> list:
    return [
        Title("Inzetbaarheidsprofiel", "functionele mogelijkheden en beperkingen"),
        c.emp_fields(),
        Table(["Rubriek", "Beperking"], [
            ["I Persoonlijk functioneren", "beperkt: geen hoge tijdsdruk"],
            ["II Sociaal functioneren", "normaal"],
            ["III Fysieke omgevingseisen", "normaal"],
            ["IV Dynamische handelingen", "beperkt: tillen max. 5 kg, niet boven schouderhoogte"],
            ["V Statische houdingen", "beperkt: afwisseling zitten en staan"],
            ["VI Werktijden", "maximaal 4 uur per dag, 20 uur per week"],
        ]),
        Para(f"Opgesteld op {c.fd(d)} door {c.ba_name}, bedrijfsarts."),
        Signatures([sig_ba(c, d)]),
    ]


def doc_trajectplan(c: Case, d: dt.date) -> list:
    return [
        Title("Trajectplan tweede spoor", c.bureau.org),
        Fields([("Kandidaat", c.emp_name), ("BSN", c.bsn), ("Opdrachtgever", c.employer.org),
                ("Loopbaanadviseur", c.bur_name), ("Datum intake", c.fd(d - dt.timedelta(days=7))),
                ("Datum trajectplan", c.fd(d))]),
        Heading("Persoonsprofiel"),
        Para(f"{c.emp_short} heeft ervaring als {c.function.lower()}. {c.skills}"),
        Heading("Zoekprofiel"),
        Bullets(["Lichte administratieve functies", "Receptie of baliewerk", "Klantenservice in deeltijd"]),
        Heading("Activiteiten"),
        Table(["Fase", "Activiteit", "Periode"], [
            ["1", "Arbeidsmarktoriëntatie en beroepentest", "maand 1-2"],
            ["2", "Sollicitatietraining en netwerkgesprekken", "maand 2-4"],
            ["3", "Gericht solliciteren, proefplaatsing", "maand 4-9"],
        ]),
        Signatures([Sig("Re-integratiebureau", c.bur_name, "loopbaanadviseur", c.fd(d)),
                    Sig("Kandidaat", c.emp_name, "", c.fd(d))]),
    ]


def doc_voortgang(c: Case, d: dt.date, start: dt.date, n: int) -> list:
    return [
        Title("Voortgangsrapportage tweede spoor", f"rapportage {n}"),
        Fields([("Kandidaat", c.emp_name), ("BSN", c.bsn), ("Rapportageperiode", f"{c.fd(start)} t/m {c.fd(d)}"),
                ("Loopbaanadviseur", c.bur_name)]),
        Heading("Activiteiten in deze periode"),
        Table(["Activiteit", "Aantal"], [["Sollicitaties", str(3 + n)], ["Netwerkgesprekken", "2"],
                                         ["Coachingsgesprekken", "4"], ["Vacatures besproken", str(6 + n)]]),
        Para("Kandidaat toont een goede inzet. Er is nog geen plaatsing gerealiseerd."),
        Signatures([Sig("Re-integratiebureau", c.bur_name, "loopbaanadviseur", c.fd(d))]),
    ]


def doc_eindrap(c: Case, d: dt.date, start: dt.date) -> list:
    return [
        Title("Eindrapportage re-integratietraject tweede spoor"),
        Fields([("Kandidaat", c.emp_name), ("BSN", c.bsn), ("Trajectduur", f"{c.fd(start)} tot {c.fd(d)}"),
                ("Datum rapportage", c.fd(d))]),
        Heading("Resultaat traject"),
        Para("Ondanks 24 sollicitaties en een proefplaatsing van zes weken is geen duurzame plaatsing "
             "gerealiseerd. De kandidaat heeft zich actief ingezet."),
        Heading("Advies"),
        Para("Afsluiting van het traject; advies aan werknemer om via UWV verder te zoeken."),
        Signatures([Sig("Re-integratiebureau", c.bur_name, "loopbaanadviseur", c.fd(d))]),
    ]


def doc_ao(c: Case, d: dt.date, datestr: str | None = None, sigstr: str | None = None) -> list:
    ds = datestr or c.fd(d)
    return [
        Title("Actueel oordeel bedrijfsarts", "ten behoeve van de WIA-aanvraag"),
        c.emp_fields(extra=[("Datum laatste contact", ds)]),
        Heading("Stand van zaken"),
        Para("Werknemer werkt 12 uur per week in aangepast werk. Verdere opbouw is volgens mij niet haalbaar."),
        Heading("Belastbaarheid"),
        Bullets(c.limits),
        Heading("Arbeidsrelatie"),
        Para("De arbeidsrelatie is goed; er zijn geen conflicten die de re-integratie belemmeren."),
        Heading("Passende arbeid bij de werkgever"),
        Para("Passende arbeid is binnen de organisatie beperkt beschikbaar in de huidige omvang."),
        Signatures([sig_ba(c, sigstr or ds)]),
    ]


def doc_ev(c: Case, d: dt.date, ao_date: dt.date) -> list:
    return [
        Title("Eindevaluatie", "plan van aanpak, ten behoeve van het re-integratieverslag"),
        c.emp_fields(extra=[("Datum eindevaluatie", c.fd(d)), ("Actueel oordeel bedrijfsarts", c.fd(ao_date))]),
        Heading("Aard van het bedrijf"),
        Para(c.aard),
        Heading("Terugblik op twee jaar re-integratie"),
        Para("Spoor 1: opbouw in aangepast werk tot 12 uur per week. Spoor 2: traject bij "
             f"{c.bureau.org}, zonder plaatsing."),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para("Werkgever beoordeelt de arbeidsrelatie als goed."),
        Heading("Passende arbeid"),
        Para("Er is geen passende arbeid in een grotere omvang dan de huidige 12 uur beschikbaar."),
        Signatures([Sig("Werkgever", c.wg_name, c.wg_func, c.fd(d)), Sig("Werknemer", c.emp_name, "", c.fd(d))]),
    ]


def doc_oordeel_wn(c: Case, d: dt.date, datestr: str | None = None) -> list:
    ds = datestr or c.fd(d)
    return [
        Title("Oordeel werknemer", "over het re-integratieverslag"),
        Fields([("Naam", c.emp_name), ("BSN", c.bsn)]),
        Para("Ik heb het re-integratieverslag met alle stukken ontvangen en gelezen."),
        Para("Ik ben het eens met de beschrijving van de re-integratie-inspanningen. Ik ben het niet helemaal "
             "eens met de opmerking dat ik meer had kunnen solliciteren; mijn klachten lieten dat niet toe."),
        Signatures([Sig("Werknemer", c.emp_name, "", f"{c.place}, {ds}")]),
    ]


def doc_mi(c: Case, d: dt.date, diag: str, behandelaar: str) -> list:
    return [
        Title("Medische informatie", "ten behoeve van de verzekeringsarts UWV - MEDISCH GEHEIM"),
        c.emp_fields(),
        Heading("Diagnose en beloop"),
        Para(f"Diagnose: {diag}. Behandeling door {behandelaar}. Medicatie in wisselende dosering."),
        Heading("Specialistische informatie"),
        Para("Informatie van de behandelend specialist is opgevraagd met toestemming van werknemer."),
        Signatures([sig_ba(c, d)]),
    ]


def doc_specialist(c: Case, d: dt.date, spec: str, hosp: str, diag: str) -> list:
    return [
        Title(f"Polikliniek {spec}", hosp),
        Fields([("Datum", c.fd(d)), ("Patiënt", c.emp_name), ("Geboortedatum", c.fd(c.emp_dob)),
                ("Aan", "huisarts")]),
        Para("Geachte collega, hierbij bericht ik u over uw patiënt die ik op de polikliniek zag."),
        Heading("Diagnose"),
        Para(diag),
        Heading("Beleid"),
        Para("Fysiotherapie voortzetten, controle over drie maanden. Pijnmedicatie zo nodig."),
        Para(f"Met collegiale groet,\n{spec.split()[0]} arts, {hosp}"),
    ]


def doc_uwv_wia(c: Case, d: dt.date) -> list:
    return [
        Title("Uw werknemer kan een WIA-uitkering aanvragen"),
        Fields([("Datum", c.fd(d)), ("Betreft", c.emp_name), ("BSN", c.bsn)]),
        Para(f"Uw werknemer is sinds {c.fd(c.d0)} ziek. Wij hebben uw werknemer een brief gestuurd over het "
             "aanvragen van een WIA-uitkering. Uw werknemer moet de uitkering uiterlijk 11 weken voor het "
             "einde van de wachttijd aanvragen."),
        Para("Stuur het re-integratieverslag binnen 1 dag na de aanvraag van uw werknemer via het werkgeversportaal."),
        Para("Met vriendelijke groet,\nUWV"),
    ]


def doc_do(c: Case, d: dt.date) -> list:
    return [
        Title("Deskundigenoordeel", "Uitvoeringsinstituut Werknemersverzekeringen"),
        Fields([("Datum", c.fd(d)), ("Aanvrager", c.employer.org), ("Werknemer", c.emp_name), ("BSN", c.bsn)]),
        Heading("Vraag"),
        Para("Is het aangeboden werk als medewerker klantcontactcentrum passend voor de werknemer?"),
        Heading("Oordeel"),
        Para("Het aangeboden werk is passend. De werkgever doet voldoende re-integratie-inspanningen."),
        Signatures([Sig("Arbeidsdeskundige UWV", "M. Kroes", "arbeidsdeskundige", c.fd(d)),
                    Sig("Verzekeringsarts UWV", "drs. T. Ophof", "verzekeringsarts", c.fd(d))]),
    ]


# non-RIV ------------------------------------------------------------------------------


def doc_loonstrook(c: Case, d: dt.date) -> list:
    return [
        Title("Loonstrook", f"periode {MONTHS[d.month - 1]} {d.year}"),
        Fields([("Werknemer", c.emp_name), ("BSN", c.bsn), ("Functie", c.function), ("Datum", c.fd(d))]),
        Table(["Omschrijving", "Bedrag"], [["Salaris", "€ 2.986,00"], ["Loondoorbetaling ziekte 70%", "€ -895,80"],
                                           ["Loonheffing", "€ -312,44"], ["Netto", "€ 1.777,76"]]),
    ]


def doc_factuur(c: Case, issuer: Style, d: dt.date, what: str) -> list:
    return [
        Title("Factuur", f"nr. {d.strftime('%Y%m')}-{c.bsn[-3:]}"),
        Fields([("Factuurdatum", c.fd(d)), ("Debiteur", c.employer.org), ("Betreft", what)]),
        Table(["Omschrijving", "Bedrag"], [[what, "€ 465,00"], ["BTW 21%", "€ 97,65"], ["Totaal", "€ 562,65"]]),
        Para("Betaling binnen 30 dagen onder vermelding van het factuurnummer."),
    ]


def doc_verzuimbeleid(c: Case) -> list:
    return [
        Title("Verzuimreglement", c.employer.org),
        Heading("1. Ziekmelding"),
        Para("Meld je ziek voor 9.00 uur bij je leidinggevende. De leidinggevende meldt het verzuim door aan de "
             "arbodienst."),
        Heading("2. Bereikbaarheid"),
        Para("Je bent de eerste drie weken bereikbaar op je huisadres tussen 10.00 en 12.00 uur en 14.00 en 16.00 uur."),
        Heading("3. Poortwachter"),
        Para("Bij dreigend langdurig verzuim volgen wij de stappen van de Wet verbetering poortwachter: "
             "probleemanalyse, plan van aanpak, evaluaties, eerstejaarsevaluatie en eindevaluatie."),
        Heading("4. Sancties"),
        Para("Wie zich niet aan deze regels houdt, kan een loonopschorting krijgen."),
        Para("Vastgesteld door de directie, versie 2022-1."),
    ]


def doc_certificaat(c: Case, d: dt.date, course: str, org: str) -> list:
    return [
        Title("Certificaat", course),
        Para(f"Hierbij verklaart {org} dat {c.emp_name} de training '{course}' met goed gevolg heeft afgerond."),
        Fields([("Datum", c.fd(d)), ("Studiebelasting", "16 uur")]),
        Signatures([Sig("Trainer", "P. Wolters", "trainer", c.fd(d))]),
    ]


def doc_cv(c: Case) -> list:
    return [
        Title("Curriculum vitae", c.emp_name),
        Fields([("Adres", c.emp_addr), ("Geboortedatum", c.fd(c.emp_dob)), ("E-mail", "privé, op aanvraag")]),
        Heading("Werkervaring"),
        Bullets([f"{c.in_dienst.year} - heden: {c.function}, {c.employer.org}",
                 f"{c.in_dienst.year - 6} - {c.in_dienst.year}: diverse functies in de detailhandel"]),
        Heading("Opleiding"),
        Bullets(["MBO niveau 3", "Cursus klantgericht werken"]),
        Heading("Vaardigheden"),
        Para(c.skills),
    ]


def doc_vacature(org: str, func: str) -> list:
    return [
        Title(f"Vacature: {func}", org),
        Para("Voor ons team zoeken wij een enthousiaste collega voor 20-24 uur per week."),
        Heading("Wat ga je doen"),
        Bullets(["Telefoon en e-mail beantwoorden", "Afspraken inplannen", "Lichte administratieve taken"]),
        Heading("Wat vragen wij"),
        Bullets(["MBO werk- en denkniveau", "Goede beheersing van de Nederlandse taal"]),
        Para("Reageren kan tot vier weken na plaatsing via werkenbij@" + org.split()[0].lower() + ".example."),
    ]


# ------------------------------------------------------------------------------------------
# writers
# ------------------------------------------------------------------------------------------

TMP = Path(tempfile.mkdtemp(prefix="corpus8_"))


def emit(case: Case, rel: str, kind: str, blocks: list, style: Style, **kw: object) -> Path:
    path = FILES / case.key / rel
    if kind == "pdf":
        write_pdf(path, blocks, style)
        pack_pdf(path)
    elif kind == "docx":
        write_docx(path, blocks, style)
        slim_docx(path)
    elif kind == "scan":
        write_scan_pdf(path, blocks, style, dpi=int(kw.pop("dpi", 100)), jpeg_quality=int(kw.pop("q", 30)), **kw)
    elif kind == "photo":
        write_photo_jpg(path, blocks, style, quality=int(kw.pop("q", 36)), **kw)
    elif kind == "txt":
        write_txt(path, blocks, style)
    else:
        raise ValueError(kind)
    return path


def slim_docx(path: Path) -> None:
    """Drop the Word 2010 compatibility part stylesWithEffects.xml (Word 2013+ no longer writes it)."""
    import re
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "word/stylesWithEffects.xml":
                continue
            data = src.read(info.filename)
            if info.filename in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
                text = data.decode("utf-8")
                text = re.sub(r"<Relationship [^>]*stylesWithEffects[^>]*/>", "", text)
                text = re.sub(r"<Override [^>]*stylesWithEffects[^>]*/>", "", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def tmpdoc(name: str, kind: str, blocks: list, style: Style, **kw: object) -> Path:
    path = TMP / name
    if kind == "pdf":
        write_pdf(path, blocks, style)
    elif kind == "docx":
        write_docx(path, blocks, style)
        slim_docx(path)
    elif kind == "scan":
        write_scan_pdf(path, blocks, style, dpi=int(kw.pop("dpi", 100)), jpeg_quality=int(kw.pop("q", 30)), **kw)
    elif kind == "photo":
        write_photo_jpg(path, blocks, style, quality=int(kw.pop("q", 36)), **kw)
    return path


def mail(case: Case, rel: str, frm: str, to: str, d: dt.date, subject: str, body: str,
         atts: list[Attachment] | None = None, hour: int = 10) -> None:
    headers = {"From": frm, "To": to, "Date": mail_date(d, hour, 7), "Subject": subject,
               "Message-ID": f"<{case.key}.{d.isoformat()}.{abs(hash_s(subject))}@mail.example>"}
    write_eml(FILES / case.key / rel, headers, body, atts)


def hash_s(s: str) -> int:
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1_000_000_007
    return h


def pack_pdf(path: Path) -> None:
    """Re-save with object streams (as many PDF tools do); keeps the text layer, saves ~10 %."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        buf = io.BytesIO()
        pdf.save(buf, static_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate,
                 compress_streams=True, recompress_flate=True)
    path.write_bytes(buf.getvalue())


def merge_pdfs(dst: Path, parts: list[Path]) -> None:
    import pikepdf

    out = pikepdf.Pdf.new()
    for p in parts:
        with pikepdf.open(p) as src:
            out.pages.extend(src.pages)
    dst.parent.mkdir(parents=True, exist_ok=True)
    out.save(dst, static_id=True)


# ------------------------------------------------------------------------------------------
# the five cases
# ------------------------------------------------------------------------------------------


def case_gemeente() -> None:
    key = "gemeente-oosterwijde"
    emp = Style("c8-gem", "Gemeente Oosterwijde", ("Raadhuisplein 1", "7391 AB Oosterwijde", "www.oosterwijde.example"),
                font="serif", accent=(0, 90, 60), letterhead="right", footer="Gemeente Oosterwijde - team HRM",
                producer="Microsoft Word 2019")
    arbo = Style("c8-gem-arbo", "Arbodienst Veluwestroom", ("Postbus 4410", "7300 EK Apeldoorn"),
                 accent=(150, 30, 30), letterhead="band", fields_as_table=True,
                 footer="Arbodienst Veluwestroom - vertrouwelijk")
    bureau = Style("c8-gem-bur", "Kompasroute Loopbaan & Re-integratie", ("Stationsweg 18", "Deventer"),
                   font="condensed", accent=(230, 120, 0), letterhead="centered", title_upper=True)
    ad = Style("c8-gem-ad", "Adviesbureau Hofstede Arbeidsdeskundigen", ("Kerkstraat 7", "Zutphen"),
               font="serif", accent=(60, 60, 60))
    uwv = Style("c8-uwv", "UWV", ("Postbus 58285", "1040 HG Amsterdam"), accent=(0, 60, 130), letterhead="left")
    c = Case(key, emp, arbo, emp, bureau, ad, "mevrouw M.J. (Marieke) Dijkhuis", "Mevrouw Dijkhuis",
             dt.date(1979, 6, 14), "Lindelaan 22, 7392 CD Oosterwijde", bsn_for(key),
             "Beleidsadviseur sociaal domein", 36, dt.date(2011, 3, 1), dt.date(2023, 9, 4), "Oosterwijde", f_long,
             "drs. R.P. Mulderink", "49031227801", "E. van Baalen", "casemanager verzuim, team HRM",
             "J.W. Hulshof", "teamleider Sociaal Domein", "A. Brinkerink", "mr. L. Hofstede",
             "Gemeente Oosterwijde is een middelgrote gemeente met circa 600 medewerkers, verdeeld over "
             "publieksdienstverlening, sociaal domein, ruimte en bedrijfsvoering.",
             ["Verminderde energie en concentratie", "Geen werk onder hoge tijdsdruk of met veel conflicten",
              "Maximaal 4 uur per dag"],
             ["structurele taken met weinig deadlines", "thuiswerken twee dagen per week"],
             "Zij is analytisch sterk, schrijft goed en heeft ervaring met projectmatig werken.",
             "812345678L01")
    pa, pva = c.day(31), c.day(44)
    ev1, bpa, bpva = c.day(86), c.day(150), c.day(163)
    m42, bev = c.day(291), c.day(298)
    adr, eje = c.day(332), c.day(352)
    tp, vg1, do = c.day(383), c.day(474), c.day(516)
    wia, ao, mi, er, ev, ow = c.day(611), c.day(617), c.day(618), c.day(624), c.day(631), c.day(640)

    def letter(d: dt.date) -> Para:
        return Para(f"{c.place}, {f_long(d)}")

    emit(c, "01 Probleemanalyse/Probleemanalyse M. Dijkhuis.pdf", "pdf", doc_pa(c, pa, 0), arbo)
    label(f"{key}/01 Probleemanalyse/Probleemanalyse M. Dijkhuis.pdf", "probleemanalyse", pa,
          f"{key}: PA in band letterhead with fields table; next-appointment date 6 weeks later in the text")
    emit(c, "02 Plan van aanpak/PvA Dijkhuis definitief.docx", "docx", doc_pva(c, pva, pa), emp)
    label(f"{key}/02 Plan van aanpak/PvA Dijkhuis definitief.docx", "plan_van_aanpak", pva,
          f"{key}: Word PvA; PA date and first sick day also in the fields")
    emit(c, "03 Evaluaties/gespreksverslag 1.docx", "docx",
         [letter(ev1)] + doc_evaluatie(c, ev1, 1, pva, "Gespreksverslag evaluatie re-integratie"), emp)
    label(f"{key}/03 Evaluaties/gespreksverslag 1.docx", "tussentijdse_evaluatie", ev1,
          f"{key}: date as letter line 'Oosterwijde, <long date>' above the title")
    emit(c, "01 Probleemanalyse/Bijstelling PA februari.pdf", "pdf", doc_bijst_pa(c, bpa, pa), arbo)
    label(f"{key}/01 Probleemanalyse/Bijstelling PA februari.pdf", "bijstelling_probleemanalyse", bpa,
          f"{key}: bijstelling names the original PA date too")
    emit(c, "02 Plan van aanpak/Bijstelling plan van aanpak.docx", "docx", doc_bijst_pva(c, bpva),
         restyle(emp, docx_title_in_header=True))
    label(f"{key}/02 Plan van aanpak/Bijstelling plan van aanpak.docx", "bijstelling_plan_van_aanpak", bpva,
          f"{key}: title only in the Word page header")
    emit(c, "04 UWV/Ziekmelding 42e week.pdf", "pdf", doc_melding42(c, m42), restyle(uwv, org="UWV werkgeversportaal"))
    label(f"{key}/04 UWV/Ziekmelding 42e week.pdf", "ziekmelding_uwv", m42,
          f"{key}: portal print of the 42nd-week report; sick day and report date side by side")
    emit(c, "04 UWV/scan_0042.pdf", "scan", doc_uwv_bevestiging(c, bev, m42), uwv)
    label(f"{key}/04 UWV/scan_0042.pdf", "ziekmelding_uwv", bev,
          f"{key}: scanned UWV confirmation of the 42nd-week report, meaningless file name; quotes the report date")
    emit(c, "05 Arbeidsdeskundig/AD rapport Hofstede.pdf", "pdf", doc_ad(c, adr, adr - dt.timedelta(days=9)), ad)
    label(f"{key}/05 Arbeidsdeskundig/AD rapport Hofstede.pdf", "arbeidsdeskundig_rapport", adr,
          f"{key}: date of examination 9 days before the report date at the end")
    emit(c, "03 Evaluaties/Eerstejaarsevaluatie Dijkhuis.docx", "docx", [letter(eje)] + doc_eje(c, eje),
         restyle(emp, docx_form=True))
    label(f"{key}/03 Evaluaties/Eerstejaarsevaluatie Dijkhuis.docx", "eerstejaarsevaluatie", eje,
          f"{key}: Word form layout (Onderdeel | Invulling)")
    emit(c, "06 Tweede spoor/Trajectplan Kompasroute.pdf", "pdf", doc_trajectplan(c, tp), bureau)
    label(f"{key}/06 Tweede spoor/Trajectplan Kompasroute.pdf", "trajectplan_tweede_spoor", tp,
          f"{key}: intake date one week before the trajectplan date")
    emit(c, "06 Tweede spoor/Rapportage 1.pdf", "pdf", doc_voortgang(c, vg1, tp, 1), bureau)
    label(f"{key}/06 Tweede spoor/Rapportage 1.pdf", "voortgangsrapportage_tweede_spoor", vg1,
          f"{key}: period 'from t/m to'; own date is the end of the period at the signature")
    emit(c, "04 UWV/Deskundigenoordeel passend werk.pdf", "scan", doc_do(c, do), uwv)
    label(f"{key}/04 UWV/Deskundigenoordeel passend werk.pdf", "deskundigenoordeel", do,
          f"{key}: scanned UWV deskundigenoordeel about offered work")
    emit(c, "04 UWV/brief UWV wia.pdf", "scan", doc_uwv_wia(c, wia), uwv)
    label(f"{key}/04 UWV/brief UWV wia.pdf", "uwv_correspondentie", wia, f"{key}: scanned week-88 WIA letter")
    emit(c, "07 RIV/Actueel oordeel.pdf", "pdf", doc_ao(c, ao), arbo)
    label(f"{key}/07 RIV/Actueel oordeel.pdf", "actueel_oordeel", ao, f"{key}: AO, date in the fields table and at signature")
    emit(c, "07 RIV/Medische informatie - medisch geheim.pdf", "pdf",
         doc_mi(c, mi, "aanpassingsstoornis met depressieve klachten, overspanning", "GZ-psycholoog en huisarts"), arbo)
    label(f"{key}/07 RIV/Medische informatie - medisch geheim.pdf", "medische_informatie", mi,
          f"{key}: medical information the employer must not hold, sitting in the employer's RIV folder")
    emit(c, "06 Tweede spoor/Eindrapport.pdf", "pdf", doc_eindrap(c, er, tp), bureau)
    label(f"{key}/06 Tweede spoor/Eindrapport.pdf", "eindrapportage_tweede_spoor", er,
          f"{key}: trajectduur 'from tot to' with the report date also as 'Datum rapportage'")
    emit(c, "07 RIV/Eindevaluatie.docx", "docx", [letter(ev)] + doc_ev(c, ev, ao), emp)
    label(f"{key}/07 RIV/Eindevaluatie.docx", "eindevaluatie", ev, f"{key}: EV names the AO date as well")
    emit(c, "07 RIV/IMG_4471.jpg", "photo", doc_oordeel_wn(c, ow), restyle(emp, letterhead="none", footer=" "),
         taken=dt.datetime(ow.year, ow.month, ow.day, 19, 42) + dt.timedelta(days=2), orientation=6,
         make="Apple", model="iPhone 12")
    label(f"{key}/07 RIV/IMG_4471.jpg", "oordeel_werknemer", ow,
          f"{key}: phone photo stored rotated (EXIF 6), EXIF date two days after the signing date")
    # non-RIV
    emit(c, "00 Algemeen/Verzuimreglement gemeente Oosterwijde.pdf", "pdf", doc_verzuimbeleid(c), emp)
    label(f"{key}/00 Algemeen/Verzuimreglement gemeente Oosterwijde.pdf", None, None,
          f"{key}: employer's verzuimbeleid naming every Poortwachter step (non-RIV)")
    emit(c, "00 Algemeen/Certificaat Timemanagement.pdf", "pdf",
         doc_certificaat(c, c.day(420), "Timemanagement en energie", "Opleidingscentrum De Brug"),
         Style("c8-cert", "Opleidingscentrum De Brug", (), accent=(120, 0, 120), letterhead="centered"))
    label(f"{key}/00 Algemeen/Certificaat Timemanagement.pdf", None, None, f"{key}: training certificate (non-RIV)")
    emit(c, "00 Algemeen/Loonstrook december.pdf", "pdf", doc_loonstrook(c, c.day(110)), emp)
    label(f"{key}/00 Algemeen/Loonstrook december.pdf", None, None, f"{key}: payslip showing 70% sick pay (non-RIV)")
    mail(c, "08 Correspondentie/RE afspraak spreekuur.eml", "Marieke Dijkhuis <m.dijkhuis@thuis.example>",
         "E. van Baalen <e.vanbaalen@oosterwijde.example>", c.day(120), "RE: afspraak spreekuur en plan van aanpak",
         "Hoi Esther,\n\nDank voor je bericht. Ik kom donderdag naar het spreekuur. Het plan van aanpak heb ik "
         "getekend teruggestuurd. Kunnen we de evaluatie een week verschuiven?\n\nGroet, Marieke\n")
    label(f"{key}/08 Correspondentie/RE afspraak spreekuur.eml", None, None,
          f"{key}: chatter e-mail mentioning spreekuur, plan van aanpak and evaluatie (non-RIV)")


def case_glansrijk() -> None:
    key = "glansrijk-schoonmaak"
    emp = Style("c8-gl", "Schoonmaakbedrijf Glansrijk B.V.", ("Industrieweg 40", "4143 HB Leerdam"),
                font="sans", accent=(0, 140, 180), letterhead="left", footer="Glansrijk - schoon werk sinds 1987")
    vb = Style("c8-gl-vb", "Verzuimbureau Stip", ("Verzuimbegeleiding & casemanagement", "Utrechtseweg 9, Culemborg"),
               font="condensed", accent=(200, 0, 90), letterhead="band", fields_as_table=True,
               footer="Verzuimbureau Stip | casemanagement namens Glansrijk")
    arbo = Style("c8-gl-arbo", "ArboPunt Rivierenland", ("Bedrijfsartsenpraktijk", "Geldermalsen"),
                 font="sans", accent=(40, 120, 40), letterhead="left")
    bureau = Style("c8-gl-bur", "Werkspoor Re-integratie", ("Gorinchem",), font="sans", accent=(90, 40, 160))
    ad = Style("c8-gl-ad", "Werkspoor Re-integratie - arbeidsdeskundigen", ("Gorinchem",), accent=(90, 40, 160))
    uwv = Style("c8-uwv2", "UWV", ("Postbus 58285", "1040 HG Amsterdam"), accent=(0, 60, 130))
    c = Case(key, emp, arbo, vb, bureau, ad, "Jolanta Wiśniewska", "Mevrouw Wiśniewska", dt.date(1985, 2, 27),
             "Lingedijk 3, 4142 AA Leerdam", bsn_for(key), "Schoonmaakmedewerker kantoorobjecten", 24,
             dt.date(2016, 8, 15), dt.date(2023, 11, 20), "Leerdam", f_num,
             "A. el Khatib", "29054418901", "S. Koopmans", "casemanager Verzuimbureau Stip",
             "R. Verbeek", "rayonleider", "T. de Groot", "C. Vink",
             "Glansrijk B.V. is een schoonmaakbedrijf met circa 350 medewerkers die kantoren, scholen en "
             "zorginstellingen in de regio schoonmaken, grotendeels in avonduren.",
             ["Niet tillen boven schouderhoogte met rechterarm", "Geen repeterende reik- en poetsbewegingen langer dan 30 minuten",
              "Werkdagen van maximaal 4 uur"],
             ["licht schoonmaakwerk met afwisseling", "controle- en voorbereidende taken"],
             "Zij is betrouwbaar, werkt zelfstandig en spreekt Pools en redelijk Nederlands.",
             "823456789L01")
    pa, pva = c.day(36), c.day(47)
    ev1, ev2, izp = c.day(90), c.day(134), c.day(140)
    m42, eje, adr = c.day(290), c.day(346), c.day(360)
    tp, vg1, vg2 = c.day(392), c.day(455), c.day(518)
    spec, wia, ao, ev, ow = c.day(250), c.day(612), c.day(620), c.day(634), c.day(641)

    pa_blocks = doc_pa(c, pa, 1)
    emit(c, "Probleemanalyse.pdf", "scan", pa_blocks, arbo, rotate_deg=1.2)
    label(f"{key}/Probleemanalyse.pdf", "probleemanalyse", pa, f"{key}: scanned PA, numeric dates dd-mm-yyyy")
    shutil.copyfile(FILES / key / "Probleemanalyse.pdf", FILES / key / "Probleemanalyse (1).pdf")
    label(f"{key}/Probleemanalyse (1).pdf", "probleemanalyse", pa,
          f"{key}: byte-identical duplicate of the scanned PA under a download name")
    shot = dt.datetime(pva.year, pva.month, pva.day, 16, 12, 3) + dt.timedelta(days=3)
    photo = f"IMG_{shot:%Y%m%d_%H%M%S}.jpg"
    emit(c, photo, "photo", doc_pva(c, pva, pa), vb, taken=shot)
    label(f"{key}/{photo}", "plan_van_aanpak", pva,
          f"{key}: phone photo of the signed PvA by the verzuimbureau; file name is the photo date (later than the PvA)")
    emit(c, "PvA_update.pdf", "pdf", doc_evaluatie(c, ev1, 1, pva, "Verslag evaluatiegesprek"), vb)
    label(f"{key}/PvA_update.pdf", "tussentijdse_evaluatie", ev1,
          f"{key}: file name says PvA update but it is a 6-weekly evaluation report")
    emit(c, "Evaluatie 2.pdf", "pdf", doc_evaluatie(c, ev2, 2, ev1, "Verslag evaluatiegesprek"),
         restyle(vb, footer=f"Verzuimbureau Stip | printdatum {f_num(c.day(300))}"))
    label(f"{key}/Evaluatie 2.pdf", "tussentijdse_evaluatie", ev2,
          f"{key}: footer carries a later print date ('printdatum')")
    emit(c, "FML bedrijfsarts.pdf", "pdf", doc_izp(c, izp), arbo)
    label(f"{key}/FML bedrijfsarts.pdf", "inzetbaarheidsprofiel", izp,
          f"{key}: inzetbaarheidsprofiel named 'FML' in the file name")
    emit(c, "UWV/42e weeks melding.pdf", "pdf", doc_melding42(c, m42), restyle(uwv, org="UWV werkgeversportaal"))
    label(f"{key}/UWV/42e weeks melding.pdf", "ziekmelding_uwv", m42, f"{key}: 42nd-week report print")
    emit(c, "Specialist orthopedie.pdf", "scan",
         doc_specialist(c, spec, "Orthopedie", "Rivierenziekenhuis Beesd",
                        "Rotator cuff ruptuur rechts (M75.1), status na artroscopie. Impingement."),
         Style("c8-zkh", "Rivierenziekenhuis Beesd", ("Polikliniek Orthopedie",), font="serif", accent=(0, 0, 0)))
    label(f"{key}/Specialist orthopedie.pdf", "medische_informatie", spec,
          f"{key}: specialist's letter to the GP (diagnosis, ICD code) that ended up in the employer's dossier")
    emit(c, "Eerstejaars evaluatie.pdf", "pdf", doc_eje(c, eje, "Evaluatie eerste ziektejaar"), vb)
    label(f"{key}/Eerstejaars evaluatie.pdf", "eerstejaarsevaluatie", eje,
          f"{key}: EJE titled 'Evaluatie eerste ziektejaar' by the verzuimbureau")
    emit(c, "Arbeidsdeskundig onderzoek Werkspoor.docx", "docx", doc_ad(c, adr, adr - dt.timedelta(days=14)), ad)
    label(f"{key}/Arbeidsdeskundig onderzoek Werkspoor.docx", "arbeidsdeskundig_rapport", adr,
          f"{key}: AD report in Word by the same firm that runs the 2nd track")
    emit(c, "2e spoor/Trajectplan.pdf", "pdf", doc_trajectplan(c, tp), bureau)
    label(f"{key}/2e spoor/Trajectplan.pdf", "trajectplan_tweede_spoor", tp, f"{key}: trajectplan")
    emit(c, "2e spoor/Voortgang 1.pdf", "pdf", doc_voortgang(c, vg1, tp, 1), bureau)
    label(f"{key}/2e spoor/Voortgang 1.pdf", "voortgangsrapportage_tweede_spoor", vg1, f"{key}: progress report 1")
    emit(c, "2e spoor/Voortgang 2.pdf", "scan", doc_voortgang(c, vg2, vg1, 2), bureau, upside_down=True)
    label(f"{key}/2e spoor/Voortgang 2.pdf", "voortgangsrapportage_tweede_spoor", vg2,
          f"{key}: progress report 2 scanned upside down")
    emit(c, "UWV/Brief UWV.pdf", "pdf", doc_uwv_wia(c, wia), uwv)
    label(f"{key}/UWV/Brief UWV.pdf", "uwv_correspondentie", wia, f"{key}: week-88 WIA letter")
    emit(c, "Actueel oordeel ArboPunt.pdf", "pdf", doc_ao(c, ao), arbo)
    label(f"{key}/Actueel oordeel ArboPunt.pdf", "actueel_oordeel", ao, f"{key}: AO")
    emit(c, "Eindevaluatie getekend.pdf", "scan", doc_ev(c, ev, ao), vb, rotate_deg=-0.9)
    label(f"{key}/Eindevaluatie getekend.pdf", "eindevaluatie", ev, f"{key}: scanned signed EV, AO date in fields")
    emit(c, "Mijn mening.docx", "docx", doc_oordeel_wn(c, ow), restyle(emp, org="J. Wiśniewska", org_lines=(), footer=" "))
    label(f"{key}/Mijn mening.docx", "oordeel_werknemer", ow,
          f"{key}: employee's own Word file; date only after the place name at the signature")
    # non-RIV
    emit(c, "Administratie/Factuur Verzuimbureau Stip.pdf", "pdf",
         doc_factuur(c, vb, c.day(100), "Casemanagement 1e kwartaal, dossier Wiśniewska"), vb)
    label(f"{key}/Administratie/Factuur Verzuimbureau Stip.pdf", None, None, f"{key}: verzuimbureau invoice (non-RIV)")
    emit(c, "Administratie/loonstrook.pdf", "pdf", doc_loonstrook(c, c.day(400)), emp)
    label(f"{key}/Administratie/loonstrook.pdf", None, None, f"{key}: payslip (non-RIV)")
    emit(c, "2e spoor/CV Jolanta.docx", "docx", doc_cv(c), restyle(emp, org="Jolanta Wiśniewska", org_lines=()))
    label(f"{key}/2e spoor/CV Jolanta.docx", None, None, f"{key}: CV made during the 2nd track (non-RIV)")
    emit(c, "2e spoor/vacature receptie.pdf", "pdf", doc_vacature("Zorgcentrum Lingehof", "Medewerker receptie"),
         Style("c8-vac", "Zorgcentrum Lingehof", ("Leerdam",), accent=(0, 100, 100)))
    label(f"{key}/2e spoor/vacature receptie.pdf", None, None, f"{key}: vacancy text from the 2nd track (non-RIV)")


def case_vandalen() -> None:
    key = "vandalen-bouw"
    emp = Style("c8-vd", "Bouwbedrijf Van Dalen & Zn. B.V.", ("Havenkade 12", "8861 AK Harlingerzijl"),
                font="sans", accent=(180, 90, 0), letterhead="left", footer="Van Dalen & Zn. - bouwen met vakmanschap")
    cm = Style("c8-vd-cm", "Casemanagement Noordkust", ("J. Ridderbos, register casemanager", "Franeker"),
               font="serif", accent=(20, 60, 110), letterhead="right")
    arbo = Style("c8-vd-arbo", "Bouw & Arbo Zorg", ("Arbodienst voor de bouw", "Leeuwarden"),
                 font="sans", accent=(200, 140, 0), letterhead="band", title_upper=True, fields_as_table=True)
    bureau = Style("c8-vd-bur", "Werkfit Noord", ("Re-integratie 2e spoor", "Sneek"), font="condensed",
                   accent=(0, 120, 80), letterhead="centered")
    ad = Style("c8-vd-ad", "Arbeidsdeskundigenpraktijk Zijlstra", ("Drachten",), font="serif", accent=(70, 70, 70))
    uwv = Style("c8-uwv3", "UWV", ("Postbus 58285", "1040 HG Amsterdam"), accent=(0, 60, 130))
    c = Case(key, emp, arbo, cm, bureau, ad, "H.J. (Henk) Brouwer", "De heer Brouwer", dt.date(1968, 10, 3),
             "Schoolstraat 5, 8862 BC Harlingerzijl", bsn_for(key), "Timmerman nieuwbouw", 40,
             dt.date(1994, 5, 2), dt.date(2024, 1, 8), "Harlingerzijl", f_short,
             "H.J. Terpstra", "19062215401", "J. Ridderbos", "extern casemanager",
             "P. van Dalen", "directeur", "S. Hoekema", "drs. K. Zijlstra",
             "Van Dalen & Zn. is een familiebouwbedrijf met 45 medewerkers, actief in woningbouw en renovatie "
             "in Noord-Friesland; vrijwel alle functies zijn fysiek zwaar.",
             ["Niet knielen of hurken", "Tillen maximaal 10 kg", "Niet werken op ladders en steigers"],
             ["werkvoorbereiding en calculatie op kantoor", "begeleiden van leerlingen"],
             "Hij is vakkundig, heeft een VCA-VOL diploma en kan goed tekeningen lezen.",
             "834567891L01")
    pa, pva, ev1 = c.day(38), c.day(51), c.day(95)
    bpva, m42, eje = c.day(200), c.day(292), c.day(345)
    adr, tp, vg1 = c.day(330), c.day(372), c.day(460)
    wia, ao, ev, er, ow = c.day(610), c.day(616), c.day(630), c.day(627), c.day(636)
    fro_arbo = "Bouw & Arbo Zorg <noreply@bouwarbozorg.example>"
    fro_cm = "J. Ridderbos <j.ridderbos@cm-noordkust.example>"
    to_wg = "P. van Dalen <piet@vandalenbouw.example>"

    # PA as attachment of the arbodienst's mail (mail sent 3 days after the PA)
    p = tmpdoc("Terugkoppeling spreekuur.pdf", "pdf", doc_pa(c, pa, 2, datestr=f_wd(pa)), arbo)
    mail(c, "mail/Terugkoppeling spreekuur Brouwer.eml", fro_arbo, to_wg, pa + dt.timedelta(days=3),
         "Terugkoppeling spreekuur H. Brouwer",
         "Geachte heer Van Dalen,\n\nBijgaand de probleemanalyse na het spreekuur van uw medewerker.\n\n"
         "Met vriendelijke groet,\nSecretariaat Bouw & Arbo Zorg\n", [attachment_from(p)])
    label(f"{key}/mail/Terugkoppeling spreekuur Brouwer.eml::Terugkoppeling spreekuur.pdf", "probleemanalyse", pa,
          f"{key}: PA attached to the arbodienst's mail (sent 3 days later); date written 'weekday d month yyyy'")
    # PvA, signed, attached to the casemanager's mail as DOCX
    p = tmpdoc("PvA Brouwer.docx", "docx", doc_pva(c, pva, pa), cm)
    mail(c, "mail/PvA ter ondertekening.eml", fro_cm, to_wg, pva - dt.timedelta(days=2),
         "Plan van aanpak Henk ter ondertekening",
         "Beste Piet,\n\nHierbij het plan van aanpak, graag tekenen en retour.\n\nGroet,\nJan Ridderbos\n",
         [attachment_from(p)])
    label(f"{key}/mail/PvA ter ondertekening.eml::PvA Brouwer.docx", "plan_van_aanpak", pva,
          f"{key}: PvA attached to a mail sent two days before its own date; short dates d-m-'yy")
    emit(c, "dossier/eval 1.pdf", "pdf", doc_evaluatie(c, ev1, 1, pva), cm)
    label(f"{key}/dossier/eval 1.pdf", "tussentijdse_evaluatie", ev1, f"{key}: evaluation by external casemanager")
    emit(c, "dossier/Bijstelling PvA juli.pdf", "scan", doc_bijst_pva(c, bpva), cm)
    label(f"{key}/dossier/Bijstelling PvA juli.pdf", "bijstelling_plan_van_aanpak", bpva, f"{key}: scanned bijstelling PvA")
    emit(c, "dossier/melding UWV 42 weken.pdf", "pdf", doc_melding42(c, m42), restyle(uwv, org="UWV werkgeversportaal"))
    label(f"{key}/dossier/melding UWV 42 weken.pdf", "ziekmelding_uwv", m42, f"{key}: 42nd-week report")
    emit(c, "dossier/AD rapport.pdf", "pdf", doc_ad(c, adr, adr - dt.timedelta(days=6)), ad)
    label(f"{key}/dossier/AD rapport.pdf", "arbeidsdeskundig_rapport", adr, f"{key}: AD report before the EJE")
    # EJE forwarded: mail -> forwarded original mail -> PDF
    p = tmpdoc("EJE Brouwer.pdf", "pdf", doc_eje(c, eje), cm)
    orig = build_message({"From": fro_cm, "To": to_wg, "Date": mail_date(eje + dt.timedelta(days=1), 9, 30),
                          "Subject": "Eerstejaarsevaluatie Henk", "Message-ID": "<eje.orig@cm-noordkust.example>"},
                         "Beste Piet,\n\nBijgaand de getekende eerstejaarsevaluatie.\n\nJan\n", [attachment_from(p)])
    mail(c, "mail/FW Eerstejaarsevaluatie Henk.eml", to_wg, "Boekhouding <admin@vandalenbouw.example>",
         eje + dt.timedelta(days=20), "FW: Eerstejaarsevaluatie Henk",
         "Voor het dossier.\n\nPiet\n", [Attachment("Eerstejaarsevaluatie Henk.eml", orig, "message/rfc822")])
    label(f"{key}/mail/FW Eerstejaarsevaluatie Henk.eml::Eerstejaarsevaluatie Henk.eml::EJE Brouwer.pdf",
          "eerstejaarsevaluatie", eje, f"{key}: EJE inside a forwarded mail inside a mail (forward 20 days later)")
    emit(c, "dossier/Trajectplan Werkfit.pdf", "pdf", doc_trajectplan(c, tp), bureau)
    label(f"{key}/dossier/Trajectplan Werkfit.pdf", "trajectplan_tweede_spoor", tp, f"{key}: trajectplan")
    emit(c, "dossier/Werkfit rapportage.docx", "docx", doc_voortgang(c, vg1, tp, 1), bureau)
    label(f"{key}/dossier/Werkfit rapportage.docx", "voortgangsrapportage_tweede_spoor", vg1, f"{key}: progress report in Word")
    emit(c, "dossier/UWV brief.pdf", "scan", doc_uwv_wia(c, wia), uwv)
    label(f"{key}/dossier/UWV brief.pdf", "uwv_correspondentie", wia, f"{key}: scanned WIA letter")
    # AO and EV both attached to one mail from the casemanager; names lie ("RIV deel 1/2")
    p1 = tmpdoc("RIV deel 1.pdf", "pdf", doc_ao(c, ao, datestr=f_wd(ao)), arbo)
    p2 = tmpdoc("RIV deel 2.pdf", "pdf", doc_ev(c, ev, ao), cm)
    mail(c, "mail/RIV stukken Brouwer.eml", fro_cm, to_wg, ev + dt.timedelta(days=1), "RIV stukken Henk Brouwer",
         "Beste Piet,\n\nIn de bijlage het actueel oordeel en de eindevaluatie. De WIA-aanvraag moet voor week 93 "
         "de deur uit.\n\nGroet, Jan\n", [attachment_from(p1), attachment_from(p2)])
    label(f"{key}/mail/RIV stukken Brouwer.eml::RIV deel 1.pdf", "actueel_oordeel", ao,
          f"{key}: AO attached as 'RIV deel 1'; weekday date")
    label(f"{key}/mail/RIV stukken Brouwer.eml::RIV deel 2.pdf", "eindevaluatie", ev,
          f"{key}: EV attached as 'RIV deel 2'; names the AO date too")
    emit(c, "dossier/Eindrapportage Werkfit.pdf", "pdf", doc_eindrap(c, er, tp), bureau)
    label(f"{key}/dossier/Eindrapportage Werkfit.pdf", "eindrapportage_tweede_spoor", er, f"{key}: final 2nd-track report")
    emit(c, "dossier/Reactie Henk.pdf", "scan", doc_oordeel_wn(c, ow),
         Style("c8-vd-wn", "H.J. Brouwer", ("Schoolstraat 5, Harlingerzijl",), font="mono", accent=(0, 0, 0)))
    label(f"{key}/dossier/Reactie Henk.pdf", "oordeel_werknemer", ow, f"{key}: employee's view, scanned, typewriter font")
    mi = c.day(617)
    emit(c, "dossier/medisch.pdf", "pdf", doc_mi(c, mi, "gonartrose beiderzijds, lumbale hernia L4-L5",
                                                   "orthopeed en fysiotherapeut"), arbo)
    label(f"{key}/dossier/medisch.pdf", "medische_informatie", mi,
          f"{key}: MI in the employer's folder under a vague name")
    # non-RIV
    emit(c, "dossier/VCA certificaat.pdf", "scan",
         doc_certificaat(c, dt.date(2021, 4, 16), "VCA-VOL", "Stichting Veilig Bouwen"),
         Style("c8-vca", "Stichting Veilig Bouwen", (), accent=(200, 0, 0), letterhead="centered"))
    label(f"{key}/dossier/VCA certificaat.pdf", None, None, f"{key}: old safety certificate, scanned (non-RIV)")
    emit(c, "dossier/Factuur Casemanagement Noordkust.pdf", "pdf",
         doc_factuur(c, cm, c.day(370), "Casemanagement dossier H. Brouwer, eerstejaarsevaluatie"), cm)
    label(f"{key}/dossier/Factuur Casemanagement Noordkust.pdf", None, None,
          f"{key}: casemanager invoice naming the eerstejaarsevaluatie (non-RIV)")
    mail(c, "mail/vraag over loon.eml", "Henk Brouwer <henk.brouwer@thuis.example>", to_wg, c.day(380),
         "vraag loon tweede ziektejaar",
         "Piet,\n\nKlopt het dat ik in het tweede ziektejaar 70 procent krijg? Het UWV zegt dat ik na week 88 "
         "een brief krijg over de WIA.\n\nGroeten Henk\n")
    label(f"{key}/mail/vraag over loon.eml", None, None, f"{key}: employee's question about pay mentioning UWV and WIA (non-RIV)")


def case_modemeer() -> None:
    key = "modemeer-retail"
    emp = Style("c8-mm", "Mode & Meer Retail B.V.", ("Hoofdkantoor, Veemarkt 100", "5211 XX Den Bosch-Noord"),
                font="sans", accent=(0, 0, 0), letterhead="centered", title_upper=True,
                footer="HR-portaal Mode & Meer", producer="PeopleDesk HR 7.2", author="hrportaal")
    arbo = Style("c8-mm-arbo", "ZorgSaam Arbo", ("bedrijfsgezondheidszorg", "Tilburg"),
                 font="sans", accent=(0, 110, 150), letterhead="left", fields_as_table=True,
                 footer="ZorgSaam Arbo - dit document is vertrouwelijk")
    bureau = Style("c8-mm-bur", "Nieuwe Wegen Loopbaancoaching", ("Eindhoven",), font="serif",
                   accent=(130, 30, 60), letterhead="right")
    ad = Style("c8-mm-ad", "ZorgSaam Arbo - arbeidsdeskundigheid", ("Tilburg",), accent=(0, 110, 150),
               fields_as_table=True)
    uwv = Style("c8-uwv4", "UWV", ("Postbus 58285", "1040 HG Amsterdam"), accent=(0, 60, 130))
    c = Case(key, emp, arbo, emp, bureau, ad, "Dewi Kartosen", "Mevrouw Kartosen", dt.date(1992, 12, 1),
             "Pijnboomstraat 14, 5212 KL Den Bosch-Noord", bsn_for(key), "Assistent filiaalmanager", 28,
             dt.date(2017, 9, 1), dt.date(2023, 10, 2), "Den Bosch-Noord", f_dot,
             "mw. C. Verhoef", "59012776601", "N. Bakker", "HR business partner",
             "L. Smits", "rayonmanager Zuid", "drs. E. Pauwels", "W. Maas",
             "Mode & Meer is een landelijke winkelketen in kleding en accessoires met 80 filialen en circa "
             "1.200 medewerkers, een hoofdkantoor en een distributiecentrum.",
             ["Verminderde belastbaarheid voor drukte en conflicten", "Geen eindverantwoordelijkheid",
              "Maximaal 20 uur per week"],
             ["ondersteunende taken in een rustig filiaal", "backoffice webwinkel"],
             "Zij is klantgericht, kan roosters maken en heeft leidinggevende ervaring.",
             "845678912L01")
    pa, izp, pva = c.day(33), c.day(33), c.day(45)
    ev1, ev2, bpa = c.day(88), c.day(131), c.day(180)
    m42, eje, adr, tp = c.day(294), c.day(357), c.day(343), c.day(395)
    vg1, wia, ao, ev, er, ow = c.day(480), c.day(609), c.day(615), c.day(629), c.day(622), c.day(638)
    exp = f_dot(c.day(645))
    portal = restyle(emp, footer=f"Geëxporteerd uit HR-portaal op {exp} - pagina")

    # bundle: PA + IZP merged into one PDF by the arbodienst
    p1 = tmpdoc("pa.pdf", "pdf", doc_pa(c, pa, 1, datestr=f_abbr(pa)), arbo)
    p2 = tmpdoc("izp.pdf", "pdf", doc_izp(c, izp), arbo)
    merge_pdfs(FILES / key / "export_00113.pdf", [p1, p2])
    label(f"{key}/export_00113.pdf", "probleemanalyse", pa,
          f"{key}: bundle PA + inzetbaarheidsprofiel as one PDF, portal export name; date as '2 okt. 2023' style")
    emit(c, "export_00117.pdf", "pdf", doc_pva(c, pva, pa, title="Plan van aanpak re-integratie"), portal)
    label(f"{key}/export_00117.pdf", "plan_van_aanpak", pva,
          f"{key}: portal export; footer carries the (later) export date")
    emit(c, "export_00121.pdf", "pdf", doc_evaluatie(c, ev1, 1, pva, "Voortgangsgesprek"), portal)
    label(f"{key}/export_00121.pdf", "tussentijdse_evaluatie", ev1, f"{key}: portal export, export date in footer")
    emit(c, "export_00122.pdf", "pdf", doc_evaluatie(c, ev2, 2, ev1, "Voortgangsgesprek"), portal)
    label(f"{key}/export_00122.pdf", "tussentijdse_evaluatie", ev2, f"{key}: portal export, export date in footer")
    emit(c, "export_00130.pdf", "pdf", doc_bijst_pa(c, bpa, pa), arbo)
    label(f"{key}/export_00130.pdf", "bijstelling_probleemanalyse", bpa, f"{key}: bijstelling PA, export name")
    emit(c, "export_00131.pdf", "pdf", doc_izp(c, bpa), arbo)
    label(f"{key}/export_00131.pdf", "inzetbaarheidsprofiel", bpa, f"{key}: new IZP with the bijstelling, separate file")
    emit(c, "export_00140.pdf", "pdf", doc_melding42(c, m42), restyle(uwv, org="UWV werkgeversportaal"))
    label(f"{key}/export_00140.pdf", "ziekmelding_uwv", m42, f"{key}: 42nd-week report")
    emit(c, "export_00145.pdf", "pdf", doc_ad(c, adr, adr - dt.timedelta(days=10)), ad)
    label(f"{key}/export_00145.pdf", "arbeidsdeskundig_rapport", adr, f"{key}: AD report from the arbodienst")
    emit(c, "export_00146.docx", "docx", doc_eje(c, eje, "Evaluatie na 1 jaar verzuim"), restyle(emp, docx_form=True))
    label(f"{key}/export_00146.docx", "eerstejaarsevaluatie", eje,
          f"{key}: EJE titled 'Evaluatie na 1 jaar verzuim', Word form layout")
    emit(c, "export_00150.pdf", "pdf", doc_trajectplan(c, tp), bureau)
    label(f"{key}/export_00150.pdf", "trajectplan_tweede_spoor", tp, f"{key}: trajectplan, export name")
    emit(c, "export_00158.pdf", "pdf", doc_voortgang(c, vg1, tp, 1), bureau)
    label(f"{key}/export_00158.pdf", "voortgangsrapportage_tweede_spoor", vg1, f"{key}: progress report")
    emit(c, "export_00160.pdf", "pdf", doc_uwv_wia(c, wia), uwv)
    label(f"{key}/export_00160.pdf", "uwv_correspondentie", wia, f"{key}: WIA letter")
    emit(c, "export_00162.pdf", "pdf", doc_ao(c, ao), arbo)
    label(f"{key}/export_00162.pdf", "actueel_oordeel", ao, f"{key}: AO")
    emit(c, "export_00163.pdf", "pdf", doc_eindrap(c, er, tp), bureau)
    label(f"{key}/export_00163.pdf", "eindrapportage_tweede_spoor", er, f"{key}: final 2nd-track report")
    emit(c, "export_00165.pdf", "pdf", doc_ev(c, ev, ao), portal)
    label(f"{key}/export_00165.pdf", "eindevaluatie", ev, f"{key}: EV; portal export date in footer")
    emit(c, "export_00166.docx", "docx", doc_oordeel_wn(c, ow, datestr=f_long(ow)), restyle(emp, letterhead="none", footer=" "))
    label(f"{key}/export_00166.docx", "oordeel_werknemer", ow,
          f"{key}: employee's view uploaded to the portal; she writes a long date, the firm writes dot dates")
    emit(c, "export_00167.pdf", "pdf", doc_mi(c, c.day(616), "burn-out, recidiverende depressieve stoornis",
                                                 "psychiater en POH-GGZ"), arbo)
    label(f"{key}/export_00167.pdf", "medische_informatie", c.day(616), f"{key}: MI exported from the HR portal")
    # non-RIV
    emit(c, "export_00101.pdf", "pdf", doc_verzuimbeleid(c), emp)
    label(f"{key}/export_00101.pdf", None, None, f"{key}: verzuimreglement with portal export name (non-RIV)")
    emit(c, "export_00170.pdf", "pdf", [
        Title("Ontvangstbevestiging"),
        Fields([("Datum", f_dot(c.day(646))), ("Werkgever", emp.org), ("Kenmerk", "RIV-UPL-" + c.bsn[-4:])]),
        Para("Wij hebben 9 documenten ontvangen die u heeft geüpload via het werkgeversportaal. U hoeft "
             "verder niets te doen."),
        Para("Met vriendelijke groet,\nUWV"),
    ], uwv)
    label(f"{key}/export_00170.pdf", "uwv_correspondentie", c.day(646),
          f"{key}: UWV receipt of the RIV upload (a UWV letter, so uwv_correspondentie per CONTRACT)")
    emit(c, "export_00171.pdf", "pdf", doc_vacature("Mode & Meer Retail", "Medewerker webwinkel backoffice"), emp)
    label(f"{key}/export_00171.pdf", None, None, f"{key}: internal vacancy, title-cased like everything in the portal (non-RIV)")


def case_hoekstra() -> None:
    key = "hoekstra-bakkerij"
    emp = Style("c8-hk", "Bakkerij Hoekstra", ("Warme bakker sinds 1952", "Noorderstraat 8, Wiemerdam"),
                font="serif", accent=(120, 60, 20), letterhead="left", footer="Bakkerij Hoekstra v.o.f.",
                producer="Microsoft Word 2010")
    arbo = Style("c8-hk-arbo", "Arbopraktijk De Linde", ("M. de Linde, bedrijfsarts", "Lindeweg 2, Wiemerdam"),
                 font="serif", accent=(30, 80, 30), letterhead="right")
    bureau = Style("c8-hk-bur", "Via Nova Loopbaanbegeleiding", ("Heerenveen",), font="sans", accent=(0, 80, 160),
                   letterhead="band")
    ad = Style("c8-hk-ad", "Arbeidsdeskundig bureau Wadden", ("Leeuwarden",), font="sans", accent=(50, 50, 50))
    uwv = Style("c8-uwv5", "UWV", ("Postbus 58285", "1040 HG Amsterdam"), accent=(0, 60, 130))
    c = Case(key, emp, arbo, emp, bureau, ad, "Femke Zijlstra", "Femke", dt.date(1990, 4, 9),
             "Kerkpad 11, Wiemerdam", bsn_for(key), "Bakkersmedewerker en verkoop", 32,
             dt.date(2012, 1, 1), dt.date(2024, 2, 12), "Wiemerdam", f_nlnum,
             "M. de Linde", "69033182901", "G. Hoekstra", "eigenaar (casemanager)",
             "G. Hoekstra", "eigenaar", "R. Postma", "A. Wielinga",
             "Bakkerij Hoekstra is een familiebedrijf met één winkel en een bakkerij, 12 medewerkers; "
             "werk in ploegen vanaf 4.00 uur, veel staan en tillen.",
             ["Niet tillen boven 5 kg", "Niet langer dan 30 minuten staan", "Geen nachtdiensten"],
             ["kassawerk zittend", "administratie en bestellingen"],
             "Zij is vriendelijk naar klanten, kan met de kassa en het bestelsysteem werken.",
             "856789123L01")
    pa, pva, ev1 = c.day(29), c.day(40), c.day(82)
    ev2, m42, eje = c.day(124), c.day(289), c.day(355)
    adr, tp, vg1 = c.day(338), c.day(375), c.day(450)
    wia, ao, ev, ow = c.day(611), c.day(619), c.day(633), c.day(637)
    hand = Style("c8-hk-hand", "Bakkerij Hoekstra", (), font="mono", accent=(0, 0, 0), letterhead="left")

    emit(c, "Probleemanalyse De Linde.pdf", "pdf", doc_pa(c, pa, 0, sigstr=f"{c.place}, {f_nlnum(pa)}"), arbo)
    label(f"{key}/Probleemanalyse De Linde.pdf", "probleemanalyse", pa,
          f"{key}: PA by a self-employed bedrijfsarts; date 'Place, d-m-yyyy' at the signature")
    emit(c, "plan femke.docx", "docx", doc_pva(c, pva, pa, sig_override=f_wd_noyear(pva)), emp)
    label(f"{key}/plan femke.docx", "plan_van_aanpak", pva,
          f"{key}: owner's own Word PvA; own date written 'weekday d month' without a year")
    emit(c, "scan evaluatie.pdf", "scan",
         doc_evaluatie(c, ev1, 1, pva, "Gesprek met Femke"), hand, rotate_deg=-1.5, noise=0.8)
    label(f"{key}/scan evaluatie.pdf", "tussentijdse_evaluatie", ev1,
          f"{key}: scanned evaluation titled 'Gesprek met Femke', noisy scan")
    emit(c, "IMG_0931.jpg", "photo", doc_evaluatie(c, ev2, 2, ev1, "Gesprek met Femke"), hand,
         taken=dt.datetime(ev2.year, ev2.month, ev2.day, 17, 5))
    label(f"{key}/IMG_0931.jpg", "tussentijdse_evaluatie", ev2, f"{key}: phone photo of the 2nd evaluation")
    emit(c, "UWV ziekmelding.pdf", "pdf", doc_melding42(c, m42), restyle(uwv, org="UWV werkgeversportaal"))
    label(f"{key}/UWV ziekmelding.pdf", "ziekmelding_uwv", m42, f"{key}: 42nd-week report")
    emit(c, "Rapport arbeidsdeskundige.pdf", "scan", doc_ad(c, adr, adr - dt.timedelta(days=5)), ad)
    label(f"{key}/Rapport arbeidsdeskundige.pdf", "arbeidsdeskundig_rapport", adr, f"{key}: scanned AD report")
    emit(c, "Eerste jaar.docx", "docx", doc_eje(c, eje), emp)
    label(f"{key}/Eerste jaar.docx", "eerstejaarsevaluatie", eje, f"{key}: EJE in Word")
    emit(c, "Eerste jaar kopie.docx", "docx", doc_eje(c, eje), emp)
    label(f"{key}/Eerste jaar kopie.docx", "eerstejaarsevaluatie", eje, f"{key}: exact duplicate of the EJE")
    emit(c, "Via Nova plan.pdf", "pdf", doc_trajectplan(c, tp), bureau)
    label(f"{key}/Via Nova plan.pdf", "trajectplan_tweede_spoor", tp, f"{key}: trajectplan named 'plan'")
    emit(c, "Via Nova rapportage.pdf", "pdf", doc_voortgang(c, vg1, tp, 1), bureau)
    label(f"{key}/Via Nova rapportage.pdf", "voortgangsrapportage_tweede_spoor", vg1, f"{key}: progress report")
    emit(c, "brief uwv.pdf", "scan", doc_uwv_wia(c, wia), uwv)
    label(f"{key}/brief uwv.pdf", "uwv_correspondentie", wia, f"{key}: scanned WIA letter")
    emit(c, "Actueel oordeel.pdf", "pdf", doc_ao(c, ao, sigstr=f"{c.place}, {f_nlnum(ao)}"), arbo)
    label(f"{key}/Actueel oordeel.pdf", "actueel_oordeel", ao, f"{key}: AO, date after place name")
    emit(c, "Eindevaluatie.pdf", "scan", doc_ev(c, ev, ao), hand, rotate_deg=0.4)
    label(f"{key}/Eindevaluatie.pdf", "eindevaluatie", ev, f"{key}: EV typed by the owner, scanned")
    emit(c, "Femke reactie.jpg", "photo", doc_oordeel_wn(c, ow, datestr=f_wd_noyear(ow)),
         restyle(emp, org="Femke Zijlstra", org_lines=(), letterhead="none", footer=" "),
         taken=dt.datetime(ow.year, ow.month, ow.day, 21, 14), orientation=3)
    label(f"{key}/Femke reactie.jpg", "oordeel_werknemer", ow,
          f"{key}: photo stored upside down (EXIF 3); date 'weekday d month' without a year")
    emit(c, "brief huisarts.pdf", "scan", [
        Title("Huisartsenpraktijk Wiemerdam"),
        Fields([("Datum", f_nlnum(c.day(60))), ("Betreft", c.emp_name), ("Geboortedatum", f_nlnum(c.emp_dob))]),
        Para("Aan de bedrijfsarts. Patiënte is bekend met een lumbale hernia L5-S1 met uitstraling naar het "
             "linkerbeen. Verwezen naar de neuroloog; MRI bevestigt de diagnose. Gebruikt naproxen en "
             "paracetamol."),
        Para("Met vriendelijke groet, J. Kuipers, huisarts"),
    ], Style("c8-ha", "Huisartsenpraktijk Wiemerdam", (), font="sans", accent=(0, 0, 0), letterhead="none"))
    label(f"{key}/brief huisarts.pdf", "medische_informatie", c.day(60),
          f"{key}: GP letter with diagnosis and medication in the employer's folder")
    # non-RIV
    emit(c, "loonstrook maart.pdf", "pdf", doc_loonstrook(c, c.day(45)), emp)
    label(f"{key}/loonstrook maart.pdf", None, None, f"{key}: payslip (non-RIV)")
    emit(c, "factuur arbopraktijk.pdf", "pdf", doc_factuur(c, arbo, c.day(35), "Spreekuur en probleemanalyse F. Zijlstra"),
         arbo)
    label(f"{key}/factuur arbopraktijk.pdf", None, None,
          f"{key}: bedrijfsarts invoice naming the probleemanalyse (non-RIV)")
    emit(c, "cursus hygiene.pdf", "pdf", doc_certificaat(c, dt.date(2022, 10, 3), "Hygiënecode bakkerij", "Bakkersvak Academie"),
         Style("c8-bva", "Bakkersvak Academie", (), accent=(160, 100, 0), letterhead="centered"))
    label(f"{key}/cursus hygiene.pdf", None, None, f"{key}: hygiene course certificate (non-RIV)")
    emit(c, "notities.txt", "txt", [Para("bellen arbopraktijk ivm spreekuur; Femke wil niet meer om 4 uur beginnen; "
                                         "plan van aanpak aanpassen? navragen bij De Linde; UWV brief afwachten")], None)
    label(f"{key}/notities.txt", None, None, f"{key}: owner's loose notes naming PvA and UWV (non-RIV)")


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    LABELS.clear()
    try:
        case_gemeente()
        case_glansrijk()
        case_vandalen()
        case_modemeer()
        case_hoekstra()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    # sanity: labelled plain files exist
    for path, *_ in LABELS:
        assert (FILES / path.split("::")[0]).exists(), path
    assert len({p for p, *_ in LABELS}) == len(LABELS)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["path", "type", "date", "split", "note"])
    for path, typ, date, note in sorted(LABELS):
        w.writerow([path, typ, date, SPLIT, note])
    (HERE / "labels.csv").write_text(buf.getvalue(), encoding="utf-8")
    print(f"{len(LABELS)} labelled documents")


if __name__ == "__main__":
    main()
