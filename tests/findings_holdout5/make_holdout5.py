"""Generate findings holdout 5: nine synthetic case folders and expected.yaml.

Run:  .venv/bin/python tests/findings_holdout5/make_holdout5.py

Deterministic: fixed seeds, no clock reads; it deletes and rewrites ``cases/`` and ``expected.yaml``, and a
rerun gives byte-identical files. Written only from /work/shared/DOMAIN.md, CONTRACT.md, the finding-code table
of docs/handleiding.md, the writer API of samples/docgen.py and the ScanOptions dataclass (see README.md).
Every name, organisation, address and number is fictional; e-mail domains end in ``.example``.
"""

# ruff: noqa: E501  (the long lines are the documents' own prose)

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import random
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    attachment_from,
    bsn_valid,
    fmt_bsn,
    fmt_date,
    mail_date,
    make_bsn,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
)

CASES = HERE / "cases"
TMP = HERE / "_tmp_attachments"
DAY = dt.timedelta(days=1)


# ------------------------------------------------------------------------------------------------
# organisations, people, writing
# ------------------------------------------------------------------------------------------------


@dataclass
class Org:
    name: str
    style: Style
    datefmt: str = "long"
    core: bool = True  # PDF core fonts (keeps the folder small); False embeds DejaVu


@dataclass
class Person:
    name: str
    function: str


@dataclass
class Ctx:
    case: str
    d0: dt.date
    emp: Person  # the employee; function = job title
    aan: str  # "mevrouw Bouzid"
    zij: str  # "zij" / "hij"
    haar: str  # "haar" / "zijn"
    uren: int  # contract hours
    bsn: str
    bsn_kind: str
    employer: Org
    aard: str  # aard van het bedrijf (for the EV)
    cm: Person  # casemanager
    lg: Person  # leidinggevende
    arbo: Org
    ba: Person
    big: str
    ad_org: Org | None = None
    ad: Person | None = None
    bureau: Org | None = None
    coach: Person | None = None
    uwv: Org | None = None
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    docs: list[tuple[str, str, dt.date]] = field(default_factory=list)  # (path, kind, date)

    @property
    def dir(self) -> Path:
        return CASES / self.case

    def b(self, kind: str | None = None) -> str:
        return fmt_bsn(self.bsn, kind or self.bsn_kind)

    def off(self, n: int) -> dt.date:
        return self.d0 + dt.timedelta(days=n)


def D(d: dt.date, org: Org) -> str:
    return fmt_date(d, org.datefmt)


@contextlib.contextmanager
def core_fonts(on: bool) -> Iterator[None]:
    """docgen falls back to the PDF core fonts when its DejaVu folder is absent: small files."""
    saved = docgen.FONT_DIR
    if on:
        docgen.FONT_DIR = Path("/nonexistent-font-dir")
    try:
        yield
    finally:
        docgen.FONT_DIR = saved


def style(key: str, org: str, lines: tuple[str, ...], **kw: Any) -> Style:
    return Style(key=key, org=org, org_lines=lines, **kw)


def check_date(ctx: Ctx, d: dt.date, as_of: dt.date) -> None:
    assert d <= as_of, f"{ctx.case}: a document dated {d} after as_of {as_of}"


class Writer:
    def __init__(self, ctx: Ctx, as_of: dt.date) -> None:
        self.ctx = ctx
        self.as_of = as_of

    def _path(self, rel: str) -> Path:
        p = self.ctx.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def pdf(self, rel: str, kind: str, d: dt.date, blocks: list[Any], org: Org) -> str:
        check_date(self.ctx, d, self.as_of)
        assert d.weekday() < 5, f"{self.ctx.case}: {rel} dated on a {d:%A} (D0+{(d - self.ctx.d0).days})"
        with core_fonts(org.core):
            write_pdf(self._path(rel), blocks, org.style)
        self.ctx.docs.append((rel, kind, d))
        return rel

    def docx(self, rel: str, kind: str, d: dt.date, blocks: list[Any], org: Org) -> str:
        check_date(self.ctx, d, self.as_of)
        write_docx(self._path(rel), blocks, org.style)
        self.ctx.docs.append((rel, kind, d))
        return rel

    def scan(self, rel: str, kind: str, d: dt.date, blocks: list[Any], org: Org, **kw: Any) -> str:
        check_date(self.ctx, d, self.as_of)
        write_scan_pdf(self._path(rel), blocks, org.style, **kw)
        self.ctx.docs.append((rel, kind, d))
        return rel

    def photo(self, rel: str, kind: str, d: dt.date, blocks: list[Any], org: Org, **kw: Any) -> str:
        check_date(self.ctx, d, self.as_of)
        write_photo_jpg(self._path(rel), blocks, org.style, taken=dt.datetime(d.year, d.month, d.day, 16, 41), **kw)
        self.ctx.docs.append((rel, kind, d))
        return rel

    def eml_with_pdf(
        self,
        rel: str,
        kind: str,
        d: dt.date,
        headers: dict[str, str],
        body: str,
        att_name: str,
        blocks: list[Any],
        org: Org,
    ) -> str:
        check_date(self.ctx, d, self.as_of)
        TMP.mkdir(parents=True, exist_ok=True)
        tmp = TMP / att_name
        with core_fonts(org.core):
            write_pdf(tmp, blocks, org.style)
        att = attachment_from(tmp, att_name)
        write_eml(self._path(rel), headers, body, [att])
        tmp.unlink()
        self.ctx.docs.append((rel + "::" + att_name, kind, d))
        return rel


# ------------------------------------------------------------------------------------------------
# document texts (all wording written for this holdout)
# ------------------------------------------------------------------------------------------------


def emp_fields(
    ctx: Ctx, org: Org, d: dt.date, date_label: str = "Datum", extra: list[tuple[str, str]] | None = None
) -> Fields:
    items = [
        ("Werknemer", ctx.emp.name),
        ("BSN", ctx.b()),
        ("Functie", ctx.emp.function),
        ("Werkgever", ctx.employer.name),
    ]
    items += extra or []
    items.append((date_label, D(d, org)))
    return Fields(items)


def ba_sig(ctx: Ctx, d: dt.date) -> Signatures:
    return Signatures([Sig("Bedrijfsarts", ctx.ba.name, f"bedrijfsarts, BIG {ctx.big}", D(d, ctx.arbo))])


def both_sigs(ctx: Ctx, d: dt.date, emp_signed: bool = True, er_signed: bool = True) -> Signatures:
    ds = D(d, ctx.employer)
    return Signatures(
        [
            Sig("Werkgever", ctx.cm.name, ctx.cm.function, ds, signed=er_signed),
            Sig("Werknemer", ctx.emp.name, ctx.emp.function, ds, signed=emp_signed),
        ]
    )


def probleemanalyse(
    ctx: Ctx, d: dt.date, limits: list[str], prognose: str, advies: list[str], extra: list[Any] | None = None
) -> list[Any]:
    a = ctx.arbo
    return [
        Title("Probleemanalyse", sub="oordeel en advies van de bedrijfsarts (art. 2 Regeling procesgang)"),
        emp_fields(ctx, a, d, "Datum spreekuur", [("Eerste ziektedag", D(ctx.d0, a))]),
        Heading("Dreigend langdurig verzuim"),
        Para(
            f"Na het spreekuur van vandaag verwacht ik dat {ctx.aan} langer dan zes weken niet volledig in de eigen "
            f"functie zal kunnen werken. Er is daarom sprake van dreigend langdurig verzuim. Over de aard van de "
            f"klachten doe ik in dit stuk geen uitspraak; de werkgever krijgt alleen wat nodig is voor de re-integratie."
        ),
        *(extra or []),
        Heading("Beperkingen en mogelijkheden"),
        Para("Op dit moment gelden de volgende beperkingen. Binnen deze grenzen zijn er benutbare mogelijkheden."),
        Bullets(limits),
        Heading("Prognose"),
        Para(prognose),
        Heading("Advies aan werkgever en werknemer"),
        Bullets(advies),
        Para("Werkgever en werknemer stellen binnen twee weken samen een plan van aanpak op."),
        ba_sig(ctx, d),
    ]


def bijstelling_pa(
    ctx: Ctx, d: dt.date, aanleiding: str, nieuw: list[str], prognose: str, advies: list[str]
) -> list[Any]:
    a = ctx.arbo
    return [
        Title("Bijstelling probleemanalyse", sub="herziene belastbaarheid en advies"),
        emp_fields(ctx, a, d, "Datum", [("Eerste ziektedag", D(ctx.d0, a))]),
        Heading("Aanleiding voor de bijstelling"),
        Para(aanleiding),
        Heading("Herziene belastbaarheid"),
        Bullets(nieuw),
        Heading("Gewijzigde prognose"),
        Para(prognose),
        Heading("Advies"),
        Bullets(advies),
        ba_sig(ctx, d),
    ]


def plan_van_aanpak(
    ctx: Ctx,
    d: dt.date,
    pa_date: dt.date,
    doel: str,
    acts: list[list[str]],
    visie_er: str,
    visie_wn: str,
    eval_every: str = "elke vijf weken",
) -> list[Any]:
    e = ctx.employer
    return [
        Title("Plan van aanpak", sub="re-integratie na de probleemanalyse"),
        emp_fields(
            ctx,
            e,
            d,
            "Datum plan",
            [
                ("Eerste ziektedag", D(ctx.d0, e)),
                ("Datum probleemanalyse", D(pa_date, e)),
                ("Casemanager", f"{ctx.cm.name}, {ctx.cm.function}"),
            ],
        ),
        Heading("Re-integratiedoel"),
        Para(doel),
        Heading("Activiteiten, wie en wanneer"),
        Table(["Activiteit", "Wie", "Termijn"], acts),
        Heading("Evaluatiemomenten"),
        Para(
            f"Casemanager en werknemer evalueren dit plan {eval_every}, en in elk geval bij de eerstejaarsevaluatie. "
            "Na een evaluatie of op advies van de bedrijfsarts wordt het plan zo nodig bijgesteld."
        ),
        Heading("Visie werkgever"),
        Para(visie_er),
        Heading("Visie werknemer"),
        Para(visie_wn),
        Para("Een kopie van dit plan gaat naar de werknemer, de casemanager en de bedrijfsarts."),
        both_sigs(ctx, d),
    ]


def bijstelling_pva(
    ctx: Ctx, d: dt.date, reden: str, doel: str, acts: list[list[str]], visie_er: str, visie_wn: str
) -> list[Any]:
    e = ctx.employer
    return [
        Title("Bijstelling plan van aanpak", sub="gewijzigde afspraken"),
        emp_fields(ctx, e, d, "Datum bijstelling", [("Casemanager", f"{ctx.cm.name}, {ctx.cm.function}")]),
        Heading("Waarom het plan wordt bijgesteld"),
        Para(reden),
        Heading("Nieuw re-integratiedoel"),
        Para(doel),
        Heading("Gewijzigde afspraken"),
        Table(["Activiteit", "Wie", "Termijn"], acts),
        Heading("Visie werkgever"),
        Para(visie_er),
        Heading("Visie werknemer"),
        Para(visie_wn),
        both_sigs(ctx, d),
    ]


OPENERS = [
    "{Aan} vertelt dat de afgelopen weken rustig zijn verlopen.",
    "We blikken terug op de afspraken van het vorige gesprek; die zijn nagekomen.",
    "Het gesprek vindt op verzoek van {aan} in de ochtend plaats.",
    "{Aan} merkt dat de belastbaarheid stap voor stap toeneemt.",
    "Langere werkdagen kosten {aan} nog veel energie; korte dagen gaan goed.",
    "De leidinggevende is tevreden over de inzet en de inbreng in het team.",
    "Het contact met de bedrijfsarts loopt goed; het volgende spreekuur is gepland.",
    "Er zijn geen knelpunten in de samenwerking met collega's.",
    "{Aan} wil graag sneller meer taken oppakken, maar houdt zich aan het advies van de bedrijfsarts.",
    "Het herstel gaat met ups en downs; de lijn is wel stijgend.",
    "{Aan} heeft de urenlijst meegenomen; de gewerkte uren kloppen met de afspraak.",
    "Een vaste begintijd helpt {aan} om de dag goed in te delen.",
]
AFSPRAKEN = [
    "Casemanager vraagt een vervolgspreekuur bij de bedrijfsarts aan.",
    "{Aan} houdt een urenlijst bij en neemt die mee naar het volgende gesprek.",
    "De leidinggevende regelt een rustige werkplek voor de ochtenden.",
    "Bij twijfel over de belasting neemt {aan} contact op met de casemanager.",
    "De taken worden per week met de leidinggevende afgestemd.",
    "Pauzes worden over de dag verdeeld.",
    "De casemanager stuurt dit verslag naar {aan} voor akkoord.",
]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def meeting(
    ctx: Ctx,
    d: dt.date,
    next_d: dt.date | None,
    status: str,
    extra: list[str] | None = None,
    title: str = "Verslag voortgangsgesprek",
    bsn_text: str | None = None,
    signed: bool = True,
) -> list[Any]:
    e = ctx.employer
    rng = random.Random(f"{ctx.case}|{d.isoformat()}")
    fmt = {"aan": ctx.aan, "Aan": cap(ctx.aan)}
    opens = [s.format(**fmt) for s in rng.sample(OPENERS, 2)]
    afspr = [s.format(**fmt) for s in rng.sample(AFSPRAKEN, 2)]
    blocks: list[Any] = [
        Title(title, sub="evaluatie van het plan van aanpak"),
        Fields(
            [
                ("Werknemer", ctx.emp.name),
                ("BSN", bsn_text or ctx.b()),
                ("Datum gesprek", D(d, e)),
                ("Aanwezig", f"{ctx.emp.name}; {ctx.cm.name} ({ctx.cm.function}); {ctx.lg.name} ({ctx.lg.function})"),
            ]
        ),
        Heading("Voortgang"),
        Para(" ".join([*opens, status])),
    ]
    if extra:
        blocks += [Para(x) for x in extra]
    blocks += [Heading("Afspraken"), Bullets(afspr)]
    if next_d is not None:
        blocks.append(Para(f"Volgend gesprek: {D(next_d, e)}."))
    blocks.append(Signatures([Sig("Opgesteld door", ctx.cm.name, ctx.cm.function, D(d, e), signed=signed)]))
    return blocks


def melding42(ctx: Ctx, d: dt.date, hr: Person, lhn: str) -> list[Any]:
    e = ctx.employer
    return [
        Title("Ziekmelding 42e week", sub="aangifte langdurige ziekte bij UWV - afdruk werkgeversportaal"),
        Fields(
            [
                ("Werkgever", e.name),
                ("Loonheffingennummer", lhn),
                ("Werknemer", ctx.emp.name),
                ("BSN", ctx.b()),
                ("Eerste ziektedag", D(ctx.d0, e)),
                ("Datum melding", D(d, e)),
                ("Ingediend door", f"{hr.name}, {hr.function}"),
            ]
        ),
        Para(
            "De werkgever meldt aan UWV dat de werknemer 42 weken ongeschikt is voor het eigen werk (art. 38 Ziektewet). "
            "De melding is via het werkgeversportaal verzonden; dit is de afdruk van het verzendbewijs."
        ),
        Signatures([Sig("Werkgever", hr.name, hr.function, D(d, e))]),
    ]


def uwv_bevestiging42(ctx: Ctx, d: dt.date, filed: dt.date, clerk: Person) -> list[Any]:
    u = ctx.uwv
    assert u is not None
    return [
        Title("Bevestiging ziekmelding langdurig verzuim"),
        Fields([("Aan", ctx.employer.name), ("Betreft", ctx.emp.name), ("BSN", ctx.b()), ("Datum", D(d, u))]),
        Para(
            f"Wij hebben op {D(filed, u)} uw melding ontvangen dat uw werknemer sinds {D(ctx.d0, u)} ziek is. "
            "In deze brief leest u wat er de komende tijd van u en uw werknemer wordt verwacht. Aan het einde van het "
            "eerste ziektejaar beoordeelt u samen met uw werknemer de re-integratie in de eerstejaarsevaluatie."
        ),
        Para("Heeft u vragen over deze brief? Bel dan de Werkgeverslijn."),
        Signatures([Sig("Namens UWV", clerk.name, clerk.function, D(d, u))]),
    ]


def ad_rapport(ctx: Ctx, d: dt.date, belasting: str, conclusie1: str, advies2: str) -> list[Any]:
    o, p = ctx.ad_org, ctx.ad
    assert o is not None and p is not None
    return [
        Title("Rapportage arbeidsdeskundig onderzoek", sub="spoor 1 en spoor 2"),
        emp_fields(
            ctx, o, d, "Datum rapport", [("Opdrachtgever", ctx.employer.name), ("Eerste ziektedag", D(ctx.d0, o))]
        ),
        Heading("Vraagstelling"),
        Para(
            "Kan werknemer terugkeren in het eigen werk, eventueel aangepast? Zo nee: is er ander passend werk bij de "
            "eigen werkgever, of moet er buiten de organisatie worden gezocht (tweede spoor)?"
        ),
        Heading("Functiebelasting"),
        Para(belasting),
        Heading("Belastbaarheid"),
        Para(
            "Uitgegaan is van de belastbaarheid zoals de bedrijfsarts die heeft vastgesteld; zie de probleemanalyse en de bijstellingen."
        ),
        Heading("Belasting en belastbaarheid vergeleken (spoor 1)"),
        Para(conclusie1),
        Heading("Advies spoor 2"),
        Para(advies2),
        Signatures([Sig("Arbeidsdeskundige", p.name, p.function, D(d, o))]),
    ]


