"""What an HR officer met with ``batch`` (review 6): the overview file colleagues cannot open, and an HTML hint
whose command does not find the case."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from click.testing import CliRunner

from wia_dossier.cli import cli

PA_TEXT = (
    "Probleemanalyse\n\nDatum: 11-02-2025\nEerste ziektedag: 13-01-2025\n\n"
    "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: benutbare mogelijkheden.\n"
)


def _root(tmp_path: Path) -> Path:
    root = tmp_path / "Lopende dossiers"
    case = root / "team noord" / "J. Jansen"
    case.mkdir(parents=True)
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-01-13\n", encoding="utf-8")
    (case / "probleemanalyse.txt").write_text(PA_TEXT, encoding="utf-8")
    return root


def _run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_overview_file_gets_the_users_normal_permissions(tmp_path: Path) -> None:
    # mkstemp makes 0600 files: an overzicht.html on a team share could then be opened by its maker only,
    # while build and init already give their files the user's normal permissions (umask)
    root = _root(tmp_path)
    old = os.umask(0o022)
    try:
        for name in ("overzicht.html", "overzicht.csv", "overzicht.jsonl"):
            out = tmp_path / name
            r = _run("batch", str(root), "--as-of", "2025-04-01", "--no-cache", "-o", str(out))
            assert r.exit_code in (0, 1), r.output
            assert stat.S_IMODE(out.stat().st_mode) == 0o644, name
    finally:
        os.umask(old)


def test_html_hint_names_the_case_folder_not_just_its_name(tmp_path: Path) -> None:
    # "zie wia-dossier scan "J. Jansen"" fails from where the user ran batch: the folder is under ROOT
    root = _root(tmp_path)
    out = tmp_path / "overzicht.html"
    r = _run("batch", str(root), "--as-of", "2025-04-01", "--no-cache", "-o", str(out))
    assert r.exit_code in (0, 1), r.output
    html = out.read_text(encoding="utf-8")
    commands = re.findall(r"<code>wia-dossier scan &#34;(.*?)&#34;</code>|<code>wia-dossier scan \"(.*?)\"</code>", html)
    assert commands, html
    for a, b in commands:
        folder = Path(a or b)
        assert folder.is_dir(), f"the hint's folder {folder} does not exist"
        assert (folder / "dossier.yaml").is_file()
