"""The findings holdouts (tests/findings_holdout, findings_holdout2 ... findings_holdout15): planted problems are
found, and nothing the cases list as unwanted is said.

Each set was written by an engineer who had not read the rules. First runs: 15/15 found with 2 of 72
unwanted, 12/15 with 1 of 161, 12/13 with 1 of 90, 14/14 with 3 of 121, 9/10 with 4 of 213, 9/11 with 0 of 149,
5/5 with 0 of 109, 10/10 with 2 of 192, 11/12 with 5 of 254, 4/8 with 2 of 172, 7/10 with 5 of 199, 3/6 with 3 of 199, 3/7 with 2 of 188, 6/8 with 2 of 118 and 9/10 with 1 of 103; what was fixed since is in each set's README. A
miss or an unwanted finding that is known is listed below: the test fails once it changes, so the lists
stay true.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("findings_holdout_evaluate", ROOT / "findings_holdout" / "evaluate.py")
assert _spec is not None and _spec.loader is not None
evaluate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluate)

SETS = (
    "findings_holdout",
    "findings_holdout2",
    "findings_holdout3",
    "findings_holdout4",
    "findings_holdout5",
    "findings_holdout6",
    "findings_holdout7",
    "findings_holdout8",
    "findings_holdout9",
    "findings_holdout10",
    "findings_holdout11",
    "findings_holdout12",
    "findings_holdout13",
    "findings_holdout14",
    "findings_holdout15",
    "findings_holdout16",
    "findings_holdout17",
    "findings_holdout18",
    "findings_holdout19",
    "findings_holdout20",
    "findings_holdout21",
)
CASES = [
    (folder, name)
    for folder in SETS
    for name in sorted(yaml.safe_load((ROOT / folder / "expected.yaml").read_text(encoding="utf-8")))
]
# zw_ziek_uit_dienst was one until the Ziektewet checklist read UWV's letter asking for the re-integratieverslag
# (see tests/findings_holdout2/README.md). Holdout 5's one miss (an eindrapportage the eindevaluatie relies on, not in
# the folder) was fixed in session 5 (its README).
# Holdout 9's week-10 case (the bedrijfsarts's 'Terugkoppeling spreekuur' letters taken for the missing probleemanalyse)
# was fixed in session 7: a consult feedback's title fits the PA, its bijstelling and the AO alike.
# Session 9 closed the last three known misses with rules of their own: an AO older than a later bijstelling PA
# (holdout 10), a bijstelling PvA more than 6 weeks after the bijstelling PA it names (holdout 11), and a Ziektewet
# eindevaluatie after the last day of employment as the papers state it (holdout 12); see their READMEs.
# Holdout 20's scanned plan van aanpak signed by the employee only: whether a scan is signed is in its pixels, and the
# tool does not judge signatures on scans or photos (signing.py says why: silence, not a guess). Session 10.
KNOWN_MISSES: dict[tuple[str, str], list[dict[str, str]]] = {
    ("findings_holdout20", "pva_werkgeversregel_leeg_bijstelling_wel_getekend"): [
        {"code": "unsigned", "type": "plan_van_aanpak", "path": "03 Plan van aanpak/PvA Sanne 2024.pdf"}
    ],
}
# The clean case forbids any 'unclassified' finding, but its verzuimprotocol is rightly reported (info) as no
# RIV document; the holdout's author judged that expectation too strict after the first run (its README).
# Holdout 5's unwanted findings were fixed in session 5 (its README).
KNOWN_UNWANTED: dict[tuple[str, str], list[dict[str, str]]] = {
    ("findings_holdout3", "schoon_volledig"): [{"code": "unclassified"}],
}


@pytest.mark.parametrize(("folder", "name"), CASES, ids=[f"{f}-{n}" for f, n in CASES])
def test_planted_problems_are_found_and_nothing_unwanted_is_said(folder: str, name: str) -> None:
    if shutil.which("tesseract") is None:
        pytest.fail(
            "Tesseract is not installed: the holdouts hold scans and photos. Install tesseract-ocr and "
            "tesseract-ocr-nld (see README, 'Scans en foto's')."
        )
    expected = yaml.safe_load((ROOT / folder / "expected.yaml").read_text(encoding="utf-8"))[name]
    verdict = evaluate.judge(expected, evaluate.scan_case(name, expected, ROOT / folder / "cases")["findings"])
    missed = [{k: e[k] for k in ("code", "type", "path") if k in e} for e in verdict["missed"]]
    assert missed == KNOWN_MISSES.get((folder, name), []), f"{name}: missed {verdict['missed']}"
    said = [(e, [f["message"][:120] for f in hits]) for e, hits in verdict["violated"]]
    unwanted = [{k: e[k] for k in ("code", "type", "path") if k in e} for e, _ in verdict["violated"]]
    assert unwanted == KNOWN_UNWANTED.get((folder, name), []), f"{name}: said {said}"
