"""Generate findings holdout 20: six synthetic case folders plus expected.yaml.

Theme: the actueel oordeel and the plan (AO age, AO before a later change in capacity, a PvA missing one party's
signature, a bijstelling never made after a changed advice, a premature eindevaluatie, an employee who disagrees).

Deterministic: seeded randomness, docgen's per-file seeds, no clock reads. Deletes and rewrites cases/ and
expected.yaml.  Run:  .venv/bin/python tests/findings_holdout20/make_holdout20.py
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples"))
import docgen as g  # noqa: E402
from docgen import Bullets, Fields, Heading, Para, Sig, Signatures, Style, Table, Title  # noqa: E402

CASES = HERE / "cases"
RNG = random.Random(20020)
COUNTS: dict[str, int] = {}


# ------------------------------------------------------------------ helpers
def lookalike(rng: random.Random, n: int) -> str:
    """n digits in which no 8- or 9-digit window passes the elfproef."""
    while True:
        s = "".join(str(rng.randrange(10)) for _ in range(n))
        if not any(g.bsn_valid(s[i : i + w]) for w in (8, 9) for i in range(0, n - w + 1)):
            return s


def phone(rng: random.Random) -> str:
    return "06-" + lookalike(rng, 8)


def iban(rng: random.Random, bank: str = "RABO") -> str:
    return f"NL{rng.randrange(10, 99)} {bank} {lookalike(rng, 10)[:4]} {lookalike(rng, 10)[:4]} {lookalike(rng, 2)}"


def lhn(rng: random.Random) -> str:
    return lookalike(rng, 9) + "L01"


class Case:
    def __init__(self, name: str, d0: dt.date, emp: dict, seed: int):
        self.name, self.d0, self.emp = name, d0, emp
        self.dir = CASES / name
        self.rng = random.Random(seed)
        self.files: list[str] = []

    def day(self, off: int) -> dt.date:
        d = self.d0 + dt.timedelta(days=off)
        assert d.weekday() < 5, (self.name, off, d)
        return d

    def f(self, off: int, kind: str = "long") -> str:
        return g.fmt_date(self.day(off), kind)

    def p(self, rel: str) -> Path:
        self.files.append(rel)
        return self.dir / rel

    def pdf(self, rel, blocks, style):
        g.write_pdf(self.p(rel), blocks, style)

    def docx(self, rel, blocks, style):
        g.write_docx(self.p(rel), blocks, style)

    def scan(self, rel, blocks, style, **kw):
        kw.setdefault("dpi", 100)
        kw.setdefault("jpeg_quality", 40)
        g.write_scan_pdf(self.p(rel), blocks, style, **kw)

    def photo(self, rel, blocks, style, off, **kw):
        d = self.day(off)
        g.write_photo_jpg(self.p(rel), blocks, style, taken=dt.datetime(d.year, d.month, d.day, 16, 41), quality=40, **kw)

    def eml(self, rel, frm, to, subject, off, body, attachments=None, hour=10):
        headers = {
            "From": frm,
            "To": to,
            "Subject": subject,
            "Date": g.mail_date(self.day(off), hour, 7 + off % 50),
            "Message-ID": f"<{self.name[:12]}.{off}.{len(self.files)}@mail.example>",
            "MIME-Version": "1.0",
        }
        g.write_eml(self.p(rel), headers, body, attachments)

    def emp_fields(self, bsn_kind="plain", extra=()):
        e = self.emp
        return Fields(
            [
                ("Naam werknemer", e["naam"]),
                ("Geboortedatum", e["geb"]),
                ("BSN", g.fmt_bsn(e["bsn"], bsn_kind)),
                ("Functie", e["functie"]),
                ("Eerste ziektedag", g.fmt_date(self.d0, "dash")),
                *extra,
            ]
        )


def style(key, org, lines, **kw):
    return Style(key=key, org=org, org_lines=tuple(lines), **kw)


# ------------------------------------------------------------------ document builders
def pa_blocks(c: Case, off: int, ba: dict, hours_text: str, extra: list | None = None, title="Probleemanalyse"):
    return [
        Title(title, sub="Wet verbetering poortwachter, art. 2 Regeling procesgang"),
        c.emp_fields("dots", [("Werkgever", c.emp["wg"]), ("Datum spreekuur", c.f(off))]),
        Heading("Ziekte en beperkingen"),
        Para("Werknemer is arbeidsongeschikt voor het eigen werk. Medische gegevens zijn niet opgenomen; de "
             "beperkingen staan beschreven in termen van functioneren."),
        Heading("Belastbaarheid"),
        Para(hours_text),
        Heading("Advies"),
        Para("Opbouw in aangepast werk volgens het plan van aanpak. Werkgever en werknemer stellen binnen twee weken "
             "samen het plan van aanpak op. Evaluatie bij het volgende spreekuur."),
        *(extra or []),
        Signatures([Sig("Bedrijfsarts", ba["naam"], f"bedrijfsarts, BIG {ba['big']}", c.f(off))]),
    ]


def pva_blocks(c: Case, off: int, pa_off: int, goal: str, wg_signed=True, wn_signed=True, extra=None,
               title="Plan van aanpak", visie_wn="Werknemer kan zich vinden in de afspraken."):
    e = c.emp
    return [
        Title(title, sub="re-integratie werknemer"),
        c.emp_fields("spaces", [("Werkgever", e["wg"]), ("Casemanager", e["cm"]), ("Datum", c.f(off))]),
        Heading("Aanleiding"),
        Para(f"Probleemanalyse van de bedrijfsarts van {c.f(pa_off)}."),
        Heading("Doel"),
        Para(goal),
        Heading("Afspraken en activiteiten"),
        Table(["Activiteit", "Wie", "Termijn"],
              [["Opbouw uren in aangepast werk", "werknemer / leidinggevende", "elke 4 weken + 4 uur"],
               ["Voortgangsgesprek", "casemanager", "elke 5 weken"],
               ["Spreekuur bedrijfsarts", "bedrijfsarts", "elke 6 weken"]]),
        Heading("Evaluatiemomenten"),
        Para("Het plan wordt elke 6 weken geëvalueerd en zo nodig bijgesteld (eerste evaluatie over 5 weken)."),
        Heading("Visie werkgever"),
        Para("Werkgever ziet mogelijkheden voor een geleidelijke terugkeer."),
        Heading("Visie werknemer"),
        Para(visie_wn),
        *(extra or []),
        Signatures([
            Sig("Werkgever", e["cm"], "casemanager", c.f(off) if wg_signed else "", signed=wg_signed),
            Sig("Werknemer", e["naam"], e["functie"], c.f(off) if wn_signed else "", signed=wn_signed),
        ]),
    ]


def meeting_blocks(c: Case, off: int, text: str, title="Verslag voortgangsgesprek"):
    e = c.emp
    return [
        Title(title),
        Fields([("Werknemer", e["naam"]), ("Datum gesprek", c.f(off)), ("Aanwezig", f"{e['naam']}, {e['cm']} (casemanager)")]),
        Para(text),
        Para("Volgend gesprek over ongeveer vijf weken."),
        Signatures([Sig("Casemanager", e["cm"], "casemanager", c.f(off))]),
    ]


def uwv_conf_blocks(c: Case, off: int, melding_off: int, st: Style):
    e = c.emp
    return [
        Title("Bevestiging ziekmelding", sub="aangifte langdurige ziekte (42e week)"),
        Fields([("Datum", c.f(off)), ("Werkgever", e["wg"]), ("Loonheffingennummer", e["lhn"]),
                ("Werknemer", e["naam"]), ("BSN", g.fmt_bsn(e["bsn"])), ("Eerste ziektedag", g.fmt_date(c.d0, "dash")),
                ("Datum ziekmelding", c.f(melding_off, "dash"))]),
        Para("Wij hebben uw ziekmelding ontvangen. In de 46e week ziekte ontvangt u informatie over de "
             "eerstejaarsevaluatie."),
        Para("Met vriendelijke groet, UWV Werkgeversservicepunt"),
    ]


def uwv88_blocks(c: Case, off: int):
    e = c.emp
    return [
        Title("Aanvraag WIA-uitkering", sub="u bent bijna 2 jaar ziek"),
        Fields([("Datum", c.f(off)), ("Aan", e["naam"]), ("BSN", g.fmt_bsn(e["bsn"], "dots"))]),
        Para("U bent bijna 2 jaar ziek. Vraag binnen 6 weken een WIA-uitkering aan. Uw werkgever stelt het "
             "re-integratieverslag op, met het actueel oordeel van de bedrijfsarts en de eindevaluatie."),
        Para("Met vriendelijke groet, UWV"),
    ]


def ad_blocks(c: Case, off: int, ad: dict, advice: str):
    e = c.emp
    return [
        Title("Rapportage arbeidsdeskundig onderzoek"),
        c.emp_fields("plain", [("Werkgever", e["wg"]), ("Datum rapport", c.f(off))]),
        Heading("Vraagstelling"),
        Para("Zijn er mogelijkheden in het eigen werk, in ander werk bij de eigen werkgever of bij een andere werkgever?"),
        Heading("Belastbaarheid"),
        Para("Volgens de bedrijfsarts (inzetbaarheidsprofiel); medische gegevens zijn niet opgenomen."),
        Heading("Conclusie en advies"),
        Para(advice),
        Signatures([Sig("Arbeidsdeskundige", ad["naam"], "register-arbeidsdeskundige", c.f(off))]),
    ]


def eje_blocks(c: Case, off: int, text: str, visie_wn: str, title="Eerstejaarsevaluatie"):
    e = c.emp
    return [
        Title(title),
        c.emp_fields("dots", [("Werkgever", e["wg"]), ("Datum", c.f(off))]),
        Heading("Terugblik eerste ziektejaar"),
        Para(text),
        Heading("Visie werkgever"),
        Para("Werkgever wil de re-integratie voortzetten zoals hieronder afgesproken."),
        Heading("Visie werknemer"),
        Para(visie_wn),
        Signatures([Sig("Werkgever", e["cm"], "casemanager", c.f(off)), Sig("Werknemer", e["naam"], e["functie"], c.f(off))]),
    ]


def bijst_pva_blocks(c: Case, off: int, pva_off: int, goal: str, visie_wn: str):
    e = c.emp
    return [
        Title("Bijstelling plan van aanpak"),
        c.emp_fields("plain", [("Werkgever", e["wg"]), ("Casemanager", e["cm"]), ("Datum", c.f(off))]),
        Para(f"Deze bijstelling vervangt het plan van aanpak van {c.f(pva_off)}."),
        Heading("Nieuw doel"),
        Para(goal),
        Heading("Activiteiten en termijnen"),
        Bullets(["Spoor 1: vaste uren in passend werk, evaluatie elke 6 weken",
                 "Spoor 2: traject via re-integratiebureau, start binnen 4 weken, rapportage elke 8 weken"]),
        Heading("Visie werkgever"),
        Para("Terugkeer in het eigen werk is niet meer te verwachten; werkgever zet twee sporen in."),
        Heading("Visie werknemer"),
        Para(visie_wn),
        Signatures([Sig("Werkgever", e["cm"], "casemanager", c.f(off)), Sig("Werknemer", e["naam"], e["functie"], c.f(off))]),
    ]


def traject_blocks(c: Case, off: int, bureau: dict):
    e = c.emp
    return [
        Title("Trajectplan tweede spoor"),
        Fields([("Kandidaat", e["naam"]), ("Opdrachtgever", e["wg"]), ("Loopbaancoach", bureau["coach"]),
                ("Startdatum", c.f(off)), ("Duur", "6 maanden")]),
        Heading("Doel"),
        Para("Passend werk bij een andere werkgever, binnen de belastbaarheid uit het inzetbaarheidsprofiel."),
        Heading("Activiteiten"),
        Bullets(["Intake en loopbaananalyse", "Sollicitatietraining", "Vacatures en werkervaringsplaatsen"]),
        Heading("Rapportage"),
        Para("Elke 8 weken een voortgangsrapportage aan werkgever en werknemer."),
        Signatures([Sig("Re-integratiebureau", bureau["coach"], "loopbaancoach", c.f(off))]),
    ]


def bureau_mail_body(c: Case, off: int, n: int, bureau: dict) -> str:
    return (f"Beste {c.emp['cm']},\n\nHierbij voortgangsrapportage {n} tweede spoor van {c.emp['naam']} "
            f"({c.f(off)}).\n\nStand van zaken: {c.emp['naam'].split()[0]} heeft deze periode vier keer gesolliciteerd en "
            "één oriënterend gesprek gevoerd bij een werkgever in de regio. Inzet en motivatie zijn goed.\n"
            "Vervolg: werkervaringsplaats onderzoeken. Volgende rapportage over 8 weken.\n\n"
            f"Met vriendelijke groet,\n{bureau['coach']}\nloopbaancoach, {bureau['org']}\n"
            f"T {bureau['tel']}\n")


def ao_blocks(c: Case, off: int, ba: dict, belast: str, title="Actueel oordeel"):
    e = c.emp
    return [
        Title(title, sub="ten behoeve van het re-integratieverslag (WIA-aanvraag)"),
        c.emp_fields("dots", [("Werkgever", e["wg"]), ("Datum", c.f(off))]),
        Heading("Stand van zaken"),
        Para("Werknemer is bekend met langdurig verzuim. Medische gegevens zijn niet opgenomen."),
        Heading("Belastbaarheid"),
        Para(belast),
        Heading("Arbeidsrelatie"),
        Para("Er is geen sprake van een arbeidsconflict; de arbeidsrelatie is goed."),
        Heading("Passende arbeid"),
        Para("Passende arbeid is het aangepaste werk zoals nu verricht, binnen de beschreven belastbaarheid."),
        Signatures([Sig("Bedrijfsarts", ba["naam"], f"bedrijfsarts, BIG {ba['big']}", c.f(off))]),
    ]


def ev_blocks(c: Case, off: int, ao_off: int, wn_note: str = "", visie_wn: str = "Werknemer is het eens met deze evaluatie."):
    e = c.emp
    blocks = [
        Title("Eindevaluatie", sub="re-integratieverslag"),
        c.emp_fields("plain", [("Werkgever", e["wg"]), ("Datum", c.f(off))]),
        Heading("Aard van het bedrijf"),
        Para(e["aard"]),
        Heading("Verloop van de re-integratie"),
        Para(f"Zie het actueel oordeel van de bedrijfsarts van {c.f(ao_off)}. Werknemer werkt structureel een deel "
             "van de uren in aangepast werk; het tweede spoor heeft nog geen plaatsing opgeleverd."),
        Heading("Arbeidsrelatie"),
        Para("Het dienstverband loopt door; de arbeidsrelatie is goed."),
        Heading("Passende arbeid"),
        Para("Passende arbeid bij de werkgever is het aangepaste werk; meer uren zijn er binnen het bedrijf niet."),
        Heading("Visie werkgever"),
        Para("Werkgever heeft voldoende re-integratie-inspanningen verricht."),
        Heading("Visie werknemer"),
        Para(visie_wn),
    ]
    if wn_note:
        blocks.append(Para(wn_note))
    blocks.append(Signatures([Sig("Werkgever", e["cm"], "casemanager", c.f(off)), Sig("Werknemer", e["naam"], e["functie"], c.f(off))]))
    return blocks


# ------------------------------------------------------------------ people and organisations
def person(seed: int, **kw) -> dict:
    rng = random.Random(seed)
    bsn = g.make_bsn(rng)
    assert g.bsn_valid(bsn)
    d = dict(kw, bsn=bsn, lhn=lhn(rng), tel=phone(rng), iban=iban(rng))
    return d


ARBO = {
    "zorgsaam": style("arbo-zorgsaam", "ZorgSaam Arbo B.V.", ["Stationsweg 14, 3811 MK Amersfoort", "www.zorgsaam-arbo.example"],
                      letterhead="right", accent=(0, 110, 90)),
    "linde": style("arbo-linde", "Bedrijfsartsenpraktijk De Linde", ["Lindenlaan 3, 7411 BR Deventer"], font="serif",
                   letterhead="centered", accent=(90, 40, 20)),
    "vitaal": style("arbo-vitaal", "VitaalWerk Arbodienst", ["Postbus 4120, 5004 JC Tilburg"], letterhead="band",
                    accent=(150, 20, 60), title_upper=True),
    "noordkant": style("arbo-noordkant", "Arbodienst Noordkant", ["Hereweg 88, 9725 AH Groningen"], font="condensed",
                       fields_as_table=True),
}
UWV = style("uwv", "UWV", ["Postbus 58285, 1040 HG Amsterdam"], letterhead="left", accent=(0, 60, 120))
ADSTYLE = style("ad-houten", "Arbeidsdeskundig Adviesbureau Van Houten", ["Korte Nieuwstraat 9, 3512 NM Utrecht"],
                font="serif", letterhead="left", accent=(40, 40, 40))
BUREAU = style("bureau-werkpad", "Werkpad Re-integratie", ["Maliebaan 40, 3581 CR Utrecht"], letterhead="band",
               accent=(230, 120, 0))


def employer_style(key: str, org: str, city: str, **kw) -> Style:
    return style(key, org, [city], **kw)


EXPECTED: dict = {}


def common_must_not(extra=()):
    return [
        {"code": "bsn_invalid", "why": "§8.5: one valid BSN in every document; phone, IBAN and loonheffingennummer are no BSN"},
        {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere and in dossier.yaml"},
        {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+35 ≤ D0+42"},
        {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA D0+45 = PA+10 ≤ PA+14"},
        {"code": "missing", "type": "probleemanalyse", "why": "§8.1: present"},
        {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present (a copier scan)"},
        {"code": "no_first_sick_day", "why": "§8.3: dossier.yaml and the documents give it"},
        {"code": "future", "why": "§8.3: nothing is dated after as_of"},
        *extra,
    ]


# ------------------------------------------------------------------ common skeleton
def skeleton(c: Case, arbo: Style, wg: Style, ba: dict, ad: dict, bureau: dict, *, upto: int,
             pva_sigs=(True, True), skip=(), pva_visie="Werknemer kan zich vinden in de afspraken.",
             bijst_visie="Werknemer wil graag meer uren maar stemt in met beide sporen.", ad_advice=None,
             eje_text=None, hours=(20, 32)) -> None:
    """PA D0+35, PvA D0+45 (scan), meetings, 42e-weeksmelding, AD week 49, EJE week 50, bijstelling PvA D0+354,
    trajectplan D0+372, bureau reports every 56 days, UWV week-88 letter D0+610 — each only when <= upto."""
    e = c.emp
    first = e["naam"].split()[0]
    h, tot = hours
    mail_wg = f"{e['cm']} <{e['cm_mail']}>"
    if 1 <= upto and "ziekmelding" not in skip:
        c.eml(f"01 Verzuim/Ziekmelding {first}.eml", f"{e['naam']} <{e['mail']}>", mail_wg,
              f"Ziekmelding {e['naam']}", 1,
              f"Hoi {e['cm'].split()[0]},\n\nZoals telefonisch besproken: ik ben sinds gisteren ({g.fmt_date(c.d0)}) ziek "
              f"en kan voorlopig niet werken. Ik ben bereikbaar op {e['tel']}.\n\nGroet,\n{e['naam']}\n", hour=8)
    if 35 <= upto:
        c.pdf(f"02 Arbodienst/Probleemanalyse {e['naam']}.pdf",
              pa_blocks(c, 35, ba, f"Belastbaar voor aangepast werk, 2 x 2 uur per week, opbouw in overleg."), arbo)
    if 45 <= upto:
        c.scan(f"03 Plan van aanpak/PvA {first} {c.day(45).year}.pdf",
               pva_blocks(c, 45, 35, "Terugkeer in het eigen werk; op korte termijn aangepast werk.",
                          wg_signed=pva_sigs[0], wn_signed=pva_sigs[1], visie_wn=pva_visie), wg)
    if 80 <= upto and "m80" not in skip:
        c.docx(f"04 Gesprekken/Gespreksverslag {c.f(80, 'iso')}.docx",
               meeting_blocks(c, 80, f"{first} werkt nu 3 x 3 uur aangepast werk. De opbouw gaat volgens plan. "
                                     "Medische gegevens zijn niet besproken."), wg)
    if 150 <= upto and "m150" not in skip:
        c.eml(f"04 Gesprekken/Verslag gesprek {c.f(150, 'dash')}.eml", mail_wg, f"{e['naam']} <{e['mail']}>",
              f"Verslag ons gesprek van vandaag", 150,
              f"Beste {first},\n\nHierbij het verslag van ons voortgangsgesprek van {c.f(150)}.\n"
              f"- Je werkt nu {h - 4} uur per week in aangepast werk.\n- De opbouw naar eigen werk stagneert; "
              "de bedrijfsarts kijkt bij het volgende spreekuur opnieuw naar de belastbaarheid.\n"
              "- Volgend gesprek over 5 weken.\n\nLaat het weten als je iets anders hebt begrepen.\n\n"
              f"Groet,\n{e['cm']}\ncasemanager {e['wg']}\n")
    if 290 <= upto:
        c.scan(f"05 UWV/Bevestiging ziekmelding UWV.pdf", uwv_conf_blocks(c, 290, 287, UWV), UWV)
    if 338 <= upto and "ad" not in skip:
        c.pdf(f"06 Arbeidsdeskundige/AD-rapport {first}.pdf",
              ad_blocks(c, 338, ad, ad_advice or (f"Terugkeer in het eigen werk is niet haalbaar. Advies: spoor 1 "
                        f"structureel passend werk bij de eigen werkgever ({h} van {tot} uur) en spoor 2 voor de "
                        "resterende uren; plan van aanpak hierop bijstellen.")), ADSTYLE)
    if 346 <= upto and "eje" not in skip:
        c.docx(f"07 Eerstejaarsevaluatie/Eerstejaarsevaluatie {first}.docx",
               eje_blocks(c, 346, eje_text or ("Het eerste jaar is de opbouw in aangepast werk op gang gekomen. De "
                          "arbeidsdeskundige adviseert twee sporen; het plan van aanpak wordt bijgesteld."),
                          "Werknemer is tevreden over de begeleiding en wil het tweede spoor een kans geven."), wg)
    if 354 <= upto and "bijst" not in skip:
        c.pdf(f"03 Plan van aanpak/Bijstelling PvA {c.f(354, 'dash')}.pdf",
              bijst_pva_blocks(c, 354, 45, f"Spoor 1: structureel {h} van {tot} uur passend werk bij de eigen werkgever. "
                               f"Spoor 2: passend werk elders voor de overige uren.", bijst_visie), wg)
    if 372 <= upto and "traject" not in skip:
        c.pdf(f"08 Tweede spoor/Trajectplan {e['naam']}.pdf", traject_blocks(c, 372, bureau), BUREAU)
    for n, off in enumerate((428, 484, 540, 596), start=1):
        if off <= upto and f"r{n}" not in skip:
            c.eml(f"08 Tweede spoor/Voortgangsrapportage {n}.eml", f"{bureau['coach']} <{bureau['mail']}>", mail_wg,
                  f"Voortgangsrapportage {n} {e['naam']}", off, bureau_mail_body(c, off, n, bureau))
    if 610 <= upto and "uwv88" not in skip:
        c.scan(f"05 UWV/Brief UWV WIA-aanvraag.pdf", uwv88_blocks(c, 610), UWV)


def dossier_yaml(c: Case, ba: dict, aanvraag: int | None, arbo_org: str) -> None:
    e = c.emp
    lines = [
        "# dossier.yaml - feiten die de documenten niet betrouwbaar geven",
        f'werknemer: {{naam: "{e["naam"]}", bsn: "{e["bsn"]}", functie: "{e["functie"]}"}}',
        f'werkgever: {{naam: "{e["wg"]}", loonheffingennummer: "{e["lhn"]}", aard_van_het_bedrijf: "{e["aard"]}"}}',
        f'bedrijfsarts: {{naam: "{ba["naam"]}", organisatie: "{arbo_org}"}}',
        f'casemanager: {{naam: "{e["cm"]}"}}',
        f"eerste_ziektedag: {c.d0.isoformat()}",
    ]
    if aanvraag is not None:
        lines.append(f"aanvraag_wia: {c.day(aanvraag).isoformat()}")
    p = c.p("dossier.yaml")
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")


def expect(c: Case, as_of: int, aanvraag: int | None, planted: str, must: list, must_not: list, no_errors=False):
    entry = {"as_of": c.day(as_of).isoformat(), "first_sick_day": c.d0.isoformat()}
    if aanvraag is not None:
        entry["aanvraag_wia"] = c.day(aanvraag).isoformat()
    entry["planted"] = " ".join(planted.split())
    entry["must"] = must
    entry["must_not"] = must_not
    if no_errors:
        entry["no_errors"] = True
    EXPECTED[c.name] = entry


def ow_mail(c: Case, off: int, text: str, rel: str = "09 WIA/Mijn mening over het re-integratieverslag.eml"):
    e = c.emp
    c.eml(rel, f"{e['naam']} <{e['mail']}>", f"{e['cm']} <{e['cm_mail']}>", "Mijn mening over het re-integratieverslag",
          off, f"Beste {e['cm'].split()[0]},\n\nHierbij mijn mening over het re-integratieverslag (oordeel werknemer), "
               f"voor bij de WIA-aanvraag.\n\n{text}\n\nMet vriendelijke groet,\n{e['naam']}\nBSN {g.fmt_bsn(e['bsn'], 'spaces')}\n")


NM_AO = {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present"}
NM_EV = {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"}
NM_OW = {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: present (mail body)"}
NM_EJE = {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: present (week 50)"}
NM_TRAJ = {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2: present, D0+372 ≤ D0+406"}
NM_EJE_LATE = {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: EJE D0+346, week 50, inside 46-52"}
NM_EJE_EARLY = {"code": "early", "type": "eerstejaarsevaluatie", "why": "§8.3: EJE D0+346, week 50, inside 46-52"}
NM_REPORT_GAP = {"code": "report_gap", "why": "§8.3/§8.2: bureau reports every 56 days"}


def case1() -> None:
    e = person(201, naam="Sanne Oosterhuis", geb="14-02-1979", functie="medewerker klantenservice",
               wg="Energiek Thuis B.V.", cm="Ruud Baas", cm_mail="r.baas@energiekthuis.example",
               mail="sanne.oosterhuis@mailbox.example", aard="Energieleverancier voor particulieren (klantcontact, callcenter)")
    c = Case("pva_werkgeversregel_leeg_bijstelling_wel_getekend", dt.date(2024, 8, 5), e, 1201)
    arbo, wg = ARBO["zorgsaam"], employer_style("wg-energiek", "Energiek Thuis B.V.", "Utrecht", accent=(0, 130, 60))
    ba = {"naam": "drs. M.H. Kroon", "big": lookalike(c.rng, 11)}
    ad = {"naam": "J. van Houten"}
    bureau = {"coach": "Ilse Verbeek", "org": "Werkpad Re-integratie", "mail": "i.verbeek@werkpad.example", "tel": phone(c.rng)}
    skeleton(c, arbo, wg, ba, ad, bureau, upto=652, pva_sigs=(False, True), hours=(20, 32))
    # the casemanager's mail after the PvA meeting: he would sign later
    c.eml("04 Gesprekken/RE_ plan van aanpak.eml", f"{e['cm']} <{e['cm_mail']}>", f"{e['naam']} <{e['mail']}>",
          "RE: plan van aanpak", 46,
          f"Hoi Sanne,\n\nDank voor het tekenen van het plan van aanpak. Ik zet mijn handtekening er deze week nog onder "
          f"en stuur je dan een kopie.\n\nGroet,\nRuud Baas\ncasemanager\nT {phone(c.rng)}\n")
    att = c.dir / "_tmp_ao.pdf"
    g.write_pdf(att, ao_blocks(c, 617, ba, "Belastbaar voor 20 uur per week passend werk, verdeeld over 5 dagen."), arbo)
    c.eml("09 WIA/Actueel oordeel Sanne Oosterhuis.eml", "Secretariaat ZorgSaam <planning@zorgsaam-arbo.example>",
          f"{e['cm']} <{e['cm_mail']}>", "Actueel oordeel t.b.v. WIA - S. Oosterhuis", 617,
          "Geachte heer Baas,\n\nIn de bijlage het actueel oordeel van de bedrijfsarts voor het re-integratieverslag.\n\n"
          "Met vriendelijke groet,\nSecretariaat ZorgSaam Arbo\n",
          [g.attachment_from(att, "Actueel oordeel S. Oosterhuis.pdf")])
    att.unlink()
    c.pdf("09 WIA/Eindevaluatie Sanne Oosterhuis.pdf", ev_blocks(c, 627, 617), wg)
    ow_mail(c, 634, "Ik ben het eens met het verslag. Wel wil ik opmerken dat het plan van aanpak in het begin "
                    "lang op zich liet wachten voordat ik een getekende kopie kreeg.")
    dossier_yaml(c, ba, 641, arbo.org)
    pva = f"03 Plan van aanpak/PvA Sanne {c.day(45).year}.pdf"
    expect(c, 652, 641, f"""checked in week 94 (D0+652), after the application (D0+641, week 92, dossier.yaml). The plan van
      aanpak ('{pva}', a copier scan, D0+45) is signed by the employee only: the werkgever column has the casemanager's
      printed name and function but no signature and no date; the casemanager's mail of D0+46 ('RE_ plan van aanpak.eml')
      promises to sign 'this week', and no signed copy was ever filed. Traps: the bijstelling PvA (D0+354, text PDF) says it
      replaces the PvA and is signed by both; EJE (Word, week 50) and EV (D0+627) are signed by both; the AO (D0+617,
      e-mail attachment from another arbodienst secretariat) is fresh (24 days before the application) and before the EV;
      the employee's view agrees but grumbles about the late copy; part-time recovery 20 of 32 hours; 2nd track on time
      (trajectplan D0+372, reports every 56 days as mails); phone numbers, IBAN-free mails, BIG number and
      loonheffingennummer fail the elfproef; BSN plain, with spaces and with dots; a selection of meetings (gaps not judged).""",
           [{"code": "unsigned", "type": "plan_van_aanpak", "path": pva,
             "why": "§8.5: the PvA must be signed by employer and employee; the werkgever line is empty"}],
           common_must_not([
               {"code": "unsigned", "type": "bijstelling_plan_van_aanpak", "why": "§8.5: signed by both"},
               {"code": "unsigned", "type": "eindevaluatie", "why": "§8.5: signed by both"},
               {"code": "unsigned", "type": "eerstejaarsevaluatie", "why": "§8.5: signed by both"},
               {"code": "outdated", "why": "§8.4 (§2.5): AO D0+617 and EV D0+627 are 24 and 14 days before the application"},
               {"code": "order", "why": "§8.3: AO D0+617 < EV D0+627 < application D0+641"},
               NM_AO, NM_EV, NM_OW, NM_EJE, NM_TRAJ, NM_EJE_LATE, NM_REPORT_GAP,
               {"code": "late", "type": "eindevaluatie", "why": "§8.3: EV D0+627 ≤ D0+636"},
               {"code": "content", "type": "actueel_oordeel", "why": "§8.6: the AO names arbeidsrelatie and passende arbeid"},
               {"code": "content", "type": "eindevaluatie", "why": "§8.6: aard, arbeidsrelatie and passende arbeid present"},
               {"code": "medical_data", "path": "02 Arbodienst/Probleemanalyse Sanne Oosterhuis.pdf",
                "why": "§8.7 (§5.3): only 'medische gegevens zijn niet opgenomen'"},
           ]))
    COUNTS[c.name] = len(c.files)


def case2() -> None:
    e = person(202, naam="Hüseyin Aydın", geb="03-11-1971", functie="chauffeur distributie",
               wg="Transportbedrijf Gebr. Wiersma B.V.", cm="Anita Wiersma", cm_mail="a.wiersma@gebrwiersma.example",
               mail="h.aydin@kpnmail.example", aard="Wegtransport en distributie van levensmiddelen")
    c = Case("ao_voor_bijstelling_pa_nieuwe_arbodienst", dt.date(2024, 9, 9), e, 1202)
    old, new = ARBO["linde"], ARBO["vitaal"]
    wg = employer_style("wg-wiersma", "Transportbedrijf Gebr. Wiersma B.V.", "Drachten", font="condensed", accent=(160, 0, 0))
    ba_old = {"naam": "R.J. Hoekstra", "big": lookalike(c.rng, 11)}
    ba_new = {"naam": "dr. L. Mertens", "big": lookalike(c.rng, 11)}
    ad = {"naam": "P. de Graaf"}
    bureau = {"coach": "Marco Smit", "org": "Werkpad Re-integratie", "mail": "m.smit@werkpad.example", "tel": phone(c.rng)}
    skeleton(c, old, wg, ba_old, ad, bureau, upto=652, hours=(24, 40))
    c.eml("01 Verzuim/Nieuwe arbodienst per 1 januari.eml", f"{e['cm']} <{e['cm_mail']}>", f"{e['naam']} <{e['mail']}>",
          "Nieuwe arbodienst", 490,
          f"Beste Hüseyin,\n\nPer {g.fmt_date(c.day(490))} hebben wij een contract met VitaalWerk Arbodienst in Tilburg. "
          "Je dossier is overgedragen; je volgende spreekuur is bij dr. L. Mertens.\n\nGroet,\nAnita\n")
    c.pdf("09 WIA/Actueel oordeel Aydin.pdf",
          ao_blocks(c, 612, ba_new, "Belastbaar voor 24 uur per week passend werk zonder lange ritten; geen nachtdiensten."), new)
    c.pdf("09 WIA/Eindevaluatie H. Aydin.pdf", ev_blocks(c, 620, 612), wg)
    c.scan("02 Arbodienst/Bijstelling probleemanalyse Aydin.pdf", [
        Title("Bijstelling probleemanalyse"),
        c.emp_fields("plain", [("Werkgever", e["wg"]), ("Datum spreekuur", c.f(630))]),
        Heading("Aanleiding"),
        Para("Werknemer meldde zich op eigen verzoek op het spreekuur na een duidelijke verslechtering in de afgelopen "
             "twee weken. Medische gegevens zijn niet opgenomen."),
        Heading("Gewijzigde belastbaarheid"),
        Para("De belastbaarheid is sterk afgenomen. Op dit moment zijn er geen benutbare mogelijkheden; de 24 uur "
             "passend werk worden tijdelijk stopgezet. Herbeoordeling over 6 weken."),
        Heading("Advies"),
        Para("Het plan van aanpak aanpassen aan de gewijzigde belastbaarheid."),
        Signatures([Sig("Bedrijfsarts", ba_new["naam"], f"bedrijfsarts, BIG {ba_new['big']}", c.f(630))]),
    ], new)
    ow_mail(c, 637, "Ik ben het niet eens met het actueel oordeel. Daarin staat dat ik 24 uur kan werken, maar sinds "
                    "mijn laatste spreekuur bij VitaalWerk werk ik helemaal niet meer. Het verslag klopt daardoor niet "
                    "met hoe het nu met mij gaat.")
    dossier_yaml(c, ba_new, 641, new.org)
    expect(c, 652, 641, """checked in week 94 (D0+652), after the application (D0+641, week 92, dossier.yaml). The employer
      changed arbodienst in week 71 (De Linde -> VitaalWerk). VitaalWerk's actueel oordeel (D0+612, week 88, text PDF) is
      recent and before the EV (D0+620), but VitaalWerk's own 'Bijstelling probleemanalyse' (D0+630, week 91, a copier
      scan) records a sharply reduced belastbaarheid (no usable possibilities for now, the 24 hours stopped); no new AO
      followed, and the application went in on D0+641 with the old AO. Traps: the AO is 29 days before the application and
      complete (arbeidsrelatie, passende arbeid); the oordeel werknemer (mail, D0+637) disagrees with the AO (that is his
      right, not a defect); the bijstelling PA is 22 days before as_of, so a bijstelling PvA is not yet overdue; two
      arbodiensten' letterheads and two bedrijfsartsen; the PvA (scan, D0+45) and the bijstelling PvA (D0+354) that
      replaces it are signed by both; 2nd track on time; BSN plain, with spaces and dots; phone numbers and BIG numbers
      fail the elfproef.""",
           [{"code": "outdated", "type": "actueel_oordeel",
             "why": "§8.4: the latest bijstelling PA (D0+630) is newer than the only AO (D0+612); the AO predates the change in belastbaarheid (handleiding §6 'outdated')"}],
           common_must_not([
               {"code": "order", "why": "§8.3: AO D0+612 < EV D0+620 < application D0+641"},
               NM_AO, NM_EV, NM_OW, NM_EJE, NM_TRAJ, NM_EJE_LATE, NM_REPORT_GAP,
               {"code": "late", "type": "bijstelling_plan_van_aanpak", "why": "§8.3: 22 days since the bijstelling PA, under 6 weeks"},
               {"code": "missing", "type": "bijstelling_plan_van_aanpak", "severity": "error",
                "why": "§8.2: a bijstelling is at most W, and the new one is not due yet (22 days)"},
               {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: the scanned PvA is signed by both"},
               {"code": "unsigned", "type": "bijstelling_plan_van_aanpak", "why": "§8.5: signed by both"},
               {"code": "unsigned", "type": "eindevaluatie", "why": "§8.5: signed by both"},
               {"code": "late", "type": "eindevaluatie", "why": "§8.3: EV D0+620 ≤ D0+636"},
               {"code": "form", "type": "bijstelling_probleemanalyse", "why": "§8.5: signed by a bedrijfsarts with name, function, BIG and date"},
               {"code": "medical_data", "path": "02 Arbodienst/Bijstelling probleemanalyse Aydin.pdf",
                "why": "§8.7 (§5.3): functional terms only, 'medische gegevens zijn niet opgenomen'"},
               {"code": "medical_data", "path": "09 WIA/Mijn mening over het re-integratieverslag.eml",
                "why": "§8.7 (§5.3): the employee's view names no diagnosis or treatment"},
           ]))
    COUNTS[c.name] = len(c.files)


def case3() -> None:
    e = person(203, naam="Joke van der Meulen-Sars", geb="22-06-1966", functie="medewerker huishouding",
               wg="Stichting Zorgcentra De Hooge Berg", cm="Petra Lammers", cm_mail="p.lammers@hoogeberg.example",
               mail="jokevdmeulen@ziggo-mail.example", aard="Ouderenzorg: verpleeg- en verzorgingshuizen")
    c = Case("ao_en_ev_week80_voorbarig_werknemer_oneens", dt.date(2024, 10, 14), e, 1203)
    arbo = ARBO["noordkant"]
    wg = employer_style("wg-hoogeberg", "Stichting Zorgcentra De Hooge Berg", "Hoogezand", font="serif", accent=(60, 20, 110))
    ba = {"naam": "A. Zwart", "big": lookalike(c.rng, 11)}
    ad = {"naam": "H. Bos"}
    bureau = {"coach": "Femke Dijkstra", "org": "Werkpad Re-integratie", "mail": "f.dijkstra@werkpad.example", "tel": phone(c.rng)}
    skeleton(c, arbo, wg, ba, ad, bureau, upto=652, skip=("uwv88",), hours=(12, 28))
    c.photo("05 UWV/foto brief uwv.jpg", uwv88_blocks(c, 610), UWV, 611, orientation=6)
    c.pdf("09 WIA/Actueel oordeel bedrijfsarts.pdf",
          ao_blocks(c, 556, ba, "Belastbaar voor 12 uur per week licht huishoudelijk werk, zonder tillen boven 10 kg."), arbo)
    c.docx("09 WIA/Eindevaluatie Joke.docx", ev_blocks(
        c, 563, 556, visie_wn="Werknemer is het niet eens met de conclusie dat meer uren niet mogelijk zijn.",
        wn_note="Werknemer tekent voor gezien, niet voor akkoord; haar reactie volgt apart."), wg)
    c.eml("09 WIA/eindgesprek gepland.eml", f"{e['cm']} <{e['cm_mail']}>", f"{e['naam']} <{e['mail']}>",
          "Eindgesprek en actueel oordeel", 549,
          "Beste Joke,\n\nOm alles op tijd rond te hebben plannen we het spreekuur voor het actueel oordeel op "
          f"{c.f(556)} en het eindgesprek een week later, op {c.f(563)}. Dan ligt het verslag ruim voor de aanvraag klaar.\n\n"
          "Groet,\nPetra\n")
    ow_mail(c, 637, "Ik ben het niet eens met de eindevaluatie. Die is al in februari gemaakt en sindsdien is er met mij "
                    "niets meer besproken. Ik denk dat ik met aanpassingen meer dan 12 uur kan werken.")
    dossier_yaml(c, ba, 641, arbo.org)
    expect(c, 652, 641, """checked in week 94 (D0+652), after the application (D0+641, week 92, dossier.yaml). To be 'early',
      HR had the actueel oordeel made in week 80 (D0+556, 85 days before the application, more than 8 weeks) and the
      eindevaluatie in week 81 (D0+563, 78 days before the application), both before UWV's week-88 letter (D0+610, a phone
      photo); nothing was updated before the application. Traps: order is right (AO < EV < application); the EV (Word) is
      signed by both, the employee 'voor gezien, niet voor akkoord' with a disagreeing visie; the oordeel werknemer (mail,
      D0+637) disagrees with the EV (her right); EV and AO are complete (aard, arbeidsrelatie, passende arbeid); the EV is
      not late (≤ D0+636); a planning mail (D0+549) explains the early dates; part-time recovery 12 of 28 hours; 2nd track
      on time; care-home words (huishouding, tillen); BSN plain, spaces, dots.""",
           [{"code": "outdated", "type": "actueel_oordeel",
             "why": "§8.4 (§2.5): the AO is 85 days (> 8 weeks) before the application and dated before the week-88 letter"},
            {"code": "outdated", "type": "eindevaluatie",
             "why": "§8.4 (§2.5): the EV is 78 days (> 8 weeks) before the application, premature (handleiding §6 'outdated')"}],
           common_must_not([
               {"code": "order", "why": "§8.3: AO D0+556 < EV D0+563 < application D0+641"},
               NM_AO, NM_EV, NM_OW, NM_EJE, NM_TRAJ, NM_EJE_LATE, NM_REPORT_GAP,
               {"code": "unsigned", "type": "eindevaluatie", "why": "§8.5: signed by both ('voor gezien' is a signature)"},
               {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: the scanned PvA is signed by both"},
               {"code": "late", "type": "eindevaluatie", "why": "§8.3: EV D0+563 ≤ D0+636"},
               {"code": "content", "type": "eindevaluatie", "why": "§8.6: aard, arbeidsrelatie and passende arbeid present"},
               {"code": "content", "type": "actueel_oordeel", "why": "§8.6: arbeidsrelatie and passende arbeid present"},
               {"code": "medical_data", "path": "09 WIA/Mijn mening over het re-integratieverslag.eml",
                "why": "§8.7 (§5.3): the employee's view names no diagnosis or treatment"},
           ]))
    COUNTS[c.name] = len(c.files)


def case4() -> None:
    e = person(204, naam="Daan Verhoeven", geb="09-09-1988", functie="monteur installatietechniek",
               wg="Installatiebedrijf Verhoeven & Zn.", cm="Marieke Verhoeven", cm_mail="marieke@verhoeven-install.example",
               mail="daan.verhoeven@gmail-post.example", aard="Installatietechniek: cv, sanitair en elektra bij particulieren")
    c = Case("ao_week77_oud_voor_geplande_aanvraag", dt.date(2024, 7, 1), e, 1204)
    arbo = ARBO["linde"]
    wg = employer_style("wg-verhoeven", "Installatiebedrijf Verhoeven & Zn.", "Zwolle", letterhead="centered", accent=(200, 90, 0))
    ba = {"naam": "J.W. Brink", "big": lookalike(c.rng, 11)}
    ad = {"naam": "S. Koster"}
    bureau = {"coach": "Youssef Amrani", "org": "Werkpad Re-integratie", "mail": "y.amrani@werkpad.example", "tel": phone(c.rng)}
    skeleton(c, arbo, wg, ba, ad, bureau, upto=625, hours=(16, 38))
    att = c.dir / "_tmp_ao.pdf"
    g.write_pdf(att, ao_blocks(c, 533, ba, "Belastbaar voor 16 uur per week werkvoorbereiding en magazijn, geen klimmen."), arbo)
    c.eml("09 WIA/Fwd_ actueel oordeel Daan.eml", f"{e['cm']} <{e['cm_mail']}>", "administratie <admin@verhoeven-install.example>",
          "Fwd: actueel oordeel Daan", 535,
          "Voor in het WIA-dossier van Daan. Dit is het actueel oordeel, dat hebben we dus alvast.\n\nMarieke\n\n"
          "---------- Doorgestuurd bericht ----------\nVan: De Linde <spreekuur@delinde-arts.example>\n"
          f"Datum: {c.f(533)}\nOnderwerp: actueel oordeel\n\nIn de bijlage het actueel oordeel na het spreekuur van vandaag.\n",
          [g.attachment_from(att, "Actueel oordeel D. Verhoeven.pdf")])
    att.unlink()
    c.eml("09 WIA/Uitnodiging eindgesprek.eml", f"{e['cm']} <{e['cm_mail']}>", f"{e['naam']} <{e['mail']}>",
          "Uitnodiging eindgesprek re-integratie", 618,
          f"Hoi Daan,\n\nUWV heeft de brief over de WIA-aanvraag gestuurd. Ik nodig je uit voor het eindgesprek "
          f"(eindevaluatie) op {c.f(632)} om 10.00 uur. Daarna kun je de aanvraag doen, we mikken op {c.f(641)}.\n\n"
          "Groet,\nMarieke\n")
    dossier_yaml(c, ba, 641, arbo.org)
    expect(c, 625, 641, """checked in week 90 (D0+625), before the application planned for D0+641 (week 92, dossier.yaml).
      The only actueel oordeel (De Linde, D0+533, week 77; forwarded by the owner's wife with 'dat hebben we dus alvast',
      D0+535) is 108 days before the planned application and dated before week 80 and before UWV's week-88 letter (D0+610,
      scan); no new AO is booked. Traps: the eindevaluatie is not due yet (invitation mail for D0+632, due D0+636) and the
      oordeel werknemer and application are still ahead; the AO is complete (arbeidsrelatie, passende arbeid); PvA (scan)
      and bijstelling PvA signed by both; part-time recovery 16 of 38 hours; 2nd track on time with reports every 56
      days; family business (owner, casemanager and employee share a surname); BSN plain, spaces, dots.""",
           [{"code": "outdated", "type": "actueel_oordeel",
             "why": "§8.4 (§2.5): AO 108 days (> 3 months) before the planned application and dated before ≈ week 80"}],
           common_must_not([
               {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.1/§8.3: EV due D0+636, after as_of; at most a warning or deadline_ahead"},
               {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: W before the application"},
               {"code": "late", "type": "eindevaluatie", "why": "§8.3: EV not due until D0+636"},
               {"code": "order", "why": "§8.3: no EV yet, nothing out of order"},
               NM_AO, NM_EJE, NM_TRAJ, NM_EJE_LATE, NM_REPORT_GAP,
               {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: the scanned PvA is signed by both"},
               {"code": "unsigned", "type": "bijstelling_plan_van_aanpak", "why": "§8.5: signed by both"},
               {"code": "content", "type": "actueel_oordeel", "why": "§8.6: arbeidsrelatie and passende arbeid present"},
           ]))
    COUNTS[c.name] = len(c.files)


REDACTED = "Werknemer vertelde over [██████████████ — tekst verwijderd door HR, hoort niet in het werkgeversdossier]."


def case5() -> None:
    e = person(205, naam="Lotte Brouwer", geb="30-01-1992", functie="verkoopmedewerker binnendienst",
               wg="Brouwer & Hendriks Kantoorinrichting B.V.", cm="Gerard Hendriks", cm_mail="g.hendriks@bh-kantoor.example",
               mail="lotte.brouwer@outlook-post.example", aard="Groothandel en inrichting van kantoren")
    c = Case("ad_advies_bijstelling_pva_nooit_gemaakt", dt.date(2025, 1, 6), e, 1205)
    arbo = ARBO["zorgsaam"]
    wg = employer_style("wg-bh", "Brouwer & Hendriks Kantoorinrichting B.V.", "Nieuwegein", accent=(20, 20, 20), fields_as_table=True)
    ba = {"naam": "drs. E. Visser", "big": lookalike(c.rng, 11)}
    ad = {"naam": "J. van Houten"}
    bureau = {"coach": "Ilse Verbeek", "org": "Werkpad Re-integratie", "mail": "i.verbeek@werkpad.example", "tel": phone(c.rng)}
    skeleton(c, arbo, wg, ba, ad, bureau, upto=416, skip=("bijst",), hours=(20, 36),
             pva_visie="Werknemer verwacht zelf sneller terug te keren dan de bedrijfsarts inschat, maar gaat akkoord met dit plan.",
             eje_text=("Het eerste jaar is de opbouw in het eigen werk vastgelopen. Conform het advies van de arbeidsdeskundige "
                       "wordt het plan van aanpak binnen twee weken bijgesteld: spoor 1 structureel 20 uur orderverwerking, "
                       "spoor 2 voor de overige uren."))
    c.photo("04 Gesprekken/verslag gesprek juni.jpg",
            meeting_blocks(c, 220, "Lotte werkt 16 uur in de binnendienst. " + REDACTED + " De opbouw gaat langzaam. "
                           "Medische gegevens zijn niet opgenomen."), wg, 220)
    c.docx("04 Gesprekken/Gespreksverslag na EJE.docx",
           meeting_blocks(c, 380, "Lotte werkt structureel 20 uur orderverwerking. Het trajectplan tweede spoor is gestart. "
                                  "De bijstelling van het plan van aanpak staat nog open; Gerard pakt dat op."), wg)
    c.eml("01 Verzuim/Reiskosten declaratie.eml", f"{e['naam']} <{e['mail']}>", "salarisadministratie <salaris@bh-kantoor.example>",
          "Declaratie reiskosten gesprekken", 395,
          f"Hallo,\n\nGraag de reiskosten voor de gesprekken bij Werkpad (4 x 38 km) overmaken op {e['iban']}.\n\n"
          f"Groet,\nLotte Brouwer\n{e['tel']}\n")
    dossier_yaml(c, ba, None, arbo.org)
    expect(c, 416, None, """checked in week 60 (D0+416). The arbeidsdeskundige's report (D0+338, week 49) advises a new goal
      (spoor 1: structurally 20 of 36 hours other work at the employer; spoor 2 for the rest) and says the plan van aanpak
      must be adjusted; the EJE (Word, week 50) records that the PvA 'wordt binnen twee weken bijgesteld', and a meeting
      report (D0+380) says the bijstelling 'staat nog open'. No bijstelling plan van aanpak was ever made (as_of is 78 days
      after the AD advice). Traps: the 2nd track started on time (trajectplan D0+372); the EJE is in the window; the PvA
      (scan, D0+45) is signed by both, with a visie werknemer that disagrees with the bedrijfsarts's prognosis; a phone photo
      of a meeting report with a correctly redacted sentence ('tekst verwijderd door HR'); a travel-expense mail with an IBAN
      and a mobile number; AO, EV and oordeel werknemer are not due (week 60); no dossier aanvraag_wia; part-time recovery.""",
           [{"code": "missing", "type": "bijstelling_plan_van_aanpak",
             "why": "§8.2: a known bijstelling (announced by the AD-rapport, the EJE and a meeting after a changed advice) is not in the folder"}],
           common_must_not([
               {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§8.1/§2.2: AO not due in week 60"},
               {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.1/§2.2: EV not due in week 60"},
               {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: not due in week 60"},
               {"code": "outdated", "why": "§8.4: no AO or EV yet, and none is due"},
               {"code": "order", "why": "§8.3: no AO or EV yet"},
               NM_EJE, NM_TRAJ, NM_EJE_LATE, NM_EJE_EARLY,
               {"code": "missing", "type": "arbeidsdeskundig_rapport", "why": "§8.2: present (week 49)"},
               {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: the scanned PvA is signed by both"},
               {"code": "unsigned", "type": "eerstejaarsevaluatie", "why": "§8.5: signed by both"},
               {"code": "medical_data", "path": "04 Gesprekken/verslag gesprek juni.jpg",
                "why": "§8.7 (§5.3): the medical sentence is redacted; only 'medische gegevens zijn niet opgenomen' remains"},
               {"code": "medical_data", "path": "01 Verzuim/Reiskosten declaratie.eml", "why": "§8.7: travel expenses only"},
           ]))
    COUNTS[c.name] = len(c.files)


def case6() -> None:
    e = person(206, naam="Wendy Kramer", geb="17-04-1983", functie="doktersassistente",
               wg="Huisartsenpraktijk Het Lindeplein", cm="Carla de Wit", cm_mail="c.dewit@lindeplein-praktijk.example",
               mail="wendy.kramer@webmail.example", aard="Huisartsenpraktijk (eerstelijnszorg)")
    c = Case("schoon_week86_ao_en_ev_gepland", dt.date(2024, 11, 4), e, 1206)
    arbo = ARBO["vitaal"]
    wg = employer_style("wg-lindeplein", "Huisartsenpraktijk Het Lindeplein", "Eindhoven", accent=(0, 120, 160))
    ba = {"naam": "dr. N. Smulders", "big": lookalike(c.rng, 11)}
    ad = {"naam": "M. Kuijpers"}
    bureau = {"coach": "Marco Smit", "org": "Werkpad Re-integratie", "mail": "m.smit@werkpad.example", "tel": phone(c.rng)}
    skeleton(c, arbo, wg, ba, ad, bureau, upto=598, hours=(16, 30),
             bijst_visie="Werknemer is het niet eens met de keuze voor spoor 2; zij verwacht binnen de praktijk meer uren "
                         "aan te kunnen. Zij werkt wel mee aan beide sporen.")
    c.scan("04 Gesprekken/verslag gesprek 2025-08.pdf",
           meeting_blocks(c, 290, "Wendy werkt 12 uur baliewerk en telefoon; geen injecties of triage. " + REDACTED +
                          " Afgesproken: opbouw naar 16 uur."), wg)
    c.pdf("02 Arbodienst/Terugkoppeling spreekuur week 79.pdf", [
        Title("Terugkoppeling spreekuur"),
        c.emp_fields("dots", [("Werkgever", e["wg"]), ("Datum spreekuur", c.f(548))]),
        Para("Stand van zaken: werknemer werkt structureel 16 uur aangepast werk (balie, telefoon, administratie). "
             "Geen wijziging in de belastbaarheid. Medische gegevens zijn niet opgenomen."),
        Para("Het actueel oordeel voor het re-integratieverslag volgt rond week 88, na de brief van UWV."),
        Signatures([Sig("Bedrijfsarts", ba["naam"], f"bedrijfsarts, BIG {ba['big']}", c.f(548))]),
    ], arbo)
    c.eml("09 WIA/Planning actueel oordeel en eindgesprek.eml", f"{e['cm']} <{e['cm_mail']}>", f"{e['naam']} <{e['mail']}>",
          "Planning laatste stappen WIA", 590,
          f"Hoi Wendy,\n\nDe planning voor de laatste stappen:\n- {c.f(617)}: spreekuur dr. Smulders voor het actueel oordeel\n"
          f"- {c.f(627)}: eindgesprek (eindevaluatie) met mij\n- rond {c.f(641)}: jouw WIA-aanvraag; ik zet het verslag "
          "dezelfde dag klaar.\n\nJe kunt me bellen op de praktijklijn.\n\nGroet,\nCarla\n")
    dossier_yaml(c, ba, 641, arbo.org)
    expect(c, 598, 641, """nothing (yet). Checked in week 86 (D0+598), before UWV's week-88 letter; the application is planned
      for D0+641 (dossier.yaml). The AO spreekuur is booked for D0+617 and the eindgesprek for D0+627 (planning mail D0+590);
      the EV is due by D0+636, 38 days after as_of. Traps: the bedrijfsarts's 'Terugkoppeling spreekuur' of week 79 (D0+548)
      looks like an early AO but is no AO and says the AO follows in week 88; the bijstelling PvA (D0+354) replaces the PvA,
      signed by both, with a visie werknemer that disagrees with spoor 2; a scanned meeting with a correctly redacted
      sentence; a GP practice, so documents speak of balie, triage, injecties, patiënten; part-time recovery 16 of 30
      hours; 2nd track on time with reports every 56 days (the last D0+596); BSN plain, spaces, dots; phone and BIG
      numbers fail the elfproef.""",
           [],
           common_must_not([
               {"code": "outdated", "why": "§8.4 (§2.5): no AO or EV yet; the week-79 terugkoppeling is no AO"},
               {"code": "order", "why": "§8.3: no AO or EV yet"},
               {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§8.1/§2.2: AO due around week 88-91, after as_of"},
               {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.1/§8.3: EV due D0+636, after as_of"},
               {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: W before the application"},
               NM_EJE, NM_TRAJ, NM_EJE_LATE, NM_REPORT_GAP,
               {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: the scanned PvA is signed by both"},
               {"code": "unsigned", "type": "bijstelling_plan_van_aanpak", "why": "§8.5: signed by both"},
               {"code": "medical_data", "path": "04 Gesprekken/verslag gesprek 2025-08.pdf",
                "why": "§8.7 (§5.3): the medical sentence is redacted"},
               {"code": "medical_data", "path": "02 Arbodienst/Terugkoppeling spreekuur week 79.pdf",
                "why": "§8.7 (§5.3): functional terms only"},
           ]), no_errors=True)
    COUNTS[c.name] = len(c.files)


HEADER = """# Expected findings of findings holdout 20. GENERATED by make_holdout20.py: edit the cases there.
# Written from DOMAIN.md (§8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without reading the
# rule code and without running the tool. Untouched holdout: do not tune the rules on it (if you do, say so in
# README.md).
#
# Per case: as_of (the --as-of date), planted (what is wrong and the traps), must / must_not (lists of
# {code?, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.
# no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia repeat dossier.yaml.

"""


def main() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    CASES.mkdir()
    for fn in (case1, case2, case3, case4, case5, case6):
        fn()
    for name, exp in EXPECTED.items():
        n_docs = COUNTS[name] - 1 if (CASES / name / "dossier.yaml").exists() else COUNTS[name]
        assert 10 <= n_docs <= 25, (name, n_docs)
        for e in exp["must"] + exp["must_not"]:
            assert "§8" in e["why"], e
            if "path" in e:
                assert (CASES / name / e["path"]).exists(), (name, e["path"])
    text = yaml.safe_dump(EXPECTED, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "expected.yaml").write_text(HEADER + text, encoding="utf-8")
    print({k: v for k, v in COUNTS.items()})


if __name__ == "__main__":
    main()
