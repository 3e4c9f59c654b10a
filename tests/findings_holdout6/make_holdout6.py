"""Generate findings holdout 6: eight synthetic case folders with planted problems, and expected.yaml.

Run:  .venv/bin/python tests/findings_holdout6/make_holdout6.py

Deterministic: seeded randomness, no clock reads (every date is derived from a fixed first sick day per
case, and every case names its own as_of). It deletes and rewrites ``cases/`` and ``expected.yaml``; a
rerun is byte-identical (check with ``sha256sum``).

Written from /work/shared/DOMAIN.md, /work/shared/CONTRACT.md, the finding codes of docs/handleiding.md
§6, the writer API of samples/docgen.py and the ScanOptions dataclass; not from the rule code, the
checklists, the tool's tests or any other holdout's cases or generator. Untouched holdout: do not tune
the rules on it. All names, firms and addresses are fictional; e-mail domains end in ``.example``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    Table,
    Title,
    fmt_date,
    mail_date,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
)

CASES = HERE / "cases"
EXPECTED = HERE / "expected.yaml"
SEED = 20260606

# ------------------------------------------------------------------------------------------------
# BSN elfproef (DOMAIN §5.2), implemented here and used to check every BSN the generator writes
# ------------------------------------------------------------------------------------------------


def elfproef(raw: str) -> bool:
    s = "".join(ch for ch in raw if ch.isdigit())
    if len(s) not in (8, 9):
        return False
    s = s.zfill(9)
    if s == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(s, weights, strict=True)) % 11 == 0


def new_bsn(rng: random.Random, taken: set[str]) -> str:
    """A 9-digit number passing the elfproef, not starting with 0, not used before in this holdout."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = s % 11  # need s - last == 0 (mod 11)
        if last > 9:
            continue
        bsn = "".join(map(str, digits)) + str(last)
        if elfproef(bsn) and bsn not in taken:
            taken.add(bsn)
            return bsn


def transposed(bsn: str) -> str:
    """A typing slip: two adjacent different digits swapped. Always fails the elfproef."""
    for i in range(3, 8):
        if bsn[i] != bsn[i + 1]:
            bad = bsn[:i] + bsn[i + 1] + bsn[i] + bsn[i + 2 :]
            assert not elfproef(bad), bad
            return bad
    raise AssertionError(bsn)


def bsn_fmt(bsn: str, kind: str) -> str:
    if kind == "dots":
        return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    if kind == "spaces":
        return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
    return bsn


def compact(path: Path) -> Path:
    """Rewrite a text PDF with object streams and recompressed streams (qpdf via pikepdf), deterministic /ID:
    the same pages and text, about 15% smaller, to keep the holdout small."""
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.save(
            path,
            compress_streams=True,
            recompress_flate=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            deterministic_id=True,
        )
    return path


# ------------------------------------------------------------------------------------------------
# Case model
# ------------------------------------------------------------------------------------------------


@dataclass
class People:
    werknemer: str
    functie: str
    werkgever: str
    werkgever_adres: str
    aard: str
    casemanager: str
    casemanager_functie: str
    bedrijfsarts: str
    big: str
    arbodienst: str
    lhn: str = ""  # loonheffingennummer
    ad: str = ""
    ad_bureau: str = ""
    coach: str = ""
    bureau: str = ""
    domain: str = "werkgever.example"


@dataclass
class Case:
    name: str
    d0: dt.date
    as_of: dt.date
    p: People
    bsn: str
    datefmt: str = "long"
    bsnfmt: str = "plain"
    aanvraag: dt.date | None = None
    styles: dict[str, Style] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    meetings: list[dt.date] = field(default_factory=list)  # dates of progress meetings (for the gap check)
    dated: list[tuple[str, dt.date]] = field(default_factory=list)

    @property
    def dir(self) -> Path:
        return CASES / self.name

    def day(self, n: int) -> dt.date:
        return self.d0 + dt.timedelta(days=n)

    def wd(self, n: int) -> int:
        """The offset moved back to a working day (meetings and letters are not dated on a weekend)."""
        while self.day(n).weekday() >= 5:
            n -= 1
        return n

    def cadence(self, start: int, end: int, step: int) -> list[int]:
        """Working-day offsets from start to end, never more than ``step`` days apart."""
        out = [self.wd(start)]
        while self.wd(out[-1] + step) <= end and self.wd(out[-1] + step) > out[-1]:
            out.append(self.wd(out[-1] + step))
        return out

    def off(self, d: dt.date) -> int:
        return (d - self.d0).days

    def week(self, d: dt.date) -> int:
        return self.off(d) // 7 + 1

    def f(self, d: dt.date, kind: str | None = None) -> str:
        return fmt_date(d, kind or self.datefmt)

    def b(self, bsn: str | None = None) -> str:
        return bsn_fmt(bsn or self.bsn, self.bsnfmt)

    # writers ---------------------------------------------------------------------------------
    def _reg(self, rel: str, d: dt.date | None) -> Path:
        assert rel not in self.files, rel
        self.files.append(rel)
        if d is not None:
            assert d <= self.as_of, (self.name, rel, d)
            self.dated.append((rel, d))
        return self.dir / rel

    def pdf(self, rel: str, blocks: list[Any], style: str, d: dt.date | None) -> str:
        compact(write_pdf(self._reg(rel, d), blocks, self.styles[style]))
        return rel

    def scan(self, rel: str, blocks: list[Any], style: str, d: dt.date | None, **kw: Any) -> str:
        opts = {"dpi": 150, "jpeg_quality": 34, "noise": 0.4}
        opts.update(kw)
        write_scan_pdf(self._reg(rel, d), blocks, self.styles[style], **opts)
        return rel

    def docx(self, rel: str, blocks: list[Any], style: str, d: dt.date | None) -> str:
        write_docx(self._reg(rel, d), blocks, self.styles[style])
        return rel

    def photo(self, rel: str, blocks: list[Any], style: str, d: dt.date, **kw: Any) -> str:
        taken = dt.datetime(d.year, d.month, d.day, 19, 42, 8)
        write_photo_jpg(self._reg(rel, d), blocks, self.styles[style], taken=taken, quality=60, **kw)
        return rel

    def eml(
        self, rel: str, sender: str, to: str, subject: str, body: str, d: dt.date, att: list[tuple[str, list[Any], str]]
    ) -> str:
        """An e-mail with PDF attachments (name, blocks, style) written through a temporary folder."""
        attachments = []
        with tempfile.TemporaryDirectory() as tmp:
            for fname, blocks, style in att:
                p = compact(write_pdf(Path(tmp) / fname, blocks, self.styles[style]))
                attachments.append(Attachment(fname, p.read_bytes(), "application/pdf"))
        headers = {
            "From": sender,
            "To": to,
            "Subject": subject,
            "Date": mail_date(d, 16, 5),
            "Message-ID": f"<{self.name}.{self.off(d)}@{self.p.domain}>",
        }
        write_eml(self._reg(rel, d), headers, body, attachments)
        return rel

    def dossier_yaml(self, extra: dict[str, Any] | None = None) -> None:
        data: dict[str, Any] = {
            "werknemer": {"naam": self.p.werknemer, "bsn": self.bsn, "functie": self.p.functie},
            "werkgever": {"naam": self.p.werkgever, "aard_van_het_bedrijf": self.p.aard},
            "bedrijfsarts": {"naam": self.p.bedrijfsarts, "organisatie": self.p.arbodienst},
            "casemanager": {"naam": self.p.casemanager},
            "eerste_ziektedag": self.d0.isoformat(),
        }
        if self.p.lhn:
            data["werkgever"]["loonheffingennummer"] = self.p.lhn
        if self.aanvraag:
            data["aanvraag_wia"] = self.aanvraag.isoformat()
        data.update(extra or {})
        text = "# dossier.yaml (synthetic case, findings holdout 6)\n" + yaml.safe_dump(
            data, sort_keys=False, allow_unicode=True, width=110
        )
        self._reg("dossier.yaml", None).parent.mkdir(parents=True, exist_ok=True)
        (self.dir / "dossier.yaml").write_text(text, encoding="utf-8")


def styles_for(key: str, p: People, variant: int) -> dict[str, Style]:
    """House styles of the organisations in one case (employer, arbodienst, AD, bureau, UWV, employee)."""
    fonts = ["sans", "serif", "condensed", "sans", "serif", "condensed", "sans", "serif"]
    heads = ["left", "band", "right", "centered", "left", "band", "right", "centered"]
    emp_lines = (p.werkgever_adres, f"info@{p.domain}")
    if p.lhn:
        emp_lines = (*emp_lines, f"Loonheffingennummer {p.lhn}")
    return {
        "wg": Style(
            key=f"{key}-wg",
            org=p.werkgever,
            org_lines=emp_lines,
            font=fonts[variant],
            letterhead=heads[variant],
            fields_as_table=variant % 2 == 0,
            accent=(30 + 20 * variant, 80, 120),
        ),
        "arbo": Style(
            key=f"{key}-arbo",
            org=p.arbodienst,
            org_lines=("bedrijfsgezondheidszorg", f"spreekuur@{p.arbodienst.split()[0].lower()}.example"),
            font=fonts[(variant + 3) % 8],
            letterhead=heads[(variant + 2) % 8],
            accent=(0, 110, 90),
            footer=f"{p.arbodienst} - vertrouwelijk",
        ),
        "ad": Style(
            key=f"{key}-ad",
            org=p.ad_bureau or "Arbeidsdeskundig adviesbureau",
            org_lines=("register-arbeidsdeskundigen",),
            font="serif",
            letterhead="right",
            accent=(120, 40, 40),
        ),
        "bureau": Style(
            key=f"{key}-bureau",
            org=p.bureau or "Re-integratiebureau",
            org_lines=("re-integratie tweede spoor", "loopbaanbegeleiding"),
            font="condensed",
            letterhead="band",
            accent=(90, 40, 120),
        ),
        "uwv": Style(
            key=f"{key}-uwv",
            org="UWV",
            org_lines=("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 40410, 9700 ZZ Groningen"),
            font="sans",
            letterhead="left",
            accent=(0, 60, 130),
        ),
        "plain": Style(key=f"{key}-plain", org=p.werknemer, letterhead="none", font="sans"),
    }


# ------------------------------------------------------------------------------------------------
# Document builders (blocks). Employer-side text speaks of herstel, belastbaarheid and opbouw only.
# ------------------------------------------------------------------------------------------------


def head(c: Case, label: str, d: dt.date, extra: list[tuple[str, str]] | None = None, bsn: str | None = None) -> Fields:
    items = [
        ("Naam werknemer", c.p.werknemer),
        ("BSN", c.b(bsn)),
        ("Functie", c.p.functie),
        ("Werkgever", c.p.werkgever),
        (label, c.f(d)),
    ]
    return Fields(items + (extra or []))


def sig_wg(c: Case, d: dt.date) -> Sig:
    return Sig("Werkgever", c.p.casemanager, c.p.casemanager_functie, c.f(d))


def sig_wn(c: Case, d: dt.date, signed: bool = True) -> Sig:
    return Sig("Werknemer", c.p.werknemer, c.p.functie, c.f(d), signed)


def sig_ba(c: Case, d: dt.date) -> Sig:
    return Sig("Bedrijfsarts", c.p.bedrijfsarts, f"bedrijfsarts, BIG {c.p.big}", c.f(d))


def pa(c: Case, d: dt.date, limits: str, prognose: str, motivation: str = "", history: str = "") -> list[Any]:
    blocks: list[Any] = [
        Title("Probleemanalyse", sub="oordeel en advies van de bedrijfsarts (Regeling procesgang art. 2)"),
        head(c, "Datum probleemanalyse", d, [("Eerste ziektedag", c.f(c.d0)), ("Bedrijfsarts", c.p.bedrijfsarts)]),
        Heading("Dreigend langdurig verzuim"),
        Para(
            "Er is sprake van dreigend langdurig verzuim. Werknemer kan het eigen werk op dit moment niet volledig "
            "doen; er zijn benutbare mogelijkheden."
        ),
        Heading("Beperkingen en mogelijkheden"),
        Para(limits),
        Heading("Prognose"),
        Para(prognose),
        Heading("Advies aan werkgever en werknemer"),
        Bullets(
            [
                "Stel binnen twee weken samen een plan van aanpak op en benoem een casemanager.",
                "Start met passende taken binnen de beperkingen en bouw de uren geleidelijk op.",
                "Evalueer de voortgang ten minste eens in de zes weken.",
            ]
        ),
    ]
    if history:
        blocks += [Heading("Verzuimhistorie"), Para(history)]
    if motivation:
        blocks += [Heading("Motivering afwijkende termijn (art. 5 Regeling procesgang)"), Para(motivation)]
    blocks.append(Signatures([sig_ba(c, d)]))
    return blocks


