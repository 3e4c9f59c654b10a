"""Hand-made case folders and ScanResults for the build tests (inputs generated in tmp_path)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from email.message import EmailMessage
from pathlib import Path

from fpdf import FPDF

from wia_dossier.checklist import Checklist, parse_checklist
from wia_dossier.model import (
    Attachment,
    CaseFile,
    DateFound,
    Document,
    Extracted,
    Finding,
    Kind,
    Party,
    ScanResult,
    Severity,
    SourceFile,
    Status,
)

CHECKLIST_YAML = """
schema: wia-dossier.checklist/1
id: test-riv
label: {nl: "WIA-aanvraag: re-integratieverslag", en: "WIA application"}
types:
  - {id: probleemanalyse, label: {nl: Probleemanalyse, en: Problem analysis}, element: "1", source: "art. 6 f", author: bedrijfsarts}
  - {id: plan_van_aanpak, label: {nl: Plan van aanpak, en: Action plan}, element: "2", source: "art. 6 g"}
  - {id: bijstelling_plan_van_aanpak, label: {nl: Bijstelling plan van aanpak, en: Adjusted action plan}, element: "2", source: "art. 6 g"}
  - {id: eerstejaarsevaluatie, label: {nl: Eerstejaarsevaluatie, en: First-year evaluation}, element: "3", source: "art. 6 h"}
  - {id: actueel_oordeel, label: {nl: Actueel oordeel, en: Current assessment}, element: "4", source: "art. 6 i-k"}
  - {id: eindevaluatie, label: {nl: Eindevaluatie, en: Final evaluation}, element: "5", source: "art. 6 h"}
  - {id: oordeel_werknemer, label: {nl: Oordeel werknemer, en: Employee's view}, element: "6", source: "art. 6 l"}
  - {id: medische_informatie, label: {nl: Medische informatie, en: Medical information}, element: "7", source: "BR", medical: true}
  - {id: uwv_correspondentie, label: {nl: Correspondentie UWV, en: UWV letters}, element: "8", source: "practice"}
"""

MEDICAL_SECRET = "Diagnose: ernstige hernia L5-S1 medisch geheim"


def checklist() -> Checklist:
    """A small checklist with the real type ids."""
    return parse_checklist(CHECKLIST_YAML, "test.yaml")


def make_pdf(path: Path, title: str, pages: int = 2, *, landscape: bool = False, text: str = "") -> Path:
    """A text PDF with ``title`` on every page (fpdf2)."""
    pdf = FPDF(orientation="L" if landscape else "P", format="A4")
    pdf.set_auto_page_break(auto=False)
    for i in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=16)
        pdf.text(25, 30, f"{title}")
        pdf.set_font("helvetica", size=11)
        pdf.text(25, 45, f"Inhoud pagina {i + 1} {text}")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def make_rotated_pdf(path: Path, title: str) -> Path:
    """A portrait page whose /Rotate is 90 (a scanned landscape table), plus an offset CropBox page."""
    import pikepdf

    make_pdf(path, title, pages=2)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.pages[0].obj.Rotate = 90
        page = pdf.pages[1]
        page.obj.MediaBox = [-50, -50, 545.28, 791.89]
        page.obj.CropBox = [-50, -50, 545.28, 791.89]
        pdf.save(path)
    return path


def make_docx(path: Path, title: str) -> Path:
    """A DOCX with a heading, paragraphs and a table."""
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    d.add_paragraph("Datum: 5 maart 2025. Werkgever en werknemer spreken de volgende activiteiten af.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Activiteit"
    t.cell(0, 1).text = "Termijn"
    t.cell(1, 0).text = "Aangepast werk 4 uur per dag"
    t.cell(1, 1).text = "week 8-12"
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    return path


def make_jpeg(
    path: Path, *, size: tuple[int, int] = (600, 400), orientation: int | None = None, dpi: int | None = 150
) -> Path:
    """A JPEG (optionally with an EXIF orientation tag)."""
    from PIL import Image

    im = Image.new("RGB", size, (235, 235, 225))
    for x in range(40, size[0] - 40):
        im.putpixel((x, 60), (20, 20, 20))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    kwargs: dict[str, object] = {"exif": exif.tobytes()}
    if dpi:
        kwargs["dpi"] = (dpi, dpi)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, format="JPEG", quality=85, **kwargs)
    return path


def make_eml(path: Path, attachment: bytes | None = None, attachment_name: str = "PvA bijstelling.pdf") -> Path:
    """An e-mail with a plain body (and an optional PDF attachment)."""
    msg = EmailMessage()
    msg["From"] = "Casemanager <cm@voorbeeld.nl>"
    msg["To"] = "UWV <werkgevers@uwv.nl>"
    msg["Subject"] = "Bevestiging ziekmelding 42e week"
    msg["Date"] = "Tue, 04 Nov 2025 10:00:00 +0100"
    msg.set_content(
        "Geachte heer, mevrouw,\n\nHierbij de bevestiging van de ziekmelding.\n\nMet vriendelijke groet,\nUWV"
    )
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="pdf", filename=attachment_name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(msg))
    return path


def _src(case: Path, rel: str, data: bytes | None = None) -> SourceFile:
    raw = data if data is not None else (case / rel).read_bytes()
    return SourceFile(
        rel=rel,
        size=len(raw),
        sha256=hashlib.sha256(raw).hexdigest(),
        abs_path=None if data is not None else case / rel,
        data=data,
    )


def _doc(
    case: Path,
    rel: str,
    kind: Kind,
    type_id: str | None,
    date: dt.date | None,
    *,
    author: str | None = None,
    title: str | None = None,
    status: Status = Status.OK,
    data: bytes | None = None,
    parent: str | None = None,
    facts: dict[str, str] | None = None,
    text: str = "",
    attachments: list[Attachment] | None = None,
) -> Document:
    return Document(
        source=_src(case, rel, data),
        extracted=Extracted(
            kind=kind,
            status=status,
            pages=[text] if text else [],
            page_count=0,
            facts=facts or {},
            attachments=attachments or [],
        ),
        type=type_id,
        confidence=0.9,
        date=DateFound(date, "test") if date else None,
        author=author,
        title=title,
        bsns=["123456782"],
        parent=parent,
    )


def make_case(tmp: Path, *, with_docx: bool = True, error: bool = False) -> tuple[Path, ScanResult]:
    """A case folder with PDFs, a rotated PDF, a DOCX, a JPEG, an e-mail with attachment and a medical file."""
    case = tmp / "dossier"
    make_pdf(case / "01 PA/probleemanalyse.pdf", "Probleemanalyse", 3)
    make_pdf(case / "02 PvA/plan van aanpak.pdf", "Plan van aanpak", 2)
    make_rotated_pdf(case / "03/eerstejaarsevaluatie.pdf", "Eerstejaarsevaluatie")
    make_pdf(case / "04/actueel oordeel.pdf", "Actueel oordeel", 1, landscape=True)
    make_pdf(case / "medisch/medische informatie.pdf", "Medische informatie", 1, text=MEDICAL_SECRET)
    make_pdf(case / "overig/loonstrook.pdf", "Loonstrook", 1)
    make_jpeg(case / "05/eindevaluatie scan.jpg", orientation=6)
    att = make_pdf(tmp / "att.pdf", "Bijlage bij bevestiging", 1).read_bytes()
    make_eml(case / "mail/bevestiging.eml", attachment=att, attachment_name="bijlage.pdf")
    docs = [
        _doc(
            case,
            "01 PA/probleemanalyse.pdf",
            Kind.PDF,
            "probleemanalyse",
            dt.date(2025, 2, 20),
            author="dr. A. Jansen (bedrijfsarts)",
            title="Probleemanalyse",
        ),
        _doc(
            case,
            "02 PvA/plan van aanpak.pdf",
            Kind.PDF,
            "plan_van_aanpak",
            dt.date(2025, 3, 5),
            author="P. Bakker (casemanager)",
            title="Plan van aanpak",
        ),
        _doc(
            case,
            "03/eerstejaarsevaluatie.pdf",
            Kind.PDF,
            "eerstejaarsevaluatie",
            dt.date(2026, 1, 8),
            author="P. Bakker (casemanager)",
            title="Eerstejaarsevaluatie",
        ),
        _doc(
            case,
            "04/actueel oordeel.pdf",
            Kind.PDF,
            "actueel_oordeel",
            dt.date(2026, 9, 1),
            author="dr. A. Jansen (bedrijfsarts)",
            title="Actueel oordeel",
        ),
        _doc(
            case,
            "05/eindevaluatie scan.jpg",
            Kind.IMAGE,
            "eindevaluatie",
            dt.date(2026, 9, 20),
            author=None,
            title="Eindevaluatie (scan)",
        ),
        _doc(
            case,
            "medisch/medische informatie.pdf",
            Kind.PDF,
            "medische_informatie",
            dt.date(2026, 9, 2),
            title="Medische informatie",
            text=MEDICAL_SECRET,
        ),
        _doc(case, "overig/loonstrook.pdf", Kind.PDF, None, None, title="Loonstrook"),
        _doc(
            case,
            "mail/bevestiging.eml",
            Kind.EMAIL,
            "uwv_correspondentie",
            dt.date(2025, 11, 4),
            author="UWV",
            title="Bevestiging ziekmelding 42e week",
            facts={
                "from": "Casemanager <cm@voorbeeld.nl>",
                "to": "UWV <werkgevers@uwv.nl>",
                "subject": "Bevestiging ziekmelding 42e week",
                "date": "04-11-2025 10:00",
            },
            text="Geachte heer, mevrouw,\n\nHierbij de bevestiging van de ziekmelding.",
            attachments=[Attachment("bijlage.pdf", att)],
        ),
        _doc(
            case,
            "mail/bevestiging.eml::bijlage.pdf",
            Kind.PDF,
            "uwv_correspondentie",
            dt.date(2025, 11, 4),
            author="UWV",
            title="Bijlage bij bevestiging",
            data=att,
            parent="mail/bevestiging.eml",
        ),
        _doc(
            case,
            "kapot.pdf",
            Kind.PDF,
            "bijstelling_plan_van_aanpak",
            None,
            status=Status.UNREADABLE,
            data=b"%PDF-1.4 broken",
        ),
    ]
    if with_docx:
        make_docx(case / "02 PvA/bijstelling pva.docx", "Bijstelling plan van aanpak")
        docs.append(
            _doc(
                case,
                "02 PvA/bijstelling pva.docx",
                Kind.DOCX,
                "bijstelling_plan_van_aanpak",
                dt.date(2025, 6, 1),
                author="P. Bakker (casemanager)",
                title="Bijstelling plan van aanpak",
            )
        )
    findings = [
        Finding("missing", Severity.WARNING, "Oordeel werknemer ontbreekt.", type="oordeel_werknemer"),
        Finding(
            "unclassified",
            Severity.INFO,
            "overig/loonstrook.pdf is geen RIV-document.",
            path="overig/loonstrook.pdf",
        ),
    ]
    if error:
        findings.append(Finding("missing", Severity.ERROR, "Eindevaluatie ontbreekt.", type="eindevaluatie"))
    result = ScanResult(
        case_dir=case,
        checklist_id="test-riv",
        as_of=dt.date(2026, 11, 22),
        first_sick_day=DateFound(dt.date(2025, 1, 13), "dossier.yaml"),
        documents=docs,
        findings=findings,
        case=CaseFile(
            werknemer=Party(naam="J. de Vries", bsn="123456782", functie="Magazijnmedewerker"),
            werkgever=Party(
                naam="Voorbeeld BV", loonheffingennummer="123456789L01", aard_van_het_bedrijf="Groothandel"
            ),
            bedrijfsarts=Party(naam="dr. A. Jansen", organisatie="Arbo Noord"),
            casemanager=Party(naam="P. Bakker", functie="HR-adviseur"),
            eerste_ziektedag=dt.date(2025, 1, 13),
            aanvraag_wia=dt.date(2026, 10, 12),
        ),
    )
    return case, result


def pdf_bytes_io(data: bytes) -> io.BytesIO:
    """Small helper for pypdf readers."""
    return io.BytesIO(data)
