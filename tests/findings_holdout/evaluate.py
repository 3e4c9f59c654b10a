"""Measure the findings of wia-dossier on the untouched holdout (expected.yaml).

Run:  .venv/bin/python tests/findings_holdout/evaluate.py [--case NAME] [--findings] [--json OUT.json]
(tests/findings_holdout2/evaluate.py runs this same code on the second set.)

For each case it runs the library scan (``run_scan`` with the case's as_of and optional ``checklist``,
like ``--checklist``; OCR on when Tesseract is installed, as the CLI does), for ``every_page`` cases also
``medical_sweep.check_every_page`` (what ``build`` does), and compares the JSON report's findings with
the case's ``must`` / ``must_not`` lists.

An expectation entry matches a finding when every key it gives (code, type, path, severity) is equal.
- must:      met when at least one finding matches.
- must_not:  violated when any finding matches.
- no_errors: violated when any finding has severity error (counted as one must_not check).

Totals: recall = met / total must; violations = violated must_not checks (of the total).
Nothing is written unless --json is given. Do not tune the rules on this set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
KEYS = ("code", "type", "path", "severity")


def matches(entry: dict[str, Any], finding: dict[str, Any]) -> bool:
    return all(finding.get(k) == entry[k] for k in KEYS if k in entry)


def judge(exp: dict[str, Any], findings: list[dict[str, Any]]) -> dict[str, Any]:
    """Compare one case's findings with its expectations (pure; no scanning)."""
    met, missed, violated, kept = [], [], [], []
    for e in exp.get("must") or []:
        (met if any(matches(e, f) for f in findings) else missed).append(e)
    checks = list(exp.get("must_not") or [])
    for e in checks:
        hits = [f for f in findings if matches(e, f)]
        if hits:
            violated.append((e, hits))
        else:
            kept.append(e)
    n_checks = len(checks)
    if exp.get("no_errors"):
        n_checks += 1
        errors = [f for f in findings if f.get("severity") == "error"]
        if errors:
            violated.append(({"code": "*", "severity": "error", "why": "no_errors: true"}, errors))
        else:
            kept.append({"code": "*", "severity": "error"})
    return {"met": met, "missed": missed, "violated": violated, "kept": kept, "checks": n_checks}


def _label(e: dict[str, Any]) -> str:
    return ", ".join(f"{k}={e[k]}" for k in KEYS if k in e)


def _finding_line(f: dict[str, Any]) -> str:
    where = f" [{f['path']}]" if f.get("path") else ""
    typ = f" ({f['type']})" if f.get("type") else ""
    return f"{f['severity']:<7} {f['code']}{typ}{where}: {f['message']}"


def scan_case(name: str, exp: dict[str, Any], cases: Path = CASES) -> dict[str, Any]:
    from wia_dossier.checklist import load_checklist
    from wia_dossier.extractors import ExtractOptions
    from wia_dossier.medical_sweep import check_every_page
    from wia_dossier.pipeline import ScanOptions, run_scan
    from wia_dossier.report import to_json_obj

    extract = ExtractOptions(ocr=shutil.which("tesseract") is not None, ocr_cache=False)
    options = ScanOptions(
        as_of=dt.date.fromisoformat(str(exp["as_of"])), extract=extract, checklist=exp.get("checklist")
    )
    result = run_scan(cases / name, options)
    if exp.get("every_page"):
        check_every_page(result, load_checklist(exp.get("checklist")), extract, "nl")
    return to_json_obj(result)


def main(argv: list[str] | None = None, here: Path = HERE) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", action="append", help="only this case (may repeat)")
    ap.add_argument("--findings", action="store_true", help="also print every finding of each case")
    ap.add_argument("--json", type=Path, help="write the reports and the verdicts to this file")
    args = ap.parse_args(argv)

    expected = yaml.safe_load((here / "expected.yaml").read_text(encoding="utf-8"))
    names = args.case or list(expected)
    tot_must = tot_met = tot_checks = tot_viol = 0
    dump: dict[str, Any] = {}
    for name in names:
        exp = expected[name]
        report = scan_case(name, exp, here / "cases")
        findings = report["findings"]
        v = judge(exp, findings)
        tot_must += len(v["met"]) + len(v["missed"])
        tot_met += len(v["met"])
        tot_checks += v["checks"]
        tot_viol += len(v["violated"])
        n_must = len(v["met"]) + len(v["missed"])
        cl = f"; checklist {exp['checklist']}" if exp.get("checklist") else ""
        print(
            f"\n== {name}  (as_of {exp['as_of']}{cl}; must {len(v['met'])}/{n_must}; "
            f"must_not violated {len(v['violated'])}/{v['checks']})"
        )
        print(f"   planted: {exp.get('planted', '')}")
        for e in v["met"]:
            print(f"   MET       {_label(e)}")
        for e in v["missed"]:
            print(f"   MISSED    {_label(e)}   -- {e.get('why', '')}")
        for e, hits in v["violated"]:
            print(f"   VIOLATED  {_label(e)}   -- {e.get('why', '')}")
            for f in hits[:5]:
                print(f"             {_finding_line(f)}")
            if len(hits) > 5:
                print(f"             ... and {len(hits) - 5} more")
        if args.findings:
            print("   findings:")
            for f in findings:
                print(f"     {_finding_line(f)}")
        dump[name] = {
            "report": report,
            "met": v["met"],
            "missed": v["missed"],
            "violated": [{"expectation": e, "findings": hits} for e, hits in v["violated"]],
        }
    recall = tot_met / tot_must if tot_must else 1.0
    print(f"\nTOTAL  recall {tot_met}/{tot_must} = {recall:.2f}   must_not violations {tot_viol}/{tot_checks}")
    if args.json:
        args.json.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
