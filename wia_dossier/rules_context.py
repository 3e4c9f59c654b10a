"""What every rule family shares: the evaluation context and phrase matching in a document's text."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wia_dossier.classify import regex_needles
from wia_dossier.messages import fmt_date
from wia_dossier.model import Finding, Severity, Status
from wia_dossier.timeline import SickClock

if TYPE_CHECKING:
    from wia_dossier.checklist import Checklist
    from wia_dossier.model import CaseFile, Document
    from wia_dossier.timeline import Milestone

__all__ = [
    "RuleContext",
    "dated_docs",
    "doc_date",
    "doc_text",
    "forget_texts",
    "has_phrase",
    "latest_doc",
    "stated_phrase",
    "warns_now",
]


def _plain(text: str) -> str:
    text = text.replace("\u00ad", "").replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-")
    return " ".join(text.lower().split())  # 2.5x faster than re.sub(r"\s+", " ", ...) on a document's text


@functools.lru_cache(maxsize=256)
def _norm(text: str) -> str:
    # cached: the rules ask about the same documents' text many times (81 times for 40 documents);
    # normalising it anew each time was two thirds of the rules' run time. ``rules.evaluate`` empties
    # the cache when it is done: no document text stays in memory from one case to the next.
    return _plain(text)


def forget_texts() -> None:
    """Drop the normalised texts kept for one evaluation."""
    _norm.cache_clear()


@functools.lru_cache(maxsize=1024)
def _regex(phrase: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A ``re:`` phrase compiled, with the literals one of which every match contains (empty: unknown).

    The literal test spares the regex search on most texts: a pattern that starts with a common word
    ('\\b(?:uwv|het) (?:oordeelt|vindt) in … deskundigenoordeel') or a long character class otherwise
    makes the engine try it at every position, which was half the rules' run time.
    """
    pattern = re.compile(phrase[3:], re.IGNORECASE)
    needles = regex_needles(phrase[3:].lower())
    # the texts are lower-cased, not stripped of accents: only ASCII literals are safe to test as they are
    return pattern, needles if all(n.isascii() for n in needles) else ()


def phrase_in(text: str, phrases: list[str] | tuple[str, ...]) -> bool:
    """Like ``has_phrase`` for a short text (a sentence): not cached, so no document text is pushed out."""
    plain = _plain(text)
    return any(_match(plain, p) for p in phrases)


def _match(norm_text: str, phrase: str) -> bool:
    if phrase.startswith("re:"):
        pattern, needles = _regex(phrase)
        if needles and not any(n in norm_text for n in needles):
            return False
        return pattern.search(norm_text) is not None
    return _norm(phrase) in norm_text


def has_phrase(text: str, phrases: list[str] | tuple[str, ...]) -> str | None:
    """The first of ``phrases`` found in ``text`` (case- and whitespace-insensitive), or None.

    A phrase starting with ``re:`` is a regular expression (the checklist convention).
    """
    t = _norm(text)
    for p in phrases:
        if _match(t, p):
            return p
    return None


# What a form puts under a heading it cannot fill yet ('Activiteiten en afspraken: Nog niet bekend', 'Visie werknemer:
# n.v.t.'): the heading is there, its content is not.
_PLACEHOLDER = re.compile(
    r"(?:nog niet bekend|nog onbekend|onbekend|n\.\s?v\.\s?t\.?|nvt|volgt(?: later| nog)?|nog in te vullen|"
    r"in te vullen|p\.\s?m\.|nader te bepalen|n\.\s?t\.\s?b\.|ntb|tbd|to be (?:decided|determined)|not yet known)\b",
    re.IGNORECASE,
)


