"""Review 5's findings in the scan's own files: English reasons, zip and sub-folder dossier.yaml advice, odd names."""

from __future__ import annotations

import zipfile
from pathlib import Path

from click.testing import CliRunner

from wia_dossier.cli import cli
from wia_dossier.reasons import in_english

PA = "Probleemanalyse\n\nDatum: 11-02-2025\nEr is sprake van dreigend langdurig verzuim. Benutbare mogelijkheden.\n"


def _scan(case: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["scan", str(case), "--no-ocr", "--as-of", "2025-04-01", *args])
    assert result.exit_code in (0, 1), result.output
    return result.output


def _case(tmp_path: Path) -> Path:
    case = tmp_path / "case"
    case.mkdir()
    (case / "pa.txt").write_text(PA, encoding="utf-8")
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-01-13\n", encoding="utf-8")
    return case


def test_readers_reasons_are_english_with_lang_en(tmp_path: Path) -> None:
    case = _case(tmp_path)
    (case / "kapot.docx").write_bytes(b"PK\x03\x04garbage")
    out = _scan(case, "--lang", "en")
    assert "(damaged zip file)" in out and "beschadigd" not in out
    assert in_english("beschadigde PDF (xref)") == "damaged PDF (xref)"
    assert in_english("te veel geheugen nodig (meer dan 2 GiB)") == "too much memory needed (more than 2 GiB)"


def test_a_zip_archive_is_to_be_unpacked_not_converted(tmp_path: Path) -> None:
    case = _case(tmp_path)
    with zipfile.ZipFile(case / "oud.zip", "w") as z:
        z.writestr("pva.txt", "Plan van aanpak")
    out = _scan(case)
    assert "pak het dan uit in de dossiermap" in out and "Zet het om naar PDF" not in out
    out_en = _scan(case, "--lang", "en")
    assert "unpack it into the case folder" in out_en and "Convert it to PDF" not in out_en


def test_a_dossier_yaml_in_a_subfolder_is_no_document(tmp_path: Path) -> None:
    """An old case copied into this one: its dossier.yaml is skipped (and said), not read as an actueel oordeel."""
    case = _case(tmp_path)
    (case / "oud").mkdir()
    (case / "oud" / "dossier.yaml").write_text(
        "werknemer: {naam: 'P. Oud'}\neerste_ziektedag: 2023-01-02\n# actueel oordeel bedrijfsarts WIA-aanvraag\n",
        encoding="utf-8",
    )
    out = _scan(case)
    assert "'oud/dossier.yaml' is overgeslagen: dossier.yaml in een submap" in out
    assert "Actueel oordeel" not in out.split("Bevindingen")[0]


def test_an_unknown_checklist_is_explained_in_english(tmp_path: Path) -> None:
    case = _case(tmp_path)
    result = CliRunner().invoke(cli, ["scan", str(case), "--checklist", "nope", "--lang", "en"])
    assert result.exit_code == 3
    assert "unknown checklist. Available: wia-aanvraag, ziektewet-riv." in result.output


def test_a_yaml_error_is_explained_in_english(tmp_path: Path) -> None:
    case = _case(tmp_path)
    (case / "dossier.yaml").write_text("werknemer:\n\tnaam: X\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", str(case), "--lang", "en", "--as-of", "2025-04-01"])
    assert result.exit_code == 3
    assert "no valid YAML" in result.output and "indent with spaces" in result.output


def test_a_wide_character_in_a_file_name_keeps_the_table_straight(tmp_path: Path) -> None:
    case = _case(tmp_path)
    (case / "PA 😀.txt").write_text(PA, encoding="utf-8")
    out = _scan(case)
    rows = [line for line in out.splitlines() if "Probleemanalyse" in line and "%" in line]
    assert len(rows) == 2
    # the type column starts at the same terminal column on both rows (the emoji takes two)
    from wia_dossier.report import _columns

    starts = {_columns(row[: row.index("Probleemanalyse")]) for row in rows}
    assert len(starts) == 1, rows
