"""Content of synthetic re-integration documents: fictional cases and per-type block builders.

Every builder takes a ``Case``, a wording *variant* (0-4) and the document date, and returns
``(blocks, style)``. Variants 0-2 are the "dev" wordings, variants 3-4 the "holdout" wordings
(different organisations, titles, field labels, date formats, English-influenced or terse
phrasing, form tables). All people, companies and addresses are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from docgen import (
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
    fmt_bsn,
    fmt_date,
)

D = dt.date


def wk(d0: D, week: int, day: int = 0) -> D:
    """A date in week ``week`` of illness (week 1 starts on d0)."""
    return d0 + dt.timedelta(days=7 * (week - 1) + day)


@dataclass
class Person:
    name: str
    function: str = ""
    extra: str = ""  # BIG number, registration, e-mail


@dataclass
class Case:
    key: str
    variant: int
    emp: str  # "J. de Vries"
    emp_full: str
    aanhef: str  # "de heer" | "mevrouw"
    birth: D
    bsn: str
    functie: str
    hours: int
    in_dienst: D
    werkgever: str
    wg_adres: str
    lhn: str
    aard: str
    d0: D
    casemanager: Person
    leidinggevende: Person
    bedrijfsarts: Person
    arbodienst: str
    verzuimnr: str
    ad: Person
    ad_org: str
    bureau: str
    coach: Person
    beperkingen: str  # functional, non-medical
    medisch: dict[str, str]  # for MI only
    styles: dict[str, Style] = field(default_factory=dict)
    date_kind: str = "long"
    other_date_kind: str = "dash"
    bsn_kind: str = "plain"

    def d(self, x: D) -> str:
        return fmt_date(x, self.date_kind)

    def od(self, x: D) -> str:
        return fmt_date(x, self.other_date_kind)

    @property
    def bsn_s(self) -> str:
        return fmt_bsn(self.bsn, self.bsn_kind)

    @property
    def emp_last(self) -> str:
        return self.emp.split(". ")[-1] if ". " in self.emp else self.emp

    @property
    def hij(self) -> str:
        return "hij" if self.aanhef == "de heer" else "zij"

    @property
    def zijn(self) -> str:
        return "zijn" if self.aanhef == "de heer" else "haar"


# ---------------------------------------------------------------------------------------------
# personalia per variant (field labels differ per house)
# ---------------------------------------------------------------------------------------------

LABELS = [
    # 0 classic
    {
        "naam": "Naam werknemer",
        "bsn": "BSN",
        "geb": "Geboortedatum",
        "functie": "Functie",
        "wg": "Werkgever",
        "d0": "Eerste ziektedag",
        "datum": "Datum",
        "indienst": "Datum in dienst",
        "uren": "Contracturen per week",
    },
    # 1
    {
        "naam": "Werknemer",
        "bsn": "Burgerservicenummer",
        "geb": "Geb. datum",
        "functie": "Functie",
        "wg": "Organisatie",
        "d0": "Datum ziekmelding",
        "datum": "Datum rapportage",
        "indienst": "In dienst sinds",
        "uren": "Uren p/w",
    },
    # 2 terse
    {
        "naam": "Medewerker",
        "bsn": "BSN",
        "geb": "Geb.dat.",
        "functie": "Functie",
        "wg": "Werkgever",
        "d0": "1e verzuimdag",
        "datum": "Datum",
        "indienst": "Indienst",
        "uren": "Uren",
    },
    # 3 English-influenced (holdout)
    {
        "naam": "Employee name",
        "bsn": "Citizen service no. (BSN)",
        "geb": "Date of birth",
        "functie": "Job title",
        "wg": "Employer",
        "d0": "Start of absence",
        "datum": "Report date",
        "indienst": "Start of employment",
        "uren": "Contract hours",
    },
    # 4 form / table (holdout)
    {
        "naam": "Naam",
        "bsn": "Sofinummer/BSN",
        "geb": "Geboren",
        "functie": "Functie (eigen werk)",
        "wg": "Werkgever",
        "d0": "Ziekmeldingsdatum",
        "datum": "Datum opmaak",
        "indienst": "Datum indiensttreding",
        "uren": "Arbeidsduur",
    },
]


def personalia(
    c: Case,
    date: D | None,
    *,
    geb: bool = True,
    wg: bool = True,
    d0: bool = True,
    extra: list[tuple[str, str]] | None = None,
    indienst: bool = False,
) -> Fields:
    lab = LABELS[c.variant]
    items = [
        (lab["naam"], f"{c.emp} ({c.emp_full.split()[0]})" if c.variant == 1 else c.emp),
        (lab["bsn"], c.bsn_s),
    ]
    if geb:
        items.append((lab["geb"], c.od(c.birth)))
    items.append((lab["functie"], c.functie))
    if wg:
        items.append((lab["wg"], c.werkgever))
    if indienst:
        items.append((lab["indienst"], c.od(c.in_dienst)))
    if d0:
        items.append((lab["d0"], c.od(c.d0)))
    items += extra or []
    if date is not None:
        items.append((lab["datum"], c.d(date)))
    return Fields(items)


def sig_ba(c: Case, date: D, signed: bool = True) -> Sig:
    fn = [
        "Bedrijfsarts",
        "bedrijfsarts, BIG " + c.bedrijfsarts.extra,
        "Bedrijfsarts (geregistreerd)",
        "Occupational physician / bedrijfsarts",
        "bedrijfsarts",
    ][c.variant]
    return Sig(
        ["Bedrijfsarts", "Namens " + c.arbodienst, "Opgesteld door", "Signed", "Naam/paraaf"][c.variant],
        c.bedrijfsarts.name,
        fn,
        c.d(date),
        signed,
    )


def sigs_wg_wn(c: Case, date: D, wn_signed: bool = True, who: Person | None = None) -> Signatures:
    who = who or c.casemanager
    roles = [
        ("Werkgever", "Werknemer"),
        ("Namens werkgever", "Voor akkoord werknemer"),
        ("Handtekening werkgever", "Handtekening werknemer"),
        ("Employer", "Employee"),
        ("Werkgever (paraaf)", "Werknemer (paraaf)"),
    ][c.variant]
    return Signatures(
        [
            Sig(roles[0], who.name, who.function, c.d(date)),
            Sig(roles[1], c.emp, c.functie, c.d(date), wn_signed),
        ]
    )


def _title(c: Case, titles: list[str], sub: list[str] | None = None) -> Title:
    return Title(titles[c.variant], (sub or [""] * 5)[c.variant])


# ---------------------------------------------------------------------------------------------
# bedrijfsarts documents
# ---------------------------------------------------------------------------------------------


def probleemanalyse(c: Case, date: D, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["arbo"]
    next_app = date + dt.timedelta(days=28)
    blocks: list[Block] = [
        _title(
            c,
            [
                "Probleemanalyse",
                "Probleemanalyse en advies",
                "Oordeel en advies bedrijfsarts",
                "Problem analysis (Probleemanalyse Wvp)",
                "Advies plan van aanpak",
            ],
            [
                "in het kader van de Wet verbetering poortwachter",
                "",
                "(probleemanalyse, art. 2 Regeling procesgang)",
                "Occupational health report – confidential: only non-medical information",
                "analyse verzuimsituatie week 5",
            ],
        ),
        personalia(c, date, extra=[("Verzuimnummer" if c.variant != 3 else "Case ID", c.verzuimnr)]),
    ]
    if c.variant == 0:
        blocks += [
            Heading("Is er sprake van dreigend langdurig verzuim?"),
            Para(
                f"Ja. Op basis van mijn spreekuurcontact van {c.d(date)} verwacht ik dat het verzuim langer dan "
                "drie maanden zal duren. Er zijn wel benutbare mogelijkheden."
            ),
            Heading("Beperkingen en mogelijkheden (belastbaarheid)"),
            Para(
                f"Werknemer heeft op dit moment {c.beperkingen}. Aangepaste werkzaamheden binnen deze grenzen zijn "
                "mogelijk voor 2 x 2 uur per dag, op te bouwen in overleg."
            ),
            Heading("Prognose"),
            Para(
                "De prognose voor (gedeeltelijke) terugkeer in het eigen werk is redelijk. Verwachte duur tot volledige "
                "hervatting: 3 tot 6 maanden."
            ),
            Heading("Advies aan werkgever en werknemer"),
            Bullets(
                [
                    "Start met aangepast werk binnen de genoemde belastbaarheid.",
                    "Stel binnen twee weken samen een plan van aanpak op.",
                    "Wijs een casemanager aan en evalueer iedere zes weken.",
                ]
            ),
            Para(f"Volgend spreekuur: {c.od(next_app)}."),
        ]
    elif c.variant == 1:
        blocks += [
            Heading("1. Vraagstelling"),
            Para("Werkgever vraagt om een probleemanalyse na vier weken verzuim."),
            Heading("2. Oordeel"),
            Para(
                f"Er is sprake van dreigend langdurig verzuim. Betrokkene is beperkt belastbaar: {c.beperkingen}. "
                "De beperkingen zijn het gevolg van ziekte; werkgerelateerde factoren spelen een beperkte rol."
            ),
            Heading("3. Mogelijkheden"),
            Para("Betrokkene heeft benutbare mogelijkheden voor licht, deels zittend werk in de eigen organisatie."),
            Heading("4. Advies"),
            Para(
                "Advies aan werkgever en werknemer: hervatten in aangepast werk, opbouw per twee weken; plan van aanpak "
                "opstellen en de casemanager laten bewaken. Ik verwacht gedeeltelijk herstel binnen een half jaar."
            ),
            Table(
                ["Activiteit", "Termijn"],
                [
                    ["Plan van aanpak opstellen", "binnen 2 weken"],
                    ["Vervolgconsult bedrijfsarts", c.od(next_app)],
                ],
            ),
        ]
    elif c.variant == 2:
        blocks += [
            Para("Conclusie: dreigend langdurig verzuim, ja. Benutbare mogelijkheden: ja, beperkt."),
            Heading("Beperkingen"),
            Para(c.beperkingen.capitalize() + "."),
            Heading("Verwachting"),
            Para("Herstel verwacht, duur onzeker (langer dan 3 mnd). Geen geheel geen benutbare mogelijkheden."),
            Heading("Advies"),
            Bullets(
                [
                    "opbouw in eigen werk, start 2 x 3 uur p/w",
                    "werkaanpassing: geen tijdsdruk",
                    "PvA binnen 2 wkn",
                    f"terugkoppeling na consult {c.od(next_app)}",
                ]
            ),
        ]
    elif c.variant == 3:
        blocks += [
            Heading("Conclusion"),
            Para(
                "Threatened long-term absence: yes. The employee has usable capacity (benutbare mogelijkheden) for "
                "adapted duties."
            ),
            Heading("Functional capacity"),
            Para(f"Current limitations: {c.beperkingen}. No restrictions on cognitive tasks."),
            Heading("Prognosis & expected duration"),
            Para("Partial return to own work expected within 12 weeks; full recovery uncertain."),
            Heading("Advice to employer and employee"),
            Para(
                "Please draw up the plan of action (plan van aanpak) within two weeks. Start with light warehouse "
                "administration 3 x 3 hrs/week. Review by the occupational physician in four weeks "
                f"(next appointment {c.od(next_app)})."
            ),
        ]
    else:
        blocks += [
            Table(
                ["Vraag", "Antwoord"],
                [
                    ["Verzuim naar verwachting langer dan 3 maanden?", "Ja"],
                    ["Benutbare mogelijkheden?", "Ja, " + c.beperkingen],
                    ["Prognose", "Gunstig op termijn; tijdpad 4-6 maanden"],
                    ["Advies interventies", "Opbouw eigen werk op rustige groep; coaching via werkgever"],
                    ["Advies t.a.v. plan van aanpak", "Afspraken vastleggen binnen 14 dagen"],
                    ["Volgende afspraak", c.od(next_app)],
                ],
            ),
        ]
    blocks.append(Signatures([sig_ba(c, date)]))
    return blocks, st


def bijstelling_probleemanalyse(c: Case, date: D, pa_date: D | None = None, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["arbo"]
    pa_date = pa_date or wk(c.d0, 5)
    refs = f"probleemanalyse van {c.od(pa_date)}"
    blocks: list[Block] = [
        _title(
            c,
            [
                "Bijstelling probleemanalyse",
                "Geactualiseerde probleemanalyse",
                "Bijstelling PA",
                "Update problem analysis (bijstelling)",
                "Herziening analyse verzuim",
            ],
            ["", "actualisatie belastbaarheid", "herziene belastbaarheid", "", ""],
        ),
        personalia(c, date, geb=False),
    ]
    txt = [
        f"Sinds de {refs} is de situatie gewijzigd. De belastbaarheid is afgenomen: {c.beperkingen}, en daarnaast is "
        "werken onder tijdsdruk voorlopig niet mogelijk. Het eerder geadviseerde re-integratiedoel (eigen werk) is "
        "niet langer realistisch op korte termijn.",
        f"In vervolg op de {refs}: de opbouw is gestagneerd. Herziene belastbaarheid: {c.beperkingen}. Advies: "
        "onderzoek aangepast werk en vraag een arbeidsdeskundig onderzoek aan.",
        f"Wijziging t.o.v. {refs}: belastbaarheid aangepast (zie bijlage IZP). Prognose: langer dan eerder verwacht.",
        f"Compared to the problem analysis of {c.od(pa_date)} the functional capacity has changed. Revised limitations: "
        f"{c.beperkingen}. Return to own job within the first year is unlikely.",
        f"Aanleiding: stagnatie opbouw. Oorspronkelijke analyse: {c.od(pa_date)}. Nieuwe inschatting: {c.beperkingen}.",
    ][c.variant]
    blocks += [
        Heading(["Wat is er veranderd?", "Actualisatie", "Wijziging", "What has changed", "Aanleiding"][c.variant]),
        Para(txt),
        Heading(["Advies", "Gewijzigd advies", "Advies", "Revised advice", "Advies"][c.variant]),
        Para(
            [
                "Ik adviseer werkgever en werknemer het plan van aanpak bij te stellen en een arbeidsdeskundige in "
                "te schakelen om passend werk te verkennen.",
                "Plan van aanpak bijstellen; doel wijzigen naar aangepast werk.",
                "PvA bijstellen. AD-onderzoek aanvragen.",
                "Adjust the plan of action; request an assessment by a labour expert (arbeidsdeskundige).",
                "Afsprakenplan aanpassen, arbeidsdeskundige inschakelen.",
            ][c.variant]
        ),
        Signatures([sig_ba(c, date)]),
    ]
    return blocks, st


def actueel_oordeel(c: Case, date: D, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["arbo"]
    wia = date + dt.timedelta(days=21)
    blocks: list[Block] = [
        _title(
            c,
            [
                "Actueel oordeel bij de probleemanalyse",
                "Actueel oordeel bedrijfsarts",
                "Actueel oordeel t.b.v. re-integratieverslag",
                "Current assessment (Actueel Oordeel) – RIV",
                "Oordeel bedrijfsarts – actuele situatie",
            ],
            ["(zonder medische gegevens)", "", "", "For UWV – no medical data", "t.b.v. de WIA-aanvraag"],
        ),
        personalia(c, date, extra=[("Verzuimnummer", c.verzuimnr)]),
    ]
    if c.variant in (0, 1, 2):
        blocks += [
            Heading(["Verloop van de arbeidsongeschiktheid", "Stand van zaken", "Beloop"][c.variant]),
            Para(
                "Het verzuim duurt inmiddels bijna twee jaar. Er is een gedeeltelijke verbetering opgetreden, maar de "
                "belastbaarheid is nog niet voldoende voor het eigen werk. De WIA-aanvraag wordt voorbereid."
            ),
            Heading(["Actuele belastbaarheid", "Beperkingen en mogelijkheden", "Belastbaarheid"][c.variant]),
            Para(f"Actueel: {c.beperkingen}. Zie het bijgevoegde inzetbaarheidsprofiel."),
            Heading(["Arbeidsrelatie", "Kwaliteit van de arbeidsrelatie", "Arbeidsrelatie"][c.variant]),
            Para(
                "Voor zover mij bekend is de arbeidsrelatie goed; er zijn geen signalen van een verstoorde verhouding."
            ),
            Heading(
                ["Passende arbeid bij de werkgever", "Passend werk bij eigen werkgever", "Passende arbeid"][c.variant]
            ),
            Para(
                "Binnen de huidige belastbaarheid is passende arbeid bij de werkgever beperkt aanwezig; het huidige "
                "aangepaste werk van 12 uur per week is passend."
            ),
        ]
    elif c.variant == 3:
        blocks += [
            Heading("Course of the incapacity"),
            Para(f"Slow partial improvement over 88 weeks. The employee will apply for WIA (planned {c.od(wia)})."),
            Heading("Functional capacity (IZP)"),
            Para(f"{c.beperkingen}; see annex."),
            Heading("Working relationship (arbeidsrelatie)"),
            Para("Good. No conflict reported by either party."),
            Heading("Suitable work with the employer (passende arbeid)"),
            Para("Only the current adapted role (admin support, 16 hrs/week) fits the capacity."),
        ]
    else:
        blocks += [
            Table(
                ["Onderdeel", "Oordeel bedrijfsarts"],
                [
                    [
                        "Beloop arbeidsongeschiktheid",
                        "Stabiel sinds week 70, geen verdere verbetering verwacht",
                    ],
                    ["Functionele mogelijkheden", c.beperkingen],
                    ["Arbeidsrelatie", "Goed, open communicatie"],
                    ["Passende arbeid bij werkgever", "Ja, 4 uur per dag op vaste groep"],
                    ["Aanvraag WIA voorzien", c.od(wia)],
                ],
            )
        ]
    blocks.append(Signatures([sig_ba(c, date)]))
    return blocks, st


def medische_informatie(c: Case, date: D, form: int | None = None, **kw: object) -> tuple[list[Block], Style]:
    """MI in several shapes; ``form`` overrides the variant: 5 = specialist letter without the words
    'medische informatie', 6 = pharmacy medication overview, 7 = psychologist's letter, 8 = hospital
    discharge letter."""
    m = c.medisch
    form = c.variant if form is None else form
    if form == 0:
        blocks: list[Block] = [
            Title("Medische informatie", "MEDISCH GEHEIM – alleen voor de verzekeringsarts van UWV"),
            personalia(c, date),
            Heading("Diagnose"),
            Para(m["diagnose"] + f" ({m['code']})."),
            Heading("Behandeling"),
            Para(m["behandeling"]),
            Heading("Behandelaars"),
            Para(m["behandelaar"]),
            Heading("Medicatie"),
            Para(m["medicatie"]),
            Signatures([sig_ba(c, date)]),
        ]
        return blocks, c.styles["arbo"]
    if form == 1:
        blocks = [
            Title("Medisch deel re-integratieverslag", "Vertrouwelijk – in gesloten envelop aan UWV"),
            personalia(c, date),
            Para(
                f"Anamnese: sinds {c.od(c.d0)} klachten. {m['diagnose']}. Behandeling: {m['behandeling']}. "
                f"Specialist: {m['behandelaar']}. Huidige medicatie: {m['medicatie']}."
            ),
            Para(
                "Deze gegevens zijn uitsluitend bestemd voor de verzekeringsarts en mogen niet aan de werkgever "
                "worden verstrekt."
            ),
            Signatures([sig_ba(c, date)]),
        ]
        return blocks, c.styles["arbo"]
    if form == 2:
        blocks = [
            Title("MEDISCHE GEGEVENS"),
            Fields([("Betreft", c.emp), ("BSN", c.bsn_s), ("Datum", c.d(date))]),
            Table(
                ["Item", "Gegevens"],
                [
                    ["Diagnose", m["diagnose"]],
                    ["ICD-10", m["code"]],
                    ["Behandelaar", m["behandelaar"]],
                    ["Medicatie", m["medicatie"]],
                ],
            ),
            Signatures([sig_ba(c, date)]),
        ]
        return blocks, c.styles["arbo"]
    if form == 3:
        blocks = [
            Title("Medical information – strictly confidential"),
            personalia(c, date, wg=False),
            Para(
                f"Diagnosis: {m['diagnose']} ({m['code']}). Treated by {m['behandelaar']}. "
                f"Medication: {m['medicatie']}. {m['behandeling']}"
            ),
            Signatures([sig_ba(c, date)]),
        ]
        return blocks, c.styles["arbo"]
    if form == 4:
        blocks = [
            Title("Verslag spreekuur bedrijfsarts (journaal)"),
            Fields([("Cliënt", c.emp), ("BSN", c.bsn_s), ("Consultdatum", c.d(date))]),
            Para(
                f"S: klachten wisselend, slaapt slecht. O: {m['diagnose'].lower()}, in behandeling bij "
                f"{m['behandelaar']}. E: belastbaarheid laag. P: {m['medicatie']} continueren, contact "
                "behandelaar, vervolg over 4 weken."
            ),
            Signatures([sig_ba(c, date)]),
        ]
        return blocks, c.styles["arbo"]
    if form == 5:  # specialist letter, no "medische informatie" words
        st = Style(
            f"spec{c.variant}",
            m["ziekenhuis"],
            ("Polikliniek " + m["poli"], "Postbus 9100, 0000 ZZ Ergens"),
            font="serif",
            letterhead="right",
            accent=(30, 30, 30),
        )
        blocks = [
            Fields(
                [
                    ("Aan", f"{c.bedrijfsarts.name}, bedrijfsarts, {c.arbodienst}"),
                    ("Betreft", f"{c.aanhef} {c.emp}, geb. {c.od(c.birth)}"),
                    ("Datum", c.d(date)),
                ]
            ),
            Para("Geachte collega,"),
            Para(
                f"Op uw verzoek bericht ik u over bovengenoemde patiënt(e), die sinds {c.od(c.d0 + dt.timedelta(days=20))} "
                f"onder behandeling is op onze polikliniek. Conclusie: {m['diagnose'].lower()}. {m['behandeling']} "
                f"Voorlopig continueren wij {m['medicatie']}. Controle over drie maanden."
            ),
            Para("Met collegiale groet,"),
            Signatures([Sig("", m["specialist"], m["specialisme"], c.d(date))]),
        ]
        return blocks, st
    if form == 6:  # pharmacy overview
        st = Style(
            f"apo{c.variant}",
            "Apotheek De Gouden Vijzel",
            ("Marktstraat 3, 0000 AA Ergens",),
            font="mono",
            letterhead="left",
            accent=(0, 110, 60),
        )
        blocks = [
            Title("Actueel medicatieoverzicht"),
            Fields(
                [
                    ("Patiënt", c.emp),
                    ("BSN", c.bsn_s),
                    ("Geboortedatum", c.od(c.birth)),
                    ("Afdrukdatum", c.d(date)),
                ]
            ),
            Table(
                ["Geneesmiddel", "Dosering", "Voorschrijver", "Startdatum"],
                [
                    [m["medicatie"], "1 dd", m["specialist"], c.od(c.d0 + dt.timedelta(days=30))],
                    ["paracetamol 500 mg", "zo nodig, max 6 dd", "huisarts", c.od(c.d0)],
                ],
            ),
        ]
        return blocks, st
    if form == 8:  # hospital discharge letter, terse
        st = Style(
            f"ontslag{c.variant}",
            m["ziekenhuis"],
            ("Afdeling " + m["poli"],),
            font="condensed",
            letterhead="left",
            accent=(0, 60, 120),
        )
        opname = date - dt.timedelta(days=9)
        blocks = [
            Title("Ontslagbericht"),
            Fields(
                [
                    ("Patiënt", f"{c.emp}, geb. {c.od(c.birth)}"),
                    ("BSN", c.bsn_s),
                    ("Opname", c.od(opname)),
                    ("Ontslag", c.d(date)),
                    ("Kopie aan", f"{c.bedrijfsarts.name} (bedrijfsarts), huisarts"),
                ]
            ),
            Para(
                f"Reden van opname: {m['diagnose'].lower()}. Beloop: rustig, {m['behandeling'].lower()} "
                f"Ontslagmedicatie: {m['medicatie']}. Poliklinische controle over 6 weken bij {m['specialist']}."
            ),
            Signatures([Sig("", m["specialist"], m["specialisme"], c.d(date))]),
        ]
        return blocks, st
    # form 7: psychologist's letter
    st = Style(
        f"psy{c.variant}",
        "Praktijk voor Psychologie Het Anker",
        ("GZ-psychologen · BIG-geregistreerd",),
        font="sans",
        letterhead="centered",
        accent=(90, 60, 120),
    )
    blocks = [
        Fields([("Betreft", f"cliënt {c.emp}, BSN {c.bsn_s}"), ("Datum", c.d(date))]),
        Para(f"Geachte heer/mevrouw {c.bedrijfsarts.name.split()[-1]},"),
        Para(
            f"Cliënt is sinds enkele maanden bij ons in behandeling in verband met {m['diagnose'].lower()}. "
            "Er zijn tot nu toe 9 sessies geweest (EMDR/CGT). De klachten nemen af maar zijn nog aanwezig; "
            "de behandeling loopt naar verwachting nog 3 maanden."
        ),
        Signatures([Sig("", "drs. E. Hoogvliet-Rademaker", "GZ-psycholoog", c.d(date))]),
    ]
    return blocks, st


def inzetbaarheidsprofiel(c: Case, date: D, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["arbo"] if c.variant != 2 else c.styles.get("ad", c.styles["arbo"])
    rubrieken = [
        ["I Persoonlijk functioneren", "Beperkt: geen hoge tijdsdruk, geen deadlines"],
        ["II Sociaal functioneren", "Niet beperkt"],
        ["III Aanpassing aan fysieke omgevingseisen", "Niet beperkt"],
        ["IV Dynamische handelingen", "Beperkt: tillen max. 5 kg, niet frequent bukken"],
        ["V Statische houdingen", "Beperkt: zitten max 1 uur aaneengesloten, staan max 30 min"],
        ["VI Werktijden", "Beperkt: max 4 uur per dag, 20 uur per week; geen nachtdiensten"],
    ]
    title = [
        "Functionele Mogelijkhedenlijst (FML)",
        "Inzetbaarheidsprofiel",
        "Belastbaarheidsprofiel (BAR)",
        "Capacity profile / IZP",
        "Overzicht mogelijkheden en beperkingen",
    ][c.variant]
    blocks: list[Block] = [
        Title(
            title,
            [
                "bijlage bij probleemanalyse",
                "IZP conform NVAB-richtlijn",
                "",
                "annex to the current assessment",
                "bijlage bij actueel oordeel",
            ][c.variant],
        ),
        personalia(c, date, geb=c.variant != 4, wg=False),
    ]
    if c.variant == 3:
        blocks.append(
            Table(
                ["Domain", "Capacity"],
                [
                    ["Personal functioning", "Limited – no high time pressure"],
                    ["Social functioning", "Normal"],
                    ["Physical environment", "Normal"],
                    ["Dynamic movements", "Lifting max 10 kg; no overhead work"],
                    ["Static postures", "Standing max 1 hr"],
                    ["Working hours", "Max 6 hrs/day, 24 hrs/week"],
                ],
            )
        )
    elif c.variant == 4:
        blocks += [
            Heading("Kan wel"),
            Bullets(
                [
                    "werken op een vaste, rustige groep",
                    "4 uur per dag, verspreid over de week",
                    "licht fysiek werk",
                ]
            ),
            Heading("Kan niet / beperkt"),
            Bullets(
                [
                    "conflicthantering met ouders",
                    "drukke momenten (brengen/halen)",
                    "avond- en vroege diensten",
                ]
            ),
        ]
    else:
        blocks.append(Table(["Rubriek", "Beperking (t.o.v. normaalwaarde)"], rubrieken))
    blocks.append(Signatures([sig_ba(c, date)]))
    return blocks, st


# ---------------------------------------------------------------------------------------------
# werkgever + werknemer documents
# ---------------------------------------------------------------------------------------------


def plan_van_aanpak(c: Case, date: D, pa_date: D | None = None, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["wg"]
    pa_date = pa_date or date - dt.timedelta(days=10)
    ev1 = date + dt.timedelta(days=42)
    blocks: list[Block] = [
        _title(
            c,
            [
                "Plan van aanpak",
                "Plan van aanpak re-integratie",
                "Maken Plan van aanpak",
                "Re-integration plan of action (Plan van Aanpak)",
                "Afsprakenplan re-integratie",
            ],
            ["", "", "gebaseerd op het UWV-formulier", "", "(PvA conform art. 4 Regeling procesgang)"],
        ),
        personalia(
            c,
            date,
            indienst=True,
            extra=[
                (
                    ["Casemanager", "Casemanager", "Casemanager", "Case manager", "Regisseur/casemanager"][c.variant],
                    f"{c.casemanager.name}, {c.casemanager.function}",
                ),
                ("Datum probleemanalyse" if c.variant != 3 else "Date of problem analysis", c.od(pa_date)),
            ],
        ),
    ]
    if c.variant == 3:
        blocks += [
            Heading("Goal (re-integratiedoel)"),
            Para("Return to own job as order picker, 32 hrs/week, within 6 months (track 1)."),
            Heading("Activities and time frames"),
            Table(
                ["Activity", "Owner", "Deadline"],
                [
                    ["Adapted work: inbound admin 3x3 hrs", "Team lead", c.od(date + dt.timedelta(days=7))],
                    ["Physiotherapy-based training", "Employee", "ongoing"],
                    ["Evaluation meeting", "Case manager", c.od(ev1)],
                ],
            ),
            Heading("Employer's view (visie werkgever)"),
            Para("We support a gradual return and can offer adapted tasks for at least three months."),
            Heading("Employee's view (visie werknemer)"),
            Para("I agree with the plan and want to return to my own job."),
        ]
    elif c.variant == 4:
        blocks += [
            Table(
                ["Onderdeel", "Afspraak"],
                [
                    ["Doel", "Terugkeer in eigen functie, opbouw naar 24 uur"],
                    ["Spoor", "Spoor 1"],
                    [
                        "Activiteiten",
                        "Start 2 x 2 uur op rustige groep; coachgesprekken; wekelijkse check-in met leidinggevende",
                    ],
                    ["Termijnen", "Opbouw per 3 weken, doel binnen 5 maanden"],
                    ["Evaluatiemomenten", f"Elke 6 weken, eerste op {c.od(ev1)}"],
                    [
                        "Visie werkgever",
                        "Wij zien goede kansen op terugkeer; de groep kan tijdelijk worden aangepast.",
                    ],
                    ["Visie werknemer", "Ik wil graag terug maar vind de drukke momenten nog lastig."],
                ],
            )
        ]
    else:
        blocks += [
            Heading(["Re-integratiedoel", "Doel", "Einddoel"][c.variant]),
            Para(
                [
                    "Terugkeer in het eigen werk (spoor 1), volledige hervatting binnen circa zes maanden.",
                    "Hervatting in de eigen functie, eventueel met aanpassingen. Spoor 1.",
                    "Eigen werk, 100%. Tussendoel: aangepast werk 50% binnen 3 mnd.",
                ][c.variant]
            ),
            Heading(["Afspraken en activiteiten", "Activiteiten", "Afspraken"][c.variant]),
            Table(
                ["Activiteit", "Wie", "Termijn"],
                [
                    [
                        "Aangepast werk starten, 2 x 2 uur per dag",
                        "Werknemer / leidinggevende",
                        c.od(date + dt.timedelta(days=3)),
                    ],
                    ["Uren uitbreiden per twee weken", "Werknemer", "doorlopend"],
                    ["Werkplekonderzoek", "Casemanager", c.od(date + dt.timedelta(days=21))],
                    ["Evaluatie plan van aanpak", "Casemanager + werknemer", c.od(ev1)],
                ],
            ),
            Heading("Evaluatiemomenten"),
            Para(
                f"Iedere zes weken, de eerste evaluatie op {c.od(ev1)}. De eerstejaarsevaluatie vindt plaats rond week 52."
            ),
            Heading(["Visie werkgever", "Visie van de werkgever op de activiteiten", "Visie werkgever"][c.variant]),
            Para(
                "De werkgever ziet mogelijkheden voor aangepast werk op de eigen afdeling en zal hiervoor ruimte maken."
            ),
            Heading(["Visie werknemer", "Visie van de werknemer op de activiteiten", "Visie werknemer"][c.variant]),
            Para("Werknemer kan zich vinden in de afspraken en wil graag zo snel mogelijk terug in het eigen werk."),
        ]
    blocks.append(sigs_wg_wn(c, date))
    return blocks, st


def bijstelling_plan_van_aanpak(c: Case, date: D, pva_date: D | None = None, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["wg"]
    pva_date = pva_date or wk(c.d0, 7)
    blocks: list[Block] = [
        _title(
            c,
            [
                "Bijstelling plan van aanpak",
                "Aanvulling plan van aanpak",
                "Bijstelling PvA",
                "Plan of action – revision",
                "Gewijzigd afsprakenplan",
            ],
            ["", "", "start tweede spoor", "(bijstelling PvA)", "wijziging re-integratiedoel"],
        ),
        personalia(
            c,
            date,
            geb=False,
            extra=[
                (
                    "Oorspronkelijk plan van aanpak" if c.variant != 3 else "Original plan dated",
                    c.od(pva_date),
                )
            ],
        ),
        Heading(["Aanleiding", "Reden van de bijstelling", "Aanleiding", "Reason", "Waarom"][c.variant]),
        Para(
            [
                "Naar aanleiding van de eerstejaarsevaluatie en het arbeidsdeskundig onderzoek wordt het re-integratiedoel "
                "gewijzigd.",
                "De bedrijfsarts heeft de probleemanalyse bijgesteld; de afspraken uit het plan van aanpak zijn niet meer haalbaar.",
                "Uitkomst AD-onderzoek: eigen werk niet haalbaar. Start spoor 2.",
                "Following the labour expert's assessment the goal changes from own job to other work (track 2).",
                "Het oude doel (eigen functie) is niet haalbaar gebleken.",
            ][c.variant]
        ),
        Heading(["Nieuw doel", "Gewijzigde afspraken", "Nieuw doel", "New goal", "Nieuw doel"][c.variant]),
        Para(
            [
                "Spoor 1: aangepast werk bij de eigen werkgever, 20 uur per week. Daarnaast start het tweede spoor via "
                f"{c.bureau}.",
                f"Aangepast werk in een andere functie; parallel een 2e-spoortraject bij {c.bureau}.",
                f"Spoor 1 aangepast werk 16 u/w; spoor 2 via {c.bureau}, start binnen 4 weken.",
                f"Track 1: adapted job 16 hrs/week. Track 2: outplacement via {c.bureau}.",
                f"Ander werk, binnen of buiten de organisatie; begeleiding door {c.bureau}.",
            ][c.variant]
        ),
    ]
    if c.variant in (0, 3):
        blocks += [
            Heading("Visie werkgever" if c.variant == 0 else "Employer's view"),
            Para("Wij blijven aangepast werk aanbieden." if c.variant == 0 else "We keep offering adapted work."),
            Heading("Visie werknemer" if c.variant == 0 else "Employee's view"),
            Para("Ik sta open voor ander werk." if c.variant == 0 else "I am open to other work."),
        ]
    blocks.append(sigs_wg_wn(c, date))
    return blocks, st


def tussentijdse_evaluatie(c: Case, date: D, n: int = 1, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["wg"]
    nxt = date + dt.timedelta(days=42)
    blocks: list[Block] = [
        _title(
            c,
            [
                "Evaluatie plan van aanpak",
                "Verslag voortgangsgesprek",
                "Gespreksverslag 6-wekelijkse evaluatie",
                "Progress meeting notes",
                "Verslag periodiek overleg re-integratie",
            ],
            [f"evaluatie {n}", "", "", "(evaluatie PvA)", ""],
        ),
        Fields(
            [
                (LABELS[c.variant]["naam"], c.emp),
                (LABELS[c.variant]["bsn"], c.bsn_s),
                (
                    ["Datum gesprek", "Gespreksdatum", "Datum", "Meeting date", "Datum overleg"][c.variant],
                    c.d(date),
                ),
                (
                    ["Aanwezig", "Deelnemers", "Aanwezig", "Attendees", "Aanwezigen"][c.variant],
                    f"{c.emp}, {c.casemanager.name} ({c.casemanager.function}), {c.leidinggevende.name}",
                ),
                (
                    [
                        "Eerste ziektedag",
                        "Datum ziekmelding",
                        "1e verzuimdag",
                        "Start of absence",
                        "Ziek sinds",
                    ][c.variant],
                    c.od(c.d0),
                ),
            ]
        ),
        Heading(["Voortgang", "Hoe gaat het?", "Stand van zaken", "Progress", "Voortgang afspraken"][c.variant]),
        Para(
            [
                f"De afspraken uit het plan van aanpak zijn nagekomen. Werknemer werkt nu {8 + 4 * n} uur per week in aangepast werk.",
                f"Werknemer geeft aan dat de opbouw redelijk gaat. Uren op dit moment: {8 + 4 * n} per week.",
                f"Afspraken nagekomen: ja. Uren: {8 + 4 * n}.",
                f"The employee now works {8 + 4 * n} hrs/week. Agreements from the plan of action were met.",
                f"Opbouw loopt volgens schema ({8 + 4 * n} uur). Rustige groep bevalt goed.",
            ][c.variant]
        ),
        Heading(["Afspraken", "Vervolgafspraken", "Afspraken", "Next steps", "Vervolg"][c.variant]),
        Bullets(
            [
                "uren uitbreiden met 4 uur per week",
                f"volgende evaluatie: {c.od(nxt)}",
                "bedrijfsarts wordt geïnformeerd over de voortgang",
            ]
        ),
    ]
    if c.variant in (0, 2):
        blocks.append(Para("Het plan van aanpak hoeft op dit moment niet te worden bijgesteld."))
    blocks.append(sigs_wg_wn(c, date))
    return blocks, st


def eerstejaarsevaluatie(c: Case, date: D, pva_date: D | None = None, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["wg"]
    pva_date = pva_date or wk(c.d0, 7)
    blocks: list[Block] = [
        _title(
            c,
            [
                "Eerstejaarsevaluatie",
                "(Eerstejaars)evaluatie",
                "Evaluatie eerste ziektejaar",
                "First-year evaluation",
                "Opschudmoment: terugblik jaar 1, plan jaar 2",
            ],
            ["", "", "", "(eerstejaarsevaluatie, wk 50)", ""],
        ),
        personalia(c, date, extra=[("Casemanager" if c.variant != 3 else "Case manager", c.casemanager.name)]),
    ]
    if c.variant == 3:
        blocks += [
            Heading("Looking back on year 1"),
            Para(
                f"The plan of action of {c.od(pva_date)} aimed at return to own job. Partial return only (12 hrs/week)."
            ),
            Heading("Intended result for year 2"),
            Para("Permanent adapted work of 16–24 hrs/week; track 2 starts now as a parallel route."),
            Heading("Employer's view"),
            Para("We can offer adapted admin work but not the full own job."),
            Heading("Employee's view"),
            Para("I agree, I would prefer to stay with the company."),
        ]
    elif c.variant == 4:
        blocks.append(
            Table(
                ["Onderdeel", "Invulling"],
                [
                    [
                        "Terugblik eerste ziektejaar",
                        f"Doel uit PvA ({c.od(pva_date)}) niet gehaald; werkt 12 uur op rustige groep",
                    ],
                    ["Beoogd resultaat tweede ziektejaar", "Duurzaam passend werk, 16 uur"],
                    ["Hoe", "Spoor 1 aangepast werk + oriëntatie spoor 2"],
                    ["Visie werkgever", "Mogelijkheden in eigen organisatie zijn beperkt"],
                    ["Visie werknemer", "Wil graag blijven, staat open voor ander werk"],
                ],
            )
        )
    else:
        blocks += [
            Heading(["Terugblik op het eerste ziektejaar", "Hoe verliep het eerste jaar?", "Terugblik"][c.variant]),
            Para(
                [
                    f"In het plan van aanpak van {c.od(pva_date)} is terugkeer in het eigen werk afgesproken. Dit doel is "
                    "niet gehaald; werknemer werkt nu 12 uur in aangepast werk.",
                    f"Sinds het plan van aanpak ({c.od(pva_date)}) is de opbouw gestagneerd. Bijstelling probleemanalyse heeft plaatsgevonden.",
                    f"PvA d.d. {c.od(pva_date)}: doel eigen werk. Resultaat na 1 jaar: 12 uur aangepast werk.",
                ][c.variant]
            ),
            Heading(
                [
                    "Beoogd re-integratieresultaat tweede ziektejaar",
                    "Wat willen we bereiken in het tweede ziektejaar?",
                    "Doel jaar 2",
                ][c.variant]
            ),
            Para(
                [
                    "Duurzaam passend werk van minimaal 20 uur per week, bij voorkeur bij de eigen werkgever.",
                    "Structureel aangepast werk. Omdat terugkeer in het eigen werk onzeker is, start ook het tweede spoor.",
                    "Passend werk 20 u/w; spoor 2 start in week 54.",
                ][c.variant]
            ),
            Heading("Spoor 2"),
            Para(
                [
                    "Naar aanleiding van het arbeidsdeskundig onderzoek wordt het tweede spoor ingezet.",
                    f"Inzet tweede spoor via {c.bureau}.",
                    "Ja, via re-integratiebureau.",
                ][c.variant]
            ),
            Heading("Visie werkgever"),
            Para("De werkgever wil werknemer graag behouden maar kan het eigen werk niet volledig aanpassen."),
            Heading("Visie werknemer"),
            Para("Werknemer vindt het jammer dat het eigen werk niet lukt, maar werkt mee aan spoor 2."),
        ]
    blocks.append(sigs_wg_wn(c, date))
    return blocks, st


def eindevaluatie(
    c: Case, date: D, eje_date: D | None = None, ao_date: D | None = None, **kw: object
) -> tuple[list[Block], Style]:
    st = c.styles["wg"]
    eje_date = eje_date or wk(c.d0, 50)
    ao_date = ao_date or date - dt.timedelta(days=7)
    blocks: list[Block] = [
        _title(
            c,
            [
                "Eindevaluatie",
                "Eindevaluatie plan van aanpak",
                "Eindevaluatie t.b.v. WIA-aanvraag",
                "Final evaluation (eindevaluatie)",
                "Terugblik re-integratie na twee jaar",
            ],
            ["", "", "", "re-integration report (RIV)", "eindbeoordeling werkgever en werknemer"],
        ),
        personalia(c, date, indienst=True),
        Fields(
            [
                (
                    "Aard van het bedrijf" if c.variant != 3 else "Nature of the business (aard van het bedrijf)",
                    c.aard,
                ),
                ("Adres werkgever" if c.variant != 3 else "Employer address", c.wg_adres),
                ("Loonheffingennummer" if c.variant != 3 else "Payroll tax number", c.lhn),
            ]
        ),
    ]
    if c.variant == 3:
        blocks += [
            Heading("Looking back over two years"),
            Para(
                f"First-year evaluation on {c.od(eje_date)}: track 2 started. Current assessment of the occupational "
                f"physician dated {c.od(ao_date)}."
            ),
            Heading("Working relationship (arbeidsrelatie)"),
            Para("Good."),
            Heading("Suitable work (passende arbeid) with the employer"),
            Para("Adapted admin role, 16 hrs/week, continues."),
            Heading("WIA application"),
            Para("The employee will apply for WIA in week 93."),
        ]
    elif c.variant == 4:
        blocks.append(
            Table(
                ["Onderdeel", "Invulling"],
                [
                    ["Terugblik", f"Eerstejaarsevaluatie {c.od(eje_date)}; spoor 2 gestart, geen plaatsing"],
                    ["Actueel oordeel bedrijfsarts", c.od(ao_date)],
                    ["Kwaliteit arbeidsrelatie", "Goed"],
                    ["Passende arbeid bij werkgever", "4 uur per dag op vaste groep"],
                    ["WIA-aanvraag", "Wordt deze maand ingediend"],
                ],
            )
        )
    else:
        blocks += [
            Heading(["Terugblik op twee jaar re-integratie", "Terugblik", "Verloop re-integratie"][c.variant]),
            Para(
                [
                    f"In de eerstejaarsevaluatie van {c.od(eje_date)} is afgesproken het tweede spoor in te zetten. "
                    f"Het actueel oordeel van de bedrijfsarts ({c.od(ao_date)}) bevestigt de huidige belastbaarheid.",
                    f"Na de eerstejaarsevaluatie ({c.od(eje_date)}) is het plan van aanpak bijgesteld. Eindrapportage 2e spoor liggen bij.",
                    f"EJE {c.od(eje_date)}; AO {c.od(ao_date)}. Resultaat: 12 uur aangepast werk.",
                ][c.variant]
            ),
            Heading(["Kwaliteit van de arbeidsrelatie", "Arbeidsrelatie", "Arbeidsrelatie"][c.variant]),
            Para("De arbeidsrelatie is goed."),
            Heading(["Passende arbeid bij de werkgever", "Passende arbeid", "Passende arbeid"][c.variant]),
            Para("Het huidige aangepaste werk (12 uur per week) blijft beschikbaar; meer passende arbeid is er niet."),
            Heading("WIA-aanvraag"),
            Para("Werknemer vraagt de WIA-uitkering aan in week 93."),
        ]
    blocks.append(sigs_wg_wn(c, date))
    return blocks, st


def oordeel_werknemer(c: Case, date: D, agree: bool = True, **kw: object) -> tuple[list[Block], Style]:
    st = Style(
        f"wn{c.variant}",
        c.emp_full,
        (),
        letterhead="none",
        font=["sans", "serif", "sans", "condensed", "serif"][c.variant],
    )
    eens = "eens" if agree else "niet eens"
    if c.variant == 0:
        blocks: list[Block] = [
            Title("Oordeel van de werknemer", "over het re-integratieverslag"),
            personalia(c, date, geb=False),
            Para(f"Ik ben het {eens} met de inhoud van het re-integratieverslag."),
            Para(
                "Toelichting: ik heb mij de afgelopen twee jaar ingezet en vind dat mijn werkgever mij goed heeft "
                "begeleid. Het aangepaste werk vond ik soms te zwaar."
            ),
            Signatures([Sig("Werknemer", c.emp, "", c.d(date))]),
        ]
    elif c.variant == 1:
        blocks = [
            Fields([("Aan", "UWV"), ("Van", f"{c.emp} (BSN {c.bsn_s})"), ("Datum", c.d(date))]),
            Title("Mijn mening over het re-integratieverslag"),
            Para(
                f"Hierbij geef ik mijn oordeel. Ik ben het {eens} met het verslag. Wel wil ik opmerken dat het "
                "tweede spoor pas laat is gestart."
            ),
            Signatures([Sig("Handtekening", c.emp, "", c.d(date))]),
        ]
    elif c.variant == 2:
        blocks = [
            Title("Oordeel werknemer"),
            personalia(c, date, geb=False),
            Table(
                ["Onderdeel RIV", "Eens", "Opmerking"],
                [
                    ["Probleemanalyse", "ja", ""],
                    ["Plan van aanpak", "ja", ""],
                    ["Eindevaluatie", "ja" if agree else "nee", "uren kloppen niet"],
                    ["Actueel oordeel", "ja", ""],
                ],
            ),
            Signatures([Sig("Werknemer", c.emp, c.functie, c.d(date))]),
        ]
    elif c.variant == 3:
        blocks = [
            Title("Employee statement on the re-integration report"),
            Fields([("Name", c.emp), ("BSN", c.bsn_s), ("Date", c.d(date))]),
            Para(
                f"I have read all documents of the re-integration report. I {'agree' if agree else 'do not agree'} "
                "with the efforts described. I would like UWV to know that my hours were often changed at short notice."
            ),
            Signatures([Sig("Employee", c.emp, "", c.d(date))]),
        ]
    else:
        blocks = [
            Title("Reactie werknemer op het RIV"),
            Fields([("Naam", c.emp), ("BSN", c.bsn_s), ("Datum", c.d(date))]),
            Para(
                "Ik, ondergetekende, verklaar het re-integratieverslag te hebben ontvangen. Mijn mening: ik vind dat "
                "er goed naar mij is geluisterd. Ik ben het eens met de eindevaluatie."
            ),
            Signatures([Sig("Ondertekening", c.emp, "", c.d(date))]),
        ]
    return blocks, st


# ---------------------------------------------------------------------------------------------
# arbeidsdeskundige and 2nd-track bureau
# ---------------------------------------------------------------------------------------------


def arbeidsdeskundig_rapport(
    c: Case, date: D, own_work_expected: bool = True, **kw: object
) -> tuple[list[Block], Style]:
    st = c.styles["ad"]
    verdict = (
        "Terugkeer in het eigen werk is op termijn mogelijk met aanpassingen (spoor 1)."
        if own_work_expected
        else "Terugkeer in het eigen werk wordt niet verwacht, ook niet met aanpassingen. Advies: start spoor 2."
    )
    blocks: list[Block] = [
        _title(
            c,
            [
                "Arbeidsdeskundig rapport",
                "Rapportage arbeidsdeskundig onderzoek",
                "Arbeidsdeskundig advies spoor 1 / spoor 2",
                "Labour expert assessment (arbeidsdeskundig onderzoek)",
                "Rapport arbeidskundig onderzoek",
            ],
            ["", "", "", "Work capacity and job-match analysis", "op verzoek van de werkgever"],
        ),
        personalia(
            c,
            date,
            indienst=True,
            extra=[
                ("Opdrachtgever" if c.variant != 3 else "Commissioned by", c.werkgever),
                (
                    "Datum onderzoek" if c.variant != 3 else "Interview date",
                    c.od(date - dt.timedelta(days=9)),
                ),
            ],
        ),
    ]
    if c.variant == 3:
        blocks += [
            Heading("Job demands vs. capacity"),
            Table(
                ["Task", "Demand", "Fits capacity?"],
                [
                    ["Order picking", "lifting 15-20 kg, 6 hrs", "No"],
                    ["Inbound admin", "seated, PC", "Yes"],
                    ["Forklift", "static sitting, vibration", "Partly"],
                ],
            ),
            Heading("Conclusion"),
            Para(verdict),
            Heading("Earning capacity (loonwaarde)"),
            Para("Estimated 60% in adapted work."),
        ]
    elif c.variant == 4:
        blocks.append(
            Table(
                ["Onderdeel", "Bevinding"],
                [
                    ["Functiebelasting eigen werk", "Hoge piekbelasting, veel ouderContact"],
                    ["Belastbaarheid (IZP bedrijfsarts)", c.beperkingen],
                    ["Eigen werk passend?", "Nee" if not own_work_expected else "Ja, aangepast"],
                    ["Advies", verdict],
                    ["Loonwaarde", "ca. 50%"],
                ],
            )
        )
    else:
        blocks += [
            Heading(["Functiebelasting", "Belasting en belastbaarheid", "Analyse"][c.variant]),
            Para(
                f"De functie {c.functie} vraagt fysieke en mentale belasting die boven de belastbaarheid ligt: {c.beperkingen}."
            ),
            Heading(["Passend werk", "Mogelijkheden eigen werk en ander werk", "Spoor 1 / spoor 2"][c.variant]),
            Para(
                verdict
                + " Passende functies elders: administratief medewerker, receptionist, productiemedewerker licht."
            ),
            Heading("Loonwaarde"),
            Para("De loonwaarde in aangepast werk wordt geschat op 55%."),
        ]
    blocks.append(
        Signatures(
            [
                Sig(
                    [
                        "Arbeidsdeskundige",
                        "Registerarbeidsdeskundige",
                        "Arbeidsdeskundige",
                        "Labour expert",
                        "Arbeidsdeskundige",
                    ][c.variant],
                    c.ad.name,
                    c.ad.function,
                    c.d(date),
                )
            ]
        )
    )
    return blocks, st


def trajectplan_tweede_spoor(c: Case, date: D, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["bureau"]
    blocks: list[Block] = [
        _title(
            c,
            [
                "Trajectplan tweede spoor",
                "Intakeverslag re-integratie 2e spoor",
                "Re-integratieplan 2e spoor",
                "Track 2 plan of approach",
                "Startdocument werk-naar-werktraject",
            ],
            ["", "", "", "(trajectplan)", ""],
        ),
        personalia(
            c,
            date,
            geb=False,
            extra=[
                ("Loopbaancoach" if c.variant != 3 else "Career coach", c.coach.name),
                ("Startdatum traject" if c.variant != 3 else "Start date", c.od(date + dt.timedelta(days=7))),
            ],
        ),
    ]
    if c.variant == 3:
        blocks += [
            Heading("Personal profile"),
            Para("Motivated, good with people, basic computer skills, driving licence B."),
            Heading("Search profile"),
            Para("Administrative or customer service jobs, max 24 hrs/week, within 30 km."),
            Heading("Planned activities"),
            Bullets(["weekly coaching", "CV and LinkedIn", "two applications a week", "network meetings"]),
        ]
    elif c.variant == 4:
        blocks.append(
            Table(
                ["Onderdeel", "Inhoud"],
                [
                    ["Persoonsprofiel", "Zorgzaam, ervaren met kinderen, mbo-4"],
                    ["Zoekprofiel", "Gastouderbureau, bibliotheek, administratie; max 20 u"],
                    ["Activiteiten", "Arbeidsmarktoriëntatie, sollicitatietraining"],
                    ["Duur", "9 maanden"],
                ],
            )
        )
    else:
        blocks += [
            Heading(["Intake", "Aanleiding", "Intake"][c.variant]),
            Para(
                f"Op {c.od(date - dt.timedelta(days=5))} heeft een intakegesprek plaatsgevonden. Werkgever heeft het 2e spoor "
                "ingezet na het arbeidsdeskundig onderzoek."
            ),
            Heading("Persoonsprofiel"),
            Para("Werknemer is betrouwbaar, klantvriendelijk en leergierig; mbo-niveau 3."),
            Heading("Zoekprofiel"),
            Para(f"Functies binnen de belastbaarheid ({c.beperkingen}), max 25 km reisafstand."),
            Heading("Activiteiten"),
            Table(
                ["Fase", "Activiteit", "Periode"],
                [
                    ["1", "Arbeidsmarktoriëntatie", "maand 1-2"],
                    ["2", "Sollicitatietraining", "maand 2-3"],
                    ["3", "Actief solliciteren en netwerken", "maand 3-9"],
                ],
            ),
        ]
    blocks.append(
        Signatures(
            [
                Sig(
                    [
                        "Re-integratieconsulent",
                        "Loopbaancoach",
                        "Trajectbegeleider",
                        "Career coach",
                        "Jobcoach",
                    ][c.variant],
                    c.coach.name,
                    c.bureau,
                    c.d(date),
                ),
                Sig(
                    ["Werknemer", "Voor akkoord werknemer", "Werknemer", "Employee", "Deelnemer"][c.variant],
                    c.emp,
                    "",
                    c.d(date),
                ),
            ]
        )
    )
    return blocks, st


def voortgangsrapportage_tweede_spoor(c: Case, date: D, n: int = 1, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["bureau"]
    start = date - dt.timedelta(days=56)
    blocks: list[Block] = [
        _title(
            c,
            [
                "Voortgangsrapportage 2e spoor",
                "Inspanningsrapportage",
                "Tussenrapportage traject",
                "Progress report track 2",
                "Maandverslag externe begeleiding",
            ],
            [f"rapportage {n}", "", "", "", ""],
        ),
        personalia(
            c,
            date,
            geb=False,
            wg=c.variant != 2,
            extra=[
                (
                    "Rapportageperiode" if c.variant != 3 else "Reporting period",
                    f"{c.od(start)} t/m {c.od(date)}",
                ),
                ("Coach", c.coach.name),
            ],
        ),
        Heading(
            [
                "Activiteiten in deze periode",
                "Inspanningen",
                "Activiteiten",
                "Activities",
                "Wat is er gedaan",
            ][c.variant]
        ),
        Table(
            ["Activiteit" if c.variant != 3 else "Activity", "Aantal" if c.variant != 3 else "Count"],
            [
                ["Coachgesprekken" if c.variant != 3 else "Coaching sessions", str(3 + n)],
                ["Sollicitaties" if c.variant != 3 else "Applications", str(4 + 2 * n)],
                ["Netwerkgesprekken" if c.variant != 3 else "Network meetings", str(1 + n)],
                ["Vacatures besproken" if c.variant != 3 else "Vacancies reviewed", str(10 + n)],
            ],
        ),
        Heading(["Inzet werknemer", "Houding en motivatie", "Inzet", "Employee effort", "Inzet deelnemer"][c.variant]),
        Para(
            [
                "Werknemer is gemotiveerd en komt afspraken na.",
                "Goede inzet, wel beperkte energie.",
                "Voldoende.",
                "Motivated, keeps appointments.",
                "Doet goed mee.",
            ][c.variant]
        ),
        Heading(["Vervolg", "Volgende stappen", "Vervolg", "Next period", "Plan komende maand"][c.variant]),
        Para(
            [
                "Gerichte sollicitaties in de administratieve sector; proefplaatsing onderzoeken.",
                "Netwerk uitbreiden.",
                "Doorgaan.",
                "Focus on work trial (proefplaatsing).",
                "Meeloopdag regelen.",
            ][c.variant]
        ),
        Signatures([Sig("Rapporteur" if c.variant != 3 else "Author", c.coach.name, c.bureau, c.d(date))]),
    ]
    return blocks, st


def eindrapportage_tweede_spoor(c: Case, date: D, **kw: object) -> tuple[list[Block], Style]:
    st = c.styles["bureau"]
    blocks: list[Block] = [
        _title(
            c,
            [
                "Eindrapportage tweede spoor",
                "Eindrapport re-integratietraject",
                "Afsluitende rapportage 2e spoor",
                "Final report track 2",
                "Trajectafsluiting en resultaat",
            ],
            ["", "", "(WIA-rapportage)", "", ""],
        ),
        personalia(c, date, geb=False, extra=[("Trajectduur" if c.variant != 3 else "Duration", "9 maanden")]),
        Heading(["Resultaat traject", "Resultaat", "Uitkomst", "Outcome", "Resultaat"][c.variant]),
        Para(
            [
                "Het traject is afgesloten zonder plaatsing. Werknemer heeft 38 keer gesolliciteerd en twee gesprekken gehad.",
                "Geen plaatsing gerealiseerd. Werknemer heeft zich voldoende ingespannen.",
                "Afsluiting zonder resultaat (geen baan).",
                "Track closed without placement; 31 applications, 3 interviews, one work trial of 4 weeks.",
                "Geen passende baan gevonden; wel vrijwilligerswerk gestart.",
            ][c.variant]
        ),
        Heading(["Overzicht inspanningen", "Inspanningen", "Samenvatting", "Efforts", "Overzicht"][c.variant]),
        Bullets(
            [
                "coaching en sollicitatietraining",
                "actief solliciteren",
                "netwerkgesprekken",
                "arbeidsmarktoriëntatie",
            ]
        ),
        Heading(["Advies", "Advies na afsluiting", "Advies", "Advice", "Advies"][c.variant]),
        Para(
            [
                "Voortzetten van het aangepaste werk bij de eigen werkgever.",
                "Geen verdere 2e-spoorinspanningen zinvol.",
                "n.v.t.",
                "Continue adapted work with own employer.",
                "Aanvullende scholing overwegen.",
            ][c.variant]
        ),
        Signatures(
            [
                Sig(
                    "Re-integratieconsulent" if c.variant != 3 else "Career coach",
                    c.coach.name,
                    c.bureau,
                    c.d(date),
                )
            ]
        ),
    ]
    return blocks, st


# ---------------------------------------------------------------------------------------------
# UWV
# ---------------------------------------------------------------------------------------------

UWV_STYLE = Style(
    "uwv",
    "UWV",
    ("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 00482, 1000 AA Amsterdam"),
    font="sans",
    accent=(0, 82, 155),
    letterhead="left",
    footer="UWV · www.uwv.nl",
)
UWV_PORTAL = Style(
    "uwvportal",
    "UWV werkgeversportaal",
    ("Afdruk verzendbevestiging",),
    font="mono",
    accent=(40, 40, 40),
    letterhead="left",
    footer="Afdruk werkgeversportaal",
)


def _uwv_head(c: Case, date: D, kenmerk: str) -> Fields:
    return Fields(
        [
            ("Datum", c.d(date)),
            ("Ons kenmerk", kenmerk),
            ("Betreft", f"{c.aanhef} {c.emp}"),
            ("BSN werknemer", c.bsn_s),
            ("Loonheffingennummer", c.lhn),
        ]
    )


def deskundigenoordeel(c: Case, date: D, **kw: object) -> tuple[list[Block], Style]:
    st = UWV_STYLE if c.variant != 4 else replace(UWV_STYLE, key="uwv4", font="serif", letterhead="right")
    title = [
        "Deskundigenoordeel",
        "Uw aanvraag voor een deskundigenoordeel",
        "Deskundigenoordeel re-integratie-inspanningen",
        "Deskundigenoordeel passende arbeid",
        "Uitkomst deskundigenoordeel",
    ][c.variant]
    blocks: list[Block] = [
        Fields([("Aan", c.werkgever), ("Adres", c.wg_adres)]),
        _uwv_head(c, date, f"DO-{c.verzuimnr[-5:]}"),
        Title(title),
        Para(
            f"Geachte heer/mevrouw,\n\nOp {c.od(date - dt.timedelta(days=30))} heeft "
            f"{'uw werknemer' if c.variant % 2 else 'u'} een deskundigenoordeel aangevraagd. "
            "Hierbij ontvangt u ons oordeel."
        ),
        Heading("Vraag"),
        Para(
            [
                "Is het werk dat de werkgever aanbiedt passend?",
                "Zijn de re-integratie-inspanningen van de werknemer voldoende?",
                "Zijn de re-integratie-inspanningen van de werkgever voldoende?",
                "Is de aangeboden functie passende arbeid?",
                "Kan de werknemer het eigen werk doen?",
            ][c.variant]
        ),
        Heading("Ons oordeel"),
        Para(
            [
                "Ja, het aangeboden werk is passend.",
                "Ja, de inspanningen zijn voldoende.",
                "Nee, de werkgever heeft onvoldoende gedaan aan het tweede spoor.",
                "Ja, de functie is passend.",
                "Nee, de werknemer is niet geschikt voor het eigen werk.",
            ][c.variant]
        ),
        Para(
            "Dit oordeel is gebaseerd op een gesprek met u en uw werknemer, en op het rapport van de "
            "verzekeringsarts en de arbeidsdeskundige van UWV. Een deskundigenoordeel is een advies; "
            "u kunt er geen bezwaar tegen maken."
        ),
        Signatures([Sig("Met vriendelijke groet,", "mr. drs. H.C. van Ommeren-Tak", "arbeidsdeskundige UWV", "")]),
    ]
    return blocks, st


def ziekmelding_uwv(c: Case, date: D, **kw: object) -> tuple[list[Block], Style]:
    if c.variant == 0:
        blocks: list[Block] = [
            Title("Ziekmelding langdurig zieke werknemer (42e week)"),
            Fields(
                [
                    ("Werkgever", c.werkgever),
                    ("Loonheffingennummer", c.lhn),
                    ("Naam werknemer", c.emp),
                    ("BSN", c.bsn_s),
                    ("Eerste ziektedag", c.od(c.d0)),
                    ("Datum melding", c.d(date)),
                    ("Werkt gedeeltelijk", "ja, 12 uur per week"),
                ]
            ),
            Para("Ingediend via het werkgeversportaal door " + c.casemanager.name + "."),
            Signatures([Sig("Ingediend door", c.casemanager.name, c.casemanager.function, c.d(date), False)]),
        ]
        return blocks, c.styles["wg"]
    if c.variant == 1:
        blocks = [
            Fields([("Aan", c.werkgever)]),
            _uwv_head(c, date, "ZM42-" + c.verzuimnr[-4:]),
            Title("Bevestiging ziekmelding"),
            Para(
                f"Geachte heer/mevrouw,\n\nWij hebben uw ziekmelding voor {c.aanhef} {c.emp} ontvangen. De eerste "
                f"ziektedag is {c.od(c.d0)}. Uw werknemer is nu 42 weken ziek. In week 44 sturen wij u informatie "
                "over de eerstejaarsevaluatie."
            ),
            Signatures([Sig("Met vriendelijke groet,", "UWV Werkgevers", "", "")]),
        ]
        return blocks, UWV_STYLE
    if c.variant == 2:
        st = replace(
            c.styles["wg"],
            key="salaris2",
            org="Salarisadministratie Payroll Partners Veenendaal",
            letterhead="right",
        )
        blocks = [
            Title("Aangifte langdurige ziekte"),
            Fields(
                [
                    ("Klant", c.werkgever),
                    ("Werknemer", c.emp),
                    ("BSN", c.bsn_s),
                    ("1e ziektedag", c.od(c.d0)),
                    ("Verzonden aan UWV", c.d(date)),
                ]
            ),
            Para("Wij hebben namens u de 42e-weeksmelding gedaan."),
        ]
        return blocks, st
    if c.variant == 3:
        blocks = [
            Title("Sick report week 42 – confirmation"),
            Fields(
                [
                    ("Employer", c.werkgever),
                    ("Payroll tax no.", c.lhn),
                    ("Employee", c.emp),
                    ("BSN", c.bsn_s),
                    ("First day of sickness", c.od(c.d0)),
                    ("Submitted on", c.d(date)),
                    ("Reference", "UWV-" + c.verzuimnr),
                ]
            ),
            Para("Your report of long-term sickness (ziekmelding langdurig ziek) was received by UWV."),
        ]
        return blocks, UWV_PORTAL
    blocks = [
        Title("Verzendbevestiging melding 42 weken ziek"),
        Table(
            ["Veld", "Waarde"],
            [
                ["Werkgever", c.werkgever],
                ["Werknemer", c.emp],
                ["BSN", c.bsn_s],
                ["Eerste arbeidsongeschiktheidsdag", c.od(c.d0)],
                ["Verzonden", c.d(date)],
            ],
        ),
    ]
    return blocks, UWV_PORTAL


def uwv_correspondentie(c: Case, date: D, kind: str | None = None, **kw: object) -> tuple[list[Block], Style]:
    kind = kind or ["wia88", "loonsanctie", "ontvangst", "bekorting", "eje44"][c.variant]
    head = [
        Fields([("Aan", c.werkgever), ("Adres", c.wg_adres)]),
        _uwv_head(c, date, "WIA-" + c.verzuimnr[-5:]),
    ]
    if kind == "wia88":
        blocks: list[Block] = [
            *head,
            Title("Uw werknemer kan een WIA-uitkering aanvragen"),
            Para(
                f"Geachte heer/mevrouw,\n\nUw werknemer {c.emp} is sinds {c.od(c.d0)} ziek. Wij hebben uw "
                "werknemer een brief gestuurd over het aanvragen van een WIA-uitkering. Uw werknemer moet "
                f"de aanvraag uiterlijk op {c.od(wk(c.d0, 93, 6))} indienen."
            ),
            Para(
                "Wat moet u doen? Zorg dat het re-integratieverslag klaar is en dat uw werknemer een kopie "
                "heeft. Het verslag bestaat onder meer uit de probleemanalyse, het plan van aanpak, de "
                "eerstejaarsevaluatie, het actueel oordeel en de eindevaluatie."
            ),
            Signatures([Sig("Met vriendelijke groet,", "UWV", "", "")]),
        ]
    elif kind == "loonsanctie":
        blocks = [
            *head,
            Title("Besluit verlenging loondoorbetalingsverplichting"),
            Para(
                "Wij hebben het re-integratieverslag beoordeeld. U heeft niet genoeg gedaan om uw werknemer te laten "
                "re-integreren: het tweede spoor is te laat ingezet. Daarom moet u het loon langer doorbetalen "
                f"(loonsanctie), tot en met {c.od(wk(c.d0, 104) + dt.timedelta(days=364))}."
            ),
            Para("Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken."),
            Signatures([Sig("Met vriendelijke groet,", "drs. W. Pronk-Harmsen", "teamleider", "")]),
        ]
    elif kind == "ontvangst":
        blocks = [
            *head,
            Title("Ontvangstbevestiging re-integratieverslag"),
            Para(
                f"Wij hebben het re-integratieverslag van uw werknemer op {c.od(date - dt.timedelta(days=2))} ontvangen. "
                "Wij beoordelen het verslag. U hoort binnen 8 weken van ons."
            ),
            Signatures([Sig("Met vriendelijke groet,", "UWV Werkgevers", "", "")]),
        ]
    elif kind == "bekorting":
        blocks = [
            *head,
            Title("Besluit op uw bekortingsverzoek"),
            Para(
                "U heeft ons gevraagd de loonsanctie te bekorten. Wij vinden dat u de tekortkoming heeft hersteld. "
                f"De verlenging van de loondoorbetaling eindigt op {c.od(date + dt.timedelta(days=42))}."
            ),
            Signatures([Sig("Hoogachtend,", "UWV", "", "")]),
        ]
    else:  # eje44: information letter mentioning the EJE -- a distractor-like but real UWV letter
        blocks = [
            *head,
            Title("Informatie over de eerstejaarsevaluatie"),
            Para(
                f"Uw werknemer {c.emp} is bijna een jaar ziek. Met deze brief informeren wij u over de "
                "eerstejaarsevaluatie die u samen met uw werknemer moet houden. Bespreek wat het beoogde resultaat "
                "van het tweede ziektejaar is en hoe u dat wilt bereiken. Stuur deze evaluatie niet naar ons, maar "
                "bewaar haar in het re-integratiedossier."
            ),
            Signatures([Sig("Met vriendelijke groet,", "UWV", "", "")]),
        ]
    return blocks, UWV_STYLE if c.variant != 4 else replace(UWV_STYLE, key="uwv4b", font="condensed")


BUILDERS: dict[str, Callable[..., tuple[list[Block], Style]]] = {
    "probleemanalyse": probleemanalyse,
    "bijstelling_probleemanalyse": bijstelling_probleemanalyse,
    "plan_van_aanpak": plan_van_aanpak,
    "bijstelling_plan_van_aanpak": bijstelling_plan_van_aanpak,
    "tussentijdse_evaluatie": tussentijdse_evaluatie,
    "eerstejaarsevaluatie": eerstejaarsevaluatie,
    "actueel_oordeel": actueel_oordeel,
    "eindevaluatie": eindevaluatie,
    "oordeel_werknemer": oordeel_werknemer,
    "medische_informatie": medische_informatie,
    "arbeidsdeskundig_rapport": arbeidsdeskundig_rapport,
    "inzetbaarheidsprofiel": inzetbaarheidsprofiel,
    "trajectplan_tweede_spoor": trajectplan_tweede_spoor,
    "voortgangsrapportage_tweede_spoor": voortgangsrapportage_tweede_spoor,
    "eindrapportage_tweede_spoor": eindrapportage_tweede_spoor,
    "deskundigenoordeel": deskundigenoordeel,
    "ziekmelding_uwv": ziekmelding_uwv,
    "uwv_correspondentie": uwv_correspondentie,
}

# usual week of each type (for dates): (week, day offset)
TYPICAL_WEEK = {
    "probleemanalyse": (5, 1),
    "plan_van_aanpak": (7, 0),
    "bijstelling_probleemanalyse": (30, 2),
    "bijstelling_plan_van_aanpak": (53, 1),
    "tussentijdse_evaluatie": (20, 3),
    "eerstejaarsevaluatie": (50, 2),
    "actueel_oordeel": (89, 1),
    "eindevaluatie": (90, 3),
    "oordeel_werknemer": (91, 2),
    "medische_informatie": (89, 3),
    "arbeidsdeskundig_rapport": (48, 2),
    "inzetbaarheidsprofiel": (5, 1),
    "trajectplan_tweede_spoor": (55, 1),
    "voortgangsrapportage_tweede_spoor": (64, 4),
    "eindrapportage_tweede_spoor": (88, 2),
    "deskundigenoordeel": (40, 3),
    "ziekmelding_uwv": (42, 1),
    "uwv_correspondentie": (88, 0),
}
