"""When the re-integratieverslag reached UWV: at the latest one day after the WIA application (DOMAIN §8.3).

The tool cannot see the upload itself. UWV's receipt ('Op 26 juni 2026 hebben wij het re-integratieverslag van uw
werknemer ontvangen') says when it arrived; the application date is ``aanvraag_wia`` in dossier.yaml, or the day the
same letter says the employee applied. Checklists without the parameters skip the check.
"""

from __future__ import annotations

import datetime as dt

from wia_dossier.dates import find_dates
from wia_dossier.messages import msg
from wia_dossier.model import Severity
from wia_dossier.rules_context import RuleContext, doc_text, phrase_span, plain_text, sentences

__all__ = ["check_upload"]

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
