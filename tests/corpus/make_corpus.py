"""Generate the labelled classifier test corpus: tests/corpus/files/{dev,holdout}/... and labels.csv.

Run:  .venv/bin/python tests/corpus/make_corpus.py

Deterministic: regenerating gives the same files. Five fictional cases, one per wording
variant; variants 0-2 form the ``dev`` split, variants 3-4 (other arbodiensten, bureaus,
employers, titles, field labels, English-influenced / terse / form-table layouts) the
``holdout`` split. All names, companies and numbers are invented; BSNs pass the elfproef.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
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
    Table,
    Title,
    build_message,
    fmt_date,
    mail_date,
    make_bsn,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
    write_txt,
)
from riv_content import BUILDERS, Case, Person, medische_informatie, wk  # noqa: E402

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
TYPES = list(BUILDERS)
rng = random.Random(20250113)

# ---------------------------------------------------------------------------------------------
# house styles
# ---------------------------------------------------------------------------------------------

S = {
    # dev arbodiensten
    "arbo0": Style(
        "arbo0",
        "Arbodienst Kwartelhof BV",
        ("Kwartelhof 12, 3811 ZZ Amersfoort", "T 033 - 000 12 34 · KvK 00123456"),
        font="sans",
        accent=(0, 90, 140),
        letterhead="left",
        footer="Arbodienst Kwartelhof BV · vertrouwelijk",
        producer="Microsoft® Word 2016",
    ),
    "arbo1": Style(
        "arbo1",
        "Bedrijfsgezondheid Oostervaart",
        ("Postbus 4410, 8200 AA Lelystad",),
        font="serif",
        accent=(120, 20, 40),
        letterhead="band",
        fields_as_table=True,
        footer="Bedrijfsgezondheid Oostervaart – arbodienst",
    ),
    "arbo2": Style(
        "arbo2",
        "ArboPunt Lindeveld",
        ("Lindeveld 3, 7500 XX Enschede", "arbopunt-lindeveld.example"),
        font="condensed",
        accent=(20, 110, 60),
        letterhead="right",
        title_upper=True,
    ),
    # holdout arbodiensten
    "arbo3": Style(
        "arbo3",
        "OccuCare Health Services",
        ("Zuidplein 200, 1077 XX Amsterdam", "www.occucare.example"),
        font="sans",
        accent=(200, 90, 0),
        letterhead="centered",
        fields_as_table=True,
        footer="OccuCare – Confidential",
    ),
    "arbo4": Style(
        "arbo4",
        "Bedrijfsartsenpraktijk Ketelbrug",
        ("zelfstandig bedrijfsarts · Ketelweg 8, 8300 AB Emmeloord",),
        font="mono",
        accent=(60, 60, 60),
        letterhead="left",
        docx_form=True,
    ),
    # employers
    "wg0": Style(
        "wg0",
        "Schoonmaakbedrijf Glansrijk BV",
        ("Industrieweg 40, 3812 AA Amersfoort",),
        font="sans",
        accent=(0, 120, 180),
        letterhead="left",
        footer="Glansrijk – P&O",
    ),
    "wg1": Style(
        "wg1",
        "Transportbedrijf Hoekstra & Zn. BV",
        ("Havenkade 7, 8211 AA Lelystad",),
        font="serif",
        accent=(30, 30, 100),
        letterhead="right",
    ),
    "wg2": Style(
        "wg2",
        "Zorggroep Eikenrode",
        ("Locatie De Hazelaar · Eikenlaan 2, 7511 AA Enschede",),
        font="condensed",
        accent=(130, 50, 130),
        letterhead="band",
    ),
    "wg3": Style(
        "wg3",
        "Nordwall Logistics B.V.",
        ("Distributieweg 15, 5928 XX Venlo",),
        font="sans",
        accent=(10, 60, 60),
        letterhead="none",
        fields_as_table=True,
        docx_title_in_header=True,
        footer="Nordwall Logistics – HR",
    ),
    "wg4": Style(
        "wg4",
        "Kinderopvang De Kikkerpoel",
        ("Slootweg 1, 8301 AA Emmeloord",),
        font="serif",
        accent=(0, 100, 0),
        letterhead="centered",
        docx_form=True,
    ),
    # bureaus (2nd track)
    "bu0": Style(
        "bu0",
        "Loopbaanhuis Meerstede",
        ("Meerstede 4, 3800 AB Amersfoort",),
        font="serif",
        accent=(150, 60, 0),
        letterhead="left",
    ),
    "bu1": Style(
        "bu1",
        "Re-integratiebureau Spoorzoeker",
        ("Stationsplein 9, 8232 AA Lelystad",),
        font="sans",
        accent=(0, 0, 0),
        letterhead="band",
        docx_title_in_header=True,
    ),
    "bu2": Style(
        "bu2",
        "Werkroute Oost",
        ("Hengelosestraat 500, 7500 AA Enschede",),
        font="condensed",
        accent=(0, 80, 160),
        letterhead="right",
    ),
    "bu3": Style(
        "bu3",
        "TalentBridge Outplacement & Re-integration",
        ("Tech Campus 1, 5900 AA Venlo",),
        font="sans",
        accent=(80, 0, 120),
        letterhead="centered",
        fields_as_table=True,
    ),
    "bu4": Style(
        "bu4",
        "Werkpad2 Coaching",
        ("Kamp 3, 8300 AA Emmeloord",),
        font="mono",
        accent=(0, 90, 90),
        letterhead="left",
        docx_form=True,
    ),
    # arbeidsdeskundigen
    "ad0": Style(
        "ad0",
        "AD Advies Bolhuis",
        ("Register-arbeidsdeskundigen · Amersfoort",),
        font="serif",
        accent=(70, 70, 70),
    ),
    "ad1": Style(
        "ad1",
        "Arbeidsdeskundig Bureau Terpstra",
        ("Lelystad",),
        font="sans",
        accent=(0, 60, 120),
        letterhead="band",
    ),
    "ad2": Style(
        "ad2",
        "Smeets Arbeidsdeskundig Advies",
        ("Enschede",),
        font="condensed",
        accent=(100, 40, 0),
        letterhead="right",
    ),
    "ad3": Style(
        "ad3",
        "Werkwaarde Arbeidsdeskundigen",
        ("Venlo · Eindhoven",),
        font="sans",
        accent=(0, 130, 100),
        letterhead="centered",
        fields_as_table=True,
    ),
    "ad4": Style(
        "ad4",
        "M. Okkerse – arbeidsdeskundige",
        ("zzp, NVvA-lid",),
        font="mono",
        accent=(0, 0, 0),
        letterhead="left",
        docx_form=True,
    ),
}


def make_cases() -> list[Case]:
    b = [make_bsn(rng) for _ in range(5)]
    cases = [
        Case(
            "glansrijk",
            0,
            "A.M. Verhoeven",
            "Anouk Maria Verhoeven",
            "mevrouw",
            dt.date(1979, 4, 23),
            b[0],
            "Schoonmaakster / objectleider",
            28,
            dt.date(2012, 9, 1),
            "Schoonmaakbedrijf Glansrijk BV",
            "Industrieweg 40, 3812 AA Amersfoort",
            "009912345L01",
            "Schoonmaak en facilitaire dienstverlening, ca. 400 medewerkers",
            dt.date(2023, 6, 5),
            Person("M. Sprengers", "HR-adviseur / casemanager"),
            Person("R. Dijkhuis", "rayonmanager"),
            Person("drs. P.H. Wolters", "bedrijfsarts", "19012345601"),
            "Arbodienst Kwartelhof BV",
            "VZ-2023-004417",
            Person("R. Bolhuis", "register-arbeidsdeskundige"),
            "AD Advies Bolhuis",
            "Loopbaanhuis Meerstede",
            Person("E. van Santen", "re-integratieconsulent"),
            "beperkingen in tillen, bukken en langdurig staan",
            {
                "diagnose": "Hernia nuclei pulposi L5-S1 links",
                "code": "M51.1",
                "behandeling": "Conservatief beleid, oefentherapie.",
                "behandelaar": "dr. K. Ooms, neuroloog, en fysiotherapeut",
                "medicatie": "naproxen 500 mg 2 dd",
                "ziekenhuis": "Ziekenhuis Eemoever",
                "poli": "Neurologie",
                "specialist": "dr. K. Ooms",
                "specialisme": "neuroloog",
            },
            date_kind="long",
            other_date_kind="dash",
        ),
        Case(
            "hoekstra",
            1,
            "K. El Idrissi",
            "Karim El Idrissi",
            "de heer",
            dt.date(1971, 11, 2),
            b[1],
            "Chauffeur C/E",
            40,
            dt.date(2005, 3, 14),
            "Transportbedrijf Hoekstra & Zn. BV",
            "Havenkade 7, 8211 AA Lelystad",
            "008765432L02",
            "Wegtransport en opslag, 85 medewerkers",
            dt.date(2023, 9, 18),
            Person("S. de Graaf-Yntema", "casemanager verzuim"),
            Person("P. Hoekstra", "planner"),
            Person("J.C. Nieuwenhuis-Blom", "bedrijfsarts", "29045678901"),
            "Bedrijfsgezondheid Oostervaart",
            "BGO/23/88120",
            Person("T. Terpstra", "arbeidsdeskundige RAD"),
            "Arbeidsdeskundig Bureau Terpstra",
            "Re-integratiebureau Spoorzoeker",
            Person("L. Bakkum", "loopbaancoach"),
            "beperkingen in langdurig zitten en trillingsbelasting; geen nachtdiensten",
            {
                "diagnose": "Status na myocardinfarct, verminderde linkerventrikelfunctie",
                "code": "I25.2",
                "behandeling": "PCI in september 2023, hartrevalidatie afgerond.",
                "behandelaar": "dr. A. Veldkamp, cardioloog",
                "medicatie": "metoprolol 50 mg, atorvastatine 40 mg",
                "ziekenhuis": "Flevo Hartcentrum",
                "poli": "Cardiologie",
                "specialist": "dr. A. Veldkamp",
                "specialisme": "cardioloog",
            },
            date_kind="dash",
            other_date_kind="dash",
            bsn_kind="dots",
        ),
        Case(
            "eikenrode",
            2,
            "L. Brinkman",
            "Lotte Brinkman",
            "mevrouw",
            dt.date(1988, 7, 9),
            b[2],
            "Verzorgende IG",
            24,
            dt.date(2016, 2, 1),
            "Zorggroep Eikenrode",
            "Eikenlaan 2, 7511 AA Enschede",
            "001122334L01",
            "Ouderenzorg (verpleeg- en verzorgingshuizen), 1.200 medewerkers",
            dt.date(2024, 1, 15),
            Person("H. Kamphuis", "casemanager / teamleider"),
            Person("I. Wolbers", "teamleider"),
            Person("M. Scholten", "bedrijfsarts", "79034567801"),
            "ArboPunt Lindeveld",
            "LV-24-0193",
            Person("J. Smeets", "arbeidsdeskundige"),
            "Smeets Arbeidsdeskundig Advies",
            "Werkroute Oost",
            Person("N. Oude Luttikhuis", "trajectbegeleider"),
            "beperkingen in persoonlijk functioneren: concentratie en tijdsdruk; energetisch beperkt tot 4 uur per dag",
            {
                "diagnose": "Depressieve stoornis, matig, met burn-outklachten",
                "code": "F32.1",
                "behandeling": "Cognitieve gedragstherapie, 2-wekelijks.",
                "behandelaar": "GZ-psycholoog en psychiater (consult)",
                "medicatie": "sertraline 50 mg 1 dd",
                "ziekenhuis": "GGZ Twentevaart",
                "poli": "Volwassenenpsychiatrie",
                "specialist": "drs. B. Kortman",
                "specialisme": "psychiater",
            },
            date_kind="slash",
            other_date_kind="slash4",
        ),
        Case(
            "nordwall",
            3,
            "D. Oudshoorn",
            "Dennis Oudshoorn",
            "de heer",
            dt.date(1983, 1, 30),
            b[3],
            "Warehouse operator / orderpicker",
            38,
            dt.date(2018, 5, 7),
            "Nordwall Logistics B.V.",
            "Distributieweg 15, 5928 XX Venlo",
            "857766554L01",
            "Logistieke dienstverlening (warehousing, e-fulfilment), 650 FTE",
            dt.date(2023, 11, 6),
            Person("C. Jansen-Peeters", "HR business partner (case manager)"),
            Person("M. Verhaegh", "shift lead"),
            Person("dr. S. Achterberg", "occupational physician", "09076543201"),
            "OccuCare Health Services",
            "OCC-884512",
            Person("F. Geurts", "register labour expert (RAD)"),
            "Werkwaarde Arbeidsdeskundigen",
            "TalentBridge Outplacement & Re-integration",
            Person("Y. Bos", "career coach"),
            "lifting max 10 kg, no repetitive overhead arm movements",
            {
                "diagnose": "Partial rotator cuff tear right shoulder",
                "code": "M75.1",
                "behandeling": "Arthroscopic repair (February 2024), physiotherapy.",
                "behandelaar": "orthopaedic surgeon dr. P. Ramaker",
                "medicatie": "diclofenac 50 mg as needed",
                "ziekenhuis": "Maasland Ziekenhuis",
                "poli": "Orthopedie",
                "specialist": "dr. P. Ramaker",
                "specialisme": "orthopedisch chirurg",
            },
            date_kind="iso",
            other_date_kind="iso",
            bsn_kind="spaces",
        ),
        Case(
            "kikkerpoel",
            4,
            "F. Yildiz-de Boer",
            "Fatma Yildiz-de Boer",
            "mevrouw",
            dt.date(1990, 10, 12),
            b[4],
            "Pedagogisch medewerker",
            30,
            dt.date(2014, 8, 18),
            "Kinderopvang De Kikkerpoel",
            "Slootweg 1, 8301 AA Emmeloord",
            "812233445L01",
            "Kinderopvang (dagopvang en bso), 6 locaties",
            dt.date(2024, 2, 26),
            Person("G. Wiersma", "locatiemanager, casemanager"),
            Person("G. Wiersma", "locatiemanager"),
            Person("A.J. Tuinstra", "bedrijfsarts", "59087654301"),
            "Bedrijfsartsenpraktijk Ketelbrug",
            "KB-1177",
            Person("M. Okkerse", "arbeidsdeskundige"),
            "M. Okkerse – arbeidsdeskundige",
            "Werkpad2 Coaching",
            Person("R. Mulder", "jobcoach"),
            "verminderde belastbaarheid bij drukte en conflicten; max 4 uur per dag",
            {
                "diagnose": "Posttraumatische stressstoornis",
                "code": "F43.1",
                "behandeling": "EMDR, 12 sessies.",
                "behandelaar": "psychiater en GZ-psycholoog",
                "medicatie": "paroxetine 20 mg",
                "ziekenhuis": "GGZ Noordoostpolder",
                "poli": "Traumacentrum",
                "specialist": "dr. T. Hiemstra",
                "specialisme": "psychiater",
            },
            date_kind="dot",
            other_date_kind="dot",
        ),
    ]
    for c in cases:
        v = c.variant
        c.styles = {"arbo": S[f"arbo{v}"], "wg": S[f"wg{v}"], "bureau": S[f"bu{v}"], "ad": S[f"ad{v}"]}
    return cases


# week of each type per variant (PA <= wk 6, PvA <= PA + 14 d, EJE 46-52, AO 88-90, EV after AO, ...)
WEEKS = {
    "probleemanalyse": [(5, 1), (4, 3), (6, 0), (5, 2), (6, 1)],
    "plan_van_aanpak": [(6, 3), (6, 0), (7, 2), (7, 0), (7, 4)],
    "bijstelling_probleemanalyse": [(30, 2), (26, 1), (38, 3), (33, 0), (44, 2)],
    "bijstelling_plan_van_aanpak": [(53, 1), (30, 3), (54, 2), (51, 4), (56, 0)],
    "tussentijdse_evaluatie": [(13, 3), (19, 1), (25, 2), (31, 0), (13, 4)],
    "eerstejaarsevaluatie": [(50, 2), (48, 0), (51, 3), (47, 1), (52, 2)],
    "actueel_oordeel": [(89, 1), (88, 2), (89, 3), (90, 0), (88, 4)],
    "eindevaluatie": [(90, 3), (89, 4), (90, 2), (91, 1), (90, 0)],
    "oordeel_werknemer": [(91, 2), (91, 0), (91, 4), (92, 1), (91, 3)],
    "medische_informatie": [(89, 2), (88, 3), (60, 1), (90, 1), (40, 3)],
    "arbeidsdeskundig_rapport": [(48, 2), (44, 1), (50, 0), (45, 3), (49, 1)],
    "inzetbaarheidsprofiel": [(5, 1), (88, 2), (50, 0), (90, 0), (6, 1)],
    "trajectplan_tweede_spoor": [(55, 1), (57, 2), (54, 0), (50, 3), (58, 1)],
    "voortgangsrapportage_tweede_spoor": [(63, 4), (66, 1), (70, 2), (61, 0), (72, 3)],
    "eindrapportage_tweede_spoor": [(88, 2), (87, 1), (89, 0), (86, 3), (88, 0)],
    "deskundigenoordeel": [(40, 3), (70, 2), (75, 1), (35, 4), (20, 2)],
    "ziekmelding_uwv": [(42, 1), (43, 0), (42, 3), (42, 2), (42, 4)],
    "uwv_correspondentie": [(88, 0), (100, 2), (93, 1), (110, 3), (44, 1)],
}

# file format per type and variant: pdf | docx | scan | photo | txt | mail:<key>
FORMATS = {
    "probleemanalyse": ["pdf", "mail:arbo_pa", "scan", "pdf", "docx"],
    "plan_van_aanpak": ["docx", "pdf", "photo", "scan", "docx"],
    "bijstelling_probleemanalyse": ["pdf", "docx", "pdf", "pdf", "docx"],
    "bijstelling_plan_van_aanpak": ["pdf", "docx", "pdf", "docx", "photo"],
    "tussentijdse_evaluatie": ["docx", "pdf", "txt", "docx", "docx"],
    "eerstejaarsevaluatie": ["pdf", "scan", "docx", "docx", "docx"],
    "actueel_oordeel": ["pdf", "docx", "pdf", "pdf", "mail:ho_ao"],
    "eindevaluatie": ["mail:ow_mail", "docx", "pdf", "docx", "scan"],
    "oordeel_werknemer": ["scan", "pdf", "photo", "pdf", "photo"],
    "medische_informatie": ["pdf", "docx", "pdf", "pdf", "docx"],
    "arbeidsdeskundig_rapport": ["pdf", "pdf", "docx", "pdf", "docx"],
    "inzetbaarheidsprofiel": ["pdf", "pdf", "docx", "pdf", "docx"],
    "trajectplan_tweede_spoor": ["pdf", "docx", "pdf", "pdf", "docx"],
    "voortgangsrapportage_tweede_spoor": ["pdf", "docx", "pdf", "mail:ho_fwd", "txt"],
    "eindrapportage_tweede_spoor": ["pdf", "pdf", "mail:fwd", "pdf", "docx"],
    "deskundigenoordeel": ["pdf", "pdf", "pdf", "scan", "pdf"],
    "ziekmelding_uwv": ["pdf", "pdf", "pdf", "pdf", "pdf"],
    "uwv_correspondentie": ["pdf", "pdf", "pdf", "pdf", "scan"],
}

ABBR = {
    "probleemanalyse": "PA",
    "plan_van_aanpak": "PvA",
    "bijstelling_probleemanalyse": "Bijstelling PA",
    "bijstelling_plan_van_aanpak": "Bijstelling PvA",
    "tussentijdse_evaluatie": "Evaluatie",
    "eerstejaarsevaluatie": "EJE",
    "actueel_oordeel": "AO",
    "eindevaluatie": "EV",
    "oordeel_werknemer": "Oordeel werknemer",
    "medische_informatie": "MI",
    "arbeidsdeskundig_rapport": "AD-rapport",
    "inzetbaarheidsprofiel": "FML",
    "trajectplan_tweede_spoor": "Trajectplan",
    "voortgangsrapportage_tweede_spoor": "Voortgangsrapportage",
    "eindrapportage_tweede_spoor": "Eindrapportage",
    "deskundigenoordeel": "Deskundigenoordeel",
    "ziekmelding_uwv": "42e weeksmelding",
    "uwv_correspondentie": "Brief UWV",
}

# explicit misleading / empty file names (type, variant) -> name
NAMES = {
    ("oordeel_werknemer", 0): "scan0003.pdf",
    ("plan_van_aanpak", 2): "IMG_4411.jpg",
    ("actueel_oordeel", 1): "document (2).docx",
    ("bijstelling_plan_van_aanpak", 1): "PvA_def_v2.docx",
    ("oordeel_werknemer", 2): "WhatsApp Image 2025-10-24 at 14.02.11.jpeg",
    ("probleemanalyse", 2): "scan0001.pdf",
    ("eerstejaarsevaluatie", 1): "Scan 2024-08-20 10.14.pdf",
    ("medische_informatie", 1): "Bijlage bij brief.docx",
    ("inzetbaarheidsprofiel", 0): "bijlage 1.pdf",
    ("uwv_correspondentie", 2): "Brief UWV.pdf",
    ("deskundigenoordeel", 3): "SKM_C30825040911230.pdf",
    ("uwv_correspondentie", 4): "scan_00017.pdf",
    ("eindevaluatie", 4): "Scan_20251117_0932.pdf",
    ("plan_van_aanpak", 3): "CCF_000231.pdf",
    ("oordeel_werknemer", 4): "IMG_20251121_181502.jpg",
    ("bijstelling_plan_van_aanpak", 4): "IMG_0087.JPG",
    ("tussentijdse_evaluatie", 4): "Nieuw Microsoft Word-document (3).docx",
    ("medische_informatie", 4): "Verslag.docx",
    ("actueel_oordeel", 3): "RIV part 3.pdf",
}


def default_name(t: str, c: Case, date: dt.date, ext: str) -> str:
    a, last, v = ABBR[t], c.emp_last.replace(" ", ""), c.variant
    if v == 0:
        return f"{a} {c.emp_last}.{ext}"
    if v == 1:
        return f"{date:%Y%m%d}_{a.replace(' ', '_')}_{last}.{ext}"
    if v == 2:
        if TYPES.index(t) % 2:
            return f"{c.emp_last} {date:%d-%m-%Y}.{ext}"
        return f"{a.lower().replace(' ', '_')}_{last.lower()}_def.{ext}"
    if v == 3:
        eng = {
            "probleemanalyse": "problem analysis",
            "plan_van_aanpak": "plan of action",
            "eindevaluatie": "final evaluation",
            "eerstejaarsevaluatie": "year 1 review",
            "oordeel_werknemer": "employee statement",
        }.get(t)
        if eng:
            return f"{last}_{eng.replace(' ', '_')}.{ext}"
        return f"RIV_{last}_{TYPES.index(t) + 1:02d}.{ext}"
    return f"{last} {TYPES.index(t) + 1}.{ext}" if TYPES.index(t) % 3 else f"Document {date:%d%m%Y}.{ext}"


# ---------------------------------------------------------------------------------------------
# writer
# ---------------------------------------------------------------------------------------------

rows: list[dict[str, str]] = []
pending_mails: dict[str, list[tuple[str, str, str, bytes]]] = {}  # key -> [(filename, type, date, bytes)]


def split_of(v: int) -> str:
    return "holdout" if v >= 3 else "dev"


def label(path: Path | str, t: str | None, date: dt.date | None, split: str, note: str) -> None:
    rel = str(path) if isinstance(path, str) else path.relative_to(FILES).as_posix()
    rows.append({"path": rel, "type": t or "", "date": date.isoformat() if date else "", "split": split, "note": note})


def render(fmt: str, path: Path, blocks: list, style: Style, date: dt.date, seed: int = 0) -> None:
    if fmt == "pdf":
        write_pdf(path, blocks, style)
    elif fmt == "docx":
        write_docx(path, blocks, style)
    elif fmt == "txt":
        write_txt(path, blocks, style)
    elif fmt == "scan":
        r = random.Random(path.name)
        write_scan_pdf(
            path,
            blocks,
            style,
            rotate_deg=r.uniform(-1.6, 1.6),
            noise=r.uniform(0.25, 0.6),
            jpeg_quality=r.choice([30, 40, 50]),
            upside_down=path.name in UPSIDE_DOWN,
        )
    elif fmt == "photo":
        r = random.Random(path.name)
        write_photo_jpg(
            path,
            blocks,
            style,
            taken=dt.datetime(date.year, date.month, date.day, 18, 15, r.randrange(60)),
            orientation=6 if r.random() < 0.5 else 1,
            tilt=r.uniform(0.03, 0.08),
        )
    else:
        raise ValueError(fmt)


UPSIDE_DOWN = {"SKM_C30825040911230.pdf"}


def gen_typed(cases: list[Case]) -> None:
    for t in TYPES:
        for c in cases:
            v = c.variant
            week, day = WEEKS[t][v]
            date = wk(c.d0, week, day)
            kw: dict = {}
            if t == "plan_van_aanpak":
                kw["pa_date"] = wk(c.d0, *WEEKS["probleemanalyse"][v])
            if t in ("bijstelling_plan_van_aanpak", "eerstejaarsevaluatie"):
                kw["pva_date"] = wk(c.d0, *WEEKS["plan_van_aanpak"][v])
            if t == "bijstelling_probleemanalyse":
                kw["pa_date"] = wk(c.d0, *WEEKS["probleemanalyse"][v])
            if t == "eindevaluatie":
                kw["eje_date"] = wk(c.d0, *WEEKS["eerstejaarsevaluatie"][v])
                kw["ao_date"] = wk(c.d0, *WEEKS["actueel_oordeel"][v])
            if t == "arbeidsdeskundig_rapport":
                kw["own_work_expected"] = v in (0, 3)
            blocks, style = BUILDERS[t](c, date, **kw)
            fmt = FORMATS[t][v]
            ext = {"pdf": "pdf", "docx": "docx", "scan": "pdf", "photo": "jpg", "txt": "txt"}.get(fmt, "pdf")
            if fmt.startswith("mail:"):
                ext = "docx" if t == "actueel_oordeel" else "pdf"
            name = NAMES.get((t, v)) or default_name(t, c, date, ext)
            note = f"{c.key}; style {style.key}; {fmt}"
            if fmt.startswith("mail:"):
                tmp = HERE / "_tmp" / name
                render(ext, tmp, blocks, style, date)
                pending_mails.setdefault(fmt[5:], []).append((name, t, date.isoformat(), tmp.read_bytes()))
                continue
            path = FILES / split_of(v) / c.key / name
            render(fmt, path, blocks, style, date)
            label(path, t, date, split_of(v), note)


def gen_extras(cases: list[Case]) -> None:
    c0, c1, c2, c3, c4 = cases
    # eindevaluatie.pdf that is really a progress meeting (late in year 2, says "evaluatie")
    d = wk(c0.d0, 80, 2)
    blocks, st = BUILDERS["tussentijdse_evaluatie"](c0, d, n=11)
    p = FILES / "dev" / c0.key / "eindevaluatie.pdf"
    write_pdf(p, blocks, st)
    label(p, "tussentijdse_evaluatie", d, "dev", "misleading name: progress meeting, not the EV")
    # more progress meetings (several per case is normal)
    for c, n, week, fmt, name in [
        (c1, 2, 25, "docx", "Gespreksverslag 2 El Idrissi.docx"),
        (c2, 3, 37, "pdf", "verslag gesprek okt.pdf"),
        (c0, 4, 43, "docx", "Evaluatie PvA april 2024.docx"),
        (c3, 2, 37, "pdf", "Oudshoorn_meeting_notes_wk37.pdf"),
    ]:
        d = wk(c.d0, week, 1)
        blocks, st = BUILDERS["tussentijdse_evaluatie"](c, d, n=n)
        p = FILES / split_of(c.variant) / c.key / name
        render(fmt, p, blocks, st, d)
        label(
            p,
            "tussentijdse_evaluatie",
            d,
            split_of(c.variant),
            f"{c.key}; style {st.key}; extra evaluation {n}",
        )
    for c, n, week, fmt, name in [
        (c0, 2, 72, "pdf", "Voortgangsrapportage 2 Verhoeven.pdf"),
        (c4, 2, 80, "pdf", "Werkpad2 rapportage 2.pdf"),
    ]:
        d = wk(c.d0, week, 3)
        blocks, st = BUILDERS["voortgangsrapportage_tweede_spoor"](c, d, n=n)
        p = FILES / split_of(c.variant) / c.key / name
        render(fmt, p, blocks, st, d)
        label(p, "voortgangsrapportage_tweede_spoor", d, split_of(c.variant), f"{c.key}; extra progress report")
    # extra medical information shapes (must all be caught)
    for c, form, week, fmt, name, note in [
        (
            c0,
            5,
            20,
            "scan",
            "scan0007.pdf",
            "specialist letter (neurologist), no words 'medische informatie', scanned",
        ),
        (c2, 7, 30, "pdf", "brief behandelaar.pdf", "psychologist's letter to the bedrijfsarts"),
        (c3, 6, 60, "pdf", "overzicht.pdf", "pharmacy medication overview"),
        (
            c4,
            8,
            30,
            "pdf",
            "Brief ziekenhuis.pdf",
            "hospital discharge letter, no words 'medische informatie'",
        ),
    ]:
        d = wk(c.d0, week, 2)
        blocks, st = medische_informatie(c, d, form=form)
        p = FILES / split_of(c.variant) / c.key / name
        render(fmt, p, blocks, st, d)
        label(p, "medische_informatie", d, split_of(c.variant), f"{c.key}; {note}")
    # a second PA-family hard pair: AO v0 wording titled "Actueel oordeel bij de probleemanalyse" exists; add a
    # bijstelling in the AO period and a PA copy without title words in the file name
    d = wk(c1.d0, 60, 1)
    blocks, st = BUILDERS["bijstelling_probleemanalyse"](c1, d, pa_date=wk(c1.d0, 4, 3))
    p = FILES / "dev" / c1.key / "Probleemanalyse (update).pdf"
    write_pdf(p, blocks, st)
    label(p, "bijstelling_probleemanalyse", d, "dev", "bijstelling whose file name says Probleemanalyse")
    # holdout: EJE v3 wording but delivered as a scan, with a misleading name
    d = wk(c4.d0, 60, 1)
    blocks, st = BUILDERS["bijstelling_probleemanalyse"](c4, d, pa_date=wk(c4.d0, 6, 1))
    p = FILES / "holdout" / c4.key / "PA Yildiz.docx"
    write_docx(p, blocks, st)
    label(p, "bijstelling_probleemanalyse", d, "holdout", "bijstelling in form table, file name says PA")


# ---------------------------------------------------------------------------------------------
# not RIV documents
# ---------------------------------------------------------------------------------------------


def gen_distractors(cases: list[Case]) -> None:
    c0, c1, c2, c3, c4 = cases
    dev, ho = FILES / "dev" / "overig", FILES / "holdout" / "overig"
    # payslip
    ps = Style(
        "loon0",
        "Schoonmaakbedrijf Glansrijk BV",
        ("Loonstrook — vertrouwelijk",),
        font="mono",
        accent=(0, 0, 0),
    )
    write_pdf(
        dev / "Loonstrook maart 2024.pdf",
        [
            Title("Loonstrook", "periode 03-2024"),
            Fields(
                [
                    ("Werknemer", c0.emp),
                    ("BSN", c0.bsn),
                    ("Functie", c0.functie),
                    ("Datum in dienst", fmt_date(c0.in_dienst, "dash")),
                    ("Loonheffingennummer", "009912345L01"),
                ]
            ),
            Table(
                ["Omschrijving", "Bedrag"],
                [
                    ["Salaris", "€ 2.412,00"],
                    ["Loondoorbetaling bij ziekte (100%)", "€ 0,00"],
                    ["Vakantiegeld reservering", "€ 192,96"],
                    ["Loonheffing", "€ -312,40"],
                    ["Netto loon", "€ 1.988,12"],
                ],
            ),
        ],
        ps,
    )
    label(dev / "Loonstrook maart 2024.pdf", None, None, "dev", "payslip")
    ps2 = Style(
        "loon3",
        "Payroll Partners Venlo",
        ("Salary slip / loonspecificatie",),
        font="sans",
        accent=(90, 90, 90),
        fields_as_table=True,
    )
    write_pdf(
        ho / "salary_slip_2024_11.pdf",
        [
            Title("Salary slip – loonspecificatie November 2024"),
            Fields(
                [
                    ("Employee", c3.emp),
                    ("BSN", c3.bsn),
                    ("Department", "Warehouse"),
                    ("Sickness since", fmt_date(c3.d0, "iso")),
                ]
            ),
            Table(
                ["Component", "Gross", "Net"],
                [
                    ["Base salary", "€ 2.950,00", ""],
                    ["Sick pay 70% (2nd year)", "€ -885,00", ""],
                    ["Wage tax", "€ -402,10", ""],
                    ["Net pay", "", "€ 1.662,90"],
                ],
            ),
        ],
        ps2,
    )
    label(ho / "salary_slip_2024_11.pdf", None, None, "holdout", "payslip, English")
    # CV
    write_docx(
        dev / "CV Anouk Verhoeven.docx",
        [
            Title("Curriculum Vitae"),
            Fields(
                [
                    ("Naam", c0.emp_full),
                    ("Geboortedatum", fmt_date(c0.birth, "long")),
                    ("Woonplaats", "Amersfoort"),
                ]
            ),
            Heading("Werkervaring"),
            Bullets(["2012 – heden: objectleider schoonmaak, Glansrijk", "2004 – 2012: huishoudelijke hulp"]),
            Heading("Opleidingen en cursussen"),
            Bullets(["VMBO-kader", "Vakdiploma schoonmaak (SVS)", "BHV"]),
        ],
        Style("cv0", "", (), letterhead="none", font="serif"),
    )
    label(dev / "CV Anouk Verhoeven.docx", None, None, "dev", "CV made for the 2nd track")
    write_pdf(
        ho / "Resume_D_Oudshoorn.pdf",
        [
            Title("Dennis Oudshoorn", "Resume"),
            Heading("Experience"),
            Bullets(["2018–present: warehouse operator, Nordwall Logistics", "2009–2018: forklift driver"]),
            Heading("Education"),
            Bullets(["MBO Logistiek niveau 2", "Heftruckcertificaat"]),
            Heading("Skills"),
            Para("Reach truck, WMS, Dutch/English/German."),
        ],
        Style("cv3", "", (), letterhead="none"),
    )
    label(ho / "Resume_D_Oudshoorn.pdf", None, None, "holdout", "CV, English")
    # arbeidsovereenkomst
    write_pdf(
        dev / "Arbeidsovereenkomst El Idrissi 2005.pdf",
        [
            Title("Arbeidsovereenkomst voor onbepaalde tijd"),
            Para(
                f"De ondergetekenden: {c1.werkgever}, en {c1.emp}, verklaren een arbeidsovereenkomst te zijn aangegaan."
            ),
            Fields(
                [
                    ("Functie", c1.functie),
                    ("Datum in dienst", fmt_date(c1.in_dienst, "long")),
                    ("Proeftijd", "2 maanden"),
                    ("Opzegtermijn", "1 maand"),
                    ("Arbeidsduur", "40 uur per week"),
                ]
            ),
            Para(
                "Bij ziekte geldt de verzuimregeling van de werkgever. Loondoorbetaling bij ziekte conform cao Beroepsgoederenvervoer."
            ),
            Signatures(
                [
                    Sig("Werkgever", "P. Hoekstra sr.", "directeur", fmt_date(dt.date(2005, 3, 1), "dash")),
                    Sig("Werknemer", c1.emp, "", fmt_date(dt.date(2005, 3, 1), "dash")),
                ]
            ),
        ],
        S["wg1"],
    )
    label(
        dev / "Arbeidsovereenkomst El Idrissi 2005.pdf",
        None,
        None,
        "dev",
        "employment contract, two signatures",
    )
    # verlofaanvraag
    write_docx(
        dev / "verlofaanvraag.docx",
        [
            Title("Verlofaanvraag"),
            Fields(
                [
                    ("Naam", c2.emp),
                    ("Afdeling", "De Hazelaar"),
                    ("Van", "22-07-2024"),
                    ("Tot en met", "02-08-2024"),
                    ("Soort verlof", "vakantie (tijdens ziekte, in overleg met bedrijfsarts)"),
                ]
            ),
            Signatures(
                [
                    Sig("Aanvrager", c2.emp, "", "12-06-2024"),
                    Sig("Akkoord leidinggevende", c2.leidinggevende.name, "teamleider", "13-06-2024"),
                ]
            ),
        ],
        replace(S["wg2"], docx_form=True),
    )
    label(dev / "verlofaanvraag.docx", None, None, "dev", "leave request form in tables")
    # invoice from the arbodienst
    write_pdf(
        dev / "Factuur 2024-0412.pdf",
        [
            Title("Factuur"),
            Fields(
                [
                    ("Factuurnummer", "2024-0412"),
                    ("Factuurdatum", "30 april 2024"),
                    ("Klant", c0.werkgever),
                    ("Betreft", f"verzuimbegeleiding {c0.emp}, verzuimnummer {c0.verzuimnr}"),
                ]
            ),
            Table(
                ["Dienst", "Datum", "Bedrag"],
                [
                    ["Spreekuur bedrijfsarts", "12-03-2024", "€ 165,00"],
                    ["Probleemanalyse", "10-07-2023", "€ 210,00"],
                    ["Actueel oordeel (reservering)", "—", "€ 0,00"],
                    ["Bijstelling probleemanalyse", "03-01-2024", "€ 210,00"],
                    ["BTW 21%", "", "€ 122,85"],
                    ["Te betalen", "", "€ 707,85"],
                ],
            ),
            Para("Gelieve te betalen binnen 30 dagen onder vermelding van het factuurnummer."),
        ],
        S["arbo0"],
    )
    label(dev / "Factuur 2024-0412.pdf", None, None, "dev", "arbodienst invoice listing PA/AO as services")
    write_pdf(
        ho / "Invoice OCC-2025-118.pdf",
        [
            Title("Invoice"),
            Fields([("Invoice no.", "OCC-2025-118"), ("Date", "2025-07-31"), ("Client", c3.werkgever)]),
            Table(
                ["Service", "Amount"],
                [
                    ["Current assessment (actueel oordeel) – D. Oudshoorn", "€ 245,00"],
                    ["Capacity profile (IZP)", "€ 95,00"],
                    ["VAT 21%", "€ 71,40"],
                    ["Total due", "€ 411,40"],
                ],
            ),
        ],
        S["arbo3"],
    )
    label(ho / "Invoice OCC-2025-118.pdf", None, None, "holdout", "arbodienst invoice, English")
    # brochure / leaflet naming every document
    all_docs = [
        "probleemanalyse",
        "plan van aanpak",
        "bijstelling plan van aanpak",
        "eerstejaarsevaluatie",
        "actueel oordeel",
        "eindevaluatie",
        "oordeel van de werknemer",
        "medische informatie",
        "arbeidsdeskundig rapport",
        "trajectplan en eindrapportage tweede spoor",
        "42e-weeksmelding",
        "deskundigenoordeel",
    ]
    write_pdf(
        dev / "Wat moet er in het re-integratieverslag.pdf",
        [
            Title("Wat moet er in het re-integratieverslag?", "Informatieblad voor werkgevers"),
            Para(
                "Vraagt uw werknemer na bijna twee jaar ziekte een WIA-uitkering aan? Dan moet u een re-integratieverslag "
                "(RIV) opstellen. In deze brochure leest u welke documenten erin moeten."
            ),
            Heading("Checklist"),
            Bullets(all_docs),
            Para(
                "Let op: de medische informatie stuurt u niet zelf mee. De eindevaluatie bespreekt u samen met uw werknemer. "
                "Lees meer op onze website."
            ),
        ],
        Style(
            "brochure",
            "Verzuimkennis Nederland",
            ("brochure · editie 2024",),
            font="sans",
            accent=(230, 120, 0),
            letterhead="band",
        ),
    )
    label(
        dev / "Wat moet er in het re-integratieverslag.pdf",
        None,
        None,
        "dev",
        "leaflet naming every document type",
    )
    # empty checklist template (docx form)
    write_docx(
        dev / "Checklist RIV (leeg).docx",
        [
            Title("Checklist re-integratieverslag"),
            Table(
                ["Document", "Datum", "Aanwezig (ja/nee)", "Opmerking"],
                [[d.capitalize(), "", "", ""] for d in all_docs],
            ),
            Para("Invulinstructie: vul per document de datum van ondertekening in."),
        ],
        S["arbo0"],
    )
    label(dev / "Checklist RIV (leeg).docx", None, None, "dev", "empty checklist template")
    write_docx(
        ho / "Template_RIV_overview.docx",
        [
            Title("RIV overview (template)"),
            Fields([("Employee", "…"), ("BSN", "…"), ("First day of absence", "…")]),
            Table(
                ["Element", "Date", "Signed"],
                [
                    ["Problem analysis", "", ""],
                    ["Plan of action", "", ""],
                    ["First-year evaluation", "", ""],
                    ["Current assessment", "", ""],
                    ["Final evaluation", "", ""],
                    ["Employee statement", "", ""],
                ],
            ),
        ],
        S["wg3"],
    )
    label(ho / "Template_RIV_overview.docx", None, None, "holdout", "empty template, title in header, English")
    # newsletter
    write_pdf(
        dev / "Nieuwsbrief verzuim Q2.pdf",
        [
            Title("Nieuwsbrief Verzuim & Vitaliteit", "tweede kwartaal"),
            Heading("Nieuw: online plan van aanpak"),
            Para("Vanaf deze maand kunt u het plan van aanpak online invullen in ons portaal."),
            Heading("Tip: plan de eerstejaarsevaluatie op tijd"),
            Para("Plan de eerstejaarsevaluatie in week 46–52 en leg de visie van beide partijen vast."),
            Heading("Agenda"),
            Para("Webinar ‘Het actueel oordeel en de eindevaluatie’ op 14 mei."),
        ],
        S["arbo1"],
    )
    label(dev / "Nieuwsbrief verzuim Q2.pdf", None, None, "dev", "newsletter mentioning several types")
    # bureau's offer for a 2nd-track route (holdout)
    write_pdf(
        ho / "Offerte 2e spoor TalentBridge.pdf",
        [
            Title("Offerte re-integratietraject 2e spoor"),
            Fields([("Offertenummer", "TB-2024-778"), ("Datum", "2024-10-01"), ("Aan", c3.werkgever)]),
            Para(
                "Wij bieden u een traject van 9 maanden aan met intake, trajectplan, maandelijkse voortgangsrapportage en een "
                "eindrapportage voor het re-integratieverslag."
            ),
            Table(
                ["Onderdeel", "Prijs"],
                [
                    ["Intake en trajectplan", "€ 650"],
                    ["Begeleiding (per maand)", "€ 395"],
                    ["Eindrapportage", "€ 250"],
                ],
            ),
            Para("Deze offerte is 30 dagen geldig."),
        ],
        S["bu3"],
    )
    label(
        ho / "Offerte 2e spoor TalentBridge.pdf",
        None,
        None,
        "holdout",
        "quotation naming trajectplan/voortgang/eindrapportage",
    )
    # notes in plain text (no RIV document)
    write_txt(
        dev / "notities telefoon.txt",
        [
            Para(
                f"Bellen met {c0.bedrijfsarts.name} over PvA en EJE — wanneer? Volgende week di. "
                "Vragen of de eindevaluatie al getekend is. Loonstrook maart nasturen."
            )
        ],
    )
    label(dev / "notities telefoon.txt", None, None, "dev", "phone notes mentioning types")
    # holdout: kinderopvang internal form (absence registration) — no RIV element
    write_docx(
        ho / "Verzuimregistratie 2024.docx",
        [
            Title("Verzuimregistratie medewerker"),
            Table(
                ["Datum", "Gebeurtenis"],
                [
                    [fmt_date(c4.d0, "dot"), "ziekmelding"],
                    [fmt_date(wk(c4.d0, 2), "dot"), "bezoek arbodienst gepland"],
                    [fmt_date(wk(c4.d0, 6), "dot"), "gesprek leidinggevende"],
                ],
            ),
        ],
        S["wg4"],
    )
    label(
        ho / "Verzuimregistratie 2024.docx",
        None,
        None,
        "holdout",
        "absence log (art. 3 notes), not an RIV element",
    )


# ---------------------------------------------------------------------------------------------
# e-mails
# ---------------------------------------------------------------------------------------------


def gen_mails(cases: list[Case]) -> None:
    c0, c1, c2, c3, c4 = cases
    att = {k: v for k, v in pending_mails.items()}

    def atts(key: str) -> list[Attachment]:
        return [
            Attachment(
                n,
                b,
                "application/pdf"
                if n.endswith(".pdf")
                else "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
            for n, _, _, b in att[key]
        ]

    def label_atts(mailrel: str, key: str, split: str, prefix: str = "") -> None:
        for n, t, d, _ in att[key]:
            label(f"{mailrel}::{prefix}{n}", t, dt.date.fromisoformat(d), split, "e-mail attachment")

    # 1. the employee's oordeel in the mail body, with the signed EV attached
    d = dt.date(2025, 3, 5)
    p = FILES / "dev" / c0.key / "2025-03-05 mail.eml"
    body = (
        "Beste Marieke,\n\nHierbij stuur ik de getekende eindevaluatie terug.\n\nMijn oordeel over het re-integratieverslag: "
        "ik ben het eens met wat er in staat, alleen vind ik dat het tweede spoor te laat is begonnen. Verder ben ik "
        "tevreden over de begeleiding door Glansrijk en de bedrijfsarts.\n\nMet vriendelijke groet,\nAnouk Verhoeven\n"
        f"BSN {c0.bsn}"
    )
    write_eml(
        p,
        {
            "From": "Anouk Verhoeven <a.verhoeven@mailbox.example>",
            "To": "M. Sprengers <m.sprengers@glansrijk.example>",
            "Subject": "eindevaluatie + mijn reactie",
            "Date": mail_date(d, 21, 40),
            "Message-ID": "<c0-ow@mailbox.example>",
        },
        body,
        atts("ow_mail"),
    )
    label(p, "oordeel_werknemer", d, "dev", "employee's view in the mail body")
    label_atts(p.relative_to(FILES).as_posix(), "ow_mail", "dev")
    # 2. arbodienst sends the PA
    d = wk(c1.d0, 4, 4)
    p = FILES / "dev" / c1.key / "RE_ probleemanalyse.eml"
    write_eml(
        p,
        {
            "From": "Secretariaat BGO <secretariaat@oostervaart-bg.example>",
            "To": "s.degraaf@hoekstra-transport.example",
            "Subject": "RE: probleemanalyse K. El Idrissi",
            "Date": mail_date(d, 9, 3),
            "Message-ID": "<c1-pa@oostervaart-bg.example>",
        },
        "Geachte mevrouw De Graaf,\n\nIn de bijlage vindt u de probleemanalyse van de bedrijfsarts. Wij verzoeken u binnen "
        "twee weken samen met uw medewerker een plan van aanpak op te stellen.\n\nMet vriendelijke groet,\nSecretariaat",
        atts("arbo_pa"),
    )
    label(p, None, None, "dev", "cover mail from the arbodienst")
    label_atts(p.relative_to(FILES).as_posix(), "arbo_pa", "dev")
    # 3. forwarded mail with nested message/rfc822 containing the eindrapportage
    d = wk(c2.d0, 89, 1)
    inner = build_message(
        {
            "From": "N. Oude Luttikhuis <n.oudeluttikhuis@werkroute-oost.example>",
            "To": "h.kamphuis@eikenrode.example",
            "Subject": "Eindrapportage traject L. Brinkman",
            "Date": mail_date(d, 11, 20),
            "Message-ID": "<c2-inner@werkroute-oost.example>",
        },
        "Beste Henk,\n\nBijgaand de eindrapportage van het traject.\n\nGroet, Nienke",
        atts("fwd"),
    )
    p = FILES / "dev" / c2.key / "FW_ eindrapportage.eml"
    write_eml(
        p,
        {
            "From": "H. Kamphuis <h.kamphuis@eikenrode.example>",
            "To": "p-o@eikenrode.example",
            "Subject": "FW: Eindrapportage traject L. Brinkman",
            "Date": mail_date(d + dt.timedelta(days=1), 8, 5),
            "Message-ID": "<c2-fwd@eikenrode.example>",
        },
        "Ter info en voor het dossier.\n\nHenk",
        [Attachment("origineel bericht.eml", inner, "message/rfc822")],
    )
    rel = p.relative_to(FILES).as_posix()
    label(p, None, None, "dev", "forwarding mail")
    label(f"{rel}::origineel bericht.eml", None, None, "dev", "nested message/rfc822")
    label_atts(rel, "fwd", "dev", prefix="origineel bericht.eml::")
    # 4. chatter
    d = wk(c0.d0, 9, 2)
    p = FILES / "dev" / c0.key / "Re kun je de PvA nog even sturen.eml"
    write_eml(
        p,
        {
            "From": "R. Dijkhuis <r.dijkhuis@glansrijk.example>",
            "To": "m.sprengers@glansrijk.example",
            "Subject": "Re: kun je de PvA nog even sturen?",
            "Date": mail_date(d, 16, 44),
            "Message-ID": "<c0-chat@glansrijk.example>",
        },
        "Hoi Marieke,\n\nKun je de PvA van Anouk nog even sturen? En staat de eerste evaluatie al gepland? Ik zie in de "
        "agenda niks.\n\nThx, Ruud",
    )
    label(p, None, None, "dev", "chatter mentioning PvA and evaluatie")
    d = wk(c1.d0, 49, 0)
    p = FILES / "dev" / c1.key / "Uitnodiging eerstejaarsevaluatie.eml"
    write_eml(
        p,
        {
            "From": "S. de Graaf-Yntema <s.degraaf@hoekstra-transport.example>",
            "To": "k.elidrissi@mailbox.example",
            "Subject": "Uitnodiging: eerstejaarsevaluatie",
            "Date": mail_date(d, 10, 0),
            "Message-ID": "<c1-invite@hoekstra.example>",
        },
        "Beste Karim,\n\nHierbij nodig ik je uit voor de eerstejaarsevaluatie op donderdag "
        f"{fmt_date(wk(c1.d0, 49, 3), 'long')} om 10:00 uur op kantoor. Agenda-item: terugblik, doel tweede ziektejaar, spoor 2.\n\n"
        "Groet, Sietske",
    )
    label(p, None, None, "dev", "meeting invite for the EJE")
    # holdout mails
    d = wk(c3.d0, 61, 2)
    inner = build_message(
        {
            "From": "Y. Bos <y.bos@talentbridge.example>",
            "To": "c.jansen@nordwall.example",
            "Subject": "Progress report track 2 – D. Oudshoorn",
            "Date": mail_date(d, 14, 2),
            "Message-ID": "<c3-inner@talentbridge.example>",
        },
        "Hi Caroline,\n\nPlease find attached the progress report.\n\nBest, Yara",
        atts("ho_fwd"),
    )
    p = FILES / "holdout" / c3.key / "Fwd Progress report track 2.eml"
    write_eml(
        p,
        {
            "From": "C. Jansen-Peeters <c.jansen@nordwall.example>",
            "To": "hr-archive@nordwall.example",
            "Subject": "Fwd: Progress report track 2 – D. Oudshoorn",
            "Date": mail_date(d, 15, 0),
            "Message-ID": "<c3-fwd@nordwall.example>",
        },
        "FYI – for the file.",
        [Attachment("Progress report track 2.eml", inner, "message/rfc822")],
    )
    rel = p.relative_to(FILES).as_posix()
    label(p, None, None, "holdout", "forwarding mail, English")
    label(f"{rel}::Progress report track 2.eml", None, None, "holdout", "nested message/rfc822")
    label_atts(rel, "ho_fwd", "holdout", prefix="Progress report track 2.eml::")
    d = wk(c4.d0, 88, 4)
    p = FILES / "holdout" / c4.key / "Bericht van bedrijfsarts.eml"
    write_eml(
        p,
        {
            "From": "Praktijk Ketelbrug <info@ketelbrug-ba.example>",
            "To": "g.wiersma@kikkerpoel.example",
            "Subject": "Stukken",
            "Date": mail_date(d, 17, 30),
            "Message-ID": "<c4-ao@ketelbrug-ba.example>",
        },
        "Goedemiddag,\n\nZie bijlage. Graag bespreken met medewerker voor de eindevaluatie.\n\nAJ Tuinstra",
        atts("ho_ao"),
    )
    label(p, None, None, "holdout", "terse cover mail")
    label_atts(p.relative_to(FILES).as_posix(), "ho_ao", "holdout")
    d = wk(c3.d0, 90, 0)
    p = FILES / "holdout" / c3.key / "quick question.eml"
    write_eml(
        p,
        {
            "From": "M. Verhaegh <m.verhaegh@nordwall.example>",
            "To": "c.jansen@nordwall.example",
            "Subject": "quick question re Dennis",
            "Date": mail_date(d, 7, 55),
            "Message-ID": "<c3-chat@nordwall.example>",
        },
        "Hi Caroline, do we still need the final evaluation signed before the WIA thing? And is the AO from OccuCare in yet? "
        "Cheers, Maurice",
    )
    label(p, None, None, "holdout", "chatter, English")
    d = wk(c4.d0, 30, 1)
    p = FILES / "holdout" / "overig" / "Nieuwsbrief Ketelbrug.eml"
    write_eml(
        p,
        {
            "From": "Nieuwsbrief <nieuws@ketelbrug-ba.example>",
            "To": "g.wiersma@kikkerpoel.example",
            "Subject": "Nieuwsbrief: zo maakt u een goed plan van aanpak",
            "Date": mail_date(d, 6, 0),
            "Message-ID": "<nb-30@ketelbrug-ba.example>",
        },
        "In deze nieuwsbrief: het plan van aanpak, de eerstejaarsevaluatie en het actueel oordeel. Wat moet erin en "
        "wanneer? Lees meer op onze website. Afmelden? Klik hier.",
    )
    label(p, None, None, "holdout", "newsletter e-mail")


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    cases = make_cases()
    gen_typed(cases)
    gen_extras(cases)
    gen_distractors(cases)
    gen_mails(cases)
    shutil.rmtree(HERE / "_tmp", ignore_errors=True)
    rows.sort(key=lambda r: r["path"])
    with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} rows written")


if __name__ == "__main__":
    main()
