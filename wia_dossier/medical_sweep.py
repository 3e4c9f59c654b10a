"""Before anything goes into a bundle: every page of every bundled document checked for medical content.

Why: ``scan`` reads the first three and the last two pages of a document (what classification needs,
and what keeps a scan of 400 pages under a second). A diagnosis on page 6 of a twelve-page plan van
aanpak would pass that check, and the bundle is an output that must never hold medical information
(DOMAIN 5.3, AP Beleidsregels De zieke werknemer). So ``build`` reads the pages the scan did not, in
the same sandbox workers and with the same limits, and adds a ``medical_data`` warning for a document
whose unread pages show medical content; the selection then leaves it out like any other. Only the
hits travel back from the worker, never the text.

While the whole document is read anyway, its pages are also checked for the start of another RIV
document (``classify.later_titles``): an export whose second part begins on page 7 is reported as
``multiple_documents`` too, which the scan alone cannot see.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wia_dossier.checklist import Checklist
from wia_dossier.classify import compile_checklist, later_titles
from wia_dossier.extractors import ExtractOptions
from wia_dossier.findings import medical_warning, multiple_documents_warning
from wia_dossier.model import Document, Extracted, Finding, ScanResult, SourceFile, Status
from wia_dossier.privacy import MedicalHit, medical_pages
from wia_dossier.sandbox import extract, prefetching

__all__ = ["check_every_page"]

#: ``head_pages`` that reads a whole document (the extractors read min(head, page count) pages).
_ALL = 1_000_000


def check_every_page(result: ScanResult, checklist: Checklist, options: ExtractOptions, lang: str) -> None:
    """Add a ``medical_data`` warning for each bundle candidate whose unread pages hold medical content.

    In place, once per result (``result.every_page_checked``). Documents already known to be medical,
    or not going into a bundle (unreadable, unclassified, a type that is never bundled), are skipped.
    """
    if result.every_page_checked:
        return
    flagged = {f.path for f in result.findings if f.code == "medical_data"}
    todo = [d for d in result.documents if _needs_check(d, checklist) and d.path not in flagged]
    if todo:
        # the pages the scan did not read (it read the first head_pages and the last tail_pages)
        read_all = dataclasses.replace(
            options, head_pages=_ALL, tail_pages=0, skip_head=options.head_pages, skip_tail=options.tail_pages
        )
        then = (_look_in_worker, (_Ref(checklist),))
        added: list[Finding] = []
        replaced: set[str] = set()
        with prefetching([d.source for d in todo], read_all, then=then):
            for doc in todo:
                hits, titles = _sweep(doc, read_all, then, checklist)
                warning = medical_warning(doc, hits, lang)
                if warning is not None:
                    added.append(warning)
                if any(p not in doc.extracted.page_numbers for p, _, _ in titles):
                    # with the parts the scan saw on the pages it read
                    seen = doc.analysis.later_titles if doc.analysis is not None else []
                    titles = sorted({*seen, *titles})
                    own_page = doc.analysis.own_page if doc.analysis is not None else 1
                    parts = multiple_documents_warning(doc, titles, checklist, lang, own_page=own_page)
                    if parts is not None:  # names every part now, also those the scan could not see
                        added.append(parts)
                        replaced.add(doc.path)
        kept = [f for f in result.findings if not (f.code == "multiple_documents" and f.path in replaced)]
        result.findings = sorted([*kept, *added], key=Finding.sort_key)
    result.every_page_checked = True


def _needs_check(doc: Document, checklist: Checklist) -> bool:
    ex = doc.extracted
    if doc.status is not Status.OK or doc.type is None or not checklist.has_type(doc.type):
        return False
    t = checklist.type(doc.type)
    return not t.medical and t.bundle and ex.page_count > len(ex.page_numbers)


_Found = tuple[list[MedicalHit], list[tuple[int, str, str]]]


def _sweep(doc: Document, options: ExtractOptions, then: Any, checklist: Checklist) -> _Found:
    """The medical hits on the pages the scan did not read, and every page that begins a document."""
    ex = extract(doc.source, options, then)
    hits, titles = ex.derived if isinstance(ex.derived, tuple) else _look(ex, checklist)
    seen = set(doc.extracted.page_numbers)  # the scan checked these already
    return [h for h in hits if h.page not in seen], titles


def _look(ex: Extracted, checklist: Checklist) -> _Found:
    if ex.status is not Status.OK:
        return [], []
    model = compile_checklist(checklist)
    return medical_pages(model, ex.pages, ex.page_numbers), later_titles(model, ex)


class _Ref:
    """A checklist as a sandbox task argument: hashable by its YAML digest, pickled whole for the worker."""

    __slots__ = ("checklist",)

    def __init__(self, checklist: Checklist) -> None:
        self.checklist = checklist

    def __hash__(self) -> int:
        return hash((self.checklist.id, self.checklist.digest))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Ref) and other.checklist is self.checklist


def _look_in_worker(src: SourceFile, ex: Extracted, ref: _Ref) -> _Found:
    """In the sandbox worker: medical hits and document starts of every page; the text stays in the worker."""
    found = _look(ex, ref.checklist)
    ex.pages = []
    ex.title_zone = ""
    return found
