"""Table-driven tests of the rules (DOMAIN §8): each case is hand-computed and its id cites the rule it checks.

Dates for D0 = 2025-01-13 (a Monday; week n ends D0 + 7n - 1):
week 6 ends 2025-02-23, week 8 ends 2025-03-09, week 42 ends 2025-11-02, week 46 starts 2025-11-24,
week 52 ends 2026-01-11, week 58 ends 2026-02-22, week 80 starts 2026-07-20, week 91 ends 2026-10-11,
week 93 ends 2026-10-25. Leap year D0 = 2024-02-26: week 1 ends 2024-03-03 (29 February counts),
week 6 ends 2024-04-07, week 93 ends 2025-12-07.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pytest

from wia_dossier.casefile import resolve_first_sick_day
from wia_dossier.checklist import Checklist, Parameter, load_checklist
from wia_dossier.model import (
    CaseFile,
    DateFound,
    Document,
    Extracted,
    Finding,
    Kind,
    Party,
    Severity,
    SickSpell,
    SourceFile,
    Status,
)
from wia_dossier.rules import evaluate
from wia_dossier.timeline import SickClock

D = dt.date
D0 = D(2025, 1, 13)
LEAP = D(2024, 2, 26)

# Text that passes every content check and carries a valid BSN.
GOOD = (
    "BSN: 123456782\ncasemanager: P. Jansen\ndoel: terugkeer in het eigen werk\nactiviteiten: 2 x 3 uur kantoortaken\nvisie van de werkgever: ...\nvisie van de werknemer: ...\n"
    "evaluatie elke 6 weken; binnen 4 weken 20 uur\n"
    "aard van het bedrijf: groothandel\narbeidsrelatie: goed\npassende arbeid: niet aanwezig\n"
)

CHECKLIST = load_checklist("wia-aanvraag")


def doc(
    type_: str | None,
    date: dt.date | None,
    text: str = GOOD,
    *,
    path: str | None = None,
    status: Status = Status.OK,
) -> Document:
    """A hand-made classified document."""
    rel = path or f"{type_}-{date}.pdf"
    return Document(
        source=SourceFile(rel, 0, "x"),
        extracted=Extracted(kind=Kind.PDF, pages=[text], status=status),
        type=type_,
        date=DateFound(date, "test") if date else None,
    )


def evals(start: dt.date, end: dt.date, every_days: int = 35) -> list[Document]:
    """Tussentijdse evaluaties every ``every_days`` days strictly between start and end."""
    out = []
    day = start + dt.timedelta(days=every_days)
    while day < end:
        out.append(doc("tussentijdse_evaluatie", day))
        day += dt.timedelta(days=every_days)
    return out


def on_time(d0: dt.date = D0, *, until_week: int = 93) -> list[Document]:
    """A complete dossier with every document on time up to ``until_week``."""
    w = lambda n, k=0: d0 + dt.timedelta(days=7 * n - 1 - k)  # noqa: E731 - end of week n, minus k days
    docs = [doc("probleemanalyse", w(5)), doc("plan_van_aanpak", w(6))]
    if until_week >= 42:
        docs.append(doc("ziekmelding_uwv", w(42, 3)))
    if until_week >= 52:
        docs.append(doc("eerstejaarsevaluatie", w(50)))
    if until_week >= 90:
        docs += [doc("actueel_oordeel", w(89)), doc("eindevaluatie", w(90)), doc("oordeel_werknemer", w(91))]
    last = max(d.date.value for d in docs)  # type: ignore[union-attr]
    docs += evals(w(6), last)
    end = w(min(until_week, 89))
    if last < end:
        docs += evals(last, end + dt.timedelta(days=35))
    return docs


@dataclass
class Case:
    id: str
    docs: list[Document]
    as_of: dt.date
    expect: list[tuple[str, str | None, str]] = field(default_factory=list)  # (code, type, severity) present
    absent: list[tuple[str, str | None]] = field(default_factory=list)  # (code, type) absent; type "*" = any
    d0: dt.date | None = D0
    case: CaseFile = field(default_factory=CaseFile)
    rows: dict[str, tuple[str, dt.date | None]] = field(default_factory=dict)  # id -> (status, due)
    text: list[str] = field(default_factory=list)  # substrings of some message
    params: dict[str, Any] = field(default_factory=dict)  # checklist parameters changed for this case


def with_params(checklist: Checklist, params: dict[str, Any]) -> Checklist:
    new = dict(checklist.parameters)
    for k, v in params.items():
        new[k] = Parameter(k, v, new[k].source if k in new else "test")
    return dataclasses.replace(checklist, parameters=new)


A = on_time()  # the complete on-time dossier for D0
APP = CaseFile(aanvraag_wia=D(2026, 10, 20))


def but(docs: list[Document], drop: str | tuple[str, ...] = (), add: list[Document] | None = None) -> list[Document]:
    drop_t = (drop,) if isinstance(drop, str) else drop
    return [d for d in docs if d.type not in drop_t] + list(add or [])


CASES = [
    # --- baseline
    Case(
        "complete-dossier-on-time-has-no-errors-or-warnings",
        A,
        D(2026, 10, 22),
        case=APP,
        absent=[
            ("missing", "*"),
            ("late", "*"),
            ("order", "*"),
            ("outdated", "*"),
            ("content", "*"),
            ("evaluation_gap", "*"),
            ("bsn_invalid", "*"),
            ("bsn_mismatch", "*"),
            ("early", "*"),
        ],
    ),
    # --- Regeling procesgang art. 2 lid 2: PA within 6 weeks, ±1 day tolerance
    Case(
        "art2-PA-on-deadline-day-week6",
        but(A, "probleemanalyse", [doc("probleemanalyse", D(2025, 2, 23))]),
        D(2025, 4, 1),
        absent=[("late", "probleemanalyse")],
        rows={"probleemanalyse": ("ok", D(2025, 2, 23))},
    ),
    Case(
        "art2-PA-deadline-plus-1-within-tolerance",
        but(on_time(until_week=10), "probleemanalyse", [doc("probleemanalyse", D(2025, 2, 24))]),
        D(2025, 4, 1),
        absent=[("late", "probleemanalyse")],
    ),
    Case(
        "art2-PA-deadline-plus-2-is-late-error",
        [doc("probleemanalyse", D(2025, 2, 25)), doc("plan_van_aanpak", D(2025, 3, 5))],
        D(2025, 4, 1),
        expect=[("late", "probleemanalyse", "error")],
        rows={"probleemanalyse": ("late", D(2025, 2, 23))},
        text=["na de termijn van 23-02-2025 (week 6)"],
    ),
    Case(
        "art5-PA-late-with-written-motivation-is-warning",
        [
            doc("probleemanalyse", D(2025, 3, 10), GOOD + "Reden van de overschrijding: ..."),
            doc("plan_van_aanpak", D(2025, 3, 20)),
        ],
        D(2025, 4, 1),
        expect=[("late", "probleemanalyse", "warning")],
        absent=[("late", "plan_van_aanpak")],
    ),
    Case(
        "art5-PA-late-motivated-in-the-arbodienst-wording-is-warning",
        [
            doc(
                "probleemanalyse",
                D(2025, 3, 10),
                GOOD + "Motivering latere probleemanalyse (art. 5 Regeling "
                "procesgang)\nDeze probleemanalyse is niet binnen zes weken na de eerste ziektedag opgesteld, "
                "omdat volledig herstel binnen vier weken werd verwacht.",
            ),
            doc("plan_van_aanpak", D(2025, 3, 20)),
        ],
        D(2025, 4, 1),
        expect=[("late", "probleemanalyse", "warning")],
        absent=[("late", "plan_van_aanpak")],
    ),
    Case(
        "spoor2-EJE-motivation-in-a-bureau-wording",
        but(
            on_time(until_week=60),
            "eerstejaarsevaluatie",
            [
                doc(
                    "eerstejaarsevaluatie",
                    D(2025, 12, 10),
                    GOOD + "Tweede spoor: motivering waarom het niet nodig is. Wij zetten op dit moment geen "
                    "tweede spoor in: er is een concreet vooruitzicht op volledige terugkeer in het eigen werk.",
                )
            ],
        ),
        D(2026, 3, 2),
        absent=[("missing", "trajectplan_tweede_spoor"), ("late", "trajectplan_tweede_spoor")],
    ),
    Case(
        "deskundigenoordeel-given-per-evaluation-but-missing",
        on_time(until_week=60)
        + [
            doc(
                "tussentijdse_evaluatie",
                D(2026, 1, 10),
                GOOD + "Op verzoek van de werkgever heeft UWV op 5 december "
                "2025 een deskundigenoordeel gegeven over het aangeboden werk.",
            )
        ],
        D(2026, 3, 2),
        expect=[("missing", "deskundigenoordeel", "warning")],
    ),
    Case(
        "art2-PA-missing-after-week6-is-error",
        [],
        D(2025, 3, 24),
        expect=[("missing", "probleemanalyse", "error")],
    ),
    Case(
        "art2-PA-not-yet-due-in-week3-is-deadline-ahead",
        [],
        D(2025, 1, 30),
        expect=[("deadline_ahead", "probleemanalyse", "info"), ("deadline_ahead", "plan_van_aanpak", "info")],
        absent=[("missing", "*")],
        rows={"probleemanalyse": ("due", D(2025, 2, 23))},
        text=["Probleemanalyse uiterlijk 23-02-2025 (week 6), nog 24 dagen"],
    ),
    # --- Regeling procesgang art. 4 lid 1: PvA within 2 weeks after the PA
    Case(
        "art4-PvA-on-PA-plus-14",
        [doc("probleemanalyse", D(2025, 2, 10)), doc("plan_van_aanpak", D(2025, 2, 24))],
        D(2025, 3, 20),
        absent=[("late", "plan_van_aanpak")],
        rows={"plan_van_aanpak": ("ok", D(2025, 2, 24))},
    ),
    Case(
        "art4-PvA-PA-plus-15-within-tolerance",
        [doc("probleemanalyse", D(2025, 2, 10)), doc("plan_van_aanpak", D(2025, 2, 25))],
        D(2025, 3, 20),
        absent=[("late", "plan_van_aanpak")],
    ),
    Case(
        "art4-PvA-PA-plus-16-is-late-error",
        [doc("probleemanalyse", D(2025, 2, 10)), doc("plan_van_aanpak", D(2025, 2, 26))],
        D(2025, 3, 20),
        expect=[("late", "plan_van_aanpak", "error")],
        rows={"plan_van_aanpak": ("late", D(2025, 2, 24))},
    ),
    Case(
        "art5-PvA-late-with-motivation-is-warning",
        [
            doc("probleemanalyse", D(2025, 2, 10)),
            doc("plan_van_aanpak", D(2025, 3, 15), GOOD + "Afwijking van de termijn: werknemer was opgenomen."),
        ],
        D(2025, 3, 20),
        expect=[("late", "plan_van_aanpak", "warning")],
    ),
    Case(
        "BR-art2-lid6-PvA-waived-when-PA-finds-no-usable-possibilities",
        [doc("probleemanalyse", D(2025, 2, 10), GOOD + "Er zijn geen benutbare mogelijkheden.")],
        D(2025, 5, 1),
        expect=[("waived", "plan_van_aanpak", "info")],
        absent=[("missing", "plan_van_aanpak"), ("late", "plan_van_aanpak")],
        rows={"plan_van_aanpak": ("na", D(2025, 2, 24))},
    ),
    Case(
        "art4-PvA-missing-without-waiver-is-error",
        [doc("probleemanalyse", D(2025, 2, 10))],
        D(2025, 5, 1),
        expect=[("missing", "plan_van_aanpak", "error")],
    ),
    Case(
        "art4-PvA-due-week8-when-PA-date-unknown",
        [],
        D(2025, 2, 28),
        expect=[("deadline_ahead", "plan_van_aanpak", "info")],
        rows={"plan_van_aanpak": ("due", D(2025, 3, 9))},
    ),
    # --- Regeling procesgang art. 4 lid 2 sub b: EJE, window weeks 46-52
    Case(
        "art4-EJE-not-demanded-in-week30",
        on_time(until_week=30),
        D(2025, 8, 4),
        absent=[("missing", "eerstejaarsevaluatie")],
        expect=[("deadline_ahead", "eerstejaarsevaluatie", "info")],
        rows={"eerstejaarsevaluatie": ("due", D(2026, 1, 11))},
    ),
    Case(
        "art4-EJE-missing-in-week53-is-error",
        but(on_time(until_week=53), "eerstejaarsevaluatie"),
        D(2026, 1, 14),
        expect=[("missing", "eerstejaarsevaluatie", "error")],
        rows={"eerstejaarsevaluatie": ("missing", D(2026, 1, 11))},
    ),
    Case(
        "art4-EJE-in-week48-ok",
        but(on_time(until_week=53), "eerstejaarsevaluatie", [doc("eerstejaarsevaluatie", D(2025, 12, 10))]),
        D(2026, 1, 14),
        absent=[
            ("early", "eerstejaarsevaluatie"),
            ("late", "eerstejaarsevaluatie"),
            ("missing", "eerstejaarsevaluatie"),
        ],
        rows={"eerstejaarsevaluatie": ("ok", D(2026, 1, 11))},
    ),
    Case(
        "art4-EJE-in-week44-is-early-warning",
        but(on_time(until_week=53), "eerstejaarsevaluatie", [doc("eerstejaarsevaluatie", D(2025, 11, 10))]),
        D(2026, 1, 14),
        expect=[("early", "eerstejaarsevaluatie", "warning")],
        text=["week 46-52 (24-11-2025 t/m 11-01-2026)"],
    ),
    Case(
        "art4-EJE-one-day-before-window-within-tolerance",
        but(on_time(until_week=53), "eerstejaarsevaluatie", [doc("eerstejaarsevaluatie", D(2025, 11, 23))]),
        D(2026, 1, 14),
        absent=[("early", "eerstejaarsevaluatie")],
    ),
    Case(
        "art4-EJE-in-week54-is-late-warning",
        but(on_time(until_week=55), "eerstejaarsevaluatie", [doc("eerstejaarsevaluatie", D(2026, 1, 20))]),
        D(2026, 2, 2),
        expect=[("late", "eerstejaarsevaluatie", "warning")],
    ),
    # --- Ziektewet art. 38: 42e-weeksmelding (a fine, no loonsanctie: warning at most)
    Case(
        "ZW38-42e-weeksmelding-late-is-warning",
        but(on_time(until_week=50), "ziekmelding_uwv", [doc("ziekmelding_uwv", D(2025, 11, 10))]),
        D(2025, 12, 20),
        expect=[("late", "ziekmelding_uwv", "warning")],
        absent=[("late", "probleemanalyse")],
    ),
    Case(
        "ZW38-42e-weeksmelding-on-time",
        on_time(until_week=50),
        D(2025, 12, 20),
        absent=[("late", "ziekmelding_uwv")],
        rows={"ziekmelding_uwv": ("ok", D(2025, 11, 2))},
    ),
    # --- WIA art. 25 lid 3: EV by week 91; WIA art. 64 lid 3: application by week 93
    Case(
        "WIA25-EV-in-week92-is-late-warning",
        but(A, "eindevaluatie", [doc("eindevaluatie", D(2026, 10, 15))]),
        D(2026, 10, 22),
        case=APP,
        expect=[("late", "eindevaluatie", "warning")],
        rows={"eindevaluatie": ("late", D(2026, 10, 11))},
    ),
    Case(
        "WIA64-application-after-week93-is-error",
        A,
        D(2026, 11, 2),
        case=CaseFile(aanvraag_wia=D(2026, 10, 28)),
        expect=[("late", None, "error")],
        rows={"aanvraag_wia": ("late", D(2026, 10, 25))},
        text=["ingediend op 28-10-2026"],
    ),
    Case(
        "WIA64-application-on-deadline-day-ok",
        A,
        D(2026, 11, 2),
        case=CaseFile(aanvraag_wia=D(2026, 10, 25)),
        absent=[("late", None)],
        rows={"aanvraag_wia": ("ok", D(2026, 10, 25))},
    ),
    Case(
        "WIA64-application-planned-is-deadline-ahead",
        on_time(until_week=89),
        D(2026, 9, 28),
        case=CaseFile(aanvraag_wia=D(2026, 10, 19)),
        expect=[("deadline_ahead", None, "info")],
        text=["WIA-aanvraag gepland op 19-10-2026; uiterlijk 25-10-2026 (week 93), nog 27 dagen"],
    ),
    Case(
        "WIA64-week93-passed-without-application-date-warns",
        A,
        D(2026, 11, 2),
        expect=[("late", None, "warning")],
        rows={"aanvraag_wia": ("missing", D(2026, 10, 25))},
    ),
    Case(
        "WIA64-countdown-text-23-days",
        on_time(until_week=89),
        D(2026, 10, 2),
        text=["WIA-aanvraag uiterlijk 25-10-2026 (week 93), nog 23 dagen (WIA art. 64 lid 3)."],
    ),
    # --- order: AO before EV (Werkwijzer Poortwachter)
    Case(
        "order-AO-after-EV-is-error",
        but(
            A,
            ("actueel_oordeel", "eindevaluatie"),
            [doc("actueel_oordeel", D(2026, 10, 8)), doc("eindevaluatie", D(2026, 10, 1))],
        ),
        D(2026, 10, 22),
        case=APP,
        expect=[("order", "eindevaluatie", "error")],
    ),
    Case("order-AO-before-EV-ok", A, D(2026, 10, 22), case=APP, absent=[("order", "*")]),
    # --- freshness (DOMAIN §2.5, heuristics)
    Case(
        "freshness-AO-10-weeks-before-application-warns",
        but(A, "actueel_oordeel", [doc("actueel_oordeel", D(2026, 8, 10))]),
        D(2026, 10, 22),
        case=APP,
        expect=[("outdated", "actueel_oordeel", "warning")],
        text=["Vraag de bedrijfsarts om een actueel oordeel van na 25 augustus 2026."],
    ),
    Case(
        "freshness-AO-6-weeks-before-application-ok",
        but(A, "actueel_oordeel", [doc("actueel_oordeel", D(2026, 9, 8))]),
        D(2026, 10, 22),
        case=APP,
        absent=[("outdated", "actueel_oordeel")],
    ),
    Case(
        "freshness-AO-before-week80-with-hard-severity-param-error",
        but(A, "actueel_oordeel", [doc("actueel_oordeel", D(2026, 6, 1))]),
        D(2026, 10, 22),
        case=APP,
        params={"ao_hard_max_age_severity": "error"},
        expect=[("outdated", "actueel_oordeel", "error")],
        text=["van vóór week 80"],
    ),
    Case(
        "freshness-EV-10-weeks-old-warns",
        but(
            A,
            ("eindevaluatie", "actueel_oordeel"),
            [doc("actueel_oordeel", D(2026, 8, 1)), doc("eindevaluatie", D(2026, 8, 10))],
        ),
        D(2026, 10, 22),
        case=APP,
        expect=[("outdated", "eindevaluatie", "warning")],
    ),
    Case(
        "freshness-not-judged-in-week60",
        on_time(until_week=60) + [doc("actueel_oordeel", D(2026, 1, 5))],
        D(2026, 3, 2),
        absent=[("outdated", "*")],
    ),
    # --- an actueel oordeel the bedrijfsarts overtook with a later bijstelling PA (DOMAIN §2.5, §8.4)
    Case(
        "freshness-AO-older-than-a-bijstelling-PA-warns",
        A + [doc("bijstelling_probleemanalyse", D(2026, 10, 1), path="arbo/bijstelling.pdf")],
        D(2026, 10, 22),
        case=APP,
        expect=[("outdated", "actueel_oordeel", "warning")],
        text=["is ouder dan de bijstelling van de probleemanalyse van 01-10-2026 ('arbo/bijstelling.pdf')"],
    ),
    Case(
        "freshness-AO-after-the-bijstelling-PA-ok",
        A + [doc("bijstelling_probleemanalyse", D(2026, 9, 1))],
        D(2026, 10, 22),
        case=APP,
        absent=[("outdated", "actueel_oordeel")],
    ),
    # --- the plan adjusted on the bedrijfsarts's adjusted advice (Regeling art. 4; DOMAIN §6 item 11: > 6 weeks is late)
    Case(
        "plan-revision-49-days-after-the-adjusted-PA-it-names-warns",
        A
        + [
            doc("bijstelling_probleemanalyse", D(2025, 6, 2)),
            doc(
                "bijstelling_plan_van_aanpak",
                D(2025, 7, 21),
                GOOD + "Naar aanleiding van de bijgestelde probleemanalyse passen wij het plan aan.",
                path="pva/bijstelling.pdf",
            ),
        ],
        D(2025, 9, 1),
        expect=[("late", "bijstelling_plan_van_aanpak", "warning")],
        text=["kwam 49 dagen na de bijgestelde probleemanalyse van 02-06-2025"],
    ),
    Case(
        "plan-revision-naming-the-advice-by-its-date-warns",
        A
        + [
            doc("bijstelling_probleemanalyse", D(2025, 6, 2)),
            doc("bijstelling_plan_van_aanpak", D(2025, 7, 21), GOOD + "Zie het advies van 2 juni 2025."),
        ],
        D(2025, 9, 1),
        expect=[("late", "bijstelling_plan_van_aanpak", "warning")],
    ),
    Case(
        "plan-revision-30-days-after-the-adjusted-PA-ok",
        A
        + [
            doc("bijstelling_probleemanalyse", D(2025, 6, 2)),
            doc("bijstelling_plan_van_aanpak", D(2025, 7, 2), GOOD + "Naar aanleiding van de bijgestelde probleemanalyse."),
        ],
        D(2025, 9, 1),
        absent=[("late", "bijstelling_plan_van_aanpak")],
    ),
    Case(
        # months later, for the second track, not an answer to that advice
        "plan-revision-that-does-not-name-the-adjusted-PA-ok",
        A
        + [
            doc("bijstelling_probleemanalyse", D(2025, 6, 2)),
            doc("bijstelling_plan_van_aanpak", D(2026, 1, 12), GOOD + "Start tweede spoor: nieuw doel."),
        ],
        D(2026, 2, 1),
        absent=[("late", "bijstelling_plan_van_aanpak")],
    ),
    # --- evaluations at least every 6 weeks (UWV; Regeling art. 4 lid 2 sub b)
    Case(
        "eval-gap-over-6-weeks-warns-naming-dates",
        [
            doc("probleemanalyse", D(2025, 2, 10)),
            doc("plan_van_aanpak", D(2025, 2, 20)),
            doc("tussentijdse_evaluatie", D(2025, 4, 10)),
            doc("tussentijdse_evaluatie", D(2025, 5, 15)),
        ],
        D(2025, 6, 1),
        expect=[("evaluation_gap", "tussentijdse_evaluatie", "warning")],
        text=["20-02-2025 → 10-04-2025 (7 weken)"],
    ),
    Case(
        "eval-gap-exactly-6-weeks-ok",
        [
            doc("probleemanalyse", D(2025, 2, 10)),
            doc("plan_van_aanpak", D(2025, 2, 20)),
            doc("tussentijdse_evaluatie", D(2025, 4, 3)),
            doc("tussentijdse_evaluatie", D(2025, 5, 15)),
        ],
        D(2025, 6, 1),
        absent=[("evaluation_gap", "*")],
    ),
    # --- second track (beoordelingskader §5, §8; practice: week 58)
    Case(
        "spoor2-EJE-mentions-track2-no-evidence-by-week58-warns",
        but(
            on_time(until_week=60),
            "eerstejaarsevaluatie",
            [doc("eerstejaarsevaluatie", D(2025, 12, 10), GOOD + "We starten spoor 2.")],
        ),
        D(2026, 3, 2),
        expect=[("missing", "trajectplan_tweede_spoor", "warning")],
        rows={"tweede_spoor": ("missing", D(2026, 2, 22))},
    ),
    Case(
        "spoor2-EJE-motivates-no-second-track",
        but(
            on_time(until_week=60),
            "eerstejaarsevaluatie",
            [
                doc(
                    "eerstejaarsevaluatie",
                    D(2025, 12, 10),
                    GOOD + "Tweede spoor is niet nodig: terugkeer binnen drie maanden.",
                )
            ],
        ),
        D(2026, 3, 2),
        absent=[("missing", "trajectplan_tweede_spoor"), ("late", "trajectplan_tweede_spoor")],
        rows={"tweede_spoor": ("na", D(2026, 2, 22))},
    ),
    Case(
        "spoor2-evidence-in-week56-ok",
        but(
            on_time(until_week=60),
            "eerstejaarsevaluatie",
            [
                doc(
                    "eerstejaarsevaluatie",
                    D(2025, 12, 10),
                    GOOD + "Terugkeer in eigen werk is niet te verwachten.",
                ),
                doc("trajectplan_tweede_spoor", D(2026, 2, 5)),
            ],
        ),
        D(2026, 3, 2),
        absent=[("missing", "trajectplan_tweede_spoor"), ("late", "trajectplan_tweede_spoor")],
        rows={"tweede_spoor": ("ok", D(2026, 2, 22))},
    ),
    Case(
        "spoor2-evidence-in-week62-late-warning",
        but(
            on_time(until_week=65),
            "eerstejaarsevaluatie",
            [
                doc("eerstejaarsevaluatie", D(2025, 12, 10), GOOD + "tweede spoor"),
                doc("voortgangsrapportage_tweede_spoor", D(2026, 3, 20)),
            ],
        ),
        D(2026, 4, 6),
        expect=[("late", "voortgangsrapportage_tweede_spoor", "warning")],
    ),
    Case(
        "spoor2-AD-rapport-trigger-before-week58-is-deadline-ahead",
        on_time(until_week=55) + [doc("arbeidsdeskundig_rapport", D(2025, 12, 1), GOOD + "Advies: 2e spoor")],
        D(2026, 1, 26),
        expect=[("deadline_ahead", "trajectplan_tweede_spoor", "info")],
        absent=[("missing", "trajectplan_tweede_spoor")],
    ),
    # --- content (Regeling art. 4 lid 2, art. 6; BR art. 2 lid 5, 9, 10)
    Case(
        "content-PvA-without-casemanager",
        but(
            on_time(until_week=20),
            "plan_van_aanpak",
            [doc("plan_van_aanpak", D(2025, 2, 20), "visie van de werkgever, visie van de werknemer")],
        ),
        D(2025, 6, 1),
        expect=[("content", "plan_van_aanpak", "warning")],
        text=["behandelt niet: een casemanager"],
    ),
    Case(
        "content-visie-missing-since-2023-07-01",
        but(
            on_time(until_week=20),
            "plan_van_aanpak",
            [doc("plan_van_aanpak", D(2025, 2, 20), "casemanager: X")],
        ),
        D(2025, 6, 1),
        expect=[("content", "plan_van_aanpak", "warning")],
        text=["de visie van de werkgever, de visie van de werknemer"],
    ),
    Case(
        "content-visie-not-required-before-2023-07-01",
        [
            doc("probleemanalyse", D(2022, 2, 10)),
            doc("plan_van_aanpak", D(2022, 2, 20), "casemanager: X\ndoel: eigen werk\nactiviteiten: kantoortaken\nevaluatie elke 6 weken; binnen 4 weken 20 uur"),
        ],
        D(2022, 3, 1),
        d0=D(2022, 1, 10),
        absent=[("content", "*")],
    ),
    Case(
        "content-EV-without-aard-van-het-bedrijf",
        but(
            A,
            "eindevaluatie",
            [doc("eindevaluatie", D(2026, 10, 4), "arbeidsrelatie goed; passende arbeid: geen")],
        ),
        D(2026, 10, 22),
        case=APP,
        expect=[("content", "eindevaluatie", "warning")],
        text=["behandelt niet: de aard van het bedrijf ("],
    ),
    Case(
        "content-AO-without-passende-arbeid",
        but(A, "actueel_oordeel", [doc("actueel_oordeel", D(2026, 9, 27), "De arbeidsrelatie is goed.")]),
        D(2026, 10, 22),
        case=APP,
        expect=[("content", "actueel_oordeel", "warning")],
        text=["behandelt niet: passende arbeid ("],
    ),
    Case(
        "content-unreadable-document-not-judged",
        but(A, "actueel_oordeel", [doc("actueel_oordeel", D(2026, 9, 27), "", status=Status.UNREADABLE)]),
        D(2026, 10, 22),
        case=APP,
        absent=[("content", "*")],
    ),
    # --- BSN (DOMAIN §5.2, §5.3)
    Case(
        "bsn-invalid-in-document-is-error",
        on_time(until_week=10) + [doc("tussentijdse_evaluatie", D(2025, 3, 20), "BSN: 123456789")],
        D(2025, 3, 25),
        expect=[("bsn_invalid", "tussentijdse_evaluatie", "error")],
        text=["*****6789"],
    ),
    Case(
        "bsn-mismatch-between-documents-is-error",
        on_time(until_week=10) + [doc("tussentijdse_evaluatie", D(2025, 3, 20), "BSN: 111222333")],
        D(2025, 3, 25),
        expect=[("bsn_mismatch", "tussentijdse_evaluatie", "error")],
        text=["*****2333", "*****6782"],
    ),
    Case(
        "bsn-mismatch-with-case-file",
        on_time(until_week=10),
        D(2025, 3, 25),
        case=CaseFile(werknemer=Party(bsn="249566758")),
        expect=[("bsn_mismatch", "probleemanalyse", "error")],
        text=["dossier.yaml noemt *****6758"],
    ),
    Case(
        "bsn-invalid-in-case-file",
        on_time(until_week=10),
        D(2025, 3, 25),
        case=CaseFile(werknemer=Party(bsn="123456789")),
        expect=[("bsn_invalid", None, "error")],
    ),
    Case(
        "bsn-formatted-same-number-no-mismatch",
        on_time(until_week=10) + [doc("tussentijdse_evaluatie", D(2025, 3, 20), "BSN 1234.56.782")],
        D(2025, 3, 25),
        absent=[("bsn_mismatch", "*"), ("bsn_invalid", "*")],
    ),
    # --- leap year: D0 2024-02-26
    Case(
        "leap-PA-due-2024-04-07-plus-1-tolerated",
        [doc("probleemanalyse", D(2024, 4, 8)), doc("plan_van_aanpak", D(2024, 4, 15))],
        D(2024, 5, 1),
        d0=LEAP,
        absent=[("late", "probleemanalyse")],
        rows={"probleemanalyse": ("ok", D(2024, 4, 7))},
    ),
    Case(
        "leap-PA-2024-04-09-late",
        [doc("probleemanalyse", D(2024, 4, 9)), doc("plan_van_aanpak", D(2024, 4, 15))],
        D(2024, 5, 1),
        d0=LEAP,
        expect=[("late", "probleemanalyse", "error")],
    ),
    Case(
        "leap-week93-is-2025-12-07",
        on_time(LEAP, until_week=85),
        D(2025, 9, 1),
        d0=LEAP,
        rows={"aanvraag_wia": ("due", D(2025, 12, 7)), "eindevaluatie": ("due", D(2025, 11, 23))},
    ),
    # --- WIA art. 23 lid 3: merged spells (14 recovered days shift every later deadline)
    Case(
        "WIA23-merged-spells-shift-PA-deadline",
        [doc("probleemanalyse", D(2025, 3, 5)), doc("plan_van_aanpak", D(2025, 3, 12))],
        D(2025, 4, 1),
        d0=None,
        case=CaseFile(ziekteperiodes=(SickSpell(D0, D(2025, 2, 2)), SickSpell(D(2025, 2, 17), None))),
        absent=[("late", "probleemanalyse")],
        rows={"probleemanalyse": ("ok", D(2025, 3, 9)), "aanvraag_wia": ("due", D(2026, 11, 8))},
    ),
    Case(
        "WIA23-spells-4-weeks-apart-start-new-D0",
        [doc("probleemanalyse", D(2025, 2, 20))],
        D(2025, 2, 24),
        d0=None,
        case=CaseFile(ziekteperiodes=(SickSpell(D(2024, 6, 3), D(2024, 6, 30)), SickSpell(D0, None))),
        rows={"probleemanalyse": ("ok", D(2025, 2, 23))},
    ),
    # --- if_referenced (Regeling art. 4 lid 5)
    Case(
        "art4-lid5-bijstelling-PvA-referenced-but-missing",
        on_time(until_week=30)
        + [doc("tussentijdse_evaluatie", D(2025, 7, 1), GOOD + "Het plan van aanpak is bijgesteld.")],
        D(2025, 8, 4),
        expect=[("missing", "bijstelling_plan_van_aanpak", "warning")],
    ),
    Case(
        "art4-lid5-bijstelling-PA-only-as-a-condition-is-not-missing",
        on_time(until_week=30)
        + [
            doc(
                "plan_van_aanpak",
                D(2025, 2, 25),
                GOOD + "Als de opbouw stagneert, vraagt de casemanager de "
                "bedrijfsarts om een bijstelling van de probleemanalyse. Een eventuele bijstelling van het plan van "
                "aanpak volgt daarna.",
                path="pva-met-voorwaarde.pdf",
            )
        ],
        D(2025, 8, 4),
        absent=[("missing", "bijstelling_probleemanalyse"), ("missing", "bijstelling_plan_van_aanpak")],
    ),
    Case(
        "art4-lid5-bijstelling-PA-stated-is-missing",
        on_time(until_week=30)
        + [
            doc(
                "tussentijdse_evaluatie",
                D(2025, 7, 1),
                GOOD + "De bedrijfsarts heeft een bijstelling van de "
                "probleemanalyse gemaakt; als die er is, passen we het plan aan.",
            )
        ],
        D(2025, 8, 4),
        expect=[("missing", "bijstelling_probleemanalyse", "warning")],
    ),
    # --- oordeel werknemer (Regeling art. 6 lid 1 onder l): warning before the application, error after
    Case(
        "art6l-OW-at-week92-before-application-warns",
        but(A, "oordeel_werknemer"),
        D(2026, 10, 13),
        case=CaseFile(aanvraag_wia=D(2026, 10, 20)),
        expect=[("missing", "oordeel_werknemer", "warning")],
        absent=[("deadline_ahead", "oordeel_werknemer")],
    ),
    Case(
        "art6l-OW-after-application-is-error",
        but(A, "oordeel_werknemer"),
        D(2026, 10, 22),
        case=APP,
        expect=[("missing", "oordeel_werknemer", "error")],
    ),
    Case(
        # the eindevaluatie completes the verslag early (week 88): from then on only the employee's view is
        # missing, so it is a warning, not a deadline three weeks ahead
        "art6l-OW-warns-once-the-EV-is-in-before-week-91",
        but(
            on_time(until_week=93),
            ("oordeel_werknemer", "eindevaluatie", "actueel_oordeel"),
            add=[doc("actueel_oordeel", D(2026, 9, 6)), doc("eindevaluatie", D(2026, 9, 20))],
        ),
        D(2026, 9, 27),
        expect=[("missing", "oordeel_werknemer", "warning")],
        absent=[("deadline_ahead", "oordeel_werknemer")],
    ),
    Case(
        "art6l-OW-at-week89-without-EV-is-deadline-ahead",
        but(on_time(until_week=93), ("oordeel_werknemer", "eindevaluatie")),
        D(2026, 9, 27),
        expect=[("deadline_ahead", "oordeel_werknemer", "info")],
        absent=[("missing", "oordeel_werknemer")],
    ),
    Case(
        "art6l-OW-at-week60-is-deadline-ahead",
        on_time(until_week=60),
        D(2026, 3, 2),
        expect=[("deadline_ahead", "oordeel_werknemer", "info")],
        absent=[("missing", "oordeel_werknemer")],
    ),
    Case(
        "art6i-AO-not-demanded-in-week85",
        on_time(until_week=85),
        D(2026, 8, 24),
        expect=[("deadline_ahead", "actueel_oordeel", "info")],
        absent=[("missing", "actueel_oordeel"), ("missing", "eindevaluatie")],
    ),
    Case(
        "art6i-AO-missing-after-week91-is-error",
        but(A, "actueel_oordeel"),
        D(2026, 10, 14),
        case=CaseFile(aanvraag_wia=D(2026, 10, 20)),
        expect=[("missing", "actueel_oordeel", "error")],
    ),
    Case(
        "WIA64-early-application-demands-AO-and-EV-before-week88",
        on_time(until_week=85),
        D(2026, 8, 20),
        case=CaseFile(aanvraag_wia=D(2026, 8, 10)),
        expect=[
            ("missing", "actueel_oordeel", "error"),
            ("missing", "eindevaluatie", "error"),
            ("missing", "oordeel_werknemer", "error"),
        ],
    ),
    # --- no D0
    Case(
        "no-first-sick-day-warns-and-still-checks-always-types",
        [],
        D(2025, 6, 1),
        d0=None,
        expect=[("no_first_sick_day", None, "warning"), ("missing", "probleemanalyse", "error")],
        absent=[("deadline_ahead", "*")],
    ),
]


def _run(c: Case, lang: str = "nl") -> tuple[list[Finding], list[dict[str, Any]]]:
    checklist = with_params(CHECKLIST, c.params) if c.params else CHECKLIST
    d0 = DateFound(c.d0, "test") if c.d0 else resolve_first_sick_day(None, c.case, c.docs, checklist=checklist)
    result = evaluate(c.docs, checklist, c.case, d0, c.as_of, lang=lang)
    return result.findings, result.timeline


def _show(findings: list[Finding]) -> str:
    return "\n".join(f"  {f.severity} {f.code} {f.type} {f.path}: {f.message}" for f in findings)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_rules_table(c: Case) -> None:
    findings, rows = _run(c)
    got = {(f.code, f.type, str(f.severity)) for f in findings}
    for exp in c.expect:
        assert exp in got, f"expected {exp}\n{_show(findings)}"
    for code, type_ in c.absent:
        hits = [f for f in findings if f.code == code and (type_ == "*" or f.type == type_)]
        assert not hits, f"unexpected {code}/{type_}\n{_show(hits)}"
    by_id = {r["id"]: r for r in rows}
    for mid, (status, due) in c.rows.items():
        assert by_id[mid]["status"] == status, by_id[mid]
        if due is not None:
            assert by_id[mid]["due"] == due, by_id[mid]
    for t in c.text:
        assert any(t in f.message for f in findings), f"no message contains {t!r}\n{_show(findings)}"


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_english_messages_and_no_document_text(c: Case) -> None:
    findings, _ = _run(c, lang="en")
    for f in findings:
        text = f.message.replace(f.source or "", "")  # the legal source stays Dutch
        assert "ontbreekt" not in text and " uiterlijk " not in text and " dagen" not in text, text
        # never quote document text (the marker words of the test texts)
        assert "groothandel" not in f.message and "P. Jansen" not in f.message
        assert "123456782" not in f.message


def test_every_finding_names_a_source() -> None:
    for c in CASES:
        for f in _run(c)[0]:
            if f.code != "no_first_sick_day":
                assert f.source, f


def test_rows_have_the_contract_keys_and_statuses() -> None:
    _, rows = _run(CASES[0])
    assert [r["id"] for r in rows][:2] == ["probleemanalyse", "plan_van_aanpak"]
    for r in rows:
        assert set(r) == {"id", "label", "week", "due", "document", "date", "status"}
        assert r["status"] in {"ok", "late", "missing", "due", "na"}


def test_pure_same_input_same_output() -> None:
    c = CASES[0]
    assert _run(c) == _run(c)


def test_sick_clock_gaps() -> None:
    clock = SickClock(D0, ((D(2025, 2, 3), D(2025, 2, 16)),))
    assert clock.week_end(3) == D(2025, 2, 2)
    assert clock.week_start(4) == D(2025, 2, 17)
    assert clock.week_end(6) == D(2025, 3, 9)
    assert clock.week(D(2025, 2, 10)) == 3  # a recovered day belongs to the last sick week
    assert clock.week(D(2025, 3, 9)) == 6
    assert clock.week(D(2025, 3, 10)) == 7
    assert clock.week(D(2024, 12, 31)) == 0


def test_milestones_are_data(tmp_path: Any) -> None:
    """Moving the PA deadline in the checklist moves it in the rules: no number lives in the code."""
    c = with_params(CHECKLIST, {"pa_week": 4})
    result = evaluate([doc("probleemanalyse", D(2025, 2, 20))], c, CaseFile(), DateFound(D0, "t"), D(2025, 3, 1))
    findings, rows = result.findings, result.timeline
    assert rows[0]["due"] == D(2025, 2, 9)
    assert ("late", "probleemanalyse") in {(f.code, f.type) for f in findings}


# --- the second checklist: rules are data (ziektewet-riv.yaml works without code of its own)

ZW = load_checklist("ziektewet-riv")
ZW_BASE = [
    doc("actueel_oordeel", D(2025, 3, 3)),
    doc("oordeel_werknemer", D(2025, 3, 5)),
    doc("ziekmelding_uwv", D(2025, 3, 7)),
]


def _zw(
    docs: list[Document], as_of: dt.date, case: CaseFile | None = None
) -> tuple[set[tuple[str, str | None, str]], dict[str, Any]]:
    result = evaluate(docs, ZW, case or CaseFile(), DateFound(D0, "t"), as_of)
    findings, rows = result.findings, result.timeline
    return {(f.code, f.type, str(f.severity)) for f in findings}, {r["id"]: r for r in rows}


def test_zw_shortened_riv_below_10_weeks_needs_no_PA_PvA_EV() -> None:
    got, rows = _zw(ZW_BASE, D(2025, 3, 10))  # week 9
    assert not [g for g in got if g[0] == "missing"], got
    assert "aanvraag_wia" not in rows and "ziekmelding_uwv" not in rows


def test_zw_full_riv_from_week_10() -> None:
    got, _ = _zw(ZW_BASE, D(2025, 4, 7))  # week 13; the RIV date is not known yet
    assert ("missing", "probleemanalyse", "error") in got and ("missing", "plan_van_aanpak", "error") in got
    assert ("deadline_ahead", "eindevaluatie", "info") in got
    got, _ = _zw(ZW_BASE, D(2025, 4, 7), CaseFile(aanvraag_wia=D(2025, 4, 1)))  # the RIV went to UWV
    assert ("missing", "eindevaluatie", "error") in got, got


def test_zw_AO_and_OW_are_always_required_once_the_riv_is_sent() -> None:
    got, rows = _zw([], D(2025, 3, 10), CaseFile(aanvraag_wia=D(2025, 3, 6)))
    assert ("missing", "actueel_oordeel", "error") in got
    assert ("missing", "oordeel_werknemer", "error") in got
    assert ("missing", "ziekmelding_uwv", "warning") in got
    assert rows["actueel_oordeel"]["due"] == D(2025, 3, 6)


def test_zw_PA_deadline_same_as_wia() -> None:
    got, rows = _zw(ZW_BASE + [doc("probleemanalyse", D(2025, 2, 26))], D(2025, 4, 7))
    assert ("late", "probleemanalyse", "error") in got
    assert rows["probleemanalyse"]["due"] == D(2025, 2, 23)


def test_a_count_of_one_reads_in_the_singular() -> None:
    from wia_dossier.messages import msg

    text = msg("deadline_ahead", "nl", label="Eindevaluatie", due="30-11-2026", week=91, days=1, source="bron")
    assert "nog 1 dag (" in text
    assert "nog 21 dagen" in msg("deadline_ahead", "nl", label="E", due="x", week=91, days=21, source="b")
    assert "1 day left" in msg("deadline_ahead", "en", label="E", due="x", week=91, days=1, source="b")


def test_a_gap_over_a_limit_in_weeks_says_the_days_too() -> None:
    # 'meer dan 6 weken tussen evaluaties: ... (6 weken)' contradicted itself for a gap of 44 days
    from wia_dossier.messages import duration

    assert duration(44, "nl") == "6 weken en 2 dagen"
    assert duration(42, "nl") == "6 weken"
    assert duration(8, "nl") == "1 week en 1 dag"
    assert duration(44, "en") == "6 weeks and 2 days"


def test_a_probleemanalyse_of_an_earlier_spell_starts_no_deadline_of_this_one() -> None:
    """§8.3: the plan van aanpak is due within two weeks of this spell's probleemanalyse. An earlier spell (more than
    four weeks before D0, not merged) left its own probleemanalyse in the folder, dated before D0; it is no base for
    this spell's plan van aanpak (findings holdout 9's clean case reported the PvA 'late' by it)."""
    old_pa = doc("probleemanalyse", D0 - dt.timedelta(days=60), path="oud/PA vorige ziekte.pdf")
    docs = [old_pa, doc("probleemanalyse", D0 + dt.timedelta(days=34)), doc("plan_van_aanpak", D0 + dt.timedelta(days=46))]
    result = evaluate(docs, CHECKLIST, CaseFile(), DateFound(D0, "test"), D0 + dt.timedelta(days=60))
    late = [f for f in result.findings if f.code == "late" and f.type == "plan_van_aanpak"]
    assert late == [], [f.message for f in late]
    row = next(r for r in result.timeline if r["id"] == "probleemanalyse")
    assert row["document"] == f"probleemanalyse-{D0 + dt.timedelta(days=34)}.pdf", row


def test_an_eindevaluatie_after_the_application_is_out_of_order() -> None:
    """DOMAIN §2.5: AO date <= EV date <= application date (order check, error). An employee applied early (week 89)
    and the eindevaluatie came 12 days later (findings holdout 10)."""
    applied = D0 + dt.timedelta(days=619)
    docs = [doc("actueel_oordeel", applied - dt.timedelta(days=20)), doc("eindevaluatie", applied + dt.timedelta(days=12))]
    result = evaluate(docs, CHECKLIST, CaseFile(aanvraag_wia=applied), DateFound(D0, "test"), applied + dt.timedelta(days=20))
    order = [f for f in result.findings if f.code == "order"]
    assert len(order) == 1 and "na de WIA-aanvraag" in order[0].message, [f.message for f in order]
    assert str(order[0].severity) == "error"
    # before the application: in order
    on_time = [doc("actueel_oordeel", applied - dt.timedelta(days=20)), doc("eindevaluatie", applied - dt.timedelta(days=5))]
    again = evaluate(on_time, CHECKLIST, CaseFile(aanvraag_wia=applied), DateFound(D0, "test"), applied + dt.timedelta(days=20))
    assert not [f for f in again.findings if f.code == "order"]


def test_a_running_second_track_without_reports_for_months_is_flagged() -> None:
    """DOMAIN §7: no legal frequency, but a practice norm (default 9 weeks) for the provider's progress reports while
    the second track runs; a track closed by its eindrapportage is not checked after it."""
    start = D0 + dt.timedelta(days=300)
    docs = [doc("trajectplan_tweede_spoor", start), doc("voortgangsrapportage_tweede_spoor", start + dt.timedelta(days=56))]
    as_of = start + dt.timedelta(days=56 + 140)
    result = evaluate(docs, CHECKLIST, CaseFile(), DateFound(D0, "test"), as_of)
    gaps = [f for f in result.findings if f.code == "report_gap" and f.type == "voortgangsrapportage_tweede_spoor"]
    assert len(gaps) == 1 and "sinds" in gaps[0].message, [f.message for f in gaps]
    assert str(gaps[0].severity) == "warning"
    closed = [*docs, doc("eindrapportage_tweede_spoor", start + dt.timedelta(days=100))]
    again = evaluate(closed, CHECKLIST, CaseFile(), DateFound(D0, "test"), as_of)
    assert not [f for f in again.findings if f.code == "report_gap"]
    assert not [f for f in result.findings if f.code == "evaluation_gap"]  # that code is for the meetings


def test_a_bijstelling_that_sees_possibilities_again_ends_the_waiver_of_the_plan() -> None:
    """§8.1: a probleemanalyse stating 'geen benutbare mogelijkheden' waives the plan van aanpak; a later bijstelling
    probleemanalyse that no longer says so is the current judgement, and the plan is needed again (holdout 10)."""
    pa = doc("probleemanalyse", D0 + dt.timedelta(days=38), GOOD + "Er zijn geen benutbare mogelijkheden.")
    later = doc("bijstelling_probleemanalyse", D0 + dt.timedelta(days=140), GOOD + "Er zijn nu wel mogelijkheden: 2 x 2 uur.")
    as_of = D0 + dt.timedelta(days=190)
    result = evaluate([pa, later], CHECKLIST, CaseFile(), DateFound(D0, "test"), as_of)
    assert ("missing", "plan_van_aanpak") in {(f.code, f.type) for f in result.findings}, [f.message for f in result.findings]
    # the waiver stands while no later judgement contradicts it
    still = evaluate([pa], CHECKLIST, CaseFile(), DateFound(D0, "test"), as_of)
    assert ("missing", "plan_van_aanpak") not in {(f.code, f.type) for f in still.findings}
    assert any(f.code == "waived" for f in still.findings)


# --- session 7: an unreadable file that is the document by its name; the upload after the application -----------


def _week_end(n: int) -> dt.date:
    return D0 + dt.timedelta(days=7 * n - 1)


def test_an_unreadable_file_named_as_the_probleemanalyse_stops_a_late_or_missing_verdict() -> None:
    """The PA came as a password-protected PDF: its date is unknown, so its deadline is not called missed."""
    locked = doc(None, None, "", path="Arbo/Probleemanalyse Y. Kaya (beveiligd).pdf", status=Status.ENCRYPTED)
    # no readable PA at all: not 'missing', but said to be unchecked
    findings, rows = _run(Case("x", but(A, drop="probleemanalyse", add=[locked]), D(2026, 11, 1), case=APP))
    assert not [f for f in findings if f.type == "probleemanalyse" and f.code in ("missing", "late")], _show(findings)
    unverified = [f for f in findings if f.code == "unverified" and f.type == "probleemanalyse"]
    assert unverified and unverified[0].severity is Severity.INFO and unverified[0].path == locked.path
    assert "--password" in unverified[0].message
    assert {r["id"]: r for r in rows}["probleemanalyse"]["status"] == "na"
    # a later feedback that reads as a PA would be 'late'; with the locked file there, the deadline is not judged
    late_feedback = doc("probleemanalyse", _week_end(17), path="Arbo/Terugkoppeling spreekuur 2.pdf")
    findings, _ = _run(Case("y", but(A, drop="probleemanalyse", add=[locked, late_feedback]), D(2026, 11, 1), case=APP))
    assert not [f for f in findings if f.code == "late" and f.type == "probleemanalyse"], _show(findings)
    # without the locked file the same feedback is late: the rule still works
    findings, _ = _run(Case("z", but(A, drop="probleemanalyse", add=[late_feedback]), D(2026, 11, 1), case=APP))
    assert [f for f in findings if f.code == "late" and f.type == "probleemanalyse"], _show(findings)


def test_the_verslag_reaching_uwv_days_after_the_application_is_late() -> None:
    """DOMAIN §8.3: upload <= application + 1 day; UWV's receipt says when it arrived."""
    letter = (
        "UWV\nOntvangstbevestiging re-integratieverslag\nDatum: 26 oktober 2026\nBSN: 123456782\n"
        "Op 22 oktober 2026 hebben wij het re-integratieverslag van uw werknemer ontvangen. Uw werknemer heeft op "
        "12 oktober 2026 een WIA-uitkering aangevraagd."
    )
    receipt = doc("uwv_correspondentie", D(2026, 10, 26), letter, path="UWV/Ontvangstbevestiging.pdf")
    findings, _ = _run(Case("late", [*A, receipt], D(2026, 10, 30)))
    late = [f for f in findings if f.code == "late" and f.path == receipt.path]
    assert late and late[0].severity is Severity.WARNING, _show(findings)
    assert "22-10-2026" in late[0].message and "10 dagen" in late[0].message
    on_time_letter = letter.replace("22 oktober 2026", "13 oktober 2026")
    receipt2 = doc("uwv_correspondentie", D(2026, 10, 14), on_time_letter, path="UWV/Ontvangstbevestiging.pdf")
    findings, _ = _run(Case("ok", [*A, receipt2], D(2026, 10, 30)))
    assert not [f for f in findings if f.code == "late" and f.path == receipt2.path], _show(findings)
    # dossier.yaml's application date counts before the letter's
    findings, _ = _run(Case("yaml", [*A, receipt2], D(2026, 10, 30), case=CaseFile(aanvraag_wia=D(2026, 10, 5))))
    assert [f for f in findings if f.code == "late" and f.path == receipt2.path], _show(findings)


