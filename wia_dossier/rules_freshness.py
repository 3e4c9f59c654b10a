"""Date rules beyond the milestones: gaps between evaluations, the order of AO and EV, and how old they are."""

from __future__ import annotations

import datetime as dt

from wia_dossier.messages import duration, long_date, msg, t
from wia_dossier.rules_context import RuleContext, dated_docs, latest_doc
from wia_dossier.rules_timeline import reference_day, riv_request

__all__ = ["check_eval_gaps", "check_freshness", "check_order", "check_track_reports"]


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
