"""Generate findings holdout 13: six synthetic case folders and expected.yaml.

Run:  .venv/bin/python tests/findings_holdout13/make_holdout13.py

Deterministic: seeded randomness, no clock reads, fixed dates inside every file. The script deletes and rewrites
``cases/`` and ``expected.yaml``; a rerun is byte-identical. All people, firms, numbers and letters are fictional.
Written from DOMAIN.md (§8), CONTRACT.md and docs/handleiding.md §6 only; the tool was not run on these cases.
"""

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
RNG = random.Random(20261313)

# --------------------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------------------


def bank_ok(acc10: str) -> bool:
    """The old Dutch bank-account eleven-test (weights 10..1 over 10 digits, +1 on the last)."""
    return sum(int(c) * w for c, w in zip(acc10, range(10, 0, -1), strict=True)) % 11 == 0


def make_iban(bank: str, rng: random.Random) -> tuple[str, str]:
    """An IBAN whose 9-digit account passes the bank test and fails the BSN elfproef."""
    letters = {c: str(ord(c) - 55) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    while True:
        acc = "0" + "".join(str(rng.randrange(10)) for _ in range(9))
        if acc[1] == "0" or not bank_ok(acc) or g.bsn_valid(acc[1:]):
            continue
        num = "".join(letters.get(c, c) for c in bank + acc + "NL00")
        check = 98 - int(num) % 97
        iban = f"NL{check:02d}{bank}{acc}"
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)), acc[1:]


def mobile(rng: random.Random) -> tuple[str, str]:
    while True:
        rest = "6" + "".join(str(rng.randrange(10)) for _ in range(8))
        if not g.bsn_valid(rest):
            return f"+31 6 {rest[1:5]} {rest[5:]}", rest


def verzuimnr(rng: random.Random) -> str:
    while True:
        n = str(rng.randrange(300000000, 399999999))
        if not g.bsn_valid(n):
            return n


def kvk(rng: random.Random) -> str:
    while True:
        n = str(rng.randrange(10000000, 99999999))
        if not g.bsn_valid(n):  # an 8-digit number is padded with a 0 by the elfproef
            return n


class Case:
    def __init__(self, name: str, d0: dt.date, as_of_off: int) -> None:
        assert d0.weekday() == 0, (name, d0)
        self.name = name
        self.d0 = d0
        self.as_of = d0 + dt.timedelta(days=as_of_off)
        self.dir = CASES / name
        self.docs: list[tuple[str, dt.date]] = []

    def day(self, off: int) -> dt.date:
        """D0+off, a weekend moved back to the Friday before."""
        d = self.d0 + dt.timedelta(days=off)
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        return d

    def off(self, d: dt.date) -> int:
        return (d - self.d0).days

    def add(self, rel: str, date: dt.date) -> Path:
        assert date <= self.as_of, (self.name, rel, date, self.as_of)
        self.docs.append((rel, date))
        return self.dir / rel

    def pdf(self, rel: str, date: dt.date, blocks: list[Any], style: Style) -> Path:
        """Employer Word exports embed their fonts; arbodienst, bureau, UWV and portal PDFs use the standard
        PDF fonts (latin-1 text, asserted), which keeps the set small."""
        if style.producer.startswith("Microsoft"):
            return g.write_pdf(self.add(rel, date), blocks, style)
        text = g.blocks_to_text(blocks, style)
        assert text.replace("•", "-") == g._ascii_safe(text.replace("•", "-")), (rel, text)
        saved = g.FONT_DIR
        g.FONT_DIR = Path("/nonexistent-font-dir")
        try:
            return g.write_pdf(self.add(rel, date), blocks, style)
        finally:
            g.FONT_DIR = saved

    def docx(self, rel: str, date: dt.date, blocks: list[Any], style: Style) -> Path:
        return g.write_docx(self.add(rel, date), blocks, style)

    def scan(self, rel: str, date: dt.date, blocks: list[Any], style: Style) -> Path:
        return g.write_scan_pdf(self.add(rel, date), blocks, style, dpi=150, jpeg_quality=35, noise=0.4)

    def photo(self, rel: str, date: dt.date, blocks: list[Any], style: Style) -> Path:
        taken = dt.datetime(date.year, date.month, date.day, 19, 42, 5)
        return g.write_photo_jpg(self.add(rel, date), blocks, style, taken=taken, orientation=6, quality=50)

    def eml(self, rel: str, date: dt.date, frm: str, to: str, subject: str, body: str, hour: int = 10) -> Path:
        headers = {
            "From": frm,
            "To": to,
            "Subject": subject,
            "Date": g.mail_date(date, hour, 7),
            "Message-ID": f"<{self.name}.{len(self.docs)}.{date.isoformat()}@mail.example>",
        }
        return g.write_eml(self.add(rel, date), headers, body)

    def text(self, rel: str) -> str:
        """The text a document was written from (for the generator's own asserts)."""
        return TEXTS[(self.name, rel)]


TEXTS: dict[tuple[str, str], str] = {}


def remember(case: Case, rel: str, blocks: list[Any], style: Style | None = None) -> None:
    TEXTS[(case.name, rel)] = g.blocks_to_text(blocks, style)


def fd(d: dt.date, kind: str = "long") -> str:
    return g.fmt_date(d, kind)


def arbo_style(key: str, org: str, lines: tuple[str, ...], footer: str) -> Style:
    return Style(
        key=key,
        org=org,
        org_lines=lines,
        font="sans",
        accent=(0, 110, 90),
        letterhead="band",
        footer=footer,
        producer="ArboNext rapportage 4.2",
        fields_as_table=True,
    )


def employer_style(key: str, org: str, lines: tuple[str, ...], font: str = "serif") -> Style:
    return Style(
        key=key,
        org=org,
        org_lines=lines,
        font=font,
        accent=(40, 40, 120),
        letterhead="left",
        producer="Microsoft® Word voor Microsoft 365",
        author="HR",
    )


def uwv_style(key: str) -> Style:
    return Style(
        key=key,
        org="UWV",
        org_lines=("Postbus 58285", "1040 HG Amsterdam"),
        font="sans",
        accent=(0, 80, 160),
        letterhead="left",
        footer="UWV - Uitvoeringsinstituut Werknemersverzekeringen",
    )


WHY_MISSING = "§8.1/§8.2: present in the folder ({})"


# --------------------------------------------------------------------------------------------------------------
# a two-year dossier (cases 1, 2 and 4): the common documents, with hooks for what each case changes
# --------------------------------------------------------------------------------------------------------------


def person(rng: random.Random) -> str:
    bsn = g.make_bsn(rng)
    assert g.bsn_valid(bsn)
    return bsn


def full_dossier(c: Case, p: dict[str, Any]) -> dict[str, str]:
    """Write the documents every two-year case shares. Returns type -> path of what was written."""
    emp, arbo, _bureau, _ad = p["emp_style"], p["arbo_style"], p["bureau_style"], p["ad_style"]
    n, bsn, fn = p["naam"], p["bsn_fmt"], p["functie"]
    cm, cmf, ba = p["cm"], p["cm_functie"], p["ba"]
    D = c.day
    out: dict[str, str] = {}
    ids = [("Werknemer", n), ("BSN", bsn), ("Functie", fn), ("Eerste ziektedag", fd(c.d0, "dash"))]

    # probleemanalyse
    pa = D(p.get("pa", 36))
    rel = "02 Arbodienst/Probleemanalyse en advies " + p["kort"] + ".pdf"
    blocks = [
        Title("Probleemanalyse en advies", sub="Wet verbetering poortwachter"),
        Fields([*ids, ("Datum spreekuur", fd(pa)), ("Verzuimnummer", p["verzuimnr"])]),
        Heading("Dreigend langdurig verzuim"),
        Para(
            f"Er is sprake van dreigend langdurig verzuim. {n.split()[0]} kan het eigen werk als {fn.lower()} "
            "voorlopig niet volledig doen."
        ),
        Heading("Beperkingen en mogelijkheden (belastbaarheid)"),
        Bullets(p["beperkingen"]),
        Heading("Prognose"),
        Para(
            p.get(
                "prognose",
                "Ik verwacht dat de belastbaarheid de komende maanden geleidelijk toeneemt. "
                "Een volledige terugkeer binnen drie maanden is niet waarschijnlijk.",
            )
        ),
        Heading("Advies aan werkgever en werknemer"),
        Para(
            "Stel samen binnen twee weken een plan van aanpak op. Start met aangepast werk volgens de "
            "genoemde mogelijkheden en bouw op in overleg. Evalueer minimaal elke zes weken."
        ),
        Para("Medische gegevens zijn niet in deze rapportage opgenomen; die blijven bij de bedrijfsarts."),
        Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {p['big']}", fd(pa))]),
    ]
    c.pdf(rel, pa, blocks, arbo)
    remember(c, rel, blocks, arbo)
    out["probleemanalyse"] = rel

    # plan van aanpak
    pva = D(p.get("pva", 46))
    rel = p.get("pva_rel", "03 Plan van aanpak/Plan van aanpak " + p["kort"] + " getekend.pdf")
    blocks = [
        Title("Plan van aanpak", sub="re-integratie eigen werk (spoor 1)"),
        Fields([*ids, ("Datum probleemanalyse", fd(pa)), ("Casemanager", f"{cm}, {cmf}"), ("Datum", fd(pva))]),
        Heading("Re-integratiedoel"),
        Para(f"Terugkeer in het eigen werk als {fn.lower()}, eerst met aangepaste taken."),
        Heading("Afspraken en activiteiten"),
        Table(
            ["Activiteit", "Wie", "Wanneer"],
            [
                ["Start aangepast werk 2 x 3 uur", n.split()[0], f"vanaf {fd(D(p.get('pva', 46) + 7), 'abbr')}"],
                ["Opbouw uren in overleg met bedrijfsarts", f"{n.split()[0]} / {cm.split()[-1]}", "elke 2 weken"],
                ["Spreekuur bedrijfsarts", ba, "elke 6 weken"],
            ],
        ),
        Heading("Evaluatiemomenten"),
        Para(
            "We evalueren dit plan elke vier tot zes weken in een voortgangsgesprek. Van elk gesprek maakt "
            "de casemanager een verslag."
        ),
        Heading("Visie werkgever"),
        Para(
            p.get("visie_wg", "Wij willen graag dat de werknemer terugkeert in het eigen werk en passen de taken aan.")
        ),
        Heading("Visie werknemer"),
        Para(p.get("visie_wn", "Ik wil zo snel als het verantwoord is weer aan het werk.")),
        Signatures([Sig("Werkgever", cm, cmf, fd(pva)), Sig("Werknemer", n, "", fd(pva))]),
    ]
    c.pdf(rel, pva, blocks, emp)
    remember(c, rel, blocks, emp)
    out["plan_van_aanpak"] = rel
    return out


def meeting(
    c: Case,
    p: dict[str, Any],
    rel: str,
    date: dt.date,
    text: list[str],
    writer: str = "pdf",
    nxt: dt.date | None = None,
) -> None:
    emp = p["emp_style"]
    blocks: list[Any] = [
        Title(p.get("meeting_title", "Verslag voortgangsgesprek")),
        Fields(
            [
                ("Werknemer", p["naam"]),
                ("BSN", p["bsn_fmt"]),
                ("Datum gesprek", fd(date)),
                ("Aanwezig", f"{p['naam']}, {p['cm']} ({p['cm_functie']})"),
            ]
        ),
        Heading("Besproken"),
        *[Para(t) for t in text],
    ]
    if nxt is not None:
        blocks.append(Para(f"Volgend gesprek: {fd(nxt, 'weekday')}."))
    blocks.append(Signatures([Sig("Casemanager", p["cm"], p["cm_functie"], fd(date), True)]))
    {"pdf": c.pdf, "docx": c.docx, "scan": c.scan, "photo": c.photo}[writer](rel, date, blocks, emp)
    remember(c, rel, blocks, emp)


