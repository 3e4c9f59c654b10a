"""A file refused for its size says what to do about the size (review 6).

Before: a 234 MB scan was told "Zet het om naar PDF als het bij het dossier hoort" - advice for a format the tool
does not read, not for a file it will not read because of its size.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wia_dossier.extractors import ExtractOptions
from wia_dossier.pipeline import ScanOptions, run_scan


@pytest.mark.parametrize(("lang", "words", "not_words"), [("nl", ["te groot", "lagere resolutie", "exclude"], ["Zet het om"]), ("en", ["too large", "lower resolution", "exclude"], ["Convert it"])])
def test_a_file_over_the_size_limit_gets_advice_about_its_size(
    tmp_path: Path, lang: str, words: list[str], not_words: list[str]
) -> None:
    (tmp_path / "scan groot.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 4096)
    options = ScanOptions(as_of=dt.date(2025, 6, 1), lang=lang, extract=ExtractOptions(max_bytes=1024))
    result = run_scan(tmp_path, options)
    found = [f for f in result.findings if f.path == "scan groot.pdf"]
    assert [f.code for f in found] == ["unsupported"], found
    for w in words:
        assert w in found[0].message, found[0].message
    for w in not_words:
        assert w not in found[0].message, found[0].message
