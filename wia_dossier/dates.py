"""Find dates in Dutch documents: the document's own date and the first sick day, each with its reason.

Day-first (Dutch usage); month names in Dutch and English; numeric d-m-y with ``-``, ``/``
or ``.``; ISO y-m-d; a ``yyyy-mm-dd`` file-name prefix. A regex with validation is ~200x
faster than dateparser and has no relative-date traps (ANCHORS.md §F).

How real documents write dates, beyond the digits:

- in words, with a Dutch day number or ordinal before a full month name: "vijftien maart 2025",
  "de vijftiende maart 2025", "tweeëntwintig juni 2024", "vijftien maart tweeduizend vijfentwintig".
  A date in words without a year ("de vijftiende maart") is no date: its year is a guess.
- a short year after an apostrophe ("15 maart '25", "20 mei'24") and a month between hyphens
  ("16-okt-2025").
- two-digit years ("15-03-25", "15.3.25"): 00-49 are 2000-2049, 90-99 are 1990-1999; 50-89 are no
  date (no document of this tool's era, nor a plausible birth year inside MIN_YEAR). A two-digit-year
  date followed by another separator and digit is part of a longer number ("06-12-34-56").
- slash dates whose day and month are both 12 or less ("08/12/2024") are day-first, unless the
  document says otherwise: another slash date in it that can only be month-first ("08/13/2024")
  makes it month-first, one that can only be day-first ("13/08/2024") keeps it day-first; with no
  such evidence a text that is clearly English (its English function words outnumber Dutch ones
  3:1, at least 12 of them) is read month-first. A slash date that can only be month-first
  ("12/31/2024") is read so. Hyphen and dot dates are always day-first.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from wia_dossier.messages import MONTHS_NL
from wia_dossier.model import DateFound

_MONTHS = {
    "januari": 1,
    # OCR loses a thin final 'i' ('28 januar 2026'); also the German spelling of a letter from across the border
    "januar": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "februar": 2,
    "feb": 2,
    "febr": 2,
    "february": 2,
    "maart": 3,
    "mrt": 3,
    "mar": 3,
    "march": 3,
    "maa": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "augustus": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))

_DATE_RE = re.compile(
    rf"""(?:
        (?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)(?![\d])                 # 2025-03-12
      | (?P<d>[0-3]?\d)\s?(?P<sep>[-/.])\s?(?P<m>[0-3]?\d)(?P=sep)\s?(?P<y>(?:19|20)?\d\d|['’‘]\d\d)(?![\d])   # 12-03-2025, 3-12-'24
      | (?P<td>[0-3]?\d)(?:e|ste|de)?(?:\s+|\s?-\s?)(?P<tm>{_MONTH_ALT})\.?
        (?:,?\s+|\s?-\s?|,?\s*(?=['’‘]))(?P<ty>(?:19|20)\d\d|['’‘]\d\d)(?!\d)  # 12 maart 2025, 12-mrt-2025, 12 mrt '25
      | (?P<ed>[0-3]?\d),?\s+(?P<ey>(?:19|20)\d\d)(?!\d)   # "12, 2025" of "March 12, 2025": month checked before it
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Labels that announce the document's own date (report, meeting or signing date).
_OWN_LABELS = re.compile(
    r"""(?:\bdatum(?:\s+(?:van\s+)?(?:het\s+)?(?:rapport(?:age)?|verslag|gesprek|spreekuur|consult|onderzoek|
        opmaak|opgemaakt|ondertekening|evaluatie|advies|brief|afgifte|uitgifte|vaststelling|document|
        ondertekenen|akkoord|handtekening|intake|overleg|bespreking|plan))?
      | \bd\.?\s?d\.?
      | ^\s*(?:gesprek|overleg|bespreking)(?:\s+gevoerd|\s+gehouden)?\s+op | ^\s*(?:gesprek|overleg|bespreking|verslag\s+van\s+het\s+gesprek)\s+van\s*$ | \bopgesteld\s+op | \bopgemaakt\s+op | \bondertekend\s+op | \bgetekend\s+op | \bgetekend\b
      | \bvastgesteld(?:\s+op)? | \bverzonden\s+op | \bverstuurd\s+op | \bdate(?:d)?\b | \bplaats\s+en\s+datum
      | \bdagtekening | \bverzenddatum | \bverzonden | \breport\s+date | \bdate\s+of\s+(?:the\s+)?(?:report|meeting|signature)
      | \bsigned\s+on | \bdatum\s+(?:en\s+)?plaats | \bdatum\s+van\s+vandaag | ^[ \t>]*sent(?:\s+on)?
      | \bingediend\s+op | \bgegenereerd\s+op | \bafgedrukt\s+op | \baangemaakt\s+op | \bgenerated(?:\s+on)?
      | \bprinted\s+on | \bexported\s+on | \bheld\s+on | \bwritten\s+on | \bdrawn\s+up\s+on
      | \bdate\s+of\s+(?:the\s+)?(?:evaluation|conversation|interview|consultation|assessment|letter)
    )(?:\s+[\w\- ]{2,40}?)?\s*[:.\-]?\s*(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|
        wednesday|thursday|friday)\s*,?\s*)?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Labels that announce a date that is NOT the document's date.
_OTHER_LABELS = re.compile(
    r"""(?:geboortedatum|date\s+of\s+birth|born|start\s+of\s+absence|first\s+day|next\s+(?:meeting|appointment)|geboren|geb\.|\bgeb\b|ziektedag|verzuimdag|ziekmelding|ziek\s+gemeld|ziekgemeld|ziek\s+sinds|
        ziek\s+vanaf|arbeidsongeschikt\s+(?:sinds|vanaf|per)|verzuim\s+sinds|in\s+dienst|uit\s+dienst|indienst|
        dienstverband|volgende?\s+(?:afspraak|gesprek|evaluatie|spreekuur|consult|contact)|volgend\s+overleg|
        evaluatie\s+op|uiterlijk|vóór|voor\s+|deadline|vervaldatum|t/m|tot\s+en\s+met|\btot\b|
        (?<!gesprek\s)(?<!overleg\s)(?<!bespreking\s)\bvan\b|\bvanaf\b|
        \bsinds\b|\bper\b|periode|start(?:datum)?|begindatum|einddatum|ingangsdatum|afloop|verloopt|
        \beindigt\s+(?:op|per)|\beindigde\s+(?:op|per)|\bloopt\s+af\s+op|\bends\s+on|\bexpires\s+on|
        (?<!gesprek\s)(?<!overleg\s)(?<!bespreking\s)\bop\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag)|\bwachttijd|aanvraag\s+uiterlijk|
        ontvangen\s+op|uw\s+brief\s+van|uw\s+kenmerk|probleemanalyse\s+van|plan\s+van\s+aanpak\s+van|
        rapport\s+van|advies\s+van|sick\s+(?:since|from)|ill\s+since|absent\s+(?:since|from)|\bby\b|
        no\s+later\s+than|\bbefore\b|\buntil\b|\bfrom\b|\bsince\b|employed\s+since|indiensttreding|
        \b(?:start|end|commencement|termination)\s+date|date\s+of\s+(?:employment|commencement|entry|joining)|
        employment\s+(?:start|began|begins|commences))\s*[:.\-]?\s*(?:[a-zA-Z]+\s*,?\s*)?$""",
    re.IGNORECASE | re.VERBOSE,
)

_FIRST_SICK_LABELS = re.compile(
    r"""(?:eerste\s+(?:ziekte|verzuim|arbeidsongeschiktheids)dag|1e\s+(?:ziekte|verzuim)dag|
        datum\s+(?:eerste\s+)?ziekmelding|datum\s+(?:van\s+)?(?:de\s+)?ziekmelding|ziek\s*gemeld\s+(?:op|per|sinds)|
        ziek\s+sinds|ziek\s+vanaf|arbeidsongeschikt\s+(?:sinds|vanaf|per)|verzuim\s+sinds|
        first\s+day\s+of\s+(?:sickness|illness)|eerste\s+ziektedag\s+\(?d0\)?|in\s+verzuim\s+sinds|
        datum\s+(?:eerste\s+)?verzuim|verzuimdatum|ziektedatum|aanvang\s+(?:van\s+het\s+)?verzuim|
        aanvang\s+arbeidsongeschiktheid|datum\s+arbeidsongeschiktheid|ziekmeldingsdatum|
        eerste\s+arbeidsongeschiktheidsdag|start\s+of\s+(?:the\s+)?absence|first\s+(?:sick\s+)?day(?:\s+of\s+absence)?|
        date\s+of\s+(?:the\s+)?sick\s+report|1e\s+verzuimdag|(?:off\s+)?sick\s+since|ill\s+since|absent\s+since|
        datum\s+waarop\s+(?:de\s+)?(?:werknemer\s+)?ziek(?:\s+werd)?|(?:werknemer|medewerker)\s+ziek(?:\s+werd)?)
      [\s:.\-]*(?:[a-zA-Z]+\s*,?\s*)?$""",
    re.IGNORECASE | re.VERBOSE,
)

# "Original plan dated: …", "First-year evaluation dated: …": the date of the document named before
# "dated", which is another document unless that name is this document's type (``own_names``).
_REFERENCED = re.compile(
    r"""\b(?!(?:signed|and|undated|is|was|been|be|are|were|niet|werd)\b)[^\W\d_][\w\-]*\s+(?:dated|gedateerd)
        \s*[:.\-]?\s*$
      | \b(?:with\s+reference\s+to|referring\s+to|further\s+to|in\s+response\s+to|n\.\s?a\.\s?v\.|
        naar\s+aanleiding\s+van)[^:\n]{0,40}$
      # 'Datum oorspronkelijk plan:', 'Datum vorige evaluatie' in an adjustment: the earlier document's date
      | \b(?:datum|date)\s+(?:van\s+(?:het|de)\s+)?(?:oorspronkelijke?|eerdere?|vorige?|original|previous)\b[^:\n]{0,40}[:.\-]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A print, export or generation stamp dates the copy, not the document on it. It is the date of an
# export that has no date of its own, so it still counts, but below any other own date.
_STAMP = re.compile(
    r"\b(?:gegenereerd|afgedrukt|aangemaakt|generated|printed|exported|geëxporteerd|geprint)\b", re.IGNORECASE
)

_ACTIVITY = re.compile(
    r"\b(?:onderzoek|spreekuur|consult|intake|overleg|bespreking|gesprek|meeting|visit)\b", re.IGNORECASE
)
# A date stamp's form: day, a month in three capitals, year ('29 DEC 2023', '12 MRT. 2025').
_STAMP_FORM = re.compile(r"\d{1,2}\s*(?:JAN|FEB|MRT|MAR|APR|MEI|MAY|JUN|JUL|AUG|SEP|SEPT|OKT|OCT|NOV|DEC)\.?\s*\d{4}")

# A signer's line: a function, then at most a name of a firm, then the date at the end of the line.
_SIGNER_LINE = re.compile(
    r"\b(?:bedrijfsarts|arbeidsdeskundige|verzekeringsarts|casemanager|case manager|jobcoach|loopbaancoach|"
    r"re-?integratieadviseur|consulent|directeur|eigenaar|hr-adviseur|p&o-adviseur|praktijkmanager|teamleider|"
    r"leidinggevende|occupational physician|hr manager)\b[^\n,]{0,40}(?:,[^\n,]{1,40})?,\s*$",
    re.IGNORECASE,
)


def _on_signer_line(text: str, h: DateHit) -> bool:
    """Whether the date closes a signer's line ('A. Ramaker, bedrijfsarts, Arbo Zuiderkwartier, 7 november 2023')."""
    line_start = text.rfind("\n", 0, h.start) + 1
    line_end = text.find("\n", h.end)
    rest = text[h.end : line_end if line_end != -1 else len(text)]
    return not rest.strip(" .\t") and _SIGNER_LINE.search(text[line_start : h.start]) is not None


_PLACE_DATE = re.compile(r"(?:^|\n)\s*[A-Z][a-zA-Z'\- ]{1,30},\s*(?:de\s+)?$")
_FILENAME_PREFIX = re.compile(r"^((?:19|20)\d\d)[-_. ]?([01]\d)[-_. ]?([0-3]\d)(?!\d)")
_FILENAME_ANY = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_.]([01]\d)[-_.]([0-3]\d)(?!\d)|(?<!\d)([0-3]\d)[-_.]([01]\d)[-_.]((?:19|20)\d\d)(?!\d)"
)
# "fax 20240925.pdf", "scan_20240925_1015.pdf": a scanner's or fax's stamp later in the name. Eight
# digits may be an invoice or case number too, so it comes last, after the dates in the text.
_FILENAME_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)(?!\d)")

# English order, month first: found from the digits backwards (a regex starting with month names
# scans 40x slower)
_MONTH_BEFORE = re.compile(rf"(?:^|[^a-z])(?P<em>{_MONTH_ALT})\.?\s+$", re.IGNORECASE)

# Every date of _DATE_RE starts with a digit (\d: any Unicode decimal digit), so find_dates tries the
# pattern only there. In an ASCII text \d is [0-9], which the engine finds 1.5x faster.
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")

MIN_YEAR = 1990
MAX_YEAR = 2100
_SHORT_YEAR_MAX = 49  # "15-03-49" is 2049
_SHORT_YEAR_MIN = 90  # "15-03-95" is 1995


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date in a text with its position and the text just before it."""

    value: dt.date
    start: int
    end: int
    before: str


def _mk(y: int, m: int, d: int) -> dt.date | None:
    if y < 100:
        # a two-digit year: 00-49 this century, 90-99 the last one; 50-89 fits no document here
        if y <= _SHORT_YEAR_MAX:
            y += 2000
        elif y >= _SHORT_YEAR_MIN:
            y += 1900
        else:
            return None
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateHit]:
    """Every valid date in ``text``, in order, with up to 60 characters of preceding context."""
    return list(_iter_dates(text))


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """``_DATE_RE.finditer(text)``, but the pattern is tried only where a digit stands.

    Every date starts with a digit, so these are the same matches; finditer tries every position,
    which made this ~10x slower on long texts.
    """
    search_digit = (_ASCII_DIGIT if text.isascii() else _DIGIT).search
    match_date = _DATE_RE.match
    pos = 0
    while (digit := search_digit(text, pos)) is not None:
        m = match_date(text, digit.start())
        if m is None:
            pos = digit.start() + 1
        else:
            pos = m.end()
            yield m


def _iter_dates(text: str) -> Iterator[DateHit]:
    """The dates of :func:`find_dates`, one at a time (a caller that needs only the first stops early)."""
    # dates in words, merged in by position: found from their years, which are read only as far as
    # the digit dates (a caller that stops early reads no further). No digit date lies inside one.
    years = _years(text)
    year = next(years, None)
    word_end = -1
    slash_order: list[bool] = []  # [month_first], worked out at the first ambiguous slash date
    for m in _date_matches(text):
        while year is not None and year[0] < m.start():
            word = _word_date(text, *year)
            if word is not None:
                yield word
                word_end = word.end
            year = next(years, None)
        if m.start() < word_end:
            continue  # inside a date in words
        if m.start() > 0 and text[m.start() - 1] in "0123456789/.-":
            continue  # part of a longer number ("2025-03-12-1", "1.12.03.2025")
        g = m.groupdict()
        value: dt.date | None
        if g["iy"]:
            value = _mk(int(g["iy"]), int(g["im"]), int(g["id"]))
        elif g["d"]:
            sep, y = g["sep"], g["y"].lstrip("'’‘")  # 3-12-'24: a two-digit year marked as one
            if sep == "." and len(y) == 2 and len(g["d"]) == 1:
                # "1.5.25" is rarely a date; version numbers and amounts look like this
                value = None
            elif (
                len(y) == 2
                and text[m.end() : m.end() + 1] in ("-", "/", ".")
                and text[m.end() + 1 : m.end() + 2].isdigit()
            ):
                value = None  # "06-12-34-56": a longer number
            else:
                day, month = int(g["d"]), int(g["m"])
                if sep == "/" and day != month and day <= 12 and month <= 12:
                    if not slash_order:
                        slash_order.append(_month_first(text))
                    if slash_order[0]:
                        day, month = month, day
                elif sep == "/" and day <= 12 < month:
                    day, month = month, day  # "12/31/2024" can only be month-first
                value = _mk(int(y), month, day)
        elif g["td"]:
            value = _mk(int(g["ty"].lstrip("'’‘")), _MONTHS[g["tm"].lower()], int(g["td"]))
        else:
            mb = _MONTH_BEFORE.search(text[max(0, m.start() - 14) : m.start()])
            if mb is None:
                continue
            value = _mk(int(g["ey"]), _MONTHS[mb.group("em").lower()], int(g["ed"]))
            start = m.start() - (len(text[max(0, m.start() - 14) : m.start()]) - mb.start("em"))
            if value is not None:
                yield DateHit(value, start, m.end(), text[max(0, start - 60) : start])
            continue
        if value is None:
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        yield DateHit(value, m.start(), m.end(), before)
    while year is not None:
        word = _word_date(text, *year)
        if word is not None:
            yield word
        year = next(years, None)


# Dates in words: a Dutch day number (cardinal or ordinal) before a full Dutch month name, then a year.
_UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TEENS = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")
_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_ORDINAL_UNITS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende")


def _number_words() -> tuple[dict[str, int], dict[str, int]]:
    """Dutch number words 1-99 and day words 1-31 (cardinal and ordinal), spelled without ë, spaces or hyphens."""
    numbers: dict[str, int] = {}
    for i, word in enumerate(_UNITS, 1):
        numbers[word] = i
    for i, word in enumerate(_TEENS, 10):
        numbers[word] = i
    for t, tens in enumerate(_TENS, 2):
        numbers[tens] = 10 * t
        for u, unit in enumerate(_UNITS, 1):
            numbers[f"{unit}en{tens}"] = 10 * t + u  # "tweeëntwintig" without its diaeresis
    days = {word: n for word, n in numbers.items() if n <= 31}
    for word, n in list(days.items()):
        days[_ORDINAL_UNITS[n - 1] if n < 10 else word + ("de" if n < 20 else "ste")] = n
    return numbers, days


_NUMBER_WORDS, _DAY_WORDS = _number_words()
_FULL_MONTHS = MONTHS_NL
_MONTH_NUMBER = {name: n for n, name in enumerate(_FULL_MONTHS, 1)}
# A date in words is found from its year backwards: years are few, and a pattern that is one plain
# character class is found fast (the rest is checked in Python; a lookbehind or an alternation here,
# or a regex that starts at every word, made the date finder 5-10x slower).
_YEAR_START = re.compile(r"[12'’‘][0-9][0-9]")
_WORDS_YEAR = re.compile(r"tweeduizend(?:[\s\-]*(?:en[\s\-]+)?([^\W\d_]+))?", re.IGNORECASE)
# the month right before the year: "maart 2025", "maart, 2025", "maart-2025", "maart '25", "mei'24"
_MONTH_END = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,9})(?:,?\s+|\s?-\s?)$")
_MONTH_END_APOSTROPHE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,9}),?\s*$")
# the day in words right before the month: "vijftien", "de vijftiende", "twee-en-twintig", "twee en twintig"
_WORD_DAY = re.compile(r"(?<![^\W\d_])([^\W\d_]+(?:[\s\-]*[eë]n[\s\-]*[^\W\d_]+)?)[\s\-]+$")


def _norm_words(words: str) -> str:
    return "".join(words.lower().split()).replace("-", "").replace("ë", "e").replace("é", "e")


def _years(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, year) of each year a date in words may end with: "2025", "'25", "tweeduizend vijfentwintig"."""
    words = []
    if "uizend" in text or "UIZEND" in text:
        for m in _WORDS_YEAR.finditer(text):
            rest = _norm_words(m.group(1) or "")
            if rest in _NUMBER_WORDS:
                words.append((m.start(), m.end(), 2000 + _NUMBER_WORDS[rest]))
            else:
                words.append((m.start(), m.start() + len("tweeduizend"), 2000))
    w = 0
    n = len(text)
    for m in _YEAR_START.finditer(text):
        s = m.start()
        while w < len(words) and words[w][0] < s:
            yield words[w]
            w += 1
        if text[s] in "12":
            if text[s : s + 2] not in ("19", "20") or s + 3 >= n or not text[s + 3].isdigit():
                continue
            if (s and text[s - 1] in "0123456789") or text[s + 4 : s + 5] in _ASCII_DIGITS:
                continue
            yield s, s + 4, int(text[s : s + 4])
        elif text[s + 3 : s + 4] not in _ASCII_DIGITS:
            yield s, s + 3, int(text[s + 1 : s + 3])
    yield from words[w:]


_ASCII_DIGITS = frozenset("0123456789")


def _word_date(text: str, y_start: int, y_end: int, year: int) -> DateHit | None:
    """The date in words that ends with the year at ``y_start``, if the words before it make one."""
    k = y_start - 1
    while k >= 0 and k > y_start - 4 and text[k] in " ,-\t\n":
        k -= 1
    if k < 0 or not text[k].isalpha():
        return None  # no month name before the year: the common case, checked without a regex
    month_end = _MONTH_END_APOSTROPHE if text[y_start] in "'’‘" else _MONTH_END
    mm = month_end.search(text, max(0, y_start - 16), y_start)
    if mm is None:
        return None
    month = _MONTH_NUMBER.get(mm.group(1).lower())
    if month is None:
        return None
    m_start = mm.start(1)
    dm = _WORD_DAY.search(text, max(0, m_start - 40), m_start)
    if dm is None:
        return None
    words = dm.group(1)
    day = _DAY_WORDS.get(_norm_words(words))
    start = dm.start(1)
    if day is None:
        # "gesprek en vijftien": only the last word is the day
        last = re.split(r"[\s\-]+", words)[-1]
        day = _DAY_WORDS.get(_norm_words(last))
        start = dm.end(1) - len(last)
    if day is None:
        return None
    value = _mk(year, month, day)
    return DateHit(value, start, y_end, text[max(0, start - 60) : start]) if value is not None else None


# Slash dates: what else the document shows about their order.
_SLASH_DATE = re.compile(r"(?<![\d/.\-])([0-3]?\d)\s?/\s?([0-3]?\d)\s?/\s?(?:\d\d){1,2}(?![\d/])")
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|of|to|with|for|are|has|have|this|that|from|will|not|be|an|on|at|by|which|was)\b", re.IGNORECASE
)
_DUTCH_WORDS = re.compile(
    r"\b(?:de|het|een|en|van|met|voor|zijn|heeft|dat|die|niet|wordt|bij|aan|te|naar|ook|er|op|werd)\b", re.IGNORECASE
)
_ENGLISH_MIN = 12  # English function words before a text counts as English
_ENGLISH_RATIO = 3  # ... and they outnumber Dutch ones this many times
_LANGUAGE_SAMPLE = 20_000  # characters read to tell the language


