"""Word (.docx, .doc) and OpenDocument text (.odt) → PDF: LibreOffice headless, else a labelled simplified rendering."""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from wia_dossier.convert import DOCX_FALLBACK, LIBREOFFICE, ConversionError, Converted

log = logging.getLogger(__name__)

FALLBACK_NOTICE = {
    "nl": ("Vereenvoudigde weergave: Word-opmaak niet behouden; installeer LibreOffice voor een getrouwe omzetting"),
    "en": "Simplified rendering: Word layout not kept; install LibreOffice for a faithful conversion",
}


def find_soffice() -> str | None:
    """Path of LibreOffice's ``soffice`` (or ``libreoffice``) on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_batch(
    items: list[tuple[str, bytes, Path]],
    work: Path,
    *,
    soffice: str | None,
    timeout: float,
    render_html_pdf: Callable[[str, dict[str, object]], bytes],
    lang: str = "nl",
) -> tuple[dict[str, Converted], dict[str, str]]:
    """Convert several DOCX files with ONE LibreOffice start (start-up, ~1.3 s, dominates).

    Each run gets its own profile (``-env:UserInstallation``): two LibreOffice processes sharing
    the default profile silently produce only one PDF (ANCHORS E.1). A file LibreOffice did not
    convert falls back to the simplified rendering, with the notice on the page.
    """
    done: dict[str, Converted] = {}
    failed: dict[str, str] = {}
    pending = list(items)
    reason = "LibreOffice niet gevonden"
    if soffice and pending:
        produced, reason = _run_soffice(soffice, pending, work, timeout + 20.0 * len(pending))
        rest = []
        for rel, data, target in pending:
            pdf = produced.get(target.stem)
            if pdf is not None and pdf.stat().st_size > 0:
                shutil.move(str(pdf), target)
                done[rel] = Converted(rel, target, LIBREOFFICE)
            else:
                rest.append((rel, data, target))
        pending = rest
    for rel, data, target in pending:
        try:
            # python-docx reads only .docx; a .doc or .odt is rendered from the extractor's text
            plain = _is_doc(data) or _odt_suffix(data) is not None
            context = _doc_context(data, rel, lang) if plain else _docx_context(data, rel, lang)
            target.write_bytes(render_html_pdf("docx.html.j2", context))
            done[rel] = Converted(rel, target, DOCX_FALLBACK, f"vereenvoudigde weergave ({reason})")
        except ConversionError as exc:
            failed[rel] = str(exc)
        except Exception as exc:
            log.warning("simplified DOCX rendering of %s failed: %s", rel, exc, exc_info=True)
            failed[rel] = f"Word-bestand kan niet worden omgezet: {type(exc).__name__}"
    return done, failed


def _run_soffice(
    soffice: str, items: list[tuple[str, bytes, Path]], work: Path, timeout: float
) -> tuple[dict[str, Path], str]:
    indir, outdir = work / "in", work / "out"
    indir.mkdir(parents=True, exist_ok=True)
    outdir.mkdir(parents=True, exist_ok=True)
    inputs = []
    for _rel, data, target in items:
        # LibreOffice picks its import filter by the extension first: a .doc must be called .doc, an .odt .odt
        suffix = ".doc" if _is_doc(data) else _odt_suffix(data) or ".docx"
        src = indir / f"{target.stem}{suffix}"
        src.write_bytes(data)
        inputs.append(str(src))
    with tempfile.TemporaryDirectory(prefix="wia-lo-profile-") as profile:
        cmd = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *inputs,
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            log.warning("LibreOffice timed out after %.0f s", timeout)
            return {}, f"LibreOffice reageerde niet binnen {timeout:.0f} s"
        except OSError as exc:
            return {}, f"LibreOffice kon niet starten ({exc.strerror})"
    if proc.returncode != 0:
        log.warning("LibreOffice exit %s: %s", proc.returncode, proc.stderr.decode(errors="replace")[-500:])
    produced = {p.stem: p for p in outdir.glob("*.pdf")}
    return produced, "LibreOffice kon het bestand niet omzetten"


def _is_doc(data: bytes) -> bool:
    """A Word 97-2003 file (OLE compound file) rather than a DOCX (zip)."""
    from wia_dossier.extractors._ole import is_ole

    return is_ole(data[:8])


def _odt_suffix(data: bytes) -> str | None:
    """``.odt`` or ``.fodt`` for an OpenDocument text, else None."""
    from wia_dossier.extractors.odt import odt_suffix

    return odt_suffix(data)


def _doc_context(data: bytes, rel: str, lang: str) -> dict[str, object]:
    """The text of a .doc or .odt file as paragraphs, tab-separated lines as table rows, for ``docx.html.j2``.

    Read again in a sandbox worker, every page this time (the scan kept only the first and last pages).
    """
    import hashlib

    from wia_dossier.extractors import ExtractOptions
    from wia_dossier.model import SourceFile, Status
    from wia_dossier.sandbox import extract

    src = SourceFile(rel=rel, size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data)
    extracted = extract(src, ExtractOptions(head_pages=1_000_000, tail_pages=0))
    if extracted.status is not Status.OK:
        raise ConversionError(f"het Word-bestand is onleesbaar ({extracted.error})")
    blocks: list[dict[str, object]] = []
    for line in "\n".join(extracted.pages).split("\n"):
        if "\t" in line:
            if not blocks or blocks[-1]["kind"] != "table":
                blocks.append({"kind": "table", "rows": []})
            rows = blocks[-1]["rows"]
            assert isinstance(rows, list)
            rows.append(line.split("\t"))
        else:
            blocks.append(
                {"kind": "p", "level": 0, "runs": [{"text": line, "bold": False, "italic": False}], "text": line}
            )
    return {
        "notice": FALLBACK_NOTICE.get(lang, FALLBACK_NOTICE["nl"]),
        "source_name": rel.split("::")[-1].rsplit("/", 1)[-1],
        "blocks": blocks,
        "headers": [],
        "footers": [],
    }


def _docx_context(data: bytes, rel: str, lang: str) -> dict[str, object]:
    """Paragraphs (with heading levels) and tables of a DOCX, in body order, for ``docx.html.j2``."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ConversionError(f"het Word-bestand is onleesbaar ({type(exc).__name__})") from exc
    blocks: list[dict[str, object]] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            style = (para.style.name if para.style is not None else "") or ""
            level = 0
            if style.lower().startswith("heading") or style.lower().startswith("kop"):
                digits = "".join(ch for ch in style if ch.isdigit())
                level = min(int(digits or 1), 4)
            elif style.lower() == "title":
                level = 1
            runs = [{"text": r.text, "bold": bool(r.bold), "italic": bool(r.italic)} for r in para.runs if r.text]
            blocks.append({"kind": "p", "level": level, "runs": runs, "text": para.text})
        elif tag == "tbl":
            table = Table(child, document)
            rows = [[cell.text for cell in row.cells] for row in table.rows]
            blocks.append({"kind": "table", "rows": rows})
    headers = [p.text for s in document.sections for p in s.header.paragraphs if p.text.strip()]
    footers = [p.text for s in document.sections for p in s.footer.paragraphs if p.text.strip()]
    return {
        "notice": FALLBACK_NOTICE.get(lang, FALLBACK_NOTICE["nl"]),
        "source_name": rel.split("::")[-1].rsplit("/", 1)[-1],
        "blocks": blocks,
        "headers": list(dict.fromkeys(headers)),
        "footers": list(dict.fromkeys(footers)),
    }