def test_a_plan_van_aanpak_without_time_frames_or_evaluation_moments_lacks_content() -> None:
    """DOMAIN §8.6: the PvA names time frames and evaluation moments (Regeling procesgang art. 4)."""
    bare = (
        "BSN: 123456782\ncasemanager: I. Kramer\nDoel: terug in het eigen werk.\nvisie van de werkgever: rustig starten\nvisie van de werknemer: graag "
        "terug\nActiviteiten: ondersteunende taken, meedraaien op de groep, uren uitbreiden zoals de bedrijfsarts adviseert."
    )
    findings, _ = _run(
        Case("bare", but(on_time(until_week=20), "plan_van_aanpak", [doc("plan_van_aanpak", D(2025, 2, 20), bare)]), D(2025, 6, 1))
    )
    content = [f for f in findings if f.code == "content" and f.type == "plan_van_aanpak"]
    assert content and "evaluatiemomenten" in content[0].message and "termijnen" in content[0].message, _show(findings)
    full = bare + "\nWe bespreken de voortgang elke vier weken; vanaf 1 maart twee ochtenden, binnen 6 weken 16 uur."
    findings, _ = _run(
        Case("full", but(on_time(until_week=20), "plan_van_aanpak", [doc("plan_van_aanpak", D(2025, 2, 20), full)]), D(2025, 6, 1))
    )
    assert not [f for f in findings if f.code == "content" and f.type == "plan_van_aanpak"], _show(findings)



