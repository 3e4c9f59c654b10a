"""One case of a batch: scan it and sum it up as a row of the overview; a failure becomes the row's error.

``scan_case`` never raises: an invalid ``dossier.yaml``, a ``DossierError`` or a crash of the program
becomes a row with one ``case_error`` finding, so the row still validates as ``wia-dossier.scan/1``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import time
import traceback
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wia_dossier.errors import ConfigError, DossierError, readable
from wia_dossier.messages import t as _t
from wia_dossier.pipeline import ScanOptions

__all__ = ["TOP_FINDINGS", "CaseRow", "Deadline", "failure_row", "pack_report", "scan_case", "timeout_row"]

log = logging.getLogger(__name__)

#: How many findings a row keeps for the overview (the JSON keeps them all).
TOP_FINDINGS = 3


@dataclass(frozen=True, slots=True)
class Deadline:
    """The next deadline of a case: a timeline milestone still ahead (or just passed without a document)."""

    label: str
    due: dt.date
    week: int | None
    days_left: int


@dataclass(slots=True)
class CaseRow:
    """One case in the overview. ``report`` is exactly ``report.to_json_obj`` (schema wia-dossier.scan/1).

    The report is kept serialised and compressed (``packed``; ``report_json`` and ``report`` unpack
    it): the overview needs every row before it can sort them, and a nested dict per case cost about
    30 KB, so the batch process grew with every case; packed it is about 3 KB.
    """

    name: str  # relative to ROOT, '/' separators
    path: Path
    packed: bytes  # zlib(json.dumps(report, ensure_ascii=False)), see pack_report
    errors: int = 0
    warnings: int = 0
    documents: int = 0
    complete: bool = False
    to_come: int = 0  # document types the case still waits for (report.still_to_come): not ready to send yet
    week: int | None = None
    first_sick_day: dt.date | None = None
    deadline: Deadline | None = None
    top_findings: list[dict[str, Any]] = field(default_factory=list)
    failure: str | None = None  # why the case could not be scanned at all (None: scanned)
    timed_out: bool = False  # the failure is the case time limit
    seconds: float = 0.0
    cache_hits: int = 0
    cache_misses: int = 0
    findings: int = 0  # all findings but 'skipped' (the overview says how many more than the top ones)

    @property
    def report_json(self) -> str:
        """The case's wia-dossier.scan/1 report as one line of JSON."""
        return zlib.decompress(self.packed).decode("utf-8")

    @property
    def report(self) -> dict[str, Any]:
        """The case's wia-dossier.scan/1 report (parsed anew on each access)."""
        return json.loads(self.report_json)  # type: ignore[no-any-return]

    @property
    def ready(self) -> bool:
        """Klaar om te versturen: scanned, no finding of severity error, and no document still to come."""
        return self.failure is None and self.errors == 0 and self.to_come == 0

    def sort_key(self) -> tuple[int, dt.date, str]:
        """Cases with errors first, then the nearest deadline, then the name."""
        return (0 if self.errors else 1, self.deadline.due if self.deadline else dt.date.max, self.name)


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


def pack_report(report: dict[str, Any]) -> bytes:
    """A report as kept in a row: its JSON line, compressed."""
    # readable(): a file name that is no UTF-8 ('Jos\xe9.pdf') would make the whole case a failure row
    return zlib.compress(readable(json.dumps(report, ensure_ascii=False)).encode("utf-8"), 6)


def failure_row(
    name: str, path: Path, options: ScanOptions, message: str, checklist: str, *, timed_out: bool = False
) -> CaseRow:
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
    return CaseRow(
        name=name,
        path=path,
        packed=pack_report(report),
        errors=1,
        failure=message,
        timed_out=timed_out,
        top_findings=list(report["findings"]),  # type: ignore[arg-type]
        findings=1,
    )


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
    row = failure_row(name, path, options, message, checklist, timed_out=True)
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
        text = exc.text(options.lang)
        row = failure_row(
            name,
            path,
            options,
            _t(options.lang, "dossier.yaml is ongeldig: ", "invalid dossier.yaml: ") + text,
            checklist,
        )
    except DossierError as exc:
        row = failure_row(name, path, options, exc.text(options.lang), checklist)
    except Exception as exc:
        log.debug("case %s crashed:\n%s", name, traceback.format_exc())
        row = failure_row(
            name,
            path,
            options,
            _t(
                options.lang,
                f"onverwachte fout ({type(exc).__name__}) bij het lezen van dit dossier. Draai 'wia-dossier scan' op "
                "deze map met -v voor details en meld het als fout in het project (zonder documenten mee te sturen).",
                f"unexpected error ({type(exc).__name__}) while reading this case. Run 'wia-dossier scan' on this "
                "folder with -v for details and report it as a bug in the project (without sending documents).",
            ),
            checklist,
        )
    else:
        assert options.as_of is not None
        obj = report.to_json_obj(result)
        fsd = result.first_sick_day.value if result.first_sick_day else None
        row = CaseRow(
            name=name,
            path=path,
            packed=pack_report(obj),
            findings=sum(1 for f in obj["findings"] if f["code"] != "skipped"),
            errors=result.errors,
            warnings=result.warnings,
            documents=len(result.documents),
            complete=bool(obj["summary"]["complete"]),
            to_come=len(report.still_to_come(result)),
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
