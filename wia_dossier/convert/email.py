"""E-mail (.eml/.msg) → PDF: header block and body through ``templates/email.html.j2``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wia_dossier.convert import EMAIL, ConversionError, Converted
from wia_dossier.model import Document


def email_context(doc: Document) -> dict[str, object]:
    """The template fields of one e-mail: headers from ``extracted.facts``, body text, attachment names."""
    facts = doc.extracted.facts
    body = facts.get("body") or doc.extracted.text
    return {
        "sender": facts.get("from", ""),
        "to": facts.get("to", ""),
        "cc": facts.get("cc", ""),
        "date": facts.get("date", ""),
        "subject": facts.get("subject", "") or doc.title or "",
        "body": body.replace("\f", "\n\n"),
        "attachments": [a.name for a in doc.extracted.attachments],
        "source_name": doc.source.name,
    }


def convert(doc: Document, target: Path, render_html_pdf: Callable[[str, dict[str, object]], bytes]) -> Converted:
    """Render the mail; its attachments are separate documents that follow it in the bundle."""
    ctx = email_context(doc)
    if not str(ctx["body"]).strip() and not ctx["subject"]:
        raise ConversionError("de e-mail heeft geen inhoud")
    target.write_bytes(render_html_pdf("email.html.j2", ctx))
    return Converted(doc.source.rel, target, EMAIL)
