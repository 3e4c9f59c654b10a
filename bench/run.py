"""Benchmarks of scan, build assembly and batch, side by side with the obvious shell tools, in one run.

Run:  .venv/bin/python bench/run.py                 # default: about 3-5 minutes on 2 cores
      .venv/bin/python bench/run.py --full          # adds 1,000 documents per case and 500 cases
      .venv/bin/python bench/run.py --runs 7 --workdir /tmp/wia-bench

Prints plain tables. Every comparison runs both sides on the same files, alternating which goes first,
and reports the median of each side and the median of the per-run (paired) ratios. See bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from make_dossier import make_root  # noqa: E402

AS_OF = "2026-01-15"
BIN = Path(sys.executable).parent
WIA = str(BIN / "wia-dossier") if (BIN / "wia-dossier").exists() else "wia-dossier"
GNU_TIME = "/usr/bin/time"


def _run(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - t


def measure(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float | None]:
    """Wall seconds and peak RSS in MB of the largest process of the tree (GNU time %M), if available."""
    if not Path(GNU_TIME).exists():
        return _run(cmd, env), None
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        t = time.perf_counter()
        subprocess.run(
            [GNU_TIME, "-f", "%M", "-o", out.name, *cmd],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            check=False,
        )
        wall = time.perf_counter() - t
        lines = [ln for ln in Path(out.name).read_text().splitlines() if ln.strip().isdigit()]
        return wall, (int(lines[-1]) / 1024 if lines else None)


def paired(a: Callable[[], float], b: Callable[[], float], runs: int) -> tuple[float, float, float]:
    """Median of a, median of b, median of the paired ratios a/b (order alternates per run)."""
    ta: list[float] = []
    tb: list[float] = []
    for i in range(runs):
        if i % 2 == 0:
            x, y = a(), b()
        else:
            y, x = b(), a()
        ta.append(x)
        tb.append(y)
    ratios = [x / y for x, y in zip(ta, tb, strict=True)]
    return statistics.median(ta), statistics.median(tb), statistics.median(ratios)


def table(title: str, head: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))))
    sys.stdout.flush()


def pdfs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.pdf"))


# ------------------------------------------------------------------------------------------------


def bench_scan(work: Path, runs: int) -> None:
    info = make_root(work / "scan40", cases=1, docs=40, pages=10)
    case = work / "scan40" / "dossier 0001"
    files = pdfs(case)
    pdftotext = shutil.which("pdftotext")
    scan_cmd = [WIA, "scan", str(case), "--as-of", AS_OF, "--format", "json"]

    def scan() -> float:
        return _run(scan_cmd)

    def loop() -> float:
        t = time.perf_counter()
        for f in files:  # what a shell script does: one process per file, first two pages
            subprocess.run([pdftotext, "-l", "2", str(f), "-"], stdout=subprocess.DEVNULL, check=False)
        return time.perf_counter() - t

    rows = []
    if pdftotext:
        ms, mp, ratio = paired(scan, loop, runs)
        rows.append(["wia-dossier scan (CLI, cold)", f"{ms:.2f}", f"{mp:.2f}", f"{ratio:.2f}"])
    else:
        rows.append(
            [
                "wia-dossier scan (CLI, cold)",
                f"{statistics.median(scan() for _ in range(runs)):.2f}",
                "pdftotext missing",
                "-",
            ]
        )
    # the library call alone (no interpreter start-up), same files
    import datetime as dt

    from wia_dossier.pipeline import ScanOptions, run_scan

    def lib() -> float:
        t = time.perf_counter()
        run_scan(case, ScanOptions(as_of=dt.date.fromisoformat(AS_OF)))
        return time.perf_counter() - t

    lib()  # imports and checklist once, as a long-running process would have them
    if pdftotext:
        ml, mp2, r2 = paired(lib, loop, runs)
        rows.append(["run_scan() in-process", f"{ml:.2f}", f"{mp2:.2f}", f"{r2:.2f}"])
    # Where the CLI's time goes: the fixed cost of a run (interpreter, imports, checklist, rules and
    # report on an empty folder), and reading the same pages the scan reads with PDFium alone, split
    # over as many processes as the scan's workers. Neither is a target; they explain the ratio.
    empty = work / "scan-empty"
    empty.mkdir(exist_ok=True)
    fixed = statistics.median(
        _run([WIA, "scan", str(empty), "--as-of", AS_OF, "--format", "json"]) for _ in range(runs)
    )
    rows.append(["  of which: a run on an empty folder (start-up, imports, checklist)", f"{fixed:.2f}", "", ""])
    read = statistics.median(_read_pages(files) for _ in range(runs))
    rows.append([f"  of which at least: PDFium reading the same pages on {_workers()} cores", f"{read:.2f}", "", ""])
    table(
        f"1. scan of one case: {len(files)} PDFs, {info['pages']} pages; vs `pdftotext -l 2` per file "
        f"(median of {runs})",
        ["what", "wia s", "pdftotext s", "paired ratio"],
        rows,
    )


def _workers() -> int:
    from wia_dossier.sandbox import MAX_WORKERS

    return min(os.cpu_count() or 1, MAX_WORKERS)


def _read_one(path: str) -> int:
    import pypdfium2 as pdfium

    from wia_dossier.extractors import ExtractOptions
    from wia_dossier.extractors.pdf import _wanted_pages

    opts = ExtractOptions()
    doc = pdfium.PdfDocument(path)
    chars = 0
    for i in _wanted_pages(len(doc), opts.head_pages, opts.tail_pages):
        page = doc[i]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    return chars


def _read_pages(files: list[Path]) -> float:
    """Seconds for PDFium to read the pages a scan reads (first 3, last 2), in a pool of the scan's size."""
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    with ctx.Pool(_workers()) as pool:
        pool.map(_read_one, [str(files[0])])  # start the pool outside the timing, as the scan's workers start
        t = time.perf_counter()
        pool.map(_read_one, [str(f) for f in files], chunksize=1)
        return time.perf_counter() - t


