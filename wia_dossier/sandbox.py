"""Run ``extract()`` in a few long-lived worker processes with a time and memory limit per file (issue 7).

Why: PDF, image and zip parsers are C code fed with files from e-mail and scanners. A crafted or badly
damaged file can make them loop forever or allocate without end (see ANCHORS.md C.3: pypdf alone fixed
dozens of such bugs in 2025-2026). In-process, that would hang or kill the whole scan; here it costs one
worker, which is killed and replaced, and the file becomes ``unreadable`` with a Dutch reason.

Design:

- A small pool (one worker per core, at most 4) of *forked* processes that live as long as the
  program: forking per file would cost more than reading most files. Workers start lazily, inherit the
  imported extractors (the parent loads the registry before forking), and read the file themselves:
  only the path goes in, only the pickled ``Extracted`` comes back.
- Each worker runs under ``RLIMIT_AS`` (``ExtractOptions.file_memory``, default 2 GiB) and without core
  dumps (a core file would hold health data). Each task has a deadline (``file_timeout``, default 30 s).
- Timeout, death (a signal, an abort in a C library) or a ``MemoryError`` → the worker is killed and
  replaced; the file gets ``status=unreadable`` and a reason such as "kon niet binnen 30 s worden
  gelezen" or "te veel geheugen nodig (meer dan 2 GiB)".
- ``prefetch()`` hands the files of a case to idle workers ahead of time, so two cores read two files at
  once; ``extract()`` then picks up the finished result. The caller sees the same sequential
  ``extract(src, options)`` as before.
- Fast path: plain-text files under ``FAST_PATH_BYTES`` are read in-process (no decompression, no C
  parser; the round trip to a worker would cost more than the read). With both limits set to 0
  everything runs in-process, as it did before the sandbox existed.

Platforms without ``fork`` (Windows, macOS' default) use ``spawn``: slower to start, same limits except
``RLIMIT_AS``, which only POSIX has (there the time limit still protects the run).
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import logging
import multiprocessing as mp
import os
import signal
import socket
import sys
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from wia_dossier.extractors import HEAD_BYTES, ExtractOptions, get_extractor, registered
from wia_dossier.extractors import extract as _extract_in_process
from wia_dossier.model import Extracted, Kind, SourceFile, Status

__all__ = ["FAST_PATH_BYTES", "Sandbox", "budget", "extract", "prefetching", "shutdown"]

log = logging.getLogger(__name__)

#: Plain-text files up to this size are read in-process (see the module docstring; measured in
#: bench/extract_speed.py: a worker round trip costs ~0.3 ms, reading a small text file ~0.05 ms).
FAST_PATH_BYTES = 256 * 1024
#: Workers per process; each holds its own PDFium and Pillow, so more than a few only costs memory.
MAX_WORKERS = 4
_GiB = 1024**3

# A result the caller never asked for (prefetched for a file the pipeline skipped) is dropped
# after this many newer ones, so memory use stays bounded.
_MAX_READY = 256


def _limit_text(seconds: float) -> str:
    return f"{seconds:g}"


def _memory_text(limit: int) -> str:
    if limit >= _GiB and limit % _GiB == 0:
        return f"{limit // _GiB} GiB"
    return f"{limit / (1024 * 1024):.0f} MB"


def timeout_result(seconds: float) -> Extracted:
    """The result for a file whose extraction did not finish in time."""
    return Extracted(
        kind=Kind.UNKNOWN,
        status=Status.UNREADABLE,
        error=f"kon niet binnen {_limit_text(seconds)} s worden gelezen (mogelijk een kwaadaardig of zwaar "
        "beschadigd bestand; ruimere grens met --file-timeout)",
        facts={"limit": "time"},
    )


def memory_result(limit: int, kind: Kind = Kind.UNKNOWN) -> Extracted:
    """The result for a file that needed more memory than a worker may use."""
    return Extracted(
        kind=kind,
        status=Status.UNREADABLE,
        error=f"te veel geheugen nodig (meer dan {_memory_text(limit)}; ruimere grens met --file-memory)",
        facts={"limit": "memory"},
    )


def crash_result(exitcode: int | None) -> Extracted:
    """The result for a file whose reader took its worker process down (a signal, an abort)."""
    how = "onbekende oorzaak"
    if exitcode is not None and exitcode < 0:
        try:
            how = f"signaal {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"signaal {-exitcode}"
    elif exitcode is not None:
        how = f"afgebroken met code {exitcode}"
    return Extracted(
        kind=Kind.UNKNOWN,
        status=Status.UNREADABLE,
        error=f"het leesprogramma stopte onverwacht ({how}); mogelijk te veel geheugen nodig of een ernstig "
        "beschadigd bestand",
        facts={"limit": "crash"},
    )


# -- the worker process ------------------------------------------------------------------------------


def _close_inherited_pipes(keep: int) -> None:
    """Close the pipes and sockets a forked worker inherited (other workers' ends, the caller's pipes).

    Without this a worker holds its siblings' parent-side ends open: when the parent dies without
    cleaning up, no worker ever sees end-of-file and they linger forever, and a caller that waits
    for EOF on a pipe of its own (a test, a shell) waits forever too. Regular files stay open.
    """
    import stat

    try:
        fds = [int(p.name) for p in Path("/proc/self/fd").iterdir()]
    except OSError:
        fds = list(range(3, 256))
    for fd in fds:
        if fd <= 2 or fd == keep:
            continue
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            with contextlib.suppress(OSError):
                os.close(fd)


def _worker_main(conn: Connection, memory: int) -> None:
    """Worker loop: receive ``(task_id, src, options, then)``, send ``(task_id, Extracted)``; exit on EOF."""
    if _CAN_FORK:
        _close_inherited_pipes(conn.fileno())
    with contextlib.suppress(Exception):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    with contextlib.suppress(Exception):
        os.setpgid(0, 0)  # own process group: a kill also ends the OCR programs this worker started
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a core dump would hold health data
        if memory > 0:
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            cap = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):  # Windows, or a hard limit we may not lower
        log.debug("worker limits not applied", exc_info=True)
    registered()  # spawn: load the extractors once, not per file
    while True:
        try:
            task_id, src, options, then = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            result = _extract_in_process(src, options)
            if then is not None:
                _then(then, src, result)
        except MemoryError:  # raised outside the registry's guard (e.g. while reading the file)
            result = memory_result(memory)
        except BaseException as exc:  # extract() never raises; this is a last resort
            result = Extracted(
                kind=Kind.UNKNOWN, status=Status.UNREADABLE, error=f"interne fout ({type(exc).__name__})"
            )
        if result.status is Status.UNREADABLE and result.error and result.error.endswith("te weinig geheugen"):
            result = memory_result(memory, result.kind)
        try:
            conn.send((task_id, result))
        except MemoryError:
            conn.send((task_id, memory_result(memory)))
        except Exception as exc:  # an unpicklable fact; should not happen
            conn.send(
                (
                    task_id,
                    Extracted(
                        kind=result.kind,
                        status=Status.UNREADABLE,
                        error=f"interne fout ({type(exc).__name__})",
                    ),
                )
            )
        if result.facts.get("limit") == "memory":
            return  # the heap may be fragmented or a C library left in a bad state: start afresh


_CAN_FORK = sys.platform == "linux" and hasattr(os, "fork")

#: A step that runs in the worker right after extraction: ``(function, args)``, called as
#: ``function(src, extracted, *args)``; its return value becomes ``Extracted.derived``. The function
#: must be importable by name and the args picklable (they travel to the worker) and hashable (a
#: prefetched task is matched to the later ``extract`` call by them).
Then = tuple[Callable[..., Any], tuple[Any, ...]]


def _then(then: Then, src: SourceFile, result: Extracted) -> None:
    """Run the caller's post-step on a result; a failure only means the caller does the work itself."""
    fn, args = then
    try:
        result.derived = fn(src, result, *args)
    except MemoryError:
        raise
    except Exception:
        log.debug("post-step after extraction failed", exc_info=True)
        result.derived = None