def eerstejaars(
    ctx: Ctx,
    d: dt.date,
    terug: str,
    resultaat: str,
    spoor: str,
    visie_er: str,
    visie_wn: str,
    extra: list[Any] | None = None,
) -> list[Any]:
    e = ctx.employer
    return [
        Title("Eerstejaarsevaluatie", sub="evaluatie van het eerste ziektejaar"),
        emp_fields(ctx, e, d, "Datum evaluatie", [("Eerste ziektedag", D(ctx.d0, e)), ("Casemanager", ctx.cm.name)]),
        Heading("Terugblik op het eerste ziektejaar"),
        Para(terug),
        Heading("Beoogd re-integratieresultaat in het tweede ziektejaar"),
        Para(resultaat),
        Heading("Eerste en tweede spoor"),
        Para(spoor),
        *(extra or []),
        Heading("Visie werkgever"),
        Para(visie_er),
        Heading("Visie werknemer"),
        Para(visie_wn),
        both_sigs(ctx, d),
    ]


def trajectplan(ctx: Ctx, d: dt.date, profiel: str, zoek: str) -> list[Any]:
    o, c = ctx.bureau, ctx.coach
    assert o is not None and c is not None
    return [
        Title("Trajectplan tweede spoor", sub="na het intakegesprek"),
        emp_fields(ctx, o, d, "Datum", [("Opdrachtgever", ctx.employer.name), ("Loopbaancoach", c.name)]),
        Heading("Intake"),
        Para(
            f"Het intakegesprek vond plaats op {D(d - 6 * DAY, o)}. Doel van het traject is passend werk bij een andere "
            "werkgever, binnen de belastbaarheid die de bedrijfsarts heeft beschreven."
        ),
        Heading("Persoonsprofiel"),
        Para(profiel),
        Heading("Zoekprofiel"),
        Para(zoek),
        Heading("Activiteiten en planning"),
        Table(
            ["Activiteit", "Periode"],
            [
                ["Arbeidsmarktoriëntatie en beroepenonderzoek", "maand 1-2"],
                ["Cv en sollicitatiebrief bijwerken", "maand 1"],
                ["Netwerkgesprekken en gericht solliciteren", "vanaf maand 2"],
                ["Rapportage aan werkgever", "elke zeven weken"],
            ],
        ),
        Signatures(
            [
                Sig("Loopbaancoach", c.name, c.function, D(d, o)),
                Sig("Werknemer", ctx.emp.name, ctx.emp.function, D(d, o)),
            ]
        ),
    ]


def voortgang2(ctx: Ctx, d: dt.date, start: dt.date, n: int, rng: random.Random) -> list[Any]:
    o, c = ctx.bureau, ctx.coach
    assert o is not None and c is not None
    soll, vac, net = rng.randint(2, 7), rng.randint(5, 16), rng.randint(1, 4)
    acts = rng.sample(
        [
            "werkervaringsplaats verkend bij een bedrijf in de regio",
            "cv aangepast op administratieve functies",
            "oefengesprek gevoerd met de coach",
            "vacaturebank doorgenomen met de werknemer",
            "gesprek met een uitzendbureau over tijdelijk werk",
            "informatie ingewonnen over een korte cursus",
            "netwerkcontacten uit het vorige werk benaderd",
            "open dag van een werkgever in de buurt bezocht",
        ],
        3,
    )
    return [
        Title("Voortgangsrapportage tweede spoor", sub=f"rapportage nummer {n}"),
        emp_fields(ctx, o, d, "Datum rapportage", [("Rapportageperiode", f"{D(start, o)} t/m {D(d - DAY, o)}")]),
        Heading("Activiteiten in deze periode"),
        Bullets([cap(a) for a in acts]),
        Table(
            ["Onderdeel", "Aantal"],
            [["Sollicitaties", str(soll)], ["Vacatures besproken", str(vac)], ["Netwerkgesprekken", str(net)]],
        ),
        Heading("Inzet van de werknemer"),
        Para(
            rng.choice(
                [
                    "De werknemer komt de afspraken na en is gemotiveerd.",
                    "De werknemer werkt actief mee en levert opdrachten op tijd in.",
                    "Goede inzet; de werknemer neemt zelf initiatief in het netwerk.",
                ]
            )
        ),
        Heading("Vervolg"),
        Para("Het traject loopt door volgens het trajectplan."),
        Signatures([Sig("Loopbaancoach", c.name, c.function, D(d, o))]),
    ]


def eindrapportage2(ctx: Ctx, d: dt.date, start: dt.date, resultaat: str) -> list[Any]:
    o, c = ctx.bureau, ctx.coach
    assert o is not None and c is not None
    return [
        Title("Eindrapportage tweede spoor", sub="afsluiting van het traject"),
        emp_fields(ctx, o, d, "Datum", [("Traject gestart", D(start, o))]),
        Heading("Resultaat van het traject"),
        Para(resultaat),
        Heading("Inspanningen"),
        Para(
            "Gedurende het traject zijn wekelijks vacatures besproken, is het netwerk benaderd en is er gericht gesolliciteerd. De voortgangsrapportages geven de aantallen per periode."
        ),
        Heading("Advies en afsluiting"),
        Para(
            "Het traject wordt hiermee afgesloten. De werkgever ontvangt deze rapportage voor het re-integratieverslag."
        ),
        Signatures([Sig("Loopbaancoach", c.name, c.function, D(d, o))]),
    ]


def uwv_wia_brief(ctx: Ctx, d: dt.date, uiterlijk: dt.date, clerk: Person) -> list[Any]:
    u = ctx.uwv
    assert u is not None
    return [
        Title("U kunt een WIA-uitkering aanvragen"),
        Fields([("Aan", ctx.emp.name), ("BSN", ctx.b()), ("Datum", D(d, u))]),
        Para(
            f"U bent sinds {D(ctx.d0, u)} ziek. Over een aantal maanden eindigt de periode waarin uw werkgever uw loon "
            f"doorbetaalt. Wilt u een WIA-uitkering? Vraag die dan uiterlijk {D(uiterlijk, u)} aan via Mijn UWV."
        ),
        Para(
            "Bij uw aanvraag hoort het re-integratieverslag. Uw werkgever maakt dit verslag samen met u. U ontvangt van "
            "uw werkgever een kopie van alle onderdelen."
        ),
        Signatures([Sig("Namens UWV", clerk.name, clerk.function, D(d, u))]),
    ]


def actueel_oordeel(ctx: Ctx, d: dt.date, stand: str, belast: list[str], relatie: str, passend: str) -> list[Any]:
    a = ctx.arbo
    return [
        Title("Actueel oordeel", sub="van de bedrijfsarts bij de probleemanalyse, voor de WIA-aanvraag"),
        emp_fields(ctx, a, d, "Datum", [("Eerste ziektedag", D(ctx.d0, a))]),
        Heading("Stand van zaken"),
        Para(stand),
        Heading("Huidige belastbaarheid"),
        Bullets(belast),
        Heading("Arbeidsrelatie"),
        Para(relatie),
        Heading("Passende arbeid bij de werkgever"),
        Para(passend),
        Para("Dit oordeel bevat geen medische gegevens; die gaan apart naar UWV."),
        ba_sig(ctx, d),
    ]


def eindevaluatie(
    ctx: Ctx, d: dt.date, aard: str | None, terug: str, relatie: str, passend: str, extra: list[Any] | None = None
) -> list[Any]:
    e = ctx.employer
    blocks: list[Any] = [
        Title("Eindevaluatie", sub="plan van aanpak - terugblik op twee jaar re-integratie"),
        emp_fields(
            ctx,
            e,
            d,
            "Datum",
            [("Eerste ziektedag", D(ctx.d0, e)), ("Casemanager", f"{ctx.cm.name}, {ctx.cm.function}")],
        ),
    ]
    if aard is not None:
        blocks += [Heading("Aard van het bedrijf"), Para(aard)]
    blocks += [
        Heading("Terugblik"),
        Para(terug),
        *(extra or []),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para(relatie),
        Heading("Passende arbeid"),
        Para(passend),
        Heading("WIA-aanvraag"),
        Para(
            "Werknemer vraagt de WIA-uitkering aan; dit verslag wordt daarbij gevoegd. Werknemer heeft van alle onderdelen een kopie gekregen."
        ),
        both_sigs(ctx, d),
    ]
    return blocks


def oordeel_wn(ctx: Ctx, d: dt.date, text: list[str]) -> list[Any]:
    e = ctx.employer
    return [
        Title("Oordeel van de werknemer", sub="over het re-integratieverslag"),
        Fields(
            [
                ("Naam", ctx.emp.name),
                ("BSN", ctx.b()),
                ("Functie", ctx.emp.function),
                ("Werkgever", e.name),
                ("Datum", D(d, e)),
            ]
        ),
        *[Para(t) for t in text],
        Signatures([Sig("Werknemer", ctx.emp.name, ctx.emp.function, D(d, e))]),
    ]


# ------------------------------------------------------------------------------------------------
# shared timeline pieces
# ------------------------------------------------------------------------------------------------


def weekday(d: dt.date) -> dt.date:
    """Move a weekend date to the nearest working day (Saturday back, Sunday forward)."""
    if d.weekday() == 5:
        return d - DAY
    if d.weekday() == 6:
        return d + DAY
    return d


def schedule(ctx: Ctx, start: int, end: int, step: int, skip_near: list[int]) -> list[int]:
    """Meeting offsets from start (exclusive) to end (inclusive), every `step` days, avoiding other documents."""
    out = []
    n = start + step
    while n <= end:
        if all(abs(n - s) > 3 for s in skip_near):
            out.append(n)
        n += step
    return out


def assert_gaps(ctx: Ctx, offsets: list[int], as_of: dt.date, limit: int = 40) -> None:
    xs = sorted(set(offsets))
    for a, b in itertools.pairwise(xs):
        assert b - a <= limit, f"{ctx.case}: gap of {b - a} days between evaluations at D0+{a} and D0+{b}"
    assert (as_of - ctx.off(xs[-1])).days <= limit, f"{ctx.case}: last evaluation too long before as_of"


def write_meetings(
    w: Writer,
    ctx: Ctx,
    folder: str,
    offs: list[int],
    status_for: Any,
    name_for: Any = None,
    special: dict[int, dict[str, Any]] | None = None,
    title: str = "Verslag voortgangsgesprek",
) -> dict[int, str]:
    """One meeting report per offset; returns offset -> path."""
    paths = {}
    special = special or {}
    for i, o in enumerate(offs):
        d = weekday(ctx.off(o))
        nxt = weekday(ctx.off(offs[i + 1])) if i + 1 < len(offs) else None
        sp = special.get(o, {})
        blocks = meeting(
            ctx, d, nxt, status_for(o), extra=sp.get("extra"), title=sp.get("title", title), bsn_text=sp.get("bsn_text")
        )
        fname = name_for(d) if name_for else f"Verslag {d.isoformat()}.pdf"
        rel = f"{folder}/{sp.get('name', fname)}"
        how = sp.get("how", "pdf")
        if how == "pdf":
            w.pdf(rel, "tussentijdse_evaluatie", d, blocks, ctx.employer)
        elif how == "docx":
            w.docx(rel, "tussentijdse_evaluatie", d, blocks, ctx.employer)
        elif how == "photo":
            w.photo(rel, "tussentijdse_evaluatie", d, blocks, ctx.employer)
        paths[o] = rel
    return paths