@pytest.mark.parametrize(
    ("author", "flagged"),
    [
        ("M. Rook (casemanager)", True),
        ("K. Verbruggen (arbeidsdeskundige)", True),
        ("drs. F. Haverkamp (bedrijfsarts)", False),
        ("A. de Wit (praktijkondersteuner)", False),  # an unknown function is left alone
    ],
)
def test_an_actueel_oordeel_signed_by_someone_other_than_a_bedrijfsarts_is_an_error(author: str, flagged: bool) -> None:
    from wia_dossier.findings import form_findings

    ao = doc("actueel_oordeel", D(2026, 9, 1), path="09 WIA/Actueel oordeel.pdf")
    ao.author = author
    ao.bsns = ["123456782"]
    found = [f for f in form_findings([ao], CHECKLIST, "nl") if f.severity is Severity.ERROR]
    assert bool(found) is flagged, found
    if flagged:
        assert author in found[0].message and "bedrijfsarts" in found[0].message


# --- session 8: the copies for the employee by week 91; a concept is no element; the AD's reason for no second track


def test_copies_of_the_verslag_given_to_the_employee_after_week_91_are_late() -> None:
    """WIA art. 25 lid 3, DOMAIN §8.3: the employee has copies of every RIV document by week 91 (D0+636)."""
    due = D0 + dt.timedelta(days=636)
    sent = "Beste Noor,\nBijgaand ontvang je de kopieën van alle stukken van het re-integratieverslag.\nGroet, HR"
    late_mail = doc(None, due + dt.timedelta(days=6), sent, path="09 WIA/Kopie verslag voor Noor.eml")
    findings, _ = _run(Case("late", [*on_time(), late_mail], due + dt.timedelta(days=20)))
    late = [f for f in findings if f.code == "late" and f.path == late_mail.path]
    assert late and late[0].severity is Severity.WARNING and late[0].type is None, _show(findings)
    assert "week 91" in late[0].message
    # on time: no finding
    early_mail = doc(None, due - dt.timedelta(days=3), sent, path="09 WIA/Kopie verslag voor Noor.eml")
    findings, _ = _run(Case("ok", [*on_time(), early_mail], due + dt.timedelta(days=20)))
    assert not [f for f in findings if f.code == "late" and f.path == early_mail.path], _show(findings)
    # the date in the sentence beats the paper's own date: the employee's view written later says when they came
    said = doc(
        "oordeel_werknemer",
        due + dt.timedelta(days=10),
        f"De kopie van het re-integratieverslag heb ik op {(due - dt.timedelta(days=2)).strftime('%d-%m-%Y')} gekregen.",
        path="09 WIA/Mijn mening.pdf",
    )
    findings, _ = _run(Case("said", [*on_time(), said], due + dt.timedelta(days=20)))
    assert not [f for f in findings if f.code == "late" and f.path == said.path], _show(findings)
    said_late = doc(
        "oordeel_werknemer",
        due + dt.timedelta(days=10),
        f"De kopie van het re-integratieverslag heb ik op {(due + dt.timedelta(days=5)).strftime('%d-%m-%Y')} gekregen.",
        path="09 WIA/Mijn mening.pdf",
    )
    findings, _ = _run(Case("said-late", [*on_time(), said_late], due + dt.timedelta(days=20)))
    late = [f for f in findings if f.code == "late" and f.path == said_late.path]
    assert late and (due + dt.timedelta(days=5)).strftime("%d-%m-%Y") in late[0].message, _show(findings)
    # UWV telling what must happen is no statement that it happened
    uwv = doc(
        "uwv_correspondentie",
        due + dt.timedelta(days=8),
        "Uw werkgever moet u uiterlijk in week 91 een kopie van het re-integratieverslag geven; u hebt die ontvangen?",
        path="UWV/brief.pdf",
    )
    findings, _ = _run(Case("uwv", [*on_time(), uwv], due + dt.timedelta(days=20)))
    assert not [f for f in findings if f.code == "late" and f.path == uwv.path], _show(findings)


