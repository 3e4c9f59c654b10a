"""``build --format`` (review 6): CONTRACT.md lists ``--format text|json|markdown`` among the options every
analysing command accepts, but ``build`` refused it ("Onbekende optie --format"), so a script could not read
the findings of the run that wrote the bundle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wia_dossier.cli import cli

PA_TEXT = (
    "Probleemanalyse\n\nDatum: 11-02-2025\nEerste ziektedag: 13-01-2025\n\n"
    "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: benutbare mogelijkheden.\n"
)


def _case(tmp_path: Path) -> Path:
    case = tmp_path / "dossier"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-01-13\n", encoding="utf-8")
    (case / "probleemanalyse.txt").write_text(PA_TEXT, encoding="utf-8")
    return case


def test_build_help_lists_format() -> None:
    r = CliRunner().invoke(cli, ["build", "--help"], catch_exceptions=False)
    assert "--format [text|json|markdown]" in r.output


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_build_format_json_keeps_stdout_one_scan_object(tmp_path: Path, lang: str) -> None:
    case = _case(tmp_path)
    out = tmp_path / "bundel.pdf"
    r = CliRunner().invoke(
        cli,
        ["build", str(case), "-o", str(out), "--draft", "--as-of", "2025-04-01", "--no-ocr", "--format", "json",
         "--lang", lang],
        catch_exceptions=False,
    )
    assert r.exit_code == 1, r.output  # the plan van aanpak is missing: an error finding, a draft is written
    obj = json.loads(r.stdout)  # nothing else on stdout
    assert obj["schema"] == "wia-dossier.scan/1"
    assert any(f["code"] == "missing" for f in obj["findings"])
    assert out.is_file()
    written = "Bundle written" if lang == "en" else "Bundel geschreven"
    assert written in r.stderr  # the user still hears where the bundle went


def test_build_refusal_with_format_json(tmp_path: Path) -> None:
    case = _case(tmp_path)
    out = tmp_path / "bundel.pdf"
    r = CliRunner().invoke(
        cli,
        ["build", str(case), "-o", str(out), "--as-of", "2025-04-01", "--no-ocr", "--format", "json"],
        catch_exceptions=False,
    )
    assert r.exit_code == 1
    assert json.loads(r.stdout)["summary"]["errors"] >= 1
    assert not out.exists()
    assert "--draft" in r.stderr
