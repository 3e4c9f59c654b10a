"""Generate findings holdout 14: six synthetic case folders and expected.yaml.

Run:  .venv/bin/python tests/findings_holdout14/make_holdout14.py

Deterministic: seeded randomness, no clock reads. Deletes and rewrites cases/ and expected.yaml; a rerun is
byte-identical. All people, firms, numbers and addresses are invented; e-mail domains end in .example.
Written from DOMAIN.md §8, CONTRACT.md and handleiding §6 only, without reading or running the tool.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples"))

import docgen  # noqa: E402
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
)

CASES = HERE / "cases"
HOLIDAYS = {dt.date.fromisoformat(x) for x in (
    "2024-01-01 2024-04-01 2024-05-09 2024-05-20 2024-12-25 2024-12-26 2025-01-01 2025-04-21 2025-05-29 "
    "2025-06-09 2025-12-25 2025-12-26 2026-01-01 2026-04-06 2026-04-27 2026-05-14 2026-05-25 2026-12-25").split()}
RNG = random.Random(1414)


# ------------------------------------------------------------------------------------------------ helpers


class Case:
    def __init__(self, name: str, d0: dt.date, as_of: int):
        assert d0.weekday() == 0, name
        self.name = name
        self.d0 = d0
        self.as_of = d0 + dt.timedelta(days=as_of)
        self.dir = CASES / name
        self.files: list[str] = []
        self.texts: dict[str, str] = {}

    def day(self, k: int) -> dt.date:
        d = self.d0 + dt.timedelta(days=k)
        assert d.weekday() < 5 and d not in HOLIDAYS, (self.name, k, d)
        assert d <= self.as_of, (self.name, k, d, "after as_of")
        return d

    def long(self, k: int) -> str:
        return fmt_date(self.day(k), "long")

    def dash(self, k: int) -> str:
        return fmt_date(self.day(k), "dash")

    def p(self, rel: str) -> Path:
        self.files.append(rel)
        return self.dir / rel

    def pdf(self, rel, blocks, style):
        self.texts[rel] = docgen.blocks_to_text(blocks, style)
        with core_fonts(style):
            docgen.write_pdf(self.p(rel), blocks, style)

    def docx(self, rel, blocks, style):
        self.texts[rel] = docgen.blocks_to_text(blocks, style)
        docgen.write_docx(self.p(rel), blocks, style)

    def scan(self, rel, blocks, style, **kw):
        self.texts[rel] = docgen.blocks_to_text(blocks, style)
        docgen.write_scan_pdf(self.p(rel), blocks, style, dpi=150, jpeg_quality=35, **kw)

    def photo(self, rel, blocks, style, k: int):
        self.texts[rel] = docgen.blocks_to_text(blocks, style)
        d = self.day(k)
        docgen.write_photo_jpg(
            self.p(rel), blocks, style, taken=dt.datetime(d.year, d.month, d.day, 19, 41), orientation=6, quality=50
        )

    def eml(self, rel, k: int, frm: str, to: str, subject: str, body: str, hour: int = 10):
        self.texts[rel] = subject + "\n" + body
        headers = {
            "From": frm,
            "To": to,
            "Subject": subject,
            "Date": mail_date(self.day(k) if k >= 0 else self.d0 + dt.timedelta(days=k), hour, 7 + k % 50),
            "Message-ID": f"<{self.name}.{k}.{len(self.files)}@mail.example>",
        }
        docgen.write_eml(self.p(rel), headers, body)

    def yaml(self, data: dict) -> None:
        (self.dir / "dossier.yaml").write_text(
            "# Gegevens van het dossier (wia-dossier)\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )


@contextlib.contextmanager
def core_fonts(style: Style):
    """Arbodienst, bureau, AD and UWV PDFs use the standard PDF fonts (small files, Latin-1 text)."""
    if style.key.startswith("core"):
        old = docgen.FONT_DIR
        docgen.FONT_DIR = Path("/nonexistent-fonts")
        try:
            yield
        finally:
            docgen.FONT_DIR = old
    else:
        yield


def week(k: int) -> int:
    return k // 7 + 1


def sig(role, name, func, date, signed=True):
    return Sig(role, name, func, date, signed)


# look-alike numbers (no BSN): asserted to fail the elfproef below
IBANS = ["NL27 RABO 0318 4457 92", "NL65 INGB 0006 7741 23", "NL04 ABNA 0552 1190 87"]
MOBILES = ["+31 6 4172 9936", "+31 6 2810 4476", "+31 6 5539 0281", "+31 6 3307 1862"]
KVK = ["60418823", "71952036", "82240517"]
VERZUIMNR = ["480126553", "731904428", "602271946", "915330471", "344917062", "228150639"]


def lookalike_digits(s: str) -> list[str]:
    """The digit runs a BSN reader might pick up: an IBAN's 10-digit account (first and last nine digits), a
    mobile's nine digits after +31, a KvK number (8 digits, padded), a verzuimnummer (9 digits)."""
    if s.startswith("NL"):
        acc = "".join(ch for ch in s[8:] if ch.isdigit())
        return [acc[:9], acc[1:]]
    if s.startswith("+31"):
        return ["".join(ch for ch in s[3:] if ch.isdigit())]
    return [s]


for raw in IBANS + MOBILES + KVK + VERZUIMNR:
    for cand in lookalike_digits(raw):
        assert len(cand) in (8, 9) and not bsn_valid(cand), raw


def new_bsn(used: set[str]) -> str:
    while True:
        b = docgen.make_bsn(RNG)
        if b not in used:
            used.add(b)
            assert bsn_valid(b)
            return b


UNSIGNED = ".................................."


# ------------------------------------------------------------------------------------------------ styles


def employer(key, org, lines, font="sans", accent=(30, 90, 60), letterhead="left", **kw) -> Style:
    return Style(key=key, org=org, org_lines=tuple(lines), font=font, accent=accent, letterhead=letterhead,
                 producer="Microsoft® Word voor Microsoft 365", **kw)


def core(key, org, lines, accent=(0, 80, 150), letterhead="band", **kw) -> Style:
    return Style(key="core-" + key, org=org, org_lines=tuple(lines), accent=accent, letterhead=letterhead,
                 fields_as_table=True, **kw)


UWV = core("uwv", "UWV", ("Postbus 58285", "1040 HG Amsterdam", "uwv.nl"), accent=(0, 60, 130), letterhead="left")
PLAIN = Style(key="plain", org="", letterhead="none")

EXPECTED: dict[str, dict] = {}


def common_must_not(extra: list[dict] | None = None) -> list[dict]:
    base = [
        {"code": "bsn_invalid", "why": "§8.5: every BSN in the case passes the elfproef; IBANs, mobiles, KvK and verzuimnummers are no BSN"},
        {"code": "no_first_sick_day", "why": "§8.3: the first sick day is in dossier.yaml and in the documents"},
        {"code": "future", "why": "§8.3: no document is dated after as_of"},
    ]
    return base + (extra or [])


