"""Scan many case folders at once, in parallel, into one overview sorted by urgency (``wia-dossier batch``).

Which folders are cases (documented in the README and ``batch --help``):

* default: every folder below ROOT that holds a ``dossier.yaml`` (or ``dossier.yml``); the search does
  not go into a case (its sub-folders are part of it), nor into hidden folders or symlinked folders;
* ``depth=N``: every folder exactly N levels below ROOT (``1``: each direct sub-folder is a case), with or
  without ``dossier.yaml``; hidden and symlinked folders are skipped.

One broken case (an invalid ``dossier.yaml``, an unreadable folder, a crash of the program, even a crash
of a worker process) never stops the batch: it becomes a row with its error, and the batch's exit code
is 1. Only problems of the whole run stop it: a bad checklist, a ROOT that does not exist.

Each case runs in a worker process with a time limit (``case_timeout``, ``--case-timeout``, default
600 s); see ``batch_pool`` for how a case over its limit is stopped. One case becomes one row in
``batch_case``; the overview's text, CSV, JSON and HTML forms are made in ``batch_report`` (all
re-exported here).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wia_dossier.batch_case import CaseRow, Deadline, failure_row, scan_case, timeout_row
from wia_dossier.batch_pool import run_pool
from wia_dossier.batch_report import (
    CSV_COLUMNS,
    csv_delimiter,
    days_text,
    html_context,
    iter_json_lines,
    status_text,
    summary_text,
    to_csv,
    to_html,
    to_json_lines,
    to_text,
)
from wia_dossier.errors import UsageError
from wia_dossier.messages import os_reason
from wia_dossier.pipeline import ScanOptions

__all__ = [
    "CSV_COLUMNS",
    "BatchOptions",
    "BatchResult",
    "CaseRow",
    "Deadline",
    "csv_delimiter",
    "days_text",
    "find_cases",
    "html_context",
    "iter_json_lines",
    "run_batch",
    "scan_case",
    "status_text",
    "summary_text",
    "timeout_row",
    "to_csv",
    "to_html",
    "to_json_lines",
    "to_text",
]

CASE_FILES = ("dossier.yaml", "dossier.yml")
#: How deep the default search for ``dossier.yaml`` goes below ROOT.
MAX_SEARCH_DEPTH = 6
#: Default seconds one case may take (``--case-timeout``). A warm case takes well under a second and a
#: cold one with OCR a few minutes; 600 s leaves room for that and still ends a hang within the hour.
CASE_TIMEOUT = 600.0


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to run a batch.

    Attributes:
        scan: the options of every case's scan (``as_of`` must be set; ``first_sick_day`` and
            ``passwords`` must not be, they belong to one case). Its ``cache`` is ignored: the batch
            opens its own cache per worker from ``cache_dir``/``use_cache``.
        jobs: worker processes; ``None`` = all cores. ``1`` with ``case_timeout=0`` runs the cases in
            this process (no pool); with a time limit every case runs in a worker, which can be killed.
        depth: ``None`` = folders with a dossier.yaml; ``N`` = every folder N levels below ROOT.
        use_cache: use the encrypted extraction cache (``--no-cache`` turns it off).
        cache_dir: the cache folder (``None``: ``$WIA_DOSSIER_CACHE`` or the user's cache folder).
        case_timeout: seconds one case may take before its worker is killed and the case becomes an
            error row; ``0`` = no limit (then ``jobs=1`` runs the cases in this process).
    """

    scan: ScanOptions
    jobs: int | None = None
    depth: int | None = None
    use_cache: bool = True
    cache_dir: Path | None = None
    case_timeout: float = CASE_TIMEOUT


@dataclass(slots=True)
class BatchResult:
    """The overview: rows sorted by urgency."""

    root: Path
    as_of: dt.date
    checklist: str
    rows: list[CaseRow]
    seconds: float = 0.0
    jobs: int = 1

    @property
    def cases_with_errors(self) -> int:
        """Cases with at least one error finding (broken cases included)."""
        return sum(1 for r in self.rows if r.errors)

    @property
    def failed(self) -> int:
        """Cases that could not be scanned at all (time-outs included)."""
        return sum(1 for r in self.rows if r.failure)

    @property
    def timed_out(self) -> int:
        """Cases stopped by the case time limit."""
        return sum(1 for r in self.rows if r.timed_out)

    @property
    def exit_code(self) -> int:
        """1 when any case has an error finding, else 0 (CONTRACT.md)."""
        return 1 if self.cases_with_errors else 0

    @property
    def cache_hits(self) -> int:
        """Extractions answered by the cache, over all cases."""
        return sum(r.cache_hits for r in self.rows)

    @property
    def cache_misses(self) -> int:
        """Extractions done (and stored), over all cases."""
        return sum(r.cache_misses for r in self.rows)