@dataclasses.dataclass(slots=True)
class _Worker:
    pid: int
    conn: Connection
    process: Any = None  # a multiprocessing.Process on platforms without fork, else None
    task: tuple[int, float, float] | None = None  # (task id, deadline, timeout)
    exitcode: int | None = None

    def waitables(self) -> list[Any]:
        # With os.fork the worker holds the only other end of ``conn``: its death is an EOF there.
        return [self.conn] if self.process is None else [self.conn, self.process.sentinel]

    def reap(self, timeout: float = 0.0) -> int | None:
        """The exit code (negative: killed by that signal) once the worker has ended, else None."""
        if self.exitcode is not None:
            return self.exitcode
        if self.process is not None:
            self.process.join(timeout)
            self.exitcode = self.process.exitcode
            return self.exitcode
        end = time.monotonic() + timeout
        while True:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.exitcode = -1
                return self.exitcode
            if pid:
                self.exitcode = os.waitstatus_to_exitcode(status)
                return self.exitcode
            if time.monotonic() >= end:
                return None
            time.sleep(0.005)

    def kill(self) -> None:
        if hasattr(os, "killpg"):
            with contextlib.suppress(OSError):
                os.killpg(self.pid, signal.SIGKILL)  # the worker and the OCR programs it started
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        self.reap(5)
        with contextlib.suppress(Exception):
            self.conn.close()


