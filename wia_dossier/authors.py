"""Who drew up or signed a document: name and function from the signature block or letterhead (pure)."""

from __future__ import annotations

import re

from wia_dossier.model import Extracted

_FUNCS = (
    r"(?:register[- ]?)?arbeidsdeskundige|bedrijfsarts|arts\s+in\s+opleiding\s+tot\s+bedrijfsarts|verzekeringsarts|"
    r"casemanager|case\s*manager|re-?integratie(?:consulent|adviseur|coach|deskundige)|loopbaan(?:coach|adviseur)|"
    r"jobcoach|trajectbegeleider|hr[- ]?(?:adviseur|manager|business\s+partner)|p&o[- ]?adviseur|"
    r"personeelsadviseur|leidinggevende|directeur|teamleider|manager|werkgever|werknemer|praktijkondersteuner|"
    r"rapporteur|re-?integratie-?consulent|consulent|adviseur|occupational physician|labour expert|case manager"
)
_NAME = r"(?:(?:dr|drs|mr|ir|ing|mevr|dhr|mw)\.?[ \t]+)?(?-i:[A-Z])[A-Za-zÀ-ÿ.'\-]*(?:[ \t]+(?:van|de|der|den|ter|ten|te|el|la|von)\b)*(?:[ \t]+(?-i:[A-Z])[A-Za-zÀ-ÿ.'\-]+){0,3}"
_AUTHOR_PATTERNS = (
    # "Naam bedrijfsarts: dr. A. Smit" / "Bedrijfsarts: A. Smit"
    re.compile(rf"(?:naam[ \t]+)?(?P<func>{_FUNCS})[ \t]*(?:\(naam\))?[ \t]*[:\t][ \t]*(?P<name>{_NAME})", re.IGNORECASE),
    # "A. Smit, bedrijfsarts" / "A. Smit - bedrijfsarts"
    re.compile(rf"(?P<name>{_NAME})[ \t]*[,\-–|][ \t]*(?P<func>{_FUNCS})\b", re.IGNORECASE),
    # "Naam: J. Smeets" with "Functie: arbeidsdeskundige" on the next line (forms)
    re.compile(rf"(?:naam|name)[ \t]*:[ \t]*(?P<name>{_NAME})[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:functie|function|job title)[ \t]*:[ \t]*"
               r"(?P<func>[^\n]{2,50})", re.IGNORECASE),
    # a signature block: the function (or 'Rapporteur') above the name
    re.compile(rf"^[ \t]*(?P<func>{_FUNCS})[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<name>{_NAME})[ \t]*$",
               re.IGNORECASE | re.MULTILINE),
    # a signature block: the name on one line, the function on the next
    re.compile(rf"^[ \t]*(?P<name>{_NAME})[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<func>{_FUNCS})\b[^\n]{{0,60}}$",
               re.IGNORECASE | re.MULTILINE),
)
_FUNC_ONLY = re.compile(rf"(?:{_FUNCS})", re.IGNORECASE)
_FUNC_FINDER = re.compile(
    r"arts|deskundig|manager|consulent|adviseur|coach|begeleider|leidinggevende|directeur|teamleider|werkgever|"
    r"werknemer|ondersteuner|rapporteur|physician|expert|naam|name"
)
_NOT_NAMES = {"naam", "datum", "handtekening", "functie", "plaats", "de", "het", "namens", "werkgever", "werknemer",
              "bsn", "organisatie", "paraaf", "ondertekening", "telefoon", "e-mail", "email"}


def _author_matches(zone: str) -> list[tuple[re.Pattern[str], re.Match[str]]]:
    """Author patterns, run only on the lines around a function word (running them on whole zones cost
    more than all other classification together)."""
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
    out: list[tuple[re.Pattern[str], re.Match[str]]] = []
    for start, end in segments:
        window = zone[start:end]
        for pat in _AUTHOR_PATTERNS:
            out.extend((pat, m) for m in pat.finditer(window))
    return out


def find_author(ex: Extracted) -> str | None:
    """Name and function of whoever drew up or signed the document ('A. Smit (bedrijfsarts)').

    UWV requires every RIV element to carry them (Beleidsregels vorm- en herkenbaarheid art. 2 lid 3).
    Looks in the signature block first, then the letterhead.
    """
    last = ex.pages[-1] if ex.pages else ""
    fallback: str | None = None
    for zone in (last[-900:], ex.title_zone, ex.pages[0][:1500] if ex.pages else ""):
        for pat, m in _author_matches(zone):
            if True:
                name = " ".join(m.group("name").split()).strip(" .,-")
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
                if len(name) > 45 or "\n" in m.group("name"):
                    continue
                if func in ("werkgever", "werknemer"):
                    # a party's signature: use it only when no professional author is named
                    fallback = fallback or f"{name} ({func})"
                    continue
                return f"{name} ({func})"
    return fallback
