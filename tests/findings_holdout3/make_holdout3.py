"""Generate findings holdout 3: ten synthetic case folders with planted problems and traps.

Run:  .venv/bin/python tests/findings_holdout3/make_holdout3.py

Deterministic (fixed seeds, no clock reads, static PDF ids): it deletes and rewrites ``cases/`` and
``expected.yaml`` next to this file, byte-identical on every run. All people, organisations,
addresses, e-mail domains (``.example``) and numbers are fictional.

The expectations were written from /work/shared/DOMAIN.md (sections 1-6 and 8), /work/shared/CONTRACT.md
and the list of finding codes in docs/handleiding.md, without reading the rule, classifier, signing or
privacy code. Do not tune the tool on this set; if you do, say so in README.md.
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
    FIXED_DATE,
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
    fmt_bsn,
    fmt_date,
    mail_date,
    make_bsn,
    write_eml,
    write_pdf,
    write_scan_pdf,
)

CASES_DIR = HERE / "cases"
EXPECTED = HERE / "expected.yaml"
DAY = dt.timedelta(days=1)

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------


@dataclass
class Who:
    naam: str
    functie: str


@dataclass
class P:
    """One employee and the people and organisations around the case."""

    key: str
    naam: str
    geboren: dt.date
    functie: str
    uren: int
    werkgever: str
    adres: str
    lhn: str
    aard: str
    taken: str
    cm: Who  # casemanager
    ba: Who  # bedrijfsarts
    arbo: str
    ad: Who
    ad_org: str
    bureau: str
    coach: Who
    mogelijk: str  # functional possibilities, no medical data
    d0: dt.date
    seed: int
    df: str = "long"
    bsn: str = ""
    emp: Style = field(default_factory=lambda: Style("x", "x"))
    arbo_st: Style = field(default_factory=lambda: Style("x-arbo", "x"))
    ad_st: Style = field(default_factory=lambda: Style("x-ad", "x"))
    bur_st: Style = field(default_factory=lambda: Style("x-bureau", "x"))

    def __post_init__(self) -> None:
        self.bsn = make_bsn(random.Random(self.seed))
        assert bsn_valid(self.bsn)

    def d(self, off: int) -> dt.date:
        return self.d0 + off * DAY

    def f(self, day: dt.date) -> str:
        return fmt_date(day, self.df)


UWV = Style("uwv", "UWV", ("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 58285, 1040 HG Amsterdam"),
            font="sans", accent=(0, 90, 160), footer="UWV - Uitvoeringsinstituut Werknemersverzekeringen")


def mkp(key: str, seed: int, d0: dt.date, emp: tuple[str, tuple[str, ...], str, tuple[int, int, int], str],
        arbo: tuple[str, tuple[str, ...]], **kw: Any) -> P:
    org, lines, font, accent, lh = emp
    p = P(key=key, d0=d0, seed=seed, werkgever=org, adres=lines[0], arbo=arbo[0], **kw)
    p.emp = Style(key, org, lines, font=font, accent=accent, letterhead=lh, footer=f"{org} - vertrouwelijk")
    p.arbo_st = Style(key + "-arbo", arbo[0], arbo[1], font="sans", accent=(30, 120, 90), letterhead="right")
    p.ad_st = Style(key + "-ad", p.ad_org, ("Register­arbeidsdeskundigen",), font="serif", accent=(90, 60, 20))
    p.bur_st = Style(key + "-bureau", p.bureau, ("Loopbaan en re-integratie",), font="sans", accent=(140, 40, 90),
                     letterhead="band")
    return p


# --------------------------------------------------------------------------------------------
# Document wording (own text)
# --------------------------------------------------------------------------------------------


def who(p: P, bsn: str | None = None, bsn_fmt: str = "plain", extra: list[tuple[str, str]] | None = None) -> Fields:
    return Fields([
        ("Werknemer", p.naam),
        ("BSN", fmt_bsn(bsn or p.bsn, bsn_fmt)),
        ("Geboortedatum", p.f(p.geboren)),
        ("Functie", f"{p.functie}, {p.uren} uur per week"),
        ("Werkgever", p.werkgever),
        ("Eerste ziektedag", p.f(p.d0)),
        *(extra or []),
    ])


def both(p: P, day: dt.date, employer: bool = True, employee: bool = True) -> Signatures:
    return Signatures([
        Sig("Werkgever", p.cm.naam, p.cm.functie, p.f(day), signed=employer),
        Sig("Werknemer", p.naam, p.functie, p.f(day), signed=employee),
    ])


def doc_pa(p: P, day: dt.date, bsn_fmt: str = "plain", extra: list[Block] | None = None) -> list[Block]:
    return [
        Title("Probleemanalyse", sub="oordeel en advies van de bedrijfsarts (art. 2 Regeling procesgang)"),
        who(p, bsn_fmt=bsn_fmt, extra=[("Datum probleemanalyse", p.f(day)), ("Bedrijfsarts", f"{p.ba.naam}, {p.ba.functie}")]),
        Heading("Dreigend langdurig verzuim"),
        Para(f"Ik verwacht dat {p.naam} langer dan drie maanden niet volledig in de eigen functie kan werken. "
             "Er is daarom sprake van dreigend langdurig verzuim."),
        Heading("Beperkingen en mogelijkheden"),
        Para(f"Belastbaarheid op dit moment: {p.mogelijk}"),
        Heading("Prognose"),
        Para("Ik verwacht geleidelijke verbetering. Opbouw van uren en taken is verantwoord; ik zie werknemer over "
             "zes weken terug op het spreekuur."),
        Heading("Advies aan werkgever en werknemer"),
        Bullets([
            "Stel binnen twee weken samen een plan van aanpak op.",
            "Start met aangepaste taken in het eigen werk, opbouw per twee weken.",
            "Bespreek de voortgang minstens eens per zes weken.",
        ]),
        *(extra or []),
        Signatures([Sig("Bedrijfsarts", p.ba.naam, p.ba.functie, p.f(day))]),
    ]


def pva_body(p: P, pa_day: dt.date, extra: list[Block] | None = None) -> list[Block]:
    return [
        Heading("Casemanager"),
        Para(f"{p.cm.naam} ({p.cm.functie}) coördineert de re-integratie en is het aanspreekpunt."),
        Heading("Re-integratiedoel"),
        Para(f"Einddoel: volledige terugkeer in de eigen functie van {p.functie}. Tussendoel: binnen acht weken "
             "twintig uur per week in aangepaste taken."),
        Heading("Afspraken en activiteiten"),
        Table(["Activiteit", "Wie", "Termijn"], [
            ["Opbouw naar 12 uur per week, aangepaste taken", "werknemer en leidinggevende", "4 weken"],
            ["Opbouw naar 20 uur per week", "werknemer", "8 weken"],
            ["Spreekuur bedrijfsarts", "werknemer", "elke 6 weken"],
        ]),
        Para(f"Grondslag: de probleemanalyse van {p.f(pa_day)} van bedrijfsarts {p.ba.naam}."),
        Heading("Evaluatiemomenten"),
        Para("Werkgever en werknemer evalueren dit plan elke zes weken in een voortgangsgesprek, en in elk geval "
             "aan het einde van het eerste ziektejaar."),
        Heading("Visie werkgever"),
        Para("De werkgever ondersteunt de opbouw in het eigen werk en past het rooster aan waar dat nodig is."),
        Heading("Visie werknemer"),
        Para("Ik kan mij vinden in de afspraken en wil in mijn eigen tempo, maar zo snel als verantwoord, terugkeren."),
        *(extra or []),
    ]


def doc_pva(p: P, day: dt.date, pa_day: dt.date, extra: list[Block] | None = None, employer: bool = True,
            employee: bool = True) -> list[Block]:
    return [
        Title("Plan van aanpak", sub="re-integratie (art. 4 Regeling procesgang)"),
        who(p, extra=[("Datum plan van aanpak", p.f(day))]),
        *pva_body(p, pa_day, extra),
        both(p, day, employer, employee),
    ]


def doc_eval(p: P, day: dt.date, n: int, nxt: dt.date | None, bsn: str | None = None,
             extra: list[Block] | None = None, date_text: str | None = None) -> list[Block]:
    dtxt = date_text or p.f(day)
    return [
        Title("Verslag voortgangsgesprek", sub=f"tussentijdse evaluatie plan van aanpak, nr. {n}"),
        who(p, bsn=bsn, extra=[("Datum gesprek", dtxt), ("Aanwezig", f"{p.naam}; {p.cm.naam}, {p.cm.functie}")]),
        Heading("Voortgang"),
        Para(f"We bespraken de voortgang van de afspraken uit het plan van aanpak. {p.naam} werkt volgens het "
             "opbouwschema; de afspraken zijn nagekomen."),
        *(extra or []),
        Heading("Afspraken"),
        Bullets([
            "Opbouw gaat door volgens schema.",
            f"Volgend voortgangsgesprek: {p.f(nxt)}." if nxt else "Volgend gesprek wordt later gepland.",
        ]),
        Signatures([
            Sig("Casemanager", p.cm.naam, p.cm.functie, dtxt),
            Sig("Werknemer", p.naam, p.functie, dtxt),
        ]),
    ]


def doc_melding42(p: P, day: dt.date) -> list[Block]:
    return [
        Title("Ziekmelding bij UWV", sub="aangifte van langdurige ziekte (42e-weeksmelding)"),
        who(p, extra=[("Loonheffingennummer", p.lhn), ("Datum melding", p.f(day))]),
        Para(f"Wij melden dat onze werknemer {p.naam} sinds {p.f(p.d0)} ziek is. Dit is de melding in de 42e "
             "week van ziekte, ingediend via het werkgeversportaal."),
        Signatures([Sig("Ingediend door", p.cm.naam, p.cm.functie, p.f(day))]),
    ]


def doc_ad(p: P, day: dt.date) -> list[Block]:
    return [
        Title("Rapportage arbeidsdeskundig onderzoek", sub="advies spoor 1 en spoor 2"),
        who(p, extra=[("Datum rapport", p.f(day)), ("Arbeidsdeskundige", f"{p.ad.naam}, {p.ad.functie}")]),
        Heading("Functiebelasting"),
        Para(f"De functie omvat: {p.taken}"),
        Heading("Belasting en belastbaarheid"),
        Para(f"Volgens de bedrijfsarts geldt: {p.mogelijk} De functiebelasting overschrijdt die belastbaarheid "
             "op een deel van de taken."),
        Heading("Conclusie en advies"),
        Para("Het eigen werk is met aanpassingen gedeeltelijk passend. Ik adviseer het eigen werk in aangepaste "
             "vorm voort te zetten en daarnaast een tweede spoor in te zetten om passend werk bij een andere "
             "werkgever te onderzoeken. Loonwaarde van het aangepaste werk: ongeveer 60 procent."),
        Signatures([Sig("Arbeidsdeskundige", p.ad.naam, p.ad.functie, p.f(day))]),
    ]


def doc_eje(p: P, day: dt.date, spoor2: bool = True) -> list[Block]:
    s2 = ("Omdat volledige terugkeer in het eigen werk binnen afzienbare tijd niet zeker is, start de werkgever "
          f"een tweede spoor bij {p.bureau}, zoals de arbeidsdeskundige adviseerde."
          if spoor2 else "De opbouw in het eigen werk gaat door.")
    return [
        Title("Eerstejaarsevaluatie", sub="evaluatie van het eerste ziektejaar"),
        who(p, extra=[("Datum evaluatie", p.f(day)), ("Casemanager", p.cm.naam)]),
        Heading("Terugblik op het eerste ziektejaar"),
        Para(f"{p.naam} werkt inmiddels twintig uur per week in aangepaste taken. Het plan van aanpak is "
             "steeds in voortgangsgesprekken geëvalueerd."),
        Heading("Beoogd re-integratieresultaat in het tweede ziektejaar"),
        Para("Doel voor het tweede ziektejaar: duurzaam werk voor zoveel uren als de belastbaarheid toelaat. " + s2),
        Heading("Visie werkgever"),
        Para("De werkgever wil het aangepaste werk behouden en blijft de uren opbouwen."),
        Heading("Visie werknemer"),
        Para("Ik sta achter dit doel en werk mee aan beide sporen waar dat wordt afgesproken."),
        both(p, day),
    ]


def doc_bpva(p: P, day: dt.date, reason: str) -> list[Block]:
    return [
        Title("Bijstelling plan van aanpak"),
        who(p, extra=[("Datum bijstelling", p.f(day))]),
        Heading("Aanleiding"),
        Para(reason),
        Heading("Gewijzigde afspraken"),
        Bullets([
            "Nieuw doel: naast het aangepaste eigen werk passend werk buiten de organisatie (spoor 2).",
            f"Het tweede spoor wordt uitgevoerd door {p.bureau}; {p.coach.naam} is de loopbaancoach.",
            "Evaluatie blijft elke zes weken.",
        ]),
        Heading("Visie werkgever en werknemer"),
        Para("Beide partijen stemmen in met de bijstelling."),
        both(p, day),
    ]


def doc_traject(p: P, day: dt.date) -> list[Block]:
    return [
        Title("Trajectplan tweede spoor", sub="intake en plan van aanpak re-integratie 2e spoor"),
        who(p, extra=[("Datum intake", p.f(day)), ("Loopbaancoach", f"{p.coach.naam}, {p.coach.functie}")]),
        Heading("Persoonsprofiel"),
        Para(f"{p.naam} heeft ervaring als {p.functie.lower()} en is nauwkeurig en klantgericht."),
        Heading("Zoekprofiel"),
        Para("Administratieve of coördinerende functies, zittend werk met afwisseling, tot 24 uur per week, "
             "binnen 30 km van de woonplaats."),
        Heading("Activiteiten"),
        Bullets(["arbeidsmarktoriëntatie en vacatureonderzoek", "netwerkgesprekken", "sollicitatietraining",
                 "maandelijkse voortgangsrapportage aan de werkgever"]),
        Signatures([Sig("Loopbaancoach", p.coach.naam, p.coach.functie, p.f(day)),
                    Sig("Werknemer", p.naam, p.functie, p.f(day))]),
    ]


def doc_voortgang(p: P, day: dt.date, n: int, frm: dt.date, bsn: str | None = None) -> list[Block]:
    return [
        Title("Voortgangsrapportage tweede spoor", sub=f"rapportage {n}"),
        who(p, bsn=bsn, extra=[("Datum rapportage", p.f(day)),
                               ("Rapportageperiode", f"{p.f(frm)} tot en met {p.f(day)}")]),
        Heading("Activiteiten in de rapportageperiode"),
        Bullets(["vacatures besproken: 9", "sollicitaties verstuurd: 3", "netwerkgesprekken: 2",
                 "coachingsgesprekken: 4"]),
        Heading("Inzet van de werknemer"),
        Para("Werknemer is gemotiveerd en komt afspraken na."),
        Signatures([Sig("Loopbaancoach", p.coach.naam, p.coach.functie, p.f(day))]),
    ]


def doc_eindrap(p: P, day: dt.date, start: dt.date) -> list[Block]:
    return [
        Title("Eindrapportage tweede spoor"),
        who(p, extra=[("Datum eindrapportage", p.f(day)), ("Start traject", p.f(start))]),
        Heading("Resultaat traject"),
        Para("Het traject heeft nog geen plaatsing opgeleverd. Werknemer heeft actief gesolliciteerd; twee "
             "gesprekken leidden niet tot een aanbod."),
        Heading("Afsluiting en advies"),
        Para("Wij sluiten het traject af in verband met de WIA-aanvraag en adviseren de zoektocht voort te zetten."),
        Signatures([Sig("Loopbaancoach", p.coach.naam, p.coach.functie, p.f(day))]),
    ]


def doc_uwv88(p: P, day: dt.date, uiterlijk: dt.date) -> list[Block]:
    return [
        Title("U kunt een WIA-uitkering aanvragen"),
        Fields([("Datum", fmt_date(day)), ("Betreft", p.naam), ("BSN", p.bsn), ("Kenmerk", f"WIA-{p.seed:06d}")]),
        Para(f"U bent bijna twee jaar ziek. Vraag uw WIA-uitkering uiterlijk op {fmt_date(uiterlijk)} aan. "
             "Stuur het re-integratieverslag mee; uw werkgever stelt het samen met u op."),
        Signatures([Sig("Met vriendelijke groet", "Team WIA", "UWV", fmt_date(day))]),
    ]


def doc_ao(p: P, day: dt.date, zw: bool = False) -> list[Block]:
    sub = "bij de probleemanalyse, ten behoeve van het re-integratieverslag Ziektewet" if zw else \
        "bij de probleemanalyse, ten behoeve van de WIA-aanvraag"
    return [
        Title("Actueel oordeel bedrijfsarts", sub=sub),
        who(p, extra=[("Datum", p.f(day)), ("Bedrijfsarts", f"{p.ba.naam}, {p.ba.functie}")]),
        Heading("Stand van zaken"),
        Para(f"{p.naam} werkt twintig uur per week in aangepast eigen werk. Belastbaarheid: {p.mogelijk}"),
        Heading("Arbeidsrelatie"),
        Para("De arbeidsrelatie tussen werkgever en werknemer is goed; er zijn geen conflicten."),
        Heading("Passende arbeid bij de werkgever"),
        Para("Passende arbeid bij de werkgever is aanwezig voor twintig uur per week in aangepaste taken; "
             "uitbreiding is op dit moment niet te verwachten."),
        Signatures([Sig("Bedrijfsarts", p.ba.naam, p.ba.functie, p.f(day))]),
    ]


def doc_ev(p: P, day: dt.date, ao_day: dt.date, ao_future: bool = False, zw: bool = False) -> list[Block]:
    ao_txt = ("Het actueel oordeel van de bedrijfsarts volgt nog."
              if ao_future else f"Deze evaluatie bouwt voort op het actueel oordeel van {p.f(ao_day)}.")
    if zw:
        terug = (f"Het tijdelijke contract van {p.naam} eindigt vandaag. Werknemer werkt twaalf uur per week in "
                 "aangepaste taken; volledige terugkeer is niet bereikt. " + ao_txt)
        aanvraag = ("Werknemer gaat na vandaag over naar de Ziektewet; het re-integratieverslag gaat op verzoek "
                    "naar UWV.")
    else:
        terug = (f"Na twee jaar werkt {p.naam} twintig uur per week in aangepaste taken. Het tweede spoor leverde "
                 "geen plaatsing op. " + ao_txt)
        aanvraag = "Werknemer vraagt de WIA-uitkering tijdig aan."
    return [
        Title("Eindevaluatie plan van aanpak"),
        who(p, extra=[("Datum eindevaluatie", p.f(day)), ("Casemanager", p.cm.naam)]),
        Heading("Aard van het bedrijf"),
        Para(f"{p.werkgever}: {p.aard}"),
        Heading("Terugblik op de re-integratie"),
        Para(terug),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para("Werkgever en werknemer werken goed samen; de arbeidsrelatie is goed."),
        Heading("Passende arbeid"),
        Para("Er is passende arbeid voor twintig uur per week in aangepaste taken; meer uren zijn er niet."),
        Heading("Vervolg" if zw else "WIA-aanvraag"),
        Para(aanvraag),
        both(p, day),
    ]


def doc_ow(p: P, day: dt.date) -> list[Block]:
    return [
        Title("Oordeel van de werknemer", sub="over het re-integratieverslag"),
        who(p, extra=[("Datum", p.f(day))]),
        Para("Ik heb het re-integratieverslag gelezen. Ik ben het eens met de inhoud en met de beschrijving van "
             "de inspanningen in beide sporen."),
        Signatures([Sig("Werknemer", p.naam, p.functie, p.f(day))]),
    ]


def doc_protocol(p: P) -> list[Block]:
    return [
        Title("Verzuimprotocol", sub=f"{p.werkgever}, versie 2024"),
        Para("Dit protocol geldt voor alle medewerkers. Het beschrijft wat u doet als u ziek bent en welke stukken "
             "tijdens een langdurig verzuim worden opgesteld."),
        Heading("Stukken in het re-integratiedossier"),
        Bullets([
            "probleemanalyse van de bedrijfsarts (binnen zes weken), eventueel een bijstelling van de "
            "probleemanalyse",
            "plan van aanpak (binnen acht weken), met bijstellingen als dat nodig is",
            "verslagen van de voortgangsgesprekken, minstens eens per zes weken",
            "42e-weeksmelding aan UWV",
            "eerstejaarsevaluatie (tussen week 46 en 52)",
            "rapport van de arbeidsdeskundige en zo nodig een trajectplan tweede spoor",
            "actueel oordeel van de bedrijfsarts en eindevaluatie (rond week 88 tot 91)",
            "oordeel van de werknemer bij de WIA-aanvraag",
        ]),
        Heading("Privacy"),
        Para("De werkgever vraagt nooit naar een diagnose. Medische informatie blijft bij de bedrijfsarts."),
        Para("Vastgesteld door de directie. Dit protocol is geen persoonlijk document."),
    ]


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------


@dataclass
class Doc:
    rel: str
    blocks: list[Block]
    style: Style
    fmt: str = "pdf"  # pdf | scan | eml_body | acroform_pva | fill_sign
    extra: dict[str, Any] = field(default_factory=dict)


CORE = ("-arbo", "-ad", "-bureau", "uwv")


def _pdf(path: Path, blocks: list[Block], style: Style) -> Path:
    if not style.key.endswith(CORE):
        return write_pdf(path, blocks, style)
    saved = docgen.FONT_DIR
    docgen.FONT_DIR = Path("/nonexistent-fonts")
    try:
        return write_pdf(path, blocks, style)
    finally:
        docgen.FONT_DIR = saved


def _squiggle(rng: random.Random, x: float, y: float, w: float) -> list[tuple[float, float]]:
    pts = [(x, y)]
    for i in range(1, 15):
        pts.append((x + w * i / 14, y + rng.uniform(-4, 4)))
    return pts


def write_acroform_pva(path: Path, p: P, fields: dict[str, str]) -> None:
    """A 'Plan van aanpak' PDF form: the page holds labels and boxes only; the filled-in values (dates, BSN,
    names, agreements) live in AcroForm text fields with appearance streams. Signed by hand with a tablet
    pen (vector strokes in the page content)."""
    import pikepdf
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("Formulierenserver 4.2")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.set_xy(18, 14)
    pdf.cell(0, 8, "Formulier Plan van aanpak")
    pdf.set_font("helvetica", "", 9)
    pdf.set_xy(18, 22)
    pdf.cell(0, 5, f"{p.werkgever} - re-integratie bij ziekte (art. 4 Regeling procesgang)")
    layout: list[tuple[str, str, float, float]] = []  # (field name, label, y, height)
    y = 32.0
    for name, label, h in [
        ("naam", "Naam werknemer", 7), ("bsn", "Burgerservicenummer", 7), ("functie", "Functie", 7),
        ("ezd", "Eerste ziektedag", 7), ("pa_datum", "Datum probleemanalyse", 7),
        ("casemanager", "Casemanager", 7), ("doel", "Re-integratiedoel", 14), ("activiteiten", "Activiteiten en termijnen", 21),
        ("evaluatie", "Evaluatiemomenten", 14), ("visie_wg", "Visie werkgever", 14), ("visie_wn", "Visie werknemer", 14),
        ("datum", "Datum vaststelling plan", 7),
    ]:
        pdf.set_font("helvetica", "B", 9)
        pdf.set_xy(18, y)
        pdf.cell(55, 6, label)
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(75, y, 117, h)
        layout.append((name, label, y, h))
        y += h + 3
    y += 4
    pdf.set_font("helvetica", "B", 9)
    rng = random.Random(p.seed * 7)
    for i, (role, nm) in enumerate([("Handtekening werkgever", p.cm.naam), ("Handtekening werknemer", p.naam)]):
        x = 18 + i * 92
        pdf.set_xy(x, y)
        pdf.cell(80, 5, role)
        pdf.set_draw_color(20, 30, 110)
        pdf.set_line_width(0.35)
        pdf.polyline(_squiggle(rng, x + 4, y + 14, 60))
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(x, y + 21, x + 80, y + 21)
        pdf.set_font("helvetica", "", 9)
        pdf.set_xy(x, y + 22)
        pdf.cell(80, 5, nm)
        pdf.set_font("helvetica", "B", 9)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.pdf"
        base.write_bytes(bytes(pdf.output()))
        doc = pikepdf.open(base)
        page = doc.pages[0]
        ph = float(page.mediabox[3])
        mm = 72 / 25.4
        helv = doc.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica,
                                                    Encoding=pikepdf.Name.WinAnsiEncoding))
        dr = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv))
        annots = pikepdf.Array()
        flds = pikepdf.Array()
        for name, _label, fy, fh in layout:
            value = fields[name]
            x0, x1 = 75 * mm, 192 * mm
            y1 = ph - fy * mm
            y0 = ph - (fy + fh) * mm
            lines = value.split("\n")
            ops = ["/Tx BMC", "q", "BT", "/Helv 9 Tf", "0 g"]
            top = (y1 - y0) - 10
            for j, ln in enumerate(lines):
                esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"1 0 0 1 2 {top - j * 10:.2f} Tm")
                ops.append("(" + esc + ") Tj")
            ops += ["ET", "Q", "EMC"]
            ap = pikepdf.Stream(doc, "\n".join(ops).encode("cp1252"))
            ap.Type = pikepdf.Name.XObject
            ap.Subtype = pikepdf.Name.Form
            ap.BBox = [0, 0, x1 - x0, y1 - y0]
            ap.Resources = dr
            w = doc.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                T=pikepdf.String(name), TU=pikepdf.String(_label), V=pikepdf.String(value),
                Rect=[x0, y0, x1, y1], F=4, P=page.obj, DA=pikepdf.String("/Helv 9 Tf 0 g"),
                Ff=4096 if len(lines) > 1 else 0, AP=pikepdf.Dictionary(N=ap)))
            annots.append(w)
            flds.append(w)
        page.obj.Annots = annots
        doc.Root.AcroForm = pikepdf.Dictionary(Fields=flds, DR=dr, DA=pikepdf.String("/Helv 9 Tf 0 g"))
        path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(path, static_id=True)


def write_fill_sign(path: Path, blocks: list[Block], style: Style, signers: list[tuple[str, str]]) -> None:
    """Print an unsigned PDF, then sign it the way a PDF reader's Fill & Sign does: each signature an Ink
    annotation (strokes in its appearance stream) above the signer's name, and the date typed next to it
    as a FreeText annotation."""
    import pikepdf
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.pdf"
        _pdf(base, blocks, style)
        places: list[tuple[int, float, float, str]] = []
        src = pdfium.PdfDocument(str(base))
        for name, date_txt in signers:
            found = None
            for i in range(len(src)):
                tp = src[i].get_textpage()
                s = tp.search(name)
                hits = []
                while (m := s.get_next()) is not None:
                    hits.append(tp.get_charbox(m[0]))
                if hits:
                    found = (i, hits[-1])
            assert found, name
            i, (left, bottom, right, top) = found
            places.append((i, left, top, date_txt))
        src.close()
        doc = pikepdf.open(base)
        rng = random.Random(sum(map(ord, path.name)))
        helv = doc.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica))
        for pi, left, top, date_txt in places:
            page = doc.pages[pi]
            x0, y0 = left, top + 8
            w, h = 140.0, 30.0
            strokes = []
            for k in range(2):
                pts = [(4 + j * (w - 8) / 12, 8 + k * 6 + rng.uniform(0, 14)) for j in range(13)]
                strokes.append(pts)
            ops = ["q", "0.05 0.1 0.45 RG", "1.1 w", "1 J", "1 j"]
            for pts in strokes:
                ops.append(f"{pts[0][0]:.2f} {pts[0][1]:.2f} m")
                ops += [f"{x:.2f} {y:.2f} l" for x, y in pts[1:]]
                ops.append("S")
            ops.append("Q")
            ap = pikepdf.Stream(doc, "\n".join(ops).encode())
            ap.Type = pikepdf.Name.XObject
            ap.Subtype = pikepdf.Name.Form
            ap.BBox = [0, 0, w, h]
            ink = pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Ink, Rect=[x0, y0, x0 + w, y0 + h], F=4,
                InkList=[[v for x, y in pts for v in (x0 + x, y0 + y)] for pts in strokes],
                C=[0.05, 0.1, 0.45], BS=pikepdf.Dictionary(W=1.1), AP=pikepdf.Dictionary(N=ap),
                T=pikepdf.String("Fill & Sign"), NM=pikepdf.String(f"sig-{pi}-{int(left)}"))
            tx0, ty0 = x0 + w + 4, y0 + 6
            tap = pikepdf.Stream(doc, f"q BT /Helv 9 Tf 0 g 2 4 Td ({date_txt}) Tj ET Q".encode("cp1252"))
            tap.Type = pikepdf.Name.XObject
            tap.Subtype = pikepdf.Name.Form
            tap.BBox = [0, 0, 80, 14]
            tap.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv))
            ft = pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, Rect=[tx0, ty0, tx0 + 80, ty0 + 14], F=4,
                Contents=pikepdf.String(date_txt), DA=pikepdf.String("/Helv 9 Tf 0 g"),
                IT=pikepdf.Name.FreeTextTypeWriter, AP=pikepdf.Dictionary(N=tap))
            if "/Annots" not in page.obj:
                page.obj.Annots = pikepdf.Array()
            page.obj.Annots.append(doc.make_indirect(ink))
            page.obj.Annots.append(doc.make_indirect(ft))
        path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(path, static_id=True)


def write_doc(case_dir: Path, doc: Doc) -> None:
    path = case_dir / doc.rel
    if doc.fmt == "pdf":
        _pdf(path, doc.blocks, doc.style)
    elif doc.fmt == "scan":
        write_scan_pdf(path, doc.blocks, doc.style, dpi=160, jpeg_quality=40)
    elif doc.fmt == "eml_body":
        write_eml(path, doc.extra["headers"], doc.extra["body"])
    elif doc.fmt == "eml_att":
        with tempfile.TemporaryDirectory() as tmp:
            att = _pdf(Path(tmp) / doc.extra["attachment"], doc.blocks, doc.style)
            write_eml(path, doc.extra["headers"], doc.extra["body"], [attachment_from(att)])
    elif doc.fmt == "acroform_pva":
        write_acroform_pva(path, doc.extra["p"], doc.extra["fields"])
    elif doc.fmt == "fill_sign":
        write_fill_sign(path, doc.blocks, doc.style, doc.extra["signers"])
    else:
        raise ValueError(doc.fmt)


def write_yaml(case_dir: Path, p: P, aanvraag: dt.date | None) -> None:
    lines = [
        "# Case facts for wia-dossier (CONTRACT.md). All data fictional.",
        f'werknemer: {{naam: "{p.naam}", bsn: "{p.bsn}", functie: "{p.functie}"}}',
        f'werkgever: {{naam: "{p.werkgever}", loonheffingennummer: "{p.lhn}", aard_van_het_bedrijf: "{p.aard}"}}',
        f'bedrijfsarts: {{naam: "{p.ba.naam}", organisatie: "{p.arbo}"}}',
        f'casemanager: {{naam: "{p.cm.naam}"}}',
        f"eerste_ziektedag: {p.d0.isoformat()}",
    ]
    if aanvraag:
        lines.append(f"aanvraag_wia: {aanvraag.isoformat()}")
    (case_dir / "dossier.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# A complete two-year dossier, with progress meetings at most 35 days apart
# --------------------------------------------------------------------------------------------

FULL: dict[str, Any] = dict(pa=38, pva=49, melding=285, ad=338, eje=343, bpva=350, tp=372,
                            vr=[428, 484, 540, 596], er=612, uwv=611, ao=618, ev=627, ow=634, aanvraag=640,
                            as_of=645)


def eval_days(start: int, end: int, step: int = 35) -> list[int]:
    out, d = [], start + step
    while d <= end:
        out.append(d)
        d += step
    return out


def full_docs(p: P, o: dict[str, Any], skip: frozenset[str] = frozenset()) -> dict[str, Doc]:
    d, docs = p.d, {}
    docs["pa"] = Doc(f"01 Probleemanalyse/PA {p.naam} {d(o['pa']).isoformat()}.pdf", doc_pa(p, d(o["pa"])), p.arbo_st)
    docs["pva"] = Doc("02 Plan van aanpak/Plan van aanpak getekend.pdf", doc_pva(p, d(o["pva"]), d(o["pa"])), p.emp)
    evs = o.get("evals") or eval_days(o["pva"], o["ev"] - 14)
    for n, e in enumerate(evs, 1):
        nxt = d(evs[n]) if n < len(evs) else None
        docs[f"eval{n}"] = Doc(f"03 Evaluaties/Voortgangsgesprek {n:02d} {d(e).isoformat()}.pdf",
                               doc_eval(p, d(e), n, nxt), p.emp)
    docs["melding"] = Doc("04 UWV/42e-weeksmelding.pdf", doc_melding42(p, d(o["melding"])), p.emp)
    docs["ad"] = Doc("05 Arbeidsdeskundige/Rapport arbeidsdeskundig onderzoek.pdf", doc_ad(p, d(o["ad"])), p.ad_st)
    docs["eje"] = Doc("06 Eerstejaarsevaluatie/Eerstejaarsevaluatie getekend.pdf",
                      doc_eje(p, d(o["eje"]), spoor2=o.get("eje_spoor2", True)), p.emp)
    docs["bpva"] = Doc("02 Plan van aanpak/Bijstelling plan van aanpak.pdf",
                       doc_bpva(p, d(o["bpva"]), o.get("bpva_reason", "Eerstejaarsevaluatie en advies van de "
                                                         "arbeidsdeskundige: start tweede spoor.")), p.emp)
    docs["tp"] = Doc("07 Tweede spoor/Trajectplan.pdf", doc_traject(p, d(o["tp"])), p.bur_st)
    prev = o["tp"]
    for n, v in enumerate(o["vr"], 1):
        docs[f"vr{n}"] = Doc(f"07 Tweede spoor/Voortgangsrapportage {n}.pdf", doc_voortgang(p, d(v), n, d(prev + 1)),
                             p.bur_st)
        prev = v
    docs["er"] = Doc("07 Tweede spoor/Eindrapportage.pdf", doc_eindrap(p, d(o["er"]), d(o["tp"])), p.bur_st)
    docs["uwv"] = Doc("04 UWV/Brief UWV aanvraag WIA.pdf", doc_uwv88(p, d(o["uwv"]), d(650)), UWV)
    docs["ao"] = Doc("08 WIA/Actueel oordeel bedrijfsarts.pdf", doc_ao(p, d(o["ao"])), p.arbo_st)
    docs["ev"] = Doc("08 WIA/Eindevaluatie getekend.pdf", doc_ev(p, d(o["ev"]), d(o["ao"]), o["ao"] > o["ev"]), p.emp)
    if "ow" in o:
        docs["ow"] = Doc("08 WIA/Oordeel werknemer.pdf", doc_ow(p, d(o["ow"])), p.emp, "scan")
    for k in skip:
        docs.pop(k, None)
    return docs


# --------------------------------------------------------------------------------------------
# Personas
# --------------------------------------------------------------------------------------------


def _base(**kw: Any) -> dict[str, Any]:
    return dict(uren=36, geboren=dt.date(1979, 4, 12), **kw)


def p_hoekstra() -> P:
    return mkp("hoekstra", 3101, dt.date(2024, 9, 9),
               ("Drukkerij Wadden BV", ("Havenweg 14, 8861 AB Harlingen", "www.drukkerijwadden.example"), "serif",
                (20, 60, 110), "left"),
               ("ArboNoord Gezond Werk", ("Postbus 3310, 8901 DH Leeuwarden",)),
               **_base(naam="T. Hoekstra", functie="Drukker offset", lhn="812345671L01",
                       aard="offsetdrukkerij met 45 medewerkers, drukwerk voor bedrijven in Friesland",
                       taken="bedienen van de offsetpers, inschieten van drukwerk, tillen van papierstapels tot 20 kg.",
                       cm=Who("R. Visser", "Casemanager en HR-adviseur"), ba=Who("J.K. Terpstra", "Bedrijfsarts"),
                       ad=Who("M. de Boer", "Registerarbeidsdeskundige"), ad_org="De Boer Arbeidsdeskundig Advies",
                       bureau="Noorderlicht Loopbaan", coach=Who("S. Wiersma", "Loopbaancoach"),
                       mogelijk="licht tot middelzwaar werk, niet tillen boven 10 kg, wisselen van houding elk uur, "
                                "maximaal zes uur per dag."))


def p_yilmaz() -> P:
    return mkp("yilmaz", 3102, dt.date(2024, 8, 5),
               ("Thuiszorg Zuidrand", ("Dorpsstraat 88, 3311 KL Dordrecht",), "sans", (140, 20, 60), "band"),
               ("Arbo Rivierenland", ("Postbus 410, 4200 AK Gorinchem",)),
               **_base(naam="S. Yilmaz", functie="Planner zorgroutes", lhn="813579246L01",
                       aard="thuiszorgorganisatie met 320 medewerkers in de regio Drechtsteden",
                       taken="plannen van routes voor wijkteams, telefonisch contact met cliënten en teams.",
                       cm=Who("P. Aydin", "Teamleider planning"), ba=Who("E. van Dalen", "Bedrijfsarts"),
                       ad=Who("K. Smulders", "Arbeidsdeskundige"), ad_org="Smulders Arbeid en Advies",
                       bureau="Rivierstad Re-integratie", coach=Who("L. Pauw", "Jobcoach"),
                       mogelijk="zittend werk, korte concentratieblokken van een uur, niet meer dan vier uur per dag.",
                       df="dash"))


def p_koster() -> P:
    return mkp("koster", 3103, dt.date(2024, 10, 14),
               ("Installatiebedrijf Koster & Zn", ("Industrieweg 3, 7721 AA Dalfsen",), "condensed", (200, 90, 0),
                "right"),
               ("Arbo Vecht en Regge", ("Postbus 77, 8000 AB Zwolle",)),
               **_base(naam="H. Brouwer", functie="Monteur installatietechniek", lhn="814703692L01",
                       aard="installatiebedrijf voor woningbouw, 28 medewerkers",
                       taken="installeren van cv-ketels en leidingwerk, werken op hoogte en in kruipruimtes.",
                       cm=Who("A. Koster", "Directeur-eigenaar"), ba=Who("F. Nijland", "Bedrijfsarts"),
                       ad=Who("G. Slot", "Registerarbeidsdeskundige"), ad_org="Slot Arbeidsdeskundigen",
                       bureau="Werkroute Oost", coach=Who("D. Mulder", "Re-integratiecoach"),
                       mogelijk="geen werk op hoogte, niet knielen of kruipen, licht werk tot zes uur per dag.",
                       df="abbr"))


def p_vermeulen() -> P:
    return mkp("vermeulen", 3104, dt.date(2024, 11, 4),
               ("Bakkerij Vermeulen", ("Markt 5, 5211 JX 's-Hertogenbosch",), "serif", (120, 70, 30), "centered"),
               ("Arbodienst De Meierij", ("Postbus 1200, 5200 BE 's-Hertogenbosch",)),
               **_base(naam="L. Janssens", functie="Verkoopmedewerker bakkerij", lhn="815937148L01",
                       aard="ambachtelijke bakkerij met drie winkels en 40 medewerkers",
                       taken="klanten helpen, afrekenen, vullen van schappen, staand werk.",
                       cm=Who("M. Vermeulen", "Bedrijfsleider"), ba=Who("C. Hendriks", "Bedrijfsarts"),
                       ad=Who("B. van Lier", "Arbeidsdeskundige"), ad_org="Van Lier Arbeidsdeskundig Bureau",
                       bureau="Brabant Werkt Door", coach=Who("Y. Bakker", "Loopbaancoach"),
                       mogelijk="afwisselend zitten en staan, niet langer dan een half uur achtereen staan, "
                                "maximaal vijf uur per dag.", df="dot"))


def p_dekker() -> P:
    return mkp("dekker", 3105, dt.date(2024, 7, 1),
               ("Logistiek Centrum Flevo", ("Trekweg 40, 8243 PA Lelystad",), "sans", (0, 110, 70), "left"),
               ("Arbo Polderland", ("Postbus 2100, 1300 CC Almere",)),
               **_base(naam="R. Dekker", functie="Teamleider expeditie", lhn="816284359L01",
                       aard="logistiek dienstverlener met een distributiecentrum en 180 medewerkers",
                       taken="aansturen van een ploeg van twaalf, plannen van ritten, controle van zendingen.",
                       cm=Who("E. Smit", "HR-business partner"), ba=Who("A. Gerritsen", "Bedrijfsarts"),
                       ad=Who("W. Kok", "Registerarbeidsdeskundige"), ad_org="Kok Arbeidsdeskundig Onderzoek",
                       bureau="Flevo Loopbaanpartners", coach=Who("N. Bos", "Loopbaanadviseur"),
                       mogelijk="geen ploegendienst, regelmatige werktijden overdag, beperkte tijdsdruk, "
                                "maximaal zes uur per dag.", df="slash4"))


def p_claes() -> P:
    return mkp("claes", 3106, dt.date(2025, 3, 3),
               ("Gemeente Waterland-Oost", ("Raadhuisplein 1, 1141 AA Monnickendam",), "sans", (0, 60, 120), "left"),
               ("ArboWest Advies", ("Postbus 9001, 1500 GA Zaandam",)),
               **_base(naam="I. Claes", functie="Medewerker burgerzaken", lhn="817418273L01",
                       aard="gemeente met 210 medewerkers",
                       taken="baliewerk, aanvragen van reisdocumenten en uittreksels afhandelen.",
                       cm=Who("J. Pronk", "Adviseur verzuim"), ba=Who("R. Sijbesma", "Bedrijfsarts"),
                       ad=Who("T. Veen", "Arbeidsdeskundige"), ad_org="Veen Arbeidsdeskundigen",
                       bureau="Zaanstreek Re-integratie", coach=Who("O. Mol", "Jobcoach"),
                       mogelijk="zittend werk, niet meer dan vier uur beeldschermwerk per dag, rustige werkplek."))


def p_wouters() -> P:
    return mkp("wouters", 3107, dt.date(2025, 2, 10),
               ("Autobedrijf Wouters", ("Kanaalweg 21, 6041 AZ Roermond",), "condensed", (170, 0, 0), "band"),
               ("Arbo Midden-Limburg", ("Postbus 560, 6040 AN Roermond",)),
               **_base(naam="K. Wouters", functie="Administratief medewerker", lhn="818652047L01",
                       aard="autobedrijf met werkplaats en showroom, 22 medewerkers",
                       taken="facturatie, debiteurenbeheer en telefonisch klantcontact.",
                       cm=Who("F. Wouters", "Directeur"), ba=Who("S. Maas", "Bedrijfsarts"),
                       ad=Who("P. Hermans", "Arbeidsdeskundige"), ad_org="Hermans Advies",
                       bureau="Maasland Loopbaan", coach=Who("R. Peters", "Loopbaancoach"),
                       mogelijk="zittend werk met pauzes elk uur, geen piekbelasting, maximaal vier uur per dag.",
                       df="long"))


def p_ramdin() -> P:
    return mkp("ramdin", 3108, dt.date(2025, 4, 7),
               ("Schoonmaakbedrijf Glans", ("Laan van Zuid 300, 3071 AA Rotterdam",), "sans", (0, 130, 160), "right"),
               ("Arbo Rijnmond", ("Postbus 23010, 3001 KA Rotterdam",)),
               **_base(naam="D. Ramdin", functie="Schoonmaakmedewerker", lhn="819376025L01",
                       aard="schoonmaakbedrijf voor kantoren, 650 medewerkers",
                       taken="schoonmaken van kantoorruimtes in avonddienst, werken met schoonmaakkarren.",
                       cm=Who("G. de Wit", "Casemanager verzuim"), ba=Who("M. Oosterhout", "Bedrijfsarts"),
                       ad=Who("V. Kramer", "Arbeidsdeskundige"), ad_org="Kramer Arbeidsdeskundig Advies",
                       bureau="Rijnmond Werkt", coach=Who("J. Lim", "Jobcoach"),
                       mogelijk="licht fysiek werk, niet bukken of reiken boven schouderhoogte, vier uur per dag.",
                       df="dash"))


def p_meijer() -> P:
    return mkp("meijer", 3109, dt.date(2024, 6, 3),
               ("Accountantskantoor Meijer & Post", ("Stationsweg 12, 9401 KK Assen",), "serif", (60, 60, 60), "left"),
               ("Arbo Drenthe", ("Postbus 800, 9400 AV Assen",)),
               **_base(naam="A. Meijer-Lanting", functie="Assistent accountant", lhn="810482735L01",
                       aard="accountantskantoor met 35 medewerkers voor mkb-klanten",
                       taken="samenstellen van jaarrekeningen, contact met klanten, deadlinewerk.",
                       cm=Who("H. Post", "Partner en casemanager"), ba=Who("B. Zwiers", "Bedrijfsarts"),
                       ad=Who("D. Lubbers", "Registerarbeidsdeskundige"), ad_org="Lubbers Arbeidsdeskundigen",
                       bureau="Drents Loopbaanhuis", coach=Who("E. Snippe", "Loopbaancoach"),
                       mogelijk="zittend werk zonder deadlinedruk, vaste werktijden, maximaal vijf uur per dag.",
                       df="long"))


def p_ouali() -> P:
    return mkp("ouali", 3110, dt.date(2025, 5, 12),
               ("Farma Distributie Midden", ("Nijverheidsweg 9, 3439 LM Nieuwegein",), "sans", (70, 40, 140), "left"),
               ("Arbo Utrecht Zuid", ("Postbus 333, 3430 AH Nieuwegein",)),
               **_base(naam="N. Ouali", functie="Orderpicker geneesmiddelen", lhn="811593826L01",
                       aard="groothandel in geneesmiddelen voor apotheken, 260 medewerkers",
                       taken="verzamelen van orders met geneesmiddelen en medicatie voor apotheken, scannen en "
                             "inpakken van zendingen in de koelcel en het magazijn.",
                       cm=Who("M. Hofman", "Casemanager"), ba=Who("K. Brink", "Bedrijfsarts"),
                       ad=Who("L. Groen", "Arbeidsdeskundige"), ad_org="Groen Arbeidsdeskundig Advies",
                       bureau="Utrecht Loopbaan", coach=Who("S. Baas", "Jobcoach"),
                       mogelijk="licht werk, niet tillen boven 5 kg, niet in de koelcel werken, vier uur per dag.",
                       df="abbr"))


# --------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------

Case = tuple[P, dict[str, Doc], dt.date | None, dict[str, Any]]
NOT_PLANTED = "nothing of this kind is planted"


def case_schoon_volledig() -> Case:
    p = p_hoekstra()
    o = dict(FULL)
    docs = full_docs(p, o)
    # trap: the PvA names a bijstelling of the PA only as a possibility
    docs["pva"].blocks = doc_pva(p, p.d(o["pva"]), p.d(o["pa"]), extra=[
        Para("Verandert de belastbaarheid, of loopt de opbouw vast, dan vraagt de casemanager de bedrijfsarts om "
             "een eventuele bijstelling van de probleemanalyse.")])
    # trap: the employer's sick-leave policy, which names every document
    docs["protocol"] = Doc("00 Algemeen/Verzuimprotocol Drukkerij Wadden.pdf", doc_protocol(p), p.emp)
    codes = ["late", "early", "outdated", "order", "evaluation_gap", "bsn_invalid", "bsn_mismatch", "medical_data",
             "unsigned", "form", "content", "duplicate", "multiple_documents", "future", "unclassified"]
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "none: a complete two-year dossier, everything on time and signed, meetings at most 35 days "
                   "apart, one valid BSN, oordeel werknemer as a signed scan. Traps: the PvA mentions an "
                   "'eventuele bijstelling van de probleemanalyse' as a possibility only; the employer's "
                   "verzuimprotocol names every RIV document",
        "no_errors": True,
        "must": [],
        "must_not": [
            {"severity": "warning", "why": "a clean, complete dossier: no warning at all"},
            *({"code": "missing", "type": t, "why": "present"} for t in
              ["probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie",
               "oordeel_werknemer", "arbeidsdeskundig_rapport", "trajectplan_tweede_spoor"]),
            {"code": "missing", "type": "bijstelling_probleemanalyse",
             "why": "only named as a possibility in the PvA and in the protocol; none exists"},
            *({"code": c, "why": NOT_PLANTED} for c in codes),
            {"path": docs["protocol"].rel, "severity": "warning",
             "why": "a policy document naming the RIV documents is not itself one of them"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), exp


def case_ao_te_oud_ow_mail() -> Case:
    p = p_yilmaz()
    o = dict(FULL, ao=530)  # AO in week 76, 110 days before the application on D0+640
    docs = full_docs(p, o, skip=frozenset({"ow"}))
    ow_day = p.d(o["ow"])
    body = (f"Beste {p.cm.naam},\n\n"
            "Hierbij mijn oordeel over het re-integratieverslag, zoals gevraagd.\n\n"
            "Oordeel van de werknemer\n"
            f"Naam: {p.naam}\nBSN: {p.bsn}\nDatum: {p.f(ow_day)}\n\n"
            "Ik heb alle stukken van het re-integratieverslag ontvangen en gelezen. Ik ben het eens met de "
            "probleemanalyse, het plan van aanpak en de eindevaluatie. Wel vind ik dat het tweede spoor later had "
            "mogen starten; dat heb ik ook in de gesprekken gezegd.\n\n"
            f"Met vriendelijke groet,\n{p.naam}\n{p.functie}\n")
    docs["ow"] = Doc("08 WIA/Mijn oordeel over het re-integratieverslag.eml", [], p.emp, "eml_body", {
        "headers": {"From": f"{p.naam} <s.yilmaz@mailpost.example>",
                    "To": f"{p.cm.naam} <p.aydin@thuiszorgzuidrand.example>",
                    "Subject": "Mijn oordeel over het re-integratieverslag",
                    "Date": mail_date(ow_day, 20, 41), "Message-ID": "<ow-3102@mailpost.example>"},
        "body": body})
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "actueel oordeel on D0+530 (week 76), 110 days before the application (practice: at most ~8 "
                   "weeks, hard warning above 3 months). The employee's oordeel is a plain e-mail (text in the "
                   "body, no attachment)",
        "must": [
            {"code": "outdated", "type": "actueel_oordeel", "why": "AO 110 days before the application date"},
        ],
        "must_not": [
            {"code": "missing", "type": "oordeel_werknemer", "why": "the oordeel werknemer is the e-mail's body"},
            {"code": "missing", "type": "actueel_oordeel", "why": "present, only too old"},
            {"code": "order", "why": "AO (D0+530) before EV (D0+627)"},
            {"code": "outdated", "type": "eindevaluatie", "why": "EV 13 days before the application"},
            {"code": "late", "type": "eindevaluatie", "why": "EV on D0+627, due D0+636"},
            {"code": "medical_data", "why": "a home-care planner: 'zorg', 'cliënten' describe the work"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), exp


def case_ev_voor_ao_toekomst() -> Case:
    p = p_koster()
    o = dict(FULL, ev=612, ao=626, evals=eval_days(49, 600))
    docs = full_docs(p, o)
    # an extra progress report whose date carries a year typo: it lies after as_of
    real = p.d(603)
    typo = real.replace(year=real.year + 1)
    docs["future"] = Doc(f"03 Evaluaties/Voortgangsgesprek extra {typo.isoformat()}.pdf",
                         doc_eval(p, typo, 99, None), p.emp)
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": f"eindevaluatie (D0+612) dated 14 days BEFORE the actueel oordeel (D0+626); an extra progress "
                   f"report dated {typo.isoformat()} (year typo), after as_of",
        "must": [
            {"code": "order", "why": "the EV must come after the AO (DOMAIN §2.5: order check, error)"},
            {"code": "future", "path": docs["future"].rel, "why": "dated after the as_of date"},
        ],
        "must_not": [
            {"code": "outdated", "type": "actueel_oordeel", "why": "AO 14 days before the application"},
            {"code": "missing", "type": "actueel_oordeel", "why": "present"},
            {"code": "missing", "type": "eindevaluatie", "why": "present"},
            {"code": "late", "type": "eindevaluatie", "why": "EV on D0+612, before week 91"},
            {"code": "evaluation_gap", "why": "meetings at most 35 days apart"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), exp


def case_eje_week64() -> Case:
    p = p_vermeulen()
    d = p.d
    pa, pva, eje, as_of = 41, 55, 445, 472  # PA on the last day of week 6, PvA exactly PA+14; EJE in week 64
    evs = eval_days(pva, 460)
    docs: dict[str, Doc] = {
        "pa": Doc("PA/Probleemanalyse.pdf", doc_pa(p, d(pa)), p.arbo_st),
        "pva": Doc("PvA/Plan van aanpak.pdf", doc_pva(p, d(pva), d(pa)), p.emp),
    }
    for n, e in enumerate(evs, 1):
        docs[f"eval{n}"] = Doc(f"Gesprekken/Gespreksverslag {n}.pdf",
                               doc_eval(p, d(e), n, d(evs[n]) if n < len(evs) else None), p.emp)
    docs["melding"] = Doc("UWV/Ziekmelding 42e week.pdf", doc_melding42(p, d(288)), p.emp)
    docs["ad"] = Doc("AD/Arbeidsdeskundig rapport.pdf", doc_ad(p, d(350)), p.ad_st)
    docs["tp"] = Doc("Spoor 2/Trajectplan.pdf", doc_traject(p, d(380)), p.bur_st)
    docs["vr1"] = Doc("Spoor 2/Voortgangsrapportage 1.pdf", doc_voortgang(p, d(436), 1, d(381)), p.bur_st)
    docs["eje"] = Doc("EJE/Eerstejaarsevaluatie.pdf", doc_eje(p, d(eje)), p.emp)
    exp = {
        "as_of": d(as_of),
        "planted": "eerstejaarsevaluatie on D0+445 (week 64), twelve weeks after the practice window (weeks 46-52). "
                   "Traps: PA on D0+41 (last day of week 6), PvA exactly 14 days after the PA",
        "must": [
            {"code": "late", "type": "eerstejaarsevaluatie", "why": "EJE in week 64, window weeks 46-52"},
        ],
        "must_not": [
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "present, only late"},
            {"code": "early", "type": "eerstejaarsevaluatie", "why": "it is late, not early"},
            {"code": "late", "type": "probleemanalyse", "why": "PA on D0+41, due D0+41/42"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+14 exactly"},
            {"code": "evaluation_gap", "why": "meetings 35 days apart"},
            {"code": "medical_data", "why": NOT_PLANTED},
            {"code": "bsn_invalid", "why": NOT_PLANTED},
        ],
    }
    return p, docs, None, exp


def _swap(bsn: str) -> str:
    for i in range(2, 8):
        if bsn[i] != bsn[i + 1]:
            out = bsn[:i] + bsn[i + 1] + bsn[i] + bsn[i + 2:]
            assert not bsn_valid(out)
            return out
    raise AssertionError(bsn)


def case_tweede_spoor_week70() -> Case:
    p = p_dekker()
    o = dict(FULL, tp=486, bpva=486, vr=[540, 596], eje_spoor2=False,
             bpva_reason="Op verzoek van de werkgever wordt nu een tweede spoor ingezet.")
    docs = full_docs(p, o)
    bad = _swap(p.bsn)
    docs["vr1"].blocks = doc_voortgang(p, p.d(540), 1, p.d(487), bsn=bad)
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "the second track starts only in week 70 (trajectplan and bijstelling PvA on D0+486); the EJE "
                   "(week 50) does not mention track 2 and gives no motivation. Voortgangsrapportage 1 carries "
                   f"the BSN with two digits swapped ({bad}, fails the elfproef)",
        "must": [
            {"type": "trajectplan_tweede_spoor",
             "why": "2nd-track evidence expected by about D0+406 (DOMAIN §8.3), none before week 70 and no "
                    "motivation in the EJE (any finding about the trajectplan/2nd track counts)"},
            {"code": "bsn_invalid", "path": docs["vr1"].rel, "why": "two digits swapped, fails the elfproef"},
        ],
        "must_not": [
            {"code": "order", "why": "AO before EV"},
            {"code": "outdated", "why": "AO 22 days before the application"},
            {"code": "medical_data", "why": NOT_PLANTED},
            {"code": "bsn_invalid", "path": docs["tp"].rel, "why": "correct BSN"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "present, week 50"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), exp


def case_pva_pdf_formulier() -> Case:
    p = p_claes()
    d = p.d
    pa, pva, as_of = 36, 63, 205  # PvA 27 days after the PA: late; the date is only in a form field
    evs = [98, 133, 168, 200]
    fields = {
        "naam": p.naam, "bsn": p.bsn, "functie": p.functie, "ezd": fmt_date(p.d0, "dash"),
        "pa_datum": fmt_date(d(pa), "dash"), "casemanager": f"{p.cm.naam}, {p.cm.functie}",
        "doel": "Terugkeer in de eigen functie (spoor 1), eerst aangepaste\ntaken in de backoffice.",
        "activiteiten": "Week 1-4: backoffice, 3 x 3 uur\nWeek 5-8: opbouw naar 4 x 4 uur, ook balie\n"
                        "Elke 6 weken: spreekuur bedrijfsarts",
        "evaluatie": "Voortgangsgesprek elke zes weken; evaluatie aan het einde\nvan het eerste ziektejaar.",
        "visie_wg": "Wij bieden backoffice-werk aan en bouwen de baliediensten\nrustig op.",
        "visie_wn": "Ik wil graag terug en kan mij vinden in deze opbouw.",
        "datum": fmt_date(d(pva), "dash"),
    }
    docs: dict[str, Doc] = {
        "pa": Doc("Probleemanalyse Claes.pdf", doc_pa(p, d(pa), extra=[
            Para("Conform de privacyregels vermeldt deze rapportage geen diagnose of behandeling; de werkgever "
                 "ontvangt alleen beperkingen en mogelijkheden.")]), p.arbo_st),
        "pva": Doc("Formulier plan van aanpak - ingevuld.pdf", [], p.emp, "acroform_pva", {"p": p, "fields": fields}),
    }
    for n, e in enumerate(evs, 1):
        docs[f"eval{n}"] = Doc(f"Evaluatie {n} plan van aanpak.pdf",
                               doc_eval(p, d(e), n, d(evs[n]) if n < len(evs) else None), p.emp)
    exp = {
        "as_of": d(as_of),
        "planted": "the plan van aanpak is a filled-in PDF form: its date (D0+63, 27 days after the PA), the BSN "
                   "and all answers exist only as AcroForm field values; the page shows labels and boxes. "
                   "Trap: the PA says it contains 'geen diagnose of behandeling'",
        "must": [
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA 27 days after the PA (max 14); the date is in "
                                                               "the form field 'Datum vaststelling plan'"},
        ],
        "must_not": [
            {"code": "missing", "type": "plan_van_aanpak", "why": "present as a filled-in form"},
            {"code": "form", "path": docs["pva"].rel, "why": "date, names, functions and BSN are in the form fields"},
            {"code": "unsigned", "path": docs["pva"].rel, "why": "signed by both (pen strokes on the page)"},
            {"code": "content", "path": docs["pva"].rel, "why": "casemanager, goal, activities, evaluations and both "
                                                                "visies are filled in"},
            {"code": "bsn_invalid", "why": NOT_PLANTED},
            {"code": "bsn_mismatch", "why": NOT_PLANTED},
            {"code": "medical_data", "path": docs["pa"].rel, "why": "'geen diagnose' is a statement of absence"},
            {"code": "late", "type": "probleemanalyse", "why": "PA on D0+36"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "not due in week 30"},
            {"code": "evaluation_gap", "why": "meetings at most 35 days apart"},
        ],
    }
    return p, docs, None, exp


def case_fill_sign_gat_bsn() -> Case:
    p = p_wouters()
    d = p.d
    pa, pva, as_of = 35, 46, 275
    evs = [80, 112, 146, 196, 229, 262]  # one gap of 50 days (146 -> 196); all others <= 34
    other = make_bsn(random.Random(99107))
    assert bsn_valid(other) and other != p.bsn
    pva_blocks = doc_pva(p, d(pva), d(pa), employer=False, employee=False)
    docs: dict[str, Doc] = {
        "pa": Doc("01 PA/Probleemanalyse.pdf", doc_pa(p, d(pa), bsn_fmt="dots"), p.arbo_st),
        "pva": Doc("02 PvA/Plan van aanpak - ondertekend.pdf", pva_blocks, p.emp, "fill_sign",
                   {"signers": [(p.cm.naam, fmt_date(d(pva + 1), "dash")), (p.naam, fmt_date(d(pva + 2), "dash"))]}),
    }
    for n, e in enumerate(evs, 1):
        docs[f"eval{n}"] = Doc(f"03 Evaluaties/Evaluatie {d(e).isoformat()}.pdf",
                               doc_eval(p, d(e), n, d(evs[n]) if n < len(evs) else None,
                                        bsn=other if n == 2 else None), p.emp)
    exp = {
        "as_of": d(as_of),
        "planted": "one gap of 50 days between two progress meetings (D0+146 -> D0+196), all other gaps <= 34 days; "
                   "evaluation 2 carries another person's valid BSN. The PvA is signed with a PDF reader's Fill & "
                   "Sign (ink annotations plus typed dates). Trap: the PA writes the BSN with dots",
        "must": [
            {"code": "evaluation_gap", "why": "50 days between meetings 3 and 4 (> 6 weeks)"},
            {"code": "bsn_mismatch", "path": docs["eval2"].rel, "why": "a valid BSN of someone else"},
        ],
        "must_not": [
            {"code": "unsigned", "path": docs["pva"].rel, "why": "signed by both with Fill & Sign"},
            {"code": "bsn_invalid", "why": NOT_PLANTED},
            {"code": "bsn_mismatch", "path": docs["pa"].rel, "why": "same BSN, written with dots"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+11"},
            {"code": "late", "type": "probleemanalyse", "why": "PA on D0+35"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "present"},
            {"code": "medical_data", "why": NOT_PLANTED},
        ],
    }
    return p, docs, None, exp


def doc_uwv_zw(p: P, day: dt.date, uiterlijk: dt.date) -> list[Block]:
    return [
        Title("Wij vragen u om het re-integratieverslag", sub="Ziektewet - ziek uit dienst"),
        Fields([("Datum", fmt_date(day)), ("Aan", p.werkgever), ("Betreft", p.naam), ("BSN", p.bsn),
                ("Kenmerk", f"ZW-{p.seed:06d}")]),
        Para(f"Uw voormalige werknemer {p.naam} ontvangt een Ziektewet-uitkering. Het dienstverband eindigde meer "
             "dan tien weken na de eerste ziektedag. Daarom hebben wij het volledige re-integratieverslag nodig."),
        Para(f"Stuur het re-integratieverslag binnen 2 weken na de datum van deze brief, dus uiterlijk op "
             f"{fmt_date(uiterlijk)}. Upload het via het werkgeversportaal."),
        Signatures([Sig("Met vriendelijke groet", "Afdeling Ziektewet", "UWV", fmt_date(day))]),
    ]


def case_ziektewet_brief() -> Case:
    p = p_ramdin()
    d = p.d
    pa, pva, ao, einde, brief, ow, as_of = 39, 52, 95, 160, 230, 236, 240
    evs = [87, 122, 157]
    docs: dict[str, Doc] = {
        "pa": Doc("PA Ramdin.pdf", doc_pa(p, d(pa)), p.arbo_st),
        "pva": Doc("PvA Ramdin getekend.pdf", doc_pva(p, d(pva), d(pa)), p.emp),
        "ao": Doc("Actueel oordeel bedrijfsarts.pdf", doc_ao(p, d(ao), zw=True), p.arbo_st),
        "ev": Doc("Eindevaluatie laatste werkdag.pdf", doc_ev(p, d(einde), d(ao), zw=True), p.emp),
        "melding": Doc("Ziekmelding UWV einde dienstverband.pdf", [
            Title("Ziekmelding bij einde dienstverband", sub="melding aan UWV op de laatste werkdag"),
            who(p, extra=[("Loonheffingennummer", p.lhn), ("Laatste werkdag", p.f(d(einde)))]),
            Para(f"Het tijdelijke contract van {p.naam} eindigt op {p.f(d(einde))}. Werknemer is dan nog ziek. "
                 "Wij melden dit conform artikel 38 Ziektewet."),
            Signatures([Sig("Ingediend door", p.cm.naam, p.cm.functie, p.f(d(einde)))]),
        ], p.emp),
        "brief": Doc("Brief UWV re-integratieverslag.pdf", doc_uwv_zw(p, d(brief), d(brief + 14)), UWV),
        "ow": Doc("Oordeel werknemer.pdf", doc_ow(p, d(ow)), p.emp, "scan"),
    }
    for n, e in enumerate(evs, 1):
        docs[f"eval{n}"] = Doc(f"Voortgangsgesprek {n}.pdf",
                               doc_eval(p, d(e), n, d(evs[n]) if n < len(evs) else None), p.emp)
    exp = {
        "as_of": d(as_of),
        "checklist": "ziektewet-riv",
        "planted": f"Ziektewet RIV, no aanvraag_wia in dossier.yaml; UWV's letter of D0+{brief} asks for the report "
                   f"within 2 weeks (by D0+{brief + 14}). The actueel oordeel (D0+{ao}) is {brief + 14 - ao} days "
                   "old at that date. Traps: the eindevaluatie is dated on the last day of employment "
                   f"(D0+{einde}), as UWV wants; sick for only 34 weeks, so no EJE is due",
        "must": [
            {"code": "riv_reference", "why": "the reference date comes from UWV's letter"},
            {"code": "outdated", "type": "actueel_oordeel", "why": "AO 149 days before the letter's deadline"},
        ],
        "must_not": [
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "sick 34 weeks: not due"},
            {"code": "missing", "type": "eindevaluatie", "why": "present"},
            {"code": "late", "type": "eindevaluatie", "why": "EV on the last day of employment, as UWV wants"},
            {"code": "missing", "type": "oordeel_werknemer", "why": "present (scan)"},
            {"code": "order", "why": "AO before EV"},
            {"code": "late", "type": "probleemanalyse", "why": "PA on D0+39"},
            {"code": "late", "type": "plan_van_aanpak", "why": "PvA on PA+13"},
            {"code": "bsn_invalid", "why": NOT_PLANTED},
        ],
    }
    return p, docs, None, exp


def case_voor_aanvraag_ow() -> Case:
    p = p_meijer()
    o = dict(FULL, ao=612, ev=620, aanvraag=645, as_of=626, uwv=609, evals=eval_days(49, 610))
    o.pop("ow")
    docs = full_docs(p, o)
    docs["ev"] = Doc("08 WIA/Eindevaluatie getekend (scan).pdf", doc_ev(p, p.d(o["ev"]), p.d(o["ao"])), p.emp, "scan")
    exp = {
        "as_of": p.d(o["as_of"]),
        "planted": "judged in week 90, before the planned application (D0+645): the oordeel werknemer is not there "
                   "yet (DOMAIN §8.1: a warning before the application). Trap: the eindevaluatie is a signed scan",
        "must": [
            {"code": "missing", "type": "oordeel_werknemer", "severity": "warning",
             "why": "not yet in the folder; the tool runs before the application"},
        ],
        "must_not": [
            {"code": "missing", "type": "oordeel_werknemer", "severity": "error",
             "why": "before the application this is a warning (DOMAIN §8.1)"},
            {"code": "unsigned", "type": "eindevaluatie", "why": "signed scan"},
            {"code": "missing", "type": "eindevaluatie", "why": "present (scan)"},
            {"code": "outdated", "why": "AO 33 days, EV 25 days before the planned application"},
            {"code": "order", "why": "AO before EV"},
            {"code": "evaluation_gap", "why": "meetings at most 35 days apart"},
        ],
    }
    return p, docs, p.d(o["aanvraag"]), exp


def case_medisch_in_evaluatie() -> Case:
    p = p_ouali()
    d = p.d
    pa, pva, as_of = 37, 50, 180
    evs = [85, 120, 155]
    med = [Heading("Gezondheid (door werknemer verteld)"),
           Para("Werknemer vertelt dat de cardioloog in het ziekenhuis een hartritmestoornis (atriumfibrilleren) "
                "heeft vastgesteld. Zij gebruikt sinds kort metoprolol en een bloedverdunner (apixaban); volgende "
                "maand volgt een ablatie.")]
    docs: dict[str, Doc] = {
        "pa": Doc("PA/Probleemanalyse N. Ouali.pdf", doc_pa(p, d(pa)), p.arbo_st),
        "pva": Doc("PvA/Plan van aanpak N. Ouali.pdf", doc_pva(p, d(pva), d(pa), extra=[
            Para("Als de opbouw stagneert, bespreken we een eventuele bijstelling van dit plan van aanpak."),
            Para(f"Taken in de opbouw: orders met geneesmiddelen verzamelen in het droge magazijn (niet in de "
                 f"koelcel), medicatiezendingen scannen en inpakken.")]), p.emp),
        "protocol": Doc("Algemeen/Functieomschrijving orderpicker.pdf", [
            Title("Functieomschrijving", sub="Orderpicker geneesmiddelen"),
            Para(f"{p.werkgever} levert geneesmiddelen, medicatie en verbandmiddelen aan apotheken en ziekenhuizen."),
            Bullets(["orders verzamelen volgens picklijst, ook opiaten in de kluis (vier-ogenprincipe)",
                     "koelcelproducten zoals insuline en vaccins binnen 15 minuten inpakken",
                     "retouren van apotheken controleren op vervaldatum"]),
        ], p.emp),
    }
    for n, e in enumerate(evs, 1):
        docs[f"eval{n}"] = Doc(f"Evaluaties/Voortgangsgesprek {n}.pdf",
                               doc_eval(p, d(e), n, d(evs[n]) if n < len(evs) else None,
                                        extra=med if n == 2 else None), p.emp)
    exp = {
        "as_of": d(as_of),
        "planted": "the casemanager's second progress report (an employer document) records a diagnosis "
                   "(atriumfibrilleren, cardioloog), medication (metoprolol, apixaban) and a planned ablation. "
                   "Traps: an order picker at a medicines wholesaler, so PvA and job description name "
                   "'geneesmiddelen', 'medicatie', 'insuline' as work; the PvA names a bijstelling only as a "
                   "possibility",
        "must": [
            {"code": "medical_data", "path": docs["eval2"].rel, "why": "diagnosis and medication in an employer's report"},
        ],
        "must_not": [
            {"code": "medical_data", "path": docs["pva"].rel, "why": "medicines are the work, not her health"},
            {"code": "medical_data", "path": docs["protocol"].rel, "why": "job description"},
            {"code": "medical_data", "path": docs["eval1"].rel, "why": "no health data"},
            {"code": "medical_data", "path": docs["eval3"].rel, "why": "no health data"},
            {"code": "medical_data", "path": docs["pa"].rel, "why": "limitations only"},
            {"code": "missing", "type": "bijstelling_plan_van_aanpak", "why": "only named as a possibility"},
            {"code": "late", "why": "PA D0+37, PvA PA+13"},
            {"code": "evaluation_gap", "why": "meetings 35 days apart"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "not due in week 26"},
        ],
    }
    return p, docs, None, exp


CASES: dict[str, Callable[[], Case]] = {
    "schoon_volledig": case_schoon_volledig,
    "ao_te_oud_ow_mail": case_ao_te_oud_ow_mail,
    "ev_voor_ao_toekomst": case_ev_voor_ao_toekomst,
    "eje_week64": case_eje_week64,
    "tweede_spoor_week70": case_tweede_spoor_week70,
    "pva_pdf_formulier": case_pva_pdf_formulier,
    "fill_sign_gat_bsn": case_fill_sign_gat_bsn,
    "ziektewet_brief": case_ziektewet_brief,
    "voor_aanvraag_ow": case_voor_aanvraag_ow,
    "medisch_in_evaluatie": case_medisch_in_evaluatie,
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
# Expected findings of findings holdout 3. GENERATED by make_holdout3.py: edit the cases there.
# Written from DOMAIN.md §1-§6, §8, CONTRACT.md and the finding codes in docs/handleiding.md, without reading
# the rule code. Untouched holdout: do not tune the tool on it (if you do, say so in README.md).
#
# Per case: as_of (the --as-of date), optional checklist, planted (what is wrong), must / must_not (lists
# of {code?, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.
# no_errors: true -> no finding of severity error at all (counted as one must_not check).
"""


def main() -> None:
    if CASES_DIR.exists():
        shutil.rmtree(CASES_DIR)
    CASES_DIR.mkdir(parents=True)
    expected: dict[str, Any] = {}
    for name, fn in CASES.items():
        p, docs, aanvraag, exp = fn()
        case_dir = CASES_DIR / name
        case_dir.mkdir()
        for doc in docs.values():
            write_doc(case_dir, doc)
        write_yaml(case_dir, p, aanvraag)
        head = {"as_of": exp.pop("as_of")}
        if "checklist" in exp:
            head["checklist"] = exp.pop("checklist")
        expected[name] = _clean({**head, "first_sick_day": p.d0, "aanvraag_wia": aanvraag, **exp})
        print(f"{name}: {len(docs)} documents")
    text = yaml.safe_dump(expected, sort_keys=False, allow_unicode=True, width=110)
    EXPECTED.write_text(HEADER + "\n" + text, encoding="utf-8")


if __name__ == "__main__":
    main()
