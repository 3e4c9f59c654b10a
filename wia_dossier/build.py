"""``build``: choose and convert the documents, render cover + index, assemble, write atomically."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import signal
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import pypdf

from wia_dossier import __version__
from wia_dossier.assemble import (
    PRODUCER,
    BundleItem,
    ElementGroup,
    StampInfo,
    assemble_bundle,
    count_pages,
    number_pages,
    write_document,
)
from wia_dossier.checklist import Checklist, DocType
from wia_dossier.convert import CONVERTER_LABELS, DOCX_FALLBACK, Converted, convert_documents
from wia_dossier.convert.docx import FALLBACK_NOTICE, find_soffice
from wia_dossier.errors import DossierError, ExitCode, OutputError
from wia_dossier.messages import t as _t
from wia_dossier.model import Document, Finding, ScanResult, Severity, Status
from wia_dossier.render import LINK_PREFIX, TemplateRenderer, mask_bsn

log = logging.getLogger(__name__)

SIDECAR_SCHEMA = "wia-dossier.bundle/1"
PORTAL_LIMIT = 10 * 1024 * 1024  # UWV portal: max 10 MB per uploaded document (DOMAIN §4.3)
WACHTTIJD_WEEKS = 104
OTHER_ELEMENT = "—"


class BuildRefused(DossierError):
    """``build`` without ``--draft`` while findings of severity error exist: nothing is written."""

    exit_code = ExitCode.FINDINGS


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build (one object, like black's Mode; booleans keyword-only by construction)."""

    draft: bool = False
    force: bool = False
    split_dir: Path | None = None
    lang: str = "nl"
    template_dir: Path | None = None
    full_bsn: bool = False
    include_unclassified: bool = False
    passwords: Mapping[str, str] = field(default_factory=dict)
    soffice: str | None = "auto"  # "auto": LibreOffice from PATH; None: always the simplified DOCX rendering


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A file of the case that is not in the bundle, and why (listed on the cover)."""

    path: str
    reason: str


@dataclass(slots=True)
class BuildResult:
    """What ``build`` wrote."""

    out: Path
    sidecar: Path
    pages: int
    front_pages: int
    documents: list[BundleItem]
    left_out: list[LeftOut]
    medical_left_out: int
    notes: list[Finding]
    split_files: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    draft: bool = False

    @property
    def converters(self) -> dict[str, str]:
        """Converter used per document path."""
        return {d.rel: d.converter for d in self.documents}


# --- pre-flight --------------------------------------------------------------------------------------------


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _check_target(path: Path, *, force: bool, sources: set[Path], what: str) -> None:
    if path.resolve() in sources:
        raise OutputError(f"{path}: dit is een bestand van het dossier zelf; kies een ander uitvoerpad.")
    if path.exists() and not force:
        raise OutputError(
            f"{path} bestaat al. Gebruik --force om het te overschrijven, of kies een andere naam."
        )
    if path.exists() and path.is_dir():
        raise OutputError(f"{path} is een map; geef een bestandsnaam voor {what}.")


def _check_folder(folder: Path) -> None:
    if str(folder.resolve()).startswith(("/proc", "/sys", "/dev")):
        raise OutputError(f"In {folder} kan geen bestand worden geschreven. Kies een gewone map.")
    if not folder.is_dir():
        raise OutputError(f"De map {folder} bestaat niet. Maak haar eerst aan of kies een andere map.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"Geen schrijfrechten in {folder}. Kies een map waarin u mag schrijven.")


def check_output(out: Path, options: BuildOptions, *, sources: set[Path] | None = None) -> None:
    """Refuse before any work when the output cannot or may not be written (exit code 4).

    The CLI calls this before the scan too, so a long scan never ends in "OUT exists".
    OUT inside the case folder is allowed because the user named it explicitly (CONTRACT: never
    inside CASE_DIR *unless OUT says so*); in that case no temporary file is ever created there:
    the bundle is built in a private temp folder and only the finished file is moved in.
    """
    sources = sources or set()
    if out.suffix.lower() == ".json":
        raise OutputError(f"{out}: de bundel moet een .pdf-bestand zijn (naast OUT.pdf komt OUT.json).")
    _check_folder(out.parent)
    _check_target(out, force=options.force, sources=sources, what="de bundel")
    _check_target(sidecar_path(out), force=options.force, sources=sources, what="de paginakaart")
    if options.split_dir is not None:
        split = options.split_dir
        if split.resolve() in (out.resolve(), sidecar_path(out).resolve()):
            raise OutputError(f"--split {split} is hetzelfde pad als de bundel. Kies een aparte map voor de losse PDF's.")
        if split.exists() and not split.is_dir():
            raise OutputError(f"{split} is geen map.")
        _check_folder(split if split.exists() else split.parent)
    if options.lang not in ("nl", "en"):
        raise OutputError(f"onbekende taal '{options.lang}': kies nl of en.")


def preflight(result: ScanResult, out: Path, options: BuildOptions) -> None:
    """``check_output`` plus: OUT must not be one of the case's own files (never overwrite an input)."""
    sources = {d.source.abs_path.resolve() for d in result.documents if d.source.abs_path is not None}
    check_output(out, options, sources=sources)