def _month_first(text: str) -> bool:
    """Whether this text's ambiguous slash dates are month-first (module docstring)."""
    day_first = month_first = False
    for m in _SLASH_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        day_first |= 12 < a <= 31 and 1 <= b <= 12
        month_first |= 12 < b <= 31 and 1 <= a <= 12
    if day_first != month_first:
        return month_first
    if day_first:
        return False  # both orders in one text: the Dutch one
    sample = text[:_LANGUAGE_SAMPLE]
    english = len(_ENGLISH_WORDS.findall(sample))
    return english >= _ENGLISH_MIN and english >= _ENGLISH_RATIO * len(_DUTCH_WORDS.findall(sample))


def _label_of(before: str) -> str:
    """The text between the previous line break (or table cell) and the date, or the previous line if that is empty."""
    tail = before.rsplit("\n", 1)
    last = tail[-1]
    if not last.strip() and len(tail) > 1:
        # label in the cell/line before: "Datum\n12-03-2025"
        last = tail[0].rsplit("\n", 1)[-1] + " "
    elif len(tail) > 1 and last[:1].islower() and len(last) <= 30:
        # a label broken over two lines: "… First day of absence: 22 January 2024 Date of\nbirth: 5 November 1990",
        # or hyphenated: "geboorte-\ndatum: 19-07-1986"
        before_line = tail[0].rsplit("\n", 1)[-1][-40:].rstrip()
        if before_line.endswith("-") and before_line[-2:-1].isalpha():
            last = before_line[:-1] + last
        else:
            last = before_line + " " + last
    return last.replace("\t", " ").replace("|", " ")


