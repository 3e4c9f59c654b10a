"""Medical information in the dossier: which pages carry it, without ever quoting it (AP Beleidsregels De zieke werknemer)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wia_dossier.classify import Model, normalize


@dataclass(frozen=True, slots=True)
class MedicalHit:
    """Where medical content was seen: the 1-based page and how many distinct terms (never the terms)."""

    page: int
    terms: int
    marker: bool


# "(zonder medische gegevens)", "geen medische informatie": a document saying it holds none
_NEGATED = re.compile(r"\b(?:zonder|geen|niet|excl\.?|exclusief|without|no)\s+(?:\w+\s+)?$")


def medical_pages(model: Model, pages: list[str], page_numbers: list[int]) -> list[MedicalHit]:
    """Pages with medical markers ("medisch geheim") or medical terms (diagnoses, medication, specialists)."""
    out = []
    for idx, raw in enumerate(pages):
        text = normalize(raw)
        present = model.present_medical_needles(text)
        marker = any(
            not _NEGATED.search(text[max(0, m.start() - 16) : m.start()])
            for p in model.medical_markers
            for m in p.finditer(text, present)
        )
        terms = sum(1 for p in model.medical_terms if p.search(text, present))
        if marker or terms:
            number = page_numbers[idx] if idx < len(page_numbers) else idx + 1
            out.append(MedicalHit(number, terms, marker))
    return out