def sidecar_path(out: Path) -> Path:
    """``bundel.pdf`` → ``bundel.json``."""
    return out.with_suffix(".json")


# --- selection ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Selection:
    """The documents that go into the bundle, in bundle order, and the ones left out."""

    included: list[Document]
    left_out: list[LeftOut]
    medical: int


def _doctype(checklist: Checklist, type_id: str | None) -> DocType | None:
    if type_id is None or not checklist.has_type(type_id):
        return None
    return checklist.type(type_id)


def _is_medical(doc: Document, checklist: Checklist, medical_paths: set[str]) -> bool:
    t = _doctype(checklist, doc.type)
    if t is not None and t.medical:
        return True
    if doc.type == "medische_informatie":
        return True
    # a page saying "medisch geheim" in any file (even unclassified) keeps it out of every output
    # (DOMAIN §5.3)
    return doc.path in medical_paths or (doc.parent is not None and doc.parent in medical_paths)


def select_documents(result: ScanResult, checklist: Checklist, options: BuildOptions) -> Selection:
    """Pick and order the bundle's documents.

    Order: checklist order (``DocType.order``), then the document's date (undated last), then path.
    An attachment follows its e-mail when the mail is in the bundle and the attachment has the same
    type or none; an attachment with a type of its own goes to that element's place, because UWV wants
    every element separately recognisable (Beleidsregels art. 2 lid 2).
    """
    lang = options.lang
    # Medical information never enters an output: a file that is medical information (error), and an
    # employer document with diagnoses or medication in it (warning) stay out, unless the user has set
    # the document's type in dossier.yaml after checking it (override).
    overridden = {d.path for d in result.documents if d.override}
    medical_paths = {
        f.path
        for f in result.findings
        if f.code == "medical_data" and f.path and (f.severity is Severity.ERROR or f.path not in overridden)
    }
    duplicates = {f.path for f in result.findings if f.code == "duplicate" and f.path}
    included: list[Document] = []
    left: list[LeftOut] = []
    medical = 0
    for doc in result.documents:
        if _is_medical(doc, checklist, medical_paths):
            medical += 1
            continue
        if doc.path in duplicates and not options.include_unclassified:
            left.append(LeftOut(doc.path, _t(lang, "dubbel: dezelfde inhoud staat al in de bundel",
                                             "duplicate: the same content is already in the bundle")))
            continue
        status = doc.status
        has_pw = bool(options.passwords) and _has_password(doc.path, options.passwords)
        readable = status is Status.OK or (status is Status.ENCRYPTED and has_pw)
        t = _doctype(checklist, doc.type)
        if not readable:
            left.append(LeftOut(doc.path, _status_reason(status, lang)))
        elif t is None:
            if doc.type is not None:
                left.append(
                    LeftOut(
                        doc.path,
                        _t(lang, "onbekende documentsoort", "unknown document type") + f" '{doc.type}'",
                    )
                )
            elif options.include_unclassified:
                included.append(doc)
            else:
                left.append(
                    LeftOut(
                        doc.path,
                        _t(
                            lang,
                            "geen re-integratiedocument herkend",
                            "not recognised as a return-to-work document",
                        ),
                    )
                )
        elif not t.bundle:
            left.append(
                LeftOut(
                    doc.path,
                    _t(lang, "hoort niet in de bundel (checklist)", "not part of the bundle (checklist)"),
                )
            )
        else:
            included.append(doc)

    by_path = {d.path: d for d in included}

    def own_key(doc: Document) -> tuple[Any, ...]:
        t = _doctype(checklist, doc.type)
        order = t.order if t is not None else 10_000
        date = doc.date.value if doc.date is not None else None
        return (order, date is None, date or dt.date.min, doc.path)

    def key(doc: Document) -> tuple[Any, ...]:
        parent = by_path.get(doc.parent or "") if doc.parent else None
        if parent is not None and doc.type in (None, parent.type):
            return (*key(parent), 1, doc.path)
        return (*own_key(doc), 0, "")

    included.sort(key=key)
    left.sort(key=lambda x: x.path)
    return Selection(included, left, medical)


