"""Reasons from the operating system in the user's language (review 6).

Before: Dutch messages ended in the system's English ("kan de checklist niet lezen (No such file or directory)").
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from wia_dossier.checklist import load_checklist
from wia_dossier.errors import ConfigError
from wia_dossier.messages import os_reason


def test_common_reasons_are_dutch_and_english_stays_english() -> None:
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert os_reason(missing, "nl") == "bestaat niet"
    assert os_reason(missing, "en") == "No such file or directory"
    assert os_reason(PermissionError(errno.EACCES, "Permission denied"), "nl") == "geen toegang"
    assert os_reason(OSError(errno.ENOSPC, "No space left on device"), "nl") == "de schijf is vol"
    odd = OSError(errno.ELOOP, "Too many levels of symbolic links")
    assert os_reason(odd, "nl") == "Too many levels of symbolic links"  # rare: the system's words, not nothing


def test_a_missing_checklist_is_told_in_dutch_and_in_english(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_checklist(tmp_path / "bestaat-niet.yaml")
    assert "bestaat niet" in str(info.value)
    assert "No such file" not in str(info.value)
    assert "cannot read the checklist" in (info.value.en or "")