# ------------------------------------------------------------------------------------------------
# which folders are cases


def _visible_dirs(folder: Path) -> list[Path]:
    out = []
    with os.scandir(folder) as it:
        for entry in it:
            if entry.name.startswith((".", "~$")) or entry.is_symlink():
                continue
            if entry.is_dir(follow_symlinks=False):
                out.append(Path(entry.path))
    return sorted(out)


def _has_case_file(folder: Path) -> bool:
    return any((folder / name).is_file() for name in CASE_FILES)


def find_cases(root: Path, *, depth: int | None = None) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The case folders below ``root`` (see the module docstring for the rule).

    Returns:
        ``(cases, unreadable)``: the case folders sorted by path, and the folders that could not be
        listed with the reason (they become rows with an error).

    Raises:
        UsageError: ROOT does not exist, is itself a case, or holds no case at all.
    """
    root = Path(root)
    if not root.is_dir():
        raise UsageError(
            f"De map '{root}' bestaat niet of is geen map. Geef de map op waarin de dossiermappen staan.",
            en=f"The folder '{root}' does not exist or is not a folder. Give the folder that holds the case folders.",
        )
    if depth is None and _has_case_file(root):
        raise UsageError(
            f"'{root}' is zelf een dossiermap (er staat een dossier.yaml in). Gebruik 'wia-dossier scan {root}' "
            "voor één dossier, of geef de map erboven op.",
            en=f"'{root}' is itself a case folder (it holds a dossier.yaml). Use 'wia-dossier scan {root}' for one "
            "case, or give the folder above it.",
        )
    if depth is not None and depth < 1:
        raise UsageError(
            "--depth moet 1 of meer zijn (1: elke submap van ROOT is een dossier).",
            en="--depth must be 1 or more (1: every sub-folder of ROOT is a case).",
        )
    cases: list[Path] = []
    unreadable: list[tuple[Path, str]] = []
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, level = stack.pop()
        if level > 0 and (depth == level or (depth is None and _has_case_file(folder))):
            cases.append(folder)
            continue
        if level >= (depth if depth is not None else MAX_SEARCH_DEPTH):
            continue
        try:
            subs = _visible_dirs(folder)
        except OSError as exc:
            unreadable.append((folder, f"map kan niet worden gelezen ({os_reason(exc, 'nl')})"))
            continue
        stack.extend((sub, level + 1) for sub in reversed(subs))
    cases.sort()
    if not cases and not unreadable:
        if depth is None:
            raise UsageError(
                f"Geen dossiermappen gevonden onder '{root}': geen enkele map bevat een dossier.yaml. Is elke submap "
                "één dossier, gebruik dan --depth 1; of maak per dossier een dossier.yaml met 'wia-dossier init MAP'.",
                en=f"No case folders found under '{root}': no folder holds a dossier.yaml. If every sub-folder is one "
                "case, use --depth 1; or make a dossier.yaml per case with 'wia-dossier init FOLDER'.",
            )
        raise UsageError(
            f"Geen mappen gevonden op --depth {depth} onder '{root}'. Probeer een kleinere --depth.",
            en=f"No folders found at --depth {depth} under '{root}'. Try a smaller --depth.",
        )
    return cases, unreadable


def folders_left_out(root: Path, cases: list[Path]) -> list[Path]:
    """Direct sub-folders of ROOT that hold files but no case (no dossier.yaml in or below them).

    With case detection by dossier.yaml, a dossier without one is silently not a case; the CLI names
    these folders so a user does not take the overview for complete.
    """
    out: list[Path] = []
    try:
        subs = _visible_dirs(root)
    except OSError:
        return out
    for sub in subs:
        if any(c == sub or sub in c.parents for c in cases):
            continue
        try:
            with os.scandir(sub) as it:
                has_files = any(e.is_file(follow_symlinks=False) and not e.name.startswith(".") for e in it)
        except OSError:
            continue
        if has_files:
            out.append(sub)
    return out


# ------------------------------------------------------------------------------------------------
# the batch


def _check_options(options: BatchOptions) -> None:
    if options.scan.as_of is None:
        raise UsageError("Geef de peildatum op (--as-of JJJJ-MM-DD).", en="Give the as-of date (--as-of YYYY-MM-DD).")
    if options.scan.first_sick_day is not None:
        raise UsageError(
            "--first-sick-day geldt voor één dossier en kan niet bij batch. Zet de eerste ziektedag per dossier in "
            "zijn dossier.yaml (eerste_ziektedag: JJJJ-MM-DD), of gebruik 'wia-dossier scan MAP --first-sick-day ...'.",
            en="--first-sick-day is for one case and cannot be used with batch. Put each case's first sick day in its "
            "dossier.yaml (eerste_ziektedag: YYYY-MM-DD), or use 'wia-dossier scan FOLDER --first-sick-day ...'.",
        )
    if options.scan.passwords:
        raise UsageError(
            "--password geldt voor een bestand in één dossier en kan niet bij batch. Gebruik 'wia-dossier scan MAP "
            "--password BESTAND=WACHTWOORD' voor dat dossier.",
            en="--password is for a file in one case and cannot be used with batch. Use 'wia-dossier scan FOLDER "
            "--password FILE=PASSWORD' for that case.",
        )
    if options.jobs is not None and options.jobs < 1:
        raise UsageError("--jobs moet 1 of meer zijn.", en="--jobs must be 1 or more.")
    if options.case_timeout < 0:
        raise UsageError(
            "--case-timeout moet 0 of meer seconden zijn (0: geen grens).",
            en="--case-timeout must be 0 or more seconds (0: no limit).",
        )


def _warm_imports() -> None:
    # Workers are forked on Linux: what the parent imported once, no worker imports again.
    import wia_dossier.report
    import wia_dossier.rules  # noqa: F401
    from wia_dossier.extractors import registered

    registered()


def run_batch(
    root: Path,
    options: BatchOptions,
    *,
    cases: Sequence[Path] | None = None,
    progress: Callable[[CaseRow], None] | None = None,
) -> BatchResult:
    """Scan every case below ``root`` and return the overview sorted by urgency.

    Args:
        root: the folder that holds the case folders.
        options: see ``BatchOptions``.
        cases: the case folders, when the caller already called ``find_cases`` (e.g. to size a progress
            bar); default: ``find_cases(root, depth=options.depth)``.
        progress: called with each finished row, in completion order.

    Raises:
        UsageError: bad options, ROOT missing or without cases (exit 2).
        ConfigError: the checklist is invalid (exit 3); it is checked once, before any case.
    """
    from wia_dossier.checklist import load_checklist

    _check_options(options)
    _warm_imports()
    root = Path(root)
    checklist = load_checklist(options.scan.checklist)  # a bad checklist stops the run once, not per case
    unreadable: list[tuple[Path, str]] = []
    if cases is None:
        cases, unreadable = find_cases(root, depth=options.depth)
    scan_opts = dataclasses.replace(options.scan, cache=None)
    start = time.perf_counter()
    rows: list[CaseRow] = []

    def name_of(path: Path) -> str:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            return path.as_posix()

    for folder, why in unreadable:
        row = failure_row(
            name_of(folder), folder, scan_opts, f"{why}. Controleer de rechten op deze map.", checklist.id
        )
        rows.append(row)
        if progress:
            progress(row)

    jobs = options.jobs or os.cpu_count() or 1
    jobs = max(1, min(jobs, len(cases)))
    if jobs == 1 and options.case_timeout <= 0:
        # No time limit and one case at a time: in this process, as easy to debug as 'scan'.
        from wia_dossier.cache import open_cache

        cache = open_cache(options.cache_dir, enabled=options.use_cache)
        for path in cases:
            row = scan_case(name_of(path), path, scan_opts, checklist.id, cache)
            rows.append(row)
            if progress:
                progress(row)
    elif cases:
        rows += run_pool(cases, name_of, scan_opts, checklist.id, options, jobs, progress)

    rows.sort(key=CaseRow.sort_key)
    assert scan_opts.as_of is not None
    return BatchResult(
        root=root,
        as_of=scan_opts.as_of,
        checklist=checklist.id,
        rows=rows,
        seconds=time.perf_counter() - start,
        jobs=jobs,
    )
