"""Time the scan stage (walk_case + extract) on 40 text PDFs of 10 pages, against a pdftotext loop.

Run: .venv/bin/python bench/extract_speed.py [--files 40] [--pages 10] [--runs 5]

The budget (issue: extractors) is about one second for a 40-file / 400-page case folder.
``extract`` reads the first ``head_pages`` (3) and last ``tail_pages`` (2) pages of each PDF;
``pdftotext -l 2`` reads the first two pages, one process per file, as a shell script would.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wia_dossier.extractors import ExtractOptions, extract
from wia_dossier.scan import walk_case

_SENTENCE = (
    "De werknemer en de werkgever hebben in het voortgangsgesprek de afspraken uit het plan van "
    "aanpak besproken; de bedrijfsarts adviseert de opbouw van uren voort te zetten. "
)


def make_case(folder: Path, files: int, pages: int) -> None:
    """Write ``files`` text PDFs of ``pages`` full A4 pages each."""
    for n in range(files):
        pdf = FPDF(format="A4")
        pdf.set_font("helvetica", size=10)
        for p in range(pages):
            pdf.add_page()
            pdf.set_font("helvetica", size=16)
            pdf.cell(text=f"Verslag voortgangsgesprek {n + 1} - pagina {p + 1}")
            pdf.ln(12)
            pdf.set_font("helvetica", size=10)
            pdf.multi_cell(w=0, text=_SENTENCE * 18)
        sub = folder / f"{n % 4:02d} map"
        sub.mkdir(exist_ok=True)
        pdf.output(str(sub / f"document {n + 1:03d}.pdf"))


def time_scan(folder: Path) -> tuple[float, int]:
    """Seconds for walk_case + extract over the folder, and the number of pages read."""
    options = ExtractOptions()
    start = time.perf_counter()
    files, _ = walk_case(folder)
    pages = 0
    for src in files:
        result = extract(src, options)
        assert result.status == "ok", (src.rel, result.error)
        pages += len(result.pages)
    return time.perf_counter() - start, pages


def time_pdftotext(folder: Path) -> float:
    """Seconds for ``pdftotext -l 2 FILE -`` once per file."""
    files = sorted(folder.rglob("*.pdf"))
    start = time.perf_counter()
    for path in files:
        subprocess.run(["pdftotext", "-q", "-l", "2", str(path), "-"], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    """Build the case in a temp dir, time both approaches, print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wia-bench-") as tmp:
        folder = Path(tmp)
        make_case(folder, args.files, args.pages)
        time_scan(folder)  # warm-up: imports, PDFium init, page cache
        scans = [time_scan(folder) for _ in range(args.runs)]
        scan_median = statistics.median(s for s, _ in scans)
        pages_read = scans[0][1]
        print(
            f"walk_case + extract: {scan_median * 1000:7.1f} ms median of {args.runs} "
            f"({args.files} files, {args.files * args.pages} pages, {pages_read} pages read)"
        )
        if shutil.which("pdftotext") is None:
            print("pdftotext not installed (poppler-utils); no comparison")
            return 0
        loops = [time_pdftotext(folder) for _ in range(args.runs)]
        loop_median = statistics.median(loops)
        print(f"pdftotext -l 2 loop: {loop_median * 1000:7.1f} ms median of {args.runs}")
        print(f"ratio pdftotext / wia-dossier: {loop_median / scan_median:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
