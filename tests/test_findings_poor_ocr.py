"""A scan or photo that OCR could hardly read and that was not recognised: the user must look at it (it may be a RIV
document, or hold medical data the tool could not read)."""

from __future__ import annotations

from wia_dossier.findings import file_findings
from wia_dossier.model import Document, Extracted, Kind, Severity, SourceFile, Status


def _photo(confidence: float) -> Document:
    ex = Extracted(kind=Kind.IMAGE, pages=["EER Ien Mar amen!\nBr sag MR] ree"], status=Status.OK, ocr_confidence=confidence)
    ex.facts["ocr"] = "true"
    return Document(source=SourceFile("WhatsApp Image 2024-03-04.jpeg", 10, "x"), extracted=ex, reasons=["geen kenmerken"])


def test_a_barely_readable_unrecognised_photo_is_a_warning_to_look() -> None:
    (found,) = [f for f in file_findings([_photo(0.32)], [], "nl") if f.code == "unclassified"]
    assert found.severity is Severity.WARNING
    assert "nauwelijks te lezen (zekerheid 32%)" in found.message and "medische gegevens" in found.message
    (en,) = [f for f in file_findings([_photo(0.32)], [], "en") if f.code == "unclassified"]
    assert "hardly read" in en.message
    # read well but not recognised: the usual note
    (plain,) = [f for f in file_findings([_photo(0.91)], [], "nl") if f.code == "unclassified"]
    assert plain.severity is Severity.INFO and "nauwelijks" not in plain.message
