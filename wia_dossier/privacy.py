"""Medical information in the dossier: which pages carry it, never quoting it (AP Beleidsregels De zieke werknemer).

A page counts the distinct ``privacy.medical_terms`` of the checklist it shows. In healthcare, the sector
with the most sick leave, documents describe the job in the same words ("werkzaam als verpleegkundige in
Ziekenhuis Rivierenland", "medicatie uitzetten", "assisteren tijdens de operatie"); a false warning keeps
an employer document out of the bundle. So where a term stands decides what it is about:

* **off** (never counts): negated ("bevat geen diagnose"); part of a web or e-mail address; right after a
  role word ("als fysiotherapeut", ``privacy.context.work_before``); the value of a form field about the
  job ("Functie: ...", "Werkgever<tab>...", ``work_labels``); for a workplace term also part of an
  organisation name ("Stichting Ziekenhuis Rijnvliet": Dutch capitalises names, not common nouns) unless
  its sentence is about care received;
* **health**: right after a possessive or a word of care received ("haar huisarts", "opgenomen in Ziekenhuis
  Rivierenland", ``health_before``), or in a sentence about care
  received ("behandeld", "voorgeschreven", "verwezen", ``health``) that does not describe care given in
  the job ("patiënten", "assisteert", ``work``, which outweighs it);
* **neutral**: anything else.

A term of ``privacy.workplace_terms`` (care settings, professions and tasks: ziekenhuis, huisarts,
operatie, medicatie...) stands as health only by those cues. A term of the other kind (a diagnosis, a
drug, a dose, a code) stands as health wherever it is not off and not in a sentence about care given
("patiënten met diabetes"). A term counts where it stands as health, and as neutral when a term of the
other kind stands as health on the same page. The words themselves are never returned, logged or shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick

from wia_dossier.checklist import Checklist

# _Phrase: one implementation of "a checklist phrase" (whole words, needles, 're:'), shared with the classifier
from wia_dossier.classify import Model, _Phrase, negated, normalize


@dataclass(frozen=True, slots=True)
class MedicalHit:
    """Where medical content was seen: the 1-based page and how many distinct terms (never the terms)."""

    page: int
    terms: int
    marker: bool


#: A term after one of these, right before it or with one word between ("geen enkele diagnose"), is negated; a marker
#: after one ("zonder medische gegevens": a document saying it holds none) is checked with ``classify.negated``.
_NEGATIONS = frozenset(["zonder", "geen", "niet", "excl.", "excl", "exclusief", "without", "no"])

#: Where a term stands (see the module docstring).
_HEALTH, _OFF, _NEUTRAL = 1, 2, 3

#: How far a sentence is followed from a term (characters either side): tables have no full stops.
_REACH = 160
#: A sentence ends at . ! ? before white space, or at an empty line.
_STOPS = (". ", ".\n", ".\t", "? ", "?\n", "! ", "!\n", "\n\n")
#: Between a form field's label and the term: no other field (a tab, a wide gap, "label:") and no full stop.
_FIELD_BREAK = re.compile(r"\t| {3,}|[a-z]\s*:\s|[.!?](?=\s)")
#: Part of a web or e-mail address.
_ADDRESS = re.compile(r"@|www\.|https?:|\.(?:nl|com|org|net|eu|be|de)\b")
#: The word after a capitalised term at the start of a line; words that do not continue a name
#: ("Operatie En Revalidatie" is a heading, "Ziekenhuis De Linde" a name).
_NEXT_WORD = re.compile(r"[ ]+(\w*[a-z]\w*)")
_NOT_NAME = frozenset(
    ["en", "of", "met", "bij", "voor", "in", "op", "naar", "door", "and", "or", "with", "for", "at", "by", "to"]
)
#: The one word that may stand between a role word and the term ("als zelfstandig fysiotherapeut") is no
#: article or pronoun: "als de huisarts ..." is a condition, not a role.
_NOT_BETWEEN = frozenset(
    [
        "de",
        "het",
        "een",
        "die",
        "dat",
        "deze",
        "dit",
        "zijn",
        "haar",
        "hun",
        "mijn",
        "uw",
        "the",
        "a",
        "an",
        "this",
        "that",
        "his",
        "her",
        "their",
    ]
)
_WORDS = re.compile(r"\w+")


class _Sentence:
    """The sentence around a term: its text, its words (without the term) and the cue needles in it.

    It ends at . ! ? or an empty line, at most ``_REACH`` characters away; a line that starts with a capital
    (a paragraph, a list item, a table row) starts one too, and a table row (a line with a tab) is one.
    """

    __slots__ = ("needles", "term", "text", "words")

    def __init__(self, text: str, cased: str | None, start: int, end: int, automaton: Any) -> None:
        lo = max(0, start - _REACH)
        hi = min(len(text), end + _REACH)
        left = max(text.rfind(stop, lo, start) for stop in _STOPS)
        right = [i for i in (text.find(stop, end, hi) for stop in _STOPS) if i >= 0]
        lo, hi = (left + 1 if left >= 0 else lo), (min(right) if right else hi)
        line_lo = text.rfind("\n", lo, start) + 1 or lo
        line_hi = text.find("\n", end, hi)
        line_hi = hi if line_hi < 0 else line_hi
        if "\t" in text[line_lo:line_hi]:
            lo, hi = line_lo, line_hi
        elif cased is not None:
            nl = start
            while (nl := text.rfind("\n", lo, nl)) >= 0:
                if cased[nl + 1 : nl + 2].isupper():
                    lo = nl + 1
                    break
            nl = end
            while (nl := text.find("\n", nl, hi)) >= 0:
                if cased[nl + 1 : nl + 2].isupper():
                    hi = nl
                    break
                nl += 1
        self.text = text[lo:hi]
        self.term = (start - lo, end - lo)
        self.words = {*_WORDS.findall(text, lo, start), *_WORDS.findall(text, end, hi)}
        self.needles = {n for _, n in automaton.iter(self.text)} if automaton is not None else set()


class _Cues:
    """Context phrases of the checklist: single words by set lookup, the others as checklist phrases tried
    only when one of their needles is in the sentence (found for all phrases in one Aho-Corasick pass)."""

    __slots__ = ("always", "by_needle", "words")

    def __init__(self, phrases: tuple[str, ...]) -> None:
        single = [p for p in phrases if not p.startswith("re:") and _WORDS.fullmatch(normalize(p).strip())]
        self.words = frozenset(normalize(p).strip() for p in single)
        self.by_needle: dict[str, list[_Phrase]] = {}
        always = []
        for phrase in (_Phrase(p) for p in phrases if p not in single):
            for needle in phrase.needles:
                self.by_needle.setdefault(needle, []).append(phrase)
            if not phrase.needles:
                always.append(phrase)
        self.always = tuple(always)

    def found(self, sentence: _Sentence) -> bool:
        """Whether a cue stands in the sentence, other than the term itself ("voorgeschreven" is both)."""
        if not self.words.isdisjoint(sentence.words):
            return True
        candidates = [*self.always, *(p for n in sentence.needles for p in self.by_needle.get(n, ()))]
        start, end = sentence.term
        return any(not (start <= m.start() and m.end() <= end) for p in candidates for m in p.finditer(sentence.text))


class _Before:
    """Words that, right before a term, say what it is about ("haar huisarts", "als fysiotherapeut").

    Plain words only (the checklist loader refuses 're:' here), compared with the words before the term.
    """

    __slots__ = ("article", "longer", "single")

    def __init__(self, phrases: tuple[str, ...], *, article: bool) -> None:
        tuples = {tuple(normalize(p).split()) for p in phrases if p.split()}
        self.single = frozenset(t[0] for t in tuples if len(t) == 1)
        self.longer: dict[str, list[tuple[str, ...]]] = {}  # by their last word
        for t in sorted(t for t in tuples if len(t) > 1):
            self.longer.setdefault(t[-1], []).append(t)
        self.article = article  # whether the word between may be an article or pronoun

    def gap(self, words: list[str]) -> int | None:
        """0 when ``words`` (nearest last) end with a phrase, 1 when one more word follows it, else None."""
        for gap in (0, 1):
            if gap and (not words or not words[-1].isalnum() or (not self.article and words[-1] in _NOT_BETWEEN)):
                return None
            upto = len(words) - gap
            if upto <= 0:
                return None
            if words[upto - 1] in self.single:
                return gap
            for t in self.longer.get(words[upto - 1], ()):
                if len(t) <= upto and tuple(words[upto - len(t) : upto]) == t:
                    return gap
        return None


class _Context:
    """The checklist's context cues, compiled once per checklist."""

    __slots__ = ("automaton", "health", "health_before", "labels", "work", "work_before", "workplace")

    def __init__(self, checklist: Checklist) -> None:
        cx = checklist.medical_context
        self.workplace = frozenset(checklist.workplace_terms)
        self.health = _Cues(cx.health)
        self.work = _Cues(cx.work)
        # "opgenomen in het ziekenhuis", but "als de huisarts ..." is a condition, not a role
        self.health_before = _Before(cx.health_before, article=True)
        self.work_before = _Before(cx.work_before, article=False)
        needles = sorted({*self.health.by_needle, *self.work.by_needle})
        self.automaton: Any = None
        if needles:
            self.automaton = ahocorasick.Automaton()
            for n in needles:
                self.automaton.add_word(n, n)
            self.automaton.make_automaton()
        # a label at the start of a line or of a table cell, then ':' or a tab or a wide gap
        labels = "|".join(_Phrase(p).pattern.pattern for p in cx.work_labels)
        self.labels = (
            re.compile(r"(?:^|\t| {3,})[ \t*\u2022-]*(?<![\w])(?:" + labels + r")(?:[ ]*:|\t| {3,})", re.MULTILINE)
            if labels
            else None
        )


