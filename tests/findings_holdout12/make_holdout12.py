"""Generate findings holdout 12: six synthetic case folders and expected.yaml.

Run:  .venv/bin/python tests/findings_holdout12/make_holdout12.py

Deterministic: seeded randomness, no clock reads, fixed dates in every file. The script deletes and rewrites
``cases/`` and ``expected.yaml``; a rerun is byte-identical. It writes with ``samples/docgen.py``.

Written from DOMAIN.md (§8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without reading the
tool's rules and without running the tool. Untouched holdout: do not tune the rules on it.
"""

# ruff: noqa: E501  (the documents' Dutch prose is kept on long lines, one sentence group per string)
from __future__ import annotations

import datetime as dt
import itertools
import random
import re
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
RNG = random.Random(120012)
DAY = dt.timedelta(days=1)


# --------------------------------------------------------------------------------------------
# numbers: BSNs and the look-alikes
# --------------------------------------------------------------------------------------------


def bank11(acc: str) -> bool:
    """The old Dutch bank-account eleven-test (weights 9..1), for 9-digit account numbers."""
    return len(acc) == 9 and sum(int(c) * w for c, w in zip(acc, range(9, 0, -1), strict=True)) % 11 == 0


def make_iban(bank: str) -> tuple[str, str]:
    """An IBAN whose 9-digit account number passes the bank eleven-test and fails the BSN elfproef."""
    while True:
        acc = str(RNG.randrange(100000000, 999999999))
        if bank11(acc) and not g.bsn_valid(acc):
            break
    bban = bank + acc.zfill(10)
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(num) % 97
    raw = f"NL{check:02d}{bban}"
    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)), acc


def make_mobile() -> tuple[str, str]:
    """A mobile number written +31 6 ...; the 9 digits after +31 fail the elfproef."""
    while True:
        rest = str(RNG.randrange(10000000, 99999999))
        nine = "6" + rest
        if not g.bsn_valid(nine):
            return f"+31 6 {rest[:4]} {rest[4:]}", nine


def make_failing(n: int) -> str:
    """An n-digit number (8 or 9) that fails the elfproef: KvK numbers, verzuimnummers."""
    while True:
        cand = str(RNG.randrange(10 ** (n - 1), 10**n))
        if not g.bsn_valid(cand):
            return cand


def make_rsin() -> str:
    return g.make_bsn(RNG)  # an RSIN uses the same eleven-test


EMPLOYEE_BSNS: dict[str, str] = {}


def employee_bsn(case: str) -> str:
    while True:
        b = g.make_bsn(RNG)
        if b not in EMPLOYEE_BSNS.values():
            break
    assert g.bsn_valid(b)
    EMPLOYEE_BSNS[case] = b
    return b


# --------------------------------------------------------------------------------------------
# a case folder
# --------------------------------------------------------------------------------------------


def fd(d: dt.date, kind: str = "long") -> str:
    return g.fmt_date(d, kind)


def workday(d: dt.date) -> dt.date:
    """Weekend dates move back to the Friday before."""
    if d.weekday() == 5:
        return d - DAY
    if d.weekday() == 6:
        return d - 2 * DAY
    return d


class Case:
    def __init__(self, name: str, d0: dt.date, as_of_off: int) -> None:
        assert d0.weekday() == 0, (name, d0)
        self.name = name
        self.d0 = d0
        self.dir = CASES / name
        self.as_of = d0 + as_of_off * DAY
        self.texts: dict[str, str] = {}
        self.types: dict[str, str | None] = {}
        self.dates: dict[str, dt.date] = {}

    # dates
    def day(self, off: int) -> dt.date:
        return workday(self.d0 + off * DAY)

    def off(self, d: dt.date) -> int:
        return (d - self.d0).days

    def week(self, d: dt.date) -> int:
        return self.off(d) // 7 + 1

    # bookkeeping
    def _reg(self, rel: str, text: str, type_: str | None, date: dt.date | None) -> None:
        assert rel not in self.texts, rel
        self.texts[rel] = text
        self.types[rel] = type_
        if date is not None:
            assert date <= self.as_of, (self.name, rel, date, self.as_of)
            assert (date.month, date.day) not in {(12, 25), (12, 26), (1, 1)}, (self.name, rel, date)
            self.dates[rel] = date

    # writers
    def pdf(self, rel: str, blocks: list[Any], style: Style, type_: str | None, date: dt.date | None) -> str:
        """A text PDF. System-made PDFs (arbodienst, bureau, portal styles in CORE_FONT_STYLES) use the standard PDF
        fonts, as such systems often do; Word exports embed their fonts."""
        if style.key in CORE_FONT_STYLES:
            text = g.blocks_to_text(blocks, style)
            assert all(ord(ch) < 256 or ch in "–—’“”•…€" for ch in text), (rel, [ch for ch in text if ord(ch) > 255])
            saved = g.FONT_DIR
            g.FONT_DIR = Path("/nonexistent-core-fonts")
            try:
                g.write_pdf(self.dir / rel, blocks, style)
            finally:
                g.FONT_DIR = saved
        else:
            g.write_pdf(self.dir / rel, blocks, style)
        self._reg(rel, g.blocks_to_text(blocks, style), type_, date)
        return rel

    def docx(self, rel: str, blocks: list[Any], style: Style, type_: str | None, date: dt.date | None) -> str:
        g.write_docx(self.dir / rel, blocks, style)
        self._reg(rel, g.blocks_to_text(blocks, style), type_, date)
        return rel

    def scan(
        self, rel: str, blocks: list[Any], style: Style, type_: str | None, date: dt.date | None, **kw: Any
    ) -> str:
        opts = {"dpi": 150, "noise": 0.3, "jpeg_quality": 35, "rotate_deg": 0.6}
        opts.update(kw)
        g.write_scan_pdf(self.dir / rel, blocks, style, **opts)
        self._reg(rel, g.blocks_to_text(blocks, style), type_, date)
        return rel

    def photo(self, rel: str, blocks: list[Any], style: Style, type_: str | None, date: dt.date, hour: int = 19) -> str:
        taken = dt.datetime(date.year, date.month, date.day, hour, 41, 7)
        g.write_photo_jpg(self.dir / rel, blocks, style, taken=taken, orientation=6, quality=50)
        self._reg(rel, g.blocks_to_text(blocks, style), type_, date)
        return rel

    def eml(
        self,
        rel: str,
        frm: str,
        to: str,
        subject: str,
        date: dt.date,
        body: str,
        type_: str | None = None,
        hour: int = 10,
        minute: int = 12,
        cc: str = "",
    ) -> str:
        headers = {
            "From": frm,
            "To": to,
            "Subject": subject,
            "Date": g.mail_date(date, hour, minute),
            "Message-ID": f"<{self.name[:12]}.{self.off(date)}.{hour}{minute}@mail.example>",
            "MIME-Version": "1.0",
        }
        if cc:
            headers["Cc"] = cc
        g.write_eml(self.dir / rel, headers, body)
        self._reg(rel, subject + "\n" + body, type_, date)
        return rel

    def yaml_file(self, text: str) -> None:
        p = self.dir / "dossier.yaml"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")

    # checks
    def text(self, rel: str) -> str:
        return self.texts[rel].lower()

    def assert_absent(self, rel: str, pattern: str) -> None:
        m = re.search(pattern, self.text(rel))
        assert m is None, (self.name, rel, pattern, m.group(0) if m else "")

    def assert_present(self, rel: str, *words: str) -> None:
        for w in words:
            assert w.lower() in self.text(rel), (self.name, rel, w)

    def assert_gaps(self, dates: list[dt.date], limit: int = 42, until_as_of: bool = True) -> None:
        ds = sorted(dates)
        if until_as_of:
            ds = [*ds, self.as_of]
        gaps = [(b - a).days for a, b in itertools.pairwise(ds)]
        assert max(gaps) <= limit, (self.name, gaps)

    def n_documents(self) -> int:
        return len(self.texts)


def e(why: str, **kw: Any) -> dict[str, Any]:
    out = {k: kw[k] for k in ("code", "type", "path", "severity") if k in kw}
    assert set(kw) <= {"code", "type", "path", "severity"}, kw
    assert "§8" in why, why
    out["why"] = why
    return out


def missing_present(case: Case, types: list[str]) -> list[dict[str, Any]]:
    """must_not: no 'missing' for types that are in the folder."""
    out = []
    for t in types:
        paths = [p for p, ty in case.types.items() if ty == t]
        assert paths, (case.name, t)
        out.append(e(f"§8.1/§8.2: present in the folder ({paths[0]})", code="missing", type=t))
    return out


def not_due_error(types: list[str], why: str) -> list[dict[str, Any]]:
    return [e(why, code="missing", type=t, severity="error") for t in types]


# --------------------------------------------------------------------------------------------
# house styles
# --------------------------------------------------------------------------------------------

# house styles whose text PDFs use the standard PDF fonts (arbodiensten, bureaus, portals, HR systems)
CORE_FONT_STYLES = {
    "arbopunt",
    "speelboom-hr",
    "vitaal",
    "hofstra-ad",
    "werkpad",
    "salaris-noord",
    "arborijn",
    "ad-oost",
    "stapverder",
    "tb-salaris",
    "anv",
    "vermeulen",
    "nieuwekoers",
    "arbo-en-zo",
    "zm-portal",
    "gezondwerk",
    "arbeid-perspectief",
    "vh-salaris",
}

UWV = Style(
    key="uwv",
    org="UWV",
    org_lines=("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 51000, 1040 AA Amsterdam"),
    font="sans",
    accent=(0, 84, 150),
    letterhead="left",
    footer="UWV  |  werkgevers.uwv.example",
)


# ============================================================================================
# Case 1: the plan van aanpak has no time frames and no evaluation moments (no dossier.yaml)
# ============================================================================================