def pva(
    c: Case, d: dt.date, pa_d: dt.date, goal: str, rows: list[list[str]], motivation: str = "", casemanager: bool = True
) -> list[Any]:
    extra = [("Eerste ziektedag", c.f(c.d0)), ("Datum probleemanalyse", c.f(pa_d))]
    if casemanager:
        extra.append(("Casemanager", f"{c.p.casemanager}, {c.p.casemanager_functie}"))
    blocks: list[Any] = [
        Title("Plan van aanpak", sub="re-integratie (Regeling procesgang art. 4)"),
        head(c, "Datum plan van aanpak", d, extra),
        Heading("Re-integratiedoel"),
        Para(goal),
        Heading("Activiteiten en afspraken"),
        Table(["Activiteit", "Wie", "Termijn"], rows),
        Heading("Evaluatiemomenten"),
        Para(
            "Werkgever en werknemer bespreken de voortgang ten minste eens in de zes weken in een voortgangsgesprek. "
            "De eerstejaarsevaluatie vindt plaats tussen week 46 en week 52."
        ),
        Heading("Visie werkgever"),
        Para("De werkgever steunt een geleidelijke opbouw in het eigen werk en past taken en rooster zo nodig aan."),
        Heading("Visie werknemer"),
        Para("Ik wil graag terug naar mijn eigen werk en kan mij vinden in de activiteiten en termijnen hierboven."),
    ]
    if motivation:
        blocks += [Heading("Motivering termijn"), Para(motivation)]
    blocks.append(Signatures([sig_wg(c, d), sig_wn(c, d)]))
    return blocks


MEETING_TITLES = ["Verslag voortgangsgesprek", "Evaluatie plan van aanpak", "Gespreksverslag re-integratie"]
MEETING_LINES = [
    "Het herstel verloopt geleidelijk. De belastbaarheid neemt langzaam toe en werknemer houdt de afgesproken "
    "uren vol.",
    "De opbouw verloopt volgens plan. Werknemer geeft aan dat de afwisseling in taken goed werkt.",
    "Werknemer merkt dat de energie aan het eind van de week terugloopt; de uren blijven daarom gelijk.",
    "Beide partijen zijn tevreden over de samenwerking. De afspraken uit het vorige gesprek zijn nagekomen.",
    "De belastbaarheid is stabiel. Werkgever en werknemer bespreken welke taken er nog bij kunnen komen.",
]


def meeting(
    c: Case,
    d: dt.date,
    n: int,
    hours: int,
    task: str,
    note: str = "",
    bsn: str | None = None,
    next_d: dt.date | None = None,
) -> list[Any]:
    rng = random.Random(f"{SEED}|{c.name}|meeting|{n}")
    line = MEETING_LINES[rng.randrange(len(MEETING_LINES))]
    extra = [("Aanwezig", f"{c.p.werknemer} (werknemer), {c.p.casemanager} ({c.p.casemanager_functie})")]
    blocks: list[Any] = [
        Title(MEETING_TITLES[n % len(MEETING_TITLES)], sub=f"gesprek {n}"),
        head(c, "Datum gesprek", d, extra, bsn=bsn),
        Heading("Stand van zaken"),
        Para(f"Werknemer werkt op dit moment {hours} uur per week ({task}). {line}"),
    ]
    if note:
        blocks.append(Para(note))
    bullets = [
        f"Werknemer werkt de komende weken {hours if hours >= 32 else hours + 4} uur per week.",
        "Werknemer houdt de bedrijfsarts op de hoogte van de voortgang.",
    ]
    if next_d is not None:
        bullets.append(f"Volgend gesprek: {c.f(next_d)}.")
    else:
        bullets.append("Het volgende gesprek vindt over ongeveer vijf weken plaats.")
    blocks += [Heading("Afspraken"), Bullets(bullets), Signatures([sig_wg(c, d), sig_wn(c, d)])]
    return blocks


def bijstelling_pva(c: Case, d: dt.date, reason: str, goal: str, rows: list[list[str]]) -> list[Any]:
    return [
        Title("Bijstelling plan van aanpak"),
        head(c, "Datum bijstelling", d, [("Casemanager", f"{c.p.casemanager}, {c.p.casemanager_functie}")]),
        Heading("Aanleiding"),
        Para(reason),
        Heading("Nieuw re-integratiedoel"),
        Para(goal),
        Heading("Gewijzigde afspraken"),
        Table(["Activiteit", "Wie", "Termijn"], rows),
        Heading("Visie werkgever en werknemer"),
        Para("Werkgever en werknemer zijn het eens over het nieuwe doel en de afspraken."),
        Signatures([sig_wg(c, d), sig_wn(c, d)]),
    ]


def ziekmelding(c: Case, d: dt.date, hr: str, hr_functie: str) -> list[Any]:
    return [
        Title("Ziekmelding langdurig zieke werknemer", sub="42e-weeksmelding aan UWV (aangifte langdurige ziekte)"),
        Fields(
            [
                ("Werkgever", c.p.werkgever),
                ("Loonheffingennummer", c.p.lhn or "-"),
                ("Naam werknemer", c.p.werknemer),
                ("BSN", c.b()),
                ("Eerste ziektedag", c.f(c.d0)),
                ("Datum melding", c.f(d)),
                ("Ingediend door", f"{hr}, {hr_functie}"),
            ]
        ),
        Para(
            "Hierbij melden wij dat bovengenoemde werknemer bijna 42 weken ziek is. Werknemer werkt gedeeltelijk "
            "in aangepast werk. Er is geen sprake van een ongeval waarbij een ander aansprakelijk is."
        ),
        Signatures([Sig("Werkgever", hr, hr_functie, c.f(d))]),
    ]


def uwv_bevestiging(c: Case, d: dt.date, received: dt.date, late_note: bool = False) -> list[Any]:
    body = (
        f"Op {c.f(received)} hebben wij uw ziekmelding ontvangen voor uw werknemer {c.p.werknemer}, die ziek is "
        f"sinds {c.f(c.d0)}. Wij sturen uw werknemer informatie over de eerstejaarsevaluatie en het vervolg."
    )
    blocks: list[Any] = [
        Title("Bevestiging ziekmelding"),
        Fields([("Aan", c.p.werkgever), ("Datum", c.f(d)), ("Betreft", c.p.werknemer), ("BSN", c.b())]),
        Para(body),
    ]
    if late_note:
        blocks.append(
            Para(
                "Uw melding is later ontvangen dan de termijn van 42 weken. Wij kunnen u hiervoor een boete "
                "opleggen. Daarover ontvangt u zo nodig een aparte brief."
            )
        )
    blocks.append(Signatures([Sig("UWV", "M. Sturkenboom", "medewerker werkgeversservice", c.f(d))]))
    return blocks


def ad_rapport(c: Case, d: dt.date, own_work: str, advice: str) -> list[Any]:
    return [
        Title("Arbeidsdeskundig rapport", sub="onderzoek naar de mogelijkheden in spoor 1 en spoor 2"),
        head(
            c,
            "Datum rapport",
            d,
            [("Arbeidsdeskundige", f"{c.p.ad}, register-arbeidsdeskundige"), ("Opdrachtgever", c.p.werkgever)],
        ),
        Heading("Vraagstelling"),
        Para("Kan werknemer het eigen werk hervatten, en zo niet, welk passend werk bij de werkgever of elders?"),
        Heading("Functiebelasting en belastbaarheid"),
        Para(
            "De belasting van de eigen functie is vergeleken met de belastbaarheid volgens het inzetbaarheidsprofiel "
            f"van de bedrijfsarts. {own_work}"
        ),
        Heading("Advies"),
        Para(advice),
        Signatures([Sig("Arbeidsdeskundige", c.p.ad, "register-arbeidsdeskundige", c.f(d))]),
    ]


def eje(c: Case, d: dt.date, lookback: str, year2: str, track2: str) -> list[Any]:
    return [
        Title("Eerstejaarsevaluatie", sub="evaluatie van het eerste ziektejaar"),
        head(c, "Datum evaluatie", d, [("Eerste ziektedag", c.f(c.d0)), ("Casemanager", c.p.casemanager)]),
        Heading("Terugblik op het eerste ziektejaar"),
        Para(lookback),
        Heading("Beoogd re-integratieresultaat in het tweede ziektejaar"),
        Para(year2),
        Heading("Spoor 2"),
        Para(track2),
        Heading("Visie werkgever"),
        Para("De werkgever blijft zich inzetten voor passend werk en bespreekt de voortgang elke vijf tot zes weken."),
        Heading("Visie werknemer"),
        Para("Ik ben het eens met deze evaluatie en met de plannen voor het tweede ziektejaar."),
        Signatures([sig_wg(c, d), sig_wn(c, d)]),
    ]


def trajectplan(c: Case, d: dt.date) -> list[Any]:
    return [
        Title("Trajectplan tweede spoor", sub="intake en plan"),
        head(c, "Datum intake", d, [("Loopbaancoach", c.p.coach), ("Opdrachtgever", c.p.werkgever)]),
        Heading("Persoonsprofiel"),
        Para("Werknemer heeft ruime werkervaring, is klantgericht en wil graag leren. Kwalificaties: mbo-niveau 3."),
        Heading("Zoekprofiel"),
        Para("Lichte, afwisselende functies in de regio, tot 24 uur per week, binnen de belastbaarheid."),
        Heading("Activiteiten"),
        Bullets(
            [
                "Arbeidsmarktoriëntatie en vacatureonderzoek (week 1-6)",
                "Netwerkgesprekken en sollicitatietraining (week 4-12)",
                "Actief solliciteren, minimaal twee sollicitaties per maand",
            ]
        ),
        Signatures([Sig("Loopbaancoach", c.p.coach, "loopbaancoach", c.f(d)), sig_wn(c, d)]),
    ]


def voortgang(c: Case, d: dt.date, start: dt.date, n: int) -> list[Any]:
    return [
        Title("Voortgangsrapportage tweede spoor", sub=f"rapportage {n}"),
        head(
            c,
            "Datum rapportage",
            d,
            [("Rapportageperiode", f"{c.f(start)} t/m {c.f(d)}"), ("Loopbaancoach", c.p.coach)],
        ),
        Heading("Activiteiten in deze periode"),
        Table(
            ["Activiteit", "Aantal"],
            [
                ["Sollicitaties", str(2 + n % 3)],
                ["Netwerkgesprekken", str(1 + n % 2)],
                ["Vacatures besproken", str(5 + n)],
            ],
        ),
        Heading("Inzet van werknemer"),
        Para("Werknemer komt afspraken na en zoekt actief naar vacatures binnen het zoekprofiel."),
        Signatures([Sig("Loopbaancoach", c.p.coach, "loopbaancoach", c.f(d))]),
    ]


def eindrapportage(c: Case, d: dt.date, start: dt.date) -> list[Any]:
    return [
        Title("Eindrapportage tweede spoor"),
        head(
            c,
            "Datum eindrapportage",
            d,
            [("Trajectperiode", f"{c.f(start)} t/m {c.f(d)}"), ("Loopbaancoach", c.p.coach)],
        ),
        Heading("Resultaat traject"),
        Para(
            "Het traject heeft niet geleid tot een plaatsing bij een andere werkgever. Werknemer heeft zich actief "
            "ingezet; er waren enkele sollicitatiegesprekken."
        ),
        Heading("Afsluiting en advies"),
        Para("Wij sluiten het traject af in verband met de WIA-aanvraag en adviseren het netwerk te blijven benutten."),
        Signatures([Sig("Loopbaancoach", c.p.coach, "loopbaancoach", c.f(d))]),
    ]


def uwv_wia(c: Case, d: dt.date) -> list[Any]:
    return [
        Title("U kunt een WIA-uitkering aanvragen"),
        Fields([("Aan", c.p.werknemer), ("Datum", c.f(d)), ("BSN", c.b())]),
        Para(
            f"U bent sinds {c.f(c.d0)} ziek. Als u daarna nog ziek bent, kunt u een WIA-uitkering aanvragen. "
            "Vraag de uitkering aan binnen 6 weken na deze brief en stuur het re-integratieverslag mee; uw "
            "werkgever stelt dit samen met u op."
        ),
        Signatures([Sig("UWV", "A. Reinders-Vlot", "teammanager uitkeringen", c.f(d))]),
    ]