_DEVICE_NAME = re.compile(
    r"(?:whatsapp (?:image|afbeelding)|img[_\-\s]|pxl_|dsc[_\-]?|photo[_\-\s]|foto[_\-\s]|scan|screenshot|"
    r"schermafbeelding|schermopname|image[_\-\s])",
    re.IGNORECASE,
)


def document_date(
    text: str,
    *,
    title_zone: str = "",
    filename: str = "",
    fallbacks: tuple[tuple[dt.date | None, str], ...] = (),
    not_before: dt.date | None = None,
    not_after: dt.date | None = None,
    own_names: re.Pattern[str] | None = None,
    other_names: re.Pattern[str] | None = None,
) -> DateFound | None:
    """The document's own date: a labelled date first, then a file-name prefix, then the first plausible date.

    ``fallbacks`` (e.g. an e-mail's Date header, an EXIF date) are used when the text has no date.
    Dates outside ``not_before``..``not_after`` are ignored when those bounds are given.
    """

    def plausible(d: dt.date) -> bool:
        return (not_before is None or d >= not_before) and (not_after is None or d <= not_after)

    hits = [h for h in find_dates(text) if plausible(h.value)]
    best: tuple[float, int, DateHit, str, bool] | None = None
    columns = _FormColumns(text)
    listed = _listed_dates(text, hits)
    page_breaks = [m.start() for m in re.finditer("\f", text)] if "\f" in text else []

    def label_of(h: DateHit) -> str:
        label = _label_of(h.before)
        if _alone_on_line(text, h) and not _says_something(label):
            # a form read by OCR in columns: "Naam:\nEerste ziektedag:\n…\nJan\n16-10-2023"
            label = columns.label_for(h) or label
        return label

    for h in hits:
        label = label_of(h)
        if _OTHER_LABELS.search(label) or _FIRST_SICK_LABELS.search(label):
            continue
        score = 0.0
        why = ""
        plain = label.lower()
        names_own = own_names is not None and own_names.search(plain) is not None
        if not names_own and other_names is not None and other_names.search(plain):
            continue  # "Datum probleemanalyse: …" in a plan van aanpak is the date of another document
        if not names_own and _REFERENCED.search(label):
            continue  # "Original plan dated: …" in an amendment
        own = _OWN_LABELS.search(label)
        if (
            own
            and own.group(0).strip(" :.-\t").lower() not in ("datum", "date")
            and not (_QUALIFIED.search(_BARE_DATE.sub("", own.group(0), count=1)) or names_own)
        ):
            own = None  # "Datum | Wat", "Date   Event": the header of a table column, not a label
        in_signature = h.start > len(text) - 700
        signed = closing = False
        if own:
            # the date the document was drawn up or signed beats the date of the visit it reports on
            activity = _ACTIVITY.search(label) is not None
            score = 11.0 if names_own else (9.0 if activity else 10.0)
            if not names_own and _STAMP.search(own.group(0)):
                score = 7.5  # "afgedrukt op 28-10-2025" in a portal's footer: when this copy was made
            else:
                # "Datum: …" or "Datum rapport: …" under the signature on the last page closes the
                # document: no less than the interview or consultation date in its body
                closing = not activity and in_signature and (not page_breaks or h.start > page_breaks[-1])
            why = f"bij '{_clean_label(label)}'"
        elif _PLACE_DATE.search(h.before[-40:]):
            # "Amstelveen, 12 maart 2024" under the signature is the signing date; at the top of a
            # letter it is the letter's date
            score = 9.5 if in_signature else 8.0
            signed = in_signature
            why = "plaats en datum"
        elif in_signature and _on_signer_line(text, h):
            # 'A. Ramaker, bedrijfsarts, Arbo Zuiderkwartier, 7 november 2023': the signer's line ends with the day
            # of signing, after the consultation the report is about
            score = 9.5
            signed = True
            why = "datum bij de ondertekening"
        elif _alone_on_line(text, h) and in_signature and h.start not in listed:
            score = 9.5  # a date on a line of its own under a signature: signed after the visit it reports on
            signed = True
            why = "datum bij de ondertekening"
        else:
            continue
        # dates at the top are the document's own; a later page counts a bit less, except under the
        # signature, which closes the document on its last page by nature (UWV asks the signing date)
        if not (signed or closing):
            score -= 0.5 * min(bisect.bisect_left(page_breaks, h.start), 4)
        # of two dates under signatures the later one closes the document ("Werkgever … 28-06-2024")
        if best is None or score > best[0] or (signed and best[4] and score == best[0]):
            best = (score, h.start, h, why, signed)
    if best is not None:
        page = text.count("\f", 0, best[2].start) + 1
        return DateFound(best[2].value, f"{best[3]} (pagina {page})" if page > 1 else best[3])

    # a name a phone, a scanner or a chat app gave ('WhatsApp Image 2025-07-09 at …', 'IMG_20240830_…',
    # 'scan_2025-01-06') holds the day the copy was made: a date at the top of the text comes first
    fn = filename_date(filename, compact=False) if not _DEVICE_NAME.match(filename.rsplit("/", 1)[-1]) else None
    if fn is not None and plausible(fn):
        return DateFound(fn, "datum in de bestandsnaam")

    for value, why in fallbacks:
        if value is not None and plausible(value):
            return DateFound(value, why)

    # Unlabelled: the first date near the top that is not announced as another kind of date.
    zone_hits = [h for h in find_dates(title_zone) if plausible(h.value)] if title_zone else []
    candidates = [(h, True) for h in zone_hits] + [(h, False) for h in hits[:8]]
    # a received or scan stamp ('ONTVANGEN 29 DEC 2023': capitals, a three-letter month) was put on the paper later
    unstamped = [(h, z) for h, z in candidates if not _STAMP_FORM.fullmatch((title_zone if z else text)[h.start : h.end])]
    for h, in_zone in unstamped or candidates:
        label = _label_of(h.before) if in_zone else label_of(h)  # a zone hit's place is in title_zone
        if _OTHER_LABELS.search(label) or _FIRST_SICK_LABELS.search(label) or _REFERENCED.search(label):
            continue
        plain = label.lower()
        if other_names is not None and other_names.search(plain) and not (own_names and own_names.search(plain)):
            continue  # 'Datum probleemanalyse: …' at the top of a plan van aanpak
        return DateFound(h.value, "eerste datum bovenaan het document")
    stamp = filename_date(filename)
    if stamp is not None and plausible(stamp):
        return DateFound(stamp, "datum in de bestandsnaam")
    return None