def case_pva_zonder_termijnen() -> tuple[Case, dict[str, Any]]:
    c = Case("pva_zonder_termijnen_en_evaluatiemomenten", dt.date(2025, 9, 1), 157)
    bsn = employee_bsn(c.name)
    bsn_d = g.fmt_bsn(bsn, "dots")
    iban, iban_acc = make_iban("RABO")
    kvk = make_failing(8)
    verzuimnr = make_failing(9)
    geb = dt.date(1991, 5, 14)
    d0 = c.d0

    emp = Style(
        key="speelboom",
        org="Kinderopvang De Speelboom",
        org_lines=(
            "Locatie De Kikkerpoel  ·  Nieuwe Inslag 12, 4817 GR Breda",
            f"KvK {kvk}  ·  IBAN {iban}  ·  info@speelboom.example",
        ),
        font="condensed",
        accent=(196, 80, 40),
        letterhead="left",
        footer="Stichting Kinderopvang De Speelboom  ·  personeelszaken",
        producer="Microsoft® Word voor Microsoft 365",
        author="Ilse Kramer",
    )
    arbo = Style(
        key="arbopunt",
        org="ArboPunt Brabant",
        org_lines=("Spoorlaan 340, 5038 CC Tilburg", "Telefoon 013 - 440 22 10  ·  www.arbopunt-brabant.example"),
        font="sans",
        accent=(20, 110, 90),
        letterhead="right",
        fields_as_table=True,
        footer="ArboPunt Brabant  ·  vertrouwelijk  ·  verzuimnummer " + verzuimnr,
        producer="ArboPunt Verzuimportaal (PDF-export)",
    )
    ilse = "Ilse Kramer <i.kramer@speelboom.example>"
    samira = "Samira Bouzid <samirab91@mail.example>"
    arbo_mail = "ArboPunt Verzuimmeldingen <meldingen@arbopunt-brabant.example>"
    ba = "drs. H.M. Verschuren"

    # --- sick report ---------------------------------------------------------------------------
    c.eml(
        "01 Ziekmelding/Ziekmelding Samira.eml",
        samira,
        ilse,
        "ziek",
        d0,
        "Hoi Ilse,\n\nIk meld me vandaag ziek, het lukt me echt niet om te komen. Ik heb het sinds de zomer al "
        "zwaar maar vorige week heb ik gewoon nog alle dagen gewerkt. Vanochtend ging het niet meer.\n\n"
        "Wil je Fleur laten weten dat zij de overdracht van de babygroep heeft (schrift ligt in de kast)?\n"
        "Ik ben bereikbaar op mijn mobiel.\n\nGroetjes,\nSamira\n\nVerzonden vanaf mijn iPhone",
        hour=6,
        minute=48,
    )
    c.eml(
        "01 Ziekmelding/Verzuimmelding doorgegeven aan ArboPunt.eml",
        ilse,
        arbo_mail,
        "Verzuimmelding S. Bouzid - Kinderopvang De Speelboom (locatie De Kikkerpoel)",
        d0,
        "Goedemorgen,\n\nHierbij meld ik de volgende medewerker ziek:\n\n"
        f"Naam: Samira Bouzid\nGeboortedatum: {fd(geb, 'dash')}\nBSN: {bsn_d}\n"
        "Functie: pedagogisch medewerker (babygroep), 28 uur per week\n"
        f"Eerste ziektedag: {fd(d0, 'dash')}\n"
        "Verwachte duur: onbekend\nBedrijfsongeval: nee\nVerkeersongeval met derde: nee\n"
        "Valt onder vangnet ZW: nee\nTelefoon werknemer: 06-41 93 27 58\n\n"
        "Graag een oproep voor het spreekuur.\n\nMet vriendelijke groet,\n\nIlse Kramer\nLocatiemanager De Kikkerpoel\n"
        "Kinderopvang De Speelboom",
        hour=9,
        minute=3,
    )
    conf = c.day(2)
    c.pdf(
        "02 Arbodienst/Bevestiging verzuimmelding.pdf",
        [
            Title("Bevestiging verzuimmelding"),
            Fields(
                [
                    ("Werkgever", "Kinderopvang De Speelboom, locatie De Kikkerpoel"),
                    ("Werknemer", "S. Bouzid"),
                    ("Geboortedatum", fd(geb, "dash")),
                    ("Verzuimnummer", verzuimnr),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum melding", fd(d0, "dash")),
                    ("Datum bevestiging", fd(conf, "dash")),
                ]
            ),
            Para(
                "Wij hebben de verzuimmelding ontvangen en verwerkt. De werknemer ontvangt een uitnodiging voor het "
                "spreekuur van de bedrijfsarts. Wij wijzen u erop dat de werkgever bij een ziekmelding geen vragen mag "
                "stellen over de aard of oorzaak van de klachten."
            ),
            Para("Met vriendelijke groet,\nTeam Verzuimmeldingen ArboPunt Brabant"),
        ],
        arbo,
        None,
        conf,
    )

    # --- bedrijfsarts ---------------------------------------------------------------------------
    tk1 = c.day(17)
    c.pdf(
        f"02 Arbodienst/Terugkoppeling spreekuur {fd(tk1, 'dash')}.pdf",
        [
            Title("Terugkoppeling spreekuur bedrijfsarts", sub="Advies aan werkgever en werknemer"),
            Fields(
                [
                    ("Werknemer", f"S. Bouzid, geboren {fd(geb, 'dash')}"),
                    ("Werkgever", "Kinderopvang De Speelboom"),
                    ("Datum spreekuur", fd(tk1, "dash")),
                    ("Eerste ziektedag", fd(d0, "dash")),
                ]
            ),
            Heading("Oordeel"),
            Para(
                "Werknemer is op dit moment niet in staat haar eigen werk te doen. Er zijn beperkingen in het "
                "persoonlijk functioneren (concentratie, omgaan met drukte en geluid). Het is nog te vroeg om te "
                "zeggen of er sprake is van dreigend langdurig verzuim."
            ),
            Heading("Advies"),
            Para(
                "Houd wekelijks contact. Ik zie werknemer over drie weken terug en stel dan zo nodig de "
                "probleemanalyse op."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 89021346701", fd(tk1, "dash"))]),
        ],
        arbo,
        None,
        tk1,
    )
    pa = c.day(40)  # Saturday -> Friday D0+39
    pa_rel = c.pdf(
        "02 Arbodienst/Probleemanalyse S. Bouzid.pdf",
        [
            Title("Probleemanalyse", sub="conform de Wet verbetering poortwachter"),
            Fields(
                [
                    ("Naam werknemer", "Samira Bouzid"),
                    ("Geboortedatum", fd(geb, "dash")),
                    ("BSN", bsn_d),
                    ("Werkgever", "Stichting Kinderopvang De Speelboom, Breda"),
                    ("Functie", "Pedagogisch medewerker (babygroep), 28 uur per week"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum spreekuur", fd(pa, "dash")),
                    ("Datum rapportage", fd(pa, "dash")),
                ]
            ),
            Heading("Aanleiding"),
            Para(
                "Werknemer bezocht vandaag voor de tweede keer mijn spreekuur. Volgens werknemer bestaan de klachten "
                "sinds de zomer; zij heeft tot en met vrijdag 29 augustus 2025 volledig gewerkt en heeft zich op "
                f"maandag {fd(d0)} ziek gemeld. De eerste ziektedag is dus {fd(d0, 'dash')}."
            ),
            Heading("Dreigend langdurig verzuim"),
            Para("Ja. Ik verwacht dat het verzuim langer dan drie maanden zal duren."),
            Heading("Beperkingen en mogelijkheden (belastbaarheid)"),
            Bullets(
                [
                    "Persoonlijk functioneren: beperkt in het verdelen van de aandacht en in werk met veel "
                    "onverwachte gebeurtenissen; geen eindverantwoordelijkheid voor een groep kinderen.",
                    "Sociaal functioneren: contact met collega's en ouders is mogelijk in een rustige setting.",
                    "Werktijden: korte dagdelen van maximaal drie uur, niet in de vroege of late dienst.",
                    "Fysiek: geen beperkingen.",
                ]
            ),
            Heading("Prognose"),
            Para(
                "Ik verwacht herstel. Werknemer kan starten met taken zonder verantwoordelijkheid voor een groep en "
                "dit geleidelijk uitbreiden. Volledige terugkeer in het eigen werk verwacht ik binnen vier tot zes "
                "maanden."
            ),
            Heading("Advies aan werkgever en werknemer"),
            Bullets(
                [
                    "Stel samen binnen twee weken een plan van aanpak op.",
                    "Start met 3 x 3 uur per week met ondersteunende taken (administratie, voorbereiden van "
                    "activiteiten) en bouw in overleg uit.",
                ]
            ),
            Para(
                "In deze probleemanalyse zijn geen medische gegevens opgenomen. Die vallen onder het medisch "
                "beroepsgeheim en blijven bij de bedrijfsarts."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 89021346701", fd(pa, "dash"))]),
        ],
        arbo,
        "probleemanalyse",
        pa,
    )

    # --- the planted plan van aanpak ---------------------------------------------------------------
    pva = c.day(51)
    assert (pva - pa).days == 12
    pva_rel = c.pdf(
        "03 Plan van aanpak/PvA Samira Bouzid getekend.pdf",
        [
            Title("Plan van aanpak", sub="Re-integratie Samira Bouzid"),
            Fields(
                [
                    ("Naam medewerker", "Samira Bouzid"),
                    ("Geboortedatum", fd(geb)),
                    ("BSN", bsn_d),
                    ("Functie", "Pedagogisch medewerker babygroep (28 uur)"),
                    ("Locatie", "De Kikkerpoel, Breda"),
                    ("Eerste ziektedag", fd(d0)),
                    ("Probleemanalyse", f"{fd(pa)}, {ba} (ArboPunt Brabant)"),
                    ("Casemanager", "Ilse Kramer, locatiemanager"),
                ]
            ),
            Heading("Ons doel"),
            Para(
                "Samira komt terug in haar eigen functie als pedagogisch medewerker op de babygroep van De "
                "Kikkerpoel (spoor 1)."
            ),
            Heading("Wat gaan we doen?"),
            Table(
                ["Activiteit", "Wie"],
                [
                    ["Contact houden, telefonisch of op de locatie", "Ilse en Samira"],
                    [
                        "Ondersteunende taken zonder eigen groep: ouderportaal bijwerken, voorraad en inkoop, "
                        "activiteiten voorbereiden",
                        "Samira",
                    ],
                    [
                        "Meedraaien als extra medewerker op de babygroep, zonder verantwoordelijkheid voor de groep",
                        "Samira, met Fleur",
                    ],
                    ["Uren uitbreiden zoals de bedrijfsarts adviseert", "Samira en Ilse"],
                    ["Rooster aanpassen: geen openings- en sluitdiensten", "Ilse"],
                    ["Naar het spreekuur van de bedrijfsarts gaan als zij wordt opgeroepen", "Samira"],
                ],
            ),
            Heading("Visie werkgever"),
            Para(
                "Wij willen Samira graag terug op de babygroep. Zij is een gewaardeerde collega en de ouders vragen "
                "naar haar. Wij denken dat een rustige start zonder eigen groep het beste werkt, zodat zij "
                "vertrouwen krijgt."
            ),
            Heading("Visie werknemer"),
            Para(
                "Ik wil graag terug naar mijn eigen groep. Ik vind het belangrijk dat ik rustig kan beginnen en niet "
                "meteen verantwoordelijk ben voor de kinderen. Ik ben blij dat ik niet hoef te openen of te sluiten."
            ),
            Heading("Afspraken"),
            Para(
                "Samira en Ilse passen de afspraken aan als de bedrijfsarts iets anders adviseert. Samira krijgt een "
                "kopie van dit plan; een kopie gaat naar de bedrijfsarts."
            ),
            Heading("Ondertekening"),
            Signatures(
                [
                    Sig("Werkgever", "Ilse Kramer", "Locatiemanager / casemanager", fd(pva)),
                    Sig("Werknemer", "Samira Bouzid", "Pedagogisch medewerker", fd(pva)),
                ]
            ),
        ],
        emp,
        "plan_van_aanpak",
        pva,
    )
    # the planted defect: no time frame and no evaluation moment anywhere in the plan
    c.assert_absent(
        pva_rel,
        r"termijn|evalu|uiterlijk|\bweek|\bweken|maand|wanneer|planning|tijdpad|gesprek|bespre|\bvanaf\b|\bbinnen\b|"
        r"\bper\b|volgende|\bover \d|\bna \d|\btot\b|\bdatum\b|zes|drie|vier",
    )
    allowed = {fd(geb), fd(d0), fd(pa), fd(pva)}
    months = "|".join(g.MONTHS)
    for m in re.finditer(rf"\d{{1,2}} (?:{months}) \d{{4}}", c.text(pva_rel)):
        assert m.group(0) in allowed, m.group(0)
    c.assert_present(pva_rel, "visie werkgever", "visie werknemer", "casemanager", "doel")

    # --- meetings and the bedrijfsarts' follow-up ----------------------------------------------
    m1 = c.day(80)
    c.docx(
        f"04 Gesprekken/Gespreksverslag {fd(m1, 'dash')}.docx",
        [
            Title("Gespreksverslag re-integratie"),
            Fields(
                [
                    ("Medewerker", "Samira Bouzid"),
                    ("Datum gesprek", fd(m1, "dash")),
                    ("Aanwezig", "Samira Bouzid, Ilse Kramer (locatiemanager)"),
                    ("BSN", bsn_d),
                ]
            ),
            Heading("Hoe gaat het?"),
            Para(
                "Samira werkt nu drie ochtenden van drie uur. Ze doet het ouderportaal, de bestellingen en bereidt de "
                "activiteiten voor de babygroep en de dreumesgroep voor. Dat gaat goed; na de derde ochtend is ze wel "
                "moe."
            ),
            Heading("Afspraken"),
            Bullets(
                [
                    f"Vanaf {fd(c.day(91), 'dash')} 3 x 4 uur.",
                    "Eén ochtend draait Samira als extra mee op de babygroep (flesvoeding, verschonen, spelen), Fleur "
                    "houdt de groep.",
                    f"Volgend gesprek: {fd(c.day(113), 'dash')}.",
                ]
            ),
            Signatures(
                [
                    Sig("Locatiemanager", "Ilse Kramer", "", fd(m1, "dash")),
                    Sig("Medewerker", "Samira Bouzid", "", fd(m1, "dash")),
                ]
            ),
        ],
        emp,
        "tussentijdse_evaluatie",
        m1,
    )
    tk2 = c.day(94)
    c.pdf(
        f"02 Arbodienst/Terugkoppeling spreekuur {fd(tk2, 'dash')}.pdf",
        [
            Title("Terugkoppeling spreekuur bedrijfsarts"),
            Fields(
                [
                    ("Werknemer", f"S. Bouzid, geboren {fd(geb, 'dash')}"),
                    ("Werkgever", "Kinderopvang De Speelboom"),
                    ("Datum spreekuur", fd(tk2, "dash")),
                ]
            ),
            Heading("Oordeel en advies"),
            Para(
                "De opbouw verloopt volgens verwachting. Werknemer kan nu 3 x 4 uur werken, ook als extra medewerker "
                "op de groep. Een bijstelling van de probleemanalyse is niet nodig. Advies: in januari naar 3 x 5 "
                "uur, nog zonder openings- en sluitdiensten."
            ),
            Para("Ik zie werknemer over zes weken terug."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 89021346701", fd(tk2, "dash"))]),
        ],
        arbo,
        None,
        tk2,
    )
    m2 = c.day(113)
    c.photo(
        "04 Gesprekken/verslag 23 dec.jpg",
        [
            Title("Verslag gesprek"),
            Fields(
                [
                    ("Wie", "Samira Bouzid / Ilse Kramer"),
                    ("Datum", fd(m2, "dash")),
                ]
            ),
            Para(
                "Samira werkt 3 x 4 uur, twee ochtenden op kantoor en een ochtend als extra op de babygroep. Ze vindt "
                "het fijn om weer bij de kinderen te zijn. De drukte bij het brengen is nog lastig, daarom begint ze "
                "om half tien."
            ),
            Para(
                "Afgesproken: na de kerstsluiting 3 x 5 uur, zoals de bedrijfsarts adviseert. Volgend gesprek eind "
                "januari."
            ),
            Signatures(
                [
                    Sig("Locatiemanager", "Ilse Kramer", "", fd(m2, "dash")),
                    Sig("Medewerker", "Samira Bouzid", "", fd(m2, "dash")),
                ]
            ),
        ],
        emp,
        "tussentijdse_evaluatie",
        m2,
    )
    m3 = c.day(146)  # Sunday -> Friday
    c.eml(
        "04 Gesprekken/verslag gesprek januari.eml",
        ilse,
        samira,
        f"Verslag gesprek {fd(m3, 'dash')}",
        m3,
        f"Hoi Samira,\n\nHierbij het verslag van ons gesprek van vandaag ({fd(m3, 'long')}).\n\n"
        f"BSN: {bsn_d}\n\n"
        "- Je werkt nu 3 x 5 uur (15 van je 28 uur). Twee ochtenden ben je extra op de babygroep, één ochtend doe "
        "je het ouderportaal en de inkoop.\n"
        "- Het gaat goed met de kinderen; het overdrachtsgesprek met ouders aan het eind van de ochtend vind je nog "
        "pittig. Fleur doet dat voorlopig.\n"
        "- Volgende stap: een vierde ochtend erbij, als de bedrijfsarts dat ook vindt. Je spreekuur is op "
        f"{fd(c.d0 + 164 * DAY, 'long')}.\n"
        f"- We spreken elkaar weer op {fd(c.day(177), 'long')}.\n\n"
        "Wil je even laten weten of het verslag klopt?\n\nGroetjes,\nIlse\n\n"
        "Ilse Kramer | Locatiemanager De Kikkerpoel | Kinderopvang De Speelboom\n"
        f"Nieuwe Inslag 12, 4817 GR Breda | IBAN {iban}",
        type_="tussentijdse_evaluatie",
        hour=16,
        minute=20,
    )
    c.eml(
        "05 Overig/Uitnodiging spreekuur februari.eml",
        "ArboPunt Brabant <planning@arbopunt-brabant.example>",
        samira,
        "Uitnodiging spreekuur bedrijfsarts",
        c.day(148),
        "Beste mevrouw Bouzid,\n\n"
        f"U bent uitgenodigd voor het spreekuur van {ba}, bedrijfsarts, op {fd(c.d0 + 164 * DAY, 'weekday')} om "
        "10.40 uur, Spoorlaan 340 in Tilburg.\n\nKunt u niet? Bel dan uiterlijk twee werkdagen van tevoren.\n\n"
        "Met vriendelijke groet,\nPlanning ArboPunt Brabant\n\nDeze e-mail is automatisch verzonden.",
        hour=8,
        minute=1,
    )
    c.pdf(
        "05 Overig/Functiebeschrijving pedagogisch medewerker.pdf",
        [
            Title("Functiebeschrijving", sub="Pedagogisch medewerker kinderdagverblijf (schaal 6 cao Kinderopvang)"),
            Heading("Doel van de functie"),
            Para(
                "De pedagogisch medewerker zorgt voor een veilige, gezonde en stimulerende omgeving voor een groep "
                "kinderen van 0 tot 4 jaar, volgens het pedagogisch beleidsplan."
            ),
            Heading("Taken"),
            Bullets(
                [
                    "Verzorgen van de kinderen: flesvoeding, eten, verschonen, naar bed brengen.",
                    "Signaleren van ziekte bij kinderen en handelen volgens het ziekteprotocol en het koortsprotocol.",
                    "Medicijnverstrekking aan kinderen alleen met een schriftelijke verklaring van de ouders, volgens "
                    "het medicijnprotocol.",
                    "Eerste hulp bij ongelukken met kinderen (geldig diploma EHBO aan kinderen).",
                    "Overdracht aan ouders bij het brengen en halen; bijhouden van het ouderportaal.",
                    "Voorbereiden en uitvoeren van activiteiten volgens de VVE-methode.",
                ]
            ),
            Heading("Belasting"),
            Para(
                "Veel tillen (kinderen tot 15 kg), bukken en op de grond zitten; veel geluid en onverwachte "
                "gebeurtenissen; diensten tussen 7.00 en 18.30 uur."
            ),
        ],
        emp,
        None,
        None,
    )
    c.pdf(
        "01 Ziekmelding/Verzuimoverzicht Speelboom.pdf",
        [
            Title("Verzuimoverzicht medewerker"),
            Fields(
                [
                    ("Medewerker", "Bouzid, S."),
                    ("Personeelsnummer", "30417"),
                    ("Afdeling", "De Kikkerpoel - babygroep"),
                    ("Contracturen", "28,00"),
                ]
            ),
            Table(
                ["Begindatum", "Einddatum", "Soort", "Percentage", "Opmerking"],
                [
                    [fd(d0, "dash"), "", "Ziek", "100%", "ziekmelding per mail"],
                    [fd(c.day(63), "dash"), "", "Gedeeltelijk hersteld", "32%", "3 x 3 uur aangepast werk"],
                    [fd(c.day(91), "dash"), "", "Gedeeltelijk hersteld", "43%", "3 x 4 uur"],
                    [fd(c.day(126), "dash"), "", "Gedeeltelijk hersteld", "54%", "3 x 5 uur"],
                ],
            ),
            Para(f"Afgedrukt op {fd(c.day(150), 'dash')} door I. Kramer."),
        ],
        Style(
            key="speelboom-hr",
            org="Kinderopvang De Speelboom",
            org_lines=("Personeelsadministratie",),
            font="sans",
            accent=(90, 90, 90),
            letterhead="left",
            footer="HR-systeem Speelboom  ·  export",
            producer="Speelboom HR (wkhtmltopdf 0.12.6)",
        ),
        None,
        c.day(150),
    )

    meetings = [m1, m2, m3]
    c.assert_gaps([pva, *meetings])
    assert c.off(pa) <= 42 and c.off(pa) == 39
    assert 10 <= c.n_documents() <= 25, c.n_documents()
    assert not g.bsn_valid(iban_acc) and bank11(iban_acc) and not g.bsn_valid(kvk) and not g.bsn_valid(verzuimnr)

    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "planted": (
            f"checked in week {c.week(c.as_of)} (D0+{c.off(c.as_of)}); no dossier.yaml, the first sick day "
            f"({fd(d0, 'dash')}) is in the sick-report mails, the arbodienst's confirmation, the PA, the PvA and the "
            "HR overview. The plan van aanpak ('03 Plan van aanpak/PvA Samira Bouzid getekend.pdf', D0+51, a "
            "childcare centre's own Word form, signed by both) names a goal, activities, who does what, a "
            "casemanager and both visies, but no time frame for any activity and no evaluation moment: its "
            "activity table has no 'wanneer' column and the text names no term, week, month, date or meeting "
            "(asserted). Traps: the employee says her complaints began in the summer but she worked up to Friday "
            "29 August, so D0 is Monday 1 September and the PA (D0+39) is on time; the PvA is PA+12; meetings "
            "are in fact held every 29-33 days (Word file, phone photo with EXIF 6, e-mail body) and the last is "
            "13 days before as_of; the bedrijfsarts's terugkoppeling says no bijstelling PA is needed; the PA "
            "says 'geen medische gegevens'; the job description and meetings use childcare words (ziekteprotocol, "
            "koortsprotocol, medicijnverstrekking aan kinderen, EHBO, flesvoeding, verschonen); part-time recovery "
            "(15 of 28 hours); the letterhead carries an IBAN whose 9-digit account number passes the bank "
            "eleven-test (and fails the BSN test) and an 8-digit KvK number; the arbodienst footer carries a "
            "9-digit verzuimnummer failing the elfproef; BSN with dots; an invitation names a spreekuur after "
            "as_of. 42e-weeksmelding, EJE, AD, 2nd track, AO, EV and OW are not due."
        ),
        "must": [
            e(
                "§8.6 content (W): the PvA must name time frames and evaluation moments (Regeling art. 4: "
                "activities, goals, time limits, evaluation moments); this PvA names neither",
                code="content",
                path=pva_rel,
            ),
        ],
        "must_not": [
            *missing_present(c, ["probleemanalyse", "plan_van_aanpak"]),
            *not_due_error(
                ["eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie", "oordeel_werknemer"],
                f"§8.1 is judged at as_of (week {c.week(c.as_of)}): EJE from week 46, AO/EV/OW in weeks 88-93",
            ),
            e("§8.3: the 42e-weeksmelding is due at D0+294; as_of is D0+157", code="missing", type="ziekmelding_uwv"),
            e(
                "§8.2: no return to own work by week 52 cannot be judged in week 23",
                code="missing",
                type="arbeidsdeskundig_rapport",
            ),
            e(
                "§8.3: 2nd-track evidence is expected by about D0+406, not in week 23",
                code="missing",
                type="trajectplan_tweede_spoor",
            ),
            e(
                "§8.2: the bedrijfsarts says no bijstelling is needed; none is known",
                code="missing",
                type="bijstelling_probleemanalyse",
            ),
            e("§8.2: no bijstelling of the plan is known", code="missing", type="bijstelling_plan_van_aanpak"),
            e(
                "§8.3: PA D0+39 (the complaints began earlier, but the first sick day is the first day not worked, "
                "§2.1), PvA PA+12",
                code="late",
            ),
            e(
                "§8.3: meetings 29-33 days apart after the PvA, the last 13 days before as_of (asserted)",
                code="evaluation_gap",
            ),
            e("§8 input: the first sick day is stated in six documents", code="no_first_sick_day"),
            e(
                "§8.7/§5.3: functional limitations only; 'medische gegevens' is named only to say they are left out",
                code="medical_data",
                path=pa_rel,
            ),
            e("§8.7/§5.3: childcare work and both visies; no health data", code="medical_data", path=pva_rel),
            e(
                "§8.7/§5.3: a job description; ziekteprotocol, koortsprotocol and medicijnverstrekking are the "
                "employee's tasks with the children, not her health",
                code="medical_data",
                path="05 Overig/Functiebeschrijving pedagogisch medewerker.pdf",
            ),
            e(
                "§8.7/§5.1: the sick report passes on only allowed data",
                code="medical_data",
                path="01 Ziekmelding/Verzuimmelding doorgegeven aan ArboPunt.eml",
            ),
            e(
                "§8.7/§5.3: hours and tasks only",
                code="medical_data",
                path=f"04 Gesprekken/Gespreksverslag {fd(m1, 'dash')}.docx",
            ),
            e("§8.7/§5.3: hours and tasks only", code="medical_data", path="04 Gesprekken/verslag gesprek januari.eml"),
            e("§8.5: signed by employer and employee", code="unsigned", path=pva_rel),
            e(
                "§8.5/§5.2: one employee BSN, valid (asserted); the IBAN account, KvK and verzuimnummer are no BSNs",
                code="bsn_invalid",
            ),
            e("§8.5: one BSN throughout", code="bsn_mismatch"),
            e("§8.3: nothing is early", code="early"),
            e("§8.3: no document is dated after as_of; the spreekuur after as_of is named in a mail", code="future"),
            e("§8.3: AO/EV not made yet", code="order"),
            e("§8.4: no AO or EV yet", code="outdated"),
            e("§8.8 and §1.2: every document is different", code="duplicate"),
            e("§8.3 (§2.3): no vrijwillige verlenging", code="extension"),
        ],
    }
    return c, exp


# ============================================================================================
# Case 2: bijstelling PvA signed by the employer only; diagnosis in the bijstelling probleemanalyse
# ============================================================================================


def case_bijstelling_pva_niet_getekend() -> tuple[Case, dict[str, Any]]:
    c = Case("bijstelling_pva_niet_getekend_bijstelling_pa_medisch", dt.date(2024, 11, 11), 445)
    bsn = employee_bsn(c.name)
    bsn_s = g.fmt_bsn(bsn, "spaces")
    rsin = make_rsin()
    lhn = f"{rsin}L01"
    kvk = make_failing(8)
    d0 = c.d0
    geb = dt.date(1979, 3, 22)

    emp = Style(
        key="hoekstra",
        org="Hoekstra Transport B.V.",
        org_lines=(
            "Industrieweg 41, 8445 PK Heerenveen",
            f"T 0513 - 62 40 90  ·  KvK {kvk}  ·  planning@hoekstra-transport.example",
        ),
        font="sans",
        accent=(170, 20, 30),
        letterhead="band",
        footer="Hoekstra Transport B.V.  ·  Wegtransport en opslag sinds 1962",
        producer="Microsoft® Word 2019",
        author="W. Hoekstra",
    )
    arbo = Style(
        key="vitaal",
        org="Vitaal Arbo Friesland",
        org_lines=("Zuiderstraat 7, 8911 BA Leeuwarden", "058 - 215 77 00  ·  www.vitaal-arbo.example"),
        font="serif",
        accent=(40, 90, 150),
        letterhead="centered",
        footer="Vitaal Arbo Friesland  ·  Dit document is bestemd voor werkgever en werknemer",
        producer="Vitaal Verzuimdossier 4.2",
    )
    ad_style = Style(
        key="hofstra-ad",
        org="Hofstra Arbeidsdeskundig Advies",
        org_lines=("Postbus 118, 8440 AC Heerenveen", "info@hofstra-ad.example"),
        font="serif",
        accent=(70, 70, 70),
        letterhead="left",
        footer="Hofstra Arbeidsdeskundig Advies  ·  rapportage",
        producer="LibreOffice 7.6",
    )
    bureau = Style(
        key="werkpad",
        org="Werkpad Re-integratie",
        org_lines=("Oranjewoud 3, 8441 AA Heerenveen", "088 - 540 12 12  ·  werkpad.example"),
        font="condensed",
        accent=(0, 130, 110),
        letterhead="left",
        footer="Werkpad Re-integratie  ·  tweede spoor",
        producer="Werkpad Trajectsysteem",
    )
    admin = Style(
        key="salaris-noord",
        org="Salarisadministratie Noord",
        org_lines=("Verzuimmeldingen namens Hoekstra Transport B.V.",),
        font="sans",
        accent=(60, 60, 60),
        letterhead="left",
        footer="Gegenereerd door Loonportaal  ·  verzuimmodule",
        producer="Loonportaal (wkhtmltopdf 0.12.6)",
    )
    wietske = "Wietske Hoekstra <w.hoekstra@hoekstra-transport.example>"
    dennis = "Dennis Smeets <d.smeets79@mail.example>"
    ba = "R.J. Wijma"
    ba_f = "bedrijfsarts, BIG 29013577801"

    c.eml(
        "01 Verzuim/Ziekmelding D. Smeets aan Vitaal Arbo.eml",
        wietske,
        "Vitaal Arbo meldingen <melding@vitaal-arbo.example>",
        "Ziekmelding Dennis Smeets",
        d0,
        "Goedemiddag,\n\nDennis Smeets (chauffeur, 40 uur, geboren "
        f"{fd(geb, 'dash')}, BSN {bsn_s}) heeft zich vanochtend telefonisch ziek gemeld bij de planning. Eerste "
        f"ziektedag: {fd(d0, 'dash')}. Verwachte duur: onbekend. Geen bedrijfsongeval, geen verkeersongeval.\n"
        "Dennis is bereikbaar op 06 - 2841 5530.\n\nGraag een afspraak op het spreekuur.\n\n"
        "Met vriendelijke groet,\nWietske Hoekstra\nHR en planning\nHoekstra Transport B.V.",
        hour=13,
        minute=40,
    )
    pa = c.day(36)
    pa_rel = c.pdf(
        "02 Arbodienst/Probleemanalyse Smeets.pdf",
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Werknemer", "D. Smeets"),
                    ("Geboortedatum", fd(geb, "dash")),
                    ("BSN", bsn_s),
                    ("Werkgever", "Hoekstra Transport B.V."),
                    ("Functie", "Chauffeur CE (distributie), 40 uur"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(pa, "dash")),
                ]
            ),
            Heading("Dreigend langdurig verzuim"),
            Para("Er is sprake van dreigend langdurig verzuim."),
            Heading("Beperkingen"),
            Para(
                "Werknemer kan op dit moment niet beroepsmatig rijden. Hij is beperkt in het volhouden van aandacht "
                "gedurende langere tijd en in nachtwerk. Overige werkzaamheden overdag, met regelmatige pauzes, zijn "
                "mogelijk."
            ),
            Heading("Mogelijkheden"),
            Para(
                "Lichte loods- en ondersteunende planningstaken, overdag, 4 uur per dag, niet op de heftruck en niet "
                "op de weg."
            ),
            Heading("Prognose"),
            Para("Onzeker. Ik verwacht in de komende drie maanden meer duidelijkheid."),
            Heading("Advies"),
            Para(
                "Werkgever en werknemer stellen samen binnen twee weken een plan van aanpak op. Voorlopig geen "
                "rijtaken. Medische gegevens zijn in deze rapportage niet opgenomen."
            ),
            Signatures([Sig("Bedrijfsarts", ba, ba_f, fd(pa, "dash"))]),
        ],
        arbo,
        "probleemanalyse",
        pa,
    )
    pva = c.day(53)
    planned = c.day(46)
    assert (pva - pa).days == 17 and (planned - pa).days <= 14
    pva_rel = c.scan(
        "03 Plan van aanpak/PvA Dennis Smeets getekend.pdf",
        [
            Title("Plan van aanpak re-integratie"),
            Fields(
                [
                    ("Werknemer", "Dennis Smeets"),
                    ("BSN", bsn_s),
                    ("Functie", "Chauffeur CE, 40 uur"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Probleemanalyse", f"{fd(pa, 'dash')} ({ba}, Vitaal Arbo)"),
                    ("Casemanager", "Wietske Hoekstra, HR en planning"),
                ]
            ),
            Heading("Afwijking termijn"),
            Para(
                f"Het gesprek over dit plan stond op {fd(planned, 'dash')}. Op verzoek van Dennis is het verplaatst "
                f"naar {fd(pva, 'dash')}, omdat zijn vakbondsconsulent er eerder niet bij kon zijn. Daarmee wijken "
                "wij enkele dagen af van de termijn van twee weken "
                "(artikel 5 Regeling procesgang). Beide partijen gaan hiermee akkoord."
            ),
            Heading("Doel"),
            Para("Terugkeer in het eigen werk als chauffeur (spoor 1). Tot dan ander werk in de loods."),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["Loods en planning ondersteunen, 4 x 4 uur overdag", "Dennis", "vanaf 6 januari"],
                    ["Uitbreiden naar 4 x 6 uur als de bedrijfsarts dat adviseert", "Dennis / Wietske", "februari"],
                    ["Spreekuur bedrijfsarts", "Dennis", "elke 6 weken"],
                    ["Evaluatie van dit plan", "Dennis en Wietske", "elke 5 weken, eerste op 7 februari"],
                ],
            ),
            Heading("Visie werkgever"),
            Para("Wij willen Dennis graag weer op de wagen. Tot dat kan, is er werk genoeg in de loods."),
            Heading("Visie werknemer"),
            Para("Ik wil zo snel mogelijk weer rijden. Ik doe graag het werk in de loods zolang dat nodig is."),
            Signatures(
                [
                    Sig("Werkgever", "W. Hoekstra", "HR en planning", fd(pva, "dash")),
                    Sig("Werknemer", "D. Smeets", "Chauffeur", fd(pva, "dash")),
                ]
            ),
        ],
        emp,
        "plan_van_aanpak",
        pva,
        producer="KONICA MINOLTA bizhub C300i",
    )

    # --- meetings: every 35 days, on Fridays -------------------------------------------------------
    meet_offs = [88, 123, 158, 193, 228, 263, 298, 333, 368, 403, 438]
    meetings = [c.day(o) for o in meet_offs]
    hours = ["4 x 4", "4 x 5", "4 x 6", "4 x 6", "4 x 6", "4 x 5", "4 x 5", "4 x 5", "4 x 5", "4 x 5", "4 x 5"]
    notes = [
        "Dennis werkt sinds 6 januari in de loods: orderpicken met de hand, laden controleren, vrachtbrieven klaarzetten. Gaat goed.",
        "Uitgebreid naar 4 x 5 uur. Dennis helpt ook bij de dagplanning (ritten indelen met de planner).",
        "4 x 6 uur. Rijden nog niet: de bedrijfsarts wil eerst meer duidelijkheid. Dennis baalt daarvan.",
        "Geen veranderingen. Dennis vraagt of hij korte ritten in de buurt mag rijden; dat mag niet zolang de bedrijfsarts het afraadt.",
        "Dennis vertelde over ████████████████████████ [tekst verwijderd door HR: medische informatie hoort niet in dit verslag]. Uren blijven 4 x 6.",
        "Terug naar 4 x 5 uur, op advies van de bedrijfsarts: de dagen van zes uur waren te lang.",
        "De 42e-weeksmelding is gedaan door de salarisadministratie. De bedrijfsarts heeft een arbeidsdeskundig onderzoek geadviseerd.",
        "Besproken: het rapport van de arbeidsdeskundige. Rijden als beroepschauffeur lukt volgens het rapport niet meer. De bedrijfsarts stelt de probleemanalyse bij. Eerstejaarsevaluatie gepland op "
        + fd(c.day(350), "dash")
        + ".",
        "Bijstelling van het plan van aanpak is op "
        + fd(c.day(354), "dash")
        + " aan Dennis gegeven; hij heeft nog niet getekend. Aanmelding bij Werkpad (tweede spoor) is gedaan, de intake is op "
        + fd(c.day(371), "dash")
        + ".",
        "Dennis heeft de bijstelling nog niet getekend; hij wil eerst overleggen met zijn vakbondsconsulent. Hij doet wel mee aan het tweede spoor bij Werkpad (sollicitatietraining, twee gesprekken).",
        "Bijstelling nog steeds niet getekend retour. Dennis zegt dat de vakbondsconsulent nog moet reageren. Werkpad: eerste voortgangsrapportage ontvangen.",
    ]
    fmts = ["pdf", "docx", "pdf", "photo", "pdf", "eml", "pdf", "pdf", "pdf", "pdf", "pdf"]
    meet_rels = []
    for i, (d, h, note, f) in enumerate(zip(meetings, hours, notes, fmts, strict=True)):
        nxt = fd(meetings[i + 1], "dash") if i + 1 < len(meetings) else fd(c.day(473), "dash")
        blocks = [
            Title("Verslag voortgangsgesprek", sub=f"Re-integratie D. Smeets, gesprek {i + 1}"),
            Fields(
                [
                    ("Datum", fd(d, "dash")),
                    ("Aanwezig", "Dennis Smeets, Wietske Hoekstra"),
                    ("BSN", bsn_s),
                    ("Uren", f"{h} uur (loods / planning)"),
                ]
            ),
            Heading("Besproken"),
            Para(note),
            Para(f"Volgend gesprek: {nxt}."),
            Signatures(
                [Sig("Werkgever", "W. Hoekstra", "", fd(d, "dash")), Sig("Werknemer", "D. Smeets", "", fd(d, "dash"))]
            ),
        ]
        base = f"04 Voortgangsgesprekken/{fd(d, 'iso')} gesprek {i + 1}"
        if f == "pdf":
            rel = c.pdf(base + ".pdf", blocks, emp, "tussentijdse_evaluatie", d)
        elif f == "docx":
            rel = c.docx(base + ".docx", blocks, emp, "tussentijdse_evaluatie", d)
        elif f == "photo":
            rel = c.photo(
                f"04 Voortgangsgesprekken/IMG_{d:%Y%m%d}_194107.jpg", blocks, emp, "tussentijdse_evaluatie", d
            )
        else:
            rel = c.eml(
                base + ".eml",
                wietske,
                dennis,
                f"Verslag gesprek {fd(d, 'dash')}",
                d,
                f"Hoi Dennis,\n\nVerslag van ons gesprek van vandaag.\n\nUren: {h} uur (loods / planning)\nBSN: {bsn_s}\n\n"
                f"{note}\n\nVolgend gesprek: {nxt}.\n\nGroet,\nWietske",
                type_="tussentijdse_evaluatie",
                hour=15,
            )
        meet_rels.append(rel)
    redacted_rel = meet_rels[4]

    # --- UWV melding --------------------------------------------------------------------------------
    m42 = c.day(287)
    c.pdf(
        "05 UWV/Ziekmelding 42e week D. Smeets.pdf",
        [
            Title("Ziekmelding langdurig zieke werknemer", sub="Melding aan UWV (42e week)"),
            Fields(
                [
                    ("Werkgever", "Hoekstra Transport B.V."),
                    ("Loonheffingennummer", lhn),
                    ("Werknemer", "D. Smeets"),
                    ("BSN", bsn_s),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Gedeeltelijk hersteld", "ja, 20 van 40 uur in aangepast werk"),
                    ("Datum melding", fd(m42, "dash")),
                    ("Kenmerk", "ZM-" + fd(m42, "iso").replace("-", "") + "-0417"),
                ]
            ),
            Para("De melding is verzonden via het werkgeversportaal van UWV."),
        ],
        admin,
        "ziekmelding_uwv",
        m42,
    )
    conf = c.day(296)
    c.scan(
        "05 UWV/Bevestiging UWV ziekmelding.pdf",
        [
            Title("Bevestiging van uw ziekmelding"),
            Fields(
                [
                    ("Datum", fd(conf)),
                    ("Werknemer", "D. Smeets"),
                    ("Burgerservicenummer", bsn_s),
                    ("Eerste ziektedag", fd(d0)),
                ]
            ),
            Para(
                f"Geachte heer, mevrouw,\n\nWij hebben de ziekmelding van uw werknemer ontvangen op {fd(m42)}. "
                "Binnenkort is het eerste ziektejaar voorbij. U maakt dan samen met uw werknemer de "
                "eerstejaarsevaluatie. Daarin bespreekt u wat u in het tweede ziektejaar wilt bereiken en of werk "
                "bij een andere werkgever (tweede spoor) nodig is."
            ),
            Para("Met vriendelijke groet,\n\nUWV Werkgevers"),
        ],
        UWV,
        "uwv_correspondentie",
        conf,
    )

    # --- AD-rapport, bijstelling PA (planted), EJE, bijstelling PvA (planted) ------------------------
    ad = c.day(324)
    ad_rel = c.pdf(
        "06 Arbeidsdeskundige/Rapportage arbeidsdeskundig onderzoek Smeets.pdf",
        [
            Title("Rapportage arbeidsdeskundig onderzoek", sub="Spoor 1 / spoor 2-advies"),
            Fields(
                [
                    ("Werknemer", "D. Smeets, BSN " + bsn_s),
                    ("Werkgever", "Hoekstra Transport B.V., Heerenveen"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum onderzoek", fd(c.day(317), "dash")),
                    ("Datum rapport", fd(ad, "dash")),
                    ("Arbeidsdeskundige", "M. Hofstra, register-arbeidsdeskundige"),
                ]
            ),
            Heading("Functiebelasting eigen werk"),
            Para(
                "Chauffeur CE in de distributie: ritten van 9 tot 11 uur met laden en lossen, wisselende diensten "
                "vanaf 5.00 uur, werken onder de rijtijdenwet en met de digitale tachograaf; ADR-certificaat."
            ),
            Heading("Belastbaarheid"),
            Para(
                "Volgens de bedrijfsarts is beroepsmatig rijden op dit moment niet verantwoord (rijgeschiktheid). "
                "Werknemer kan overdag werken, 4 x 5 uur, zonder nachtdiensten en met regelmatige pauzes."
            ),
            Heading("Conclusie"),
            Para(
                "Het eigen werk is niet passend en terugkeer daarin is op afzienbare termijn niet te verwachten. "
                "Binnen Hoekstra Transport is het loods- en planningswerk dat werknemer nu doet passend, maar er is "
                "geen structurele formatie voor meer dan 20 uur."
            ),
            Heading("Advies"),
            Bullets(
                [
                    "Spoor 1: het loods- en planningswerk structureel maken voor 20 uur.",
                    "Spoor 2: start een tweede-spoortraject voor de overige uren of voor een volledige baan elders.",
                    "Vraag de bedrijfsarts de probleemanalyse bij te stellen.",
                ]
            ),
            Signatures([Sig("Arbeidsdeskundige", "M. Hofstra", "register-arbeidsdeskundige", fd(ad, "dash"))]),
        ],
        ad_style,
        "arbeidsdeskundig_rapport",
        ad,
    )
    bpa = c.day(343)
    bpa_rel = c.pdf(
        "02 Arbodienst/Bijstelling probleemanalyse Smeets.pdf",
        [
            Title("Bijstelling probleemanalyse"),
            Fields(
                [
                    ("Werknemer", "D. Smeets"),
                    ("BSN", bsn_s),
                    ("Werkgever", "Hoekstra Transport B.V."),
                    ("Functie", "Chauffeur CE"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(bpa, "dash")),
                ]
            ),
            Heading("Reden van bijstelling"),
            Para(
                "Er is meer duidelijkheid over de belastbaarheid en de prognose. Het eigen werk als beroepschauffeur "
                "is blijvend niet haalbaar."
            ),
            Heading("Toelichting"),
            Para(
                "Na het slaaponderzoek in het ziekenhuis is bij werknemer een ernstig obstructief slaapapneusyndroom "
                "(OSAS, ICD-10 G47.3) vastgesteld. Hij wordt door de longarts behandeld met een CPAP-apparaat; "
                "daarnaast gebruikt hij modafinil en metoprolol. Gezien deze diagnose en de eisen van het CBR aan "
                "houders van een groot rijbewijs acht ik terugkeer in het werk als chauffeur niet verantwoord."
            ),
            Heading("Belastbaarheid"),
            Para(
                "Werk overdag, 4 x 5 uur, met regelmatige pauzes. Geen beroepsmatig rijden, geen werk op hoogte of aan "
                "draaiende machines, geen nachtdiensten."
            ),
            Heading("Advies"),
            Para(
                "Stel het plan van aanpak bij: structureel ander werk binnen het bedrijf voor zover mogelijk en een "
                "tweede spoor voor de overige uren."
            ),
            Signatures([Sig("Bedrijfsarts", ba, ba_f, fd(bpa, "dash"))]),
        ],
        arbo,
        "bijstelling_probleemanalyse",
        bpa,
    )
    eje = c.day(350)
    eje_rel = c.pdf(
        "07 Evaluaties/Eerstejaarsevaluatie Dennis Smeets.pdf",
        [
            Title("Eerstejaarsevaluatie", sub="Evaluatie van het eerste ziektejaar"),
            Fields(
                [
                    ("Werknemer", "Dennis Smeets"),
                    ("BSN", bsn_s),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum evaluatie", fd(eje, "dash")),
                    ("Aanwezig", "Dennis Smeets, Wietske Hoekstra (casemanager), Sjoerd Hoekstra (directeur)"),
                ]
            ),
            Heading("Terugblik eerste ziektejaar"),
            Para(
                "Dennis werkt sinds januari in de loods en bij de planning, nu 4 x 5 uur. Terugkeer als chauffeur is "
                f"volgens de bijstelling van de probleemanalyse van {fd(bpa, 'dash')} en het arbeidsdeskundig "
                f"rapport van {fd(ad, 'dash')} niet meer mogelijk."
            ),
            Heading("Wat willen we in het tweede ziektejaar bereiken?"),
            Para(
                "Spoor 1: het loods- en planningswerk wordt structureel voor 20 uur. Spoor 2: Werkpad Re-integratie "
                "start een traject voor werk buiten Hoekstra. Wij stellen het plan van aanpak hierop bij."
            ),
            Heading("Visie werkgever"),
            Para(
                "Wij houden Dennis graag voor 20 uur in de loods. Voor de rest van zijn uren moeten we verder kijken."
            ),
            Heading("Visie werknemer"),
            Para(
                "Ik vind het moeilijk dat ik niet meer mag rijden. Ik wil het loodswerk blijven doen. Over het tweede "
                "spoor wil ik eerst meer weten."
            ),
            Signatures(
                [
                    Sig("Werkgever", "W. Hoekstra", "casemanager", fd(eje, "dash")),
                    Sig("Werknemer", "D. Smeets", "", fd(eje, "dash")),
                ]
            ),
        ],
        emp,
        "eerstejaarsevaluatie",
        eje,
    )
    bpva = c.day(354)
    assert (bpva - bpa).days == 11
    bpva_rel = c.pdf(
        "03 Plan van aanpak/Bijstelling PvA Smeets okt 2025.pdf",
        [
            Title("Bijstelling plan van aanpak"),
            Fields(
                [
                    ("Werknemer", "Dennis Smeets"),
                    ("BSN", bsn_s),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum bijstelling", fd(bpva, "dash")),
                    (
                        "Aanleiding",
                        f"bijstelling probleemanalyse {fd(bpa, 'dash')}, eerstejaarsevaluatie {fd(eje, 'dash')}",
                    ),
                    ("Casemanager", "Wietske Hoekstra, HR en planning"),
                ]
            ),
            Para(f"Deze bijstelling vervangt het doel en de afspraken van het plan van aanpak van {fd(pva, 'dash')}."),
            Heading("Nieuw re-integratiedoel"),
            Para(
                "Spoor 1: structureel ander werk bij Hoekstra Transport in de loods en bij de planning, 20 uur per "
                "week. Spoor 2: werk bij een andere werkgever voor de overige 20 uur of voor een volledige baan."
            ),
            Table(
                ["Activiteit", "Wie", "Termijn"],
                [
                    ["Loods/planning structureel 4 x 5 uur", "Dennis, Wietske", "per 1 december 2025"],
                    ["Aanmelding tweede spoor bij Werkpad Re-integratie", "Wietske", "binnen 2 weken"],
                    ["Intake en trajectplan tweede spoor", "Werkpad, Dennis", "binnen 4 weken"],
                    ["Voortgangsrapportage Werkpad", "Werkpad", "elke 6 weken"],
                    ["Evaluatie van dit plan", "Dennis, Wietske", "elke 5 weken"],
                ],
            ),
            Heading("Visie werkgever"),
            Para(
                "Wij bieden Dennis 20 uur structureel werk in de loods. Voor de overige uren is het tweede spoor nodig."
            ),
            Heading("Visie werknemer"),
            Para(
                "Ik ben het er niet mee eens dat het tweede spoor nu al start. Ik wil eerst met mijn vakbondsconsulent "
                "overleggen voordat ik teken."
            ),
            Heading("Ondertekening"),
            Signatures(
                [
                    Sig("Werkgever", "Wietske Hoekstra", "HR en planning / casemanager", "Datum: " + fd(bpva, "dash")),
                    Sig("Werknemer", "Dennis Smeets", "", "Datum: ....................", signed=False),
                ]
            ),
        ],
        emp,
        "bijstelling_plan_van_aanpak",
        bpva,
    )
    rem = c.day(375)
    c.eml(
        "03 Plan van aanpak/RE bijstelling plan van aanpak.eml",
        wietske,
        dennis,
        "bijstelling plan van aanpak - nog tekenen",
        rem,
        "Hoi Dennis,\n\n"
        f"Ik heb de bijstelling van het plan van aanpak van {fd(bpva, 'dash')} nog niet getekend terug. Heb je al "
        "met je vakbondsconsulent kunnen praten? Je mag je eigen mening er gewoon bij zetten; tekenen betekent dat "
        "je het gelezen hebt en dat we het besproken hebben.\n\nWil je hem deze week tekenen en bij de planning "
        "neerleggen?\n\nGroet,\nWietske",
        hour=11,
        minute=5,
    )
    tp = c.day(378)
    c.pdf(
        "08 Tweede spoor/Trajectplan Werkpad D. Smeets.pdf",
        [
            Title("Trajectplan tweede spoor"),
            Fields(
                [
                    ("Kandidaat", "D. Smeets"),
                    ("BSN", bsn_s),
                    ("Opdrachtgever", "Hoekstra Transport B.V."),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Intake", fd(c.day(371), "dash")),
                    ("Datum trajectplan", fd(tp, "dash")),
                    ("Jobcoach", "N. Postma"),
                ]
            ),
            Heading("Persoonsprofiel"),
            Para(
                "Ervaren chauffeur (24 jaar), rijbewijs CE en ADR (mag nu niet beroepsmatig rijden), kennis van "
                "planning en logistiek, goed met klanten. MBO-2 Logistiek."
            ),
            Heading("Zoekprofiel"),
            Bullets(
                [
                    "Logistiek medewerker of magazijnmedewerker overdag (geen heftruck).",
                    "Medewerker planning of transportadministratie.",
                    "Baliemedewerker bij een transport- of verhuurbedrijf.",
                ]
            ),
            Heading("Activiteiten"),
            Bullets(
                [
                    "Arbeidsmarktoriëntatie en cv (week 1-4)",
                    "Sollicitatietraining en netwerkgesprekken (week 4-12)",
                    "Gericht solliciteren, minimaal 2 per week (vanaf week 8)",
                    "Voortgangsrapportage elke 6 weken aan werkgever",
                ]
            ),
            Signatures(
                [
                    Sig("Jobcoach", "N. Postma", "Werkpad Re-integratie", fd(tp, "dash")),
                    Sig("Kandidaat", "D. Smeets", "", fd(tp, "dash")),
                ]
            ),
        ],
        bureau,
        "trajectplan_tweede_spoor",
        tp,
    )
    vr = c.day(427)
    c.pdf(
        "08 Tweede spoor/Voortgangsrapportage 1 Werkpad.pdf",
        [
            Title("Voortgangsrapportage tweede spoor", sub="Rapportage 1"),
            Fields(
                [
                    ("Kandidaat", "D. Smeets"),
                    ("BSN", bsn_s),
                    ("Rapportageperiode", f"{fd(tp, 'dash')} t/m {fd(vr, 'dash')}"),
                    ("Jobcoach", "N. Postma"),
                ]
            ),
            Heading("Activiteiten"),
            Bullets(
                [
                    "Cv en profiel op vacaturesites gemaakt.",
                    "Sollicitatietraining (3 bijeenkomsten) gevolgd.",
                    "Twee netwerkgesprekken (groothandel, verhuurbedrijf).",
                    "Vier sollicitaties verstuurd, geen uitnodiging.",
                ]
            ),
            Heading("Inzet kandidaat"),
            Para(
                "Dennis is er bij elke afspraak en doet zijn huiswerk. Hij twijfelt nog of hij het tweede spoor zinvol vindt."
            ),
            Signatures([Sig("Jobcoach", "N. Postma", "Werkpad Re-integratie", fd(vr, "dash"))]),
        ],
        bureau,
        "voortgangsrapportage_tweede_spoor",
        vr,
    )
    c.yaml_file(
        "# dossier.yaml - Hoekstra Transport B.V.\n"
        f'werknemer: {{naam: "Dennis Smeets", bsn: "{bsn}", functie: "Chauffeur CE"}}\n'
        f'werkgever: {{naam: "Hoekstra Transport B.V.", loonheffingennummer: "{lhn}", '
        'aard_van_het_bedrijf: "Wegtransport en opslag, 85 medewerkers"}\n'
        'bedrijfsarts: {naam: "R.J. Wijma", organisatie: "Vitaal Arbo Friesland"}\n'
        'casemanager: {naam: "Wietske Hoekstra"}\n'
        f"eerste_ziektedag: {d0.isoformat()}\n"
    )

    # --- checks -----------------------------------------------------------------------------------------
    c.assert_gaps([pva, *meetings])
    assert c.off(tp) <= 406 and c.off(eje) // 7 + 1 in range(46, 53)
    assert (vr - tp).days <= 63 and (c.as_of - vr).days <= 63
    assert 286 <= c.off(m42) <= 294
    for w in ("slaapapneu", "icd-10", "longarts", "cpap", "modafinil", "metoprolol", "diagnose"):
        c.assert_present(bpa_rel, w)
    for rel in (pa_rel, pva_rel, ad_rel, eje_rel, bpva_rel, *meet_rels):
        c.assert_absent(rel, r"slaapapneu|osas|icd|longarts|cpap|modafinil|metoprolol|diagnose")
    c.assert_present(redacted_rel, "████", "verwijderd")
    for rel in (pva_rel, eje_rel, bpva_rel):
        c.assert_present(rel, "visie werkgever", "visie werknemer")
    c.assert_present(bpva_rel, "datum: ....")
    assert not g.bsn_valid(kvk) and g.bsn_valid(rsin) and rsin != bsn
    assert 10 <= c.n_documents() <= 25, c.n_documents()

    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "planted": (
            f"checked in week {c.week(c.as_of)} (D0+{c.off(c.as_of)}). (1) The bijstelling plan van aanpak "
            f"('{bpva_rel}', D0+{c.off(bpva)}, after the bijstelling PA and the EJE: 20 hours of structural other "
            "work plus a 2nd track) is signed by the employer only: the employee's line has his printed name and "
            "'Datum: ....' and no signature; his visie says he will not sign before talking to his union "
            f"consultant; HR's reminder (D0+{c.off(rem)}) and the meetings of D0+{meet_offs[8]}, D0+{meet_offs[9]} "
            f"and D0+{meet_offs[10]} say it is still not signed; no signed copy exists. (2) The bijstelling "
            f"probleemanalyse ('{bpa_rel}', D0+{c.off(bpa)}), a bedrijfsarts document written for the employer, "
            "names the diagnosis (obstructive sleep apnoea, ICD-10 G47.3), the sleep study, the longarts, the CPAP "
            "treatment and two medicines. Traps: the PvA is PA+17 with a written art. 5 motivation in the PvA "
            "itself (the meeting was moved at the employee's request, within the term it had been planned for "
            "PA+10); the EJE (week 51) and the original PvA (a copier scan) are signed by both; the 2nd track "
            f"started on time (trajectplan D0+{c.off(tp)}) and the employee takes part, with a progress report "
            f"{(vr - tp).days} days later; a meeting with a correctly redacted sentence (block characters, "
            "'tekst verwijderd door HR'); the PA says 'Medische gegevens zijn ... niet opgenomen'; transport work "
            "words (rijtijdenwet, tachograaf, ADR, rijgeschiktheid); part-time other work (20 of 40 hours); "
            "meetings every 35 days (PDF, Word, a phone photo with EXIF 6, an e-mail body), the last 7 days before "
            "as_of; a valid RSIN inside the loonheffingennummer and an 8-digit KvK number; UWV's confirmation is "
            "a copier scan; BSN with spaces. AO, EV and OW are not due."
        ),
        "must": [
            e(
                "§8.5 form (E): signatures where required, PvA (and its bijstelling, CONTRACT/handleiding "
                "'unsigned'): employer + employee; the employee never signed the bijstelling",
                code="unsigned",
                path=bpva_rel,
            ),
            e(
                "§8.7 privacy and §5.1/§5.3: during re-integration the bedrijfsarts passes on only functional "
                "limitations, advice and expected duration; this employer-held bijstelling names a diagnosis with "
                "ICD-10 code, a specialist, a treatment and medication",
                code="medical_data",
                path=bpa_rel,
            ),
        ],
        "must_not": [
            *missing_present(
                c,
                [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "bijstelling_probleemanalyse",
                    "bijstelling_plan_van_aanpak",
                    "eerstejaarsevaluatie",
                    "arbeidsdeskundig_rapport",
                    "ziekmelding_uwv",
                    "trajectplan_tweede_spoor",
                ],
            ),
            *not_due_error(
                ["actueel_oordeel", "eindevaluatie", "oordeel_werknemer"],
                f"§8.1 is judged at as_of (week {c.week(c.as_of)}): AO, EV and OW belong to weeks 88-93",
            ),
            e("§8.2: no deskundigenoordeel is referred to", code="missing", type="deskundigenoordeel"),
            e(
                "§8.3: the PvA is PA+17 with a written motivation (Regeling art. 5): at most a warning",
                code="late",
                type="plan_van_aanpak",
                severity="error",
            ),
            e(f"§8.3: PA D0+{c.off(pa)}", code="late", type="probleemanalyse"),
            e(f"§8.3: EJE in week {c.week(eje)} (window 46-52)", code="late", type="eerstejaarsevaluatie"),
            e(f"§8.3: trajectplan D0+{c.off(tp)} (≤ about D0+406)", code="late", type="trajectplan_tweede_spoor"),
            e(f"§8.3: 42e-weeksmelding D0+{c.off(m42)} (≤ D0+294)", code="late", type="ziekmelding_uwv"),
            e(
                f"§8.3: the bijstelling PvA came {(bpva - bpa).days} days after the bijstelling PA",
                code="late",
                type="bijstelling_plan_van_aanpak",
            ),
            e("§8.3: EJE inside weeks 46-52", code="early"),
            e("§8.3: meetings every 35 days, the last 7 days before as_of (asserted)", code="evaluation_gap"),
            e(
                f"§8.3 (2nd track, §7): progress report {(vr - tp).days} days after the trajectplan, {(c.as_of - vr).days} days before as_of",
                code="report_gap",
            ),
            e("§8.5: signed by both (scan)", code="unsigned", path=pva_rel),
            e("§8.5: signed by both", code="unsigned", path=eje_rel),
            e(
                "§8.6: goal, activities, terms, evaluation moments, casemanager, both visies",
                code="content",
                path=pva_rel,
            ),
            e("§8.6: both visies", code="content", path=eje_rel),
            e(
                "§8.6: goal, activities, terms, evaluations, casemanager and both visies are there (only the signature is missing)",
                code="content",
                path=bpva_rel,
            ),
            e(
                "§8.7/§5.3: limitations only; 'medische gegevens' named only to say they are left out",
                code="medical_data",
                path=pa_rel,
            ),
            e("§8.7/§5.3: the medical sentence is redacted (block characters)", code="medical_data", path=redacted_rel),
            e(
                "§8.7/§5.3: rijgeschiktheid and tachograaf are work words; no diagnosis",
                code="medical_data",
                path=ad_rel,
            ),
            e("§8.7/§5.3: no health data", code="medical_data", path=eje_rel),
            e("§8.7/§5.3: no health data", code="medical_data", path=bpva_rel),
            e(
                "§8.5/§5.2: one employee BSN, valid (asserted); KvK fails but is 8 digits on a letterhead",
                code="bsn_invalid",
            ),
            e("§8.5: one BSN throughout; the RSIN inside the loonheffingennummer is no BSN", code="bsn_mismatch"),
            e("§8.3: AO/EV not made yet", code="order"),
            e("§8.4: no AO or EV yet", code="outdated"),
            e("§8.3: no document is dated after as_of (planned dates are named inside texts)", code="future"),
            e("§8.8 and §1.2: every document is different", code="duplicate"),
            e("§8.3 (§2.3): no vrijwillige verlenging", code="extension"),
            e("§8 input (dossier.yaml, CONTRACT): dossier.yaml has no overrides", code="override_unused"),
        ],
    }
    return c, exp


