"""Generate findings holdout 11: six synthetic case folders and expected.yaml.

Run:  .venv/bin/python tests/findings_holdout11/make_holdout11.py

Deterministic: seeded randomness, no clock reads, fixed dates in every file; it deletes and rewrites
``cases/`` and ``expected.yaml``. A rerun is byte-identical (checked with sha256 over every file).

Written from DOMAIN.md (mainly §8), CONTRACT.md, the finding codes of docs/handleiding.md §6 and the
writer API of samples/docgen.py. The tool was not run on these cases. All people, organisations,
addresses and numbers are invented; e-mail domains end in .example.
"""

# ruff: noqa: E501  (long Dutch prose in the documents and long expectation texts)
from __future__ import annotations

import datetime as dt
import itertools
import random
import shutil
import sys
from pathlib import Path
from typing import Any

import pikepdf
import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CASES = HERE / "cases"
sys.path.insert(0, str(REPO / "samples"))

import docgen as g  # noqa: E402
from docgen import Bullets, Fields, Heading, Para, Sig, Signatures, Style, Table, Title  # noqa: E402

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def wd(d: dt.date) -> dt.date:
    """Weekend dates move back to the Friday before."""
    if d.weekday() == 5:
        return d - dt.timedelta(days=1)
    if d.weekday() == 6:
        return d - dt.timedelta(days=2)
    return d


def week(off: int) -> int:
    return off // 7 + 1


def L(d: dt.date) -> str:
    return g.fmt_date(d, "long")


def DASH(d: dt.date) -> str:
    return g.fmt_date(d, "dash")


def bank_elfproef(s: str) -> bool:
    """The old Dutch bank-account eleven-test (weights 9..1, all positive)."""
    return sum(int(c) * w for c, w in zip(s, range(9, 0, -1), strict=True)) % 11 == 0


def make_bank_account(rng: random.Random) -> str:
    """A 9-digit account number that passes the bank eleven-test and (therefore) fails the BSN test."""
    while True:
        s = str(rng.randrange(100000000, 999999999))
        if s[-1] != "0" and bank_elfproef(s):
            assert not g.bsn_valid(s)
            return s


def iban(bank: str, account: str) -> str:
    bban = bank + account.zfill(10)
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(num) % 97
    raw = f"NL{check:02d}{bban}"
    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def failing(rng: random.Random, digits: int, prefix: str = "") -> str:
    """A number of ``digits`` digits (starting with prefix) that fails the BSN elfproef."""
    while True:
        s = prefix + "".join(str(rng.randrange(10)) for _ in range(digits - len(prefix)))
        if s[0] != "0" and not g.bsn_valid(s):
            return s


# house styles whose PDFs come from a portal or an HR/arbo system with the standard PDF fonts
CORE_FONT_STYLES = {
    "twentewaard",
    "twentewaard-portal",
    "veluwezoom",
    "stapsteen",
    "delta",
    "noorderpoort",
    "werkroute",
    "dekroon",
    "arboplus",
    "vanhoof",
    "drechtzorg",
    "merwede",
    "delinge",
    "nieuwekoers",
}


class Case:
    def __init__(self, name: str, d0: dt.date, as_of_off: int, seed: int) -> None:
        assert d0.weekday() == 0, "D0 is always a Monday"
        self.name = name
        self.dir = CASES / name
        self.d0 = d0
        self.as_of_off = as_of_off
        self.as_of = d0 + dt.timedelta(days=as_of_off)
        self.rng = random.Random(seed)
        self.files: list[str] = []
        self.evaluations: list[dt.date] = []  # employer evaluations (PvA, meetings, EJE, bijstelling PvA)

    def d(self, off: int) -> dt.date:
        return wd(self.d0 + dt.timedelta(days=off))

    def off(self, d: dt.date) -> int:
        return (d - self.d0).days

    def _add(self, rel: str) -> str:
        assert rel not in self.files, rel
        self.files.append(rel)
        return rel

    def pdf(self, rel: str, blocks: list[Any], style: Style) -> str:
        if style.key in CORE_FONT_STYLES:
            # portal and HR-system PDFs use the standard PDF fonts (nothing embedded): docgen's latin-1 fallback
            text = g.blocks_to_text(blocks, style) + style.footer
            text.encode("latin-1")  # raises if a character would be lost
            saved = g.FONT_DIR
            g.FONT_DIR = Path("/nonexistent/standard-pdf-fonts")
            try:
                g.write_pdf(self.dir / rel, blocks, style)
            finally:
                g.FONT_DIR = saved
        else:
            g.write_pdf(self.dir / rel, blocks, style)
        return self._add(rel)

    def docx(self, rel: str, blocks: list[Any], style: Style) -> str:
        g.write_docx(self.dir / rel, blocks, style)
        return self._add(rel)

    def scan(self, rel: str, blocks: list[Any], style: Style, **kw: Any) -> str:
        kw = {"dpi": 150, "jpeg_quality": 40, "noise": 0.3, **kw}  # an office copier's 150-dpi setting (size budget)
        g.write_scan_pdf(self.dir / rel, blocks, style, **kw)
        return self._add(rel)

    def photo(self, rel: str, blocks: list[Any], style: Style, taken: dt.datetime, **kw: Any) -> str:
        g.write_photo_jpg(self.dir / rel, blocks, style, taken=taken, **{"quality": 62, **kw})
        return self._add(rel)

    def eml(
        self,
        rel: str,
        frm: str,
        to: str,
        subject: str,
        day: dt.date,
        body: str,
        hour: int = 10,
        minute: int = 12,
        cc: str = "",
    ) -> str:
        headers = {
            "From": frm,
            "To": to,
            "Subject": subject,
            "Date": g.mail_date(day, hour, minute),
            "Message-ID": f"<{self.name}.{len(self.files)}.{day.isoformat()}@mail.example>",
        }
        if cc:
            headers["Cc"] = cc
        g.write_eml(self.dir / rel, headers, body)
        return self._add(rel)

    def encrypted_pdf(self, rel: str, blocks: list[Any], style: Style, user_pw: str, owner_pw: str) -> str:
        """A text PDF protected with a user password (RC4 128-bit, R3: deterministic with a static id)."""
        tmp = self.dir / (rel + ".tmp")
        g.write_pdf(tmp, blocks, style)
        with pikepdf.open(tmp) as pdf:
            pdf.save(
                self.dir / rel,
                encryption=pikepdf.Encryption(owner=owner_pw, user=user_pw, R=3, aes=False, metadata=False),
                static_id=True,
            )
        tmp.unlink()
        return self._add(rel)

    def dossier_yaml(self, text: str) -> None:
        (self.dir / "dossier.yaml").write_text(text, encoding="utf-8")

    def text_of(self, blocks: list[Any]) -> str:
        return g.blocks_to_text(blocks).lower()


def ent(
    code: str | None = None,
    type: str | None = None,
    path: str | None = None,
    severity: str | None = None,
    why: str = "",
) -> dict[str, str]:
    e: dict[str, str] = {}
    if code:
        e["code"] = code
    if type:
        e["type"] = type
    if path:
        e["path"] = path
    if severity:
        e["severity"] = severity
    assert "§8" in why, why
    e["why"] = why
    return e