def test_a_concept_is_no_element_of_the_report() -> None:
    from wia_dossier.findings import form_findings

    concept = doc(
        "actueel_oordeel",
        D(2026, 9, 1),
        "x",
        path="09 WIA/Actueel oordeel (concept).pdf",
    )
    concept.extracted.title_zone = "CONCEPT - Actueel oordeel\nten behoeve van de WIA-aanvraag"
    concept.author, concept.bsns = "dr. P. Bos (bedrijfsarts)", ["123456782"]
    found = [f for f in form_findings([concept], CHECKLIST, "nl") if f.path == concept.path]
    assert found and found[0].severity is Severity.ERROR and "concept" in found[0].message, found
    final = doc("actueel_oordeel", D(2026, 9, 8), "x", path="09 WIA/Actueel oordeel getekend.pdf")
    final.author, final.bsns = "dr. P. Bos (bedrijfsarts)", ["123456782"]
    found = [f for f in form_findings([concept, final], CHECKLIST, "nl") if f.path == concept.path]
    assert found and found[0].severity is Severity.WARNING and "getekend" in found[0].message, found
    assert not [f for f in form_findings([concept, final], CHECKLIST, "nl") if f.path == final.path]
    # a file name with 'concept' in the middle ('EJE concept.docx', 'ArboConcept') or a text that discusses 'het
    # concept' is no draft mark
    named = doc("eerstejaarsevaluatie", D(2026, 1, 8), "x", path="EJE concept.docx")
    named.extracted.title_zone = "Eerstejaarsevaluatie\nDefinitieve versie, besproken concept van 2 januari"
    named.author, named.bsns = "J. Kok (casemanager)", ["123456782"]
    assert not [f for f in form_findings([named], CHECKLIST, "nl") if "concept" in f.message]


