"""A PDF that holds several RIV documents is reported, so its parts are not silently missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

from wia_dossier.pipeline import ScanOptions, run_scan

AS_OF = dt.date(2026, 3, 1)


def _pdf(path: Path, pages: list[list[str]]) -> None:
    pdf = FPDF(format="A4")
    for lines in pages:
        pdf.add_page()
        for i, line in enumerate(lines):
            pdf.set_font("helvetica", size=16 if i == 0 else 11)
            pdf.text(20, 25 + 8 * i, line)
    pdf.output(str(path))


PERSON = "Naam werknemer: J. Jansen   BSN: 123456782"
BODY = "Afspraken werkgever en werknemer over re-integratie in eigen werk; casemanager P. de Boer."


def _scan(folder: Path) -> dict[str, list[str]]:
    result = run_scan(folder, ScanOptions(as_of=AS_OF))
    out: dict[str, list[str]] = {}
    for f in result.findings:
        if f.code == "multiple_documents":
            out.setdefault(f.path or "", []).append(f.message)
    return out


def test_an_export_of_three_documents_is_named(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-02-03\n", encoding="utf-8")
    _pdf(
        case / "export arbodienst.pdf",
        [
            ["Plan van aanpak", PERSON, "Datum: 01-03-2025", BODY],
            ["Vervolg afspraken", "Werkzaamheden en uren worden elke twee weken besproken."],
            ["Eerstejaarsevaluatie", PERSON, "Datum: 20-01-2026", "Terugblik op het eerste ziektejaar en het plan."],
            ["Vervolg evaluatie", "Conclusie: het re-integratieresultaat is nog niet bereikt."],
            ["Actueel oordeel bedrijfsarts", PERSON, "Datum: 15-02-2026", "Belastbaarheid en passende arbeid."],
        ],
    )
    found = _scan(case)
    assert list(found) == ["export arbodienst.pdf"]
    message = found["export arbodienst.pdf"][0]
    assert "eerstejaarsevaluatie (pagina 3)" in message and "actueel oordeel" in message and "(pagina 5)" in message
    assert "behalve plan van aanpak (pagina 1)" in message
    assert "Splits het bestand" in message


def test_running_headers_and_numbered_sections_are_no_second_document(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-02-03\n", encoding="utf-8")
    _pdf(
        case / "pva.pdf",
        [
            ["Plan van aanpak", PERSON, "Datum: 01-03-2025", BODY],
            ["Plan van aanpak - J. Jansen - 01-03-2025", "Werkzaamheden en uren worden elke twee weken besproken."],
            ["2. Probleemanalyse", "Datum probleemanalyse: 10-02-2025", "De bedrijfsarts verwacht herstel."],
            ["3. Eerstejaarsevaluatie", "Gepland rond 20-01-2026.", "Handtekening werkgever en werknemer."],
        ],
    )
    assert _scan(case) == {}


def test_build_reads_every_page_and_finds_parts_on_middle_pages(tmp_path: Path) -> None:
    """The scan reads pages 1-3 and the last two; build reads all and names the parts that start in between."""
    from wia_dossier.build import BuildOptions, run_build
    from wia_dossier.checklist import load_checklist

    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-02-03\n", encoding="utf-8")
    filler = ["Vervolg", "Werkzaamheden en uren worden elke twee weken besproken."]
    _pdf(
        case / "export.pdf",
        [
            ["Plan van aanpak", PERSON, "Datum: 01-03-2025", BODY],
            filler,
            filler,
            filler,
            ["Eerstejaarsevaluatie", PERSON, "Datum: 20-01-2026", "Terugblik op het eerste ziektejaar en het plan."],
            filler,
            ["Actueel oordeel bedrijfsarts", PERSON, "Datum: 15-02-2026", "Belastbaarheid en passende arbeid."],
            filler,
            filler,
        ],
    )
    assert _scan(case) == {}  # pages 5 and 7 are not among the pages a scan reads
    result = run_scan(case, ScanOptions(as_of=AS_OF))
    run_build(result, load_checklist(), tmp_path / "b.pdf", BuildOptions(draft=True, soffice=None))
    found = [f for f in result.findings if f.code == "multiple_documents"]
    assert len(found) == 1 and found[0].path == "export.pdf" and found[0].page == 5
    assert "eerstejaarsevaluatie (pagina 5)" in found[0].message and "(pagina 7)" in found[0].message


def test_a_short_first_document_is_no_cover_page(tmp_path: Path) -> None:
    """A short page 1 with a title of its own is a document, not a cover: a second one on page 2 is found."""
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-02-03\n", encoding="utf-8")
    _pdf(
        case / "twee.pdf",
        [
            ["Plan van aanpak", PERSON, "Datum: 01-03-2025", BODY],
            ["Eerstejaarsevaluatie", PERSON, "Datum: 20-01-2026", "Terugblik."],
        ],
    )
    found = _scan(case)
    assert list(found) == ["twee.pdf"]
    assert "behalve plan van aanpak (pagina 1) ook eerstejaarsevaluatie (pagina 2)" in found["twee.pdf"][0]


def test_build_names_the_parts_the_scan_saw_and_those_it_did_not(tmp_path: Path) -> None:
    """A part on page 3 (the scan reads it) and one on page 4 (the first page only build reads): both named."""
    from wia_dossier.build import BuildOptions, run_build
    from wia_dossier.checklist import load_checklist

    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-02-03\n", encoding="utf-8")
    filler = ["Vervolg", "Werkzaamheden en uren worden elke twee weken besproken."]
    _pdf(
        case / "export.pdf",
        [
            ["Plan van aanpak", PERSON, "Datum: 01-03-2025", BODY],
            filler,
            ["Eerstejaarsevaluatie", PERSON, "Datum: 20-01-2026", "Terugblik op het eerste ziektejaar en het plan."],
            ["Actueel oordeel bedrijfsarts", PERSON, "Datum: 15-02-2026", "Belastbaarheid en passende arbeid."],
            filler,
            filler,
            filler,
            filler,
            filler,
        ],
    )
    result = run_scan(case, ScanOptions(as_of=AS_OF))
    run_build(result, load_checklist(), tmp_path / "b.pdf", BuildOptions(draft=True, soffice=None))
    [found] = [f for f in result.findings if f.code == "multiple_documents"]
    assert "eerstejaarsevaluatie (pagina 3)" in found.message and "(pagina 4)" in found.message, found.message


def test_an_export_is_dated_by_its_first_document_not_by_its_index(tmp_path: Path) -> None:
    """An export opens with a list of its documents, dates first; the file is the first document, with its date."""
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-02-03\n", encoding="utf-8")
    _pdf(
        case / "Dossierexport 018734.pdf",
        [
            [
                "Dossierexport",
                "Werknemer: J. Jansen",
                "Datum export: 07-10-2025",
                "Datum Document Auteur",
                "22-02-2025 Probleemanalyse R. Stoffels",
                "09-04-2025 Vervolgrapportage R. Stoffels",
                "10-06-2025 Inzetbaarheidsprofiel R. Stoffels",
            ],
            ["Inzetbaarheidsprofiel", PERSON, "Datum: 10-06-2025", "Beperkingen: niet tillen boven 10 kg."],
        ],
    )
    result = run_scan(case, ScanOptions(as_of=AS_OF))
    (doc,) = result.documents
    assert doc.type == "inzetbaarheidsprofiel", doc.reasons
    assert doc.date is not None and doc.date.value.isoformat() == "2025-06-10", doc.date


def test_the_later_parts_of_a_combined_file_are_not_missing(tmp_path: Path) -> None:
    """An actueel oordeel and an eindevaluatie scanned into one PDF: the file asks to be split, but the eindevaluatie is
    there, with its own date, for the completeness and timeline rules."""
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2024-06-03\n", encoding="utf-8")
    _pdf(
        case / "Stukken WIA.pdf",
        [
            ["Actueel oordeel bedrijfsarts", PERSON, "Datum: 10-02-2026", "Belastbaarheid en passende arbeid."],
            ["Eindevaluatie", PERSON, "Datum: 17-02-2026", "Terugblik op twee jaar re-integratie; " + BODY],
        ],
    )
    result = run_scan(case, ScanOptions(as_of=AS_OF))
    codes = {(f.code, f.type) for f in result.findings}
    assert ("multiple_documents", "actueel_oordeel") in codes or any(f.code == "multiple_documents" for f in result.findings)
    assert ("missing", "eindevaluatie") not in codes, [f.message for f in result.findings if f.code == "missing"]
    row = next(r for r in result.timeline if r["id"] == "eindevaluatie")
    assert row["document"] == "Stukken WIA.pdf" and row["date"] == dt.date(2026, 2, 17), row
    # the scan's document list still holds the file once, typed by its first part (the bundle takes it whole)
    assert [(d.path, d.type) for d in result.documents] == [("Stukken WIA.pdf", "actueel_oordeel")]
