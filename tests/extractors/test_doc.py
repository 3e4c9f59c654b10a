"""Word 97-2003 (.doc) through the public path: text from the piece table, pages, summary, damaged files."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import struct
import subprocess
import time
from pathlib import Path

import docx
import pytest
from _cfb import make_doc

from wia_dossier.extractors._cfb import write_compound
from wia_dossier.model import Kind, Status

# Fictional; 111222333 passes the elfproef (wia_dossier.bsn).
PA = [
    "Probleemanalyse",
    "Naam werknemer: K. Visser\tBSN: 111222333",
    "Eerste ziektedag: 6 januari 2025",
    "Datum: 3 februari 2025",
    "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: geen zwaar tillen.",
    "Functie\x07Magazijnmedewerker\x07\x07Werkgever\x07Voorbeeld BV\x07\x07",
    '\x0cAdvies aan werkgever en werknemer: opbouw in eigen werk. Zie \x13 HYPERLINK "x" \x14de website\x15.',
    "M. Bakker, bedrijfsarts, pagina \x13 PAGE \x142\x15",
]


def test_probleemanalyse_text_pages_and_summary(run_extract):
    data = make_doc(
        PA,
        header="Arbodienst Noorderlicht",
        title="PA Visser",
        author="M. Bakker",
        pages=2,
        saved=dt.datetime(2025, 2, 3, 14, 0, tzinfo=dt.UTC),
        unicode_from=4,
    )
    result = run_extract(data, "01 PA/PA Visser.doc")
    assert result.status is Status.OK and result.kind is Kind.DOCX
    assert result.page_numbers == [1, 2] and result.page_count == 2
    page1, page2 = result.pages
    assert page1.splitlines()[:3] == [
        "Arbodienst Noorderlicht",
        "Probleemanalyse",
        "Naam werknemer: K. Visser\tBSN: 111222333",
    ]
    assert "Functie\tMagazijnmedewerker\nWerkgever\tVoorbeeld BV" in page1  # table rows
    assert page2 == (
        "Advies aan werkgever en werknemer: opbouw in eigen werk. Zie de website.\nM. Bakker, bedrijfsarts, pagina 2"
    )  # field results, not field codes
    assert result.title_zone.startswith("Arbodienst Noorderlicht\nProbleemanalyse\n")
    assert result.metadata == {"Title": "PA Visser", "Author": "M. Bakker", "ModDate": "2025-02-03T14:00:00+00:00"}
    assert result.facts == {"format": "doc", "page_count_source": "summaryinfo"}


def test_unicode_text_and_only_head_and_tail_pages(run_extract):
    paragraphs = [f"Pagina {n}: overleg met mevrouw Çelik en de heer Øvergaard\x0c" for n in range(1, 8)]
    result = run_extract(make_doc(paragraphs, title="Verslag"), "verslag.doc", head_pages=2, tail_pages=1)
    assert result.page_numbers == [1, 2, 7]
    assert result.pages[0] == "Pagina 1: overleg met mevrouw Çelik en de heer Øvergaard"
    assert result.page_count == 7 and result.facts["page_count_source"] == "schatting"


def test_no_text_is_said(run_extract):
    result = run_extract(make_doc([""]), "leeg.doc")
    assert result.status is Status.OK and result.facts["no_text"] == "true"


def test_encrypted_doc(run_extract):
    result = run_extract(make_doc(PA, encrypted=True), "geheim.doc")
    assert result.status is Status.ENCRYPTED and result.error == "Word-bestand (.doc) met wachtwoord"
    assert result.pages == []


def test_word_95_is_unsupported_with_advice(run_extract):
    data = bytearray(make_doc(PA))
    offset = data.find(struct.pack("<HH", 0xA5EC, 0x00C1))
    struct.pack_into("<HH", data, offset, 0xA5DC, 0x0065)
    result = run_extract(bytes(data), "oud.doc")
    assert result.status is Status.UNSUPPORTED and result.error == "Word 6.0/95-formaat: sla het op als .docx"


def test_piece_table_outside_the_table_stream_is_unreadable(run_extract):
    data = bytearray(make_doc(PA))
    offset = data.find(struct.pack("<HH", 0xA5EC, 0x00C1))
    fc_clx = offset + 154 + 33 * 8  # FibRgFcLcb97.fcClx
    struct.pack_into("<I", data, fc_clx, 0x7FFFFFF0)
    result = run_extract(bytes(data), "kapot.doc")
    assert result.status is Status.UNREADABLE and result.error == "oud Word-bestand heeft een kapotte opbouw"


def test_summary_with_a_huge_vector_does_not_stall(run_extract):
    # VT_VECTOR | VT_EMPTY with 2^31 elements: olefile's getproperties loops over them; ours never reads vectors
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
    section = struct.pack("<IIII", 24, 1, 2, 16) + struct.pack("<HHI", 0x1000, 0, 0x7FFFFFFF)
    summary = struct.pack("<HHI16sI", 0xFFFE, 0, 0x00020006, bytes(16), 1) + fmtid + struct.pack("<I", 48) + section
    good = make_doc(PA)
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(good))
    streams = {"/".join(p): ole.openstream(p).read() for p in ole.listdir()}
    streams["\x05SummaryInformation"] = summary
    start = time.monotonic()
    result = run_extract(write_compound(streams), "pa.doc")
    assert time.monotonic() - start < 2
    assert result.status is Status.OK and "Probleemanalyse" in result.text


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_doc_saved_by_libreoffice(run_extract, tmp_path: Path):
    """A .doc as a real word processor writes it (LibreOffice's Word 97 filter), not only our builder's."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Arbodienst Noorderlicht"
    document.add_heading("Probleemanalyse", 1)
    document.add_paragraph("Naam werknemer: K. Visser   BSN: 111222333 — één café")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Datum"
    table.cell(0, 1).text = "3 februari 2025"
    document.core_properties.author = "M. Bakker"
    document.save(tmp_path / "pa.docx")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profiel').as_uri()}", "--headless", "--convert-to", "doc",
         "--outdir", str(tmp_path), str(tmp_path / "pa.docx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    result = run_extract((tmp_path / "pa.doc").read_bytes(), "pa.doc")
    assert result.status is Status.OK
    assert result.pages[0].splitlines()[:3] == [
        "Arbodienst Noorderlicht",
        "Probleemanalyse",
        "Naam werknemer: K. Visser BSN: 111222333 — één café",
    ]
    assert "Datum\t3 februari 2025" in result.pages[0]
    assert result.metadata["Author"] == "M. Bakker"
