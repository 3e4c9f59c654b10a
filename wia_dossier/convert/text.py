"""Plain text files → PDF through ``templates/text.html.j2`` (monospace-free, wrapped)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wia_dossier.convert import TEXT, ConversionError, Converted
from wia_dossier.model import Document


def convert(doc: Document, target: Path, render_html_pdf: Callable[[str, dict[str, object]], bytes]) -> Converted:
    """Render the text; the file's own name is the heading."""
    body = doc.extracted.text
    if not body.strip():
        raw = doc.source.read_bytes()
        for enc in ("utf-8", "cp1252"):
            try:
                body = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
    if not body.strip():
        raise ConversionError("het tekstbestand is leeg")
    target.write_bytes(render_html_pdf("text.html.j2", {"source_name": doc.source.name, "body": body}))
    return Converted(doc.source.rel, target, TEXT)