def _has_password(rel: str, passwords: Mapping[str, str]) -> bool:
    from wia_dossier.convert import password_for

    return password_for(rel, dict(passwords)) is not None




def _status_reason(status: Status, lang: str) -> str:
    nl = {
        Status.ENCRYPTED: "met wachtwoord beveiligd (geen wachtwoord opgegeven)",
        Status.UNREADABLE: "onleesbaar of beschadigd",
        Status.EMPTY: "leeg",
        Status.UNSUPPORTED: "bestandsformaat niet ondersteund",
        Status.EXCLUDED: "uitgesloten in dossier.yaml",
    }
    en = {
        Status.ENCRYPTED: "password protected (no password given)",
        Status.UNREADABLE: "unreadable or damaged",
        Status.EMPTY: "empty",
        Status.UNSUPPORTED: "file format not supported",
        Status.EXCLUDED: "excluded in dossier.yaml",
    }
    return (en if lang == "en" else nl).get(status, str(status))


# --- atomic output -----------------------------------------------------------------------------------------


class _Terminated(BaseException):
    """SIGTERM during a build: unwinds like KeyboardInterrupt so temp files are removed."""


@contextlib.contextmanager
def _sigterm_unwinds() -> Iterator[None]:
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


class _Outputs:
    """Temp files that become the final outputs only at the very end (os.replace), or vanish."""

    def __init__(self, case_dir: Path, work: Path) -> None:
        self.case_dir = case_dir
        self.work = work
        self.pending: list[tuple[Path, Path]] = []  # (temp, final)

    def temp_for(self, final: Path) -> Path:
        # Beside the target (same file system → atomic os.replace), except inside the case
        # folder: there nothing but the finished file may appear, so the temp lives in the work dir.
        folder = self.work if _inside(final.parent, self.case_dir) else final.parent
        fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=folder)
        os.close(fd)
        tmp = Path(name)
        self.pending.append((tmp, final))
        return tmp

    def commit(self) -> None:
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
        for tmp, _final in self.pending:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        self.pending.clear()


# --- the build ---------------------------------------------------------------------------------------------