# ============================================================================================
# Case 3: the eindevaluatie has no employer view on the working relationship or on suitable work
# ============================================================================================


def case_ev_zonder_arbeidsrelatie() -> tuple[Case, dict[str, Any]]:
    c = Case("ev_zonder_oordeel_arbeidsrelatie_passende_arbeid", dt.date(2024, 4, 15), 655)
    bsn = employee_bsn(c.name)
    rsin = make_rsin()
    lhn = f"{rsin}L02"
    verzuimnr = make_failing(9)
    kvk = make_failing(8)
    d0 = c.d0
    geb = dt.date(1966, 8, 30)
    aanvraag = c.day(640)

    emp = Style(
        key="tenbrink",
        org="Drukkerij Ten Brink B.V.",
        org_lines=(
            "Zwartewaterallee 88, 8031 DX Zwolle",
            f"038 - 421 06 60  ·  KvK {kvk}  ·  www.drukkerijtenbrink.example",
        ),
        font="serif",
        accent=(30, 30, 110),
        letterhead="left",
        footer="Drukkerij Ten Brink B.V.  ·  drukwerk en verpakkingen",
        producer="Microsoft® Word 2016",
        author="G.J. Mulder",
    )
    arbo = Style(
        key="arborijn",
        org="ArboRijn IJssel",
        org_lines=("Burgemeester Roelenweg 13, 8021 EV Zwolle", "www.arborijn.example"),
        font="sans",
        accent=(0, 120, 60),
        letterhead="right",
        fields_as_table=True,
        footer=f"ArboRijn IJssel  ·  verzuimnummer {verzuimnr}  ·  vertrouwelijk",
        producer="ArboRijn Dossier (PDF)",
    )
    ad_style = Style(
        key="ad-oost",
        org="Arbeidsdeskundigen Oost",
        org_lines=("Dokter Stolteweg 50, 8025 AZ Zwolle",),
        font="serif",
        accent=(90, 50, 20),
        letterhead="left",
        footer="Arbeidsdeskundigen Oost  ·  rapport",
        producer="LibreOffice 7.5",
    )
    bureau = Style(
        key="stapverder",
        org="Stap Verder Re-integratie",
        org_lines=("Pelsertstraat 9, 8011 KK Zwolle", "info@stapverder.example"),
        font="sans",
        accent=(220, 120, 0),
        letterhead="band",
        footer="Stap Verder Re-integratie  ·  tweede spoor",
        producer="Stap Verder trajectportaal",
    )
    gj = "Gerrit-Jan Mulder <gj.mulder@drukkerijtenbrink.example>"
    erik = "Erik van Dam <erikvandam66@mail.example>"
    ba, ba_f = "dr. L. Bosman", "bedrijfsarts, BIG 49035821001"

    c.eml(
        "01 Ziekmelding/Ziekmelding E. van Dam.eml",
        gj,
        "ArboRijn Verzuimmelding <verzuim@arborijn.example>",
        "Ziekmelding medewerker E. van Dam",
        d0,
        f"Goedemorgen,\n\nErik van Dam, offsetdrukker (38 uur), geboren {fd(geb, 'dash')}, heeft zich vandaag "
        f"ziek gemeld. Eerste ziektedag {fd(d0, 'dash')}. Verwachte duur onbekend, geen ongeval.\n\n"
        "Met vriendelijke groet,\nGerrit-Jan Mulder\nbedrijfsleider",
        hour=8,
        minute=17,
    )
    pa = c.day(38)
    c.pdf(
        "02 Arbodienst/Probleemanalyse E. van Dam.pdf",
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Werknemer", "E. van Dam"),
                    ("BSN", bsn),
                    ("Geboortedatum", fd(geb, "dash")),
                    ("Werkgever", "Drukkerij Ten Brink B.V."),
                    ("Functie", "Offsetdrukker, 38 uur, ploegendienst"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(pa, "dash")),
                ]
            ),
            Heading("Beperkingen en mogelijkheden"),
            Para(
                "Niet langdurig staan (maximaal een half uur achtereen), niet tillen boven 10 kg, geen ploegendienst. "
                "Zittend werk en licht wisselend werk overdag zijn mogelijk."
            ),
            Heading("Prognose"),
            Para("Herstel is mogelijk, maar duurt naar verwachting langer dan drie maanden."),
            Heading("Advies"),
            Para(
                "Stel binnen twee weken een plan van aanpak op. Start met lichte taken overdag, 2 x 3 uur, en breid "
                "uit in overleg met mij."
            ),
            Signatures([Sig("Bedrijfsarts", ba, ba_f, fd(pa, "dash"))]),
        ],
        arbo,
        "probleemanalyse",
        pa,
    )
    pva = c.day(50)
    c.scan(
        "03 Plan van aanpak/Scan_PvA_vanDam.pdf",
        [
            Title("Plan van aanpak"),
            Fields(
                [
                    ("Werknemer", "Erik van Dam"),
                    ("BSN", bsn),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum probleemanalyse", fd(pa, "dash")),
                    ("Casemanager", "G.J. Mulder, bedrijfsleider"),
                ]
            ),
            Heading("Doel"),
            Para("Terug naar het eigen werk als offsetdrukker, eerst in aangepaste vorm (spoor 1)."),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["Lichte taken in de expeditie, 2 x 3 uur overdag", "Erik", "vanaf week 12"],
                    ["Uitbreiden na advies bedrijfsarts", "Erik / Gerrit-Jan", "na 6 weken"],
                    ["Evaluatiegesprek", "Erik / Gerrit-Jan", "elke 6 weken"],
                ],
            ),
            Heading("Visie werkgever"),
            Para("We willen Erik terug aan de machine. Tot die tijd zoeken we licht werk in de expeditie."),
            Heading("Visie werknemer"),
            Para("Ik wil graag weer drukken. Licht werk in de expeditie vind ik prima om mee te beginnen."),
            Signatures(
                [
                    Sig("Werkgever", "G.J. Mulder", "bedrijfsleider", fd(pva, "dash")),
                    Sig("Werknemer", "E. van Dam", "", fd(pva, "dash")),
                ]
            ),
        ],
        emp,
        "plan_van_aanpak",
        pva,
        producer="Canon iR-ADV C3530 PDF",
    )
    # five meeting reports (a selection; gaps are not judged in this case)
    m = [c.day(o) for o in (84, 190, 402, 512, 596)]
    c.docx(
        f"04 Gesprekken/gespreksverslag {fd(m[0], 'dash')}.docx",
        [
            Title("Gespreksverslag"),
            Fields([("Datum", fd(m[0], "dash")), ("Aanwezig", "Erik van Dam, Gerrit-Jan Mulder"), ("BSN", bsn)]),
            Para("Erik is gestart in de expeditie: dozen vouwen aan tafel, pakbonnen en labels. 2 x 3 uur. Gaat goed."),
            Para(f"Volgende keer: {fd(c.day(126), 'dash')}."),
        ],
        emp,
        "tussentijdse_evaluatie",
        m[0],
    )
    c.pdf(
        f"04 Gesprekken/Verslag {fd(m[1], 'iso')}.pdf",
        [
            Title("Verslag re-integratiegesprek"),
            Fields([("Datum", fd(m[1], "dash")), ("Aanwezig", "E. van Dam, G.J. Mulder"), ("BSN", bsn)]),
            Para(
                "Erik werkt 3 x 3 uur in de expeditie. Terug aan de drukpers lukt nog niet (staan). De bedrijfsarts ziet "
                "hem over vier weken."
            ),
            Signatures(
                [
                    Sig("Werkgever", "G.J. Mulder", "", fd(m[1], "dash")),
                    Sig("Werknemer", "E. van Dam", "", fd(m[1], "dash")),
                ]
            ),
        ],
        emp,
        "tussentijdse_evaluatie",
        m[1],
    )
    c.eml(
        f"04 Gesprekken/Verslag gesprek {fd(m[2], 'dash')}.eml",
        gj,
        erik,
        f"verslag gesprek {fd(m[2], 'dash')}",
        m[2],
        f"Erik,\n\nKort verslag van vanmiddag ({fd(m[2], 'dash')}). BSN {bsn}.\n\n"
        "- Traject bij Stap Verder loopt: cv klaar, sollicitatietraining gedaan.\n"
        "- Expeditie blijft gestopt, zoals de bedrijfsarts heeft geadviseerd.\n"
        "- Volgende gesprek over zes weken.\n\nGroet, Gerrit-Jan",
        type_="tussentijdse_evaluatie",
        hour=16,
    )
    c.photo(
        f"04 Gesprekken/IMG_{m[3]:%Y%m%d}_103322.jpg",
        [
            Title("Verslag gesprek"),
            Fields([("Datum", fd(m[3], "dash")), ("Aanwezig", "Erik van Dam, Gerrit-Jan Mulder")]),
            Para("Erik solliciteert via Stap Verder, 2 per week. Nog geen uitnodiging. Contact blijft elke zes weken."),
            Signatures(
                [
                    Sig("Werkgever", "G.J. Mulder", "", fd(m[3], "dash")),
                    Sig("Werknemer", "E. van Dam", "", fd(m[3], "dash")),
                ]
            ),
        ],
        emp,
        "tussentijdse_evaluatie",
        m[3],
        hour=10,
    )
    c.pdf(
        f"04 Gesprekken/Verslag {fd(m[4], 'iso')}.pdf",
        [
            Title("Verslag re-integratiegesprek"),
            Fields([("Datum", fd(m[4], "dash")), ("Aanwezig", "E. van Dam, G.J. Mulder"), ("BSN", bsn)]),
            Para(
                "Besproken: de WIA-aanvraag. Erik krijgt binnenkort de brief van UWV. Het actueel oordeel wordt "
                "aangevraagd; daarna maken we de eindevaluatie."
            ),
            Signatures(
                [
                    Sig("Werkgever", "G.J. Mulder", "", fd(m[4], "dash")),
                    Sig("Werknemer", "E. van Dam", "", fd(m[4], "dash")),
                ]
            ),
        ],
        emp,
        "tussentijdse_evaluatie",
        m[4],
    )
    m42 = c.day(284)
    c.pdf(
        "05 UWV/Melding langdurige ziekte (42e week).pdf",
        [
            Title("Ziekmelding langdurig zieke werknemer"),
            Fields(
                [
                    ("Werkgever", "Drukkerij Ten Brink B.V."),
                    ("Loonheffingennummer", lhn),
                    ("Werknemer", "E. van Dam"),
                    ("BSN", bsn),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum melding", fd(m42, "dash")),
                ]
            ),
            Para("Verzonden via het UWV werkgeversportaal door de salarisadministratie."),
        ],
        Style(
            key="tb-salaris",
            org="Drukkerij Ten Brink B.V.",
            org_lines=("Salarisadministratie",),
            font="sans",
            accent=(60, 60, 60),
            letterhead="left",
            footer="afdruk werkgeversportaal",
            producer="Chromium",
        ),
        "ziekmelding_uwv",
        m42,
    )
    conf = c.day(291)
    c.scan(
        "05 UWV/Bevestiging ziekmelding UWV.pdf",
        [
            Title("Bevestiging ziekmelding"),
            Fields([("Datum", fd(conf)), ("Werknemer", "E. van Dam"), ("BSN", bsn), ("Eerste ziektedag", fd(d0))]),
            Para(
                f"Wij hebben uw ziekmelding ontvangen op {fd(m42)}. Let op: aan het einde van het eerste ziektejaar maakt u de eerstejaarsevaluatie."
            ),
        ],
        UWV,
        "uwv_correspondentie",
        conf,
    )
    ad = c.day(330)
    c.pdf(
        "06 Arbeidsdeskundige/AD-rapport Van Dam.pdf",
        [
            Title("Arbeidsdeskundig onderzoek", sub="Rapportage"),
            Fields(
                [
                    ("Werknemer", "E. van Dam, BSN " + bsn),
                    ("Werkgever", "Drukkerij Ten Brink B.V."),
                    ("Datum rapport", fd(ad, "dash")),
                    ("Arbeidsdeskundige", "T. Nijland, register-arbeidsdeskundige"),
                ]
            ),
            Heading("Functiebelasting"),
            Para(
                "Offsetdrukker: staand werk aan de pers, platen wisselen, stapels papier tot 20 kg, drieploegendienst."
            ),
            Heading("Belasting en belastbaarheid"),
            Para(
                "De belastbaarheid (niet langdurig staan, niet tillen boven 10 kg, geen ploegen) past niet bij het eigen "
                "werk. De expeditietaken zijn door de bedrijfsarts in maart gestopt."
            ),
            Heading("Passende arbeid bij de werkgever"),
            Para(
                "In de prepress en op kantoor zijn geen vacatures; de zittende functies vragen een opleiding die werknemer "
                "niet heeft. Passende arbeid bij Ten Brink is er niet."
            ),
            Heading("Advies"),
            Para("Start zo snel mogelijk een tweede spoor (zittend of licht wisselend werk overdag)."),
            Signatures([Sig("Arbeidsdeskundige", "T. Nijland", "register-arbeidsdeskundige", fd(ad, "dash"))]),
        ],
        ad_style,
        "arbeidsdeskundig_rapport",
        ad,
    )
    eje = c.day(345)
    c.pdf(
        "07 Evaluaties/Eerstejaarsevaluatie E. van Dam.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            Fields(
                [
                    ("Werknemer", "E. van Dam"),
                    ("BSN", bsn),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(eje, "dash")),
                ]
            ),
            Heading("Terugblik"),
            Para("Het eerste jaar werkte Erik 2 tot 3 keer 3 uur in de expeditie. Sinds maart werkt hij niet meer."),
            Heading("Tweede ziektejaar"),
            Para(
                "Terugkeer in het eigen werk wordt niet verwacht. Er start een tweede spoor bij Stap Verder Re-integratie."
            ),
            Heading("Visie werkgever"),
            Para("Wij hebben binnen de drukkerij geen werk meer dat Erik kan doen. Het tweede spoor is nodig."),
            Heading("Visie werknemer"),
            Para("Ik had graag weer gedrukt, maar ik snap het. Ik doe mee aan het tweede spoor."),
            Signatures(
                [
                    Sig("Werkgever", "G.J. Mulder", "bedrijfsleider", fd(eje, "dash")),
                    Sig("Werknemer", "E. van Dam", "", fd(eje, "dash")),
                ]
            ),
        ],
        emp,
        "eerstejaarsevaluatie",
        eje,
    )
    bpva = c.day(352)
    c.pdf(
        "03 Plan van aanpak/Bijstelling plan van aanpak spoor 2.pdf",
        [
            Title("Bijstelling plan van aanpak"),
            Fields(
                [
                    ("Werknemer", "E. van Dam"),
                    ("BSN", bsn),
                    ("Datum", fd(bpva, "dash")),
                    ("Casemanager", "G.J. Mulder, bedrijfsleider"),
                ]
            ),
            Para(f"Deze bijstelling vervangt het plan van aanpak van {fd(pva, 'dash')}."),
            Heading("Nieuw doel"),
            Para("Spoor 2: werk bij een andere werkgever, zittend of licht wisselend, overdag."),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["Aanmelding Stap Verder Re-integratie", "Gerrit-Jan", "binnen 1 week"],
                    ["Trajectplan tweede spoor", "Stap Verder / Erik", "binnen 4 weken"],
                    ["Voortgangsrapportage", "Stap Verder", "elke 8 weken"],
                    ["Evaluatie", "Erik / Gerrit-Jan", "elke 6 weken"],
                ],
            ),
            Heading("Visie werkgever"),
            Para("Het tweede spoor is de beste kans op werk voor Erik."),
            Heading("Visie werknemer"),
            Para("Ik ga ervoor."),
            Signatures(
                [
                    Sig("Werkgever", "G.J. Mulder", "bedrijfsleider", fd(bpva, "dash")),
                    Sig("Werknemer", "E. van Dam", "", fd(bpva, "dash")),
                ]
            ),
        ],
        emp,
        "bijstelling_plan_van_aanpak",
        bpva,
    )
    tp = c.day(372)
    c.pdf(
        "08 Tweede spoor/Trajectplan Stap Verder.pdf",
        [
            Title("Trajectplan 2e spoor"),
            Fields(
                [
                    ("Deelnemer", "E. van Dam"),
                    ("BSN", bsn),
                    ("Werkgever", "Drukkerij Ten Brink B.V."),
                    ("Datum", fd(tp, "dash")),
                    ("Adviseur", "S. Visser"),
                ]
            ),
            Heading("Zoekprofiel"),
            Bullets(
                [
                    "Orderverwerking / administratie",
                    "Receptie of klantenservice",
                    "Kwaliteitscontrole drukwerk (zittend)",
                ]
            ),
            Heading("Plan"),
            Para("Oriëntatie, cv en sollicitatietraining, daarna gericht solliciteren. Rapportage elke 8 weken."),
            Signatures(
                [
                    Sig("Re-integratieadviseur", "S. Visser", "Stap Verder", fd(tp, "dash")),
                    Sig("Deelnemer", "E. van Dam", "", fd(tp, "dash")),
                ]
            ),
        ],
        bureau,
        "trajectplan_tweede_spoor",
        tp,
    )
    vr_offs = [428, 484, 540, 589]
    vrs = [c.day(o) for o in vr_offs]
    prev = tp
    for i, d in enumerate(vrs, 1):
        c.pdf(
            f"08 Tweede spoor/Voortgangsrapportage {i}.pdf",
            [
                Title("Voortgangsrapportage 2e spoor", sub=f"Rapportage {i}"),
                Fields(
                    [
                        ("Deelnemer", "E. van Dam"),
                        ("BSN", bsn),
                        ("Periode", f"{fd(prev, 'dash')} - {fd(d, 'dash')}"),
                    ]
                ),
                Para(
                    [
                        "Cv gemaakt, sollicitatietraining gevolgd, 6 sollicitaties.",
                        "10 sollicitaties, 1 gesprek bij een verpakkingsgroothandel (afgewezen).",
                        "Werkervaringsplek onderzocht bij een kringloopwinkel; niet doorgegaan (te veel staan).",
                        "12 sollicitaties, 2 gesprekken, geen aanbod.",
                    ][i - 1]
                ),
                Signatures([Sig("Re-integratieadviseur", "S. Visser", "Stap Verder", fd(d, "dash"))]),
            ],
            bureau,
            "voortgangsrapportage_tweede_spoor",
            d,
        )
        prev = d
    er = c.day(624)
    c.pdf(
        "08 Tweede spoor/Eindrapportage Stap Verder.pdf",
        [
            Title("Eindrapportage 2e spoor"),
            Fields(
                [
                    ("Deelnemer", "E. van Dam"),
                    ("BSN", bsn),
                    ("Datum", fd(er, "dash")),
                    ("Trajectduur", f"{fd(tp, 'dash')} - {fd(er, 'dash')}"),
                ]
            ),
            Heading("Resultaat"),
            Para("Geen plaatsing. Erik heeft 41 keer gesolliciteerd en 4 gesprekken gevoerd. Inzet: goed."),
            Heading("Afsluiting"),
            Para("Het traject wordt afgesloten in verband met de WIA-aanvraag."),
            Signatures([Sig("Re-integratieadviseur", "S. Visser", "Stap Verder", fd(er, "dash"))]),
        ],
        bureau,
        "eindrapportage_tweede_spoor",
        er,
    )
    brief = c.day(612)
    c.scan(
        "09 WIA/Brief UWV WIA-aanvraag.pdf",
        [
            Title("Uw werknemer kan een WIA-uitkering aanvragen"),
            Fields([("Datum", fd(brief)), ("Werknemer", "E. van Dam"), ("BSN", bsn), ("Eerste ziektedag", fd(d0))]),
            Para(
                "Uw werknemer is bijna 2 jaar ziek. Wij hebben hem een brief gestuurd over het aanvragen van een "
                f"WIA-uitkering. Hij moet de aanvraag uiterlijk op {fd(c.d0 + 650 * DAY)} doen. Stuur het "
                "re-integratieverslag uiterlijk 1 dag nadat uw werknemer de uitkering heeft aangevraagd."
            ),
        ],
        UWV,
        "uwv_correspondentie",
        brief,
    )
    ao = c.day(617)
    ao_rel = c.pdf(
        "09 WIA/Actueel oordeel bedrijfsarts E. van Dam.pdf",
        [
            Title("Actueel oordeel", sub="bij de probleemanalyse, ten behoeve van de WIA-aanvraag"),
            Fields(
                [
                    ("Werknemer", "E. van Dam"),
                    ("BSN", bsn),
                    ("Werkgever", "Drukkerij Ten Brink B.V."),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(ao, "dash")),
                ]
            ),
            Heading("Belastbaarheid"),
            Para(
                "Zittend werk overdag, 4 x 4 uur, niet tillen boven 5 kg, geen ploegendienst. Deze situatie is stabiel."
            ),
            Heading("Arbeidsrelatie"),
            Para("De arbeidsrelatie tussen werkgever en werknemer is goed. Er is geen conflict."),
            Heading("Passende arbeid bij de werkgever"),
            Para("Er is bij de werkgever geen passende arbeid die aansluit bij de belastbaarheid."),
            Signatures([Sig("Bedrijfsarts", ba, ba_f, fd(ao, "dash"))]),
        ],
        arbo,
        "actueel_oordeel",
        ao,
    )
    ev = c.day(630)
    ev_rel = c.pdf(
        "09 WIA/Eindevaluatie E. van Dam.pdf",
        [
            Title("Eindevaluatie"),
            Fields(
                [
                    ("Werknemer", "Erik van Dam"),
                    ("BSN", bsn),
                    ("Functie", "Offsetdrukker, 38 uur"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum eindevaluatie", fd(ev, "dash")),
                    ("Opgesteld door", "G.J. Mulder, bedrijfsleider, met Erik van Dam"),
                ]
            ),
            Heading("Aard van het bedrijf"),
            Para(
                "Drukkerij Ten Brink B.V. is een offset- en digitale drukkerij in Zwolle. Wij drukken verpakkingen, "
                "folders en boeken voor klanten in heel Nederland. Er werken 42 mensen: in drie ploegen in de "
                "drukkerij, overdag in de afwerking, de prepress, de expeditie en op kantoor."
            ),
            Heading("Terugblik"),
            Para(
                f"Erik is ziek sinds {fd(d0)}. Vanaf juli 2024 deed hij lichte taken in de expeditie, 2 tot 3 keer 3 "
                "uur. In maart 2025 is hij daarmee gestopt op advies van de bedrijfsarts. De arbeidsdeskundige heeft "
                "toen geadviseerd een tweede spoor te starten. Dat traject liep van "
                f"{fd(tp)} tot {fd(er)} bij Stap Verder Re-integratie; het leverde geen baan op. Erik heeft zich "
                "steeds aan de afspraken gehouden."
            ),
            Heading("Stand van zaken"),
            Para(
                f"Erik werkt op dit moment niet. Het actueel oordeel van de bedrijfsarts is van {fd(ao)}. Erik vraagt "
                "de WIA-uitkering aan."
            ),
            Heading("Reactie Erik"),
            Para("Ik herken mij in deze terugblik."),
            Signatures(
                [
                    Sig("Werkgever", "G.J. Mulder", "bedrijfsleider", fd(ev, "dash")),
                    Sig("Werknemer", "E. van Dam", "", fd(ev, "dash")),
                ]
            ),
        ],
        emp,
        "eindevaluatie",
        ev,
    )
    ow = c.day(633)
    c.docx(
        "09 WIA/Oordeel werknemer re-integratieverslag.docx",
        [
            Title("Oordeel werknemer", sub="over het re-integratieverslag"),
            Fields([("Naam", "Erik van Dam"), ("BSN", bsn), ("Datum", fd(ow, "dash"))]),
            Para(
                "Ik heb het re-integratieverslag gelezen. Ik ben het eens met wat erin staat. Ten Brink heeft gedaan "
                "wat mogelijk was en het traject bij Stap Verder was goed geregeld. Wel vind ik dat er in het eerste "
                "jaar langer gekeken had mogen worden naar werk in de prepress."
            ),
            Signatures([Sig("Werknemer", "E. van Dam", "", fd(ow, "dash"))]),
        ],
        Style(
            key="erik-prive", org="E. van Dam", org_lines=(), font="sans", letterhead="none", footer=" ", author="Erik"
        ),
        "oordeel_werknemer",
        ow,
    )
    c.yaml_file(
        "# gegevens voor het re-integratieverslag\n"
        f'werknemer: {{naam: "E. van Dam", bsn: "{bsn}", functie: "Offsetdrukker"}}\n'
        f'werkgever: {{naam: "Drukkerij Ten Brink B.V.", loonheffingennummer: "{lhn}"}}\n'
        'bedrijfsarts: {naam: "dr. L. Bosman", organisatie: "ArboRijn IJssel"}\n'
        'casemanager: {naam: "G.J. Mulder"}\n'
        f"eerste_ziektedag: {d0.isoformat()}\n"
        f"aanvraag_wia: {aanvraag.isoformat()}\n"
    )

    # --- checks -----------------------------------------------------------------------------------------
    c.assert_absent(
        ev_rel, r"relatie|verhouding|passend|geschikt|samenwerk|ander werk|aangepast|mogelijkhe|spoor 1|sfeer|contact"
    )
    c.assert_present(ev_rel, "aard van het bedrijf")
    c.assert_present(ao_rel, "arbeidsrelatie", "passende arbeid")
    assert ao < ev < aanvraag and (aanvraag - ao).days <= 56 and c.off(ev) <= 636 and c.off(aanvraag) <= 650
    assert c.off(ao) // 7 + 1 >= 88 and c.off(brief) // 7 + 1 == 88
    assert c.off(tp) <= 406 and 46 <= c.week(eje) <= 52 and c.off(m42) <= 294 and (pva - pa).days <= 14
    chain = [tp, *vrs, er]
    assert max((b - a).days for a, b in itertools.pairwise(chain)) <= 63
    assert g.bsn_valid(rsin) and not g.bsn_valid(verzuimnr) and not g.bsn_valid(kvk)
    assert 10 <= c.n_documents() <= 25, c.n_documents()

    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": aanvraag.isoformat(),
        "planted": (
            f"checked in week {c.week(c.as_of)} (D0+{c.off(c.as_of)}), after the application (D0+{c.off(aanvraag)}, "
            f"week {c.week(aanvraag)}, dossier.yaml). The eindevaluatie ('{ev_rel}', D0+{c.off(ev)}, week "
            f"{c.week(ev)}, signed by both) describes the aard van het bedrijf, looks back over the two years and "
            "gives the current state, but gives no view of the employer on the quality of the working relationship "
            "and none on whether suitable work exists at the employer (asserted: 'relatie', 'verhouding', 'passend', "
            "'geschikt', 'samenwerk', 'ander werk', 'aangepast', 'mogelijkhe' do not occur). Traps: the actueel "
            f"oordeel (D0+{c.off(ao)}, {(aanvraag - ao).days} days before the application, before the EV) covers "
            "arbeidsrelatie and passende arbeid for the bedrijfsarts, and the AD-rapport has a heading 'Passende "
            "arbeid bij de werkgever', so the words are in the folder, just not in the EV; a bijstelling PvA "
            "legitimately replaces the PvA at the start of the 2nd track; the 2nd track started on time "
            f"(trajectplan D0+{c.off(tp)}) with reports every 49-56 days and an eindrapportage; UWV's week-88 letter "
            "is a copier scan; the oordeel werknemer (a Word file) agrees but adds a critical remark; a valid RSIN "
            "inside the loonheffingennummer, an 8-digit KvK number and a 9-digit verzuimnummer in the arbodienst "
            "footer (failing the elfproef); BSN plain. Only five meeting reports are filed (a selection): "
            "evaluation gaps are not judged here."
        ),
        "must": [
            e(
                "§8.6 content (W): the EV must mention aard van het bedrijf, arbeidsrelatie and passende arbeid "
                "(Regeling art. 6 i and k: the employer's current view, BR art. 2 lid 10: with the eindevaluatie); "
                "this EV has neither view",
                code="content",
                path=ev_rel,
            ),
        ],
        "must_not": [
            *missing_present(
                c,
                [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "bijstelling_plan_van_aanpak",
                    "eerstejaarsevaluatie",
                    "arbeidsdeskundig_rapport",
                    "ziekmelding_uwv",
                    "trajectplan_tweede_spoor",
                    "voortgangsrapportage_tweede_spoor",
                    "eindrapportage_tweede_spoor",
                    "actueel_oordeel",
                    "eindevaluatie",
                    "oordeel_werknemer",
                ],
            ),
            e(
                "§8.2: no bijstelling probleemanalyse is known or referred to",
                code="missing",
                type="bijstelling_probleemanalyse",
            ),
            e("§8.2: no deskundigenoordeel is referred to", code="missing", type="deskundigenoordeel"),
            e(
                f"§8.3: PA D0+{c.off(pa)}, PvA PA+{(pva - pa).days}, 42e D0+{c.off(m42)}, EJE week {c.week(eje)}, "
                f"trajectplan D0+{c.off(tp)}, EV D0+{c.off(ev)} (≤ 636), application D0+{c.off(aanvraag)} (≤ 650); the "
                "upload date is not in the folder",
                code="late",
            ),
            e(f"§8.3: AO D0+{c.off(ao)} before EV D0+{c.off(ev)}, both before the application", code="order"),
            e(
                f"§8.4: AO {(aanvraag - ao).days} days and EV {(aanvraag - ev).days} days before the application",
                code="outdated",
            ),
            e("§8.3 (2nd track, §7): reports at most 56 days apart, then an eindrapportage", code="report_gap"),
            e("§8.6: the AO has the bedrijfsarts's view on both", code="content", path=ao_rel),
            e(
                "§8.6: goal, activities, terms, evaluations, casemanager, both visies",
                code="content",
                path="03 Plan van aanpak/Scan_PvA_vanDam.pdf",
            ),
            e("§8.6: both visies", code="content", path="07 Evaluaties/Eerstejaarsevaluatie E. van Dam.pdf"),
            e("§8.5: signed by both", code="unsigned", path=ev_rel),
            e("§8.5: signed by both (scan)", code="unsigned", path="03 Plan van aanpak/Scan_PvA_vanDam.pdf"),
            e("§8.5: signed by both", code="unsigned", path="07 Evaluaties/Eerstejaarsevaluatie E. van Dam.pdf"),
            e(
                "§8.5: signed by both",
                code="unsigned",
                path="03 Plan van aanpak/Bijstelling plan van aanpak spoor 2.pdf",
            ),
            e("§8.7/§5.3: no health data in any document", code="medical_data"),
            e(
                "§8.5/§5.2: one employee BSN, valid (asserted); verzuimnummer and KvK fail but are no BSNs",
                code="bsn_invalid",
            ),
            e("§8.5: one BSN throughout; the RSIN inside the loonheffingennummer is no BSN", code="bsn_mismatch"),
            e("§8.3: EJE inside weeks 46-52; nothing early", code="early"),
            e("§8.3: no document is dated after as_of", code="future"),
            e("§8.8 and §1.2: every document is different", code="duplicate"),
            e("§8.3 (§2.3): no vrijwillige verlenging", code="extension"),
            e("§8 input (dossier.yaml, CONTRACT): dossier.yaml has no overrides", code="override_unused"),
        ],
    }
    return c, exp


