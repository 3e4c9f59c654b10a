"""Time the per-document text analysis (dates, first sick day, BSNs, author) on 40 generated documents.

Run: .venv/bin/python bench/text_speed.py [--runs 7] [--against REV] [--workdir DIR]

The texts are those of ``make_dossier.py``'s 40 documents of 10 pages (generated once in ``--workdir``):
once as a scan reads them (first 3 and last 2 pages, ~21,000 characters) and once with every page
(~46,000 characters). Each function is called as ``pipeline._date_document`` calls it; the figure is
the median over ``--runs`` of the time for all 40 documents, divided by 40.

``--against REV`` loads ``dates.py``, ``bsn.py`` and ``authors.py`` as they were at a git revision and
times them side by side with the working tree (runs alternate, so drift hits both), after checking
that both give the same results on every text.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from make_dossier import make_root  # noqa: E402

from wia_dossier import authors, bsn, dates  # noqa: E402
from wia_dossier.extractors import ExtractOptions, extract  # noqa: E402
from wia_dossier.model import Extracted, SourceFile, Status  # noqa: E402
from wia_dossier.scan import walk_case  # noqa: E402

DOCS, PAGES = 40, 10

Doc = tuple[SourceFile, Extracted]


def load_revision(rev: str) -> dict[str, types.ModuleType]:
    """``dates``, ``bsn`` and ``authors`` as they were at git revision ``rev``, as fresh modules."""
    out: dict[str, types.ModuleType] = {}
    for name in ("dates", "bsn", "authors"):
        src = subprocess.run(
            ["git", "-C", str(HERE.parent), "show", f"{rev}:wia_dossier/{name}.py"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        mod = types.ModuleType(f"_bench_{name}_{rev}")
        sys.modules[mod.__name__] = mod  # dataclasses look their module up
        exec(compile(src, f"{rev}:wia_dossier/{name}.py", "exec"), mod.__dict__)
        out[name] = mod
    return out


def read_texts(case: Path, options: ExtractOptions) -> list[Doc]:
    """Every document of the case folder, extracted with ``options``."""
    files, _ = walk_case(case)
    docs = [(src, extract(src, options)) for src in files]
    bad = [src.rel for src, ex in docs if ex.status is not Status.OK]
    if bad:
        raise SystemExit(f"not extracted: {bad}")
    return docs


def steps(mods: dict[str, Any]) -> dict[str, Callable[[Doc], object]]:
    """The functions as ``pipeline._date_document`` and ``_classify_document`` call them."""
    d, b, a = mods["dates"], mods["bsn"], mods["authors"]

    def document_date(doc: Doc) -> object:
        src, ex = doc
        return d.document_date(ex.text, title_zone=ex.title_zone, filename=src.name, fallbacks=(), not_after=None)

    return {
        "document_date": document_date,
        "first_sick_day": lambda doc: d.first_sick_day(doc[1].text),
        "find_bsns": lambda doc: b.find_bsns(doc[1].text),
        "find_author": lambda doc: a.find_author(doc[1]),
    }


def comparable(value: object) -> object:
    """A result with ``DateHit``s as tuples (two copies of a module have two ``DateHit`` classes)."""
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if hasattr(value, "before") and hasattr(value, "start"):
        return (value.value, value.start, value.end, value.before)  # type: ignore[attr-defined]
    return value


def per_doc_ms(fn: Callable[[Doc], object], docs: list[Doc]) -> float:
    """Milliseconds per document for one pass over ``docs``."""
    start = time.perf_counter()
    for doc in docs:
        fn(doc)
    return (time.perf_counter() - start) * 1000 / len(docs)


def bench(label: str, docs: list[Doc], runs: int, old: dict[str, types.ModuleType] | None) -> None:
    chars = statistics.mean(len(ex.text) for _, ex in docs)
    print(f"\n{label}: {len(docs)} documents, {chars:,.0f} characters of text on average")
    new_steps = steps({"dates": dates, "bsn": bsn, "authors": authors})
    old_steps = steps(old) if old else None
    if old_steps:
        for name in new_steps:
            for doc in docs:
                if comparable(old_steps[name](doc)) != comparable(new_steps[name](doc)):
                    raise SystemExit(f"{name} differs on {doc[0].rel}")
    rows: list[tuple[str, float, float | None]] = []
    for name, fn in new_steps.items():
        new_t: list[float] = []
        old_t: list[float] = []
        for i in range(runs):
            if old_steps and i % 2:
                old_t.append(per_doc_ms(old_steps[name], docs))
            new_t.append(per_doc_ms(fn, docs))
            if old_steps and not i % 2:
                old_t.append(per_doc_ms(old_steps[name], docs))
        rows.append((name, statistics.median(new_t), statistics.median(old_t) if old_t else None))
    old_total = sum(r[2] for r in rows if r[2] is not None) if old_steps else None
    rows.append(("together", sum(r[1] for r in rows), old_total))
    print(
        f"  {'function':<16}"
        + (f"{'before ms':>11}" if old_steps else "")
        + f"{'ms/doc':>10}"
        + ("   speed-up" if old_steps else "")
    )
    for name, t, o in rows:
        line = f"  {name:<16}" + (f"{o:>11.3f}" if o is not None else "") + f"{t:>10.3f}"
        print(line + (f"{o / t:>10.1f}x" if o is not None else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="timed passes per function (median; default 7)")
    ap.add_argument("--against", metavar="REV", help="also time dates/bsn/authors as they were at this git revision")
    ap.add_argument(
        "--workdir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "wia-dossier-bench",
        help="where the generated dossier is kept (default: $TMPDIR/wia-dossier-bench)",
    )
    args = ap.parse_args()
    make_root(args.workdir / "scan40", cases=1, docs=DOCS, pages=PAGES)
    case = args.workdir / "scan40" / "dossier 0001"
    old = load_revision(args.against) if args.against else None
    print(f"text analysis per document{f' (before = {args.against})' if old else ''}; median of {args.runs} runs")
    bench("as a scan reads them (first 3 + last 2 pages)", read_texts(case, ExtractOptions()), args.runs, old)
    bench("every page", read_texts(case, ExtractOptions(head_pages=PAGES, tail_pages=0)), args.runs, old)


if __name__ == "__main__":
    main()
