"""A file the scan skips (no read permission, a link, a loop) must say what the user does next (review 6).

Before: "'overig/CV.docx' is overgeslagen: geen leesrechten op bestand." and nothing more, as a warning that
may hide a missing RIV document; a link to a folder elsewhere left the documents there silently unchecked.
"""

from __future__ import annotations

import pytest

from wia_dossier.findings import file_findings

SKIPPED = [
    ("overig/CV.docx", "geen leesrechten op bestand"),
    ("privé", "geen leesrechten op map"),
    ("oud", "koppeling naar een map wordt niet gevolgd"),
    ("lus1", "symbolische koppeling in een lus"),
    ("weg.pdf", "kapotte symbolische koppeling"),
    ("elders.pdf", "verwijst naar buiten de dossiermap"),
    ("pijp", "geen gewoon bestand"),
    ("raar.pdf", "bestand niet leesbaar (OSError)"),
]

# what the user does next, per reason (Dutch, English)
NEXT = {
    "overig/CV.docx": ("vraag de beheerder", "ask the administrator"),
    "privé": ("vraag de beheerder", "ask the administrator"),
    "oud": ("kopie", "copy"),
    "lus1": ("kopie", "copy"),
    "weg.pdf": ("kopie", "copy"),
    "elders.pdf": ("kopie", "copy"),
    "pijp": ("kopie", "copy"),
    "raar.pdf": ("opnieuw", "again"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_skipped_file_says_what_to_do(lang: str) -> None:
    findings = {f.path: f for f in file_findings([], SKIPPED, lang)}
    assert set(findings) == set(NEXT)
    for path, (nl, en) in NEXT.items():
        message = findings[path].message
        assert (nl if lang == "nl" else en) in message, message
        assert message.rstrip().endswith("."), message
    if lang == "en":
        for f in findings.values():
            assert "overgeslagen" not in f.message and "koppeling" not in f.message, f.message


def test_no_read_permission_stays_a_warning() -> None:
    findings = {f.path: f for f in file_findings([], SKIPPED, "nl")}
    assert str(findings["overig/CV.docx"].severity) == "warning"
    assert str(findings["oud"].severity) == "info"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_skipped_file_is_listed_among_the_files_left_out_of_the_bundle(lang: str) -> None:
    """The draft's 'Niet opgenomen bestanden' left out files the scan never read, though a missing RIV document may
    be among them; they now stand there with the reason and what to do."""
    import datetime as dt
    from pathlib import Path

    from wia_dossier.build import BuildOptions
    from wia_dossier.build_select import select_documents
    from wia_dossier.checklist import load_checklist
    from wia_dossier.model import ScanResult

    result = ScanResult(
        case_dir=Path("."),
        checklist_id="wia-aanvraag",
        as_of=dt.date(2025, 6, 1),
        first_sick_day=None,
        documents=[],
        findings=file_findings([], SKIPPED[:1], lang),
    )
    left = select_documents(result, load_checklist("wia-aanvraag"), BuildOptions(lang=lang)).left_out
    assert [lo.path for lo in left] == ["overig/CV.docx"]
    assert ("leesrechten" if lang == "nl" else "read permission") in left[0].reason, left[0].reason
    assert "overig/CV.docx" not in left[0].reason  # the path has its own column
