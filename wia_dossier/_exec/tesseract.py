"""The Tesseract OCR binary: find it, list its languages, run it on one image (TSV words, orientation)."""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["SAUVOLA", "Engine", "EngineError", "find", "has_local_threshold", "orientation", "run_tsv", "which"]

log = logging.getLogger(__name__)

#: The lookup the rest of the module uses; tests monkeypatch it to simulate a machine without Tesseract.
which = shutil.which


class EngineError(Exception):
    """Tesseract failed or timed out on one image (the caller keeps the page without OCR)."""


@dataclass(frozen=True, slots=True)
class Engine:
    """An installed Tesseract with the languages it has data for."""

    path: str
    version: str
    languages: frozenset[str]


def _env() -> dict[str, str]:
    # One thread per Tesseract process: OpenMP threads fight each other (and any parallel pages) on a
    # small machine. Measured on 2 cores: 0.7 s per page with OMP_THREAD_LIMIT=1 against 1.4-4.9 s
    # with the default, the latter when other processes are busy. OCRmyPDF sets the same limit.
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


@lru_cache(maxsize=4)
def _probe(path: str) -> Engine | None:
    try:
        ver = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=20, env=_env(), check=False)
        langs = subprocess.run(
            [path, "--list-langs"], capture_output=True, text=True, timeout=20, env=_env(), check=False
        )
    except (OSError, subprocess.SubprocessError):
        log.debug("tesseract at %s does not run", path, exc_info=True)
        return None
    match = re.search(r"tesseract\s+v?(\d+(?:\.\d+)*)", ver.stdout + ver.stderr)
    found = frozenset(line.strip() for line in langs.stdout.splitlines()[1:] if line.strip())
    return Engine(path=path, version=match.group(1) if match else "?", languages=found)


def find() -> Engine | None:
    """The Tesseract on PATH (or ``$TESSERACT``), or ``None`` when it is not installed or does not run."""
    candidate = os.environ.get("TESSERACT") or which("tesseract")
    if not candidate:
        return None
    return _probe(str(Path(candidate)))


#: Tesseract's local (Sauvola) binarisation with a low k: a phone photo's shadow or gradient makes one global
#: threshold (Otsu, the default) drop the text on the darker half. Tesseract 5.0 and later only.
SAUVOLA = ("-c", "thresholding_method=2", "-c", "thresholding_kfactor=0.2")


def has_local_threshold(engine: Engine) -> bool:
    """Whether this Tesseract can binarise locally (``SAUVOLA``): version 5 or later."""
    major = re.match(r"\D*(\d+)", engine.version)
    return major is not None and int(major.group(1)) >= 5


def run_tsv(
    engine: Engine, png: bytes, *, lang: str, dpi: int, timeout: float, psm: int = 3, config: tuple[str, ...] = ()
) -> str:
    """Recognise one image (PNG bytes on stdin) and return Tesseract's TSV (one row per word).

    ``config``: extra ``-c name=value`` pairs (``SAUVOLA``).

    Raises:
        EngineError: non-zero exit or the time limit passed.
    """
    cmd = [engine.path, "stdin", "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(dpi), *config, "tsv"]
    return _run(cmd, png, timeout).decode("utf-8", "replace")


def orientation(engine: Engine, png: bytes, *, dpi: int, timeout: float) -> tuple[int, float]:
    """Tesseract's orientation detection (OSD): degrees to turn the image *clockwise*, and its confidence.

    Raises:
        EngineError: OSD failed (no ``osd`` data, too little text, timeout).
    """
    out = _run([engine.path, "stdin", "stdout", "--psm", "0", "--dpi", str(dpi)], png, timeout).decode(
        "utf-8", "replace"
    )
    rotate = re.search(r"Rotate:\s*(\d+)", out)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not rotate:
        raise EngineError("geen oriëntatie gevonden")
    return int(rotate.group(1)) % 360, float(conf.group(1)) if conf else 0.0


def _run(cmd: list[str], stdin: bytes, timeout: float) -> bytes:
    if timeout <= 0:
        raise EngineError("tijdslimiet bereikt")
    try:
        proc = subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout, env=_env(), check=False)
    except subprocess.TimeoutExpired as exc:
        raise EngineError(f"tesseract duurde langer dan {timeout:.0f} s") from exc
    except OSError as exc:
        raise EngineError(f"tesseract start niet ({exc.strerror})") from exc
    if proc.returncode != 0:
        # stderr holds Tesseract's own diagnostics, never document text
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise EngineError(f"tesseract stopte met code {proc.returncode}: {tail[0][:200]}")
    return proc.stdout