_QUALIFIED = re.compile(
    r"(?:rapport|verslag|gesprek|spreekuur|consult|onderzoek|opmaak|opgemaakt|ondertekening|evaluatie|advies|brief|plan\b|"
    r"afgifte|uitgifte|vaststelling|document|ondertekenen|akkoord|handtekening|intake|overleg|bespreking|d\.?\s?d|"
    r"opgesteld|getekend|vastgesteld|verzonden|verstuurd|ingediend|date|plaats|dagtekening|verzenddatum|report|signed|"
    r"vandaag|held|written|drawn|gegenereerd|afgedrukt|aangemaakt|generated|printed|exported|sent)",
    re.IGNORECASE,
)


# "Date" or "Datum" as the first word of a label says nothing about which date: the words after it do
# ("Date of meeting", "Datum rapport"); "Date" before another column's header is a table header.
_BARE_DATE = re.compile(r"^\s*(?:date|datum)\b(?!\s+of\b)", re.IGNORECASE)


def _listed_dates(text: str, hits: list[DateHit]) -> set[int]:
    """Starts of the dates that open the rows of a dated list (a log, a timeline, a table of events).

    Such a date stands alone on its line when a table cell wraps, which makes it look like the date
    under a signature. A list is three or more dates at the start of lines, each within four lines
    of the one before and later than it: a log runs forward in time. Two signers' dates under each
    other are no list, nor is a signing date under a table of the appointments it plans.
    """
    listed: set[int] = set()
    run: list[tuple[int, int, dt.date]] = []  # (line number, start, value)
    line_no, counted_to = 0, 0
    for h in [*hits, None]:
        item = None
        if h is not None:
            line_start = text.rfind("\n", 0, h.start) + 1
            if text[line_start : h.start].strip():
                continue  # not at the start of its line
            line_no += text.count("\n", counted_to, h.start)
            counted_to = h.start
            item = (line_no, h.start, h.value)
        if run and (item is None or item[0] - run[-1][0] > 4 or item[2] <= run[-1][2]):
            if len(run) >= 3:
                listed.update(start for _, start, _ in run)
            run = []
        if item is not None:
            run.append(item)
    return listed


