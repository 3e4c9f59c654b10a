"""Where ``build`` writes: checks before any work, temp files that become the outputs atomically, split PDFs.

Nothing is written unless the whole build succeeds: every output (OUT.pdf, OUT.json, the split files)
is first a temp file, and only at the very end replaced into place (``Outputs.commit``); a failure, Ctrl-C
or SIGTERM removes them (``Outputs.discard``, ``sigterm_unwinds``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import pypdf

from wia_dossier.assemble import PRODUCER, BundleItem, StampInfo, write_document
from wia_dossier.build_select import OTHER_ELEMENT
from wia_dossier.errors import OutputError
from wia_dossier.messages import t as _t
from wia_dossier.model import Extracted, Finding, ScanResult, Severity, Status

if TYPE_CHECKING:
    from wia_dossier.build import BuildOptions

__all__ = [
    "PORTAL_LIMIT",
    "Outputs",
    "check_output",
    "preflight",
    "sidecar_path",
    "sigterm_unwinds",
    "split_name",
    "stale_split_files",
    "write_split",
]

PORTAL_LIMIT = 10 * 1024 * 1024  # UWV portal: max 10 MB per uploaded document (DOMAIN §4.3)


# --- pre-flight --------------------------------------------------------------------------------------------


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _check_target(path: Path, *, force: bool, sources: set[Path], what: str, what_en: str) -> None:
    if path.resolve() in sources:
        raise OutputError(
            f"{path}: dit is een bestand van het dossier zelf; kies een ander uitvoerpad.",
            en=f"{path}: this is one of the case's own files; choose another output path.",
        )
    if path.exists() and not force:
        raise OutputError(
            f"{path} bestaat al. Gebruik --force om het te overschrijven, of kies een andere naam.",
            en=f"{path} already exists. Use --force to overwrite it, or choose another name.",
        )
    if path.exists() and path.is_dir():
        raise OutputError(
            f"{path} is een map; geef een bestandsnaam voor {what}.",
            en=f"{path} is a folder; give a file name for {what_en}.",
        )


def _check_folder(folder: Path) -> None:
    if str(folder.resolve()).startswith(("/proc", "/sys", "/dev")):
        raise OutputError(
            f"In {folder} kan geen bestand worden geschreven. Kies een gewone map.",
            en=f"No file can be written in {folder}. Choose an ordinary folder.",
        )
    if not folder.is_dir():
        raise OutputError(
            f"De map {folder} bestaat niet. Maak haar eerst aan of kies een andere map.",
            en=f"The folder {folder} does not exist. Create it first or choose another folder.",
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(
            f"Geen schrijfrechten in {folder}. Kies een map waarin u mag schrijven.",
            en=f"No permission to write in {folder}. Choose a folder you may write in.",
        )


def check_output(out: Path, options: BuildOptions, *, sources: set[Path] | None = None) -> None:
    """Refuse before any work when the output cannot or may not be written (exit code 4).

    The CLI calls this before the scan too, so a long scan never ends in "OUT exists".
    OUT inside the case folder is allowed because the user named it explicitly (CONTRACT: never
    inside CASE_DIR *unless OUT says so*); in that case no temporary file is ever created there:
    the bundle is built in a private temp folder and only the finished file is moved in.
    """
    sources = sources or set()
    if out.suffix.lower() == ".json":
        raise OutputError(
            f"{out}: de bundel moet een .pdf-bestand zijn (naast OUT.pdf komt OUT.json).",
            en=f"{out}: the bundle must be a .pdf file (OUT.json goes beside OUT.pdf).",
        )
    _check_folder(out.parent)
    _check_target(out, force=options.force, sources=sources, what="de bundel", what_en="the bundle")
    _check_target(
        sidecar_path(out), force=options.force, sources=sources, what="de paginakaart", what_en="the page map"
    )
    if options.split_dir is not None:
        split = options.split_dir
        if split.resolve() in (out.resolve(), sidecar_path(out).resolve()):
            raise OutputError(
                f"--split {split} is hetzelfde pad als de bundel. Kies een aparte map voor de losse PDF's.",
                en=f"--split {split} is the same path as the bundle. Choose a separate folder for the split PDFs.",
            )
        if split.exists() and not split.is_dir():
            raise OutputError(
                f"--split {split} is geen map. Geef een map voor de losse PDF's.",
                en=f"--split {split} is not a folder. Give a folder for the split PDFs.",
            )
        _check_folder(split if split.exists() else split.parent)
    if options.lang not in ("nl", "en"):
        raise OutputError(
            f"onbekende taal '{options.lang}': kies nl of en.",
            en=f"unknown language '{options.lang}': choose nl or en.",
        )


def preflight(result: ScanResult, out: Path, options: BuildOptions) -> None:
    """``check_output`` plus: OUT must not be one of the case's own files (never overwrite an input)."""
    sources = {
        d.source.abs_path.resolve()
        for d in result.documents
        if d.source.abs_path is not None and not _made_by_us(d.extracted)
    }
    check_output(out, options, sources=sources)


#: How pipeline._read marks a bundle, split PDF or page map this tool wrote earlier (status EXCLUDED).
_OWN_OUTPUT = "eerder gemaakt door wia-dossier"


def _made_by_us(extracted: Extracted) -> bool:
    """An earlier bundle inside the case folder is no input: ``--force`` may replace it (CONTRACT allows OUT
    inside CASE_DIR when OUT says so). Refusing it as 'een bestand van het dossier zelf' left no way to
    rebuild there but deleting the file by hand."""
    return extracted.status is Status.EXCLUDED and (extracted.error or "").startswith(_OWN_OUTPUT)


