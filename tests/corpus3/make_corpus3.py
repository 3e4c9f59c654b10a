# ruff: noqa: E501, RUF005
"""Build holdout corpus 3: four fictional, realistic Poortwachter dossiers (untouched holdout).

    .venv/bin/python tests/corpus3/make_corpus3.py

Writes ``tests/corpus3/files/<case>/...`` and ``tests/corpus3/labels.csv``. Deterministic: fixed
seeds, fixed dates, no clock reads. All people, organisations, addresses and numbers are invented.

Only the writers of ``samples/docgen.py`` are reused (plus a local text-PDF writer that supports
explicit page breaks, running headers and "pagina X van Y" footers); all wording is written here.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples"))

from docgen import (  # noqa: E402
    FIXED_DATE,
    FONT_DIR,
    FONT_FILES,
    Bullets,
    Fields,
    Heading,
    Para,
    Sig,
    Signatures,
    Style,
    Table,
    Title,
    _pdf_squiggle,
    _seed,
    attachment_from,
    bsn_valid,
    fmt_bsn,
    fmt_date,
    mail_date,
    make_bsn,
    write_docx,
    write_eml,
    write_photo_jpg,
    write_scan_pdf,
)

FILES = HERE / "files"
LABELS = HERE / "labels.csv"
SPLIT = "holdout3"


@dataclass
class PageBreak:
    """Local block: start a new page (text PDFs only; other writers ignore it)."""


# --------------------------------------------------------------------------------------------
# local text-PDF writer: like docgen.write_pdf, plus page breaks, running header and
# "pagina X van Y" footer
# --------------------------------------------------------------------------------------------


def write_pdf3(
    path: Path,
    blocks: list[Any],
    style: Style,
    *,
    running_header: str = "",
    page_label: str = "pagina {p} van {nb}",
    letterhead_every_page: bool = False,
) -> Path:
    from fpdf import FPDF

    path.parent.mkdir(parents=True, exist_ok=True)
    files = FONT_FILES.get(style.font, FONT_FILES["sans"])
    base = style.base_size
    accent = style.accent
    rng = random.Random(_seed(path.name, style.key))

    class Doc(FPDF):
        def header(self) -> None:
            if self.page_no() == 1:
                return
            if letterhead_every_page:
                self.set_font("house", "B", base)
                self.set_text_color(*accent)
                self.cell(0, 5, style.org, new_x="LMARGIN", new_y="NEXT")
            if running_header:
                self.set_font("house", "I", base - 2.5)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, running_header, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-17)
            self.set_font("house", "", base - 2.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 4.5, style.footer or style.org, align="L", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, page_label.replace("{p}", str(self.page_no())), align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer(style.producer or "Microsoft Word 2016")
    if style.author:
        pdf.set_author(style.author)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("house", "", str(FONT_DIR / files[0]))
    pdf.add_font("house", "B", str(FONT_DIR / files[1]))
    pdf.add_font("house", "I", str(FONT_DIR / files[2]))
    fam = "house"
    pdf.add_page()

    lh = style.letterhead
    if lh != "none":
        if lh == "band":
            pdf.set_fill_color(*accent)
            pdf.rect(0, 0, 210, 24, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(20, 7)
            pdf.set_font(fam, "B", base + 5)
            pdf.cell(0, 7, style.org)
            pdf.set_xy(20, 14)
            pdf.set_font(fam, "", base - 2)
            pdf.cell(0, 5, "  ·  ".join(style.org_lines))
            pdf.set_text_color(0, 0, 0)
            pdf.set_fill_color(235, 235, 235)
            pdf.set_y(32)
        else:
            align = {"left": "L", "right": "R", "centered": "C"}.get(lh, "L")
            pdf.set_font(fam, "B", base + 4)
            pdf.set_text_color(*accent)
            pdf.cell(0, 7, style.org, align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(80, 80, 80)
            pdf.set_font(fam, "", base - 2)
            for line in style.org_lines:
                pdf.cell(0, 4.2, line, align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(*accent)
            pdf.set_line_width(0.4)
            pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
            pdf.set_y(pdf.get_y() + 7)

    width = 170
    for b in blocks:
        if isinstance(b, PageBreak):
            pdf.add_page()
        elif isinstance(b, Title):
            pdf.set_font(fam, "B", base + 6)
            pdf.set_text_color(*accent)
            pdf.multi_cell(width, 8, b.text.upper() if style.title_upper else b.text, new_x="LMARGIN", new_y="NEXT")
            if b.sub:
                pdf.set_font(fam, "I", base + 1)
                pdf.multi_cell(width, 6, b.sub, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif isinstance(b, Heading):
            pdf.ln(2)
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.set_font(fam, "B", base + 1.5)
            pdf.set_text_color(*accent)
            pdf.multi_cell(width, 6, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif isinstance(b, Fields):
            if style.fields_as_table:
                pdf.set_font(fam, "", base - 0.5)
                pdf.set_draw_color(150, 150, 150)
                with pdf.table(col_widths=(55, 115), line_height=5.5, first_row_as_headings=False) as t:
                    for k, v in b.items:
                        row = t.row()
                        row.cell(k)
                        row.cell(v)
                pdf.ln(2)
            else:
                for k, v in b.items:
                    pdf.set_font(fam, "B", base)
                    pdf.cell(55, 5.5, k if k.endswith(":") or not k else k + ":")
                    pdf.set_font(fam, "", base)
                    pdf.multi_cell(width - 55, 5.5, v, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        elif isinstance(b, Para):
            pdf.set_font(fam, "", base)
            pdf.multi_cell(width, 5.2, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif isinstance(b, Bullets):
            pdf.set_font(fam, "", base)
            for item in b.items:
                pdf.set_x(24)
                pdf.cell(5, 5.2, "•")
                pdf.multi_cell(width - 9, 5.2, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif isinstance(b, Table):
            pdf.set_font(fam, "", base - 1)
            pdf.set_draw_color(120, 120, 120)
            with pdf.table(line_height=5) as t:
                hdr = t.row()
                for h in b.header:
                    hdr.cell(h)
                for r in b.rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
        elif isinstance(b, Signatures):
            pdf.ln(3)
            n = max(1, len(b.sigs))
            colw = width / min(n, 3)
            for start in range(0, n, 3):
                chunk = b.sigs[start : start + 3]
                y0 = pdf.get_y()
                if y0 > 235:
                    pdf.add_page()
                    y0 = pdf.get_y()
                for i, s in enumerate(chunk):
                    x = 20 + i * colw
                    pdf.set_xy(x, y0)
                    pdf.set_font(fam, "B", base - 0.5)
                    pdf.cell(colw - 4, 5, s.role, new_x="LEFT", new_y="NEXT")
                    if s.signed:
                        _pdf_squiggle(pdf, x + 2, y0 + 7, colw - 20, rng)
                    pdf.set_xy(x, y0 + 20)
                    pdf.set_draw_color(0, 0, 0)
                    pdf.line(x, y0 + 19, x + colw - 8, y0 + 19)
                    pdf.set_font(fam, "", base - 1)
                    pdf.cell(colw - 4, 4.5, s.name, new_x="LEFT", new_y="NEXT")
                    if s.function:
                        pdf.cell(colw - 4, 4.5, s.function, new_x="LEFT", new_y="NEXT")
                    if s.date:
                        pdf.cell(colw - 4, 4.5, s.date, new_x="LEFT", new_y="NEXT")
                pdf.set_y(y0 + 36)
    path.write_bytes(bytes(pdf.output()))
    return path


# --------------------------------------------------------------------------------------------
# label registry and small helpers
# --------------------------------------------------------------------------------------------

ROWS: list[dict[str, str]] = []


def label(case: str, rel: str, typ: str, date: dt.date, note: str) -> None:
    ROWS.append({"path": f"{case}/{rel}", "type": typ, "date": date.isoformat(), "split": SPLIT, "note": note})


def L(d: dt.date) -> str:
    return fmt_date(d, "long")


def D(d: dt.date) -> str:
    return fmt_date(d, "dash")


def week(c: Case, d: dt.date) -> int:
    return (d - c.d0).days // 7 + 1


def strip_pb(blocks: list[Any]) -> list[Any]:
    return [b for b in blocks if not isinstance(b, PageBreak)]


@dataclass
class Case:
    key: str
    d0: dt.date
    aanhef: str  # "mevrouw" / "de heer"
    wn_naam: str  # "I.M. Wolters-Dekema"
    wn_kort: str  # "mevrouw Wolters"
    wn_voornaam: str
    geb: dt.date
    adres: str
    bsn: str
    functie: str
    uren: str
    in_dienst: dt.date
    wg: str
    wg_adres: str
    kvk: str
    lhn: str
    aard: str
    ba: str
    ba_func: str
    big: str
    arbo: str
    cm: str
    cm_func: str
    lg: str
    lg_func: str
    verzuimnr: str
    extra: dict[str, Any] = field(default_factory=dict)

    def d(self, days: int) -> dt.date:
        return self.d0 + dt.timedelta(days=days)

    def wn_fields(self, bsn_kind: str = "plain", short: bool = False) -> list[tuple[str, str]]:
        f = [
            ("Naam werknemer", self.wn_naam),
            ("Geboortedatum", D(self.geb)),
            ("BSN", fmt_bsn(self.bsn, bsn_kind)),
        ]
        if not short:
            f += [("Functie", self.functie), ("Arbeidsduur", self.uren)]
        f.append(("Eerste ziektedag", L(self.d0)))
        return f


# --------------------------------------------------------------------------------------------
# generic output helpers
# --------------------------------------------------------------------------------------------


def out(case: str, rel: str) -> Path:
    p = FILES / case / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def uwv_style(afdeling: str, key: str = "uwv") -> Style:
    return Style(
        key=key,
        org="UWV",
        org_lines=(
            afdeling,
            "Postbus 58285, 1040 HG Amsterdam",
            "Telefoon 088 - 898 20 01 (werkgevers)  ·  www.uwv.nl",
        ),
        font="sans",
        accent=(0, 101, 163),
        letterhead="left",
        footer="Uitvoeringsinstituut Werknemersverzekeringen  ·  KvK 34215758  ·  Dit is een automatisch samengestelde brief",
        producer="UWV Documentservice",
    )


BEZWAAR = (
    "Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken na de datum van deze brief "
    "bezwaar maken. Dat kan digitaal via Mijn UWV of schriftelijk. Vermeld in uw bezwaarschrift in elk "
    "geval uw naam, adres, burgerservicenummer, de datum en het kenmerk van deze brief en waarom u het er "
    "niet mee eens bent. Onderteken uw bezwaarschrift en stuur een kopie van deze brief mee. Stuur uw "
    "bezwaarschrift naar UWV, Postbus 58285, 1040 HG Amsterdam. Meer informatie vindt u op uwv.nl/bezwaar."
)

UWV_SLOT = (
    "Heeft u nog vragen? Kijk dan eerst op uwv.nl. Daar vindt u veel informatie. Heeft u daarna nog vragen? "
    "Bel ons dan. Werkgevers bellen 088 - 898 20 01, werknemers 088 - 898 92 94. Houd bij het bellen het "
    "kenmerk van deze brief bij de hand."
)


# ============================================================================================
# CASE A — hospital with its own occupational health service (Dienst Arbo & Vitaliteit)
# ============================================================================================


def case_a() -> None:
    K = "rijnvliet-wolters"
    rng = random.Random(31001)
    c = Case(
        key=K,
        d0=dt.date(2023, 9, 4),
        aanhef="mevrouw",
        wn_naam="I.M. Wolters-Dekema",
        wn_kort="mevrouw Wolters",
        wn_voornaam="Ingrid",
        geb=dt.date(1971, 5, 14),
        adres="Zegerslaan 17, 2406 BK Alphen aan den Rijn",
        bsn=make_bsn(rng),
        functie="Verpleegkundige (niveau 5), afdeling B3 Orthopedie & Traumatologie",
        uren="32 uur per week (gemiddeld 4 diensten, incl. avond- en weekenddiensten)",
        in_dienst=dt.date(1998, 2, 1),
        wg="Stichting Ziekenhuis Rijnvliet",
        wg_adres="Rijnvlietplein 1, 2406 XZ Alphen aan den Rijn",
        kvk="41169823",
        lhn="8053.21.447.L01",
        aard=(
            "Algemeen ziekenhuis (topklinische opleidingsfunctie) met twee locaties, circa 2.150 medewerkers, "
            "24-uurs zorg in poliklinische, klinische en acute setting, CAO Ziekenhuizen."
        ),
        ba="drs. M.J. Verbeek-Ouwens",
        ba_func="bedrijfsarts",
        big="19054821301",
        arbo="Dienst Arbo & Vitaliteit (interne arbodienst Rijnvliet)",
        cm="A. (Annemarie) Zijlstra",
        cm_func="casemanager verzuim, afdeling HRM",
        lg="J. (Jeroen) Halsema",
        lg_func="teamleider verpleegafdeling B3",
        verzuimnr="RV-23-04417",
    )
    assert bsn_valid(c.bsn)
    hr = Style(
        key="rijnvliet-hr",
        org="Ziekenhuis Rijnvliet",
        org_lines=(
            "Afdeling HRM  ·  Rijnvlietplein 1, 2406 XZ Alphen aan den Rijn",
            "T 0172 - 46 30 00  ·  www.rijnvliet-ziekenhuis.nl",
        ),
        font="sans",
        accent=(0, 120, 120),
        letterhead="left",
        fields_as_table=True,
        footer="Stichting Ziekenhuis Rijnvliet  ·  KvK 41169823  ·  vertrouwelijk personeelsdossier",
        author="a.zijlstra",
    )
    arbo = Style(
        key="rijnvliet-arbo",
        org="Dienst Arbo & Vitaliteit",
        org_lines=(
            "Ziekenhuis Rijnvliet, route 88 (gebouw C, 1e etage)",
            "Rijnvlietplein 1, 2406 XZ Alphen aan den Rijn  ·  T 0172 - 46 31 90",
        ),
        font="condensed",
        accent=(120, 40, 90),
        letterhead="right",
        footer="Dienst Arbo & Vitaliteit is de interne arbodienst van Stichting Ziekenhuis Rijnvliet  ·  gecertificeerd SCCM",
        author="mverbeek",
    )
    ad = Style(
        key="terpstra-ad",
        org="Terpstra Arbeidsdeskundig Advies",
        org_lines=("Havenstraat 12B, 2871 JL Schoonhoven", "06 - 41 87 22 90  ·  info@terpstra-ad.nl  ·  KvK 67730112"),
        font="serif",
        accent=(40, 60, 100),
        letterhead="band",
        footer="Terpstra Arbeidsdeskundig Advies  ·  R. Terpstra, register-arbeidsdeskundige (NVvA/SRA)",
    )
    kompas = Style(
        key="kompaswerk",
        org="Kompaswerk Loopbaan & Re-integratie",
        org_lines=(
            "Stationsplein 4, 2405 BK Alphen aan den Rijn",
            "T 0172 - 21 09 09  ·  www.kompaswerk.nl  ·  Blik op Werk keurmerk",
        ),
        font="sans",
        accent=(222, 110, 20),
        letterhead="band",
        footer="Kompaswerk B.V.  ·  KvK 58201346  ·  IBAN NL31 RABO 0321 4456 70",
    )
    wn_pers = Style(key="wolters-prive", org="", letterhead="none", font="serif", footer=" ")

    naam = c.wn_naam
    fz = c.wn_fields()

    # --- 1. verzuimmelding (employer form, non-RIV) -------------------------------------------
    dm = c.d(1)
    blocks = [
        Title("Verzuimmelding medewerker", sub="In te vullen door de leidinggevende binnen 24 uur na de ziekmelding"),
        Fields(
            [
                ("Naam medewerker", naam),
                ("Personeelsnummer", "104377"),
                ("Afdeling / kostenplaats", "B3 Orthopedie & Traumatologie / 4130"),
                ("Leidinggevende", c.lg),
                ("Datum ziekmelding", D(c.d0) + " om 06:40 uur (telefonisch, vroege dienst)"),
                ("Laatst gewerkte dienst", "zondag 3 september 2023, late dienst"),
                ("Bereikbaar op", "06 - 28 41 93 07, thuisadres"),
                ("Verpleegadres (indien anders)", "n.v.t."),
            ]
        ),
        Heading("Vragen bij de melding"),
        Table(
            ["Vraag", "Antwoord"],
            [
                ["Is er sprake van een bedrijfsongeval?", "Nee"],
                [
                    "Heeft het verzuim te maken met het werk?",
                    "Medewerker geeft aan dat de klachten erger worden van lang staan en lopen tijdens de dienst",
                ],
                ["Verwachte duur volgens medewerker", "Onbekend, heeft binnenkort afspraak in het ziekenhuis"],
                ["Valt het verzuim onder de vangnetregeling (zwangerschap, orgaandonatie, no-riskpolis)?", "Nee"],
                [
                    "Zijn er afspraken over werkzaamheden/overdracht?",
                    "Diensten 5 t/m 10 september overgedragen aan roosteraar",
                ],
            ],
        ),
        Para(
            "Medewerker belde zelf om 06:40 uur af voor de vroege dienst. Zij heeft al enkele weken meer last bij "
            "het lopen en staan en heeft de afgelopen maand twee keer een dienst geruild. Zij weet nog niet hoe "
            "lang het gaat duren. Afgesproken dat ik donderdag telefonisch contact opneem. Melding doorgezet naar "
            "HRM (verzuimadministratie) en Dienst Arbo & Vitaliteit."
        ),
        Fields([("Gemeld in YouForce verzuim", D(dm) + " door J. Halsema"), ("Verzuimnummer", c.verzuimnr)]),
        Signatures([Sig("Leidinggevende", c.lg, c.lg_func, D(dm))]),
    ]
    write_pdf3(out(K, "2023/Verzuimmelding_B3_104377.pdf"), blocks, hr)
    label(K, "2023/Verzuimmelding_B3_104377.pdf", "", dm, "rijnvliet;employer internal sick-report form (non-RIV)")

    # --- 2. uitnodiging spreekuur (non-RIV) ------------------------------------------------
    du = c.d(22)
    blocks = [
        Fields(
            [
                ("Aan", f"{c.aanhef.capitalize()} {naam}"),
                ("Adres", c.adres),
                ("Datum", L(du)),
                ("Ons kenmerk", c.verzuimnr + "/SP1"),
            ]
        ),
        Title("Uitnodiging spreekuur bedrijfsarts"),
        Para(
            f"Geachte {c.wn_kort},\n\nU bent sinds {L(c.d0)} ziekgemeld. Zoals telefonisch met u besproken "
            "nodigen wij u uit voor het spreekuur van de bedrijfsarts op:"
        ),
        Fields(
            [
                ("Datum en tijd", "dinsdag 10 oktober 2023, 09:30 uur"),
                ("Bij", f"{c.ba}, bedrijfsarts"),
                ("Locatie", "Dienst Arbo & Vitaliteit, gebouw C, 1e etage (route 88)"),
            ]
        ),
        Para(
            "Wilt u uw legitimatiebewijs meenemen, en een overzicht van de medicijnen die u gebruikt? Als u "
            "brieven of uitslagen van uw behandelaar heeft die u wilt laten zien, mag u die ook meenemen. De "
            "bedrijfsarts geeft na het gesprek een advies aan u en aan uw leidinggevende. Medische gegevens "
            "worden daarbij niet gedeeld; die blijven in het medisch dossier bij de Dienst Arbo & Vitaliteit."
        ),
        Para(
            "Bent u verhinderd? Meld dit dan uiterlijk 24 uur van tevoren via 0172 - 46 31 90. Bij het niet "
            "nakomen van een afspraak zonder geldige reden kan uw werkgever maatregelen nemen volgens het "
            "verzuimreglement van Rijnvliet."
        ),
        Para(
            "Met vriendelijke groet,\n\nSecretariaat Dienst Arbo & Vitaliteit\nnamens drs. M.J. Verbeek-Ouwens, bedrijfsarts"
        ),
        Para("cc: J. Halsema (teamleider), verzuimadministratie HRM"),
    ]
    write_pdf3(out(K, "2023/brief 26-09.pdf"), blocks, arbo)
    label(
        K,
        "2023/brief 26-09.pdf",
        "",
        du,
        "rijnvliet;invitation to bedrijfsarts consultation (non-RIV); uninformative name",
    )

    # --- 3. probleemanalyse ----------------------------------------------------------------
    dpa = c.d(36)  # 2023-10-10, week 6
    blocks = [
        Title(
            "Probleemanalyse en advies",
            sub="conform artikel 2 Regeling procesgang eerste en tweede ziektejaar (Wet verbetering poortwachter)",
        ),
        Fields(
            fz
            + [
                ("Werkgever", f"{c.wg}, {c.wg_adres}"),
                ("Leidinggevende", f"{c.lg}, {c.lg_func}"),
                ("Casemanager", f"{c.cm}, {c.cm_func}"),
                ("Bedrijfsarts", f"{c.ba} (BIG {c.big})"),
                ("Datum spreekuur", L(dpa)),
                ("Verzuimnummer", c.verzuimnr),
            ]
        ),
        Heading("1. Aanleiding"),
        Para(
            f"Werkneemster is sinds {L(c.d0)} volledig arbeidsongeschikt voor haar eigen werk. Zij is op het "
            "spreekuur gezien in het kader van de probleemanalyse in week 6. Op basis van de informatie die "
            "nu beschikbaar is, is er sprake van dreigend langdurig verzuim: herstel binnen enkele weken is "
            "niet te verwachten omdat een operatieve behandeling gepland staat met aansluitend revalidatie."
        ),
        Heading("2. Anamnese in functionele termen"),
        Para(
            "Werkneemster ervaart sinds ongeveer een half jaar toenemende belemmeringen bij lopen, langdurig "
            "staan, traplopen, knielen en hurken. In de laatste maanden voor de ziekmelding lukte het haar niet "
            "meer om een volledige dienst op de afdeling uit te voeren zonder lange pauzes. Met name de "
            "patiëntgebonden handelingen aan bed (wassen, mobiliseren, transfers) en het vele lopen tijdens een "
            "dienst (zij schat 8 tot 10 kilometer per dienst) zijn op dit moment niet mogelijk. Zittend "
            "werk van korte duur gaat redelijk, maar na ongeveer een half uur moet zij van houding wisselen. "
            "De nachtrust is verstoord door klachten, waardoor zij overdag minder energie heeft."
        ),
        Para(
            "Er is sprake van een behandeltraject in de tweede lijn. Een operatieve ingreep staat gepland in "
            "november, met daarna een revalidatieperiode onder begeleiding van een fysiotherapeut. "
            "Werkneemster is gemotiveerd en wil graag terug naar haar werk op B3, waar zij ruim 25 jaar werkt."
        ),
        Heading("3. Beperkingen en mogelijkheden (belastbaarheid)"),
        Para("Op dit moment gelden, in functionele termen, de volgende beperkingen:"),
        Bullets(
            [
                "Lopen: beperkt tot korte afstanden (circa 200 meter), niet op onregelmatige ondergrond.",
                "Staan: maximaal circa 10 minuten aaneengesloten.",
                "Knielen, hurken, traplopen en klimmen: niet mogelijk.",
                "Tillen en dragen: niet boven 5 kg; geen patiëntgebonden transfers, ook niet met hulpmiddelen.",
                "Zitten: mogelijk, mits afwisseling van houding elk half uur.",
                "Werktijden: geen nachtdiensten; voorlopig niet meer dan 2 uur per dagdeel.",
            ]
        ),
        Para(
            "Mogelijkheden: werkneemster is cognitief en sociaal volledig belastbaar. Licht, zittend werk "
            "(bijvoorbeeld administratieve of coördinerende taken, scholing, meelezen met protocollen) is in "
            "beperkte omvang mogelijk tot aan de operatie. Na de operatie zijn er de eerste 6 weken naar "
            "verwachting geen benutbare mogelijkheden."
        ),
        Heading("4. Prognose"),
        Para(
            "De prognose voor herstel is afhankelijk van het beloop na de operatie. Bij een ongecompliceerd "
            "beloop verwacht ik een gedeeltelijke werkhervatting in aangepast werk vanaf ongeveer 10 tot 12 "
            "weken na de ingreep. Terugkeer in de volledige eigen functie met patiëntgebonden zorg is onzeker; "
            "de fysieke belasting in de eigen functie is hoog. Ik verwacht dat het verzuim langer dan 3 maanden "
            "zal duren."
        ),
        Heading("5. Advies aan werkgever en werknemer"),
        Bullets(
            [
                "Stel binnen twee weken samen een plan van aanpak op, met als voorlopig doel terugkeer in eigen werk (spoor 1, eigen werk, eventueel aangepast).",
                "Tot de operatie: start met licht, zittend werk van 2 x 2 uur per week, bij voorkeur administratieve taken voor de afdeling (kwaliteitsdossier, roosterondersteuning).",
                "Houd contact tijdens de revalidatieperiode; de leidinggevende belt eens per twee weken.",
                "Laat al in een vroeg stadium onderzoeken welke taken binnen de verpleging met een lagere fysieke belasting mogelijk zijn (bijvoorbeeld transferverpleegkunde, opnameplanning, poliklinische werkzaamheden).",
                "Werkneemster volgt het behandeladvies van haar behandelaars en houdt mij op de hoogte.",
            ]
        ),
        Heading("6. Vervolg"),
        Para(
            "Ik zie werkneemster terug op het spreekuur ongeveer 6 weken na de operatie, of eerder als het "
            "beloop daar aanleiding toe geeft. Een bijstelling van deze probleemanalyse volgt als de "
            "belastbaarheid wezenlijk verandert."
        ),
        Para(
            "Deze probleemanalyse bevat geen medische gegevens. Werkneemster heeft de inhoud voor verzending "
            "met mij besproken en ontvangt een afschrift. Zij heeft geen gebruik gemaakt van het blokkeringsrecht."
        ),
        Signatures([Sig("Bedrijfsarts", c.ba, f"bedrijfsarts, BIG-nr. {c.big}", L(dpa))]),
        Para("Verzonden aan: werkneemster; J. Halsema (leidinggevende); A. Zijlstra (casemanager HRM)."),
    ]
    write_pdf3(
        out(K, "2023/20231010_PA_Wolters.pdf"), blocks, arbo, running_header=f"Probleemanalyse · {naam} · {c.verzuimnr}"
    )
    label(K, "2023/20231010_PA_Wolters.pdf", "probleemanalyse", dpa, "rijnvliet;week 6; internal arbodienst")

    # --- 4. plan van aanpak (DOCX, multi-section form) -------------------------------------
    dpv = c.d(46)  # 2023-10-20
    acts = [
        [
            "1",
            "Telefonisch contact leidinggevende - werkneemster",
            "J. Halsema / werkneemster",
            "om de 2 weken, vanaf 23-10-2023",
            "doorlopend",
        ],
        [
            "2",
            "Licht zittend werk: bijwerken kwaliteitsdossier B3 en ondersteuning roosterplanning (2 x 2 uur/week)",
            "werkneemster, begeleid door J. Halsema",
            "23-10-2023 t/m 10-11-2023",
            "evaluatie 30-11-2023",
        ],
        [
            "3",
            "Operatie en revalidatie volgens behandelplan",
            "werkneemster",
            "vanaf 14-11-2023",
            "terugkoppeling aan bedrijfsarts",
        ],
        [
            "4",
            "Spreekuur bedrijfsarts (belastbaarheid na operatie)",
            "bedrijfsarts / werkneemster",
            "circa week 1 januari 2024",
            "bijstelling PA indien nodig",
        ],
        [
            "5",
            "Inventarisatie van taken met lage fysieke belasting binnen de verpleging (opnameplanning, transferbureau, polikliniek)",
            "A. Zijlstra met J. Halsema",
            "vóór 1 februari 2024",
            "bespreken in voortgangsgesprek",
        ],
        [
            "6",
            "Voortgangsgesprek (evaluatie plan van aanpak)",
            "casemanager, leidinggevende, werkneemster",
            "elke 6 weken; eerste op 30-11-2023",
            "verslag in dossier",
        ],
        [
            "7",
            "Eerstejaarsevaluatie",
            "casemanager, werkneemster, leidinggevende",
            "uiterlijk week 52 (eind augustus 2024)",
            "—",
        ],
    ]
    blocks = [
        Title(
            "Plan van aanpak", sub="Re-integratie na ziekmelding — Ziekenhuis Rijnvliet (format HRM-VZ-03, versie 2023)"
        ),
        Heading("1. Gegevens"),
        Fields(
            fz
            + [
                ("Afdeling", "B3 Orthopedie & Traumatologie"),
                ("Werkgever", c.wg),
                ("Loonheffingennummer", c.lhn),
                ("Leidinggevende", c.lg),
                ("Casemanager", f"{c.cm} ({c.cm_func}), 0172 - 46 34 12"),
                ("Bedrijfsarts", f"{c.ba}, {c.arbo}"),
                ("Datum probleemanalyse", L(dpa)),
                ("Datum plan van aanpak", L(dpv)),
            ]
        ),
        Heading("2. Kennis en vaardigheden van de werknemer"),
        Para(
            "HBO-V (1996), BIG-geregistreerd verpleegkundige, specialisatie orthopedische verpleegkunde (2004), "
            "werkbegeleider voor leerlingen en stagiairs, lid van de werkgroep valpreventie. Ervaring met het "
            "elektronisch patiëntendossier (HiX), de opnameplanning en het coördineren van diensten als "
            "dienstverantwoordelijke."
        ),
        Heading("3. Doel van de re-integratie"),
        Para(
            "Doel: volledige terugkeer in de eigen functie van verpleegkundige op B3 (spoor 1, eigen werk). "
            "Als dat na de revalidatie niet haalbaar blijkt, wordt onderzocht of aangepast of ander werk binnen "
            "Rijnvliet mogelijk is. Het doel wordt bij elk voortgangsgesprek en uiterlijk bij de "
            "eerstejaarsevaluatie opnieuw bekeken."
        ),
        Heading("4. Activiteiten en afspraken"),
        Table(["Nr.", "Activiteit", "Wie", "Wanneer", "Evaluatie"], acts),
        Heading("5. Visie van de werkgever op de activiteiten"),
        Para(
            "Rijnvliet wil mevrouw Wolters graag behouden voor de afdeling. Zolang zij nog niet aan het bed kan "
            "werken, zetten wij in op zinvolle zittende taken die aansluiten bij haar ervaring. Na de revalidatie "
            "kijken we realistisch naar wat haalbaar is."
        ),
        Heading("6. Visie van de werknemer op de activiteiten"),
        Para(
            "Ik ben het eens met de activiteiten. Ik wil na de operatie zo snel mogelijk weer aan het werk, het "
            "liefst op mijn eigen afdeling. Ik maak mij wel zorgen of ik ooit weer volledige diensten kan "
            "draaien, en ik wil graag dat ook naar ander werk binnen het ziekenhuis gekeken wordt."
        ),
        Heading("7. Overige afspraken"),
        Bullets(
            [
                "Werkneemster is bereikbaar op 06 - 28 41 93 07 en meldt wijzigingen in haar verpleegadres.",
                "Gewerkte uren worden geregistreerd in YouForce onder 'therapeutisch werken / re-integratie'.",
                "Afschriften van dit plan van aanpak gaan naar werkneemster, casemanager en bedrijfsarts.",
                "Bij onenigheid over de uitvoering kan ieder van beide partijen een deskundigenoordeel bij UWV aanvragen.",
            ]
        ),
        Signatures(
            [
                Sig("Werknemer", naam, "verpleegkundige", D(dpv)),
                Sig("Werkgever", c.lg, c.lg_func, D(dpv)),
                Sig("Casemanager", c.cm, "casemanager verzuim", D(dpv)),
            ]
        ),
    ]
    write_docx(out(K, "2023/PvA Ingrid definitief.docx"), blocks, hr)
    label(K, "2023/PvA Ingrid definitief.docx", "plan_van_aanpak", dpv, "rijnvliet;PvA with visie werkgever/werknemer")

    # --- 5. voortgangsgesprek 1 (DOCX) -------------------------------------------------------
    de1 = c.d(87)  # 2023-11-30
    blocks = [
        Title("Verslag voortgangsgesprek", sub="evaluatie plan van aanpak d.d. " + D(dpv)),
        Fields(
            [
                ("Medewerker", naam),
                ("Datum gesprek", L(de1) + " (telefonisch, werkneemster is net geopereerd)"),
                ("Aanwezig", f"{c.lg} (leidinggevende), {c.cm} (casemanager), werkneemster"),
                ("Ziektedag / week", f"dag {(de1 - c.d0).days + 1}, week {week(c, de1)}"),
            ]
        ),
        Heading("Terugblik op de afspraken uit het plan van aanpak"),
        Table(
            ["Afspraak", "Uitvoering", "Status"],
            [
                ["Contact om de 2 weken", "Nagekomen; laatste contact 16-11 na de operatie", "loopt"],
                [
                    "Licht zittend werk 2 x 2 uur/week tot operatie",
                    "Uitgevoerd 24-10 t/m 9-11: kwaliteitsdossier bijgewerkt, 10 uur in totaal",
                    "afgerond",
                ],
                ["Operatie en revalidatie", "Operatie 14-11 uitgevoerd; start fysiotherapie", "loopt"],
                ["Inventarisatie aangepaste taken", "Nog niet gestart", "open (voor 1 februari)"],
            ],
        ),
        Heading("Stand van zaken"),
        Para(
            "Ingrid vertelt dat de operatie goed is verlopen. Zij loopt nu met twee krukken en gaat drie keer "
            "per week naar de fysiotherapeut. Zij merkt dat zij snel moe is. Werken is de komende weken niet aan "
            "de orde; dat past bij het advies van de bedrijfsarts in de probleemanalyse. Zij is positief over "
            "de zittende taken van oktober en wil die na de revalidatie graag weer oppakken."
        ),
        Heading("Nieuwe afspraken"),
        Bullets(
            [
                "Spreekuur bedrijfsarts half januari 2024 (wordt door het secretariaat ingepland).",
                "Jeroen belt over twee weken; Ingrid komt op de kerstborrel van de afdeling als het lukt.",
                "Volgende voortgangsgesprek: 11 januari 2024, op locatie als dat lukt.",
            ]
        ),
        Para("Het plan van aanpak blijft ongewijzigd."),
        Signatures(
            [
                Sig("Casemanager", c.cm, "casemanager verzuim", D(de1)),
                Sig("Werknemer", naam, "", D(de1 + dt.timedelta(days=4))),
            ]
        ),
    ]
    write_docx(out(K, "2023/gespreksverslag nov.docx"), blocks, hr)
    label(K, "2023/gespreksverslag nov.docx", "tussentijdse_evaluatie", de1, "rijnvliet;first progress meeting")

    # --- 6. mail with voortgangsgesprek 2 attached -----------------------------------------
    de2 = c.d(129)  # 2024-01-11
    blocks = [
        Title("Verslag voortgangsgesprek (2)", sub="evaluatie plan van aanpak — Ziekenhuis Rijnvliet"),
        Fields(
            [
                ("Medewerker", naam),
                ("BSN", c.bsn),
                ("Datum gesprek", L(de2)),
                ("Aanwezig", f"{c.lg}, {c.cm}, werkneemster"),
            ]
        ),
        Heading("Terugblik"),
        Para(
            "Sinds het vorige gesprek op 30 november heeft Ingrid de revalidatie voortgezet. Zij loopt inmiddels "
            "zonder krukken binnenshuis, buiten nog met één kruk. Traplopen gaat moeizaam. Daarnaast heeft zij "
            "sinds december meer last van haar onderrug, waarvoor zij ook bij de fysiotherapeut loopt. Het "
            "spreekuur bij de bedrijfsarts is verschoven naar 20 februari, omdat eerst de controle bij de "
            "behandelaar in februari wordt afgewacht."
        ),
        Heading("Werkhervatting"),
        Para(
            "Ingrid wil graag iets doen. Afgesproken is dat zij vanaf 15 januari weer 2 x 2 uur per week op "
            "locatie zittende taken doet bij het opnamebureau (telefonisch inplannen van opnames, controle "
            "pre-operatieve screening). Hiervoor tekent zij de geheimhoudingsverklaring van het opnamebureau. "
            "Vervoer: zij wordt gebracht door haar partner, parkeren bij ingang C."
        ),
        Heading("Afspraken"),
        Table(
            ["Wat", "Wie", "Wanneer"],
            [
                ["Start 2 x 2 uur opnamebureau", "Ingrid / coördinator opnamebureau (M. Rutgers)", "15-01-2024"],
                ["Spreekuur bedrijfsarts", "secretariaat Arbo & Vitaliteit", "20-02-2024"],
                ["Inventarisatie taken laag fysiek belastend", "Annemarie / Jeroen", "01-02-2024"],
                ["Volgende voortgangsgesprek", "allen", "22-02-2024"],
            ],
        ),
        Signatures([Sig("Casemanager", c.cm, "casemanager verzuim", D(de2))]),
    ]
    att = out(K, "_tmp/verslag 11-01-2024.pdf")
    write_pdf3(att, blocks, hr)
    dm2 = de2 + dt.timedelta(days=1)
    body = (
        "Beste Ingrid,\n\nZoals beloofd hierbij het verslag van ons gesprek van gisteren. Wil je het even "
        "doorlezen? Als je het ermee eens bent hoef je niets te doen; anders hoor ik het graag voor "
        "vrijdag 19 januari. Het verslag gaat ook naar de bedrijfsarts.\n\nSucces maandag bij het "
        "opnamebureau! Marieke Rutgers verwacht je om 10.00 uur.\n\nMet vriendelijke groet,\n\n"
        "Annemarie Zijlstra\nCasemanager verzuim | HRM\nZiekenhuis Rijnvliet\nT 0172 - 46 34 12 "
        "(ma, di, do)\n\n"
        "Dit bericht is uitsluitend bestemd voor de geadresseerde. Ziekenhuis Rijnvliet aanvaardt geen "
        "aansprakelijkheid voor schade als gevolg van het gebruik van e-mail.\n\n"
        "-----Oorspronkelijk bericht-----\nVan: Ingrid Wolters <i.wolters71@hetnet.nl>\n"
        "Verzonden: woensdag 10 januari 2024 21:14\nAan: Zijlstra, A. <a.zijlstra@rijnvliet-ziekenhuis.nl>\n"
        "Onderwerp: morgen\n\n"
        "Hoi Annemarie, ik kom morgen om 14.00 uur naar HRM, mijn man brengt me. Kan Jeroen ook aansluiten? "
        "Groetjes Ingrid\n"
    )
    write_eml(
        out(K, "2024/RE morgen.eml"),
        {
            "From": '"Zijlstra, A." <a.zijlstra@rijnvliet-ziekenhuis.nl>',
            "To": "Ingrid Wolters <i.wolters71@hetnet.nl>",
            "Cc": '"Halsema, J." <j.halsema@rijnvliet-ziekenhuis.nl>',
            "Subject": "RE: morgen",
            "Date": mail_date(dm2, 11, 3),
            "Message-ID": "<a3f1.20240112@rijnvliet-ziekenhuis.nl>",
        },
        body,
        [attachment_from(att, "verslag 11-01-2024.pdf")],
    )
    label(K, "2024/RE morgen.eml", "", dm2, "rijnvliet;mail from casemanager carrying the meeting report")
    label(
        K,
        "2024/RE morgen.eml::verslag 11-01-2024.pdf",
        "tussentijdse_evaluatie",
        de2,
        "rijnvliet;attachment: second progress meeting",
    )

    # --- 7. geheimhoudingsverklaring (non-RIV, phone photo? no: text pdf) ----------------------
    dg = c.d(126)  # 2024-01-08
    blocks = [
        Title(
            "Verklaring van geheimhouding",
            sub="voor medewerkers, stagiairs, vrijwilligers en re-integranten met toegang tot patiëntgegevens",
        ),
        Fields(
            [
                ("Naam", naam),
                ("Personeelsnummer", "104377"),
                ("Afdeling / werkplek", "Opnamebureau (tijdelijk, in het kader van re-integratie)"),
            ]
        ),
        Para(
            "Ondergetekende verklaart dat zij alle gegevens van patiënten, bezoekers en collega's waarvan zij bij "
            "de uitoefening van haar werkzaamheden kennis neemt, geheim zal houden, zowel tijdens als na afloop "
            "van de werkzaamheden. Zij raadpleegt het elektronisch patiëntendossier uitsluitend voor zover dat "
            "voor haar taak noodzakelijk is en is ermee bekend dat het raadplegen wordt gelogd en periodiek "
            "gecontroleerd (NEN 7513)."
        ),
        Bullets(
            [
                "Wachtwoorden en passen worden niet gedeeld.",
                "Informatie wordt niet gedeeld via privé-e-mail, sociale media of berichtenapps.",
                "Een (vermoeden van een) datalek wordt direct gemeld bij de Functionaris Gegevensbescherming via datalek@rijnvliet-ziekenhuis.nl.",
                "Schending van deze verklaring kan leiden tot disciplinaire maatregelen, waaronder ontslag.",
            ]
        ),
        Para(
            "Deze verklaring is een aanvulling op de bepalingen over geheimhouding in de CAO Ziekenhuizen en de arbeidsovereenkomst."
        ),
        Signatures(
            [
                Sig("Medewerker", naam, "", D(dg)),
                Sig("Namens Rijnvliet", "M. Rutgers", "coördinator opnamebureau", D(dg)),
            ]
        ),
    ]
    write_pdf3(out(K, "2024/Geheimhouding_opname.pdf"), blocks, hr)
    label(K, "2024/Geheimhouding_opname.pdf", "", dg, "rijnvliet;signed confidentiality statement (non-RIV)")

    # --- 8. bijstelling probleemanalyse ----------------------------------------------------
    dbp = c.d(169)  # 2024-02-20
    blocks = [
        Title("Bijstelling probleemanalyse", sub="advies bedrijfsarts (art. 4 lid 4 Regeling procesgang)"),
        Fields(
            fz[:3] + [("Datum consult", L(dbp)), ("Vorige probleemanalyse", L(dpa)), ("Verzuimnummer", c.verzuimnr)]
        ),
        Heading("Reden van bijstelling"),
        Para(
            "Naar aanleiding van het spreekuur van vandaag stel ik de probleemanalyse van 10 oktober 2023 bij. "
            "Het herstel na de behandeling verloopt trager dan verwacht en er zijn bijkomende klachten die de "
            "belastbaarheid verder beperken. Daarmee is de in de probleemanalyse genoemde terugkeer in eigen "
            "werk binnen afzienbare tijd niet meer realistisch."
        ),
        Heading("Actuele belastbaarheid"),
        Table(
            ["Aspect", "Probleemanalyse 10-10-2023", "Bijstelling " + D(dbp)],
            [
                ["Lopen", "circa 200 m", "circa 500 m, op vlakke ondergrond"],
                ["Staan", "max. 10 minuten", "max. 15 minuten aaneengesloten, 1 uur per dag in totaal"],
                ["Knielen / hurken / traplopen", "niet", "niet; traplopen incidenteel 1 verdieping"],
                ["Tillen en dragen", "max. 5 kg, geen transfers", "max. 5 kg; geen patiëntgebonden handelingen"],
                ["Buigen / gebogen actief zijn", "—", "beperkt (onderrug): niet frequent, niet langdurig"],
                ["Zitten", "afwisselen per half uur", "afwisselen per 45 minuten"],
                [
                    "Werktijden",
                    "2 uur per dagdeel, geen nachten",
                    "4 uur per dag, maximaal 4 dagen; geen nacht- en avonddiensten",
                ],
            ],
        ),
        Heading("Prognose"),
        Para(
            "Verdere verbetering van de loopafstand en het staan is de komende maanden nog te verwachten. De "
            "belasting in de eigen functie (veel lopen en staan, transfers, werken in gebogen houding aan bed, "
            "onregelmatige diensten) zal naar mijn verwachting ook op langere termijn niet meer haalbaar zijn. "
            "Eigen werk in volle omvang acht ik daarom niet waarschijnlijk."
        ),
        Heading("Advies"),
        Bullets(
            [
                "Bouw het zittende werk op het opnamebureau geleidelijk uit naar 4 x 4 uur per week in 8 weken.",
                "Stel het plan van aanpak bij: het doel wordt aangepast of ander werk binnen Rijnvliet (spoor 1, ander werk).",
                "Laat vóór de eerstejaarsevaluatie een arbeidsdeskundig onderzoek uitvoeren naar passende functies binnen het ziekenhuis.",
                "Overweeg een werkplekonderzoek (sta-zitbureau, goede bureaustoel) voor het opnamebureau.",
            ]
        ),
        Para("Volgend spreekuur: over 8 weken (medio april 2024)."),
        Signatures([Sig("Bedrijfsarts", c.ba, f"BIG {c.big}", L(dbp))]),
        Para("Afschrift: werkneemster, leidinggevende, casemanager HRM"),
    ]
    write_pdf3(out(K, "2024/Advies bedrijfsarts februari.pdf"), blocks, arbo, running_header=f"{naam} · {c.verzuimnr}")
    label(K, "2024/Advies bedrijfsarts februari.pdf", "bijstelling_probleemanalyse", dbp, "rijnvliet;bijstelling PA")

    # --- 9. 42e-weeksmelding (copy of the digital form) ------------------------------------
    dz = c.d(290)  # 2024-06-20
    blocks = [
        Title(
            "Ziekmelding na 42 weken",
            sub="Aangifte van langdurige ziekte — kopie van uw digitale melding via het werkgeversportaal",
        ),
        Fields(
            [
                ("Referentie", "ZM42-2024-7714063"),
                ("Datum verzending", L(dz) + ", 14:22 uur"),
                ("Naam werkgever", c.wg),
                ("Loonheffingennummer", c.lhn),
                ("Contactpersoon", "A. Zijlstra, 0172 - 46 34 12"),
            ]
        ),
        Heading("Gegevens werknemer"),
        Fields(
            [
                ("Burgerservicenummer", fmt_bsn(c.bsn, "dots")),
                ("Naam", "Wolters-Dekema, I.M."),
                ("Geboortedatum", D(c.geb)),
                ("Adres", c.adres),
            ]
        ),
        Heading("Gegevens ziekte"),
        Table(
            ["Vraag", "Antwoord"],
            [
                ["Eerste ziektedag", D(c.d0)],
                ["Is de werknemer gedeeltelijk hersteld?", "Ja, werkt 16 uur per week in aangepast werk"],
                ["Is het verzuim het gevolg van een ongeval waarvoor een derde aansprakelijk is?", "Nee"],
                ["Valt de werknemer onder de no-riskpolis / vangnet?", "Nee"],
                ["Is de werkgever eigenrisicodrager voor de Ziektewet?", "Nee"],
                ["Is er een deskundigenoordeel aangevraagd?", "Nee"],
                ["Naam arbodienst / bedrijfsarts", "Dienst Arbo & Vitaliteit, drs. M.J. Verbeek-Ouwens"],
            ],
        ),
        Para(
            "U ontvangt binnen 2 weken een bevestiging van UWV. Daarin staat ook informatie over de "
            "eerstejaarsevaluatie. De werknemer ontvangt een brief van UWV over de ziekmelding."
        ),
    ]
    write_pdf3(
        out(K, "2024/Kopie_melding_UWV_20062024.pdf"),
        blocks,
        Style(
            key="uwv-portal",
            org="UWV Werkgeversportaal",
            org_lines=("Kopie van verzonden gegevens",),
            font="sans",
            accent=(0, 101, 163),
            letterhead="left",
            footer="Afgedrukt uit het UWV werkgeversportaal",
        ),
    )
    label(K, "2024/Kopie_melding_UWV_20062024.pdf", "ziekmelding_uwv", dz, "rijnvliet;42nd-week report, portal copy")

    # --- 10. AD-rapport (long) ---------------------------------------------------------------
    dad = c.d(323)  # 2024-07-23, week 47
    ad_blocks = ad_report_a(c, dad, dpa, dbp)
    write_pdf3(out(K, "2024/Rapport RT-2024-118.pdf"), ad_blocks, ad, running_header=f"Rapportage RT-2024-118 · {naam}")
    label(
        K,
        "2024/Rapport RT-2024-118.pdf",
        "arbeidsdeskundig_rapport",
        dad,
        "rijnvliet;long AD report with cover page and TOC",
    )

    # --- 11. eerstejaarsevaluatie (DOCX) ---------------------------------------------------
    dej = c.d(344)  # 2024-08-13, week 50
    blocks = [
        Title(
            "Eerstejaarsevaluatie", sub="evaluatie van het eerste ziektejaar en afspraken voor het tweede ziektejaar"
        ),
        Fields(
            fz
            + [
                ("Datum evaluatie", L(dej)),
                ("Ziekteweek", str(week(c, dej))),
                ("Casemanager", c.cm),
                (
                    "Aanwezig",
                    f"werkneemster, {c.lg}, {c.cm}; schriftelijke input van de bedrijfsarts (spreekuur 30-07-2024) en het arbeidsdeskundig rapport van 23-07-2024",
                ),
            ]
        ),
        Heading("1. Terugblik op het eerste ziektejaar"),
        Para(
            "Ingrid is op 4 september 2023 uitgevallen. Na de probleemanalyse van 10 oktober 2023 is het plan van "
            "aanpak op 20 oktober 2023 opgesteld met als doel terugkeer in eigen werk. In november 2023 volgde "
            "een operatie met revalidatie. Vanaf januari 2024 werkt Ingrid op het opnamebureau, opgebouwd van "
            "2 x 2 uur naar inmiddels 4 x 4 uur per week (16 uur). De bedrijfsarts heeft in februari de "
            "probleemanalyse bijgesteld: eigen werk is niet meer haalbaar. De arbeidsdeskundige concludeert in "
            "zijn rapport van 23 juli 2024 dat de functie van verpleegkundige op B3 niet passend is en dat "
            "functies met een zittend karakter binnen Rijnvliet wel passend zijn, maar dat er op dit moment geen "
            "structurele formatie beschikbaar is die haar volledige arbeidsduur van 32 uur kan opvangen."
        ),
        Table(
            ["Periode", "Activiteit", "Resultaat"],
            [
                ["sep-okt 2023", "ziekmelding, probleemanalyse, plan van aanpak", "PA 10-10-2023, PvA 20-10-2023"],
                ["okt-nov 2023", "zittend werk kwaliteitsdossier 2 x 2 uur", "uitgevoerd tot operatie"],
                ["nov 2023-jan 2024", "operatie en revalidatie", "geen werk mogelijk"],
                ["jan-jun 2024", "opnamebureau, opbouw tot 16 uur", "gerealiseerd, goede beoordeling"],
                ["feb 2024", "bijstelling probleemanalyse", "eigen werk niet meer haalbaar"],
                ["jun 2024", "ziekmelding 42e week UWV", "verzonden 20-06-2024"],
                ["jul 2024", "arbeidsdeskundig onderzoek", "spoor 1 ander werk gedeeltelijk, spoor 2 advies"],
            ],
        ),
        Heading("2. Re-integratieresultaat dat aan het eind van het tweede ziektejaar wordt nagestreefd"),
        Para(
            "Structurele plaatsing in passend werk voor zoveel mogelijk uren. Intern: vaste aanstelling als "
            "medewerker opnameplanning voor 16 tot 20 uur. Voor de resterende uren wordt een tweede spoor "
            "gestart om te onderzoeken of passend werk bij een andere werkgever mogelijk is."
        ),
        Heading("3. Hoe gaan we dat bereiken?"),
        Bullets(
            [
                "Bijstelling plan van aanpak (spoor 1 ander werk + spoor 2) uiterlijk 30 augustus 2024.",
                "Start tweede spoor via Kompaswerk Loopbaan & Re-integratie in september 2024.",
                "Werkplekaanpassing opnamebureau (sta-zitbureau) is geregeld per 1 juli 2024.",
                "Voortgangsgesprekken blijven elke 6 weken; de bedrijfsarts ziet Ingrid elke 8 weken.",
            ]
        ),
        Heading("4. Visie van de werkgever"),
        Para(
            "Wij zijn tevreden over de inzet van Ingrid op het opnamebureau. Het is helaas niet mogelijk om haar "
            "voor 32 uur een passende plek te bieden. Een tweede spoor is daarom noodzakelijk."
        ),
        Heading("5. Visie van de werknemer"),
        Para(
            "Ik vind het moeilijk dat ik niet terug kan naar de afdeling, maar ik zie ook dat het niet gaat. Ik "
            "ben blij met het werk op het opnamebureau. Ik doe mee aan het tweede spoor, maar ik wil eerst de "
            "uren bij Rijnvliet zeker stellen."
        ),
        Signatures(
            [
                Sig("Werknemer", naam, "", D(dej)),
                Sig("Werkgever", c.lg, c.lg_func, D(dej)),
                Sig("Casemanager", c.cm, "", D(dej)),
            ]
        ),
    ]
    write_docx(out(K, "2024/Evaluatie 1e ziektejaar Wolters.docx"), blocks, hr)
    label(K, "2024/Evaluatie 1e ziektejaar Wolters.docx", "eerstejaarsevaluatie", dej, "rijnvliet;week 50")

    # --- 12. bijstelling PvA (scan) --------------------------------------------------------
    dbv = c.d(358)  # 2024-08-27
    blocks = [
        Title("Bijstelling plan van aanpak"),
        Fields(
            [
                ("Naam", naam),
                ("BSN", fmt_bsn(c.bsn, "spaces")),
                ("Eerste ziektedag", D(c.d0)),
                ("Datum", D(dbv)),
                ("Aanleiding", "eerstejaarsevaluatie 13-08-2024 en arbeidsdeskundig rapport 23-07-2024"),
            ]
        ),
        Heading("Gewijzigd re-integratiedoel"),
        Para(
            "Spoor 1: structurele plaatsing in de functie medewerker opnameplanning (zittend, dagdiensten) voor "
            "16 tot 20 uur per week. Spoor 2: onderzoek naar passend werk bij een andere werkgever voor de "
            "resterende uren, uitgevoerd door Kompaswerk Loopbaan & Re-integratie."
        ),
        Heading("Nieuwe activiteiten"),
        Table(
            ["Activiteit", "Wie", "Wanneer"],
            [
                [
                    "Functieomschrijving medewerker opnameplanning vastleggen",
                    "HRM / teamleider opnamebureau",
                    "vóór 1-10-2024",
                ],
                ["Intake tweede spoor en trajectplan", "Kompaswerk / werkneemster", "september 2024"],
                [
                    "Uitbreiding naar 20 uur als de bedrijfsarts dat toestaat",
                    "werkneemster / bedrijfsarts",
                    "vanaf november 2024",
                ],
                ["Voortgangsgesprek", "casemanager / werkneemster", "elke 6 weken"],
            ],
        ),
        Para("Overige afspraken uit het plan van aanpak van 20-10-2023 blijven van kracht."),
        Signatures([Sig("Werknemer", naam, "", D(dbv)), Sig("Werkgever", c.cm, "casemanager", D(dbv))]),
    ]
    write_scan_pdf(out(K, "2024/scan_20240827_0931.pdf"), blocks, hr, rotate_deg=-0.9, noise=0.55)
    label(
        K,
        "2024/scan_20240827_0931.pdf",
        "bijstelling_plan_van_aanpak",
        dbv,
        "rijnvliet;scan, spoor 2 start; uninformative name",
    )

    # --- 13-15, 17. 2nd track --------------------------------------------------------------
    dtp = c.d(386)  # 2024-09-24
    blocks = trajectplan_a(c, dtp)
    write_pdf3(
        out(K, "2e spoor/Kompaswerk trajectplan.pdf"),
        blocks,
        kompas,
        running_header="Trajectplan re-integratie tweede spoor",
    )
    label(K, "2e spoor/Kompaswerk trajectplan.pdf", "trajectplan_tweede_spoor", dtp, "rijnvliet;2nd-track plan")
    for i, (dv, per, n_sol) in enumerate(
        [(c.d(473), "24-09-2024 t/m 20-12-2024", 7), (c.d(564), "21-12-2024 t/m 21-03-2025", 11)], 1
    ):
        blocks = voortgang_a(c, dv, per, i, n_sol)
        nm = f"2e spoor/Rapportage {i} Kompaswerk.pdf"
        write_pdf3(out(K, nm), blocks, kompas, running_header=f"Voortgangsrapportage {i} · {naam}")
        label(K, nm, "voortgangsrapportage_tweede_spoor", dv, f"rijnvliet;2nd-track progress {i}")

    # --- 16. UWV WIA letter (week 88) ------------------------------------------------------
    dwl = c.d(612)  # 2025-05-09
    blocks = uwv_wia_letter(
        c, dwl, "Wolters-Dekema", "Zegerslaan 17", "2406 BK  Alphen aan den Rijn", "mevrouw", "4920 311 8762"
    )
    write_pdf3(
        out(K, "2025/UWV brief aanvraag WIA.pdf"),
        blocks,
        uwv_style("Afdeling Uitkeringen WIA"),
        letterhead_every_page=False,
    )
    label(K, "2025/UWV brief aanvraag WIA.pdf", "uwv_correspondentie", dwl, "rijnvliet;week-88 WIA letter")

    der = c.d(620)  # 2025-05-17 -> Friday 16?
    der = dt.date(2025, 5, 16)
    blocks = eindrapportage_a(c, der)
    write_pdf3(
        out(K, "2e spoor/Eindrapport.pdf"), blocks, kompas, running_header=f"Eindrapportage tweede spoor · {naam}"
    )
    label(K, "2e spoor/Eindrapport.pdf", "eindrapportage_tweede_spoor", der, "rijnvliet;2nd-track final report")

    # --- 18. actueel oordeel ---------------------------------------------------------------
    dao = dt.date(2025, 5, 20)  # week 90
    blocks = [
        Title("Actueel oordeel bedrijfsarts", sub="ten behoeve van het re-integratieverslag bij de WIA-aanvraag"),
        Fields(
            fz + [("Werkgever", c.wg), ("Datum laatste spreekuur", L(dao)), ("Bedrijfsarts", f"{c.ba}, BIG {c.big}")]
        ),
        Heading("1. Beloop van de arbeidsongeschiktheid"),
        Para(
            "Sinds de probleemanalyse van 10 oktober 2023 en de bijstelling van 20 februari 2024 is de "
            "belastbaarheid verbeterd tot een stabiel niveau. Er zijn geen behandelmogelijkheden meer die naar "
            "verwachting tot een relevante verdere toename van de belastbaarheid leiden. De situatie is "
            "medisch gezien stabiel; op korte termijn is geen wezenlijke verandering te verwachten."
        ),
        Heading("2. Actuele beperkingen en mogelijkheden"),
        Table(
            ["Rubriek", "Beperking", "Toelichting"],
            [
                ["Persoonlijk functioneren", "geen", "—"],
                ["Sociaal functioneren", "geen", "—"],
                ["Aanpassing aan fysieke omgevingseisen", "licht", "geen werk in koude/tocht"],
                [
                    "Dynamische handelingen",
                    "ja",
                    "lopen max. 30 min aaneengesloten; geen frequent traplopen; niet knielen of hurken; tillen max. 5 kg, niet frequent",
                ],
                [
                    "Statische houdingen",
                    "ja",
                    "staan max. 15 min aaneengesloten; zitten mits afwisseling; niet langdurig gebogen",
                ],
                ["Werktijden", "ja", "dagdiensten, max. 5 uur per dag en 20 uur per week; geen nachtdiensten"],
            ],
        ),
        Heading("3. Stand van de re-integratie"),
        Para(
            "Werkneemster werkt sinds juni 2024 structureel 16 uur en sinds januari 2025 20 uur per week als "
            "medewerker opnameplanning. Dit werk past binnen de beschreven mogelijkheden. Uitbreiding boven 20 "
            "uur acht ik niet verantwoord. Het tweede spoor heeft geen plaatsing opgeleverd."
        ),
        Heading("4. Passende arbeid bij de werkgever"),
        Para(
            "Naar mijn oordeel is het huidige werk als medewerker opnameplanning passend. Het eigen werk als "
            "verpleegkundige op de afdeling is niet passend en wordt dat ook in de toekomst niet."
        ),
        Heading("5. Kwaliteit van de arbeidsrelatie"),
        Para(
            "Uit de gesprekken met werkneemster, leidinggevende en casemanager is mij geen verstoring van de "
            "arbeidsrelatie gebleken. De samenwerking is constructief."
        ),
        Heading("6. Slot"),
        Para(
            "Dit actueel oordeel bevat geen medische gegevens. De medische informatie ten behoeve van UWV is "
            "separaat aan werkneemster verstrekt in een gesloten envelop. Werkneemster heeft de inhoud van dit "
            "actueel oordeel met mij besproken."
        ),
        Signatures([Sig("Bedrijfsarts", c.ba, "bedrijfsarts", L(dao))]),
        Para("cc: werkneemster; casemanager HRM"),
    ]
    write_pdf3(out(K, "2025/AO bedrijfsarts mei 2025.pdf"), blocks, arbo, running_header=f"{naam} · {c.verzuimnr}")
    label(K, "2025/AO bedrijfsarts mei 2025.pdf", "actueel_oordeel", dao, "rijnvliet;week 90")

    # --- 19. medische informatie -----------------------------------------------------------
    blocks = [
        Title(
            "Medische informatie",
            sub="bij het re-integratieverslag — MEDISCH GEHEIM, uitsluitend bestemd voor de verzekeringsarts van UWV",
        ),
        Fields(c.wn_fields(short=True) + [("Bedrijfsarts", f"{c.ba}, BIG {c.big}")]),
        Heading("Diagnose(n)"),
        Bullets(
            [
                "Primaire gonartrose rechts (M17.1), status na totale knieprothese rechts (14-11-2023), gecompliceerd door arthrofibrose waarvoor manipulatie onder narcose (januari 2024).",
                "Aspecifieke lage rugklachten met degeneratieve afwijkingen L4-L5 (M51.3), sinds december 2023 op de voorgrond.",
                "Beginnende gonartrose links.",
            ]
        ),
        Heading("Behandeling en behandelaars"),
        Para(
            "Orthopedisch chirurg (dr. P. Kalshoven, Rijnvliet), fysiotherapie (Fysio Rijnhaven, 2-3x per week tot "
            "september 2024, daarna 1x per week), pijnpoli (anesthesioloog, facetdenervatie L4-L5 mei 2024 "
            "zonder blijvend effect). Medicatie: paracetamol 4 dd 1 g, naproxen op geleide van klachten, "
            "pantoprazol."
        ),
        Heading("Beloop en prognose"),
        Para(
            "Na initieel moeizaam herstel is de flexie van de knie verbeterd tot 100 graden; extensie volledig. "
            "Loopafstand beperkt door pijn in knie en onderrug. Volgens de behandelend orthopeed zijn er geen "
            "verdere operatieve opties op korte termijn. De situatie wordt als stabiel beschouwd; de prognose "
            "voor uitbreiding van de belastbaarheid is ongunstig."
        ),
        Heading("Toelichting belastbaarheid"),
        Para(
            "Zie het actueel oordeel van 20 mei 2025. De beperkingen vloeien voort uit de bovengenoemde aandoeningen."
        ),
        Signatures([Sig("Bedrijfsarts", c.ba, f"BIG {c.big}", L(dao))]),
    ]
    write_pdf3(out(K, "2025/MEDISCH GEHEIM - niet openen.pdf"), blocks, arbo)
    label(K, "2025/MEDISCH GEHEIM - niet openen.pdf", "medische_informatie", dao, "rijnvliet;MI form with diagnoses")

    # --- 20. eindevaluatie -----------------------------------------------------------------
    dev = dt.date(2025, 5, 28)
    write_pdf3(
        out(K, "2025/Eindevaluatie PvA.pdf"), eindevaluatie_a(c, dev, dao), hr, running_header=f"Eindevaluatie · {naam}"
    )
    label(K, "2025/Eindevaluatie PvA.pdf", "eindevaluatie", dev, "rijnvliet;week 91; starts with general introduction")

    # --- 21. oordeel werknemer (DOCX, private) ----------------------------------------------
    dow = dt.date(2025, 6, 3)
    blocks = [
        Para(f"{naam}\n{c.adres}\nBSN {c.bsn}\n\nAlphen aan den Rijn, {L(dow)}"),
        Title("Mijn mening over het re-integratieverslag"),
        Para(
            "Ik heb het re-integratieverslag van Ziekenhuis Rijnvliet ontvangen op 28 mei 2025. Het bestaat uit "
            "de probleemanalyse, de bijstelling, het plan van aanpak met bijstelling, de eerstejaarsevaluatie, "
            "het actueel oordeel van de bedrijfsarts en de eindevaluatie. Ook de rapporten van de "
            "arbeidsdeskundige en van Kompaswerk heb ik gelezen."
        ),
        Heading("Ben ik het eens met het verslag?"),
        Para(
            "Ik ben het grotendeels eens met het verslag. De gegevens over mijzelf, mijn werk en mijn eerste "
            "ziektedag kloppen. Ik ben het eens met de beschrijving van mijn mogelijkheden door de bedrijfsarts."
        ),
        Para(
            "Ik ben het niet helemaal eens met de eindevaluatie op één punt: daar staat dat ik in het tweede "
            "spoor 'weinig initiatief' toonde in het begin. Ik had toen veel pijn en de pijnbehandeling liep "
            "nog. Ik heb wel alles gedaan wat werd afgesproken. Verder vind ik dat het ziekenhuis goed voor mij "
            "heeft gezorgd met het werk op het opnamebureau."
        ),
        Heading("Wat ik nog wil zeggen"),
        Para("Ik werk nu 20 uur en ik wil dat graag blijven doen. Ik hoop dat UWV daar rekening mee houdt."),
        Para("Handtekening:\n\n\nIngrid Wolters-Dekema"),
    ]
    write_docx(out(K, "2025/mijn reactie.docx"), blocks, wn_pers)
    label(K, "2025/mijn reactie.docx", "oordeel_werknemer", dow, "rijnvliet;employee's own letter, no form")
    shutil.rmtree(FILES / K / "_tmp")


# --------------------------------------------------------------------------------------------
# shared long-document builders (parameterised per case)
# --------------------------------------------------------------------------------------------


def ad_report(c: Case, dad: dt.date, p: dict[str, Any]) -> list[Any]:
    """A long arbeidsdeskundig rapport: cover, contents, 12 chapters, comparison tables."""
    naam = c.wn_naam
    toc = [
        "1. Inleiding en vraagstelling",
        "2. Werkwijze en bronnen",
        "3. Gegevens werkgever",
        "4. Gegevens werknemer",
        "5. Functie-analyse eigen werk",
        "6. Belastbaarheid",
        "7. Belasting en belastbaarheid vergeleken",
        "8. Aanpassing van het eigen werk",
        "9. Ander werk bij de eigen werkgever",
        "10. Mogelijkheden op de arbeidsmarkt (spoor 2)",
        "11. Loonwaarde",
        "12. Conclusies en advies",
        "13. Bespreking en ondertekening",
    ]
    blocks: list[Any] = [
        Title(p.get("cover_title", "Rapportage"), sub=p.get("cover_sub", "")),
        Fields(
            [
                ("Opdrachtgever", f"{c.wg}"),
                ("Contactpersoon", c.cm),
                ("Betreft", f"{c.aanhef} {naam}"),
                ("Geboortedatum", D(c.geb)),
                ("Dossiernummer", p["dossier"]),
                ("Datum rapport", L(dad)),
                ("Opgesteld door", p["ad"]),
            ]
        ),
        Para(p.get("cover_note", "Dit rapport is vertrouwelijk. Het bevat geen medische gegevens.")),
        PageBreak(),
        Heading("Inhoudsopgave"),
        Table(["Hoofdstuk", "Pagina"], [[t, str(2 + i // 3)] for i, t in enumerate(toc)]),
        PageBreak(),
        Heading("Samenvatting"),
        Para(p["samenvatting"]),
        PageBreak(),
        Heading(toc[0]),
        Para(p["inleiding"]),
        Para("De vraagstelling luidt:"),
        Bullets(p["vragen"]),
        Heading(toc[1]),
        Para(
            "Het onderzoek is uitgevoerd volgens de Methodiek arbeidsdeskundig onderzoek van de NVvA. Ik heb "
            "gesproken met werknemer, met de leidinggevende en met de casemanager. Daarnaast heb ik een "
            "werkplekbezoek afgelegd en de onderstaande stukken bestudeerd. Ik heb geen medische gegevens "
            "ingezien; voor de belastbaarheid ga ik uit van het oordeel van de bedrijfsarts."
        ),
        Table(["Bron", "Datum"], p["bronnen"]),
        Table(["Gesprek / activiteit", "Met", "Datum"], p["gesprekken"]),
        Heading(toc[2]),
        Fields([("Naam", c.wg), ("Adres", c.wg_adres), ("KvK", c.kvk), ("Aard van het bedrijf", c.aard)]),
        Para(p["werkgever"]),
        Heading(toc[3]),
        Fields(
            [
                ("Naam", naam),
                ("Geboortedatum", D(c.geb)),
                ("In dienst sinds", L(c.in_dienst)),
                ("Functie", c.functie),
                ("Arbeidsduur", c.uren),
                ("Eerste ziektedag", L(c.d0)),
            ]
        ),
        Para(p["werknemer"]),
        Table(["Opleiding / cursus", "Jaar", "Diploma"], p["opleiding"]),
        Table(["Werkgever", "Functie", "Periode"], p["werkervaring"]),
        Heading(toc[4]),
        Para(p["functie_intro"]),
        Table(["Taak", "Tijdsbesteding", "Belastende aspecten"], p["taken"]),
        Para(p.get("functie_extra", "")),
        Heading(toc[5]),
        Para(p["belastbaarheid"]),
        Heading(toc[6]),
        Para(
            "In onderstaande tabel zet ik de belasting in het eigen werk af tegen de belastbaarheid zoals "
            "beschreven door de bedrijfsarts. Een overschrijding betekent dat de functiebelasting hoger is dan "
            "de belastbaarheid van werknemer."
        ),
        Table(["Aspect", "Belasting eigen functie", "Belastbaarheid werknemer", "Overschrijding"], p["vergelijking"]),
        Para(p["vergelijking_concl"]),
        Heading(toc[7]),
        Para(p["aanpassing"]),
        Heading(toc[8]),
        Para(p["intern_intro"]),
        Table(["Functie", "Afdeling", "Passend?", "Toelichting"], p["intern"]),
        Heading(toc[9]),
        Para(p["extern"]),
        Table(["Functierichting", "Opleidingsniveau", "Arbeidsmarkt", "Opmerking"], p["extern_tabel"]),
        Heading(toc[10]),
        Para(p["loonwaarde"]),
        Heading(toc[11]),
        Para("Beantwoording van de vragen:"),
        Bullets(p["antwoorden"]),
        Para("Advies:"),
        Bullets(p["advies"]),
        Heading(toc[12]),
        Para(p["bespreking"]),
        Signatures([Sig("Arbeidsdeskundige", p["ad_naam"], p["ad_func"], L(dad))]),
        Para("Verzonden aan: opdrachtgever (casemanager), werknemer, bedrijfsarts."),
        PageBreak(),
        Heading("Bijlage 1. Functiebeschrijving eigen functie (uittreksel)"),
        Bullets(p["bijlage"]),
        Heading("Bijlage 2. Begrippen"),
        Table(
            ["Begrip", "Betekenis"],
            [
                ["Spoor 1", "re-integratie bij de eigen werkgever, in eigen werk, aangepast eigen werk of ander werk"],
                ["Spoor 2", "re-integratie bij een andere werkgever, parallel aan of na spoor 1"],
                [
                    "Passende arbeid",
                    "alle arbeid die voor de krachten en bekwaamheden van de werknemer is berekend, tenzij aanvaarding om redenen van lichamelijke, geestelijke of sociale aard niet van hem kan worden gevergd (art. 7:658a BW)",
                ],
                ["Maatman", "het inkomen dat werknemer zonder ziekte zou verdienen in de eigen functie"],
                [
                    "Loonwaarde",
                    "de waarde van de arbeidsprestatie in een functie, uitgedrukt als percentage van het normloon",
                ],
                [
                    "Belastbaarheid",
                    "de mogelijkheden van werknemer, vastgesteld door de bedrijfsarts, in functionele termen",
                ],
            ],
        ),
    ]
    return blocks


def ad_report_a(c: Case, dad: dt.date, dpa: dt.date, dbp: dt.date) -> list[Any]:
    p = {
        "cover_title": "Rapportage",
        "cover_sub": "Onderzoek naar de mogelijkheden tot werkhervatting — opdracht van Ziekenhuis Rijnvliet, afdeling HRM",
        "samenvatting": (
            "Mevrouw Wolters-Dekema (53) is sinds 4 september 2023 arbeidsongeschikt voor haar functie van "
            "verpleegkundige op de afdeling orthopedie. Op basis van de belastbaarheid die de bedrijfsarts heeft "
            "beschreven, kom ik tot de conclusie dat het eigen werk niet passend is en ook niet passend te maken "
            "is. Het werk als medewerker opnameplanning, dat zij sinds januari 2024 in het kader van haar "
            "re-integratie doet, is wel passend voor 16 tot 20 uur per week. Ik adviseer dit werk structureel te "
            "maken (spoor 1, ander werk) en voor de resterende uren een tweede spoor te starten. De loonwaarde in "
            "de functie medewerker opnameplanning is volledig; het verdienvermogen ligt wel lager door de lagere "
            "inschaling. Zonder verandering in de belastbaarheid is een WIA-aanvraag aan het einde van de "
            "wachttijd te verwachten; de werkgever en werkneemster doen er goed aan het re-integratieverslag "
            "hierop af te stemmen."
        ),
        "bijlage": [
            "Doel: het verlenen van verpleegkundige zorg aan patiënten op de verpleegafdeling volgens de geldende protocollen.",
            "Stelt verpleegkundige diagnoses, maakt zorgplannen en evalueert deze.",
            "Voert verpleegtechnische handelingen uit waarvoor zij bekwaam en bevoegd is.",
            "Verleent basiszorg en mobiliseert patiënten, met gebruik van tilhulpmiddelen.",
            "Rapporteert in het elektronisch patiëntendossier en draagt over aan de volgende dienst.",
            "Begeleidt leerlingen en nieuwe collega's; neemt deel aan werkgroepen.",
            "Werkt in een 24-uurs rooster (vroege, late en nachtdienst, weekend en feestdagen).",
        ],
        "dossier": "RT-2024-118",
        "ad": "R. Terpstra MSc, register-arbeidsdeskundige",
        "ad_naam": "R. Terpstra MSc",
        "ad_func": "register-arbeidsdeskundige, Terpstra Arbeidsdeskundig Advies",
        "inleiding": (
            f"Ziekenhuis Rijnvliet heeft mij op 1 juli 2024 gevraagd een arbeidsdeskundig onderzoek uit te "
            f"voeren bij mevrouw Wolters-Dekema, verpleegkundige op B3. Zij is sinds {L(c.d0)} arbeidsongeschikt. "
            "De bedrijfsarts heeft in de bijstelling van de probleemanalyse van 20 februari 2024 aangegeven dat "
            "terugkeer in het eigen werk in volle omvang niet waarschijnlijk is. Het onderzoek moet "
            "duidelijkheid geven voor de eerstejaarsevaluatie die in augustus 2024 gepland staat."
        ),
        "vragen": [
            "Is het eigen werk van werknemer passend, eventueel met aanpassingen?",
            "Zo nee: is er ander passend werk bij Ziekenhuis Rijnvliet (spoor 1, ander werk)?",
            "Is het nodig een tweede spoor in te zetten, en zo ja, in welke richting?",
            "Wat is de verwachte loonwaarde in passend werk?",
        ],
        "bronnen": [
            ["Probleemanalyse bedrijfsarts", D(dpa)],
            ["Plan van aanpak", "20-10-2023"],
            ["Verslagen voortgangsgesprekken", "30-11-2023, 11-01-2024, 22-02-2024, 4-04-2024, 30-05-2024"],
            ["Bijstelling probleemanalyse", D(dbp)],
            ["Terugkoppeling spreekuur bedrijfsarts", "25-06-2024"],
            ["Functiebeschrijving verpleegkundige (FWG 45)", "2019"],
            ["Functiebeschrijving medewerker opnameplanning (FWG 35)", "2021"],
        ],
        "gesprekken": [
            ["Intakegesprek", "werkneemster", "08-07-2024"],
            ["Gesprek", "J. Halsema, teamleider B3", "08-07-2024"],
            ["Werkplekbezoek B3 en opnamebureau", "M. Rutgers, coördinator opnamebureau", "15-07-2024"],
            ["Afstemming belastbaarheid (telefonisch)", "drs. M.J. Verbeek-Ouwens, bedrijfsarts", "16-07-2024"],
            ["Bespreking conceptrapport", "werkneemster en casemanager", "22-07-2024"],
        ],
        "werkgever": (
            "Rijnvliet is een algemeen ziekenhuis met ruim 2.100 medewerkers. Naast verpleegafdelingen zijn er "
            "poliklinieken, een opnamebureau, een transferbureau, ondersteunende diensten (facilitair, ICT, "
            "HRM, financiën) en een eigen leerhuis. Er is een interne mobiliteitsregeling; herplaatsingskandidaten "
            "krijgen voorrang bij interne vacatures. Het ziekenhuis kampt met tekorten aan verpleegkundigen, maar "
            "ondersteunende zittende functies zijn beperkt in aantal."
        ),
        "werknemer": (
            "Werkneemster is 53 jaar, getrouwd, twee volwassen kinderen. Zij is sinds 1998 in dienst en werkte "
            "vrijwel de gehele periode op de afdeling orthopedie. Zij wordt door collega's gezien als ervaren en "
            "betrokken. Zij heeft goede digitale vaardigheden (HiX, Office) en heeft ervaring met plannen en "
            "coördineren als dienstverantwoordelijke. Zij heeft rijbewijs B en woont op 4 km van het ziekenhuis."
        ),
        "opleiding": [
            ["MAVO", "1987", "ja"],
            ["HBO-V", "1996", "ja"],
            ["Orthopedische verpleegkunde (vervolgopleiding)", "2004", "ja"],
            ["Werkbegeleider in de zorg", "2012", "certificaat"],
            ["BHV en reanimatie", "jaarlijks", "ja"],
        ],
        "werkervaring": [
            ["Ziekenhuis Rijnvliet", "verpleegkundige orthopedie", "1998 - heden"],
            ["Verpleeghuis De Wilgenhof", "leerling/verpleegkundige", "1991 - 1998"],
            ["Supermarkt (bijbaan)", "caissière", "1986 - 1990"],
        ],
        "functie_intro": (
            "De functie verpleegkundige op B3 omvat het verlenen van directe patiëntenzorg aan 6 tot 8 patiënten per "
            "dienst, overwegend pre- en postoperatief. Er wordt gewerkt in een rooster met vroege, late en "
            "nachtdiensten en in het weekend. Bij het werkplekbezoek heb ik de volgende taken en belasting "
            "vastgesteld:"
        ),
        "taken": [
            [
                "Basiszorg (wassen, aankleden, mobiliseren, transfers)",
                "35%",
                "tillen/duwen met hulpmiddelen, gebogen werken, veel staan",
            ],
            ["Verpleegtechnische handelingen (wondzorg, infuus, drains)", "20%", "staan, gebogen, fijne motoriek"],
            ["Medicatie rondes en controles", "15%", "lopen, staan"],
            ["Overdracht, rapportage in HiX", "15%", "zitten, concentratie"],
            ["Begeleiden stagiairs, overleg met artsen", "10%", "lopen, staan, communicatie"],
            ["Ontslag- en opnamegesprekken", "5%", "zitten"],
        ],
        "functie_extra": "Een verpleegkundige loopt per dienst naar schatting 8-10 km en staat ongeveer 70% van de diensttijd.",
        "belastbaarheid": (
            "De bedrijfsarts heeft de belastbaarheid beschreven in de bijstelling van de probleemanalyse en "
            "telefonisch toegelicht op 16 juli 2024. Kort samengevat: geen beperkingen in persoonlijk en sociaal "
            "functioneren; beperkingen voor lopen, staan, knielen, hurken, traplopen, tillen en gebogen werken; "
            "werktijden in dagdiensten, maximaal 4-5 uur per dag en circa 16-20 uur per week, geen nachtdiensten."
        ),
        "vergelijking": [
            ["Lopen", "8-10 km per dienst", "max. 30 min aaneengesloten", "ja"],
            ["Staan", "70% van de dienst", "max. 15 min, 1 uur per dag", "ja"],
            ["Knielen/hurken", "regelmatig (bed, kasten)", "niet", "ja"],
            ["Tillen/dragen", "regelmatig > 10 kg, transfers", "max. 5 kg", "ja"],
            ["Gebogen werken", "frequent", "niet frequent", "ja"],
            ["Zitten", "15-20%", "mogelijk met afwisseling", "nee"],
            ["Nachtdiensten", "ca. 6 per maand", "niet", "ja"],
            ["Arbeidsduur", "32 uur", "16-20 uur", "ja"],
            [
                "Persoonlijk/sociaal functioneren",
                "hoge eisen (verantwoordelijkheid, communicatie)",
                "geen beperkingen",
                "nee",
            ],
        ],
        "vergelijking_concl": "Het eigen werk is op meerdere essentiële onderdelen niet passend. Er zijn structurele overschrijdingen.",
        "aanpassing": (
            "Ik heb onderzocht of het eigen werk aangepast kan worden, bijvoorbeeld door alleen rapportage en "
            "coördinatie te doen of door alleen dagdiensten te werken. De kern van de functie is directe "
            "patiëntenzorg aan bed; zonder die taken is er geen sprake meer van de eigen functie. Aanpassing van "
            "het eigen werk is daarom niet mogelijk."
        ),
        "intern_intro": "Met HRM heb ik de actuele interne vacatures en de functies met een zittend karakter besproken:",
        "intern": [
            [
                "Medewerker opnameplanning",
                "Opnamebureau",
                "ja",
                "huidige re-integratiewerk; 16-20 uur formatie beschikbaar per 1-10-2024",
            ],
            ["Transferverpleegkundige", "Transferbureau", "nee", "vereist veel lopen over afdelingen"],
            [
                "Doktersassistent polikliniek orthopedie",
                "Polikliniek",
                "deels",
                "staand werk bij gipskamer niet passend",
            ],
            ["Medewerker patiëntenservice", "Centrale balie", "ja", "geen vacature, wachtlijst herplaatsing"],
            ["Praktijkopleider", "Leerhuis", "nee", "opleidingsniveau, geen vacature"],
        ],
        "extern": (
            "Voor de resterende uren is er op korte termijn geen passend werk bij Rijnvliet. Gezien haar "
            "achtergrond zijn functies in zorgadministratie, planning en telefonische triage/zorgadvies kansrijk. "
            "De arbeidsmarkt in de regio voor deze functies is redelijk; er zijn regelmatig parttime vacatures."
        ),
        "extern_tabel": [
            ["Planner zorg / thuiszorg", "MBO 4 / HBO", "redelijk", "zittend, telefonisch"],
            ["Medisch secretaresse", "MBO 4", "redelijk", "aanvullende cursus nodig"],
            [
                "Telefonisch zorgadviseur (huisartsenpost, zorgverzekeraar)",
                "HBO-V",
                "goed",
                "avond/weekend mogelijk nadeel",
            ],
            ["Administratief medewerker zorg", "MBO 3-4", "goed", "lager loon"],
        ],
        "loonwaarde": (
            "De functie medewerker opnameplanning is ingeschaald in FWG 35. Het uurloon ligt circa 25% onder het "
            "huidige uurloon van werkneemster (FWG 45, trede 12). Bij 20 uur per week bedraagt het verdienvermogen "
            "circa 47% van het maatmaninkomen. Ik zie geen reden voor een verlaagde loonwaarde binnen deze functie."
        ),
        "antwoorden": [
            "Het eigen werk is niet passend, ook niet na aanpassing.",
            "Het werk als medewerker opnameplanning is passend voor 16-20 uur per week; dit is spoor 1, ander werk.",
            "Voor de resterende uren adviseer ik een tweede spoor te starten, uiterlijk binnen 6 weken na de eerstejaarsevaluatie.",
            "De loonwaarde in de functie opnameplanning is volledig (100%).",
        ],
        "advies": [
            "Stel het plan van aanpak bij met als doel structurele plaatsing in opnameplanning (16-20 uur).",
            "Start een tweede spoor via een re-integratiebureau, gericht op zittend administratief of planningswerk in de zorg.",
            "Vraag de bedrijfsarts over 3 maanden of uitbreiding naar meer uren mogelijk is.",
        ],
        "bespreking": (
            "Het conceptrapport is op 22 juli 2024 met werkneemster en de casemanager besproken. Werkneemster kan "
            "zich vinden in de conclusies. Zij heeft wel aangegeven dat zij het liefst zoveel mogelijk uren bij "
            "Rijnvliet blijft werken."
        ),
    }
    return ad_report(c, dad, p)


def trajectplan_a(c: Case, d: dt.date) -> list[Any]:
    return [
        Title("Trajectplan re-integratie tweede spoor"),
        Fields(
            [
                ("Kandidaat", c.wn_naam),
                ("Geboortedatum", D(c.geb)),
                ("Opdrachtgever", f"{c.wg}, {c.cm}"),
                ("Loopbaancoach", "S. (Sanne) Mulder"),
                ("Intakegesprek", "17-09-2024"),
                ("Datum trajectplan", L(d)),
                ("Looptijd", "6 maanden, met optie verlenging tot einde wachttijd"),
            ]
        ),
        Heading("1. Aanleiding"),
        Para(
            "Naar aanleiding van het arbeidsdeskundig rapport van 23 juli 2024 en de eerstejaarsevaluatie heeft "
            "Ziekenhuis Rijnvliet ons gevraagd een tweede-spoortraject te starten. Mevrouw Wolters werkt 16 uur "
            "per week passend op het opnamebureau. Voor de resterende uren wordt gezocht naar passend werk bij "
            "een andere werkgever."
        ),
        Heading("2. Persoonsprofiel"),
        Para(
            "Ingrid is een ervaren verpleegkundige met ruim 25 jaar werkervaring. Sterke punten: zorgvuldig, "
            "communicatief sterk, stressbestendig, goede kennis van medische terminologie en zorgprocessen. "
            "Aandachtspunten: weinig ervaring met solliciteren (laatste sollicitatie in 1998), geen actueel CV "
            "en LinkedIn-profiel, onzekerheid over wat zij buiten de zorg kan."
        ),
        Heading("3. Belastbaarheid"),
        Para(
            "Zittend werk met afwisseling, dagdiensten, maximaal 4-5 uur per dag. Bron: bijstelling probleemanalyse en arbeidsdeskundig rapport. Kompaswerk ontvangt geen medische gegevens."
        ),
        Heading("4. Zoekprofiel"),
        Bullets(
            [
                "Functies: planner zorg, medisch secretaresse, telefonisch zorgadviseur, administratief medewerker zorgverzekeraar.",
                "Regio: Alphen aan den Rijn en omstreken, maximaal 30 minuten reistijd.",
                "Omvang: 8 tot 16 uur per week, aanvullend op het werk bij Rijnvliet.",
            ]
        ),
        Heading("5. Planning van activiteiten"),
        Table(
            ["Fase", "Activiteit", "Periode"],
            [
                ["1. Oriëntatie", "Loopbaantest, waardenanalyse, arbeidsmarktoriëntatie", "okt 2024"],
                ["2. Instrumenten", "CV, LinkedIn, sollicitatietraining (2 workshops)", "okt-nov 2024"],
                [
                    "3. Netwerk",
                    "Netwerkgesprekken in zorg en zorgadministratie, informatieve gesprekken",
                    "nov 2024-jan 2025",
                ],
                [
                    "4. Bemiddeling",
                    "Actief solliciteren, minimaal 2 reacties per maand, jobhunting door Kompaswerk",
                    "vanaf dec 2024",
                ],
                [
                    "5. Rapportage",
                    "Voortgangsrapportage elke 3 maanden; eindrapportage",
                    "dec 2024, mrt 2025, mei 2025",
                ],
            ],
        ),
        Heading("6. Afspraken"),
        Para(
            "Coaching eens per 2 weken (1 uur, op kantoor Stationsplein of online). De kandidaat houdt een sollicitatielogboek bij. Afzeggen minimaal 24 uur van tevoren."
        ),
        Signatures(
            [
                Sig("Loopbaancoach", "S. Mulder", "Kompaswerk", D(d)),
                Sig("Kandidaat", c.wn_naam, "", D(d)),
                Sig("Opdrachtgever", c.cm, "Rijnvliet", D(d)),
            ]
        ),
    ]


def voortgang_a(c: Case, d: dt.date, periode: str, n: int, n_sol: int) -> list[Any]:
    rows1 = [
        ["14-10-2024", "Planner thuiszorg (12 u)", "Zorggroep Rijnstreek", "schriftelijk", "afgewezen"],
        [
            "28-10-2024",
            "Medisch secretaresse (16 u)",
            "Huisartsenpraktijk Ridderveld",
            "schriftelijk",
            "afgewezen (opleiding)",
        ],
        [
            "07-11-2024",
            "Administratief medewerker declaraties (16 u)",
            "Zorgverzekeraar (via uitzendbureau)",
            "online",
            "geen reactie",
        ],
        [
            "18-11-2024",
            "Telefonisch zorgadviseur",
            "Huisartsenpost Midden-Holland",
            "netwerk",
            "gesprek 2-12, afgewezen (avonddiensten)",
        ],
        ["25-11-2024", "Planner", "Thuiszorg Groene Hart", "open sollicitatie", "in behandeling"],
        ["04-12-2024", "Receptionist kliniek", "Particuliere kliniek", "online", "afgewezen"],
        ["12-12-2024", "Medewerker zorgbemiddeling", "Zorgkantoor", "schriftelijk", "in behandeling"],
    ]
    rows2 = rows1[4:] + [
        ["08-01-2025", "Planner wijkverpleging (12 u)", "Zorggroep Rijnstreek", "netwerk", "gesprek 20-01, afgewezen"],
        [
            "15-01-2025",
            "Doktersassistent (administratief)",
            "Gezondheidscentrum Kerk en Zanen",
            "schriftelijk",
            "geen reactie",
        ],
        ["29-01-2025", "Medewerker zorgadministratie", "GGZ-instelling", "online", "afgewezen"],
        ["11-02-2025", "Telefonisch adviseur", "Zorgverzekeraar", "online", "gesprek 25-02, afgewezen"],
        ["24-02-2025", "Zorgcoördinator (12 u)", "Woonzorgcentrum", "netwerk", "afgewezen (fysiek)"],
        ["06-03-2025", "Administratief medewerker", "Fysiotherapiepraktijk", "open sollicitatie", "geen vacature"],
        ["14-03-2025", "Planner", "Thuiszorg Groene Hart", "herhaald", "afgewezen"],
        ["18-03-2025", "Medisch secretaresse", "Ziekenhuis (extern)", "online", "in behandeling"],
    ]
    rows = rows1 if n == 1 else rows2
    return [
        Title(f"Voortgangsrapportage {n}", sub="re-integratietraject tweede spoor"),
        Fields(
            [
                ("Kandidaat", c.wn_naam),
                ("Opdrachtgever", c.wg),
                ("Rapportageperiode", periode),
                ("Loopbaancoach", "S. Mulder"),
                ("Datum", L(d)),
            ]
        ),
        Heading("1. Verloop in de rapportageperiode"),
        Para(
            "In deze periode hebben 6 coachingsgesprekken plaatsgevonden. Ingrid is steeds op tijd aanwezig en "
            "voert de afgesproken huiswerkopdrachten uit. "
            + (
                "Het CV en LinkedIn-profiel zijn gereed; de loopbaantest bevestigt een voorkeur voor gestructureerd, "
                "mensgericht werk."
                if n == 1
                else "De focus lag op bemiddeling en netwerkgesprekken. Ingrid heeft haar uren bij "
                "Rijnvliet in januari uitgebreid naar 20 uur, waardoor de zoekruimte in het tweede spoor kleiner is geworden."
            )
        ),
        Heading("2. Sollicitaties en vacatures"),
        Table(["Datum", "Functie", "Organisatie", "Wijze", "Resultaat"], rows),
        Para(f"Totaal aantal sollicitaties in deze periode: {n_sol}. Netwerkgesprekken: {3 if n == 1 else 5}."),
        Heading("3. Inzet van de kandidaat"),
        Para(
            "Wij beoordelen de inzet als goed. "
            + (
                "In de eerste weken was het tempo laag door pijnklachten; daarna is dit verbeterd."
                if n == 1
                else "Ingrid neemt zelf initiatief en zoekt actief in haar netwerk."
            )
        ),
        Heading("4. Belemmeringen"),
        Bullets(
            [
                "De beperkte uren (4-8 uur naast Rijnvliet) maken veel vacatures ongeschikt.",
                "Avond- en weekenddiensten bij zorgadvies zijn niet passend.",
                "Opleidingseisen (medisch secretaresse) vragen om scholing.",
            ]
        ),
        Heading("5. Plan voor de volgende periode"),
        Para(
            "Voortzetten bemiddeling; onderzoek naar een korte cursus medisch secretaresse (NCOI, online); 3 netwerkgesprekken."
        ),
        Signatures([Sig("Loopbaancoach", "S. Mulder", "Kompaswerk Loopbaan & Re-integratie", D(d))]),
        Para("Deze rapportage is besproken met de kandidaat. Afschrift: opdrachtgever, kandidaat."),
    ]


def eindrapportage_a(c: Case, d: dt.date) -> list[Any]:
    return [
        Title("Eindrapportage", sub="re-integratietraject tweede spoor — afsluiting in verband met de WIA-aanvraag"),
        Fields(
            [
                ("Kandidaat", c.wn_naam),
                ("BSN", c.bsn),
                ("Opdrachtgever", f"{c.wg} (casemanager {c.cm})"),
                ("Trajectduur", "17-09-2024 t/m 16-05-2025"),
                ("Loopbaancoach", "S. Mulder"),
                ("Datum", L(d)),
            ]
        ),
        Heading("1. Samenvatting"),
        Para(
            "Het traject is gestart na de eerstejaarsevaluatie. Doel was passend werk bij een andere werkgever voor "
            "de uren naast het passende werk bij Rijnvliet. Er is geen plaatsing gerealiseerd. Ingrid werkt "
            "inmiddels 20 uur per week passend bij Rijnvliet, het maximum volgens de bedrijfsarts. Daarmee is de "
            "ruimte voor extra werk bij een andere werkgever vrijwel verdwenen."
        ),
        Heading("2. Uitgevoerde activiteiten"),
        Table(
            ["Activiteit", "Aantal / resultaat"],
            [
                ["Coachingsgesprekken", "16"],
                ["Workshops solliciteren", "2"],
                ["Sollicitaties", "21"],
                ["Uitnodigingen sollicitatiegesprek", "4"],
                ["Netwerkgesprekken", "9"],
                ["Plaatsing", "geen"],
            ],
        ),
        Heading("3. Inzet van de kandidaat"),
        Para(
            "De kandidaat heeft zich aan alle afspraken gehouden en heeft zich goed ingezet. Er waren geen verwijtbare momenten."
        ),
        Heading("4. Resultaat en advies"),
        Para(
            "Het traject wordt afgesloten zonder plaatsing. Wij adviseren het passende werk bij Rijnvliet "
            "voor 20 uur structureel te maken. Een voortzetting van het tweede spoor heeft weinig "
            "meerwaarde zolang de belastbaarheid niet toeneemt."
        ),
        Signatures(
            [Sig("Loopbaancoach", "S. Mulder", "Kompaswerk", D(d)), Sig("Kandidaat (voor gezien)", c.wn_naam, "", D(d))]
        ),
    ]


def eindevaluatie_a(c: Case, dev: dt.date, dao: dt.date) -> list[Any]:
    return [
        Title("Re-integratiedossier Ziekenhuis Rijnvliet", sub="Toelichting bij het dossier voor de WIA-aanvraag"),
        Para(
            "Ziekenhuis Rijnvliet begeleidt zieke medewerkers volgens het verzuimbeleid 2022-2025 en de Wet "
            "verbetering poortwachter. De regie ligt bij de leidinggevende, ondersteund door een casemanager van "
            "HRM en de Dienst Arbo & Vitaliteit (interne arbodienst, bedrijfsartsen en arbeidsdeskundigen van "
            "buiten op afroep). Dit document sluit het tweejarige re-integratietraject af en beschrijft de stand "
            "van zaken bij de aanvraag van de WIA-uitkering."
        ),
        Para("Het dossier bestaat uit de documenten zoals vermeld in de bijgevoegde inventarislijst."),
        PageBreak(),
        Title("Eindevaluatie plan van aanpak"),
        Fields(
            c.wn_fields()
            + [
                ("Werkgever", c.wg),
                ("Adres werkgever", c.wg_adres),
                ("Loonheffingennummer", c.lhn),
                ("Casemanager", c.cm),
                ("Datum eindevaluatie", L(dev)),
                ("Ziekteweek", str(week(c, dev))),
            ]
        ),
        Heading("1. Aard van het bedrijf"),
        Para(
            c.aard
            + " De organisatie kent verpleegafdelingen, poliklinieken, ondersteunende diensten en een eigen opleidingscentrum."
        ),
        Heading("2. Terugblik op twee jaar re-integratie"),
        Table(
            ["Datum", "Gebeurtenis / document"],
            [
                [D(c.d0), "eerste ziektedag"],
                ["10-10-2023", "probleemanalyse"],
                ["20-10-2023", "plan van aanpak (doel: eigen werk)"],
                ["14-11-2023", "operatie, revalidatie"],
                ["15-01-2024", "start zittend werk opnamebureau 2 x 2 uur"],
                ["20-02-2024", "bijstelling probleemanalyse"],
                ["20-06-2024", "ziekmelding 42e week UWV"],
                ["23-07-2024", "arbeidsdeskundig onderzoek"],
                ["13-08-2024", "eerstejaarsevaluatie"],
                ["27-08-2024", "bijstelling plan van aanpak (spoor 1 ander werk, spoor 2)"],
                ["17-09-2024", "start tweede spoor Kompaswerk"],
                ["01-01-2025", "uitbreiding opnameplanning naar 20 uur"],
                ["16-05-2025", "eindrapportage tweede spoor"],
                [D(dao), "actueel oordeel bedrijfsarts"],
            ],
        ),
        Para(
            "Alle afspraken uit het plan van aanpak en de bijstelling zijn uitgevoerd. Er zijn elke 6 weken "
            "voortgangsgesprekken gevoerd (verslagen in het dossier). De werkneemster heeft zich goed ingezet. "
            "In het begin van het tweede spoor toonde zij weinig initiatief; dit is na enkele weken verbeterd."
        ),
        Heading("3. Stand van zaken bij de WIA-aanvraag"),
        Para(
            "Werkneemster werkt 20 uur per week als medewerker opnameplanning. Dit is passend volgens het "
            f"actueel oordeel van de bedrijfsarts van {L(dao)}. Het eigen werk als verpleegkundige is niet meer "
            "mogelijk. Het tweede spoor heeft geen aanvullend werk opgeleverd."
        ),
        Heading("4. Oordeel werkgever over de kwaliteit van de arbeidsrelatie"),
        Para("De arbeidsrelatie is goed. Er zijn geen conflicten of verstoringen."),
        Heading("5. Oordeel werkgever over passende arbeid"),
        Para(
            "Rijnvliet biedt passende arbeid als medewerker opnameplanning voor 20 uur per week en zet dit voort "
            "na de wachttijd. Voor de overige 12 contracturen is geen passende arbeid beschikbaar."
        ),
        Heading("6. Vervolg"),
        Para(
            "Werkneemster vraagt de WIA-uitkering aan in week 92. Per 1 juli 2025 wordt de functie medewerker opnameplanning (20 uur) contractueel vastgelegd."
        ),
        Signatures(
            [
                Sig("Werkgever", c.lg, c.lg_func, D(dev)),
                Sig("Casemanager", c.cm, "HRM", D(dev)),
                Sig("Werknemer", c.wn_naam, "", D(dev)),
            ]
        ),
    ]


def uwv_wia_letter(c: Case, d: dt.date, achternaam: str, straat: str, pc: str, aanhef: str, kenmerk: str) -> list[Any]:
    eind = c.d0 + dt.timedelta(days=7 * 104 - 1)
    uiterst = c.d0 + dt.timedelta(days=7 * 93 - 1)
    return [
        Para(f"{aanhef.capitalize()} {c.wn_naam}\n{straat}\n{pc}"),
        Fields(
            [
                ("Datum", L(d)),
                ("Ons kenmerk", kenmerk),
                ("Uw burgerservicenummer", fmt_bsn(c.bsn, "dots")),
                ("Onderwerp", "U kunt een WIA-uitkering aanvragen"),
            ]
        ),
        Para(f"Geachte {aanhef} {achternaam},"),
        Para(
            f"U bent op {L(c.d0)} ziek geworden. Als u over 104 weken nog steeds ziek bent, kunt u misschien een "
            f"WIA-uitkering krijgen. Uw wachttijd van 104 weken eindigt op {L(eind)}. In deze brief leest u hoe u "
            "een WIA-uitkering aanvraagt en wat u daarvoor moet doen."
        ),
        Heading("Vraag de uitkering op tijd aan"),
        Para(
            f"U moet de WIA-uitkering uiterlijk op {L(uiterst)} aanvragen. Dat kan via Mijn UWV op uwv.nl. "
            "Vraagt u te laat aan? Dan krijgt u misschien later een uitkering of u krijgt minder uitkering."
        ),
        Heading("Het re-integratieverslag"),
        Para(
            "Bij uw aanvraag hoort een re-integratieverslag. Daarin staat wat u en uw werkgever de afgelopen "
            "periode hebben gedaan om u weer aan het werk te helpen. Uw werkgever stelt het verslag samen met u "
            "op. U moet uiterlijk 13 weken voor het einde van de wachttijd een kopie van het verslag van uw "
            "werkgever hebben. Het verslag bestaat onder meer uit: de probleemanalyse, het plan van aanpak met "
            "eventuele bijstellingen, de eerstejaarsevaluatie, het actueel oordeel van de bedrijfsarts, de "
            "eindevaluatie en uw eigen mening over het verslag."
        ),
        Para(
            "De medische informatie van de bedrijfsarts stuurt u niet mee met uw aanvraag. Die stuurt u "
            "apart, in een gesloten envelop met de tekst 'Medisch geheim', naar UWV, of de bedrijfsarts "
            "stuurt deze rechtstreeks."
        ),
        Heading("Uw werkgever krijgt een kopie van deze brief"),
        Para(
            "Uw werkgever uploadt het re-integratieverslag binnen 1 dag nadat u de uitkering heeft aangevraagd via het werkgeversportaal."
        ),
        Heading("Heeft u nog vragen?"),
        Para(UWV_SLOT),
        Para(
            "Met vriendelijke groet,\n\nUWV Uitkeringen WIA\n\nDeze brief is automatisch aangemaakt en daarom niet ondertekend."
        ),
        Para("Dit is een informatieve brief; u kunt tegen deze brief geen bezwaar maken."),
    ]


# ============================================================================================
# CASE B — transport company with a large national arbodienst
# ============================================================================================


def case_b() -> None:
    K = "zwaluw-brink"
    rng = random.Random(32002)
    c = Case(
        key=K,
        d0=dt.date(2023, 2, 13),
        aanhef="de heer",
        wn_naam="R.J. Brink",
        wn_kort="de heer Brink",
        wn_voornaam="Ronald",
        geb=dt.date(1968, 11, 2),
        adres="Pastoor Clercxstraat 28, 5461 CP Veghel",
        bsn=make_bsn(rng),
        functie="Chauffeur CE internationaal transport",
        uren="40 uur per week (ritten Benelux/Duitsland, 1-2 overnachtingen per week)",
        in_dienst=dt.date(2006, 4, 1),
        wg="Van der Zwaluw Transport B.V.",
        wg_adres="Industrieweg 44, 5462 GK Veghel",
        kvk="16052877",
        lhn="8160.44.921.L01",
        aard=(
            "Transport- en logistiekbedrijf (familiebedrijf, opgericht 1961) met 240 medewerkers: nationaal en "
            "internationaal wegtransport van geconditioneerde levensmiddelen, warehousing en cross-docking. "
            "Circa 150 chauffeurs, 55 magazijnmedewerkers, 35 kantoor (planning, administratie, HR). CAO Beroepsgoederenvervoer."
        ),
        ba="H.A. Bouwmeester",
        ba_func="bedrijfsarts",
        big="49071230601",
        arbo="Werkfit Arbodienst Nederland B.V., regio Zuid",
        cm="P. (Petra) van Gils",
        cm_func="HR-adviseur / casemanager",
        lg="M. (Maarten) Swinkels",
        lg_func="manager planning & transport",
        verzuimnr="WF-0881234-23",
    )
    assert bsn_valid(c.bsn)
    zw = Style(
        key="zwaluw",
        org="Van der Zwaluw Transport",
        org_lines=(
            "Industrieweg 44  ·  5462 GK Veghel  ·  T 0413 - 38 45 00",
            "info@vanderzwaluw-transport.nl  ·  www.vanderzwaluw-transport.nl",
        ),
        font="sans",
        accent=(180, 20, 30),
        letterhead="band",
        footer="Van der Zwaluw Transport B.V.  ·  KvK 16052877  ·  BTW NL8123.44.901.B01  ·  Op al onze diensten zijn de AVC 2002 van toepassing",
        author="PvGils",
    )
    wf = Style(
        key="werkfit",
        org="Werkfit Arbodienst",
        org_lines=(
            "Regio Zuid · Kennedyplein 210, 5611 ZT Eindhoven",
            "Klantcontact 088 - 304 50 50  ·  www.werkfit-arbo.nl",
        ),
        font="sans",
        accent=(0, 140, 70),
        letterhead="left",
        fields_as_table=True,
        footer="Werkfit Arbodienst Nederland B.V.  ·  KvK 30218876  ·  gecertificeerd volgens het SCCM Arbodienst-certificatieschema",
        producer="Werkfit Xpert Suite",
    )
    wr = Style(
        key="werkroute",
        org="Werkroute re-integratie",
        org_lines=(
            "Landelijk re-integratiebedrijf  ·  vestiging Den Bosch, Pettelaarpark 84",
            "073 - 711 28 40  ·  www.werkroute.nl",
        ),
        font="condensed",
        accent=(60, 60, 140),
        letterhead="right",
        footer="Werkroute B.V.  ·  KvK 24456012  ·  Blik op Werk Keurmerk  ·  lid OAR",
    )
    fz = c.wn_fields(bsn_kind="dots")
    naam = c.wn_naam

    # --- werkgeversverklaring (non-RIV) ----------------------------------------------------
    dwv = dt.date(2023, 1, 19)
    blocks = [
        Title("Werkgeversverklaring", sub="model 2023 — ten behoeve van een hypothecaire geldlening"),
        Heading("Gegevens werkgever"),
        Fields(
            [
                ("Naam", c.wg),
                ("Adres", c.wg_adres),
                ("KvK-nummer", c.kvk),
                ("Contactpersoon", "P. van Gils, HR"),
                ("Telefoon", "0413 - 38 45 12"),
            ]
        ),
        Heading("Gegevens werknemer"),
        Fields(
            [
                ("Naam en voorletters", "Brink, R.J."),
                ("Geboortedatum", D(c.geb)),
                ("Adres", c.adres),
                ("In dienst sinds", D(c.in_dienst)),
                ("Functie", "Chauffeur CE"),
            ]
        ),
        Heading("Dienstverband"),
        Table(
            ["Vraag", "Antwoord"],
            [
                ["Is de werknemer in vaste dienst?", "ja"],
                ["Is de werknemer in proeftijd?", "nee"],
                ["Is er een voornemen het dienstverband te beëindigen?", "nee"],
                ["Bruto jaarsalaris (excl. vakantiegeld, incl. vaste toeslagen)", "€ 41.028,00"],
                ["Vakantietoeslag", "€ 3.282,24"],
                ["Eindejaarsuitkering / 13e maand", "nee"],
                ["Onregelmatigheidstoeslag (structureel)", "€ 2.418,00"],
                ["Verblijfskosten (onbelast)", "niet opgenomen"],
            ],
        ),
        Para(
            "Ondergetekende verklaart dat deze verklaring naar waarheid is ingevuld. Een onjuiste opgave kan leiden tot aansprakelijkheid van de werkgever."
        ),
        Signatures([Sig("Namens de werkgever", "P. van Gils", "HR-adviseur", D(dwv))]),
    ]
    write_pdf3(out(K, "personeelsdossier/werkgeversverklaring hypotheek.pdf"), blocks, zw)
    label(
        K,
        "personeelsdossier/werkgeversverklaring hypotheek.pdf",
        "",
        dwv,
        "zwaluw;werkgeversverklaring for a mortgage (non-RIV), before sick day",
    )

    # --- privacy statement arbodienst (non-RIV) --------------------------------------------
    dps = dt.date(2022, 11, 1)
    blocks = [
        Title(
            "Privacyverklaring Werkfit Arbodienst",
            sub="Hoe wij omgaan met uw persoonsgegevens en medische gegevens — versie november 2022",
        ),
        Heading("1. Wie zijn wij?"),
        Para(
            "Werkfit Arbodienst Nederland B.V. ondersteunt werkgevers en werknemers bij verzuim, re-integratie en preventie. Wij verwerken daarbij persoonsgegevens, waaronder gegevens over uw gezondheid. Wij doen dat volgens de Algemene verordening gegevensbescherming (AVG), de Uitvoeringswet AVG en de Wet op de geneeskundige behandelingsovereenkomst (WGBO)."
        ),
        Heading("2. Welke gegevens verwerken wij?"),
        Bullets(
            [
                "Naam-, adres- en contactgegevens, geboortedatum, BSN.",
                "Gegevens over uw werk en uw werkgever.",
                "Gegevens over uw verzuim (data, bereikbaarheid, verwachte duur).",
                "Medische gegevens, uitsluitend door of onder verantwoordelijkheid van de bedrijfsarts.",
            ]
        ),
        Heading("3. Wat delen wij met uw werkgever?"),
        Para(
            "Uw werkgever krijgt alleen de gegevens die nodig zijn voor de loondoorbetaling en de re-integratie: uw beperkingen en mogelijkheden in functionele termen, de verwachte duur van het verzuim, en het advies over werkhervatting. Uw diagnose en behandeling krijgt uw werkgever nooit."
        ),
        Heading("4. Bewaartermijnen"),
        Table(
            ["Soort gegevens", "Bewaartermijn"],
            [
                ["Medisch dossier", "15 jaar na einde behandelrelatie (WGBO: 20 jaar)"],
                ["Verzuimgegevens", "2 jaar na einde dienstverband (5 jaar bij eigenrisicodragerschap)"],
                ["Gegevens bij beroepsziekte/blootstelling", "tot 40 jaar"],
            ],
        ),
        Heading("5. Uw rechten"),
        Para(
            "U heeft recht op inzage, correctie, verwijdering en beperking. Als werknemer heeft u bovendien het blokkeringsrecht: u mag de bedrijfsarts vragen een advies niet naar uw werkgever te sturen. Vragen of klachten? Mail privacy@werkfit-arbo.nl of de Functionaris Gegevensbescherming, Postbus 1201, 3500 BE Utrecht. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens."
        ),
    ]
    write_pdf3(out(K, "arbodienst/Privacyverklaring.pdf"), blocks, wf)
    label(K, "arbodienst/Privacyverklaring.pdf", "", dps, "zwaluw;privacy statement arbodienst (non-RIV)")

    # --- probleemanalyse (Werkfit template) ------------------------------------------------
    dpa = c.d(36)  # 2023-03-21
    blocks = [
        Title("Probleemanalyse", sub="Oordeel en advies van de bedrijfsarts bij (dreigend) langdurig verzuim"),
        Fields(
            [
                ("Klant", f"{c.wg} (klantnr. 200417)"),
                ("Werknemer", f"{naam}, {D(c.geb)}"),
                ("BSN", fmt_bsn(c.bsn, "dots")),
                ("Functie", c.functie),
                ("Eerste verzuimdag", D(c.d0)),
                ("Verzuimnummer", c.verzuimnr),
                ("Datum consult", D(dpa)),
                ("Type consult", "spreekuur, locatie Veghel (Werkfit spreekuurlocatie Noordkade)"),
            ]
        ),
        Heading("Is er sprake van dreigend langdurig verzuim?"),
        Para(
            "Ja. Werknemer is op korte termijn niet in staat zijn eigen werk of ander werk te verrichten. De verwachte verzuimduur is langer dan 3 maanden."
        ),
        Heading("Toelichting op de arbeidsongeschiktheid (functioneel)"),
        Para(
            "Werknemer is in februari acuut uitgevallen en is enkele dagen opgenomen geweest. Hij volgt op dit "
            "moment een poliklinisch revalidatieprogramma. Hij is snel vermoeid, heeft een beperkt "
            "inspanningsvermogen en mag tijdelijk geen motorvoertuig besturen. Daarnaast ervaart hij spanning en "
            "onrust over zijn gezondheid en zijn toekomst als chauffeur."
        ),
        Heading("Beperkingen"),
        Bullets(
            [
                "Geen beroepsmatig rijden (groep 2) totdat de keuring door het CBR is afgerond.",
                "Geen zware fysieke inspanning: tillen max. 10 kg, geen duwen/trekken van rolcontainers of pallets.",
                "Energetisch: maximaal 2 uur per dag lichte activiteiten, opbouwen volgens revalidatieschema.",
                "Geen werk in hitte of koude (koel- en vriescel).",
                "Geen nachtwerk, geen overnachtingen buiten de deur.",
            ]
        ),
        Heading("Mogelijkheden"),
        Para(
            "Licht werk van korte duur is mogelijk na afronding van de eerste fase van de revalidatie (naar verwachting half april): bijvoorbeeld administratieve ondersteuning van de planning of meelopen op kantoor. Werknemer kan zelf niet naar het werk rijden; vervoer is een aandachtspunt."
        ),
        Heading("Prognose"),
        Para(
            "De prognose voor herstel van het inspanningsvermogen is redelijk. Of terugkeer in de eigen functie mogelijk is, hangt af van de uitkomst van de rijgeschiktheidsprocedure bij het CBR. Dat is op dit moment onzeker."
        ),
        Heading("Advies"),
        Bullets(
            [
                "Werkgever en werknemer stellen binnen 2 weken een plan van aanpak op.",
                "Start met aangepast werk op kantoor (planning/administratie) vanaf ca. half april, 2 x 2 uur per week, opbouwen in overleg.",
                "Werknemer start de Gezondheidsverklaring bij het CBR zodra de behandelaar dat aangeeft.",
                "Regelmatig contact tussen werknemer en leidinggevende (minimaal eens per 2 weken).",
                "Inzet van een arbeidsdeskundige zodra duidelijk is of beroepsmatig rijden weer mogelijk wordt.",
            ]
        ),
        Para("Zie ook het bijgevoegde inzetbaarheidsprofiel. Vervolgconsult over 6 weken."),
        Signatures([Sig("Bedrijfsarts", f"{c.ba}", f"bedrijfsarts, BIG {c.big}", D(dpa))]),
        Para(
            "Dit advies is besproken met werknemer. Verstuurd naar: werknemer, werkgever (P. van Gils). Werkfit casemanager: L. Verhagen."
        ),
    ]
    write_pdf3(
        out(K, "arbodienst/PA_WF-0881234-23.pdf"), blocks, wf, running_header=f"Werkfit · {c.verzuimnr} · vertrouwelijk"
    )
    label(K, "arbodienst/PA_WF-0881234-23.pdf", "probleemanalyse", dpa, "zwaluw;national arbodienst template")

    # --- inzetbaarheidsprofiel (annex) ------------------------------------------------------
    def izp(d: dt.date, rows: list[list[str]], toel: str, ref: str) -> list[Any]:
        return [
            Title("Inzetbaarheidsprofiel", sub=f"bijlage bij {ref}"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("Geboortedatum", D(c.geb)),
                    ("Verzuimnummer", c.verzuimnr),
                    ("Datum", D(d)),
                    ("Bedrijfsarts", f"{c.ba}, BIG {c.big}"),
                ]
            ),
            Para(
                "Onderstaande beperkingen gelden ten opzichte van een gezonde werknemer. 'Normaal' betekent dat er geen beperking is aangenomen."
            ),
            Table(["Rubriek", "Item", "Beoordeling"], rows),
            Heading("Toelichting"),
            Para(toel),
            Signatures([Sig("Bedrijfsarts", c.ba, "bedrijfsarts", D(d))]),
        ]

    rows1 = [
        ["I Persoonlijk functioneren", "concentreren, verdelen van aandacht", "normaal"],
        ["I Persoonlijk functioneren", "handelingstempo", "licht beperkt: geen hoge tijdsdruk"],
        ["II Sociaal functioneren", "omgaan met conflicten", "normaal"],
        ["III Fysieke omgevingseisen", "hitte / koude", "beperkt: geen werk in koel- of vriescel"],
        ["IV Dynamische handelingen", "tillen of dragen", "beperkt: max. 10 kg incidenteel"],
        ["IV Dynamische handelingen", "duwen of trekken", "beperkt: geen pallets of rolcontainers"],
        ["IV Dynamische handelingen", "lopen / traplopen", "licht beperkt: rustig tempo"],
        ["V Statische houdingen", "zitten", "normaal"],
        ["V Statische houdingen", "staan", "normaal"],
        ["VI Werktijden", "uren per dag / per week", "beperkt: 2 uur per dag, 10 uur per week, opbouwen"],
        ["VI Werktijden", "nachtwerk", "niet"],
        ["—", "besturen voertuig (beroepsmatig)", "niet (lopende CBR-procedure)"],
    ]
    write_pdf3(
        out(K, "arbodienst/bijlage IZP maart.pdf"),
        izp(
            dpa,
            rows1,
            "De beperkingen voor werktijden zijn tijdelijk in verband met de revalidatie. Voor rijden geldt een verbod tot de uitslag van de CBR-keuring.",
            "de probleemanalyse van " + D(dpa),
        ),
        wf,
    )
    label(K, "arbodienst/bijlage IZP maart.pdf", "inzetbaarheidsprofiel", dpa, "zwaluw;IZP annex to PA")

    # --- plan van aanpak (PDF) --------------------------------------------------------------
    dpv = c.d(46)  # 2023-03-31
    blocks = [
        Title("Plan van Aanpak", sub="Wet verbetering poortwachter — opgesteld door werkgever en werknemer"),
        Heading("A. Administratieve gegevens"),
        Fields(
            [
                ("Werkgever", c.wg),
                ("Adres", c.wg_adres),
                ("Loonheffingennummer", c.lhn),
                ("Werknemer", naam),
                ("BSN", fmt_bsn(c.bsn, "dots")),
                ("Geboortedatum", D(c.geb)),
                ("Adres werknemer", c.adres),
                ("Functie", c.functie),
                ("Contracturen", "40"),
                ("Eerste ziektedag", D(c.d0)),
                ("Datum probleemanalyse", D(dpa)),
                ("Arbodienst / bedrijfsarts", f"{c.arbo} / {c.ba}"),
                ("Casemanager", f"{c.cm}, T 0413 - 38 45 12"),
            ]
        ),
        Heading("B. Opleiding en bekwaamheden"),
        Para(
            "VMBO (bouw), rijbewijzen B, C, CE, code 95 (nascholing t/m 2026), ADR basis + tank, heftruckcertificaat (2015), digitale tachograaf. Ruim 30 jaar ervaring als chauffeur, waarvan 17 jaar bij Van der Zwaluw."
        ),
        Heading("C. Doel"),
        Para(
            "Doel op dit moment: terugkeer in het eigen werk als chauffeur CE (spoor 1). Tussendoel: opbouw in aangepast werk op de planningsafdeling, afhankelijk van de revalidatie en de CBR-keuring."
        ),
        Heading("D. Activiteiten"),
        Table(
            ["Activiteit", "Verantwoordelijk", "Start", "Gereed / evaluatie"],
            [
                ["Afronden poliklinische revalidatie", "werknemer", "lopend", "eind mei 2023"],
                ["Aanvragen Gezondheidsverklaring CBR", "werknemer", "na toestemming behandelaar", "zo snel mogelijk"],
                [
                    "Aangepast werk planning: invoeren ritten, telefoon, klaarzetten vrachtbrieven",
                    "M. Swinkels",
                    "17-04-2023",
                    "evaluatie 12-05-2023",
                ],
                [
                    "Opbouw uren: 2 x 2 uur, daarna +2 uur per 2 weken",
                    "werknemer / M. Swinkels",
                    "17-04-2023",
                    "volgens advies BA",
                ],
                ["Vervoer woon-werk: collega (Veghel) of fiets", "werknemer", "17-04-2023", "—"],
                ["Vervolgconsult bedrijfsarts", "Werkfit", "begin mei 2023", "—"],
                ["Evaluatie plan van aanpak", "P. van Gils", "elke 6 weken", "eerste 12-05-2023"],
            ],
        ),
        Heading("E. Evaluatiemomenten"),
        Para(
            "Evaluatie elke 6 weken, eerstejaarsevaluatie in week 46-52 (januari 2024). Het plan wordt bijgesteld als het advies van de bedrijfsarts wijzigt."
        ),
        Heading("F. Visie werkgever"),
        Para(
            "Ronald is een zeer ervaren en loyale chauffeur. Wij willen hem graag terug op de wagen. Zolang dat niet kan, bieden wij werk op de planning."
        ),
        Heading("G. Visie werknemer"),
        Para(
            "Ik wil graag weer rijden. Ik ben bang dat het CBR niet meewerkt. Ik wil wel op kantoor helpen, maar ik ben geen computermens."
        ),
        Heading("H. Ondertekening"),
        Para(
            "Werknemer heeft een kopie ontvangen. Een kopie gaat naar de bedrijfsarts en naar de casemanager van Werkfit."
        ),
        Signatures([Sig("Werkgever", c.cm, c.cm_func, D(dpv)), Sig("Werknemer", naam, "chauffeur", D(dpv))]),
    ]
    write_pdf3(
        out(K, "re-integratie/PvA R Brink 31-03-2023.pdf"), blocks, zw, running_header=f"Plan van Aanpak · {naam}"
    )
    label(K, "re-integratie/PvA R Brink 31-03-2023.pdf", "plan_van_aanpak", dpv, "zwaluw;PvA form")

    # --- specialist letter (medische informatie without that phrase) ----------------------
    dsp = dt.date(2023, 5, 2)
    blocks = [
        Para(
            f"Werkfit Arbodienst\nt.a.v. H.A. Bouwmeester, bedrijfsarts\nPostbus 1201\n3500 BE Utrecht\n\nDen Bosch, {L(dsp)}"
        ),
        Fields(
            [
                ("Betreft", f"dhr. R.J. Brink, geb. {D(c.geb)}"),
                ("Patiëntnummer", "7341902"),
                ("Uw brief van", "11 april 2023"),
            ]
        ),
        Para("Geachte collega,"),
        Para(
            "In antwoord op uw verzoek, en met schriftelijke toestemming van patiënt, bericht ik u het volgende. "
            "Bovengenoemde patiënt werd op 13 februari 2023 opgenomen met een acuut anterior myocardinfarct "
            "(STEMI). Hij werd dezelfde dag behandeld met een primaire PCI van de LAD met plaatsing van twee "
            "drug-eluting stents. Het beloop werd gecompliceerd door ventrikeltachycardie op dag 2. De "
            "linkerventrikelejectiefractie bedroeg bij ontslag 32%."
        ),
        Heading("Beloop"),
        Para(
            "Bij controle op 25 april 2023 (echocardiografie) was de LVEF 35%. Gezien de eerdere ventrikelritme-"
            "stoornissen en de gereduceerde pompfunctie is patiënt besproken in het hartteam; een ICD-implantatie "
            "(primaire preventie) is gepland op 6 juni 2023. Patiënt volgt hartrevalidatie (fase II) in ons "
            "centrum; de inspanningstest toonde een belastbaarheid van 135 W (78% van voorspeld)."
        ),
        Heading("Medicatie"),
        Bullets(
            [
                "acetylsalicylzuur 80 mg 1 dd",
                "ticagrelor 90 mg 2 dd (12 maanden)",
                "metoprolol 100 mg 1 dd",
                "sacubitril/valsartan 49/51 mg 2 dd",
                "rosuvastatine 20 mg 1 dd",
                "dapagliflozine 10 mg 1 dd",
            ]
        ),
        Heading("Rijgeschiktheid"),
        Para(
            "Na ICD-implantatie bij primaire preventie geldt volgens de Regeling eisen geschiktheid 2000 voor "
            "groep 2 (beroepsmatig vervoer) blijvende ongeschiktheid. Ik heb dit met patiënt besproken. Voor groep "
            "1 geldt een rijverbod van 4 weken na implantatie."
        ),
        Para(
            "Met collegiale groet,\n\nDr. E.M. van Hoorn-Bax, cardioloog\nHartcentrum Maasland, afdeling Cardiologie\nBolwerkweg 6, 5223 AB 's-Hertogenbosch"
        ),
        Para("Persoonlijk en vertrouwelijk. Alleen bestemd voor de geadresseerde."),
    ]
    write_pdf3(
        out(K, "arbodienst/Brief specialist.pdf"),
        blocks,
        Style(
            key="hartcentrum",
            org="Hartcentrum Maasland",
            org_lines=(
                "Afdeling Cardiologie  ·  Bolwerkweg 6, 5223 AB 's-Hertogenbosch",
                "Polikliniek 073 - 644 70 00",
            ),
            font="serif",
            accent=(150, 0, 40),
            letterhead="centered",
            footer="Hartcentrum Maasland  ·  www.hartcentrum-maasland.nl",
        ),
    )
    label(
        K,
        "arbodienst/Brief specialist.pdf",
        "medische_informatie",
        dsp,
        "zwaluw;cardiologist letter to bedrijfsarts; no words 'medische informatie'",
    )

    # --- tussentijdse evaluatie (DOCX) -----------------------------------------------------
    de1 = dt.date(2023, 5, 12)
    blocks = [
        Title("Evaluatie plan van aanpak", sub="6-wekelijkse evaluatie"),
        Fields(
            [
                ("Werknemer", naam),
                ("Datum", D(de1)),
                ("Aanwezig", "R. Brink, M. Swinkels, P. van Gils"),
                ("Verzuimweek", str(week(c, de1))),
            ]
        ),
        Heading("Hoe gaat het?"),
        Para(
            "Ronald heeft de hartrevalidatie bijna afgerond en voelt zich fitter. Hij werkt sinds 17 april op de planning, inmiddels 3 x 3 uur per week. Het bevalt redelijk; het invoeren van ritten in het TMS kost hem veel moeite, telefoon en vrachtbrieven gaan goed. Hij komt op de fiets (7 km)."
        ),
        Heading("Afspraken uit het plan van aanpak"),
        Table(
            ["Afspraak", "Stand"],
            [
                ["Revalidatie", "bijna afgerond (laatste week 22)"],
                ["CBR Gezondheidsverklaring", "ingediend 2 mei; nog geen uitslag"],
                ["Aangepast werk planning", "loopt, 9 uur per week"],
                ["Consult bedrijfsarts", "8 mei geweest: opbouw naar 4 x 4 uur toegestaan"],
            ],
        ),
        Heading("Nieuwe afspraken"),
        Bullets(
            [
                "Opbouw naar 4 x 4 uur per week per 22 mei.",
                "Collega Joyce geeft extra uitleg over het TMS.",
                "Volgende evaluatie 23 juni 2023.",
            ]
        ),
        Para("In juni volgt nog een ingreep in het ziekenhuis; Ronald meldt dit bij Maarten zodra de datum bekend is."),
        Signatures([Sig("Werkgever", c.cm, "casemanager", D(de1)), Sig("Werknemer", naam, "", D(de1))]),
    ]
    write_docx(out(K, "re-integratie/evaluatie mei.docx"), blocks, zw)
    label(K, "re-integratie/evaluatie mei.docx", "tussentijdse_evaluatie", de1, "zwaluw;6-weekly evaluation")

    # --- declaratie (photo, non-RIV) -------------------------------------------------------
    ddc = dt.date(2023, 6, 30)
    blocks = [
        Title("Declaratieformulier onkosten"),
        Fields(
            [
                ("Naam", "R. Brink"),
                ("Personeelsnr.", "0318"),
                ("Afdeling", "Transport / tijdelijk planning"),
                ("Maand", "juni 2023"),
            ]
        ),
        Table(
            ["Datum", "Omschrijving", "Bedrag"],
            [
                ["05-06", "Parkeren ziekenhuis Den Bosch (ICD)", "€ 14,50"],
                ["12-06", "Reiskosten fiets woon-werk 6 dagen x 14 km", "€ 19,32"],
                ["21-06", "Code 95 nascholing - boek", "€ 34,95"],
                ["", "Totaal", "€ 68,77"],
            ],
        ),
        Para("Bonnetjes bijgevoegd. Uitbetaling met salaris juli."),
        Signatures([Sig("Medewerker", "R. Brink", "", "30-6-23"), Sig("Akkoord", "M. Swinkels", "", "3-7-23")]),
    ]
    write_photo_jpg(
        out(K, "personeelsdossier/IMG_20230703_081245.jpg"),
        blocks,
        zw,
        taken=dt.datetime(2023, 7, 3, 8, 12, 45),
        orientation=1,
    )
    label(K, "personeelsdossier/IMG_20230703_081245.jpg", "", ddc, "zwaluw;phone photo of expense claim (non-RIV)")

    # --- bijstelling probleemanalyse -------------------------------------------------------
    dbp = dt.date(2023, 7, 18)
    blocks = [
        Title("Bijstelling probleemanalyse / Terugkoppeling consult"),
        Fields(
            [
                ("Klant", c.wg),
                ("Werknemer", f"{naam}, {D(c.geb)}"),
                ("BSN", fmt_bsn(c.bsn, "dots")),
                ("Verzuimnummer", c.verzuimnr),
                ("Datum consult", D(dbp)),
                ("Probleemanalyse d.d.", D(dpa)),
            ]
        ),
        Heading("Wijziging ten opzichte van de probleemanalyse"),
        Para(
            "Er is een belangrijke wijziging. Werknemer heeft in juni een medische ingreep ondergaan. Als gevolg "
            "daarvan is beroepsmatig rijden (rijbewijs C/CE) blijvend niet meer toegestaan. Dit betekent dat "
            "terugkeer in de eigen functie van chauffeur niet mogelijk is. De probleemanalyse wordt op dit punt "
            "bijgesteld."
        ),
        Heading("Huidige belastbaarheid"),
        Bullets(
            [
                "Niet beroepsmatig rijden (blijvend). Rijden met rijbewijs B privé is toegestaan.",
                "Tillen max. 15 kg, geen zwaar duw- en trekwerk (pallets handmatig).",
                "Geen werk in koel- of vriescel (koude).",
                "Geen werk met sterke elektromagnetische velden (bijv. laswerk, inductie).",
                "Werktijden: dagdienst, opbouw naar 6 uur per dag, 30 uur per week in 8 weken; geen nachtwerk.",
            ]
        ),
        Heading("Prognose"),
        Para(
            "De fysieke conditie kan nog verbeteren. Urenuitbreiding tot volledige arbeidsduur is op termijn mogelijk. Het eigen werk blijft niet passend."
        ),
        Heading("Advies"),
        Bullets(
            [
                "Bijstellen plan van aanpak: doel wordt ander werk bij de eigen werkgever (spoor 1).",
                "Onderzoek functies op kantoor of in het magazijn (zonder koel-/vriescel, geen reachtruck in het vrieshuis).",
                "Inzet arbeidsdeskundige in het najaar.",
                "Bij onvoldoende mogelijkheden intern tijdig tweede spoor.",
            ]
        ),
        Signatures([Sig("Bedrijfsarts", c.ba, f"BIG {c.big}", D(dbp))]),
    ]
    write_pdf3(
        out(K, "arbodienst/terugkoppeling consult 18-07.pdf"), blocks, wf, running_header=f"Werkfit · {c.verzuimnr}"
    )
    label(
        K,
        "arbodienst/terugkoppeling consult 18-07.pdf",
        "bijstelling_probleemanalyse",
        dbp,
        "zwaluw;bijstelling PA in a 'terugkoppeling' form",
    )

    # --- 42e-weeksmelding + UWV bevestiging ------------------------------------------------
    dz = dt.date(2023, 11, 30)
    blocks = [
        Title(
            "Ziekmelding na 42 weken ziekte",
            sub="aangifte langdurige ziekte — uitdraai verzuimsysteem Werkfit (verzonden namens werkgever)",
        ),
        Fields(
            [
                ("Werkgever", c.wg),
                ("Loonheffingennummer", c.lhn),
                ("Werknemer", naam),
                ("BSN", c.bsn),
                ("Eerste ziektedag", D(c.d0)),
                ("Datum melding", D(dz)),
                ("Verzonden via", "UWV-koppeling Werkfit (SBR)"),
                ("Kenmerk melding", "SBR-42-118823"),
            ]
        ),
        Table(
            ["Vraag", "Antwoord"],
            [
                ["Werkt de werknemer gedeeltelijk?", "ja, 24 uur per week aangepast werk"],
                ["Eigenrisicodrager ZW", "nee"],
                ["Regresmogelijkheid", "nee"],
                ["Vangnet ZW", "nee"],
            ],
        ),
        Para("De ziekmelding is tijdig ingediend (uiterlijk eerste dag na week 42: 04-12-2023)."),
    ]
    write_pdf3(out(K, "UWV/melding 42 weken.pdf"), blocks, wf)
    label(K, "UWV/melding 42 weken.pdf", "ziekmelding_uwv", dz, "zwaluw;42nd-week report (arbodienst printout)")
    dbz = dt.date(2023, 12, 8)
    blocks = [
        Para(f"{c.wg}\nt.a.v. de afdeling personeelszaken\nIndustrieweg 44\n5462 GK  Veghel"),
        Fields(
            [
                ("Datum", L(dbz)),
                ("Ons kenmerk", "ZW42/2023/118823"),
                ("Onderwerp", "Bevestiging ziekmelding en eerstejaarsevaluatie"),
                ("Werknemer", f"R.J. Brink, BSN {fmt_bsn(c.bsn, 'dots')}"),
            ]
        ),
        Para("Geachte heer, mevrouw,"),
        Para(
            f"Wij hebben uw ziekmelding van {L(dz)} ontvangen voor uw werknemer R.J. Brink. Uw werknemer is sinds {L(c.d0)} ziek. In deze brief leest u wat u de komende periode moet doen."
        ),
        Heading("Eerstejaarsevaluatie"),
        Para(
            "Aan het einde van het eerste ziektejaar maakt u samen met uw werknemer een eerstejaarsevaluatie. U kijkt daarin terug op het eerste jaar en u spreekt af welk re-integratieresultaat u aan het einde van het tweede jaar wilt bereiken. Is terugkeer in het eigen of aangepast werk bij u niet mogelijk? Dan moet u ook re-integratie bij een andere werkgever (tweede spoor) in gang zetten."
        ),
        Heading("Wat moet u doen?"),
        Bullets(
            [
                "Voer de eerstejaarsevaluatie uit tussen week 46 en 52 van de ziekte.",
                "Bewaar alle documenten in het re-integratiedossier; u heeft deze nodig voor het re-integratieverslag.",
                "Geef veranderingen door, zoals herstel of einde dienstverband.",
            ]
        ),
        Para(UWV_SLOT),
        Para(
            "Met vriendelijke groet,\n\nUWV Ziektewet\n\nDeze brief is automatisch aangemaakt en daarom niet ondertekend."
        ),
    ]
    write_pdf3(out(K, "UWV/brief UWV dec 2023.pdf"), blocks, uwv_style("Afdeling Ziektewet"))
    label(K, "UWV/brief UWV dec 2023.pdf", "ziekmelding_uwv", dbz, "zwaluw;UWV confirmation of 42nd-week report")

    # --- AD-rapport --------------------------------------------------------------------------
    dad = dt.date(2024, 1, 9)
    p = {
        "cover_title": "Arbeidsdeskundig onderzoek",
        "cover_sub": "spoor 1 / spoor 2 advies",
        "cover_note": "Opgesteld in opdracht van Van der Zwaluw Transport B.V. door een arbeidsdeskundige van Werkfit Arbodienst. Vertrouwelijk.",
        "samenvatting": "De heer Brink kan als gevolg van een blijvend rijverbod voor groep 2 niet terug in zijn functie als chauffeur CE. Binnen Van der Zwaluw is het werk als medewerker planning (ondersteunend) tijdelijk voor 24 uur beschikbaar, maar er is geen structurele formatie. Het werk als medewerker expeditie/cross-dock (zonder koel- en vriescel) is passend voor 32 uur, mits geen reachtruck in het vrieshuis. Ik adviseer spoor 1 ander werk (expeditie) met parallel een beperkt tweede spoor gericht op logistiek-administratieve functies.",
        "dossier": "WF-AD-2023-7730",
        "ad": "ing. K. Mertens, register-arbeidsdeskundige (Werkfit)",
        "ad_naam": "ing. K. Mertens",
        "ad_func": "register-arbeidsdeskundige, Werkfit Arbodienst",
        "inleiding": "De bedrijfsarts heeft in de bijstelling van 18 juli 2023 geadviseerd een arbeidsdeskundige in te zetten, omdat terugkeer in de eigen functie als chauffeur niet meer mogelijk is. Van der Zwaluw Transport heeft op 21 november 2023 opdracht gegeven voor dit onderzoek, als voorbereiding op de eerstejaarsevaluatie.",
        "vragen": [
            "Welke functies binnen Van der Zwaluw zijn passend?",
            "Is het huidige re-integratiewerk op de planning structureel passend?",
            "Is een tweede spoor nodig?",
            "Hoe hoog is de loonwaarde?",
        ],
        "bronnen": [
            ["Probleemanalyse en inzetbaarheidsprofiel", D(dpa)],
            ["Plan van aanpak", D(dpv)],
            ["Evaluaties", "12-05-2023, 23-06-2023, 25-08-2023, 6-10-2023, 17-11-2023"],
            ["Bijstelling probleemanalyse", D(dbp)],
            ["Functieomschrijvingen chauffeur, planner, expeditie", "TLN-functiehandboek"],
        ],
        "gesprekken": [
            ["Intake", "werknemer", "05-12-2023"],
            ["Gesprek", "M. Swinkels en P. van Gils", "05-12-2023"],
            ["Werkplekonderzoek cross-dock hal 2", "teamleider warehouse R. van Erp", "12-12-2023"],
            ["Multidisciplinair overleg", "bedrijfsarts H.A. Bouwmeester", "19-12-2023"],
        ],
        "werkgever": "Van der Zwaluw Transport heeft een vestiging in Veghel met kantoor, werkplaats, een warehouse met geconditioneerde zones (koel 2-7 °C, vries -22 °C) en een cross-dock. De organisatie is plat; er is een HR-adviseur, planning (8 fte) en een administratie (6 fte).",
        "werknemer": "De heer Brink is 55 jaar, getrouwd, woont in Veghel. Hij heeft VMBO en alle relevante rijbewijzen en certificaten, waaronder heftruck. Hij heeft weinig ervaring met computers maar leert gestaag. Hij is praktisch ingesteld en werkt graag met zijn handen.",
        "opleiding": [
            ["VMBO bouw", "1985", "ja"],
            ["Rijbewijs C/CE + code 95", "1989 / 2021", "ja (groep 2 vervallen)"],
            ["ADR basis en tank", "2019", "ja"],
            ["Heftruck (VCA basis)", "2015", "ja"],
        ],
        "werkervaring": [
            ["Van der Zwaluw Transport", "chauffeur CE", "2006 - heden"],
            ["Transportbedrijf Heesch", "chauffeur C", "1992 - 2006"],
            ["Bouwbedrijf", "bouwvakker", "1985 - 1992"],
        ],
        "functie_intro": "De functie chauffeur CE internationaal omvat het vervoeren van geconditioneerde levensmiddelen naar distributiecentra in de Benelux en Duitsland.",
        "taken": [
            ["Rijden", "70%", "beroepsmatig rijden (groep 2), lange ritten, onregelmatig"],
            ["Laden en lossen (elektrische palletwagen)", "15%", "trekken/duwen, koude (koelcel)"],
            ["Administratie (CMR, tachograaf)", "5%", "zitten"],
            ["Controle voertuig en koelunit", "5%", "klimmen, bukken"],
            ["Overnachting in cabine", "—", "1-2 nachten per week"],
        ],
        "belastbaarheid": "Volgens de bijstelling van de probleemanalyse: blijvend geen beroepsmatig rijden, tillen max. 15 kg, geen koude, geen sterke elektromagnetische velden, dagdienst tot 30 uur (opbouw naar 40 uur mogelijk).",
        "vergelijking": [
            ["Beroepsmatig rijden", "70% van de tijd", "niet toegestaan", "ja"],
            ["Koude (koelcel)", "dagelijks", "niet", "ja"],
            ["Duwen/trekken", "regelmatig", "beperkt", "ja"],
            ["Nachtwerk/overnachten", "1-2 per week", "niet", "ja"],
            ["Zitten", "70%", "normaal", "nee"],
            ["Werktijden", "40+ uur", "30 uur, opbouw", "ja"],
        ],
        "vergelijking_concl": "Het eigen werk is niet passend. Er is geen aanpassing mogelijk die het rijverbod opheft.",
        "aanpassing": "Aanpassing van de eigen functie is niet mogelijk: de kern is beroepsmatig rijden.",
        "intern_intro": "Binnen Van der Zwaluw zijn de volgende functies onderzocht:",
        "intern": [
            [
                "Medewerker planning (ondersteunend)",
                "Planning",
                "ja",
                "geen structurele vacature; tijdelijk project tot 1-4-2024",
            ],
            [
                "Medewerker expeditie / cross-dock",
                "Warehouse",
                "ja",
                "zonder koel-/vriescel; vacature 32 uur per 1-3-2024",
            ],
            ["Reachtruckchauffeur vriescel", "Warehouse", "nee", "koude"],
            ["Monteur werkplaats", "Werkplaats", "nee", "geen opleiding; las- en elektrische werkzaamheden"],
            ["Portier/terreinbeheer", "Facilitair", "ja", "geen vacature"],
        ],
        "extern": "Voor een tweede spoor zie ik mogelijkheden als magazijnmedewerker (niet-geconditioneerd), heftruckchauffeur, medewerker terreinbeheer, bezorger met rijbewijs B is niet passend (beroepsmatig rijden groep 1 is wel toegestaan, maar de werkbelasting is hoog). De arbeidsmarkt in de regio Noordoost-Brabant is gunstig voor logistieke functies.",
        "extern_tabel": [
            ["Magazijnmedewerker", "MBO 1-2", "goed", "niet in koude"],
            ["Heftruckchauffeur", "certificaat", "goed", "passend"],
            ["Terreinbeheerder", "MBO 2", "matig", "passend"],
            ["Medewerker dock-planning", "MBO 3", "redelijk", "computervaardigheden"],
        ],
        "loonwaarde": "De functie medewerker expeditie valt in functiegroep C van de CAO (chauffeur CE: functiegroep E). Het verlies aan verdiencapaciteit bedraagt circa 18%. De loonwaarde in de functie is volledig.",
        "antwoorden": [
            "De functie medewerker expeditie/cross-dock (zonder koude) is passend voor 32 uur.",
            "Het werk op de planning is passend maar tijdelijk.",
            "Een beperkt tweede spoor is nodig zolang plaatsing in expeditie niet gerealiseerd is.",
            "Loonwaarde 100% in de functie expeditie.",
        ],
        "advies": [
            "Plaats werknemer per 1 maart 2024 in de functie medewerker expeditie, 32 uur, met opbouw.",
            "Start parallel een tweede spoor (oriëntatie en bemiddeling) tot de plaatsing structureel is.",
            "Stel het plan van aanpak bij na de eerstejaarsevaluatie.",
        ],
        "bespreking": "Het rapport is besproken met werknemer en werkgever op 9 januari 2024. Werknemer twijfelt of werk in het magazijn past bij zijn conditie en wil daarover eventueel een deskundigenoordeel aanvragen.",
        "bijlage": [
            "Vervoeren van goederen volgens planning en wet- en regelgeving.",
            "Laden, lossen en zekeren van de lading.",
            "Bewaken van temperatuur en registratie koelunit.",
            "Bijhouden van rij- en rusttijden en administratie.",
            "Dagelijkse controle van voertuig en oplegger.",
        ],
    }
    write_pdf3(
        out(K, "re-integratie/AD rapportage jan 2024.pdf"),
        ad_report(c, dad, p),
        wf,
        running_header=f"Arbeidsdeskundig onderzoek · {naam}",
    )
    label(
        K,
        "re-integratie/AD rapportage jan 2024.pdf",
        "arbeidsdeskundig_rapport",
        dad,
        "zwaluw;AD report by arbodienst AD",
    )

    # --- eerstejaarsevaluatie --------------------------------------------------------------
    dej = dt.date(2024, 1, 23)
    blocks = [
        Title("(Eerstejaars)evaluatie", sub="Re-integratie werknemer — Van der Zwaluw Transport"),
        Fields(
            fz
            + [
                ("Datum", D(dej)),
                ("Ziekteweek", str(week(c, dej))),
                ("Aanwezig", "R. Brink, P. van Gils (casemanager), M. Swinkels (leidinggevende)"),
            ]
        ),
        Heading("Evaluatie van het eerste ziektejaar"),
        Para(
            "In het eerste ziektejaar is Ronald na een acute uitval gestart met revalidatie en aangepast werk op de planning. In juli werd duidelijk dat hij blijvend niet meer beroepsmatig mag rijden (bijstelling probleemanalyse 18 juli 2023). Sindsdien is het doel ander werk binnen Van der Zwaluw. Hij werkt 24 uur op de planning. Het arbeidsdeskundig onderzoek van 9 januari 2024 adviseert plaatsing in de expeditie en een tweede spoor."
        ),
        Heading("Beoogd re-integratieresultaat aan het einde van het tweede ziektejaar"),
        Para("Structurele plaatsing in de functie medewerker expeditie/cross-dock voor 32-40 uur per week."),
        Heading("Hoe gaan we dat bereiken?"),
        Bullets(
            [
                "Proefplaatsing expeditie vanaf 1 maart 2024 (8 weken, begeleid door teamleider R. van Erp).",
                "Tweede spoor via Werkroute (oriëntatie en bemiddeling), start februari 2024.",
                "Evaluatie elke 6 weken.",
            ]
        ),
        Heading("Visie van de werkgever"),
        Para(
            "Van der Zwaluw wil Ronald een passende functie bieden. De expeditie past bij zijn ervaring met laden en lossen."
        ),
        Heading("Visie van de werknemer"),
        Para(
            "Ik ben niet zeker of het werk in de hal te zwaar voor mij is. Ik probeer het, maar ik wil er een deskundigenoordeel over vragen."
        ),
        Signatures([Sig("Werkgever", c.cm, c.cm_func, D(dej)), Sig("Werknemer", naam, "", D(dej))]),
    ]
    write_pdf3(out(K, "re-integratie/Document (4).pdf"), blocks, zw)
    label(K, "re-integratie/Document (4).pdf", "eerstejaarsevaluatie", dej, "zwaluw;EJE; uninformative name")

    # --- bijstelling PvA -------------------------------------------------------------------
    dbv = dt.date(2024, 1, 30)
    blocks = [
        Title("Aanvulling op het Plan van Aanpak", sub="naar aanleiding van de eerstejaarsevaluatie van " + D(dej)),
        Fields([("Werknemer", naam), ("BSN", fmt_bsn(c.bsn, "dots")), ("Datum", D(dbv))]),
        Heading("Nieuw doel"),
        Para(
            "Spoor 1: ander werk als medewerker expeditie/cross-dock, 32 uur, proefplaatsing per 1 maart 2024. Spoor 2: tegelijk start tweede spoor via Werkroute re-integratie (oriëntatie en bemiddeling naar logistieke functies zonder beroepsmatig rijden)."
        ),
        Table(
            ["Activiteit", "Wie", "Termijn"],
            [
                ["Proefplaatsing expeditie", "R. van Erp / werknemer", "01-03-2024 t/m 26-04-2024"],
                ["Intake tweede spoor", "Werkroute", "februari 2024"],
                ["Aanvraag deskundigenoordeel (op verzoek werknemer)", "werknemer", "na 4 weken proefplaatsing"],
                ["Evaluatie", "P. van Gils", "elke 6 weken"],
            ],
        ),
        Signatures([Sig("Werkgever", c.cm, "", D(dbv)), Sig("Werknemer", naam, "", D(dbv))]),
    ]
    write_docx(out(K, "re-integratie/aanvulling PvA spoor 2.docx"), blocks, zw)
    label(
        K,
        "re-integratie/aanvulling PvA spoor 2.docx",
        "bijstelling_plan_van_aanpak",
        dbv,
        "zwaluw;'aanvulling' wording",
    )

    # --- trajectplan 2e spoor --------------------------------------------------------------
    dtp = dt.date(2024, 2, 20)
    blocks = [
        Title("Intakeverslag en trajectplan", sub="Tweede spoor — Werkroute re-integratie"),
        Fields(
            [
                ("Deelnemer", naam),
                ("Opdrachtgever", c.wg),
                ("Jobcoach", "D. (Dennis) Kuipers"),
                ("Intake", "13-02-2024"),
                ("Datum plan", D(dtp)),
            ]
        ),
        Heading("Achtergrond"),
        Para(
            "Dhr. Brink mag niet meer beroepsmatig rijden. Hij werkt op de planning en start 1 maart in de expeditie bij zijn eigen werkgever. Parallel wordt het tweede spoor ingezet."
        ),
        Heading("Persoonsprofiel"),
        Para(
            "Praktisch, loyaal, doorzetter. Sterk in logistieke processen en klantcontact onderweg. Beperkte digitale vaardigheden. Motivatie voor ander werk: redelijk; hij wil vooral bij Van der Zwaluw blijven."
        ),
        Heading("Zoekprofiel"),
        Bullets(
            [
                "Heftruckchauffeur / magazijnmedewerker (niet in koude)",
                "Terreinbeheerder / medewerker portiersloge",
                "Medewerker dockplanning",
            ]
        ),
        Table(
            ["Module", "Inhoud", "Periode"],
            [
                ["Oriëntatie", "beroepentest, arbeidsmarktinformatie", "maart 2024"],
                ["Digitale vaardigheden", "basiscursus (6 lessen)", "maart-april 2024"],
                ["Sollicitatie", "CV, werkgeversbenadering", "april-mei 2024"],
                ["Bemiddeling", "vacatures en netwerk", "vanaf mei 2024"],
            ],
        ),
        Para("Rapportage: voortgangsrapportage per 3 maanden, eindrapportage bij einde traject."),
        Signatures([Sig("Jobcoach", "D. Kuipers", "Werkroute", D(dtp)), Sig("Deelnemer", naam, "", D(dtp))]),
    ]
    write_pdf3(out(K, "2e spoor Werkroute/intake.pdf"), blocks, wr)
    label(K, "2e spoor Werkroute/intake.pdf", "trajectplan_tweede_spoor", dtp, "zwaluw;intake + trajectplan")

    # --- deskundigenoordeel ----------------------------------------------------------------
    ddo = dt.date(2024, 4, 16)
    blocks = [
        Para("De heer R.J. Brink\nPastoor Clercxstraat 28\n5461 CP  Veghel"),
        Fields(
            [
                ("Datum", L(ddo)),
                ("Ons kenmerk", "DO-2024-0331877"),
                ("Uw burgerservicenummer", fmt_bsn(c.bsn, "dots")),
                ("Onderwerp", "Deskundigenoordeel over passende arbeid"),
            ]
        ),
        Title("Deskundigenoordeel"),
        Para("Geachte heer Brink,"),
        Para(
            f"U heeft op 26 maart 2024 een deskundigenoordeel aangevraagd. U wilt weten of het werk als medewerker expeditie bij uw werkgever {c.wg} passend voor u is. In deze brief leest u ons oordeel."
        ),
        Heading("Ons oordeel"),
        Para(
            "Het werk als medewerker expeditie/cross-dock is passend voor u, zoals uw werkgever het heeft aangeboden (32 uur, niet in de koel- en vriescel, met opbouw)."
        ),
        Heading("Hoe zijn wij tot dit oordeel gekomen?"),
        Para(
            "De verzekeringsarts heeft u op 9 april 2024 onderzocht en de gegevens van de bedrijfsarts en uw behandelaar bekeken. De arbeidsdeskundige heeft uw werkgever gesproken en de taken van de functie beoordeeld. Volgens de verzekeringsarts zijn de beperkingen die de bedrijfsarts heeft vastgesteld juist. De arbeidsdeskundige stelt vast dat de functie binnen deze beperkingen blijft, mits u niet in de koude werkt en de uren geleidelijk opbouwt."
        ),
        Heading("Rapporten"),
        Para(
            "Bij deze brief vindt u de rapporten van de verzekeringsarts en de arbeidsdeskundige. Uw werkgever ontvangt een kopie van deze brief en het rapport van de arbeidsdeskundige, zonder medische gegevens."
        ),
        Heading("Wat betekent dit oordeel?"),
        Para(
            "Een deskundigenoordeel is een advies. Het is geen besluit. U kunt daarom geen bezwaar maken tegen dit oordeel. Bent u het er niet mee eens, dan kunt u de kantonrechter vragen een beslissing te nemen; u moet dan het deskundigenoordeel meesturen."
        ),
        Para(
            "Met vriendelijke groet,\n\nmr. drs. A.C. Vermeulen, verzekeringsarts\nJ.P. Hoeks, arbeidsdeskundige\nUWV Sociaal Medische Zaken, kantoor Den Bosch"
        ),
        Para(UWV_SLOT),
    ]
    write_pdf3(
        out(K, "UWV/DO april 2024.pdf"),
        blocks,
        uwv_style("Sociaal Medische Zaken · Deskundigenoordelen", key="uwv-smz"),
    )
    label(K, "UWV/DO april 2024.pdf", "deskundigenoordeel", ddo, "zwaluw;DO at employee's request, passende arbeid")

    # --- voortgangsrapportage 2e spoor -----------------------------------------------------
    dvg = dt.date(2024, 6, 14)
    blocks = [
        Title("Trajectrapportage", sub="tussenrapportage tweede spoor, periode 20-02-2024 t/m 14-06-2024"),
        Fields([("Deelnemer", naam), ("Opdrachtgever", c.wg), ("Jobcoach", "D. Kuipers"), ("Datum", D(dvg))]),
        Heading("Activiteiten"),
        Para(
            "De oriëntatiefase en de cursus digitale vaardigheden zijn afgerond. Het CV is gereed. Dhr. Brink werkt inmiddels 28 uur in de expeditie bij zijn eigen werkgever; dat gaat goed. Het tweede spoor heeft daardoor een lagere prioriteit gekregen, in overleg met de casemanager."
        ),
        Table(
            ["Datum", "Vacature", "Werkgever", "Resultaat"],
            [
                ["02-05-2024", "Heftruckchauffeur 24 u", "Distributiecentrum Uden", "afgewezen"],
                ["16-05-2024", "Terreinbeheerder", "Bedrijventerrein De Dubbelen", "geen reactie"],
                ["29-05-2024", "Magazijnmedewerker", "Groothandel Veghel", "gesprek, afgewezen"],
            ],
        ),
        Heading("Advies"),
        Para("Traject voortzetten tot plaatsing in de expeditie structureel is (contractwijziging), daarna afsluiten."),
        Signatures([Sig("Jobcoach", "D. Kuipers", "Werkroute", D(dvg))]),
    ]
    write_docx(out(K, "2e spoor Werkroute/rapportage juni.docx"), blocks, wr)
    label(
        K,
        "2e spoor Werkroute/rapportage juni.docx",
        "voortgangsrapportage_tweede_spoor",
        dvg,
        "zwaluw;2nd-track interim report (docx)",
    )

    # --- UWV WIA letter --------------------------------------------------------------------
    dwl = dt.date(2024, 10, 17)
    write_pdf3(
        out(K, "UWV/brief UWV okt 2024.pdf"),
        uwv_wia_letter(c, dwl, "Brink", "Pastoor Clercxstraat 28", "5461 CP  Veghel", "de heer", "6611 082 4471"),
        uwv_style("Afdeling Uitkeringen WIA"),
    )
    label(K, "UWV/brief UWV okt 2024.pdf", "uwv_correspondentie", dwl, "zwaluw;week-88 WIA letter")

    # --- actueel oordeel + IZP ---------------------------------------------------------------
    dao = dt.date(2024, 10, 29)
    blocks = [
        Title("Actueel oordeel bij de probleemanalyse", sub="bedrijfsarts — ten behoeve van het re-integratieverslag"),
        Fields(
            [
                ("Klant", c.wg),
                ("Werknemer", f"{naam}, {D(c.geb)}"),
                ("BSN", fmt_bsn(c.bsn, "dots")),
                ("Eerste ziektedag", D(c.d0)),
                ("Verzuimnummer", c.verzuimnr),
                ("Datum consult", D(dao)),
            ]
        ),
        Heading("Stand van zaken"),
        Para(
            "Werknemer werkt sinds juli 2024 32 uur per week als medewerker expeditie bij de eigen werkgever. De belastbaarheid is stabiel. Zie het bijgevoegde actuele inzetbaarheidsprofiel."
        ),
        Heading("Beloop"),
        Para(
            "Het beloop is gunstig geweest na de ingreep in juni 2023. De conditie is verbeterd. Uitbreiding tot 40 uur is mogelijk; werknemer geeft zelf aan dat 32 uur voor hem het maximum is. Medisch gezien zie ik geen beletsel voor 36 uur, met 8 uur per dag."
        ),
        Heading("Passende arbeid bij de werkgever"),
        Para("De functie medewerker expeditie is passend. Het eigen werk als chauffeur blijft blijvend niet passend."),
        Heading("Arbeidsrelatie"),
        Para(
            "Er is een goede arbeidsrelatie; werknemer en werkgever zijn tevreden over de samenwerking. Het deskundigenoordeel van april 2024 heeft de onduidelijkheid over passend werk weggenomen."
        ),
        Para("Dit oordeel bevat geen medische gegevens. Medische informatie voor UWV wordt separaat verstrekt."),
        Signatures([Sig("Bedrijfsarts", c.ba, f"BIG {c.big}", D(dao))]),
    ]
    write_pdf3(
        out(K, "arbodienst/Terugkoppeling 29-10-2024.pdf"), blocks, wf, running_header=f"Werkfit · {c.verzuimnr}"
    )
    label(
        K,
        "arbodienst/Terugkoppeling 29-10-2024.pdf",
        "actueel_oordeel",
        dao,
        "zwaluw;AO; filename says 'terugkoppeling'",
    )
    rows2 = [
        ["I Persoonlijk functioneren", "handelingstempo", "normaal"],
        ["II Sociaal functioneren", "—", "normaal"],
        ["III Fysieke omgevingseisen", "koude", "beperkt: niet in koel- of vriescel"],
        ["III Fysieke omgevingseisen", "elektromagnetische velden", "beperkt: geen inductie/laswerk"],
        ["IV Dynamische handelingen", "tillen of dragen", "max. 15 kg frequent, 20 kg incidenteel"],
        ["IV Dynamische handelingen", "duwen of trekken", "licht beperkt (elektrische palletwagen mogelijk)"],
        ["V Statische houdingen", "—", "normaal"],
        ["VI Werktijden", "uren per dag / week", "8 uur per dag, 36 uur per week"],
        ["VI Werktijden", "nachtwerk", "niet"],
        ["—", "besturen voertuig (beroepsmatig groep 2)", "niet (blijvend)"],
    ]
    write_pdf3(
        out(K, "arbodienst/IZP okt 2024.pdf"),
        izp(
            dao,
            rows2,
            "Ten opzichte van het profiel van maart 2023 is de belastbaarheid toegenomen op tillen en werktijden. Het rijverbod groep 2 is blijvend.",
            "het actueel oordeel",
        ),
        wf,
    )
    label(K, "arbodienst/IZP okt 2024.pdf", "inzetbaarheidsprofiel", dao, "zwaluw;IZP annex to AO")

    # --- eindevaluatie -----------------------------------------------------------------------
    dev = dt.date(2024, 11, 5)
    blocks = [
        Title("Eindevaluatie", sub="Re-integratieverslag — onderdeel eindevaluatie van werkgever en werknemer"),
        Heading("1. Gegevens"),
        Fields(fz + [("Werkgever", c.wg), ("Loonheffingennummer", c.lhn), ("Datum eindevaluatie", D(dev))]),
        Heading("2. Aard van het bedrijf"),
        Para(c.aard),
        Heading("3. Verloop van de re-integratie"),
        Table(
            ["Datum", "Gebeurtenis"],
            [
                [D(c.d0), "uitval"],
                [D(dpa), "probleemanalyse"],
                [D(dpv), "plan van aanpak"],
                ["17-04-2023", "start aangepast werk planning"],
                [D(dbp), "bijstelling probleemanalyse: blijvend rijverbod"],
                [D(dz), "ziekmelding 42e week"],
                [D(dad), "arbeidsdeskundig onderzoek"],
                [D(dej), "eerstejaarsevaluatie"],
                [D(dbv), "aanvulling plan van aanpak (spoor 1 ander werk + spoor 2)"],
                ["01-03-2024", "start expeditie"],
                [D(ddo), "deskundigenoordeel UWV: expeditie passend"],
                ["01-07-2024", "32 uur expeditie, contractwijziging"],
                [D(dao), "actueel oordeel bedrijfsarts"],
            ],
        ),
        Heading("4. Stand van zaken"),
        Para(
            "Ronald werkt 32 uur per week als medewerker expeditie; het contract is per 1 juli 2024 aangepast. Het tweede spoor is in september 2024 afgesloten na de structurele plaatsing."
        ),
        Heading("5. Mening werkgever over de arbeidsrelatie"),
        Para("Goed, geen verstoringen."),
        Heading("6. Mening werkgever over passende arbeid"),
        Para(
            "Van der Zwaluw biedt passende arbeid voor 32 uur per week. Uitbreiding naar 36 uur is in overleg mogelijk."
        ),
        Heading("7. Mening werknemer"),
        Para("Ik ben blij dat ik bij de zaak kan blijven. Meer dan 32 uur lukt mij niet."),
        Signatures([Sig("Werkgever", c.cm, c.cm_func, D(dev)), Sig("Werknemer", naam, "", D(dev))]),
    ]
    write_pdf3(out(K, "re-integratie/EV_Brink.pdf"), blocks, zw, running_header=f"Eindevaluatie · {naam}")
    label(K, "re-integratie/EV_Brink.pdf", "eindevaluatie", dev, "zwaluw;week 91")

    # --- oordeel werknemer (scan of UWV-style form, handwritten answers rendered) ---------
    dow = dt.date(2024, 11, 12)
    blocks = [
        Title("Oordeel werknemer", sub="over het re-integratieverslag"),
        Fields(
            [
                ("Naam", "R.J. Brink"),
                ("BSN", fmt_bsn(c.bsn, "spaces")),
                ("Naam werkgever", "Van der Zwaluw Transport BV"),
            ]
        ),
        Heading("1. Bent u het eens met de inhoud van het re-integratieverslag?"),
        Para("[X] ja, helemaal      [ ] ja, gedeeltelijk      [ ] nee"),
        Heading("2. Toelichting"),
        Para(
            "De werkgever heeft veel voor mij gedaan. Het klopt wat er in staat. Ik werk 32 uur in de hal en dat is genoeg voor mij, ik ben na een dag werken echt moe."
        ),
        Heading("3. Bent u het eens met de re-integratie-inspanningen van uw werkgever?"),
        Para("[X] ja   [ ] nee"),
        Signatures([Sig("Handtekening werknemer", "R.J. Brink", "", "Veghel, " + D(dow))]),
    ]
    write_scan_pdf(
        out(K, "re-integratie/scan0007.pdf"),
        blocks,
        Style(key="ow-brink", org="", letterhead="none", font="sans"),
        rotate_deg=1.1,
        noise=0.6,
    )
    label(K, "re-integratie/scan0007.pdf", "oordeel_werknemer", dow, "zwaluw;scanned form; uninformative name")


# ============================================================================================
# CASE C — primary school board, regional arbodienst, separate 2nd-track bureau
# ============================================================================================


def case_c() -> None:
    K = "waalrand-kersten"
    rng = random.Random(33003)
    c = Case(
        key=K,
        d0=dt.date(2024, 1, 15),
        aanhef="mevrouw",
        wn_naam="Y.M. Kersten",
        wn_kort="mevrouw Kersten",
        wn_voornaam="Yvonne",
        geb=dt.date(1979, 3, 22),
        adres="Hoenderik 9, 6671 GL Zetten",
        bsn=make_bsn(rng),
        functie="Leerkracht basisonderwijs (L10), groep 5/6, OBS De Vlinderhof",
        uren="WTF 0,8000 (32 uur; ma, di, do, vr)",
        in_dienst=dt.date(2005, 8, 1),
        wg="Stichting Primair Onderwijs Waalrand",
        wg_adres="Molenstraat 14, 6681 AM Bemmel",
        kvk="09173520",
        lhn="8092.57.003.L01",
        aard=(
            "Schoolbestuur voor openbaar primair onderwijs: 14 basisscholen en 1 school voor speciaal "
            "basisonderwijs in de Over-Betuwe en Lingewaard, circa 3.100 leerlingen en 320 medewerkers "
            "(onderwijzend personeel, onderwijsondersteunend personeel en bestuursbureau). CAO Primair Onderwijs."
        ),
        ba="S.K. Hiemstra",
        ba_func="bedrijfsarts",
        big="69088412101",
        arbo="Arbodienst Gelderse Poort",
        cm="B. (Bart) Rozendaal",
        cm_func="HR-adviseur / casemanager bestuursbureau",
        lg="W. (Wilma) de Groot",
        lg_func="directeur OBS De Vlinderhof",
        verzuimnr="AGP/24/00612",
    )
    assert bsn_valid(c.bsn)
    spow = Style(
        key="spow",
        org="Stichting Primair Onderwijs Waalrand",
        org_lines=(
            "bestuursbureau  ·  Molenstraat 14  ·  6681 AM Bemmel",
            "0481 - 45 72 00  ·  info@spow-onderwijs.nl",
        ),
        font="sans",
        accent=(30, 110, 190),
        letterhead="left",
        footer="SPOW  ·  KvK 09173520  ·  samen leren, samen groeien",
        docx_form=True,
    )
    spow_plain = Style(
        key="spow-plain",
        org="Stichting Primair Onderwijs Waalrand",
        org_lines=("OBS De Vlinderhof  ·  Vlinderhof 2  ·  6671 BE Zetten",),
        font="sans",
        accent=(30, 110, 190),
        letterhead="left",
        footer="SPOW  ·  KvK 09173520",
    )
    agp = Style(
        key="agp",
        org="Arbodienst Gelderse Poort",
        org_lines=(
            "Regionale arbodienst voor onderwijs, zorg en overheid",
            "Velperweg 88, 6824 HK Arnhem  ·  026 - 351 09 40  ·  www.arbo-geldersepoort.nl",
        ),
        font="serif",
        accent=(90, 90, 30),
        letterhead="centered",
        footer="Arbodienst Gelderse Poort B.V.  ·  KvK 09211874",
    )
    nk = Style(
        key="nieuwekoers",
        org="Bureau Nieuwe Koers",
        org_lines=(
            "loopbaan · re-integratie · mobiliteit in onderwijs en kinderopvang",
            "Stationsstraat 40, 6851 JW Huissen  ·  026 - 325 11 88",
        ),
        font="condensed",
        accent=(0, 130, 150),
        letterhead="left",
        footer="Bureau Nieuwe Koers (handelsnaam van Koers & Werk V.O.F.)  ·  KvK 71002318  ·  NOLOC-gecertificeerde coaches",
    )
    naam = c.wn_naam
    fz = c.wn_fields()

    # --- ziekmelding form (non) --------------------------------------------------------------
    dzm = dt.date(2024, 1, 15)
    blocks = [
        Title("Melding ziekte en herstel personeel"),
        Fields(
            [
                ("School", "OBS De Vlinderhof, Zetten (brin 13XK)"),
                ("Naam medewerker", naam),
                ("Functie", "leerkracht groep 5/6"),
                ("Soort melding", "ziekmelding"),
                ("Datum eerste ziektedag", D(c.d0)),
                ("Gemeld door", "W. de Groot, directeur"),
                ("Datum melding", D(dzm)),
            ]
        ),
        Table(
            ["Vraag", "Antwoord"],
            [
                ["Vervanging geregeld?", "ja, via Vervangerspool Betuwe (ma/di), do/vr duo-collega"],
                ["Arbeidsongeval?", "nee"],
                ["Zwangerschap gerelateerd?", "nee"],
                ["Verwachte duur", "onbekend"],
                ["Contact afgesproken", "directeur belt vrijdag"],
            ],
        ),
        Para(
            "Toelichting: Yvonne heeft zich vanochtend ziek gemeld. Zij gaf aan al een tijd slecht te slapen en het niet meer te trekken. Na de kerstvakantie liep het vast."
        ),
        Para(
            "Dit formulier binnen 1 werkdag mailen naar personeelszaken@spow-onderwijs.nl; personeelszaken meldt door aan de arbodienst."
        ),
    ]
    write_pdf3(out(K, "administratie/melding_ziekte_YK.pdf"), blocks, spow_plain)
    label(K, "administratie/melding_ziekte_YK.pdf", "", dzm, "waalrand;school's internal sick report (non-RIV)")

    # --- toestemming delen gegevens (non) -------------------------------------------------
    dtg = dt.date(2024, 2, 20)
    blocks = [
        Title(
            "Formulier toestemming delen van gegevens", sub="machtiging voor het opvragen en verstrekken van informatie"
        ),
        Fields([("Naam", naam), ("Geboortedatum", D(c.geb)), ("Dossiernummer", c.verzuimnr)]),
        Para("Ondergetekende geeft hierbij toestemming aan de bedrijfsarts van Arbodienst Gelderse Poort om:"),
        Table(
            ["", "Toestemming", "Voor welke partij"],
            [
                [
                    "a",
                    "ja",
                    "informatie op te vragen bij mijn behandelaar(s): huisarts en GZ-psycholoog (Psychologenpraktijk Linge)",
                ],
                ["b", "ja", "functionele gegevens (beperkingen en mogelijkheden) te delen met een arbeidsdeskundige"],
                ["c", "nee", "gegevens te delen met een re-integratiebureau (vraag ik later opnieuw aan)"],
                ["d", "ja", "medische gegevens te verstrekken aan de verzekeringsarts van UWV"],
            ],
        ),
        Para(
            "Ik ben erop gewezen dat deze toestemming vrijwillig is, dat ik haar op elk moment kan intrekken en dat de informatie alleen wordt gebruikt voor mijn begeleiding bij verzuim en re-integratie. Deze toestemming is geldig tot het einde van mijn verzuimperiode, maar maximaal 2 jaar."
        ),
        Signatures([Sig("Werknemer", naam, "", D(dtg))]),
    ]
    write_pdf3(out(K, "arbodienst/toestemming.pdf"), blocks, agp)
    label(K, "arbodienst/toestemming.pdf", "", dtg, "waalrand;consent form for sharing data (non-RIV)")

    # --- probleemanalyse --------------------------------------------------------------------
    dpa = c.d(36)  # 2024-02-20
    blocks = [
        Title("Advies van de bedrijfsarts", sub="Probleemanalyse in het kader van de Wet verbetering poortwachter"),
        Fields(
            [
                ("Werkgever", f"{c.wg} — {c.lg_func}"),
                ("Werknemer", naam),
                ("Geboortedatum", D(c.geb)),
                ("BSN", c.bsn),
                ("Functie", "leerkracht basisonderwijs"),
                ("Eerste ziektedag", D(c.d0)),
                ("Datum consult", D(dpa)),
                ("Dossier", c.verzuimnr),
            ]
        ),
        Heading("Aanleiding"),
        Para(
            "U ontvangt dit advies omdat er sprake is van dreigend langdurig verzuim. Ik heb mevrouw Kersten vandaag voor de tweede keer gesproken, eerder op 31 januari 2024 (eerste consult)."
        ),
        Heading("Functionele anamnese"),
        Para(
            "Mevrouw ervaart sinds het najaar van 2023 toenemende klachten van uitputting, slecht slapen, "
            "concentratieproblemen en prikkelbaarheid. Zij ervaart het lesgeven aan een combinatiegroep met "
            "veel zorgleerlingen als zeer belastend. Thuis speelt de zorg voor een ouder. Op dit moment kan "
            "zij zich maximaal een half uur concentreren, is zij snel overprikkeld door geluid en drukte en "
            "kost het nemen van beslissingen haar veel moeite. Zij heeft een behandeling gestart in de "
            "basis-GGZ."
        ),
        Heading("Belastbaarheid"),
        Bullets(
            [
                "Persoonlijk functioneren: beperkt — geen werk met hoog tempo, deadlines of veel onverwachte gebeurtenissen; concentratie kort.",
                "Sociaal functioneren: beperkt — geen conflicthantering, geen intensief contact met ouders.",
                "Geen verantwoordelijkheid voor een groep leerlingen.",
                "Fysiek: geen beperkingen.",
                "Werktijden: op dit moment 2 x 2 uur per week, ochtend, in een rustige ruimte.",
            ]
        ),
        Heading("Prognose"),
        Para(
            "Ik verwacht dat mevrouw binnen 3 tot 6 maanden kan opbouwen in aangepaste taken. Terugkeer in het eigen werk met groepsverantwoordelijkheid verwacht ik niet binnen 6 maanden. De prognose op langere termijn is redelijk, mits de behandeling aanslaat en de belasting thuis afneemt."
        ),
        Heading("Advies"),
        Bullets(
            [
                "Start na de voorjaarsvakantie met re-integratie op school: 2 ochtenden van 2 uur, taken zonder groepsverantwoordelijkheid (bijv. materiaal voorbereiden, toetsen nakijken, bibliotheek).",
                "Geen contact met ouders; geen vergaderingen.",
                "Casemanager en directeur stellen met werknemer binnen 2 weken het plan van aanpak op.",
                "Werknemer zet de behandeling voort.",
                "Vervolgconsult over 6 weken.",
            ]
        ),
        Para(
            "Dit advies bevat geen medische gegevens. Werknemer heeft kennis genomen van de inhoud en is akkoord met verzending."
        ),
        Signatures([Sig("Bedrijfsarts", c.ba, f"bedrijfsarts, BIG-registratie {c.big}", L(dpa))]),
        Para("cc: mevrouw Y.M. Kersten; W. de Groot (directeur); B. Rozendaal (casemanager)"),
    ]
    write_pdf3(
        out(K, "arbodienst/Advies bedrijfsarts 20-02-2024.pdf"),
        blocks,
        agp,
        running_header=f"Vertrouwelijk · {c.verzuimnr}",
    )
    label(
        K,
        "arbodienst/Advies bedrijfsarts 20-02-2024.pdf",
        "probleemanalyse",
        dpa,
        "waalrand;title 'Advies van de bedrijfsarts'",
    )

    # --- plan van aanpak (docx form) -------------------------------------------------------
    dpv = dt.date(2024, 3, 1)
    blocks = [
        Title("Plan van aanpak re-integratie"),
        Heading("Gegevens werknemer"),
        Fields(fz),
        Heading("Gegevens werkgever"),
        Fields(
            [
                ("Werkgever", c.wg),
                ("School", "OBS De Vlinderhof, Zetten"),
                ("Leidinggevende", c.lg),
                ("Casemanager", c.cm),
                ("Arbodienst", f"{c.arbo}, {c.ba}"),
                ("Loonheffingennummer", c.lhn),
            ]
        ),
        Heading("Opleiding en bekwaamheden"),
        Para(
            "PABO (2002), bevoegd leerkracht primair onderwijs; specialisatie rekenen (master SEN onderdeel rekenen, 2015); cursus Kanjertraining; BHV."
        ),
        Heading("Re-integratiedoel"),
        Para(
            "Terugkeer in de eigen functie van leerkracht (spoor 1), via opbouw in aangepaste taken zonder groepsverantwoordelijkheid."
        ),
        Heading("Afspraken"),
        Table(
            ["Activiteit", "Wie", "Wanneer"],
            [
                ["Re-integratie op school 2 x 2 uur, taken zonder groep", "Yvonne / Wilma", "vanaf 4-03-2024"],
                ["Uitbreiding in overleg met bedrijfsarts", "bedrijfsarts", "na consult april"],
                ["Behandeling basis-GGZ", "Yvonne", "lopend"],
                ["Wekelijks kort contact met directeur", "Wilma", "vanaf 4-03-2024"],
                ["Evaluatie plan van aanpak", "Bart / Wilma / Yvonne", "elke 6 weken, eerste 11-04-2024"],
            ],
        ),
        Heading("Evaluatiemomenten"),
        Para("11 april 2024, 23 mei 2024, daarna elke 6 weken; eerstejaarsevaluatie in december 2024."),
        Heading("Visie werkgever"),
        Para(
            "Wij zetten in op rustige opbouw. Yvonne is een gewaardeerde collega; we willen dat zij op termijn weer een groep kan draaien."
        ),
        Heading("Visie werknemer"),
        Para("Ik ben het eens met het plan. Ik wil heel graag terug voor de klas, maar weet niet of dat lukt."),
        Signatures(
            [
                Sig("Werknemer", naam, "", D(dpv)),
                Sig("Werkgever", c.lg, c.lg_func, D(dpv)),
                Sig("Casemanager", c.cm, "HR-adviseur", D(dpv)),
            ]
        ),
    ]
    write_docx(out(K, "re-integratie/PvA YK maart 2024.docx"), blocks, spow)
    label(K, "re-integratie/PvA YK maart 2024.docx", "plan_van_aanpak", dpv, "waalrand;docx form layout")

    # --- tussentijdse evaluaties -----------------------------------------------------------
    for i, (de, txt, uren, nxt) in enumerate(
        [
            (
                dt.date(2024, 4, 11),
                "Yvonne is op 4 maart gestart met 2 x 2 uur. Zij bereidt rekenmateriaal voor en kijkt toetsen na in de teamkamer. Dit gaat goed, al is zij na afloop erg moe. Zij heeft de bedrijfsarts op 3 april gezien; uitbreiding naar 3 x 3 uur is toegestaan.",
                "3 x 3 uur",
                "23-05-2024",
            ),
            (
                dt.date(2024, 5, 23),
                "De opbouw stagneert. Yvonne werkt 3 x 3 uur, maar na een poging om een half uur een rekengroepje te begeleiden kreeg zij een terugval met meer slaapproblemen. De behandelaar heeft voorgesteld de behandeling te intensiveren. Afgesproken dat er voorlopig geen leerlingcontact is. De bedrijfsarts wordt gevraagd de belastbaarheid opnieuw te bekijken.",
                "3 x 3 uur (gelijk)",
                "04-07-2024",
            ),
        ],
        1,
    ):
        blocks = [
            Title("Gespreksverslag evaluatie plan van aanpak"),
            Fields(
                [
                    ("Werknemer", naam),
                    ("Datum gesprek", D(de)),
                    ("Aanwezig", "Yvonne Kersten, Wilma de Groot, Bart Rozendaal"),
                    ("Verzuimweek", str(week(c, de))),
                ]
            ),
            Heading("Voortgang"),
            Para(txt),
            Heading("Afspraken"),
            Bullets(
                [
                    f"Werktijden: {uren}.",
                    "Taken: voorbereiden en nakijken, geen ouders, geen vergaderingen.",
                    f"Volgend gesprek: {nxt}.",
                ]
            ),
            Signatures([Sig("Casemanager", c.cm, "", D(de)), Sig("Werknemer", naam, "", D(de))]),
        ]
        nm = "re-integratie/verslag april.pdf" if i == 1 else "re-integratie/gespreksverslag 2.docx"
        if i == 1:
            write_pdf3(out(K, nm), blocks, spow_plain)
        else:
            write_docx(
                out(K, nm),
                blocks,
                Style(
                    key="spow-docx",
                    org="SPOW",
                    org_lines=("OBS De Vlinderhof",),
                    font="sans",
                    accent=(30, 110, 190),
                    footer="SPOW · vertrouwelijk",
                ),
            )
        label(K, nm, "tussentijdse_evaluatie", de, f"waalrand;evaluation {i}")

    # --- planning e-mail thread (non) ------------------------------------------------------
    dml = dt.date(2024, 6, 27)
    body = (
        "Hoi Bart,\n\nDonderdag 4 juli om 15.00 uur is prima. Dan zitten we in de kamer van de IB'er, die is "
        "dan vrij. Ik heb Yvonne al gebeld, zij komt ook.\n\nGroet,\nWilma\n\n"
        "Wilma de Groot | directeur OBS De Vlinderhof | 0488 - 45 19 30 (di t/m vr)\n\n"
        "Op wo 26 jun 2024 om 16:41 schreef Bart Rozendaal <b.rozendaal@spow-onderwijs.nl>:\n"
        "> Hallo Wilma en Yvonne,\n>\n> Het volgende evaluatiegesprek moet weer gepland worden. De "
        "bedrijfsarts heeft\n> Yvonne op 25 juni gezien en het advies bijgesteld (zie jullie mail van de "
        "arbodienst).\n> Kan donderdag 4 juli om 15.00 uur of vrijdag 5 juli om 9.00 uur?\n>\n> Groet, Bart\n>\n"
        "> Op di 25 jun 2024 om 12:02 schreef Yvonne Kersten <ymkersten@gmail.com>:\n"
        ">> Hoi Bart, ik heb net de bedrijfsarts gehad. Ze stuurt haar advies vandaag op. Ik\n"
        ">> ben er niet blij mee maar het is wel eerlijk. Groetjes Yvonne\n"
    )
    write_eml(
        out(K, "mail/RE Planning evaluatiegesprek.eml"),
        {
            "From": "Wilma de Groot <w.degroot@vlinderhof-zetten.nl>",
            "To": "Bart Rozendaal <b.rozendaal@spow-onderwijs.nl>",
            "Cc": "Yvonne Kersten <ymkersten@gmail.com>",
            "Subject": "RE: Planning evaluatiegesprek",
            "Date": mail_date(dml, 8, 17),
            "Message-ID": "<CAF1x9.20240627@vlinderhof-zetten.nl>",
            "In-Reply-To": "<CAF1x8.20240626@spow-onderwijs.nl>",
        },
        body,
    )
    label(
        K,
        "mail/RE Planning evaluatiegesprek.eml",
        "",
        dml,
        "waalrand;e-mail thread about planning (non-RIV), quotes earlier mails",
    )

    # --- behandelverslag psycholoog (MI) ---------------------------------------------------
    dmi = dt.date(2024, 6, 10)
    blocks = [
        Para(
            f"Aan: mevrouw S.K. Hiemstra, bedrijfsarts\nArbodienst Gelderse Poort\nVelperweg 88\n6824 HK Arnhem\n\nHuissen, {L(dmi)}"
        ),
        Title("Informatie over behandeling", sub=f"betreft: mevr. Y.M. Kersten, geb. {D(c.geb)}"),
        Para(
            "Geachte mevrouw Hiemstra,\n\nNaar aanleiding van uw verzoek van 28 mei 2024, en met toestemming van cliënte (getekende machtiging in ons dossier), beantwoord ik uw vragen."
        ),
        Heading("Klachten en diagnose"),
        Para(
            "Cliënte is op 5 februari 2024 aangemeld door de huisarts met somberheid, uitputting, slaapproblemen en piekeren. Bij intake voldeed zij aan de criteria voor een depressieve stoornis, eenmalige episode, matig (DSM-5 296.22), met daarnaast kenmerken van overspanning. Op de PHQ-9 scoorde zij bij intake 17, op 3 juni 14."
        ),
        Heading("Behandeling"),
        Para(
            "Cognitieve gedragstherapie, 9 sessies tot nu toe. Gezien het beperkte herstel en de terugval in mei wordt de behandeling voortgezet in de gespecialiseerde GGZ (GGZ Rivierenland, team Stemming), met aanvullend consult psychiater voor medicatie. Aanmelding is verzonden; de wachttijd is circa 8 weken."
        ),
        Heading("Prognose"),
        Para(
            "Herstel is te verwachten, maar zal naar mijn inschatting meer tijd vragen dan aanvankelijk gedacht: eerder 9 tot 12 maanden dan 3 tot 6 maanden. Hoge werkdruk en intensief contact met groepen kunnen herstel vertragen."
        ),
        Para(
            "Met vriendelijke groet,\n\ndrs. F.A. Lensink, GZ-psycholoog (BIG 39061118225)\nPsychologenpraktijk Linge, Dorpsstraat 55, 6851 EB Huissen"
        ),
    ]
    write_pdf3(
        out(K, "arbodienst/brief_lensink.pdf"),
        blocks,
        Style(
            key="linge",
            org="Psychologenpraktijk Linge",
            org_lines=("Dorpsstraat 55, 6851 EB Huissen  ·  026 - 325 60 21",),
            font="serif",
            accent=(60, 100, 60),
            letterhead="left",
            footer="Psychologenpraktijk Linge · AGB 94-061118 · vertrouwelijk",
        ),
    )
    label(
        K,
        "arbodienst/brief_lensink.pdf",
        "medische_informatie",
        dmi,
        "waalrand;psychologist's treatment report; no 'medische informatie' words",
    )

    # --- bijstelling PA + FML ---------------------------------------------------------------
    dbp = dt.date(2024, 6, 25)
    blocks = [
        Title("Advies van de bedrijfsarts", sub="bijstelling probleemanalyse"),
        Fields(
            [
                ("Werknemer", naam),
                ("BSN", c.bsn),
                ("Datum consult", D(dbp)),
                ("Eerdere probleemanalyse", D(dpa)),
                ("Dossier", c.verzuimnr),
            ]
        ),
        Heading("Reden"),
        Para(
            "In de evaluatie van 23 mei 2024 is gevraagd de belastbaarheid opnieuw te beoordelen. Na een terugval in mei is de belastbaarheid afgenomen en het beloop trager dan verwacht. Daarom stel ik de probleemanalyse bij."
        ),
        Heading("Belastbaarheid en prognose"),
        Para(
            "Zie het bijgevoegde belastbaarheidsprofiel. Mevrouw kan 3 x 3 uur werken in rustige taken zonder leerlingcontact. Een terugkeer in de eigen functie verwacht ik niet binnen het eerste ziektejaar; op termijn is die onzeker. De behandeling wordt geïntensiveerd."
        ),
        Heading("Advies"),
        Bullets(
            [
                "Handhaaf 3 x 3 uur, geen verdere opbouw tot september.",
                "Onderzoek vóór de eerstejaarsevaluatie met een arbeidsdeskundige welke functies binnen de stichting passend zijn (bijv. onderwijsondersteunend, bestuursbureau).",
                "Houd rekening met de mogelijkheid van een tweede spoor.",
                "Stel het plan van aanpak bij.",
            ]
        ),
        Signatures([Sig("Bedrijfsarts", c.ba, f"BIG {c.big}", L(dbp))]),
    ]
    write_pdf3(
        out(K, "arbodienst/Advies bedrijfsarts 25-06-2024.pdf"),
        blocks,
        agp,
        running_header=f"Vertrouwelijk · {c.verzuimnr}",
    )
    label(
        K,
        "arbodienst/Advies bedrijfsarts 25-06-2024.pdf",
        "bijstelling_probleemanalyse",
        dbp,
        "waalrand;same title as the PA ('Advies van de bedrijfsarts')",
    )
    fml = [
        [
            "1. Persoonlijk functioneren",
            "1.1 Concentreren van de aandacht",
            "beperkt: kan zich maximaal 1 uur concentreren, daarna pauze",
        ],
        ["", "1.2 Verdelen van de aandacht", "beperkt: niet meerdere taken tegelijk"],
        ["", "1.9 Handelingstempo", "beperkt: laag tempo, geen productienormen"],
        ["", "1.10 Deadlines/productiepieken", "beperkt: geen"],
        ["2. Sociaal functioneren", "2.3 Emotionele problemen van anderen hanteren", "beperkt"],
        ["", "2.4 Conflicten hanteren", "beperkt: niet"],
        ["", "2.6 Direct leidinggeven / groepsverantwoordelijkheid", "beperkt: niet"],
        ["3. Fysieke omgevingseisen", "3.8 Lawaai / geluidsprikkels", "beperkt: rustige omgeving"],
        ["4. Dynamische handelingen", "—", "geen beperkingen"],
        ["5. Statische houdingen", "—", "geen beperkingen"],
        ["6. Werktijden", "6.1 Avond- en nachtwerk", "geen avondbijeenkomsten"],
        ["", "6.2 Uren per dag / per week", "3 uur per dag, 9 uur per week"],
    ]
    blocks = [
        Title(
            "Belastbaarheidsprofiel",
            sub="functionele mogelijkheden en beperkingen (indeling volgens de rubrieken van de FML)",
        ),
        Fields(
            [
                ("Naam", naam),
                ("Geboortedatum", D(c.geb)),
                ("Datum", D(dbp)),
                ("Opgesteld door", f"{c.ba}, bedrijfsarts"),
            ]
        ),
        Table(["Rubriek", "Item", "Beoordeling"], fml),
        Para(
            "Niet genoemde items: normaalwaarde. Dit profiel is gebaseerd op eigen onderzoek en informatie van de behandelaar. Geldig tot nader advies."
        ),
        Signatures([Sig("Bedrijfsarts", c.ba, "bedrijfsarts", D(dbp))]),
    ]
    write_pdf3(out(K, "arbodienst/bijlage.pdf"), blocks, agp)
    label(
        K,
        "arbodienst/bijlage.pdf",
        "inzetbaarheidsprofiel",
        dbp,
        "waalrand;FML-style belastbaarheidsprofiel; uninformative name",
    )

    # --- 42e-weeksmelding (docx copy) ------------------------------------------------------
    dz = dt.date(2024, 10, 31)
    blocks = [
        Title("Bevestiging verzending Ziekmelding langdurig zieke werknemer"),
        Fields(
            [
                ("Verzonden door", "SPOW personeelszaken (A. Peters)"),
                ("Datum verzending", D(dz)),
                ("Werkgever", c.wg),
                ("Loonheffingennummer", c.lhn),
                ("Werknemer", naam),
                ("BSN", c.bsn),
                ("Eerste arbeidsongeschiktheidsdag", D(c.d0)),
                ("Week van melding", str(week(c, dz))),
                ("Gedeeltelijk hersteld", "ja, werkt 12 uur aangepast"),
                ("Referentienummer UWV", "LZ-2024-10-8841726"),
            ]
        ),
        Para(
            "Let op: bewaar deze bevestiging in het re-integratiedossier. UWV stuurt binnen 2 weken informatie over de eerstejaarsevaluatie."
        ),
    ]
    write_docx(
        out(K, "administratie/ziekmelding 42 weken YK.docx"),
        blocks,
        Style(key="spow-adm", org="SPOW personeelszaken", font="sans", accent=(30, 110, 190), footer="SPOW"),
    )
    label(
        K,
        "administratie/ziekmelding 42 weken YK.docx",
        "ziekmelding_uwv",
        dz,
        "waalrand;42nd-week report confirmation (docx)",
    )

    # --- AD-rapport --------------------------------------------------------------------------
    dad = dt.date(2024, 11, 26)
    p = {
        "cover_title": "Arbeidsdeskundige rapportage",
        "cover_sub": "Onderzoek naar passende arbeid binnen en buiten de organisatie",
        "samenvatting": "Mevrouw Kersten is niet geschikt voor haar eigen werk als leerkracht met groepsverantwoordelijkheid; een prognose op terugkeer binnen het tweede ziektejaar is ongunstig. Binnen SPOW is onderwijsondersteunend werk zonder groep (remedial teaching in zeer kleine groepjes is nog niet passend; materiaalontwikkeling rekenen en administratieve ondersteuning van het bestuursbureau wel) tijdelijk beschikbaar voor 12 uur. Er is geen structurele passende formatie. Ik adviseer om spoor 1 (aangepast/ander werk 12 uur) te combineren met een tweede spoor, gericht op functies in educatieve uitgeverij, bibliotheek/educatie en administratie.",
        "dossier": "BA-24-331",
        "ad": "drs. L. Aydin, register-arbeidsdeskundige",
        "ad_naam": "drs. L. Aydin",
        "ad_func": "register-arbeidsdeskundige, Betuwe Arbeidsdeskundig Advies",
        "inleiding": "SPOW heeft mij gevraagd, op advies van de bedrijfsarts (bijstelling probleemanalyse 25 juni 2024), een arbeidsdeskundig onderzoek uit te voeren ter voorbereiding op de eerstejaarsevaluatie.",
        "vragen": [
            "Is het eigen werk passend of passend te maken?",
            "Welke passende arbeid is er binnen de stichting?",
            "Is een tweede spoor noodzakelijk?",
        ],
        "bronnen": [
            ["Probleemanalyse", D(dpa)],
            ["Plan van aanpak", D(dpv)],
            ["Bijstelling probleemanalyse en belastbaarheidsprofiel", D(dbp)],
            ["Gespreksverslagen", "11-04, 23-05, 04-07, 12-09, 24-10-2024"],
            ["Functiebeschrijving leerkracht L10", "SPOW functieboek 2022"],
        ],
        "gesprekken": [
            ["Intake", "werknemer", "05-11-2024"],
            ["Gesprek", "W. de Groot en B. Rozendaal", "05-11-2024"],
            ["Overleg", "S.K. Hiemstra, bedrijfsarts", "12-11-2024"],
        ],
        "werkgever": "SPOW is een schoolbestuur met 14 basisscholen. Er is een bestuursbureau met 16 medewerkers. In het onderwijs is sprake van een lerarentekort; onderwijsondersteunende en bestuursbureau-functies zijn beperkt in aantal.",
        "werknemer": "Mevrouw Kersten (45) is sinds 2005 leerkracht bij SPOW, de laatste 8 jaar op De Vlinderhof. Zij heeft een master SEN met specialisatie rekenen. Zij is getrouwd, twee kinderen (12 en 15). Zij heeft mantelzorgtaken voor haar vader.",
        "opleiding": [["HAVO", "1997", "ja"], ["PABO", "2002", "ja"], ["Master SEN (rekenen)", "2015", "ja"]],
        "werkervaring": [
            ["SPOW (De Vlinderhof)", "leerkracht groep 5/6", "2016 - heden"],
            ["SPOW (OBS De Bongerd)", "leerkracht groep 3/4", "2005 - 2016"],
            ["Basisschool Nijmegen", "leerkracht (invaller)", "2002 - 2005"],
        ],
        "functie_intro": "De leerkracht is verantwoordelijk voor het onderwijs aan een combinatiegroep van 27 leerlingen, waarvan 6 met een ontwikkelingsperspectief of arrangement.",
        "taken": [
            ["Lesgeven en klassenmanagement", "60%", "verdeelde aandacht, geluid, groepsverantwoordelijkheid"],
            ["Voorbereiding, nakijken", "15%", "concentratie"],
            ["Oudercontacten", "10%", "conflicthantering, emoties"],
            ["Teamvergaderingen, studiedagen", "10%", "avondbijeenkomsten"],
            ["Pleinwacht, excursies", "5%", "drukte"],
        ],
        "belastbaarheid": "Volgens het belastbaarheidsprofiel van 25 juni 2024 (door de bedrijfsarts bevestigd op 12 november 2024): beperkingen in persoonlijk en sociaal functioneren, rustige omgeving, 3 uur per dag, 12 uur per week.",
        "vergelijking": [
            ["Verdeelde aandacht", "continu", "beperkt", "ja"],
            ["Groepsverantwoordelijkheid", "kern van de functie", "niet", "ja"],
            ["Conflicthantering (ouders)", "regelmatig", "niet", "ja"],
            ["Geluid/drukte", "continu", "rustige omgeving", "ja"],
            ["Arbeidsduur", "32 uur", "12 uur", "ja"],
            ["Fysiek", "licht-middel", "geen beperking", "nee"],
        ],
        "vergelijking_concl": "Het eigen werk is op wezenlijke punten niet passend.",
        "aanpassing": "Een kleinere groep of duobaan lost de kernbelasting (groepsverantwoordelijkheid, verdeelde aandacht) niet op.",
        "intern_intro": "Met de casemanager zijn de volgende mogelijkheden binnen SPOW verkend:",
        "intern": [
            ["Onderwijsassistent", "scholen", "nee", "leerlingcontact, groepjes"],
            ["Ontwikkelaar rekenmateriaal (project)", "bovenschools", "ja", "tijdelijk project tot 1-8-2025, 8 uur"],
            ["Administratief medewerker bestuursbureau", "bestuursbureau", "ja", "4 uur tijdelijk"],
            ["Intern begeleider", "scholen", "nee", "oudergesprekken, complexiteit"],
        ],
        "extern": "Buiten SPOW zie ik mogelijkheden als redacteur/medewerker educatieve uitgeverij, medewerker educatie bij een bibliotheek (zonder groepen) en administratief medewerker in het onderwijs of bij een gemeente.",
        "extern_tabel": [
            ["Medewerker educatieve uitgeverij", "HBO", "beperkt", "kansrijk door rekenspecialisatie"],
            ["Medewerker bibliotheek (back-office)", "MBO/HBO", "redelijk", "rustig"],
            ["Administratief medewerker", "MBO 3-4", "goed", "lager loon"],
        ],
        "loonwaarde": "De tijdelijke functies binnen SPOW worden betaald op basis van het huidige salaris. Buiten het onderwijs is het verdienvermogen naar verwachting 20-35% lager.",
        "antwoorden": [
            "Eigen werk is niet passend en niet passend te maken in het tweede ziektejaar.",
            "Er is tijdelijk passend werk voor 12 uur binnen SPOW.",
            "Een tweede spoor is noodzakelijk; start uiterlijk 6 weken na de eerstejaarsevaluatie.",
        ],
        "advies": [
            "Stel het plan van aanpak bij (spoor 1 ander werk tijdelijk + spoor 2).",
            "Schakel een re-integratiebureau in met kennis van het onderwijs.",
            "Vraag de bedrijfsarts in maart 2025 om een actualisatie van de belastbaarheid.",
        ],
        "bespreking": "Besproken met werkneemster op 26 november 2024. Zij is verdrietig over de conclusie maar kan zich er in vinden.",
        "bijlage": [
            "Verzorgt onderwijs aan een groep leerlingen volgens het schoolplan.",
            "Stemt af met ouders en intern begeleider.",
            "Neemt deel aan teamoverleg en professionalisering.",
            "Voert pleinwacht en surveillance uit.",
        ],
    }
    ad_style = Style(
        key="betuwe-ad",
        org="Betuwe Arbeidsdeskundig Advies",
        org_lines=("Kerkstraat 3, 4001 BX Tiel  ·  0344 - 61 22 40",),
        font="sans",
        accent=(110, 50, 20),
        letterhead="left",
        footer="Betuwe Arbeidsdeskundig Advies · KvK 73390012 · lid NVvA",
    )
    write_pdf3(
        out(K, "re-integratie/Rapportage BA-24-331.pdf"),
        ad_report(c, dad, p),
        ad_style,
        running_header=f"BA-24-331 · {naam} · vertrouwelijk",
    )
    label(K, "re-integratie/Rapportage BA-24-331.pdf", "arbeidsdeskundig_rapport", dad, "waalrand;AD report")

    # --- EJE (scan) -------------------------------------------------------------------------
    dej = dt.date(2024, 12, 17)
    blocks = [
        Title("Eerstejaarsevaluatie re-integratie"),
        Fields(
            [
                ("Werknemer", naam),
                ("BSN", c.bsn),
                ("Eerste ziektedag", D(c.d0)),
                ("Datum evaluatie", D(dej)),
                ("Aanwezig", "Y. Kersten, W. de Groot, B. Rozendaal"),
            ]
        ),
        Heading("Terugblik eerste ziektejaar"),
        Para(
            "Na de probleemanalyse van 20-02-2024 is gestart met aangepaste taken op school. In mei volgde een terugval; de bedrijfsarts heeft op 25-06-2024 de probleemanalyse bijgesteld. Sinds september werkt Yvonne 12 uur (3 x 4 uur) aan rekenmateriaal voor het bovenschoolse rekenproject en ondersteunt zij het bestuursbureau. De arbeidsdeskundige (rapport 26-11-2024) stelt dat het eigen werk niet passend is en adviseert een tweede spoor."
        ),
        Heading("Beoogd resultaat einde tweede ziektejaar"),
        Para("Duurzaam passend werk voor zo veel mogelijk uren, binnen of buiten SPOW."),
        Heading("Aanpak"),
        Bullets(
            [
                "Bijstelling plan van aanpak in januari 2025.",
                "Start tweede spoor via Bureau Nieuwe Koers, uiterlijk eind januari 2025.",
                "Voortzetten tijdelijk werk rekenproject (tot 1-8-2025).",
            ]
        ),
        Heading("Visie werkgever"),
        Para(
            "Wij hebben alles geprobeerd om Yvonne voor de klas terug te krijgen. Dat lukt niet binnen afzienbare tijd. We zetten spoor 1 en 2 naast elkaar in."
        ),
        Heading("Visie werknemer"),
        Para("Ik ben het eens met de tweede spoor, ik wil wel blijven werken aan het rekenproject."),
        Signatures(
            [
                Sig("Werkgever", c.lg, "directeur", D(dej)),
                Sig("Casemanager", c.cm, "HR", D(dej)),
                Sig("Werknemer", naam, "", D(dej)),
            ]
        ),
    ]
    write_scan_pdf(
        out(K, "re-integratie/SKM_C30824121715430.pdf"),
        blocks,
        spow_plain,
        rotate_deg=0.6,
        noise=0.45,
        producer="KONICA MINOLTA bizhub C308",
    )
    label(
        K,
        "re-integratie/SKM_C30824121715430.pdf",
        "eerstejaarsevaluatie",
        dej,
        "waalrand;scanned EJE; scanner filename",
    )

    # --- bijstelling PvA ---------------------------------------------------------------------
    dbv = dt.date(2025, 1, 7)
    blocks = [
        Title("Bijstelling plan van aanpak"),
        Heading("Gegevens"),
        Fields(
            [
                ("Naam", naam),
                ("BSN", c.bsn),
                ("Datum bijstelling", D(dbv)),
                ("Aanleiding", "eerstejaarsevaluatie 17-12-2024"),
            ]
        ),
        Heading("Nieuw re-integratiedoel"),
        Para(
            "Spoor 1: ander werk binnen SPOW (rekenproject en bestuursbureau) 12 uur, uitbreiding waar mogelijk. Spoor 2: passend werk bij een andere werkgever via Bureau Nieuwe Koers."
        ),
        Heading("Activiteiten"),
        Table(
            ["Activiteit", "Wie", "Wanneer"],
            [
                ["Opdracht Bureau Nieuwe Koers", "B. Rozendaal", "10-01-2025"],
                ["Intake tweede spoor", "Nieuwe Koers / Yvonne", "januari 2025"],
                ["Consult bedrijfsarts", "S.K. Hiemstra", "maart 2025"],
                ["Evaluatie", "allen", "elke 6 weken"],
            ],
        ),
        Heading("Visie werkgever"),
        Para("Spoor 2 is noodzakelijk."),
        Heading("Visie werknemer"),
        Para("Akkoord."),
        Signatures([Sig("Werknemer", naam, "", D(dbv)), Sig("Werkgever", c.cm, "casemanager", D(dbv))]),
    ]
    write_docx(out(K, "re-integratie/PvA bijstelling jan 2025.docx"), blocks, spow)
    label(K, "re-integratie/PvA bijstelling jan 2025.docx", "bijstelling_plan_van_aanpak", dbv, "waalrand;docx form")

    # --- brochure (non) ----------------------------------------------------------------------
    dbr = dt.date(2024, 9, 1)
    blocks = [
        Title("Een nieuwe koers in je loopbaan", sub="Re-integratie tweede spoor voor onderwijs en kinderopvang"),
        Para(
            "Soms lukt terugkeer in je eigen werk niet. Dan is het tijd om verder te kijken. Bureau Nieuwe Koers helpt medewerkers uit het onderwijs en de kinderopvang om een nieuwe, passende werkplek te vinden — in of buiten de sector."
        ),
        Heading("Onze werkwijze"),
        Bullets(
            [
                "Kennismaking en intake (gratis en vrijblijvend)",
                "Trajectplan op maat met persoonsprofiel en zoekprofiel",
                "Coaching, sollicitatietraining en netwerkgesprekken",
                "Actieve jobhunting in de regio Arnhem-Nijmegen-Betuwe",
                "Rapportages voor werkgever en UWV, conform de eisen van de Wet verbetering poortwachter",
            ]
        ),
        Heading("Tarieven 2024-2025"),
        Table(
            ["Traject", "Duur", "Prijs (excl. btw)"],
            [
                ["Tweede spoor basis", "6 maanden", "€ 2.950"],
                ["Tweede spoor plus (incl. jobhunting)", "9 maanden", "€ 3.850"],
                ["Loopbaancheck", "3 gesprekken", "€ 695"],
            ],
        ),
        Heading("Wat zeggen deelnemers?"),
        Para(
            "'Ik dacht dat ik alleen juf kon zijn. Nu werk ik met veel plezier als educatief medewerker in een museum.' — deelnemer 2023"
        ),
        Para("Meer weten? Bel 026 - 325 11 88 of kijk op www.nieuwekoers-loopbaan.nl"),
    ]
    write_pdf3(out(K, "2e spoor/folder Nieuwe Koers.pdf"), blocks, nk)
    label(K, "2e spoor/folder Nieuwe Koers.pdf", "", dbr, "waalrand;brochure of re-integratiebureau (non-RIV)")

    # --- trajectplan ------------------------------------------------------------------------
    dtp = dt.date(2025, 1, 28)
    blocks = [
        Title("Trajectplan tweede spoor"),
        Fields(
            [
                ("Deelnemer", naam),
                ("Geboortedatum", D(c.geb)),
                ("Werkgever", c.wg),
                ("Contactpersoon werkgever", c.cm),
                ("Coach", "J. (Joris) Steenbergen"),
                ("Intake", "21-01-2025"),
                ("Datum", L(dtp)),
            ]
        ),
        Heading("Vraagstelling"),
        Para(
            "Onderzoeken en realiseren van passend werk bij een andere werkgever, naast of in plaats van het tijdelijke werk bij SPOW, binnen de belastbaarheid zoals beschreven door de bedrijfsarts en de arbeidsdeskundige."
        ),
        Heading("Persoonsprofiel"),
        Para(
            "Yvonne is analytisch, creatief en inhoudelijk sterk in rekendidactiek. Zij werkt graag zelfstandig en nauwkeurig. Belemmerend: vermoeidheid, verminderde stressbestendigheid, weinig zicht op functies buiten het onderwijs."
        ),
        Heading("Zoekprofiel"),
        Bullets(
            [
                "Medewerker/redacteur educatieve uitgeverij (rekenen)",
                "Medewerker educatie bibliotheek of museum (zonder groepen)",
                "Administratief/ondersteunend medewerker onderwijsorganisatie",
            ]
        ),
        Heading("Planning"),
        Table(
            ["Maand", "Activiteit"],
            [
                ["feb 2025", "waardenonderzoek, talentenanalyse"],
                ["mrt 2025", "arbeidsmarktoriëntatie, 3 informatieve gesprekken"],
                ["apr-mei 2025", "CV, LinkedIn, sollicitatietraining"],
                ["jun-sep 2025", "solliciteren, jobhunting, eventueel proefplaatsing"],
            ],
        ),
        Para("Rapportage aan werkgever: elke 3 maanden en bij afsluiting."),
        Signatures([Sig("Coach", "J. Steenbergen", "Bureau Nieuwe Koers", D(dtp)), Sig("Deelnemer", naam, "", D(dtp))]),
    ]
    write_pdf3(out(K, "2e spoor/Trajectplan Kersten.pdf"), blocks, nk)
    label(K, "2e spoor/Trajectplan Kersten.pdf", "trajectplan_tweede_spoor", dtp, "waalrand;2nd-track plan")

    # --- CV (non) ---------------------------------------------------------------------------
    dcv = dt.date(2025, 4, 14)
    blocks = [
        Title("Yvonne Kersten", sub="Rekenspecialist | Onderwijsprofessional | Ontwikkelaar lesmateriaal"),
        Fields(
            [
                ("Adres", c.adres),
                ("Telefoon", "06 - 19 44 07 82"),
                ("E-mail", "ymkersten@gmail.com"),
                ("LinkedIn", "linkedin.com/in/yvonnekersten-reken"),
            ]
        ),
        Heading("Profiel"),
        Para(
            "Ervaren leerkracht en rekenspecialist met passie voor goed rekenonderwijs. Sterk in het ontwikkelen van heldere, gedifferentieerde materialen."
        ),
        Heading("Werkervaring"),
        Table(
            ["Periode", "Functie", "Organisatie"],
            [
                ["2024 - heden", "ontwikkelaar rekenmateriaal (project)", "SPOW, Bemmel"],
                ["2005 - 2024", "leerkracht groep 3 t/m 6", "SPOW (De Bongerd, De Vlinderhof)"],
                ["2002 - 2005", "invalleerkracht", "diverse scholen Nijmegen"],
            ],
        ),
        Heading("Opleiding"),
        Bullets(["Master Educational Needs, specialisatie rekenen (2015)", "PABO, HAN Nijmegen (2002)"]),
        Heading("Vaardigheden"),
        Bullets(
            [
                "Rekendidactiek en leerlijnen",
                "Microsoft Office, Canva, Gynzy",
                "Nederlands (moedertaal), Engels (goed), Duits (redelijk)",
            ]
        ),
    ]
    write_docx(
        out(K, "2e spoor/CV_Yvonne_2025.docx"),
        blocks,
        Style(key="cv", org="", letterhead="none", font="sans", footer=" "),
    )
    label(K, "2e spoor/CV_Yvonne_2025.docx", "", dcv, "waalrand;employee CV (non-RIV)")

    # --- voortgangsrapportage via mail --------------------------------------------------------
    dv1 = dt.date(2025, 4, 25)

    def voortgang(d: dt.date, per: str, n: int, tekst: str, rows: list[list[str]]) -> list[Any]:
        return [
            Title(f"Voortgangsrapportage {n} tweede spoor"),
            Fields(
                [
                    ("Deelnemer", naam),
                    ("Opdrachtgever", c.wg),
                    ("Coach", "J. Steenbergen"),
                    ("Periode", per),
                    ("Datum", D(d)),
                ]
            ),
            Heading("Activiteiten in deze periode"),
            Para(tekst),
            Heading("Sollicitaties, netwerk en vacatures"),
            Table(["Datum", "Actie", "Organisatie", "Resultaat"], rows),
            Heading("Inzet deelnemer"),
            Para(
                "Yvonne komt haar afspraken na en werkt actief mee. Haar energie is wisselend; na drukke weken heeft zij hersteltijd nodig."
            ),
            Heading("Vervolg"),
            Para("Voortzetten volgens trajectplan."),
            Signatures([Sig("Coach", "J. Steenbergen", "Bureau Nieuwe Koers", D(d))]),
        ]

    att = out(K, "_tmp/Voortgangsrapportage 1 Kersten.pdf")
    write_pdf3(
        att,
        voortgang(
            dv1,
            "28-01-2025 t/m 25-04-2025",
            1,
            "Waardenonderzoek en talentenanalyse zijn afgerond. Er zijn drie informatieve gesprekken gevoerd (educatieve uitgeverij, bibliotheek Rivierenland, gemeente Overbetuwe). Het CV en LinkedIn-profiel zijn gereed.",
            [
                [
                    "12-03-2025",
                    "informatief gesprek",
                    "Educatieve uitgeverij (Utrecht)",
                    "positief, tip: freelance auteur",
                ],
                ["20-03-2025", "informatief gesprek", "Bibliotheek Rivierenland", "geen vacatures"],
                ["02-04-2025", "informatief gesprek", "Gemeente Overbetuwe", "vacatures volgen"],
                ["17-04-2025", "sollicitatie", "Uitgeverij, redactie-assistent 16 u", "in behandeling"],
            ],
        ),
        nk,
    )
    dmv = dt.date(2025, 4, 28)
    body = (
        "Beste Bart,\n\nBijgaand ontvang je de eerste voortgangsrapportage van het tweede spoortraject van "
        "Yvonne Kersten. Yvonne heeft de rapportage gelezen en is akkoord.\n\nZoals afgesproken plannen we "
        "het volgende driegesprek in juni; ik stuur je een paar data.\n\nHartelijke groet,\n\nJoris Steenbergen\n"
        "Loopbaancoach | Bureau Nieuwe Koers\n026 - 325 11 88 | www.nieuwekoers-loopbaan.nl\n\n"
        "Dit e-mailbericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het bericht dan.\n"
    )
    write_eml(
        out(K, "mail/Rapportage Y. Kersten.eml"),
        {
            "From": "Joris Steenbergen <joris@nieuwekoers-loopbaan.nl>",
            "To": "Bart Rozendaal <b.rozendaal@spow-onderwijs.nl>",
            "Cc": "Yvonne Kersten <ymkersten@gmail.com>",
            "Subject": "Rapportage Y. Kersten",
            "Date": mail_date(dmv, 9, 48),
            "Message-ID": "<nk-20250428-0948@nieuwekoers-loopbaan.nl>",
        },
        body,
        [attachment_from(att, "Voortgangsrapportage 1 Kersten.pdf")],
    )
    label(K, "mail/Rapportage Y. Kersten.eml", "", dmv, "waalrand;mail from 2nd-track bureau with report attached")
    label(
        K,
        "mail/Rapportage Y. Kersten.eml::Voortgangsrapportage 1 Kersten.pdf",
        "voortgangsrapportage_tweede_spoor",
        dv1,
        "waalrand;attachment: progress report 1",
    )

    dv2 = dt.date(2025, 7, 18)
    write_docx(
        out(K, "2e spoor/rapportage 2.docx"),
        voortgang(
            dv2,
            "26-04-2025 t/m 18-07-2025",
            2,
            "Focus op solliciteren. Yvonne heeft 6 keer gesolliciteerd en 2 gesprekken gevoerd. Een proefplaatsing bij de uitgeverij is besproken maar niet gerealiseerd in verband met reistijd (Utrecht). Het tijdelijke rekenproject bij SPOW is verlengd tot 1-1-2026.",
            [
                ["05-05-2025", "sollicitatie", "Uitgeverij, redactie-assistent", "gesprek 20-05, afgewezen"],
                ["19-05-2025", "sollicitatie", "Gemeente Overbetuwe, adm. medewerker", "afgewezen"],
                ["03-06-2025", "sollicitatie", "Bibliotheek, medewerker educatie", "gesprek, afgewezen"],
                ["16-06-2025", "open sollicitatie", "Onderwijsadviesbureau", "geen reactie"],
                ["01-07-2025", "sollicitatie", "ROC, onderwijsondersteuner", "niet passend (groepen)"],
                ["10-07-2025", "freelance", "Uitgeverij: 2 opdrachten auteur rekenopgaven", "lopend, ca. 4 u/week"],
            ],
        ),
        Style(
            key="nk-docx",
            org="Bureau Nieuwe Koers",
            org_lines=("Huissen",),
            font="condensed",
            accent=(0, 130, 150),
            footer="Bureau Nieuwe Koers · KvK 71002318",
        ),
    )
    label(
        K, "2e spoor/rapportage 2.docx", "voortgangsrapportage_tweede_spoor", dv2, "waalrand;progress report 2 (docx)"
    )

    # --- deskundigenoordeel (werkgever: inspanningen) --------------------------------------
    ddo = dt.date(2025, 6, 3)
    blocks = [
        Para("Stichting Primair Onderwijs Waalrand\nt.a.v. de heer B. Rozendaal\nMolenstraat 14\n6681 AM  Bemmel"),
        Fields(
            [
                ("Datum", L(ddo)),
                ("Ons kenmerk", "DO/2025/118-0457"),
                ("Betreft", f"uw werknemer Y.M. Kersten, BSN {fmt_bsn(c.bsn, 'dots')}"),
                ("Onderwerp", "Ons deskundigenoordeel over uw re-integratie-inspanningen"),
            ]
        ),
        Title("Deskundigenoordeel"),
        Para("Geachte heer Rozendaal,"),
        Para(
            "U heeft ons op 24 april 2025 gevraagd of uw re-integratie-inspanningen voor uw werknemer voldoende zijn. In deze brief leest u ons oordeel."
        ),
        Heading("Ons oordeel"),
        Para("Uw re-integratie-inspanningen zijn tot nu toe voldoende."),
        Heading("Onze uitleg"),
        Para(
            "U heeft tijdig een probleemanalyse en plan van aanpak laten opstellen en het plan bijgesteld toen de belastbaarheid veranderde. U heeft passend tijdelijk werk aangeboden en na de eerstejaarsevaluatie een tweede spoor ingezet. Dit sluit aan bij het advies van de arbeidsdeskundige. Let erop dat u het tweede spoor voortzet tot het einde van de wachttijd en dat de actuele belastbaarheid duidelijk is bij het opstellen van het re-integratieverslag."
        ),
        Heading("Dit oordeel is een advies"),
        Para(
            "Een deskundigenoordeel is geen besluit. U en uw werknemer kunnen daarom geen bezwaar maken. Bij de beoordeling van het re-integratieverslag kijkt UWV naar de hele periode; dit deskundigenoordeel geeft geen garantie dat er geen loonsanctie volgt."
        ),
        Para("Met vriendelijke groet,\n\nT. Bakker-Wijers, arbeidsdeskundige\nUWV Sociaal Medische Zaken, Nijmegen"),
        Para(UWV_SLOT),
        Para("Een kopie van deze brief is verstuurd aan uw werknemer."),
    ]
    write_pdf3(
        out(K, "administratie/UWV 03-06-2025.pdf"),
        blocks,
        uwv_style("Sociaal Medische Zaken · Nijmegen", key="uwv-nijm"),
    )
    label(
        K,
        "administratie/UWV 03-06-2025.pdf",
        "deskundigenoordeel",
        ddo,
        "waalrand;DO on employer's efforts, requested by employer",
    )

    # --- eindrapportage -------------------------------------------------------------------
    der = dt.date(2025, 9, 26)
    blocks = [
        Title("Eindrapportage re-integratietraject tweede spoor"),
        Fields(
            [
                ("Deelnemer", naam),
                ("BSN", c.bsn),
                ("Opdrachtgever", c.wg),
                ("Traject", "21-01-2025 t/m 26-09-2025"),
                ("Coach", "J. Steenbergen"),
                ("Datum", D(der)),
            ]
        ),
        Heading("Doel van het traject"),
        Para(
            "Passend werk bij een andere werkgever, binnen de belastbaarheid (rustig, geen groepsverantwoordelijkheid, ca. 12-16 uur)."
        ),
        Heading("Uitgevoerde activiteiten"),
        Table(
            ["Activiteit", "Aantal"],
            [
                ["Coachgesprekken", "14"],
                ["Informatieve gesprekken", "5"],
                ["Sollicitaties", "13"],
                ["Sollicitatiegesprekken", "4"],
                ["Freelance opdrachten", "2 (uitgeverij)"],
            ],
        ),
        Heading("Resultaat"),
        Para(
            "Er is geen plaatsing in loondienst gerealiseerd. Yvonne verricht sinds juli freelance opdrachten als auteur van rekenopgaven (gemiddeld 4 uur per week) met toestemming van SPOW. Zij werkt daarnaast 12 uur in het rekenproject van SPOW."
        ),
        Heading("Inzet van de deelnemer"),
        Para("Goed. Zij is alle afspraken nagekomen."),
        Heading("Advies"),
        Para(
            "Het traject wordt afgesloten in verband met de WIA-aanvraag. Wij adviseren de freelance werkzaamheden voort te zetten en na de WIA-beslissing te bezien of een dienstverband bij de uitgeverij haalbaar is."
        ),
        Signatures([Sig("Coach", "J. Steenbergen", "Bureau Nieuwe Koers", D(der))]),
    ]
    write_pdf3(out(K, "2e spoor/eindrapport NK.pdf"), blocks, nk)
    label(K, "2e spoor/eindrapport NK.pdf", "eindrapportage_tweede_spoor", der, "waalrand;2nd-track final report")

    # --- actueel oordeel ---------------------------------------------------------------------
    dao = dt.date(2025, 9, 30)
    blocks = [
        Title("Advies van de bedrijfsarts", sub="Actueel oordeel ten behoeve van de WIA-aanvraag"),
        Fields(
            [
                ("Werknemer", naam),
                ("Geboortedatum", D(c.geb)),
                ("BSN", c.bsn),
                ("Eerste ziektedag", D(c.d0)),
                ("Datum consult", D(dao)),
                ("Dossier", c.verzuimnr),
            ]
        ),
        Heading("Beloop sinds de probleemanalyse"),
        Para(
            "Na de probleemanalyse (20-02-2024) en de bijstelling (25-06-2024) is de belastbaarheid langzaam toegenomen na intensivering van de behandeling. Sinds het voorjaar van 2025 is de situatie stabiel. Volledig herstel verwacht ik niet binnen afzienbare tijd."
        ),
        Heading("Huidige mogelijkheden"),
        Para(
            "Mevrouw kan werken in een rustige omgeving, in zelfstandig uit te voeren taken met een voorspelbare planning, zonder groepsverantwoordelijkheid en zonder conflicthantering. Werktijden: 4 uur per dag, maximaal 16 uur per week."
        ),
        Heading("Passende arbeid bij de werkgever"),
        Para(
            "Het huidige werk in het rekenproject (12 uur) is passend. Uitbreiding tot 16 uur is medisch verantwoord. Het eigen werk als leerkracht is niet passend."
        ),
        Heading("Arbeidsrelatie"),
        Para("De arbeidsrelatie is naar mijn indruk goed."),
        Para(
            "Dit actueel oordeel bevat geen medische gegevens. Mevrouw ontvangt de medische informatie voor de verzekeringsarts apart."
        ),
        Signatures([Sig("Bedrijfsarts", c.ba, f"BIG {c.big}", L(dao))]),
    ]
    write_pdf3(
        out(K, "arbodienst/Advies bedrijfsarts 30-09-2025.pdf"),
        blocks,
        agp,
        running_header=f"Vertrouwelijk · {c.verzuimnr}",
    )
    label(
        K,
        "arbodienst/Advies bedrijfsarts 30-09-2025.pdf",
        "actueel_oordeel",
        dao,
        "waalrand;AO with the same title as the PA; sub says 'actueel oordeel'",
    )

    # --- eindevaluatie -----------------------------------------------------------------------
    dev = dt.date(2025, 10, 8)
    blocks = [
        Title("Eindevaluatie"),
        Heading("Gegevens"),
        Fields(fz + [("Werkgever", c.wg), ("Loonheffingennummer", c.lhn), ("Datum", D(dev))]),
        Heading("Aard van het bedrijf"),
        Para(c.aard),
        Heading("Terugblik"),
        Para(
            "Yvonne is op 15 januari 2024 uitgevallen. Na opbouw in aangepaste taken en een terugval is zij vanaf september 2024 werkzaam in het bovenschoolse rekenproject (12 uur). Het eigen werk bleek niet haalbaar (AD-rapport 26-11-2024). Het tweede spoor (januari-september 2025) leverde freelance werk op maar geen dienstverband. UWV oordeelde op 3 juni 2025 dat onze inspanningen voldoende zijn."
        ),
        Heading("Stand van zaken"),
        Para(
            "Werkt 12 uur passend; uitbreiding naar 16 uur per 1 november 2025 afgesproken, in lijn met het actueel oordeel van 30-09-2025."
        ),
        Heading("Mening werkgever over de arbeidsrelatie"),
        Para("Goed."),
        Heading("Mening werkgever over passende arbeid"),
        Para("SPOW biedt passende arbeid voor 16 uur tot ten minste 1 augustus 2026."),
        Signatures([Sig("Werkgever", c.cm, c.cm_func, D(dev)), Sig("Werknemer", naam, "", D(dev))]),
    ]
    write_docx(out(K, "re-integratie/Eindevaluatie YK.docx"), blocks, spow)
    label(K, "re-integratie/Eindevaluatie YK.docx", "eindevaluatie", dev, "waalrand;docx form")

    # --- oordeel werknemer ----------------------------------------------------------------
    dow = dt.date(2025, 10, 14)
    blocks = [
        Title("Oordeel werknemer over het re-integratieverslag"),
        Fields([("Naam", naam), ("BSN", c.bsn), ("Datum", D(dow))]),
        Para("Ik heb alle stukken van het re-integratieverslag ontvangen en gelezen."),
        Para(
            "Ik ben het niet eens met één punt in het actueel oordeel van de bedrijfsarts: daarin staat dat ik 16 uur kan werken. Ik merk dat ik na 12 uur werk en de freelance opdrachten mijn grens bereik. Ik heb dit met de bedrijfsarts besproken; zij handhaaft haar oordeel. Met de rest van het verslag ben ik het eens. Mijn werkgever heeft zich veel moeite getroost."
        ),
        Signatures([Sig("Werknemer", naam, "", D(dow))]),
    ]
    write_pdf3(
        out(K, "re-integratie/mijn oordeel.pdf"),
        blocks,
        Style(key="yk-prive", org="", letterhead="none", font="sans", footer=" "),
        page_label="",
    )
    label(K, "re-integratie/mijn oordeel.pdf", "oordeel_werknemer", dow, "waalrand;employee's view, partly disagrees")
    shutil.rmtree(FILES / K / "_tmp")


# ============================================================================================
# CASE D — small family business, verzuimcoach + zelfstandig bedrijfsarts, ziek uit dienst
# ============================================================================================


def case_d() -> None:
    K = "kamminga-vanderveen"
    rng = random.Random(34004)
    c = Case(
        key=K,
        d0=dt.date(2024, 11, 18),
        aanhef="de heer",
        wn_naam="J. van der Veen",
        wn_kort="de heer Van der Veen",
        wn_voornaam="Jelmer",
        geb=dt.date(1993, 7, 8),
        adres="Brouwersweg 3a, 9231 KE Surhuisterveen",
        bsn=make_bsn(rng),
        functie="Hovenier / medewerker aanleg en onderhoud",
        uren="38 uur per week",
        in_dienst=dt.date(2024, 7, 1),
        wg="Hoveniersbedrijf Kamminga & Zn. V.O.F.",
        wg_adres="Dorpsstraat 81, 9231 CH Surhuisterveen",
        kvk="01087341",
        lhn="8011.93.557.L01",
        aard="Hoveniersbedrijf (familiebedrijf, derde generatie) voor aanleg en onderhoud van particuliere tuinen en bedrijfsgroen; 9 medewerkers, waarvan 7 in de buitendienst. CAO Hoveniers.",
        ba="H.J. Oudeman",
        ba_func="bedrijfsarts (zelfstandig gevestigd)",
        big="59043310901",
        arbo="Bedrijfsartsenpraktijk Oudeman",
        cm="G. (Greetje) Postma",
        cm_func="verzuimcoach / casemanager, VerzuimCoach Noord",
        lg="S. (Sjoerd) Kamminga",
        lg_func="eigenaar",
        verzuimnr="VCN-2024-117",
    )
    assert bsn_valid(c.bsn)
    kam = Style(
        key="kamminga",
        org="Kamminga & Zn. Hoveniers",
        org_lines=("Dorpsstraat 81 · 9231 CH Surhuisterveen · 0512 - 36 14 70", "info@kammingahoveniers.nl"),
        font="serif",
        accent=(40, 110, 40),
        letterhead="left",
        footer="Hoveniersbedrijf Kamminga & Zn. V.O.F. · KvK 01087341 · lid Branchevereniging VHG",
    )
    vcn = Style(
        key="vcn",
        org="VerzuimCoach Noord",
        org_lines=(
            "Greetje Postma · verzuimcoach & casemanager (RCM)",
            "Tjalling Ykeswei 12, 9204 KL Drachten · 06 - 53 88 21 40",
        ),
        font="sans",
        accent=(200, 60, 120),
        letterhead="right",
        footer="VerzuimCoach Noord · KvK 80442291 · geregistreerd casemanager RCM",
    )
    oud = Style(
        key="oudeman",
        org="Bedrijfsartsenpraktijk Oudeman",
        org_lines=(
            "H.J. Oudeman, bedrijfsarts (zelfstandig gevestigd, geregistreerd bij RGS)",
            "Lavendelstraat 6, 9202 LT Drachten · 0512 - 58 03 11 · praktijk@bedrijfsarts-oudeman.nl",
        ),
        font="condensed",
        accent=(70, 70, 70),
        letterhead="left",
        footer="Bedrijfsartsenpraktijk Oudeman · KvK 65119023 · BIG 59043310901",
    )
    naam = c.wn_naam
    fz = c.wn_fields()

    # --- arbeidsovereenkomst (non) ---------------------------------------------------------
    dao_ = dt.date(2024, 6, 20)
    blocks = [
        Title("Arbeidsovereenkomst voor bepaalde tijd"),
        Para(
            f"De ondergetekenden:\n1. {c.wg}, gevestigd te Surhuisterveen, hierna 'werkgever', vertegenwoordigd door de heer S. Kamminga, vennoot;\n2. de heer Jelmer van der Veen, geboren op {L(c.geb)}, wonende te Surhuisterveen, hierna 'werknemer';\nverklaren te zijn overeengekomen als volgt:"
        ),
        Heading("Artikel 1 — Indiensttreding en duur"),
        Para(
            "Werknemer treedt per 1 juli 2024 in dienst van werkgever voor de duur van 12 maanden. De arbeidsovereenkomst eindigt van rechtswege op 30 juni 2025, zonder dat opzegging is vereist. Werkgever laat werknemer uiterlijk een maand voor het einde schriftelijk weten of de overeenkomst wordt voortgezet (aanzegging)."
        ),
        Heading("Artikel 2 — Proeftijd"),
        Para("Er geldt een proeftijd van 1 maand."),
        Heading("Artikel 3 — Functie en werkzaamheden"),
        Para(
            "Werknemer wordt aangesteld in de functie van hovenier (functiegroep C, CAO Hoveniers). Hij verricht alle werkzaamheden die redelijkerwijs van hem kunnen worden verlangd, waaronder aanleg van bestrating, schuttingen en beplanting, snoeien en maaien."
        ),
        Heading("Artikel 4 — Arbeidsduur en salaris"),
        Para(
            "De arbeidsduur bedraagt 38 uur per week. Het bruto salaris bedraagt € 2.912,00 per maand. Vakantietoeslag 8%, jaarlijks uitbetaald in mei."
        ),
        Heading("Artikel 5 — Ziekte"),
        Para(
            "Bij ziekte meldt werknemer zich vóór 7.30 uur telefonisch bij werkgever. Werknemer houdt zich aan het verzuimreglement. Gedurende ziekte betaalt werkgever 100% van het loon in het eerste jaar en 70% in het tweede jaar, met inachtneming van de CAO en artikel 7:629 BW, maar niet langer dan de duur van de arbeidsovereenkomst."
        ),
        Heading("Artikel 6 — CAO en pensioen"),
        Para(
            "Op deze overeenkomst is de CAO Hoveniers van toepassing. Werknemer neemt deel aan de pensioenregeling van het Bedrijfstakpensioenfonds voor het Hoveniersbedrijf."
        ),
        Heading("Artikel 7 — Overig"),
        Para(
            "Werknemer ontvangt werkkleding en persoonlijke beschermingsmiddelen. Het verzuimreglement en de privacyverklaring zijn aan werknemer overhandigd."
        ),
        Signatures(
            [
                Sig("Werkgever", "S. Kamminga", "vennoot", "Surhuisterveen, " + D(dao_)),
                Sig("Werknemer", "J. van der Veen", "", "Surhuisterveen, " + D(dao_)),
            ]
        ),
    ]
    write_pdf3(out(K, "contract Jelmer.pdf"), blocks, kam)
    label(K, "contract Jelmer.pdf", "", dao_, "kamminga;employment contract (non-RIV), fixed term ending 2025-06-30")

    # --- loonstrook (non) -----------------------------------------------------------------
    dls = dt.date(2025, 1, 24)
    blocks = [
        Title(
            "Loonstrook januari 2025",
            sub="periode 01-01-2025 t/m 31-01-2025 · verloning via Administratiekantoor De Friese Wouden",
        ),
        Fields(
            [
                ("Werkgever", c.wg),
                ("Werknemer", "J. van der Veen"),
                ("Personeelsnummer", "0019"),
                ("BSN", c.bsn),
                ("Functie", "hovenier"),
                ("In dienst", "01-07-2024"),
                ("Loonheffingskorting", "ja"),
                ("Bijzonder tarief", "36,97%"),
            ]
        ),
        Table(
            ["Omschrijving", "Eenheden", "Bedrag"],
            [
                ["Salaris", "", "€ 3.018,00"],
                ["Loondoorbetaling bij ziekte (100%)", "21 dgn", "(inbegrepen)"],
                ["Pensioenpremie werknemer", "", "-€ 161,46"],
                ["Loonheffing", "", "-€ 438,12"],
                ["Reservering vakantietoeslag 8%", "", "€ 241,44"],
                ["Netto", "", "€ 2.418,42"],
            ],
        ),
        Para(
            "Uitbetaald op 24-01-2025 op NL02 INGB 0007 1144 90 t.n.v. J. van der Veen. Cumulatieven 2025: fiscaal loon € 2.856,54; loonheffing € 438,12."
        ),
    ]
    write_pdf3(
        out(K, "loonstrook jan25.pdf"),
        blocks,
        Style(
            key="loon",
            org="Administratiekantoor De Friese Wouden",
            org_lines=("salarisadministratie · Buitenpost",),
            font="mono",
            accent=(60, 60, 60),
            letterhead="left",
            footer="vertrouwelijk",
        ),
    )
    label(K, "loonstrook jan25.pdf", "", dls, "kamminga;payslip (non-RIV)")

    # --- probleemanalyse -------------------------------------------------------------------
    dpa = dt.date(2024, 12, 20)
    blocks = [
        Fields(
            [
                (
                    "Aan",
                    "Hoveniersbedrijf Kamminga & Zn., t.a.v. de heer S. Kamminga; VerzuimCoach Noord, t.a.v. mevrouw G. Postma",
                ),
                ("Kopie", "de heer J. van der Veen"),
                ("Datum", L(dpa)),
            ]
        ),
        Title("Probleemanalyse", sub=f"werknemer: J. van der Veen, geb. {D(c.geb)}"),
        Para("Geachte heer Kamminga, geachte mevrouw Postma,"),
        Para(
            f"Op {L(dpa)} heb ik de heer Van der Veen gezien op mijn spreekuur in Drachten, in het kader van de probleemanalyse. Hij is ziek sinds {L(c.d0)}. Hieronder mijn oordeel en advies."
        ),
        Heading("Beschrijving van het probleem"),
        Para(
            "De heer Van der Veen heeft sinds half november forse rug- en beenklachten, waardoor hij niet lang kan staan, lopen, zitten, bukken en tillen. Hij slaapt slecht en gebruikt pijnstilling. Er is aanvullend onderzoek gedaan en een specialist heeft een behandelvoorstel gedaan, waarschijnlijk een operatie in het eerste kwartaal van 2025."
        ),
        Heading("Beperkingen en mogelijkheden"),
        Para(
            "Op dit moment kan hij niet werken in zijn eigen functie van hovenier: dat werk is fysiek zwaar (tillen van tegels en zakken, bukken, knielen, werken met trillend gereedschap). Lichte taken zijn op dit moment ook nauwelijks mogelijk: maximaal een half uur aaneengesloten zitten of staan. Ik zie op dit moment geen benutbare mogelijkheden voor werk."
        ),
        Heading("Prognose"),
        Para(
            "Na een eventuele operatie verwacht ik een herstelperiode van 6 tot 12 weken, gevolgd door geleidelijke opbouw. Terugkeer in het zware eigen werk is onzeker en zal op zijn vroegst in het voorjaar van 2025 aan de orde zijn."
        ),
        Heading("Advies"),
        Bullets(
            [
                "Maak binnen twee weken met de verzuimcoach een plan van aanpak, ondanks het feit dat er nu nog geen werkmogelijkheden zijn.",
                "Houd wekelijks contact; nodig Jelmer uit voor de koffie op de zaak als dat gaat.",
                "Na de behandeling: start met lichte taken (werkplaats, onderhoud machines, planten verzorgen in de kas) in overleg met mij.",
                "Ik zie hem terug 4-6 weken na de behandeling.",
            ]
        ),
        Para("Met vriendelijke groet,"),
        Signatures([Sig("Bedrijfsarts", "H.J. Oudeman", "bedrijfsarts, BIG 59043310901", L(dpa))]),
        Para("Dit advies bevat geen medische gegevens en is met de werknemer besproken."),
    ]
    write_pdf3(out(K, "Oudeman 20-12-2024.pdf"), blocks, oud)
    label(
        K,
        "Oudeman 20-12-2024.pdf",
        "probleemanalyse",
        dpa,
        "kamminga;PA as a letter from zelfstandig bedrijfsarts; geen benutbare mogelijkheden",
    )

    # --- PvA (scan) -------------------------------------------------------------------------
    dpv = dt.date(2025, 1, 6)
    blocks = [
        Title("Plan van aanpak"),
        Fields(
            [
                ("Werknemer", naam),
                ("BSN", c.bsn),
                ("Werkgever", c.wg),
                ("Functie", "hovenier"),
                ("Eerste ziektedag", D(c.d0)),
                ("Probleemanalyse", D(dpa)),
                ("Casemanager", "G. Postma (VerzuimCoach Noord), namens werkgever"),
                ("Bedrijfsarts", "H.J. Oudeman"),
            ]
        ),
        Heading("Doel"),
        Para("Terugkeer in het eigen werk als hovenier. Zolang dat niet kan: lichte taken in de werkplaats en kas."),
        Heading("Afspraken"),
        Table(
            ["Wat", "Wie", "Wanneer"],
            [
                ["Wekelijks contact (telefoon/koffie)", "Sjoerd / Jelmer", "elke week"],
                ["Behandeling specialist", "Jelmer", "januari-maart 2025"],
                ["Consult bedrijfsarts na behandeling", "Oudeman", "4-6 weken na ingreep"],
                ["Start lichte taken", "Sjoerd / Jelmer", "na akkoord bedrijfsarts"],
                ["Evaluatie plan van aanpak", "Greetje / Sjoerd / Jelmer", "6-wekelijks, eerste half februari"],
            ],
        ),
        Heading("Visie werkgever"),
        Para("We willen Jelmer graag helpen beter te worden. Hij heeft een contract tot 30 juni."),
        Heading("Visie werknemer"),
        Para("Eens."),
        Signatures(
            [
                Sig("Werkgever", "S. Kamminga", "eigenaar", D(dpv)),
                Sig("Werknemer", naam, "", D(dpv)),
                Sig("Casemanager", "G. Postma", "verzuimcoach", D(dpv)),
            ]
        ),
    ]
    write_scan_pdf(out(K, "Scan 6 jan.pdf"), blocks, vcn, rotate_deg=-1.3, noise=0.7, producer="HP Smart")
    label(K, "Scan 6 jan.pdf", "plan_van_aanpak", dpv, "kamminga;scanned PvA")

    # --- gespreksverslag verzuimcoach ------------------------------------------------------
    de1 = dt.date(2025, 2, 14)
    blocks = [
        Title("Gespreksverslag", sub="evaluatie plan van aanpak — VerzuimCoach Noord"),
        Fields(
            [
                ("Werknemer", naam),
                ("Werkgever", c.wg),
                ("Datum", D(de1)),
                ("Aanwezig", "Jelmer van der Veen, Sjoerd Kamminga, Greetje Postma (verzuimcoach)"),
                ("Locatie", "kantine Kamminga"),
            ]
        ),
        Heading("Hoe gaat het?"),
        Para(
            "Jelmer is op 3 februari geopereerd. Het gaat beter dan voor de operatie; de uitstralende pijn in het been is grotendeels weg. Hij mag van de fysiotherapeut steeds meer wandelen. Tillen en bukken mag voorlopig niet."
        ),
        Heading("Afspraken uit het plan van aanpak"),
        Table(
            ["Afspraak", "Nagekomen?"],
            [
                ["Wekelijks contact", "ja"],
                ["Behandeling", "ja, operatie 3-2"],
                ["Consult bedrijfsarts", "gepland 11 maart"],
            ],
        ),
        Heading("Nieuwe afspraken"),
        Bullets(
            [
                "Na het consult van 11 maart bespreken we de start van lichte taken.",
                "Sjoerd vraagt bij de zorgverzekeraar na of het transitievergoeding-/scholingsbudget van de CAO gebruikt kan worden.",
                "Volgende evaluatie: 28 maart 2025.",
            ]
        ),
        Para(
            "Het contract van Jelmer loopt af op 30 juni. Sjoerd geeft aan dat het contract niet wordt verlengd; hij laat dat vóór 31 mei schriftelijk weten. Jelmer is daarvan op de hoogte."
        ),
        Signatures([Sig("Verzuimcoach", "G. Postma", "casemanager", D(de1))]),
        Para("cc: bedrijfsarts H.J. Oudeman, werkgever, werknemer"),
    ]
    write_docx(out(K, "verslag VCN feb.docx"), blocks, vcn)
    label(K, "verslag VCN feb.docx", "tussentijdse_evaluatie", de1, "kamminga;verzuimcoach's meeting report")

    # --- actueel oordeel via mail ---------------------------------------------------------
    dao = dt.date(2025, 6, 16)
    blocks = [
        Title("Actueel oordeel", sub="bedrijfsarts, in verband met het einde van het dienstverband (ziek uit dienst)"),
        Fields(fz + [("Werkgever", c.wg), ("Datum consult", D(dao)), ("Bedrijfsarts", f"{c.ba}, BIG {c.big}")]),
        Heading("Beloop"),
        Para(
            "Na de behandeling in februari is het herstel geleidelijk verlopen. Sinds 24 maart verricht de heer Van der Veen lichte taken in de werkplaats en kas, opgebouwd tot 4 x 5 uur per week. Zwaar werk in de aanleg is nog niet mogelijk."
        ),
        Heading("Belastbaarheid"),
        Bullets(
            [
                "Tillen max. 10 kg, niet frequent; geen tegels, banden of zakken.",
                "Bukken en knielen: niet frequent.",
                "Geen trillend gereedschap (trilplaat, bosmaaier).",
                "Werktijden: 5 uur per dag, 20 uur per week, opbouw mogelijk.",
            ]
        ),
        Heading("Prognose"),
        Para(
            "Verdere verbetering is te verwachten in de komende 3 tot 6 maanden. Terugkeer in zwaar hovenierswerk is onzeker; middelzwaar onderhoudswerk op termijn waarschijnlijk wel."
        ),
        Heading("Passende arbeid en arbeidsrelatie"),
        Para(
            "Het huidige werk in werkplaats en kas is passend. De arbeidsrelatie is goed; het dienstverband eindigt op 30 juni 2025 door het aflopen van de tijdelijke arbeidsovereenkomst. Medische informatie wordt apart verstrekt."
        ),
        Signatures([Sig("Bedrijfsarts", c.ba, "bedrijfsarts", L(dao))]),
    ]
    att = out(K, "_tmp/AO Jelmer.pdf")
    write_pdf3(att, blocks, oud)
    dm = dt.date(2025, 6, 17)
    body = (
        "Hoi Sjoerd en Jelmer,\n\nIn de bijlage het actueel oordeel van de bedrijfsarts (consult van gisteren). "
        "Dit hoort bij het re-integratieverslag dat we voor de laatste werkdag klaar moeten hebben, omdat "
        "Jelmer op 30 juni ziek uit dienst gaat. Ik maak de eindevaluatie klaar; die bespreken we op "
        "vrijdag 27 juni om 16.00 uur op de zaak.\n\nSjoerd: vergeet niet op de laatste werkdag de "
        "ziekmelding bij UWV te doen (ziek uit dienst), dat kan via het werkgeversportaal. Ik help je "
        "daar graag bij.\n\nJelmer: de medische informatie krijg je van dokter Oudeman zelf in een "
        "gesloten envelop. Die bewaar je voor UWV.\n\nGroet,\nGreetje\n\nGreetje Postma | VerzuimCoach Noord | 06 - 53 88 21 40\n\n"
        "-----Original Message-----\nFrom: Praktijk Oudeman <praktijk@bedrijfsarts-oudeman.nl>\n"
        "Sent: maandag 16 juni 2025 17:02\nTo: Greetje Postma <greetje@verzuimcoachnoord.nl>\n"
        "Subject: AO J. van der Veen\n\nBeste Greetje, zie bijlage. Met vriendelijke groet, Henk Oudeman\n"
    )
    write_eml(
        out(K, "FW AO J. van der Veen.eml"),
        {
            "From": "Greetje Postma <greetje@verzuimcoachnoord.nl>",
            "To": "Sjoerd Kamminga <sjoerd@kammingahoveniers.nl>, Jelmer van der Veen <jelmervdveen93@outlook.com>",
            "Subject": "FW: AO J. van der Veen",
            "Date": mail_date(dm, 8, 35),
            "Message-ID": "<vcn.20250617.0835@verzuimcoachnoord.nl>",
        },
        body,
        [attachment_from(att, "AO Jelmer.pdf")],
    )
    label(K, "FW AO J. van der Veen.eml", "", dm, "kamminga;forwarded mail carrying the AO")
    label(
        K,
        "FW AO J. van der Veen.eml::AO Jelmer.pdf",
        "actueel_oordeel",
        dao,
        "kamminga;attachment: AO at end of contract",
    )

    # --- medische informatie -----------------------------------------------------------------
    blocks = [
        Title(
            "Medisch deel re-integratieverslag",
            sub="vertrouwelijk — alleen voor de verzekeringsarts UWV; niet voor de werkgever",
        ),
        Fields(
            [
                ("Naam", naam),
                ("Geboortedatum", D(c.geb)),
                ("BSN", c.bsn),
                ("Eerste ziektedag", D(c.d0)),
                ("Bedrijfsarts", f"{c.ba}, BIG {c.big}"),
            ]
        ),
        Heading("Diagnose"),
        Para(
            "Lumbosacraal radiculair syndroom L5 links bij HNP L4-L5 (MRI 09-12-2024), status na microdiscectomie L4-L5 links op 03-02-2025 (neurochirurg, MCL Leeuwarden)."
        ),
        Heading("Behandeling"),
        Para(
            "Postoperatief fysiotherapie 2x per week (Fysiotherapie De Wâlden, Surhuisterveen). Medicatie: paracetamol zo nodig; pregabaline afgebouwd in april 2025."
        ),
        Heading("Beloop en verwachting"),
        Para(
            "Goed herstel van de radiculaire pijn; resterende mechanische lage rugpijn bij belasting. Geen neurologische uitval. Controle neurochirurg 12-05-2025: geen verdere afspraken, volgens de neurochirurg geen belemmering voor geleidelijke opbouw van zwaarder werk. De bedrijfsarts verwacht verdere verbetering in 3-6 maanden."
        ),
        Signatures([Sig("Bedrijfsarts", c.ba, "bedrijfsarts", L(dao))]),
    ]
    write_pdf3(out(K, "envelop UWV.pdf"), blocks, oud)
    label(
        K,
        "envelop UWV.pdf",
        "medische_informatie",
        dao,
        "kamminga;'medisch deel RIV' title, not 'medische informatie'; misleading name",
    )

    # --- eindevaluatie -----------------------------------------------------------------------
    dev = dt.date(2025, 6, 27)
    blocks = [
        Title("Eindevaluatie plan van aanpak", sub="bij einde dienstverband tijdens ziekte"),
        Fields(
            fz
            + [
                ("Werkgever", c.wg),
                ("Datum einde dienstverband", "30-06-2025"),
                ("Datum eindevaluatie", D(dev)),
                ("Opgesteld door", "G. Postma (VerzuimCoach Noord) namens werkgever, met werkgever en werknemer"),
            ]
        ),
        Heading("Aard van het bedrijf"),
        Para(c.aard),
        Heading("Terugblik"),
        Table(
            ["Datum", "Wat"],
            [
                [D(c.d0), "ziekmelding"],
                [D(dpa), "probleemanalyse (bedrijfsarts Oudeman)"],
                [D(dpv), "plan van aanpak"],
                ["03-02-2025", "behandeling"],
                [D(de1), "evaluatie"],
                ["28-03-2025", "evaluatie; start lichte taken 24-03"],
                ["16-05-2025", "evaluatie; 4 x 5 uur"],
                [D(dao), "actueel oordeel bedrijfsarts"],
            ],
        ),
        Heading("Stand van zaken op de laatste werkdag"),
        Para(
            "Jelmer werkt 20 uur per week lichte taken in werkplaats en kas. Het eigen werk als hovenier is nog niet mogelijk. Het dienstverband eindigt op 30 juni 2025 van rechtswege; het contract wordt niet verlengd. Jelmer komt daarna in de Ziektewet bij UWV."
        ),
        Heading("Oordeel werkgever over de arbeidsrelatie"),
        Para("Goed. Het niet verlengen heeft te maken met de terugloop van werk in de aanleg, niet met de ziekte."),
        Heading("Oordeel werkgever over passende arbeid"),
        Para("Tot 30 juni is er passend werk in werkplaats en kas. Na 30 juni is er geen dienstverband meer."),
        Signatures(
            [
                Sig("Werkgever", "S. Kamminga", "eigenaar", D(dev)),
                Sig("Werknemer", naam, "", D(dev)),
                Sig("Casemanager", "G. Postma", "verzuimcoach", D(dev)),
            ]
        ),
    ]
    write_pdf3(out(K, "EV laatste werkdag.pdf"), blocks, vcn)
    label(K, "EV laatste werkdag.pdf", "eindevaluatie", dev, "kamminga;EV at end of employment (ziek uit dienst)")

    # --- ziekmelding UWV einde dienstverband ------------------------------------------------
    dz = dt.date(2025, 6, 30)
    blocks = [
        Title("Ziekmelding bij einde dienstverband", sub="kopie van de melding via het werkgeversportaal"),
        Fields(
            [
                ("Datum melding", D(dz)),
                ("Werkgever", c.wg),
                ("Loonheffingennummer", c.lhn),
                ("Werknemer", naam),
                ("BSN", c.bsn),
                ("Eerste ziektedag", D(c.d0)),
                ("Laatste dag dienstverband", "30-06-2025"),
                ("Reden einde", "einde tijdelijk contract"),
                ("Werkt gedeeltelijk", "ja, 20 uur"),
                ("Referentie", "ZED-2025-0630-55120"),
            ]
        ),
        Para(
            "Omdat het dienstverband 10 weken of langer na de eerste ziektedag eindigt, vraagt UWV u om binnen 2 weken na de brief van UWV een volledig re-integratieverslag aan te leveren."
        ),
    ]
    write_pdf3(
        out(K, "melding UWV.pdf"),
        blocks,
        Style(
            key="uwv-portal2",
            org="UWV Werkgeversportaal",
            org_lines=("Kopie van verzonden gegevens",),
            font="sans",
            accent=(0, 101, 163),
            letterhead="left",
            footer="Afgedrukt uit het UWV werkgeversportaal",
        ),
    )
    label(
        K,
        "melding UWV.pdf",
        "ziekmelding_uwv",
        dz,
        "kamminga;sick report to UWV at end of employment (ziek uit dienst)",
    )

    # --- oordeel werknemer (phone photo) ----------------------------------------------------
    dow = dt.date(2025, 7, 2)
    blocks = [
        Title("Mijn oordeel over het re-integratieverslag"),
        Para(f"Naam: Jelmer van der Veen\nBSN: {c.bsn}\nDatum: {D(dow)}"),
        Para(
            "Ik heb de probleemanalyse, het plan van aanpak, de verslagen van Greetje, het actueel oordeel van de bedrijfsarts en de eindevaluatie gekregen en gelezen."
        ),
        Para(
            "Ik ben het eens met wat erin staat. Kamminga heeft mij goed geholpen. Ik hoop dat ik snel weer als hovenier aan de slag kan, maar misschien moet ik iets lichters gaan doen."
        ),
        Signatures([Sig("Handtekening", "J. van der Veen", "", D(dow))]),
    ]
    write_photo_jpg(
        out(K, "IMG_20250702_194410.jpg"),
        blocks,
        Style(key="jvdv", org="", letterhead="none", font="sans"),
        taken=dt.datetime(2025, 7, 2, 19, 44, 10),
        orientation=6,
        make="Apple",
        model="iPhone 12",
    )
    label(K, "IMG_20250702_194410.jpg", "oordeel_werknemer", dow, "kamminga;phone photo, EXIF orientation 6")

    # --- UWV letter requesting the RIV ------------------------------------------------------
    dul = dt.date(2025, 7, 10)
    blocks = [
        Para(f"{c.wg}\nt.a.v. de directie\nDorpsstraat 81\n9231 CH  Surhuisterveen"),
        Fields(
            [
                ("Datum", L(dul)),
                ("Ons kenmerk", "ZW/ZUD/2025/3318-0071"),
                ("Onderwerp", "Stuur ons het re-integratieverslag van uw ex-werknemer"),
                ("Ex-werknemer", f"J. van der Veen, BSN {fmt_bsn(c.bsn, 'dots')}"),
            ]
        ),
        Para("Geachte heer, mevrouw,"),
        Para(
            f"Uw werknemer J. van der Veen is ziek uit dienst gegaan op 30 juni 2025. Hij was ziek vanaf {L(c.d0)}. Omdat het dienstverband 10 weken of langer na de eerste ziektedag is geëindigd, hebben wij een re-integratieverslag van u nodig."
        ),
        Heading("Wat moet u doen?"),
        Para(
            "Stuur ons het re-integratieverslag uiterlijk binnen 2 weken na de datum van deze brief. Dat kan via het werkgeversportaal: kies 'Documenten uploaden'. Het verslag bevat in ieder geval de probleemanalyse, het plan van aanpak met eventuele bijstellingen, het actueel oordeel van de bedrijfsarts, de eindevaluatie en het oordeel van uw ex-werknemer. Stuur geen medische gegevens mee."
        ),
        Heading("Wat als u het verslag niet of niet op tijd stuurt?"),
        Para("Dan kunnen wij u een boete opleggen of het verslag later bij u opvragen."),
        Para(UWV_SLOT),
        Para(
            "Met vriendelijke groet,\n\nUWV Ziektewet, team Ziek uit dienst\n\nDeze brief is automatisch aangemaakt en daarom niet ondertekend."
        ),
        Para(BEZWAAR),
    ]
    write_pdf3(out(K, "brief UWV juli.pdf"), blocks, uwv_style("Afdeling Ziektewet"))
    label(
        K,
        "brief UWV juli.pdf",
        "uwv_correspondentie",
        dul,
        "kamminga;UWV letter requesting the RIV after ziek uit dienst",
    )
    shutil.rmtree(FILES / K / "_tmp")


CASES = [case_a, case_b, case_c, case_d]


# ============================================================================================
# main
# ============================================================================================


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    for fn in CASES:
        fn()
    ROWS.sort(key=lambda r: r["path"])
    with LABELS.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(ROWS)
    print(f"{len(ROWS)} labels written to {LABELS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
