"""Generate findings holdout 15: six synthetic case folders and expected.yaml.

Deterministic: seeded randomness, no clock reads. Deletes and rewrites ``cases/`` and ``expected.yaml``.
Run:  .venv/bin/python tests/findings_holdout15/make_holdout15.py
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples"))

import docgen as g  # noqa: E402
from docgen import Bullets, Fields, Heading, Para, Sig, Signatures, Style, Table, Title  # noqa: E402

CASES = HERE / "cases"

# Arbodienst, bureau and arbeidsdeskundige PDFs use the standard PDF fonts (no embedded font, smaller files):
# two font families whose files do not exist make docgen's PDF writer fall back to its core fonts.
g.FONT_FILES["core-helv"] = ("__no_such_font__.ttf",) * 3
g.FONT_FILES["core-times"] = ("__no_such_font__.ttf",) * 3
g.CORE_FALLBACK["core-helv"] = "helvetica"
g.CORE_FALLBACK["core-times"] = "times"
D = dt.date
TD = dt.timedelta

HOLIDAYS = {
    D(2024, 1, 1),
    D(2024, 3, 29),
    D(2024, 4, 1),
    D(2024, 5, 9),
    D(2024, 5, 20),
    D(2024, 12, 25),
    D(2024, 12, 26),
    D(2025, 1, 1),
    D(2025, 4, 18),
    D(2025, 4, 21),
    D(2025, 4, 28),
    D(2025, 5, 5),
    D(2025, 5, 29),
    D(2025, 6, 9),
    D(2025, 12, 25),
    D(2025, 12, 26),
    D(2026, 1, 1),
    D(2026, 4, 3),
    D(2026, 4, 6),
    D(2026, 4, 27),
    D(2026, 5, 14),
    D(2026, 5, 25),
    D(2026, 12, 25),
    D(2026, 12, 26),
    D(2024, 4, 27),
    D(2025, 4, 26),
}

ARBO = Style(
    key="arbo-vitaal",
    org="ArboVitaal Oost B.V.",
    org_lines=("Postbus 4410, 7300 AK Apeldoorn", "T 055 760 2200", "verzuim@arbovitaal.example"),
    letterhead="band",
    accent=(0, 105, 95),
    fields_as_table=True,
    font="core-helv",
    footer="ArboVitaal Oost B.V. - vertrouwelijk - verzuimnummer {vz}",
)
ARBO2 = Style(
    key="arbo-rijnmond",
    org="Arbodienst Rijn & Gouw",
    org_lines=("Burgemeester Visserpark 12, 2405 CR Alphen aan den Rijn", "www.arborijngouw.example"),
    letterhead="right",
    accent=(120, 30, 60),
    fields_as_table=True,
    font="core-times",
)
UWV = Style(
    key="uwv",
    org="UWV",
    org_lines=("Postbus 58285, 1040 HG Amsterdam",),
    letterhead="left",
    accent=(0, 80, 160),
    font="sans",
)
AD_STYLE = Style(
    key="ad-boschma",
    org="Boschma Arbeidsdeskundig Advies",
    org_lines=("Registerarbeidsdeskundige", "Stationsplein 3, 8011 CW Zwolle", "info@boschma-ad.example"),
    letterhead="centered",
    accent=(60, 60, 60),
    font="core-helv",
)
BUREAU = Style(
    key="bureau-perspectief",
    org="Perspectief Loopbaan & Re-integratie",
    org_lines=("Vestiging Rotterdam-Zuid", "T 010 484 1190 - planning@perspectief-lr.example"),
    letterhead="left",
    accent=(200, 90, 20),
    font="core-helv",
)
BUREAU2 = Style(
    key="bureau-werkwijzer",
    org="WerkWijzer Tweede Spoor",
    org_lines=("Lange Nieuwstraat 41, 3512 PG Utrecht", "KvK 71894452"),
    letterhead="band",
    accent=(90, 40, 140),
    font="core-helv",
)


def emp_style(key: str, org: str, lines: tuple[str, ...], **kw: Any) -> Style:
    return Style(key=key, org=org, org_lines=lines, producer="Microsoft® Word voor Microsoft 365", **kw)


def is_workday(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def wd(d0: dt.date, off: int) -> dt.date:
    """D0 + off, moved forward to a working day."""
    d = d0 + TD(days=off)
    while not is_workday(d):
        d += TD(days=1)
    return d


def lng(d: dt.date) -> str:
    return g.fmt_date(d, "long")


def dash(d: dt.date) -> str:
    return g.fmt_date(d, "dash")


class Case:
    def __init__(self, name: str, d0: dt.date, as_of: dt.date, bsn: str) -> None:
        self.name = name
        self.d0 = d0
        self.as_of = as_of
        self.bsn = bsn
        self.dir = CASES / name
        self.docs: list[tuple[str, dt.date]] = []
        self.texts: dict[str, str] = {}

    def off(self, d: dt.date) -> int:
        return (d - self.d0).days

    def _reg(self, rel: str, date: dt.date, text: str) -> Path:
        assert is_workday(date), (self.name, rel, date)
        assert date <= self.as_of, (self.name, rel, date)
        self.docs.append((rel, date))
        self.texts[rel] = text
        return self.dir / rel

    def pdf(self, rel: str, date: dt.date, blocks: list, style: Style) -> None:
        g.write_pdf(self._reg(rel, date, g.blocks_to_text(blocks, style)), blocks, style)

    def docx(self, rel: str, date: dt.date, blocks: list, style: Style) -> None:
        g.write_docx(self._reg(rel, date, g.blocks_to_text(blocks, style)), blocks, style)

    def scan(self, rel: str, date: dt.date, blocks: list, style: Style) -> None:
        g.write_scan_pdf(self._reg(rel, date, g.blocks_to_text(blocks, style)), blocks, style, dpi=150, jpeg_quality=35)

    def photo(self, rel: str, date: dt.date, blocks: list, style: Style, hour: int = 19) -> None:
        g.write_photo_jpg(
            self._reg(rel, date, g.blocks_to_text(blocks, style)),
            blocks,
            style,
            taken=dt.datetime(date.year, date.month, date.day, hour, 41, 7),
            orientation=6,
            quality=50,
        )

    def eml(self, rel: str, date: dt.date, frm: str, to: str, subject: str, body: str, att=None) -> None:
        headers = {
            "From": frm,
            "To": to,
            "Subject": subject,
            "Date": g.mail_date(date, 9, 37),
            "Message-ID": f"<{g._seed(self.name, rel)}@mail.example>",
            "MIME-Version": "1.0",
        }
        g.write_eml(self._reg(rel, date, subject + "\n" + body), headers, body, att)

    def yaml(self, data: dict) -> None:
        (self.dir / "dossier.yaml").write_text(
            "# dossier.yaml - feiten en correcties voor wia-dossier\n"
            + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100),
            encoding="utf-8",
        )


def sigs2(werkgever: tuple[str, str], werknemer: str, d: dt.date, d2: dt.date | None = None) -> Signatures:
    return Signatures(
        [
            Sig("Werkgever", werkgever[0], werkgever[1], dash(d)),
            Sig("Werknemer", werknemer, "", dash(d2 or d)),
        ]
    )


def ba_sig(name: str, big: str, d: dt.date) -> Signatures:
    return Signatures([Sig("Bedrijfsarts", name, f"bedrijfsarts, BIG {big}", lng(d))])


def meeting(
    c: Case, d: dt.date, emp: tuple[str, str], werknemer: str, hours: str, nxt: dt.date, extra: str = ""
) -> list:
    return [
        Title("Verslag voortgangsgesprek", sub="evaluatie plan van aanpak"),
        Fields(
            [
                ("Werknemer", werknemer),
                ("BSN", c.bsn_fmt),
                ("Datum gesprek", lng(d)),
                ("Aanwezig", f"{werknemer}, {emp[0]} ({emp[1]})"),
            ]
        ),
        Heading("Voortgang"),
        Para(f"{hours} {extra}".strip()),
        Heading("Afspraken"),
        Bullets(
            [
                "De opbouw gaat door zoals afgesproken; bij terugval neemt werknemer direct contact op.",
                f"Volgend gesprek: {lng(nxt)}.",
            ]
        ),
        sigs2(emp, werknemer, d),
    ]


def assert_not_bsn(*nums: str) -> None:
    for n in nums:
        digits = "".join(ch for ch in n if ch.isdigit())
        for cand in {digits[:9], digits[-9:]}:
            assert not g.bsn_valid(cand), (n, cand)


# ------------------------------------------------------------------------------------------------
# common must_not entries
# ------------------------------------------------------------------------------------------------


def mn(code: str, why: str, **kw: str) -> dict:
    e = {"code": code, **kw}
    e["why"] = why
    return e


def base_must_not(c: Case, bsn_ok: bool = True) -> list[dict]:
    out = []
    if bsn_ok:
        out.append(
            mn(
                "bsn_invalid",
                "§8.5: every BSN in the case passes the elfproef; IBANs, phone, KvK and verzuimnummers are no BSN",
            )
        )
        out.append(mn("bsn_mismatch", "§8.5: one BSN throughout, also in dossier.yaml"))
    out.append(mn("no_first_sick_day", "§8.3: the first sick day is in dossier.yaml and in the documents"))
    out.append(mn("future", "§8.3: no document is dated after as_of"))
    return out


# ================================================================================================
# Case 1: no plan van aanpak (only the bedrijfsarts's advice) + casemanager's mail with the diagnosis
# ================================================================================================


def case1(rng: random.Random) -> dict:
    bsn = "408023004"
    c = Case("geen_pva_mail_diagnose_teamleider", D(2026, 1, 12), D(2026, 5, 29), bsn)
    c.bsn_fmt = g.fmt_bsn(bsn, "dots")
    wn = "Wendy Schreurs"
    emp = ("Ellen Brouwer", "HR-adviseur en casemanager")
    es = emp_style(
        "lindeboom",
        "Drukkerij De Lindeboom B.V.",
        ("Industrieweg 27, 7324 AS Apeldoorn", "KvK 08137264 · IBAN NL27 RABO 0318 4471 95"),
        accent=(150, 20, 30),
        font="serif",
    )
    assert_not_bsn("08137264", "NL27 RABO 0318 4471 95", "0318447195", "+31 6 4187 2290")
    ba = ("drs. H.J. (Henk) Wolters", "52307714901")
    d0 = c.d0
    c.eml(
        "01 Ziekmelding/Ziekmelding Wendy Schreurs.eml",
        d0,
        "Ellen Brouwer <e.brouwer@lindeboom-drukkerij.example>",
        "ArboVitaal verzuimmeldingen <melding@arbovitaal.example>",
        "Ziekmelding W. Schreurs (DTP / ordervoorbereiding)",
        "Goedemorgen,\n\nHierbij meld ik ziek: Wendy Schreurs, DTP-medewerker / ordervoorbereider, 32 uur per week,\n"
        f"eerste ziektedag maandag {lng(d0)}. Zij heeft zich vanochtend om 7.40 uur telefonisch ziek gemeld.\n\n"
        "Bereikbaar op: +31 6 4187 2290, verpleegadres n.v.t. (thuis).\n"
        "Verwachte duur: onbekend, waarschijnlijk langer dan een paar weken.\n"
        "Geen arbeidsongeval, geen verkeersongeval met een andere partij (regres: nee).\n"
        "Lopende afspraken: de offerteronde voor de jaarverslagen wordt overgenomen door Ruud.\n\n"
        "Met vriendelijke groet,\nEllen Brouwer\nHR-adviseur Drukkerij De Lindeboom\n",
    )
    arbo = Style(**{**ARBO.__dict__, "footer": "ArboVitaal Oost B.V. - vertrouwelijk - verzuimnummer 418265530"})
    assert_not_bsn("418265530")
    d = wd(d0, 2)
    c.pdf(
        "02 Arbodienst/Bevestiging ziekmelding ArboVitaal.pdf",
        d,
        [
            Title("Bevestiging ziekmelding"),
            Fields(
                [
                    ("Werknemer", wn),
                    ("BSN", c.bsn_fmt),
                    ("Werkgever", "Drukkerij De Lindeboom B.V."),
                    ("Eerste ziektedag", dash(d0)),
                    ("Verzuimnummer", "418265530"),
                ]
            ),
            Para(
                "Wij hebben de ziekmelding ontvangen. De werknemer wordt uitgenodigd voor het spreekuur van de "
                "bedrijfsarts. Let op: de werkgever meldt langdurig verzuim zelf in de 42e week bij UWV."
            ),
            Signatures([Sig("Verzuimadministratie", "T. Nijland", "medewerker verzuimadministratie", lng(d))]),
        ],
        arbo,
    )
    d = wd(d0, 17)
    c.pdf(
        "02 Arbodienst/Terugkoppeling spreekuur 29-01.pdf",
        d,
        [
            Title("Terugkoppeling spreekuur bedrijfsarts"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum spreekuur", lng(d))]),
            Para(
                "Werknemer is op dit moment volledig arbeidsongeschikt voor eigen en ander werk. Er is sprake van "
                "een ernstige beperking van de energie en de concentratie. Ik verwacht dat het verzuim langer dan "
                "zes weken gaat duren. Binnen de termijn volgt de probleemanalyse met advies."
            ),
            Para("In deze terugkoppeling zijn geen medische gegevens opgenomen."),
            ba_sig(*ba, d),
        ],
        arbo,
    )
    pa_d = wd(d0, 39)
    c.pdf(
        "02 Arbodienst/Probleemanalyse en advies PvA - W. Schreurs.pdf",
        pa_d,
        [
            Title(
                "Probleemanalyse en advies plan van aanpak",
                sub="art. 2 Regeling procesgang eerste en tweede ziektejaar",
            ),
            Fields(
                [
                    ("Werknemer", wn),
                    ("BSN", c.bsn_fmt),
                    ("Functie", "DTP-medewerker / ordervoorbereider, 32 uur"),
                    ("Eerste ziektedag", dash(d0)),
                    ("Datum spreekuur", dash(pa_d)),
                ]
            ),
            Heading("Dreigend langdurig verzuim"),
            Para(
                "Ja. Naar verwachting duurt het verzuim meerdere maanden. De prognose voor herstel op termijn is "
                "redelijk; de komende maanden staan in het teken van een behandeltraject."
            ),
            Heading("Beperkingen en mogelijkheden"),
            Bullets(
                [
                    "Beperkt in energie: maximaal 2 x 2 uur per week licht werk, in overleg thuis.",
                    "Geen tijdsdruk, geen productiepieken, geen nachtwerk.",
                    "Wel benutbare mogelijkheden: licht administratief werk en contact met het team.",
                ]
            ),
            Heading("Advies aan werkgever en werknemer"),
            Para(
                "Stel binnen twee weken samen een plan van aanpak op met als doel behoud van binding met het werk en "
                "een geleidelijke opbouw zodra de behandeling dat toelaat. Evalueer iedere vier tot zes weken. "
                "Volgende afspraak op het spreekuur over ongeveer zes weken."
            ),
            Para(
                "Medische gegevens vallen onder het medisch beroepsgeheim; in deze probleemanalyse zijn geen "
                "medische gegevens opgenomen."
            ),
            ba_sig(*ba, pa_d),
        ],
        arbo,
    )
    mail_d = wd(d0, 51)
    c.eml(
        "05 Correspondentie/RE_ Stand van zaken Wendy.eml",
        mail_d,
        "Ellen Brouwer <e.brouwer@lindeboom-drukkerij.example>",
        "Marco Tiemens <m.tiemens@lindeboom-drukkerij.example>",
        "RE: Stand van zaken Wendy",
        "Hoi Marco,\n\nJe vroeg hoe het met Wendy gaat en wanneer ze terug kan komen op de voorbereiding.\n\n"
        "Ze heeft het me zelf verteld en vond het goed dat ik het aan jou doorgeef: bij Wendy is borstkanker "
        "vastgesteld (een mammacarcinoom links). Ze is op 9 februari in het Gelre ziekenhuis geopereerd (een "
        "borstsparende operatie met een schildwachtklierprocedure). Volgende week start de chemotherapie, zes kuren "
        "van drie weken, daarna volgen bestraling en vijf jaar tamoxifen. De oncoloog verwacht dat ze tijdens de "
        "chemo erg moe zal zijn.\n\nWe volgen gewoon het advies van de bedrijfsarts: 2 x 2 uur thuis licht werk als "
        "het lukt. Een apart plan van aanpak maken we later wel, als er meer duidelijk is.\n\n"
        "Hou het alsjeblieft voor je, ook richting het team.\n\nGroet,\nEllen\n\n"
        "-----Oorspronkelijk bericht-----\nVan: Marco Tiemens\nOnderwerp: Stand van zaken Wendy\n"
        "Weet jij al iets meer over Wendy? Ik moet de planning voor april rond krijgen.\n",
    )
    meets = [wd(d0, 45), wd(d0, 80), wd(d0, 115)]
    texts = [
        (
            "Wendy werkt nog niet. Het contact is goed; zij leest de teamupdates en wil graag betrokken blijven.",
            "We werken volgens het advies van de bedrijfsarts; een plan van aanpak is nog niet op papier gezet.",
        ),
        ("Wendy doet sinds twee weken 2 x 1,5 uur thuis licht werk (controle van proefdrukken).", ""),
        (
            "Wendy werkt 2 x 2 uur thuis. Zij is erg moe maar houdt de afspraken goed vol.",
            "Afgesproken dat Ellen het plan van aanpak alsnog opstelt; dat is er nog niet.",
        ),
    ]
    c.pdf(
        "03 Gesprekken/Gespreksverslag " + dash(meets[0]) + ".pdf",
        meets[0],
        meeting(c, meets[0], emp, wn, texts[0][0], meets[1], texts[0][1]),
        es,
    )
    c.docx(
        "03 Gesprekken/verslag gesprek april.docx",
        meets[1],
        meeting(c, meets[1], emp, wn, texts[1][0], meets[2], texts[1][1]),
        es,
    )
    c.photo(
        "03 Gesprekken/IMG_20260508_162210.jpg",
        meets[2],
        meeting(c, meets[2], emp, wn, texts[2][0], wd(d0, 150), texts[2][1]),
        es,
    )
    d = wd(d0, 86)
    c.pdf(
        "02 Arbodienst/Terugkoppeling spreekuur april.pdf",
        d,
        [
            Title("Terugkoppeling spreekuur bedrijfsarts"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum spreekuur", lng(d))]),
            Para(
                "De belastbaarheid is ongewijzigd ten opzichte van de probleemanalyse: 2 x 2 uur licht werk, thuis, "
                "zonder tijdsdruk. Ik adviseer de werkgever het plan van aanpak op schrift te stellen en te laten "
                "ondertekenen, zoals in de probleemanalyse geadviseerd."
            ),
            Para("Geen medische gegevens opgenomen."),
            ba_sig(*ba, d),
        ],
        arbo,
    )
    d = wd(d0, 66)
    c.pdf(
        "04 Salaris/Loonstrook maart 2026.pdf",
        d,
        [
            Title("Loonstrook maart 2026"),
            Fields(
                [
                    ("Medewerker", wn),
                    ("Personeelsnummer", "20417"),
                    ("IBAN", "NL27 RABO 0318 4471 95"),
                    ("Loonheffingennummer werkgever", "8137.26.411.L01"),
                ]
            ),
            Table(
                ["Omschrijving", "Bedrag"],
                [["Salaris (100% doorbetaling)", "€ 3.146,00"], ["Loonheffing", "€ -612,47"], ["Netto", "€ 2.288,12"]],
            ),
        ],
        es,
    )
    assert_not_bsn("8137.26.411")
    d = wd(d0, 108)
    c.eml(
        "02 Arbodienst/Uitnodiging spreekuur.eml",
        d,
        "ArboVitaal planning <planning@arbovitaal.example>",
        "Wendy Schreurs <w.schreurs@lindeboom-drukkerij.example>",
        "Uitnodiging spreekuur bedrijfsarts",
        f"Beste mevrouw Schreurs,\n\nU bent uitgenodigd voor het spreekuur van drs. H.J. Wolters op "
        f"{lng(wd(d0, 143))} om 10.15 uur, locatie Apeldoorn.\nVerzuimnummer 418265530.\n\nMet vriendelijke groet,\nPlanning ArboVitaal\n",
    )
    c.yaml(
        {
            "werknemer": {"naam": wn, "bsn": bsn, "functie": "DTP-medewerker / ordervoorbereider"},
            "werkgever": {
                "naam": "Drukkerij De Lindeboom B.V.",
                "aard_van_het_bedrijf": "Drukkerij (offset en digitaal), 46 medewerkers",
            },
            "bedrijfsarts": {"naam": ba[0], "organisatie": "ArboVitaal Oost B.V."},
            "casemanager": {"naam": emp[0]},
            "eerste_ziektedag": d0,
        }
    )
    for rel, t in c.texts.items():
        if rel != "05 Correspondentie/RE_ Stand van zaken Wendy.eml":
            for w in ("borstkanker", "mammacarcinoom", "chemo", "tamoxifen", "oncoloog"):
                assert w not in t.lower(), (rel, w)
    planted = (
        f"checked in week 20 (D0+{c.off(c.as_of)}). (1) No plan van aanpak at all: the probleemanalyse "
        f"('02 Arbodienst/Probleemanalyse en advies PvA - W. Schreurs.pdf', D0+{c.off(pa_d)}) finds usable possibilities "
        "and advises a PvA within two weeks; the employer 'follows the advice' and never wrote one (meeting reports of "
        f"D0+{c.off(meets[0])} and D0+{c.off(meets[2])} and the casemanager's mail say so; the terugkoppeling of D0+86 asks "
        "for it again). Due PA+14. (2) The casemanager's e-mail to the team leader ('05 Correspondentie/RE_ Stand van "
        "zaken Wendy.eml', text in the body) records the diagnosis (borstkanker, mammacarcinoom), the operation, "
        "chemotherapy, radiotherapy and tamoxifen: data an employer may not hold, even with consent. Traps: the PA's "
        "title is 'Probleemanalyse en advies plan van aanpak' (it is no PvA; it finds usable possibilities, so no waiver); "
        "PA D0+39 on time; two terugkoppelingen say 'geen medische gegevens opgenomen'; the sick-report mail gives only "
        "allowed data and a mobile number; a payslip with IBAN, KvK and a loonheffingennummer; part-time recovery "
        "(2 x 2 hours at home); meetings 35 days apart (PDF, Word, phone photo with EXIF orientation 6); an invitation "
        "mail naming a consultation after as_of; BSN with dots; 42e-weeksmelding, EJE, AO, EV not due."
    )
    return {
        "c": c,
        "planted": planted,
        "must": [
            {
                "code": "missing",
                "type": "plan_van_aanpak",
                "severity": "error",
                "why": "§8.1: no plan van aanpak, and the PA states usable possibilities (no waiver); due PA+14 (§8.3)",
            },
            {
                "code": "medical_data",
                "path": "05 Correspondentie/RE_ Stand van zaken Wendy.eml",
                "why": "§8.7 (§5.3, §5.1): diagnosis, treatment and medication in the employer's own e-mail",
            },
        ],
        "must_not": base_must_not(c)
        + [
            mn("missing", "§8.1: present (D0+39)", type="probleemanalyse"),
            mn("late", "§8.3: PA D0+39 ≤ D0+42", type="probleemanalyse"),
            mn("waived", "§8.1: the PA states usable possibilities; nothing waives the PvA", type="plan_van_aanpak"),
            mn(
                "medical_data",
                "§8.7: limitations only, 'geen medische gegevens opgenomen'",
                path="02 Arbodienst/Probleemanalyse en advies PvA - W. Schreurs.pdf",
            ),
            mn("medical_data", "§8.7: belastbaarheid only", path="02 Arbodienst/Terugkoppeling spreekuur april.pdf"),
            mn("medical_data", "§8.7: belastbaarheid only", path="02 Arbodienst/Terugkoppeling spreekuur 29-01.pdf"),
            mn(
                "medical_data",
                "§8.7 (§5.1): only data the employer may ask for",
                path="01 Ziekmelding/Ziekmelding Wendy Schreurs.eml",
            ),
            mn("medical_data", "§8.7: hours and work only", path="03 Gesprekken/verslag gesprek april.docx"),
            mn("evaluation_gap", "§8.3: meetings 35 days apart, the last 22 days before as_of"),
            mn("missing", "§8.1: not due in week 20", type="eerstejaarsevaluatie"),
            mn("missing", "§8.1: not due in week 20", type="actueel_oordeel"),
            mn("missing", "§8.1: not due in week 20", type="eindevaluatie"),
            mn("late", "§8.3: the 42e-weeksmelding is due at D0+294", type="ziekmelding_uwv"),
        ],
    }


# ================================================================================================
# Case 2: plan van aanpak without activities + dossier.yaml BSN typo
# ================================================================================================


def case2(rng: random.Random) -> dict:
    bsn = "353157545"
    typo = "353175545"
    c = Case("pva_zonder_activiteiten_yaml_bsn_typo", D(2025, 9, 1), D(2026, 4, 22), bsn)
    c.bsn_fmt = g.fmt_bsn(bsn, "spaces")
    wn = "Dennis Koster"
    emp = ("Jolanda Brinkman", "directeur / casemanager")
    es = emp_style(
        "brinkman",
        "Autoschade Brinkman B.V.",
        ("Ambachtsweg 14, 3771 MG Barneveld", "T 0342 41 77 80 · IBAN NL61 INGB 0006 8341 72 · KvK 30174428"),
        accent=(20, 20, 110),
        font="condensed",
    )
    assert_not_bsn("30174428", "NL61 INGB 0006 8341 72", "0006834172", "+31 6 2309 8876")
    arbo = ARBO2
    ba = ("M.E. (Marloes) de Groot", "19228734001")
    d0 = c.d0
    c.eml(
        "Verzuim/Ziekmelding Dennis.eml",
        d0,
        "Dennis Koster <dkoster@mailbox.example>",
        "Jolanda Brinkman <jolanda@autoschade-brinkman.example>",
        "ziek",
        "Hoi Jolanda,\n\nZaterdag thuis een ongelukje gehad (niet op het werk), ik kan vandaag (maandag) en deze week niet werken.\n"
        "Vrijdag heb ik nog gewoon mijn hele dag gewerkt. Bel me maar op 06-23098876.\n\nDennis\n",
    )
    d = wd(d0, 1)
    c.pdf(
        "Verzuim/Bevestiging ziekmelding arbodienst.pdf",
        d,
        [
            Title("Bevestiging verzuimmelding"),
            Fields(
                [
                    ("Werknemer", wn),
                    ("BSN", c.bsn_fmt),
                    ("Werkgever", "Autoschade Brinkman B.V."),
                    ("Eerste verzuimdag", dash(d0)),
                    ("Dossiernummer", "R&G-2025-118402"),
                ]
            ),
            Para("De melding is verwerkt. De bedrijfsarts neemt binnen twee weken contact op met de werknemer."),
        ],
        arbo,
    )
    pa_d = wd(d0, 37)
    c.pdf(
        "Arbodienst/Probleemanalyse D. Koster.pdf",
        pa_d,
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Werknemer", wn),
                    ("BSN", c.bsn_fmt),
                    ("Functie", "Plaatwerker / autospuiter, 38 uur"),
                    ("Eerste ziektedag", dash(d0)),
                ]
            ),
            Heading("Dreigend langdurig verzuim"),
            Para("Ja; verwachte duur vier tot zes maanden."),
            Heading("Beperkingen en mogelijkheden"),
            Bullets(
                [
                    "Niet tillen boven 5 kg, niet bukken of knielen, niet langdurig staan (max. 30 minuten).",
                    "Wel: zittend werk, calculatie, klantcontact aan de balie, 4 x 3 uur per week.",
                    "Autorijden korte afstanden mogelijk.",
                ]
            ),
            Heading("Advies"),
            Para(
                "Werkgever en werknemer stellen binnen twee weken een plan van aanpak op met concrete activiteiten, "
                "gericht op werkhervatting in aangepast werk (balie, calculatie) en opbouw naar het eigen werk. "
                "In deze probleemanalyse zijn geen medische gegevens opgenomen."
            ),
            ba_sig(*ba, pa_d),
        ],
        arbo,
    )
    pva_d = pa_d + TD(days=14)
    pva = [
        Title("Plan van aanpak re-integratie"),
        Fields(
            [
                ("Werknemer", wn),
                ("BSN", c.bsn_fmt),
                ("Functie", "Plaatwerker / autospuiter"),
                ("Eerste ziektedag", dash(d0)),
                ("Datum probleemanalyse", dash(pa_d)),
                ("Casemanager", "Jolanda Brinkman (directeur)"),
                ("Bedrijfsarts", ba[0]),
            ]
        ),
        Heading("Re-integratiedoel"),
        Para("Volledige terugkeer in het eigen werk als plaatwerker/autospuiter, 38 uur per week."),
        Heading("Activiteiten en afspraken"),
        Para(
            "Nog niet bekend. Worden vastgesteld na het volgende spreekuur van de bedrijfsarts en dan aan dit plan "
            "toegevoegd."
        ),
        Heading("Evaluatie"),
        Para(
            "Wij evalueren dit plan iedere vier weken met een gesprek op de zaak; de eerste evaluatie is op "
            f"{lng(wd(d0, 79))}. Aan het eind van het eerste ziektejaar volgt de eerstejaarsevaluatie."
        ),
        Heading("Visie werkgever"),
        Para("Wij willen Dennis graag terug in de werkplaats; hij is een ervaren kracht."),
        Heading("Visie werknemer"),
        Para("Ik wil zo snel mogelijk weer aan het werk, maar eerst moet ik weer kunnen tillen en bukken."),
        sigs2(emp, wn, pva_d),
    ]
    c.scan("Plan van aanpak/PvA Dennis getekend.pdf", pva_d, pva, es)
    meets = [wd(d0, o) for o in (79, 107, 135, 163, 191, 219)]
    msgs = [
        "Dennis werkt nog niet. Hij wacht op het volgende spreekuur.",
        "Dennis komt 2 ochtenden per week aan de balie (calculatie, telefoon).",
        "Dennis werkt 3 x 3 uur aan de balie. Het gaat redelijk.",
        "Dennis werkt 4 x 3 uur aan de balie en doet lichte poetswerkzaamheden.",
        "Dennis werkt 4 x 4 uur; de bedrijfsarts wil eerst de volgende herbeoordeling afwachten voor de werkplaats.",
        "Dennis werkt 4 x 4 uur aan de balie; werkplaats nog niet.",
    ]
    for i, m in enumerate(meets):
        nxt = meets[i + 1] if i + 1 < len(meets) else wd(d0, 247)
        blocks = meeting(c, m, emp, wn, msgs[i], nxt)
        rel = f"Gesprekken/Evaluatie {g.fmt_date(m, 'iso')}"
        if i == 2:
            c.docx(rel + ".docx", m, blocks, es)
        elif i == 4:
            c.photo("Gesprekken/WhatsApp Image evaluatie.jpg", m, blocks, es)
        else:
            c.pdf(rel + ".pdf", m, blocks, es)
    for o in (93, 177):
        d = wd(d0, o)
        c.pdf(
            f"Arbodienst/Terugkoppeling spreekuur {dash(d)}.pdf",
            d,
            [
                Title("Terugkoppeling spreekuur"),
                Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(d))]),
                Para(
                    "Belastbaarheid licht toegenomen: zittend en afwisselend werk tot 4 x 4 uur. Nog niet tillen boven "
                    "10 kg. Advies: neem de concrete activiteiten (opbouwschema, taken aan de balie) op in het plan van "
                    "aanpak."
                    if o == 93
                    else "Belastbaarheid 4 x 4 uur aangepast werk; werkplaats nog niet. Herbeoordeling "
                    "over zes weken. Geen medische gegevens opgenomen."
                ),
                ba_sig(*ba, d),
            ],
            arbo,
        )
    d = wd(d0, 200)
    c.eml(
        "Verzuim/RE_ gegevens voor het dossier.eml",
        d,
        "Jolanda Brinkman <jolanda@autoschade-brinkman.example>",
        "Administratiekantoor Veldhuis <salaris@veldhuis-admin.example>",
        "RE: gegevens voor het dossier",
        f"Hallo Gert,\n\nHier de gegevens van Dennis die je vroeg: BSN {bsn[:4]}.{bsn[4:6]}.{bsn[6:]}, geboren 14-06-1988, "
        "in dienst sinds 01-03-2012, 38 uur. Rekeningnummer NL61 INGB 0006 8341 72 (dat is van de zaak).\n\n"
        "Groet, Jolanda\n",
    )
    c.yaml(
        {
            "werknemer": {"naam": wn, "bsn": typo, "functie": "Plaatwerker / autospuiter"},
            "werkgever": {
                "naam": "Autoschade Brinkman B.V.",
                "aard_van_het_bedrijf": "Autoschadeherstel, 9 medewerkers",
            },
            "bedrijfsarts": {"naam": ba[0], "organisatie": "Arbodienst Rijn & Gouw"},
            "casemanager": {"naam": emp[0]},
            "eerste_ziektedag": d0,
        }
    )
    assert g.bsn_valid(bsn) and not g.bsn_valid(typo)
    for rel, t in c.texts.items():
        assert typo not in t.replace(" ", "").replace(".", ""), rel
    planted = (
        f"checked in week 34 (D0+{c.off(c.as_of)}). (1) The plan van aanpak ('Plan van aanpak/PvA Dennis getekend.pdf', "
        f"a copier scan, D0+{c.off(pva_d)}, exactly PA+14, signed by both) has a goal, a casemanager, evaluation moments "
        "(every four weeks, first date given) and both visies, but no activities: its heading 'Activiteiten en afspraken' "
        "says only 'Nog niet bekend' (to follow after the next consultation); no activity was ever added and the "
        "terugkoppeling of D0+93 asks for it. (2) dossier.yaml gives werknemer.bsn 353175545, the employee's BSN "
        "353157545 with two digits swapped: it fails the elfproef; every document carries the right BSN. Traps: the "
        "employee had an accident at home on Saturday and worked the Friday before, so D0 is Monday; PvA exactly PA+14; meetings every 28 "
        "days (PDF, Word, a phone photo), the last 14 days before as_of; HR's mail to the payroll office gives the right "
        "BSN with dots plus a birth date and a company IBAN; letterhead with IBAN and KvK, mobile numbers; 'Geen medische "
        "gegevens opgenomen'; 42e-weeksmelding, EJE, AO, EV not due."
    )
    return {
        "c": c,
        "planted": planted,
        "must": [
            {
                "code": "content",
                "path": "Plan van aanpak/PvA Dennis getekend.pdf",
                "why": "§8.6: the PvA must name activities (with time frames); it has only 'Nog niet bekend'",
            },
            {"code": "bsn_invalid", "why": "§8.5 (§5.2, §5.3): the BSN in dossier.yaml (353175545) fails the elfproef"},
        ],
        "must_not": [
            mn(
                "bsn_invalid",
                "§8.5: the documents' BSN 353157545 passes the elfproef",
                path="Plan van aanpak/PvA Dennis getekend.pdf",
            ),
            mn(
                "bsn_invalid",
                "§8.5: the right BSN with dots passes; IBAN and birth date are no BSN",
                path="Verzuim/RE_ gegevens voor het dossier.eml",
            ),
            mn("no_first_sick_day", "§8.3: the first sick day is in dossier.yaml and in the documents"),
            mn("future", "§8.3: no document is dated after as_of"),
            mn("missing", "§8.1: present", type="plan_van_aanpak"),
            mn("late", "§8.3: PvA exactly PA+14", type="plan_van_aanpak"),
            mn("late", "§8.3: PA D0+37", type="probleemanalyse"),
            mn("unsigned", "§8.5: the PvA is signed by both", path="Plan van aanpak/PvA Dennis getekend.pdf"),
            mn("evaluation_gap", "§8.3: meetings every 28 days"),
            mn("medical_data", "§8.7: no health data in the employer's documents"),
            mn("missing", "§8.1: not due in week 34", type="eerstejaarsevaluatie"),
            mn("missing", "§8.1: not due in week 34", type="actueel_oordeel"),
            mn("missing", "§8.1: not due in week 34", type="eindevaluatie"),
            mn("late", "§8.3: the 42e-weeksmelding is due at D0+294", type="ziekmelding_uwv"),
        ],
    }


# ================================================================================================
# shared blocks for longer dossiers
# ================================================================================================


def pa_blocks(c: Case, wn: str, functie: str, d: dt.date, ba: tuple[str, str], lim: list[str], advice: str) -> list:
    return [
        Title("Probleemanalyse", sub="oordeel en advies van de bedrijfsarts"),
        Fields(
            [
                ("Werknemer", wn),
                ("BSN", c.bsn_fmt),
                ("Functie", functie),
                ("Eerste ziektedag", dash(c.d0)),
                ("Datum", dash(d)),
            ]
        ),
        Heading("Dreigend langdurig verzuim"),
        Para("Ja. De verwachting is dat het verzuim langer dan drie maanden duurt."),
        Heading("Beperkingen en mogelijkheden"),
        Bullets(lim),
        Heading("Advies aan werkgever en werknemer"),
        Para(advice),
        Para("In deze probleemanalyse zijn geen medische gegevens opgenomen."),
        ba_sig(*ba, d),
    ]


def pva_blocks(
    c: Case,
    wn: str,
    d: dt.date,
    pa_d: dt.date,
    emp: tuple[str, str],
    goal: str,
    acts: list[list[str]],
    title: str = "Plan van aanpak",
) -> list:
    return [
        Title(title, sub="re-integratie eerste ziektejaar"),
        Fields(
            [
                ("Werknemer", wn),
                ("BSN", c.bsn_fmt),
                ("Eerste ziektedag", dash(c.d0)),
                ("Datum probleemanalyse", dash(pa_d)),
                ("Casemanager", f"{emp[0]}, {emp[1]}"),
            ]
        ),
        Heading("Re-integratiedoel"),
        Para(goal),
        Heading("Activiteiten"),
        Table(["Activiteit", "Wie", "Wanneer"], acts),
        Heading("Evaluatie"),
        Para("Iedere vijf weken een evaluatiegesprek; eerstejaarsevaluatie in week 46-52."),
        Heading("Visie werkgever"),
        Para("De werkgever ondersteunt een geleidelijke opbouw in het eigen werk."),
        Heading("Visie werknemer"),
        Para("Ik sta achter dit plan en wil de opbouw rustig maar gestaag doen."),
        sigs2(emp, wn, d),
    ]


def melding42(c: Case, wn: str, d: dt.date, werkgever: str, lhn: str) -> list:
    return [
        Title("Ziekmelding langdurig zieke werknemer", sub="kopie digitale melding werkgeversportaal (42e week)"),
        Fields(
            [
                ("Werkgever", werkgever),
                ("Loonheffingennummer", lhn),
                ("Werknemer", wn),
                ("BSN", c.bsn_fmt),
                ("Eerste ziektedag", dash(c.d0)),
                ("Datum melding", dash(d)),
            ]
        ),
        Para("UWV heeft uw melding ontvangen. U ontvangt binnen twee weken informatie over de eerstejaarsevaluatie."),
    ]


def uwv88(c: Case, wn: str, d: dt.date, end: dt.date) -> list:
    return [
        Title("Uw aanvraag WIA-uitkering"),
        Fields([("Datum", lng(d)), ("Burgerservicenummer", c.bsn_fmt), ("Naam", wn)]),
        Para(
            f"U bent bijna 2 jaar ziek. Uw wachttijd eindigt op {lng(end)}. Vraag uw WIA-uitkering aan uiterlijk "
            f"{lng(end - TD(days=77))}. Stuur het re-integratieverslag mee; uw werkgever stelt het met u op."
        ),
        Signatures([Sig("UWV", "Afdeling Uitkeringen WIA", "", "")]),
    ]


def ao_blocks(c: Case, wn: str, d: dt.date, ba: tuple[str, str], stand: str) -> list:
    return [
        Title("Actueel oordeel", sub="bij de probleemanalyse, ten behoeve van de WIA-aanvraag"),
        Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Eerste ziektedag", dash(c.d0)), ("Datum", dash(d))]),
        Heading("Stand van zaken en belastbaarheid"),
        Para(stand),
        Heading("Arbeidsrelatie"),
        Para("De arbeidsrelatie is naar mijn oordeel goed; er zijn geen conflicten."),
        Heading("Passende arbeid bij de werkgever"),
        Para("Het huidige aangepaste werk is passend en structureel; meer uren in het eigen werk verwacht ik niet."),
        Para("Dit actueel oordeel bevat geen medische gegevens; die gaan apart naar UWV."),
        ba_sig(*ba, d),
    ]


def ev_blocks(c: Case, wn: str, d: dt.date, emp: tuple[str, str], aard: str, terug: str) -> list:
    return [
        Title("Eindevaluatie", sub="plan van aanpak, ten behoeve van het re-integratieverslag"),
        Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Eerste ziektedag", dash(c.d0)), ("Datum", dash(d))]),
        Heading("Aard van het bedrijf"),
        Para(aard),
        Heading("Terugblik op twee jaar re-integratie"),
        Para(terug),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para("Goed; werkgever en werknemer werken constructief samen."),
        Heading("Passende arbeid"),
        Para("De werkgever heeft geen ander of meer passend werk dan het huidige."),
        Heading("Visie werknemer"),
        Para("Ik kan mij vinden in deze eindevaluatie."),
        sigs2(emp, wn, d),
    ]


def ow_blocks(c: Case, wn: str, d: dt.date) -> list:
    return [
        Title("Oordeel werknemer", sub="over het re-integratieverslag"),
        Fields([("Naam", wn), ("BSN", c.bsn_fmt), ("Datum", dash(d))]),
        Para("Ik ben het eens met de inhoud van het re-integratieverslag. Mijn werkgever heeft zich goed ingezet."),
        Signatures([Sig("Werknemer", wn, "", dash(d))]),
    ]


# ================================================================================================
# Case 3: 2nd-track eindrapportage with health data + dossier.yaml aanvraag_wia typed a year (two years) off
# ================================================================================================


def case3(rng: random.Random) -> dict:
    bsn = "745335536"
    c = Case("eindrapportage_medisch_yaml_aanvraag_typo", D(2024, 9, 2), D(2026, 6, 16), bsn)
    c.bsn_fmt = g.fmt_bsn(bsn, "plain")
    wn = "Marja Veldkamp"
    emp = ("Kees Verhoef", "rayonmanager / casemanager")
    es = emp_style(
        "glans",
        "Glans Facilitaire Diensten B.V.",
        ("Hoofdkantoor: Newtonstraat 8, 3316 GP Dordrecht", "T 078 651 20 00 · KvK 23091187"),
        accent=(0, 120, 180),
        font="sans",
    )
    assert_not_bsn("23091187", "+31 6 5512 0934")
    ba = ("R. (Rob) Alkema", "79118425101")
    arbo = ARBO2
    d0 = c.d0
    appl = wd(d0, 641)
    pa_d = wd(d0, 36)
    c.pdf(
        "01 Arbo/Probleemanalyse M. Veldkamp.pdf",
        pa_d,
        pa_blocks(
            c,
            wn,
            "Objectleider schoonmaak, 32 uur",
            pa_d,
            ba,
            [
                "Links verminderde kracht en fijne motoriek; niet tillen boven 5 kg.",
                "Snel vermoeid: maximaal 4 x 2 uur per week, met pauzes.",
                "Benutbare mogelijkheden: planning, roosters, telefonisch contact.",
            ],
            "Stel binnen twee weken een plan van aanpak op, gericht op opbouw in aangepast werk (planning).",
        ),
        arbo,
    )
    pva_d = wd(pa_d, 11)
    c.pdf(
        "02 Plan van aanpak/PvA Marja Veldkamp getekend.pdf",
        pva_d,
        pva_blocks(
            c,
            wn,
            pva_d,
            pa_d,
            emp,
            "Terugkeer in eigen werk als objectleider, met aanpassingen.",
            [
                ["Start aangepast werk planning 4 x 2 uur", "Kees / Marja", f"vanaf {dash(wd(d0, 56))}"],
                ["Opbouw met 2 uur per week per evaluatie", "Marja", "iedere 5 weken"],
                ["Werkplekonderzoek kantoor", "Kees", "binnen 6 weken"],
            ],
        ),
        es,
    )
    c.scan(
        "04 UWV/Melding 42e week.pdf",
        wd(d0, 285),
        melding42(c, wn, wd(d0, 285), "Glans Facilitaire Diensten B.V.", "8123.45.670.L01"),
        es,
    )
    assert_not_bsn("812345670")
    ad_d = wd(d0, 330)
    c.pdf(
        "05 AD/Arbeidsdeskundig rapport Veldkamp.pdf",
        ad_d,
        [
            Title("Arbeidsdeskundig rapport", sub="spoor 1 / spoor 2"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(ad_d))]),
            Para(
                "Eigen werk als objectleider (rijden tussen objecten, inspecties, schoonmaakwerk bijspringen) is niet "
                "meer haalbaar. Intern is structureel 16 uur planningswerk beschikbaar. Advies: dit werk structureel "
                "maken en voor de resterende uren een tweede spoor starten."
            ),
            Signatures([Sig("Arbeidsdeskundige", "J. Boschma", "registerarbeidsdeskundige", lng(ad_d))]),
        ],
        AD_STYLE,
    )
    eje_d = wd(d0, 343)
    c.pdf(
        "03 Evaluaties/Eerstejaarsevaluatie Marja.pdf",
        eje_d,
        [
            Title("Eerstejaarsevaluatie"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Eerste ziektedag", dash(d0)), ("Datum", dash(eje_d))]),
            Heading("Terugblik eerste ziektejaar"),
            Para("Marja werkt 16 uur in de planning. Eigen werk lukt niet meer."),
            Heading("Re-integratieresultaat tweede ziektejaar"),
            Para("16 uur structureel planningswerk; voor de overige 16 uur start een tweede spoor via Perspectief."),
            Heading("Visie werkgever"),
            Para("Eens met het advies van de arbeidsdeskundige."),
            Heading("Visie werknemer"),
            Para("Ik wil het tweede spoor een eerlijke kans geven."),
            sigs2(emp, wn, eje_d),
        ],
        es,
    )
    bpva_d = wd(d0, 350)
    c.pdf(
        "02 Plan van aanpak/Bijstelling PvA spoor 2.pdf",
        bpva_d,
        pva_blocks(
            c,
            wn,
            bpva_d,
            pa_d,
            emp,
            "Structureel 16 uur planning (spoor 1) en werk buiten de organisatie voor 16 uur (spoor 2).",
            [
                [
                    "Tweede spoor via Perspectief Loopbaan & Re-integratie",
                    "Kees / bureau",
                    f"start uiterlijk {dash(wd(d0, 385))}",
                ],
                ["Planning 16 uur structureel", "Marja", "doorlopend"],
            ],
            title="Bijstelling plan van aanpak",
        ),
        es,
    )
    tp_d = wd(d0, 380)
    c.pdf(
        "06 Tweede spoor/Trajectplan Perspectief - M. Veldkamp.pdf",
        tp_d,
        [
            Title("Trajectplan tweede spoor"),
            Fields(
                [
                    ("Kandidaat", wn),
                    ("BSN", c.bsn_fmt),
                    ("Opdrachtgever", "Glans Facilitaire Diensten B.V."),
                    ("Startdatum", dash(tp_d)),
                    ("Loopbaancoach", "Nadia Bakker"),
                ]
            ),
            Heading("Zoekprofiel"),
            Para("Administratief of planningswerk, 16 uur, regio Dordrecht, zittend werk."),
            Heading("Activiteiten"),
            Bullets(["Arbeidsmarktoriëntatie", "Sollicitatietraining", "Netwerkgesprekken"]),
            Para("Rapportage iedere acht weken aan de opdrachtgever. Medische informatie nemen wij niet op."),
            Signatures(
                [Sig("Loopbaancoach", "Nadia Bakker", "loopbaancoach", lng(tp_d)), Sig("Kandidaat", wn, "", lng(tp_d))]
            ),
        ],
        BUREAU,
    )
    reps = [wd(d0, o) for o in (436, 492, 548)]
    for i, r in enumerate(reps, 1):
        c.pdf(
            f"06 Tweede spoor/Voortgangsrapportage {i}.pdf",
            r,
            [
                Title(f"Voortgangsrapportage {i}", sub="tweede spoor"),
                Fields([("Kandidaat", wn), ("BSN", c.bsn_fmt), ("Rapportageperiode", f"t/m {dash(r)}")]),
                Para(
                    f"Sollicitaties: {2 + i * 2}; netwerkgesprekken: {i + 1}; vacatures besproken: {3 + i}. "
                    "Marja is gemotiveerd en komt afspraken na."
                ),
                Para("In deze rapportage is geen medische informatie opgenomen."),
                Signatures([Sig("Loopbaancoach", "Nadia Bakker", "loopbaancoach", lng(r))]),
            ],
            BUREAU,
        )
    er_d = wd(d0, 604)
    carrier = "06 Tweede spoor/Eindrapportage tweede spoor Veldkamp.pdf"
    c.pdf(
        carrier,
        er_d,
        [
            Title("Eindrapportage tweede spoor"),
            Fields(
                [
                    ("Kandidaat", wn),
                    ("BSN", c.bsn_fmt),
                    ("Opdrachtgever", "Glans Facilitaire Diensten B.V."),
                    ("Trajectduur", f"{dash(tp_d)} t/m {dash(er_d)}"),
                ]
            ),
            Heading("Resultaat"),
            Para("Geen plaatsing. Twee gesprekken bij een woningcorporatie leidden niet tot een aanbod."),
            Heading("Gezondheid en belastbaarheid"),
            Para(
                "Marja heeft in augustus 2024 een herseninfarct (CVA) gehad met een halfzijdige verlamming links "
                "(hemiparese). Zij revalideerde bij Revalidatiecentrum De Waarden en staat onder controle bij de "
                "neuroloog en de revalidatiearts. Zij gebruikt clopidogrel en atorvastatine en heeft last van "
                "vermoeidheid door de medicatie."
            ),
            Heading("Advies"),
            Para("Voortzetting van het planningswerk; geen verdere bemiddeling zinvol."),
            Signatures([Sig("Loopbaancoach", "Nadia Bakker", "loopbaancoach", lng(er_d))]),
        ],
        BUREAU,
    )
    meets = [wd(d0, o) for o in (560, 595, 630)]
    for i, m in enumerate(meets):
        blocks = meeting(
            c, m, emp, wn, "Marja werkt 16 uur structureel in de planning.", meets[i + 1] if i + 1 < 3 else wd(d0, 665)
        )
        if i == 1:
            c.docx("03 Evaluaties/verslag evaluatie.docx", m, blocks, es)
        else:
            c.pdf(f"03 Evaluaties/Evaluatie {dash(m)}.pdf", m, blocks, es)
    u_d = wd(d0, 612)
    c.scan("04 UWV/brief UWV.pdf", u_d, uwv88(c, wn, u_d, d0 + TD(days=727)), UWV)
    ao_d = wd(d0, 617)
    c.pdf(
        "07 WIA/Actueel oordeel bedrijfsarts.pdf",
        ao_d,
        ao_blocks(
            c, wn, ao_d, ba, "Belastbaar voor 16 uur zittend planningswerk per week; geen verdere opbouw te verwachten."
        ),
        arbo,
    )
    ev_d = wd(d0, 627)
    c.pdf(
        "07 WIA/Eindevaluatie Marja Veldkamp.pdf",
        ev_d,
        ev_blocks(
            c,
            wn,
            ev_d,
            emp,
            "Glans is een schoonmaak- en facilitair bedrijf met 640 medewerkers, vooral in kantoren en scholen.",
            "Na een jaar opbouw is 16 uur planningswerk structureel; het tweede spoor leverde geen plaatsing op.",
        ),
        es,
    )
    ow_d = wd(d0, 633)
    c.photo("07 WIA/oordeel werknemer.jpg", ow_d, ow_blocks(c, wn, ow_d), es)
    typo = D(2024, appl.month, appl.day)
    assert typo < d0
    c.yaml(
        {
            "werknemer": {"naam": wn, "bsn": bsn, "functie": "Objectleider schoonmaak"},
            "werkgever": {
                "naam": "Glans Facilitaire Diensten B.V.",
                "loonheffingennummer": "812345670L01",
                "aard_van_het_bedrijf": "Schoonmaak en facilitaire diensten",
            },
            "bedrijfsarts": {"naam": ba[0], "organisatie": "Arbodienst Rijn & Gouw"},
            "casemanager": {"naam": emp[0]},
            "eerste_ziektedag": d0,
            "aanvraag_wia": typo,
        }
    )
    for rel, t in c.texts.items():
        if rel != carrier:
            for w in ("herseninfarct", "clopidogrel", "neuroloog", "hemiparese", "revalidatiearts"):
                assert w not in t.lower(), (rel, w)
    planted = (
        f"checked in week 94 (D0+{c.off(c.as_of)}); the application was made on {appl.isoformat()} (D0+{c.off(appl)}, "
        f"week 92), but dossier.yaml says aanvraag_wia: {typo.isoformat()} (the year typed wrong), which is before the "
        f"first sick day {d0.isoformat()}. (1) The 2nd-track bureau's eindrapportage ('{carrier}', D0+{c.off(er_d)}), "
        "sent to and filed by the employer, has a section 'Gezondheid en belastbaarheid' with the diagnosis "
        "(herseninfarct/CVA, hemiparese), the revalidatiearts and neuroloog and the medication (clopidogrel, "
        "atorvastatine). (2) dossier.yaml contradicts itself: the application date lies before the first sick day. "
        "Traps: the trajectplan and the three progress reports say medical information is left out; the 2nd track "
        "started on time (AD week 48, EJE week 50, bijstelling PvA, trajectplan D0+380) with reports every 56 days; "
        "16 hours structural adapted work; AO D0+617 before EV D0+627, both before week 91; oordeel werknemer a phone "
        "photo (EXIF 6); UWV's week-88 letter and the 42e-weeksmelding are copier scans; loonheffingennummer and KvK; "
        "three selected meetings only (gaps not judged); BSN written plain."
    )
    return {
        "c": c,
        "planted": planted,
        "aanvraag_wia": typo,
        "must": [
            {
                "code": "medical_data",
                "path": carrier,
                "why": "§8.7 (§5.3, §5.1): diagnosis, specialists and medication in a 2nd-track report the employer holds",
            },
            {
                "code": "case_file",
                "why": "§8.3 (CONTRACT dossier.yaml; handleiding §6 case_file): aanvraag_wia lies before the first sick day",
            },
        ],
        "must_not": base_must_not(c)
        + [
            mn(
                "medical_data",
                "§8.7: 'geen medische informatie opgenomen'",
                path="06 Tweede spoor/Voortgangsrapportage 1.pdf",
            ),
            mn(
                "medical_data",
                "§8.7: zoekprofiel only",
                path="06 Tweede spoor/Trajectplan Perspectief - M. Veldkamp.pdf",
            ),
            mn("medical_data", "§8.7: limitations only", path="01 Arbo/Probleemanalyse M. Veldkamp.pdf"),
            mn("medical_data", "§8.7: belastbaarheid only", path="07 WIA/Actueel oordeel bedrijfsarts.pdf"),
            mn("medical_data", "§8.7: no health data", path="07 WIA/Eindevaluatie Marja Veldkamp.pdf"),
            mn("missing", "§8.1: present", type="actueel_oordeel"),
            mn("missing", "§8.1: present", type="eindevaluatie"),
            mn("missing", "§8.1: present", type="eerstejaarsevaluatie"),
            mn("missing", "§8.1: present (phone photo)", type="oordeel_werknemer"),
            mn("missing", "§8.2/§8.3: trajectplan D0+380", type="trajectplan_tweede_spoor"),
            mn("late", "§8.3: trajectplan D0+380 ≤ D0+406", type="trajectplan_tweede_spoor"),
            mn("late", "§8.3: EV D0+627 ≤ D0+636", type="eindevaluatie"),
            mn("report_gap", "§8.3 (§7): reports every 56 days until the eindrapportage"),
            mn("late", "§8.3: EJE week 50", type="eerstejaarsevaluatie"),
            mn("unsigned", "§8.5: PvA, bijstelling, EJE and EV are signed by both"),
        ],
    }


# ================================================================================================
# Case 4: inzetbaarheidsprofiel with health data + 2nd-track bureau that reports per quarter
# ================================================================================================


def case4(rng: random.Random) -> dict:
    bsn = "279579573"
    c = Case("izp_medisch_bureau_kwartaalrapportage", D(2024, 10, 7), D(2026, 3, 11), bsn)
    c.bsn_fmt = g.fmt_bsn(bsn, "dots")
    wn = "Sanne de Jonge"
    emp = ("Patrick Vermeulen", "front office manager")
    es = emp_style(
        "zeeuwse",
        "Hotel De Zeeuwse Stromen",
        ("Boulevard de Ruyter 22, 4381 KB Vlissingen", "T 0118 41 30 30 · IBAN NL13 ABNA 0521 7736 09"),
        accent=(0, 90, 120),
        font="serif",
    )
    assert_not_bsn("NL13 ABNA 0521 7736 09", "0521773609", "+31 6 1290 4418")
    arbo = Style(**{**ARBO.__dict__, "footer": "ArboVitaal - vertrouwelijk - verzuimnummer 770194302"})
    assert_not_bsn("770194302")
    ba = ("A.C. (Anja) Meijer", "39115702801")
    d0 = c.d0
    c.eml(
        "01 Verzuim/Ziekmelding Sanne.eml",
        d0,
        "Patrick Vermeulen <p.vermeulen@zeeuwsestromen.example>",
        "ArboVitaal verzuimmeldingen <melding@arbovitaal.example>",
        "Ziekmelding S. de Jonge (receptie)",
        f"Ziekmelding: Sanne de Jonge, receptioniste, 32 uur. Eerste ziektedag {dash(d0)}. Telefoon +31 6 1290 4418. "
        "Verwachte duur onbekend. Geen bedrijfsongeval, geen regres.\n\nPatrick Vermeulen\n",
    )
    pa_d = wd(d0, 38)
    c.pdf(
        "02 Arbodienst/Probleemanalyse S. de Jonge.pdf",
        pa_d,
        pa_blocks(
            c,
            wn,
            "Receptioniste, 32 uur",
            pa_d,
            ba,
            [
                "Beperkt in staan en lopen: maximaal 1 uur achtereen.",
                "Beperkt in energie: 4 x 3 uur per week.",
                "Wel: zittend baliewerk, reserveringen, e-mail.",
            ],
            "Stel binnen twee weken een plan van aanpak op gericht op zittend werk aan de receptie.",
        ),
        arbo,
    )
    pva_d = wd(pa_d, 12)
    c.pdf(
        "03 Plan van aanpak/PvA Sanne de Jonge.pdf",
        pva_d,
        pva_blocks(
            c,
            wn,
            pva_d,
            pa_d,
            emp,
            "Terugkeer in eigen werk als receptioniste, met een zittende werkplek.",
            [
                ["Zittende werkplek aan de balie", "Patrick", "binnen 2 weken"],
                ["Opbouw 4 x 3 uur naar 4 x 6 uur", "Sanne", "in 12 weken"],
            ],
        ),
        es,
    )
    bpa_d = wd(d0, 290)
    c.pdf(
        "02 Arbodienst/Bijstelling probleemanalyse.pdf",
        bpa_d,
        [
            Title("Bijstelling probleemanalyse"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(bpa_d))]),
            Para(
                "De belastbaarheid is afgenomen. Terugkeer in het eigen werk als receptioniste (wisseldiensten, veel staan) "
                "verwacht ik niet meer. Zie het bijgevoegde inzetbaarheidsprofiel. Advies: laat een arbeidsdeskundig "
                "onderzoek doen en stel het plan van aanpak bij."
            ),
            Para("Geen medische gegevens opgenomen."),
            ba_sig(*ba, bpa_d),
        ],
        arbo,
    )
    carrier = "02 Arbodienst/Bijlage inzetbaarheidsprofiel.pdf"
    c.pdf(
        carrier,
        bpa_d,
        [
            Title("Inzetbaarheidsprofiel", sub="bijlage bij de bijstelling probleemanalyse"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(bpa_d))]),
            Table(
                ["Rubriek", "Beperking"],
                [
                    ["1 Persoonlijk functioneren", "beperkt: geen hoge tijdsdruk"],
                    ["2 Sociaal functioneren", "geen beperkingen"],
                    ["3 Aanpassing aan fysieke omgevingseisen", "beperkt: geen hitte"],
                    ["4 Dynamische handelingen", "beperkt: lopen max. 15 minuten, geen trappen lopen"],
                    ["5 Statische houdingen", "beperkt: staan max. 30 minuten"],
                    ["6 Werktijden", "beperkt: max. 4 uur per dag, 16 uur per week, geen avond- en nachtdiensten"],
                ],
            ),
            Heading("Toelichting"),
            Para(
                "In verband met multiple sclerose (relapsing-remitting MS, diagnose gesteld door de neuroloog van het "
                "Erasmus MC in november 2024) met vermoeidheid en krachtsverlies in de benen. Behandeling met "
                "ocrelizumab-infusen iedere zes maanden; een nieuwe MRI staat gepland."
            ),
            ba_sig(*ba, bpa_d),
        ],
        arbo,
    )
    ad_d = wd(d0, 324)
    c.pdf(
        "04 Arbeidsdeskundige/Rapport arbeidsdeskundig onderzoek.pdf",
        ad_d,
        [
            Title("Rapport arbeidsdeskundig onderzoek"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(ad_d))]),
            Para(
                "Belasting en belastbaarheid: het eigen werk (wisseldiensten, staan, lopen) past niet meer. Intern is "
                "structureel 12 uur zittend werk op de reserveringsafdeling. Advies: 12 uur spoor 1 structureel, daarnaast "
                "een tweede spoor voor passend werk elders."
            ),
            Signatures([Sig("Arbeidsdeskundige", "J. Boschma", "registerarbeidsdeskundige", lng(ad_d))]),
        ],
        AD_STYLE,
    )
    c.scan(
        "05 UWV/Kopie melding 42e week.pdf",
        wd(d0, 284),
        melding42(c, wn, wd(d0, 284), "Exploitatie De Zeeuwse Stromen B.V.", "8554.21.904.L01"),
        es,
    )
    assert_not_bsn("855421904")
    eje_d = wd(d0, 344)
    c.pdf(
        "06 Evaluaties/Eerstejaarsevaluatie Sanne.pdf",
        eje_d,
        [
            Title("Eerstejaarsevaluatie"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(eje_d))]),
            Para(
                "Eerste ziektejaar: opbouw tot 12 uur zittend werk op reserveringen. Tweede ziektejaar: 12 uur structureel "
                "en een tweede spoor via WerkWijzer voor de overige uren."
            ),
            Heading("Visie werkgever"),
            Para("Wij volgen het advies van de arbeidsdeskundige."),
            Heading("Visie werknemer"),
            Para("Ik had liever op de receptie gebleven, maar begrijp het advies."),
            sigs2(emp, wn, eje_d),
        ],
        es,
    )
    bpva_d = wd(d0, 352)
    c.pdf(
        "03 Plan van aanpak/Bijstelling PvA tweede spoor.pdf",
        bpva_d,
        pva_blocks(
            c,
            wn,
            bpva_d,
            pa_d,
            emp,
            "12 uur structureel op reserveringen en passend werk elders voor 20 uur (spoor 2).",
            [["Tweede spoor via WerkWijzer", "Patrick / bureau", f"start uiterlijk {dash(wd(d0, 385))}"]],
            title="Bijstelling plan van aanpak",
        ),
        es,
    )
    tp_d = wd(d0, 385)
    c.pdf(
        "07 Tweede spoor/Trajectplan WerkWijzer.pdf",
        tp_d,
        [
            Title("Trajectplan tweede spoor"),
            Fields([("Kandidaat", wn), ("BSN", c.bsn_fmt), ("Start", dash(tp_d)), ("Jobcoach", "Ruben Claes")]),
            Heading("Zoekprofiel"),
            Para("Zittend klantcontact, 16-20 uur, regio Walcheren."),
            Heading("Rapportage"),
            Para("Conform onze dienstverleningsovereenkomst rapporteren wij eens per kwartaal aan de opdrachtgever."),
            Signatures([Sig("Jobcoach", "Ruben Claes", "jobcoach", lng(tp_d))]),
        ],
        BUREAU2,
    )
    r_d = wd(d0, 476)
    c.pdf(
        "07 Tweede spoor/Kwartaalrapportage 1 WerkWijzer.pdf",
        r_d,
        [
            Title("Kwartaalrapportage 1", sub="tweede spoor"),
            Fields([("Kandidaat", wn), ("BSN", c.bsn_fmt), ("Periode", f"{dash(tp_d)} t/m {dash(r_d)}")]),
            Para(
                "Activiteiten: 9 sollicitaties, 4 netwerkgesprekken, 1 proefplaatsing aangevraagd bij een zorgverzekeraar "
                "(klantenservice). Volgende rapportage over drie maanden."
            ),
            Signatures([Sig("Jobcoach", "Ruben Claes", "jobcoach", lng(r_d))]),
        ],
        BUREAU2,
    )
    meets = [wd(d0, o) for o in (385, 418, 451, 484, 517)]
    for i, m in enumerate(meets):
        nxt = meets[i + 1] if i + 1 < len(meets) else wd(d0, 550)
        blocks = meeting(c, m, emp, wn, "Sanne werkt 12 uur op reserveringen; het tweede spoor loopt.", nxt)
        if i == 2:
            c.docx("06 Evaluaties/verslag gesprek Sanne.docx", m, blocks, es)
        elif i == 4:
            c.photo("06 Evaluaties/IMG_4471.jpg", m, blocks, es)
        else:
            c.pdf(f"06 Evaluaties/Gesprek {dash(m)}.pdf", m, blocks, es)
    c.yaml(
        {
            "werknemer": {"naam": wn, "bsn": bsn, "functie": "Receptioniste"},
            "werkgever": {
                "naam": "Exploitatie De Zeeuwse Stromen B.V.",
                "aard_van_het_bedrijf": "Hotel (4 sterren), 85 medewerkers",
            },
            "bedrijfsarts": {"naam": ba[0], "organisatie": "ArboVitaal Oost B.V."},
            "casemanager": {"naam": emp[0]},
            "eerste_ziektedag": d0,
        }
    )
    for rel, t in c.texts.items():
        if rel != carrier:
            for w in ("sclerose", "ocrelizumab", "neuroloog", "mri"):
                assert w not in t.lower(), (rel, w)
    planted = (
        f"checked in week 75 (D0+{c.off(c.as_of)}). (1) The bedrijfsarts's inzetbaarheidsprofiel ('{carrier}', annex to "
        f"the bijstelling probleemanalyse of D0+{c.off(bpa_d)}, filed by the employer) has a 'Toelichting' with the "
        "diagnosis (multiple sclerose, neuroloog Erasmus MC), the treatment (ocrelizumab) and a planned MRI; its six "
        "rubrieken themselves are fine. (2) The 2nd-track bureau reports once a quarter by contract: trajectplan "
        f"D0+{c.off(tp_d)}, first report D0+{c.off(r_d)} ({c.off(r_d) - c.off(tp_d)} days later, more than 9 weeks); no other "
        "report. Traps: the bijstelling PA itself says 'Geen medische gegevens opgenomen'; the 2nd track started on "
        "time (AD week 47, EJE week 50, bijstelling PvA, trajectplan D0+385 ≤ D0+406); 12 hours structural adapted "
        "work; the last report is 44 days before as_of; meetings every 32-35 days from D0+385 (PDF, Word, phone photo), "
        "the first-year meetings are not filed (gaps not judged); 42e-weeksmelding a copier scan on time; hotel "
        "letterhead with IBAN, mobile numbers, a verzuimnummer; BSN with dots; AO/EV/OW not due."
    )
    return {
        "c": c,
        "planted": planted,
        "must": [
            {
                "code": "medical_data",
                "path": carrier,
                "why": "§8.7 (§5.3, §5.1): diagnosis, specialist and treatment in a bedrijfsarts annex the employer holds",
            },
            {
                "code": "report_gap",
                "why": f"§8.3 (§7): 2nd track active, {c.off(r_d) - c.off(tp_d)} days from the trajectplan to the first report (> ~9 weeks)",
            },
        ],
        "must_not": base_must_not(c)
        + [
            mn(
                "medical_data",
                "§8.7: 'geen medische gegevens opgenomen'",
                path="02 Arbodienst/Bijstelling probleemanalyse.pdf",
            ),
            mn("medical_data", "§8.7: limitations only", path="02 Arbodienst/Probleemanalyse S. de Jonge.pdf"),
            mn(
                "medical_data",
                "§8.7: belasting/belastbaarheid only",
                path="04 Arbeidsdeskundige/Rapport arbeidsdeskundig onderzoek.pdf",
            ),
            mn("medical_data", "§8.7: allowed sick-report data", path="01 Verzuim/Ziekmelding Sanne.eml"),
            mn("missing", "§8.2: present", type="trajectplan_tweede_spoor"),
            mn("late", "§8.3: trajectplan D0+385 ≤ D0+406", type="trajectplan_tweede_spoor"),
            mn("missing", "§8.2: present", type="arbeidsdeskundig_rapport"),
            mn("missing", "§8.1: present", type="eerstejaarsevaluatie"),
            mn("late", "§8.3: EJE week 50", type="eerstejaarsevaluatie"),
            mn("early", "§8.3: EJE week 50", type="eerstejaarsevaluatie"),
            mn("missing", "§8.2: present", type="bijstelling_plan_van_aanpak"),
            mn("late", "§8.3: melding D0+284", type="ziekmelding_uwv"),
            mn("missing", "§8.1: not due in week 75", type="actueel_oordeel"),
            mn("missing", "§8.1: not due in week 75", type="eindevaluatie"),
            mn("unsigned", "§8.5: PvA, bijstelling PvA and EJE are signed by both"),
        ],
    }


# ================================================================================================
# Case 5: the arbodienst's AO mail also carries the medische informatie + a photo of a hospital appointment card
# ================================================================================================


def case5(rng: random.Random) -> dict:
    bsn = "070653458"
    c = Case("mi_bij_ao_mail_afspraakkaart_foto", D(2024, 5, 6), D(2026, 2, 17), bsn)
    c.bsn_fmt = g.fmt_bsn(bsn, "spaces")
    wn = "Peter Bos"
    emp = ("Linda Hazeleger", "P&O-adviseur")
    es = emp_style(
        "vecht",
        "Woonstichting Thuis aan de Vecht",
        ("Postbus 207, 3600 AE Maarssen", "T 0346 55 80 00 · KvK 41190237"),
        accent=(0, 110, 60),
        font="sans",
    )
    assert_not_bsn("41190237", "+31 6 3381 0027")
    arbo = Style(**{**ARBO.__dict__, "footer": "ArboVitaal - vertrouwelijk - verzuimnummer 613207495"})
    assert_not_bsn("613207495")
    ba = ("drs. F. (Frank) van Dijk", "49227310401")
    d0 = c.d0
    appl = wd(d0, 640)
    pa_d = wd(d0, 36)
    c.pdf(
        "01 Arbo/Probleemanalyse P. Bos.pdf",
        pa_d,
        pa_blocks(
            c,
            wn,
            "Opzichter onderhoud, 36 uur",
            pa_d,
            ba,
            [
                "Beperkt in energie: 4 x 3 uur per week.",
                "Niet klimmen, geen kruipruimtes.",
                "Wel: kantoorwerk, planning.",
            ],
            "Stel binnen twee weken een plan van aanpak op; start met licht werk op kantoor.",
        ),
        arbo,
    )
    pva_d = wd(pa_d, 9)
    c.pdf(
        "02 PvA/PvA Peter Bos getekend.pdf",
        pva_d,
        pva_blocks(
            c,
            wn,
            pva_d,
            pa_d,
            emp,
            "Terugkeer in eigen werk als opzichter, zo nodig aangepast.",
            [
                ["Kantoorwerk planning onderhoud", "Peter", f"vanaf {dash(wd(d0, 50))}"],
                ["Opbouw per evaluatie", "Linda / Peter", "iedere 5 weken"],
            ],
        ),
        es,
    )
    bpa_d = wd(d0, 190)
    c.pdf(
        "01 Arbo/Bijstelling probleemanalyse.pdf",
        bpa_d,
        [
            Title("Bijstelling probleemanalyse"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(bpa_d))]),
            Para(
                "Klimmen en kruipruimtes blijven blijvend uitgesloten. Belastbaar voor 28 uur werk zonder klimmen. "
                "Advies: pas het plan van aanpak aan (aangepast eigen werk: opname en oplevering van woningen)."
            ),
            Para("Geen medische gegevens opgenomen."),
            ba_sig(*ba, bpa_d),
        ],
        arbo,
    )
    bpva_d = wd(bpa_d, 10)
    c.pdf(
        "02 PvA/Bijstelling PvA oktober.pdf",
        bpva_d,
        pva_blocks(
            c,
            wn,
            bpva_d,
            pa_d,
            emp,
            "Structureel aangepast eigen werk, 28 uur: opname en oplevering van woningen, zonder klimmen. "
            "Deze bijstelling vervangt het plan van aanpak.",
            [["Aangepast takenpakket opzichter", "Linda", f"vanaf {dash(wd(d0, 205))}"]],
            title="Bijstelling plan van aanpak",
        ),
        es,
    )
    c.scan(
        "03 UWV/Melding langdurig ziek.pdf",
        wd(d0, 283),
        melding42(c, wn, wd(d0, 283), "Woonstichting Thuis aan de Vecht", "8061.77.204.L01"),
        es,
    )
    assert_not_bsn("806177204")
    ad_d = wd(d0, 327)
    c.pdf(
        "04 AD/Arbeidsdeskundig rapport P. Bos.pdf",
        ad_d,
        [
            Title("Arbeidsdeskundig rapport"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(ad_d))]),
            Para(
                "Peter werkt 28 van 36 uur structureel in aangepast eigen werk (loonwaarde 78%). Dit is een bevredigend "
                "resultaat; een tweede spoor is niet aan de orde."
            ),
            Signatures([Sig("Arbeidsdeskundige", "J. Boschma", "registerarbeidsdeskundige", lng(ad_d))]),
        ],
        AD_STYLE,
    )
    eje_d = wd(d0, 340)
    c.pdf(
        "05 Evaluaties/Eerstejaarsevaluatie P. Bos.pdf",
        eje_d,
        [
            Title("Eerstejaarsevaluatie"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(eje_d))]),
            Para(
                "Peter werkt 28 uur structureel in aangepast eigen werk. Geen tweede spoor: bevredigend resultaat "
                "(arbeidsdeskundige: loonwaarde 78%)."
            ),
            Heading("Visie werkgever"),
            Para("Tevreden over het resultaat."),
            Heading("Visie werknemer"),
            Para("Ik ben blij dat ik mijn vak kan blijven doen."),
            sigs2(emp, wn, eje_d),
        ],
        es,
    )
    card_d = wd(d0, 508)
    card_style = Style(
        key="azu",
        org="UMC Utrecht",
        org_lines=("Radiotherapie", "Heidelberglaan 100"),
        letterhead="centered",
        accent=(160, 0, 40),
        font="sans",
        base_size=13,
    )
    card = "06 Verzuim/Foto afspraakkaart Peter.jpg"
    c.photo(
        card,
        card_d,
        [
            Title("Afsprakenkaart"),
            Fields([("Patiënt", "P. Bos"), ("Geboortedatum", "11-02-1966"), ("Patiëntnummer", "7731042")]),
            Table(
                ["Datum", "Tijd", "Afspraak"],
                [
                    [dash(wd(d0, 513)), "08:40", "Bestraling prostaat 1/20 - bunker 3"],
                    [dash(wd(d0, 514)), "08:40", "Bestraling 2/20"],
                    [dash(wd(d0, 520)), "10:15", "Consult radiotherapeut-oncoloog"],
                ],
            ),
            Para("Neem uw medicatielijst mee (hormoontherapie: bicalutamide)."),
        ],
        card_style,
        hour=8,
    )
    meets = [wd(d0, o) for o in (505, 540, 575, 610)]
    for i, m in enumerate(meets):
        nxt = meets[i + 1] if i + 1 < len(meets) else wd(d0, 645)
        extra = (
            "Peter stuurde een foto van zijn afspraken; hij is de komende vier weken 's ochtends afwezig."
            if i == 0
            else ""
        )
        blocks = meeting(c, m, emp, wn, "Peter werkt 28 uur in aangepast eigen werk.", nxt, extra)
        if i == 1:
            c.docx("05 Evaluaties/Gespreksverslag.docx", m, blocks, es)
        else:
            c.pdf(f"05 Evaluaties/Gespreksverslag {dash(m)}.pdf", m, blocks, es)
    u_d = wd(d0, 611)
    c.scan("03 UWV/Scan_0117.pdf", u_d, uwv88(c, wn, u_d, d0 + TD(days=727)), UWV)
    ao_d = wd(d0, 617)
    mi_d = ao_d
    ao_pdf = HERE / "_tmp_ao.pdf"
    mi_pdf = HERE / "_tmp_mi.pdf"
    ao_b = ao_blocks(c, wn, ao_d, ba, "Structureel 28 uur aangepast eigen werk; geen verdere opbouw te verwachten.")
    mi_b = [
        Title("Medische informatie", sub="MEDISCH GEHEIM - alleen voor de verzekeringsarts van UWV"),
        Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(mi_d))]),
        Heading("Diagnose"),
        Para(
            "Prostaatcarcinoom (ICD-10 C61), in 2024 behandeld met radicale prostatectomie; "
            "lokaal recidief in 2025, radiotherapie (20 fracties) en hormoontherapie (bicalutamide)."
        ),
        Heading("Behandelaars"),
        Para("Uroloog St. Antonius Ziekenhuis; radiotherapeut-oncoloog UMC Utrecht."),
        Heading("Prognose"),
        Para("Stabiel; restklachten van vermoeidheid en incontinentie."),
        ba_sig(*ba, mi_d),
    ]
    g.write_pdf(ao_pdf, ao_b, arbo)
    g.write_pdf(mi_pdf, mi_b, arbo)
    mail = "07 WIA/Actueel oordeel P. Bos (ArboVitaal).eml"
    ao_name = "Actueel oordeel P. Bos.pdf"
    mi_name = "Medische informatie P. Bos - medisch geheim.pdf"
    c.eml(
        mail,
        ao_d,
        "ArboVitaal WIA-team <wia@arbovitaal.example>",
        "Linda Hazeleger <l.hazeleger@thuisaandevecht.example>",
        "Actueel oordeel en stukken WIA-aanvraag P. Bos",
        "Geachte mevrouw Hazeleger,\n\nIn de bijlage vindt u het actueel oordeel van de bedrijfsarts ten behoeve van de "
        "WIA-aanvraag van de heer Bos, en de stukken voor het re-integratieverslag.\n\nMet vriendelijke groet,\n"
        "WIA-team ArboVitaal\nVerzuimnummer 613207495\n",
        [g.attachment_from(ao_pdf, ao_name), g.attachment_from(mi_pdf, mi_name)],
    )
    c.texts[mail] += g.blocks_to_text(ao_b) + g.blocks_to_text(mi_b)
    ao_pdf.unlink()
    mi_pdf.unlink()
    ev_d = wd(d0, 626)
    c.pdf(
        "07 WIA/Eindevaluatie Peter Bos.pdf",
        ev_d,
        ev_blocks(
            c,
            wn,
            ev_d,
            emp,
            "Thuis aan de Vecht is een woningcorporatie met 4.200 woningen en 96 medewerkers.",
            "Peter werkt sinds week 30 structureel 28 van 36 uur in aangepast eigen werk.",
        ),
        es,
    )
    ow_d = wd(d0, 635)
    c.docx("07 WIA/Mijn oordeel re-integratieverslag.docx", ow_d, ow_blocks(c, wn, ow_d), es)
    c.yaml(
        {
            "werknemer": {"naam": wn, "bsn": bsn, "functie": "Opzichter onderhoud"},
            "werkgever": {"naam": "Woonstichting Thuis aan de Vecht", "aard_van_het_bedrijf": "Woningcorporatie"},
            "bedrijfsarts": {"naam": ba[0], "organisatie": "ArboVitaal Oost B.V."},
            "casemanager": {"naam": emp[0]},
            "eerste_ziektedag": d0,
            "aanvraag_wia": appl,
        }
    )
    planted = (
        f"checked in week 94 (D0+{c.off(c.as_of)}), after the application (D0+{c.off(appl)}, week 92, dossier.yaml). "
        f"(1) The arbodienst's mail '{mail}' (D0+{c.off(ao_d)}) brings the actueel oordeel and, as a second attachment, "
        f"'{mi_name}' (medisch geheim: ICD-10 C61, prostatectomie, radiotherapie, bicalutamide, uroloog): the MI is in "
        f"the employer's folder. (2) '{card}' (D0+{c.off(card_d)}) is a phone photo (EXIF orientation 6) of the "
        "employee's hospital appointment card (radiotherapy of the prostate, radiotherapeut-oncoloog, hormoontherapie "
        "bicalutamide), filed as proof of his morning absence. Traps: the AO attachment itself is clean and on time "
        f"(D0+{c.off(ao_d)}, {c.off(appl) - c.off(ao_d)} days before the application, before the EV D0+{c.off(ev_d)}); the meeting "
        "report that mentions the photo says only that he is absent in the mornings; a bijstelling PA followed "
        f"{(bpva_d - bpa_d).days} days later by a bijstelling PvA that replaces the PvA; 28 of 36 hours structural adapted own work, so no 2nd track "
        "(AD-rapport and EJE: satisfactory result, loonwaarde 78%); a BSN that starts with 0, written with spaces; "
        "KvK, loonheffingennummer and a hospital patient number; four selected meetings (gaps not judged)."
    )
    return {
        "c": c,
        "planted": planted,
        "must": [
            {
                "code": "medical_data",
                "path": f"{mail}::{mi_name}",
                "why": "§8.7 (§5.3 blocker): 'medisch geheim' / medische informatie in the employer's folder",
            },
            {
                "code": "medical_data",
                "path": card,
                "why": "§8.7 (§5.3, §5.1): treatment, specialist and medication on a photo the employer filed",
            },
        ],
        "must_not": base_must_not(c)
        + [
            mn("medical_data", "§8.7: the AO attachment has no medical data", path=f"{mail}::{ao_name}"),
            mn("medical_data", "§8.7: limitations only", path="01 Arbo/Bijstelling probleemanalyse.pdf"),
            mn("medical_data", "§8.7: no health data", path="07 WIA/Eindevaluatie Peter Bos.pdf"),
            mn(
                "medical_data",
                "§8.7: absence in the mornings only",
                path=f"05 Evaluaties/Gespreksverslag {dash(meets[0])}.pdf",
            ),
            mn("missing", "§8.1: present (e-mail attachment)", type="actueel_oordeel"),
            mn("outdated", "§8.4 (§2.5): AO 23 days before the application", type="actueel_oordeel"),
            mn("order", "§8.3: AO before EV before the application"),
            mn("missing", "§8.1: present", type="eindevaluatie"),
            mn("missing", "§8.1: present (Word)", type="oordeel_werknemer"),
            mn("late", "§8.3: EV D0+626 ≤ D0+636", type="eindevaluatie"),
            mn(
                "missing",
                "§8.3: satisfactory result, motivated in the EJE and AD-rapport",
                type="trajectplan_tweede_spoor",
            ),
            mn("missing", "§8.1: present", type="eerstejaarsevaluatie"),
            mn("unsigned", "§8.5: PvA, bijstelling PvA, EJE and EV are signed by both"),
        ],
    }


# ================================================================================================
# Case 6: clean, week 48, the eerstejaarsevaluatie is planned inside the window
# ================================================================================================


def case6(rng: random.Random) -> dict:
    bsn = "717032826"
    c = Case("schoon_week48_eje_gepland", D(2025, 2, 3), D(2026, 1, 5), bsn)
    c.bsn_fmt = g.fmt_bsn(bsn, "dots")
    wn = "Iris van Leeuwen"
    emp = ("Bart Mulder", "vennoot / casemanager")
    es = emp_style(
        "mulder",
        "Mulder & Dekker Accountants",
        ("Kerkstraat 51, 6811 DL Arnhem", "T 026 351 72 40 · IBAN NL86 RABO 0147 2219 86 · KvK 09173325"),
        accent=(40, 40, 40),
        font="serif",
    )
    assert_not_bsn("NL86 RABO 0147 2219 86", "0147221986", "09173325", "+31 6 5148 0372")
    ba = ("M.J. (Mirjam) Kok", "69330128501")
    arbo = ARBO2
    d0 = c.d0
    c.eml(
        "Verzuim/Ziekmelding Iris.eml",
        d0,
        "Bart Mulder <b.mulder@mulderdekker.example>",
        "Meldpunt Rijn & Gouw <meldpunt@arborijngouw.example>",
        "Ziekmelding I. van Leeuwen",
        f"Ziekmelding Iris van Leeuwen, assistent-accountant, 36 uur, eerste ziektedag {dash(d0)}. "
        "Bereikbaar via +31 6 5148 0372. Geen arbeidsongeval.\n\nBart Mulder\n",
    )
    pa_d = wd(d0, 39)
    c.pdf(
        "Arbodienst/Probleemanalyse I. van Leeuwen.pdf",
        pa_d,
        pa_blocks(
            c,
            wn,
            "Assistent-accountant, 36 uur",
            pa_d,
            ba,
            ["Beperkt in concentratie en tijdsdruk: geen deadlines, max. 3 x 3 uur.", "Wel: routinematige boekingen."],
            "Stel binnen twee weken een plan van aanpak op; start met routinewerk zonder deadlines.",
        ),
        arbo,
    )
    pva_d = pa_d + TD(days=14)
    c.scan(
        "Plan van aanpak/PvA Iris getekend.pdf",
        pva_d,
        pva_blocks(
            c,
            wn,
            pva_d,
            pa_d,
            emp,
            "Terugkeer in eigen werk als assistent-accountant, 36 uur.",
            [
                ["Routinematige boekingen 3 x 3 uur", "Iris", f"vanaf {dash(wd(d0, 56))}"],
                ["Opbouw per evaluatie", "Bart / Iris", "iedere 5 weken"],
            ],
        ),
        es,
    )
    bpa_d = wd(d0, 171)
    c.pdf(
        "Arbodienst/Bijstelling probleemanalyse.pdf",
        bpa_d,
        [
            Title("Bijstelling probleemanalyse"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(bpa_d))]),
            Para(
                "Belastbaarheid toegenomen: 24 uur, nog geen werk met harde deadlines (jaarafsluitingen). Advies: stel "
                "het plan van aanpak bij. Geen medische gegevens opgenomen."
            ),
            ba_sig(*ba, bpa_d),
        ],
        arbo,
    )
    bpva_d = wd(bpa_d, 11)
    c.pdf(
        "Plan van aanpak/Bijstelling PvA.pdf",
        bpva_d,
        pva_blocks(
            c,
            wn,
            bpva_d,
            pa_d,
            emp,
            "Terugkeer in eigen werk, 36 uur; deze bijstelling vervangt het plan van aanpak.",
            [
                ["Opbouw 24 naar 36 uur", "Iris", "in 16 weken"],
                ["Jaarafsluitingen weer oppakken", "Bart / Iris", "vanaf week 50"],
            ],
            title="Bijstelling plan van aanpak",
        ),
        es,
    )
    offs = list(range(74, 336, 35))
    meets = [wd(d0, o) for o in offs]
    for i, m in enumerate(meets):
        nxt = meets[i + 1] if i + 1 < len(meets) else wd(d0, 345)
        hrs = ["3 x 3 uur", "4 x 4 uur", "20 uur", "24 uur", "24 uur", "28 uur", "30 uur", "32 uur"][i]
        extra = (
            (
                "Iris vertelde over de voortgang van haar behandeling: ████████████████████████████████ "
                "(weggelakt door P&O: medische informatie hoort niet in het werkgeversdossier)."
            )
            if i == 1
            else ""
        )
        blocks = meeting(c, m, emp, wn, f"Iris werkt {hrs} (deels thuis). Herstel verloopt volgens plan.", nxt, extra)
        if i == 3:
            c.docx("Evaluaties/verslag juli.docx", m, blocks, es)
        elif i == 5:
            c.photo("Evaluaties/IMG_20251008_1712.jpg", m, blocks, es)
        else:
            c.pdf(f"Evaluaties/Evaluatie {dash(m)}.pdf", m, blocks, es)
    m42 = wd(d0, 287)
    c.scan(
        "UWV/scan melding 42e week.pdf",
        m42,
        melding42(c, wn, m42, "Mulder & Dekker Accountants", "8091.73.325.L01"),
        es,
    )
    assert_not_bsn("809173325")
    ad_d = wd(d0, 310)
    c.pdf(
        "Arbeidsdeskundige/AD-rapport I. van Leeuwen.pdf",
        ad_d,
        [
            Title("Arbeidsdeskundig onderzoek", sub="advies spoor 1"),
            Fields([("Werknemer", wn), ("BSN", c.bsn_fmt), ("Datum", dash(ad_d))]),
            Para(
                "Iris werkt 30 van 36 uur in het eigen werk. Volledige terugkeer in het eigen werk binnen drie maanden is "
                "concreet te verwachten. Een tweede spoor is niet nodig."
            ),
            Signatures([Sig("Arbeidsdeskundige", "J. Boschma", "registerarbeidsdeskundige", lng(ad_d))]),
        ],
        AD_STYLE,
    )
    eje_plan = wd(d0, 345)
    inv_d = wd(d0, 331)
    c.eml(
        "Evaluaties/Uitnodiging eerstejaarsevaluatie.eml",
        inv_d,
        "Bart Mulder <b.mulder@mulderdekker.example>",
        "Iris van Leeuwen <i.vanleeuwen@mulderdekker.example>",
        "Uitnodiging eerstejaarsevaluatie",
        f"Hoi Iris,\n\nZoals besproken houden we de eerstejaarsevaluatie op {g.fmt_date(eje_plan, 'weekday')} om 14.00 uur. "
        "Neem je het AD-rapport mee? Het formulier van UWV vullen we samen in.\n\nGroet, Bart\n",
    )
    c.yaml(
        {
            "werknemer": {"naam": wn, "bsn": bsn, "functie": "Assistent-accountant"},
            "werkgever": {
                "naam": "Mulder & Dekker Accountants",
                "aard_van_het_bedrijf": "Accountantskantoor, 14 medewerkers",
            },
            "bedrijfsarts": {"naam": ba[0], "organisatie": "Arbodienst Rijn & Gouw"},
            "casemanager": {"naam": emp[0]},
            "eerste_ziektedag": d0,
        }
    )
    planted = (
        f"nothing (yet). Checked in week 48 (D0+{c.off(c.as_of)}): the eerstejaarsevaluatie is planned for "
        f"{eje_plan.isoformat()} (D0+{c.off(eje_plan)}, week 50; the window closes at D0+363, "
        f"{363 - c.off(c.as_of)} days after as_of). Traps: PvA exactly PA+14 (a copier scan); a bijstelling PA "
        f"(D0+{c.off(bpa_d)}) followed {(bpva_d - bpa_d).days} days later by a bijstelling PvA that replaces the PvA; part-time recovery "
        f"(30 of 36 hours); meetings every 35 days (PDF, Word, phone photo), the last D0+{c.off(meets[-1])}; "
        f"42e-weeksmelding D0+{c.off(m42)} (a scan); AD-rapport week 45: concrete prospect of full return within three "
        "months, so no 2nd track (D0+406 not reached anyway); the invitation mail names the EJE and a date after as_of "
        f"but is no EJE; the meeting report of D0+{c.off(meets[1])} has a correctly redacted sentence about the treatment "
        "(block characters, 'weggelakt door P&O'); letterhead with IBAN and KvK, mobile numbers; BSN with dots; 'Geen medische "
        "gegevens opgenomen'."
    )
    return {
        "c": c,
        "planted": planted,
        "no_errors": True,
        "must": [],
        "must_not": base_must_not(c)
        + [
            mn("missing", "§8.1: the EJE is not due before D0+363", type="eerstejaarsevaluatie", severity="error"),
            mn("late", "§8.3: window still open", type="eerstejaarsevaluatie"),
            mn("early", "§8.3: the invitation is no EJE", type="eerstejaarsevaluatie"),
            mn("late", "§8.3: PvA exactly PA+14", type="plan_van_aanpak"),
            mn("late", "§8.3: PA D0+39", type="probleemanalyse"),
            mn("late", "§8.3: melding D0+287 ≤ D0+294", type="ziekmelding_uwv"),
            mn("missing", "§8.3: D0+406 not reached; AD-rapport motivates", type="trajectplan_tweede_spoor"),
            mn("evaluation_gap", "§8.3: meetings every 35 days"),
            mn("unsigned", "§8.5: PvA and bijstelling PvA signed by both"),
            mn("medical_data", "§8.7: no health data anywhere; the one treatment sentence is blacked out"),
            mn("missing", "§8.1: not due in week 48", type="actueel_oordeel"),
            mn("missing", "§8.1: not due in week 48", type="eindevaluatie"),
        ],
    }


# ================================================================================================


HEADER = """# Expected findings of findings holdout 15. GENERATED by make_holdout15.py: edit the cases there.
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
    exp_path = HERE / "expected.yaml"
    if exp_path.exists():
        exp_path.unlink()
    rng = random.Random(15015)
    out: dict[str, Any] = {}
    bsns = set()
    for fn in (case1, case2, case3, case4, case5, case6):
        r = fn(rng)
        c: Case = r["c"]
        assert g.bsn_valid(c.bsn), c.name
        bsns.add(c.bsn)
        n = len(c.docs)
        assert 10 <= n <= 25, (c.name, n)
        e: dict[str, Any] = {"as_of": c.as_of.isoformat(), "first_sick_day": c.d0.isoformat()}
        y = yaml.safe_load((c.dir / "dossier.yaml").read_text(encoding="utf-8"))
        assert y["eerste_ziektedag"] == c.d0
        if "aanvraag_wia" in y:
            e["aanvraag_wia"] = y["aanvraag_wia"].isoformat()
        e["planted"] = r["planted"]
        e["must"] = r["must"]
        e["must_not"] = r["must_not"]
        if r.get("no_errors"):
            e["no_errors"] = True
        for entry in e["must"] + e["must_not"]:
            assert "§8" in entry["why"], entry
            if "path" in entry:
                assert (c.dir / entry["path"].split("::")[0]).exists(), entry["path"]
        out[c.name] = e
    assert len(bsns) == 6
    exp_path.write_text(HEADER + yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
