"""OCR speed: seconds per page on the scanned test corpus, cold (empty cache) and re-run (warm cache).

Run:  .venv/bin/python bench/ocr_speed.py

Generates tests/data/scans into a temp folder, extracts every file with OCR on (in this process, no
sandbox) against a fresh cache, then once more: the second pass should call Tesseract zero times.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
import time
from pathlib import Path

from wia_dossier import ocr
from wia_dossier._exec import tesseract
from wia_dossier.extractors import ExtractOptions, extract
from wia_dossier.model import SourceFile

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Print the timings."""
    engine, why = ocr.availability()
    if engine is None:
        raise SystemExit(f"OCR niet beschikbaar: {why}")
    spec = importlib.util.spec_from_file_location("make_scans", ROOT / "tests/data/scans/make_scans.py")
    assert spec and spec.loader
    make_scans = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_scans)
    calls = {"n": 0}
    real = tesseract.run_tsv

    def counting(*a, **kw):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return real(*a, **kw)

    tesseract.run_tsv = counting  # type: ignore[assignment]
    fields = ExtractOptions.__dataclass_fields__
    options = ExtractOptions(ocr=True, **({"file_timeout": 0, "file_memory": 0} if "file_timeout" in fields else {}))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WIA_DOSSIER_CACHE"] = str(Path(tmp) / "cache")
        files = sorted(make_scans.main(Path(tmp) / "scans").iterdir())
        srcs = []
        for f in files:
            data = f.read_bytes()
            srcs.append(SourceFile(rel=f.name, size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data))
        for label in ("cold", "cached"):
            calls["n"] = 0
            start = time.perf_counter()
            pages = 0
            for src in srcs:
                ex = extract(src, options)
                pages += len(ex.facts.get("ocr_pages", "").split(",")) if ex.facts.get("ocr") else 0
            took = time.perf_counter() - start
            print(
                f"{label:7s} {len(srcs)} files, {pages} OCR pages: {took:6.2f} s"
                f" = {took / max(pages, 1):.3f} s/page;"
                f" Tesseract recognition runs: {calls['n']}"
            )
    print(f"tesseract {engine.version}, {os.cpu_count()} cores, lang {ocr.DEFAULT_LANG}, {ocr.OcrSettings().dpi} dpi")


if __name__ == "__main__":
    main()