_CONTEXTS: dict[int, tuple[Checklist, _Context]] = {}
_BY_CONTENT: dict[tuple[Any, ...], _Context] = {}


def _context(checklist: Checklist) -> _Context:
    """The compiled context of a checklist: kept per checklist object, and per content for the copy that
    arrives with every file in a worker process (like ``compile_checklist``)."""
    hit = _CONTEXTS.get(id(checklist))
    if hit is not None and hit[0] is checklist:
        return hit[1]
    key = (checklist.workplace_terms, checklist.medical_context)
    cx = _BY_CONTENT.get(key)
    if cx is None:
        cx = _Context(checklist)
    if len(_CONTEXTS) > 16:
        _CONTEXTS.clear()
        _BY_CONTENT.clear()
    _CONTEXTS[id(checklist)] = (checklist, cx)
    _BY_CONTENT[key] = cx
    return cx


class _Page:
    """One page, normalized and as written (for capitals), and where a term on it stands."""

    __slots__ = ("cased", "cx", "text")

    def __init__(self, raw: str, text: str, cx: _Context) -> None:
        self.text = text
        self.cx = cx
        # ``normalize`` drops accents one for one, so the page as written lines up with ``text`` (almost
        # always; with a ligature or soft hyphen it does not, and names are not looked for)
        self.cased = raw if len(raw) == len(text) else None

    def place(self, start: int, end: int, *, workplace: bool, sentence: bool) -> int:
        """Whether the term at ``text[start:end]`` stands as health, off or neutral.

        Args:
            start: Where the term starts in the normalized text.
            end: Where it ends.
            workplace: The term is a workplace term: only such a term can be part of a name (a capitalised
                diagnosis is a table row, "Diagnose Depressieve stoornis", not an organisation).
            sentence: Also read the sentence around the term (not needed once the page shows health).
        """
        text, cx = self.text, self.cx
        words = _words_before(text, start)
        if any(w in _NEGATIONS for w in words[-2:]):
            return _OFF
        health = cx.health_before.gap(words)
        work = cx.work_before.gap(words)
        if health is not None and (work is None or health <= work):
            return _HEALTH
        if work is not None or _in_address(text, start, end) or self._in_job_field(start):
            return _OFF
        name = workplace and self._in_name(start, end)
        if not sentence:
            return _OFF if name else _NEUTRAL
        around = _Sentence(text, self.cased, start, end, cx.automaton)
        if cx.work.found(around):  # care given in the job ("patiënten met diabetes") outweighs care received
            return _OFF if name else _NEUTRAL
        if not workplace:  # a diagnosis, drug or dose outside such a sentence is about someone's health
            return _HEALTH
        if cx.health.found(around):  # also in a name: "ligt sinds maandag in Ziekenhuis Rivierenland, geopereerd"
            return _HEALTH
        return _OFF if name else _NEUTRAL

    def _in_name(self, start: int, end: int) -> bool:
        """A capitalised term inside a name: "in Ziekenhuis Rivierenland", "Sint Clemens Ziekenhuis".

        Dutch writes common nouns in lower case: a capital mid-sentence marks a name, and so does a capital
        at the start of a line or cell when the next word is capitalised too ("Ziekenhuis Rijnvliet").
        All capitals (a heading, "CT-scan", "MRI") do not.
        """
        cased = self.cased
        if cased is None or not cased[start].isupper() or not cased[start + 1 : start + 2].islower():
            return False
        i = start - 1
        while i >= 0 and cased[i] == " ":
            i -= 1
        if i >= 0 and cased[i] not in "\n\t.!?:;|\u2022(\"'*-":
            return True
        m = _NEXT_WORD.match(cased, end)
        return m is not None and m.group(1)[:1].isupper() and m.group(1).lower() not in _NOT_NAME

    def _in_job_field(self, start: int) -> bool:
        """The term is the value of a form field about the job ("Functie: ...", "Werkgever<tab>...")."""
        labels = self.cx.labels
        if labels is None:
            return False
        text = self.text
        last = None
        for m in labels.finditer(text, text.rfind("\n", 0, start) + 1, start):
            last = m
        return last is not None and _FIELD_BREAK.search(text, last.end(), start) is None


