"""The second findings holdout (tests/findings_holdout2): planted problems found, nothing unwanted said.

First run: 12/15 planted problems found, 1 of 161 unwanted findings; three were fixed since (see
its README). One miss is known and by design, listed below: it fails this test once it is fixed,
so the list stays true.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).resolve().parent / "findings_holdout2"
_spec = importlib.util.spec_from_file_location("findings_holdout2_evaluate", HERE / "evaluate.py")
assert _spec is not None and _spec.loader is not None
evaluate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluate)
EXPECTED = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))

# The Ziektewet checklist dates the actueel oordeel at week 104 unless dossier.yaml gives the date the report
# goes to UWV (aanvraag_wia); the date UWV asked for it in its letter is not read. So at week 20 'missing' is
# not reported yet.
KNOWN_MISSES = {"zw_ziek_uit_dienst": [{"code": "missing", "type": "actueel_oordeel"}]}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_planted_problems_are_found_and_nothing_unwanted_is_said(name: str) -> None:
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is not installed: the holdout holds scans and photos. Install tesseract-ocr and "
                    "tesseract-ocr-nld (see README, 'Scans en foto's').")
    verdict = evaluate.judge(EXPECTED[name], evaluate.scan_case(name, EXPECTED[name])["findings"])
    missed = [{k: e[k] for k in ("code", "type", "path") if k in e} for e in verdict["missed"]]
    assert missed == KNOWN_MISSES.get(name, []), f"{name}: missed {verdict['missed']}"
    said = [(e, [f["message"][:120] for f in hits]) for e, hits in verdict["violated"]]
    assert verdict["violated"] == [], f"{name}: said {said}"
