"""English documents (international employers write their plans in English) get the same medical check."""

from __future__ import annotations

from wia_dossier.checklist import load_checklist
from wia_dossier.classify import compile_checklist
from wia_dossier.findings import medical_warning
from wia_dossier.privacy import medical_pages

MODEL = compile_checklist(load_checklist())


def _warns(text: str) -> bool:
    from types import SimpleNamespace

    doc = SimpleNamespace(path="plan.pdf", type="plan_van_aanpak")
    return medical_warning(doc, medical_pages(MODEL, [text], [1]), "en") is not None  # type: ignore[arg-type]


def test_the_employees_health_in_english_warns() -> None:
    assert _warns(
        "Progress review\nShe was diagnosed with depression in March and her psychiatrist prescribed "
        "antidepressants. She is on a waiting list for treatment."
    )
    assert _warns(
        "Action plan\nAfter his heart attack he spent two weeks in hospital; the cardiologist expects "
        "him to recover by summer."
    )


def test_a_care_job_described_in_english_does_not_warn() -> None:
    assert not _warns(
        "Action plan\nJob title: ward nurse\nShe works as a nurse in the surgery department of the "
        "hospital: administering medication to patients and preparing them for surgery."
    )
    assert not _warns(
        "Employer: Riverside Hospital\nPosition: physiotherapist\nTasks: treating patients after "
        "surgery, writing reports for the general practitioner."
    )
