"""Classification on the labelled corpus (tests/corpus): five fictional cases, five house styles, scans with OCR.

The figure a user cares about: how many files get the right type, and that no medical file slips through.
`python bench/accuracy.py -v` prints the same measurement with every miss.
"""

from __future__ import annotations

import shutil

import pytest

from corpus_eval import evaluate_corpus


@pytest.fixture(scope="module")
def result():
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is not installed: the corpus holds scans and photos. Install tesseract-ocr and "
                    "tesseract-ocr-nld (see README, 'Scans en foto's').")
    return evaluate_corpus()


def test_accuracy_at_least_95_percent(result) -> None:
    misses = "\n".join(f"{p}: expected {e}, got {g}" for p, e, g, _ in result.errors)
    assert result.total >= 100
    assert result.accuracy >= 0.95, f"accuracy {result.accuracy:.1%}\n{misses}"


def test_every_medical_file_is_caught(result) -> None:
    assert result.medical_total >= 4
    assert result.medical_caught == result.medical_total


def test_document_dates(result) -> None:
    assert result.dates_total >= 80
    assert result.dates_correct / result.dates_total >= 0.9, result.date_errors


def test_unrelated_files_stay_unclassified(result) -> None:
    wrongly_typed = [p for p, e, g, _ in result.errors if e is None]
    assert not wrongly_typed
