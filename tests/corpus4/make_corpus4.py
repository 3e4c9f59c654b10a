"""Build holdout corpus 4: three fresh re-integration dossiers for measuring generalisation.

    .venv/bin/python tests/corpus4/make_corpus4.py

Writes ``tests/corpus4/files/<case>/...`` and ``tests/corpus4/labels.csv``. Deterministic:
fixed seeds, fixed dates, no clock reads. Only the public writers of ``samples/docgen.py``
are used; the wording of every document is written here from scratch.

All people, organisations, addresses, BIG numbers and BSNs are fictional. BSNs pass the
elfproef.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples"))

from docgen import (  # noqa: E402
    FIXED_DATE,
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
    attachment_from,
    bsn_valid,
    build_message,
    fmt_date,
    mail_date,
    make_bsn,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
)

FILES = HERE / "files"
LABELS = HERE / "labels.csv"
SPLIT = "holdout4"

ROWS: list[dict[str, str]] = []


def label(path: str, typ: str, date: dt.date | None, note: str) -> None:
    ROWS.append({"path": path, "type": typ, "date": date.isoformat() if date else "", "split": SPLIT, "note": note})


def d(y: int, m: int, day: int) -> dt.date:
    return dt.date(y, m, day)


def spaced(bsn: str) -> str:
    return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"


def dotted(bsn: str) -> str:
    return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"


# --------------------------------------------------------------------------------------------
# extra writers built on the docgen ones
# --------------------------------------------------------------------------------------------

ZIP_DATE = (2025, 1, 1, 9, 0, 0)


def _normalise_zip(path: Path) -> None:
    """Fixed timestamps so regenerating a post-processed DOCX gives identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def write_docx_textbox_title(path: Path, title: str, subtitle: str, blocks: list, style: Style) -> Path:
    """A DOCX whose title exists only inside a floating text box (VML w:txbxContent) at the top
    of page 1, as people make them in Word with 'Invoegen > Tekstvak'. The body paragraphs
    never repeat the title."""
    from xml.sax.saxutils import escape

    from docx import Document
    from lxml import etree

    title, subtitle = escape(title), escape(subtitle)
    write_docx(path, blocks, style)
    doc = Document(str(path))
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    sub_run = (
        f'<w:p><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{subtitle}</w:t></w:r></w:p>'
        if subtitle
        else ""
    )
    xml = (
        f'<w:p xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word">'
        "<w:r><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Tekstvak 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:430pt;height:54pt;z-index:251659264;'
        'mso-position-horizontal:left;mso-position-vertical-relative:margin" strokecolor="#1f4e79" strokeweight="1pt">'
        "<v:textbox><w:txbxContent>"
        '<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>'
        f'<w:t xml:space="preserve">{title}</w:t></w:r></w:p>'
        f"{sub_run}"
        "</w:txbxContent></v:textbox>"
        '<w10:wrap type="topAndBottom"/>'
        "</v:shape></w:pict></w:r></w:p>"
    )
    el = etree.fromstring(xml)
    body = doc.element.body
    body.insert(0, el)
    doc.save(str(path))
    _normalise_zip(path)
    return path


def write_pdf_with_cover(path: Path, cover: tuple[str, str, str], blocks: list, style: Style) -> Path:
    """A text PDF whose page 1 is a cover sheet carrying only a logo line, the employee's name
    and 'Vertrouwelijk' (no title); the document itself starts on page 2."""
    import pikepdf
    from fpdf import FPDF

    logo, name, conf = cover
    with tempfile.TemporaryDirectory() as tmp:
        body_path = Path(tmp) / path.name
        write_pdf(body_path, blocks, style)
        pdf = FPDF(format="A4")
        pdf.set_creation_date(FIXED_DATE)
        pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
        pdf.add_page()
        r, g, b = style.accent
        pdf.set_fill_color(r, g, b)
        pdf.rect(20, 28, 14, 14, style="F")
        pdf.set_xy(38, 29)
        pdf.set_font("DejaVu", "B", 20)
        pdf.set_text_color(r, g, b)
        pdf.cell(0, 12, logo)
        pdf.set_text_color(40, 40, 40)
        pdf.set_xy(20, 150)
        pdf.set_font("DejaVu", "", 16)
        pdf.cell(0, 10, name)
        pdf.set_xy(20, 250)
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(0, 8, conf)
        cover_path = Path(tmp) / ("cover-" + path.name)
        pdf.output(str(cover_path))
        path.parent.mkdir(parents=True, exist_ok=True)
        with pikepdf.open(body_path) as body, pikepdf.open(cover_path) as cov:
            body.pages.insert(0, cov.pages[0])
            body.save(path, deterministic_id=True)
    return path


def qa(items: list[tuple[str, str]]) -> list:
    """Form questions for scans/photos: short ones as fields, long ones as question + answer lines."""
    out: list = []
    short: list[tuple[str, str]] = []
    for q, a in items:
        if len(q) <= 28:
            short.append((q, a))
            continue
        if short:
            out.append(Fields(short))
            short = []
        out += [Para(q), Para(a)]
    if short:
        out.append(Fields(short))
    return out


def address(*lines: str) -> list:
    return [Para(line) for line in lines]


def uwv_form_style(key: str, code: str, form: str) -> Style:
    return Style(
        key=key,
        org="UWV",
        org_lines=("Uitvoeringsinstituut Werknemersverzekeringen",),
        font="sans",
        accent=(0, 84, 160),
        letterhead="left",
        fields_as_table=True,
        footer=f"{code}  ·  {form}  ·  Dit formulier is ingevuld met een pc",
        base_size=9.5,
        producer="Adobe Acrobat Pro 2020",
        author="UWV",
    )


def eml_headers(
    frm: str, to: str, date: dt.date, subject: str, mid: str, hour: int = 10, minute: int = 12, cc: str = ""
) -> dict[str, str]:
    h = {"From": frm, "To": to}
    if cc:
        h["Cc"] = cc
    h.update({"Date": mail_date(date, hour, minute), "Subject": subject, "Message-ID": f"<{mid}>"})
    return h


# ============================================================================================
# Case 1 — Gemeente Oosterwaarde, team Schoonmaak (UWV forms, mail-body verslag, scans)
# ============================================================================================


