"""The title a document gets in the bundle's index and bookmarks (review 6).

Before: a scanned evaluation was listed in the index UWV's assessor reads as "Gespreksverslag 'evaluatie pan van
heriba (2e" - the title line as OCR read it. A document read by OCR is now listed by its type; a born-digital
document keeps its own title line, and a document without one its file name.
"""

from __future__ import annotations

from wia_dossier.build_select import _bundle_title
from wia_dossier.checklist import load_checklist
from wia_dossier.model import Document, Extracted, Kind, SourceFile

CHECKLIST = load_checklist("wia-aanvraag")
EVALUATION = next(t for t in CHECKLIST.types if t.id == "tussentijdse_evaluatie")


def _doc(title: str | None, ocr: bool, name: str = "scan_0413.pdf") -> Document:
    ex = Extracted(kind=Kind.PDF, pages=["x"], page_numbers=[1], page_count=1)
    if ocr:
        ex.facts["ocr"] = "true"
    return Document(SourceFile(rel=name, size=1, sha256=""), ex, type="tussentijdse_evaluatie", title=title)


def test_a_scanned_document_is_listed_by_its_type() -> None:
    garbled = "Gespreksverslag ‘evaluatie pan van heriba (2e"
    assert _bundle_title(_doc(garbled, ocr=True), EVALUATION, "nl") == EVALUATION.label("nl")
    assert _bundle_title(_doc(garbled, ocr=True), EVALUATION, "en") == EVALUATION.label("en")


def test_a_born_digital_document_keeps_its_title_line_or_file_name() -> None:
    line = "Verslag evaluatiegesprek 12 maart 2025"
    assert _bundle_title(_doc(line, ocr=False), EVALUATION, "nl") == line
    assert _bundle_title(_doc(None, ocr=False, name="map/Evaluatie maart.pdf"), EVALUATION, "nl") == "Evaluatie maart"


def test_a_letters_subject_label_is_no_part_of_its_title() -> None:
    doc = _doc("Onderwerp: Bevestiging ziekmelding (melding na 42 weken)", ocr=False)
    assert _bundle_title(doc, EVALUATION, "nl") == "Bevestiging ziekmelding (melding na 42 weken)"
    assert _bundle_title(_doc("Betreft:", ocr=False, name="brief UWV.pdf"), EVALUATION, "nl") == "brief UWV"
