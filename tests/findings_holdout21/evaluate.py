"""Measure the findings of wia-dossier on the twenty-first untouched holdout (expected.yaml).

Run:  .venv/bin/python tests/findings_holdout21/evaluate.py [--case NAME] [--findings] [--json OUT.json]

The code is tests/findings_holdout/evaluate.py (same matching, output format and totals line), pointed
at this folder; a case may name its ``checklist`` (like ``--checklist``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SHARED = HERE.parent / "findings_holdout" / "evaluate.py"
_spec = importlib.util.spec_from_file_location("findings_holdout_evaluate", _SHARED)
assert _spec is not None and _spec.loader is not None
evaluate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluate)

if __name__ == "__main__":
    sys.exit(evaluate.main(sys.argv[1:], here=HERE))