def sidecar_path(out: Path) -> Path:
    """``bundel.pdf`` → ``bundel.json``."""
    return out.with_suffix(".json")


# --- atomic output -----------------------------------------------------------------------------------------


class _Terminated(BaseException):
    """SIGTERM during a build: unwinds like KeyboardInterrupt so temp files are removed."""


@contextlib.contextmanager
def sigterm_unwinds() -> Iterator[None]:
    """While inside, SIGTERM unwinds the stack (like Ctrl-C), so ``finally`` blocks remove temp files."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise _Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Outputs:
    """Temp files that become the final outputs only at the very end (os.replace), or vanish."""

    def __init__(self, case_dir: Path, work: Path) -> None:
        self.case_dir = case_dir
        self.work = work
        self.pending: list[tuple[Path, Path]] = []  # (temp, final)

    def temp_for(self, final: Path) -> Path:
        """A new empty temp file that ``commit`` will move to ``final``."""
        # Beside the target (same file system → atomic os.replace), except inside the case
        # folder: there nothing but the finished file may appear, so the temp lives in the work dir.
        folder = self.work if _inside(final.parent, self.case_dir) else final.parent
        fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=folder)
        os.close(fd)
        tmp = Path(name)
        self.pending.append((tmp, final))
        return tmp

    def commit(self) -> None:
        """Move every temp file to its final path (fsynced, with the user's normal permissions)."""
        umask = os.umask(0)
        os.umask(umask)
        for tmp, final in self.pending:
            # mkstemp makes 0600 files; the finished bundle gets the user's normal permissions
            tmp.chmod(0o666 & ~umask)
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
            try:
                tmp.replace(final)
            except OSError:
                # work dir on another file system (OUT inside the case folder): copy, then fsync
                with tmp.open("rb") as src, final.open("wb") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
                    dst.flush()
                    os.fsync(dst.fileno())
                tmp.unlink()
        self.pending.clear()

    def discard(self) -> None:
        """Remove every temp file; no output appears."""
        for tmp, _final in self.pending:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        self.pending.clear()


# --- split files -------------------------------------------------------------------------------------------


def stale_split_files(options: BuildOptions, written: list[Path], notes: list[Finding]) -> None:
    """Split files of an earlier build that this build did not write again could be uploaded by mistake:
    with --force they are removed (only PDFs this tool made), otherwise the user is told."""
    assert options.split_dir is not None
    keep = {p.resolve() for p in written}
    stale = []
    for path in sorted(options.split_dir.glob("*.pdf")):
        if path.resolve() in keep:
            continue
        try:
            info = pypdf.PdfReader(path).metadata if path.stat().st_size else None
            producer = str(info.get("/Producer", "")) if info is not None else ""
        except Exception:  # not ours, or unreadable: leave it alone
            continue
        if producer.startswith(PRODUCER):
            stale.append(path)
    if not stale:
        return
    if options.force:
        for path in stale:
            path.unlink(missing_ok=True)
        return
    names = ", ".join(p.name for p in stale[:5]) + (" …" if len(stale) > 5 else "")
    notes.append(
        Finding(
            "split_stale",
            Severity.WARNING,
            _t(
                options.lang,
                f"In {options.split_dir} staan nog losse PDF's van een eerdere bundel ({names}). Verwijder ze "
                "voordat u uploadt, of bouw opnieuw met --force (dan ruimt wia-dossier ze op).",
                f"{options.split_dir} still holds split files of an earlier bundle ({names}). Remove them before "
                "uploading, or build again with --force (wia-dossier then removes them).",
            ),
        )
    )


def write_split(
    items: list[BundleItem],
    stamp: StampInfo,
    options: BuildOptions,
    outputs: Outputs,
    notes: list[Finding],
    title: str,
) -> list[Path]:
    """One PDF per document (the portal takes one upload per document, with its own type and date)."""
    assert options.split_dir is not None
    folder = options.split_dir
    folder.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    written = []
    for item in items:
        name = split_name(item)
        base, n = name[:-4], 2
        while name in used:
            name = f"{base}_{n}.pdf"
            n += 1
        used.add(name)
        final = folder / name
        if final.exists() and not options.force:
            raise OutputError(
                f"{final} bestaat al. Gebruik --force om het te overschrijven.",
                en=f"{final} already exists. Use --force to overwrite it.",
            )
        tmp = outputs.temp_for(final)
        write_document(item, stamp, tmp, draft=options.draft, title=f"{title} — {item.title}")
        size = tmp.stat().st_size
        if size > PORTAL_LIMIT:
            notes.append(
                Finding(
                    "split_too_large",
                    Severity.WARNING,
                    _t(
                        options.lang,
                        f"{name} is {size / 1e6:.1f} MB; het UWV-portaal neemt maximaal 10 MB per document. "
                        "Verklein de scan (lagere resolutie) of stuur het per post.",
                        f"{name} is {size / 1e6:.1f} MB; the UWV portal accepts at most 10 MB per document.",
                    ),
                    path=item.rel,
                )
            )
        written.append(final)
    return written


def split_name(item: BundleItem) -> str:
    """``03_plan_van_aanpak_2025-03-05.pdf``: element (two digits), type, date."""
    element = item.element if item.element != OTHER_ELEMENT else "99"
    if element.isdigit():
        element = element.zfill(2)
    elif element[:-1].isdigit():
        element = element[:-1].zfill(2) + element[-1]
    type_id = item.type_id or "overig"
    date = item.date.isoformat() if item.date else "ongedateerd"
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in f"{element}_{type_id}_{date}")
    return f"{safe}.pdf"