@dataclasses.dataclass(slots=True)
class _Task:
    task_id: int
    src: SourceFile
    options: ExtractOptions
    then: Then | None = None
    result: Extracted | None = None


_Key = tuple[str, str, int, Any]


def _key(src: SourceFile, options: ExtractOptions, then: Then | None = None) -> _Key:
    return (src.rel, src.sha256, id(options), then)


class Sandbox:
    """A pool of extraction workers that share one memory limit (time limits are per task)."""

    def __init__(self, *, memory: int, workers: int | None = None) -> None:
        """Create the pool; no process starts until the first file needs one.

        Args:
            memory: Address-space limit per worker in bytes (``0``: none).
            workers: Pool size; default one per core, at most ``MAX_WORKERS``.
        """
        self.memory = memory
        self.size = max(1, workers or min(os.cpu_count() or 1, MAX_WORKERS))
        self._pid = os.getpid()
        self._workers: list[_Worker] = []
        self._queue: OrderedDict[_Key, _Task] = OrderedDict()  # not yet sent
        self._running: dict[int, _Task] = {}
        self._ready: OrderedDict[_Key, _Task] = OrderedDict()  # done, not yet collected
        self._by_id: dict[int, _Key] = {}
        self._next_id = 0
        self.started = 0  # worker processes started (tests and the benchmark read it)
        self.killed = 0

    # -- public ----------------------------------------------------------------------------------

    def extract(self, src: SourceFile, options: ExtractOptions, then: Then | None = None) -> Extracted:
        """Extract one file in a worker, within the limits of ``options``, then run ``then`` there. Never raises."""
        key = _key(src, options, then)
        task = self._ready.pop(key, None)
        if task is not None and task.result is not None:
            return task.result
        task = self._queue.pop(key, None) or next(
            (t for t in self._running.values() if _key(t.src, t.options, t.then) == key), None
        )
        if task is None:
            task = self._new_task(src, options, then)
            self._queue[key] = task
            self._queue.move_to_end(key, last=False)  # asked for now: before any prefetched file
        elif task.task_id not in self._running:
            self._queue[key] = task
            self._queue.move_to_end(key, last=False)
        while task.result is None:
            self._pump(block=True)
        self._ready.pop(key, None)
        return task.result

    def prefetch(self, srcs: Iterable[SourceFile], options: ExtractOptions, then: Then | None = None) -> None:
        """Queue files that ``extract`` will be asked for, so idle workers start on them now."""
        for src in srcs:
            key = _key(src, options, then)
            if key not in self._queue and key not in self._ready:
                self._queue[key] = self._new_task(src, options, then)
        self._pump(block=False)

    def forget(self) -> None:
        """Drop prefetched work nobody collected (running tasks finish and are discarded)."""
        for task in self._queue.values():
            self._by_id.pop(task.task_id, None)
        self._queue.clear()
        self._ready.clear()

    def close(self) -> None:
        """Stop every worker (they also stop by themselves when this process ends)."""
        if os.getpid() != self._pid:
            return  # inherited through a fork: these workers belong to the parent
        for worker in self._workers:
            with contextlib.suppress(Exception):
                worker.conn.close()  # the worker sees end-of-file and exits
            if worker.reap(0.5) is None:
                worker.kill()
        self._workers.clear()
        self._running.clear()
        self.forget()

    # -- scheduling ------------------------------------------------------------------------------

    def _new_task(self, src: SourceFile, options: ExtractOptions, then: Then | None = None) -> _Task:
        self._next_id += 1
        task = _Task(self._next_id, src, options, then)
        self._by_id[task.task_id] = _key(src, options, then)
        return task

    def _start_worker(self) -> _Worker:
        registered()  # imported before the fork, so every worker has them without importing again
        if _CAN_FORK:
            # os.fork rather than multiprocessing: the worker then holds nothing but its own socket
            # (see _close_inherited_pipes), so its death is an EOF here and it never outlives us.
            parent_sock, child_sock = socket.socketpair()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the worker
                code = 0
                try:
                    parent_sock.close()
                    _worker_main(Connection(child_sock.detach()), self.memory)
                except BaseException:
                    code = 1
                finally:
                    os._exit(code)
            child_sock.close()
            worker = _Worker(pid, Connection(parent_sock.detach()))
        else:
            ctx = mp.get_context("spawn")
            parent_conn, child_conn = ctx.Pipe(duplex=True)
            process = ctx.Process(
                target=_worker_main, args=(child_conn, self.memory), daemon=True, name="wia-dossier-extract"
            )
            process.start()
            child_conn.close()
            worker = _Worker(process.pid or 0, parent_conn, process)
        self.started += 1
        self._workers.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self.killed += 1
        self._workers.remove(worker)

    def _dispatch(self) -> None:
        while self._queue:
            idle = next((w for w in self._workers if w.task is None), None)
            if idle is None:
                if len(self._workers) >= self.size:
                    return
                idle = self._start_worker()
            key, task = self._queue.popitem(last=False)
            timeout = budget(task.options)
            try:
                idle.conn.send((task.task_id, task.src, task.options, task.then))
            except (OSError, ValueError):  # the worker died while idle: replace it and retry
                self._replace(idle)
                self._queue[key] = task
                self._queue.move_to_end(key, last=False)
                continue
            deadline = time.monotonic() + timeout if timeout > 0 else float("inf")
            idle.task = (task.task_id, deadline, timeout)
            self._running[task.task_id] = task

    def _finish(self, worker: _Worker, result: Extracted) -> None:
        assert worker.task is not None
        task = self._running.pop(worker.task[0])
        worker.task = None
        task.result = result
        key = self._by_id.pop(task.task_id)
        self._ready[key] = task
        while len(self._ready) > _MAX_READY:
            self._ready.popitem(last=False)

    def _pump(self, *, block: bool) -> None:
        """Send queued tasks to idle workers; when ``block``, wait until at least one finishes."""
        self._dispatch()
        busy = [w for w in self._workers if w.task is not None]
        if not busy:
            return
        now = time.monotonic()
        nearest = min(w.task[1] for w in busy if w.task is not None)
        wait_for = max(0.0, nearest - now) if block else 0.0
        ready = wait([x for w in busy for x in w.waitables()], timeout=None if wait_for == float("inf") else wait_for)
        for worker in busy:
            assert worker.task is not None
            if worker.conn in ready:
                try:
                    task_id, result = worker.conn.recv()
                except (EOFError, OSError):
                    self._finish(worker, crash_result(worker.reap(2)))
                    self._replace(worker)
                    continue
                if task_id != worker.task[0]:  # cannot happen: one task per worker at a time
                    continue
                self._finish(worker, result)
                if result.facts.get("limit") == "memory":
                    self._replace(worker)
            elif worker.process is not None and worker.process.sentinel in ready:
                self._finish(worker, crash_result(worker.reap(2)))
                self._replace(worker)
            elif time.monotonic() >= worker.task[1]:
                timeout = worker.task[2]
                log.debug("extraction timed out after %s s; worker killed", timeout)
                self._finish(worker, timeout_result(timeout))
                self._replace(worker)
        self._dispatch()


