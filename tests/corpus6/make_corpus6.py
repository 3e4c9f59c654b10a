"""Build holdout corpus 6 (tests/corpus6/files + labels.csv). Deterministic; rerun gives identical bytes.

Written without reading the classifier, the checklists, samples/riv_content.py or the other corpora's
documents and generators. Only the public writers and the block model of samples/docgen.py are reused.

    .venv/bin/python tests/corpus6/make_corpus6.py
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
import tempfile
from email import policy
from email.message import Message
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from samples.docgen import (  # noqa: E402
    Attachment,
    Bullets,
    Fields,
    Heading,
    Para,
    Sig,
    Signatures,
    Style,
    Table,
    Title,
    build_message,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
)

FILES = HERE / "files"
LABELS = HERE / "labels.csv"
SPLIT = "holdout6"
ROWS: list[tuple[str, str, str, str, str]] = []
TMP = Path(tempfile.mkdtemp(prefix="corpus6-"))
_tmp_counter = [0]

MIME = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".jpg": "image/jpeg",
}

# --------------------------------------------------------------------------------------------
# dates, BSNs
# --------------------------------------------------------------------------------------------

NL_M = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
NL_ABBR = ["jan.", "febr.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sept.", "okt.", "nov.", "dec."]
NL_WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_M = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def nl(d: dt.date) -> str:
    return f"{d.day} {NL_M[d.month - 1]} {d.year}"


def dash(d: dt.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def short(d: dt.date) -> str:
    return f"{d.day}-{d.month}-{d.year}"


def dot(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def slash(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def abbr(d: dt.date) -> str:
    return f"{d.day} {NL_ABBR[d.month - 1]} {d.year}"


def wd(d: dt.date) -> str:
    return f"{NL_WD[d.weekday()]} {nl(d)}"


def en(d: dt.date) -> str:
    return f"{d.day} {EN_M[d.month - 1]} {d.year}"


def en_us(d: dt.date) -> str:
    return f"{EN_M[d.month - 1]} {d.day}, {d.year}"


def elfproef(s: str) -> bool:
    if len(s) != 9 or not s.isdigit() or s == "000000000":
        return False
    return sum(int(c) * w for c, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def new_bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        last = sum(x * w for x, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if last <= 9:
            s = "".join(map(str, digits)) + str(last)
            assert elfproef(s), s
            return s


def dotted(bsn: str) -> str:
    return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"


def spaced(bsn: str) -> str:
    return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"


RNG = random.Random(20260606)
BSN = {k: new_bsn(RNG) for k in ("northwind", "vlinder", "eemstede", "glansrijk", "brederode")}
LHN = {k: new_bsn(RNG) + "L01" for k in ("northwind", "vlinder", "eemstede", "glansrijk", "brederode")}
assert len(set(BSN.values())) == 5 and all(elfproef(b) for b in BSN.values())


def mail_dt(d: dt.date, h: int, m: int) -> str:
    tz = dt.timezone(dt.timedelta(hours=2 if 4 <= d.month <= 10 else 1))
    return format_datetime(dt.datetime(d.year, d.month, d.day, h, m, tzinfo=tz))


# --------------------------------------------------------------------------------------------
# writing and labelling
# --------------------------------------------------------------------------------------------


def _tmp(name: str) -> Path:
    _tmp_counter[0] += 1
    p = TMP / str(_tmp_counter[0]) / name
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


class Case:
    def __init__(self, key: str, d0: dt.date) -> None:
        self.key = key
        self.d0 = d0
        self.root = FILES / key

    def week(self, d: dt.date) -> int:
        return (d - self.d0).days // 7 + 1

    def label(self, rel: str, typ: str | None, date: dt.date | None, note: str) -> None:
        ROWS.append((f"{self.key}/{rel}", typ or "", date.isoformat() if date else "", SPLIT, f"{self.key}: {note}"))

    def pdf(self, rel, blocks, style, typ, date, note):
        write_pdf(self.root / rel, blocks, style)
        self.label(rel, typ, date, note)

    def docx(self, rel, blocks, style, typ, date, note):
        write_docx(self.root / rel, blocks, style)
        self.label(rel, typ, date, note)

    def scan(self, rel, blocks, style, typ, date, note, **kw):
        kw.setdefault("dpi", 140)
        kw.setdefault("jpeg_quality", 30)
        kw.setdefault("noise", 0.35)
        write_scan_pdf(self.root / rel, blocks, style, **kw)
        self.label(rel, typ, date, note)

    def photo(self, rel, blocks, style, typ, date, note, taken, **kw):
        kw.setdefault("quality", 30)
        write_photo_jpg(self.root / rel, blocks, style, taken=taken, **kw)
        self.label(rel, typ, date, note)

    def eml(self, rel, headers, body, typ, date, note, parts=()):
        """parts: (Attachment, type, date, note) per attachment; each is labelled as rel::filename."""
        write_eml(self.root / rel, headers, body, [p[0] for p in parts])
        self.label(rel, typ, date, note)
        for att, t, d, n in parts:
            self.label(f"{rel}::{att.filename}", t, d, n)


def att_pdf(name: str, blocks, style) -> Attachment:
    return Attachment(name, write_pdf(_tmp(name), blocks, style).read_bytes(), MIME[".pdf"])


def att_docx(name: str, blocks, style) -> Attachment:
    return Attachment(name, write_docx(_tmp(name), blocks, style).read_bytes(), MIME[".docx"])


def att_scan(name: str, blocks, style, **kw) -> Attachment:
    kw.setdefault("dpi", 140)
    kw.setdefault("jpeg_quality", 30)
    kw.setdefault("noise", 0.35)
    return Attachment(name, write_scan_pdf(_tmp(name), blocks, style, **kw).read_bytes(), MIME[".pdf"])


def att_photo(name: str, blocks, style, taken, **kw) -> Attachment:
    kw.setdefault("quality", 30)
    return Attachment(name, write_photo_jpg(_tmp(name), blocks, style, taken=taken, **kw).read_bytes(), MIME[".jpg"])


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.strip("\n").split("\n"))


PLAIN = Style(key="plain-employee", org="", letterhead="none", font="serif", accent=(0, 0, 0), footer=" ")


# ============================================================================================
# Case A: northwind-kowalczyk. International employer (English HR documents), Dutch arbodienst,
# Dutch 2nd-track bureau and AD. First sick day 5 February 2024.
# ============================================================================================

NW = Style(
    key="northwind-hr",
    org="Northwind Analytics B.V.",
    org_lines=("Keizersgracht 1187, 1017 ZZ Amsterdam", "People & Culture · people@northwind-analytics.example"),
    font="sans",
    accent=(18, 96, 86),
    letterhead="right",
    footer="Northwind Analytics B.V. · People & Culture · Confidential",
    producer="Microsoft® Word for Microsoft 365",
    author="Emma Whitfield",
)
ARBOKRING = Style(
    key="arbokring",
    org="ArboKring Amstelland",
    org_lines=(
        "Bedrijfsgezondheidszorg en verzuimbegeleiding",
        "Laan van Kronenburg 402, 1183 ZZ Amstelveen",
        "T 020 555 0142 · spreekuur@arbokring-amstelland.example",
    ),
    font="serif",
    accent=(120, 30, 40),
    letterhead="left",
    footer="ArboKring Amstelland · vertrouwelijk",
)
KROMHOUT = Style(
    key="kromhout-ad",
    org="Kromhout Arbeidsdeskundig Advies",
    org_lines=("Overtoom 901, 1054 ZZ Amsterdam", "info@kromhout-ad.example", "KvK 99012345"),
    font="condensed",
    accent=(60, 60, 110),
    letterhead="band",
    title_upper=True,
)
PADWIJZER = Style(
    key="padwijzer",
    org="Padwijzer Re-integratie",
    org_lines=("Tweede spoor · outplacement · jobcoaching", "Stationsstraat 18, 1431 ZZ Aalsmeer"),
    font="sans",
    accent=(200, 110, 20),
    letterhead="centered",
    fields_as_table=True,
    footer="Padwijzer Re-integratie B.V. · Blik-certificaat (fictief) · padwijzer.example",
)
UWV_A = Style(
    key="uwv-letter-a",
    org="UWV",
    org_lines=("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 99418, 1040 ZZ Amsterdam"),
    font="sans",
    accent=(0, 75, 145),
    letterhead="left",
    footer="UWV · www.uwv.nl · 088 - 898 92 94",
)
AMSTELHOVEN = Style(
    key="amstelhoven",
    org="Ziekenhuis Amstelhoven",
    org_lines=("Polikliniek Neurologie", "Ringweg Zuid 5, 1180 ZZ Amstelveen", "T 020 555 7700"),
    font="serif",
    accent=(40, 40, 40),
    letterhead="centered",
)
ERGOCERT = Style(
    key="ergocert",
    org="ErgoAcademie Nederland",
    org_lines=("Opleidingen gezond werken",),
    font="serif",
    accent=(90, 60, 10),
    letterhead="centered",
)


def case_northwind() -> None:
    c = Case("northwind-kowalczyk", D(2024, 2, 5))
    d0 = c.d0
    bsn = BSN["northwind"]
    emp, emp_short = "Marta Kowalczyk", "M. Kowalczyk"
    ba = "drs. J.H. Terpstra"
    cm = "Emma Whitfield"
    mgr = "Daan Verhoef"
    dob = D(1988, 6, 14)

    pa, pva, mins, bpa = D(2024, 3, 12), D(2024, 3, 22), D(2024, 5, 6), D(2024, 8, 20)
    conf42, ad, fye, amend = D(2024, 11, 27), D(2025, 1, 9), D(2025, 1, 21), D(2025, 2, 4)
    tp, vr, uwv88, ao = D(2025, 2, 27), D(2025, 5, 28), D(2025, 10, 8), D(2025, 10, 21)
    ev, ow, neuro = D(2025, 10, 30), D(2025, 11, 4), D(2025, 6, 3)
    assert c.week(pa) <= 6 and (pva - pa).days <= 14 and 46 <= c.week(fye) <= 52
    assert c.week(uwv88) == 88 and ao < ev and c.week(ev) <= 91 and c.week(ow) <= 93

    # -- probleemanalyse (Dutch, arbodienst)
    c.pdf(
        "Arbodienst/Probleemanalyse MK.pdf",
        [
            Title("Probleemanalyse", sub="Oordeel en advies van de bedrijfsarts (art. 2 Regeling procesgang)"),
            Fields(
                [
                    ("Werknemer", emp),
                    ("BSN", bsn),
                    ("Geboortedatum", dash(dob)),
                    ("Werkgever", "Northwind Analytics B.V., Amsterdam"),
                    ("Functie", "Data engineer (40 uur)"),
                    ("Eerste ziektedag", dash(d0)),
                    ("Datum spreekuur", dash(D(2024, 3, 7))),
                    ("Verzuimnummer", "AKA-24-01873"),
                ]
            ),
            Heading("Dreigend langdurig verzuim"),
            Para(
                "Er is sprake van dreigend langdurig verzuim. Werknemer heeft klachten die het langdurig zitten "
                "en beeldschermwerk op dit moment beperken. Naar verwachting duurt het verzuim langer dan drie maanden."
            ),
            Heading("Beperkingen en mogelijkheden"),
            Bullets(
                [
                    "Beeldschermwerk maximaal 2 x 1 uur per dag, met pauzes",
                    "Geen werkzaamheden met deadlinedruk",
                    "Thuiswerken is mogelijk en wordt geadviseerd",
                    "Overleg en lichte coördinerende taken zijn mogelijk",
                ]
            ),
            Heading("Prognose"),
            Para(
                "De prognose voor terugkeer in het eigen werk is gunstig, mits de opbouw geleidelijk verloopt. "
                "Ik verwacht gedeeltelijke hervatting binnen zes tot acht weken."
            ),
            Heading("Advies aan werkgever en werknemer"),
            Para(
                "Stel samen binnen twee weken een plan van aanpak op. Start met 2 x 2 uur per week aangepast werk "
                "(code reviews, documentatie) en bouw in overleg op. Wijs een casemanager aan. "
                "Ik zie werknemer terug op mijn spreekuur over vier weken."
            ),
            Para("Deze probleemanalyse bevat geen medische gegevens. Werknemer heeft een afschrift ontvangen."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 19087654301", "Amstelveen, " + nl(pa))]),
        ],
        ARBOKRING,
        "probleemanalyse",
        pa,
        "Dutch PA from the arbodienst in an otherwise English employer folder; "
        "the consult date (7 March) and first sick day are also on the page",
    )

    # -- plan of approach (English only)
    c.docx(
        "HR (English)/Plan_of_approach_MK_v3_final.docx",
        [
            Title("Plan of approach", sub="Return-to-work plan under the Dutch Gatekeeper Improvement Act"),
            Fields(
                [
                    ("Employee", emp),
                    ("Citizen service number", bsn),
                    ("Date of birth", en(dob)),
                    ("Job title", "Data Engineer, Platform team, 40 hours/week"),
                    ("First day of sickness absence", en(d0)),
                    ("Problem analysis by the occupational physician", en(pa)),
                    ("Case manager", f"{cm}, HR Business Partner"),
                    ("Line manager", mgr),
                ]
            ),
            Heading("1. Return-to-work goal"),
            Para(
                "Full return to the employee's own position as Data Engineer. Intermediate goal: adapted duties "
                "for 4 hours per week from week 8, increasing step by step as advised by the occupational physician."
            ),
            Heading("2. Agreed activities"),
            Table(
                ["Activity", "Who", "By when"],
                [
                    [
                        "Adapted duties: code review and documentation, from home",
                        "Employee / line manager",
                        en(D(2024, 4, 1)),
                    ],
                    ["Ergonomic workstation check at home", "HR (external ergonomist)", en(D(2024, 4, 12))],
                    ["Follow-up consultation with the occupational physician", "Employee", en(D(2024, 4, 9))],
                    ["Progress meeting employee, manager and case manager", "Case manager", "every 6 weeks"],
                ],
            ),
            Heading("3. Evaluation"),
            Para(
                "This plan is evaluated every six weeks and in any case at the end of the first year of absence. "
                "The plan is adjusted when the occupational physician's advice changes."
            ),
            Heading("4. Views of the parties"),
            Para("Employer's view: Northwind supports a gradual return and can offer flexible hours and remote work."),
            Para(
                "Employee's view: I agree with the plan. I would like to keep contact with my team during the build-up."
            ),
            Signatures([Sig("Employer", cm, "HR Business Partner", en(pva)), Sig("Employee", emp, "", en(pva))]),
        ],
        NW,
        "plan_van_aanpak",
        pva,
        "English 'Plan of approach' with no Dutch title or Dutch keyword; dates in English",
    )

    # -- progress meeting minutes (English); filename carries the meeting date, not the signing date
    c.pdf(
        "HR (English)/Minutes progress meeting 2024-05-02.pdf",
        [
            Title("Minutes – progress meeting", sub="Return-to-work: Marta Kowalczyk"),
            Fields(
                [
                    ("Date of meeting", en(D(2024, 5, 2))),
                    ("Present", f"{emp}, {mgr}, {cm}"),
                    ("Citizen service number", bsn),
                    ("Plan of approach dated", en(pva)),
                ]
            ),
            Heading("Progress since the plan of approach"),
            Para(
                "Marta has worked 2 x 2 hours per week from home since 1 April on code review. This went well. "
                "The home workstation was checked on 10 April; a new chair and monitor arm were delivered."
            ),
            Heading("Agreements"),
            Bullets(
                [
                    "Increase to 3 x 3 hours per week from 13 May",
                    "Join the weekly team stand-up online",
                    "Next progress meeting: 13 June 2024",
                ]
            ),
            Para(
                "The agreements in the plan of approach have been kept by both parties. No adjustment of the plan is "
                "needed at this moment."
            ),
            Signatures([Sig("Case manager", cm, "HR Business Partner", en(mins)), Sig("Employee", emp, "", en(mins))]),
        ],
        NW,
        "tussentijdse_evaluatie",
        mins,
        "English progress-meeting minutes; filename date is the meeting (2 May), the minutes were signed 6 May",
    )

    # -- bijstelling probleemanalyse
    c.pdf(
        "Arbodienst/Terugkoppeling bedrijfsarts 20-08-2024.pdf",
        [
            Title("Terugkoppeling spreekuur", sub="Bijstelling probleemanalyse"),
            Fields(
                [
                    ("Betreft", f"{emp}, BSN {dotted(bsn)}"),
                    ("Eerste ziektedag", dash(d0)),
                    ("Eerdere probleemanalyse", dash(pa)),
                    ("Spreekuur", dash(D(2024, 8, 15))),
                ]
            ),
            Para(
                "Sinds de probleemanalyse van 12 maart is de belastbaarheid niet verder toegenomen. De opbouw is "
                "gestagneerd op 9 uur per week. Ik stel de probleemanalyse daarom bij."
            ),
            Heading("Gewijzigde belastbaarheid"),
            Bullets(
                [
                    "Beeldschermwerk maximaal 3 uur per dag, verdeeld over de dag",
                    "Werken in een rustige omgeving; geen piekbelasting",
                    "Voorlopig niet meer dan 12 uur per week",
                ]
            ),
            Heading("Advies"),
            Para(
                "Bijstelling van het plan van aanpak is niet nodig; het doel blijft terugkeer in eigen werk, maar de "
                "termijn wordt langer. Ik adviseer daarnaast een arbeidsdeskundig onderzoek rond week 48 als de "
                "opbouw dan niet is hervat. Volgend spreekuur over zes weken."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 19087654301", dash(bpa))]),
        ],
        ARBOKRING,
        "bijstelling_probleemanalyse",
        bpa,
        "title 'Terugkoppeling spreekuur', the bijstelling only in the subtitle; filename date is the report date here",
    )

    # -- UWV confirmation of the 42nd-week sick report
    c.pdf(
        "UWV/Bevestiging ziekmelding.pdf",
        [
            Fields(
                [
                    ("Datum", nl(conf42)),
                    ("Ons kenmerk", "ZM-42/2024/118 730 4"),
                    ("Loonheffingennummer", LHN["northwind"]),
                ]
            ),
            Para(
                "Northwind Analytics B.V.\nT.a.v. de afdeling People & Culture\nKeizersgracht 1187\n1017 ZZ Amsterdam"
            ),
            Title("Wij hebben uw ziekmelding ontvangen"),
            Para("Geachte heer, mevrouw,"),
            Para(
                f"Op {nl(D(2024, 11, 22))} hebben wij uw ziekmelding ontvangen van uw werknemer {emp} "
                f"(BSN {bsn}). Uw werknemer is ziek sinds {nl(d0)}. U hebt deze ziekmelding gedaan omdat uw werknemer "
                "42 weken ziek is."
            ),
            Para(
                "Wat betekent dit voor u? U blijft verantwoordelijk voor de re-integratie van uw werknemer. Rond het "
                "einde van het eerste ziektejaar maakt u samen met uw werknemer de eerstejaarsevaluatie. Wij sturen uw "
                "werknemer informatie over de eerstejaarsevaluatie."
            ),
            Para("Met vriendelijke groet,\n\nUWV\nAfdeling Werkgeversdienstverlening"),
        ],
        UWV_A,
        "ziekmelding_uwv",
        conf42,
        "UWV's confirmation of the 42nd-week report; the report date (22 Nov) and "
        "first sick day are in the text, the letter date is 27 Nov",
    )

    # -- arbeidsdeskundig rapport (top level)
    c.pdf(
        "Arbeidsdeskundig rapport Kowalczyk.pdf",
        [
            Title("Rapportage arbeidsdeskundig onderzoek", sub="Spoor 1 / spoor 2-advies"),
            Fields(
                [
                    ("Opdrachtgever", "Northwind Analytics B.V., " + cm),
                    ("Werknemer", emp),
                    ("BSN", bsn),
                    ("Functie", "Data engineer"),
                    ("Eerste ziektedag", dash(d0)),
                    ("Datum onderzoek", dash(D(2024, 12, 19))),
                    ("Datum rapport", dash(ad)),
                ]
            ),
            Heading("Vraagstelling"),
            Para(
                "Is werknemer met de belastbaarheid volgens de bedrijfsarts (bijstelling van 20 augustus 2024) "
                "geschikt voor het eigen werk, eventueel aangepast, of voor ander werk bij de werkgever?"
            ),
            Heading("Belasting en belastbaarheid"),
            Para(
                "De functie vraagt langdurig geconcentreerd beeldschermwerk onder tijdsdruk en bereikbaarheid bij "
                "storingen (piketdienst). Dit overschrijdt de belastbaarheid op meerdere punten."
            ),
            Heading("Conclusie en advies"),
            Para(
                "Het eigen werk is niet passend en ook na aanpassing niet binnen afzienbare tijd haalbaar. Binnen de "
                "organisatie is geen ander passend werk beschikbaar. Ik adviseer naast spoor 1 een tweede spoor te "
                "starten. Zoekrichting: documentatie- of supportfuncties zonder piketdienst, 16-24 uur per week."
            ),
            Signatures([Sig("Arbeidsdeskundige", "ing. W.F. Kromhout", "registerarbeidsdeskundige", dash(ad))]),
        ],
        KROMHOUT,
        "arbeidsdeskundig_rapport",
        ad,
        "AD report at the case's top level; the date of the investigation (19 Dec) differs from the report date",
    )

    # -- first-year evaluation (English only)
    c.pdf(
        "HR (English)/FYE Marta - signed.pdf",
        [
            Title("First-year evaluation", sub="Review of year one and goals for the second year of absence"),
            Fields(
                [
                    ("Employee", emp),
                    ("Citizen service number", dotted(bsn)),
                    ("First day of absence", en_us(d0)),
                    ("Meeting held on", en_us(D(2025, 1, 16))),
                    ("Present", f"{emp}, {mgr}, {cm}"),
                ]
            ),
            Heading("Looking back on the first year"),
            Para(
                "The plan of approach of 22 March 2024 aimed at a full return to the employee's own job. The build-up "
                "stalled at 9 hours per week in the summer. The occupational physician adjusted the assessment in "
                "August 2024. The labour expert concluded in January 2025 that the own job is not suitable."
            ),
            Heading("Intended result at the end of the second year"),
            Para(
                "Suitable structural work of 16-24 hours per week, inside Northwind if possible (track 1), otherwise "
                "with another employer (track 2)."
            ),
            Heading("How we will get there"),
            Bullets(
                [
                    "Start a track 2 programme with an external re-integration provider within six weeks",
                    "Continue 9 hours per week of adapted duties in the support team",
                    "Amend the plan of approach accordingly",
                ]
            ),
            Heading("Views"),
            Para("Employer: we agree with the labour expert and will start track 2 at short notice."),
            Para("Employee: I am disappointed, but I understand the advice and will take part in track 2."),
            Signatures([Sig("Employer", cm, "HR Business Partner", en_us(fye)), Sig("Employee", emp, "", en_us(fye))]),
        ],
        NW,
        "eerstejaarsevaluatie",
        fye,
        "English 'First-year evaluation', US-style dates (January 21, 2025); the "
        "meeting date differs from the signing date",
    )

    # -- amendment to the plan (English)
    c.docx(
        "HR (English)/Plan of approach - amendment 1.docx",
        [
            Title("Plan of approach – amendment no. 1", sub="Start of track 2"),
            Fields(
                [
                    ("Employee", emp),
                    ("Citizen service number", bsn),
                    ("Original plan dated", en(pva)),
                    ("First-year evaluation dated", en(fye)),
                ]
            ),
            Heading("Changed goal"),
            Para(
                "The goal changes from return to the own job to suitable work with another employer (track 2), "
                "while adapted duties in the support team continue (track 1)."
            ),
            Heading("New agreements"),
            Table(
                ["Activity", "Who", "By when"],
                [
                    ["Select a track 2 provider and hold the intake", "Case manager", en(D(2025, 2, 28))],
                    ["Adapted duties in the support team, 9 hours/week", "Employee / manager", "ongoing"],
                    ["Progress meetings including the track 2 coach", "Case manager", "every 6 weeks"],
                ],
            ),
            Signatures([Sig("Employer", cm, "HR Business Partner", en(amend)), Sig("Employee", emp, "", en(amend))]),
        ],
        NW,
        "bijstelling_plan_van_aanpak",
        amend,
        "English amendment to the plan of approach; 'amendment' is the only adjustment word",
    )

    # -- 2nd track
    c.pdf(
        "2nd track/Trajectplan Padwijzer.pdf",
        [
            Title("Trajectplan tweede spoor"),
            Fields(
                [
                    ("Kandidaat", emp),
                    ("BSN", bsn),
                    ("Opdrachtgever", "Northwind Analytics B.V."),
                    ("Intakegesprek", short(D(2025, 2, 20))),
                    ("Loopbaancoach", "Noor Bakkum"),
                    ("Datum plan", short(tp)),
                ]
            ),
            Heading("Persoonsprofiel"),
            Para(
                "Ervaren data engineer met een universitaire opleiding informatica, goede schriftelijke vaardigheden "
                "in het Engels en Pools, basiskennis Nederlands (niveau B1)."
            ),
            Heading("Zoekprofiel"),
            Bullets(
                ["Technisch documentalist / technical writer", "Functioneel beheerder", "Supportmedewerker tweede lijn"]
            ),
            Heading("Activiteiten"),
            Table(
                ["Fase", "Inhoud", "Periode"],
                [
                    ["Oriëntatie", "arbeidsmarktoriëntatie, beroepentest", "maart 2025"],
                    ["Activering", "cv, LinkedIn-profiel, netwerkgesprekken", "april – mei 2025"],
                    ["Bemiddeling", "gericht solliciteren, proefplaatsing", "vanaf juni 2025"],
                ],
            ),
            Signatures(
                [
                    Sig("Loopbaancoach", "Noor Bakkum", "Padwijzer Re-integratie", short(tp)),
                    Sig("Kandidaat", emp, "", short(tp)),
                ]
            ),
        ],
        PADWIJZER,
        "trajectplan_tweede_spoor",
        tp,
        "ordinary Dutch trajectplan of the bureau; short dates (27-2-2025)",
    )

    c.pdf(
        "2nd track/Voortgangsrapportage 1.pdf",
        [
            Title("Voortgangsrapportage 1", sub="Traject tweede spoor"),
            Fields(
                [
                    ("Kandidaat", emp),
                    ("BSN", bsn),
                    ("Rapportageperiode", f"{short(D(2025, 3, 1))} t/m {short(D(2025, 5, 23))}"),
                    ("Datum rapportage", short(vr)),
                ]
            ),
            Heading("Activiteiten in deze periode"),
            Bullets(
                [
                    "Zes coachgesprekken",
                    "Beroepentest afgerond; voorkeur technical writer",
                    "Vier netwerkgesprekken, twee sollicitaties (bijlage: sollicitatieoverzicht)",
                ]
            ),
            Heading("Inzet van de kandidaat"),
            Para(
                "Mevrouw Kowalczyk is gemotiveerd en komt afspraken na. Haar belastbaarheid beperkt het aantal "
                "uren dat zij aan het traject kan besteden."
            ),
            Heading("Vervolg"),
            Para("In de komende periode richten we ons op een proefplaatsing bij een softwarebedrijf in de regio."),
            Signatures([Sig("Loopbaancoach", "Noor Bakkum", "Padwijzer Re-integratie", short(vr))]),
        ],
        PADWIJZER,
        "voortgangsrapportage_tweede_spoor",
        vr,
        "progress report; the report period's end date precedes the report date",
    )

    # -- UWV week-88 letter (copy to the employer)
    c.pdf(
        "UWV/Brief UWV WIA-aanvraag.pdf",
        [
            Fields([("Datum", nl(uwv88)), ("Ons kenmerk", "WIA/IN/2025/5512 908"), ("Uw BSN", bsn)]),
            Para(f"Mevrouw {emp}\nWittenburgergracht 2033\n1018 ZZ Amsterdam"),
            Title("U kunt een WIA-uitkering aanvragen"),
            Para("Geachte mevrouw Kowalczyk,"),
            Para(
                f"U bent sinds {nl(d0)} ziek. Als u na 104 weken nog ziek bent, kunt u misschien een WIA-uitkering "
                f"krijgen. Vraag deze uitkering aan vóór {nl(D(2025, 11, 16))}. Dat kan via Mijn UWV."
            ),
            Para(
                "Samen met uw werkgever maakt u het re-integratieverslag. Uw werkgever stuurt ons het verslag binnen "
                "één dag nadat u de WIA-uitkering hebt aangevraagd. Stuurt u de medische informatie zelf op, in een "
                "gesloten envelop met 'medisch geheim'."
            ),
            Para("Uw werkgever krijgt een kopie van deze brief.\n\nMet vriendelijke groet,\n\nUWV"),
        ],
        UWV_A,
        "uwv_correspondentie",
        uwv88,
        "UWV letter of week 88 (copy); mentions the RIV, the medical information and the application deadline",
    )

    # -- actueel oordeel
    c.pdf(
        "Arbodienst/AO 2025.pdf",
        [
            Title("Actueel oordeel bedrijfsarts", sub="ten behoeve van het re-integratieverslag / WIA-aanvraag"),
            Fields(
                [
                    ("Werknemer", emp),
                    ("BSN", bsn),
                    ("Werkgever", "Northwind Analytics B.V."),
                    ("Eerste ziektedag", dash(d0)),
                    ("Laatste spreekuur", dash(D(2025, 10, 16))),
                ]
            ),
            Heading("Verloop van de arbeidsongeschiktheid"),
            Para(
                "Na een aanvankelijk gunstig verloop is de opbouw in de zomer van 2024 gestagneerd. Sindsdien is de "
                "belastbaarheid stabiel. Verbetering op korte termijn verwacht ik niet."
            ),
            Heading("Functionele mogelijkheden en beperkingen"),
            Para(
                "Werknemer kan ongeveer 12 uur per week werken, verdeeld over vier dagen, in rustig werk zonder "
                "piekbelasting en met beperkt beeldschermwerk. Zie ook het inzetbaarheidsprofiel van 20 augustus 2024."
            ),
            Heading("Arbeidsrelatie en passende arbeid"),
            Para(
                "De arbeidsrelatie is goed. Bij de werkgever is met de huidige 9 uur aangepast werk in het supportteam "
                "passende arbeid benut; meer uren zijn daar niet beschikbaar."
            ),
            Para(
                "Dit actueel oordeel bevat geen medische gegevens. De medische informatie stuur ik rechtstreeks aan UWV."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 19087654301", nl(ao))]),
        ],
        ARBOKRING,
        "actueel_oordeel",
        ao,
        "AO named 'AO 2025.pdf'; it cites the 20 August 2024 bijstelling date",
    )

    # -- employee forwards a hospital letter to HR (medical data the employer must not hold)
    neuro_blocks = [
        Para(
            f"Aan: huisarts A.C. de Ridder, Amsterdam\nBetreft: mevrouw {emp}, geboren {dash(dob)}, BSN {bsn}\n"
            f"Datum: {dash(neuro)}"
        ),
        Title("Poliklinische brief"),
        Para("Geachte collega,"),
        Para(
            "Uw patiënte bezocht op 28 mei onze polikliniek neurologie voor controle. Anamnese: aanhoudende "
            "hoofdpijn en concentratieproblemen na de eerder beschreven aandoening. Neurologisch onderzoek: "
            "geen nieuwe afwijkingen."
        ),
        Heading("Conclusie en beleid"),
        Para(
            "Diagnose ongewijzigd. Medicatie wordt voortgezet in de huidige dosering. Verwijzing naar de "
            "revalidatiearts voor een poliklinisch programma. Controle over zes maanden."
        ),
        Signatures([Sig("Neuroloog", "dr. S.L. van Dorp", "neuroloog", dash(neuro))]),
    ]
    body = (
        "Hi Emma,\n\nAs discussed, please find attached the letter from my neurologist so you know where things "
        "stand. Could you add it to my file?\n\nKind regards,\nMarta"
    )
    c.eml(
        "HR (English)/FW Letter from hospital.eml",
        {
            "From": f"{emp} <m.kowalczyk@northwind-analytics.example>",
            "To": f"{cm} <e.whitfield@northwind-analytics.example>",
            "Subject": "FW: letter from hospital",
            "Date": mail_dt(D(2025, 6, 5), 9, 41),
            "Message-ID": "<c6-nw-001@northwind-analytics.example>",
        },
        body,
        None,
        D(2025, 6, 5),
        "employee's cover mail (English) sending her hospital letter to HR; non-RIV",
        [
            (
                att_pdf("brief_neurologie_20250603.pdf", neuro_blocks, AMSTELHOVEN),
                "medische_informatie",
                neuro,
                "specialist's letter to the GP (diagnosis, medication) that the employer must not hold, forwarded by the "
                "employee; the date in the filename matches",
            ),
        ],
    )

    # -- final evaluation (English, Dutch term in parentheses)
    c.pdf(
        "HR (English)/Final evaluation (eindevaluatie).pdf",
        [
            Title("Final evaluation of the plan of approach", sub="for the re-integration report (WIA application)"),
            Fields(
                [
                    ("Employer", "Northwind Analytics B.V., Amsterdam"),
                    ("Payroll tax number", LHN["northwind"]),
                    ("Nature of the business", "Software and data analytics consultancy, 140 employees"),
                    ("Employee", emp),
                    ("Citizen service number", bsn),
                    ("First day of absence", en(d0)),
                    ("Occupational physician's current assessment", en(ao)),
                ]
            ),
            Heading("Looking back over two years"),
            Para(
                "Track 1: the own job turned out not to be suitable. Adapted duties in the support team (9 hours/week) "
                "have continued since February 2025. Track 2: Padwijzer Re-integratie has supported Marta since "
                "February 2025; a work placement did not lead to a contract."
            ),
            Heading("Quality of the working relationship"),
            Para("Good. Contact has been regular and constructive throughout."),
            Heading("Suitable work with the employer"),
            Para(
                "Northwind can structurally offer the 9 hours of adapted duties. No further suitable work is available."
            ),
            Signatures([Sig("Employer", cm, "HR Business Partner", en(ev)), Sig("Employee", emp, "", en(ev))]),
        ],
        NW,
        "eindevaluatie",
        ev,
        "English final evaluation with 'eindevaluatie' only in the filename; the AO date is in the fields",
    )

    # -- employee's view (English, top level)
    c.docx(
        "Employee statement RIV.docx",
        [
            Title("Employee's view on the re-integration report"),
            Fields([("Name", emp), ("Citizen service number", bsn), ("Date", en(ow))]),
            Para("I have received a copy of all documents of the re-integration report on 31 October 2025."),
            Para(
                "I agree with the problem analysis, the plan of approach and the evaluations. I do not fully agree with "
                "the final evaluation: in my opinion the track 2 provider started too late, only after the first-year "
                "evaluation, although the occupational physician had already noted in August 2024 that the build-up "
                "had stalled."
            ),
            Para("I agree that my employer uploads the report to UWV."),
            Signatures([Sig("Employee", emp, "", en(ow))]),
        ],
        PLAIN,
        "oordeel_werknemer",
        ow,
        "English employee statement, no letterhead, mentions the receipt date of the copies",
    )

    # -- non-RIV documents
    c.pdf(
        "HR (English)/Employment agreement M. Kowalczyk.pdf",
        [
            Title("Employment agreement"),
            Fields(
                [
                    ("Employer", "Northwind Analytics B.V."),
                    ("Employee", emp),
                    ("Date of birth", en(dob)),
                    ("Citizen service number", bsn),
                    ("Position", "Data Engineer"),
                    ("Start date", en(D(2021, 9, 1))),
                    ("Hours", "40 hours per week"),
                    ("Salary", "EUR 5,150 gross per month"),
                ]
            ),
            Heading("Article 7 – Sickness"),
            Para(
                "In case of sickness the employee reports sick to the line manager before 9:00. The employer continues "
                "to pay 100% of the salary in the first year and 70% in the second year. The employee cooperates with "
                "the occupational physician, the plan of approach and all re-integration activities required by the "
                "Dutch Gatekeeper Improvement Act (Wet verbetering poortwachter)."
            ),
            Heading("Article 12 – Governing law"),
            Para("This agreement is governed by Dutch law."),
            Signatures(
                [
                    Sig("Employer", "Jonas Ekdahl", "Managing Director", en(D(2021, 8, 16))),
                    Sig("Employee", emp, "", en(D(2021, 8, 16))),
                ]
            ),
        ],
        NW,
        None,
        D(2021, 8, 16),
        "employment agreement in English; mentions the plan of approach and the Poortwachter duties; non-RIV",
    )

    c.pdf(
        "HR (English)/Sickness absence policy NL.pdf",
        [
            Title("Sickness absence policy – the Netherlands", sub="Version 2.3"),
            Para(
                "This policy explains what happens when an employee in the Netherlands is ill. It follows the "
                "Gatekeeper Improvement Act (Wet verbetering poortwachter)."
            ),
            Heading("Timeline"),
            Table(
                ["Week", "Step", "Who"],
                [
                    ["1", "Report sick; HR informs the occupational health service (arbodienst)", "Employee / HR"],
                    ["6", "Problem analysis (probleemanalyse) by the occupational physician", "Bedrijfsarts"],
                    ["8", "Plan of approach (plan van aanpak), signed by both parties", "Employer / employee"],
                    ["every 6 weeks", "Progress meeting and evaluation of the plan", "Case manager"],
                    ["42", "Sick report to UWV (ziekmelding)", "HR"],
                    ["46-52", "First-year evaluation (eerstejaarsevaluatie)", "Employer / employee"],
                    ["88", "UWV letter about the WIA application", "UWV"],
                    [
                        "~90",
                        "Current assessment (actueel oordeel) and final evaluation (eindevaluatie)",
                        "Bedrijfsarts / HR",
                    ],
                    ["93", "WIA application with the re-integration report", "Employee"],
                ],
            ),
            Heading("Medical confidentiality"),
            Para(
                "HR never asks for or stores medical information. Letters from doctors or hospitals go to the "
                "occupational physician only."
            ),
        ],
        NW,
        None,
        None,
        "absence policy listing every Poortwachter step with Dutch and English names; non-RIV, no date",
    )

    c.pdf(
        "Certificate ergonomics.pdf",
        [
            Title("Certificaat", sub="Workshop 'Gezond beeldschermwerk' (4 uur)"),
            Para(
                f"Hierbij verklaren wij dat {emp} op {nl(D(2023, 11, 9))} met goed gevolg heeft deelgenomen aan de "
                "workshop Gezond beeldschermwerk: werkplekinstelling, pauzes en werkhouding."
            ),
            Fields([("Certificaatnummer", "EA-2023-04417"), ("Geldig tot", nl(D(2026, 11, 9)))]),
            Signatures([Sig("Docent", "M. Abdi", "ergonoom", nl(D(2023, 11, 9)))]),
        ],
        ERGOCERT,
        None,
        D(2023, 11, 9),
        "training certificate (before the absence); non-RIV",
    )

    inv = (
        "Hi Marta,\n\nI'd like to invite you to our next progress meeting about your return to work.\n\n"
        "When: Thursday 2 May 2024, 10:00-11:00\nWhere: Microsoft Teams (link below)\nWith: Daan Verhoef and me\n\n"
        "We will discuss how the plan of approach is going and whether we should adjust it.\n\nBest,\nEmma"
    )
    c.eml(
        "HR (English)/Invitation Progress meeting.eml",
        {
            "From": f"{cm} <e.whitfield@northwind-analytics.example>",
            "To": f"{emp} <m.kowalczyk@northwind-analytics.example>",
            "Cc": f"{mgr} <d.verhoef@northwind-analytics.example>",
            "Subject": "Invitation: Progress meeting return to work @ Thu 2 May 2024 10:00",
            "Date": mail_dt(D(2024, 4, 24), 16, 5),
            "Message-ID": "<c6-nw-002@northwind-analytics.example>",
        },
        inv,
        None,
        D(2024, 4, 24),
        "meeting invitation mail in English; non-RIV",
    )


# ============================================================================================
# Case B: groenevlinder-brouwer. A small garden centre that fills in UWV's model forms; a flat
# folder with meaningless or misleading file names, three scans, a phone photo, a blank template.
# First sick day 16 October 2023.
# ============================================================================================


def uwv_form(key: str, form: str, footer_code: str, docx_form: bool = False) -> Style:
    return Style(
        key=f"uwv-form-{key}",
        org="UWV",
        org_lines=(form, "Uitvoeringsinstituut Werknemersverzekeringen"),
        font="sans",
        accent=(0, 75, 145),
        letterhead="left",
        fields_as_table=True,
        footer=f"UWV · {form} · {footer_code}",
        docx_form=docx_form,
        producer="Adobe LiveCycle Designer ES 9.0",
    )


UWV_B = Style(
    key="uwv-letter-b",
    org="UWV",
    org_lines=("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 99502, 5600 ZZ Eindhoven"),
    font="sans",
    accent=(0, 75, 145),
    letterhead="left",
    footer="UWV · uwv.nl",
)
VLINDER = Style(
    key="groene-vlinder",
    org="Tuincentrum De Groene Vlinder B.V.",
    org_lines=("Vlinderweg 12, 4906 ZZ Oosterhout", "info@groenevlinder.example"),
    font="condensed",
    accent=(40, 120, 40),
    letterhead="left",
)


def case_vlinder() -> None:
    c = Case("groenevlinder-brouwer", D(2023, 10, 16))
    d0 = c.d0
    bsn = BSN["vlinder"]
    lhn = LHN["vlinder"]
    emp = "Henk Brouwer"
    ba, arbo = "M.A. Vinkenborg", "Arbodienst Baronie Vitaal, Breda"
    big = "BIG 49031187201"
    cm = "Ingrid van Oers"
    dob = D(1967, 9, 3)
    pa, pva, ev1, bpa = D(2023, 11, 21), D(2023, 12, 1), D(2024, 2, 9), D(2024, 4, 16)
    m42, conf42, eje, bpva = D(2024, 8, 2), D(2024, 8, 7), D(2024, 9, 26), D(2024, 10, 10)
    uwv88, ao, ev, ow, rcpt = D(2025, 6, 18), D(2025, 6, 30), D(2025, 7, 10), D(2025, 7, 17), D(2025, 7, 24)
    assert c.week(pa) <= 6 and (pva - pa).days <= 14 and 46 <= c.week(eje) <= 52 and 42 <= c.week(m42) <= 43
    assert c.week(uwv88) == 88 and ao < ev and c.week(ev) <= 91 and c.week(ow) <= 93

    wn = [
        ("2.1 Naam werknemer", emp),
        ("2.2 Burgerservicenummer", bsn),
        ("2.3 Geboortedatum", dash(dob)),
        ("2.4 Functie", "Verkoopmedewerker buitenplanten, 32 uur per week"),
    ]
    wg = [
        ("1.1 Naam werkgever", "Tuincentrum De Groene Vlinder B.V."),
        ("1.2 Loonheffingennummer", lhn),
        ("1.3 Contactpersoon / casemanager", f"{cm}, bedrijfsleider"),
    ]

    # -- UWV model form Probleemanalyse, filled in by the bedrijfsarts, scanned
    c.scan(
        "scan0001.pdf",
        [
            Title("Probleemanalyse", sub="In te vullen door de bedrijfsarts of arbodienst"),
            Heading("1 Gegevens werkgever"),
            Fields(wg[:2]),
            Heading("2 Gegevens werknemer"),
            Fields(wn),
            Heading("3 Gegevens bedrijfsarts"),
            Fields([("3.1 Naam", ba), ("3.2 Arbodienst", arbo), ("3.3 BIG-nummer", big[4:])]),
            Heading("4 Verzuim"),
            Fields([("4.1 Eerste ziektedag", dash(d0)), ("4.2 Is er sprake van dreigend langdurig verzuim?", "Ja")]),
            Heading("5 Mogelijkheden en beperkingen"),
            Para(
                "Niet zwaar tillen (max. 10 kg), niet langdurig bukken of knielen. Lichte werkzaamheden zoals kassawerk "
                "en advies aan klanten zijn mogelijk, 4 uur per dag."
            ),
            Heading("6 Prognose"),
            Para("Herstel in het eigen werk binnen drie tot zes maanden is waarschijnlijk."),
            Heading("7 Advies"),
            Para(
                "Start aangepast werk aan de kassa en bij de klantenservice, 3 x 4 uur per week, en bouw op. "
                "Stel binnen twee weken het plan van aanpak op."
            ),
            Heading("8 Ondertekening"),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", dash(pa))]),
        ],
        uwv_form("pa", "Probleemanalyse", "PA 03-2023"),
        "probleemanalyse",
        pa,
        "UWV model form 'Probleemanalyse' (UWV letterhead, numbered questions) filled in by the bedrijfsarts, "
        "scanned as scan0001.pdf",
        rotate_deg=1.1,
    )

    # -- UWV model form Plan van aanpak as a DOCX table form named 'Nieuw document.docx'
    c.docx(
        "Nieuw document.docx",
        [
            Title("Plan van aanpak", sub="Model UWV – in te vullen door werkgever en werknemer samen"),
            Heading("1 Gegevens werkgever"),
            Fields(wg),
            Heading("2 Gegevens werknemer"),
            Fields(wn + [("2.5 Eerste ziektedag", dash(d0))]),
            Heading("3 Probleemanalyse"),
            Fields([("3.1 Datum probleemanalyse", dash(pa)), ("3.2 Opgesteld door", f"{ba}, bedrijfsarts")]),
            Heading("4 Doel van de re-integratie"),
            Para("Terugkeer in het eigen werk als verkoopmedewerker, eerst in aangepaste vorm."),
            Heading("5 Afspraken en activiteiten"),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["Aangepast werk kassa / klantenservice 3 x 4 uur", "werknemer", "vanaf " + dash(D(2023, 12, 4))],
                    ["Fysiotherapie (eigen initiatief werknemer)", "werknemer", "lopend"],
                    ["Spreekuur bedrijfsarts", "werknemer", dash(D(2024, 1, 9))],
                ],
            ),
            Heading("6 Evaluatiemomenten"),
            Para("Iedere zes weken; eerste evaluatie begin februari 2024."),
            Heading("7 Visie werkgever"),
            Para("Wij kunnen aangepast werk bieden zolang dat nodig is."),
            Heading("8 Visie werknemer"),
            Para("Ik ben het eens met de afspraken."),
            Heading("9 Ondertekening"),
            Signatures(
                [Sig("Werkgever", cm, "bedrijfsleider / casemanager", dash(pva)), Sig("Werknemer", emp, "", dash(pva))]
            ),
        ],
        uwv_form("pva", "Plan van aanpak", "PVA 07-2023", docx_form=True),
        "plan_van_aanpak",
        pva,
        "UWV model 'Plan van aanpak' as a DOCX table form, file named 'Nieuw document.docx'",
    )

    # -- employer's own evaluation form named 'PvA.pdf'
    c.pdf(
        "PvA.pdf",
        [
            Title("Evaluatie plan van aanpak"),
            Fields(
                [
                    ("Werknemer", emp),
                    ("BSN", bsn),
                    ("Plan van aanpak d.d.", dash(pva)),
                    ("Gesprek gevoerd op", dash(ev1)),
                ]
            ),
            Heading("Hoe gaat het met de afspraken?"),
            Para(
                "Henk werkt sinds 4 december 3 x 4 uur per week aan de kassa. Dit gaat goed. Sinds half januari werkt "
                "hij ook 2 uur per dag bij de klantenservice. Alle afspraken uit het plan van aanpak zijn nagekomen."
            ),
            Heading("Nieuwe afspraken"),
            Bullets(
                [
                    "Opbouw naar 4 x 5 uur per week",
                    "Lichte werkzaamheden in de kasplantenafdeling proberen",
                    "Volgende evaluatie: eind maart 2024",
                ]
            ),
            Para("Het plan van aanpak hoeft nog niet te worden bijgesteld."),
            Signatures([Sig("Werkgever", cm, "casemanager", dash(ev1)), Sig("Werknemer", emp, "", dash(ev1))]),
        ],
        VLINDER,
        "tussentijdse_evaluatie",
        ev1,
        "file named 'PvA.pdf' but it is an evaluation of the plan; the PvA date is also on the page",
    )

    # -- UWV model form Probleemanalyse with the 'bijstelling' box ticked
    c.pdf(
        "Probleemanalyse april.pdf",
        [
            Title("Probleemanalyse", sub="In te vullen door de bedrijfsarts of arbodienst"),
            Fields(
                [
                    ("Soort", "[  ] Eerste probleemanalyse     [X] Bijstelling van de probleemanalyse"),
                    ("Datum eerdere probleemanalyse", dash(pa)),
                ]
            ),
            Heading("2 Gegevens werknemer"),
            Fields(wn),
            Heading("4 Verzuim"),
            Fields([("4.1 Eerste ziektedag", dash(d0))]),
            Heading("5 Mogelijkheden en beperkingen"),
            Para(
                "De belastbaarheid is verminderd ten opzichte van november 2023. Werknemer kan 4 x 4 uur per week "
                "zittend of afwisselend werk doen; geen tillen boven 5 kg, niet bukken, geen buitenwerk bij kou."
            ),
            Heading("6 Prognose"),
            Para(
                "Terugkeer in het eigen werk is binnen het eerste ziektejaar niet te verwachten. Ik adviseer een "
                "arbeidsdeskundig onderzoek."
            ),
            Heading("8 Ondertekening"),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, " + big, dash(bpa))]),
        ],
        uwv_form("bpa", "Probleemanalyse", "PA 03-2023"),
        "bijstelling_probleemanalyse",
        bpa,
        "same UWV 'Probleemanalyse' title as the first PA; only a ticked box says 'Bijstelling'",
    )

    # -- UWV confirmation of the 42nd-week report
    c.pdf(
        "Ziekmelding 42e week bevestiging UWV.pdf",
        [
            Fields([("Datum", nl(conf42)), ("Kenmerk", "42W-2024-0 771 902"), ("Loonheffingennummer", lhn)]),
            Para("Tuincentrum De Groene Vlinder B.V.\nVlinderweg 12\n4906 ZZ Oosterhout"),
            Title("Bevestiging ziekmelding"),
            Para(
                f"Wij hebben op {nl(m42)} uw ziekmelding ontvangen van {emp}, burgerservicenummer {spaced(bsn)}. "
                f"Eerste ziektedag: {nl(d0)}."
            ),
            Para(
                "U meldde uw werknemer ziek omdat hij langer dan 42 weken ziek is. Blijf samen met uw werknemer werken "
                "aan zijn re-integratie en bewaar alle documenten in het re-integratiedossier."
            ),
            Para("Met vriendelijke groet,\nUWV"),
        ],
        UWV_B,
        "ziekmelding_uwv",
        conf42,
        "UWV confirmation of the 42nd-week report; the melding date is in the text",
    )

    # -- blank UWV template (non-RIV)
    blank = "...................................................."
    c.pdf(
        "EJE.pdf",
        [
            Title("Eerstejaarsevaluatie", sub="Model UWV – in te vullen door werkgever en werknemer samen"),
            Para(
                "Gebruik dit formulier aan het einde van het eerste ziektejaar. Vul alle vragen in en onderteken het "
                "formulier samen. Bewaar het formulier in het re-integratiedossier."
            ),
            Heading("1 Gegevens werkgever"),
            Fields([("1.1 Naam werkgever", blank), ("1.2 Loonheffingennummer", blank)]),
            Heading("2 Gegevens werknemer"),
            Fields(
                [
                    ("2.1 Naam werknemer", blank),
                    ("2.2 Burgerservicenummer", blank),
                    ("2.3 Eerste ziektedag", "__ - __ - ____"),
                ]
            ),
            Heading("3 Terugblik"),
            Fields(
                [
                    ("3.1 Wat is er in het eerste ziektejaar gedaan aan re-integratie?", blank),
                    ("3.2 Welk re-integratieresultaat wilt u aan het einde van het tweede ziektejaar bereiken?", blank),
                    ("3.3 Hoe wilt u dat bereiken?", blank),
                    ("3.4 Moet het plan van aanpak worden bijgesteld?", "[ ] ja   [ ] nee"),
                ]
            ),
            Heading("4 Visie"),
            Fields([("4.1 Visie werkgever", blank), ("4.2 Visie werknemer", blank)]),
            Heading("5 Ondertekening"),
            Signatures(
                [
                    Sig("Werkgever", "", "", "Datum: __ - __ - ____", signed=False),
                    Sig("Werknemer", "", "", "Datum: __ - __ - ____", signed=False),
                ]
            ),
        ],
        uwv_form("eje-blank", "Eerstejaarsevaluatie", "EJE 07-2023"),
        None,
        None,
        "blank UWV model 'Eerstejaarsevaluatie' (empty template, no names, no dates): no RIV content and CONTRACT "
        "has no template type, so non-RIV; file named 'EJE.pdf'",
    )

    # -- filled-in EJE named 'definitief (2).pdf'
    c.pdf(
        "definitief (2).pdf",
        [
            Title("Eerstejaarsevaluatie", sub="Model UWV – in te vullen door werkgever en werknemer samen"),
            Heading("1 Gegevens werkgever"),
            Fields(wg[:2]),
            Heading("2 Gegevens werknemer"),
            Fields(wn[:3] + [("2.3 Eerste ziektedag", dash(d0))]),
            Heading("3 Terugblik"),
            Fields(
                [
                    (
                        "3.1 Wat is er in het eerste ziektejaar gedaan aan re-integratie?",
                        "Aangepast werk aan de kassa en klantenservice, opgebouwd tot 16 uur. Na de bijstelling van april "
                        "teruggegaan naar 4 x 4 uur zittend werk. Arbeidsdeskundig onderzoek in juni 2024.",
                    ),
                    (
                        "3.2 Welk re-integratieresultaat wilt u aan het einde van het tweede ziektejaar bereiken?",
                        "Structureel 16 uur passend werk bij de klantenservice (spoor 1). Daarnaast oriëntatie buiten "
                        "het tuincentrum (spoor 2).",
                    ),
                    (
                        "3.3 Hoe wilt u dat bereiken?",
                        "Klantenservicetaken uitbreiden; re-integratiebureau inschakelen voor spoor 2.",
                    ),
                    ("3.4 Moet het plan van aanpak worden bijgesteld?", "[X] ja   [ ] nee"),
                ]
            ),
            Heading("4 Visie"),
            Fields(
                [
                    ("4.1 Visie werkgever", "Wij willen Henk graag behouden in een passende functie."),
                    ("4.2 Visie werknemer", "Ik wil graag blijven, maar sta open voor ander werk."),
                ]
            ),
            Heading("5 Ondertekening"),
            Signatures([Sig("Werkgever", cm, "casemanager", dash(eje)), Sig("Werknemer", emp, "", dash(eje))]),
        ],
        uwv_form("eje", "Eerstejaarsevaluatie", "EJE 07-2023"),
        "eerstejaarsevaluatie",
        eje,
        "filled-in UWV EJE form named 'definitief (2).pdf'; the blank template of the same form is EJE.pdf",
    )

    # -- bijstelling PvA on the UWV model, named 'PvA (2).docx'
    c.docx(
        "PvA (2).docx",
        [
            Title("Plan van aanpak", sub="Model UWV – in te vullen door werkgever en werknemer samen"),
            Fields(
                [
                    ("Soort", "[  ] Nieuw plan van aanpak     [X] Bijstelling plan van aanpak"),
                    ("Datum oorspronkelijk plan", dash(pva)),
                    ("Aanleiding", f"Eerstejaarsevaluatie van {dash(eje)}"),
                ]
            ),
            Heading("2 Gegevens werknemer"),
            Fields(wn),
            Heading("4 Doel van de re-integratie"),
            Para(
                "Spoor 1: structureel 16 uur klantenservice. Spoor 2: zoeken naar passend werk bij een andere werkgever."
            ),
            Heading("5 Afspraken en activiteiten"),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    ["Inschakelen re-integratiebureau spoor 2", "casemanager", "oktober 2024"],
                    ["Uitbreiden klantenservice naar 4 x 4 uur", "werknemer / bedrijfsleider", "lopend"],
                ],
            ),
            Heading("9 Ondertekening"),
            Signatures([Sig("Werkgever", cm, "casemanager", dash(bpva)), Sig("Werknemer", emp, "", dash(bpva))]),
        ],
        uwv_form("bpva", "Plan van aanpak", "PVA 07-2023", docx_form=True),
        "bijstelling_plan_van_aanpak",
        bpva,
        "UWV 'Plan van aanpak' form with the 'Bijstelling' box ticked, file named 'PvA (2).docx'",
    )

    # -- UWV week-88 letter
    c.pdf(
        "brief UWV.pdf",
        [
            Fields([("Datum", nl(uwv88)), ("Ons kenmerk", "WIA-88/2025/30 118"), ("Burgerservicenummer", bsn)]),
            Para(f"De heer H. Brouwer\nKastanjelaan 7\n4901 ZZ Oosterhout"),
            Title("Aanvragen WIA-uitkering"),
            Para("Geachte heer Brouwer,"),
            Para(
                f"U bent op {nl(d0)} ziek geworden. U kunt nu een WIA-uitkering aanvragen. Doe dit uiterlijk op "
                f"{nl(D(2025, 7, 27))}. Uw werkgever en u maken samen het re-integratieverslag."
            ),
            Para("Met vriendelijke groet,\nUWV"),
        ],
        UWV_B,
        "uwv_correspondentie",
        uwv88,
        "UWV week-88 letter under the name 'brief UWV.pdf'",
    )

    # -- AO on the UWV model form, photographed
    c.photo(
        "IMG_2291.jpg",
        [
            Title("Actueel oordeel", sub="In te vullen door de bedrijfsarts"),
            Fields([("Werknemer", emp), ("Burgerservicenummer", bsn), ("Eerste ziektedag", dash(d0))]),
            Heading("1 Verloop arbeidsongeschiktheid"),
            Para("Stabiel sinds voorjaar 2024, geen verdere verbetering te verwachten."),
            Heading("2 Mogelijkheden en beperkingen"),
            Para("4 x 4 uur zittend/afwisselend werk, geen tillen > 5 kg."),
            Heading("3 Arbeidsrelatie / passende arbeid"),
            Para("Arbeidsrelatie goed. Passend werk bij werkgever: klantenservice 16 uur."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", dash(ao))]),
        ],
        uwv_form("ao", "Actueel oordeel", "AO 01-2024"),
        "actueel_oordeel",
        ao,
        "phone photo (IMG_2291.jpg) of the UWV 'Actueel oordeel' form; EXIF date 3 July differs from the signing date",
        taken=dt.datetime(2025, 7, 3, 12, 4, 51),
    )

    # -- medical information form, scanned under scan0003.pdf
    c.scan(
        "scan0003.pdf",
        [
            Title(
                "Medische informatie",
                sub="Bij het re-integratieverslag – medisch geheim – alleen voor de verzekeringsarts",
            ),
            Fields([("Werknemer", emp), ("Burgerservicenummer", bsn), ("Geboortedatum", dash(dob))]),
            Heading("1 Diagnose"),
            Para("Lumbale hernia L4-L5 met uitstraling naar het linkerbeen."),
            Heading("2 Behandeling en behandelaars"),
            Para("Fysiotherapie, pijnpoli; neurochirurgische consultatie mei 2024, operatie niet geïndiceerd."),
            Heading("3 Medicatie"),
            Para("Pijnstilling volgens voorschrift huisarts."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, " + big, dash(ao))]),
        ],
        uwv_form("mi", "Medische informatie", "MI 01-2024"),
        "medische_informatie",
        ao,
        "UWV 'Medische informatie' form scanned as scan0003.pdf, in the employer's folder (must not be held)",
        rotate_deg=-0.9,
        noise=0.7,
    )

    # -- the UWV RIV form whose content is the eindevaluatie
    c.pdf(
        "RIV formulier ingevuld.pdf",
        [
            Title("Re-integratieverslag", sub="Eindevaluatie – in te vullen door werkgever en werknemer samen"),
            Heading("1 Gegevens werkgever"),
            Fields(
                wg
                + [
                    (
                        "1.4 Aard van het bedrijf",
                        "Tuincentrum, detailhandel in planten en tuinartikelen, 24 medewerkers",
                    )
                ]
            ),
            Heading("2 Gegevens werknemer"),
            Fields(wn + [("2.5 Eerste ziektedag", dash(d0))]),
            Heading("3 Bedrijfsarts"),
            Fields([("3.1 Naam", ba), ("3.2 Arbodienst", arbo), ("3.3 Datum actueel oordeel", dash(ao))]),
            Heading("4 Eindevaluatie"),
            Fields(
                [
                    (
                        "4.1 Wat is de stand van zaken van de re-integratie?",
                        "Henk werkt structureel 16 uur per week bij de klantenservice. Het tweede spoor heeft geen "
                        "passend werk buiten het tuincentrum opgeleverd.",
                    ),
                    ("4.2 Hoe beoordeelt de werkgever de kwaliteit van de arbeidsrelatie?", "Goed."),
                    ("4.3 Is er passende arbeid bij de werkgever?", "Ja, 16 uur klantenservice, structureel."),
                    (
                        "4.4 Beoordeling van het resultaat",
                        "Het resultaat is naar onze mening bevredigend binnen de mogelijkheden.",
                    ),
                ]
            ),
            Heading("5 Ondertekening"),
            Signatures([Sig("Werkgever", cm, "casemanager", dash(ev)), Sig("Werknemer", emp, "", dash(ev))]),
        ],
        uwv_form("riv", "Re-integratieverslag", "RIV 01-2024"),
        "eindevaluatie",
        ev,
        "UWV 'Re-integratieverslag' form whose content is the eindevaluatie (aard van het bedrijf, arbeidsrelatie, "
        "passende arbeid); the title does not say eindevaluatie, only the subtitle",
    )

    # -- oordeel werknemer on the UWV form, scanned, tilted
    c.scan(
        "scan0002.pdf",
        [
            Title("Oordeel werknemer", sub="Uw mening over het re-integratieverslag"),
            Fields([("Naam", emp), ("Burgerservicenummer", bsn)]),
            Fields(
                [
                    ("1 Hebt u een kopie van het re-integratieverslag gekregen?", "[X] ja   [ ] nee"),
                    (
                        "2 Bent u het eens met de inhoud van het re-integratieverslag?",
                        "[ ] ja   [X] gedeeltelijk   [ ] nee",
                    ),
                    (
                        "3 Toelichting",
                        "Ik vind dat het tweede spoor te laat is begonnen. Verder ben ik het eens met het verslag.",
                    ),
                    ("4 Mag uw werkgever het verslag naar UWV sturen?", "[X] ja   [ ] nee"),
                ]
            ),
            Signatures([Sig("Werknemer", emp, "", dash(ow))]),
        ],
        uwv_form("ow", "Oordeel werknemer", "OW 01-2024"),
        "oordeel_werknemer",
        ow,
        "UWV 'Oordeel werknemer' form with ticked boxes, scanned tilted (2.4°) as scan0002.pdf",
        rotate_deg=2.4,
        noise=0.8,
        jpeg_quality=34,
    )

    # -- UWV receipt of the WIA application
    c.pdf(
        "Ontvangstbevestiging aanvraag WIA.pdf",
        [
            Fields([("Datum", nl(rcpt)), ("Kenmerk", "WIA-AV/2025/77 604")]),
            Para("Tuincentrum De Groene Vlinder B.V.\nt.a.v. mevrouw I. van Oers\nVlinderweg 12\n4906 ZZ Oosterhout"),
            Title("Wij hebben de aanvraag WIA-uitkering ontvangen"),
            Para(
                f"Uw werknemer {emp} (BSN {bsn}) heeft op {nl(D(2025, 7, 21))} een WIA-uitkering aangevraagd. "
                f"Wij hebben op {nl(D(2025, 7, 22))} het re-integratieverslag van u ontvangen. Het verslag is compleet."
            ),
            Para(
                "Wij beoordelen nu of u en uw werknemer genoeg hebben gedaan aan re-integratie. U hoort binnen 8 weken "
                "van ons.\n\nMet vriendelijke groet,\nUWV"
            ),
        ],
        UWV_B,
        "uwv_correspondentie",
        rcpt,
        "UWV receipt of the WIA application and the RIV (the brief lists it as a "
        "look-alike, but per CONTRACT any other UWV letter is uwv_correspondentie)",
    )

    # -- UWV information sheet (non-RIV)
    c.pdf(
        "informatie_uwv.pdf",
        [
            Title("Uw werknemer is ziek. Wat moet u doen?", sub="Informatie voor werkgevers"),
            Para(
                "Als uw werknemer ziek wordt, moet u samen met uw werknemer werken aan re-integratie. Hieronder staat "
                "wat u wanneer moet doen en welke formulieren u daarbij kunt gebruiken."
            ),
            Table(
                ["Wanneer", "Wat", "Formulier"],
                [
                    ["Week 6", "De bedrijfsarts maakt een probleemanalyse", "Probleemanalyse"],
                    ["Week 8", "U maakt samen een plan van aanpak", "Plan van aanpak"],
                    ["Week 42", "U meldt uw werknemer ziek bij UWV", "Ziekmelding (digitaal)"],
                    ["Week 52", "U maakt samen de eerstejaarsevaluatie", "Eerstejaarsevaluatie"],
                    [
                        "Week 91",
                        "Actueel oordeel, eindevaluatie, re-integratieverslag",
                        "Actueel oordeel, Re-integratieverslag",
                    ],
                ],
            ),
            Para("Medische informatie stuurt de werknemer of de bedrijfsarts zelf naar UWV. U mag deze niet bewaren."),
        ],
        Style(
            key="uwv-info", org="UWV", org_lines=("Werkgevers",), font="sans", accent=(0, 75, 145), letterhead="band"
        ),
        None,
        None,
        "UWV information sheet naming every form and step; not a letter, non-RIV, no date",
    )


# ============================================================================================
# Case C: eemstede-vanleeuwen. A housing association whose HR system (the fictional "ZiekteRegie
# Online") exports every document with a system header and footer, a case number and a print date
# that is not the document date; an arbodienst portal print; a verzuimdossier export.
# First sick day 22 April 2024.
# ============================================================================================

CASE_NR = "ZRO-2024-00417"


def zro(printed: str, user: str = "hr.bakker") -> Style:
    return Style(
        key=f"zro-{printed}",
        org="Eemstede Wonen",
        org_lines=("ZiekteRegie Online 7.4 · verzuimdossier", f"Casus {CASE_NR} · afgedrukt {printed} door {user}"),
        font="sans",
        accent=(90, 90, 90),
        letterhead="left",
        fields_as_table=True,
        footer=f"ZiekteRegie Online · {CASE_NR} · afdrukdatum {printed} · vertrouwelijk",
        producer="ZiekteRegie Online PDF export (wkhtmltopdf 0.12.6)",
    )


EEMLAND = Style(
    key="arbo-eemland-portal",
    org="Arbo Eemland Gezond",
    org_lines=("Cliëntportaal werkgevers", "Utrechtseweg 311, 3818 ZZ Amersfoort"),
    font="serif",
    accent=(0, 100, 120),
    letterhead="right",
    footer="Arbo Eemland Gezond · portaal · afgedrukt op 28-10-2025 09:13",
)
EEMLAND_LTR = Style(
    key="arbo-eemland",
    org="Arbo Eemland Gezond",
    org_lines=("Utrechtseweg 311, 3818 ZZ Amersfoort", "bedrijfsartsen@arbo-eemland.example"),
    font="serif",
    accent=(0, 100, 120),
    letterhead="right",
)
WERKPAD = Style(
    key="werkpad",
    org="Werkpad Midden",
    org_lines=("Arbeidsdeskundig advies · re-integratie tweede spoor", "Hof 9, 3811 ZZ Amersfoort"),
    font="condensed",
    accent=(150, 40, 110),
    letterhead="band",
)
UWV_C = Style(
    key="uwv-letter-c",
    org="UWV",
    org_lines=("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 99233, 3500 ZZ Utrecht"),
    font="sans",
    accent=(0, 75, 145),
    letterhead="left",
    footer="UWV · uwv.nl",
)
ORTHO = Style(
    key="meander-ortho",
    org="Eemhof Medisch Centrum",
    org_lines=("Afdeling Orthopedie", "Maatweg 101, 3813 ZZ Amersfoort"),
    font="sans",
    accent=(30, 30, 30),
    letterhead="right",
)


def case_eemstede() -> None:
    c = Case("eemstede-vanleeuwen", D(2024, 4, 22))
    d0 = c.d0
    bsn = BSN["eemstede"]
    emp = "Kees van Leeuwen"
    ba = "dr. P.W. Haverkamp"
    cm = "Yvonne Bakker"
    mgr = "Ruud Kampen"
    dob = D(1971, 2, 27)
    pa, pva, gv1, gv2, bpa = D(2024, 5, 31), D(2024, 6, 14), D(2024, 7, 25), D(2024, 9, 5), D(2024, 10, 4)
    m42, izp, ad, eje = D(2025, 2, 7), D(2025, 2, 20), D(2025, 3, 18), D(2025, 4, 3)
    do, sol, ortho, eind = D(2025, 6, 12), D(2025, 7, 8), D(2025, 9, 15), D(2025, 12, 10)
    uwv88, ao, ev, ow, pay = D(2025, 12, 23), D(2026, 1, 7), D(2026, 1, 13), D(2026, 1, 20), D(2025, 4, 25)
    assert c.week(pa) <= 6 and (pva - pa).days <= 14 and 46 <= c.week(eje) <= 52 and c.week(m42) == 42
    assert c.week(uwv88) == 88 and ao < ev and c.week(ev) <= 91 and c.week(ow) <= 93

    head = [
        ("Casusnummer", CASE_NR),
        ("Medewerker", f"{emp} (pers.nr. 10482)"),
        ("BSN", bsn),
        ("Afdeling", "Vastgoedonderhoud"),
        ("Functie", "Opzichter dagelijks onderhoud, 36 uur"),
        ("Eerste verzuimdag", dash(d0)),
    ]

    # -- verzuimdossier export (non-RIV chronology)
    c.pdf(
        "Export ZRO/verzuimdossier_ZRO-2024-00417_export.pdf",
        [
            Title("Verzuimdossier – volledige export", sub="Alle registraties, taken en documenten"),
            Fields(head + [("Status casus", "Open – WIA-aanvraag"), ("Export aangemaakt", "12-08-2026 08:55")]),
            Heading("Logboek"),
            Table(
                ["Datum", "Gebeurtenis", "Door"],
                [
                    [dash(d0), "Ziekmelding ontvangen (telefonisch)", mgr],
                    [dash(D(2024, 4, 23)), "Melding doorgezet naar arbodienst", "systeem"],
                    [dash(pa), "Document geüpload: Probleemanalyse", "arbodienst (koppeling)"],
                    [dash(pva), "Document vastgelegd: Plan van aanpak", cm],
                    [dash(gv1), "Gespreksverslag voortgangsgesprek 1", cm],
                    [dash(gv2), "Gespreksverslag voortgangsgesprek 2", cm],
                    [dash(bpa), "Document geüpload: Bijstelling probleemanalyse", "arbodienst (koppeling)"],
                    [dash(m42), "Ziekmelding UWV (42e week) verzonden", cm],
                    [dash(izp), "Document geüpload: Inzetbaarheidsprofiel", "arbodienst (koppeling)"],
                    [dash(ad), "Arbeidsdeskundig rapport ontvangen", cm],
                    [dash(eje), "Eerstejaarsevaluatie vastgelegd", cm],
                    [dash(D(2025, 4, 28)), "Start tweede spoor Werkpad Midden", cm],
                    [dash(do), "Deskundigenoordeel UWV ontvangen", cm],
                    [dash(eind), "Eindrapportage tweede spoor ontvangen", cm],
                    [dash(uwv88), "Brief UWV aanvraag WIA ontvangen (kopie)", cm],
                    [dash(ao), "Document geüpload: Actueel oordeel", "arbodienst (koppeling)"],
                    [dash(ev), "Eindevaluatie vastgelegd", cm],
                    [dash(ow), "Oordeel werknemer ontvangen", cm],
                ],
            ),
            Heading("Verzuimpercentages"),
            Para("Week 1-6: 100% · week 7-30: 75% · week 31-104: 67% (hersteld voor 33% in aangepast werk)."),
        ],
        zro("12-08-2026 08:55"),
        None,
        None,
        "verzuimdossier export: a log naming every RIV document with its date "
        "(the PA, PvA, EJE, AO and EV all appear); non-RIV, no date of its own",
    )

    # -- PA from the arbodienst portal, printed much later
    c.pdf(
        "Arbo/Probleemanalyse_portal_print.pdf",
        [
            Title("Probleemanalyse", sub="Advies bedrijfsarts bij dreigend langdurig verzuim"),
            Fields(
                [
                    ("Werknemer", emp),
                    ("BSN", bsn),
                    ("Geboortedatum", dash(dob)),
                    ("Werkgever", "Stichting Eemstede Wonen"),
                    ("Eerste ziektedag", dash(d0)),
                    ("Datum consult", dash(D(2024, 5, 28))),
                    ("Datum probleemanalyse", dash(pa)),
                ]
            ),
            Heading("Beoordeling"),
            Para(
                "Er is sprake van dreigend langdurig verzuim. Werknemer is beperkt in lopen, traplopen en langdurig staan. "
                "Inspecties op steigers en daken zijn niet mogelijk."
            ),
            Heading("Benutbare mogelijkheden"),
            Para("Werknemer kan administratief werk en werkvoorbereiding doen, 4 uur per dag, bij voorkeur zittend."),
            Heading("Advies"),
            Para(
                "Maak binnen twee weken een plan van aanpak gericht op terugkeer in het eigen werk, met tijdelijk "
                "aangepaste taken (werkvoorbereiding, telefonische afhandeling van reparatieverzoeken)."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 89012233401", dash(pa))]),
        ],
        EEMLAND,
        "probleemanalyse",
        pa,
        "PA printed from the arbodienst portal; the print stamp (28-10-2025) in the "
        "footer and the consult date are other dates",
    )

    # -- PvA export; filename and header carry the export date
    c.pdf(
        "Export ZRO/export_20251103_PVA.pdf",
        [
            Fields(
                [
                    ("Document", "Plan van aanpak"),
                    ("Documentstatus", "Afgerond – door beide partijen ondertekend"),
                    ("Vastgelegd op", dash(pva)),
                ]
            ),
            Title("Plan van aanpak"),
            Fields(
                head
                + [("Casemanager", f"{cm}, HR-adviseur"), ("Leidinggevende", mgr), ("Probleemanalyse d.d.", dash(pa))]
            ),
            Heading("Re-integratiedoel"),
            Para("Terugkeer in het eigen werk als opzichter, via tijdelijk aangepaste taken."),
            Heading("Activiteiten"),
            Table(
                ["Activiteit", "Verantwoordelijk", "Termijn"],
                [
                    [
                        "Werkvoorbereiding en telefonische intake reparaties, 4 x 4 uur",
                        "werknemer / leidinggevende",
                        "vanaf 17-06-2024",
                    ],
                    ["Voortgangsgesprek", "casemanager", "iedere 6 weken"],
                    ["Controle bedrijfsarts", "werknemer", "juli 2024"],
                ],
            ),
            Heading("Visie werkgever en werknemer"),
            Para(
                "Werkgever: wij verwachten dat Kees binnen enkele maanden weer inspecties kan doen.\n"
                "Werknemer: ik wil zo snel mogelijk terug naar mijn eigen werk."
            ),
            Signatures(
                [Sig("Werkgever", cm, "HR-adviseur / casemanager", dash(pva)), Sig("Werknemer", emp, "", dash(pva))]
            ),
        ],
        zro("03-11-2025 14:22"),
        "plan_van_aanpak",
        pva,
        "HR-system export: filename, header and footer carry the "
        "print date 03-11-2025; the document itself is dated 14-06-2024",
    )

    # -- two progress-meeting exports
    for rel, date, text, nxt in [
        (
            "Export ZRO/export_20251103_GV1.pdf",
            gv1,
            "Kees doet sinds 17 juni werkvoorbereiding, 4 x 4 uur. Dit gaat goed. De telefonische intake kost hem meer "
            "energie dan verwacht.",
            "Opbouw naar 4 x 5 uur; volgend gesprek 5 september 2024.",
        ),
        (
            "Export ZRO/export_20251103_GV2.pdf",
            gv2,
            "De opbouw naar 4 x 5 uur is niet gelukt. Kees werkt stabiel 16 uur. Inspecties buiten zijn nog niet "
            "mogelijk.",
            "Bedrijfsarts vragen de belastbaarheid opnieuw te beoordelen; volgend gesprek 17 oktober 2024.",
        ),
    ]:
        c.pdf(
            rel,
            [
                Fields(
                    [
                        ("Document", "Gespreksverslag"),
                        ("Type gesprek", "Voortgangsgesprek / evaluatie plan van aanpak"),
                        ("Datum gesprek", dash(date)),
                    ]
                ),
                Title("Gespreksverslag voortgangsgesprek"),
                Fields(head[:3] + [("Aanwezig", f"{emp}, {mgr}, {cm}")]),
                Heading("Voortgang"),
                Para(text),
                Heading("Afspraken"),
                Para(nxt),
                Signatures([Sig("Casemanager", cm, "HR-adviseur", dash(date)), Sig("Werknemer", emp, "", dash(date))]),
            ],
            zro("03-11-2025 14:23"),
            "tussentijdse_evaluatie",
            date,
            "HR-system export of a progress meeting; export date 03-11-2025 in filename/header/footer",
        )

    # -- bijstelling PA; the filename date is the consult
    c.pdf(
        "Arbo/Terugkoppeling_2024-10-02.pdf",
        [
            Title("Bijstelling probleemanalyse"),
            Fields(
                [
                    ("Werknemer", emp),
                    ("BSN", dotted(bsn)),
                    ("Consult", dash(D(2024, 10, 2))),
                    ("Rapportagedatum", dash(bpa)),
                    ("Eerdere probleemanalyse", dash(pa)),
                ]
            ),
            Para(
                "De belastbaarheid is sinds de probleemanalyse niet toegenomen. Terugkeer in het eigen werk als opzichter "
                "(inspecties, klimmen, lange afstanden lopen) verwacht ik niet binnen het eerste ziektejaar."
            ),
            Heading("Advies"),
            Para(
                "Stel het re-integratiedoel bij richting aangepast of ander werk binnen de organisatie. Ik stuur binnenkort "
                "een inzetbaarheidsprofiel. Een arbeidsdeskundig onderzoek is zinvol."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", dash(bpa))]),
        ],
        EEMLAND_LTR,
        "bijstelling_probleemanalyse",
        bpa,
        "filename date 2024-10-02 is the consult; the report is dated 04-10-2024",
    )

    # -- 42nd-week report as recorded by the HR system
    c.pdf(
        "UWV/ZRO_melding_42.pdf",
        [
            Title(
                "Ziekmelding UWV – langdurig verzuim",
                sub="Verzonden via ZiekteRegie Online, koppeling digitaal loket UWV",
            ),
            Fields(
                head
                + [
                    ("Loonheffingennummer", LHN["eemstede"]),
                    ("Datum melding", dash(m42)),
                    ("Verwachte duur", "onbekend"),
                    ("Gedeeltelijk hersteld", "ja, 12 uur per week"),
                    ("Referentie UWV", "UWV-ZM 2025 004 417 822"),
                    ("Status", "Ontvangen door UWV"),
                ]
            ),
            Para(
                "Deze melding is verzonden omdat het verzuim 42 weken duurt. Bewaar dit bewijs van melding in het dossier."
            ),
        ],
        zro("07-02-2025 11:02"),
        "ziekmelding_uwv",
        m42,
        "the 42nd-week report as the HR system recorded it (not a UWV letter); same-day print date",
    )

    # -- inzetbaarheidsprofiel
    c.pdf(
        "Arbo/Inzetbaarheidsprofiel.pdf",
        [
            Title("Inzetbaarheidsprofiel"),
            Fields([("Werknemer", emp), ("BSN", bsn), ("Datum", dash(izp)), ("Opgesteld door", f"{ba}, bedrijfsarts")]),
            Table(
                ["Rubriek", "Beperking", "Toelichting"],
                [
                    ["I Persoonlijk functioneren", "geen", ""],
                    ["II Sociaal functioneren", "geen", ""],
                    ["III Aanpassing aan fysieke omgevingseisen", "licht", "niet werken op hoogte"],
                    ["IV Dynamische handelingen", "ja", "lopen max. 15 min. aaneen; geen trappen/ladders klimmen"],
                    ["V Statische houdingen", "ja", "staan max. 15 min.; afwisselen met zitten"],
                    ["VI Werktijden", "ja", "max. 6 uur per dag, 24 uur per week"],
                ],
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", dash(izp))]),
        ],
        EEMLAND_LTR,
        "inzetbaarheidsprofiel",
        izp,
        "six-rubric profile, plain title",
    )

    # -- AD report
    c.pdf(
        "Werkpad/AD rapport.pdf",
        [
            Title("Arbeidsdeskundig onderzoek", sub="Rapportage"),
            Fields(
                [
                    ("Werknemer", emp),
                    ("BSN", bsn),
                    ("Opdrachtgever", "Eemstede Wonen"),
                    ("Datum rapport", nl(ad)),
                    ("Gesprekken", f"{nl(D(2025, 3, 4))} (werknemer), {nl(D(2025, 3, 11))} (werkgever)"),
                ]
            ),
            Heading("Functiebelasting versus belastbaarheid"),
            Para(
                "De functie opzichter vraagt veel lopen, traplopen en klimmen bij inspecties. Volgens het "
                "inzetbaarheidsprofiel van 20 februari 2025 is dit niet haalbaar. Het eigen werk is niet passend."
            ),
            Heading("Mogelijkheden bij de werkgever"),
            Para(
                "De functie werkvoorbereider onderhoud (24 uur) is mogelijk passend, maar er is geen vacature. "
                "Ik adviseer spoor 1 (werkvoorbereiding, zoeken naar structurele plaatsing) en spoor 2 tegelijk."
            ),
            Signatures([Sig("Arbeidsdeskundige", "drs. L. Vermeer", "registerarbeidsdeskundige", nl(ad))]),
        ],
        WERKPAD,
        "arbeidsdeskundig_rapport",
        ad,
        "AD report by the bureau that also runs the 2nd track",
    )

    # -- EJE export
    c.pdf(
        "Export ZRO/export_20251103_EJE.pdf",
        [
            Fields(
                [("Document", "Eerstejaarsevaluatie"), ("Documentstatus", "Afgerond"), ("Vastgelegd op", dash(eje))]
            ),
            Title("Eerstejaarsevaluatie"),
            Fields(head),
            Heading("Terugblik eerste ziektejaar"),
            Para(
                "Aangepast werk (werkvoorbereiding) 16 uur. Belastbaarheid bijgesteld in oktober 2024. "
                "Arbeidsdeskundig onderzoek in maart 2025: eigen werk niet passend."
            ),
            Heading("Beoogd resultaat tweede ziektejaar"),
            Para(
                "Structureel passend werk van 24 uur, bij voorkeur als werkvoorbereider (spoor 1), anders elders (spoor 2)."
            ),
            Heading("Visie werkgever / werknemer"),
            Para("Werkgever zoekt actief naar een structurele plek. Werknemer staat open voor spoor 2."),
            Signatures([Sig("Werkgever", cm, "HR-adviseur", dash(eje)), Sig("Werknemer", emp, "", dash(eje))]),
        ],
        zro("03-11-2025 14:24"),
        "eerstejaarsevaluatie",
        eje,
        "HR-system export of the EJE; export date in filename and footer",
    )

    # -- deskundigenoordeel
    c.pdf(
        "UWV/Deskundigenoordeel.pdf",
        [
            Fields([("Datum", nl(do)), ("Ons kenmerk", "DO-WG/2025/118 40"), ("Burgerservicenummer", bsn)]),
            Para("Stichting Eemstede Wonen\nt.a.v. mevrouw Y. Bakker\nStationsplein 40\n3818 ZZ Amersfoort"),
            Title("Deskundigenoordeel", sub="Aanvraag van de werkgever: is het aangeboden werk passend?"),
            Para(
                f"U hebt op {nl(D(2025, 5, 1))} een deskundigenoordeel aangevraagd. U wilt weten of de functie "
                f"werkvoorbereider onderhoud (24 uur) passend is voor uw werknemer {emp}."
            ),
            Heading("Ons oordeel"),
            Para(
                "De verzekeringsarts en de arbeidsdeskundige van UWV hebben de werknemer op 3 juni 2025 gesproken. "
                "Ons oordeel is dat de functie werkvoorbereider onderhoud passend is, mits de werknemer niet meer dan "
                "6 uur per dag werkt en geen inspecties buiten doet."
            ),
            Para("Dit oordeel is niet bindend.\n\nMet vriendelijke groet,\nUWV"),
        ],
        UWV_C,
        "deskundigenoordeel",
        do,
        "UWV deskundigenoordeel on suitable work; application and consult dates also on the page",
    )

    # -- sollicitatiebrief from the 2nd track (non-RIV)
    c.docx(
        "Werkpad/Sollicitatiebrief Kees - Opzichter.docx",
        [
            Para(
                f"{emp}\nLindelaan 22\n3817 ZZ Amersfoort\n\nWoonstichting Valleihof\nt.a.v. de heer M. Dijkhuis\nPostbus 99870\n3900 ZZ Veenendaal"
            ),
            Para(f"Amersfoort, {nl(sol)}"),
            Para("Betreft: sollicitatie naar de functie werkvoorbereider planmatig onderhoud (vacature 2025-031)"),
            Para("Geachte heer Dijkhuis,"),
            Para(
                "Met veel interesse las ik uw vacature. Ik werk ruim twintig jaar in het woningonderhoud, de laatste "
                "jaren als opzichter en werkvoorbereider. Door mijn re-integratietraject zoek ik een functie met meer "
                "bureauwerk, waarin ik mijn kennis van onderhoud en aannemers goed kan inzetten."
            ),
            Para("Graag licht ik mijn motivatie toe in een gesprek.\n\nMet vriendelijke groet,\n\nKees van Leeuwen"),
        ],
        PLAIN,
        None,
        sol,
        "application letter written in the 2nd track; non-RIV",
    )

    # -- medical: orthopedic letter filed with the AO (employer must not hold it)
    c.pdf(
        "Arbo/bijlage bij AO.pdf",
        [
            Para(
                f"Aan: dr. P.W. Haverkamp, bedrijfsarts, Arbo Eemland Gezond\nBetreft: de heer {emp}, geb. {dash(dob)}, "
                f"BSN {bsn}\nDatum: {dash(ortho)}"
            ),
            Para("Geachte collega,"),
            Para(
                "Op uw verzoek en met toestemming van patiënt bericht ik u over de behandeling. Patiënt is bekend met "
                "artrose van beide knieën, rechts meer dan links. In februari 2025 is rechts een knieprothese "
                "geplaatst. Het herstel verloopt trager dan gemiddeld."
            ),
            Para(
                "Beleid: voortzetten fysiotherapie, controle over drie maanden. Een prothese links is op termijn "
                "waarschijnlijk nodig."
            ),
            Signatures([Sig("Orthopedisch chirurg", "dr. H.J. Eilander", "orthopedisch chirurg", dash(ortho))]),
        ],
        ORTHO,
        "medische_informatie",
        ortho,
        "specialist's letter to the bedrijfsarts, filed as 'bijlage bij AO.pdf' in "
        "the employer's Arbo folder; no title; employer must not hold it",
    )

    # -- eindrapportage 2nd track
    c.pdf(
        "Werkpad/Eindrapportage 2e spoor.pdf",
        [
            Title("Eindrapportage tweede spoor"),
            Fields(
                [
                    ("Kandidaat", emp),
                    ("BSN", bsn),
                    ("Trajectduur", f"{nl(D(2025, 4, 28))} – {nl(D(2025, 12, 5))}"),
                    ("Datum", nl(eind)),
                ]
            ),
            Heading("Resultaat"),
            Para(
                "Het traject heeft niet geleid tot werk bij een andere werkgever. Kees solliciteerde 14 keer en had "
                "drie gesprekken. Bij de werkgever is inmiddels een structurele plaatsing als werkvoorbereider in zicht."
            ),
            Heading("Inspanningen"),
            Bullets(["22 coachgesprekken", "14 sollicitaties, 3 gesprekken", "Netwerkgesprekken bij vier corporaties"]),
            Heading("Advies"),
            Para("Afsluiten van het tweede spoor; structurele plaatsing in spoor 1 afronden."),
            Signatures([Sig("Jobcoach", "Femke Roos", "re-integratieadviseur", nl(eind))]),
        ],
        WERKPAD,
        "eindrapportage_tweede_spoor",
        eind,
        "end report of the 2nd track; the track's end date differs",
    )

    # -- UWV week-88 letter
    c.pdf(
        "UWV/WIA brief.pdf",
        [
            Fields([("Datum", nl(uwv88)), ("Kenmerk", "WIA/88/2025/61 207"), ("BSN", bsn)]),
            Para("De heer K. van Leeuwen\nLindelaan 22\n3817 ZZ Amersfoort"),
            Title("U kunt een WIA-uitkering aanvragen"),
            Para(
                f"Geachte heer Van Leeuwen,\n\nU bent sinds {nl(d0)} ziek. U kunt nu een WIA-uitkering aanvragen. "
                f"Doe dit uiterlijk {nl(D(2026, 2, 1))}. Uw werkgever stelt samen met u het re-integratieverslag op."
            ),
            Para("Met vriendelijke groet,\nUWV"),
        ],
        UWV_C,
        "uwv_correspondentie",
        uwv88,
        "UWV week-88 letter",
    )

    # -- AO
    c.pdf(
        "Arbo/AO Haverkamp jan 2026.pdf",
        [
            Title("Actueel oordeel", sub="bij de probleemanalyse – ten behoeve van de WIA-aanvraag"),
            Fields([("Werknemer", emp), ("BSN", bsn), ("Eerste ziektedag", dash(d0)), ("Datum", dash(ao))]),
            Heading("Verloop"),
            Para(
                "De belastbaarheid is sinds het inzetbaarheidsprofiel van februari 2025 licht verbeterd en nu stabiel."
            ),
            Heading("Mogelijkheden"),
            Para("Werknemer kan 24 uur per week zittend werk doen met afwisseling; niet klimmen, niet lang lopen."),
            Heading("Arbeidsrelatie en passende arbeid bij de werkgever"),
            Para("De arbeidsrelatie is goed. De functie werkvoorbereider onderhoud (24 uur) is passend."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 89012233401", dash(ao))]),
        ],
        EEMLAND_LTR,
        "actueel_oordeel",
        ao,
        "AO; filename gives only the month",
    )

    # -- EV export; filename date is the export
    c.pdf(
        "Export ZRO/export_20260115_EV.pdf",
        [
            Fields([("Document", "Eindevaluatie"), ("Documentstatus", "Afgerond"), ("Vastgelegd op", dash(ev))]),
            Title("Eindevaluatie plan van aanpak"),
            Fields(
                head
                + [
                    (
                        "Aard van het bedrijf",
                        "Woningcorporatie, verhuur en onderhoud van 9.800 woningen, 210 medewerkers",
                    ),
                    ("Actueel oordeel bedrijfsarts", dash(ao)),
                ]
            ),
            Heading("Terugblik"),
            Para(
                "Na twee jaar werkt Kees structureel 24 uur als werkvoorbereider onderhoud. Het tweede spoor is "
                "afgesloten zonder plaatsing elders."
            ),
            Heading("Kwaliteit arbeidsrelatie en passende arbeid"),
            Para("De arbeidsrelatie is goed. De functie werkvoorbereider is passend en wordt structureel aangeboden."),
            Signatures([Sig("Werkgever", cm, "HR-adviseur", dash(ev)), Sig("Werknemer", emp, "", dash(ev))]),
        ],
        zro("15-01-2026 10:40"),
        "eindevaluatie",
        ev,
        "HR-system export of the EV; filename and footer date 15-01-2026 is the export",
    )

    # -- oordeel werknemer (top level)
    c.docx(
        "Oordeel werknemer.docx",
        [
            Title("Mijn oordeel over het re-integratieverslag"),
            Fields([("Naam", emp), ("BSN", bsn)]),
            Para(
                "Ik heb het re-integratieverslag gelezen. Ik ben het eens met de inhoud. Ik ben tevreden dat ik als "
                "werkvoorbereider kan blijven werken."
            ),
            Signatures([Sig("Werknemer", emp, "", nl(ow))]),
        ],
        PLAIN,
        "oordeel_werknemer",
        ow,
        "short employee statement; the only date is by the signature",
    )

    # -- payroll reply mail (non-RIV)
    body = (
        "Hoi Yvonne,\n\nVanaf de salarisrun van mei wordt Kees in het tweede ziektejaar doorbetaald op 70% over de "
        "niet-gewerkte uren, conform de cao. De gewerkte uren (16 per week) betalen we 100%. Ik heb de mutatie "
        "ingevoerd met ingangsdatum 22-04-2025.\n\nGroet,\nSalarisadministratie\n\n"
        + quote("Kun je de loondoorbetaling voor Kees van Leeuwen aanpassen? Hij gaat het tweede ziektejaar in.")
    )
    c.eml(
        "RE loondoorbetaling 2e ziektejaar.eml",
        {
            "From": "Salarisadministratie <salaris@eemstede-wonen.example>",
            "To": f"{cm} <y.bakker@eemstede-wonen.example>",
            "Subject": "RE: loondoorbetaling 2e ziektejaar K. van Leeuwen",
            "Date": mail_dt(pay, 14, 31),
            "Message-ID": "<c6-ew-001@eemstede-wonen.example>",
            "In-Reply-To": "<c6-ew-000@eemstede-wonen.example>",
        },
        body,
        None,
        pay,
        "payroll reply mail about 70% pay in the second sick year; non-RIV",
    )


# ============================================================================================
# Case D: glansrijk-yilmaz. A cleaning company that runs the case by e-mail: documents in mail
# bodies and attachments, invitations and payroll mail around them, a WhatsApp photo of a UWV letter.
# First sick day 10 June 2024.
# ============================================================================================

GLANS = Style(
    key="glansrijk",
    org="Schoonmaakbedrijf Glansrijk B.V.",
    org_lines=("Industrieweg 77, 7555 ZZ Hengelo", "hr@glansrijk.example · 074 555 2080"),
    font="sans",
    accent=(0, 120, 200),
    letterhead="left",
    footer="Glansrijk B.V. · KvK 99087654",
)
GLANS_HDR = Style(
    key="glansrijk-hdr",
    org="Schoonmaakbedrijf Glansrijk B.V.",
    org_lines=("Industrieweg 77, 7555 ZZ Hengelo",),
    font="sans",
    accent=(0, 120, 200),
    letterhead="left",
    docx_title_in_header=True,
)
ARBOKOMPAS = Style(
    key="arbokompas",
    org="ArboKompas Oost",
    org_lines=("Bedrijfsartsen en verzuimbegeleiding", "Enschedesestraat 240, 7552 ZZ Hengelo"),
    font="serif",
    accent=(110, 70, 0),
    letterhead="right",
)
KANSRIJK = Style(
    key="kansrijk",
    org="Kansrijk Werk Twente",
    org_lines=("Re-integratie tweede spoor", "Hengelosestraat 5, 7514 ZZ Enschede"),
    font="condensed",
    accent=(0, 140, 110),
    letterhead="band",
    fields_as_table=True,
)
UWV_D = Style(
    key="uwv-letter-d",
    org="UWV",
    org_lines=("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 99710, 7500 ZZ Enschede"),
    font="sans",
    accent=(0, 75, 145),
    letterhead="left",
    footer="UWV · uwv.nl",
)
MST = Style(
    key="twentehof",
    org="Ziekenhuis Twentehof",
    org_lines=("Polikliniek Reumatologie", "Ariënsplein 60, 7511 ZZ Enschede"),
    font="sans",
    accent=(60, 60, 60),
    letterhead="centered",
)
SVS = Style(
    key="schoonmaakcert",
    org="Stichting Vakopleiding Schoonmaak (fictief)",
    org_lines=("Examencentrum Oost",),
    font="serif",
    accent=(120, 0, 60),
    letterhead="centered",
)


def case_glansrijk() -> None:
    c = Case("glansrijk-yilmaz", D(2024, 6, 10))
    d0 = c.d0
    bsn = BSN["glansrijk"]
    emp = "Aylin Yılmaz"
    ba = "S. Lohuis"
    cm = "Bart Nijhuis"
    coach = "Romy Hartgers"
    dob = D(1985, 11, 19)
    em_emp = f"Aylin Yilmaz <aylin.yilmaz@webmail.example>"
    em_cm = f"{cm} <b.nijhuis@glansrijk.example>"
    em_ba = f"{ba} <s.lohuis@arbokompas.example>"
    em_coach = f"{coach} <romy@kansrijkwerk.example>"
    pa, pva, pva_mail, inv, ev1 = D(2024, 7, 16), D(2024, 7, 26), D(2024, 7, 29), D(2024, 8, 28), D(2024, 9, 9)
    pay, hosp, hosp_mail, conf42 = D(2024, 12, 20), D(2025, 1, 8), D(2025, 1, 14), D(2025, 4, 2)
    eje, eje_mail, bpva, tp, tp_mail, vr = (
        D(2025, 5, 20),
        D(2025, 5, 22),
        D(2025, 6, 3),
        D(2025, 6, 24),
        D(2025, 6, 25),
        D(2025, 9, 30),
    )
    eind, eind_mail, uwv88, ao, ao_mail, ev, ow = (
        D(2026, 1, 29),
        D(2026, 1, 30),
        D(2026, 2, 11),
        D(2026, 2, 24),
        D(2026, 2, 25),
        D(2026, 3, 3),
        D(2026, 3, 10),
    )
    assert c.week(pa) <= 6 and (pva - pa).days <= 14 and 46 <= c.week(eje) <= 52
    assert c.week(uwv88) == 88 and ao < ev and c.week(ev) <= 91 and c.week(ow) <= 93

    # -- PA in the mail body
    body = (
        f"Geachte heer Nijhuis,\n\nNaar aanleiding van het spreekuur van maandag 15 juli 2024 met mevrouw "
        f"{emp} (BSN {bsn}, eerste ziektedag {dash(d0)}) stuur ik u hierbij mijn probleemanalyse en advies. "
        "Mevrouw ontvangt een kopie.\n\n"
        "Probleemanalyse\n\n"
        "1. Is er sprake van dreigend langdurig verzuim? Ja. Ik verwacht dat het verzuim langer dan drie maanden "
        "duurt.\n"
        "2. Beperkingen: mevrouw kan geen zware fysieke schoonmaakwerkzaamheden doen (dweilen, stofzuigen van "
        "grote oppervlakken, sjouwen met emmers). Handfunctie: niet langdurig knijpen of grijpen.\n"
        "3. Mogelijkheden: lichte coördinerende taken als objectleider (planning, klantcontact, kwaliteitscontrole "
        "zonder zelf schoon te maken), 3 x 3 uur per week.\n"
        "4. Prognose: onzeker; de behandeling is recent gestart. Herbeoordeling over zes weken.\n"
        "5. Advies: stel binnen twee weken samen het plan van aanpak op, start met de coördinerende taken en "
        "bespreek aanpassingen van de werkplek (planning vanaf kantoor).\n\n"
        f"Met vriendelijke groet,\n\n{ba}\nbedrijfsarts, BIG 29087612301\nArboKompas Oost"
    )
    c.eml(
        "mail/Terugkoppeling spreekuur 15-07.eml",
        {
            "From": em_ba,
            "To": em_cm,
            "Cc": em_emp,
            "Subject": f"Terugkoppeling spreekuur 15-07 – A. Yilmaz",
            "Date": mail_dt(pa, 8, 47),
            "Message-ID": "<c6-gl-001@arbokompas.example>",
        },
        body,
        "probleemanalyse",
        pa,
        "the probleemanalyse is the body of a plain-text mail from the bedrijfsarts; "
        "subject says only 'Terugkoppeling'; consult date 15 July also in the text",
    )

    # -- PvA attached to a cover mail
    pva_blocks = [
        Title("Plan van aanpak"),
        Fields(
            [
                ("Werknemer", emp),
                ("BSN", bsn),
                ("Geboortedatum", dash(dob)),
                ("Functie", "Objectleider, 30 uur"),
                ("Eerste ziektedag", dash(d0)),
                ("Casemanager", f"{cm}, HR-adviseur"),
                ("Probleemanalyse", dash(pa)),
            ]
        ),
        Heading("Doel"),
        Para("Terugkeer in de eigen functie van objectleider, eerst zonder fysiek schoonmaakwerk."),
        Heading("Afspraken"),
        Table(
            ["Wat", "Wie", "Wanneer"],
            [
                ["Planning en klantcontact vanaf kantoor, 3 x 3 uur", "Aylin / Bart", "vanaf 29-07-2024"],
                ["Evaluatiegesprek", "Bart", "begin september 2024"],
                ["Spreekuur bedrijfsarts", "Aylin", "26-08-2024"],
            ],
        ),
        Heading("Visie werkgever"),
        Para("We kunnen tijdelijk kantoorwerk bieden."),
        Heading("Visie werknemer"),
        Para("Ik ben blij dat ik iets kan doen en wil mijn eigen werk terug."),
        Signatures([Sig("Werkgever", cm, "HR-adviseur", dash(pva)), Sig("Werknemer", emp, "", dash(pva))]),
    ]
    c.eml(
        "mail/Getekend plan van aanpak.eml",
        {
            "From": em_cm,
            "To": em_emp,
            "Subject": "Getekend plan van aanpak",
            "Date": mail_dt(pva_mail, 11, 20),
            "Message-ID": "<c6-gl-002@glansrijk.example>",
        },
        "Hoi Aylin,\n\nIn de bijlage het plan van aanpak zoals we het vrijdag samen hebben ondertekend. "
        "Bewaar het goed.\n\nGroet,\nBart",
        None,
        pva_mail,
        "cover mail; its attachment is the PvA; non-RIV",
        [
            (
                att_docx("Plan van aanpak Aylin.docx", pva_blocks, GLANS),
                "plan_van_aanpak",
                pva,
                "DOCX PvA attached to a cover mail; signed on 26 July, mailed 29 July",
            ),
        ],
    )

    # -- invitation (non-RIV) and the reply that carries the evaluation report
    inv_body = (
        "Beste Aylin,\n\nHierbij nodig ik je uit voor ons evaluatiegesprek van het plan van aanpak op vrijdag "
        "6 september 2024 om 10.00 uur op kantoor in Hengelo. We bespreken hoe het gaat en of we de afspraken "
        "moeten aanpassen.\n\nGroet,\nBart Nijhuis\nHR-adviseur Glansrijk"
    )
    c.eml(
        "mail/Uitnodiging evaluatiegesprek.eml",
        {
            "From": em_cm,
            "To": em_emp,
            "Subject": "Uitnodiging evaluatiegesprek 6 september",
            "Date": mail_dt(inv, 15, 2),
            "Message-ID": "<c6-gl-003@glansrijk.example>",
        },
        inv_body,
        None,
        inv,
        "invitation to the evaluation meeting; non-RIV",
    )
    rep = (
        "Beste Aylin,\n\nHieronder het verslag van ons gesprek van vrijdag. Laat je het weten als je het er niet "
        "mee eens bent? Dan leg ik het zo vast in je dossier.\n\n"
        "Verslag evaluatiegesprek plan van aanpak – 6 september 2024\n"
        f"Aanwezig: Aylin Yılmaz, Bart Nijhuis. BSN {bsn}.\n\n"
        "Hoe gaat het: Aylin werkt sinds 29 juli 3 x 3 uur aan planning en klantcontact. Dit gaat goed; klanten "
        "reageren positief. Kwaliteitscontroles op locatie zijn nog te zwaar.\n"
        "Afspraken nagekomen: ja, door beide partijen.\n"
        "Nieuwe afspraken: opbouw naar 3 x 4 uur vanaf 16 september; volgende evaluatie half oktober.\n\n"
        "Groet,\nBart\n\n" + quote(inv_body)
    )
    c.eml(
        "mail/RE Uitnodiging evaluatiegesprek.eml",
        {
            "From": em_cm,
            "To": em_emp,
            "Subject": "RE: Uitnodiging evaluatiegesprek 6 september",
            "Date": mail_dt(ev1, 9, 15),
            "Message-ID": "<c6-gl-004@glansrijk.example>",
            "In-Reply-To": "<c6-gl-003@glansrijk.example>",
        },
        rep,
        "tussentijdse_evaluatie",
        ev1,
        "reply to the invitation whose body is the evaluation report (meeting "
        "6 Sep, mailed 9 Sep); the quoted invitation is below it",
    )

    # -- payroll mail (non-RIV)
    c.eml(
        "mail/salarisstrook december.eml",
        {
            "From": "Loonadministratie Glansrijk <salaris@glansrijk.example>",
            "To": em_emp,
            "Subject": "Je salarisstrook december 2024 staat klaar",
            "Date": mail_dt(pay, 7, 0),
            "Message-ID": "<c6-gl-005@glansrijk.example>",
        },
        "Beste medewerker,\n\nJe salarisstrook over december 2024 staat klaar in de app. Let op: bij ziekte wordt "
        "het loon in het eerste ziektejaar 100% doorbetaald; in het tweede jaar volgens de cao.\n\n"
        "Loonadministratie Glansrijk",
        None,
        pay,
        "automatic payroll mail mentioning sick pay; non-RIV",
    )

    # -- employee mails a phone photo of a hospital letter
    hosp_blocks = [
        Para(f"Datum: {dash(hosp)}\nAan: huisarts J. Nijenhuis, Hengelo\nBetreft: mevrouw A. Yılmaz, geb. {dash(dob)}"),
        Title("Polikliniekbrief"),
        Para(
            "Geachte collega, uw patiënte werd gezien op de polikliniek reumatologie. Klachten: pijn en zwelling "
            "van beide handen. Bij onderzoek synovitis van meerdere vingergewrichten. Conclusie: reumatoïde artritis. "
            "Gestart met medicatie; controle over 6 weken met laboratoriumonderzoek."
        ),
        Signatures([Sig("Reumatoloog", "dr. E. Kuipers", "reumatoloog", dash(hosp))]),
    ]
    c.eml(
        "mail/brief ziekenhuis.eml",
        {
            "From": em_emp,
            "To": em_cm,
            "Subject": "brief ziekenhuis",
            "Date": mail_dt(hosp_mail, 20, 37),
            "Message-ID": "<c6-gl-006@webmail.example>",
        },
        "Hoi Bart,\n\nHierbij de brief van het ziekenhuis, dan weten jullie hoe het zit.\n\nGroetjes Aylin\n\n"
        "Verzonden vanaf mijn telefoon",
        None,
        hosp_mail,
        "employee's cover mail carrying a photo of her hospital letter; non-RIV",
        [
            (
                att_photo("IMG_0412.jpg", hosp_blocks, MST, dt.datetime(2025, 1, 14, 20, 31, 5), tilt=0.08),
                "medische_informatie",
                hosp,
                "phone photo of a rheumatologist's letter (diagnosis, medication) sent to HR by "
                "the employee; the employer must not hold it; EXIF date differs from the letter date",
            ),
        ],
    )

    # -- UWV confirmation of the 42nd-week report (top level)
    c.pdf(
        "UWV ziekmelding.pdf",
        [
            Fields([("Datum", abbr(conf42)), ("Ons kenmerk", "ZM42/2025/0 338 120")]),
            Para("Schoonmaakbedrijf Glansrijk B.V.\nIndustrieweg 77\n7555 ZZ Hengelo"),
            Title("Bevestiging van uw ziekmelding"),
            Para(
                f"U hebt uw werknemer {emp} (BSN {bsn}) op {abbr(D(2025, 3, 28))} bij ons ziek gemeld. "
                f"De eerste ziektedag is {abbr(d0)}. Dit is de melding na 42 weken ziekte."
            ),
            Para("Met vriendelijke groet,\nUWV"),
        ],
        UWV_D,
        "ziekmelding_uwv",
        conf42,
        "UWV confirmation with abbreviated dates (2 apr. 2025)",
    )

    # -- scanned EJE attached to a forward mail
    eje_blocks = [
        Title("Eerstejaarsevaluatie"),
        Fields([("Werknemer", emp), ("BSN", bsn), ("Eerste ziektedag", dash(d0)), ("Gesprek", dash(D(2025, 5, 19)))]),
        Heading("Terugblik"),
        Para(
            "Het eerste jaar werkte Aylin 9 tot 12 uur coördinerend. Door de ziekte in de handen is terugkeer naar "
            "het eigen werk met schoonmaaktaken en controles op locatie niet te verwachten."
        ),
        Heading("Beoogd resultaat tweede jaar"),
        Para(
            "Passend werk van 20 uur, bij voorkeur als planner bij Glansrijk; zo niet, elders via een "
            "tweede-spoortraject."
        ),
        Heading("Visie"),
        Para("Werkgever: tweede spoor starten. Werknemer: akkoord, maar liefst blijven bij Glansrijk."),
        Signatures([Sig("Werkgever", cm, "HR-adviseur", dash(eje)), Sig("Werknemer", emp, "", dash(eje))]),
    ]
    c.eml(
        "mail/FW afspraken na EJE.eml",
        {
            "From": em_cm,
            "To": "Marieke Wessels <m.wessels@glansrijk.example>",
            "Subject": "FW: afspraken na EJE Aylin",
            "Date": mail_dt(eje_mail, 13, 48),
            "Message-ID": "<c6-gl-007@glansrijk.example>",
        },
        "Hoi Marieke,\n\nTer info de gescande eerstejaarsevaluatie van Aylin. We starten het tweede spoor; "
        "wil jij Kansrijk Werk benaderen?\n\nBart",
        None,
        eje_mail,
        "internal forward mail; attachment is a scan; non-RIV",
        [
            (
                att_scan("scan0003.pdf", eje_blocks, GLANS, rotate_deg=1.4),
                "eerstejaarsevaluatie",
                eje,
                "scanned EJE named scan0003.pdf inside a forward mail; meeting 19 May, signed 20 May",
            ),
        ],
    )

    # -- bijstelling PvA (top level PDF)
    c.pdf(
        "Bijstelling plan van aanpak 2e spoor.pdf",
        [
            Title("Bijstelling plan van aanpak"),
            Fields(
                [
                    ("Werknemer", emp),
                    ("BSN", bsn),
                    ("Oorspronkelijk plan", dash(pva)),
                    ("Eerstejaarsevaluatie", dash(eje)),
                ]
            ),
            Heading("Nieuw doel"),
            Para(
                "Spoor 1: planner 20 uur bij Glansrijk onderzoeken. Spoor 2: passend werk elders via Kansrijk Werk Twente."
            ),
            Heading("Gewijzigde afspraken"),
            Bullets(["Intake tweede spoor uiterlijk eind juni 2025", "Evaluatie iedere 6 weken met de jobcoach erbij"]),
            Signatures([Sig("Werkgever", cm, "HR-adviseur", dash(bpva)), Sig("Werknemer", emp, "", dash(bpva))]),
        ],
        GLANS,
        "bijstelling_plan_van_aanpak",
        bpva,
        "plainly titled bijstelling PvA; PvA and EJE dates also on the page",
    )

    # -- trajectplan attached to the bureau's mail
    tp_blocks = [
        Title("Trajectplan 2e spoor"),
        Fields(
            [
                ("Deelnemer", emp),
                ("BSN", bsn),
                ("Werkgever", "Schoonmaakbedrijf Glansrijk B.V."),
                ("Intake", dash(D(2025, 6, 19))),
                ("Jobcoach", coach),
                ("Datum trajectplan", dash(tp)),
            ]
        ),
        Heading("Persoonsprofiel"),
        Para(
            "Ruime ervaring in schoonmaak en objectleiding; goed in plannen en klantcontact; MBO-3 facilitaire dienstverlening."
        ),
        Heading("Zoekprofiel"),
        Bullets(["Planner facilitaire dienstverlening", "Receptionist / klantenservice", "Administratief medewerker"]),
        Heading("Planning"),
        Table(
            ["Maand", "Activiteit"],
            [
                ["juli", "oriëntatie, cv"],
                ["aug-sep", "netwerken, solliciteren"],
                ["okt-dec", "bemiddeling, werkervaringsplaats"],
            ],
        ),
        Signatures([Sig("Jobcoach", coach, "Kansrijk Werk Twente", dash(tp)), Sig("Deelnemer", emp, "", dash(tp))]),
    ]
    c.eml(
        "mail/Intake Kansrijk Werk.eml",
        {
            "From": em_coach,
            "To": em_cm,
            "Cc": em_emp,
            "Subject": "Trajectplan na intake",
            "Date": mail_dt(tp_mail, 10, 3),
            "Message-ID": "<c6-gl-008@kansrijkwerk.example>",
        },
        "Beste Bart,\n\nBijgaand het trajectplan dat ik na de intake met Aylin heb opgesteld.\n\nMet vriendelijke groet,\n"
        "Romy Hartgers\nJobcoach",
        None,
        tp_mail,
        "bureau's cover mail; non-RIV",
        [
            (
                att_pdf("Trajectplan_AYilmaz.pdf", tp_blocks, KANSRIJK),
                "trajectplan_tweede_spoor",
                tp,
                "trajectplan attached to the bureau's mail; intake date differs",
            ),
        ],
    )

    # -- progress report, top level, named 'rapportage.pdf'
    c.pdf(
        "rapportage.pdf",
        [
            Title("Voortgangsrapportage"),
            Fields(
                [
                    ("Deelnemer", emp),
                    ("BSN", bsn),
                    ("Periode", f"{dash(D(2025, 7, 1))} t/m {dash(D(2025, 9, 26))}"),
                    ("Datum rapportage", dash(vr)),
                ]
            ),
            Heading("Activiteiten"),
            Bullets(
                [
                    "9 coachgesprekken",
                    "7 sollicitaties, 1 gesprek",
                    "werkervaringsplaats bij een facilitair bedrijf in overleg",
                ]
            ),
            Heading("Inzet deelnemer"),
            Para("Goed; Aylin is actief en houdt zich aan afspraken."),
            Signatures([Sig("Jobcoach", coach, "", dash(vr))]),
        ],
        KANSRIJK,
        "voortgangsrapportage_tweede_spoor",
        vr,
        "progress report named 'rapportage.pdf'",
    )

    # -- eindrapportage attached to a mail
    eind_blocks = [
        Title("Eindrapportage re-integratietraject tweede spoor"),
        Fields(
            [
                ("Deelnemer", emp),
                ("BSN", bsn),
                ("Traject", f"{dash(D(2025, 6, 19))} – {dash(D(2026, 1, 23))}"),
                ("Datum", dash(eind)),
            ]
        ),
        Heading("Resultaat"),
        Para(
            "Geen plaatsing buiten Glansrijk. Aylin heeft een werkervaringsplaats van 8 weken afgerond. Per 1 december "
            "2025 werkt zij 20 uur als planner bij Glansrijk (spoor 1)."
        ),
        Heading("Afsluiting"),
        Para("Het traject wordt afgesloten."),
        Signatures([Sig("Jobcoach", coach, "Kansrijk Werk Twente", dash(eind))]),
    ]
    c.eml(
        "mail/Eindrapportage 2e spoor.eml",
        {
            "From": em_coach,
            "To": em_cm,
            "Subject": "Eindrapportage 2e spoor A. Yilmaz",
            "Date": mail_dt(eind_mail, 16, 12),
            "Message-ID": "<c6-gl-009@kansrijkwerk.example>",
        },
        "Beste Bart,\n\nIn de bijlage de eindrapportage. Succes met de afronding van het dossier.\n\nRomy",
        None,
        eind_mail,
        "bureau's cover mail; non-RIV",
        [
            (
                att_pdf("Eindrapportage Yilmaz.pdf", eind_blocks, KANSRIJK),
                "eindrapportage_tweede_spoor",
                eind,
                "end report attached; the track's end date differs",
            ),
        ],
    )

    # -- WhatsApp photo of the UWV week-88 letter
    c.photo(
        "IMG-20260216-WA0004.jpg",
        [
            Fields([("Datum", nl(uwv88)), ("Ons kenmerk", "WIA/88/2026/10 402"), ("Burgerservicenummer", bsn)]),
            Para("Mevrouw A. Yılmaz\nWilderinkstraat 18\n7552 ZZ Hengelo"),
            Title("U kunt een WIA-uitkering aanvragen"),
            Para(
                f"Geachte mevrouw Yılmaz,\n\nU bent sinds {nl(d0)} ziek. U kunt nu een WIA-uitkering aanvragen. "
                f"Doe dit uiterlijk {nl(D(2026, 3, 22))}. Uw werkgever maakt met u het re-integratieverslag."
            ),
            Para("Met vriendelijke groet,\nUWV"),
        ],
        UWV_D,
        "uwv_correspondentie",
        uwv88,
        "WhatsApp photo of the UWV week-88 letter; the filename and EXIF carry "
        "16 Feb (when it was photographed), the letter is dated 11 Feb",
        taken=dt.datetime(2026, 2, 16, 18, 22, 40),
        model="Redmi Note 12",
        make="Xiaomi",
    )

    # -- AO attached to the bedrijfsarts's mail that mentions the medical information
    ao_blocks = [
        Title("Actueel oordeel"),
        Fields([("Werknemer", emp), ("BSN", bsn), ("Eerste ziektedag", dash(d0)), ("Datum", dash(ao))]),
        Heading("Stand van zaken"),
        Para("Mevrouw werkt 20 uur als planner. De belastbaarheid is stabiel. Verdere uitbreiding verwacht ik niet."),
        Heading("Beperkingen en mogelijkheden"),
        Para("Geen fysiek zware handwerkzaamheden; kantoorwerk 20 uur per week is passend."),
        Heading("Arbeidsrelatie en passende arbeid"),
        Para("De arbeidsrelatie is goed. De functie planner (20 uur) is passende arbeid bij de werkgever."),
        Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 29087612301", dash(ao))]),
    ]
    c.eml(
        "mail/Actueel oordeel A. Yilmaz.eml",
        {
            "From": em_ba,
            "To": em_cm,
            "Cc": em_emp,
            "Subject": "Actueel oordeel A. Yilmaz",
            "Date": mail_dt(ao_mail, 8, 5),
            "Message-ID": "<c6-gl-010@arbokompas.example>",
        },
        "Geachte heer Nijhuis,\n\nBijgaand het actueel oordeel voor het re-integratieverslag. De medische informatie "
        "stuur ik in een gesloten envelop aan mevrouw Yılmaz, zodat zij die zelf naar UWV kan sturen; u ontvangt die "
        f"niet.\n\nMet vriendelijke groet,\n{ba}, bedrijfsarts",
        None,
        ao_mail,
        "cover mail that names 'actueel oordeel' and 'medische informatie' in its text; non-RIV",
        [
            (
                att_pdf("AO_Yilmaz_20260224.pdf", ao_blocks, ARBOKOMPAS),
                "actueel_oordeel",
                ao,
                "AO attached to the bedrijfsarts's mail; mailed a day later",
            ),
        ],
    )

    # -- EV: DOCX with the title only in the page header
    c.docx(
        "Eindevaluatie.docx",
        [
            Title("Eindevaluatie"),
            Fields(
                [
                    ("Werkgever", "Schoonmaakbedrijf Glansrijk B.V."),
                    (
                        "Aard van het bedrijf",
                        "Schoonmaak- en facilitair bedrijf, 380 medewerkers, kantoren en scholen in Twente",
                    ),
                    ("Werknemer", emp),
                    ("BSN", bsn),
                    ("Eerste ziektedag", dash(d0)),
                    ("Actueel oordeel", dash(ao)),
                ]
            ),
            Heading("Terugblik op twee jaar"),
            Para(
                "Aylin is na coördinerend werk in spoor 1 per 1 december 2025 structureel planner geworden (20 uur). "
                "Het tweede spoor (juni 2025 – januari 2026) leverde geen werk elders op."
            ),
            Heading("Arbeidsrelatie en passende arbeid"),
            Para("De arbeidsrelatie is goed. De functie planner is passend en structureel."),
            Signatures([Sig("Werkgever", cm, "HR-adviseur", dash(ev)), Sig("Werknemer", emp, "", dash(ev))]),
        ],
        GLANS_HDR,
        "eindevaluatie",
        ev,
        "DOCX whose title 'Eindevaluatie' is only in the page header",
    )

    # -- oordeel werknemer in a mail body
    c.eml(
        "mail/Mijn reactie op het re-integratieverslag.eml",
        {
            "From": em_emp,
            "To": em_cm,
            "Subject": "Mijn reactie op het re-integratieverslag",
            "Date": mail_dt(ow, 21, 14),
            "Message-ID": "<c6-gl-011@webmail.example>",
        },
        f"Beste Bart,\n\nHierbij mijn oordeel over het re-integratieverslag (BSN {bsn}).\n\n"
        "Ik heb alle stukken op 4 maart ontvangen en gelezen. Ik ben het eens met de probleemanalyse, het plan van "
        "aanpak en de eindevaluatie. Wel vind ik dat het tweede spoor eerder had kunnen beginnen. Ik ben blij dat ik "
        "als planner kan blijven werken.\n\nJe mag het verslag naar UWV sturen.\n\nGroet,\nAylin Yılmaz",
        "oordeel_werknemer",
        ow,
        "the employee's view as the body of a mail from a private address; date of receipt (4 March) also in the text",
    )

    # -- certificate (non-RIV)
    c.pdf(
        "Certificaat objectleider.pdf",
        [
            Title("Certificaat", sub="Basisopleiding Objectleider Schoonmaak"),
            Para(
                f"{emp}, geboren {dash(dob)}, heeft op {nl(D(2023, 3, 14))} het examen Objectleider Schoonmaak met goed "
                "gevolg afgelegd."
            ),
            Fields([("Certificaatnummer", "SVS-OL-23-0917")]),
            Signatures([Sig("Examencommissie", "J.A. Mulder", "voorzitter", nl(D(2023, 3, 14)))]),
        ],
        SVS,
        None,
        D(2023, 3, 14),
        "vocational certificate; non-RIV",
    )


# ============================================================================================
# Case E: brederode-smit. An accountancy firm with an external casemanagement bureau; a folder of
# scanner and phone file names, a 'Downloads' folder, dates in filenames that are not document
# dates, an upside-down scan. First sick day 13 May 2024.
# ============================================================================================

WEGWIJZER = Style(
    key="wegwijzer",
    org="Verzuimbureau De Wegwijzer",
    org_lines=(
        "Casemanagement en verzuimbegeleiding",
        "Kruisweg 990, 2011 ZZ Haarlem",
        "casemanagement@dewegwijzer.example",
    ),
    font="sans",
    accent=(150, 20, 20),
    letterhead="band",
    title_upper=True,
    footer="De Wegwijzer · casemanagement namens Brederode & Co",
)
SPAARNESTAD = Style(
    key="spaarnestad",
    org="Bedrijfsartsenpraktijk Spaarnestad",
    org_lines=("R. Oosterbaan, bedrijfsarts", "Zijlweg 412, 2015 ZZ Haarlem"),
    font="serif",
    accent=(20, 60, 20),
    letterhead="left",
)
KENNEMER_AD = Style(
    key="kennemer-ad",
    org="Arbeidsdeskundig Adviesbureau Kennemer",
    org_lines=("Rijksstraatweg 77, 2024 ZZ Haarlem",),
    font="serif",
    accent=(70, 70, 140),
    letterhead="centered",
)
DUINRAND = Style(
    key="duinrand",
    org="Loopbaanstudio Duinrand",
    org_lines=("Tweede spoor · loopbaancoaching", "Zeeweg 3, 1971 ZZ IJmuiden"),
    font="condensed",
    accent=(0, 110, 160),
    letterhead="right",
    fields_as_table=True,
)
DUINZICHT = Style(
    key="duinzicht",
    org="Praktijk Duinzicht",
    org_lines=("GZ-psychologen en psychotherapeuten", "Duinweg 15, 2051 ZZ Overveen"),
    font="serif",
    accent=(80, 40, 80),
    letterhead="centered",
)
BREDERODE = Style(
    key="brederode",
    org="Brederode & Co Accountants",
    org_lines=("Spaarnwouderdijk 8, 2011 ZZ Haarlem", "personeelszaken@brederode-accountants.example"),
    font="serif",
    accent=(10, 40, 90),
    letterhead="right",
)
UWV_E = Style(
    key="uwv-letter-e",
    org="UWV",
    org_lines=("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 99640, 2000 ZZ Haarlem"),
    font="sans",
    accent=(0, 75, 145),
    letterhead="left",
    footer="UWV · uwv.nl",
)


def case_brederode() -> None:
    c = Case("brederode-smit", D(2024, 5, 13))
    d0 = c.d0
    bsn = BSN["brederode"]
    emp = "Lotte Smit"
    ba = "R. Oosterbaan"
    cm = "Tessa Bloemendaal"
    dob = D(1993, 4, 2)
    pa, pva, ev1, bpva, conf42 = D(2024, 6, 18), D(2024, 6, 28), D(2024, 8, 9), D(2024, 10, 17), D(2025, 3, 5)
    ad, eje, tp, vr2, vr3 = D(2025, 4, 1), D(2025, 4, 15), D(2025, 5, 22), D(2025, 7, 4), D(2025, 10, 3)
    psy, eind, uwv88, ao, ev, ow, besch = (
        D(2025, 11, 20),
        D(2026, 1, 16),
        D(2026, 1, 14),
        D(2026, 1, 27),
        D(2026, 2, 5),
        D(2026, 2, 10),
        D(2026, 5, 21),
    )
    assert c.week(pa) <= 6 and (pva - pa).days <= 14 and 46 <= c.week(eje) <= 52
    assert c.week(uwv88) == 88 and ao < ev and c.week(ev) <= 91 and c.week(ow) <= 93
    ids = [
        ("Werknemer", emp),
        ("BSN", bsn),
        ("Werkgever", "Brederode & Co Accountants"),
        ("Functie", "Assistent-accountant, 36 uur"),
        ("Eerste ziektedag", dash(d0)),
    ]

    # -- PA, scanned on a copier; the scanner name encodes the scan moment
    c.scan(
        "scans/SKM_C30824061913450.pdf",
        [
            Title("Probleemanalyse en advies"),
            Fields(ids + [("Spreekuur", dash(D(2024, 6, 17)))]),
            Heading("Analyse"),
            Para(
                "Er is sprake van dreigend langdurig verzuim. Werkneemster heeft klachten die het functioneren onder "
                "tijdsdruk en in drukke periodes (jaarafsluiting) beperken. Concentratie en energie zijn verminderd."
            ),
            Heading("Mogelijkheden"),
            Para(
                "Werken in een rustige omgeving, zonder deadlines en zonder klantcontact, 2 x 2 uur per week. "
                "Opbouw afhankelijk van het verloop van de behandeling."
            ),
            Heading("Advies"),
            Para(
                "Maak een plan van aanpak met een geleidelijke opbouw in eigen werk zonder deadlineverantwoordelijkheid. "
                "Vervolgspreekuur over vier weken."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 69055501201", dash(pa))]),
        ],
        SPAARNESTAD,
        "probleemanalyse",
        pa,
        "copier scan whose name encodes 19-06-2024 13:45 (the scan); the PA is dated 18-06-2024",
        rotate_deg=0.6,
    )

    # -- PvA photographed days later
    c.photo(
        "Downloads/IMG_20240702_141233.jpg",
        [
            Title("Plan van aanpak"),
            Fields(ids + [("Casemanager", f"{cm} (De Wegwijzer)"), ("Probleemanalyse", dash(pa))]),
            Heading("Doel"),
            Para("Terugkeer in eigen werk, opbouw zonder deadlines."),
            Heading("Afspraken"),
            Bullets(
                [
                    "2 x 2 uur interne controlewerkzaamheden vanaf 1 juli",
                    "gesprek met casemanager iedere 6 weken",
                    "behandeling via huisarts / POH-GGZ",
                ]
            ),
            Signatures(
                [Sig("Werkgever", "mr. A.P. Brederode", "partner", dash(pva)), Sig("Werknemer", emp, "", dash(pva))]
            ),
        ],
        WEGWIJZER,
        "plan_van_aanpak",
        pva,
        "phone photo; filename and EXIF carry 2 July 2024 (photo), the PvA is signed 28 June",
        taken=dt.datetime(2024, 7, 2, 14, 12, 33),
    )

    # -- evaluation in 'Nieuw document (2).docx'
    c.docx(
        "Nieuw document (2).docx",
        [
            Title("Verslag voortgangsgesprek"),
            Fields(ids[:2] + [("Datum gesprek", dash(ev1)), ("Aanwezig", f"{emp}, {cm}, mr. A.P. Brederode")]),
            Heading("Voortgang"),
            Para(
                "Lotte werkt 3 x 3 uur aan interne controles. Het gaat beter dan verwacht. De afspraken uit het plan "
                "van aanpak zijn nagekomen."
            ),
            Heading("Afspraken"),
            Para(
                "Opbouw naar 3 x 4 uur; lichte klantdossiers zonder deadline erbij. Volgend gesprek 20 september 2024."
            ),
            Signatures([Sig("Casemanager", cm, "casemanager", dash(ev1)), Sig("Werknemer", emp, "", dash(ev1))]),
        ],
        WEGWIJZER,
        "tussentijdse_evaluatie",
        ev1,
        "progress meeting report saved as 'Nieuw document (2).docx'",
    )

    # -- bijstelling PvA named 'plan van aanpak (1).pdf'
    c.pdf(
        "plan van aanpak (1).pdf",
        [
            Title("Plan van aanpak", sub="Bijstelling 1"),
            Fields(ids[:2] + [("Oorspronkelijk plan", dash(pva)), ("Reden", "advies bedrijfsarts 10-10-2024")]),
            Heading("Gewijzigd doel"),
            Para(
                "Het doel wordt aangepast werk in de eigen functie: interne controle en administratie, zonder "
                "verantwoordelijkheid voor jaarrekeningen met deadlines."
            ),
            Heading("Afspraken"),
            Bullets(["Opbouw naar 4 x 4 uur in aangepast werk", "evaluatie iedere 6 weken"]),
            Signatures(
                [Sig("Werkgever", "mr. A.P. Brederode", "partner", dash(bpva)), Sig("Werknemer", emp, "", dash(bpva))]
            ),
        ],
        WEGWIJZER,
        "bijstelling_plan_van_aanpak",
        bpva,
        "file named 'plan van aanpak (1).pdf'; the bijstelling is only "
        "in the subtitle; the bedrijfsarts's advice date is also on the page",
    )

    # -- UWV confirmation of the 42nd-week report
    c.pdf(
        "Downloads/Bevestiging_ziekmelding_UWV.pdf",
        [
            Fields([("Datum", wd(conf42)), ("Kenmerk", "ZM-42 2025 118 441")]),
            Para("Brederode & Co Accountants\nSpaarnwouderdijk 8\n2011 ZZ Haarlem"),
            Title("Bevestiging ziekmelding langdurig zieke werknemer"),
            Para(
                f"Wij hebben uw ziekmelding van {nl(D(2025, 2, 27))} ontvangen voor {emp}, BSN {bsn}, ziek sinds {nl(d0)}."
            ),
            Para("Met vriendelijke groet,\nUWV"),
        ],
        UWV_E,
        "ziekmelding_uwv",
        conf42,
        "UWV confirmation with a weekday date ('woensdag 5 maart 2025')",
    )

    # -- AD report
    c.pdf(
        "AD-rapport Smit def.pdf",
        [
            Title("Arbeidsdeskundig rapport"),
            Fields(ids + [("Datum rapport", nl(ad)), ("Opdrachtgever", "Brederode & Co, via De Wegwijzer")]),
            Heading("Vraagstelling"),
            Para("Kan werkneemster terugkeren in het eigen werk als assistent-accountant, eventueel aangepast?"),
            Heading("Analyse belasting en belastbaarheid"),
            Para(
                "Het eigen werk kent structurele piekbelasting (jaarafsluiting, aangiftes). De belastbaarheid staat "
                "dit niet toe. Aangepast werk in interne controle (20 uur) is mogelijk, maar niet structureel beschikbaar."
            ),
            Heading("Advies"),
            Para(
                "Spoor 1: aangepast werk voortzetten en zoeken naar structurele invulling. Spoor 2 starten: zoeken "
                "naar administratief werk zonder deadlinedruk bij een andere werkgever."
            ),
            Signatures([Sig("Arbeidsdeskundige", "E. Postma", "register-arbeidsdeskundige", nl(ad))]),
        ],
        KENNEMER_AD,
        "arbeidsdeskundig_rapport",
        ad,
        "AD report, 'def' in the filename",
    )

    # -- EJE named 'evaluatie.pdf'
    c.pdf(
        "evaluatie.pdf",
        [
            Title("Evaluatie eerste ziektejaar"),
            Fields(ids + [("Datum", dash(eje))]),
            Heading("Wat is er bereikt?"),
            Para(
                "Lotte werkt 16 uur in aangepast werk. Het arbeidsdeskundig onderzoek van april 2025 adviseert spoor 1 "
                "en spoor 2 tegelijk."
            ),
            Heading("Beoogd re-integratieresultaat"),
            Para("Structureel 20 uur administratief werk zonder deadlinedruk, bij Brederode of elders."),
            Heading("Visie werkgever en werknemer"),
            Para("Werkgever: structurele plaatsing is onzeker, daarom ook spoor 2. Werknemer: eens."),
            Signatures(
                [
                    Sig("Werkgever", "mr. A.P. Brederode", "partner", dash(eje)),
                    Sig("Werknemer", emp, "", dash(eje)),
                    Sig("Casemanager", cm, "De Wegwijzer", dash(eje)),
                ]
            ),
        ],
        WEGWIJZER,
        "eerstejaarsevaluatie",
        eje,
        "titled 'Evaluatie eerste ziektejaar', named 'evaluatie.pdf' (no 'eerstejaars')",
    )

    # -- 2nd track: intake / trajectplan and two quarterly reports
    c.pdf(
        "Downloads/intakeverslag LSD.pdf",
        [
            Title("Intakeverslag en trajectplan"),
            Fields(
                [
                    ("Kandidaat", emp),
                    ("BSN", bsn),
                    ("Opdrachtgever", "Brederode & Co Accountants"),
                    ("Intake", short(D(2025, 5, 15))),
                    ("Datum verslag", short(tp)),
                ]
            ),
            Heading("Persoonsprofiel"),
            Para("HBO-accountancy, vijf jaar ervaring, nauwkeurig en analytisch."),
            Heading("Zoekprofiel"),
            Bullets(["Administratief medewerker", "Medewerker salarisadministratie", "Controller junior (parttime)"]),
            Heading("Plan"),
            Para("Oriëntatie (juni), activering en netwerken (juli–september), bemiddeling (oktober–december)."),
            Signatures([Sig("Loopbaancoach", "Iris Kaptein", "Loopbaanstudio Duinrand", short(tp))]),
        ],
        DUINRAND,
        "trajectplan_tweede_spoor",
        tp,
        "titled 'Intakeverslag en trajectplan'; file named 'intakeverslag LSD.pdf'",
    )
    for rel, date, period, text in [
        (
            "Downloads/Rapportage Q2.pdf",
            vr2,
            "april t/m juni 2025",
            "Oriëntatie afgerond; cv en LinkedIn bijgewerkt; 2 netwerkgesprekken.",
        ),
        (
            "Downloads/Rapportage Q3.pdf",
            vr3,
            "juli t/m september 2025",
            "6 sollicitaties, 2 gesprekken; werkervaringsplaats besproken.",
        ),
    ]:
        c.pdf(
            rel,
            [
                Title("Voortgangsrapportage"),
                Fields([("Kandidaat", emp), ("BSN", bsn), ("Rapportageperiode", period), ("Datum", short(date))]),
                Heading("Activiteiten"),
                Para(text),
                Heading("Inzet"),
                Para("Kandidaat werkt actief mee."),
                Signatures([Sig("Loopbaancoach", "Iris Kaptein", "", short(date))]),
            ],
            DUINRAND,
            "voortgangsrapportage_tweede_spoor",
            date,
            "quarterly progress report; 'Q2'/'Q3' in the name, the period is in words",
        )

    # -- medical: psychologist's letter named 'bijlage 3.pdf'
    c.pdf(
        "Downloads/bijlage 3.pdf",
        [
            Para(
                f"Vertrouwelijk\nAan: R. Oosterbaan, bedrijfsarts\nBetreft: mevrouw L. Smit, geb. {dash(dob)}\n"
                f"Haarlem, {nl(psy)}"
            ),
            Para("Geachte heer Oosterbaan,"),
            Para(
                "Met toestemming van cliënte bericht ik u over de behandeling. Cliënte is sinds augustus 2024 bij ons in "
                "behandeling wegens een depressieve stoornis met angstklachten. Zij volgde 20 sessies cognitieve "
                "gedragstherapie. De klachten zijn verminderd; restklachten zijn concentratieproblemen en snelle "
                "uitputting onder druk. Behandeling wordt afgebouwd."
            ),
            Signatures([Sig("GZ-psycholoog", "drs. M. de Graaf", "GZ-psycholoog, BIG 39099900125", nl(psy))]),
        ],
        DUINZICHT,
        "medische_informatie",
        psy,
        "psychologist's treatment letter (diagnosis) named 'bijlage 3.pdf' in "
        "the employer's Downloads; the employer must not hold it",
    )

    # -- end report
    c.pdf(
        "Downloads/eindrapport.pdf",
        [
            Title("Eindrapportage 2e spoor"),
            Fields(
                [
                    ("Kandidaat", emp),
                    ("BSN", bsn),
                    ("Trajectperiode", "mei 2025 – januari 2026"),
                    ("Datum", short(eind)),
                ]
            ),
            Heading("Resultaat"),
            Para(
                "Lotte heeft per 1 februari 2026 een contract van 20 uur als medewerker salarisadministratie bij een "
                "andere werkgever. Het traject is daarmee succesvol afgesloten."
            ),
            Signatures([Sig("Loopbaancoach", "Iris Kaptein", "Loopbaanstudio Duinrand", short(eind))]),
        ],
        DUINRAND,
        "eindrapportage_tweede_spoor",
        eind,
        "end report; later than the UWV letter",
    )

    # -- UWV week-88 letter
    c.pdf(
        "UWV brief januari.pdf",
        [
            Fields([("Datum", nl(uwv88)), ("Kenmerk", "WIA-88/2026/0 071 230"), ("Burgerservicenummer", bsn)]),
            Para("Mevrouw L. Smit\nKleine Houtstraat 904\n2011 ZZ Haarlem"),
            Title("Aanvraag WIA-uitkering"),
            Para(
                f"Geachte mevrouw Smit,\n\nU bent sinds {nl(d0)} ziek. U kunt nu een WIA-uitkering aanvragen, uiterlijk "
                f"op {nl(D(2026, 2, 22))}. Samen met uw werkgever maakt u het re-integratieverslag."
            ),
            Para("Met vriendelijke groet,\nUWV"),
        ],
        UWV_E,
        "uwv_correspondentie",
        uwv88,
        "UWV week-88 letter named by month only",
    )

    # -- AO, scanned upside down; the filename date is not the document date
    c.scan(
        "scans/20260112.pdf",
        [
            Title("Actueel oordeel"),
            Fields(ids + [("Laatste spreekuur", dash(D(2026, 1, 22)))]),
            Heading("Verloop en huidige belastbaarheid"),
            Para(
                "Verbetering in 2025; nu stabiel. Werkneemster kan 20 uur per week administratief werk doen zonder "
                "deadlinedruk en zonder piekbelasting."
            ),
            Heading("Arbeidsrelatie"),
            Para("Goed, ondanks het vertrek naar een andere werkgever."),
            Heading("Passende arbeid bij de werkgever"),
            Para(
                "Structureel passend werk bij Brederode & Co is er niet; per 1 februari 2026 start werkneemster elders."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG 69055501201", dash(ao))]),
        ],
        SPAARNESTAD,
        "actueel_oordeel",
        ao,
        "AO scanned upside down; filename '20260112' is not the document date (27-01-2026)",
        upside_down=True,
        rotate_deg=0.4,
    )

    # -- EV
    c.pdf(
        "eindevaluatie DEF.pdf",
        [
            Title("Eindevaluatie"),
            Fields(
                ids
                + [
                    ("Aard van het bedrijf", "Accountantskantoor, MKB-klanten, 45 medewerkers"),
                    ("Actueel oordeel bedrijfsarts", dash(ao)),
                ]
            ),
            Heading("Terugblik"),
            Para(
                "Spoor 1 leverde aangepast werk op, maar geen structurele functie. Spoor 2 leidde tot werk van 20 uur bij "
                "een andere werkgever per 1 februari 2026."
            ),
            Heading("Arbeidsrelatie en passende arbeid"),
            Para("De arbeidsrelatie is goed. Er is geen structureel passend werk bij Brederode & Co."),
            Signatures(
                [Sig("Werkgever", "mr. A.P. Brederode", "partner", dash(ev)), Sig("Werknemer", emp, "", dash(ev))]
            ),
        ],
        WEGWIJZER,
        "eindevaluatie",
        ev,
        "plain EV with the AO date in the fields",
    )

    # -- oordeel werknemer, phone photo stored rotated (orientation 8)
    c.photo(
        "oordeel Lotte.jpg",
        [
            Title("Oordeel werknemer"),
            Fields([("Naam", emp), ("BSN", bsn)]),
            Para("Ik ben het eens met het re-integratieverslag. Ik ben blij met mijn nieuwe baan."),
            Signatures([Sig("Werknemer", emp, "", nl(ow))]),
        ],
        PLAIN,
        "oordeel_werknemer",
        ow,
        "phone photo stored rotated (EXIF orientation 8), taken a day after signing",
        taken=dt.datetime(2026, 2, 11, 9, 2, 11),
        orientation=8,
        make="Apple",
        model="iPhone 13",
    )

    # -- non-RIV: absence protocol, employment contract, WIA decision (UWV letter)
    c.pdf(
        "Verzuimprotocol Brederode 2024.pdf",
        [
            Title("Verzuimprotocol"),
            Para(
                "Dit protocol beschrijft wat medewerker en werkgever doen bij ziekte, volgens de Wet verbetering poortwachter."
            ),
            Heading("Stappen"),
            Table(
                ["Moment", "Stap", "Wie"],
                [
                    ["dag 1", "ziekmelding bij de leidinggevende voor 9.00 uur", "medewerker"],
                    ["week 6", "probleemanalyse door de bedrijfsarts", "bedrijfsarts"],
                    ["week 8", "plan van aanpak, ondertekend door beide partijen", "werkgever / medewerker"],
                    ["iedere 6 weken", "evaluatie van het plan van aanpak; zo nodig bijstelling", "casemanager"],
                    ["week 42", "ziekmelding bij UWV", "werkgever"],
                    ["week 52", "eerstejaarsevaluatie", "werkgever / medewerker"],
                    [
                        "week 88-91",
                        "actueel oordeel, eindevaluatie, re-integratieverslag, oordeel werknemer",
                        "alle partijen",
                    ],
                ],
            ),
            Heading("Privacy"),
            Para("De werkgever vraagt niet naar de aard van de ziekte en bewaart geen medische gegevens."),
        ],
        BREDERODE,
        None,
        None,
        "absence protocol with a table of every Poortwachter step; non-RIV, no date of its own",
    )
    c.pdf(
        "arbeidsovereenkomst L. Smit.pdf",
        [
            Title("Arbeidsovereenkomst voor onbepaalde tijd"),
            Fields(
                [
                    ("Werkgever", "Brederode & Co Accountants, Haarlem"),
                    ("Werknemer", emp),
                    ("BSN", bsn),
                    ("Geboortedatum", dash(dob)),
                    ("Functie", "Assistent-accountant"),
                    ("Datum indiensttreding", dash(D(2019, 9, 1))),
                    ("Arbeidsduur", "36 uur per week"),
                ]
            ),
            Heading("Artikel 9 Ziekte"),
            Para(
                "Bij ziekte gelden het verzuimprotocol en de Wet verbetering poortwachter. Werknemer werkt mee aan de "
                "probleemanalyse, het plan van aanpak en de re-integratie."
            ),
            Signatures(
                [
                    Sig("Werkgever", "mr. A.P. Brederode", "partner", dash(D(2019, 8, 26))),
                    Sig("Werknemer", emp, "", dash(D(2019, 8, 26))),
                ]
            ),
        ],
        BREDERODE,
        None,
        D(2019, 8, 26),
        "employment contract that names the PA and PvA; non-RIV",
    )
    c.pdf(
        "Downloads/beschikking WIA.pdf",
        [
            Fields([("Datum", nl(besch)), ("Kenmerk", "WIA-BES/2026/0 552 871"), ("Burgerservicenummer", bsn)]),
            Para("Brederode & Co Accountants\nSpaarnwouderdijk 8\n2011 ZZ Haarlem"),
            Title("Beslissing op de aanvraag WIA-uitkering", sub="Kopie van de beslissing voor de werkgever"),
            Para(
                f"Uw (ex-)werknemer {emp} heeft een WIA-uitkering aangevraagd. Wij hebben beslist dat zij geen "
                f"WIA-uitkering krijgt, omdat zij minder dan 35% arbeidsongeschikt is. De wachttijd eindigde op "
                f"{nl(D(2026, 5, 10))}."
            ),
            Para(
                "Wij hebben ook het re-integratieverslag beoordeeld. U hebt voldoende gedaan aan re-integratie.\n\n"
                "Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.\n\nUWV"
            ),
        ],
        UWV_E,
        "uwv_correspondentie",
        besch,
        "WIA decision (beschikking), copy to the employer (the brief lists it as a "
        "look-alike, but per CONTRACT any other UWV letter is uwv_correspondentie); end of wachttijd also in the text",
    )


# ============================================================================================


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    try:
        case_northwind()
        case_vlinder()
        case_eemstede()
        case_glansrijk()
        case_brederode()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    # every case folder has a file at its top level (the evaluator treats a folder without one as a split)
    for case in FILES.iterdir():
        assert any(p.is_file() for p in case.iterdir()), case
    # labelled files exist; e-mail members exist in their mail
    on_disk = {p.relative_to(FILES).as_posix() for p in FILES.rglob("*") if p.is_file()}
    top = {r[0].split("::")[0] for r in ROWS}
    assert top == on_disk, top ^ on_disk
    assert len({r[0] for r in ROWS}) == len(ROWS)
    for bsn in BSN.values():
        assert elfproef(bsn)
    rows = sorted(ROWS)
    with LABELS.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        w.writerows(rows)
    print(f"{len(on_disk)} files, {len(rows)} labelled documents")


if __name__ == "__main__":
    main()
