"""A conversion that fails in build says which kind of failure, never the library's own words (review 5).

Before: Pillow's 'cannot identify image file <_io.BytesIO object at 0x7f…>' went into the build notes and the
draft cover, so two builds of the same case differed, and a library message may quote the document itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wia_dossier.convert import ConversionError
from wia_dossier.convert import image as image_convert
from wia_dossier.convert import pdf as pdf_convert


def test_a_broken_image_is_named_by_the_kind_of_failure(tmp_path: Path) -> None:
    with pytest.raises(ConversionError) as first:
        image_convert.convert("scan.jpg", b"\xff\xd8\xff not really a jpeg", tmp_path / "a.pdf")
    with pytest.raises(ConversionError) as second:
        image_convert.convert("scan.jpg", b"\xff\xd8\xff not really a jpeg", tmp_path / "b.pdf")
    assert str(first.value) == str(second.value)  # the same input, the same words
    assert "0x" not in str(first.value) and "BytesIO" not in str(first.value)
    assert str(first.value).startswith("de afbeelding is onleesbaar (")


def test_a_broken_pdf_is_named_by_the_kind_of_failure(tmp_path: Path) -> None:
    secret = b"Diagnose: hernia"
    with pytest.raises(ConversionError) as info:
        pdf_convert.convert("x.pdf", b"%PDF-1.7\n1 0 obj <<" + secret + b"\n%%EOF", tmp_path / "x.pdf", None)
    assert "hernia" not in str(info.value)
    assert str(info.value).startswith("de PDF is beschadigd (")
