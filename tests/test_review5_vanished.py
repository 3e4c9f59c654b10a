"""A file that is moved or deleted while the run reads the folder (review 5).

Before: the report said "kan bestand niet lezen (FileNotFoundError)", a Python word, and nothing to do.
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


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _case(tmp_path: Path, yaml: bytes | None = b"eerste_ziektedag: 2025-01-13\n") -> Path:
    case = tmp_path / "dossier"
    case.mkdir()
    (case / "probleemanalyse.txt").write_text(PA_TEXT, encoding="utf-8")
    if yaml is not None:
        (case / "dossier.yaml").write_bytes(yaml)
    return case


def test_a_file_that_vanishes_during_the_run_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import wia_dossier.pipeline as pipeline

    case = _case(tmp_path)
    (case / "plan van aanpak.txt").write_text("Plan van aanpak\n", encoding="utf-8")
    walk = pipeline.walk_case

    def walk_then_delete(*args, **kwargs):
        found = walk(*args, **kwargs)
        (case / "plan van aanpak.txt").unlink()  # a colleague moves it away
        return found

    monkeypatch.setattr(pipeline, "walk_case", walk_then_delete)
    r = _run("scan", str(case), "--as-of", "2025-04-01", "--no-ocr")
    assert r.exit_code == 1
    assert "is tijdens de controle verplaatst of verwijderd. Draai de controle opnieuw" in r.output
    assert "beschadigd" not in r.output  # a vanished file is not called damaged
    assert "FileNotFoundError" not in r.output
