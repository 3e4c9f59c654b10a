"""The heading of an element in the index and the bookmarks (review 6).

Before: element 10 of the checklist holds the trajectplan, the voortgangsrapportages and the eindrapportage of
the second track, but its heading in the index and the bookmark read "10. Trajectplan tweede spoor", so an
assessor found the eindrapportage filed under the trajectplan. The heading is now what the element's types
share ("Tweede spoor"); an element of one type, or of a document and its bijstelling, keeps that label.
"""

from __future__ import annotations

from wia_dossier.build_select import _element_label
from wia_dossier.checklist import load_checklist


def test_second_track_heading_covers_all_its_reports() -> None:
    checklist = load_checklist("wia-aanvraag")
    element = next(t.element for t in checklist.types if t.id == "eindrapportage_tweede_spoor")
    nl = _element_label(checklist, element, "nl")
    en = _element_label(checklist, element, "en")
    assert nl.lower() == "tweede spoor", nl
    assert "trajectplan" not in nl.lower()
    assert "plan" not in en.lower() and "second" in en.lower(), en


def test_document_and_its_adjustment_keep_the_documents_label() -> None:
    checklist = load_checklist("wia-aanvraag")
    for type_id in ("probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "actueel_oordeel"):
        t = next(t for t in checklist.types if t.id == type_id)
        assert _element_label(checklist, t.element, "nl") == t.label("nl")
        assert _element_label(checklist, t.element, "en") == t.label("en")
