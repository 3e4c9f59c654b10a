"""Generate tests/corpus13: the untouched holdout of session 9.

Run:  .venv/bin/python tests/corpus13/make_corpus13.py
Deletes and rewrites tests/corpus13/files/ and tests/corpus13/labels.csv.

Producers (none of them used by corpora 11 and 12): wkhtmltopdf (Qt WebKit) with its own header/footer and
table of contents; librsvg/cairo (rsvg-convert) on hand-written SVG pages joined by qpdf; LibreOffice Writer on
hand-written *flat* ODT (.fodt) exported to DOCX, binary DOC, RTF and PDF (tracked changes, comments, text boxes,
merged cells, header-only titles, a pre-filled table of contents); LibreOffice Calc on flat ODS (.fods) exported
to PDF (spreadsheet forms); AcroForm text fields added with pikepdf and filled by pypdf; scans rendered by MuPDF
(mutool draw) and degraded with Pillow, saved by Pillow's PDF writer or by tesseract as a searchable PDF; JPEG
phone photos; e-mails in Lotus Notes, Outlook (HTML only), Gmail reply chain and Roundcube shapes.

Needs (Debian): libreoffice, wkhtmltopdf, librsvg2-bin, mupdf-tools, qpdf, tesseract-ocr (+nld), fonts-dejavu,
fonts-urw-base35. Python: Pillow, pikepdf, pypdf (all in the project's .venv).

Everything is invented. Deterministic: fixed seeds, fixed dates, no clock reads (see README.md).
"""

# ruff: noqa: E501  (long Dutch sentences and house-style strings are data)

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import os
import random
import re
import shutil
import subprocess
import tempfile
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
LABELS = HERE / "labels.csv"

FONT_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
FONT_STAMP = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf"

ENV = dict(
    os.environ,
    TZ="UTC",
    SOURCE_DATE_EPOCH="1735732800",
    QT_QPA_PLATFORM="offscreen",
    XDG_RUNTIME_DIR="/tmp",
    LC_ALL="C.UTF-8",
    OMP_THREAD_LIMIT="1",
    QT_HASH_SEED="0",
)

MONTHS = [
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
MONTHS_EN = [
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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


# ----------------------------------------------------------------------------------------------- helpers


def elfproef(bsn: str) -> bool:
    """The BSN eleven-test: 9 digits, d1*9 + d2*8 + ... + d8*2 - d9 divisible by 11, not all zeros."""
    if len(bsn) != 9 or not bsn.isdigit() or bsn == "000000000":
        return False
    return sum(int(d) * w for d, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=False)) % 11 == 0


def make_bsn(seed: int) -> str:
    rng = random.Random(seed)
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            return s


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def nl(d: dt.date) -> str:  # 14 maart 2024
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def nlday(d: dt.date) -> str:  # dinsdag 14 maart 2024
    return f"{DAYS[d.weekday()]} {nl(d)}"


def num(d: dt.date, sep: str = "-") -> str:  # 14-03-2024
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def en(d: dt.date) -> str:  # 14 March 2024
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def week(d0: dt.date, d: dt.date) -> int:
    return (d - d0).days // 7 + 1


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    r = subprocess.run(cmd, env=ENV, capture_output=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr.decode(errors='replace')[-2000:]}")
    return r


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def pdf_date(d: dt.date, h: int = 10, m: int = 0) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}{h:02d}{m:02d}00"


def fix_pdf_bytes(data: bytes, d: dt.date, key: str) -> bytes:
    """Overwrite creation/modification dates and /ID in place with same-length values derived from the
    document date and the file name, so a rerun gives the same bytes (the offsets stay valid)."""
    stamp = pdf_date(d, 9, 30).encode()

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\((?:D:)?)\d{14}", lambda m: m.group(1) + stamp, data)
    # dates inside XMP packets: 2024-03-14T09:30:00
    iso = f"{d.isoformat()}T09:30:00".encode()
    data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", lambda m: iso, data)
    digest = hashlib.sha256(key.encode()).hexdigest().upper().encode()

    def _id(m: re.Match) -> bytes:
        a, b = m.group(1), m.group(2)
        da = (digest * 4)[: len(a)]
        db = (digest[::-1] * 4)[: len(b)]
        return m.group(0).replace(a, da, 1).replace(b, db, 1) if a != b else m.group(0).replace(a, da)

    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", _id, data)
    # LibreOffice's /DocChecksum
    data = re.sub(rb"/DocChecksum\s*/([0-9A-F]{32})", lambda m: m.group(0).replace(m.group(1), digest[:32]), data)
    # uuids in XMP (LibreOffice / wkhtmltopdf)
    data = re.sub(
        rb"uuid:[0-9a-f\-]{36}",
        lambda m: (
            b"uuid:"
            + hashlib.md5(key.encode()).hexdigest().encode()[:8]
            + b"-0000-4000-8000-"
            + hashlib.md5(key.encode()).hexdigest().encode()[:12]
        ),
        data,
    )
    return data


def fix_pdf(path: Path, d: dt.date) -> None:
    path.write_bytes(fix_pdf_bytes(path.read_bytes(), d, path.name))


ZIP_TIME = (2025, 1, 1, 12, 0, 0)


def fix_zip(path: Path, d: dt.date, author: str) -> None:
    """Rewrite an OOXML zip: fixed member times, core properties with the document date."""
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    iso = f"{d.isoformat()}T09:30:00Z"
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                t = data.decode()
                t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{iso}\2", t)
                t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{iso}\2", t)
                t = re.sub(r"<cp:revision>[^<]*</cp:revision>", "<cp:revision>3</cp:revision>", t)
                data = t.encode()
            elif info.filename == "docProps/app.xml":
                t = data.decode()
                t = re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>14</TotalTime>", t)
                data = t.encode()
            zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED if info.compress_type else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def fix_rtf(path: Path, d: dt.date) -> None:
    t = path.read_bytes()
    rep = f"\\yr{d.year}\\mo{d.month}\\dy{d.day}\\hr9\\min30".encode()
    t = re.sub(rb"\\yr\d+\\mo\d+\\dy\d+\\hr\d+\\min\d+", lambda m: rep, t)
    path.write_bytes(t)


def fix_doc(path: Path, d: dt.date) -> None:
    """Binary .doc: LibreOffice writes the save time into the OLE SummaryInformation stream (FILETIME);
    overwrite every FILETIME property in place with the document date."""
    import struct

    import olefile

    ft = int((dt.datetime(d.year, d.month, d.day, 9, 30) - dt.datetime(1601, 1, 1)).total_seconds() * 10_000_000)
    ole = olefile.OleFileIO(str(path), write_mode=True)
    for name in ("\x05SummaryInformation", "\x05DocumentSummaryInformation"):
        if not ole.exists(name):
            continue
        data = bytearray(ole.openstream(name).read())
        # property set: header 28 bytes, then (FMTID, offset) pairs; walk every section's property list
        nsec = struct.unpack_from("<I", data, 24)[0]
        for s in range(nsec):
            off = struct.unpack_from("<I", data, 28 + 20 * s + 16)[0]
            nprop = struct.unpack_from("<I", data, off + 4)[0]
            for p in range(nprop):
                pid, poff = struct.unpack_from("<II", data, off + 8 + 8 * p)
                vt = struct.unpack_from("<I", data, off + poff)[0]
                if vt == 64:  # VT_FILETIME
                    if pid == 10:  # total editing time
                        struct.pack_into("<Q", data, off + poff + 4, 14 * 60 * 10_000_000)
                    else:
                        struct.pack_into("<Q", data, off + poff + 4, ft)
        ole.write_stream(name, bytes(data))
    ole.close()


# ----------------------------------------------------------------------------------------------- cases


@dataclass
class Case:
    key: str
    folder: str
    emp: str  # full name
    emp_short: str
    sex: str  # "v" / "m"
    born: dt.date
    bsn_seed: int
    address: str
    employer: str
    employer_addr: str
    lhn: str  # loonheffingennummer
    aard: str
    job: str
    hours: int
    d0: dt.date
    ba: str  # bedrijfsarts
    big: str
    arbo: str
    cm: str  # casemanager
    cm_role: str
    boss: str
    boss_role: str
    mail_domain: str
    ad: str = ""
    ad_org: str = ""
    bureau: str = ""
    coach: str = ""
    ba2: str = ""
    big2: str = ""
    arbo2: str = ""
    bsn: str = ""

    def __post_init__(self) -> None:
        self.bsn = make_bsn(self.bsn_seed)
        assert elfproef(self.bsn), self.bsn

    @property
    def bsn_dots(self) -> str:
        return f"{self.bsn[:4]}.{self.bsn[4:6]}.{self.bsn[6:]}"

    @property
    def bsn_spaced(self) -> str:
        return f"{self.bsn[:3]} {self.bsn[3:6]} {self.bsn[6:]}"

    @property
    def hij(self) -> str:
        return "zij" if self.sex == "v" else "hij"

    @property
    def Hij(self) -> str:
        return self.hij.capitalize()

    @property
    def haar(self) -> str:
        return "haar" if self.sex == "v" else "zijn"

    @property
    def hem(self) -> str:
        return "haar" if self.sex == "v" else "hem"

    @property
    def Mevr(self) -> str:
        return self.mevr[0].upper() + self.mevr[1:]

    @property
    def mevr(self) -> str:
        return ("mevrouw " if self.sex == "v" else "de heer ") + self.emp_short


A = Case(
    "A",
    "HRM 2024-0173 Tiekstra",
    "Marloes Tiekstra-de Wolff",
    "Tiekstra",
    "v",
    D("1979-04-23"),
    1301,
    "Brink van Hoogland 17, 3829 KE Hooglanderveen",
    "Stichting Ziekenhuis Amerberg",
    "Kalverveld 40, 3931 XK Woudenberg",
    "8123.45.678.L01",
    "algemeen ziekenhuis met 1.150 medewerkers; 24-uurs zorg in ploegendiensten",
    "Verpleegkundige Intensive Care",
    32,
    D("2024-02-12"),
    "drs. R.J. Vermaasen",
    "49012345601",
    "VitaalNet Arbodiensten B.V.",
    "Ilse Bongaerts",
    "casemanager verzuim HRM",
    "Jeroen Staal",
    "teamleider IC",
    "amerberg-zkh.example",
    ad="mr. drs. F.A. Huisinga",
    ad_org="Kantelpunt Arbeidsdeskundig Advies",
)
B = Case(
    "B",
    "Oosterloo DJ - verzuim",
    "Dirk-Jan Oosterloo",
    "Oosterloo",
    "m",
    D("1971-09-02"),
    2302,
    "Veldkampsweg 8, 7491 PL Delden",
    "Bouwbedrijf Gebr. Luttikhuis B.V.",
    "Industrieweg 112, 7475 AT Markelo",
    "8034.11.902.L01",
    "aannemer woning- en utiliteitsbouw, 38 medewerkers, eigen timmerwerkplaats",
    "Timmerman allround",
    40,
    D("2023-11-06"),
    "A.M. Kortekaas-Brinkman",
    "29045678901",
    "Bedrijfsartsenpraktijk De Zuidwal",
    "Ton Hazeleger",
    "casemanager (Hazeleger Verzuimbegeleiding)",
    "Gerrit Luttikhuis",
    "directeur",
    "luttikhuis-bouw.example",
    ad="J.W. Scholte-Reinders",
    ad_org="Bureau Werkvermogen Oost",
    bureau="Stap Verder Loopbaanbegeleiding",
    coach="Yvonne Pattinama",
)
C = Case(
    "C",
    "Bouzerda S (P-nr 20417)",
    "Samira Bouzerda",
    "Bouzerda",
    "v",
    D("1986-11-14"),
    3303,
    "Lindelaan 3-B, 7941 AC Meppel",
    "Gemeente Veenhoven",
    "Raadhuisplein 1, 7940 AA Veenhoven",
    "8201.77.314.L01",
    "gemeentelijke overheid, 420 medewerkers",
    "Beleidsadviseur sociaal domein",
    36,
    D("2024-06-03"),
    "M.C. Oude Wesselink",
    "69033445501",
    "ArboMens Overheid",
    "Pieter-Bas Venhuizen",
    "P&O-adviseur / casemanager",
    "Hanneke Dros",
    "teammanager Samenleving",
    "veenhoven-gemeente.example",
)
DD = Case(
    "D",
    "Brouwers_K_case-2023-0911",
    "Kevin Brouwers",
    "Brouwers",
    "m",
    D("1990-01-30"),
    4404,
    "Tramsingel 55, 4814 AB Breda",
    "TempoRijn Uitzendgroep B.V.",
    "Westpoort 9, 4817 ZZ Breda",
    "8567.02.113.L01",
    "uitzendorganisatie (staffing), 9 vestigingen, 160 medewerkers in vaste dienst",
    "Intercedent / recruitment consultant",
    38,
    D("2023-09-18"),
    "K.L. Ambrosius",
    "19055667701",
    "Prevenzo Arbodienst",
    "Femke de Graauw",
    "Absence & Vitality specialist (casemanager)",
    "Ruben Kalkman",
    "branch manager",
    "temporijn.example",
    ad="S.E. van Dalfsen-Kok",
    ad_org="Arbeidsdeskundigen Collectief Zuid",
    bureau="Loopbaanhuis Mercator",
    coach="Bas Verhoogt",
)
E = Case(
    "E",
    "Verzuimregie - Groenhorst - Hofstede",
    "Wilma Hofstede-Janssen",
    "Hofstede",
    "v",
    D("1968-06-11"),
    5505,
    "Eikenlaan 21, 9403 CD Assen",
    "Tuincentrum Groenhorst B.V.",
    "Groenhorsterweg 2, 9405 PP Assen",
    "8312.90.456.L01",
    "tuincentrum met kwekerij en webshop, 64 medewerkers",
    "Afdelingscoördinator planten",
    32,
    D("2024-10-07"),
    "B.H. Terpstra",
    "39066778801",
    "Keystone Arbo B.V.",
    "Lotte Dijkhuis",
    "casemanager (Verzuimregie Noord)",
    "Arjen Groenhorst",
    "bedrijfsleider",
    "verzuimregie-noord.example",
    ad="drs. H. Bijlsma",
    ad_org="Bijlsma Arbeidsdeskundig Advies",
    bureau="Werkroute Drenthe",
    coach="Marco Spijkerman",
    ba2="E.J. Koopmans-Veld",
    big2="59077889901",
    arbo2="Corvee Arbo & Vitaliteit",
)
CASES = [A, B, C, DD, E]
assert len({c.bsn for c in CASES}) == 5


# ----------------------------------------------------------------------------------------------- content
# A document is a list of blocks: ("title", s) ("sub", s) ("kv", [(k, v)]) ("h", s) ("p", s) ("ul", [s])
# ("table", [[cells]]) ("sig", [(name, role, place_date)]) ("pb",) ("small", s)


def person_kv(c: Case, d0_label: str = "Eerste verzuimdag", born: bool = True) -> list[tuple[str, str]]:
    kv = [("Werknemer", c.emp)]
    if born:
        kv.append(("Geboortedatum", num(c.born)))
    kv += [
        ("BSN", c.bsn),
        ("Functie", f"{c.job} ({c.hours} uur per week)"),
        ("Werkgever", c.employer),
        (d0_label, num(c.d0)),
    ]
    return kv


def pa_blocks(c: Case, d: dt.date, consult: dt.date, *, title="Probleemanalyse", ba=None, big=None, arbo=None):
    ba, big, arbo = ba or c.ba, big or c.big, arbo or c.arbo
    return [
        ("title", title),
        ("sub", "Oordeel en advies van de bedrijfsarts bij dreigend langdurig verzuim (art. 2 Regeling procesgang)"),
        (
            "kv",
            [
                *person_kv(c),
                ("Datum spreekuur", num(consult)),
                ("Datum rapportage", num(d)),
                ("Bedrijfsarts", f"{ba}, BIG {big}"),
            ],
        ),
        ("h", "1. Aanleiding"),
        (
            "p",
            f"{c.Mevr} is op {nl(c.d0)} uitgevallen voor {c.haar} werk als {c.job.lower()}. Op {nl(consult)} "
            f"heb ik {c.hem} gezien op het spreekuur. Er is sprake "
            "van dreigend langdurig verzuim; daarom stel ik deze probleemanalyse op.",
        ),
        ("h", "2. Beperkingen en mogelijkheden"),
        (
            "p",
            f"Er zijn beperkingen in het persoonlijk en het fysiek functioneren. {c.Hij} is beperkt belastbaar "
            "voor langdurig staan, tillen boven 10 kg en werk onder hoge tijdsdruk. Wel benutbare mogelijkheden: "
            "lichte, afwisselende taken van 2 x 2 uur per dag, met herstelpauzes.",
        ),
        ("h", "3. Prognose"),
        (
            "p",
            "De verwachting is dat de belastbaarheid de komende drie maanden geleidelijk toeneemt. Volledige "
            "terugkeer in het eigen werk is op termijn mogelijk maar nog onzeker; ik schat de verzuimduur op "
            "meer dan drie maanden.",
        ),
        ("h", "4. Advies aan werkgever en werknemer"),
        (
            "ul",
            [
                "Stel binnen twee weken samen een plan van aanpak op, met spoor 1 (eigen werk, aangepast).",
                "Start met aangepaste werkzaamheden in opbouw, te beginnen met 2 x 2 uur.",
                "Evalueer iedere zes weken; volgend spreekuur over vier weken.",
            ],
        ),
        ("p", "Deze rapportage bevat geen medische gegevens. Werknemer heeft een afschrift ontvangen."),
        ("sig", [(ba, f"bedrijfsarts, {arbo}", f"{num(d)}")]),
    ]


def bpa_blocks(
    c: Case,
    d: dt.date,
    consult: dt.date,
    *,
    title="Bijstelling probleemanalyse",
    reason="",
    ba=None,
    big=None,
    arbo=None,
):
    ba, big, arbo = ba or c.ba, big or c.big, arbo or c.arbo
    return [
        ("title", title),
        (
            "kv",
            [
                *person_kv(c, born=False),
                ("Spreekuur", num(consult)),
                ("Datum advies", num(d)),
                ("Bedrijfsarts", f"{ba} (BIG {big})"),
            ],
        ),
        ("h", "Aanleiding voor de bijstelling"),
        (
            "p",
            reason
            or "Het herstel verloopt trager dan in de probleemanalyse was verwacht. De belastbaarheid "
            "is gewijzigd; daarom stel ik de probleemanalyse bij.",
        ),
        ("h", "Herziene belastbaarheid"),
        (
            "p",
            f"{c.Hij} kan nu 4 uur per dag werken, verdeeld over vijf dagen, in rustige omstandigheden. "
            "Beperkt voor piekbelasting, nachtdiensten en werk met hoge verantwoordelijkheid voor acute "
            "situaties. Geen beperkingen voor zitten en beeldschermwerk.",
        ),
        ("h", "Gewijzigde prognose en advies"),
        (
            "p",
            "Terugkeer in het eigen werk binnen het eerste ziektejaar is niet waarschijnlijk. Ik adviseer het "
            "plan van aanpak bij te stellen: zoek in spoor 1 naar passende arbeid binnen de organisatie en laat "
            "een arbeidsdeskundig onderzoek doen.",
        ),
        ("p", "Bijstelling van de probleemanalyse zonder medische gegevens; afschrift aan werknemer."),
        ("sig", [(ba, f"bedrijfsarts {arbo}", num(d))]),
    ]


def pva_blocks(c: Case, d: dt.date, pa: dt.date, *, title="Plan van aanpak", lang="nl"):
    if lang == "en":
        return [
            ("title", title),
            (
                "kv",
                [
                    ("Employee", c.emp),
                    ("Date of birth", num(c.born)),
                    ("BSN", c.bsn),
                    ("Job title", c.job),
                    ("First day of absence", en(c.d0)),
                    ("Problem analysis (occupational physician)", en(pa)),
                    ("Case manager", f"{c.cm}, {c.cm_role}"),
                ],
            ),
            ("h", "1. Goal (re-integratiedoel)"),
            ("p", "Return to own work (spoor 1) in adapted form, building up to the contract hours within six months."),
            ("h", "2. Agreed activities and time frames"),
            (
                "table",
                [
                    ["Activity", "Who", "By"],
                    ["Adapted tasks, 3 x 3 hours per week", "employee / manager", en(d + dt.timedelta(14))],
                    ["Weekly check-in with case manager", "case manager", "ongoing"],
                    ["Next consultation occupational physician", "Prevenzo", en(d + dt.timedelta(35))],
                ],
            ),
            ("h", "3. Evaluation moments"),
            ("p", "Every six weeks; the first-year evaluation around week 52."),
            ("h", "4. Views of employer and employee (visie)"),
            (
                "p",
                "Employer: supports gradual return in the own branch. Employee: agrees with the plan and wants "
                "to start with candidate screening work.",
            ),
            ("sig", [(c.emp, "employee", en(d)), (c.boss, c.boss_role, en(d)), (c.cm, "case manager", en(d))]),
        ]
    return [
        ("title", title),
        ("kv", [*person_kv(c), ("Datum probleemanalyse", num(pa)), ("Casemanager", f"{c.cm}, {c.cm_role}")]),
        ("h", "1. Re-integratiedoel"),
        ("p", "Terugkeer in het eigen werk (spoor 1), eerst in aangepaste vorm en met opbouw van uren."),
        ("h", "2. Afspraken en activiteiten"),
        (
            "table",
            [
                ["Activiteit", "Wie", "Termijn"],
                ["Aangepaste taken 2 x 2 uur per dag", "werknemer / leidinggevende", num(d + dt.timedelta(7))],
                ["Uitbreiding naar 4 uur per dag", "werknemer", num(d + dt.timedelta(42))],
                ["Spreekuur bedrijfsarts", "arbodienst", num(d + dt.timedelta(28))],
            ],
        ),
        ("h", "3. Evaluatiemomenten"),
        ("p", "Iedere zes weken een evaluatie met de casemanager; de eerstejaarsevaluatie rond week 52."),
        ("h", "4. Visie werkgever en visie werknemer"),
        (
            "p",
            "Werkgever: wil het eigen werk zo lang mogelijk openhouden. Werknemer: kan zich vinden in de "
            "afspraken en wil graag snel weer bij het team zijn.",
        ),
        ("sig", [(c.emp, "werknemer", num(d)), (c.boss, c.boss_role, num(d)), (c.cm, "casemanager", num(d))]),
    ]


def bpva_blocks(c: Case, d: dt.date, *, title="Bijstelling plan van aanpak", reason="", spoor2=True, lang="nl"):
    if lang == "en":
        return [
            ("title", title),
            (
                "kv",
                [
                    ("Employee", c.emp),
                    ("BSN", c.bsn),
                    ("First day of absence", en(c.d0)),
                    ("Original plan dated", en(c.d0 + dt.timedelta(46))),
                    ("Amendment date", en(d)),
                ],
            ),
            ("h", "Reason for the amendment"),
            (
                "p",
                reason
                or "The first-year review and the labour expert's report conclude that the own job is "
                "no longer feasible. A second-track route (spoor 2) is added.",
            ),
            ("h", "New goal and agreements"),
            (
                "ul",
                [
                    "Goal: suitable work with another employer (spoor 2), in parallel with spoor 1 tasks.",
                    f"Second-track provider: {c.bureau}; intake within four weeks.",
                    "Evaluation every six weeks, next on " + en(d + dt.timedelta(42)) + ".",
                ],
            ),
            ("sig", [(c.emp, "employee", en(d)), (c.cm, c.cm_role, en(d))]),
        ]
    return [
        ("title", title),
        (
            "kv",
            [
                *person_kv(c, born=False),
                ("Datum oorspronkelijk plan van aanpak", num(c.d0 + dt.timedelta(44))),
                ("Datum bijstelling", num(d)),
            ],
        ),
        ("h", "Reden van de bijstelling"),
        (
            "p",
            reason
            or "Uit de eerstejaarsevaluatie en het arbeidsdeskundig rapport blijkt dat terugkeer in het "
            "eigen werk niet haalbaar is.",
        ),
        ("h", "Gewijzigde afspraken"),
        (
            "ul",
            (
                [
                    "Nieuw re-integratiedoel: passende arbeid bij een andere werkgever (spoor 2), naast spoor 1.",
                    f"Inzet re-integratiebureau {c.bureau or 'nog te kiezen'}; intake binnen vier weken.",
                ]
                if spoor2
                else [
                    "Nieuw doel: aangepast eigen werk op 24 uur per week.",
                    "Taken zonder nachtdiensten; uitbreiding in overleg met de bedrijfsarts.",
                ]
            )
            + ["Evaluatie iedere zes weken; de casemanager blijft coördinator."],
        ),
        ("h", "Visie werkgever en werknemer"),
        ("p", "Beide partijen stemmen in met de gewijzigde afspraken."),
        ("sig", [(c.emp, "werknemer", num(d)), (c.boss, c.boss_role, num(d))]),
    ]


def eval_blocks(c: Case, d: dt.date, *, title="Verslag evaluatiegesprek", n=2, next_d=None, lang="nl"):
    next_d = next_d or d + dt.timedelta(42)
    return [
        ("title", title),
        (
            "kv",
            [
                ("Naam", c.emp),
                ("BSN", c.bsn),
                ("Datum gesprek", num(d)),
                ("Aanwezig", f"{c.emp}, {c.cm} ({c.cm_role})"),
                ("Week van verzuim", str(week(c.d0, d))),
            ],
        ),
        ("h", "Voortgang sinds het vorige gesprek"),
        (
            "p",
            f"{c.Hij} werkt nu {2 + n} uur per dag aan aangepaste taken. De afspraken uit het plan van aanpak "
            "zijn nagekomen. Het opbouwschema loopt iets achter op de planning.",
        ),
        ("h", "Afspraken"),
        (
            "ul",
            [
                "Opbouw met een uur per dag per twee weken, als de bedrijfsarts akkoord is.",
                f"Volgende evaluatie op {num(next_d)}.",
            ],
        ),
        ("sig", [(c.emp, "werknemer", ""), (c.cm, "casemanager", "")]),
    ]


