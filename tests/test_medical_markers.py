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


def _terms(text: str) -> int:
    hits = medical_pages(MODEL, [text], [1])
    return hits[0].terms if hits else 0


def test_drugs_operations_and_diseases_are_known_by_how_they_are_named() -> None:
    """An employee's own mail with a diagnosis, a specialist, drugs and a planned operation, none of them on a word list:
    drug names by their INN stems (…mab, …prazol, …olol), operations by …ectomie/…resectie, inflammations by …itis,
    an organ specialist (KNO-arts), an eponymous disease. The employer may not hold this (DOMAIN 5.1)."""
    mail = (
        "Hoi Joyce,\n\nDinsdag kan ik niet, dan moet ik naar de KNO-arts. Het blijkt een chronische sinusitis te zijn en "
        "ook de ziekte van Menière. Ik slik nu betahistine en pantoprazol, en volgende maand volgt waarschijnlijk een "
        "septoplastiek of zelfs een tonsillectomie.\n\nGroet, Ahmed"
    )
    assert _terms(mail) >= 2
    # a month in a date, a plan and a name are no drug or disease
    plain = "Hoi Joyce,\n\nIn april bespreken we het plan opnieuw. De ziekte van Ahmed duurt nu vier maanden.\n\nGroet"
    assert _terms(plain) == 0


def test_cancer_treatment_in_a_planning_mail_is_medical_data() -> None:
    """A planner's mail says why the employee cannot work on Monday: chemotherapy courses, a compound cancer name and
    a taxane. Compound words and drug stems are read by how they are formed; 'chemo' as a ward name is a job word."""
    from wia_dossier.checklist import load_checklist
    from wia_dossier.classify import compile_checklist
    from wia_dossier.privacy import medical_pages

    model = compile_checklist(load_checklist())
    mail = "Maandag kan niet: dan heeft hij zijn chemokuur in het ziekenhuis (darmkanker, docetaxel en oxaliplatine)."
    [hit] = medical_pages(model, [mail], [1])
    assert hit.terms >= 3
    assert medical_pages(model, ["Zij werkt als verpleegkundige op de chemo-afdeling."], [1]) == []


def test_radiotherapy_and_hormone_treatment_on_an_appointment_card_are_medical_data() -> None:
    """A photo of a hospital's appointment card: radiotherapy sessions, hormone therapy and an anti-androgen
    (…lutamide) are treatment, as chemotherapy is. A radiotherapy department as someone's workplace is a job word."""
    card = (
        "Radiotherapie\nAfsprakenkaart\n01-10-2025 08:40 Bestraling 1/20\n08-10-2025 10:15 Consult radiotherapeut\n"
        "Neem uw medicatielijst mee (hormoontherapie: bicalutamide)."
    )
    assert _terms(card) >= 3
    assert _terms("Zij werkt als laborant op de afdeling radiotherapie van het ziekenhuis.") == 0