def run_build(result: ScanResult, checklist: Checklist, out: Path, options: BuildOptions) -> BuildResult:
    """Assemble the submission PDF for UWV (and OUT.json, and with ``split_dir`` one PDF per document).

    Args:
        result: the scan of the case folder.
        checklist: the checklist the scan used (order, elements, labels, medical flags).
        out: the bundle's path (``.pdf``); the page map goes beside it as ``.json``.
        options: draft, force, split folder, language, templates, BSN display, passwords.

    Returns:
        What was written, the page map and notes (converter fallbacks, files over 10 MB).

    Raises:
        OutputError: OUT (or OUT.json) exists without ``force``, the folder is not writable, OUT is a
            file of the case (exit 4). Checked before any work.
        BuildRefused: findings of severity error and no ``draft`` (exit 1); nothing is written.
        ConfigError: a template is invalid (exit 3).
        MissingProgramError: WeasyPrint cannot start (exit 5).
    """
    t0 = time.perf_counter()
    out = Path(out)
    preflight(result, out, options)
    if result.errors and not options.draft:
        errors = [f for f in result.findings if f.severity is Severity.ERROR]
        listing = "\n".join(f"  - {f.message}" for f in sorted(errors, key=Finding.sort_key))
        n = result.errors
        raise BuildRefused(_t(
            options.lang,
            f"{n} {'fout' if n == 1 else 'fouten'} in het dossier; er is niets geschreven. Los "
            f"{'die' if n == 1 else 'ze'} eerst op, of maak een concept met --draft (elke pagina krijgt CONCEPT):\n{listing}",
            f"{n} {'error' if n == 1 else 'errors'} in the dossier; nothing was written. Fix "
            f"{'it' if n == 1 else 'them'} first, or make a draft with --draft (every page marked CONCEPT):\n{listing}",
        ))
    lang = options.lang
    renderer = TemplateRenderer(options.template_dir, lang)
    selection = select_documents(result, checklist, options)
    soffice = find_soffice() if options.soffice == "auto" else options.soffice
    timings: dict[str, float] = {}
    notes: list[Finding] = []

    with contextlib.ExitStack() as stack:
        stack.enter_context(_sigterm_unwinds())
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="wia-build-")))
        outputs = _Outputs(result.case_dir, work)
        try:
            t = time.perf_counter()
            converted, failed = convert_documents(
                selection.included,
                work / "convert",
                passwords=dict(options.passwords),
                render_html_pdf=renderer.render_pdf,
                soffice=soffice,
                lang=lang,
            )
            timings["convert"] = time.perf_counter() - t
            for rel, reason in sorted(failed.items()):
                selection.left_out.append(LeftOut(rel, reason))
                notes.append(
                    Finding(
                        "conversion_failed",
                        Severity.WARNING,
                        _t(lang, f"Niet opgenomen: {rel}: {reason}", f"Left out: {rel}: {reason}"),
                        path=rel,
                    )
                )
            items = _items(selection.included, converted, checklist, lang)
            for item in items:
                if item.converter == DOCX_FALLBACK:
                    notes.append(
                        Finding(
                            "converter_fallback",
                            Severity.WARNING,
                            f"{item.rel}: {FALLBACK_NOTICE[lang]}",
                            path=item.rel,
                        )
                    )
            groups = _groups(items)
            total = number_pages([it for g in groups for it in g.items])
            stamp = _stamp_info(result, options)

            t = time.perf_counter()
            ctx = cover_context(
                result, checklist, groups, selection, notes, options, total, converted_soffice=soffice
            )
            front_pdf, index_page = renderer.render_pdf_with_anchor("bundle.html.j2", ctx, "index")
            front = work / "front.pdf"
            front.write_bytes(front_pdf)
            timings["render"] = time.perf_counter() - t

            t = time.perf_counter()
            tmp_pdf = outputs.temp_for(out)
            title = _title(result, lang)
            pages = assemble_bundle(
                front, index_page, groups, stamp, tmp_pdf, draft=options.draft, title=title
            )
            front_pages = pages - total
            timings["assemble"] = time.perf_counter() - t

            items_in_order = [it for g in groups for it in g.items]
            sidecar = sidecar_path(out)
            tmp_json = outputs.temp_for(sidecar)
            tmp_json.write_text(
                json.dumps(
                    _sidecar(out, result, checklist, items_in_order, selection, pages, front_pages, options),
                    ensure_ascii=False,
                    indent=2,
                )
                + "\n",
                encoding="utf-8",
            )

            split_files: list[Path] = []
            if options.split_dir is not None:
                t = time.perf_counter()
                split_files = _write_split(items_in_order, stamp, options, outputs, notes, title)
                timings["split"] = time.perf_counter() - t
            outputs.commit()
            if options.split_dir is not None:
                _stale_split_files(options, split_files, notes)
        except BaseException:
            outputs.discard()
            raise
    timings["total"] = time.perf_counter() - t0
    log.info("bundle %s: %d pages in %.2f s", out, pages, timings["total"])
    return BuildResult(
        out=out,
        sidecar=sidecar,
        pages=pages,
        front_pages=front_pages,
        documents=items_in_order,
        left_out=selection.left_out,
        medical_left_out=selection.medical,
        notes=notes,
        split_files=split_files,
        timings=timings,
        draft=options.draft,
    )


def _title(result: ScanResult, lang: str) -> str:
    name = result.case.werknemer.naam or result.employee.naam
    base = _t(lang, "Re-integratieverslag", "Return-to-work report (re-integratieverslag)")
    return f"{base} {name}" if name else base


def _stamp_info(result: ScanResult, options: BuildOptions) -> StampInfo:
    return StampInfo(
        result.case.werknemer.naam or result.employee.naam or "", mask_bsn(case_bsn(result), full=options.full_bsn),
        options.lang
    )


