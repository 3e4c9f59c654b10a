"""Time the bundle build: ~40 text PDFs / ~400 pages; cover render vs merge+outline+stamp; qpdf for comparison.

Run: .venv/bin/python bench/build_speed.py [--docs 40] [--runs 3]
Prints medians. The qpdf comparison is `qpdf --empty --pages <all inputs> -- merged.pdf` followed by
`qpdf merged.pdf --overlay stamps.pdf -- out.pdf` (a pre-made one-page-per-page stamp PDF, not timed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from build_fixtures import _doc, checklist, make_docx, make_pdf  # noqa: E402

from wia_dossier import build_select  # noqa: E402
from wia_dossier.assemble import StampInfo, assemble_bundle, number_pages  # noqa: E402
from wia_dossier.build import BuildOptions, run_build  # noqa: E402
from wia_dossier.convert import Converted
from wia_dossier.model import CaseFile, DateFound, Kind, Party, ScanResult  # noqa: E402

TYPES = [
    "probleemanalyse",
    "plan_van_aanpak",
    "bijstelling_plan_van_aanpak",
    "eerstejaarsevaluatie",
    "actueel_oordeel",
    "eindevaluatie",
    "uwv_correspondentie",
]


def make_case(root: Path, n_docs: int) -> ScanResult:
    case = root / "case"
    docs = []
    for i in range(n_docs):
        rel = f"doc{i:02d}.pdf"
        make_pdf(case / rel, f"Document {i}", pages=10, text="lorem ipsum " * 8)
        docs.append(
            _doc(
                case,
                rel,
                Kind.PDF,
                TYPES[i % len(TYPES)],
                dt.date(2025, 1, 1) + dt.timedelta(days=i * 9),
                author="P. Bakker (casemanager)",
                title=f"Document {i}",
            )
        )
    return ScanResult(
        case_dir=case,
        checklist_id="test-riv",
        as_of=dt.date(2026, 11, 22),
        first_sick_day=DateFound(dt.date(2025, 1, 13), "bench"),
        documents=docs,
        findings=[],
        case=CaseFile(werknemer=Party(naam="J. de Vries", bsn="123456782")),
    )


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        result = make_case(tmp, args.docs)
        pages = sum(1 for _ in result.documents) * 10
        cl = checklist()
        out = tmp / "out"
        out.mkdir()
        timings = []
        for _ in range(args.runs):
            r = run_build(result, cl, out / "b.pdf", BuildOptions(force=True))
            timings.append(r.timings)
        med = {k: statistics.median(t[k] for t in timings) for k in timings[0]}
        print(
            f"run_build, {args.docs} PDFs / {pages} pages -> {r.pages} pages, {(out / 'b.pdf').stat().st_size / 1e6:.1f} MB"
        )
        for k, v in med.items():
            print(f"  {k:10s} {v * 1000:8.0f} ms")

        # merge + outline + labels + links + stamps alone (pikepdf), on already converted inputs
        front = tmp / "front.pdf"
        make_pdf(front, "Voorblad", pages=3)
        sel = build_select.select_documents(result, cl, BuildOptions())
        conv = {d.path: Converted(d.path, d.source.abs_path, "pdf") for d in sel.included}
        items = build_select.bundle_items(sel.included, conv, cl, "nl")
        groups = build_select.element_groups(items)
        number_pages([it for g in groups for it in g.items])
        stamp = StampInfo("J. de Vries", "*****6782")
        t_asm = median_time(
            lambda: assemble_bundle(front, 2, groups, stamp, tmp / "a.pdf", draft=False, title="bench"), args.runs
        )
        print(f"merge+outline+labels+links+stamps (pikepdf): {t_asm * 1000:.0f} ms")

        qpdf = shutil.which("qpdf")
        if qpdf:
            inputs = [str(front)] + [str(it.pdf) for it in items]
            stamps = tmp / "stamps.pdf"
            make_pdf(stamps, "pagina x van y", pages=pages + 3)

            def qpdf_run() -> None:
                subprocess.run([qpdf, "--empty", "--pages", *inputs, "--", str(tmp / "q.pdf")], check=True)
                subprocess.run(
                    [qpdf, str(tmp / "q.pdf"), "--overlay", str(stamps), "--", str(tmp / "q2.pdf")], check=True
                )

            t_q = median_time(qpdf_run, args.runs)
            print(f"qpdf --empty --pages + qpdf --overlay:        {t_q * 1000:.0f} ms")

        soffice = shutil.which("soffice")
        if soffice:
            d = make_docx(tmp / "w" / "one.docx", "Plan van aanpak")

            def lo() -> None:
                with tempfile.TemporaryDirectory() as prof:
                    subprocess.run(
                        [
                            soffice,
                            f"-env:UserInstallation={Path(prof).as_uri()}",
                            "--headless",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            str(tmp / "w"),
                            str(d),
                        ],
                        check=True,
                        capture_output=True,
                    )

            print(f"soffice, one DOCX (fresh profile):           {median_time(lo, args.runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