def dossier_yaml(
    ctx: Ctx, comment: list[str], aanvraag: dt.date | None = None, aard: bool = True, lhn: str = ""
) -> None:
    lines = ["# dossier.yaml - gegevens die de documenten niet betrouwbaar geven", *[f"# {c}" for c in comment]]
    lines.append(f'werknemer: {{naam: "{ctx.emp.name}", bsn: "{ctx.bsn}", functie: "{ctx.emp.function}"}}')
    wg = f'naam: "{ctx.employer.name}"'
    if lhn:
        wg += f', loonheffingennummer: "{lhn}"'
    if aard:
        wg += f', aard_van_het_bedrijf: "{ctx.aard}"'
    lines.append(f"werkgever: {{{wg}}}")
    lines.append(f'bedrijfsarts: {{naam: "{ctx.ba.name}", organisatie: "{ctx.arbo.name}"}}')
    lines.append(f'casemanager: {{naam: "{ctx.cm.name}"}}')
    lines.append(f"eerste_ziektedag: {ctx.d0.isoformat()}")
    if aanvraag is not None:
        lines.append(f"aanvraag_wia: {aanvraag.isoformat()}")
    (ctx.dir / "dossier.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def lhn_for(rng: random.Random) -> str:
    return f"{make_bsn(rng)}L01"


# ------------------------------------------------------------------------------------------------
# expectations helpers
# ------------------------------------------------------------------------------------------------


def E(code: str | None = None, why: str = "", **kw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if code is not None:
        out["code"] = code
    for k in ("type", "path", "severity"):
        if k in kw:
            out[k] = kw[k]
    out["why"] = why
    return out


def not_due(types: list[str], why: str, severities: tuple[str, ...] = ("error", "warning")) -> list[dict[str, str]]:
    return [E("missing", why, type=t, severity=s) for t in types for s in severities]


def present(types: list[str]) -> list[dict[str, str]]:
    return [E("missing", "present in the folder", type=t) for t in types]


# ================================================================================================
# the cases
# ================================================================================================

# --- case A: herval binnen vier weken ------------------------------------------------------------


def case_herval(exp: dict[str, Any]) -> None:
    rng = random.Random("holdout5|herval")
    d0 = dt.date(2025, 2, 3)
    as_of = d0 + dt.timedelta(days=392)  # week 57
    employer = Org(
        "Van Dijk Tuinmeubelen B.V.",
        style(
            "vdt",
            "Van Dijk Tuinmeubelen B.V.",
            ("Industrieweg 14, 6741 KD Lunteren", "groothandel in tuin- en terrasmeubelen"),
            font="sans",
            letterhead="left",
            accent=(30, 100, 60),
        ),
        "dash",
    )
    arbo = Org(
        "ArboPunt Gelderse Vallei",
        style(
            "apgv",
            "ArboPunt Gelderse Vallei",
            ("Stationsplein 3, 3771 ER Barneveld", "bedrijfsgezondheidszorg"),
            font="serif",
            letterhead="right",
        ),
        "long",
    )
    ad_org = Org(
        "Arbeidskundig Bureau Veluwezoom",
        style(
            "abv", "Arbeidskundig Bureau Veluwezoom", ("Postbus 212, 6710 BE Ede",), font="condensed", letterhead="band"
        ),
        "slash4",
    )
    uwv = Org(
        "UWV",
        style(
            "uwv",
            "UWV",
            ("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 58285, 1040 HG Amsterdam"),
            font="sans",
            letterhead="left",
            accent=(0, 60, 120),
        ),
        "long",
    )
    ctx = Ctx(
        case="herval_binnen_vier_weken",
        d0=d0,
        emp=Person("Latifa Bouzid", "Medewerker orderverwerking"),
        aan="mevrouw Bouzid",
        zij="zij",
        haar="haar",
        uren=32,
        bsn=make_bsn(rng),
        bsn_kind="dots",
        employer=employer,
        aard="Groothandel in tuin- en terrasmeubelen, 85 medewerkers, verkoop aan tuincentra in de Benelux.",
        cm=Person("Roos Altena", "HR-adviseur en casemanager"),
        lg=Person("Gert-Jan Peeters", "teamleider binnendienst"),
        arbo=arbo,
        ba=Person("W. Scheepmaker", "bedrijfsarts"),
        big="59034127801",
        ad_org=ad_org,
        ad=Person("M. Öztürk", "registerarbeidsdeskundige"),
        uwv=uwv,
        rng=rng,
    )
    w = Writer(ctx, as_of)
    hersteld = d0 + dt.timedelta(days=17)  # Thursday: hersteldmelding
    herval = d0 + dt.timedelta(days=38)  # Thursday: ziek opnieuw, 21 days later
    assert (herval - hersteld).days < 28
    pa_o, pva_o = 39, 49
    pa_d, pva_d = ctx.off(pa_o), ctx.off(pva_o)

    # verzuimregistratie export (employer)
    w.pdf(
        "werkgever/Verzuimhistorie export.pdf",
        "verzuimregistratie",
        ctx.off(45),
        [
            Title("Verzuimhistorie", sub="export uit het personeelssysteem"),
            Fields(
                [
                    ("Werknemer", ctx.emp.name),
                    ("BSN", ctx.b()),
                    ("Personeelsnummer", "20417"),
                    ("Exportdatum", D(ctx.off(45), employer)),
                ]
            ),
            Table(
                ["Datum", "Melding", "Toelichting"],
                [
                    [D(d0, employer), "Ziekmelding", "volledig ongeschikt"],
                    [D(ctx.off(10), employer), "Gedeeltelijk herstel", "50% aan het werk"],
                    [D(hersteld, employer), "Hersteldmelding", "volledig hersteld gemeld"],
                    [D(herval, employer), "Ziekmelding", "opnieuw volledig ongeschikt"],
                ],
            ),
            Para(
                f"Let op: de nieuwe ziekmelding volgt binnen vier weken op de hersteldmelding. De perioden worden "
                f"samengeteld; de eerste ziektedag blijft {D(d0, employer)} en alle termijnen lopen vanaf die datum."
            ),
            Signatures([Sig("Opgesteld door", ctx.cm.name, ctx.cm.function, D(ctx.off(45), employer), signed=False)]),
        ],
        employer,
    )
    w.pdf(
        "arbodienst/Probleemanalyse Bouzid.pdf",
        "probleemanalyse",
        pa_d,
        probleemanalyse(
            ctx,
            pa_d,
            [
                "niet langer dan twee uur achter elkaar aan het beeldscherm",
                "geen werk onder hoge tijdsdruk of met piekbelasting",
                "werkdagen van hooguit vier uur, met een vaste pauze",
            ],
            "Ik verwacht dat werknemer in de komende maanden kan opbouwen in het eigen werk. Volledige terugkeer is "
            "waarschijnlijk, maar niet binnen drie maanden.",
            [
                "start met twee uur per dag eigen werk zonder telefoondienst",
                "uitbreiden in overleg, elke twee weken",
                "vervolgspreekuur over vier weken",
            ],
            extra=[
                Heading("Verloop van het verzuim"),
                Para(
                    f"Werknemer meldde zich ziek op {D(d0, arbo)}, werkte vanaf {D(ctx.off(10), arbo)} gedeeltelijk en "
                    f"meldde zich op {D(hersteld, arbo)} hersteld. Op {D(herval, arbo)} volgde een nieuwe ziekmelding. "
                    "Omdat daartussen minder dan vier weken liggen, tellen beide perioden samen; de termijnen van de "
                    "Wet verbetering poortwachter lopen vanaf de eerste ziektedag."
                ),
            ],
        ),
        arbo,
    )
    pva_rel = w.pdf(
        "werkgever/Plan van aanpak.pdf",
        "plan_van_aanpak",
        pva_d,
        plan_van_aanpak(
            ctx,
            pva_d,
            pa_d,
            "Terugkeer in de eigen functie van medewerker orderverwerking, 32 uur per week, eerst zonder telefoondienst.",
            [
                ["Start met 2 uur per dag eigen werk", "werknemer en teamleider", D(ctx.off(52), employer)],
                ["Uitbreiden met 2 uur per dag", "werknemer, na overleg casemanager", "elke twee weken"],
                ["Telefoondienst weer oppakken", "teamleider", "na advies bedrijfsarts"],
                ["Vervolgspreekuur bedrijfsarts", "casemanager plant", D(ctx.off(68), employer)],
            ],
            "De werkgever wil mevrouw Bouzid graag behouden en ziet volledige terugkeer als haalbaar doel.",
            "Mevrouw Bouzid wil terug naar haar eigen werk en vraagt om rust in de opbouw.",
        ),
        employer,
    )
    m42_d, conf_d = ctx.off(283), ctx.off(287)
    w.pdf(
        "werkgever/42e week melding UWV.pdf",
        "ziekmelding_uwv",
        m42_d,
        melding42(ctx, m42_d, Person("Ellen Koster", "salarisadministrateur"), lhn_for(rng)),
        employer,
    )
    w.pdf(
        "uwv/Bevestiging ziekmelding.pdf",
        "ziekmelding_uwv",
        conf_d,
        uwv_bevestiging42(ctx, conf_d, m42_d, Person("J. Terpstra", "medewerker Werkgeversservice")),
        uwv,
    )
    ad_d = ctx.off(330)
    w.pdf(
        "werkgever/AD rapport Veluwezoom.pdf",
        "arbeidsdeskundig_rapport",
        ad_d,
        ad_rapport(
            ctx,
            ad_d,
            "De functie bestaat uit het invoeren en controleren van orders, telefonisch contact met klanten en het "
            "afstemmen met het magazijn. In het voorjaar is er piekdrukte.",
            "Het eigen werk zonder telefoondienst en zonder piekperiodes past binnen de belastbaarheid. Werknemer werkt nu "
            "24 uur. Er is concreet perspectief op 28 uur in aangepaste taken binnen de eigen afdeling binnen drie maanden.",
            "Een tweede spoor is op dit moment niet nodig. Ik adviseer dit bij de eerstejaarsevaluatie opnieuw te bekijken.",
        ),
        ad_org,
    )

    def status(o: int) -> str:
        h = 8 if o < 90 else 12 if o < 150 else 16 if o < 220 else 20 if o < 300 else 24
        return f"Mevrouw Bouzid werkt nu {h} uur per week in het eigen werk, zonder telefoondienst."

    offs = schedule(ctx, pva_o, 380, 35, [])
    special = {
        offs[-1]: {
            "extra": ["De eerstejaarsevaluatie moet nog worden gehouden; de casemanager plant die in."],
        }
    }
    write_meetings(w, ctx, "werkgever/gesprekken", offs, status, special=special)
    assert_gaps(ctx, [pva_o, *offs], as_of)
    dossier_yaml(
        ctx,
        [
            f"Ziek vanaf {d0.isoformat()}, hersteld gemeld {hersteld.isoformat()}, opnieuw ziek {herval.isoformat()}:",
            "minder dan vier weken ertussen, dus de perioden tellen samen (WIA art. 23 lid 3).",
        ],
    )
    exp[ctx.case] = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "planted": (
            f"checked in week 57 (as_of D0+392). First spell {d0} - {hersteld} (partial work from D0+10), hersteld "
            f"gemeld {hersteld}, ill again {herval} (21 days later: the spells add up; dossier.yaml gives the first "
            "sick day and says so). No eerstejaarsevaluatie: due by week 52 from D0 (D0+363), and also overdue if the "
            "21 healthy days were added (D0+384), not yet if the relapse date were taken as D0 (D0+401). Traps: PA D0+39 and "
            "PvA D0+49 are on time from D0; 42e-weeksmelding D0+283; AD-rapport week 48 says no 2nd track yet (and "
            "D0+406 is not reached); a meeting in week 53 says the EJE still has to be held; AO, EV, oordeel "
            "werknemer, week-88 letter not due; the employer's absence-history export lists both spells"
        ),
        "must": [
            E(
                "missing",
                "no EJE although week 52 counted from the first sick day has passed",
                type="eerstejaarsevaluatie",
            )
        ],
        "must_not": [
            E("late", "PA at D0+39 (deadline D0+42 from the first sick day)", type="probleemanalyse"),
            E("late", f"PvA {pva_o - pa_o} days after the PA", type="plan_van_aanpak"),
            E("late", "42e-weeksmelding at D0+283 (before D0+294)", type="ziekmelding_uwv"),
            E("evaluation_gap", "meetings every 35 days from the PvA on"),
            *present(["probleemanalyse", "plan_van_aanpak", "ziekmelding_uwv", "arbeidsdeskundig_rapport"]),
            E(
                "missing",
                "2nd-track evidence is expected by about D0+406; as_of is D0+392",
                type="trajectplan_tweede_spoor",
            ),
            E("late", "not due yet", type="trajectplan_tweede_spoor"),
            *not_due(["actueel_oordeel", "eindevaluatie"], "not due before weeks 88-91"),
            E(
                "missing",
                "comes with the application (week 93); at most a warning (DOMAIN 8.1)",
                type="oordeel_werknemer",
                severity="error",
            ),
            E("missing", "the UWV week-88 letter cannot have come in week 57", type="uwv_correspondentie"),
            E("no_first_sick_day", "dossier.yaml gives eerste_ziektedag"),
            E("case_file", "dossier.yaml is consistent"),
            E("future", "no document is dated after as_of"),
            E("early", "nothing is early"),
            E("medical_data", "employer and bedrijfsarts documents give limitations only"),
            E("bsn_invalid", "one valid BSN (with dots in the documents); the loonheffingennummer holds a valid RSIN"),
            E("bsn_mismatch", "one BSN throughout"),
            *[E("unsigned", "signed by both", path=p) for p in [pva_rel]],
        ],
    }


# --- case B: week 70, EJE te laat ------------------------------------------------------------------


def case_week70(exp: dict[str, Any]) -> None:
    rng = random.Random("holdout5|week70")
    d0 = dt.date(2024, 12, 2)
    as_of = d0 + dt.timedelta(days=486)  # week 70
    employer = Org(
        "Klimaattechniek Brouwer B.V.",
        style(
            "kbr",
            "Klimaattechniek Brouwer B.V.",
            ("Ambachtstraat 7, 5231 NR 's-Hertogenbosch", "KvK 61745920"),
            font="condensed",
            letterhead="band",
            accent=(150, 40, 20),
        ),
        "long",
    )
    arbo = Org(
        "Vitaal Werk Arbodienst",
        style(
            "vwa",
            "Vitaal Werk Arbodienst",
            ("Pettelaarpark 90, 5216 PP 's-Hertogenbosch",),
            font="sans",
            letterhead="left",
        ),
        "dash",
    )
    ad_org = Org(
        "Adviesbureau De Lange Arbeidsdeskundigen",
        style(
            "dla",
            "Adviesbureau De Lange Arbeidsdeskundigen",
            ("Waalkade 22, 6511 XP Nijmegen",),
            font="serif",
            letterhead="centered",
        ),
        "long",
        core=False,
    )
    bureau = Org(
        "Loopbaanhuis Maasland",
        style(
            "lbm",
            "Loopbaanhuis Maasland",
            ("re-integratie tweede spoor", "Kerkstraat 41, 5361 GB Grave"),
            font="sans",
            letterhead="right",
            accent=(90, 30, 120),
        ),
        "dot",
    )
    uwv = Org(
        "UWV",
        style("uwv", "UWV", ("Uitvoeringsinstituut Werknemersverzekeringen",), font="sans", letterhead="left"),
        "long",
    )
    ctx = Ctx(
        case="week70_eje_te_laat",
        d0=d0,
        emp=Person("Daan Hofstede", "Monteur klimaatinstallaties"),
        aan="de heer Hofstede",
        zij="hij",
        haar="zijn",
        uren=40,
        bsn=make_bsn(rng),
        bsn_kind="plain",
        employer=employer,
        aard="Installatiebedrijf voor klimaat- en ventilatietechniek, 40 medewerkers, werkt op locatie bij klanten.",
        cm=Person("Ingrid Vos", "casemanager verzuim"),
        lg=Person("Frank Janssen", "bedrijfsleider"),
        arbo=arbo,
        ba=Person("S. Ravensbergen", "bedrijfsarts"),
        big="29054318901",
        ad_org=ad_org,
        ad=Person("P. de Lange", "gecertificeerd registerarbeidsdeskundige"),
        bureau=bureau,
        coach=Person("T. Bakker", "loopbaancoach"),
        uwv=uwv,
        rng=rng,
    )
    w = Writer(ctx, as_of)
    pa_o, pva_o = 31, 42
    pa_d, pva_d = ctx.off(pa_o), ctx.off(pva_o)
    w.pdf(
        "01 Probleemanalyse/PA Hofstede.pdf",
        "probleemanalyse",
        pa_d,
        probleemanalyse(
            ctx,
            pa_d,
            [
                "geen werk op hoogte of op ladders",
                "niet tillen boven 10 kg",
                "geen langdurig gebogen werken in krappe ruimtes",
            ],
            "Het herstel gaat langzaam. Terugkeer in het eigen werk als monteur is onzeker; ik verwacht duidelijkheid binnen een half jaar.",
            [
                "tijdelijk ander werk: werkvoorbereiding en magazijnbeheer, 3 dagdelen per week",
                "vervolgspreekuur over zes weken",
            ],
        ),
        arbo,
    )
    w.pdf(
        "02 Plan van aanpak/Plan van aanpak Hofstede.pdf",
        "plan_van_aanpak",
        pva_d,
        plan_van_aanpak(
            ctx,
            pva_d,
            pa_d,
            "Eerst tijdelijk passend werk in de werkvoorbereiding; daarna, als de bedrijfsarts dat haalbaar vindt, terug naar het eigen werk als monteur.",
            [
                ["Werkvoorbereiding, 3 dagdelen", "werknemer, bedrijfsleider", "vanaf " + D(ctx.off(45), employer)],
                ["Uitbreiden naar 5 dagdelen", "werknemer", "na 6 weken"],
                ["Spreekuur bedrijfsarts", "casemanager", "elke 6 weken"],
            ],
            "De werkgever biedt tijdelijk ander werk aan en wil weten of terugkeer als monteur mogelijk is.",
            "De heer Hofstede wil het liefst weer monteur worden, maar staat open voor ander werk als dat niet lukt.",
        ),
        employer,
    )
    m42_d, conf_d = ctx.off(280), ctx.off(284)
    lhn = lhn_for(rng)
    w.pdf(
        "04 UWV/Melding 42e week.pdf",
        "ziekmelding_uwv",
        m42_d,
        melding42(ctx, m42_d, Person("Ingrid Vos", "casemanager verzuim"), lhn),
        employer,
    )
    w.scan(
        "04 UWV/scan bevestiging UWV.pdf",
        "ziekmelding_uwv",
        conf_d,
        uwv_bevestiging42(ctx, conf_d, m42_d, Person("A. Bosman", "medewerker Werkgeversservice")),
        uwv,
        rotate_deg=0.9,
    )
    ad_d = ctx.off(343)
    w.pdf(
        "05 Arbeidsdeskundige/bijlage 1.pdf",
        "arbeidsdeskundig_rapport",
        ad_d,
        ad_rapport(
            ctx,
            ad_d,
            "Monteur klimaatinstallaties: werken op daken en in technische ruimtes, tillen van units tot 25 kg, veel reistijd.",
            "De functiebelasting overschrijdt de belastbaarheid op tillen, hoogte en houding. Terugkeer in het eigen werk is niet "
            "te verwachten. Passend werk in de werkvoorbereiding is er maar voor 12 uur per week en is niet structureel.",
            "Ik adviseer direct te starten met een tweede spoor via een re-integratiebureau, gericht op technisch-administratief werk.",
        ),
        ad_org,
    )
    eje_o = 381
    eje_d = ctx.off(eje_o)
    eje_rel = w.pdf(
        "03 Evaluaties/Eerstejaarsevaluatie Hofstede.pdf",
        "eerstejaarsevaluatie",
        eje_d,
        eerstejaars(
            ctx,
            eje_d,
            "In het eerste ziektejaar heeft de heer Hofstede tijdelijk in de werkvoorbereiding gewerkt, opgebouwd tot 16 uur. "
            "Het eigen werk als monteur bleek niet haalbaar.",
            "Doel voor het tweede ziektejaar: structureel passend werk, bij voorkeur buiten de eigen organisatie in technisch-administratief werk.",
            "Het eerste spoor biedt geen structurele plaats. Op advies van de arbeidsdeskundige start het tweede spoor bij Loopbaanhuis Maasland.",
            "De werkgever had deze evaluatie eerder moeten houden; de planning liep uit door de vakantieperiode.",
            "De heer Hofstede is het eens met de keuze voor het tweede spoor.",
        ),
        employer,
    )
    bpva_o = 388
    bpva_d = ctx.off(bpva_o)
    bpva_rel = w.pdf(
        "02 Plan van aanpak/Bijstelling PvA tweede spoor.pdf",
        "bijstelling_plan_van_aanpak",
        bpva_d,
        bijstelling_pva(
            ctx,
            bpva_d,
            "Na de eerstejaarsevaluatie en het arbeidsdeskundig onderzoek starten werkgever en werknemer het tweede spoor.",
            "Passend werk bij een andere werkgever (spoor 2), naast tijdelijk werk in de werkvoorbereiding (spoor 1).",
            [
                ["Intake bij Loopbaanhuis Maasland", "werknemer, coach", D(ctx.off(393), employer)],
                ["Werkvoorbereiding 16 uur blijft", "werknemer, bedrijfsleider", "doorlopend"],
                ["Voortgangsrapportage bureau", "loopbaancoach", "elke zeven weken"],
            ],
            "De werkgever betaalt het traject en volgt de voortgang via de rapportages.",
            "De heer Hofstede wil zich omscholen richting werkvoorbereiding of calculatie.",
        ),
        employer,
    )
    tp_o = 399
    tp_d = ctx.off(tp_o)
    tp_rel = w.pdf(
        "06 Tweede spoor/Trajectplan Loopbaanhuis.pdf",
        "trajectplan_tweede_spoor",
        tp_d,
        trajectplan(
            ctx,
            tp_d,
            "Ruim twintig jaar ervaring als monteur, rijbewijs BE, kennis van tekeningen en storingsanalyse.",
            "Werkvoorbereider, calculator of technisch inkoper in de installatiebranche, binnen 40 km.",
        ),
        bureau,
    )
    v1 = ctx.off(448)
    w.pdf(
        "06 Tweede spoor/Voortgangsrapportage 1.pdf",
        "voortgangsrapportage_tweede_spoor",
        v1,
        voortgang2(ctx, v1, tp_d, 1, random.Random("b-v1")),
        bureau,
    )

    def status(o: int) -> str:
        h = 8 if o < 120 else 12 if o < 250 else 16
        return f"De heer Hofstede werkt {h} uur per week in de werkvoorbereiding."

    offs = schedule(ctx, pva_o, 480, 35, [eje_o, bpva_o])
    write_meetings(
        w,
        ctx,
        "03 Evaluaties",
        offs,
        status,
        name_for=lambda d: f"Evaluatie PvA {fmt_date(d, 'dash')}.pdf",
        title="Evaluatiegesprek",
    )
    assert_gaps(ctx, [pva_o, *offs, eje_o, bpva_o], as_of)
    dossier_yaml(ctx, ["Stand week 70: tweede spoor loopt."], lhn=lhn)
    exp[ctx.case] = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "planted": (
            "checked in week 70 (D0+486). The eerstejaarsevaluatie is dated D0+381 (week 55), after the week 46-52 "
            "window (its own text admits the delay). Traps: AD-rapport week 50 advises a 2nd track; bijstelling PvA "
            "week 56, trajectplan D0+399 (before D0+406), one progress report week 65; AO, EV, oordeel werknemer and "
            "the week-88 letter are not due; UWV's confirmation of the 42e-weeksmelding is a copier scan; the AD-rapport "
            "is called 'bijlage 1.pdf'"
        ),
        "must": [E("late", "EJE in week 55, after week 52", type="eerstejaarsevaluatie")],
        "must_not": [
            E("missing", "present (late, not missing)", type="eerstejaarsevaluatie"),
            E("early", "the EJE is late, not early", type="eerstejaarsevaluatie"),
            *not_due(["actueel_oordeel", "eindevaluatie"], "not due in week 70 (weeks 88-91)"),
            E(
                "missing",
                "comes with the application (week 93); at most a warning",
                type="oordeel_werknemer",
                severity="error",
            ),
            E("missing", "the week-88 letter cannot have come in week 70", type="uwv_correspondentie"),
            *present(
                [
                    "trajectplan_tweede_spoor",
                    "voortgangsrapportage_tweede_spoor",
                    "arbeidsdeskundig_rapport",
                    "bijstelling_plan_van_aanpak",
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "ziekmelding_uwv",
                ]
            ),
            E(
                "missing",
                "the 2nd track is still running in week 70; its final report comes at the end",
                type="eindrapportage_tweede_spoor",
            ),
            E("late", "trajectplan at D0+399, before D0+406", type="trajectplan_tweede_spoor"),
            E("late", "bijstelling PvA 7 days after the EJE", type="bijstelling_plan_van_aanpak"),
            E("late", "PA at D0+31", type="probleemanalyse"),
            E("late", f"PvA {pva_o - pa_o} days after the PA", type="plan_van_aanpak"),
            E("late", "42e-weeksmelding at D0+280", type="ziekmelding_uwv"),
            E("outdated", "no AO or EV yet"),
            E("order", "nothing out of order"),
            E("evaluation_gap", "evaluations at most 35 days apart"),
            E("medical_data", "limitations only"),
            E("bsn_invalid", "valid BSN; the KvK number on the letterhead is no BSN"),
            E("bsn_mismatch", "one BSN"),
            E("unsigned", "signed by both", path=eje_rel),
            E("unsigned", "signed by both", path=bpva_rel),
        ],
    }
    _ = tp_rel