def _in_address(text: str, start: int, end: int) -> bool:
    """The term is part of a web or e-mail address ("www.rijnvliet-ziekenhuis.nl"): it names an organisation."""
    if _ADDRESS.search(text, max(0, start - 60), end + 60) is None:
        return False
    lo = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    ends = [i for i in (text.find(" ", end), text.find("\n", end), text.find("\t", end)) if i >= 0]
    hi = min(ends, default=len(text))
    return _ADDRESS.search(text, lo, hi) is not None


def _words_before(text: str, start: int) -> list[str]:
    """The (up to four) words right before ``text[start]``, nearest last; none when a sign stands between.

    A compound prefix belongs to the term ("gz-psycholoog", "ok-assistent").
    """
    i = start
    if i > 0 and text[i - 1] == "-":
        i -= 1
        while i > 0 and text[i - 1].isalnum():
            i -= 1
    lo = max(0, i - 48)
    lead = text[lo:i]
    if not lead or not lead[-1].isspace():
        return []
    words = lead.split()
    if lo > 0 and not text[lo - 1].isspace() and words:
        words = words[1:]  # cut off mid-word
    return words[-4:]


def _occurrences(phrase: _Phrase, text: str, first: re.Match[str], present: frozenset[str]) -> Iterator[re.Match[str]]:
    """The first match, then the others (found only when the first does not decide)."""
    yield first
    for m in phrase.finditer(text, present):
        if m.start() > first.start():
            yield m