def test_the_arbeidsdeskundige_may_give_the_reason_for_no_second_track() -> None:
    """The AD report advises on the tracks; 'Geen tweede spoor: loonwaarde 80 %, een bevredigend resultaat' there is
    the motivation the EJE refers to (Beleidsregels beoordelingskader poortwachter §8)."""
    ad = doc(
        "arbeidsdeskundig_rapport",
        D(2025, 12, 1),
        GOOD + "Advies spoor 1 / spoor 2\nGeen tweede spoor: hij verdient 80 % van zijn oude loon, een bevredigend "
        "resultaat.",
    )
    findings, _ = _run(Case("ad", [*on_time(until_week=60), ad], D(2026, 3, 2)))
    assert not [f for f in findings if f.type == "trajectplan_tweede_spoor" and f.code in ("missing", "late")], _show(
        findings
    )
    # 'nog geen bevredigend resultaat' is no such reason
    ad2 = doc("arbeidsdeskundig_rapport", D(2025, 12, 1), GOOD + "Er is nog geen bevredigend resultaat; start spoor 2.")
    findings, _ = _run(Case("ad2", [*on_time(until_week=60), ad2], D(2026, 3, 2)))
    assert [f for f in findings if f.type == "trajectplan_tweede_spoor" and f.code == "missing"], _show(findings)