def year_two(
    c: Case,
    p: dict[str, Any],
    *,
    eje: int,
    ad: int,
    melding: int,
    bijst_pva: int | None,
    traject: int | None,
    reports: list[int],
    eind: int | None,
) -> dict[str, str]:
    """42e-weeksmelding, AD-rapport, EJE, optional 2nd track (bijstelling PvA, trajectplan, reports, eind)."""
    emp, bureau, ads = p["emp_style"], p["bureau_style"], p["ad_style"]
    uwv = uwv_style(c.name + "uwv")
    n, bsn = p["naam"], p["bsn_fmt"]
    D = c.day
    out: dict[str, str] = {}
    ids = [("Werknemer", n), ("BSN", bsn), ("Eerste ziektedag", fd(c.d0, "dash"))]

    dm = D(melding)
    rel = "05 UWV/Bevestiging ziekmelding UWV.pdf"
    blocks = [
        Title("Bevestiging ziekmelding"),
        Fields([*ids, ("Ontvangen op", fd(dm))]),
        Para(
            "Wij hebben de ziekmelding (aangifte van langdurige ziekte) van uw werknemer ontvangen. "
            "Rond het einde van het eerste ziektejaar maakt u met uw werknemer de eerstejaarsevaluatie."
        ),
        Para("Met vriendelijke groet, UWV Werkgeversservicepunt"),
    ]
    c.scan(rel, D(melding + 4), blocks, uwv)
    remember(c, rel, blocks, uwv)
    out["ziekmelding_uwv"] = rel

    da = D(ad)
    rel = "06 Arbeidsdeskundige/Rapport arbeidsdeskundig onderzoek " + p["kort"] + ".pdf"
    blocks = [
        Title("Rapportage arbeidsdeskundig onderzoek"),
        Fields([*ids, ("Datum onderzoek", fd(da))]),
        Heading("Functiebelasting en belastbaarheid"),
        Para(p["ad_tekst"]),
        Heading("Advies spoor 1 / spoor 2"),
        Para(p["ad_advies"]),
        Signatures([Sig("Arbeidsdeskundige", p["ad_naam"], "register-arbeidsdeskundige", fd(da))]),
    ]
    c.pdf(rel, da, blocks, ads)
    remember(c, rel, blocks, ads)
    out["arbeidsdeskundig_rapport"] = rel

    de = D(eje)
    rel = p.get("eje_rel", "07 Eerstejaarsevaluatie/Eerstejaarsevaluatie " + p["kort"] + ".pdf")
    blocks = [
        Title("Eerstejaarsevaluatie"),
        Fields([*ids, ("Datum", fd(de)), ("Casemanager", p["cm"])]),
        Heading("Terugblik eerste ziektejaar"),
        Para(p["eje_terug"]),
        Heading("Beoogd re-integratieresultaat tweede ziektejaar"),
        Para(p["eje_doel"]),
        Heading("Visie werkgever"),
        Para(p["eje_vwg"]),
        Heading("Visie werknemer"),
        Para(p["eje_vwn"]),
        Signatures([Sig("Werkgever", p["cm"], p["cm_functie"], fd(de)), Sig("Werknemer", n, "", fd(de))]),
    ]
    (c.scan if p.get("eje_scan") else c.pdf)(rel, de, blocks, p["emp_style"])
    remember(c, rel, blocks, emp)
    out["eerstejaarsevaluatie"] = rel

    if bijst_pva is not None:
        db = D(bijst_pva)
        rel = "03 Plan van aanpak/Bijstelling plan van aanpak " + p["kort"] + ".pdf"
        blocks = [
            Title("Bijstelling plan van aanpak"),
            Fields([*ids, ("Datum", fd(db))]),
            Para("Deze bijstelling vervangt het plan van aanpak van " + fd(c.day(p.get("pva", 46))) + "."),
            Heading("Nieuw re-integratiedoel"),
            Para(p["bijst_doel"]),
            Heading("Afspraken"),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["Intake tweede spoor bij " + bureau.org, n.split()[0], "binnen 3 weken"],
                    ["Voortgangsgesprek werkgever en werknemer", p["cm"], "elke 6 weken"],
                ],
            ),
            Heading("Visie werkgever"),
            Para("Wij steunen het tweede spoor en houden contact."),
            Heading("Visie werknemer"),
            Para("Ik doe mee, al had ik liever mijn eigen werk gehouden."),
            Signatures([Sig("Werkgever", p["cm"], p["cm_functie"], fd(db)), Sig("Werknemer", n, "", fd(db))]),
        ]
        c.pdf(rel, db, blocks, emp)
        remember(c, rel, blocks, emp)
        out["bijstelling_plan_van_aanpak"] = rel

    if traject is not None:
        dtp = D(traject)
        rel = "08 Tweede spoor/Trajectplan tweede spoor " + p["kort"] + ".pdf"
        blocks = [
            Title("Trajectplan 2e spoor"),
            Fields([*ids, ("Startdatum traject", fd(dtp)), ("Jobcoach", p["coach"])]),
            Heading("Persoonsprofiel"),
            Para(p["profiel"]),
            Heading("Zoekprofiel"),
            Para(p["zoek"]),
            Heading("Activiteiten"),
            Bullets(
                [
                    "arbeidsmarktoriëntatie",
                    "netwerkgesprekken",
                    "sollicitatietraining",
                    "maandelijkse voortgangsrapportage",
                ]
            ),
            Signatures([Sig("Jobcoach", p["coach"], "loopbaancoach", fd(dtp)), Sig("Werknemer", n, "", fd(dtp))]),
        ]
        c.pdf(rel, dtp, blocks, bureau)
        remember(c, rel, blocks, bureau)
        out["trajectplan_tweede_spoor"] = rel
        for i, r in enumerate(reports, 1):
            dr = D(r)
            rel = f"08 Tweede spoor/Voortgangsrapportage {i} {dr.strftime('%Y-%m')}.pdf"
            blocks = [
                Title("Voortgangsrapportage tweede spoor"),
                Fields([*ids, ("Rapportageperiode", f"t/m {fd(dr)}"), ("Rapportage nr.", str(i))]),
                Heading("Activiteiten"),
                Para(p["report_tekst"][i % len(p["report_tekst"])]),
                Signatures([Sig("Jobcoach", p["coach"], "loopbaancoach", fd(dr))]),
            ]
            c.pdf(rel, dr, blocks, bureau)
            remember(c, rel, blocks, bureau)
        if eind is not None:
            dei = D(eind)
            rel = "08 Tweede spoor/Eindrapportage 2e spoor " + p["kort"] + ".pdf"
            blocks = [
                Title("Eindrapportage tweede spoor"),
                Fields([*ids, ("Datum", fd(dei))]),
                Heading("Resultaat traject"),
                Para(p["eind_tekst"]),
                Signatures([Sig("Jobcoach", p["coach"], "loopbaancoach", fd(dei))]),
            ]
            c.pdf(rel, dei, blocks, bureau)
            remember(c, rel, blocks, bureau)
            out["eindrapportage_tweede_spoor"] = rel
    return out


def end_phase(
    c: Case,
    p: dict[str, Any],
    *,
    brief: int,
    ao: int,
    ev: int,
    ow: int,
    ao_signed: bool = True,
    ao_concept: bool = False,
    ev_writer: str = "pdf",
) -> dict[str, str]:
    arbo, emp = p["arbo_style"], p["emp_style"]
    uwv = uwv_style(c.name + "uwv")
    n, bsn, D = p["naam"], p["bsn_fmt"], c.day
    out: dict[str, str] = {}
    ids = [("Werknemer", n), ("BSN", bsn), ("Eerste ziektedag", fd(c.d0, "dash"))]

    db = D(brief)
    rel = "09 WIA/brief UWV aanvraag WIA.pdf"
    einde = c.d0 + dt.timedelta(days=727)
    blocks = [
        Title("U kunt een WIA-uitkering aanvragen"),
        Fields([*ids, ("Datum", fd(db))]),
        Para(
            f"Uw werknemer is bijna 2 jaar ziek. De wachttijd eindigt op {fd(einde)}. Uw werknemer kan nu "
            "een WIA-uitkering aanvragen. Zorg dat het re-integratieverslag compleet is en dat uw werknemer "
            "een kopie heeft."
        ),
        Para("Met vriendelijke groet, UWV"),
    ]
    c.scan(rel, db, blocks, uwv)
    remember(c, rel, blocks, uwv)
    out["uwv_correspondentie"] = rel

    da = D(ao)
    rel = p.get("ao_rel", "09 WIA/Actueel oordeel bedrijfsarts " + p["kort"] + ".pdf")
    title = Title("Actueel oordeel", sub="ten behoeve van de WIA-aanvraag")
    blocks = [title]
    if ao_concept:
        blocks = [Title("CONCEPT - Actueel oordeel", sub="ten behoeve van de WIA-aanvraag (concept, niet definitief)")]
    blocks += [
        Fields([*ids, ("Datum", fd(da)), ("Verzuimnummer", p["verzuimnr"])]),
        Heading("Stand van zaken"),
        Para(p["ao_stand"]),
        Heading("Belastbaarheid"),
        Bullets(p["ao_belast"]),
        Heading("Arbeidsrelatie en passende arbeid bij de werkgever"),
        Para(p["ao_relatie"]),
        Para("In dit oordeel zijn geen medische gegevens opgenomen."),
    ]
    if ao_signed:
        blocks.append(Signatures([Sig("Bedrijfsarts", p["ba"], f"bedrijfsarts, BIG {p['big']}", fd(da))]))
    else:
        blocks.append(Para("Concept ter bespreking. Na akkoord wordt het definitieve oordeel ondertekend verstuurd."))
        blocks.append(Signatures([Sig("Bedrijfsarts", p["ba"], "bedrijfsarts", "", False)]))
    c.pdf(rel, da, blocks, arbo)
    remember(c, rel, blocks, arbo)
    out["actueel_oordeel"] = rel

    de = D(ev)
    rel = p.get("ev_rel", "09 WIA/Eindevaluatie " + p["kort"] + ".pdf")
    blocks = [
        Title("Eindevaluatie plan van aanpak"),
        Fields([*ids, ("Datum", fd(de)), ("Casemanager", p["cm"])]),
        Heading("Aard van het bedrijf"),
        Para(p["aard"]),
        Heading("Terugblik op twee jaar re-integratie"),
        Para(p["ev_terug"]),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para(p["ev_relatie"]),
        Heading("Passende arbeid bij de werkgever"),
        Para(p["ev_passend"]),
        Para(f"Deze eindevaluatie is gebaseerd op het actueel oordeel van de bedrijfsarts van {fd(da)}."),
        Signatures([Sig("Werkgever", p["cm"], p["cm_functie"], fd(de)), Sig("Werknemer", n, "", fd(de))]),
    ]
    {"pdf": c.pdf, "scan": c.scan}[ev_writer](rel, de, blocks, emp)
    remember(c, rel, blocks, emp)
    out["eindevaluatie"] = rel

    if ow is not None:
        do = D(ow)
        rel = p.get("ow_rel", "09 WIA/Mijn mening re-integratieverslag.jpg")
        plain = Style(key=c.name + "ow", org="", letterhead="none", font="sans", base_size=11)
        blocks = [
            Title("Oordeel van de werknemer over het re-integratieverslag"),
            Fields([("Naam", n), ("BSN", bsn), ("Datum", fd(do))]),
            *[Para(t) for t in p["ow_tekst"]],
            Signatures([Sig("Werknemer", n, "", fd(do))]),
        ]
        c.photo(rel, do, blocks, plain)
        remember(c, rel, blocks, plain)
        out["oordeel_werknemer"] = rel
    return out


# --------------------------------------------------------------------------------------------------------------
# expected.yaml helpers
# --------------------------------------------------------------------------------------------------------------


def e(why: str, **kw: Any) -> dict[str, Any]:
    assert "§8" in why, why
    return {**kw, "why": why}


def not_missing(present: dict[str, str]) -> list[dict[str, Any]]:
    return [e(WHY_MISSING.format(path), code="missing", type=t) for t, path in present.items()]


EXPECTED: dict[str, dict[str, Any]] = {}
YAML_FILES: dict[str, dict[str, Any]] = {}


def write_yaml_case(c: Case, data: dict[str, Any]) -> None:
    YAML_FILES[c.name] = data
    c.dir.mkdir(parents=True, exist_ok=True)
    (c.dir / "dossier.yaml").write_text(
        "# dossier.yaml, bijgehouden door "
        + data.pop("_door")
        + "\n"
        + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120),
        encoding="utf-8",
    )


# --------------------------------------------------------------------------------------------------------------
# shared "not wrong" expectations
# --------------------------------------------------------------------------------------------------------------


def bsn_ok(note: str) -> list[dict[str, Any]]:
    return [
        e(f"§8.5/§5.2: one employee BSN, valid (asserted); {note}", code="bsn_invalid"),
        e("§8.5: the same BSN in every document that has one", code="bsn_mismatch"),
    ]


def common_after_application(c: Case, pres: dict[str, str], app: int) -> list[dict[str, Any]]:
    return [
        e("§8.3: nothing is dated after as_of (asserted)", code="future"),
        e("§8.3 (§2.3): no vrijwillige verlenging", code="extension"),
        e("§8.8/§1.2: every document is in the folder once", code="duplicate"),
        e(f"§8.3: the application (D0+{app}) is on or before D0+650", code="late", type="oordeel_werknemer"),
    ]


# --------------------------------------------------------------------------------------------------------------
# case 1: RIV copies reach the employee after week 91
# --------------------------------------------------------------------------------------------------------------


