"""Classify one extracted document against a checklist; every score carries its reasons. Pure: no I/O.

Evidence, weighted by the checklist's ``classifier:`` section:

* a title phrase on its own line at the top of page 1 (how every RIV form and report names itself);
  a longer title that contains a shorter one wins ("Actueel oordeel bij de probleemanalyse" is no
  probleemanalyse, "Eindevaluatie plan van aanpak" is no plan van aanpak);
* content cues that follow from what the law asks the document to contain (strong, weak, negative);
* the author as seen in the letterhead and the signature block (bedrijfsarts with BIG number,
  arbeidsdeskundige, re-integratiebureau, UWV, two signatures of werkgever and werknemer);
* the file name (abbreviations as whole words, rapidfuzz similarity to labels);
* the document's date relative to the first sick day (second pass, when the case's first sick day is known).

Guidance leaflets and templates (they name many document types) and personnel papers (payslips,
CVs, contracts, invoices) are left unclassified.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import operator
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

import ahocorasick
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from wia_dossier.authors import find_author
from wia_dossier.checklist import Checklist, DocType
from wia_dossier.messages import t as _t
from wia_dossier.model import Extracted, Kind

_WS = re.compile(r"\s+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def normalize(text: str) -> str:
    """Lower-case, strip diacritics (reïntegratie → reintegratie), unify dashes and quotes."""
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2011", "-").replace("\u00ad", "")


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """``re:`` phrases are regexes; others match as whole words, with flexible spaces and hyphens."""
    if phrase.startswith("re:"):
        return re.compile(normalize(phrase[3:]), re.IGNORECASE | re.MULTILINE)
    words = [w for w in re.split(r"[\s\-]+", normalize(phrase)) if w]
    body = r"[\s\-]*".join(re.escape(w) for w in words)
    # no look-behind at the start: a literal prefix lets the regex engine scan fast; the word
    # boundary before the match is checked in _Phrase.search
    return re.compile(rf"{body}(?![\w])")


#: Per regex cue, the last text searched and the result: several types share a cue, and ``gather`` asks each of them
#: in turn about the same text. Only the identical text object hits, so no stale answer is possible.
_LAST_REGEX_RESULT: dict[str, tuple[str, re.Match[str] | None]] = {}


class _Phrase:
    """One cue, title or term of the checklist, matched as a whole phrase (or as a regex with ``re:``).

    The regex is compiled on first use: with the needle test most phrases are never searched in a
    run, and compiling all ~1,000 up front cost 50 ms before the first file was read.
    """

    __slots__ = ("_anchor", "_pattern", "is_regex", "needles", "source", "text")

    def __init__(self, source: str) -> None:
        self.source = source  # as written in the checklist
        self.is_regex = source.startswith("re:")
        self.text = source[3:] if self.is_regex else source
        # words of which the text must contain at least one for the phrase to match (empty: unknown).
        # Found for all phrases of a text in one Aho-Corasick pass, they spare most regex searches,
        # which made classification 50x slower than extraction.
        self.needles: tuple[str, ...] = _needles(source)
        self._pattern: re.Pattern[str] | None = None
        self._anchor: tuple[tuple[str, ...], int] | bool | None = False  # False: not worked out yet

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once, on first use)."""
        if self._pattern is None:
            self._pattern = _phrase_pattern(self.source)
        return self._pattern

    def possible(self, text: str, present: frozenset[str] | None) -> bool:
        """False when the text cannot contain a match (none of the needles occurs)."""
        if not self.needles:
            return True
        if present is not None:
            return not present.isdisjoint(self.needles)
        return any(n in text for n in self.needles)

    def search(self, text: str, present: frozenset[str] | None = None) -> re.Match[str] | None:
        """Like ``pattern.search`` (whole words for plain phrases), after the cheap substring test.

        ``present``: the needles known to occur in ``text`` (computed once per text by ``present_needles``).
        """
        if not self.possible(text, present):
            return None
        if self.is_regex:
            return self._search_regex(text)
        pos = 0
        while (m := self.pattern.search(text, pos)) is not None:
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                return m
            pos = m.start() + 1
        return None

    def _search_regex(self, text: str) -> re.Match[str] | None:
        """``pattern.search``, but only where a match can start when the regex has an anchor.

        A regex that begins with a character class or an alternation ('\\b[a-tv-z]\\d{2}\\.\\d',
        '(?:gesprek|evaluatie|overleg)\\s+d.d.') makes the engine try the whole pattern at every position of
        a 20,000-character text. When every match holds one of a few literals at a fixed distance from
        its start (``_anchor``), the literals are found with ``str.find`` and the pattern is only tried
        at those starts, left to right: the same first match.
        """
        last = _LAST_REGEX_RESULT.get(self.source)
        if last is not None and last[0] is text:
            return last[1]  # the same cue of another type ('besproken' marks all three evaluations), same text
        found = self._search_regex_in(text)
        _LAST_REGEX_RESULT[self.source] = (text, found)
        return found

    def _search_regex_in(self, text: str) -> re.Match[str] | None:
        if self._anchor is False:
            self._anchor = _anchor(normalize(self.source[3:]))
        anchor = self._anchor
        if not isinstance(anchor, tuple) or sum(text.count(lit) for lit in anchor[0]) > _ANCHOR_MAX + len(text) // 40:
            return self.pattern.search(text)
        literals, offset = anchor
        starts: set[int] = set()
        for lit in literals:
            at = text.find(lit)
            while at >= 0:
                if at >= offset:
                    starts.add(at - offset)
                at = text.find(lit, at + 1)
        pattern = self.pattern
        for start in sorted(starts):
            m = pattern.match(text, start)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, present: frozenset[str] | None = None) -> list[re.Match[str]]:
        """Like ``pattern.finditer`` (whole words for plain phrases), after the cheap substring test."""
        if not self.possible(text, present):
            return []
        if self.is_regex:
            return list(self.pattern.finditer(text))
        out: list[re.Match[str]] = []
        pos = 0
        while pos <= len(text) and (m := self.pattern.search(text, pos)) is not None:
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                out.append(m)
                pos = m.end() if m.end() > m.start() else m.end() + 1
            else:
                pos = m.start() + 1  # not at a word start: a real match may begin inside this one
        return out


#: With more occurrences of an anchor than this plus one per 40 characters (measured: a match attempt
#: costs about as much as the engine's scan over 40 characters) the engine's own scan is faster.
_ANCHOR_MAX = 64


def _anchor(pattern: str) -> tuple[tuple[str, ...], int] | None:
    """Literals of which every match of ``pattern`` holds one at the same fixed distance from its start.

    Walks the parsed pattern from the left while every element has a fixed width (zero-width assertions
    such as \\b and ^ count 0) and keeps the best required literal run or all-literal alternation seen on
    the way. None when there is none, or when a flag, group or back-reference makes it unsure.
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(pattern, re.IGNORECASE)
    except Exception:  # any doubt: no anchor, the regex engine scans as usual
        return None
    best: tuple[tuple[str, ...], int] | None = None
    offset = 0
    items = list(tree)
    i = 0

    def better(lits: tuple[str, ...]) -> bool:
        return best is None or min(map(len, lits)) > min(map(len, best[0]))

    while i < len(items):
        op, arg = items[i]
        name = str(op)
        if name == "LITERAL":
            run = ""
            j = i
            while j < len(items) and str(items[j][0]) == "LITERAL":
                run += chr(items[j][1])
                j += 1
            if better((run,)):
                best = ((run,), offset)
            offset += len(run)
            i = j
            continue
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            i += 1
            continue
        if name == "BRANCH":
            branches = arg[1]
            if branches and all(b and all(str(o) == "LITERAL" for o, _ in b) for b in branches):
                lits = tuple("".join(chr(a) for _, a in b) for b in branches)
                if better(lits):
                    best = (lits, offset)
                if len({len(x) for x in lits}) == 1:
                    offset += len(lits[0])
                    i += 1
                    continue
            break
        if name in ("IN", "ANY", "NOT_LITERAL", "CATEGORY"):
            offset += 1
            i += 1
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = arg
            lo, hi = sub.getwidth()
            if low == high and lo == hi:
                offset += low * lo
                i += 1
                continue
            break
        break  # a group, a variable width: the distance to what follows is no longer fixed
    return best


def regex_needles(pattern: str) -> tuple[str, ...]:
    """Literal strings of which every match of ``pattern`` contains at least one (empty if unsure).

    Like RE2's prefilter: a literal run is required; so is one of the branches of a required group
    (``(?:emdr|cgt|cognitieve gedragstherapie)``); of all required parts the one whose shortest
    alternative is longest filters best.
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(pattern)
    except Exception:
        return ()
    found = _required(list(tree))
    return tuple(sorted(found)) if found and min(len(x) for x in found) >= 2 else ()


def _required(items: list[Any]) -> set[str] | None:
    """The best set of alternative literals one of which a match of this sequence must contain."""
    candidates: list[set[str]] = []
    run = ""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(arg)
            continue
        if run.strip():
            candidates.append({run.strip()})
        run = ""
        sub: set[str] | None = None
        if name == "SUBPATTERN":
            sub = _required(list(arg[-1]))
        elif name == "BRANCH":
            branches = [_required(list(b)) for b in arg[1]]
            if branches and all(branches):
                sub = set().union(*branches)  # type: ignore[arg-type]
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and arg[0] >= 1:
            sub = _required(list(arg[2]))
        if sub and all(x.strip() for x in sub):
            candidates.append({x.strip() for x in sub})
    if run.strip():
        candidates.append({run.strip()})
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(x) for x in c), -len(c)))


def _needles(phrase: str) -> tuple[str, ...]:
    if phrase.startswith("re:"):
        return regex_needles(normalize(phrase[3:]))
    words = [w for w in re.split(r"[\s\-]+", normalize(phrase)) if w]
    longest = max(words, key=len, default="")
    return (longest,) if len(longest) >= 3 else ()


def _compile(phrases: tuple[str, ...]) -> tuple[_Phrase, ...]:
    return tuple(_Phrase(p) for p in phrases)


@dataclass(frozen=True, slots=True)
class _TypeModel:
    doc: DocType
    titles: tuple[_Phrase, ...]
    strong: tuple[_Phrase, ...]
    weak: tuple[_Phrase, ...]
    negative: tuple[_Phrase, ...]
    aliases: tuple[_Phrase, ...]
    filename: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Model:
    """A checklist compiled for matching (compile once per run)."""

    checklist: Checklist
    types: tuple[_TypeModel, ...]
    authors: dict[str, tuple[_Phrase, ...]]
    leaflet: tuple[_Phrase, ...]
    unrelated: tuple[_Phrase, ...]
    medical_terms: tuple[_Phrase, ...]
    medical_markers: tuple[_Phrase, ...]
    weights: dict[str, float]
    needles: tuple[str, ...] = ()
    revision: re.Pattern[str] | None = None  # the checklist's revision_words as one whole-word pattern
    title_choices: tuple[str, ...] = ()  # plain title phrases, normalized (for fuzzy title matching)
    title_types: tuple[str, ...] = ()  # the type of each title choice
    # an Aho-Corasick automaton over ``needles``: finds all of them in one pass over the text
    automaton: Any = None
    # the same over the needles of the medical terms and markers only (the page-by-page privacy check)
    medical_automaton: Any = None
    # title phrases by needle (and those without one), numbered in checklist order: the titles a text
    # can hold, without testing all ~300 of them for every text and line
    titles_by_needle: dict[str, tuple[tuple[int, str, _Phrase], ...]] = field(default_factory=dict)
    titles_without_needle: tuple[tuple[int, str, _Phrase], ...] = ()

    def titles_in(self, present: frozenset[str]) -> list[tuple[int, str, _Phrase]]:
        """(order, type id, title phrase) of the titles that may occur in a text with these needles, in
        checklist order (the order of ``types`` and their ``titles``, so results do not depend on it)."""
        found = {entry[0]: entry for entry in self.titles_without_needle}
        for needle in present:
            for entry in self.titles_by_needle.get(needle, ()):
                found[entry[0]] = entry
        return [found[k] for k in sorted(found)]

    def present_needles(self, text: str) -> frozenset[str]:
        """The needles of all phrases that occur in ``text``.

        One Aho-Corasick pass (about 0.2 ms for 20,000 characters) instead of a substring test per
        needle (500 needles: 4 ms), which was the largest single cost of classifying a document.
        """
        if self.automaton is None:
            return frozenset(n for n in self.needles if n in text)
        return frozenset(map(_second, self.automaton.iter(text)))

    def present_medical_needles(self, text: str) -> frozenset[str]:
        """The needles of the medical terms and markers that occur in ``text`` (enough for those phrases).

        Every page is checked for medical content; with only these ~100 words the automaton reports
        a handful of hits per page instead of every common RIV word.
        """
        if self.medical_automaton is None:
            return self.present_needles(text)
        return frozenset(map(_second, self.medical_automaton.iter(text)))