def ao(c: Case, d: dt.date, status: str) -> list[Any]:
    return [
        Title("Actueel oordeel", sub="bij de probleemanalyse, ten behoeve van de WIA-aanvraag"),
        head(c, "Datum actueel oordeel", d, [("Bedrijfsarts", c.p.bedrijfsarts), ("Arbodienst", c.p.arbodienst)]),
        Heading("Stand van zaken"),
        Para(status),
        Heading("Belastbaarheid"),
        Para(
            "Werknemer is beperkt belastbaar voor langdurig staan, tillen en tijdsdruk; zittend, afwisselend werk "
            "met een vaste structuur is mogelijk."
        ),
        Heading("Arbeidsrelatie"),
        Para("De arbeidsrelatie is goed; beide partijen werken constructief samen."),
        Heading("Passende arbeid bij de werkgever"),
        Para(
            "Passende arbeid bij de werkgever is beschikbaar voor het huidige aantal uren; meer uren zijn op dit "
            "moment niet haalbaar."
        ),
        Signatures([sig_ba(c, d)]),
    ]


def ev(c: Case, d: dt.date, ao_ref: dt.date | None, lookback: str) -> list[Any]:
    basis = (
        f"Deze eindevaluatie is opgesteld op basis van het actueel oordeel van de bedrijfsarts van {c.f(ao_ref)}."
        if ao_ref is not None
        else "Deze eindevaluatie sluit het plan van aanpak af."
    )
    return [
        Title("Eindevaluatie", sub="plan van aanpak, ten behoeve van de WIA-aanvraag"),
        head(c, "Datum eindevaluatie", d, [("Casemanager", c.p.casemanager)]),
        Para(basis),
        Heading("Aard van het bedrijf"),
        Para(c.p.aard),
        Heading("Terugblik over twee jaar re-integratie"),
        Para(lookback),
        Heading("Kwaliteit van de arbeidsrelatie"),
        Para("De werkgever beoordeelt de arbeidsrelatie als goed."),
        Heading("Passende arbeid"),
        Para("Werknemer werkt in passende arbeid bij de werkgever; uitbreiding van uren is niet mogelijk."),
        Signatures([sig_wg(c, d), sig_wn(c, d)]),
    ]


def ow(c: Case, d: dt.date, text: str) -> list[Any]:
    return [
        Title("Oordeel van de werknemer", sub="over het re-integratieverslag"),
        Fields([("Naam", c.p.werknemer), ("BSN", c.b()), ("Functie", c.p.functie), ("Datum", c.f(d))]),
        Para(text),
        Signatures([sig_wn(c, d)]),
    ]


def write_meetings(
    c: Case,
    offsets: list[int],
    hours: list[int],
    task: str,
    folder: str,
    *,
    first_n: int = 1,
    notes: dict[int, str] | None = None,
    bsn: dict[int, str] | None = None,
    next_dates: bool = False,
    kind: dict[int, str] | None = None,
    names: dict[int, str] | None = None,
) -> dict[int, str]:
    """Write one meeting report per offset; returns {offset: relative path}."""
    out = {}
    for i, o in enumerate(offsets):
        d = c.day(o)
        n = first_n + i
        nxt = c.day(offsets[i + 1]) if next_dates and i + 1 < len(offsets) else None
        blocks = meeting(
            c, d, n, hours[min(i, len(hours) - 1)], task, (notes or {}).get(o, ""), (bsn or {}).get(o), nxt
        )
        rel = (names or {}).get(o) or f"{folder}/{d.isoformat()} {MEETING_TITLES[n % 3].split()[0].lower()}.pdf"
        k = (kind or {}).get(o, "pdf")
        if k == "docx":
            rel = rel.rsplit(".", 1)[0] + ".docx"
            c.docx(rel, blocks, "wg", d)
        elif k == "scan":
            c.scan(rel, blocks, "wg", d)
        else:
            c.pdf(rel, blocks, "wg", d)
        c.meetings.append(d)
        out[o] = rel
    return out


def gaps(c: Case, extra: list[dt.date]) -> list[int]:
    ds = sorted(set(c.meetings) | set(extra))
    return [(b - a).days for a, b in itertools.pairwise(ds)]


def ent(code: str, why: str, **kw: str) -> dict[str, str]:
    e: dict[str, str] = {"code": code}
    for k in ("type", "path", "severity"):
        if k in kw:
            e[k] = kw[k]
    e["why"] = why
    return e


LIMITS_STAND = (
    "Werknemer is beperkt in langdurig staan en lopen en in tillen boven 10 kilo. Zittend en afwisselend werk is "
    "mogelijk, te beginnen met 2 uur per dag, met daarna een geleidelijke opbouw."
)
LIMITS_TEMPO = (
    "Werknemer is beperkt in het werken onder tijdsdruk en in het verwerken van veel prikkels tegelijk. Werk met "
    "een vaste structuur en voorspelbare taken is mogelijk, eerst 3 uur per dag."
)
PROGNOSE_GOOD = "Naar verwachting is een gedeeltelijke terugkeer in het eigen werk binnen drie maanden mogelijk."
PROGNOSE_SLOW = "Het herstel zal naar verwachting langer dan een half jaar duren; volledige hervatting is onzeker."


# ------------------------------------------------------------------------------------------------
# Case 1: probleemanalyse in week 9 with a written motivation; plan van aanpak 23 days after it
# ------------------------------------------------------------------------------------------------


def case_pa_week9_pva_laat(bsns: set[str], rng: random.Random) -> tuple[Case, dict[str, Any]]:
    p = People(
        werknemer="Ilse van Duivenbode",
        functie="Medewerker bediening",
        werkgever="Eethuis De Gouden Lepel B.V.",
        werkgever_adres="Lindelaan 14, 7411 XK Deventer",
        aard="Restaurant en zaalverhuur, 22 medewerkers",
        casemanager="Marloes Blokzijl",
        casemanager_functie="bedrijfsleider en casemanager",
        bedrijfsarts="R.J. Terpstra",
        big="39028174501",
        arbodienst="ArboVitaal Oost",
        lhn="",
        domain="goudenlepel.example",
    )
    c = Case(
        "pa_week9_pva_laat",
        dt.date(2025, 1, 20),
        dt.date(2025, 1, 20) + dt.timedelta(days=236),
        p,
        new_bsn(rng, bsns),
        datefmt="long",
    )
    c.styles = styles_for(c.name, p, 0)
    pa_o, pva_o = c.wd(59), c.wd(82)
    assert c.week(c.day(pa_o)) == 9 and pva_o - pa_o > 14 and c.week(c.as_of) == 34
    motivation = (
        "De probleemanalyse is opgesteld in week 9 in plaats van uiterlijk in week 6. Tot het spreekuur van "
        f"{c.f(c.day(c.wd(52)))} gingen werknemer en werkgever uit van een hervatting binnen enkele weken; "
        "er was toen geen "
        "sprake van dreigend langdurig verzuim. Pas bij dat spreekuur werd duidelijk dat het verzuim langer zou "
        "duren, waarna deze probleemanalyse direct is opgesteld."
    )
    r_pa = c.pdf(
        "01 Probleemanalyse/Probleemanalyse bedrijfsarts.pdf",
        pa(c, c.day(pa_o), LIMITS_STAND, PROGNOSE_GOOD, motivation=motivation),
        "arbo",
        c.day(pa_o),
    )
    r_pva = c.pdf(
        "02 Plan van aanpak/Plan van aanpak.pdf",
        pva(
            c,
            c.day(pva_o),
            c.day(pa_o),
            "Terugkeer in het eigen werk als medewerker bediening, eerst in de ochtenddiensten zonder zware tillen.",
            [
                ["Passende taken: uitserveren lunch, geen zware dienbladen", "Werkgever", "vanaf week 13"],
                ["Opbouw van 8 naar 24 uur per week", "Werknemer en werkgever", "week 13 tot week 30"],
                ["Voortgangsgesprek elke vijf weken", "Casemanager", "doorlopend"],
            ],
        ),
        "wg",
        c.day(pva_o),
    )
    offs = [117, 152, 187, 222]
    offs = [c.wd(x) for x in offs]
    write_meetings(c, offs, [8, 12, 16, 20], "ochtenddiensten bediening", "03 Gespreksverslagen")
    assert max(gaps(c, [c.day(pva_o)])) <= 40 and c.off(c.as_of) - offs[-1] <= 40
    c.dossier_yaml()
    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"checked in week 34. PA on day {pa_o} (week 9) with a written art. 5 motivation (threatened long absence "
            f"only became clear at the consultation of day 52); PvA on day {pva_o}, {pva_o - pa_o} days after the PA, "
            "without motivation. Traps: the PvA names the PA date; 42e-weeksmelding, EJE, AD, AO, EV not due yet; "
            "meetings every 5 weeks"
        ),
        "must": [
            ent(
                "late",
                "PvA more than 14 days after the PA, no motivation (Regeling art. 4 lid 1)",
                type="plan_van_aanpak",
            )
        ],
        "must_not": [
            ent(
                "late",
                "PA in week 9 with a written motivation: a warning at most (DOMAIN §8.3, art. 5)",
                type="probleemanalyse",
                severity="error",
            ),
            ent("missing", "present", type="probleemanalyse"),
            ent("missing", "present", type="plan_van_aanpak"),
            ent("missing", "week 34: the EJE is not due before week 52", type="eerstejaarsevaluatie"),
            ent("missing", "week 34: the 42e-weeksmelding is not due before week 42", type="ziekmelding_uwv"),
            ent("missing", "week 34: no AD-rapport expected before week 52", type="arbeidsdeskundig_rapport"),
            ent("missing", "week 34: no 2nd track expected yet", type="trajectplan_tweede_spoor"),
            ent("missing", "not due before week 88-91", type="actueel_oordeel", severity="error"),
            ent("missing", "not due before week 91", type="eindevaluatie", severity="error"),
            ent("evaluation_gap", "meetings every 35 days after the PvA"),
            ent("early", "nothing early"),
            ent("order", "nothing out of order"),
            ent("medical_data", "no medical data; the motivation speaks of a consultation, not of health"),
            ent("bsn_invalid", "one valid BSN"),
            ent("bsn_mismatch", "one BSN everywhere"),
            ent("unsigned", "PvA and meetings signed by both"),
            ent("future", "nothing dated after as_of"),
        ],
    }
    _ = (r_pa, r_pva)
    return c, exp


# ------------------------------------------------------------------------------------------------
# Case 2: eerstejaarsevaluatie in week 30 (early); everything else regular, checked in week 60
# ------------------------------------------------------------------------------------------------


