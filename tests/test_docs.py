"""Every command has help text with an example and is documented in the README (like sqlite-utils' test_docs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wia_dossier.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_all_contract_commands_exist() -> None:
    assert {"scan", "build", "init", "checklists", "batch"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Voorbeeld" in result.output, f"{name} --help has no Voorbeeld (example) block"
    assert len(cli.commands[name].help or "") > 40


@pytest.mark.parametrize("args", [["--help"], ["--version"], *([name, "--help"] for name in COMMANDS)])
def test_help_has_no_english_left(args: list[str]) -> None:
    """The users are HR officers: click's own words (Usage, Options, --help, defaults) are Dutch too."""
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0
    for english in (
        "Usage:",
        "Options:",
        "Commands:",
        "Show this message",
        "Show the version",
        "[default:",
        "[required]",
        "Example",
        "version 0",
    ):
        assert english not in result.output, f"{' '.join(args)}: '{english}' in\n{result.output}"
    if args == ["--help"]:
        assert "[OPTIES] OPDRACHT [ARGUMENTEN]" in result.output and "Opdrachten:" in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_command_in_readme(name: str) -> None:
    assert f"wia-dossier {name}" in README


def test_readme_opens_with_install_and_test_commands() -> None:
    blocks = README.split("```")
    assert "pip install" in blocks[1] and "wia-dossier scan samples/" in blocks[1]
    assert "pip install" in blocks[3] and "pytest" in blocks[3]


def test_the_dutch_guide_explains_every_finding_code() -> None:
    """Every finding the tool can report is in docs/handleiding.md's table, with what the user does next."""
    import re

    root = Path(__file__).resolve().parent.parent
    source = "\n".join(p.read_text(encoding="utf-8") for p in (root / "wia_dossier").rglob("*.py"))
    # a finding is made as Finding("code", ...) or, in the rules, ctx.add("code", ...) (the call may wrap lines)
    codes = set(re.findall(r'(?:Finding|\badd)\(\s*"([a-z_]+)"', source))
    guide = (root / "docs" / "handleiding.md").read_text(encoding="utf-8")
    section = guide.split("## 6.", 1)[1].split("\n## ", 1)[0]  # "De bevindingen, en wat u doet"
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    documented = {code for line in rows for code in re.findall(r"`([a-z_]+)`", line.split("|")[1])}
    assert len(codes) >= 25
    assert codes - documented == set()
    assert all(line.rstrip().endswith("|") and line.count("|") == 4 for line in rows)