def _counted_terms(model: Model, page: _Page, present: frozenset[str]) -> int:
    """How many distinct medical terms on the page count, given where they stand (see the module docstring)."""
    text = page.text
    workplace = page.cx.workplace
    health = 0  # terms that stand as health
    neutral = 0  # terms that stand neutral: they count once a term of the other kind stands as health
    evidence = False  # such a term: the page is about someone's health
    found = []
    for phrase in model.medical_terms:
        first = phrase.search(text, present)
        if first is not None:
            found.append((phrase.source in workplace, phrase, first))
    # the other kind first (a diagnosis, drug, dose): once one stands as health, neutral is enough
    for ambiguous, phrase, first in sorted(found, key=lambda f: f[0]):
        places = set()
        for m in _occurrences(phrase, text, first, present):
            place = page.place(m.start(), m.end(), workplace=ambiguous, sentence=not evidence)
            places.add(place)
            if place == _HEALTH or (evidence and place == _NEUTRAL):
                break
        if _HEALTH in places:
            health += 1
            evidence = evidence or not ambiguous
        elif _NEUTRAL in places:
            neutral += 1
    return health + (neutral if evidence else 0)


#: Before a marker on its line, a marker that labels the page: nothing, numbering or a stamp word ("3.",
#: "Vertrouwelijk -", "Betreft:"), or a statement that this document holds it ("Dit rapport bevat medische gegevens").
_LABEL_BEFORE = re.compile(
    r"[\W\d_]*(?:(?:strikt\s+)?vertrouwelijk|confidential|betreft|onderwerp|subject|bijlage)?[\W\d_]*"
)
_HOLDS_BEFORE = re.compile(r"\b(?:bevat|bevatten|betreft|contains?|holds?)\s+(?:\w+\s+)?$")
#: After a marker that starts a sentence: the sentence goes on about sending it ("Medische informatie wordt apart
#: verstrekt", "medical information is sent separately") - a mention, as in every actueel oordeel and UWV letter.
_MENTION_AFTER = re.compile(
    r"\W*(?:\w+\s+){0,3}?(?:wordt|worden|werd|is|zijn|gaat|gaan|stuurt|sturen|gestuurd|verstuurd|verstrekt|verzonden|"
    r"apart|afzonderlijk|rechtstreeks|direct|volgt|ontvangt|ontvangen|blijft|mag|mogen|kan|kunnen|moet|moeten|zit|zitten|"
    r"sent|is|are|will|may|must|separately)\b"
)


