"""The Poortwachter clock: sick weeks counted from D0 (merged spells added), and the checklist's milestones."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wia_dossier.casefile import merge_spells
from wia_dossier.errors import ConfigError

if TYPE_CHECKING:
    from wia_dossier.checklist import Checklist
    from wia_dossier.model import CaseFile

__all__ = ["Milestone", "SickClock", "build_clock", "milestones"]

_SEVERITIES = ("error", "warning", "info", "none")
_MILESTONE_KEYS = {
    "id",
    "label",
    "type",
    "types",
    "case",
    "week",
    "after",
    "days",
    "from_week",
    "due_case",
    "pick",
    "late",
    "early",
    "missing",
    "motivation",
    "warn_from_week",
    "warn_with",
    "when",
    "source",
    "due_request",
    "within_reference",
}
_CASE_DATES = ("aanvraag_wia",)
_CONDITIONS = ("second_track",)


@dataclass(frozen=True, slots=True)
class SickClock:
    """Counts sick days from D0, skipping the recovered days between merged spells.

    WIA art. 23 lid 3 adds spells less than 4 weeks apart together: the wachttijd (and with it
    every week-n deadline) counts only sick days, so each recovered day in between moves the
    later deadlines one calendar day on. ``gaps`` are those recovered periods (first and last
    recovered day, inclusive), all after D0.
    """

    d0: dt.date
    gaps: tuple[tuple[dt.date, dt.date], ...] = ()

    def day(self, n: int) -> dt.date:
        """Calendar date of sick day ``n`` (D0 is sick day 1)."""
        cal = self.d0 + dt.timedelta(days=n - 1)
        for start, end in self.gaps:
            if start <= cal:
                cal += dt.timedelta(days=(end - start).days + 1)
        return cal

    def week_end(self, n: int) -> dt.date:
        """Last day of sick week ``n``: the deadline "in week n" (D0 + 7n - 1 without gaps)."""
        return self.day(7 * n)

    def week_start(self, n: int) -> dt.date:
        """First day of sick week ``n`` (D0 + 7(n - 1) without gaps)."""
        return self.day(7 * (n - 1) + 1)

    def sick_days(self, day: dt.date) -> int:
        """Number of sick days from D0 up to and including ``day`` (0 before D0)."""
        if day < self.d0:
            return 0
        n = (day - self.d0).days + 1
        for start, end in self.gaps:
            if start > day:
                break
            n -= (min(end, day) - start).days + 1
        return n

    def week(self, day: dt.date) -> int:
        """The sick week ``day`` falls in (1 = the week of D0; 0 before D0)."""
        return (self.sick_days(day) + 6) // 7


def build_clock(d0: dt.date, case: CaseFile, checklist: Checklist) -> SickClock:
    """The clock for D0; the recovered days of the merged chain of ``ziekteperiodes`` after D0 are skipped."""
    if not case.ziekteperiodes:
        return SickClock(d0)
    chains = merge_spells(case.ziekteperiodes, int(checklist.param("spell_merge_days", 28)))
    chain = next((c for c in chains if c[0].start <= d0 and (c[-1].end is None or d0 <= c[-1].end)), chains[-1])
    gaps: list[tuple[dt.date, dt.date]] = []
    for a, b in zip(chain, chain[1:], strict=False):
        if a.end is None:
            continue
        start, end = a.end + dt.timedelta(days=1), b.start - dt.timedelta(days=1)
        if start <= end and start > d0:
            gaps.append((start, end))
    return SickClock(d0, tuple(gaps))


@dataclass(frozen=True, slots=True)
class Milestone:
    """One row of the checklist's ``milestones``, with parameter names resolved to numbers."""

    id: str
    label_nl: str
    label_en: str
    types: tuple[str, ...]
    case: str | None
    week: int | None
    after: str | None
    days: int | None
    from_week: int | None
    due_case: str | None
    pick: str
    late: str
    early: str
    missing: str
    motivation: bool
    warn_from_week: int | None
    when: str | None
    source: str
    # also warn as soon as a document of this type is in the dossier: the eindevaluatie completes the verslag,
    # and from then on the employee's view is the one thing the application still waits for
    warn_with: str | None = None
    # due at the latest on the deadline of UWV's letter asking for the re-integratieverslag, when the
    # ``due_case`` date is not in dossier.yaml (the checklist's ``riv_request_*`` parameters; Ziektewet)
    due_request: bool = False
    # only judged when its deadline falls on or before the day the re-integratieverslag is asked for
    # (the ``aanvraag_wia`` date, else UWV's letter): a later deadline lies after the employment ended
    within_reference: bool = False

    def label(self, lang: str) -> str:
        """Label in the requested language."""
        return self.label_en if lang == "en" else self.label_nl