def case1() -> None:
    c = Case("kopie_riv_werknemer_na_week91", dt.date(2024, 9, 2), 655)
    rng = random.Random(1301)
    bsn = person(rng)
    iban, iban_acc = make_iban("RABO", rng)
    kv = kvk(rng)
    vz = verzuimnr(rng)
    emp = employer_style(
        c.name, "Groenhart Hoveniers B.V.", ("Kweekerijweg 14, 3991 TG Houten", f"KvK {kv} · IBAN {iban}")
    )
    arbo = arbo_style(
        c.name + "a", "ArboRijn", ("Utrechtseweg 200, 3818 ES Amersfoort",), f"ArboRijn · verzuimnr. {vz}"
    )
    bureau = Style(
        key=c.name + "b",
        org="Loopbaanwerk Midden",
        org_lines=("Stationsplein 3, Utrecht",),
        font="condensed",
        accent=(150, 60, 0),
        letterhead="right",
    )
    ads = Style(
        key=c.name + "ad",
        org="Bureau Arbeid & Perspectief",
        org_lines=("Zeist",),
        font="serif",
        accent=(90, 90, 90),
        letterhead="centered",
    )
    p: dict[str, Any] = dict(
        naam="Ruud Verbeek",
        kort="R. Verbeek",
        bsn_fmt=g.fmt_bsn(bsn, "dots"),
        functie="Hovenier",
        cm="Inge Schalkwijk",
        cm_functie="HR-adviseur / casemanager",
        ba="drs. W.J. Hoogland",
        big="39012345601",
        verzuimnr=vz,
        emp_style=emp,
        arbo_style=arbo,
        bureau_style=bureau,
        ad_style=ads,
        beperkingen=["niet zwaar tillen (> 10 kg)", "niet langdurig gebogen werken", "werktijden: 4 uur per dag"],
        ad_naam="J. Kranenburg",
        ad_tekst="Het werk als hovenier vraagt zwaar tillen, bukken en lang staan. "
        "Dat past niet bij de belastbaarheid.",
        ad_advies="Eigen werk is niet meer haalbaar. Ik adviseer per direct een tweede spoor.",
        eje_terug="Het eerste jaar lukte alleen licht werk in de kwekerij, 12 uur per week.",
        eje_doel="Werk buiten de eigen functie, bij voorkeur buiten het bedrijf (tweede spoor), 24 uur per week.",
        eje_vwg="Wij zien geen duurzame plek meer in de buitendienst en starten het tweede spoor.",
        eje_vwn="Ik vind het jammer, maar ik begrijp het en doe mee.",
        bijst_doel="Spoor 1 aangepast werk (12 uur) blijft; daarnaast spoor 2: ander werk buiten het bedrijf.",
        coach="Sanne Oudshoorn",
        profiel="Ruim twintig jaar ervaring in de groenvoorziening, rijbewijs BE, goede klantcontacten.",
        zoek="Baliemedewerker tuincentrum, planner groenvoorziening, magazijn (licht).",
        report_tekst=[
            "Drie sollicitaties, twee netwerkgesprekken, cv bijgewerkt.",
            "Proefplaatsing besproken bij een tuincentrum; sollicitatietraining afgerond.",
            "Vier vacatures bekeken, één sollicitatiegesprek.",
        ],
        eind_tekst="Het traject is afgesloten zonder plaatsing. Ruud werkt 12 uur aangepast bij de werkgever.",
        ao_stand="Ruud werkt 12 uur per week aangepast werk in de kwekerij. Het tweede spoor leverde geen baan op.",
        ao_belast=["licht werk, afwisselend zitten en staan", "maximaal 4 uur per dag, 3 dagen per week"],
        ao_relatie="De arbeidsrelatie is goed. Passende arbeid bij de werkgever is er voor 12 uur (kwekerij).",
        aard="Groenhart Hoveniers is een hoveniersbedrijf met 38 medewerkers: aanleg en onderhoud van tuinen en "
        "openbaar groen, met een eigen kwekerij.",
        ev_terug="Na twee jaar werkt Ruud 12 uur per week in de kwekerij; het tweede spoor gaf geen plaatsing.",
        ev_relatie="De verhouding tussen Ruud en het bedrijf is goed; hij is zeer betrokken.",
        ev_passend="Passende arbeid is er voor 12 uur per week in de kwekerij; meer uren zijn er niet.",
        ow_tekst=["Ik ben het eens met het verslag over mijn re-integratie.", None],
    )
    D = c.day
    app = 648
    kopie = D(641)
    p["ow_tekst"][1] = (
        f"Wel wil ik opmerken dat ik de kopie van het re-integratieverslag pas op {fd(kopie)} van "
        "mijn werkgever heb gekregen, na de datum die UWV in de brief noemde."
    )
    mob, mob_digits = mobile(rng)
    c.eml(
        "01 Verzuim/Ziekmelding Ruud.eml",
        c.d0,
        "Marco de Bruin <m.debruin@groenhart.example>",
        "Inge Schalkwijk <hr@groenhart.example>",
        "Ziekmelding Ruud Verbeek",
        f"Hoi Inge,\n\nRuud heeft zich vanochtend ({fd(c.d0)}) ziek gemeld. Hij verwacht een paar weken weg te zijn. "
        f"Geen bedrijfsongeval, geen verkeersongeval. Hij is bereikbaar op {mob} op zijn huisadres.\n\n"
        "Groet,\nMarco (uitvoerder)\n",
        hour=8,
    )
    pres = full_dossier(c, p)
    meeting(
        c,
        p,
        "04 Gesprekken/Gesprek Ruud november.docx",
        D(80),
        ["Ruud werkt 2 x 3 uur in de kwekerij. Het gaat redelijk; opbouw volgens plan."],
        "docx",
    )
    meeting(
        c,
        p,
        "04 Gesprekken/Voortgangsgesprek " + fd(D(196), "dash") + ".pdf",
        D(196),
        ["Ruud werkt nu 12 uur. Verdere opbouw lukt niet; de bedrijfsarts ziet hem over drie weken."],
    )
    meeting(
        c,
        p,
        "04 Gesprekken/Verslag gesprek eind juni.jpg",
        D(301),
        ["Ruud werkt stabiel 12 uur. We bespreken het arbeidsdeskundig onderzoek in augustus."],
        "photo",
    )
    meeting(
        c,
        p,
        "04 Gesprekken/Voortgangsgesprek " + fd(D(520), "dash") + ".pdf",
        D(520),
        ["Het tweede spoor loopt: sollicitaties en een proefplaatsing in beeld. 12 uur kwekerij gaat goed."],
    )
    pres |= year_two(
        c, p, eje=350, ad=340, melding=287, bijst_pva=361, traject=375, reports=[431, 490, 548, 603], eind=627
    )
    pres |= end_phase(c, p, brief=612, ao=620, ev=634, ow=646)
    c.eml(
        "09 WIA/Kopie re-integratieverslag voor Ruud.eml",
        kopie,
        "Inge Schalkwijk <hr@groenhart.example>",
        "Ruud Verbeek <ruud.verbeek@thuismail.example>",
        "Kopie re-integratieverslag",
        "Beste Ruud,\n\nHierbij de kopieën van alle stukken van het re-integratieverslag: de probleemanalyse, het "
        "plan van aanpak en de bijstelling, de gespreksverslagen, de eerstejaarsevaluatie, de rapporten van de "
        "arbeidsdeskundige en van Loopbaanwerk, het actueel oordeel en de eindevaluatie. De papieren map ligt "
        "vanaf vandaag ook voor je klaar bij de receptie.\n\nExcuses dat het later is dan UWV vraagt: door mijn "
        "vakantie is het blijven liggen. Je kunt je WIA-aanvraag nu doen.\n\nGroet,\nInge Schalkwijk\nHR-adviseur\n",
    )
    write_yaml_case(
        c,
        {
            "_door": "HR (I. Schalkwijk)",
            "werknemer": {"naam": p["naam"], "bsn": bsn, "functie": p["functie"]},
            "werkgever": {"naam": emp.org, "aard_van_het_bedrijf": "Hoveniersbedrijf met kwekerij"},
            "bedrijfsarts": {"naam": p["ba"], "organisatie": arbo.org},
            "casemanager": {"naam": p["cm"]},
            "eerste_ziektedag": c.d0,
            "aanvraag_wia": D(app),
        },
    )
    # arithmetic behind the planted problem and the traps
    assert c.off(kopie) > 636 and c.off(D(634)) <= 636 and c.off(D(app)) <= 650
    assert c.off(D(620)) < c.off(D(634)) and c.off(D(app)) - c.off(D(620)) <= 56
    assert c.off(D(375)) <= 406 and c.off(D(350)) >= 315 and c.off(D(350)) <= 363
    assert c.off(D(36)) <= 42 and c.off(D(46)) - c.off(D(36)) == 10
    assert not g.bsn_valid(iban_acc) and not g.bsn_valid(mob_digits) and not g.bsn_valid(kv) and not g.bsn_valid(vz)
    reports = [r for r, _ in c.docs if "Voortgangsrapportage" in r]
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": D(app).isoformat(),
        "planted": (
            f"checked in week 94 (D0+655), after the application of D0+{app} (week 93, dossier.yaml; on time, due by "
            f"D0+650). The employee received the copies of the RIV documents only on {kopie.isoformat()} (D0+"
            f"{c.off(kopie)}, week 92), after the week-91 deadline (D0+636): HR's cover mail "
            "('09 WIA/Kopie re-integratieverslag voor Ruud.eml', text in the body) apologises for the delay, and the "
            "employee's oordeel (a phone photo, EXIF 6) says so. Traps: the eindevaluatie is dated D0+634 (Friday of "
            "week 91, two days inside the deadline) and is signed by both; the AO (D0+620) is before the EV and 28 "
            "days before the application; the application in week 93 looks late but is within D0+650; 12 of 38 hours "
            "structurally in adapted own work plus a 2nd track started on time (bijstelling PvA D0+361 that replaces "
            "the PvA, trajectplan D0+375, four reports 55-59 days apart, eindrapportage D0+627); "
            "'geen medische gegevens' in "
            "PA and AO; IBAN (bank eleven-test passes, BSN test fails), KvK, verzuimnummer and a +31 6 mobile; BSN "
            "with dots in the documents. Only 4 meeting reports are filed: evaluation gaps are not judged."
        ),
        "must": [
            e(
                "§8.3: 'EV and RIV copies ≤ D0+636' (WIA art. 25 lid 3, §2.2 row 12); the copies reached the "
                f"employee on D0+{c.off(kopie)}. No type or severity is given: the tool may attach it to the "
                "eindevaluatie or to none",
                code="late",
            ),
        ],
        "must_not": [
            *not_missing(pres),
            e("§8.1: the oordeel werknemer is present", code="missing", type="oordeel_werknemer"),
            e("§8.3: PA D0+36 ≤ D0+42", code="late", type="probleemanalyse"),
            e("§8.3: PvA 10 days after the PA", code="late", type="plan_van_aanpak"),
            e("§8.3: EJE D0+350 in weeks 46-52", code="late", type="eerstejaarsevaluatie"),
            e("§8.3: EJE D0+350 in weeks 46-52", code="early", type="eerstejaarsevaluatie"),
            e("§8.3: trajectplan D0+375 ≤ about D0+406", code="late", type="trajectplan_tweede_spoor"),
            e("§8.3: 42e-weeksmelding D0+287 ≤ D0+294", code="late", type="ziekmelding_uwv"),
            e("§8.3: the AO (D0+620) is before the EV (D0+634)", code="late", type="actueel_oordeel"),
            e("§8.3: AO before EV, EV before the application", code="order"),
            e("§8.4/§2.5: AO 28 days and EV 14 days before the application", code="outdated"),
            e("§8.3: reports every 55-59 days, then the eindrapportage", code="report_gap"),
            e("§8.6: the AO covers arbeidsrelatie and passende arbeid", code="content", type="actueel_oordeel"),
            e(
                "§8.6: the EV covers aard van het bedrijf, arbeidsrelatie and passende arbeid",
                code="content",
                type="eindevaluatie",
            ),
            e(
                "§8.6: the PvA names casemanager, goal, activities, terms, evaluation moments and both visies",
                code="content",
                type="plan_van_aanpak",
            ),
            e("§8.5: PvA, bijstelling, EJE and EV are signed by both", code="unsigned"),
            e(
                "§8.7/§5.3: the PA names medical data only to say they are left out",
                code="medical_data",
                path=pres["probleemanalyse"],
            ),
            e(
                "§8.7/§5.3: the AO names medical data only to say they are left out",
                code="medical_data",
                path=pres["actueel_oordeel"],
            ),
            e(
                "§8.7/§5.1: the sick report passes on only allowed data",
                code="medical_data",
                path="01 Verzuim/Ziekmelding Ruud.eml",
            ),
            e(
                "§8.7/§5.3: a cover mail listing document names",
                code="medical_data",
                path="09 WIA/Kopie re-integratieverslag voor Ruud.eml",
            ),
            *bsn_ok("IBAN account, KvK, verzuimnummer and mobile number are no BSNs"),
            *common_after_application(c, pres, app),
        ],
    }
    assert len(reports) == 4


# --------------------------------------------------------------------------------------------------------------
# case 2: the eindevaluatie is a broken download; the employee's own mail with medical details in the folder
# --------------------------------------------------------------------------------------------------------------


def truncate_pdf(path: Path) -> int:
    """Cut the file inside its first stream, as a download that broke off. Returns the new size."""
    data = path.read_bytes()
    i = data.index(b"stream")
    cut = i + 180
    path.write_bytes(data[:cut])
    return cut


