"""The Poortwachter timeline rule: a row per milestone (deadline, document, status) and its late/early/ahead findings.

A milestone row's status is ``ok``, ``late`` (outside its deadline or window: for a window, also too
early), ``missing``, ``due`` (still ahead) or ``na``. Deadlines follow the counting convention in
``rules``; the milestones come from the checklist (``timeline.milestones``).

Ziektewet (ziek uit dienst): UWV asks the employer by letter for the re-integratieverslag, to be uploaded
within 2 weeks of the letter (DOMAIN §2.3). A checklist with ``riv_request_*`` parameters reads that
letter (``riv_request``); its deadline then dates the milestones marked ``due_request``, and the day it
was asked limits what the verslag must hold (``reference_day``), unless dossier.yaml gives ``aanvraag_wia``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wia_dossier.dates import find_dates
from wia_dossier.messages import msg, next_step
from wia_dossier.messages import t as tx
from wia_dossier.model import Severity
from wia_dossier.rules_context import (
    RuleContext,
    dated_docs,
    doc_date,
    doc_text,
    has_phrase,
    phrase_in,
    unreadable_stand_in,
    warns_now,
)
from wia_dossier.timeline import Milestone

if TYPE_CHECKING:
    from wia_dossier.model import Document

__all__ = ["Extension", "RivRequest", "check_timeline", "find_extension", "reference_day", "riv_request"]


@dataclass(frozen=True, slots=True)
class RivRequest:
    """UWV's letter asking for the re-integratieverslag, and the day the verslag must be uploaded by."""

    path: str
    asked: dt.date | None  # the letter's own date (None: the letter has no date, but names its deadline)
    due: dt.date
    explicit: bool  # the letter names the deadline ("uiterlijk 24 september 2025")


def label_before(before: str, labels: list[str]) -> bool:
    """Whether the text before a date ends in a deadline label (``re:`` patterns end in ``$``)."""
    tail = re.sub(r"\s+", " ", before.lower())
    for label in labels:
        if label.startswith("re:"):
            if re.search(label[3:], tail, re.IGNORECASE):
                return True
        elif tail.rstrip(" :").endswith(label.lower()):
            return True
    return False


def riv_request(ctx: RuleContext) -> RivRequest | None:
    """UWV's (earliest) letter asking for the re-integratieverslag, or None.

    Only for a checklist that defines ``riv_request_phrases``. A letter counts when its text has a phrase of
    every group (the verslag, sending or uploading it, a time limit) and it is not dated after ``as_of``. Its
    deadline is the first date after the letter's own that follows a ``riv_request_deadline_labels`` phrase,
    else ``riv_request_days`` after the letter's date.
    """
    if "riv_request_phrases" not in ctx.checklist.parameters:
        return None
    groups = [list(g) for g in ctx.p("riv_request_phrases")]
    labels = list(ctx.p("riv_request_deadline_labels"))
    days = int(ctx.p("riv_request_days"))
    found: list[RivRequest] = []
    for doc in sorted(ctx.of_type(*ctx.p("riv_request_types")), key=lambda d: d.path):
        text = doc_text(doc)
        if not text or not all(has_phrase(text, g) for g in groups):
            continue
        asked = doc_date(doc)
        if asked is not None and asked > ctx.as_of:
            continue  # a letter from the future does not count (the 'future' finding says so)
        named = sorted(
            h.value for h in find_dates(text) if (asked is None or h.value > asked) and label_before(h.before, labels)
        )
        if named:
            found.append(RivRequest(doc.path, asked, named[0], explicit=True))
        elif asked is not None:
            found.append(RivRequest(doc.path, asked, asked + dt.timedelta(days=days), explicit=False))
    if not found:
        return None
    return min(found, key=lambda r: (r.asked or r.due, r.path))


