"""The Poortwachter timeline rule: a row per milestone (deadline, document, status) and its late/early/ahead findings.

A milestone row's status is ``ok``, ``late`` (outside its deadline or window: for a window, also too
early), ``missing``, ``due`` (still ahead) or ``na``. Deadlines follow the counting convention in
``rules``; the milestones come from the checklist (``timeline.milestones``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from wia_dossier.messages import msg, next_step
from wia_dossier.model import Severity
from wia_dossier.rules_context import RuleContext, dated_docs, doc_date, doc_text, has_phrase
from wia_dossier.timeline import Milestone

if TYPE_CHECKING:
    from wia_dossier.model import Document

__all__ = ["check_timeline"]


def _second_track(ctx: RuleContext) -> Document | None:
    """The document that asks for a second track, unless the EJE motivates going without one."""
    trigger_types = ctx.p("second_track_trigger_types")
    phrases = ctx.p("second_track_trigger_phrases")
    trigger = next(
        (
            d
            for d in dated_docs(ctx.of_type(*trigger_types))
            + [d for d in ctx.of_type(*trigger_types) if d.date is None]
            if has_phrase(doc_text(d), phrases)
        ),
        None,
    )
    if trigger is None:
        return None
    for eje in ctx.of_type("eerstejaarsevaluatie"):
        if has_phrase(doc_text(eje), ctx.p("second_track_motivation_phrases")):
            return None
    return trigger


def check_timeline(
    ctx: RuleContext, ms: list[Milestone], waived: dict[str, tuple[str, str]]
) -> tuple[list[dict[str, Any]], dict[str, tuple[Milestone, dt.date]]]:
    """The timeline rows, and per type id the milestone and deadline that demand it (for completeness)."""
    clock = ctx.clock
    assert clock is not None
    lang, tol = ctx.lang, dt.timedelta(days=ctx.tol)
    rows: list[dict[str, Any]] = []
    picked: dict[str, dt.date | None] = {}
    due_of: dict[str, tuple[Milestone, dt.date]] = {}
    trigger = _second_track(ctx) if any(m.when == "second_track" for m in ms) else None
    for m in ms:
        # the deadline
        due: dt.date
        base = picked.get(m.after) if m.after is not None else None
        if base is not None and m.days is not None:
            due = base + dt.timedelta(days=m.days)
        else:
            assert m.week is not None
            due = clock.week_end(m.week)
        case_date = getattr(ctx.case, m.due_case) if m.due_case else None
        if case_date is not None and case_date < due:
            due = case_date
        week = clock.week(due)
        for t in m.types:
            due_of.setdefault(t, (m, due))
        label = m.label(lang)
        source = m.source or (ctx.checklist.type(m.types[0]).source if m.types else "")
        row: dict[str, Any] = {
            "id": m.id,
            "label": label,
            "week": week,
            "due": due,
            "document": None,
            "date": None,
        }

        # which document
        doc: Document | None = None
        date: dt.date | None = None
        if m.case is not None:
            date = getattr(ctx.case, m.case)
        else:
            candidates = ctx.of_type(*m.types)
            dated = dated_docs(candidates)
            if dated:
                doc = dated[0] if m.pick == "first" else dated[-1]
            elif candidates:
                doc = sorted(candidates, key=lambda d: d.path)[0]
            date = doc_date(doc)
        picked[m.id] = date
        row["document"] = doc.path if doc else None
        row["date"] = date

        if (m.when == "second_track" and trigger is None) or (m.types and all(t in waived for t in m.types)):
            row["status"] = "na"
            rows.append(row)
            continue

        present = doc is not None or (m.case is not None and date is not None)
        if present and date is not None and date > due + tol:
            row["status"] = "late"
            _late(ctx, m, doc, date, due, week, label, source, trigger)
        elif (
            present
            and date is not None
            and m.from_week is not None
            and date < clock.week_start(m.from_week) - tol
        ):
            row["status"] = "late"
            if m.early != "none":
                ctx.add(
                    "early",
                    m.early,
                    msg(
                        "early",
                        lang,
                        label=label,
                        date=ctx.d(date),
                        from_week=m.from_week,
                        week=week,
                        start=ctx.d(clock.week_start(m.from_week)),
                        due=ctx.d(due),
                        source=source,
                    ),
                    type=m.types[0] if m.types else None,
                    path=doc.path if doc else None,
                    source=source,
                    due=due,
                )
        elif present and not (m.case is not None and date is not None and date > ctx.as_of):
            row["status"] = "ok"
        elif ctx.as_of <= due + tol:
            row["status"] = "due"
            _ahead(ctx, m, due, week, label, source, date)
        else:
            row["status"] = "missing"
            if m.case is not None:
                ctx.add(
                    "late",
                    Severity.WARNING,
                    msg("application_unknown", lang, week=week, due=ctx.d(due), source=source),
                    source=source,
                    due=due,
                )
            elif m.missing != "none" and trigger is not None and m.when == "second_track":
                ctx.add(
                    "missing",
                    m.missing,
                    msg(
                        "missing_second_track",
                        lang,
                        ref_path=trigger.path,
                        due=ctx.d(due),
                        week=week,
                        source=source,
                    ),
                    type=m.types[0],
                    source=source,
                    due=due,
                )
            elif m.missing != "none":
                ctx.add(
                    "missing",
                    m.missing,
                    msg("missing", lang, label=label, source=source, next=next_step(m.types[0], lang)),
                    type=m.types[0],
                    source=source,
                    due=due,
                )
        rows.append(row)
    return rows, due_of


def _late(
    ctx: RuleContext,
    m: Milestone,
    doc: Document | None,
    date: dt.date,
    due: dt.date,
    week: int,
    label: str,
    source: str,
    trigger: Document | None,
) -> None:
    lang = ctx.lang
    if m.late == "none":
        return
    severity = m.late
    path = doc.path if doc else None
    type_id = m.types[0] if m.types else None
    if m.case is not None:
        when = (
            ("planned" if lang == "en" else "gepland op")
            if date > ctx.as_of
            else ("filed" if lang == "en" else "ingediend op")
        )
        ctx.add(
            "late",
            severity,
            msg(
                "late_application",
                lang,
                when=when,
                date=ctx.d(date),
                due=ctx.d(due),
                week=week,
                source=source,
                next=msg(
                    "late_application_planned" if date > ctx.as_of else "late_application_filed",
                    lang,
                    due=ctx.d(due),
                ),
            ),
            source=source,
            due=due,
        )
        return
    if m.when == "second_track":
        ctx.add(
            "late",
            severity,
            msg(
                "late_second_track",
                lang,
                date=ctx.d(date),
                path=path,
                due=ctx.d(due),
                week=week,
                source=source,
            ),
            type=doc.type if doc else type_id,
            path=path,
            source=source,
            due=due,
        )
        return
    if m.motivation:
        motivated = doc is not None and has_phrase(doc_text(doc), ctx.p("motivation_phrases")) is not None
        if motivated and severity == "error":
            severity = "warning"
        nxt = msg("late_motivated" if motivated else "late_unmotivated", lang)
    else:
        nxt = msg("late_generic", lang)
    ctx.add(
        "late",
        severity,
        msg("late", lang, label=label, date=ctx.d(date), due=ctx.d(due), week=week, source=source, next=nxt),
        type=type_id,
        path=path,
        source=source,
        due=due,
    )


def _ahead(
    ctx: RuleContext, m: Milestone, due: dt.date, week: int, label: str, source: str, planned: dt.date | None
) -> None:
    assert ctx.clock is not None
    days = max(0, (due - ctx.as_of).days)
    if m.warn_from_week is not None and ctx.clock.week(ctx.as_of) >= m.warn_from_week:
        return  # completeness reports it as a missing document (warning) instead
    if planned is not None:
        text = msg(
            "deadline_ahead_planned",
            ctx.lang,
            label=label,
            date=ctx.d(planned),
            due=ctx.d(due),
            week=week,
            days=days,
            source=source,
        )
    else:
        text = msg(
            "deadline_ahead", ctx.lang, label=label, due=ctx.d(due), week=week, days=days, source=source
        )
    ctx.add(
        "deadline_ahead", Severity.INFO, text, type=m.types[0] if m.types else None, source=source, due=due
    )
