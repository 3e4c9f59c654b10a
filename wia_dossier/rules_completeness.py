"""The completeness rule: every document type the checklist demands by now is there, or waived by another's text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wia_dossier.messages import msg, next_step
from wia_dossier.messages import t as tx
from wia_dossier.model import Document, Severity
from wia_dossier.rules_context import RuleContext, doc_text, has_phrase, stated_phrase, unreadable_stand_in, warns_now
from wia_dossier.rules_timeline import RivRequest, reference_day, riv_request
from wia_dossier.timeline import Milestone

__all__ = ["check_completeness", "find_waivers"]


def find_waivers(ctx: RuleContext) -> dict[str, tuple[str, str]]:
    """type id -> (path, phrase) of the document whose text waives it."""
    out: dict[str, tuple[str, str]] = {}
    for t in ctx.checklist.types:
        if not t.waived_by or ctx.of_type(t.id):
            continue
        for doc in sorted(ctx.docs, key=lambda d: d.path):
            phrase = has_phrase(doc_text(doc), t.waived_by)
            if phrase and not _overtaken(ctx, doc, t.waived_by):
                out[t.id] = (doc.path, phrase)
                ctx.add(
                    "waived",
                    Severity.INFO,
                    msg(
                        "waived",
                        ctx.lang,
                        label=t.label(ctx.lang),
                        path=doc.path,
                        phrase=phrase,
                        source=t.source,
                    ),
                    type=t.id,
                    path=doc.path,
                    source=t.source,
                )
                break
    return out


def _overtaken(ctx: RuleContext, doc: Document, phrases: Any) -> bool:
    """Whether a later document of the same line (a bijstelling of the probleemanalyse that waived the plan) no longer
    says so: the latest judgement counts ('geen benutbare mogelijkheden' in the PA, 'nu wel mogelijkheden' after it)."""
    if doc.type is None or doc.date is None or not ctx.checklist.has_type(doc.type):
        return False
    line = {doc.type}
    later = ctx.checklist.type(doc.type).later_as
    if later is not None:
        line.add(later)
    line |= {t.id for t in ctx.checklist.types if t.later_as == doc.type}
    after = [d for d in ctx.of_type(*line) if d.date is not None and d.date.value > doc.date.value]
    if not after:
        return False
    latest = max(after, key=lambda d: (d.date.value, d.path))  # type: ignore[union-attr]
    return not has_phrase(doc_text(latest), phrases)


def check_completeness(
    ctx: RuleContext,
    waived: dict[str, tuple[str, str]],
    due_of: dict[str, tuple[Milestone, dt.date]],
    *,
    timed: bool,
) -> None:
    """``missing`` findings for the types the checklist demands by now (``timed``: D0 known, deadlines count).

    "By now" is ``rules_timeline.reference_day``: ``as_of``, the ``aanvraag_wia`` date if earlier, or (Ziektewet)
    the day UWV asked for the verslag. Once UWV has asked, a document the verslag must hold is missing at once,
    with UWV's deadline in the message: the verslag goes in within that deadline, complete.
    """
    lang = ctx.lang
    request = riv_request(ctx) if timed else None
    ref_day = reference_day(ctx, request) if timed else ctx.ref
    for t in ctx.checklist.types:
        if t.required == "optional" or ctx.of_type(t.id) or t.id in waived:
            continue
        label = t.label(lang)
        stand_in = unreadable_stand_in(ctx, [t.id])
        if stand_in is not None:
            # an unreadable file whose name says it is this document: not missing, but not checked either
            if not any(f.code == "unverified" and f.type == t.id for f in ctx.findings):
                ctx.add(
                    "unverified",
                    Severity.INFO,
                    msg("unverified_present", lang, label=label, path=stand_in.path, source=t.source),
                    type=t.id,
                    path=stand_in.path,
                    source=t.source,
                )
            continue
        if t.required == "if_referenced":
            for doc in sorted(ctx.docs, key=lambda d: d.path):
                if stated_phrase(doc_text(doc), t.referenced_by):
                    ctx.add(
                        "missing",
                        t.severity,
                        msg(
                            "missing_referenced",
                            lang,
                            label=label,
                            ref_path=doc.path,
                            source=t.source,
                            next=next_step(t.id, lang),
                        ),
                        type=t.id,
                        source=t.source,
                    )
                    break
            continue
        if not timed and t.required != "always":
            continue
        milestone = due_of.get(t.id)
        due = milestone[1] if milestone else None
        if t.required == "from_week" and ctx.clock is not None:
            reached = ctx.clock.week(ref_day) >= (t.from_week or 0)
            # a dossier.yaml date that has passed (the application was filed early) demands it too
            case_date = getattr(ctx.case, milestone[0].due_case) if milestone and milestone[0].due_case else None
            if not reached and not (
                case_date is not None and due == case_date and ctx.as_of > due + dt.timedelta(days=ctx.tol)
            ):
                # not yet demanded; a warning when the milestone says "remind from week n"
                _warn_ahead(ctx, t.id, milestone)
                continue
        if request is not None and _asked(ctx, milestone, request):
            ctx.add(
                "missing",
                t.severity,
                _missing_asked(ctx, label, request, t.source, next_step(t.id, lang)),
                type=t.id,
                source=t.source,
                due=due,
            )
            continue
        if due is not None and ctx.as_of <= due + dt.timedelta(days=ctx.tol):
            # the deadline is still ahead: the timeline row says deadline_ahead
            _warn_ahead(ctx, t.id, milestone)
            continue
        ctx.add(
            "missing",
            t.severity,
            msg("missing", lang, label=label, source=t.source, next=next_step(t.id, lang)),
            type=t.id,
            source=t.source,
            due=due,
        )


def _asked(ctx: RuleContext, milestone: tuple[Milestone, dt.date] | None, request: RivRequest | None) -> bool:
    """Whether the milestone's deadline is the one in UWV's letter asking for the verslag."""
    if milestone is None or request is None or not milestone[0].due_request:
        return False
    m, due = milestone
    case_date = getattr(ctx.case, m.due_case) if m.due_case else None
    return case_date is None and due == request.due


def _missing_asked(ctx: RuleContext, label: str, request: RivRequest, source: str, nxt: str) -> str:
    """'X ontbreekt; UWV vroeg op <date> om het re-integratieverslag ('<path>') en wil het uiterlijk <due>'."""
    lang = ctx.lang
    days = (request.due - ctx.as_of).days
    left = (
        tx(lang, f"nog {days} dagen", f"{days} days left")
        if days >= 0
        else tx(lang, "die termijn is voorbij", "that deadline has passed")
    )
    asked = tx(lang, f"op {ctx.d(request.asked)} ", f"on {ctx.d(request.asked)} ") if request.asked else ""
    return tx(
        lang,
        f"{label} ontbreekt; UWV vroeg {asked}om het re-integratieverslag ('{request.path}') en wil het uiterlijk"
        f" {ctx.d(request.due)}, {left} ({source}). {nxt}",
        f"{label} is missing; UWV asked {asked}for the return-to-work report ('{request.path}') and wants it by"
        f" {ctx.d(request.due)}, {left} ({source}). {nxt}",
    )


def _warn_ahead(ctx: RuleContext, type_id: str, milestone: tuple[Milestone, dt.date] | None) -> None:
    if milestone is None or ctx.clock is None:
        return
    m, due = milestone
    if not warns_now(ctx, m):
        return
    t = ctx.checklist.type(type_id)
    ctx.add(
        "missing",
        Severity.WARNING,
        msg(
            "missing_ahead",
            ctx.lang,
            label=t.label(ctx.lang),
            due=ctx.d(due),
            week=ctx.clock.week(due),
            days=max(0, (due - ctx.as_of).days),
            source=t.source,
            next=next_step(type_id, ctx.lang),
        ),
        type=type_id,
        source=t.source,
        due=due,
    )