# ================================================================================================ case 1
def case1(used: set[str]) -> None:
    c = Case("eje_medisch_reuma_tandtechniek", dt.date(2025, 1, 6), 416)
    name, bsn = "Anouk Verhoef", new_bsn(used)
    b_dots = fmt_bsn(bsn, "dots")
    emp = employer("c1emp", "Tandtechnisch Laboratorium Duinzicht B.V.",
                   ["Zeestraat 118, 2518 AE Den Haag", f"KvK {KVK[0]}", f"IBAN {IBANS[0]}"])
    arbo = core("c1arbo", "ArboNed-West Bedrijfsgezondheid", ("Laan van Meerdervoort 40, Den Haag", "verzuimnummer " + VERZUIMNR[0]))
    ad = core("c1ad", "Arbeidsdeskundig Adviesbureau Kerkhof", ("Zoetermeer", "register-arbeidsdeskundige CRA"), accent=(120, 60, 20), letterhead="right")
    cm, cm_f = "Marieke Drost", "HR-adviseur / casemanager"
    ba, big = "drs. H.J. Wolters", "BIG 69012345601"
    fields = [("Naam werknemer", name), ("BSN", b_dots), ("Functie", "Tandtechnicus kroon- en brugwerk"),
              ("Eerste ziektedag", c.dash(0))]
    c.eml("01 Ziekmelding/Ziekmelding Anouk.eml", 0, "Anouk Verhoef <a.verhoef@mail.example>",
          "Marieke Drost <m.drost@duinzicht-lab.example>", "Ziekmelding",
          f"Hoi Marieke,\n\nIk meld me vandaag ziek, ik kan voorlopig niet aan de kronen werken. "
          f"Ik ben thuis bereikbaar op {MOBILES[0]}. Hoe lang het gaat duren weet ik nog niet. Het is geen bedrijfsongeval.\n\n"
          "Groet,\nAnouk", hour=7)
    c.pdf("02 Arbodienst/Probleemanalyse A. Verhoef.pdf", [
        Title("Probleemanalyse", "Wet verbetering poortwachter"),
        Fields([("Werknemer", name), ("BSN", b_dots), ("Werkgever", emp.org), ("Eerste ziektedag", c.dash(0)),
                ("Datum spreekuur", c.dash(38))]),
        Heading("Oordeel bedrijfsarts"),
        Para("Er is sprake van dreigend langdurig verzuim. Werkneemster is op dit moment beperkt in fijne handvaardigheid, "
             "knijpkracht en het langdurig uitvoeren van repeterende handbewegingen. Er zijn benutbare mogelijkheden: licht "
             "administratief werk en werkvoorbereiding, 2 x 3 uur per week, opbouwend."),
        Heading("Prognose"),
        Para("De verwachting is dat werkneemster binnen zes tot negen maanden haar eigen werk geheel of grotendeels kan hervatten."),
        Heading("Advies aan werkgever en werknemer"),
        Bullets(["Stel binnen twee weken samen een plan van aanpak op.", "Bespreek aanpassing van de werkplek (polssteunen, lichter gereedschap).",
                 "Vervolgafspraak spreekuur over zes weken."]),
        Para("In deze probleemanalyse zijn geen medische gegevens opgenomen. Medische informatie blijft bij de bedrijfsarts."),
        Signatures([sig("Bedrijfsarts", ba, f"bedrijfsarts, {big}", c.dash(38))]),
    ], arbo)
    goal = ("Re-integratiedoel: terugkeer in het eigen werk als tandtechnicus, eventueel met aangepaste taken "
            "(werkvoorbereiding, kwaliteitscontrole).")
    c.pdf("03 Plan van aanpak/PvA Anouk Verhoef getekend.pdf", [
        Title("Plan van aanpak", "re-integratie volgens de Wet verbetering poortwachter"),
        Fields(fields + [("Datum probleemanalyse", c.dash(38)), ("Casemanager", f"{cm} ({cm_f})"), ("Datum", c.dash(46))]),
        Heading("Doel"), Para(goal),
        Heading("Afspraken en activiteiten"),
        Table(["Activiteit", "Wie", "Wanneer"], [
            ["Werkvoorbereiding en planning, 2 x 3 uur", "Anouk / teamleider", f"vanaf {c.dash(49)}"],
            ["Werkplek aanpassen (polssteunen, lichter frees-handstuk)", "Marieke", f"voor {c.dash(63)}"],
            ["Spreekuur bedrijfsarts", "Anouk", "elke 6 weken"],
        ]),
        Heading("Evaluatiemomenten"), Para("Wij evalueren dit plan elke vijf weken, de eerste keer op " + c.dash(81) + ", en in ieder geval bij de eerstejaarsevaluatie."),
        Heading("Visie werkgever"), Para("Wij willen Anouk graag behouden en passen het werk waar nodig aan."),
        Heading("Visie werknemer"), Para("Ik wil zo snel mogelijk weer aan de kronen werken en vind de opbouw via werkvoorbereiding een goede start."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(46)), sig("Werknemer", name, "tandtechnicus", c.dash(46))]),
    ], emp)
    meetings = [81, 116, 151, 186, 221, 256, 291, 326, 378, 413]
    hours = {81: "2 x 3", 116: "3 x 3", 151: "3 x 4", 186: "4 x 4", 221: "4 x 5", 256: "4 x 5", 291: "4 x 6", 326: "4 x 7", 378: "4 x 7", 413: "4 x 8"}
    for i, k in enumerate(meetings):
        nxt = meetings[i + 1] if i + 1 < len(meetings) else None
        blocks = [
            Title("Verslag voortgangsgesprek"),
            Fields([("Werknemer", name), ("BSN", b_dots), ("Datum gesprek", c.dash(k)), ("Aanwezig", f"{name}, {cm}")]),
            Heading("Stand van zaken"),
            Para(f"Anouk werkt nu {hours[k]} uur per week. De belastbaarheid neemt langzaam toe; zij doet werkvoorbereiding en "
                 "sinds kort ook eenvoudig modelwerk. De opbouw verloopt volgens het plan."
                 + (" Het aangepaste plan van " + c.dash(179) + " is leidend." if k > 179 else "")),
            Heading("Afspraken"),
            Bullets(["Opbouw voortzetten volgens advies bedrijfsarts.",
                     "Volgende gesprek: " + (c.dash(nxt) if nxt and nxt <= 416 else "over vijf weken")]),
            Signatures([sig("Casemanager", cm, cm_f, c.dash(k)), sig("Werknemer", name, "", c.dash(k))]),
        ]
        rel = f"04 Gesprekken/{c.day(k).isoformat()} voortgangsgesprek"
        if k == 151:
            c.docx(rel + ".docx", blocks, emp)
        elif k == 256:
            c.photo(rel + ".jpg", blocks, emp, k)
        else:
            c.pdf(rel + ".pdf", blocks, emp)
    c.pdf("02 Arbodienst/Bijstelling probleemanalyse.pdf", [
        Title("Bijstelling probleemanalyse"),
        Fields([("Werknemer", name), ("BSN", b_dots), ("Eerste ziektedag", c.dash(0)), ("Datum", c.dash(168))]),
        Para("De belastbaarheid is gewijzigd: werkneemster kan inmiddels 4 x 4 uur per week werken, met fijn handwerk tot "
             "een uur aaneengesloten. Het re-integratiedoel blijft eigen werk; het plan van aanpak moet op de nieuwe "
             "belastbaarheid worden aangepast."),
        Para("Geen medische gegevens opgenomen."),
        Signatures([sig("Bedrijfsarts", ba, f"bedrijfsarts, {big}", c.dash(168))]),
    ], arbo)
    c.pdf("03 Plan van aanpak/Bijstelling PvA september.pdf", [
        Title("Bijstelling plan van aanpak"),
        Fields(fields + [("Datum", c.dash(179)), ("Casemanager", cm)]),
        Para(f"Deze bijstelling vervangt het plan van aanpak van {c.dash(46)}, na de bijstelling probleemanalyse van {c.dash(168)}."),
        Heading("Doel"), Para(goal),
        Table(["Activiteit", "Wie", "Wanneer"], [["Opbouw naar 4 x 6 uur, waarvan 2 uur kroonwerk per dag", "Anouk", f"tot {c.dash(291)}"],
                                                 ["Evaluatie", "Marieke en Anouk", "elke vijf weken"]]),
        Heading("Visie werkgever"), Para("De opbouw gaat goed; wij houden vast aan terugkeer in het eigen werk."),
        Heading("Visie werknemer"), Para("Ik ben het eens met deze aanpassing."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(179)), sig("Werknemer", name, "", c.dash(179))]),
    ], emp)
    c.pdf("05 UWV/Ziekmelding UWV week 42.pdf", [
        Title("Ziekmelding bij UWV (42e week)", "Aangifte langdurige ziekte"),
        Fields([("Werkgever", emp.org), ("Loonheffingennummer", "815602394L01"), ("Werknemer", name), ("BSN", b_dots),
                ("Eerste ziektedag", c.dash(0)), ("Datum melding", c.dash(287)), ("Gedeeltelijk hersteld", "ja, 4 x 6 uur")]),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(287))]),
    ], emp)
    c.scan("05 UWV/scan bevestiging UWV.pdf", [
        Title("Bevestiging ziekmelding"),
        Fields([("Datum", c.long(294)), ("Betreft", name), ("BSN", b_dots)]),
        Para(f"Wij hebben op {c.long(287)} de ziekmelding van uw werknemer ontvangen. De eerste ziektedag is {c.long(0)}. "
             "Binnenkort bespreekt u met uw werknemer in de eerstejaarsevaluatie het re-integratieresultaat voor het tweede ziektejaar."),
        Signatures([sig("UWV", "Team Ziektewet", "afdeling Werkgevers", "")]),
    ], UWV)
    c.pdf("06 Arbeidsdeskundige/Rapport arbeidsdeskundig onderzoek.pdf", [
        Title("Rapportage arbeidsdeskundig onderzoek", "spoor 1-advies"),
        Fields([("Werknemer", name), ("BSN", b_dots), ("Datum rapport", c.dash(330)), ("Opdrachtgever", emp.org)]),
        Heading("Functiebelasting en belastbaarheid"),
        Para("Het eigen werk vraagt veel fijne handvaardigheid. Anouk werkt nu 4 x 7 uur in het eigen werk, met "
             "tijdcontingente opbouw. De functiebelasting past binnen de belastbaarheid zoals de bedrijfsarts die beschrijft."),
        Heading("Conclusie en advies"),
        Para("Het eigen werk is passend. Er is een concreet vooruitzicht op volledige hervatting (32 uur) binnen drie maanden. "
             "Een tweede spoor is op dit moment niet nodig; opnieuw bekijken als de opbouw stagneert."),
        Signatures([sig("Arbeidsdeskundige", "J.P. Kerkhof", "register-arbeidsdeskundige", c.dash(330))]),
    ], ad)
    eje_path = "07 Eerstejaarsevaluatie/Eerstejaarsevaluatie Anouk Verhoef.pdf"
    c.pdf(eje_path, [
        Title("Eerstejaarsevaluatie", "evaluatie van het eerste ziektejaar"),
        Fields(fields + [("Datum gesprek", c.dash(343)), ("Aanwezig", f"{name}, {cm}, teamleider R. Sanders")]),
        Heading("Terugblik op het eerste ziektejaar"),
        Para("Anouk is in januari uitgevallen. Zij is in februari gestart met werkvoorbereiding en werkt nu 4 x 7 uur, "
             "grotendeels in haar eigen werk."),
        Heading("Medische situatie"),
        Para("In het voorjaar heeft de reumatoloog van het HMC de diagnose reumatoïde artritis gesteld. Anouk is sinds april "
             "behandeld met methotrexaat en prednisolon; sinds oktober krijgt zij daarnaast etanercept-injecties. De ontstekingen "
             "in de vingergewrichten zijn volgens de reumatoloog nu grotendeels tot rust gekomen. In maart volgt een controle in het ziekenhuis."),
        Heading("Re-integratieresultaat tweede ziektejaar"),
        Para("Doel: volledige terugkeer in het eigen werk (32 uur) binnen drie maanden. Een tweede spoor starten wij niet: "
             "het arbeidsdeskundig onderzoek van " + c.dash(330) + " ziet een concreet vooruitzicht op volledige hervatting."),
        Heading("Visie werkgever"), Para("Wij zijn tevreden over de opbouw en verwachten volledige hervatting in het voorjaar."),
        Heading("Visie werknemer"), Para("Ik merk dat het steeds beter gaat en wil de laatste uren in drie maanden opbouwen."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(343)), sig("Werknemer", name, "", c.dash(343))]),
    ], emp)
    c.pdf("08 Overig/Functieomschrijving tandtechnicus.pdf", [
        Title("Functieomschrijving Tandtechnicus kroon- en brugwerk"),
        Para("De tandtechnicus vervaardigt kronen, bruggen en implantaatgedragen constructies op voorschrift van de tandarts of "
             "kaakchirurg. Werkt met gips, was, keramiek en CAD/CAM-frezen; controleert pasvorm op het model."),
        Bullets(["Fijne handvaardigheid, langdurig zittend werk aan de werkbank", "Werken volgens de Wet medische hulpmiddelen (MDR)"]),
    ], emp)
    assert len(c.files) in range(10, 26), len(c.files)
    for rel, t in c.texts.items():
        if rel != eje_path:
            for w in ("reumato", "methotrexaat", "prednisolon", "etanercept", "artritis", "diagnose"):
                assert w not in t.lower(), (rel, w)
    c.yaml({"werknemer": {"naam": name, "bsn": bsn, "functie": "Tandtechnicus kroon- en brugwerk"},
            "werkgever": {"naam": emp.org, "loonheffingennummer": "815602394L01",
                          "aard_van_het_bedrijf": "Tandtechnisch laboratorium, 14 medewerkers"},
            "bedrijfsarts": {"naam": ba, "organisatie": arbo.org}, "casemanager": {"naam": cm},
            "eerste_ziektedag": c.d0})
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(), "first_sick_day": c.d0.isoformat(),
        "planted": (f"checked in week 60 (D0+416). The eerstejaarsevaluatie ('{eje_path}', D0+343, week 50, signed by both, "
                    "an employer document) has a section 'Medische situatie' with the diagnosis (reumatoïde artritis, "
                    "reumatoloog, HMC), the medication (methotrexaat, prednisolon, etanercept) and a hospital check-up. "
                    "Traps: a dental laboratory, so the job description and the employer's letterhead speak of kronen, bruggen, "
                    "implantaten, tandarts, kaakchirurg and Wet medische hulpmiddelen; PA and bijstelling PA say 'geen medische "
                    "gegevens opgenomen'; the sick-report mail gives only allowed data and a mobile number; part-time recovery "
                    "(4 x 7 of 32 hours); the bijstelling PvA (D0+179, 11 days after the bijstelling PA) replaces the PvA; no 2nd "
                    "track, motivated in the AD-rapport (week 48) and the EJE (concrete prospect within three months); EJE inside "
                    "weeks 46-52; meetings every 35 days (PDF, Word, phone photo), the last 3 days before as_of; AO/EV/OW not due; "
                    "BSN with dots; IBAN, KvK, verzuimnummer."),
        "must": [{"code": "medical_data", "path": eje_path,
                  "why": "§8.7 (§5.3): diagnosis, specialist and medication in an employer document (the EJE)"}],
        "must_not": common_must_not([
            {"code": "medical_data", "path": "08 Overig/Functieomschrijving tandtechnicus.pdf", "why": "§8.7: dental-lab work words, no health data"},
            {"code": "medical_data", "path": "02 Arbodienst/Probleemanalyse A. Verhoef.pdf", "why": "§8.7: limitations only; 'geen medische gegevens opgenomen'"},
            {"code": "medical_data", "path": "02 Arbodienst/Bijstelling probleemanalyse.pdf", "why": "§8.7: belastbaarheid only"},
            {"code": "medical_data", "path": "01 Ziekmelding/Ziekmelding Anouk.eml", "why": "§8.7: only allowed sick-report data"},
            {"code": "medical_data", "path": "03 Plan van aanpak/PvA Anouk Verhoef getekend.pdf", "why": "§8.7: no health data in the PvA"},
            {"code": "missing", "type": "probleemanalyse", "why": "§8.1: present"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present (and its bijstelling)"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: present"},
            {"code": "missing", "type": "arbeidsdeskundig_rapport", "why": "§8.2: present"},
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.3: no 2nd track, motivated in the EJE and AD-rapport; D0+406 not reached"},
            {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§8.1/§2.2: not due in week 60"},
            {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.1/§2.2: not due in week 60"},
            {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: before the application at most a warning"},
            {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+38"},
            {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA PA+8"},
            {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: week 50"},
            {"code": "early", "type": "eerstejaarsevaluatie", "why": "§8.3: week 50, inside 46-52"},
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: melding D0+287 ≤ D0+294"},
            {"code": "evaluation_gap", "why": "§8.3: meetings every 35 days or less"},
            {"code": "unsigned", "why": "§8.5: PvA, bijstelling PvA and EJE are signed by both"},
            {"code": "bsn_mismatch", "why": "§8.5: one BSN (with dots) throughout"},
        ]),
    }



# ================================================================================================ case 2
def case2(used: set[str]) -> None:
    c = Case("trajectplan_persoonsprofiel_medisch", dt.date(2024, 11, 4), 520)
    name, bsn = "Dennis Koopmans", new_bsn(used)
    b = fmt_bsn(bsn, "spaces")
    emp = employer("c2emp", "Koopwijzer Supermarkten B.V.", ["Filiaal Deventer-Colmschate", "Hanzeweg 7, 7418 AW Deventer", f"KvK {KVK[1]}"],
                   font="condensed", accent=(200, 40, 30))
    arbo = core("c2arbo", "Arbo Unie Oost", ("Apeldoorn", "verzuimnummer " + VERZUIMNR[1]), accent=(0, 110, 90))
    bureau = core("c2bur", "WerkVooruit Re-integratie", ("Zutphen", f"IBAN {IBANS[1]}", f"tel. {MOBILES[1]}"), accent=(140, 30, 110), letterhead="left")
    ad = core("c2ad", "AD Advies Salland", ("Raalte",), accent=(90, 90, 20), letterhead="right")
    cm, cm_f = "Yvonne Brink", "bedrijfsleider / casemanager verzuim"
    ba = "M. Oosterhuis"
    fields = [("Naam", name), ("BSN", b), ("Functie", "Assistent-bedrijfsleider"), ("Eerste ziektedag", c.dash(0))]
    c.pdf("Arbo/Probleemanalyse Koopmans.pdf", [
        Title("Probleemanalyse en advies"),
        Fields([("Werknemer", name), ("BSN", b), ("Eerste ziektedag", c.dash(0)), ("Datum", c.dash(36))]),
        Para("Er is sprake van dreigend langdurig verzuim. Beperkingen: verminderde belastbaarheid voor drukke en onvoorspelbare "
             "situaties, klantcontact aan de kassa en avond- en sluitdiensten; concentratie wisselend. Mogelijkheden: rustig "
             "achtergrondwerk overdag, 3 x 2 uur. Prognose: herstel in eigen werk onzeker; opnieuw beoordelen na drie maanden."),
        Para("Advies: plan van aanpak binnen twee weken; werkhervatting overdag in het magazijn."),
        Signatures([sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 49027711801", c.dash(36))]),
    ], arbo)
    c.pdf("PvA/Plan van aanpak Dennis.pdf", [
        Title("Plan van aanpak"),
        Fields(fields + [("Casemanager", cm), ("Datum", c.dash(46))]),
        Heading("Doel"), Para("Terugkeer in de eigen functie, zo nodig eerst zonder avond- en sluitdiensten."),
        Table(["Wat", "Wie", "Wanneer"], [["Magazijn en bestellingen overdag, 3 x 2 uur", "Dennis", f"vanaf {c.dash(49)}"],
                                          ["Evaluatiegesprek", "Yvonne en Dennis", "elke 5 weken"]]),
        Heading("Visie werkgever"), Para("We houden de functie voor Dennis open en zoeken rustig werk overdag."),
        Heading("Visie werknemer"), Para("Ik wil terug, maar niet in de avond en niet achter de kassa."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(46)), sig("Werknemer", name, "", c.dash(46))]),
    ], emp)
    meetings = [81, 116, 151, 186, 221, 256, 291, 326, 381, 415, 451, 486]
    for i, k in enumerate(meetings):
        nxt = meetings[i + 1] if i + 1 < len(meetings) else None
        blocks = [
            Title("Gespreksverslag"),
            Fields([("Medewerker", name), ("BSN", b), ("Datum", c.dash(k))]),
            Para(("Dennis werkt 3 x 3 uur in het magazijn. " if k < 326 else "Dennis werkt 12 uur per week overdag in het magazijn en volgt het tweede spoor bij WerkVooruit. ")
                 + "Geen bijzonderheden; de afspraken zijn nagekomen."),
            Para("Volgend gesprek: " + (c.dash(nxt) if nxt else "over vijf weken") + "."),
            Signatures([sig("Casemanager", cm, cm_f, c.dash(k)), sig("Medewerker", name, "", c.dash(k))]),
        ]
        rel = f"Gesprekken/{fmt_date(c.day(k), 'iso')} gesprek.pdf"
        if k == 186:
            c.docx(rel.replace(".pdf", ".docx"), blocks, emp)
        else:
            c.pdf(rel, blocks, emp)
    c.pdf("UWV/42e weeks ziekmelding.pdf", [
        Title("Ziekmelding 42e week"), Fields([("Werknemer", name), ("BSN", b), ("Eerste ziektedag", c.dash(0)), ("Datum", c.dash(290))]),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(290))]),
    ], emp)
    c.pdf("AD/Arbeidsdeskundig rapport Koopmans.pdf", [
        Title("Arbeidsdeskundig onderzoek", "advies spoor 1 / spoor 2"),
        Fields([("Werknemer", name), ("BSN", b), ("Datum", c.dash(330))]),
        Para("De eigen functie (leidinggeven op de winkelvloer, avond- en sluitdiensten) is niet passend en zal dat naar "
             "verwachting ook niet worden. Aangepast werk overdag in het magazijn is structureel mogelijk voor 12 uur. "
             "Advies: 12 uur aangepast werk bij de werkgever en voor de overige uren een tweede spoor inzetten."),
        Signatures([sig("Arbeidsdeskundige", "G. Hofstede", "register-arbeidsdeskundige", c.dash(330))]),
    ], ad)
    c.pdf("Evaluaties/Eerstejaarsevaluatie Dennis Koopmans.pdf", [
        Title("Eerstejaarsevaluatie"), Fields(fields + [("Datum", c.dash(346))]),
        Para("Terugblik: opbouw in het magazijn tot 12 uur overdag. Re-integratieresultaat tweede jaar: 12 uur structureel "
             "aangepast werk en een tweede spoor voor de overige 24 uur, zoals de arbeidsdeskundige adviseert."),
        Heading("Visie werkgever"), Para("Wij volgen het advies en schakelen WerkVooruit in."),
        Heading("Visie werknemer"), Para("Ik sta open voor ander werk buiten de supermarkt."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(346)), sig("Werknemer", name, "", c.dash(346))]),
    ], emp)
    c.pdf("PvA/Bijstelling plan van aanpak spoor 2.pdf", [
        Title("Bijstelling plan van aanpak"), Fields(fields + [("Datum", c.dash(360))]),
        Para(f"Deze bijstelling vervangt het plan van aanpak van {c.dash(46)}. Nieuw doel: 12 uur structureel aangepast werk "
             "in het magazijn en voor de overige uren passend werk bij een andere werkgever (tweede spoor, WerkVooruit)."),
        Table(["Wat", "Wie", "Wanneer"], [["Intake tweede spoor", "WerkVooruit", f"voor {c.dash(385)}"], ["Evaluatie", "Yvonne en Dennis", "elke 5 weken"]]),
        Heading("Visie werkgever"), Para("Eens."), Heading("Visie werknemer"), Para("Eens, ik doe mee."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(360)), sig("Werknemer", name, "", c.dash(360))]),
    ], emp)
    tp_path = "Tweede spoor/Trajectplan WerkVooruit - D. Koopmans.pdf"
    c.pdf(tp_path, [
        Title("Trajectplan tweede spoor", "intake en persoonsprofiel"),
        Fields([("Kandidaat", name), ("BSN", b), ("Opdrachtgever", emp.org), ("Datum intake", c.dash(385)), ("Loopbaancoach", "Sanne Wiegman")]),
        Heading("Persoonsprofiel"),
        Para("Dennis (41) werkt sinds 2009 in de supermarkt, de laatste zes jaar als assistent-bedrijfsleider. Hij is "
             "klantvriendelijk, nauwkeurig en heeft ervaring met voorraadbeheer en roosters."),
        Heading("Gezondheid"),
        Para("Dennis vertelt dat hij na de gewapende overval op het filiaal in oktober 2024 een posttraumatische stressstoornis "
             "(PTSS) heeft ontwikkeld. Hij is in behandeling bij een GGZ-psycholoog (EMDR, tot nu toe 14 sessies) en gebruikt "
             "quetiapine om te kunnen slapen. Zijn huisarts heeft hem daarnaast doorverwezen naar een psychiater."),
        Heading("Zoekprofiel"),
        Bullets(["Rustig werk overdag zonder publiek: orderpicker, administratief medewerker voorraad, magazijnbeheer",
                 "Regio Deventer-Apeldoorn, maximaal 30 minuten reizen", "24 uur per week"]),
        Heading("Activiteiten"),
        Table(["Activiteit", "Periode"], [["Arbeidsmarktoriëntatie en cv", "maand 1-2"], ["Netwerkgesprekken en sollicitaties", "maand 2-6"], ["Proefplaatsing", "maand 4-8"]]),
        Para("Rapportage: elke zes weken een voortgangsrapportage aan werkgever en werknemer."),
        Signatures([sig("Loopbaancoach", "Sanne Wiegman", "loopbaancoach WerkVooruit", c.dash(385)), sig("Kandidaat", name, "", c.dash(385))]),
    ], bureau)
    vg_red = "Tweede spoor/Scan voortgangsrapportage 2.pdf"
    for n, k in enumerate([427, 469, 511], start=1):
        blocks = [
            Title(f"Voortgangsrapportage {n}", "tweede spoor"),
            Fields([("Kandidaat", name), ("BSN", b), ("Rapportageperiode", f"{c.dash(k - 42)} t/m {c.dash(k)}"), ("Datum", c.dash(k))]),
            Heading("Activiteiten"),
            Bullets([f"{3 + n} sollicitaties verstuurd (orderpicker, voorraadadministratie)", f"{n + 1} netwerkgesprekken",
                     "Wekelijks coachgesprek"]),
        ]
        if n == 2:
            blocks.append(Para("Over de behandeling: ██████████████████████████████████████. "
                               "Dennis geeft aan dat hij de gesprekken goed aankan."))
        else:
            blocks.append(Para("Medische informatie nemen wij in deze rapportage niet op; voor beperkingen volgen wij het advies van de bedrijfsarts."))
        blocks.append(Signatures([sig("Loopbaancoach", "Sanne Wiegman", "loopbaancoach", c.dash(k))]))
        if n == 2:
            c.scan(vg_red, blocks, Style(key="c2burscan", org=bureau.org, org_lines=bureau.org_lines, accent=bureau.accent))
        else:
            c.pdf(f"Tweede spoor/Voortgangsrapportage {n} WerkVooruit.pdf", blocks, bureau)
    assert len(c.files) in range(10, 26), len(c.files)
    for rel, t in c.texts.items():
        if rel != tp_path:
            for w in ("ptss", "quetiapine", "emdr", "psycholoog", "psychiater", "stressstoornis"):
                assert w not in t.lower(), (rel, w)
    c.yaml({"werknemer": {"naam": name, "bsn": bsn, "functie": "Assistent-bedrijfsleider"},
            "werkgever": {"naam": emp.org, "aard_van_het_bedrijf": "Supermarktketen, 38 filialen"},
            "bedrijfsarts": {"naam": ba, "organisatie": arbo.org}, "casemanager": {"naam": cm}, "eerste_ziektedag": c.d0})
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(), "first_sick_day": c.d0.isoformat(),
        "planted": (f"checked in week 75 (D0+520). The 2nd-track bureau's trajectplan ('{tp_path}', D0+385), sent to the "
                    "employer and filed in its dossier, has a section 'Gezondheid' with the diagnosis (PTSS after an armed robbery), "
                    "the treatment (EMDR by a GGZ-psycholoog, 14 sessions), the medication (quetiapine) and a psychiatrist referral. "
                    f"Traps: the second progress report ('{vg_red}', an image-only scan) has the sentence about the treatment "
                    "blacked out (correctly redacted); reports 1 and 3 say medical information is left out; the 2nd track started on "
                    "time (AD week 48, EJE week 50, bijstelling PvA D0+360 that replaces the PvA, trajectplan D0+385 ≤ D0+406), "
                    "reports every 42 days; part-time: 12 hours structural adapted work; meetings every ≤ 36 days (one Word); "
                    "PA and PvA on time; bureau letterhead with IBAN and mobile; BSN with spaces; AO/EV/OW not due."),
        "must": [{"code": "medical_data", "path": tp_path,
                  "why": "§8.7 (§5.3): diagnosis, treatment and medication in a document the employer holds (2nd-track trajectplan)"}],
        "must_not": common_must_not([
            {"code": "medical_data", "path": vg_red, "why": "§8.7: the medical sentence is blacked out"},
            {"code": "medical_data", "path": "Tweede spoor/Voortgangsrapportage 1 WerkVooruit.pdf", "why": "§8.7: says medical information is left out"},
            {"code": "medical_data", "path": "Tweede spoor/Voortgangsrapportage 3 WerkVooruit.pdf", "why": "§8.7: says medical information is left out"},
            {"code": "medical_data", "path": "Arbo/Probleemanalyse Koopmans.pdf", "why": "§8.7: limitations only"},
            {"code": "medical_data", "path": "AD/Arbeidsdeskundig rapport Koopmans.pdf", "why": "§8.7: no health data"},
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2/§8.3: present, D0+385"},
            {"code": "late", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+385 ≤ D0+406"},
            {"code": "report_gap", "why": "§8.3/§7: reports every 42 days (≤ ~9 weeks)"},
            {"code": "missing", "type": "voortgangsrapportage_tweede_spoor", "why": "§8.2: three reports present"},
            {"code": "missing", "type": "probleemanalyse", "why": "§8.1: present"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: present"},
            {"code": "missing", "type": "arbeidsdeskundig_rapport", "why": "§8.2: present"},
            {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§8.1/§2.2: not due in week 75"},
            {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.1/§2.2: not due in week 75"},
            {"code": "late", "type": "probleemanalyse", "why": "§8.3: D0+36"},
            {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PA+10"},
            {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: week 50"},
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+290"},
            {"code": "evaluation_gap", "why": "§8.3: no gap above 36 days"},
            {"code": "unsigned", "why": "§8.5: PvA, bijstelling PvA and EJE signed by both"},
            {"code": "bsn_mismatch", "why": "§8.5: one BSN throughout"},
        ]),
    }


# ================================================================================================ case 3
def case3(used: set[str]) -> None:
    c = Case("pa_arboverpleegkundige_pva_zonder_doel", dt.date(2025, 9, 1), 206)
    name, bsn = "Ricardo Mendes", new_bsn(used)
    emp = employer("c3emp", "Transportbedrijf Van Gils & Zn.", ["Industrieweg 22, 5145 PD Waalwijk", f"KvK {KVK[2]}", "planning@vangils-transport.example"],
                   font="serif", accent=(20, 40, 110))
    arbo = core("c3arbo", "Zorg van de Zaak Brabant", ("Tilburg", "verzuimnummer " + VERZUIMNR[2]), accent=(0, 120, 150))
    cm, cm_f = "Petra van Gils", "office manager"
    vpk = "S. de Lange"
    fields = [("Werknemer", name), ("BSN", bsn), ("Functie", "Chauffeur CE internationaal"), ("Eerste ziektedag", c.dash(0))]
    c.eml("Verzuim/Ziekmelding Ricardo zaterdag.eml", -2, "Ricardo Mendes <r.mendes@mail.example>",
          "Planning Van Gils <planning@vangils-transport.example>", "Ziek maandag",
          f"Petra,\n\nIk kan maandag niet rijden, ik ben ziek. Ik meld me ziek voor maandag {c.long(0)}. "
          f"Zaterdag en zondag had ik toch vrij. Bereikbaar op {MOBILES[2]}.\n\nRicardo", hour=9)
    c.eml("Verzuim/Bevestiging ziekmelding arbodienst.eml", 1, "Zorg van de Zaak <noreply@zvdz-brabant.example>",
          "Petra van Gils <petra@vangils-transport.example>", f"Bevestiging ziekmelding {name} (verzuimnummer {VERZUIMNR[2]})",
          f"Geachte mevrouw Van Gils,\n\nWij hebben de ziekmelding van {name} ontvangen. Eerste ziektedag: {c.dash(0)}.\n"
          "Uw werknemer wordt uitgenodigd voor het spreekuur.\n\nMet vriendelijke groet,\nZorg van de Zaak Brabant")
    pa_path = "Arbodienst/Probleemanalyse R. Mendes.pdf"
    c.pdf(pa_path, [
        Title("Probleemanalyse", "Wet verbetering poortwachter"),
        Fields([("Werknemer", name), ("BSN", bsn), ("Werkgever", emp.org), ("Eerste ziektedag", c.dash(0)), ("Datum consult", c.dash(37))]),
        Heading("Beoordeling"),
        Para("Er is sprake van dreigend langdurig verzuim. Werknemer is beperkt in langdurig zitten (maximaal een uur "
             "aaneengesloten), tillen boven 10 kg, trillingen en het koppelen en afkoppelen van opleggers. Mogelijkheden: "
             "licht werk op de planning of in de werkplaats, 4 x 3 uur, zonder rijden."),
        Heading("Prognose"), Para("Gedeeltelijke hervatting binnen vier weken; terugkeer in het eigen werk is onzeker en wordt over drie maanden opnieuw bekeken."),
        Heading("Advies"), Bullets(["Plan van aanpak binnen twee weken.", "Werkplekonderzoek planning.", "Vervolgconsult over zes weken."]),
        Para("In verband met de vacature voor een bedrijfsarts in onze regio is dit consult gevoerd en deze probleemanalyse "
             "opgesteld door de arboverpleegkundige."),
        Signatures([sig("Opgesteld door", vpk, "arboverpleegkundige", c.dash(37))]),
    ], arbo)
    c.eml("Verzuim/Mail arbodienst over probleemanalyse.eml", 38, "S. de Lange <s.delange@zvdz-brabant.example>",
          "Petra van Gils <petra@vangils-transport.example>", "Probleemanalyse Ricardo Mendes",
          f"Beste Petra,\n\nIn de bijlage van het portaal staat de probleemanalyse van {name}. Omdat onze bedrijfsarts voor "
          "de regio Waalwijk sinds de zomer met verlof is en er nog geen vervanger is, heb ik het consult gedaan en de "
          "probleemanalyse zelf opgesteld en ondertekend. Wil je binnen twee weken het plan van aanpak maken?\n\n"
          "Met vriendelijke groet,\nSandra de Lange\nArboverpleegkundige, Zorg van de Zaak Brabant")
    pva_path = "Re-integratie/PvA Ricardo.pdf"
    pva_blocks = [
        Title("Plan van aanpak"),
        Fields(fields + [("Casemanager", f"{cm} ({cm_f})"), ("Datum", c.dash(49))]),
        Heading("Afspraken"),
        Table(["Activiteit", "Wie", "Wanneer"], [
            ["Werken op de planning, 4 x 3 uur, geen ritten", "Ricardo / planner", f"vanaf {c.dash(52)}"],
            ["Werkplekonderzoek bureau planning (ergonoom)", "Petra", f"voor {c.dash(70)}"],
            ["Consult arbodienst", "Ricardo", "elke 6 weken"],
            ["Wekelijks kort contact over hoe het gaat", "Petra en Ricardo", "elke maandag"],
        ]),
        Heading("Evaluatie"), Para(f"Wij bespreken de voortgang elke vijf weken, voor het eerst op {c.dash(84)}."),
        Heading("Visie werkgever"), Para("Wij bieden Ricardo zolang het nodig is werk op de planning aan."),
        Heading("Visie werknemer"), Para("Ik vind het prima om op de planning te helpen."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(49)), sig("Werknemer", name, "chauffeur", c.dash(49))]),
    ]
    c.pdf(pva_path, pva_blocks, emp)
    pva_text = c.texts[pva_path].lower()
    for w in ("doel", "eigen werk", "ander werk", "terugkeer", "hervat", "resultaat", "spoor", "terug "):
        assert w not in pva_text, w
    c.pdf("Re-integratie/Rapport werkplekonderzoek planning.pdf", [
        Title("Werkplekonderzoek"), Fields([("Medewerker", name), ("Datum", c.dash(70)), ("Werkplek", "planningskantoor")]),
        Para("Advies: zit-sta-bureau, tweede scherm, elk uur vijf minuten bewegen."),
        Signatures([sig("Ergonoom", "L. Verbunt", "ergonoom, Verbunt Werkplekadvies", c.dash(70))]),
    ], employer("c3erg", "Verbunt Werkplekadvies", ["Oosterhout"], accent=(90, 90, 90)))
    c.pdf("Arbodienst/Terugkoppeling consult.pdf", [
        Title("Terugkoppeling consult"), Fields([("Werknemer", name), ("BSN", bsn), ("Datum", c.dash(100))]),
        Para("Werknemer werkt 4 x 4 uur op de planning. De beperkingen uit de probleemanalyse gelden nog. Advies: uitbreiden "
             "naar 4 x 5 uur. Rijden nog niet. Geen medische gegevens opgenomen."),
        Signatures([sig("Arboverpleegkundige", vpk, "arboverpleegkundige", c.dash(100))]),
    ], arbo)
    meetings = [84, 119, 154, 189]
    for i, k in enumerate(meetings):
        blocks = [Title("Verslag evaluatiegesprek"), Fields([("Werknemer", name), ("BSN", bsn), ("Datum", c.dash(k))]),
                  Para(f"Ricardo werkt op de planning ({['4 x 3', '4 x 4', '4 x 5', '4 x 6'][i]} uur). Het zit-sta-bureau helpt. "
                       "Het wekelijkse contact op maandag gaat door."),
                  Para("Volgende evaluatie over vijf weken."),
                  Signatures([sig("Werkgever", cm, cm_f, c.dash(k)), sig("Werknemer", name, "", c.dash(k))])]
        rel = f"Re-integratie/Evaluatie {c.dash(k)}"
        if i == 1:
            c.docx(rel + ".docx", blocks, emp)
        elif i == 2:
            c.photo(rel + ".jpg", blocks, emp, k)
        else:
            c.pdf(rel + ".pdf", blocks, emp)
    c.pdf("Personeel/Loonstrook november.pdf", [
        Title("Loonstrook november 2025"), Fields([("Werknemer", name), ("BSN", bsn), ("IBAN", IBANS[2]), ("Loon bij ziekte", "100%")]),
    ], emp)
    assert len(c.files) in range(10, 26), len(c.files)
    c.yaml({"werknemer": {"naam": name, "bsn": bsn, "functie": "Chauffeur CE internationaal"},
            "werkgever": {"naam": emp.org, "aard_van_het_bedrijf": "Wegtransport, 22 medewerkers"},
            "bedrijfsarts": {"naam": "vacature (regio Waalwijk)", "organisatie": arbo.org},
            "casemanager": {"naam": cm}, "eerste_ziektedag": c.d0})
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(), "first_sick_day": c.d0.isoformat(),
        "planted": (f"checked in week 30 (D0+206). (1) The probleemanalyse ('{pa_path}', D0+37) was drawn up and signed by "
                    "the arbodienst's arboverpleegkundige ('Opgesteld door: S. de Lange, arboverpleegkundige'); no bedrijfsarts "
                    "name, BIG number or signature; the PA and the nurse's mail say the bedrijfsarts post is vacant. "
                    f"(2) The plan van aanpak ('{pva_path}', D0+49, PA+12, signed by both) names activities, who, when, "
                    "evaluation moments, a casemanager and both visies, but no re-integratiedoel (asserted: 'doel', 'eigen werk', "
                    "'ander werk', 'terugkeer', 'hervat', 'spoor' do not occur). Traps: the employee reported sick on Saturday "
                    "for Monday (D0 = Monday, dossier.yaml and the arbodienst's confirmation); the terugkoppeling (D0+100) by the "
                    "same nurse is no PA; meetings every 35 days (PDF, Word, phone photo); an ergonomist's report and a payslip "
                    "with IBAN; 42e-weeksmelding, EJE, AD not due."),
        "must": [
            {"code": "form", "path": pa_path, "why": "§8.5: the PA must be signed by the bedrijfsarts; this one is by an arboverpleegkundige"},
            {"code": "content", "path": pva_path, "why": "§8.6: the PvA names no goal (re-integratiedoel)"},
        ],
        "must_not": common_must_not([
            {"code": "missing", "type": "probleemanalyse", "why": "§8.1: a PA exists (its form is the problem)"},
            {"code": "late", "type": "probleemanalyse", "why": "§8.3: D0+37 ≤ D0+42"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present"},
            {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PA+12"},
            {"code": "unsigned", "path": pva_path, "why": "§8.5: signed by both"},
            {"code": "evaluation_gap", "why": "§8.3: meetings every 35 days, the last 17 days before as_of"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: not due in week 30"},
            {"code": "missing", "type": "ziekmelding_uwv", "why": "§8.3: due D0+294"},
            {"code": "missing", "type": "arbeidsdeskundig_rapport", "why": "§8.2: week 30"},
            {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§8.1: not due"},
            {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.1: not due"},
            {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: not due"},
            {"code": "medical_data", "why": "§8.7: no health data anywhere"},
            {"code": "bsn_mismatch", "why": "§8.5: one BSN"},
        ]),
    }


# ================================================================================================ case 4
def case4(used: set[str]) -> None:
    c = Case("yaml_bsn_vorige_zaak_ao_ontbreekt", dt.date(2024, 6, 3), 652)
    name, bsn = "Ilse Vermeulen", new_bsn(used)
    prev_name, prev_bsn = "Gerrit Post", new_bsn(used)
    b = fmt_bsn(bsn, "spaces")
    emp = employer("c4emp", "Gemeente Oldebroek", ["Raadhuisplein 1, 8096 CP Oldebroek", "Team P&O"], accent=(0, 90, 160), letterhead="right")
    arbo = core("c4arbo", "HumanCapitalCare Noord-Veluwe", ("Harderwijk", "verzuimnummer " + VERZUIMNR[3]), accent=(170, 80, 0))
    bureau = core("c4bur", "Loopbaanplein Veluwe", ("Zwolle", f"tel. {MOBILES[3]}"), accent=(80, 40, 140), letterhead="left")
    ad = core("c4ad", "Arbeidsdeskundigen Noord-Nederland", ("Meppel",), accent=(60, 60, 60), letterhead="right")
    cm, cm_f = "Hanneke Wolters", "casemanager verzuim, team P&O"
    ba, big = "E.A. Timmer", "BIG 19055512401"
    fields = [("Naam", name), ("BSN", b), ("Functie", "Medewerker Burgerzaken"), ("Eerste ziektedag", c.dash(0))]
    c.pdf("01 Arbo/Probleemanalyse Vermeulen.pdf", [
        Title("Probleemanalyse"), Fields([("Werknemer", name), ("BSN", b), ("Eerste ziektedag", c.dash(0)), ("Datum", c.dash(39))]),
        Para("Dreigend langdurig verzuim. Beperkt in energie en belastbaarheid; geen baliewerk met wachtrijen. Mogelijkheden: "
             "backoffice, 3 x 3 uur. Prognose: langzaam herstel, duur onzeker. Advies: plan van aanpak binnen twee weken."),
        Para("Geen medische gegevens opgenomen."),
        Signatures([sig("Bedrijfsarts", ba, f"bedrijfsarts, {big}", c.dash(39))]),
    ], arbo)
    c.pdf("02 PvA/Plan van aanpak Ilse Vermeulen.pdf", [
        Title("Plan van aanpak"), Fields(fields + [("Casemanager", cm), ("Datum", c.dash(50))]),
        Heading("Re-integratiedoel"), Para("Terugkeer in het eigen werk bij Burgerzaken, eerst in de backoffice."),
        Table(["Activiteit", "Wie", "Termijn"], [["Backoffice 3 x 3 uur", "Ilse", f"vanaf {c.dash(52)}"], ["Evaluatie", "Hanneke en Ilse", "elke 5 weken"]]),
        Heading("Visie werkgever"), Para("Wij ondersteunen een rustige opbouw."), Heading("Visie werknemer"), Para("Eens."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(50)), sig("Werknemer", name, "", c.dash(50))]),
    ], emp)
    for k in [85, 120, 400, 505, 610]:
        c.pdf(f"03 Gesprekken/Gespreksverslag {c.dash(k)}.pdf", [
            Title("Gespreksverslag"), Fields([("Naam", name), ("BSN", b), ("Datum", c.dash(k))]),
            Para("Ilse werkt " + ("in de backoffice, opbouw loopt." if k < 300 else "16 uur structureel in de backoffice; het tweede spoor loopt via Loopbaanplein.")),
            Signatures([sig("Casemanager", cm, cm_f, c.dash(k)), sig("Werknemer", name, "", c.dash(k))]),
        ], emp)
    c.pdf("04 UWV/Ziekmelding 42e week.pdf", [
        Title("Ziekmelding UWV (42e week)"), Fields([("Werknemer", name), ("BSN", b), ("Eerste ziektedag", c.dash(0)), ("Datum melding", c.dash(288))]),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(288))]),
    ], emp)
    c.pdf("05 AD/AD-rapport Vermeulen.pdf", [
        Title("Arbeidsdeskundig rapport"), Fields([("Werknemer", name), ("BSN", b), ("Datum", c.dash(330))]),
        Para("Het eigen werk aan de balie is niet passend. Backoffice-werk is structureel passend voor 16 uur per week. "
             "Advies: 16 uur aangepast werk en een tweede spoor voor de overige 20 uur."),
        Signatures([sig("Arbeidsdeskundige", "W. Bakker", "register-arbeidsdeskundige", c.dash(330))]),
    ], ad)
    c.pdf("06 Evaluaties/Eerstejaarsevaluatie Ilse.pdf", [
        Title("Eerstejaarsevaluatie"), Fields(fields + [("Datum", c.dash(344))]),
        Para("Resultaat tweede jaar: 16 uur structureel in de backoffice en een tweede spoor voor de overige uren."),
        Heading("Visie werkgever"), Para("Eens met het AD-advies."), Heading("Visie werknemer"), Para("Eens."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(344)), sig("Werknemer", name, "", c.dash(344))]),
    ], emp)
    c.pdf("02 PvA/Bijstelling PvA spoor 2.pdf", [
        Title("Bijstelling plan van aanpak"), Fields(fields + [("Datum", c.dash(351))]),
        Para("Nieuw doel: 16 uur structureel aangepast werk in de backoffice en passend werk elders voor 20 uur (tweede spoor)."),
        Heading("Visie werkgever"), Para("Eens."), Heading("Visie werknemer"), Para("Eens."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(351)), sig("Werknemer", name, "", c.dash(351))]),
    ], emp)
    c.pdf("07 Tweede spoor/Trajectplan Loopbaanplein.pdf", [
        Title("Trajectplan 2e spoor"), Fields([("Deelnemer", name), ("BSN", b), ("Datum", c.dash(372))]),
        Para("Zoekprofiel: administratief werk, 20 uur, regio Zwolle-Harderwijk. Activiteiten: oriëntatie, sollicitaties, netwerk."),
        Signatures([sig("Jobcoach", "R. Dijkstra", "jobcoach", c.dash(372)), sig("Deelnemer", name, "", c.dash(372))]),
    ], bureau)
    for n, k in enumerate([428, 484, 540], start=1):
        c.pdf(f"07 Tweede spoor/Voortgangsrapportage {n}.pdf", [
            Title(f"Voortgangsrapportage {n}"), Fields([("Deelnemer", name), ("BSN", b), ("Datum", c.dash(k))]),
            Para(f"{2 + n} sollicitaties, {n} netwerkgesprekken. Inzet goed."),
            Signatures([sig("Jobcoach", "R. Dijkstra", "jobcoach", c.dash(k))]),
        ], bureau)
    c.pdf("07 Tweede spoor/Eindrapportage tweede spoor.pdf", [
        Title("Eindrapportage tweede spoor"), Fields([("Deelnemer", name), ("BSN", b), ("Datum", c.dash(596))]),
        Para("Resultaat: geen plaatsing buiten de gemeente. Ilse heeft zich aantoonbaar ingezet (22 sollicitaties, 9 netwerkgesprekken)."),
        Signatures([sig("Jobcoach", "R. Dijkstra", "jobcoach", c.dash(596))]),
    ], bureau)
    c.scan("04 UWV/Brief UWV aanvraag WIA.pdf", [
        Title("Uw werknemer kan een WIA-uitkering aanvragen"), Fields([("Datum", c.long(611)), ("Werknemer", name), ("BSN", b)]),
        Para(f"Uw werknemer is op {c.long(0)} ziek geworden. Hij of zij kan nu een WIA-uitkering aanvragen. Stuur het "
             "re-integratieverslag binnen 1 dag na de aanvraag."),
        Signatures([sig("UWV", "Afdeling Werkgevers", "", "")]),
    ], UWV)
    tk_path = "01 Arbo/Terugkoppeling spreekuur week 87.pdf"
    c.pdf(tk_path, [
        Title("Terugkoppeling spreekuur"), Fields([("Werknemer", name), ("BSN", b), ("Datum spreekuur", c.dash(603))]),
        Para("Werkneemster werkt 16 uur in de backoffice. Belastbaarheid ongewijzigd. Vervolg: spreekuur over zes weken."),
        Para("Geen medische gegevens opgenomen."),
        Signatures([sig("Bedrijfsarts", ba, f"bedrijfsarts, {big}", c.dash(603))]),
    ], arbo)
    c.eml("08 WIA/Verzoek actueel oordeel.eml", 617, f"{cm} <h.wolters@oldebroek.example>", "planning@hcc-noordveluwe.example",
          f"Verzoek actueel oordeel {name}",
          f"Goedemorgen,\n\nDe WIA-aanvraag van {name} komt eraan (UWV-brief van {c.dash(611)}). Wij hebben nog geen actueel oordeel "
          f"van de bedrijfsarts ontvangen. Kunt u dat zo snel mogelijk inplannen?\n\nMet vriendelijke groet,\n{cm}\n{cm_f}")
    ev_path = "08 WIA/Eindevaluatie Ilse Vermeulen.pdf"
    c.pdf(ev_path, [
        Title("Eindevaluatie"), Fields(fields + [("Datum", c.dash(627))]),
        Heading("Aard van het bedrijf"), Para("Gemeente met circa 190 medewerkers; dienstverlening aan inwoners en bedrijven."),
        Heading("Terugblik"), Para("Twee jaar re-integratie: opbouw tot 16 uur in de backoffice; tweede spoor zonder plaatsing."),
        Heading("Actueel oordeel"), Para(f"Het actueel oordeel van de bedrijfsarts is ondanks ons verzoek van {c.dash(617)} nog niet "
                                        f"ontvangen. Wij gaan uit van de terugkoppeling van het spreekuur van {c.dash(603)}."),
        Heading("Arbeidsrelatie"), Para("De arbeidsrelatie is goed."),
        Heading("Passende arbeid"), Para("Passend werk bij de gemeente is er voor 16 uur per week; meer is er niet."),
        Heading("Visie werknemer"), Para("Ik ben tevreden over de begeleiding."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(627)), sig("Werknemer", name, "", c.dash(627))]),
    ], emp)
    c.photo("08 WIA/Mijn mening Ilse.jpg", [
        Title("Oordeel werknemer over het re-integratieverslag"), Fields([("Naam", name), ("BSN", b), ("Datum", c.dash(638))]),
        Para("Ik ben het eens met het re-integratieverslag."), Signatures([sig("Werknemer", name, "", c.dash(638))]),
    ], emp, 638)
    assert len(c.files) in range(10, 26), len(c.files)
    for rel, t in c.texts.items():
        assert prev_bsn not in t.replace(" ", "").replace(".", ""), rel
    c.yaml({"werknemer": {"naam": name, "bsn": prev_bsn, "functie": "Medewerker Burgerzaken"},
            "werkgever": {"naam": emp.org, "aard_van_het_bedrijf": "Gemeente, circa 190 medewerkers"},
            "bedrijfsarts": {"naam": ba, "organisatie": arbo.org}, "casemanager": {"naam": cm},
            "eerste_ziektedag": c.d0, "aanvraag_wia": c.day(641)})
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(), "first_sick_day": c.d0.isoformat(), "aanvraag_wia": c.day(641).isoformat(),
        "planted": (f"checked in week 94 (D0+652), after the application (D0+641, week 92, dossier.yaml). (1) dossier.yaml was "
                    f"copied from an earlier case: werknemer.bsn is {prev_bsn}, the valid BSN of {prev_name}, while every "
                    f"document carries Ilse's BSN {b} (asserted: the earlier BSN is in no document). (2) There is no actueel "
                    f"oordeel: the bedrijfsarts's 'Terugkoppeling spreekuur' ('{tk_path}', D0+603, week 87) is the last arbodienst "
                    "document; HR's mail (D0+617) asks for the AO, and the eindevaluatie (D0+627) says it never came and rests on "
                    "the terugkoppeling. Traps: the terugkoppeling is signed by the bedrijfsarts and gives belastbaarheid but is no "
                    "AO; the EV is on time (week 90, D0+627 ≤ D0+636), before the application, with aard van het bedrijf, "
                    "arbeidsrelatie and passende arbeid; the application in week 92 is on time; 16 hours structural adapted work "
                    "plus a 2nd track on time (trajectplan D0+372) with reports every 56 days and an eindrapportage; a selection of "
                    "five meeting reports; the oordeel werknemer is a phone photo; BSN with spaces; mobile on the bureau letterhead."),
        "must": [
            {"code": "bsn_mismatch", "why": "§8.5: the BSN in dossier.yaml differs from the one on every document"},
            {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§8.1: no actueel oordeel after the application"},
        ],
        "must_not": common_must_not([
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"},
            {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: present (photo)"},
            {"code": "missing", "type": "probleemanalyse", "why": "§8.1: present"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: present"},
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2: present"},
            {"code": "missing", "type": "eindrapportage_tweede_spoor", "why": "§8.2: present"},
            {"code": "late", "type": "eindevaluatie", "why": "§8.3: D0+627 ≤ D0+636"},
            {"code": "late", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+372"},
            {"code": "order", "why": "§8.3: there is no AO to be out of order; EV before the application"},
            {"code": "outdated", "type": "eindevaluatie", "why": "§8.4: EV 14 days before the application"},
            {"code": "report_gap", "why": "§8.3/§7: reports every 56 days, then the eindrapportage"},
            {"code": "medical_data", "why": "§8.7: no health data in the case"},
            {"code": "unsigned", "why": "§8.5: all signed by both"},
        ]),
    }


# ================================================================================================ case 5
def case5(used: set[str]) -> None:
    c = Case("ao_en_ev_verouderd_aanvraag_uitgesteld", dt.date(2024, 3, 4), 655)
    name, bsn = "Bram Hoekstra", new_bsn(used)
    emp = employer("c5emp", "Installatiebedrijf Hoekstra-Zijlstra B.V.", ["Leeuwarden", "Techniekweg 3, 8938 AN"], accent=(180, 110, 0))
    arbo = core("c5arbo", "Arbo Fryslân", ("Drachten", "verzuimnummer " + VERZUIMNR[4]), accent=(0, 100, 60))
    bureau = core("c5bur", "Re-Start Noord", ("Heerenveen",), accent=(20, 20, 120), letterhead="left")
    ad = core("c5ad", "Bureau Arbeidsdeskundigheid Noord", ("Sneek",), letterhead="right")
    cm, cm_f = "Sietske de Boer", "HR-medewerker"
    ba, big = "T. Wiersma", "BIG 89033312201"
    fields = [("Werknemer", name), ("BSN", bsn), ("Functie", "Servicemonteur cv en warmtepompen"), ("Eerste ziektedag", c.dash(0))]
    c.pdf("Arbo/Probleemanalyse.pdf", [
        Title("Probleemanalyse"), Fields([("Werknemer", name), ("BSN", bsn), ("Datum", c.dash(36)), ("Eerste ziektedag", c.dash(0))]),
        Para("Dreigend langdurig verzuim. Beperkt in tillen, bukken, klimmen en werken op hoogte. Mogelijkheden: planning en "
             "telefonische storingsdienst, 4 x 4 uur. Advies: plan van aanpak binnen twee weken. Geen medische gegevens opgenomen."),
        Signatures([sig("Bedrijfsarts", ba, f"bedrijfsarts, {big}", c.dash(36))]),
    ], arbo)
    c.pdf("Re-integratie/Plan van aanpak Bram.pdf", [
        Title("Plan van aanpak"), Fields(fields + [("Casemanager", cm), ("Datum", c.dash(45))]),
        Heading("Doel"), Para("Terugkeer in het eigen werk als servicemonteur."),
        Table(["Activiteit", "Wie", "Wanneer"], [["Storingsdienst telefoon 4 x 4 uur", "Bram", f"vanaf {c.dash(50)}"], ["Evaluatie", "Sietske en Bram", "elke 5 weken"]]),
        Heading("Visie werkgever"), Para("Eens."), Heading("Visie werknemer"), Para("Eens."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(45)), sig("Werknemer", name, "", c.dash(45))]),
    ], emp)
    for k in [80, 115, 450, 590, 625]:
        c.pdf(f"Re-integratie/Gesprek {c.dash(k)}.pdf", [
            Title("Verslag gesprek"), Fields([("Werknemer", name), ("BSN", bsn), ("Datum", c.dash(k))]),
            Para("Bram werkt " + ("op de storingsdienst." if k < 300 else "20 uur structureel in de planning en de storingsdienst; tweede spoor via Re-Start Noord.")
                 + (" De WIA-aanvraag schuift op: Bram is tot half juni op vakantie en wil eerst met zijn rechtsbijstandverzekeraar praten." if k == 625 else "")),
            Signatures([sig("HR", cm, cm_f, c.dash(k)), sig("Werknemer", name, "", c.dash(k))]),
        ], emp)
    c.pdf("UWV/Ziekmelding 42e week Bram.pdf", [
        Title("Ziekmelding UWV"), Fields([("Werknemer", name), ("BSN", bsn), ("Eerste ziektedag", c.dash(0)), ("Datum", c.dash(288))]),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(288))]),
    ], emp)
    c.pdf("AD/Rapport AD Hoekstra.pdf", [
        Title("Arbeidsdeskundig onderzoek"), Fields([("Werknemer", name), ("BSN", bsn), ("Datum", c.dash(331))]),
        Para("Eigen werk niet passend; 20 uur planning en storingsdienst structureel passend. Advies: tweede spoor voor de overige 18 uur."),
        Signatures([sig("Arbeidsdeskundige", "A. Postma", "register-arbeidsdeskundige", c.dash(331))]),
    ], ad)
    c.pdf("Re-integratie/Eerstejaarsevaluatie.pdf", [
        Title("Eerstejaarsevaluatie"), Fields(fields + [("Datum", c.dash(345))]),
        Para("Resultaat tweede jaar: 20 uur structureel in planning en storingsdienst, tweede spoor voor 18 uur."),
        Heading("Visie werkgever"), Para("Eens."), Heading("Visie werknemer"), Para("Eens."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(345)), sig("Werknemer", name, "", c.dash(345))]),
    ], emp)
    c.pdf("Re-integratie/Bijstelling plan van aanpak.pdf", [
        Title("Bijstelling plan van aanpak"), Fields(fields + [("Datum", c.dash(352))]),
        Para("Nieuw doel: 20 uur structureel aangepast werk en een tweede spoor voor 18 uur."),
        Heading("Visie werkgever"), Para("Eens."), Heading("Visie werknemer"), Para("Eens."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(352)), sig("Werknemer", name, "", c.dash(352))]),
    ], emp)
    c.pdf("2e spoor/Trajectplan Re-Start.pdf", [
        Title("Trajectplan tweede spoor"), Fields([("Kandidaat", name), ("BSN", bsn), ("Datum", c.dash(366))]),
        Para("Zoekprofiel: werkvoorbereider installatietechniek, 18 uur."), Signatures([sig("Coach", "F. Veenstra", "re-integratiecoach", c.dash(366))]),
    ], bureau)
    for n, k in enumerate([422, 478, 534], start=1):
        c.pdf(f"2e spoor/Voortgang {n}.pdf", [
            Title(f"Voortgangsrapportage {n}"), Fields([("Kandidaat", name), ("BSN", bsn), ("Datum", c.dash(k))]),
            Para(f"{n + 3} sollicitaties, {n} netwerkgesprekken."), Signatures([sig("Coach", "F. Veenstra", "re-integratiecoach", c.dash(k))]),
        ], bureau)
    c.pdf("2e spoor/Eindrapportage Re-Start.pdf", [
        Title("Eindrapportage"), Fields([("Kandidaat", name), ("BSN", bsn), ("Datum", c.dash(589))]),
        Para("Geen plaatsing; inzet voldoende."), Signatures([sig("Coach", "F. Veenstra", "re-integratiecoach", c.dash(589))]),
    ], bureau)
    ao_path = "WIA/Actueel oordeel bedrijfsarts.pdf"
    c.pdf(ao_path, [
        Title("Actueel oordeel", "bij de probleemanalyse"), Fields([("Werknemer", name), ("BSN", bsn), ("Datum", c.dash(553))]),
        Heading("Stand van zaken"), Para("Bram werkt 20 uur structureel in planning en storingsdienst. Belastbaarheid stabiel."),
        Heading("Arbeidsrelatie"), Para("Goed; geen conflict."),
        Heading("Passende arbeid bij de werkgever"), Para("20 uur passend werk; meer uren zijn er bij deze werkgever niet."),
        Para("Dit actueel oordeel is opgesteld met het oog op de WIA-aanvraag. Geen medische gegevens opgenomen."),
        Signatures([sig("Bedrijfsarts", ba, f"bedrijfsarts, {big}", c.dash(553))]),
    ], arbo)
    ev_path = "WIA/Eindevaluatie Bram Hoekstra.pdf"
    c.pdf(ev_path, [
        Title("Eindevaluatie"), Fields(fields + [("Datum", c.dash(560))]),
        Heading("Aard van het bedrijf"), Para("Installatiebedrijf, 45 medewerkers, cv, warmtepompen en service."),
        Heading("Terugblik"), Para(f"Opbouw tot 20 uur structureel; tweede spoor zonder plaatsing. Actueel oordeel van {c.dash(553)}."),
        Heading("Arbeidsrelatie"), Para("Goed."), Heading("Passende arbeid"), Para("20 uur passend werk bij ons; meer is er niet."),
        Heading("Visie werknemer"), Para("Eens."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(560)), sig("Werknemer", name, "", c.dash(560))]),
    ], emp)
    c.scan("UWV/brief.pdf", [
        Title("Aanvraag WIA-uitkering"), Fields([("Datum", c.long(612)), ("Werknemer", name), ("BSN", bsn)]),
        Para("Uw werknemer kan nu een WIA-uitkering aanvragen. Hij moet dit doen binnen 6 weken."),
        Signatures([sig("UWV", "Afdeling Werkgevers", "", "")]),
    ], UWV)
    c.eml("WIA/RE_ WIA aanvraag Bram.eml", 620, f"{cm} <s.deboer@hz-installatie.example>", "Bram Hoekstra <bram.hoekstra@mail.example>",
          "RE: WIA aanvraag", "Hoi Bram,\n\nPrima dat je de aanvraag na je vakantie doet, maar wel uiterlijk in week 93. "
          "De stukken (actueel oordeel, eindevaluatie) liggen klaar.\n\nGroet, Sietske")
    c.docx("WIA/Mijn oordeel over het re-integratieverslag.docx", [
        Title("Oordeel werknemer"), Fields([("Naam", name), ("BSN", bsn), ("Datum", c.dash(645))]),
        Para("Ik ben het eens met het verslag."), Signatures([sig("Werknemer", name, "", c.dash(645))]),
    ], emp)
    assert len(c.files) in range(10, 26), len(c.files)
    app = 648
    assert app - 553 > 90 and app - 560 > 84 and 553 >= 7 * 79
    c.yaml({"werknemer": {"naam": name, "bsn": bsn, "functie": "Servicemonteur"},
            "werkgever": {"naam": emp.org, "aard_van_het_bedrijf": "Installatiebedrijf, 45 medewerkers"},
            "bedrijfsarts": {"naam": ba, "organisatie": arbo.org}, "casemanager": {"naam": cm},
            "eerste_ziektedag": c.d0, "aanvraag_wia": c.day(app)})
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(), "first_sick_day": c.d0.isoformat(), "aanvraag_wia": c.day(app).isoformat(),
        "planted": (f"checked in week 94 (D0+655), after the application (D0+648, week 93, dossier.yaml; on time). The actueel "
                    f"oordeel ('{ao_path}', D0+553, week 80) is 95 days and the eindevaluatie ('{ev_path}', D0+560, week 81) "
                    "88 days before the application: HR had them made early, the employee postponed the application (holiday, "
                    "legal advice; meeting of D0+625 and HR's mail of D0+620) and nobody refreshed them. Traps: AO before EV (no "
                    "order problem); both are complete (aard, arbeidsrelatie, passende arbeid) and long before week 91 (not late); "
                    "the AO is in week 80, not before it; the application on D0+648 is inside D0+650; UWV's week-88 letter (a scan "
                    "named 'brief.pdf') and meetings come after the EV; 20 hours structural adapted work plus a 2nd track on time "
                    "(trajectplan D0+366) with reports every 56 days and an eindrapportage; a selection of five meeting reports."),
        "must": [
            {"code": "outdated", "type": "actueel_oordeel", "why": "§8.4 (§2.5): AO 95 days (over three months) before the application"},
            {"code": "outdated", "type": "eindevaluatie", "why": "§8.4: EV 88 days before the application, not near it"},
        ],
        "must_not": common_must_not([
            {"code": "order", "why": "§8.3: AO (D0+553) before EV (D0+560) before the application"},
            {"code": "late", "type": "eindevaluatie", "why": "§8.3: D0+560 ≤ D0+636"},
            {"code": "late", "type": "actueel_oordeel", "why": "§8.3: not late, only old"},
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present"},
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"},
            {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: present (Word)"},
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2: present"},
            {"code": "late", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+366"},
            {"code": "report_gap", "why": "§8.3/§7: every 56 days, then the eindrapportage"},
            {"code": "medical_data", "why": "§8.7: no health data"},
            {"code": "bsn_mismatch", "why": "§8.5: one BSN"},
            {"code": "unsigned", "why": "§8.5: all signed"},
        ]),
    }


# ================================================================================================ case 6 (clean)
def case6(used: set[str]) -> None:
    c = Case("schoon_week89_ao_binnen_ev_gepland", dt.date(2024, 10, 7), 620)
    name, bsn = "Fatima el Idrissi", new_bsn(used)
    b = fmt_bsn(bsn, "dots")
    emp = employer("c6emp", "Stichting Kinderopvang De Vlinderboom", ["Utrecht", "Oudegracht 201, 3511 NG Utrecht"], font="sans", accent=(150, 40, 120))
    arbo = core("c6arbo", "Perspectief Arbodienst Utrecht", ("Utrecht", "verzuimnummer " + VERZUIMNR[5]), accent=(10, 100, 140))
    bureau = core("c6bur", "Tweede Kans Loopbaancoaching", ("Amersfoort",), accent=(120, 60, 0), letterhead="left")
    ad = core("c6ad", "AD Utrecht", ("Nieuwegein",), letterhead="right")
    cm, cm_f = "Joyce Hendriks", "locatiemanager"
    ba, big = "R. Smit", "BIG 29066677101"
    fields = [("Naam", name), ("BSN", b), ("Functie", "Pedagogisch medewerker (40 uur)"), ("Eerste ziektedag", c.dash(0))]
    c.pdf("1 Arbo/Probleemanalyse El Idrissi.pdf", [
        Title("Probleemanalyse"), Fields([("Werknemer", name), ("BSN", b), ("Eerste ziektedag", c.dash(0)), ("Datum", c.dash(37))]),
        Para("Eerder verzuim: van 5 augustus 2024 tot en met 16 augustus 2024; hersteld gemeld per 19 augustus 2024. Dat is "
             "meer dan vier weken voor de huidige eerste ziektedag en telt niet mee."),
        Para("Dreigend langdurig verzuim. Beperkt in tillen van kinderen en langdurig staan. Mogelijkheden: 3 x 4 uur "
             "administratieve en voorbereidende taken. Advies: plan van aanpak binnen twee weken. Geen medische gegevens opgenomen."),
        Signatures([sig("Bedrijfsarts", ba, f"bedrijfsarts, {big}", c.dash(37))]),
    ], arbo)
    c.pdf("2 PvA/Plan van aanpak Fatima (getekend).pdf", [
        Title("Plan van aanpak"), Fields(fields + [("Casemanager", cm), ("Datum", c.dash(51))]),
        Heading("Doel"), Para("Terugkeer in de eigen functie op de groep."),
        Table(["Activiteit", "Wie", "Wanneer"], [["Voorbereidend werk 3 x 4 uur", "Fatima", f"vanaf {c.dash(52)}"], ["Evaluatie", "Joyce en Fatima", "elke 5 weken"]]),
        Heading("Visie werkgever"), Para("Eens."), Heading("Visie werknemer"), Para("Eens."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(51)), sig("Werknemer", name, "", c.dash(51))]),
    ], emp)
    c.pdf("1 Arbo/Bijstelling probleemanalyse.pdf", [
        Title("Bijstelling probleemanalyse"), Fields([("Werknemer", name), ("BSN", b), ("Datum", c.dash(200))]),
        Para("Belastbaarheid gewijzigd: 24 uur per week op de groep mogelijk, zonder tillen boven 10 kg. Eigen werk voor 40 uur "
             "is niet te verwachten. Advies: plan van aanpak bijstellen. Geen medische gegevens opgenomen."),
        Signatures([sig("Bedrijfsarts", ba, f"bedrijfsarts, {big}", c.dash(200))]),
    ], arbo)
    c.pdf("2 PvA/Bijstelling PvA mei 2025.pdf", [
        Title("Bijstelling plan van aanpak"), Fields(fields + [("Datum", c.dash(211))]),
        Para(f"Deze bijstelling vervangt het plan van aanpak van {c.dash(51)}. Doel: 24 uur structureel in aangepast eigen werk op de "
             "peutergroep; voor de overige uren wordt na de eerstejaarsevaluatie een tweede spoor ingezet als dat nodig blijkt."),
        Heading("Visie werkgever"), Para("Eens."), Heading("Visie werknemer"), Para("Eens."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(211)), sig("Werknemer", name, "", c.dash(211))]),
    ], emp)
    for k in [87, 121, 520, 576, 606]:
        blocks = [Title("Gespreksverslag"), Fields([("Medewerker", name), ("BSN", b), ("Datum", c.dash(k))]),
                  Para("Fatima werkt " + ("3 x 4 uur voorbereidend werk." if k < 200 else "24 uur op de peutergroep; het tweede spoor loopt.")
                       + (f" Het actueel oordeel is gepland op {c.dash(613)}, de eindevaluatie op {fmt_date(c.d0 + dt.timedelta(days=631), 'dash')}." if k == 606 else "")),
                  Signatures([sig("Locatiemanager", cm, cm_f, c.dash(k)), sig("Medewerker", name, "", c.dash(k))])]
        rel = f"3 Gesprekken/Gesprek {fmt_date(c.day(k), 'iso')}"
        if k == 520:
            c.docx(rel + ".docx", blocks, emp)
        else:
            c.pdf(rel + ".pdf", blocks, emp)
    c.pdf("4 UWV/42e weeks melding.pdf", [
        Title("Ziekmelding 42e week"), Fields([("Werknemer", name), ("BSN", b), ("Eerste ziektedag", c.dash(0)), ("Datum", c.dash(290))]),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(290))]),
    ], emp)
    c.pdf("5 AD/AD-rapport El Idrissi.pdf", [
        Title("Arbeidsdeskundig onderzoek"), Fields([("Werknemer", name), ("BSN", b), ("Datum", c.dash(331))]),
        Para("24 uur aangepast eigen werk is structureel passend; voor de overige 16 uur is er geen passend werk bij de werkgever. Advies: tweede spoor."),
        Signatures([sig("Arbeidsdeskundige", "M. de Graaf", "register-arbeidsdeskundige", c.dash(331))]),
    ], ad)
    eje = "6 Evaluaties/Eerstejaarsevaluatie Fatima.pdf"
    c.pdf(eje, [
        Title("Eerstejaarsevaluatie"), Fields(fields + [("Datum", c.dash(361))]),
        Para("Resultaat tweede jaar: 24 uur structureel in aangepast eigen werk; tweede spoor voor 16 uur, start binnen zes weken."),
        Heading("Visie werkgever"), Para("Eens."), Heading("Visie werknemer"), Para("Eens."),
        Signatures([sig("Werkgever", cm, cm_f, c.dash(361)), sig("Werknemer", name, "", c.dash(361))]),
    ], emp)
    c.pdf("7 Tweede spoor/Trajectplan.pdf", [
        Title("Trajectplan tweede spoor"), Fields([("Kandidaat", name), ("BSN", b), ("Datum", c.dash(399))]),
        Para("Zoekprofiel: administratief werk in onderwijs of opvang, 16 uur."),
        Signatures([sig("Coach", "N. Bos", "loopbaancoach", c.dash(399)), sig("Kandidaat", name, "", c.dash(399))]),
    ], bureau)
    for n, k in enumerate([455, 511, 568], start=1):
        c.pdf(f"7 Tweede spoor/Voortgangsrapportage {n}.pdf", [
            Title(f"Voortgangsrapportage {n}"), Fields([("Kandidaat", name), ("BSN", b), ("Datum", c.dash(k))]),
            Para(f"{n + 2} sollicitaties, {n} netwerkgesprekken."), Signatures([sig("Coach", "N. Bos", "loopbaancoach", c.dash(k))]),
        ], bureau)
    c.scan("4 UWV/Scan UWV brief week 88.pdf", [
        Title("U kunt een WIA-uitkering aanvragen"), Fields([("Datum", c.long(610)), ("Werknemer", name), ("BSN", b)]),
        Para("Uw werknemer kan nu een WIA-uitkering aanvragen, binnen 6 weken."),
        Signatures([sig("UWV", "Afdeling Werkgevers", "", "")]),
    ], UWV)
    c.pdf("8 WIA/Actueel oordeel.pdf", [
        Title("Actueel oordeel"), Fields([("Werknemer", name), ("BSN", b), ("Datum", c.dash(613))]),
        Heading("Stand van zaken"), Para("24 uur structureel in aangepast eigen werk; tweede spoor voor 16 uur."),
        Heading("Arbeidsrelatie"), Para("Goed."), Heading("Passende arbeid bij de werkgever"), Para("24 uur; meer is er niet."),
        Para("Opgesteld voor de WIA-aanvraag. Geen medische gegevens opgenomen."),
        Signatures([sig("Bedrijfsarts", ba, f"bedrijfsarts, {big}", c.dash(613))]),
    ], arbo)
    c.eml("8 WIA/Uitnodiging eindevaluatie.eml", 617, f"{cm} <j.hendriks@vlinderboom.example>", "Fatima el Idrissi <f.elidrissi@mail.example>",
          "Uitnodiging eindevaluatie",
          f"Hoi Fatima,\n\nHierbij de uitnodiging voor de eindevaluatie op {fmt_date(c.d0 + dt.timedelta(days=631), 'long')} om 10:00. "
          "Daarna kun je de WIA-aanvraag doen; je krijgt van mij kopieën van alle stukken.\n\nGroet, Joyce")
    assert len(c.files) in range(10, 26), len(c.files)
    c.yaml({"werknemer": {"naam": name, "bsn": bsn, "functie": "Pedagogisch medewerker"},
            "werkgever": {"naam": emp.org, "aard_van_het_bedrijf": "Kinderopvang, 12 locaties"},
            "bedrijfsarts": {"naam": ba, "organisatie": arbo.org}, "casemanager": {"naam": cm},
            "eerste_ziektedag": c.d0, "aanvraag_wia": c.d0 + dt.timedelta(days=641)})
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(), "first_sick_day": c.d0.isoformat(), "aanvraag_wia": (c.d0 + dt.timedelta(days=641)).isoformat(),
        "planted": ("nothing (yet). Checked in week 89 (D0+620): UWV's week-88 letter (D0+610, a scan) and the actueel oordeel "
                    "(D0+613) are in; the eindevaluatie is planned for D0+631 and due by D0+636 (16 days after as_of); the "
                    "application is planned for D0+641 (dossier.yaml); the oordeel werknemer comes with it. Traps: an earlier spell "
                    "(5-16 August 2024, back 19 August, 49 days before D0: not added) named in the PA; PvA exactly PA+14; EJE on "
                    "D0+361 (Friday of week 52, last working day of the window); part-time: 24 of 40 hours in adapted own work; "
                    "bijstelling PA then bijstelling PvA 11 days later that replaces the PvA; 2nd track with trajectplan D0+399 "
                    "(≤ D0+406) and reports 56-57 days apart; a childcare employer; a selection of five meeting reports; BSN with dots."),
        "no_errors": True,
        "must": [],
        "must_not": common_must_not([
            {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.1/§8.3: EV due by D0+636, after as_of"},
            {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: before the application a warning at most"},
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present"},
            {"code": "outdated", "type": "actueel_oordeel", "why": "§8.4: 28 days before the planned application"},
            {"code": "order", "why": "§8.3: no EV yet; AO after the week-88 letter"},
            {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: exactly PA+14"},
            {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: D0+361, inside weeks 46-52"},
            {"code": "late", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+399 ≤ D0+406"},
            {"code": "late", "type": "probleemanalyse", "why": "§8.3: D0+37"},
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+290"},
            {"code": "late", "type": "eindevaluatie", "why": "§8.3: not due yet"},
            {"code": "report_gap", "why": "§8.3/§7: reports 56-57 days apart; 52 days since the last"},
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2: present"},
            {"code": "medical_data", "why": "§8.7: no health data"},
            {"code": "bsn_mismatch", "why": "§8.5: one BSN"},
            {"code": "unsigned", "why": "§8.5: all signed"},
        ]),
    }


# ================================================================================================ main


def main() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    CASES.mkdir(parents=True)
    used: set[str] = set()
    for f in (case1, case2, case3, case4, case5, case6):
        f(used)
    for name, exp in EXPECTED.items():
        for e in exp["must"] + exp["must_not"]:
            assert "§8" in e["why"], (name, e)
            if "path" in e:
                assert (CASES / name / e["path"]).exists(), (name, e["path"])
        n = sum(1 for p in (CASES / name).rglob("*") if p.is_file() and p.name != "dossier.yaml")
        assert 10 <= n <= 25, (name, n)
        y = yaml.safe_load((CASES / name / "dossier.yaml").read_text(encoding="utf-8"))
        assert str(y["eerste_ziektedag"]) == exp["first_sick_day"], name
        assert str(y.get("aanvraag_wia")) == str(exp.get("aanvraag_wia")), name
        assert bsn_valid(str(y["werknemer"]["bsn"]))
    header = (
        "# Expected findings of findings holdout 14. GENERATED by make_holdout14.py: edit the cases there.\n"
        "# Written from DOMAIN.md (§8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without reading the\n"
        "# rule code and without running the tool. Untouched holdout: do not tune the rules on it (if you do, say so in\n"
        "# README.md).\n#\n"
        "# Per case: as_of (the --as-of date), planted (what is wrong and the traps), must / must_not (lists of\n"
        "# {code?, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.\n"
        "# no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia repeat dossier.yaml.\n\n"
    )
    (HERE / "expected.yaml").write_text(
        header + yaml.safe_dump(EXPECTED, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