# --- case C: vrijwillige verlenging van de loondoorbetaling ---------------------------------------


def case_verlenging(exp: dict[str, Any]) -> None:
    rng = random.Random("holdout5|verlenging")
    d0 = dt.date(2024, 3, 4)
    employer = Org(
        "Drukkerij De Zuidkaap B.V.",
        style(
            "dzk",
            "Drukkerij De Zuidkaap B.V.",
            ("Havenstraat 58, 4381 BH Vlissingen", "drukwerk en afwerking"),
            font="serif",
            letterhead="left",
            accent=(20, 20, 110),
        ),
        "long",
    )
    arbo = Org(
        "Arbodienst Het Scheldeland",
        style(
            "ahs",
            "Arbodienst Het Scheldeland",
            ("Badhuisstraat 9, 4381 LM Vlissingen",),
            font="sans",
            letterhead="band",
        ),
        "dash",
    )
    ad_org = Org(
        "Mulder Arbeidsdeskundig Advies",
        style(
            "maa",
            "Mulder Arbeidsdeskundig Advies",
            ("Lange Delft 100, 4331 AP Middelburg",),
            font="condensed",
            letterhead="right",
        ),
        "long",
    )
    bureau = Org(
        "Werkpad Re-integratie",
        style("wpr", "Werkpad Re-integratie", ("Postbus 77, 4460 AB Goes",), font="sans", letterhead="centered"),
        "dash",
    )
    uwv = Org(
        "UWV",
        style("uwv", "UWV", ("Uitvoeringsinstituut Werknemersverzekeringen",), font="sans", letterhead="left"),
        "long",
    )
    ctx = Ctx(
        case="verlenging_loondoorbetaling",
        d0=d0,
        emp=Person("Monique Verhoeven", "Medewerker drukkerij-afwerking"),
        aan="mevrouw Verhoeven",
        zij="zij",
        haar="haar",
        uren=36,
        bsn=make_bsn(rng),
        bsn_kind="spaces",
        employer=employer,
        aard="Drukkerij voor brochures, verpakkingen en boeken, 60 medewerkers, tweeploegendienst in de afwerking.",
        cm=Person("Hans Rietveld", "personeelsadviseur"),
        lg=Person("Carla Jobse", "chef afwerking"),
        arbo=arbo,
        ba=Person("E. Kuipers", "bedrijfsarts"),
        big="89012345601",
        ad_org=ad_org,
        ad=Person("R. Mulder", "registerarbeidsdeskundige"),
        bureau=bureau,
        coach=Person("L. Hendriks", "re-integratiecoach"),
        uwv=uwv,
        rng=rng,
    )
    end_orig = ctx.off(727)
    ext_days = 26 * 7
    end_new = ctx.off(727 + ext_days)  # D0+909
    riv_new = end_new - dt.timedelta(days=13 * 7)  # RIV and EV ready 13 weeks before the new end (D0+818)
    apply_new = end_new - dt.timedelta(days=11 * 7)  # application at the latest 11 weeks before (D0+832)
    aanvraag = ctx.off(826)
    as_of = ctx.off(830)
    assert aanvraag <= apply_new
    w = Writer(ctx, as_of)
    pa_o, pva_o = 32, 45
    pa_d, pva_d = ctx.off(pa_o), ctx.off(pva_o)
    w.pdf(
        "Arbodienst/Probleemanalyse.pdf",
        "probleemanalyse",
        pa_d,
        probleemanalyse(
            ctx,
            pa_d,
            [
                "geen staand werk langer dan een half uur",
                "geen repeterende armbewegingen boven schouderhoogte",
                "geen nachtdienst",
            ],
            "Terugkeer in het eigen werk in de afwerking is de komende maanden niet te verwachten; de lange termijn is onzeker.",
            ["zittend werk in de orderadministratie, 2 uur per dag", "vervolgspreekuur over vier weken"],
        ),
        arbo,
    )
    w.pdf(
        "Werkgever/PvA Verhoeven getekend.pdf",
        "plan_van_aanpak",
        pva_d,
        plan_van_aanpak(
            ctx,
            pva_d,
            pa_d,
            "Terugkeer in aangepast werk bij de eigen werkgever; onderzoeken of zittend werk in de orderadministratie structureel kan worden.",
            [
                [
                    "Zittend werk orderadministratie, 2 uur per dag",
                    "werknemer, chef afwerking",
                    "vanaf " + D(ctx.off(48), employer),
                ],
                ["Uitbreiden met een uur per dag", "werknemer", "elke drie weken"],
                ["Spreekuur bedrijfsarts", "casemanager", "elke zes weken"],
            ],
            "De werkgever zoekt met de werknemer naar blijvend passend werk en wil investeren in scholing.",
            "Mevrouw Verhoeven wil graag in de administratie verder en wil daarvoor een opleiding volgen.",
        ),
        employer,
    )
    m42_d, conf_d = ctx.off(282), ctx.off(287)
    lhn = lhn_for(rng)
    w.pdf(
        "UWV/42e-weeksmelding.pdf",
        "ziekmelding_uwv",
        m42_d,
        melding42(ctx, m42_d, Person("Hans Rietveld", "personeelsadviseur"), lhn),
        employer,
    )
    w.pdf(
        "UWV/Bevestiging 42e-weeksmelding.pdf",
        "ziekmelding_uwv",
        conf_d,
        uwv_bevestiging42(ctx, conf_d, m42_d, Person("K. de Visser", "medewerker Werkgeversservice")),
        uwv,
    )
    ad_o, eje_o, bpva_o, tp_o = 336, 350, 357, 378
    ad_d = ctx.off(ad_o)
    w.pdf(
        "Arbeidsdeskundige/Rapport arbeidsdeskundig onderzoek.pdf",
        "arbeidsdeskundig_rapport",
        ad_d,
        ad_rapport(
            ctx,
            ad_d,
            "Afwerking: machines bedienen, stapels drukwerk verplaatsen, staand werk in ploegendienst.",
            "Het eigen werk past niet meer. De orderadministratie biedt 16 uur, niet meer; een volledige administratieve functie ontbreekt.",
            "Start het tweede spoor, met scholing richting administratief werk. Een mbo-opleiding vergroot de kansen aanzienlijk.",
        ),
        ad_org,
    )
    eje_d = ctx.off(eje_o)
    w.pdf(
        "Werkgever/Eerstejaarsevaluatie.pdf",
        "eerstejaarsevaluatie",
        eje_d,
        eerstejaars(
            ctx,
            eje_d,
            "Mevrouw Verhoeven werkt 16 uur in de orderadministratie. Het eigen werk in de afwerking is niet meer haalbaar.",
            "Een structurele administratieve functie, binnen of buiten de eigen organisatie, met een afgeronde opleiding.",
            "Spoor 1 loopt door voor 16 uur. Spoor 2 start direct via Werkpad Re-integratie, met een mbo-opleiding administratief medewerker.",
            "De werkgever betaalt de opleiding en het traject.",
            "Mevrouw Verhoeven is gemotiveerd en wil de opleiding afronden.",
        ),
        employer,
    )
    bpva_d = ctx.off(bpva_o)
    w.pdf(
        "Werkgever/Bijstelling plan van aanpak spoor 2.pdf",
        "bijstelling_plan_van_aanpak",
        bpva_d,
        bijstelling_pva(
            ctx,
            bpva_d,
            "Het eerste spoor geeft geen volledige functie. Na de eerstejaarsevaluatie start het tweede spoor.",
            "Administratief werk, bij voorkeur 32 uur, na het behalen van een mbo-diploma.",
            [
                ["Intake Werkpad Re-integratie", "werknemer", D(ctx.off(372), employer)],
                ["Mbo-opleiding administratief medewerker (2 avonden per week)", "werknemer", "tot week 108"],
                ["Rapportage bureau", "coach", "elke zeven weken"],
            ],
            "De werkgever ziet de opleiding als beste kans op duurzaam werk.",
            "Mevrouw Verhoeven stemt in met het traject en de opleiding.",
        ),
        employer,
    )
    tp_d = ctx.off(tp_o)
    w.pdf(
        "Werkpad/Trajectplan.pdf",
        "trajectplan_tweede_spoor",
        tp_d,
        trajectplan(
            ctx,
            tp_d,
            "Vijftien jaar ervaring in drukwerkafwerking, nauwkeurig, ervaring met orderinvoer in het eigen bedrijf.",
            "Administratief medewerker, orderverwerker of planner; 24 tot 32 uur; regio Walcheren en Bevelanden.",
        ),
        bureau,
    )
    rep_offs = [427, 476, 525, 574, 623, 672, 721, 770]
    prev = tp_d
    for i, o in enumerate(rep_offs, 1):
        d = weekday(ctx.off(o))
        w.pdf(
            f"Werkpad/Voortgangsrapportage {i:02d}.pdf",
            "voortgangsrapportage_tweede_spoor",
            d,
            voortgang2(ctx, d, prev, i, random.Random(f"c-v{i}")),
            bureau,
        )
        prev = d
    eind_d = ctx.off(784)
    w.pdf(
        "Werkpad/Eindrapportage.pdf",
        "eindrapportage_tweede_spoor",
        eind_d,
        eindrapportage2(
            ctx,
            eind_d,
            tp_d,
            "Mevrouw Verhoeven heeft het mbo-diploma administratief medewerker behaald. Zij heeft twee sollicitatiegesprekken gevoerd; een aanbod is er nog niet.",
        ),
        bureau,
    )
    brief88_d = ctx.off(612)
    w.pdf(
        "UWV/Brief UWV WIA-aanvraag week 88.pdf",
        "uwv_correspondentie",
        brief88_d,
        uwv_wia_brief(ctx, brief88_d, ctx.off(650), Person("M. Sleeuwenhoek", "medewerker klantcontact")),
        uwv,
    )
    verzoek_d = ctx.off(619)
    w.pdf(
        "Werkgever/Verzoek vrijwillige verlenging.pdf",
        "uwv_correspondentie",
        verzoek_d,
        [
            Title(
                "Verzoek om vrijwillige verlenging van de loondoorbetaling",
                sub="gezamenlijk verzoek van werkgever en werknemer (art. 24 Wet WIA)",
            ),
            Fields(
                [
                    ("Werkgever", employer.name),
                    ("Loonheffingennummer", lhn),
                    ("Werknemer", ctx.emp.name),
                    ("BSN", ctx.b()),
                    ("Datum", D(verzoek_d, employer)),
                ]
            ),
            Para(
                "Werkgever en werknemer vragen UWV samen om de wachttijd met 26 weken te verlengen. Mevrouw Verhoeven rondt "
                "in het tweede spoor een mbo-opleiding af; na het diploma is de kans op passend werk groot. Wij willen de "
                "beoordeling van het re-integratieverslag daarom uitstellen."
            ),
            both_sigs(ctx, verzoek_d),
        ],
        employer,
    )
    besl_d = ctx.off(633)
    w.pdf(
        "UWV/Beslissing verlenging loondoorbetaling.pdf",
        "uwv_correspondentie",
        besl_d,
        [
            Title("Beslissing op uw verzoek om de loondoorbetaling vrijwillig te verlengen"),
            Fields([("Aan", employer.name), ("Betreft", ctx.emp.name), ("BSN", ctx.b()), ("Datum", D(besl_d, uwv))]),
            Para(
                f"U en uw werknemer hebben ons op {D(verzoek_d, uwv)} gevraagd de periode van loondoorbetaling te verlengen. "
                f"Wij gaan akkoord met een verlenging van 26 weken. De wachttijd eindigt daardoor niet op {D(end_orig, uwv)}, "
                f"maar op {D(end_new, uwv)}."
            ),
            Para(
                f"Het re-integratieverslag moet uiterlijk {D(riv_new, uwv)} klaar zijn. Uw werknemer kan de WIA-uitkering "
                f"aanvragen tot uiterlijk {D(apply_new, uwv)}. Wij sturen uw werknemer daarover tijdig een nieuwe brief."
            ),
            Signatures([Sig("Namens UWV", "B. Kodde", "medewerker Werkgeversservice", D(besl_d, uwv))]),
        ],
        uwv,
    )
    brief2_d = ctx.off(794)
    w.pdf(
        "UWV/Brief UWV nieuwe aanvraagdatum.pdf",
        "uwv_correspondentie",
        brief2_d,
        uwv_wia_brief(ctx, brief2_d, apply_new, Person("M. Sleeuwenhoek", "medewerker klantcontact")),
        uwv,
    )
    ao_o, ev_o = 788, 805
    ao_d, ev_d = ctx.off(ao_o), ctx.off(ev_o)
    ao_rel = w.pdf(
        "Arbodienst/Actueel oordeel.pdf",
        "actueel_oordeel",
        ao_d,
        actueel_oordeel(
            ctx,
            ao_d,
            "De loondoorbetaling is op gezamenlijk verzoek met 26 weken verlengd. Werknemer werkt 16 uur in de orderadministratie en heeft het mbo-diploma behaald.",
            ["zittend werk, 4 uur per dag", "geen ploegendienst", "geen repeterende bewegingen boven schouderhoogte"],
            "De arbeidsrelatie is goed; werkgever en werknemer werken constructief samen.",
            "Bij de werkgever is passende arbeid voor 16 uur per week; meer uren zijn er binnen het bedrijf niet.",
        ),
        arbo,
    )
    ev_rel = w.pdf(
        "Werkgever/Eindevaluatie getekend.pdf",
        "eindevaluatie",
        ev_d,
        eindevaluatie(
            ctx,
            ev_d,
            ctx.aard,
            "Ruim twee jaar re-integratie: aangepast werk in de orderadministratie (spoor 1) en een tweede spoor met opleiding. "
            "De loondoorbetaling is vrijwillig verlengd om de opleiding af te ronden.",
            "De arbeidsrelatie is goed gebleven.",
            "Passende arbeid bij de werkgever: 16 uur per week in de orderadministratie. Voor de overige uren zoekt werknemer verder buiten het bedrijf.",
        ),
        employer,
    )

    def status(o: int) -> str:
        h = 10 if o < 150 else 14 if o < 300 else 16
        return f"Mevrouw Verhoeven werkt {h} uur per week in de orderadministratie."

    offs = schedule(ctx, pva_o, 825, 35, [eje_o, bpva_o, ev_o])
    write_meetings(
        w, ctx, "Werkgever/Gespreksverslagen", offs, status, name_for=lambda d: f"{d.isoformat()} gesprek.pdf"
    )
    assert_gaps(ctx, [pva_o, *offs, eje_o, bpva_o, ev_o], as_of)
    assert ao_d < ev_d <= riv_new and (aanvraag - ao_d).days <= 56
    dossier_yaml(
        ctx,
        [
            "Vrijwillige verlenging loondoorbetaling van 26 weken (besluit UWV in de map).",
            f"Wachttijd eindigt nu op {end_new.isoformat()}.",
        ],
        aanvraag=aanvraag,
        lhn=lhn,
    )
    exp[ctx.case] = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": aanvraag.isoformat(),
        "planted": (
            "vrijwillige verlenging (WIA art. 24): UWV's decision (in the folder, D0+633) moves the end of the wachttijd "
            f"from {end_orig} to {end_new} (26 weeks); RIV ready by {riv_new}, application by {apply_new}. AO D0+{ao_o} "
            f"(week 113), EV D0+{ev_o} (week 116), application {aanvraag} (D0+826, dossier.yaml), as_of D0+830. Planted: "
            "no oordeel werknemer. Traps: the AO/EV/application are far after weeks 91/93 but on time for the extended "
            "wachttijd; two UWV WIA letters (week 88 and the new one, week 114); 2nd track with opleiding, 8 progress "
            "reports and an eindrapportage; BSN with spaces"
        ),
        "must": [E("missing", "no oordeel werknemer, and the application has been made", type="oordeel_werknemer")],
        "must_not": [
            E(
                "late",
                "every deadline is met once the vrijwillige verlenging is counted (DOMAIN 2.3: the RIV deadline shifts to 13 weeks before the end of the extended period); nothing else is late",
            ),
            E("outdated", f"AO {(aanvraag - ao_d).days} days before the application", type="actueel_oordeel"),
            E("outdated", "EV 21 days before the application", type="eindevaluatie"),
            E("order", "AO before EV before the application"),
            *present(
                [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "eerstejaarsevaluatie",
                    "actueel_oordeel",
                    "eindevaluatie",
                    "arbeidsdeskundig_rapport",
                    "trajectplan_tweede_spoor",
                    "voortgangsrapportage_tweede_spoor",
                    "eindrapportage_tweede_spoor",
                    "bijstelling_plan_van_aanpak",
                    "ziekmelding_uwv",
                    "uwv_correspondentie",
                ]
            ),
            E("evaluation_gap", "evaluations at most 35 days apart until the EV"),
            E("early", "nothing is early"),
            E("medical_data", "limitations only"),
            E("bsn_invalid", "valid BSN written with spaces; the loonheffingennummer holds a valid RSIN"),
            E("bsn_mismatch", "one BSN"),
            E("unsigned", "signed by both", path=ev_rel),
            E("content", "AO names arbeidsrelatie and passende arbeid", type="actueel_oordeel"),
            E("content", "EV names aard van het bedrijf, arbeidsrelatie and passende arbeid", type="eindevaluatie"),
        ],
    }
    _ = ao_rel


