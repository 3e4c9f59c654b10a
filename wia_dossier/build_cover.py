"""What the bundle says about itself: cover and index data (``bundle.html.j2``) and the OUT.json page map."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wia_dossier import __version__
from wia_dossier.assemble import BundleItem, ElementGroup
from wia_dossier.build_select import OTHER_ELEMENT, Selection
from wia_dossier.checklist import Checklist
from wia_dossier.convert import CONVERTER_LABELS, DOCX_FALLBACK
from wia_dossier.convert.docx import FALLBACK_NOTICE
from wia_dossier.messages import t as _t
from wia_dossier.model import Finding, ScanResult, Severity
from wia_dossier.render import LINK_PREFIX, mask_bsn

if TYPE_CHECKING:
    from wia_dossier.build import BuildOptions

__all__ = [
    "SIDECAR_SCHEMA",
    "WACHTTIJD_WEEKS",
    "bundle_title",
    "case_bsn",
    "cover_context",
    "end_of_wachttijd",
    "sidecar_data",
]

SIDECAR_SCHEMA = "wia-dossier.bundle/1"
WACHTTIJD_WEEKS = 104


def bundle_title(result: ScanResult, lang: str) -> str:
    """The bundle's title (PDF metadata, cover): "Re-integratieverslag" and the employee's name."""
    name = result.case.werknemer.naam or result.employee.naam
    base = _t(lang, "Re-integratieverslag", "Return-to-work report (re-integratieverslag)")
    return f"{base} {name}" if name else base


def case_bsn(result: ScanResult) -> str | None:
    """The employee's BSN: from dossier.yaml, else the one the documents name most often."""
    if result.case.werknemer.bsn:
        return result.case.werknemer.bsn
    from wia_dossier.bsn import bsn_valid

    counts = Counter(b for d in result.documents for b in d.bsns if bsn_valid(b))
    return counts.most_common(1)[0][0] if counts else None


def end_of_wachttijd(first_sick_day: dt.date | None) -> dt.date | None:
    """Last day of the 104-week wachttijd: first sick day + 104 weeks − 1 day."""
    if first_sick_day is None:
        return None
    return first_sick_day + dt.timedelta(weeks=WACHTTIJD_WEEKS) - dt.timedelta(days=1)


def _party(p: Any) -> dict[str, str]:
    return {
        k: (getattr(p, k) or "")
        for k in ("naam", "functie", "organisatie", "loonheffingennummer", "aard_van_het_bedrijf")
    }


