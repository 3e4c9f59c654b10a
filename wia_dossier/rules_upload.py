"""When the re-integratieverslag reached UWV: at the latest one day after the WIA application (DOMAIN §8.3).

The tool cannot see the upload itself. UWV's receipt ('Op 26 juni 2026 hebben wij het re-integratieverslag van uw
werknemer ontvangen') says when it arrived; the application date is ``aanvraag_wia`` in dossier.yaml, or the day the
same letter says the employee applied. Checklists without the parameters skip the check.
"""

from __future__ import annotations

import datetime as dt
import re

from wia_dossier.dates import find_dates
from wia_dossier.messages import msg
from wia_dossier.model import Severity
from wia_dossier.rules_context import RuleContext, doc_date, doc_text, has_phrase, phrase_span, plain_text, sentences

__all__ = ["check_copies", "check_upload"]

def _sentence_date(text: str, phrases: list[str]) -> dt.date | None:
    """The date nearest to one of ``phrases`` in the first sentence of ``text`` that holds it ('Op 22 oktober 2026
    hebben wij het re-integratieverslag ontvangen': not the letter's own date on the line above)."""
    for sentence in sentences(text):
        plain = plain_text(sentence)
        span = phrase_span(plain, phrases) if plain else None
        if span is None:
            continue
        hits = find_dates(plain)
        if hits:
            near = min(hits, key=lambda h: max(span[0] - h.end, h.start - span[1], 0))
            return near.value
    return None


def check_upload(ctx: RuleContext) -> None:
    """``late`` when UWV received the verslag more than ``upload_days_after_application`` days after the application."""
    params = ctx.checklist.parameters
    if "upload_days_after_application" not in params or "upload_receipt_phrases" not in params:
        return
    days = int(ctx.p("upload_days_after_application"))
    receipt = list(ctx.p("upload_receipt_phrases"))
    applied = list(ctx.p("application_phrases")) if "application_phrases" in params else []
    source = ctx.src("upload_days_after_application")
    for doc in sorted(ctx.of_type("uwv_correspondentie"), key=lambda d: d.path):
        text = doc_text(doc)
        received = _sentence_date(text, receipt) if text else None
        if received is None or received > ctx.as_of:
            continue
        application = ctx.case.aanvraag_wia or (_sentence_date(text, applied) if applied else None)
        if application is None or received <= application:
            continue
        due = application + dt.timedelta(days=days)
        if received <= due + dt.timedelta(days=ctx.tol):
            continue
        ctx.add(
            "late",
            Severity(ctx.p("upload_severity")) if "upload_severity" in params else Severity.WARNING,
            msg(
                "upload_late",
                ctx.lang,
                received=ctx.d(received),
                application=ctx.d(application),
                days=(received - application).days,
                due=ctx.d(due),
                path=doc.path,
                source=source,
            ),
            path=doc.path,
            source=source,
            due=due,
        )
        return


def _names_a_copy(text: str) -> bool:
    """Every ``copies_phrases`` entry of the shipped checklists names a copy ('kopie', 'afschrift', 'copy'): a text
    without such a word is skipped before the phrases' regexes run over it (``str.find``, 20 times faster than a
    case-insensitive regex over a whole document)."""
    low = text.lower()
    return "kopie" in low or "afschrift" in low or "cop" in low


def check_copies(ctx: RuleContext) -> None:
    """``late`` when the employee got the copies of the re-integratieverslag after week ``copies_week`` (WIA art. 25
    lid 3: at the latest 13 weeks before the wachttijd ends).

    Read from what the papers say: HR's mail 'Hierbij de kopieën van alle stukken van het re-integratieverslag', the
    employee's 'de kopieën van het verslag kreeg ik pas op 5 juni'. The date is the one in that sentence, else the
    paper's own date; the earliest such paper counts. A sentence about what must still happen ('u moet een kopie
    ontvangen') does not. Checklists without the parameters skip the check.
    """
    params = ctx.checklist.parameters
    if ctx.clock is None or "copies_week" not in params or "copies_phrases" not in params:
        return
    phrases = list(ctx.p("copies_phrases"))
    given = list(ctx.p("copies_given_phrases")) if "copies_given_phrases" in params else []
    not_yet = list(ctx.p("copies_not_phrases")) if "copies_not_phrases" in params else []
    week = int(ctx.p("copies_week"))
    due = ctx.clock.day(7 * week)
    if ctx.extension is not None and week >= ctx.extension.from_week:
        due += dt.timedelta(days=ctx.extension.days)  # counted back from the extended end, as every week-n deadline
    earliest: tuple[dt.date, str] | None = None
    for doc in sorted([*ctx.docs, *ctx.others], key=lambda d: d.path):
        text = doc_text(doc)
        if not text or not _names_a_copy(text) or has_phrase(text, phrases) is None:
            continue  # the common case: no word for a copy at all, then not one of the phrases on the whole text
        for sentence in sentences(text):
            plain = plain_text(sentence)
            span = phrase_span(plain, phrases) if plain else None
            if span is None or (given and not _has_word(plain, given)) or _has_word(plain, not_yet):
                continue
            hits = [h for h in find_dates(plain) if h.value <= ctx.as_of]
            when = min(hits, key=lambda h: max(span[0] - h.end, h.start - span[1], 0)).value if hits else doc_date(doc)
            if when is not None and (earliest is None or when < earliest[0]):
                earliest = (when, doc.path)
            break
    if earliest is None or earliest[0] <= due + dt.timedelta(days=ctx.tol):
        return
    when, path = earliest
    source = ctx.src("copies_week")
    ctx.add(
        "late",
        Severity(ctx.p("copies_severity")) if "copies_severity" in params else Severity.WARNING,
        msg("copies_late", ctx.lang, when=ctx.d(when), due=ctx.d(due), path=path, source=source),
        path=path,
        source=source,
        due=due,
    )


def _has_word(plain: str, words: list[str]) -> bool:
    """Whether one of ``words`` stands in the ``plain_text`` sentence as a whole word."""
    return any(re.search(r"\b" + re.escape(plain_text(w)) + r"\b", plain) for w in words)