def _says_something(label: str) -> bool:
    """Whether a label names the kind of date after it (own, other or first sick day)."""
    return bool(
        _OTHER_LABELS.search(label)
        or _FIRST_SICK_LABELS.search(label)
        or _OWN_LABELS.search(label)
        or _REFERENCED.search(label)
    )


# A form field's label on a line of its own, with no value: "2.3 Geboortedatum: _", "Eerste ziektedag:".
_FIELD_LABEL = re.compile(r"^\s*(?:\d{1,2}(?:[.,]\d{1,2})*\.?\s+)?[^\W\d_][^:\n]{0,60}?:[\s_.…]*$")
# A numbered section heading between the labels of a form: "4 Verzuim".
_FORM_SECTION = re.compile(r"^\s*\d{1,2}(?:[.,]\d{1,2})*\.?\s+[^\W\d_][^:\n]{0,60}$")
# "Werknemer: Jan" on one line: the form is not read in columns there.
_LABEL_AND_VALUE = re.compile(r"^[^\d:\n]{1,40}:\s+\S")


class _FormColumns:
    """OCR of a form often reads the label column and the value column one after the other: first
    every label, then every value ("Naam:\nEerste ziektedag:\nJan\n16-10-2023"), or the reverse.
    A value alone on its line then gets the label with the same place in the other column.
    """

    MIN_LABELS = 2  # one label next to one line is no column
    MAX_VALUE_LEN = 60  # field values are short; a sentence means body text

    def __init__(self, text: str) -> None:
        self.text = text
        self._pages: dict[int, tuple[list[int], list[str]]] = {}

    def _lines(self, pos: int) -> tuple[list[int], list[str]]:
        """The non-empty lines of the page around ``pos``: start offsets and texts."""
        start = self.text.rfind("\f", 0, pos) + 1
        if start not in self._pages:
            end = self.text.find("\f", pos)
            end = len(self.text) if end == -1 else end
            starts: list[int] = []
            lines: list[str] = []
            offset = start
            for line in self.text[start:end].split("\n"):
                if line.strip():
                    starts.append(offset)
                    lines.append(line.strip())
                offset += len(line) + 1
            self._pages[start] = (starts, lines)
        return self._pages[start]

    def _is_value(self, line: str) -> bool:
        return not _FIELD_LABEL.match(line) and len(line) <= self.MAX_VALUE_LEN and not _LABEL_AND_VALUE.match(line)

    def _labels(self, i: int, step: int, lines: list[str]) -> list[str]:
        """The run of field labels from line ``i`` on in direction ``step``, section headings skipped."""
        found: list[str] = []
        while 0 <= i < len(lines):
            if _FIELD_LABEL.match(lines[i]):
                found.append(lines[i])
            elif not (found and _FORM_SECTION.match(lines[i])):
                break
            i += step
        return found if step > 0 else found[::-1]

    def label_for(self, hit: DateHit) -> str | None:
        starts, lines = self._lines(hit.start)
        line_start = self.text.rfind("\n", 0, hit.start) + 1
        i = bisect.bisect_left(starts, line_start)
        if i == len(starts) or starts[i] != line_start:
            return None
        # labels first: count the values between the label column and this one (a label right above
        # the date is its own label, not a column: that is _label_of's case)
        k = i - 1
        while k >= 0 and self._is_value(lines[k]):
            k -= 1
        if 0 <= k < i - 1 and _FIELD_LABEL.match(lines[k]):
            labels = self._labels(k, -1, lines)
            place = i - k - 1
            if len(labels) >= self.MIN_LABELS and place < len(labels):
                return labels[place]
        # values first: count the values between this one and the label column after them
        k = i + 1
        while k < len(lines) and self._is_value(lines[k]):
            k += 1
        if k < len(lines) and _FIELD_LABEL.match(lines[k]):
            labels = self._labels(k, 1, lines)
            place = k - i  # 1 = the last value before the labels
            if len(labels) >= self.MIN_LABELS and place <= len(labels):
                return labels[len(labels) - place]
        return None