def case2() -> None:
    c = Case("ev_download_afgebroken_mail_werknemer_medisch", dt.date(2024, 10, 7), 650)
    rng = random.Random(1302)
    bsn = person(rng)
    kv = kvk(rng)
    vz = verzuimnr(rng)
    emp = employer_style(
        c.name, "Bakkerij Van Lent Foodgroup", ("Industrieweg 61, 5753 PB Deurne", f"KvK {kv}"), font="sans"
    )
    arbo = arbo_style(c.name + "a", "Zorg & Werk Arbodienst", ("Eindhoven",), f"Zorg & Werk · dossier {vz}")
    ads = Style(
        key=c.name + "ad",
        org="AD Expertise Brabant",
        org_lines=("Helmond",),
        font="serif",
        accent=(60, 60, 60),
        letterhead="left",
    )
    p: dict[str, Any] = dict(
        naam="Bas Hendriks",
        kort="B. Hendriks",
        bsn_fmt=g.fmt_bsn(bsn, "spaces"),
        functie="Productiemedewerker",
        cm="Marieke Claassen",
        cm_functie="casemanager verzuim",
        ba="R. Sprangers",
        big="29087654301",
        verzuimnr=vz,
        emp_style=emp,
        arbo_style=arbo,
        bureau_style=emp,
        ad_style=ads,
        beperkingen=["werk met vrije toegang tot een toilet", "geen nachtdiensten", "werktijden: 4 uur per dag"],
        prognose="De belastbaarheid zal wisselen. Ik verwacht langzame verbetering over enkele maanden.",
        ad_naam="P. Verhagen",
        ad_tekst="Het eigen werk aan de inpaklijn in dagdienst past, zonder nachtdiensten. Bas werkt 28 van 38 uur.",
        ad_advies="Geen tweede spoor: Bas verdient in aangepast eigen werk 80% van zijn oude loon (loonwaarde "
        "80%), structureel. Dat is een bevredigend resultaat.",
        eje_terug="Bas werkt sinds week 40 structureel 28 uur in dagdienst aan de inpaklijn.",
        eje_doel="Behoud van 28 uur in aangepast eigen werk; geen tweede spoor, zie het rapport van de "
        "arbeidsdeskundige (loonwaarde 80%).",
        eje_vwg="Tevreden over de opbouw; de nachtdiensten vallen structureel weg.",
        eje_vwn="Ik ben blij dat ik mijn eigen werk kan blijven doen.",
        ao_stand="Bas werkt structureel 28 uur per week in dagdienst in zijn eigen functie.",
        ao_belast=["geen nachtdiensten", "vrije toegang tot sanitair", "maximaal 28 uur per week"],
        ao_relatie="De arbeidsrelatie is goed. De 28 uur in dagdienst zijn passende arbeid bij de werkgever.",
        aard="Van Lent Foodgroup is een industriële bakkerij (210 medewerkers) met brood en banket voor "
        "supermarkten, in drie ploegen, onder HACCP en BRC-certificering.",
        ev_terug="Bas bouwde op naar 28 uur in dagdienst; dat is sinds week 40 stabiel.",
        ev_relatie="De relatie is goed.",
        ev_passend="De 28 uur in dagdienst zijn passend en blijvend; meer uren in dagdienst zijn er niet.",
        ow_tekst=["Ik ben het eens met het verslag."],
        ow_rel="09 WIA/Reactie Bas op re-integratieverslag.jpg",
        ev_rel="09 WIA/Eindevaluatie_getekend.pdf",
    )
    D = c.day
    app = 641
    c.eml(
        "01 Verzuim/Ziekmelding.eml",
        c.d0,
        "Planning Deurne <planning@vanlentfood.example>",
        "Marieke Claassen <verzuim@vanlentfood.example>",
        "Ziekmelding B. Hendriks",
        f"Ziekmelding {fd(c.d0, 'dash')}: Bas Hendriks (inpaklijn 3, nachtploeg). Verwachte duur onbekend. "
        "Geen arbeidsongeval.\n",
        hour=6,
    )
    pres = full_dossier(c, p)
    mail_d = D(152)
    c.eml(
        "04 Correspondentie/RE_ afspraak volgende week.eml",
        mail_d,
        "Bas Hendriks <bas.hendriks@thuismail.example>",
        "Marieke Claassen <verzuim@vanlentfood.example>",
        "RE: afspraak volgende week",
        "Hoi Marieke,\n\nDonderdag om 10 uur is goed. Even een update zodat je weet waarom het zo lang duurt: de "
        "MDL-arts in het ziekenhuis heeft vorige week bevestigd dat het de ziekte van Crohn is, met een ontsteking "
        "in de dunne darm. Ik ben gestart met adalimumab-injecties (Humira) en moet nog zes weken prednison "
        "slikken. Als het niet aanslaat volgt in het voorjaar mogelijk een darmresectie. Daarom kan ik echt geen "
        "nachtdiensten meer draaien.\n\nGroet,\nBas\n\n-----Oorspronkelijk bericht-----\nVan: Marieke Claassen\n"
        "Onderwerp: afspraak volgende week\n\nHoi Bas, past donderdag 10 uur voor ons gesprek?\n",
        hour=21,
    )
    meeting(
        c,
        p,
        "04 Correspondentie/Verslag gesprek " + fd(D(157), "dash") + ".pdf",
        D(157),
        [
            "Bas werkt 3 x 4 uur in dagdienst. Medische details heeft Bas alleen met de bedrijfsarts besproken; "
            "die staan niet in dit verslag.",
            "Afspraak: opbouw naar 4 x 5 uur. Aandacht voor HACCP-hygiëne en de allergenenregistratie bij de "
            "terugkeer aan de lijn.",
        ],
    )
    meeting(
        c,
        p,
        "04 Correspondentie/Verslag gesprek " + fd(D(77), "dash") + ".docx",
        D(77),
        ["Start aangepast werk 2 x 3 uur, alleen dagdienst."],
        "docx",
    )
    meeting(
        c,
        p,
        "04 Correspondentie/Verslag gesprek " + fd(D(262), "dash") + ".pdf",
        D(262),
        ["Bas werkt 24 uur. Nachtdiensten blijven vervallen."],
    )
    meeting(
        c,
        p,
        "04 Correspondentie/Verslag gesprek " + fd(D(520), "dash") + ".pdf",
        D(520),
        ["28 uur stabiel, geen bijzonderheden."],
    )
    pres |= year_two(c, p, eje=347, ad=333, melding=290, bijst_pva=None, traject=None, reports=[], eind=None)
    pres |= end_phase(c, p, brief=613, ao=617, ev=627, ow=634)
    ev_path = c.dir / p["ev_rel"]
    full_size = ev_path.stat().st_size
    cut = truncate_pdf(ev_path)
    assert cut < full_size // 4, (cut, full_size)
    c.eml(
        "09 WIA/Eindevaluatie uit HR-systeem.eml",
        D(628),
        "Marieke Claassen <verzuim@vanlentfood.example>",
        "Bas Hendriks <bas.hendriks@thuismail.example>",
        "Eindevaluatie",
        "Hoi Bas,\n\nDe eindevaluatie die we gisteren samen hebben getekend heb ik uit het HR-systeem gehaald en in "
        "je dossier gezet. Je krijgt de kopieën van alle stukken op papier.\n\nGroet, Marieke\n",
    )
    write_yaml_case(
        c,
        {
            "_door": "M. Claassen, casemanager",
            "werknemer": {"naam": p["naam"], "bsn": bsn, "functie": p["functie"]},
            "werkgever": {"naam": emp.org},
            "eerste_ziektedag": c.d0,
            "aanvraag_wia": D(app),
        },
    )
    ev_text = c.text(p["ev_rel"])
    assert "eindevaluatie" in ev_text.lower()
    med = "ziekte van crohn"
    for rel, _ in c.docs:
        if rel != "04 Correspondentie/RE_ afspraak volgende week.eml" and (c.name, rel) in TEXTS:
            assert med not in TEXTS[(c.name, rel)].lower(), rel
    assert c.off(D(617)) < c.off(D(627)) <= 636 and c.off(D(app)) - c.off(D(617)) <= 56
    assert 315 <= c.off(D(347)) <= 363
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": D(app).isoformat(),
        "planted": (
            f"checked in week 93 (D0+650), after the application (D0+{app}, week 92, dossier.yaml). (1) The only copy "
            f"of the eindevaluatie, '{p['ev_rel']}', is a download from the HR system that broke off: {cut} of "
            f"{full_size} bytes, cut inside the first stream (no page can be read). The casemanager's mail of D0+"
            f"{c.off(D(628))} says she put the signed EV (made D0+627) in the folder. (2) The employee's own e-mail "
            "('04 Correspondentie/RE_ afspraak volgende week.eml', text in the body) tells the casemanager his "
            "diagnosis (Crohn's disease), the MDL-arts, adalimumab and prednison and a possible darmresectie; it is "
            "filed in the employer's dossier. Traps: the next meeting report says medical details stay with the "
            "bedrijfsarts; a food factory whose documents speak of HACCP, hygiëne and allergenenregistratie; no 2nd "
            "track, with a satisfactory result (28 of 38 hours adapted own work, loonwaarde 80%, AD-rapport and "
            "EJE); AO D0+617, 24 days before the application; 'geen medische gegevens' in PA and AO; KvK and "
            "verzuimnummer; BSN with spaces. Only 4 meeting reports are filed: evaluation gaps are not judged."
        ),
        "must": [
            e(
                "§8 (CONTRACT: a malformed file becomes a finding; §8.5 form): the EV file cannot be read",
                code="unreadable",
                path=p["ev_rel"],
            ),
            e(
                "§8.7/§5.1/§5.3: diagnosis, specialist, medication and a planned operation in a mail in the "
                "employer's folder; the employer may not hold them, not even with consent",
                code="medical_data",
                path="04 Correspondentie/RE_ afspraak volgende week.eml",
            ),
        ],
        "must_not": [
            *[x for x in not_missing(pres) if x["type"] != "eindevaluatie"],
            e(
                "§8.2/§8.3: no 2nd track needed: satisfactory result (loonwaarde 80%), motivated in AD-rapport and EJE",
                code="missing",
                type="trajectplan_tweede_spoor",
            ),
            e("§8.3: PA D0+36 ≤ D0+42", code="late", type="probleemanalyse"),
            e("§8.3: PvA PA+10", code="late", type="plan_van_aanpak"),
            e("§8.3: EJE D0+347 in weeks 46-52", code="late", type="eerstejaarsevaluatie"),
            e("§8.3: 42e-weeksmelding D0+290", code="late", type="ziekmelding_uwv"),
            e("§8.4/§2.5: AO 24 days before the application", code="outdated", type="actueel_oordeel"),
            e("§8.3: the AO (D0+617) is before the EV (D0+627); the broken EV cannot show otherwise", code="order"),
            e("§8.5: PvA and EJE are signed by both", code="unsigned", type="plan_van_aanpak"),
            e("§8.5: PvA and EJE are signed by both", code="unsigned", type="eerstejaarsevaluatie"),
            e("§8.6: the AO covers arbeidsrelatie and passende arbeid", code="content", type="actueel_oordeel"),
            e(
                "§8.7/§5.3: the PA names medical data only to say they are left out",
                code="medical_data",
                path=pres["probleemanalyse"],
            ),
            e(
                "§8.7/§5.3: the AO names medical data only to say they are left out",
                code="medical_data",
                path=pres["actueel_oordeel"],
            ),
            e(
                "§8.7/§5.3: 'medische details ... niet in dit verslag'; HACCP and allergenen are food-safety words",
                code="medical_data",
                path="04 Correspondentie/Verslag gesprek " + fd(D(157), "dash") + ".pdf",
            ),
            e(
                "§8.7/§5.3: the AD-rapport speaks of work and loonwaarde only",
                code="medical_data",
                path=pres["arbeidsdeskundig_rapport"],
            ),
            e(
                "§8.7/§5.1: the sick report passes on only allowed data",
                code="medical_data",
                path="01 Verzuim/Ziekmelding.eml",
            ),
            *bsn_ok("the KvK number and verzuimnummer are no BSNs"),
            *common_after_application(c, pres, app),
        ],
    }


# --------------------------------------------------------------------------------------------------------------
# case 3: the bedrijfsarts's statement for a vervroegde IVA in the employer's folder; the PA is HTML named .pdf
# --------------------------------------------------------------------------------------------------------------


def html_page(title: str, blocks: list[Any], org: str) -> str:
    import html

    rows = []
    for b in blocks:
        if isinstance(b, Title):
            rows.append(f"<h1>{html.escape(b.text)}</h1>")
        elif isinstance(b, Heading):
            rows.append(f"<h2>{html.escape(b.text)}</h2>")
        elif isinstance(b, Fields):
            rows.append(
                "<table>"
                + "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in b.items)
                + "</table>"
            )
        elif isinstance(b, Para):
            rows.append(f"<p>{html.escape(b.text)}</p>")
        elif isinstance(b, Bullets):
            rows.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in b.items) + "</ul>")
        elif isinstance(b, Signatures):
            for s in b.sigs:
                rows.append(
                    f"<p class='sig'>{html.escape(s.role)}: {html.escape(s.name)}, "
                    f"{html.escape(s.function)}, {html.escape(s.date)}</p>"
                )
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>'
        + html.escape(title)
        + "</title><style>body{font-family:Arial;max-width:800px} th{text-align:left}</style></head><body>\n"
        + f"<div class='portal'>{html.escape(org)} · Werkgeversportaal · Documenten</div>\n"
        + "\n".join(rows)
        + "\n<div class='footer'>Afgedrukt uit het werkgeversportaal</div></body></html>\n"
    )


