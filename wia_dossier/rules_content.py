"""Rules on what documents say: the topics a document must cover, and BSNs that are invalid or do not match."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, Any

from wia_dossier.bsn import bsn_valid, find_bsns, mask_bsn, normalize_bsn
from wia_dossier.messages import msg
from wia_dossier.model import Severity
from wia_dossier.rules_context import RuleContext, doc_date, doc_text, filled_phrase, has_phrase, latest_doc

if TYPE_CHECKING:
    from wia_dossier.model import Document

__all__ = ["check_bsns", "check_content"]


def check_content(ctx: RuleContext, d0: dt.date | None) -> None:
    """A ``content`` finding per document whose text misses topics of ``content_checks``/``visie_checks``."""
    checks: list[tuple[str, list[Any]]] = [("content_checks", list(ctx.checklist.param("content_checks", [])))]
    visie_from_raw = ctx.checklist.param("visie_required_from")
    visie_from = dt.date.fromisoformat(str(visie_from_raw)) if visie_from_raw else None
    checks.append(("visie_checks", list(ctx.checklist.param("visie_checks", []))))
    for param, rules in checks:
        absent: dict[str, list[str]] = {}
        docs: dict[str, Document] = {}
        for rule in rules:
            if not isinstance(rule, list) or len(rule) < 3:
                from wia_dossier.errors import ConfigError

                raise ConfigError(
                    ctx.checklist.path,
                    f"parameter '{param}': elke regel is [documentsoort, onderwerp, zinnen...].",
                    key=param,
                )
            type_id, topic, *phrases = (str(x) for x in rule)
            doc = latest_doc(ctx.of_type(type_id))
            if doc is None or not doc_text(doc).strip():
                continue
            if param == "visie_checks" and visie_from is not None:
                when = doc_date(doc) or d0
                if when is not None and when < visie_from:
                    continue
            if filled_phrase(doc_text(doc), phrases) is None:
                absent.setdefault(doc.path, []).append(topic)
                docs[doc.path] = doc
        source = ctx.src(param)
        for path, topics in absent.items():
            doc = docs[path]
            assert doc.type is not None
            ctx.add(
                "content",
                ctx.p("content_severity"),
                msg(
                    "content",
                    ctx.lang,
                    label=ctx.label(doc.type),
                    path=path,
                    topics=", ".join(topics),
                    source=source,
                ),
                type=doc.type,
                path=path,
                source=source,
            )


def check_bsns(ctx: RuleContext) -> None:
    """Findings for invalid BSNs (dossier.yaml, documents) and for documents naming another BSN than the case."""
    lang = ctx.lang
    src_invalid = ctx.src("bsn_invalid_severity")
    src_mismatch = ctx.src("bsn_mismatch_severity")
    sev_invalid = ctx.checklist.param("bsn_invalid_severity", "error")
    sev_mismatch = ctx.checklist.param("bsn_mismatch_severity", "error")
    case_bsn: str | None = None
    if ctx.case.werknemer.bsn:
        if bsn_valid(ctx.case.werknemer.bsn):
            case_bsn = normalize_bsn(ctx.case.werknemer.bsn)
        else:
            ctx.add(
                "bsn_invalid",
                sev_invalid,
                msg("bsn_invalid_case", lang, bsn=mask_bsn(ctx.case.werknemer.bsn), source=src_invalid),
                source=src_invalid,
            )
    valid: dict[str, list[str]] = {}
    invalid: list[tuple[Document, str]] = []
    for doc in sorted(ctx.docs, key=lambda d: d.path):
        found = [normalize_bsn(b) or b for b in doc.bsns] if doc.bsns else find_bsns(doc_text(doc))
        for b in found:
            if bsn_valid(b):
                valid.setdefault(b, []).append(doc.path)
            else:
                invalid.append((doc, b))
    likely = case_bsn or (max(valid, key=lambda b: (len(valid[b]), b)) if valid else None)
    for doc, b in invalid:
        if likely is not None and doc.extracted.ocr_confidence is not None and _misread(b, likely):
            # read from a scan by OCR and one or two digits off the employee's BSN: most likely a misread digit, which
            # the elfproef always catches; the paper itself may be right
            ctx.add(
                "unverified",
                Severity.INFO,
                msg("bsn_ocr", lang, path=doc.path, bsn=mask_bsn(b), ref_bsn=mask_bsn(likely), source=src_invalid),
                type=doc.type,
                path=doc.path,
                source=src_invalid,
            )
            continue
        ctx.add(
            "bsn_invalid",
            sev_invalid,
            msg("bsn_invalid", lang, path=doc.path, bsn=mask_bsn(b), source=src_invalid),
            type=doc.type,
            path=doc.path,
            source=src_invalid,
        )
    if case_bsn is not None:
        ref, ref_where = case_bsn, ("dossier.yaml shows" if lang == "en" else "dossier.yaml noemt")
    elif valid:
        counts = Counter({b: len(paths) for b, paths in valid.items()})
        ref = min(counts, key=lambda b: (-counts[b], valid[b][0]))
        n = len(valid[ref])
        if n > 1:
            ref_where = f"{n} other documents show" if lang == "en" else f"{n} andere documenten noemen"
        else:
            ref_where = f"'{valid[ref][0]}' shows" if lang == "en" else f"'{valid[ref][0]}' noemt"
    else:
        return
    for b, paths in sorted(valid.items(), key=lambda kv: kv[1][0]):
        if b == ref:
            continue
        for path in paths:
            doc_type = next((d.type for d in ctx.docs if d.path == path), None)
            ctx.add(
                "bsn_mismatch",
                sev_mismatch,
                msg(
                    "bsn_mismatch",
                    lang,
                    path=path,
                    bsn=mask_bsn(b),
                    ref_where=ref_where,
                    ref_bsn=mask_bsn(ref),
                    source=src_mismatch,
                ),
                type=doc_type,
                path=path,
                source=src_mismatch,
            )


def _misread(read: str, bsn: str) -> bool:
    """Whether a number read by OCR differs from ``bsn`` in one or two digits only (a 3 read for an 9, '00' for '99')."""
    digits = normalize_bsn(read) or "".join(ch for ch in read if ch.isdigit())
    return len(digits) == len(bsn) and sum(a != b for a, b in zip(digits, bsn, strict=True)) <= 2