def case_bsn(result: ScanResult) -> str | None:
    """The employee's BSN: from dossier.yaml, else the one the documents name most often."""
    if result.case.werknemer.bsn:
        return result.case.werknemer.bsn
    from wia_dossier.bsn import bsn_valid

    counts = Counter(b for d in result.documents for b in d.bsns if bsn_valid(b))
    return counts.most_common(1)[0][0] if counts else None


def _items(
    docs: list[Document], converted: dict[str, Converted], checklist: Checklist, lang: str
) -> list[BundleItem]:
    items = []
    for doc in docs:
        conv = converted.get(doc.path)
        if conv is None:
            continue
        t = _doctype(checklist, doc.type)
        other = _t(lang, "Overige stukken", "Other documents")
        items.append(
            BundleItem(
                rel=doc.path,
                type_id=doc.type,
                element=t.element if t is not None else OTHER_ELEMENT,
                element_label=_element_label(checklist, t.element, lang) if t is not None else other,
                type_label=t.label(lang) if t is not None else other,
                title=doc.title or _stem(doc.source.name),
                date=doc.date.value if doc.date is not None else None,
                author=doc.author,
                converter=conv.converter,
                pdf=conv.pdf,
                pages=count_pages(conv.pdf),
                note=conv.note,
                parent=doc.parent,
            )
        )
    return items


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name else name


def _element_label(checklist: Checklist, element: str, lang: str) -> str:
    """The element's label: the label of its first type in checklist order."""
    for t in checklist.types:
        if t.element == element:
            return t.label(lang)
    return element


def _groups(items: list[BundleItem]) -> list[ElementGroup]:
    groups: dict[str, ElementGroup] = {}
    for item in items:
        g = groups.get(item.element)
        if g is None:
            g = groups[item.element] = ElementGroup(item.element, item.element_label)
        g.items.append(item)
    return list(groups.values())


def _stale_split_files(options: BuildOptions, written: list[Path], notes: list[Finding]) -> None:
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
        except Exception:  # noqa: BLE001 - not ours, or unreadable: leave it alone
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
    notes.append(Finding("split_stale", Severity.WARNING, _t(
        options.lang,
        f"In {options.split_dir} staan nog losse PDF's van een eerdere bundel ({names}). Verwijder ze voordat u "
        "uploadt, of bouw opnieuw met --force (dan ruimt wia-dossier ze op).",
        f"{options.split_dir} still holds split files of an earlier bundle ({names}). Remove them before uploading, "
        "or build again with --force (wia-dossier then removes them).")))


