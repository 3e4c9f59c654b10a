"""OpenDocument text (.odt, .fodt) in a case folder, as a user meets it: `scan` and `build` through the CLI.

The files are written here with zipfile, as LibreOffice lays them out: ``mimetype`` stored first, then
content.xml, styles.xml, meta.xml and the manifest. Names are fictional; 111222333 passes the elfproef.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pypdf
import pytest
from click.testing import CliRunner
from fpdf import FPDF

from wia_dossier.cli import cli
from wia_dossier.extractors import ExtractOptions, extract, get_extractor
from wia_dossier.extractors.odt import first_member_mimetype, odt_suffix
from wia_dossier.model import Extracted, Kind, SourceFile, Status

AS_OF = "2025-06-01"
MIMETYPE = "application/vnd.oasis.opendocument.text"
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"'
)
#: A paragraph style that starts a new page (how LibreOffice stores Ctrl+Enter).
PAGE_STYLE = (
    '<office:automatic-styles><style:style style:name="P9" style:family="paragraph">'
    '<style:paragraph-properties fo:break-before="page"/></style:style></office:automatic-styles>'
)


def p(text: str, style: str = "") -> str:
    """One paragraph; a tab in ``text`` becomes text:tab, as LibreOffice writes it."""
    attr = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attr}>" + "<text:tab/>".join(escape(part) for part in text.split("\t")) + "</text:p>"


def table(rows: list[list[str]]) -> str:
    cols = max(len(r) for r in rows)
    body = "".join(
        "<table:table-row>"
        + "".join(f'<table:table-cell office:value-type="string">{p(c)}</table:table-cell>' for c in row)
        + "</table:table-row>"
        for row in rows
    )
    return (f'<table:table table:name="Tabel1"><table:table-column table:number-columns-repeated="{cols}"/>'
            f"{body}</table:table>")  # fmt: skip


def make_odt(
    body: str,
    *,
    header: str = "",
    footer: str = "",
    title: str = "",
    creator: str = "R. de Wit",
    created: str = "2025-02-14T10:12:33.123456789",
    pages: int | None = None,
    encrypted: bool = False,
    mimetype: str = MIMETYPE,
    auto_styles: str = PAGE_STYLE,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """An .odt as LibreOffice lays it out (the mimetype member stored, first)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{auto_styles}'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")  # fmt: skip
    parts = (f"<style:header>{p(header)}</style:header>" if header else "") + (
        f"<style:footer>{p(footer)}</style:footer>" if footer else ""
    )
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:master-styles>'
              f'<style:master-page style:name="Standard">{parts}</style:master-page>'
              "</office:master-styles></office:document-styles>")  # fmt: skip
    stats = f'<meta:document-statistic meta:page-count="{pages}"/>' if pages else ""
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta>'
            f"<dc:title>{escape(title)}</dc:title><meta:initial-creator>{escape(creator)}</meta:initial-creator>"
            f"<dc:creator>{escape(creator)}</dc:creator><meta:creation-date>{created}</meta:creation-date>"
            f"<dc:date>{created}</dc:date>{stats}</office:meta></office:document-meta>")  # fmt: skip
    crypt = (
        '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#'
        'sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#'
        'aes256-cbc" manifest:initialisation-vector="AAAA"/></manifest:encryption-data>'
        if encrypted
        else ""
    )
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="text/xml">{crypt}</manifest:file-entry>'
        for n in ("content.xml", "styles.xml", "meta.xml")
    )
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/"'
                f' manifest:media-type="{mimetype}"/>{entries}</manifest:manifest>')  # fmt: skip
    members: dict[str, bytes] = {
        "content.xml": content.encode() if not encrypted else bytes(range(256)) * 8,  # ciphertext, no XML
        "styles.xml": styles.encode(),
        "meta.xml": meta.encode(),
        "META-INF/manifest.xml": manifest.encode(),
        **(extra or {}),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2025, 2, 14, 10, 0, 0)), mimetype, compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, (2025, 2, 14, 10, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


PVA = make_odt(
    p("Plan van aanpak", "P1")
    + p("Naam werknemer: K. Visser\tBSN: 111222333")
    + p("Werkgever: Gemeente Voorbeeld, casemanager R. de Wit")
    + "<text:list><text:list-item>"
    + p("Re-integratiedoel: terugkeer in eigen werk als administratief medewerker.")
    + "</text:list-item><text:list-item>"
    + p("Visie werkgever: opbouw in uren. Visie werknemer: eens met de opbouw.")
    + "</text:list-item></text:list>"
    + p("Evaluatiemomenten: elke zes weken.")
    + p("Afspraken en acties staan op de volgende pagina.", "P9")
    + p("Datum: 14 februari 2025")
    + p("Handtekening werkgever\tHandtekening werknemer"),
    header="Gemeente Voorbeeld - afdeling P&O",
    title="PvA Visser",
    pages=2,
)

FORM = make_odt(
    table(
        [
            ["Eerstejaarsevaluatie"],
            ["Naam werknemer", "K. Visser"],
            ["BSN", "111222333"],
            ["Eerste ziektedag", "6 januari 2025"],
            ["Datum evaluatie", "20 mei 2025"],
            ["Terugblik op het afgelopen jaar", "De re-integratie in eigen werk verloopt volgens plan."],
            ["Is het re-integratieresultaat voldoende?", "Ja, werknemer werkt 24 uur per week."],
            ["Afspraken voor het tweede ziektejaar", "Uitbreiding naar 32 uur."],
        ]
    ),
    header="Gemeente Voorbeeld",
)

HEADER_ONLY = make_odt(
    p("Naam werknemer: K. Visser\tBSN: 111222333")
    + p("Eerste ziektedag: 6 januari 2025")
    + p("Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: geen zwaar tillen.")
    + p("Prognose: herstel binnen enkele maanden verwacht. Advies aan werkgever en werknemer: opbouw in eigen werk.")
    + p("Datum: 3 februari 2025")
    + p("M. Bakker, bedrijfsarts"),
    header="Probleemanalyse - Arbodienst Noorderlicht",
    creator="M. Bakker",
)


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _bomb() -> bytes:
    """A real zip bomb: 3 MB of spaces in content.xml inflates >1000 times."""
    return make_odt(p("x"), extra={"Pictures/filler.xml": b" " * (3 * 1024 * 1024)})


def _declared_huge() -> bytes:
    """A small file whose central directory declares a 4 GB content.xml."""
    data = bytearray(make_odt(p("Plan van aanpak")))
    at = data.rfind(b"PK\x01\x02", 0, data.find(b"content.xml", data.find(b"PK\x01\x02")))
    data[at + 24 : at + 28] = (0xFFFFFFF0).to_bytes(4, "little")  # uncompressed size in the central directory
    return bytes(data)


@pytest.fixture
def case(tmp_path: Path) -> Path:
    d = tmp_path / "dossier Visser"
    for folder in ("01 PA", "02 PvA", "03 evaluatie", "diversen"):
        (d / folder).mkdir(parents=True)
    (d / "02 PvA" / "Plan van aanpak Visser.odt").write_bytes(PVA)
    (d / "03 evaluatie" / "formulier EJE.odt").write_bytes(FORM)
    (d / "01 PA" / "PA Visser.odt").write_bytes(HEADER_ONLY)
    (d / "diversen" / "beveiligd.odt").write_bytes(make_odt(p("geheim"), encrypted=True))
    (d / "diversen" / "bom.odt").write_bytes(_bomb())
    (d / "diversen" / "te groot.odt").write_bytes(_declared_huge())
    (d / "diversen" / "afgebroken.odt").write_bytes(PVA[: len(PVA) // 2])
    (d / "diversen" / "is een pdf.odt").write_bytes(_pdf(["Aantekeningen bij het gesprek"]))
    (d / "diversen" / "is een odt.pdf").write_bytes(make_odt(p("Aantekeningen bij het gesprek")))
    (d / "diversen" / "rooster.ods").write_bytes(
        make_odt(p("x"), mimetype="application/vnd.oasis.opendocument.spreadsheet")
    )
    (d / "diversen" / "sjabloon.ott").write_bytes(
        make_odt(p("Plan van aanpak"), mimetype="application/vnd.oasis.opendocument.text-template")
    )
    return d


def _state(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()
    }


def _scan(case: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["scan", str(case), "--as-of", AS_OF, *extra], catch_exceptions=False)
    return result.exit_code, result.stdout


def _findings(report: dict, path: str) -> list[dict]:
    return [f for f in report["findings"] if f["path"] == path]


def test_scan_reads_odt_like_word(case: Path) -> None:
    before = _state(case)
    code, out = _scan(case, "--format", "json")
    assert code == 1  # the broken files are error findings; the run went on
    docs = {d["path"]: d for d in json.loads(out)["documents"]}
    pva = docs["02 PvA/Plan van aanpak Visser.odt"]
    assert (pva["type"], pva["kind"], pva["date"], pva["status"], pva["pages"]) == (
        "plan_van_aanpak", "docx", "2025-02-14", "ok", 2,
    )  # fmt: skip
    form = docs["03 evaluatie/formulier EJE.odt"]
    assert (form["type"], form["date"], form["status"]) == ("eerstejaarsevaluatie", "2025-05-20", "ok")
    pa = docs["01 PA/PA Visser.odt"]  # the title is only in the header
    assert (pa["type"], pa["date"], pa["author_role"]) == ("probleemanalyse", "2025-02-03", "bedrijfsarts")
    assert _state(case) == before  # read-only


def test_broken_and_protected_odt_become_findings(case: Path) -> None:
    _, out = _scan(case, "--format", "json")
    report = json.loads(out)
    docs = {d["path"]: d for d in report["documents"]}
    assert docs["diversen/beveiligd.odt"]["status"] == "encrypted"
    (locked,) = _findings(report, "diversen/beveiligd.odt")
    assert locked["code"] == "encrypted" and locked["severity"] == "error"
    assert "in LibreOffice en sla het op zonder wachtwoord" in locked["message"] and "Word" not in locked["message"]
    for name in ("bom.odt", "te groot.odt"):
        assert docs[f"diversen/{name}"]["status"] == "unreadable"
        (bomb,) = _findings(report, f"diversen/{name}")
        assert "(zip-bom/te groot uitgepakt)" in bomb["message"]
    assert docs["diversen/afgebroken.odt"]["status"] == "unreadable"
    (cut,) = _findings(report, "diversen/afgebroken.odt")
    assert "(beschadigd OpenDocument-bestand)" in cut["message"] and "Vraag om een nieuwe kopie" in cut["message"]


def test_other_opendocument_files_keep_their_advice(case: Path) -> None:
    _, out = _scan(case, "--format", "json")
    report = json.loads(out)
    for name in ("rooster.ods", "sjabloon.ott"):
        assert {d["path"]: d for d in report["documents"]}[f"diversen/{name}"]["status"] == "unsupported"
        (f,) = _findings(report, f"diversen/{name}")
        assert "OpenDocument-bestand: sla het op als .docx of PDF" in f["message"]


def test_content_decides_over_a_wrong_extension(case: Path) -> None:
    _, out = _scan(case, "--format", "json")
    report = json.loads(out)
    docs = {d["path"]: d for d in report["documents"]}
    assert (docs["diversen/is een pdf.odt"]["kind"], docs["diversen/is een pdf.odt"]["status"]) == ("pdf", "ok")
    assert (docs["diversen/is een odt.pdf"]["kind"], docs["diversen/is een odt.pdf"]["status"]) == ("docx", "ok")
    (misnamed,) = [f for f in _findings(report, "diversen/is een pdf.odt") if f["code"] == "misnamed"]
    assert "heet .odt, maar is een PDF" in misnamed["message"]
    assert any(f["code"] == "misnamed" for f in _findings(report, "diversen/is een odt.pdf"))


def test_english_advice_for_a_protected_odt(case: Path) -> None:
    _, out = _scan(case, "--format", "json", "--lang", "en")
    (locked,) = _findings(json.loads(out), "diversen/beveiligd.odt")
    assert "open it in LibreOffice with the password and save it without one" in locked["message"]


def test_text_report_shows_the_odt_with_its_date(case: Path) -> None:
    _, out = _scan(case, "--format", "text")
    line = next(line for line in out.splitlines() if "Plan van aanpak Visser.odt" in line)
    assert "14-02-2025" in line and "ok" in line


# -- the extractor itself ---------------------------------------------------------------------------


def _extract(data: bytes, name: str = "brief.odt", **options: object) -> Extracted:
    src = SourceFile(rel=name, size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data)
    return extract(src, ExtractOptions(**options))  # type: ignore[arg-type]


def test_text_in_reading_order_with_header_pages_and_metadata() -> None:
    ex = _extract(PVA)
    assert (ex.status, ex.kind, ex.page_count, ex.page_numbers) == (Status.OK, Kind.DOCX, 2, [1, 2])
    assert ex.pages[0].split("\n")[:3] == [
        "Gemeente Voorbeeld - afdeling P&O", "Plan van aanpak", "Naam werknemer: K. Visser\tBSN: 111222333",
    ]  # fmt: skip
    assert ex.pages[1].startswith("Afspraken en acties")  # the page break of style P9
    assert ex.title_zone.startswith("Gemeente Voorbeeld - afdeling P&O\nPlan van aanpak")
    assert ex.metadata == {
        "Title": "PvA Visser", "Author": "R. de Wit", "LastModifiedBy": "R. de Wit",
        "CreationDate": "2025-02-14T10:12:33", "ModDate": "2025-02-14T10:12:33",
    }  # fmt: skip
    assert ex.facts["format"] == "odt" and ex.facts["page_count_source"] == "meta.xml"


def test_table_rows_are_lines_with_tab_separated_cells() -> None:
    ex = _extract(FORM)
    lines = ex.pages[0].split("\n")
    assert lines[:3] == ["Gemeente Voorbeeld", "Eerstejaarsevaluatie", "Naam werknemer\tK. Visser"]
    assert "Datum evaluatie\t20 mei 2025" in lines
    assert ex.facts["page_count_source"] == "schatting" and ex.page_count == 1


def test_whitespace_spaces_soft_breaks_notes_and_deletions() -> None:
    body = (
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>VERWIJDERD</text:p></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
        '<text:h text:outline-level="1">Bijstelling   plan\n van aanpak</text:h>'
        '<text:p>Naam:<text:s text:c="3"/>K. Visser<text:note><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>VOETNOOT</text:p></text:note-body></text:note><text:line-break/>"
        '<text:span>Datum:</text:span> <text:a xlink:href="https://x.example">1 april 2025</text:a></text:p>'
        "<text:soft-page-break/>"
        '<text:section text:name="s"><text:p>Tweede pagina</text:p></text:section>'
        '<text:p><draw:frame svg:width="6cm" svg:height="2cm"><draw:text-box><text:p>In een kader</text:p>'
        "</draw:text-box></draw:frame>Na het kader</text:p>"
    )
    ex = _extract(make_odt(body))
    assert ex.pages == ["Bijstelling plan van aanpak\nNaam: K. Visser\nDatum: 1 april 2025",
                        "Tweede pagina\nNa het kader\nIn een kader"]  # fmt: skip
    assert "VERWIJDERD" not in ex.text and "VOETNOOT" not in ex.text


def _signature_frame(width: str, height: str) -> str:
    return (f'<text:p><draw:frame draw:name="Afbeelding1" svg:width="{width}" svg:height="{height}">'
            '<draw:image xlink:href="Pictures/h.png" xlink:type="simple"/></draw:frame></text:p>')  # fmt: skip


def test_pasted_signature_pictures_in_the_lower_half_are_counted() -> None:
    logo = _signature_frame("4cm", "1.5cm")
    filler = "".join(p(f"Afspraak {i}: de uren worden opgebouwd.") for i in range(6))
    signed = _extract(make_odt(logo + filler + p("Werkgever") + _signature_frame("5cm", "2cm")
                               + p("Werknemer") + _signature_frame("2in", "0.6in")))  # fmt: skip
    assert signed.facts["ink_signatures"] == "2"  # the logo at the top does not count
    assert _extract(make_odt(filler + p("Werkgever"))).facts["ink_signatures"] == "0"
    photo = _extract(make_odt(filler + _signature_frame("17cm", "24cm")))
    assert photo.facts.get("ink_unknown") == "true" and "ink_signatures" not in photo.facts


def make_fodt(body: str, *, header: str = "", title: str = "") -> bytes:
    """A flat-XML OpenDocument text, as LibreOffice saves .fodt."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:mimetype="{MIMETYPE}">'
        f"<office:meta><dc:title>{escape(title)}</dc:title></office:meta>"
        '<office:master-styles><style:master-page style:name="Standard"><style:header>'
        f"{p(header)}</style:header></style:master-page></office:master-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document>"
    ).encode()


def _compressed_mimetype(data: bytes) -> bytes:
    """The same ODT with its mimetype member deflated (zip allows it, ODF does not; some tools do it)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
    return buf.getvalue()


def test_flat_xml_fodt_is_read_too() -> None:
    picture = "<office:binary-data>" + "QUFB" * (3 * 1024 * 1024) + "</office:binary-data>"  # 12 MB of base64
    body = p("Probleemanalyse") + p("Datum: 3 februari 2025") + f"<text:p><draw:frame>{picture}</draw:frame></text:p>"
    ex = _extract(make_fodt(body, header="Arbodienst Noorderlicht", title="PA"), "PA.fodt")
    assert (ex.status, ex.kind, ex.facts["format"]) == (Status.OK, Kind.DOCX, "fodt")
    assert ex.pages == ["Arbodienst Noorderlicht\nProbleemanalyse\nDatum: 3 februari 2025"]
    assert ex.metadata == {"Title": "PA"}
    lookalike = get_extractor(b"<?xml version='1.0'?><note>office:document</note>", "x.fodt")
    assert type(lookalike).__name__ != "OdtExtractor"


def test_a_compressed_mimetype_member_is_still_an_odt() -> None:
    data = _compressed_mimetype(PVA)
    assert first_member_mimetype(data) == b"" and odt_suffix(data) == ".odt"
    ex = _extract(data)
    assert (ex.status, ex.page_count) == (Status.OK, 2) and ex.pages[0].startswith("Gemeente Voorbeeld")
    sheet = _extract(_compressed_mimetype(make_odt(p("x"), mimetype="application/vnd.oasis.opendocument.spreadsheet")))
    assert (sheet.status, sheet.error) == (Status.UNSUPPORTED, "OpenDocument-bestand: sla het op als .docx of PDF")


def test_no_external_entities_and_no_entity_expansion(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIME-INHOUD", encoding="utf-8")
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    doctype = (f'<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "{secret.as_uri()}">'
               f'<!ENTITY l0 "ha">{laughs}]>')  # fmt: skip
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-content {NS}><office:body>'
               "<office:text><text:p>Plan van aanpak &xxe; &l9;</text:p></office:text></office:body>"
               "</office:document-content>").encode()  # fmt: skip
    data = make_odt("", extra={"content.xml": content})
    started = time.perf_counter()
    ex = _extract(data)
    assert time.perf_counter() - started < 2
    assert "GEHEIME-INHOUD" not in ex.text and "haha" not in ex.text
    assert ex.status in (Status.OK, Status.UNREADABLE)


def test_damaged_files_never_raise() -> None:
    """Cut and flipped bytes anywhere in an ODT give a status, never an exception or a hang."""
    seen = set()
    for i in range(0, len(PVA), max(len(PVA) // 40, 1)):
        for mutated in (PVA[:i], PVA[:i] + bytes([PVA[i] ^ 0xFF]) + PVA[i + 1 :]):
            ex = _extract(mutated)
            seen.add(ex.status)
            assert ex.status in (Status.OK, Status.UNREADABLE, Status.UNSUPPORTED, Status.EMPTY)
    assert Status.UNREADABLE in seen and Status.OK in seen


# -- build -------------------------------------------------------------------------------------------


def _build(case: Path, out: Path) -> dict:
    result = CliRunner().invoke(
        cli, ["build", str(case), "-o", str(out), "--draft", "--as-of", AS_OF], catch_exceptions=False
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))


def _entry(page_map: dict, path: str) -> dict:
    return next(d for d in page_map["documents"] if d["path"] == path)


def test_build_without_libreoffice_renders_the_odt_simplified(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("wia_dossier.build.find_soffice", lambda: None)
    before = _state(case)
    page_map = _build(case, tmp_path / "bundel.pdf")
    entry = _entry(page_map, "02 PvA/Plan van aanpak Visser.odt")
    assert (entry["converter"], entry["type"], entry["date"]) == ("docx-simplified", "plan_van_aanpak", "2025-02-14")
    text = pypdf.PdfReader(tmp_path / "bundel.pdf").pages[entry["pdf_page_index"]].extract_text()
    assert "Vereenvoudigde weergave" in text and "Naam werknemer: K. Visser" in text
    assert _state(case) == before


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_build_converts_the_odt_with_libreoffice(case: Path, tmp_path: Path) -> None:
    before = _state(case)
    page_map = _build(case, tmp_path / "bundel.pdf")
    paths = [d["path"] for d in page_map["documents"]]
    assert "diversen/beveiligd.odt" not in paths and "diversen/bom.odt" not in paths
    entry = _entry(page_map, "02 PvA/Plan van aanpak Visser.odt")
    assert entry["converter"] == "libreoffice"
    assert entry["last_page"] - entry["first_page"] + 1 == 2  # the page break of style P9, as the scan counted
    reader = pypdf.PdfReader(tmp_path / "bundel.pdf")
    first = reader.pages[entry["pdf_page_index"]].extract_text()
    assert "Plan van aanpak" in first and "Gemeente Voorbeeld - afdeling P&O" in first
    assert "Vereenvoudigde weergave" not in first
    assert "Afspraken en acties" in reader.pages[entry["pdf_page_index"] + 1].extract_text()
    form = _entry(page_map, "03 evaluatie/formulier EJE.odt")
    assert "Uitbreiding naar 32 uur" in reader.pages[form["pdf_page_index"]].extract_text()
    assert _state(case) == before


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_gets_each_file_under_its_own_extension(tmp_path: Path) -> None:
    """LibreOffice picks its import filter by the extension: a flat .fodt and a zipped .odt both convert."""
    from wia_dossier.convert import LIBREOFFICE
    from wia_dossier.convert import docx as docx_conv
    from wia_dossier.render import TemplateRenderer

    flat = make_fodt(p("Bijstelling probleemanalyse") + p("Datum: 1 april 2025"), header="Arbodienst Noorderlicht")
    items = [("a.fodt", flat, tmp_path / "0.pdf"), ("b.odt", _compressed_mimetype(FORM), tmp_path / "1.pdf")]
    done, failed = docx_conv.convert_batch(
        items,
        tmp_path / "w",
        soffice=shutil.which("soffice"),
        timeout=120,
        render_html_pdf=TemplateRenderer().render_pdf,
    )
    assert not failed and {c.converter for c in done.values()} == {LIBREOFFICE}
    assert "Bijstelling probleemanalyse" in pypdf.PdfReader(tmp_path / "0.pdf").pages[0].extract_text()
    assert "Uitbreiding naar 32 uur" in pypdf.PdfReader(tmp_path / "1.pdf").pages[0].extract_text()