# --- case D and E: actueel oordeel just inside / just outside the 8-week window -------------------


def full_track1_dossier(
    ctx: Ctx, w: Writer, folder: dict[str, str], tl: dict[str, int], texts: dict[str, Any], lhn: str
) -> dict[str, str]:
    """PA, PvA, 42e, AD, EJE, bijstelling PvA, UWV letter; returns paths by key."""
    e, a = ctx.employer, ctx.arbo
    p: dict[str, str] = {}
    pa_d = ctx.off(tl["pa"])
    p["pa"] = w.pdf(
        f"{folder['arbo']}/Probleemanalyse.pdf",
        "probleemanalyse",
        pa_d,
        probleemanalyse(ctx, pa_d, texts["limits"], texts["prognose"], texts["advies"]),
        a,
    )
    pva_d = ctx.off(tl["pva"])
    p["pva"] = w.pdf(
        f"{folder['wg']}/Plan van aanpak.pdf",
        "plan_van_aanpak",
        pva_d,
        plan_van_aanpak(ctx, pva_d, pa_d, texts["doel"], texts["acts"], texts["visie_er"], texts["visie_wn"]),
        e,
    )
    m_d, c_d = ctx.off(tl["m42"]), ctx.off(tl["m42"] + 4)
    p["m42"] = w.pdf(
        f"{folder['uwv']}/Ziekmelding 42e week.pdf", "ziekmelding_uwv", m_d, melding42(ctx, m_d, ctx.cm, lhn), e
    )
    p["c42"] = w.pdf(
        f"{folder['uwv']}/UWV bevestiging ziekmelding.pdf",
        "ziekmelding_uwv",
        c_d,
        uwv_bevestiging42(ctx, c_d, m_d, Person("H. Brouwer", "medewerker Werkgeversservice")),
        ctx.uwv,
    )  # type: ignore[arg-type]
    ad_d = ctx.off(tl["ad"])
    p["ad"] = w.pdf(
        f"{folder['ad']}/Arbeidsdeskundig rapport.pdf",
        "arbeidsdeskundig_rapport",
        ad_d,
        ad_rapport(ctx, ad_d, *texts["ad"]),
        ctx.ad_org,
    )  # type: ignore[arg-type]
    eje_d = ctx.off(tl["eje"])
    p["eje"] = w.pdf(
        f"{folder['wg']}/Eerstejaarsevaluatie.pdf",
        "eerstejaarsevaluatie",
        eje_d,
        eerstejaars(ctx, eje_d, *texts["eje"]),
        e,
    )
    b_d = ctx.off(tl["bpva"])
    p["bpva"] = w.pdf(
        f"{folder['wg']}/Bijstelling plan van aanpak.pdf",
        "bijstelling_plan_van_aanpak",
        b_d,
        bijstelling_pva(ctx, b_d, *texts["bpva"]),
        e,
    )
    u_d = ctx.off(tl["uwv88"])
    p["uwv88"] = w.pdf(
        f"{folder['uwv']}/Brief UWV aanvraag WIA.pdf",
        "uwv_correspondentie",
        u_d,
        uwv_wia_brief(ctx, u_d, ctx.off(650), Person("D. Smit", "medewerker klantcontact")),
        ctx.uwv,
    )  # type: ignore[arg-type]
    return p


def case_ao_binnen(exp: dict[str, Any]) -> None:
    rng = random.Random("holdout5|ao_binnen")
    d0 = dt.date(2024, 5, 13)
    employer = Org(
        "Streekvervoer Salland B.V.",
        style(
            "svs",
            "Streekvervoer Salland B.V.",
            ("Busstation 1, 8101 EN Raalte", "openbaar vervoer per bus"),
            font="sans",
            letterhead="right",
            accent=(200, 90, 0),
        ),
        "dash",
    )
    arbo = Org(
        "Arbo Oost Nederland",
        style("aon", "Arbo Oost Nederland", ("Grotestraat 120, 7411 HR Deventer",), font="serif", letterhead="left"),
        "long",
    )
    ad_org = Org(
        "Arbeidsdeskundig Centrum IJssel",
        style(
            "aci", "Arbeidsdeskundig Centrum IJssel", ("Emmastraat 4, 8011 AG Zwolle",), font="sans", letterhead="band"
        ),
        "dash",
    )
    uwv = Org(
        "UWV",
        style("uwv", "UWV", ("Uitvoeringsinstituut Werknemersverzekeringen",), font="sans", letterhead="left"),
        "long",
    )
    ctx = Ctx(
        case="ao_net_binnen_ev_zonder_aard",
        d0=d0,
        emp=Person("Kees Wolters", "Buschauffeur"),
        aan="de heer Wolters",
        zij="hij",
        haar="zijn",
        uren=38,
        bsn=make_bsn(rng),
        bsn_kind="plain",
        employer=employer,
        aard="",
        cm=Person("Anouk Rensink", "casemanager"),
        lg=Person("Bert Hulsman", "teamleider rijdend personeel"),
        arbo=arbo,
        ba=Person("J.P. Kamphorst", "bedrijfsarts"),
        big="49087612301",
        ad_org=ad_org,
        ad=Person("G. Nijland", "registerarbeidsdeskundige"),
        uwv=uwv,
        rng=rng,
    )
    aanvraag = ctx.off(641)
    as_of = ctx.off(648)
    w = Writer(ctx, as_of)
    lhn = lhn_for(rng)
    tl = {"pa": 32, "pva": 44, "m42": 283, "ad": 325, "eje": 345, "bpva": 352, "uwv88": 612}
    texts = {
        "limits": [
            "geen diensten langer dan vier uur achter het stuur",
            "geen onregelmatige diensten",
            "geen zware tilwerkzaamheden",
        ],
        "prognose": "Terugkeer in het eigen werk als buschauffeur is onzeker. Aangepast werk is mogelijk.",
        "advies": ["onderzoek aangepast werk in de planning of de verkeersleiding", "vervolgspreekuur over vijf weken"],
        "doel": "Aangepast werk bij de eigen werkgever, in de dienstplanning of verkeersleiding; later bekijken of rijden weer kan.",
        "acts": [
            [
                "Meelopen bij de dienstplanning, 3 ochtenden",
                "werknemer, teamleider",
                "vanaf " + D(ctx.off(47), employer),
            ],
            ["Uitbreiden tot 5 ochtenden", "werknemer", "na vier weken"],
            ["Spreekuur bedrijfsarts", "casemanager", "elke vijf weken"],
        ],
        "visie_er": "De werkgever ziet de heer Wolters graag terug in de planning; daar is op termijn een vaste plek.",
        "visie_wn": "De heer Wolters mist het rijden, maar staat open voor werk in de planning.",
        "ad": (
            "Buschauffeur: diensten van acht tot tien uur, onregelmatig, ook avonden en weekenden; verantwoordelijk voor passagiers.",
            "Het eigen werk past niet binnen de belastbaarheid. De functie dienstplanner (24 uur, vaste dagdiensten) past wel; de werkgever kan die functie per week 60 structureel aanbieden.",
            "Een tweede spoor is niet nodig: er is een concreet perspectief op structureel passend werk bij de eigen werkgever binnen drie maanden.",
        ),
        "eje": (
            "De heer Wolters werkt 20 uur in de dienstplanning en doet dat goed. Het rijden is niet meer haalbaar.",
            "Structureel 24 uur als dienstplanner vanaf week 60, met een aangepast contract.",
            "Het eerste spoor biedt een concreet perspectief binnen drie maanden (functie dienstplanner per week 60). Daarom starten wij nu geen tweede spoor; als de functie er in week 60 niet is, start het tweede spoor direct.",
            "De werkgever biedt de functie dienstplanner aan voor 24 uur.",
            "De heer Wolters neemt de functie graag aan en wil daarin groeien.",
        ),
        "bpva": (
            "Na de eerstejaarsevaluatie: het doel wordt de functie dienstplanner.",
            "Structureel passend werk als dienstplanner, 24 uur per week, vanaf week 60.",
            [
                ["Contract dienstplanner 24 uur", "werkgever", "week 60"],
                ["Inwerken bij collega-planners", "werknemer", "week 53-60"],
            ],
            "De werkgever richt de functie in en past het contract aan.",
            "De heer Wolters is het met deze afspraken eens.",
        ),
    }
    folder = {"arbo": "Arbodienst", "wg": "Werkgever", "uwv": "UWV", "ad": "Arbeidsdeskundige"}
    p = full_track1_dossier(ctx, w, folder, tl, texts, lhn)
    ao_o, ev_o, ow_o = 591, 627, 637
    ao_d, ev_d, ow_d = ctx.off(ao_o), ctx.off(ev_o), ctx.off(ow_o)
    assert (aanvraag - ao_d).days == 50 and ao_o >= 7 * 79
    p["ao"] = w.pdf(
        "Arbodienst/Actueel oordeel bedrijfsarts.pdf",
        "actueel_oordeel",
        ao_d,
        actueel_oordeel(
            ctx,
            ao_d,
            "Werknemer werkt sinds week 60 structureel 24 uur als dienstplanner. Het eigen werk als buschauffeur is blijvend niet haalbaar.",
            ["vaste dagdiensten, maximaal 6 uur per dag", "geen rijtaken", "zittend werk met afwisseling"],
            "De arbeidsrelatie is goed en zonder conflicten.",
            "Passende arbeid bij de werkgever is er: de functie dienstplanner, 24 uur per week.",
        ),
        arbo,
    )
    p["ev"] = w.pdf(
        "Werkgever/Eindevaluatie.pdf",
        "eindevaluatie",
        ev_d,
        eindevaluatie(
            ctx,
            ev_d,
            None,
            "Na bijna twee jaar werkt de heer Wolters structureel 24 uur als dienstplanner. Het rijden is definitief gestopt. "
            "De afspraken uit het plan van aanpak en de bijstelling zijn nagekomen.",
            "De samenwerking is goed; er zijn geen geschillen.",
            "De functie dienstplanner, 24 uur per week, is passende arbeid. Voor de overige 14 uur is er binnen de werkgever geen passend werk.",
        ),
        employer,
    )
    p["ow"] = w.pdf(
        "Werknemer/Oordeel werknemer.pdf",
        "oordeel_werknemer",
        ow_d,
        oordeel_wn(
            ctx,
            ow_d,
            [
                "Ik heb het re-integratieverslag gelezen en ben het eens met de inhoud.",
                "Ik ben tevreden over de begeleiding naar mijn nieuwe functie.",
            ],
        ),
        employer,
    )

    def status(o: int) -> str:
        if o < 420:
            h = 12 if o < 150 else 16 if o < 280 else 20
            return f"De heer Wolters werkt {h} uur per week in de dienstplanning."
        return "De heer Wolters werkt structureel 24 uur als dienstplanner, volgens het nieuwe contract."

    offs = schedule(ctx, tl["pva"], 640, 35, [345, 352, ev_o])
    write_meetings(
        w, ctx, "Werkgever/Evaluaties", offs, status, name_for=lambda d: f"Evaluatie {fmt_date(d, 'dash')}.pdf"
    )
    assert_gaps(ctx, [tl["pva"], *offs, 345, 352, ev_o], as_of)
    dossier_yaml(ctx, ["Aanvraag WIA gedaan door werknemer."], aanvraag=aanvraag, aard=False, lhn=lhn)
    exp[ctx.case] = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": aanvraag.isoformat(),
        "planted": (
            "AO at D0+591 (week 85), 50 days (7 weeks + 1 day) before the application at D0+641: just inside DOMAIN "
            "2.5's default of about 8 weeks, and after week 80. EV D0+627 has no 'aard van het bedrijf' (no heading, "
            "no description of the business; dossier.yaml has none either). Traps: the AO predates the week-88 letter "
            "(D0+612); no 2nd track, motivated in the EJE and AD-rapport (concrete prospect within three months, "
            "realised in week 60)"
        ),
        "must": [
            E(
                "content",
                "the EV does not describe the aard van het bedrijf (DOMAIN 8.6; BR art. 2 lid 5)",
                type="eindevaluatie",
            )
        ],
        "must_not": [
            E("outdated", "AO 50 days before the application, within about 8 weeks", type="actueel_oordeel"),
            E("outdated", f"EV {(aanvraag - ev_d).days} days before the application", type="eindevaluatie"),
            E("order", "AO before EV before the application"),
            E("late", "AO in week 85", type="actueel_oordeel"),
            E("late", "EV in week 90", type="eindevaluatie"),
            E(
                "missing",
                "no 2nd track needed: the EJE motivates it with a concrete prospect within three months",
                type="trajectplan_tweede_spoor",
            ),
            E("late", "no 2nd track needed (motivated)", type="trajectplan_tweede_spoor"),
            *present(
                [
                    "actueel_oordeel",
                    "eindevaluatie",
                    "oordeel_werknemer",
                    "eerstejaarsevaluatie",
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "arbeidsdeskundig_rapport",
                    "bijstelling_plan_van_aanpak",
                ]
            ),
            E("content", "AO names arbeidsrelatie and passende arbeid", type="actueel_oordeel"),
            E(
                "content",
                "PvA complete (casemanager, goal, activities, terms, evaluation moments, visie)",
                type="plan_van_aanpak",
            ),
            E("content", "EJE has visie werkgever and werknemer", type="eerstejaarsevaluatie"),
            E("evaluation_gap", "evaluations at most 35 days apart"),
            E("medical_data", "limitations only"),
            E("bsn_invalid", "valid BSN"),
            E("bsn_mismatch", "one BSN"),
            E("unsigned", "signed by both", path=p["ev"]),
        ],
    }