_DEFAULT_WEIGHTS = {
    "title": 10.0,
    "title_body": 3.0,
    "strong": 2.5,
    "weak": 0.7,
    "negative": -4.0,
    "filename_alias": 4.0,
    "filename_fuzzy": 4.0,
    "author": 2.0,
    "author_conflict": -2.5,
    "timing": 1.5,
    "timing_conflict": -2.0,
    "min_score": 6.0,
    "leaflet_types": 5.0,
}


_COMPILED: dict[int, tuple[Checklist, Model]] = {}


_BY_DIGEST: dict[str, Model] = {}


def compile_checklist(checklist: Checklist) -> Model:
    """Compile every phrase of the checklist once (cached per checklist object, and per YAML digest for a
    copy that arrived in a worker process)."""
    hit = _COMPILED.get(id(checklist))
    if hit is not None and hit[0] is checklist:
        return hit[1]
    model = _BY_DIGEST.get(checklist.digest) if checklist.digest else None
    if model is None or model.checklist != checklist:
        model = _compile_checklist(checklist)
    if len(_COMPILED) > 16:
        _COMPILED.clear()
        _BY_DIGEST.clear()
    _COMPILED[id(checklist)] = (checklist, model)
    if checklist.digest:
        _BY_DIGEST[checklist.digest] = model
    return model


def _compile_checklist(checklist: Checklist) -> Model:
    types = tuple(
        _TypeModel(
            doc=t,
            # an abbreviation that fills the title line is a title too ("BIJSTELLING PA", "EJE")
            titles=_compile(t.titles + tuple(a for a in t.aliases if len(a) >= 3 and a not in t.titles)),
            strong=_compile(t.cues.strong),
            weak=_compile(t.cues.weak),
            negative=_compile(t.cues.negative),
            aliases=_compile(t.aliases),
            filename=tuple(normalize(f) for f in t.filename),
        )
        for t in checklist.types
    )
    phrases: list[_Phrase] = []
    for t in types:
        phrases += [*t.titles, *t.strong, *t.weak, *t.negative, *t.aliases]
    extra = (
        _compile(checklist.leaflet_cues),
        _compile(checklist.negative_cues),
        _compile(checklist.medical_terms),
        _compile(checklist.medical_markers),
    )
    for group in extra:
        phrases += group
    for cues in checklist.authors.values():
        phrases += _compile(cues)
    needles = tuple(sorted({n for p in phrases for n in p.needles}))
    medical = extra[2] + extra[3]
    choices = [(normalize(p.text), t.doc.id) for t in types for p in t.titles if not p.is_regex and len(p.text) >= 8]
    revision = (
        re.compile(r"\b(?:" + "|".join(re.escape(normalize(w)) for w in checklist.revision_words) + r")\b")
        if checklist.revision_words
        else None
    )
    by_needle: dict[str, list[tuple[int, str, _Phrase]]] = {}
    without: list[tuple[int, str, _Phrase]] = []
    order = 0
    for t in types:
        for ph in t.titles:
            for n in ph.needles:
                by_needle.setdefault(n, []).append((order, t.doc.id, ph))
            if not ph.needles:
                without.append((order, t.doc.id, ph))
            order += 1
    return Model(
        titles_by_needle={n: tuple(v) for n, v in by_needle.items()},
        titles_without_needle=tuple(without),
        automaton=_automaton(needles),
        medical_automaton=_automaton(sorted({n for p in medical for n in p.needles})),
        revision=revision,
        needles=needles,
        title_choices=tuple(c for c, _ in choices),
        title_types=tuple(tid for _, tid in choices),
        checklist=checklist,
        types=types,
        authors={role: _compile(cues) for role, cues in checklist.authors.items()},
        leaflet=_compile(checklist.leaflet_cues),
        unrelated=_compile(checklist.negative_cues),
        medical_terms=extra[2],
        medical_markers=extra[3],
        weights={**_DEFAULT_WEIGHTS, **checklist.classifier},
    )


_second = operator.itemgetter(1)  # the word of an automaton hit (end index, word), without a Python frame per hit


def _automaton(words: Any) -> Any:
    """An Aho-Corasick automaton that reports each word it finds (None without words)."""
    words = list(words)
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton


@dataclass(slots=True)
class Classification:
    """The outcome for one document: the type (or None), a confidence in [0, 1] and why."""

    type: str | None
    confidence: float
    reasons: list[str]
    title: str | None = None
    author_role: str | None = None
    scores: dict[str, float] = field(default_factory=dict)


def _normalize_name(name: str) -> str:
    base = name.rsplit("/", 1)[-1].rsplit("::", 1)[-1]
    if "." in base:
        base = base.rsplit(".", 1)[0]
    base = normalize(base)
    # a numbering a DMS or an export put in front ('01_', '3.1 ', '2.1 PvA'): no part of the name
    base = re.sub(r"^\s*\d{1,3}(?:[._]\d{1,3})*[._ )-]+(?=\D)", "", base)
    base = re.sub(r"(?<!\d)(?:19|20)\d\d[-_. ]?[01]\d[-_. ]?[0-3]\d(?!\d)", " ", base)
    base = re.sub(r"(?<!\d)[0-3]?\d[-_.][01]?\d[-_.](?:19|20)?\d\d(?!\d)", " ", base)
    base = re.sub(r"[_\-.()\[\],+]+", " ", base)
    base = re.sub(r"\b(?:def|definitief|concept|versie|v\d+|final|getekend|ondertekend|scan|kopie|copy)\b", " ", base)
    return _WS.sub(" ", base).strip()


def _title_lines(zone: str) -> list[tuple[int, str]]:
    """Lines of the title zone with their start offsets (normalized text)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for raw in zone.split("\n"):
        out.append((pos, raw))
        pos += len(raw) + 1
    return out


#: After a title phrase: at most two words, a colon and a date or number ('First-year evaluation dated: 21
#: January 2025', 'Plan van aanpak d.d.: 12-03-2024'). Such a line is a form field that refers to another
#: document; a title is followed by nothing, a name or a subtitle.
# 'Plan van aanpak d.d.: 15-11-2023', and in a form built from a table 'Plan van aanpak van | 15-11-2023' (the
# cells of a row arrive separated by a tab): a label before a date names a document the form refers to
_LABEL_TAIL = re.compile(r"(?:[ \t]+[\w.]+){0,2}(?:[ \t]*:|[ ]*\t)[ \t]*\d")
#: 'Aanvraag deskundigenoordeel', 'Verzoek om een deskundigenoordeel': a request for the document is not the document,
#: nor is a letter that informs about it, reminds of it or plans the appointment for it
_REQUEST_BEFORE = re.compile(
    # not after 'uw'/'your': 'Uw aanvraag voor een deskundigenoordeel' heads UWV's answer, the oordeel itself
    r"(?:^|(?<!\buw)(?<!\byour)\s)(?:(?:aanvraag|verzoek|aanvragen|request)(?:\s+(?:om|voor|tot|for|of))?"
    r"(?:\s+(?:een|a|an))?"
    # 'Informatie over de eerstejaarsevaluatie', 'Herinnering: plan van aanpak': a letter about it, not the document
    r"|(?:informatie|uitleg|herinnering|planning|afspraak|information|reminder|scheduling)"
    r"(?:\s*:|\s+(?:over|aan|voor|about|on|for)(?:\s+(?:de|het|uw|the|een))?)?)"
    r"\s*$",
    re.IGNORECASE | re.MULTILINE,
)
#: A negation right before a phrase, or with one or two words between ('zonder medische gegevens', 'geen sprake van'):
#: what a paper leaves out is not what it is (normalized text). Shared with privacy's medical markers.
_NEGATED = re.compile(r"\b(?:zonder|geen|niet|excl\.?|exclusief|without|no)[ \t]+(?:\w+[ \t]+){0,2}$")  # not over a line


#: An item of a bulleted list ('* plan van aanpak na ontvangst probleemanalyse', OCR's '_« start licht werk'): an
#: agreement or a step, not the paper's title
_BULLET = re.compile(r"^[\s_«»]*[•*·▪◦‣●○■□➢►-]\s")


_AWAITED_AFTER = re.compile(
    # a phrase that says what it is for may stand between ('het actueel oordeel voor het re-integratieverslag volgt')
    r"(?:[ \t]+(?:voor|van|bij|in|over)[ \t]+(?:het|de|uw|je)[ \t]+[\w-]+)?[^.\n]{0,30}?\b(?:volgt|volgen|nog niet|niet opgesteld|niet gemaakt|niet nodig|wordt (?:nog|later|nagestuurd)|"
    r"komt (?:nog|later)|stel ik (?:nog |later )?op|ontvangt u (?:nog|later|separaat|apart|binnen)|(?:in)?gepland|"
    r"follows|will follow|not yet|scheduled|"
    # an instruction to do it: 'de ziekmelding bij UWV in de 42e week doet u zelf'
    r"doet u (?:dat |dit )?zelf|doe je (?:dat |dit )?zelf|moet u (?:zelf|nog)|regelt u zelf|zorgt u (?:zelf|nog))\b"
)
_AWAITED_BEFORE = re.compile(
    r"\b(?:na ontvangst van|na ontvangst|in afwachting van|wacht(?:en)? op|awaiting|"
    # 'daarna volgt de probleemanalyse', 'dan komt het plan van aanpak'
    r"volgt(?: dan| daarna| nog)?|volgen(?: dan| daarna| nog)?|komt(?: dan| daarna| nog)?|zo nodig|eventueel|eventuele)"
    r"(?: de| het| een)?\s*$"
)


#: Words of which one stands in every match of the two patterns above; found with ``str.find`` (a regex of
#: alternatives without a common first letter is tried at every character: 0.5 ms a text).
_AWAITED_WORDS = (
    "volgt", "volgen", "nog niet", "niet opgesteld", "niet gemaakt", "niet nodig", "wordt nog", "wordt later",
    "wordt nagestuurd", "komt nog", "komt later", "stel ik", "ontvangt u", "afwachting", "wacht op", "wachten op",
    "na ontvangst", "follows", "will follow", "not yet", "gepland", "scheduled", "doet u", "doe je", "moet u",
    "regelt u", "zorgt u", " stel ", "zo nodig", "eventue",
)  # fmt: skip


def _awaited_windows(text: str) -> list[str]:
    """Short pieces of ``text`` around each word that can say a document is still to come."""
    out: list[str] = []
    for word in _AWAITED_WORDS:
        at = text.find(word)
        while at != -1:
            out.append(text[max(0, at - 70) : at + len(word) + 40])
            at = text.find(word, at + 1)
    return out


def _awaited(text: str, start: int, end: int) -> bool:
    """Whether the document named at ``start``-``end`` is still to come: 'de probleemanalyse volgt', 'in afwachting van de
    probleemanalyse', 'is nog niet opgesteld'."""
    if _NEXT_ONE.search(text[max(0, start - 20) : start]):
        return False  # 'de volgende evaluatie is gepland op …': the next one is planned, as in every evaluation
    if _DRAW_UP_BEFORE.search(text[max(0, start - 40) : start]) and _DRAW_UP_AFTER.match(text, end):
        return True
    if _PLANNED_BEFORE.search(text[max(0, start - 90) : start]):
        return True  # 'het actueel oordeel is gepland op 12 juni, de eindevaluatie op 30 juni'
  # 'en stel dan zo nodig de probleemanalyse op' (but 'stel ik de probleemanalyse bij' adjusts it)
    return bool(_AWAITED_AFTER.match(text, end) or _AWAITED_BEFORE.search(text[max(0, start - 30) : start]))


_DRAW_UP_BEFORE = re.compile(r"\bstel(?:len)?(?: ik| we| wij| u)?(?: dan| daarna| later| nog| zo nodig| eventueel)*(?: de| het| een)?\s*$")
_DRAW_UP_AFTER = re.compile(r"\s+op\b")


#: Planned earlier in the same sentence: 'Het actueel oordeel is gepland op 12-06-2026, de eindevaluatie op …'.
_PLANNED_BEFORE = re.compile(r"\b(?:gepland|ingepland|planned|scheduled)\b[^.\n?!]{0,60}$")
_NEXT_ONE = re.compile(r"\b(?:volgende?|eerstvolgende?|nieuwe|next)\s+$")


