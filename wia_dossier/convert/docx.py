"""Word (.docx, .doc) and OpenDocument text (.odt) → PDF: LibreOffice headless, else a labelled simplified rendering."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import time
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
    # ignore_cleanup_errors: a LibreOffice killed mid-write must not turn into an error of its own
    with tempfile.TemporaryDirectory(prefix="wia-lo-profile-", ignore_cleanup_errors=True) as profile:
        # LibreOffice's own temp files (lu*.tmp) go inside the profile folder, which is removed below
        # even after Ctrl-C; in the user's TMPDIR they stayed behind
        lo_tmp = Path(profile) / "tmp"
        lo_tmp.mkdir()
        env = {**os.environ, "TMPDIR": str(lo_tmp), "TMP": str(lo_tmp), "TEMP": str(lo_tmp)}
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
            returncode, stderr = run_process_group(cmd, env=env, timeout=timeout)
        except subprocess.TimeoutExpired:
            log.warning("LibreOffice timed out after %.0f s", timeout)
            return {}, f"LibreOffice reageerde niet binnen {timeout:.0f} s"
        except OSError as exc:
            return {}, f"LibreOffice kon niet starten ({exc.strerror})"
    if returncode != 0:
        log.warning("LibreOffice exit %s: %s", returncode, stderr.decode(errors="replace")[-500:])
    produced = {p.stem: p for p in outdir.glob("*.pdf")}
    return produced, "LibreOffice kon het bestand niet omzetten"


def run_process_group(cmd: list[str], *, env: dict[str, str], timeout: float) -> tuple[int, bytes]:
    """Run ``cmd`` in a process group of its own; whatever happens, nothing of it outlives the call.

    ``soffice`` is a script that starts ``oosplash``, which starts ``soffice.bin``: on a timeout,
    Ctrl-C or SIGTERM, killing only the first (what ``subprocess.run`` does) left ``soffice.bin``
    running, writing into a profile folder that was being removed. Here the whole group is killed.

    Returns:
        (exit code, stderr).

    Raises:
        subprocess.TimeoutExpired: the program did not finish within ``timeout`` seconds (it is killed).
        OSError: it could not be started.
    """
    posix = hasattr(os, "killpg")
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        # its own group: a Ctrl-C in the terminal reaches us, and we end the group (below), in order
        start_new_session=posix,
    )
    try:
        _, stderr = proc.communicate(timeout=timeout)
        return proc.returncode, stderr
    finally:
        if posix:
            with contextlib.suppress(OSError):
                os.killpg(proc.pid, signal.SIGKILL)  # stragglers too, also after a normal exit
        else:  # pragma: no cover - Windows
            proc.kill()
        with contextlib.suppress(Exception):
            proc.communicate(timeout=5)
        if posix:
            _wait_group_gone(proc.pid)


def _wait_group_gone(pgid: int, limit: float = 2.0) -> None:
    """Give a killed process group a moment to vanish before its files are removed (zombies count as gone)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except OSError:
            return
        if not any(_alive(pid) for pid in _group_members(pgid)):
            return
        time.sleep(0.02)


def _group_members(pgid: int) -> list[int]:
    members = []
    with contextlib.suppress(OSError):
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                with contextlib.suppress(OSError, ValueError, IndexError):
                    stat = Path(entry.path, "stat").read_text()
                    if int(stat.rsplit(")", 1)[1].split()[2]) == pgid:
                        members.append(int(entry.name))
    return members


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


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
