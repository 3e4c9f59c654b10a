"""What one document shows by itself (dates, BSNs, author, classifier evidence, medical pages), found where read.

Why a module of its own: this is the expensive, per-file part of a scan (regular expressions over
the text of every page), and it depends on the document and the checklist only, never on the rest
of the case. So the sandbox worker that extracted a file analyses it too (``analyse_in_worker``):
two cores work on two files at once, the main process only weighs the results, and a text that
makes a pattern slow is stopped by the same per-file time limit as a PDF that makes the parser loop.
What needs the whole case (the first sick day, the week a date falls in, the duplicate check) stays
in ``pipeline``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wia_dossier import dates
from wia_dossier.authors import find_author
from wia_dossier.bsn import find_bsns
from wia_dossier.checklist import load_checklist
from wia_dossier.classify import (
    Evidence,
    Model,
    compile_checklist,
    exported_index,
    failed_evidence,
    gather,
    later_titles,
    opens_document,
    page_title,
    title_page,
)
from wia_dossier.messages import t
from wia_dossier.model import DateFound, Extracted, SourceFile, Status
from wia_dossier.privacy import MedicalHit, medical_pages

__all__ = ["Analysis", "analyse", "analyse_in_worker", "cache_context", "fallback_dates"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Analysis:
    """The per-file findings of one document (plain data: it travels between processes)."""

    checklist_id: str  # which checklist (and version) the evidence was weighed against
    lang: str
    date: DateFound | None
    first_sick_day: DateFound | None
    bsns: list[str]
    author: str | None
    evidence: Evidence
    medical: list[MedicalHit]
    # later pages that begin like a document of their own: (page, type id, title line) (classify.later_titles)
    later_titles: list[tuple[int, str, str]] = dataclasses.field(default_factory=list)
    # the page whose top holds the document's own title: 1, or the page after a cover, contents or export list
    own_page: int = 1

    def fits(self, model: Model, lang: str) -> bool:
        """Whether this analysis was made with ``model``'s checklist and in ``lang``."""
        return self.checklist_id == _checklist_key(model) and self.lang == lang

    def to_json(self) -> dict[str, Any]:
        """JSON data for the encrypted cache (cache.py)."""
        return {
            "checklist_id": self.checklist_id,
            "lang": self.lang,
            "date": _date_json(self.date),
            "first_sick_day": _date_json(self.first_sick_day),
            "bsns": self.bsns,
            "author": self.author,
            "evidence": dataclasses.asdict(self.evidence),
            "medical": [[h.page, h.terms, h.marker] for h in self.medical],
            "later_titles": [list(x) for x in self.later_titles],
            "own_page": self.own_page,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Analysis:
        """The inverse of ``to_json`` (raises on anything else: the cache then computes afresh)."""
        ev = obj["evidence"]
        evidence = Evidence(**{f.name: ev[f.name] for f in dataclasses.fields(Evidence)})
        return cls(
            checklist_id=str(obj["checklist_id"]),
            lang=str(obj["lang"]),
            date=_date_from(obj["date"]),
            first_sick_day=_date_from(obj["first_sick_day"]),
            bsns=[str(b) for b in obj["bsns"]],
            author=None if obj["author"] is None else str(obj["author"]),
            evidence=evidence,
            medical=[MedicalHit(int(p), int(t), bool(m)) for p, t, m in obj["medical"]],
            later_titles=[(int(p), str(t), str(line)) for p, t, line in obj["later_titles"]],
            own_page=int(obj["own_page"]),
        )


def _date_json(d: DateFound | None) -> list[str] | None:
    return None if d is None else [d.value.isoformat(), d.source]


def _date_from(obj: list[str] | None) -> DateFound | None:
    return None if obj is None else DateFound(dt.date.fromisoformat(obj[0]), str(obj[1]))


def cache_context(src: SourceFile, model: Model, lang: str) -> str:
    """What an analysis depends on besides the file's bytes and the extraction options (cache key only).

    The file's name counts: the classifier reads it ('PvA def.pdf') and so does the date finder.
    """
    return f"{_checklist_key(model)}|{lang}|{src.rel}"


def _checklist_key(model: Model) -> str:
    return f"{model.checklist.id}@{model.checklist.digest}"


def fallback_dates(ex: Extracted) -> tuple[tuple[dt.date | None, str], ...]:
    """Dates outside the text: an e-mail's Date header, a photo's EXIF date."""
    out: list[tuple[dt.date | None, str]] = []
    for key, why in (("date", "datum van de e-mail"), ("exif_date", "opnamedatum van de foto (EXIF)")):
        raw = ex.facts.get(key)
        if raw:
            with contextlib.suppress(ValueError):
                out.append((dt.date.fromisoformat(raw[:10]), why))
    return tuple(out)


def analyse(src: SourceFile, ex: Extracted, model: Model, lang: str) -> Analysis:
    """Everything one document shows by itself. Pure: no I/O. Never raises for a file's content.

    A bug that an odd file sets off costs that file, not the run: it stays unclassified with a reason
    that asks for a report (the log names the error type, never the text).
    """
    try:
        return _analyse(src, ex, model, lang)
    except MemoryError:
        raise
    except Exception as exc:
        # the type only: an exception's message or traceback may quote the document's text
        log.warning("analyse van %s mislukt (%s)", src.rel, type(exc).__name__)
        reason = t(
            lang,
            f"kon niet worden geanalyseerd door een interne fout ({type(exc).__name__}); meld dit als "
            "fout in het project, zonder het document mee te sturen",
            f"could not be analysed because of an internal error ({type(exc).__name__}); please report it, "
            "without the document",
        )
        return Analysis(
            checklist_id=_checklist_key(model),
            lang=lang,
            date=None,
            first_sick_day=None,
            bsns=[],
            author=None,
            evidence=failed_evidence(reason),
            medical=[],
        )


def _analyse(src: SourceFile, ex: Extracted, model: Model, lang: str) -> Analysis:
    if ex.status is not Status.OK:
        fn = dates.filename_date(src.name)
        return Analysis(
            checklist_id=_checklist_key(model),
            lang=lang,
            date=DateFound(fn, "datum in de bestandsnaam") if fn else None,
            first_sick_day=None,
            bsns=[],
            author=None,
            evidence=gather(model, ex, src.rel, lang=lang),  # an override in dossier.yaml may still need it
            medical=[],
        )
    text = ex.text
    # an export's list of documents or a fax cover on page 1: the document, and so its date, starts on page 2
    dated_text, dated_zone = text, ex.title_zone
    author = find_author(ex)
    later = later_titles(model, ex)
    part = first_part(model, ex, later)
    if exported_index(model, ex.pages):
        rest = ex
        if len(ex.page_numbers) == len(ex.pages):
            rest = dataclasses.replace(ex, pages=ex.pages[1:], page_numbers=ex.page_numbers[1:])
            rest = first_part(model, rest, later)  # the first document after the cover, up to the next one
        dated_text = "\f".join(rest.pages if rest is not ex else ex.pages[1:])
        dated_zone = "\n".join(ex.pages[1].strip().split("\n")[:15])
    elif part is not ex:
        # an export typed by its first document is dated by it too: the later documents' dates are theirs
        dated_text = "\f".join(part.pages)
    return Analysis(
        checklist_id=_checklist_key(model),
        lang=lang,
        date=dates.document_date(
            dated_text,
            title_zone=dated_zone,
            filename=src.name,
            fallbacks=fallback_dates(ex),
            not_after=None,  # a later date is still the document's date; run_scan decides what counts
        ),
        first_sick_day=dates.first_sick_day(text),
        bsns=find_bsns(text),  # as written, valid or not: the rules check the elfproef
        author=author,
        evidence=gather(model, part, src.rel, lang=lang, author=author),
        medical=medical_pages(model, ex.pages, ex.page_numbers),
        later_titles=later,
        own_page=_own_page(model, ex),
    )


def first_part(model: Model, ex: Extracted, later: list[tuple[int, str, str]]) -> Extracted:
    """The pages of the file's first document when page 1 opens a document (a title, and a date, name or BSN at the
    top) and a later page begins one of another kind (an arbodienst's export: the arbeidsdeskundig rapport, then the
    inzetbaarheidsprofiel). The file is typed by its first document, so the content of the later ones does not weigh
    for it, nor their dates; the whole file is still checked for medical data. A cover page without a title of its
    own (a portal's export sheet, a covering note) is no first document: then nothing is cut."""
    if not later or len(ex.page_numbers) != len(ex.pages) or not ex.pages or not opens_document(model, ex.pages[0]):
        return ex
    own = page_title(model, ex.pages[0])
    other = next((page for page, type_id, _ in later if own is None or type_id != own[0]), None)
    if other is None or other not in ex.page_numbers:
        return ex
    at = ex.page_numbers.index(other)
    if at <= 0:
        return ex
    return dataclasses.replace(ex, pages=ex.pages[:at], page_numbers=ex.page_numbers[:at])


def _own_page(model: Model, ex: Extracted) -> int:
    """The page number (as printed in the reasons) whose top holds the document's title."""
    first = title_page(ex.pages, model)
    if first == 0 or page_title(model, ex.pages[0]) is not None:
        return 1  # a short first page with a title of its own (the top of the next page only adds to it)
    numbers = ex.page_numbers if len(ex.page_numbers) == len(ex.pages) else list(range(1, len(ex.pages) + 1))
    return numbers[first] if first < len(numbers) else 1


def analyse_in_worker(src: SourceFile, ex: Extracted, checklist: str | Path | None, lang: str) -> Analysis:
    """``analyse`` in a sandbox worker: the checklist by name or path (a forked worker has it loaded already)."""
    return analyse(src, ex, compile_checklist(load_checklist(checklist)), lang)