def milestones(checklist: Checklist) -> list[Milestone]:
    """The checklist's milestones, validated.

    Raises:
        ConfigError: an unknown key, type, parameter or severity; names the milestone and key.
    """
    out: list[Milestone] = []
    ids: set[str] = set()
    for i, raw in enumerate(checklist.milestones):
        where = f"milestones[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise ConfigError(
                checklist.path,
                f"{where}: verwacht een lijst van sleutel: waarde met een 'id'.",
                key="milestones",
            )
        mid = raw["id"]
        where = f"milestone '{mid}'"
        for key in raw:
            if key not in _MILESTONE_KEYS:
                from wia_dossier.checklist import _suggest

                raise ConfigError(
                    checklist.path,
                    f"{where}: onbekende sleutel '{key}'.{_suggest(str(key), _MILESTONE_KEYS)}",
                    key=str(key),
                )
        types = tuple(raw.get("types") or ([raw["type"]] if raw.get("type") else []))
        for t in types:
            if not checklist.has_type(t):
                raise ConfigError(checklist.path, f"{where}: onbekende documentsoort '{t}'.", key="type")
        if raw.get("warn_with") is not None and not checklist.has_type(str(raw["warn_with"])):
            raise ConfigError(
                checklist.path, f"{where}: onbekende documentsoort '{raw['warn_with']}'.", key="warn_with"
            )
        case = raw.get("case")
        if case is not None and case not in _CASE_DATES:
            raise ConfigError(
                checklist.path, f"{where}: 'case' moet een van {', '.join(_CASE_DATES)} zijn.", key="case"
            )
        if raw.get("due_case") is not None and raw["due_case"] not in _CASE_DATES:
            raise ConfigError(
                checklist.path,
                f"{where}: 'due_case' moet een van {', '.join(_CASE_DATES)} zijn.",
                key="due_case",
            )
        if not types and case is None:
            raise ConfigError(
                checklist.path,
                f"{where}: noem een documentsoort ('type') of een datum uit dossier.yaml ('case').",
                key="type",
            )
        if raw.get("after") is not None and raw["after"] not in ids:
            raise ConfigError(
                checklist.path,
                f"{where}: 'after' moet een eerdere milestone noemen, niet '{raw['after']}'.",
                key="after",
            )
        if raw.get("when") is not None and raw["when"] not in _CONDITIONS:
            raise ConfigError(
                checklist.path, f"{where}: 'when' moet een van {', '.join(_CONDITIONS)} zijn.", key="when"
            )
        week = _number(checklist, raw, "week", where)
        if week is None and raw.get("after") is None:
            raise ConfigError(checklist.path, f"{where}: 'week' ontbreekt.", key="week")
        label = raw.get("label") or {}
        if types:
            dt_ = checklist.type(types[0])
            label_nl, label_en = label.get("nl", dt_.label_nl), label.get("en", label.get("nl", dt_.label_en))
        else:
            label_nl, label_en = label.get("nl", mid), label.get("en", label.get("nl", mid))
        for flag in ("due_request", "within_reference"):
            if not isinstance(raw.get(flag, False), bool):
                raise ConfigError(checklist.path, f"{where}: '{flag}' moet true of false zijn.", key=flag)
        pick = raw.get("pick", "first")
        if pick not in ("first", "last"):
            raise ConfigError(checklist.path, f"{where}: 'pick' moet first of last zijn.", key="pick")
        out.append(
            Milestone(
                id=mid,
                label_nl=str(label_nl),
                label_en=str(label_en),
                types=types,
                case=case,
                week=week,
                after=raw.get("after"),
                days=_number(checklist, raw, "days", where),
                from_week=_number(checklist, raw, "from_week", where),
                due_case=raw.get("due_case"),
                pick=pick,
                late=_severity(checklist, raw, "late", "error", where),
                early=_severity(checklist, raw, "early", "none", where),
                missing=_severity(checklist, raw, "missing", "none", where),
                motivation=bool(raw.get("motivation", False)),
                warn_from_week=_number(checklist, raw, "warn_from_week", where),
                warn_with=raw.get("warn_with"),
                when=raw.get("when"),
                source=str(raw.get("source", "")),
                due_request=bool(raw.get("due_request", False)),
                within_reference=bool(raw.get("within_reference", False)),
            )
        )
        ids.add(mid)
    return out


def _number(checklist: Checklist, raw: dict[str, Any], key: str, where: str) -> int | None:
    val = raw.get(key)
    if val is None:
        return None
    if isinstance(val, str):
        if val not in checklist.parameters:
            raise ConfigError(checklist.path, f"{where}: '{key}' noemt parameter '{val}', die niet bestaat.", key=key)
        val = checklist.param(val)
    if isinstance(val, bool) or not isinstance(val, int):
        raise ConfigError(checklist.path, f"{where}: '{key}' moet een geheel getal of een parameternaam zijn.", key=key)
    return val


def _severity(checklist: Checklist, raw: dict[str, Any], key: str, default: str, where: str) -> str:
    val = raw.get(key, default)
    if isinstance(val, str) and val not in _SEVERITIES and val in checklist.parameters:
        val = checklist.param(val)
    if val not in _SEVERITIES:
        raise ConfigError(checklist.path, f"{where}: '{key}' moet error, warning, info of none zijn.", key=key)
    return str(val)
