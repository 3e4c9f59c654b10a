"""Generate the fourth findings holdout: tests/findings_holdout4/cases/ and expected.yaml.

Run:  .venv/bin/python tests/findings_holdout4/make_holdout4.py

Deterministic: no clock reads, seeded randomness, fixed dates inside the files (docgen). It deletes and
rewrites ``cases/`` and ``expected.yaml``; a rerun gives byte-identical output.

Written from DOMAIN.md (§1-§6, §8), CONTRACT.md, the finding codes in docs/handleiding.md and the writer
API of samples/docgen.py only. Every name, organisation and address is fictional (.example domains).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples"))

import docgen as g  # noqa: E402
from docgen import Bullets, Fields, Heading, Para, Sig, Signatures, Style, Table, Title  # noqa: E402

CASES = HERE / "cases"
Days = int


# --------------------------------------------------------------------------------------------
# people and house styles
# --------------------------------------------------------------------------------------------


def _bsn(seed: str) -> str:
    b = g.make_bsn(random.Random(seed))
    assert g.bsn_valid(b), b
    return b


def _rsin(seed: str) -> str:
    """A valid 9-digit RSIN (same eleven-test family) for a loonheffingennummer."""
    r = g.make_bsn(random.Random("rsin" + seed))
    return r


def _kvk_failing(seed: str) -> str:
    """An 8-digit KvK number that, padded to 9 digits, fails the BSN elfproef (a trap, not a BSN)."""
    rng = random.Random("kvk" + seed)
    while True:
        k = str(rng.randrange(60000000, 99999999))
        if not g.bsn_valid(k):
            return k


@dataclass
class Case:
    name: str
    d0: dt.date
    werknemer: str
    functie: str
    werkgever: str
    aard: str
    plaats: str
    casemanager: str
    cm_functie: str
    leidinggevende: str
    bedrijfsarts: str
    arbodienst: str
    big: str
    bsn: str = ""
    datefmt: str = "long"
    bsn_fmt: str = "plain"
    emp: Style | None = None
    arbo: Style | None = None
    ad: Style | None = None
    bureau: Style | None = None
    uwv: Style | None = None
    loonheffing: str = ""
    kvk: str = ""
    files: list[str] = field(default_factory=list)
    meetings: list[Days] = field(default_factory=list)
    marks: list[Days] = field(default_factory=list)

    def day(self, off: Days) -> dt.date:
        return self.d0 + dt.timedelta(days=off)

    def ds(self, d: dt.date, kind: str | None = None) -> str:
        return g.fmt_date(d, kind or self.datefmt)

    def bsn_s(self, bsn: str | None = None) -> str:
        return g.fmt_bsn(bsn or self.bsn, self.bsn_fmt)

    def week(self, off: Days) -> int:
        return off // 7 + 1


def make_case(name: str, d0: dt.date, **kw: Any) -> Case:
    c = Case(name=name, d0=d0, **kw)
    c.bsn = c.bsn or _bsn(name)
    c.loonheffing = _rsin(name) + "L01"
    c.kvk = _kvk_failing(name)
    slug = name.replace("_", "-")
    c.emp = Style(
        key=f"{slug}-emp",
        org=c.werkgever,
        org_lines=(f"Industrieweg {len(name) + 3}, {c.plaats}", f"KvK {c.kvk}", f"hr@{slug}.example"),
        font="sans",
        accent=(20 + len(name) * 3 % 100, 80, 60),
        letterhead="left",
        footer=f"{c.werkgever} - vertrouwelijk personeelsdossier",
    )
    c.arbo = Style(
        key=f"{slug}-arbo",
        org=c.arbodienst,
        org_lines=("Arbodienstverlening en bedrijfsgezondheidszorg", f"www.{slug}-arbo.example"),
        font="serif",
        accent=(0, 90, 120),
        letterhead="right",
        fields_as_table=True,
        footer=f"{c.arbodienst} | vertrouwelijk",
    )
    c.ad = Style(
        key=f"{slug}-ad",
        org="Arbeidsdeskundig Adviesbureau Lindeboom",
        org_lines=("Register-arbeidsdeskundigen", "info@lindeboom-ad.example"),
        font="condensed",
        accent=(110, 40, 40),
        letterhead="band",
    )
    c.bureau = Style(
        key=f"{slug}-bureau",
        org="Werkpad Re-integratie",
        org_lines=("Tweede spoor en loopbaanbegeleiding", "planning@werkpad.example"),
        font="sans",
        accent=(30, 120, 60),
        letterhead="centered",
    )
    c.uwv = Style(
        key=f"{slug}-uwv",
        org="UWV",
        org_lines=("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 58285, 1040 HG Amsterdam"),
        font="sans",
        accent=(0, 60, 130),
        letterhead="left",
        footer="UWV",
    )
    return c


# --------------------------------------------------------------------------------------------
# document texts (original wording)
# --------------------------------------------------------------------------------------------


def head_fields(c: Case, d: dt.date, extra: list[tuple[str, str]] | None = None, bsn: str | None = None) -> Fields:
    items = [
        ("Naam werknemer", c.werknemer),
        ("BSN", c.bsn_s(bsn)),
        ("Functie", c.functie),
        ("Werkgever", c.werkgever),
        ("Eerste ziektedag", c.ds(c.d0)),
        ("Datum", c.ds(d)),
    ]
    return Fields(items + (extra or []))


def doc_pa(c: Case, off: Days, motivation: str = "") -> list:
    d = c.day(off)
    b = [
        Title("Probleemanalyse", sub="oordeel en advies van de bedrijfsarts (art. 2 Regeling procesgang)"),
        head_fields(c, d, [("Bedrijfsarts", f"{c.bedrijfsarts}, BIG {c.big}")]),
        Heading("Dreigend langdurig verzuim"),
        Para(
            f"Ik heb {c.werknemer} op spreekuur gezien. Er is sprake van dreigend langdurig verzuim. "
            "Werknemer heeft op dit moment beperkingen in het fysiek en energetisch belastbaar zijn; er zijn "
            "ook benutbare mogelijkheden."
        ),
        Heading("Beperkingen en mogelijkheden"),
        Bullets(
            [
                "Niet langer dan een uur achtereen staan of lopen; afwisseling van houding nodig.",
                "Geen tillen boven 10 kilo.",
                "Werken in korte dagdelen, te beginnen met 2 x 2 uur per week, in overleg uitbreiden.",
            ]
        ),
        Heading("Prognose"),
        Para("De verwachting is dat de belastbaarheid de komende maanden geleidelijk toeneemt. Volledig herstel "
             "binnen drie maanden is niet waarschijnlijk."),
        Heading("Advies aan werkgever en werknemer"),
        Para("Stel samen een plan van aanpak op, gericht op hervatting in aangepast eigen werk. Evalueer ten "
             "minste iedere zes weken. Ik zie werknemer over vier weken terug."),
    ]
    if motivation:
        b += [Heading("Motivering latere probleemanalyse (art. 5 Regeling procesgang)"), Para(motivation)]
    b += [Signatures([Sig("Bedrijfsarts", c.bedrijfsarts, f"bedrijfsarts, {c.arbodienst}", c.ds(d))])]
    return b


def doc_pva(
    c: Case,
    off: Days,
    pa_off: Days,
    *,
    motivation: str = "",
    visie: bool = True,
    casemanager: bool = True,
    signed: tuple[bool, bool] = (True, True),
) -> list:
    d = c.day(off)
    b = [
        Title("Plan van aanpak", sub="re-integratie (art. 4 Regeling procesgang)"),
        head_fields(c, d, [("Datum probleemanalyse", c.ds(c.day(pa_off)))]
                    + ([("Casemanager", f"{c.casemanager}, {c.cm_functie}")] if casemanager else [])),
        Heading("Re-integratiedoel"),
        Para("Spoor 1: terugkeer in het eigen werk, in aangepaste vorm, met opbouw van uren."),
        Heading("Afspraken en activiteiten"),
        Table(
            ["Activiteit", "Wie", "Termijn"],
            [
                ["Aangepaste taken op locatie, 2 x 2 uur per week", "werknemer / leidinggevende", "vanaf week 1"],
                ["Uitbreiding uren in overleg met bedrijfsarts", "werknemer / bedrijfsarts", "iedere 4 weken"],
                ["Werkplekaanpassing (zit-sta)", "werkgever", "binnen 3 weken"],
            ],
        ),
        Heading("Evaluatiemomenten"),
        Para("Werkgever en werknemer evalueren dit plan ten minste iedere zes weken, en in ieder geval aan het "
             "einde van het eerste ziektejaar (eerstejaarsevaluatie)."),
    ]
    if visie:
        b += [
            Heading("Visie werkgever"),
            Para("De werkgever verwacht dat terugkeer in aangepast eigen werk haalbaar is en biedt de ruimte om "
                 "rustig op te bouwen."),
            Heading("Visie werknemer"),
            Para("Ik wil graag terug naar mijn eigen werk en vind de opbouw in kleine stappen verstandig."),
        ]
    if motivation:
        b += [Heading("Motivering later plan van aanpak (art. 5 Regeling procesgang)"), Para(motivation)]
    b += [
        Para(f"Een afschrift van dit plan gaat naar de werknemer, de casemanager en de bedrijfsarts ({c.bedrijfsarts})."
             if casemanager else f"Een afschrift van dit plan gaat naar de werknemer en de bedrijfsarts ({c.bedrijfsarts})."),
        Signatures(
            [
                Sig("Werkgever", c.casemanager, c.cm_functie, c.ds(d), signed=signed[0]),
                Sig("Werknemer", c.werknemer, c.functie, c.ds(d), signed=signed[1]),
            ]
        ),
    ]
    return b


def doc_eval(c: Case, off: Days, n: int, kind: str | None = None, bsn: str | None = None) -> list:
    d = c.day(off)
    uren = min(4 + 2 * n, 24)
    return [
        Title("Verslag voortgangsgesprek", sub=f"evaluatie plan van aanpak, gesprek {n}"),
        head_fields(c, d, bsn=bsn) if kind is None else Fields(
            [("Naam werknemer", c.werknemer), ("BSN", c.bsn_s(bsn)), ("Datum gesprek", c.ds(d, kind))]
        ),
        Heading("Voortgang"),
        Para(
            f"Het herstel verloopt geleidelijk. De belastbaarheid is volgens de laatste terugkoppeling van de "
            f"bedrijfsarts iets toegenomen. {c.werknemer} werkt nu ongeveer {uren} uur per week aangepast werk."
        ),
        Heading("Afspraken"),
        Bullets(["Opbouw volgens schema van de bedrijfsarts.", "Volgend gesprek over ongeveer vijf weken."]),
        Signatures(
            [
                Sig("Werkgever", c.casemanager, c.cm_functie, c.ds(d)),
                Sig("Werknemer", c.werknemer, c.functie, c.ds(d)),
            ]
        ),
    ]


def doc_bijst_pa(c: Case, off: Days) -> list:
    d = c.day(off)
    return [
        Title("Bijstelling probleemanalyse", sub="herziene belastbaarheid en advies"),
        head_fields(c, d, [("Bedrijfsarts", f"{c.bedrijfsarts}, BIG {c.big}")]),
        Heading("Aanleiding"),
        Para("De opbouw is de afgelopen weken gestagneerd. Ik heb de belastbaarheid opnieuw beoordeeld en stel de "
             "probleemanalyse bij."),
        Heading("Herziene belastbaarheid"),
        Bullets(["Vooralsnog geen werk met langdurig staan.", "Maximaal 4 uur per dag, niet op opeenvolgende dagen."]),
        Heading("Advies"),
        Para("Pas het plan van aanpak aan: laat een arbeidsdeskundige kijken naar aangepast werk binnen het bedrijf."),
        Signatures([Sig("Bedrijfsarts", c.bedrijfsarts, "bedrijfsarts", c.ds(d))]),
    ]


def doc_bijst_pva(c: Case, off: Days, reason: str) -> list:
    d = c.day(off)
    return [
        Title("Bijstelling plan van aanpak"),
        head_fields(c, d, [("Casemanager", f"{c.casemanager}, {c.cm_functie}")]),
        Heading("Aanleiding"),
        Para(reason),
        Heading("Gewijzigde afspraken"),
        Bullets(["Nieuw doel en activiteiten zoals hieronder beschreven.", "Evaluatie blijft iedere zes weken."]),
        Heading("Visie werkgever"),
        Para("De werkgever steunt de aangepaste aanpak."),
        Heading("Visie werknemer"),
        Para("Ik kan mij vinden in de nieuwe afspraken."),
        Signatures(
            [
                Sig("Werkgever", c.casemanager, c.cm_functie, c.ds(d)),
                Sig("Werknemer", c.werknemer, c.functie, c.ds(d)),
            ]
        ),
    ]


def doc_ziekmelding(c: Case, off: Days) -> list:
    d = c.day(off)
    return [
        Title("Bevestiging ziekmelding langdurig zieke werknemer", sub="42e-weeksmelding - aangifte van langdurige ziekte"),
        Fields(
            [
                ("Werkgever", c.werkgever),
                ("Loonheffingennummer", c.loonheffing),
                ("Naam werknemer", c.werknemer),
                ("BSN", c.bsn_s()),
                ("Eerste ziektedag", c.ds(c.d0, "dash")),
                ("Datum ontvangst melding", c.ds(d, "dash")),
            ]
        ),
        Para("Wij hebben uw ziekmelding van uw werknemer ontvangen. U ontvangt binnenkort informatie over de "
             "eerstejaarsevaluatie."),
        Signatures([Sig("UWV", "M. Verbeek", "medewerker werkgeversservice", c.ds(d, "dash"))]),
    ]


def doc_ad(c: Case, off: Days, advies: str, medical: bool = False) -> list:
    d = c.day(off)
    b = [
        Title("Rapport arbeidsdeskundig onderzoek", sub="belasting en belastbaarheid, advies spoor 1 / spoor 2"),
        head_fields(c, d, [("Arbeidsdeskundige", "drs. H.J. Lindeboom, register-arbeidsdeskundige")]),
        Heading("Functiebelasting"),
        Para(f"De functie {c.functie} vraagt langdurig staan, lopen en regelmatig tillen tot 15 kilo."),
        Heading("Belastbaarheid"),
        Para("Ik ga uit van de belastbaarheid zoals de bedrijfsarts die in de probleemanalyse en zijn latere "
             "adviezen heeft beschreven."),
    ]
    if medical:
        b += [
            Heading("Medische voorgeschiedenis"),
            Para(
                "Werknemer vertelt dat de neuroloog een hernia L5-S1 heeft vastgesteld na een MRI-scan. Hij is in "
                "maart geopereerd (microdiscectomie) en gebruikt sindsdien pregabaline 75 mg tweemaal daags. "
                "De fysiotherapeut behandelt hem twee keer per week; de orthopeed ziet hem over drie maanden terug."
            ),
        ]
    b += [
        Heading("Advies"),
        Para(advies),
        Signatures([Sig("Arbeidsdeskundige", "drs. H.J. Lindeboom", "register-arbeidsdeskundige", c.ds(d))]),
    ]
    return b


def doc_eje(c: Case, off: Days, spoor2: str, extra: list | None = None) -> list:
    d = c.day(off)
    return [
        Title("Eerstejaarsevaluatie", sub="evaluatie van het eerste ziektejaar"),
        head_fields(c, d, [("Casemanager", f"{c.casemanager}, {c.cm_functie}")]),
        Heading("Terugblik eerste ziektejaar"),
        Para("Werknemer heeft het eerste ziektejaar aangepast werk gedaan en de uren langzaam uitgebreid. Het herstel "
             "gaat langzamer dan in de probleemanalyse verwacht."),
        Heading("Beoogd re-integratieresultaat tweede ziektejaar"),
        Para(spoor2),
        *(extra or []),
        Heading("Visie werkgever"),
        Para("De werkgever blijft zich inspannen voor passend werk en volgt het advies van de arbeidsdeskundige."),
        Heading("Visie werknemer"),
        Para("Ik wil blijven werken en sta open voor de gekozen route."),
        Signatures(
            [
                Sig("Werkgever", c.casemanager, c.cm_functie, c.ds(d)),
                Sig("Werknemer", c.werknemer, c.functie, c.ds(d)),
            ]
        ),
    ]


def doc_traject(c: Case, off: Days) -> list:
    d = c.day(off)
    return [
        Title("Trajectplan tweede spoor", sub="intake en plan van aanpak re-integratie tweede spoor"),
        head_fields(c, d, [("Loopbaancoach", "E. Dekkers, jobcoach Werkpad Re-integratie")]),
        Heading("Persoonsprofiel"),
        Para(f"{c.werknemer} heeft ruime ervaring als {c.functie.lower()}, is klantvriendelijk en nauwkeurig."),
        Heading("Zoekprofiel"),
        Bullets(["Administratief of coördinerend werk, zittend, 20-24 uur per week.", "Reisafstand tot 30 minuten."]),
        Heading("Activiteiten"),
        Bullets(["Arbeidsmarktoriëntatie", "Sollicitatietraining", "Netwerkgesprekken", "Maandelijkse rapportage"]),
        Signatures(
            [
                Sig("Re-integratiebureau", "E. Dekkers", "jobcoach", c.ds(d)),
                Sig("Werknemer", c.werknemer, c.functie, c.ds(d)),
            ]
        ),
    ]


def doc_voortgang(c: Case, off: Days, start: Days) -> list:
    d = c.day(off)
    return [
        Title("Voortgangsrapportage tweede spoor"),
        head_fields(c, d, [("Rapportageperiode", f"{c.ds(c.day(start), 'dash')} t/m {c.ds(d, 'dash')}")]),
        Heading("Activiteiten in deze periode"),
        Bullets(["4 sollicitaties verstuurd", "2 netwerkgesprekken", "Vacatures besproken met de jobcoach"]),
        Heading("Inzet werknemer"),
        Para("Werknemer houdt zich aan de afspraken en is gemotiveerd."),
        Signatures([Sig("Re-integratiebureau", "E. Dekkers", "jobcoach", c.ds(d))]),
    ]


def doc_eindrap(c: Case, off: Days) -> list:
    d = c.day(off)
    return [
        Title("Eindrapportage tweede spoor"),
        head_fields(c, d, [("Loopbaancoach", "E. Dekkers, jobcoach")]),
        Heading("Resultaat traject"),
        Para("Het traject heeft nog niet tot een plaatsing geleid. Werknemer heeft 31 sollicitaties verstuurd en "
             "twee proefplaatsingen gedaan."),
        Heading("Afsluiting en advies"),
        Para("Wij adviseren na de WIA-beoordeling het zoeken voort te zetten."),
        Signatures([Sig("Re-integratiebureau", "E. Dekkers", "jobcoach", c.ds(d))]),
    ]


def doc_uwv88(c: Case, off: Days) -> list:
    d = c.day(off)
    return [
        Title("Uw werknemer is bijna 2 jaar ziek", sub="informatie over het aanvragen van een WIA-uitkering"),
        Fields(
            [
                ("Werkgever", c.werkgever),
                ("Naam werknemer", c.werknemer),
                ("BSN", c.bsn_s()),
                ("Datum", c.ds(d)),
            ]
        ),
        Para("Uw werknemer is binnenkort 104 weken ziek. Hij of zij kan een WIA-uitkering aanvragen. Zorg dat het "
             "re-integratieverslag compleet is en dat uw werknemer een kopie heeft. Upload het verslag uiterlijk "
             "1 dag nadat uw werknemer de WIA-uitkering heeft aangevraagd."),
        Signatures([Sig("UWV", "R. Mulder", "afdelingsmanager", c.ds(d))]),
    ]


def doc_ao(c: Case, off: Days, appl_off: Days) -> list:
    d = c.day(off)
    return [
        Title("Actueel oordeel", sub="van de bedrijfsarts bij de WIA-aanvraag"),
        head_fields(c, d, [("Bedrijfsarts", f"{c.bedrijfsarts}, BIG {c.big}")]),
        Heading("Stand van zaken"),
        Para("Werknemer werkt 20 uur per week in aangepast werk. De belastbaarheid is stabiel; verdere toename "
             "verwacht ik niet op korte termijn."),
        Heading("Beperkingen en mogelijkheden"),
        Bullets(["Zittend werk met afwisseling.", "Maximaal 4 uur per dag, 5 dagen per week."]),
        Heading("Arbeidsrelatie"),
        Para("De arbeidsrelatie is goed; er zijn geen belemmeringen in de samenwerking."),
        Heading("Passende arbeid bij de werkgever"),
        Para("Passende arbeid bij de werkgever is er in beperkte omvang (20 uur), niet in het eigen werk."),
        Para(f"Opgesteld ten behoeve van de WIA-aanvraag (gepland {c.ds(c.day(appl_off))})."),
        Signatures([Sig("Bedrijfsarts", c.bedrijfsarts, "bedrijfsarts", c.ds(d))]),
    ]


def doc_ev(c: Case, off: Days, signed_wn: bool = True, refusal: str = "") -> list:
    d = c.day(off)
    b = [
        Title("Eindevaluatie", sub="eindevaluatie plan van aanpak bij de WIA-aanvraag"),
        head_fields(c, d, [("Loonheffingennummer", c.loonheffing)]),
        Heading("Aard van het bedrijf"),
        Para(f"{c.werkgever}: {c.aard}"),
        Heading("Terugblik op twee jaar re-integratie"),
        Para("In het eerste jaar is ingezet op aangepast eigen werk, in het tweede jaar daarnaast op werk bij een "
             "andere werkgever. Werknemer werkt nu 20 uur per week in aangepast werk."),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para("Goed. Werkgever en werknemer hebben steeds open met elkaar gesproken."),
        Heading("Passende arbeid"),
        Para("Passende arbeid bij de werkgever is beschikbaar voor 20 uur per week; meer uren zijn er niet."),
    ]
    if refusal:
        b += [Para(refusal)]
    b += [
        Signatures(
            [
                Sig("Werkgever", c.casemanager, c.cm_functie, c.ds(d)),
                Sig("Werknemer", c.werknemer, c.functie, c.ds(d) if signed_wn else "", signed=signed_wn),
            ]
        )
    ]
    return b


def doc_ow(c: Case, off: Days, eens: bool = True) -> list:
    d = c.day(off)
    return [
        Title("Oordeel van de werknemer", sub="over het re-integratieverslag"),
        Fields([("Naam", c.werknemer), ("BSN", c.bsn_s()), ("Datum", c.ds(d))]),
        Para(
            "Ik ben het eens met de inhoud van het re-integratieverslag." if eens else
            "Ik ben het niet eens met de eindevaluatie: volgens mij had de werkgever eerder naar ander werk moeten "
            "zoeken. Met de overige onderdelen ben ik het eens."
        ),
        Signatures([Sig("Werknemer", c.werknemer, c.functie, c.ds(d))]),
    ]


def doc_mi(c: Case, off: Days) -> list:
    d = c.day(off)
    return [
        Title("Medische informatie", sub="MEDISCH GEHEIM - alleen voor de verzekeringsarts van UWV"),
        head_fields(c, d, [("Bedrijfsarts", f"{c.bedrijfsarts}, BIG {c.big}")]),
        Heading("Diagnose"),
        Para("Lumbosacraal radiculair syndroom bij hernia nuclei pulposi L5-S1 (ICD-10 M51.1), status na "
             "microdiscectomie."),
        Heading("Behandeling en medicatie"),
        Para("Pregabaline 75 mg 2 dd; fysiotherapie 2x per week; controle bij de neuroloog."),
        Signatures([Sig("Bedrijfsarts", c.bedrijfsarts, "bedrijfsarts", c.ds(d))]),
    ]


def doc_do(c: Case, off: Days) -> list:
    d = c.day(off)
    return [
        Title("Deskundigenoordeel", sub="over de re-integratie-inspanningen (art. 7:629a BW)"),
        Fields([("Aanvraag door", "werkgever"), ("Werkgever", c.werkgever), ("Naam werknemer", c.werknemer),
                ("BSN", c.bsn_s()), ("Datum", c.ds(d))]),
        Para("UWV is van oordeel dat het aangeboden werk als receptiemedewerker passend is."),
        Signatures([Sig("UWV", "ir. B. Hoekstra", "arbeidsdeskundige UWV", c.ds(d))]),
    ]


# --------------------------------------------------------------------------------------------
# writing helpers
# --------------------------------------------------------------------------------------------


def weekday(off: Days, c: Case) -> Days:
    """Shift a weekend day to the nearest working day (Sat -> Fri, Sun -> Mon)."""
    wd = c.day(off).weekday()
    return off - 1 if wd == 5 else off + 1 if wd == 6 else off


def pdf(c: Case, rel: str, blocks: list, style: Style) -> str:
    g.write_pdf(CASES / c.name / rel, blocks, style)
    c.files.append(rel)
    return rel


def docx(c: Case, rel: str, blocks: list, style: Style) -> str:
    g.write_docx(CASES / c.name / rel, blocks, style)
    c.files.append(rel)
    return rel


def scan(c: Case, rel: str, blocks: list, style: Style) -> str:
    g.write_scan_pdf(CASES / c.name / rel, blocks, style, dpi=150)
    c.files.append(rel)
    return rel


def write_yaml_case(c: Case, aanvraag: Days | None = None, extra: dict | None = None) -> None:
    data: dict[str, Any] = {
        "werknemer": {"naam": c.werknemer, "bsn": c.bsn, "functie": c.functie},
        "werkgever": {"naam": c.werkgever, "loonheffingennummer": c.loonheffing, "aard_van_het_bedrijf": c.aard},
        "bedrijfsarts": {"naam": c.bedrijfsarts, "organisatie": c.arbodienst},
        "casemanager": {"naam": c.casemanager},
        "eerste_ziektedag": c.d0,
    }
    if aanvraag is not None:
        data["aanvraag_wia"] = c.day(aanvraag)
    data.update(extra or {})
    (CASES / c.name / "dossier.yaml").write_text(
        "# Casusgegevens (fictief)\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def evaluations(c: Case, start: Days, end: Days, step: int, folder: str, skip: list[Days] = (),
                kinds: list[str] | None = None, n0: int = 1) -> list[str]:
    """Progress meetings from ``start`` every ``step`` days while < ``end``; dates near ``skip`` are left out
    (another evaluation-like document stands there). Returns the paths."""
    out = []
    n = n0
    off = start
    i = 0
    while off < end:
        o = weekday(off, c)
        if not any(abs(o - s) < 5 for s in skip):
            kind = kinds[i % len(kinds)] if kinds else None
            d = c.day(o)
            c.meetings.append(o)
            out.append(pdf(c, f"{folder}/Gespreksverslag {d.isoformat()}.pdf", doc_eval(c, o, n, kind), c.emp))
            n += 1
            i += 1
        off += step
    return out


# --------------------------------------------------------------------------------------------
# a full two-year dossier with switches
# --------------------------------------------------------------------------------------------


@dataclass
class Plan:
    pa: Days = 35
    pa_motivation: str = ""
    pva: Days = 45
    pva_kw: dict = field(default_factory=dict)
    ziekmelding: Days | None = 287
    ad: Days | None = 336
    ad_advies: str = ("Terugkeer in het eigen werk is niet haalbaar. Aangepast werk binnen het bedrijf is beperkt "
                      "beschikbaar. Ik adviseer naast spoor 1 direct een tweede spoor in te zetten.")
    ad_medical: bool = False
    eje: Days | None = 343
    eje_text: str = ("Naast aangepast werk in spoor 1 start binnen zes weken een tweede-spoortraject bij Werkpad "
                     "Re-integratie, conform het advies van de arbeidsdeskundige.")
    bijst_pva: Days | None = 350
    traject: Days | None = 371
    voortgang_step: int = 49
    eindrap: Days | None = 605
    uwv88: Days | None = 610
    ao: Days | None = 616
    ev: Days | None = 625
    ev_kw: dict = field(default_factory=dict)
    ow: Days | None = 630
    ow_eens: bool = True
    eval_step: int = 35
    eval_end: Days = 610
    eval_gap: tuple[Days, Days] | None = None  # no meetings strictly between these offsets
    until: Days = 10_000  # documents dated after this offset are not in the folder yet
    eval_kinds: list[str] | None = None


def full_dossier(c: Case, p: Plan, appl: Days) -> dict[str, str]:
    """Write a dossier along plan ``p``; returns {role: relative path}."""
    P: dict[str, str] = {}
    u = p.until
    P["pa"] = pdf(c, "01 Probleemanalyse/Probleemanalyse.pdf", doc_pa(c, p.pa, p.pa_motivation), c.arbo)
    P["pva"] = pdf(c, "02 Plan van aanpak/Plan van aanpak getekend.pdf", doc_pva(c, p.pva, p.pa, **p.pva_kw), c.emp)
    skip = [x for x in (p.eje, p.bijst_pva, p.ev) if x is not None]
    evs: list[str] = []
    if p.eval_gap:
        evs += evaluations(c, p.pva + p.eval_step, min(p.eval_gap[0] + 1, u), p.eval_step, "03 Evaluaties", skip,
                           p.eval_kinds)
        evs += evaluations(c, p.eval_gap[1], min(p.eval_end, u), p.eval_step, "03 Evaluaties", skip, p.eval_kinds,
                           n0=len(evs) + 1)
    else:
        evs += evaluations(c, p.pva + p.eval_step, min(p.eval_end, u), p.eval_step, "03 Evaluaties", skip,
                           p.eval_kinds)
    for i, e in enumerate(evs):
        P[f"eval{i}"] = e
    if p.ziekmelding is not None and p.ziekmelding <= u:
        P["zm"] = pdf(c, "06 UWV/Bevestiging ziekmelding 42e week.pdf", doc_ziekmelding(c, p.ziekmelding), c.uwv)
    if p.ad is not None and p.ad <= u:
        P["ad"] = pdf(c, "04 Arbeidsdeskundige/AD-rapport Lindeboom.pdf", doc_ad(c, p.ad, p.ad_advies, p.ad_medical),
                      c.ad)
    if p.eje is not None and p.eje <= u:
        P["eje"] = pdf(c, "03 Evaluaties/Eerstejaarsevaluatie getekend.pdf", doc_eje(c, p.eje, p.eje_text), c.emp)
    if p.bijst_pva is not None and p.bijst_pva <= u:
        P["bpva"] = pdf(c, "02 Plan van aanpak/Bijstelling PvA tweede spoor.pdf",
                        doc_bijst_pva(c, p.bijst_pva, "Na de eerstejaarsevaluatie en het advies van de "
                                      "arbeidsdeskundige wordt naast spoor 1 een tweede spoor ingezet."), c.emp)
    if p.traject is not None and p.traject <= u:
        P["traject"] = pdf(c, "05 Tweede spoor/Trajectplan Werkpad.pdf", doc_traject(c, p.traject), c.bureau)
        prev = p.traject
        off = p.traject + p.voortgang_step
        end = (p.eindrap or 10_000) - 20
        k = 1
        while off < min(end, u):
            o = weekday(off, c)
            P[f"vg{k}"] = pdf(c, f"05 Tweede spoor/Voortgangsrapportage {k}.pdf", doc_voortgang(c, o, prev), c.bureau)
            prev, off, k = o, off + p.voortgang_step, k + 1
        if p.eindrap is not None and p.eindrap <= u:
            P["eindrap"] = pdf(c, "05 Tweede spoor/Eindrapportage Werkpad.pdf", doc_eindrap(c, p.eindrap), c.bureau)
    if p.uwv88 is not None and p.uwv88 <= u:
        P["uwv88"] = scan(c, "06 UWV/Brief UWV WIA-aanvraag (scan).pdf", doc_uwv88(c, p.uwv88), c.uwv)
    if p.ao is not None and p.ao <= u:
        P["ao"] = pdf(c, "07 Actueel oordeel/Actueel oordeel bedrijfsarts.pdf", doc_ao(c, p.ao, appl), c.arbo)
    if p.ev is not None and p.ev <= u:
        P["ev"] = pdf(c, "08 Eindevaluatie/Eindevaluatie getekend.pdf", doc_ev(c, p.ev, **p.ev_kw), c.emp)
    if p.ow is not None and p.ow <= u:
        P["ow"] = pdf(c, "09 Werknemer/Oordeel werknemer.pdf", doc_ow(c, p.ow, p.ow_eens), c.emp)
    marks = [p.pva, *c.meetings] + [x for x in (p.eje, p.bijst_pva, p.ev) if x is not None and x <= u]
    c.marks = sorted(marks)
    return P


def max_gap(c: Case, extra: list[Days] = ()) -> int:
    pts = sorted([*c.marks, *extra])
    return max(b - a for a, b in zip(pts, pts[1:], strict=False))


# --------------------------------------------------------------------------------------------
# the cases
# --------------------------------------------------------------------------------------------

NONE_OF = ("late", "early", "outdated", "order", "bsn_invalid", "bsn_mismatch", "medical_data", "unsigned",
           "form", "content", "duplicate", "multiple_documents", "evaluation_gap")


def m(code: str, why: str, **kw: str) -> dict:
    e = {"code": code}
    e.update(kw)
    e["why"] = why
    return e


def iso(c: Case, off: Days) -> str:
    return c.day(off).isoformat()


def case_schoon(exp: dict) -> None:
    c = make_case(
        "schoon_na_aanvraag", dt.date(2024, 10, 14), werknemer="S.M. (Sanne) Wijnberg", functie="Teamleider productie",
        werkgever="Kroonenberg Verpakkingen B.V.", aard="productie van kartonnen verpakkingen, 140 medewerkers",
        plaats="Apeldoorn", casemanager="R. Oosterhof", cm_functie="HR-adviseur / casemanager",
        leidinggevende="P. Visscher", bedrijfsarts="J.W. Brandsma", arbodienst="ArboNed-Oost Voorbeeld",
        big="19012345601", datefmt="long",
    )
    appl = 636
    P = full_dossier(c, Plan(eval_kinds=None), appl)
    assert max_gap(c) <= 40 or c.name == 'pva_laat_bijstelling_gat', (c.name, max_gap(c))
    write_yaml_case(c, appl)
    as_of = 660
    exp[c.name] = {
        "as_of": iso(c, as_of),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": iso(c, appl),
        "planted": "none: complete two-year dossier checked in week 95, after the application (week 91); PA week 6, "
                   "PvA PA+10, a meeting every 5 weeks, 42e-weeksmelding week 42, AD week 49, EJE week 50, 2nd track "
                   "week 54 with reports every 7 weeks, UWV letter week 88, AO, EV, oordeel werknemer; all signed, one "
                   "valid BSN. Traps: employer meetings mention 'herstel' and 'belastbaarheid'; KvK and "
                   "loonheffingennummer on letterheads",
        "no_errors": True,
        "must": [],
        "must_not": [m("missing", "present", type=t) for t in (
            "probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie",
            "oordeel_werknemer", "arbeidsdeskundig_rapport", "trajectplan_tweede_spoor")]
        + [m(code, "nothing of this kind is planted") for code in NONE_OF]
        + [m("missing", "nothing is missing"), {"severity": "warning", "why": "a clean dossier: no warning at all"}],
    }


def case_week60(exp: dict) -> None:
    c = make_case(
        "week60_do_ontbreekt", dt.date(2025, 3, 3), werknemer="A. (Ahmed) El Idrissi", functie="Chauffeur",
        werkgever="Transportbedrijf Van Lier B.V.", aard="wegtransport en opslag, 85 medewerkers",
        plaats="Tilburg", casemanager="M. de Graaf", cm_functie="Casemanager verzuim",
        leidinggevende="T. Bosman", bedrijfsarts="K. Nijhuis", arbodienst="Arbo Brabant Voorbeeld",
        big="29098765401", datefmt="dash",
    )
    as_of = 416  # week 60
    do_off = 296
    p = Plan(pa=33, pva=41, eje=343, bijst_pva=352, traject=378, until=as_of, eval_end=as_of - 3)
    p.eje_text = (
        f"Op verzoek van de werkgever heeft UWV op {c.ds(c.day(do_off))} een deskundigenoordeel gegeven: het "
        "aangeboden werk als planner is passend. Werknemer heeft dat werk niet kunnen volhouden. Spoor 2 start "
        "binnen zes weken; zie ook het deskundigenoordeel van UWV in de bijlage."
    )
    P = full_dossier(c, p, 640)
    assert max_gap(c) <= 40 or c.name == 'pva_laat_bijstelling_gat', (c.name, max_gap(c))
    write_yaml_case(c)
    exp[c.name] = {
        "as_of": iso(c, as_of),
        "first_sick_day": c.d0.isoformat(),
        "planted": f"checked in week 60. The EJE (week 50) names a UWV deskundigenoordeel of {iso(c, do_off)} 'in "
                   "de bijlage', but it is not in the folder. Traps: AO, EV, oordeel werknemer and the week-88 "
                   "letter are not due yet; 2nd track started in week 55 (on time); meetings every 5 weeks",
        "must": [m("missing", "the EJE refers to a deskundigenoordeel that is not in the folder", type="deskundigenoordeel")],
        "must_not": [
            m("missing", "not due before week 88-91", type="actueel_oordeel", severity="error"),
            m("missing", "not due before week 91", type="eindevaluatie", severity="error"),
            m("missing", "comes with the application (week 93); at most a warning", type="oordeel_werknemer",
              severity="error"),
            m("missing", "the UWV week-88 letter cannot have arrived in week 60", type="uwv_correspondentie"),
            m("missing", "trajectplan present (week 55)", type="trajectplan_tweede_spoor"),
            m("late", "trajectplan in week 55, before D0+406", type="trajectplan_tweede_spoor"),
            m("missing", "present (week 50)", type="eerstejaarsevaluatie"),
            m("early", "EJE in week 50", type="eerstejaarsevaluatie"),
            m("late", "EJE in week 50", type="eerstejaarsevaluatie"),
            m("late", "PA in week 5", type="probleemanalyse"),
            m("late", "PvA 8 days after the PA", type="plan_van_aanpak"),
            m("late", "42e-weeksmelding in week 42", type="ziekmelding_uwv"),
            m("evaluation_gap", "meetings every 5 weeks"),
            m("medical_data", "no medical data in the folder"),
            m("outdated", "no AO or EV yet to be outdated"),
        ],
    }
    assert "traject" in P and "ao" not in P


def case_week88(exp: dict) -> None:
    c = make_case(
        "week88_brief_geen_spoor2", dt.date(2024, 6, 10), werknemer="L. (Linda) Verhoeven-Smit",
        functie="Medewerker klantenservice", werkgever="Zorgverzekeraar Noorderlicht (fictief)",
        aard="zorgverzekeraar, klantcontactcentrum met 220 medewerkers", plaats="Groningen",
        casemanager="H. Kuipers", cm_functie="Verzuimcoördinator", leidinggevende="B. Hoek",
        bedrijfsarts="drs. F. Zandstra", arbodienst="Arbo Noord Voorbeeld", big="49011122201", datefmt="abbr",
    )
    as_of = 612  # week 88
    zm = 325  # week 47
    p = Plan(pa=31, pva=40, ziekmelding=zm, ad=330, eje=350, bijst_pva=None, traject=None, eindrap=None,
             uwv88=weekday(609, c), ao=None, ev=None, ow=None, until=as_of, eval_end=as_of - 3)
    p.ad_advies = ("Terugkeer in het eigen werk is niet te verwachten en intern is geen passend werk. Ik adviseer "
                   "een tweede spoor in te zetten.")
    p.eje_text = "Spoor 1 blijft het doel. Werkgever blijft intern zoeken naar passend werk."
    P = full_dossier(c, p, 640)
    assert max_gap(c) <= 40 or c.name == 'pva_laat_bijstelling_gat', (c.name, max_gap(c))
    write_yaml_case(c)
    exp[c.name] = {
        "as_of": iso(c, as_of),
        "first_sick_day": c.d0.isoformat(),
        "planted": f"checked in week 88, UWV's letter (scan) just arrived. 42e-weeksmelding received {iso(c, zm)} "
                   "(week 47, late: a fine, not a loonsanctie). The AD-rapport (week 48) advises a 2nd track; the EJE "
                   "keeps to track 1 without a motivation and no 2nd track ever started. Traps: AO, EV and oordeel "
                   "werknemer are not due yet (weeks 88-93)",
        "must": [
            m("late", "42e-weeksmelding in week 47, due first day after week 42", type="ziekmelding_uwv"),
            m("missing", "AD advised a 2nd track; none started and the EJE gives no motivation",
              type="trajectplan_tweede_spoor"),
            m("deadline_ahead", "AO / EV / application due in the coming weeks"),
        ],
        "must_not": [
            m("late", "a late 42e-weeksmelding is a fine, never a loonsanctie error", type="ziekmelding_uwv",
              severity="error"),
            m("missing", "EV is due by week 91, not yet", type="eindevaluatie", severity="error"),
            m("missing", "AO is drawn up in weeks 88-91, not yet", type="actueel_oordeel", severity="error"),
            m("missing", "comes with the application", type="oordeel_werknemer", severity="error"),
            m("missing", "the week-88 letter is in the folder (scan)", type="uwv_correspondentie"),
            m("late", "PA in week 5", type="probleemanalyse"),
            m("late", "PvA 9 days after the PA", type="plan_van_aanpak"),
            m("late", "EJE in week 51", type="eerstejaarsevaluatie"),
            m("early", "EJE in week 51", type="eerstejaarsevaluatie"),
            m("evaluation_gap", "meetings every 5 weeks"),
            m("medical_data", "no medical data in the folder"),
        ],
    }
    assert "uwv88" in P and "zm" in P


def case_pva_gemotiveerd_dubbel(exp: dict) -> None:
    c = make_case(
        "pva_laat_gemotiveerd_dubbel", dt.date(2024, 9, 2), werknemer="K. (Kees) Timmerman",
        functie="Onderhoudsmonteur", werkgever="Installatiebedrijf De Waal B.V.",
        aard="installatie- en onderhoudsbedrijf, 60 medewerkers", plaats="Zwolle", casemanager="I. Brouwer",
        cm_functie="Office manager / casemanager", leidinggevende="G. de Waal", bedrijfsarts="M.A. Koster",
        arbodienst="Arbo Overijssel Voorbeeld", big="69044455501", datefmt="dot",
    )
    pa, pva = 36, 67  # PvA = PA + 31
    motivation = (
        f"Dit plan van aanpak is later opgesteld dan twee weken na de probleemanalyse. Werknemer verbleef van "
        f"{c.ds(c.day(40))} tot {c.ds(c.day(63))} in Portugal voor de verzorging en de uitvaart van zijn moeder; "
        "een gesprek was in die periode niet mogelijk. Werkgever en werknemer hebben dit zo afgesproken en de "
        "bedrijfsarts is geïnformeerd."
    )
    appl = 638
    p = Plan(pa=pa, pva=pva, pva_kw={"motivation": motivation}, until=700)
    P = full_dossier(c, p, appl)
    assert max_gap(c) <= 40 or c.name == 'pva_laat_bijstelling_gat', (c.name, max_gap(c))
    # the Word original of the signed PvA: same text, signature lines still empty
    P["pva_docx"] = docx(c, "02 Plan van aanpak/Plan van aanpak definitief.docx",
                         doc_pva(c, pva, pa, motivation=motivation, signed=(False, False)), c.emp)
    # the signed PvA is also in the folder as a scan from the copier (the PDF above is the e-signed export)
    P["pva_scan"] = scan(c, "scans/Scan_0042.pdf", doc_pva(c, pva, pa, motivation=motivation), c.emp)
    write_yaml_case(c, appl)
    as_of = 645
    exp[c.name] = {
        "as_of": iso(c, as_of),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": iso(c, appl),
        "planted": "PvA 31 days after the PA, WITH a written art. 5 motivation in the PvA (stay abroad for a "
                   "parent's funeral). The PvA is in the folder three times: the signed PDF, the unsigned Word "
                   "original and a copier scan (Scan_0042.pdf). Otherwise a full, timely dossier checked in week 93",
        "must": [
            m("late", "PvA on PA+31 (due PA+14); the motivation downgrades it, it does not erase it",
              type="plan_van_aanpak"),
            m("duplicate", "the PvA is there as signed PDF, Word original and scan"),
        ],
        "must_not": [
            m("late", "a written art. 5 motivation is present: at most a warning", type="plan_van_aanpak",
              severity="error"),
            m("missing", "present (three times)", type="plan_van_aanpak"),
            m("unsigned", "the scan is signed by both", path=P["pva_scan"]),
            m("unsigned", "the e-signed PDF is signed by both", path=P["pva"]),
            m("late", "PA in week 6", type="probleemanalyse"),
            m("missing", "present", type="eerstejaarsevaluatie"),
            m("missing", "present", type="trajectplan_tweede_spoor"),
            m("order", "AO before EV before the application"),
            m("outdated", "AO 22 days before the application"),
            m("medical_data", "'verzorging en uitvaart van zijn moeder' is no health data of the employee"),
            m("bsn_mismatch", "one BSN throughout"),
        ],
    }


def case_bijstelling_gat(exp: dict) -> None:
    c = make_case(
        "pva_laat_bijstelling_gat", dt.date(2025, 1, 6), werknemer="D. (Dewi) Santoso", functie="Verkoopmedewerker",
        werkgever="Tuincentrum Groenrijk B.V.", aard="tuincentrum met drie vestigingen, 95 medewerkers",
        plaats="Amersfoort", casemanager="W. Jacobs", cm_functie="Bedrijfsleider / casemanager",
        leidinggevende="W. Jacobs", bedrijfsarts="E. van Dam", arbodienst="Arbo Utrecht Voorbeeld",
        big="89077788801", datefmt="slash4",
    )
    pa, pva = 38, 67  # PA + 29, no motivation
    bpa, bpva = 182, 191
    gap = (207, 277)
    as_of = 390  # week 56
    p = Plan(pa=pa, pva=pva, ad=322, eje=343, bijst_pva=None, traject=None, eindrap=None, uwv88=None, ao=None,
             ev=None, ow=None, until=as_of, eval_end=as_of - 5, eval_gap=gap)
    p.ad_advies = ("Aangepast eigen werk (zittende kassawerkzaamheden, 4 uur per dag) is haalbaar. Volledige "
                   "hervatting in aangepast eigen werk is binnen drie maanden te verwachten; een tweede spoor is nu "
                   "niet nodig.")
    p.eje_text = ("Er is een concreet vooruitzicht op volledige hervatting in aangepast eigen werk binnen drie "
                  "maanden (advies arbeidsdeskundige). Daarom wordt nu geen tweede spoor ingezet; dit wordt over "
                  "zes weken opnieuw bekeken.")
    P = full_dossier(c, p, 640)
    assert max_gap(c) <= 40 or c.name == 'pva_laat_bijstelling_gat', (c.name, max_gap(c))
    P["bpa"] = pdf(c, "01 Probleemanalyse/Bijstelling probleemanalyse.pdf", doc_bijst_pa(c, bpa), c.arbo)
    P["bpva"] = pdf(c, "02 Plan van aanpak/Bijstelling plan van aanpak.pdf",
                    doc_bijst_pva(c, bpva, f"De bedrijfsarts heeft op {c.ds(c.day(bpa))} de probleemanalyse "
                                  "bijgesteld. Doel blijft spoor 1; de taken worden aangepast aan de herziene "
                                  "belastbaarheid en een arbeidsdeskundige wordt ingeschakeld."), c.emp)
    write_yaml_case(c)
    pts = sorted([*c.marks, bpva])
    before = max(o for o in pts if o < gap[0] + 5)
    after = min(o for o in pts if o > gap[0] + 5)
    assert after - before >= 60 and max_gap(c, [bpva]) == after - before, (before, after, c.marks)
    exp[c.name] = {
        "as_of": iso(c, as_of),
        "first_sick_day": c.d0.isoformat(),
        "planted": f"PvA 29 days after the PA, no motivation. Meetings every 5 weeks except one gap from "
                   f"{iso(c, before)} to {iso(c, after)} ({after - before} days). Traps: bijstelling PA (week 27) followed by "
                   "a bijstelling PvA 9 days later; EJE week 50 motivates why no 2nd track yet (concrete prospect "
                   "within 3 months, AD advice); checked in week 56",
        "must": [
            m("late", "PvA on PA+29, due PA+14, no motivation", type="plan_van_aanpak"),
            m("evaluation_gap", f"{after - before} days between two meetings"),
        ],
        "must_not": [
            m("late", "bijstelling PvA 9 days after the bijstelling PA", type="bijstelling_plan_van_aanpak"),
            m("missing", "present", type="bijstelling_probleemanalyse"),
            m("missing", "present", type="bijstelling_plan_van_aanpak"),
            m("late", "PA in week 6", type="probleemanalyse"),
            m("order", "the bijstelling PvA follows the bijstelling PA"),
            m("missing", "EJE motivates: concrete prospect of return within 3 months; and week 56 < week 58",
              type="trajectplan_tweede_spoor"),
            m("missing", "not due in week 56", type="actueel_oordeel", severity="error"),
            m("missing", "not due in week 56", type="eindevaluatie", severity="error"),
            m("early", "EJE in week 50", type="eerstejaarsevaluatie"),
            m("late", "EJE in week 50", type="eerstejaarsevaluatie"),
            m("medical_data", "no medical data in the folder"),
        ],
    }


def case_bsn(exp: dict) -> None:
    c = make_case(
        "bsn_collega_datumstijlen", dt.date(2024, 8, 19), werknemer="B. (Bram) Hofstede", functie="Administratief medewerker",
        werkgever="Gemeentelijke Sportbedrijven Rivierstad (fictief)", aard="exploitatie van zwembaden en sporthallen, 180 medewerkers",
        plaats="Nijmegen", casemanager="C. Peeters", cm_functie="Adviseur duurzame inzetbaarheid",
        leidinggevende="Y. Dijkman", bedrijfsarts="L. Fransen", arbodienst="Arbo Gelderland Voorbeeld",
        big="39055566601", datefmt="weekday", bsn_fmt="dots",
    )
    colleague = _bsn("collega-" + c.name)
    assert colleague != c.bsn and g.bsn_valid(colleague)
    appl = 640
    p = Plan(pa=34, pva=44, until=700, eval_kinds=["dot", "abbr", "slash4", "long", "dash", "weekday", "slash"])
    P = full_dossier(c, p, appl)
    assert max_gap(c) <= 40 or c.name == 'pva_laat_bijstelling_gat', (c.name, max_gap(c))
    wrong_off = weekday(202, c)
    # a meeting report made from a colleague's file: the colleague's (valid) BSN left in
    wrong = pdf(c, f"03 Evaluaties/Gespreksverslag {c.day(wrong_off).isoformat()} (extra).pdf",
                doc_eval(c, wrong_off, 6, "abbr", bsn=colleague), c.emp)
    write_yaml_case(c, appl)
    # vary the BSN spelling per document type: the yaml has it plain, the documents with dots
    as_of = 655
    exp[c.name] = {
        "as_of": iso(c, as_of),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": iso(c, appl),
        "planted": f"one extra meeting report ({c.day(wrong_off).isoformat()}) carries a colleague's valid BSN "
                   f"(copied from another file). Traps: the BSN is written with dots in the documents and plain in "
                   "dossier.yaml; meeting dates in seven styles (12.03.2025, 12 mrt. 2025, 12/03/2025, 12 maart 2025, "
                   "12-03-2025, woensdag 12 maart 2025, 12/3/25); a valid RSIN inside the loonheffingennummer "
                   "(EV, 42e-weeksmelding) and a KvK number on the letterhead; full dossier, week 94",
        "must": [m("bsn_mismatch", "a colleague's BSN on this meeting report", path=wrong)],
        "must_not": [
            m("bsn_invalid", "every BSN in the folder passes the elfproef; the KvK number is no BSN"),
            m("bsn_mismatch", "the loonheffingennummer's RSIN is no BSN", path=P["ev"]),
            m("bsn_mismatch", "the loonheffingennummer's RSIN is no BSN", path=P["zm"]),
            m("bsn_mismatch", "same BSN, written with dots", path=P["pva"]),
            m("bsn_mismatch", "same BSN, written with dots", path=P["eval0"]),
            m("form", "every meeting report has a date, whatever its style"),
            m("future", "no document dated after as_of (12/3/25-style dates must not be misread)"),
            m("late", "PA in week 5 / PvA PA+10 / everything on time"),
            m("order", "AO before EV"),
            m("evaluation_gap", "meetings every 5 weeks"),
            m("missing", "present", type="tussentijdse_evaluatie"),
            m("medical_data", "no medical data in the folder"),
        ],
    }


def case_medisch(exp: dict) -> None:
    c = make_case(
        "medisch_ad_rapport", dt.date(2024, 11, 4), werknemer="R. (Ruud) Kamphuis", functie="Magazijnmedewerker",
        werkgever="Distributiecentrum Oostpoort B.V.", aard="logistiek dienstverlener, 310 medewerkers",
        plaats="Venlo", casemanager="N. Claessens", cm_functie="Casemanager", leidinggevende="J. Peeters",
        bedrijfsarts="A.C. Wolters", arbodienst="Arbo Limburg Voorbeeld", big="59033344401", datefmt="long",
        bsn_fmt="spaces",
    )
    appl = 638
    p = Plan(pa=36, pva=46, ad=333, ad_medical=True, until=700)
    P = full_dossier(c, p, appl)
    assert max_gap(c) <= 40 or c.name == 'pva_laat_bijstelling_gat', (c.name, max_gap(c))
    P["mi"] = pdf(c, "99 Niet meesturen/Medische informatie bedrijfsarts.pdf", doc_mi(c, 614), c.arbo)
    write_yaml_case(c, appl)
    as_of = 641
    clean = ["pa", "pva", "eval0", "eval4", "eval9", "eje", "ao", "ev", "bpva", "ow"]
    exp[c.name] = {
        "as_of": iso(c, as_of),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": iso(c, appl),
        "planted": "the arbeidsdeskundige's report (week 48) repeats the diagnosis (hernia L5-S1, MRI, neuroloog), "
                   "an operation and medication (pregabaline); the bedrijfsarts's 'Medische informatie' (medisch "
                   "geheim, ICD-10) sits in the employer's folder. Traps: the employer's meeting reports, EJE and EV "
                   "speak only of 'herstel', 'belastbaarheid', 'opbouw' (no medical data); PA and AO give "
                   "limitations only",
        "must": [
            m("medical_data", "diagnosis, operation and medication in the AD-rapport", path=P["ad"]),
            m("medical_data", "the medische informatie must not be in the employer's folder", path=P["mi"]),
        ],
        "must_not": [m("medical_data", "only herstel/belastbaarheid/limitations, no medical data", path=P[k])
                     for k in clean]
        + [
            m("missing", "present (though with medical data)", type="arbeidsdeskundig_rapport"),
            m("late", "everything on time"),
            m("order", "AO before EV"),
            m("bsn_mismatch", "one BSN throughout (written with spaces)"),
            m("bsn_invalid", "valid BSN"),
        ],
    }


def case_eje_laat_ev_eenzijdig(exp: dict) -> None:
    c = make_case(
        "eje_laat_ev_niet_getekend", dt.date(2024, 7, 1), werknemer="F. (Fatma) Yilmaz", functie="Schoonmaakmedewerker",
        werkgever="Schoonmaakbedrijf Helder & Co B.V.", aard="schoonmaakdienstverlening aan kantoren, 400 medewerkers",
        plaats="Rotterdam", casemanager="S. Vermeulen", cm_functie="Rayonmanager / casemanager",
        leidinggevende="S. Vermeulen", bedrijfsarts="P. de Ruiter", arbodienst="Arbo Rijnmond Voorbeeld",
        big="79066677701", datefmt="long",
    )
    appl = 639
    eje = weekday(395, c)  # week 57
    p = Plan(pa=37, pva=47, ad=340, eje=eje, bijst_pva=eje + 3, traject=399, ow_eens=False, until=700,
             ev_kw={"signed_wn": False, "refusal": "Werknemer heeft aangegeven deze eindevaluatie niet te willen "
                    "ondertekenen; zij geeft haar mening in het oordeel van de werknemer."})
    p.eje_text = ("Naast spoor 1 start direct een tweede-spoortraject bij Werkpad Re-integratie. Dit was al in "
                  "week 50 besproken en is op advies van de arbeidsdeskundige ingezet.")
    P = full_dossier(c, p, appl)
    assert max_gap(c) <= 40 or c.name == 'pva_laat_bijstelling_gat', (c.name, max_gap(c))
    write_yaml_case(c, appl)
    as_of = 646
    exp[c.name] = {
        "as_of": iso(c, as_of),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": iso(c, appl),
        "planted": f"EJE dated {iso(c, eje)} (week 57, after the week 46-52 window); the EV is signed by the employer "
                   "only (the employee refused to sign). Traps: 2nd-track trajectplan in week 58 (just before "
                   "D0+406); the oordeel werknemer disagrees (that is its purpose, not a problem); AO and EV on time",
        "must": [
            m("late", "EJE in week 57, window weeks 46-52", type="eerstejaarsevaluatie"),
            m("unsigned", "the employee did not sign the eindevaluatie", path=P["ev"]),
        ],
        "must_not": [
            m("missing", "present, though late", type="eerstejaarsevaluatie"),
            m("missing", "present (the employee disagrees)", type="oordeel_werknemer"),
            m("missing", "present (week 58)", type="trajectplan_tweede_spoor"),
            m("late", "trajectplan in week 58, before D0+406", type="trajectplan_tweede_spoor"),
            m("unsigned", "PvA signed by both", path=P["pva"]),
            m("unsigned", "EJE signed by both", path=P["eje"]),
            m("missing", "EV present (signed by the employer)", type="eindevaluatie"),
            m("order", "AO before EV"),
            m("late", "PvA 10 days after the PA", type="plan_van_aanpak"),
            m("medical_data", "no medical data in the folder"),
        ],
    }


def case_geen_yaml(exp: dict) -> None:
    c = make_case(
        "week38_pva_zonder_visie", dt.date(2025, 4, 14), werknemer="J. (Joost) van Rijswijk", functie="ICT-beheerder",
        werkgever="Accountantskantoor Meerwijk & Partners", aard="accountancy en belastingadvies, 70 medewerkers",
        plaats="Haarlem", casemanager="E. Smeets", cm_functie="Office manager", leidinggevende="E. Smeets",
        bedrijfsarts="T. Hendriks", arbodienst="Arbo Kennemerland Voorbeeld", big="99022233301", datefmt="long",
    )
    as_of = 259  # week 38 (a Monday)
    pa, pva = 29, 40
    d_pa = c.day(pa)
    # the PA arrived by e-mail from the arbodienst
    tmp = CASES / c.name / "_pa.pdf"
    g.write_pdf(tmp, doc_pa(c, pa), c.arbo)
    att = g.attachment_from(tmp, "Probleemanalyse J. van Rijswijk.pdf")
    tmp.unlink()
    g.write_eml(
        CASES / c.name / "mail" / f"{d_pa.isoformat()} Probleemanalyse.eml",
        {"From": f"{c.bedrijfsarts} <t.hendriks@kennemerland-arbo.example>",
         "To": f"{c.casemanager} <e.smeets@meerwijk.example>",
         "Subject": "Probleemanalyse J. van Rijswijk", "Date": g.mail_date(d_pa),
         "Message-ID": "<pa-vrijswijk@kennemerland-arbo.example>"},
        "Beste mevrouw Smeets,\n\nBijgaand de probleemanalyse. Wilt u binnen twee weken het plan van aanpak opstellen?"
        "\n\nMet vriendelijke groet,\nT. Hendriks, bedrijfsarts\n",
        [att],
    )
    pva_path = pdf(c, "Plan van aanpak J. van Rijswijk.pdf", doc_pva(c, pva, pa, visie=False, casemanager=False), c.emp)
    evs = evaluations(c, pva + 35, as_of, 35, "gesprekken", [], ["long", "dash", "abbr"])
    photo_off = weekday(pva + 35 * 3 + 17, c)
    # one extra short meeting report photographed with a phone (signed paper copy)
    g.write_photo_jpg(CASES / c.name / "gesprekken" / f"IMG_{c.day(photo_off):%Y%m%d}_101512.jpg", doc_eval(c, photo_off, 9), c.emp,
                      taken=dt.datetime(2025, 1, 1, 10, 15, 12) + (c.day(photo_off) - dt.date(2025, 1, 1)))
    exp[c.name] = {
        "as_of": iso(c, as_of),
        "planted": "no dossier.yaml (the first sick day is in the PA and the PvA). The PvA (2025) has no "
                   "'visie werkgever/werknemer' section and names no casemanager. Traps: week 38, so no EJE, "
                   "42e-weeksmelding, AO or EV is due; the PA arrived as an e-mail attachment; one meeting report is a "
                   "phone photo; meetings every 5 weeks",
        "must": [m("content", "PvA without visie werkgever/werknemer and without a casemanager",
                   type="plan_van_aanpak")],
        "must_not": [
            m("missing", "not due in week 38", type="eerstejaarsevaluatie"),
            m("missing", "due in week 43, not yet", type="ziekmelding_uwv"),
            m("late", "not due yet", type="ziekmelding_uwv"),
            m("missing", "not due in week 38", type="actueel_oordeel", severity="error"),
            m("missing", "not due in week 38", type="eindevaluatie", severity="error"),
            m("missing", "the PA is in the e-mail", type="probleemanalyse"),
            m("late", "PA in week 5", type="probleemanalyse"),
            m("late", "PvA 11 days after the PA", type="plan_van_aanpak"),
            m("no_first_sick_day", "the PA and the PvA state the first sick day"),
            m("evaluation_gap", "meetings every 5 weeks"),
            m("medical_data", "no medical data in the folder"),
            m("unsigned", "PvA signed by both", path=pva_path),
        ],
    }
    assert evs


def main() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    CASES.mkdir(parents=True)
    exp: dict[str, Any] = {}
    for fn in (case_schoon, case_week60, case_week88, case_pva_gemotiveerd_dubbel, case_bijstelling_gat, case_bsn,
               case_medisch, case_eje_laat_ev_eenzijdig, case_geen_yaml):
        fn(exp)
    header = (
        "# Expected findings of findings holdout 4. GENERATED by make_holdout4.py: edit the cases there.\n"
        "# Written from DOMAIN.md §1-§6, §8, CONTRACT.md and the finding codes of docs/handleiding.md, without\n"
        "# reading the rule code. Untouched holdout: do not tune the rules on it (if you do, say so in README.md).\n"
        "#\n"
        "# Per case: as_of (the --as-of date), optional checklist, planted (what is wrong and the traps),\n"
        "# must / must_not (lists of {code?, type?, path?, severity?, why}); a finding matches an entry when\n"
        "# every given key is equal. no_errors: true -> no finding of severity error at all.\n\n"
    )
    (HERE / "expected.yaml").write_text(
        header + yaml.safe_dump(exp, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
