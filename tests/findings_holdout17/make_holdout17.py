"""Generate findings holdout 17: six synthetic case folders and expected.yaml.

Theme: what reaches UWV (privacy, form, identity). Deterministic: seeded, no clock reads; deletes and rewrites
cases/ and expected.yaml. Run:  .venv/bin/python tests/findings_holdout17/make_holdout17.py
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
    Bullets,
    Fields,
    Heading,
    Para,
    Sig,
    Signatures,
    Style,
    Table,
    Title,
    blocks_to_text,
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
    attachment_from,
)

CASES = HERE / "cases"
EXPECTED = HERE / "expected.yaml"
RNG = random.Random(17017)
TD = dt.timedelta

HOLIDAYS = {
    dt.date(2024, 12, 25),
    dt.date(2024, 12, 26),
    dt.date(2025, 1, 1),
    dt.date(2025, 4, 18),
    dt.date(2025, 4, 21),
    dt.date(2025, 4, 28),
    dt.date(2025, 5, 5),
    dt.date(2025, 5, 29),
    dt.date(2025, 6, 9),
    dt.date(2025, 12, 25),
    dt.date(2025, 12, 26),
    dt.date(2026, 1, 1),
    dt.date(2026, 4, 3),
    dt.date(2026, 4, 6),
    dt.date(2026, 4, 27),
    dt.date(2026, 5, 5),
    dt.date(2026, 5, 14),
    dt.date(2026, 5, 25),
    dt.date(2024, 12, 31),
    dt.date(2025, 4, 26),
    dt.date(2026, 4, 5),
}

BAD: list = []
D0S: list = []
ALL_DATES: list[tuple[str, dt.date, dt.date]] = []  # (case, date, as_of) for the working-day / as_of asserts


def lookalike(n: int) -> str:
    """n random digits of which no 8- or 9-digit window passes the elfproef (IBAN, phone, KvK ...)."""
    while True:
        s = "".join(str(RNG.randrange(10)) for _ in range(n))
        wins = [s[i : i + k] for k in (8, 9) for i in range(0, n - k + 1)]
        if s[0] != "0" and not any(bsn_valid(w) for w in wins):
            return s


def iban(bank: str) -> str:
    acc = lookalike(10)
    return f"NL{RNG.randrange(10, 99)} {bank} {acc[:4]} {acc[4:8]} {acc[8:]}"


def mobile() -> str:
    while True:
        d = lookalike(8)
        if not bsn_valid("6" + d) and not bsn_valid("06" + d[:7]) and not bsn_valid("06" + d):
            return f"06-{d}"


def sty(key: str, org: str, lines: tuple[str, ...], **kw) -> Style:
    return Style(key=key, org=org, org_lines=lines, **kw)


UWV = sty("uwv", "UWV", ("Postbus 58285", "1040 HG Amsterdam"), letterhead="left", accent=(0, 90, 160))


class Case:
    def __init__(self, name: str, d0: dt.date, as_of_off: int, aanvraag_off: int | None = None):
        assert d0.weekday() == 0, name
        self.name = name
        self.d0 = d0
        self.as_of = d0 + TD(as_of_off)
        self.aanvraag = d0 + TD(aanvraag_off) if aanvraag_off is not None else None
        self.dir = CASES / name
        self.files: list[str] = []
        D0S.append((name, d0))

    def d(self, off: int) -> dt.date:
        day = self.d0 + TD(off)
        ALL_DATES.append((self.name, day, self.as_of))
        return day

    def p(self, rel: str) -> Path:
        self.files.append(rel)
        return self.dir / rel

    def pdf(self, rel, blocks, style):
        write_pdf(self.p(rel), blocks, style)

    def docx(self, rel, blocks, style):
        write_docx(self.p(rel), blocks, style)

    def scan(self, rel, blocks, style):
        write_scan_pdf(self.p(rel), blocks, style, dpi=150, jpeg_quality=32)

    def photo(self, rel, blocks, style, day):
        write_photo_jpg(
            self.p(rel),
            blocks,
            style,
            taken=dt.datetime(day.year, day.month, day.day, 16, 41),
            orientation=6,
            quality=50,
        )

    def eml(self, rel, frm, to, day, subject, body, attachments=None, hour=10):
        headers = {
            "From": frm,
            "To": to,
            "Date": mail_date(day, hour, 7),
            "Subject": subject,
            "Message-ID": f"<{abs(hash_s(rel + subject))}@{frm.split('@')[1].rstrip('>')}>",
        }
        write_eml(self.p(rel), headers, body, attachments)

    def yaml_file(self, data: dict) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "dossier.yaml").write_text(
            yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )


def hash_s(s: str) -> int:
    import hashlib

    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)


def L(d: dt.date) -> str:
    return fmt_date(d, "long")


def DASH(d: dt.date) -> str:
    return fmt_date(d, "dash")


EXPECT: dict[str, dict] = {}


# -------------------------------------------------------------------------------------------------------------
# shared document builders
# -------------------------------------------------------------------------------------------------------------


def arbo_header(c, title, day, emp, ba, arbo_name, extra=()):
    return [
        Title(title),
        Fields(
            [
                ("Werknemer", emp["naam"]),
                ("Geboortedatum", emp["geb"]),
                ("BSN", emp["bsn_arbo"]),
                ("Werkgever", emp["werkgever"]),
                ("Functie", emp["functie"]),
                ("Eerste ziektedag", DASH(c.d0)),
                ("Datum", L(day)),
                *extra,
            ]
        ),
    ]


def ba_sig(ba, day):
    return Signatures([Sig("Bedrijfsarts", ba["naam"], f"bedrijfsarts, BIG {ba['big']}", L(day))])


def both_sigs(emp, cm, day, day_w=None, werknemer_signed=True):
    return Signatures(
        [
            Sig("Werkgever", cm["naam"], cm["functie"], L(day)),
            Sig(
                "Werknemer", emp["naam"], emp["functie"], L(day_w or day) if werknemer_signed else "", werknemer_signed
            ),
        ]
    )


def pa_blocks(c, day, emp, ba, arbo, hours_txt, prognose, extra_para=""):
    b = arbo_header(c, "Probleemanalyse", day, emp, ba, arbo)
    b += [
        Heading("Oordeel over (dreigend) langdurig verzuim"),
        Para(
            f"Er is sprake van dreigend langdurig verzuim. Werknemer is op {L(c.d0)} uitgevallen voor het eigen werk. "
            "Er zijn benutbare mogelijkheden."
        ),
        Heading("Beperkingen en mogelijkheden (belastbaarheid)"),
        Bullets(hours_txt),
        Heading("Prognose"),
        Para(prognose),
        Heading("Advies aan werkgever en werknemer"),
        Para(
            "Stel binnen twee weken samen een plan van aanpak op. Start met aangepaste werkzaamheden in opbouw en "
            "evalueer iedere vier tot zes weken."
        ),
    ]
    if extra_para:
        b.append(Para(extra_para))
    b += [Para("In deze probleemanalyse zijn geen medische gegevens opgenomen."), ba_sig(ba, day)]
    return b


def pva_blocks(c, day, emp, cm, pa_day, doel, acts, visie_wg, visie_wn, signed=True, title="Plan van aanpak"):
    return [
        Title(title, sub="re-integratie (art. 25 lid 2 Wet WIA)"),
        Fields(
            [
                ("Naam werknemer", emp["naam"]),
                ("BSN", emp["bsn_wg"]),
                ("Functie", emp["functie"]),
                ("Eerste ziektedag", DASH(c.d0)),
                ("Datum probleemanalyse", DASH(pa_day)),
                ("Casemanager", f"{cm['naam']} ({cm['functie']})"),
                ("Datum plan", DASH(day)),
            ]
        ),
        Heading("Re-integratiedoel"),
        Para(doel),
        Heading("Activiteiten en afspraken"),
        Table(["Activiteit", "Wie", "Wanneer"], acts),
        Heading("Evaluatiemomenten"),
        Para("Wij evalueren dit plan iedere vijf weken en in elk geval bij het einde van het eerste ziektejaar."),
        Heading("Visie werkgever"),
        Para(visie_wg),
        Heading("Visie werknemer"),
        Para(visie_wn),
        both_sigs(emp, cm, day)
        if signed
        else Signatures(
            [Sig("Werkgever", cm["naam"], cm["functie"], "", False), Sig("Werknemer", emp["naam"], "", "", False)]
        ),
    ]


def meeting_blocks(day, emp, cm, nr, hours, text, nxt=None, title="Verslag voortgangsgesprek"):
    b = [
        Title(title),
        Fields(
            [
                ("Werknemer", emp["naam"]),
                ("BSN", emp["bsn_wg"]),
                ("Datum gesprek", L(day)),
                ("Aanwezig", f"{emp['naam']}, {cm['naam']}"),
                ("Gesprek nr.", str(nr)),
            ]
        ),
        Heading("Voortgang"),
        Para(f"Werknemer werkt nu {hours}. {text}"),
    ]
    if nxt:
        b.append(Para(f"Volgend gesprek: {L(nxt)}."))
    b.append(Signatures([Sig("Casemanager", cm["naam"], cm["functie"], L(day))]))
    return b


def melding42_blocks(c, day, emp, wg):
    return [
        Title("Ziekmelding langdurig zieke werknemer (42e week)"),
        Fields(
            [
                ("Werkgever", wg["naam"]),
                ("Loonheffingennummer", wg["lhn"]),
                ("Werknemer", emp["naam"]),
                ("Burgerservicenummer", emp["bsn_wg"]),
                ("Eerste ziektedag", DASH(c.d0)),
                ("Datum melding", DASH(day)),
            ]
        ),
        Para("Wij hebben uw melding ontvangen. U hoeft hierna niets meer te doen voor deze melding."),
    ]


# -------------------------------------------------------------------------------------------------------------
# Case 1: namesake's probleemanalyse + medical data in MT minutes
# -------------------------------------------------------------------------------------------------------------


def case1() -> None:
    c = Case("naamgenoot_pa_notulen_mt_medisch", dt.date(2025, 9, 1), 206)
    bsn = make_bsn(RNG)
    other_bsn = make_bsn(RNG)
    assert bsn != other_bsn and bsn_valid(bsn) and bsn_valid(other_bsn)
    wg = {"naam": "Bouwmarkt Ketelaar BV", "lhn": lookalike(9) + "L01", "kvk": lookalike(8)}
    emp = {
        "naam": "M. de Boer",
        "voluit": "Mark de Boer",
        "geb": "14-03-1981",
        "bsn_wg": fmt_bsn(bsn, "dots"),
        "bsn_arbo": fmt_bsn(bsn, "spaces"),
        "werkgever": wg["naam"],
        "functie": "Verkoopmedewerker bouwmaterialen",
    }
    namesake = dict(
        emp,
        voluit="Marleen de Boer",
        geb="02-11-1987",
        bsn_arbo=fmt_bsn(other_bsn, "spaces"),
        functie="Medewerker klantenservice",
    )
    cm = {"naam": "Femke Drost", "functie": "HR-adviseur"}
    ba = {"naam": "drs. P. Hoekman", "big": lookalike(11)}
    arbo = sty(
        "arbo1",
        "Arbodienst Salland",
        ("Grote Kerkhof 12, 7411 KV Deventer", "verzuim@salland-arbo.example"),
        letterhead="band",
        accent=(20, 110, 90),
        fields_as_table=True,
    )
    st = sty(
        "ketelaar",
        wg["naam"],
        (f"Industrieweg 40, 7418 AH Deventer  |  KvK {wg['kvk']}", f"IBAN {iban('RABO')}"),
        font="condensed",
        accent=(200, 90, 0),
        producer="Microsoft Word 2016",
    )
    mail_wg = "femke.drost@ketelaar-bouwmarkt.example"
    tel = mobile()
    # 1 sick report (allowed data only)
    c.eml(
        "01 Ziekmelding/Ziekmelding Mark de Boer.eml",
        f"Femke Drost <{mail_wg}>",
        "verzuim@salland-arbo.example",
        c.d(0),
        "Ziekmelding M. de Boer (pers.nr. 30417)",
        f"Goedemorgen,\n\nHierbij melden wij Mark de Boer (geb. 14-03-1981, BSN {fmt_bsn(bsn, 'dots')}) ziek per vandaag, "
        f"{L(c.d0)}. Hij is bereikbaar op {tel} op zijn huisadres. Verwachte duur: onbekend, langer dan een week. "
        "Geen bedrijfsongeval, geen verkeersongeval met een andere partij.\n\nWilt u een spreekuur inplannen?\n\n"
        "Met vriendelijke groet,\nFemke Drost\nHR-adviseur Bouwmarkt Ketelaar\n",
    )
    # 2 the namesake's PA (other employee, other location, other D0)
    n_d0 = dt.date(2025, 6, 16)
    n_pa = dt.date(2025, 7, 22)
    nc = Case("_n", n_d0, 0)
    pb = pa_blocks(
        nc,
        n_pa,
        namesake,
        ba,
        arbo,
        ["Kan 4 uur per dag zittend werk doen, met pauzes.", "Geen telefoondiensten langer dan 1 uur achter elkaar."],
        "Ik verwacht gedeeltelijke hervatting binnen 8 tot 10 weken.",
        "Vestiging Zwolle, afdeling klantenservice.",
    )
    c.pdf("02 Arbodienst/Probleemanalyse M. de Boer.pdf", pb, arbo)
    pa_day = c.d(36)
    # 3 PvA (employer, signed) referring to the real PA
    pva_day = c.d(50)
    c.pdf(
        "03 Plan van aanpak/PvA Mark de Boer getekend.pdf",
        pva_blocks(
            c,
            pva_day,
            emp,
            cm,
            pa_day,
            "Terugkeer in het eigen werk als verkoopmedewerker, eerst zonder tillen boven 10 kg.",
            [
                [
                    "Aangepast werk op de balie (kassa, advies), 3 x 3 uur",
                    "Mark, leidinggevende",
                    "vanaf " + DASH(c.d(53)),
                ],
                ["Opbouw naar 4 x 5 uur", "Mark, bedrijfsarts", "week 12-16"],
                ["Evaluatie met de casemanager", "Femke Drost", "iedere 5 weken"],
            ],
            "Wij willen Mark graag behouden en passen zijn taken tijdelijk aan.",
            "Ik wil zo snel mogelijk terug naar de winkelvloer, maar niet te snel opbouwen.",
        ),
        st,
    )
    # 4 meeting reports every 35 days, formats vary
    dates = [c.d(o) for o in (78, 113, 148, 183)]
    hours = ["3 x 3 uur op de balie", "4 x 4 uur", "4 x 5 uur", "4 x 6 uur, ook op de winkelvloer"]
    texts = [
        "De opbouw gaat volgens plan. Tillen laat hij aan collega's over.",
        "Het spreekuur van de bedrijfsarts was positief; de belastbaarheid neemt toe. "
        "Medische details: niet vastgelegd (AVG).",
        "De opbouw loopt. Mark volgt de BHV-herhaling niet dit jaar; zijn EHBO-diploma verloopt in maart.",
        "Mark draait weer mee in het rooster voor de zaterdag. De behandeling van zijn verlofaanvraag volgt via de leidinggevende.",
    ]
    for i, (day, h, t) in enumerate(zip(dates, hours, texts, strict=True)):
        nxt = dates[i + 1] if i + 1 < len(dates) else c.d0 + TD(218)
        b = meeting_blocks(day, emp, cm, i + 1, h, t, nxt)
        rel = f"04 Gesprekken/Gespreksverslag {DASH(day)}"
        if i == 0:
            c.pdf(rel + ".pdf", b, st)
        elif i == 1:
            c.docx(rel + ".docx", b, st)
        elif i == 2:
            c.photo("04 Gesprekken/IMG_20260127_164102.jpg", b, st, day)
        else:
            c.eml(
                "04 Gesprekken/Verslag gesprek Mark.eml",
                f"Femke Drost <{mail_wg}>",
                "mark.deboer@ziggo-mail.example",
                day,
                f"Verslag gesprek {DASH(day)}",
                blocks_to_text(b) + "\nGraag je reactie als iets niet klopt.\nFemke\n",
            )
    # 5 terugkoppelingen (clean)
    for off, txt in (
        (92, "Belastbaarheid neemt toe: 4 x 4 uur, geen tillen boven 10 kg. Geen medische gegevens opgenomen."),
        (
            162,
            "Opbouw naar 4 x 6 uur is verantwoord. Tillen tot 15 kg. In deze terugkoppeling zijn geen medische gegevens opgenomen.",
        ),
    ):
        day = c.d(off)
        c.pdf(
            f"02 Arbodienst/Terugkoppeling spreekuur {DASH(day)}.pdf",
            arbo_header(c, "Terugkoppeling spreekuur", day, emp, ba, arbo)
            + [Heading("Advies"), Para(txt), ba_sig(ba, day)],
            arbo,
        )
    # 6 the planted MT minutes
    mt = c.d(127)
    c.docx(
        "05 Overig/Notulen MT-overleg week 2.docx",
        [
            Title("Notulen MT-overleg"),
            Fields(
                [
                    ("Datum", L(mt)),
                    ("Aanwezig", "J. Ketelaar (dir.), R. Smit (bedrijfsleider), F. Drost (HR), A. Yilmaz (logistiek)"),
                    ("Notulist", "F. Drost"),
                ]
            ),
            Heading("1. Omzet december en inventarisatie"),
            Para("De inventarisatie is op 3 januari afgerond; verschillen in het tuinassortiment worden uitgezocht."),
            Heading("2. Personeel"),
            Para(
                "Verzuim Mark de Boer: Mark heeft een hernia nuclei pulposi L4-L5, bevestigd met een MRI. Hij staat op de "
                "wachtlijst bij de neurochirurg voor een mogelijke operatie en gebruikt naproxen en oxycodon; de "
                "fysiotherapeut behandelt hem twee keer per week. Ruud houdt in de planning rekening met de controles in "
                "het ziekenhuis."
            ),
            Para("Vacature magazijn: twee kandidaten op gesprek in week 3."),
            Heading("3. Rondvraag"),
            Para("Geen."),
        ],
        st,
    )
    # 7 invitation mail and a payslip with IBAN
    c.eml(
        "05 Overig/Uitnodiging gesprek.eml",
        f"Femke Drost <{mail_wg}>",
        "mark.deboer@ziggo-mail.example",
        c.d(176),
        "Uitnodiging voortgangsgesprek",
        f"Hoi Mark,\n\nOns volgende gesprek staat op {L(dates[3])} om 10.00 uur in de "
        "kantine. Neem je rooster mee.\n\nGroet,\nFemke\n",
    )
    c.pdf(
        "05 Overig/Loonstrook januari.pdf",
        [
            Title("Salarisspecificatie januari 2026"),
            Fields(
                [
                    ("Naam", emp["voluit"]),
                    ("Personeelsnummer", "30417"),
                    ("BSN", fmt_bsn(bsn, "plain")),
                    ("IBAN", iban("INGB")),
                    ("Loonheffingennummer werkgever", wg["lhn"]),
                ]
            ),
            Table(
                ["Omschrijving", "Bedrag"], [["Salaris", "2.684,00"], ["Loonheffing", "-412,18"], ["Netto", "2.118,44"]]
            ),
        ],
        st,
    )
    c.yaml_file(
        {
            "werknemer": {"naam": "Mark de Boer", "bsn": bsn, "functie": emp["functie"]},
            "werkgever": {"naam": wg["naam"], "loonheffingennummer": wg["lhn"]},
            "bedrijfsarts": {"naam": ba["naam"], "organisatie": "Arbodienst Salland"},
            "casemanager": {"naam": cm["naam"]},
            "eerste_ziektedag": c.d0,
        }
    )
    assert str(other_bsn) not in (c.dir / "dossier.yaml").read_text()
    pa_path = "02 Arbodienst/Probleemanalyse M. de Boer.pdf"
    mt_path = "05 Overig/Notulen MT-overleg week 2.docx"
    EXPECT[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"checked in week 30 (D0+206). (1) The only probleemanalyse in the folder ('{pa_path}') is about a namesake: "
            f"Marleen de Boer of the Zwolle branch ('M. de Boer' in the title and the header), another valid BSN ({other_bsn}), "
            f"another birth date, another job and another first sick day ({DASH(n_d0)}), dated {DASH(n_pa)}, before Mark's "
            f"first sick day. HR took it from the arbodienst portal by name. Mark's own PA of {DASH(pa_day)} (D0+36, named in "
            "the PvA) is not in the folder. (2) The minutes of the management meeting "
            f"('{mt_path}', {DASH(mt)}, an employer document) record the diagnosis (hernia nuclei pulposi L4-L5, MRI), the "
            "neurosurgeon's waiting list, the medication (naproxen, oxycodon) and physiotherapy. Traps: Mark's BSN with dots "
            "(employer), spaces (arbodienst), plain (payslip, dossier.yaml) and in a fields table; IBAN, KvK, "
            "loonheffingennummer, BIG number, personnel number and a mobile number (none passes the elfproef); the PvA is "
            "D0+50, PA+14 of Mark's own PA; a meeting report with a correctly redacted line ('Medische details: niet "
            "vastgelegd (AVG)'); look-alike words (spreekuur, belastbaarheid, BHV, EHBO-diploma, 'behandeling van zijn "
            "verlofaanvraag'); meetings every 35 days (PDF, Word, phone photo EXIF 6, e-mail body), the last 23 days before "
            "as_of; terugkoppelingen say 'geen medische gegevens opgenomen'; 42e-weeksmelding, EJE, AO, EV not due."
        ),
        "must": [
            {
                "code": "bsn_mismatch",
                "path": pa_path,
                "why": "§8.5 (§5.3): the probleemanalyse carries another person's BSN than dossier.yaml and every other document",
            },
            {
                "code": "medical_data",
                "path": mt_path,
                "why": "§8.7 (§5.3, §5.1): diagnosis, specialist and medication in the employer's own minutes",
            },
        ],
        "must_not": [
            {
                "code": "bsn_invalid",
                "why": "§8.5: every BSN in the case passes the elfproef; IBAN, KvK, BIG, loonheffingennummer and phone are no BSN",
            },
            {"code": "no_first_sick_day", "why": "§8.3: the first sick day is in dossier.yaml and in the documents"},
            {"code": "future", "why": "§8.3: no document is dated after as_of"},
            {
                "code": "medical_data",
                "path": "04 Gesprekken/Gespreksverslag " + DASH(dates[1]) + ".docx",
                "why": "§8.7: the medical line is correctly redacted ('niet vastgelegd')",
            },
            {
                "code": "medical_data",
                "path": "04 Gesprekken/Gespreksverslag " + DASH(dates[0]) + ".pdf",
                "why": "§8.7: hours and tasks only",
            },
            {
                "code": "medical_data",
                "path": "04 Gesprekken/Verslag gesprek Mark.eml",
                "why": "§8.7: roster and leave only",
            },
            {
                "code": "medical_data",
                "path": "03 Plan van aanpak/PvA Mark de Boer getekend.pdf",
                "why": "§8.7: limitations and work only",
            },
            {
                "code": "medical_data",
                "path": "01 Ziekmelding/Ziekmelding Mark de Boer.eml",
                "why": "§8.7 (§5.1): only data the employer may record",
            },
            {
                "code": "medical_data",
                "path": f"02 Arbodienst/Terugkoppeling spreekuur {DASH(c.d0 + TD(92))}.pdf",
                "why": "§8.7: belastbaarheid only",
            },
            {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: the PvA is signed by both"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present"},
            {"code": "evaluation_gap", "why": "§8.3: meetings 35 days apart, the last 23 days before as_of"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: not due in week 30"},
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: not due in week 30"},
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: not due in week 30"},
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: the 42e-weeksmelding is due at D0+294"},
        ],
    }


# -------------------------------------------------------------------------------------------------------------
# Case 2: the eerstejaarsevaluatie exists only as a concept
# -------------------------------------------------------------------------------------------------------------


def case2() -> None:
    c = Case("eje_alleen_concept", dt.date(2025, 3, 3), 416)
    bsn = make_bsn(RNG)
    wg = {"naam": "Zorgvervoer Twente BV", "lhn": lookalike(9) + "L02", "kvk": lookalike(8)}
    emp = {
        "naam": "Priya Ramdin",
        "geb": "21-07-1979",
        "bsn_wg": fmt_bsn(bsn, "spaces"),
        "bsn_arbo": bsn,
        "werkgever": wg["naam"],
        "functie": "Planner ritten",
    }
    cm = {"naam": "Hans Wolters", "functie": "manager bedrijfsvoering"}
    ba = {"naam": "M. Aydin", "big": lookalike(11)}
    arbo = sty(
        "arbo2",
        "ArboPunt Oost",
        ("Hengelosestraat 300, 7521 AM Enschede",),
        letterhead="right",
        font="serif",
        accent=(90, 40, 120),
    )
    st = sty(
        "zvt",
        wg["naam"],
        (f"Marssteden 80, 7547 TD Enschede  ·  KvK {wg['kvk']}", "tel. 053-" + lookalike(7)),
        accent=(0, 120, 170),
        producer="Microsoft Word 2019",
    )
    bureau = sty(
        "bur", "Werkpad Re-integratie", ("Oude Markt 4, 7511 GA Enschede",), letterhead="centered", accent=(160, 30, 60)
    )
    ad = sty("ad2", "Arbeidsdeskundig Adviesbureau Kuipers", ("registerarbeidsdeskundige",), font="serif")
    mw = "h.wolters@zorgvervoer-twente.example"
    c.eml(
        "01 Verzuim/Ziekmelding Priya.eml",
        f"Hans Wolters <{mw}>",
        "meldingen@arbopunt-oost.example",
        c.d(0),
        "Ziekmelding P. Ramdin",
        f"Priya Ramdin (planner, BSN {fmt_bsn(bsn, 'spaces')}) is vandaag {L(c.d0)} ziek gemeld. "
        f"Telefonisch bereikbaar op {mobile()}. Verwachte duur onbekend; geen ongeval.\n\nHans Wolters\n",
    )
    pa_day = c.d(37)
    c.pdf(
        "02 Arbo/Probleemanalyse Ramdin.pdf",
        pa_blocks(
            c,
            pa_day,
            emp,
            ba,
            arbo,
            ["Maximaal 4 uur per dag beeldschermwerk, met pauzes.", "Geen piekdrukte of avonddiensten."],
            "Gedeeltelijke hervatting is haalbaar; volledige terugkeer in het eigen werk is onzeker.",
        ),
        arbo,
    )
    pva_day = c.d(50)
    acts = [
        ["Start aangepast planwerk 3 x 3 uur", "Priya, teamleider", DASH(c.d(52))],
        ["Opbouw in overleg met de bedrijfsarts", "Priya", "week 9-14"],
        ["Evaluatie", "Hans Wolters", "iedere 5 weken"],
    ]
    c.docx(
        "03 PvA/PvA concept v1.docx",
        pva_blocks(
            c,
            c.d(45),
            emp,
            cm,
            pa_day,
            "Terugkeer in het eigen werk als planner.",
            acts[:2],
            "nog invullen",
            "nog invullen",
            signed=False,
            title="Plan van aanpak (concept)",
        ),
        st,
    )
    c.scan(
        "03 PvA/PvA definitief getekend.pdf",
        pva_blocks(
            c,
            pva_day,
            emp,
            cm,
            pa_day,
            "Terugkeer in het eigen werk als planner, in opbouw.",
            acts,
            "Wij bieden aangepast planwerk zonder avonddiensten.",
            "Ik wil mijn eigen werk terug, rustig opbouwen.",
        ),
        st,
    )
    # meetings every 35 days
    offs = [84, 119, 154, 189, 224, 259, 294, 329, 364, 400]
    hrs = [
        "3 x 3 uur",
        "3 x 4 uur",
        "4 x 4 uur",
        "4 x 4 uur",
        "4 x 5 uur",
        "4 x 5 uur",
        "4 x 5 uur",
        "4 x 5 uur",
        "4 x 5 uur (20 van 36 uur)",
        "4 x 5 uur (20 van 36 uur)",
    ]
    notes = {
        84: "Het werk gaat goed; de piekmomenten 's ochtends neemt een collega over.",
        189: "De bedrijfsarts heeft de probleemanalyse bijgesteld; het bijgestelde plan is getekend en vervangt het eerste plan.",
        329: "Het tweede spoor is besproken; Werkpad maakt een trajectplan voor de overige 16 uur.",
        364: "De eerstejaarsevaluatie is besproken op "
        + L(c.d0 + TD(345))
        + ". Hans stuurt de definitieve versie ter ondertekening.",
        400: "De eerstejaarsevaluatie is nog niet definitief; Hans heeft de ondertekende versie nog niet ontvangen.",
    }
    for i, o in enumerate(offs):
        day = c.d(o)
        nxt = c.d0 + TD(offs[i + 1]) if i + 1 < len(offs) else c.d0 + TD(434)
        b = meeting_blocks(
            day, emp, cm, i + 1, hrs[i], notes.get(o, "De afspraken uit het plan worden nagekomen."), nxt
        )
        if i % 3 == 2 or i in (3, 4, 6, 7):
            c.eml(
                f"04 Gesprekken/Verslag {DASH(day)}.eml",
                f"Hans Wolters <{mw}>",
                "priya.ramdin@kpn-mail.example",
                day,
                f"Verslag gesprek {L(day)}",
                blocks_to_text(b, st),
            )
        elif i % 3 == 1:
            c.docx(f"04 Gesprekken/Gespreksverslag {DASH(day)}.docx", b, st)
        else:
            c.pdf(f"04 Gesprekken/Gespreksverslag {DASH(day)}.pdf", b, st)
    bpa = c.d(196)
    c.pdf(
        "02 Arbo/Bijstelling probleemanalyse Ramdin.pdf",
        arbo_header(c, "Bijstelling probleemanalyse", bpa, emp, ba, arbo)
        + [
            Heading("Gewijzigde belastbaarheid"),
            Para(
                "Duurzaam niet meer dan 20 uur per week; geen avonddiensten. Eigen werk "
                "in deeltijd is passend; voor de overige uren is werk elders te onderzoeken."
            ),
            Para("Geen medische gegevens opgenomen."),
            ba_sig(ba, bpa),
        ],
        arbo,
    )
    bpva = c.d(206)
    b = pva_blocks(
        c,
        bpva,
        emp,
        cm,
        bpa,
        "Structureel 20 uur eigen werk als planner; voor de overige 16 uur onderzoek "
        "naar werk elders (tweede spoor) na het AD-onderzoek.",
        [
            ["Vast rooster 4 x 5 uur", "Priya, teamleider", "vanaf " + DASH(c.d(210))],
            ["Arbeidsdeskundig onderzoek", "Hans Wolters", "week 46-48"],
            ["Evaluatie", "Hans Wolters", "iedere 5 weken"],
        ],
        "Wij houden Priya graag voor 20 uur.",
        "Ik ben blij met een vast rooster.",
        title="Bijstelling plan van aanpak",
    )
    b.insert(1, Para("Deze bijstelling vervangt het plan van aanpak van " + DASH(pva_day) + "."))
    c.pdf("03 PvA/Bijstelling PvA Ramdin getekend.pdf", b, st)
    c.scan("05 UWV/Scan_0288.pdf", melding42_blocks(c, c.d(287), emp, wg), UWV)
    add = c.d(330)
    c.pdf(
        "06 AD/Rapport arbeidsdeskundig onderzoek.pdf",
        [
            Title("Rapportage arbeidsdeskundig onderzoek"),
            Fields(
                [
                    ("Werknemer", emp["naam"]),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Datum", L(add)),
                ]
            ),
            Heading("Belasting en belastbaarheid"),
            Para("Het eigen werk als planner is voor 20 uur passend (structureel)."),
            Heading("Advies"),
            Para("Spoor 1: eigen werk 20 uur. Spoor 2: start binnen zes weken voor de overige 16 uur."),
            Signatures([Sig("Arbeidsdeskundige", "R. Kuipers", "registerarbeidsdeskundige", L(add))]),
        ],
        ad,
    )
    eje = c.d(345)
    eje_path = "07 EJE/Eerstejaarsevaluatie Priya (concept) v0.3.docx"
    c.docx(
        eje_path,
        [
            Title("CONCEPT - Eerstejaarsevaluatie", sub="ter bespreking, nog niet ondertekenen"),
            Fields(
                [
                    ("Werknemer", emp["naam"]),
                    ("BSN", fmt_bsn(bsn, "spaces")),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Datum gesprek", DASH(eje)),
                    ("Versie", "0.3 (concept, Hans)"),
                ]
            ),
            Heading("Terugblik eerste ziektejaar"),
            Para("Priya werkt structureel 20 van 36 uur in het eigen werk."),
            Heading("Re-integratieresultaat tweede ziektejaar"),
            Para("20 uur eigen werk; 16 uur via het tweede spoor (Werkpad)."),
            Heading("Visie werkgever"),
            Para("[nog aanvullen na gesprek]"),
            Heading("Visie werknemer"),
            Para("[Priya vult zelf aan]"),
            Signatures(
                [Sig("Werkgever", cm["naam"], cm["functie"], "", False), Sig("Werknemer", emp["naam"], "", "", False)]
            ),
        ],
        st,
    )
    c.eml(
        "07 EJE/RE_ eerstejaarsevaluatie.eml",
        f"Hans Wolters <{mw}>",
        "priya.ramdin@kpn-mail.example",
        c.d(352),
        "RE: eerstejaarsevaluatie",
        "Hoi Priya,\n\nIn de bijlage (map 07) staat het concept van de eerstejaarsevaluatie. "
        "Vul jij je visie aan? De definitieve versie volgt na ondertekening door ons allebei.\n\nHans\n",
    )
    tp = c.d(380)
    c.pdf(
        "08 Tweede spoor/Trajectplan Werkpad - P. Ramdin.pdf",
        [
            Title("Trajectplan tweede spoor"),
            Fields(
                [
                    ("Deelnemer", emp["naam"]),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Datum", L(tp)),
                ]
            ),
            Heading("Persoonsprofiel en zoekprofiel"),
            Para("Plannen, administratie, klantcontact; 16 uur per week, overdag."),
            Heading("Activiteiten"),
            Bullets(["Arbeidsmarktoriëntatie", "Netwerkgesprekken", "Sollicitatietraining"]),
            Para("Geen medische gegevens opgenomen."),
            Signatures(
                [
                    Sig("Jobcoach", "E. Nijhuis", "re-integratieadviseur", L(tp)),
                    Sig("Deelnemer", emp["naam"], "", L(tp)),
                ]
            ),
        ],
        bureau,
    )
    vr = c.d(408)
    c.pdf(
        "08 Tweede spoor/Voortgangsrapportage 1.pdf",
        [
            Title("Voortgangsrapportage tweede spoor"),
            Fields(
                [
                    ("Deelnemer", emp["naam"]),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Rapportageperiode", f"{DASH(tp)} t/m {DASH(vr)}"),
                    ("Datum", L(vr)),
                ]
            ),
            Heading("Activiteiten"),
            Bullets(["4 netwerkgesprekken", "2 sollicitaties (administratief medewerker, planner)"]),
            Signatures([Sig("Jobcoach", "E. Nijhuis", "re-integratieadviseur", L(vr))]),
        ],
        bureau,
    )
    c.yaml_file(
        {
            "werknemer": {"naam": emp["naam"], "bsn": bsn, "functie": emp["functie"]},
            "werkgever": {"naam": wg["naam"], "loonheffingennummer": wg["lhn"]},
            "casemanager": {"naam": cm["naam"]},
            "eerste_ziektedag": c.d0,
        }
    )
    EXPECT[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"checked in week 60 (D0+416). The eerstejaarsevaluatie exists only as the casemanager's concept "
            f"('{eje_path}', meeting of {DASH(eje)}, D0+345, week 50): titled 'CONCEPT - Eerstejaarsevaluatie', "
            "'ter bespreking, nog niet ondertekenen', version 0.3, the visies are placeholders and both signature lines "
            "are empty. The casemanager's mail (D0+352) promises the final version after signing; the meeting of D0+400 "
            "says it has not come. Traps: beside it sits the concept of the plan van aanpak ('03 PvA/PvA concept v1.docx', "
            "unsigned) and the signed final PvA (a copier scan, D0+50, PA+13); a bijstelling PA (D0+196) followed ten days "
            "later by a bijstelling PvA that says it replaces the PvA; part-time structural own work (20 of 36 hours); the "
            "2nd track started on time (AD week 48 advises it, trajectplan D0+380, first progress report D0+408); "
            "42e-weeksmelding D0+287 (a scan); meetings every 35-36 days (PDF, Word, e-mail body), the last 16 days before "
            "as_of; BSN plain, with spaces and with dots; phone numbers, KvK, loonheffingennummer, BIG number; AO/EV not due."
        ),
        "must": [
            {
                "code": "form",
                "path": eje_path,
                "why": "§8.5: a concept (title 'CONCEPT', no signatures) instead of the final, signed eerstejaarsevaluatie "
                "(handleiding §6 'form': een concept in plaats van het definitieve stuk)",
            },
        ],
        "must_not": [
            {"code": "bsn_invalid", "why": "§8.5: one valid BSN in all its forms"},
            {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: the signed PvA is present"},
            {"code": "unsigned", "path": "03 PvA/PvA definitief getekend.pdf", "why": "§8.5: signed by both"},
            {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA D0+50 = PA+13"},
            {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+37"},
            {
                "code": "missing",
                "type": "bijstelling_plan_van_aanpak",
                "why": "§8.2: present, 10 days after the bijstelling PA",
            },
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.3: trajectplan D0+380 ≤ D0+406"},
            {"code": "late", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+380 ≤ D0+406"},
            {"code": "missing", "type": "arbeidsdeskundig_rapport", "why": "§8.2: present (week 48)"},
            {"code": "evaluation_gap", "why": "§8.3: meetings 35-36 days apart, the last 16 days before as_of"},
            {"code": "report_gap", "why": "§8.2 (§7): the first progress report came 28 days after the trajectplan"},
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+287 ≤ D0+294"},
            {"code": "medical_data", "why": "§8.7: no document in the case carries medical data"},
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: not due in week 60"},
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: not due in week 60"},
            {"code": "future", "why": "§8.3: no document is dated after as_of"},
        ],
    }


# -------------------------------------------------------------------------------------------------------------
# Case 3: a dossier kept as e-mails; quoted medical text; 8-digit BSN in the eindevaluatie
# -------------------------------------------------------------------------------------------------------------


def case3() -> None:
    c = Case("mails_quote_medisch_ev_bsn_cijfer_weg", dt.date(2024, 9, 2), 652, 641)
    bsn = make_bsn(RNG)
    bad = None
    for i in range(1, 9):
        cand = bsn[:i] + bsn[i + 1 :]
        if not bsn_valid(cand):
            bad = cand
            break
    assert bad is not None and len(bad) == 8 and not bsn_valid(bad)
    wg = {"naam": "Drukkerij Van Rijswijk", "lhn": lookalike(9) + "L01", "kvk": lookalike(8)}
    emp = {
        "naam": "Jolanda Vermeer",
        "geb": "05-02-1972",
        "bsn_wg": fmt_bsn(bsn, "dots"),
        "bsn_arbo": fmt_bsn(bsn),
        "werkgever": wg["naam"],
        "functie": "Medewerker afwerking (binderij)",
    }
    cm = {"naam": "Erik van Rijswijk", "functie": "directeur-eigenaar"}
    ba = {"naam": "dr. S. Visser", "big": lookalike(11)}
    arbo = sty(
        "arbo3",
        "Verzuimdienst Holland",
        ("Postbus 1120, 2302 BC Leiden",),
        letterhead="left",
        accent=(0, 100, 60),
        fields_as_table=True,
    )
    st = sty(
        "vrw",
        wg["naam"],
        (f"Lammenschansweg 9, Leiden  -  KvK {wg['kvk']}",),
        letterhead="centered",
        font="serif",
        accent=(60, 60, 60),
        producer="Microsoft Word 2016",
    )
    ad = sty("ad3", "A&W Arbeidsdeskundigen", ("Leiden",))
    me = "erik@drukkerij-vanrijswijk.example"
    mj = "jolanda.vermeer@hetnet-mail.example"
    ma = "bedrijfsarts@verzuimdienst-holland.example"
    c.eml(
        "Mail/2024-09-02 ziekmelding.eml",
        f"Erik van Rijswijk <{me}>",
        ma,
        c.d(0),
        "Ziekmelding J. Vermeer",
        f"Jolanda Vermeer, BSN {fmt_bsn(bsn, 'dots')}, is vandaag ziek gemeld. Bereikbaar op {mobile()}.\nErik\n",
    )
    pa_day = c.d(38)
    c.pdf(
        "Arbodienst/Probleemanalyse J. Vermeer.pdf",
        pa_blocks(
            c,
            pa_day,
            emp,
            ba,
            arbo,
            ["Geen werk aan de snijmachine.", "Maximaal 4 uur per dag, staand en zittend afwisselen."],
            "Terugkeer in aangepast eigen werk is waarschijnlijk.",
        ),
        arbo,
    )
    pva_day = c.d(50)
    c.scan(
        "Re-integratie/scan_pva_getekend.pdf",
        pva_blocks(
            c,
            pva_day,
            emp,
            cm,
            pa_day,
            "Terugkeer in aangepast eigen werk in de afwerking (zonder snijmachine).",
            [
                ["Vouwen en inpakken 3 x 4 uur", "Jolanda", DASH(c.d(53))],
                ["Opbouw", "Jolanda, Erik", "week 10-20"],
                ["Evaluatie", "Erik", "elke 5 weken"],
            ],
            "Wij passen het werk aan.",
            "Ik wil graag blijven werken hier.",
        ),
        st,
    )
    # meetings as e-mail bodies (a selection of the second year)
    for o, t in (
        (476, "Jolanda werkt 24 uur, structureel in de afwerking zonder snijmachine."),
        (511, "Geen wijzigingen; 24 uur gaat goed. Zij heeft de behandeling van haar verlofaanvraag afgewacht."),
        (546, "24 uur stabiel. Het arbeidsdeskundig advies (geen tweede spoor) blijft staan."),
        (582, "24 uur stabiel. UWV-brief over de WIA-aanvraag verwacht rond week 88."),
        (616, "De bedrijfsarts maakt het actueel oordeel; daarna de eindevaluatie."),
    ):
        day = c.d(o)
        c.eml(
            f"Mail/{day.isoformat()} verslag gesprek.eml",
            f"Erik van Rijswijk <{me}>",
            f"Jolanda Vermeer <{mj}>",
            day,
            "Verslag van ons gesprek",
            f"Hoi Jolanda,\n\nVerslag van ons gesprek van vandaag ({L(day)}):\n\n- {t}\n"
            f"- Werknemer: Jolanda Vermeer (BSN {fmt_bsn(bsn, 'dots')})\n- Volgende gesprek over ongeveer 5 weken.\n\n"
            "Laat maar weten als je iets anders hebt onthouden.\n\nGroet,\nErik van Rijswijk\ndirecteur-eigenaar\n",
        )
    # the planted quoted medical text
    fq = c.d(402)
    qd = c.d(401)
    fw_path = "Mail/FW_ rooster Jolanda.eml"
    c.eml(
        fw_path,
        f"Erik van Rijswijk <{me}>",
        "Planning <planning@drukkerij-vanrijswijk.example>",
        fq,
        "FW: rooster Jolanda",
        "Hoi Bas,\n\nZie hieronder; wil je het rooster van Jolanda hierop aanpassen? "
        "Geen ochtenden meer vóór 9 uur.\n\nErik\n\n"
        f"-----Oorspronkelijk bericht-----\nVan: Jolanda Vermeer <{mj}>\nVerzonden: {fmt_date(qd, 'weekday')} 21:14\n"
        f"Aan: {me}\nOnderwerp: rooster\n\n"
        "> Hoi Erik, de KNO-arts heeft nu vastgesteld dat ik de ziekte van Ménière heb. Ik krijg betahistine en\n"
        "> bij een aanval ook Primperan, en er komt een evenwichtsonderzoek (ENG) in het LUMC. 's Ochtends ben\n"
        "> ik door de medicijnen erg duf, daarom vraag ik of ik later mag beginnen.\n> Groet, Jolanda\n",
    )
    c.scan("UWV/Scan ziekmelding 42e week.pdf", melding42_blocks(c, c.d(288), emp, wg), UWV)
    add = c.d(337)
    c.pdf(
        "Re-integratie/AD rapport Vermeer.pdf",
        [
            Title("Arbeidsdeskundig rapport"),
            Fields([("Werknemer", emp["naam"]), ("BSN", fmt_bsn(bsn)), ("Datum", L(add))]),
            Heading("Conclusie"),
            Para(
                "Aangepast eigen werk (afwerking zonder snijmachine, 24 van 32 uur) is passend en "
                "structureel; de loonwaarde is 100%. Een tweede spoor is niet nodig: bevredigend resultaat."
            ),
            Signatures([Sig("Arbeidsdeskundige", "H. Jansen", "registerarbeidsdeskundige", L(add))]),
        ],
        ad,
    )
    eje = c.d(345)
    c.pdf(
        "Re-integratie/Eerstejaarsevaluatie Jolanda.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            Fields(
                [
                    ("Werknemer", emp["naam"]),
                    ("BSN", fmt_bsn(bsn, "dots")),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Datum", L(eje)),
                ]
            ),
            Heading("Terugblik eerste ziektejaar"),
            Para("Jolanda werkt structureel 24 van 32 uur in aangepast eigen werk."),
            Heading("Tweede ziektejaar"),
            Para("Geen tweede spoor: het aangepaste werk is structureel en passend (AD-rapport)."),
            Heading("Visie werkgever"),
            Para("Tevreden over het resultaat."),
            Heading("Visie werknemer"),
            Para("Ik ben tevreden."),
            both_sigs(emp, cm, eje),
        ],
        st,
    )
    c.scan(
        "UWV/brief UWV wia.pdf",
        [
            Title("Uw werknemer kan een WIA-uitkering aanvragen"),
            Fields([("Werknemer", emp["naam"]), ("BSN", fmt_bsn(bsn)), ("Datum", L(c.d(611)))]),
            Para(
                "Uw werknemer kan vanaf nu een WIA-uitkering aanvragen. Stuur binnen 1 dag na de "
                "aanvraag het re-integratieverslag."
            ),
        ],
        UWV,
    )
    ao = c.d(617)
    aopdf = CASES / "_tmp_ao.pdf"
    write_pdf(
        aopdf,
        arbo_header(c, "Actueel oordeel", ao, emp, ba, arbo)
        + [
            Heading("Belastbaarheid"),
            Para("Structureel 24 uur per week aangepast werk; geen snijmachine, geen vroege diensten."),
            Heading("Arbeidsrelatie"),
            Para("De verhouding tussen werkgever en werknemer is goed."),
            Heading("Passende arbeid bij de werkgever"),
            Para("Het huidige aangepaste werk is passend."),
            Para("Geen medische gegevens opgenomen."),
            ba_sig(ba, ao),
        ],
        arbo,
    )
    c.eml(
        "Mail/Actueel oordeel bedrijfsarts.eml",
        f"Verzuimdienst Holland <{ma}>",
        me,
        ao,
        "Actueel oordeel J. Vermeer",
        "Geachte heer Van Rijswijk,\n\nIn de bijlage het actueel oordeel van de bedrijfsarts.\n\nMet vriendelijke groet,\n"
        "Verzuimdienst Holland\n",
        [attachment_from(aopdf, "Actueel oordeel J. Vermeer.pdf")],
    )
    aopdf.unlink()
    ev = c.d(627)
    ev_path = "Re-integratie/Eindevaluatie Jolanda Vermeer.docx"
    c.docx(
        ev_path,
        [
            Title("Eindevaluatie plan van aanpak"),
            Table(
                ["Gegeven", "Invulling"],
                [
                    ["Werknemer", emp["naam"]],
                    ["BSN", bad],
                    ["Geboortedatum", emp["geb"]],
                    ["Eerste ziektedag", DASH(c.d0)],
                    ["Datum", DASH(ev)],
                ],
            ),
            Heading("Aard van het bedrijf"),
            Para("Drukkerij met 23 medewerkers: offset- en digitaaldruk, afwerking en verzending."),
            Heading("Terugblik"),
            Para("Na twee jaar werkt Jolanda structureel 24 van 32 uur in aangepast eigen werk."),
            Heading("Kwaliteit arbeidsrelatie"),
            Para("Goed; open contact."),
            Heading("Passende arbeid"),
            Para("Het aangepaste werk in de afwerking is passend; meer uren zijn er niet."),
            both_sigs(emp, cm, ev),
        ],
        st,
    )
    ow = c.d(638)
    c.eml(
        "Mail/mijn mening re-integratieverslag.eml",
        f"Jolanda Vermeer <{mj}>",
        me,
        ow,
        "mijn mening over het re-integratieverslag",
        f"Beste Erik,\n\nOordeel van de werknemer over het re-integratieverslag.\nNaam: Jolanda Vermeer\nBSN: {fmt_bsn(bsn, 'spaces')}\n\n"
        "Ik heb alle stukken ontvangen en gelezen. Ik ben het eens met het re-integratieverslag, de probleemanalyse, het "
        "plan van aanpak, de eerstejaarsevaluatie, het actueel oordeel en de eindevaluatie. Mijn werkgever heeft zich "
        "goed ingespannen.\n\nMet vriendelijke groet,\nJolanda Vermeer\n",
    )
    c.yaml_file(
        {
            "werknemer": {"naam": emp["naam"], "bsn": bsn, "functie": emp["functie"]},
            "werkgever": {"naam": wg["naam"], "loonheffingennummer": wg["lhn"], "aard_van_het_bedrijf": "Drukkerij"},
            "eerste_ziektedag": c.d0,
            "aanvraag_wia": c.aanvraag,
        }
    )
    EXPECT[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": c.aanvraag.isoformat(),
        "planted": (
            f"checked in week 94 (D0+652), after the application (D0+641, week 92, dossier.yaml). A small printing firm "
            "keeps most of the dossier as e-mails (meeting reports, the employee's oordeel and the AO's cover mail: text "
            f"in the body). (1) '{fw_path}' (D0+402): the owner forwards to the planning desk a mail of the employee, quoted "
            "below his own lines, that names the diagnosis (ziekte van Ménière, KNO-arts), the medication (betahistine, "
            "Primperan) and a test at the LUMC; the employer now holds and spreads it. (2) The eindevaluatie "
            f"('{ev_path}', D0+627, signed by both) has in its data table the BSN {bad}: the employee's BSN {bsn} with one "
            "digit dropped (8 digits; fails the elfproef). Traps: every other BSN is right (dots, spaces, plain, in a "
            "table); mobile number, KvK, loonheffingennummer, BIG number; the meeting mails say 'behandeling van haar "
            "verlofaanvraag' and the AO 'geen medische gegevens opgenomen'; AO D0+617 as a PDF attached to a mail, 24 days "
            "before the application and before the EV (D0+627, ≤ D0+636); no 2nd track, motivated (AD-rapport and EJE: "
            "structural adapted own work 24/32 h, satisfactory result); 42e-weeksmelding D0+288; only second-year "
            "meetings are filed (gaps not judged)."
        ),
        "must": [
            {
                "code": "medical_data",
                "path": fw_path,
                "why": "§8.7 (§5.3, §5.1): diagnosis, specialist and medication in a mail the employer forwarded internally",
            },
            {
                "code": "bsn_invalid",
                "path": ev_path,
                "why": "§8.5 (§5.2): the eindevaluatie's BSN has 8 digits and fails the elfproef",
            },
        ],
        "must_not": [
            {
                "code": "bsn_invalid",
                "path": "Mail/mijn mening re-integratieverslag.eml",
                "why": "§8.5: valid BSN with spaces",
            },
            {"code": "bsn_invalid", "path": "Arbodienst/Probleemanalyse J. Vermeer.pdf", "why": "§8.5: valid BSN"},
            {
                "code": "bsn_invalid",
                "path": "Re-integratie/Eerstejaarsevaluatie Jolanda.pdf",
                "why": "§8.5: valid BSN with dots",
            },
            {
                "code": "medical_data",
                "path": "Mail/mijn mening re-integratieverslag.eml",
                "why": "§8.7: no health data",
            },
            {"code": "medical_data", "path": "Mail/Actueel oordeel bedrijfsarts.eml", "why": "§8.7: limitations only"},
            {
                "code": "medical_data",
                "path": f"Mail/{c.d0 + TD(511)} verslag gesprek.eml",
                "why": "§8.7: 'behandeling van haar verlofaanvraag' is no treatment",
            },
            {
                "code": "medical_data",
                "path": "Re-integratie/Eindevaluatie Jolanda Vermeer.docx",
                "why": "§8.7: no health data",
            },
            {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: the employee's mail is her oordeel"},
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: attached to the arbodienst's mail"},
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"},
            {"code": "order", "why": "§8.3: AO D0+617 before EV D0+627 before the application D0+641"},
            {"code": "outdated", "why": "§8.4 (§2.5): AO 24 days, EV 14 days before the application"},
            {"code": "late", "type": "eindevaluatie", "why": "§8.3: D0+627 ≤ D0+636"},
            {
                "code": "missing",
                "type": "trajectplan_tweede_spoor",
                "why": "§8.3: no 2nd track needed, motivated in AD-rapport and EJE",
            },
            {"code": "unsigned", "type": "eindevaluatie", "why": "§8.5: signed by both"},
            {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: week 50"},
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+288 ≤ D0+294"},
        ],
    }


# -------------------------------------------------------------------------------------------------------------
# Case 4: medical data in a bedrijfsarts terugkoppeling; the eindevaluatie carries no BSN
# -------------------------------------------------------------------------------------------------------------


def case4() -> None:
    c = Case("terugkoppeling_medisch_ev_zonder_bsn", dt.date(2024, 11, 4), 655, 640)
    while True:
        head = "0" + "".join(str(RNG.randrange(10)) for _ in range(7))
        for last in "0123456789":
            if bsn_valid(head + last):
                break
        else:
            continue
        bsn = head + last
        break
    wg = {"naam": "Woonstichting De Linge", "lhn": lookalike(9) + "L01", "kvk": lookalike(8)}
    emp = {
        "naam": "Ruben Claessens",
        "geb": "30-09-1990",
        "bsn_wg": fmt_bsn(bsn, "spaces"),
        "bsn_arbo": fmt_bsn(bsn, "dots"),
        "werkgever": wg["naam"],
        "functie": "Opzichter onderhoud",
    }
    cm = {"naam": "Ilse Terpstra", "functie": "P&O-adviseur"}
    ba = {"naam": "B. Groen", "big": lookalike(11)}
    arbo = sty(
        "arbo4", "Arbo Rivierenland", ("Stationsweg 3, 4191 KK Geldermalsen",), letterhead="band", accent=(180, 60, 20)
    )
    st = sty(
        "linge",
        wg["naam"],
        ("Lingedijk 2, 4191 AA Geldermalsen", f"KvK {wg['kvk']}"),
        font="sans",
        accent=(30, 80, 160),
        producer="Microsoft Word 2016",
        fields_as_table=True,
    )
    bureau = sty("bur4", "Loopbaanhuis Betuwe", ("Tiel",), letterhead="left", accent=(0, 130, 100))
    ad = sty("ad4", "Bureau Arbeid & Perspectief", ("Culemborg",), font="serif")
    mi = "i.terpstra@delinge-wonen.example"
    c.eml(
        "01 Verzuim/Ziekmelding Ruben Claessens.eml",
        f"Ilse Terpstra <{mi}>",
        "verzuim@arbo-rivierenland.example",
        c.d(0),
        "Ziekmelding",
        f"Ruben Claessens (opzichter, BSN {fmt_bsn(bsn, 'spaces')}) is per {L(c.d0)} ziek. "
        f"Verwachte duur: enkele weken of langer. Bereikbaar: {mobile()}.\nIlse Terpstra, P&O\n",
    )
    pa_day = c.d(35)
    c.pdf(
        "02 Arbo/Probleemanalyse R. Claessens.pdf",
        pa_blocks(
            c,
            pa_day,
            emp,
            ba,
            arbo,
            ["Energetisch beperkt: maximaal 2 x 2 uur per week licht werk.", "Geen klimmen of bouwplaatsen."],
            "Langdurig verzuim is te verwachten; hervatting in het eigen werk binnen een jaar is onzeker.",
        ),
        arbo,
    )
    pva_day = c.d(46)
    c.pdf(
        "03 PvA/Plan van aanpak Ruben getekend.pdf",
        pva_blocks(
            c,
            pva_day,
            emp,
            cm,
            pa_day,
            "Behoud van binding met het werk; op termijn terugkeer in (aangepast) eigen werk.",
            [
                ["Administratief werk thuis 2 x 2 uur", "Ruben", DASH(c.d(49))],
                ["Contact met het team", "Ilse", "maandelijks"],
                ["Evaluatie", "Ilse Terpstra", "elke 5 weken"],
            ],
            "Wij houden contact en bieden licht werk.",
            "Ik doe wat ik kan.",
        ),
        st,
    )
    tks = {
        120: "Belastbaarheid ongewijzigd laag; 2 x 2 uur licht werk is verantwoord. Geen medische gegevens opgenomen.",
        260: "Ruben is sinds twee maanden onder behandeling van de hematoloog in verband met de ziekte van Hodgkin. Hij "
        "krijgt chemotherapie (ABVD-kuren, elke twee weken) en daarna waarschijnlijk bestraling. Daardoor is hij "
        "de week na iedere kuur niet belastbaar. Advies: geen werk in de week na de kuur.",
        400: "Belastbaarheid neemt toe: 4 x 4 uur, geen bouwplaatsen. In deze terugkoppeling zijn geen medische gegevens opgenomen.",
    }
    for o, t in tks.items():
        day = c.d(o)
        c.pdf(
            f"02 Arbo/Terugkoppeling spreekuur {DASH(day)}.pdf",
            arbo_header(c, "Terugkoppeling spreekuur bedrijfsarts", day, emp, ba, arbo)
            + [Heading("Advies aan werkgever"), Para(t), ba_sig(ba, day)],
            arbo,
        )
    tk_path = f"02 Arbo/Terugkoppeling spreekuur {DASH(c.d0 + TD(260))}.pdf"
    # meetings (a selection), one with a correctly redacted sentence
    for i, (o, t, fmt) in enumerate(
        (
            (
                266,
                "Ruben werkt de week na de kuur niet; verder 2 x 2 uur. "
                "[passage verwijderd: medische gegevens horen niet in dit verslag - IT]",
                "pdf",
            ),
            (301, "Geen wijzigingen.", "docx"),
            (441, "4 x 4 uur kantoorwerk; bouwplaatsen nog niet.", "photo"),
            (581, "4 x 5 uur; structureel administratief werk bij Vastgoed.", "pdf"),
        )
    ):
        day = c.d(o)
        b = meeting_blocks(day, emp, cm, i + 1, "zie hieronder", t)
        rel = f"04 Gesprekken/Gespreksverslag {DASH(day)}"
        if fmt == "pdf":
            c.pdf(rel + ".pdf", b, st)
        elif fmt == "docx":
            c.docx(rel + ".docx", b, st)
        else:
            c.photo("04 Gesprekken/foto verslag.jpg", b, st, day)
    c.scan("05 UWV/Scan_20250818.pdf", melding42_blocks(c, c.d(287), emp, wg), UWV)
    add = c.d(336)
    c.pdf(
        "06 AD/Arbeidsdeskundig rapport Claessens.pdf",
        [
            Title("Arbeidsdeskundig onderzoek"),
            Fields([("Werknemer", emp["naam"]), ("BSN", fmt_bsn(bsn, "spaces")), ("Datum", L(add))]),
            Heading("Advies"),
            Para(
                "Terugkeer in het eigen werk (opzichter, bouwplaatsen) is niet te verwachten. Spoor 1: "
                "administratief werk bij Vastgoed onderzoeken. Spoor 2: start nu."
            ),
            Signatures([Sig("Arbeidsdeskundige", "K. van Dalen", "registerarbeidsdeskundige", L(add))]),
        ],
        ad,
    )
    eje = c.d(344)
    c.pdf(
        "07 Evaluaties/Eerstejaarsevaluatie Ruben.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            Fields(
                [
                    ("Werknemer", emp["naam"]),
                    ("BSN", fmt_bsn(bsn, "spaces")),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Datum", L(eje)),
                ]
            ),
            Heading("Terugblik"),
            Para("Eigen werk niet haalbaar; administratief werk wordt onderzocht."),
            Heading("Tweede ziektejaar"),
            Para("Spoor 1 en spoor 2 tegelijk (Loopbaanhuis Betuwe)."),
            Heading("Visie werkgever"),
            Para("Eens met het AD-advies."),
            Heading("Visie werknemer"),
            Para("Eens."),
            both_sigs(emp, cm, eje),
        ],
        st,
    )
    bp = c.d(351)
    c.pdf(
        "03 PvA/Bijstelling PvA spoor 2.pdf",
        pva_blocks(
            c,
            bp,
            emp,
            cm,
            pa_day,
            "Spoor 1: administratief werk bij Vastgoed. Spoor 2: werk bij een andere werkgever.",
            [["Trajectplan Loopbaanhuis Betuwe", "Ilse", "binnen 6 weken"], ["Evaluatie", "Ilse", "elke 5 weken"]],
            "Wij zetten beide sporen in.",
            "Ik doe mee aan beide sporen.",
            title="Bijstelling plan van aanpak",
        ),
        st,
    )
    tp = c.d(385)
    bur = [("Trajectplan tweede spoor", tp, "Intake, persoonsprofiel en zoekprofiel: administratie, planning.")]
    for k, o in enumerate((441, 497, 553), 1):
        bur.append((f"Voortgangsrapportage {k}", c.d(o), "Sollicitaties en netwerkgesprekken; geen plaatsing."))
    bur.append(
        ("Eindrapportage tweede spoor", c.d(603), "Geen plaatsing extern; intern structureel administratief werk.")
    )
    for title, day, t in bur:
        c.pdf(
            f"08 Tweede spoor/{title} - Claessens.pdf",
            [
                Title(title),
                Fields([("Deelnemer", emp["naam"]), ("BSN", fmt_bsn(bsn, "dots")), ("Datum", L(day))]),
                Para(t),
                Para("Geen medische gegevens opgenomen."),
                Signatures([Sig("Loopbaancoach", "T. de Graaf", "re-integratiecoach", L(day))]),
            ],
            bureau,
        )
    c.scan(
        "05 UWV/Scan_20260707.pdf",
        [
            Title("WIA-uitkering aanvragen"),
            Fields([("Werknemer", emp["naam"]), ("BSN", fmt_bsn(bsn)), ("Datum", L(c.d(610)))]),
            Para("Uw werknemer kan nu een WIA-uitkering aanvragen."),
        ],
        UWV,
    )
    ao = c.d(613)
    c.pdf(
        "09 WIA/Actueel oordeel R. Claessens.pdf",
        arbo_header(c, "Actueel oordeel", ao, emp, ba, arbo)
        + [
            Heading("Belastbaarheid"),
            Para("4 x 5 uur administratief werk; geen bouwplaatsen."),
            Heading("Arbeidsrelatie"),
            Para("Goed."),
            Heading("Passende arbeid"),
            Para("Administratief werk bij Vastgoed is passend."),
            Para("Geen medische gegevens opgenomen."),
            ba_sig(ba, ao),
        ],
        arbo,
    )
    ev = c.d(627)
    ev_path = "09 WIA/Eindevaluatie Ruben Claessens.pdf"
    c.pdf(
        ev_path,
        [
            Title("Eindevaluatie"),
            Fields(
                [
                    ("Naam werknemer", emp["naam"]),
                    ("Personeelsnummer", "100482"),
                    ("Geboortedatum", emp["geb"]),
                    ("Functie", emp["functie"]),
                    ("Eerste ziektedag", DASH(c.d0)),
                    ("Datum", DASH(ev)),
                ]
            ),
            Heading("Aard van het bedrijf"),
            Para("Woningcorporatie met 2.400 woningen en 48 medewerkers."),
            Heading("Terugblik twee jaar"),
            Para("Van 2 x 2 uur naar structureel 20 uur administratief werk bij Vastgoed."),
            Heading("Kwaliteit arbeidsrelatie"),
            Para("Goed."),
            Heading("Passende arbeid"),
            Para("20 uur administratief werk is passend; meer uren zijn er niet."),
            both_sigs(emp, cm, ev),
        ],
        st,
    )
    c.photo(
        "09 WIA/Oordeel werknemer.jpg",
        [
            Title("Oordeel werknemer"),
            Fields([("Naam", emp["naam"]), ("BSN", fmt_bsn(bsn)), ("Datum", L(c.d(634)))]),
            Para("Ik ben het eens met het re-integratieverslag."),
            Signatures([Sig("Werknemer", emp["naam"], "", L(c.d(634)))]),
        ],
        st,
        c.d(634),
    )
    c.yaml_file(
        {
            "werknemer": {"naam": emp["naam"], "bsn": bsn, "functie": emp["functie"]},
            "werkgever": {"naam": wg["naam"], "loonheffingennummer": wg["lhn"]},
            "eerste_ziektedag": c.d0,
            "aanvraag_wia": c.aanvraag,
        }
    )
    EXPECT[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": c.aanvraag.isoformat(),
        "planted": (
            "checked in week 94 (D0+655), after the application (D0+640, week 92, dossier.yaml). (1) The bedrijfsarts's "
            f"'Terugkoppeling spreekuur' of D0+260 ('{tk_path}'), sent to the employer, names the specialist "
            "(hematoloog), the diagnosis (ziekte van Hodgkin) and the treatment (ABVD chemotherapy, radiotherapy): the "
            f"bedrijfsarts should pass on only limitations. (2) The eindevaluatie ('{ev_path}', D0+627, signed by both) "
            "carries no BSN: its own form has name, personnel number, birth date and function only. Traps: a BSN starting "
            "with 0 (with spaces, dots, plain, in a fields table) on every other document; the other two terugkoppelingen, "
            "the AO and the bureau reports say 'geen medische gegevens opgenomen'; a meeting report with a redacted "
            "passage ('[passage verwijderd: medische gegevens horen niet in dit verslag]'); 2nd track on time (AD week 48, "
            "EJE week 50, bijstelling PvA, trajectplan D0+385, reports every 56 days, eindrapportage); AO D0+613 before EV "
            "D0+627; OW a phone photo; a selection of meetings (gaps not judged)."
        ),
        "must": [
            {
                "code": "medical_data",
                "path": tk_path,
                "why": "§8.7 (§5.1, §5.3): diagnosis, specialist and treatment in a document the employer holds",
            },
            {"code": "form", "path": ev_path, "why": "§8.5 (§5.3, §4.3): no BSN on the eindevaluatie"},
        ],
        "must_not": [
            {
                "code": "bsn_invalid",
                "why": "§8.5: one valid BSN (starting with 0); personnel number, KvK, BIG are no BSN",
            },
            {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere"},
            {
                "code": "medical_data",
                "path": f"02 Arbo/Terugkoppeling spreekuur {DASH(c.d0 + TD(120))}.pdf",
                "why": "§8.7: belastbaarheid only",
            },
            {
                "code": "medical_data",
                "path": f"02 Arbo/Terugkoppeling spreekuur {DASH(c.d0 + TD(400))}.pdf",
                "why": "§8.7: belastbaarheid only",
            },
            {
                "code": "medical_data",
                "path": f"04 Gesprekken/Gespreksverslag {DASH(c.d0 + TD(266))}.pdf",
                "why": "§8.7: the medical passage is redacted",
            },
            {"code": "medical_data", "path": "09 WIA/Actueel oordeel R. Claessens.pdf", "why": "§8.7: no medical data"},
            {"code": "medical_data", "path": ev_path, "why": "§8.7: no medical data"},
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"},
            {"code": "unsigned", "type": "eindevaluatie", "why": "§8.5: signed by both"},
            {"code": "order", "why": "§8.3: AO before EV before the application"},
            {"code": "outdated", "why": "§8.4: AO 27 days, EV 13 days before the application"},
            {"code": "late", "type": "eindevaluatie", "why": "§8.3: D0+627 ≤ D0+636"},
            {"code": "late", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+385 ≤ D0+406"},
            {"code": "report_gap", "why": "§8.2 (§7): reports every 56 days"},
            {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: present (photo)"},
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present"},
        ],
    }


# -------------------------------------------------------------------------------------------------------------
# Case 5: the HR system's absence register records the cause; no dossier.yaml
# -------------------------------------------------------------------------------------------------------------


def case5() -> None:
    c = Case("verzuimregistratie_oorzaak", dt.date(2025, 6, 2), 310)
    bsn = make_bsn(RNG)
    wg = {"naam": "Tuincentrum Het Groene Hart", "lhn": lookalike(9) + "L01", "kvk": lookalike(8)}
    emp = {
        "naam": "Sanne Kroon",
        "geb": "11-12-1995",
        "bsn_wg": bsn,
        "bsn_arbo": fmt_bsn(bsn, "dots"),
        "werkgever": wg["naam"],
        "functie": "Verkoopmedewerker planten",
    }
    cm = {"naam": "Wim Bakker", "functie": "bedrijfsleider"}
    ba = {"naam": "drs. L. Prins", "big": lookalike(11)}
    arbo = sty(
        "arbo5",
        "Arbodienst Midden",
        ("Europalaan 10, Utrecht",),
        letterhead="right",
        accent=(0, 90, 90),
        fields_as_table=True,
    )
    st = sty(
        "tc",
        wg["naam"],
        ("Hazerswoude-Dorp", f"KvK {wg['kvk']} · IBAN {iban('ABNA')}"),
        accent=(40, 120, 40),
        producer="Microsoft Word 2016",
    )
    hr = sty("afas", "Personeelssysteem - rapport", (wg["naam"],), letterhead="none", font="mono")
    mw = "wim@groenehart-tuin.example"
    c.eml(
        "Verzuim/ziekmelding Sanne.eml",
        f"Wim Bakker <{mw}>",
        "meldpunt@arbo-midden.example",
        c.d(0),
        "ziekmelding Sanne Kroon",
        f"Sanne Kroon is vandaag ({DASH(c.d0)}) ziek. Adres ongewijzigd, telefoon {mobile()}. Duur onbekend. Geen ongeval.\nWim\n",
    )
    reg = c.d(172)
    reg_path = "Verzuim/Verzuimoverzicht Sanne Kroon.pdf"
    c.pdf(
        reg_path,
        [
            Title("Verzuimoverzicht medewerker"),
            Fields(
                [
                    ("Medewerker", emp["naam"]),
                    ("Personeelsnummer", "2207"),
                    ("BSN", bsn),
                    ("Afdeling", "Verkoop buiten"),
                    ("Afdrukdatum", DASH(reg)),
                ]
            ),
            Table(
                ["Ziek vanaf", "Hersteld", "Dagen", "Verzuimoorzaak (toelichting)", "Ongeval"],
                [
                    ["03-02-2025", "07-02-2025", "5", "griep", "nee"],
                    [
                        DASH(c.d0),
                        "-",
                        "open",
                        "ziekte van Pfeiffer (EBV), vastgesteld met bloedonderzoek door de huisarts; "
                        "doorverwezen naar internist i.v.m. leverwaarden",
                        "nee",
                    ],
                ],
            ),
            Para("Verzuimfrequentie afgelopen 12 maanden: 2. Verzuimpercentage: 48,1%."),
        ],
        hr,
    )
    pa_day = c.d(38)
    c.pdf(
        "Arbo/Probleemanalyse S. Kroon.pdf",
        pa_blocks(
            c,
            pa_day,
            emp,
            ba,
            arbo,
            ["Energetisch beperkt; 2 uur per dag licht werk.", "Geen zwaar tillen (potgrond, bomen)."],
            "Geleidelijke opbouw over enkele maanden is te verwachten.",
            "Eerdere verzuimperiode in februari (5 dagen) staat los van dit verzuim.",
        ),
        arbo,
    )
    pva_day = c.d(51)
    acts = [
        ["Kassa en advies 3 x 2 uur", "Sanne", DASH(c.d(53))],
        ["Opbouw", "Sanne, bedrijfsarts", "week 9-20"],
        ["Evaluatie", "Wim Bakker", "elke 5 weken"],
    ]
    c.docx(
        "Re-integratie/PvA Sanne definitief.docx",
        pva_blocks(
            c,
            pva_day,
            emp,
            cm,
            pa_day,
            "Volledige terugkeer in het eigen werk.",
            acts,
            "Wij bieden licht werk aan de kassa.",
            "Ik bouw graag op.",
            signed=False,
        ),
        st,
    )
    c.scan(
        "Re-integratie/Scan PvA getekend.pdf",
        pva_blocks(
            c,
            pva_day,
            emp,
            cm,
            pa_day,
            "Volledige terugkeer in het eigen werk.",
            acts,
            "Wij bieden licht werk aan de kassa.",
            "Ik bouw graag op.",
        ),
        st,
    )
    offs = [86, 121, 156, 191, 226, 261, 296]
    hrs = [
        "3 x 2 uur",
        "3 x 3 uur",
        "4 x 3 uur",
        "4 x 4 uur",
        "4 x 5 uur",
        "4 x 6 uur (24 van 32)",
        "4 x 6 uur (24 van 32)",
    ]
    notes = {
        121: "De planten-recepten voor de workshop 'kokedama' neemt Sanne weer op zich.",
        156: "Sanne doet weer de EHBO-koffer en het BHV-rooster. De behandeling van de kassaverschillen is afgerond.",
        191: "De bedrijfsarts heeft de belastbaarheid bijgesteld; het bijgestelde plan vervangt het oude plan.",
    }
    for i, o in enumerate(offs):
        day = c.d(o)
        nxt = c.d0 + TD(offs[i + 1]) if i + 1 < len(offs) else c.d0 + TD(331)
        b = meeting_blocks(day, emp, cm, i + 1, hrs[i], notes.get(o, "Het gaat volgens plan."), nxt)
        rel = f"Gesprekken/verslag {fmt_date(day, 'iso')}"
        if i in (1, 2, 3, 5):
            c.eml(
                rel + ".eml",
                f"Wim Bakker <{mw}>",
                "sanne.kroon@planet-mail.example",
                day,
                f"verslag gesprek {DASH(day)}",
                blocks_to_text(b, st),
            )
        elif i == 4:
            c.photo("Gesprekken/IMG_4410.jpg", b, st, day)
        else:
            c.pdf(rel + ".pdf", b, st)
    bpa = c.d(177)
    c.pdf(
        "Arbo/Bijstelling probleemanalyse S. Kroon.pdf",
        arbo_header(c, "Bijstelling probleemanalyse", bpa, emp, ba, arbo)
        + [
            Para(
                "Belastbaarheid gewijzigd: 4 x 6 uur mogelijk, nog geen zware tilwerkzaamheden. Geen medische gegevens opgenomen."
            ),
            ba_sig(ba, bpa),
        ],
        arbo,
    )
    bpv = c.d(186)
    b = pva_blocks(
        c,
        bpv,
        emp,
        cm,
        bpa,
        "Volledige terugkeer in het eigen werk; eerst 24 uur.",
        [["Opbouw naar 4 x 6 uur", "Sanne", "vanaf " + DASH(c.d(189))], ["Evaluatie", "Wim", "elke 5 weken"]],
        "Akkoord.",
        "Akkoord.",
        title="Bijstelling plan van aanpak",
    )
    b.insert(1, Para("Deze bijstelling vervangt het plan van aanpak van " + DASH(pva_day) + "."))
    c.pdf("Re-integratie/Bijstelling PvA Sanne.pdf", b, st)
    c.scan("UWV/scan0019.pdf", melding42_blocks(c, c.d(290), emp, wg), UWV)
    c.eml(
        "Re-integratie/uitnodiging eerstejaarsevaluatie.eml",
        f"Wim Bakker <{mw}>",
        "sanne.kroon@planet-mail.example",
        c.d(303),
        "Uitnodiging eerstejaarsevaluatie",
        f"Hoi Sanne,\n\nDe eerstejaarsevaluatie plannen we op {L(c.d0 + TD(345))} "
        "(week 50), samen met de bedrijfsarts. Daarvoor komt de arbeidsdeskundige nog langs.\n\nWim\n",
    )
    EXPECT[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"checked in week 45 (D0+310); no dossier.yaml (the first sick day is in the sick-report mail, the PA, the "
            f"PvA, the register and the 42e-weeksmelding). The HR system's absence overview ('{reg_path}', printed "
            f"{DASH(reg)}) records in its column 'Verzuimoorzaak (toelichting)' the diagnosis (ziekte van Pfeiffer, EBV), "
            "the blood test by the GP and a referral to an internist: nature and cause of the illness, which the employer "
            "may not record even with consent. Traps: an earlier 5-day spell (flu, February 2025, 115 days before D0: not "
            "added) in the same table and in the PA; the PvA exists as an unsigned Word 'definitief' beside the signed "
            "scan (D0+51, PA+13); a bijstelling PA (D0+177) followed 9 days later by a bijstelling PvA that replaces the "
            "PvA; part-time recovery (24 of 32 hours); look-alike words in meetings (planten-recepten, EHBO-koffer, "
            "BHV-rooster, 'behandeling van de kassaverschillen'); meetings every 35 days (PDF, e-mail body, photo), the "
            "last 14 days before as_of; 42e-weeksmelding D0+290 (a scan, on time); the EJE invitation names D0+345 "
            "(week 50; window closes D0+363); BSN plain, with dots, in a table; IBAN, KvK, personnel number, mobile."
        ),
        "must": [
            {
                "code": "medical_data",
                "path": reg_path,
                "why": "§8.7 (§5.1, §5.3): the employer's register records diagnosis, test and referral",
            },
        ],
        "must_not": [
            {"code": "bsn_invalid", "why": "§8.5: one valid BSN; IBAN, KvK and phone are no BSN"},
            {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere"},
            {"code": "no_first_sick_day", "why": "§8.3: the first sick day is in several documents"},
            {"code": "future", "why": "§8.3: no document is dated after as_of"},
            {"code": "medical_data", "path": "Arbo/Probleemanalyse S. Kroon.pdf", "why": "§8.7: limitations only"},
            {
                "code": "medical_data",
                "path": "Arbo/Bijstelling probleemanalyse S. Kroon.pdf",
                "why": "§8.7: belastbaarheid only",
            },
            {
                "code": "medical_data",
                "path": f"Gesprekken/verslag {c.d0 + TD(121)}.eml",
                "why": "§8.7: plant 'recepten' for a workshop",
            },
            {
                "code": "medical_data",
                "path": f"Gesprekken/verslag {c.d0 + TD(156)}.eml",
                "why": "§8.7: EHBO-koffer, BHV-rooster, cash differences",
            },
            {
                "code": "medical_data",
                "path": "Verzuim/ziekmelding Sanne.eml",
                "why": "§8.7 (§5.1): only data the employer may record",
            },
            {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: the signed scan is present"},
            {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PA+13"},
            {"code": "late", "type": "probleemanalyse", "why": "§8.3: D0+38"},
            {"code": "missing", "type": "bijstelling_plan_van_aanpak", "why": "§8.2: present"},
            {"code": "evaluation_gap", "why": "§8.3: meetings 35 days apart"},
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+290 ≤ D0+294"},
            {
                "code": "missing",
                "type": "eerstejaarsevaluatie",
                "severity": "error",
                "why": "§8.1: window open until D0+363",
            },
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: not due in week 45"},
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: not due in week 45"},
        ],
    }


# -------------------------------------------------------------------------------------------------------------
# Case 6: clean, week 38, 42e-weeksmelding due in 32 days
# -------------------------------------------------------------------------------------------------------------


def case6() -> None:
    c = Case("schoon_week38_melding_nadert", dt.date(2025, 9, 15), 262)
    bsn = make_bsn(RNG)
    wg = {"naam": "Restaurant De Waag Alkmaar", "lhn": lookalike(9) + "L01", "kvk": lookalike(8)}
    emp = {
        "naam": "Tim Koster",
        "geb": "08-04-1993",
        "bsn_wg": fmt_bsn(bsn, "dots"),
        "bsn_arbo": bsn,
        "werkgever": wg["naam"],
        "functie": "Zelfstandig werkend kok",
    }
    cm = {"naam": "Linda Schouten", "functie": "operationeel manager"}
    ba = {"naam": "A. de Ridder", "big": lookalike(11)}
    arbo = sty("arbo6", "ArboNoord", ("Kanaalkade 5, Alkmaar",), letterhead="band", accent=(10, 60, 120))
    st = sty(
        "waag",
        wg["naam"],
        ("Waagplein 2, 1811 JP Alkmaar", f"KvK {wg['kvk']}  IBAN {iban('RABO')}"),
        font="serif",
        accent=(120, 40, 20),
        producer="Microsoft Word 2016",
    )
    ml = "linda@dewaag-alkmaar.example"
    c.eml(
        "Ziekmelding/ziekmelding Tim.eml",
        "Tim Koster <tim.koster@zeelandnet-mail.example>",
        ml,
        c.d0 - TD(1),
        "ziek morgen",
        "Hoi Linda,\n\nIk meld me ziek voor morgen (maandag) en de rest van de week, ik kan niet "
        f"werken. Bel me gerust op {mobile()}.\n\nTim\n",
        hour=20,
    )
    c.eml(
        "Ziekmelding/melding arbodienst.eml",
        f"Linda Schouten <{ml}>",
        "verzuim@arbonoord.example",
        c.d(0),
        "Ziekmelding T. Koster",
        f"Tim Koster (kok, BSN {fmt_bsn(bsn, 'dots')}) is ziek vanaf vandaag, {L(c.d0)}. "
        "Verwachte duur langer dan een week. Geen (bedrijfs)ongeval.\nLinda Schouten\n",
    )
    pa_day = c.d(39)
    c.pdf(
        "Arbo/Probleemanalyse T. Koster.pdf",
        pa_blocks(
            c,
            pa_day,
            emp,
            ba,
            arbo,
            ["Geen werk in hitte of onder tijdsdruk.", "Maximaal 3 uur per dag, overdag."],
            "Gedeeltelijke hervatting binnen 3 maanden, volledige terugkeer binnen een jaar is te verwachten.",
        ),
        arbo,
    )
    pva_day = c.d(53)
    acts = [
        ["Mise-en-place en bestellingen 3 x 3 uur", "Tim, chef-kok", DASH(c.d(57))],
        ["Opbouw", "Tim", "week 9-20"],
        ["Evaluatie", "Linda Schouten", "elke 5 weken"],
    ]
    c.docx(
        "Plan van aanpak/PvA Tim concept.docx",
        pva_blocks(
            c,
            c.d(50),
            emp,
            cm,
            pa_day,
            "Terugkeer als kok.",
            acts[:1],
            "",
            "",
            signed=False,
            title="Plan van aanpak (concept)",
        ),
        st,
    )
    c.pdf(
        "Plan van aanpak/PvA Tim Koster getekend.pdf",
        pva_blocks(
            c,
            pva_day,
            emp,
            cm,
            pa_day,
            "Volledige terugkeer als zelfstandig werkend kok.",
            acts,
            "Wij passen de diensten aan: overdag, geen à-la-carte-piek.",
            "Ik wil terug in de keuken.",
        ),
        st,
    )
    offs = [84, 119, 154, 189, 225]
    hrs = ["3 x 3 uur", "3 x 4 uur", "4 x 4 uur", "4 x 5 uur (20 van 38)", "4 x 6 uur (24 van 38)"]
    notes = {
        119: "Tim schrijft de nieuwe recepten voor de wintermenukaart en de allergenenlijst.",
        154: "Tim volgt de HACCP-herhaling. Het EHBO-diploma van de keuken wordt verlengd.",
        189: "De bedrijfsarts heeft de probleemanalyse bijgesteld; het bijgestelde plan vervangt het eerste plan.",
    }
    for i, o in enumerate(offs):
        day = c.d(o)
        nxt = c.d0 + TD(offs[i + 1]) if i + 1 < len(offs) else c.d0 + TD(259)
        b = meeting_blocks(day, emp, cm, i + 1, hrs[i], notes.get(o, "Volgens plan."), nxt)
        if i == 1:
            c.eml(
                f"Gesprekken/verslag {DASH(day)}.eml",
                f"Linda Schouten <{ml}>",
                "tim.koster@zeelandnet-mail.example",
                day,
                "verslag gesprek",
                blocks_to_text(b, st),
            )
        elif i == 3:
            c.docx(f"Gesprekken/Gespreksverslag {DASH(day)}.docx", b, st)
        elif i == 2:
            c.photo("Gesprekken/20260216_150233.jpg", b, st, day)
        else:
            c.pdf(f"Gesprekken/Gespreksverslag {DASH(day)}.pdf", b, st)
    for o in (100, 205):
        day = c.d(o)
        c.pdf(
            f"Arbo/Terugkoppeling {DASH(day)}.pdf",
            arbo_header(c, "Terugkoppeling spreekuur", day, emp, ba, arbo)
            + [Para("Belastbaarheid neemt toe. Geen medische gegevens opgenomen."), ba_sig(ba, day)],
            arbo,
        )
    bpa = c.d(183)
    c.pdf(
        "Arbo/Bijstelling probleemanalyse T. Koster.pdf",
        arbo_header(c, "Bijstelling probleemanalyse", bpa, emp, ba, arbo)
        + [
            Para(
                "Gewijzigde belastbaarheid: 4 x 6 uur overdag; avonddiensten nog niet. Geen medische gegevens opgenomen."
            ),
            ba_sig(ba, bpa),
        ],
        arbo,
    )
    bpv = c.d(193)
    b = pva_blocks(
        c,
        bpv,
        emp,
        cm,
        bpa,
        "Volledige terugkeer als kok; nu 24 uur overdag.",
        [["Dagdiensten 4 x 6 uur", "Tim", "vanaf " + DASH(c.d(196))], ["Evaluatie", "Linda", "elke 5 weken"]],
        "Akkoord.",
        "Akkoord.",
        title="Bijstelling plan van aanpak",
    )
    b.insert(1, Para("Deze bijstelling vervangt het plan van aanpak van " + DASH(pva_day) + "."))
    c.pdf("Plan van aanpak/Bijstelling PvA Tim.pdf", b, st)
    c.eml(
        "Salaris/42e week melding.eml",
        "Salarisadministratie Noord <loon@salaris-noord.example>",
        ml,
        c.d(254),
        "RE: 42e-weeksmelding Tim Koster",
        f"Beste Linda,\n\nDe ziekmelding bij UWV (42e week) voor Tim Koster doen wij op "
        f"{L(c.d0 + TD(287))}, ruim voor de uiterste datum {L(c.d0 + TD(294))}.\n\nMet vriendelijke groet,\nSalarisadministratie Noord\n",
    )
    c.yaml_file(
        {
            "werknemer": {"naam": emp["naam"], "bsn": bsn, "functie": emp["functie"]},
            "werkgever": {"naam": wg["naam"], "loonheffingennummer": wg["lhn"], "aard_van_het_bedrijf": "Restaurant"},
            "casemanager": {"naam": cm["naam"]},
            "eerste_ziektedag": c.d0,
        }
    )
    EXPECT[c.name] = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            "nothing (yet). Checked in week 38 (D0+262): the 42e-weeksmelding is due at D0+294 (32 days after as_of); "
            "the payroll office's mail (D0+254) says it goes out on D0+287. Traps: the employee's sick report is a mail of "
            "the Sunday evening before D0 ('voor morgen'), so the first sick day is the Monday (dossier.yaml and the "
            "arbodienst mail); the PvA concept (Word, unsigned, 'Plan van aanpak (concept)') sits beside the signed PvA "
            "(D0+53, exactly PA+14); a bijstelling PA (D0+183) followed 10 days later by a bijstelling PvA that replaces "
            "the PvA; part-time recovery (24 of 38 hours); a restaurant, so meetings speak of recepten, allergenen, HACCP "
            "and the EHBO-diploma; meetings every 35-36 days (PDF, e-mail body, phone photo EXIF 6, Word), the last 37 days "
            "before as_of; terugkoppelingen 'geen medische gegevens opgenomen'; BSN plain and with dots; IBAN, KvK, BIG, "
            "mobile."
        ),
        "no_errors": True,
        "must": [],
        "must_not": [
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: due at D0+294, after as_of"},
            {"code": "missing", "type": "ziekmelding_uwv", "severity": "error", "why": "§8.3: not due yet"},
            {"code": "late", "type": "probleemanalyse", "why": "§8.3: D0+39"},
            {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PA+14 exactly"},
            {"code": "unsigned", "path": "Plan van aanpak/PvA Tim Koster getekend.pdf", "why": "§8.5: signed by both"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present"},
            {"code": "missing", "type": "bijstelling_plan_van_aanpak", "why": "§8.2: present"},
            {"code": "evaluation_gap", "why": "§8.3: meetings 35-36 days apart, the last 37 days before as_of"},
            {"code": "medical_data", "why": "§8.7: no medical data in the case"},
            {"code": "bsn_invalid", "why": "§8.5: one valid BSN"},
            {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: not due in week 38"},
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: not due"},
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: not due"},
            {"code": "future", "why": "§8.3: no document is dated after as_of"},
        ],
    }


HEADER = """# Expected findings of findings holdout 17. GENERATED by make_holdout17.py: edit the cases there.
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
    CASES.mkdir(parents=True)
    for fn in (case1, case2, case3, case4, case5, case6):
        fn()
    # asserts
    for name, day, as_of in ALL_DATES:
        if name.startswith("_"):
            continue
        if not (day.weekday() < 5 and day not in HOLIDAYS):
            BAD.append((name, day, (day - dict((n, d0) for n, d0 in D0S)[name]).days))
        assert day <= as_of, (name, day, as_of)
    assert not BAD, BAD
    for name, exp in EXPECT.items():
        files = [p for p in (CASES / name).rglob("*") if p.is_file() and p.name != "dossier.yaml"]
        assert 10 <= len(files) <= 25, (name, len(files))
        for e in exp["must"] + exp["must_not"]:
            assert "§8" in e["why"], (name, e)
            if "path" in e:
                assert (CASES / name / e["path"]).is_file(), (name, e["path"])
        y = CASES / name / "dossier.yaml"
        if y.exists():
            d = yaml.safe_load(y.read_text(encoding="utf-8"))
            assert str(d["eerste_ziektedag"]) == exp["first_sick_day"]
            assert bsn_valid(str(d["werknemer"]["bsn"]))
            if "aanvraag_wia" in exp:
                assert str(d["aanvraag_wia"]) == exp["aanvraag_wia"]
    text = HEADER + yaml.safe_dump(EXPECT, sort_keys=False, allow_unicode=True, width=120)
    EXPECTED.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
