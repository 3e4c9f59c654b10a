"""``build``: choose and convert the documents, render cover + index, assemble, write atomically.

This module holds the options, the result and the orchestration (``run_build``). The steps live beside
it, and their public names are re-exported here: ``build_select`` (which documents, in which order and
element), ``build_cover`` (cover/index data and the OUT.json page map) and ``build_output`` (checks
before any work, atomic temp files, the split PDFs per document).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wia_dossier.assemble import BundleItem, StampInfo, assemble_bundle, number_pages
from wia_dossier.build_cover import (
    SIDECAR_SCHEMA,
    WACHTTIJD_WEEKS,
    bundle_title,
    case_bsn,
    cover_context,
    end_of_wachttijd,
    sidecar_data,
)
from wia_dossier.build_output import (
    PORTAL_LIMIT,
    Outputs,
    check_output,
    preflight,
    sidecar_path,
    sigterm_unwinds,
    split_name,
    stale_split_files,
    write_split,
)
from wia_dossier.build_select import (
    OTHER_ELEMENT,
    LeftOut,
    Selection,
    bundle_items,
    element_groups,
    select_documents,
)
from wia_dossier.checklist import Checklist
from wia_dossier.convert import DOCX_FALLBACK, convert_documents
from wia_dossier.convert.docx import FALLBACK_NOTICE, find_soffice
from wia_dossier.errors import DossierError, ExitCode, readable
from wia_dossier.extractors import ExtractOptions
from wia_dossier.medical_sweep import check_every_page
from wia_dossier.messages import t as _t
from wia_dossier.model import Finding, ScanResult, Severity
from wia_dossier.render import TemplateRenderer, mask_bsn

__all__ = [
    "OTHER_ELEMENT",
    "PORTAL_LIMIT",
    "SIDECAR_SCHEMA",
    "WACHTTIJD_WEEKS",
    "BuildOptions",
    "BuildRefused",
    "BuildResult",
    "LeftOut",
    "Selection",
    "build_extract_options",
    "case_bsn",
    "check_output",
    "cover_context",
    "end_of_wachttijd",
    "preflight",
    "run_build",
    "select_documents",
    "sidecar_path",
    "split_name",
]

log = logging.getLogger(__name__)


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
    # how the scan read files (OCR, limits); the medical check of the pages the scan did not read uses it
    extract: ExtractOptions | None = None


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


# --- the build ---------------------------------------------------------------------------------------------


def build_extract_options(options: BuildOptions) -> ExtractOptions:
    """The extraction settings for reading more of the case's files: the scan's, with the build's passwords."""
    base = options.extract or ExtractOptions()
    if options.passwords:
        base = dataclasses.replace(base, passwords=dict(options.passwords))
    return base


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
    # Medical information never enters an output: the pages the scan did not read are checked now
    # (once: the CLI already did it before printing the report).
    check_every_page(result, checklist, build_extract_options(options), options.lang)
    if result.errors and not options.draft:
        errors = [f for f in result.findings if f.severity is Severity.ERROR]
        listing = "\n".join(f"  - {f.message}" for f in sorted(errors, key=Finding.sort_key))
        n = result.errors
        raise BuildRefused(
            _t(
                options.lang,
                f"{n} {'fout' if n == 1 else 'fouten'} in het dossier; er is niets geschreven. Los "
                f"{'die' if n == 1 else 'ze'} eerst op, of maak een concept met --draft "
                f"(elke pagina krijgt CONCEPT):\n{listing}",
                f"{n} {'error' if n == 1 else 'errors'} in the dossier; nothing was written. Fix "
                f"{'it' if n == 1 else 'them'} first, or make a draft with --draft (every page marked CONCEPT):\n{listing}",
            )
        )
    lang = options.lang
    renderer = TemplateRenderer(options.template_dir, lang)
    selection = select_documents(result, checklist, options)
    soffice = find_soffice() if options.soffice == "auto" else options.soffice
    timings: dict[str, float] = {}
    notes: list[Finding] = []

    with contextlib.ExitStack() as stack:
        stack.enter_context(sigterm_unwinds())
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="wia-build-")))
        outputs = Outputs(result.case_dir, work)
        try:
            t = time.perf_counter()
            converted, failed = convert_documents(
                selection.included,
                work / "convert",
                passwords=dict(options.passwords),
                render_html_pdf=lambda name, context: renderer.render_pdf(name, _readable_tree(context)),
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
            items = bundle_items(selection.included, converted, checklist, lang)
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
            groups = element_groups(items)
            total = number_pages([it for g in groups for it in g.items])
            stamp = _stamp_info(result, options)

            t = time.perf_counter()
            ctx = cover_context(result, checklist, groups, selection, notes, options, total, converted_soffice=soffice)
            front_pdf, index_page = renderer.render_pdf_with_anchor("bundle.html.j2", _readable_tree(ctx), "index")
            front = work / "front.pdf"
            front.write_bytes(front_pdf)
            timings["render"] = time.perf_counter() - t

            t = time.perf_counter()
            tmp_pdf = outputs.temp_for(out)
            title = bundle_title(result, lang)
            pages = assemble_bundle(front, index_page, groups, stamp, tmp_pdf, draft=options.draft, title=title)
            front_pages = pages - total
            timings["assemble"] = time.perf_counter() - t

            items_in_order = [it for g in groups for it in g.items]
            sidecar = sidecar_path(out)
            tmp_json = outputs.temp_for(sidecar)
            tmp_json.write_text(
                # readable(): a file name that is no UTF-8 ('Jos\xe9.pdf') is written as Windows-1252 text
                readable(
                    json.dumps(
                        sidecar_data(out, result, checklist, items_in_order, selection, pages, front_pages, options),
                        ensure_ascii=False,
                        indent=2,
                    )
                )
                + "\n",
                encoding="utf-8",
            )

            split_files: list[Path] = []
            if options.split_dir is not None:
                t = time.perf_counter()
                split_files = write_split(items_in_order, stamp, options, outputs, notes, title)
                timings["split"] = time.perf_counter() - t
            outputs.commit()
            if options.split_dir is not None:
                stale_split_files(options, split_files, notes)
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


def _readable_tree(value: Any) -> Any:
    """A template context with every file name that is no UTF-8 made readable (errors.readable).

    WeasyPrint cannot lay out the raw bytes of such a name ('Jos\\xe9.txt' from an old Windows zip), and
    a heading or index row that holds one ended the build with exit 70.
    """
    if isinstance(value, str):
        return readable(value)
    if isinstance(value, dict):
        return {k: _readable_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_readable_tree(v) for v in value)
    return value


def _stamp_info(result: ScanResult, options: BuildOptions) -> StampInfo:
    return StampInfo(
        result.case.werknemer.naam or result.employee.naam or "",
        mask_bsn(case_bsn(result), full=options.full_bsn),
        options.lang,
    )