def eje_blocks(c: Case, d: dt.date, *, title="Eerstejaarsevaluatie", ad: dt.date | None = None):
    return [
        ("title", title),
        ("kv", [*person_kv(c), ("Datum evaluatie", num(d)), ("Week van verzuim", str(week(c.d0, d)))]),
        ("h", "1. Terugblik op het eerste ziektejaar"),
        (
            "p",
            "In het eerste jaar is gewerkt aan terugkeer in het eigen werk. De opbouw stagneerde na de zomer; "
            "de bedrijfsarts stelde de probleemanalyse bij."
            + (
                f" Het arbeidsdeskundig onderzoek van {nl(ad)} concludeert dat het eigen werk niet meer passend is."
                if ad
                else ""
            ),
        ),
        ("h", "2. Beoogd re-integratieresultaat voor het tweede ziektejaar"),
        ("p", "Structureel passend werk, bij voorkeur binnen de organisatie; tegelijk start een tweede spoor."),
        ("h", "3. Hoe dat resultaat bereikt wordt"),
        (
            "ul",
            [
                "Spoor 1: passende taken onderzoeken bij andere afdelingen.",
                "Spoor 2: inzet re-integratiebureau binnen zes weken na deze evaluatie.",
                "Evaluatie iedere zes weken.",
            ],
        ),
        ("h", "4. Visie werkgever en werknemer"),
        ("p", "Werkgever en werknemer zijn het eens over de koers voor het tweede ziektejaar."),
        ("sig", [(c.emp, "werknemer", num(d)), (c.boss, c.boss_role, num(d)), (c.cm, "casemanager", num(d))]),
    ]


def ao_blocks(
    c: Case,
    d: dt.date,
    consult: dt.date,
    *,
    title="Actueel oordeel",
    ba=None,
    big=None,
    arbo=None,
    sub="Actueel oordeel van de bedrijfsarts bij de probleemanalyse, ten behoeve van de WIA-aanvraag",
):
    ba, big, arbo = ba or c.ba, big or c.big, arbo or c.arbo
    return [
        ("title", title),
        ("sub", sub),
        (
            "kv",
            [
                *person_kv(c),
                ("Laatste spreekuur", num(consult)),
                ("Datum oordeel", num(d)),
                ("Bedrijfsarts", f"{ba}, BIG-nummer {big}, {arbo}"),
            ],
        ),
        ("h", "Stand van zaken"),
        (
            "p",
            f"{c.Mevr} is sinds {nl(c.d0)} arbeidsongeschikt. Het verloop was wisselend; er is geen volledig "
            "herstel opgetreden. De belastbaarheid is sinds de laatste bijstelling stabiel.",
        ),
        ("h", "Actuele belastbaarheid"),
        (
            "p",
            "Beperkt voor zwaar fysiek werk, langdurig staan en onregelmatige diensten. Geschikt voor licht, "
            "overwegend zittend werk tot 24 uur per week.",
        ),
        ("h", "Arbeidsrelatie"),
        (
            "p",
            "De arbeidsrelatie is naar mijn oordeel goed; er zijn geen belemmeringen in de verhouding tussen "
            "werkgever en werknemer.",
        ),
        ("h", "Passende arbeid bij de werkgever"),
        (
            "p",
            "Passende arbeid bij de eigen werkgever is beperkt aanwezig; de huidige aangepaste taken zijn "
            "passend maar niet structureel in de formatie opgenomen.",
        ),
        ("p", "Dit actueel oordeel bevat geen medische gegevens."),
        ("sig", [(ba, f"bedrijfsarts, {arbo}", num(d))]),
    ]


MI_DEFAULT = (
    "Recidiverende lumbale hernia L4-L5 met radiculaire uitstraling links (ICD-10 M51.1); daarnaast "
    "aanpassingsstoornis met angstige stemming."
)


def mi_blocks(c: Case, d: dt.date, *, title="Medische informatie", ba=None, big=None, arbo=None, diag=MI_DEFAULT):
    ba, big, arbo = ba or c.ba, big or c.big, arbo or c.arbo
    return [
        ("title", title),
        ("sub", "MEDISCH GEHEIM - uitsluitend bestemd voor de verzekeringsarts van UWV"),
        ("kv", [*person_kv(c), ("Datum", num(d)), ("Opgesteld door", f"{ba}, bedrijfsarts, BIG {big}")]),
        ("h", "Diagnose"),
        ("p", diag),
        ("h", "Behandeling en behandelaars"),
        (
            "p",
            "Microdiscectomie door de neurochirurg, nabehandeling door fysiotherapeut; sinds de zomer "
            "behandeling bij een GZ-psycholoog (cognitieve gedragstherapie, 12 sessies). Medicatie: "
            "pregabaline 75 mg 2 dd, paracetamol zo nodig.",
        ),
        ("h", "Medisch verloop"),
        (
            "p",
            "Na de operatie aanvankelijk verbetering, daarna terugval met uitval van kracht in het linkerbeen. "
            "MRI toont littekenweefsel zonder nieuwe hernia. De prognose is matig.",
        ),
        ("sig", [(ba, f"bedrijfsarts {arbo}", num(d))]),
    ]


def ew_blocks(c: Case, d: dt.date, *, title="Oordeel van de werknemer over het re-integratieverslag", agree=True):
    return [
        ("title", title),
        ("kv", [("Naam", c.emp), ("BSN", c.bsn), ("Adres", c.address), ("Werkgever", c.employer)]),
        ("p", "Ik heb een afschrift van alle stukken van het re-integratieverslag ontvangen en gelezen."),
        (
            "p",
            (
                "Ik ben het eens met de inhoud van het re-integratieverslag. "
                if agree
                else "Ik ben het niet helemaal eens met het re-integratieverslag. "
            )
            + "Wel wil ik opmerken dat het tweede spoor pas laat is gestart en dat ik zelf al eerder om een "
            "arbeidsdeskundig onderzoek had gevraagd.",
        ),
        ("p", "Over de arbeidsrelatie: die is goed; ik voel me gesteund door mijn collega's."),
        ("sig", [(c.emp, "werknemer", num(d))]),
    ]


def ev_blocks(c: Case, d: dt.date, ao: dt.date, *, title="Eindevaluatie", lang="nl"):
    if lang == "en":
        return [
            ("title", title),
            (
                "kv",
                [
                    ("Employee", c.emp),
                    ("BSN", c.bsn),
                    ("Date of birth", en(c.born)),
                    ("First day of absence", en(c.d0)),
                    ("Current assessment (actueel oordeel)", en(ao)),
                    ("Date of this evaluation", en(d)),
                ],
            ),
            ("h", "Nature of the business (aard van het bedrijf)"),
            ("p", f"{c.employer}: {c.aard}."),
            ("h", "Looking back over two years"),
            (
                "p",
                "Spoor 1 gave temporary adapted work in the back office. A second track with "
                f"{c.bureau} ran from October 2024; it did not lead to a placement.",
            ),
            ("h", "Quality of the working relationship (arbeidsrelatie)"),
            ("p", "Good; no conflict."),
            ("h", "Suitable work with the employer (passende arbeid)"),
            ("p", "Not available structurally within the branch network at the current capacity."),
            ("p", "This evaluation is part of the reintegration report for the WIA application."),
            ("sig", [(c.emp, "employee", en(d)), (c.boss, c.boss_role, en(d))]),
        ]
    return [
        ("title", title),
        ("kv", [*person_kv(c), ("Datum actueel oordeel bedrijfsarts", num(ao)), ("Datum eindevaluatie", num(d))]),
        ("h", "1. Aard van het bedrijf"),
        ("p", f"{c.employer}: {c.aard}."),
        ("h", "2. Terugblik op twee jaar re-integratie"),
        (
            "p",
            "In het eerste jaar is gewerkt aan terugkeer in het eigen werk; na de eerstejaarsevaluatie is "
            "passend werk binnen de organisatie gezocht en is een tweede spoor gestart.",
        ),
        ("h", "3. Kwaliteit van de arbeidsrelatie"),
        ("p", "De arbeidsrelatie is goed."),
        ("h", "4. Passende arbeid bij de werkgever"),
        ("p", "Er is geen structureel passende arbeid beschikbaar die aansluit bij de actuele belastbaarheid."),
        ("h", "5. Conclusie"),
        ("p", "Het re-integratieresultaat is niet bevredigend; werknemer vraagt een WIA-uitkering aan."),
        ("sig", [(c.emp, "werknemer", num(d)), (c.boss, c.boss_role, num(d))]),
    ]


def izp_blocks(c: Case, d: dt.date, *, title="Inzetbaarheidsprofiel", ba=None, big=None):
    ba, big = ba or c.ba, big or c.big
    rows = [
        ["Rubriek", "Beoordeling", "Toelichting"],
        ["1. Persoonlijk functioneren", "beperkt", "geen hoog handelingstempo, geen deadlines"],
        ["2. Sociaal functioneren", "normaal", "-"],
        ["3. Aanpassing aan fysieke omgevingseisen", "normaal", "-"],
        ["4. Dynamische handelingen", "beperkt", "tillen max. 10 kg; niet frequent bukken"],
        ["5. Statische houdingen", "beperkt", "staan max. 30 min aaneen"],
        ["6. Werktijden", "beperkt", "4 uur per dag, geen nachtdiensten"],
    ]
    return [
        ("title", title),
        ("kv", [("Werknemer", c.emp), ("BSN", c.bsn), ("Datum", num(d)), ("Bedrijfsarts", f"{ba}, BIG {big}")]),
        ("p", "Overzicht van de mogelijkheden en beperkingen per rubriek (bijlage bij de rapportage)."),
        ("table", rows),
        ("sig", [(ba, "bedrijfsarts", num(d))]),
    ]


POOL = {
    "bronnen": [
        "Voor dit onderzoek heb ik het dossier van de werkgever en de rapportages van de bedrijfsarts bestudeerd.",
        "Op de werkplek heb ik de taken met de leidinggevende doorgenomen en de werkomstandigheden bekeken.",
        "Met werknemer heb ik een uitgebreid gesprek gevoerd over opleiding, werkervaring en wensen.",
        "De functiebeschrijving en het organogram zijn door de afdeling HR aangeleverd.",
        "Het inzetbaarheidsprofiel van de bedrijfsarts is als uitgangspunt genomen voor de belastbaarheid.",
        "Ik heb telefonisch contact gehad met de bedrijfsarts over de prognose en de verwachte ontwikkeling.",
    ],
    "functie": [
        "De functie kent een fysiek belastend karakter met veel staan en lopen gedurende de dienst.",
        "Kenmerkend zijn de wisselende diensten, waaronder avond- en weekenddiensten.",
        "Er wordt regelmatig getild en gereikt; hulpmiddelen zijn beschikbaar maar niet altijd bruikbaar.",
        "De werkdruk is wisselend en op piekmomenten hoog; er moet snel geschakeld worden.",
        "De functie vraagt zelfstandigheid, overzicht en het kunnen werken volgens protocollen.",
        "Het werk wordt uitgevoerd in teamverband, met afstemming met collega's en leidinggevenden.",
    ],
    "analyse": [
        "Vergelijking van de functiebelasting met de belastbaarheid laat overschrijdingen zien op staan en tillen.",
        "Ook de werktijden vormen een knelpunt: de functie vraagt onregelmatige diensten die niet passend zijn.",
        "Op het gebied van persoonlijk functioneren zijn de overschrijdingen beperkt en met aanpassing op te vangen.",
        "Aanpassingen van de werkplek en taakroulatie lossen de belangrijkste knelpunten niet volledig op.",
        "Alles overwegend is het eigen werk op dit moment en naar verwachting ook structureel niet passend.",
        "Werknemer beschikt over ruime werkervaring en goede sociale vaardigheden, die elders inzetbaar zijn.",
    ],
    "spoor1": [
        "Binnen de organisatie is gekeken naar functies op een lager fysiek belastingsniveau.",
        "Een administratieve functie is besproken, maar vraagt een omscholing die niet direct te realiseren is.",
        "Tijdelijk kunnen ondersteunende taken worden gedaan; deze zijn niet structureel in de formatie opgenomen.",
        "De werkgever heeft aangegeven een vacature voor planner intern open te stellen voor werknemer.",
        "Passende arbeid binnen de organisatie is beperkt beschikbaar en afhankelijk van toekomstige vacatures.",
    ],
    "spoor2": [
        "Op de regionale arbeidsmarkt zijn functies beschikbaar die aansluiten bij de belastbaarheid.",
        "Voorbeelden van passende functies zijn: medewerker planning, administratief medewerker, klantadviseur.",
        "Ik adviseer een tweede spoor te starten met een re-integratiebureau dat ervaring heeft in deze sector.",
        "Een scholingstraject in de richting van planning of administratie vergroot de kansen aanzienlijk.",
        "De kansen op de arbeidsmarkt worden als redelijk ingeschat, gezien leeftijd en werkervaring.",
    ],
    "loonwaarde": [
        "De loonwaarde in aangepaste taken schat ik op ongeveer 60% van het maatgevende loon.",
        "Bij passende functies elders ligt het verdienvermogen naar verwachting tussen 55% en 70%.",
        "Van een bevredigend re-integratieresultaat is op dit moment nog geen sprake.",
    ],
    "traject": [
        "In de afgelopen periode zijn wekelijkse coachgesprekken gevoerd, afwisselend op locatie en online.",
        "Werknemer heeft een cv opgesteld en een LinkedIn-profiel aangemaakt onder begeleiding van de coach.",
        "Er is een arbeidsmarktoriëntatie gedaan gericht op administratieve en plannende functies.",
        "Werknemer heeft zelf actief vacatures gezocht en sollicitaties verstuurd.",
        "De motivatie is goed, al wisselt de energie van week tot week door de klachten.",
        "Er zijn netwerkgesprekken gevoerd met oud-collega's en contacten uit de regio.",
        "Een proefplaatsing is besproken met een werkgever in de regio, maar kwam niet tot stand.",
        "De coach heeft contact gehad met de casemanager over de voortgang en de afspraken.",
    ],
}


def fill(rng: random.Random, key: str, n: int) -> str:
    pool = POOL[key][:]
    rng.shuffle(pool)
    return " ".join(pool[:n])


def ad_blocks(c: Case, d: dt.date, *, long=True, seed=0, visit: dt.date | None = None):
    rng = random.Random(seed)
    visit = visit or d - dt.timedelta(16)
    chapters = [
        (
            "Inleiding en vraagstelling",
            [
                f"Op verzoek van {c.employer} heb ik een arbeidsdeskundig onderzoek ingesteld naar de mogelijkheden "
                f"van {c.mevr}. De vraag is of het eigen werk, al dan niet aangepast, passend is, en zo niet, welke "
                "mogelijkheden er zijn in spoor 1 en spoor 2.",
                f"Het onderzoek vond plaats rond week {week(c.d0, visit)} van de arbeidsongeschiktheid; "
                f"het werkplekbezoek was op {nl(visit)}.",
            ],
        ),
        ("Werkwijze en bronnen", [fill(rng, "bronnen", 4), fill(rng, "bronnen", 3)]),
        (
            "Gegevens werkgever",
            [
                f"{c.employer}, {c.employer_addr}. Aard van het bedrijf: {c.aard}.",
                f"Contactpersoon: {c.cm}, {c.cm_role}. Loonheffingennummer: {c.lhn}.",
            ],
        ),
        (
            "Gegevens werknemer",
            [
                f"{c.emp}, geboren {nl(c.born)}, BSN {c.bsn}, in dienst als {c.job.lower()} voor {c.hours} uur per week. "
                f"Eerste ziektedag: {nl(c.d0)}.",
                "Opleiding: mbo niveau 4 en diverse vakgerichte cursussen. Werkervaring: ruim vijftien jaar in de sector.",
            ],
        ),
        ("Functie en functiebelasting", [fill(rng, "functie", 4), fill(rng, "functie", 3)]),
        (
            "Belastbaarheid",
            [
                f"De bedrijfsarts ({c.ba}) heeft de belastbaarheid vastgelegd in een "
                "inzetbaarheidsprofiel. Werknemer is beperkt voor staan, tillen en onregelmatige "
                "werktijden; beschikbaar tot 24 uur per week.",
                fill(rng, "bronnen", 2),
            ],
        ),
        ("Analyse belasting en belastbaarheid", [fill(rng, "analyse", 4), fill(rng, "analyse", 3)]),
        (
            "Spoor 1: eigen werk, aangepast werk en ander werk bij de werkgever",
            [fill(rng, "spoor1", 3), fill(rng, "spoor1", 3)],
        ),
        ("Spoor 2: arbeidsmarktverkenning", [fill(rng, "spoor2", 3), fill(rng, "spoor2", 3)]),
        ("Loonwaarde en re-integratieresultaat", [fill(rng, "loonwaarde", 3)]),
        (
            "Conclusie en advies",
            [
                "Het eigen werk is niet passend, ook niet na aanpassing. Passende arbeid binnen de organisatie is "
                "beperkt en niet structureel beschikbaar.",
                "Advies: zet spoor 1 voort met de tijdelijke taken en start zo snel mogelijk spoor 2 met een "
                "re-integratiebureau. Stel het plan van aanpak hierop bij.",
            ],
        ),
    ]
    if not long:
        chapters = chapters[:1] + chapters[4:7] + chapters[7:9] + chapters[10:]
    blocks: list = [
        ("title", "Arbeidsdeskundig rapport"),
        ("sub", "Onderzoek naar passende arbeid in spoor 1 en spoor 2"),
        (
            "kv",
            [
                ("Werknemer", c.emp),
                ("BSN", c.bsn),
                ("Geboortedatum", num(c.born)),
                ("Werkgever", c.employer),
                ("Eerste ziektedag", num(c.d0)),
                ("Arbeidsdeskundige", f"{c.ad}, registerarbeidsdeskundige, {c.ad_org}"),
                ("Datum rapport", num(d)),
            ],
        ),
    ]
    if long:
        blocks.append(("pb",))
        blocks.append(
            (
                "toc",
                [f"{i}. {t}" for i, (t, _) in enumerate(chapters, 1)]
                + ["Bijlage 1. Functiebelasting", "Bijlage 2. Overzicht van gesprekken"],
            )
        )
        blocks.append(("pb",))
    for i, (t, paras) in enumerate(chapters, 1):
        blocks.append(("h", f"{i}. {t}"))
        for p in paras:
            blocks.append(("p", p))
        if long:
            blocks.append(("p", fill(rng, ["bronnen", "functie", "analyse", "spoor1", "spoor2"][i % 5], 4)))
        if long and i in (2, 5, 7, 8, 9):
            blocks.append(("p", fill(rng, "analyse", 3) + " " + fill(rng, "bronnen", 2)))
    blocks.append(("sig", [(c.ad, f"registerarbeidsdeskundige, {c.ad_org}", f"{num(d)}")]))
    if long:
        blocks.append(("pb",))
        blocks.append(("h", "Bijlage 1. Functiebelasting"))
        blocks.append(
            (
                "table",
                [
                    ["Aspect", "Functiebelasting", "Belastbaarheid", "Knelpunt"],
                    ["Staan", "6 uur per dienst", "max. 30 min aaneen", "ja"],
                    ["Tillen", "tot 25 kg, frequent", "max. 10 kg", "ja"],
                    ["Werktijden", "onregelmatig, nachten", "dagdiensten, 4 uur", "ja"],
                    ["Beeldschermwerk", "1 uur per dienst", "geen beperking", "nee"],
                    ["Samenwerken", "veel", "normaal", "nee"],
                ],
            )
        )
        blocks.append(("h", "Bijlage 2. Overzicht van gesprekken"))
        blocks.append(
            (
                "table",
                [
                    ["Datum", "Met", "Onderwerp"],
                    [num(visit), "werknemer en leidinggevende", "werkplekbezoek"],
                    [num(visit + dt.timedelta(5)), "bedrijfsarts", "belastbaarheid, prognose"],
                    [num(d - dt.timedelta(3)), "werknemer", "bespreking concept"],
                ],
            )
        )
    return blocks


def tp_blocks(c: Case, d: dt.date, intake: dt.date, *, title="Trajectplan tweede spoor"):
    return [
        ("title", title),
        (
            "kv",
            [
                ("Kandidaat", c.emp),
                ("BSN", c.bsn),
                ("Opdrachtgever", c.employer),
                ("Re-integratiebureau", c.bureau),
                ("Loopbaancoach", c.coach),
                ("Intakegesprek", num(intake)),
                ("Datum trajectplan", num(d)),
                ("Eerste ziektedag", num(c.d0)),
            ],
        ),
        ("h", "1. Aanleiding"),
        (
            "p",
            f"Na de eerstejaarsevaluatie is besloten tot een tweede spoor. {c.employer} heeft {c.bureau} "
            "gevraagd de mogelijkheden voor passend werk bij een andere werkgever te onderzoeken.",
        ),
        ("h", "2. Persoonsprofiel"),
        (
            "p",
            f"{c.Hij} heeft ruime werkervaring als {c.job.lower()}, is klantgericht en nauwkeurig. "
            "Belastbaarheid volgens de bedrijfsarts: licht werk, dagdiensten, tot 24 uur per week.",
        ),
        ("h", "3. Zoekprofiel"),
        (
            "ul",
            ["Medewerker planning / werkvoorbereiding", "Administratief medewerker", "Klantenservice (binnendienst)"],
        ),
        ("h", "4. Activiteiten en planning"),
        (
            "table",
            [
                ["Fase", "Activiteit", "Periode"],
                ["1", "Arbeidsmarktoriëntatie, cv en profiel", "maand 1-2"],
                ["2", "Netwerkgesprekken en sollicitaties", "maand 2-5"],
                ["3", "Proefplaatsing / werkervaringsplaats", "maand 4-8"],
            ],
        ),
        ("p", "Rapportage: iedere drie maanden een voortgangsrapportage aan werkgever en werknemer."),
        ("sig", [(c.coach, f"loopbaancoach, {c.bureau}", num(d)), (c.emp, "kandidaat", num(d))]),
    ]


def vr_blocks(c: Case, d: dt.date, p_from: dt.date, p_to: dt.date, *, n=2, title="Voortgangsrapportage"):
    return [
        ("title", title),
        (
            "kv",
            [
                ("Kandidaat", c.emp),
                ("BSN", c.bsn),
                ("Opdrachtgever", c.employer),
                ("Rapportageperiode", f"{num(p_from)} t/m {num(p_to)}"),
                ("Datum rapportage", num(d)),
                ("Coach", f"{c.coach}, {c.bureau}"),
            ],
        ),
        ("h", "Activiteiten in deze periode"),
        ("p", "Wekelijkse coachgesprekken; arbeidsmarktoriëntatie afgerond; sollicitatietraining gevolgd."),
        (
            "table",
            [
                ["Activiteit", "Aantal"],
                ["Sollicitaties", str(3 + n)],
                ["Vacatures besproken", str(8 + n)],
                ["Netwerkgesprekken", str(2 + n)],
                ["Uitnodigingen gesprek", "1"],
            ],
        ),
        ("h", "Inzet van de kandidaat"),
        ("p", "De kandidaat komt afspraken na en is gemotiveerd; de belastbaarheid beperkt het aantal uren."),
        ("h", "Planning volgende periode"),
        (
            "p",
            f"Gericht solliciteren en een werkervaringsplaats zoeken. Volgende rapportage rond {num(p_to + dt.timedelta(91))}.",
        ),
        ("sig", [(c.coach, f"loopbaancoach {c.bureau}", num(d))]),
    ]


def er_blocks(c: Case, d: dt.date, start: dt.date, *, seed=0, long=True):
    rng = random.Random(seed)
    ch = [
        (
            "Inleiding",
            [
                f"Dit is de eindrapportage van het tweede-spoortraject van {c.mevr}, gestart op {nl(start)} "
                f"in opdracht van {c.employer}. Het traject wordt afgesloten in verband met de "
                "WIA-aanvraag."
            ],
        ),
        (
            "Uitgangssituatie",
            [
                f"Eerste ziektedag {num(c.d0)}. Belastbaarheid volgens de bedrijfsarts: licht werk, "
                "dagdiensten, tot 24 uur per week. Zoekprofiel: planning, administratie, klantenservice.",
                fill(rng, "spoor2", 2),
            ],
        ),
        ("Verloop van het traject", [fill(rng, "traject", 4), fill(rng, "traject", 4), fill(rng, "traject", 3)]),
        (
            "Activiteiten en sollicitaties",
            [
                fill(rng, "traject", 3),
                "In totaal zijn 27 sollicitaties verstuurd en 14 netwerkgesprekken "
                "gevoerd; dit leidde tot 3 sollicitatiegesprekken.",
            ],
        ),
        ("Inzet van de werknemer", [fill(rng, "traject", 3)]),
        (
            "Resultaat traject",
            [
                "Het traject heeft niet geleid tot een plaatsing bij een andere werkgever. "
                "Er is geen sprake van een bevredigend re-integratieresultaat."
            ],
        ),
        (
            "Advies en afsluiting",
            [
                "Advies: blijf gericht zoeken in de richting van administratieve functies. "
                "Met deze eindrapportage wordt het traject afgesloten."
            ],
        ),
    ]
    blocks: list = [
        ("title", "Eindrapportage tweede spoor"),
        (
            "kv",
            [
                ("Kandidaat", c.emp),
                ("BSN", c.bsn),
                ("Opdrachtgever", c.employer),
                ("Trajectperiode", f"{num(start)} - {num(d)}"),
                ("Datum eindrapportage", num(d)),
                ("Loopbaancoach", c.coach),
            ],
        ),
    ]
    if long:
        blocks.append(("pb",))
        blocks.append(("toc", [f"{i}. {t}" for i, (t, _) in enumerate(ch, 1)] + ["Bijlage: sollicitatieoverzicht"]))
        blocks.append(("pb",))
    for i, (t, ps) in enumerate(ch, 1):
        blocks.append(("h", f"{i}. {t}"))
        for p in ps:
            blocks.append(("p", p))
        if long:
            blocks.append(("p", fill(rng, "traject", 4)))
        if long and i in (2, 3, 4, 5):
            blocks.append(("p", fill(rng, "traject", 5)))
            blocks.append(("p", fill(rng, "spoor2", 3)))
    blocks.append(("sig", [(c.coach, f"loopbaancoach, {c.bureau}", num(d))]))
    if long:
        blocks.append(("pb",))
        blocks.append(("h", "Bijlage: sollicitatieoverzicht"))
        rows = [["Datum", "Organisatie", "Functie", "Resultaat"]]
        orgs = [
            "Logistiek Centrum Noordhaven",
            "Woonzorg De Esch",
            "Gemeentewerf Zuid",
            "Installatiebedrijf Kamp",
            "Transportbureau Ruiter",
            "Zorgadministratie Plus",
            "Distributiecentrum Oost",
            "Bouwmaterialen Vos",
        ]
        for k in range(12):
            dd = start + dt.timedelta(days=21 + 17 * k)
            rows.append(
                [
                    num(dd),
                    orgs[k % len(orgs)],
                    ["planner", "administratief medewerker", "klantenservice"][k % 3],
                    ["afgewezen", "geen reactie", "gesprek", "afgewezen"][k % 4],
                ]
            )
        blocks.append(("table", rows))
    return blocks


