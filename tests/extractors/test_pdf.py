"""PDF extraction: the text classification needs, encryption, repair, scans."""

from __future__ import annotations

import io

import pikepdf
import pytest
from _builders import blank_pdf, make_pdf
from pypdf import PdfWriter

from wia_dossier.model import Kind, Status


def _encrypt(data: bytes, *, user: str, owner: str) -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user=user, owner=owner, R=6))  # AES-256
    return out.getvalue()


def test_head_and_tail_pages_only(run_extract):
    pages = [f"Pagina {n}\ninhoud van pagina {n} " * 3 for n in range(1, 11)]
    result = run_extract(make_pdf(pages), "pva.pdf", head_pages=3, tail_pages=2)
    assert result.status is Status.OK
    assert result.kind is Kind.PDF
    assert result.page_count == 10
    assert result.page_numbers == [1, 2, 3, 9, 10]
    assert len(result.pages) == 5
    assert "inhoud van pagina 9" in result.pages[3]
    assert "inhoud van pagina 5" not in result.text
    assert "\r" not in result.text


def test_short_document_no_duplicate_pages(run_extract):
    result = run_extract(make_pdf(["Een\ntekst op pagina een", "Twee\ntekst op pagina twee"]), "a.pdf")
    assert result.page_numbers == [1, 2]
    assert result.page_count == 2


def test_title_zone_holds_title_not_body(run_extract):
    data = make_pdf(["Plan van aanpak\nOndertekening werkgever en werknemer op de onderste helft van de pagina."])
    result = run_extract(data, "scan0001.pdf")
    assert "Plan van aanpak" in result.title_zone
    assert "Ondertekening" not in result.title_zone
    assert "Ondertekening" in result.pages[0]


def test_title_zone_of_rotated_page(run_extract):
    data = make_pdf(["Probleemanalyse\nlaatste alinea onderaan de pagina met veel tekst erin."])
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        # content drawn sideways would be odd, but the zone must follow /Rotate: with 180 the
        # visual top is the bottom of user space, where the body text sits.
        pdf.pages[0].Rotate = 180
        pdf.save(out)
    result = run_extract(out.getvalue(), "r.pdf")
    assert "laatste alinea" in result.title_zone
    assert "Probleemanalyse" not in result.title_zone


def test_metadata(run_extract):
    data = make_pdf(["Eindevaluatie\nbla bla bla bla bla bla"], title="Eindevaluatie J. de Vries", author="Casemanager")
    result = run_extract(data, "e.pdf")
    assert result.metadata["Title"] == "Eindevaluatie J. de Vries"
    assert result.metadata["Author"] == "Casemanager"
    assert "CreationDate" in result.metadata
    assert len(result.facts["creation_date"]) == 10


def test_user_password_is_encrypted(run_extract):
    data = _encrypt(make_pdf(["Actueel oordeel\nvertrouwelijk"]), user="geheim", owner="baas")
    result = run_extract(data, "ao.pdf")
    assert result.status is Status.ENCRYPTED
    assert result.error
    assert result.pages == []


def test_user_password_with_known_password(run_extract):
    data = _encrypt(make_pdf(["Actueel oordeel\nvertrouwelijke inhoud van het oordeel"]), user="geheim", owner="baas")
    result = run_extract(data, "ao.pdf", passwords={"ao.pdf": "geheim"})
    assert result.status is Status.OK
    assert "Actueel oordeel" in result.title_zone
    wrong = run_extract(data, "ao.pdf", passwords={"ao.pdf": "fout"})
    assert wrong.status is Status.ENCRYPTED
    assert "onjuist" in (wrong.error or "")


def test_owner_password_only_opens(run_extract):
    data = _encrypt(make_pdf(["Plan van aanpak\nafspraken"]), user="", owner="baas")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.is_encrypted
    result = run_extract(data, "pva.pdf")
    assert result.status is Status.OK
    assert result.facts["owner_password"] == "true"
    assert "Plan van aanpak" in result.title_zone


@pytest.mark.parametrize("fraction", [0.5, 0.8, 0.95])
def test_truncated_pdf_is_repaired(run_extract, fraction):
    data = make_pdf(["Probleemanalyse\nbedrijfsarts", "Pagina twee\nmeer tekst op pagina twee"])
    result = run_extract(data[: int(len(data) * fraction)], "pa.pdf")
    assert result.status in (Status.OK, Status.UNREADABLE)
    if result.status is Status.OK:
        assert "Probleemanalyse" in result.text
    if fraction == 0.8:  # objects complete, xref and trailer gone: qpdf rebuilds it
        assert result.status is Status.OK
        assert result.facts.get("repaired") == "true"


def test_garbage_named_pdf_is_unreadable_not_unsupported(run_extract):
    result = run_extract(b"\x00\x01 dit is geen pdf" * 50, "kapot.pdf")
    assert result.status is Status.UNREADABLE
    assert result.kind is Kind.PDF
    assert "dit is geen pdf" not in (result.error or "")


def test_header_only_is_unreadable(run_extract):
    result = run_extract(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<", "half.pdf")
    assert result.status is Status.UNREADABLE


def test_scan_without_text_needs_ocr(run_extract):
    result = run_extract(blank_pdf(3), "scan0003.pdf")
    assert result.status is Status.OK
    assert result.facts["needs_ocr"] == "true"
    assert result.page_count == 3


def test_mixed_pages_records_pages_without_text(run_extract):
    writer = PdfWriter()
    writer.append(io.BytesIO(make_pdf(["Eindevaluatie\n" + "tekst " * 40])))
    writer.append(io.BytesIO(blank_pdf(1)))
    out = io.BytesIO()
    writer.write(out)
    result = run_extract(out.getvalue(), "ev.pdf")
    assert "needs_ocr" not in result.facts
    assert result.facts["pages_without_text"] == "2"


def test_pdf_detected_by_content_despite_extension(run_extract):
    result = run_extract(make_pdf(["Plan van aanpak\ntekst"]), "brief.docx")
    assert result.kind is Kind.PDF
    assert result.status is Status.OK


def test_junk_before_header(run_extract):
    result = run_extract(b"garbage\r\n" + make_pdf(["Plan van aanpak\ntekst"]), "x.pdf")
    assert result.kind is Kind.PDF
    assert "Plan van aanpak" in result.text