def present(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [ent("missing", t, why=f"§8.1/§8.2: present in the folder ({p})") for t, p in pairs]


def not_due_as_error(types: list[str], why: str) -> list[dict[str, str]]:
    return [ent("missing", t, severity="error", why=why) for t in types]


def not_late(types: list[str], why: str) -> list[dict[str, str]]:
    return [ent("late", t, why=why) for t in types]


def check_gaps(c: Case, limit: int = 42) -> int:
    ev = sorted(c.evaluations)
    gaps = [(b - a).days for a, b in itertools.pairwise(ev)] + [(c.as_of - ev[-1]).days]
    assert max(gaps) <= limit, (c.name, gaps)
    return max(gaps)


def assert_bsn(valid: str) -> str:
    assert g.bsn_valid(valid), valid
    return valid


COMMON_WHY = {
    "duplicate": "§8.8 output (each element once) and §1.2 (separate, recognisable parts): every document is different",
    "future": "§8.3 deadlines, judged at as_of: no document is dated after as_of (dates named inside a text are plans)",
    "extension": "§8.3 deadlines (end of the wachttijd, §2.3): no vrijwillige verlenging in this case",
    "override_unused": "§8 input (dossier.yaml, CONTRACT): dossier.yaml has no overrides",
    "early": "§8.3: the EJE is inside weeks 46-52 (or not due) and nothing else is early",
}


def common(*codes: str) -> list[dict[str, str]]:
    return [ent(code, why=COMMON_WHY[code]) for code in codes]


# --------------------------------------------------------------------------------------------
# Case 1: the arbodienst's journal export and an HR sick-report form with a diagnosis (privacy)
# --------------------------------------------------------------------------------------------


def case_journaal(expected: dict[str, Any]) -> None:
    c = Case("journaal_export_en_ziekmeldformulier", dt.date(2025, 3, 3), 416, seed=1101)
    bsn = assert_bsn(g.make_bsn(c.rng))
    bsn_dots = g.fmt_bsn(bsn, "dots")
    wn = "Marloes Dijkstra"
    geb = "14-05-1987"
    functie = "Tandtechnicus kroon- en brugwerk"
    cm, cm_f = "Erik Bosman", "Bedrijfsleider / casemanager"
    ba, ba_f = "H.J. Venema", "bedrijfsarts"
    big = "BIG 59023871401"
    kvk = failing(c.rng, 8, "6")  # KvK numbers have 8 digits; padded with a 0 they would pass for a BSN
    assert len(kvk) == 8 and not g.bsn_valid(kvk)
    lhn_rsin = g.make_bsn(c.rng)  # an RSIN follows the same eleven-test as a BSN
    lhn = f"{lhn_rsin}L01"

    emp = Style(
        "ravensberg",
        "Tandtechnisch Laboratorium Ravensberg B.V.",
        ("Zuiderval 14, 7553 KP Hengelo (Ov.)", f"074 291 33 80 · info@ravensberg-tandtechniek.example · KvK {kvk}"),
        font="sans",
        accent=(0, 110, 120),
        letterhead="left",
        footer="Ravensberg Tandtechniek · Personeelszaken · vertrouwelijk",
    )
    emp_docx = Style(
        "ravensberg-w",
        "Tandtechnisch Laboratorium Ravensberg B.V.",
        ("Hengelo",),
        font="condensed",
        accent=(0, 110, 120),
        footer="Ravensberg - verslag voortgangsgesprek",
    )
    arbo = Style(
        "twentewaard",
        "Arbodienst Twentewaard",
        ("Hengelosestraat 301, 7521 AG Enschede", "053 480 77 10 · spreekuur@twentewaard.example"),
        font="serif",
        accent=(90, 40, 110),
        letterhead="right",
        fields_as_table=True,
        footer="Arbodienst Twentewaard · vertrouwelijk",
    )
    portal = Style(
        "twentewaard-portal",
        "Twentewaard Verzuimportaal",
        ("Export verzuimdossier · werkgeversaccount",),
        font="mono",
        accent=(60, 60, 60),
        letterhead="band",
        base_size=9,
        footer="Twentewaard Verzuimportaal - export - pagina",
    )
    ad = Style(
        "ad-oost",
        "Arbeidsdeskundig Adviesbureau Dinkelland",
        ("Oldenzaalsestraat 8, 7591 GM Denekamp", "0541 35 12 90 · rapportage@ad-dinkelland.example"),
        font="serif",
        accent=(30, 80, 40),
        letterhead="centered",
    )
    uwv = Style(
        "uwv-1",
        "UWV",
        ("Postbus 58285, 1040 HG Amsterdam",),
        font="sans",
        accent=(0, 82, 155),
        letterhead="left",
        footer="UWV · Bevestiging ziekmelding",
    )

    head = [
        ("Naam werknemer", wn),
        ("Geboortedatum", geb),
        ("BSN", bsn_dots),
        ("Functie", functie),
        ("Eerste ziektedag", DASH(c.d0)),
    ]

    # 1. HR sick-report form (PLANTED: diagnosis, treatment and medication recorded by the employer)
    f_hr = c.pdf(
        "01 Verzuim/Ziekmeldingsformulier Personeelszaken.pdf",
        [
            Title("Ziekmeldingsformulier", sub="in te vullen door leidinggevende / personeelszaken"),
            Fields(
                [
                    ("Naam", wn),
                    ("Personeelsnummer", "4471"),
                    ("BSN", bsn_dots),
                    ("Afdeling", "Kroon- en brugwerk"),
                    ("Datum ziekmelding", DASH(c.d0) + ", 07:40 uur (telefonisch)"),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Bereikbaar op", "06 3107 2246"),
                    ("Verpleegadres", "thuisadres"),
                    ("Verwachte duur", "onbekend"),
                    ("Bedrijfsongeval", "nee"),
                    ("Verkeersongeval / derde aansprakelijk", "nee"),
                    ("Vangnetregeling van toepassing", "nee"),
                ]
            ),
            Heading("Reden van verzuim (toelichting)"),
            Para(
                "Marloes belde om 07:40. Ze heeft sinds vrijdag erge rugklachten met uitstraling naar het linkerbeen. "
                "Volgens de huisarts is het waarschijnlijk een hernia. Ze gebruikt diclofenac, is vanmiddag bij de "
                "fysiotherapeut en heeft een verwijzing naar de neuroloog gekregen voor een MRI."
            ),
            Heading("Acties"),
            Bullets(
                [
                    "Ziekmelding doorgezet naar Arbodienst Twentewaard (mail " + DASH(c.d0) + ")",
                    "Werk van deze week verdeeld over Ruud en Anouk",
                    "Contact opnemen op donderdag",
                ]
            ),
            Signatures([Sig("Genoteerd door", "Yvonne Lammers", "Medewerker personeelszaken", DASH(c.d0))]),
        ],
        emp,
    )

    # 2. the sick report to the arbodienst (clean: only what an employer may pass on)
    f_meld = c.eml(
        "01 Verzuim/Ziekmelding doorgezet naar arbodienst.eml",
        "Yvonne Lammers <pz@ravensberg-tandtechniek.example>",
        "Verzuimmeldingen Twentewaard <meldingen@twentewaard.example>",
        f"Ziekmelding {wn} per {DASH(c.d0)}",
        c.d0,
        f"Goedemorgen,\n\nHierbij melden wij de ziekte van {wn} (geb. {geb}, functie {functie.lower()}) "
        f"met ingang van vandaag, {L(c.d0)}.\n\nVerwachte duur: onbekend\nBedrijfsongeval: nee\n"
        "Telefoonnummer werknemer: 06 3107 2246\n\nGraag een oproep voor het spreekuur.\n\n"
        "Met vriendelijke groet,\nYvonne Lammers\nPersoneelszaken\nTandtechnisch Laboratorium Ravensberg B.V.\n",
        hour=9,
        minute=5,
    )

    # 3. probleemanalyse (week 6), terse; states that no medical data are included
    pa_d = c.d(37)
    f_pa = c.pdf(
        "02 Arbodienst/Probleemanalyse M. Dijkstra.pdf",
        [
            Title("Probleemanalyse", sub="ex art. 2 Regeling procesgang eerste en tweede ziektejaar"),
            Fields(
                [
                    *head,
                    ("Werkgever", "Tandtechnisch Laboratorium Ravensberg B.V."),
                    ("Datum spreekuur", DASH(pa_d)),
                    ("Datum rapportage", DASH(pa_d)),
                ]
            ),
            Heading("Dreigend langdurig verzuim"),
            Para(
                "Ja. Werkneemster is arbeidsongeschikt voor het eigen werk; verzuim van meer dan zes weken is te verwachten."
            ),
            Heading("Beperkingen en mogelijkheden (belastbaarheid)"),
            Bullets(
                [
                    "niet langer dan 30 minuten aaneengesloten zitten; afwisselen zitten en staan",
                    "niet tillen boven 5 kg; geen gebogen werkhouding aan de werkbank",
                    "werktijden: start met 3 x 3 uur per week, opbouw in overleg",
                ]
            ),
            Heading("Prognose"),
            Para(
                "Gunstig. Gedeeltelijke hervatting binnen 4 tot 6 weken; volledige hervatting in eigen werk verwacht "
                "binnen 6 tot 9 maanden."
            ),
            Heading("Advies aan werkgever en werknemer"),
            Bullets(
                [
                    "stel binnen twee weken samen een plan van aanpak op; wijs een casemanager aan",
                    "werkplekonderzoek: sta-zitwerkbank en verstelbare loep",
                    "hervatting in eigen werk met aangepaste taken (geen gipswerk en geen zwaar modelwerk)",
                ]
            ),
            Para(
                "Medische gegevens zijn niet in deze probleemanalyse opgenomen; die vallen onder het medisch beroepsgeheim."
            ),
            Signatures([Sig("Bedrijfsarts", ba, f"{ba_f}, {big}", DASH(pa_d))]),
        ],
        arbo,
    )

    # 4. PLANTED: the portal export with the bedrijfsarts's SOAP journal, downloaded by HR
    exp_d = c.d(226)
    consults = [
        (
            c.d(9),
            "S: sinds vr 28/2 lage rugpijn, uitstraling li been tot in de voet, tintelingen li voet. Slaapt slecht. "
            "O: Lasègue li positief bij 40 gr, kracht voetheffers 5/5, ASR li verlaagd. "
            "E: lumbosacraal radiculair syndroom li, verdenking HNP L5-S1 (ICD-10 M51.1). "
            "P: diclofenac 50 mg 3dd via huisarts, fysiotherapie 2x/wk, MRI via neuroloog, controle 4 wk.",
        ),
        (
            c.d(37),
            "S: pijn iets minder, zit max 20 min. MRI 21/3: HNP L5-S1 li met compressie S1-wortel. Neuroloog: "
            "conservatief beleid, pregabaline 75 mg 2dd gestart. O: loopt normaal. "
            "E: beloop gunstig. P: PA opgesteld, start re-integratie 3 x 3 uur, controle 6 wk.",
        ),
        (
            c.d(79),
            "S: pregabaline geeft sufheid, afgebouwd. Epidurale infiltratie pijnpoli gepland. O: z.b. "
            "E: herstellende. P: opbouw 4 x 4 uur; evaluatie na infiltratie.",
        ),
        (
            c.d(135),
            "S: infiltratie 12/6 goed effect, nu 4 x 5 uur. Enige somberheid, slaapt weer beter. "
            "O: z.b. E: herstel conform verwachting. P: opbouw naar 24 uur, controle 8 wk.",
        ),
        (
            c.d(205),
            "S: werkt 24 uur, klachten na lange dagen. Fysio afgesloten. O: z.b. "
            "E: stabiel, restklachten. P: AD-onderzoek rond week 48 adviseren; volgende controle nov.",
        ),
    ]
    f_journal = c.pdf(
        "02 Arbodienst/Export verzuimdossier Twentewaard.pdf",
        [
            Title("Verzuimdossier - journaal bedrijfsarts", sub="VERTROUWELIJK - medisch beroepsgeheim"),
            Fields(
                [
                    ("Werknemer", f"{wn} ({geb})"),
                    ("BSN", bsn_dots),
                    ("Werkgever", "Tandtechnisch Laboratorium Ravensberg B.V."),
                    ("Verzuimnummer", "TW-2025-0317"),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Export aangemaakt", f"{DASH(exp_d)} 16:02 door Y. Lammers (werkgeversaccount)"),
                ]
            ),
            Heading("Journaal (SOEP)"),
            Table(["Datum", "Behandelaar", "Aantekening"], [[DASH(d), f"{ba} (bedrijfsarts)", t] for d, t in consults]),
            Heading("Documenten in dit dossier"),
            Bullets(
                [
                    f"Probleemanalyse ({DASH(pa_d)})",
                    "Terugkoppelingen aan werkgever (4)",
                    "Medicatieoverzicht huisarts (bijlage)",
                ]
            ),
        ],
        portal,
    )

    # 5. plan van aanpak (a copier scan), with both visies
    pva_d = c.d(46)
    c.evaluations.append(pva_d)
    pva_blocks = [
        Title("Plan van aanpak re-integratie"),
        Fields(
            [
                *head,
                ("Datum probleemanalyse", DASH(pa_d)),
                ("Casemanager", f"{cm}, bedrijfsleider"),
                ("Bedrijfsarts", f"{ba}, Arbodienst Twentewaard"),
            ]
        ),
        Heading("Re-integratiedoel"),
        Para(
            "Terugkeer in het eigen werk als tandtechnicus (kroon- en brugwerk voor tandartspraktijken), eerst met "
            "aangepaste taken en een aangepaste werkplek."
        ),
        Heading("Activiteiten en termijnen"),
        Table(
            ["Activiteit", "Wie", "Wanneer"],
            [
                [
                    "Start 3 x 3 uur: modelleren en afwerken aan sta-zitwerkbank",
                    "Marloes / Erik",
                    "vanaf " + DASH(c.d(53)),
                ],
                ["Werkplekonderzoek en aanschaf sta-zitwerkbank", "Erik", "voor " + DASH(c.d(67))],
                ["Opbouw uren volgens advies bedrijfsarts", "Marloes", "elke 4 weken"],
                ["Geen gipswerk, geen zwaar modelwerk; implantaatwerk pas na overleg", "Erik", "tot nader advies"],
            ],
        ),
        Heading("Evaluatiemomenten"),
        Para(
            "Elke vijf weken een voortgangsgesprek; eerstvolgende op " + DASH(c.d(82)) + ". Evaluatie eerste "
            "ziektejaar rond week 50."
        ),
        Heading("Visie werkgever"),
        Para("Wij willen Marloes graag behouden; aanpassingen aan de werkbank en de planning zijn goed te regelen."),
        Heading("Visie werknemer"),
        Para("Ik wil zo snel mogelijk weer aan het werk en ben blij met de aangepaste werkplek."),
        Signatures([Sig("Werkgever", cm, cm_f, DASH(pva_d)), Sig("Werknemer", wn, "", DASH(pva_d))]),
    ]
    assert "visie werkgever" in c.text_of(pva_blocks) and "visie werknemer" in c.text_of(pva_blocks)
    f_pva = c.scan("03 Plan van aanpak/PvA M Dijkstra getekend.pdf", pva_blocks, emp)

    # meetings every five weeks (casemanager); hours build up
    hours = {
        82: "3 x 4 uur",
        117: "4 x 4 uur",
        152: "4 x 5 uur",
        187: "4 x 5 uur",
        222: "4 x 6 uur",
        257: "4 x 6 uur",
        292: "4 x 6 uur",
        327: "4 x 6 uur",
        380: "4 x 7 uur",
        413: "4 x 7 uur",
    }
    offs = sorted(hours)
    meetings: dict[int, str] = {}
    for i, o in enumerate(offs):
        md = c.d(o)
        c.evaluations.append(md)
        nxt = c.d(offs[i + 1]) if i + 1 < len(offs) else c.d(o + 35)
        extra = []
        if o == 117:
            extra = [
                Para(
                    "Er zijn in dit gesprek geen medische gegevens besproken of vastgelegd; vragen over de "
                    "behandeling horen bij de bedrijfsarts."
                )
            ]
        if o == 327:
            extra = [
                Para(
                    "De eerstejaarsevaluatie plannen we op " + DASH(c.d(345)) + ". Het rapport van de "
                    "arbeidsdeskundige wordt dan besproken."
                )
            ]
        if o == 380:
            extra = [
                Para(
                    "Sinds de eerstejaarsevaluatie is de opbouw doorgezet. Er is geen aanleiding voor een "
                    "tweede spoor: volledige hervatting blijft binnen drie maanden na de evaluatie verwacht."
                )
            ]
        if o == 413:
            extra = [
                Para(
                    "Marloes werkt nu 28 van 32 uur in haar eigen werk, ook weer licht implantaatwerk. "
                    "Volledige hervatting (32 uur) gaat in per " + DASH(c.d(427)) + "."
                )
            ]
        blocks = [
            Title("Verslag voortgangsgesprek"),
            Fields(
                [
                    ("Werknemer", wn),
                    ("BSN", bsn_dots),
                    ("Datum gesprek", DASH(md)),
                    ("Aanwezig", f"{wn}, {cm} (casemanager)"),
                ]
            ),
            Heading("Besproken"),
            Para(
                f"Marloes werkt op dit moment {hours[o]} in haar eigen werk aan de sta-zitwerkbank. De afspraken uit "
                "het plan van aanpak zijn nagekomen; het werk aan kronen en bruggen voor de tandartspraktijken gaat "
                "goed, zwaar modelwerk blijft bij collega's."
            ),
            *extra,
            Heading("Afspraken"),
            Bullets(["opbouw volgens advies bedrijfsarts", "volgend gesprek: " + DASH(nxt)]),
            Signatures([Sig("Casemanager", cm, cm_f, DASH(md)), Sig("Werknemer (gezien)", wn, "", DASH(md))]),
        ]
        rel = f"04 Voortgangsgesprekken/{md.isoformat()} verslag.pdf"
        if o == 152:
            rel = c.docx(
                f"04 Voortgangsgesprekken/Verslag gesprek {md.day} {g.MONTHS[md.month - 1]}.docx", blocks, emp_docx
            )
        elif o == 222:
            body = (
                f"Hoi Marloes,\n\nKort verslag van ons gesprek van vandaag ({DASH(md)}):\n\n"
                f"- je werkt nu {hours[o]} in je eigen werk; de sta-zitwerkbank bevalt goed\n"
                "- de afspraken uit het plan van aanpak lopen volgens planning\n"
                "- zwaar modelwerk en gipswerk blijven bij Ruud\n"
                f"- volgende keer: {DASH(nxt)}\n\nZie je reactie graag tegemoet als je iets anders hebt "
                f"onthouden.\n\nGroet,\nErik Bosman\nBedrijfsleider / casemanager\nBSN werknemer: {bsn_dots}\n"
            )
            rel = c.eml(
                f"04 Voortgangsgesprekken/Verslag gesprek {DASH(md)}.eml",
                "Erik Bosman <e.bosman@ravensberg-tandtechniek.example>",
                "Marloes Dijkstra <marloes.dijkstra@mail.example>",
                "Verslag gesprek vandaag",
                md,
                body,
                hour=16,
                minute=41,
                cc="Personeelszaken <pz@ravensberg-tandtechniek.example>",
            )
        elif o == 257:
            rel = c.photo(
                f"04 Voortgangsgesprekken/IMG_{md.strftime('%Y%m%d')}_1530.jpg",
                blocks,
                emp,
                taken=dt.datetime(md.year, md.month, md.day, 15, 30, 11),
                orientation=6,
            )
        elif o == 327:
            rel = c.scan(f"04 Voortgangsgesprekken/Scan_{md.strftime('%Y%m%d')}.pdf", blocks, emp)
        else:
            rel = c.pdf(rel, blocks, emp)
        meetings[o] = rel

    # 42e-weeksmelding and UWV's confirmation
    mel_d = c.d(287)
    f_mel = c.pdf(
        "05 UWV/Ziekmelding UWV 42e week.pdf",
        [
            Title("Ziekmelding langdurig zieke werknemer", sub="aangifte na 42 weken ziekte - kopie verzonden melding"),
            Fields(
                [
                    ("Werkgever", "Tandtechnisch Laboratorium Ravensberg B.V."),
                    ("Loonheffingennummer", lhn),
                    ("Naam werknemer", wn),
                    ("BSN", bsn_dots),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Gedeeltelijk hersteld", "ja, werkt 24 van 32 uur"),
                    ("Datum melding", DASH(mel_d)),
                    ("Ingediend door", "Y. Lammers, personeelszaken"),
                ]
            ),
            Para("Verzonden via het werkgeversportaal van UWV."),
        ],
        emp,
    )
    bev_d = c.d(297)
    c.scan(
        "05 UWV/Bevestiging ziekmelding UWV.pdf",
        [
            Title("Wij hebben uw ziekmelding ontvangen"),
            Fields([("Datum", L(bev_d)), ("Betreft", wn), ("Burgerservicenummer", bsn), ("Eerste ziektedag", L(c.d0))]),
            Para(
                f"Op {L(mel_d)} hebben wij uw ziekmelding ontvangen. Uw werknemer is nu bijna een jaar ziek. Aan het "
                "einde van het eerste ziektejaar maakt u samen met uw werknemer de eerstejaarsevaluatie. U kijkt terug "
                "op het afgelopen jaar en bepaalt welk re-integratieresultaat u in het tweede ziektejaar wilt bereiken."
            ),
            Para("Met vriendelijke groet,\nUWV"),
        ],
        uwv,
    )

    # arbeidsdeskundig rapport (week 48) with a correctly redacted medical passage
    ad_d = c.d(331)
    f_ad = c.pdf(
        "06 Arbeidsdeskundige/Rapportage arbeidsdeskundig onderzoek.pdf",
        [
            Title(
                "Rapportage arbeidsdeskundig onderzoek", sub="opdrachtgever: Tandtechnisch Laboratorium Ravensberg B.V."
            ),
            Fields(
                [
                    *head,
                    ("Datum onderzoek", DASH(c.d(324))),
                    ("Datum rapport", DASH(ad_d)),
                    ("Arbeidsdeskundige", "mr. drs. P. Oude Egberink, register-arbeidsdeskundige"),
                ]
            ),
            Heading("Vraagstelling"),
            Para("Is het eigen werk, eventueel met aanpassingen, passend, en is een tweede spoor aangewezen?"),
            Heading("Belastbaarheid"),
            Para(
                "Ontleend aan de terugkoppeling van de bedrijfsarts: geen tillen boven 5 kg; afwisseling van zitten en "
                "staan; werktijden tot 28 uur per week, verdere opbouw verwacht."
            ),
            Para(
                "Medische toelichting van de bedrijfsarts: ██████████████████████ ████████████ (weggelakt; medische "
                "gegevens vallen onder het beroepsgeheim en zijn niet aan de arbeidsdeskundige verstrekt)."
            ),
            Heading("Functiebelasting en passend werk"),
            Para(
                "De functie tandtechnicus omvat modelleren, frezen, opbakken van porselein en afwerken van kronen, bruggen "
                "en implantaatgedragen constructies voor tandartspraktijken. Met de sta-zitwerkbank en zonder gipswerk en "
                "zwaar modelwerk is het eigen werk passend. De belasting past binnen de belastbaarheid."
            ),
            Heading("Conclusie en advies"),
            Bullets(
                [
                    "eigen werk met aanpassingen is passend (spoor 1)",
                    "volledige hervatting in het eigen werk wordt binnen drie maanden verwacht",
                    "een tweede spoor is op dit moment niet aangewezen; heroverwegen als de opbouw stagneert",
                ]
            ),
            Signatures([Sig("Arbeidsdeskundige", "P. Oude Egberink", "register-arbeidsdeskundige", DASH(ad_d))]),
        ],
        ad,
    )

    # eerstejaarsevaluatie (week 50) with both visies and the motivation for no 2nd track
    eje_d = c.d(345)
    c.evaluations.append(eje_d)
    eje_blocks = [
        Title("Eerstejaarsevaluatie", sub="evaluatie plan van aanpak na het eerste ziektejaar"),
        Fields([*head, ("Datum evaluatie", DASH(eje_d)), ("Casemanager", cm)]),
        Heading("Terugblik eerste ziektejaar"),
        Para(
            "Marloes is na zes weken gestart met 3 x 3 uur en werkt nu 24 van haar 32 uur in het eigen werk met "
            "aanpassingen. De afspraken uit het plan van aanpak zijn nagekomen."
        ),
        Heading("Re-integratieresultaat tweede ziektejaar"),
        Para("Volledige hervatting in het eigen werk (32 uur)."),
        Heading("Tweede spoor"),
        Para(
            "Niet ingezet. Bedrijfsarts en arbeidsdeskundige verwachten volledige hervatting binnen drie maanden; "
            "het eigen werk is passend. Stokt de opbouw, dan bespreken we het tweede spoor opnieuw."
        ),
        Heading("Visie werkgever"),
        Para("De opbouw verloopt goed; wij houden de aangepaste werkplek aan zolang dat nodig is."),
        Heading("Visie werknemer"),
        Para("Ik merk dat ik steeds meer aankan en wil in het voorjaar weer volledig werken."),
        Signatures([Sig("Werkgever", cm, cm_f, DASH(eje_d)), Sig("Werknemer", wn, "", DASH(eje_d))]),
    ]
    f_eje = c.pdf("07 Evaluaties/Eerstejaarsevaluatie Dijkstra.pdf", eje_blocks, emp)

    assert 10 <= len(c.files) <= 25, len(c.files)
    check_gaps(c)
    assert pa_d <= c.d(42) and (pva_d - pa_d).days <= 14 and c.d(287) <= c.d(294)
    assert 46 <= week(c.off(eje_d)) <= 52

    c.dossier_yaml(f"""# Dossiergegevens (ingevuld door personeelszaken)
werknemer: {{naam: "{wn}", bsn: "{bsn}", functie: "{functie}"}}
werkgever: {{naam: "Tandtechnisch Laboratorium Ravensberg B.V.", loonheffingennummer: "{lhn}", aard_van_het_bedrijf: "Tandtechnisch laboratorium: kronen, bruggen en implantaatgedragen prothetiek voor tandartspraktijken, 38 medewerkers"}}
bedrijfsarts: {{naam: "{ba}", organisatie: "Arbodienst Twentewaard"}}
casemanager: {{naam: "{cm}"}}
eerste_ziektedag: {c.d0.isoformat()}
""")

    not_due = "§8.1 is judged at as_of (week 60): the AO, EV and oordeel werknemer belong to weeks 88-93, not due"
    expected[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"checked in week {week(c.as_of_off)} (D0+{c.as_of_off}). (1) HR downloaded 'alle documenten' from the "
            f"arbodienst portal: '{f_journal}' is the bedrijfsarts's SOAP journal (consult notes with diagnosis, "
            "ICD-10 M51.1, MRI, neuroloog, pregabaline, epidurale infiltratie), now in the employer's folder. (2) The "
            f"employer's own sick-report form '{f_hr}' records the diagnosis ('waarschijnlijk een hernia'), the "
            "medication (diclofenac), the physiotherapist and the neurologist referral: data an employer may not "
            "record even with consent. Traps: the mail to the arbodienst of the same day passes on only what is "
            "allowed; the PA says 'Medische gegevens zijn niet in deze probleemanalyse opgenomen'; a meeting report says "
            "'geen medische gegevens besproken of vastgelegd'; the AD-rapport has a correctly redacted medical passage "
            "(block characters) and speaks of 'medische gegevens' only to say they were not given; the employer is a "
            "dental laboratory, so 'implantaatgedragen', 'tandartspraktijken', 'behandeling' (in a question that belongs "
            "to the bedrijfsarts) appear as work words; part-time recovery (24 -> 28 of 32 hours), no 2nd track, motivated "
            "in the EJE and the AD-rapport (full return within three months, planned for week 62); a valid RSIN in the "
            "loonheffingennummer on the 42e-weeksmelding and an 8-digit KvK number on the letterhead; the PvA is a copier "
            "scan, one meeting a Word file, one an e-mail body, one a phone photo (EXIF 6), one a scan; AO/EV/OW not due."
        ),
        "must": [
            ent(
                "medical_data",
                path=f_journal,
                severity="error",
                why="§8.7 privacy and §5.3 (blocker): bedrijfsarts consult notes (SOAP journal) with diagnosis, ICD-10 "
                "code, imaging, specialist and medication in the employer's folder",
            ),
            ent(
                "medical_data",
                path=f_hr,
                why="§8.7 privacy, §5.1 and §5.3: the employer's own sick-report form records a diagnosis, medication, "
                "physiotherapy and a specialist referral; at a sick report the employer may record only phone, "
                "address, expected duration, appointments, vangnet yes/no and accident yes/no",
            ),
        ],
        "must_not": [
            *present(
                [
                    ("probleemanalyse", f_pa),
                    ("plan_van_aanpak", f_pva),
                    ("eerstejaarsevaluatie", f_eje),
                    ("arbeidsdeskundig_rapport", f_ad),
                    ("ziekmelding_uwv", f_mel),
                ]
            ),
            ent(
                "missing",
                "trajectplan_tweede_spoor",
                why="§8.3: no 2nd track needed by D0+406, the EJE motivates it (full return expected within three "
                "months, AD-rapport agrees, §2.2 row 9); as_of is D0+416 and the return is on schedule (28/32 h)",
            ),
            ent("missing", "bijstelling_probleemanalyse", why="§8.2: no bijstelling is known or referred to"),
            ent("missing", "bijstelling_plan_van_aanpak", why="§8.2: no bijstelling is known or referred to"),
            ent("missing", "deskundigenoordeel", why="§8.2: no deskundigenoordeel is referred to"),
            *not_due_as_error(["actueel_oordeel", "eindevaluatie", "oordeel_werknemer"], not_due),
            ent(
                "late",
                why=f"§8.3: every step on time: PA D0+{c.off(pa_d)}, PvA PA+{(pva_d - pa_d).days}, 42e-weeksmelding "
                f"D0+{c.off(mel_d)} (week 42), EJE week {week(c.off(eje_d))}, AD week {week(c.off(ad_d))}",
            ),
            ent(
                "evaluation_gap",
                why=f"§8.3: employer evaluations at most {check_gaps(c)} days apart (asserted), also to as_of",
            ),
            ent(
                "medical_data",
                path=f_pa,
                why="§8.7/§5.3: functional limitations only; 'medische gegevens' is named "
                "only to say they are not included",
            ),
            ent(
                "medical_data",
                path=f_ad,
                why="§8.7/§5.3: the medical passage is redacted (block characters); the "
                "rest is functional and describes dental work",
            ),
            ent(
                "medical_data",
                path=f_pva,
                why="§8.7/§5.3: 'implantaatwerk', 'tandartspraktijken' describe the "
                "work of a dental laboratory, not health",
            ),
            ent("medical_data", path=f_eje, why="§8.7/§5.3: hours and recovery only"),
            ent(
                "medical_data",
                path=meetings[117],
                why="§8.7/§5.3: says no medical data were discussed; 'behandeling' only in that sentence",
            ),
            ent("medical_data", path=f_meld, why="§8.7/§5.1: the sick report passes on only allowed data"),
            ent("medical_data", path=f_mel, why="§8.7/§5.3: administrative melding"),
            ent(
                "bsn_invalid",
                why="§8.5/§5.2: one employee BSN, valid (asserted); the KvK number fails the test but is "
                "8 digits on a letterhead, not a BSN",
            ),
            ent("bsn_mismatch", why="§8.5: one BSN throughout; the RSIN inside the loonheffingennummer is no BSN"),
            ent("unsigned", path=f_pva, why="§8.5: signed by employer and employee (scan)"),
            ent("unsigned", path=f_eje, why="§8.5: signed by employer and employee"),
            ent(
                "content",
                path=f_pva,
                why="§8.6: casemanager, goal, activities, terms, evaluation moments and both visies",
            ),
            ent("content", path=f_eje, why="§8.6: both visies present"),
            ent("order", why="§8.3: AO/EV not made yet; nothing out of order"),
            ent("outdated", why="§8.4: no AO or EV yet"),
            *common("early", "future", "duplicate", "extension", "override_unused"),
        ],
    }


