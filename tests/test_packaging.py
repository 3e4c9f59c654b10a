"""The wheel carries the checklists and templates, and an installed copy finds them (not the repository's)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (whl,) = out.glob("wia_dossier-*.whl")
    return whl


def test_wheel_contains_checklists_and_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for yaml_file in (REPO / "checklists").glob("*.yaml"):
        assert f"wia_dossier/checklists/{yaml_file.name}" in names
    for template in (REPO / "templates").iterdir():
        assert f"wia_dossier/templates/{template.name}" in names


def test_installed_copy_finds_its_own_data(wheel: Path, tmp_path: Path) -> None:
    # Import from the wheel itself (a zip on sys.path), from another directory: the package data must come
    # from importlib.resources inside the wheel, not from the repository checkout.
    code = (
        "import wia_dossier, wia_dossier.checklist as c, wia_dossier.render as r;"
        "assert 'wheel' in str(wia_dossier.__file__) or '.whl' in str(wia_dossier.__file__), wia_dossier.__file__;"
        "names = c.packaged_checklists(); assert 'wia-aanvraag' in names, names;"
        "cl = c.load_checklist('wia-aanvraag'); assert len(cl.types) >= 18;"
        "d = r.packaged_template_dir(); assert '.whl' in str(d) or 'wia_dossier' in str(d), d;"
        "print('ok', len(names))"
    )
    env = {"PYTHONPATH": str(wheel), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok")
