"""Scan many case folders at once, in parallel, into one overview sorted by urgency (``wia-dossier batch``).

Which folders are cases (documented in the README and ``batch --help``):

* default: every folder below ROOT that holds a ``dossier.yaml`` (or ``dossier.yml``); the search does
  not go into a case (its sub-folders are part of it), nor into hidden folders or symlinked folders;
* ``depth=N``: every folder exactly N levels below ROOT (``1``: each direct sub-folder is a case), with or
  without ``dossier.yaml``; hidden and symlinked folders are skipped.

One broken case (an invalid ``dossier.yaml``, an unreadable folder, a crash of the program, even a crash
of a worker process) never stops the batch: it becomes a row with its error, and the batch's exit code
is 1. Only problems of the whole run stop it: a bad checklist, a ROOT that does not exist.
"""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import datetime as dt
import logging
import os
import time
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to run a batch.

    Attributes:
        scan: the options of every case's scan (``as_of`` must be set; ``first_sick_day`` and
            ``passwords`` must not be, they belong to one case). Its ``cache`` is ignored: the batch
            opens its own cache per worker from ``cache_dir``/``use_cache``.
        jobs: worker processes; ``None`` = all cores, ``1`` = in this process (no pool).
        depth: ``None`` = folders with a dossier.yaml; ``N`` = every folder N levels below ROOT.
        use_cache: use the encrypted extraction cache (``--no-cache`` turns it off).
        cache_dir: the cache folder (``None``: ``$WIA_DOSSIER_CACHE`` or the user's cache folder).
    """

    scan: ScanOptions
    jobs: int | None = None
    depth: int | None = None
    use_cache: bool = True
    cache_dir: Path | None = None


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
        """Cases that could not be scanned at all."""
        return sum(1 for r in self.rows if r.failure)

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


def _init_worker(use_cache: bool, cache_dir: Path | None) -> None:  # noqa: FBT001 (pool initargs)
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


def _failure_row(name: str, path: Path, options: ScanOptions, message: str, checklist: str) -> CaseRow:
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
    return CaseRow(name=name, path=path, report=report, errors=1, failure=message,
                   top_findings=list(report["findings"]))  # type: ignore[arg-type]


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


def _worker(name: str, path: Path, options: ScanOptions, checklist: str) -> CaseRow:
    return scan_case(name, path, options, checklist, _worker_cache)


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
        row = _failure_row(name_of(folder), folder, scan_opts, f"{why}. Controleer de rechten op deze map.", checklist.id)
        rows.append(row)
        if progress:
            progress(row)

    jobs = options.jobs or os.cpu_count() or 1
    jobs = max(1, min(jobs, len(cases)))
    if jobs == 1:
        from wia_dossier.cache import open_cache

        cache = open_cache(options.cache_dir, enabled=options.use_cache)
        for path in cases:
            row = scan_case(name_of(path), path, scan_opts, checklist.id, cache)
            rows.append(row)
            if progress:
                progress(row)
    else:
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
    lost: list[Path] = []
    init = (options.use_cache, options.cache_dir)
    with cf.ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=init) as pool:
        futures = {pool.submit(_worker, name_of(p), p, scan_opts, checklist): p for p in cases}
        for fut in cf.as_completed(futures):
            try:
                row = fut.result()
            except BrokenProcessPool:
                lost.append(futures[fut])  # a worker died (killed, out of memory, a crash in a C library)
                continue
            rows.append(row)
            if progress:
                progress(row)
    # A dead worker takes every unfinished case with it; run those again, each in its own process, so
    # the one that kills its process is named and the others still get their report.
    for path in sorted(lost):
        try:
            with cf.ProcessPoolExecutor(max_workers=1, initializer=_init_worker, initargs=init) as single:
                row = single.submit(_worker, name_of(path), path, scan_opts, checklist).result()
        except BrokenProcessPool:
            row = _failure_row(name_of(path), path, scan_opts, (
                "het programma stopte onverwacht bij dit dossier (te weinig geheugen of een ernstig beschadigd "
                "bestand). Draai 'wia-dossier scan' op deze map om het bestand te vinden."
            ), checklist)
        rows.append(row)
        if progress:
            progress(row)
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
    return _t(lang, f"{-days} {'dag' if days == -1 else 'dagen'} geleden", f"{-days} day{'s' if days != -1 else ''} ago")


def status_text(row: CaseRow, lang: str) -> str:
    """What the user should read in the status column."""
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
            _cut(d.label, 34) if d else "-", _date(d.due, lang) if d else "-", days_text(d.days_left, lang) if d else "-",
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
    return _t(
        lang,
        f"{n} dossiers op {_date(result.as_of, lang)}: {result.cases_with_errors} met fouten"
        + (f" (waarvan {result.failed} niet te lezen)" if result.failed else "")
        + f", {ready} klaar om te versturen ({secs} s).",
        f"{n} cases as of {_date(result.as_of, lang)}: {result.cases_with_errors} with errors"
        + (f" ({result.failed} could not be read)" if result.failed else "")
        + f", {ready} ready to send ({secs} s).",
    )


CSV_COLUMNS = ("case", "case_dir", "status", "week", "first_sick_day", "errors", "warnings", "documents", "complete",
               "next_deadline", "next_deadline_date", "days_left", "message")


def to_csv(result: BatchResult, *, lang: str = "nl") -> str:
    """One row per case; the header uses fixed English ids so scripts and spreadsheets can rely on them."""
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in result.rows:
        d = r.deadline
        msg = r.failure or "; ".join(f["message"] for f in r.top_findings if f["severity"] == "error")
        writer.writerow([
            r.name, r.path.as_posix(), "failed" if r.failure else ("errors" if r.errors else "ready"),
            r.week if r.week is not None else "", r.first_sick_day.isoformat() if r.first_sick_day else "",
            r.errors, r.warnings, r.documents, "yes" if r.complete else "no",
            d.label if d else "", d.due.isoformat() if d else "", d.days_left if d else "", msg,
        ])
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
            "more_findings": max(0, sum(1 for f in r.report["findings"] if f["code"] != "skipped") - len(r.top_findings)),
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