def bench_build(work: Path, runs: int) -> None:
    import datetime as dt

    from fpdf import FPDF

    from wia_dossier import build_select
    from wia_dossier.assemble import StampInfo, assemble_bundle, number_pages
    from wia_dossier.build import BuildOptions
    from wia_dossier.checklist import load_checklist
    from wia_dossier.convert import Converted
    from wia_dossier.pipeline import ScanOptions, run_scan

    case = work / "scan40" / "dossier 0001"
    result = run_scan(case, ScanOptions(as_of=dt.date.fromisoformat(AS_OF)))
    cl = load_checklist(None)
    # every document in the bundle, whatever the classifier made of it: the stage is timed, not the selection
    sel = build_select.select_documents(result, cl, BuildOptions(draft=True))
    docs = [d for d in result.documents if d.type is not None and d.path in {x.path for x in sel.included}]
    conv = {d.path: Converted(d.path, d.source.abs_path, "pdf") for d in docs}
    items = build_select.bundle_items(docs, conv, cl, "nl")
    groups = build_select.element_groups(items)
    pages = number_pages([it for g in groups for it in g.items])
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        front = tmp / "front.pdf"
        pdf = FPDF(format="A4")
        pdf.set_font("helvetica", size=14)
        for p in range(3):
            pdf.add_page()
            pdf.text(30, 30, f"Voorblad / inhoudsopgave {p + 1}")
        pdf.output(str(front))
        stamps = tmp / "stamps.pdf"  # one stamp page per bundle page, made beforehand (not timed)
        sp = FPDF(format="A4")
        sp.set_font("helvetica", size=8)
        for n in range(pages + 3):
            sp.add_page()
            sp.text(20, 290, f"CONCEPT - J. de Vries - pagina {n + 1} van {pages}")
        sp.output(str(stamps))
        stamp = StampInfo("J. de Vries", "*****6782")

        def ours() -> float:
            t = time.perf_counter()
            assemble_bundle(front, 2, groups, stamp, tmp / "a.pdf", draft=True, title="bench")
            return time.perf_counter() - t

        qpdf = shutil.which("qpdf")
        inputs = [str(front)] + [str(it.pdf) for it in items]

        def theirs() -> float:
            t = time.perf_counter()
            subprocess.run([qpdf, "--empty", "--pages", *inputs, "--", str(tmp / "q.pdf")], check=True)
            subprocess.run([qpdf, str(tmp / "q.pdf"), "--overlay", str(stamps), "--", str(tmp / "q2.pdf")], check=True)
            return time.perf_counter() - t

        if qpdf:
            a, b, r = paired(ours, theirs, runs)
            rows = [["assemble_bundle (merge+outline+labels+stamps+CONCEPT)", f"{a:.2f}", f"{b:.2f}", f"{r:.2f}"]]
        else:
            rows = [["assemble_bundle", f"{statistics.median(ours() for _ in range(runs)):.2f}", "qpdf missing", "-"]]
        table(
            f"2. build stage on the same {len(items)} PDFs / {pages} pages; vs `qpdf --empty --pages` + "
            f"`qpdf --overlay` (median of {runs})",
            ["what", "wia s", "qpdf s", "paired ratio"],
            rows,
        )


def _hardlink_root(src_root: Path, dest: Path, n: int) -> Path:
    """A root with the first n cases of src_root, as hard links (no copying, same files)."""
    if dest.exists() and len([p for p in dest.iterdir() if p.is_dir()]) == n:
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    cases = sorted(p for p in src_root.iterdir() if p.is_dir())[:n]
    for case in cases:
        for f in case.rglob("*"):
            if f.is_file():
                target = dest / case.name / f.relative_to(case)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.link(f, target)
    return dest