def _alone_on_line(text: str, hit: DateHit) -> bool:
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    end = len(text) if end == -1 else end
    return not text[start : hit.start].strip() and not text[hit.end : end].strip()


def _clean_label(label: str) -> str:
    return " ".join(label.split()).strip(" :.-")[:30]


def filename_date(name: str, *, compact: bool = True) -> dt.date | None:
    """A date in a file name: a ``yyyy-mm-dd`` (or ``yyyymmdd``) prefix, else a clear y-m-d or d-m-y
    part, else (``compact``) a ``yyyymmdd`` stamp later in the name."""
    base = name.rsplit("/", 1)[-1]
    m = _FILENAME_PREFIX.match(base)
    if m:
        return _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m2 = _FILENAME_ANY.search(base)
    if m2:
        if m2.group(1):
            return _mk(int(m2.group(1)), int(m2.group(2)), int(m2.group(3)))
        return _mk(int(m2.group(6)), int(m2.group(5)), int(m2.group(4)))
    if compact:
        m3 = _FILENAME_COMPACT.search(base)
        if m3:
            return _mk(int(m3.group(1)), int(m3.group(2)), int(m3.group(3)))
    return None


def first_sick_day(text: str) -> DateFound | None:
    """The first sick day where a document states it ("eerste ziektedag", "datum ziekmelding", "ziek sinds")."""
    for h in _iter_dates(text):  # the first labelled date wins: stop there
        label = _label_of(h.before)
        m = _FIRST_SICK_LABELS.search(label)
        if m:
            return DateFound(h.value, f"bij '{_clean_label(m.group(0))}'")
    return None


