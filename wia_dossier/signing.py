"""Is a document that employer and employee make together signed by both? (finding ``unsigned``)

UWV wants every document of the re-integratieverslag signed, the plan van aanpak, its adjustments,
the eerstejaarsevaluatie and the eindevaluatie by employer and employee (DOMAIN §4.3 and §8 rule 5).
Which types and by whom is checklist data (``signed_by``). An unsigned Word version where the signed
one was meant is among the commonest gaps in a folder.

What counts as a signature, per document:

- a digital signature (``signatures``, read by the PDF extractor);
- drawn or pasted signatures on its last pages (``ink_signatures``: ``extractors/pdf_ink.py`` for
  PDFs, pictures and ink in the lower half of a Word file);
- a copy's note that the original was signed: "w.g." (was getekend) or "(getekend)", one per signer, or a
  signature field that holds the word ("getekend / getekend");
- the trace of an e-signing service ("digitaal ondertekend", "DocuSign Envelope ID", "signed by").

No judgement where the signing page is a scan or photo (the signature is in its pixels) or the file
is no PDF or Word file: silence, not a guess. The finding is a warning: the user looks and decides.
"""

from __future__ import annotations

import re

from wia_dossier.checklist import Checklist
from wia_dossier.messages import t as _t
from wia_dossier.model import Document, Finding, Kind, Severity, Status

SOURCE = "UWV: elk stuk van het re-integratieverslag ondertekend (Re-integratieverslag indienen)"
_ALL = 99  # a digital or e-signing service's signature stands for every signer
#: A scan of the same type dated this close to a document may be its signed copy (signing follows the draft by days
#: or weeks; a scan's date is often the day it was signed or scanned)
_SCANNED_COPY_DAYS = 31

_WAS_SIGNED = re.compile(r"(?<![\w.])(?:w\.\s?g\.|\(getekend\)|\(get\.\)|was getekend|\(signed\))", re.IGNORECASE)
# a signature field filled in with the word, one per signer: 'getekend / getekend', 'Signed'
_SIGNED_LINE = re.compile(
    r"^[ \t]*(?:getekend|signed)(?:[ \t]*[/|,;][ \t]*(?:getekend|signed))*[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_E_SIGNED = re.compile(
    r"digitaal\s+(?:onder)?tekend|elektronisch\s+(?:onder)?tekend|digitally\s+signed|electronically\s+signed|"
    r"docusign\s+envelope|\bsigned\s+(?:by|with|via)\b|(?:onder)?tekend\s+(?:door|via|met)\s+\S",
    re.IGNORECASE,
)


def signatures_found(doc: Document) -> int | None:
    """How many signatures the document shows (see the module text), or None when that cannot be told."""
    ex = doc.extracted
    if ex.kind not in (Kind.PDF, Kind.DOCX) or ex.facts.get("needs_ocr") or ex.facts.get("ocr_pages"):
        return None
    if ex.facts.get("signatures"):
        return _ALL  # digitally signed
    tail = "\n".join(ex.pages[-2:])
    low = tail.lower()  # every phrase below holds one of these words: a C-speed test first (two pages are ~10 KB)
    if ("tekend" in low or "signed" in low or "docusign" in low) and _E_SIGNED.search(tail):
        return _ALL
    copies = 0
    if "w." in low or "get" in low or "signed" in low:
        copies = len(_WAS_SIGNED.findall(tail))
        copies += sum(
            len(re.findall(r"getekend|signed", m.group(0), re.IGNORECASE)) for m in _SIGNED_LINE.finditer(tail)
        )
    if "ink_signatures" not in ex.facts or ex.facts.get("ink_unknown"):
        # the ink is in a scan's pixels: "w.g." for two signers tells, less than that proves nothing missing
        return copies if copies >= 2 else None
    return int(ex.facts["ink_signatures"]) + copies


def unsigned_findings(documents: list[Document], checklist: Checklist, lang: str) -> list[Finding]:
    """A warning per document whose type is ``signed_by`` more parties than it shows signatures."""
    signers = {t.id: t.signed_by for t in checklist.types if t.signed_by and t.bundle and not t.medical}
    docs = [d for d in documents if d.type in signers and d.status is Status.OK]
    counts = {d.path: signatures_found(d) for d in docs}

    def complete(d: Document) -> bool:
        found = counts[d.path]
        return found is None or found >= len(signers[d.type or ""])

    # the signed version of the same document elsewhere in the folder (a PDF beside its Word file) is enough
    signed = {(d.type, d.date.value) for d in docs if d.date and counts[d.path] is not None and complete(d)}
    # a scan or photo of the same paper, whose signatures are in its pixels, may well be the signed copy (a plan van
    # aanpak kept as Word beside its scanned signature sheet): no judgement then, as for the scan itself
    scanned = [(d.type, d.date.value) for d in docs if d.date and counts[d.path] is None]
    out: list[Finding] = []
    for doc in docs:
        found = counts[doc.path]
        if complete(doc) or (doc.date and (doc.type, doc.date.value) in signed):
            continue
        if doc.date and any(
            kind == doc.type and abs((day - doc.date.value).days) <= _SCANNED_COPY_DAYS for kind, day in scanned
        ):
            continue
        parties = signers[doc.type or ""]
        label = checklist.type(doc.type).label(lang) if doc.type else ""
        who_nl = " én ".join(parties) if len(parties) <= 2 else ", ".join(parties)
        who_en = " and ".join(_PARTIES_EN.get(p, p) for p in parties)
        word = doc.extracted.kind is Kind.DOCX
        if not found:
            nl = (
                f"{label} '{doc.path}' lijkt niet ondertekend: er is geen handtekening op gevonden"
                + (" (een Word-bestand is meestal de versie van vóór het tekenen)" if word else "")
                + ". "
            )
            en = (
                f"{label} '{doc.path}' seems unsigned: no signature was found on it"
                + (" (a Word file is usually the version from before signing)" if word else "")
                + ". "
            )
        else:
            nl = (
                f"{label} '{doc.path}' lijkt niet door iedereen ondertekend: {_count_nl(found)} gevonden, "
                f"{_count_nl(len(parties))} verwacht ({who_nl}). "
            )
            en = (
                f"{label} '{doc.path}' seems not signed by everyone: {found} signature(s) found, "
                f"{len(parties)} expected ({who_en}). "
            )
        out.append(
            Finding(
                "unsigned",
                Severity.WARNING,
                _t(
                    lang,
                    nl
                    + f"UWV wil elk stuk van het re-integratieverslag ondertekend, dit stuk door {who_nl}. Controleer het "
                    "en voeg de ondertekende versie toe; een scan of foto van het getekende stuk is goed.",
                    en
                    + f"UWV wants every part of the report signed, this one by {who_en}. Check it and add the signed "
                    "version; a scan or photo of the signed paper will do.",
                ),
                type=doc.type,
                path=doc.path,
                source=SOURCE,
            )
        )
    return out


_PARTIES_EN = {"werkgever": "employer", "werknemer": "employee", "bedrijfsarts": "occupational physician"}


def _count_nl(n: int) -> str:
    return {1: "één handtekening", 2: "twee handtekeningen", 3: "drie handtekeningen"}.get(n, f"{n} handtekeningen")
