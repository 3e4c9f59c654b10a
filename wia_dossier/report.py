"""Render a ScanResult as text, Markdown or JSON (schema ``wia-dossier.scan/1``). Pure: returns strings."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Any

from wia_dossier.messages import t as _t
from wia_dossier.model import Document, Finding, ScanResult, Severity

SCHEMA = "wia-dossier.scan/1"

_SEV_NL = {Severity.ERROR: "FOUT", Severity.WARNING: "LET OP", Severity.INFO: "info"}
_SEV_EN = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "info"}
_STATUS_NL = {
    "ok": "ok",
    "encrypted": "beveiligd",
    "unreadable": "onleesbaar",
    "empty": "leeg",
    "unsupported": "niet ondersteund",
    "excluded": "uitgesloten",
}
_TL_STATUS_NL = {"ok": "op tijd", "late": "te laat", "missing": "ontbreekt", "due": "nog te doen", "na": "n.v.t."}
_TL_STATUS_EN = {"ok": "on time", "late": "late", "missing": "missing", "due": "due", "na": "n/a"}


def _d(value: dt.date | None, lang: str) -> str:
    if value is None:
        return "-"
    return value.isoformat() if lang == "en" else value.strftime("%d-%m-%Y")


def complete(result: ScanResult) -> bool:
    """True when no required document is missing (no ``missing`` finding of severity error)."""
    return not any(f.code == "missing" and f.severity is Severity.ERROR for f in result.findings)


def still_to_come(result: ScanResult) -> list[str]:
    """Document types the dossier still waits for: due later (``deadline_ahead``) or missing but not yet an
    error (a ``missing`` warning). A dossier without errors is not ready to send while this is not empty."""
    out: list[str] = []
    for f in result.findings:
        waiting = f.code == "deadline_ahead" or (f.code == "missing" and f.severity is Severity.WARNING)
        if waiting and f.type and f.type not in out:
            out.append(f.type)
    return out


def document_dict(doc: Document) -> dict[str, Any]:
    """One document as in CONTRACT.md (plus a few extra keys)."""
    ex = doc.extracted
    return {
        "path": doc.path,
        "type": doc.type,
        "confidence": round(doc.confidence, 2),
        "date": doc.date.value.isoformat() if doc.date else None,
        "pages": ex.page_count,
        "status": str(ex.status),
        "reasons": list(doc.reasons),
        "date_source": doc.date.source if doc.date else None,
        "title": doc.title,
        "author_role": doc.author_role,
        "kind": str(ex.kind),
        "ocr": ex.facts.get("ocr") == "true",
        "override": doc.override,
    }


def finding_dict(f: Finding) -> dict[str, Any]:
    """One finding as in CONTRACT.md (plus source, due date and page where known)."""
    out: dict[str, Any] = {
        "code": f.code,
        "severity": str(f.severity),
        "type": f.type,
        "path": f.path,
        "message": f.message,
    }
    if f.source:
        out["source"] = f.source
    if f.due:
        out["due"] = f.due.isoformat()
    if f.page:
        out["page"] = f.page
    return out


def to_json_obj(result: ScanResult) -> dict[str, Any]:
    """The report as a JSON-ready dict (schema ``wia-dossier.scan/1``)."""
    timeline = []
    for row in result.timeline:
        timeline.append({k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()})
    return {
        "schema": SCHEMA,
        "case_dir": result.case_dir.as_posix(),
        "checklist": result.checklist_id,
        "as_of": result.as_of.isoformat(),
        "first_sick_day": result.first_sick_day.value.isoformat() if result.first_sick_day else None,
        "first_sick_day_source": result.first_sick_day.source if result.first_sick_day else None,
        "documents": [document_dict(d) for d in result.documents],
        "findings": [finding_dict(f) for f in result.findings],
        "timeline": timeline,
        "summary": {
            "documents": len(result.documents),
            "errors": result.errors,
            "warnings": result.warnings,
            "complete": complete(result),
        },
    }


def to_json(result: ScanResult) -> str:
    """The JSON report (UTF-8 text, stable key order)."""
    return json.dumps(to_json_obj(result), ensure_ascii=False, indent=2)


def _type_label(type_id: str | None, labels: dict[str, str], lang: str) -> str:
    if type_id is None:
        return _t(lang, "(geen RIV-document)", "(not an RIV document)")
    return labels.get(type_id, type_id)


def to_text(result: ScanResult, labels: dict[str, str], *, lang: str = "nl", verbose: bool = False) -> str:
    """A readable report for a terminal: documents, then findings, then the timeline."""
    lines: list[str] = []
    head = _t(lang, "Dossiercontrole", "Dossier check")
    lines.append(f"{head}: {result.case_dir.as_posix()}")
    fsd = result.first_sick_day
    lines.append(
        _t(lang, "Peildatum", "As of")
        + f": {_d(result.as_of, lang)}    "
        + _t(lang, "Eerste ziektedag", "First sick day")
        + f": {_d(fsd.value if fsd else None, lang)}"
        + (
            f" ({fsd.source})"
            if fsd
            else _t(lang, " (niet gevonden: geef --first-sick-day op)", " (not found: pass --first-sick-day)")
        )
    )
    if fsd:
        week = (result.as_of - fsd.value).days // 7 + 1
        lines.append(_t(lang, f"Ziekteweek op de peildatum: {week}", f"Week of sickness at the as-of date: {week}"))
    lines.append("")
    lines.append(_t(lang, f"Documenten ({len(result.documents)})", f"Documents ({len(result.documents)})"))
    width = min(60, max((_columns(_one_line(d.path)) for d in result.documents), default=10))
    for doc in result.documents:
        path = _fit(_one_line(doc.path), width)
        status = str(doc.status)
        status_txt = _STATUS_NL.get(status, status) if lang == "nl" else status
        tlabel = _type_label(doc.type, labels, lang)
        conf = f"{doc.confidence:.0%}" if doc.type else ""
        lines.append(
            f"  {path}  {tlabel:<34} {_d(doc.date.value if doc.date else None, lang):<10}  {conf:>4}  {status_txt}"
        )
        if doc.reasons:
            why = "; ".join(doc.reasons[: (8 if verbose else 3)])
            lines.append(f"  {'':<{width}}  ↳ {why}")
    lines.append("")
    lines.append(
        _t(lang, "Bevindingen", "Findings")
        + f" ({_counted(result.errors, lang, 'fout', 'fouten', 'error', 'errors')}, "
        + _counted(result.warnings, lang, "waarschuwing", "waarschuwingen", "warning", "warnings")
        + ")"
    )
    sev = _SEV_EN if lang == "en" else _SEV_NL
    shown = list(result.findings)
    if not shown:
        lines.append(_t(lang, "  Geen bevindingen.", "  No findings."))
    for f in shown:
        lines.append(f"  [{sev[f.severity]}] {_one_line(f.message)}")
    if result.timeline:
        lines.append("")
        lines.append(_t(lang, "Tijdlijn (Wet verbetering poortwachter)", "Timeline (Gatekeeper Improvement Act)"))
        rows = _timeline_rows(result)
        label_width = max([40, *(len(str(row.get("label", ""))) for row in rows)])  # a checklist's long label
        outdated = _outdated_paths(result)
        for row in rows:
            due = row.get("due")
            doc_path = row.get("document") or ""
            ddate = row.get("date")
            status = _row_status(row, outdated, lang)
            lines.append(
                f"  {_t(lang, 'week', 'week')} {row.get('week', ''):>3}  {_d(due if isinstance(due, dt.date) else None, lang):<10}  "
                f"{row.get('label', '')!s:<{label_width}} {status:<12} "
                + (f"{doc_path} ({_d(ddate if isinstance(ddate, dt.date) else None, lang)})" if doc_path else "")
            )
    lines.append("")
    coming = [_type_label(t, labels, lang) for t in still_to_come(result)]
    later = _t(lang, f" Nog te komen: {', '.join(coming)}.", f" Still to come: {', '.join(coming)}.") if coming else ""
    n_errors = _counted(result.errors, lang, "fout", "fouten", "error", "errors")
    if not complete(result):
        verdict = _t(lang, "Niet compleet: zie de fouten hierboven.", "Not complete: see the errors above.")
    elif result.errors:
        verdict = _t(
            lang,
            f"Er ontbreekt geen verplicht document dat nu al nodig is, maar los eerst {n_errors} op.{later}",
            f"No required document that is due now is missing, but fix {n_errors} first.{later}",
        )
    elif coming:
        verdict = _t(
            lang,
            f"Geen fouten, maar nog niet compleet (zie de tijdlijn).{later}",
            f"No errors, but not complete yet (see the timeline).{later}",
        )
    else:
        verdict = _t(
            lang, "Compleet: alle verplichte documenten zijn aanwezig.", "Complete: all required documents are present."
        )
    lines.append(verdict)
    return "\n".join(lines) + "\n"


def to_markdown(result: ScanResult, labels: dict[str, str], *, lang: str = "nl") -> str:
    """The report as Markdown (for a case file or an e-mail to the employer)."""
    out: list[str] = []
    fsd = result.first_sick_day
    out.append(f"# {_t(lang, 'Dossiercontrole', 'Dossier check')}: `{result.case_dir.as_posix()}`")
    out.append("")
    out.append(f"- {_t(lang, 'Checklist', 'Checklist')}: `{result.checklist_id}`")
    out.append(f"- {_t(lang, 'Peildatum', 'As of')}: {_d(result.as_of, lang)}")
    out.append(
        f"- {_t(lang, 'Eerste ziektedag', 'First sick day')}: {_d(fsd.value if fsd else None, lang)}"
        + (f" ({fsd.source})" if fsd else "")
    )
    coming = [_type_label(t, labels, lang) for t in still_to_come(result)]
    done = complete(result) and not coming
    out.append(
        f"- {_t(lang, 'Compleet', 'Complete')}: {_t(lang, 'ja', 'yes') if done else _t(lang, 'nee', 'no')}"
        + (
            _t(lang, f" (nog te komen: {', '.join(coming)})", f" (still to come: {', '.join(coming)})")
            if coming
            else ""
        )
        + f" — {_counted(result.errors, lang, 'fout', 'fouten', 'error', 'errors')}, "
        + _counted(result.warnings, lang, "waarschuwing", "waarschuwingen", "warning", "warnings")
    )
    out.append("")
    out.append(f"## {_t(lang, 'Bevindingen', 'Findings')}")
    out.append("")
    sev = _SEV_EN if lang == "en" else _SEV_NL
    shown = [f for f in result.findings if f.code != "skipped"]
    if not shown:
        out.append(_t(lang, "Geen bevindingen.", "No findings."))
    for f in shown:
        out.append(f"- **{sev[f.severity]}** `{f.code}` — {_md(f.message)}")
    out.append("")
    out.append(f"## {_t(lang, 'Documenten', 'Documents')}")
    out.append("")
    out.append(
        "| "
        + " | ".join(
            [
                _t(lang, "Bestand", "File"),
                _t(lang, "Soort", "Type"),
                _t(lang, "Datum", "Date"),
                _t(lang, "Zekerheid", "Confidence"),
                "Status",
                _t(lang, "Waarom", "Why"),
            ]
        )
        + " |"
    )
    out.append("|---|---|---|---|---|---|")
    for doc in result.documents:
        out.append(
            f"| {_md(doc.path)} | {_md(_type_label(doc.type, labels, lang))} | {_d(doc.date.value if doc.date else None, lang)} | "
            f"{f'{doc.confidence:.0%}' if doc.type else ''} | {_STATUS_NL.get(str(doc.status), str(doc.status)) if lang == 'nl' else doc.status} | "
            f"{_md('; '.join(doc.reasons[:3]))} |"
        )
    if result.timeline:
        out.append("")
        out.append(f"## {_t(lang, 'Tijdlijn', 'Timeline')}")
        out.append("")
        out.append(
            "| "
            + " | ".join(
                [
                    _t(lang, "Week", "Week"),
                    _t(lang, "Uiterlijk", "Due"),
                    _t(lang, "Mijlpaal", "Milestone"),
                    "Status",
                    _t(lang, "Document", "Document"),
                ]
            )
            + " |"
        )
        out.append("|---|---|---|---|---|")
        outdated = _outdated_paths(result)
        for row in _timeline_rows(result):
            due = row.get("due")
            ddate = row.get("date")
            doc_txt = (
                f"{row.get('document')} ({_d(ddate if isinstance(ddate, dt.date) else None, lang)})"
                if row.get("document")
                else ""
            )
            out.append(
                f"| {row.get('week', '')} | {_d(due if isinstance(due, dt.date) else None, lang)} | "
                f"{_md(str(row.get('label', '')))} | {_row_status(row, outdated, lang)} | {_md(doc_txt)} |"
            )
    return "\n".join(out) + "\n"


def _outdated_paths(result: ScanResult) -> set[str]:
    return {f.path for f in result.findings if f.code == "outdated" and f.path}


def _row_status(row: dict[str, Any], outdated: set[str], lang: str) -> str:
    """A timeline row's status in words; on time but too old for the application by now is 'te oud', as the
    findings say (the JSON keeps the status of the deadline)."""
    if row.get("status") == "ok" and row.get("document") in outdated:
        return _t(lang, "te oud", "too old")
    st = _TL_STATUS_EN if lang == "en" else _TL_STATUS_NL
    return st.get(str(row.get("status")), str(row.get("status")))


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _counted(n: int, lang: str, nl_one: str, nl_many: str, en_one: str, en_many: str) -> str:
    """'1 fout', '3 fouten' / '1 error', '3 errors'."""
    word = (en_one if n == 1 else en_many) if lang == "en" else (nl_one if n == 1 else nl_many)
    return f"{n} {word}"


def _one_line(text: str) -> str:
    """A file name with a newline or tab in it must not break the table."""
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ")


def _timeline_rows(result: ScanResult) -> list[dict[str, Any]]:
    """Milestones in date order (week 92 before week 93)."""
    return sorted(result.timeline, key=lambda r: (r.get("due") or dt.date.max, str(r.get("label", ""))))


def _columns(text: str) -> int:
    """Terminal columns of ``text``: wide characters (emoji, CJK) take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text
    )


def _fit(text: str, width: int) -> str:
    """``text`` cut from the left ('…' first) or padded with spaces to exactly ``width`` columns."""
    if _columns(text) > width:
        kept = ""
        for ch in reversed(text):
            if _columns(ch + kept) > width - 1:
                break
            kept = ch + kept
        text = "…" + kept
    return text + " " * max(0, width - _columns(text))
