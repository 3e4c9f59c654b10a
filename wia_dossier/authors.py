"""Who drew up or signed a document: name and function from the signature block or letterhead (pure)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wia_dossier.model import Extracted

_FUNCS = (
    r"(?:register[- ]?)?arbeidsdeskundige|bedrijfsarts|arts\s+in\s+opleiding\s+tot\s+bedrijfsarts|verzekeringsarts|"
    r"casemanager|case\s*manager|re-?integratie(?:consulent|adviseur|coach|deskundige)|loopbaan(?:coach|adviseur)|"
    r"jobcoach|trajectbegeleider|hr[- ]?(?:adviseur|manager|business\s+partner)|p&o[- ]?adviseur|"
    r"personeelsadviseur|leidinggevende|directeur|teamleider|manager|werkgever|werknemer|praktijkondersteuner|"
    r"rapporteur|re-?integratie-?consulent|consulent|adviseur|occupational physician|labour expert|case manager"
)
# job titles that only count under a signed name: as a label ('Medewerker: R. Veldkamp') they name the employee
_SIGNED_FUNCS = r"medewerker|specialist|co[öo]rdinator|afdelingshoofd|officer|advisor|consultant"
_NAME = r"(?:(?:dr|drs|mr|ir|ing|mevr|dhr|mw)\.?[ \t]+)?(?-i:[A-Z])[A-Za-zÀ-ÿ.'\-]*(?:[ \t]+(?:van|de|der|den|ter|ten|te|el|la|von)\b)*(?:[ \t]+(?-i:[A-Z])[A-Za-zÀ-ÿ.'\-]+){0,3}"
_AUTHOR_PATTERNS = (
    # "Naam bedrijfsarts: dr. A. Smit" / "Bedrijfsarts: A. Smit"
    re.compile(
        rf"(?:naam[ \t]+)?(?P<func>{_FUNCS})[ \t]*(?:\(naam\))?[ \t]*[:\t][ \t]*(?P<name>{_NAME})", re.IGNORECASE
    ),
    # "A. Smit, bedrijfsarts" / "A. Smit - bedrijfsarts"
    re.compile(rf"(?P<name>{_NAME})[ \t]*[,\-–|][ \t]*(?P<func>{_FUNCS})\b", re.IGNORECASE),
    # "Naam: J. Smeets" with "Functie: arbeidsdeskundige" on the next line (forms)
    re.compile(
        rf"(?:naam|name)[ \t]*:[ \t]*(?P<name>{_NAME})[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:functie|function|job title)[ \t]*:[ \t]*"
        r"(?P<func>[^\n]{2,50})",
        re.IGNORECASE,
    ),
    # a signature block: the function (or 'Rapporteur') above the name
    re.compile(
        rf"^[ \t]*(?P<func>{_FUNCS})[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<name>{_NAME})[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    ),
    # a signature block: the name on one line, the function on the next ('W. Hoogeveen / medewerker
    # Werkgeversservice': under a name, any 'medewerker …' or 'specialist …' line is a job title)
    # Two signatures side by side ('Miriam Bakker - Yvonne Kerkhof' / 'casemanager   Planner'): the left column's
    # name and function, the other column after a dash or a wide gap.
    re.compile(
        # OCR may join the columns with one space: 'M. Koster J. de Vries' (a second name opens with an initial)
        rf"^[ \t]*(?P<name>{_NAME})(?:[ \t]+[-–|][ \t]+[^\n]*|[ \t]{{2,}}[^\n]*|[ \t]+(?-i:[A-Z])\.[^\n]*)?[ \t]*\n"
        r"(?:[ \t]*\n)?[ \t]*"
        # 'bedrijfsleider en casemanager': a second job title first
        rf"(?:[^\W\d_][\w-]*[ \t]+(?:en|&|/)[ \t]+)?(?P<func>{_FUNCS}|{_SIGNED_FUNCS})\b[^\n]{{0,60}}$",
        re.IGNORECASE | re.MULTILINE,
    ),
)


def _starting_with(pat: re.Pattern[str], first: str) -> re.Pattern[str]:
    """``pat`` behind a case-sensitive look-ahead for the characters its matches can start with.

    The same matches, but every other position is rejected in one step instead of by trying each
    of the ~30 function words there (case ignored, the engine cannot skip them quickly).
    """
    return re.compile(rf"(?=(?-i:[{first}]))(?:{pat.pattern})", pat.flags)


# What a match can start with: "naam" or a function word (a b c d h j l m n o p r t v w: with case ignored
# each matches only its upper and lower case), or a name (a capital, or the d, m, i of a title: with case
# ignored "i" also matches "İ" and "ı").
_FUNC_START = "AaBbCcDdHhJjLlMmNnOoPpRrTtVvWw"
_NAME_START = "A-Zdmi\u0130\u0131"
# _AUTHOR_PATTERNS as run, each with the characters one of which every match holds (no match where none
# is), and whether the search may stop at the end of the line holding the last of them. The first two get
# their first characters checked first (2-3x faster); the others are fast as they are.
_SEARCH_PATTERNS = (
    # the name after "Bedrijfsarts:" never crosses a line, so a match ends on the line of its ':'
    (_starting_with(_AUTHOR_PATTERNS[0], _FUNC_START), ":\t", True),
    (_starting_with(_AUTHOR_PATTERNS[1], _NAME_START), ",-–|", False),  # a function word may span lines
    (_AUTHOR_PATTERNS[2], ":", False),
    (_AUTHOR_PATTERNS[3], "\n", False),
    (_AUTHOR_PATTERNS[4], "\n", False),
)
_FUNC_ONLY = re.compile(rf"(?:{_FUNCS})", re.IGNORECASE)
_FUNC_FINDER = re.compile(
    r"arts|deskundig|manager|consulent|adviseur|coach|begeleider|leidinggevende|directeur|teamleider|werkgever|"
    r"werknemer|ondersteuner|rapporteur|physician|expert|naam|name|medewerker|specialist|rdinator|afdelingshoofd|"
    r"officer|advisor|consultant"
)
_NOT_NAMES = {
    "naam",
    "datum",
    "handtekening",
    "functie",
    "plaats",
    "de",
    "het",
    "namens",
    "werkgever",
    "werknemer",
    "bsn",
    "organisatie",
    "paraaf",
    "ondertekening",
    "telefoon",
    "e-mail",
    "email",
}
# "Werkgever: Streekvervoer Waterland BV" names the employer, not who drew up or signed the document
_ORGANISATION = re.compile(
    r"\b(?:b\.?\s?v\.?|n\.?\s?v\.?|v\.?o\.?f\.?|stichting|gemeente|holding|groep|group|ltd|gmbh|inc|"
    r"ziekenhuis|school|college|vereniging|co[oö]peratie)(?:\W|$)",
    re.IGNORECASE,
)


def _author_matches(zone: str) -> Iterator[re.Match[str]]:
    """Author patterns, run only on the lines around a function word (running them on whole zones cost
    more than all other classification together); lazily, as ``find_author`` mostly stops at the first."""
    lowered = zone.lower()
    segments: list[list[int]] = []
    for hit in _FUNC_FINDER.finditer(lowered):
        start = zone.rfind("\n", 0, max(0, hit.start() - 60)) + 1
        end = zone.find("\n", hit.end() + 60)
        end = len(zone) if end == -1 else end
        if segments and start <= segments[-1][1]:
            segments[-1][1] = max(segments[-1][1], end)
        else:
            segments.append([start, end])
    for start, end in segments:
        yield from _window_matches(zone[start:end])


def _window_matches(window: str) -> Iterator[re.Match[str]]:
    """The matches of each of ``_AUTHOR_PATTERNS`` in turn, as ``finditer`` finds them, but faster."""
    for pat, needs, to_line_end in _SEARCH_PATTERNS:
        last = max(window.rfind(c) for c in needs)
        if last == -1:
            continue
        stop = window.find("\n", last) if to_line_end else -1
        # where the search stops, the end of the text and a line break look alike to the pattern
        yield from pat.finditer(window, 0, len(window) if stop == -1 else stop)


#: Specks at the left edge of a scanned line that OCR reads as quotes, bars or dashes ('“Miriam Bakker', '| Eerste
#: ziektedag'): no part of a name or a function.
_OCR_SPECKS = re.compile(r"^[ \t]*[“”„‚‘’\"'|_•·*]+[ \t]*", re.MULTILINE)


_COLUMN_GAP = re.compile(r"[ ]{3,}|\t")


_EMPLOYEE_HEADING = re.compile(
    r"^[ \t]*(?:handtekening[ \t]+|signature[ \t]+)?(?:de[ \t]+|the[ \t]+)?(?:werknemer|employee)[ \t:]*$", re.IGNORECASE
)


def _under_employee_heading(m: re.Match[str]) -> bool:
    """Whether the matched name stands right under a 'Werknemer' heading of a signature block."""
    lines = [ln for ln in m.string[: m.start("name")].split("\n")[:-1] if ln.strip()]
    return bool(lines) and _EMPLOYEE_HEADING.match(lines[-1]) is not None


def find_author(ex: Extracted) -> str | None:
    """Name and function of whoever drew up or signed the document ('A. Smit (bedrijfsarts)').

    UWV requires every RIV element to carry them (Beleidsregels vorm- en herkenbaarheid art. 2 lid 3).
    Looks in the signature block first, then the letterhead.
    """
    last = ex.pages[-1] if ex.pages else ""
    fallback: str | None = None
    for zone in (last[-900:], ex.title_zone, ex.pages[0][:1500] if ex.pages else ""):
        for m in _author_matches(_OCR_SPECKS.sub("", zone)):
            # a wide gap or a tab ends the name: beyond it is the next column ('Miriam Bakker      Yvonne Kerkhof')
            name = " ".join(_COLUMN_GAP.split(m.group("name"))[0].split()).strip(" .,-")
            func = " ".join(m.group("func").split()).lower()
            first = name.split()[0].lower().strip(".") if name else ""
            if len(name) < 3 or first in _NOT_NAMES or name.lower() == func:
                continue
            if not (name[0].isupper() or first in ("dr", "drs", "mr", "ir", "ing", "mevr", "dhr", "mw")):
                continue
            if _FUNC_ONLY.fullmatch(name):
                continue  # "HR-adviseur, casemanager": two functions, no name
            if len(name.split()) < 2 and "." not in name:
                continue  # a person is named with an initial or two words; "Handelsweg" is a street
            if len(name) > 45 or "\n" in m.group("name") or _ORGANISATION.search(name):
                continue
            if _under_employee_heading(m):
                # 'Werknemer / Ilse van Duivenbode / Medewerker bediening': the employee signs as a party, whatever
                # the job title; the document's author is the other signer
                fallback = fallback or f"{name} (werknemer)"
                continue
            if func in ("werkgever", "werknemer"):
                # a party's signature: use it only when no professional author is named
                fallback = fallback or f"{name} ({func})"
                continue
            return f"{name} ({func})"
    return fallback
