"""Print classification and date accuracy on the labelled corpus: python bench/accuracy.py [-v]."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from corpus_eval import evaluate_corpus  # noqa: E402


def main() -> None:
    t0 = time.perf_counter()
    r = evaluate_corpus()
    secs = time.perf_counter() - t0
    print(f"files: {r.total}  accuracy: {r.accuracy:.1%}  ({secs:.2f} s)")
    for split in sorted(r.by_split):
        print(f"  {split or '-':8} {r.correct_by_split[split]}/{r.by_split[split]} = {r.split_accuracy(split):.1%}")
    print(f"medische informatie caught: {r.medical_caught}/{r.medical_total}")
    if r.dates_total:
        print(f"document dates: {r.dates_correct}/{r.dates_total} = {r.dates_correct / r.dates_total:.1%}")
    if "-v" in sys.argv:
        for rel, exp, got, reasons in r.errors:
            print(f"  WRONG {rel}: expected {exp}, got {got}  [{'; '.join(reasons[:3])}]")
        for rel, exp, got in r.date_errors:
            print(f"  DATE  {rel}: expected {exp}, got {got}")


if __name__ == "__main__":
    main()
