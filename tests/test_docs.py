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
    assert "Example" in result.output, f"{name} --help has no Example block"
    assert len(cli.commands[name].help or "") > 40


@pytest.mark.parametrize("name", COMMANDS)
def test_command_in_readme(name: str) -> None:
    assert f"wia-dossier {name}" in README


def test_readme_opens_with_install_and_test_commands() -> None:
    blocks = README.split("```")
    assert "pip install" in blocks[1] and "wia-dossier scan samples/" in blocks[1]
    assert "pip install" in blocks[3] and "pytest" in blocks[3]
