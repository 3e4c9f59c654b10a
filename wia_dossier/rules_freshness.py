"""Date rules beyond the milestones: gaps between evaluations, the order of AO and EV, and how old they are."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from wia_dossier.messages import duration, long_date, msg, t
from wia_dossier.dates import find_dates
from wia_dossier.rules_context import RuleContext, dated_docs, doc_text, has_phrase, latest_doc
from wia_dossier.rules_timeline import label_before, reference_day, riv_request

if TYPE_CHECKING:
    from wia_dossier.model import Document

__all__ = [
    "check_announced_revision",
    "check_advised_assessment", "check_ev_by_employment_end", "check_eval_gaps", "check_report_by_employment_end", "check_freshness", "check_order", "check_plan_follows_advice", "check_track_reports"]


def check_eval_gaps(ctx: RuleContext, waived: dict[str, tuple[str, str]]) -> None:
    """An ``evaluation_gap`` finding when evaluations lie more than ``eval_max_gap_weeks`` apart."""
    types = list(ctx.p("eval_gap_types"))
    max_weeks = int(ctx.p("eval_max_gap_weeks"))
    limit = max_weeks * 7 + ctx.tol
    points = [(d.date.value, d.type) for d in dated_docs(ctx.of_type(*types))]  # type: ignore[union-attr]
    start = next((day for day, tp in points if tp == "plan_van_aanpak"), points[0][0] if points else None)
    if start is None:
        return
    days = sorted({day for day, _ in points if day >= start})
    gaps: list[str] = []
    for a, b in zip(days, days[1:], strict=False):
        if (b - a).days > limit:
            gaps.append(f"{ctx.d(a)} → {ctx.d(b)} ({duration((b - a).days, ctx.lang)})")
    ends = ("eindevaluatie",)
    ref = reference_day(ctx) if ctx.clock is not None else ctx.ref
    if not any(t_ in ends for _, t_ in points) and (ref - days[-1]).days > limit:
        since = "since" if ctx.lang == "en" else "sinds"
        gaps.append(f"{since} {ctx.d(days[-1])} ({duration((ref - days[-1]).days, ctx.lang)})")
    if gaps:
        source = ctx.src("eval_max_gap_weeks")
        ctx.add(
            "evaluation_gap",
            ctx.p("eval_gap_severity"),
            msg("eval_gap", ctx.lang, max=max_weeks, gaps="; ".join(gaps), source=source),
            type="tussentijdse_evaluatie",
            source=source,
        )


def check_track_reports(ctx: RuleContext) -> None:
    """A ``report_gap`` warning (type voortgangsrapportage_tweede_spoor) when a second track runs and its provider has
    reported nothing for more than ``track_report_gap_weeks`` (DOMAIN §7: no legal frequency; a practice norm). A code
    of its own: ``evaluation_gap`` is about the employer's and employee's meetings."""
    configured = ctx.checklist.param("track_report_gap_weeks")
    if configured is None:
        return  # a bureau's copy of an older checklist: no such expectation
    weeks = int(configured)
    limit = weeks * 7 + ctx.tol
    reports = dated_docs(ctx.of_type("trajectplan_tweede_spoor", "voortgangsrapportage_tweede_spoor"))
    if not reports:
        return
    closed = dated_docs(ctx.of_type("eindrapportage_tweede_spoor"))
    end = closed[-1].date.value if closed else reference_day(ctx) if ctx.clock is not None else ctx.ref  # type: ignore[union-attr]
    days = sorted({d.date.value for d in reports if d.date.value <= end} | {end})  # type: ignore[union-attr]
    gaps = [(a, b) for a, b in zip(days, days[1:], strict=False) if (b - a).days > limit]
    if not gaps:
        return
    shown = "; ".join(
        (f"{ctx.d(a)} → {ctx.d(b)}" if b != end or closed else t(ctx.lang, f"sinds {ctx.d(a)}", f"since {ctx.d(a)}"))
        + f" ({duration((b - a).days, ctx.lang)})"
        for a, b in gaps
    )
    source = ctx.src("track_report_gap_weeks")
    ctx.add(
        "report_gap",
        ctx.p("eval_gap_severity"),
        msg("track_report_gap", ctx.lang, max=weeks, gaps=shown, source=source),
        type="voortgangsrapportage_tweede_spoor",
        source=source,
    )


def check_order(ctx: RuleContext) -> None:
    """``order`` findings: the latest actueel oordeel dated after the latest eindevaluatie, or that eindevaluatie dated
    after the WIA application (DOMAIN §2.5: AO date <= EV date <= application date)."""
    ev = dated_docs(ctx.of_type("eindevaluatie"))
    if not ev:
        return
    last = ev[-1]
    assert last.date is not None  # dated_docs keeps dated documents only
    source = ctx.src("order_severity")
    fields = {"ev_date": ctx.d(last.date.value), "ev_path": last.path, "source": source}
    out_of_order: list[str] = []
    applied = ctx.case.aanvraag_wia
    if applied is not None and last.date.value > applied:
        out_of_order.append(msg("order_application", ctx.lang, applied=ctx.d(applied), **fields))
    ao = dated_docs(ctx.of_type("actueel_oordeel"))
    if ao and ao[-1].date.value > last.date.value:  # type: ignore[union-attr]
        a = ao[-1]
        out_of_order.append(msg("order", ctx.lang, ao_date=ctx.d(a.date.value), ao_path=a.path, **fields))  # type: ignore[union-attr]
    for message in out_of_order:
        ctx.add("order", ctx.p("order_severity"), message, type="eindevaluatie", path=last.path, source=source)


def check_freshness(ctx: RuleContext) -> None:
    """``outdated`` findings when the AO or EV is too old at the application (or ``as_of``).

    Ziektewet without ``aanvraag_wia``: at the deadline in UWV's letter asking for the verslag, if there is one.
    """
    clock = ctx.clock
    assert clock is not None
    min_week = int(ctx.p("ao_min_week"))
    if ctx.case.aanvraag_wia is None and clock.week(ctx.as_of) < min_week:
        return  # too early to judge freshness for an application
    request = riv_request(ctx) if ctx.case.aanvraag_wia is None else None
    ref = ctx.case.aanvraag_wia or (request.due if request else ctx.as_of)
    lang = ctx.lang
    if ctx.case.aanvraag_wia:
        ref_text = f"at the WIA application ({ctx.d(ref)})" if lang == "en" else f"bij de WIA-aanvraag ({ctx.d(ref)})"
    elif request is not None:
        ref_text = t(
            lang,
            f"op de termijn uit de brief van UWV ({ctx.d(ref)})",
            f"at the deadline in UWV's letter ({ctx.d(ref)})",
        )
    else:
        ref_text = f"on {ctx.d(ref)}" if lang == "en" else f"op {ctx.d(ref)}"
    ao = latest_doc(ctx.of_type("actueel_oordeel"))
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
        if severity is None:
            _superseded_ao(ctx, ao)
        if severity is not None:
            after = max(ref - dt.timedelta(weeks=soft), week80 - dt.timedelta(days=1))
            early_text = ""
            if too_early:
                early_text = f", from before week {min_week}" if lang == "en" else f" en van vóór week {min_week}"
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
                    age=duration(age, lang),
                    early_text=early_text,
                    max=soft,
                    source=source,
                    after=long_date(after, lang),
                ),
                type="actueel_oordeel",
                path=ao.path,
                source=source,
            )
    ev = latest_doc(ctx.of_type("eindevaluatie"))
    # 'none': not judged (Ziektewet: the eindevaluatie belongs to the last day of employment, and cannot
    # become more recent after it)
    if ev is not None and ev.date is not None and ctx.p("ev_max_age_severity") != "none":
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
                    age=duration(age, lang),
                    max=max_w,
                    source=source,
                ),
                type="eindevaluatie",
                path=ev.path,
                source=source,
            )


def _superseded_ao(ctx: RuleContext, ao: Document) -> None:
    """An ``outdated`` warning when the bedrijfsarts adjusted the probleemanalyse after the actueel oordeel: the
    oordeel then no longer gives the current view (DOMAIN §2.5 and §8.4), however young it is."""
    severity = ctx.checklist.param("ao_superseded_severity")
    if severity is None or severity == "none" or ao.date is None:
        return  # a bureau's copy of an older checklist: not judged
    later = [d for d in dated_docs(ctx.of_type("bijstelling_probleemanalyse")) if d.date.value > ao.date.value]  # type: ignore[union-attr]
    if not later:
        return
    newest = later[-1]
    source = ctx.src("ao_superseded_severity")
    ctx.add(
        "outdated",
        severity,
        msg(
            "outdated_ao_superseded",
            ctx.lang,
            date=ctx.d(ao.date.value),
            path=ao.path,
            later=ctx.d(newest.date.value),  # type: ignore[union-attr]
            later_path=newest.path,
            source=source,
        ),
        type="actueel_oordeel",
        path=ao.path,
        source=source,
    )


def check_plan_follows_advice(ctx: RuleContext) -> None:
    """A ``late`` warning when the plan van aanpak was adjusted more than ``pva_revision_max_days`` after the
    bedrijfsarts adjusted the probleemanalyse (Regeling procesgang art. 4; DOMAIN §6 item 11: advice followed late).

    Only judged when a bijstelling of the plan follows the bijstelling of the probleemanalyse and answers it: it
    names that advice (``pva_revision_reference_phrases``: 'naar aanleiding van de bijgestelde probleemanalyse') or
    its date. A plan adjusted months later for another reason (the start of the second track) is no late answer,
    an adjusted advice does not always change the plan, and a missing bijstelling is the completeness rule's business.
    """
    configured = ctx.checklist.param("pva_revision_max_days")
    if configured is None:
        return  # a bureau's copy of an older checklist: no such expectation
    limit = int(configured)
    advices = dated_docs(ctx.of_type("bijstelling_probleemanalyse"))
    plans = dated_docs(ctx.of_type("bijstelling_plan_van_aanpak"))
    if not advices or not plans:
        return
    for i, advice in enumerate(advices):
        day = advice.date.value  # type: ignore[union-attr]
        nxt = advices[i + 1].date.value if i + 1 < len(advices) else None  # type: ignore[union-attr]
        # the first adjusted plan after this advice, before the next advice (which the plan may follow instead)
        plan = next((p for p in plans if p.date.value >= day and (nxt is None or p.date.value < nxt)), None)  # type: ignore[union-attr]
        if plan is None or not _answers(plan, day, ctx.p("pva_revision_reference_phrases")):
            continue
        days = (plan.date.value - day).days  # type: ignore[union-attr]
        if days <= limit + ctx.tol:
            continue
        source = ctx.src("pva_revision_max_days")
        ctx.add(
            "late",
            ctx.p("pva_revision_severity"),
            msg(
                "late_plan_revision",
                ctx.lang,
                date=ctx.d(plan.date.value),  # type: ignore[union-attr]
                path=plan.path,
                advice=ctx.d(day),
                advice_path=advice.path,
                days=days,
                max=limit,
                source=source,
            ),
            type="bijstelling_plan_van_aanpak",
            path=plan.path,
            source=source,
        )


def _answers(plan: Document, advice_day: dt.date, phrases: list[str]) -> bool:
    """Whether the plan's text names the adjusted advice: one of ``phrases``, or the advice's date."""
    text = doc_text(plan)
    if not text:
        return False
    if has_phrase(text, phrases):
        return True
    return any(hit.value == advice_day for hit in find_dates(text))


def employment_end(ctx: RuleContext) -> tuple[dt.date, str] | None:
    """The last day of employment as the documents state it ('Einde dienstverband: 31-05-2025', 'je
    arbeidsovereenkomst eindigt op 31 mei 2025'), with the path of a document that says so; None when no document
    does. A date right after an ``employment_end_labels`` phrase, on or after the first sick day; when documents
    disagree, the date most of them give (then the earliest)."""
    labels = list(ctx.p("employment_end_labels"))
    start = ctx.clock.d0 if ctx.clock is not None else None
    votes: dict[dt.date, list[str]] = {}
    for doc in sorted([*ctx.docs, *ctx.others], key=lambda d: d.path):
        text = doc_text(doc)
        if not text:
            continue
        for day in {h.value for h in find_dates(text) if label_before(h.before, labels)}:
            if start is None or day >= start:
                votes.setdefault(day, []).append(doc.path)
    if not votes:
        return None
    day = min(votes, key=lambda d: (-len(votes[d]), d))
    return day, votes[day][0]


def check_ev_by_employment_end(ctx: RuleContext) -> None:
    """A ``late`` finding when the eindevaluatie is dated after the last day of employment (Ziektewet, ziek uit
    dienst: UWV wants the eindevaluatie at the latest on that day; DOMAIN §2.3). Only for a checklist that sets
    ``ev_employment_end_severity``; the day is read from the documents (``employment_end``)."""
    ev = latest_doc(ctx.of_type("eindevaluatie"))
    _after_employment_end(ctx, ev, "ev_employment_end_severity", "late_ev_employment_end")


def check_advised_assessment(ctx: RuleContext) -> None:
    """A ``missing`` warning for the arbeidsdeskundig rapport when the bedrijfsarts advises an arbeidsdeskundig onderzoek
    ('Ik
    adviseer werkgever op korte termijn een arbeidsdeskundig onderzoek te laten doen') and no such report is dated on
    or after it, more than ``advised_assessment_days`` later. UWV expects the report when return to the own work is
    unclear, and judges whether the employer followed the bedrijfsarts's advice (DOMAIN §1 table, §8.2). Only for a
    checklist that sets ``advised_assessment_phrases``; a phrase after 'geen' or 'niet' in its sentence does not
    count."""
    phrases = ctx.checklist.param("advised_assessment_phrases")
    if not phrases or ctx.clock is None:
        return
    wait = int(ctx.p("advised_assessment_days"))
    reports = dated_docs(ctx.of_type("arbeidsdeskundig_rapport"))
    if any(f.code == "missing" and f.type == "arbeidsdeskundig_rapport" for f in ctx.findings):
        return
    for doc in sorted(dated_docs(ctx.docs), key=lambda d: d.date.value):  # type: ignore[union-attr]
        day = doc.date.value  # type: ignore[union-attr]
        if day > ctx.as_of or (ctx.as_of - day).days <= wait + ctx.tol:
            continue
        kind = ctx.checklist.type(doc.type) if doc.type and ctx.checklist.has_type(doc.type) else None
        if kind is None or tuple(kind.authors) != ("bedrijfsarts",) or kind.medical:
            continue  # the bedrijfsarts's advice; an evaluation that discusses the labour expert's advice is no request
        if not _advises(doc_text(doc), phrases):
            continue
        if any(r.date.value >= day for r in reports):  # type: ignore[union-attr]
            return  # the advice was followed (the report came after the first advice)
        source = ctx.src("advised_assessment_phrases")
        ctx.add(
            "missing",
            ctx.p("advised_assessment_severity"),
            msg(
                "advised_assessment",
                ctx.lang,
                path=doc.path,
                date=ctx.d(day),
                days=(ctx.as_of - day).days,
                source=source,
            ),
            type="arbeidsdeskundig_rapport",
            path=doc.path,
            source=source,
        )
        return


_NO_NEED = re.compile(r"\b(?:geen|niet|no|not)\b[^.\n]{0,60}$", re.IGNORECASE)


def _advises(text: str, phrases: list[str]) -> bool:
    """Whether a sentence of ``text`` advises the assessment, not negated ('Een arbeidsdeskundig onderzoek is niet
    nodig')."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", text):
        if has_phrase(sentence, phrases) and not re.search(r"\b(?:geen|niet)\b", sentence, re.IGNORECASE):
            return True
    return False


def check_report_by_employment_end(ctx: RuleContext) -> None:
    """A ``late`` finding when the employer's sick report to UWV is dated after the last day of employment while the
    employee was already sick (Ziektewet, ziek uit dienst: the employer reports on the last working day, ZW art. 38
    lid 2; DOMAIN §2.3). The earliest paper of the type counts: UWV's confirmation comes later than the report it
    confirms. Only for a checklist that sets ``report_employment_end_severity``."""
    reports = dated_docs(ctx.of_type("ziekmelding_uwv"))
    first = min(reports, key=lambda d: d.date.value) if reports else None  # type: ignore[union-attr]
    _after_employment_end(ctx, first, "report_employment_end_severity", "late_report_employment_end", sick_before=True)


def _after_employment_end(
    ctx: RuleContext, doc: Document | None, severity_param: str, message: str, *, sick_before: bool = False
) -> None:
    """A ``late`` finding (severity from ``severity_param``) when ``doc`` is dated after the last day of employment the
    papers give; ``sick_before``: only when the employee fell ill before that day."""
    severity = ctx.checklist.param(severity_param)
    if severity is None or severity == "none" or doc is None or doc.date is None:
        return
    found = employment_end(ctx)
    if found is None:
        return
    end, where = found
    if sick_before and (ctx.clock is None or ctx.clock.d0 > end):
        return  # fell ill after the employment ended: not the employer's report
    day = doc.date.value
    if day <= end + dt.timedelta(days=ctx.tol):
        return
    source = ctx.src(severity_param)
    ctx.add(
        "late",
        severity,
        msg(
            message,
            ctx.lang,
            date=ctx.d(day),
            path=doc.path,
            end=ctx.d(end),
            where=where,
            days=(day - end).days,
            source=source,
        ),
        type=doc.type,
        path=doc.path,
        source=source,
    )


def check_announced_revision(ctx: RuleContext) -> None:
    """A ``missing`` warning when the bedrijfsarts announced a bijstelling of the probleemanalyse ('Ik stel de
    probleemanalyse bij zodra het beeld stabiel is') and none is dated on or after that paper, more than
    ``announced_revision_days`` later (DOMAIN §6 item 2: a probleemanalyse not adjusted when re-integration stalled;
    §8.4: the latest bijstelling not older than the latest change)."""
    phrases = ctx.checklist.param("announced_revision_phrases")
    if not phrases:
        return  # a bureau's copy of an older checklist: not judged
    wait = int(ctx.p("announced_revision_days"))
    revisions = dated_docs(ctx.of_type("bijstelling_probleemanalyse"))
    for doc in dated_docs([*ctx.docs, *ctx.others]):
        day = doc.date.value  # type: ignore[union-attr]
        if day > ctx.as_of or (ctx.as_of - day).days <= wait + ctx.tol:
            continue
        if doc.type == "bijstelling_probleemanalyse" or not has_phrase(doc_text(doc), phrases):
            continue
        if any(r.date.value >= day for r in revisions):  # type: ignore[union-attr]
            continue
        if any(f.code == "missing" and f.type == "bijstelling_probleemanalyse" for f in ctx.findings):
            return
        source = ctx.src("announced_revision_days")
        ctx.add(
            "missing",
            ctx.p("announced_revision_severity"),
            msg(
                "announced_revision",
                ctx.lang,
                path=doc.path,
                date=ctx.d(day),
                days=(ctx.as_of - day).days,
                source=source,
            ),
            type="bijstelling_probleemanalyse",
            path=doc.path,
            source=source,
        )
        return
