"""Plan van aanpak and evaluations signed by employer and employee: the ``unsigned`` warning.

The documents are made the ways real ones are: a form with signature lines and boxes (no ink), pen
strokes from a signing app, pasted pictures of signatures, a scan of signed paper, a copy marked
"w.g.", a Word file typed up before signing.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

import docx
import pikepdf
from docx.shared import Pt
from fpdf import FPDF
from PIL import Image, ImageDraw

from wia_dossier.pipeline import ScanOptions, run_scan
from wia_dossier.report import to_json_obj

AS_OF = dt.date(2025, 6, 1)
BODY = [
    "Naam werknemer: J. Jansen",
    "BSN: 123456782",
    "Datum: 01-03-2025",
    "Casemanager: P. de Boer",
    "Afspraken tussen werkgever en werknemer over re-integratie in eigen werk.",
    "Re-integratiedoel: terug in eigen werk. Evaluatiemoment: elke zes weken.",
    "Visie werkgever: haalbaar. Visie werknemer: haalbaar.",
]


def _squiggle(pdf: FPDF, x: float, y: float, seed: int) -> None:
    """Pen strokes as a signing app writes them: many short diagonal lines."""
    rng = random.Random(seed)
    pdf.set_draw_color(20, 30, 110)
    px, py = x, y
    for i in range(1, 15):
        nx, ny = x + 3.5 * i, y + rng.uniform(-5, 5)
        pdf.line(px, py, nx, ny)
        px, py = nx, ny
    pdf.set_draw_color(0, 0, 0)


def _signature_png(seed: int) -> io.BytesIO:
    rng = random.Random(seed)
    img = Image.new("RGB", (240, 80), "white")
    draw = ImageDraw.Draw(img)
    points = [(10 + 16 * i, 40 + rng.randint(-25, 25)) for i in range(14)]
    draw.line(points, fill=(20, 30, 110), width=3)
    out = io.BytesIO()
    img.save(out, format="PNG")
    out.seek(0)
    return out


def _pva_pdf(path: Path, *, strokes: int = 0, pictures: int = 0, logo: bool = False, text: str = "") -> Path:
    """A one-page plan van aanpak with a signature block: two boxes with a line, a name and a date."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    if logo:
        pdf.image(_signature_png(99), x=150, y=8, w=40, h=14)  # signature-sized, but where logos sit
    pdf.set_font("helvetica", "B", size=16)
    pdf.text(20, 35, "Plan van aanpak")
    pdf.set_font("helvetica", size=11)
    for i, line in enumerate([*BODY, *([text] if text else [])]):
        pdf.text(20, 48 + 7 * i, line)
    for col, (role, name) in enumerate([("Werkgever", "P. de Boer"), ("Werknemer", "J. Jansen")]):
        x = 20 + 90 * col
        pdf.rect(x, 150, 80, 40)  # the form's box
        pdf.text(x + 3, 157, f"Handtekening {role.lower()}")
        pdf.line(x + 3, 180, x + 75, 180)  # the signature line
        pdf.text(x + 3, 186, f"{name}, 01-03-2025")
        if col < strokes:
            _squiggle(pdf, x + 8, 170, seed=col)
        if col < pictures:
            pdf.image(_signature_png(col), x=x + 6, y=160, w=50, h=17)
    pdf.output(str(path))
    return path