UWV_ADDR = "UWV, Postbus 58285, 1040 HG Amsterdam"  # the general UWV postal address style; no real person


def uwv_wia_blocks(c: Case, d: dt.date):
    deadline = c.d0 + dt.timedelta(days=7 * 93 - 1)
    return [
        (
            "letter",
            {
                "to": [c.emp, *c.address.split(", ")],
                "date": nl(d),
                "ref": f"WIA-{c.bsn[-4:]}-88",
                "bsn": c.bsn,
                "subject": "U kunt een WIA-uitkering aanvragen",
            },
        ),
        ("p", f"Geachte {('mevrouw ' if c.sex == 'v' else 'heer ')}{c.emp_short},"),
        (
            "p",
            f"U bent sinds {nl(c.d0)} ziek. Als u na 104 weken nog steeds ziek bent, kunt u misschien een "
            "WIA-uitkering krijgen. In deze brief leest u hoe u die aanvraagt.",
        ),
        ("h", "Wanneer vraagt u de WIA-uitkering aan?"),
        (
            "p",
            f"Vraag de uitkering uiterlijk op {nl(deadline)} aan. Doet u het later, dan krijgt u de uitkering "
            "mogelijk ook later.",
        ),
        ("h", "Wat stuurt u mee?"),
        (
            "p",
            "Het re-integratieverslag dat u samen met uw werkgever maakt. Uw werkgever levert de documenten "
            "binnen één dag na uw aanvraag aan. De medische informatie stuurt u apart in een gesloten envelop.",
        ),
        ("p", "Met vriendelijke groet,"),
        ("p", "UWV\nAfdeling Sociaal Medische Zaken"),
        ("small", "Deze brief is automatisch aangemaakt en daarom niet ondertekend."),
    ]


def uwv_zm_blocks(c: Case, d: dt.date, melddatum: dt.date):
    return [
        (
            "letter",
            {
                "to": [c.employer, *c.employer_addr.split(", ")],
                "date": nl(d),
                "ref": f"ZM42-{c.lhn[:4]}-{c.bsn[-3:]}",
                "bsn": c.bsn,
                "subject": "Bevestiging ziekmelding langdurig zieke werknemer (42e week)",
            },
        ),
        ("p", "Geachte heer, mevrouw,"),
        ("p", f"Wij hebben uw ziekmelding van uw werknemer ontvangen op {nl(melddatum)}. Het gaat om:"),
        (
            "kv",
            [
                ("Naam werknemer", c.emp),
                ("Burgerservicenummer", c.bsn),
                ("Eerste ziektedag", num(c.d0)),
                ("Loonheffingennummer", c.lhn),
            ],
        ),
        (
            "p",
            "U heeft uw werknemer in de 42e week van ziekte ziekgemeld. Binnenkort ontvangt uw werknemer "
            "informatie over de eerstejaarsevaluatie en de aanvraag van een WIA-uitkering.",
        ),
        ("p", "Met vriendelijke groet,\n\nUWV"),
    ]


def uwv_do_blocks(c: Case, d: dt.date, asked: dt.date, *, by="werkgever", question=""):
    question = question or (
        "Is de door de werkgever aangeboden functie van administratief medewerker "
        "planning passende arbeid voor de werknemer?"
    )
    return [
        (
            "letter",
            {
                "to": [
                    c.employer if by == "werkgever" else c.emp,
                    *(c.employer_addr if by == "werkgever" else c.address).split(", "),
                ],
                "date": nl(d),
                "ref": f"DO-{c.bsn[-4:]}-{d.year}",
                "bsn": c.bsn,
                "subject": "Uw aanvraag om een deskundigenoordeel",
            },
        ),
        ("p", "Geachte heer, mevrouw,"),
        (
            "p",
            f"U heeft op {nl(asked)} een deskundigenoordeel aangevraagd over {c.emp}. In de bijlage bij deze "
            "brief leest u ons oordeel. Dit oordeel is niet bindend.",
        ),
        ("p", "Met vriendelijke groet,\n\nUWV\nTeam Deskundigenoordelen"),
        ("pb",),
        ("title", "Deskundigenoordeel"),
        (
            "kv",
            [
                ("Aanvrager", by),
                ("Werknemer", c.emp),
                ("Burgerservicenummer", c.bsn),
                ("Werkgever", c.employer),
                ("Datum aanvraag", num(asked)),
                ("Datum oordeel", num(d)),
            ],
        ),
        ("h", "Vraag"),
        ("p", question),
        ("h", "Onderzoek"),
        (
            "p",
            "De verzekeringsarts heeft werknemer gesproken en de rapportages van de bedrijfsarts bestudeerd. "
            "De arbeidsdeskundige heeft de functie-informatie beoordeeld en met werkgever en werknemer gesproken.",
        ),
        ("h", "Oordeel"),
        (
            "p",
            "De aangeboden functie is passend. De belasting in de functie blijft binnen de belastbaarheid; de "
            "werktijden sluiten aan bij de beperking in werktijden.",
        ),
        (
            "sig",
            [("A. Roodenburg", "arbeidsdeskundige UWV", num(d)), ("dr. P. Valkema", "verzekeringsarts UWV", num(d))],
        ),
    ]


# ---- papers that are no RIV document


def offerte_blocks(c: Case, d: dt.date):
    return [
        ("title", f"Offerte tweede-spoortraject {c.emp_short}"),
        (
            "kv",
            [
                ("Offertenummer", f"OFF-{d.year}-0{d.month}{d.day}"),
                ("Datum", num(d)),
                ("Geldig tot", num(d + dt.timedelta(30))),
                ("Opdrachtgever", f"{c.employer}, t.a.v. {c.cm}"),
            ],
        ),
        (
            "p",
            "Naar aanleiding van ons telefonisch contact bieden wij u een traject tweede spoor aan voor uw "
            "medewerker. Het traject bestaat uit een intake, een trajectplan, voortgangsrapportages per "
            "kwartaal en een eindrapportage.",
        ),
        (
            "table",
            [
                ["Onderdeel", "Uren", "Bedrag (excl. btw)"],
                ["Intake en trajectplan", "6", "€ 720,00"],
                ["Begeleiding (9 maanden)", "30", "€ 3.600,00"],
                ["Rapportages (3 + eind)", "8", "€ 960,00"],
                ["Totaal", "44", "€ 5.280,00"],
            ],
        ),
        (
            "p",
            "Na uw akkoord plannen wij binnen twee weken het intakegesprek. Op deze offerte zijn onze algemene "
            "voorwaarden van toepassing.",
        ),
        ("sig", [("M. de Boer-Hek", f"accountmanager, {c.bureau}", "")]),
    ]


def dvo_blocks(c: Case, d: dt.date):
    return [
        ("title", "Dienstverleningsovereenkomst arbodienstverlening 2024"),
        (
            "kv",
            [
                ("Opdrachtgever", c.employer),
                ("Opdrachtnemer", c.arbo),
                ("Ingangsdatum", "01-01-2024"),
                ("Contractnummer", "VN-2024-0881"),
            ],
        ),
        ("h", "Artikel 1 - Diensten"),
        (
            "p",
            "Opdrachtnemer verzorgt de verzuimbegeleiding conform de Wet verbetering poortwachter, waaronder "
            "het opstellen van de probleemanalyse, het actueel oordeel, het inzetbaarheidsprofiel en de "
            "medische informatie ten behoeve van UWV.",
        ),
        ("h", "Artikel 2 - Tarieven"),
        (
            "table",
            [
                ["Dienst", "Tarief"],
                ["Spreekuur bedrijfsarts", "€ 165,00"],
                ["Probleemanalyse", "€ 210,00"],
                ["Actueel oordeel", "€ 195,00"],
                ["Arbeidsdeskundig onderzoek", "€ 1.150,00"],
            ],
        ),
        ("h", "Artikel 3 - Looptijd"),
        ("p", "De overeenkomst geldt voor twee jaar en wordt daarna stilzwijgend met een jaar verlengd."),
        ("sig", [("mr. K. Smit", f"directeur {c.arbo}", ""), ("drs. L. Postma", f"directeur HRM {c.employer}", "")]),
    ]


# ----------------------------------------------------------------------------------------------- renderers


def blocks_html(blocks, *, sig_style="line") -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{esc(b[1])}</h1>")
        elif k == "sub":
            out.append(f"<p class='sub'>{esc(b[1])}</p>")
        elif k == "kv":
            out.append(
                "<table class='kv'>"
                + "".join(f"<tr><th>{esc(a)}</th><td>{esc(v)}</td></tr>" for a, v in b[1])
                + "</table>"
            )
        elif k == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif k == "p":
            out.append("<p>" + esc(b[1]).replace("\n", "<br>") + "</p>")
        elif k == "small":
            out.append(f"<p class='small'>{esc(b[1])}</p>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "table":
            rows = b[1]
            out.append(
                "<table class='grid'><tr>"
                + "".join(f"<th>{esc(x)}</th>" for x in rows[0])
                + "</tr>"
                + "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows[1:])
                + "</table>"
            )
        elif k == "sig":
            out.append(
                "<table class='sig'><tr>"
                + "".join(
                    f"<td><div class='sl'></div>{esc(n)}<br><span>{esc(r)}</span>"
                    + (f"<br><span>Datum: {esc(dd)}</span>" if dd else "")
                    + "</td>"
                    for n, r, dd in b[1]
                )
                + "</tr></table>"
            )
        elif k == "pb":
            out.append("<div style='page-break-after:always'></div>")
        elif k == "toc":
            pass  # wkhtmltopdf makes its own
        elif k == "letter":
            m = b[1]
            out.append(
                f"<p>{'<br>'.join(esc(x) for x in m['to'])}</p><p>Datum: {esc(m['date'])}<br>"
                f"Kenmerk: {esc(m['ref'])}<br>BSN: {esc(m['bsn'])}</p><h2>{esc(m['subject'])}</h2>"
            )
    return "\n".join(out)


CSS = {
    "vitaalnet": """
body{font-family:'DejaVu Sans';font-size:10pt;color:#1d2633;margin:0}
.bar{background:#0b5fa5;color:#fff;padding:6px 10px;font-size:9pt}
.bar b{font-size:12pt}
.crumb{font-size:8pt;color:#66768a;margin:4px 0 10px 0}
h1{font-size:15pt;color:#0b5fa5;border-bottom:2px solid #0b5fa5;padding-bottom:3px}
h2{font-size:11pt;background:#e8f0f8;padding:3px 6px;margin-top:14px}
.sub{font-style:italic;color:#445}
table.kv{border-collapse:collapse;width:100%}table.kv th{text-align:left;width:34%;font-weight:normal;
color:#556;border-bottom:1px dotted #aab;padding:2px}table.kv td{border-bottom:1px dotted #aab;padding:2px}
table.grid{border-collapse:collapse;width:100%}table.grid th,table.grid td{border:1px solid #9ab;padding:3px;
font-size:9pt;text-align:left}table.grid th{background:#dbe7f3}
table.sig td{padding:20px 30px 0 0;vertical-align:top}.sl{border-top:1px solid #000;width:180px;margin-bottom:3px}
table.sig span{font-size:8.5pt;color:#445}.small{font-size:8pt;color:#667}
""",
    "prevenzo": """
body{font-family:'DejaVu Serif';font-size:10.5pt;color:#222}
.logo{font-family:'DejaVu Sans';font-size:20pt;color:#2e7d32;font-weight:bold;letter-spacing:2px}
.logo small{font-size:8pt;color:#777;letter-spacing:0;display:block;font-weight:normal}
.side{float:right;width:32%;background:#f1f8e9;border-left:4px solid #2e7d32;padding:6px;font-family:'DejaVu Sans';
font-size:8pt;margin:0 0 8px 10px}
h1{font-family:'DejaVu Sans';font-size:14pt;color:#2e7d32;margin-top:24px}h2{font-family:'DejaVu Sans';font-size:10.5pt;
color:#1b5e20;text-transform:uppercase;letter-spacing:1px;margin-top:16px}
.sub{color:#555}table.kv{font-size:9.5pt;margin-bottom:10px}table.kv th{text-align:left;font-weight:normal;color:#555;
padding-right:14px}table.grid{border-collapse:collapse}table.grid td,table.grid th{border-bottom:1px solid #9c9;padding:3px 8px}
table.sig td{padding:26px 40px 0 0}.sl{border-top:1px dashed #333;width:170px}table.sig span{font-size:8pt}
.small{font-size:8pt}
""",
    "bureau": """
body{font-family:'Nimbus Sans';font-size:10.5pt;color:#202020}
.lh{border-bottom:3px solid #c2571a;padding-bottom:4px;margin-bottom:16px;font-size:9pt;color:#555}
.lh b{font-size:16pt;color:#c2571a}h1{font-size:17pt;font-weight:normal;color:#c2571a}
h2{font-size:11.5pt;color:#333;border-left:4px solid #c2571a;padding-left:6px;margin-top:18px}
table.kv th{text-align:left;font-weight:bold;padding-right:12px;font-size:9.5pt}table.kv td{font-size:9.5pt}
table.grid{border-collapse:collapse;width:96%}table.grid th{background:#f3e1d5;text-align:left}
table.grid td,table.grid th{padding:3px 6px;border:1px solid #d9b8a3}table.sig td{padding:28px 36px 0 0}
.sl{border-top:1px solid #000;width:190px}.small{font-size:8pt}
""",
}


def render_wk(
    blocks,
    out: Path,
    d: dt.date,
    *,
    style: str,
    top: str = "",
    header: list[str] | None = None,
    footer: list[str] | None = None,
    toc: bool = False,
    side: str = "",
) -> None:
    """Debian's wkhtmltopdf is built on unpatched Qt: no --header/--footer and no generated TOC. So the header
    line is part of the page top, the footer (print date) closes the document, and the table of contents is
    written in HTML with page numbers found by a first pass (pdftotext)."""
    hdr = f"<div class='hdr'>{esc(header[0])}<span style='float:right'>{esc(header[1])}</span></div>" if header else ""
    ftr = ""
    if footer:
        ftr = "<div class='ftr'>" + esc(re.sub(r"\s*\[page\].*", "", footer[0])) + "</div>"
    entries = next((b[1] for b in blocks if b[0] == "toc"), None) if toc else None

    def page_html(pages: dict[str, int]) -> str:
        parts = []
        for b in blocks:
            if b[0] == "toc" and entries:
                parts.append(
                    "<h2 class='toch'>Inhoudsopgave</h2><table class='toc'>"
                    + "".join(f"<tr><td>{esc(e)}</td><td class='pg'>{pages.get(e, '')}</td></tr>" for e in entries)
                    + "</table>"
                )
            else:
                parts.append(blocks_html([b]))
        body = "\n".join(parts)
        if side:
            body = f"<div class='side'>{side}</div>" + body
        extra_css = (
            ".hdr{font-size:7.5pt;color:#666;border-bottom:1px solid #999;margin-bottom:8px;padding-bottom:2px}"
            ".ftr{font-size:7.5pt;color:#666;border-top:1px solid #999;margin-top:28px;padding-top:2px}"
            "table.toc{width:100%}table.toc td{padding:2px 0;border-bottom:1px dotted #bbb}td.pg{text-align:right}"
        )
        return (
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(out.stem)}</title>"
            f"<style>{CSS[style]}{extra_css}</style></head><body>{hdr}{top}{body}{ftr}</body></html>"
        )

    def once(html_text: str, target: Path) -> None:
        with tempfile.TemporaryDirectory() as td:
            Path(td).chmod(0o700)
            src = Path(td) / "doc.html"
            src.write_text(html_text, encoding="utf-8")
            cmd = [
                "wkhtmltopdf",
                "-q",
                "--encoding",
                "utf-8",
                "-s",
                "A4",
                "--zoom",
                "1.3",
                "--margin-top",
                "16mm",
                "--margin-bottom",
                "16mm",
                "--margin-left",
                "16mm",
                "--margin-right",
                "16mm",
                "--title",
                out.stem,
                str(src),
                str(target),
            ]
            subprocess.run(cmd, env=dict(ENV, XDG_RUNTIME_DIR=td), capture_output=True, check=False)
            if not target.exists() or target.stat().st_size == 0:
                raise RuntimeError(f"wkhtmltopdf produced nothing for {out}")

    out.parent.mkdir(parents=True, exist_ok=True)
    pages: dict[str, int] = {}
    if entries:
        once(page_html({}), out)
        texts = pdf_page_texts(out)
        for e in entries:
            for i, pg in enumerate(texts[1:], 2):
                if re.search(r"^\s*" + re.escape(e) + r"\s*$", pg, re.M):
                    pages[e] = i
                    break
    once(page_html(pages), out)
    fix_pdf(out, d)


# ---- LibreOffice Writer from hand-written flat ODT

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
)


def x(s: str) -> str:
    return html.escape(s, quote=False)


@dataclass
class Fodt:
    font: str = "Nimbus Sans"
    size: str = "10.5pt"
    header: list[str] | None = None
    footer: list[str] | None = None
    kv_mode: str = "table"  # table | merged | frames
    accent: str = "#000000"
    author: str = "HR"
    toc_pages: dict[str, int] | None = None
    frames_right: list[tuple[str, str]] | None = None  # second text box beside the kv box


def fodt_xml(blocks, d: dt.date, o: Fodt) -> str:
    auto: list[str] = []
    body: list[str] = []
    changes: list[str] = []
    ntab = 0
    nchg = 0

    def table(rows, widths, *, header_row=True, merged_title: str | None = None, borders=True) -> str:
        nonlocal ntab
        ntab += 1
        tn = f"T{ntab}"
        auto.append(
            f'<style:style style:name="{tn}" style:family="table"><style:table-properties '
            f'style:width="17cm" table:align="left" fo:margin-bottom="0.2cm"/></style:style>'
        )
        for i, w in enumerate(widths):
            auto.append(
                f'<style:style style:name="{tn}.C{i}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
            )
        bd = "0.5pt solid #808080" if borders else "none"
        auto.append(
            f'<style:style style:name="{tn}.cell" style:family="table-cell"><style:table-cell-properties '
            f'fo:padding="0.06cm" fo:border="{bd}"/></style:style>'
        )
        auto.append(
            f'<style:style style:name="{tn}.head" style:family="table-cell"><style:table-cell-properties '
            f'fo:padding="0.06cm" fo:background-color="#d9d9d9" fo:border="{bd}"/></style:style>'
        )
        s = [f'<table:table table:name="Tabel{ntab}" table:style-name="{tn}">']
        s += [f'<table:table-column table:style-name="{tn}.C{i}"/>' for i in range(len(widths))]
        if merged_title:
            s.append(
                f'<table:table-row><table:table-cell table:style-name="{tn}.head" '
                f'table:number-columns-spanned="{len(widths)}" office:value-type="string">'
                f'<text:p text:style-name="TH">{x(merged_title)}</text:p></table:table-cell>'
                + "<table:covered-table-cell/>" * (len(widths) - 1)
                + "</table:table-row>"
            )
        for ri, r in enumerate(rows):
            s.append("<table:table-row>")
            ci = 0
            for cell in r:
                span = 1
                if isinstance(cell, tuple):  # (text, span)
                    cell, span = cell
                st = f"{tn}.head" if (header_row and ri == 0) else f"{tn}.cell"
                ps = "TH" if (header_row and ri == 0) else "TD"
                paras = "".join(f'<text:p text:style-name="{ps}">{x(line)}</text:p>' for line in str(cell).split("\n"))
                if span > 1:
                    s.append(
                        f'<table:table-cell table:style-name="{st}" table:number-columns-spanned="{span}" '
                        f'office:value-type="string">{paras}</table:table-cell>'
                        + "<table:covered-table-cell/>"
                        * (span - 1)
                    )
                else:
                    s.append(
                        f'<table:table-cell table:style-name="{st}" office:value-type="string">{paras}'
                        "</table:table-cell>"
                    )
                ci += span
            s.append("</table:table-row>")
        s.append("</table:table>")
        return "".join(s)

    def frame(name: str, lines: list[tuple[str, str]], xcm: float, wcm: float, title: str = "") -> str:
        inner = (f'<text:p text:style-name="TH">{x(title)}</text:p>' if title else "") + "".join(
            f'<text:p text:style-name="TD"><text:span text:style-name="B">{x(k)}:</text:span> {x(v)}</text:p>'
            for k, v in lines
        )
        return (
            f'<draw:frame draw:style-name="fr1" draw:name="Tekstvak {name}" text:anchor-type="paragraph" '
            f'svg:x="{xcm}cm" svg:y="0cm" svg:width="{wcm}cm" draw:z-index="{name}">'
            f'<draw:text-box fo:min-height="1cm">{inner}</draw:text-box></draw:frame>'
        )

    for b in blocks:
        k = b[0]
        if k == "title":
            body.append(f'<text:p text:style-name="Title">{x(b[1])}</text:p>')
        elif k == "sub":
            body.append(f'<text:p text:style-name="Sub">{x(b[1])}</text:p>')
        elif k == "kv":
            if o.kv_mode == "frames":
                fr = frame("1", b[1], 0, 8.6 if o.frames_right else 17, "Gegevens")
                if o.frames_right:
                    fr += frame("2", o.frames_right, 8.9, 8.1, "Rapportage")
                body.append(f'<text:p text:style-name="FrameHolder">{fr}</text:p>')
            elif o.kv_mode == "merged":
                rows = [[k2, v2] for k2, v2 in b[1]]
                body.append(table(rows, [5.5, 11.5], header_row=False, merged_title="Gegevens werknemer en werkgever"))
            else:
                rows = [[k2, v2] for k2, v2 in b[1]]
                body.append(table(rows, [5.5, 11.5], header_row=False, borders=False))
        elif k == "h":
            body.append(f'<text:h text:style-name="H1" text:outline-level="1">{x(b[1])}</text:h>')
        elif k == "p":
            for line in b[1].split("\n"):
                body.append(f'<text:p text:style-name="Body">{x(line)}</text:p>')
        elif k == "small":
            body.append(f'<text:p text:style-name="Small">{x(b[1])}</text:p>')
        elif k == "ul":
            body.append(
                '<text:list text:style-name="L1">'
                + "".join(
                    f'<text:list-item><text:p text:style-name="Body">{x(i)}</text:p></text:list-item>' for i in b[1]
                )
                + "</text:list>"
            )
        elif k == "table":
            rows = b[1]
            n = max(sum(c[1] if isinstance(c, tuple) else 1 for c in r) for r in rows)
            body.append(table(rows, [round(17 / n, 2)] * n))
        elif k == "mtable":  # a table with explicit merged cells: rows of (text, span) / text
            rows, widths = b[1], b[2]
            body.append(table(rows, widths, header_row=b[3] if len(b) > 3 else True))
        elif k == "sig":
            cells = []
            for n_, r, dd in b[1]:
                cells.append("\n\n\n______________________\n" + n_ + "\n" + r + (f"\nDatum: {dd}" if dd else ""))
            body.append(table([cells], [round(17 / len(cells), 2)] * len(cells), header_row=False, borders=False))
        elif k == "pb":
            body.append('<text:p text:style-name="PB"/>')
        elif k == "toc":
            ents = "".join(
                f'<text:p text:style-name="Contents">{x(e)}<text:tab/>{(o.toc_pages or {}).get(e, "")}</text:p>'
                for e in b[1]
            )
            body.append(
                '<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Inhoudsopgave1">'
                '<text:table-of-content-source text:outline-level="1"><text:index-title-template '
                'text:style-name="TocTitle">Inhoudsopgave</text:index-title-template>'
                '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents">'
                '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
                "<text:index-entry-page-number/></text:table-of-content-entry-template>"
                '</text:table-of-content-source><text:index-body><text:index-title text:style-name="Sect1" '
                'text:name="Inhoudsopgave1_Head"><text:p text:style-name="TocTitle">Inhoudsopgave</text:p>'
                f"</text:index-title>{ents}</text:index-body></text:table-of-content>"
            )
        elif k in ("p_ins", "p_del"):
            _, pre, mid, post, who, when = b
            nchg += 1
            cid = f"ct{nchg}"
            info = (
                f"<office:change-info><dc:creator>{x(who)}</dc:creator><dc:date>{when}</dc:date></office:change-info>"
            )
            if k == "p_ins":
                changes.append(
                    f'<text:changed-region text:id="{cid}"><text:insertion>{info}</text:insertion>'
                    "</text:changed-region>"
                )
                body.append(
                    f'<text:p text:style-name="Body">{x(pre)}<text:change-start text:change-id="{cid}"/>'
                    f'{x(mid)}<text:change-end text:change-id="{cid}"/>{x(post)}</text:p>'
                )
            else:
                changes.append(
                    f'<text:changed-region text:id="{cid}"><text:deletion>{info}'
                    f'<text:p text:style-name="Body">{x(mid)}</text:p></text:deletion></text:changed-region>'
                )
                body.append(
                    f'<text:p text:style-name="Body">{x(pre)}<text:change text:change-id="{cid}"/>{x(post)}</text:p>'
                )
        elif k == "p_com":
            _, text_, who, when, comment = b
            body.append(
                f'<text:p text:style-name="Body"><office:annotation><dc:creator>{x(who)}</dc:creator>'
                f"<dc:date>{when}</dc:date><text:p>{x(comment)}</text:p></office:annotation>{x(text_)}</text:p>"
            )
        elif k == "letter":
            m = b[1]
            body.append(
                table(
                    [["\n".join(m["to"]), f"Datum: {m['date']}\nKenmerk: {m['ref']}\nBSN: {m['bsn']}"]],
                    [10, 7],
                    header_row=False,
                    borders=False,
                )
            )
            body.append(f'<text:p text:style-name="H1">{x(m["subject"])}</text:p>')
        else:
            raise ValueError(k)

    def hf(tag: str, lines: list[str] | None) -> str:
        if not lines:
            return ""
        return (
            f"<style:{tag}>"
            + "".join(
                f'<text:p text:style-name="HF">{x(line)}'
                + (
                    '<text:tab/>pagina <text:page-number text:select-page="current">1</text:page-number>'
                    if (tag == "footer" and i == len(lines) - 1)
                    else ""
                )
                + "</text:p>"
                for i, line in enumerate(lines)
            )
            + f"</style:{tag}>"
        )

    iso = f"{d.isoformat()}T09:30:00"
    tc = (
        '<text:tracked-changes text:track-changes="true">' + "".join(changes) + "</text:tracked-changes>"
        if changes
        else ""
    )
    font = o.font
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document office:mimetype="application/vnd.oasis.opendocument.text" office:version="1.3" {NS}>
<office:meta><meta:initial-creator>{x(o.author)}</meta:initial-creator><dc:creator>{x(o.author)}</dc:creator>
<meta:creation-date>{iso}</meta:creation-date><dc:date>{iso}</dc:date><meta:editing-cycles>3</meta:editing-cycles>
<meta:editing-duration>PT14M</meta:editing-duration><meta:generator>corpus13</meta:generator></office:meta>
<office:settings/>
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
<style:text-properties style:font-name="{font}" fo:font-size="{o.size}" fo:language="nl" fo:country="NL"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.16cm" fo:line-height="120%"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="{o.accent}"/></style:style>
<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="H1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="{o.accent}"/></style:style>
<style:style style:name="TH" style:family="paragraph"><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TD" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="HF" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8.5pt" fo:color="#404040"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="FrameHolder" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="TocTitle" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Contents" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.5pt solid #808080"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Sect1" style:family="section"/>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties fo:border="0.6pt solid {o.accent}" fo:padding="0.15cm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph" draw:fill="solid" draw:fill-color="#eef3f7"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.63cm" fo:text-indent="-0.63cm" fo:margin-left="0.63cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
{"".join(auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hf("header", o.header)}{hf("footer", o.footer)}</style:master-page></office:master-styles>
<office:body><office:text>{tc}
{"".join(body)}
</office:text></office:body></office:document>
"""


LO_PROFILE = "file:///tmp/corpus13-lo-profile"


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    run(
        [
            "soffice",
            f"-env:UserInstallation={LO_PROFILE}",
            "--headless",
            "--norestore",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(src),
        ],
        timeout=240,
    )
    ext = fmt.split(":")[0]
    return outdir / (src.stem + "." + ext)


def pdf_page_texts(pdf: Path) -> list[str]:
    r = run(["pdftotext", "-layout", str(pdf), "-"])
    return r.stdout.decode("utf-8", "replace").split("\f")


def render_fodt(blocks, out: Path, d: dt.date, o: Fodt, *, via_docx: bool = False) -> None:
    """out's suffix decides: .pdf .docx .doc .rtf (or .pdf via a DOCX round trip)."""
    fmt = {
        ".pdf": "pdf:writer_pdf_Export",
        ".docx": "docx:MS Word 2007 XML",
        ".doc": "doc:MS Word 97",
        ".rtf": "rtf:Rich Text Format",
        ".odt": "odt",
    }[out.suffix]
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        src = tdp / (out.stem + ".fodt")
        has_toc = any(b[0] == "toc" for b in blocks)
        src.write_text(fodt_xml(blocks, d, o), encoding="utf-8")
        if has_toc:  # two passes: find each heading's page, then write the numbers into the TOC
            pdf = soffice(src, "pdf:writer_pdf_Export", tdp / "p1")
            pages = pdf_page_texts(pdf)
            entries = next(b[1] for b in blocks if b[0] == "toc")
            o.toc_pages = {}
            for e in entries:
                for i, pg in enumerate(pages[1:], 2):
                    if re.search(r"^\s*" + re.escape(e) + r"\s*$", pg, re.M):
                        o.toc_pages[e] = i
                        break
            src.write_text(fodt_xml(blocks, d, o), encoding="utf-8")
        if via_docx:
            mid = soffice(src, "docx:MS Word 2007 XML", tdp / "mid")
            res = soffice(mid, fmt, tdp / "res")
        else:
            res = soffice(src, fmt, tdp / "res")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(res, out)
    if out.suffix == ".pdf":
        fix_pdf(out, d)
    elif out.suffix == ".docx":
        fix_zip(out, d, o.author)
    elif out.suffix == ".rtf":
        fix_rtf(out, d)
    elif out.suffix == ".doc":
        fix_doc(out, d)


# ---- librsvg/cairo from hand-written SVG pages

_FONTS: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}
SVG_FONT_FILES = {
    "DejaVu Sans": FONT_SANS,
    "DejaVu Sans Bold": FONT_SANS_B,
    "Nimbus Sans": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf",
    "Nimbus Sans Bold": FONT_STAMP,
}


