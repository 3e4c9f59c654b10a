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
600 s). A case that takes longer (a huge dossier, a converter that hangs, a network share that stalls)
is stopped: its worker and every program that worker started are killed, a fresh worker takes the next
case, and the case becomes an error row that says how to find the slow file. The per-file limits
(``--file-timeout``, in ``sandbox.py``) cannot catch all of this: hashing a file, reading a folder on a
stalled share and the rules run outside them, and many slow files that each stay under their own limit
still add up.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import multiprocessing as mp
import os
import signal
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from wia_dossier.errors import ConfigError, DossierError, UsageError
from wia_dossier.messages import t as _t
from wia_dossier.pipeline import ScanOptions

__all__ = ["BatchOptions", "BatchResult", "CaseRow", "Deadline", "find_cases", "run_batch", "scan_case"]

log = logging.getLogger(__name__)

CASE_FILES = ("dossier.yaml", "dossier.yml")
#: How deep the default search for ``dossier.yaml`` goes below ROOT.
MAX_SEARCH_DEPTH = 6
#: How many findings a row keeps for the overview (the JSON keeps them all).
TOP_FINDINGS = 3
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


@dataclass(frozen=True, slots=True)
class Deadline:
    """The next deadline of a case: a timeline milestone still ahead (or just passed without a document)."""

    label: str
    due: dt.date
    week: int | None
    days_left: int


@dataclass(slots=True)
class CaseRow:
    """One case in the overview. ``report`` is exactly ``report.to_json_obj`` (schema wia-dossier.scan/1)."""

    name: str  # relative to ROOT, '/' separators
    path: Path
    report: dict[str, Any]
    errors: int = 0
    warnings: int = 0
    documents: int = 0
    complete: bool = False
    week: int | None = None
    first_sick_day: dt.date | None = None
    deadline: Deadline | None = None
    top_findings: list[dict[str, Any]] = field(default_factory=list)
    failure: str | None = None  # why the case could not be scanned at all (None: scanned)
    timed_out: bool = False  # the failure is the case time limit
    seconds: float = 0.0
    cache_hits: int = 0
    cache_misses: int = 0

    @property
    def ready(self) -> bool:
        """Klaar om te versturen: scanned, and no finding of severity error."""
        return self.failure is None and self.errors == 0

    def sort_key(self) -> tuple[int, dt.date, str]:
        """Cases with errors first, then the nearest deadline, then the name."""
        return (0 if self.errors else 1, self.deadline.due if self.deadline else dt.date.max, self.name)


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
        raise UsageError(f"De map '{root}' bestaat niet of is geen map. Geef de map op waarin de dossiermappen staan.")
    if depth is None and _has_case_file(root):
        raise UsageError(
            f"'{root}' is zelf een dossiermap (er staat een dossier.yaml in). Gebruik 'wia-dossier scan {root}' "
            "voor één dossier, of geef de map erboven op."
        )
    if depth is not None and depth < 1:
        raise UsageError("--depth moet 1 of meer zijn (1: elke submap van ROOT is een dossier).")
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
            unreadable.append((folder, f"map kan niet worden gelezen ({exc.strerror or type(exc).__name__})"))
            continue
        stack.extend((sub, level + 1) for sub in reversed(subs))
    cases.sort()
    if not cases and not unreadable:
        if depth is None:
            raise UsageError(
                f"Geen dossiermappen gevonden onder '{root}': geen enkele map bevat een dossier.yaml. Is elke submap "
                "één dossier, gebruik dan --depth 1; of maak per dossier een dossier.yaml met 'wia-dossier init MAP'."
            )
        raise UsageError(f"Geen mappen gevonden op --depth {depth} onder '{root}'. Probeer een kleinere --depth.")
    return cases, unreadable


# ------------------------------------------------------------------------------------------------
# one case (runs in a worker process)

_worker_cache: Any = None


def _init_worker(use_cache: bool, cache_dir: Path | None) -> None:  # noqa: FBT001 (positional process args)
    global _worker_cache
    from wia_dossier.cache import open_cache

    _worker_cache = open_cache(cache_dir, enabled=use_cache)
    logging.getLogger().setLevel(logging.WARNING)