def test_a_plan_van_aanpak_without_a_goal_lacks_content() -> None:
    """DOMAIN §8.6 and Regeling procesgang art. 4: the plan names the goal (the re-integration result aimed at)."""
    no_goal = (
        "BSN: 123456782\ncasemanager: P. de Vries\nActiviteit / wie / wanneer\nWerken op de planning 4 x 3 uur / "
        "Kees / vanaf 23-10-2025\nWij bespreken de voortgang elke vijf weken.\nvisie van de werkgever: werk zolang "
        "nodig\nvisie van de werknemer: prima"
    )
    findings, _ = _run(
        Case("nogoal", but(on_time(until_week=20), "plan_van_aanpak", [doc("plan_van_aanpak", D(2025, 2, 20), no_goal)]), D(2025, 6, 1))
    )
    content = [f for f in findings if f.code == "content" and f.type == "plan_van_aanpak"]
    assert content and "een doel" in content[0].message, _show(findings)
    # the goal in everyday words counts ('Wat willen we bereiken? Dat Kees terugkomt in zijn eigen werk')
    worded = no_goal + "\nWat willen we bereiken? Dat Kees weer terugkomt in zijn eigen werk."
    findings, _ = _run(
        Case("goal", but(on_time(until_week=20), "plan_van_aanpak", [doc("plan_van_aanpak", D(2025, 2, 20), worded)]), D(2025, 6, 1))
    )
    assert not [f for f in findings if f.code == "content" and f.type == "plan_van_aanpak"], _show(findings)


