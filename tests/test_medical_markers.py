"""A medical marker counts where it labels a page, not where a letter says the medical part goes separately.

Every actueel oordeel and many UWV letters say "de medische informatie wordt apart verstrekt"; as a
marker that sentence kept the actueel oordeel out of the bundle. A heading, a stamp or "bevat medische
gegevens" still marks the page (DOMAIN 5.3).
"""

from __future__ import annotations

import pytest

from wia_dossier.checklist import load_checklist
from wia_dossier.classify import compile_checklist
from wia_dossier.privacy import medical_pages

MODEL = compile_checklist(load_checklist())


def _marked(text: str) -> bool:
    hits = medical_pages(MODEL, [text], [1])
    return bool(hits) and hits[0].marker


@pytest.mark.parametrize(
    "text",
    [
        "Actueel oordeel\nDe medische informatie wordt door mij rechtstreeks aan de verzekeringsarts gestuurd.",
        "Medische informatie wordt apart verstrekt in een gesloten envelop.",
        "Uw werknemer stuurt de medische informatie zelf naar UWV.",
        "Medical information is sent separately by the occupational physician.",
        "Dit advies bevat geen medische gegevens.",
        "15  Medische informatie - wordt apart verstuurd door de bedrijfsarts",
        # a sentence that opens with the marker and runs on about such data (a probleemanalyse's privacy line)
        "Medische gegevens vallen onder het medisch beroepsgeheim en worden niet met de werkgever\ngedeeld.",
    ],
)
def test_a_mention_of_the_medical_part_is_no_marker(text: str) -> None:
    assert not _marked(text)


@pytest.mark.parametrize(
    "text",
    [
        "MEDISCH GEHEIM\nRapportage aan de verzekeringsarts",
        "Vertrouwelijk - medisch geheim",
        "3. Medische informatie\nAnamnese en bevindingen",
        "Dit rapport bevat medische gegevens en is alleen voor de verzekeringsarts.",
        "Betreft: medische informatie J. Jansen",
        "Uittreksel medisch dossier bedrijfsarts",
        "Medische gegevens: klachten van de onderrug sinds november, behandeld door de fysiotherapeut en de huisarts",
        "MEDISCHE GEGEVENS\nDiagnose en behandeling",
    ],
)
def test_a_heading_stamp_or_statement_marks_the_page(text: str) -> None:
    assert _marked(text)