def bench_batch(work: Path, runs: int, *, full: bool) -> None:
    cases_max = 500 if full else 200
    info = make_root(work / f"batch{cases_max}", cases=cases_max, docs=10, pages=2)
    src = work / f"batch{cases_max}"
    root200 = _hardlink_root(src, work / "cases-200", 200) if cases_max != 200 else src
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cmd = [WIA, "batch", str(root200), "--as-of", AS_OF, "--format", "json", "--cache-dir", str(cache)]
    cold, cold_rss = measure(cmd)
    warm: list[tuple[float, float | None]] = []
    for _ in range(max(3, runs // 2 + 1)):  # 3 runs by default: the slowest part
        warm.append(measure(cmd))
        if warm[-1][0] > 30:  # 3x over target: repeating only costs minutes, the verdict stands
            break
    w = statistics.median(t for t, _ in warm)
    verdict = "OK" if w <= 10 else "OVER TARGET"
    table(
        f"3. batch of 200 cases x 10 documents x 2 pages ({os.cpu_count()} cores, --format json)",
        ["run", "seconds", "peak RSS MB", "target"],
        [
            ["cold (cache empty, fills it)", f"{cold:.2f}", f"{cold_rss or 0:.0f}", ""],
            [
                f"warm cache (median of {len(warm)})",
                f"{w:.2f}",
                f"{max(r or 0 for _, r in warm):.0f}",
                f"<= 10 s: {verdict}",
            ],
        ],
    )

    rows = []
    for n in [10, 50, 200, 500] if full else [10, 50, 200]:
        if n == 200:  # measured above
            t_cold, rss_cold, t_warm = cold, cold_rss, w
        else:
            root = _hardlink_root(src, work / f"cases-{n}", n) if n != cases_max else src
            c2 = work / f"cache-{n}"
            shutil.rmtree(c2, ignore_errors=True)
            base = [WIA, "batch", str(root), "--as-of", AS_OF, "--format", "json", "--cache-dir", str(c2)]
            t_cold, rss_cold = measure(base)
            t_warm, _ = measure(base)
            shutil.rmtree(c2, ignore_errors=True)
        rows.append(
            [
                str(n),
                str(n * 10),
                f"{t_cold:.2f}",
                f"{t_cold / n * 1000:.0f}",
                f"{t_warm:.2f}",
                f"{t_warm / n * 1000:.0f}",
                f"{rss_cold or 0:.0f}",
            ]
        )
    table(
        "5. growth with the number of cases (10 documents x 2 pages each; one run each)",
        ["cases", "documents", "cold s", "ms/case", "warm s", "ms/case", "peak RSS MB"],
        rows,
    )
    del info


def bench_docs(work: Path, *, full: bool) -> None:
    rows = []
    for n in [10, 100, 300, 1000] if full else [10, 100, 300]:
        make_root(work / f"docs{n}", cases=1, docs=n, pages=2)
        case = work / f"docs{n}" / "dossier 0001"
        t, rss = measure([WIA, "scan", str(case), "--as-of", AS_OF, "--format", "json"])
        rows.append([str(n), str(n * 2), f"{t:.2f}", f"{t / n * 1000:.1f}", f"{rss or 0:.0f}"])
    table(
        "4. growth with documents per case (wia-dossier scan, cold, 2 pages per document; one run each)",
        ["documents", "pages", "seconds", "ms/doc", "peak RSS MB"],
        rows,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per timed comparison (median; default 5)")
    ap.add_argument(
        "--workdir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "wia-dossier-bench",
        help="where generated dossiers are kept between runs",
    )
    ap.add_argument("--full", action="store_true", help="also 1,000 documents per case and 500 cases (slow)")
    ap.add_argument(
        "--only", choices=["scan", "build", "batch", "docs"], action="append", help="run only these parts (repeatable)"
    )
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    parts = args.only or ["scan", "build", "docs", "batch"]
    import compileall

    import wia_dossier
    from wia_dossier import __version__

    # `pip install .` compiles the package to bytecode, so a user's first run loads .pyc files. An
    # editable install under PYTHONDONTWRITEBYTECODE never writes them and would time Python compiling
    # our sources (about 50 ms a run) instead of the tool: compile once, as the installer does.
    compileall.compile_dir(Path(wia_dossier.__file__).parent, quiet=1)
    print(
        f"wia-dossier {__version__} · Python {platform.python_version()} · {platform.machine()} · "
        f"{os.cpu_count()} cores · workdir {args.workdir}"
    )
    start = time.perf_counter()
    if "scan" in parts or "build" in parts:
        make_root(args.workdir / "scan40", cases=1, docs=40, pages=10)
    if "scan" in parts:
        bench_scan(args.workdir, args.runs)
    if "build" in parts:
        bench_build(args.workdir, args.runs)
    if "docs" in parts:
        bench_docs(args.workdir, full=args.full)
    if "batch" in parts:
        bench_batch(args.workdir, args.runs, full=args.full)
    print(f"\ntotal {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