def cover_context(
    result: ScanResult,
    checklist: Checklist,
    groups: list[ElementGroup],
    selection: Selection,
    notes: list[Finding],
    options: BuildOptions,
    total: int,
    *,
    converted_soffice: str | None = None,
) -> dict[str, Any]:
    """Plain data for ``bundle.html.j2`` (cover + index); no extractor objects reach the templates."""
    lang = options.lang
    labels = CONVERTER_LABELS[lang]
    items = [it for g in groups for it in g.items]
    first = result.first_sick_day.value if result.first_sick_day else result.case.eerste_ziektedag

    def doc_row(it: BundleItem) -> dict[str, Any]:
        return {
            "element": it.element,
            "title": it.title,
            "date": it.date,
            "author": it.author or "",
            "first": it.first,
            "last": it.last,
            "type_label": it.type_label,
            "converter": labels.get(it.converter, it.converter),
            "simplified": it.converter == DOCX_FALLBACK,
            "link": f"{LINK_PREFIX}{it.first}",
            "attachment": it.parent is not None,
        }

    missing = {f.type for f in result.findings if f.code == "missing" and f.type}
    # required but not due yet on the as-of date: "volgt", not "n.v.t." (which reads as "not needed here")
    to_come = {f.type for f in result.findings if f.code == "deadline_ahead" and f.type}
    elements = []
    for t in checklist.types:
        if t.medical or not t.bundle:
            continue
        docs = [doc_row(it) for it in items if it.type_id == t.id]
        if docs:
            status = "present"
        elif t.id in missing:
            status = "missing"
        else:
            status = "na"
        elements.append(
            {
                "element": t.element,
                "label": t.label(lang),
                "status": status,
                # a flag beside status "na", so a bureau's own copy of an older cover template keeps working
                "due": status == "na" and t.id in to_come,
                "documents": docs,
                "author_role": t.author,
            }
        )
    others = [doc_row(it) for it in items if it.type_id is None or not checklist.has_type(it.type_id)]
    werknemer_view_missing = any(
        t.id == "oordeel_werknemer" and not any(it.type_id == t.id for it in items) for t in checklist.types
    )
    # The cover of a final bundle goes to UWV: it shows the open points of the re-integration (missing,
    # late, outdated, BSN), not the tool's housekeeping, and never which files hold medical data.
    internal = {
        "medical_data",
        "unclassified",
        "duplicate",
        "skipped",
        "unsupported",
        "future",
        "misnamed",
        "repaired",
        "protected",
        "damaged_email",
        "form",
        "unsigned",
        "waived",
    }
    findings = [
        {"severity": str(f.severity), "message": f.message}
        for f in sorted([*result.findings, *notes], key=Finding.sort_key)
        if (options.draft and f.code != "medical_data") or (f.code not in internal and f.severity is not Severity.INFO)
    ]
    return {
        "title": bundle_title(result, lang),
        "checklist": checklist.label(lang),
        "draft": options.draft,
        "as_of": result.as_of,
        "werknemer": {
            **_party(result.case.werknemer if result.case.werknemer.naam else result.employee),
            "bsn": mask_bsn(case_bsn(result), full=options.full_bsn),
        },
        "werkgever": _party(result.case.werkgever),
        "bedrijfsarts": _party(result.case.bedrijfsarts),
        "casemanager": _party(result.case.casemanager),
        "reintegratiebureau": _party(result.case.reintegratiebureau),
        "arbeidsdeskundige": _party(result.case.arbeidsdeskundige),
        "eerste_ziektedag": first,
        # as the rules count it (merged spells, a vrijwillige verlenging); D0 + 104 weeks for a hand-made result
        "einde_wachttijd": result.wachttijd_end or end_of_wachttijd(first),
        "aanvraag_wia": result.case.aanvraag_wia,
        "elements": elements,
        "others": others,
        "groups": [
            {"element": g.element, "label": g.label, "documents": [doc_row(it) for it in g.items]} for g in groups
        ],
        "total_pages": total,
        "medical_left_out": selection.medical,
        "medical_expected": any(t.medical for t in checklist.types),
        "werknemer_view_missing": werknemer_view_missing,
        "findings": findings,
        # which files stayed out is for the employer's eyes only (a draft), never for UWV
        "left_out": [{"path": lo.path, "reason": lo.reason} for lo in selection.left_out] if options.draft else [],
        "libreoffice": bool(converted_soffice),
        "simplified_notice": FALLBACK_NOTICE[lang],
        "any_simplified": any(it.converter == DOCX_FALLBACK for it in items),
        "version": __version__,
    }


def sidecar_data(
    out: Path,
    result: ScanResult,
    checklist: Checklist,
    items: list[BundleItem],
    selection: Selection,
    pages: int,
    front_pages: int,
    options: BuildOptions,
) -> dict[str, Any]:
    """OUT.json: the page map (CONTRACT: each document's type, title, date, author and page range)."""
    return {
        "schema": SIDECAR_SCHEMA,
        "pdf": out.name,
        "checklist": checklist.id,
        "as_of": result.as_of.isoformat(),
        "draft": options.draft,
        "pages": pages,
        "front_pages": front_pages,
        "body_pages": pages - front_pages,
        "documents": [
            {
                "element": it.element if it.element != OTHER_ELEMENT else None,
                "type": it.type_id,
                "title": it.title,
                "date": it.date.isoformat() if it.date else None,
                "author": it.author,
                "path": it.rel,
                "first_page": it.first,
                "last_page": it.last,
                "pdf_page_index": front_pages + it.first - 1,
                "converter": it.converter,
            }
            for it in items
        ],
        # medical documents are only counted, never named (DOMAIN §5.3)
        "medical_left_out": selection.medical,
        # which files stayed out is for the employer's eyes only (a draft), never for UWV
        "left_out": [{"path": lo.path, "reason": lo.reason} for lo in selection.left_out] if options.draft else [],
    }