# --------------------------------------------------------------------------------------------
# Case 2: no 42e-weeksmelding at all; the eerstejaarsevaluatie has no visie of either party
# --------------------------------------------------------------------------------------------


def case_geen_melding(expected: dict[str, Any]) -> None:
    c = Case("geen_42e_melding_eje_zonder_visie", dt.date(2025, 1, 20), 436, seed=1102)
    bsn = assert_bsn(g.make_bsn(c.rng))
    bsn_sp = g.fmt_bsn(bsn, "spaces")
    wn, geb, functie = "Jeroen Hofstede", "03-11-1979", "Hovenier / voorman aanleg"
    own, own_f = "Gert van Beek", "eigenaar, tevens casemanager"
    ba = "M. Kuipers"
    acct = make_bank_account(c.rng)
    bureau_iban = iban("RABO", acct)
    phone9 = failing(c.rng, 9, "6")
    bureau_tel = f"+31 6 {phone9[1:5]} {phone9[5:]}"
    bureau_kvk = failing(c.rng, 8, "7")
    assert not g.bsn_valid(acct) and not g.bsn_valid(phone9) and not g.bsn_valid(bureau_kvk)

    emp = Style(
        "vanbeek",
        "Hoveniersbedrijf Van Beek & Zn.",
        ("Molenstraat 41, 7339 BL Ugchelen", "055 533 18 02 · gert@vanbeek-hoveniers.example"),
        font="sans",
        accent=(40, 110, 40),
        letterhead="left",
        footer="Hoveniersbedrijf Van Beek & Zn.",
    )
    emp_w = Style(
        "vanbeek-w",
        "Hoveniersbedrijf Van Beek & Zn.",
        ("Ugchelen",),
        font="condensed",
        accent=(40, 110, 40),
        footer="Van Beek hoveniers - gespreksnotitie",
    )
    arbo = Style(
        "veluwezoom",
        "Arbo Veluwezoom",
        ("Europaweg 12, 7336 AL Apeldoorn", "055 760 44 00"),
        font="sans",
        accent=(150, 60, 0),
        letterhead="band",
        footer="Arbo Veluwezoom - vertrouwelijk",
    )
    ad = Style(
        "ijsselvallei",
        "Arbeidsdeskundig bureau IJsselvallei",
        ("Zutphensestraat 77, 7418 AK Deventer",),
        font="serif",
        accent=(20, 60, 120),
        letterhead="left",
    )
    bureau = Style(
        "stapsteen",
        "Loopbaanbureau Stapsteen",
        (f"Kanaal Noord 120, 7323 AM Apeldoorn · {bureau_tel}", f"IBAN {bureau_iban} · KvK {bureau_kvk}"),
        font="sans",
        accent=(200, 90, 20),
        letterhead="right",
        footer=f"Loopbaanbureau Stapsteen · {bureau_tel} · info@stapsteen.example",
    )

    head = [
        ("Naam werknemer", wn),
        ("Geboortedatum", geb),
        ("BSN", bsn_sp),
        ("Functie", functie),
        ("Eerste ziektedag", DASH(c.d0)),
    ]
    gert = "Gert van Beek <gert@vanbeek-hoveniers.example>"
    jeroen = "Jeroen Hofstede <j.hofstede@mail.example>"

    c.pdf(
        "Arbodienst/Bevestiging ziekmelding Arbo Veluwezoom.pdf",
        [
            Title("Bevestiging ziekmelding"),
            Fields(
                [
                    ("Werkgever", "Hoveniersbedrijf Van Beek & Zn."),
                    ("Werknemer", wn),
                    ("Geboortedatum", geb),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Datum melding", DASH(c.d(1))),
                ]
            ),
            Para(
                f"Wij hebben de ziekmelding van uw werknemer ontvangen. Hij wordt uitgenodigd voor het spreekuur van "
                f"bedrijfsarts {ba} op {DASH(c.d(9))}. Let op: de ziekmelding bij UWV in de 42e week doet u zelf."
            ),
        ],
        arbo,
    )

    pa_d = c.d(39)
    f_pa = c.pdf(
        "Arbodienst/Probleemanalyse.pdf",
        [
            Title("Probleemanalyse en advies"),
            Fields([*head, ("Werkgever", "Hoveniersbedrijf Van Beek & Zn."), ("Datum", DASH(pa_d))]),
            Heading("Dreigend langdurig verzuim"),
            Para("Ja, verzuim van langer dan 6 weken verwacht."),
            Heading("Beperkingen en mogelijkheden"),
            Bullets(
                [
                    "geen bovenhands werk, niet tillen boven 10 kg",
                    "geen trillend gereedschap (heggenschaar, trilplaat)",
                    "knielen en gebukt werken beperkt",
                    "licht werk 2 x 4 uur per week mogelijk",
                ]
            ),
            Heading("Prognose"),
            Para(
                "Herstel zal maanden duren. Of terugkeer in het eigen, zware werk haalbaar is, is onzeker. Laat rond het "
                "einde van het eerste ziektejaar een arbeidsdeskundig onderzoek doen als het eigen werk niet in zicht is."
            ),
            Heading("Advies"),
            Para("Maak binnen twee weken een plan van aanpak; start met licht plantsoenonderhoud (2 x 4 uur)."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbo Veluwezoom", DASH(pa_d))]),
        ],
        arbo,
    )

    pva_d = c.d(50)
    c.evaluations.append(pva_d)
    pva_blocks = [
        Title("Plan van aanpak"),
        Fields([*head, ("Datum probleemanalyse", DASH(pa_d)), ("Casemanager", f"{own} (eigenaar)")]),
        Heading("Doel"),
        Para("Terugkeer in eigen werk als hovenier, eerst in licht plantsoenonderhoud."),
        Heading("Afspraken en termijnen"),
        Bullets(
            [
                f"vanaf {DASH(c.d(56))}: 2 x 4 uur licht onderhoud (schoffelen, snoeien op werkhoogte)",
                "geen bestrating, geen trilplaat, geen boomwerk",
                "elke 5 weken een gesprek met Gert; na elk spreekuur bellen",
            ]
        ),
        Heading("Evaluatie"),
        Para(
            "Elke 5 weken; eerste evaluatie op " + DASH(c.d(85)) + "; einde eerste ziektejaar een eerstejaarsevaluatie."
        ),
        Heading("Visie werkgever"),
        Para("Jeroen is een vakman; wij houden licht werk voor hem vrij, al is dat in een klein bedrijf beperkt."),
        Heading("Visie werknemer"),
        Para("Ik wil graag terug in het vak, maar weet niet of mijn lijf het zware werk weer aankan."),
        Signatures([Sig("Werkgever", own, own_f, DASH(pva_d)), Sig("Werknemer", wn, "", DASH(pva_d))]),
    ]
    assert "visie werkgever" in c.text_of(pva_blocks)
    f_pva = c.scan("PvA/PvA getekend.pdf", pva_blocks, emp, rotate_deg=-0.9)

    offs = [85, 120, 155, 190, 225, 260, 295, 330, 380, 415]
    notes = {
        85: "Jeroen werkt 2 x 4 uur licht onderhoud bij de vaste klanten in Ugchelen. Gaat redelijk.",
        120: "Nog steeds 2 x 4 uur. Na een dag snoeien veel last. We houden het zo.",
        155: "Bedrijfsarts wil niet verder opbouwen. Jeroen doet nu ook de planning van de onderhoudsploeg op kantoor (1 ochtend).",
        190: "3 dagdelen: 2 x 4 uur onderhoud en 1 ochtend planning. Stabiel.",
        225: "Zomerdrukte. Jeroen helpt met offertes maken. Zware werk zit er niet in.",
        260: "Zelfde uren. We hebben het over de toekomst gehad: het zware werk komt waarschijnlijk niet terug.",
        295: "Arbeidsdeskundige ingeschakeld (IJsselvallei), gesprek gepland in december.",
        330: "Rapport arbeidsdeskundige besproken: eigen werk niet meer haalbaar, licht werk hier maar 12 uur. Tweede spoor starten na de evaluatie van eind december.",
        380: "Intake bij Stapsteen gehad. Trajectplan getekend. Jeroen blijft 12 uur bij ons.",
        415: "Eerste rapportage Stapsteen komt deze maand. Jeroen solliciteert bij twee groenbedrijven (lichte functies).",
    }
    f_meet: dict[int, str] = {}
    for i, o in enumerate(offs):
        md = c.d(o)
        c.evaluations.append(md)
        nxt = c.d(offs[i + 1]) if i + 1 < len(offs) else c.d(o + 35)
        blocks = [
            Title("Gespreksnotitie", sub="voortgang re-integratie"),
            Fields([("Werknemer", wn), ("BSN", bsn_sp), ("Datum", DASH(md)), ("Aanwezig", f"{wn}, {own}")]),
            Para(notes[o]),
            Bullets(["afspraken plan van aanpak besproken", "volgende keer: " + DASH(nxt)]),
            Signatures([Sig("Werkgever", own, "eigenaar", DASH(md)), Sig("Werknemer", wn, "", DASH(md))]),
        ]
        if o in (120, 190, 295, 415):
            body = (
                f"Jeroen,\n\nVan ons gesprek vandaag ({DASH(md)}):\n\n{notes[o]}\n\nAfspraken plan van aanpak "
                f"besproken. Volgende keer {DASH(nxt)}.\n\nBSN voor het dossier: {bsn_sp}\n\nGroet,\nGert\n"
                f"Hoveniersbedrijf Van Beek & Zn. | 055 533 18 02\n"
            )
            f_meet[o] = c.eml(
                f"Gesprekken/Gesprek {DASH(md)}.eml",
                gert,
                jeroen,
                f"gesprek {DASH(md)}",
                md,
                body,
                hour=17,
                minute=3 + i,
            )
        elif o in (155, 330):
            f_meet[o] = c.docx(f"Gesprekken/gesprek {md.day}-{md.month}.docx", blocks, emp_w)
        elif o == 225:
            f_meet[o] = c.photo(
                f"Gesprekken/WhatsApp Image {md.isoformat()} at 16.48.12.jpeg",
                blocks,
                emp,
                taken=dt.datetime(md.year, md.month, md.day, 16, 48, 12),
                orientation=6,
                make="Apple",
                model="iPhone 12",
            )
        else:
            f_meet[o] = c.pdf(f"Gesprekken/Gespreksnotitie {DASH(md)}.pdf", blocks, emp)

    ad_d = c.d(322)
    f_ad = c.pdf(
        "Arbeidsdeskundige/AD rapport Hofstede.pdf",
        [
            Title("Arbeidsdeskundig onderzoek", sub="rapportage"),
            Fields(
                [*head, ("Datum rapport", DASH(ad_d)), ("Arbeidsdeskundige", "J. Harmsen, register-arbeidsdeskundige")]
            ),
            Heading("Functiebelasting versus belastbaarheid"),
            Para(
                "Het werk van hovenier/voorman aanleg vraagt zwaar tillen, bestraten, werken met trillend gereedschap "
                "en langdurig knielen. Dat past niet binnen de belastbaarheid zoals de bedrijfsarts die beschrijft."
            ),
            Heading("Mogelijkheden bij de werkgever"),
            Para(
                "In het kleine bedrijf is licht werk beschikbaar voor hooguit 12 uur per week (licht onderhoud, "
                "planning, offertes). Meer passende arbeid is er niet."
            ),
            Heading("Advies"),
            Bullets(
                [
                    "eigen werk is niet passend; geen terugkeer te verwachten",
                    "12 uur licht werk bij de werkgever voortzetten",
                    "tweede spoor starten voor passend werk bij een andere werkgever, uiterlijk kort na de eerstejaarsevaluatie",
                ]
            ),
            Signatures([Sig("Arbeidsdeskundige", "J. Harmsen", "register-arbeidsdeskundige", DASH(ad_d))]),
        ],
        ad,
    )

    # PLANTED: the EJE (on the owner's own form) has no visie of employer or employee
    eje_d = c.d(343)
    c.evaluations.append(eje_d)
    eje_blocks = [
        Title("Evaluatie eerste ziektejaar"),
        Fields([*head, ("Datum", DASH(eje_d)), ("Aanwezig", f"{wn}, {own}")]),
        Heading("Hoe is het eerste jaar gegaan?"),
        Para(
            "Jeroen werkt sinds maart 2 x 4 uur licht onderhoud en sinds de zomer ook een ochtend planning en "
            "offertes: samen 12 uur per week. Het zware werk van hovenier komt volgens de arbeidsdeskundige niet terug."
        ),
        Heading("Wat willen we in het tweede jaar bereiken?"),
        Para("Een vaste baan in licht werk: 12 uur bij ons en de overige uren bij een andere werkgever."),
        Heading("Hoe gaan we dat doen?"),
        Bullets(
            [
                "tweede spoor via Loopbaanbureau Stapsteen, intake in januari",
                "bijstelling van het plan van aanpak in de eerste week van januari",
                "12 uur licht werk bij Van Beek blijft",
                "elke 5 weken een gesprek",
            ]
        ),
        Signatures([Sig("Werkgever", own, own_f, DASH(eje_d)), Sig("Werknemer", wn, "", DASH(eje_d))]),
    ]
    eje_text = c.text_of(eje_blocks)
    assert all(w not in eje_text for w in ("visie", "mening", "standpunt", "zienswijze", "vindt"))
    f_eje = c.pdf("Evaluaties/Evaluatie eerste ziektejaar Jeroen.pdf", eje_blocks, emp)

    bij_d = c.d(352)
    c.evaluations.append(bij_d)
    bij_blocks = [
        Title("Bijstelling plan van aanpak"),
        Fields([*head, ("Datum", DASH(bij_d)), ("Casemanager", own)]),
        Heading("Nieuw re-integratiedoel"),
        Para(
            "Spoor 1: 12 uur licht werk bij Van Beek (onderhoud, planning, offertes). Spoor 2: passend werk voor de "
            "overige uren bij een andere werkgever, via Loopbaanbureau Stapsteen."
        ),
        Heading("Gewijzigde afspraken"),
        Bullets(
            [
                f"intake Stapsteen uiterlijk {DASH(c.d(375))}",
                "gesprekken elke 5 weken blijven",
                "Stapsteen rapporteert elke 6 tot 8 weken",
            ]
        ),
        Heading("Visie werkgever"),
        Para("Wij blijven 12 uur werk bieden; meer is er in ons bedrijf niet."),
        Heading("Visie werknemer"),
        Para("Ik vind het moeilijk om het vak los te laten, maar ik wil wel aan de slag."),
        Signatures([Sig("Werkgever", own, own_f, DASH(bij_d)), Sig("Werknemer", wn, "", DASH(bij_d))]),
    ]
    f_bij = c.pdf("PvA/Bijstelling PvA januari.pdf", bij_blocks, emp)

    tp_d = c.d(375)
    f_tp = c.pdf(
        "Stapsteen/Trajectplan J. Hofstede.pdf",
        [
            Title("Trajectplan re-integratie tweede spoor"),
            Fields(
                [
                    ("Kandidaat", wn),
                    ("Geboortedatum", geb),
                    ("BSN", bsn_sp),
                    ("Opdrachtgever", "Hoveniersbedrijf Van Beek & Zn."),
                    ("Datum intake", DASH(c.d(368))),
                    ("Datum trajectplan", DASH(tp_d)),
                    ("Loopbaancoach", "Nadine Vos"),
                ]
            ),
            Heading("Persoonsprofiel"),
            Para(
                "Ervaren vakman in groenvoorziening met leidinggevende ervaring (voorman), rijbewijs BE, kennis van "
                "planning en offertes."
            ),
            Heading("Zoekprofiel"),
            Bullets(
                [
                    "lichte functies in groen: planner, werkvoorbereider, medewerker tuincentrum (geen tilwerk)",
                    "28 uur per week naast 12 uur bij de huidige werkgever",
                    "regio Apeldoorn - Deventer",
                ]
            ),
            Heading("Activiteiten en planning"),
            Table(
                ["Activiteit", "Periode"],
                [
                    ["arbeidsmarktoriëntatie en netwerkgesprekken", "week 1-6"],
                    ["sollicitatietraining, cv", "week 2-4"],
                    ["gericht solliciteren", "vanaf week 5"],
                ],
            ),
            Para(
                f"Rapportage: elke 6 tot 8 weken aan werkgever en werknemer. Facturatie per kwartaal op IBAN {bureau_iban}."
            ),
            Signatures(
                [
                    Sig("Loopbaancoach", "Nadine Vos", "Loopbaanbureau Stapsteen", DASH(tp_d)),
                    Sig("Kandidaat", wn, "", DASH(tp_d)),
                ]
            ),
        ],
        bureau,
    )

    vgr_d = c.d(424)
    f_vgr = c.pdf(
        "Stapsteen/Voortgangsrapportage 1.pdf",
        [
            Title("Voortgangsrapportage 1", sub="tweede spoor"),
            Fields(
                [
                    ("Kandidaat", wn),
                    ("BSN", bsn_sp),
                    ("Rapportageperiode", f"{DASH(tp_d)} t/m {DASH(vgr_d)}"),
                    ("Datum", DASH(vgr_d)),
                    ("Loopbaancoach", "Nadine Vos"),
                ]
            ),
            Heading("Activiteiten"),
            Bullets(
                [
                    "4 netwerkgesprekken (twee groenbedrijven, tuincentrum, gemeente)",
                    "cv en profiel afgerond",
                    "2 sollicitaties: werkvoorbereider groen, medewerker tuincentrum",
                ]
            ),
            Heading("Inzet kandidaat"),
            Para("Jeroen is gemotiveerd en komt afspraken na."),
            Para(f"Vragen? Bel {bureau_tel} of mail naar info@stapsteen.example."),
            Signatures([Sig("Loopbaancoach", "Nadine Vos", "Loopbaanbureau Stapsteen", DASH(vgr_d))]),
        ],
        bureau,
    )

    mail_d = c.d(428)
    c.eml(
        "Correspondentie/RE_ 42e weeks melding Jeroen.eml",
        "Monique Jansen <m.jansen@heerde-administratie.example>",
        gert,
        "RE: FW: 42e weeks melding Jeroen?",
        mail_d,
        "Hoi Gert,\n\nNee, die hebben wij niet gedaan. Ziekmeldingen bij UWV zitten niet in ons pakket; "
        "de melding na 42 weken doe je zelf in het werkgeversportaal van UWV (met eHerkenning). In onze "
        "administratie staat ook geen bevestiging van UWV.\n\nAls je wilt, lopen we het volgende week "
        "samen door.\n\nGroet,\nMonique Jansen\nAdministratiekantoor Heerde & Partners\n\n"
        f"-----Oorspronkelijk bericht-----\nVan: Gert van Beek\nVerzonden: {DASH(c.d(427))}\n"
        "Onderwerp: FW: 42e weeks melding Jeroen?\n\nMonique, hebben jullie dit destijds gedaan?\n\n"
        "-----Oorspronkelijk bericht-----\nVan: Arbo Veluwezoom\n"
        "Onderwerp: 42e weeks melding Jeroen?\n\nGeachte heer Van Beek,\n\nBij de voorbereiding van het "
        f"spreekuur van {wn} zagen wij geen kopie van de ziekmelding bij UWV (42e week) in het dossier. "
        "Wilt u die nasturen?\n\nMet vriendelijke groet,\nArbo Veluwezoom\n",
        hour=11,
        minute=47,
    )

    assert 10 <= len(c.files) <= 25, len(c.files)
    gap = check_gaps(c)
    assert (pva_d - pa_d).days <= 14 and pa_d <= c.d(42) and c.off(tp_d) <= 406 and (vgr_d - tp_d).days <= 63
    assert (c.as_of - vgr_d).days <= 63 and 46 <= week(c.off(eje_d)) <= 52

    c.dossier_yaml(f"""werknemer: {{naam: "{wn}", bsn: "{bsn}", functie: "{functie}"}}
werkgever: {{naam: "Hoveniersbedrijf Van Beek & Zn.", aard_van_het_bedrijf: "Hoveniersbedrijf, aanleg en onderhoud van tuinen en plantsoenen, 9 medewerkers"}}
bedrijfsarts: {{naam: "{ba}", organisatie: "Arbo Veluwezoom"}}
casemanager: {{naam: "{own}"}}
eerste_ziektedag: {c.d0.isoformat()}
""")

    not_due = "§8.1 is judged at as_of (week 63): the AO, EV and oordeel werknemer belong to weeks 88-93, not due"
    expected[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"checked in week {week(c.as_of_off)} (D0+{c.as_of_off}). (1) No 42e-weeksmelding was ever made (due "
            f"D0+294, {DASH(c.d(294))}): the owner of a small gardening firm thought his administratiekantoor did it; "
            "its reply of D0+428 (an e-mail with the arbodienst's question quoted) says it did not. (2) The "
            f"eerstejaarsevaluatie ('{f_eje}', week {week(c.off(eje_d))}, the owner's own form 'Evaluatie eerste "
            "ziektejaar') has no visie of employer or employee (no heading, no view; asserted that 'visie', 'mening', "
            "'standpunt' do not occur). Traps: 'ziekmelding' in the arbodienst's 'Bevestiging ziekmelding' (a sick "
            "report to the arbodienst, which itself says the UWV melding is the employer's job) and '42e weeks "
            "melding' in the mail that says it was not made; the PvA and the bijstelling PvA both have the two "
            "visies; the 2nd track started on time (trajectplan D0+375, after the AD-rapport of week 47 and the "
            "bijstelling of week 51) with a progress report 49 days later; part-time work (12 h light work); a "
            "bureau letterhead with an IBAN whose 9-digit account number passes the bank eleven-test (and fails the "
            "BSN test), a mobile number written +31 6 ... (9 digits after +31, failing the BSN test) and an 8-digit "
            "KvK number; the BSN is written with spaces; owner's notes in e-mail bodies, Word files and a WhatsApp "
            "photo (EXIF 6); the PvA is a copier scan."
        ),
        "must": [
            ent(
                type="ziekmelding_uwv",
                why=f"§8.3 deadlines (42e-weeksmelding <= D0+294, I/W) and §2.2 row 5: as_of is D0+{c.as_of_off} and "
                "no melding to UWV and no UWV confirmation is in the folder (a finding of any code on this type)",
            ),
            ent(
                "content",
                path=f_eje,
                why="§8.6 content: the PvA and the EJE contain a 'visie werkgever/werknemer' (from 1-7-2023, §1.1 "
                "2023 change, art. 4 lid 2 sub b); this EJE has neither",
            ),
        ],
        "must_not": [
            ent(
                type="ziekmelding_uwv",
                severity="error",
                why="§8.3: a late or missing 42e-weeksmelding is I/W (a fine, not a loonsanctie, §2.2 row 5, §6); "
                "§1.3: not an art. 6 element",
            ),
            *present(
                [
                    ("probleemanalyse", f_pa),
                    ("plan_van_aanpak", f_pva),
                    ("eerstejaarsevaluatie", f_eje),
                    ("arbeidsdeskundig_rapport", f_ad),
                    ("bijstelling_plan_van_aanpak", f_bij),
                    ("trajectplan_tweede_spoor", f_tp),
                    ("voortgangsrapportage_tweede_spoor", f_vgr),
                ]
            ),
            *not_due_as_error(["actueel_oordeel", "eindevaluatie", "oordeel_werknemer"], not_due),
            *not_late(
                [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "eerstejaarsevaluatie",
                    "bijstelling_plan_van_aanpak",
                    "trajectplan_tweede_spoor",
                    "arbeidsdeskundig_rapport",
                ],
                f"§8.3: PA D0+{c.off(pa_d)}, PvA PA+{(pva_d - pa_d).days}, EJE week {week(c.off(eje_d))}, "
                f"bijstelling PvA 9 days after the EJE, trajectplan D0+{c.off(tp_d)} <= D0+406",
            ),
            ent(
                "evaluation_gap", why=f"§8.3: employer conversations at most {gap} days apart (asserted), also to as_of"
            ),
            ent(
                "report_gap",
                why=f"§7/§8.2: one progress report {(vgr_d - tp_d).days} days after the trajectplan, "
                f"{(c.as_of - vgr_d).days} days before as_of (<= 9 weeks)",
            ),
            ent("content", path=f_pva, why="§8.6: goal, activities, terms, evaluation, casemanager and both visies"),
            ent("content", path=f_bij, why="§8.6: both visies present"),
            ent("unsigned", path=f_pva, why="§8.5: signed by both (scan)"),
            ent("unsigned", path=f_eje, why="§8.5: signed by both (its defect is content, not signatures)"),
            ent("unsigned", path=f_bij, why="§8.5: signed by both"),
            ent(
                "bsn_invalid",
                why="§8.5/§5.2: the employee BSN is valid (asserted, written with spaces); the IBAN's "
                "account number, the +31 6 mobile number and the KvK number fail the test but are "
                "no BSN",
            ),
            ent("bsn_mismatch", why="§8.5: one BSN throughout"),
            ent("medical_data", why="§8.7/§5.3: functional limitations, hours and job words only"),
            ent("order", why="§8.3: AO/EV not made yet"),
            *common("early", "future", "duplicate", "extension", "override_unused"),
        ],
    }