# ============================================================================================
# Case 4: the only actueel oordeel was drawn up and signed by the arbodienst's casemanager
# ============================================================================================


def case_ao_door_casemanager() -> tuple[Case, dict[str, Any]]:
    c = Case("ao_opgesteld_door_casemanager_arbodienst", dt.date(2024, 6, 3), 652)
    bsn = employee_bsn(c.name)
    bsn_d = g.fmt_bsn(bsn, "dots")
    kvk = make_failing(8)
    iban, iban_acc = make_iban("INGB")
    d0 = c.d0
    geb = dt.date(1985, 1, 19)
    aanvraag = c.day(641)

    emp = Style(
        key="glansrijk",
        org="Glansrijk Schoonmaakdiensten B.V.",
        org_lines=("Ecofactorij 21, 7325 WC Apeldoorn", f"KvK {kvk}  ·  IBAN {iban}  ·  hr@glansrijk.example"),
        font="sans",
        accent=(0, 150, 200),
        letterhead="right",
        footer="Glansrijk Schoonmaakdiensten B.V.  ·  HR",
        producer="Microsoft® Word voor Microsoft 365",
        author="Y. Schipper",
    )
    arbo = Style(
        key="anv",
        org="Arbodienst Noord-Veluwe",
        org_lines=("Laan van Malkenschoten 60, 7333 NP Apeldoorn", "055 - 578 90 00  ·  www.arbo-noordveluwe.example"),
        font="condensed",
        accent=(120, 40, 120),
        letterhead="left",
        footer="Arbodienst Noord-Veluwe  ·  vertrouwelijk",
        producer="ANV Verzuimsysteem",
    )
    ad_style = Style(
        key="vermeulen",
        org="Vermeulen Arbeidsdeskundig Advies",
        org_lines=("Deventerstraat 140, 7321 CD Apeldoorn",),
        font="serif",
        accent=(50, 80, 50),
        letterhead="left",
        footer="Vermeulen Arbeidsdeskundig Advies",
        producer="LibreOffice 7.4",
    )
    bureau = Style(
        key="nieuwekoers",
        org="Loopbaanbureau Nieuwe Koers",
        org_lines=("Stationsplein 4, 7311 NZ Apeldoorn", "info@nieuwekoers.example"),
        font="sans",
        accent=(200, 60, 90),
        letterhead="band",
        footer="Loopbaanbureau Nieuwe Koers  ·  2e spoor",
        producer="Nieuwe Koers CRM",
    )
    yvonne = "Yvonne Schipper <y.schipper@glansrijk.example>"
    ramon = "Ramon de Wit <ramondewit85@mail.example>"
    rook = "Marloes Rook <m.rook@arbo-noordveluwe.example>"
    ba, ba_f = "A.M. Koopman", "bedrijfsarts, BIG 79026519601"

    c.eml(
        "01 Verzuim/Ziekmelding Ramon de Wit.eml",
        yvonne,
        "ANV Verzuimmeldingen <verzuim@arbo-noordveluwe.example>",
        "Ziekmelding R. de Wit (Glansrijk)",
        d0,
        f"Goedemorgen,\n\nZiekmelding: Ramon de Wit, geboren {fd(geb, 'dash')}, schoonmaakmedewerker (30 uur, "
        f"object Belastingkantoor Apeldoorn). Eerste ziektedag {fd(d0, 'dash')}. Verwachte duur onbekend; geen "
        "bedrijfsongeval.\n\nVriendelijke groet,\nYvonne Schipper\nHR-adviseur Glansrijk",
        hour=9,
        minute=30,
    )
    pa = c.day(39)
    c.pdf(
        "02 Arbodienst/Probleemanalyse R. de Wit.pdf",
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Werknemer", "R. de Wit"),
                    ("Geboortedatum", fd(geb, "dash")),
                    ("BSN", bsn_d),
                    ("Werkgever", "Glansrijk Schoonmaakdiensten B.V."),
                    ("Functie", "Schoonmaakmedewerker kantoren, 30 uur"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(pa, "dash")),
                ]
            ),
            Heading("Beperkingen"),
            Para("Niet tillen boven 5 kg, geen reikende en bovenhandse bewegingen, niet werken met de schrobmachine."),
            Heading("Mogelijkheden"),
            Para("Licht schoonmaakwerk (stof afnemen, sanitair op heuphoogte), 3 x 2 uur, uitbreiden in overleg."),
            Heading("Prognose en advies"),
            Para("Gedeeltelijk herstel verwacht. Stel binnen twee weken een plan van aanpak op."),
            Signatures([Sig("Bedrijfsarts", ba, ba_f, fd(pa, "dash"))]),
        ],
        arbo,
        "probleemanalyse",
        pa,
    )
    pva = c.day(49)
    pva_rel = c.pdf(
        "03 Plan van aanpak/PvA R. de Wit definitief.pdf",
        [
            Title("Plan van aanpak", sub="Wet verbetering poortwachter"),
            Fields(
                [
                    ("Werknemer", "Ramon de Wit"),
                    ("BSN", bsn_d),
                    ("Functie", "Schoonmaakmedewerker, 30 uur"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Probleemanalyse", fd(pa, "dash")),
                    ("Casemanager", "Yvonne Schipper, HR-adviseur"),
                ]
            ),
            Heading("Doel"),
            Para("Terugkeer in het eigen werk, eerst met lichte taken (spoor 1)."),
            Table(
                ["Activiteit", "Wie", "Termijn"],
                [
                    [
                        "Lichte taken op het eigen object, 3 x 2 uur",
                        "Ramon / objectleider",
                        "vanaf " + fd(c.day(56), "dash"),
                    ],
                    ["Uitbreiden naar 3 x 3 uur", "Ramon", "na 4 weken, na spreekuur"],
                    ["Evaluatie", "Ramon / Yvonne", "elke 6 weken"],
                ],
            ),
            Heading("Visie werkgever"),
            Para("Glansrijk wil Ramon op zijn eigen object houden, met werk dat hij aankan."),
            Heading("Visie werknemer"),
            Para("Ik wil mijn eigen werk blijven doen, maar niet met de machine."),
            Signatures(
                [
                    Sig("Werkgever", "Y. Schipper", "HR-adviseur", fd(pva, "dash")),
                    Sig("Werknemer", "R. de Wit", "", fd(pva, "dash")),
                ]
            ),
        ],
        emp,
        "plan_van_aanpak",
        pva,
    )
    m = [c.day(o) for o in (91, 238, 420, 574)]
    c.eml(
        f"04 Gesprekken/Gespreksverslag {fd(m[0], 'dash')}.eml",
        yvonne,
        ramon,
        f"Gespreksverslag {fd(m[0], 'dash')}",
        m[0],
        f"Beste Ramon,\n\nVerslag van ons gesprek van {fd(m[0])} (BSN {bsn_d}).\n\n- Je werkt 3 x 3 uur op je eigen "
        "object, zonder de schrobmachine.\n- Karim (objectleider) regelt dat een collega de vloeren doet.\n- "
        "Volgend gesprek over zes weken.\n\nGroet,\nYvonne",
        type_="tussentijdse_evaluatie",
        hour=14,
    )
    c.docx(
        f"04 Gesprekken/verslag {fd(m[1], 'iso')}.docx",
        [
            Title("Verslag evaluatiegesprek"),
            Fields(
                [
                    ("Datum", fd(m[1], "dash")),
                    ("Aanwezig", "Ramon de Wit, Yvonne Schipper, Karim El Idrissi (objectleider)"),
                    ("BSN", bsn_d),
                ]
            ),
            Para(
                "Ramon werkt 4 x 3 uur. Meer lukt niet; de bedrijfsarts verwacht dat dit de grens is. Arbeidsdeskundig onderzoek wordt aangevraagd."
            ),
            Signatures(
                [
                    Sig("Werkgever", "Y. Schipper", "HR-adviseur", fd(m[1], "dash")),
                    Sig("Werknemer", "R. de Wit", "", fd(m[1], "dash")),
                ]
            ),
        ],
        emp,
        "tussentijdse_evaluatie",
        m[1],
    )
    c.scan(
        f"04 Gesprekken/Scan {fd(m[2], 'iso')}.pdf",
        [
            Title("Verslag evaluatiegesprek"),
            Fields([("Datum", fd(m[2], "dash")), ("Aanwezig", "R. de Wit, Y. Schipper"), ("BSN", bsn_d)]),
            Para(
                "Ramon werkt structureel 12 uur (4 x 3) in aangepast eigen werk. Het tweede spoor bij Nieuwe Koers loopt voor de andere 18 uur."
            ),
            Signatures(
                [
                    Sig("Werkgever", "Y. Schipper", "HR-adviseur", fd(m[2], "dash")),
                    Sig("Werknemer", "R. de Wit", "", fd(m[2], "dash")),
                ]
            ),
        ],
        emp,
        "tussentijdse_evaluatie",
        m[2],
        producer="RICOH IM C3000",
    )
    c.pdf(
        f"04 Gesprekken/Verslag evaluatie {fd(m[3], 'dash')}.pdf",
        [
            Title("Verslag evaluatiegesprek"),
            Fields([("Datum", fd(m[3], "dash")), ("Aanwezig", "R. de Wit, Y. Schipper"), ("BSN", bsn_d)]),
            Para(
                "Besproken: de WIA-aanvraag in week 92. De bedrijfsarts heeft Ramon op "
                f"{fd(c.day(546), 'dash')} gezien. Yvonne vraagt het actueel oordeel aan bij de arbodienst."
            ),
            Signatures(
                [
                    Sig("Werkgever", "Y. Schipper", "HR-adviseur", fd(m[3], "dash")),
                    Sig("Werknemer", "R. de Wit", "", fd(m[3], "dash")),
                ]
            ),
        ],
        emp,
        "tussentijdse_evaluatie",
        m[3],
    )
    m42 = c.day(286)
    c.pdf(
        "05 UWV/42e weeks ziekmelding R. de Wit.pdf",
        [
            Title("Ziekmelding UWV (42e week)"),
            Fields(
                [
                    ("Werkgever", "Glansrijk Schoonmaakdiensten B.V."),
                    ("Werknemer", "R. de Wit"),
                    ("BSN", bsn_d),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Gedeeltelijk werkhervatting", "12 van 30 uur"),
                    ("Datum verzonden", fd(m42, "dash")),
                ]
            ),
        ],
        emp,
        "ziekmelding_uwv",
        m42,
    )
    conf = c.day(293)
    c.scan(
        "05 UWV/UWV bevestiging ziekmelding.pdf",
        [
            Title("Bevestiging ziekmelding"),
            Fields([("Datum", fd(conf)), ("Werknemer", "R. de Wit"), ("BSN", bsn_d)]),
            Para(f"Wij hebben uw ziekmelding van {fd(m42)} ontvangen. De eerste ziektedag is {fd(d0)}."),
        ],
        UWV,
        "uwv_correspondentie",
        conf,
    )
    ad = c.day(322)
    c.pdf(
        "06 AD/Rapport arbeidsdeskundig onderzoek De Wit.pdf",
        [
            Title("Rapport arbeidsdeskundig onderzoek"),
            Fields(
                [
                    ("Werknemer", "R. de Wit, BSN " + bsn_d),
                    ("Werkgever", "Glansrijk Schoonmaakdiensten B.V."),
                    ("Datum", fd(ad, "dash")),
                    ("Arbeidsdeskundige", "H. Vermeulen, register-arbeidsdeskundige"),
                ]
            ),
            Heading("Conclusie"),
            Para(
                "Het eigen werk is in aangepaste vorm passend voor 12 uur per week (geen machines, niet bovenhands). "
                "Voor de overige 18 uur is binnen Glansrijk geen passend werk."
            ),
            Heading("Advies"),
            Para(
                "Spoor 1: 12 uur aangepast eigen werk structureel. Spoor 2: start een tweede-spoortraject voor 18 uur."
            ),
            Signatures([Sig("Arbeidsdeskundige", "H. Vermeulen", "register-arbeidsdeskundige", fd(ad, "dash"))]),
        ],
        ad_style,
        "arbeidsdeskundig_rapport",
        ad,
    )
    eje = c.day(343)
    eje_rel = c.scan(
        "07 Evaluaties/Eerstejaarsevaluatie R. de Wit.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            Fields(
                [
                    ("Werknemer", "R. de Wit"),
                    ("BSN", bsn_d),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(eje, "dash")),
                ]
            ),
            Heading("Terugblik en doel tweede jaar"),
            Para(
                "Ramon werkt 12 uur in aangepast eigen werk. Dat blijft zo. Voor 18 uur start een tweede spoor bij Nieuwe Koers."
            ),
            Heading("Visie werkgever"),
            Para("Wij houden Ramon 12 uur op zijn object en helpen hem met een tweede spoor."),
            Heading("Visie werknemer"),
            Para("Ik ben blij dat ik mijn eigen werk houd. Ik wil het tweede spoor proberen."),
            Signatures(
                [
                    Sig("Werkgever", "Y. Schipper", "HR-adviseur", fd(eje, "dash")),
                    Sig("Werknemer", "R. de Wit", "", fd(eje, "dash")),
                ]
            ),
        ],
        emp,
        "eerstejaarsevaluatie",
        eje,
        producer="RICOH IM C3000",
    )
    bpva = c.day(350)
    c.pdf(
        "03 Plan van aanpak/Bijstelling PvA spoor 2 R. de Wit.pdf",
        [
            Title("Bijstelling plan van aanpak"),
            Fields(
                [
                    ("Werknemer", "Ramon de Wit"),
                    ("BSN", bsn_d),
                    ("Datum", fd(bpva, "dash")),
                    ("Casemanager", "Yvonne Schipper"),
                ]
            ),
            Heading("Nieuw doel"),
            Para("Spoor 1: 12 uur aangepast eigen werk, structureel. Spoor 2: werk elders voor 18 uur."),
            Table(
                ["Activiteit", "Wie", "Termijn"],
                [
                    ["Aanmelding Nieuwe Koers", "Yvonne", "binnen 2 weken"],
                    ["Trajectplan", "Nieuwe Koers / Ramon", "binnen 6 weken"],
                    ["Evaluatie", "Ramon / Yvonne", "elke 6 weken"],
                ],
            ),
            Heading("Visie werkgever"),
            Para("Het tweede spoor is nodig voor de overige uren."),
            Heading("Visie werknemer"),
            Para("Akkoord."),
            Signatures(
                [
                    Sig("Werkgever", "Y. Schipper", "HR-adviseur", fd(bpva, "dash")),
                    Sig("Werknemer", "R. de Wit", "", fd(bpva, "dash")),
                ]
            ),
        ],
        emp,
        "bijstelling_plan_van_aanpak",
        bpva,
    )
    tp = c.day(380)
    c.pdf(
        "08 Tweede spoor/Trajectplan Nieuwe Koers R. de Wit.pdf",
        [
            Title("Trajectplan tweede spoor"),
            Fields(
                [
                    ("Kandidaat", "R. de Wit"),
                    ("BSN", bsn_d),
                    ("Opdrachtgever", "Glansrijk"),
                    ("Datum", fd(tp, "dash")),
                    ("Loopbaanadviseur", "A. de Ruiter"),
                ]
            ),
            Heading("Zoekprofiel"),
            Bullets(["Postbezorging (18 uur)", "Productiewerk licht, zittend", "Kantinemedewerker"]),
            Heading("Activiteiten"),
            Para("Cv, vacatures zoeken, sollicitatiegesprekken oefenen. Rapportage elke 8 weken."),
            Signatures(
                [
                    Sig("Loopbaanadviseur", "A. de Ruiter", "Nieuwe Koers", fd(tp, "dash")),
                    Sig("Kandidaat", "R. de Wit", "", fd(tp, "dash")),
                ]
            ),
        ],
        bureau,
        "trajectplan_tweede_spoor",
        tp,
    )
    vrs = [c.day(o) for o in (436, 492, 548)]
    prev = tp
    for i, d in enumerate(vrs, 1):
        c.pdf(
            f"08 Tweede spoor/Voortgangsrapportage {i} Nieuwe Koers.pdf",
            [
                Title("Voortgangsrapportage", sub=f"Tweede spoor - rapportage {i}"),
                Fields(
                    [("Kandidaat", "R. de Wit"), ("BSN", bsn_d), ("Periode", f"{fd(prev, 'dash')} - {fd(d, 'dash')}")]
                ),
                Para(
                    [
                        "Cv klaar, 5 sollicitaties.",
                        "8 sollicitaties, 1 gesprek bij een postbedrijf.",
                        "Proefplaatsing kantine (4 weken) niet voortgezet.",
                    ][i - 1]
                ),
                Signatures([Sig("Loopbaanadviseur", "A. de Ruiter", "Nieuwe Koers", fd(d, "dash"))]),
            ],
            bureau,
            "voortgangsrapportage_tweede_spoor",
            d,
        )
        prev = d
    er = c.day(604)
    c.pdf(
        "08 Tweede spoor/Eindrapportage Nieuwe Koers R. de Wit.pdf",
        [
            Title("Eindrapportage tweede spoor"),
            Fields([("Kandidaat", "R. de Wit"), ("BSN", bsn_d), ("Datum", fd(er, "dash"))]),
            Para("Geen plaatsing voor de 18 uur. Ramon heeft goed meegewerkt. Het traject wordt afgesloten."),
            Signatures([Sig("Loopbaanadviseur", "A. de Ruiter", "Nieuwe Koers", fd(er, "dash"))]),
        ],
        bureau,
        "eindrapportage_tweede_spoor",
        er,
    )
    tk = c.day(546)
    tk_rel = c.pdf(
        f"02 Arbodienst/Terugkoppeling spreekuur {fd(tk, 'dash')}.pdf",
        [
            Title("Terugkoppeling spreekuur"),
            Fields([("Werknemer", "R. de Wit"), ("BSN", bsn_d), ("Datum spreekuur", fd(tk, "dash"))]),
            Para(
                "De belastbaarheid is ongewijzigd: 12 uur per week aangepast eigen werk (geen machines, niet "
                "bovenhands, niet tillen boven 5 kg). Ik verwacht geen verbetering meer. Ik zie werknemer over zes "
                "weken terug."
            ),
            Signatures([Sig("Bedrijfsarts", ba, ba_f, fd(tk, "dash"))]),
        ],
        arbo,
        None,
        tk,
    )
    am = c.day(600)
    c.eml(
        "09 WIA/RE aanvraag actueel oordeel R. de Wit.eml",
        rook,
        yvonne,
        "RE: aanvraag actueel oordeel R. de Wit",
        am,
        "Beste Yvonne,\n\nDe heer Koopman is tot nader bericht afwezig en er is nog geen vervangend bedrijfsarts voor "
        "Glansrijk. Om de WIA-aanvraag van de heer De Wit niet te vertragen, stel ik het actueel oordeel op aan de "
        "hand van het dossier en een telefonisch gesprek met de heer De Wit. U ontvangt het volgende week.\n\n"
        "Met vriendelijke groet,\n\nMarloes Rook\nCasemanager verzuim\nArbodienst Noord-Veluwe",
        hour=15,
        minute=52,
    )
    brief = c.day(609)
    c.scan(
        "09 WIA/UWV brief week 88.pdf",
        [
            Title("Aanvraag WIA-uitkering door uw werknemer"),
            Fields([("Datum", fd(brief)), ("Werknemer", "R. de Wit"), ("BSN", bsn_d)]),
            Para(
                f"Uw werknemer kan nu een WIA-uitkering aanvragen, uiterlijk op {fd(c.d0 + 650 * DAY)}. Stuur het "
                "re-integratieverslag binnen 1 dag na de aanvraag."
            ),
        ],
        UWV,
        "uwv_correspondentie",
        brief,
    )
    ao = c.day(614)
    ao_rel = c.pdf(
        "09 WIA/Actueel oordeel R. de Wit.pdf",
        [
            Title("Actueel oordeel", sub="ten behoeve van de WIA-aanvraag"),
            Fields(
                [
                    ("Werknemer", "R. de Wit"),
                    ("BSN", bsn_d),
                    ("Werkgever", "Glansrijk Schoonmaakdiensten B.V."),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(ao, "dash")),
                    ("Opgesteld door", "M. Rook, casemanager verzuim"),
                ]
            ),
            Para(
                "Dit actueel oordeel is opgesteld door de casemanager van Arbodienst Noord-Veluwe op basis van het "
                f"verzuimdossier, de terugkoppeling van het spreekuur van {fd(tk, 'dash')} en een telefonisch gesprek "
                f"met werknemer op {fd(c.day(611), 'dash')}. De bedrijfsarts was in deze periode afwezig."
            ),
            Heading("Belastbaarheid"),
            Para(
                "12 uur per week aangepast eigen werk: geen machines, niet bovenhands, niet tillen boven 5 kg. Stabiel."
            ),
            Heading("Stand van de re-integratie"),
            Para(
                "Werknemer werkt structureel 12 uur op zijn eigen object. Het tweede spoor is afgesloten zonder plaatsing."
            ),
            Heading("Arbeidsrelatie"),
            Para("De arbeidsrelatie is goed; werknemer en werkgever werken prettig samen."),
            Heading("Passende arbeid bij de werkgever"),
            Para("Passende arbeid bij de werkgever is er voor 12 uur per week; voor meer uren niet."),
            Signatures(
                [Sig("Casemanager verzuim", "M. Rook", "casemanager verzuim, Arbodienst Noord-Veluwe", fd(ao, "dash"))]
            ),
        ],
        arbo,
        "actueel_oordeel",
        ao,
    )
    ev = c.day(627)
    ev_rel = c.pdf(
        "09 WIA/Eindevaluatie R. de Wit.pdf",
        [
            Title("Eindevaluatie", sub="re-integratieverslag WIA"),
            Fields(
                [
                    ("Werknemer", "Ramon de Wit"),
                    ("BSN", bsn_d),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(ev, "dash")),
                ]
            ),
            Heading("Aard van het bedrijf"),
            Para(
                "Glansrijk Schoonmaakdiensten B.V. verzorgt de schoonmaak van kantoren en scholen in Oost-Nederland, met ongeveer 260 medewerkers."
            ),
            Heading("Terugblik"),
            Para(
                "Ramon werkt sinds de zomer van 2024 in aangepast eigen werk, nu structureel 12 van 30 uur. Het tweede "
                f"spoor bij Nieuwe Koers liep van {fd(tp)} tot {fd(er)} en leverde geen werk op."
            ),
            Heading("Oordeel werkgever over de arbeidsrelatie"),
            Para("De arbeidsrelatie is goed."),
            Heading("Oordeel werkgever over passende arbeid"),
            Para(
                "Wij bieden Ramon 12 uur passende arbeid op zijn eigen object. Meer passende arbeid is er binnen Glansrijk niet."
            ),
            Para(f"Deze eindevaluatie is gebaseerd op het actueel oordeel van de arbodienst van {fd(ao)}."),
            Signatures(
                [
                    Sig("Werkgever", "Y. Schipper", "HR-adviseur", fd(ev, "dash")),
                    Sig("Werknemer", "R. de Wit", "", fd(ev, "dash")),
                ]
            ),
        ],
        emp,
        "eindevaluatie",
        ev,
    )
    ow = c.day(633)
    c.scan(
        "09 WIA/Oordeel werknemer R. de Wit.pdf",
        [
            Title("Oordeel werknemer"),
            Fields([("Naam", "R. de Wit"), ("BSN", bsn_d), ("Datum", fd(ow, "dash"))]),
            Para("Ik ben het eens met het re-integratieverslag. Ik werk graag mijn 12 uur door."),
            Signatures([Sig("Werknemer", "R. de Wit", "", fd(ow, "dash"))]),
        ],
        Style(key="ramon", org="R. de Wit", font="sans", letterhead="none", footer=" "),
        "oordeel_werknemer",
        ow,
        producer="HP ScanJet Pro",
    )
    c.yaml_file(
        f'werknemer: {{naam: "Ramon de Wit", bsn: "{bsn}", functie: "Schoonmaakmedewerker"}}\n'
        'werkgever: {naam: "Glansrijk Schoonmaakdiensten B.V.", aard_van_het_bedrijf: "Schoonmaak van kantoren en scholen"}\n'
        'bedrijfsarts: {naam: "A.M. Koopman", organisatie: "Arbodienst Noord-Veluwe"}\n'
        'casemanager: {naam: "Yvonne Schipper"}\n'
        f"eerste_ziektedag: {d0.isoformat()}\n"
        f"aanvraag_wia: {aanvraag.isoformat()}\n"
    )

    # --- checks -----------------------------------------------------------------------------------------
    c.assert_absent(ao_rel, r"koopman|\bbig\b|bedrijfsarts,|bedrijfsarts:")
    c.assert_present(ao_rel, "casemanager verzuim", "arbeidsrelatie", "passende arbeid")
    c.assert_present(ev_rel, "aard van het bedrijf", "arbeidsrelatie", "passende arbeid")
    assert ao < ev < aanvraag and (aanvraag - ao).days <= 56 and c.off(ev) <= 636 and c.off(aanvraag) <= 650
    assert c.off(tp) <= 406 and 46 <= c.week(eje) <= 52 and c.off(m42) <= 294 and (pva - pa).days <= 14
    chain = [tp, *vrs, er]
    assert max((b - a).days for a, b in itertools.pairwise(chain)) <= 63
    assert not g.bsn_valid(kvk) and not g.bsn_valid(iban_acc) and bank11(iban_acc)
    assert 10 <= c.n_documents() <= 25, c.n_documents()

    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": aanvraag.isoformat(),
        "planted": (
            f"checked in week {c.week(c.as_of)} (D0+{c.off(c.as_of)}), after the application (D0+{c.off(aanvraag)}, "
            f"week {c.week(aanvraag)}, dossier.yaml). The only actueel oordeel ('{ao_rel}', D0+{c.off(ao)}, week "
            f"{c.week(ao)}) was drawn up and signed by the arbodienst's casemanager verzuim, not by a bedrijfsarts: "
            "'Opgesteld door: M. Rook, casemanager verzuim'; it says the bedrijfsarts was away and that it rests on "
            "the file, an earlier terugkoppeling and a phone call; no bedrijfsarts name, BIG number or bedrijfsarts "
            "signature (asserted). The arbodienst's mail (D0+"
            f"{c.off(am)}) explains why. No other AO exists. Traps: the AO otherwise looks complete (belastbaarheid, "
            "stand van zaken, arbeidsrelatie, passende arbeid) and is fresh and in order "
            f"({(aanvraag - ao).days} days before the application, before the EV of D0+{c.off(ev)}); the bedrijfsarts's "
            f"last terugkoppeling (D0+{c.off(tk)}, week {c.week(tk)}) is no AO; the EV names 'het actueel oordeel van "
            "de arbodienst' and covers aard, arbeidsrelatie and passende arbeid; part-time: 12 of 30 hours "
            f"structurally in adapted own work, a 2nd track for the other 18 hours on time (trajectplan D0+{c.off(tp)}) "
            "with reports every 56 days and an eindrapportage; an IBAN whose account number passes the bank "
            "eleven-test and an 8-digit KvK number on the employer's letterhead; the EJE, one meeting, UWV's letters "
            "and the oordeel werknemer are copier scans; BSN with dots. Only four meeting reports are filed (a "
            "selection): evaluation gaps are not judged here."
        ),
        "must": [
            e(
                "§8.5 form (E): signatures where required, PA/AO: bedrijfsarts; §8.1 (E): the actueel oordeel is "
                "mandatory and is the bedrijfsarts's view (Regeling art. 6 i-k, §1.3 'by the bedrijfsarts'); this one "
                "is by a casemanager, so the case has no AO of a bedrijfsarts. Any error about the AO counts "
                "(form, unsigned or missing)",
                type="actueel_oordeel",
                severity="error",
            ),
        ],
        "must_not": [
            *missing_present(
                c,
                [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "bijstelling_plan_van_aanpak",
                    "eerstejaarsevaluatie",
                    "arbeidsdeskundig_rapport",
                    "ziekmelding_uwv",
                    "trajectplan_tweede_spoor",
                    "voortgangsrapportage_tweede_spoor",
                    "eindrapportage_tweede_spoor",
                    "eindevaluatie",
                    "oordeel_werknemer",
                ],
            ),
            e(
                "§8.2: no bijstelling probleemanalyse is known or referred to",
                code="missing",
                type="bijstelling_probleemanalyse",
            ),
            e("§8.2: no deskundigenoordeel is referred to", code="missing", type="deskundigenoordeel"),
            e(
                f"§8.4: the AO is {(aanvraag - ao).days} days before the application (it is wrong in author, not in age)",
                code="outdated",
                type="actueel_oordeel",
            ),
            e(
                f"§8.4: the EV is {(aanvraag - ev).days} days before the application",
                code="outdated",
                type="eindevaluatie",
            ),
            e(f"§8.3: AO D0+{c.off(ao)} before EV D0+{c.off(ev)}, both before the application", code="order"),
            e(
                f"§8.3: PA D0+{c.off(pa)}, PvA PA+{(pva - pa).days}, 42e D0+{c.off(m42)}, EJE week {c.week(eje)}, "
                f"trajectplan D0+{c.off(tp)}, EV D0+{c.off(ev)}, application D0+{c.off(aanvraag)}",
                code="late",
            ),
            e("§8.3 (2nd track, §7): reports 56 days apart, then an eindrapportage", code="report_gap"),
            e("§8.6: aard, arbeidsrelatie and passende arbeid", code="content", path=ev_rel),
            e("§8.6: goal, activities, terms, evaluations, casemanager, both visies", code="content", path=pva_rel),
            e("§8.6: both visies", code="content", path=eje_rel),
            e("§8.5: signed by both", code="unsigned", path=ev_rel),
            e("§8.5: signed by both", code="unsigned", path=pva_rel),
            e("§8.5: signed by both (scan)", code="unsigned", path=eje_rel),
            e("§8.5: signed by both", code="unsigned", path="03 Plan van aanpak/Bijstelling PvA spoor 2 R. de Wit.pdf"),
            e("§8.7/§5.3: limitations only", code="medical_data", path=ao_rel),
            e("§8.7/§5.3: limitations only", code="medical_data", path=tk_rel),
            e("§8.7/§5.3: no health data", code="medical_data", path=ev_rel),
            e(
                "§8.5/§5.2: one employee BSN, valid (asserted); the IBAN account and KvK fail the elfproef",
                code="bsn_invalid",
            ),
            e("§8.5: one BSN throughout", code="bsn_mismatch"),
            e("§8.3: nothing early", code="early"),
            e("§8.3: no document is dated after as_of", code="future"),
            e("§8.8 and §1.2: every document is different", code="duplicate"),
            e("§8.3 (§2.3): no vrijwillige verlenging", code="extension"),
            e("§8 input (dossier.yaml, CONTRACT): dossier.yaml has no overrides", code="override_unused"),
        ],
    }
    return c, exp


