"""Burgerservicenummers: the elfproef, finding BSNs next to their label in text, and masking them."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["BSN_WEIGHTS", "bsn_valid", "find_bsns", "mask_bsn", "normalize_bsn"]

# Logisch Ontwerp BSN / DOMAIN §5.2: weights 9..2 and -1 for the last digit (not +1 as in the
# old bank-account test). A pass means "well-formed", not "exists".
BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)

# A label, then at most ~40 characters that are no digits (": ", " (BSN) nr. ", a line break in
# a table), then the number. The number may be written as 123456782, 1234.56.782, 123 456 782,
# 123.456.782 or 123-456-782; an old 8-digit number is padded with a leading zero.
_LABEL = r"(?:burger\s*service\s*nummer|burgerservicenr\.?|sofi[\s-]*nummer|sofi[\s-]*nr\.?|\bbsn(?:[\s-]*(?:nummer|nr\.?))?)"
_NUMBER = (
    r"(?<![\w.\-])"  # not glued to letters (IBAN NL91ABNA…), digits or a phone prefix (06-…)
    r"(\d{4}\.\d{2}\.\d{3}"
    r"|\d{3}[ .\-]\d{3}[ .\-]\d{3}"
    r"|\d{8,9})"
    # not followed by more digits, letters (loonheffingennummer 123456789L01), decimals or a suffix ('-01'); a dash
    # that ends the line is a table rule or OCR noise ('BSN : 124111245-')
    r"(?!\w|[.,\-]\d|-\w)"
)
_PATTERN = re.compile(_LABEL + r"[^\d\n]{0,40}?\n?[^\d\n]{0,40}?" + _NUMBER, re.IGNORECASE)
# Where a label can start: its first letter ("b" of bsn/burger, "s" of sofi, and the long s "ſ" that
# matches "s" when case is ignored) as a case-sensitive class, so the engine skips to those letters in
# C; then enough of the word to make a hit rare. Every match of _PATTERN starts at a hit of this one.
_LABEL_HINT = re.compile(r"[bBsS\u017f](?i:sn|urger|ofi)")


def normalize_bsn(raw: str) -> str | None:
    """Digits of a BSN, padded to 9; ``None`` when it has not 8 or 9 digits.

    Spaces, dots and dashes are ignored; any other character makes it no BSN.
    """
    if not isinstance(raw, str):
        return None
    s = re.sub(r"[\s.\-]", "", raw)
    if not s.isdigit() or len(s) not in (8, 9):
        return None
    return s.zfill(9)


def bsn_valid(raw: str) -> bool:
    """Whether ``raw`` passes the BSN elfproef (DOMAIN §5.2).

    Args:
        raw: the number as written: ``123456782``, ``1234.56.782``, ``123 456 782`` or 8 digits.

    Returns:
        True for a well-formed BSN; ``000000000`` and anything that is not 8-9 digits is False.
    """
    s = normalize_bsn(raw)
    if s is None or s == "000000000":
        return False
    return sum(int(d) * w for d, w in zip(s, BSN_WEIGHTS, strict=True)) % 11 == 0


def find_bsns(text: str) -> list[str]:
    """Every BSN-like number that stands next to a BSN label, normalized to 9 digits.

    Only numbers after a label ("BSN", "BSN-nummer", "burgerservicenummer", "sofinummer") count,
    so phone numbers, IBANs, loonheffingennummers, dates and amounts are not taken. Invalid
    numbers are returned too (the caller reports them); duplicates once, in order of appearance.

    Args:
        text: extracted document text.

    Returns:
        The numbers as 9-digit strings.
    """
    out: list[str] = []
    for m in _label_matches(text or ""):
        s = normalize_bsn(m.group(1))
        if s is not None and s not in out:
            out.append(s)
    return out


def _label_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PATTERN.finditer(text)``, but the pattern is tried only where a label can start.

    Every match starts at a hit of ``_LABEL_HINT``, so these are the same matches; finditer tries
    every position, which made this ~10x slower on long texts.
    """
    pos = 0
    while (hint := _LABEL_HINT.search(text, pos)) is not None:
        m = _PATTERN.match(text, hint.start())
        if m is None:
            pos = hint.start() + 1
        else:
            pos = m.end()
            yield m


def mask_bsn(raw: str) -> str:
    """Show only the last 4 digits: ``123456782`` -> ``*****6782`` (for messages and logs)."""
    s = normalize_bsn(raw) or re.sub(r"\D", "", raw or "")
    if len(s) <= 4:
        return "*" * len(s)
    return "*" * (len(s) - 4) + s[-4:]