# --------------------------------------------------------------------------------------------
# Case 3: the AO has no view on the working relationship or suitable work; the RIV was uploaded late
# --------------------------------------------------------------------------------------------


def case_upload_laat(expected: dict[str, Any]) -> None:
    c = Case("ao_zonder_arbeidsrelatie_riv_laat_geupload", dt.date(2024, 9, 16), 660, seed=1103)
    bsn = assert_bsn(g.make_bsn(c.rng))
    bsn_f = g.fmt_bsn(bsn, "dots")
    wn, geb, functie = "Wendy Koster-Veldman", "22-08-1972", "Medewerker klantenservice (telefoon en mail)"
    cm, cm_f = "Jolanda Smit", "HR-adviseur / casemanager"
    ba = "R. Tjoelker"
    firm = "Klantcontactcentrum Delta Service B.V."
    acct = make_bank_account(c.rng)
    bureau_iban = iban("ABNA", acct)
    assert not g.bsn_valid(acct)

    emp = Style(
        "delta",
        firm,
        ("Kempkensberg 3, 9722 TB Groningen", "050 211 40 00 · hr@deltaservice.example"),
        font="sans",
        accent=(200, 30, 60),
        letterhead="left",
        footer=f"{firm} · HR · vertrouwelijk",
    )
    arbo = Style(
        "noorderpoort",
        "Arbo Noorderpoort",
        ("Paterswoldseweg 800, 9728 BM Groningen",),
        font="serif",
        accent=(0, 90, 90),
        letterhead="right",
        fields_as_table=True,
        footer="Arbo Noorderpoort · bedrijfsgezondheidszorg",
    )
    ad = Style(
        "wending",
        "Arbeidsdeskundig adviesbureau De Wending",
        ("Hoofdstraat 14, 9401 EB Assen",),
        font="serif",
        accent=(80, 50, 20),
        letterhead="centered",
    )
    bureau = Style(
        "werkroute",
        "Re-integratiebureau Werkroute",
        ("Vismarkt 22, 9712 CB Groningen", f"050 318 22 90 · IBAN {bureau_iban}"),
        font="condensed",
        accent=(0, 120, 200),
        letterhead="band",
        footer="Werkroute - re-integratie tweede spoor",
    )
    uwv = Style(
        "uwv-3",
        "UWV",
        ("Postbus 58285, 1040 HG Amsterdam",),
        font="sans",
        accent=(0, 82, 155),
        letterhead="left",
        footer="UWV",
    )

    head = [
        ("Naam werknemer", wn),
        ("Geboortedatum", geb),
        ("BSN", bsn_f),
        ("Functie", functie),
        ("Eerste ziektedag", DASH(c.d0)),
    ]
    ondert = lambda d: Signatures([Sig("Werkgever", cm, cm_f, DASH(d)), Sig("Werknemer", wn, "", DASH(d))])  # noqa: E731

    pa_d = c.d(32)
    f_pa = c.pdf(
        "1 Probleemanalyse/Probleemanalyse Koster.pdf",
        [
            Title("Probleemanalyse"),
            Fields([*head, ("Werkgever", firm), ("Datum", DASH(pa_d))]),
            Heading("Beperkingen en mogelijkheden"),
            Bullets(
                [
                    "beperkt in het omgaan met conflicten en emotionele gesprekken",
                    "geen werk onder hoge tijdsdruk (piekuren telefoon)",
                    "werktijden: ongeveer 4 uur per dag, 4 dagen",
                ]
            ),
            Heading("Prognose"),
            Para("Langdurig. Verbetering is mogelijk, maar volledige terugkeer in het telefonische werk is onzeker."),
            Heading("Advies"),
            Para("Plan van aanpak binnen twee weken; start met mailwerk in de back-office, geen telefoon."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbo Noorderpoort", DASH(pa_d))]),
        ],
        arbo,
    )

    pva_d = c.d(45)
    pva_blocks = [
        Title("Plan van aanpak"),
        Fields([*head, ("Casemanager", cm), ("Datum probleemanalyse", DASH(pa_d))]),
        Heading("Doel"),
        Para("Terugkeer in eigen werk, eerst in de back-office (mail)."),
        Heading("Activiteiten en termijnen"),
        Bullets(
            [
                f"start 4 x 2 uur mailwerk vanaf {DASH(c.d(52))}",
                "opbouw per 4 weken in overleg met de bedrijfsarts",
                "coachingstraject bij Delta Academy (intern), 6 sessies",
            ]
        ),
        Heading("Evaluatie"),
        Para("Elke 6 weken met de casemanager; eerstejaarsevaluatie in week 50."),
        Heading("Visie werkgever"),
        Para("Wendy is een ervaren kracht; de back-office biedt ruimte om rustig op te bouwen."),
        Heading("Visie werknemer"),
        Para("Ik wil niet meer aan de telefoon, maar mailwerk zie ik wel zitten."),
        ondert(pva_d),
    ]
    f_pva = c.pdf("2 Plan van aanpak/Plan van aanpak W. Koster getekend.pdf", pva_blocks, emp)

    meet = {
        80: "Wendy werkt 4 x 2 uur mailwerk in de back-office; dat gaat goed.",
        160: "Wendy werkt 4 x 3 uur: mail en schriftelijke klachtafhandeling.",
        250: "Wendy werkt 4 x 4 uur in de back-office. Een proefdag aan de telefoon is afgebroken; telefoonwerk lukt niet.",
        450: "Het tweede spoor loopt via Werkroute; de 16 uur in de back-office blijven.",
        590: "WIA-aanvraag besproken. De brief van UWV wordt rond week 88 verwacht; de eindevaluatie wordt gepland.",
    }
    f_meet = {}
    for o, t in meet.items():
        md = c.d(o)
        f_meet[o] = c.pdf(
            f"3 Gesprekken/Gespreksverslag {md.isoformat()}.pdf",
            [
                Title("Gespreksverslag re-integratie"),
                Fields([("Werknemer", wn), ("BSN", bsn_f), ("Datum", DASH(md))]),
                Para(t),
                Signatures([Sig("Casemanager", cm, cm_f, DASH(md))]),
            ],
            emp,
        )

    mel_d = c.d(289)
    f_mel = c.pdf(
        "4 UWV/Ziekmelding UWV week 42.pdf",
        [
            Title("Ziekmelding na 42 weken", sub="kopie melding werkgeversportaal"),
            Fields(
                [
                    ("Werkgever", firm),
                    ("Werknemer", wn),
                    ("BSN", bsn_f),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Datum melding", DASH(mel_d)),
                ]
            ),
        ],
        emp,
    )

    ad_d = c.d(329)
    f_ad = c.pdf(
        "5 Arbeidsdeskundige/Rapport arbeidsdeskundige.pdf",
        [
            Title("Rapportage arbeidsdeskundig onderzoek"),
            Fields(
                [*head, ("Datum", DASH(ad_d)), ("Arbeidsdeskundige", "drs. B. Hoekstra, register-arbeidsdeskundige")]
            ),
            Heading("Conclusie"),
            Para(
                "Het eigen werk (telefonische klantenservice) is niet passend. Aangepast werk in de back-office is "
                "passend voor 16 uur per week; meer uren zijn bij de werkgever niet beschikbaar. Voor de resterende "
                "belastbaarheid is passend werk buiten het bedrijf nodig."
            ),
            Heading("Advies"),
            Bullets(
                ["spoor 1: 16 uur back-office structureel maken", "spoor 2 inzetten direct na de eerstejaarsevaluatie"]
            ),
            Signatures([Sig("Arbeidsdeskundige", "B. Hoekstra", "register-arbeidsdeskundige", DASH(ad_d))]),
        ],
        ad,
    )

    eje_d = c.d(343)
    f_eje = c.pdf(
        "6 Evaluaties/Eerstejaarsevaluatie W. Koster.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            Fields([*head, ("Datum", DASH(eje_d))]),
            Heading("Terugblik"),
            Para("Opbouw naar 16 uur back-office; telefoonwerk niet haalbaar. Zie rapport arbeidsdeskundige."),
            Heading("Beoogd resultaat tweede jaar"),
            Para(
                "16 uur structureel in aangepast werk bij Delta; daarnaast passend werk bij een andere werkgever (spoor 2)."
            ),
            Heading("Visie werkgever"),
            Para("Wij maken de 16 uur back-office structureel en zetten een tweede spoor in via Werkroute."),
            Heading("Visie werknemer"),
            Para("Ik ben blij met de back-office en sta open voor werk elders voor de andere uren."),
            ondert(eje_d),
        ],
        emp,
    )

    # a bijstelling that legitimately replaces the plan
    bij_d = c.d(350)
    f_bij = c.pdf(
        "2 Plan van aanpak/Bijstelling plan van aanpak (vervangt PvA).pdf",
        [
            Title("Bijstelling plan van aanpak", sub=f"vervangt het plan van aanpak van {DASH(pva_d)}"),
            Fields([*head, ("Datum", DASH(bij_d)), ("Casemanager", cm)]),
            Heading("Nieuw re-integratiedoel"),
            Para(
                "Spoor 1: 16 uur aangepast werk in de back-office, structureel. Spoor 2: passend werk buiten Delta voor "
                "de overige uren, begeleid door Re-integratiebureau Werkroute."
            ),
            Heading("Afspraken"),
            Bullets(
                [
                    f"intake Werkroute voor {DASH(c.d(371))}",
                    "rapportage Werkroute elke 8 weken",
                    "gesprekken met de casemanager blijven elke 6 weken",
                ]
            ),
            Heading("Visie werkgever"),
            Para("Het oorspronkelijke doel (eigen werk) is niet meer haalbaar; dit plan vervangt het vorige."),
            Heading("Visie werknemer"),
            Para("Ik ga akkoord met de nieuwe afspraken."),
            ondert(bij_d),
        ],
        emp,
    )

    tp_d = c.d(371)
    f_tp = c.pdf(
        "7 Tweede spoor/Trajectplan Werkroute.pdf",
        [
            Title("Trajectplan tweede spoor"),
            Fields(
                [
                    ("Deelnemer", wn),
                    ("BSN", bsn_f),
                    ("Opdrachtgever", firm),
                    ("Datum", DASH(tp_d)),
                    ("Jobcoach", "Priscilla Mulder"),
                ]
            ),
            Heading("Zoekprofiel"),
            Bullets(["administratief werk zonder telefoon, 12-16 uur", "regio Groningen"]),
            Heading("Planning"),
            Para("Oriëntatie 6 weken, daarna gericht solliciteren; werkervaringsplek mogelijk."),
            Signatures(
                [Sig("Jobcoach", "Priscilla Mulder", "Werkroute", DASH(tp_d)), Sig("Deelnemer", wn, "", DASH(tp_d))]
            ),
        ],
        bureau,
    )
    vgr_offs = [427, 483, 539, 595]
    f_vgr = []
    for i, o in enumerate(vgr_offs, 1):
        vd = c.d(o)
        f_vgr.append(
            c.pdf(
                f"7 Tweede spoor/Voortgangsrapportage {i}.pdf",
                [
                    Title(f"Voortgangsrapportage {i}", sub="re-integratie tweede spoor"),
                    Fields(
                        [
                            ("Deelnemer", wn),
                            ("BSN", bsn_f),
                            ("Datum", DASH(vd)),
                            ("Rapportageperiode", f"{DASH(c.d(vgr_offs[i - 2] if i > 1 else 371))} - {DASH(vd)}"),
                        ]
                    ),
                    Bullets(
                        [
                            f"{2 + i} sollicitaties",
                            "netwerkgesprekken: 3",
                            "werkervaringsplek gemeente besproken"
                            if i == 3
                            else "vacatures administratief medewerker bekeken",
                        ]
                    ),
                    Signatures([Sig("Jobcoach", "Priscilla Mulder", "Werkroute", DASH(vd))]),
                ],
                bureau,
            )
        )
    er_d = c.d(616)
    f_er = c.pdf(
        "7 Tweede spoor/Eindrapportage tweede spoor.pdf",
        [
            Title("Eindrapportage tweede spoor"),
            Fields([("Deelnemer", wn), ("BSN", bsn_f), ("Datum", DASH(er_d))]),
            Heading("Resultaat traject"),
            Para(
                "Ondanks 14 sollicitaties en een werkervaringsplek van 8 weken geen passende baan gevonden. Traject afgesloten."
            ),
            Signatures([Sig("Jobcoach", "Priscilla Mulder", "Werkroute", DASH(er_d))]),
        ],
        bureau,
    )

    brief_d = c.d(612)
    c.scan(
        "4 UWV/Brief UWV aanvraag WIA.pdf",
        [
            Title("Uw werknemer kan een WIA-uitkering aanvragen"),
            Fields(
                [("Datum", L(brief_d)), ("Werknemer", wn), ("Burgerservicenummer", bsn), ("Eerste ziektedag", L(c.d0))]
            ),
            Para(
                f"Uw werknemer is bijna 2 jaar ziek. Hij of zij kan een WIA-uitkering aanvragen; de uiterste datum is "
                f"{L(c.d(650))}. U stuurt het re-integratieverslag uiterlijk 1 dag nadat uw werknemer de aanvraag heeft "
                "gedaan via het werkgeversportaal."
            ),
        ],
        uwv,
    )

    # PLANTED: the AO names no view on the working relationship or on suitable work at the employer
    ao_d = c.d(613)
    ao_blocks = [
        Title("Actueel oordeel", sub="bedrijfsarts, ten behoeve van de WIA-aanvraag"),
        Fields([*head, ("Werkgever", firm), ("Datum spreekuur", DASH(ao_d)), ("Datum", DASH(ao_d))]),
        Heading("Stand van zaken"),
        Para(
            "Werkneemster is sinds bijna twee jaar gedeeltelijk arbeidsongeschikt. De re-integratie is vastgelegd in "
            "de rapportages van de werkgever en het re-integratiebureau."
        ),
        Heading("Belastbaarheid"),
        Bullets(
            [
                "beperkt in conflicthantering en emotioneel belastende gesprekken",
                "geen werk onder hoge tijdsdruk",
                "werktijden: 4 uur per dag, 4 dagen per week (16 uur)",
            ]
        ),
        Heading("Prognose"),
        Para("Stabiel; geen verdere verbetering van de belastbaarheid te verwachten."),
        Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbo Noorderpoort", DASH(ao_d))]),
    ]
    ao_text = c.text_of(ao_blocks)
    assert all(w not in ao_text for w in ("arbeidsrelatie", "werkrelatie", "passend", "passende"))
    f_ao = c.pdf("8 WIA/Actueel oordeel bedrijfsarts.pdf", ao_blocks, arbo)

    ev_d = c.d(627)
    ev_blocks = [
        Title("Eindevaluatie plan van aanpak"),
        Fields([*head, ("Datum", DASH(ev_d)), ("Casemanager", cm)]),
        Heading("Aard van het bedrijf"),
        Para(
            "Delta Service is een klantcontactcentrum in Groningen met 240 medewerkers; het beantwoordt telefoon, "
            "chat en mail voor energieleveranciers."
        ),
        Heading("Terugblik"),
        Para(
            "Twee jaar re-integratie: opbouw in de back-office naar 16 uur, telefoonwerk niet haalbaar; tweede spoor "
            "van week 54 tot week 89 zonder plaatsing (zie eindrapportage Werkroute)."
        ),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para("Goed. Er zijn geen conflicten; Wendy en haar teamleider werken prettig samen."),
        Heading("Passende arbeid bij de werkgever"),
        Para(
            "16 uur back-office (mail en schriftelijke klachten) is passend en structureel; meer passende arbeid is "
            "er bij Delta niet."
        ),
        Heading("Visie werkgever"),
        Para("Wij hebben alles gedaan wat redelijk is en houden de 16 uur aan."),
        Heading("Visie werknemer"),
        Para("Ik ben het met deze evaluatie eens."),
        ondert(ev_d),
    ]
    ev_text = c.text_of(ev_blocks)
    assert all(w in ev_text for w in ("aard van het bedrijf", "arbeidsrelatie", "passende arbeid"))
    f_ev = c.pdf("8 WIA/Eindevaluatie W. Koster.pdf", ev_blocks, emp)

    ow_d = c.d(633)
    f_ow = c.docx(
        "8 WIA/Oordeel werknemer.docx",
        [
            Title("Mijn oordeel over het re-integratieverslag"),
            Fields([("Naam", wn), ("BSN", bsn_f), ("Datum", DASH(ow_d))]),
            Para(
                "Ik ben het grotendeels eens met het verslag. Wel vind ik dat het tweede spoor eerder had mogen beginnen; "
                "de eerste maanden bij Werkroute gingen vooral over mijn cv."
            ),
            Signatures([Sig("Werknemer", wn, "", DASH(ow_d))]),
        ],
        Style("wendy", "", (), font="serif", letterhead="none"),
    )

    aanvraag = c.d(638)
    upload = c.d(648)
    c.eml(
        "8 WIA/RIV geupload.eml",
        "Jolanda Smit <j.smit@deltaservice.example>",
        "Salarisadministratie <salaris@deltaservice.example>",
        f"RIV {wn} geüpload",
        upload,
        f"Hoi allen,\n\nWendy heeft op {DASH(aanvraag)} haar WIA-aanvraag ingediend. Door mijn vakantie "
        f"is het re-integratieverslag pas vandaag ({DASH(upload)}) via het werkgeversportaal geüpload: "
        "probleemanalyse, plan van aanpak en bijstelling, eerstejaarsevaluatie, actueel oordeel en "
        "eindevaluatie, plus de rapporten van de arbeidsdeskundige en Werkroute.\n\nGroet,\nJolanda\n",
        hour=15,
        minute=20,
    )
    ont_d = c.d(651)
    c.scan(
        "4 UWV/Ontvangstbevestiging RIV.pdf",
        [
            Title("Ontvangstbevestiging re-integratieverslag"),
            Fields([("Datum", L(ont_d)), ("Werknemer", wn), ("Burgerservicenummer", bsn)]),
            Para(
                f"Op {L(upload)} hebben wij het re-integratieverslag van uw werknemer ontvangen. Uw werknemer heeft op "
                f"{L(aanvraag)} een WIA-uitkering aangevraagd. Wij beoordelen nu of de re-integratie-inspanningen "
                "voldoende zijn geweest."
            ),
        ],
        uwv,
    )

    assert 10 <= len(c.files) <= 25, len(c.files)
    assert (upload - aanvraag).days == 10 and c.off(aanvraag) <= 650 and ao_d < ev_d < aanvraag
    assert (aanvraag - ao_d).days <= 56 and c.off(ao_d) >= 7 * 79 and c.off(ev_d) <= 636
    assert all((c.d(b) - c.d(a)).days <= 63 for a, b in zip([371, *vgr_offs], [*vgr_offs, 616], strict=True))

    c.dossier_yaml(f"""werknemer: {{naam: "{wn}", bsn: "{bsn}", functie: "{functie}"}}
werkgever: {{naam: "{firm}", aard_van_het_bedrijf: "Klantcontactcentrum voor energieleveranciers, 240 medewerkers"}}
bedrijfsarts: {{naam: "{ba}", organisatie: "Arbo Noorderpoort"}}
casemanager: {{naam: "{cm}"}}
eerste_ziektedag: {c.d0.isoformat()}
aanvraag_wia: {aanvraag.isoformat()}
""")

    expected[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": aanvraag.isoformat(),
        "planted": (
            f"checked in week {week(c.as_of_off)} (D0+{c.as_of_off}), after the application of D0+{c.off(aanvraag)} "
            f"(week {week(c.off(aanvraag))}, dossier.yaml). (1) The actueel oordeel ('{f_ao}', D0+{c.off(ao_d)}) gives "
            "belastbaarheid and prognosis but no view of the bedrijfsarts on the working relationship and none on "
            "suitable work at the employer (asserted: 'arbeidsrelatie', 'werkrelatie', 'passend' do not occur). (2) The "
            f"employer uploaded the RIV on D0+{c.off(upload)}, 10 days after the application (due the next day): "
            "HR's mail and UWV's 'Ontvangstbevestiging re-integratieverslag' (a scan) both give the dates. Traps: "
            "the EV covers aard van het bedrijf, arbeidsrelatie and passende arbeid (the employer's part); the AO "
            f"is {(aanvraag - ao_d).days} days before the application and before the EV; a 'Bijstelling plan van "
            "aanpak (vervangt PvA)' legitimately replaces the plan at the start of the 2nd track; the 2nd track "
            "started on time (D0+371) with reports every 8 weeks and an eindrapportage; UWV's week-88 letter (scan) "
            "names the one-day upload rule; the oordeel werknemer is a Word file that partly disagrees; an IBAN on "
            "the bureau letterhead; BSN with dots. Only five meeting reports are filed (a selection): evaluation "
            "gaps are not judged here, and a tool may report them."
        ),
        "must": [
            ent(
                "content",
                path=f_ao,
                why="§8.6 content: the AO mentions arbeidsrelatie and passende arbeid (§1.1 items i and k, §1.2 lid 9: "
                "the bedrijfsarts's views appear with the AO); this AO has neither",
            ),
            ent(
                "late",
                why=f"§8.3 deadlines: upload <= application+1 (§2.2 row 14, UWV [S8]); application D0+{c.off(aanvraag)}, "
                f"upload D0+{c.off(upload)} per HR's mail and UWV's ontvangstbevestiging (no type is given: the "
                "upload is no RIV element)",
            ),
        ],
        "must_not": [
            ent(
                "missing",
                "plan_van_aanpak",
                why=f"§8.1/§8.2: present ({f_pva}); the bijstelling replaces it legitimately (§1.2 lid 7/8)",
            ),
            *present(
                [
                    ("probleemanalyse", f_pa),
                    ("bijstelling_plan_van_aanpak", f_bij),
                    ("eerstejaarsevaluatie", f_eje),
                    ("arbeidsdeskundig_rapport", f_ad),
                    ("actueel_oordeel", f_ao),
                    ("eindevaluatie", f_ev),
                    ("oordeel_werknemer", f_ow),
                    ("ziekmelding_uwv", f_mel),
                    ("trajectplan_tweede_spoor", f_tp),
                    ("eindrapportage_tweede_spoor", f_er),
                ]
            ),
            *not_late(
                [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "bijstelling_plan_van_aanpak",
                    "eerstejaarsevaluatie",
                    "actueel_oordeel",
                    "eindevaluatie",
                    "oordeel_werknemer",
                    "ziekmelding_uwv",
                    "trajectplan_tweede_spoor",
                    "arbeidsdeskundig_rapport",
                ],
                f"§8.3: PA D0+{c.off(pa_d)}, PvA PA+{(pva_d - pa_d).days}, melding week 42, EJE week 50, trajectplan "
                f"D0+371, EV D0+{c.off(ev_d)} <= D0+636, application D0+{c.off(aanvraag)} <= D0+650",
            ),
            ent(
                "outdated",
                type="actueel_oordeel",
                why=f"§8.4/§2.5: the AO is {(aanvraag - ao_d).days} days before the application (<= 8 weeks) and after week 80",
            ),
            ent(
                "outdated",
                type="eindevaluatie",
                why=f"§8.4/§2.5: the EV is {(aanvraag - ev_d).days} days before the application",
            ),
            ent(
                "order",
                why=f"§8.3/§2.5: AO D0+{c.off(ao_d)} <= EV D0+{c.off(ev_d)} <= application D0+{c.off(aanvraag)}",
            ),
            ent("content", path=f_ev, why="§8.6: the EV has aard van het bedrijf, arbeidsrelatie and passende arbeid"),
            ent("content", path=f_pva, why="§8.6: casemanager, goal, activities, terms, evaluation, both visies"),
            ent("content", path=f_eje, why="§8.6: both visies present"),
            ent("content", path=f_bij, why="§8.6: both visies present"),
            ent("report_gap", why="§7/§8.2: progress reports every 56 days, the eindrapportage 21 days after the last"),
            ent("unsigned", path=f_pva, why="§8.5: signed by both"),
            ent("unsigned", path=f_bij, why="§8.5: signed by both"),
            ent("unsigned", path=f_eje, why="§8.5: signed by both"),
            ent("unsigned", path=f_ev, why="§8.5: signed by both"),
            ent("bsn_invalid", why="§8.5/§5.2: one BSN, valid (asserted); the IBAN's account number is no BSN"),
            ent("bsn_mismatch", why="§8.5: one BSN throughout"),
            ent("medical_data", why="§8.7/§5.3: functional wording only"),
            *common("early", "future", "duplicate", "extension", "override_unused"),
        ],
    }


