"""Findings about single files: unreadable, duplicate, medical, form (pure; the rules module does the timeline)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from wia_dossier.checklist import Checklist
from wia_dossier.classify import Model, normalize
from wia_dossier.messages import t as _t
from wia_dossier.model import Document, Finding, Kind, Severity, Status
from wia_dossier.privacy import MedicalHit, medical_pages
from wia_dossier.reasons import in_english, reason

# the readers' reasons for a file that vanished during the run and for a zip archive (extractors)
_VANISHED = "verplaatst of verwijderd"
_ZIP = "zip-archief"
_TOO_LARGE = "te groot"  # extractors.extract: "te groot (234 MB)"
_ROUTINE_SKIP = re.compile(r"verborgen|systeembestand|vergrendelingsbestand|dossiergegevens", re.IGNORECASE)


def file_findings(
    documents: list[Document], skipped: list[tuple[str, str]], lang: str, *, passwords: dict[str, str] | None = None
) -> list[Finding]:
    out: list[Finding] = []
    for doc in documents:
        st = doc.status
        err = reason(doc.extracted.error or "", lang)
        if st is Status.ENCRYPTED and passwords and doc.path in passwords:
            out.append(
                Finding(
                    "encrypted",
                    Severity.ERROR,
                    _t(
                        lang,
                        f"Het wachtwoord voor '{doc.path}' klopt niet. Controleer het bij de afzender en geef het "
                        "opnieuw op met --password.",
                        f"The password for '{doc.path}' is wrong. Check it with the sender and pass it again with "
                        "--password.",
                    ),
                    path=doc.path,
                )
            )
        elif st is Status.ENCRYPTED:
            # --password opens PDFs only; a protected Word or LibreOffice file has to be saved again without one
            pdf = doc.extracted.kind is Kind.PDF
            app = "LibreOffice" if doc.extracted.facts.get("format") == "odt" else "Word"
            out.append(
                Finding(
                    "encrypted",
                    Severity.ERROR,
                    _t(
                        lang,
                        f"'{doc.path}' is met een wachtwoord beveiligd en kan niet worden gelezen. Vraag de afzender om "
                        "een versie zonder wachtwoord, of "
                        + (
                            "geef het wachtwoord op met --password."
                            if pdf
                            else f"open het met het wachtwoord in {app} en sla het op zonder wachtwoord (of als PDF)."
                        ),
                        f"'{doc.path}' is password-protected and cannot be read. Ask the sender for a copy without a "
                        "password, or "
                        + (
                            "pass it with --password."
                            if pdf
                            else f"open it in {app} with the password and save it without one (or as PDF)."
                        ),
                    ),
                    path=doc.path,
                )
            )
        elif st is Status.UNREADABLE:
            vanished = _VANISHED in (doc.extracted.error or "")
            message = (
                _t(
                    lang,
                    f"'{doc.path}' is tijdens de controle verplaatst of verwijderd. Draai de controle opnieuw als "
                    "niemand meer in de map werkt.",
                    f"'{doc.path}' was moved or deleted during the check. Run the check again when nobody is "
                    "working in the folder.",
                )
                if vanished
                else _t(
                    lang,
                    f"'{doc.path}' is beschadigd of onvolledig en kan niet worden gelezen ({err}). Vraag om een nieuwe "
                    "kopie of sluit het bestand uit in dossier.yaml.",
                    f"'{doc.path}' is damaged or incomplete and cannot be read ({err}). Ask for a new copy or exclude "
                    "it in dossier.yaml.",
                )
            )
            out.append(Finding("unreadable", Severity.ERROR, message, path=doc.path))
        elif st is Status.EMPTY:
            out.append(
                Finding(
                    "unreadable",
                    Severity.WARNING,
                    _t(
                        lang,
                        f"'{doc.path}' is leeg (0 bytes). Vervang het door het echte document of verwijder het.",
                        f"'{doc.path}' is empty (0 bytes). Replace it with the real document or remove it.",
                    ),
                    path=doc.path,
                )
            )
        elif st is Status.UNSUPPORTED:
            out.append(Finding("unsupported", Severity.INFO, _unsupported_advice(doc, err, lang), path=doc.path))
        elif st is Status.OK and doc.type is None:
            if doc.extracted.kind is Kind.EMAIL:
                continue  # a covering e-mail is no RIV document; its attachments are judged on their own
            needs_ocr = doc.extracted.facts.get("needs_ocr") == "true"
            why = "; ".join(doc.reasons[:1])
            poor = _poorly_read(doc)
            extra = (
                _t(
                    lang,
                    " Het is een scan zonder tekstlaag: installeer Tesseract met Nederlandse taaldata (README, "
                    "'Scans en foto's') en draai zonder --no-ocr, of leg het type vast in dossier.yaml (overrides).",
                    " It is a scan without a text layer: install Tesseract with Dutch language data (README, "
                    "'Scans en foto's') and run without --no-ocr, or set its type in dossier.yaml (overrides).",
                )
                if needs_ocr
                else _t(
                    lang,
                    " Hoort het bij het re-integratieverslag, leg het type dan vast in dossier.yaml (overrides).",
                    " If it belongs in the report, set its type in dossier.yaml (overrides).",
                )
            )
            if poor is not None:
                extra = (
                    _t(
                        lang,
                        f" De tekst is met OCR nauwelijks te lezen (zekerheid {poor:.0%}): bekijk het bestand zelf. Het kan "
                        "een RIV-document zijn, of medische gegevens bevatten die het programma niet kon lezen; vraag zo "
                        "nodig een betere scan of foto.",
                        f" OCR could hardly read the text (confidence {poor:.0%}): look at the file yourself. It may be an "
                        "RIV document, or hold medical data the tool could not read; ask for a better scan or photo if "
                        "needed.",
                    )
                    + extra
                )
            out.append(
                Finding(
                    "unclassified",
                    Severity.WARNING if needs_ocr or poor is not None else Severity.INFO,
                    _t(
                        lang,
                        f"'{doc.path}' is niet herkend als RIV-document ({why}).",
                        f"'{doc.path}' was not recognised as an RIV document ({why}).",
                    )
                    + extra,
                    path=doc.path,
                )
            )
    for rel, why in skipped:
        if rel.lower() in ("dossier.yaml", "dossier.yml") or _ROUTINE_SKIP.search(why):
            continue  # the case file itself, hidden and system files: nothing the user needs to hear about
        # a file the tool may not read can be a missing RIV document: the user must look
        severity = Severity.WARNING if "leesrechten" in why else Severity.INFO
        out.append(
            Finding(
                "skipped",
                severity,
                _t(lang, f"'{rel}' is overgeslagen: {why}.", f"'{rel}' was skipped: {in_english(why)}.")
                + _skip_advice(why, lang),
                path=rel,
            )
        )
    return out


def _poorly_read(doc: Document) -> float | None:
    """The OCR confidence of a scan or photo that OCR could hardly read (below ``LOW_CONFIDENCE``), else None."""
    from wia_dossier.ocr_recognise import LOW_CONFIDENCE

    ex = doc.extracted
    if ex.facts.get("ocr") != "true" or ex.ocr_confidence is None or ex.ocr_confidence >= LOW_CONFIDENCE:
        return None
    return ex.ocr_confidence


def _unsupported_advice(doc: Document, err: str, lang: str) -> str:
    """What a file the tool does not read is, and what the user does about it: a zip, a file too large, a format."""
    error = doc.extracted.error or ""
    if _ZIP in error:
        return _t(
            lang,
            f"'{doc.path}' is een zip-archief; de tool kijkt er niet in. Horen de stukken erin bij het dossier, pak het "
            "dan uit in de dossiermap.",
            f"'{doc.path}' is a zip archive; the tool does not look inside. If the papers in it belong in the dossier, "
            "unpack it into the case folder.",
        )
    if error.startswith(_TOO_LARGE):
        size = error[len(_TOO_LARGE) :].strip(" ()")
        return _t(
            lang,
            f"'{doc.path}' is te groot om te lezen ({size}); het is niet gecontroleerd. Is het een scan, sla hem dan "
            "opnieuw op met een lagere resolutie of in delen; hoort het niet bij het dossier, haal het uit de map of "
            "sluit het uit in dossier.yaml (exclude).",
            f"'{doc.path}' is too large to read ({size}); it was not checked. If it is a scan, save it again at a lower "
            "resolution or in parts; if it does not belong in the dossier, move it out of the folder or exclude it in "
            "dossier.yaml (exclude).",
        )
    return _t(
        lang,
        f"'{doc.path}' heeft een vorm die het programma niet leest ({err}). Zet het om naar PDF als het bij het dossier "
        "hoort.",
        f"'{doc.path}' has a format the tool does not read ({err}). Convert it to PDF if it belongs in the dossier.",
    )


def _skip_advice(why: str, lang: str) -> str:
    """What the user does about a file the scan skipped: every message says what to do next."""
    if "leesrechten" in why:
        return _t(
            lang,
            " Geef uw account leesrechten (vraag de beheerder als dat niet lukt) en controleer het dossier opnieuw.",
            " Give your account read permission (ask the administrator if you cannot) and check the case again.",
        )
    if "koppeling" in why or "buiten de dossiermap" in why or "geen gewoon bestand" in why:
        # a link or a special file is never read: documents it points to stay unchecked
        return _t(
            lang,
            " Hoort het bij het dossier, zet dan een kopie van het document zelf in de dossiermap.",
            " If it belongs in the case, put a copy of the document itself in the case folder.",
        )
    if "niet leesbaar" in why:
        return _t(
            lang,
            " Controleer of u het bestand kunt openen en controleer het dossier opnieuw.",
            " Check that you can open the file and check the case again.",
        )
    return ""


def duplicate_findings(documents: list[Document], checklist: Checklist, lang: str) -> list[Finding]:
    out: list[Finding] = []
    by_hash: dict[str, Document] = {}
    for doc in documents:
        h = doc.source.sha256
        if not h or doc.status in (Status.EXCLUDED, Status.EMPTY) or doc.source.size == 0:
            continue
        if h in by_hash:
            first = by_hash[h]
            out.append(
                Finding(
                    "duplicate",
                    Severity.WARNING,
                    _t(
                        lang,
                        f"'{doc.path}' is precies hetzelfde bestand als '{first.path}'. Neem het maar één keer op; "
                        "het programma gebruikt alleen het eerste.",
                        f"'{doc.path}' is the same file as '{first.path}'. Keep one; the tool only uses the first.",
                    ),
                    type=doc.type,
                    path=doc.path,
                )
            )
        else:
            by_hash[h] = doc
    # the same document in two formats (PvA as DOCX and as PDF): near-identical text, same type
    seen = {d.path for d in by_hash.values()}
    typed = [d for d in documents if d.type and d.path in seen and len(d.extracted.text) > 200]
    sigs = {d.path: normalize(" ".join(d.extracted.text.split()))[:4000] for d in typed}
    for i, a in enumerate(typed):
        for b in typed[i + 1 :]:
            if a.type != b.type or a.source.sha256 == b.source.sha256:
                continue
            if a.date and b.date and a.date.value != b.date.value:
                continue
            # two undated reports from one template can read alike; demand near-identity then
            cutoff = 90 if (a.date and b.date) else 98
            score = fuzz.ratio(sigs[a.path], sigs[b.path], score_cutoff=cutoff)
            if score:
                # keep the PDF (usually the signed version), flag the editable copy
                keep, drop = (b, a) if a.extracted.kind is not Kind.PDF and b.extracted.kind is Kind.PDF else (a, b)
                out.append(
                    Finding(
                        "duplicate",
                        Severity.WARNING,
                        _t(
                            lang,
                            f"'{drop.path}' lijkt dezelfde tekst te bevatten als '{keep.path}' ({score:.0f}% gelijk). "
                            f"Alleen '{keep.path}' gaat in de bundel; sluit de andere uit in dossier.yaml als dat zo moet blijven.",
                            f"'{drop.path}' seems to hold the same text as '{keep.path}' ({score:.0f}% alike). Only "
                            f"'{keep.path}' goes into the bundle; exclude the other in dossier.yaml to make that permanent.",
                        ),
                        type=drop.type,
                        path=drop.path,
                    )
                )
    return out


def medical_findings(documents: list[Document], model: Model, lang: str) -> list[Finding]:
    out: list[Finding] = []
    medical_types = {t.id for t in model.checklist.types if t.medical}
    for doc in documents:
        if doc.type in medical_types:
            out.append(
                Finding(
                    "medical_data",
                    Severity.ERROR,
                    _t(
                        lang,
                        f"'{doc.path}' bevat medische informatie. Een werkgever mag die niet bewaren of meesturen: de werknemer "
                        "of de bedrijfsarts stuurt haar zelf naar UWV. Verwijder het bestand uit het werkgeversdossier; het "
                        "komt niet in de bundel (AP Beleidsregels De zieke werknemer; Beleidsregels vorm- en herkenbaarheid "
                        "art. 2 lid 2 onder e).",
                        f"'{doc.path}' holds medical information. An employer may not keep or send it: the employee or the "
                        "occupational physician sends it to UWV. Remove it from the employer's file; it is left out of the "
                        "bundle (Dutch DPA policy rules on sick employees).",
                    ),
                    type=doc.type,
                    path=doc.path,
                )
            )
            continue
        # every paper in the employer's folder, RIV document or not: an employer may not hold a diagnosis on a sick-report
        # form or in a portal export either (AP Beleidsregels De zieke werknemer)
        if doc.status is not Status.OK:
            continue
        known = getattr(doc.analysis, "medical", None)  # found where the file was read (analysis.py)
        hits = known if known is not None else medical_pages(model, doc.extracted.pages, doc.extracted.page_numbers)
        warning = medical_warning(doc, hits, lang)
        if warning is not None:
            out.append(warning)
    return out


def medical_warning(doc: Document, hits: list[MedicalHit], lang: str) -> Finding | None:
    """The warning for an employer document whose pages show medical content (None when they do not clearly)."""
    strong = [h for h in hits if h.marker or h.terms >= 2]
    if not strong:
        return None
    pages = ", ".join(str(h.page) for h in strong[:6])
    return Finding(
        "medical_data",
        Severity.WARNING,
        _t(
            lang,
            f"'{doc.path}' lijkt medische gegevens te bevatten (pagina {pages}; de tekst wordt niet getoond). Een "
            "werkgever mag geen diagnose, behandeling of medicatie vastleggen: vraag de opsteller om een versie "
            "zonder medische gegevens (AP Beleidsregels De zieke werknemer). Het document blijft buiten de bundel "
            "tot u het na controle vastlegt in dossier.yaml (overrides).",
            f"'{doc.path}' seems to contain medical data (page {pages}; text not shown). An employer may not "
            "record diagnoses, treatment or medication: ask the author for a version without them. The document stays "
            "out of the bundle until you set its type in dossier.yaml (overrides) after checking it.",
        ),
        type=doc.type,
        path=doc.path,
        page=strong[0].page,
    )


def form_findings(documents: list[Document], checklist: Checklist, lang: str) -> list[Finding]:
    """Every RIV element carries a date, the name and function of its author, and the BSN.

    Beleidsregels vorm- en herkenbaarheid art. 2 lid 3; UWV asks for the BSN on every document.
    """
    elements = {t.id for t in checklist.types if t.required != "optional" and t.bundle and not t.medical}
    out: list[Finding] = []
    for doc in documents:
        if doc.type not in elements or doc.status is not Status.OK:
            continue
        missing_nl: list[str] = []
        missing_en: list[str] = []
        if doc.date is None:
            missing_nl.append("een datum")
            missing_en.append("a date")
        if doc.author is None:
            missing_nl.append("naam en functie van de opsteller")
            missing_en.append("the author's name and function")
        if not doc.bsns and not _bsn_read_by_ocr(doc):
            missing_nl.append("het BSN van de werknemer")
            missing_en.append("the employee's BSN")
        wrong = _wrong_author(doc, checklist, lang)
        if wrong is not None:
            out.append(wrong)
        draft = _draft(doc, documents, checklist, lang)
        if draft is not None:
            out.append(draft)
        if not missing_nl:
            continue
        nl = ", ".join(missing_nl[:-1]) + (" en " if len(missing_nl) > 1 else "") + missing_nl[-1]
        en = ", ".join(missing_en[:-1]) + (" and " if len(missing_en) > 1 else "") + missing_en[-1]
        out.append(
            Finding(
                "form",
                Severity.WARNING,
                _t(
                    lang,
                    f"In '{doc.path}' {'zijn' if len(missing_nl) > 1 else 'is'} {nl} niet gevonden. "
                    "UWV wil op elk onderdeel van het re-integratieverslag een "
                    "datum, naam en functie van wie het opstelde of ondertekende, en het BSN (Beleidsregels vorm- en "
                    "herkenbaarheid art. 2 lid 3). Controleer het document en vul het zo nodig aan.",
                    f"'{doc.path}' does not show {en}. UWV wants a date, the name and function of the author or signer, and "
                    "the BSN on every part of the report (UWV form rules art. 2(3)). Check the document and complete it.",
                ),
                type=doc.type,
                path=doc.path,
                source="Beleidsregels vorm- en herkenbaarheid art. 2 lid 3",
            )
        )
    return out


#: A BSN field on a scan with a number OCR read, whatever it made of the digits ('BSN: : 8708523375', a digit too many)
_BSN_FIELD_READ = re.compile(r"\bbsn\b[^\S\n]*[:.;]*[^\S\n]*(?:[:.;][^\S\n]*)?\d[\d .]{6,14}\d", re.IGNORECASE)


def _bsn_read_by_ocr(doc: Document) -> bool:
    """Whether OCR read a number in the document's BSN field: the BSN is on the paper, though misread (the BSN check
    says so where it can tell), so it is not reported missing."""
    ex = doc.extracted
    return ex.ocr_confidence is not None and _BSN_FIELD_READ.search(ex.text) is not None


def _wrong_author(doc: Document, checklist: Checklist, lang: str) -> Finding | None:
    """An element only a bedrijfsarts may give (probleemanalyse, actueel oordeel) signed by someone of another known
    function: a casemanager, HR, an arbeidsdeskundige, a bureau. UWV wants the bedrijfsarts's own judgement
    (Regeling procesgang art. 6 lid 1 onder f en i; Beleidsregels vorm- en herkenbaarheid art. 2 lid 2 onder a en c).
    An unknown function (a praktijkondersteuner, 'namens') is left alone."""
    from wia_dossier.classify import signer_side

    kind = checklist.type(doc.type) if doc.type and checklist.has_type(doc.type) else None
    if kind is None or tuple(kind.authors) != ("bedrijfsarts",) or not doc.author:
        return None
    side = signer_side(doc.author)
    if side in (None, "bedrijfsarts"):
        return None
    label = kind.label(lang)
    return Finding(
        "form",
        Severity.ERROR,
        _t(
            lang,
            f"{label} '{doc.path}' is ondertekend door {doc.author}, niet door een bedrijfsarts. UWV wil hier het "
            "oordeel van de bedrijfsarts zelf (Regeling procesgang art. 6 lid 1; Beleidsregels vorm- en herkenbaarheid "
            "art. 2 lid 2). Vraag de bedrijfsarts het document op te stellen of te ondertekenen.",
            f"{label} '{doc.path}' is signed by {doc.author}, not by an occupational physician. UWV wants the "
            "physician's own judgement here (Regeling procesgang art. 6(1)). Ask the occupational physician to draw "
            "it up or sign it.",
        ),
        type=doc.type,
        path=doc.path,
        source="Regeling procesgang art. 6 lid 1; Beleidsregels vorm- en herkenbaarheid art. 2 lid 2",
    )


#: A paper that calls itself a draft at its top or in its name: 'CONCEPT - Actueel oordeel', 'Plan van aanpak
#: (concept)', 'Conceptversie', 'Concept ter bespreking', 'DRAFT'.
_DRAFT = re.compile(
    r"^[ \t]*(?:concept|draft)(?:[ \t]*[-–:|][ \t]*|[ \t]*$|[ \t]+versie\b)|\((?:concept|draft)\)|\bconceptversie\b|"
    r"\bconcept,? niet definitief\b|\bconcept ter (?:bespreking|inzage|goedkeuring|akkoord)\b|\bdraft version\b",
    re.IGNORECASE | re.MULTILINE,
)


def is_draft(doc: Document) -> bool:
    """Whether the paper says at its top, or in its file name, that it is a concept (draft)."""
    name = doc.path.rsplit("::", 1)[-1].rsplit("/", 1)[-1]
    return bool(_DRAFT.search(doc.extracted.title_zone or "") or _DRAFT.search(name))


def _draft(doc: Document, documents: list[Document], checklist: Checklist, lang: str) -> Finding | None:
    """A concept is no element of the report: UWV judges the final, signed paper (Beleidsregels vorm- en
    herkenbaarheid art. 2 lid 3). An error when no final version of that type is in the folder, else a warning to
    leave the concept out."""
    if not doc.type or not is_draft(doc):
        return None
    kind = checklist.type(doc.type)
    final = sorted(d.path for d in documents if d.type == doc.type and d is not doc and not is_draft(d))
    label = kind.label(lang)
    if final:
        return Finding(
            "form",
            Severity.WARNING,
            _t(
                lang,
                f"'{doc.path}' is een concept van de {label.lower()}; de definitieve versie is '{final[0]}'. Laat het "
                "concept weg uit het re-integratieverslag (sluit het uit in dossier.yaml).",
                f"'{doc.path}' is a draft of the {label.lower()}; the final version is '{final[0]}'. Leave the draft "
                "out of the report (exclude it in dossier.yaml).",
            ),
            type=doc.type,
            path=doc.path,
            source="Beleidsregels vorm- en herkenbaarheid art. 2 lid 3",
        )
    return Finding(
        "form",
        Severity.ERROR if kind.severity == "error" else Severity.WARNING,
        _t(
            lang,
            f"'{doc.path}' is een concept van de {label.lower()}, niet de definitieve, ondertekende versie. UWV beoordeelt "
            "alleen het definitieve document met naam, functie en handtekening van wie het opstelde (Beleidsregels vorm- "
            "en herkenbaarheid art. 2 lid 3). Vraag om de definitieve versie en vervang het concept.",
            f"'{doc.path}' is a draft of the {label.lower()}, not the final signed version. UWV only judges the final "
            "document with the name, function and signature of its author (UWV form rules art. 2(3)). Ask for the "
            "final version and replace the draft.",
        ),
        type=doc.type,
        path=doc.path,
        source="Beleidsregels vorm- en herkenbaarheid art. 2 lid 3",
    )


_KIND_NL = {
    "pdf": "PDF",
    "docx": "Word-bestand",
    "email": "e-mail",
    "image": "afbeelding",
    "text": "tekst- of HTML-bestand",
}


def read_findings(documents: list[Document], lang: str) -> list[Finding]:
    """Files that were read, but not as they should be: repaired, protected, misnamed, damaged MIME (issue 7)."""
    out: list[Finding] = []
    for doc in documents:
        ex, p = doc.extracted, doc.path
        if ex.status is not Status.OK:
            continue
        if ex.facts.get("repaired") == "true":
            out.append(
                Finding(
                    "repaired",
                    Severity.WARNING,
                    _t(
                        lang,
                        f"'{p}' is beschadigd; het programma las een herstelde kopie (het origineel blijft onaangeroerd). "
                        "Controleer of alle pagina's en handtekeningen er zijn, of vraag om een nieuwe kopie.",
                        f"'{p}' is damaged; the tool read a repaired copy (the original is left untouched). Check that all "
                        "pages and signatures are there, or ask for a new copy.",
                    ),
                    type=doc.type,
                    path=p,
                )
            )
        if ex.facts.get("owner_password") == "true":
            out.append(
                Finding(
                    "protected",
                    Severity.INFO,
                    _t(
                        lang,
                        f"'{p}' heeft beperkende rechten (eigenaarswachtwoord). Het is zonder wachtwoord gelezen, zoals "
                        "elke PDF-lezer doet; de bundel bevat een onbeveiligde kopie.",
                        f"'{p}' carries restrictions (owner password). It was read without a password, as every PDF reader "
                        "does; the bundle holds an unprotected copy.",
                    ),
                    type=doc.type,
                    path=p,
                )
            )
        suffix = ex.facts.get("name_mismatch")
        if suffix:
            what = _KIND_NL.get(str(ex.kind), str(ex.kind))
            out.append(
                Finding(
                    "misnamed",
                    Severity.INFO,
                    _t(
                        lang,
                        f"'{p}' heet .{suffix}, maar is een {what}; het is gelezen als {what}. Geef het de juiste "
                        "extensie of sla het opnieuw op in de juiste vorm.",
                        f"'{p}' is named .{suffix} but is a {ex.kind} file; it was read as such. Give it the right extension "
                        "or save it again in the right format.",
                    ),
                    type=doc.type,
                    path=p,
                )
            )
        if ex.facts.get("body_unreadable"):
            out.append(
                Finding(
                    "damaged_email",
                    Severity.WARNING,
                    _t(
                        lang,
                        f"Van het Outlook-bericht '{p}' is de tekst niet te lezen (opgeslagen als Outlook-RTF); de "
                        "bijlagen wel. Hoort de tekst bij het dossier, open het bericht dan in Outlook en sla het op als "
                        "PDF of .eml.",
                        f"The text of the Outlook message '{p}' cannot be read (stored as Outlook RTF); its "
                        "attachments can. If the text belongs in the file, open the message in Outlook and save it as PDF or "
                        ".eml.",
                    ),
                    path=p,
                )
            )
        if ex.facts.get("mime_defects"):
            out.append(
                Finding(
                    "damaged_email",
                    Severity.WARNING,
                    _t(
                        lang,
                        f"'{p}' is een e-mail met een beschadigde opbouw ({ex.facts['mime_defects']} fouten). Controleer "
                        "of alle bijlagen zijn gevonden, of exporteer het bericht opnieuw als .eml.",
                        f"'{p}' is an e-mail with a damaged structure ({ex.facts['mime_defects']} defects). Check that all "
                        "attachments were found, or export the message again as .eml.",
                    ),
                    path=p,
                )
            )
    return out


def signature_findings(documents: list[Document], checklist: Checklist, lang: str) -> list[Finding]:
    """A digitally signed PDF that goes into the bundle: merging keeps the text and the visible
    signature, but no merged PDF can keep a digital signature valid (its byte range no longer matches)."""
    out: list[Finding] = []
    for doc in documents:
        count = doc.extracted.facts.get("signatures")
        if not count or doc.status is not Status.OK or doc.type is None or not checklist.has_type(doc.type):
            continue
        t = checklist.type(doc.type)
        if t.medical or not t.bundle:
            continue
        out.append(
            Finding(
                "signed",
                Severity.INFO,
                _t(
                    lang,
                    f"'{doc.path}' is digitaal ondertekend. In de bundel blijven de tekst en de zichtbare handtekening "
                    "staan, maar de digitale handtekening is daar niet meer geldig: samenvoegen verandert het bestand. "
                    "Vraagt UWV om de geldige digitale handtekening, lever dan dit originele bestand los aan.",
                    f"'{doc.path}' is digitally signed. The bundle keeps its text and the visible signature, but the "
                    "digital signature is no longer valid there: merging changes the file. If UWV asks for the valid "
                    "digital signature, send this original file separately.",
                ),
                type=doc.type,
                path=doc.path,
            )
        )
    return out


def multiple_documents_findings(documents: list[Document], checklist: Checklist, lang: str) -> list[Finding]:
    """Files whose later pages begin like other RIV documents (an export, a stack scanned as one PDF)."""
    out: list[Finding] = []
    for doc in documents:
        warning = multiple_documents_warning(
            doc,
            getattr(doc.analysis, "later_titles", None) or [],
            checklist,
            lang,
            own_page=getattr(doc.analysis, "own_page", 1),
        )
        if warning is not None:
            out.append(warning)
    return out


def multiple_documents_warning(
    doc: Document, later: list[tuple[int, str, str]], checklist: Checklist, lang: str, *, own_page: int = 1
) -> Finding | None:
    """The warning for one file whose later pages ``(page, type id, title line)`` begin other RIV documents.

    It counts only as the type of its first page, so the other parts may be reported missing; and UWV
    wants every element separately recognisable (Beleidsregels vorm- en herkenbaarheid art. 2 lid 2).
    """
    if not later or doc.type is None or doc.status is not Status.OK or not checklist.has_type(doc.type):
        return None
    own = checklist.type(doc.type)
    others: dict[str, int] = {}
    for page, type_id, _line in sorted(later):
        if type_id == doc.type or not checklist.has_type(type_id):
            continue
        if checklist.type(type_id).later_as == doc.type or own.later_as == type_id:
            continue  # a probleemanalyse and its bijstelling are one family (a running header 'Probleemanalyse')
        others.setdefault(type_id, page)
    if not others:
        return None
    parts_nl = ", ".join(f"{checklist.type(t).label('nl').lower()} (pagina {p})" for t, p in others.items())
    parts_en = ", ".join(f"{checklist.type(t).label('en').lower()} (page {p})" for t, p in others.items())
    return Finding(
        "multiple_documents",
        Severity.WARNING,
        _t(
            lang,
            f"'{doc.path}' lijkt meer dan één document te bevatten: behalve {own.label('nl').lower()} (pagina {own_page}) ook "
            f"{parts_nl}. "
            f"Het telt nu alleen als {own.label('nl').lower()}, dus de andere delen tellen niet mee en kunnen als "
            "ontbrekend worden gemeld. Splits het bestand in één PDF per document; dan herkent de tool elk deel en "
            "komt elk op zijn eigen plek in de bundel (Beleidsregels vorm- en herkenbaarheid art. 2 lid 2).",
            f"'{doc.path}' seems to hold more than one document: besides the {own.label('en').lower()} (page {own_page}) also "
            f"{parts_en}. It counts only as the {own.label('en').lower()}, so the other parts do not count and may "
            "be reported missing. Split the file into one PDF per document; the tool then recognises each part and "
            "puts it in its own place in the bundle.",
        ),
        type=doc.type,
        path=doc.path,
        page=min(others.values()),
        source="Beleidsregels vorm- en herkenbaarheid art. 2 lid 2",
    )