def negated(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` of a normalized text follows a negation ('geen sprake van dreigend …')."""
    return _NEGATED.search(text[max(0, start - 24) : start]) is not None


#: A negation right after a phrase: 'Medische gegevens zijn niet in deze terugkoppeling opgenomen' (normalized text).
_DENIED_AFTER = re.compile(
    r"\s+(?:zijn|is|worden|wordt|staan|staat|werden|werd|are)\s+(?:\w+\s+)?(?:niet|not)\b|"
    # 'Over de reden en de behandeling zijn geen gegevens gevraagd of vastgelegd'
    r"\s+(?:zijn|is|worden|wordt|werden|werd)\s+geen\s+(?:\w+\s+)?(?:gegevens|details|informatie|vragen)\b"
)


def _denied(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start``-``end`` is negated before it ('geen …') or right after it ('… zijn niet …')."""
    return negated(text, start) or _DENIED_AFTER.match(text, end) is not None


def _first_affirmed(ph: _Phrase, text: str, present: frozenset[str] | None) -> re.Match[str] | None:
    """The first match of ``ph`` that is not negated (before it or right after it)."""
    m = ph.search(text, present)
    if m is None or not _denied(text, m.start(), m.end()):
        return m
    return next((x for x in ph.finditer(text, present) if not _denied(text, x.start(), x.end())), None)


#: 'Deskundigenoordeel ontvangen', 'Aanvraag plan van aanpak in behandeling': a letter about the document (a
#: receipt, a request being handled) names it in its heading without being it.
_RECEIPT_TAIL = re.compile(
    r"[ \t]+(?:is[ \t]+|zijn[ \t]+)?(?:ontvangen|in behandeling(?: genomen)?|received|aangevraagd|requested)\b",
    re.IGNORECASE,
)


#: A web or e-mail address ('www.medisch-ad-rapport.nl', 'hr@bedrijf.nl'): the words in it are no title.
_WEB = re.compile(r"https?://|www\.|\S@\S|\b[\w-]+\.(?:nl|com|org|net|eu|be|de|example)\b", re.IGNORECASE)


_QUALIFIER = re.compile(
    r"\s+(?:\(?(?:in het kader van|ten behoeve van|t\.b\.v\.|conform|op grond van|als bedoeld in|ingevolge|"
    r"under the|pursuant to|as required by)\s.*|\((?:art\.|artikel|wvp|wet)[^)]*\))$",
    re.IGNORECASE,
)


#: A report's sequence number inside its title: 'Voortgangsverslag 1 - tweede spoor', 'Rapportage nr. 2 spoor 2'.
#: Not the 2 of 'spoor 2' / 'track 2' (part of the title) nor the 2 of '2e spoor'.
_SEQUENCE_NO = re.compile(
    r"(?<=[a-z])(?<!spoor)(?<!track)[ \t]+(?:(?:nr|no)\.?[ \t]*|#)?\d{1,2}(?=(?:[ \t]+-?|-)[ \t]*[a-z])"
)


def _unnumbered(zone: str) -> str:
    """The title zone with a sequence number between the words of a title blanked out (same length, so offsets
    into the zone still hold): the number tells which report of a series it is, not which kind."""
    return _SEQUENCE_NO.sub(lambda m: " " * len(m.group(0)), zone)


_TRAILING_REMARK = re.compile(r"\s+\([^()]{3,120}\)\s*$")
_AFTER_DASH = re.compile(r"\s[-–—|]\s")
_POSSESSIVE = re.compile(r"^\s*(?:onze|ons|mijn|uw|de|het|een|our|the|my|your)\s+", re.IGNORECASE)


def _is_title_line(line: str, match_len: int) -> bool:
    """A phrase is a title when it (nearly) fills its line: "Plan van aanpak", "Betreft: Eindevaluatie"."""
    if _WEB.search(line):
        return False
    stripped = re.sub(rf"^\s*(?:{_TYPE_LABELS}|document|formulier|doc)\s*:\s*", "", line.strip(), flags=re.IGNORECASE)
    stripped = stripped.strip(" \t:-|*#")
    # 'Probleemanalyse in het kader van de Wet verbetering poortwachter': a legal qualifier belongs to the title
    stripped = _QUALIFIER.sub("", stripped)
    # and so does a remark in brackets after it: '… plan van aanpak voor Marloes (na het advies van 8 april)'
    stripped = _TRAILING_REMARK.sub("", stripped)
    if len(stripped) <= match_len + 42 and len(stripped.split()) <= 12:
        return True
    # a heading that ends in the title after a dash: 'Het eerste jaar van Marloes' ziekte - onze eerstejaarsevaluatie',
    # or opens with it before one: 'Afronding re-integratie - verslag van het gesprek van 30 januari 2025'
    parts = _AFTER_DASH.split(stripped)
    return len(parts) > 1 and len(stripped.split()) <= 16 and any(
        len(_POSSESSIVE.sub("", part).strip(" .")) <= match_len + 3 for part in (parts[0], parts[-1])
    )


# labels whose value is the document's title: 'Betreft: …', and in an arbodienst's system 'Soort rapportage: …'
_TYPE_FIELD_WORDS = (
    r"soort (?:rapportage|rapport|document|verslag)|(?:rapport|document)type|type (?:rapportage|rapport|document)"
)
_TYPE_LABELS = rf"betreft|onderwerp|titel|subject|re|fw|fwd|{_TYPE_FIELD_WORDS}"
_SENTENCE_END = re.compile(r"(?<!\.)\.\s*$")
_LINE_OPENING = re.compile(rf"^[\s\W\d]*(?:(?:{_TYPE_LABELS}|document|formulier|doc)\s*:\s*)?", re.IGNORECASE)


# words that cannot end a heading: a line ending in one goes on in the next ('… de eerstejaarsevaluatie en de' /
# 'eindevaluatie.'), so that next line is the end of a sentence, not a title
_RUNS_ON = re.compile(
    r"(?:^|\s)(?:de|het|een|en|of|van|voor|met|op|in|bij|aan|te|tot|om|na|naar|door|over|als|dat|die|is|zijn|"
    r"the|a|an|and|or|to|for|with|on|at|by|from|than|that|are)\s*$",
    re.IGNORECASE,
)


def _continues_sentence(original: list[str], idx: int) -> bool:
    """Whether line ``idx`` carries on a sentence from the line before (which ends in an article, a preposition or
    a conjunction)."""
    prev = next((original[i] for i in range(idx - 1, -1, -1) if 0 <= i < len(original) and original[i].strip()), "")
    if not prev or _RUNS_ON.search(prev) is None:
        return False
    # a long line before, or this one closing the sentence; a title wrapped after 'Rapportage van het' goes on
    here = original[idx].rstrip() if 0 <= idx < len(original) else ""
    return len(prev.split()) >= 4 or here.endswith((".", ",", ";"))


def _menu_line(line: str, match_len: int) -> bool:
    """Whether a phrase is one item of a portal's navigation bar ('Dossier Documenten Taken Medisch Correspondentie'):
    four or more capitalised words and nothing else, of which the phrase covers less than half."""
    words = line.split()
    if len(words) < 4 or any(not w.replace("-", "").replace("&", "").isalpha() or not w[0].isupper() for w in words):
        return False
    return match_len * 2 < len(" ".join(words))


def _in_sentence(line: str, offset: int) -> bool:
    """Whether a phrase at ``offset`` is part of a sentence ('Alleen documenten zonder medische gegevens zijn
    opgenomen.'): the line ends with a full stop, has five words or more, and other words come before the phrase.
    A title opens its line and carries no full stop."""
    if len(line.split()) < 5 or not _SENTENCE_END.search(line):
        return False
    opening = _LINE_OPENING.match(line)
    return offset > (opening.end() if opening else 0)


def _as_revision(model: Model, hit: tuple[int, str, str, str], lang: str) -> tuple[int, str, str, str]:
    """'Plan of action – revision', 'Probleemanalyse (update)': the title names the document it adjusts."""
    pos, tid, phrase, line = hit
    later = model.checklist.type(tid).later_as
    if later is None or model.revision is None:
        return hit
    m = model.revision.search(normalize(line))
    if m is None:
        return hit
    return (pos, later, f"{phrase} + '{m.group(0)}'", line)


def _fuzzy_title_lines(
    model: Model, lines: list[tuple[int, str]], original_zone: str
) -> list[tuple[int, str, str, str]]:
    """Titles with a typo or an OCR error ("Probleernanalyse", "Eindevaluatle"): a short line at the top of
    page 1 that closely resembles a known title. Only used when no title matched exactly."""
    out: list[tuple[int, str, str, str]] = []
    original = original_zone.split("\n")
    for idx, (pos, line) in enumerate(lines[:15]):
        cleaned = " ".join(re.sub(r"[^\w\s-]", " ", line).split())
        if not (6 <= len(cleaned) <= 60) or len(cleaned.split()) > 8:
            continue
        best = process.extractOne(cleaned, model.title_choices, scorer=fuzz.ratio, score_cutoff=88)
        if best is None:
            continue
        if len(best[0].split()) != len(cleaned.split()) or Levenshtein.distance(cleaned.lower(), best[0]) > max(
            2, len(best[0]) // 12
        ):
            # OCR and typing errors change a letter or two, not words or syllables: 'Aanvraag deskundigenoordeel'
            # (the employer's request) is no 'Uw aanvraag deskundigenoordeel' (UWV's letter) with a word lost, and
            # 'Rapportage tweede spoor' no misread 'Eindrapportage tweede spoor'
            continue
        tid = model.title_types[best[2]]
        shown = original[idx].strip() if idx < len(original) else line.strip()
        out.append((pos, tid, f"{best[0]} (~{best[1]:.0f}%)", " ".join(shown.split())[:120]))
    return out


def _drop_contained(hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Remove matches that lie inside a longer match of another type."""
    keep = []
    for h in hits:
        inside = any(
            o is not h and o[2] != h[2] and o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0])
            for o in hits
        )
        if not inside:
            keep.append(h)
    return keep


def _count(
    phrases: tuple[_Phrase, ...], text: str, present: frozenset[str] | None = None, *, affirmed: bool = False
) -> list[str]:
    """The phrases that occur; for a regex cue the words it matched (so a reason never shows regex syntax).

    ``affirmed``: a phrase after a negation does not count ('zonder medische gegevens', 'geen sprake van dreigend
    langdurig verzuim'); used for the strong cues, which weigh most.
    """
    out: list[str] = []
    seen: set[str] = set()
    for p in phrases:
        if present is not None and p.needles and present.isdisjoint(p.needles):
            continue  # the common case, tested here without a method call
        m = _first_affirmed(p, text, present) if affirmed else p.search(text, present)
        if m:
            whole = " ".join(m.group(0).split())[:40] if p.is_regex else p.text
            # counted by what matched: 'casemanager' is one cue, though the phrases 'casemanager' and 'case manager'
            # both match it
            key = _SPACES_HYPHENS.sub("", m.group(0).lower())[:40]
            if key not in seen:
                seen.add(key)
                out.append(_shown_match(m.group(0)) if p.is_regex and _SPANS.search(p.source) else whole)
    return out


_SPACES_HYPHENS = re.compile(r"[\s\-]+")
#: A regex cue with a gap of any text ('\\bik\\b.*\\bmijn\\b', '[^.]{0,30}'): its match can be a sentence of the
#: employee's own words, which a report must not quote (they may tell about health).
_SPANS = re.compile(r"\.[*+{]|\[\^[^\]]*\][*+{]")


def _dated_list(
    hits: list[tuple[int, int, str, str]], lines: list[tuple[int, str]], titles: list[tuple[int, str, str, str]]
) -> int:
    """How many document types stand on dated lines of a list ('14-04-2024 Probleemanalyse opstellen (week 6)'),
    when no title line stands above that list: 0 otherwise. A task list, a deadline overview or an export's index
    names the documents with their dates; a document has its own title first."""
    starts = [start for start, _ in lines]
    # (row, words found) -> the types they name: a meeting title shared by the three evaluations ('Gesprek
    # 20-05-2025') names one kind of paper, not three
    named: dict[tuple[int, str], set[str]] = {}
    for pos, _end, tid, text in hits:
        row = bisect.bisect_right(starts, pos) - 1
        # a row of a list is short; a sentence that names the documents it read is no list
        if 0 <= row < len(lines) and len(lines[row][1].split()) <= 14 and _HEADER_DATE.search(lines[row][1]):
            named.setdefault((row, text), set()).add(tid)
    if not named:
        return 0
    if titles and bisect.bisect_right(starts, titles[0][0]) - 1 < min(row for row, _ in named):
        return 0  # the document's own title above the list (an eindevaluatie with a history table)
    return len({min(tids) for tids in named.values()})


def _listed_together(hits: list[tuple[int, str, str, str]], lines: list[tuple[int, str]]) -> bool:
    """Whether four or more title lines stand close together, as in a list: at least every other line
    between the first and the last of them is one."""
    starts = [start for start, _ in lines]
    rows = sorted({bisect.bisect_right(starts, pos) - 1 for pos, *_ in hits})
    if len(rows) < 4:
        return False
    return len(rows) / (rows[-1] - rows[0] + 1) >= 0.5


def _shown_match(matched: str) -> str:
    """A gap cue's match as a reason shows it: by its first and last word ('ik … mijn') when longer."""
    words = matched.split()
    return " ".join(words) if len(words) <= 3 else f"{words[0]} … {words[-1]}"


_ANY_BOX = re.compile(r"\[\s*[xv✓✔]?\s*\]|[☐☒☑]", re.IGNORECASE)
_TICKED = re.compile(r"[\[(]\s*[x✓✔v]\s*[\])]\s*$|[☒☑✓✔]\s*$", re.IGNORECASE)
_UNTICKED = re.compile(r"[\[(]\s*[\])]\s*$|☐\s*$")
_PERSON = re.compile(
    r"(?:naam|werknemer|medewerker|medewerkster|werkneemster|employee|betreft|cli[eë]nt|pati[eë]nt|de\s+heer|mevrouw|dhr\.|"
    r"mevr\.|mw\.)[ \t]*(?:\(?[\w ]{0,20}\)?)?[ \t]*[:\t]?[ \t]*(?:(?:de heer|mevrouw|dhr\.?|mevr\.?|mw\.?)[ \t]+)?"
    r"(?-i:[A-Z])[\w.'\-]*[ \t]+(?:[\w.'\-]+[ \t]+){0,3}?(?-i:[A-Z])[\w'\-]+",
    re.IGNORECASE,
)
# 'burgerservcenummer', 'Burger service nummer': OCR drops a letter or splits the word
_BSN_LABEL = re.compile(r"\b(?:bsn|burger[ -]?s\w{0,8}[ -]?nummer|sofi-?nummer|citizen service)", re.IGNORECASE)


#: A letter's salutation with the addressee's surname: 'Geachte heer Oosterloo', 'Geachte mevrouw De Vries'
_SALUTATION = re.compile(
    r"\b(?:geachte|beste|dear)[ \t]+(?:heer|mevrouw|mr|mrs|ms|miss)\.?[ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+)*"
    r"(?-i:[A-Z])[\w'\-]+",
    re.IGNORECASE,
)


# 'Beste Wessel en Bianca', 'Hoi Marloes,': a mail or note greets someone by name; a leaflet greets nobody in particular
# ('Beste lezer', 'Beste werkgever', 'Dear colleague')
_FIRST_NAME_GREETING = re.compile(
    r"^[ \t>]*(?:beste|hoi|hallo|dag|hi|hey|dear)[ \t]+(?!(?:lezer|lezers|collega|collega's|klant|klanten|relatie|relaties|"
    r"werkgever|werkgevers|werknemer|werknemers|medewerker|medewerkers|allen|iedereen|deelnemer|deelnemers|ondernemer|"
    r"ondernemers|heer|mevrouw|reader|readers|colleague|colleagues|customer|customers|client|clients|employer|employers|"
    r"employee|employees|sir|madam|all|team)\b)(?-i:[A-Z])[a-zà-ÿ'\-]{1,20}\b",
    re.IGNORECASE | re.MULTILINE,
)


#: A note of a talk with someone named by first name in its opening lines ('gesprek met Lotte 19-3', 'Donderdag -
#: overleg Kadir / Bart', 'gesprek Anouk 1-10'): it records a meeting with a person, not general information.
_TALK_WITH = re.compile(
    r"\b(?:gesprek|gesprekje|overleg|evaluatie|evaluatiegesprek|voortgangsgesprek|contactmoment|telefoongesprek|"
    r"belafspraak|huisbezoek|meeting|call|talk)\b(?:[ \t]+(?:met|with))?[ \t]+(?!(?:de|het|een|alle|onze|uw|HR|MT|OR|"
    r"Team|Directie|Management|Werkgever|Werknemer|Bedrijfsarts|Arbeidsdeskundige|Casemanager|Arbodienst|UWV)\b)"
    r"(?-i:[A-Z])[a-zà-ÿ'\-]{1,20}\b",
    re.IGNORECASE,
)


def _about_a_person(text: str, *, mail: bool = False) -> bool:
    """Whether the text names an employee (a name after a label, a BSN label, or a letter's salutation). A mail may
    greet its reader by first name ('Beste Wessel en Bianca'): it is written to someone, not general information.
    A note that opens with a talk with someone named ('gesprek met Lotte 19-3') is about that person."""
    head = text[:6000]
    opening = "\n".join([ln for ln in text[:600].split("\n") if ln.strip()][:3])
    return bool(
        _BSN_LABEL.search(head)
        or _PERSON.search(head)
        or _SALUTATION.search(head)
        or (mail and _FIRST_NAME_GREETING.search(head))
        or _TALK_WITH.search(opening)
    )


#: An empty field of a printed form: a dotted or underlined space, or a date to fill in ('__ - __ - ____').
def _blank_fields(text: str) -> int:
    """How many blank fill-in lines (dots, ellipses, underscores) the text holds.

    The pattern has no literal to anchor on, so ``re`` tries it at every character (about 1 ms for a
    20,000-character text); most texts have none of its three marks, which ``in`` finds 20 times faster.
    """
    if "....." not in text and "…" not in text and "__" not in text:
        return 0
    return len(_BLANK_FIELD.findall(text))


_BLANK_FIELD = re.compile(
    # dots up to a page number at the end of the line lead to a chapter in a table of contents: no field
    r"\.{5,}(?![ \t.]*\d{1,3}[ \t]*$)|…{3,}(?![ \t…]*\d{1,3}[ \t]*$)|_{4,}|(?:__[ \t]*[-/][ \t]*){2}__",
    re.MULTILINE,
)
# a field of a form that holds nothing: the label alone on its line, and the next line another label or a heading
_FIELD_WORD = re.compile(
    # 'Naam werknemer', 'Datum probleemanalyse': a name or date field with what it is for
    r"^\s*(?:naam(?: [^\W\d_]+)?|burgerservicenummer|bsn|datum(?: [^\W\d_]+)?|handtekening|"
    r"geboortedatum|adres|woonplaats|plaats|functie|handtekening (?:werknemer|werkgever)|paraaf|name|date|signature|"
    r"date of birth)\s*:?\s*$",
    re.IGNORECASE,
)
# the next line a numbered item, a question, or one word ('Casemanager', 'Doel'): the field above it was left empty
_NEXT_IS_LABEL = re.compile(r"^\s*(?:\d{1,2}\.?\s+\S|[^\W\d][^:\n]{0,60}\?\s*$|[^\W\d_]+\s*$)")


def _empty_labels(text: str) -> int:
    """Fields of a printed form left empty: 'Naam' / 'Burgerservicenummer' / 'Naam werkgever' one under the other,
    each followed by another label or a heading instead of a value."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    count = 0
    for i, here in enumerate(lines):
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if _FIELD_WORD.match(here) and (not after or _FIELD_WORD.match(after) or _NEXT_IS_LABEL.match(after)):
            count += 1
    return count


#: Empty fields from this many on, and no date anywhere: a blank form. Filled-in forms keep a few dotted
#: lines where a question was skipped, and always carry a date (the meeting, the signatures).
BLANK_FORM_FIELDS = 4

_NUMBERED = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-h][.)]|§|hoofdstuk|paragraaf|stap)\s", re.IGNORECASE)
_HEADER_DATE = re.compile(
    r"\b\d{1,2}[-./ ](?:\d{1,2}|[a-z]{3,9})[-./ ](?:19|20)?\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b", re.IGNORECASE
)


_CONTENTS_HEAD = re.compile(r"^\s*(?:inhoudsopgave|inhoud|contents|table of contents)\s*:?\s*$", re.IGNORECASE)
# a table-of-contents entry: '3. Aanpak ........ 4', 'Visie werknemer   5', '2.1 Belastbaarheid . . . 7'
_CONTENTS_ENTRY = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?\S.{0,80}?(?:\s*(?:\.\s?){3,}\s*|\s{2,})\d{1,3}\s*$")


def is_cover_page(page: str) -> bool:
    """True when a first page is a cover: too little text to be a document's first page, or a title with a
    table of contents and no running text (the document's own title then opens the next page).

    A cover carries a logo, a name, 'Vertrouwelijk' and at most a list of chapters; the first page of a
    letter, report or form has a paragraph or a block of fields.
    """
    text = page.strip()
    if len(text) < 250:
        return True
    if not _is_contents(text):
        return False
    rest = sum(len(ln.strip()) for ln in text.split("\n") if ln.strip() and not _CONTENTS_ENTRY.match(ln))
    return rest < 250


def _is_contents(page: str) -> bool:
    """A table of contents: a heading 'Inhoud(sopgave)' or 'Contents' and three or more chapter lines."""
    lines = [ln for ln in page.split("\n") if ln.strip()]
    return any(_CONTENTS_HEAD.match(ln) for ln in lines) and sum(1 for ln in lines if _CONTENTS_ENTRY.match(ln)) >= 3


def title_page(pages: list[str], model: Model | None = None) -> int:
    """Index of the first page read that is no cover, table of contents or export index (0: the first page).

    At most two such pages are passed over (a cover, then the contents); the document's title opens the
    page after them. With ``model``, a first page that only lists documents with their dates (the index
    of an arbodienst's export) is passed over too, when the next page opens as a document of its own.
    """
    if model is not None and exported_index(model, pages):
        return 1
    if len(pages) < 2 or not is_cover_page(pages[0]):
        return 0
    # a second page is passed over only when it is a table of contents without a title of its own
    if len(pages) > 2 and _is_contents(pages[1]) and (model is None or page_title(model, pages[1]) is None):
        return 2
    return 1


def exported_index(model: Model, pages: list[str]) -> bool:
    """Whether the first page only precedes the document: a list of the documents in an export (with dates or pages)
    whose next page opens the first of them, or a fax cover sheet ('Faxbericht … Aantal pagina's 2 (inclusief dit
    voorblad)') with the faxed document after it."""
    if len(pages) < 2:
        return False
    return (
        (_is_index_page(pages[0]) or _is_export_cover(pages[0])) and opens_document(model, pages[1])
    ) or _is_fax_cover(pages[0])


_EXPORT_HEAD = re.compile(r"\bexport\w*\b|\bge(?:e|ë)xporteerd\b", re.IGNORECASE)
# what an HR system's export sheet lists: how many documents, or their file names ('1. PvA_Nwachukwu_220324.docx')
_EXPORT_CONTENTS = re.compile(
    r"\baantal\s+(?:documenten|bestanden|stukken)\b|\bnumber\s+of\s+(?:documents|files)\b|"
    r"^\s*\d{1,2}[.)]\s+\S[^\n]{0,80}\.(?:pdf|docx?|eml|msg|jpe?g|png|tiff?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def _is_export_cover(page: str) -> bool:
    """An HR system's or portal's export sheet: 'export' in its first lines and the number or the file names of the
    documents that follow ('Aantal documenten 2', '1. PvA_Nwachukwu_220324.docx')."""
    head = "\n".join(page.split("\n")[:8])
    return _EXPORT_HEAD.search(head) is not None and _EXPORT_CONTENTS.search(page) is not None


_FAX_HEAD = re.compile(r"\bfax(?:bericht|voorblad|cover|message)?\b", re.IGNORECASE)
_FAX_COUNT = re.compile(r"\b(?:aantal pagina|pagina's|voorblad|number of pages|pages? including)", re.IGNORECASE)


def _is_fax_cover(page: str) -> bool:
    """A fax cover sheet: 'fax' among its first lines and a page count or 'voorblad'."""
    head = "\n".join(page.split("\n")[:6])
    return _FAX_HEAD.search(head) is not None and _FAX_COUNT.search(page) is not None


# an entry of a list of documents: a few words, then a date or a page number at the end of the line
_INDEX_ENTRY = re.compile(
    r"^\s*\S(?:.{0,70}\S)?(?:\s*(?:\.\s?){3,}\s*|\s+)(?:\d{1,3}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*$"
    # or the date first, as a table of an export: '22-02-2024 Probleemanalyse R.J. Stoffels'
    r"|^\s*(?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)\s+\S.{0,70}$"
)


def _is_index_page(page: str) -> bool:
    """A page of short lines, three or more of them entries with a date or page number, and no running text."""
    lines = [ln for ln in page.split("\n") if ln.strip()]
    if any(_running_text(ln) for ln in lines):
        return False
    return sum(1 for ln in lines if _INDEX_ENTRY.match(ln) and len(ln.split()) <= 8) >= 3


def _running_text(line: str) -> bool:
    """A line of a paragraph: more than twelve words, not a letterhead's address line ('… · 020 555 0142 · …')."""
    words = line.split()
    if len(words) <= 12 or "·" in line or "|" in line:
        return False
    return sum(any(ch.isdigit() for ch in w) for w in words) < len(words) / 5


def opens_document(model: Model, page: str) -> bool:
    """Whether a page opens like a document: a title among its first lines, and a date, name or BSN at its top."""
    if page_title(model, page) is None:
        return False
    head = "\n".join([ln for ln in page.split("\n", 40) if ln.strip()][:15])
    return bool(_HEADER_DATE.search(head) or _BSN_LABEL.search(head) or _PERSON.search(head))


def later_titles(model: Model, ex: Extracted) -> list[tuple[int, str, str]]:
    """Pages after the first that begin like a document of their own: ``(page, type id, title line)``.

    A file that bundles several RIV documents (an arbodienst export, a stack scanned as one PDF) is
    classified by its first page only. A later page counts as the start of another document when one
    of its first six lines is a title (as on page 1: the title fills the line, and it is no numbered
    section heading such as '2. Probleemanalyse') and the top of the page also carries what every RIV
    document starts with: a date, or the employee's name or BSN. Only the pages read are looked at.
    """
    out: list[tuple[int, str, str]] = []
    numbers = ex.page_numbers if len(ex.page_numbers) == len(ex.pages) else list(range(1, len(ex.pages) + 1))
    own = {1}  # page numbers whose title is the document's own
    first = title_page(ex.pages, model)
    if first and numbers[: first + 1] == list(range(1, first + 2)) and page_title(model, ex.pages[0]) is None:
        own.add(first + 1)  # cover and contents pages: the title after them is the document's own (see gather)
    for page, number in zip(ex.pages, numbers, strict=True):
        if number in own:
            continue
        found = page_title(model, page)
        if found is None:
            continue
        if opens_document(model, page):
            out.append((number, found[0], " ".join(found[1].split())[:80]))
    return out


_TYPE_FIELD = re.compile(rf"^\s*(?:{_TYPE_FIELD_WORDS})\s*:", re.IGNORECASE)
_LINE_LABEL = re.compile(rf"^[\s\W]*(?:(?:{_TYPE_LABELS})\s*:\s*)?", re.IGNORECASE)


def page_title(model: Model, page: str) -> tuple[str, str] | None:
    """``(type id, line)`` of the first of the page's first six lines that opens with a title, or None."""
    for raw in [ln for ln in page.split("\n", 40) if ln.strip()][:6]:
        if len(raw.split()) > 12 or _NUMBERED.match(raw):
            continue  # a line of running text is no title (_is_title_line: at most 12 words)
        line = normalize(raw)
        hit = _title_in_line(model, line, model.present_needles(line))
        if hit is not None:
            return hit, raw
    return None


def _title_in_line(model: Model, line: str, present: frozenset[str]) -> str | None:
    """The type whose title opens and fills this line (the longest such title), or None.

    'Datum probleemanalyse: 10-02-2025' names a document without being its title: the title must
    come first on the line (after an optional 'Betreft:').
    """
    start = _LINE_LABEL.match(line)
    opening = start.end() if start else 0
    best: tuple[int, str] | None = None
    for _, type_id, ph in model.titles_in(present):
        m = ph.search(line, present)
        if m is None or m.start() > opening:
            continue
        size = m.end() - m.start()
        if _is_title_line(line, size) and (best is None or size > best[0]):
            best = (size, type_id)  # in checklist order: the first of equally long titles wins
    return best[1] if best else None


def authorship_zone(ex: Extracted) -> str:
    """Letterhead and signature block: where a document shows who wrote it."""
    last = ex.pages[-1] if ex.pages else ""
    return normalize(ex.title_zone + "\n" + last[-900:])


#: A signer's function and the author role it is (authors._FUNCS); the employer's side has none of the three.
_SIGNER_ROLE = (
    (re.compile(r"arts\b"), "bedrijfsarts"),
    (re.compile(r"arbeidsdeskundig|labour expert"), "arbeidsdeskundige"),
    (
        re.compile(r"casemanager|case manager|\bhr\b|\bhr-|p&o|personeel|leidinggevende|directeur|teamleider|manager"),
        None,
    ),
    (re.compile(r"re-?integratie|loopbaan|jobcoach|trajectbegeleider|consulent"), "reintegratiebureau"),
)
_PROFESSIONS = ("bedrijfsarts", "arbeidsdeskundige", "reintegratiebureau")


def _function(author: str) -> str | None:
    """The function in 'A. Smit (bedrijfsarts)', lower-cased; None without one."""
    return author.rsplit("(", 1)[-1].rstrip(")").lower() if author.endswith(")") else None


def signer_side(author: str) -> str | None:
    """Which side a signer's function is on: 'bedrijfsarts', 'arbeidsdeskundige', 'reintegratiebureau', 'werkgever'
    (casemanager, HR, a manager), or None when the function is unknown ('A. Smit (praktijkondersteuner)')."""
    function = _function(author)
    if function is None:
        return None
    return next((role or "werkgever" for pattern, role in _SIGNER_ROLE if pattern.search(function)), None)


def _signed_roles(roles: dict[str, list[str]], author: str | None) -> dict[str, list[str]]:
    """The roles, once the document names who signed it: a profession other than the signer's is only mentioned.

    'P. Coenraads, casemanager' signed an eerstejaarsevaluatie that quotes 'het arbeidsdeskundig rapport' and what
    'de bedrijfsarts' advised: neither wrote it. Without a signer whose function is known, every role found counts
    ('medewerker', 'werknemer' say nothing about the profession).
    """
    side = signer_side(author) if author else None
    if side is None:
        return roles
    role = None if side == "werkgever" else side
    kept = {r: hits for r, hits in roles.items() if r not in _PROFESSIONS or r == role}
    if role is not None and role not in kept:
        kept[role] = [_function(author) or role]  # whoever signs with the function wrote it, however the text reads
    return kept


#: In a running sentence, a profession behind an article is someone the writer tells about ('in november laten wij
#: een arbeidsdeskundige kijken', 'de bedrijfsarts heeft op 20 augustus laten weten'), not who wrote the paper: a
#: writer signs or heads with a name and a function ('J. Smit, arbeidsdeskundige', 'Arbodienst Delta').
_MENTIONED = re.compile(r"\b(?:de|het|een|onze|uw|jullie|haar|zijn|the|an?|our|your)[ \t]+(?=[a-z])")
_SENTENCE_WORDS = 8


#: Who was at a meeting ('Aanwezig: …, bedrijfsarts', 'Present: …'): participants, not the writer of the report.
_ATTENDEES = re.compile(r"^\s*(?:aanwezig(?:en)?|aanw\.|deelnemers|present|attendees|participants)\s*:", re.MULTILINE)
#: A role cited with the date of its advice: '(arbeidsdeskundige, 10 december 2024)', '(bedrijfsarts, 07-01-2025)'.
_CITED = re.compile(r"\([^()\n]{2,40}?,\s*\d{1,2}[-/. ]+[a-z]*\.?[-/. ]*\d{0,2}[-/. ]+\d{2,4}\s*\)")
_HEADING_OR_FIELD = re.compile(r"^\s*(?:\d+[.)]\s|[a-z][\w ./-]{0,30}:|$)")


#: A line that ends a sentence: a full stop after a word of three letters or more (not 'B.V.', 'dr.').
_CLOSED_SENTENCE = re.compile(r"[a-z)]{3}[.!?]\s*$")
#: The name of a profession that is a person (normalized): in a told sentence, someone mentioned.
_PERSON_ROLE = re.compile(
    r"\b(?:register[- ]?)?arbeidsdeskundigen?\b|\bbedrijfsartsen?\b|\barbo-?artsen?\b|\bverzekeringsartsen?\b|"
    r"\blabour experts?\b|\boccupational physicians?\b|\bcompany doctors?\b|\bjob ?coach\w*|\bloopbaan(?:coach|adviseur)\w*|"
    r"\btrajectbegeleider\w*|\bre-?integratie(?:consulent|deskundige|coach)\w*"
)


def _without_mentions(zone: str) -> str:
    """The zone without the people it only mentions, so that their professions do not count as its author.

    Blanked: the list of who attended a meeting (with the lines it runs on to), a profession cited with the date
    of its advice, and on lines that read as sentences (long, with a verb-like spread of words) the word after an
    article. Headings, letterheads, signature blocks and form fields are short and keep every word."""
    zone = _CITED.sub(lambda m: " " * len(m.group(0)), zone)
    out = []
    attendees = 0
    for line in zone.split("\n"):
        if _ATTENDEES.match(line):
            attendees = 4  # the line and up to three it runs on to
        elif attendees and _HEADING_OR_FIELD.match(line):
            attendees = 0
        if attendees:
            attendees -= 1
            out.append(" " * len(line))
            continue
        if ":" not in line[:25]:
            if len(line.split()) >= _SENTENCE_WORDS:
                line = _MENTIONED.sub(lambda m: m.group(0) + "\x00", line)
                line = re.sub(r"\x00[\w-]+", lambda m: " " * (len(m.group(0)) - 1), line)
            if len(line.split()) >= 5 and _CLOSED_SENTENCE.search(line):
                # a sentence that ends in a full stop tells; a letterhead or a signature does not end in one
                line = _PERSON_ROLE.sub(lambda m: " " * len(m.group(0)), line)
        out.append(line)
    return "\n".join(out)


def detect_roles(model: Model, ex: Extracted) -> dict[str, list[str]]:
    """Author roles whose cues occur in the letterhead or signature block (not in the sentences there)."""
    zone = authorship_zone(ex)
    present = model.present_needles(zone)
    if not any(p.possible(zone, present) for phrases in model.authors.values() for p in phrases):
        return {}  # no role word at all: nothing to blank out (most pages; the blanking costs a pass per line)
    zone = _without_mentions(zone)
    present = model.present_needles(zone)
    roles: dict[str, list[str]] = {}
    for role, phrases in model.authors.items():
        hits = _count(phrases, zone, present)
        if role == "werkgever_werknemer":
            # two signatures: both parties must appear
            text = " ".join(hits).lower()
            if not (("werkgever" in text or "employer" in text) and ("werknemer" in text or "employee" in text)):
                continue
        if hits:
            roles[role] = hits
    if "uwv" in roles and (_FILLED_BY.search(zone) or {"werkgever_werknemer", "werknemer"} & roles.keys()):
        # UWV's model form ('Model UWV - in te vullen door werkgever en werknemer'), filled in and signed by a
        # party: UWV published the form, the party wrote the document. A letter from UWV is signed by UWV.
        del roles["uwv"]
    return roles


def _opens_with_unrelated(model: Model, line: str) -> bool:
    """A heading that calls the paper something else: 'Factuur', 'Uitnodiging: training …', 'Certificaat'. The
    cue fills a short line, or opens a heading of at most twelve words. A field of a form ('Datum export: 07-10-2025',
    'Export aangevraagd door: I. Schaap') names something else the paper records, not what it is."""
    colon = line.find(":")
    if colon != -1 and len(line[:colon].split()) >= 2 and line[colon + 1 :].strip():
        label = line[:colon]
        if any(p.search(label) for p in model.unrelated):
            return False
    if _is_title_line(line, 0) and any(p.search(line) for p in model.unrelated):
        return True
    if len(line.split()) > 12 or line.rstrip().endswith("."):
        return False
    start = _LINE_LABEL.match(line)
    opening = start.end() if start else 0
    for p in model.unrelated:
        m = p.search(line)
        if m is None or m.start() > opening:
            continue
        colon = line.find(":", m.end())
        if colon == -1 or not line[m.end() : colon].strip():
            return True  # 'Uitnodiging: training …', 'Factuur 2024-118'; not 'Export aangevraagd door: I. Schaap'
    return False


_UWV_REFERENCE = re.compile(
    r"\b(?:ontvangstbevestiging|verzendbevestiging|kenmerk|referentie|bevestigingsnummer)[ \t]+uwv[ \t]*:?[ \t]*"
    r"(?:kenmerk[ \t]*:?[ \t]*)?[A-Z]{0,4}-?\d[\w-]{4,}|"
    r"\buwv[ \t]+(?:kenmerk|referentie|ontvangstbevestiging)[ \t]*:?[ \t]*[A-Z]{0,4}-?\d[\w-]{4,}",
    re.IGNORECASE,
)


#: A mail that records the report was made at UWV ('Vandaag hebben we de ziekmelding na 42 weken gedaan bij UWV',
#: 'heb ik Anouk via het werkgeversportaal ziek gemeld bij UWV') ...
_FILED_AT_UWV = re.compile(
    r"\b(?:ziek[ \t]*gemeld|ziekmelding|melding|aangifte)\b[^.\n]{0,100}?\b(?:gedaan|verstuurd|verzonden|ingediend|"
    r"doorgegeven|gemeld|ingestuurd)[ \t]+(?:bij|aan|naar)[ \t]+(?:het[ \t]+)?uwv\b|"
    r"\bziek[ \t]*gemeld[ \t]+(?:bij|aan)[ \t]+(?:het[ \t]+)?uwv\b|"
    r"\b(?:bij|aan|naar)[ \t]+(?:het[ \t]+)?uwv\b[^.\n]{0,60}?\b(?:ziek[ \t]*gemeld|gemeld|ingediend|doorgegeven|verstuurd|"
    r"gedaan|ingestuurd|verzonden)\b|"
    # UWV's own confirmation, copied from the portal ('Wij hebben uw ziekmelding ontvangen')
    r"\b(?:wij|we)[ \t]+hebben[ \t]+uw[ \t]+(?:ziek)?melding[ \t]+(?:in[ \t]+goede[ \t]+orde[ \t]+)?ontvangen\b",
    re.IGNORECASE,
)
#: ... or with the data the report was filed with, as fields ('Eerste ziektedag: 05-02-2024', 'Datum melding: 25-11-2024',
#: 'Loonheffingennummer: …', 'BSN: …'): two of them make the mail the filing's record, not a question about it
_REPORT_FIELD = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?:werknemer[ \t]*:[^\n]*?)?\b(eerste[ \t]+ziektedag|datum[ \t]+(?:ziek)?melding|loonheffingennummer|"
    r"bsn)\b[ \t]*:?[ \t]*\d",
    re.IGNORECASE | re.MULTILINE,
)
#: ... with the number the filing got ('referentie ZM-8811207', 'Kenmerk van de melding: ZLM-2025-0933120')
_FILING_NUMBER = re.compile(
    r"\b(?:referentie|kenmerk|bevestigingsnummer|meldingsnummer|volgnummer)(?:[ \t]+van[ \t]+de[ \t]+melding)?[ \t]*:?"
    r"[ \t]*[A-Z]{0,4}-?\d[\w-]{4,}",
    re.IGNORECASE,
)
#: UWV by name, or the 42nd-week report's own subject ('Ziekmelding langdurig zieke werknemer (42e week)', an employer's
#: copy of the form that never names UWV)
_NAMES_UWV = re.compile(
    r"\buwv\b|uitvoeringsinstituut werknemersverzekeringen|\b42(?:e|ste)?[\s-]*(?:ziekte)?we(?:ek|ken)\b|"
    r"\blangdurig(?:e)?\s+zie|\bvangnet|\bziektewet",
    re.IGNORECASE,
)


_REPLY_SUBJECT = re.compile(r"\s*(?:(?:onderwerp|subject)\s*:\s*)?(?:re|fw|fwd|aw|antw|doorst|wg)\s*:", re.IGNORECASE)

#: A form that says who fills it in: the document is that party's, whoever published the form.
_FILLED_BY = re.compile(r"\b(?:in te vullen|invullen|ingevuld) door\b|\bto be (?:completed|filled in) by\b")


@dataclass(slots=True)
class Evidence:
    """What one document's text, file name and letterhead say, before its date is weighed.

    Everything here depends on the document and the checklist only, not on the case, so it can be
    computed where the text is read (a sandbox worker) and cached; ``decide`` adds the date's week.
    Plain data: it is pickled between processes.
    """

    scores: dict[str, float]
    reasons: dict[str, list[str]]
    title_of: dict[str, str]
    strong_counts: dict[str, int]
    roles: dict[str, list[str]]
    title_types: list[str]  # types of the title lines, top first
    own_content: bool
    mentioned: int  # how many document types the text names
    leaflet: list[str]
    unrelated: list[str]
    unrelated_title: str | None  # 'Factuur' above any RIV title: not an RIV document
    has_text: bool
    medical_hits: int
    about_person: bool
    is_mail: bool
    text_length: int
    ocr_note: str | None
    failure: str | None = None  # the analysis failed (a bug met an odd file): why, in the report's language
    blanks: int = 0  # empty form fields ('.........', '__ - __ - ____'): a template that nobody filled in
    # distinct document types on dated lines of a list at the top, with no title above it (a task list, an index)
    dated_list: int = 0
    attachments: int = 0  # an e-mail's attachments (a covering mail carries the document in one)
    # an e-mail that speaks of an attachment ('bijgaand', 'in de bijlage', 'attached'): a covering mail, even when
    # the file itself did not come along
    names_attachment: bool = False
    # the most document types named in one sentence: 'probleemanalyse, plan van aanpak, …, eindevaluatie' lists what was
    # sent or done
    listed_in_sentence: int = 0
    form_note: str | None = None  # 'ingevulde formuliervelden gelezen': the text includes what was filled in
    # UWV's reference for a report it received ('Ontvangstbevestiging UWV: ZM-2024-6610273', 'Kenmerk UWV: ...'): the
    # text records a report that was filed, with the confirmation's number
    uwv_reference: bool = False
    # the text names UWV at all ('UWV', 'Uitvoeringsinstituut Werknemersverzekeringen'): a paper UWV issues or receives
    # does; an arbodienst's 'Bevestiging ziekmelding' of the first sick day does not
    names_uwv: bool = True
    # the title at the top fits several types alike ('Terugkoppeling spreekuur', 'Gespreksverslag'): content decides
    shared_title: str | None = None
    # the types whose box is ticked on a form ('☒ Actueel oordeel'): the form says which document it is, however many
    # types it lists next to empty boxes
    ticked: tuple[str, ...] = ()


def failed_evidence(reason: str) -> Evidence:
    """Evidence for a document whose analysis failed: it stays unclassified and the reason says why."""
    return Evidence(
        scores={},
        reasons={},
        title_of={},
        strong_counts={},
        roles={},
        title_types=[],
        own_content=False,
        mentioned=0,
        leaflet=[],
        unrelated=[],
        unrelated_title=None,
        has_text=False,
        medical_hits=0,
        about_person=False,
        is_mail=False,
        text_length=0,
        ocr_note=None,
        failure=reason,
    )


def classify(
    model: Model,
    ex: Extracted,
    name: str,
    *,
    date: dt.date | None = None,
    first_sick_day: dt.date | None = None,
    lang: str = "nl",
) -> Classification:
    """Classify one document. ``name`` is its file name (or ``container::member``)."""
    return decide(model, gather(model, ex, name, lang=lang), date=date, first_sick_day=first_sick_day, lang=lang)


def gather(
    model: Model, ex: Extracted, name: str, *, lang: str = "nl", author: str | None | Literal[False] = False
) -> Evidence:
    """The evidence of one document's text, title, file name and author (the expensive, per-file part).

    ``author``: ``find_author(ex)`` when the caller has it already (False: found here).
    """
    w = model.weights
    text = normalize(ex.text)
    zone_src = ex.title_zone or (ex.pages[0][:800] if ex.pages else "")
    title_at = 1  # the page whose top holds the title
    first = title_page(ex.pages, model)
    if first:
        # a cover page (logo, name, 'Vertrouwelijk'), a table of contents or an export's list of the documents
        # in it: the title opens the next page. A list's entries are no titles of this document.
        if exported_index(model, ex.pages):
            zone_src = ""  # an export's list: its lines are neither this document's title nor a sign against it
        cut = len(zone_src)
        zone_src = zone_src + "\n" + "\n".join(ex.pages[first].strip().split("\n")[:15])
        title_at = first + 1
    else:
        cut = len(zone_src) + 1
    zone_words = normalize(zone_src)
    zone = _unnumbered(zone_words)  # for titles only: a sentence keeps its numbers ('rond week 91 de eindevaluatie.')
    fname = _normalize_name(name)
    is_mail = ex.kind is Kind.EMAIL
    has_text = len(text.strip()) >= 40

    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}
    title_of: dict[str, str] = {}
    present = model.present_needles(text)
    zone_present = model.present_needles(zone)
    # --- titles: top of page 1, longest match wins -------------------------------------------------
    zone_hits: list[tuple[int, int, str, str]] = []
    for _, tid, ph in model.titles_in(zone_present):
        for m in ph.finditer(zone, zone_present):
            zone_hits.append((m.start(), m.end(), tid, " ".join(m.group(0).split())))
    zone_hits = _drop_contained(zone_hits)
    lines = _title_lines(zone)
    title_line_hits: list[tuple[int, str, str, str]] = []
    original = zone_src.split("\n")
    requested: list[tuple[str, str]] = []
    for start, end, tid, ph_text in zone_hits:
        line_start, line = next(((s, ln) for s, ln in reversed(lines) if s <= start), (0, zone))
        idx = sum(1 for s_, _ in lines if s_ <= start) - 1
        shown = original[idx].strip() if 0 <= idx < len(original) else line.strip()
        if (
            _is_title_line(line, end - start)
            and not _LABEL_TAIL.match(zone, end, line_start + len(line))
            and not _RECEIPT_TAIL.match(zone, end, line_start + len(line))
            and not _in_sentence(zone_words[line_start : line_start + len(line)], start - line_start)
            and not _menu_line(shown, end - start)
            and not _continues_sentence(original, idx)
            and not negated(zone, start)
            and not (start > cut and _NUMBERED.match(line))
            and not (0 <= idx < len(original) and _BULLET.match(original[idx]))
        ):
            if _REQUEST_BEFORE.search(zone, line_start, start):
                requested.append((tid, " ".join(shown.split())[:60]))  # a request for it: counts against it
            else:
                title_line_hits.append((start, tid, ph_text, " ".join(shown.split())[:120]))
    # approximate titles (typos, OCR errors) on lines without an exact title, or longer than the exact one
    exact_len = {next((s_ for s_, _ in reversed(lines) if s_ <= h[0]), 0): len(h[2]) for h in title_line_hits}
    for fz in _fuzzy_title_lines(model, lines, zone_src):
        phrase_len = len(fz[2].split(" (~")[0])
        if fz[0] not in exact_len:
            title_line_hits.append(fz)
        elif phrase_len > exact_len[fz[0]] + 3:
            title_line_hits = [
                h for h in title_line_hits if next((s_ for s_, _ in reversed(lines) if s_ <= h[0]), 0) != fz[0]
            ] + [fz]
    # 'Soort rapportage: Terugkoppeling t.b.v. WIA-aanvraag' states the type in so many words: before any subtitle
    title_line_hits.sort(key=lambda h: (_TYPE_FIELD.match(h[3]) is None, h[0], -len(h[2])))
    title_line_hits = [_as_revision(model, h, lang) for h in title_line_hits]
    seen_title: set[str] = set()
    for rank, (at, tid, ph_text, line) in enumerate(title_line_hits):
        if tid in seen_title:
            continue
        seen_title.add(tid)
        # a meeting report's title ('Verslag van het gesprek') fits every evaluation that is a meeting: each type that
        # has the same words at the same place weighs as the first; their content and date decide
        first_at, _, first_text, _ = title_line_hits[0]
        weight = w["title"] * (1.0 if rank == 0 or (at, ph_text) == (first_at, first_text) else 0.5)
        if _TYPE_FIELD.match(line):
            weight *= 1.5  # the form says which document it is
        if is_mail:
            weight *= 0.4
        scores[tid] = scores.get(tid, 0.0) + weight
        page_no = title_at if at > cut else 1
        reasons.setdefault(tid, []).append(
            _t(lang, f"titel '{ph_text}' bovenaan pagina {page_no}", f"title '{ph_text}' at the top of page {page_no}")
        )
        title_of.setdefault(tid, line)

    shared_title: str | None = None
    if title_line_hits:
        first_at, _, first_text, _ = title_line_hits[0]
        if len({h[1] for h in title_line_hits if (h[0], h[2]) == (first_at, first_text)}) >= 2:
            shared_title = first_text

    for tid, shown_line in requested:
        if tid in seen_title:
            continue
        seen_title.add(tid)
        scores[tid] = scores.get(tid, 0.0) - w["title"]
        reasons.setdefault(tid, []).append(
            _t(
                lang,
                f"spreekt tegen: een verzoek erom of een brief erover ('{shown_line}')",
                f"against: a request for it or a letter about it ('{shown_line}')",
            )
        )

    # --- forms with checkboxes: '[x] tussentijdse evaluatie  [ ] eerstejaarsevaluatie' -------------------
    has_boxes = _ANY_BOX.search(text) is not None
    ticked: list[str] = []
    for _, tid, ph in model.titles_in(present) if has_boxes else ():
        if ph.is_regex:
            continue
        for m in ph.finditer(text, present):
            box = text[max(0, m.start() - 6) : m.start()]
            if len(_ANY_BOX.findall(text, max(0, m.start() - 14), m.start())) > 1:
                # a run of boxes before a run of labels ('☐ ☐ ☐ ☒ Probleemanalyse Vervolgconsult …', as PDFium reads
                # a form whose boxes are drawn in another font): the box right before a label need not be its own
                continue
            if _TICKED.search(box):
                if tid not in ticked:
                    ticked.append(tid)
                scores[tid] = scores.get(tid, 0.0) + w["title"]
                reasons.setdefault(tid, []).append(_t(lang, f"aangekruist: '{ph.text}'", f"ticked: '{ph.text}'"))
            elif _UNTICKED.search(box):
                scores[tid] = scores.get(tid, 0.0) - w["title"]

    # --- body mentions of titles (also used for leaflet detection) ---------------------------------
    body_hits: list[tuple[int, int, str, str]] = []
    searched: dict[str, re.Match[str] | None] = {}  # a title several types share ('gespreksverslag') is looked for once
    for _, tid, ph in model.titles_in(present):
        if ph.source not in searched:
            searched[ph.source] = _first_affirmed(ph, text, present)  # 'geen medische gegevens vastleggen': none
        hit = searched[ph.source]
        if hit:
            # a reason shows the words that were found, never a regular expression
            body_hits.append((hit.start(), hit.end(), tid, " ".join(hit.group(0).split()) if ph.is_regex else ph.text))
    body_hits = _drop_contained(body_hits)
    # 'Een probleemanalyse is nu niet opgesteld', 'de probleemanalyse volgt', 'plan van aanpak na ontvangst
    # probleemanalyse': a paper that waits for a document is not that document (unless it bears that title itself)
    own_phrases = {h[2] for h in title_line_hits}
    awaited: set[str] = set()
    awaited_names: set[str] = set()  # a document named as still to come says nothing against another type
    # only around the words that say so: a title mention is looked for in those few short windows, not the whole text
    windows = _awaited_windows(text)
    for _, tid, ph in model.titles_in(present) if windows else ():
        if tid in awaited or ph.is_regex or ph.text in own_phrases:
            continue
        if any(_awaited(win, m.start(), m.end()) for win in windows for m in ph.finditer(win)):
            awaited.add(tid)
            awaited_names.add(ph.text)
            scores[tid] = scores.get(tid, 0.0) - w["title"]
            reasons.setdefault(tid, []).append(
                _t(lang, f"spreekt tegen: nog niet gemaakt ('{ph.text}')", f"against: still to come ('{ph.text}')")
            )
            body_hits = [h for h in body_hits if h[2] != tid]
    mentioned = sorted({h[2] for h in body_hits})
    body_counted: set[str] = set()  # a type's title mentioned in the text counts once
    for _, _, tid, ph_text in body_hits:
        if tid in seen_title or tid in body_counted:
            continue
        body_counted.add(tid)
        scores[tid] = scores.get(tid, 0.0) + w["title_body"]
        reasons.setdefault(tid, []).append(_t(lang, f"tekst noemt '{ph_text}'", f"text mentions '{ph_text}'"))

    # --- content cues --------------------------------------------------------------------------------
    from wia_dossier.privacy import counted_medical_terms  # privacy builds on this module

    # medical terms where they stand for someone's health, not for a care job (privacy.context)
    medical_hits = counted_medical_terms(model, ex.text)
    strong_of: dict[str, list[str]] = {}
    for tm in model.types:
        tid = tm.doc.id
        strong = _count(tm.strong, text, present, affirmed=True)
        strong_of[tid] = strong
        weak = _count(tm.weak, text, present)
        neg = [n for n in _count(tm.negative, text, present) if n not in awaited_names]
        s = w["strong"] * min(len(strong), 4) + w["weak"] * min(len(weak), 5) + w["negative"] * min(len(neg), 2)
        if tm.doc.medical:
            s += 1.0 * min(medical_hits, 6)
        if s:
            scores[tid] = scores.get(tid, 0.0) + s
        if tm.doc.medical:
            if strong or medical_hits:
                reasons.setdefault(tid, []).append(
                    _t(
                        lang,
                        f"inhoud wijst op medische gegevens ({len(strong) + medical_hits} medische termen, niet getoond)",
                        f"content points to medical data ({len(strong) + medical_hits} medical terms, not shown)",
                    )
                )
        else:
            if strong:
                reasons.setdefault(tid, []).append(
                    _t(
                        lang,
                        "inhoud: " + ", ".join(f"'{c}'" for c in strong[:4]),
                        "content: " + ", ".join(f"'{c}'" for c in strong[:4]),
                    )
                )
            if neg:
                reasons.setdefault(tid, []).append(
                    _t(
                        lang,
                        "spreekt tegen: " + ", ".join(f"'{c}'" for c in neg[:2]),
                        "against: " + ", ".join(f"'{c}'" for c in neg[:2]),
                    )
                )

    # --- file name -----------------------------------------------------------------------------------
    fn_hits: list[tuple[int, int, str, str]] = []
    fname_present = model.present_needles(fname)
    for tm in model.types:
        for ph in tm.aliases:
            hit = ph.search(fname, fname_present)
            if hit:
                fn_hits.append((hit.start(), hit.end(), tm.doc.id, ph.text))
    fn_hits = _drop_contained(fn_hits)
    fn_done: set[str] = set()
    for _, _, tid, alias in fn_hits:
        if tid in fn_done:
            continue
        fn_done.add(tid)
        scores[tid] = scores.get(tid, 0.0) + w["filename_alias"]
        reasons.setdefault(tid, []).append(_t(lang, f"bestandsnaam bevat '{alias}'", f"file name contains '{alias}'"))
    if len(fname) >= 6:
        fname_words = set(fname.split())
        fuzzy: list[tuple[float, str, str]] = []
        for tm in model.types:
            if tm.doc.id in fn_done:
                continue
            best = 0.0
            best_label = ""
            for label in tm.filename:
                if len(label) < 6:
                    continue
                # in any word order only when every word of the label is in the name: 'brief bedrijfsarts' shares
                # one word with 'ao bedrijfsarts' but says nothing about an actueel oordeel
                sc = max(
                    fuzz.ratio(fname, label),
                    fuzz.token_set_ratio(fname, label) if len(fname_words) > 1 and set(label.split()) <= fname_words else 0.0,
                )
                if sc > best:
                    best, best_label = sc, label
            if best >= 85:
                fuzzy.append((best, tm.doc.id, best_label))
        fuzzy.sort(reverse=True)
        # the best match only; a generic name ('verslag gesprek') that fits several types equally well counts for
        # each of them, and content and date decide between them
        for sc, tid, label in (f for f in fuzzy if f[0] >= fuzzy[0][0]) if fuzzy else ():
            scores[tid] = scores.get(tid, 0.0) + w["filename_fuzzy"]
            reasons.setdefault(tid, []).append(
                _t(
                    lang,
                    f"bestandsnaam lijkt op '{label}' ({sc:.0f}% gelijk)",
                    f"file name resembles '{label}' ({sc:.0f}% alike)",
                )
            )

    # --- author ----------------------------------------------------------------------------------------
    signer = find_author(ex) if author is False else author
    roles = _signed_roles(detect_roles(model, ex), signer)
    distinctive = {r for r in roles if r in ("uwv", "reintegratiebureau", "arbeidsdeskundige")}
    signer_role = signer_side(signer) if signer else None
    if signer_role == "bedrijfsarts":
        # signed by the bedrijfsarts: not one of the papers employer and employee make together
        distinctive |= {"bedrijfsarts"}
    for tm in model.types:
        tid = tm.doc.id
        if not tm.doc.authors:
            continue
        fit = [r for r in tm.doc.authors if r in roles]
        if "uwv" in roles and "uwv" not in tm.doc.authors and tid in scores:
            # UWV's letterhead: the other roles it names ("het actueel oordeel van de bedrijfsarts") are
            # the subject of the letter, not its authors
            scores[tid] += w["author_conflict"] * 4
        elif fit:
            scores[tid] = scores.get(tid, 0.0) + w["author"]
            reasons.setdefault(tid, []).append(
                _t(lang, f"auteur: {fit[0].replace('_', ' en ')}", f"author: {fit[0].replace('_', ' and ')}")
            )
        elif distinctive and tid in scores and not (set(tm.doc.authors) & distinctive):
            # a letter on UWV's letterhead is UWV's, whatever document it is about
            # the signer's own function weighs more than a letterhead or a cue in the text
            scores[tid] += w["author_conflict"] * (4 if "uwv" in distinctive or signer_role in distinctive else 1)

    # --- not an RIV document? (the facts; decide() weighs them) -------------------------------------
    unrelated = _count(model.unrelated, text, present)
    leaflet = _count(model.leaflet, text, present)
    # an overview lists four or more RIV titles on their own lines; a real document that walks through
    # the RIV items (the employee's view does) still carries its own content
    first_line = next(((pos, line) for pos, line in lines if line.strip()), (0, ""))
    about_person = _about_a_person(ex.text, mail=is_mail)
    dated_list = _dated_list(zone_hits, lines, title_line_hits)
    own_content = bool(title_line_hits) and (
        len(strong_of.get(title_line_hits[0][1], [])) >= 2
        or first_line[0] <= title_line_hits[0][0] < first_line[0] + len(first_line[1])
        # a document about one employee whose titles are section headings with text under them, not a list of
        # documents (a table of contents lists them line after line; a leaflet names no employee)
        or (about_person and not _listed_together(title_line_hits, lines))
    )
    # a document that calls itself an invoice, payslip or quotation before naming any RIV title is none
    unrelated_title: str | None = None
    first_title = title_line_hits[0][0] if title_line_hits else len(zone)
    original_lines = zone_src.split("\n")
    for idx, (pos, line) in enumerate(lines):
        if pos >= first_title:
            break
        if is_mail and _REPLY_SUBJECT.match(line):
            continue  # 'RE: Uitnodiging evaluatiegesprek': a reply's subject names the message it answers
        if _opens_with_unrelated(model, line):
            unrelated_title = (original_lines[idx] if idx < len(original_lines) else line).strip()[:40]
            break
    ocr_note = None
    if ex.facts.get("ocr") == "true":
        conf_txt = f"{ex.ocr_confidence:.0%}" if ex.ocr_confidence is not None else "?"
        ocr_note = _t(
            lang, f"tekst herkend met OCR (zekerheid {conf_txt})", f"text recognised by OCR (confidence {conf_txt})"
        )
    flattened = ex.facts.get("flattened_pages")
    form_note = (
        None
        if not flattened
        else _t(
            lang,
            f"ingevulde formuliervelden en aantekeningen gelezen (pagina {flattened})",
            f"filled-in form fields and annotations read (page {flattened})",
        )
    )
    return Evidence(
        scores=scores,
        reasons=reasons,
        title_of=title_of,
        strong_counts={tid: len(v) for tid, v in strong_of.items()},
        roles=roles,
        title_types=[h[1] for h in title_line_hits],
        own_content=own_content,
        mentioned=len(mentioned),
        leaflet=leaflet,
        unrelated=unrelated,
        unrelated_title=unrelated_title,
        has_text=has_text,
        medical_hits=medical_hits,
        # only asked when the text reads like general information; cheap enough to ask always
        about_person=about_person,
        blanks=_blank_fields(ex.text) + _empty_labels(ex.text),
        dated_list=dated_list,
        attachments=len(ex.attachments) if is_mail else 0,
        names_attachment=is_mail and _ATTACHMENT_WORDS.search(text) is not None,
        listed_in_sentence=_most_in_one_sentence(text, body_hits),
        is_mail=is_mail,
        text_length=len(text),
        ocr_note=ocr_note,
        form_note=form_note,
        ticked=tuple(ticked),
        uwv_reference=_UWV_REFERENCE.search(ex.text[:6000]) is not None
        or (
            _FILED_AT_UWV.search(ex.text[:6000]) is not None
            and (
                _FILING_NUMBER.search(ex.text[:6000]) is not None
                or len({m.group(1).lower().split()[0] for m in _REPORT_FIELD.finditer(ex.text[:6000])}) >= 2
            )
        ),
        names_uwv=_NAMES_UWV.search(ex.text) is not None or _NAMES_UWV.search(name) is not None,
        shared_title=shared_title,
    )


_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def _most_in_one_sentence(text: str, hits: list[tuple[int, int, str, str]]) -> int:
    """The most distinct document types that one sentence of ``text`` names (``hits``: their positions)."""
    if len(hits) < 4:
        return 0
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
    per: dict[int, set[str]] = {}
    for start, _, tid, _ in hits:
        per.setdefault(bisect.bisect(breaks, start), set()).add(tid)
    return max(len(v) for v in per.values())


_ATTACHMENT_WORDS = re.compile(
    r"\b(?:bijlage|bijlagen|bijgaand|bijgevoegd|meegestuurd|toegevoegd|attached|attachment|enclosed|"
    r"hierbij (?:stuur|zend|ontvang)\w*|stuur (?:ik )?(?:u |je |jullie )?hierbij|doorgestuurd|forwarded)\b"
)


def decide(
    model: Model,
    ev: Evidence,
    *,
    date: dt.date | None = None,
    first_sick_day: dt.date | None = None,
    lang: str = "nl",
) -> Classification:
    """Weigh the evidence, plus the week the document's date falls in, into one type (or none) and its reasons."""
    if ev.failure is not None:
        return Classification(None, 0.0, [ev.failure])
    w = model.weights
    scores = dict(ev.scores)
    reasons = {k: list(v) for k, v in ev.reasons.items()}
    roles = ev.roles
    leaflet, unrelated = ev.leaflet, ev.unrelated

    # --- timing ----------------------------------------------------------------------------------------
    if date is not None and first_sick_day is not None:
        week = (date - first_sick_day).days // 7 + 1
        for tm in model.types:
            tid = tm.doc.id
            if tm.doc.weeks is None or tid not in scores:
                continue
            lo, hi = tm.doc.weeks
            if lo <= week <= hi:
                scores[tid] += w["timing"]
                reasons.setdefault(tid, []).append(
                    _t(
                        lang,
                        f"datum in week {week} past (week {lo}-{hi})",
                        f"date in week {week} fits (weeks {lo}-{hi})",
                    )
                )
            elif week < lo - 8 or week > hi + 8:
                # the further outside the weeks the law and practice give the type, the less likely it is that type: a
                # 'Bevestiging ziekmelding' one day after the first sick day is no 42nd-week report
                distance = lo - week if week < lo else week - hi
                scores[tid] += w["timing_conflict"] * min(4.0, distance / 8)

    # --- not an RIV document? ------------------------------------------------------------------------
    if not ev.has_text:
        best_id = max(scores, key=lambda k: scores[k]) if scores else None
        if best_id is None:
            return Classification(
                None,
                0.0,
                [
                    _t(
                        lang,
                        "geen leesbare tekst en geen herkenbare bestandsnaam",
                        "no readable text and no telling file name",
                    )
                ],
                scores=scores,
            )
    listed = set(ev.title_types)
    # A report that looks back over the dossier (an eindevaluatie, a UWV decision) names many documents
    # too: a leaflet or template also reads like one, or names nearly all of them without a title.
    # A letter of UWV's is about one employee; a UWV brochure names nobody and is general information like any other.
    by_uwv = "uwv" in roles and ev.about_person
    # a form that ticks one type ('☒ Actueel oordeel' among empty boxes) for one employee is that document
    form_says = len(ev.ticked) == 1 and ev.about_person
    if not by_uwv and not form_says and (
        (len(listed) >= 4 and not ev.own_content)
        or (ev.mentioned >= w["leaflet_types"] and len(leaflet) >= 2)
        or (ev.mentioned >= w["leaflet_types"] + 3 and not ev.title_types)
        # names five or more kinds of document but no employee, and carries no date: information for anyone
        or (ev.mentioned >= w["leaflet_types"] and not ev.about_person and date is None)
    ):
        return Classification(
            None,
            0.9,
            [
                _t(
                    lang,
                    f"algemene informatie of sjabloon: noemt {ev.mentioned} soorten documenten"
                    + (f" ({', '.join(repr(x) for x in leaflet[:3])})" if leaflet else ""),
                    f"general information or template: names {ev.mentioned} document types",
                )
            ],
            scores=scores,
        )
    # Privacy first: a text with clear medical content is never waved through as 'no RIV document'.
    medical_ids = [tm.doc.id for tm in model.types if tm.doc.medical]
    clearly_medical = ev.medical_hits >= 3 or any(ev.strong_counts.get(m, 0) >= 3 for m in medical_ids)
    if not by_uwv and not clearly_medical and ev.dated_list >= 4:
        return Classification(
            None,
            0.85,
            [
                _t(
                    lang,
                    f"een lijst van {ev.dated_list} soorten documenten met hun datums (een overzicht, takenlijst of "
                    "index), geen document zelf",
                    f"a list of {ev.dated_list} document types with their dates (an overview, task list or index), "
                    "not a document itself",
                )
            ],
            scores=scores,
        )
    if ev.blanks >= BLANK_FORM_FIELDS and date is None and not clearly_medical:
        return Classification(
            None,
            0.8,
            [
                _t(
                    lang,
                    f"leeg formulier (sjabloon): {ev.blanks} velden niet ingevuld en geen datum",
                    f"blank form (template): {ev.blanks} fields not filled in and no date",
                )
            ],
            scores=scores,
        )
    # a portal export or a form titled as something else that is full of someone's health data (six or more health
    # terms, not a privacy statement that names a few) is medical information first
    # ('MEDISCH GEHEIM' stamped on a line of its own says so too; a privacy statement's subtitle about medical data
    # does not)
    stamped = any(m in ev.title_types and len(ev.title_of.get(m, "").split()) <= 3 for m in medical_ids)
    if ev.unrelated_title is not None and ev.medical_hits < 6 and not stamped:
        shown = ev.unrelated_title
        return Classification(
            None,
            0.85,
            [_t(lang, f"geen RIV-document: titel '{shown}'", f"not an RIV document: title '{shown}'")],
            scores=scores,
        )
    # Every RIV document is about one employee: it names the person or the BSN. A text that names
    # nobody and reads like general information (a privacy statement, a bureau's brochure) is none.
    # Nor is a text that names nobody, carries no date and no title of its own: an RIV document is dated and
    # signed (a bureau's flyer with its rates names the reports it writes, for nobody in particular).
    # A title does not change that for a born-digital text of some length (a brochure 'Track 2 explained' names the
    # first-year evaluation in its heading); a scan or photo read by OCR may have lost the name and date, and a few
    # lines are too little to call general information, so those keep their title.
    if (
        not clearly_medical
        and not ev.about_person
        and (not ev.title_types or (date is None and not ev.ocr_note and not ev.is_mail and ev.text_length >= 400))
        and (leaflet or unrelated or date is None)
    ):
        return Classification(
            None,
            0.8,
            [
                _t(
                    lang,
                    "gaat niet over één werknemer (geen naam of BSN) en leest als algemene informatie",
                    "names no employee (no name or BSN) and reads as general information",
                )
            ],
            scores=scores,
        )
    if unrelated:
        penalty = 1.5 * min(len(unrelated), 3)
        for tid in scores:
            scores[tid] -= penalty
        if len(unrelated) >= 2 and not ev.title_types and not clearly_medical:
            return Classification(
                None,
                0.85,
                [
                    _t(
                        lang,
                        "geen RIV-document: " + ", ".join(f"'{u}'" for u in unrelated[:3]),
                        "not an RIV document: " + ", ".join(f"'{u}'" for u in unrelated[:3]),
                    )
                ],
                scores=scores,
            )

    if not scores:
        return Classification(
            None,
            0.0,
            [_t(lang, "geen kenmerken van een RIV-document gevonden", "no features of an RIV document found")],
            scores=scores,
        )
    # a paper UWV itself issues (a deskundigenoordeel, a letter) comes from UWV: a text that is neither from UWV (no
    # letterhead), nor titled or named as that paper, and was typed rather than scanned, only mentions it (a
    # casemanager's evaluation citing the deskundigenoordeel)
    for tid in [t for t in scores if model.checklist.type(t).author.lower() == "uwv"]:
        if (
            "uwv" not in roles
            and tid not in ev.title_types
            and ev.ocr_note is None
            and not any(r.startswith(("bestandsnaam", "file name")) for r in reasons.get(tid, []))
            and len(scores) > 1
        ):
            del scores[tid]
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best_id, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    # a consult feedback titled like every bedrijfsarts report ('Terugkoppeling spreekuur') without one word of what the
    # probleemanalyse, its bijstelling or the actueel oordeel must hold is an ordinary consultation report: no element
    # of the re-integratieverslag (Regeling procesgang art. 6 lid 1 onder f en i)
    if (
        ev.shared_title is not None
        and tuple(model.checklist.type(best_id).authors) == ("bedrijfsarts",)
        and not model.checklist.type(best_id).medical
        and ev.strong_counts.get(best_id, 0) == 0
        and best_id not in ev.ticked
        and not any(r.startswith(("bestandsnaam", "file name")) for r in reasons.get(best_id, []))
    ):
        label = model.checklist.type(best_id).label(lang).lower()
        return Classification(
            None,
            0.6,
            [
                _t(
                    lang,
                    f"een terugkoppeling van de bedrijfsarts ('{ev.shared_title}') zonder de inhoud van een {label} of "
                    "ander onderdeel van het verslag",
                    f"a feedback of the occupational physician ('{ev.shared_title}') without the content of a {label} "
                    "or other part of the report",
                )
            ],
            scores=scores,
        )
    # a small employer types the evaluation or the adjusted plan in the mail itself: with nothing attached and a few
    # lines of text, a mail whose body carries the type's own content is that document
    best_authors = model.checklist.type(best_id).authors
    # only the bedrijfsarts writes it (a coach of a small bureau signs with a name alone; a bedrijfsarts's mail names
    # the function or the BIG number)
    professional_only = bool(best_authors) and set(best_authors) <= {"bedrijfsarts"}
    typed_in_mail = (
        ev.is_mail
        and ev.attachments == 0
        and ev.text_length >= 300
        # a mail that lists what was sent or done ('probleemanalyse, plan van aanpak, …, eindevaluatie') is about the
        # dossier, unless it carries the type's own title
        and (ev.listed_in_sentence < 4 or best_id in ev.title_types)
        # the type's own content in the body: two of its cues, or its title and one cue ('volgende evaluatie');
        # a title in the subject alone is an invitation or a planning mail about the meeting
        and (
            # ... written by whoever sends the mail: an employer or employee types an evaluation or plan in a mail; a
            # type only the bedrijfsarts writes (the actueel oordeel) is not typed by the employer's casemanager
            # asking when it comes
            (
                not professional_only
                and (
                    ev.strong_counts.get(best_id, 0) >= 2
                    or (best_id in ev.title_types and ev.strong_counts.get(best_id, 0) >= 1 and not ev.unrelated)
                )
            )
            # the professional who writes this type (a bedrijfsarts, an arbeidsdeskundige, a bureau) signs the mail and
            # writes the feedback itself in it, nothing attached nor said to be: the body is the report (the type's own
            # cue, and the weight of the rest measured against min_score below). An employer's short mail about a
            # document is more often about it than the document.
            or (
                # 'bijgaand' without an attachment: a covering mail whose document went another way, unless the body
                # carries the type's content itself
                (not ev.names_attachment or ev.strong_counts.get(best_id, 0) >= 2)
                and ev.text_length >= 400
                and ev.strong_counts.get(best_id, 0) >= 1
                and any(r in roles for r in model.checklist.type(best_id).authors if r in _PROFESSIONS)
            )
        )
    )
    # the employee's view may be a line or two ('Ik ben het eens met het re-integratieverslag'): a mail without an
    # attachment that is headed as that view and says it is the employee's own document, however short
    typed_in_mail = typed_in_mail or (
        ev.is_mail
        and ev.attachments == 0
        and set(best_authors) == {"werknemer"}
        and best_id in ev.title_types
        and ev.strong_counts.get(best_id, 0) >= 2
        and "werknemer" in roles
    )
    # a paper only an institution issues (UWV's confirmation of the 42nd-week report) is never a mail from someone
    # else: an administratiekantoor's reply about it talks about it
    # (a payroll office's or portal's mail that filed it and quotes UWV's confirmation number is the confirmation's record)
    institutional = set(model.checklist.type(best_id).authors) == {"uwv"} and "uwv" not in roles and not ev.uwv_reference
    # the payroll's or portal's record of the report it filed, with the number UWV gave it, is that report's record
    typed_in_mail = typed_in_mail or (
        ev.uwv_reference and set(model.checklist.type(best_id).authors) == {"uwv"} and ev.strong_counts.get(best_id, 0) >= 1
    )
    if ev.is_mail and (
        institutional
        or (not typed_in_mail and (ev.strong_counts.get(best_id, 0) < 3 or ev.text_length < 500))
    ):
        # a covering e-mail ("hierbij de PvA", an invitation) names documents without being one;
        # only a mail whose own body carries the content (e.g. the employee's view) counts
        return Classification(
            None,
            0.5,
            [_t(lang, "e-mailbericht zonder eigen RIV-inhoud", "e-mail without RIV content of its own")],
            scores=scores,
        )
    if best < w["min_score"]:
        label = model.checklist.type(best_id).label(lang)
        hint = _t(
            lang, f"te weinig kenmerken; lijkt het meest op '{label}'", f"too little evidence; closest to '{label}'"
        )
        return Classification(None, 0.0, [hint], scores=scores)
    if (
        set(model.checklist.type(best_id).authors) == {"uwv"}
        and not ev.names_uwv
        and ev.ocr_note is None
        and ev.text_length >= 200
        and best_id not in ev.ticked
    ):
        # a paper UWV issues or receives names UWV; a born-digital one that never does is someone else's (an
        # arbodienst confirming the sick report of the first day)
        return Classification(
            None,
            0.6,
            [
                _t(
                    lang,
                    f"lijkt op '{model.checklist.type(best_id).label(lang)}', maar noemt UWV nergens: een melding of "
                    "brief van iemand anders (bijvoorbeeld de arbodienst)",
                    f"resembles '{model.checklist.type(best_id).label(lang)}' but never names UWV: a report or letter of "
                    "someone else (for instance the arbodienst)",
                )
            ],
            scores=scores,
        )
    result_reasons = list(reasons.get(best_id, []))
    if ev.ocr_note:
        result_reasons.append(ev.ocr_note)
    if ev.form_note:
        result_reasons.append(ev.form_note)
    confidence = (1 - math.exp(-best / 9.0)) * (0.55 + 0.45 * min(1.0, (best - second) / max(best, 1e-9) * 2))
    role = next((r for r in model.checklist.type(best_id).authors if r in roles), None)
    return Classification(
        type=best_id,
        confidence=round(min(0.99, max(0.05, confidence)), 2),
        reasons=result_reasons,
        title=ev.title_of.get(best_id),
        author_role=role,
        scores=scores,
    )