@dataclass(frozen=True, slots=True)
class Extension:
    """A vrijwillige verlenging (WIA art. 24): UWV's decision, the new end of the wachttijd, and the days it adds."""

    path: str
    end: dt.date
    normal_end: dt.date
    days: int
    from_week: int  # deadlines from this week on move with the end of the wachttijd


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def find_extension(ctx: RuleContext) -> Extension | None:
    """UWV's (latest) decision to extend the wachttijd, or None.

    Only for a checklist that defines ``extension_*`` parameters. A letter counts when its text has a phrase of
    every group of ``extension_phrases`` (an extension, the wachttijd, a decision), none of
    ``extension_not_phrases`` (a loonsanctie, a refusal), and it is not dated after ``as_of``. The new end is the
    latest date in a sentence with an ``extension_end_phrases`` phrase ("De wachttijd eindigt daardoor niet op 1 maart
    2026, maar op 30 augustus 2026"), if it lies after the normal end.
    """
    if "extension_types" not in ctx.checklist.parameters or ctx.clock is None:
        return None
    groups = [list(g) for g in ctx.p("extension_phrases")]
    excluded = list(ctx.p("extension_not_phrases"))
    ends_at = list(ctx.p("extension_end_phrases"))
    normal_end = ctx.clock.week_end(int(ctx.checklist.param("waiting_period_weeks", 104)))
    found: list[tuple[dt.date, str, dt.date]] = []
    for doc in ctx.of_type(*ctx.p("extension_types")):
        text = doc_text(doc)
        if not text or not all(has_phrase(text, g) for g in groups) or has_phrase(text, excluded):
            continue
        decided = doc_date(doc)
        if decided is not None and decided > ctx.as_of:
            continue  # a letter from the future does not count (the 'future' finding says so)
        ends = [
            h.value
            for sentence in _SENTENCE.split(text)
            if phrase_in(sentence, ends_at)
            for h in find_dates(sentence)
            if h.value > normal_end
        ]
        if ends:
            found.append((decided or dt.date.min, doc.path, max(ends)))
    if not found:
        return None
    _decided, path, end = max(found)  # a later decision replaces an earlier one
    return Extension(path, end, normal_end, (end - normal_end).days, int(ctx.p("extension_from_week")))


def _note_extension(ctx: RuleContext, ext: Extension) -> None:
    weeks, days = divmod(ext.days, 7)
    span_nl = f"{weeks} weken" + (f" en {days} dagen" if days else "")
    span_en = f"{weeks} weeks" + (f" and {days} days" if days else "")
    ctx.add(
        "extension",
        Severity.INFO,
        tx(
            ctx.lang,
            f"Vrijwillige verlenging van de loondoorbetaling ('{ext.path}'): de wachttijd eindigt op {ctx.d(ext.end)} "
            f"in plaats van {ctx.d(ext.normal_end)}. De termijnen vanaf week {ext.from_week} (eindevaluatie, "
            f"actueel oordeel, WIA-aanvraag) schuiven daarom {span_nl} op (WIA art. 24 lid 1 en art. 25 lid 3). "
            "Klopt dit niet, zet dan de juiste aanvraagdatum onder aanvraag_wia in dossier.yaml.",
            f"Voluntary extension of wage payment ('{ext.path}'): the waiting period ends on {ctx.d(ext.end)} instead "
            f"of {ctx.d(ext.normal_end)}. The deadlines from week {ext.from_week} on (final evaluation, current "
            f"assessment, WIA application) therefore move {span_en} (WIA art. 24(1) and art. 25(3)). If this is "
            "wrong, put the right application date under aanvraag_wia in dossier.yaml.",
        ),
        path=ext.path,
        source="WIA art. 24 lid 1; WIA art. 25 lid 3",
    )


def reference_day(ctx: RuleContext, request: RivRequest | None = None) -> dt.date:
    """The day that decides which documents the dossier must hold by now.

    ``ctx.ref`` (``as_of``, or the ``aanvraag_wia`` date if earlier); for a checklist that reads UWV's
    letter asking for the re-integratieverslag, and without ``aanvraag_wia``: the day UWV asked, if earlier.
    """
    if ctx.case.aanvraag_wia is not None:
        return ctx.ref
    request = request or riv_request(ctx)
    if request is None:
        return ctx.ref
    return min(ctx.ref, request.asked or request.due)


def demanded_by(ctx: RuleContext, type_id: str, day: dt.date) -> bool:
    """Whether completeness demands a document of ``type_id`` at ``day`` (``required`` always, or its week reached)."""
    if not ctx.checklist.has_type(type_id):
        return False
    dtype = ctx.checklist.type(type_id)
    if dtype.required == "always":
        return True
    return dtype.required == "from_week" and ctx.clock is not None and ctx.clock.week(day) >= (dtype.from_week or 0)


def _second_track(ctx: RuleContext) -> Document | None:
    """The document that asks for a second track, unless the EJE or the AD report motivates going without one."""
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
    # the reason to go without one stands in the first-year evaluation, or in the arbeidsdeskundige's advice on the
    # tracks that it relies on ('Geen tweede spoor: loonwaarde 80 %, een bevredigend resultaat')
    for doc in ctx.of_type("eerstejaarsevaluatie", "arbeidsdeskundig_rapport"):
        if has_phrase(doc_text(doc), ctx.p("second_track_motivation_phrases")):
            return None
    return trigger