def _next_deadline(result: Any, as_of: dt.date) -> Deadline | None:
    candidates: list[tuple[dt.date, str, int | None]] = []
    for row in result.timeline:
        due = row.get("due")
        if row.get("status") == "due" and isinstance(due, dt.date):
            week = row.get("week")
            candidates.append((due, str(row.get("label", "")), week if isinstance(week, int) else None))
    if not candidates:
        return None
    due, label, week = min(candidates, key=lambda c: (c[0], c[1]))
    return Deadline(label=label, due=due, week=week, days_left=(due - as_of).days)


def _failure_row(name: str, path: Path, options: ScanOptions, message: str, checklist: str, *,
                 timed_out: bool = False) -> CaseRow:
    """A case that could not be scanned: one error finding, so it still validates as wia-dossier.scan/1."""
    from wia_dossier.report import SCHEMA

    assert options.as_of is not None
    report = {
        "schema": SCHEMA,
        "case_dir": path.as_posix(),
        "checklist": checklist,
        "as_of": options.as_of.isoformat(),
        "first_sick_day": None,
        "first_sick_day_source": None,
        "documents": [],
        "findings": [{"code": "case_error", "severity": "error", "type": None, "path": None, "message": message}],
        "timeline": [],
        "summary": {"documents": 0, "errors": 1, "warnings": 0, "complete": False},
    }
    return CaseRow(name=name, path=path, report=report, errors=1, failure=message, timed_out=timed_out,
                   top_findings=list(report["findings"]))  # type: ignore[arg-type]


def _seconds_text(seconds: float, lang: str) -> str:
    text = f"{seconds:g}"
    return text.replace(".", ",") if lang == "nl" else text


def timeout_row(name: str, path: Path, options: ScanOptions, checklist: str, seconds: float) -> CaseRow:
    """The row of a case stopped by the case time limit: what happened and how to find the slow file."""
    limit = _seconds_text(seconds, options.lang)
    folder = path.as_posix()
    message = _t(
        options.lang,
        f"dit dossier duurde langer dan {limit} s en is gestopt (de andere dossiers zijn wel gecontroleerd). "
        f"Draai 'wia-dossier scan \"{folder}\"' op deze map alleen om te zien bij welk bestand het blijft "
        "hangen, of geef meer tijd met --case-timeout (0: geen grens).",
        f"this case took longer than {limit} s and was stopped (the other cases were checked). Run "
        f"'wia-dossier scan \"{folder}\"' on this folder alone to see which file it gets stuck on, or allow "
        "more time with --case-timeout (0: no limit).",
    )
    row = _failure_row(name, path, options, message, checklist, timed_out=True)
    row.seconds = seconds
    return row


def scan_case(name: str, path: Path, options: ScanOptions, checklist: str, cache: Any = None) -> CaseRow:
    """Scan one case and summarise it; never raises (a failure becomes the row's error)."""
    from wia_dossier import report
    from wia_dossier.pipeline import run_scan

    start = time.perf_counter()
    before = (cache.stats.hits, cache.stats.misses) if cache is not None else (0, 0)
    try:
        result = run_scan(path, dataclasses.replace(options, cache=cache))
    except ConfigError as exc:
        row = _failure_row(name, path, options, f"dossier.yaml is ongeldig: {exc.message}", checklist)
    except DossierError as exc:
        row = _failure_row(name, path, options, exc.message, checklist)
    except Exception as exc:
        log.debug("case %s crashed:\n%s", name, traceback.format_exc())
        row = _failure_row(name, path, options, (
            f"onverwachte fout ({type(exc).__name__}) bij het lezen van dit dossier. Draai 'wia-dossier scan' op "
            "deze map met -v voor details en meld het als fout in het project (zonder documenten mee te sturen)."
        ), checklist)
    else:
        assert options.as_of is not None
        obj = report.to_json_obj(result)
        fsd = result.first_sick_day.value if result.first_sick_day else None
        row = CaseRow(
            name=name,
            path=path,
            report=obj,
            errors=result.errors,
            warnings=result.warnings,
            documents=len(result.documents),
            complete=bool(obj["summary"]["complete"]),
            week=(options.as_of - fsd).days // 7 + 1 if fsd else None,  # as report.to_text counts it
            first_sick_day=fsd,
            deadline=_next_deadline(result, options.as_of),
            top_findings=[f for f in obj["findings"] if f["code"] != "skipped"][:TOP_FINDINGS],
        )
    row.seconds = time.perf_counter() - start
    if cache is not None:
        row.cache_hits = cache.stats.hits - before[0]
        row.cache_misses = cache.stats.misses - before[1]
    return row