def case3() -> None:
    c = Case("iva_verklaring_in_map_pa_als_html", dt.date(2025, 9, 29), 280)
    rng = random.Random(1303)
    bsn = person(rng)
    vz = verzuimnr(rng)
    kv = kvk(rng)
    mob, mob_digits = mobile(rng)
    emp = employer_style(c.name, "Drukkerij De Graaf & Zn.", ("Ambachtstraat 9, 7461 TR Rijssen", f"KvK {kv}"))
    arbo = arbo_style(c.name + "a", "ArboTwente", ("Hengelo",), f"ArboTwente · verzuimnummer {vz}")
    uwv = uwv_style(c.name + "uwv")
    n, _kort = "Yvonne de Graaf-Mulder", "Y. de Graaf"
    bsn_fmt = g.fmt_bsn(bsn)
    cm, cmf, ba = "Henk de Graaf", "directeur", "A.M. Lubbers"
    p: dict[str, Any] = dict(
        naam=n, bsn_fmt=bsn_fmt, cm=cm, cm_functie=cmf, emp_style=emp, meeting_title="Gespreksverslag"
    )
    D = c.day
    ids = [("Werknemer", n), ("BSN", bsn_fmt), ("Eerste ziektedag", fd(c.d0, "dash"))]
    c.eml(
        "01 Verzuim/Ziekmelding Yvonne.eml",
        c.d0,
        "Henk de Graaf <henk@drukkerijdegraaf.example>",
        "ArboTwente meldingen <meldingen@arbotwente.example>",
        "Verzuimmelding Y. de Graaf-Mulder",
        f"Goedemorgen,\n\nHierbij meld ik Yvonne de Graaf-Mulder (BSN {bsn_fmt}, medewerker prepress) ziek per "
        f"{fd(c.d0)}. Verwachte duur: onbekend. Geen arbeidsongeval. Bereikbaar op {mob}.\n\nHenk de Graaf\n",
        hour=9,
    )
    rel = "01 Verzuim/Bevestiging verzuimmelding.pdf"
    blocks = [
        Title("Bevestiging verzuimmelding"),
        Fields([*ids, ("Verzuimnummer", vz)]),
        Para("Wij hebben de verzuimmelding ontvangen. De bedrijfsarts nodigt de werknemer uit voor het spreekuur."),
    ]
    c.pdf(rel, D(1), blocks, arbo)
    remember(c, rel, blocks, arbo)
    pa = D(37)
    pa_rel = "02 Arbodienst/Probleemanalyse.pdf"
    blocks = [
        Title("Probleemanalyse"),
        Fields([*ids, ("Datum", fd(pa, "dash")), ("Bedrijfsarts", ba)]),
        Heading("Dreigend langdurig verzuim"),
        Para("Ja. Volledige terugkeer binnen drie maanden is niet te verwachten."),
        Heading("Beperkingen en mogelijkheden"),
        Bullets(["beperkt in fijne handvaardigheid", "korte werkperiodes (2 uur)", "zittend werk"]),
        Heading("Advies"),
        Para("Maak binnen twee weken een plan van aanpak; start met licht zittend werk."),
        Para("Medische gegevens zijn niet opgenomen."),
        Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 19023344501", fd(pa, "dash"))]),
    ]
    path = c.add(pa_rel, pa)
    path.parent.mkdir(parents=True, exist_ok=True)
    html_text = html_page("Probleemanalyse - ArboTwente werkgeversportaal", blocks, arbo.org)
    path.write_text(html_text, encoding="utf-8")
    remember(c, pa_rel, blocks, arbo)
    pva = D(46)
    pva_rel = "03 Plan van aanpak/PvA Yvonne getekend.pdf"
    blocks = [
        Title("Plan van aanpak"),
        Fields([*ids, ("Datum", fd(pva)), ("Casemanager", f"{cm}, {cmf}")]),
        Heading("Doel"),
        Para("Terugkeer in aangepast eigen werk (prepress, zittend)."),
        Table(
            ["Activiteit", "Wie", "Wanneer"],
            [
                ["2 x 2 uur zittend werk", "Yvonne", "vanaf week 8"],
                ["Gesprek voortgang", "Henk en Yvonne", "elke 5 weken"],
            ],
        ),
        Heading("Visie werkgever"),
        Para("We doen wat kan om Yvonne aan het werk te houden."),
        Heading("Visie werknemer"),
        Para("Ik wil graag zo lang mogelijk blijven werken."),
        Signatures([Sig("Werkgever", cm, cmf, fd(pva)), Sig("Werknemer", n, "", fd(pva))]),
    ]
    c.scan(pva_rel, pva, blocks, emp)
    remember(c, pva_rel, blocks, emp)
    mts = [74, 109, 144, 179, 214, 249]
    texts = [
        "Yvonne werkt 2 x 2 uur zittend. Lukt redelijk.",
        "Uren blijven 2 x 2. Hulpmiddel: aangepaste muis en toetsenbord besteld.",
        "Yvonne vertelt dat haar klachten toenemen; details bespreekt zij met de bedrijfsarts.",
        "Yvonne geeft aan dat ze met de bedrijfsarts een aanvraag bij UWV voorbereidt. Werk blijft 2 x 2 uur.",
        "Werk teruggebracht naar 1 x 2 uur. Contact blijft elke vijf weken.",
        "Yvonne komt alleen nog op dinsdag een uur langs. We houden contact.",
    ]
    writers = ["pdf", "docx", "pdf", "eml", "pdf", "photo"]
    for _i, (m, t, w) in enumerate(zip(mts, texts, writers, strict=True)):
        dm = D(m)
        if w == "eml":
            c.eml(
                f"04 Gesprekken/Verslag gesprek {fd(dm, 'dash')}.eml",
                dm,
                "Henk de Graaf <henk@drukkerijdegraaf.example>",
                "Yvonne de Graaf <yvonne.mulder@thuismail.example>",
                "Verslag van ons gesprek",
                f"Hoi Yvonne,\n\nKort verslag van ons gesprek van vandaag ({fd(dm)}):\n- {t}\n- Volgend gesprek over "
                "vijf weken.\n\nGroet, Henk\n",
            )
            TEXTS[(c.name, f"04 Gesprekken/Verslag gesprek {fd(dm, 'dash')}.eml")] = t
        else:
            ext = {"pdf": "pdf", "docx": "docx", "photo": "jpg"}[w]
            meeting(c, p, f"04 Gesprekken/Verslag gesprek {fd(dm, 'dash')}.{ext}", dm, [t], w)
    rel = "02 Arbodienst/Terugkoppeling spreekuur.pdf"
    dt_ = D(158)
    blocks = [
        Title("Terugkoppeling spreekuur"),
        Fields([*ids, ("Datum spreekuur", fd(dt_))]),
        Para("De belastbaarheid is verder afgenomen: alleen zittend werk, 1 x 2 uur per week."),
        Para(
            "Op verzoek van werknemer heb ik een verklaring opgesteld voor haar aanvraag bij UWV. Die "
            "verklaring is medisch en is alleen voor werknemer en UWV bestemd; de werkgever ontvangt haar niet."
        ),
        Para("Het plan van aanpak hoeft niet te worden bijgesteld; het doel blijft het aangepaste eigen werk."),
        Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fd(dt_))]),
    ]
    c.pdf(rel, dt_, blocks, arbo)
    remember(c, rel, blocks, arbo)
    iva_rel = "06 Overig/Verklaring bedrijfsarts.pdf"
    dv = D(162)
    blocks = [
        Title(
            "Verklaring bedrijfsarts",
            sub="ten behoeve van de aanvraag WIA-uitkering met verkorte wachttijd (vervroegde IVA)",
        ),
        Fields([*ids, ("Datum", fd(dv))]),
        Para("Vertrouwelijk - uitsluitend voor UWV (verzekeringsarts) en betrokkene."),
        Heading("Diagnose en beloop"),
        Para(
            "Bij betrokkene is door de neuroloog (UMC) amyotrofische laterale sclerose (ALS) vastgesteld, "
            "bevestigd met EMG. Het beloop is progressief; de ALSFRS-R-score daalde in vier maanden van 41 "
            "naar 34. Zij gebruikt riluzol en wordt begeleid door het ALS-behandelteam (revalidatiearts, "
            "ergotherapeut, logopedist)."
        ),
        Heading("Prognose"),
        Para(
            "Er is geen herstel te verwachten. Naar mijn oordeel is betrokkene volledig en duurzaam "
            "arbeidsongeschikt. Ik ondersteun de aanvraag voor een verkorte wachttijd."
        ),
        Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 19023344501", fd(dv))]),
    ]
    c.pdf(iva_rel, dv, blocks, arbo)
    remember(c, iva_rel, blocks, arbo)
    fw_rel = "06 Overig/FW_ verklaring voor het dossier.eml"
    c.eml(
        fw_rel,
        D(165),
        "Gerrit Mulder <gerrit.mulder@thuismail.example>",
        "Henk de Graaf <henk@drukkerijdegraaf.example>",
        "FW: verklaring voor het dossier",
        "Henk,\n\nNamens Yvonne: hierbij de verklaring van de bedrijfsarts voor het dossier, dan hebben jullie alles "
        "bij elkaar. Het origineel is naar UWV.\n\nGroet,\nGerrit\n",
        hour=20,
    )
    TEXTS[(c.name, fw_rel)] = "verklaring van de bedrijfsarts voor het dossier"
    rel = "05 UWV/Brief UWV aanvraag verkorte wachttijd.pdf"
    du = D(190)
    blocks = [
        Title("Uw werknemer heeft een WIA-uitkering aangevraagd"),
        Fields([*ids, ("Datum", fd(du))]),
        Para(
            "Uw werknemer heeft een WIA-uitkering aangevraagd met een verkorte wachttijd. Voor deze aanvraag "
            "hoeft u geen re-integratieverslag op te sturen. Uw verplichtingen voor de re-integratie en de "
            "loondoorbetaling blijven gelden tot wij hebben beslist."
        ),
        Para("Met vriendelijke groet, UWV"),
    ]
    c.scan(rel, du, blocks, uwv)
    remember(c, rel, blocks, uwv)
    write_yaml_case(
        c,
        {
            "_door": "H. de Graaf",
            "werknemer": {"naam": n, "bsn": bsn, "functie": "Medewerker prepress"},
            "werkgever": {"naam": emp.org},
            "eerste_ziektedag": c.d0,
        },
    )
    assert html_text.startswith("<!DOCTYPE html>")
    gaps = [c.off(D(b)) - c.off(D(a)) for a, b in zip([46, *mts], [*mts, 280], strict=True)]
    assert max(gaps) <= 42, gaps
    assert c.off(pa) <= 42 and c.off(pva) - c.off(pa) <= 14 and 280 < 294
    for rel, _ in c.docs:
        if rel != iva_rel and (c.name, rel) in TEXTS:
            for w in ("als", "riluzol", "neuroloog", "diagnose"):
                assert not re.search(rf"\b{w}\b", TEXTS[(c.name, rel)].lower()) or (
                    w == "als" and "ALS" not in TEXTS[(c.name, rel)]
                ), (rel, w)
    assert not g.bsn_valid(mob_digits) and not g.bsn_valid(vz) and not g.bsn_valid(kv)
    meets = [r for r, _ in c.docs if r.startswith("04 Gesprekken/")]
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            "checked in week 41 (D0+280). (1) The bedrijfsarts's statement for the employee's request for a WIA "
            f"benefit with a shortened wachttijd (vervroegde IVA, DOMAIN §2.3), '{iva_rel}' (D0+{c.off(dv)}), names "
            "the diagnosis (ALS, neuroloog, EMG, ALSFRS-R score), riluzol and the treatment team; the employee's "
            "husband forwarded it to the employer 'voor het dossier' and it was filed. (2) The probleemanalyse "
            f"'{pa_rel}' (D0+{c.off(pa)}) is an HTML page from the arbodienst portal saved with a .pdf name. Traps: "
            "the bedrijfsarts's terugkoppeling says the statement is medical and not for the employer, and that the "
            "PvA needs no bijstelling; UWV's letter to the employer (a scan) says no re-integratieverslag "
            "is needed for "
            "this request and the duties go on; the husband's mail names the statement only; meetings every 35 days "
            "(PDF, Word, e-mail body, phone photo), 28 days from the PvA (a scan, D0+46) to the first, "
            "the last 31 days "
            "before as_of; the 42e-weeksmelding is due at D0+294; a +31 6 mobile, KvK, verzuimnummer; "
            "'medische gegevens "
            "niet opgenomen' in the PA."
        ),
        "must": [
            e(
                "§8.7/§5.3: a bedrijfsarts's medical statement (diagnosis, specialist, medication) in the employer's "
                "folder; §3 (verklaring_bedrijfsarts_iva): medical, goes separately",
                code="medical_data",
                path=iva_rel,
            ),
            e(
                "§8 (handleiding §6 'misnamed'; §8.5: the PA must be read): an HTML file named .pdf",
                code="misnamed",
                path=pa_rel,
            ),
        ],
        "must_not": [
            e(WHY_MISSING.format(pa_rel) + "; HTML content", code="missing", type="probleemanalyse"),
            e(WHY_MISSING.format(pva_rel), code="missing", type="plan_van_aanpak"),
            e("§8.3: PA D0+37 ≤ D0+42", code="late", type="probleemanalyse"),
            e("§8.3: PvA 9 days after the PA", code="late", type="plan_van_aanpak"),
            e("§8.3: meetings 35 days apart (asserted ≤ 42 incl. as_of)", code="evaluation_gap"),
            e("§8.3: the 42e-weeksmelding is due at D0+294; as_of is D0+280", code="missing", type="ziekmelding_uwv"),
            e("§8.1: EJE only after D0+52 weeks", code="missing", type="eerstejaarsevaluatie"),
            e("§8.1: AO/EV/OW are judged in weeks 88-93", code="missing", type="actueel_oordeel", severity="error"),
            e("§8.1: AO/EV/OW are judged in weeks 88-93", code="missing", type="eindevaluatie", severity="error"),
            e("§8.1: AO/EV/OW are judged in weeks 88-93", code="missing", type="oordeel_werknemer", severity="error"),
            e("§8.2/§8.3: 2nd track not due before about D0+406", code="missing", type="trajectplan_tweede_spoor"),
            e("§8.2: no AD-rapport due in week 41", code="missing", type="arbeidsdeskundig_rapport"),
            e(
                "§8.2: the bedrijfsarts says no bijstelling is needed",
                code="missing",
                type="bijstelling_plan_van_aanpak",
            ),
            e(
                "§8.7/§5.3: the terugkoppeling gives limitations and says the statement is not for the employer",
                code="medical_data",
                path="02 Arbodienst/Terugkoppeling spreekuur.pdf",
            ),
            e(
                "§8.7/§5.3: UWV's letter names the kind of request only",
                code="medical_data",
                path="05 UWV/Brief UWV aanvraag verkorte wachttijd.pdf",
            ),
            e(
                "§8.7/§5.3: the forwarding mail names the statement only (the PDF was filed separately)",
                code="medical_data",
                path=fw_rel,
            ),
            e("§8.7/§5.3: functional limitations only", code="medical_data", path=pa_rel),
            *[
                e("§8.7/§5.3: hours and work only; details stay with the bedrijfsarts", code="medical_data", path=m)
                for m in meets
            ],
            e("§8.5: signed by employer and employee (scan)", code="unsigned", path=pva_rel),
            *bsn_ok("mobile number, KvK and verzuimnummer are no BSNs"),
            e("§8.3: no document is dated after as_of", code="future"),
            e("§8 input: the first sick day is in dossier.yaml", code="no_first_sick_day"),
        ],
    }
    assert 10 <= len(c.docs) <= 25