def _earlier_spell(doc: Document, start: dt.date) -> bool:
    date = doc_date(doc)
    return date is not None and date < start


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
    request = riv_request(ctx)
    ref_day = reference_day(ctx, request)
    has_reference = ctx.case.aanvraag_wia is not None or request is not None
    if ctx.extension is not None:
        _note_extension(ctx, ctx.extension)
    for m in ms:
        # the deadline
        due: dt.date
        base = picked.get(m.after) if m.after is not None else None
        if base is not None and m.days is not None:
            due = base + dt.timedelta(days=m.days)
        else:
            assert m.week is not None
            due = clock.week_end(m.week)
            if ctx.extension is not None and m.week >= ctx.extension.from_week:
                due += dt.timedelta(days=ctx.extension.days)  # counted back from the extended end
        case_date = getattr(ctx.case, m.due_case) if m.due_case else None
        if case_date is not None and case_date < due:
            due = case_date
        # UWV's letter asking for the verslag dates it when dossier.yaml does not (Ziektewet)
        asked_due = m.due_request and case_date is None and request is not None and request.due < due
        if asked_due:
            assert request is not None
            due = request.due
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
            # a document dated before the first sick day belongs to an earlier spell (one that was not merged
            # with this one): its probleemanalyse starts no deadline of this spell
            candidates = [d for d in ctx.of_type(*m.types) if not _earlier_spell(d, clock.d0 - tol)]
            dated = dated_docs(candidates)
            if dated:
                doc = dated[0] if m.pick == "first" else dated[-1]
            elif candidates:
                doc = sorted(candidates, key=lambda d: d.path)[0]
            date = doc_date(doc)
        picked[m.id] = date
        row["document"] = doc.path if doc else None
        row["date"] = date

        if (
            (m.when == "second_track" and trigger is None)
            or (m.types and all(t in waived for t in m.types))
            or (m.within_reference and has_reference and doc is None and due > ref_day + tol)
        ):
            row["status"] = "na"
            rows.append(row)
            continue

        present = doc is not None or (m.case is not None and date is not None)
        stand_in = unreadable_stand_in(ctx, m.types) if m.types else None
        if stand_in is not None and (not present or (date is not None and date > due + tol)):
            # the unreadable file may be the document, on time: say so instead of a missed deadline
            row["status"] = "na"
            rows.append(row)
            ctx.add(
                "unverified",
                Severity.INFO,
                msg("unverified", lang, label=label, path=stand_in.path, due=ctx.d(due), week=week, source=source),
                type=m.types[0],
                path=stand_in.path,
                source=source,
            )
            continue
        if present and date is not None and date > due + tol:
            row["status"] = "late"
            _late(ctx, m, doc, date, due, week, label, source, trigger)
        elif present and date is not None and m.from_week is not None and date < clock.week_start(m.from_week) - tol:
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
        elif asked_due and m.types and all(demanded_by(ctx, t_, ref_day) for t_ in m.types):
            row["status"] = "missing"  # UWV has asked for the verslag: completeness reports the document missing
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
                evidence = set(ctx.p("second_track_evidence_types"))
                ctx.add(
                    "missing",
                    m.missing,
                    msg(
                        "missing_second_track" if set(m.types) <= evidence else "missing_no_return",
                        lang,
                        ref_path=trigger.path,
                        due=ctx.d(due),
                        week=week,
                        source=source,
                        label=label,
                        next=next_step(m.types[0], lang),
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
    _reference(ctx, ms, request, rows)
    return rows, due_of


def _reference(ctx: RuleContext, ms: list[Milestone], request: RivRequest | None, rows: list[dict[str, Any]]) -> None:
    """Say which date the verslag is judged at; a row for UWV's deadline, and a finding when it was missed.

    Only for a checklist that reads UWV's letter asking for the verslag (``riv_request_phrases``), and only
    when there is a date: ``aanvraag_wia`` in dossier.yaml, or the letter. Without either, nothing changes.
    """
    if "riv_request_phrases" not in ctx.checklist.parameters:
        return
    clock = ctx.clock
    assert clock is not None
    lang, tol = ctx.lang, dt.timedelta(days=ctx.tol)
    source = ctx.src("riv_request_days")
    labels = [m.label(lang) for m in ms if m.due_request]
    what = _join([lb[:1].lower() + lb[1:] for lb in labels], lang)
    sent = ctx.case.aanvraag_wia
    if sent is None and request is None:
        return
    if sent is not None:
        text = tx(
            lang,
            f"Het re-integratieverslag wordt getoetst op {ctx.d(sent)}, de datum waarop het naar UWV gaat"
            f" (aanvraag_wia in dossier.yaml): {what} moeten er dan zijn ({source}).",
            f"The return-to-work report is judged at {ctx.d(sent)}, the day it goes to UWV (aanvraag_wia in"
            f" dossier.yaml): the {what} must be there by then ({source}).",
        )
        if request is not None:
            text += " " + tx(
                lang,
                f"UWV vroeg erom in '{request.path}' en wil het uiterlijk {ctx.d(request.due)}.",
                f"UWV asked for it in '{request.path}' and wants it by {ctx.d(request.due)}.",
            )
        ctx.add("riv_reference", Severity.INFO, text, path=request.path if request else None, source=source)
    else:
        assert request is not None
        weeks, rest = divmod(int(ctx.p("riv_request_days")), 7)
        if request.explicit:
            how = tx(lang, "de datum in de brief", "the date in the letter")
        elif rest == 0:
            how = tx(lang, f"{weeks} weken na de brief", f"{weeks} weeks after the letter")
        else:
            how = tx(lang, f"{weeks * 7 + rest} dagen na de brief", f"{weeks * 7 + rest} days after the letter")
        asked = (
            tx(lang, f"op {ctx.d(request.asked)}", f"on {ctx.d(request.asked)}")
            if request.asked
            else tx(lang, "in een brief zonder datum", "in an undated letter")
        )
        ctx.add(
            "riv_reference",
            Severity.INFO,
            tx(
                lang,
                f"UWV vroeg {asked} om het re-integratieverslag ('{request.path}'): uploaden uiterlijk"
                f" {ctx.d(request.due)} ({how}; {source}). {what[:1].upper() + what[1:]} worden aan die termijn"
                " getoetst. Zet de datum waarop het verslag naar UWV gaat onder aanvraag_wia in dossier.yaml.",
                f"UWV asked for the return-to-work report {asked} ('{request.path}'): upload it by"
                f" {ctx.d(request.due)} ({how}; {source}). The {what} are judged against that deadline. Put the"
                " day the report goes to UWV under aanvraag_wia in dossier.yaml.",
            ),
            path=request.path,
            source=source,
            due=request.due,
        )
    if request is None:
        return
    # the row for UWV's deadline
    due = request.due
    row: dict[str, Any] = {
        "id": "riv_request",
        "label": tx(
            lang, "Re-integratieverslag naar UWV (brief van UWV)", "Return-to-work report to UWV (UWV's letter)"
        ),
        "week": clock.week(due),
        "due": due,
        "document": request.path,
        "date": request.asked,
    }
    late_severity = ctx.p("riv_request_late_severity")
    if sent is not None and sent > due + tol:
        row["status"] = "late"
        ctx.add(
            "late",
            late_severity,
            tx(
                lang,
                f"Het re-integratieverslag ging op {ctx.d(sent)} naar UWV (aanvraag_wia in dossier.yaml), na de termijn"
                f" van {ctx.d(due)} uit de brief van UWV ('{request.path}') ({source}). Leg vast waarom het later was.",
                f"The return-to-work report went to UWV on {ctx.d(sent)} (aanvraag_wia in dossier.yaml), after the"
                f" deadline of {ctx.d(due)} in UWV's letter ('{request.path}') ({source}). Record why it was late.",
            ),
            path=request.path,
            source=source,
            due=due,
        )
    elif sent is not None:
        row["status"] = "due" if sent > ctx.as_of else "ok"
    elif ctx.as_of <= due + tol:
        row["status"] = "due"
    else:
        row["status"] = "missing"
        ctx.add(
            "late",
            Severity.WARNING,
            tx(
                lang,
                f"De termijn uit de brief van UWV ('{request.path}') was {ctx.d(due)} en de datum waarop het"
                f" re-integratieverslag naar UWV ging is niet bekend ({source}). Zet die datum onder aanvraag_wia in"
                " dossier.yaml.",
                f"The deadline in UWV's letter ('{request.path}') was {ctx.d(due)} and the day the return-to-work"
                f" report went to UWV is unknown ({source}). Put that day under aanvraag_wia in dossier.yaml.",
            ),
            path=request.path,
            source=source,
            due=due,
        )
    rows.append(row)


def _join(items: list[str], lang: str) -> str:
    """'a, b en c' (nl) or 'a, b and c' (en)."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + tx(lang, " en ", " and ") + items[-1]


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
    if warns_now(ctx, m):
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
        text = msg("deadline_ahead", ctx.lang, label=label, due=ctx.d(due), week=week, days=days, source=source)
    ctx.add("deadline_ahead", Severity.INFO, text, type=m.types[0] if m.types else None, source=source, due=due)