# -- the process-wide pool ---------------------------------------------------------------------------

_pools: dict[int, Sandbox] = {}


def _pool(memory: int) -> Sandbox:
    pool = _pools.get(memory)
    if pool is None or pool._pid != os.getpid():  # a forked child (batch worker) builds its own
        pool = _pools[memory] = Sandbox(memory=memory)
    return pool


def shutdown() -> None:
    """Stop every worker of this process (tests call it after changing the extractor registry)."""
    for pool in list(_pools.values()):
        pool.close()
    _pools.clear()


atexit.register(shutdown)


def budget(options: ExtractOptions) -> float:
    """Seconds one file may take: ``file_timeout``, plus ``ocr_timeout`` when OCR is on (0: no limit).

    OCR has its own, finer limit inside ``wia_dossier.ocr`` (pages beyond it keep no text); the
    sandbox's deadline is the backstop behind it and must not cut a legitimate OCR run short.
    """
    if options.file_timeout <= 0:
        return 0.0
    extra = float(getattr(options, "ocr_timeout", 0) or 0) if getattr(options, "ocr", False) else 0.0
    return options.file_timeout + extra


def _fast_path(src: SourceFile, options: ExtractOptions, then: Then | None = None) -> bool:
    """True when the file may be read in-process: limits off, nothing to read, or small plain text.

    Not small text with a ``then`` step: that step (pattern matching over the text) is what needs
    the time limit there.
    """
    if options.file_timeout <= 0 and options.file_memory <= 0:
        return True
    if src.excluded is not None or src.size == 0 or src.size > options.max_bytes:
        return True  # extract() answers without parsing anything
    if then is not None:
        return False
    if src.size > FAST_PATH_BYTES:
        return False
    try:
        if src.data is not None:
            head = src.data[:HEAD_BYTES]
        else:
            assert src.abs_path is not None
            with src.abs_path.open("rb") as fh:
                head = fh.read(HEAD_BYTES)
    except OSError:
        return True  # extract() reports the read error itself
    extractor = get_extractor(head, src.name)
    return extractor is None or extractor.kind is Kind.TEXT