# --------------------------------------------------------------------------------------------------------------
# case 4: the only actueel oordeel is the arbodienst's unsigned concept
# --------------------------------------------------------------------------------------------------------------


def case4() -> None:
    c = Case("ao_alleen_concept_niet_ondertekend", dt.date(2024, 5, 13), 652)
    rng = random.Random(1304)
    bsn = person(rng)
    iban, iban_acc = make_iban("INGB", rng)
    vz = verzuimnr(rng)
    emp = employer_style(
        c.name, "Zorgvervoer Regio Oost B.V.", ("Transportweg 2, 6827 BJ Arnhem", f"IBAN {iban}"), font="condensed"
    )
    arbo = arbo_style(c.name + "a", "ArboVitaal", ("Nijmegen",), f"ArboVitaal · verzuimdossier {vz}")
    bureau = Style(
        key=c.name + "b",
        org="Werkpad Re-integratie",
        org_lines=("Apeldoorn",),
        font="sans",
        accent=(0, 120, 160),
        letterhead="right",
    )
    ads = Style(
        key=c.name + "ad",
        org="Arbeidskundig Adviesbureau Veluwe",
        org_lines=("Ede",),
        font="serif",
        accent=(70, 70, 70),
        letterhead="left",
    )
    p: dict[str, Any] = dict(
        naam="Fatima el Idrissi",
        kort="F. el Idrissi",
        bsn_fmt=g.fmt_bsn(bsn),
        functie="Chauffeur zorgvervoer",
        cm="Wendy Arends",
        cm_functie="teamleider planning / casemanager",
        ba="dr. K. Bosman",
        big="59011223301",
        verzuimnr=vz,
        emp_style=emp,
        arbo_style=arbo,
        bureau_style=bureau,
        ad_style=ads,
        beperkingen=[
            "geen tillen en transfers van cliënten",
            "niet langer dan 1 uur achtereen rijden",
            "werktijden: 4 uur per dag",
        ],
        ad_naam="M. van Wijk",
        ad_tekst="Het werk als chauffeur zorgvervoer vraagt transfers van rolstoelgebruikers en lange ritten.",
        ad_advies="Eigen werk is niet haalbaar. Ander werk bij de werkgever is er voor 16 uur (planning). Start "
        "daarnaast een tweede spoor voor de overige uren.",
        eje_terug="Fatima werkt 16 uur op de planningsafdeling; rijden lukt niet meer.",
        eje_doel="16 uur planning (spoor 1, ander werk) en een tweede spoor voor de overige 16 uur.",
        eje_vwg="Wij houden de 16 uur planning vast en starten het tweede spoor.",
        eje_vwn="Ik ben blij met de planning en wil de andere uren ergens anders proberen.",
        bijst_doel="Spoor 1: 16 uur ander werk (planning). Spoor 2: werk buiten het bedrijf voor 16 uur.",
        coach="Robin Tjoa",
        profiel="Rijbewijs D, ervaring met cliëntcontact, roosterervaring sinds dit jaar.",
        zoek="Planner, telefonist meldkamer, administratief medewerker (16 uur).",
        report_tekst=[
            "Vijf sollicitaties, twee gesprekken.",
            "Netwerkgesprek bij een taxicentrale; werkervaringsplek besproken.",
            "Drie sollicitaties; oriëntatie op een meldkamer.",
        ],
        eind_tekst="Geen plaatsing buiten het bedrijf. Fatima blijft 16 uur werken op de planning.",
        ao_stand="Fatima werkt 16 uur per week als planner. Het tweede spoor heeft geen werk opgeleverd.",
        ao_belast=["geen transfers, niet tillen", "rijden maximaal 1 uur", "16-20 uur per week, zittend werk"],
        ao_relatie="De arbeidsrelatie is goed. De 16 uur op de planning zijn passende arbeid bij de werkgever.",
        aard="Zorgvervoer Regio Oost (95 medewerkers) rijdt leerlingen- en WMO-vervoer en rolstoelvervoer in "
        "opdracht van gemeenten.",
        ev_terug="Van chauffeur naar 16 uur planner; het tweede spoor leverde geen extra werk op.",
        ev_relatie="Goed; wij zijn blij met Fatima op de planning.",
        ev_passend="Passend is de planning, 16 uur. Meer uren of ander passend werk is er niet.",
        ow_tekst=[
            "Ik ben het grotendeels eens met het verslag.",
            "Ik had gehoopt dat er meer uren planning zouden komen.",
        ],
        ao_rel="09 WIA/Actueel oordeel (concept).pdf",
    )
    D = c.day
    app = 640
    c.eml(
        "01 Verzuim/Ziekmelding Fatima.eml",
        c.d0,
        "Planning Zorgvervoer <planning@zvro.example>",
        "Wendy Arends <w.arends@zvro.example>",
        "ziekmelding F. el Idrissi",
        "Fatima heeft zich ziek gemeld voor haar dienst van vandaag. Duur onbekend. Geen ongeval.\n",
        hour=7,
    )
    pres = full_dossier(c, p)
    meeting(
        c,
        p,
        "04 Voortgang/Voortgangsgesprek " + fd(D(82), "iso") + ".pdf",
        D(82),
        ["Fatima start met 2 x 3 uur op de planning, meekijken met de roosteraar."],
    )
    meeting(
        c,
        p,
        "04 Voortgang/Scan voortgangsgesprek " + fd(D(230), "iso") + ".pdf",
        D(230),
        [
            "Fatima werkt 12 uur op de planning. Toelichting werknemer: "
            + "█" * 34
            + " (weggelakt door HR: hoort niet in dit verslag).",
            "Afspraak: opbouw naar 16 uur.",
        ],
        "scan",
    )
    meeting(
        c,
        p,
        "04 Voortgang/Voortgangsgesprek " + fd(D(455), "iso") + ".docx",
        D(455),
        ["Tweede spoor loopt bij Werkpad. 16 uur planning gaat goed."],
        "docx",
    )
    meeting(
        c,
        p,
        "04 Voortgang/Voortgangsgesprek " + fd(D(560), "iso") + ".pdf",
        D(560),
        [
            "Het tweede spoor loopt af zonder plaatsing. Bespreken WIA-traject; "
            "het actueel oordeel wordt in januari gevraagd."
        ],
    )
    pres |= year_two(
        c, p, eje=350, ad=336, melding=284, bijst_pva=358, traject=372, reports=[430, 485, 540, 596], eind=624
    )
    pres |= end_phase(c, p, brief=612, ao=616, ev=630, ow=633, ao_signed=False, ao_concept=True)
    mail1 = "09 WIA/Concept actueel oordeel ArboVitaal.eml"
    c.eml(
        mail1,
        D(617),
        "ArboVitaal portaal <noreply@arbovitaal.example>",
        "Wendy Arends <w.arends@zvro.example>",
        "Concept actueel oordeel F. el Idrissi",
        "Geachte mevrouw Arends,\n\nIn het portaal staat het concept van het actueel oordeel van dr. K. Bosman. "
        "Graag uw eventuele reactie binnen vijf werkdagen. Daarna ontvangt u het definitieve, ondertekende "
        "actueel oordeel.\n\nMet vriendelijke groet,\nArboVitaal\n",
    )
    mail2 = "09 WIA/RE_ definitief actueel oordeel.eml"
    c.eml(
        mail2,
        D(646),
        "Wendy Arends <w.arends@zvro.example>",
        "Klantenservice ArboVitaal <service@arbovitaal.example>",
        "RE: definitief actueel oordeel F. el Idrissi",
        "Goedemiddag,\n\nWij hebben nog steeds alleen het concept van het actueel oordeel (niet ondertekend). Fatima "
        "heeft haar WIA-aanvraag al gedaan en het verslag moet naar UWV. Wanneer komt het definitieve oordeel? "
        "Dr. Bosman is volgens uw collega met ziekteverlof.\n\nMet vriendelijke groet,\nWendy Arends\n",
    )
    write_yaml_case(
        c,
        {
            "_door": "W. Arends",
            "werknemer": {"naam": p["naam"], "bsn": bsn, "functie": p["functie"]},
            "werkgever": {"naam": emp.org, "aard_van_het_bedrijf": "Zorg- en leerlingenvervoer"},
            "casemanager": {"naam": p["cm"]},
            "eerste_ziektedag": c.d0,
            "aanvraag_wia": D(app),
        },
    )
    ao_text = c.text(p["ao_rel"])
    assert "BIG" not in ao_text and "concept" in ao_text.lower()
    assert c.off(D(616)) < c.off(D(630)) <= 636 and c.off(D(app)) - c.off(D(616)) == 24
    assert c.off(D(372)) <= 406 and 315 <= c.off(D(350)) <= 363
    assert not g.bsn_valid(iban_acc) and not g.bsn_valid(vz)
    reports = [430, 485, 540, 596, 624]
    assert max(b - a for a, b in zip([372, *reports], reports, strict=False)) <= 58
    scan_rel = "04 Voortgang/Scan voortgangsgesprek " + fd(D(230), "iso") + ".pdf"
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": D(app).isoformat(),
        "planted": (
            f"checked in week 94 (D0+652), after the application (D0+{app}, week 92, dossier.yaml). The only actueel "
            f"oordeel, '{p['ao_rel']}' (D0+616), is the arbodienst's concept: titled 'CONCEPT - Actueel oordeel', no "
            "bedrijfsarts signature, no BIG number, 'Concept ter bespreking. Na akkoord wordt het definitieve oordeel "
            "ondertekend verstuurd.' The portal mail (D0+617) promised the signed version; the casemanager's reminder "
            "(D0+646) says it never came (the bedrijfsarts is on leave). Traps: apart from being a concept the AO is "
            "complete (stand van zaken, belastbaarheid, arbeidsrelatie, passende arbeid), 24 days before the "
            "application and before the EV (D0+630, which refers to it by date); 16 of 32 hours in other work at the "
            "employer (planning) plus a 2nd track on time (bijstelling PvA D0+358 that replaces the PvA, trajectplan "
            "D0+372, four reports, eindrapportage); a scanned meeting report with a sentence blacked out by HR; "
            "zorgvervoer words (rolstoelvervoer, transfers, cliënten, WMO); IBAN and verzuimnummer. Only 4 meeting "
            "reports are filed: evaluation gaps are not judged."
        ),
        "must": [
            e(
                "§8.5 form (E): the AO needs the bedrijfsarts's signature (and name and function); an unsigned concept "
                "is no valid actueel oordeel, an art. 6 element (§1.3: missing art. 6 element → ERROR). Any code",
                type="actueel_oordeel",
                severity="error",
            ),
        ],
        "must_not": [
            *[x for x in not_missing(pres) if x["type"] != "actueel_oordeel"],
            e("§8.1: the oordeel werknemer is present", code="missing", type="oordeel_werknemer"),
            e("§8.4/§2.5: the AO is 24 days before the application", code="outdated", type="actueel_oordeel"),
            e("§8.4/§2.5: the EV is 10 days before the application", code="outdated", type="eindevaluatie"),
            e("§8.3: AO (D0+616) before EV (D0+630) before the application", code="order"),
            e("§8.3: PA D0+36, PvA PA+10", code="late", type="plan_van_aanpak"),
            e("§8.3: EJE D0+350 in weeks 46-52", code="late", type="eerstejaarsevaluatie"),
            e("§8.3: trajectplan D0+372 ≤ about D0+406", code="late", type="trajectplan_tweede_spoor"),
            e("§8.3: EV D0+630 ≤ D0+636", code="late", type="eindevaluatie"),
            e("§8.3: 2nd-track reports at most 58 days apart, then an eindrapportage", code="report_gap"),
            e("§8.6: the EV covers aard, arbeidsrelatie and passende arbeid", code="content", type="eindevaluatie"),
            e("§8.5: signed by both", code="unsigned", type="eindevaluatie"),
            e("§8.5: signed by both", code="unsigned", type="plan_van_aanpak"),
            e("§8.5: signed by both", code="unsigned", type="bijstelling_plan_van_aanpak"),
            e("§8.5: signed by both", code="unsigned", type="eerstejaarsevaluatie"),
            e(
                "§8.7/§5.3: the blacked-out sentence cannot be read; the rest is hours and tasks",
                code="medical_data",
                path=scan_rel,
            ),
            e("§8.7/§5.3: 'geen medische gegevens' in the AO", code="medical_data", path=p["ao_rel"]),
            e(
                "§8.7/§5.3: zorgvervoer words are the job, not health data",
                code="medical_data",
                path=pres["arbeidsdeskundig_rapport"],
            ),
            e(
                "§8.7/§5.3: zorgvervoer words are the job, not health data",
                code="medical_data",
                path=pres["eindevaluatie"],
            ),
            *bsn_ok("the IBAN account and verzuimnummer are no BSNs"),
            *common_after_application(c, pres, app),
        ],
    }


