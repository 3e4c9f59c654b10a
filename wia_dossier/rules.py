"""The checklist's rules over a classified dossier: completeness, deadlines, order, freshness, content, BSN.

Pure: no filesystem, no clock (``as_of`` is passed), no logging of document text. Every number
and phrase comes from the checklist's ``parameters`` and ``milestones`` (DOMAIN §8).

Counting convention (DOMAIN §2.1): D0 is the first sick day; week n runs D0+7(n-1) .. D0+7n-1 and
a deadline "in week n" is D0+7n-1, with ``day_tolerance`` days of slack before a document counts
as late. Recovered days between merged spells (``ziekteperiodes``, WIA art. 23 lid 3) are not
counted, see ``timeline.SickClock``.

``evaluate`` runs the rule families, each in a module of its own: ``rules_completeness`` (missing
documents, waivers), ``rules_timeline`` (the milestone rows: late, early, ahead), ``rules_freshness``
(evaluation gaps, order of AO and EV, their age) and ``rules_content`` (required topics, BSNs). What
they share, the context and phrase matching, is in ``rules_context``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wia_dossier.messages import msg
from wia_dossier.model import Finding, Severity, Status
from wia_dossier.rules_completeness import check_completeness, find_waivers
from wia_dossier.rules_content import check_bsns, check_content
from wia_dossier.rules_context import RuleContext, forget_texts, has_phrase
from wia_dossier.rules_freshness import (
    check_announced_revision,
    check_advised_assessment,
    check_ev_by_employment_end,
    check_report_by_employment_end,
    check_eval_gaps,
    check_freshness,
    check_order,
    check_plan_follows_advice,
    check_track_reports,
)
from wia_dossier.rules_upload import check_copies, check_upload
from wia_dossier.rules_timeline import Extension, check_timeline, find_extension
from wia_dossier.timeline import build_clock, milestones

if TYPE_CHECKING:
    from wia_dossier.checklist import Checklist
    from wia_dossier.model import CaseFile, DateFound, Document

__all__ = ["RuleResult", "evaluate", "has_phrase"]


@dataclass(frozen=True, slots=True)
class RuleResult:
    """What the rules found: the findings (errors first), the timeline rows, and the last day of the wachttijd as
    they counted it (merged spells skipped, a vrijwillige verlenging included; None without a first sick day)."""

    findings: list[Finding]
    timeline: list[dict[str, Any]]
    wachttijd_end: dt.date | None


def evaluate(
    documents: list[Document],
    checklist: Checklist,
    case: CaseFile,
    first_sick_day: DateFound | None,
    as_of: dt.date,
    *,
    lang: str = "nl",
) -> RuleResult:
    """Judge the dossier at ``as_of``.

    Args:
        documents: the classified documents (``type``, ``date``, extracted text).
        checklist: the checklist: document types, parameters and milestones.
        case: the facts of dossier.yaml (application date, spells, BSN).
        first_sick_day: D0, or None when unknown (then no deadline is checked).
        as_of: the date the dossier is judged at (``--as-of``).
        lang: ``nl`` or ``en`` for the messages.

    Returns:
        The findings (sorted: errors first); the timeline rows: dicts with ``id``, ``label``, ``week``, ``due``,
        ``document``, ``date`` and ``status`` (ok | late | missing | due | na); and the end of the wachttijd as the
        rules counted it (the cover shows it).

    Raises:
        ConfigError: the checklist's milestones or parameters are invalid.
    """
    try:
        return _evaluate(documents, checklist, case, first_sick_day, as_of, lang)
    finally:
        forget_texts()


def _evaluate(
    documents: list[Document],
    checklist: Checklist,
    case: CaseFile,
    first_sick_day: DateFound | None,
    as_of: dt.date,
    lang: str,
) -> RuleResult:
    ms = milestones(checklist)
    if first_sick_day is not None and case.aanvraag_wia is not None and case.aanvraag_wia < first_sick_day.value:
        # an application before the first sick day is a typing error (the scan reports it as case_file): no deadline
        # or order is judged from it
        case = dataclasses.replace(case, aanvraag_wia=None)
    ctx = _context(documents, checklist, case, as_of, lang)

    check_bsns(ctx)
    check_content(ctx, first_sick_day.value if first_sick_day else None)
    check_order(ctx)
    waived = find_waivers(ctx)
    rows: list[dict[str, Any]] = []
    end: dt.date | None = None
    if first_sick_day is None:
        ctx.add("no_first_sick_day", Severity.WARNING, msg("no_first_sick_day", lang))
        check_completeness(ctx, waived, {}, timed=False)
    else:
        _start_clock(ctx, first_sick_day.value)
        rows, due_of = check_timeline(ctx, ms, waived)
        check_completeness(ctx, waived, due_of, timed=True)
        check_eval_gaps(ctx, waived)
        check_track_reports(ctx)
        check_freshness(ctx)
        check_plan_follows_advice(ctx)
        check_ev_by_employment_end(ctx)
        check_report_by_employment_end(ctx)
        check_announced_revision(ctx)
        check_advised_assessment(ctx)
        check_upload(ctx)
        check_copies(ctx)
        end = _wachttijd_end(ctx)
    return RuleResult(sorted(ctx.findings, key=Finding.sort_key), rows, end)


def _context(documents: list[Document], checklist: Checklist, case: CaseFile, as_of: dt.date, lang: str) -> RuleContext:
    """The evaluation's context: the checklist's documents of the case, judged at ``as_of``."""
    docs = [
        d for d in documents if d.type is not None and d.status is not Status.EXCLUDED and checklist.has_type(d.type)
    ]
    ctx = RuleContext(checklist, case, as_of, lang, docs, tol=int(checklist.param("day_tolerance", 0)))
    # files that could not be read: their names may stand for a document whose date is then unknown
    ctx.unread = [d for d in documents if d.type is None and d.extracted.status in (Status.ENCRYPTED, Status.UNREADABLE)]
    ctx.others = [d for d in documents if d.type is None and d.status is Status.OK]
    ctx.ref = min(as_of, case.aanvraag_wia) if case.aanvraag_wia else as_of
    return ctx


def _start_clock(ctx: RuleContext, first_sick_day: dt.date) -> None:
    """The sick clock from D0 (merged spells skipped) and a vrijwillige verlenging read from UWV's decision."""
    ctx.clock = build_clock(first_sick_day, ctx.case, ctx.checklist)
    ctx.extension = find_extension(ctx)


def _wachttijd_end(ctx: RuleContext) -> dt.date | None:
    """The last day of the wachttijd: 104 sick weeks from D0 on the clock, or the end UWV's decision moved it to."""
    assert ctx.clock is not None
    extension: Extension | None = ctx.extension
    if extension is not None:
        return extension.end
    return ctx.clock.week_end(int(ctx.checklist.param("waiting_period_weeks", 104)))