def _worker_main(conn: Connection, inherited: list[int], use_cache: bool, cache_dir: Path | None) -> None:  # noqa: FBT001
    """Worker loop: receive ``(name, path, options, checklist)``, send the ``CaseRow``; exit on end-of-file."""
    for fd in inherited:  # the parent's ends of this and earlier workers' pipes (fork only)
        with contextlib.suppress(OSError):
            os.close(fd)
    with contextlib.suppress(Exception):
        # Its own process group, so a time-out can end it with every program it started (OCR, converters),
        # and Ctrl-C in the terminal reaches only the parent, which then stops the workers itself.
        os.setpgid(0, 0)
    with contextlib.suppress(Exception):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(use_cache, cache_dir)
    while True:
        try:
            name, path, options, checklist = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        conn.send(scan_case(name, path, options, checklist, _worker_cache))


def _mp_context() -> Any:
    # fork on Linux: the worker starts in milliseconds with everything the parent imported (_warm_imports);
    # elsewhere spawn, as sandbox.py does (fork is unsafe on macOS and missing on Windows).
    return mp.get_context("fork" if sys.platform == "linux" else "spawn")


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (children, grandchildren, ...), read from /proc; [] where there is none."""
    children: dict[int, list[int]] = {}
    try:
        entries = [e.name for e in os.scandir("/proc") if e.name.isdigit()]
    except OSError:
        return []
    for entry in entries:
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:  # noqa: PTH123 (hot loop, plain open is cheaper)
                data = fh.read()
            ppid = int(data[data.rindex(b")") + 2 :].split()[1])  # the name may hold spaces and ')'
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    found: list[int] = []
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), ()):
            found.append(child)
            stack.append(child)
    return found


def _kill_tree(process: Any) -> None:
    """Kill a worker and every process it started, then reap it.

    The extraction workers of ``sandbox.py`` put themselves in their own process group, so killing the
    worker's group alone would leave them (and a hanging OCR program under them) running. On Linux the
    tree is frozen first (SIGSTOP), so nothing in it can start a new process while it is being killed.
    """
    pid = process.pid
    if pid is None:
        return
    tree: list[int] = []
    if sys.platform == "linux":
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGSTOP)
        tree = _descendants(pid)
        for child in tree:
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGSTOP)
    for child in tree:
        with contextlib.suppress(OSError):
            os.kill(child, signal.SIGKILL)
    if hasattr(os, "killpg"):
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)  # the worker's own group: only exists if setpgid worked
    with contextlib.suppress(Exception):
        process.kill()
    process.join(5)


@dataclass(slots=True)
class _Worker:
    process: Any  # multiprocessing.Process
    conn: Connection
    case: Path | None = None  # the case it is working on
    deadline: float = float("inf")  # time.monotonic() by which that case must be done


class _Pool:
    """Worker processes that each scan one case at a time; a worker over its deadline is killed and replaced.

    Unlike ``concurrent.futures``, the pool knows which case each worker runs, so one hanging case can
    be ended without ending the others, and a worker that dies takes only its own case with it.
    """

    def __init__(self, jobs: int, options: BatchOptions) -> None:
        self.jobs = jobs
        self.timeout = options.case_timeout
        self.init = (options.use_cache, options.cache_dir)
        self.ctx = _mp_context()
        self.workers: list[_Worker] = []

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        inherited = []
        if self.ctx.get_start_method() == "fork":
            # A forked worker holds copies of the parent's pipe ends; closed there, a worker sees
            # end-of-file (and exits) as soon as the parent is gone, even when the parent was killed.
            inherited = [parent.fileno(), *(w.conn.fileno() for w in self.workers)]
        process = self.ctx.Process(target=_worker_main, args=(child, inherited, *self.init), name="wia-dossier-batch")
        process.start()
        child.close()
        worker = _Worker(process=process, conn=parent)
        self.workers.append(worker)
        return worker

    def _drop(self, worker: _Worker, *, kill: bool) -> None:
        self.workers.remove(worker)
        with contextlib.suppress(Exception):
            worker.conn.close()  # an idle worker reads end-of-file and exits
        if kill:
            _kill_tree(worker.process)
        else:
            worker.process.join(2)
            if worker.process.is_alive():
                _kill_tree(worker.process)

    def run(
        self,
        tasks: Sequence[tuple[str, Path, ScanOptions, str]],
        on_row: Callable[[CaseRow], None],
        on_timeout: Callable[[Path, float], None],
        on_crash: Callable[[Path], None],
    ) -> None:
        """Run every task; report each finished case, time-out and crash through the callbacks."""
        queue = deque(tasks)
        try:
            while queue or any(w.case is not None for w in self.workers):
                idle = [w for w in self.workers if w.case is None]
                while queue and (idle or len(self.workers) < self.jobs):
                    fresh = not idle
                    worker = idle.pop() if idle else self._start()
                    task = queue.popleft()
                    try:
                        worker.conn.send(task)
                    except OSError:
                        self._drop(worker, kill=True)
                        if fresh:  # died while starting: counts as this case's crash (no endless restarts)
                            on_crash(task[1])
                        else:  # an idle worker that died (e.g. the kernel's out-of-memory killer)
                            queue.appendleft(task)
                        continue
                    worker.case = task[1]
                    worker.deadline = time.monotonic() + self.timeout if self.timeout > 0 else float("inf")
                busy = [w for w in self.workers if w.case is not None]
                if not busy:
                    continue
                nearest = min(w.deadline for w in busy)
                wait_for = None if nearest == float("inf") else max(0.0, nearest - time.monotonic())
                ready = wait([x for w in busy for x in (w.conn, w.process.sentinel)], timeout=wait_for)
                for worker in busy:
                    case = worker.case
                    assert case is not None
                    if worker.conn in ready:
                        try:
                            row = worker.conn.recv()
                        except (EOFError, OSError):
                            pass  # died before it could answer: handled as a crash below
                        else:
                            worker.case = None
                            on_row(row)
                            continue
                    elif worker.process.sentinel not in ready:
                        continue
                    self._drop(worker, kill=True)  # died (a signal, out of memory, a crash in a C library)
                    on_crash(case)
                now = time.monotonic()
                for worker in [w for w in self.workers if w.case is not None and w.deadline <= now]:
                    case = worker.case
                    assert case is not None
                    log.debug("case %s over its time limit of %s s; worker %s killed", case, self.timeout,
                              worker.process.pid)
                    self._drop(worker, kill=True)
                    on_timeout(case, self.timeout)
        finally:
            for worker in list(self.workers):
                self._drop(worker, kill=worker.case is not None)


# ------------------------------------------------------------------------------------------------
# the batch


def _check_options(options: BatchOptions) -> None:
    if options.scan.as_of is None:
        raise UsageError("Geef de peildatum op (--as-of JJJJ-MM-DD).")
    if options.scan.first_sick_day is not None:
        raise UsageError(
            "--first-sick-day geldt voor één dossier en kan niet bij batch. Zet de eerste ziektedag per dossier in "
            "zijn dossier.yaml (eerste_ziektedag: JJJJ-MM-DD), of gebruik 'wia-dossier scan MAP --first-sick-day ...'."
        )
    if options.scan.passwords:
        raise UsageError(
            "--password geldt voor een bestand in één dossier en kan niet bij batch. Gebruik 'wia-dossier scan MAP "
            "--password BESTAND=WACHTWOORD' voor dat dossier."
        )
    if options.jobs is not None and options.jobs < 1:
        raise UsageError("--jobs moet 1 of meer zijn.")
    if options.case_timeout < 0:
        raise UsageError("--case-timeout moet 0 of meer seconden zijn (0: geen grens).")


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
        row = _failure_row(name_of(folder), folder, scan_opts, f"{why}. Controleer de rechten op deze map.",
                           checklist.id)
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
        rows += _run_pool(cases, name_of, scan_opts, checklist.id, options, jobs, progress)

    rows.sort(key=CaseRow.sort_key)
    assert scan_opts.as_of is not None
    return BatchResult(root=root, as_of=scan_opts.as_of, checklist=checklist.id, rows=rows,
                       seconds=time.perf_counter() - start, jobs=jobs)


def _run_pool(
    cases: Sequence[Path],
    name_of: Callable[[Path], str],
    scan_opts: ScanOptions,
    checklist: str,
    options: BatchOptions,
    jobs: int,
    progress: Callable[[CaseRow], None] | None,
) -> list[CaseRow]:
    rows: list[CaseRow] = []
    crashed: list[Path] = []

    def done(row: CaseRow) -> None:
        rows.append(row)
        if progress:
            progress(row)

    def timed_out(path: Path, seconds: float) -> None:
        done(timeout_row(name_of(path), path, scan_opts, checklist, seconds))

    def died(path: Path) -> None:
        done(_failure_row(name_of(path), path, scan_opts, (
            "het programma stopte onverwacht bij dit dossier (te weinig geheugen of een ernstig beschadigd "
            "bestand). Draai 'wia-dossier scan' op deze map om het bestand te vinden."
        ), checklist))

    def task(path: Path) -> tuple[str, Path, ScanOptions, str]:
        return (name_of(path), path, scan_opts, checklist)

    _Pool(jobs, options).run([task(p) for p in cases], done, timed_out, crashed.append)
    # A worker that died may have been the victim of another case's memory use (the kernel kills the
    # biggest process); run its case once more, alone, so only a case that kills its process on its
    # own is reported as such. A time-out is not retried: it would cost the whole limit again.
    if crashed:
        _Pool(1, options).run([task(p) for p in sorted(crashed)], done, timed_out, died)
    return rows


# ------------------------------------------------------------------------------------------------
# output: text table, CSV, JSON lines, HTML (pure: BatchResult in, str out)




def _date(value: dt.date | None, lang: str) -> str:
    if value is None:
        return "-"
    return value.isoformat() if lang == "en" else value.strftime("%d-%m-%Y")


def days_text(days: int, lang: str) -> str:
    """``nog 5 dagen`` / ``vandaag`` / ``3 dagen geleden``."""
    if days == 0:
        return _t(lang, "vandaag", "today")
    if days > 0:
        return _t(lang, f"nog {days} {'dag' if days == 1 else 'dagen'}", f"{days} day{'s' if days != 1 else ''} left")
    return _t(lang, f"{-days} {'dag' if days == -1 else 'dagen'} geleden",
              f"{-days} day{'s' if days != -1 else ''} ago")


def status_text(row: CaseRow, lang: str) -> str:
    """What the user should read in the status column."""
    if row.timed_out:
        return _t(lang, "te traag, gestopt", "too slow, stopped")
    if row.failure:
        return _t(lang, "kan niet worden gelezen", "cannot be read")
    if row.errors:
        return _t(lang, f"{row.errors} {'fout' if row.errors == 1 else 'fouten'} oplossen",
                  f"fix {row.errors} error{'s' if row.errors != 1 else ''}")
    return _t(lang, "klaar om te versturen", "ready to send")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def to_text(result: BatchResult, *, lang: str = "nl") -> str:
    """The overview as a terminal table, most urgent case first."""
    head = [_t(lang, "Dossier", "Case"), _t(lang, "Week", "Week"), _t(lang, "Fouten", "Errors"),
            _t(lang, "Let op", "Warn."), _t(lang, "Volgende termijn", "Next deadline"), _t(lang, "Datum", "Date"),
            _t(lang, "Dagen", "Days"), "Status"]
    table: list[list[str]] = []
    for r in result.rows:
        d = r.deadline
        table.append([
            _cut(r.name, 40), str(r.week) if r.week is not None else "-", str(r.errors), str(r.warnings),
            _cut(d.label, 34) if d else "-", _date(d.due, lang) if d else "-",
            days_text(d.days_left, lang) if d else "-",
            status_text(r, lang),
        ])
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(head)]
    right = {1, 2, 3}
    lines = []
    for cells in [head, ["-" * w for w in widths], *table]:
        lines.append("  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths,
                                                                                                      strict=True))).rstrip())
    for r in result.rows:
        if r.failure:
            lines.append(f"  {r.name}: {r.failure}")
    lines.append("")
    lines.append(summary_text(result, lang=lang))
    return "\n".join(lines) + "\n"


def summary_text(result: BatchResult, *, lang: str = "nl") -> str:
    """One line: how many cases, how many need work, how long it took."""
    n = len(result.rows)
    ready = sum(1 for r in result.rows if r.ready)
    secs = f"{result.seconds:.1f}".replace(".", "," if lang == "nl" else ".")
    unread = result.failed - result.timed_out
    nl = [f"{unread} niet te lezen"] if unread else []
    en = [f"{unread} could not be read"] if unread else []
    if result.timed_out:
        nl.append(f"{result.timed_out} gestopt na --case-timeout")
        en.append(f"{result.timed_out} stopped at --case-timeout")
    return _t(
        lang,
        f"{n} dossiers op {_date(result.as_of, lang)}: {result.cases_with_errors} met fouten"
        + (f" (waarvan {', '.join(nl)})" if nl else "")
        + f", {ready} klaar om te versturen ({secs} s).",
        f"{n} cases as of {_date(result.as_of, lang)}: {result.cases_with_errors} with errors"
        + (f" ({', '.join(en)})" if en else "")
        + f", {ready} ready to send ({secs} s).",
    )


CSV_COLUMNS = ("case", "case_dir", "status", "week", "first_sick_day", "errors", "warnings", "documents", "complete",
               "next_deadline", "next_deadline_date", "days_left", "message")
#: Columns holding free text (folder names, messages); the others hold ids, whole numbers and ISO dates.
_CSV_TEXT = frozenset({"case", "case_dir", "next_deadline", "message"})
#: A cell starting with one of these is a formula to Excel (OWASP "CSV injection"): a folder named
#: "=HYPERLINK(...)" must stay a name.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_delimiter(lang: str) -> str:
    """The default separator: ``;`` for Dutch (Excel nl-NL's list separator), ``,`` for English."""
    return ";" if lang == "nl" else ","


def to_csv(result: BatchResult, *, lang: str = "nl", delimiter: str | None = None) -> str:
    """One row per case; the header uses fixed English ids so scripts and spreadsheets can rely on them.

    Two flavours, chosen by ``delimiter`` (default: ``csv_delimiter(lang)``):

    * ``;`` -- for Excel with Dutch settings, which splits a CSV on its list separator ``;`` (a comma file
      lands in one column). The text starts with a byte-order mark, without which Excel reads UTF-8 as
      Windows-1252 and shows "MÃ¼ller"; cells that Excel would run as a formula get a leading ``'``.
    * ``,`` -- a plain RFC 4180 file for scripts and English Excel: no BOM, cells exactly as they are.

    Both write dates as ISO ``JJJJ-MM-DD``: Excel reads that as a date under every regional setting and
    shows it in the user's own format, while ``13-01-2025`` is only a date under day-month settings and
    ``03-05-2025`` turns into 5 March under US ones. Every number is a whole number (week, counts,
    days_left), so the decimal separator cannot misread anything.

    Args:
        result: the overview.
        lang: picks the default delimiter; the cells do not depend on it.
        delimiter: ``;`` or ``,``.
    """
    import csv
    import io

    delimiter = delimiter or csv_delimiter(lang)
    if delimiter not in (";", ","):
        raise UsageError(f"Scheidingsteken '{delimiter}' wordt niet ondersteund; kies ';' of ','.")
    excel = delimiter == ";"
    buf = io.StringIO()
    if excel:
        buf.write("\ufeff")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if excel else "\n")
    writer.writerow(CSV_COLUMNS)
    for r in result.rows:
        d = r.deadline
        msg = r.failure or "; ".join(f["message"] for f in r.top_findings if f["severity"] == "error")
        cells: list[Any] = [
            r.name, r.path.as_posix(), "failed" if r.failure else ("errors" if r.errors else "ready"),
            r.week if r.week is not None else "", r.first_sick_day.isoformat() if r.first_sick_day else "",
            r.errors, r.warnings, r.documents, "yes" if r.complete else "no",
            d.label if d else "", d.due.isoformat() if d else "", d.days_left if d else "", msg,
        ]
        if excel:
            cells = [f"'{c}" if col in _CSV_TEXT and str(c).startswith(_FORMULA_START) else c
                     for col, c in zip(CSV_COLUMNS, cells, strict=True)]
        writer.writerow(cells)
    return buf.getvalue()