def test_a_heading_with_nog_niet_bekend_under_it_is_no_content() -> None:
    """DOMAIN §8.6: the plan names activities. 'Activiteiten en afspraken' with 'Nog niet bekend' under it names none;
    'Visie werknemer: n.v.t.' gives no view."""
    from wia_dossier.rules_context import filled_phrase

    assert filled_phrase("Activiteiten en afspraken\nNog niet bekend. Volgt na het spreekuur.", ["re:\\bactiviteit\\w*"]) is None
    assert filled_phrase("Visie werknemer: n.v.t.\n", ["visie werknemer"]) is None
    assert filled_phrase("Activiteiten en afspraken\n1. Start 2 x 3 uur planning.", ["re:\\bactiviteit\\w*"])
    assert filled_phrase("Visie werknemer: ik wil terug.", ["visie werknemer"]) == "visie werknemer"
    plan = (
        "BSN: 123456782\ncasemanager: P. de Vries\nRe-integratiedoel\nTerug in het eigen werk.\nActiviteiten en afspraken\n"
        "Nog niet bekend. Worden vastgesteld na het volgende spreekuur.\nEvaluatie\nWij evalueren iedere vier weken, "
        "binnen 6 weken de eerste keer.\nVisie werkgever\nGraag terug.\nVisie werknemer\nIk wil terug."
    )
    findings, _ = _run(
        Case("noact", but(on_time(until_week=20), "plan_van_aanpak", [doc("plan_van_aanpak", D(2025, 2, 20), plan)]), D(2025, 6, 1))
    )
    content = [f for f in findings if f.code == "content" and f.type == "plan_van_aanpak"]
    assert content and "activiteiten" in content[0].message, _show(findings)


def test_an_application_date_before_the_first_sick_day_is_not_used() -> None:
    """A typing error in dossier.yaml (aanvraag_wia a year too early) is reported by the scan; the rules judge no order
    or deadline from it."""
    findings, _ = _run(Case("typo", A, D(2026, 10, 30), case=CaseFile(aanvraag_wia=D0 - dt.timedelta(days=90))))
    assert not [f for f in findings if f.code in ("order", "late") and f.type in ("eindevaluatie", "actueel_oordeel")], (
        _show(findings)
    )


# --- session 9: the eindevaluatie of a Ziektewet case belongs to the last day of employment -------------------


def test_a_ziektewet_eindevaluatie_after_the_employment_ended_is_late() -> None:
    """DOMAIN §2.3 (ziek uit dienst): UWV wants the eindevaluatie at the latest on the last day of employment. The
    day is read from the papers ('Je arbeidsovereenkomst voor bepaalde tijd eindigt op 31 mei 2025'; findings
    holdout 12); an eindevaluatie of 3 July is 33 days late."""
    zw = load_checklist("ziektewet-riv")
    d0 = D(2025, 1, 20)
    letter = doc(None, D(2025, 4, 1), "Je arbeidsovereenkomst voor bepaalde tijd eindigt op 31 mei 2025.", path="hr/brief.pdf")
    ev = doc("eindevaluatie", D(2025, 7, 3), GOOD, path="ev.pdf")
    result = evaluate([letter, ev, doc("actueel_oordeel", D(2025, 5, 20))], zw, CaseFile(), DateFound(d0, "test"), D(2025, 7, 10))
    late = [f for f in result.findings if f.code == "late" and f.type == "eindevaluatie"]
    assert len(late) == 1, [f.message for f in result.findings]
    assert "33 dagen na het einde van het dienstverband op 31-05-2025" in late[0].message
    assert "'hr/brief.pdf'" in late[0].message and str(late[0].severity) == "warning"
    # on the last day: in time; and the WIA checklist (no end of employment) does not judge it
    in_time = doc("eindevaluatie", D(2025, 5, 31), GOOD, path="ev.pdf")
    again = evaluate([letter, in_time], zw, CaseFile(), DateFound(d0, "test"), D(2025, 7, 10))
    assert not [f for f in again.findings if f.code == "late" and f.type == "eindevaluatie"]
    wia = evaluate([letter, ev], CHECKLIST, CaseFile(), DateFound(d0, "test"), D(2025, 7, 10))
    assert not [f for f in wia.findings if f.code == "late" and f.type == "eindevaluatie" and "dienstverband" in f.message]