_TITLE_WORDS = 4  # words besides the marker on a title line
_SENTENCE_WORDS = 5  # more words after a marker that opens its line, and no colon: a sentence, not a heading


def _is_marker(text: str, start: int, end: int) -> bool:
    """A medical marker that labels the page (a heading, a stamp, 'bevat medische gegevens'), not a mention of it."""
    if negated(text, start):
        return False  # "zonder medische gegevens"
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before, after = text[line_start:start], text[end : len(text) if line_end == -1 else line_end]
    if not before.strip() and line_start and not after.lstrip().startswith(":") and negated(text[: line_start - 1] + " ", line_start):
        return False  # a sentence wrapped after its negation: "… Geen\nmedische gegevens besproken." (a label has a colon)
    if _HOLDS_BEFORE.search(before):
        return True
    if _MENTION_AFTER.match(after):
        return False  # "medische informatie wordt apart verstrekt"
    if not before.strip(" \t-•*·") and not after.lstrip().startswith(":") and len(after.split()) > _SENTENCE_WORDS:
        # it opens a sentence that runs on ("Medische gegevens vallen onder het medisch beroepsgeheim en worden
        # niet met de werkgever gedeeld"): prose about such data, where a heading or a label stands short or ends in ':'
        return False
    # a label, a stamp, or a short title line ("Uittreksel medisch dossier bedrijfsarts"); in a longer
    # line it is part of a sentence: "de medische informatie stuurt de bedrijfsarts zelf"
    return bool(_LABEL_BEFORE.fullmatch(before)) or len((before + " " + after).split()) <= _TITLE_WORDS


def counted_medical_terms(model: Model, raw: str) -> int:
    """Distinct medical terms of a whole text that count where they stand (for the classifier).

    The same reading as the page check: a nurse's job description ("toedienen van medicatie", "patiënten
    voorbereiden op een operatie") has care words, but none about someone's health.
    """
    text = normalize(raw)
    return _counted_terms(model, _Page(raw, text, _context(model.checklist)), model.present_medical_needles(text))


def medical_pages(model: Model, pages: list[str], page_numbers: list[int]) -> list[MedicalHit]:
    """Pages with medical markers ("medisch geheim") or medical terms about someone's health.

    A term that in healthcare also names the job (``privacy.workplace_terms``) counts only in health
    context; see the module docstring.
    """
    out = []
    cx = _context(model.checklist)
    for idx, raw in enumerate(pages):
        text = normalize(raw)
        present = model.present_medical_needles(text)
        marker = any(
            _is_marker(text, m.start(), m.end()) for p in model.medical_markers for m in p.finditer(text, present)
        )
        terms = _counted_terms(model, _Page(raw, text, cx), present)
        if marker or terms:
            number = page_numbers[idx] if idx < len(page_numbers) else idx + 1
            out.append(MedicalHit(number, terms, marker))
    return out
