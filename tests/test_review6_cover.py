"""The cover's status column before the end (review 6).

Before: a draft made in week 12 listed the actueel oordeel, the eindevaluatie and the oordeel werknemer as
"n.v.t." (not applicable), though each is required and only not due yet. An HR officer reading the draft
took "n.v.t." for "not needed in this case". They now read "volgt" / "to come"; a document that is truly
optional and absent keeps "n.v.t.".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from wia_dossier.cli import cli

PA_TEXT = (
    "Probleemanalyse\n\nDatum: 11-02-2025\nEerste ziektedag: 13-01-2025\n\n"
    "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: benutbare mogelijkheden.\n"
)


def _cover_text(pdf: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    front = [i for i, label in enumerate(reader.page_labels) if not label.isdigit()]
    return "\n".join(reader.pages[i].extract_text() for i in front)


def _row(text: str, label: str) -> str:
    m = re.search(re.escape(label) + r"[^\n]*", text)
    assert m, f"no row for {label!r} in\n{text}"
    return m.group(0)


@pytest.mark.parametrize(("lang", "due", "na"), [("nl", "volgt", "n.v.t."), ("en", "to come", "n/a")])
def test_documents_not_due_yet_are_to_come_not_not_applicable(
    tmp_path: Path, lang: str, due: str, na: str
) -> None:
    pytest.importorskip("weasyprint")
    case = tmp_path / "dossier"
    case.mkdir()
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-01-13\n", encoding="utf-8")
    (case / "probleemanalyse.txt").write_text(PA_TEXT, encoding="utf-8")
    out = tmp_path / "concept.pdf"
    r = CliRunner().invoke(
        cli,
        ["build", str(case), "-o", str(out), "--draft", "--as-of", "2025-04-01", "--no-ocr", "--lang", lang],
        catch_exceptions=False,
    )
    assert out.is_file(), r.output
    text = _cover_text(out)
    for label in (("Eindevaluatie",) if lang == "nl" else ("Final evaluation",)):
        row = _row(text, label)
        assert due in row and na not in row, row
    letters = _row(text, "Overige brieven van UWV" if lang == "nl" else "Other UWV letters")
    assert na in letters, letters  # optional and absent: still not applicable