def _write_split(
    items: list[BundleItem],
    stamp: StampInfo,
    options: BuildOptions,
    outputs: _Outputs,
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
            raise OutputError(f"{final} bestaat al. Gebruik --force om het te overschrijven.")
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


# --- templates and sidecar ---------------------------------------------------------------------------------


def end_of_wachttijd(first_sick_day: dt.date | None) -> dt.date | None:
    """Last day of the 104-week wachttijd: first sick day + 104 weeks − 1 day."""
    if first_sick_day is None:
        return None
    return first_sick_day + dt.timedelta(weeks=WACHTTIJD_WEEKS) - dt.timedelta(days=1)


def _party(p: Any) -> dict[str, str]:
    return {
        k: (getattr(p, k) or "")
        for k in ("naam", "functie", "organisatie", "loonheffingennummer", "aard_van_het_bedrijf")
    }


def cover_context(
    result: ScanResult,
    checklist: Checklist,
    groups: list[ElementGroup],
    selection: Selection,
    notes: list[Finding],
    options: BuildOptions,
    total: int,
    *,
    converted_soffice: str | None = None,
) -> dict[str, Any]:
    """Plain data for ``bundle.html.j2`` (cover + index); no extractor objects reach the templates."""
    lang = options.lang
    labels = CONVERTER_LABELS[lang]
    items = [it for g in groups for it in g.items]
    first = result.first_sick_day.value if result.first_sick_day else result.case.eerste_ziektedag

    def doc_row(it: BundleItem) -> dict[str, Any]:
        return {
            "element": it.element,
            "title": it.title,
            "date": it.date,
            "author": it.author or "",
            "first": it.first,
            "last": it.last,
            "type_label": it.type_label,
            "converter": labels.get(it.converter, it.converter),
            "simplified": it.converter == DOCX_FALLBACK,
            "link": f"{LINK_PREFIX}{it.first}",
            "attachment": it.parent is not None,
        }

    missing = {f.type for f in result.findings if f.code == "missing" and f.type}
    elements = []
    for t in checklist.types:
        if t.medical or not t.bundle:
            continue
        docs = [doc_row(it) for it in items if it.type_id == t.id]
        if docs:
            status = "present"
        elif t.id in missing:
            status = "missing"
        else:
            status = "na"
        elements.append(
            {
                "element": t.element,
                "label": t.label(lang),
                "status": status,
                "documents": docs,
                "author_role": t.author,
            }
        )
    others = [doc_row(it) for it in items if it.type_id is None or not checklist.has_type(it.type_id)]
    werknemer_view_missing = any(
        t.id == "oordeel_werknemer" and not any(it.type_id == t.id for it in items) for t in checklist.types
    )
    # The cover of a final bundle goes to UWV: it shows the open points of the re-integration (missing,
    # late, outdated, BSN), not the tool's housekeeping, and never which files hold medical data.
    internal = {"medical_data", "unclassified", "duplicate", "skipped", "unsupported", "future", "misnamed",
                "repaired", "protected", "damaged_email", "form", "waived"}
    findings = [
        {"severity": str(f.severity), "message": f.message}
        for f in sorted([*result.findings, *notes], key=Finding.sort_key)
        if (options.draft and f.code != "medical_data") or (f.code not in internal and f.severity is not Severity.INFO)
    ]
    return {
        "title": _title(result, lang),
        "checklist": checklist.label(lang),
        "draft": options.draft,
        "as_of": result.as_of,
        "werknemer": {
            **_party(result.case.werknemer if result.case.werknemer.naam else result.employee),
            "bsn": mask_bsn(case_bsn(result), full=options.full_bsn),
        },
        "werkgever": _party(result.case.werkgever),
        "bedrijfsarts": _party(result.case.bedrijfsarts),
        "casemanager": _party(result.case.casemanager),
        "reintegratiebureau": _party(result.case.reintegratiebureau),
        "arbeidsdeskundige": _party(result.case.arbeidsdeskundige),
        "eerste_ziektedag": first,
        "einde_wachttijd": end_of_wachttijd(first),
        "aanvraag_wia": result.case.aanvraag_wia,
        "elements": elements,
        "others": others,
        "groups": [
            {"element": g.element, "label": g.label, "documents": [doc_row(it) for it in g.items]}
            for g in groups
        ],
        "total_pages": total,
        "medical_left_out": selection.medical,
        "medical_expected": any(t.medical for t in checklist.types),
        "werknemer_view_missing": werknemer_view_missing,
        "findings": findings,
        # which files stayed out is for the employer's eyes only (a draft), never for UWV
        "left_out": [{"path": lo.path, "reason": lo.reason} for lo in selection.left_out] if options.draft else [],
        "libreoffice": bool(converted_soffice),
        "simplified_notice": FALLBACK_NOTICE[lang],
        "any_simplified": any(it.converter == DOCX_FALLBACK for it in items),
        "version": __version__,
    }


def _sidecar(
    out: Path,
    result: ScanResult,
    checklist: Checklist,
    items: list[BundleItem],
    selection: Selection,
    pages: int,
    front_pages: int,
    options: BuildOptions,
) -> dict[str, Any]:
    """OUT.json: the page map (CONTRACT: each document's type, title, date, author and page range)."""
    return {
        "schema": SIDECAR_SCHEMA,
        "pdf": out.name,
        "checklist": checklist.id,
        "as_of": result.as_of.isoformat(),
        "draft": options.draft,
        "pages": pages,
        "front_pages": front_pages,
        "body_pages": pages - front_pages,
        "documents": [
            {
                "element": it.element if it.element != OTHER_ELEMENT else None,
                "type": it.type_id,
                "title": it.title,
                "date": it.date.isoformat() if it.date else None,
                "author": it.author,
                "path": it.rel,
                "first_page": it.first,
                "last_page": it.last,
                "pdf_page_index": front_pages + it.first - 1,
                "converter": it.converter,
            }
            for it in items
        ],
        # medical documents are only counted, never named (DOMAIN §5.3)
        "medical_left_out": selection.medical,
        # which files stayed out is for the employer's eyes only (a draft), never for UWV
        "left_out": [{"path": lo.path, "reason": lo.reason} for lo in selection.left_out] if options.draft else [],
    }
