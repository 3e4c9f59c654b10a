"""build into the case folder, twice (review 5).

CONTRACT allows OUT inside CASE_DIR when OUT says so. Before: the first build worked, but the second one
with --force was refused ("dit is een bestand van het dossier zelf"): the earlier bundle was taken for one
of the case's own files, and the only way to refresh it was deleting it by hand. A real input file is
still never overwritten, also with --force.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wia_dossier.cli import cli

PA_TEXT = (
    "Probleemanalyse\n\nDatum: 11-02-2025\nEerste ziektedag: 13-01-2025\n\n"
    "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: benutbare mogelijkheden.\n"
)


def _build(case: Path, out: Path, *extra: str):
    args = ["build", str(case), "-o", str(out), "--draft", "--as-of", "2025-04-01", "--no-ocr", *extra]
    return CliRunner().invoke(cli, args, catch_exceptions=False)


@pytest.fixture()
def case(tmp_path: Path) -> Path:
    pytest.importorskip("weasyprint")
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "probleemanalyse.txt").write_text(PA_TEXT, encoding="utf-8")
    (folder / "dossier.yaml").write_text("eerste_ziektedag: 2025-01-13\n", encoding="utf-8")
    return folder


def test_a_bundle_inside_the_case_folder_can_be_rebuilt_with_force(case: Path) -> None:
    out = case / "bundel.pdf"
    first = _build(case, out)
    assert first.exit_code in (0, 1) and out.is_file(), first.output
    again = _build(case, out)
    assert again.exit_code == 4 and "--force" in again.output  # never without --force
    forced = _build(case, out, "--force")
    assert forced.exit_code in (0, 1), forced.output
    assert "bestand van het dossier zelf" not in forced.output
    assert "Bundel geschreven" in forced.output


def test_an_input_file_is_still_never_overwritten(case: Path) -> None:
    source = case / "probleemanalyse.txt"
    r = _build(case, source, "--force")
    assert r.exit_code == 4
    assert "bestand van het dossier zelf" in r.output
    assert source.read_text(encoding="utf-8") == PA_TEXT
