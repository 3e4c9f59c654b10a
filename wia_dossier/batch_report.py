"""The batch overview as text for the terminal, CSV for Excel, JSON lines and HTML (pure: BatchResult in, str out)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wia_dossier.batch_case import CaseRow
from wia_dossier.errors import ConfigError, UsageError
from wia_dossier.messages import t as _t

if TYPE_CHECKING:
    from wia_dossier.batch import BatchResult

__all__ = [
    "CSV_COLUMNS",
    "csv_delimiter",
    "days_text",
    "html_context",
    "iter_json_lines",
    "status_text",
    "summary_text",
    "to_csv",
    "to_html",
    "to_json_lines",
    "to_text",
]


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
    return _t(
        lang, f"{-days} {'dag' if days == -1 else 'dagen'} geleden", f"{-days} day{'s' if days != -1 else ''} ago"
    )


def status_text(row: CaseRow, lang: str) -> str:
    """What the user should read in the status column."""
    if row.timed_out:
        return _t(lang, "te traag, gestopt", "too slow, stopped")
    if row.failure:
        return _t(lang, "kan niet worden gelezen", "cannot be read")
    if row.errors:
        return _t(
            lang,
            f"{row.errors} {'fout' if row.errors == 1 else 'fouten'} oplossen",
            f"fix {row.errors} error{'s' if row.errors != 1 else ''}",
        )
    if row.to_come:
        return _t(
            lang,
            f"op schema, nog {row.to_come} {'stuk' if row.to_come == 1 else 'stukken'}",
            f"on track, {row.to_come} document{'s' if row.to_come != 1 else ''} to come",
        )
    return _t(lang, "klaar om te versturen", "ready to send")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def to_text(result: BatchResult, *, lang: str = "nl") -> str:
    """The overview as a terminal table, most urgent case first."""
    head = [
        _t(lang, "Dossier", "Case"),
        _t(lang, "Week", "Week"),
        _t(lang, "Fouten", "Errors"),
        _t(lang, "Let op", "Warn."),
        _t(lang, "Volgende termijn", "Next deadline"),
        _t(lang, "Datum", "Date"),
        _t(lang, "Dagen", "Days"),
        "Status",
    ]
    table: list[list[str]] = []
    for r in result.rows:
        d = r.deadline
        table.append(
            [
                _cut(r.name, 40),
                str(r.week) if r.week is not None else "-",
                str(r.errors),
                str(r.warnings),
                _cut(d.label, 34) if d else "-",
                _date(d.due, lang) if d else "-",
                days_text(d.days_left, lang) if d else "-",
                status_text(r, lang),
            ]
        )
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(head)]
    right = {1, 2, 3}
    lines = []
    for cells in [head, ["-" * w for w in widths], *table]:
        lines.append(
            "  ".join(
                c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()
        )
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
        f"{n} {'dossier' if n == 1 else 'dossiers'} op {_date(result.as_of, lang)}: "
        f"{result.cases_with_errors} met fouten"
        + (f" (waarvan {', '.join(nl)})" if nl else "")
        + f", {ready} klaar om te versturen ({secs} s).",
        f"{n} {'case' if n == 1 else 'cases'} as of {_date(result.as_of, lang)}: "
        f"{result.cases_with_errors} with errors"
        + (f" ({', '.join(en)})" if en else "")
        + f", {ready} ready to send ({secs} s).",
    )


CSV_COLUMNS = (
    "case",
    "case_dir",
    "status",
    "week",
    "first_sick_day",
    "errors",
    "warnings",
    "documents",
    "complete",
    "next_deadline",
    "next_deadline_date",
    "days_left",
    "message",
)
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
        raise UsageError(
            f"Scheidingsteken '{delimiter}' wordt niet ondersteund; kies ';' of ','.",
            en=f"Separator '{delimiter}' is not supported; choose ';' or ','.",
        )
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
            r.name,
            r.path.as_posix(),
            "failed" if r.failure else ("errors" if r.errors else ("ready" if r.ready else "pending")),
            r.week if r.week is not None else "",
            r.first_sick_day.isoformat() if r.first_sick_day else "",
            r.errors,
            r.warnings,
            r.documents,
            "yes" if r.complete else "no",
            d.label if d else "",
            d.due.isoformat() if d else "",
            d.days_left if d else "",
            msg,
        ]
        if excel:
            cells = [
                f"'{c}" if col in _CSV_TEXT and str(c).startswith(_FORMULA_START) else c
                for col, c in zip(CSV_COLUMNS, cells, strict=True)
            ]
        writer.writerow(cells)
    return buf.getvalue()


def to_json_lines(result: BatchResult) -> str:
    """One ``wia-dossier.scan/1`` object per line (exactly ``report.to_json_obj``), most urgent first."""
    return "".join(iter_json_lines(result))


def iter_json_lines(result: BatchResult) -> Iterator[str]:
    """``to_json_lines`` one line at a time (the CLI writes them as they come: memory stays flat)."""
    for r in result.rows:
        yield r.report_json + "\n"


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
            css = "ready" if r.ready else "pending"
        rows.append(
            {
                "name": r.name,
                # the folder as batch found it (ROOT/...), so the hint's command works from where batch ran
                "path": r.path.as_posix(),
                "css": css,
                "status": status_text(r, lang),
                "week": r.week,
                "first_sick_day": _date(r.first_sick_day, lang) if r.first_sick_day else None,
                "errors": r.errors,
                "warnings": r.warnings,
                "documents": r.documents,
                "complete": r.complete,
                "failure": r.failure,
                "deadline": None
                if d is None
                else {
                    "label": d.label,
                    "date": _date(d.due, lang),
                    "days": days_text(d.days_left, lang),
                    "week": d.week,
                    "soon": d.days_left <= soon_days,
                },
                "findings": [
                    {
                        "severity": f["severity"],
                        "severity_label": sev.get(f["severity"], f["severity"]),
                        "message": f["message"],
                    }
                    for f in r.top_findings
                ],
                "more_findings": max(0, r.findings - len(r.top_findings)),
            }
        )
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