def case_oosterwaarde() -> None:
    case = "oosterwaarde-karaman"
    base = FILES / case
    bsn = make_bsn(random.Random("corpus4-c1"))
    d0 = d(2024, 2, 12)
    wn = "Sevda Karaman"
    wn_short = "S. Karaman"
    gebdat = "14-06-1971"
    adres = "Lijsterbesstraat 23, 7942 BM Oosterwaarde"
    wg = "Gemeente Oosterwaarde"
    wg_adres = "Postbus 1200, 7940 KA Oosterwaarde"
    lhn = "812345678L01"
    ba = "H.J. Zwiers"
    ba_big = "19034567801"
    arbo = "ArboVitaal Noord-Oost"
    cm_full = "Ingrid Mulder-Smit"
    note = lambda s: f"oosterwaarde;{s}"  # noqa: E731

    gemeente = Style(
        key="c1-gemeente",
        org="Gemeente Oosterwaarde",
        org_lines=(
            "Afdeling Facilitaire Dienstverlening",
            "Stadhuisplein 1  ·  7941 XK Oosterwaarde",
            "T 0523 79 11 00  ·  www.oosterwaarde.nl",
        ),
        font="sans",
        accent=(0, 110, 80),
        letterhead="left",
        footer="Gemeente Oosterwaarde  ·  P&O",
        producer="Microsoft® Word voor Microsoft 365",
        author="Mulder-Smit, Ingrid",
    )
    arbovitaal = Style(
        key="c1-arbovitaal",
        org="ArboVitaal Noord-Oost",
        org_lines=("Vestiging Zwolle  ·  Dokter Stolteweg 58  ·  8025 AZ Zwolle", "Tel. 038 421 77 00"),
        font="serif",
        accent=(150, 30, 60),
        letterhead="right",
        footer="ArboVitaal Noord-Oost B.V.  ·  KvK 61234907",
        producer="ArboVitaal VerzuimOnline 7.4",
        author="ArboVitaal",
    )
    werkpad = Style(
        key="c1-werkpad",
        org="Werkpad Re-integratie",
        org_lines=("Oude Vismarkt 4, 8011 BD Zwolle", "info@werkpad-reintegratie.nl  ·  038 303 40 40"),
        font="condensed",
        accent=(230, 120, 0),
        letterhead="band",
        footer="Werkpad Re-integratie B.V. — Blik op Werk gecertificeerd",
        producer="Microsoft® Word 2019",
        author="J. Hofstede",
    )

    def ids(extra: list[tuple[str, str]] | None = None) -> Fields:
        items = [
            ("Naam werknemer", wn),
            ("Geboortedatum", gebdat),
            ("BSN", bsn),
            ("Werkgever", wg),
            ("Eerste ziektedag", fmt_date(d0, "dash")),
        ]
        return Fields(items + (extra or []))

    # 1 Probleemanalyse — UWV form, filled in by the bedrijfsarts -----------------------------
    pa_date = d(2024, 3, 18)
    st = uwv_form_style("c1-uwv-pa", "R 0112 (07-23)", "Probleemanalyse")
    write_pdf(
        base / "01 Poortwachter/R0112 ingevuld Karaman.pdf",
        [
            Title("Probleemanalyse", sub="Wet verbetering poortwachter"),
            Para(
                "Dit formulier vult de bedrijfsarts in als uw werknemer langdurig ziek dreigt te worden. "
                "Geef geen medische gegevens. Stuur een kopie aan de werkgever en aan de werknemer."
            ),
            Heading("1  Gegevens werknemer"),
            Fields(
                [
                    ("1.1 Naam werknemer", wn),
                    ("1.2 Burgerservicenummer", bsn),
                    ("1.3 Geboortedatum", gebdat),
                    ("1.4 Adres", adres),
                    ("1.5 Functie", "Medewerker schoonmaak (schaal 4), 28 uur per week"),
                    ("1.6 Eerste ziektedag", fmt_date(d0, "dash")),
                ]
            ),
            Heading("2  Gegevens werkgever"),
            Fields(
                [
                    ("2.1 Naam werkgever", wg),
                    ("2.2 Loonheffingennummer", lhn),
                    ("2.3 Adres", wg_adres),
                    ("2.4 Contactpersoon", f"{cm_full}, casemanager verzuim"),
                ]
            ),
            Heading("3  Gegevens bedrijfsarts"),
            Fields([("3.1 Naam", ba), ("3.2 Arbodienst", arbo), ("3.3 BIG-nummer", ba_big)]),
            Heading("4  Oordeel over de arbeidsongeschiktheid"),
            Fields(
                [
                    ("4.1 Is er sprake van dreigend langdurig verzuim?", "[x] ja   [ ] nee"),
                    (
                        "4.2 Heeft de werknemer benutbare mogelijkheden?",
                        "[x] ja   [ ] nee   [ ] nog niet te beoordelen",
                    ),
                    ("4.3 Datum spreekuur", fmt_date(d(2024, 3, 14), "dash")),
                ]
            ),
            Para(
                "4.4 Beschrijf de beperkingen en mogelijkheden van de werknemer. "
                "Werkneemster is beperkt in het langdurig staan en lopen, in knielen, hurken en traplopen, en in "
                "duw- en trekkrachten boven ca. 15 kg. Zittend werk en licht wisselend staand/zittend werk met "
                "korte loopafstanden zijn mogelijk. Werken met de armen boven schouderhoogte zo veel mogelijk "
                "vermijden. "
                "Ze kan 2 x 3 uur per dag werken, verspreid over de week, met pauze halverwege."
            ),
            Para(
                "4.5 Prognose. De verwachting is dat het herstel meerdere maanden in beslag neemt. Binnen 3 maanden "
                "verwacht ik geen volledige hervatting in het eigen werk. Er is een behandeltraject gestart; "
                "afhankelijk van het verloop stel ik deze analyse bij."
            ),
            Heading("5  Advies"),
            Bullets(
                [
                    "Start met aangepaste werkzaamheden: licht schoonmaakwerk in het stadskantoor (bureaus, "
                    "pantry's), geen sanitair, geen vloeren, max. 2 x 3 uur per week-dag.",
                    "Maak binnen 2 weken samen met werkneemster een plan van aanpak.",
                    "Inzet werkplekonderzoek/hulpmiddelen (trolley met hoge greep) overwegen.",
                    "Vervolgconsult bedrijfsarts over 6 weken; eerder indien nodig.",
                ]
            ),
            Fields(
                [
                    ("5.2 Is inschakeling van een arbeidsdeskundige nu nodig?", "[ ] ja   [x] nee, later beoordelen"),
                    ("5.3 Andere deskundigen", "[ ] ja   [x] nee"),
                ]
            ),
            Heading("6  Ondertekening"),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts (BIG " + ba_big + ")", fmt_date(pa_date, "dash"))]),
            Para(
                "Een kopie van dit formulier is verstuurd aan werkgever en werknemer. "
                "De werkgever en werknemer maken binnen 2 weken het plan van aanpak."
            ),
        ],
        st,
    )
    label(
        f"{case}/01 Poortwachter/R0112 ingevuld Karaman.pdf",
        "probleemanalyse",
        pa_date,
        note("UWV form Probleemanalyse filled in by the bedrijfsarts; file named by form code only"),
    )

    # 2 Plan van aanpak — UWV form, DOCX in form layout ------------------------------------
    pva_date = d(2024, 3, 28)
    st = Style(
        key="c1-uwv-pva",
        org="UWV",
        org_lines=("Plan van aanpak",),
        font="sans",
        accent=(0, 84, 160),
        docx_form=True,
        footer="R 0113 (07-23) Plan van aanpak",
        author="Mulder-Smit, Ingrid",
    )
    write_docx(
        base / "01 Poortwachter/Plan van aanpak - definitief.docx",
        [
            Title("Plan van aanpak", sub="Formulier R 0113 — in te vullen door werkgever en werknemer samen"),
            Para(
                "Vul dit formulier in samen met uw werknemer. U maakt het plan uiterlijk 2 weken na de "
                "probleemanalyse van de bedrijfsarts. Beiden ondertekenen het plan en krijgen een kopie."
            ),
            Fields(
                [
                    ("1.1 Naam werknemer", wn),
                    ("1.2 Burgerservicenummer", bsn),
                    ("1.3 Eerste ziektedag", fmt_date(d0, "dash")),
                    ("1.4 Functie", "Medewerker schoonmaak, 28 uur per week"),
                    ("2.1 Naam werkgever", wg),
                    ("2.2 Loonheffingennummer", lhn),
                    ("2.3 Casemanager", f"{cm_full}, casemanager verzuim P&O, tel. 0523 79 14 62"),
                    ("3.1 Datum probleemanalyse", fmt_date(pa_date, "dash")),
                    ("3.2 Bedrijfsarts", f"{ba}, {arbo}"),
                    (
                        "4.1 Doel van de re-integratie",
                        "[x] terugkeer in eigen werk   [ ] aangepast eigen werk   "
                        "[ ] ander werk bij eigen werkgever   [ ] werk bij een andere werkgever",
                    ),
                    (
                        "4.2 Toelichting doel",
                        "Volledige terugkeer in de eigen functie (28 uur), eerst via licht "
                        "schoonmaakwerk in het stadskantoor. Streefdatum volledige hervatting: 1 juli 2024.",
                    ),
                    (
                        "5.1 Activiteiten",
                        "a) Hervatten aangepast werk 2 x 3 uur (ma/wo), vanaf 2 april 2024 — werknemer/teamleider. "
                        "b) Aanschaf trolley met hoge duwbeugel — teamleider R. Bos, voor 15 april. "
                        "c) Opbouw uren in overleg met bedrijfsarts — na spreekuur mei. "
                        "d) Werknemer volgt behandeling en meldt wijzigingen aan casemanager.",
                    ),
                    (
                        "6.1 Evaluatiemomenten",
                        "Elke 6 weken met teamleider en casemanager; eerste evaluatie 2 mei 2024. "
                        "Eerstejaarsevaluatie uiterlijk januari 2025.",
                    ),
                    (
                        "7.1 Visie werkgever op de activiteiten",
                        "De gemeente ziet goede kansen op terugkeer; aangepast werk "
                        "is beschikbaar in het stadskantoor en de bibliotheek.",
                    ),
                    (
                        "7.2 Visie werknemer op de activiteiten",
                        "Ik wil graag terug naar mijn eigen werk. Ik ben bang dat de "
                        "vloeren en het sanitair voorlopig niet lukken, maar ik begin met het lichte werk.",
                    ),
                    ("8.1 Zijn werkgever en werknemer het eens over dit plan?", "[x] ja   [ ] nee"),
                ]
            ),
            Signatures(
                [
                    Sig("Werkgever", cm_full, "casemanager verzuim", fmt_date(pva_date, "dash")),
                    Sig("Werknemer", wn, "", fmt_date(pva_date, "dash")),
                ]
            ),
        ],
        st,
    )
    label(
        f"{case}/01 Poortwachter/Plan van aanpak - definitief.docx",
        "plan_van_aanpak",
        pva_date,
        note("UWV form Plan van aanpak as DOCX form layout"),
    )

    # 3 Calendar invite (non-RIV) ---------------------------------------------------------
    ics = (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART;TZID=W. Europe Standard Time:20240502T100000\r\n"
        "DTEND;TZID=W. Europe Standard Time:20240502T110000\r\nLOCATION:Stadskantoor\\, kamer 2.14\r\n"
        "SUMMARY:Evaluatie re-integratie S. Karaman\r\nUID:040000008200E00074C5B7101A82E00800000000C4F1\r\n"
        "ORGANIZER;CN=Mulder-Smit\\, Ingrid:mailto:i.mulder-smit@oosterwaarde.nl\r\n"
        "ATTENDEE;CN=Bos\\, Ronald:mailto:r.bos@oosterwaarde.nl\r\n"
        "ATTENDEE;CN=Sevda Karaman:mailto:sevda.karaman71@hotmail.com\r\n"
        "DTSTAMP:20240422T081500Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    write_eml(
        base / "mail/Uitnodiging Evaluatie re-integratie.eml",
        eml_headers(
            "Ingrid Mulder-Smit <i.mulder-smit@oosterwaarde.nl>",
            "Ronald Bos <r.bos@oosterwaarde.nl>, Sevda Karaman <sevda.karaman71@hotmail.com>",
            d(2024, 4, 22),
            "Uitnodiging: Evaluatie re-integratie S. Karaman @ do 2 mei 2024 10:00 - 11:00",
            "c4.invite.20240422@oosterwaarde.nl",
            10,
            15,
        ),
        "Wanneer: donderdag 2 mei 2024 10:00-11:00 (UTC+01:00) Amsterdam, Berlijn\n"
        "Waar: Stadskantoor, kamer 2.14\n\n*~*~*~*~*~*~*~*~*~*\n\n"
        "Hoi Sevda en Ronald,\n\nZoals afgesproken plannen we de eerste evaluatie van het plan van aanpak. "
        "Neem gerust iemand mee als je dat prettig vindt.\n\nGroet,\nIngrid\n",
        [Attachment("invite.ics", ics.encode("utf-8"), "text/calendar")],
    )
    label(
        f"{case}/mail/Uitnodiging Evaluatie re-integratie.eml",
        "",
        d(2024, 4, 22),
        note("non-RIV: Outlook calendar invite for an evaluation meeting"),
    )
    label(
        f"{case}/mail/Uitnodiging Evaluatie re-integratie.eml::invite.ics",
        "",
        d(2024, 4, 22),
        note("non-RIV: the .ics of the invite"),
    )

    # 4 Tussentijdse evaluatie — casemanager types the verslag into the mail ----------------
    te1 = d(2024, 5, 2)
    write_eml(
        base / "mail/RE_ vandaag.eml",
        eml_headers(
            "Ingrid Mulder-Smit <i.mulder-smit@oosterwaarde.nl>",
            "Sevda Karaman <sevda.karaman71@hotmail.com>",
            te1,
            "RE: vandaag",
            "c4.te1.20240502@oosterwaarde.nl",
            15,
            41,
            cc="Ronald Bos <r.bos@oosterwaarde.nl>",
        ),
        "Beste Sevda,\n\n"
        "Dank voor het gesprek van vanochtend. Hieronder zoals beloofd het verslag; laat je het mij weten "
        "als er iets niet klopt? Dan neem ik het zo op in je re-integratiedossier.\n\n"
        f"Verslag evaluatiegesprek plan van aanpak — {fmt_date(te1, 'long')}\n"
        f"Aanwezig: Sevda Karaman (werknemer, BSN {bsn}), Ronald Bos (teamleider Schoonmaak), "
        "Ingrid Mulder-Smit (casemanager)\n\n"
        "1. Hoe gaat het met het werk?\n"
        "Sevda werkt sinds 2 april op maandag en woensdag 3 uur in het stadskantoor (bureaus, pantry 1e en 2e "
        "verdieping). Dat gaat redelijk; na de tweede dag heeft ze veel last. De trolley met hoge duwbeugel is "
        "op 12 april geleverd en helpt.\n\n"
        "2. Afspraken uit het plan van aanpak\n"
        "- aangepast werk 2 x 3 uur: nagekomen\n"
        "- trolley: geregeld\n"
        "- uitbreiding uren: nog niet, bedrijfsarts wil eerst de behandeling afwachten\n\n"
        "3. Nieuwe afspraken\n"
        "- uren blijven voorlopig 2 x 3 uur; Ronald zorgt dat Sevda niet op de bibliotheek wordt ingeroosterd\n"
        "- Sevda meldt zich bij Ingrid zodra de datum van de operatie bekend is\n"
        "- volgende evaluatie: half juni (of eerder na de operatie)\n\n"
        "4. Stand van zaken plan van aanpak\n"
        "Het doel (terugkeer eigen werk) blijft gelijk. De streefdatum 1 juli is waarschijnlijk niet haalbaar; "
        "dat bespreken we na het volgende spreekuur bij de bedrijfsarts.\n\n"
        "Met vriendelijke groet,\n\nIngrid Mulder-Smit\nCasemanager verzuim | P&O\nGemeente Oosterwaarde\n"
        "T 0523 79 14 62 | werkdagen ma-di-do\n\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Sevda Karaman <sevda.karaman71@hotmail.com>\n"
        "Verzonden: donderdag 2 mei 2024 08:03\n"
        "Aan: Ingrid Mulder-Smit <i.mulder-smit@oosterwaarde.nl>\n"
        "Onderwerp: vandaag\n\n"
        "Goedemorgen Ingrid, ik ben er om 10 uur. Mag mijn dochter mee? Groet Sevda\n",
    )
    label(
        f"{case}/mail/RE_ vandaag.eml",
        "tussentijdse_evaluatie",
        te1,
        note("casemanager typed the evaluation report into the mail body; uninformative subject"),
    )

    # 5 Ontslagbrief ziekenhuis (medische informatie) ------------------------------------
    mi_date = d(2024, 5, 24)
    zh = Style(
        key="c1-ziekenhuis",
        org="Ziekenhuis Het Vechtdal",
        org_lines=(
            "Afdeling Orthopedie  ·  Burgemeester Schuitelaan 9  ·  7941 AA Oosterwaarde",
            "Polikliniek 0523 76 20 00",
        ),
        font="sans",
        accent=(40, 40, 120),
        letterhead="centered",
        footer="Deze brief bevat vertrouwelijke gegevens. Ziekenhuis Het Vechtdal",
        producer="HiX 6.3",
        author="Orthopedie",
    )
    write_pdf(
        base / "post/20240524_0931.pdf",
        [
            Title("Ontslagbrief", sub="Orthopedie — klinische opname"),
            Fields(
                [
                    ("Aan", "Huisarts E. Temmink, Gezondheidscentrum De Esch, Oosterwaarde"),
                    ("Cc", f"Bedrijfsarts {ba}, {arbo} (met toestemming patiënt)"),
                    ("Patiënt", f"mw. {wn}, geb. {gebdat}"),
                    ("BSN", bsn),
                    ("Patiëntnummer", "3309127"),
                    ("Opname", "21-05-2024"),
                    ("Ontslag", "24-05-2024"),
                    ("Datum brief", fmt_date(mi_date, "dash")),
                ]
            ),
            Para("Geachte collega,"),
            Para(
                "Op 21 mei 2024 werd uw patiënte opgenomen voor het plaatsen van een totale knieprothese rechts "
                "in verband met gonartrose (Kellgren-Lawrence graad IV), na een periode van conservatieve behandeling "
                "met fysiotherapie, infiltraties en pijnstilling zonder blijvend effect."
            ),
            Heading("Operatie"),
            Para(
                "21-05-2024: TKP rechts (gecementeerd), spinale anesthesie. Peroperatief geen bijzonderheden. "
                "Bloedverlies gering."
            ),
            Heading("Beloop"),
            Para(
                "Postoperatief vlot gemobiliseerd onder begeleiding van de fysiotherapeut; traplopen geoefend. "
                "Wond droog. Röntgenfoto postoperatief: goede stand van de prothese. Pijn goed onder controle."
            ),
            Heading("Medicatie bij ontslag"),
            Bullets(
                [
                    "Paracetamol 1000 mg 4 dd",
                    "Naproxen 500 mg 2 dd gedurende 2 weken, met esomeprazol 20 mg 1 dd",
                    "Fraxiparine 2850 IE 1 dd s.c. gedurende 5 weken",
                    "Oxycodon 5 mg zo nodig, max 4 dd, afbouwen",
                ]
            ),
            Heading("Afspraken"),
            Bullets(
                [
                    "Hechtingen verwijderen dag 14 via huisarts",
                    "Poliklinische controle met röntgenfoto over 6 weken",
                    "Fysiotherapie 2-3 x per week, eerstelijns",
                    "Autorijden niet in de eerste 6 weken",
                ]
            ),
            Para(
                "Daarnaast is bekend met schouderklachten links (subacromiale pijn), hiervoor geen actie tijdens deze "
                "opname."
            ),
            Para("Met collegiale groet,"),
            Signatures(
                [
                    Sig(
                        "Orthopedisch chirurg", "dr. W.G. Haverkamp", "orthopedisch chirurg", fmt_date(mi_date, "dash")
                    ),
                    Sig("Arts-assistent", "L. Timmer", "arts-assistent orthopedie", ""),
                ]
            ),
        ],
        zh,
    )
    label(
        f"{case}/post/20240524_0931.pdf",
        "medische_informatie",
        mi_date,
        note("hospital discharge letter (ontslagbrief) in the employer folder; no words 'medische informatie'"),
    )

    # 6 Bijstelling PA — "Terugkoppeling aan werkgever" -----------------------------------
    bpa = d(2024, 7, 8)
    write_pdf(
        base / "01 Poortwachter/terugkoppeling BA juli.pdf",
        [
            Title("Terugkoppeling aan werkgever"),
            Fields(
                [
                    ("Werknemer", f"mw. {wn}"),
                    ("Geboortedatum", gebdat),
                    ("BSN", bsn),
                    ("Werkgever", wg),
                    ("Contactpersoon", cm_full),
                    ("Eerste verzuimdag", fmt_date(d0, "dash")),
                    ("Datum spreekuur", fmt_date(d(2024, 7, 4), "dash")),
                    ("Verzuimnummer", "AV-2024-018834"),
                ]
            ),
            Heading("Aanleiding"),
            Para(
                "Werkneemster is op mijn spreekuur geweest na een ingreep in mei. De situatie is wezenlijk "
                "veranderd ten opzichte van mijn analyse van 18 maart 2024. Hieronder stel ik mijn eerdere "
                "oordeel en advies bij."
            ),
            Heading("Gewijzigde beperkingen en mogelijkheden"),
            Bullets(
                [
                    "Tijdelijk (tot ca. september) geen knielende en hurkende houdingen, niet traplopen met last.",
                    "Lopen beperkt tot korte afstanden, staan maximaal 20 minuten aaneengesloten.",
                    "Zittend werk is mogelijk, 3 uur per dag, 4 dagen per week.",
                    "Beperking voor werken boven schouderhoogte (links) blijft onveranderd.",
                ]
            ),
            Heading("Prognose"),
            Para(
                "Het herstel verloopt volgens verwachting maar langzamer dan eerder ingeschat. Terugkeer in het "
                "volledige eigen werk (vloeren, sanitair, trappenhuizen) verwacht ik niet vóór het einde van het "
                "eerste ziektejaar; het is onzeker of het eigen werk op termijn volledig haalbaar wordt."
            ),
            Heading("Advies"),
            Bullets(
                [
                    "Bijstelling van het plan van aanpak: tijdelijk ander, zittend werk (bijv. receptie, "
                    "postkamer of ondersteuning magazijn facilitair) 4 x 3 uur.",
                    "Het doel van het plan voorlopig wijzigen naar 'aangepast/ander werk bij de eigen werkgever'.",
                    "Na de controle bij de behandelaar (ca. 6 weken) opnieuw beoordelen; dan zo nodig een "
                    "arbeidsdeskundige inschakelen.",
                ]
            ),
            Para(
                "Deze terugkoppeling bevat geen medische gegevens. Werkneemster heeft de inhoud gezien en stemt in "
                "met verzending."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG-nr. " + ba_big, fmt_date(bpa, "long"))]),
        ],
        arbovitaal,
    )
    label(
        f"{case}/01 Poortwachter/terugkoppeling BA juli.pdf",
        "bijstelling_probleemanalyse",
        bpa,
        note("arbodienst title 'Terugkoppeling aan werkgever' that adjusts the PA"),
    )

    # 7 Bijstelling PvA — Word, title only in a text box -----------------------------------
    bpva = d(2024, 7, 18)
    write_docx_textbox_title(
        base / "01 Poortwachter/PvA.docx",
        "Bijstelling Plan van Aanpak",
        "re-integratie S. Karaman",
        [
            Fields(
                [
                    ("Werknemer", wn),
                    ("BSN", bsn),
                    ("Functie", "Medewerker schoonmaak"),
                    ("Eerste ziektedag", fmt_date(d0, "dash")),
                    ("Casemanager", cm_full),
                    ("Datum oorspronkelijk plan", fmt_date(pva_date, "dash")),
                    ("Datum bijstelling", fmt_date(bpva, "dash")),
                ]
            ),
            Heading("Waarom wordt het plan gewijzigd?"),
            Para(
                f"De bedrijfsarts heeft op {fmt_date(bpa, 'long')} zijn oordeel bijgesteld. Volgens de bedrijfsarts "
                "is terugkeer in het volledige eigen werk vóór februari 2025 niet te verwachten. Daarom passen we "
                "het doel en de afspraken aan."
            ),
            Heading("Nieuw doel"),
            Para(
                "Tijdelijk: aangepast/ander werk bij de gemeente (receptie servicebalie Stadskantoor en "
                "postkamer). Op langere termijn blijft terugkeer in (aangepast) eigen werk het doel, als de "
                "belastbaarheid dat toelaat."
            ),
            Heading("Afspraken"),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    [
                        "Start werkzaamheden postkamer, 4 x 3 uur (di t/m vr ochtend)",
                        "Sevda / R. Bos",
                        "vanaf 29 juli 2024",
                    ],
                    [
                        "Inwerken servicebalie (zittend), 1 ochtend per week",
                        "teamleider Publiekszaken",
                        "vanaf september",
                    ],
                    ["Spreekuur bedrijfsarts na controle behandelaar", "Sevda / ArboVitaal", "eind augustus"],
                    ["Evaluatie", "Ingrid / Ronald / Sevda", "uiterlijk 29 augustus 2024"],
                    ["Besluit inzet arbeidsdeskundige", "casemanager", "na spreekuur augustus"],
                ],
            ),
            Heading("Visie werkgever"),
            Para(
                "Wij vinden het belangrijk dat Sevda aan het werk blijft en contact houdt met collega's. Het "
                "werk in de postkamer past binnen het advies van de bedrijfsarts."
            ),
            Heading("Visie werknemer"),
            Para(
                "Ik vind het jammer dat ik mijn eigen werk niet kan doen, maar ik ga het proberen in de postkamer. "
                "Ik wil wel dat mijn eigen plek in het team Schoonmaak niet verdwijnt."
            ),
            Signatures(
                [
                    Sig("Werkgever", cm_full, "casemanager verzuim", fmt_date(bpva, "dash")),
                    Sig("Werknemer", wn, "", fmt_date(bpva, "dash")),
                ]
            ),
        ],
        Style(
            key="c1-gemeente-docx",
            org="Gemeente Oosterwaarde",
            org_lines=(),
            font="condensed",
            accent=(0, 110, 80),
            letterhead="none",
            author="Mulder-Smit, Ingrid",
        ),
    )
    label(
        f"{case}/01 Poortwachter/PvA.docx",
        "bijstelling_plan_van_aanpak",
        bpva,
        note("misleading name 'PvA.docx'; title only in a Word text box"),
    )

    # 8 Terse note, scanned --------------------------------------------------------------
    te2 = d(2024, 8, 29)
    write_scan_pdf(
        base / "scans/scan_0829_001.pdf",
        [
            Para(f"Gesprek d.d. 29/8 – S. Karaman (BSN {bsn})"),
            Para("Aanw.: Sevda, Ronald B., Ingrid M-S."),
            Para("Afspraken:"),
            Bullets(
                [
                    "postkamer 4x3 u gaat goed, blijft zo t/m okt.",
                    "servicebalie: proef 1 ochtend per week per 9/9",
                    "spreekuur BA 5/9 → daarna besluit AD",
                    "vakantie 16/9 t/m 27/9 (akkoord BA)",
                    "volgende evaluatie: 10/10",
                ]
            ),
            Para("PvA (bijgesteld 18/7) blijft ongewijzigd."),
            Para("Voor akkoord:"),
            Signatures(
                [Sig("Casemanager", "I. Mulder-Smit", "", "29-8-24"), Sig("Werknemer", "S. Karaman", "", "29-8-24")]
            ),
        ],
        Style(key="c1-note", org="", letterhead="none", font="sans", base_size=11),
        rotate_deg=1.3,
        noise=0.6,
    )
    label(
        f"{case}/scans/scan_0829_001.pdf",
        "tussentijdse_evaluatie",
        te2,
        note("image-only scan of a terse one-page meeting note 'Gesprek d.d. 29/8 – afspraken'"),
    )

    # 9 Loonbeslag (non-RIV) ------------------------------------------------------------
    write_pdf(
        base / "post/brief deurwaarder.pdf",
        [
            Title("Exploot van beslag onder derden", sub="loonbeslag"),
            Fields(
                [
                    ("Aan", "Gemeente Oosterwaarde, t.a.v. de salarisadministratie"),
                    ("Ons kenmerk", "DW/24/07713"),
                    ("Datum", fmt_date(d(2024, 10, 14), "long")),
                    ("Schuldenaar", f"mevrouw {wn}, geboren {gebdat}"),
                    ("Schuldeiser", "Energiehuis Nederland B.V."),
                ]
            ),
            Para(
                "Op verzoek van bovengenoemde schuldeiser heb ik, gerechtsdeurwaarder, ten laste van "
                "de schuldenaar beslag gelegd onder u als derde op al hetgeen u aan de schuldenaar verschuldigd bent "
                "of zult worden, waaronder loon en loon tijdens ziekte, tot een bedrag van € 3.412,18 "
                "(hoofdsom, rente en kosten)."
            ),
            Para(
                "U dient binnen vier weken een verklaring derdenbeslag af te leggen en de beslagvrije voet in "
                "acht te nemen. De verklaring kunt u digitaal indienen via ons portaal."
            ),
            Signatures([Sig("Gerechtsdeurwaarder", "mr. P.J. Kloosterman", "gerechtsdeurwaarder", "14 oktober 2024")]),
        ],
        Style(
            key="c1-deurwaarder",
            org="Kloosterman & Veldkamp Gerechtsdeurwaarders",
            org_lines=("Burgwal 31, 8261 EP Kampen",),
            font="serif",
            accent=(60, 60, 60),
            letterhead="left",
        ),
    )
    label(f"{case}/post/brief deurwaarder.pdf", "", d(2024, 10, 14), note("non-RIV: loonbeslag exploot"))

    # 10 Ziekmelding UWV — UWV confirmation letter ----------------------------------------
    zm = d(2024, 12, 3)
    uwv_brief = Style(
        key="c1-uwv-brief",
        org="UWV",
        org_lines=("Postbus 58285", "1040 HG Amsterdam"),
        font="sans",
        accent=(0, 84, 160),
        letterhead="left",
        footer="UWV  ·  www.uwv.nl/werkgevers  ·  Werkgeverslijn 088 - 898 20 01",
        producer="UWV Documentservice",
        author="UWV",
    )
    write_pdf(
        base / "post/UWV 03-12-2024.pdf",
        [
            *address("Gemeente Oosterwaarde", "t.a.v. afdeling P&O", "Postbus 1200", "7940 KA Oosterwaarde"),
            Fields(
                [
                    ("Datum", fmt_date(zm, "long")),
                    ("Ons kenmerk", "ZM-2024-5520193"),
                    ("Loonheffingennummer", lhn),
                    ("Behandeld door", "Team Ziekmeldingen"),
                    ("Telefoon", "088 - 898 20 01"),
                ]
            ),
            Title("Wij hebben uw ziekmelding ontvangen"),
            Para("Geachte heer, mevrouw,"),
            Para(
                f"U hebt uw werknemer {wn_short}, burgerservicenummer {bsn}, op 28 november 2024 bij ons "
                "ziek gemeld. Uw werknemer is ziek sinds " + fmt_date(d0, "long") + ". Met deze brief bevestigen "
                "wij uw melding."
            ),
            Heading("Wat moet u doen?"),
            Bullets(
                [
                    "U blijft verantwoordelijk voor de re-integratie van uw werknemer.",
                    "Maak samen met uw werknemer aan het einde van het eerste ziektejaar de eerstejaarsevaluatie.",
                    "Houd het re-integratiedossier bij. Dit hebt u nodig als uw werknemer een WIA-uitkering aanvraagt.",
                    "Is uw werknemer weer beter? Geef dit dan direct aan ons door.",
                ]
            ),
            Para("Uw werknemer krijgt ook een brief van ons."),
            Para("Met vriendelijke groet,"),
            Para("UWV\nTeam Ziekmeldingen"),
        ],
        uwv_brief,
    )
    label(
        f"{case}/post/UWV 03-12-2024.pdf", "ziekmelding_uwv", zm, note("UWV confirmation of the 42nd-week sick report")
    )

    # 11 Verzuimprotocol (non-RIV), long --------------------------------------------------
    vp_blocks = [
        Title("Verzuimprotocol Gemeente Oosterwaarde", sub="vastgesteld door het college op 17 januari 2023"),
        Para(
            "Dit protocol beschrijft wat medewerkers en leidinggevenden doen bij ziekte. Het geldt voor "
            "alle medewerkers met een aanstelling of arbeidsovereenkomst bij de gemeente."
        ),
    ]
    for i, (h, t) in enumerate(
        [
            (
                "Ziekmelden",
                "Meld je ziek vóór 9.00 uur bij je leidinggevende, telefonisch en niet via e-mail of "
                "WhatsApp. Geef je verpleegadres door als je niet thuis bent. Je leidinggevende vraagt niet naar de "
                "aard "
                "van je ziekte.",
            ),
            (
                "Bereikbaarheid",
                "Je bent tijdens werktijd bereikbaar voor je leidinggevende en de arbodienst. "
                "Ben je niet thuis voor een bezoek of consult, meld dit dan vooraf.",
            ),
            (
                "Contact tijdens ziekte",
                "Je leidinggevende neemt binnen 3 werkdagen contact met je op en daarna "
                "minimaal eens per week. Afspraken worden vastgelegd in het verzuimsysteem.",
            ),
            (
                "Arbodienst",
                "De gemeente werkt samen met ArboVitaal Noord-Oost. De bedrijfsarts beoordeelt je "
                "mogelijkheden; medische gegevens blijven bij de bedrijfsarts.",
            ),
            (
                "Wet verbetering poortwachter",
                "Duurt je verzuim langer, dan volgen we de stappen van de Wet "
                "verbetering poortwachter: probleemanalyse, plan van aanpak, regelmatige evaluaties, de "
                "eerstejaarsevaluatie en uiteindelijk de eindevaluatie.",
            ),
            (
                "Vakantie tijdens ziekte",
                "Vakantie tijdens ziekte vraag je aan bij je leidinggevende; de "
                "bedrijfsarts wordt om advies gevraagd als dat nodig is.",
            ),
            (
                "Sancties",
                "Houd je je niet aan dit protocol, dan kan de gemeente de loonbetaling opschorten "
                "of stopzetten conform artikel 7:629 BW en de CAR-UWO/Cao Gemeenten.",
            ),
            (
                "Privacy",
                "De gemeente verwerkt verzuimgegevens volgens de AVG en de beleidsregels van de "
                "Autoriteit Persoonsgegevens. Je dossier wordt na afloop bewaard conform de bewaartermijnen.",
            ),
        ],
        start=1,
    ):
        vp_blocks += [
            Heading(f"Artikel {i}  {h}"),
            Para(t),
            Para(t.replace("Je ", "De medewerker ").replace("je ", "de medewerker ")),
        ]
    write_pdf(base / "Verzuimprotocol 2023.pdf", vp_blocks, gemeente)
    label(f"{case}/Verzuimprotocol 2023.pdf", "", d(2023, 1, 17), note("non-RIV: employer's verzuimprotocol"))

    # 12 Arbeidsdeskundig rapport — long, cover page ---------------------------------------
    ad = d(2024, 12, 16)
    ad_blocks = [
        Title("Rapportage arbeidsdeskundig onderzoek", sub="in het kader van de Wet verbetering poortwachter"),
        Fields(
            [
                ("Werknemer", f"mevrouw {wn}"),
                ("Geboortedatum", gebdat),
                ("BSN", dotted(bsn)),
                ("Werkgever", f"{wg}, afdeling Facilitaire Dienstverlening"),
                ("Functie", "Medewerker schoonmaak"),
                ("Eerste ziektedag", fmt_date(d0, "long")),
                ("Opdrachtgever", f"{cm_full}, casemanager"),
                ("Arbeidsdeskundige", "A.M. Vos, register-arbeidsdeskundige (CRA)"),
                ("Datum rapportage", fmt_date(ad, "long")),
            ]
        ),
        Heading("1. Vraagstelling"),
        Para(
            "Is werkneemster geschikt voor haar eigen werk als medewerker schoonmaak, eventueel na aanpassing? "
            "Zo nee, welk passend werk is er binnen de gemeente (spoor 1), en wat zijn de mogelijkheden op de "
            "externe arbeidsmarkt (spoor 2)?"
        ),
        Heading("2. Werkwijze"),
        Bullets(
            [
                "Dossierstudie (probleemanalyse, terugkoppelingen bedrijfsarts, plan van aanpak en bijstelling).",
                "Gesprek met werkneemster op 28 november 2024 (thuis, 1,5 uur).",
                "Gesprek met teamleider R. Bos en casemanager op 2 december 2024.",
                "Werkplekbezoek stadskantoor en sporthal De Wieken op 2 december 2024.",
                "Afstemming met bedrijfsarts H.J. Zwiers op 9 december 2024.",
            ]
        ),
        Heading("3. Gegevens werkneemster"),
        Para(
            "Werkneemster is 53 jaar en sinds 2009 in dienst. Zij heeft een opleiding tot naaister gevolgd in "
            "Turkije (niveau vergelijkbaar met MBO-1/2) en heeft in Nederland de cursus Vakbekwaam Schoonmaker "
            "afgerond. Zij spreekt en verstaat Nederlands redelijk goed; lezen en schrijven kost meer moeite. "
            "Computervaardigheden zijn beperkt (smartphone, e-mail). Zij heeft geen rijbewijs."
        ),
        Heading("4. De eigen functie"),
        Para(
            "De functie medewerker schoonmaak omvat het dagelijks en periodiek reinigen van kantoren, "
            "sanitaire ruimten, trappenhuizen, kleedkamers en sportaccommodaties. Er wordt gewerkt in een "
            "vroege dienst (6.00–10.00 uur) of avonddienst. De werkzaamheden vragen veel lopen, staan, bukken, "
            "knielen, reiken boven schouderhoogte en het duwen van trolleys en schrobmachines."
        ),
        Table(
            ["Belastend aspect", "Functiebelasting", "Belastbaarheid (bedrijfsarts)", "Knelpunt"],
            [
                ["Lopen", "frequent, > 2 uur per dienst", "korte afstanden", "ja"],
                ["Staan", "> 3 uur per dienst", "max. 30 min aaneengesloten", "ja"],
                ["Knielen/hurken", "regelmatig (sanitair, plinten)", "niet", "ja"],
                ["Traplopen", "trappenhuizen 4 verdiepingen", "beperkt, zonder last", "ja"],
                ["Reiken boven schouder", "ramen, spiegels", "vermijden (links)", "ja"],
                ["Duwen/trekken", "schrobmachine, trolley", "tot 15 kg", "ja"],
                ["Werktijden", "4 x 7 uur", "4 x 4 uur", "ja"],
            ],
        ),
        Heading("5. Belastbaarheid"),
        Para(
            "De bedrijfsarts heeft de belastbaarheid vastgelegd in zijn terugkoppeling van juli 2024 en in "
            "onze afstemming van 9 december 2024 bevestigd. Kortweg: geen knielende/hurkende houdingen, "
            "beperkt lopen en staan, geen werk boven schouderhoogte links, werkduur 4 x 4 uur per week. De "
            "bedrijfsarts verwacht geen wezenlijke verbetering meer op de fysiek zware onderdelen."
        ),
        Heading("6. Analyse eigen werk"),
        Para(
            "Er is een duidelijke overschrijding op vrijwel alle fysieke belastingsaspecten. Ook met aanpassingen "
            "(lichtere trolley, uitsluitend kantoorwerk, geen sanitair) blijft er te veel lopen en staan over. "
            "Het eigen werk is naar mijn oordeel niet passend, ook niet in aangepaste vorm."
        ),
        Heading("7. Ander werk bij de gemeente (spoor 1)"),
        Para(
            "Besproken zijn de postkamer, de servicebalie van het stadskantoor, het magazijn facilitair en de "
            "receptie van de sporthal. De postkamer-werkzaamheden die werkneemster nu doet zijn geen formatieplaats: "
            "het betreft aanvullende taken die verdwijnen zodra de nieuwe digitale postverwerking in april 2025 "
            "live gaat. De servicebalie vraagt een MBO-3 niveau en goede digitale vaardigheden; dat sluit niet aan. "
            "De receptie sporthal is een formatieplaats van 20 uur, maar vraagt avonddiensten en veel staan."
        ),
        Para(
            "Conclusie spoor 1: er is op dit moment geen structureel passende functie bij de gemeente beschikbaar. "
            "De postkamer kan tot april 2025 als tijdelijke werkplek blijven dienen."
        ),
        Heading("8. Mogelijkheden op de arbeidsmarkt (spoor 2)"),
        Para(
            "Geschikt lijken functies met overwegend zittend, eenvoudig en routinematig werk, bijvoorbeeld "
            "productiemedewerker licht inpakwerk (zittend), medewerker naaiatelier/kledingreparatie, "
            "medewerker linnenkamer, gastvrouw/receptie zonder avonddiensten. Haar naai-ervaring is een "
            "duidelijke kracht. Digitale vaardigheden verdienen aandacht."
        ),
        Heading("9. Advies"),
        Bullets(
            [
                "Start een tweedespoortraject via een re-integratiebureau, uiterlijk in februari 2025, met "
                "aandacht voor taal en digitale vaardigheden en een zoekrichting zittend/productiewerk.",
                "Laat werkneemster tot april 2025 de postkamer-taken houden.",
                "Leg de keuze voor spoor 2 vast in de eerstejaarsevaluatie en in een bijstelling van het plan van "
                "aanpak.",
                "Blijf intern vacatures volgen die binnen de belastbaarheid vallen (spoor 1 blijft open).",
                "Herbeoordeling na 6 maanden of eerder als de belastbaarheid verandert.",
            ]
        ),
        Heading("10. Ondertekening"),
        Para(
            "Dit rapport is besproken met werkneemster en werkgever. Werkneemster kan zich vinden in de "
            "conclusies maar hoopt op termijn nog terug te keren in de gemeente."
        ),
        Signatures([Sig("Arbeidsdeskundige", "A.M. Vos", "register-arbeidsdeskundige", fmt_date(ad, "long"))]),
        Heading("Bijlage — verklaring werkneemster"),
        Para(
            "Ik heb het rapport gelezen. Ik ben het eens met de feiten en heb mijn opmerkingen in het gesprek "
            "gegeven. Ik wil graag een traject met ondersteuning bij solliciteren en computerles."
        ),
        Signatures([Sig("Werknemer", wn, "", "19-12-2024")]),
    ]
    write_pdf_with_cover(
        base / "01 Poortwachter/verslag.pdf",
        ("ArboVitaal  |  Arbeidsdeskundig advies", "Mevrouw S. Karaman", "Vertrouwelijk"),
        ad_blocks,
        arbovitaal,
    )
    label(
        f"{case}/01 Poortwachter/verslag.pdf",
        "arbeidsdeskundig_rapport",
        ad,
        note("long AD report; page 1 is a cover with only logo line, name, 'Vertrouwelijk'; generic file name"),
    )

    # 13 Eerstejaarsevaluatie — UWV form, scanned ------------------------------------------
    eje = d(2025, 1, 27)
    write_scan_pdf(
        base / "scans/scan_0127_001.pdf",
        [
            Title("(Eerstejaars)evaluatie", sub="Evaluatie van het plan van aanpak"),
            Para(
                "Gebruik dit formulier om samen met uw werknemer het plan van aanpak te evalueren. Aan het einde "
                "van het eerste ziektejaar bent u verplicht een eerstejaarsevaluatie te maken."
            ),
            *qa(
                [
                    ("1.1 Naam werknemer", wn),
                    ("1.2 Burgerservicenummer", spaced(bsn)),
                    ("1.3 Eerste ziektedag", fmt_date(d0, "dash")),
                    ("2.1 Naam werkgever", wg),
                    ("2.2 Loonheffingennummer", lhn),
                    ("3.1 Soort evaluatie", "[ ] tussentijdse evaluatie   [x] eerstejaarsevaluatie"),
                    ("3.2 Datum gesprek", fmt_date(d(2025, 1, 23), "dash")),
                    (
                        "4.1 Wat is er in het eerste ziektejaar gedaan?",
                        "Aangepast werk stadskantoor (apr-mei), operatie "
                        "mei, postkamer 4 x 3 uur sinds juli, proef servicebalie (gestopt), arbeidsdeskundig "
                        "onderzoek dec. 2024.",
                    ),
                    ("4.2 Is het re-integratiedoel bereikt?", "[ ] ja   [x] nee"),
                    (
                        "4.3 Welk resultaat wilt u aan het einde van het tweede ziektejaar bereiken?",
                        "Werk bij een andere werkgever (spoor 2) binnen de belastbaarheid, zittend werk ca. 16-20 uur; "
                        "tegelijk blijft de gemeente intern zoeken (spoor 1).",
                    ),
                    (
                        "4.4 Hoe gaat u dat bereiken?",
                        "Inschakelen Werkpad Re-integratie per februari 2025; "
                        "postkamer tot april 2025; evaluatie elke 6 weken.",
                    ),
                    ("5.1 Visie werkgever", "Eigen werk is niet meer passend (AD-rapport). Gemeente zet spoor 2 in."),
                    ("5.2 Visie werknemer", "Ik ben het eens met spoor 2. Ik wil wel graag computerles."),
                    ("6.1 Wordt het plan van aanpak bijgesteld?", "[x] ja   [ ] nee — zie afspraken hierboven"),
                ]
            ),
            Signatures(
                [
                    Sig("Werkgever", cm_full, "casemanager verzuim", fmt_date(eje, "dash")),
                    Sig("Werknemer", wn, "", fmt_date(eje, "dash")),
                ]
            ),
            Para("R 0114 (07-23)   (Eerstejaars)evaluatie"),
        ],
        uwv_form_style("c1-uwv-eje", "R 0114 (07-23)", "(Eerstejaars)evaluatie"),
        rotate_deg=-0.8,
        noise=0.55,
    )
    label(
        f"{case}/scans/scan_0127_001.pdf",
        "eerstejaarsevaluatie",
        eje,
        note("image-only scan of the UWV (Eerstejaars)evaluatie form, box 'eerstejaarsevaluatie' ticked"),
    )

    # 14 Trajectplan 2e spoor ---------------------------------------------------------------
    tp = d(2025, 2, 24)
    write_pdf(
        base / "02 Spoor 2/Werkpad - plan.pdf",
        [
            Title("Trajectplan 2e spoor"),
            Fields(
                [
                    ("Kandidaat", f"mevrouw {wn}"),
                    ("BSN", bsn),
                    ("Opdrachtgever", f"{wg}, {cm_full}"),
                    ("Trajectnummer", "WP-25-0144"),
                    ("Loopbaanadviseur", "Jeroen Hofstede"),
                    ("Startdatum traject", "17 februari 2025"),
                    ("Looptijd", "9 maanden, tot uiterlijk november 2025"),
                ]
            ),
            Heading("Intakegesprek"),
            Para(
                "Op 17 februari 2025 vond het intakegesprek plaats op ons kantoor in Zwolle. Mevrouw Karaman was "
                "gemotiveerd maar ook onzeker: zij werkt al 15 jaar bij de gemeente en had niet verwacht nog te moeten "
                "solliciteren."
            ),
            Heading("Persoonsprofiel"),
            Para(
                "Sterke punten: nauwkeurig, betrouwbaar, handig met naaien en textiel, goede omgang met collega's. "
                "Aandachtspunten: digitale vaardigheden, schriftelijk Nederlands, reisafstand zonder rijbewijs "
                "(max. 30 min met fiets of OV)."
            ),
            Heading("Zoekprofiel"),
            Bullets(
                [
                    "Medewerker kledingreparatie / naaiatelier (o.a. zorginstellingen, stomerijen)",
                    "Medewerker linnenkamer",
                    "Inpak- en assemblagewerk zittend",
                    "Gastvrouw zonder avonddiensten",
                ]
            ),
            Para("Urenrange 16–20 uur per week, binnen de belastbaarheid volgens de bedrijfsarts."),
            Heading("Activiteiten"),
            Table(
                ["Fase", "Activiteit", "Periode"],
                [
                    ["1 Oriëntatie", "arbeidsmarktoriëntatie, beroepeninteresse, netwerkkaart", "feb–mrt 2025"],
                    [
                        "2 Vaardigheden",
                        "digitale basisvaardigheden (8 lessen), cv en sollicitatiebrief",
                        "mrt–apr 2025",
                    ],
                    ["3 Bemiddeling", "vacatures zoeken, netwerkgesprekken, proefplaatsing", "mei–okt 2025"],
                    ["4 Afronding", "eindrapportage", "nov 2025"],
                ],
            ),
            Para("Wij rapporteren iedere drie maanden aan de opdrachtgever."),
            Signatures(
                [
                    Sig("Loopbaanadviseur", "J. Hofstede", "loopbaanadviseur", fmt_date(tp, "long")),
                    Sig("Kandidaat", wn, "", fmt_date(tp, "long")),
                ]
            ),
        ],
        werkpad,
    )
    label(f"{case}/02 Spoor 2/Werkpad - plan.pdf", "trajectplan_tweede_spoor", tp, note("2nd-track intake/trajectplan"))

    # 15 Reiskostenverklaring (non-RIV), DOCX ---------------------------------------------
    write_docx(
        base / "02 Spoor 2/declaratie.docx",
        [
            Title("Reiskostenverklaring"),
            Fields(
                [
                    ("Naam", wn),
                    ("Personeelsnummer", "100482"),
                    ("Afdeling", "Facilitaire Dienstverlening"),
                    ("Periode", "februari en maart 2025"),
                ]
            ),
            Table(
                ["Datum", "Van – naar", "Vervoer", "Bedrag"],
                [
                    ["17-02-2025", "Oosterwaarde – Zwolle v.v. (Werkpad)", "trein", "€ 14,60"],
                    ["03-03-2025", "Oosterwaarde – Zwolle v.v. (Werkpad)", "trein", "€ 14,60"],
                    ["10-03-2025", "Oosterwaarde – Zwolle v.v. (computerles)", "trein", "€ 14,60"],
                    ["24-03-2025", "Oosterwaarde – Zwolle v.v. (computerles)", "trein", "€ 14,60"],
                ],
            ),
            Para("Totaal: € 58,40. Ik verklaar dat ik deze reizen werkelijk heb gemaakt."),
            Signatures(
                [
                    Sig("Medewerker", wn, "", "31-03-2025"),
                    Sig("Akkoord leidinggevende", "R. Bos", "teamleider", "02-04-2025"),
                ]
            ),
        ],
        gemeente,
    )
    label(f"{case}/02 Spoor 2/declaratie.docx", "", d(2025, 4, 2), note("non-RIV: reiskostenverklaring"))

    # 16, 17 Voortgangsrapportages -----------------------------------------------------------
    for fname, rd, per, text, nxt in [
        (
            "02 Spoor 2/Werkpad rapportage 1.pdf",
            d(2025, 5, 26),
            "17 februari 2025 t/m 23 mei 2025",
            [
                "Mevrouw Karaman heeft de oriëntatiefase en 8 lessen digitale vaardigheden afgerond; zij kan nu "
                "zelfstandig vacatures zoeken en per mail solliciteren.",
                "Er zijn 6 sollicitaties verstuurd (o.a. linnenkamer Zorggroep Salland, naaiatelier Kringloop Zwolle); "
                "1 gesprek, afgewezen. 3 netwerkgesprekken gevoerd.",
                "De postkamer bij de gemeente is per 1 april opgeheven; sindsdien werkt zij niet meer.",
            ],
            "Focus op een proefplaatsing in een naaiatelier of linnenkamer.",
        ),
        (
            "02 Spoor 2/Voortgang aug.pdf",
            d(2025, 8, 18),
            "26 mei 2025 t/m 15 augustus 2025",
            [
                "Proefplaatsing bij Naaiatelier De Draad (sociale onderneming) van 16 juni t/m 25 juli, 2 x 4 uur "
                "per week. De werkgever was tevreden over kwaliteit, maar heeft geen betaalde plek.",
                "Sollicitaties in deze periode: 9; gesprekken: 2 (beide afgewezen). Netwerkgesprekken: 2.",
                "Werkneemster houdt zich goed aan de afspraken; zij is wel teleurgesteld.",
            ],
            "Verbreden naar inpak- en assemblagewerk; contact met uitzendbureau voor zittend productiewerk.",
        ),
    ]:
        write_pdf(
            base / fname,
            [
                Title("Voortgangsrapportage", sub="tweede spoor"),
                Fields(
                    [
                        ("Kandidaat", wn),
                        ("BSN", bsn),
                        ("Opdrachtgever", wg),
                        ("Trajectnummer", "WP-25-0144"),
                        ("Rapportageperiode", per),
                        ("Datum rapportage", fmt_date(rd, "long")),
                    ]
                ),
                Heading("Activiteiten en resultaten"),
                Bullets(text),
                Heading("Inzet kandidaat"),
                Para("Goed. Kandidaat is op alle afspraken aanwezig geweest."),
                Heading("Plan voor de komende periode"),
                Para(nxt),
                Signatures([Sig("Loopbaanadviseur", "J. Hofstede", "loopbaanadviseur Werkpad", fmt_date(rd, "dash"))]),
            ],
            werkpad,
        )
        label(f"{case}/{fname}", "voortgangsrapportage_tweede_spoor", rd, note("2nd-track progress report"))

    # 18 Eindrapportage 2e spoor -----------------------------------------------------------
    er = d(2025, 10, 6)
    write_pdf(
        base / "02 Spoor 2/afsluiting traject.pdf",
        [
            Title("Eindrapportage re-integratietraject 2e spoor"),
            Fields(
                [
                    ("Kandidaat", wn),
                    ("BSN", bsn),
                    ("Opdrachtgever", f"{wg}, {cm_full}"),
                    ("Trajectnummer", "WP-25-0144"),
                    ("Trajectduur", "17 februari 2025 – 3 oktober 2025"),
                    ("Datum", fmt_date(er, "long")),
                ]
            ),
            Heading("Resultaat"),
            Para(
                "Het traject is afgesloten zonder plaatsing in betaald werk. Mevrouw Karaman werkt sinds 1 september "
                "2025 als vrijwilliger 1 ochtend per week in het naaiatelier van De Draad."
            ),
            Heading("Overzicht inspanningen"),
            Table(
                ["Onderdeel", "Aantal"],
                [
                    ["Sollicitaties", "23"],
                    ["Sollicitatiegesprekken", "4"],
                    ["Netwerkgesprekken", "7"],
                    ["Proefplaatsing", "1 (6 weken)"],
                    ["Trainingen", "digitale vaardigheden (8 lessen), sollicitatietraining"],
                ],
            ),
            Heading("Conclusie en advies"),
            Para(
                "Mevrouw heeft zich voldoende ingespannen. De belemmeringen zijn vooral de beperkte urenbelastbaarheid "
                "en de fysieke beperkingen in combinatie met het lage opleidingsniveau. Wij adviseren werkgever en "
                "werknemer de WIA-aanvraag voor te bereiden en de zoekactiviteiten zelfstandig voort te zetten."
            ),
            Signatures([Sig("Loopbaanadviseur", "J. Hofstede", "loopbaanadviseur", fmt_date(er, "long"))]),
        ],
        werkpad,
    )
    label(
        f"{case}/02 Spoor 2/afsluiting traject.pdf", "eindrapportage_tweede_spoor", er, note("2nd-track final report")
    )

    # 19 UWV week-88 letter -----------------------------------------------------------------
    wia = d(2025, 10, 14)
    write_pdf(
        base / "post/UWV brief okt.pdf",
        [
            *address(f"Mevrouw {wn_short}", "Lijsterbesstraat 23", "7942 BM Oosterwaarde"),
            Fields(
                [("Datum", fmt_date(wia, "long")), ("Burgerservicenummer", bsn), ("Ons kenmerk", "WIA-AV-88-3390218")]
            ),
            Title("U kunt een WIA-uitkering aanvragen"),
            Para("Beste mevrouw Karaman,"),
            Para(
                f"U bent sinds {fmt_date(d0, 'long')} ziek. Als u over 104 weken nog steeds ziek bent, kunt u "
                "misschien een WIA-uitkering krijgen. Daarvoor moet u deze uitkering bij ons aanvragen. Doe dit "
                "uiterlijk 24 november 2025."
            ),
            Heading("Wat moet u doen?"),
            Bullets(
                [
                    "Vraag de uitkering aan via Mijn UWV op uwv.nl. U logt in met uw DigiD.",
                    "Zorg dat u het re-integratieverslag van uw werkgever hebt. Uw werkgever stuurt het verslag "
                    "binnen 1 dag na uw aanvraag naar ons, of u stuurt het zelf mee.",
                    "Vraag uw bedrijfsarts om de medische informatie. Deze stuurt u in een gesloten envelop.",
                ]
            ),
            Para("Uw werkgever krijgt een kopie van deze brief."),
            Para("Met vriendelijke groet,\n\nUWV"),
        ],
        uwv_brief,
    )
    label(f"{case}/post/UWV brief okt.pdf", "uwv_correspondentie", wia, note("UWV week-88 letter (WIA aanvragen)"))

    # 20 Actueel oordeel — UWV form --------------------------------------------------------
    ao = d(2025, 10, 20)
    write_pdf(
        base / "03 WIA/R0117.pdf",
        [
            Title("Actueel oordeel", sub="bij de probleemanalyse"),
            Para(
                "Dit formulier vult de bedrijfsarts in bij de aanvraag van een WIA-uitkering. Vermeld hier geen "
                "medische gegevens; die horen in het formulier Medische informatie. Het actueel oordeel moet "
                "gemaakt zijn vóór de eindevaluatie."
            ),
            Heading("1  Gegevens werknemer"),
            Fields(
                [
                    ("1.1 Naam werknemer", wn),
                    ("1.2 Burgerservicenummer", bsn),
                    ("1.3 Geboortedatum", gebdat),
                    ("1.4 Functie", "Medewerker schoonmaak"),
                    ("1.5 Eerste ziektedag", fmt_date(d0, "dash")),
                ]
            ),
            Heading("2  Gegevens werkgever en bedrijfsarts"),
            Fields(
                [
                    ("2.1 Naam werkgever", wg),
                    ("2.2 Loonheffingennummer", lhn),
                    ("2.3 Bedrijfsarts", ba),
                    ("2.4 Arbodienst", arbo),
                    ("2.5 BIG-nummer", ba_big),
                    ("2.6 Datum laatste spreekuur", "16-10-2025"),
                ]
            ),
            Heading("3  Verloop van de arbeidsongeschiktheid"),
            Para(
                "3.1 Na de ingreep in mei 2024 is er een gedeeltelijk herstel opgetreden. Sinds begin 2025 is de "
                "situatie stabiel; verdere verbetering van de belastbaarheid verwacht ik niet."
            ),
            Heading("4  Functionele mogelijkheden en beperkingen"),
            Bullets(
                [
                    "Geen knielen, hurken of kruipen; traplopen beperkt tot één trap zonder last.",
                    "Lopen en staan: maximaal 30 minuten aaneengesloten, 2 uur per werkdag.",
                    "Niet werken boven schouderhoogte links; tillen tot 5 kg frequent, 10 kg incidenteel.",
                    "Werktijden: 4 uur per dag, 20 uur per week; geen avond- of nachtdiensten.",
                ]
            ),
            Heading("5  Oordeel over de arbeidsrelatie"),
            Fields(
                [
                    ("5.1 Is de arbeidsrelatie goed?", "[x] ja   [ ] nee   [ ] niet bekend"),
                    (
                        "5.2 Toelichting",
                        "Geen aanwijzingen voor verstoorde verhoudingen; goede samenwerking met casemanager.",
                    ),
                ]
            ),
            Heading("6  Passende arbeid bij de werkgever"),
            Fields(
                [
                    ("6.1 Is er passende arbeid bij de werkgever?", "[ ] ja   [x] nee"),
                    (
                        "6.2 Toelichting",
                        "Het eigen werk is niet passend. Passend ander werk binnen de gemeente is volgens het "
                        "arbeidsdeskundig onderzoek niet voorhanden.",
                    ),
                ]
            ),
            Heading("7  Ondertekening"),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(ao, "dash"))]),
        ],
        uwv_form_style("c1-uwv-ao", "R 0117 (07-23)", "Actueel oordeel"),
    )
    label(f"{case}/03 WIA/R0117.pdf", "actueel_oordeel", ao, note("UWV form Actueel oordeel; file named by form code"))

    # 21 Eindevaluatie — UWV form ---------------------------------------------------------
    ev = d(2025, 10, 30)
    write_pdf(
        base / "03 WIA/Eindevaluatie S Karaman.pdf",
        [
            Title("Eindevaluatie", sub="van het plan van aanpak"),
            Para(
                "Vul dit formulier in samen met uw werknemer. Gebruik het actueel oordeel van de bedrijfsarts. "
                "De eindevaluatie maakt deel uit van het re-integratieverslag."
            ),
            Fields(
                [
                    ("1.1 Naam werknemer", wn),
                    ("1.2 Burgerservicenummer", bsn),
                    ("1.3 Eerste ziektedag", fmt_date(d0, "dash")),
                    ("2.1 Naam werkgever", wg),
                    ("2.2 Loonheffingennummer", lhn),
                    (
                        "2.3 Aard van het bedrijf",
                        "Gemeentelijke overheid; ca. 640 medewerkers. Afdeling Facilitaire "
                        "Dienstverlening verzorgt schoonmaak, post, catering en beheer van gemeentelijke gebouwen.",
                    ),
                    ("2.4 Contactpersoon", f"{cm_full}, casemanager verzuim"),
                    ("3.1 Datum actueel oordeel bedrijfsarts", fmt_date(ao, "dash")),
                    (
                        "4.1 Welke activiteiten zijn uitgevoerd?",
                        "Spoor 1: aangepast werk stadskantoor, postkamer (jul 2024 – apr 2025), "
                        "proef servicebalie, AD-onderzoek. Spoor 2: traject Werkpad feb–okt 2025, proefplaatsing "
                        "naaiatelier.",
                    ),
                    (
                        "4.2 Wat is het resultaat?",
                        "[ ] volledige werkhervatting   [ ] gedeeltelijke werkhervatting   [x] geen werkhervatting",
                    ),
                    (
                        "5.1 Oordeel werkgever over de kwaliteit van de arbeidsrelatie",
                        "Goed. Werkneemster heeft steeds meegewerkt.",
                    ),
                    (
                        "5.2 Is er passende arbeid bij de werkgever?",
                        "[ ] ja   [x] nee — zie AD-rapport dec. 2024 en actueel oordeel",
                    ),
                    (
                        "6.1 Heeft de werknemer het re-integratieverslag ontvangen?",
                        "[x] ja, op " + fmt_date(ev, "dash"),
                    ),
                ]
            ),
            Signatures(
                [
                    Sig(
                        "Werkgever",
                        "drs. M.A. Wessels",
                        "afdelingshoofd Facilitaire Dienstverlening",
                        fmt_date(ev, "dash"),
                    ),
                    Sig("Werknemer", wn, "", fmt_date(ev, "dash")),
                ]
            ),
        ],
        uwv_form_style("c1-uwv-ev", "R 0118 (07-23)", "Eindevaluatie"),
    )
    label(f"{case}/03 WIA/Eindevaluatie S Karaman.pdf", "eindevaluatie", ev, note("UWV form Eindevaluatie"))

    # 22 Oordeel werknemer — UWV form, phone photo ---------------------------------------
    ow = d(2025, 11, 6)
    write_photo_jpg(
        base / "03 WIA/IMG_20251106_183344.jpg",
        [
            Title("Oordeel werknemer", sub="over het re-integratieverslag"),
            Para("Geef hier uw mening over het re-integratieverslag. Bent u het er niet mee eens? Leg dan uit waarom."),
            *qa(
                [
                    ("1.1 Naam", wn),
                    ("1.2 Burgerservicenummer", bsn),
                    ("1.3 Naam werkgever", wg),
                    ("2.1 Bent u het eens met het re-integratieverslag?", "[ ] ja   [x] gedeeltelijk   [ ] nee"),
                    (
                        "2.2 Toelichting",
                        "Ik ben het eens met wat er is gedaan. Maar ik vind dat de postkamer te snel "
                        "is gestopt, ik had daar kunnen blijven. Verder ben ik tevreden over Ingrid en Werkpad.",
                    ),
                ]
            ),
            Signatures([Sig("Werknemer", wn, "", fmt_date(ow, "dash"))]),
            Para("R 0119 (07-23)  Oordeel werknemer"),
        ],
        uwv_form_style("c1-uwv-ow", "R 0119 (07-23)", "Oordeel werknemer"),
        taken=dt.datetime(2025, 11, 6, 18, 33, 44),
        orientation=6,
    )
    label(
        f"{case}/03 WIA/IMG_20251106_183344.jpg",
        "oordeel_werknemer",
        ow,
        note("phone photo (EXIF orientation 6) of the filled-in UWV form Oordeel werknemer"),
    )