def case_ao_buiten(exp: dict[str, Any]) -> None:
    rng = random.Random("holdout5|ao_buiten")
    d0 = dt.date(2024, 7, 8)
    employer = Org(
        "Supermarkt Hoogveld B.V.",
        style(
            "shv",
            "Supermarkt Hoogveld B.V.",
            ("Marktplein 2, 7811 AM Emmen",),
            font="condensed",
            letterhead="left",
            accent=(0, 120, 60),
        ),
        "long",
    )
    arbo = Org(
        "ArboZorg Drenthe",
        style("azd", "ArboZorg Drenthe", ("Hoofdstraat 200, 9401 GE Assen",), font="sans", letterhead="right"),
        "dash",
    )
    ad_org = Org(
        "Arbeidsdeskundigen Noord",
        style("adn", "Arbeidsdeskundigen Noord", ("Vismarkt 11, 9711 KV Groningen",), font="serif", letterhead="left"),
        "long",
    )
    bureau = Org(
        "Re-integratiebureau Kompas",
        style(
            "rbk",
            "Re-integratiebureau Kompas",
            ("Stationsweg 5, 7811 AL Emmen",),
            font="sans",
            letterhead="band",
            accent=(10, 80, 160),
        ),
        "dot",
    )
    uwv = Org(
        "UWV",
        style("uwv", "UWV", ("Uitvoeringsinstituut Werknemersverzekeringen",), font="sans", letterhead="left"),
        "long",
    )
    ctx = Ctx(
        case="ao_net_buiten",
        d0=d0,
        emp=Person("Fatma Yildiz", "Teamleider kassa"),
        aan="mevrouw Yildiz",
        zij="zij",
        haar="haar",
        uren=30,
        bsn=make_bsn(rng),
        bsn_kind="dots",
        employer=employer,
        aard="Supermarkt met 70 medewerkers, zeven dagen per week open, veel parttimers en scholieren.",
        cm=Person("Wendy Lubbers", "filiaalmanager"),
        lg=Person("Arjen Mulder", "bedrijfsleider"),
        arbo=arbo,
        ba=Person("R. Tjalma", "bedrijfsarts"),
        big="19045678201",
        ad_org=ad_org,
        ad=Person("I. Veenstra", "registerarbeidsdeskundige"),
        bureau=bureau,
        coach=Person("S. Kuiper", "jobcoach"),
        uwv=uwv,
        rng=rng,
    )
    aanvraag = ctx.off(645)
    as_of = ctx.off(652)
    w = Writer(ctx, as_of)
    lhn = lhn_for(rng)
    tl = {"pa": 36, "pva": 46, "m42": 283, "ad": 330, "eje": 352, "bpva": 359, "uwv88": 613}
    texts = {
        "limits": [
            "niet langer dan een uur achter elkaar staan",
            "geen tillen van kratten",
            "werkdagen van maximaal vijf uur",
        ],
        "prognose": "Geleidelijke opbouw is mogelijk; of het eigen werk volledig haalbaar wordt, is nog niet te zeggen.",
        "advies": ["start met administratieve taken van de teamleider, zittend", "vervolgspreekuur over zes weken"],
        "doel": "Terugkeer in de eigen functie van teamleider kassa, eerst met zittende taken.",
        "acts": [
            ["Roosters en kasafrekening, zittend, 3 x 3 uur", "werknemer", "vanaf " + D(ctx.off(51), employer)],
            ["Uitbreiden naar 4 x 4 uur", "werknemer, filiaalmanager", "na zes weken"],
            ["Spreekuur bedrijfsarts", "casemanager", "elke zes weken"],
        ],
        "visie_er": "De werkgever wil mevrouw Yildiz als teamleider behouden en past de taken aan.",
        "visie_wn": "Mevrouw Yildiz wil haar eigen werk terug en vindt zittende taken voor nu een goede start.",
        "ad": (
            "Teamleider kassa: veel staan en lopen, kratten en kassalades verplaatsen, avond- en weekenddiensten.",
            "De functie past niet meer binnen de belastbaarheid; aangepast werk is er voor 12 uur (roosters, afrekening).",
            "Start het tweede spoor: zoek zittend administratief of klantgericht werk buiten de supermarkt.",
        ),
        "eje": (
            "Mevrouw Yildiz werkt 12 uur aan roosters en kasafrekening. Het eigen werk is niet haalbaar.",
            "Passend werk voor 24 uur of meer, zittend, binnen of buiten de supermarkt.",
            "Spoor 1: 12 uur aangepast werk blijft. Spoor 2 start via Re-integratiebureau Kompas.",
            "De werkgever zet het tweede spoor direct in.",
            "Mevrouw Yildiz wil graag ander werk vinden dat zij langer kan volhouden.",
        ),
        "bpva": (
            "De eerstejaarsevaluatie laat zien dat het eigen werk niet terugkomt; het tweede spoor start.",
            "Passend werk buiten de supermarkt (spoor 2), naast 12 uur aangepast werk (spoor 1).",
            [
                ["Intake Kompas", "werknemer", D(ctx.off(366), employer)],
                ["Rapportage bureau", "jobcoach", "elke zeven weken"],
            ],
            "De werkgever volgt het traject en blijft aangepast werk bieden.",
            "Mevrouw Yildiz stemt in met het tweede spoor.",
        ),
    }
    folder = {"arbo": "arbo", "wg": "werkgever", "uwv": "uwv", "ad": "arbeidsdeskundige"}
    p = full_track1_dossier(ctx, w, folder, tl, texts, lhn)
    tp_o = 385
    tp_d = ctx.off(tp_o)
    w.pdf(
        "spoor 2/Trajectplan Kompas.pdf",
        "trajectplan_tweede_spoor",
        tp_d,
        trajectplan(
            ctx,
            tp_d,
            "Twaalf jaar leidinggevende ervaring in de detailhandel, sterk in planning en klantcontact.",
            "Zittend werk: klantenservice, planning, receptie; 24 uur; regio Emmen.",
        ),
        bureau,
    )
    rep_offs = [434, 483, 532, 581]
    prev = tp_d
    for i, o in enumerate(rep_offs, 1):
        d = weekday(ctx.off(o))
        w.pdf(
            f"spoor 2/Voortgang {i}.pdf",
            "voortgangsrapportage_tweede_spoor",
            d,
            voortgang2(ctx, d, prev, i, random.Random(f"e-v{i}")),
            bureau,
        )
        prev = d
    eind_d = ctx.off(609)
    w.pdf(
        "spoor 2/Eindrapportage Kompas.pdf",
        "eindrapportage_tweede_spoor",
        eind_d,
        eindrapportage2(
            ctx,
            eind_d,
            tp_d,
            "Er is geen passende baan gevonden. Mevrouw Yildiz heeft zich ingezet; de arbeidsmarkt voor zittend werk in de regio is krap.",
        ),
        bureau,
    )
    ao_o, ev_o, ow_o = 581, 630, 638
    ao_d, ev_d, ow_d = ctx.off(ao_o), ctx.off(ev_o), ctx.off(ow_o)
    assert (aanvraag - ao_d).days == 64 and ao_o >= 7 * 79
    p["ao"] = w.pdf(
        "arbo/Actueel oordeel.pdf",
        "actueel_oordeel",
        ao_d,
        actueel_oordeel(
            ctx,
            ao_d,
            "Mevrouw Yildiz werkt 12 uur aangepast werk. Het tweede spoor heeft nog geen baan opgeleverd.",
            ["zittend werk, maximaal vijf uur per dag", "geen tillen", "geen avonddiensten"],
            "De arbeidsrelatie is goed.",
            "Passende arbeid bij de werkgever is er voor 12 uur per week (roosters en afrekening).",
        ),
        arbo,
    )
    p["ev"] = w.pdf(
        "werkgever/Eindevaluatie.pdf",
        "eindevaluatie",
        ev_d,
        eindevaluatie(
            ctx,
            ev_d,
            ctx.aard,
            "Twee jaar re-integratie: 12 uur aangepast werk in het eerste spoor, een tweede spoor via Kompas zonder plaatsing.",
            "De samenwerking is goed gebleven.",
            "Bij de werkgever is passende arbeid voor 12 uur per week. Meer zittend werk is er in de winkel niet.",
        ),
        employer,
    )
    p["ow"] = w.scan(
        "werknemer/Oordeel werknemer getekend.pdf",
        "oordeel_werknemer",
        ow_d,
        oordeel_wn(
            ctx,
            ow_d,
            [
                "Ik ben het eens met het re-integratieverslag.",
                "Ik had gehoopt via het tweede spoor een baan te vinden; ik blijf zoeken.",
            ],
        ),
        employer,
        rotate_deg=-0.6,
    )

    def status(o: int) -> str:
        h = 9 if o < 150 else 12
        return f"Mevrouw Yildiz werkt {h} uur per week aan roosters en kasafrekening."

    offs = schedule(ctx, tl["pva"], 645, 35, [352, 359, ev_o])
    write_meetings(
        w,
        ctx,
        "werkgever/verslagen",
        offs,
        status,
        name_for=lambda d: f"gespreksverslag_{d:%Y%m%d}.pdf",
        title="Gespreksverslag re-integratie",
    )
    assert_gaps(ctx, [tl["pva"], *offs, 352, 359, ev_o], as_of)
    dossier_yaml(ctx, [], aanvraag=aanvraag, lhn=lhn)
    exp[ctx.case] = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": aanvraag.isoformat(),
        "planted": (
            f"AO at D0+{ao_o} (week 84), 64 days (9 weeks + 1 day) before the application at D0+645: just outside DOMAIN "
            f"2.5's default of about 8 weeks (and under the hard 3-month line). Traps: EV D0+{ev_o} ({(aanvraag - ev_d).days} days before the "
            "application) is fresh; AO still before the EV; full 2nd track with 4 progress reports and an "
            "eindrapportage; oordeel werknemer is a copier scan"
        ),
        "must": [
            E(
                "outdated",
                "AO 64 days before the application: more than about 8 weeks (DOMAIN 2.5, 8.4)",
                type="actueel_oordeel",
            )
        ],
        "must_not": [
            E("order", "AO before EV before the application"),
            E("outdated", f"EV {(aanvraag - ev_d).days} days before the application", type="eindevaluatie"),
            E("late", f"EV at D0+{ev_o}, before D0+636", type="eindevaluatie"),
            *present(
                [
                    "actueel_oordeel",
                    "eindevaluatie",
                    "oordeel_werknemer",
                    "trajectplan_tweede_spoor",
                    "voortgangsrapportage_tweede_spoor",
                    "eindrapportage_tweede_spoor",
                    "eerstejaarsevaluatie",
                    "arbeidsdeskundig_rapport",
                    "bijstelling_plan_van_aanpak",
                ]
            ),
            E("late", "trajectplan at D0+385", type="trajectplan_tweede_spoor"),
            E("content", "AO names arbeidsrelatie and passende arbeid", type="actueel_oordeel"),
            E("content", "EV names aard van het bedrijf, arbeidsrelatie and passende arbeid", type="eindevaluatie"),
            E("evaluation_gap", "evaluations at most 35 days apart"),
            E("medical_data", "limitations only"),
            E("bsn_invalid", "valid BSN, with dots"),
            E("bsn_mismatch", "one BSN"),
            E("unsigned", "signed by both", path=p["ev"]),
        ],
    }


# --- case F: bijstelling PA, bijstelling PvA referenced but missing ---------------------------------


def case_bijstelling(exp: dict[str, Any]) -> None:
    rng = random.Random("holdout5|bijstelling")
    d0 = dt.date(2025, 1, 13)
    as_of = d0 + dt.timedelta(days=276)  # week 40
    employer = Org(
        "Distributiecentrum Kempenland B.V.",
        style(
            "dck",
            "Distributiecentrum Kempenland B.V.",
            ("Logistiekweg 30, 5531 NA Bladel",),
            font="mono",
            letterhead="left",
            accent=(60, 60, 60),
        ),
        "dash",
    )
    arbo = Org(
        "Arbodienst Kempen",
        style("ak", "Arbodienst Kempen", ("Markt 17, 5521 AN Eersel",), font="sans", letterhead="centered"),
        "long",
    )
    ctx = Ctx(
        case="bijstelling_pva_ontbreekt",
        d0=d0,
        emp=Person("Bram Nieuwenhuis", "Heftruckchauffeur"),
        aan="de heer Nieuwenhuis",
        zij="hij",
        haar="zijn",
        uren=40,
        bsn=make_bsn(rng),
        bsn_kind="plain",
        employer=employer,
        aard="Distributiecentrum voor levensmiddelen, 150 medewerkers, volcontinu.",
        cm=Person("Sevda Aksoy", "verzuimcoördinator"),
        lg=Person("Ruud van Gool", "ploegleider"),
        arbo=arbo,
        ba=Person("M.C. Hendrikx", "bedrijfsarts"),
        big="69012398701",
        rng=rng,
    )
    w = Writer(ctx, as_of)
    pa_o, pva_o, bpa_o = 36, 46, 199
    pa_d, pva_d, bpa_d = ctx.off(pa_o), ctx.off(pva_o), ctx.off(bpa_o)
    pa_rel = w.pdf(
        "Arbo/PA Nieuwenhuis.pdf",
        "probleemanalyse",
        pa_d,
        probleemanalyse(
            ctx,
            pa_d,
            [
                "geen heftruckwerk (trillingen en draaien)",
                "geen tillen boven 15 kg",
                "zittend of afwisselend werk, 4 uur per dag",
            ],
            "Ik verwacht terugkeer in het eigen werk als heftruckchauffeur binnen vier tot zes maanden.",
            ["tijdelijk ander werk: controle van binnenkomende zendingen, zittend", "vervolgspreekuur over vier weken"],
        ),
        arbo,
    )
    pva_rel = w.pdf(
        "Werkgever/Plan van aanpak Nieuwenhuis.pdf",
        "plan_van_aanpak",
        pva_d,
        plan_van_aanpak(
            ctx,
            pva_d,
            pa_d,
            "Terugkeer in het eigen werk als heftruckchauffeur, 40 uur, binnen zes maanden; tot dan tijdelijk controlewerk.",
            [
                [
                    "Controle binnenkomende zendingen, 4 uur per dag",
                    "werknemer, ploegleider",
                    "vanaf " + D(ctx.off(50), employer),
                ],
                ["Korte ritten op de heftruck (proef)", "werknemer", "na advies bedrijfsarts"],
                ["Spreekuur bedrijfsarts", "verzuimcoördinator", "elke vier weken"],
            ],
            "De werkgever verwacht de heer Nieuwenhuis binnen een half jaar terug op de heftruck.",
            "De heer Nieuwenhuis wil zo snel mogelijk weer rijden.",
        ),
        employer,
    )
    bpa_rel = w.pdf(
        "Arbo/Bijstelling probleemanalyse.pdf",
        "bijstelling_probleemanalyse",
        bpa_d,
        bijstelling_pa(
            ctx,
            bpa_d,
            "De proef met korte ritten op de heftruck is twee keer mislukt. De belastbaarheid is anders dan in de probleemanalyse verwacht.",
            [
                "blijvend geen heftruckwerk en geen werk met trillingen",
                "niet tillen boven 10 kg",
                "zittend of afwisselend werk tot 6 uur per dag",
            ],
            "Terugkeer in het eigen werk is niet meer te verwachten. Aangepast werk op de vloer of in de administratie is wel haalbaar.",
            [
                "stel het plan van aanpak bij: het re-integratiedoel wordt aangepast werk bij de eigen werkgever",
                "vervolgspreekuur over zes weken",
            ],
        ),
        arbo,
    )
    ref_o = 207

    def status(o: int) -> str:
        if o < bpa_o:
            h = 12 if o < 100 else 20
            return f"De heer Nieuwenhuis controleert {h} uur per week binnenkomende zendingen."
        return "De heer Nieuwenhuis werkt 24 uur per week in de voorraadadministratie, volgens het bijgestelde plan."

    offs = [82, 117, 152, 187, ref_o, 243, 272]
    special = {
        ref_o: {
            "extra": [
                f"Besproken: de bijstelling van de probleemanalyse van {D(bpa_d, employer)}. Het eigen werk komt niet terug. "
                "Wij hebben het plan van aanpak daarom bijgesteld: het nieuwe doel is aangepast werk in de voorraadadministratie. "
                "De bijstelling van het plan van aanpak is vandaag door beiden ondertekend en gaat in kopie naar de bedrijfsarts.",
            ],
            "how": "docx",
            "name": f"Verslag evaluatie {fmt_date(ctx.off(ref_o), 'dash')}.docx",
            "title": "Verslag evaluatiegesprek",
        }
    }
    for o in offs:
        if o > ref_o:
            special.setdefault(o, {})["extra"] = [
                f"De afspraken uit het bijgestelde plan van aanpak van {D(weekday(ctx.off(ref_o)), employer)} worden nagekomen."
            ]
    mt = write_meetings(
        w,
        ctx,
        "Werkgever/Verslagen",
        offs,
        status,
        name_for=lambda d: f"Verslag evaluatie {fmt_date(d, 'dash')}.pdf",
        special=special,
        title="Verslag evaluatiegesprek",
    )
    assert_gaps(ctx, [pva_o, *offs], as_of)
    dossier_yaml(ctx, ["Stand week 40."])
    exp[ctx.case] = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "planted": (
            "checked in week 40. Bijstelling probleemanalyse at D0+199 (week 29): own work no longer expected, the "
            "bedrijfsarts advises adjusting the PvA. The meeting of D0+207 (a Word original) says the bijstelling of the "
            "plan van aanpak was signed that day; later meetings refer to 'het bijgestelde plan van aanpak'. It is not "
            "in the folder. Traps: 42e-weeksmelding, EJE, AD-rapport, AO, EV not due; the meeting report that mentions "
            "the bijstelling is itself no bijstelling"
        ),
        "must": [
            E(
                "missing",
                "a bijstelling PvA is known (made and signed per the meeting of D0+207) but not in the folder",
                type="bijstelling_plan_van_aanpak",
            )
        ],
        "must_not": [
            E("missing", "present (D0+199)", type="bijstelling_probleemanalyse"),
            E("late", "PA at D0+36", type="probleemanalyse"),
            E("late", f"PvA {pva_o - pa_o} days after the PA", type="plan_van_aanpak"),
            *present(["probleemanalyse", "plan_van_aanpak"]),
            E("missing", "week 40: the 42e-weeksmelding is due at D0+294", type="ziekmelding_uwv"),
            E("late", "not due yet", type="ziekmelding_uwv"),
            E("missing", "not due before week 52", type="eerstejaarsevaluatie"),
            E(
                "missing",
                "no return to own work by week 52 cannot be judged in week 40",
                type="arbeidsdeskundig_rapport",
            ),
            E("missing", "2nd track not expected in week 40", type="trajectplan_tweede_spoor"),
            *not_due(["actueel_oordeel", "eindevaluatie"], "not due in week 40"),
            E("missing", "comes with the application; at most a warning", type="oordeel_werknemer", severity="error"),
            E("evaluation_gap", "evaluations at most 35 days apart"),
            E("order", "nothing out of order"),
            E("medical_data", "limitations only"),
            E("bsn_invalid", "valid BSN"),
            E("bsn_mismatch", "one BSN"),
            E("unsigned", "signed by both", path=pva_rel),
        ],
    }
    _ = (pa_rel, bpa_rel, mt)


# --- case G: 2nd track, eindrapportage referenced but missing ---------------------------------------