def filled_phrase(text: str, phrases: list[str] | tuple[str, ...]) -> str | None:
    """Like ``has_phrase``, but a phrase that only labels an empty field ('Activiteiten en afspraken' followed by 'Nog
    niet bekend') does not count."""
    found = has_phrase(text, phrases)
    if found is None or not _PLACEHOLDER.search(text):
        return found  # the common case: no placeholder anywhere
    lowered = text.lower()
    located = False
    for p in phrases:
        pattern = re.compile(p[3:] if p.startswith("re:") else r"\s+".join(map(re.escape, p.lower().split())))
        for m in pattern.finditer(lowered):
            located = True
            start = lowered.rfind("\n", 0, m.start()) + 1
            end = lowered.find("\n", m.end())
            end = len(lowered) if end == -1 else end
            after = lowered[m.end() : end]
            if ":" in after or "\t" in after:
                value = after.split(":", 1)[-1] if ":" in after else after.split("\t", 1)[-1]  # 'Label: value'
            elif end - start <= 60:
                value = lowered[end + 1 : end + 121]  # a heading on its own line: its value is under it
            else:
                value = after
            if not _PLACEHOLDER.match(value.lstrip(" \t\n:|-–")):
                return p
    return None if located else found  # phrases written another way than the raw text: as has_phrase found them


# A sentence that makes a document conditional or future ("Als de opbouw stagneert, vraagt de casemanager om een
# bijstelling van de probleemanalyse", "een eventuele bijstelling", "zo nodig een deskundigenoordeel"): it
# does not show that the document exists.
_IF_START = re.compile(r"\s*(?:als|indien|mocht(?:en)?|wanneer|zodra|if|should|when)\b")
_IF_WORD = re.compile(r"\b(?:indien|mocht(?:en)?|zo ?nodig|eventuele?|zou(?:den)?|if needed|if necessary|should)\b")
# a sentence ends at . ! ? ; followed by a space, or at a line break before a capital (a new line of a form)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n(?=\s*[A-Z])")


def stated_phrase(text: str, phrases: list[str] | tuple[str, ...]) -> str | None:
    """Like ``has_phrase``, but only where a sentence states it, not as a condition or a possibility."""
    if has_phrase(text, phrases) is None:
        return None  # the common case, at the cost of one cached normalisation
    for sentence in _SENTENCES.split(text):
        t = _plain(sentence).strip()  # not cached: sentences would push the documents' texts out
        for p in phrases:
            if p.startswith("re:"):
                starts = [m.start() for m in re.finditer(p[3:], t, re.IGNORECASE)]
            else:
                needle = _plain(p)
                starts = [m.start() for m in re.finditer(re.escape(needle), t)]
            for at in starts:
                before = t[:at]
                if not (_IF_START.match(before) or _IF_WORD.search(before)):
                    return p
    return None


@dataclass
class RuleContext:
    """One evaluation: the checklist, the case, the date judged at, the documents, and the findings so far."""

    checklist: Checklist
    case: CaseFile
    as_of: dt.date
    lang: str
    docs: list[Document]
    clock: SickClock | None = None
    ref: dt.date = dt.date.min  # the week reached: as_of, or the application date if earlier
    tol: int = 1
    findings: list[Finding] = field(default_factory=list)
    # a vrijwillige verlenging read from UWV's decision (rules_timeline.Extension), or None
    extension: Any = None
    unread: list[Document] = field(default_factory=list)  # encrypted or unreadable files (no type)
    # readable files of no RIV type (covering mails, letters): they may say when something happened to the verslag
    others: list[Document] = field(default_factory=list)

    def p(self, name: str) -> Any:
        """The checklist parameter ``name``; a ``ConfigError`` when the checklist lacks it."""
        if name not in self.checklist.parameters:
            from wia_dossier.errors import ConfigError

            raise ConfigError(
                self.checklist.path,
                f"parameter '{name}' ontbreekt; de regels hebben hem nodig.",
                key="parameters",
            )
        return self.checklist.param(name)

    def src(self, name: str) -> str:
        """The source text the checklist gives for parameter ``name`` ('' if unknown)."""
        return self.checklist.param_source(name)

    def d(self, day: dt.date) -> str:
        """``day`` as the messages write it in ``lang``."""
        return fmt_date(day, self.lang)

    def label(self, type_id: str) -> str:
        """The document type's label in ``lang`` (the id for a type the checklist does not know)."""
        return self.checklist.type(type_id).label(self.lang) if self.checklist.has_type(type_id) else type_id

    def add(self, code: str, severity: str | Severity, message: str, **kw: Any) -> None:
        """Record a finding."""
        self.findings.append(Finding(code=code, severity=Severity(severity), message=message, **kw))

    def of_type(self, *types: str) -> list[Document]:
        """The documents of any of ``types``."""
        return [d for d in self.docs if d.type in types]