# ============================================================================================
# Case 2 — Nordlight Software B.V. (English-speaking HR, non-standard arbodienst titles)
# ============================================================================================


def case_nordlight() -> None:
    case = "nordlight-verhoef"
    base = FILES / case
    bsn = make_bsn(random.Random("corpus4-c2"))
    d0 = d(2024, 5, 6)
    wn = "Ruben Verhoef"
    gebdat = "03-09-1986"
    wg = "Nordlight Software B.V."
    lhn = "857190342L01"
    hr = "Priya Raman"
    mgr = "Tomasz Nowak"
    ba = "drs. E.M. van Rijswijk"
    ba_big = "59087213401"
    arbo = "Arbo Compass"
    note = lambda s: f"nordlight;{s}"  # noqa: E731

    nordlight = Style(
        key="c2-nordlight",
        org="nordlight",
        org_lines=("Nordlight Software B.V.  ·  Houthavenkade 118  ·  1013 ZZ Amsterdam",),
        font="sans",
        accent=(20, 20, 20),
        letterhead="band",
        footer="Nordlight Software B.V. · Confidential · People team",
        producer="Google Docs Renderer",
        author="Priya Raman",
    )
    nordlight_docx = Style(
        key="c2-nordlight-docx",
        org="Nordlight Software B.V.",
        org_lines=(),
        font="condensed",
        accent=(20, 20, 20),
        letterhead="none",
        docx_title_in_header=True,
        author="Priya Raman",
    )
    compass = Style(
        key="c2-compass",
        org="Arbo Compass",
        org_lines=(
            "Arbo Compass B.V.  |  Postbus 94120  |  1090 GC Amsterdam",
            "klantenservice@arbocompass.nl  |  020 760 33 10",
        ),
        font="sans",
        accent=(0, 130, 140),
        letterhead="left",
        title_upper=False,
        footer="Arbo Compass B.V. — dit document bevat geen medische gegevens, tenzij anders vermeld",
        producer="Compass Verzuimportaal",
        author="Arbo Compass",
    )
    brugwerk = Style(
        key="c2-brugwerk",
        org="Brugwerk",
        org_lines=("re-integratie & loopbaan", "Wibautstraat 200, 1091 GS Amsterdam  ·  020 845 12 90"),
        font="serif",
        accent=(110, 60, 150),
        letterhead="centered",
        footer="Brugwerk B.V. · KvK 80012345",
        producer="Microsoft® Word for Microsoft 365",
        author="M. Sedney",
    )
    uwv_brief = Style(
        key="c2-uwv-brief",
        org="UWV",
        org_lines=("Postbus 58285", "1040 HG Amsterdam"),
        font="sans",
        accent=(0, 84, 160),
        letterhead="left",
        footer="UWV  ·  www.uwv.nl",
        producer="UWV Documentservice",
        author="UWV",
    )

    # 1 PA — arbodienst "Advies" -------------------------------------------------------------
    pa = d(2024, 6, 10)
    write_pdf(
        base / "Arbo/Advies 10-06-2024.pdf",
        [
            Title("Advies", sub="na spreekuur bedrijfsarts"),
            Fields(
                [
                    ("Werknemer", wn),
                    ("Geboortedatum", gebdat),
                    ("BSN", bsn),
                    ("Werkgever", wg),
                    ("Functie", "Senior Backend Engineer, 40 uur"),
                    ("Eerste ziektedag", fmt_date(d0, "long")),
                    ("Datum spreekuur", fmt_date(d(2024, 6, 6), "long")),
                    ("Dossiernummer", "AC-0448712"),
                ]
            ),
            Para("Dit advies geldt als probleemanalyse in de zin van de Wet verbetering poortwachter."),
            Heading("Dreigend langdurig verzuim"),
            Para(
                "Ja. Er is sprake van een forse beperking in de persoonlijke en mentale belastbaarheid. Ik verwacht "
                "dat "
                "het verzuim langer dan 3 maanden duurt."
            ),
            Heading("Mogelijkheden en beperkingen"),
            Bullets(
                [
                    "Beperkt in concentratie en het verwerken van informatie onder tijdsdruk.",
                    "Geen deadlines, geen piekbelasting, geen on-call/piketdiensten.",
                    "Mogelijk: korte, overzichtelijke taken zonder verantwoordelijkheid voor productie, 2 uur per dag, "
                    "bij voorkeur deels op kantoor voor structuur en contact.",
                    "Reistijd en beeldschermwerk geen beperking, mits met pauzes.",
                ]
            ),
            Heading("Verwachte duur en prognose"),
            Para(
                "De prognose is op termijn gunstig, maar het herstel kost tijd. Gedeeltelijke hervatting binnen "
                "het eigen werk lijkt na 3–4 maanden mogelijk. Werknemer is onder behandeling."
            ),
            Heading("Advies aan werkgever en werknemer"),
            Bullets(
                [
                    "Start met therapeutisch werken in de vorm van opbouw: 3 x 2 uur per week, eigen team, geen "
                    "tickets "
                    "met deadline.",
                    "Wekelijks kort contact met de leidinggevende; maandelijks met HR.",
                    "Stel binnen 2 weken samen een plan van aanpak op.",
                    "Vervolgafspraak bedrijfsarts over 4–6 weken.",
                ]
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG " + ba_big, fmt_date(pa, "long"))]),
        ],
        compass,
    )
    label(f"{case}/Arbo/Advies 10-06-2024.pdf", "probleemanalyse", pa, note("arbodienst PA titled only 'Advies'"))

    # 2 PvA — English, DOCX with title in the page header -----------------------------------
    pva = d(2024, 6, 20)
    write_docx(
        base / "HR/RTW plan Ruben v2 FINAL.docx",
        [
            Title(
                "Return-to-Work Plan (Plan van aanpak)",
                sub="under the Dutch Gatekeeper Improvement Act (Wet verbetering poortwachter)",
            ),
            Fields(
                [
                    ("Employee", wn),
                    ("BSN", bsn),
                    ("Date of birth", gebdat),
                    ("Role", "Senior Backend Engineer (40 h/week)"),
                    ("First day of sickness", fmt_date(d0, "iso")),
                    ("Case manager", f"{hr}, People Partner"),
                    ("Occupational physician", f"{ba}, {arbo}"),
                    ("Problem analysis dated", fmt_date(pa, "iso")),
                ]
            ),
            Heading("1. Goal"),
            Para(
                "Return to own role as Senior Backend Engineer, full hours, ideally by 1 November 2024. Interim goal: "
                "20 hours per week in own role with reduced responsibilities by 1 September 2024."
            ),
            Heading("2. Agreed actions"),
            Table(
                ["#", "Action", "Owner", "By"],
                [
                    [
                        "1",
                        "Start therapeutic work 3 x 2 h/week (office, Tue/Wed/Thu)",
                        "Ruben / Tomasz",
                        "24 June 2024",
                    ],
                    ["2", "Remove Ruben from on-call rota and sprint commitments", "Tomasz Nowak", "24 June 2024"],
                    ["3", "Weekly 15-min check-in with manager", "Tomasz Nowak", "weekly"],
                    ["4", "Ruben continues treatment and shares progress in functional terms only", "Ruben", "ongoing"],
                    ["5", "Follow-up appointment occupational physician", "Arbo Compass", "mid July 2024"],
                    ["6", "Evaluate this plan", "Priya / Tomasz / Ruben", "every 6 weeks, first on 1 August 2024"],
                ],
            ),
            Heading("3. Evaluation"),
            Para(
                "We evaluate progress at least every six weeks and at the end of the first year of sickness "
                "(first-year evaluation). The plan is amended whenever the physician's advice changes."
            ),
            Heading("4. Employer's view"),
            Para(
                "Nordlight wants Ruben back in his team and will keep workload and deadlines away from him while he "
                "rebuilds."
            ),
            Heading("5. Employee's view (visie werknemer)"),
            Para("I agree with this plan. I'd like the office days to be flexible when I have therapy appointments."),
            Signatures(
                [
                    Sig("Employer", hr, "People Partner / case manager", fmt_date(pva, "iso")),
                    Sig("Employee", wn, "", fmt_date(pva, "iso")),
                ]
            ),
        ],
        nordlight_docx,
    )
    label(
        f"{case}/HR/RTW plan Ruben v2 FINAL.docx",
        "plan_van_aanpak",
        pva,
        note("English PvA ('Return-to-Work Plan'); title only in the DOCX page header"),
    )

    # 3 Arbodienst invoice (non-RIV) ---------------------------------------------------------
    write_pdf(
        base / "Arbo/INV-2024-07-31822.pdf",
        [
            Title("Factuur"),
            Fields(
                [
                    ("Factuurnummer", "INV-2024-07-31822"),
                    ("Factuurdatum", fmt_date(d(2024, 7, 1), "dash")),
                    ("Debiteur", f"{wg}, t.a.v. Finance"),
                    ("Contractnummer", "AC-CON-2210"),
                    ("Vervaldatum", "31-07-2024"),
                ]
            ),
            Table(
                ["Omschrijving", "Aantal", "Tarief", "Bedrag"],
                [
                    ["Spreekuur bedrijfsarts (dossier AC-0448712)", "2", "€ 165,00", "€ 330,00"],
                    ["Probleemanalyse Wet verbetering poortwachter", "1", "€ 95,00", "€ 95,00"],
                    ["Abonnement verzuimbegeleiding juni 2024 (48 fte)", "1", "€ 412,80", "€ 412,80"],
                ],
            ),
            Para("Subtotaal € 837,80 — btw 21% € 175,94 — Totaal € 1.013,74"),
            Para(
                "Wij verzoeken u het bedrag binnen 30 dagen over te maken op NL12 ABNA 0123 4567 89 o.v.v. het "
                "factuurnummer."
            ),
        ],
        compass,
    )
    label(
        f"{case}/Arbo/INV-2024-07-31822.pdf",
        "",
        d(2024, 7, 1),
        note("non-RIV: arbodienst invoice that mentions 'Probleemanalyse' as a line item"),
    )

    # 4 Terse note (English) ----------------------------------------------------------------
    te1 = d(2024, 8, 1)
    write_docx(
        base / "HR/notes.docx",
        [
            Para(f"RTW check-in 1/8 – R. Verhoef (BSN {bsn})"),
            Para("Present: Ruben, Tomasz, Priya"),
            Para("Agreed:"),
            Bullets(
                [
                    "hours 3x2 → 3x3 from 5/8 (OK from BA)",
                    "still no on-call, no sprint commitments",
                    "pair with Lotte on internal tooling tickets",
                    "next review 12/9",
                ]
            ),
            Para("Plan (PvA 20/6) on track, goal unchanged."),
            Para("– PR"),
        ],
        Style(key="c2-notes", org="", letterhead="none", font="sans", author="Priya Raman"),
    )
    label(
        f"{case}/HR/notes.docx",
        "tussentijdse_evaluatie",
        te1,
        note("terse English one-page meeting note; uninformative file name"),
    )

    # 5 Bijstelling PA — "Verslag spreekuur (werkgeversdeel)" ---------------------------------
    bpa = d(2024, 9, 16)
    write_pdf(
        base / "Arbo/Verslag spreekuur 16-9.pdf",
        [
            Title("Verslag spreekuur (werkgeversdeel)"),
            Fields(
                [
                    ("Werknemer", wn),
                    ("BSN", dotted(bsn)),
                    ("Werkgever", wg),
                    ("Contactpersoon werkgever", hr),
                    ("Eerste ziektedag", fmt_date(d0, "dash")),
                    ("Spreekuur", fmt_date(d(2024, 9, 12), "dash")),
                    ("Soort contact", "vervolgspreekuur, op locatie"),
                ]
            ),
            Heading("Actuele situatie"),
            Para(
                "De opbouw is in augustus gestagneerd. Werknemer ervaart bij meer dan 9 uur per week een duidelijke "
                "terugval. Er is een nieuwe stap in de behandeling gezet."
            ),
            Heading("Bijstelling van de probleemanalyse"),
            Para(
                "Ten opzichte van mijn advies van 10 juni 2024 stel ik de belastbaarheid en prognose bij. De "
                "verwachting van volledige terugkeer per november is niet meer realistisch. Ik verwacht herstel "
                "over een langere periode (6–9 maanden), met een onzekere uitkomst voor de eigen functie op "
                "senior-niveau."
            ),
            Bullets(
                [
                    "Werkduur voorlopig maximaal 3 x 3 uur per week.",
                    "Geen werk met deadlines, productie-incidenten of piket, ook niet na opbouw.",
                    "Zie het bijgevoegde overzicht functionele mogelijkheden en beperkingen.",
                ]
            ),
            Heading("Advies"),
            Para(
                "Stel het plan van aanpak bij op het punt van de termijnen. Overweeg een werkplekonderzoek "
                "(prikkelarme werkplek). Volgend spreekuur over 6 weken."
            ),
            Heading("Arbeidsrelatie"),
            Para("Werknemer geeft aan dat hij zich gesteund voelt door zijn leidinggevende. Geen belemmeringen."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(bpa, "dash"))]),
        ],
        compass,
    )
    label(
        f"{case}/Arbo/Verslag spreekuur 16-9.pdf",
        "bijstelling_probleemanalyse",
        bpa,
        note("arbodienst title 'Verslag spreekuur (werkgeversdeel)' carrying a bijstelling PA"),
    )

    # 6 IZP — "Functionele mogelijkheden en beperkingen" --------------------------------------
    write_pdf(
        base / "Arbo/bijlage.pdf",
        [
            Title("Functionele mogelijkheden en beperkingen", sub="overzicht bedrijfsarts"),
            Fields(
                [
                    ("Naam", wn),
                    ("BSN", bsn),
                    ("Datum", fmt_date(bpa, "dash")),
                    ("Geldig tot", "herbeoordeling na 6 weken"),
                ]
            ),
            Table(
                ["Rubriek", "Beperkt?", "Toelichting"],
                [
                    [
                        "1. Persoonlijk functioneren",
                        "ja",
                        "beperkt in concentratie en tijdsdruk; geen deadlines; geen conflicthantering",
                    ],
                    [
                        "2. Sociaal functioneren",
                        "ja",
                        "geen direct klantcontact met conflicten; samenwerken in klein team gaat",
                    ],
                    [
                        "3. Aanpassing aan fysieke omgevingseisen",
                        "licht",
                        "prikkelarme werkplek; geen open kantoortuin in drukke zone",
                    ],
                    ["4. Dynamische handelingen", "nee", "normaalwaarde"],
                    ["5. Statische houdingen", "nee", "normaalwaarde; afwisseling zitten/staan wenselijk"],
                    ["6. Werktijden", "ja", "max. 3 uur per dag, 3 dagen per week; geen avond/nacht; geen piket"],
                ],
            ),
            Para(
                "Toelichting: de beperkingen zijn vastgesteld op basis van eigen onderzoek en informatie van de "
                "behandelaar. Dit overzicht is bedoeld voor werkgever en werknemer en bevat geen diagnose."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG " + ba_big, fmt_date(bpa, "dash"))]),
        ],
        compass,
    )
    label(
        f"{case}/Arbo/bijlage.pdf",
        "inzetbaarheidsprofiel",
        bpa,
        note("IZP titled 'Functionele mogelijkheden en beperkingen'; file named 'bijlage'"),
    )

    # 7 Tussentijdse evaluatie — English progress review -----------------------------------
    te2 = d(2024, 10, 28)
    write_pdf(
        base / "HR/2024-10-28 review.pdf",
        [
            Title("Progress review – return to work"),
            Fields(
                [
                    ("Employee", wn),
                    ("BSN", bsn),
                    ("Meeting date", fmt_date(te2, "iso")),
                    ("Attendees", f"{wn}, {mgr} (Engineering Manager), {hr} (People Partner)"),
                    (
                        "Plan under review",
                        "Return-to-Work Plan of 2024-06-20, amended by the physician's advice of 2024-09-16",
                    ),
                ]
            ),
            Heading("How are things going?"),
            Para(
                "Ruben has been working 3 x 3 hours for six weeks. The internal tooling work suits him. He reports "
                "fewer "
                "setbacks since the workplace was moved to the quiet room on the 4th floor."
            ),
            Heading("Agreements from last review"),
            Table(
                ["Agreement", "Status"],
                [
                    ["3 x 3 hours", "done"],
                    ["no on-call / sprint commitments", "done"],
                    ["workplace assessment (werkplekonderzoek)", "quote requested, see separate mail"],
                    ["follow-up physician", "done on 24 October"],
                ],
            ),
            Heading("New agreements"),
            Bullets(
                [
                    "Build up to 3 x 4 hours from 4 November if the physician agrees.",
                    "Timeline in the Return-to-Work Plan is extended: target 20 h/week by 1 February 2025.",
                    "Next review: 9 December 2024.",
                ]
            ),
            Heading("Employee's comments"),
            Para("Ruben agrees with the summary."),
            Signatures(
                [
                    Sig("Employer", hr, "People Partner", fmt_date(te2, "iso")),
                    Sig("Employee", wn, "", fmt_date(te2, "iso")),
                ]
            ),
        ],
        nordlight,
    )
    label(f"{case}/HR/2024-10-28 review.pdf", "tussentijdse_evaluatie", te2, note("English progress review meeting"))

    # 8 Telefoonnotitie (non-RIV) -------------------------------------------------------------
    write_pdf(
        base / "HR/telefoonnotitie.pdf",
        [
            Title("Telefoonnotitie"),
            Fields(
                [
                    ("Datum/tijd", "12-11-2024, 14:20"),
                    ("Gebeld door", "Ruben Verhoef"),
                    ("Aangenomen door", "P. Raman"),
                    ("Onderwerp", "vakantiedagen en reiskosten"),
                ]
            ),
            Para(
                "Ruben belt met de vraag of hij de vakantiedagen die hij in december opneemt op zijn saldo moet laten "
                "afschrijven, en of hij de kilometervergoeding krijgt voor zijn therapeutische dagen. Uitgelegd dat "
                "vakantie tijdens ziekte gewoon wordt afgeschreven en dat hij reiskosten via Workday kan declareren. "
                "Hij stuurt zijn vakantieaanvraag ook naar Tomasz."
            ),
            Para("Actie: PR checkt in Workday of het declaratieformulier openstaat voor hem."),
        ],
        nordlight,
    )
    label(
        f"{case}/HR/telefoonnotitie.pdf", "", d(2024, 11, 12), note("non-RIV: phone note about leave and travel costs")
    )

    # 9 Mail "zie bijlage" with a werkplekonderzoek offerte (non-RIV) ------------------------
    with tempfile.TemporaryDirectory() as tmp:
        off = Path(tmp) / "Offerte WPO-24-118.pdf"
        write_pdf(
            off,
            [
                Title("Offerte werkplekonderzoek"),
                Fields(
                    [
                        ("Offertenummer", "WPO-24-118"),
                        ("Datum", fmt_date(d(2024, 11, 4), "long")),
                        ("Opdrachtgever", f"{wg}, t.a.v. {hr}"),
                        ("Betreft", "werkplekonderzoek medewerker R.V. (prikkelarm werken)"),
                        ("Geldig tot", "4 december 2024"),
                    ]
                ),
                Para(
                    "Naar aanleiding van uw aanvraag bieden wij u een werkplekonderzoek aan door een ergonomisch "
                    "adviseur. "
                    "Het onderzoek bestaat uit een bezoek op locatie (ca. 2 uur), een gesprek met de medewerker en de "
                    "leidinggevende, en een schriftelijk advies met concrete aanpassingen."
                ),
                Table(
                    ["Onderdeel", "Prijs"],
                    [
                        ["Werkplekonderzoek op locatie incl. reistijd", "€ 595,00"],
                        ["Schriftelijk advies", "€ 175,00"],
                        ["Nazorg (telefonisch, 1 x)", "€ 60,00"],
                    ],
                ),
                Para("Alle prijzen exclusief btw. Op deze offerte zijn onze algemene voorwaarden van toepassing."),
                Signatures(
                    [Sig("Ergonoom", "ing. B. Schalkwijk", "ergonomisch adviseur, ErgoWerk Advies", "4 november 2024")]
                ),
            ],
            Style(
                key="c2-ergowerk",
                org="ErgoWerk Advies",
                org_lines=("Kanaalweg 3, 3526 KL Utrecht",),
                font="sans",
                accent=(0, 120, 60),
                letterhead="right",
            ),
        )
        att = attachment_from(off)
    write_eml(
        base / "mail/FW_ offerte.eml",
        eml_headers(
            "Priya Raman <priya.raman@nordlight.io>",
            "Tomasz Nowak <tomasz.nowak@nordlight.io>",
            d(2024, 11, 5),
            "FW: offerte",
            "c4.offerte.20241105@nordlight.io",
            9,
            2,
        ),
        "zie bijlage\n\nP.\n\nSent from Outlook for iOS\n",
        [att],
    )
    label(f"{case}/mail/FW_ offerte.eml", "", d(2024, 11, 5), note("non-RIV: mail with only 'zie bijlage'"))
    label(
        f"{case}/mail/FW_ offerte.eml::Offerte WPO-24-118.pdf",
        "",
        d(2024, 11, 4),
        note("non-RIV: werkplekonderzoek offerte as attachment"),
    )

    # 10 Ziekmelding UWV — portal printout of the 42nd-week melding ---------------------------
    zm = d(2025, 2, 18)
    write_pdf(
        base / "HR/UWV/print portaal.pdf",
        [
            Para("UWV werkgeversportaal  ·  Ziekmelden  ·  Overzicht verzonden melding"),
            Title("Ziekmelding langdurig zieke werknemer"),
            Fields(
                [
                    ("Verzonden op", "18-02-2025 11:47"),
                    ("Referentie", "WGP-ZM-2025-0218-77341"),
                    ("Loonheffingennummer", lhn),
                    ("Naam werkgever", wg),
                ]
            ),
            Heading("Gegevens werknemer"),
            Fields(
                [
                    ("Burgerservicenummer", bsn),
                    ("Naam", "R. Verhoef"),
                    ("Geboortedatum", gebdat),
                    ("Eerste ziektedag", fmt_date(d0, "dash")),
                    ("Gewerkte uren per week", "40"),
                    ("Werkt werknemer gedeeltelijk?", "ja, 12 uur per week"),
                ]
            ),
            Heading("Vragen"),
            Fields(
                [
                    ("Is er sprake van een arbeidsongeval?", "nee"),
                    ("Valt de werknemer onder een vangnetregeling?", "nee"),
                    ("Is er een ziekmelding binnen 4 weken na een eerdere melding?", "nee"),
                    ("Contactpersoon", f"{hr}, 020 261 44 80"),
                ]
            ),
            Para("Uw melding is verzonden. U ontvangt binnen 2 weken een bevestiging per post."),
        ],
        Style(
            key="c2-portal",
            org="",
            letterhead="none",
            font="sans",
            accent=(0, 84, 160),
            producer="Microsoft: Print To PDF",
            fields_as_table=True,
        ),
    )
    label(
        f"{case}/HR/UWV/print portaal.pdf",
        "ziekmelding_uwv",
        zm,
        note("printout of the employer's 42nd-week report in the UWV portal"),
    )

    # 11 AD rapport ------------------------------------------------------------------------
    ad = d(2025, 3, 10)
    write_pdf(
        base / "Arbo/AD rapport Goudsmit.pdf",
        [
            Title("Arbeidsdeskundig onderzoek", sub="spoor 1 / spoor 2-advies"),
            Fields(
                [
                    ("Werknemer", wn),
                    ("BSN", bsn),
                    ("Werkgever", wg),
                    ("Functie", "Senior Backend Engineer"),
                    ("Eerste ziektedag", fmt_date(d0, "dash")),
                    ("Arbeidsdeskundige", "S. Goudsmit, register-arbeidsdeskundige"),
                    ("Datum", fmt_date(ad, "dash")),
                ]
            ),
            Heading("Vraagstelling"),
            Para(
                "Kan werknemer terugkeren in de eigen functie? Zo nee: welke passende arbeid is er binnen Nordlight, "
                "en "
                "is inzet van het tweede spoor aangewezen?"
            ),
            Heading("Belasting en belastbaarheid"),
            Para(
                "De functie Senior Backend Engineer vraagt zelfstandig werken aan complexe systemen, deelname aan "
                "piketdiensten, verantwoordelijkheid voor releases en het begeleiden van junior collega's. De "
                "belasting "
                "ligt vooral op persoonlijk functioneren (tijdsdruk, deadlines, storingen) en werktijden. Volgens de "
                "bedrijfsarts blijft werknemer beperkt voor deadlines en piket en is de urenbelastbaarheid voorlopig "
                "20 uur."
            ),
            Table(
                ["Aspect", "Functie", "Belastbaarheid", "Passend?"],
                [
                    ["Deadlines/tijdsdruk", "hoog", "laag", "nee"],
                    ["Piket/storingen", "1 week per 6", "niet", "nee"],
                    ["Leidinggeven/coachen", "ja", "beperkt", "nee"],
                    ["Werktijden", "40 uur", "ca. 20 uur", "nee"],
                ],
            ),
            Heading("Conclusie eigen werk"),
            Para(
                "Het eigen werk is op dit moment niet passend en naar verwachting ook binnen het tweede ziektejaar "
                "niet "
                "volledig. Aangepast werk in de rol Support Engineer (tweedelijns, 24 uur, geen piket) is binnen "
                "Nordlight "
                "beschikbaar en valt binnen de belastbaarheid."
            ),
            Heading("Advies"),
            Bullets(
                [
                    "Spoor 1: aanbieden van de functie Support Engineer 24 uur als passende arbeid; loonwaarde ca. "
                    "75% van het "
                    "huidige salaris per uur.",
                    "Spoor 2: parallel inzetten, omdat werknemer twijfelt over de functie en de "
                    "duurzaamheid onzeker is.",
                    "Bij verschil van mening over de passendheid: deskundigenoordeel bij UWV aanvragen.",
                ]
            ),
            Signatures(
                [
                    Sig(
                        "Arbeidsdeskundige",
                        "S. Goudsmit",
                        "register-arbeidsdeskundige, Goudsmit Arbeidsdeskundig Advies",
                        fmt_date(ad, "dash"),
                    )
                ]
            ),
        ],
        Style(
            key="c2-goudsmit",
            org="Goudsmit Arbeidsdeskundig Advies",
            org_lines=("Postbus 2077, 1000 CB Amsterdam",),
            font="serif",
            accent=(90, 90, 30),
            letterhead="left",
            footer="Goudsmit Arbeidsdeskundig Advies · lid NVvA",
        ),
    )
    label(
        f"{case}/Arbo/AD rapport Goudsmit.pdf",
        "arbeidsdeskundig_rapport",
        ad,
        note("AD report, external arbeidsdeskundige"),
    )

    # 12 EJE — English, long with cover page ------------------------------------------------
    eje = d(2025, 4, 14)
    eje_blocks = [
        Title("First-year evaluation", sub="Eerstejaarsevaluatie — Wet verbetering poortwachter"),
        Fields(
            [
                ("Employee", wn),
                ("BSN", bsn),
                ("Date of birth", gebdat),
                ("Employer", wg),
                ("Payroll tax number", lhn),
                ("Role", "Senior Backend Engineer, 40 h/week"),
                ("First day of sickness", fmt_date(d0, "iso")),
                ("Meeting date", "2025-04-10"),
                ("Present", f"{wn}; {mgr}, Engineering Manager; {hr}, People Partner (case manager)"),
            ]
        ),
        Heading("1. Purpose of this evaluation"),
        Para(
            "At the end of the first year of sickness, employer and employee jointly review the first year of "
            "re-integration, decide what result they want to reach by the end of the second year, and how. This "
            "document records that evaluation and the views of both parties, and is part of the re-integration "
            "report (re-integratieverslag) for a possible WIA application."
        ),
        Heading("2. Looking back on year one"),
        Para(
            "Ruben reported sick on 6 May 2024. The occupational physician's advice of 10 June 2024 served as the "
            "problem analysis. The Return-to-Work Plan of 20 June 2024 aimed at a full return to his own role by "
            "November 2024. Because recovery was slower than expected, the physician adjusted her advice on "
            "16 September 2024 and the plan's timelines were extended in the progress review of 28 October 2024."
        ),
        Table(
            ["Period", "Hours worked", "Work", "Remarks"],
            [
                ["Jun–Jul 2024", "3 x 2 h", "internal tooling, no deadlines", "therapeutic basis"],
                ["Aug–Sep 2024", "3 x 3 h", "internal tooling", "setback in August"],
                ["Oct–Dec 2024", "3 x 3 h → 3 x 4 h", "tooling + documentation", "quiet workplace since October"],
                ["Jan–Mar 2025", "3 x 4 h", "documentation, code reviews (non-urgent)", "stable, no further build-up"],
            ],
        ),
        Para(
            "Progress reviews took place on 1 August, 12 September, 28 October and 9 December 2024, and on "
            "27 January and 10 March 2025. All agreements were followed up by both parties. A workplace assessment "
            "was carried out in December 2024; the recommended noise-cancelling headset and fixed desk in a quiet "
            "room were provided."
        ),
        Heading("3. Labour expert's advice"),
        Para(
            "The labour expert (arbeidsdeskundige) concluded on 10 March 2025 that Ruben's own role is not suitable "
            "at present, mainly because of deadlines, on-call duty and the required hours. He considers the role of "
            "Support Engineer (24 hours, no on-call) suitable work within Nordlight and recommends starting a second "
            "track (spoor 2) in parallel."
        ),
        Heading("4. Result aimed for at the end of year two"),
        Para(
            "Primary goal (track 1): structural work at Nordlight as Support Engineer for 24 hours per week, with a "
            "possible later return to a (reduced) engineering role. Secondary goal (track 2): suitable work with "
            "another employer if track 1 does not lead to a sustainable result."
        ),
        Heading("5. How we will get there"),
        Bullets(
            [
                "Offer of the Support Engineer role in writing by 1 May 2025; trial period of 8 weeks.",
                "Start of a second-track programme with an external provider by 15 May 2025.",
                "Progress reviews continue every six weeks; the Return-to-Work Plan is amended accordingly.",
                "If we disagree on suitability, either party requests an expert opinion (deskundigenoordeel) from UWV.",
            ]
        ),
        Heading("5a. Overview of progress reviews"),
        Table(
            ["Date", "Hours at the time", "Main agreements", "Plan changed?"],
            [
                ["2024-08-01", "3 x 2 h", "build-up to 3 x 3 h; pairing on tooling tickets", "no"],
                ["2024-09-12", "3 x 3 h", "hold hours after setback; physician appointment brought forward", "no"],
                ["2024-10-28", "3 x 3 h", "timeline extended; workplace assessment requested", "yes (timelines)"],
                ["2024-12-09", "3 x 4 h", "quiet room confirmed; headset ordered", "no"],
                ["2025-01-27", "3 x 4 h", "no further build-up for now; labour expert to be engaged", "no"],
                ["2025-03-10", "3 x 4 h", "discuss labour expert report; prepare first-year evaluation", "no"],
            ],
        ),
        Para(
            "Every review was documented and shared with Ruben within a week. Ruben added comments twice; both were "
            "included in the file. The occupational physician received a copy of each summary in functional terms only."
        ),
        Heading("5b. Workplace assessment (December 2024)"),
        Para(
            "An external ergonomist assessed Ruben's workplace on 10 December 2024. Recommendations: a fixed desk in a "
            "low-traffic room, noise-cancelling headset, notifications off outside two fixed 'inbox moments' per day, "
            "and a written weekly task list agreed with his manager. All recommendations were implemented before "
            "1 January 2025. Ruben reports that the fixed task list in particular helps him to keep his days "
            "manageable."
        ),
        Heading("5c. Track 1 options considered"),
        Table(
            ["Option", "Hours", "Fits limitations?", "Decision"],
            [
                [
                    "Own role, reduced scope (no on-call, no release ownership)",
                    "20",
                    "partly – deadlines remain",
                    "not sustainable",
                ],
                ["Support Engineer (2nd line)", "24", "yes, per labour expert", "offer by 1 May 2025"],
                [
                    "Technical writer (internal documentation)",
                    "16",
                    "yes",
                    "no budgeted position; temporary tasks only",
                ],
                ["QA / test engineer", "32", "no – release pressure", "rejected"],
            ],
        ),
        Para("Nordlight also checked its Kraków office for remote roles; none fitted the hours and the limitations."),
        Heading("5d. Second track: why now"),
        Para(
            "Although a suitable role exists within Nordlight, Ruben has doubts about it and the labour expert "
            "considers the sustainability uncertain. To avoid losing time, both parties agree to start a second track "
            "in parallel, so that by the end of year two there is a realistic alternative if the Support Engineer "
            "role does not work out. Selection criteria for the provider: experience with IT professionals, a coach "
            "with a psychological background, and monthly written reporting."
        ),
        Heading("5e. Agreements for year two"),
        Table(
            ["#", "Action", "Owner", "Deadline"],
            [
                ["1", "Written offer Support Engineer role incl. salary consequences", "Priya Raman", "2025-05-01"],
                [
                    "2",
                    "Trial period Support Engineer, 8 weeks, evaluation at the end",
                    "Tomasz Nowak / Ruben",
                    "2025-07-31",
                ],
                ["3", "Select and brief second-track provider", "Priya Raman", "2025-05-15"],
                ["4", "Amend the Return-to-Work Plan", "Priya / Ruben", "2025-04-30"],
                ["5", "Progress reviews every six weeks", "all", "ongoing"],
                [
                    "6",
                    "Request expert opinion (deskundigenoordeel) if no agreement on suitability",
                    "either party",
                    "when needed",
                ],
            ],
        ),
        Heading("6. Employer's view (visie werkgever)"),
        Para(
            "Nordlight believes the Support Engineer role is a realistic and valuable step. We value Ruben's knowledge "
            "of our systems and want to keep him. We recognise that he has worked hard on his recovery."
        ),
        Heading("7. Employee's view (visie werknemer)"),
        Para(
            "I appreciate the support of my manager and HR. I am not yet convinced that the Support Engineer role is "
            "right for me; it involves customer tickets, which I find stressful. I agree to try it and to start the "
            "second track, but I want my concerns recorded here."
        ),
        Heading("8. Working relationship"),
        Para("Both parties describe the working relationship as good and open."),
        Heading("9. Signatures"),
        Signatures(
            [
                Sig("Employer", hr, "People Partner / case manager", fmt_date(eje, "long")),
                Sig("Employee", wn, "", fmt_date(eje, "long")),
            ]
        ),
    ]
    write_pdf_with_cover(
        base / "HR/Ruben - confidential.pdf",
        ("nordlight", "Ruben Verhoef", "Vertrouwelijk / Confidential"),
        eje_blocks,
        nordlight,
    )
    label(
        f"{case}/HR/Ruben - confidential.pdf",
        "eerstejaarsevaluatie",
        eje,
        note("English EJE; page 1 cover with only logo, name, 'Vertrouwelijk'; uninformative name"),
    )

    # 13 Bijstelling PvA — English amendment ----------------------------------------------
    bpva = d(2025, 4, 22)
    write_docx(
        base / "HR/RTW plan amendment.docx",
        [
            Title("Amendment to the Return-to-Work Plan", sub="Bijstelling plan van aanpak — start of track 2"),
            Fields(
                [
                    ("Employee", wn),
                    ("BSN", bsn),
                    ("First day of sickness", fmt_date(d0, "iso")),
                    ("Original plan", "2024-06-20"),
                    ("First-year evaluation", eje.isoformat()),
                    ("Case manager", hr),
                ]
            ),
            Heading("What changes"),
            Table(
                ["Item", "Was", "Now"],
                [
                    [
                        "Goal",
                        "Return to own role, full hours",
                        "Track 1: Support Engineer 24 h; track 2: work elsewhere",
                    ],
                    ["Provider", "–", "Brugwerk (second-track programme)"],
                    ["Hours", "3 x 4 h", "4 x 4 h from 1 May 2025 (physician agreed)"],
                    ["Reviews", "every 6 weeks", "every 6 weeks, plus monthly report from Brugwerk"],
                ],
            ),
            Heading("Views"),
            Para("Employer: agrees. Employee: agrees, with the reservation recorded in the first-year evaluation."),
            Signatures([Sig("Employer", hr, "People Partner", "22-04-2025"), Sig("Employee", wn, "", "22-04-2025")]),
        ],
        nordlight_docx,
    )
    label(
        f"{case}/HR/RTW plan amendment.docx",
        "bijstelling_plan_van_aanpak",
        bpva,
        note("English bijstelling PvA; title only in the DOCX header"),
    )

    # 14 UWV ack of DO request ---------------------------------------------------------------
    ack = d(2025, 5, 1)
    write_pdf(
        base / "HR/UWV/brief UWV mei.pdf",
        [
            *address(wg, f"t.a.v. {hr}", "Houthavenkade 118", "1013 ZZ Amsterdam"),
            Fields(
                [
                    ("Datum", fmt_date(ack, "long")),
                    ("Ons kenmerk", "DO-2025-118402"),
                    ("Betreft", f"werknemer R. Verhoef, BSN {bsn}"),
                ]
            ),
            Title("Wij hebben uw aanvraag voor een deskundigenoordeel ontvangen"),
            Para("Geachte mevrouw Raman,"),
            Para(
                "Op 28 april 2025 hebben wij uw aanvraag voor een deskundigenoordeel ontvangen. U vraagt ons of de "
                "functie Support Engineer passende arbeid is voor uw werknemer."
            ),
            Para(
                "Wij nemen binnen 2 weken contact op met u en uw werknemer. Binnen 4 weken na ontvangst van alle "
                "informatie krijgt u ons oordeel. De kosten van € 100 brengen wij apart in rekening."
            ),
            Para("Met vriendelijke groet,\n\nUWV, afdeling Deskundigenoordelen"),
        ],
        uwv_brief,
    )
    label(
        f"{case}/HR/UWV/brief UWV mei.pdf",
        "uwv_correspondentie",
        ack,
        note("UWV acknowledgement of the DO request (not the DO itself)"),
    )

    # 15 Trajectplan 2e spoor — DOCX ----------------------------------------------------------
    tp = d(2025, 5, 12)
    write_docx(
        base / "Spoor 2/Intakeverslag Brugwerk.docx",
        [
            Title("Intakeverslag en trajectplan", sub="re-integratie tweede spoor"),
            Fields(
                [
                    ("Deelnemer", wn),
                    ("BSN", bsn),
                    ("Opdrachtgever", f"{wg} ({hr})"),
                    ("Loopbaancoach", "Mirjam Sedney"),
                    ("Intakedatum", "8 mei 2025"),
                    ("Datum plan", fmt_date(tp, "long")),
                ]
            ),
            Heading("Achtergrond"),
            Para(
                "Ruben (38) is HBO-opgeleid (Informatica) en werkt sinds 2019 als backend engineer. Door zijn "
                "beperkingen "
                "(geen deadlines, geen piket, ca. 20-24 uur) is zijn eigen werk niet passend. Spoor 1 (Support "
                "Engineer) "
                "loopt parallel."
            ),
            Heading("Persoonsprofiel"),
            Para(
                "Analytisch, grondig, rustig, sterk in documentatie en kennisoverdracht. Minder sterk bij tijdsdruk en "
                "veel gelijktijdige prikkels."
            ),
            Heading("Zoekprofiel"),
            Bullets(
                [
                    "Technisch schrijver / documentatie-specialist",
                    "Functioneel beheerder (zonder storingsdiensten)",
                    "Docent/instructeur programmeren (MBO, deeltijd)",
                    "Data-analist in een rustige, niet-commerciële omgeving",
                ]
            ),
            Heading("Plan van activiteiten"),
            Table(
                ["Maand", "Activiteiten"],
                [
                    ["mei–jun", "arbeidsmarktoriëntatie, waardenonderzoek, LinkedIn-profiel"],
                    ["jul–sep", "netwerkgesprekken, gericht solliciteren, informatieve gesprekken"],
                    ["okt–dec", "bemiddeling, eventueel werkervaringsplaats"],
                    ["jan 2026", "eindrapportage"],
                ],
            ),
            Para("Brugwerk rapporteert elk kwartaal schriftelijk aan de opdrachtgever."),
            Signatures(
                [
                    Sig("Loopbaancoach", "M. Sedney", "loopbaancoach Brugwerk", "12-05-2025"),
                    Sig("Deelnemer", wn, "", "12-05-2025"),
                ]
            ),
        ],
        Style(
            key="c2-brugwerk-docx",
            org="Brugwerk",
            org_lines=("re-integratie & loopbaan",),
            font="serif",
            accent=(110, 60, 150),
            letterhead="left",
            author="M. Sedney",
        ),
    )
    label(
        f"{case}/Spoor 2/Intakeverslag Brugwerk.docx",
        "trajectplan_tweede_spoor",
        tp,
        note("2nd-track intake + trajectplan"),
    )

    # 16 Deskundigenoordeel -------------------------------------------------------------------
    do = d(2025, 6, 5)
    write_pdf(
        base / "HR/UWV/DO.pdf",
        [
            *address(wg, f"t.a.v. {hr}", "Houthavenkade 118", "1013 ZZ Amsterdam"),
            Fields(
                [
                    ("Datum", fmt_date(do, "long")),
                    ("Ons kenmerk", "DO-2025-118402"),
                    ("Burgerservicenummer werknemer", bsn),
                ]
            ),
            Title("Deskundigenoordeel", sub="passende arbeid"),
            Para("Geachte mevrouw Raman,"),
            Para(
                "U hebt ons gevraagd of de functie Support Engineer (24 uur per week) passende arbeid is voor uw "
                "werknemer R. Verhoef. Wij hebben dit onderzocht. In deze brief leest u ons oordeel."
            ),
            Heading("Ons oordeel"),
            Para("De functie Support Engineer is passende arbeid voor uw werknemer."),
            Heading("Hoe zijn wij tot dit oordeel gekomen?"),
            Para(
                "De verzekeringsarts heeft op 22 mei 2025 met uw werknemer gesproken en het dossier van de "
                "bedrijfsarts "
                "bekeken. Hij is het eens met de beperkingen zoals de bedrijfsarts die heeft beschreven. De "
                "arbeidsdeskundige "
                "heeft de functie-informatie vergeleken met deze beperkingen. Het ticketwerk in de tweede lijn kent "
                "geen "
                "harde deadlines en geen piketdiensten; de werktijden passen binnen de belastbaarheid."
            ),
            Heading("Wat betekent dit voor u en uw werknemer?"),
            Para(
                "Dit deskundigenoordeel is een advies. U en uw werknemer kunnen het gebruiken bij het maken van "
                "afspraken. "
                "Het oordeel is niet bindend; bij een geschil kan de rechter om een oordeel worden gevraagd."
            ),
            Signatures(
                [
                    Sig("Verzekeringsarts", "G.H. Lammers", "verzekeringsarts UWV", fmt_date(do, "dash")),
                    Sig("Arbeidsdeskundige", "N. Bouzid", "arbeidsdeskundige UWV", fmt_date(do, "dash")),
                ]
            ),
        ],
        uwv_brief,
    )
    label(f"{case}/HR/UWV/DO.pdf", "deskundigenoordeel", do, note("UWV deskundigenoordeel on suitable work"))

    # 17 FW of a voortgangsrapportage, with quoted text ---------------------------------------
    vr1 = d(2025, 8, 4)
    vr_blocks = lambda rd, per, items, nxt: [  # noqa: E731
        Title("Voortgangsrapportage", sub="traject tweede spoor"),
        Fields(
            [("Deelnemer", wn), ("BSN", bsn), ("Opdrachtgever", wg), ("Periode", per), ("Datum", fmt_date(rd, "long"))]
        ),
        Heading("Uitgevoerde activiteiten"),
        Bullets(items),
        Heading("Houding en inzet"),
        Para(
            "Ruben is gemotiveerd en houdt zich aan de afspraken. Hij geeft zelf aan "
            "dat hij zijn grenzen beter bewaakt."
        ),
        Heading("Vervolg"),
        Para(nxt),
        Signatures([Sig("Loopbaancoach", "M. Sedney", "loopbaancoach Brugwerk", fmt_date(rd, "dash"))]),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "Brugwerk_VR1_Verhoef.pdf"
        write_pdf(
            p,
            vr_blocks(
                vr1,
                "8 mei t/m 31 juli 2025",
                [
                    "Arbeidsmarktoriëntatie afgerond; zoekprofiel aangescherpt naar technisch schrijver en "
                    "functioneel beheer.",
                    "LinkedIn-profiel vernieuwd; 5 netwerkgesprekken, o.a. bij een gemeente en een "
                    "onderwijsinstelling.",
                    "Sollicitaties: 4 (1 uitnodiging voor gesprek, afgewezen op uren).",
                    "Spoor 1: proefplaatsing Support Engineer loopt sinds 2 juni, 20 uur.",
                ],
                "Gericht solliciteren op functies tot 24 uur; informatief gesprek bij een softwaredocumentatiebureau.",
            ),
            brugwerk,
        )
        att = attachment_from(p)
    inner = build_message(
        eml_headers(
            "Mirjam Sedney <m.sedney@brugwerk.nl>",
            "Priya Raman <priya.raman@nordlight.io>",
            vr1,
            "Voortgangsrapportage R. Verhoef",
            "c4.vr1.orig.20250804@brugwerk.nl",
            16,
            5,
        ),
        "Beste Priya,\n\nBijgaand de eerste voortgangsrapportage van het traject van Ruben. De rapportage is met hem "
        "besproken.\n\nMet vriendelijke groet,\nMirjam Sedney\nLoopbaancoach | Brugwerk\n",
        [att],
    )
    write_eml(
        base / "mail/FW_ Voortgangsrapportage R. Verhoef.eml",
        eml_headers(
            "Priya Raman <priya.raman@nordlight.io>",
            "Tomasz Nowak <tomasz.nowak@nordlight.io>",
            d(2025, 8, 6),
            "FW: Voortgangsrapportage R. Verhoef",
            "c4.vr1.fw.20250806@nordlight.io",
            11,
            30,
        ),
        "Hi Tomasz,\n\nFYI — first track-2 report from Brugwerk below/attached. Looks positive; let's discuss in our "
        "1:1 on Thursday.\n\nPriya\n\n"
        "---------- Forwarded message ---------\n"
        "From: Mirjam Sedney <m.sedney@brugwerk.nl>\n"
        f"Date: {fmt_date(vr1, 'weekday')} 16:05\n"
        "Subject: Voortgangsrapportage R. Verhoef\n"
        "To: Priya Raman <priya.raman@nordlight.io>\n\n"
        "> Beste Priya,\n>\n> Bijgaand de eerste voortgangsrapportage van het traject van Ruben. De rapportage is\n"
        "> met hem besproken.\n>\n> Met vriendelijke groet,\n> Mirjam Sedney\n> Loopbaancoach | Brugwerk\n",
        [Attachment("Voortgangsrapportage R. Verhoef.eml", inner)],
    )
    label(
        f"{case}/mail/FW_ Voortgangsrapportage R. Verhoef.eml",
        "",
        d(2025, 8, 6),
        note("forward with quoted text; the report is in the nested original mail"),
    )
    label(
        f"{case}/mail/FW_ Voortgangsrapportage R. Verhoef.eml::Voortgangsrapportage R. Verhoef.eml",
        "",
        vr1,
        note("nested original mail from the bureau (cover mail only)"),
    )
    label(
        f"{case}/mail/FW_ Voortgangsrapportage R. Verhoef.eml::Voortgangsrapportage R. "
        f"Verhoef.eml::Brugwerk_VR1_Verhoef.pdf",
        "voortgangsrapportage_tweede_spoor",
        vr1,
        note("2nd-track progress report inside a nested forward"),
    )

    # 18 Vacature (non-RIV) ----------------------------------------------------------------
    write_pdf(
        base / "Spoor 2/vacature.pdf",
        [
            Title("Functioneel beheerder applicaties (24–32 uur)"),
            Para("Hogeschool Amstelland  ·  Dienst ICT  ·  Amsterdam  ·  schaal 10 cao hbo"),
            Heading("Wat ga je doen?"),
            Para(
                "Als functioneel beheerder ben je de schakel tussen de gebruikers van onze onderwijsapplicaties en de "
                "technische beheerders. Je verzamelt wensen, test nieuwe releases, schrijft handleidingen en geeft "
                "uitleg aan docenten en medewerkers."
            ),
            Heading("Wat vragen we?"),
            Bullets(
                [
                    "hbo werk- en denkniveau, bij voorkeur richting informatica",
                    "ervaring met testen en documenteren",
                    "je werkt nauwkeurig en houdt van structuur",
                ]
            ),
            Heading("Wat bieden we?"),
            Bullets(
                [
                    "salaris max. € 4.946 bruto per maand bij 38 uur",
                    "hybride werken",
                    "jaarcontract met uitzicht op vast",
                ]
            ),
            Para(
                "Reageren kan tot en met 30 september 2025 via werkenbij.hogeschoolamstelland.nl, vacaturenummer "
                "V25-0311."
            ),
        ],
        Style(
            key="c2-vacature",
            org="werkenbij.hogeschoolamstelland.nl",
            letterhead="none",
            font="sans",
            accent=(200, 0, 80),
        ),
    )
    label(
        f"{case}/Spoor 2/vacature.pdf",
        "",
        d(2025, 9, 1),
        note("non-RIV: vacancy text saved during track 2 (date approximate)"),
    )

    # 19 Voortgangsrapportage 2 -------------------------------------------------------------
    vr2 = d(2025, 11, 3)
    write_pdf(
        base / "Spoor 2/Brugwerk_VR2_Verhoef.pdf",
        vr_blocks(
            vr2,
            "1 augustus t/m 31 oktober 2025",
            [
                "Sollicitaties: 7, waaronder functioneel beheerder bij Hogeschool Amstelland (2 gesprekken, niet "
                "gekozen).",
                "Werkervaringsplaats technisch schrijven bij een documentatiebureau afgewezen wegens reistijd > 1 uur.",
                "Spoor 1: Ruben werkt als Support Engineer 20 uur; uitbreiding naar 24 uur lukt niet duurzaam.",
            ],
            "Afronding traject; eindrapportage in januari 2026.",
        ),
        brugwerk,
    )
    label(
        f"{case}/Spoor 2/Brugwerk_VR2_Verhoef.pdf",
        "voortgangsrapportage_tweede_spoor",
        vr2,
        note("2nd-track progress report"),
    )

    # 20 AO — "Stand van zaken t.b.v. WIA" -------------------------------------------------
    ao = d(2026, 1, 14)
    write_pdf(
        base / "Arbo/Stand van zaken.pdf",
        [
            Title("Stand van zaken t.b.v. WIA"),
            Fields(
                [
                    ("Werknemer", wn),
                    ("Geboortedatum", gebdat),
                    ("BSN", bsn),
                    ("Werkgever", f"{wg}, Amsterdam"),
                    ("Functie", "Senior Backend Engineer; thans Support Engineer 20 uur"),
                    ("Eerste ziektedag", fmt_date(d0, "dash")),
                    ("Bedrijfsarts", f"{ba}, {arbo}, BIG {ba_big}"),
                    ("Laatste spreekuur", "08-01-2026"),
                ]
            ),
            Para(
                "Dit is mijn actuele oordeel ten behoeve van het re-integratieverslag. De medische gegevens stuur ik "
                "apart en rechtstreeks naar werknemer in een gesloten envelop."
            ),
            Heading("Verloop"),
            Para(
                "Na een langzaam herstel in het eerste jaar is er sinds de zomer van 2025 een stabiele situatie. "
                "Verdere "
                "toename van de belastbaarheid verwacht ik niet op korte termijn."
            ),
            Heading("Actuele belastbaarheid"),
            Bullets(
                [
                    "Persoonlijk functioneren: geen deadlines, geen piket of storingsdiensten, beperkt multitasken.",
                    "Sociaal functioneren: geen conflictueuze klantcontacten.",
                    "Werktijden: ca. 4 uur per dag, maximaal 20 uur per week, overdag.",
                ]
            ),
            Heading("Passende arbeid bij de werkgever"),
            Para(
                "De functie Support Engineer 20 uur is passend en wordt sinds juni 2025 uitgevoerd. Uitbreiding van "
                "uren "
                "acht ik niet haalbaar."
            ),
            Heading("Arbeidsrelatie"),
            Para("Er zijn geen signalen van een verstoorde arbeidsrelatie."),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(ao, "dash"))]),
        ],
        compass,
    )
    label(
        f"{case}/Arbo/Stand van zaken.pdf",
        "actueel_oordeel",
        ao,
        note("AO titled 'Stand van zaken t.b.v. WIA' (no words 'actueel oordeel' in the title)"),
    )

    # 21 MI — extract from the bedrijfsarts' medical file ---------------------------------
    mi = d(2026, 1, 14)
    write_pdf(
        base / "Arbo/uittreksel 14-01-2026.pdf",
        [
            Title(
                "Uittreksel medisch dossier bedrijfsarts", sub="MEDISCH GEHEIM — alleen voor de verzekeringsarts UWV"
            ),
            Fields(
                [
                    ("Naam", wn),
                    ("Geboortedatum", gebdat),
                    ("BSN", bsn),
                    ("Dossiernummer", "AC-0448712"),
                    ("Eerste ziektedag", fmt_date(d0, "dash")),
                ]
            ),
            Heading("Anamnese en diagnose"),
            Para(
                "Overspanningsklachten uitmondend in een burn-out met depressieve kenmerken (DSM-5: "
                "aanpassingsstoornis "
                "met gemengd angstige en depressieve stemming; later ernstige depressieve episode, eenmalig, matig). "
                "Klachten: slaapproblemen, concentratieverlies, piekeren, prikkelgevoeligheid."
            ),
            Heading("Behandeling"),
            Table(
                ["Periode", "Behandelaar", "Behandeling"],
                [
                    ["mei–aug 2024", "POH-GGZ huisartsenpraktijk", "steunende gesprekken"],
                    ["sep 2024 – jun 2025", "GZ-psycholoog, Psychologenpraktijk Oud-West", "CGT, 18 sessies"],
                    ["okt 2024 – heden", "huisarts", "sertraline 50 mg, sinds jan 2025 100 mg"],
                    ["mrt–mei 2025", "psychosomatisch fysiotherapeut", "ontspanning, ademhaling"],
                ],
            ),
            Heading("Journaal (samengevat)"),
            Bullets(
                [
                    "06-06-2024: S moe, piekeren, slaapt 4-5 uur. O: somber, vertraagd. E: overspanning. P: POH-GGZ, "
                    "opbouw.",
                    "12-09-2024: terugval. Verwijzing GZ-psycholoog. Info behandelaar opgevraagd.",
                    "24-10-2024: info psycholoog ontvangen (met toestemming): depressieve episode, behandelplan CGT.",
                    "08-01-2026: stabiel, restklachten concentratie bij tijdsdruk. Prognose: verdere verbetering "
                    "beperkt.",
                ]
            ),
            Heading("Informatie behandelaars"),
            Para(
                "Brieven GZ-psycholoog d.d. 24-10-2024 en 17-06-2025 liggen in het medisch dossier en zijn op verzoek "
                "beschikbaar."
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts, BIG " + ba_big, fmt_date(mi, "dash"))]),
        ],
        compass,
    )
    label(
        f"{case}/Arbo/uittreksel 14-01-2026.pdf",
        "medische_informatie",
        mi,
        note("extract of the bedrijfsarts' medical file; no words 'medische informatie'"),
    )

    # 22 Eindrapportage 2e spoor --------------------------------------------------------------
    er = d(2026, 1, 12)
    write_pdf(
        base / "Spoor 2/eindrapport.pdf",
        [
            Title("Eindrapportage", sub="re-integratietraject tweede spoor"),
            Fields(
                [
                    ("Deelnemer", wn),
                    ("BSN", bsn),
                    ("Opdrachtgever", wg),
                    ("Looptijd", "8 mei 2025 – 9 januari 2026"),
                    ("Datum", fmt_date(er, "long")),
                ]
            ),
            Heading("Resultaat"),
            Para(
                "Het traject heeft niet geleid tot werk bij een andere werkgever. Ruben werkt in spoor 1 als Support "
                "Engineer (20 uur). Hij heeft in totaal 14 keer gesolliciteerd en 4 sollicitatiegesprekken gevoerd."
            ),
            Heading("Conclusie"),
            Para(
                "Ruben heeft zich voldoende ingezet. Gezien zijn beperkingen en de huidige passende functie bij "
                "Nordlight "
                "adviseren wij het tweede spoor af te sluiten."
            ),
            Signatures([Sig("Loopbaancoach", "M. Sedney", "loopbaancoach Brugwerk", fmt_date(er, "dash"))]),
        ],
        brugwerk,
    )
    label(f"{case}/Spoor 2/eindrapport.pdf", "eindrapportage_tweede_spoor", er, note("2nd-track final report"))

    # 23 EV — English, DOCX title in header -----------------------------------------------
    ev = d(2026, 1, 22)
    write_docx(
        base / "HR/EV.docx",
        [
            Title("Final evaluation (Eindevaluatie)", sub="Re-integration report for the WIA application"),
            Fields(
                [
                    ("Employee", wn),
                    ("BSN", bsn),
                    ("Employer", wg),
                    ("Payroll tax number", lhn),
                    ("First day of sickness", fmt_date(d0, "iso")),
                    ("Occupational physician's current assessment", ao.isoformat()),
                    ("Case manager", f"{hr}, People Partner"),
                ]
            ),
            Heading("Nature of the business (aard van het bedrijf)"),
            Para(
                "Nordlight Software B.V. develops and hosts logistics planning software for European carriers. About "
                "140 "
                "employees in Amsterdam and Kraków, of whom 85 in engineering and support."
            ),
            Heading("Looking back over two years"),
            Para(
                "Problem analysis June 2024; Return-to-Work Plan June 2024, amended April 2025; progress reviews "
                "every six "
                "weeks; workplace assessment December 2024; labour expert report March 2025; first-year evaluation "
                "April 2025; "
                "UWV expert opinion June 2025 (Support Engineer role suitable); second track with Brugwerk May 2025 – "
                "January 2026."
            ),
            Heading("Current situation"),
            Para(
                "Ruben works 20 hours per week as Support Engineer, which the occupational physician considers "
                "suitable "
                "and the maximum for now. There is no realistic prospect of further increase before the end of the "
                "waiting period."
            ),
            Heading("Employer's view on the working relationship"),
            Para("Good. Communication has been open throughout the two years."),
            Heading("Employer's view on suitable work"),
            Para(
                "Suitable work exists at Nordlight (Support Engineer, 20 hours) and will be continued after the "
                "waiting period."
            ),
            Heading("Copy to employee"),
            Para(f"The employee received a copy of the full re-integration report on {fmt_date(ev, 'iso')}."),
            Signatures(
                [
                    Sig("Employer", "Anouk de Graaf", "Head of People", fmt_date(ev, "iso")),
                    Sig("Employee", wn, "", fmt_date(ev, "iso")),
                ]
            ),
        ],
        nordlight_docx,
    )
    label(f"{case}/HR/EV.docx", "eindevaluatie", ev, note("English EV; title only in the DOCX header"))

    # 24 Oordeel werknemer — e-mail to HR -----------------------------------------------------
    ow = d(2026, 1, 29)
    write_eml(
        base / "mail/mijn reactie.eml",
        eml_headers(
            "Ruben Verhoef <rubenverhoef@proton.me>",
            "Priya Raman <priya.raman@nordlight.io>",
            ow,
            "mijn reactie op het re-integratieverslag",
            "c4.ow.20260129@proton.me",
            21,
            47,
        ),
        "Hoi Priya,\n\n"
        "Zoals gevraagd hierbij mijn oordeel over het re-integratieverslag. Ik stuur deze mail ook mee met mijn "
        "WIA-aanvraag.\n\n"
        f"Oordeel werknemer — R. Verhoef, BSN {bsn}\n\n"
        "Ik heb het re-integratieverslag gelezen (probleemanalyse, plan van aanpak en bijstellingen, "
        "eerstejaarsevaluatie, actueel oordeel en eindevaluatie).\n\n"
        "- De feiten kloppen. Ik ben het eens met de beschrijving van wat er gedaan is.\n"
        "- Ik ben het eens met de bedrijfsarts dat 20 uur op dit moment mijn maximum is.\n"
        "- Ik ben het niet helemaal eens met de eindevaluatie waar staat dat de communicatie 'steeds open' was: "
        "in de zomer van 2025 voelde ik me onder druk gezet om de supportfunctie te accepteren. Het deskundigenoordeel "
        "heb ik geaccepteerd.\n"
        "- Verder ben ik tevreden over de begeleiding door Tomasz en jou.\n\n"
        "Ik ga akkoord met het online insturen van het verslag door Nordlight.\n\n"
        "Groet,\nRuben Verhoef\n",
    )
    label(
        f"{case}/mail/mijn reactie.eml", "oordeel_werknemer", ow, note("employee's oordeel typed in a mail body to HR")
    )


# ============================================================================================
# Case 3 — Stichting Zorgcentrum De Lindehof (care home; mixed forms, forwards, photo)
# ============================================================================================


def case_lindehof() -> None:
    case = "lindehof-brouwer"
    base = FILES / case
    bsn = make_bsn(random.Random("corpus4-c3"))
    d0 = d(2023, 11, 6)
    wn = "Anita Brouwer-Kok"
    gebdat = "11-02-1968"
    wg = "Stichting Zorgcentrum De Lindehof"
    lhn = "803456712L01"
    cm = "Erwin Dijkhuis"
    tl = "Gerdien Pasman"
    ba = "K. Hoogendoorn"
    ba2 = "drs. P.A. Weltevreden"
    arbo = "ArboPlus Zorg & Welzijn"
    note = lambda s: f"lindehof;{s}"  # noqa: E731

    lindehof = Style(
        key="c3-lindehof",
        org="De Lindehof",
        org_lines=("wonen · zorg · welzijn", "Kloosterlaan 12  |  3882 PH Putten  |  0341 35 60 00"),
        font="serif",
        accent=(60, 110, 40),
        letterhead="right",
        footer="Stichting Zorgcentrum De Lindehof · KvK 41039876",
        producer="Microsoft® Word 2016",
        author="E. Dijkhuis",
    )
    arboplus = Style(
        key="c3-arboplus",
        org="ArboPlus Zorg & Welzijn",
        org_lines=("Stationsplein 7, 3818 LE Amersfoort", "T 033 800 41 41  ·  verzuim@arboplus-zw.nl"),
        font="sans",
        accent=(200, 70, 20),
        letterhead="band",
        footer="ArboPlus Zorg & Welzijn B.V. — gecertificeerde arbodienst",
        producer="ArboPlus Dossier 2.9",
        author="ArboPlus",
    )
    koers = Style(
        key="c3-koers",
        org="De Nieuwe Koers",
        org_lines=("loopbaanbegeleiding & re-integratie", "Achterstraat 40  ·  3881 AX Putten"),
        font="condensed",
        accent=(0, 100, 160),
        letterhead="left",
        footer="De Nieuwe Koers · Hanneke Stolk · jobcoach",
        producer="LibreOffice 7.6",
        author="Hanneke Stolk",
    )
    uwv_brief = Style(
        key="c3-uwv-brief",
        org="UWV",
        org_lines=("Postbus 58285", "1040 HG Amsterdam"),
        font="sans",
        accent=(0, 84, 160),
        letterhead="left",
        footer="UWV  ·  www.uwv.nl",
        producer="UWV Documentservice",
        author="UWV",
    )

    # 1 PA — UWV form, scanned -------------------------------------------------------------
    pa = d(2023, 12, 11)
    write_scan_pdf(
        base / "Scans/SCN_0042.pdf",
        [
            Title("Probleemanalyse", sub="Wet verbetering poortwachter"),
            Para(
                "Dit formulier vult de bedrijfsarts in als uw werknemer langdurig ziek dreigt te worden. Geef geen "
                "medische gegevens."
            ),
            *qa(
                [
                    ("1.1 Naam werknemer", wn),
                    ("1.2 BSN", bsn),
                    ("1.3 Functie", "Verzorgende IG, 24 uur"),
                    ("1.4 Eerste ziektedag", fmt_date(d0, "dash")),
                    ("2.1 Naam werkgever", wg),
                    ("2.2 Loonheffingennummer", lhn),
                    ("3.1 Bedrijfsarts", f"{ba}, {arbo}"),
                    ("4.1 Is er sprake van dreigend langdurig verzuim?", "[x] ja   [ ] nee"),
                    ("4.2 Heeft de werknemer benutbare mogelijkheden?", "[x] ja   [ ] nee"),
                    (
                        "4.4 Beschrijving beperkingen en mogelijkheden",
                        "Niet tillen en transfers van cliënten, geen gebogen "
                        "houdingen, niet langdurig staan. Wel licht werk zittend/staand afwisselend 2 uur per dag.",
                    ),
                    ("4.5 Prognose", "Verwacht herstel binnen 3-6 maanden, mogelijk terugkeer eigen werk."),
                    (
                        "5.1 Advies",
                        "Start met welzijnstaken (activiteitenbegeleiding, maaltijdbegeleiding zonder transfers), "
                        "2 uur per dag, 3 dagen. Maak een plan van aanpak. Evaluatie na 6 weken.",
                    ),
                ]
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(pa, "dash"))]),
            Para("R 0112 (07-23)  Probleemanalyse"),
        ],
        uwv_form_style("c3-uwv-pa", "R 0112 (07-23)", "Probleemanalyse"),
        rotate_deg=0.9,
        noise=0.5,
    )
    label(f"{case}/Scans/SCN_0042.pdf", "probleemanalyse", pa, note("image-only scan of the UWV form Probleemanalyse"))

    # 2 PvA — UWV form, text PDF -------------------------------------------------------------
    pva = d(2023, 12, 21)
    write_pdf(
        base / "Poortwachter/PvA Brouwer.pdf",
        [
            Title("Plan van aanpak", sub="Wet verbetering poortwachter"),
            Para(
                "Vul dit formulier in samen met uw werknemer. Het plan moet binnen 8 weken na de eerste ziektedag "
                "klaar zijn."
            ),
            Heading("1  Werknemer"),
            Fields(
                [
                    ("1.1 Naam werknemer", wn),
                    ("1.2 Burgerservicenummer", bsn),
                    ("1.3 Geboortedatum", gebdat),
                    ("1.4 Functie en uren", "Verzorgende IG, 24 uur per week, afdeling Wonen De Linde"),
                    ("1.5 Eerste ziektedag", fmt_date(d0, "dash")),
                ]
            ),
            Heading("2  Werkgever"),
            Fields(
                [
                    ("2.1 Naam werkgever", wg),
                    ("2.2 Loonheffingennummer", lhn),
                    ("2.3 Casemanager", f"{cm}, HR-adviseur"),
                ]
            ),
            Heading("3  Doel"),
            Fields(
                [
                    (
                        "3.1 Re-integratiedoel",
                        "[x] eigen werk   [ ] aangepast eigen werk   [ ] ander werk eigen werkgever   [ ] werk bij "
                        "andere werkgever",
                    ),
                    ("3.2 Verwachte datum", "april 2024"),
                ]
            ),
            Heading("4  Activiteiten en termijnen"),
            Table(
                ["Activiteit", "Wie", "Termijn"],
                [
                    [
                        "Welzijnstaken 3 x 2 uur (geen transfers)",
                        "werknemer / teamleider G. Pasman",
                        "vanaf 2 januari 2024",
                    ],
                    ["Opbouw uren volgens advies bedrijfsarts", "werknemer / bedrijfsarts", "per 6 weken"],
                    ["Fysiotherapie (eigen initiatief, via huisarts)", "werknemer", "lopend"],
                    [
                        "Training tiltechnieken en hulpmiddelen (tillift, glijzeil)",
                        "ergocoach afdeling",
                        "februari 2024",
                    ],
                ],
            ),
            Heading("5  Evaluatie"),
            Fields(
                [
                    ("5.1 Evaluatiemomenten", "elke 6 weken; eerste evaluatie 1 februari 2024"),
                    ("5.2 Eerstejaarsevaluatie", "uiterlijk week 52"),
                ]
            ),
            Heading("6  Visie op de activiteiten"),
            Fields(
                [
                    (
                        "6.1 Visie werkgever",
                        "Wij verwachten dat Anita met de afgesproken opbouw haar eigen werk weer kan doen.",
                    ),
                    ("6.2 Visie werknemer", "Ik ben het eens met het plan."),
                ]
            ),
            Heading("7  Ondertekening"),
            Signatures(
                [
                    Sig("Werkgever", cm, "HR-adviseur / casemanager", fmt_date(pva, "dash")),
                    Sig("Werknemer", wn, "", fmt_date(pva, "dash")),
                ]
            ),
        ],
        uwv_form_style("c3-uwv-pva", "R 0113 (07-23)", "Plan van aanpak"),
    )
    label(f"{case}/Poortwachter/PvA Brouwer.pdf", "plan_van_aanpak", pva, note("UWV form Plan van aanpak filled in"))

    # 3 TE on the (Eerstejaars)evaluatie form, box 'tussentijds' -------------------------------
    te1 = d(2024, 2, 1)
    write_pdf(
        base / "Poortwachter/Evaluatie feb 2024.pdf",
        [
            Title("(Eerstejaars)evaluatie", sub="Evaluatie van het plan van aanpak"),
            Para(
                "Gebruik dit formulier voor een tussentijdse evaluatie of voor de eerstejaarsevaluatie. Kruis aan "
                "welke evaluatie het is."
            ),
            Fields(
                [
                    ("1.1 Naam werknemer", wn),
                    ("1.2 Burgerservicenummer", bsn),
                    ("1.3 Eerste ziektedag", fmt_date(d0, "dash")),
                    ("2.1 Naam werkgever", wg),
                    ("3.1 Soort evaluatie", "[x] tussentijdse evaluatie   [ ] eerstejaarsevaluatie"),
                    ("3.2 Datum gesprek", fmt_date(te1, "dash")),
                    (
                        "4.1 Wat is er gedaan?",
                        "Welzijnstaken 3 x 2 uur sinds 2 januari; training hulpmiddelen gepland 14 februari.",
                    ),
                    ("4.2 Is het doel bereikt?", "[ ] ja   [x] nee, nog niet"),
                    (
                        "4.3 Toelichting",
                        "Pijn na de tweede werkdag. Opbouw naar 3 x 3 uur uitgesteld tot het volgende spreekuur.",
                    ),
                    (
                        "4.4 Nieuwe afspraken",
                        "Blijven op 3 x 2 uur; spreekuur bedrijfsarts half februari; volgende evaluatie half maart.",
                    ),
                    ("6.1 Wordt het plan van aanpak bijgesteld?", "[ ] ja   [x] nee"),
                ]
            ),
            Signatures(
                [
                    Sig("Werkgever", tl, "teamleider Wonen De Linde", fmt_date(te1, "dash")),
                    Sig("Werknemer", wn, "", fmt_date(te1, "dash")),
                ]
            ),
        ],
        uwv_form_style("c3-uwv-te", "R 0114 (07-23)", "(Eerstejaars)evaluatie"),
    )
    label(
        f"{case}/Poortwachter/Evaluatie feb 2024.pdf",
        "tussentijdse_evaluatie",
        te1,
        note("UWV (Eerstejaars)evaluatie form used for an interim evaluation (box 'tussentijdse evaluatie' ticked)"),
    )

    # 4 Physiotherapist's report (MI) ------------------------------------------------------
    fy = d(2024, 3, 4)
    write_pdf(
        base / "Poortwachter/brief fysio.pdf",
        [
            Title("Verslag fysiotherapie", sub="aan de bedrijfsarts, op verzoek en met toestemming van cliënte"),
            Fields(
                [
                    ("Aan", f"mw. {ba}, bedrijfsarts, {arbo}"),
                    ("Cliënt", f"mw. A. Brouwer-Kok, geb. {gebdat}"),
                    ("BSN", bsn),
                    ("Verwijzer", "huisarts J.R. Smeenk, Putten"),
                    ("Datum", fmt_date(fy, "long")),
                ]
            ),
            Heading("Hulpvraag"),
            Para("Cliënte wil weer zonder pijn transfers en ADL-ondersteuning bij bewoners kunnen doen."),
            Heading("Bevindingen"),
            Para(
                "Lage rugpijn met uitstraling naar het linkerbeen tot in de voet, passend bij een radiculair syndroom "
                "L5-S1; "
                "MRI (december 2023) toonde een hernia nuclei pulposi L5-S1 links. Lasègue links positief bij 50°. "
                "Flexie lumbaal beperkt en pijnlijk. Kracht m. extensor hallucis longus links 4/5. PSK 62/100, QBPDS "
                "48."
            ),
            Heading("Behandeling"),
            Para(
                "Sinds 4 januari 2024: 14 behandelingen; oefentherapie, graded activity, houdingsadvies, "
                "neurodynamische mobilisatie. Daarnaast gebruikt cliënte naproxen en amitriptyline (voorgeschreven "
                "door de huisarts)."
            ),
            Heading("Beloop en verwachting"),
            Para(
                "Langzame verbetering van loopafstand (van 10 naar 30 minuten). Tillen en gebogen werken blijven "
                "pijnprovocerend. "
                "Verwijzing naar de neuroloog voor beoordeling operatieve behandeling is met de huisarts besproken."
            ),
            Signatures(
                [
                    Sig(
                        "Fysiotherapeut",
                        "M. van Ooijen",
                        "fysiotherapeut / manueel therapeut, BIG 79056781204",
                        fmt_date(fy, "dash"),
                    )
                ]
            ),
        ],
        Style(
            key="c3-fysio",
            org="Fysiotherapie Putten-Noord",
            org_lines=("Dorpsstraat 88, 3881 BG Putten",),
            font="sans",
            accent=(0, 140, 110),
            letterhead="right",
            producer="Intramed",
        ),
    )
    label(
        f"{case}/Poortwachter/brief fysio.pdf",
        "medische_informatie",
        fy,
        note("physiotherapist's report to the bedrijfsarts; no words 'medische informatie'"),
    )

    # 5 Bijstelling PA — DOCX, title in a text box --------------------------------------------
    bpa = d(2024, 3, 18)
    write_docx_textbox_title(
        base / "Poortwachter/advies bedrijfsarts.docx",
        "Actualisatie probleemanalyse",
        "ArboPlus Zorg & Welzijn — bedrijfsarts",
        [
            Fields(
                [
                    ("Werknemer", wn),
                    ("BSN", bsn),
                    ("Werkgever", wg),
                    ("Eerste ziektedag", fmt_date(d0, "dash")),
                    ("Datum consult", "14-03-2024"),
                    ("Datum", fmt_date(bpa, "dash")),
                ]
            ),
            Heading("Wijziging ten opzichte van de probleemanalyse van 11-12-2023"),
            Para(
                "Het herstel verloopt trager dan verwacht. Werkneemster wordt verder onderzocht door een specialist; "
                "een operatieve behandeling is mogelijk. De eerder verwachte terugkeer in het eigen werk per april "
                "2024 "
                "is niet haalbaar."
            ),
            Heading("Actuele belastbaarheid"),
            Bullets(
                [
                    "Niet tillen boven 5 kg; geen transfers, geen bedwerk.",
                    "Geen gebogen of gedraaide houdingen.",
                    "Zitten en staan afwisselen, maximaal 30 minuten per houding.",
                    "Werkduur 3 x 3 uur per week.",
                ]
            ),
            Heading("Prognose"),
            Para(
                "Onzeker; afhankelijk van de behandeling. Terugkeer in het eigen werk als verzorgende IG is op "
                "middellange termijn twijfelachtig."
            ),
            Heading("Advies"),
            Bullets(
                [
                    "Plan van aanpak bijstellen: doel tijdelijk 'aangepast werk' (welzijn, receptie, administratieve "
                    "ondersteuning).",
                    "Nieuwe beoordeling na de specialistische behandeling.",
                ]
            ),
            Signatures([Sig("Bedrijfsarts", ba, "bedrijfsarts", fmt_date(bpa, "dash"))]),
        ],
        Style(
            key="c3-arboplus-docx",
            org="ArboPlus Zorg & Welzijn",
            org_lines=(),
            font="sans",
            accent=(200, 70, 20),
            letterhead="none",
            author="K. Hoogendoorn",
        ),
    )
    label(
        f"{case}/Poortwachter/advies bedrijfsarts.docx",
        "bijstelling_probleemanalyse",
        bpa,
        note("bijstelling PA; title 'Actualisatie probleemanalyse' only in a Word text box"),
    )

    # 6 Bijstelling PvA -------------------------------------------------------------------------
    bpva = d(2024, 3, 28)
    write_pdf(
        base / "Poortwachter/PvA aangepast.pdf",
        [
            Title("Bijstelling plan van aanpak"),
            Fields(
                [
                    ("Naam werknemer", wn),
                    ("BSN", bsn),
                    ("Functie", "Verzorgende IG"),
                    ("Eerste ziektedag", fmt_date(d0, "dash")),
                    ("Casemanager", cm),
                    ("Aanleiding", f"actualisatie probleemanalyse bedrijfsarts d.d. {fmt_date(bpa, 'dash')}"),
                ]
            ),
            Heading("Gewijzigd doel"),
            Para(
                "Tijdelijk: aangepast werk binnen De Lindehof (welzijnstaken en receptie locatie De Linde). Het doel "
                "terugkeer in het eigen werk wordt opnieuw bekeken na de behandeling."
            ),
            Heading("Gewijzigde afspraken"),
            Table(
                ["Afspraak", "Wie", "Wanneer"],
                [
                    [
                        "Receptie De Linde 1 dagdeel + welzijn 2 dagdelen, 3 x 3 uur",
                        "Anita / Gerdien",
                        "vanaf 2 april 2024",
                    ],
                    ["Geen zorgtaken met tillen of transfers", "Gerdien", "direct"],
                    ["Evaluatie", "Erwin / Gerdien / Anita", "16 mei 2024"],
                ],
            ),
            Heading("Visie werkgever en werknemer"),
            Para(
                "Werkgever: wij zien het aangepaste werk als zinvolle tussenstap. Werknemer: ik mis de zorg, maar ik "
                "begrijp het en doe mee."
            ),
            Signatures(
                [
                    Sig("Werkgever", cm, "casemanager", fmt_date(bpva, "long")),
                    Sig("Werknemer", wn, "", fmt_date(bpva, "long")),
                ]
            ),
        ],
        lindehof,
    )
    label(
        f"{case}/Poortwachter/PvA aangepast.pdf",
        "bijstelling_plan_van_aanpak",
        bpva,
        note("bijstelling PvA, own format"),
    )

    # 7 TE — phone photo of a one-page verslag ------------------------------------------------
    te2 = d(2024, 5, 16)
    write_photo_jpg(
        base / "Scans/IMG_3381.JPG",
        [
            Title("Verslag evaluatiegesprek"),
            Fields(
                [("Naam", wn), ("BSN", bsn), ("Datum", fmt_date(te2, "dash")), ("Aanwezig", "Anita, Gerdien, Erwin")]
            ),
            Para(
                "Anita werkt 3 x 3 uur receptie/welzijn. Dat gaat goed; zij wordt op 4 juni geopereerd (datum "
                "doorgegeven, "
                "geen verdere details). Na de operatie ca. 6 weken geen werk."
            ),
            Bullets(
                [
                    "werk t/m 31 mei zoals nu",
                    "na operatie contact via Erwin, 1x per 2 weken",
                    "spreekuur bedrijfsarts ca. 4 weken na operatie",
                    "plan van aanpak blijft zoals bijgesteld 28-3",
                ]
            ),
            Signatures(
                [Sig("Teamleider", tl, "", fmt_date(te2, "dash")), Sig("Werknemer", wn, "", fmt_date(te2, "dash"))]
            ),
        ],
        lindehof,
        taken=dt.datetime(2024, 5, 16, 15, 2, 10),
        orientation=1,
        make="Apple",
        model="iPhone 12",
    )
    label(
        f"{case}/Scans/IMG_3381.JPG",
        "tussentijdse_evaluatie",
        te2,
        note("phone photo of a signed one-page evaluation report"),
    )

    # 8 Ziekmelding UWV — UWV confirmation -----------------------------------------------------
    zm = d(2024, 8, 29)
    write_pdf(
        base / "UWV/bevestiging.pdf",
        [
            *address(wg, "t.a.v. afdeling HR", "Kloosterlaan 12", "3882 PH Putten"),
            Fields(
                [
                    ("Datum", fmt_date(zm, "long")),
                    ("Loonheffingennummer", lhn),
                    ("Burgerservicenummer werknemer", bsn),
                    ("Kenmerk", "ZM-2024-4417720"),
                ]
            ),
            Title("Bevestiging ziekmelding"),
            Para("Geachte heer, mevrouw,"),
            Para(
                f"Op 22 augustus 2024 hebt u A. Brouwer-Kok bij ons ziek gemeld. De eerste ziektedag is "
                f"{fmt_date(d0, 'long')}. Wij hebben uw melding verwerkt."
            ),
            Para(
                "U moet aan het einde van het eerste ziektejaar samen met uw werknemer de eerstejaarsevaluatie maken. "
                "Meer informatie vindt u op uwv.nl/werkgevers."
            ),
            Para("Met vriendelijke groet,\n\nUWV"),
        ],
        uwv_brief,
    )
    label(f"{case}/UWV/bevestiging.pdf", "ziekmelding_uwv", zm, note("UWV confirmation of the 42nd-week report"))

    # 9 IZP (1) --------------------------------------------------------------------------------
    izp1 = d(2024, 9, 23)
    izp_blocks = lambda dd, rows, by: [  # noqa: E731
        Title("Inzetbaarheidsprofiel"),
        Fields(
            [
                ("Werknemer", wn),
                ("BSN", bsn),
                ("Werkgever", wg),
                ("Datum", fmt_date(dd, "dash")),
                ("Opgesteld door", by),
            ]
        ),
        Para(
            "Het inzetbaarheidsprofiel beschrijft wat werknemer nog kan. Per rubriek is aangegeven of werknemer "
            "beperkt is ten opzichte van een gezond persoon (normaalwaarde)."
        ),
        Table(["Rubriek", "Beperkt", "Mogelijkheden / beperkingen"], rows),
        Signatures([Sig("Bedrijfsarts", by.split(",")[0], "bedrijfsarts", fmt_date(dd, "dash"))]),
    ]
    write_pdf(
        base / "Poortwachter/IZP sept 2024.pdf",
        izp_blocks(
            izp1,
            [
                ["Persoonlijk functioneren", "nee", "normaal"],
                ["Sociaal functioneren", "nee", "normaal"],
                ["Fysieke omgevingseisen", "nee", "normaal"],
                [
                    "Dynamische handelingen",
                    "ja",
                    "tillen max. 5 kg; niet duwen/trekken > 10 kg; niet bukken; lopen 30 min",
                ],
                [
                    "Statische houdingen",
                    "ja",
                    "zitten 30 min, staan 30 min, afwisselen; niet gebogen of geknield werken",
                ],
                ["Werktijden", "ja", "4 uur per dag, 20 uur per week; geen nachtdiensten"],
            ],
            f"{ba}, {arbo}",
        ),
        arboplus,
    )
    label(
        f"{case}/Poortwachter/IZP sept 2024.pdf",
        "inzetbaarheidsprofiel",
        izp1,
        note("inzetbaarheidsprofiel for the AD"),
    )

    # 10 AD report — long, cover page --------------------------------------------------------
    ad = d(2024, 9, 30)
    ad_blocks = [
        Title("Arbeidsdeskundig rapport"),
        Fields(
            [
                ("Werknemer", wn),
                ("Geboortedatum", gebdat),
                ("BSN", bsn),
                ("Werkgever", wg),
                ("Functie", "Verzorgende IG, 24 uur per week"),
                ("Eerste ziektedag", fmt_date(d0, "dash")),
                ("Arbeidsdeskundige", "R. Verschuren, arbeidsdeskundige ArboPlus"),
                ("Rapportdatum", fmt_date(ad, "dash")),
            ]
        ),
        Heading("1 Aanleiding en vraagstelling"),
        Para(
            "Werkneemster is bijna 48 weken arbeidsongeschikt. De werkgever vraagt advies over de mogelijkheden "
            "in het eigen werk, in ander werk binnen De Lindehof en op de externe arbeidsmarkt, voorafgaand aan de "
            "eerstejaarsevaluatie."
        ),
        Heading("2 Onderzoek"),
        Para(
            "Ik heb gesproken met werkneemster (9 september 2024), met teamleider G. Pasman en casemanager E. Dijkhuis "
            "(12 september 2024) en met de bedrijfsarts (23 september 2024). Ik heb het inzetbaarheidsprofiel van "
            "23 september 2024 gebruikt."
        ),
        Heading("3 Opleiding en werkervaring"),
        Para(
            "MBO-3 Verzorgende IG (1991), diverse bijscholingen (medicatie, dementie, palliatieve zorg). 26 jaar in "
            "dienst van De Lindehof, vrijwel steeds op een psychogeriatrische woongroep. Goede communicatieve "
            "vaardigheden, ervaren met het elektronisch cliëntdossier (ECD)."
        ),
        Heading("4 Belasting eigen functie"),
        Table(
            ["Aspect", "Belasting", "Belastbaarheid", "Overschrijding"],
            [
                ["Tillen/transfers", "dagelijks, met hulpmiddelen tot 25 kg", "max. 5 kg", "ja"],
                ["Bukken/gebogen werken", "frequent (ADL, bedden)", "niet", "ja"],
                ["Staan/lopen", "vrijwel hele dienst", "30 min afwisselen", "ja"],
                ["Werktijden", "wisselende diensten incl. weekend, slaapdiensten", "4 uur/dag, geen nacht", "ja"],
                ["Persoonlijk/sociaal", "emotioneel belastend", "geen beperking", "nee"],
            ],
        ),
        Heading("5 Conclusie eigen werk"),
        Para(
            "Het eigen werk als verzorgende IG is niet passend, ook niet met aanpassingen, vanwege de fysieke "
            "belasting in de kern van de functie. Volgens de bedrijfsarts is een wezenlijke verbetering na de operatie "
            "van juni 2024 uitgebleven."
        ),
        Heading("6 Ander werk binnen De Lindehof (spoor 1)"),
        Para(
            "Onderzocht zijn: receptie (vacature 16 uur per 1 januari 2025), activiteitenbegeleiding, "
            "planner/roostermaker en administratief medewerker cliëntadministratie. De receptiefunctie sluit aan bij "
            "de "
            "belastbaarheid, maar is beperkt in uren; activiteitenbegeleiding vraagt regelmatig tillen en begeleiden "
            "bij wandelingen. Planner vraagt een opleiding die werkneemster niet heeft."
        ),
        Heading("7 Arbeidsmarkt (spoor 2)"),
        Para(
            "Met haar achtergrond zijn er mogelijkheden als medewerker receptie/zorgloket, medisch secretaresse (na "
            "korte opleiding), medewerker cliëntenservice thuiszorg of zorgadministratie. De arbeidsmarkt in de regio "
            "Noord-Veluwe/Amersfoort voor deze functies is redelijk."
        ),
        Heading("7a Onderzochte functies in detail"),
        Table(
            ["Functie", "Uren", "Belasting", "Past binnen belastbaarheid?", "Beschikbaar?"],
            [
                ["Receptiemedewerker De Linde", "16", "zittend/staand, telefoon, ontvangst", "ja", "ja, per 1-1-2025"],
                ["Activiteitenbegeleider", "20", "begeleiden wandelen, rolstoel duwen, tillen materialen", "nee", "ja"],
                [
                    "Planner/roostermaker",
                    "24",
                    "beeldschermwerk, roosterpakket",
                    "ja (fysiek)",
                    "nee, opleiding vereist",
                ],
                ["Medewerker cliëntadministratie", "12", "administratief, ECD", "ja", "nee, geen formatie"],
                ["Gastvrouw restaurant", "16", "veel staan/lopen, serveren", "nee", "ja"],
                ["Medewerker linnenkamer", "12", "tillen wasgoed, staan", "nee", "ja"],
            ],
        ),
        Para(
            "Ik heb per functie de taken doorgenomen met de teamleider en de functie-eisen vergeleken met het "
            "inzetbaarheidsprofiel. Voor de receptiefunctie geldt dat de taken binnen de belastbaarheid vallen, mits "
            "werkneemster de ruimte heeft om zitten en staan af te wisselen; een sta-zitbalie is aanwezig."
        ),
        Heading("7b Loonwaarde-indicatie"),
        Para(
            "De receptiefunctie is ingeschaald in FWG 25; de eigen functie in FWG 40. Op basis van de inschaling en "
            "een "
            "verwachte normale productiviteit na inwerken schat ik de loonwaarde op 75–85% van het huidige uurloon. "
            "Ik adviseer de loonwaarde na drie maanden formeel te bepalen."
        ),
        Heading("7c Belemmeringen en kansen op de arbeidsmarkt"),
        Para(
            "Belemmerend zijn de beperkte urenbelastbaarheid (20 uur), de leeftijd van werkneemster en het ontbreken "
            "van "
            "formele administratieve opleidingen. Kansrijk zijn haar jarenlange ervaring met ouderen, haar "
            "betrouwbaarheid en haar ervaring met het ECD. In de regio staan structureel vacatures open voor "
            "baliemedewerkers in huisartsenpraktijken en voor medewerkers cliëntenservice in de thuiszorg; deze vragen "
            "vaak een korte cursus medische terminologie of zorgadministratie, die binnen een tweedespoortraject kan "
            "worden gevolgd."
        ),
        Heading("7d Re-integratie-inspanningen tot nu toe"),
        Para(
            "De werkgever heeft tijdig een plan van aanpak gemaakt, het plan bijgesteld na de actualisatie van de "
            "probleemanalyse en werkneemster steeds aangepast werk laten doen. De evaluaties zijn regelmatig gehouden. "
            "Werkneemster heeft zich aan alle afspraken gehouden en is na de operatie zo snel als mogelijk weer "
            "gestart. "
            "Ik zie geen tekortkomingen in de inspanningen van beide partijen tot op heden."
        ),
        Heading("8 Advies"),
        Bullets(
            [
                "Bied de receptiefunctie (16 uur) aan als gedeeltelijk passende arbeid per 1 januari 2025.",
                "Start daarnaast een tweedespoortraject voor de resterende uren, met een oriëntatie op "
                "administratieve en "
                "klantcontactfuncties in de zorg.",
                "Leg dit vast in de eerstejaarsevaluatie en een bijstelling van het plan van aanpak.",
                "Laat de loonwaarde in de receptiefunctie bepalen na 3 maanden.",
            ]
        ),
        Heading("9 Reactie werkneemster"),
        Para(
            "Werkneemster heeft het concept op 27 september 2024 gelezen. Zij is het eens met de conclusie over het "
            "eigen werk, maar is teleurgesteld dat zij de zorg moet loslaten."
        ),
        Signatures([Sig("Arbeidsdeskundige", "R. Verschuren", "arbeidsdeskundige", fmt_date(ad, "dash"))]),
    ]
    write_pdf_with_cover(
        base / "Poortwachter/rapport ArboPlus.pdf",
        ("ArboPlus Zorg & Welzijn", "A. Brouwer-Kok", "VERTROUWELIJK"),
        ad_blocks,
        arboplus,
    )
    label(
        f"{case}/Poortwachter/rapport ArboPlus.pdf",
        "arbeidsdeskundig_rapport",
        ad,
        note("long AD report with cover page (logo, name, 'VERTROUWELIJK')"),
    )

    # 11 EJE — own format DOCX ---------------------------------------------------------------
    eje = d(2024, 10, 14)
    write_docx(
        base / "Poortwachter/evaluatie okt 2024.docx",
        [
            Title("Eerstejaarsevaluatie"),
            Fields(
                [
                    ("Naam werknemer", wn),
                    ("BSN", bsn),
                    ("Functie", "Verzorgende IG, 24 uur"),
                    ("Werkgever", wg),
                    ("Eerste ziektedag", fmt_date(d0, "dash")),
                    ("Datum gesprek", "10-10-2024"),
                    ("Aanwezig", f"{wn}, {tl}, {cm}"),
                ]
            ),
            Heading("Terugblik eerste ziektejaar"),
            Para(
                "Na de probleemanalyse van december 2023 is Anita gestart met welzijnstaken. In maart 2024 is het "
                "plan van "
                "aanpak bijgesteld naar aangepast werk (receptie en welzijn, 3 x 3 uur). In juni 2024 is zij "
                "geopereerd; "
                "sinds augustus werkt zij weer 3 x 3 uur op de receptie. Het arbeidsdeskundig onderzoek van 30 "
                "september "
                "2024 concludeert dat het eigen werk niet meer passend is."
            ),
            Heading("Welk resultaat willen we aan het eind van het tweede ziektejaar?"),
            Para(
                "Spoor 1: Anita werkt structureel 16 uur als receptiemedewerker bij De Lindehof (per 1 januari 2025). "
                "Spoor 2: voor de resterende 8 uur, of voor een volledige baan van 20 uur, zoeken we passend werk "
                "buiten De Lindehof."
            ),
            Heading("Hoe gaan we dat bereiken?"),
            Bullets(
                [
                    "Aanbod receptiefunctie 16 uur (brief volgt in november)",
                    "Inzet De Nieuwe Koers voor het tweede spoor, start november 2024",
                    "Evaluaties blijven elke 6 weken",
                ]
            ),
            Heading("Visie werkgever"),
            Para(
                "De Lindehof wil Anita graag behouden. De receptiefunctie is een goede plek voor haar kennis van onze "
                "bewoners."
            ),
            Heading("Visie werknemer"),
            Para(
                "Ik vind het moeilijk om de zorg los te laten, maar ik wil wel blijven werken. Ik doe mee aan het "
                "tweede spoor."
            ),
            Signatures(
                [
                    Sig("Werkgever", cm, "HR-adviseur / casemanager", fmt_date(eje, "dash")),
                    Sig("Werknemer", wn, "", fmt_date(eje, "dash")),
                ]
            ),
        ],
        Style(
            key="c3-lindehof-docx",
            org="De Lindehof",
            org_lines=("wonen · zorg · welzijn",),
            font="serif",
            accent=(60, 110, 40),
            letterhead="right",
            author="E. Dijkhuis",
        ),
    )
    label(f"{case}/Poortwachter/evaluatie okt 2024.docx", "eerstejaarsevaluatie", eje, note("EJE, own format DOCX"))

    # 12 Trajectplan — attachment of a mail from the bureau --------------------------------
    tp = d(2024, 11, 15)
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "Plan Anita.pdf"
        write_pdf(
            p,
            [
                Title("Re-integratieplan 2e spoor"),
                Fields(
                    [
                        ("Kandidaat", wn),
                        ("BSN", bsn),
                        ("Werkgever", wg),
                        ("Contactpersoon werkgever", cm),
                        ("Jobcoach", "Hanneke Stolk"),
                        ("Intake", "12 november 2024"),
                        ("Datum plan", fmt_date(tp, "long")),
                    ]
                ),
                Heading("Uitgangssituatie"),
                Para(
                    "Anita (56) werkt 9 uur op de receptie van De Linde. Het eigen werk is niet meer passend. De "
                    "werkgever "
                    "biedt vanaf januari 16 uur receptie aan. Doel van dit traject: passend werk voor de resterende "
                    "uren "
                    "of een volledige baan elders."
                ),
                Heading("Zoekrichting"),
                Bullets(
                    [
                        "Receptie/zorgloket huisartsenpraktijk of ziekenhuis",
                        "Medewerker cliëntenservice thuiszorg",
                        "Zorgadministratie (na cursus medische terminologie/declareren)",
                    ]
                ),
                Heading("Activiteiten"),
                Table(
                    ["Periode", "Activiteit"],
                    [
                        ["nov–dec 2024", "oriëntatie, cv, LinkedIn, netwerkkaart"],
                        ["jan–mrt 2025", "cursus zorgadministratie (online), solliciteren"],
                        ["apr–jun 2025", "werkervaringsplek, bemiddeling"],
                        ["jul 2025", "eindrapportage"],
                    ],
                ),
                Signatures(
                    [
                        Sig("Jobcoach", "H. Stolk", "jobcoach", fmt_date(tp, "dash")),
                        Sig("Kandidaat", wn, "", fmt_date(tp, "dash")),
                    ]
                ),
            ],
            koers,
        )
        att = attachment_from(p)
    write_eml(
        base / "Mail/Plan 2e spoor.eml",
        eml_headers(
            "Hanneke Stolk <hanneke@denieuwekoers.nl>",
            "Erwin Dijkhuis <e.dijkhuis@lindehof.nl>",
            d(2024, 11, 18),
            "Plan 2e spoor A. Brouwer",
            "c4.tp.20241118@denieuwekoers.nl",
            8,
            55,
        ),
        "Goedemorgen Erwin,\n\nHierbij het plan voor het tweede spoor van Anita, zoals besproken. Zij heeft het al "
        "ondertekend. Wil je het voor akkoord terugsturen?\n\nHartelijke groet,\nHanneke Stolk\nDe Nieuwe Koers\n06 "
        "41 22 87 10\n",
        [att],
    )
    label(f"{case}/Mail/Plan 2e spoor.eml", "", d(2024, 11, 18), note("cover mail of the bureau"))
    label(
        f"{case}/Mail/Plan 2e spoor.eml::Plan Anita.pdf",
        "trajectplan_tweede_spoor",
        tp,
        note("trajectplan as mail attachment"),
    )

    # 13 Sollicitatiebrief (non-RIV) -------------------------------------------------------
    write_docx(
        base / "2e spoor/brief Anita.docx",
        [
            Para("Anita Brouwer-Kok\nFazantenlaan 7\n3881 BK Putten\nanita.brouwerkok@kpnmail.nl"),
            Para("Huisartsenpraktijk Het Veluws Hart\nt.a.v. mevrouw drs. L. Veenstra\nMarktplein 3\n3881 CM Putten"),
            Para("Putten, 20 januari 2025"),
            Para("Betreft: sollicitatie doktersassistent / medewerker balie (16-20 uur)"),
            Para("Geachte mevrouw Veenstra,"),
            Para(
                "Met veel interesse las ik uw vacature voor een medewerker balie. Ruim 25 jaar heb ik als verzorgende "
                "IG "
                "gewerkt in de ouderenzorg. Ik weet hoe belangrijk een vriendelijk en rustig eerste contact is, zeker "
                "voor oudere mensen en mensen die zich zorgen maken."
            ),
            Para(
                "Op dit moment werk ik op de receptie van een zorgcentrum. Ik ben gewend aan telefoonverkeer, het "
                "maken "
                "van afspraken en het werken met een elektronisch dossier. Ik volg de cursus medische terminologie."
            ),
            Para("Graag vertel ik u in een gesprek meer over mijzelf."),
            Para("Met vriendelijke groet,\n\nAnita Brouwer-Kok"),
        ],
        Style(key="c3-solbrief", org="", letterhead="none", font="sans", author="Anita"),
    )
    label(
        f"{case}/2e spoor/brief Anita.docx",
        "",
        d(2025, 1, 20),
        note("non-RIV: employee's job application letter (2nd track)"),
    )

    # 14 Voortgangsrapportage 1 ------------------------------------------------------------
    def vr(path: str, rd: dt.date, per: str, items: list[str], nxt: str) -> None:
        write_pdf(
            base / path,
            [
                Title("Tussenrapportage", sub="re-integratietraject 2e spoor"),
                Fields(
                    [
                        ("Kandidaat", wn),
                        ("BSN", bsn),
                        ("Werkgever", wg),
                        ("Rapportageperiode", per),
                        ("Datum", fmt_date(rd, "long")),
                    ]
                ),
                Heading("Wat is er gedaan?"),
                Bullets(items),
                Heading("Volgende periode"),
                Para(nxt),
                Signatures([Sig("Jobcoach", "H. Stolk", "jobcoach De Nieuwe Koers", fmt_date(rd, "dash"))]),
            ],
            koers,
        )
        label(
            f"{case}/{path}",
            "voortgangsrapportage_tweede_spoor",
            rd,
            note("2nd-track interim report ('Tussenrapportage')"),
        )

    vr(
        "2e spoor/rapportage.pdf",
        d(2025, 2, 17),
        "12 november 2024 – 14 februari 2025",
        [
            "Oriëntatie afgerond; cv en LinkedIn-profiel gemaakt.",
            "Gestart met online cursus zorgadministratie (8 modules, 3 afgerond).",
            "Sollicitaties: 3 (huisartsenpraktijk Het Veluws Hart, thuiszorg Noord-Veluwe, ziekenhuis St. Jansdal); 1 "
            "gesprek.",
            "Anita werkt sinds 1 januari 16 uur op de receptie bij De Lindehof.",
        ],
        "Werkervaringsplek zoeken voor 4-8 uur in een zorgadministratie.",
    )

    # 15 Deskundigenoordeel (employee's request) ---------------------------------------------
    do = d(2025, 3, 27)
    write_pdf(
        base / "UWV/20250327.pdf",
        [
            *address("Mevrouw A. Brouwer-Kok", "Fazantenlaan 7", "3881 BK Putten"),
            Fields([("Datum", fmt_date(do, "long")), ("Burgerservicenummer", bsn), ("Kenmerk", "DO-2025-090517")]),
            Title("Deskundigenoordeel re-integratie-inspanningen"),
            Para("Beste mevrouw Brouwer-Kok,"),
            Para(
                "U hebt ons op 24 februari 2025 gevraagd of uw werkgever, Stichting Zorgcentrum De Lindehof, genoeg "
                "doet "
                "aan uw re-integratie. U vindt dat uw werkgever het tweede spoor te laat heeft ingezet en dat u meer "
                "uren "
                "op de receptie zou kunnen werken."
            ),
            Heading("Ons oordeel"),
            Para("Uw werkgever doet op dit moment genoeg aan uw re-integratie."),
            Heading("Uitleg"),
            Para(
                "Uw werkgever heeft u passend werk aangeboden voor 16 uur per week. Meer uren receptiewerk zijn er "
                "niet. "
                "Het tweede spoor is gestart in november 2024, kort na de eerstejaarsevaluatie en het arbeidsdeskundig "
                "advies. Dat vinden wij op tijd. Het traject is goed opgezet en past bij uw mogelijkheden."
            ),
            Para("Dit oordeel is een advies. Het is niet bindend."),
            Signatures([Sig("Arbeidsdeskundige", "J.W. Oldenkamp", "arbeidsdeskundige UWV", fmt_date(do, "dash"))]),
        ],
        uwv_brief,
    )
    label(
        f"{case}/UWV/20250327.pdf",
        "deskundigenoordeel",
        do,
        note("DO at the employee's request; file named by date only"),
    )

    # 16 Voortgangsrapportage 2 -------------------------------------------------------------
    vr(
        "2e spoor/tussenrapportage mei.pdf",
        d(2025, 5, 19),
        "15 februari – 16 mei 2025",
        [
            "Cursus zorgadministratie afgerond (certificaat 2 april).",
            "Werkervaringsplek bij Thuiszorg Noord-Veluwe, afdeling planning/administratie, 2 x 4 uur sinds 14 april.",
            "Sollicitaties: 5; gesprekken: 2.",
        ],
        "Evalueren werkervaringsplek; bespreken of een contract voor 8 uur mogelijk is.",
    )

    # 17 Eindrapportage 2e spoor ------------------------------------------------------------
    er = d(2025, 7, 7)
    write_pdf(
        base / "2e spoor/Eindrapportage De Nieuwe Koers.pdf",
        [
            Title("Eindrapportage 2e spoor"),
            Fields(
                [
                    ("Kandidaat", wn),
                    ("BSN", bsn),
                    ("Werkgever", wg),
                    ("Trajectperiode", "12 november 2024 – 4 juli 2025"),
                    ("Datum", fmt_date(er, "long")),
                ]
            ),
            Heading("Resultaat"),
            Para(
                "De werkervaringsplek bij Thuiszorg Noord-Veluwe is afgesloten zonder contract (geen formatie). Anita "
                "heeft haar certificaat zorgadministratie behaald en 11 keer gesolliciteerd. Zij werkt 16 uur als "
                "receptiemedewerker bij De Lindehof."
            ),
            Heading("Advies"),
            Para(
                "Het traject afsluiten. Anita kan zelfstandig verder zoeken naar uitbreiding van uren in de "
                "zorgadministratie."
            ),
            Signatures([Sig("Jobcoach", "H. Stolk", "jobcoach De Nieuwe Koers", fmt_date(er, "dash"))]),
        ],
        koers,
    )
    label(
        f"{case}/2e spoor/Eindrapportage De Nieuwe Koers.pdf",
        "eindrapportage_tweede_spoor",
        er,
        note("2nd-track final report"),
    )

    # 18 UWV week-88 letter (employer copy) -----------------------------------------------------
    wia = d(2025, 7, 10)
    write_pdf(
        base / "UWV/brief 10 juli.pdf",
        [
            *address(wg, "t.a.v. afdeling HR", "Kloosterlaan 12", "3882 PH Putten"),
            Fields(
                [("Datum", fmt_date(wia, "long")), ("Loonheffingennummer", lhn), ("Burgerservicenummer werknemer", bsn)]
            ),
            Title("Uw werknemer kan een WIA-uitkering aanvragen"),
            Para("Geachte heer, mevrouw,"),
            Para(
                f"Uw werknemer A. Brouwer-Kok is sinds {fmt_date(d0, 'long')} ziek. Wij hebben haar een brief gestuurd "
                "dat zij een WIA-uitkering kan aanvragen. Zij moet dit uiterlijk 18 augustus 2025 doen."
            ),
            Heading("Wat moet u doen?"),
            Bullets(
                [
                    "Maak samen met uw werknemer het re-integratieverslag compleet, met de eindevaluatie en het "
                    "actueel "
                    "oordeel van de bedrijfsarts.",
                    "Geef uw werknemer een kopie van het re-integratieverslag.",
                    "Stuur het re-integratieverslag uiterlijk 1 dag na de aanvraag via het werkgeversportaal.",
                ]
            ),
            Para("Met vriendelijke groet,\n\nUWV"),
        ],
        uwv_brief,
    )
    label(f"{case}/UWV/brief 10 juli.pdf", "uwv_correspondentie", wia, note("UWV week-88 letter, employer version"))

    # 19 AO + IZP forwarded by the casemanager, with quoted text -----------------------------
    ao = d(2025, 7, 21)
    with tempfile.TemporaryDirectory() as tmp:
        p_ao = Path(tmp) / "AO_Brouwer-Kok_20250721.pdf"
        write_pdf(
            p_ao,
            [
                Title("Actueel oordeel bedrijfsarts", sub="ten behoeve van het re-integratieverslag"),
                Fields(
                    [
                        ("Werknemer", wn),
                        ("Geboortedatum", gebdat),
                        ("BSN", bsn),
                        ("Werkgever", wg),
                        ("Functie", "Verzorgende IG; thans receptiemedewerker 16 uur"),
                        ("Eerste ziektedag", fmt_date(d0, "dash")),
                        ("Bedrijfsarts", f"{ba2}, {arbo}"),
                        ("Spreekuur", "17-07-2025"),
                    ]
                ),
                Heading("Beloop"),
                Para(
                    "Na de operatie in juni 2024 is er gedeeltelijk herstel opgetreden. De laatste maanden is de "
                    "situatie "
                    "stabiel. Ik verwacht geen verdere verbetering van betekenis."
                ),
                Heading("Functionele mogelijkheden"),
                Para(
                    "Zie het bijgevoegde inzetbaarheidsprofiel van heden. Kort: geen tillen boven 5 kg, geen "
                    "transfers, "
                    "afwisselend zitten en staan, maximaal 4 uur per dag en 20 uur per week."
                ),
                Heading("Passende arbeid bij de werkgever"),
                Para(
                    "Het receptiewerk (16 uur) is passend. Passend werk voor meer uren is binnen De Lindehof niet "
                    "voorhanden."
                ),
                Heading("Arbeidsrelatie"),
                Para(
                    "De verhouding met de werkgever is goed; het verschil van inzicht over het tweede spoor is met het "
                    "deskundigenoordeel van maart 2025 afgesloten."
                ),
                Signatures([Sig("Bedrijfsarts", ba2, "bedrijfsarts", fmt_date(ao, "dash"))]),
            ],
            arboplus,
        )
        p_izp = Path(tmp) / "IZP_Brouwer-Kok_20250721.pdf"
        write_pdf(
            p_izp,
            izp_blocks(
                ao,
                [
                    ["Persoonlijk functioneren", "nee", "normaal"],
                    ["Sociaal functioneren", "nee", "normaal"],
                    ["Fysieke omgevingseisen", "nee", "normaal"],
                    ["Dynamische handelingen", "ja", "tillen max. 5 kg; niet bukken; lopen max. 30 min aaneen"],
                    ["Statische houdingen", "ja", "zitten 45 min, staan 30 min, afwisselen"],
                    ["Werktijden", "ja", "4 uur per dag, 20 uur per week; geen nachtdiensten"],
                ],
                f"{ba2}, {arbo}",
            ),
            arboplus,
        )
        atts = [attachment_from(p_ao), attachment_from(p_izp)]
    write_eml(
        base / "Mail/FW_ stukken arbo.eml",
        eml_headers(
            "Erwin Dijkhuis <e.dijkhuis@lindehof.nl>",
            "Gerdien Pasman <g.pasman@lindehof.nl>",
            d(2025, 7, 22),
            "FW: stukken arbo",
            "c4.ao.fw.20250722@lindehof.nl",
            9,
            40,
        ),
        "Hoi Gerdien,\n\nTer info: de stukken van de bedrijfsarts voor de WIA van Anita. De eindevaluatie plannen we "
        "volgende week, zie agenda.\n\nGroet, Erwin\n\n"
        "Van: ArboPlus Verzuimteam <verzuim@arboplus-zw.nl>\n"
        "Verzonden: maandag 21 juli 2025 16:12\n"
        "Aan: Erwin Dijkhuis <e.dijkhuis@lindehof.nl>\n"
        "Onderwerp: stukken arbo - A. Brouwer-Kok\n\n"
        "> Geachte heer Dijkhuis,\n>\n> Namens drs. Weltevreden ontvangt u in de bijlage de stukken voor het\n"
        "> re-integratieverslag. Het medische deel sturen wij rechtstreeks naar werkneemster.\n>\n"
        "> Met vriendelijke groet,\n> ArboPlus Verzuimteam\n",
        atts,
    )
    label(f"{case}/Mail/FW_ stukken arbo.eml", "", d(2025, 7, 22), note("forward with quoted text carrying AO + IZP"))
    label(
        f"{case}/Mail/FW_ stukken arbo.eml::AO_Brouwer-Kok_20250721.pdf",
        "actueel_oordeel",
        ao,
        note("AO as forwarded attachment"),
    )
    label(
        f"{case}/Mail/FW_ stukken arbo.eml::IZP_Brouwer-Kok_20250721.pdf",
        "inzetbaarheidsprofiel",
        ao,
        note("IZP annexed to the AO, forwarded attachment"),
    )

    # 20 Medische informatie — UWV form -------------------------------------------------------
    write_pdf(
        base / "UWV/medisch - niet uploaden.pdf",
        [
            Title("Medische informatie", sub="bij de aanvraag van een WIA-uitkering"),
            Para(
                "MEDISCH GEHEIM. Deze informatie is alleen bestemd voor de verzekeringsarts van UWV. De werknemer "
                "stuurt "
                "dit formulier in een gesloten envelop mee met de aanvraag."
            ),
            Fields(
                [
                    ("1.1 Naam werknemer", wn),
                    ("1.2 Burgerservicenummer", bsn),
                    ("1.3 Geboortedatum", gebdat),
                    ("2.1 Naam bedrijfsarts", ba2),
                    ("2.2 BIG-nummer", "89045617201"),
                    (
                        "3.1 Diagnose",
                        "Lumbosacraal radiculair syndroom L5-S1 links bij HNP; status na microdiscectomie L5-S1 "
                        "(04-06-2024); "
                        "restklachten chronische lage rugpijn (CAS L20).",
                    ),
                    (
                        "3.2 Behandeling",
                        "Fysiotherapie jan–mei 2024; operatie juni 2024 (neurochirurgie); revalidatietraject "
                        "fysiotherapie tot dec. 2024; pijnmedicatie (naproxen, amitriptyline).",
                    ),
                    (
                        "3.3 Behandelaars",
                        "Huisarts J.R. Smeenk; neurochirurg dr. F. Aksoy, Ziekenhuis Veluwe-Noord; "
                        "fysiotherapeut M. van Ooijen.",
                    ),
                    ("4.1 Prognose", "Stationair; geen verdere herstelmogelijkheden verwacht."),
                ]
            ),
            Signatures([Sig("Bedrijfsarts", ba2, "bedrijfsarts", fmt_date(ao, "dash"))]),
        ],
        uwv_form_style("c3-uwv-mi", "R 0116 (07-23)", "Medische informatie"),
    )
    label(
        f"{case}/UWV/medisch - niet uploaden.pdf",
        "medische_informatie",
        ao,
        note("UWV form Medische informatie filled in"),
    )

    # 21 EV — long with cover page -----------------------------------------------------------
    ev = d(2025, 7, 31)
    ev_blocks = [
        Title("Eindevaluatie plan van aanpak", sub="re-integratieverslag WIA"),
        Fields(
            [
                ("Naam werknemer", wn),
                ("BSN", bsn),
                ("Geboortedatum", gebdat),
                ("Functie", "Verzorgende IG (24 uur)"),
                ("Eerste ziektedag", fmt_date(d0, "dash")),
                ("Werkgever", wg),
                ("Loonheffingennummer", lhn),
                ("Casemanager", f"{cm}, HR-adviseur"),
                ("Datum actueel oordeel bedrijfsarts", fmt_date(ao, "dash")),
            ]
        ),
        Heading("1. Aard van het bedrijf"),
        Para(
            "Stichting Zorgcentrum De Lindehof biedt wonen met zorg, verpleeghuiszorg en dagbesteding aan ouderen in "
            "Putten en omgeving. Er werken ongeveer 240 medewerkers en 130 vrijwilligers op twee locaties. Het "
            "grootste deel van de functies is zorggebonden (verzorgende IG, helpende, verpleegkundige)."
        ),
        Heading("2. Terugblik op het re-integratietraject"),
        Table(
            ["Datum", "Gebeurtenis"],
            [
                ["06-11-2023", "eerste ziektedag"],
                ["11-12-2023", "probleemanalyse bedrijfsarts"],
                ["21-12-2023", "plan van aanpak (doel: eigen werk)"],
                ["01-02-2024", "tussentijdse evaluatie"],
                ["18-03-2024", "actualisatie probleemanalyse"],
                ["28-03-2024", "bijstelling plan van aanpak (aangepast werk)"],
                ["16-05-2024", "evaluatiegesprek"],
                ["juni 2024", "operatie, 7 weken geen werk"],
                ["22-08-2024", "ziekmelding UWV (42e week)"],
                ["30-09-2024", "arbeidsdeskundig rapport"],
                ["14-10-2024", "eerstejaarsevaluatie"],
                ["november 2024", "start 2e spoor De Nieuwe Koers"],
                ["01-01-2025", "receptiefunctie 16 uur"],
                ["27-03-2025", "deskundigenoordeel UWV (inspanningen werkgever voldoende)"],
                ["04-07-2025", "einde 2e spoor"],
                ["21-07-2025", "actueel oordeel bedrijfsarts"],
            ],
        ),
        Para(
            "Tussen de genoemde momenten hebben teamleider en casemanager steeds binnen zes weken met Anita "
            "geëvalueerd. De verslagen zitten in het dossier."
        ),
        Heading("3. Spoor 1"),
        Para(
            "Anita heeft achtereenvolgens welzijnstaken, een combinatie van receptie en welzijn en sinds 1 januari "
            "2025 "
            "structureel de receptiefunctie (16 uur) vervuld. Dat gaat goed. Meer uren receptiewerk zijn er niet; "
            "andere passende functies binnen De Lindehof zijn onderzocht (arbeidsdeskundig rapport) maar niet gevonden."
        ),
        Heading("4. Spoor 2"),
        Para(
            "Het traject bij De Nieuwe Koers liep van november 2024 tot juli 2025. Anita heeft een cursus "
            "zorgadministratie afgerond, een werkervaringsplek gehad en 11 keer gesolliciteerd. Dit heeft (nog) niet "
            "geleid tot werk voor de resterende uren."
        ),
        Heading("5. Stand van zaken op dit moment"),
        Para(
            "Anita werkt 16 van haar 24 contracturen in passend werk. De loonwaarde van het receptiewerk is bepaald op "
            "82% van haar oorspronkelijke uurloon."
        ),
        Heading("6. Oordeel werkgever over de arbeidsrelatie"),
        Para(
            "De arbeidsrelatie is goed. Het verschil van inzicht over het tweede spoor is via het deskundigenoordeel "
            "op een nette manier opgelost."
        ),
        Heading("7. Passende arbeid bij de werkgever"),
        Para("Ja, voor 16 uur per week (receptiemedewerker). Deze functie blijft beschikbaar na de wachttijd."),
        Heading("7a. Overzicht evaluatiegesprekken"),
        Table(
            ["Datum", "Aanwezig", "Belangrijkste afspraken"],
            [
                ["01-02-2024", "Anita, Gerdien", "uren 3 x 2 handhaven; spreekuur bedrijfsarts"],
                ["14-03-2024", "Anita, Gerdien, Erwin", "wachten op actualisatie probleemanalyse"],
                ["16-05-2024", "Anita, Gerdien, Erwin", "werk tot operatie; contact tijdens herstel"],
                ["27-06-2024", "Anita, Erwin (telefonisch)", "herstel na operatie; spreekuur juli"],
                ["08-08-2024", "Anita, Gerdien", "herstart receptie 3 x 2 uur"],
                ["19-09-2024", "Anita, Gerdien, Erwin", "arbeidsdeskundig onderzoek; opbouw 3 x 3 uur"],
                ["14-10-2024", "Anita, Gerdien, Erwin", "eerstejaarsevaluatie"],
                ["28-11-2024", "Anita, Erwin, H. Stolk", "start tweede spoor"],
                ["16-01-2025", "Anita, Gerdien", "receptie 16 uur gestart"],
                ["27-02-2025", "Anita, Erwin", "verzoek deskundigenoordeel door Anita besproken"],
                ["10-04-2025", "Anita, Erwin, H. Stolk", "werkervaringsplek thuiszorg"],
                ["22-05-2025", "Anita, Gerdien, Erwin", "voortgang tweede spoor; uren receptie"],
                ["03-07-2025", "Anita, Erwin, H. Stolk", "afsluiting tweede spoor"],
            ],
        ),
        Heading("7b. Reflectie werkgever"),
        Para(
            "Achteraf gezien had het tweede spoor eerder kunnen starten, bijvoorbeeld direct na de operatie in de "
            "zomer "
            "van 2024, toen duidelijk werd dat het herstel tegenviel. Het deskundigenoordeel van UWV vond de start in "
            "november 2024 echter tijdig. De Lindehof heeft van dit traject geleerd en zet in vergelijkbare situaties "
            "het arbeidsdeskundig onderzoek voortaan eerder in."
        ),
        Para(
            "Anita heeft zich gedurende het hele traject ingezet. Zij is steeds op afspraken verschenen, heeft de "
            "cursus zorgadministratie in korte tijd afgerond en heeft op de werkervaringsplek positieve feedback "
            "gekregen. De samenwerking tussen teamleider, casemanager, bedrijfsarts en jobcoach verliep goed."
        ),
        Heading("7c. Gevolgen voor de arbeidsovereenkomst"),
        Para(
            "De arbeidsovereenkomst (24 uur) blijft bestaan. Anita werkt 16 uur in de functie receptiemedewerker. Na "
            "de beslissing van UWV op de WIA-aanvraag bespreken werkgever en werknemer een eventuele aanpassing van de "
            "arbeidsovereenkomst aan de nieuwe functie en uren. Anita kan zich hierbij laten bijstaan door haar "
            "vakbond."
        ),
        Heading("8. Afspraken voor de periode na de WIA-aanvraag"),
        Bullets(
            [
                "Anita blijft 16 uur op de receptie werken.",
                "Zij mag op eigen initiatief solliciteren op uitbreiding "
                "in de zorgadministratie; De Lindehof werkt mee.",
                "Evaluatie over 3 maanden.",
            ]
        ),
        Heading("9. Ondertekening"),
        Para(f"Werknemer heeft op {fmt_date(ev, 'long')} een kopie van het volledige re-integratieverslag ontvangen."),
        Signatures(
            [
                Sig("Werkgever", "M.J. Hendriksen", "manager HR", fmt_date(ev, "long")),
                Sig("Werknemer", wn, "", fmt_date(ev, "long")),
            ]
        ),
    ]
    write_pdf_with_cover(
        base / "Poortwachter/RIV deel 5.pdf",
        ("De Lindehof  —  wonen · zorg · welzijn", "Anita Brouwer-Kok", "Vertrouwelijk"),
        ev_blocks,
        lindehof,
    )
    label(
        f"{case}/Poortwachter/RIV deel 5.pdf",
        "eindevaluatie",
        ev,
        note("long EV with cover page (logo line, name, 'Vertrouwelijk'); name 'RIV deel 5'"),
    )

    # 22 OW — UWV form, DOCX form layout ------------------------------------------------------
    ow = d(2025, 8, 7)
    write_docx(
        base / "Poortwachter/Document1.docx",
        [
            Title("Oordeel werknemer", sub="Formulier R 0119 — bij het re-integratieverslag"),
            Para(
                "Dit formulier vult u als werknemer zelf in. U geeft hier uw mening over het re-integratieverslag dat "
                "uw "
                "werkgever heeft gemaakt. Stuur het mee met uw WIA-aanvraag."
            ),
            Fields(
                [
                    ("1.1 Naam", wn),
                    ("1.2 Burgerservicenummer", bsn),
                    ("1.3 Naam werkgever", wg),
                    ("2.1 Hebt u een kopie van het re-integratieverslag gekregen?", "[x] ja   [ ] nee"),
                    (
                        "2.2 Bent u het eens met de inhoud van het re-integratieverslag?",
                        "[ ] ja   [x] nee, niet helemaal",
                    ),
                    (
                        "2.3 Waarmee bent u het niet eens?",
                        "Ik vind nog steeds dat het tweede spoor te laat is begonnen. Ik heb in "
                        "mei 2024 al gevraagd of ik iets anders kon gaan doen. Ook had ik liever meer uren op de "
                        "receptie gewerkt.",
                    ),
                    (
                        "2.4 Wat vindt u van uw eigen inzet?",
                        "Ik heb alles gedaan wat gevraagd werd: cursus, werkervaringsplek, solliciteren.",
                    ),
                    ("3.1 Mag uw werkgever het re-integratieverslag online naar UWV sturen?", "[x] ja   [ ] nee"),
                ]
            ),
            Signatures([Sig("Werknemer", wn, "", fmt_date(ow, "dash"))]),
        ],
        Style(
            key="c3-uwv-ow",
            org="UWV",
            org_lines=("Oordeel werknemer",),
            font="sans",
            accent=(0, 84, 160),
            docx_form=True,
            footer="R 0119 (07-23) Oordeel werknemer",
            author="Anita",
        ),
    )
    label(
        f"{case}/Poortwachter/Document1.docx",
        "oordeel_werknemer",
        ow,
        note("UWV form Oordeel werknemer as DOCX form layout; uninformative name 'Document1'"),
    )


# --------------------------------------------------------------------------------------------


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    ROWS.clear()
    case_oosterwaarde()
    case_nordlight()
    case_lindehof()
    ROWS.sort(key=lambda r: r["path"])
    with LABELS.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(ROWS)
    for c in ("corpus4-c1", "corpus4-c2", "corpus4-c3"):
        assert bsn_valid(make_bsn(random.Random(c)))
    n_files = sum(1 for p in FILES.rglob("*") if p.is_file())
    print(f"wrote {n_files} files, {len(ROWS)} labels to {HERE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