def test_a_ziektewet_sick_report_after_the_employment_ended_is_late() -> None:
    """DOMAIN §2.3 (ziek uit dienst, ZW art. 38 lid 2): the employer reports to UWV on the last working day. The
    earliest report counts (UWV's confirmation comes later); a report 21 days after the end is a warning (a fine, no
    loonsanctie). Who fell ill after the end, or a WIA case, is not judged (findings holdout 19)."""
    zw = load_checklist("ziektewet-riv")
    d0 = D(2025, 3, 3)
    letter = doc(None, D(2025, 5, 1), "Einde arbeidsovereenkomst per 30-06-2025", path="hr/brief.pdf")
    report = doc("ziekmelding_uwv", D(2025, 7, 21), "Ziekmelding einde dienstverband", path="uwv/melding.pdf")
    receipt = doc("ziekmelding_uwv", D(2025, 7, 24), "Wij hebben uw ziekmelding ontvangen.", path="uwv/bevestiging.pdf")
    result = evaluate([letter, receipt, report], zw, CaseFile(), DateFound(d0, "test"), D(2025, 8, 12))
    late = [f for f in result.findings if f.code == "late" and f.type == "ziekmelding_uwv"]
    assert len(late) == 1, [f.message for f in result.findings]
    assert late[0].path == "uwv/melding.pdf" and "21 dagen na het einde van het dienstverband op 30-06-2025" in late[0].message
    assert str(late[0].severity) == "warning" and "ZW art. 38 lid 2" in late[0].message
    on_time = doc("ziekmelding_uwv", D(2025, 6, 30), "Ziekmelding einde dienstverband", path="uwv/melding.pdf")
    again = evaluate([letter, receipt, on_time], zw, CaseFile(), DateFound(d0, "test"), D(2025, 8, 12))
    assert not [f for f in again.findings if f.code == "late" and f.type == "ziekmelding_uwv"]
    after = evaluate([letter, report], zw, CaseFile(), DateFound(D(2025, 7, 7), "test"), D(2025, 8, 12))
    assert not [f for f in after.findings if f.code == "late" and "dienstverband" in f.message]
    wia = evaluate([letter, report], CHECKLIST, CaseFile(), DateFound(d0, "test"), D(2025, 8, 12))
    assert not [f for f in wia.findings if f.code == "late" and "dienstverband" in f.message]


def test_an_end_of_employment_date_needs_its_label_and_the_papers_majority() -> None:
    """'De wachttijd eindigt op …' or a contract date before the illness is no end of employment; when papers
    disagree, the date most of them give wins."""
    from wia_dossier.rules import _context
    from wia_dossier.rules_freshness import employment_end
    from wia_dossier.timeline import build_clock

    zw = load_checklist("ziektewet-riv")
    d0 = D(2025, 1, 20)
    papers = [
        doc(None, D(2025, 2, 1), "Het traject eindigt op 1 juni 2025. In dienst sinds 1 januari 2020.", path="a.pdf"),
        doc(None, D(2025, 3, 1), "Einde dienstverband: 31-05-2025", path="b.pdf"),
        doc(None, D(2025, 3, 2), "Het contract eindigt op 31 mei 2025.", path="c.pdf"),
        doc(None, D(2025, 3, 3), "Einde arbeidsovereenkomst per 30-06-2025", path="d.pdf"),
    ]
    ctx = _context(papers, zw, CaseFile(), D(2025, 7, 1), "nl")
    ctx.clock = build_clock(d0, CaseFile(), zw)
    assert employment_end(ctx) == (D(2025, 5, 31), "b.pdf")
    ctx.others = papers[:1]
    assert employment_end(ctx) is None


def test_an_announced_bijstelling_that_never_came_is_missing() -> None:
    """DOMAIN §6 item 2: the bedrijfsarts writes 'ik stel de probleemanalyse bij zodra het beeld stabiel is'; eight
    weeks later no bijstelling is in the dossier. Not before the six weeks have passed, nor once one is there."""
    told = doc(None, D0 + dt.timedelta(days=200), "De belastbaarheid is afgenomen. Ik stel de probleemanalyse bij zodra het beeld stabiel is.", path="arbo/terugkoppeling.pdf")
    docs = [doc("probleemanalyse", D0 + dt.timedelta(days=38)), doc("plan_van_aanpak", D0 + dt.timedelta(days=48)), told]
    late = evaluate(docs, CHECKLIST, CaseFile(), DateFound(D0, "test"), D0 + dt.timedelta(days=260))
    found = [f for f in late.findings if f.code == "missing" and f.type == "bijstelling_probleemanalyse"]
    assert len(found) == 1 and "'arbo/terugkoppeling.pdf'" in found[0].message, [f.message for f in late.findings]
    early = evaluate(docs, CHECKLIST, CaseFile(), DateFound(D0, "test"), D0 + dt.timedelta(days=230))
    assert not [f for f in early.findings if f.code == "missing" and f.type == "bijstelling_probleemanalyse"]
    came = evaluate(
        [*docs, doc("bijstelling_probleemanalyse", D0 + dt.timedelta(days=240))], CHECKLIST, CaseFile(), DateFound(D0, "test"), D0 + dt.timedelta(days=260)
    )
    assert not [f for f in came.findings if f.code == "missing" and f.type == "bijstelling_probleemanalyse"]


def test_a_bsn_misread_by_ocr_on_a_scan_is_reported_as_unchecked_not_as_wrong() -> None:
    """A copier scan of UWV's letter: OCR read 123456789 for the employee's 123456782 (one digit). The elfproef
    catches every misread digit; the paper itself may be right. Info 'unverified', not an error. A typed document
    with the same number, or a scan with a number far from the employee's, is still bsn_invalid."""
    scan = doc("uwv_correspondentie", D0 + dt.timedelta(days=600), "BSN: 123456789\nAanvraag WIA", path="scan uwv.pdf")
    scan.extracted.ocr_confidence = 0.88
    typed = doc("eindevaluatie", D0 + dt.timedelta(days=610), GOOD.replace("123456782", "123456789"), path="ev.pdf")
    other = doc("actueel_oordeel", D0 + dt.timedelta(days=605), "BSN: 987654321", path="scan ao.pdf")
    other.extracted.ocr_confidence = 0.9
    case = CaseFile(werknemer=Party(naam="J. Vink", bsn="123456782"))
    found = evaluate([scan, typed, other], CHECKLIST, case, DateFound(D0, "test"), D0 + dt.timedelta(days=620)).findings
    by_path = {(f.code, f.path) for f in found}
    assert ("unverified", "scan uwv.pdf") in by_path and ("bsn_invalid", "scan uwv.pdf") not in by_path, by_path
    assert ("bsn_invalid", "ev.pdf") in by_path
    assert ("bsn_invalid", "scan ao.pdf") in by_path
    note = next(f for f in found if f.code == "unverified" and f.path == "scan uwv.pdf")
    assert str(note.severity) == "info" and "verkeerd gelezen" in note.message and "123456789" not in note.message


def test_a_bsn_field_that_ocr_misread_is_not_reported_missing() -> None:
    """A scan whose BSN OCR read with a digit too many ('BSN: : 8708523375') has the BSN on the paper: the form
    finding does not send the user looking for a missing BSN (findings holdout 20). A typed text without one does."""
    from wia_dossier.findings import form_findings

    scan = doc("bijstelling_probleemanalyse", D(2026, 6, 1), "BIJSTELLING PROBLEEMANALYSE\nBSN: : 8708523375\n", path="scan.pdf")
    scan.author, scan.bsns = "dr. P. Bos (bedrijfsarts)", []
    scan.extracted.ocr_confidence = 0.81
    assert not [f for f in form_findings([scan], CHECKLIST, "nl") if f.code == "form"]
    typed = doc("bijstelling_probleemanalyse", D(2026, 6, 1), "BIJSTELLING PROBLEEMANALYSE\nNaam: H. Aydin\n", path="pa.pdf")
    typed.author, typed.bsns = "dr. P. Bos (bedrijfsarts)", []
    (form,) = [f for f in form_findings([typed], CHECKLIST, "nl") if f.code == "form"]
    assert "BSN" in form.message


def test_an_assessment_the_bedrijfsarts_advised_that_never_came_is_missing() -> None:
    """A bijstelling PA in week 31 advises an arbeidsdeskundig onderzoek; at week 58 no arbeidsdeskundig rapport is dated
    on or after it (an order confirmation is no report): a warning. A report after the advice, an evaluation that
    discusses the labour expert's earlier advice, or 'geen arbeidsdeskundig onderzoek nodig' is no finding."""
    d0 = D(2024, 11, 4)
    advice = doc(
        "bijstelling_probleemanalyse",
        D(2025, 6, 5),
        "Terugkeer in het eigen werk is niet te verwachten. Ik adviseer werkgever op korte termijn een arbeidsdeskundig "
        "onderzoek te laten doen naar passend werk binnen en buiten de organisatie.",
        path="arbo/bijstelling.pdf",
    )
    as_of = D(2025, 12, 12)
    result = evaluate([advice], CHECKLIST, CaseFile(), DateFound(d0, "test"), as_of)
    [found] = [f for f in result.findings if f.code == "missing" and f.type == "arbeidsdeskundig_rapport"]
    assert found.path == "arbo/bijstelling.pdf" and str(found.severity) == "warning" and "190 dagen later" in found.message
    report = doc("arbeidsdeskundig_rapport", D(2025, 8, 28), path="ad/rapport.pdf")
    done = evaluate([advice, report], CHECKLIST, CaseFile(), DateFound(d0, "test"), as_of)
    assert not [f for f in done.findings if f.code == "missing" and f.type == "arbeidsdeskundig_rapport"]
    eje = doc("eerstejaarsevaluatie", D(2025, 10, 16), "De arbeidsdeskundige adviseert in het arbeidsdeskundig onderzoek spoor 2.")
    discussed = evaluate([eje], CHECKLIST, CaseFile(), DateFound(d0, "test"), as_of)
    assert not [f for f in discussed.findings if f.code == "missing" and f.type == "arbeidsdeskundig_rapport"]
    no_need = doc("probleemanalyse", D(2024, 12, 10), "Een arbeidsdeskundig onderzoek is niet nodig: terugkeer is te verwachten.")
    calm = evaluate([no_need], CHECKLIST, CaseFile(), DateFound(d0, "test"), as_of)
    assert not [f for f in calm.findings if f.code == "missing" and f.type == "arbeidsdeskundig_rapport"]
