"""The batch's worker pool: each case runs in a worker process that is killed when the case passes its time limit.

Each case runs in a worker process with a time limit (``case_timeout``, ``--case-timeout``, default
600 s). A case that takes longer (a huge dossier, a converter that hangs, a network share that stalls)
is stopped: its worker and every program that worker started are killed, a fresh worker takes the next
case, and the case becomes an error row that says how to find the slow file. The per-file limits
(``--file-timeout``, in ``sandbox.py``) cannot catch all of this: hashing a file, reading a folder on a
stalled share and the rules run outside them, and many slow files that each stay under their own limit
still add up. A worker that dies (out of memory, a crash in a C library) takes only its own case with it.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wia_dossier.batch_case import CaseRow, failure_row, scan_case, timeout_row
from wia_dossier.pipeline import ScanOptions

if TYPE_CHECKING:
    from wia_dossier.batch import BatchOptions

__all__ = ["run_pool"]

log = logging.getLogger(__name__)

_worker_cache: Any = None


def _init_worker(use_cache: bool, cache_dir: Path | None) -> None:  # noqa: FBT001 (positional process args)
    global _worker_cache
    from wia_dossier.cache import open_cache

    _worker_cache = open_cache(cache_dir, enabled=use_cache)
    logging.getLogger().setLevel(logging.WARNING)


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
                    log.debug(
                        "case %s over its time limit of %s s; worker %s killed", case, self.timeout, worker.process.pid
                    )
                    self._drop(worker, kill=True)
                    on_timeout(case, self.timeout)
        finally:
            for worker in list(self.workers):
                self._drop(worker, kill=worker.case is not None)


def run_pool(
    cases: Sequence[Path],
    name_of: Callable[[Path], str],
    scan_opts: ScanOptions,
    checklist: str,
    options: BatchOptions,
    jobs: int,
    progress: Callable[[CaseRow], None] | None,
) -> list[CaseRow]:
    """Scan ``cases`` in ``jobs`` workers; every case becomes a row (a time-out or a crash an error row)."""
    rows: list[CaseRow] = []
    crashed: list[Path] = []

    def done(row: CaseRow) -> None:
        rows.append(row)
        if progress:
            progress(row)

    def timed_out(path: Path, seconds: float) -> None:
        done(timeout_row(name_of(path), path, scan_opts, checklist, seconds))

    def died(path: Path) -> None:
        done(
            failure_row(
                name_of(path),
                path,
                scan_opts,
                (
                    "het programma stopte onverwacht bij dit dossier (te weinig geheugen of een ernstig beschadigd "
                    "bestand). Draai 'wia-dossier scan' op deze map om het bestand te vinden."
                ),
                checklist,
            )
        )

    def task(path: Path) -> tuple[str, Path, ScanOptions, str]:
        return (name_of(path), path, scan_opts, checklist)

    _Pool(jobs, options).run([task(p) for p in cases], done, timed_out, crashed.append)
    # A worker that died may have been the victim of another case's memory use (the kernel kills the
    # biggest process); run its case once more, alone, so only a case that kills its process on its
    # own is reported as such. A time-out is not retried: it would cost the whole limit again.
    if crashed:
        _Pool(1, options).run([task(p) for p in sorted(crashed)], done, timed_out, died)
    return rows