def case_spoor2(exp: dict[str, Any]) -> None:
    rng = random.Random("holdout5|spoor2")
    d0 = dt.date(2024, 4, 15)
    employer = Org(
        "Woningstichting Eemland",
        style(
            "wse",
            "Woningstichting Eemland",
            ("Utrechtseweg 44, 3811 NB Amersfoort", "sociale woningbouw"),
            font="sans",
            letterhead="band",
            accent=(180, 30, 60),
        ),
        "long",
    )
    arbo = Org(
        "Arbo Amersfoort en Omstreken",
        style(
            "aao",
            "Arbo Amersfoort en Omstreken",
            ("Stationsplein 70, 3818 LE Amersfoort",),
            font="serif",
            letterhead="right",
        ),
        "dash",
    )
    ad_org = Org(
        "Bureau Werk en Vermogen",
        style("bwv", "Bureau Werk en Vermogen", ("Kamp 12, 3811 AR Amersfoort",), font="sans", letterhead="left"),
        "long",
    )
    bureau = Org(
        "Baanbrekers Re-integratie",
        style(
            "bbr",
            "Baanbrekers Re-integratie",
            ("Arnhemseweg 3, 3817 CA Amersfoort",),
            font="condensed",
            letterhead="centered",
            accent=(0, 110, 110),
        ),
        "dash",
    )
    uwv = Org(
        "UWV",
        style("uwv", "UWV", ("Uitvoeringsinstituut Werknemersverzekeringen",), font="sans", letterhead="left"),
        "long",
    )
    ctx = Ctx(
        case="spoor2_eindrapportage_ontbreekt",
        d0=d0,
        emp=Person("Ilse Brandsma", "Medewerker debiteurenbeheer"),
        aan="mevrouw Brandsma",
        zij="zij",
        haar="haar",
        uren=32,
        bsn=make_bsn(rng),
        bsn_kind="plain",
        employer=employer,
        aard="Woningcorporatie met 4.200 huurwoningen en 95 medewerkers; kantoorwerk, klantcontact en onderhoud.",
        cm=Person("Peter Wassink", "HR-adviseur"),
        lg=Person("Mirjam Donker", "manager financiën"),
        arbo=arbo,
        ba=Person("A. El Idrissi", "bedrijfsarts"),
        big="39076543201",
        ad_org=ad_org,
        ad=Person("C. van Beek", "registerarbeidsdeskundige"),
        bureau=bureau,
        coach=Person("N. Verbruggen", "loopbaanadviseur"),
        uwv=uwv,
        rng=rng,
    )
    aanvraag = ctx.off(644)
    as_of = ctx.off(655)
    w = Writer(ctx, as_of)
    lhn = lhn_for(rng)
    tl = {"pa": 38, "pva": 50, "m42": 284, "ad": 336, "eje": 343, "bpva": 350, "uwv88": 613}
    texts = {
        "limits": [
            "geen telefonisch klantcontact met conflictgesprekken",
            "werkdagen van maximaal vier uur",
            "een rustige werkplek",
        ],
        "prognose": "Herstel kost tijd. Terugkeer in het eigen werk is onzeker.",
        "advies": [
            "start met ondersteunende administratieve taken zonder klantcontact",
            "vervolgspreekuur over vier weken",
        ],
        "doel": "Terugkeer in de eigen functie, eerst zonder telefonisch klantcontact.",
        "acts": [
            [
                "Administratieve taken zonder klantcontact, 2 uur per dag",
                "werknemer, manager",
                "vanaf " + D(ctx.off(53), employer),
            ],
            ["Uitbreiding in overleg", "werknemer, casemanager", "elke vier weken"],
            ["Spreekuur bedrijfsarts", "casemanager", "elke zes weken"],
        ],
        "visie_er": "De werkgever wil mevrouw Brandsma behouden en kijkt breed naar passende taken.",
        "visie_wn": "Mevrouw Brandsma wil terug, maar zonder lastige incassogesprekken.",
        "ad": (
            "Debiteurenbeheer: veel telefonische incassogesprekken met huurders met betalingsachterstand, onder tijdsdruk.",
            "Het eigen werk past niet: het conflictueuze klantcontact is de kern van de functie. Ander passend werk bij de corporatie is er niet structureel.",
            "Start het tweede spoor, gericht op administratief werk zonder incassogesprekken.",
        ),
        "eje": (
            "Mevrouw Brandsma werkt 12 uur administratief werk zonder klantcontact. Het eigen werk komt niet terug.",
            "Passend administratief werk buiten de corporatie, 24 uur.",
            "Spoor 1 blijft 12 uur. Spoor 2 start via Baanbrekers Re-integratie.",
            "De werkgever start het tweede spoor direct.",
            "Mevrouw Brandsma ziet het tweede spoor als kans.",
        ),
        "bpva": (
            "Na de eerstejaarsevaluatie start het tweede spoor.",
            "Administratief werk bij een andere werkgever (spoor 2).",
            [
                ["Intake Baanbrekers", "werknemer", D(ctx.off(357), employer)],
                ["Rapportage bureau", "loopbaanadviseur", "elke zeven weken"],
            ],
            "De werkgever betaalt het traject.",
            "Mevrouw Brandsma stemt in.",
        ),
    }
    folder = {"arbo": "Arbodienst", "wg": "Werkgever", "uwv": "UWV", "ad": "Arbeidsdeskundige"}
    p = full_track1_dossier(ctx, w, folder, tl, texts, lhn)
    # replace the text UWV letter by a copier scan with a vague name: remove the text version first
    (ctx.dir / p["uwv88"]).unlink()
    ctx.docs = [x for x in ctx.docs if x[0] != p["uwv88"]]
    u_d = ctx.off(tl["uwv88"])
    p["uwv88"] = w.scan(
        "UWV/brief.pdf",
        "uwv_correspondentie",
        u_d,
        uwv_wia_brief(ctx, u_d, ctx.off(650), Person("D. Smit", "medewerker klantcontact")),
        uwv,
        rotate_deg=1.1,
    )
    tp_o = 371
    tp_d = ctx.off(tp_o)
    p["tp"] = w.pdf(
        "Baanbrekers/Trajectplan tweede spoor.pdf",
        "trajectplan_tweede_spoor",
        tp_d,
        trajectplan(
            ctx,
            tp_d,
            "Tien jaar ervaring in debiteurenbeheer en financiële administratie; nauwkeurig, goed met cijfers.",
            "Administratief of financieel medewerker zonder incasso; 24 uur; Amersfoort en omgeving.",
        ),
        bureau,
    )
    rep_offs = [420, 469, 518, 567, 602]
    prev = tp_d
    for i, o in enumerate(rep_offs, 1):
        d = weekday(ctx.off(o))
        w.pdf(
            f"Baanbrekers/Voortgangsrapportage {i}.pdf",
            "voortgangsrapportage_tweede_spoor",
            d,
            voortgang2(ctx, d, prev, i, random.Random(f"g-v{i}")),
            bureau,
        )
        prev = d
    eind_missing = weekday(ctx.off(612))
    ao_o, ev_o, ow_o = 610, 626, 640
    ao_d, ev_d, ow_d = ctx.off(ao_o), ctx.off(ev_o), ctx.off(ow_o)
    w.pdf(
        "Arbodienst/Actueel oordeel.pdf",
        "actueel_oordeel",
        ao_d,
        actueel_oordeel(
            ctx,
            ao_d,
            "Mevrouw Brandsma werkt 12 uur administratief werk zonder klantcontact. Het tweede spoor is afgerond zonder plaatsing.",
            ["geen conflictueus klantcontact", "maximaal vier uur per dag", "rustige werkplek"],
            "De arbeidsrelatie is goed.",
            "Passende arbeid bij de werkgever is er voor 12 uur per week.",
        ),
        arbo,
    )
    p["ev"] = w.pdf(
        "Werkgever/Eindevaluatie.pdf",
        "eindevaluatie",
        ev_d,
        eindevaluatie(
            ctx,
            ev_d,
            ctx.aard,
            "Twee jaar re-integratie: 12 uur aangepast werk (spoor 1) en een tweede spoor via Baanbrekers Re-integratie vanaf week 54. "
            "De voortgangsrapportages van het bureau zitten in het dossier.",
            "De arbeidsrelatie is goed.",
            "Passende arbeid bij de werkgever: 12 uur per week administratief werk zonder klantcontact.",
            extra=[
                Heading("Tweede spoor"),
                Para(
                    f"Het traject is afgesloten met de eindrapportage van Baanbrekers Re-integratie van {D(eind_missing, employer)}. "
                    "Daarin staat dat er geen plaatsing is gerealiseerd, ondanks goede inzet van mevrouw Brandsma."
                ),
            ],
        ),
        employer,
    )
    w.pdf(
        "Werknemer/Mijn oordeel.pdf",
        "oordeel_werknemer",
        ow_d,
        oordeel_wn(
            ctx,
            ow_d,
            [
                "Ik ben het eens met het re-integratieverslag.",
                "Het tweede spoor heeft mij geholpen mijn cv en netwerk op orde te krijgen.",
            ],
        ),
        employer,
    )

    def status(o: int) -> str:
        h = 8 if o < 140 else 12
        return f"Mevrouw Brandsma werkt {h} uur per week aan administratieve taken zonder klantcontact."

    offs = schedule(ctx, tl["pva"], 650, 35, [343, 350, ev_o])
    write_meetings(
        w,
        ctx,
        "Werkgever/Gespreksverslagen",
        offs,
        status,
        name_for=lambda d: f"Gespreksverslag {fmt_date(d, 'iso')}.pdf",
    )
    assert_gaps(ctx, [tl["pva"], *offs, 343, 350, ev_o], as_of)
    dossier_yaml(ctx, [], aanvraag=aanvraag, lhn=lhn)
    exp[ctx.case] = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": aanvraag.isoformat(),
        "planted": (
            "2nd track from week 54 (trajectplan D0+371) with 5 progress reports (every 7 weeks, the last at D0+602). The EV "
            f"says the track was closed with the bureau's eindrapportage of {eind_missing}; that report is not in the folder. "
            "Traps: trajectplan and progress reports present; the UWV week-88 letter is a copier scan named 'brief.pdf'; "
            "as_of after the application"
        ),
        "must": [
            E(
                "missing",
                "the EV refers to the bureau's eindrapportage, which is not in the folder (DOMAIN 8.2)",
                type="eindrapportage_tweede_spoor",
            )
        ],
        "must_not": [
            *present(
                [
                    "trajectplan_tweede_spoor",
                    "voortgangsrapportage_tweede_spoor",
                    "actueel_oordeel",
                    "eindevaluatie",
                    "oordeel_werknemer",
                    "eerstejaarsevaluatie",
                    "arbeidsdeskundig_rapport",
                    "uwv_correspondentie",
                ]
            ),
            E("late", "trajectplan at D0+371", type="trajectplan_tweede_spoor"),
            E("outdated", f"AO {(aanvraag - ao_d).days} days before the application", type="actueel_oordeel"),
            E("outdated", f"EV {(aanvraag - ev_d).days} days before the application", type="eindevaluatie"),
            E("order", "AO before EV"),
            E("late", "EV at D0+626", type="eindevaluatie"),
            E("evaluation_gap", "evaluations at most 35 days apart"),
            E("content", "EV complete", type="eindevaluatie"),
            E("medical_data", "limitations only"),
            E("bsn_invalid", "valid BSN"),
            E("bsn_mismatch", "one BSN"),
            E("unsigned", "signed by both", path=p["ev"]),
        ],
    }


# --- case H: specialist letter in the employer folder, invalid BSN, colleague's BSN -----------------


def case_specialist(exp: dict[str, Any]) -> None:
    rng = random.Random("holdout5|specialist")
    d0 = dt.date(2025, 3, 10)
    as_of = d0 + dt.timedelta(days=200)  # week 29
    employer = Org(
        "Autobedrijf Vechtstreek B.V.",
        style(
            "avs",
            "Autobedrijf Vechtstreek B.V.",
            ("Zuilenstraat 9, 3601 BA Maarssen", "KvK 30218456"),
            font="sans",
            letterhead="left",
            accent=(110, 0, 0),
        ),
        "dash",
    )
    arbo = Org(
        "Arbodienst Utrecht-West",
        style("auw", "Arbodienst Utrecht-West", ("Croeselaan 300, 3521 CB Utrecht",), font="serif", letterhead="band"),
        "long",
    )
    hospital = Org(
        "Rijnoever Ziekenhuis",
        style(
            "rzh",
            "Rijnoever Ziekenhuis",
            ("afdeling Cardiologie", "Rijnlaan 50, 3431 GH Nieuwegein", "patiëntnummer 7034512"),
            font="serif",
            letterhead="centered",
            accent=(0, 90, 130),
        ),
        "long",
    )
    ctx = Ctx(
        case="specialistenbrief_en_bsn",
        d0=d0,
        emp=Person("Ronald Bijl", "Accountmanager zakelijke lease"),
        aan="de heer Bijl",
        zij="hij",
        haar="zijn",
        uren=40,
        bsn=make_bsn(rng),
        bsn_kind="plain",
        employer=employer,
        aard="Autodealer en leasebedrijf, 55 medewerkers.",
        cm=Person("Joyce de Wit", "HR-medewerker en casemanager"),
        lg=Person("Marco Smits", "verkoopmanager"),
        arbo=arbo,
        ba=Person("H. van Rossum", "bedrijfsarts"),
        big="79023456701",
        rng=rng,
    )
    colleague = make_bsn(rng)
    assert colleague != ctx.bsn and bsn_valid(colleague)
    # two neighbouring digits swapped: fails the elfproef
    bad = ""
    for i in range(8):
        s = list(ctx.bsn)
        s[i], s[i + 1] = s[i + 1], s[i]
        cand = "".join(s)
        if cand != ctx.bsn and not bsn_valid(cand):
            bad = cand
            break
    assert bad and not bsn_valid(bad)
    w = Writer(ctx, as_of)
    pa_o, pva_o = 29, 39
    pa_d, pva_d = ctx.off(pa_o), ctx.off(pva_o)
    pa_rel = w.pdf(
        "arbodienst/Probleemanalyse Bijl.pdf",
        "probleemanalyse",
        pa_d,
        probleemanalyse(
            ctx,
            pa_d,
            [
                "geen zware fysieke inspanning",
                "geen lange autoritten (hooguit een uur per dag)",
                "werkdagen van maximaal vier uur, op te bouwen",
            ],
            "Ik verwacht dat werknemer binnen drie tot vier maanden het eigen werk kan hervatten, met minder reizen.",
            ["start met klantcontact vanuit de showroom, zonder buitendienst", "vervolgspreekuur over vijf weken"],
        ),
        arbo,
    )
    pva_rel = w.pdf(
        "werkgever/Plan van aanpak.pdf",
        "plan_van_aanpak",
        pva_d,
        plan_van_aanpak(
            ctx,
            pva_d,
            pa_d,
            "Terugkeer in het eigen werk als accountmanager, eerst zonder buitendienst.",
            [
                [
                    "Klantcontact vanuit de showroom, 3 ochtenden",
                    "werknemer, verkoopmanager",
                    "vanaf " + D(ctx.off(43), employer),
                ],
                ["Uitbreiden, daarna korte klantbezoeken", "werknemer", "na advies bedrijfsarts"],
                ["Spreekuur bedrijfsarts", "casemanager", "elke vijf weken"],
            ],
            "De werkgever houdt de klantportefeuille voor de heer Bijl vast.",
            "De heer Bijl wil zijn klanten zelf blijven bedienen.",
        ),
        employer,
    )
    letter_d = ctx.off(63)
    letter_rel = w.pdf(
        "werkgever/correspondentie/Brief Rijnoever Ziekenhuis.pdf",
        "medische_informatie",
        letter_d,
        [
            Title("Polikliniekbrief cardiologie"),
            Fields(
                [
                    ("Patiënt", ctx.emp.name),
                    ("BSN", ctx.b()),
                    ("Geboortedatum", "14-08-1971"),
                    ("Datum", D(letter_d, hospital)),
                ]
            ),
            Para("Geachte collega,"),
            Para(
                "Uw patiënt werd op de polikliniek gezien na opname op de hartbewaking. Diagnose: acuut myocardinfarct "
                "(NSTEMI, ICD-10 I21.4), behandeld met een PCI met stentplaatsing in de RCX."
            ),
            Heading("Medicatie"),
            Bullets(
                [
                    "acetylsalicylzuur 80 mg 1 dd",
                    "ticagrelor 90 mg 2 dd",
                    "atorvastatine 40 mg 1 dd",
                    "metoprolol 50 mg 1 dd",
                ]
            ),
            Heading("Beleid"),
            Para(
                "Poliklinische hartrevalidatie, controle over drie maanden met een inspanningstest en echocardiografie."
            ),
            Para("Met collegiale groet,"),
            Signatures([Sig("Cardioloog", "dr. A.M. Hoekstra", "cardioloog", D(letter_d, hospital))]),
            Para("Kopie: huisarts; patiënt (door patiënt doorgestuurd aan de werkgever)"),
        ],
        hospital,
    )

    def status(o: int) -> str:
        h = 12 if o < 90 else 20 if o < 150 else 28
        return f"De heer Bijl werkt {h} uur per week vanuit de showroom."

    offs = schedule(ctx, pva_o, 198, 35, [])
    bad_o, coll_o = offs[1], offs[2]
    special = {
        bad_o: {"bsn_text": bad},
        coll_o: {"bsn_text": colleague, "how": "docx", "name": f"Verslag {weekday(ctx.off(coll_o)).isoformat()}.docx"},
    }
    mt = write_meetings(w, ctx, "werkgever/voortgang", offs, status, special=special)
    assert_gaps(ctx, [pva_o, *offs], as_of)
    dossier_yaml(ctx, [])
    others = [p for o, p in mt.items() if o not in (bad_o, coll_o)]
    exp[ctx.case] = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "planted": (
            "checked in week 29. A cardiologist's outpatient letter (diagnosis with ICD-10 code, PCI, four medicines) that "
            "the employee forwarded sits in the employer's folder. One meeting report has the employee's BSN with two "
            "neighbouring digits swapped (fails the elfproef); another, a Word file made from a colleague's report, carries "
            "that colleague's valid BSN. Traps: KvK number (8 digits) on the employer's letterhead and a 7-digit "
            "patient number on the hospital letterhead; employer documents speak of limitations and hours only"
        ),
        "must": [
            E(
                "medical_data",
                "a specialist's letter with diagnosis, ICD-10 code, treatment and medication in the employer folder (DOMAIN 5.3)",
                path=letter_rel,
            ),
            E("bsn_invalid", "the BSN on this report fails the elfproef", path=mt[bad_o]),
            E("bsn_mismatch", "this report carries a colleague's (valid) BSN", path=mt[coll_o]),
        ],
        "must_not": [
            E(
                "bsn_invalid",
                "the colleague's BSN passes the elfproef: a mismatch, not an invalid number",
                path=mt[coll_o],
            ),
            *[
                E("bsn_invalid", "correct BSN; KvK number on the letterhead is no BSN", path=p)
                for p in [pa_rel, pva_rel, *others]
            ],
            *[E("bsn_mismatch", "correct BSN", path=p) for p in [pa_rel, pva_rel, *others]],
            *[E("medical_data", "limitations and hours only", path=p) for p in [pa_rel, pva_rel, *others]],
            E("late", "PA at D0+29", type="probleemanalyse"),
            E("late", f"PvA {pva_o - pa_o} days after the PA", type="plan_van_aanpak"),
            E("evaluation_gap", "meetings every 35 days"),
            E("missing", "week 29: not due", type="ziekmelding_uwv"),
            E("missing", "week 29: not due", type="eerstejaarsevaluatie"),
            *not_due(["actueel_oordeel", "eindevaluatie"], "not due in week 29"),
            E("missing", "comes with the application; at most a warning", type="oordeel_werknemer", severity="error"),
            E("unsigned", "signed by both", path=pva_rel),
        ],
    }


# --- case I: clean and complete, as real offices make documents -------------------------------------