# --------------------------------------------------------------------------------------------------------------
# case 5: after the EJE the employer leaves the evaluations to the 2nd-track bureau
# --------------------------------------------------------------------------------------------------------------


def case5() -> None:
    c = Case("evaluaties_overgelaten_aan_bureau", dt.date(2025, 3, 3), 500)
    rng = random.Random(1305)
    bsn = person(rng)
    iban, iban_acc = make_iban("ABNA", rng)
    mob, mob_digits = mobile(rng)
    vz = verzuimnr(rng)
    emp = employer_style(c.name, "Autobedrijf Kuijpers", ("Kanaaldijk 80, 5683 CR Best",), font="sans")
    arbo = arbo_style(c.name + "a", "Arbo Kempen", ("Veldhoven",), f"Arbo Kempen · verzuimnr {vz}")
    bureau = Style(
        key=c.name + "b",
        org="Nieuwe Koers Loopbaanbegeleiding",
        org_lines=("Eindhoven", f"IBAN {iban}", f"Coach: {mob}"),
        font="sans",
        accent=(0, 130, 80),
        letterhead="band",
    )
    ads = Style(
        key=c.name + "ad",
        org="Arbeidsdeskundig Bureau Zuid",
        org_lines=("Tilburg",),
        font="serif",
        accent=(90, 90, 90),
        letterhead="left",
    )
    p: dict[str, Any] = dict(
        naam="Dennis Kuipers",
        kort="D. Kuipers",
        bsn_fmt=g.fmt_bsn(bsn, "dots"),
        functie="Monteur APK",
        cm="Anja Kuijpers",
        cm_functie="office manager",
        ba="T. Verschuren",
        big="89033445501",
        verzuimnr=vz,
        emp_style=emp,
        arbo_style=arbo,
        bureau_style=bureau,
        ad_style=ads,
        beperkingen=["niet boven schouderhoogte werken", "niet zwaar tillen", "werktijden: 3 uur per dag"],
        ad_naam="L. Bakermans",
        ad_tekst="Het werk als monteur vraagt veel boven het hoofd werken onder de brug en zwaar tillen.",
        ad_advies="Terugkeer in het eigen werk is niet te verwachten; ander werk bij de werkgever is er niet. "
        "Start een tweede spoor.",
        eje_terug="Dennis deed licht werk aan de balie (12 uur); monteurswerk lukt niet.",
        eje_doel="Werk buiten het bedrijf via een tweede spoor, doel 24 uur.",
        eje_vwg="Wij hebben geen passend werk voor 24 uur en starten het tweede spoor.",
        eje_vwn="Ik ga ervoor, al vind ik het moeilijk om weg te gaan.",
        bijst_doel="Spoor 2: ander werk buiten Autobedrijf Kuijpers, 24 uur. Balie-uren blijven tot plaatsing.",
        coach="Ilse Swinkels",
        profiel="Vijftien jaar monteur, technisch inzicht, goed met klanten, MBO-4 autotechniek.",
        zoek="Werkplaatsplanner, serviceadviseur, technisch verkoper binnendienst.",
        report_tekst=[
            "Twee sollicitaties bij dealers; gesprek met Dennis over zijn zoekprofiel.",
            "Netwerkgesprek bij een leasemaatschappij; cv aangepast.",
            "Sollicitatiegesprek serviceadviseur; wacht op uitslag.",
        ],
    )
    D = c.day
    pres = full_dossier(c, p)
    meet = [74, 109, 144, 179, 214, 249, 284, 319]
    styles = ["pdf", "pdf", "docx", "pdf", "photo", "pdf", "docx", "pdf"]
    rels = []
    for m, w in zip(meet, styles, strict=True):
        ext = {"pdf": "pdf", "docx": "docx", "photo": "jpg"}[w]
        rel = f"04 Gesprekken/Gesprek {fd(D(m), 'dash')}.{ext}"
        meeting(
            c,
            p,
            rel,
            D(m),
            [f"Dennis werkt {12 if m > 150 else 6} uur aan de balie. Geen bijzonderheden."],
            w,
            nxt=D(m + 35),
        )
        rels.append(rel)
    pres |= year_two(
        c, p, eje=350, ad=333, melding=288, bijst_pva=360, traject=375, reports=[403, 434, 466, 494], eind=None
    )
    mail = "04 Gesprekken/Evaluaties via Nieuwe Koers.eml"
    c.eml(
        mail,
        D(381),
        "Anja Kuijpers <anja@autokuijpers.example>",
        "Dennis Kuipers <d.kuipers@thuismail.example>",
        "Gesprekken",
        "Hoi Dennis,\n\nNu het traject bij Nieuwe Koers loopt, laten we de evaluaties aan Ilse over. Zij stuurt ons "
        "elke maand een rapportage, dus een apart gesprek met mij is niet meer nodig. Bel gerust als er iets is.\n\n"
        "Groet, Anja\n",
    )
    last = D(478)
    rel = f"04 Gesprekken/Gesprek {fd(last, 'dash')}.pdf"
    meeting(
        c,
        p,
        rel,
        last,
        [
            "Eerste gesprek tussen Dennis en Anja sinds de eerstejaarsevaluatie. Het tweede spoor "
            "loopt; Dennis werkt 12 uur aan de balie.",
            "Afspraak: vanaf nu weer elke zes weken een gesprek.",
        ],
    )
    rels.append(rel)
    joint = [c.off(D(x)) for x in [*meet, 350, 360]] + [c.off(last)]
    gap = c.off(last) - c.off(D(360))
    assert gap > 42 and sorted(joint)[-1] == c.off(last)
    rep = [c.off(D(x)) for x in [375, 403, 434, 466, 494]]
    assert max(b - a for a, b in itertools.pairwise(rep)) <= 32 and c.off(c.as_of) - rep[-1] <= 31
    assert max(b - a for a, b in itertools.pairwise(joint[:9])) <= 42
    assert not g.bsn_valid(iban_acc) and not g.bsn_valid(mob_digits) and not g.bsn_valid(vz)
    assert c.off(D(375)) <= 406
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            "checked in week 72 (D0+500); no dossier.yaml (the first sick day is in the PA, the PvA, the EJE, UWV's "
            "confirmation and every 2nd-track report). After the EJE (D0+350, week 51) and the bijstelling PvA "
            f"(D0+{c.off(D(360))}) the employer held no evaluation with the employee until D0+{c.off(last)}: "
            f"{gap} days. The casemanager's mail (D0+{c.off(D(381))}, text in the body) leaves 'de evaluaties' to the "
            "2nd-track bureau's monthly reports; the meeting of D0+478 calls itself the first since the EJE. Traps: "
            "the bureau reported every 28-32 days (D0+403 to D0+494), the last 6 days before as_of; the 2nd track "
            "started on time (AD-rapport week 48 advises it, EJE week 51, bijstelling PvA that replaces the PvA, "
            "trajectplan D0+375); from D0+74 to the EJE the meetings were every 31-35 days (PDF, Word, phone photo) "
            "and name "
            "the next date; PA D0+36, PvA D0+46; 42e-weeksmelding D0+288; IBAN and +31 6 mobile on the bureau's "
            "letterhead, verzuimnummer; BSN with dots. AO, EV, OW and the week-88 letter are not due."
        ),
        "must": [
            e(
                f"§8.3: gaps between evaluations ≤ 42 days (W); the employer and employee did not evaluate for {gap} "
                "days: 2nd-track bureau reports are no evaluation of the plan by employer and employee (§2.2 row 4)",
                code="evaluation_gap",
            ),
        ],
        "must_not": [
            *not_missing(pres),
            e("§8.3: the bureau reported every 28-32 days", code="report_gap"),
            e("§8.3: trajectplan D0+375 ≤ about D0+406", code="late", type="trajectplan_tweede_spoor"),
            e("§8.3: PA D0+36 ≤ D0+42", code="late", type="probleemanalyse"),
            e("§8.3: PvA 10 days after the PA", code="late", type="plan_van_aanpak"),
            e("§8.3: EJE D0+350 in weeks 46-52", code="late", type="eerstejaarsevaluatie"),
            e("§8.3: EJE D0+350 in weeks 46-52", code="early", type="eerstejaarsevaluatie"),
            e("§8.3: 42e-weeksmelding D0+288", code="late", type="ziekmelding_uwv"),
            e(
                "§8.1: AO/EV/OW are judged in weeks 88-93; as_of is week 72",
                code="missing",
                type="actueel_oordeel",
                severity="error",
            ),
            e(
                "§8.1: AO/EV/OW are judged in weeks 88-93; as_of is week 72",
                code="missing",
                type="eindevaluatie",
                severity="error",
            ),
            e(
                "§8.1: AO/EV/OW are judged in weeks 88-93; as_of is week 72",
                code="missing",
                type="oordeel_werknemer",
                severity="error",
            ),
            e(
                "§8.2: the 2nd track is still running; no eindrapportage is due",
                code="missing",
                type="eindrapportage_tweede_spoor",
            ),
            e("§8 input: the first sick day is stated in the documents", code="no_first_sick_day"),
            e("§8.5: signed by both", code="unsigned"),
            e("§8.6: PvA/EJE complete, with visies", code="content"),
            *[e("§8.7/§5.3: hours and tasks only", code="medical_data", path=r) for r in rels],
            e(
                "§8.7/§5.3: functional limitations; medical data named only as left out",
                code="medical_data",
                path=pres["probleemanalyse"],
            ),
            *bsn_ok("IBAN account, mobile number and verzuimnummer are no BSNs"),
            e("§8.3: no document is dated after as_of (asserted)", code="future"),
            e("§8.8/§1.2: every document is in the folder once", code="duplicate"),
        ],
    }
    assert not (c.dir / "dossier.yaml").exists()


# --------------------------------------------------------------------------------------------------------------
# case 6 (clean): week 4, the probleemanalyse is due in 17 days
# --------------------------------------------------------------------------------------------------------------