def _scanned_pva(path: Path, extra: tuple[str, ...] = ()) -> Path:
    """Signed paper through a scanner: the page is one picture (the ink is in its pixels)."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.text((100, 100), "Plan van aanpak", fill="black")
    buf = io.BytesIO()
    page.save(buf, format="JPEG")
    buf.seek(0)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.set_font("helvetica", size=11)
    pdf.set_text_color(255, 255, 255)  # an OCR layer under the picture, as scanners write it
    for i, line in enumerate(["Plan van aanpak", *BODY, "Handtekening werkgever", "Handtekening werknemer", *extra]):
        pdf.text(20, 40 + 7 * i, line)
    pdf.output(str(path))
    return path


def _pva_docx(path: Path, *, pictures: int = 0, page_photo: bool = False) -> Path:
    document = docx.Document()
    document.add_heading("Plan van aanpak", level=1)
    for line in BODY:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    for col, role in enumerate(["werkgever", "werknemer"]):
        cell = table.rows[0].cells[col]
        cell.text = f"Handtekening {role}"
        if col < pictures:
            cell.add_paragraph().add_run().add_picture(_signature_png(col), width=Pt(120))
        cell.add_paragraph("Datum: 01-03-2025")
    if page_photo:  # a phone photo of the signed last page, pasted under the table
        photo = io.BytesIO()
        Image.new("RGB", (900, 1200), "white").save(photo, format="JPEG")
        photo.seek(0)
        document.add_paragraph().add_run().add_picture(photo, width=Pt(420))
    document.save(str(path))
    return path


def _unsigned(case: Path) -> list[dict]:
    report = to_json_obj(run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=dt.date(2025, 1, 20))))
    return [f for f in report["findings"] if f["code"] == "unsigned"]  # type: ignore[index]


def _case(tmp_path: Path) -> Path:
    case = tmp_path / "case"
    case.mkdir()
    return case


def test_a_form_with_empty_signature_boxes_is_unsigned(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _pva_pdf(case / "pva.pdf")
    [finding] = _unsigned(case)
    assert finding["severity"] == "warning" and finding["path"] == "pva.pdf" and finding["type"] == "plan_van_aanpak"
    assert "lijkt niet ondertekend" in finding["message"] and "werkgever én werknemer" in finding["message"]
    assert "scan of foto" in finding["message"]  # what to do next
    assert finding["source"].startswith("UWV")


def test_strokes_of_both_parties_sign_it_one_party_is_reported(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _pva_pdf(case / "pva.pdf", strokes=2)
    assert _unsigned(case) == []
    (case / "pva.pdf").unlink()
    _pva_pdf(case / "pva.pdf", strokes=1)
    [finding] = _unsigned(case)
    assert "één handtekening gevonden, twee handtekeningen verwacht (werkgever én werknemer)" in finding["message"]


def test_pasted_pictures_of_signatures_count_a_logo_at_the_top_does_not(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _pva_pdf(case / "pva.pdf", pictures=2)
    assert _unsigned(case) == []
    (case / "pva.pdf").unlink()
    _pva_pdf(case / "pva.pdf", pictures=1, logo=True)
    [finding] = _unsigned(case)
    assert "één handtekening gevonden" in finding["message"]


def test_a_scan_of_signed_paper_is_not_judged(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _scanned_pva(case / "pva scan.pdf")
    result = run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=dt.date(2025, 1, 20)))
    [doc] = result.documents
    assert doc.type == "plan_van_aanpak"  # judged as a plan van aanpak, yet no guess about its signatures
    assert doc.extracted.facts.get("ink_unknown") == "true"
    assert _unsigned(case) == []


def test_copies_marked_was_signed_and_e_signing_count(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _pva_pdf(case / "pva kopie.pdf", text="w.g. P. de Boer          w.g. J. Jansen")
    assert _unsigned(case) == []
    (case / "pva kopie.pdf").unlink()
    _pva_pdf(case / "pva.pdf", text="Digitaal ondertekend door beide partijen via Signhost op 01-03-2025")
    assert _unsigned(case) == []


def test_a_word_file_without_pictures_is_the_unsigned_version(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _pva_docx(case / "Plan van aanpak.docx")
    [finding] = _unsigned(case)
    assert "Word-bestand" in finding["message"]
    (case / "Plan van aanpak.docx").unlink()
    _pva_docx(case / "Plan van aanpak.docx", pictures=2)
    assert _unsigned(case) == []


def test_the_signed_pdf_beside_its_word_file_is_enough(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _pva_docx(case / "Plan van aanpak.docx")
    _pva_pdf(case / "Plan van aanpak getekend.pdf", strokes=2)
    assert _unsigned(case) == []


def test_english_message(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _pva_pdf(case / "pva.pdf")
    report = to_json_obj(run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=dt.date(2025, 1, 20), lang="en")))
    [finding] = [f for f in report["findings"] if f["code"] == "unsigned"]  # type: ignore[index]
    assert "seems unsigned" in finding["message"]


def test_a_meeting_note_needs_no_signatures(tmp_path: Path) -> None:
    # gespreksverslagen (tussentijdse evaluaties) are not signed in practice; the checklist asks it only of the
    # plan van aanpak, its adjustments and the first-year and final evaluations (signed_by)
    case = _case(tmp_path)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", size=16)
    pdf.text(20, 35, "Verslag voortgangsgesprek")
    pdf.set_font("helvetica", size=11)
    lines = [
        "Naam werknemer: J. Jansen",
        "Datum gesprek: 01-04-2025",
        "Tussentijdse evaluatie van het plan van aanpak.",
        "Voortgang: werkt 20 uur in eigen werk.",
        "Volgend gesprek over zes weken.",
    ]
    for i, line in enumerate(lines):
        pdf.text(20, 48 + 7 * i, line)
    pdf.output(str(case / "verslag.pdf"))
    result = run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=dt.date(2025, 1, 20)))
    assert [d.type for d in result.documents] == ["tussentijdse_evaluatie"]
    assert [f for f in result.findings if f.code == "unsigned"] == []


def test_one_was_signed_note_on_a_scan_proves_nothing_missing(tmp_path: Path) -> None:
    # the scan's other signature may well be in its pixels
    case = _case(tmp_path)
    _scanned_pva(case / "pva scan.pdf", extra=("w.g. P. de Boer",))
    assert _unsigned(case) == []


def test_a_word_file_with_a_photo_of_the_signed_page_is_not_judged(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _pva_docx(case / "Plan van aanpak.docx", page_photo=True)
    assert _unsigned(case) == []


def test_a_pdf_with_a_photo_of_the_signed_page_placed_on_it_is_not_judged(tmp_path: Path) -> None:
    # a typed plan whose last page carries a half-page photo of the signed paper
    case = _case(tmp_path)
    path = _pva_pdf(case / "pva.pdf")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.text(20, 20, "Bijlage: ondertekende pagina")
    photo = io.BytesIO()
    Image.new("RGB", (800, 1000), "white").save(photo, format="JPEG")
    photo.seek(0)
    pdf.image(photo, x=30, y=30, w=120, h=150)
    extra = tmp_path / "extra.pdf"
    pdf.output(str(extra))
    with pikepdf.open(path, allow_overwriting_input=True) as doc, pikepdf.open(extra) as more:
        doc.pages.extend(more.pages)
        doc.save(path)
    assert _unsigned(case) == []


def test_a_signature_field_filled_in_with_the_word_counts_per_signer(tmp_path: Path) -> None:
    # a filled-in form's signature field: 'getekend / getekend' stands for both signatures, as 'w.g.' does
    case = _case(tmp_path)
    _pva_pdf(case / "pva.pdf", text="getekend / getekend")
    assert _unsigned(case) == []


def test_a_sentence_about_signing_is_no_signature(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _pva_pdf(case / "pva.pdf", text="Werkgever en werknemer tekenen het plan na het gesprek; getekend is het nog niet.")
    assert [f["path"] for f in _unsigned(case)] == ["pva.pdf"]


def test_a_word_file_beside_a_scan_of_the_same_plan_is_not_judged(tmp_path: Path) -> None:
    """A plan van aanpak kept as Word, with its signed copy as a scan in the folder (a separate signature sheet, or the
    whole plan scanned): the scan's signatures are in its pixels, so the Word file's lack of them proves nothing
    (findings holdout 21)."""
    case = _case(tmp_path)
    _pva_docx(case / "Plan van aanpak.docx")
    _scanned_pva(case / "PvA handtekeningen.pdf")
    assert _unsigned(case) == []
