"""Generate findings holdout 21: the first sick year as a bureau meets it in week 40-60.

Run:  .venv/bin/python tests/findings_holdout21/make_holdout21.py

Deterministic: seeded randomness (per case / per person), docgen's per-file seeds, no clock reads.
Deletes and rewrites cases/ and expected.yaml. All people, firms, arbodiensten and numbers are fictional.
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
D = dt.date


# ------------------------------------------------------------------------------------------
# numbers
# ------------------------------------------------------------------------------------------


def no_bsn_window(digits: str) -> bool:
    """True when no 8- or 9-digit window of the digit string passes the elfproef."""
    s = "".join(c for c in digits if c.isdigit())
    for n in (8, 9):
        for i in range(0, len(s) - n + 1):
            if g.bsn_valid(s[i : i + n]):
                return False
    return True


def safe_digits(rng: random.Random, n: int, prefix: str = "") -> str:
    while True:
        cand = prefix + "".join(str(rng.randrange(10)) for _ in range(n - len(prefix)))
        if no_bsn_window(cand):
            return cand


def mobile(rng: random.Random) -> str:
    while True:
        d = safe_digits(rng, 10, "06")[2:]
        if no_bsn_window("316" + d):
            break
    return f"06-{d[:2]} {d[2:5]} {d[5:]}"


def iban(rng: random.Random, bank: str = "RABO") -> str:
    d = safe_digits(rng, 12, "91")[2:]
    assert no_bsn_window("91" + d) and no_bsn_window(d)
    return f"NL91 {bank} {d[:4]} {d[4:8]} {d[8:]}"


def big(rng: random.Random) -> str:
    return safe_digits(rng, 11)


def lhn(rng: random.Random) -> str:
    return safe_digits(rng, 9) + "L01"


# ------------------------------------------------------------------------------------------
# house styles
# ------------------------------------------------------------------------------------------

ARBO_NOORD = Style("arbonoord", "Arbo Vitaal Noord B.V.", ("Zuiderdiep 118, 9711 HM Groningen", "verzuim@arbovitaalnoord.example"),
                   font="sans", accent=(0, 110, 90), letterhead="left", footer="Arbo Vitaal Noord - vertrouwelijk")
ARBO_DELTA = Style("arbodelta", "ArboDelta Bedrijfsgezondheid", ("Postbus 4410, 4330 AK Middelburg",), font="serif",
                   accent=(120, 20, 40), letterhead="band", fields_as_table=True, footer="ArboDelta - pagina")
ARBO_KERN = Style("arbokern", "KernArbo Utrecht", ("Vleutenseweg 260, 3532 HR Utrecht", "030 - 760 44 10"),
                  font="condensed", accent=(30, 60, 160), letterhead="right", title_upper=True)
ARBO_MAAS = Style("arbomaas", "Maasland Arbodienst", ("Stationsplein 9, 5211 AP 's-Hertogenbosch",), font="sans",
                  accent=(200, 90, 0), letterhead="centered", fields_as_table=True)
ARBO_ZUID = Style("arbozuid", "Arbo&Co Zuid-Holland", ("Laan van NOI 31, 2593 BH Den Haag",), font="serif",
                  accent=(60, 60, 60), letterhead="left", footer="Arbo&Co - medisch beroepsgeheim gewaarborgd")
ARBO_OOST = Style("arbooost", "Oost Arbo Support", ("Hengelosestraat 500, 7521 AN Enschede",), font="sans",
                  accent=(0, 90, 160), letterhead="band")
AD_BUREAU = Style("adbureau", "Arbeidskundig Adviesbureau Van Rijn", ("Kanaalweg 12, 3526 KL Utrecht",), font="serif",
                  accent=(70, 40, 110), letterhead="left", footer="Register-arbeidsdeskundigen")
BUREAU_2 = Style("werkpad", "WerkPad Re-integratie", ("Oude Gracht 77, 3511 AD Utrecht",), font="condensed",
                 accent=(0, 130, 60), letterhead="right")
UWV = Style("uwv", "UWV", ("Postbus 58285, 1040 HG Amsterdam",), font="sans", accent=(0, 50, 120), letterhead="left")


def employer_style(key: str, org: str, line: str, **kw) -> Style:
    return Style(key, org, (line,), **kw)


# ------------------------------------------------------------------------------------------
# case builder
# ------------------------------------------------------------------------------------------


class Case:
    def __init__(self, name: str, d0: dt.date, seed: int):
        assert d0.weekday() == 0, d0
        self.name = name
        self.d0 = d0
        self.dir = CASES / name
        self.rng = random.Random(seed)
        self.docs: list[tuple[str, dt.date]] = []

    def day(self, off: int) -> dt.date:
        d = self.d0 + dt.timedelta(days=off)
        assert d.weekday() < 5, (self.name, off, d)
        return d

    def _rec(self, rel: str, d: dt.date) -> Path:
        assert d.weekday() < 5, (self.name, rel, d)
        self.docs.append((rel, d))
        return self.dir / rel

    def pdf(self, rel, d, blocks, style):
        g.write_pdf(self._rec(rel, d), blocks, style)

    def docx(self, rel, d, blocks, style):
        g.write_docx(self._rec(rel, d), blocks, style)

    def scan(self, rel, d, blocks, style, **kw):
        g.write_scan_pdf(self._rec(rel, d), blocks, style, dpi=100, jpeg_quality=40, **kw)

    def photo(self, rel, d, blocks, style, **kw):
        g.write_photo_jpg(self._rec(rel, d), blocks, style,
                          taken=dt.datetime(d.year, d.month, d.day, 16, 41, 5), quality=50, **kw)

    def eml(self, rel, d, frm, to, subject, body, attachments=None, hour=10):
        headers = {"From": frm, "To": to, "Subject": subject, "Date": g.mail_date(d, hour, 7 + len(subject) % 40),
                   "Message-ID": f"<{self.name[:12]}.{d.isoformat()}.{len(self.docs)}@mail.example>"}
        g.write_eml(self._rec(rel, d), headers, body, attachments)

    def yaml(self, data: dict) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "dossier.yaml").write_text(
            "# Casusgegevens (fictief)\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def wk(off: int) -> int:
    return off // 7 + 1


# ------------------------------------------------------------------------------------------
# document templates
# ------------------------------------------------------------------------------------------


def p_ident(p, bsn_kind="plain"):
    return [("Naam werknemer", p["naam"]), ("BSN", g.fmt_bsn(p["bsn"], bsn_kind)),
            ("Geboortedatum", g.fmt_date(p["geb"], "dash")), ("Functie", p["functie"])]


def pa_blocks(c, p, d, title="Probleemanalyse", extra=None, medisch_zin=True):
    b = [Title(title, sub="conform de Wet verbetering poortwachter"),
         Fields(p_ident(p, "spaces") + [("Werkgever", p["werkgever"]),
                                         ("Eerste ziektedag", g.fmt_date(c.d0, "dash")),
                                         ("Datum spreekuur", g.fmt_date(d, "dash"))]),
         Heading("Dreigend langdurig verzuim"),
         Para("Er is sprake van dreigend langdurig verzuim. Werknemer is op dit moment niet in staat het eigen werk "
              "volledig te doen."),
         Heading("Beperkingen en mogelijkheden (belastbaarheid)"),
         Bullets(p["beperkingen"]),
         Heading("Prognose"),
         Para(p["prognose"]),
         Heading("Advies aan werkgever en werknemer"),
         Para(p["advies"])]
    if extra:
        b += extra
    if medisch_zin:
        b.append(Para("Medische gegevens zijn in deze rapportage niet opgenomen; die blijven bij de bedrijfsarts."))
    b.append(Signatures([Sig("Bedrijfsarts", p["ba"], f"bedrijfsarts, BIG {p['big']}", g.fmt_date(d))]))
    return b


def pva_blocks(c, p, d, pa_d, signed=True, sig_dates=True, sigs=True):
    b = [Title("Plan van aanpak", sub="re-integratie eigen of ander werk"),
         Fields(p_ident(p) + [("Werkgever", p["werkgever"]), ("Eerste ziektedag", g.fmt_date(c.d0)),
                              ("Datum probleemanalyse", g.fmt_date(pa_d)), ("Casemanager", p["cm"])]),
         Heading("Re-integratiedoel"),
         Para(p["doel"]),
         Heading("Activiteiten en termijnen"),
         Table(["Activiteit", "Wie", "Termijn"], p["activiteiten"]),
         Heading("Evaluatiemomenten"),
         Para("Werkgever en werknemer evalueren het plan ten minste eens per zes weken; het eerstvolgende gesprek "
              "staat in de agenda."),
         Heading("Visie werkgever"),
         Para(p["visie_wg"]),
         Heading("Visie werknemer"),
         Para(p["visie_wn"])]
    if sigs:
        b.append(Signatures([
            Sig("Werkgever", p["cm"], p["cm_functie"], g.fmt_date(d) if sig_dates else "", signed),
            Sig("Werknemer", p["naam"], "", g.fmt_date(d) if sig_dates else "", signed)]))
    return b


def meeting_blocks(p, d, nr, voortgang, afspraken, volgende, title="Gespreksverslag re-integratie", bsn_kind="plain"):
    return [Title(title, sub=f"voortgangsgesprek {nr}"),
            Fields([("Werknemer", p["naam"]), ("BSN", g.fmt_bsn(p["bsn"], bsn_kind)),
                    ("Datum gesprek", g.fmt_date(d, "dash")), ("Aanwezig", f"{p['naam']}, {p['cm']} ({p['cm_functie']})")]),
            Heading("Voortgang"), Para(voortgang),
            Heading("Afspraken"), Bullets(afspraken),
            Para(f"Volgend gesprek: {volgende}"),
            Signatures([Sig("Casemanager", p["cm"], p["cm_functie"], g.fmt_date(d)),
                        Sig("Werknemer", p["naam"], "", g.fmt_date(d))])]


def melding42_blocks(p, d, lh):
    return [Title("Ziekmelding langdurig zieke werknemer", sub="aangifte van langdurige ziekte (42e week) - kopie werkgever"),
            Fields([("Loonheffingennummer", lh), ("Werkgever", p["werkgever"]), ("BSN werknemer", p["bsn"]),
                    ("Naam werknemer", p["naam"]), ("Eerste ziektedag", g.fmt_date(p["d0"], "dash")),
                    ("Datum melding", g.fmt_date(d, "dash")), ("Verzonden via", "Werkgeversportaal UWV")]),
            Para("De melding is verzonden. U ontvangt van UWV een bevestiging met informatie over de eerstejaarsevaluatie.")]


def uwv_bevestiging(p, d, melding_d, late=False):
    body = (f"Wij hebben op {g.fmt_date(melding_d)} uw ziekmelding ontvangen van {p['naam']}. "
            f"De eerste ziektedag is {g.fmt_date(p['d0'])}.")
    if late:
        body += (" U heeft de ziekmelding later gedaan dan de wet voorschrijft: uiterlijk op de eerste dag na 42 weken "
                 "ziekte. Wij kunnen u hiervoor een boete opleggen.")
    return [Title("Bevestiging ziekmelding", sub="Ziektewet - 42e week"),
            Fields([("Datum", g.fmt_date(d)), ("Ons kenmerk", f"ZM-{p['kenmerk']}"), ("BSN", g.fmt_bsn(p["bsn"], "dots"))]),
            Para(body),
            Para("Uw werknemer is nu ongeveer 42 weken ziek. Aan het einde van het eerste ziektejaar maakt u samen met uw "
                 "werknemer de eerstejaarsevaluatie. U hoeft die niet naar ons te sturen, maar bewaar haar in het dossier."),
            Para("Met vriendelijke groet, UWV Werkgevers")]


def eje_blocks(p, d, terug, vooruit, spoor, sig=True):
    return [Title("Eerstejaarsevaluatie", sub="evaluatie van het eerste ziektejaar"),
            Fields(p_ident(p, "dots") + [("Werkgever", p["werkgever"]), ("Eerste ziektedag", g.fmt_date(p["d0"])),
                                          ("Datum evaluatie", g.fmt_date(d)), ("Casemanager", p["cm"])]),
            Heading("Terugblik op het eerste ziektejaar"), Para(terug),
            Heading("Beoogd re-integratieresultaat tweede ziektejaar"), Para(vooruit),
            Heading("Spoor 2"), Para(spoor),
            Heading("Visie werkgever"), Para("Werkgever steunt deze koers en blijft zoeken naar passend werk."),
            Heading("Visie werknemer"), Para("Werknemer kan zich vinden in de afspraken."),
            Signatures([Sig("Werkgever", p["cm"], p["cm_functie"], g.fmt_date(d), sig),
                        Sig("Werknemer", p["naam"], "", g.fmt_date(d), sig)])]


def sick_mail(c, p, rel, style_mail_from, arbo_mail):
    d = c.day(1)
    c.eml(rel, d, p["cm_mail"], arbo_mail, f"Ziekmelding {p['naam']}",
          f"Goedemorgen,\n\nHierbij meld ik {p['naam']} ({p['functie']}) ziek per {g.fmt_date(c.d0, 'weekday')}.\n"
          f"BSN: {g.fmt_bsn(p['bsn'], 'spaces')}\nBereikbaar op {p['tel']}.\n"
          "Verwachte duur: onbekend. Geen bedrijfsongeval, geen verkeersongeval.\n\n"
          f"Graag een afspraak op het spreekuur.\n\nMet vriendelijke groet,\n{p['cm']}\n{p['cm_functie']}, {style_mail_from}\n",
          hour=9)


def person(rng, **kw):
    p = dict(kw)
    p["bsn"] = g.make_bsn(rng)
    assert g.bsn_valid(p["bsn"])
    p["big"] = big(rng)
    p["tel"] = mobile(rng)
    p["kenmerk"] = safe_digits(rng, 7)
    p.setdefault("cm_functie", "casemanager")
    return p


EXPECTED: dict = {}


def expect(c: Case, planted: str, must: list, must_not: list, aanvraag=None, no_errors=False, first=True):
    e = {"as_of": c.as_of.isoformat(), "first_sick_day": c.d0.isoformat()}
    if aanvraag:
        e["aanvraag_wia"] = aanvraag
    e["planted"] = " ".join(planted.split())
    e["must"] = [dict(x) for x in must]
    e["must_not"] = [dict(x) for x in must_not]
    if no_errors:
        e["no_errors"] = True
    EXPECTED[c.name] = e
    # checks
    n = len(c.docs)
    assert 10 <= n <= 25, (c.name, n)
    for rel, d in c.docs:
        assert d <= c.as_of, (c.name, rel, d)
    for entry in must + must_not:
        assert "§8" in entry["why"], entry
        if "path" in entry:
            assert (c.dir / entry["path"]).exists(), entry["path"]


BSN_NOT = [{"code": "bsn_invalid", "why": "§8.5 (§5.2): one valid BSN on every document; phone numbers, IBAN, BIG and "
                                         "loonheffingennummer are no BSN"},
           {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere and in dossier.yaml"}]
NO_D0 = {"code": "no_first_sick_day", "why": "§8.3: the first sick day is in the documents"}


def gaps_ok(c: Case, offs: list[int], limit: int = 42) -> None:
    for a, b in zip(offs, offs[1:]):
        assert b - a <= limit, (c.name, a, b)


# ------------------------------------------------------------------------------------------
# case 1: PA in week 11 without motivation; an early "terugkoppeling" is no PA
# ------------------------------------------------------------------------------------------


def case1() -> None:
    c = Case("pa_week11_na_terugkoppeling", D(2025, 1, 13), 2101)
    c.as_of = c.day(319)
    rng = c.rng
    p = person(rng, naam="Bas Kuiper", geb=D(1979, 6, 2), functie="Chauffeur distributie", werkgever="Kuiper & Zonen Transport B.V.",
               cm="Ilse Bakhuis", cm_mail="i.bakhuis@kuipertransport.example", d0=c.d0,
               beperkingen=["Niet langer dan 2 uur achtereen rijden.", "Geen tillen boven 10 kg.",
                            "Werktijden: 4 uur per dag, op te bouwen."],
               prognose="Gedeeltelijke hervatting in eigen werk binnen 8-12 weken is waarschijnlijk.",
               advies="Start met aangepast werk op het depot (planning, laden zonder tillen) en bouw de rijtaken op.",
               doel="Terugkeer in eigen werk als chauffeur, via aangepast werk op het depot.",
               activiteiten=[["Aangepast werk depot 4 x 4 uur", "werknemer / planner", "per direct"],
                             ["Opbouw rijtaken, korte ritten", "werknemer", "na 6 weken"],
                             ["Evaluatie", "casemanager + werknemer", "elke 5 weken"]],
               visie_wg="Werkgever wil Bas graag behouden als chauffeur en biedt tijdelijk depotwerk.",
               visie_wn="Ik wil terug op de wagen, maar eerst rustig opbouwen.")
    st_emp = employer_style("kuiper", "Kuiper & Zonen Transport B.V.", "Industrieweg 14, 9403 AB Assen", font="sans",
                            accent=(150, 30, 30), letterhead="left")
    arbo_mail = "planning@arbovitaalnoord.example"
    ba = "drs. H.J. Wessels"
    p["ba"] = ba
    lh = lhn(rng)
    c.yaml({"werknemer": {"naam": p["naam"], "bsn": p["bsn"], "functie": p["functie"]},
            "werkgever": {"naam": p["werkgever"], "loonheffingennummer": lh, "aard_van_het_bedrijf": "Wegtransport en distributie"},
            "bedrijfsarts": {"naam": ba, "organisatie": "Arbo Vitaal Noord B.V."},
            "casemanager": {"naam": p["cm"]}, "eerste_ziektedag": c.d0})
    sick_mail(c, p, "01 Ziekmelding/Ziekmelding Bas Kuiper.eml", p["werkgever"], arbo_mail)
    t_d = c.day(31)
    c.pdf(f"02 Arbodienst/Terugkoppeling spreekuur {g.fmt_date(t_d, 'dash')}.pdf", t_d, [
        Title("Terugkoppeling spreekuur", sub="advies aan werkgever"),
        Fields([("Werknemer", p["naam"]), ("BSN", p["bsn"]), ("Datum spreekuur", g.fmt_date(t_d, "dash"))]),
        Para("Werknemer is vandaag op het spreekuur geweest. Hij is op dit moment ongeschikt voor zijn eigen werk."),
        Para("De verwachte duur is nog niet goed in te schatten. Ik zie hem over vier weken terug; de probleemanalyse "
             "volgt na het tweede spreekuur."),
        Para("Medische gegevens zijn in deze terugkoppeling niet opgenomen."),
        Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {p['big']}", g.fmt_date(t_d))])], ARBO_NOORD)
    pa_d = c.day(74)
    c.pdf("02 Arbodienst/Probleemanalyse B. Kuiper.pdf", pa_d, pa_blocks(c, p, pa_d), ARBO_NOORD)
    pva_d = c.day(86)
    c.scan("03 Plan van aanpak/PvA Bas getekend.pdf", pva_d, pva_blocks(c, p, pva_d, pa_d), st_emp)
    meets = [115, 149, 184, 219, 254, 289]
    gaps_ok(c, [86] + meets, 35)
    texts = [
        ("Bas werkt 4 x 4 uur op het depot. Het gaat redelijk, hij is na een dag wel moe.", ["Opbouw naar 4 x 5 uur.", "Korte rit met collega op proef."]),
        ("Bas werkt 20 van de 38 uur, deels korte ritten met een collega.", ["Opbouw naar 24 uur.", "Zelfstandig korte ritten."]),
        ("Hervat 24 van de 38 uur, korte ritten zelfstandig.", ["Opbouw naar 28 uur.", "Geen nachtritten."]),
        ("Hervat 28 van de 38 uur. Lange ritten nog niet.", ["Bedrijfsarts beoordeelt lange ritten.", "Uren gelijk houden."]),
        ("Stabiel op 28 uur; lange ritten gaan nog niet. Medische gegevens zijn niet besproken en niet vastgelegd.", ["Aanvraag gesprek bedrijfsarts.", "Eerstejaarsevaluatie plannen in week 50."]),
        ("Stabiel op 28 uur. Bas geeft aan dat 32 uur haalbaar lijkt.", ["Opbouw naar 32 uur.", "Eerstejaarsevaluatie op de agenda."]),
    ]
    for i, (off, (v, a)) in enumerate(zip(meets, texts)):
        d = c.day(off)
        nxt = g.fmt_date(c.day(meets[i + 1]) if i + 1 < len(meets) else c.day(345))
        blocks = meeting_blocks(p, d, i + 1, v, a, nxt, bsn_kind=["plain", "spaces", "dots"][i % 3])
        rel = f"04 Gesprekken/{g.fmt_date(d, 'iso')} gespreksverslag"
        if i in (0, 4):
            c.docx(rel + ".docx", d, blocks, st_emp)
        elif i == 1:
            c.eml(f"04 Gesprekken/{g.fmt_date(d, 'iso')} verslag gesprek.eml", d, p["cm_mail"], "dossier@kuipertransport.example",
                  f"Verslag voortgangsgesprek {p['naam']} {g.fmt_date(d, 'dash')}", g.blocks_to_text(blocks))
        elif i == 2:
            c.photo(f"04 Gesprekken/IMG_{d:%Y%m%d}_1641.jpg", d, blocks, st_emp, orientation=6)
        else:
            c.pdf(rel + ".pdf", d, blocks, st_emp)
    m_d = c.day(287)
    c.pdf("05 UWV/Ziekmelding 42e week Kuiper.pdf", m_d, melding42_blocks(p, m_d, lh), st_emp)
    b_d = c.day(290)
    c.scan("05 UWV/Bevestiging ziekmelding UWV.pdf", b_d, uwv_bevestiging(p, b_d, m_d), UWV)
    u_d = c.day(311)
    c.eml("06 Planning/Uitnodiging eerstejaarsevaluatie.eml", u_d, p["cm_mail"], "bas.kuiper@mailbox.example",
          "Uitnodiging: eerstejaarsevaluatie",
          f"Hoi Bas,\n\nWe houden de eerstejaarsevaluatie op {g.fmt_date(c.day(345), 'weekday')} om 10.00 uur "
          f"op kantoor (week {wk(345)}). De bedrijfsarts levert vooraf een update van je belastbaarheid.\n\nGroet,\nIlse\n")
    s_d = c.day(301)
    c.eml("07 Overig/Reiskosten en loon.eml", s_d, "salaris@kuipertransport.example", p["cm_mail"], "RE: reiskosten Bas",
          f"Ilse,\n\nDe reiskosten van Bas voor de ritten naar het depot gaan mee met de loonrun van november, op zijn "
          f"rekening {iban(rng)}. Vragen: bel {mobile(rng)}.\n\nSalarisadministratie\n")
    assert pa_d - c.d0 == dt.timedelta(days=74)
    expect(c, f"""checked in week 46 (D0+319). The probleemanalyse ('02 Arbodienst/Probleemanalyse B. Kuiper.pdf') is
        dated D0+74 (week 11), 32 days after the D0+42 deadline, and gives no reason for the delay. An earlier
        'Terugkoppeling spreekuur' (D0+31, same bedrijfsarts) is no probleemanalyse: it says the analysis will follow
        after the second consultation. Traps: the PvA (copier scan, signed by both) is D0+86 = PA+12, on time relative to
        the PA although after the nominal week 8; meetings every 29-35 days (Word, mail, phone photo with EXIF 6, PDF);
        part-time recovery 28 of 38 hours; 42e-weeksmelding D0+287 with UWV's confirmation D0+290; the EJE is planned
        for D0+345 (week 50), so not missing at as_of; a payroll mail with an IBAN and a mobile number; BSN plain,
        with spaces and with dots.""",
           must=[{"code": "late", "type": "probleemanalyse", "path": "02 Arbodienst/Probleemanalyse B. Kuiper.pdf",
                  "why": "§8.3: PA ≤ D0+42; this one is D0+74 without a written motivation (Regeling art. 5)"}],
           must_not=[{"code": "missing", "type": "probleemanalyse", "why": "§8.1: present (late)"},
                     {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present (signed scan)"},
                     {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA ≤ PA+14; D0+86 = PA+12"},
                     {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: signed by both"},
                     {"code": "evaluation_gap", "why": "§8.3: gaps 29-35 days ≤ 42"},
                     {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: 42e-weeksmelding D0+287 ≤ D0+294"},
                     {"code": "missing", "type": "eerstejaarsevaluatie", "severity": "error",
                      "why": "§8.1: the EJE is required only once D0+52 weeks < as_of; as_of is week 46"},
                     {"code": "medical_data", "why": "§8.7: no diagnosis anywhere; 'medische gegevens niet opgenomen' only"},
                     NO_D0, *BSN_NOT])


# ------------------------------------------------------------------------------------------
# case 2: PvA only as an unsigned Word file; AD-onderzoek advised, never done
# ------------------------------------------------------------------------------------------


def case2() -> None:
    c = Case("pva_alleen_word_ad_advies_niet_uitgevoerd", D(2024, 11, 4), 2102)
    c.as_of = c.day(403)
    rng = c.rng
    p = person(rng, naam="Fenna Dijkstra", geb=D(1986, 2, 19), functie="Verpleegkundige wijkteam",
               werkgever="Zorggroep De Linde", cm="Mark Hoekstra", cm_functie="teamleider / casemanager",
               cm_mail="m.hoekstra@zorggroepdelinde.example", d0=c.d0,
               beperkingen=["Beperkt in tillen en dragen (max. 5 kg).", "Geen langdurig staan.",
                            "Werktijden: 3 x 4 uur per week."],
               prognose="Herstel in eigen werk is onzeker; over 3 maanden opnieuw beoordelen.",
               advies="Start met administratieve taken (zorgplannen, telefonische triage) en wandelen binnen de wijk.",
               doel="Terugkeer in eigen werk als wijkverpleegkundige; tussendoel: administratieve taken.",
               activiteiten=[["Telefonische triage 3 x 4 uur", "werknemer / planner", "vanaf week 7"],
                             ["Zorgplannen bijwerken", "werknemer", "vanaf week 8"],
                             ["Evaluatie", "casemanager + werknemer", "elke 5-6 weken"]],
               visie_wg="Wij willen Fenna behouden voor het wijkteam en zoeken tijdelijk ander werk binnen de zorggroep.",
               visie_wn="Ik wil graag terug in de wijk, maar het lichamelijke werk is voorlopig te zwaar.")
    p["ba"] = "M.A. Terpstra"
    st_emp = employer_style("delinde", "Zorggroep De Linde", "Wijkcentrum De Linde, Lindelaan 3, 8441 CE Heerenveen",
                            font="condensed", accent=(0, 120, 120), letterhead="band")
    lh = lhn(rng)
    c.yaml({"werknemer": {"naam": p["naam"], "bsn": p["bsn"], "functie": p["functie"]},
            "werkgever": {"naam": p["werkgever"], "loonheffingennummer": lh, "aard_van_het_bedrijf": "Wijkverpleging en thuiszorg"},
            "bedrijfsarts": {"naam": p["ba"], "organisatie": "ArboDelta Bedrijfsgezondheid"},
            "casemanager": {"naam": p["cm"]}, "eerste_ziektedag": c.d0})
    sick_mail(c, p, "Verzuim/Ziekmelding Fenna.eml", p["werkgever"], "meldingen@arbodelta.example")
    pa_d = c.day(36)
    c.pdf("Arbodienst/Probleemanalyse en advies - F. Dijkstra.pdf", pa_d,
          pa_blocks(c, p, pa_d, title="Probleemanalyse en advies"), ARBO_DELTA)
    pva_d = c.day(45)
    pva_rel = "Plan van aanpak/PvA Fenna v3 definitief.docx"
    c.docx(pva_rel, pva_d, pva_blocks(c, p, pva_d, pa_d, signed=False, sig_dates=False), st_emp)
    m_d = c.day(46)
    c.eml("Plan van aanpak/PvA ter ondertekening.eml", m_d, p["cm_mail"], "fenna.dijkstra@webpost.example",
          "PvA ter ondertekening",
          "Hoi Fenna,\n\nDe definitieve versie van het plan van aanpak (v3) staat in de gedeelde map. Wil je hem printen, "
          "tekenen en bij het volgende gesprek meenemen? Dan teken ik ook en scannen we hem in.\n\nGroet,\nMark\n")
    meets = [80, 115, 150, 185, 220, 255, 290, 325, 381]
    gaps_ok(c, [45] + meets[:-1])
    vt = [
        ("Fenna doet 3 x 4 uur telefonische triage. Het plan van aanpak is besproken; tekenen is er niet van gekomen.", ["Uitbreiden naar 3 x 5 uur.", "Zorgplannen erbij."]),
        ("3 x 5 uur triage en zorgplannen. Gaat goed.", ["Opbouw naar 4 x 5 uur."]),
        ("4 x 5 uur, wijkbezoek nog niet mogelijk.", ["Bedrijfsarts spreekuur over wijkwerk."]),
        ("Stabiel 20 uur administratief; geen verbetering in belastbaarheid voor wijkwerk.", ["Uitslag spreekuur afwachten."]),
        ("De bedrijfsarts adviseert een arbeidsdeskundig onderzoek. Casemanager vraagt het aan bij Van Rijn.", ["Aanvraag AD-onderzoek deze week.", "Uren gelijk houden."]),
        ("AD-bureau heeft de opdracht bevestigd; planning volgt.", ["Casemanager belt bureau na."]),
        ("Het AD-onderzoek is nog niet ingepland (wachtlijst bij het bureau).", ["Casemanager vraagt ander bureau als het niet lukt."]),
        ("Voorbereiding eerstejaarsevaluatie. AD-onderzoek nog steeds niet gepland.", ["Eerstejaarsevaluatie in week 50."]),
        ("Fenna is gestart bij WerkPad (tweede spoor). Het arbeidsdeskundig onderzoek heeft nog niet plaatsgevonden; het bureau heeft geen datum.", ["Casemanager zoekt een ander AD-bureau.", "20 uur administratief blijft."]),
    ]
    for i, off in enumerate(meets):
        d = c.day(off)
        v, a = vt[i]
        nxt = g.fmt_date(c.day(meets[i + 1])) if i + 1 < len(meets) else "over vijf weken"
        blocks = meeting_blocks(p, d, i + 1, v, a, nxt, title="Verslag evaluatiegesprek", bsn_kind="dots" if i % 2 else "plain")
        if i in (2, 6):
            c.eml(f"Gesprekken/Verslag {g.fmt_date(d, 'dash')}.eml", d, p["cm_mail"], "personeelsdossier@zorggroepdelinde.example",
                  f"Verslag evaluatiegesprek Fenna {g.fmt_date(d, 'dash')}", g.blocks_to_text(blocks))
        elif i == 4:
            c.scan(f"Gesprekken/Scan {g.fmt_date(d, 'iso')}.pdf", d, blocks, st_emp)
        else:
            c.docx(f"Gesprekken/Evaluatiegesprek {g.fmt_date(d, 'iso')}.docx", d, blocks, st_emp)
    bpa_d = c.day(213)
    c.pdf("Arbodienst/Bijstelling probleemanalyse Dijkstra.pdf", bpa_d, [
        Title("Bijstelling probleemanalyse", sub="gewijzigde belastbaarheid"),
        Fields(p_ident(p, "spaces") + [("Eerste ziektedag", g.fmt_date(c.d0, "dash")), ("Datum", g.fmt_date(bpa_d, "dash"))]),
        Heading("Herziene belastbaarheid"),
        Para("Werknemer is blijvend beperkt voor tillen, langdurig staan en fysiek zware zorg. Terugkeer in het eigen "
             "werk als wijkverpleegkundige is niet te verwachten."),
        Heading("Advies"),
        Para("Ik adviseer werkgever op korte termijn een arbeidsdeskundig onderzoek te laten doen naar passend werk "
             "binnen en buiten de zorggroep (spoor 1 en spoor 2)."),
        Para("Medische gegevens zijn niet opgenomen."),
        Signatures([Sig("Bedrijfsarts", p["ba"], f"bedrijfsarts, BIG {p['big']}", g.fmt_date(bpa_d))])], ARBO_DELTA)
    o_d = c.day(225)
    c.pdf("Arbeidsdeskundige/Opdrachtbevestiging AD-onderzoek.pdf", o_d, [
        Title("Opdrachtbevestiging", sub="arbeidsdeskundig onderzoek"),
        Fields([("Opdrachtgever", p["werkgever"]), ("Werknemer", p["naam"]), ("Datum", g.fmt_date(o_d))]),
        Para("Hartelijk dank voor uw opdracht. Wij nemen contact op om het onderzoek in te plannen; de huidige "
             "doorlooptijd is 8 tot 10 weken. Dit is geen rapportage."),
        Signatures([Sig("Planning", "J. de Boer", "planner", g.fmt_date(o_d))])], AD_BUREAU)
    m42 = c.day(288)
    c.pdf("UWV/Ziekmelding UWV 42e week.pdf", m42, melding42_blocks(p, m42, lh), st_emp)
    c.scan("UWV/Brief UWV bevestiging ziekmelding.pdf", c.day(290), uwv_bevestiging(p, c.day(290), m42), UWV)
    eje_d = c.day(346)
    c.scan("Eerstejaarsevaluatie/EJE Fenna getekend.pdf", eje_d, eje_blocks(
        p, eje_d,
        "Fenna werkt 20 uur in administratief werk. Terugkeer in de wijk is volgens de bedrijfsarts niet meer te verwachten.",
        "Structureel passend werk, binnen of buiten de zorggroep. Het arbeidsdeskundig onderzoek is aangevraagd maar "
        "nog niet uitgevoerd; de uitkomst bepaalt het spoor 1-werk.",
        "Omdat terugkeer in eigen werk niet te verwachten is, start per januari een tweede spoor bij WerkPad."), st_emp)
    tp_d = c.day(374)
    c.pdf("Tweede spoor/Trajectplan WerkPad - F. Dijkstra.pdf", tp_d, [
        Title("Trajectplan tweede spoor", sub="intake en plan van aanpak 2e spoor"),
        Fields([("Kandidaat", p["naam"]), ("BSN", p["bsn"]), ("Opdrachtgever", p["werkgever"]),
                ("Datum intake", g.fmt_date(tp_d)), ("Loopbaancoach", "R. Visser")]),
        Heading("Persoonsprofiel"), Para("Ervaren verpleegkundige (mbo-4), sterk in planning, triage en overleg."),
        Heading("Zoekprofiel"), Para("Administratief/coördinerend werk in de zorg: planner, zorgadministratie, triage."),
        Heading("Activiteiten"), Bullets(["Arbeidsmarktoriëntatie (4 weken)", "Netwerkgesprekken", "Sollicitatietraining"]),
        Signatures([Sig("Loopbaancoach", "R. Visser", "re-integratieadviseur", g.fmt_date(tp_d)),
                    Sig("Kandidaat", p["naam"], "", g.fmt_date(tp_d))])], BUREAU_2)
    expect(c, f"""checked in week 58 (D0+403). (1) The plan van aanpak exists only as the casemanager's Word file
        ('Plan van aanpak/PvA Fenna v3 definitief.docx', D0+45): both signature boxes have names but no signature and no
        date; his mail of D0+46 asks her to print and sign it, the first meeting says signing did not happen, no signed
        copy was filed. (2) The bedrijfsarts's bijstelling probleemanalyse (D0+213, week 31) says own work is no longer
        expected and advises an arbeidsdeskundig onderzoek; the AD bureau confirmed the order (D0+225, 'Dit is geen
        rapportage'), the EJE and the meetings say it has not been done; no AD-rapport at week 58. Traps: PA D0+36;
        the EJE (week 50, copier scan) is signed by both and in the window; the 2nd track started on time (trajectplan
        D0+374 ≤ D0+406) even without the AD report; meetings every 35 days until D0+325, then 56 days to D0+381 (over
        the EJE of D0+346, which counts as an evaluation); 42e-weeksmelding D0+288; BSN plain, dots and spaces.""",
           must=[{"code": "unsigned", "type": "plan_van_aanpak", "path": pva_rel,
                  "why": "§8.5: the PvA must be signed by employer and employee; the Word file has no signature at all"},
                 {"code": "missing", "type": "arbeidsdeskundig_rapport",
                  "why": "§8.2: AD-rapport expected when there was no return to own work by week 52 (advised by the bedrijfsarts in week 31)"}],
           must_not=[{"code": "missing", "type": "plan_van_aanpak", "severity": "error",
                      "why": "§8.1: a PvA is present (unsigned; that is the unsigned finding)"},
                     {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+36 ≤ D0+42"},
                     {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA D0+45 = PA+9"},
                     {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: present (week 50)"},
                     {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: D0+346 is week 50, inside 46-52"},
                     {"code": "unsigned", "type": "eerstejaarsevaluatie", "why": "§8.5: signed by both"},
                     {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2/§8.3: trajectplan D0+374 ≤ D0+406"},
                     {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+288 ≤ D0+294"},
                     {"code": "medical_data", "why": "§8.7: no diagnosis; 'medische gegevens niet opgenomen'"},
                     NO_D0, *BSN_NOT])


# ------------------------------------------------------------------------------------------
# case 3: no EJE in week 56; a week-52 "evaluatie plan van aanpak" is an ordinary meeting
# ------------------------------------------------------------------------------------------


def case3() -> None:
    c = Case("eje_ontbreekt_gewone_evaluatie_week52", D(2025, 2, 10), 2103)
    c.as_of = c.day(389)
    rng = c.rng
    p = person(rng, naam="Yusuf Demir", geb=D(1990, 11, 7), functie="Monteur installatietechniek",
               werkgever="Installatiebedrijf Brouwer Techniek B.V.", cm="Sandra Meijer", cm_functie="HR-adviseur",
               cm_mail="s.meijer@brouwertechniek.example", d0=c.d0,
               beperkingen=["Geen werk boven schouderhoogte.", "Geen klimmen op ladders en steigers.",
                            "Werktijden: 4 uur per dag, op te bouwen."],
               prognose="Gedeeltelijk herstel in 3-6 maanden verwacht; volledige terugkeer in eigen werk is onzeker.",
               advies="Start met werkvoorbereiding en magazijnbeheer; bouw uren op.",
               doel="Terugkeer in eigen werk als monteur; tussendoel werkvoorbereiding.",
               activiteiten=[["Werkvoorbereiding 4 x 4 uur", "werknemer / planner", "per direct"],
                             ["Opbouw uren", "werknemer", "elke 4 weken +4 uur"],
                             ["Evaluatie", "HR-adviseur + werknemer", "elke 5 weken"]],
               visie_wg="Werkgever ziet Yusuf op termijn terug als monteur of als werkvoorbereider.",
               visie_wn="Ik wil terug als monteur; werkvoorbereiding is voor nu prima.")
    p["ba"] = "dr. P. van Leeuwen"
    st_emp = employer_style("brouwer", "Brouwer Techniek B.V.", "Handelsweg 40, 3439 MG Nieuwegein", font="sans",
                            accent=(0, 80, 50), letterhead="right", producer="Microsoft Word 2016")
    lh = lhn(rng)
    # no dossier.yaml: the first sick day is in the sick mail, PA, PvA, EJE invitation and UWV confirmation
    sick_mail(c, p, "Ziekmelding/Ziekmelding Yusuf Demir.eml", p["werkgever"], "verzuim@kernarbo.example")
    pa_d = c.day(38)
    c.pdf("Arbodienst/Probleemanalyse Y. Demir.pdf", pa_d, pa_blocks(c, p, pa_d), ARBO_KERN)
    pva_d = c.day(49)
    c.pdf("Plan van aanpak/Plan van aanpak Yusuf Demir (getekend).pdf", pva_d, pva_blocks(c, p, pva_d, pa_d), st_emp)
    meets = [84, 119, 154, 189, 224, 259, 294, 329, 357, 385]
    gaps_ok(c, [49] + meets, 35)
    vt = [
        "Yusuf werkt 4 x 4 uur werkvoorbereiding.", "Opgebouwd naar 20 uur.", "24 van de 36 uur; werk boven schouder nog niet.",
        "24 uur, stabiel.", "24 uur; lichte montage in de werkplaats op proef.", "28 uur, werkplaats en werkvoorbereiding.",
        "28 van de 36 uur. 42e-weeksmelding is gedaan.", "Arbeidsdeskundige is geweest (rapport in dossier). Uitnodiging eerstejaarsevaluatie verstuurd.",
        "Zesweekse evaluatie van het plan van aanpak: afspraken nagekomen, 28 uur. De eerstejaarsevaluatie is afgezegd en wordt apart gepland.",
        "28 uur. De eerstejaarsevaluatie is nog niet gehouden; HR plant haar alsnog.",
    ]
    for i, off in enumerate(meets):
        d = c.day(off)
        nxt = g.fmt_date(c.day(meets[i + 1])) if i + 1 < len(meets) else "volgt"
        title = "Evaluatie plan van aanpak" if i == 8 else "Verslag voortgangsgesprek"
        blocks = meeting_blocks(p, d, i + 1, vt[i], ["Uren: zie voortgang.", "Volgende evaluatie over vijf weken."], nxt,
                                title=title, bsn_kind=("spaces", "plain", "dots")[i % 3])
        if i == 8:
            c.pdf(f"Gesprekken/Evaluatie PvA {g.fmt_date(d, 'dash')}.pdf", d, blocks, st_emp)
        elif i in (1, 5):
            c.eml(f"Gesprekken/Verslag {g.fmt_date(d, 'iso')}.eml", d, p["cm_mail"], "yusuf.demir@postvak.example",
                  f"Verslag gesprek {g.fmt_date(d, 'dash')}", g.blocks_to_text(blocks))
        elif i in (3, 9):
            c.docx(f"Gesprekken/Gespreksverslag {g.fmt_date(d, 'iso')}.docx", d, blocks, st_emp)
        elif i == 6:
            c.photo(f"Gesprekken/WhatsApp Image {d:%Y-%m-%d} at 16.41.jpg", d, blocks, st_emp, orientation=1)
        else:
            c.pdf(f"Gesprekken/Gespreksverslag {g.fmt_date(d, 'iso')}.pdf", d, blocks, st_emp)
    m42 = c.day(288)
    c.pdf("UWV/Ziekmelding 42e week.pdf", m42, melding42_blocks(p, m42, lh), st_emp)
    b_d = c.day(311)
    c.scan("UWV/Bevestiging UWV ziekmelding week 45.pdf", b_d, uwv_bevestiging(p, b_d, m42), UWV)
    ad_d = c.day(325)
    c.pdf("Arbeidsdeskundige/Rapport arbeidsdeskundig onderzoek Demir.pdf", ad_d, [
        Title("Rapportage arbeidsdeskundig onderzoek", sub="spoor 1-advies"),
        Fields(p_ident(p) + [("Datum onderzoek", g.fmt_date(ad_d)), ("Arbeidsdeskundige", "drs. L. Kramer, register-arbeidsdeskundige")]),
        Heading("Belasting en belastbaarheid"),
        Para("De functiebelasting van monteur overschrijdt de belastbaarheid op het punt van werk boven schouderhoogte. "
             "Met aanpassingen (hoogwerker, geen plafondmontage) is het eigen werk binnen 3 maanden passend te maken."),
        Heading("Advies"),
        Para("Spoor 1: aangepast eigen werk, opbouw naar 36 uur binnen 3 maanden. Een tweede spoor is nu niet nodig, "
             "omdat er een concreet vooruitzicht op terugkeer binnen 3 maanden is."),
        Signatures([Sig("Arbeidsdeskundige", "drs. L. Kramer", "register-arbeidsdeskundige", g.fmt_date(ad_d))])], AD_BUREAU)
    u_d = c.day(330)
    c.eml("Planning/Uitnodiging eerstejaarsevaluatie.eml", u_d, p["cm_mail"], "yusuf.demir@postvak.example",
          "Uitnodiging eerstejaarsevaluatie",
          f"Beste Yusuf,\n\nJe bent sinds {g.fmt_date(c.d0)} ziek. Na een jaar houden we de eerstejaarsevaluatie. "
          f"Ik nodig je uit op {g.fmt_date(c.day(350), 'weekday')} om 14.00 uur.\n\nMet vriendelijke groet,\nSandra Meijer\nHR-adviseur\n")
    a_d = c.day(347)
    c.eml("Planning/RE Uitnodiging eerstejaarsevaluatie.eml", a_d, p["cm_mail"], "yusuf.demir@postvak.example",
          "RE: Uitnodiging eerstejaarsevaluatie",
          "Beste Yusuf,\n\nDe eerstejaarsevaluatie van aanstaande maandag gaat niet door: onze directeur is die dag afwezig. "
          "Ik kom met een nieuwe datum.\n\nMet vriendelijke groet,\nSandra\n\nTel. " + mobile(rng) + "\n")
    expect(c, f"""checked in week 56 (D0+389); no dossier.yaml (the first sick day is in the sick mail, the PA, the
        PvA and the UWV letters). No eerstejaarsevaluatie: the EJE set for D0+350 was cancelled (mail D0+347) and never
        held; the week-52 meeting report 'Gesprekken/Evaluatie PvA <date>.pdf' (D0+357) is the ordinary six-weekly
        'Evaluatie plan van aanpak' and says the EJE will be planned separately; the meeting of D0+385 says it still has
        not been held. Traps: UWV's confirmation of the 42e-weeksmelding is dated D0+311 (week 45) and filed as 'week
        45', but the melding itself was on D0+288 (on time); the AD-rapport (week 47) gives a concrete prospect of return
        within 3 months, so no 2nd track yet (and D0+406 is not reached); part-time recovery 28 of 36 hours; meetings
        every 28-35 days (PDF, Word, mail, WhatsApp photo); PA D0+38, PvA D0+49 (PA+11), signed.""",
           must=[{"code": "missing", "type": "eerstejaarsevaluatie",
                  "why": "§8.1: EJE required once D0+52 weeks < as_of (D0+389); the week-52 meeting is an ordinary evaluation"}],
           must_not=[{"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: melding D0+288 ≤ D0+294; only UWV's confirmation is later"},
                     {"code": "late", "type": "probleemanalyse", "why": "§8.3: D0+38 ≤ D0+42"},
                     {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PA+11 ≤ PA+14"},
                     {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: signed by both"},
                     {"code": "missing", "type": "arbeidsdeskundig_rapport", "why": "§8.2: present (week 47)"},
                     {"code": "missing", "type": "trajectplan_tweede_spoor",
                      "why": "§8.3: 2nd-track evidence due ≈ D0+406 > as_of, and the AD-rapport motivates spoor 1"},
                     {"code": "evaluation_gap", "why": "§8.3: gaps 28-35 days ≤ 42"},
                     {"code": "no_first_sick_day", "why": "§8.3: the first sick day is in the sick mail, PA, PvA and UWV letters"},
                     *BSN_NOT])


# ------------------------------------------------------------------------------------------
# case 4: meetings stopped for four months; 42e-weeksmelding made in week 47
# ------------------------------------------------------------------------------------------


def case4() -> None:
    c = Case("gesprekken_stil_vier_maanden_melding_week47", D(2024, 12, 2), 2104)
    c.as_of = c.day(347)
    rng = c.rng
    p = person(rng, naam="Linda Vermeulen", geb=D(1975, 4, 28), functie="Medewerker klantenservice",
               werkgever="Webwinkel Vermaat Online B.V.", cm="Rob Vermaat", cm_functie="directeur-eigenaar",
               cm_mail="rob@vermaatonline.example", d0=c.d0,
               beperkingen=["Beperkt in concentratie: korte werkblokken met pauzes.", "Geen telefonische piekdiensten.",
                            "Werktijden: 3 x 3 uur per week."],
               prognose="Geleidelijke opbouw; volledige hervatting binnen 6-9 maanden mogelijk.",
               advies="Start met e-mailafhandeling in rustige uren, opbouw in overleg.",
               doel="Volledige terugkeer in eigen werk bij de klantenservice.",
               activiteiten=[["E-mailafhandeling 3 x 3 uur", "werknemer", "per direct"],
                             ["Opbouw uren", "werknemer / directeur", "elke 4 weken"],
                             ["Evaluatie", "directeur + werknemer", "elke 5 weken"]],
               visie_wg="We willen Linda terug in het team; we passen de roosters aan.",
               visie_wn="Ik wil rustig opbouwen en eerst geen telefoondiensten.")
    p["ba"] = "J.W. Brink"
    st_emp = employer_style("vermaat", "Vermaat Online B.V.", "Ambachtsweg 5, 2222 AH Katwijk", font="sans",
                            accent=(220, 100, 0), letterhead="left")
    lh = lhn(rng)
    c.yaml({"werknemer": {"naam": p["naam"], "bsn": p["bsn"], "functie": p["functie"]},
            "werkgever": {"naam": p["werkgever"], "loonheffingennummer": lh, "aard_van_het_bedrijf": "Webwinkel, 14 medewerkers"},
            "bedrijfsarts": {"naam": p["ba"], "organisatie": "Arbo&Co Zuid-Holland"},
            "casemanager": {"naam": p["cm"]}, "eerste_ziektedag": c.d0})
    sick_mail(c, p, "Ziekte Linda/Ziekmelding.eml", p["werkgever"], "ziekmelding@arbocozh.example")
    pa_d = c.day(35)
    c.pdf("Ziekte Linda/Arbo/Probleemanalyse Vermeulen.pdf", pa_d, pa_blocks(c, p, pa_d, title="Probleemanalyse (art. 2 Regeling procesgang)"), ARBO_ZUID)
    pva_d = c.day(44)
    c.scan("Ziekte Linda/Plan van aanpak Linda.pdf", pva_d, pva_blocks(c, p, pva_d, pa_d), st_emp)
    meets = [72, 107, 142, 268, 303, 338]
    gap_from, gap_to = 142, 268
    vt = [
        ("Linda doet 3 x 3 uur e-mail. Gaat goed.", ["Opbouw naar 3 x 4 uur."]),
        ("3 x 4 uur. Telefoon nog niet.", ["Opbouw naar 4 x 4 uur."]),
        ("4 x 4 uur, eerste korte telefoondienst gaat redelijk.", ["Volgend gesprek na de zomer."]),
        ("Eerste gesprek sinds april: door de drukte in de webwinkel en de verhuizing van het magazijn is er niet eerder "
         "gesproken. Linda werkt 20 van de 32 uur.", ["Weer elke 5 weken een gesprek.", "42e-weeksmelding controleren."]),
        ("20 uur, telefoondiensten 2 x per week.", ["Opbouw naar 24 uur.", "Eerstejaarsevaluatie in week 51."]),
        ("24 van de 32 uur. Uitslag arbeidsdeskundige besproken.", ["Eerstejaarsevaluatie op " + g.fmt_date(c.day(352)) + "."]),
    ]
    for i, off in enumerate(meets):
        d = c.day(off)
        nxt = g.fmt_date(c.day(meets[i + 1])) if i + 1 < len(meets) else g.fmt_date(c.day(352))
        if i == 2:
            nxt = "na de zomer"
        v, a = vt[i]
        blocks = meeting_blocks(p, d, i + 1, v, a, nxt, bsn_kind="spaces")
        if i in (0, 3):
            c.docx(f"Ziekte Linda/Gesprekken/Gesprek {g.fmt_date(d, 'dash')}.docx", d, blocks, st_emp)
        elif i in (1, 4):
            c.eml(f"Ziekte Linda/Gesprekken/Verslag {g.fmt_date(d, 'dash')}.eml", d, p["cm_mail"], "linda.vermeulen@thuismail.example",
                  f"Verslag ons gesprek van {g.fmt_date(d, 'long')}", g.blocks_to_text(blocks))
        else:
            c.scan(f"Ziekte Linda/Gesprekken/Scan_{d:%Y%m%d}.pdf", d, blocks, st_emp)
    i_d = c.day(177)
    c.eml("Ziekte Linda/Agenda/Geannuleerd Voortgangsgesprek Linda.eml", i_d, p["cm_mail"], "linda.vermeulen@thuismail.example",
          "Geannuleerd: Voortgangsgesprek Linda",
          f"Rob Vermaat heeft deze vergadering geannuleerd.\n\nVoortgangsgesprek Linda\n"
          f"Wanneer: {g.fmt_date(c.day(184), 'weekday')} 10:00-10:45\nWaar: kantoor\n\n"
          "Sorry Linda, het is te druk met de verhuizing van het magazijn. Ik plan een nieuwe datum.\n")
    w_d = c.day(226)
    c.eml("Ziekte Linda/Mail Linda - wanneer gesprek.eml", w_d, "linda.vermeulen@thuismail.example", p["cm_mail"],
          "wanneer spreken we weer?",
          "Hoi Rob,\n\nWe hebben elkaar sinds april niet meer gesproken over mijn re-integratie. Ik werk nu 20 uur. "
          "Wanneer plannen we weer een gesprek?\n\nGroetjes, Linda\n")
    m42 = c.day(324)
    c.eml("Ziekte Linda/UWV/42e weeks melding alsnog.eml", m42, p["cm_mail"], "loon@administratiekantoorduin.example",
          "42e weeks melding Linda - alsnog",
          f"Hallo Petra,\n\nIk zie dat de ziekmelding bij UWV (42e week) voor Linda Vermeulen nog niet is gedaan. Eerste "
          f"ziektedag {g.fmt_date(c.d0, 'dash')}, BSN {p['bsn']}. Wil je die vandaag alsnog doen?\n\nRob\n")
    c.pdf("Ziekte Linda/UWV/Ziekmelding langdurig ziek Vermeulen.pdf", m42, melding42_blocks(p, m42, lh), st_emp)
    b_d = c.day(331)
    c.scan("Ziekte Linda/UWV/Bevestiging UWV.pdf", b_d, uwv_bevestiging(p, b_d, m42, late=True), UWV)
    ad_d = c.day(317)
    c.pdf("Ziekte Linda/Arbeidsdeskundig rapport Vermeulen.pdf", ad_d, [
        Title("Arbeidsdeskundig onderzoek", sub="rapportage"),
        Fields(p_ident(p) + [("Datum", g.fmt_date(ad_d))]),
        Heading("Functiebelasting en belastbaarheid"),
        Para("Het eigen werk is met aangepaste roosters (geen piekdiensten) passend. Hervatting naar 32 uur binnen 3 "
             "maanden is realistisch."),
        Heading("Advies"), Para("Spoor 1: eigen werk met aanpassingen. Tweede spoor niet nodig."),
        Signatures([Sig("Arbeidsdeskundige", "mr. K. Aksoy", "register-arbeidsdeskundige", g.fmt_date(ad_d))])], AD_BUREAU)
    s_d = c.day(296)
    c.eml("Ziekte Linda/Loon/Vakantiegeld.eml", s_d, "loon@administratiekantoorduin.example", p["cm_mail"], "Vakantiegeld medewerkers",
          f"Rob,\n\nHet vakantiegeld is betaald, ook voor Linda op {iban(rng, 'INGB')}. Bel gerust: {mobile(rng)}.\n\nPetra\n")
    assert gap_to - gap_from == 126
    expect(c, f"""checked in week 50 (D0+347). (1) No re-integration meeting between D0+142 and D0+268 (126 days):
        the last report before the summer says 'volgend gesprek na de zomer', a meeting set for D0+184 was cancelled (Outlook
        cancellation, D0+177), the employee's mail of D0+226 asks when they will talk again, and the report of D0+268 says there was
        no meeting since April (shop busy, warehouse move); no reason in Regeling art. 5 terms. (2) The 42e-weeksmelding
        was made only on D0+324 (week 47; due D0+294): the owner's mail to the payroll office, the portal copy and UWV's
        confirmation (D0+331, scan) that says it was late. Traps: the other gaps are 28-37 days; part-time recovery
        20-24 of 32 hours; the AD-rapport (week 46) says spoor 1 with a concrete prospect; the EJE is planned for D0+352
        (week 51), so not missing at week 50; PA D0+35, PvA D0+44 (scan, signed); a payroll mail with IBAN and mobile.""",
           must=[{"code": "evaluation_gap", "why": "§8.3: gap between evaluations 126 days > 42 (D0+142 → D0+268)"},
                 {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: 42e-weeksmelding D0+324 > D0+294 (I/W, fine only)"}],
           must_not=[{"code": "late", "type": "ziekmelding_uwv", "severity": "error",
                      "why": "§8.3: a late 42e-weeksmelding is I/W (fine only, no loonsanctie)"},
                     {"code": "missing", "type": "ziekmelding_uwv", "why": "§8.3: made (late), confirmed by UWV"},
                     {"code": "missing", "type": "eerstejaarsevaluatie", "severity": "error",
                      "why": "§8.1: EJE required only after D0+52 weeks; as_of is week 50"},
                     {"code": "late", "type": "probleemanalyse", "why": "§8.3: D0+35 ≤ D0+42"},
                     {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PA+9"},
                     {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+406 not reached; AD advises spoor 1"},
                     {"code": "medical_data", "why": "§8.7: no diagnosis anywhere"},
                     NO_D0, *BSN_NOT])


# ------------------------------------------------------------------------------------------
# case 5: the casemanager's own meeting report records diagnosis, tests and medication
# ------------------------------------------------------------------------------------------


def case5() -> None:
    c = Case("casemanagerverslag_met_diagnose", D(2025, 4, 7), 2105)
    c.as_of = c.day(298)
    rng = c.rng
    p = person(rng, naam="Ruud Jansen", geb=D(1968, 9, 14), functie="Docent economie", werkgever="Stichting Lyceum Oosterhout",
               cm="Petra Smits", cm_functie="P&O-adviseur / casemanager", cm_mail="p.smits@lyceumoosterhout.example", d0=c.d0,
               beperkingen=["Snel vermoeid: werkblokken van maximaal 2 uur.", "Geen volle klassen; kleine groepen wel.",
                            "Werktijden: 2 x 3 uur per week, op te bouwen."],
               prognose="Langzaam herstel; gedeeltelijke hervatting binnen 3 maanden, volledig herstel onzeker.",
               advies="Start met voorbereidende taken (toetsen maken, bijles aan kleine groepen).",
               doel="Terugkeer in eigen werk als docent; tussendoel: bijles en toetsontwikkeling.",
               activiteiten=[["Toetsontwikkeling 2 x 3 uur", "werknemer / sectieleider", "per direct"],
                             ["Bijles kleine groepen", "werknemer", "na 6 weken"],
                             ["Evaluatie", "casemanager + werknemer", "elke 5 weken"]],
               visie_wg="De school wil Ruud graag behouden en past het rooster aan.",
               visie_wn="Ik wil graag terug voor de klas, maar mijn energie is nog beperkt.")
    p["ba"] = "drs. A. Hendriks"
    st_emp = employer_style("lyceum", "Stichting Lyceum Oosterhout", "Wilhelminalaan 2, 4901 GE Oosterhout", font="serif",
                            accent=(90, 20, 90), letterhead="centered")
    lh = lhn(rng)
    c.yaml({"werknemer": {"naam": p["naam"], "bsn": p["bsn"], "functie": p["functie"]},
            "werkgever": {"naam": p["werkgever"], "loonheffingennummer": lh, "aard_van_het_bedrijf": "Voortgezet onderwijs"},
            "bedrijfsarts": {"naam": p["ba"], "organisatie": "Maasland Arbodienst"},
            "casemanager": {"naam": p["cm"]}, "eerste_ziektedag": c.d0})
    sick_mail(c, p, "1 Ziekmelding/Ziekmelding R. Jansen.eml", p["werkgever"], "meldingen@maaslandarbo.example")
    pa_d = c.day(37)
    c.pdf("2 Arbodienst/Probleemanalyse Jansen.pdf", pa_d, pa_blocks(c, p, pa_d), ARBO_MAAS)
    pva_d = c.day(50)
    c.scan("3 PvA/PvA R Jansen ondertekend.pdf", pva_d, pva_blocks(c, p, pva_d, pa_d), st_emp)
    meets = [79, 113, 148, 183, 218, 253, 288]
    gaps_ok(c, [50] + meets, 35)
    med_rel = f"4 Gesprekken/Verslag gesprek Ruud {g.fmt_date(c.day(183), 'dash')}.docx"
    red_rel = f"4 Gesprekken/Gespreksverslag {g.fmt_date(c.day(253), 'iso')}.pdf"
    for i, off in enumerate(meets):
        d = c.day(off)
        nxt = g.fmt_date(c.day(meets[i + 1])) if i + 1 < len(meets) else "begin januari"
        if i == 3:
            blocks = [Title("Verslag gesprek", sub="re-integratie Ruud Jansen"),
                      Fields([("Werknemer", p["naam"]), ("BSN", g.fmt_bsn(p["bsn"], "dots")), ("Datum", g.fmt_date(d)),
                              ("Opgesteld door", f"{p['cm']}, {p['cm_functie']}")]),
                      Heading("Stand van zaken"),
                      Para("Ruud vertelde uitgebreid over zijn ziekte. Hij heeft de diagnose post-COVID-syndroom (long covid) "
                           "gekregen van de longarts in het Amphia. Het longfunctieonderzoek en de CT-scan van de longen lieten "
                           "verminderde longcapaciteit zien. Hij gebruikt sinds augustus montelukast en een prednisonkuur "
                           "en is in behandeling bij de revalidatiearts (revalidatieprogramma met fysiotherapie en "
                           "ergotherapie, 3 x per week)."),
                      Para("Hij werkt 2 x 3 uur aan toetsen en geeft één bijlesgroep."),
                      Heading("Afspraken"), Bullets(["Uren gelijk houden tot na de herfstvakantie.", "Volgend gesprek " + nxt + "."]),
                      Signatures([Sig("Casemanager", p["cm"], p["cm_functie"], g.fmt_date(d))])]
            c.docx(med_rel, d, blocks, st_emp)
            continue
        if i == 5:
            blocks = meeting_blocks(p, d, i + 1,
                                    "Ruud werkt 12 uur: toetsen en twee bijlesgroepen. ██████████████████████ (passage "
                                    "verwijderd door casemanager: medische informatie hoort niet in dit verslag).",
                                    ["Opbouw naar 15 uur.", "Eerste les in een kleine klas na de kerst."], nxt)
            c.pdf(red_rel, d, blocks, st_emp)
            continue
        vts = ["Ruud doet 2 x 3 uur toetsontwikkeling. Vermoeid na afloop.", "2 x 3 uur plus één bijlesgroep.",
               "3 x 3 uur. Zomervakantie goed doorgekomen.", "", "12 uur (toetsen, bijles).", "", "12 van de 34 uur; stabiel."]
        blocks = meeting_blocks(p, d, i + 1, vts[i], ["Uren: zie voortgang."], nxt, bsn_kind="dots")
        if i in (1, 6):
            c.eml(f"4 Gesprekken/Verslag {g.fmt_date(d, 'dash')}.eml", d, p["cm_mail"], "r.jansen@lyceumoosterhout.example",
                  f"Verslag gesprek {g.fmt_date(d, 'dash')}", g.blocks_to_text(blocks))
        elif i == 2:
            c.photo(f"4 Gesprekken/20250902_164105.jpg", d, blocks, st_emp, orientation=6)
        else:
            c.docx(f"4 Gesprekken/Verslag {g.fmt_date(d, 'iso')}.docx", d, blocks, st_emp)
    ow_d = c.day(199)
    c.eml("1 Ziekmelding/RE verslag gesprek.eml", ow_d, "r.jansen@lyceumoosterhout.example", p["cm_mail"], "RE: verslag gesprek",
          "Hoi Petra,\n\nIk zag dat er in het verslag veel staat over wat ik je vertelde over mijn behandeling. Moet dat er "
          "wel in? Ik heb het medische deel ook met de bedrijfsarts besproken.\n\nGroet, Ruud\n")
    m42 = c.day(289)
    c.pdf("5 UWV/Ziekmelding UWV week 42 Jansen.pdf", m42, melding42_blocks(p, m42, lh), st_emp)
    c.scan("5 UWV/Bevestiging ziekmelding.pdf", c.day(294), uwv_bevestiging(p, c.day(294), m42), UWV)
    expect(c, f"""checked in week 43 (D0+298). The casemanager's own meeting report ('{med_rel}', Word, D0+183) records
        what the employee told her: a diagnosis (post-COVID-syndroom / long covid, longarts), tests (longfunctieonderzoek,
        CT-scan), medication (montelukast, prednisonkuur) and treatment (revalidatiearts, fysiotherapie, ergotherapie);
        the employee's mail (D0+199) questions it. Traps: the PA says 'Medische gegevens zijn in deze rapportage niet
        opgenomen'; a later meeting report ('{red_rel}') has a correctly redacted sentence (black bar plus 'passage
        verwijderd door casemanager: medische informatie hoort niet in dit verslag'); the employer is a school ('docent
        economie', 'bijles'); part-time recovery 12 of 34 hours; meetings every 34-35 days; 42e-weeksmelding D0+289 with
        UWV's confirmation D0+294; EJE not due; PA D0+37, PvA D0+50 (PA+13, scan, signed).""",
           must=[{"code": "medical_data", "path": med_rel,
                  "why": "§8.7 (§5.3): diagnosis, tests, medication and specialists in an employer-side meeting report"}],
           must_not=[{"code": "medical_data", "path": red_rel,
                      "why": "§8.7: the medical sentence was removed; only the redaction note remains"},
                     {"code": "medical_data", "path": "2 Arbodienst/Probleemanalyse Jansen.pdf",
                      "why": "§8.7: the PA holds functional limitations only and says medical data are left out"},
                     {"code": "late", "type": "probleemanalyse", "why": "§8.3: D0+37 ≤ D0+42"},
                     {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PA+13 ≤ PA+14"},
                     {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: signed by both"},
                     {"code": "evaluation_gap", "why": "§8.3: gaps 29-35 days ≤ 42"},
                     {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+289 ≤ D0+294"},
                     {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: not due at week 43"},
                     NO_D0, *BSN_NOT])


# ------------------------------------------------------------------------------------------
# case 6: clean, week 47; PA deadline extended on paper, PvA signed on a separate scanned page,
# a meeting gap bridged during a hospital stay
# ------------------------------------------------------------------------------------------


def case6() -> None:
    c = Case("schoon_week47_pa_verlengd_pva_tekenblad", D(2025, 3, 3), 2106)
    c.as_of = c.day(323)
    rng = c.rng
    p = person(rng, naam="Anouk Postma", geb=D(1983, 12, 1), functie="Productieplanner", werkgever="Twentse Kunststof Industrie B.V.",
               cm="Erik ten Have", cm_functie="HR-business partner / casemanager", cm_mail="e.tenhave@tki-kunststof.example", d0=c.d0,
               beperkingen=["Werktijden: 4 x 4 uur per week, op te bouwen.", "Geen ploegendienst.",
                            "Beperkt in langdurig zitten: afwisselen met lopen."],
               prognose="Gedeeltelijke hervatting binnen 6 weken; volledige terugkeer in eigen werk binnen 6-9 maanden verwacht.",
               advies="Start in het eigen werk in dagdienst, 4 x 4 uur, en bouw op.",
               doel="Volledige terugkeer in eigen werk als productieplanner (dagdienst).",
               activiteiten=[["Eigen werk dagdienst 4 x 4 uur", "werknemer / teamleider", "vanaf week 9"],
                             ["Opbouw +4 uur per 4 weken", "werknemer", "doorlopend"],
                             ["Evaluatie", "casemanager + werknemer", "elke 5 weken"]],
               visie_wg="TKI wil Anouk terug als planner en biedt dagdiensten zolang nodig.",
               visie_wn="Ik wil terug in mijn eigen werk; dagdienst helpt me daarbij.")
    p["ba"] = "E.M. Nijhuis"
    st_emp = employer_style("tki", "Twentse Kunststof Industrie B.V.", "Vliegveldweg 21, 7556 MA Hengelo", font="sans",
                            accent=(0, 60, 130), letterhead="band", producer="Microsoft Word 2019")
    lh = lhn(rng)
    c.yaml({"werknemer": {"naam": p["naam"], "bsn": p["bsn"], "functie": p["functie"]},
            "werkgever": {"naam": p["werkgever"], "loonheffingennummer": lh, "aard_van_het_bedrijf": "Kunststofproductie, 180 medewerkers"},
            "bedrijfsarts": {"naam": p["ba"], "organisatie": "Oost Arbo Support"},
            "casemanager": {"naam": p["cm"]}, "eerste_ziektedag": c.d0})
    sick_mail(c, p, "Verzuimdossier/01 Ziekmelding Anouk Postma.eml", p["werkgever"], "verzuim@oostarbo.example")
    v_d = c.day(38)
    pa_d = c.day(51)
    c.pdf("Verzuimdossier/02 Arbo/Verlenging termijn probleemanalyse.pdf", v_d, [
        Title("Verlenging termijn probleemanalyse", sub="art. 5 Regeling procesgang eerste en tweede ziektejaar"),
        Fields([("Werknemer", p["naam"]), ("BSN", g.fmt_bsn(p["bsn"], "spaces")), ("Eerste ziektedag", g.fmt_date(c.d0, "dash")),
                ("Datum", g.fmt_date(v_d, "dash"))]),
        Para(f"In overleg met werkgever en werknemer verleng ik de termijn voor de probleemanalyse tot "
             f"{g.fmt_date(pa_d)}. Reden: de uitslag van aanvullend onderzoek wordt afgewacht; zonder die uitslag is "
             "geen zinvolle prognose te geven. Werkgever en werknemer zijn hiermee akkoord."),
        Para("Medische gegevens zijn niet opgenomen."),
        Signatures([Sig("Bedrijfsarts", p["ba"], f"bedrijfsarts, BIG {p['big']}", g.fmt_date(v_d)),
                    Sig("Werkgever (akkoord)", p["cm"], p["cm_functie"], g.fmt_date(v_d)),
                    Sig("Werknemer (akkoord)", p["naam"], "", g.fmt_date(v_d))])], ARBO_OOST)
    c.pdf("Verzuimdossier/02 Arbo/Probleemanalyse A. Postma.pdf", pa_d, pa_blocks(c, p, pa_d, extra=[
        Heading("Termijn"),
        Para(f"Deze probleemanalyse is opgesteld na de schriftelijke verlenging van {g.fmt_date(v_d)} (art. 5 Regeling "
             "procesgang), na ontvangst van de uitslag van het aanvullend onderzoek.")]), ARBO_OOST)
    pva_d = c.day(59)
    pva_rel = "Verzuimdossier/03 PvA/Plan van aanpak Anouk Postma.docx"
    c.docx(pva_rel, pva_d, pva_blocks(c, p, pva_d, pa_d, sigs=False) +
           [Para("Ondertekening: zie het afzonderlijke ondertekeningsblad bij dit plan van aanpak.")], st_emp)
    sig_d = c.day(60)
    sig_rel = "Verzuimdossier/03 PvA/PvA Postma handtekeningen.pdf"
    c.scan(sig_rel, sig_d, [
        Title("Plan van aanpak - ondertekening", sub=f"behorend bij het plan van aanpak van {g.fmt_date(pva_d)}"),
        Fields([("Naam werknemer", p["naam"]), ("BSN", p["bsn"]), ("Werkgever", p["werkgever"]),
                ("Casemanager", p["cm"]), ("Eerste ziektedag", g.fmt_date(c.d0))]),
        Para(f"Werkgever en werknemer verklaren dat zij het plan van aanpak van {g.fmt_date(pva_d)} (3 pagina's) samen "
             "hebben opgesteld en ermee akkoord gaan."),
        Signatures([Sig("Werkgever", p["cm"], p["cm_functie"], g.fmt_date(sig_d)),
                    Sig("Werknemer", p["naam"], "", g.fmt_date(sig_d))])], st_emp)
    meets = [95, 130, 165, 200, 235, 270, 305]
    phone = 165
    face = [m for m in meets if m != phone]
    gaps_ok(c, [60] + meets, 35)
    assert 200 - 130 == 70
    for i, off in enumerate(meets):
        d = c.day(off)
        nxt = g.fmt_date(c.day(meets[i + 1])) if i + 1 < len(meets) else g.fmt_date(c.day(345))
        if off == phone:
            blocks = [Title("Verslag telefonisch contact", sub="re-integratie"),
                      Fields([("Werknemer", p["naam"]), ("BSN", g.fmt_bsn(p["bsn"], "dots")), ("Datum", g.fmt_date(d, "dash")),
                              ("Contact", f"telefonisch, {p['cm']} met {p['naam']}")]),
                      Heading("Voortgang"),
                      Para("Anouk is sinds twee weken opgenomen in het ziekenhuis en verwacht over circa twee weken thuis "
                           "te zijn. Over de reden en de behandeling zijn geen gegevens gevraagd of vastgelegd. Werkhervatting "
                           "ligt stil tijdens de opname."),
                      Heading("Afspraken"),
                      Bullets(["Na ontslag bepaalt de bedrijfsarts de belastbaarheid opnieuw.", f"Gesprek op kantoor op {nxt}."]),
                      Signatures([Sig("Casemanager", p["cm"], p["cm_functie"], g.fmt_date(d))])]
            c.docx(f"Verzuimdossier/04 Gesprekken/Telefonisch contact {g.fmt_date(d, 'iso')}.docx", d, blocks, st_emp)
            continue
        vts = {95: "Anouk werkt 4 x 4 uur in dagdienst. Gaat goed.", 130: "20 van de 36 uur; plannen in dagdienst.",
               200: "Na de ziekenhuisopname (zie telefonisch contact) herstart met 3 x 4 uur; de bedrijfsarts bevestigt dat.",
               235: "16 uur, opbouw volgens plan.", 270: "20 van de 36 uur. 42e-weeksmelding gedaan.",
               305: "24 van de 36 uur. Voorbereiding eerstejaarsevaluatie."}
        blocks = meeting_blocks(p, d, i + 1, vts[off], ["Opbouw +4 uur.", "Volgend gesprek: zie onder."], nxt,
                                bsn_kind=("plain", "dots")[i % 2])
        if off == 235:
            blocks = meeting_blocks(p, d, i + 1,
                                    "16 uur, opbouw volgens plan. ████████████████ (zin verwijderd: bevatte medische "
                                    "informatie).", ["Opbouw +4 uur."], nxt)
            c.scan(f"Verzuimdossier/04 Gesprekken/Scan gespreksverslag {g.fmt_date(d, 'dash')}.pdf", d, blocks, st_emp)
        elif off in (130, 270):
            c.eml(f"Verzuimdossier/04 Gesprekken/Verslag {g.fmt_date(d, 'iso')}.eml", d, p["cm_mail"], "anouk.postma@netmail.example",
                  f"Verslag gesprek {g.fmt_date(d, 'dash')}", g.blocks_to_text(blocks))
        elif off == 305:
            c.photo(f"Verzuimdossier/04 Gesprekken/IMG_{d:%Y%m%d}.jpg", d, blocks, st_emp, orientation=6)
        else:
            c.pdf(f"Verzuimdossier/04 Gesprekken/Gespreksverslag {g.fmt_date(d, 'iso')}.pdf", d, blocks, st_emp)
    bpa_d = c.day(191)
    c.pdf("Verzuimdossier/02 Arbo/Terugkoppeling na opname.pdf", bpa_d, [
        Title("Terugkoppeling spreekuur", sub="na ziekenhuisopname"),
        Fields([("Werknemer", p["naam"]), ("BSN", p["bsn"]), ("Datum", g.fmt_date(bpa_d))]),
        Para("Werknemer is weer thuis. De belastbaarheid is tijdelijk lager: start met 3 x 4 uur eigen werk, daarna opbouw "
             "volgens het plan van aanpak. De prognose blijft gunstig."),
        Para("Geen medische gegevens opgenomen."),
        Signatures([Sig("Bedrijfsarts", p["ba"], f"bedrijfsarts, BIG {p['big']}", g.fmt_date(bpa_d))])], ARBO_OOST)
    m42 = c.day(287)
    c.pdf("Verzuimdossier/05 UWV/Ziekmelding 42e week Postma.pdf", m42, melding42_blocks(p, m42, lh), st_emp)
    c.scan("Verzuimdossier/05 UWV/Brief UWV ziekmelding ontvangen.pdf", c.day(290), uwv_bevestiging(p, c.day(290), m42), UWV)
    u_d = c.day(316)
    c.eml("Verzuimdossier/06 Planning/Eerstejaarsevaluatie gepland.eml", u_d, p["cm_mail"], "anouk.postma@netmail.example",
          "Eerstejaarsevaluatie gepland",
          f"Beste Anouk,\n\nDe eerstejaarsevaluatie staat gepland op {g.fmt_date(c.day(345), 'weekday')} (week {wk(345)}). "
          f"Eerste ziektedag {g.fmt_date(c.d0, 'dash')}. Je teamleider schuift aan. Bij vragen: {mobile(rng)}.\n\n"
          "Met vriendelijke groet,\nErik ten Have\n")
    k_d = c.day(212)
    c.eml("Verzuimdossier/07 Overig/Declaratie parkeerkosten.eml", k_d, "anouk.postma@netmail.example", p["cm_mail"],
          "declaratie parkeerkosten ziekenhuis",
          f"Hoi Erik,\n\nZoals afgesproken de parkeerkosten van de bezoeken tijdens de opname (door mijn partner). Graag op "
          f"{iban(rng, 'ABNA')}.\n\nAnouk\n")
    expect(c, f"""nothing (yet). Checked in week 47 (D0+323): the EJE is planned for D0+345 (week 50; window closes
        D0+363, 40 days after as_of). Traps: (1) the probleemanalyse is dated D0+51 (week 8), after a written extension
        by the bedrijfsarts (D0+38, 'Verlenging termijn probleemanalyse', art. 5 Regeling, agreed and signed by employer
        and employee) that the PA repeats; (2) the plan van aanpak ('{pva_rel}', Word, D0+59 = PA+8) has no signature
        block, and is signed by both on a separate scanned page ('{sig_rel}', D0+60) that names the PvA's date; (3) the
        employer's face-to-face meetings have a 70-day gap (D0+130 → D0+200) during a hospital stay, bridged by a
        'Verslag telefonisch contact' (D0+165) that records no reason or treatment; (4) a scanned meeting report with a
        redacted sentence (black bar, 'zin verwijderd: bevatte medische informatie'); (5) a parking-costs mail with
        'ziekenhuis' and an IBAN; part-time recovery 24 of 36 hours; 42e-weeksmelding D0+287, UWV confirmation D0+290;
        BSN plain, with dots and with spaces.""",
           must=[],
           must_not=[{"code": "late", "type": "probleemanalyse", "severity": "error",
                      "why": "§8.3: PA D0+51 after a written art. 5 extension: at most a warning"},
                     {"code": "unsigned", "type": "plan_van_aanpak",
                      "why": "§8.5: signed by both on the separate signature page that names the PvA"},
                     {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present"},
                     {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA D0+59 = PA+8 ≤ PA+14"},
                     {"code": "evaluation_gap",
                      "why": "§8.3: contacts at most 35 days apart, the hospital stay bridged by a telephone contact report"},
                     {"code": "medical_data", "why": "§8.7: no diagnosis; redacted sentence; 'ziekenhuis' only as a place"},
                     {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+287 ≤ D0+294"},
                     {"code": "missing", "type": "eerstejaarsevaluatie", "severity": "error",
                      "why": "§8.1: not yet required at week 47 (planned week 50)"},
                     {"code": "missing", "type": "arbeidsdeskundig_rapport", "severity": "error",
                      "why": "§8.2: an AD-rapport is at most a warning, and the return to own work is on track"},
                     NO_D0, *BSN_NOT],
           no_errors=True)


HEADER = """# Expected findings of findings holdout 21. GENERATED by make_holdout21.py: edit the cases there.
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
    exp = HERE / "expected.yaml"
    if exp.exists():
        exp.unlink()
    CASES.mkdir()
    for f in (case1, case2, case3, case4, case5, case6):
        f()
    bsns = set()
    for name in EXPECTED:
        y = CASES / name / "dossier.yaml"
        if y.exists():
            b = yaml.safe_load(y.read_text(encoding="utf-8"))["werknemer"]["bsn"]
            assert g.bsn_valid(b)
            bsns.add(b)
    exp.write_text(HEADER + yaml.safe_dump(EXPECTED, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(f"wrote {len(EXPECTED)} cases, {sum(1 for _ in CASES.rglob('*') if _.is_file())} files")


if __name__ == "__main__":
    main()