#: The start of a trajectory as a form states it ('Start: 11 juni 2025', 'Startdatum traject', 'Aanvang traject').
_START_LABELS = re.compile(
    r"(?:\bstart(?:datum)?|\baanvang|\bbegindatum)(?:\s+(?:van\s+(?:het\s+)?)?(?:traject|tweede\s+spoor|2e\s+spoor|"
    r"re-?integratietraject))?\s*[:.\-]?\s*$",
    re.IGNORECASE,
)


def start_date(text: str) -> DateFound | None:
    """The labelled start of the trajectory a plan describes ('Start: 11 juni 2025'); the first one wins."""
    for h in _iter_dates(text[:4000]):
        label = _label_of(h.before)
        m = _START_LABELS.search(label)
        if m:
            return DateFound(h.value, f"bij '{_clean_label(m.group(0))}'")
    return None


# --- a date without its year ('Op dinsdag 6 januari', 'gesprek met Lotte 19-3') ----------------------------------

_WEEKDAYS = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
#: A weekday with a day and a month and no year after it: the weekday fixes the year within a few years.
_WEEKDAY_DAY_MONTH = re.compile(
    rf"\b(?P<wd>{'|'.join(_WEEKDAYS)})\s*,?\s+(?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{_MONTH_ALT})\b\.?"
    r"(?!\s*,?\s*'?(?:19|20)?\d\d\b)",
    re.IGNORECASE,
)
#: A day and month without a year in a note's opening line or name ('gesprek met Lotte 19-3', 'overleg 7 september').
_DAY_MONTH = re.compile(
    rf"(?<![\d/.-])(?P<d>[0-3]?\d)[-/.](?P<mn>[01]?\d)(?![\d/.-])|"
    rf"(?<![\w])(?P<d2>[0-3]?\d)\s+(?P<m>{_MONTH_ALT})\b\.?(?!\s*,?\s*'?(?:19|20)?\d\d\b)",
    re.IGNORECASE,
)