def warns_now(ctx: RuleContext, m: Milestone) -> bool:
    """Whether a missing document of milestone ``m`` is a warning already, before its deadline: from its
    ``warn_from_week``, or once a document of its ``warn_with`` type is in the dossier."""
    if ctx.clock is not None and m.warn_from_week is not None:
        day = ctx.as_of
        if ctx.extension is not None and m.warn_from_week >= ctx.extension.from_week:
            day -= dt.timedelta(days=ctx.extension.days)  # the week counts from the extended end
        if ctx.clock.week(day) >= m.warn_from_week:
            return True
    return m.warn_with is not None and any(d.type == m.warn_with for d in ctx.docs)


def doc_text(doc: Document) -> str:
    """The document's extracted text; empty unless it was read fine."""
    return doc.extracted.text if doc.extracted.status is Status.OK else ""


def dated_docs(docs: list[Document]) -> list[Document]:
    """The documents that have a date, oldest first (ties by path)."""
    return sorted((d for d in docs if d.date is not None), key=lambda d: (d.date.value, d.path))  # type: ignore[union-attr]


def latest_doc(docs: list[Document]) -> Document | None:
    """The newest dated document; without dates the last by path; None for none."""
    dated = dated_docs(docs)
    if dated:
        return dated[-1]
    return sorted(docs, key=lambda d: d.path)[-1] if docs else None


def doc_date(doc: Document | None) -> dt.date | None:
    """The document's date, if it has one."""
    return doc.date.value if doc is not None and doc.date is not None else None


def unreadable_stand_in(ctx: RuleContext, type_ids: tuple[str, ...] | list[str]) -> Document | None:
    """A file that could not be read (a password, damage) and whose name says it is one of ``type_ids``.

    'Probleemanalyse Y. Kaya (beveiligd).pdf' may be the probleemanalyse: while it cannot be read, its date is
    unknown, so no deadline of that type can fairly be called missed.
    """
    for doc in sorted(ctx.unread, key=lambda d: d.path):
        name = _norm(doc.path.rsplit("::", 1)[-1].rsplit("/", 1)[-1].rsplit(".", 1)[0])
        name = re.sub(r"[_\-.]+", " ", name)
        for t in type_ids:
            if not ctx.checklist.has_type(t):
                continue
            kind = ctx.checklist.type(t)
            for phrase in (*kind.filename, *kind.aliases):
                words = re.sub(r"[_\-.]+", " ", _norm(phrase)).split()
                if words and re.search(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", name):
                    return doc
    return None


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences (at . ! ? ; and at a line break before a capital, as the rules read them)."""
    return _SENTENCES.split(text)


def plain_text(text: str) -> str:
    """Lower case, one space between words: the form every phrase is matched in."""
    return _plain(text)


def phrase_span(plain: str, phrases: list[str] | tuple[str, ...]) -> tuple[int, int] | None:
    """Where the first of ``phrases`` stands in a ``plain_text`` sentence (``re:`` phrases are regexes)."""
    for p in phrases:
        if p.startswith("re:"):
            m = _regex(p)[0].search(plain)
            if m:
                return m.span()
        else:
            at = plain.find(_plain(p))
            if at != -1:
                return at, at + len(_plain(p))
    return None

