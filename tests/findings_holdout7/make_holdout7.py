"""Generate findings holdout 7: synthetic case folders with planted problems, and expected.yaml.

Run:  .venv/bin/python tests/findings_holdout7/make_holdout7.py

Deterministic: seeded randomness, no clock reads, fixed dates. Deletes and rewrites cases/ and
expected.yaml; a rerun is byte-identical. Written from DOMAIN.md, CONTRACT.md, the finding codes of
docs/handleiding.md and the public writer API of samples/docgen.py only.
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

from docgen import (  # noqa: E402
    Attachment,
    Bullets,
    Fields,
    Heading,
    Para,
    Sig,
    Signatures,
    Style,
    Title,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
)

CASES = HERE / "cases"
SEED = 7077

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]


def bsn_valid(raw: str) -> bool:
    s = "".join(ch for ch in raw if ch.isdigit())
    if len(s) not in (8, 9):
        return False
    s = s.zfill(9)
    if s == "000000000":
        return False
    return sum(int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if bsn_valid(s):
            return s


def nl(d: dt.date) -> str:
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def wd(d: dt.date) -> dt.date:
    """A working day: a Saturday or Sunday moves back to the Friday before."""
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


class Case:
    """One employee: the facts every document repeats."""

    def __init__(self, key: str, d0: dt.date, rng: random.Random, **kw: str) -> None:
        self.key = key
        self.d0 = d0
        self.rng = rng
        self.bsn = make_bsn(rng)
        for k, v in kw.items():
            setattr(self, k, v)
        self.files: list[tuple[str, dt.date]] = []  # (path, date) written, for asserts

    def day(self, offset: int) -> dt.date:
        return wd(self.d0 + dt.timedelta(days=offset))

    def head(self, extra: list[tuple[str, str]] | None = None) -> Fields:
        items = [("Naam werknemer", self.naam), ("BSN", self.bsn), ("Functie", self.functie),
                 ("Werkgever", self.werkgever), ("Eerste ziektedag", nl(self.d0))]
        return Fields(items + (extra or []))


def style_for(c: Case) -> Style:
    return Style(key=c.key + "-wg", org=c.werkgever, org_lines=(c.adres, f"www.{c.domein}"),
                 font="condensed", letterhead="left", footer=f"{c.werkgever} - personeelszaken")


def arbo_style(c: Case) -> Style:
    return Style(key=c.key + "-arbo", org=c.arbodienst, org_lines=(c.arbo_adres,), font="serif",
                 letterhead="band", accent=(20, 110, 80))


def bureau_style(c: Case) -> Style:
    return Style(key=c.key + "-bureau", org=c.bureau, org_lines=(c.bureau_adres,), font="condensed",
                 letterhead="right", accent=(140, 60, 20))


def uwv_style(c: Case) -> Style:
    return Style(key=c.key + "-uwv", org="UWV", org_lines=("Uitvoeringsinstituut Werknemersverzekeringen",
                 "Postbus 7707, 9999 XA Voorbeeldstad"), font="sans", letterhead="right", accent=(0, 60, 120))


# --------------------------------------------------------------------------------------------
# documents (blocks); every one carries a date, the author's name and function, and the BSN
# --------------------------------------------------------------------------------------------


def sig_wg(c: Case, d: dt.date, signed: bool = True) -> Sig:
    return Sig("Werkgever", c.cm, "Casemanager verzuim", nl(d), signed)


def sig_wn(c: Case, d: dt.date, signed: bool = True) -> Sig:
    return Sig("Werknemer", c.naam, c.functie, nl(d), signed)


def sig_ba(c: Case, d: dt.date) -> Sig:
    return Sig("Bedrijfsarts", c.ba, f"Bedrijfsarts, BIG {c.big}", nl(d))


def doc_pa(c: Case, d: dt.date) -> list:
    return [
        Title("Probleemanalyse", sub="oordeel en advies van de bedrijfsarts"),
        c.head([("Datum", nl(d)), ("Bedrijfsarts", f"{c.ba}, {c.arbodienst}")]),
        Heading("Dreigend langdurig verzuim"),
        Para(f"Er is sprake van dreigend langdurig verzuim. De verwachting is dat {c.naam} de eigen functie de "
             "komende maanden niet volledig kan uitvoeren."),
        Heading("Beperkingen en mogelijkheden"),
        Para(c.belastbaarheid),
        Heading("Prognose"),
        Para("De prognose is gunstig voor gedeeltelijke hervatting binnen drie maanden; volledige hervatting in de "
             "eigen functie is nog onzeker."),
        Heading("Advies aan werkgever en werknemer"),
        Bullets(["stel binnen twee weken samen een plan van aanpak op",
                 "start met aangepaste taken, twee dagdelen per week, en bouw op naar belastbaarheid",
                 "evaluatie bij de bedrijfsarts over zes weken"]),
        Signatures([sig_ba(c, d)]),
    ]


def doc_bijst_pa(c: Case, d: dt.date, wat: str) -> list:
    return [
        Title("Bijstelling probleemanalyse"),
        c.head([("Datum", nl(d)), ("Bedrijfsarts", f"{c.ba}, {c.arbodienst}")]),
        Heading("Gewijzigde belastbaarheid"),
        Para(wat),
        Heading("Advies"),
        Para("Pas het plan van aanpak aan op deze herziene belastbaarheid en leg de gewijzigde afspraken schriftelijk "
             "vast."),
        Signatures([sig_ba(c, d)]),
    ]


def doc_pva(c: Case, d: dt.date, eerste_eval: dt.date) -> list:
    return [
        Title("Plan van aanpak", sub="re-integratie"),
        c.head([("Datum", nl(d)), ("Casemanager", f"{c.cm}, casemanager verzuim")]),
        Heading("Re-integratiedoel"),
        Para("Einddoel: terugkeer in het eigen werk, eerst met aangepaste taken (spoor 1)."),
        Heading("Activiteiten en afspraken"),
        Bullets([f"aangepaste taken vanaf {nl(d + dt.timedelta(days=3))}, twee dagdelen per week",
                 "elke twee weken een uitbreiding met een dagdeel als de belastbaarheid dat toelaat",
                 "contact met de casemanager elke week, kort telefonisch"]),
        Heading("Termijnen en evaluatiemomenten"),
        Para(f"Eerste evaluatie op {nl(eerste_eval)}; daarna ten minste elke zes weken een evaluatie, en een "
             "eerstejaarsevaluatie aan het einde van het eerste ziektejaar."),
        Heading("Visie werkgever"),
        Para("De werkgever ziet goede kansen op terugkeer in de eigen functie en biedt aangepaste taken aan."),
        Heading("Visie werknemer"),
        Para("De werknemer wil graag terugkeren en kan zich vinden in de opbouw."),
        Signatures([sig_wg(c, d), sig_wn(c, d)]),
    ]


def doc_bijst_pva(c: Case, d: dt.date, wat: str) -> list:
    return [
        Title("Bijstelling plan van aanpak"),
        c.head([("Datum", nl(d)), ("Casemanager", f"{c.cm}, casemanager verzuim")]),
        Heading("Gewijzigde afspraken"),
        Para(wat),
        Heading("Visie werkgever en werknemer"),
        Para("Werkgever en werknemer zijn het eens met het nieuwe doel en de gewijzigde afspraken."),
        Signatures([sig_wg(c, d), sig_wn(c, d)]),
    ]


def doc_gesprek(c: Case, d: dt.date, n: int, extra: str = "") -> list:
    uren = 8 + 2 * min(n, 10)
    return [
        Title("Gespreksverslag", sub=f"evaluatie plan van aanpak ({n})"),
        c.head([("Datum gesprek", nl(d)), ("Opgesteld door", f"{c.cm}, casemanager verzuim")]),
        Heading("Voortgang"),
        Para(f"Het herstel verloopt geleidelijk. {c.naam} werkt nu {uren} uur per week in aangepaste taken; de "
             "opbouw past bij de belastbaarheid zoals de bedrijfsarts die heeft beschreven." + (" " + extra if extra else "")),
        Heading("Afspraken"),
        Bullets(["opbouw zoals afgesproken voortzetten", "volgend gesprek over vijf weken"]),
        Signatures([sig_wg(c, d), sig_wn(c, d)]),
    ]


def doc_ziekmelding(c: Case, d: dt.date) -> list:
    return [
        Title("Bevestiging ziekmelding", sub="42e-weeksmelding (aangifte langdurige ziekte)"),
        Fields([("Datum", nl(d)), ("Betreft", "ziekmelding na 42 weken ziekte"), ("Naam werknemer", c.naam),
                ("BSN", c.bsn), ("Werkgever", c.werkgever), ("Eerste ziektedag", nl(c.d0))]),
        Para(f"Wij hebben de ziekmelding van uw werknemer ontvangen op {nl(d)}. U ontvangt binnenkort informatie "
             "over de eerstejaarsevaluatie."),
        Signatures([Sig("UWV", "M. Okkerse", "Medewerker werkgeversdienstverlening", nl(d))]),
    ]


def doc_ad(c: Case, d: dt.date, advies: str) -> list:
    return [
        Title("Arbeidsdeskundig rapport", sub="arbeidsdeskundig onderzoek"),
        c.head([("Datum", nl(d)), ("Arbeidsdeskundige", f"{c.ad}, register-arbeidsdeskundige")]),
        Heading("Functiebelasting en belastbaarheid"),
        Para("De functiebelasting van het eigen werk is vergeleken met de belastbaarheid die de bedrijfsarts "
             "beschreef."),
        Heading("Advies"),
        Para(advies),
        Signatures([Sig("Arbeidsdeskundige", c.ad, "Register-arbeidsdeskundige", nl(d))]),
    ]


def doc_eje(c: Case, d: dt.date, spoor2: str, extra: str = "") -> list:
    return [
        Title("Eerstejaarsevaluatie"),
        c.head([("Datum", nl(d)), ("Casemanager", f"{c.cm}, casemanager verzuim")]),
        Heading("Terugblik op het eerste ziektejaar"),
        Para("In het eerste ziektejaar is de werknemer gestart met aangepaste taken en is de inzet opgebouwd. "
             + extra),
        Heading("Beoogd re-integratieresultaat tweede ziektejaar"),
        Para(spoor2),
        Heading("Visie werkgever"),
        Para("De werkgever steunt het beoogde resultaat."),
        Heading("Visie werknemer"),
        Para("De werknemer kan zich vinden in het beoogde resultaat."),
        Signatures([sig_wg(c, d), sig_wn(c, d)]),
    ]


def doc_traject(c: Case, d: dt.date) -> list:
    return [
        Title("Trajectplan tweede spoor"),
        c.head([("Datum", nl(d)), ("Loopbaancoach", f"{c.coach}, {c.bureau}")]),
        Heading("Persoonsprofiel en zoekprofiel"),
        Para("Op grond van de intake is een persoonsprofiel en een zoekprofiel opgesteld: administratief en "
             "klantcontact, licht fysiek werk."),
        Heading("Activiteiten"),
        Bullets(["arbeidsmarktoriëntatie", "sollicitatietraining", "netwerkgesprekken"]),
        Signatures([Sig("Re-integratiebureau", c.coach, "Loopbaancoach", nl(d)), sig_wn(c, d)]),
    ]


def doc_voortgang(c: Case, d: dt.date, n: int) -> list:
    return [
        Title("Voortgangsrapportage tweede spoor", sub=f"rapportage {n}"),
        c.head([("Datum", nl(d)), ("Loopbaancoach", f"{c.coach}, {c.bureau}")]),
        Heading("Activiteiten in de rapportageperiode"),
        Para(f"In deze rapportageperiode zijn {2 + n} vacatures besproken, {1 + n} sollicitaties verstuurd en "
             "twee netwerkgesprekken gevoerd. De werknemer zet zich goed in."),
        Signatures([Sig("Re-integratiebureau", c.coach, "Loopbaancoach", nl(d))]),
    ]


def doc_eind2(c: Case, d: dt.date) -> list:
    return [
        Title("Eindrapportage tweede spoor"),
        c.head([("Datum", nl(d)), ("Loopbaancoach", f"{c.coach}, {c.bureau}")]),
        Heading("Resultaat traject"),
        Para("Het traject heeft nog niet geleid tot een plaatsing buiten de eigen organisatie. Afsluiting van het "
             "traject in overleg."),
        Signatures([Sig("Re-integratiebureau", c.coach, "Loopbaancoach", nl(d))]),
    ]


def doc_uwv88(c: Case, d: dt.date) -> list:
    return [
        Title("Uw werknemer kan een WIA-uitkering aanvragen"),
        Fields([("Datum", nl(d)), ("Naam werknemer", c.naam), ("BSN", c.bsn), ("Werkgever", c.werkgever)]),
        Para("Uw werknemer is bijna twee jaar ziek. Wij hebben uw werknemer een brief gestuurd over het aanvragen "
             "van een WIA-uitkering. Zorg dat het re-integratieverslag compleet is en dat uw werknemer een kopie "
             "heeft."),
        Signatures([Sig("UWV", "R. Tjon-A-Fat", "Teamleider werkgeversdienstverlening", nl(d))]),
    ]


def doc_ao(c: Case, d: dt.date) -> list:
    return [
        Title("Actueel oordeel", sub="bij de probleemanalyse"),
        c.head([("Datum", nl(d)), ("Bedrijfsarts", f"{c.ba}, {c.arbodienst}")]),
        Heading("Stand van zaken"),
        Para("Ten behoeve van de WIA-aanvraag. De belastbaarheid is stabiel; de werknemer werkt in aangepaste taken "
             "met een beperkte urenomvang."),
        Heading("Arbeidsrelatie"),
        Para("De arbeidsrelatie is goed; er zijn geen conflicten."),
        Heading("Passende arbeid bij de werkgever"),
        Para("Passende arbeid bij de werkgever is aanwezig in de huidige aangepaste taken, niet in de volle omvang."),
        Signatures([sig_ba(c, d)]),
    ]


def doc_ev(c: Case, d: dt.date, wn_visie: bool = True, wn_signed: bool = True) -> list:
    blocks = [
        Title("Eindevaluatie", sub="plan van aanpak"),
        c.head([("Datum", nl(d)), ("Casemanager", f"{c.cm}, casemanager verzuim")]),
        Heading("Aard van het bedrijf"),
        Para(c.aard),
        Heading("Terugblik op twee jaar re-integratie"),
        Para("De werknemer heeft in aangepaste taken opgebouwd; volledige terugkeer bleek niet haalbaar. Het actueel "
             "oordeel van de bedrijfsarts is besproken."),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para("Volgens de werkgever is de arbeidsrelatie goed."),
        Heading("Passende arbeid"),
        Para("De werkgever biedt passende arbeid in de aangepaste taken aan, in de huidige omvang."),
    ]
    if wn_visie:
        blocks += [Heading("Visie werknemer"), Para("De werknemer is het eens met deze terugblik.")]
    blocks.append(Signatures([sig_wg(c, d), sig_wn(c, d, wn_signed)]))
    return blocks


def doc_ow(c: Case, d: dt.date, eens: bool = True) -> list:
    tekst = ("Ik ben het eens met de inhoud van het re-integratieverslag." if eens else
             "Ik ben het niet eens met de eindevaluatie: mijn mening over de opbouw en over de passende arbeid staat "
             "er niet in, en ik heb die niet ondertekend.")
    return [
        Title("Oordeel van de werknemer", sub="over het re-integratieverslag"),
        Fields([("Naam", c.naam), ("BSN", c.bsn), ("Datum", nl(d)), ("Functie", c.functie)]),
        Para(tekst),
        Signatures([sig_wn(c, d)]),
    ]


# --------------------------------------------------------------------------------------------
# a standard dossier as a list of entries; cases change it, then write()
# --------------------------------------------------------------------------------------------


def standard(c: Case, until: dt.date, spoor2: int | None = 375, end: int = 640) -> list[dict]:
    """Entries dated up to ``until``: PA D0+30, PvA PA+9, a meeting every 38 days, 42e-weeksmelding
    D0+288, AD D0+330, EJE D0+343, 2nd track from ``spoor2`` (bijstelling PvA, trajectplan, reports
    every 56 days, eindrapportage D0+612), UWV letter D0+612, AO D0+620, EV D0+628, OW D0+631."""
    wg, arbo, bur, uwv = style_for(c), arbo_style(c), bureau_style(c), uwv_style(c)
    e: list[dict] = []

    def add(key: str, path: str, off: int | dt.date, blocks_fn, style: Style) -> None:
        d = off if isinstance(off, dt.date) else c.day(off)
        if d <= until:
            e.append({"key": key, "path": path, "date": d, "blocks": blocks_fn(d), "style": style, "how": "pdf"})

    pa = c.day(30)
    pva = c.day(39)
    add("pa", "01 Bedrijfsarts/Probleemanalyse.pdf", pa, lambda d: doc_pa(c, d), arbo)
    add("pva", "02 Plan van aanpak/Plan van aanpak.pdf", pva, lambda d: doc_pva(c, d, pva + dt.timedelta(days=35)), wg)
    n, off = 1, 39 + 38
    while off < end - 10:
        add("gesprek", f"03 Gesprekken/Gespreksverslag {n:02d}.pdf", off, lambda d, n=n: doc_gesprek(c, d, n), wg)
        n, off = n + 1, off + 38
    add("ziekmelding", "05 UWV/Bevestiging 42e-weeksmelding.pdf", 288, lambda d: doc_ziekmelding(c, d), uwv)
    if spoor2 is not None:
        add("ad", "04 Arbeidsdeskundige/AD-rapport.pdf", 330, lambda d: doc_ad(
            c, d, "Terugkeer in het eigen werk in volle omvang is niet te verwachten. Advies: naast spoor 1 een "
            "tweede spoor starten (spoor 2) om werk bij een andere werkgever te zoeken."), wg)
        add("eje", "02 Plan van aanpak/Eerstejaarsevaluatie.pdf", 343, lambda d: doc_eje(
            c, d, "Spoor 1 wordt voortgezet en, conform het advies van de arbeidsdeskundige, wordt een tweede spoor "
            "gestart via een re-integratiebureau."), wg)
        add("bijst_pva", "02 Plan van aanpak/Bijstelling plan van aanpak spoor 2.pdf", spoor2 - 7, lambda d: doc_bijst_pva(
            c, d, "Nieuw doel: naast spoor 1 start een tweede spoor (spoor 2) via " + c.bureau + "."), wg)
        add("traject", "06 Tweede spoor/Trajectplan.pdf", spoor2, lambda d: doc_traject(c, d), bur)
        k, o = 1, spoor2 + 56
        while o < 600:
            add("voortgang", f"06 Tweede spoor/Voortgangsrapportage {k}.pdf", o, lambda d, k=k: doc_voortgang(c, d, k), bur)
            k, o = k + 1, o + 56
        add("eind2", "06 Tweede spoor/Eindrapportage.pdf", 612, lambda d: doc_eind2(c, d), bur)
    add("uwv88", "05 UWV/Brief WIA-aanvraag week 88.pdf", 612, lambda d: doc_uwv88(c, d), uwv)
    add("ao", "01 Bedrijfsarts/Actueel oordeel.pdf", 620, lambda d: doc_ao(c, d), arbo)
    add("ev", "07 Eindevaluatie/Eindevaluatie.pdf", 628, lambda d: doc_ev(c, d), wg)
    add("ow", "08 Werknemer/Oordeel werknemer.pdf", 631, lambda d: doc_ow(c, d), wg)
    return e


def pick(entries: list[dict], key: str) -> dict:
    hits = [x for x in entries if x["key"] == key]
    assert len(hits) == 1, (key, len(hits))
    return hits[0]


def drop(entries: list[dict], key: str) -> None:
    entries.remove(pick(entries, key))


EVAL_KEYS = ("pva", "gesprek", "eje", "bijst_pva", "ev")


def max_eval_gap(entries: list[dict]) -> int:
    ds = sorted(x["date"] for x in entries if x["key"] in EVAL_KEYS)
    return max((b - a).days for a, b in zip(ds, ds[1:]))


def write(c: Case, entries: list[dict], dossier: dict | None) -> None:
    root = CASES / c.key
    for i, x in enumerate(entries):
        p = root / x["path"]
        p.parent.mkdir(parents=True, exist_ok=True)
        assert not p.exists(), p
        how = x["how"]
        if how == "pdf":
            write_pdf(p, x["blocks"], x["style"])
        elif how == "docx":
            write_docx(p, x["blocks"], x["style"])
        elif how == "scan":
            r = random.Random(f"{SEED}-{c.key}-{i}")
            write_scan_pdf(p, x["blocks"], x["style"], rotate_deg=round(r.uniform(-1.2, 1.2), 2), noise=0.5,
                           jpeg_quality=35, dpi=120)
        elif how == "photo":
            write_photo_jpg(p, x["blocks"], x["style"], taken=dt.datetime.combine(x["date"], dt.time(16, 42)),
                            orientation=6, quality=60)
        elif how == "eml":
            write_eml(p, x["headers"], x["body"], x.get("attachments"))
        else:
            raise ValueError(how)
    if dossier is not None:
        (root / "dossier.yaml").write_text(
            "# Gegevens van dit dossier (fictief).\n" + yaml.safe_dump(dossier, allow_unicode=True, sort_keys=False),
            encoding="utf-8")


def dossier_yaml(c: Case, **extra) -> dict:
    d = {"werknemer": {"naam": c.naam, "bsn": c.bsn, "functie": c.functie},
         "werkgever": {"naam": c.werkgever, "loonheffingennummer": c.lhn, "aard_van_het_bedrijf": c.aard},
         "bedrijfsarts": {"naam": c.ba, "organisatie": c.arbodienst},
         "casemanager": {"naam": c.cm},
         "eerste_ziektedag": c.d0}
    d.update(extra)
    return d


def by_path(entries: list[dict], path: str) -> dict:
    hits = [x for x in entries if x["path"] == path]
    assert len(hits) == 1, path
    return hits[0]


def person(key: str, d0: dt.date, rng: random.Random, **kw: str) -> Case:
    base = dict(arbo_adres="Kanaalweg 12, 9999 KB Voorbeeldstad", big="19055512301",
                ad="drs. H. Wolters", coach="S. Bakırcı", bureau="Trajectwerk Noord BV",
                bureau_adres="Stationsplein 4, 9999 AC Voorbeeldstad",
                belastbaarheid="Beperkt in langdurig staan en tillen boven 10 kg; ongeveer twee uur aaneen werken, "
                               "met pauzes. Zittend werk en licht administratief werk zijn mogelijk.")
    base.update(kw)
    c = Case(key, d0, rng, **base)
    c.lhn = make_bsn(rng) + "L01"
    return c


def off(c: Case, d: dt.date) -> int:
    return (d - c.d0).days


EXPECTED: dict[str, dict] = {}


def expect(c: Case, as_of: dt.date, planted: str, must: list, must_not: list, **extra) -> None:
    EXPECTED[c.key] = {"as_of": as_of.isoformat(), **{k: v for k, v in extra.items() if k == "checklist"},
                       "first_sick_day": c.d0.isoformat(),
                       **{k: v for k, v in extra.items() if k not in ("checklist",)},
                       "planted": planted, "must": must, "must_not": must_not}


def nomiss(*types: str, why: str = "present") -> list[dict]:
    return [{"code": "missing", "type": t, "why": why} for t in types]


# --------------------------------------------------------------------------------------------
# the cases
# --------------------------------------------------------------------------------------------


def case_ev_zonder_werknemer(rng: random.Random) -> None:
    c = person("ev_zonder_werknemer", dt.date(2024, 9, 16), rng, naam="Iris Verbeek-Oomen", functie="Kassamedewerker",
               werkgever="Buurtsuper De Korenbloem BV", adres="Molenstraat 31, 9999 AB Voorbeeldstad",
               domein="korenbloem-super.example", arbodienst="Arbo Zuidrand", ba="drs. P. Hoogeveen",
               cm="Yvonne Dekkers", aard="Supermarkt met 38 medewerkers: verkoop van levensmiddelen aan consumenten.")
    as_of, aanvraag = c.day(650), c.day(640)
    e = standard(c, as_of)
    ev = pick(e, "ev")
    ev["blocks"] = doc_ev(c, ev["date"], wn_visie=False, wn_signed=False)
    ow = pick(e, "ow")
    ow["blocks"] = doc_ow(c, ow["date"], eens=False)
    assert max_eval_gap(e) <= 40
    write(c, e, dossier_yaml(c, aanvraag_wia=aanvraag))
    evp = ev["path"]
    expect(c, as_of, "the eindevaluatie (week 91) has no view of the employee and is signed by the employer only "
           "(the werknemer line is empty). Traps: the oordeel werknemer says the employee disagrees and did not "
           "sign the EV (a disagreeing OW is no defect); everything else complete and on time, AO before EV, "
           "application in week 92 (dossier.yaml)",
           [{"code": "unsigned", "type": "eindevaluatie", "path": evp,
             "why": "§8.5: EV needs the signatures of employer and employee; the employee's is missing"}],
           nomiss("eindevaluatie", "oordeel_werknemer", "actueel_oordeel", "eerstejaarsevaluatie",
                  "trajectplan_tweede_spoor", "plan_van_aanpak")
           + [{"code": "unsigned", "type": t, "why": "signed by both"} for t in
              ("plan_van_aanpak", "eerstejaarsevaluatie", "bijstelling_plan_van_aanpak")]
           + [{"code": k, "why": "nothing of this kind is planted"} for k in
              ("late", "outdated", "order", "evaluation_gap", "bsn_invalid", "bsn_mismatch", "medical_data",
               "duplicate")],
           aanvraag_wia=aanvraag.isoformat())


def case_bijstelling_pva_ontbreekt(rng: random.Random) -> None:
    c = person("bijstelling_pva_ontbreekt", dt.date(2025, 2, 3), rng, naam="Rutger Zwanenburg",
               functie="Monteur installatietechniek", werkgever="Zwanenburg & Kolff Installaties BV",
               adres="Ambachtsweg 7, 9999 GT Voorbeeldstad", domein="zk-installaties.example",
               arbodienst="ArboPunt Vallei", ba="M. el Amrani", cm="Jeroen Smulders",
               aard="Installatiebedrijf (elektra en klimaat) met 64 medewerkers, werk op locatie bij klanten.")
    as_of = c.day(420)
    e = standard(c, as_of, spoor2=None)
    wg, arbo = style_for(c), arbo_style(c)
    bpa = c.day(200)
    e.append({"key": "bijst_pa", "path": "01 Bedrijfsarts/Bijstelling probleemanalyse.pdf", "date": bpa, "how": "pdf",
              "style": arbo, "blocks": doc_bijst_pa(c, bpa, "De belastbaarheid is gewijzigd: werken op hoogte en "
                                                  "in gebogen houding is voorlopig niet mogelijk; wel werkplaats- en "
                                                  "voorbereidend werk, vier uur per dag.")})
    bpva = c.day(210)  # the adjustment the documents speak of; it is not in the folder
    nxt = min((x for x in e if x["key"] == "gesprek" and x["date"] > bpva), key=lambda x: x["date"])
    n = int(nxt["path"][-6:-4])
    nxt["blocks"] = doc_gesprek(c, nxt["date"], n, f"De bijstelling van het plan van aanpak van {nl(bpva)} (werkplaats "
                                "en werkvoorbereiding in plaats van montage op locatie) is besproken en wordt uitgevoerd.")
    ad, eje = c.day(322), c.day(343)
    e.append({"key": "ad", "path": "04 Arbeidsdeskundige/AD-rapport.pdf", "date": ad, "how": "pdf", "style": wg,
              "blocks": doc_ad(c, ad, "De werknemer kan binnen drie maanden het eigen werk hervatten, met aangepaste "
                                      "taken in de werkplaats als tussenstap. Een tweede spoor is nu niet nodig.")})
    e.append({"key": "eje", "path": "02 Plan van aanpak/Eerstejaarsevaluatie.pdf", "date": eje, "how": "pdf",
              "style": wg, "blocks": doc_eje(
                  c, eje, "Terugkeer in het eigen werk wordt binnen drie maanden verwacht (zie het arbeidsdeskundig "
                  "rapport); daarom wordt geen tweede spoor gestart. Dit wordt bij elke evaluatie opnieuw bekeken.",
                  f"Na de bijstelling van de probleemanalyse is het plan van aanpak bijgesteld op {nl(bpva)}.")})
    e.sort(key=lambda x: x["date"])
    assert max_eval_gap(e) <= 40
    write(c, e, dossier_yaml(c))
    expect(c, as_of, f"the bijstelling probleemanalyse of {bpa} (changed belastbaarheid) was followed by a bijstelling "
           f"plan van aanpak of {bpva}; a meeting report and the EJE refer to it, but it is not in the folder. "
           "Traps: week 61, so AO/EV/OW are not due; the EJE motivates why there is no 2nd track (return to own "
           "work expected within three months, AD-rapport agrees); the bijstelling PA itself is present",
           [{"code": "missing", "type": "bijstelling_plan_van_aanpak",
             "why": "§8.2: each known bijstelling is expected; two documents name this one"}],
           [{"code": "missing", "type": "bijstelling_plan_van_aanpak", "severity": "error",
             "why": "§8.2 lists a known bijstelling under Completeness (W)"}]
           + nomiss("bijstelling_probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "arbeidsdeskundig_rapport")
           + [{"code": "missing", "type": "trajectplan_tweede_spoor", "why": "EJE motivates no 2nd track"},
              {"code": "late", "type": "trajectplan_tweede_spoor", "why": "EJE motivates no 2nd track"}]
           + [{"code": "missing", "type": t, "severity": "error", "why": "not due in week 61"} for t in
              ("actueel_oordeel", "eindevaluatie", "oordeel_werknemer")]
           + [{"code": k, "why": "nothing of this kind is planted"} for k in
              ("late", "evaluation_gap", "order", "bsn_invalid", "bsn_mismatch", "medical_data", "unsigned")])


def case_spoor2_week81(rng: random.Random) -> None:
    c = person("spoor2_week81", dt.date(2024, 11, 11), rng, naam="Femke Bosschaart", functie="Verzorgende IG",
               werkgever="Zorggroep Lindehof", adres="Lindelaan 2, 9999 LH Voorbeeldstad", domein="lindehof-zorg.example",
               arbodienst="Arbodienst Het Baken", ba="dr. K. Venema", cm="Marloes Terpstra",
               aard="Zorgorganisatie voor ouderenzorg met drie locaties en 410 medewerkers.")
    as_of = c.day(600)
    e = standard(c, as_of, spoor2=560)
    t = pick(e, "traject")
    assert off(c, t["date"]) > 406 + 140 and off(c, pick(e, "ad")["date"]) < 343
    assert max_eval_gap(e) <= 40
    write(c, e, dossier_yaml(c))
    expect(c, as_of, f"the AD-rapport (week 48) advises a 2nd track and the EJE (week 50) says one will start, but the "
           f"trajectplan is dated {t['date']} (week 81), some 22 weeks after the ~D0+406 expectation. Traps: week 86, "
           "UWV letter, AO, EV and OW not due yet; bijstelling PvA for spoor 2 present (a week before the trajectplan)",
           [{"code": "late", "type": "trajectplan_tweede_spoor",
             "why": "§2.2 #9 / §8.3: 2nd-track evidence expected by ~D0+406, EJE gives no motivation for waiting"}],
           nomiss("trajectplan_tweede_spoor", "arbeidsdeskundig_rapport", "eerstejaarsevaluatie",
                  "bijstelling_plan_van_aanpak")
           + [{"code": "missing", "type": t, "severity": "error", "why": "not due in week 86"} for t in
              ("actueel_oordeel", "eindevaluatie", "oordeel_werknemer")]
           + [{"code": "late", "type": t, "why": "on time"} for t in
              ("probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "ziekmelding_uwv")]
           + [{"code": k, "why": "nothing of this kind is planted"} for k in
              ("evaluation_gap", "order", "bsn_invalid", "bsn_mismatch", "medical_data", "unsigned", "outdated")])


def case_aanvraag_zonder_ev(rng: random.Random) -> None:
    c = person("aanvraag_zonder_ev", dt.date(2024, 8, 5), rng, naam="Dirk-Jan Holtrop", functie="Chauffeur C/E",
               werkgever="Transportbedrijf Holm & Ruiter BV", adres="Havenweg 88, 9999 HR Voorbeeldstad",
               domein="holmruiter-transport.example", arbodienst="Arbo Kustlijn", ba="drs. A. Brouwer-Lim",
               cm="Sandra Wijnbergen", aard="Wegtransport en opslag, 120 medewerkers, nationale distributie.")
    as_of, aanvraag = c.day(655), c.day(641)
    e = standard(c, as_of)
    drop(e, "ev")
    ao = pick(e, "ao")
    ao["date"] = aanvraag - dt.timedelta(days=56)
    ao["blocks"] = doc_ao(c, ao["date"])
    assert ao["date"].weekday() < 5 and off(c, ao["date"]) >= 560
    extra = c.day(634)
    e.append({"key": "gesprek", "path": "03 Gesprekken/Gespreksverslag 18.pdf", "date": extra, "how": "pdf",
              "style": style_for(c), "blocks": doc_gesprek(c, extra, 18)})
    e.sort(key=lambda x: x["date"])
    assert max_eval_gap(e) <= 40 and not (CASES / c.key).exists()
    write(c, e, dossier_yaml(c, aanvraag_wia=aanvraag))
    expect(c, as_of, f"the WIA application date ({aanvraag}, week 92) is in dossier.yaml, checked in week 94, and "
           "there is no eindevaluatie. Traps: the actueel oordeel is dated exactly 56 days (8 weeks, the default "
           "freshness limit of §2.5) before the application, in week 84; OW, UWV letter and 2nd track present",
           [{"code": "missing", "type": "eindevaluatie", "severity": "error",
             "why": "§8.1: EV is an art. 6 element; the application date has passed"}],
           nomiss("actueel_oordeel", "oordeel_werknemer", "trajectplan_tweede_spoor", "eerstejaarsevaluatie")
           + [{"code": "outdated", "type": "actueel_oordeel",
               "why": "exactly at the 8-week limit, not beyond it (§2.5)"},
              {"code": "outdated", "severity": "error", "why": "freshness is W at most (§8.4)"}]
           + [{"code": k, "why": "nothing of this kind is planted"} for k in
              ("order", "evaluation_gap", "bsn_invalid", "bsn_mismatch", "medical_data", "unsigned", "duplicate")]
           + [{"code": "late", "type": t, "why": "on time"} for t in
              ("probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "trajectplan_tweede_spoor",
               "ziekmelding_uwv")],
           aanvraag_wia=aanvraag.isoformat())


def swap_bad(bsn: str) -> str:
    for i in range(8):
        s = bsn[:i] + bsn[i + 1] + bsn[i] + bsn[i + 2:]
        if s != bsn and not bsn_valid(s):
            return s
    raise AssertionError(bsn)


def case_ziektewet_uit_dienst(rng: random.Random) -> None:
    c = person("ziektewet_uit_dienst", dt.date(2025, 3, 10), rng, naam="Naima Bouzid", functie="Medewerker klantenservice",
               werkgever="Belhuis Oost BV", adres="Parallelweg 140, 9999 PW Voorbeeldstad", domein="belhuis-oost.example",
               arbodienst="Arbo Delta", ba="drs. T. Sijbrands", cm="Koen Hamersma",
               aard="Klantcontactcentrum met 85 medewerkers, telefonische klantenservice voor energiebedrijven.")
    last, as_of, riv = c.day(150), c.day(185), c.day(178)
    e = standard(c, last + dt.timedelta(days=1), spoor2=None, end=150)
    uwv, arbo, wg = uwv_style(c), arbo_style(c), style_for(c)

    def put(key, path, d, blocks, style):
        e.append({"key": key, "path": path, "date": d, "blocks": blocks, "style": style, "how": "pdf"})

    ao, ev = c.day(141), c.day(148)
    put("ao", "01 Bedrijfsarts/Actueel oordeel.pdf", ao, doc_ao(c, ao), arbo)
    put("ev", "07 Eindevaluatie/Eindevaluatie.pdf", ev, doc_ev(c, ev), wg)
    zm = last
    put("ziekmelding", "05 UWV/Ziekmelding einde dienstverband.pdf", zm, [
        Title("Bevestiging ziekmelding", sub="ziek uit dienst"),
        Fields([("Datum", nl(zm)), ("Naam werknemer", c.naam), ("BSN", c.bsn), ("Werkgever", c.werkgever),
                ("Eerste ziektedag", nl(c.d0)), ("Laatste werkdag", nl(last))]),
        Para("Wij hebben uw melding ontvangen dat uw werknemer ziek is op de laatste dag van het dienstverband "
             "(einde tijdelijk contract)."),
        Signatures([Sig("UWV", "M. Okkerse", "Medewerker werkgeversdienstverlening", nl(zm))])], uwv)
    vr = c.day(164)
    put("uwv_riv", "05 UWV/Brief verzoek re-integratieverslag.pdf", vr, [
        Title("Verzoek om het re-integratieverslag", sub="Ziektewet"),
        Fields([("Datum", nl(vr)), ("Naam werknemer", c.naam), ("BSN", c.bsn), ("Werkgever", c.werkgever)]),
        Para(f"Uw voormalige werknemer heeft een Ziektewet-uitkering. Wij vragen u het re-integratieverslag binnen "
             f"twee weken na de datum van deze brief te uploaden, uiterlijk op {nl(vr + dt.timedelta(days=14))}."),
        Signatures([Sig("UWV", "R. Tjon-A-Fat", "Teamleider werkgeversdienstverlening", nl(vr))])], uwv)
    ow = c.day(171)
    put("ow", "08 Werknemer/Oordeel werknemer.pdf", ow, doc_ow(c, ow), wg)
    bad = swap_bad(c.bsn)
    g2 = by_path(e, "03 Gesprekken/Gespreksverslag 02.pdf")
    g2["blocks"][1] = Fields([(k, bad if k == "BSN" else v) for k, v in g2["blocks"][1].items])
    e.sort(key=lambda x: x["date"])
    assert max_eval_gap(e) <= 40 and bsn_valid(c.bsn) and not bsn_valid(bad)
    write(c, e, dossier_yaml(c, aanvraag_wia=riv))
    expect(c, as_of, f"Ziektewet (ziek uit dienst: temporary contract ended {last}, week 22): the second meeting "
           f"report carries the BSN with two digits swapped ({bad}), failing the elfproef. Traps: no EJE, AD-rapport, "
           "2nd track or 42e-weeksmelding (the sick report to UWV was made on the last working day); EV on the last "
           "working day, AO before it; UWV's letter asks for the RIV within two weeks; RIV date in dossier.yaml",
           [{"code": "bsn_invalid", "path": g2["path"], "why": "§5.2: fails the elfproef"}],
           [{"code": "bsn_invalid", "path": p, "why": "correct BSN"} for p in
            ("02 Plan van aanpak/Plan van aanpak.pdf", "07 Eindevaluatie/Eindevaluatie.pdf")]
           + [{"code": "missing", "type": t, "why": "not due: employment ended in week 22"} for t in
              ("eerstejaarsevaluatie", "arbeidsdeskundig_rapport", "trajectplan_tweede_spoor")]
           + nomiss("probleemanalyse", "plan_van_aanpak", "actueel_oordeel", "eindevaluatie", "oordeel_werknemer")
           + [{"code": k, "why": "nothing of this kind is planted"} for k in
              ("late", "outdated", "order", "evaluation_gap", "medical_data", "unsigned")],
           checklist="ziektewet-riv", aanvraag_wia=riv.isoformat())


def case_schoon_scans_foto_mail(rng: random.Random) -> None:
    c = person("schoon_scans_foto_mail", dt.date(2024, 10, 7), rng, naam="Joost van Wieringen",
               functie="Medewerker inkoop", werkgever="Tuinmeubelhandel Groen & Zon BV",
               adres="Kwekerijweg 19, 9999 TZ Voorbeeldstad", domein="groenenzon.example", arbodienst="Arbo Rivierenland",
               ba="drs. E. Kalkman", cm="Hanneke Voskuil",
               aard="Groothandel in tuinmeubelen met 52 medewerkers; inkoop, opslag en levering aan tuincentra.")
    as_of, aanvraag = c.day(665), c.day(640)
    e = standard(c, as_of)
    for k in ("pa", "eje", "ev", "uwv88"):
        pick(e, k)["how"] = "scan"
        pick(e, k)["path"] = pick(e, k)["path"].rsplit("/", 1)[0] + f"/Scan_{off(c, pick(e, k)['date']):04d}.pdf"
    g5 = by_path(e, "03 Gesprekken/Gespreksverslag 05.pdf")
    g5["how"], g5["path"] = "docx", "03 Gesprekken/Gespreksverslag 05.docx"
    g9 = by_path(e, "03 Gesprekken/Gespreksverslag 09.pdf")
    g9["how"], g9["path"] = "photo", "03 Gesprekken/IMG_20250816_164210.jpg"
    g9["path"] = f"03 Gesprekken/IMG_{g9['date']:%Y%m%d}_164210.jpg"
    g12 = by_path(e, "03 Gesprekken/Gespreksverslag 12.pdf")
    d = g12["date"]
    g12["how"], g12["path"] = "eml", f"03 Gesprekken/Evaluatie plan van aanpak {d:%Y-%m-%d}.eml"
    g12["headers"] = {"From": f"{c.cm} <h.voskuil@{c.domein}>", "To": f"{c.naam} <joost.vw@post.example>",
                      "Subject": f"Verslag evaluatie plan van aanpak {nl(d)}",
                      "Date": f"{d:%a, %d %b %Y} 15:12:00 +0200", "Message-ID": f"<eval12-{d:%Y%m%d}@{c.domein}>"}
    g12["body"] = (
        f"Beste Joost,\n\nHierbij het verslag van ons gesprek van vandaag, de evaluatie van het plan van aanpak.\n\n"
        f"Gespreksverslag - evaluatie plan van aanpak (12)\nNaam werknemer: {c.naam}\nBSN: {c.bsn}\n"
        f"Functie: {c.functie}\nDatum gesprek: {nl(d)}\nOpgesteld door: {c.cm}, casemanager verzuim\n\n"
        "Voortgang: het herstel verloopt geleidelijk; je werkt nu 28 uur per week in aangepaste taken, passend bij "
        "de belastbaarheid die de bedrijfsarts beschreef. Het tweede spoor loopt via " + c.bureau + ".\n"
        "Afspraken: opbouw voortzetten; volgend gesprek over vijf weken.\n\n"
        f"Met vriendelijke groet,\n{c.cm}\nCasemanager verzuim, {c.werkgever}\n")
    assert max_eval_gap(e) <= 40
    write(c, e, dossier_yaml(c, aanvraag_wia=aanvraag))
    expect(c, as_of, "none: complete two-year dossier checked in week 96, after the application (week 92); PA, EJE, "
           "EV and the week-88 UWV letter are copier scans (no text layer), one meeting report is a Word file, one a "
           "phone photo (EXIF orientation 6), one is typed in the body of an e-mail; all signed where needed, one "
           "valid BSN. Traps: herstel/belastbaarheid in employer meetings; scans named Scan_NNNN.pdf",
           [],
           nomiss("probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie",
                  "oordeel_werknemer", "arbeidsdeskundig_rapport", "trajectplan_tweede_spoor",
                  "bijstelling_plan_van_aanpak")
           + [{"code": k, "why": "nothing of this kind is planted"} for k in
              ("late", "early", "outdated", "order", "bsn_invalid", "bsn_mismatch", "medical_data", "unsigned",
               "duplicate", "multiple_documents", "evaluation_gap", "future", "no_first_sick_day")],
           aanvraag_wia=aanvraag.isoformat(), no_errors=True)


HEADER = """# Expected findings of findings holdout 7. GENERATED by make_holdout7.py: edit the cases there.
# Written from DOMAIN.md, CONTRACT.md and the finding codes of docs/handleiding.md, without reading the rule
# code. Untouched holdout: do not tune the rules on it (if you do, say so in README.md).
#
# Per case: as_of (the --as-of date), optional checklist, planted (what is wrong and the traps),
# must / must_not (lists of {code?, type?, path?, severity?, why}); a finding matches an entry when
# every given key is equal. no_errors: true -> no finding of severity error at all.

"""


def main() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    CASES.mkdir()
    EXPECTED.clear()
    for i, fn in enumerate([case_ev_zonder_werknemer, case_bijstelling_pva_ontbreekt, case_spoor2_week81,
                            case_aanvraag_zonder_ev, case_ziektewet_uit_dienst, case_schoon_scans_foto_mail]):
        fn(random.Random(SEED + i))
    text = yaml.safe_dump(EXPECTED, allow_unicode=True, sort_keys=False, width=110)
    (HERE / "expected.yaml").write_text(HEADER + text, encoding="utf-8")


if __name__ == "__main__":
    main()