# ============================================================================================
# Case 5: Ziektewet - the eindevaluatie was made five weeks after the employment ended
# ============================================================================================


def case_zw_ev_na_einde_dienstverband() -> tuple[Case, dict[str, Any]]:
    c = Case("zw_eindevaluatie_na_einde_dienstverband", dt.date(2025, 1, 20), 171)
    bsn = employee_bsn(c.name)
    kvk = make_failing(8)
    mobile, mobile9 = make_mobile()
    d0 = c.d0
    geb = dt.date(1996, 10, 2)
    last_day = c.day(130)  # Friday 30 May 2025
    end = d0 + 131 * DAY  # Saturday 31 May 2025: the contract ends
    riv_date = c.day(168)

    emp = Style(
        key="zilvermeeuw",
        org="Hotel-Restaurant De Zilvermeeuw",
        org_lines=(
            "Koningin Wilhelmina Boulevard 30, 2202 GV Noordwijk",
            f"071 - 361 20 40  ·  KvK {kvk}  ·  hr@zilvermeeuw.example",
        ),
        font="serif",
        accent=(0, 60, 90),
        letterhead="centered",
        footer="Hotel-Restaurant De Zilvermeeuw  ·  Noordwijk aan Zee",
        producer="Microsoft® Word 2021",
        author="Marieke Dekker",
    )
    arbo = Style(
        key="arbo-en-zo",
        org="Arbo & Zo Haaglanden",
        org_lines=("Prinses Beatrixlaan 5, 2595 AK Den Haag", "www.arbo-en-zo.example"),
        font="sans",
        accent=(200, 30, 100),
        letterhead="left",
        fields_as_table=True,
        footer="Arbo & Zo Haaglanden  ·  vertrouwelijk",
        producer="Arbo & Zo portaal",
    )
    marieke = "Marieke Dekker <hr@zilvermeeuw.example>"
    kevin = "Kevin Wouters <kevinwouters96@mail.example>"
    ba, ba_f = "drs. F. Haverkamp", "bedrijfsarts, BIG 39047762201"

    c.eml(
        "Verzuim/ziekmelding Kevin.eml",
        kevin,
        marieke,
        "ziekmelding",
        d0,
        "Hoi Marieke,\n\nIk kan vandaag niet werken, ik meld me ziek. Ik heb Bart al gebeld voor de ontbijtdienst.\n"
        f"Bereikbaar op {mobile}.\n\nGr Kevin",
        hour=6,
        minute=2,
    )
    c.eml(
        "Verzuim/Ziekmelding aan Arbo & Zo.eml",
        marieke,
        "Arbo & Zo Meldingen <meldingen@arbo-en-zo.example>",
        "Ziekmelding K. Wouters - De Zilvermeeuw",
        d0,
        f"Goedemorgen,\n\nHierbij de ziekmelding van Kevin Wouters, zelfstandig werkend kok, 38 uur, geboren "
        f"{fd(geb, 'dash')}. Eerste ziektedag: {fd(d0, 'dash')}. Contract voor bepaalde tijd tot en met "
        f"{fd(end, 'dash')}. Verwachte duur onbekend, geen bedrijfsongeval.\n\nMet vriendelijke groet,\n"
        "Marieke Dekker\nHR De Zilvermeeuw",
        hour=9,
        minute=44,
    )
    pa = c.day(37)
    c.pdf(
        "Arbodienst/Probleemanalyse K. Wouters.pdf",
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Werknemer", "K. Wouters"),
                    ("BSN", bsn),
                    ("Werkgever", "Hotel-Restaurant De Zilvermeeuw"),
                    ("Functie", "Zelfstandig werkend kok, 38 uur"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(pa, "dash")),
                ]
            ),
            Heading("Beperkingen en mogelijkheden"),
            Para(
                "Niet langer dan een uur staan, niet tillen boven 10 kg, geen late diensten. Zittend werk in dagdelen is mogelijk."
            ),
            Heading("Prognose"),
            Para("Herstel verwacht binnen enkele maanden; er is sprake van dreigend langdurig verzuim."),
            Heading("Advies"),
            Para(
                "Maak binnen twee weken een plan van aanpak. Start met zittende voorbereidende keukentaken, 3 x 3 uur."
            ),
            Signatures([Sig("Bedrijfsarts", ba, ba_f, fd(pa, "dash"))]),
        ],
        arbo,
        "probleemanalyse",
        pa,
    )
    pva = c.day(46)
    pva_rel = c.pdf(
        "Re-integratie/Plan van aanpak Kevin Wouters.pdf",
        [
            Title("Plan van aanpak"),
            Fields(
                [
                    ("Werknemer", "Kevin Wouters"),
                    ("BSN", bsn),
                    ("Functie", "Zelfstandig werkend kok"),
                    ("Dienstverband", f"bepaalde tijd, tot en met {fd(end, 'dash')}"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Casemanager", "Marieke Dekker, HR"),
                ]
            ),
            Heading("Doel"),
            Para("Terugkeer in het eigen werk als kok, eerst met zittend voorbereidend werk."),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    [
                        "Mise-en-place aan tafel (snijden, sauzen, desserts voorbereiden), 3 x 3 uur",
                        "Kevin / Bart (chef)",
                        "vanaf " + fd(c.day(49), "dash"),
                    ],
                    ["Uitbreiden naar 3 x 4 uur", "Kevin", "na spreekuur bedrijfsarts"],
                    ["Evaluatie", "Kevin / Marieke", "elke 4 weken"],
                ],
            ),
            Heading("Visie werkgever"),
            Para("We houden Kevin graag in de keuken tot het einde van zijn contract."),
            Heading("Visie werknemer"),
            Para("Ik wil zo snel mogelijk weer aan het fornuis staan."),
            Signatures(
                [
                    Sig("Werkgever", "M. Dekker", "HR-medewerker", fd(pva, "dash")),
                    Sig("Werknemer", "K. Wouters", "", fd(pva, "dash")),
                ]
            ),
        ],
        emp,
        "plan_van_aanpak",
        pva,
    )
    m = [c.day(o) for o in (77, 105, 126)]
    c.docx(
        f"Re-integratie/Verslag gesprek {fd(m[0], 'dash')}.docx",
        [
            Title("Verslag gesprek"),
            Fields([("Datum", fd(m[0], "dash")), ("Aanwezig", "Kevin Wouters, Marieke Dekker"), ("BSN", bsn)]),
            Para("Kevin doet 3 x 3 uur mise-en-place. Gaat goed. Volgende stap 3 x 4 uur."),
        ],
        emp,
        "tussentijdse_evaluatie",
        m[0],
    )
    c.photo(
        f"Re-integratie/IMG_{m[1]:%Y%m%d}_161204.jpg",
        [
            Title("Verslag gesprek"),
            Fields([("Datum", fd(m[1], "dash")), ("Aanwezig", "Kevin, Marieke, Bart")]),
            Para(
                f"3 x 4 uur mise-en-place. Contract loopt af op {fd(end, 'dash')}; verlenging zit er niet in (zie brief)."
            ),
            Signatures(
                [
                    Sig("Werkgever", "M. Dekker", "", fd(m[1], "dash")),
                    Sig("Werknemer", "K. Wouters", "", fd(m[1], "dash")),
                ]
            ),
        ],
        emp,
        "tussentijdse_evaluatie",
        m[1],
        hour=16,
    )
    c.pdf(
        f"Re-integratie/Verslag gesprek {fd(m[2], 'dash')}.pdf",
        [
            Title("Verslag gesprek"),
            Fields([("Datum", fd(m[2], "dash")), ("Aanwezig", "Kevin Wouters, Marieke Dekker"), ("BSN", bsn)]),
            Para(
                f"Laatste gesprek voor het einde van het contract op {fd(end, 'dash')}. Kevin werkt 3 x 4 uur. Na het "
                "einde van het dienstverband krijgt hij ziekengeld van UWV. Marieke meldt hem ziek bij UWV op de "
                "laatste werkdag."
            ),
            Signatures(
                [
                    Sig("Werkgever", "M. Dekker", "HR-medewerker", fd(m[2], "dash")),
                    Sig("Werknemer", "K. Wouters", "", fd(m[2], "dash")),
                ]
            ),
        ],
        emp,
        "tussentijdse_evaluatie",
        m[2],
    )
    az = c.day(98)
    c.pdf(
        "Personeelszaken/Brief einde arbeidsovereenkomst.pdf",
        [
            Title("Einde arbeidsovereenkomst"),
            Para(f"Noordwijk, {fd(az)}"),
            Para("Beste Kevin,"),
            Para(
                f"Je arbeidsovereenkomst voor bepaalde tijd eindigt op {fd(end)}. Wij laten je hierbij weten dat wij "
                "de overeenkomst niet verlengen. Je ontvangt de eindafrekening met je laatste salaris."
            ),
            Signatures([Sig("Directie", "J. van Rijn", "directeur", fd(az, "dash"))]),
        ],
        emp,
        None,
        az,
    )
    ao = c.day(121)
    ao_rel = c.pdf(
        "Arbodienst/Actueel oordeel K. Wouters.pdf",
        [
            Title("Actueel oordeel", sub="in verband met einde dienstverband (Ziektewet)"),
            Fields(
                [
                    ("Werknemer", "K. Wouters"),
                    ("BSN", bsn),
                    ("Werkgever", "Hotel-Restaurant De Zilvermeeuw"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(ao, "dash")),
                ]
            ),
            Heading("Belastbaarheid"),
            Para("Zittend en licht wisselend werk, 3 x 4 uur per week. Staan maximaal een uur achtereen."),
            Heading("Arbeidsrelatie"),
            Para("Goed; het dienstverband eindigt door het aflopen van het contract."),
            Heading("Passende arbeid bij de werkgever"),
            Para(
                "De mise-en-place taken zijn passend; na het einde van het contract is er geen werk meer bij deze werkgever."
            ),
            Signatures([Sig("Bedrijfsarts", ba, ba_f, fd(ao, "dash"))]),
        ],
        arbo,
        "actueel_oordeel",
        ao,
    )
    c.pdf(
        "UWV/Ziekmelding UWV einde dienstverband.pdf",
        [
            Title("Ziekmelding bij einde dienstverband"),
            Fields(
                [
                    ("Werkgever", "Hotel-Restaurant De Zilvermeeuw"),
                    ("Werknemer", "K. Wouters"),
                    ("BSN", bsn),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Einde dienstverband", fd(end, "dash")),
                    ("Datum melding", fd(last_day, "dash")),
                ]
            ),
            Para("Melding via het werkgeversportaal: werknemer is ziek op de laatste dag van het dienstverband."),
        ],
        Style(
            key="zm-portal",
            org="Hotel-Restaurant De Zilvermeeuw",
            org_lines=("salarisadministratie",),
            font="sans",
            accent=(60, 60, 60),
            letterhead="left",
            footer="afdruk werkgeversportaal",
            producer="Chromium",
        ),
        "ziekmelding_uwv",
        last_day,
    )
    brief = c.day(155)
    deadline = d0 + 169 * DAY
    c.scan(
        "UWV/Brief UWV re-integratieverslag.pdf",
        [
            Title("Wij vragen u om het re-integratieverslag"),
            Fields([("Datum", fd(brief)), ("Werknemer", "K. Wouters"), ("BSN", bsn), ("Einde dienstverband", fd(end))]),
            Para(
                "Uw werknemer is ziek uit dienst gegaan en krijgt ziekengeld. Wij vragen u het re-integratieverslag "
                f"binnen 2 weken, uiterlijk op {fd(deadline)}, te uploaden in het werkgeversportaal."
            ),
        ],
        UWV,
        "uwv_correspondentie",
        brief,
    )
    mail = c.day(158)
    ev = c.day(164)
    c.eml(
        "Re-integratie/Eindevaluatie maken.eml",
        marieke,
        kevin,
        "UWV vraagt het re-integratieverslag",
        mail,
        "Hoi Kevin,\n\nUWV heeft ons gevraagd het re-integratieverslag te sturen. Alles is er, behalve de "
        f"eindevaluatie: die hadden we voor je laatste werkdag moeten maken. Kun je op {fd(ev, 'weekday')} om 14.00 "
        "uur langskomen om die samen in te vullen en te tekenen?\n\nGroetjes,\nMarieke",
        hour=11,
        minute=30,
    )
    ev_rel = c.pdf(
        "Re-integratie/Eindevaluatie K. Wouters.pdf",
        [
            Title("Eindevaluatie"),
            Fields(
                [
                    ("Werknemer", "Kevin Wouters"),
                    ("BSN", bsn),
                    ("Functie", "Zelfstandig werkend kok"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Einde dienstverband", fd(end, "dash")),
                    ("Datum eindevaluatie", fd(ev, "dash")),
                ]
            ),
            Para(
                f"Deze eindevaluatie is opgesteld na het einde van het dienstverband, naar aanleiding van de brief "
                f"van UWV van {fd(brief)}."
            ),
            Heading("Aard van het bedrijf"),
            Para(
                "Hotel-restaurant aan zee met 60 kamers, een restaurant en zalen; ongeveer 45 medewerkers, in de zomer meer."
            ),
            Heading("Terugblik"),
            Para(
                f"Kevin deed vanaf maart zittende mise-en-place, eerst 3 x 3 en later 3 x 4 uur. Zijn contract liep af "
                f"op {fd(end)}. Sindsdien krijgt hij ziekengeld van UWV."
            ),
            Heading("Arbeidsrelatie"),
            Para("De arbeidsrelatie was tot het einde van het contract goed."),
            Heading("Passende arbeid"),
            Para(
                "Tot het einde van het contract had Kevin passend werk in de keuken. Na het einde van het contract is er geen passende arbeid bij ons."
            ),
            Signatures(
                [
                    Sig("Werkgever", "M. Dekker", "HR-medewerker", fd(ev, "dash")),
                    Sig("Werknemer", "K. Wouters", "", fd(ev, "dash")),
                ]
            ),
        ],
        emp,
        "eindevaluatie",
        ev,
    )
    ow = c.day(165)
    c.photo(
        f"Re-integratie/IMG_{ow:%Y%m%d}_210955.jpg",
        [
            Title("Mijn oordeel over het re-integratieverslag"),
            Fields([("Naam", "Kevin Wouters"), ("BSN", bsn), ("Datum", fd(ow, "dash"))]),
            Para(
                "Ik heb alle stukken gelezen. Ik ben het eens met het plan van aanpak en de eindevaluatie. Ik vind "
                "het jammer dat mijn contract niet verlengd is."
            ),
            Signatures([Sig("Werknemer", "K. Wouters", "", fd(ow, "dash"))]),
        ],
        Style(key="kevin", org="K. Wouters", font="sans", letterhead="none", footer=" "),
        "oordeel_werknemer",
        ow,
        hour=21,
    )
    c.yaml_file(
        "# Ziektewet: ziek uit dienst per 31-05-2025\n"
        f'werknemer: {{naam: "Kevin Wouters", bsn: "{bsn}", functie: "Zelfstandig werkend kok"}}\n'
        'werkgever: {naam: "Hotel-Restaurant De Zilvermeeuw", aard_van_het_bedrijf: "Hotel-restaurant, 45 medewerkers"}\n'
        'bedrijfsarts: {naam: "drs. F. Haverkamp", organisatie: "Arbo & Zo Haaglanden"}\n'
        'casemanager: {naam: "Marieke Dekker"}\n'
        f"eerste_ziektedag: {d0.isoformat()}\n"
        f"aanvraag_wia: {riv_date.isoformat()}   # datum waarop het re-integratieverslag naar UWV ging\n"
    )

    # --- checks -----------------------------------------------------------------------------------------
    assert end.isoformat() == "2025-05-31" and last_day.isoformat() == "2025-05-30"
    assert c.off(end) >= 70  # ≥ 10 weeks: a full RIV
    assert ao < end < ev and (ev - end).days == 33 and ev < riv_date <= deadline
    assert (riv_date - ao).days <= 56 and c.off(ev) <= 636
    assert (pva - pa).days <= 14 and c.off(pa) <= 42
    c.assert_gaps([pva, *m], until_as_of=False)
    c.assert_present(ev_rel, "aard van het bedrijf", "arbeidsrelatie", "passende arbeid")
    c.assert_absent(ao_rel, r"eindevaluatie")
    for rel, t in c.types.items():
        if t == "tussentijdse_evaluatie":
            c.assert_absent(rel, r"eindevaluatie")
    assert not g.bsn_valid(kvk) and not g.bsn_valid(mobile9)
    assert 10 <= c.n_documents() <= 25, c.n_documents()

    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": riv_date.isoformat(),
        "checklist": "ziektewet-riv",
        "planted": (
            f"Ziektewet (ziek uit dienst): the fixed-term contract ended on {fd(end, 'dash')} (D0+{c.off(end)}, week "
            f"{c.week(end)}, so a full RIV); checked in week {c.week(c.as_of)} (D0+{c.off(c.as_of)}) with --checklist "
            f"ziektewet-riv; dossier.yaml gives the date the RIV went to UWV ({fd(riv_date, 'dash')}, aanvraag_wia). "
            f"The eindevaluatie ('{ev_rel}', {fd(ev, 'dash')}) was made {(ev - end).days} days after the employment "
            "ended, only after UWV's letter asked for the RIV (the EV and HR's mail say so); UWV wants it at the "
            "latest on the last day of employment. Traps: the EV is complete (aard van het bedrijf, arbeidsrelatie, "
            "passende arbeid, both signatures) and before the RIV date; the AO "
            f"(D0+{c.off(ao)}) is before the end of employment, before the EV and {(riv_date - ao).days} days before "
            "the RIV date (inside §2.5's 8 weeks); the sick report to UWV was made on the last working day "
            f"({fd(last_day, 'dash')}), as ZW art. 38 lid 2 asks, so no 42e-weeksmelding; sick for "
            f"{c.week(c.as_of)} weeks, so no EJE, AD-rapport or 2nd track; the employer's letter about the end of the "
            "contract (no RIV document); 'verlenging' in a meeting photo is about the contract, not a vrijwillige "
            "verlenging; the oordeel werknemer is a phone photo (EXIF 6) that agrees; a mobile "
            "number written +31 6 (9 digits after +31, failing the elfproef) and an 8-digit KvK number; BSN plain. "
            "No meeting after the employment ended (none is expected), so evaluation gaps are not judged."
        ),
        "must": [
            e(
                "§8.3 deadlines (the EV, 'EV ... ≤ D0+636') as §2.3 sets them for ziek uit dienst: UWV wants the "
                f"eindevaluatie at the latest on the last day of employment; this one is {(ev - end).days} days after "
                "the employment ended",
                code="late",
                type="eindevaluatie",
            ),
        ],
        "must_not": [
            *missing_present(
                c,
                [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "actueel_oordeel",
                    "eindevaluatie",
                    "oordeel_werknemer",
                    "ziekmelding_uwv",
                ],
            ),
            e(
                f"§8.1: sick for {c.week(c.as_of)} weeks; no EJE is due (D0+52 weeks not reached)",
                code="missing",
                type="eerstejaarsevaluatie",
            ),
            e("§8.2: no AD-rapport is expected before week 52", code="missing", type="arbeidsdeskundig_rapport"),
            e("§8.3: no 2nd track is expected before about D0+406", code="missing", type="trajectplan_tweede_spoor"),
            e("§8.2: no bijstelling is known", code="missing", type="bijstelling_probleemanalyse"),
            e("§8.2: no bijstelling is known", code="missing", type="bijstelling_plan_van_aanpak"),
            e(f"§8.3: PA D0+{c.off(pa)}", code="late", type="probleemanalyse"),
            e(f"§8.3: PvA PA+{(pva - pa).days}", code="late", type="plan_van_aanpak"),
            e(
                "§8.3 (§2.3, ZW art. 38 lid 2): the sick report to UWV was made on the last working day",
                code="late",
                type="ziekmelding_uwv",
            ),
            e(
                f"§8.3: the AO (D0+{c.off(ao)}) is before the EV and the end of employment",
                code="late",
                type="actueel_oordeel",
            ),
            e("§8.3: AO before EV, EV before the RIV date", code="order"),
            e(
                f"§8.4: AO {(riv_date - ao).days} days before the RIV date, EV {(riv_date - ev).days} days",
                code="outdated",
            ),
            e("§8.6: aard, arbeidsrelatie, passende arbeid", code="content", path=ev_rel),
            e("§8.6: goal, activities, terms, evaluations, casemanager, both visies", code="content", path=pva_rel),
            e("§8.5: signed by both", code="unsigned", path=ev_rel),
            e("§8.5: signed by both", code="unsigned", path=pva_rel),
            e("§8.7/§5.3: no health data in any document", code="medical_data"),
            e(
                "§8.5/§5.2: one employee BSN, valid (asserted); the mobile number and KvK are no BSNs",
                code="bsn_invalid",
            ),
            e("§8.5: one BSN throughout", code="bsn_mismatch"),
            e("§8.3: nothing early", code="early"),
            e("§8.3: no document is dated after as_of", code="future"),
            e("§8.8 and §1.2: every document is different", code="duplicate"),
            e("§8.3 (§2.3): no vrijwillige verlenging", code="extension"),
            e("§8 input (dossier.yaml, CONTRACT): dossier.yaml has no overrides", code="override_unused"),
        ],
    }
    return c, exp