def tw(s: str, size: float, font: str) -> float:
    key = (font, size)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(SVG_FONT_FILES[font], int(size * 10))
    return _FONTS[key].getlength(s) / 10


def wrap(s: str, size: float, width: float, font: str) -> list[str]:
    out = []
    for para in s.split("\n"):
        words, line = para.split(" "), ""
        for w in words:
            t = (line + " " + w).strip()
            if tw(t, size, font) <= width or not line:
                line = t
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


class Svg:
    W, H = 595, 842

    def __init__(self, style: str, footer: str = "") -> None:
        self.style, self.footer = style, footer
        self.pages: list[list[str]] = []
        self.font = "Nimbus Sans" if style == "uwv" else "DejaVu Sans"
        self.new_page()

    def new_page(self) -> None:
        self.cur: list[str] = []
        self.pages.append(self.cur)
        self.y = 60.0
        if self.style == "uwv":
            self.rect(40, 36, 62, 30, "#00549f")
            self.text(48, 58, "UWV", 19, bold=True, fill="#ffffff")
            self.y = 100
        elif self.style == "keystone":
            self.rect(0, 0, self.W, 54, "#263238")
            self.text(40, 34, "KEYSTONE ARBO", 15, bold=True, fill="#ffca28")
            self.text(self.W - 40, 34, "verzuim • preventie • vitaliteit", 8, fill="#cfd8dc", anchor="end")
            self.y = 84
        elif self.style == "form":
            self.rect(40, 30, self.W - 80, 38, "#5d3a8e")
            self.text(52, 55, "ArboMens Overheid", 14, bold=True, fill="#ffffff")
            self.text(self.W - 52, 55, "formulier AM-17 (2024)", 8, fill="#e6dcf2", anchor="end")
            self.y = 96
        n = len(self.pages)
        if self.footer:
            self.text(40, self.H - 28, self.footer.replace("{n}", str(n)), 7, fill="#555555")

    def esc(self, s: str) -> str:
        return html.escape(s, quote=True)

    def text(self, xx, yy, s, size, bold=False, fill="#111111", anchor="start", italic=False) -> None:
        fam = self.font
        self.cur.append(
            f'<text x="{xx:.1f}" y="{yy:.1f}" font-family="{fam}" font-size="{size}" '
            f'font-weight="{"bold" if bold else "normal"}" font-style="{"italic" if italic else "normal"}" '
            f'fill="{fill}" text-anchor="{anchor}">{self.esc(s)}</text>'
        )

    def rect(self, xx, yy, w, h, fill="none", stroke="none", rx=0, sw=0.8) -> None:
        self.cur.append(
            f'<rect x="{xx:.1f}" y="{yy:.1f}" width="{w:.1f}" height="{h:.1f}" rx="{rx}" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="{sw}"/>'
        )

    def line(self, x1, y1, x2, y2, stroke="#333333", sw=0.6) -> None:
        self.cur.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{stroke}" stroke-width="{sw}"/>'
        )

    def need(self, h: float) -> None:
        if self.y + h > self.H - 60:
            self.new_page()

    def para(self, s, size=9.5, indent=0, width=None, bold=False, lh=1.35, fill="#111111") -> None:
        width = width or (self.W - 80 - indent)
        fontkey = self.font + (" Bold" if bold else "")
        for line in wrap(s, size, width, fontkey):
            self.need(size * lh)
            self.y += size * lh
            self.text(40 + indent, self.y, line, size, bold=bold, fill=fill)
        self.y += size * 0.6

    def svg_pages(self) -> list[str]:
        return [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.W}pt" height="{self.H}pt" '
            f'viewBox="0 0 {self.W} {self.H}"><rect width="{self.W}" height="{self.H}" fill="#ffffff"/>'
            + "".join(p)
            + "</svg>"
            for p in self.pages
        ]


def svg_blocks(s: Svg, blocks) -> None:
    accent = {"uwv": "#00549f", "keystone": "#263238", "form": "#5d3a8e"}[s.style]
    for b in blocks:
        k = b[0]
        if k == "letter":
            m = b[1]
            yy = 150
            for i, line in enumerate(m["to"]):
                s.text(70, yy + 13 * i, line, 10)
            s.text(370, 150, "Datum", 7.5, fill="#666666")
            s.text(370, 161, m["date"], 9.5)
            s.text(370, 180, "Ons kenmerk", 7.5, fill="#666666")
            s.text(370, 191, m["ref"], 9.5)
            s.text(370, 210, "Burgerservicenummer", 7.5, fill="#666666")
            s.text(370, 221, m["bsn"], 9.5)
            s.text(370, 240, "Onderwerp", 7.5, fill="#666666")
            for i, line in enumerate(wrap(m["subject"], 9.5, 185, s.font)):
                s.text(370, 251 + 12 * i, line, 9.5)
            s.y = 300
        elif k == "title":
            s.need(40)
            s.y += 24
            s.text(40, s.y, b[1], 16, bold=True, fill=accent)
            s.y += 10
        elif k == "sub":
            s.para(b[1], 9, fill="#444444")
        elif k == "h":
            s.need(30)
            s.y += 8
            if s.style == "keystone":
                s.rect(40, s.y, 4, 14, "#ffca28")
                s.text(50, s.y + 11, b[1], 10.5, bold=True, fill=accent)
                s.y += 16
            else:
                s.y += 12
                s.text(40, s.y, b[1], 10.5, bold=True, fill=accent)
                s.y += 4
        elif k in ("p", "small"):
            s.para(b[1], 9.5 if k == "p" else 7.5)
        elif k == "ul":
            for it in b[1]:
                s.need(14)
                s.text(46, s.y + 12.5, "•", 9.5)
                s.para(it, 9.5, indent=16)
        elif k == "kv":
            rows = b[1]
            h = 14 * len(rows) + 10
            s.need(h)
            if s.style == "keystone":
                s.rect(40, s.y, s.W - 80, h, "#eceff1", rx=6)
            yy = s.y + 4
            for a, v in rows:
                yy += 14
                s.text(50, yy, a, 8.5, fill="#555555")
                s.text(210, yy, v, 9.5)
            s.y += h + 6
        elif k == "table":
            rows = b[1]
            n = len(rows[0])
            cw = (s.W - 80) / n
            for ri, r in enumerate(rows):
                lines = [wrap(str(c), 8.5, cw - 8, s.font) for c in r]
                rh = 12 * max(len(x_) for x_ in lines) + 6
                s.need(rh)
                if ri == 0:
                    s.rect(40, s.y, s.W - 80, rh, "#e3e7ea")
                for ci, ls in enumerate(lines):
                    for li, line in enumerate(ls):
                        s.text(44 + ci * cw, s.y + 12 + 12 * li, line, 8.5, bold=(ri == 0))
                s.line(40, s.y + rh, s.W - 40, s.y + rh, "#9aa5ad", 0.5)
                s.y += rh
            s.y += 8
        elif k == "sig":
            s.need(70)
            s.y += 36
            for i, (n_, r, dd) in enumerate(b[1]):
                xx = 40 + i * 190
                s.line(xx, s.y, xx + 160, s.y)
                s.text(xx, s.y + 12, n_, 9)
                s.text(xx, s.y + 23, r, 7.5, fill="#444444")
                if dd:
                    s.text(xx, s.y + 34, f"Datum: {dd}", 7.5, fill="#444444")
            s.y += 44
        elif k == "pb":
            s.new_page()
        elif k == "toc":
            pass
        else:
            raise ValueError(k)


def render_svg(blocks, out: Path, d: dt.date, *, style: str, footer: str = "", extra=None) -> Svg:
    s = Svg(style, footer)
    svg_blocks(s, blocks)
    if extra:
        extra(s)
    write_svg_pdf(s, out, d)
    return s


def write_svg_pdf(s: Svg, out: Path, d: dt.date) -> None:
    with tempfile.TemporaryDirectory() as td:
        names = []
        for i, p in enumerate(s.svg_pages()):
            f = Path(td) / f"p{i:02d}.svg"
            f.write_text(p, encoding="utf-8")
            names.append(str(f))
        out.parent.mkdir(parents=True, exist_ok=True)
        run(["rsvg-convert", "-f", "pdf", "-o", str(out), *names])
    fix_pdf(out, d)


# ---- AcroForm: an SVG/cairo form page, text widgets added with pikepdf, values filled by pypdf