def case_schoon(exp: dict[str, Any]) -> None:
    rng = random.Random("holdout5|schoon")
    d0 = dt.date(2024, 9, 9)
    employer = Org(
        "Zuivelfabriek De Lindehoeve B.V.",
        style(
            "zlh",
            "Zuivelfabriek De Lindehoeve B.V.",
            ("Lindeweg 3, 8701 PK Bolsward", "kaas en boter sinds 1921"),
            font="sans",
            letterhead="left",
            accent=(30, 90, 30),
        ),
        "long",
    )
    arbo = Org(
        "Arbodienst Friesland",
        style("afr", "Arbodienst Friesland", ("Zuidvliet 12, 8921 GR Leeuwarden",), font="serif", letterhead="right"),
        "dash",
    )
    ad_org = Org(
        "Arbeidsdeskundig Advies Noord-Friesland",
        style(
            "aanf",
            "Arbeidsdeskundig Advies Noord-Friesland",
            ("Nieuwestad 8, 8911 CR Leeuwarden",),
            font="sans",
            letterhead="band",
        ),
        "long",
    )
    bureau = Org(
        "Re-integratie Oost-Friesland",
        style(
            "rof",
            "Re-integratie Oost-Friesland",
            ("Tramstraat 20, 8911 CD Leeuwarden",),
            font="condensed",
            letterhead="left",
        ),
        "dot",
    )
    uwv = Org(
        "UWV",
        style("uwv", "UWV", ("Uitvoeringsinstituut Werknemersverzekeringen",), font="sans", letterhead="left"),
        "long",
    )
    ctx = Ctx(
        case="schoon_met_kopieerscans",
        d0=d0,
        emp=Person("Noor van Tilburg", "Productiemedewerker kaasmakerij"),
        aan="mevrouw Van Tilburg",
        zij="zij",
        haar="haar",
        uren=36,
        bsn=make_bsn(rng),
        bsn_kind="plain",
        employer=employer,
        aard="Zuivelfabriek met 120 medewerkers; productie van kaas en boter in ploegendienst, verkoop aan supermarkten.",
        cm=Person("Gerrit Hoekstra", "casemanager personeelszaken"),
        lg=Person("Sietske Bakker", "ploegleider kaasmakerij"),
        arbo=arbo,
        ba=Person("T. Wijnstra", "bedrijfsarts"),
        big="99034567801",
        ad_org=ad_org,
        ad=Person("K. Dijkstra", "registerarbeidsdeskundige"),
        bureau=bureau,
        coach=Person("F. de Boer", "jobcoach"),
        uwv=uwv,
        rng=rng,
    )
    aanvraag = ctx.off(641)
    as_of = ctx.off(652)
    w = Writer(ctx, as_of)
    e, a = employer, arbo
    lhn = lhn_for(rng)
    pa_o, pva_o, bpa_o, bpva1_o = 35, 46, 140, 150
    pa_d, pva_d, bpa_d, bpva1_d = ctx.off(pa_o), ctx.off(pva_o), ctx.off(bpa_o), ctx.off(bpva1_o)
    p: dict[str, str] = {}
    p["pa"] = w.pdf(
        "Arbodienst/Probleemanalyse.pdf",
        "probleemanalyse",
        pa_d,
        probleemanalyse(
            ctx,
            pa_d,
            ["geen werk in de koelcel", "niet tillen boven 10 kg", "werkdagen van maximaal vier uur, geen nachtdienst"],
            "Ik verwacht een langzame opbouw over enkele maanden. Terugkeer in het eigen werk is mogelijk.",
            ["start met lichte taken in de verpakkingsafdeling", "vervolgspreekuur over vier weken"],
        ),
        a,
    )
    pva_blocks = plan_van_aanpak(
        ctx,
        pva_d,
        pa_d,
        "Terugkeer in de eigen functie in de kaasmakerij, 36 uur, via lichte taken in de verpakking.",
        [
            ["Lichte taken verpakking, 3 x 3 uur", "werknemer, ploegleider", "vanaf " + D(ctx.off(49), e)],
            ["Uitbreiden met een dag", "werknemer", "elke vier weken"],
            ["Spreekuur bedrijfsarts", "casemanager", "elke vijf weken"],
        ],
        "De werkgever wil mevrouw Van Tilburg terug in de kaasmakerij en past het rooster aan.",
        "Mevrouw Van Tilburg wil terug naar haar team en vindt een rustige opbouw verstandig.",
    )
    p["pva"] = w.scan("Werkgever/scans/scan0003.pdf", "plan_van_aanpak", pva_d, pva_blocks, e, rotate_deg=0.5)
    p["bpa"] = w.pdf(
        "Arbodienst/Bijstelling probleemanalyse.pdf",
        "bijstelling_probleemanalyse",
        bpa_d,
        bijstelling_pa(
            ctx,
            bpa_d,
            "De opbouw in de verpakking loopt goed, maar werk in de koelcel en in de kaasmakerij blijft te zwaar.",
            ["blijvend geen werk in de koelcel", "niet tillen boven 10 kg", "dagdiensten tot zes uur"],
            "Terugkeer in de kaasmakerij is niet te verwachten. Aangepast werk in de verpakking is duurzaam haalbaar.",
            [
                "stel het plan van aanpak bij: doel wordt aangepast werk in de verpakking",
                "vervolgspreekuur over zes weken",
            ],
        ),
        a,
    )
    p["bpva1"] = w.pdf(
        "Werkgever/Bijstelling PvA 1.pdf",
        "bijstelling_plan_van_aanpak",
        bpva1_d,
        bijstelling_pva(
            ctx,
            bpva1_d,
            f"De bijstelling van de probleemanalyse van {D(bpa_d, e)}: terugkeer in de kaasmakerij is niet te verwachten.",
            "Aangepast werk in de verpakkingsafdeling, op te bouwen naar 24 uur.",
            [
                ["Verpakking, 4 x 4 uur", "werknemer, ploegleider", "vanaf " + D(ctx.off(154), e)],
                ["Uitbreiden naar 24 uur", "werknemer", "binnen drie maanden"],
            ],
            "De werkgever ziet in de verpakking een duurzame plek voor 24 uur.",
            "Mevrouw Van Tilburg vindt het jammer haar team te verlaten, maar stemt in.",
        ),
        e,
    )
    m42_d, c42_d = ctx.off(284), ctx.off(288)
    w.pdf("UWV/Ziekmelding 42e week verzonden.pdf", "ziekmelding_uwv", m42_d, melding42(ctx, m42_d, ctx.cm, lhn), e)
    w.pdf(
        "UWV/Bevestiging UWV.pdf",
        "ziekmelding_uwv",
        c42_d,
        uwv_bevestiging42(ctx, c42_d, m42_d, Person("W. Hoogeveen", "medewerker Werkgeversservice")),
        uwv,
    )
    ad_o, eje_o, bpva2_o, tp_o = 329, 345, 352, 380
    ad_d, eje_d, bpva2_d, tp_d = ctx.off(ad_o), ctx.off(eje_o), ctx.off(bpva2_o), ctx.off(tp_o)
    p["ad"] = w.pdf(
        "Arbeidsdeskundige/AD-rapport.pdf",
        "arbeidsdeskundig_rapport",
        ad_d,
        ad_rapport(
            ctx,
            ad_d,
            "Productiemedewerker kaasmakerij: tillen van kaasvormen, werken in de koelcel, ploegendienst.",
            "Het eigen werk past niet. In de verpakking is structureel 24 uur passend werk; voor de overige 12 uur niet.",
            "Start een tweede spoor voor de resterende uren, of voor een volledige functie elders.",
        ),
        ad_org,
    )
    p["eje"] = w.pdf(
        "Werkgever/Eerstejaarsevaluatie.pdf",
        "eerstejaarsevaluatie",
        eje_d,
        eerstejaars(
            ctx,
            eje_d,
            "Mevrouw Van Tilburg werkt 24 uur in de verpakking. Het eigen werk in de kaasmakerij komt niet terug.",
            "Duurzaam 24 uur in de verpakking; voor de overige uren of een volledige functie zoeken wij buiten het bedrijf.",
            "Spoor 1: 24 uur verpakking. Spoor 2 start via Re-integratie Oost-Friesland.",
            "De werkgever biedt de verpakkingsfunctie structureel aan en start het tweede spoor.",
            "Mevrouw Van Tilburg is tevreden met de 24 uur en wil onderzoeken wat er verder kan.",
        ),
        e,
    )
    p["bpva2"] = w.pdf(
        "Werkgever/Bijstelling PvA 2 tweede spoor.pdf",
        "bijstelling_plan_van_aanpak",
        bpva2_d,
        bijstelling_pva(
            ctx,
            bpva2_d,
            "Na de eerstejaarsevaluatie: het tweede spoor start voor de resterende uren.",
            "24 uur aangepast werk in de verpakking (spoor 1) en passend werk elders voor de overige uren (spoor 2).",
            [
                ["Intake Re-integratie Oost-Friesland", "werknemer", D(ctx.off(373), e)],
                ["Rapportage bureau", "jobcoach", "elke zeven weken"],
            ],
            "De werkgever betaalt het traject en blijft de 24 uur bieden.",
            "Mevrouw Van Tilburg stemt in met het tweede spoor.",
        ),
        e,
    )
    p["tp"] = w.pdf(
        "Re-integratiebureau/Trajectplan.pdf",
        "trajectplan_tweede_spoor",
        tp_d,
        trajectplan(
            ctx,
            tp_d,
            "Acht jaar productie-ervaring in de zuivel, hygiënebewust, werkt graag in een team.",
            "Productie- of inpakwerk zonder koelcel en zonder zwaar tillen, 12 tot 36 uur, regio Sneek en Bolsward.",
        ),
        bureau,
    )
    rep_offs = [429, 478, 527, 576]
    prev = tp_d
    for i, o in enumerate(rep_offs, 1):
        d = weekday(ctx.off(o))
        w.pdf(
            f"Re-integratiebureau/Voortgangsrapportage {i}.pdf",
            "voortgangsrapportage_tweede_spoor",
            d,
            voortgang2(ctx, d, prev, i, random.Random(f"i-v{i}")),
            bureau,
        )
        prev = d
    eind_d = ctx.off(605)
    w.pdf(
        "Re-integratiebureau/Eindrapportage.pdf",
        "eindrapportage_tweede_spoor",
        eind_d,
        eindrapportage2(
            ctx,
            eind_d,
            tp_d,
            "Er is geen aanvullende baan gevonden voor de resterende uren. Mevrouw Van Tilburg heeft zich goed ingezet.",
        ),
        bureau,
    )
    u_d = ctx.off(612)
    w.pdf(
        "UWV/Brief WIA-aanvraag.pdf",
        "uwv_correspondentie",
        u_d,
        uwv_wia_brief(ctx, u_d, ctx.off(650), Person("R. Postma", "medewerker klantcontact")),
        uwv,
    )
    ao_o, ev_o, ow_o = 618, 626, 638
    ao_d, ev_d, ow_d = ctx.off(ao_o), ctx.off(ev_o), ctx.off(ow_o)
    p["ao"] = w.pdf(
        "Arbodienst/Document (2).pdf",
        "actueel_oordeel",
        ao_d,
        actueel_oordeel(
            ctx,
            ao_d,
            "Mevrouw Van Tilburg werkt structureel 24 uur in de verpakking. Het tweede spoor heeft geen aanvullend werk opgeleverd.",
            ["dagdiensten tot zes uur", "geen koelcel", "niet tillen boven 10 kg"],
            "De arbeidsrelatie is goed; werkgever en werknemer hebben elkaar steeds goed gevonden.",
            "Passende arbeid bij de werkgever is er voor 24 uur per week in de verpakking.",
        ),
        a,
    )
    ev_blocks = eindevaluatie(
        ctx,
        ev_d,
        ctx.aard,
        "Twee jaar re-integratie: opbouw in de verpakking, bijstelling naar aangepast werk, een tweede spoor voor de resterende uren.",
        "De arbeidsrelatie is goed.",
        "Passende arbeid bij de werkgever: 24 uur in de verpakking; voor de overige 12 uur is er geen passend werk.",
    )
    mail_d = ctx.off(627)
    p["ev"] = w.eml_with_pdf(
        "Werkgever/mail/Getekende eindevaluatie.eml",
        "eindevaluatie",
        ev_d,
        {
            "From": "Gerrit Hoekstra <g.hoekstra@lindehoeve.example>",
            "To": "Noor van Tilburg <noor.vantilburg@mail.example>",
            "Cc": "personeelszaken@lindehoeve.example",
            "Subject": "Eindevaluatie - getekende versie",
            "Date": mail_date(mail_d, 9, 37),
            "Message-ID": f"<ev-{mail_d:%Y%m%d}-0937@lindehoeve.example>",
        },
        "Beste Noor,\r\n\r\nIn de bijlage vind je de eindevaluatie die we gisteren samen hebben besproken en ondertekend. "
        "Bewaar hem bij je kopieën van het re-integratieverslag.\r\n\r\nMet vriendelijke groet,\r\nGerrit Hoekstra\r\ncasemanager personeelszaken\r\n",
        "Eindevaluatie ondertekend.pdf",
        ev_blocks,
        e,
    )
    p["ow"] = w.pdf(
        "Werknemer/Oordeel werknemer.pdf",
        "oordeel_werknemer",
        ow_d,
        oordeel_wn(
            ctx,
            ow_d,
            [
                "Ik heb alle onderdelen van het re-integratieverslag ontvangen en gelezen.",
                "Ik ben het eens met de inhoud en met de 24 uur in de verpakking.",
            ],
        ),
        e,
    )

    def status(o: int) -> str:
        h = 9 if o < 110 else 16 if o < 200 else 20 if o < 300 else 24
        where = "de verpakking"
        return f"Mevrouw Van Tilburg werkt {h} uur per week in {where}."

    offs = schedule(ctx, pva_o, 645, 35, [bpva1_o, eje_o, bpva2_o, ev_o])
    photo_o, docx_o = offs[5], offs[9]
    special = {
        photo_o: {"how": "photo", "name": f"IMG_{weekday(ctx.off(photo_o)):%Y%m%d}_164107.jpg"},
        docx_o: {"how": "docx", "name": f"verslag gesprek {weekday(ctx.off(docx_o)):%d-%m}.docx"},
    }
    write_meetings(
        w,
        ctx,
        "Werkgever/gesprekken",
        offs,
        status,
        name_for=lambda d: f"Gesprek {fmt_date(d, 'dash')}.pdf",
        special=special,
    )
    assert_gaps(ctx, [pva_o, bpva1_o, *offs, eje_o, bpva2_o, ev_o], as_of)
    dossier_yaml(ctx, [], aanvraag=aanvraag, lhn=lhn)
    exp[ctx.case] = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": aanvraag.isoformat(),
        "planted": (
            "none: complete two-year dossier checked after the application (D0+641, as_of D0+652). PA D0+35, PvA D0+46 "
            "(signed, a copier scan named 'scan0003.pdf'), bijstelling PA week 21 -> bijstelling PvA 10 days later, "
            "meetings every 35 days (one a phone photo, one a Word original), 42e-weeksmelding D0+284, AD week 48, EJE "
            "week 50, bijstelling PvA for the 2nd track, trajectplan D0+380, 4 progress reports, eindrapportage, UWV "
            "letter week 88, AO D0+618 ('Document (2).pdf'), EV D0+626 as the attachment of an e-mail, oordeel werknemer"
        ),
        "no_errors": True,
        "must": [],
        "must_not": [
            *present(
                [
                    "probleemanalyse",
                    "plan_van_aanpak",
                    "bijstelling_probleemanalyse",
                    "bijstelling_plan_van_aanpak",
                    "eerstejaarsevaluatie",
                    "actueel_oordeel",
                    "eindevaluatie",
                    "oordeel_werknemer",
                    "arbeidsdeskundig_rapport",
                    "trajectplan_tweede_spoor",
                    "voortgangsrapportage_tweede_spoor",
                    "eindrapportage_tweede_spoor",
                ]
            ),
            E("missing", "nothing is missing"),
            *[
                E(code, "nothing of this kind is planted")
                for code in [
                    "late",
                    "early",
                    "outdated",
                    "order",
                    "bsn_invalid",
                    "bsn_mismatch",
                    "medical_data",
                    "unsigned",
                    "form",
                    "content",
                    "duplicate",
                    "multiple_documents",
                    "evaluation_gap",
                ]
            ],
            E("unsigned", "the copier scan of the PvA carries both signatures", path=p["pva"]),
            E(severity="warning", why="a clean dossier: no warning at all"),
        ],
    }


# ================================================================================================


HEADER = """\
# Expected findings of findings holdout 5. GENERATED by make_holdout5.py: edit the cases there.
# Written from DOMAIN.md (sections 1-6, 8), CONTRACT.md and the finding codes of docs/handleiding.md, without
# reading the rule code. Untouched holdout: do not tune the rules on it (if you do, say so in README.md).
#
# Per case: as_of (the --as-of date), first_sick_day and aanvraag_wia (as in the case's dossier.yaml, for the
# reader), planted (what is wrong and the traps), must / must_not (lists of {code?, type?, path?, severity?, why});
# a finding matches an entry when every given key is equal. no_errors: true -> no finding of severity error at all.

"""


def main() -> int:
    if CASES.exists():
        shutil.rmtree(CASES)
    if TMP.exists():
        shutil.rmtree(TMP)
    CASES.mkdir(parents=True)
    exp: dict[str, Any] = {}
    for fn in (
        case_herval,
        case_week70,
        case_verlenging,
        case_ao_binnen,
        case_ao_buiten,
        case_bijstelling,
        case_spoor2,
        case_specialist,
        case_schoon,
    ):
        fn(exp)
    if TMP.exists():
        shutil.rmtree(TMP)
    text = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=118)
    (HERE / "expected.yaml").write_text(HEADER + text, encoding="utf-8")
    n_must = sum(len(v["must"]) for v in exp.values())
    n_not = sum(len(v["must_not"]) + (1 if v.get("no_errors") else 0) for v in exp.values())
    print(f"{len(exp)} cases, {n_must} must, {n_not} must_not checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