# ============================================================================================
# Case 6: clean, week 47 - the eerstejaarsevaluatie is planned for week 50
# ============================================================================================


def case_schoon_week47() -> tuple[Case, dict[str, Any]]:
    c = Case("schoon_week47_eje_gepland_deeltijd", dt.date(2025, 3, 10), 326)
    bsn = employee_bsn(c.name)
    bsn_s = g.fmt_bsn(bsn, "spaces")
    kvk = make_failing(8)
    iban, iban_acc = make_iban("ABNA")
    mobile, mobile9 = make_mobile()
    d0 = c.d0
    geb = dt.date(1983, 7, 7)

    emp = Style(
        key="vosheijmans",
        org="Vos & Heijmans Installatietechniek B.V.",
        org_lines=(
            "Nijverheidsweg-Noord 112, 3812 PN Amersfoort",
            f"Storingsdienst {mobile}  ·  KvK {kvk}  ·  IBAN {iban}",
        ),
        font="sans",
        accent=(230, 100, 0),
        letterhead="band",
        footer="Vos & Heijmans Installatietechniek B.V.  ·  cv, warmtepompen, ventilatie",
        producer="Microsoft® Word 2019",
        author="Petra Heijmans",
    )
    arbo = Style(
        key="gezondwerk",
        org="Gezond Werk Arbodienst",
        org_lines=("Stadsring 175, 3817 BA Amersfoort", "033 - 470 33 30  ·  gezondwerk.example"),
        font="serif",
        accent=(0, 100, 140),
        letterhead="left",
        footer="Gezond Werk Arbodienst  ·  vertrouwelijk",
        producer="Gezond Werk Dossier",
    )
    ad_style = Style(
        key="arbeid-perspectief",
        org="Bureau Arbeid & Perspectief",
        org_lines=("Utrechtseweg 31, 3811 NA Amersfoort",),
        font="condensed",
        accent=(60, 60, 120),
        letterhead="left",
        footer="Bureau Arbeid & Perspectief  ·  arbeidsdeskundig advies",
        producer="LibreOffice 24.2",
    )
    petra = "Petra Heijmans <petra@vosheijmans.example>"
    bas = "Bas Hendriks <bas.hendriks83@mail.example>"
    ba, ba_f = "E. Smit-Dijkhuis", "bedrijfsarts, BIG 59031247801"

    c.eml(
        "1 Ziekmelding/Ziekmelding Bas.eml",
        bas,
        petra,
        "Ziek",
        d0,
        f"Petra,\n\nIk meld me ziek vandaag. Mijn storingen van vandaag heb ik aan Wouter doorgegeven.\n\nBas\n{mobile}",
        hour=7,
        minute=5,
    )
    pa = c.day(38)
    pa_rel = c.pdf(
        "2 Arbodienst/Probleemanalyse B. Hendriks.pdf",
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Werknemer", "B. Hendriks"),
                    ("Geboortedatum", fd(geb, "dash")),
                    ("BSN", bsn_s),
                    ("Werkgever", "Vos & Heijmans Installatietechniek B.V."),
                    ("Functie", "Servicemonteur, 36 uur"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(pa, "dash")),
                ]
            ),
            Heading("Beperkingen en mogelijkheden"),
            Para(
                "Niet klimmen (ladders, daken), niet langdurig knielen, niet tillen boven 15 kg. Werk op vloerniveau en kantoorwerk zijn mogelijk."
            ),
            Heading("Prognose"),
            Para("Gedeeltelijk herstel verwacht. Dreigend langdurig verzuim: ja."),
            Heading("Advies"),
            Para(
                "Maak binnen twee weken een plan van aanpak. Start met werkvoorbereiding op kantoor, 4 x 4 uur. In deze "
                "probleemanalyse zijn geen medische gegevens opgenomen."
            ),
            Signatures([Sig("Bedrijfsarts", ba, ba_f, fd(pa, "dash"))]),
        ],
        arbo,
        "probleemanalyse",
        pa,
    )
    pva = c.day(50)
    pva_rel = c.scan(
        "3 Plan van aanpak/PvA Bas Hendriks (getekend).pdf",
        [
            Title("Plan van aanpak"),
            Fields(
                [
                    ("Werknemer", "Bas Hendriks"),
                    ("BSN", bsn_s),
                    ("Functie", "Servicemonteur"),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Probleemanalyse", fd(pa, "dash")),
                    ("Casemanager", "Petra Heijmans, office manager"),
                ]
            ),
            Heading("Doel"),
            Para("Terugkeer in het eigen werk als servicemonteur (spoor 1)."),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["Werkvoorbereiding op kantoor, 4 x 4 uur", "Bas", "vanaf " + fd(c.day(51), "dash")],
                    ["Service op vloerniveau met een collega", "Bas / planning", "na advies bedrijfsarts"],
                    ["Evaluatie van dit plan", "Bas / Petra", "elke 5 weken"],
                ],
            ),
            Heading("Visie werkgever"),
            Para("Bas is een ervaren monteur. We willen hem terug in de bus, eerst met aangepast werk."),
            Heading("Visie werknemer"),
            Para("Ik wil weer de weg op. Kantoorwerk is goed om mee te beginnen."),
            Signatures(
                [
                    Sig("Werkgever", "P. Heijmans", "office manager", fd(pva, "dash")),
                    Sig("Werknemer", "B. Hendriks", "", fd(pva, "dash")),
                ]
            ),
        ],
        emp,
        "plan_van_aanpak",
        pva,
        producer="Brother MFC-L8900CDW",
    )
    meet_offs = [78, 112, 147, 182, 217, 252, 287, 320]
    meetings = [c.day(o) for o in meet_offs]
    notes = [
        "Bas doet werkvoorbereiding 4 x 4 uur: materiaal bestellen, werkbonnen, planning van de monteurs. Gaat goed.",
        "4 x 5 uur. Eén dag mee met Wouter voor onderhoud aan cv-ketels op de begane grond; Wouter doet het tillen.",
        "4 x 5 uur. Bas wil meer buiten werken. Afgesproken: twee dagen service op vloerniveau.",
        "Bas vertelde dat ██████████████████ [weggelakt: medische informatie hoort niet in dit verslag]. Uren blijven gelijk.",
        "De bedrijfsarts heeft de probleemanalyse bijgesteld: daken en ladders blijvend niet. Bijstelling van het plan van aanpak besproken en getekend op "
        + fd(c.day(207), "dash")
        + ".",
        "24 uur structureel: service op vloerniveau (cv, warmtepomp binnenunits), CO-metingen en werkvoorbereiding.",
        "24 uur. Arbeidsdeskundig onderzoek ingepland. De 42e-weeksmelding doet de salarisadministratie in december.",
        "Rapport arbeidsdeskundige besproken. Eerstejaarsevaluatie gepland op "
        + fd(c.day(345), "dash")
        + ". Geen medische gegevens besproken.",
    ]
    hours = ["16", "20", "20", "20", "24", "24", "24", "24"]
    fmts = ["docx", "pdf", "photo", "scan", "pdf", "eml", "pdf", "pdf"]
    meet_rels = []
    for i, (d, note, h, f) in enumerate(zip(meetings, notes, hours, fmts, strict=True)):
        nxt = meetings[i + 1] if i + 1 < len(meetings) else c.day(355)
        blocks = [
            Title("Evaluatiegesprek re-integratie"),
            Fields(
                [
                    ("Datum", fd(d, "dash")),
                    ("Werknemer", "Bas Hendriks"),
                    ("BSN", bsn_s),
                    ("Uren per week", f"{h} van 36"),
                ]
            ),
            Para(note),
            Para(f"Volgende evaluatie: {fd(nxt, 'dash')}."),
            Signatures(
                [Sig("Werkgever", "P. Heijmans", "", fd(d, "dash")), Sig("Werknemer", "B. Hendriks", "", fd(d, "dash"))]
            ),
        ]
        base = f"4 Evaluaties/{fd(d, 'iso')} evaluatie"
        if f == "docx":
            rel = c.docx(base + ".docx", blocks, emp, "tussentijdse_evaluatie", d)
        elif f == "pdf":
            rel = c.pdf(base + ".pdf", blocks, emp, "tussentijdse_evaluatie", d)
        elif f == "photo":
            rel = c.photo(f"4 Evaluaties/IMG_{d:%Y%m%d}_173015.jpg", blocks, emp, "tussentijdse_evaluatie", d, hour=17)
        elif f == "scan":
            rel = c.scan(
                f"4 Evaluaties/Scan {fd(d, 'iso')}.pdf",
                blocks,
                emp,
                "tussentijdse_evaluatie",
                d,
                producer="Brother MFC-L8900CDW",
            )
        else:
            rel = c.eml(
                base + ".eml",
                petra,
                bas,
                f"Evaluatie {fd(d, 'dash')}",
                d,
                f"Hoi Bas,\n\nEvaluatie van vandaag ({fd(d, 'dash')}), BSN {bsn_s}. Uren per week: {h} van 36.\n\n{note}\n\n"
                f"Volgende evaluatie: {fd(nxt, 'dash')}.\n\nGroet,\nPetra",
                type_="tussentijdse_evaluatie",
                hour=16,
            )
        meet_rels.append(rel)
    redacted_rel = meet_rels[3]
    bpa = c.day(196)
    bpa_rel = c.pdf(
        "2 Arbodienst/Bijstelling probleemanalyse B. Hendriks.pdf",
        [
            Title("Bijstelling probleemanalyse"),
            Fields(
                [
                    ("Werknemer", "B. Hendriks"),
                    ("BSN", bsn_s),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Datum", fd(bpa, "dash")),
                ]
            ),
            Heading("Wat is er veranderd"),
            Para(
                "De beperkingen voor klimmen (ladders, daken) zijn blijvend. Aangepast eigen werk op vloerniveau is "
                "mogelijk, 24 uur per week, met de verwachting dat dit groeit naar 32 uur."
            ),
            Heading("Advies"),
            Para("Stel het plan van aanpak bij: aangepast eigen werk als doel."),
            Signatures([Sig("Bedrijfsarts", ba, ba_f, fd(bpa, "dash"))]),
        ],
        arbo,
        "bijstelling_probleemanalyse",
        bpa,
    )
    bpva = c.day(207)
    bpva_rel = c.pdf(
        "3 Plan van aanpak/Bijstelling PvA Bas Hendriks.pdf",
        [
            Title("Bijstelling plan van aanpak"),
            Fields(
                [
                    ("Werknemer", "Bas Hendriks"),
                    ("BSN", bsn_s),
                    ("Datum", fd(bpva, "dash")),
                    ("Naar aanleiding van", f"bijstelling probleemanalyse {fd(bpa, 'dash')}"),
                    ("Casemanager", "Petra Heijmans"),
                ]
            ),
            Para(f"Deze bijstelling vervangt het plan van aanpak van {fd(pva, 'dash')}."),
            Heading("Nieuw doel"),
            Para(
                "Aangepast eigen werk: service en onderhoud op vloerniveau, geen daken en ladders. Eerst 24 uur, daarna groei naar 32 uur."
            ),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["Planning zonder daken en ladders", "Planning / Petra", "direct"],
                    ["24 uur service op vloerniveau en werkvoorbereiding", "Bas", "vanaf " + fd(c.day(210), "dash")],
                    ["Arbeidsdeskundig onderzoek", "Petra", "rond week 44"],
                    ["Evaluatie", "Bas / Petra", "elke 5 weken"],
                ],
            ),
            Heading("Visie werkgever"),
            Para("Wij hebben genoeg service op vloerniveau voor Bas."),
            Heading("Visie werknemer"),
            Para("Ik ben blij dat ik monteur kan blijven, ook zonder daken."),
            Signatures(
                [
                    Sig("Werkgever", "P. Heijmans", "office manager", fd(bpva, "dash")),
                    Sig("Werknemer", "B. Hendriks", "", fd(bpva, "dash")),
                ]
            ),
        ],
        emp,
        "bijstelling_plan_van_aanpak",
        bpva,
    )
    m42 = c.day(284)
    c.pdf(
        "5 UWV/Ziekmelding 42e week B. Hendriks.pdf",
        [
            Title("Ziekmelding langdurig zieke werknemer (42e week)"),
            Fields(
                [
                    ("Werkgever", "Vos & Heijmans Installatietechniek B.V."),
                    ("Werknemer", "B. Hendriks"),
                    ("BSN", bsn_s),
                    ("Eerste ziektedag", fd(d0, "dash")),
                    ("Gedeeltelijk hersteld", "24 van 36 uur"),
                    ("Datum melding", fd(m42, "dash")),
                ]
            ),
        ],
        Style(
            key="vh-salaris",
            org="Administratiekantoor Eemland",
            org_lines=("namens Vos & Heijmans Installatietechniek B.V.",),
            font="sans",
            accent=(60, 60, 60),
            letterhead="left",
            footer="afdruk werkgeversportaal",
            producer="Chromium",
        ),
        "ziekmelding_uwv",
        m42,
    )
    conf = c.day(296)
    c.scan(
        "5 UWV/Bevestiging UWV.pdf",
        [
            Title("Bevestiging ziekmelding en informatie over de eerstejaarsevaluatie"),
            Fields([("Datum", fd(conf)), ("Werknemer", "B. Hendriks"), ("BSN", bsn_s), ("Eerste ziektedag", fd(d0))]),
            Para(
                f"Wij hebben uw ziekmelding van {fd(m42)} ontvangen. Aan het einde van het eerste ziektejaar maakt u met "
                "uw werknemer de eerstejaarsevaluatie. U bespreekt wat u in het tweede jaar wilt bereiken."
            ),
        ],
        UWV,
        "uwv_correspondentie",
        conf,
    )
    ad = c.day(306)
    ad_rel = c.pdf(
        "6 Arbeidsdeskundige/Rapport AD-onderzoek B. Hendriks.pdf",
        [
            Title("Rapport arbeidsdeskundig onderzoek"),
            Fields(
                [
                    ("Werknemer", "B. Hendriks, BSN " + bsn_s),
                    ("Werkgever", "Vos & Heijmans Installatietechniek B.V."),
                    ("Datum", fd(ad, "dash")),
                    ("Arbeidsdeskundige", "K. de Graaf, register-arbeidsdeskundige"),
                ]
            ),
            Heading("Functiebelasting"),
            Para(
                "Servicemonteur: onderhoud en storingen aan cv-ketels, warmtepompen en ventilatie, CO-metingen, "
                "legionellapreventie bij collectieve installaties, werk op daken en ladders, ketels tot 40 kg."
            ),
            Heading("Conclusie"),
            Para(
                "Het aangepaste eigen werk (vloerniveau, geen daken, geen zware ketels) is passend voor 24 uur en "
                "groeit naar verwachting binnen drie maanden naar 32 uur. Een tweede spoor is nu niet nodig; bij de "
                "eerstejaarsevaluatie opnieuw beoordelen."
            ),
            Signatures([Sig("Arbeidsdeskundige", "K. de Graaf", "register-arbeidsdeskundige", fd(ad, "dash"))]),
        ],
        ad_style,
        "arbeidsdeskundig_rapport",
        ad,
    )
    inv = c.day(316)
    eje_planned = c.day(345)
    c.eml(
        "7 Eerstejaarsevaluatie/Uitnodiging eerstejaarsevaluatie.eml",
        petra,
        bas,
        "Uitnodiging eerstejaarsevaluatie",
        inv,
        f"Hoi Bas,\n\nOp {fd(eje_planned, 'weekday')} om 10.00 uur houden we de eerstejaarsevaluatie, op kantoor. "
        "We kijken terug op het eerste jaar en spreken af wat we in het tweede jaar willen bereiken. Neem het rapport "
        "van de arbeidsdeskundige mee.\n\nGroet,\nPetra",
        hour=9,
        minute=15,
    )
    c.yaml_file(
        f'werknemer: {{naam: "Bas Hendriks", bsn: "{bsn}", functie: "Servicemonteur"}}\n'
        'werkgever: {naam: "Vos & Heijmans Installatietechniek B.V.", aard_van_het_bedrijf: "Installatiebedrijf, 38 medewerkers"}\n'
        'bedrijfsarts: {naam: "E. Smit-Dijkhuis", organisatie: "Gezond Werk Arbodienst"}\n'
        'casemanager: {naam: "Petra Heijmans"}\n'
        f"eerste_ziektedag: {d0.isoformat()}\n"
    )

    # --- checks -----------------------------------------------------------------------------------------
    c.assert_gaps([pva, *meetings])
    assert c.week(c.as_of) == 47 and c.off(eje_planned) <= 363 and 46 <= c.week(eje_planned) <= 52
    assert eje_planned > c.as_of and (c.d0 + 363 * DAY - c.as_of).days >= 21
    assert c.off(m42) <= 294 and (pva - pa).days <= 14 and c.off(pa) <= 42 and (bpva - bpa).days <= 14
    c.assert_present(redacted_rel, "████", "weggelakt")
    for rel in (pva_rel, bpva_rel):
        c.assert_present(rel, "visie werkgever", "visie werknemer", "casemanager")
    assert not g.bsn_valid(kvk) and not g.bsn_valid(iban_acc) and bank11(iban_acc) and not g.bsn_valid(mobile9)
    assert 10 <= c.n_documents() <= 25, c.n_documents()

    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "planted": (
            f"nothing (yet). Checked in week {c.week(c.as_of)} (D0+{c.off(c.as_of)}): the eerstejaarsevaluatie is "
            f"planned for {fd(eje_planned, 'dash')} (D0+{c.off(eje_planned)}, week {c.week(eje_planned)}; the window "
            f"closes at D0+363, {(c.d0 + 363 * DAY - c.as_of).days} days after as_of), and the 2nd-track question "
            "(about D0+406) is still ahead. Traps: the folder '7 Eerstejaarsevaluatie' holds only the invitation; part-time adapted own work (24 of 36 hours) with a bijstelling PA "
            f"(D0+{c.off(bpa)}) followed {(bpva - bpa).days} days later by a bijstelling PvA that replaces the PvA; "
            "the AD-rapport (week 44) says no 2nd track now, with a concrete prospect of 32 hours within three "
            "months; the invitation mail names the EJE and its date (after as_of) but is no EJE; UWV's "
            "confirmation explains the EJE; meetings every 28-35 days (Word, PDF, a phone photo with EXIF 6, a "
            "copier scan with a correctly redacted sentence, an e-mail body), the last 7 days before as_of and "
            "naming the next one after it; the PA and a meeting say 'geen medische gegevens'; installer work words "
            "(CO-metingen, legionellapreventie); the employer's letterhead carries a mobile number written +31 6 "
            "(9 digits after +31, failing the elfproef), an IBAN whose account number passes the bank eleven-test and "
            "an 8-digit KvK number; the PvA and UWV's confirmation are copier scans; BSN with spaces."
        ),
        "must": [],
        "no_errors": True,
        "must_not": [
            *missing_present(
                c,
                [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "bijstelling_probleemanalyse",
                    "bijstelling_plan_van_aanpak",
                    "arbeidsdeskundig_rapport",
                    "ziekmelding_uwv",
                ],
            ),
            e(
                f"§8.1: the EJE is required once D0 + 52 weeks < as_of; as_of is week {c.week(c.as_of)} and the EJE "
                "is planned for week 50",
                code="missing",
                type="eerstejaarsevaluatie",
            ),
            *not_due_error(
                ["actueel_oordeel", "eindevaluatie", "oordeel_werknemer"],
                f"§8.1 is judged at as_of (week {c.week(c.as_of)}): AO, EV and OW belong to weeks 88-93",
            ),
            e(
                "§8.3: 2nd-track evidence is expected by about D0+406, and the AD-rapport motivates its absence",
                code="missing",
                type="trajectplan_tweede_spoor",
            ),
            e("§8.2: no deskundigenoordeel is referred to", code="missing", type="deskundigenoordeel"),
            e(
                f"§8.3: PA D0+{c.off(pa)}, PvA PA+{(pva - pa).days}, bijstelling PvA {(bpva - bpa).days} days after the "
                f"bijstelling PA, 42e-weeksmelding D0+{c.off(m42)}; the EJE window is still open",
                code="late",
            ),
            e("§8.3: meetings 28-35 days apart, the last 7 days before as_of (asserted)", code="evaluation_gap"),
            e("§8.3: no EJE yet, nothing early", code="early"),
            e(
                "§8.3: no document is dated after as_of (the EJE and the next meeting are plans named in texts)",
                code="future",
            ),
            e("§8.3: AO/EV not made yet", code="order"),
            e("§8.4: no AO or EV yet", code="outdated"),
            e("§8.3 (2nd track, §7): no 2nd track", code="report_gap"),
            e("§8.5: signed by both (scan)", code="unsigned", path=pva_rel),
            e("§8.5: signed by both", code="unsigned", path=bpva_rel),
            e("§8.6: goal, activities, terms, evaluations, casemanager, both visies", code="content", path=pva_rel),
            e("§8.6: goal, activities, terms, evaluations, casemanager, both visies", code="content", path=bpva_rel),
            e("§8.7/§5.3: limitations only; 'geen medische gegevens' only", code="medical_data", path=pa_rel),
            e("§8.7/§5.3: the medical sentence is redacted (block characters)", code="medical_data", path=redacted_rel),
            e("§8.7/§5.3: CO-metingen and legionellapreventie are installer's work", code="medical_data", path=ad_rel),
            e("§8.7/§5.3: limitations only", code="medical_data", path=bpa_rel),
            e("§8.7/§5.3: no health data", code="medical_data"),
            e(
                "§8.5/§5.2: one employee BSN, valid (asserted); phone, IBAN account and KvK fail the elfproef",
                code="bsn_invalid",
            ),
            e("§8.5: one BSN throughout", code="bsn_mismatch"),
            e("§8.8 and §1.2: every document is different", code="duplicate"),
            e("§8.3 (§2.3): no vrijwillige verlenging", code="extension"),
            e("§8 input (dossier.yaml, CONTRACT): dossier.yaml has no overrides", code="override_unused"),
        ],
    }
    return c, exp