def case6() -> None:
    c = Case("schoon_week4_probleemanalyse_nadert", dt.date(2026, 10, 19), 25)
    rng = random.Random(1306)
    bsn = person(rng)
    iban, iban_acc = make_iban("RABO", rng)
    mob, mob_digits = mobile(rng)
    kv = kvk(rng)
    vz = verzuimnr(rng)
    emp = employer_style(
        c.name, "Zorgverzekeraar Het Baken", ("Postbus 1200, 8000 BE Zwolle", f"KvK {kv}", f"IBAN {iban}"), font="sans"
    )
    arbo = arbo_style(c.name + "a", "ArboNoord", ("Zwolle",), f"ArboNoord · verzuimnummer {vz}")
    n, cm, cmf, ba = "Lotte Brink", "Priya Ramdin", "HR-adviseur", "drs. E. Sikkema"
    bsn_fmt = g.fmt_bsn(bsn, "spaces")
    p: dict[str, Any] = dict(
        naam=n, bsn_fmt=bsn_fmt, cm=cm, cm_functie=cmf, emp_style=emp, meeting_title="Verslag contactmoment"
    )
    D = c.day
    ids = [("Werknemer", n), ("BSN", bsn_fmt), ("Eerste ziektedag", fd(c.d0, "dash"))]
    fri = c.d0 - dt.timedelta(days=3)
    r1 = "01 Ziekmelding/Ziekmelding Lotte Brink.eml"
    c.eml(
        r1,
        c.d0,
        "Jeroen Smit <j.smit@hetbaken.example>",
        "Priya Ramdin <hr@hetbaken.example>",
        "Ziekmelding Lotte Brink",
        f"Hoi Priya,\n\nLotte is vrijdag ({fd(fri)}) rond 12 uur ziek naar huis gegaan en heeft zich vanochtend "
        f"ziek gemeld; de ochtend van vrijdag heeft ze gewoon gewerkt. Eerste ziektedag is dus vandaag, {fd(c.d0)}. "
        f"Verwachte duur: één tot twee weken. Geen arbeidsongeval, geen verkeersongeval. Bereikbaar op {mob}.\n\n"
        "Groet,\nJeroen Smit\nteamleider klantenservice\n",
        hour=9,
    )
    TEXTS[(c.name, r1)] = "ziek naar huis; verwachte duur"
    r2 = "01 Ziekmelding/Verzuimmelding ArboNoord.eml"
    c.eml(
        r2,
        D(1),
        "ArboNoord <noreply@arbonoord.example>",
        "Priya Ramdin <hr@hetbaken.example>",
        "Ontvangstbevestiging verzuimmelding",
        f"Uw verzuimmelding voor {n} (eerste ziektedag {fd(c.d0, 'dash')}) is ontvangen onder verzuimnummer {vz}. "
        "Vangnetregeling van toepassing: nee.\n",
    )
    TEXTS[(c.name, r2)] = "ontvangstbevestiging"
    rel = "03 Contact/Telefoonnotitie " + fd(D(3), "dash") + ".docx"
    meeting(
        c,
        p,
        rel,
        D(3),
        [
            "Telefonisch contact. Lotte voelt zich nog niet fit genoeg om te werken. Ze verwacht "
            "langer weg te zijn dan eerst gedacht. Afspraak: volgende week contact."
        ],
        "docx",
    )
    rel = "02 Arbodienst/Uitnodiging spreekuur.pdf"
    blocks = [
        Title("Uitnodiging spreekuur bedrijfsarts"),
        Fields([*ids, ("Datum spreekuur", fd(D(14), "weekday"))]),
        Para(f"U wordt verwacht op het spreekuur van {ba}, bedrijfsarts, om 10.30 uur."),
        Signatures([Sig("Planning", "Team planning ArboNoord", "", fd(D(8)))]),
    ]
    c.pdf(rel, D(8), blocks, arbo)
    remember(c, rel, blocks, arbo)
    rel = "03 Contact/Contactmoment week 2.jpg"
    meeting(
        c,
        p,
        rel,
        D(11),
        [
            "Lotte is thuis bezocht. Ze wil graag weer beginnen zodra de bedrijfsarts dat "
            "goed vindt. Werkplek: thuiswerken kan."
        ],
        "photo",
    )
    rel_t = "02 Arbodienst/Terugkoppeling spreekuur " + fd(D(14), "dash") + ".pdf"
    blocks = [
        Title("Terugkoppeling spreekuur", sub="advies aan werkgever en werknemer"),
        Fields([*ids, ("Datum spreekuur", fd(D(14))), ("Verzuimnummer", vz)]),
        Heading("Beperkingen en mogelijkheden"),
        Bullets(["korte werkperiodes, maximaal 3 uur per dag", "geen piekbelasting (geen wachtrijdiensten)"]),
        Heading("Advies"),
        Para(
            f"Start vanaf {fd(D(21))} op therapeutische basis met 2 x 3 uur per week, thuis. Of er sprake is van "
            f"dreigend langdurig verzuim beoordeel ik op het vervolgconsult van {fd(D(35))}. Is dat zo, dan "
            "volgt dan de probleemanalyse, binnen zes weken na de eerste ziektedag."
        ),
        Para("Medische gegevens zijn niet in deze terugkoppeling opgenomen."),
        Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 49055667701", fd(D(14)))]),
    ]
    c.pdf(rel_t, D(14), blocks, arbo)
    remember(c, rel_t, blocks, arbo)
    r3 = "03 Contact/RE_ start maandag.eml"
    c.eml(
        r3,
        D(18),
        f"{n} <lotte.brink@thuismail.example>",
        "Priya Ramdin <hr@hetbaken.example>",
        "RE: start maandag",
        f"Hoi Priya,\n\nPrima, dan begin ik maandag {fd(D(21))} met 2 x 3 uur thuis, op therapeutische basis zoals "
        "de bedrijfsarts adviseerde. Ik log om 9 uur in.\n\nGroet, Lotte\n",
        hour=16,
    )
    TEXTS[(c.name, r3)] = "2 x 3 uur thuis"
    r4 = "02 Arbodienst/Afspraakbevestiging vervolgconsult.eml"
    c.eml(
        r4,
        D(20),
        "ArboNoord <noreply@arbonoord.example>",
        "Priya Ramdin <hr@hetbaken.example>",
        "Afspraakbevestiging vervolgconsult",
        f"Het vervolgconsult van {n} bij {ba} is gepland op {fd(D(35), 'weekday')} om 11.00 uur.\n",
    )
    TEXTS[(c.name, r4)] = "vervolgconsult"
    rel_m = "03 Contact/Verslag contactmoment " + fd(D(24), "dash") + ".pdf"
    meeting(
        c,
        p,
        rel_m,
        D(24),
        [
            "Lotte werkt sinds maandag 2 x 3 uur thuis (therapeutisch). Dat gaat goed.",
            "Het vervolgconsult bij de bedrijfsarts is op " + fd(D(35)) + ".",
        ],
        nxt=D(38),
    )
    func_d = dt.date(2025, 3, 1)
    rel_f = "04 Personeelsdossier/Functiebeschrijving medewerker klantenservice.pdf"
    blocks = [
        Title("Functiebeschrijving", sub="Medewerker klantenservice zorgverzekeringen"),
        Fields([("Afdeling", "Klantenservice"), ("Schaal", "6"), ("Vastgesteld", fd(func_d))]),
        Heading("Taken"),
        Bullets(
            [
                "vragen beantwoorden over declaraties en vergoedingen (fysiotherapie, geneesmiddelen, "
                "ziekenhuiszorg, GGZ)",
                "machtigingen en zorgkosten toelichten",
                "klachten registreren",
            ]
        ),
        Heading("Werktijden"),
        Para("32 uur per week, diensten tussen 8.00 en 20.00 uur."),
    ]
    c.pdf(rel_f, func_d, blocks, emp)
    remember(c, rel_f, blocks, emp)
    write_yaml_case(
        c,
        {
            "_door": "P. Ramdin (HR)",
            "werknemer": {"naam": n, "bsn": bsn, "functie": "Medewerker klantenservice"},
            "werkgever": {"naam": emp.org},
            "bedrijfsarts": {"naam": ba, "organisatie": arbo.org},
            "casemanager": {"naam": cm},
            "eerste_ziektedag": c.d0,
        },
    )
    assert c.off(c.as_of) == 25 and 42 - 25 == 17 and D(35) > c.as_of
    assert not g.bsn_valid(iban_acc) and not g.bsn_valid(mob_digits) and not g.bsn_valid(kv) and not g.bsn_valid(vz)
    EXPECTED[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            "nothing (yet). Checked in week 4 (D0+25): the probleemanalyse is due by D0+42 (17 days after as_of); the "
            "bedrijfsarts will judge threatened long absence at the follow-up of D0+35 (after as_of, named in the "
            "terugkoppeling, the arbodienst's appointment mail and the last contact report). Traps: the employee went "
            "home ill on Friday at noon after working the morning, so the first sick day is Monday (dossier.yaml and "
            "the sick-report mail say so); the bedrijfsarts's terugkoppeling names the probleemanalyse and gives "
            "limitations and advice but is no PA; therapeutic restart 2 x 3 hours from D0+21 (part-time); a health "
            "insurer's job description names declaraties, fysiotherapie, geneesmiddelen, ziekenhuiszorg and GGZ as "
            "work; 'medische gegevens niet opgenomen'; the sick report names only allowed data (verwachte duur, "
            "geen ongeval, vangnet nee); contact moments every 8-13 days (Word, phone photo, PDF), the next one "
            "after as_of; IBAN, KvK, verzuimnummer and a +31 6 mobile; BSN with spaces."
        ),
        "no_errors": True,
        "must": [],
        "must_not": [
            e("§8.1/§8.3: the PA is due at D0+42; as_of is D0+25", code="missing", type="probleemanalyse"),
            e(
                "§8.3: the PvA is due 14 days after a PA that does not exist yet",
                code="missing",
                type="plan_van_aanpak",
            ),
            e("§8.1: EJE only after D0+52 weeks", code="missing", type="eerstejaarsevaluatie"),
            e("§8.1: AO, EV and OW are judged in weeks 88-93", code="missing", type="actueel_oordeel"),
            e("§8.1: AO, EV and OW are judged in weeks 88-93", code="missing", type="eindevaluatie"),
            e("§8.1: AO, EV and OW are judged in weeks 88-93", code="missing", type="oordeel_werknemer"),
            e("§8.3: the 42e-weeksmelding is due at D0+294", code="missing", type="ziekmelding_uwv"),
            e("§8.2: no AD-rapport or 2nd track can be due in week 4", code="missing", type="arbeidsdeskundig_rapport"),
            e("§8.2: no AD-rapport or 2nd track can be due in week 4", code="missing", type="trajectplan_tweede_spoor"),
            e("§8.3: no deadline has passed", code="late"),
            e("§8.3: no PvA yet, so no evaluation interval runs; contacts every 8-13 days", code="evaluation_gap"),
            e("§8.3: the terugkoppeling is no probleemanalyse and not early", code="early"),
            e(
                "§8.7/§5.3: a job description: declaraties, fysiotherapie, geneesmiddelen are the work",
                code="medical_data",
                path=rel_f,
            ),
            e(
                "§8.7/§5.3: limitations and advice only; medical data named as left out",
                code="medical_data",
                path=rel_t,
            ),
            e("§8.7/§5.1: the sick report passes on only allowed data", code="medical_data", path=r1),
            e("§8.7/§5.1: the arbodienst's receipt", code="medical_data", path=r2),
            e("§8.7/§5.3: hours and place of work only", code="medical_data", path=r3),
            e("§8.7/§5.3: hours and place of work only", code="medical_data", path=rel_m),
            *bsn_ok("IBAN account, KvK, verzuimnummer and mobile number are no BSNs"),
            e("§8.3: no document is dated after as_of (asserted); the follow-up is only named", code="future"),
            e("§8 input: the first sick day is in dossier.yaml and in the documents", code="no_first_sick_day"),
            e("§8.3 (§2.3): no vrijwillige verlenging", code="extension"),
        ],
    }
    assert 10 <= len(c.docs) <= 25


# --------------------------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------------------------

HEADER = """\
# Expected findings of findings holdout 13. GENERATED by make_holdout13.py: edit the cases there.
# Written from DOMAIN.md (§8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without reading the
# rule code and without running the tool. Untouched holdout: do not tune the rules on it (if you do, say so in
# README.md).
#
# Per case: as_of (the --as-of date), planted (what is wrong and the traps), must / must_not (lists of
# {code?, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.
# no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia repeat dossier.yaml
# (evaluaties_overgelaten_aan_bureau has no dossier.yaml: its first_sick_day is the one the documents state).

"""


def main() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    exp_path = HERE / "expected.yaml"
    if exp_path.exists():
        exp_path.unlink()
    for f in (case1, case2, case3, case4, case5, case6):
        f()
    # global checks
    all_bsns = set()
    for name, exp in EXPECTED.items():
        cdir = CASES / name
        files = [p for p in cdir.rglob("*") if p.is_file() and p.name != "dossier.yaml"]
        assert 10 <= len(files) <= 25, (name, len(files))
        for entry in exp.get("must", []) + exp.get("must_not", []):
            assert "§8" in entry["why"], entry
            if "path" in entry:
                assert (cdir / entry["path"]).is_file(), (name, entry["path"])
        y = YAML_FILES.get(name)
        if y is not None:
            assert str(y["eerste_ziektedag"]) == exp["first_sick_day"], name
            assert str(y.get("aanvraag_wia", "")) == exp.get("aanvraag_wia", ""), name
            assert g.bsn_valid(y["werknemer"]["bsn"])
            all_bsns.add(y["werknemer"]["bsn"])
    assert len(all_bsns) == 5
    text = yaml.safe_dump(EXPECTED, allow_unicode=True, sort_keys=False, width=120)
    exp_path.write_text(HEADER + text, encoding="utf-8")
    n_must = sum(len(x["must"]) for x in EXPECTED.values())
    n_not = sum(len(x["must_not"]) + (1 if x.get("no_errors") else 0) for x in EXPECTED.values())
    print(f"wrote {len(EXPECTED)} cases: {n_must} must, {n_not} must_not checks")


if __name__ == "__main__":
    main()