def date_without_year(text: str, name: str, start: dt.date, end: dt.date) -> DateFound | None:
    """The date a note gives without its year, when only one year fits.

    ``start``-``end`` is the case's own span (the first sick day, the last dated paper). A weekday with the
    date ('Op dinsdag 6 januari') fits one year in about six; a bare day and month ('gesprek met Lotte 19-3', in
    the first lines or the file name) only when the span holds that day once. None when no year fits or more than one.
    """
    if end < start:
        return None
    head = "\n".join([ln for ln in text[:2000].split("\n") if ln.strip()][:12])
    m = _WEEKDAY_DAY_MONTH.search(head)
    if m is not None:
        day, month, weekday = int(m.group("d")), _MONTHS[m.group("m").lower()], _WEEKDAYS[m.group("wd").lower()]
        fits = [d for d in _in_years(day, month, start, end) if d.weekday() == weekday]
        if len(fits) == 1:
            return DateFound(fits[0], f"'{' '.join(m.group(0).split())}' zonder jaartal: de weekdag wijst het jaar aan")
        return None  # the weekday fits no year of the span, or several: the day alone would be a guess
    opening = "\n".join([ln for ln in head.split("\n")][:2])
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for where in (opening, stem):
        for m in _DAY_MONTH.finditer(where):
            if m.group("d") is not None:
                day, month = int(m.group("d")), int(m.group("mn"))
            else:
                day, month = int(m.group("d2")), _MONTHS[m.group("m").lower()]
            if not 1 <= month <= 12:
                continue
            fits = _in_years(day, month, start, end)
            if len(fits) == 1:
                return DateFound(fits[0], f"'{m.group(0).strip()}' zonder jaartal: alleen dat jaar valt in de ziekteperiode")
            if fits:
                return None  # the span holds this day more than once: no guess
    return None


def _in_years(day: int, month: int, start: dt.date, end: dt.date) -> list[dt.date]:
    out = []
    for year in range(start.year, end.year + 1):
        d = _mk(year, month, day)
        if d is not None and start <= d <= end:
            out.append(d)
    return out


# --- the meeting a mail puts on paper ('Zoals besproken op 30 juni 2025', 'wat we dinsdag 21 mei hebben besproken') --

_MET_BEFORE = re.compile(
    r"\b(?:besproken|gesproken|gesprek|gesprekje|overleg|spreekuur|consult|bezoek|spraken|praatten|discussed|spoke|"
    r"meeting)\b[^.\n!?]{0,50}$",
    re.IGNORECASE,
)
_MET_AFTER = re.compile(
    r"^[^.\n!?]{0,30}\b(?:besproken|gesproken|afgesproken|hebben\s+gesproken|discussed|agreed)\b", re.IGNORECASE
)
#: How long after a meeting its report is mailed, at the most, for the meeting's date to be the report's.
MEETING_MAIL_DAYS = 21


def meeting_date(body: str, sent: dt.date) -> DateFound | None:
    """The date of the meeting or consultation a mail puts on paper, when its first lines name it: 'Zoals besproken op
    30 juni 2025', 'wat we dinsdag 21 mei 2024 hebben besproken', 'Na het spreekuur … op 2 oktober 2024'. Only a date
    up to ``MEETING_MAIL_DAYS`` before the mail was sent, in its first 600 characters."""
    head = body[:600]
    for h in find_dates(head):
        if not sent - dt.timedelta(days=MEETING_MAIL_DAYS) <= h.value <= sent:
            continue
        if _MET_BEFORE.search(h.before) or _MET_AFTER.search(head[h.end : h.end + 60]):
            return DateFound(h.value, "datum van het gesprek dat de e-mail vastlegt")
    return None
