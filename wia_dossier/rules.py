"""The checklist's rules over a classified dossier: completeness, Poortwachter deadlines, order, freshness, content, BSN.

Pure: no filesystem, no clock (``as_of`` is passed), no logging of document text. Every number
and phrase comes from the checklist's ``parameters`` and ``milestones`` (DOMAIN §8).

Counting convention (DOMAIN §2.1): D0 is the first sick day; week n runs D0+7(n-1) .. D0+7n-1 and
a deadline "in week n" is D0+7n-1, with ``day_tolerance`` days of slack before a document counts
as late. Recovered days between merged spells (``ziekteperiodes``, WIA art. 23 lid 3) are not
counted, see ``timeline.SickClock``. A milestone row's status is ``ok``, ``late`` (outside its
deadline or window: for a window, also too early), ``missing``, ``due`` (still ahead) or ``na``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wia_dossier.bsn import bsn_valid, find_bsns, mask_bsn, normalize_bsn
from wia_dossier.messages import fmt_date, long_date, msg, next_step
from wia_dossier.model import Finding, Severity, Status
from wia_dossier.timeline import Milestone, SickClock, build_clock, milestones

if TYPE_CHECKING:
    from wia_dossier.checklist import Checklist
    from wia_dossier.model import CaseFile, DateFound, Document

__all__ = ["evaluate", "has_phrase"]


# ---------------------------------------------------------------------------------------------
# text matching


@functools.lru_cache(maxsize=512)
def _norm(text: str) -> str:
    # cached: the rules ask about the same documents' text many times (81 times for 40 documents);
    # normalising it anew each time was two thirds of the rules' run time
    text = text.replace("\u00ad", "").replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", text.lower())


def _match(norm_text: str, phrase: str) -> bool:
    if phrase.startswith("re:"):
        return re.search(phrase[3:], norm_text, re.IGNORECASE) is not None
    return _norm(phrase) in norm_text


def has_phrase(text: str, phrases: list[str] | tuple[str, ...]) -> str | None:
    """The first of ``phrases`` found in ``text`` (case- and whitespace-insensitive), or None.

    A phrase starting with ``re:`` is a regular expression (the checklist convention).
    """
    t = _norm(text)
    for p in phrases:
        if _match(t, p):
            return p
    return None


# ---------------------------------------------------------------------------------------------


@dataclass
class _Ctx:
    checklist: Checklist
    case: CaseFile
    as_of: dt.date
    lang: str
    docs: list[Document]
    clock: SickClock | None = None
    ref: dt.date = dt.date.min  # the week reached: as_of, or the application date if earlier
    tol: int = 1
    findings: list[Finding] = field(default_factory=list)

    def p(self, name: str) -> Any:
        if name not in self.checklist.parameters:
            from wia_dossier.errors import ConfigError

            raise ConfigError(
                self.checklist.path,
                f"parameter '{name}' ontbreekt; de regels hebben hem nodig.",
                key="parameters",
            )
        return self.checklist.param(name)

    def src(self, name: str) -> str:
        return self.checklist.param_source(name)

    def d(self, day: dt.date) -> str:
        return fmt_date(day, self.lang)

    def label(self, type_id: str) -> str:
        return self.checklist.type(type_id).label(self.lang) if self.checklist.has_type(type_id) else type_id

    def add(self, code: str, severity: str | Severity, message: str, **kw: Any) -> None:
        self.findings.append(Finding(code=code, severity=Severity(severity), message=message, **kw))

    def of_type(self, *types: str) -> list[Document]:
        return [d for d in self.docs if d.type in types]


def _text(doc: Document) -> str:
    return doc.extracted.text if doc.extracted.status is Status.OK else ""


def _dated(docs: list[Document]) -> list[Document]:
    return sorted((d for d in docs if d.date is not None), key=lambda d: (d.date.value, d.path))  # type: ignore[union-attr]


def _latest(docs: list[Document]) -> Document | None:
    dated = _dated(docs)
    if dated:
        return dated[-1]
    return sorted(docs, key=lambda d: d.path)[-1] if docs else None


def _date(doc: Document | None) -> dt.date | None:
    return doc.date.value if doc is not None and doc.date is not None else None


def evaluate(
    documents: list[Document],
    checklist: Checklist,
    case: CaseFile,
    first_sick_day: DateFound | None,
    as_of: dt.date,
    *,
    lang: str = "nl",
) -> tuple[list[Finding], list[dict[str, Any]]]:
    """Judge the dossier at ``as_of``.

    Args:
        documents: the classified documents (``type``, ``date``, extracted text).
        checklist: the checklist: document types, parameters and milestones.
        case: the facts of dossier.yaml (application date, spells, BSN).
        first_sick_day: D0, or None when unknown (then no deadline is checked).
        as_of: the date the dossier is judged at (``--as-of``).
        lang: ``nl`` or ``en`` for the messages.

    Returns:
        The findings (sorted: errors first) and the timeline rows: dicts with ``id``, ``label``,
        ``week``, ``due``, ``document``, ``date`` and ``status`` (ok | late | missing | due | na).

    Raises:
        ConfigError: the checklist's milestones or parameters are invalid.
    """
    ms = milestones(checklist)
    docs = [
        d
        for d in documents
        if d.type is not None and d.status is not Status.EXCLUDED and checklist.has_type(d.type)
    ]
    ctx = _Ctx(checklist, case, as_of, lang, docs, tol=int(checklist.param("day_tolerance", 0)))
    ctx.ref = min(as_of, case.aanvraag_wia) if case.aanvraag_wia else as_of

    _bsn_rules(ctx)
    _content_rules(ctx, first_sick_day.value if first_sick_day else None)
    _order_rule(ctx)
    waived = _waivers(ctx)
    rows: list[dict[str, Any]] = []
    if first_sick_day is None:
        ctx.add("no_first_sick_day", Severity.WARNING, msg("no_first_sick_day", lang))
        _completeness(ctx, waived, {}, timed=False)
    else:
        ctx.clock = build_clock(first_sick_day.value, case, checklist)
        rows, due_of = _timeline(ctx, ms, waived)
        _completeness(ctx, waived, due_of, timed=True)
        _eval_gaps(ctx, waived)
        _freshness(ctx)
    return sorted(ctx.findings, key=Finding.sort_key), rows


# ---------------------------------------------------------------------------------------------
# completeness


def _waivers(ctx: _Ctx) -> dict[str, tuple[str, str]]:
    """type id -> (path, phrase) of the document whose text waives it."""
    out: dict[str, tuple[str, str]] = {}
    for t in ctx.checklist.types:
        if not t.waived_by or ctx.of_type(t.id):
            continue
        for doc in sorted(ctx.docs, key=lambda d: d.path):
            phrase = has_phrase(_text(doc), t.waived_by)
            if phrase:
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


def _completeness(
    ctx: _Ctx,
    waived: dict[str, tuple[str, str]],
    due_of: dict[str, tuple[Milestone, dt.date]],
    *,
    timed: bool,
) -> None:
    lang = ctx.lang
    for t in ctx.checklist.types:
        if t.required == "optional" or ctx.of_type(t.id) or t.id in waived:
            continue
        label = t.label(lang)
        if t.required == "if_referenced":
            for doc in sorted(ctx.docs, key=lambda d: d.path):
                if has_phrase(_text(doc), t.referenced_by):
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
            reached = ctx.clock.week(ctx.ref) >= (t.from_week or 0)
            # a dossier.yaml date that has passed (the application was filed early) demands it too
            case_date = (
                getattr(ctx.case, milestone[0].due_case) if milestone and milestone[0].due_case else None
            )
            if not reached and not (
                case_date is not None and due == case_date and ctx.as_of > due + dt.timedelta(days=ctx.tol)
            ):
                # not yet demanded; a warning when the milestone says "remind from week n"
                _warn_ahead(ctx, t.id, milestone)
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


def _warn_ahead(ctx: _Ctx, type_id: str, milestone: tuple[Milestone, dt.date] | None) -> None:
    if milestone is None or ctx.clock is None:
        return
    m, due = milestone
    if m.warn_from_week is None or ctx.clock.week(ctx.as_of) < m.warn_from_week:
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


# ---------------------------------------------------------------------------------------------
# the timeline


def _second_track(ctx: _Ctx) -> Document | None:
    """The document that asks for a second track, unless the EJE motivates going without one."""
    trigger_types = ctx.p("second_track_trigger_types")
    phrases = ctx.p("second_track_trigger_phrases")
    trigger = next(
        (
            d
            for d in _dated(ctx.of_type(*trigger_types))
            + [d for d in ctx.of_type(*trigger_types) if d.date is None]
            if has_phrase(_text(d), phrases)
        ),
        None,
    )
    if trigger is None:
        return None
    for eje in ctx.of_type("eerstejaarsevaluatie"):
        if has_phrase(_text(eje), ctx.p("second_track_motivation_phrases")):
            return None
    return trigger


def _timeline(
    ctx: _Ctx, ms: list[Milestone], waived: dict[str, tuple[str, str]]
) -> tuple[list[dict[str, Any]], dict[str, tuple[Milestone, dt.date]]]:
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
            dated = _dated(candidates)
            if dated:
                doc = dated[0] if m.pick == "first" else dated[-1]
            elif candidates:
                doc = sorted(candidates, key=lambda d: d.path)[0]
            date = _date(doc)
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
    ctx: _Ctx,
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
        motivated = doc is not None and has_phrase(_text(doc), ctx.p("motivation_phrases")) is not None
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
    ctx: _Ctx, m: Milestone, due: dt.date, week: int, label: str, source: str, planned: dt.date | None
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


# ---------------------------------------------------------------------------------------------
# evaluations, order, freshness


def _eval_gaps(ctx: _Ctx, waived: dict[str, tuple[str, str]]) -> None:
    types = list(ctx.p("eval_gap_types"))
    max_weeks = int(ctx.p("eval_max_gap_weeks"))
    limit = max_weeks * 7 + ctx.tol
    points = [(d.date.value, d.type) for d in _dated(ctx.of_type(*types))]  # type: ignore[union-attr]
    start = next((day for day, t in points if t == "plan_van_aanpak"), points[0][0] if points else None)
    if start is None:
        return
    days = sorted({day for day, _ in points if day >= start})
    gaps: list[str] = []
    for a, b in zip(days, days[1:], strict=False):
        if (b - a).days > limit:
            gaps.append(
                f"{ctx.d(a)} → {ctx.d(b)} ({(b - a).days // 7} {'weeks' if ctx.lang == 'en' else 'weken'})"
            )
    ends = ("eindevaluatie",)
    if not any(t in ends for _, t in points) and (ctx.ref - days[-1]).days > limit:
        since = "since" if ctx.lang == "en" else "sinds"
        gaps.append(
            f"{since} {ctx.d(days[-1])} ({(ctx.ref - days[-1]).days // 7} {'weeks' if ctx.lang == 'en' else 'weken'})"
        )
    if gaps:
        source = ctx.src("eval_max_gap_weeks")
        ctx.add(
            "evaluation_gap",
            ctx.p("eval_gap_severity"),
            msg("eval_gap", ctx.lang, max=max_weeks, gaps="; ".join(gaps), source=source),
            type="tussentijdse_evaluatie",
            source=source,
        )


def _order_rule(ctx: _Ctx) -> None:
    ao = _dated(ctx.of_type("actueel_oordeel"))
    ev = _dated(ctx.of_type("eindevaluatie"))
    if not ao or not ev:
        return
    a, e = ao[-1], ev[-1]
    assert a.date is not None and e.date is not None  # _dated keeps dated documents only
    if a.date.value > e.date.value:
        source = ctx.src("order_severity")
        ctx.add(
            "order",
            ctx.p("order_severity"),
            msg(
                "order",
                ctx.lang,
                ao_date=ctx.d(a.date.value),
                ao_path=a.path,
                ev_date=ctx.d(e.date.value),
                ev_path=e.path,
                source=source,
            ),
            type="eindevaluatie",
            path=e.path,
            source=source,
        )


def _freshness(ctx: _Ctx) -> None:
    clock = ctx.clock
    assert clock is not None
    min_week = int(ctx.p("ao_min_week"))
    if ctx.case.aanvraag_wia is None and clock.week(ctx.as_of) < min_week:
        return  # too early to judge freshness for an application
    ref = ctx.case.aanvraag_wia or ctx.as_of
    lang = ctx.lang
    if ctx.case.aanvraag_wia:
        ref_text = (
            f"at the WIA application ({ctx.d(ref)})"
            if lang == "en"
            else f"bij de WIA-aanvraag ({ctx.d(ref)})"
        )
    else:
        ref_text = f"on {ctx.d(ref)}" if lang == "en" else f"op {ctx.d(ref)}"
    ao = _latest(ctx.of_type("actueel_oordeel"))
    if ao is not None and ao.date is not None:
        date = ao.date.value
        age = (ref - date).days
        soft, hard = int(ctx.p("ao_max_age_weeks")), int(ctx.p("ao_hard_max_age_weeks"))
        week80 = clock.week_start(min_week)
        severity: str | None = None
        if age > hard * 7 + ctx.tol:
            severity = ctx.p("ao_hard_max_age_severity")
        elif age > soft * 7 + ctx.tol:
            severity = ctx.p("ao_max_age_severity")
        too_early = date < week80 - dt.timedelta(days=ctx.tol)
        if too_early and severity is None:
            severity = ctx.p("ao_max_age_severity")
        if severity is not None:
            after = max(ref - dt.timedelta(weeks=soft), week80 - dt.timedelta(days=1))
            early_text = ""
            if too_early:
                early_text = (
                    f", from before week {min_week}" if lang == "en" else f" en van vóór week {min_week}"
                )
            source = ctx.src("ao_max_age_weeks")
            ctx.add(
                "outdated",
                severity,
                msg(
                    "outdated_ao",
                    lang,
                    date=ctx.d(date),
                    path=ao.path,
                    ref_text=ref_text,
                    weeks=age // 7,
                    early_text=early_text,
                    max=soft,
                    source=source,
                    after=long_date(after, lang),
                ),
                type="actueel_oordeel",
                path=ao.path,
                source=source,
            )
    ev = _latest(ctx.of_type("eindevaluatie"))
    if ev is not None and ev.date is not None:
        age = (ref - ev.date.value).days
        max_w = int(ctx.p("ev_max_age_weeks"))
        if age > max_w * 7 + ctx.tol:
            source = ctx.src("ev_max_age_weeks")
            ctx.add(
                "outdated",
                ctx.p("ev_max_age_severity"),
                msg(
                    "outdated_ev",
                    lang,
                    date=ctx.d(ev.date.value),
                    path=ev.path,
                    ref_text=ref_text,
                    weeks=age // 7,
                    max=max_w,
                    source=source,
                ),
                type="eindevaluatie",
                path=ev.path,
                source=source,
            )


# ---------------------------------------------------------------------------------------------
# content and BSN


def _content_rules(ctx: _Ctx, d0: dt.date | None) -> None:
    checks: list[tuple[str, list[Any]]] = [
        ("content_checks", list(ctx.checklist.param("content_checks", [])))
    ]
    visie_from_raw = ctx.checklist.param("visie_required_from")
    visie_from = dt.date.fromisoformat(str(visie_from_raw)) if visie_from_raw else None
    checks.append(("visie_checks", list(ctx.checklist.param("visie_checks", []))))
    for param, rules in checks:
        absent: dict[str, list[str]] = {}
        docs: dict[str, Document] = {}
        for rule in rules:
            if not isinstance(rule, list) or len(rule) < 3:
                from wia_dossier.errors import ConfigError

                raise ConfigError(
                    ctx.checklist.path,
                    f"parameter '{param}': elke regel is [documentsoort, onderwerp, zinnen...].",
                    key=param,
                )
            type_id, topic, *phrases = (str(x) for x in rule)
            doc = _latest(ctx.of_type(type_id))
            if doc is None or not _text(doc).strip():
                continue
            if param == "visie_checks" and visie_from is not None:
                when = _date(doc) or d0
                if when is not None and when < visie_from:
                    continue
            if has_phrase(_text(doc), phrases) is None:
                absent.setdefault(doc.path, []).append(topic)
                docs[doc.path] = doc
        source = ctx.src(param)
        for path, topics in absent.items():
            doc = docs[path]
            assert doc.type is not None
            ctx.add(
                "content",
                ctx.p("content_severity"),
                msg(
                    "content",
                    ctx.lang,
                    label=ctx.label(doc.type),
                    path=path,
                    topics=", ".join(topics),
                    source=source,
                ),
                type=doc.type,
                path=path,
                source=source,
            )


def _bsn_rules(ctx: _Ctx) -> None:
    lang = ctx.lang
    src_invalid = ctx.src("bsn_invalid_severity")
    src_mismatch = ctx.src("bsn_mismatch_severity")
    sev_invalid = ctx.checklist.param("bsn_invalid_severity", "error")
    sev_mismatch = ctx.checklist.param("bsn_mismatch_severity", "error")
    case_bsn: str | None = None
    if ctx.case.werknemer.bsn:
        if bsn_valid(ctx.case.werknemer.bsn):
            case_bsn = normalize_bsn(ctx.case.werknemer.bsn)
        else:
            ctx.add(
                "bsn_invalid",
                sev_invalid,
                msg("bsn_invalid_case", lang, bsn=mask_bsn(ctx.case.werknemer.bsn), source=src_invalid),
                source=src_invalid,
            )
    valid: dict[str, list[str]] = {}
    for doc in sorted(ctx.docs, key=lambda d: d.path):
        found = [normalize_bsn(b) or b for b in doc.bsns] if doc.bsns else find_bsns(_text(doc))
        for b in found:
            if bsn_valid(b):
                valid.setdefault(b, []).append(doc.path)
            else:
                ctx.add(
                    "bsn_invalid",
                    sev_invalid,
                    msg("bsn_invalid", lang, path=doc.path, bsn=mask_bsn(b), source=src_invalid),
                    type=doc.type,
                    path=doc.path,
                    source=src_invalid,
                )
    if case_bsn is not None:
        ref, ref_where = case_bsn, ("dossier.yaml shows" if lang == "en" else "dossier.yaml noemt")
    elif valid:
        counts = Counter({b: len(paths) for b, paths in valid.items()})
        ref = min(counts, key=lambda b: (-counts[b], valid[b][0]))
        n = len(valid[ref])
        if n > 1:
            ref_where = f"{n} other documents show" if lang == "en" else f"{n} andere documenten noemen"
        else:
            ref_where = f"'{valid[ref][0]}' shows" if lang == "en" else f"'{valid[ref][0]}' noemt"
    else:
        return
    for b, paths in sorted(valid.items(), key=lambda kv: kv[1][0]):
        if b == ref:
            continue
        for path in paths:
            doc_type = next((d.type for d in ctx.docs if d.path == path), None)
            ctx.add(
                "bsn_mismatch",
                sev_mismatch,
                msg(
                    "bsn_mismatch",
                    lang,
                    path=path,
                    bsn=mask_bsn(b),
                    ref_where=ref_where,
                    ref_bsn=mask_bsn(ref),
                    source=src_mismatch,
                ),
                type=doc_type,
                path=path,
                source=src_mismatch,
            )