# ============================================================================================
# main
# ============================================================================================

HEADER = """\
# Expected findings of findings holdout 12. GENERATED by make_holdout12.py: edit the cases there.
# Written from DOMAIN.md (§8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without reading the
# rule code and without running the tool. Untouched holdout: do not tune the rules on it (if you do, say so in
# README.md).
#
# Per case: as_of (the --as-of date), optional checklist (like --checklist), planted (what is wrong and the traps),
# must / must_not (lists of {code?, type?, path?, severity?, why}); a finding matches an entry when every given key
# is equal. no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia repeat
# dossier.yaml (pva_zonder_termijnen_en_evaluatiemomenten has no dossier.yaml: its first_sick_day is the one the
# documents state).

"""


def main() -> int:
    if CASES.exists():
        shutil.rmtree(CASES)
    exp_path = HERE / "expected.yaml"
    if exp_path.exists():
        exp_path.unlink()
    builders = [
        case_pva_zonder_termijnen,
        case_bijstelling_pva_niet_getekend,
        case_ev_zonder_arbeidsrelatie,
        case_ao_door_casemanager,
        case_zw_ev_na_einde_dienstverband,
        case_schoon_week47,
    ]
    expected: dict[str, Any] = {}
    for build in builders:
        case, exp = build()
        # every path named in expected.yaml exists
        for entry in [*exp["must"], *exp["must_not"]]:
            if "path" in entry:
                assert (case.dir / entry["path"]).is_file(), (case.name, entry["path"])
            assert entry.get("why"), entry
        # dossier.yaml agrees with expected
        y = case.dir / "dossier.yaml"
        if y.exists():
            dy = yaml.safe_load(y.read_text(encoding="utf-8"))
            assert str(dy["eerste_ziektedag"]) == exp["first_sick_day"]
            assert str(dy.get("aanvraag_wia", "")) == exp.get("aanvraag_wia", "")
            assert g.bsn_valid(str(dy["werknemer"]["bsn"]))
        expected[case.name] = exp
        print(
            f"{case.name}: {case.n_documents()} documents, as_of {exp['as_of']}, "
            f"must {len(exp['must'])}, must_not {len(exp['must_not'])}"
        )
    assert sum(1 for x in expected.values() if x.get("no_errors")) == 1
    assert len(set(EMPLOYEE_BSNS.values())) == len(EMPLOYEE_BSNS) == 6
    assert all(g.bsn_valid(b) for b in EMPLOYEE_BSNS.values())
    text = yaml.safe_dump(expected, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    exp_path.write_text(HEADER + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