def to_json_lines(result: BatchResult) -> str:
    """One ``wia-dossier.scan/1`` object per line (exactly ``report.to_json_obj``), most urgent first."""
    import json

    return "".join(json.dumps(r.report, ensure_ascii=False) + "\n" for r in result.rows)


def html_context(result: BatchResult, *, lang: str = "nl", soon_days: int = 14) -> dict[str, Any]:
    """Plain data for ``templates/batch.html.j2``."""
    sev = {"error": _t(lang, "fout", "error"), "warning": _t(lang, "let op", "warning"), "info": "info"}
    rows = []
    for r in result.rows:
        d = r.deadline
        if r.failure:
            css = "failed"
        elif r.errors:
            css = "errors"
        elif d is not None and d.days_left <= soon_days:
            css = "soon"
        else:
            css = "ready"
        rows.append({
            "name": r.name,
            "css": css,
            "status": status_text(r, lang),
            "week": r.week,
            "first_sick_day": _date(r.first_sick_day, lang) if r.first_sick_day else None,
            "errors": r.errors,
            "warnings": r.warnings,
            "documents": r.documents,
            "complete": r.complete,
            "failure": r.failure,
            "deadline": None if d is None else {
                "label": d.label, "date": _date(d.due, lang), "days": days_text(d.days_left, lang),
                "week": d.week, "soon": d.days_left <= soon_days,
            },
            "findings": [{"severity": f["severity"], "severity_label": sev.get(f["severity"], f["severity"]),
                          "message": f["message"]} for f in r.top_findings],
            "more_findings": max(0, sum(1 for f in r.report["findings"] if f["code"] != "skipped")
                                 - len(r.top_findings)),
        })
    return {
        "lang": lang,
        "title": _t(lang, "Overzicht re-integratiedossiers", "Re-integration case overview"),
        "root": result.root.as_posix(),
        "as_of": _date(result.as_of, lang),
        "checklist": result.checklist,
        "summary": summary_text(result, lang=lang),
        "counts": {
            "cases": len(result.rows),
            "errors": result.cases_with_errors,
            "ready": sum(1 for r in result.rows if r.ready),
            "failed": result.failed,
        },
        "soon_days": soon_days,
        "rows": rows,
    }


def to_html(result: BatchResult, *, lang: str = "nl", template_dir: Path | None = None) -> str:
    """A self-contained HTML page (inline CSS, no scripts, no external files) a manager opens in a browser."""
    import jinja2

    from wia_dossier.render import packaged_template_dir

    dirs = [d for d in (template_dir, packaged_template_dir()) if d is not None]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    try:
        template = env.get_template("batch.html.j2")
        return template.render(**html_context(result, lang=lang))
    except jinja2.TemplateError as exc:
        where = getattr(exc, "filename", None) or "batch.html.j2"
        raise ConfigError(str(where), f"sjabloonfout: {exc}", line=getattr(exc, "lineno", None)) from exc