def extract(src: SourceFile, options: ExtractOptions | None = None, then: Then | None = None) -> Extracted:
    """``extractors.extract`` within the time and memory limits of ``options``. Never raises.

    Args:
        src: The file (on disk, or a container member with ``data``).
        options: Extraction settings; ``file_timeout`` (seconds) and ``file_memory`` (bytes) set the
            limits, ``0`` switches a limit off.

    Returns:
        What ``extractors.extract`` returns, or an ``unreadable`` result whose ``error`` says which
        limit was hit (``facts["limit"]`` is ``time``, ``memory`` or ``crash``). With ``then``, a file
        read in a worker carries ``then``'s result in ``derived`` (files read in-process do not: the
        caller computes it itself when ``derived`` is None).
    """
    options = options or ExtractOptions()
    if _fast_path(src, options, then):
        return _extract_in_process(src, options)
    try:
        return _pool(options.file_memory).extract(src, options, then)
    except (OSError, RuntimeError) as exc:  # cannot fork (process limit, no /dev/shm): still read it
        log.warning("sandbox niet beschikbaar (%s); bestand wordt zonder grenzen gelezen", type(exc).__name__)
        return _extract_in_process(src, options)


@contextlib.contextmanager
def prefetching(
    srcs: Iterable[SourceFile], options: ExtractOptions, *, enabled: bool = True, then: Then | None = None
) -> Iterator[None]:
    """Let idle workers read ``srcs`` ahead while the caller asks for them one by one with ``extract``."""
    pool = None
    if enabled:
        todo = [s for s in srcs if not _fast_path(s, options, then)]
        if len(todo) > 1:
            pool = _pool(options.file_memory)
            try:
                pool.prefetch(todo, options, then)
            except (OSError, RuntimeError):
                pool = None
    try:
        yield
    finally:
        if pool is not None:
            pool.forget()