def render_form(
    c: Case,
    d: dt.date,
    out: Path,
    title: str,
    fields: list[tuple[str, str, str, int]],
    footer: str,
    sigs: list[tuple[str, str]],
) -> None:
    """fields: (label, field name, value, lines)."""
    import pikepdf
    from pypdf import PdfReader, PdfWriter

    s = Svg("form", footer)
    s.y += 10
    s.text(40, s.y + 14, title, 15, bold=True, fill="#5d3a8e")
    s.y += 30
    rects = []
    for label, name, value, lines in fields:
        h = 14 * lines + 6
        if s.y + h + 14 > s.H - 80:
            s.new_page()
        s.text(40, s.y + 10, label, 8, fill="#444444")
        s.rect(40, s.y + 14, s.W - 80, h, "#fbf9fd", "#8a76a8", sw=0.6)
        rects.append((len(s.pages) - 1, name, (40, s.y + 14, s.W - 40, s.y + 14 + h), value, lines))
        s.y += h + 22
    s.need(60)
    s.y += 30
    for i, (_n, r) in enumerate(sigs):
        xx = 40 + 250 * i
        s.line(xx, s.y, xx + 200, s.y)
        s.text(xx, s.y + 12, f"Handtekening {r}", 7.5, fill="#444444")
    with tempfile.TemporaryDirectory() as td:
        base = Path(td) / "base.pdf"
        write_svg_pdf(s, base, d)
        pdf = pikepdf.open(base)
        helv = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font,
                Subtype=pikepdf.Name.Type1,
                BaseFont=pikepdf.Name.Helvetica,
                Encoding=pikepdf.Name.WinAnsiEncoding,
            )
        )
        allf = pikepdf.Array()
        per_page: dict[int, pikepdf.Array] = {}
        for pi, name, (x0, y0, x1, y1), _value, lines in rects:
            page = pdf.pages[pi]
            H = float(page.MediaBox[3])
            w = pdf.make_indirect(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Widget,
                    FT=pikepdf.Name.Tx,
                    T=pikepdf.String(name),
                    Rect=[x0 + 1, H - y1 + 1, x1 - 1, H - y0 - 1],
                    F=4,
                    P=page.obj,
                    DA=pikepdf.String("/Helv 9 Tf 0 g"),
                    Ff=4096 if lines > 1 else 0,
                    MK=pikepdf.Dictionary(BC=[0.55, 0.46, 0.66]),
                )
            )
            per_page.setdefault(pi, pikepdf.Array()).append(w)
            allf.append(w)
        for pi, arr in per_page.items():
            pdf.pages[pi].obj.Annots = pdf.make_indirect(arr)
        pdf.Root.AcroForm = pdf.make_indirect(
            pikepdf.Dictionary(
                Fields=allf,
                DA=pikepdf.String("/Helv 9 Tf 0 g"),
                DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv)),
            )
        )
        mid = Path(td) / "mid.pdf"
        pdf.save(mid, deterministic_id=True)
        reader = PdfReader(mid)
        wr = PdfWriter(clone_from=reader)
        for pi in sorted(per_page):
            vals = {name: value for p_, name, _, value, _ in rects if p_ == pi}
            wr.update_page_form_field_values(wr.pages[pi], vals, auto_regenerate=False)
        wr.add_metadata(
            {
                "/Producer": "pypdf",
                "/Creator": "ArboMens formulierenserver",
                "/CreationDate": f"D:{pdf_date(d)}",
                "/ModDate": f"D:{pdf_date(d)}",
            }
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("wb") as f:
            wr.write(f)
    fix_pdf(out, d)


# ---- LibreOffice Calc from a hand-written flat ODS


def fods_xml(blocks, d: dt.date, *, header: str, footer: str, sheet: str, accent="#1f4e79") -> str:
    rows: list[str] = []

    def cell(t: str, st: str = "ce1", span: int = 1) -> str:
        cc = (
            f'<table:table-cell table:style-name="{st}" office:value-type="string"'
            + (f' table:number-columns-spanned="{span}"' if span > 1 else "")
            + ">"
            + "".join(f"<text:p>{x(line)}</text:p>" for line in t.split("\n"))
            + "</table:table-cell>"
        )
        return cc + "<table:covered-table-cell/>" * (span - 1)

    def row(cells: str, h: float = 0.55) -> None:
        rows.append(f'<table:table-row table:style-name="ro{int(h * 100)}">{cells}</table:table-row>')

    heights = set()
    for b in blocks:
        k = b[0]
        if k == "title":
            row(cell(b[1], "ceT", 4), 1.0)
        elif k == "sub":
            row(cell(b[1], "ceI", 4), 0.9)
        elif k == "kv":
            for a, v in b[1]:
                n = max(len(textwrap.wrap(a, 34)), len(textwrap.wrap(v, 80)), 1)
                row(cell(a, "ceL") + cell(v, "ce1", 3), 0.5 * n + 0.05)
        elif k == "h":
            row(cell("", "ce0", 4), 0.3)
            row(cell(b[1], "ceH", 4), 0.6)
        elif k in ("p", "small"):
            n = max(1, len(textwrap.wrap(b[1], 105)))
            row(cell(b[1], "ceW", 4), 0.5 * n + 0.1)
        elif k == "ul":
            for it in b[1]:
                n = max(1, len(textwrap.wrap(it, 100)))
                row(cell("•", "ce1") + cell(it, "ceW", 3), 0.5 * n + 0.1)
        elif k == "table":
            for ri, r in enumerate(b[1]):
                cells = [str(z) for z in r] + [""] * (4 - len(r))
                n = max(max(1, len(textwrap.wrap(z, 24))) for z in cells)
                row("".join(cell(z, "ceG" if ri == 0 else "ceB") for z in cells[:4]), 0.45 * n + 0.12)
        elif k == "sig":
            row(cell("", "ce0", 4), 0.9)
            row("".join(cell(f"{n_}\n{r}" + (f"\n{dd}" if dd else ""), "ceS") for n_, r, dd in b[1][:4]), 1.3)
        elif k == "pb":
            rows.append(
                '<table:table-row table:style-name="roPB"><table:table-cell table:number-columns-repeated="4"/>'
                "</table:table-row>"
            )
        else:
            raise ValueError(k)
    for r in rows:
        m = re.match(r'<table:table-row table:style-name="ro(\d+)"', r)
        if m:
            heights.add(int(m.group(1)))
    rstyles = "".join(
        f'<style:style style:name="ro{h}" style:family="table-row"><style:table-row-properties '
        f'style:row-height="{h / 100:.2f}cm" style:use-optimal-row-height="false"/></style:style>'
        for h in sorted(heights)
    )
    iso = f"{d.isoformat()}T09:30:00"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document office:mimetype="application/vnd.oasis.opendocument.spreadsheet" office:version="1.3" {NS}>
<office:meta><meta:creation-date>{iso}</meta:creation-date><dc:date>{iso}</dc:date><dc:creator>HR Shared Services</dc:creator></office:meta>
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/></office:font-face-decls>
<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="9pt"/></style:default-style></office:styles>
<office:automatic-styles>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="6.0cm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="3.9cm"/></style:style>
{rstyles}
<style:style style:name="roPB" style:family="table-row"><style:table-row-properties fo:break-before="page" style:row-height="0.2cm"/></style:style>
<style:style style:name="ce0" style:family="table-cell"/>
<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" fo:border-bottom="0.5pt solid #b0b0b0" style:vertical-align="top"/></style:style>
<style:style style:name="ceL" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" fo:background-color="#eaf1f8" fo:border-bottom="0.5pt solid #b0b0b0"/><style:text-properties fo:color="#333333"/></style:style>
<style:style style:name="ceT" style:family="table-cell"><style:table-cell-properties fo:background-color="{accent}"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="ceI" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="ceH" style:family="table-cell"><style:table-cell-properties fo:border-bottom="1.2pt solid {accent}"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:color="{accent}"/></style:style>
<style:style style:name="ceW" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>
<style:style style:name="ceG" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9d9d9" fo:border="0.5pt solid #808080"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="ceB" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:wrap-option="wrap"/></style:style>
<style:style style:name="ceS" style:family="table-cell"><style:table-cell-properties fo:border-top="0.8pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:print="objects charts drawings" style:scale-to-X="1" style:scale-to-Y="0"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:style style:name="ta1" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pm1">
<style:header><style:region-left><text:p>{x(header)}</text:p></style:region-left><style:region-right><text:p><text:sheet-name>{x(sheet)}</text:sheet-name></text:p></style:region-right></style:header>
<style:footer><style:region-left><text:p>{x(footer)}</text:p></style:region-left><style:region-right><text:p>Page <text:page-number>1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:region-right></style:footer>
</style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{x(sheet)}" table:style-name="ta1">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2" table:number-columns-repeated="3"/>
{"".join(rows)}
</table:table></office:spreadsheet></office:body></office:document>
"""


def render_calc(blocks, out: Path, d: dt.date, *, header: str, footer: str, sheet: str) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".fods")
        src.write_text(fods_xml(blocks, d, header=header, footer=footer, sheet=sheet), encoding="utf-8")
        res = soffice(src, "pdf:calc_pdf_Export", Path(td) / "res")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(res, out)
    fix_pdf(out, d)


# ---- scans and photos: MuPDF renders, Pillow degrades


def mupdf_pages(pdf: Path, dpi: int, gray: bool = True) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as td:
        run(
            [
                "mutool",
                "draw",
                "-q",
                "-r",
                str(dpi),
                "-c",
                "gray" if gray else "rgb",
                "-o",
                str(Path(td) / "p%03d.png"),
                str(pdf),
            ]
        )
        out = []
        for f in sorted(Path(td).glob("p*.png")):
            im = Image.open(f)
            im.load()
            out.append(im.copy())
        return out


def stamp(im: Image.Image, text: str, xy: tuple[int, int], angle: float, scale: float, shade=90) -> Image.Image:
    lines = text.split("\n")
    f = ImageFont.truetype(FONT_STAMP, int(34 * scale))
    w = int(max(f.getlength(line) for line in lines) + 40 * scale)
    h = int(len(lines) * 44 * scale + 26 * scale)
    layer = Image.new("L", (w, h), 0)
    dr = ImageDraw.Draw(layer)
    dr.rounded_rectangle([3, 3, w - 4, h - 4], radius=int(10 * scale), outline=255, width=max(3, int(4 * scale)))
    for i, line in enumerate(lines):
        dr.text((w / 2, 14 * scale + i * 44 * scale + 22 * scale), line, font=f, fill=255, anchor="mm")
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    ink = Image.new(im.mode, layer.size, shade if im.mode == "L" else (40, 60, 150))
    mask = layer.point(lambda v: int(v * 0.8))
    im.paste(ink, xy, mask)
    return im


def handwrite(im: Image.Image, text: str, xy: tuple[int, int], size: int, angle: float = 0, shade=40) -> Image.Image:
    f = ImageFont.truetype(FONT_HAND, size)
    lines = text.split("\n")
    w = int(max(f.getlength(line) for line in lines) + 20)
    h = int(len(lines) * size * 1.25 + 20)
    layer = Image.new("L", (w, h), 0)
    dr = ImageDraw.Draw(layer)
    for i, line in enumerate(lines):
        dr.text((10, 10 + i * size * 1.25), line, font=f, fill=255)
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    ink = Image.new(im.mode, layer.size, shade if im.mode == "L" else (20, 30, 110))
    im.paste(ink, xy, layer)
    return im


def scribble(im: Image.Image, xy: tuple[int, int], w: int, seed: int, shade=30) -> Image.Image:
    rng = random.Random(seed)
    dr = ImageDraw.Draw(im)
    x0, y0 = xy
    pts = []
    for i in range(28):
        t = i / 27
        pts.append(
            (
                x0 + t * w + rng.uniform(-6, 6),
                y0 + 18 * __import__("math").sin(t * 9 + rng.uniform(0, 1)) + rng.uniform(-8, 8),
            )
        )
    dr.line(pts, fill=shade if im.mode == "L" else (20, 30, 90), width=3, joint="curve")
    return im


def degrade(im: Image.Image, seed: int, angle: float, noise: float = 10, blur: float = 0.6) -> Image.Image:
    rng = random.Random(seed)
    im = im.convert("L")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    # paper tone, speckles and a darker scan edge
    px = im.load()
    W, H = im.size
    for _ in range(int(W * H / 900)):
        xx, yy = rng.randrange(W), rng.randrange(H)
        px[xx, yy] = max(0, px[xx, yy] - rng.randint(40, 140))
    im = im.point(lambda v: int(18 + v * 0.90))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, W, 6], fill=90)
    return im


def fax_header(im: Image.Image, text: str) -> Image.Image:
    f = ImageFont.truetype(FONT_MONO, int(im.size[0] / 95))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, im.size[0], int(im.size[1] * 0.018)], fill=255)
    dr.text((int(im.size[0] * 0.03), int(im.size[1] * 0.004)), text, font=f, fill=20)
    return im


def save_pillow_pdf(pages: list[Image.Image], out: Path, d: dt.date, dpi: int, title: str = "") -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    when = dt.datetime(d.year, d.month, d.day, 9, 30).timetuple()
    rgbs = [p.convert("L") for p in pages]
    rgbs[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=rgbs[1:],
        resolution=dpi,
        quality=40,
        title=title or out.stem,
        creator="SCAN",
        producer="Scanner",
        creationDate=when,
        modDate=when,
    )
    fix_pdf(out, d)


def save_tesseract_pdf(pages: list[Image.Image], out: Path, d: dt.date, dpi: int) -> None:
    with tempfile.TemporaryDirectory() as td:
        lst = []
        for i, p in enumerate(pages):
            f = Path(td) / f"s{i}.jpg"
            p.convert("L").save(f, "JPEG", quality=35, dpi=(dpi, dpi))
            lst.append(str(f))
        (Path(td) / "list.txt").write_text("\n".join(lst) + "\n")
        run(
            [
                "tesseract",
                str(Path(td) / "list.txt"),
                str(Path(td) / "ocr"),
                "-l",
                "nld",
                "--dpi",
                str(dpi),
                "-c",
                "textonly_pdf=0",
                "pdf",
            ]
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(td) / "ocr.pdf", out)
    fix_pdf(out, d)


def photo_of_paper(page: Image.Image, seed: int, out: Path, *, whatsapp: bool = True) -> None:
    """A phone photo of a printed page on a desk: perspective, shadow, warm light, JPEG recompression."""
    rng = random.Random(seed)
    page = page.convert("RGB")
    W, H = page.size
    canvas_w, canvas_h = int(W * 1.25), int(H * 1.18)
    desk = Image.new("RGB", (canvas_w, canvas_h), (118, 92, 66))
    dd = ImageDraw.Draw(desk)
    for i in range(0, canvas_h, 7):  # wood grain
        c = 110 + int(14 * __import__("math").sin(i / 23.0)) + rng.randint(-4, 4)
        dd.line([(0, i), (canvas_w, i + rng.randint(-9, 9))], fill=(c, int(c * 0.78), int(c * 0.56)), width=4)
    ox, oy = int(W * 0.12), int(H * 0.08)
    desk.paste(page, (ox, oy))
    # perspective: the top edge further away
    sx = int(W * 0.07)
    src = [(ox - sx, oy), (ox + W + sx, oy), (ox + W, oy + H), (ox, oy + H)]
    coeffs = _perspective_coeffs(
        [(0, 0), (canvas_w, 0), (canvas_w, canvas_h), (0, canvas_h)],
        [
            (src[0][0] - 40, src[0][1] - 60),
            (src[1][0] + 40, src[1][1] - 60),
            (src[2][0] + 60, src[2][1] + 50),
            (src[3][0] - 60, src[3][1] + 50),
        ],
    )
    im = desk.transform(desk.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    im = im.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=(100, 80, 60))
    # shadow of the phone and warm light falloff
    shade = Image.new("L", im.size, 0)
    sd = ImageDraw.Draw(shade)
    sd.ellipse([int(im.size[0] * 0.55), int(im.size[1] * 0.6), int(im.size[0] * 1.3), int(im.size[1] * 1.4)], fill=90)
    shade = shade.filter(ImageFilter.GaussianBlur(60))
    im = Image.composite(Image.new("RGB", im.size, (30, 25, 20)), im, shade)
    r, g, b = im.split()
    im = Image.merge("RGB", (r.point(lambda v: min(255, int(v * 1.04 + 6))), g, b.point(lambda v: int(v * 0.9))))
    im = im.filter(ImageFilter.GaussianBlur(0.8))
    long_side = 1600 if whatsapp else 2000
    im.thumbnail((long_side, long_side))
    out.parent.mkdir(parents=True, exist_ok=True)
    im.save(out, "JPEG", quality=68 if whatsapp else 82, optimize=False)


def photo_of_screen(page: Image.Image, seed: int, out: Path) -> None:
    """A phone photo of a monitor showing the document: bezel, moiré, glare, perspective."""
    rng = random.Random(seed)
    page = page.convert("RGB")
    W, H = page.size
    crop = page.crop((0, 0, W, int(H * 0.62)))  # the screen shows the top of the page
    cw, ch = crop.size
    screen = Image.new("RGB", (int(cw * 1.1), int(ch * 1.12)), (235, 238, 242))
    screen.paste(crop, (int(cw * 0.05), int(ch * 0.06)))
    sdr = ImageDraw.Draw(screen)
    sdr.rectangle([0, 0, screen.size[0], int(ch * 0.045)], fill=(11, 95, 165))  # browser/portal bar
    sdr.text(
        (20, 8),
        "portal.vitaalnet.example/dossier/0173/rapportages",
        fill=(255, 255, 255),
        font=ImageFont.truetype(FONT_SANS, int(ch * 0.022)),
    )
    # moiré: faint interference lines
    mo = Image.new("L", screen.size, 0)
    md = ImageDraw.Draw(mo)
    for i in range(-screen.size[1], screen.size[0], 5):
        md.line([(i, 0), (i + screen.size[1] * 0.35, screen.size[1])], fill=26, width=2)
    screen = Image.composite(Image.new("RGB", screen.size, (120, 90, 140)), screen, mo)
    bez = Image.new("RGB", (screen.size[0] + 80, screen.size[1] + 80), (22, 22, 24))
    bez.paste(screen, (40, 40))
    room = Image.new("RGB", (int(bez.size[0] * 1.3), int(bez.size[1] * 1.35)), (58, 60, 66))
    room.paste(bez, (int(bez.size[0] * 0.15), int(bez.size[1] * 0.12)))
    Wc, Hc = room.size
    coeffs = _perspective_coeffs(
        [(0, 0), (Wc, 0), (Wc, Hc), (0, Hc)], [(-30, 40), (Wc + 60, -20), (Wc + 20, Hc + 30), (20, Hc - 10)]
    )
    im = room.transform(room.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    glare = Image.new("L", im.size, 0)
    gd = ImageDraw.Draw(glare)
    gd.ellipse([int(Wc * 0.55), int(Hc * 0.1), int(Wc * 0.85), int(Hc * 0.35)], fill=70)
    glare = glare.filter(ImageFilter.GaussianBlur(50))
    im = Image.composite(Image.new("RGB", im.size, (255, 255, 255)), im, glare)
    im = im.rotate(rng.uniform(-2, 2), resample=Image.BICUBIC, fillcolor=(50, 50, 55)).filter(
        ImageFilter.GaussianBlur(0.7)
    )
    im.thumbnail((2000, 2000))
    out.parent.mkdir(parents=True, exist_ok=True)
    im.save(out, "JPEG", quality=80)


def _solve(a, b):
    n = len(b)
    m = [[*row[:], b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective_coeffs(dst, src):
    a, b = [], []
    for (xd, yd), (xs, ys) in zip(dst, src, strict=False):
        a.append([xd, yd, 1, 0, 0, 0, -xs * xd, -xs * yd])
        b.append(xs)
        a.append([0, 0, 0, xd, yd, 1, -ys * xd, -ys * yd])
        b.append(ys)
    return _solve(a, b)


# ---- e-mail

import email.charset as _cs  # noqa: E402
import email.policy as _pol  # noqa: E402
from email.mime.application import MIMEApplication  # noqa: E402
from email.mime.base import MIMEBase  # noqa: E402
from email.mime.image import MIMEImage  # noqa: E402
from email.mime.multipart import MIMEMultipart  # noqa: E402
from email.mime.text import MIMEText  # noqa: E402
from email.utils import format_datetime  # noqa: E402

QP = _cs.Charset("utf-8")
QP.body_encoding = _cs.QP
QPL1 = _cs.Charset("iso-8859-1")
QPL1.body_encoding = _cs.QP


def when(d: dt.date, h: int, m: int, tz: int = 1) -> str:
    return format_datetime(dt.datetime(d.year, d.month, d.day, h, m, 0, tzinfo=dt.timezone(dt.timedelta(hours=tz))))


def head(msg, frm, to, subj, date_hdr, mid, *, cc=None, extra=None) -> None:
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subj
    msg["Date"] = date_hdr
    msg["Message-ID"] = mid
    for k, v in (extra or {}).items():
        msg[k] = v


def write_mail(msg, out: Path) -> None:
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    del msg["MIME-Version"]
    msg["MIME-Version"] = "1.0"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(msg.as_bytes(policy=_pol.SMTP))


def html_mail_body(blocks, intro: str = "", sig: str = "") -> str:
    return (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head>"
        f"<body style='font-family:Calibri,Arial,sans-serif;font-size:11pt'>{intro}{blocks_html(blocks)}{sig}"
        "</body></html>"
    )


def blocks_text(blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h"):
            out.append("\n" + b[1].upper() if k == "title" else "\n" + b[1])
        elif k in ("p", "sub", "small"):
            out.append(textwrap.fill(b[1], 76))
        elif k == "kv":
            out += [f"{a}: {v}" for a, v in b[1]]
        elif k == "ul":
            out += ["- " + textwrap.fill(i, 74, subsequent_indent="  ") for i in b[1]]
        elif k == "table":
            out += [" | ".join(r) for r in b[1]]
        elif k == "sig":
            out += ["", *[f"{n}, {r}" for n, r, _ in b[1]]]
    return "\n".join(out).strip() + "\n"


# ----------------------------------------------------------------------------------------------- the cases

ROWS: list[tuple[str, str, str, str, str]] = []


def label(c: Case, rel: str, typ: str, date: str, producer: str, trap: str) -> None:
    assert (date != "") == (typ != ""), rel
    assert ";" not in producer, producer
    trap = trap.replace("; ", ", ")
    if date:
        dt.date.fromisoformat(date)
    ROWS.append((f"{c.folder}/{rel}", typ, date, "holdout", f"{c.key};{producer};{trap}"))


def P(c: Case, rel: str) -> Path:
    p = FILES / c.folder / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def form_table(blocks, widths=(5.5, 11.5)):
    """Turn kv/h/p/ul blocks into one form table with merged cells (a Word-style 'formulier')."""
    rows: list = []
    out: list = []
    for b in blocks:
        k = b[0]
        if k == "kv":
            rows += [[a, v] for a, v in b[1]]
        elif k == "h" or k == "p":
            rows.append([(b[1], 2)])
        elif k == "ul":
            rows.append([("\n".join("- " + i for i in b[1]), 2)])
        elif k == "table":
            rows.append([("\n".join("  |  ".join(r) for r in b[1]), 2)])
        else:
            if rows:
                out.append(("mtable", rows, list(widths), False))
                rows = []
            out.append(b)
    if rows:
        out.append(("mtable", rows, list(widths), False))
    return out


def tmp_pdf(name: str) -> Path:
    return Path(tempfile.gettempdir()) / f"corpus13-src-{name}.pdf"


def vitaal_top(c: Case, kind: str) -> str:
    return (
        f"<div class='bar'><b>VitaalNet</b> &nbsp; Verzuimportaal &nbsp;|&nbsp; {esc(c.employer)}</div>"
        f"<div class='crumb'>Dossiers &rsaquo; 2024-0173 {esc(c.emp)} &rsaquo; Rapportages &rsaquo; {esc(kind)}</div>"
    )


def build_A() -> None:
    c = A
    vn = "wkhtmltopdf 0.12.6 VitaalNet portal print"
    d = D("2024-03-14")
    render_wk(
        pa_blocks(c, d, D("2024-03-12"), title="Rapportage bedrijfsarts: probleemanalyse"),
        P(c, "Arbodienst/rapportage_0173_01.pdf"),
        d,
        style="vitaalnet",
        top=vitaal_top(c, "Probleemanalyse"),
        header=["VitaalNet Arbodiensten B.V. | verzuimdossier 2024-0173", "Vertrouwelijk"],
        footer=["Afgedrukt op 19-03-2024 08:12 door I. Bongaerts", "pagina [page] van [topage]"],
    )
    label(
        c,
        "Arbodienst/rapportage_0173_01.pdf",
        "probleemanalyse",
        "2024-03-14",
        vn,
        "generic portal file name; print date 19-03-2024 in the footer, consult date 12-03-2024",
    )
    render_wk(
        izp_blocks(c, d, title="Inzetbaarheidsprofiel (bijlage bij rapportage)"),
        P(c, "Arbodienst/bijlage_IZP_0173.pdf"),
        d,
        style="vitaalnet",
        top=vitaal_top(c, "Bijlagen"),
        header=["VitaalNet Arbodiensten B.V. | verzuimdossier 2024-0173", "Vertrouwelijk"],
        footer=["Afgedrukt op 19-03-2024 08:13 door I. Bongaerts", "pagina [page] van [topage]"],
    )
    label(
        c,
        "Arbodienst/bijlage_IZP_0173.pdf",
        "inzetbaarheidsprofiel",
        "2024-03-14",
        vn,
        "six-rubric grid; print date in the footer",
    )

    d = D("2024-03-26")
    bl = pva_blocks(c, d, D("2024-03-14"), title="Plan van aanpak re-integratie")
    i = next(k for k, b in enumerate(bl) if b[0] == "h" and b[1].startswith("3."))
    bl[i:i] = [
        (
            "p_ins",
            "Coördinatie: ",
            "casemanager Ilse Bongaerts (HRM) is aanspreekpunt voor alle afspraken",
            ".",
            "I. Bongaerts",
            "2024-03-25T16:40:00",
        ),
        (
            "p_del",
            "Start aangepast werk: ",
            "maandag 18 maart 2024 ",
            "in overleg met de teamleider.",
            "J. Staal",
            "2024-03-25T17:02:00",
        ),
        (
            "p_com",
            "Nachtdiensten vervallen tot de volgende evaluatie.",
            "M. Tiekstra",
            "2024-03-25T20:15:00",
            "Geldt dit ook voor de weekenddiensten?",
        ),
    ]
    render_fodt(
        bl,
        P(c, "P&O/PvA Tiekstra concept v3 (wijzigingen).docx"),
        d,
        Fodt(
            kv_mode="merged",
            header=["Stichting Ziekenhuis Amerberg  -  HRM verzuim"],
            footer=["Plan van aanpak - versie 3"],
            author="I. Bongaerts",
            font="DejaVu Sans",
            size="9.5pt",
        ),
    )
    label(
        c,
        "P&O/PvA Tiekstra concept v3 (wijzigingen).docx",
        "plan_van_aanpak",
        "2024-03-26",
        "LibreOffice 7.4 DOCX export of flat ODT",
        "tracked insertion/deletion and a comment left in; 'concept' in the name; PA date beside the signing date",
    )

    d = D("2024-05-07")
    bl = eval_blocks(c, d, title="", n=1, next_d=D("2024-06-18"))[1:]
    render_fodt(
        bl,
        P(c, "P&O/definitief.pdf"),
        d,
        Fodt(
            header=["Verslag evaluatiemoment plan van aanpak", "Stichting Ziekenhuis Amerberg - HRM"],
            footer=["HRM-VZ-04"],
            font="DejaVu Sans",
            size="10pt",
        ),
        via_docx=True,
    )
    label(
        c,
        "P&O/definitief.pdf",
        "tussentijdse_evaluatie",
        "2024-05-07",
        "LibreOffice DOCX round trip to PDF",
        "title only in the page header; name 'definitief.pdf'; next evaluation date 18-06-2024",
    )

    d = D("2024-08-29")
    src = tmp_pdf("A-bpa")
    render_wk(
        bpa_blocks(
            c,
            d,
            D("2024-08-27"),
            title="Rapportage bedrijfsarts: bijstelling probleemanalyse",
            reason="De opbouw in het eigen werk stagneert door de nachtdiensten en de fysieke belasting "
            "op de IC. De belastbaarheid is gewijzigd ten opzichte van de probleemanalyse van "
            "14-03-2024.",
        ),
        src,
        d,
        style="vitaalnet",
        top=vitaal_top(c, "Bijstelling"),
    )
    photo_of_screen(mupdf_pages(src, 110, gray=False)[0], 51, P(c, "IMG_20240830_091544.jpg"))
    label(
        c,
        "IMG_20240830_091544.jpg",
        "bijstelling_probleemanalyse",
        "2024-08-29",
        "phone photo of the VitaalNet portal on a monitor (Pillow)",
        "moiré, glare, perspective; photo taken the next day (name 20240830); earlier PA date quoted",
    )

    d = D("2024-10-01")
    render_fodt(
        eval_blocks(c, d, title="Verslag voortgangsgesprek", n=3, next_d=D("2024-11-12")),
        P(c, "P&O/Evaluatie 6 wk okt.docx"),
        d,
        Fodt(
            header=["Gespreksverslag  |  verzuimbegeleiding HRM", "Stichting Ziekenhuis Amerberg"],
            footer=["Sjabloon HRM-VZ-04 (2022)"],
            author="I. Bongaerts",
            font="DejaVu Sans",
        ),
    )
    label(
        c,
        "P&O/Evaluatie 6 wk okt.docx",
        "tussentijdse_evaluatie",
        "2024-10-01",
        "LibreOffice 7.4 DOCX export of flat ODT",
        "house style in header/footer; template year 2022 in the footer",
    )

    d = D("2024-11-27")
    render_svg(
        uwv_zm_blocks(c, d, D("2024-11-25")),
        P(c, "UWV/Ziekmelding 42e week.pdf"),
        d,
        style="uwv",
        footer="UWV  |  Bevestiging ziekmelding  |  pagina {n}",
    )
    label(
        c,
        "UWV/Ziekmelding 42e week.pdf",
        "ziekmelding_uwv",
        "2024-11-27",
        "librsvg/cairo SVG letter",
        "UWV confirmation of the 42-week report; report received 25-11-2024, letter dated 27-11-2024",
    )

    d = D("2025-01-09")
    render_fodt(
        ad_blocks(c, d, seed=11, visit=D("2024-12-17")),
        P(c, "P&O/Kantelpunt AD-rapport.pdf"),
        d,
        Fodt(
            font="Nimbus Roman",
            size="11.5pt",
            accent="#7a1f3d",
            header=["Kantelpunt Arbeidsdeskundig Advies", "vertrouwelijk"],
            footer=["Arbeidsdeskundig rapport M. Tiekstra-de Wolff"],
        ),
    )
    label(
        c,
        "P&O/Kantelpunt AD-rapport.pdf",
        "arbeidsdeskundig_rapport",
        "2025-01-09",
        "LibreOffice PDF of flat ODT with a filled table of contents",
        "long report: TOC, 11 numbered chapters, signature on the last page before two appendices; visit date 17-12-2024",
    )

    d = D("2025-01-28")
    render_fodt(
        eje_blocks(c, d, title="Verslag evaluatiemoment week 52", ad=D("2025-01-09")),
        P(c, "P&O/Verslag evaluatiemoment week 52.pdf"),
        d,
        Fodt(
            font="DejaVu Sans",
            size="10pt",
            header=["Stichting Ziekenhuis Amerberg - HRM"],
            footer=["Verzuimdossier 2024-0173"],
        ),
    )
    label(
        c,
        "P&O/Verslag evaluatiemoment week 52.pdf",
        "eerstejaarsevaluatie",
        "2025-01-28",
        "LibreOffice PDF of flat ODT",
        "type only as 'evaluatiemoment week 52'; AD report date 09-01-2025 quoted",
    )

    d = D("2025-02-11")
    render_fodt(
        bpva_blocks(
            c,
            d,
            title="Aanpassing afspraken na evaluatie week 52",
            spoor2=False,
            reason="In de evaluatie van 28-01-2025 is besloten het plan van aanpak bij te stellen: "
            "het eigen werk op de IC is niet meer haalbaar.",
        ),
        P(c, "P&O/document(1).pdf"),
        d,
        Fodt(
            kv_mode="frames",
            frames_right=[("Soort", "bijstelling plan van aanpak"), ("Datum", num(d))],
            font="DejaVu Sans",
            size="10pt",
            accent="#0b5fa5",
        ),
    )
    label(
        c,
        "P&O/document(1).pdf",
        "bijstelling_plan_van_aanpak",
        "2025-02-11",
        "LibreOffice PDF, text boxes",
        "name 'document(1).pdf'; title 'Aanpassing afspraken'; the type and date in a text box",
    )

    d = D("2025-10-14")
    render_svg(
        uwv_wia_blocks(c, d), P(c, "UWV/Brief UWV aanvraag WIA.pdf"), d, style="uwv", footer="UWV  |  pagina {n}"
    )
    label(
        c,
        "UWV/Brief UWV aanvraag WIA.pdf",
        "uwv_correspondentie",
        "2025-10-14",
        "librsvg/cairo SVG letter",
        "week-88 letter; application deadline and first sick day beside the letter date",
    )

    d = D("2025-10-20")
    render_wk(
        ao_blocks(c, d, D("2025-10-16"), title="Rapportage bedrijfsarts"),
        P(c, "Arbodienst/rapportage_0173_07.pdf"),
        d,
        style="vitaalnet",
        top=vitaal_top(c, "Actueel oordeel"),
        header=["VitaalNet Arbodiensten B.V. | verzuimdossier 2024-0173", "Vertrouwelijk"],
        footer=["Afgedrukt op 23-10-2025 14:51 door I. Bongaerts", "pagina [page] van [topage]"],
    )
    label(
        c,
        "Arbodienst/rapportage_0173_07.pdf",
        "actueel_oordeel",
        "2025-10-20",
        vn,
        "title 'Rapportage bedrijfsarts', type in the subtitle and breadcrumb; print date in footer",
    )
    render_wk(
        mi_blocks(
            c,
            d,
            diag="Chronisch lumbosacraal radiculair syndroom na microdiscectomie L5-S1 "
            "(ICD-10 M54.1); daarnaast een aanpassingsstoornis (F43.2).",
        ),
        P(c, "Arbodienst/rapportage_0173_08.pdf"),
        d,
        style="vitaalnet",
        top=vitaal_top(c, "Medisch"),
        header=["VitaalNet Arbodiensten B.V. | verzuimdossier 2024-0173", "MEDISCH GEHEIM"],
        footer=["Afgedrukt op 23-10-2025 14:52 door I. Bongaerts", "pagina [page] van [topage]"],
    )
    label(
        c,
        "Arbodienst/rapportage_0173_08.pdf",
        "medische_informatie",
        "2025-10-20",
        vn,
        "medical information printed by HR from the portal (employer must not hold it); same name pattern as the AO",
    )

    d = D("2025-11-04")
    render_fodt(
        form_table(ev_blocks(c, d, D("2025-10-20"), title="Eindevaluatie plan van aanpak")),
        P(c, "P&O/Eindevaluatie_Tiekstra_DEF.docx"),
        d,
        Fodt(
            header=["Stichting Ziekenhuis Amerberg  -  HRM verzuim"],
            footer=["Eindevaluatie - definitief"],
            author="I. Bongaerts",
            font="DejaVu Sans",
            size="9.5pt",
        ),
    )
    label(
        c,
        "P&O/Eindevaluatie_Tiekstra_DEF.docx",
        "eindevaluatie",
        "2025-11-04",
        "LibreOffice 7.4 DOCX export of flat ODT",
        "all content in one table with merged cells; AO date beside it",
    )

    d = D("2025-11-10")
    src = tmp_pdf("A-ew")
    render_fodt(
        [*ew_blocks(c, d, title="Mijn reactie op het re-integratieverslag"), ("small", f"Kopie: {c.cm}, HRM")],
        src,
        d,
        Fodt(font="Nimbus Roman", size="11.5pt"),
    )
    pages = mupdf_pages(src, 240)
    pg = scribble(pages[0], (int(pages[0].size[0] * 0.1), int(pages[0].size[1] * 0.55)), 300, 7)
    pg = stamp(pg, "HRM AMERBERG\nontvangen 12 NOV 2025", (int(pg.size[0] * 0.56), int(pg.size[1] * 0.12)), 4, 1.1)
    save_pillow_pdf([degrade(pg, 15, 0.8)], P(c, "Correspondentie/Reactie medewerker op RIV.pdf"), d, 240)
    label(
        c,
        "Correspondentie/Reactie medewerker op RIV.pdf",
        "oordeel_werknemer",
        "2025-11-10",
        "MuPDF render + Pillow scan, Pillow PDF writer",
        "240 dpi scan, 0.8 degree skew, received stamp 12 NOV 2025, title 'Mijn reactie'",
    )

    render_wk(
        dvo_blocks(c, D("2023-12-01")),
        P(c, "Arbodienst/Dienstverleningsovereenkomst VitaalNet 2024.pdf"),
        D("2023-12-01"),
        style="vitaalnet",
        top=vitaal_top(c, "Contract"),
    )
    label(
        c,
        "Arbodienst/Dienstverleningsovereenkomst VitaalNet 2024.pdf",
        "",
        "",
        vn,
        "service agreement naming probleemanalyse, actueel oordeel, medische informatie",
    )
    sal = [
        ("title", "Salarisspecificatie oktober 2025"),
        (
            "kv",
            [
                ("Werkgever", c.employer),
                ("Medewerker", c.emp),
                ("Personeelsnummer", "104773"),
                ("BSN", c.bsn),
                ("Functie", c.job),
                ("Periode", "01-10-2025 t/m 31-10-2025"),
            ],
        ),
        (
            "table",
            [
                ["Omschrijving", "Uren", "Bedrag", ""],
                ["Salaris (loondoorbetaling ziekte 70%)", "138,67", "€ 2.913,40", ""],
                ["Aanvulling tweede ziektejaar", "", "€ 208,10", ""],
                ["Loonheffing", "", "€ -611,24", ""],
                ["Pensioenpremie PFZW", "", "€ -203,77", ""],
                ["Netto", "", "€ 2.306,49", ""],
            ],
        ),
        ("p", "Verlofsaldo: 112,5 uur. Let op: eerste ziektedag 12-02-2024; einde wachttijd 09-02-2026."),
    ]
    render_calc(
        sal,
        P(c, "P&O/Salarisspecificatie 2025-10.pdf"),
        D("2025-10-24"),
        header="Amerberg Salarisadministratie",
        footer="Verwerkt 24-10-2025",
        sheet="Loonstrook",
    )
    label(
        c,
        "P&O/Salarisspecificatie 2025-10.pdf",
        "",
        "",
        "LibreOffice Calc PDF of flat ODS",
        "payslip with BSN, first sick day and end of wachttijd",
    )


def fax_scan(
    blocks,
    out: Path,
    d: dt.date,
    *,
    seed: int,
    fax: str,
    stamp_text: str = "",
    note: str = "",
    font="URW Bookman",
    dpi=200,
    angles=(0.7, -0.5, 0.4),
    header=None,
    extra_pages=None,
) -> None:
    src = tmp_pdf(f"fax-{seed}")
    render_fodt(blocks, src, d, Fodt(font=font, size="10.5pt", header=header))
    pages = mupdf_pages(src, dpi)
    outp = []
    n = len(pages)
    for i, pg in enumerate(pages):
        if i == 0 and stamp_text:
            pg = stamp(pg, stamp_text, (int(pg.size[0] * 0.58), int(pg.size[1] * 0.11)), -5 + seed % 7, 1.0)
        if i == 0 and note:
            pg = handwrite(pg, note, (int(pg.size[0] * 0.70), int(pg.size[1] * 0.19)), 36, 8)
        if i == n - 1:
            pg = scribble(pg, (int(pg.size[0] * 0.12), int(pg.size[1] * 0.5)), 260, seed)
        pg = degrade(pg, seed + i, angles[i % len(angles)], blur=0.7)
        pg = fax_header(pg, fax.replace("{p}", f"{i + 1:02d}/{n:02d}"))
        outp.append(pg)
    save_pillow_pdf(outp, out, d, dpi)


def build_B() -> None:
    c = B
    zw_hdr = ["Bedrijfsartsenpraktijk De Zuidwal  -  A.M. Kortekaas-Brinkman, bedrijfsarts  -  Zuidwal 14, Hengelo"]
    d = D("2023-12-07")
    bl = pa_blocks(c, d, D("2023-12-05"), title="Probleemanalyse en advies")
    i = next(k for k, b in enumerate(bl) if b[0] == "h" and b[1].startswith("4."))
    bl.insert(i, ("pb",))
    fax_scan(
        bl,
        P(c, "Scan_20231211_0001.pdf"),
        d,
        seed=3,
        header=zw_hdr,
        fax="07-DEC-2023 16:42  VAN: BA-PRAKTIJK DE ZUIDWAL   +31 74 000 1234   AAN: LUTTIKHUIS BOUW   P.{p}",
        stamp_text="ONTVANGEN\n11 DEC 2023",
    )
    label(
        c,
        "Scan_20231211_0001.pdf",
        "probleemanalyse",
        "2023-12-07",
        "fax scan (MuPDF render, Pillow, 200 dpi)",
        "two pages, per-page skew, fax header line 07-DEC-2023, received stamp 11 DEC 2023, scan date in name",
    )

    hz = Fodt(
        font="Nimbus Roman",
        size="11pt",
        header=["Hazeleger Verzuimbegeleiding  -  t.b.v. Bouwbedrijf Gebr. Luttikhuis B.V."],
        footer=["Hazeleger Verzuimbegeleiding, Delden - KvK 00000000"],
        author="Ton Hazeleger",
    )
    d = D("2023-12-19")
    render_fodt(pva_blocks(c, d, D("2023-12-07"), title="Plan van Aanpak"), P(c, "PvA Oosterloo.doc"), d, hz)
    label(
        c,
        "PvA Oosterloo.doc",
        "plan_van_aanpak",
        "2023-12-19",
        "LibreOffice 7.4 'MS Word 97' binary .doc",
        "old binary Word format",
    )
    d = D("2024-03-05")
    render_fodt(
        eval_blocks(c, d, title="Gespreksverslag", n=2, next_d=D("2024-04-16")),
        P(c, "gespreksverslag 5 maart.rtf"),
        d,
        hz,
    )
    label(
        c,
        "gespreksverslag 5 maart.rtf",
        "tussentijdse_evaluatie",
        "2024-03-05",
        "LibreOffice 7.4 RTF export",
        "RTF; title 'Gespreksverslag'; next evaluation date 16-04-2024",
    )

    d = D("2024-02-20")
    ortho = [
        ("title", "Orthopedisch Centrum Twentekanaal"),
        ("sub", "polikliniek orthopedie - wervelkolomteam"),
        (
            "kv",
            [
                ("Aan", f"{c.ba}, bedrijfsarts, {c.arbo}"),
                ("Datum", num(d)),
                ("Betreft", f"dhr. D.J. {c.emp_short}, geb. {num(c.born)}"),
                ("BSN", c.bsn),
            ],
        ),
        ("p", "Geachte collega,"),
        (
            "p",
            "Bovengenoemde patiënt zag ik op de polikliniek in verband met lage rugklachten met uitstraling "
            "naar het rechterbeen sinds november 2023. Diagnose: hernia nuclei pulposi L5-S1 rechts met "
            "radiculair syndroom S1, bevestigd met MRI van 14-02-2024.",
        ),
        (
            "p",
            "Beleid: conservatief, fysiotherapie en pijnstilling (naproxen 500 mg 2 dd, zo nodig tramadol). "
            "Bij onvoldoende herstel binnen zes weken bespreken we een microdiscectomie. Controle over zes weken.",
        ),
        ("p", "Met collegiale groet,"),
        ("sig", [("dr. H.J. Wolters-Ebbinge", "orthopedisch chirurg", "")]),
    ]
    fax_scan(
        ortho,
        P(c, "fax orthopedie.pdf"),
        d,
        seed=5,
        font="Nimbus Sans",
        fax="22-FEB-2024 09:03  OCT ORTHOPEDIE   +31 53 000 9876   P.{p}",
        stamp_text="ONTVANGEN\n23 FEB 2024",
        angles=(-0.9,),
    )
    label(
        c,
        "fax orthopedie.pdf",
        "medische_informatie",
        "2024-02-20",
        "fax scan (MuPDF render, Pillow)",
        "specialist's letter with diagnosis and medication in the employer's folder; fax date 22-02, stamp 23-02",
    )

    d = D("2024-04-16")
    fax_scan(
        bpa_blocks(c, d, D("2024-04-15"), title="Vervolgadvies bedrijfsarts - bijstelling probleemanalyse"),
        P(c, "Scan_20240418_0003.pdf"),
        d,
        seed=9,
        header=zw_hdr,
        fax="16-APR-2024 17:20  VAN: BA-PRAKTIJK DE ZUIDWAL   +31 74 000 1234   P.{p}",
        stamp_text="ONTVANGEN\n18 APR 2024",
        note="bespreken met DJ\ndi 23/4 !!  -Ton",
        angles=(-1.1,),
    )
    label(
        c,
        "Scan_20240418_0003.pdf",
        "bijstelling_probleemanalyse",
        "2024-04-16",
        "fax scan (MuPDF render, Pillow)",
        "handwriting-like margin note with another date (23/4); stamp 18 APR 2024",
    )

    d = D("2024-08-20")
    render_svg(
        uwv_zm_blocks(c, d, D("2024-08-19")),
        P(c, "bevestiging ziekmelding UWV.pdf"),
        d,
        style="uwv",
        footer="UWV  |  pagina {n}",
    )
    label(
        c,
        "bevestiging ziekmelding UWV.pdf",
        "ziekmelding_uwv",
        "2024-08-20",
        "librsvg/cairo SVG letter",
        "confirmation dated a day after the report",
    )

    d = D("2024-10-15")
    src = tmp_pdf("B-eje")
    render_fodt(eje_blocks(c, d, title="Eerstejaarsevaluatie", ad=D("2024-09-26")), src, d, hz)
    pg = mupdf_pages(src, 130, gray=False)[0]
    for k, xx in enumerate((0.12, 0.42, 0.71)):
        pg = scribble(pg, (int(pg.size[0] * xx), int(pg.size[1] * 0.575)), 150, 20 + k)
    photo_of_paper(pg, 33, P(c, "WhatsApp Image 2024-10-15 at 14.02.11.jpeg"))
    label(
        c,
        "WhatsApp Image 2024-10-15 at 14.02.11.jpeg",
        "eerstejaarsevaluatie",
        "2024-10-15",
        "WhatsApp-compressed phone photo (Pillow)",
        "photo of the signed page on a desk; AD report date quoted",
    )

    d = D("2024-10-22")
    render_fodt(
        bpva_blocks(
            c,
            d,
            title="Gewijzigde afspraken re-integratie (start tweede spoor)",
            reason="Na de eerstejaarsevaluatie van 15-10-2024 en het arbeidsdeskundig rapport van "
            "26-09-2024 wordt het plan van aanpak van 19-12-2023 bijgesteld.",
        ),
        P(c, "aanvulling afspraken okt 2024.doc"),
        d,
        hz,
    )
    label(
        c,
        "aanvulling afspraken okt 2024.doc",
        "bijstelling_plan_van_aanpak",
        "2024-10-22",
        "LibreOffice 7.4 'MS Word 97' binary .doc",
        "the word 'bijstelling' only in the body; three earlier dates quoted",
    )

    sv_top = (
        "<div class='lh'><b>Stap Verder</b> &nbsp; Loopbaanbegeleiding &amp; tweede spoor<br>"
        "Spoorstraat 5, 7551 CA Hengelo &middot; info@stapverder.example</div>"
    )
    d = D("2024-11-12")
    render_wk(
        tp_blocks(c, d, D("2024-11-05"), title="Intake en plan tweede spoor"),
        P(c, "Stap Verder intake en plan.pdf"),
        d,
        style="bureau",
        top=sv_top,
        footer=["Stap Verder Loopbaanbegeleiding", "[page]/[topage]"],
    )
    label(
        c,
        "Stap Verder intake en plan.pdf",
        "trajectplan_tweede_spoor",
        "2024-11-12",
        "wkhtmltopdf bureau letterhead",
        "intake date a week before the plan date",
    )
    d = D("2024-10-24")
    render_wk(
        offerte_blocks(c, d),
        P(c, "Offerte 2e spoortraject Stap Verder.pdf"),
        d,
        style="bureau",
        top=sv_top,
        footer=["Stap Verder Loopbaanbegeleiding", "[page]/[topage]"],
    )
    label(
        c,
        "Offerte 2e spoortraject Stap Verder.pdf",
        "",
        "",
        "wkhtmltopdf bureau letterhead",
        "quotation naming intake, trajectplan, voortgangsrapportages and eindrapportage",
    )
    d = D("2025-04-15")
    render_wk(
        vr_blocks(c, d, D("2025-01-13"), D("2025-04-11"), n=3, title="Rapportage spoor 2 - periode 3"),
        P(c, "Rapportage spoor 2 - periode 3.pdf"),
        d,
        style="bureau",
        top=sv_top,
        footer=["Stap Verder Loopbaanbegeleiding", "[page]/[topage]"],
    )
    label(
        c,
        "Rapportage spoor 2 - periode 3.pdf",
        "voortgangsrapportage_tweede_spoor",
        "2025-04-15",
        "wkhtmltopdf bureau letterhead",
        "title 'Rapportage spoor 2 - periode 3'; period dates and next date",
    )

    d = D("2025-03-20")
    render_svg(
        uwv_do_blocks(c, d, D("2025-02-10")), P(c, "UWV/DO 2025.pdf"), d, style="uwv", footer="UWV  |  pagina {n}"
    )
    label(
        c,
        "UWV/DO 2025.pdf",
        "deskundigenoordeel",
        "2025-03-20",
        "librsvg/cairo SVG letter, 2 pages",
        "covering letter on page 1, the judgement on page 2; request date 10-02-2025",
    )

    d = D("2025-07-08")
    render_fodt(
        er_blocks(c, d, D("2024-11-12"), seed=21),
        P(c, "Eindrapport Stap Verder.pdf"),
        d,
        Fodt(
            font="DejaVu Sans",
            size="10.5pt",
            accent="#c2571a",
            header=["Stap Verder Loopbaanbegeleiding", "eindrapportage"],
            footer=[f"Kandidaat {c.emp} - vertrouwelijk"],
        ),
    )
    label(
        c,
        "Eindrapport Stap Verder.pdf",
        "eindrapportage_tweede_spoor",
        "2025-07-08",
        "LibreOffice PDF of flat ODT with a filled table of contents",
        "long report with TOC; signature before the appendix with 12 application dates",
    )

    d = D("2025-07-21")
    fax_scan(
        ao_blocks(c, d, D("2025-07-17"), title="Actueel oordeel bedrijfsarts t.b.v. re-integratieverslag"),
        P(c, "Scan_20250722_0011.pdf"),
        d,
        seed=13,
        header=zw_hdr,
        fax="21-JUL-2025 18:05  VAN: BA-PRAKTIJK DE ZUIDWAL   +31 74 000 1234   P.{p}",
        stamp_text="ONTVANGEN\n22 JUL 2025",
        angles=(0.5, -0.8),
    )
    label(
        c,
        "Scan_20250722_0011.pdf",
        "actueel_oordeel",
        "2025-07-21",
        "fax scan (MuPDF render, Pillow)",
        "fax header, stamp 22 JUL 2025, consult 17-07-2025",
    )

    d = D("2025-07-31")
    render_fodt(ev_blocks(c, d, D("2025-07-21")), P(c, "Eindevaluatie Oosterloo.rtf"), d, hz)
    label(
        c,
        "Eindevaluatie Oosterloo.rtf",
        "eindevaluatie",
        "2025-07-31",
        "LibreOffice 7.4 RTF export",
        "RTF; AO date quoted",
    )

    d = D("2025-07-08")
    src = tmp_pdf("B-wia")
    render_svg(uwv_wia_blocks(c, d), src, d, style="uwv", footer="UWV  |  pagina {n}")
    photo_of_paper(mupdf_pages(src, 130, gray=False)[0], 44, P(c, "WhatsApp Image 2025-07-09 at 08.31.55.jpeg"))
    label(
        c,
        "WhatsApp Image 2025-07-09 at 08.31.55.jpeg",
        "uwv_correspondentie",
        "2025-07-08",
        "WhatsApp-compressed phone photo of an SVG/cairo letter",
        "photo a day after the letter date",
    )

    d = D("2024-06-28")
    vak = [
        ("title", "Opbouw vakantie-uren tijdens ziekte"),
        ("kv", [("Aan", c.emp), ("Datum", num(d)), ("Personeelsnummer", "0317")]),
        ("p", "Beste Dirk-Jan,"),
        (
            "p",
            "Ook tijdens ziekte bouw je vakantie-uren op. Volgens de cao Bouw & Infra vervallen wettelijke "
            "uren die niet binnen zes maanden na het kalenderjaar zijn opgenomen. Je saldo op 1 juli 2024 is "
            "148 uur. Je kunt in overleg met je casemanager en de bedrijfsarts verlof opnemen; tijdens "
            "verlof lopen de afspraken uit het plan van aanpak door.",
        ),
        ("p", "Met vriendelijke groet,\nGerrit Luttikhuis, directeur"),
    ]
    render_fodt(vak, P(c, "brief vakantieuren 2024.doc"), d, Fodt(font="Nimbus Sans", author="Luttikhuis"))
    label(
        c,
        "brief vakantieuren 2024.doc",
        "",
        "",
        "LibreOffice 7.4 'MS Word 97' binary .doc",
        "letter about holiday hours mentioning the plan van aanpak and the bedrijfsarts",
    )


def build_C() -> None:
    c = C
    am = "AcroForm: SVG/cairo page, pikepdf widgets, pypdf values"
    foot = "ArboMens Overheid  |  Postbus 00000, 8000 AA Zwolle  |  formulier AM-17  |  pagina {n}"

    def wrapv(s: str, n: int = 95) -> str:
        return "\n".join(textwrap.wrap(s, n))

    d = D("2024-07-04")
    render_form(
        c,
        d,
        P(c, "ArboMens/Probleemanalyse_formulier.pdf"),
        "Probleemanalyse (art. 2 Regeling procesgang)",
        [
            ("Naam werknemer", "naam", c.emp, 1),
            ("Geboortedatum", "geb", num(c.born), 1),
            ("BSN", "bsn", c.bsn, 1),
            ("Werkgever / functie", "wg", f"{c.employer} / {c.job}", 1),
            ("Eerste ziektedag", "ezd", num(c.d0), 1),
            ("Datum spreekuur", "dsp", num(D("2024-07-02")), 1),
            (
                "Beperkingen en mogelijkheden",
                "bep",
                wrapv(
                    "Beperkt in persoonlijk functioneren: geen werk onder hoge tijdsdruk of met conflicthantering. Wel "
                    "benutbare mogelijkheden: eigen beleidswerk in rustige omgeving, 3 x 3 uur per week."
                ),
                3,
            ),
            ("Prognose", "prog", wrapv("Herstel verwacht binnen 3 tot 6 maanden; dreigend langdurig verzuim."), 2),
            (
                "Advies aan werkgever en werknemer",
                "adv",
                wrapv(
                    "Plan van aanpak binnen twee weken; start met eigen taken zonder overleggen; evaluatie na 6 weken."
                ),
                3,
            ),
            ("Bedrijfsarts (naam, BIG-nummer)", "ba", f"{c.ba}, BIG {c.big}", 1),
            ("Datum probleemanalyse", "datum", num(d), 1),
        ],
        foot,
        [(c.ba, "bedrijfsarts")],
    )
    label(
        c,
        "ArboMens/Probleemanalyse_formulier.pdf",
        "probleemanalyse",
        "2024-07-04",
        am,
        "every value in a form field; consult date 02-07-2024 above the report date",
    )

    d = D("2024-07-04")
    src = tmp_pdf("C-izp")
    rub = [
        ("1. Persoonlijk functioneren", "r1", "beperkt: geen hoog tempo, geen conflicthantering", 1),
        ("2. Sociaal functioneren", "r2", "beperkt: geen intensieve klantcontacten", 1),
        ("3. Aanpassing aan fysieke omgevingseisen", "r3", "normaal", 1),
        ("4. Dynamische handelingen", "r4", "normaal", 1),
        ("5. Statische houdingen", "r5", "normaal", 1),
        ("6. Werktijden", "r6", "beperkt: 3 x 3 uur per week, overdag", 1),
    ]
    render_form(
        c,
        d,
        src,
        "Inzetbaarheidsprofiel",
        [
            ("Naam werknemer", "naam", c.emp, 1),
            ("BSN", "bsn", c.bsn, 1),
            ("Datum", "datum", num(d), 1),
            *rub,
            ("Bedrijfsarts", "ba", f"{c.ba}, bedrijfsarts, BIG {c.big}", 1),
        ],
        foot,
        [(c.ba, "bedrijfsarts")],
    )
    save_pillow_pdf([p.convert("L") for p in mupdf_pages(src, 150)], P(c, "ArboMens/IZP_afdruk.pdf"), d, 150)
    label(
        c,
        "ArboMens/IZP_afdruk.pdf",
        "inzetbaarheidsprofiel",
        "2024-07-04",
        "AcroForm flattened to an image (MuPDF 150 dpi, Pillow PDF)",
        "no text layer; six rubrics as form fields",
    )

    d = D("2024-07-16")
    bl = pva_blocks(c, d, D("2024-07-04"))
    i = next(k for k, b in enumerate(bl) if b[0] == "h" and b[1].startswith("3."))
    bl[i:i] = [
        (
            "p_com",
            "Start met eigen beleidsdossiers, zonder vergaderingen met externe partners.",
            "S. Bouzerda",
            "2024-07-15T21:04:00",
            "Ik wil het dossier jeugdhulp graag zelf houden.",
        ),
        (
            "p_ins",
            "Werkplek: ",
            "thuiswerken maximaal twee dagen per week, daarna opbouw op kantoor",
            "",
            "P. Venhuizen",
            "2024-07-16T08:45:00",
        ),
        (
            "p_del",
            "",
            "Uren: direct 18 uur per week. ",
            "Uren volgens het advies van de bedrijfsarts.",
            "P. Venhuizen",
            "2024-07-16T08:47:00",
        ),
        (
            "p_com",
            "Evaluatie na zes weken met teammanager.",
            "H. Dros",
            "2024-07-16T09:30:00",
            "Graag ook de ondernemingsraad-afspraken over thuiswerken checken.",
        ),
    ]
    render_fodt(
        bl,
        P(c, "P&O/Plan van aanpak S. Bouzerda - reactie P&O.docx"),
        d,
        Fodt(
            kv_mode="merged",
            header=["Gemeente Veenhoven  |  P&O"],
            footer=["Plan van aanpak - vertrouwelijk"],
            author="P. Venhuizen",
            font="Nimbus Sans",
        ),
    )
    label(
        c,
        "P&O/Plan van aanpak S. Bouzerda - reactie P&O.docx",
        "plan_van_aanpak",
        "2024-07-16",
        "LibreOffice 7.4 DOCX export of flat ODT",
        "tracked changes by two authors and two comments left in",
    )

    # Lotus Notes: a meeting report as the mail body
    d = D("2024-09-10")
    bl = eval_blocks(c, d, title="Verslag evaluatie plan van aanpak", n=2, next_d=D("2024-10-22"))
    msg = MIMEMultipart("alternative", boundary="=_alternative 0047A1B2C1258B9F_=")
    head(
        msg,
        f'"Pieter-Bas Venhuizen" <p.venhuizen@{c.mail_domain}>',
        f"s.bouzerda@{c.mail_domain}",
        "Verslag gesprek 10 september",
        when(D("2024-09-11"), 9, 14, 2),
        f"<OF0047A1B2.C1258B9F-ON00000000@{c.mail_domain}>",
        cc=f"h.dros@{c.mail_domain}",
        extra={
            "X-Mailer": "Lotus Notes Release 9.0.1FP10 SHF383 May 06, 2019",
            "X-MIMETrack": "Serialize by Router on NOTES01/Veenhoven(Release 9.0.1) at 11-09-2024 09:14:02",
        },
    )
    intro = "Beste Samira,\n\nHierbij het verslag van ons gesprek van gisteren. Graag je reactie voor vrijdag.\n\n"
    txt = (
        intro + blocks_text(bl) + "\nMet vriendelijke groet,\nPieter-Bas Venhuizen\nP&O-adviseur, Gemeente Veenhoven\n"
    )
    msg.attach(MIMEText(txt, "plain", QPL1))
    msg.attach(
        MIMEText(
            html_mail_body(bl, "<p>Beste Samira,</p><p>Hierbij het verslag van ons gesprek van gisteren.</p>"),
            "html",
            QPL1,
        )
    )
    write_mail(msg, P(c, "mail/Verslag gesprek 10 sept.eml"))
    label(
        c,
        "mail/Verslag gesprek 10 sept.eml",
        "tussentijdse_evaluatie",
        "2024-09-10",
        "Lotus Notes-shaped mail (stdlib email, ISO-8859-1 quoted-printable)",
        "the mail body is the report; sent the next day; next date 22-10-2024",
    )

    # the employee forwards her rehabilitation physician's letter
    d = D("2024-10-01")
    src = tmp_pdf("C-reva")
    reva = [
        ("title", "Revalidatiecentrum Het Meerland"),
        ("sub", "afdeling revalidatiegeneeskunde"),
        (
            "kv",
            [
                ("Datum", num(d)),
                ("Patiënt", f"mw. S. {c.emp_short}, geb. {num(c.born)}"),
                ("BSN", c.bsn),
                ("Aan", "huisarts W. Brons, Meppel; c.c. patiënte"),
            ],
        ),
        ("p", "Geachte collega,"),
        (
            "p",
            "Patiënte is verwezen in verband met persisterende klachten na een commotio cerebri (juni 2024) "
            "met post-commotioneel syndroom: hoofdpijn, prikkelgevoeligheid, concentratie- en "
            "geheugenproblemen. Neuropsychologisch onderzoek toont een verlaagde verwerkingssnelheid.",
        ),
        (
            "p",
            "Behandeling: poliklinisch revalidatieprogramma van 12 weken (ergotherapie, psycholoog, "
            "fysiotherapie). Medicatie: amitriptyline 10 mg a.n.",
        ),
        ("p", "Met vriendelijke groet,"),
        ("sig", [("drs. E.M. Kuipers-Ates", "revalidatiearts", "")]),
    ]
    render_fodt(reva, src, d, Fodt(font="DejaVu Sans", accent="#1b6f6f"))
    msg = MIMEMultipart("mixed", boundary="000000000000a1b2c3d4e5f60718")
    head(
        msg,
        "Samira Bouzerda <samira.bouzerda@mailbox.example>",
        f"p.venhuizen@{c.mail_domain}",
        "Fw: brief revalidatiearts",
        when(D("2024-10-08"), 20, 41, 2),
        "<CAF0corpus13C5fw@mail.mailbox.example>",
        extra={},
    )
    msg.attach(
        MIMEText(
            "Hoi Pieter-Bas,\n\nZie bijlage, dan weet je waarom ik voorlopig nog niet meer uren kan.\n\n"
            "Groet, Samira\n",
            "plain",
            "utf-8",
        )
    )
    att = MIMEApplication(src.read_bytes(), "pdf")
    att.add_header("Content-Disposition", "attachment", filename="Brief revalidatiearts 01-10-2024.pdf")
    msg.attach(att)
    write_mail(msg, P(c, "mail/Fw_ brief revalidatiearts.eml"))
    label(
        c,
        "mail/Fw_ brief revalidatiearts.eml::Brief revalidatiearts 01-10-2024.pdf",
        "medische_informatie",
        "2024-10-01",
        "LibreOffice PDF attached to a webmail forward",
        "medical letter forwarded by the employee to P&O; mail sent a week later",
    )

    d = D("2024-11-13")
    render_form(
        c,
        d,
        P(c, "ArboMens/Terugkoppeling spreekuur 12-11-2024.pdf"),
        "Terugkoppeling na spreekuur",
        [
            ("Naam werknemer", "naam", c.emp, 1),
            ("BSN", "bsn", c.bsn, 1),
            ("Datum spreekuur", "dsp", "12-11-2024", 1),
            ("Soort rapportage", "soort", "Bijstelling probleemanalyse (gewijzigde belastbaarheid)", 1),
            (
                "Wat is er veranderd?",
                "wat",
                wrapv(
                    "De klachten herstellen trager dan in de probleemanalyse van 04-07-2024 verwacht. De belastbaarheid "
                    "is herzien: 4 x 3 uur per week, zonder externe overleggen, met pauzes in een prikkelarme ruimte."
                ),
                3,
            ),
            (
                "Prognose en advies",
                "adv",
                wrapv(
                    "Verdere opbouw in kleine stappen; plan van aanpak bijstellen; volgend spreekuur over zes weken."
                ),
                2,
            ),
            ("Bedrijfsarts", "ba", f"{c.ba}, BIG {c.big}", 1),
            ("Datum terugkoppeling", "datum", num(d), 1),
        ],
        foot,
        [(c.ba, "bedrijfsarts")],
    )
    label(
        c,
        "ArboMens/Terugkoppeling spreekuur 12-11-2024.pdf",
        "bijstelling_probleemanalyse",
        "2024-11-13",
        am,
        "title 'Terugkoppeling na spreekuur', type only in a field; consult date in the file name",
    )

    d = D("2025-03-20")
    render_svg(
        uwv_zm_blocks(c, d, D("2025-03-18")),
        P(c, "UWV/Ziekmelding 42 weken.pdf"),
        d,
        style="uwv",
        footer="UWV  |  pagina {n}",
    )
    label(
        c,
        "UWV/Ziekmelding 42 weken.pdf",
        "ziekmelding_uwv",
        "2025-03-20",
        "librsvg/cairo SVG letter",
        "report received 18-03-2025, letter 20-03-2025",
    )

    d = D("2025-05-20")
    bl = eje_blocks(c, d, title="Evaluatie eerste ziektejaar")
    bl.insert(
        3,
        (
            "p_com",
            "Besproken in aanwezigheid van de teammanager.",
            "H. Dros",
            "2025-05-20T15:10:00",
            "Datum volgende bedrijfsartsconsult nog invullen",
        ),
    )
    render_fodt(
        bl,
        P(c, "P&O/Eerstejaarsevaluatie Bouzerda.docx"),
        d,
        Fodt(
            kv_mode="frames",
            frames_right=[("Datum gesprek", num(d)), ("Volgende evaluatie", "01-07-2025")],
            header=["Gemeente Veenhoven  |  P&O"],
            author="P. Venhuizen",
            font="Nimbus Sans",
            accent="#5d3a8e",
        ),
    )
    label(
        c,
        "P&O/Eerstejaarsevaluatie Bouzerda.docx",
        "eerstejaarsevaluatie",
        "2025-05-20",
        "LibreOffice 7.4 DOCX export of flat ODT",
        "person data and dates in text boxes; a comment left in",
    )

    d = D("2025-06-03")
    render_fodt(
        bpva_blocks(c, d, spoor2=False),
        P(c, "P&O/Bijstelling PvA juni 2025.pdf"),
        d,
        Fodt(
            kv_mode="merged",
            header=["Gemeente Veenhoven  |  P&O"],
            footer=["Bijstelling plan van aanpak"],
            font="Nimbus Sans",
        ),
        via_docx=True,
    )
    label(
        c,
        "P&O/Bijstelling PvA juni 2025.pdf",
        "bijstelling_plan_van_aanpak",
        "2025-06-03",
        "LibreOffice DOCX round trip to PDF",
        "original plan date beside the bijstelling date",
    )

    d = D("2026-02-03")
    render_svg(uwv_wia_blocks(c, d), P(c, "UWV/brief WIA 88 weken.pdf"), d, style="uwv", footer="UWV  |  pagina {n}")
    label(
        c,
        "UWV/brief WIA 88 weken.pdf",
        "uwv_correspondentie",
        "2026-02-03",
        "librsvg/cairo SVG letter",
        "week-88 letter; deadline date in the body",
    )

    d = D("2026-02-10")
    bl = ao_blocks(c, d, D("2026-02-09"), title="Terugkoppeling na spreekuur t.b.v. WIA", sub="")
    bl = [b for b in bl if b[0] != "sub"]
    msg = MIMEText(
        html_mail_body(
            bl,
            "<p>Geachte heer Venhuizen,</p><p>Hieronder mijn terugkoppeling na het "
            "spreekuur van gisteren, voor het re-integratieverslag.</p>",
            f"<p>Met vriendelijke groet,<br>{c.ba}<br>bedrijfsarts ArboMens Overheid</p>",
        ),
        "html",
        QP,
    )
    head(
        msg,
        f'"{c.ba} (ArboMens)" <m.oudewesselink@arbomens.example>',
        f"p.venhuizen@{c.mail_domain}",
        "Terugkoppeling na spreekuur t.b.v. WIA - S. Bouzerda",
        when(d, 15, 20),
        "<0102018d9f3a.corpus13.AO@arbomens.example>",
        extra={"X-Mailer": "Microsoft Outlook 16.0"},
    )
    write_mail(msg, P(c, "mail/Terugkoppeling na spreekuur tbv WIA.eml"))
    label(
        c,
        "mail/Terugkoppeling na spreekuur tbv WIA.eml",
        "actueel_oordeel",
        "2026-02-10",
        "Outlook HTML-only mail (stdlib email, utf-8 quoted-printable)",
        "no text/plain part; titled 'Terugkoppeling na spreekuur t.b.v. WIA'; consult the day before",
    )

    d = D("2026-02-24")
    bl = ev_blocks(c, d, D("2026-02-10"))
    i = next(k for k, b in enumerate(bl) if b[0] == "h" and b[1].startswith("3."))
    bl[i + 1 : i + 2] = [
        (
            "p_ins",
            "De arbeidsrelatie is goed",
            "; wel heeft de wisseling van teammanager in 2025 voor onrust gezorgd",
            ".",
            "S. Bouzerda",
            "2026-02-23T19:30:00",
        )
    ]
    bl.insert(
        i,
        (
            "p_com",
            "Werknemer heeft de eindevaluatie thuis gelezen.",
            "S. Bouzerda",
            "2026-02-23T19:33:00",
            "Mijn opmerking over de arbeidsrelatie graag laten staan.",
        ),
    )
    render_fodt(
        bl,
        P(c, "P&O/Eindevaluatie SB def - met opmerkingen werknemer.docx"),
        d,
        Fodt(
            kv_mode="merged",
            header=["Gemeente Veenhoven  |  P&O"],
            footer=["Eindevaluatie"],
            author="P. Venhuizen",
            font="Nimbus Sans",
        ),
    )
    label(
        c,
        "P&O/Eindevaluatie SB def - met opmerkingen werknemer.docx",
        "eindevaluatie",
        "2026-02-24",
        "LibreOffice 7.4 DOCX export of flat ODT",
        "employee's tracked insertion and comment; AO date beside it",
    )

    # the employee fills in a printed form by hand; the copier makes a searchable PDF
    d = D("2026-02-27")
    s = Svg("uwv", "")
    s.cur.clear()
    s.y = 70
    s.text(40, s.y, "Uw mening over het re-integratieverslag", 16, bold=True, fill="#222222")
    s.y += 18
    s.para(
        "Formulier voor de werknemer. Vul dit formulier in als u het re-integratieverslag van uw werkgever heeft "
        "ontvangen. U mag ook een eigen brief meesturen.",
        9,
    )
    labels_ = [
        ("Naam", 130),
        ("Burgerservicenummer (BSN)", 175),
        ("Naam werkgever", 220),
        ("Bent u het eens met het re-integratieverslag?", 280),
        ("Toelichting", 330),
        ("Datum", 560),
        ("Handtekening", 600),
    ]
    for lab, yy in labels_:
        s.text(40, yy, lab, 9, fill="#333333")
        s.line(40, yy + 26, 555, yy + 26, "#777777", 0.5)
    s.text(60, 306, "[   ] ja        [   ] nee        [   ] gedeeltelijk", 9)
    for yy in range(380, 540, 26):
        s.line(40, yy, 555, yy, "#777777", 0.5)
    src = tmp_pdf("C-ew")
    write_svg_pdf(s, src, d)
    pg = mupdf_pages(src, 300)[0]
    k = 300 / 72
    for txt, (xx, yy) in [
        (c.emp, (60, 133)),
        (c.bsn_spaced, (60, 178)),
        (c.employer, (60, 223)),
        ("X", (60 + tw("[ ] ja [ ] nee [", 9, "Nimbus Sans") - 2, 296)),
        ("Gedeeltelijk. De afspraken kloppen, maar de opbouw ging", (60, 338)),
        ("te snel na de bijstelling in november 2024. Ik had", (60, 364)),
        ("eerder een arbeidsdeskundige willen spreken.", (60, 390)),
        ("De arbeidsrelatie is goed.", (60, 416)),
        ("27-2-2026", (60, 567)),
    ]:
        pg = handwrite(pg, txt, (int(xx * k), int(yy * k) - 20), 58, 0.6, shade=35)
    pg = scribble(pg, (int(60 * k), int(608 * k)), 380, 31)
    save_tesseract_pdf([degrade(pg, 41, 0.4, blur=0.5)], P(c, "Scan_Xerox_0042.pdf"), d, 300)
    label(
        c,
        "Scan_Xerox_0042.pdf",
        "oordeel_werknemer",
        "2026-02-27",
        "handwritten form, 300 dpi scan, tesseract 5 searchable PDF",
        "answers and date handwritten; OCR text layer of the printed labels only; name 'Scan_Xerox_0042.pdf'",
    )

    d = D("2024-01-15")
    prot = [
        ("title", "Verzuimprotocol Gemeente Veenhoven 2024"),
        ("sub", "Vastgesteld door het college op 16 januari 2024, met instemming van de ondernemingsraad"),
        ("h", "1. Ziekmelding"),
        (
            "p",
            "Meld je ziek vóór 9.00 uur bij je leidinggevende. Geef geen medische "
            "informatie; je leidinggevende vraagt er ook niet naar.",
        ),
        ("h", "2. Probleemanalyse"),
        ("p", "Bij dreigend langdurig verzuim stelt de bedrijfsarts uiterlijk in week 6 een probleemanalyse op."),
        ("h", "3. Plan van aanpak"),
        (
            "p",
            "Binnen twee weken daarna stellen werknemer en P&O samen het plan van "
            "aanpak op. De P&O-adviseur is casemanager.",
        ),
        ("h", "4. Evaluaties"),
        ("p", "Elke zes weken een evaluatie; in week 52 de eerstejaarsevaluatie."),
        ("h", "5. WIA"),
        (
            "p",
            "Rond week 88 ontvang je een brief van UWV. Het actueel oordeel, de eindevaluatie en "
            "jouw oordeel vormen samen met de andere stukken het re-integratieverslag.",
        ),
        ("h", "6. Privacy"),
        ("p", "Medische informatie gaat alleen naar de bedrijfsarts en UWV."),
    ]
    render_fodt(
        prot,
        P(c, "P&O/Verzuimprotocol Gemeente Veenhoven 2024.pdf"),
        d,
        Fodt(font="Nimbus Sans", header=["Gemeente Veenhoven"], footer=["Verzuimprotocol 2024"]),
    )
    label(
        c,
        "P&O/Verzuimprotocol Gemeente Veenhoven 2024.pdf",
        "",
        "",
        "LibreOffice PDF of flat ODT",
        "protocol with numbered chapters named after RIV documents",
    )

    d = D("2026-01-27")
    msg = MIMEText(
        "Beste Samira,\n\nEen herinnering: volgens onze planning ontvang je rond 3 februari de brief van "
        "UWV over de WIA-aanvraag. De uiterste datum voor je aanvraag is 1 maart 2026 (week 93).\n\n"
        "Voor het re-integratieverslag hebben we nog nodig:\n- actueel oordeel van de bedrijfsarts "
        "(spreekuur 9 februari)\n- eindevaluatie (gepland 24 februari)\n- jouw eigen oordeel\n\n"
        "Groet,\nPieter-Bas\n",
        "plain",
        QPL1,
    )
    head(
        msg,
        f'"Pieter-Bas Venhuizen" <p.venhuizen@{c.mail_domain}>',
        f"s.bouzerda@{c.mail_domain}",
        "Herinnering: termijn WIA-aanvraag",
        when(d, 8, 2),
        f"<OF00A7.C12599-ON0001@{c.mail_domain}>",
        extra={"X-Mailer": "Lotus Notes Release 9.0.1FP10 SHF383 May 06, 2019"},
    )
    write_mail(msg, P(c, "mail/Herinnering_ termijn WIA-aanvraag.eml"))
    label(
        c,
        "mail/Herinnering_ termijn WIA-aanvraag.eml",
        "",
        "",
        "Lotus Notes-shaped mail (stdlib email)",
        "reminder naming the AO, the eindevaluatie and the application deadline",
    )

    d = D("2025-09-02")
    msg = MIMEMultipart("alternative", boundary="=_alternative 00B1C2D3C1258C33_=")
    head(
        msg,
        f'"Team Leren & Ontwikkelen" <leren@{c.mail_domain}>',
        f"alle-medewerkers@{c.mail_domain}",
        "Uitnodiging training Gezond Leidinggeven en verzuim",
        when(d, 11, 30, 2),
        f"<OF00B1C2D3.C1258C33@{c.mail_domain}>",
        extra={"X-Mailer": "Lotus Notes Release 9.0.1FP10 SHF383 May 06, 2019"},
    )
    t = (
        "Op 7 en 14 oktober 2025 organiseren we de training Gezond Leidinggeven. Onderwerpen: het "
        "verzuimgesprek, de probleemanalyse en het plan van aanpak, evalueren met je medewerker en de rol van "
        "de bedrijfsarts. Aanmelden kan tot 26 september via het leerportaal."
    )
    msg.attach(MIMEText(t + "\n", "plain", QPL1))
    msg.attach(
        MIMEText(f"<html><body><h2>Training Gezond Leidinggeven</h2><p>{esc(t)}</p></body></html>", "html", QPL1)
    )
    write_mail(msg, P(c, "mail/Uitnodiging training Gezond Leidinggeven.eml"))
    label(
        c,
        "mail/Uitnodiging training Gezond Leidinggeven.eml",
        "",
        "",
        "Lotus Notes-shaped mail (stdlib email)",
        "training invitation naming probleemanalyse and plan van aanpak",
    )


def build_D() -> None:
    c = DD
    pz = "wkhtmltopdf 0.12.6 Prevenzo report"

    def side(d: dt.date, extra: str = "") -> str:
        return (
            f"<b>Prevenzo Arbodienst</b><br>Verzuimnummer 2023-0911<br>Ziekmelding {num(c.d0)}<br>"
            f"Rapportagedatum {num(d)}<br>Bedrijfsarts {esc(c.ba)}{extra}"
        )

    top = "<div class='logo'>PREVENZO<small>arbodienst &middot; bedrijfsartsen &middot; preventie</small></div>"
    d = D("2023-10-24")
    render_wk(
        pa_blocks(c, d, D("2023-10-19")),
        P(c, "Prevenzo/PA_KB_24102023.pdf"),
        d,
        style="prevenzo",
        top=top,
        side=side(d),
        footer=["Prevenzo Arbodienst - vertrouwelijk", "[page]"],
    )
    label(
        c,
        "Prevenzo/PA_KB_24102023.pdf",
        "probleemanalyse",
        "2023-10-24",
        pz,
        "report data repeated in a floating side box; consult date 19-10-2023",
    )

    hr = dict(header="TempoRijn HR Shared Services - Absence & Vitality", footer="Confidential - personnel file")
    d = D("2023-11-03")
    render_calc(
        pva_blocks(c, d, D("2023-10-24"), lang="en", title="Reintegration plan (plan van aanpak)"),
        P(c, "HR/Return-to-work/Reintegration plan K Brouwers.pdf"),
        d,
        sheet="RTW plan",
        **hr,
    )
    label(
        c,
        "HR/Return-to-work/Reintegration plan K Brouwers.pdf",
        "plan_van_aanpak",
        "2023-11-03",
        "LibreOffice Calc PDF of flat ODS (spreadsheet form)",
        "English HR form; PA date beside the signing date",
    )

    # a reply chain: the evaluation is in the quoted part
    d = D("2024-01-10")
    ev = eval_blocks(c, d, title="Summary evaluation meeting (evaluatie plan van aanpak)", n=2, next_d=D("2024-02-21"))
    quoted0 = blocks_text(ev)
    orig = (
        f"Hi Kevin,\n\nAs discussed this afternoon, here is the summary of our evaluation meeting of "
        f"{en(d)}.\n\n{quoted0}\nKind regards,\nFemke de Graauw\nAbsence & Vitality specialist\n"
    )
    reply1 = "Thanks Femke. Fine by me; I can arrange the screening work for the Tilburg branch.\n\nRuben\n"
    reply2 = "Agreed, thanks both. See you on the 21st.\n\nKevin\n"

    def quote(t: str) -> str:
        return "\n".join("> " + line if line else ">" for line in t.splitlines())

    body = (
        reply2
        + "\nOn Thu, 11 Jan 2024 at 09:12, Ruben Kalkman <r.kalkman@temporijn.example> wrote:\n"
        + quote(
            reply1
            + "\nOn Wed, 10 Jan 2024 at 16:48, Femke de Graauw <f.degraauw@temporijn.example> wrote:\n"
            + quote(orig)
        )
        + "\n"
    )
    msg = MIMEMultipart("alternative", boundary="00000000000077c1d2060e9f1a2b")
    head(
        msg,
        "Kevin Brouwers <k.brouwers@temporijn.example>",
        "Ruben Kalkman <r.kalkman@temporijn.example>, Femke de Graauw <f.degraauw@temporijn.example>",
        "RE: RE: check-in Kevin 10 Jan",
        when(D("2024-01-12"), 10, 3),
        "<CAKx0corpus13D3re2@mail.gmail-style.example>",
        extra={
            "In-Reply-To": "<CAKx0corpus13D3re1@mail.gmail-style.example>",
            "References": "<CAKx0corpus13D3orig@mail.gmail-style.example> <CAKx0corpus13D3re1@mail.gmail-style.example>",
            "MIME-Version": "1.0",
        },
    )
    msg.attach(MIMEText(body, "plain", "utf-8"))
    msg.attach(
        MIMEText(
            "<div dir='ltr'>"
            + esc(reply2).replace("\n", "<br>")
            + "</div><blockquote class='gmail_quote'>"
            + esc(reply1).replace("\n", "<br>")
            + "<blockquote class='gmail_quote'>"
            + esc(orig).replace("\n", "<br>")
            + "</blockquote></blockquote>",
            "html",
            "utf-8",
        )
    )
    write_mail(msg, P(c, "HR/mail/RE_ RE_ check-in Kevin 10 jan.eml"))
    label(
        c,
        "HR/mail/RE_ RE_ check-in Kevin 10 jan.eml",
        "tussentijdse_evaluatie",
        "2024-01-10",
        "Gmail-shaped reply chain (stdlib email)",
        "the evaluation sits two levels deep in the quoted text; mail dated 12-01, replies 11-01; next date 21-02",
    )

    d = D("2024-03-12")
    render_wk(
        bpa_blocks(
            c,
            d,
            D("2024-03-07"),
            title="Vervolgrapportage",
            reason="Gewijzigde situatie: de opbouw stagneert. Hiermee stel ik de probleemanalyse van "
            "24-10-2023 bij; de belastbaarheid is herzien.",
        ),
        P(c, "Prevenzo/Rapportage 12-03-2024.pdf"),
        d,
        style="prevenzo",
        top=top,
        side=side(d),
        footer=["Prevenzo Arbodienst - vertrouwelijk", "[page]"],
    )
    label(
        c,
        "Prevenzo/Rapportage 12-03-2024.pdf",
        "bijstelling_probleemanalyse",
        "2024-03-12",
        pz,
        "title 'Vervolgrapportage'; bijstelling named in a heading and the text",
    )

    d = D("2024-08-13")
    cover = [b for b in ad_blocks(c, d, seed=17, visit=D("2024-07-23"))]
    render_wk(
        cover,
        P(c, "HR/AD report Brouwers final.pdf"),
        d,
        style="bureau",
        top="<div class='lh'><b>Arbeidsdeskundigen Collectief Zuid</b><br>Markt 3, 4811 WP Breda</div>",
        header=["Arbeidsdeskundigen Collectief Zuid", "Arbeidsdeskundig rapport K. Brouwers"],
        footer=["vertrouwelijk", "pagina [page] van [topage]"],
        toc=True,
    )
    label(
        c,
        "HR/AD report Brouwers final.pdf",
        "arbeidsdeskundig_rapport",
        "2024-08-13",
        "wkhtmltopdf with its own generated table of contents",
        "TOC page first (generated, 'Inhoudsopgave'), English file name, appendices after the signature",
    )

    d = D("2024-09-10")
    eje = [
        ("title", "Case review - week 52 (first sick year)"),
        (
            "kv",
            [
                ("Employee", c.emp),
                ("BSN", c.bsn),
                ("Date of birth", en(c.born)),
                ("First day of absence", en(c.d0)),
                ("Review meeting", en(d)),
                ("Week of absence", str(week(c.d0, d))),
            ],
        ),
        ("h", "1. Looking back on the first year (eerste ziektejaar)"),
        (
            "p",
            "Adapted work in the branch started in November 2023 but stalled in spring; the occupational "
            "physician revised the problem analysis on 12 March 2024. The labour expert's report of "
            "13 August 2024 concludes that the own job is no longer suitable.",
        ),
        ("h", "2. Intended result for the second year"),
        (
            "p",
            "Structural suitable work, preferably within TempoRijn (back office, planning); at the same time a "
            "second track (spoor 2) with an external provider.",
        ),
        ("h", "3. How we get there"),
        (
            "ul",
            [
                "Spoor 1: trial placement in the central planning team.",
                "Spoor 2: start with Loopbaanhuis Mercator within six weeks.",
                "Evaluation every six weeks.",
            ],
        ),
        ("h", "4. Views (visie) of employer and employee"),
        ("p", "Both agree with the course for the second sick year."),
        ("sig", [(c.emp, "employee", en(d)), (c.boss, c.boss_role, en(d)), (c.cm, "case manager", en(d))]),
    ]
    render_calc(eje, P(c, "HR/Case review week 52 - K Brouwers.pdf"), d, sheet="Case review", **hr)
    label(
        c,
        "HR/Case review week 52 - K Brouwers.pdf",
        "eerstejaarsevaluatie",
        "2024-09-10",
        "LibreOffice Calc PDF of flat ODS",
        "English 'Case review - week 52'; two earlier report dates quoted",
    )

    d = D("2024-09-24")
    render_calc(
        bpva_blocks(c, d, lang="en", title="Reintegration plan - amendment 1"),
        P(c, "HR/Return-to-work/Reintegration plan - amendment 1.pdf"),
        d,
        sheet="RTW plan",
        **hr,
    )
    label(
        c,
        "HR/Return-to-work/Reintegration plan - amendment 1.pdf",
        "bijstelling_plan_van_aanpak",
        "2024-09-24",
        "LibreOffice Calc PDF of flat ODS",
        "English 'amendment'; original plan date quoted",
    )

    mc = Fodt(
        kv_mode="frames",
        font="DejaVu Sans",
        size="10pt",
        accent="#00695c",
        header=["Loopbaanhuis Mercator  -  loopbaan, tweede spoor, outplacement"],
        footer=["Loopbaanhuis Mercator B.V. - Breda"],
    )
    d = D("2024-10-15")
    mc.frames_right = [("Intake", "08-10-2024"), ("Plan", num(d))]
    render_fodt(
        tp_blocks(c, d, D("2024-10-08"), title="Re-integratieplan 2e spoor"),
        P(c, "Mercator/Mercator plan 2e spoor Brouwers.pdf"),
        d,
        mc,
    )
    label(
        c,
        "Mercator/Mercator plan 2e spoor Brouwers.pdf",
        "trajectplan_tweede_spoor",
        "2024-10-15",
        "LibreOffice PDF of flat ODT, text boxes",
        "title 'Re-integratieplan 2e spoor'; data in text boxes",
    )
    d = D("2025-02-04")
    mc.frames_right = [("Periode", "01-11-2024 t/m 31-01-2025"), ("Rapportage", num(d))]
    render_fodt(
        vr_blocks(c, d, D("2024-11-01"), D("2025-01-31"), n=4, title="Voortgangsrapportage 2"),
        P(c, "Mercator/Voortgangsrapportage 2.pdf"),
        d,
        mc,
    )
    label(
        c,
        "Mercator/Voortgangsrapportage 2.pdf",
        "voortgangsrapportage_tweede_spoor",
        "2025-02-04",
        "LibreOffice PDF of flat ODT, text boxes",
        "period dates in a text box",
    )
    d = D("2025-05-27")
    render_fodt(
        er_blocks(c, d, D("2024-10-15"), seed=23),
        P(c, "Mercator/Eindrapportage 2e spoor.pdf"),
        d,
        Fodt(
            font="DejaVu Sans",
            size="10.5pt",
            accent="#00695c",
            header=["Loopbaanhuis Mercator", "eindrapportage tweede spoor"],
            footer=[f"{c.emp} - vertrouwelijk"],
        ),
    )
    label(
        c,
        "Mercator/Eindrapportage 2e spoor.pdf",
        "eindrapportage_tweede_spoor",
        "2025-05-27",
        "LibreOffice PDF of flat ODT with a filled table of contents",
        "long report; appendix after the signature",
    )

    d = D("2025-01-21")
    src = tmp_pdf("D-do")
    render_svg(
        uwv_do_blocks(
            c,
            d,
            D("2024-12-02"),
            question="Zijn de re-integratie-inspanningen van de werkgever in het tweede spoor voldoende?",
        ),
        src,
        d,
        style="uwv",
        footer="UWV  |  pagina {n}",
    )
    pages = [degrade(p, 60 + i, (-0.6, 0.9)[i % 2], blur=0.5) for i, p in enumerate(mupdf_pages(src, 200))]
    pages[0] = stamp(
        pages[0], "RECEIVED\n23 JAN 2025", (int(pages[0].size[0] * 0.62), int(pages[0].size[1] * 0.04)), 3, 0.9
    )
    save_pillow_pdf(pages, P(c, "HR/scan_UWV_DO.pdf"), d, 200)
    label(
        c,
        "HR/scan_UWV_DO.pdf",
        "deskundigenoordeel",
        "2025-01-21",
        "MuPDF render + Pillow scan of an SVG letter",
        "image-only; English received stamp; judgement on page 2; request date 02-12-2024",
    )

    d = D("2025-05-28")
    render_wk(
        ao_blocks(c, d, D("2025-05-26"), title="Actueel oordeel"),
        P(c, "Prevenzo/Rapportage 28-05-2025.pdf"),
        d,
        style="prevenzo",
        top=top,
        side=side(d),
        footer=["Prevenzo Arbodienst - vertrouwelijk", "[page]"],
    )
    label(c, "Prevenzo/Rapportage 28-05-2025.pdf", "actueel_oordeel", "2025-05-28", pz, "generic file name")
    render_wk(
        mi_blocks(
            c,
            d,
            diag="Burn-out met depressieve episode, matig (ICD-10 F32.1), sinds voorjaar 2024 in "
            "remissie; daarnaast slaapapneu (G47.3) met CPAP-behandeling.",
        ),
        P(c, "Prevenzo/Rapportage 28-05-2025 (2).pdf"),
        d,
        style="prevenzo",
        top=top,
        side=side(d, "<br><b>MEDISCH GEHEIM</b>"),
        footer=["Prevenzo Arbodienst - medisch geheim", "[page]"],
    )
    label(
        c,
        "Prevenzo/Rapportage 28-05-2025 (2).pdf",
        "medische_informatie",
        "2025-05-28",
        pz,
        "medical information beside the AO with the same name plus ' (2)'",
    )

    d = D("2025-06-10")
    render_calc(
        ev_blocks(c, d, D("2025-05-28"), lang="en", title="Final evaluation (eindevaluatie) - WIA application"),
        P(c, "HR/Final evaluation - eindevaluatie KB.pdf"),
        d,
        sheet="Final evaluation",
        **hr,
    )
    label(
        c,
        "HR/Final evaluation - eindevaluatie KB.pdf",
        "eindevaluatie",
        "2025-06-10",
        "LibreOffice Calc PDF of flat ODS",
        "English form; AO date and birth date beside the evaluation date",
    )

    d = D("2025-06-12")
    ow = ew_blocks(c, d, title="Mijn oordeel over het re-integratieverslag", agree=False)
    msg = MIMEText(
        html_mail_body(ow, "<p>Beste Femke,</p><p>Hieronder mijn reactie voor UWV.</p>", "<p>Groet, Kevin</p>"),
        "html",
        "utf-8",
    )
    head(
        msg,
        "Kevin Brouwers <kevin.brouwers@webpost.example>",
        "Femke de Graauw <f.degraauw@temporijn.example>",
        "Mijn reactie op het re-integratieverslag",
        when(d, 22, 47, 2),
        "<corpus13-D16-ow@webpost.example>",
        extra={"User-Agent": "Roundcube Webmail/1.6.6"},
    )
    write_mail(msg, P(c, "HR/mail/Mijn reactie op het re-integratieverslag.eml"))
    label(
        c,
        "HR/mail/Mijn reactie op het re-integratieverslag.eml",
        "oordeel_werknemer",
        "2025-06-12",
        "Roundcube HTML-only mail (stdlib email, base64)",
        "HTML-only body, base64; employee does not fully agree",
    )

    d = D("2024-01-05")
    blank = [
        ("title", "Case review form"),
        ("sub", "Template v2.3 - use for every six-weekly evaluation"),
        ("kv", [("Employee", ""), ("BSN", ""), ("Date of meeting", ""), ("Week of absence", ""), ("Present", "")]),
        ("h", "Progress since last review"),
        ("p", " "),
        ("h", "Agreements"),
        ("p", " "),
        ("h", "Next review"),
        ("p", " "),
        ("sig", [("", "employee", ""), ("", "manager", ""), ("", "case manager", "")]),
    ]
    render_calc(blank, P(c, "HR/templates/Case review form (blank).pdf"), d, sheet="Template", **hr)
    label(
        c,
        "HR/templates/Case review form (blank).pdf",
        "",
        "",
        "LibreOffice Calc PDF of flat ODS",
        "blank evaluation template",
    )

    d = D("2024-02-01")
    bro = [
        ("title", "Ziek en dan? Wat u moet weten over de WIA"),
        ("sub", "Informatie voor werknemers die langer dan een jaar ziek zijn"),
        ("h", "Wat gebeurt er in de eerste twee jaar?"),
        (
            "p",
            "Uw werkgever betaalt in de eerste twee jaar van ziekte uw loon door. Samen met uw werkgever werkt u "
            "aan uw re-integratie: de bedrijfsarts maakt een probleemanalyse, u en uw werkgever maken een plan "
            "van aanpak en evalueren dat regelmatig. Na een jaar is er een eerstejaarsevaluatie.",
        ),
        ("h", "Het re-integratieverslag"),
        (
            "p",
            "Bij uw WIA-aanvraag hoort het re-integratieverslag. Daarin staan onder meer het actueel oordeel van "
            "de bedrijfsarts, de eindevaluatie en uw eigen oordeel.",
        ),
        ("h", "Wanneer vraagt u de WIA aan?"),
        ("p", "Rond week 88 krijgt u een brief van UWV. Vraag de uitkering uiterlijk in week 93 aan."),
        ("small", "Deze brochure geeft algemene informatie. Er kunnen geen rechten aan worden ontleend. Uitgave 2024."),
    ]
    render_svg(bro, P(c, "UWV brochure WIA.pdf"), d, style="uwv", footer="UWV brochure  |  {n}")
    label(
        c,
        "UWV brochure WIA.pdf",
        "",
        "",
        "librsvg/cairo SVG brochure",
        "UWV general brochure naming every RIV document",
    )

    d = D("2025-03-02")
    src = tmp_pdf("D-flyer")
    fly = [
        ("title", "Workshop Energie & Balans"),
        ("sub", "voor medewerkers die (gedeeltelijk) werken tijdens re-integratie"),
        (
            "p",
            "Donderdag 20 maart 2025, 13.30 - 16.00 uur, vestiging Breda-Centrum. Leer omgaan met je energie "
            "tijdens de opbouw van je uren. Bespreek vooraf met je casemanager of deelname past in je plan van "
            "aanpak.",
        ),
        ("p", "Aanmelden: vitality@temporijn.example (max. 14 deelnemers)."),
        ("small", "TempoRijn Vitality - flyer 03/2025"),
    ]
    render_svg(fly, src, d, style="keystone")
    photo_of_paper(mupdf_pages(src, 120, gray=False)[0], 77, P(c, "HR/WhatsApp Image 2025-03-02 at 10.14.22.jpeg"))
    label(
        c,
        "HR/WhatsApp Image 2025-03-02 at 10.14.22.jpeg",
        "",
        "",
        "WhatsApp-compressed phone photo",
        "photo of a workshop flyer mentioning the plan van aanpak",
    )


def logo_png(text: str, color=(46, 125, 50)) -> bytes:
    im = Image.new("RGB", (220, 60), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    dr.rounded_rectangle([2, 2, 56, 56], radius=10, fill=color)
    dr.text((29, 30), "VN", font=ImageFont.truetype(FONT_SANS_B, 24), fill=(255, 255, 255), anchor="mm")
    dr.text((66, 18), text, font=ImageFont.truetype(FONT_SANS_B, 15), fill=color)
    dr.text((66, 38), "casemanagement & verzuimregie", font=ImageFont.truetype(FONT_SANS, 9), fill=(90, 90, 90))
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


def build_E() -> None:
    c = E
    ks = "librsvg/cairo SVG, Keystone Arbo card layout"
    cv = "LibreOffice PDF of flat ODT, Corvee text-box layout"
    vr = Fodt(
        font="DejaVu Sans",
        size="9.5pt",
        header=["Verzuimregie Noord  |  casemanagement", "t.b.v. Tuincentrum Groenhorst B.V."],
        footer=["Verzuimregie Noord - Assen"],
        author="L. Dijkhuis",
    )

    def corvee(d: dt.date, kind: str) -> Fodt:
        return Fodt(
            kv_mode="frames",
            font="Nimbus Sans",
            size="10pt",
            accent="#ad1457",
            frames_right=[("Arbodienst", c.arbo2), ("Soort", kind), ("Datum", num(d))],
            header=["CORVEE Arbo & Vitaliteit", "Stationsplein 9, Groningen"],
            footer=["Corvee Arbo & Vitaliteit - dossier VRN-2024-112"],
        )

    d = D("2024-11-12")
    render_svg(
        pa_blocks(c, d, D("2024-11-08")),
        P(c, "Keystone/Keystone rapport 12-11-2024.pdf"),
        d,
        style="keystone",
        footer="Keystone Arbo B.V.  |  rapportage  |  pagina {n}",
    )
    label(
        c,
        "Keystone/Keystone rapport 12-11-2024.pdf",
        "probleemanalyse",
        "2024-11-12",
        ks,
        "first arbodienst's house style; consult 08-11-2024",
    )

    d = D("2024-11-21")
    render_fodt(form_table(pva_blocks(c, d, D("2024-11-12"))), P(c, "Verzuimregie/PvA Hofstede.docx"), d, vr)
    label(
        c,
        "Verzuimregie/PvA Hofstede.docx",
        "plan_van_aanpak",
        "2024-11-21",
        "LibreOffice 7.4 DOCX export of flat ODT",
        "everything in one table with merged heading rows",
    )

    d = D("2025-01-14")
    render_fodt(
        eval_blocks(c, d, title="Evaluatie plan van aanpak (6-wekelijks)", n=1, next_d=D("2025-02-25")),
        P(c, "Verzuimregie/Evaluatie jan 2025.doc"),
        d,
        vr,
    )
    label(
        c,
        "Verzuimregie/Evaluatie jan 2025.doc",
        "tussentijdse_evaluatie",
        "2025-01-14",
        "LibreOffice 7.4 'MS Word 97' binary .doc",
        "binary .doc; next evaluation date",
    )

    d = D("2025-04-22")
    render_fodt(
        bpa_blocks(
            c,
            d,
            D("2025-04-17"),
            title="Overdracht en herbeoordeling",
            ba=c.ba2,
            big=c.big2,
            arbo=c.arbo2,
            reason="Per 1 april 2025 heeft Corvee Arbo & Vitaliteit de verzuimbegeleiding overgenomen "
            "van Keystone Arbo. Na het eerste spreekuur stel ik de probleemanalyse van Keystone "
            "(12-11-2024) bij: de belastbaarheid is gewijzigd.",
        ),
        P(c, "Corvee/Overdracht en herbeoordeling.pdf"),
        d,
        corvee(d, "bijstelling probleemanalyse"),
    )
    label(
        c,
        "Corvee/Overdracht en herbeoordeling.pdf",
        "bijstelling_probleemanalyse",
        "2025-04-22",
        cv,
        "second arbodienst after the change; title 'Overdracht en herbeoordeling'; the old PA's date quoted",
    )
    render_fodt(
        izp_blocks(c, d, title="Belastbaarheidsprofiel", ba=c.ba2, big=c.big2),
        P(c, "Corvee/bijlage 1.pdf"),
        d,
        corvee(d, "bijlage"),
    )
    label(
        c,
        "Corvee/bijlage 1.pdf",
        "inzetbaarheidsprofiel",
        "2025-04-22",
        cv,
        "named 'bijlage 1'; titled 'Belastbaarheidsprofiel'",
    )

    d = D("2025-08-28")
    render_fodt(
        ad_blocks(c, d, long=False, seed=29, visit=D("2025-08-12")),
        P(c, "Verzuimregie/AD rapport Bijlsma.pdf"),
        d,
        Fodt(
            font="URW Bookman",
            size="10pt",
            accent="#37474f",
            header=["Bijlsma Arbeidsdeskundig Advies"],
            footer=["rapport W. Hofstede-Janssen"],
        ),
    )
    label(
        c,
        "Verzuimregie/AD rapport Bijlsma.pdf",
        "arbeidsdeskundig_rapport",
        "2025-08-28",
        "LibreOffice PDF of flat ODT",
        "shorter AD report; visit date 12-08-2025",
    )

    d = D("2025-09-16")
    bl = eje_blocks(c, d, title="", ad=D("2025-08-28"))[1:]
    render_fodt(
        bl,
        P(c, "Verzuimregie/Hofstede_wk50_def.pdf"),
        d,
        Fodt(
            font="DejaVu Sans",
            size="9.5pt",
            header=["Evaluatie re-integratie na 50 weken", "Verzuimregie Noord"],
            footer=["Verzuimregie Noord - Assen"],
        ),
        via_docx=True,
    )
    label(
        c,
        "Verzuimregie/Hofstede_wk50_def.pdf",
        "eerstejaarsevaluatie",
        "2025-09-16",
        "LibreOffice DOCX round trip to PDF",
        "title only in the page header ('na 50 weken'); AD date quoted",
    )

    # Outlook mail: HTML with an inline logo (multipart/related) and a .docx attachment
    d = D("2025-09-30")
    with tempfile.TemporaryDirectory() as td:
        docx = Path(td) / "Bijstelling PvA Hofstede sept 2025.docx"
        render_fodt(form_table(bpva_blocks(c, d, title="Bijstelling plan van aanpak")), docx, d, vr)
        data = docx.read_bytes()
    msg = MIMEMultipart("mixed", boundary="_004_AM0PR09MB1234corpus13E9mixed_")
    head(
        msg,
        f'"Lotte Dijkhuis" <l.dijkhuis@{c.mail_domain}>',
        '"Wilma Hofstede" <w.hofstede@groenhorst.example>, "Arjen Groenhorst" <a.groenhorst@groenhorst.example>',
        "Bijgestelde afspraken",
        when(D("2025-10-01"), 9, 5, 2),
        f"<AM0PR09MB1234corpus13E9@{c.mail_domain}>",
        extra={"X-MS-Has-Attach": "yes", "Thread-Topic": "Bijgestelde afspraken", "Content-Language": "nl-NL"},
    )
    rel = MIMEMultipart("related", boundary="_003_AM0PR09MB1234corpus13E9related_", type="text/html")
    alt = MIMEMultipart("alternative", boundary="_000_AM0PR09MB1234corpus13E9alt_")
    txt = (
        "Beste Wilma en Arjen,\n\nIn de bijlage de bijstelling van het plan van aanpak zoals gisteren besproken. "
        "Willen jullie die ondertekend terugsturen?\n\nMet vriendelijke groet,\nLotte Dijkhuis\nCasemanager\n"
    )
    alt.attach(MIMEText(txt, "plain", QP))
    alt.attach(
        MIMEText(
            "<html><body><p>Beste Wilma en Arjen,</p><p>In de bijlage de bijstelling van het plan van "
            "aanpak zoals gisteren besproken. Willen jullie die ondertekend terugsturen?</p>"
            "<p>Met vriendelijke groet,<br>Lotte Dijkhuis<br>Casemanager</p>"
            "<img src='cid:image001.png@01DC3210.A1B2C3D0' width='220' height='60'></body></html>",
            "html",
            QP,
        )
    )
    rel.attach(alt)
    img = MIMEImage(logo_png("Verzuimregie Noord"), "png")
    img.add_header("Content-ID", "<image001.png@01DC3210.A1B2C3D0>")
    img.add_header("Content-Disposition", "inline", filename="image001.png")
    rel.attach(img)
    msg.attach(rel)
    att = MIMEBase("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
    att.set_payload(data)
    import email.encoders as _enc

    _enc.encode_base64(att)
    att.add_header("Content-Disposition", "attachment", filename="Bijstelling PvA Hofstede sept 2025.docx")
    msg.attach(att)
    write_mail(msg, P(c, "Verzuimregie/mail/Bijgestelde afspraken.eml"))
    label(
        c,
        "Verzuimregie/mail/Bijgestelde afspraken.eml::Bijstelling PvA Hofstede sept 2025.docx",
        "bijstelling_plan_van_aanpak",
        "2025-09-30",
        "DOCX (LibreOffice export) attached to an Outlook mail",
        "inline logo image in a multipart/related signature beside the attachment; mail sent the next day",
    )

    wr = (
        "<div class='lh'><b>Werkroute Drenthe</b> &nbsp; re-integratie tweede spoor<br>"
        "Kanaalweg 30, 9401 AA Assen</div>"
    )
    d = D("2025-10-21")
    render_wk(
        tp_blocks(c, d, D("2025-10-14"), title="Trajectplan"),
        P(c, "2e spoor/Plan 2e spoor Hofstede.pdf"),
        d,
        style="bureau",
        top=wr,
        footer=["Werkroute Drenthe - trajectplan", ""],
    )
    label(
        c,
        "2e spoor/Plan 2e spoor Hofstede.pdf",
        "trajectplan_tweede_spoor",
        "2025-10-21",
        "wkhtmltopdf bureau letterhead",
        "intake date a week earlier",
    )
    d = D("2026-01-13")
    render_wk(
        vr_blocks(c, d, D("2025-10-14"), D("2026-01-09"), n=1, title="Voortgangsrapportage periode 1"),
        P(c, "2e spoor/Voortgang periode 1.pdf"),
        d,
        style="bureau",
        top=wr,
        footer=["Werkroute Drenthe - voortgang", ""],
    )
    label(
        c,
        "2e spoor/Voortgang periode 1.pdf",
        "voortgangsrapportage_tweede_spoor",
        "2026-01-13",
        "wkhtmltopdf bureau letterhead",
        "period dates and next-report date",
    )

    d = D("2026-06-10")
    render_fodt(
        ao_blocks(
            c,
            d,
            D("2026-06-08"),
            title="Rapportage ten behoeve van de WIA-aanvraag",
            ba=c.ba2,
            big=c.big2,
            arbo=c.arbo2,
            sub="Actueel oordeel bedrijfsarts",
        ),
        P(c, "Corvee/Rapportage WIA.pdf"),
        d,
        corvee(d, "actueel oordeel"),
    )
    label(
        c,
        "Corvee/Rapportage WIA.pdf",
        "actueel_oordeel",
        "2026-06-10",
        cv,
        "title names the WIA, the type in the subtitle and a text box; consult 08-06-2026",
    )
    render_fodt(
        mi_blocks(
            c,
            d,
            ba=c.ba2,
            big=c.big2,
            arbo=c.arbo2,
            diag="Artrose beide knieën (ICD-10 M17.0), status na totale knieprothese rechts; "
            "daarnaast diabetes mellitus type 2 met neuropathie.",
        ),
        P(c, "Corvee/bijlage 2.pdf"),
        d,
        corvee(d, "bijlage"),
    )
    label(
        c,
        "Corvee/bijlage 2.pdf",
        "medische_informatie",
        "2026-06-10",
        cv,
        "medical information named 'bijlage 2' next to 'bijlage 1' (an IZP)",
    )

    d = D("2026-06-23")
    render_fodt(form_table(ev_blocks(c, d, D("2026-06-10"))), P(c, "Verzuimregie/Eindevaluatie Hofstede.docx"), d, vr)
    label(
        c,
        "Verzuimregie/Eindevaluatie Hofstede.docx",
        "eindevaluatie",
        "2026-06-23",
        "LibreOffice 7.4 DOCX export of flat ODT",
        "merged-cell form table; AO date quoted",
    )

    # handwritten letter on lined paper, photographed
    d = D("2026-06-26")
    W, H = 1240, 1754
    pg = Image.new("RGB", (W, H), (250, 250, 244))
    dr = ImageDraw.Draw(pg)
    for yy in range(220, H - 100, 62):
        dr.line([(60, yy), (W - 60, yy)], fill=(170, 190, 220), width=2)
    dr.line([(150, 0), (150, H)], fill=(230, 150, 150), width=2)
    lines = [
        "Assen, 26 juni 2026",
        "",
        "Aan: Verzuimregie Noord / UWV",
        "Betreft: mijn oordeel over het",
        "re-integratieverslag. BSN " + c.bsn_spaced,
        "",
        "Ik heb alle stukken gekregen en gelezen.",
        "Ik ben het eens met het verslag, maar",
        "het tweede spoor is te laat begonnen,",
        "pas in oktober 2025. De wisseling van",
        "arbodienst heeft vertraging gegeven.",
        "Met de werkgever heb ik een goede band.",
        "",
        "Met vriendelijke groet,",
        "",
        "",
        "W. Hofstede-Janssen",
    ]
    for i, t in enumerate(lines):
        if t:
            pg = handwrite(pg, t, (170, 160 + i * 62), 44, 0.0)
    pg = scribble(pg, (170, 160 + 15 * 62 + 20), 240, 55)
    photo_of_paper(pg, 66, P(c, "WhatsApp Image 2026-06-26 at 19.40.03.jpeg"))
    label(
        c,
        "WhatsApp Image 2026-06-26 at 19.40.03.jpeg",
        "oordeel_werknemer",
        "2026-06-26",
        "handwriting-like text on lined paper, WhatsApp phone photo",
        "handwritten; no title; date only in the letter",
    )

    d = D("2025-04-02")
    hand = [
        ("title", "Overdrachtsformulier arbodienst"),
        (
            "kv",
            [
                ("Werknemer", c.emp),
                ("Vorige arbodienst", c.arbo),
                ("Nieuwe arbodienst", c.arbo2),
                ("Datum overdracht", "01-04-2025"),
            ],
        ),
        (
            "table",
            [
                ["Document", "Datum", "Ontvangen"],
                ["Probleemanalyse (Keystone)", "12-11-2024", "ja"],
                ["Plan van aanpak", "21-11-2024", "ja"],
                ["Evaluatie plan van aanpak", "14-01-2025", "ja"],
                ["Medische gegevens", "-", "rechtstreeks tussen bedrijfsartsen"],
            ],
        ),
        ("p", "Dit formulier is een checklist bij de overdracht en geen rapportage van de bedrijfsarts."),
    ]
    render_fodt(hand, P(c, "Corvee/Overdrachtsformulier arbodienst.pdf"), d, corvee(d, "overdracht"))
    label(
        c,
        "Corvee/Overdrachtsformulier arbodienst.pdf",
        "",
        "",
        cv,
        "handover checklist listing the PA, PvA and evaluation with their dates",
    )
    d = D("2026-05-27")
    inv = [
        ("title", "Uitnodiging spreekuur bedrijfsarts"),
        (
            "kv",
            [
                ("Aan", c.emp),
                ("Datum spreekuur", "maandag 8 juni 2026, 10.40 uur"),
                ("Locatie", "Corvee, Stationsplein 9, Groningen"),
            ],
        ),
        (
            "p",
            "U bent uitgenodigd voor het spreekuur bij de bedrijfsarts. Dit spreekuur is bedoeld voor het actueel "
            "oordeel ten behoeve van uw WIA-aanvraag. Neem uw legitimatiebewijs mee.",
        ),
        ("sig", [(c.ba2, "bedrijfsarts", "")]),
    ]
    render_fodt(inv, P(c, "Corvee/Uitnodiging spreekuur 8 juni.pdf"), d, corvee(d, "uitnodiging"))
    label(
        c,
        "Corvee/Uitnodiging spreekuur 8 juni.pdf",
        "",
        "",
        cv,
        "invitation in the same house style as the reports, naming the actueel oordeel",
    )


def main() -> None:
    shutil.rmtree(FILES, ignore_errors=True)
    FILES.mkdir(parents=True)
    ROWS.clear()
    for b in (build_A, build_B, build_C, build_D, build_E):
        b()
    for f in Path(tempfile.gettempdir()).glob("corpus13-src-*.pdf"):
        f.unlink()
    ROWS.sort()
    with LABELS.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        w.writerows(ROWS)
    for c in CASES:
        assert elfproef(c.bsn)
    n = len(ROWS)
    riv = sum(1 for r in ROWS if r[1])
    size = sum(p.stat().st_size for p in FILES.rglob("*") if p.is_file())
    print(f"{n} labelled documents, {riv} RIV, {n - riv} other; {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
