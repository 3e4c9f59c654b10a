"""BSN elfproef, finding BSNs in text and masking (DOMAIN §5.2)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wia_dossier.bsn import bsn_valid, find_bsns, mask_bsn, normalize_bsn


@pytest.mark.parametrize("raw", ["111222333", "123456782", "249566758", "1234.56.782", "123 456 782", "123-456-782"])
def test_valid_examples(raw: str) -> None:
    assert bsn_valid(raw)


@pytest.mark.parametrize(
    "raw", ["123456789", "000000000", "00000000", "12345678a", "1234567", "1234567890", "", "12.345.678.2x"]
)
def test_invalid_examples(raw: str) -> None:
    assert not bsn_valid(raw)


def test_eight_digits_are_padded() -> None:
    # 12345672 -> 012345672: 0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2-2 = 110 = 10*11
    assert normalize_bsn("12345672") == "012345672"
    assert bsn_valid("12345672")
    assert bsn_valid("012345672")


@given(st.from_regex(r"\A[0-9]{9}\Z"))
def test_changing_one_digit_breaks_the_check(s: str) -> None:
    if not bsn_valid(s):
        return
    # the elfproef detects every single-digit error
    for i in range(9):
        d = (int(s[i]) + 1) % 10
        t = s[:i] + str(d) + s[i + 1 :]
        assert not bsn_valid(t) or t == "000000000"


def test_find_bsns_with_labels_and_formats() -> None:
    text = (
        "Naam: J. de Vries\nBSN: 123456782\n"
        "Burgerservicenummer werknemer:\n1112.22.333\n"
        "Sofinummer 249 566 758\n"
        "bsn-nummer: 123456789\n"
    )
    assert find_bsns(text) == ["123456782", "111222333", "249566758", "123456789"]


def test_find_bsns_ignores_phone_iban_loonheffing_and_unlabelled() -> None:
    text = (
        "Telefoon: 06-12345678, tel. 020 123 4567, mobiel 0612345678\n"
        "IBAN: NL91ABNA0417164300\n"
        "Loonheffingennummer 123456789L01\n"
        "Referentie 123456782\n"  # no label: no BSN
        "Datum 12-03-2025, bedrag 123.456,78\n"
    )
    assert find_bsns(text) == []


def test_find_bsns_label_next_to_phone_number_takes_no_phone() -> None:
    assert find_bsns("BSN: onbekend, tel. 06-12345678") == []
    assert find_bsns("BSN 123456782 tel 0612345678") == ["123456782"]


def test_find_bsns_duplicates_once() -> None:
    assert find_bsns("BSN 123456782 ... BSN: 1234.56.782") == ["123456782"]


def test_mask() -> None:
    assert mask_bsn("123456782") == "*****6782"
    assert mask_bsn("1234.56.782") == "*****6782"
    assert mask_bsn("12345674") == "*****5674"


def test_a_dash_after_the_number_is_ocr_noise_unless_a_suffix_follows() -> None:
    """A copier scan read 'BSN : 124111245-' (a table rule at the line's end); '123456782-01' is a longer number."""
    assert find_bsns("Naam werknemer Yvonne Kerkhof\nBSN : 124111245-\nGeboortedatum 21-10-1977") == ["124111245"]
    assert find_bsns("BSN 123456782 -") == ["123456782"]
    assert find_bsns("BSN 123456782-01") == []
    assert find_bsns("BSN 123456782-A") == []
