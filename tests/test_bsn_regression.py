"""The fast BSN finder gives what the plain ``_PATTERN.finditer`` version gave (recorded outputs, tricky texts)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wia_dossier import bsn
from wia_dossier.bsn import find_bsns

# Outputs recorded with the version that ran _PATTERN.finditer over the whole text.
RECORDED: list[tuple[str, list[str]]] = [
    ("", []),
    ("BSN: 123456782 en bsn-nummer 1234.56.782 (dubbel)", ["123456782"]),
    ("ſofinummer 249 566 758, SOFI-nr. 111222333, sofi nr.: 12345672", ["249566758", "111222333", "012345672"]),
    ("Burgerservicenummer werknemer:\n1112.22.333", ["111222333"]),
    ("burger service nummer 123-456-782; burgerservicenr. 249566758", ["123456782", "249566758"]),
    ("XBSN 123456782 is geen label, BSN BSN: 249566758", ["249566758"]),
    ("BSN: onbekend, tel. 06-12345678; BSN 123456782L01; BSN 1234567820", []),
    ("BSN:" + " " * 45 + "123456782", ["123456782"]),
    ("bsnbsn 123456782 bsn\n\n123456782", ["123456782"]),
    ("Subsidie, sober, bsn: NL91ABNA0417164300, BSN 12345678,5", []),
]


@pytest.mark.parametrize(("text", "expected"), RECORDED)
def test_find_bsns_as_recorded(text: str, expected: list[str]) -> None:
    assert find_bsns(text) == expected


def test_label_hint_covers_every_case_form_of_the_first_letters() -> None:
    """With case ignored "s" also matches "ſ": the hint's case-sensitive first letters must hold all of them."""
    hint_first = re.compile(r"[bBsS\u017f]")
    for cp in range(0x110000):
        c = chr(cp)
        if re.fullmatch("[bs]", c, re.IGNORECASE):
            assert hint_first.fullmatch(c), hex(cp)
    assert bsn._LABEL_HINT.pattern.startswith(hint_first.pattern)


def test_long_text_with_labels_late() -> None:
    filler = "In het gesprek bespraken werkgever en werknemer de re-integratie. " * 400
    text = filler + "\nBSN: 123456782\nsofinummer 249566758"
    assert find_bsns(text) == ["123456782", "249566758"]


_FRAGMENTS = [
    "BSN",
    "bsn",
    "Bsn-nummer",
    "bsn nr.",
    "ſofinummer",
    "SOFI-nr.",
    "sofi nummer",
    "burger service nummer",
    "Burgerservicenummer",
    "burgerservicenr.",
    ": ",
    " ",
    "\n",
    "-",
    ".",
    ",",
    "123456782",
    "1234.56.782",
    "123 456 782",
    "12345672",
    "0612345678",
    "L01",
    "NL91ABNA0417164300",
    "x",
    "İ",
    "ı",
    "K",
]
_TEXTS = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=3)), max_size=30).map("".join)


@settings(max_examples=300)
@given(_TEXTS)
def test_label_scan_finds_what_finditer_finds(text: str) -> None:
    """Only where a label can start is the pattern tried: the same matches as trying every position."""
    expected = [(m.span(), m.group(1)) for m in bsn._PATTERN.finditer(text)]
    assert [(m.span(), m.group(1)) for m in bsn._label_matches(text)] == expected