def case_eje_week30_vroeg(bsns: set[str], rng: random.Random) -> tuple[Case, dict[str, Any]]:
    p = People(
        werknemer="Tarik Bennani",
        functie="Monteur koeltechniek",
        werkgever="Koeltechniek Vermeer & Zn B.V.",
        werkgever_adres="Ambachtsweg 31, 1333 NK Almere",
        aard="Installatie en onderhoud van koelinstallaties, 48 medewerkers",
        casemanager="Joyce Smeding",
        casemanager_functie="HR-adviseur",
        bedrijfsarts="A.M. Kuipers-Ras",
        big="89012377601",
        arbodienst="Bedrijfsartsenpraktijk Polderwerk",
        lhn="812034556L01",
        ad="P. Oudshoorn",
        ad_bureau="Oudshoorn Arbeidsdeskundig Advies",
        coach="Naima El Amrani",
        bureau="Loopbaanhuis Meridiaan",
        domain="vermeer-koeltechniek.example",
    )
    d0 = dt.date(2024, 11, 11)
    c = Case("eje_week30_vroeg", d0, d0 + dt.timedelta(days=416), p, new_bsn(rng, bsns), datefmt="dash")
    c.styles = styles_for(c.name, p, 1)
    o = {"pa": 33, "pva": 44, "eje": 205, "melding": 288, "conf": 297, "ad": 330, "bij": 345, "traj": 362, "vg1": 404}
    o = {k: c.wd(v) for k, v in o.items()}
    assert c.week(c.day(o["eje"])) == 30 and c.week(c.as_of) == 60 and c.week(c.day(o["melding"])) == 42
    c.pdf("Probleemanalyse/PA 2024-12.pdf", pa(c, c.day(o["pa"]), LIMITS_STAND, PROGNOSE_SLOW), "arbo", c.day(o["pa"]))
    c.pdf(
        "Plan van aanpak/PvA Bennani.pdf",
        pva(
            c,
            c.day(o["pva"]),
            c.day(o["pa"]),
            "Terugkeer in aangepast werk als monteur: werkplaatswerk en storingsanalyse op afstand, zonder klimwerk.",
            [
                ["Werkplaatstaken en voorbereiding van opdrachten", "Werkgever", "vanaf week 8"],
                ["Opbouw naar 24 uur per week", "Werknemer", "week 8 tot week 26"],
                ["Voortgangsgesprek elke vijf weken", "Casemanager", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["pva"]),
    )
    offs = [79, 114, 149, 184, 219, 254, 289, 324, 359, 394]
    offs = [c.wd(x) for x in offs]
    notes = {
        offs[
            7
        ]: "Het einde van het eerste ziektejaar nadert. Werkgever heeft een arbeidsdeskundig onderzoek laten doen; "
        "het rapport wordt in het volgende gesprek besproken.",
    }
    write_meetings(c, offs, [8, 12, 16, 20, 20, 24, 24, 24, 24, 24], "werkplaatswerk", "Gespreksverslagen", notes=notes)
    r_eje = c.pdf(
        "Evaluaties/Eerstejaarsevaluatie Bennani.pdf",
        eje(
            c,
            c.day(o["eje"]),
            "Werknemer is in week 8 gestart met werkplaatstaken en werkt nu 20 uur per week. Het klimwerk en het werk "
            "bij klanten op locatie zijn nog niet mogelijk.",
            "Beoogd resultaat: duurzame hervatting in aangepast werk voor 24 uur per week.",
            "Over spoor 2 wordt besloten na een arbeidsdeskundig onderzoek.",
        ),
        "wg",
        c.day(o["eje"]),
    )
    c.pdf(
        "UWV/42e-weeksmelding.pdf",
        ziekmelding(c, c.day(o["melding"]), "Joyce Smeding", "HR-adviseur"),
        "wg",
        c.day(o["melding"]),
    )
    c.pdf(
        "UWV/Bevestiging ziekmelding UWV.pdf",
        uwv_bevestiging(c, c.day(o["conf"]), c.day(o["melding"])),
        "uwv",
        c.day(o["conf"]),
    )
    c.pdf(
        "Arbeidsdeskundige/Rapport arbeidsdeskundig onderzoek.pdf",
        ad_rapport(
            c,
            c.day(o["ad"]),
            "Het eigen werk als monteur met klimwerk en werk op locatie is niet passend. Het werkplaatswerk "
            "is passend, maar biedt niet meer dan 24 uur per week.",
            "Advies: het aangepaste werk voortzetten (spoor 1) en daarnaast een tweede spoor starten voor "
            "passend werk elders.",
        ),
        "ad",
        c.day(o["ad"]),
    )
    c.pdf(
        "Plan van aanpak/Bijstelling PvA spoor 2.pdf",
        bijstelling_pva(
            c,
            c.day(o["bij"]),
            "Het arbeidsdeskundig rapport adviseert naast spoor 1 een tweede spoor.",
            "Passend werk bij een andere werkgever, naast het aangepaste werk in de werkplaats.",
            [
                ["Start tweede spoor via re-integratiebureau", "Werkgever", "binnen vier weken"],
                ["Werkplaatswerk 24 uur voortzetten", "Werknemer", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["bij"]),
    )
    c.pdf("Tweede spoor/Trajectplan.pdf", trajectplan(c, c.day(o["traj"])), "bureau", c.day(o["traj"]))
    c.pdf(
        "Tweede spoor/Voortgangsrapportage 1.pdf",
        voortgang(c, c.day(o["vg1"]), c.day(o["traj"]), 1),
        "bureau",
        c.day(o["vg1"]),
    )
    evals = [c.day(o[k]) for k in ("pva", "eje", "bij")]
    assert max(gaps(c, evals)) <= 40 and c.off(c.as_of) - offs[-1] <= 40
    assert o["traj"] <= 406 and o["pa"] <= 42 and o["pva"] - o["pa"] <= 14
    c.dossier_yaml()

    def wk(k: str) -> int:
        return c.week(c.day(o[k]))

    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"checked in week 60. The eerstejaarsevaluatie is dated day {o['eje']} (week 30), far before the window of "
            f"weeks 46-52; no later EJE. Everything else on time: PA week {wk('pa')}, PvA PA+{o['pva'] - o['pa']}, "
            f"meetings every 5 weeks, 42e-weeksmelding week {wk('melding')}, AD week {wk('ad')}, bijstelling PvA "
            f"week {wk('bij')}, trajectplan week {wk('traj')}. Traps: the meeting of week {c.week(c.day(offs[7]))} "
            "says 'het einde van het eerste ziektejaar nadert'; dates as 12-03-2025; AO/EV not due"
        ),
        "must": [
            ent("early", "EJE in week 30, before week 46 (handleiding: early)", type="eerstejaarsevaluatie", path=r_eje)
        ],
        "must_not": [
            ent("late", "nothing is late: PA, PvA, 42e-weeksmelding, trajectplan all on time"),
            ent("evaluation_gap", "meetings every 35 days"),
            ent("missing", "present", type="probleemanalyse"),
            ent("missing", "present", type="plan_van_aanpak"),
            ent("missing", "present (week 48)", type="arbeidsdeskundig_rapport"),
            ent("missing", "present (week 52)", type="trajectplan_tweede_spoor"),
            ent("missing", "present (week 42)", type="ziekmelding_uwv"),
            ent("missing", "present", type="bijstelling_plan_van_aanpak"),
            ent("missing", "not due before week 88-91", type="actueel_oordeel", severity="error"),
            ent("missing", "not due before week 91", type="eindevaluatie", severity="error"),
            ent("duplicate", "one EJE; the week-47 meeting only mentions the end of the first year"),
            ent("medical_data", "no medical data anywhere"),
            ent("bsn_invalid", "one valid BSN"),
            ent("bsn_mismatch", "one BSN everywhere"),
            ent("order", "nothing out of order"),
            ent("unsigned", "PvA, bijstelling and EJE signed by both"),
        ],
    }
    return c, exp


# ------------------------------------------------------------------------------------------------
# Case 3: one gap of 63 days between meetings in the middle of an otherwise complete, clean dossier
# ------------------------------------------------------------------------------------------------


def invitation(c: Case, d: dt.date, meet: dt.date) -> list[Any]:
    return [
        Title("Uitnodiging voortgangsgesprek"),
        Fields([("Aan", c.p.werknemer), ("Datum", c.f(d)), ("Personeelsnummer", "20417")]),
        Para(
            f"Beste {c.p.werknemer.split()[0]}, hierbij nodig ik je uit voor een voortgangsgesprek op {c.f(meet)} om "
            "10.00 uur op kantoor. We bespreken hoe het gaat met de opbouw en de afspraken uit het plan van aanpak. "
            "Laat het me weten als dit tijdstip niet uitkomt."
        ),
        Signatures([Sig("Werkgever", c.p.casemanager, c.p.casemanager_functie, c.f(d))]),
    ]


def case_gat_tussen_gesprekken(bsns: set[str], rng: random.Random) -> tuple[Case, dict[str, Any]]:
    p = People(
        werknemer="Petra Zwanenburg",
        functie="Medewerker orderverwerking",
        werkgever="Van Leeuwen Tegelhandel B.V.",
        werkgever_adres="Marsweg 7, 8013 PB Zwolle",
        aard="Groothandel in wand- en vloertegels met showroom, 61 medewerkers",
        casemanager="Ruud Tiemersma",
        casemanager_functie="HR-manager",
        bedrijfsarts="M.E. Haverkamp",
        big="19055231801",
        arbodienst="Arbodienst IJsselstreek",
        lhn="823377014L01",
        ad="J. Wolters-Breed",
        ad_bureau="Wolters Arbeid & Advies",
        domain="vanleeuwen-tegels.example",
    )
    d0 = dt.date(2024, 3, 4)
    c = Case("gat_tussen_gesprekken", d0, d0 + dt.timedelta(days=430), p, new_bsn(rng, bsns), datefmt="long")
    c.styles = styles_for(c.name, p, 2)
    o = {
        "pa": 34,
        "pva": 45,
        "inv": 200,
        "ad": 262,
        "bij": 280,
        "melding": 289,
        "conf": 300,
        "eje": 340,
    }
    o = {k: c.wd(v) for k, v in o.items()}
    offs = [80, 115, 150, 213, 248, 283, 318, 353, 388, 423]
    offs = [c.wd(x) for x in offs]
    assert c.week(c.as_of) == 62 and 46 <= c.week(c.day(o["eje"])) <= 52 and c.off(c.as_of) > 406
    c.pdf(
        "01 Probleemanalyse/Probleemanalyse.pdf",
        pa(c, c.day(o["pa"]), LIMITS_TEMPO, PROGNOSE_GOOD),
        "arbo",
        c.day(o["pa"]),
    )
    c.pdf(
        "02 Plan van aanpak/Plan van aanpak Zwanenburg.pdf",
        pva(
            c,
            c.day(o["pva"]),
            c.day(o["pa"]),
            "Terugkeer in het eigen werk als medewerker orderverwerking, eerst zonder spoedorders.",
            [
                ["Eigen werk zonder spoedorders, vaste werkplek", "Werkgever", "vanaf week 7"],
                ["Opbouw van 12 naar 32 uur per week", "Werknemer", "week 7 tot week 30"],
                ["Voortgangsgesprek elke vijf weken", "Casemanager", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["pva"]),
    )
    hours = [12, 12, 16, 16, 16, 24, 24, 24, 24, 24]
    names = write_meetings(c, offs, hours, "orderverwerking, later klantenservice", "03 Voortgangsgesprekken")
    r_inv = c.pdf(
        "03 Voortgangsgesprekken/Uitnodiging gesprek.pdf",
        invitation(c, c.day(o["inv"]), c.day(offs[3])),
        "wg",
        c.day(o["inv"]),
    )
    c.pdf(
        "05 Arbeidsdeskundige/AD-rapport Wolters.pdf",
        ad_rapport(
            c,
            c.day(o["ad"]),
            "Het eigen werk met spoedorders en wisselende deadlines is niet passend. De functie medewerker "
            "klantenservice bij dezelfde werkgever, 24 uur per week met vaste taken, is passend.",
            "Advies: werknemer structureel plaatsen in de functie medewerker klantenservice (spoor 1, ander "
            "werk bij de eigen werkgever). Een tweede spoor is dan niet nodig.",
        ),
        "ad",
        c.day(o["ad"]),
    )
    c.pdf(
        "02 Plan van aanpak/Bijstelling plan van aanpak.pdf",
        bijstelling_pva(
            c,
            c.day(o["bij"]),
            "Het arbeidsdeskundig rapport adviseert structurele plaatsing in de functie medewerker klantenservice.",
            "Structurele plaatsing als medewerker klantenservice voor 24 uur per week.",
            [
                ["Plaatsing klantenservice 24 uur", "Werkgever", f"per {c.f(c.day(c.wd(o['bij'] + 3)))}"],
                ["Inwerken bij de teamleider klantenservice", "Werknemer", "vier weken"],
            ],
        ),
        "wg",
        c.day(o["bij"]),
    )
    c.pdf(
        "04 UWV/42e weeksmelding.pdf",
        ziekmelding(c, c.day(o["melding"]), "Ruud Tiemersma", "HR-manager"),
        "wg",
        c.day(o["melding"]),
    )
    c.pdf(
        "04 UWV/Ontvangstbevestiging UWV.pdf",
        uwv_bevestiging(c, c.day(o["conf"]), c.day(o["melding"])),
        "uwv",
        c.day(o["conf"]),
    )
    c.pdf(
        "06 Evaluaties/Eerstejaarsevaluatie.pdf",
        eje(
            c,
            c.day(o["eje"]),
            "Het eigen werk bleek niet passend. Sinds week 41 werkt werknemer structureel als medewerker "
            "klantenservice, 24 uur per week.",
            "Beoogd resultaat: behoud van de passende functie voor 24 uur per week.",
            f"Een tweede spoor is niet nodig: werknemer is per {c.f(c.day(c.wd(o['bij'] + 3)))} structureel geplaatst "
            "in passend werk bij de eigen werkgever (advies arbeidsdeskundige).",
        ),
        "wg",
        c.day(o["eje"]),
    )
    g = gaps(c, [c.day(o[k]) for k in ("pva", "bij", "eje")])
    assert sorted(g)[-1] == 63 and sorted(g)[-2] <= 40, g
    c.dossier_yaml()
    before, after = names[offs[2]], names[offs[3]]
    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            "checked in week 62. One gap of 63 days between two meetings "
            f"('{before}' and '{after}', weeks 22-31); every other gap 35 days or less. Traps: an invitation letter "
            f"for the second of those meetings ('{r_inv}', dated inside the gap) is no evaluation; no 2nd track by "
            "week 58, motivated in the AD-rapport and the EJE (structural placement in other work at the employer "
            "from week 41); AO/EV not due"
        ),
        "must": [ent("evaluation_gap", "63 days between two progress meetings (more than 6 weeks)")],
        "must_not": [
            ent("evaluation_gap", "a gap between evaluations is a warning (DOMAIN §8.3)", severity="error"),
            ent(
                "missing",
                "no 2nd track needed: structural placement in passend werk, motivated in AD-rapport and EJE",
                type="trajectplan_tweede_spoor",
            ),
            ent("missing", "present", type="probleemanalyse"),
            ent("missing", "present", type="plan_van_aanpak"),
            ent("missing", "present", type="bijstelling_plan_van_aanpak"),
            ent("missing", "present (week 49)", type="eerstejaarsevaluatie"),
            ent("missing", "present (week 38)", type="arbeidsdeskundig_rapport"),
            ent("missing", "present (week 42)", type="ziekmelding_uwv"),
            ent("missing", "not due before week 88-91", type="actueel_oordeel", severity="error"),
            ent("missing", "not due before week 91", type="eindevaluatie", severity="error"),
            ent("late", "nothing is late"),
            ent("early", "nothing is early"),
            ent("order", "nothing out of order"),
            ent("unsigned", "all signed"),
            ent("medical_data", "no medical data"),
            ent("bsn_invalid", "one valid BSN"),
            ent("bsn_mismatch", "one BSN everywhere"),
            ent("duplicate", "no duplicates"),
            ent("content", "PvA/EJE with visie and casemanager"),
        ],
    }
    return c, exp


# ------------------------------------------------------------------------------------------------
# Case 4: actueel oordeel dated after the eindevaluatie, and 105 days before the application
# ------------------------------------------------------------------------------------------------


def case_ao_na_ev_verouderd(bsns: set[str], rng: random.Random) -> tuple[Case, dict[str, Any]]:
    p = People(
        werknemer="Dennis Oosterhuis",
        functie="Vrachtwagenchauffeur",
        werkgever="Transportbedrijf Gebr. Lamberts B.V.",
        werkgever_adres="Havenkade 52, 5928 PT Venlo",
        aard="Wegtransport van koel- en vriesgoederen, 120 medewerkers",
        casemanager="Anouk Verweij",
        casemanager_functie="verzuimcoördinator",
        bedrijfsarts="H.C. Brink",
        big="59077342101",
        arbodienst="Verzuimnet Midden",
        lhn="850112983L02",
        ad="S. El Idrissi",
        ad_bureau="El Idrissi Arbeidsdeskundigen",
        coach="Mirjam Zandbergen",
        bureau="Werkpad Re-integratie",
        domain="lamberts-transport.example",
    )
    d0 = dt.date(2024, 5, 13)
    c = Case(
        "ao_na_ev_verouderd",
        d0,
        d0 + dt.timedelta(days=652),
        p,
        new_bsn(rng, bsns),
        datefmt="long",
        bsnfmt="spaces",
        aanvraag=d0 + dt.timedelta(days=645),
    )
    c.styles = styles_for(c.name, p, 3)
    o = {
        "pa": 37,
        "pva": 50,
        "melding": 283,
        "conf": 292,
        "ad": 325,
        "eje": 345,
        "bij": 355,
        "traj": 372,
        "ev": 530,
        "ao": 540,
        "eind": 610,
        "brief": 612,
        "ow": 622,
    }
    o = {k: c.wd(v) for k, v in o.items()}
    vg = [428, 484, 540]
    vg = [c.wd(x) for x in vg]
    assert c.week(c.day(o["ev"])) == 76 and c.week(c.day(o["ao"])) == 78 and c.week(c.aanvraag) == 93
    assert c.off(c.aanvraag) - o["ao"] > 92 and o["ao"] > o["ev"]
    c.pdf(
        "1 PA/Probleemanalyse Verzuimnet.pdf",
        pa(c, c.day(o["pa"]), LIMITS_STAND, PROGNOSE_SLOW),
        "arbo",
        c.day(o["pa"]),
    )
    c.pdf(
        "2 PvA/Plan van aanpak.pdf",
        pva(
            c,
            c.day(o["pva"]),
            c.day(o["pa"]),
            "Terugkeer in aangepast werk: korte ritten zonder laden en lossen, daarna beoordelen of het eigen "
            "werk haalbaar is.",
            [
                ["Korte ritten regio, geen laden en lossen", "Planning", "vanaf week 9"],
                ["Opbouw naar 28 uur per week", "Werknemer", "week 9 tot week 30"],
                ["Voortgangsgesprek elke vijf tot zes weken", "Casemanager", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["pva"]),
    )
    offs = c.cadence(87, 650, 40)
    write_meetings(c, offs, [8, 12, 16, 20], "korte ritten en werk op de planning", "3 Gesprekken")
    c.pdf(
        "4 UWV/Ziekmelding 42 weken.pdf",
        ziekmelding(c, c.day(o["melding"]), "Anouk Verweij", "verzuimcoördinator"),
        "wg",
        c.day(o["melding"]),
    )
    c.pdf(
        "4 UWV/UWV bevestiging.pdf", uwv_bevestiging(c, c.day(o["conf"]), c.day(o["melding"])), "uwv", c.day(o["conf"])
    )
    c.pdf(
        "5 AD/Arbeidsdeskundig rapport.pdf",
        ad_rapport(
            c,
            c.day(o["ad"]),
            "Het eigen werk als chauffeur met laden en lossen is niet passend. Korte ritten en planningswerk "
            "zijn passend tot 20 uur per week.",
            "Advies: spoor 1 voortzetten met 20 uur passend werk en een tweede spoor starten.",
        ),
        "ad",
        c.day(o["ad"]),
    )
    c.pdf(
        "6 Evaluaties/Eerstejaarsevaluatie.pdf",
        eje(
            c,
            c.day(o["eje"]),
            "Werknemer rijdt korte ritten en helpt op de planning, samen 20 uur per week. Het eigen werk is niet "
            "haalbaar gebleken.",
            "Beoogd resultaat: 20 uur passend werk behouden en passend werk elders voor de overige uren vinden.",
            "Spoor 2 start binnen vier weken via Werkpad Re-integratie, conform het arbeidsdeskundig advies.",
        ),
        "wg",
        c.day(o["eje"]),
    )
    c.pdf(
        "2 PvA/Bijstelling PvA tweede spoor.pdf",
        bijstelling_pva(
            c,
            c.day(o["bij"]),
            "De eerstejaarsevaluatie en het arbeidsdeskundig rapport.",
            "20 uur passend werk bij de werkgever en passend werk elders (spoor 2).",
            [
                ["Intake re-integratiebureau", "Werkgever", "binnen drie weken"],
                ["Passend werk 20 uur voortzetten", "Werknemer", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["bij"]),
    )
    c.pdf("7 Tweede spoor/Trajectplan Werkpad.pdf", trajectplan(c, c.day(o["traj"])), "bureau", c.day(o["traj"]))
    prev = o["traj"]
    for i, v in enumerate(vg, 1):
        c.pdf(
            f"7 Tweede spoor/Voortgangsrapportage {i}.pdf", voortgang(c, c.day(v), c.day(prev), i), "bureau", c.day(v)
        )
        prev = v
    c.pdf(
        "7 Tweede spoor/Eindrapportage Werkpad.pdf",
        eindrapportage(c, c.day(o["eind"]), c.day(o["traj"])),
        "bureau",
        c.day(o["eind"]),
    )
    r_ev = c.pdf(
        "8 WIA/Eindevaluatie.pdf",
        ev(
            c,
            c.day(o["ev"]),
            None,
            "Werknemer rijdt sinds week 9 korte ritten en werkt op de planning, nu 20 uur per week. Het tweede "
            "spoor loopt sinds week 54 en heeft nog geen plaatsing opgeleverd.",
        ),
        "wg",
        c.day(o["ev"]),
    )
    r_ao = c.pdf(
        "8 WIA/Actueel oordeel.pdf",
        ao(c, c.day(o["ao"]), "Werknemer werkt 20 uur per week in passend werk (korte ritten, planning)."),
        "arbo",
        c.day(o["ao"]),
    )
    c.pdf("4 UWV/Brief UWV aanvraag WIA.pdf", uwv_wia(c, c.day(o["brief"])), "uwv", c.day(o["brief"]))
    c.pdf(
        "8 WIA/Oordeel werknemer.pdf",
        ow(c, c.day(o["ow"]), "Ik heb het re-integratieverslag gelezen en ben het met de inhoud eens."),
        "plain",
        c.day(o["ow"]),
    )
    assert max(gaps(c, [c.day(o[k]) for k in ("pva", "eje", "bij", "ev")])) <= 40
    assert c.off(c.as_of) - offs[-1] <= 40
    c.dossier_yaml()
    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": c.aanvraag.isoformat() if c.aanvraag else None,
        "planted": (
            f"checked in week 94 after the application (day {c.off(c.aanvraag)}, week 93). The eindevaluatie is dated "
            f"day {o['ev']} (week 76), the actueel oordeel day {o['ao']} (week 78): AO after EV, and the AO is "
            f"{c.off(c.aanvraag) - o['ao']} days (more than 3 months) before the application. Traps: meetings, "
            "2nd-track "
            "reports and UWV's week-88 letter go on after the EV; BSN written with spaces in the documents"
        ),
        "must": [
            ent("order", "AO dated after the EV (DOMAIN §2.5, §8.3: AO before EV)"),
            ent(
                "outdated",
                "AO 105 days before the application (§2.5: default 8 weeks, hard limit 3 months)",
                type="actueel_oordeel",
            ),
        ],
        "must_not": [
            ent("missing", "present (dated wrongly, but present)", type="actueel_oordeel"),
            ent("missing", "present", type="eindevaluatie"),
            ent("missing", "present", type="oordeel_werknemer"),
            ent("missing", "present", type="eerstejaarsevaluatie"),
            ent("missing", "present", type="trajectplan_tweede_spoor"),
            ent("missing", "present", type="arbeidsdeskundig_rapport"),
            ent("late", "on time", type="probleemanalyse"),
            ent("late", "on time", type="plan_van_aanpak"),
            ent("late", "week 41", type="ziekmelding_uwv"),
            ent("late", "week 50", type="eerstejaarsevaluatie"),
            ent("late", "week 54", type="trajectplan_tweede_spoor"),
            ent("evaluation_gap", "meetings every 40 days"),
            ent("early", "EJE in week 50", type="eerstejaarsevaluatie"),
            ent("bsn_invalid", "one valid BSN, written with spaces"),
            ent("bsn_mismatch", "one BSN everywhere (spaces in documents, plain in dossier.yaml)"),
            ent("medical_data", "no medical data"),
            ent("unsigned", "all signed"),
        ],
    }
    _ = (r_ev, r_ao)
    return c, exp


# ------------------------------------------------------------------------------------------------
# Case 5: a deskundigenoordeel referred to as given but absent; no AD-rapport although no return by week 52
# ------------------------------------------------------------------------------------------------


def do_aanvraag(c: Case, d: dt.date) -> list[Any]:
    return [
        Title("Aanvraag deskundigenoordeel", sub="door de werkgever"),
        Fields(
            [
                ("Aan", "UWV, afdeling deskundigenoordelen"),
                ("Datum", c.f(d)),
                ("Werkgever", c.p.werkgever),
                ("Werknemer", c.p.werknemer),
                ("BSN", c.b()),
            ]
        ),
        Para(
            "Wij vragen UWV om een deskundigenoordeel over de vraag of de werkzaamheden die wij werknemer hebben "
            "aangeboden op de planningsafdeling (20 uur per week) passend zijn. Werknemer twijfelt daaraan; wij willen "
            "hierover duidelijkheid voordat de afspraken worden bijgesteld."
        ),
        Signatures([Sig("Werkgever", c.p.casemanager, c.p.casemanager_functie, c.f(d))]),
    ]


def case_do_genoemd_geen_ad(bsns: set[str], rng: random.Random) -> tuple[Case, dict[str, Any]]:
    p = People(
        werknemer="Erik Jan Sluiter",
        functie="Productiemedewerker extrusie",
        werkgever="Kunststoffen Noordhorn B.V.",
        werkgever_adres="Industrieweg 9, 9804 TG Noordhorn",
        aard="Productie van kunststof buizen en profielen, 85 medewerkers",
        casemanager="Gerda Postma",
        casemanager_functie="P&O-adviseur",
        bedrijfsarts="F. Dijkhuis",
        big="79033418901",
        arbodienst="ArboBalans Noord",
        lhn="804461237L01",
        coach="Wessel Kremer",
        bureau="Spoorwissel Re-integratie",
        domain="kunststoffen-noordhorn.example",
    )
    d0 = dt.date(2024, 12, 2)
    c = Case("do_genoemd_geen_ad", d0, d0 + dt.timedelta(days=458), p, new_bsn(rng, bsns), datefmt="abbr")
    c.styles = styles_for(c.name, p, 4)
    o = {
        "pa": 36,
        "pva": 46,
        "melding": 287,
        "conf": 296,
        "eje": 343,
        "bij": 350,
        "traj": 371,
        "aanvr": 384,
        "do": 415,
        "vg1": 413,
        "vg2": 455,
    }
    o = {k: c.wd(v) for k, v in o.items()}
    assert c.week(c.as_of) == 66 and c.week(c.day(o["eje"])) == 50 and c.week(c.day(o["melding"])) == 42
    c.pdf("Probleemanalyse/PA Sluiter.pdf", pa(c, c.day(o["pa"]), LIMITS_STAND, PROGNOSE_SLOW), "arbo", c.day(o["pa"]))
    c.pdf(
        "Plan van aanpak/Plan van aanpak Sluiter.pdf",
        pva(
            c,
            c.day(o["pva"]),
            c.day(o["pa"]),
            "Terugkeer in het eigen werk aan de extrusielijn, eerst met lichte taken zonder wisselen van matrijzen.",
            [
                ["Lichte taken: kwaliteitscontrole en administratie", "Werkgever", "vanaf week 8"],
                ["Opbouw naar 24 uur per week", "Werknemer", "week 8 tot week 26"],
                ["Voortgangsgesprek elke vijf weken", "Casemanager", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["pva"]),
    )
    offs = [81, 116, 151, 186, 221, 256, 291, 326, 361, 396, 431]
    offs = [c.wd(x) for x in offs]
    notes = {
        offs[9]: "Werkgever heeft UWV om een deskundigenoordeel gevraagd over de passendheid van het werk op de "
        "planningsafdeling. De uitkomst wordt afgewacht.",
        offs[
            10
        ]: f"UWV heeft op {c.f(c.day(o['do']))} een deskundigenoordeel gegeven: de aangeboden werkzaamheden op de "
        "planningsafdeling zijn passend. Werknemer start daarom met 20 uur planningswerk naast het tweede spoor.",
    }
    names = write_meetings(
        c,
        offs,
        [8, 12, 16, 16, 16, 16, 16, 16, 16, 16, 20],
        "kwaliteitscontrole en administratie",
        "Gespreksverslagen",
        notes=notes,
    )
    c.pdf(
        "UWV/42e-weeksmelding Sluiter.pdf",
        ziekmelding(c, c.day(o["melding"]), "Gerda Postma", "P&O-adviseur"),
        "wg",
        c.day(o["melding"]),
    )
    c.pdf("UWV/Bevestiging UWV.pdf", uwv_bevestiging(c, c.day(o["conf"]), c.day(o["melding"])), "uwv", c.day(o["conf"]))
    c.pdf(
        "Evaluaties/Eerstejaarsevaluatie Sluiter.pdf",
        eje(
            c,
            c.day(o["eje"]),
            "Terugkeer in het eigen werk aan de extrusielijn is niet gelukt. Werknemer doet 16 uur per week lichte "
            "taken (kwaliteitscontrole en administratie).",
            "Beoogd resultaat: passend werk voor 20 uur per week, bij de werkgever of elders.",
            "Er is in het eigen bedrijf geen passend werk voor meer uren; spoor 2 start direct via Spoorwissel "
            "Re-integratie.",
        ),
        "wg",
        c.day(o["eje"]),
    )
    c.pdf(
        "Plan van aanpak/Bijstelling PvA.pdf",
        bijstelling_pva(
            c,
            c.day(o["bij"]),
            "De eerstejaarsevaluatie: het eigen werk is niet haalbaar gebleken.",
            "Passend werk voor 20 uur per week, bij de werkgever of elders (spoor 1 en spoor 2).",
            [
                ["Start tweede spoor", "Werkgever", "binnen drie weken"],
                ["Lichte taken 16 uur voortzetten", "Werknemer", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["bij"]),
    )
    c.pdf("Tweede spoor/Trajectplan Spoorwissel.pdf", trajectplan(c, c.day(o["traj"])), "bureau", c.day(o["traj"]))
    c.pdf(
        "Tweede spoor/Voortgangsrapportage 1.pdf",
        voortgang(c, c.day(o["vg1"]), c.day(o["traj"]), 1),
        "bureau",
        c.day(o["vg1"]),
    )
    c.pdf(
        "Tweede spoor/Voortgangsrapportage 2.pdf",
        voortgang(c, c.day(o["vg2"]), c.day(o["vg1"]), 2),
        "bureau",
        c.day(o["vg2"]),
    )
    r_req = c.pdf(
        "UWV/Aanvraag deskundigenoordeel werkgever.pdf", do_aanvraag(c, c.day(o["aanvr"])), "wg", c.day(o["aanvr"])
    )
    assert max(gaps(c, [c.day(o[k]) for k in ("pva", "eje", "bij")])) <= 40 and c.off(c.as_of) - offs[-1] <= 40
    assert o["traj"] <= 406
    c.dossier_yaml()
    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"checked in week 66. The meeting report '{names[offs[10]]}' says 'UWV heeft op {c.f(c.day(o['do']))} een "
            "deskundigenoordeel gegeven'; the deskundigenoordeel is not in the folder. No arbeidsdeskundig rapport "
            "although the EJE (week 50) says the return to own work failed. Traps: the employer's own request for "
            f"the deskundigenoordeel ('{r_req}') is present and is no deskundigenoordeel; 2nd track on time (week 54); "
            "AO/EV not due; dates as '12 mrt. 2025'"
        ),
        "must": [
            ent(
                "missing",
                "a deskundigenoordeel is referenced as given but absent (DOMAIN §8.2)",
                type="deskundigenoordeel",
            ),
            ent(
                "missing",
                "no return to own work by week 52 and no AD-rapport (DOMAIN §8.2)",
                type="arbeidsdeskundig_rapport",
            ),
        ],
        "must_not": [
            ent(
                "missing",
                "'if applicable' evidence: a warning (DOMAIN §1.3, §8.2)",
                type="deskundigenoordeel",
                severity="error",
            ),
            ent(
                "missing",
                "'if applicable' evidence: a warning (DOMAIN §1.3, §8.2)",
                type="arbeidsdeskundig_rapport",
                severity="error",
            ),
            ent("missing", "present (week 54)", type="trajectplan_tweede_spoor"),
            ent("missing", "present (week 50)", type="eerstejaarsevaluatie"),
            ent("missing", "present (week 42)", type="ziekmelding_uwv"),
            ent("missing", "present", type="plan_van_aanpak"),
            ent("missing", "present", type="probleemanalyse"),
            ent("missing", "not due before week 88-91", type="actueel_oordeel", severity="error"),
            ent("missing", "not due before week 91", type="eindevaluatie", severity="error"),
            ent("late", "nothing is late"),
            ent("early", "nothing is early"),
            ent("evaluation_gap", "meetings every 35 days"),
            ent("order", "nothing out of order"),
            ent("medical_data", "no medical data"),
            ent("bsn_invalid", "one valid BSN"),
            ent("bsn_mismatch", "one BSN everywhere"),
        ],
    }
    return c, exp


# ------------------------------------------------------------------------------------------------
# Case 6: late 42e-weeksmelding; a physiotherapist's report in the employer's folder; a colleague's BSN on
# one meeting report and a BSN with two digits swapped on another
# ------------------------------------------------------------------------------------------------


def fysio(c: Case, d: dt.date, therapist: str) -> list[Any]:
    return [
        Title("Verslag fysiotherapie", sub="aan de huisarts, afschrift aan de bedrijfsarts"),
        Fields([("Patiënt", c.p.werknemer), ("BSN", c.b()), ("Datum", c.f(d)), ("Verwijzer", "huisarts")]),
        Heading("Diagnose"),
        Para(
            "Aspecifieke lage rugpijn met uitstraling naar het linkerbeen, verdenking lumbosacraal radiculair "
            "syndroom L5 (ICD-10 M54.1). Verminderde kracht bij dorsaalflexie links."
        ),
        Heading("Behandeling"),
        Para(
            "Negen behandelingen manuele therapie en oefentherapie. Medicatie op voorschrift van de huisarts: "
            "naproxen 500 mg tweemaal daags. Bij toename van de uitstraling adviseren wij verwijzing naar de "
            "neuroloog voor een MRI."
        ),
        Heading("Beloop"),
        Para("Wisselend; de pijnscore daalde van 7 naar 5. Behandeling wordt voortgezet."),
        Signatures([Sig("Fysiotherapeut", therapist, "fysiotherapeut, BIG 49051177304", c.f(d))]),
    ]


def case_melding_laat_fysio_bsn(bsns: set[str], rng: random.Random) -> tuple[Case, dict[str, Any]]:
    p = People(
        werknemer="Fatima Ouali",
        functie="Schoonmaakmedewerker",
        werkgever="Glansrijk Schoonmaakdiensten B.V.",
        werkgever_adres="Kanaalweg 118, 2903 LS Capelle aan den IJssel",
        aard="Schoonmaak van kantoren en scholen, 340 medewerkers",
        casemanager="Bas Hoogendam",
        casemanager_functie="casemanager verzuim",
        bedrijfsarts="K. Vos-Admiraal",
        big="69042290601",
        arbodienst="Arbodienst De Linie",
        lhn="816920455L01",
        ad="L. Renes",
        ad_bureau="Renes Arbeidsdeskundig Bureau",
        coach="Priya Ramdin",
        bureau="Nieuw Perspectief Loopbaan",
        domain="glansrijk.example",
    )
    d0 = dt.date(2024, 4, 15)
    c = Case(
        "melding_laat_fysio_bsn", d0, d0 + dt.timedelta(days=500), p, new_bsn(rng, bsns), datefmt="dash", bsnfmt="dots"
    )
    c.styles = styles_for(c.name, p, 5)
    c.styles["fysio"] = Style(
        key=f"{c.name}-fysio",
        org="Fysiotherapie De Wending",
        org_lines=("Molenstraat 3, 2901 BK Capelle aan den IJssel", "praktijk@dewending.example"),
        font="serif",
        letterhead="centered",
        accent=(20, 120, 60),
    )
    colleague = new_bsn(rng, bsns)
    bad = transposed(c.bsn)
    assert elfproef(colleague) and not elfproef(bad) and colleague != c.bsn
    o = {"pa": 39, "pva": 51, "fysio": 120, "melding": 318, "conf": 326, "ad": 330, "eje": 347, "bij": 356, "traj": 375}
    o = {k: c.wd(v) for k, v in o.items()}
    vg = [424, 473]
    vg = [c.wd(x) for x in vg]
    assert c.off(c.day(o["melding"])) > 294 + 7 and c.week(c.day(o["melding"])) == 46
    assert c.week(c.as_of) == 72
    offs = c.cadence(86, 500, 37)
    mism, inval = offs[9], offs[11]
    assert mism in offs and inval in offs
    r_pa = c.pdf(
        "01 Probleemanalyse/Probleemanalyse De Linie.pdf",
        pa(c, c.day(o["pa"]), LIMITS_STAND, PROGNOSE_SLOW),
        "arbo",
        c.day(o["pa"]),
    )
    r_pva = c.pdf(
        "02 Plan van aanpak/Plan van aanpak Ouali.pdf",
        pva(
            c,
            c.day(o["pva"]),
            c.day(o["pa"]),
            "Terugkeer in het eigen werk, eerst in kleinere objecten met licht schoonmaakwerk.",
            [
                ["Licht schoonmaakwerk, geen zware machines", "Werkgever", "vanaf week 9"],
                ["Opbouw van 8 naar 20 uur per week", "Werknemer", "week 9 tot week 26"],
                ["Voortgangsgesprek elke vijf tot zes weken", "Casemanager", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["pva"]),
    )
    names = write_meetings(
        c,
        offs,
        [8, 8, 12, 12, 16, 16, 16, 16, 16, 16, 16, 16],
        "licht schoonmaakwerk",
        "03 Gespreksverslagen",
        bsn={mism: colleague, inval: bad},
    )
    r_fys = c.pdf(
        "08 Overig/Verslag fysiotherapie.pdf", fysio(c, c.day(o["fysio"]), "J. Dekkers"), "fysio", c.day(o["fysio"])
    )
    r_mel = c.pdf(
        "04 UWV/Ziekmelding 42e week.pdf",
        ziekmelding(c, c.day(o["melding"]), "Bas Hoogendam", "casemanager verzuim"),
        "wg",
        c.day(o["melding"]),
    )
    c.pdf(
        "04 UWV/Bevestiging ziekmelding.pdf",
        uwv_bevestiging(c, c.day(o["conf"]), c.day(o["melding"]), True),
        "uwv",
        c.day(o["conf"]),
    )
    r_ad = c.pdf(
        "05 Arbeidsdeskundige/Arbeidsdeskundig onderzoek.pdf",
        ad_rapport(
            c,
            c.day(o["ad"]),
            "Het eigen werk met zware machines en veel bukken is niet passend; licht schoonmaakwerk "
            "is passend tot 16 uur per week.",
            "Advies: het lichte werk (spoor 1) voortzetten en een tweede spoor inzetten.",
        ),
        "ad",
        c.day(o["ad"]),
    )
    r_eje = c.pdf(
        "06 Evaluaties/Eerstejaarsevaluatie Ouali.pdf",
        eje(
            c,
            c.day(o["eje"]),
            "Werknemer werkt 16 uur per week in licht schoonmaakwerk. Het eigen werk is niet haalbaar gebleken.",
            "Beoogd resultaat: het lichte werk behouden en passend werk elders voor de overige uren.",
            "Spoor 2 start via Nieuw Perspectief Loopbaan, conform het arbeidsdeskundig advies.",
        ),
        "wg",
        c.day(o["eje"]),
    )
    c.pdf(
        "02 Plan van aanpak/Bijstelling plan van aanpak.pdf",
        bijstelling_pva(
            c,
            c.day(o["bij"]),
            "Het arbeidsdeskundig rapport en de eerstejaarsevaluatie.",
            "Licht schoonmaakwerk 16 uur (spoor 1) en passend werk elders (spoor 2).",
            [
                ["Intake tweede spoor", "Werkgever", "binnen drie weken"],
                ["Licht werk 16 uur voortzetten", "Werknemer", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["bij"]),
    )
    c.pdf("07 Tweede spoor/Trajectplan.pdf", trajectplan(c, c.day(o["traj"])), "bureau", c.day(o["traj"]))
    prev = o["traj"]
    for i, v in enumerate(vg, 1):
        c.pdf(
            f"07 Tweede spoor/Voortgangsrapportage {i}.pdf", voortgang(c, c.day(v), c.day(prev), i), "bureau", c.day(v)
        )
        prev = v
    assert max(gaps(c, [c.day(o[k]) for k in ("pva", "eje", "bij")])) <= 40
    assert c.off(c.as_of) - offs[-1] <= 40
    c.dossier_yaml()
    r_mis, r_inv = names[mism], names[inval]
    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"checked in week 72. 42e-weeksmelding on day {o['melding']} (week 46; UWV's "
            f"confirmation notes it was late); a physiotherapist's report with diagnosis, ICD-10 code and medication "
            f"in the employer's folder ('{r_fys}'); the meeting report '{r_mis}' carries a colleague's valid BSN "
            f"{colleague}; the meeting report '{r_inv}' carries {bad}, the employee's BSN with two digits swapped "
            "(fails the elfproef). Traps: BSN with dots in the documents, plain in dossier.yaml; employer documents "
            "speak of 'licht werk' and belastbaarheid only"
        ),
        "must": [
            ent("late", "42e-weeksmelding in week 46 (ZW art. 38)", type="ziekmelding_uwv"),
            ent("medical_data", "diagnosis, ICD-10 code, medication, specialist in the employer folder", path=r_fys),
            ent("bsn_mismatch", "a colleague's (valid) BSN", path=r_mis),
            ent("bsn_invalid", "fails the elfproef", path=r_inv),
        ],
        "must_not": [
            ent(
                "late",
                "a late 42e-weeksmelding costs a fine, not a loonsanctie (DOMAIN §2.2 #5, §6)",
                type="ziekmelding_uwv",
                severity="error",
            ),
            ent("bsn_invalid", "the colleague's BSN passes the elfproef", path=r_mis),
            ent("bsn_mismatch", "the employee's BSN (with dots)", path=r_pva),
            ent("bsn_mismatch", "the employee's BSN (with dots)", path=r_pa),
            ent("bsn_mismatch", "the employee's BSN (with dots)", path=r_eje),
            ent("bsn_mismatch", "the employee's BSN (with dots)", path=r_mel),
            ent("bsn_mismatch", "the employee's BSN (with dots); the patient is the employee", path=r_fys),
            ent("medical_data", "limitations and prognosis only", path=r_pa),
            ent("medical_data", "herstel and belastbaarheid only", path=r_eje),
            ent("medical_data", "functiebelasting and belastbaarheid only", path=r_ad),
            ent("medical_data", "herstel and belastbaarheid only", path=names[offs[3]]),
            ent("missing", "not due before week 88-91", type="actueel_oordeel", severity="error"),
            ent("missing", "not due before week 91", type="eindevaluatie", severity="error"),
            ent("missing", "present", type="eerstejaarsevaluatie"),
            ent("missing", "present", type="trajectplan_tweede_spoor"),
            ent("missing", "present", type="arbeidsdeskundig_rapport"),
            ent("missing", "present (late)", type="ziekmelding_uwv"),
            ent("late", "on time", type="probleemanalyse"),
            ent("late", "on time", type="plan_van_aanpak"),
            ent("late", "week 50", type="eerstejaarsevaluatie"),
            ent("late", "week 54", type="trajectplan_tweede_spoor"),
            ent("evaluation_gap", "meetings every 37 days (two of them with a wrong BSN, still meetings)"),
            ent("order", "nothing out of order"),
        ],
    }
    return c, exp


# ------------------------------------------------------------------------------------------------
# Case 7: a clean, complete dossier as offices make it: copier scans with meaningless names, a phone photo,
# a Word original, the eindevaluatie as an e-mail attachment
# ------------------------------------------------------------------------------------------------


def case_kantoor_schoon(bsns: set[str], rng: random.Random) -> tuple[Case, dict[str, Any]]:
    p = People(
        werknemer="Henk-Jan Hendriks",
        functie="Administratief medewerker crediteuren",
        werkgever="Accountantskantoor Veldkamp & Roos",
        werkgever_adres="Stationsplein 4, 6811 KL Arnhem",
        aard="Accountants- en administratiekantoor voor het mkb, 35 medewerkers",
        casemanager="Ingrid Mulder",
        casemanager_functie="officemanager en casemanager",
        bedrijfsarts="W. Lensink",
        big="29061184701",
        arbodienst="Arbo Uniek Gelderland",
        lhn="807745126L01",
        ad="R. Baas",
        ad_bureau="Baas Arbeidsdeskundig Advies",
        coach="Sven Hofstede",
        bureau="Tweede Kans Loopbaanadvies",
        domain="veldkamp-roos.example",
    )
    d0 = dt.date(2024, 6, 3)
    c = Case(
        "kantoor_schoon",
        d0,
        d0 + dt.timedelta(days=648),
        p,
        new_bsn(rng, bsns),
        datefmt="long",
        aanvraag=d0 + dt.timedelta(days=640),
    )
    c.styles = styles_for(c.name, p, 6)
    o = {
        "pa": 30,
        "pva": 40,
        "melding": 285,
        "conf": 296,
        "ad": 322,
        "eje": 336,
        "bij": 350,
        "traj": 364,
        "brief": 612,
        "eind": 616,
        "ao": 620,
        "ev": 627,
        "ow": 633,
    }
    o = {k: c.wd(v) for k, v in o.items()}
    vg = [420, 476, 532]
    vg = [c.wd(x) for x in vg]
    assert c.week(c.as_of) == 93 and c.week(c.aanvraag) == 92 and 46 <= c.week(c.day(o["eje"])) <= 52
    assert o["melding"] <= 294 < o["conf"] and o["ao"] < o["ev"] <= 636 and c.off(c.aanvraag) - o["ao"] <= 56
    offs = c.cadence(76, 640, 40)
    files: dict[str, str] = {}
    files["pa"] = c.pdf(
        "arbo_export_30871.pdf", pa(c, c.day(o["pa"]), LIMITS_TEMPO, PROGNOSE_SLOW), "arbo", c.day(o["pa"])
    )
    files["pva"] = c.scan(
        "scans/scan0007.pdf",
        pva(
            c,
            c.day(o["pva"]),
            c.day(o["pa"]),
            "Terugkeer in het eigen werk als administratief medewerker, eerst met vaste taken zonder deadlines.",
            [
                ["Vaste taken: inboeken en archiveren", "Werkgever", "vanaf week 7"],
                ["Opbouw van 12 naar 24 uur per week", "Werknemer", "week 7 tot week 26"],
                ["Voortgangsgesprek elke vijf tot zes weken", "Casemanager", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["pva"]),
    )
    names = {o_: f"verslagen/verslag {fmt_date(c.day(o_), 'dash')}.pdf" for o_ in offs}
    names[offs[1]] = "verslagen/verslag gesprek sept.docx"
    meet = write_meetings(
        c,
        offs,
        [12, 16, 16, 20, 20, 24],
        "inboeken en archiveren",
        "verslagen",
        next_dates=True,
        kind={offs[1]: "docx"},
        names=names,
    )
    files["word"] = meet[offs[1]]
    files["melding"] = c.pdf(
        "UWV/aangifte langdurig ziek.pdf",
        ziekmelding(c, c.day(o["melding"]), "Ingrid Mulder", "officemanager"),
        "wg",
        c.day(o["melding"]),
    )
    files["conf"] = c.pdf(
        f"UWV/brief UWV {c.day(o['conf']).isoformat()}.pdf",
        uwv_bevestiging(c, c.day(o["conf"]), c.day(o["melding"])),
        "uwv",
        c.day(o["conf"]),
    )
    files["ad"] = c.pdf(
        "rapport_def_v2.pdf",
        ad_rapport(
            c,
            c.day(o["ad"]),
            "Het eigen werk met deadlines en wisselende taken is niet volledig passend; vaste "
            "administratieve taken zijn passend tot 24 uur per week.",
            "Advies: 24 uur passend werk bij de werkgever voortzetten (spoor 1) en een tweede "
            "spoor starten voor de overige uren.",
        ),
        "ad",
        c.day(o["ad"]),
    )
    files["eje"] = c.scan(
        "scans/scan0012.pdf",
        eje(
            c,
            c.day(o["eje"]),
            "Werknemer werkt 24 uur per week met vaste administratieve taken. Volledige terugkeer in het eigen werk "
            "is niet gelukt.",
            "Beoogd resultaat: 24 uur passend werk behouden en passend werk elders voor de overige uren.",
            "Spoor 2 start na deze evaluatie via Tweede Kans Loopbaanadvies, conform het arbeidsdeskundig advies.",
        ),
        "wg",
        c.day(o["eje"]),
    )
    files["bij"] = c.pdf(
        "Bijstelling PvA spoor 2 getekend.pdf",
        bijstelling_pva(
            c,
            c.day(o["bij"]),
            "De eerstejaarsevaluatie en het arbeidsdeskundig advies.",
            "24 uur passend werk (spoor 1) en passend werk elders (spoor 2).",
            [
                ["Intake tweede spoor", "Werkgever", "binnen twee weken"],
                ["Vaste taken 24 uur voortzetten", "Werknemer", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["bij"]),
    )
    c.pdf("tweede spoor/Intake Tweede Kans.pdf", trajectplan(c, c.day(o["traj"])), "bureau", c.day(o["traj"]))
    prev = o["traj"]
    for i, v in enumerate(vg, 1):
        c.pdf(f"tweede spoor/rapportage {i}.pdf", voortgang(c, c.day(v), c.day(prev), i), "bureau", c.day(v))
        prev = v
    c.pdf(
        "tweede spoor/afsluiting.pdf", eindrapportage(c, c.day(o["eind"]), c.day(o["traj"])), "bureau", c.day(o["eind"])
    )
    files["brief"] = c.scan("scans/scan0015.pdf", uwv_wia(c, c.day(o["brief"])), "uwv", c.day(o["brief"]))
    files["ao"] = c.pdf(
        f"AO_{c.day(o['ao']).strftime('%Y%m%d')}.pdf",
        ao(c, c.day(o["ao"]), "Werknemer werkt 24 uur per week met vaste administratieve taken."),
        "arbo",
        c.day(o["ao"]),
    )
    ev_name = "EV Hendriks getekend.pdf"
    files["ev"] = (
        c.eml(
            "mail/RE_ eindevaluatie.eml",
            f"Ingrid Mulder <i.mulder@{p.domain}>",
            "Henk-Jan Hendriks <hj.hendriks@thuismail.example>",
            "RE: eindevaluatie",
            "Beste Henk-Jan,\r\n\r\nBijgaand de eindevaluatie zoals wij die vandaag samen hebben getekend. Bewaar hem "
            "bij je papieren voor de WIA-aanvraag.\r\n\r\nMet vriendelijke groet,\r\nIngrid Mulder\r\n"
            "officemanager\r\n",
            c.day(o["ev"]),
            [
                (
                    ev_name,
                    ev(
                        c,
                        c.day(o["ev"]),
                        c.day(o["ao"]),
                        "Werknemer heeft na een opbouw in vaste administratieve taken 24 uur per week structureel "
                        "hervat. Het tweede spoor heeft geen plaatsing elders opgeleverd.",
                    ),
                    "wg",
                )
            ],
        )
        + "::"
        + ev_name
    )
    d_ow = c.day(o["ow"])
    files["ow"] = c.photo(
        f"IMG_{d_ow.strftime('%Y%m%d')}_194208.jpg",
        ow(c, d_ow, "Ik ben het eens met het re-integratieverslag. Ik heb van alle stukken een kopie gekregen."),
        "plain",
        d_ow,
        orientation=6,
    )
    assert max(gaps(c, [c.day(o[k]) for k in ("pva", "eje", "bij", "ev")])) <= 40
    assert c.off(c.as_of) - offs[-1] <= 40
    c.dossier_yaml()
    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "aanvraag_wia": c.aanvraag.isoformat() if c.aanvraag else None,
        "planted": (
            "nothing: complete, on time, signed, one valid BSN, checked in week 93 after the application (week 92). "
            f"Office traps: the PvA, the EJE and UWV's week-88 letter are copier scans named "
            f"'{files['pva']}', '{files['eje']}', '{files['brief']}'; the PA is '{files['pa']}', the AD-rapport "
            f"'{files['ad']}'; one meeting is a Word original ('{files['word']}'); the eindevaluatie arrives only as "
            f"the attachment of '{files['ev'].split('::')[0]}'; the oordeel werknemer is a phone photo with EXIF "
            "orientation 6; meeting reports name the date of the next meeting; UWV's confirmation of the "
            "42e-weeksmelding is dated after week 42 (the melding itself is in week 41)"
        ),
        "no_errors": True,
        "must": [],
        "must_not": [
            ent("missing", "nothing is missing: every element is in the folder, some under meaningless names"),
            ent("late", "nothing is late (the UWV confirmation date is not the melding date)"),
            ent("early", "nothing is early"),
            ent("outdated", "AO 20 days, EV 13 days before the application"),
            ent("order", "AO week 89 before EV week 90"),
            ent("evaluation_gap", "meetings every 40 days; the next-meeting dates are no meetings"),
            ent("unsigned", "the scans and the photo carry signatures", path=files["pva"]),
            ent("unsigned", "the scans and the photo carry signatures", path=files["eje"]),
            ent("unsigned", "signed by both", path=files["ev"]),
            ent("unsigned", "signed by both", path=files["bij"]),
            ent("unclassified", "every file is an RIV document", path=files["pva"]),
            ent("unclassified", "every file is an RIV document", path=files["eje"]),
            ent("unclassified", "every file is an RIV document", path=files["ow"]),
            ent("unclassified", "every file is an RIV document", path=files["word"]),
            ent("bsn_invalid", "one valid BSN"),
            ent("bsn_mismatch", "one BSN everywhere"),
            ent("medical_data", "no medical data"),
            ent("duplicate", "every document once"),
            ent("multiple_documents", "one document per file"),
            ent("future", "nothing dated after as_of; next-meeting dates lie before as_of anyway"),
            ent("content", "PvA/EJE with visie and casemanager; AO and EV mention arbeidsrelatie and passende arbeid"),
        ],
    }
    return c, exp


# ------------------------------------------------------------------------------------------------
# Case 8: no dossier.yaml; the first sick day only in the documents (with an earlier, separate spell)
# ------------------------------------------------------------------------------------------------


def case_zonder_dossieryaml(bsns: set[str], rng: random.Random) -> tuple[Case, dict[str, Any]]:
    p = People(
        werknemer="Lotte Brinkhuis",
        functie="Verkoopmedewerker",
        werkgever="Fietsenwinkel Trapvast V.O.F.",
        werkgever_adres="Hoogstraat 61, 2611 RN Delft",
        aard="Verkoop en reparatie van fietsen, 14 medewerkers",
        casemanager="Kees Bontekoe",
        casemanager_functie="filiaalmanager",
        bedrijfsarts="J. van Heemstra",
        big="49088215301",
        arbodienst="ArboPlus West",
        lhn="",
        domain="trapvast.example",
    )
    d0 = dt.date(2025, 2, 3)
    c = Case("zonder_dossieryaml", d0, d0 + dt.timedelta(days=325), p, new_bsn(rng, bsns), datefmt="slash4")
    c.styles = styles_for(c.name, p, 7)
    o = {"pa": 38, "pva": 49, "melding": 286, "conf": 295}
    o = {k: c.wd(v) for k, v in o.items()}
    assert c.week(c.as_of) == 47 and c.week(c.day(o["melding"])) == 41
    early = (dt.date(2024, 12, 2), dt.date(2024, 12, 6), dt.date(2024, 12, 9))
    assert (d0 - early[1]).days > 28  # a separate spell: not added together (WIA art. 23 lid 3)
    history = (
        f"Eerder verzuim: van {c.f(early[0])} tot en met {c.f(early[1])}; werknemer is op {c.f(early[2])} volledig "
        "hersteld gemeld. Dat verzuim staat los van het huidige (meer dan vier weken ertussen)."
    )
    r_pa = c.pdf(
        "Probleemanalyse ArboPlus.pdf",
        pa(c, c.day(o["pa"]), LIMITS_STAND, PROGNOSE_GOOD, history=history),
        "arbo",
        c.day(o["pa"]),
    )
    r_pva = c.scan(
        "Plan van aanpak getekend.pdf",
        pva(
            c,
            c.day(o["pva"]),
            c.day(o["pa"]),
            "Terugkeer in het eigen werk als verkoopmedewerker, eerst achter de kassa en aan de telefoon.",
            [
                ["Kassawerk en telefonische verkoop, zittend", "Werkgever", "vanaf week 8"],
                ["Opbouw van 8 naar 24 uur per week", "Werknemer", "week 8 tot week 30"],
                ["Voortgangsgesprek elke vijf weken", "Casemanager", "doorlopend"],
            ],
        ),
        "wg",
        c.day(o["pva"]),
    )
    offs = [84, 119, 154, 189, 224, 259, 294]
    offs = [c.wd(x) for x in offs]
    write_meetings(c, offs, [8, 12, 16, 16, 20, 20, 20], "kassawerk en telefonische verkoop", "Gesprekken")
    r_mel = c.pdf(
        "UWV/42e weeks ziekmelding.pdf",
        ziekmelding(c, c.day(o["melding"]), "Kees Bontekoe", "filiaalmanager"),
        "wg",
        c.day(o["melding"]),
    )
    c.pdf(
        "UWV/Ontvangstbevestiging.pdf",
        uwv_bevestiging(c, c.day(o["conf"]), c.day(o["melding"])),
        "uwv",
        c.day(o["conf"]),
    )
    assert max(gaps(c, [c.day(o["pva"])])) <= 40 and c.off(c.as_of) - offs[-1] <= 40
    assert not (c.dir / "dossier.yaml").exists()
    exp = {
        "as_of": c.as_of.isoformat(),
        "first_sick_day": c.d0.isoformat(),
        "planted": (
            f"nothing: no dossier.yaml; the first sick day {c.d0.isoformat()} is only in the documents (PA, the "
            f"scanned PvA, the 42e-weeksmelding), written {c.f(c.d0)}. Checked in week 47. Traps: the PA names an "
            f"earlier spell ({early[0].isoformat()} to {early[1].isoformat()}, more than 4 weeks before, so not added "
            "together); dates as DD/MM/YYYY; the PvA is a scan; EJE, AD-rapport, 2nd track, AO, EV not due"
        ),
        "no_errors": True,
        "must": [],
        "must_not": [
            ent("no_first_sick_day", "the first sick day is in the PA, the PvA and the 42e-weeksmelding"),
            ent("late", "nothing is late if the first sick day is read correctly"),
            ent("early", "nothing is early"),
            ent("missing", "present", type="probleemanalyse"),
            ent("missing", "present", type="plan_van_aanpak"),
            ent("missing", "present (week 41)", type="ziekmelding_uwv"),
            ent("missing", "week 47: the EJE is due by week 52", type="eerstejaarsevaluatie"),
            ent("missing", "week 47: no AD-rapport expected before week 52", type="arbeidsdeskundig_rapport"),
            ent("missing", "week 47: no 2nd track expected yet", type="trajectplan_tweede_spoor"),
            ent("missing", "not due before week 88-91", type="actueel_oordeel", severity="error"),
            ent("missing", "not due before week 91", type="eindevaluatie", severity="error"),
            ent("evaluation_gap", "meetings every 35 days"),
            ent("order", "nothing out of order"),
            ent("future", "nothing dated after as_of (DD/MM/YYYY read as such)"),
            ent("bsn_invalid", "one valid BSN"),
            ent("bsn_mismatch", "one BSN everywhere"),
            ent("medical_data", "no medical data; the earlier spell is dates only"),
            ent("unsigned", "the scanned PvA is signed by both", path=r_pva),
        ],
    }
    _ = (r_pa, r_mel)
    return c, exp


# ------------------------------------------------------------------------------------------------
# main
# ------------------------------------------------------------------------------------------------

BUILDERS = [
    case_pa_week9_pva_laat,
    case_eje_week30_vroeg,
    case_gat_tussen_gesprekken,
    case_ao_na_ev_verouderd,
    case_do_genoemd_geen_ad,
    case_melding_laat_fysio_bsn,
    case_kantoor_schoon,
    case_zonder_dossieryaml,
]

HEADER = """\
# Expected findings of findings holdout 6. GENERATED by make_holdout6.py: edit the cases there.
# Written from DOMAIN.md (§1-§5, §8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without
# reading the rule code. Untouched holdout: do not tune the rules on it (if you do, say so in README.md).
#
# Per case: as_of (the --as-of date), planted (what is wrong and the traps), must / must_not (lists of
# {code?, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.
# no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia are for the reader
# (zonder_dossieryaml has no dossier.yaml: the tool must find the first sick day in the documents).

"""


def check_case(c: Case, exp: dict[str, Any]) -> None:
    on_disk = sorted(str(x.relative_to(c.dir)) for x in c.dir.rglob("*") if x.is_file())
    assert on_disk == sorted(c.files), (c.name, on_disk, c.files)
    paths = {e["path"].split("::")[0] for e in exp["must"] + exp["must_not"] if "path" in e}
    assert paths <= set(c.files), (c.name, paths - set(c.files))
    for e in exp["must"] + exp["must_not"]:
        assert set(e) <= {"code", "type", "path", "severity", "why"}, e
    assert c.as_of >= max(d for _, d in c.dated)
    weekend = [rel for rel, d in c.dated if d.weekday() >= 5]
    assert not weekend, (c.name, weekend)


def main() -> int:
    if CASES.exists():
        shutil.rmtree(CASES)
    if EXPECTED.exists():
        EXPECTED.unlink()
    CASES.mkdir(parents=True)
    rng = random.Random(SEED)
    bsns: set[str] = set()
    expected: dict[str, Any] = {}
    for build in BUILDERS:
        c, exp = build(bsns, rng)
        assert elfproef(c.bsn)
        exp = {k: v for k, v in exp.items() if v is not None}
        check_case(c, exp)
        expected[c.name] = exp
    text = HEADER + yaml.safe_dump(expected, sort_keys=False, allow_unicode=True, width=116)
    EXPECTED.write_text(text, encoding="utf-8")
    n_must = sum(len(e["must"]) for e in expected.values())
    n_not = sum(len(e["must_not"]) + (1 if e.get("no_errors") else 0) for e in expected.values())
    size = sum(p.stat().st_size for p in CASES.rglob("*") if p.is_file())
    print(f"{len(expected)} cases, {n_must} must, {n_not} must_not checks, {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