# --------------------------------------------------------------------------------------------
# Case 4: the bijstelling PvA follows the bijstelling PA after 49 days; the EV recounts medical details
# --------------------------------------------------------------------------------------------


def case_bijstelling_laat(expected: dict[str, Any]) -> None:
    c = Case("bijstelling_pva_laat_ev_medisch", dt.date(2024, 10, 7), 655, seed=1104)
    bsn = assert_bsn(g.make_bsn(c.rng))
    wn, geb = "Kevin Brouwer", "09-06-1990"
    functie = "Chauffeur / magazijnmedewerker buitendienst"
    cm, cm_f = "Petra van Dongen", "HR-manager"
    ba = "drs. S. Aarts"
    firm = "Bouwmaterialenhandel De Kroon B.V."
    accident = c.d0 - dt.timedelta(days=4)
    assert accident.weekday() == 3

    emp = Style(
        "dekroon",
        firm,
        ("Ringbaan-Oost 180, 5013 CE Tilburg", "013 543 60 60 · hr@dekroon-bouw.example"),
        font="sans",
        accent=(180, 120, 0),
        letterhead="band",
        footer=f"{firm} · personeelsdossier",
    )
    arbo = Style(
        "arboplus",
        "ArboPlus Brabant",
        ("Stationsstraat 21, 5038 EB Tilburg", "013 205 90 90"),
        font="serif",
        accent=(120, 0, 60),
        letterhead="left",
        footer="ArboPlus Brabant",
    )
    ad = Style(
        "vanhoof",
        "AD-Praktijk Van Hoof",
        ("Markt 9, 5061 HE Oisterwijk",),
        font="sans",
        accent=(60, 60, 60),
        letterhead="right",
    )
    uwv = Style(
        "uwv-4",
        "UWV",
        ("Postbus 58285, 1040 HG Amsterdam",),
        font="sans",
        accent=(0, 82, 155),
        letterhead="left",
        footer="UWV",
    )

    head = [
        ("Naam werknemer", wn),
        ("Geboortedatum", geb),
        ("BSN", bsn),
        ("Functie", functie),
        ("Eerste ziektedag", DASH(c.d0)),
    ]
    both = lambda d: Signatures([Sig("Werkgever", cm, cm_f, DASH(d)), Sig("Werknemer", wn, "", DASH(d))])  # noqa: E731

    f_reg = c.pdf(
        "Verzuim/Verzuimregistratie K. Brouwer.pdf",
        [
            Title("Ziekmelding - verzuimregistratie"),
            Fields(
                [
                    ("Werknemer", wn),
                    ("Personeelsnummer", "20731"),
                    ("BSN", bsn),
                    ("Ziek gemeld op", DASH(c.d0) + " 06:55"),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Laatst gewerkt", DASH(accident + dt.timedelta(days=1))),
                    (
                        "Bedrijfsongeval",
                        f"ja, op {DASH(accident)} tijdens het laden (intern ongevalsformulier opgemaakt)",
                    ),
                    ("Verkeersongeval / regres", "nee"),
                    ("Vangnet Ziektewet", "nee"),
                    ("Verwachte duur", "langer dan 6 weken"),
                    ("Bereikbaar", "thuis, 06 2294 8170"),
                ]
            ),
            Para(
                "Werknemer heeft na het ongeval op donderdag de dienst afgemaakt en vrijdag nog op kantoor gewerkt. "
                "Eerste ziektedag is maandag."
            ),
            Signatures([Sig("Geregistreerd door", cm, cm_f, DASH(c.d0))]),
        ],
        emp,
    )

    pa_d = c.d(40)
    pva_d = pa_d + dt.timedelta(days=14)
    assert pva_d.weekday() < 5 and (pa_d - accident).days > 42 and c.off(pa_d) <= 42
    f_pa = c.pdf(
        "Arbo/Probleemanalyse Brouwer.pdf",
        [
            Title("Probleemanalyse"),
            Fields([*head, ("Werkgever", firm), ("Datum", DASH(pa_d))]),
            Para(
                f"Er is sprake van een bedrijfsongeval op {DASH(accident)}; werknemer heeft daarna nog gewerkt tot en met "
                f"{DASH(accident + dt.timedelta(days=1))}. De eerste ziektedag is {DASH(c.d0)}."
            ),
            Heading("Beperkingen en mogelijkheden"),
            Bullets(
                [
                    "niet traplopen, niet klimmen (cabine, laadperron)",
                    "niet langer dan 15 minuten achtereen staan of lopen",
                    "zittend werk mogelijk, 4 x 4 uur",
                ]
            ),
            Heading("Prognose"),
            Para("Terugkeer in het eigen werk wordt verwacht binnen 4 tot 6 maanden."),
            Heading("Advies"),
            Para("Plan van aanpak binnen twee weken; tijdelijk zittend werk in de binnendienst (orderverwerking)."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, ArboPlus Brabant", DASH(pa_d))]),
        ],
        arbo,
    )

    f_pva = c.scan(
        "PvA/PvA Kevin getekend.pdf",
        [
            Title("Plan van aanpak"),
            Fields([*head, ("Datum probleemanalyse", DASH(pa_d)), ("Casemanager", cm)]),
            Heading("Doel"),
            Para(
                "Terugkeer in eigen werk als chauffeur/magazijnmedewerker; tot die tijd zittend werk in de binnendienst."
            ),
            Heading("Activiteiten en termijnen"),
            Bullets(
                [
                    f"orderverwerking binnendienst 4 x 4 uur vanaf {DASH(pva_d + dt.timedelta(days=3))}",
                    "opbouw na elk spreekuur",
                    "evaluatie elke 6 weken met de HR-manager",
                ]
            ),
            Heading("Visie werkgever"),
            Para("We hebben genoeg zittend werk in de binnendienst om Kevin tijdelijk te plaatsen."),
            Heading("Visie werknemer"),
            Para("Ik wil zo snel mogelijk weer de weg op."),
            both(pva_d),
        ],
        emp,
        rotate_deg=0.4,
    )

    meet = {
        88: "Kevin werkt 4 x 4 uur in de orderverwerking; dat gaat goed.",
        160: "Kevin werkt 4 x 5 uur in de binnendienst; het eigen werk is nog niet in zicht.",
        300: "Kevin werkt 24 uur in orderverwerking en voorraadadministratie; de werkplek is aangepast.",
        420: "Kevin werkt structureel 24 uur in de binnendienst; de functie magazijnadministratie is vastgelegd.",
        560: "De WIA-aanvraag is voorbereid; de brief van UWV wordt rond week 88 verwacht.",
    }
    f_meet = {}
    for o, t in meet.items():
        md = c.d(o)
        f_meet[o] = c.pdf(
            f"Gesprekken/Verslag {DASH(md)}.pdf",
            [
                Title("Verslag re-integratiegesprek"),
                Fields([("Werknemer", wn), ("BSN", bsn), ("Datum", DASH(md)), ("Aanwezig", f"{wn}, {cm}")]),
                Para(f"{t} Medische details worden niet in dit verslag opgenomen."),
                both(md),
            ],
            emp,
        )

    bpa_d = c.d(205)
    f_bpa = c.pdf(
        "Arbo/Bijstelling probleemanalyse.pdf",
        [
            Title("Bijstelling probleemanalyse"),
            Fields([*head, ("Datum", DASH(bpa_d))]),
            Heading("Gewijzigde belastbaarheid"),
            Bullets(
                [
                    "blijvend niet klimmen (cabine, laadperron) en geen zwaar tillen",
                    "zittend en afwisselend werk: 24 uur per week (4 x 6 uur)",
                ]
            ),
            Heading("Prognose"),
            Para(
                "Terugkeer in het eigen werk als chauffeur/magazijnmedewerker buitendienst is niet meer te verwachten."
            ),
            Heading("Advies"),
            Para(
                "Stel het plan van aanpak binnen twee weken bij: ander werk bij de werkgever (binnendienst), "
                "opbouw naar 24 uur."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, ArboPlus Brabant", DASH(bpa_d))]),
        ],
        arbo,
    )

    # PLANTED: the bijstelling PvA 49 days after the bijstelling PA, without a motivation
    bpv_d = c.d(254)
    bpv_blocks = [
        Title("Bijstelling plan van aanpak"),
        Fields([*head, ("Datum", DASH(bpv_d)), ("Casemanager", cm)]),
        Para(
            f"Naar aanleiding van de bijstelling van de probleemanalyse van {DASH(bpa_d)} stellen wij het plan van "
            "aanpak bij."
        ),
        Heading("Nieuw re-integratiedoel"),
        Para("Spoor 1, ander werk bij de werkgever: medewerker magazijnadministratie / orderverwerking, 24 uur."),
        Heading("Afspraken"),
        Bullets(["opbouw naar 4 x 6 uur binnen 8 weken", "werkplek met sta-zittafel", "evaluatie elke 6 weken"]),
        Heading("Visie werkgever"),
        Para("De binnendienst kan Kevin structureel 24 uur plaatsen."),
        Heading("Visie werknemer"),
        Para("Jammer dat de weg op er niet meer in zit, maar dit werk bevalt me."),
        both(bpv_d),
    ]
    bpv_text = c.text_of(bpv_blocks)
    assert all(w not in bpv_text for w in ("vakantie", "later dan", "vertraging", "motivatie", "art. 5"))
    f_bpv = c.pdf("PvA/Bijstelling PvA Brouwer.pdf", bpv_blocks, emp)
    lag = (bpv_d - bpa_d).days
    assert lag == 49

    mel_d = c.d(288)
    f_mel = c.pdf(
        "UWV/42e weeks melding.pdf",
        [
            Title("Ziekmelding langdurig zieke werknemer"),
            Fields(
                [
                    ("Werkgever", firm),
                    ("Werknemer", wn),
                    ("BSN", bsn),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Datum melding", DASH(mel_d)),
                ]
            ),
        ],
        emp,
    )

    ad_d = c.d(326)
    f_ad = c.pdf(
        "AD/Rapportage AD Van Hoof.pdf",
        [
            Title("Arbeidsdeskundig rapport"),
            Fields([*head, ("Datum", DASH(ad_d)), ("Arbeidsdeskundige", "M. van Hoof, register-arbeidsdeskundige")]),
            Para(
                "Het eigen werk is niet meer passend. De functie magazijnadministratie (24 uur) past binnen de "
                "belastbaarheid en is structureel; de resterende belastbaarheid wordt daarmee volledig benut. Een tweede "
                "spoor is niet nodig."
            ),
            Signatures([Sig("Arbeidsdeskundige", "M. van Hoof", "register-arbeidsdeskundige", DASH(ad_d))]),
        ],
        ad,
    )

    eje_d = c.d(343)
    f_eje = c.pdf(
        "Evaluaties/Eerstejaarsevaluatie Brouwer.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            Fields([*head, ("Datum", DASH(eje_d))]),
            Heading("Terugblik"),
            Para("Kevin werkt sinds de bijstelling structureel 24 uur als medewerker magazijnadministratie."),
            Heading("Tweede spoor"),
            Para(
                "Niet nodig: de resterende belastbaarheid (24 uur) wordt volledig benut in passend werk bij de werkgever "
                "(zie rapport arbeidsdeskundige)."
            ),
            Heading("Visie werkgever"),
            Para("Tevreden over de plaatsing."),
            Heading("Visie werknemer"),
            Para("Ik wil dit werk houden."),
            both(eje_d),
        ],
        emp,
    )

    brief_d = c.d(612)
    c.scan(
        "UWV/Brief UWV WIA.pdf",
        [
            Title("Aanvraag WIA-uitkering"),
            Fields([("Datum", L(brief_d)), ("Werknemer", wn), ("Burgerservicenummer", bsn)]),
            Para(f"Uw werknemer is bijna 2 jaar ziek en kan een WIA-uitkering aanvragen, uiterlijk op {L(c.d(650))}."),
        ],
        uwv,
    )

    ao_d = c.d(617)
    f_ao = c.pdf(
        "WIA/Actueel oordeel.pdf",
        [
            Title("Actueel oordeel bedrijfsarts"),
            Fields([*head, ("Datum", DASH(ao_d))]),
            Heading("Belastbaarheid"),
            Bullets(["niet klimmen, geen zwaar tillen", "24 uur per week zittend/afwisselend werk"]),
            Heading("Arbeidsrelatie"),
            Para("Goed; geen conflicten."),
            Heading("Passende arbeid bij de werkgever"),
            Para("De functie magazijnadministratie (24 uur) is passend en structureel."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, ArboPlus Brabant", DASH(ao_d))]),
        ],
        arbo,
    )

    # PLANTED: the eindevaluatie recounts diagnosis, operation, medication and specialist
    ev_d = c.d(627)
    ev_blocks = [
        Title("Eindevaluatie"),
        Fields([*head, ("Datum", DASH(ev_d)), ("Casemanager", cm)]),
        Heading("Aard van het bedrijf"),
        Para("Groothandel in bouwmaterialen met eigen bezorgdienst, 85 medewerkers, vestigingen in Tilburg en Breda."),
        Heading("Terugblik"),
        Para(
            f"Op {DASH(accident)} sprong Kevin van het laadperron en scheurde daarbij de voorste kruisband en de "
            "meniscus van zijn rechterknie. Na de kruisbandreconstructie in het ziekenhuis (februari 2025) volgde een "
            "lange revalidatie bij de fysiotherapeut. Door aanhoudende pijn gebruikt hij dagelijks tramadol; de "
            "orthopeed heeft in april 2026 beginnende artrose vastgesteld. Kevin werkt sinds de zomer van 2025 "
            "structureel 24 uur als medewerker magazijnadministratie."
        ),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para("Goed."),
        Heading("Passende arbeid"),
        Para("Magazijnadministratie 24 uur, structureel; meer passende arbeid is er niet."),
        Heading("Visie werkgever"),
        Para("Wij zijn tevreden over de inzet van Kevin."),
        Heading("Visie werknemer"),
        Para("Akkoord."),
        both(ev_d),
    ]
    f_ev = c.pdf("WIA/Eindevaluatie K. Brouwer.pdf", ev_blocks, emp)

    ow_d = c.d(632)
    f_ow = c.scan(
        "WIA/scan oordeel werknemer.pdf",
        [
            Title("Oordeel van de werknemer over het re-integratieverslag"),
            Fields([("Naam", wn), ("BSN", bsn), ("Datum", DASH(ow_d))]),
            Para("Ik ben het eens met het re-integratieverslag."),
            Signatures([Sig("Werknemer", wn, "", DASH(ow_d))]),
        ],
        Style("kevin", "", (), font="sans", letterhead="none"),
    )

    aanvraag = c.d(641)
    assert ao_d < ev_d < aanvraag and c.off(ev_d) <= 636 and c.off(aanvraag) <= 650 and (aanvraag - ao_d).days <= 56
    assert 10 <= len(c.files) <= 25, len(c.files)

    c.dossier_yaml(f"""werknemer: {{naam: "{wn}", bsn: "{bsn}", functie: "{functie}"}}
werkgever: {{naam: "{firm}", aard_van_het_bedrijf: "Groothandel in bouwmaterialen met bezorgdienst, 85 medewerkers"}}
bedrijfsarts: {{naam: "{ba}", organisatie: "ArboPlus Brabant"}}
casemanager: {{naam: "{cm}"}}
eerste_ziektedag: {c.d0.isoformat()}
aanvraag_wia: {aanvraag.isoformat()}
""")

    expected[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": aanvraag.isoformat(),
        "planted": (
            f"checked in week {week(c.as_of_off)} (D0+{c.as_of_off}), after the application (D0+{c.off(aanvraag)}, week "
            f"{week(c.off(aanvraag))}). (1) The bijstelling probleemanalyse of D0+{c.off(bpa_d)} ({DASH(bpa_d)}: own "
            "work no longer expected) asks to adjust the plan van aanpak within two weeks; the bijstelling PvA "
            f"('{f_bpv}') is dated {DASH(bpv_d)}, {lag} days later, with no written motivation. (2) The eindevaluatie "
            f"('{f_ev}', an employer document for UWV) recounts the diagnosis (torn cruciate ligament and meniscus), the "
            "operation, physiotherapy, daily tramadol and the orthopaedist's finding (artrose). Traps: the work "
            f"accident was on Thursday {DASH(accident)} but the employee worked on until Friday, so the first sick day "
            f"is Monday {DASH(c.d0)}: the PA (D0+{c.off(pa_d)}) is {(pa_d - accident).days} days after the accident but on "
            f"time; the PvA is exactly 14 days after the PA; the HR sick registration records 'bedrijfsongeval: ja' "
            "(allowed, DOMAIN §5.1) without injury details; meeting reports say 'Medische details worden niet in dit "
            "verslag opgenomen'; no 2nd track, motivated in the AD-rapport and the EJE (the remaining 24 hours are fully "
            f"used in other work at the employer); AO before EV, {(aanvraag - ao_d).days} days before the application; "
            "the PvA and the "
            "oordeel werknemer are copier scans. Only five meeting reports are filed (a selection): evaluation "
            "gaps are not judged here, and a tool may report them."
        ),
        "must": [
            ent(
                "late",
                "bijstelling_plan_van_aanpak",
                why=f"§8.3 deadlines (PvA <= PA+14, applied to the adjustment the bedrijfsarts asked for; Regeling art. 4: "
                f"the PvA is adjusted on the bedrijfsarts's advice, §1.1) and §6 item 11 (advice followed late, > 6 "
                f"weeks): the bijstelling PvA is {lag} days after the bijstelling PA, without an art. 5 motivation",
            ),
            ent(
                "medical_data",
                path=f_ev,
                why="§8.7 privacy and §5.3: diagnosis, operation, physiotherapy, medication (tramadol) and a specialist's "
                "finding in an employer document (the EV)",
            ),
        ],
        "must_not": [
            *present(
                [
                    ("probleemanalyse", f_pa),
                    ("plan_van_aanpak", f_pva),
                    ("bijstelling_probleemanalyse", f_bpa),
                    ("bijstelling_plan_van_aanpak", f_bpv),
                    ("eerstejaarsevaluatie", f_eje),
                    ("arbeidsdeskundig_rapport", f_ad),
                    ("actueel_oordeel", f_ao),
                    ("eindevaluatie", f_ev),
                    ("oordeel_werknemer", f_ow),
                    ("ziekmelding_uwv", f_mel),
                ]
            ),
            ent(
                "missing",
                "trajectplan_tweede_spoor",
                why="§8.3: the EJE and the AD-rapport motivate going without a 2nd track (remaining capacity fully used "
                "in other work at the employer, §6 'satisfactory result')",
            ),
            *not_late(
                [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "eerstejaarsevaluatie",
                    "actueel_oordeel",
                    "eindevaluatie",
                    "oordeel_werknemer",
                    "ziekmelding_uwv",
                    "bijstelling_probleemanalyse",
                ],
                f"§8.3: PA D0+{c.off(pa_d)} (counted from the first sick day, not from the accident), PvA PA+14, "
                f"melding week 42, EJE week 50, EV D0+{c.off(ev_d)}, application D0+{c.off(aanvraag)}",
            ),
            ent(
                "outdated",
                type="actueel_oordeel",
                why=f"§8.4/§2.5: AO {(aanvraag - ao_d).days} days before the application",
            ),
            ent(
                "outdated",
                type="eindevaluatie",
                why=f"§8.4/§2.5: EV {(aanvraag - ev_d).days} days before the application",
            ),
            ent(
                "order",
                why=f"§8.3/§2.5: AO D0+{c.off(ao_d)} <= EV D0+{c.off(ev_d)} <= application D0+{c.off(aanvraag)}",
            ),
            ent(
                "medical_data",
                path=f_reg,
                why="§8.7/§5.1: 'bedrijfsongeval: ja' is among what an employer may record; no injury or diagnosis",
            ),
            ent("medical_data", path=f_pa, why="§8.7/§5.3: functional limitations and the accident date only"),
            ent("medical_data", path=f_ao, why="§8.7/§5.3: functional wording only"),
            ent("medical_data", path=f_bpa, why="§8.7/§5.3: functional wording only"),
            *[ent("medical_data", path=p, why="§8.7/§5.3: says medical details are left out") for p in f_meet.values()],
            ent("content", path=f_ev, why="§8.6: aard van het bedrijf, arbeidsrelatie and passende arbeid present"),
            ent("content", path=f_ao, why="§8.6: arbeidsrelatie and passende arbeid present"),
            ent("content", path=f_bpv, why="§8.6: both visies present"),
            ent("unsigned", path=f_pva, why="§8.5: signed by both (scan)"),
            ent("unsigned", path=f_bpv, why="§8.5: signed by both"),
            ent("unsigned", path=f_eje, why="§8.5: signed by both"),
            ent("unsigned", path=f_ev, why="§8.5: signed by both"),
            ent("bsn_invalid", why="§8.5/§5.2: one BSN, valid (asserted)"),
            ent("bsn_mismatch", why="§8.5: one BSN throughout"),
            *common("early", "future", "duplicate", "extension", "override_unused"),
        ],
    }


# --------------------------------------------------------------------------------------------
# Case 5: the PA is a password-protected PDF; no evaluation after the PvA (no dossier.yaml)
# --------------------------------------------------------------------------------------------


def case_beveiligd(expected: dict[str, Any]) -> None:
    c = Case("beveiligde_pa_geen_evaluatie_na_pva", dt.date(2026, 1, 12), 150, seed=1105)
    bsn = assert_bsn(g.make_bsn(c.rng))
    bsn_d = g.fmt_bsn(bsn, "dots")
    wn, geb, functie = "Yusuf Kaya", "27-02-1983", "Servicemonteur liften"
    cm, cm_f = "Sandra Brink", "officemanager / casemanager"
    ba = "E. Wijnands"
    firm = "Liftonderhoud Merwede B.V."
    office = "Sandra Brink <s.brink@liftonderhoud-merwede.example>"
    yusuf = "Yusuf Kaya <yusufkaya83@mail.example>"
    arbo_mail = "Arbodienst Drechtzorg <noreply@drechtzorg.example>"

    emp = Style(
        "merwede",
        firm,
        ("Handelsweg 7, 3316 GA Dordrecht", "078 617 25 00 · info@liftonderhoud-merwede.example"),
        font="sans",
        accent=(20, 40, 100),
        letterhead="left",
        footer=firm,
    )
    arbo = Style(
        "drechtzorg",
        "Arbodienst Drechtzorg",
        ("Spuiboulevard 250, 3311 GR Dordrecht", "078 303 90 00"),
        font="serif",
        accent=(0, 100, 80),
        letterhead="right",
        footer="Arbodienst Drechtzorg - vertrouwelijk",
    )

    c.eml(
        "Mail/Ziekmelding Yusuf.eml",
        yusuf,
        office,
        "ziek",
        c.d0,
        "Goedemorgen Sandra,\n\nIk meld me vandaag ziek. Vorige week donderdag (8 januari) had ik al last, maar "
        "donderdag en vrijdag heb ik nog gewoon gewerkt. Vanochtend ging het echt niet meer.\n\nIk ben "
        "bereikbaar op mijn 06.\n\nGroet,\nYusuf\n",
        hour=7,
        minute=48,
    )

    c.pdf(
        "Arbo/Bevestiging ziekmelding.pdf",
        [
            Title("Bevestiging ziekmelding"),
            Fields(
                [
                    ("Werkgever", firm),
                    ("Werknemer", wn),
                    ("Geboortedatum", geb),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Verzuimnummer", "DZ-26-00412"),
                ]
            ),
            Para(f"Wij hebben de ziekmelding ontvangen. Spreekuur bij bedrijfsarts {ba}: {DASH(c.d(14))}."),
        ],
        arbo,
    )

    t1_d = c.d(14)
    c.pdf(
        "Arbo/Terugkoppeling spreekuur 1.pdf",
        [
            Title("Terugkoppeling spreekuur"),
            Fields(
                [("Werknemer", wn), ("BSN", bsn_d), ("Eerste ziektedag", DASH(c.d0)), ("Datum spreekuur", DASH(t1_d))]
            ),
            Para(
                "Werknemer is arbeidsongeschikt voor het eigen werk. Op dit moment zijn er geen benutbare mogelijkheden "
                "voor werk op hoogte of in liftschachten. Ik zie hem over drie weken terug; daarna volgt de "
                "probleemanalyse. Medische gegevens zijn niet in deze terugkoppeling opgenomen."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", DASH(t1_d))]),
        ],
        arbo,
    )

    # PLANTED: the PA exists only as a password-protected PDF (the password went by text message)
    pa_d = c.d(38)
    f_pa = c.encrypted_pdf(
        "Arbo/Probleemanalyse Y. Kaya (beveiligd).pdf",
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Naam werknemer", wn),
                    ("Geboortedatum", geb),
                    ("BSN", bsn_d),
                    ("Functie", functie),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Werkgever", firm),
                    ("Datum", DASH(pa_d)),
                ]
            ),
            Heading("Beperkingen en mogelijkheden"),
            Bullets(
                [
                    "geen werk op hoogte, niet in liftschachten",
                    "niet tillen boven 10 kg",
                    "licht werk in de werkplaats mogelijk: start 3 x 3 uur",
                ]
            ),
            Heading("Prognose"),
            Para("Herstel binnen 3 tot 6 maanden verwacht."),
            Heading("Advies"),
            Para("Plan van aanpak binnen twee weken; start in de werkplaats (revisie van deurmechanismen)."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbodienst Drechtzorg", DASH(pa_d))]),
        ],
        arbo,
        user_pw="DZ-26-00412-7731",
        owner_pw="drechtzorg-owner-2026",
    )

    c.eml(
        "Mail/Nieuw document klaargezet.eml",
        arbo_mail,
        office,
        "Er staat een nieuw document voor u klaar",
        pa_d,
        f"Beste mevrouw Brink,\n\nIn het werkgeversportaal van Arbodienst Drechtzorg staat een nieuw "
        f"document voor u klaar: 'Probleemanalyse' ({wn}, verzuimnummer DZ-26-00412).\n\nHet document is "
        "beveiligd met een wachtwoord. Het wachtwoord ontvangt u per sms op het mobiele nummer dat bij ons "
        "bekend is.\n\nDit is een automatisch verzonden bericht; u kunt hierop niet antwoorden.\n",
        hour=14,
        minute=3,
    )
    c.eml(
        "Mail/wachtwoord probleemanalyse.eml",
        office,
        "Planning Drechtzorg <planning@drechtzorg.example>",
        "Wachtwoord probleemanalyse Y. Kaya",
        c.d(39),
        "Goedemiddag,\n\nIk heb de probleemanalyse van Yusuf Kaya gedownload, maar de sms met het wachtwoord "
        "is niet aangekomen (ik heb een nieuw nummer). Kunt u het wachtwoord opnieuw sturen?\n\nDe bedrijfsarts "
        "heeft telefonisch al verteld dat Yusuf in de werkplaats kan beginnen; daar maken we het plan van "
        "aanpak op.\n\nMet vriendelijke groet,\nSandra Brink\nLiftonderhoud Merwede B.V.\n",
        hour=13,
        minute=30,
    )

    pva_d = c.d(52)
    assert (pva_d - pa_d).days == 14
    c.evaluations.append(pva_d)
    first_eval = c.d(80)
    f_pva = c.scan(
        "PvA/PvA Yusuf getekend.pdf",
        [
            Title("Plan van aanpak"),
            Fields(
                [
                    ("Naam werknemer", wn),
                    ("Geboortedatum", geb),
                    ("BSN", bsn_d),
                    ("Functie", functie),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Datum probleemanalyse", DASH(pa_d)),
                    ("Casemanager", f"{cm}, {cm_f}"),
                ]
            ),
            Heading("Doel"),
            Para("Terugkeer in eigen werk als servicemonteur."),
            Heading("Activiteiten en termijnen"),
            Bullets(
                [
                    "3 x 3 uur werkplaats (revisie deurmechanismen) vanaf " + DASH(c.d(56)),
                    "opbouw met 3 uur per 4 weken in overleg met de bedrijfsarts",
                    "daarna weer meelopen met een collega",
                ]
            ),
            Heading("Evaluatie"),
            Para(f"Elke 4 weken een evaluatiegesprek met de casemanager; eerste evaluatie op {DASH(first_eval)}."),
            Heading("Visie werkgever"),
            Para("We hebben Yusuf hard nodig in de buitendienst; tot die tijd is er werk genoeg in de werkplaats."),
            Heading("Visie werknemer"),
            Para("Ik wil graag weer de weg op, maar eerst rustig opbouwen."),
            Signatures([Sig("Werkgever", cm, cm_f, DASH(pva_d)), Sig("Werknemer", wn, "", DASH(pva_d))]),
        ],
        emp,
    )

    c.eml(
        "Mail/Uitnodiging evaluatiegesprek.eml",
        office,
        yusuf,
        f"Evaluatie plan van aanpak {DASH(first_eval)}",
        c.d(72),
        f"Hoi Yusuf,\n\nZoals afgesproken in het plan van aanpak evalueren we op {DASH(first_eval)} om "
        "10:00 uur op kantoor.\n\nGroet,\nSandra\n",
        hour=9,
        minute=15,
    )
    c.eml(
        "Mail/RE_ Evaluatie plan van aanpak.eml",
        office,
        yusuf,
        f"RE: Evaluatie plan van aanpak {DASH(first_eval)}",
        c.d(79),
        "Hoi Yusuf,\n\nIk moet het gesprek van morgen helaas afzeggen: twee storingsmonteurs ziek en de "
        "planning loopt over. Ik kom met een nieuwe datum.\n\nGroet,\nSandra\n",
        hour=16,
        minute=55,
    )
    t2_d = c.d(115)
    second = c.d(122)
    c.eml(
        "Mail/Nieuwe datum evaluatie.eml",
        office,
        yusuf,
        "Nieuwe datum evaluatie",
        c.d(109),
        f"Hoi Yusuf,\n\nNieuwe datum voor de evaluatie van het plan van aanpak: {DASH(second)}, 14:00 uur.\n\n"
        "Groet,\nSandra\n",
        hour=11,
        minute=2,
    )
    c.pdf(
        "Arbo/Terugkoppeling spreekuur 2.pdf",
        [
            Title("Terugkoppeling spreekuur"),
            Fields(
                [("Werknemer", wn), ("BSN", bsn_d), ("Eerste ziektedag", DASH(c.d0)), ("Datum spreekuur", DASH(t2_d))]
            ),
            Para(
                "Werknemer werkt 3 x 3 uur in de werkplaats. Opbouw naar 3 x 5 uur is verantwoord. Ik adviseer werkgever "
                "en werknemer de voortgang van het plan van aanpak op korte termijn samen te bespreken. Medische "
                "gegevens zijn niet opgenomen."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", DASH(t2_d))]),
        ],
        arbo,
    )
    c.eml(
        "Mail/Afmelding gesprek.eml",
        yusuf,
        office,
        "RE: Nieuwe datum evaluatie",
        c.d(121),
        f"Hoi Sandra,\n\nMorgen ({DASH(second)}) kan ik niet om 14:00, ik heb een afspraak die ik niet kan "
        "verzetten. Kunnen we een andere dag kiezen?\n\nGroet,\nYusuf\n",
        hour=20,
        minute=14,
    )
    sp_d = c.d(140)
    c.pdf(
        "Arbo/Uitnodiging spreekuur.pdf",
        [
            Title("Uitnodiging spreekuur bedrijfsarts"),
            Fields(
                [("Werknemer", wn), ("Datum brief", DASH(sp_d)), ("Datum spreekuur", DASH(c.d(157)) + ", 09:20 uur")]
            ),
            Para(f"U wordt verwacht op het spreekuur van bedrijfsarts {ba}. Neemt u uw legitimatiebewijs mee."),
        ],
        arbo,
    )

    assert c.d(157) > c.as_of
    gap = (c.as_of - pva_d).days
    assert len(c.evaluations) == 1 and gap > 42
    assert 10 <= len(c.files) <= 25, len(c.files)
    with pikepdf.open(c.dir / f_pa, password="DZ-26-00412-7731") as chk:
        assert len(chk.pages) >= 1
    try:
        pikepdf.open(c.dir / f_pa).close()
        raise AssertionError("the PA must need a password")
    except pikepdf.PasswordError:
        pass

    not_due = "§8.1 is judged at as_of (week 22): EJE, AO, EV and oordeel werknemer are far ahead"
    expected[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"checked in week {week(c.as_of_off)} (D0+{c.as_of_off}); no dossier.yaml, the first sick day "
            f"({DASH(c.d0)}) is in the arbodienst's confirmation, both terugkoppelingen and the PvA. (1) The "
            f"probleemanalyse (D0+{c.off(pa_d)}) is in the folder only as a password-protected PDF ('{f_pa}', RC4 128-bit "
            "user password): the password went by text message to an old number; the casemanager's mail asking for it "
            f"again is in the folder, no answer. (2) The plan van aanpak (D0+{c.off(pva_d)}, a copier scan) agrees an "
            f"evaluation every 4 weeks, the first on D0+{c.off(first_eval)}; that meeting was cancelled by the employer, "
            f"the new one of D0+{c.off(second)} by the employee, and no evaluation took place: {gap} days from the PvA "
            "to as_of. Traps: the employee's sick mail says he already had complaints on Thursday 8 January but "
            "worked that Thursday and Friday (the first sick day is the Monday after); the PvA is exactly 14 days "
            "after the PA (whose date the portal mail also gives); two invitations and two cancellations mention "
            "'evaluatie' but are no evaluations; the bedrijfsarts's second terugkoppeling advises to discuss the PvA "
            "and says 'Medische gegevens zijn niet opgenomen'; the first terugkoppeling says 'geen benutbare "
            "mogelijkheden' for now but a PA and a PvA followed anyway; an invitation names a spreekuur after as_of; "
            "BSN with dots; 42e-weeksmelding, EJE, AD, AO, EV not due."
        ),
        "must": [
            ent(
                "encrypted",
                path=f_pa,
                why="§8.1 completeness (the PA must be readable to be checked) and CONTRACT: an encrypted file is never "
                "a reason to stop but becomes a finding (handleiding §6 'encrypted'); the tool is given no password",
            ),
            ent(
                "evaluation_gap",
                why=f"§8.3 deadlines: gaps between evaluations <= 42 days (§2.2 row 4: UWV expects a meeting at least "
                f"every 6 weeks; Regeling art. 4, §1.1); the PvA of D0+{c.off(pva_d)} was never evaluated: {gap} "
                "days to as_of, both planned evaluations cancelled",
            ),
        ],
        "must_not": [
            ent("missing", "plan_van_aanpak", why=f"§8.1: present ({f_pva})"),
            ent("late", "plan_van_aanpak", why=f"§8.3: PvA D0+{c.off(pva_d)} = PA+14 and <= D0+56"),
            ent(
                "late",
                "probleemanalyse",
                why=f"§8.3: the PA is dated D0+{c.off(pa_d)} (the portal mail names it the "
                "same day); counted from the first sick day, not from 8 January",
            ),
            ent(
                "no_first_sick_day",
                why="§8.3 needs D0; the documents state it (arbodienst confirmation, terugkoppelingen, PvA)",
            ),
            *not_due_as_error(
                ["eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie", "oordeel_werknemer"], not_due
            ),
            ent("missing", "ziekmelding_uwv", why="§8.3: the 42e-weeksmelding is due at D0+294"),
            ent("missing", "arbeidsdeskundig_rapport", why="§8.2: an AD-rapport is expected only after week 52"),
            ent("missing", "trajectplan_tweede_spoor", why="§8.3: 2nd-track evidence only by about D0+406"),
            ent("unsigned", path=f_pva, why="§8.5: signed by both (scan)"),
            ent(
                "content", path=f_pva, why="§8.6: goal, activities, terms, evaluation moments, casemanager, both visies"
            ),
            ent("medical_data", why="§8.7/§5.3: no medical data anywhere; the terugkoppelingen say so"),
            ent("bsn_invalid", why="§8.5/§5.2: one BSN, valid (asserted), with dots"),
            ent("bsn_mismatch", why="§8.5: one BSN throughout"),
            ent("future", why=COMMON_WHY["future"]),
            ent("duplicate", why=COMMON_WHY["duplicate"]),
        ],
    }


# --------------------------------------------------------------------------------------------
# Case 6: clean, week 86 (the week-88 letter, AO, EV and application are weeks away)
# --------------------------------------------------------------------------------------------


def case_schoon(expected: dict[str, Any]) -> None:
    c = Case("schoon_week86_deeltijd_spoor2", dt.date(2024, 11, 4), 598, seed=1106)
    bsn = assert_bsn(g.make_bsn(c.rng))
    bsn_sp = g.fmt_bsn(bsn, "spaces")
    wn, geb, functie = "Linda Hermans", "30-01-1975", "Medewerker klantenservice en uitleen"
    cm, cm_f = "Ton Verbeek", "teamleider publieksdiensten / casemanager"
    ba = "A.M. de Ridder"
    firm = "Stichting Bibliotheek Lingewaard-Betuwe"
    acct = make_bank_account(c.rng)
    bureau_iban = iban("INGB", acct)
    phone9 = failing(c.rng, 9, "6")
    bureau_tel = f"+31 (0)6 {phone9[1:3]} {phone9[3:5]} {phone9[5:7]} {phone9[7:]}"
    kvk = failing(c.rng, 8, "8")
    assert not g.bsn_valid(acct) and not g.bsn_valid(phone9) and not g.bsn_valid(kvk)
    earlier = (dt.date(2024, 9, 16), dt.date(2024, 9, 18))
    assert (c.d0 - earlier[1]).days > 28

    emp = Style(
        "bieb",
        firm,
        ("Markt 4, 6681 AB Bemmel", "0481 46 21 00 · personeelszaken@bieblingebetuwe.example"),
        font="sans",
        accent=(150, 20, 90),
        letterhead="left",
        footer=f"{firm} · P&O",
    )
    emp_w = Style(
        "bieb-w", firm, ("Bemmel",), font="condensed", accent=(150, 20, 90), footer="Bibliotheek - gespreksverslag"
    )
    arbo = Style(
        "delinge",
        "Arbodienst De Linge",
        ("Stationsweg 30, 4001 MC Tiel", "0344 60 80 80"),
        font="serif",
        accent=(0, 80, 140),
        letterhead="right",
        fields_as_table=True,
        footer="Arbodienst De Linge",
    )
    ad = Style(
        "adbetuwe",
        "Arbeidsdeskundig bureau Betuwe",
        ("Papesteeg 1, 4006 WC Tiel",),
        font="serif",
        accent=(90, 90, 20),
        letterhead="centered",
    )
    bureau = Style(
        "nieuwekoers",
        "Loopbaanpraktijk Nieuwe Koers",
        (f"Kerkstraat 11, 6851 EK Huissen · {bureau_tel}", f"KvK {kvk} · IBAN {bureau_iban}"),
        font="sans",
        accent=(230, 120, 0),
        letterhead="band",
        footer=f"Loopbaanpraktijk Nieuwe Koers · {bureau_tel}",
    )
    uwv = Style(
        "uwv-6",
        "UWV",
        ("Postbus 58285, 1040 HG Amsterdam",),
        font="sans",
        accent=(0, 82, 155),
        letterhead="left",
        footer="UWV",
    )

    head = [
        ("Naam werknemer", wn),
        ("Geboortedatum", geb),
        ("BSN", bsn_sp),
        ("Functie", functie),
        ("Eerste ziektedag", DASH(c.d0)),
    ]
    both = lambda d: Signatures([Sig("Werkgever", cm, cm_f, DASH(d)), Sig("Werknemer", wn, "", DASH(d))])  # noqa: E731

    pa_d = c.d(30)
    f_pa = c.pdf(
        "Arbodienst/Probleemanalyse L. Hermans.pdf",
        [
            Title("Probleemanalyse"),
            Fields([*head, ("Werkgever", firm), ("Datum", DASH(pa_d))]),
            Para(
                f"Eerder verzuim: {DASH(earlier[0])} t/m {DASH(earlier[1])} (3 dagen), daarna volledig gewerkt. Dat "
                "verzuim staat los van het huidige; de eerste ziektedag van het huidige verzuim is "
                f"{DASH(c.d0)}."
            ),
            Heading("Beperkingen en mogelijkheden"),
            Bullets(
                [
                    "geen piekbelasting aan de balie; werk in eigen tempo",
                    "niet meer dan 4 uur per dag",
                    "start 3 x 3 uur in de uitleen (achter de schermen)",
                ]
            ),
            Heading("Prognose"),
            Para("Geleidelijke opbouw; of volledige hervatting haalbaar is, valt nu niet te zeggen."),
            Heading("Advies"),
            Para("Plan van aanpak binnen twee weken; evaluatie elke 5 à 6 weken."),
            Para("Er zijn geen medische gegevens opgenomen in deze probleemanalyse."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbodienst De Linge", DASH(pa_d))]),
        ],
        arbo,
    )

    pva_d = c.d(41)
    c.evaluations.append(pva_d)
    f_pva = c.pdf(
        "PvA/Plan van aanpak Linda Hermans.pdf",
        [
            Title("Plan van aanpak re-integratie"),
            Fields([*head, ("Datum probleemanalyse", DASH(pa_d)), ("Casemanager", cm)]),
            Heading("Re-integratiedoel"),
            Para("Terugkeer in eigen werk (klantenservice en uitleen)."),
            Heading("Activiteiten en termijnen"),
            Bullets(
                [
                    f"3 x 3 uur uitleen en reserveringen vanaf {DASH(c.d(45))}",
                    "opbouw per 4 weken",
                    "geen baliewerk op zaterdag tot nader advies",
                ]
            ),
            Heading("Evaluatiemomenten"),
            Para("Elke 5 à 6 weken met de casemanager; eerstejaarsevaluatie rond week 50."),
            Heading("Visie werkgever"),
            Para("Wij bieden werk in eigen tempo en passen het rooster aan."),
            Heading("Visie werknemer"),
            Para("Ik wil graag terug naar mijn collega's en de uitleen."),
            both(pva_d),
        ],
        emp,
    )

    hours = {
        80: "3 x 3 uur",
        119: "3 x 4 uur",
        158: "4 x 4 uur",
        197: "5 x 4 uur",
        236: "5 x 4 uur",
        275: "5 x 4 uur",
        314: "5 x 4 uur",
        382: "5 x 4 uur",
        421: "5 x 4 uur",
        460: "5 x 4 uur",
        499: "5 x 4 uur",
        538: "5 x 4 uur",
        577: "5 x 4 uur",
    }
    offs = sorted(hours)
    f_meet: dict[int, str] = {}
    for i, o in enumerate(offs):
        md = c.d(o)
        c.evaluations.append(md)
        nxt = c.d(offs[i + 1]) if i + 1 < len(offs) else c.d(o + 35)
        extra: list[Any] = []
        if o == 236:
            extra = [
                Para(
                    "Toelichting werknemer: ████████████████████████████ ███████████ (door de casemanager "
                    "onleesbaar gemaakt; dit hoort niet in het verslag)."
                ),
                Para("Linda werkt structureel 20 uur; dat is volgens de bedrijfsarts voorlopig het maximum."),
            ]
        if o == 314:
            extra = [
                Para("Arbeidsdeskundig onderzoek aangevraagd bij AD Betuwe; de eerstejaarsevaluatie volgt daarna.")
            ]
        if o == 382:
            extra = [
                Para(
                    "Intake bij Loopbaanpraktijk Nieuwe Koers gehad; trajectplan getekend. De 20 uur in eigen "
                    "werk blijven."
                )
            ]
        if o == 538:
            extra = [Para("Er zijn in dit gesprek geen medische gegevens besproken of vastgelegd.")]
        if o == 577:
            extra = [
                Para(
                    f"Vooruitblik: UWV-brief rond week 88; actueel oordeel bij de bedrijfsarts op "
                    f"{DASH(c.d(615))}; eindevaluatie gepland op {DASH(c.d(624))}; Linda vraagt de WIA "
                    f"daarna aan (uiterlijk {DASH(c.d(650))})."
                )
            ]
        blocks = [
            Title("Gespreksverslag re-integratie"),
            Fields([("Werknemer", wn), ("BSN", bsn_sp), ("Datum gesprek", DASH(md)), ("Aanwezig", f"{wn}, {cm}")]),
            Heading("Voortgang"),
            Para(
                f"Linda werkt {hours[o]} in haar eigen werk (uitleen, reserveringen, klantenservice per mail)."
                + (" Het tweede spoor loopt via Nieuwe Koers." if o > 382 else "")
            ),
            *extra,
            Heading("Afspraken"),
            Bullets(["afspraken plan van aanpak gelden", "volgende keer: " + DASH(nxt)]),
            both(md),
        ]
        if o == 158:
            f_meet[o] = c.docx(f"Gesprekken/Gespreksverslag {md.strftime('%d-%m')}.docx", blocks, emp_w)
        elif o == 236:
            f_meet[o] = c.scan(f"Gesprekken/Scan_{md.strftime('%Y%m%d')}_0001.pdf", blocks, emp)
        elif o == 421:
            f_meet[o] = c.photo(
                f"Gesprekken/20{md.strftime('%y%m%d')}_101544.jpg",
                blocks,
                emp,
                taken=dt.datetime(md.year, md.month, md.day, 10, 15, 44),
                orientation=6,
            )
        elif o == 499:
            body = (
                f"Beste Linda,\n\nVerslag van ons gesprek van {DASH(md)}:\n\n- je werkt {hours[o]} in je eigen werk\n"
                "- het tweede spoor loopt; je hebt twee sollicitatiegesprekken gehad\n"
                "- de afspraken uit het plan van aanpak gelden\n"
                f"- volgende keer: {DASH(nxt)}\n\nBSN (dossier): {bsn_sp}\n\nGroet,\nTon Verbeek\n"
                "Teamleider publieksdiensten\n"
            )
            f_meet[o] = c.eml(
                f"Gesprekken/Verslag gesprek {DASH(md)}.eml",
                "Ton Verbeek <t.verbeek@bieblingebetuwe.example>",
                "Linda Hermans <linda.hermans@mail.example>",
                f"Verslag gesprek {DASH(md)}",
                md,
                body,
                hour=15,
                minute=32,
            )
        else:
            f_meet[o] = c.pdf(f"Gesprekken/{md.isoformat()} gespreksverslag.pdf", blocks, emp)

    mel_d = c.d(287)
    bev_d = c.d(292)
    f_bev = c.scan(
        "UWV/Bevestiging ziekmelding.pdf",
        [
            Title("Bevestiging van uw ziekmelding"),
            Fields(
                [("Datum", L(bev_d)), ("Werknemer", wn), ("Burgerservicenummer", bsn), ("Eerste ziektedag", L(c.d0))]
            ),
            Para(
                f"Wij hebben op {L(mel_d)} de ziekmelding van uw werknemer ontvangen. Rond het einde van het eerste "
                "ziektejaar maakt u de eerstejaarsevaluatie."
            ),
        ],
        uwv,
    )

    bpa_d = c.d(333)
    ad_d = c.d(330)
    f_ad = c.pdf(
        "AD/AD-rapport Hermans.pdf",
        [
            Title("Arbeidsdeskundig onderzoek"),
            Fields([*head, ("Datum", DASH(ad_d)), ("Arbeidsdeskundige", "C. Pauwels, register-arbeidsdeskundige")]),
            Para(
                "Het eigen werk is passend voor 20 uur per week; meer uren zijn er in de functie niet passend te maken. "
                "Advies: de 20 uur structureel maken en voor de resterende belastbaarheid (16 uur) een tweede spoor "
                "inzetten."
            ),
            Signatures([Sig("Arbeidsdeskundige", "C. Pauwels", "register-arbeidsdeskundige", DASH(ad_d))]),
        ],
        ad,
    )
    f_bpa = c.pdf(
        "Arbodienst/Bijstelling probleemanalyse.pdf",
        [
            Title("Bijstelling probleemanalyse"),
            Fields([*head, ("Datum", DASH(bpa_d))]),
            Heading("Gewijzigde belastbaarheid"),
            Para(
                "De belastbaarheid is stabiel op 20 uur in eigen werk; dat blijft zo. Voor meer uren is werk met een "
                "lagere taakbelasting nodig, buiten het eigen werk."
            ),
            Heading("Advies"),
            Para("Plan van aanpak bijstellen: 20 uur eigen werk structureel, tweede spoor voor de overige uren."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, Arbodienst De Linge", DASH(bpa_d))]),
        ],
        arbo,
    )

    eje_d = c.d(343)
    c.evaluations.append(eje_d)
    f_eje = c.pdf(
        "Evaluaties/Eerstejaarsevaluatie L. Hermans.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            Fields([*head, ("Datum", DASH(eje_d))]),
            Heading("Terugblik"),
            Para("Linda werkt sinds week 28 structureel 20 uur in haar eigen werk."),
            Heading("Beoogd resultaat"),
            Para("20 uur eigen werk; aanvullend werk elders voor de overige 16 uur via een tweede spoor."),
            Heading("Visie werkgever"),
            Para("Wij houden de 20 uur vast en betalen het tweede spoor."),
            Heading("Visie werknemer"),
            Para("Ik sta open voor aanvullend werk buiten de bibliotheek."),
            both(eje_d),
        ],
        emp,
    )

    bpv_d = c.d(345)
    assert 0 < (bpv_d - bpa_d).days <= 14
    c.evaluations.append(bpv_d)
    f_bpv = c.pdf(
        "PvA/Bijstelling plan van aanpak.pdf",
        [
            Title("Bijstelling plan van aanpak", sub=f"vervangt het plan van aanpak van {DASH(pva_d)}"),
            Fields([*head, ("Datum", DASH(bpv_d)), ("Casemanager", cm)]),
            Heading("Nieuw doel"),
            Para(
                "Spoor 1: 20 uur eigen werk, structureel. Spoor 2: aanvullend passend werk (16 uur) buiten de bibliotheek."
            ),
            Heading("Afspraken"),
            Bullets(
                [
                    "intake Loopbaanpraktijk Nieuwe Koers binnen 6 weken",
                    "rapportage door het bureau elke 8 weken",
                    "gesprekken met de casemanager elke 5 à 6 weken",
                ]
            ),
            Heading("Visie werkgever"),
            Para("Het tweede spoor is een aanvulling; de 20 uur blijven."),
            Heading("Visie werknemer"),
            Para("Akkoord."),
            both(bpv_d),
        ],
        emp,
    )

    tp_d = c.d(385)
    f_tp = c.pdf(
        "Tweede spoor/Trajectplan Nieuwe Koers.pdf",
        [
            Title("Trajectplan", sub="re-integratie tweede spoor"),
            Fields(
                [
                    ("Kandidaat", wn),
                    ("BSN", bsn_sp),
                    ("Opdrachtgever", firm),
                    ("Datum", DASH(tp_d)),
                    ("Loopbaancoach", "Femke Arends"),
                ]
            ),
            Heading("Zoekprofiel"),
            Bullets(["administratief of archiefwerk, 16 uur, rustige werkomgeving", "Arnhem - Nijmegen - Betuwe"]),
            Heading("Activiteiten"),
            Bullets(["arbeidsmarktoriëntatie", "netwerkgesprekken", "gericht solliciteren"]),
            Para(f"Contact: {bureau_tel}. Facturen graag op IBAN {bureau_iban}."),
            Signatures(
                [Sig("Loopbaancoach", "Femke Arends", "Nieuwe Koers", DASH(tp_d)), Sig("Kandidaat", wn, "", DASH(tp_d))]
            ),
        ],
        bureau,
    )
    f_vgr = []
    prev = tp_d
    for i, o in enumerate([441, 497, 553], 1):
        vd = c.d(o)
        f_vgr.append(
            c.pdf(
                f"Tweede spoor/Voortgangsrapportage {i} Nieuwe Koers.pdf",
                [
                    Title(f"Voortgangsrapportage {i}"),
                    Fields(
                        [
                            ("Kandidaat", wn),
                            ("BSN", bsn_sp),
                            ("Periode", f"{DASH(prev)} - {DASH(vd)}"),
                            ("Datum", DASH(vd)),
                        ]
                    ),
                    Bullets([f"{2 * i} sollicitaties", f"{i + 1} netwerkgesprekken", "inzet kandidaat: goed"]),
                    Signatures([Sig("Loopbaancoach", "Femke Arends", "Nieuwe Koers", DASH(vd))]),
                ],
                bureau,
            )
        )
        assert (vd - prev).days <= 63
        prev = vd
    assert (c.as_of - prev).days <= 63

    plan_d = c.d(590)
    c.eml(
        "Arbodienst/Planning actueel oordeel.eml",
        "Planning De Linge <planning@arbodelinge.example>",
        "Ton Verbeek <t.verbeek@bieblingebetuwe.example>",
        f"Planning actueel oordeel {wn}",
        plan_d,
        f"Geachte heer Verbeek,\n\nVoor de WIA-aanvraag van {wn} hebben wij het spreekuur voor het actueel "
        f"oordeel gepland op {DASH(c.d(615))} om 10:40 uur bij bedrijfsarts {ba}. Het actueel oordeel "
        "ontvangt u binnen een week daarna, zodat u de eindevaluatie kunt maken.\n\nMet vriendelijke "
        "groet,\nPlanning Arbodienst De Linge\n",
        hour=8,
        minute=51,
    )

    assert c.d(615) > c.as_of and c.off(tp_d) <= 406 and 46 <= week(c.off(eje_d)) <= 52
    assert (pva_d - pa_d).days <= 14 and c.off(mel_d) <= 294 and week(c.as_of_off) == 86
    gap = check_gaps(c)
    assert 10 <= len(c.files) <= 25, len(c.files)

    ev_due = c.d0 + dt.timedelta(days=636)  # a deadline keeps its own date, weekend or not
    c.dossier_yaml(f"""werknemer: {{naam: "{wn}", bsn: "{bsn}", functie: "{functie}"}}
werkgever: {{naam: "{firm}", aard_van_het_bedrijf: "Openbare bibliotheek met vier vestigingen, 46 medewerkers"}}
bedrijfsarts: {{naam: "{ba}", organisatie: "Arbodienst De Linge"}}
casemanager: {{naam: "{cm}"}}
eerste_ziektedag: {c.d0.isoformat()}
aanvraag_wia: {c.d(640).isoformat()}            # gepland
""")

    expected[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": c.d(640).isoformat(),
        "planted": (
            f"nothing (yet). Checked in week 86 (D0+{c.as_of_off}): the week-88 letter is expected around D0+612, the "
            f"AO is booked for D0+615 (after as_of), the EV is due by D0+636 ({DASH(ev_due)}, "
            f"{(ev_due - c.as_of).days} days away) and the application (planned D0+640 in dossier.yaml) by D0+650. "
            f"Traps: an earlier 3-day spell ({DASH(earlier[0])} - {DASH(earlier[1])}, {(c.d0 - earlier[1]).days} days "
            "before D0, so not added) named in the PA; part-time: 20 of 36 hours structurally in own work, a 2nd "
            f"track for the other 16 hours started on time (trajectplan D0+{c.off(tp_d)}) with reports every 8 weeks; a "
            f"bijstelling PA (D0+{c.off(bpa_d)}) followed {(bpv_d - bpa_d).days} days later by a bijstelling PvA that "
            "says it replaces the PvA; a meeting scan with a correctly redacted sentence (block characters); 'geen "
            "medische gegevens' in the PA and a meeting; the bureau's letterhead carries an IBAN (account number "
            "passing the bank eleven-test, failing the BSN test), a mobile number written +31 (0)6 .. .. .. .. "
            "(9 digits after +31, failing the BSN test) and an 8-digit KvK number; the arbodienst's planning mail "
            "and the last meeting name dates after as_of; BSN with spaces; one meeting a Word file, one a copier "
            "scan, one a phone photo (EXIF 6), one an e-mail body."
        ),
        "no_errors": True,
        "must": [],
        "must_not": [
            *present(
                [
                    ("probleemanalyse", f_pa),
                    ("plan_van_aanpak", f_pva),
                    ("bijstelling_probleemanalyse", f_bpa),
                    ("bijstelling_plan_van_aanpak", f_bpv),
                    ("eerstejaarsevaluatie", f_eje),
                    ("arbeidsdeskundig_rapport", f_ad),
                    ("ziekmelding_uwv", f_bev),
                    ("trajectplan_tweede_spoor", f_tp),
                    ("voortgangsrapportage_tweede_spoor", f_vgr[-1]),
                ]
            ),
            *not_due_as_error(
                ["actueel_oordeel", "eindevaluatie", "oordeel_werknemer"],
                "§8.1 at week 86: AO/EV are due around weeks 88-91, the application by week 93 "
                "(§2.2 rows 11-13); an upcoming deadline is deadline_ahead",
            ),
            ent(
                "late",
                why=f"§8.3: every step on time: PA D0+{c.off(pa_d)}, PvA PA+{(pva_d - pa_d).days}, melding "
                f"D0+{c.off(mel_d)}, EJE week {week(c.off(eje_d))}, bijstelling PvA bijstelling PA+"
                f"{(bpv_d - bpa_d).days}, trajectplan D0+{c.off(tp_d)}; counted from D0, not from the "
                "earlier spell",
            ),
            ent("evaluation_gap", why=f"§8.3: employer evaluations at most {gap} days apart (asserted), also to as_of"),
            ent("report_gap", why="§7/§8.2: progress reports every 56 days, the last 45 days before as_of"),
            ent("outdated", why="§8.4: no AO or EV yet"),
            ent("order", why="§8.3: no AO or EV yet"),
            ent("unsigned", why="§8.5: PvA, bijstelling, EJE and every meeting are signed by both"),
            ent("content", why="§8.6: PvA, bijstelling PvA and EJE carry both visies and the PvA elements"),
            ent("medical_data", why="§8.7/§5.3: no medical data; the redacted sentence is unreadable block characters"),
            ent(
                "bsn_invalid",
                why="§8.5/§5.2: one BSN, valid (asserted); IBAN account, mobile and KvK numbers are no BSN",
            ),
            ent("bsn_mismatch", why="§8.5: one BSN throughout"),
            *common("early", "future", "duplicate", "extension", "override_unused"),
        ],
    }


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------

HEADER = """\
# Expected findings of findings holdout 11. GENERATED by make_holdout11.py: edit the cases there.
# Written from DOMAIN.md (§8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without reading the
# rule code and without running the tool. Untouched holdout: do not tune the rules on it (if you do, say so in
# README.md).
#
# Per case: as_of (the --as-of date), planted (what is wrong and the traps), must / must_not (lists of
# {code?, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.
# no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia repeat dossier.yaml
# (beveiligde_pa_geen_evaluatie_na_pva has no dossier.yaml: its first_sick_day is the one the documents state).

"""


def main() -> int:
    if CASES.exists():
        shutil.rmtree(CASES)
    out = HERE / "expected.yaml"
    if out.exists():
        out.unlink()
    CASES.mkdir(parents=True)
    expected: dict[str, Any] = {}
    for build in (
        case_journaal,
        case_geen_melding,
        case_upload_laat,
        case_bijstelling_laat,
        case_beveiligd,
        case_schoon,
    ):
        build(expected)
    for name, exp in expected.items():
        for key in ("must", "must_not"):
            for e in exp[key]:
                if "path" in e:
                    assert (CASES / name / e["path"]).is_file(), (name, e["path"])
        n = sum(1 for p in (CASES / name).rglob("*") if p.is_file() and p.name != "dossier.yaml")
        assert 10 <= n <= 25, (name, n)
    text = yaml.safe_dump(expected, sort_keys=False, allow_unicode=True, width=120)
    out.write_text(HEADER + text, encoding="utf-8")
    total_must = sum(len(e["must"]) for e in expected.values())
    total_not = sum(len(e["must_not"]) + (1 if e.get("no_errors") else 0) for e in expected.values())
    print(f"{len(expected)} cases, {total_must} must, {total_not} must_not checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
