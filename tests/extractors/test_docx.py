"""DOCX extraction: text where forms keep it (tables, headers), zip bombs, old .doc."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.enum.text import WD_BREAK

from wia_dossier.model import Kind, Status


def _save(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """Copy a DOCX, replacing (or adding) members."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename not in replace:
                dst.writestr(item, src.read(item.filename))
        for name, content in replace.items():
            dst.writestr(name, content)
    return out.getvalue()


def test_paragraphs_and_tables_in_document_order(run_extract):
    document = docx.Document()
    document.add_heading("Plan van aanpak", level=1)
    document.add_paragraph("Inleiding voor de tabel.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Naam werknemer"
    table.cell(0, 1).text = "J. de Vries"
    table.cell(1, 0).text = "Eerste ziektedag"
    table.cell(1, 1).text = "13-01-2025"
    document.add_paragraph("Na de tabel: ondertekening.")
    result = run_extract(_save(document), "pva.docx")
    assert result.status is Status.OK
    assert result.kind is Kind.DOCX
    text = result.text
    assert "Naam werknemer\tJ. de Vries" in text
    assert text.index("Inleiding") < text.index("Eerste ziektedag") < text.index("Na de tabel")
    assert "Plan van aanpak" in result.title_zone


def test_table_only_form(run_extract):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    rows = [("Probleemanalyse", ""), ("Datum", "5 maart 2025"), ("Bedrijfsarts", "dr. A. Jansen")]
    for row, (left, right) in zip(table.rows, rows, strict=True):
        row.cells[0].text = left
        row.cells[1].text = right
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Probleemanalyse"
    result = run_extract(_save(document), "form.docx")
    assert result.status is Status.OK
    assert result.text.count("Probleemanalyse") == 1  # merged cells are not repeated
    assert "Datum\t5 maart 2025" in result.text
    assert "Probleemanalyse" in result.title_zone


def test_title_in_header_and_first_page_header(run_extract):
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Arbodienst Voorbeeld – Actueel oordeel"
    section.header.paragraphs[0].text = "Vervolgpagina kop"
    section.footer.paragraphs[0].text = "Vertrouwelijk – pagina"
    document.add_paragraph("Bevindingen van de bedrijfsarts.")
    result = run_extract(_save(document), "ao.docx")
    assert "Actueel oordeel" in result.title_zone
    assert "Actueel oordeel" in result.pages[0]
    assert "Vervolgpagina kop" in result.text
    assert "Vertrouwelijk" in result.text


def test_page_breaks_split_pages_and_head_tail(run_extract):
    document = docx.Document()
    for n in range(1, 7):
        paragraph = document.add_paragraph(f"Inhoud pagina {n}")
        if n < 6:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
    result = run_extract(_save(document), "lang.docx", head_pages=2, tail_pages=1)
    assert result.page_numbers == [1, 2, 6]
    assert result.page_count == 6
    assert result.facts["page_count_source"] == "schatting"
    assert "Inhoud pagina 6" in result.pages[-1]
    assert "Inhoud pagina 4" not in result.text


def test_page_count_from_app_xml(run_extract):
    document = docx.Document()
    document.add_paragraph("Eindevaluatie")
    data = _rezip(
        _save(document),
        {
            "docProps/app.xml": b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/extended-properties"><Pages>7</Pages></Properties>'
        },
    )
    result = run_extract(data, "ev.docx")
    assert result.page_count == 7
    assert result.facts["page_count_source"] == "app.xml"


def test_core_properties(run_extract):
    document = docx.Document()
    document.core_properties.title = "Probleemanalyse"
    document.core_properties.author = "A. Jansen"
    document.add_paragraph("tekst")
    result = run_extract(_save(document), "pa.docx")
    assert result.metadata["Title"] == "Probleemanalyse"
    assert result.metadata["Author"] == "A. Jansen"


def test_zip_bomb_refused_before_parsing(run_extract):
    document = docx.Document()
    document.add_paragraph("klein")
    bomb = _rezip(_save(document), {"word/media/bom.bin": b"\0" * (20 * 1024 * 1024)})
    assert len(bomb) < 200_000
    result = run_extract(bomb, "bom.docx", max_uncompressed=10 * 1024 * 1024)
    assert result.status is Status.UNREADABLE
    assert result.error == "zip-bom/te groot uitgepakt"
    # ratio alone (20 MB of zeros in ~20 kB) is absurd even under the size limit
    assert run_extract(bomb, "bom.docx").error == "zip-bom/te groot uitgepakt"


def test_old_doc_header_only_is_unreadable_with_reason(run_extract):
    # an OLE header and a WordDocument name but no FAT or directory: a damaged .doc (test_doc.py reads real ones)
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(400)
    result = run_extract(ole, "brief.doc")
    assert result.status is Status.UNREADABLE
    assert result.error == "oud Word-bestand heeft een kapotte opbouw"


def test_other_zip_is_unsupported(run_extract):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.txt", "hallo")
    result = run_extract(out.getvalue(), "archief.zip")
    assert result.status is Status.UNSUPPORTED
    assert "zip" in (result.error or "")


def test_xlsx_named_docx_is_unsupported(run_extract):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    result = run_extract(out.getvalue(), "verzuim.docx")
    assert result.status is Status.UNSUPPORTED
    assert "Excel" in (result.error or "")


def test_broken_docx_is_unreadable(run_extract):
    document = docx.Document()
    document.add_paragraph("tekst")
    data = _rezip(_save(document), {"word/document.xml": b"<w:document><niet afgesloten"})
    result = run_extract(data, "kapot.docx")
    assert result.status is Status.UNREADABLE
    truncated = _save(document)[:3000]
    assert run_extract(truncated, "half.docx").status is Status.UNREADABLE


def test_text_box_content(run_extract):
    document = docx.Document()
    paragraph = document.add_paragraph("Voor het kader")
    textbox = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
        "<w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Eerstejaarsevaluatie</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
        "<w:txbxContent><w:p><w:r><w:t>Eerstejaarsevaluatie</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    from lxml import etree

    paragraph._p.append(etree.fromstring(textbox))
    result = run_extract(_save(document), "eje.docx")
    assert result.text.count("Eerstejaarsevaluatie") == 1
    assert "Eerstejaarsevaluatie" in result.title_zone
