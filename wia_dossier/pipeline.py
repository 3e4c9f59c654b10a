"""The one orchestration of a scan: walk, extract, classify, date, evaluate. Library first; the CLI only calls this."""

from __future__ import annotations

import datetime as dt
import logging
import re
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wia_dossier import dates
from wia_dossier.analysis import Analysis, analyse, analyse_in_worker, cache_context, fallback_dates
from wia_dossier.bsn import bsn_valid
from wia_dossier.cache import cacheable_result
from wia_dossier.casefile import load_case_file, resolve_first_sick_day, validate_overrides
from wia_dossier.checklist import Checklist, load_checklist
from wia_dossier.classify import Model, compile_checklist, decide
from wia_dossier.errors import UsageError
from wia_dossier.extractors import ExtractOptions
from wia_dossier.findings import (
    duplicate_findings,
    file_findings,
    form_findings,
    medical_findings,
    multiple_documents_findings,
    read_findings,
    signature_findings,
)
from wia_dossier.messages import t as _t
from wia_dossier.model import (
    CaseFile,
    DateFound,
    Document,
    Extracted,
    Finding,
    Kind,
    Party,
    ScanResult,
    Severity,
    SourceFile,
    Status,
)
from wia_dossier.sandbox import extract, prefetching  # extract() within the time/memory limits (issue 7)
from wia_dossier.scan import expand_attachments, walk_case
from wia_dossier.signing import unsigned_findings

log = logging.getLogger(__name__)

MAX_DEPTH = 3


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Options of every analysing command (CONTRACT.md)."""

    checklist: str | Path | None = None
    first_sick_day: dt.date | None = None
    as_of: dt.date | None = None  # None: the caller's today (the CLI passes it; rules never read the clock)
    lang: str = "nl"
    passwords: dict[str, str] = field(default_factory=dict)
    extract: ExtractOptions = ExtractOptions()
    # an extraction cache with ``get_or_extract(src, options, extract_fn) -> Extracted`` (see cache.py)
    cache: Any = None


def document_parts(documents: list[Document], checklist: Checklist) -> list[Document]:
    """The later RIV documents inside a file, as documents of their own for the rules only (never for the bundle).

    An actueel oordeel and an eindevaluatie scanned into one PDF: the file is typed by its first part and the
    multiple_documents warning asks to split it, but the eindevaluatie is not missing. Each part starts at the page
    ``classify.later_titles`` found (of the pages read) and is dated by its own text.
    """
    parts: list[Document] = []
    for doc in documents:
        found = doc.analysis.later_titles if doc.analysis is not None else []
        ex = doc.extracted
        seen = {doc.type}
        for page, type_id, line in found:
            if type_id in seen or not checklist.has_type(type_id) or page not in ex.page_numbers:
                continue
            seen.add(type_id)
            at = ex.page_numbers.index(page)
            zone = "\n".join(ex.pages[at].strip().split("\n")[:15])
            part = dataclasses.replace(ex, pages=ex.pages[at:], page_numbers=ex.page_numbers[at:], title_zone=zone)
            parts.append(
                Document(
                    source=doc.source,
                    extracted=part,
                    type=type_id,
                    date=dates.document_date(part.text, title_zone=zone),
                    author=doc.author,
                    title=line,
                    bsns=doc.bsns,
                    parent=doc.parent,
                )
            )
    return parts


def run_scan(case_dir: Path, options: ScanOptions) -> ScanResult:
    """Scan a case folder and evaluate it. Never writes anything.

    Raises:
        UsageError: the case folder does not exist (exit 2).
        ConfigError: invalid checklist or dossier.yaml (exit 3).
    """
    case_dir = Path(case_dir)
    if not case_dir.is_dir():
        raise UsageError(
            _t(
                options.lang,
                f"De dossiermap '{case_dir}' bestaat niet of is geen map. Geef de map met de documenten van één werknemer op.",
                f"The case folder '{case_dir}' does not exist or is not a folder. Give the folder that holds one employee's "
                "documents.",
            )
        )
    if options.as_of is None:
        raise UsageError("Geef de peildatum op (--as-of JJJJ-MM-DD).")
    checklist = load_checklist(options.checklist)
    case = load_case_file(case_dir, checklist=checklist)
    validate_overrides(case, checklist)
    model = compile_checklist(checklist)
    lang = options.lang
    ex_opts = options.extract
    if options.passwords:
        ex_opts = ExtractOptions(
            **{**{f: getattr(ex_opts, f) for f in ex_opts.__dataclass_fields__}, "passwords": options.passwords}
        )

    documents, skipped = read_documents(
        case_dir,
        case,
        ex_opts,
        as_of=options.as_of,
        cache=options.cache,
        model=model,
        checklist_ref=options.checklist,
        lang=lang,
    )
    first = resolve_first_sick_day(options.first_sick_day, case, documents, checklist=checklist, lang=lang)
    classify_documents(documents, model, case, first.value if first else None, lang)

    findings: list[Finding] = []
    findings += file_findings(documents, skipped, lang, passwords=options.passwords)
    findings += duplicate_findings(documents, checklist, lang)
    findings += medical_findings(documents, model, lang)
    findings += read_findings(documents, lang)
    findings += form_findings(documents, checklist, lang)
    findings += signature_findings(documents, checklist, lang)
    findings += unsigned_findings(documents, checklist, lang)
    findings += multiple_documents_findings(documents, checklist, lang)

    from wia_dossier.rules import evaluate  # rules import the model only; kept local to keep import time low

    # The dossier as it stood on the as-of date: a document dated later did not exist yet then
    # (or carries a wrong date); it is reported, and the timeline rules leave it out.
    employee = _detected_employee(case, documents)
    current = [d for d in documents if not (d.date and d.date.value > options.as_of)]
    # a file that holds more RIV documents (reported as multiple_documents): its later parts are there too
    current += [p for p in document_parts(current, checklist) if not (p.date and p.date.value > options.as_of)]
    for doc in documents:
        if doc.date and doc.date.value > options.as_of and doc.type:
            findings.append(
                Finding(
                    "future",
                    Severity.INFO,
                    _t(
                        lang,
                        f"'{doc.path}' is gedateerd op {doc.date.value:%d-%m-%Y}, na de peildatum; het telt niet mee "
                        "voor de termijnen. Klopt de datum niet, verbeter dan het document.",
                        f"'{doc.path}' is dated {doc.date.value}, after the as-of date; it does not count for the deadlines. "
                        "If the date is wrong, correct the document.",
                    ),
                    type=doc.type,
                    path=doc.path,
                )
            )
    judged = evaluate(current, checklist, case, first, options.as_of, lang=lang)
    findings += judged.findings
    findings += _option_findings(documents, case, options, first, lang)
    findings.sort(key=Finding.sort_key)
    return ScanResult(
        case_dir=case_dir,
        checklist_id=checklist.id,
        as_of=options.as_of,
        first_sick_day=first,
        documents=documents,
        findings=findings,
        case=case,
        timeline=judged.timeline,
        employee=employee,
        wachttijd_end=judged.wachttijd_end,
    )


def read_documents(
    case_dir: Path,
    case: CaseFile,
    options: ExtractOptions,
    *,
    as_of: dt.date,
    cache: Any = None,
    model: Model | None = None,
    checklist_ref: str | Path | None = None,
    lang: str = "nl",
) -> tuple[list[Document], list[tuple[str, str]]]:
    """Walk the folder, extract every file (and every attachment), and analyse each document by itself.

    The analysis (dates, BSNs, author, classification evidence, medical pages: ``analysis.analyse``)
    runs in the sandbox worker that read the file, so two cores share it; files read in-process (small
    text files, cache hits) are analysed here. ``model`` defaults to the packaged checklist's.
    """
    if model is None:
        model = compile_checklist(load_checklist(checklist_ref))
    files, skipped = walk_case(case_dir, exclude=case.exclude)
    documents: list[Document] = []
    then = (analyse_in_worker, (checklist_ref, lang))
    # Idle sandbox workers read ahead (two cores, two files at once). Not with a cache: most files
    # would be hits, and reading them anyway would waste the cache's point.
    with prefetching(files, options, enabled=cache is None, then=then):
        for src in files:
            documents.extend(_read(src, options, depth=0, cache=cache, then=then))
    for doc in documents:
        _apply_analysis(doc, model, lang, options, cache)
    return documents, skipped


def _apply_analysis(doc: Document, model: Model, lang: str, options: ExtractOptions, cache: Any = None) -> None:
    ex = doc.extracted
    derived = ex.derived
    ex.derived = None

    def compute() -> Analysis:
        if isinstance(derived, Analysis) and derived.fits(model, lang):
            return derived  # made by the sandbox worker that read the file
        return analyse(doc.source, ex, model, lang)

    if cache is not None:
        found = cache.get_or_compute(
            doc.source,
            options,
            cache_context(doc.source, model, lang),
            compute,
            encode=Analysis.to_json,
            decode=Analysis.from_json,
            cacheable=cacheable_result(ex),
        )
    else:
        found = compute()
    doc.analysis = found
    doc.date = found.date
    doc.first_sick_day = found.first_sick_day
    doc.bsns = list(found.bsns)


def classify_documents(documents: list[Document], model: Model, case: CaseFile, d0: dt.date | None, lang: str) -> None:
    """Classify every document; with the first sick day ``d0`` the date's week counts as evidence too."""
    if d0 is not None:
        _date_notes_without_year(documents, d0)
    for doc in documents:
        _classify_document(doc, model, case, d0, lang)
    _reconcile_later(documents, model.checklist, lang)


def _reconcile_later(documents: list[Document], checklist: Checklist, lang: str) -> None:
    """A case has one probleemanalyse and one plan van aanpak; a later one of the same kind adjusts it.

    Driven by the checklist (``max_count: 1`` with ``later_as``). Copies with the same date (the PvA as
    DOCX and as signed PDF) stay what they are: the duplicate check reports them.
    """
    gap = dt.timedelta(days=14)
    for t in checklist.types:
        if t.max_count != 1 or not t.later_as:
            continue
        dated = sorted(
            (d for d in documents if d.type == t.id and d.date and not d.override),
            key=lambda d: (d.date.value, d.path),  # type: ignore[union-attr]
        )
        if len(dated) < 2:
            continue
        dated = _consults_before_the_titled(dated, t.id, lang)
        if len(dated) < 2:
            continue
        first = dated[0]
        assert first.date is not None
        for doc in dated[1:]:
            assert doc.date is not None
            if doc.date.value - first.date.value < gap:
                continue
            label = checklist.type(t.later_as).label(lang)
            doc.type = t.later_as
            doc.reasons = [
                _t(
                    lang,
                    f"{_later(t.label_nl)} {t.label_nl.lower()} ({_dmy(doc.date.value)}) na '{first.path}' "
                    f"({_dmy(first.date.value)}): dat is een {label.lower()}",
                    f"a later {t.label_en.lower()} ({doc.date.value}) after '{first.path}' "
                    f"({first.date.value}): that is an {label.lower()}",
                ),
                *doc.reasons,
            ]


def _date_notes_without_year(documents: list[Document], d0: dt.date) -> None:
    """Date the undated notes that give a day without its year ('gesprek met Lotte 19-3', 'Op dinsdag 6 januari')
    when one year of the case's span fits (``dates.date_without_year``): from the first sick day to its last dated
    paper."""
    seen = [d.date.value for d in documents if d.date is not None and d.date.value >= d0]
    if not seen:
        return
    end = max(seen)
    for doc in documents:
        if doc.date is None and doc.extracted.status is Status.OK and doc.extracted.text:
            found = dates.date_without_year(doc.extracted.text, doc.path, d0, end)
            if found is not None:
                doc.date = found


def _consults_before_the_titled(dated: list[Document], type_id: str, lang: str) -> list[Document]:
    """The documents of a once-only type (the probleemanalyse) without the consult reports before the one that carries
    the type's own title.

    A 'Terugkoppeling spreekuur' fits the probleemanalyse, its bijstelling and the actueel oordeel alike; when a
    later paper of the same bedrijfsarts is titled 'Probleemanalyse', that paper is the analysis and the feedback of an
    earlier consult is no part of the verslag (it would otherwise make the real analysis a 'bijstelling').
    """
    titled = next((d for d in dated if _own_title(d, type_id)), None)
    if titled is None or titled is dated[0]:
        return dated
    keep: list[Document] = []
    for doc in dated:
        ev = doc.analysis.evidence if doc.analysis is not None else None
        before = doc.date.value < titled.date.value  # type: ignore[union-attr]
        if before and ev is not None and ev.shared_title is not None and not doc.override:
            doc.type = None
            doc.reasons = [
                _t(
                    lang,
                    f"een terugkoppeling van een spreekuur ('{ev.shared_title}') van vóór '{titled.path}', dat de titel "
                    "van het document zelf draagt: een spreekuurverslag, geen onderdeel van het verslag",
                    f"the feedback of a consultation ('{ev.shared_title}') from before '{titled.path}', which carries "
                    "the document's own title: a consultation report, no part of the verslag",
                ),
                *doc.reasons,
            ]
            continue
        keep.append(doc)
    return keep


def _own_title(doc: Document, type_id: str) -> bool:
    """Whether the document's first title is the type's own, not one it shares with other types."""
    ev = doc.analysis.evidence if doc.analysis is not None else None
    return ev is not None and ev.shared_title is None and bool(ev.title_types) and ev.title_types[0] == type_id


def _later(label_nl: str) -> str:
    """'later' before a het-word (plan van aanpak), 'latere' before a de-word (probleemanalyse, evaluatie)."""
    return "later" if label_nl.lower().startswith(("plan", "rapport", "oordeel", "verslag", "profiel")) else "latere"


def _dmy(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def load(options: ScanOptions) -> Checklist:
    """The checklist named in the options (for callers that need it beside the result)."""
    return load_checklist(options.checklist)


def _read(
    src: SourceFile,
    options: ExtractOptions,
    depth: int,
    parent: str | None = None,
    cache: Any = None,
    then: Any = None,
) -> list[Document]:
    if cache is not None:
        # on a miss the worker that reads the file analyses it too (kept with the analysis cache)
        ex = cache.get_or_extract(src, options, lambda s, o: extract(s, o, then))
    else:
        ex = extract(src, options, then)
    if _own_output(ex):
        # a bundle, split file or page map this tool wrote earlier: never read back in as a case document
        ex = Extracted(
            kind=ex.kind,
            status=Status.EXCLUDED,
            page_count=ex.page_count,
            error="eerder gemaakt door wia-dossier (bundel, losse PDF of paginakaart)",
        )
    out = [Document(source=src, extracted=ex, parent=parent)]
    if ex.attachments and depth < MAX_DEPTH:
        for member in expand_attachments(src, ex, depth + 1):
            out.extend(_read(member, options, depth + 1, parent=src.rel, cache=cache, then=then))
        ex.attachments = []  # the bytes now live in the member SourceFiles
    return out


_EMPLOYEE_LABEL = re.compile(
    r"^[ \t]*(?:naam[ \t]+(?:van[ \t]+de[ \t]+)?werknemer|werknemer|medewerker|naam[ \t]+medewerker|employee(?:[ \t]+name)?)"
    r"[ \t]*[:\t][ \t]*(?P<name>(?:(?:dhr|mevr|mw|de heer|mevrouw)\.?[ \t]+)?[A-Z][\w.'\-]*(?:[ \t]+[\w.'\-]+){0,4})[ \t]*$",
    re.MULTILINE,
)


def _detected_employee(case: CaseFile, documents: list[Document]) -> Party:
    """The employee's name and BSN for the cover and the stamps when dossier.yaml does not give them:
    the value most documents state ('Naam werknemer: ...', the BSN that passes the elfproef)."""
    from collections import Counter
    from dataclasses import replace

    w = case.werknemer
    if w.naam and w.bsn:
        return w
    names: Counter[str] = Counter()
    bsns: Counter[str] = Counter()
    for doc in documents:
        if doc.status is not Status.OK or doc.type is None:
            continue
        m = _EMPLOYEE_LABEL.search(doc.extracted.title_zone or doc.extracted.text[:1500])
        if m:
            names[" ".join(m.group("name").split())] += 1
        bsns.update({b for b in doc.bsns if bsn_valid(b)})
    naam = w.naam or (names.most_common(1)[0][0] if names and names.most_common(1)[0][1] >= 2 else None)
    bsn = w.bsn or (bsns.most_common(1)[0][0] if bsns else None)
    return replace(w, naam=naam, bsn=bsn)


def _own_output(ex: Extracted) -> bool:
    if ex.kind is Kind.PDF and ex.metadata.get("Producer", "").startswith("wia-dossier"):
        return True
    head = ex.pages[0][:200] if ex.pages else ""
    return ex.kind is Kind.TEXT and '"schema": "wia-dossier.' in head


class _Words:
    """Title words of some document types, found in a short label as whole words (like ``\\b(?:w1|w2)\\b``).

    Substring tests instead of one big alternation: compiling that regex for every type cost more than
    all the dating it served (0.3 s a scan), and labels are a few dozen characters long.
    """

    __slots__ = ("words",)

    def __init__(self, words: list[str]) -> None:
        self.words = words

    def search(self, label: str) -> bool | None:
        """True when a word occurs in ``label`` with a word boundary on both sides, else None."""
        for w in self.words:
            start = label.find(w)
            while start >= 0:
                end = start + len(w)
                if _boundary(label, start) and _boundary(label, end):
                    return True
                start = label.find(w, start + 1)
        return None


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _boundary(s: str, i: int) -> bool:
    """``\\b`` at position ``i`` of ``s``."""
    before = i > 0 and _is_word(s[i - 1])
    after = i < len(s) and _is_word(s[i])
    return before != after


_NAME_WORDS: dict[tuple[int, str], tuple[Model, _Words, _Words]] = {}


def _name_patterns(model: Model, type_id: str) -> tuple[_Words, _Words]:
    """Titles of this type, and of all other types, as word sets over a lower-cased label."""
    key = (id(model), type_id)
    hit = _NAME_WORDS.get(key)
    if hit is None or hit[0] is not model:  # the same id can be reused by a later model

        def words(types: list[Any]) -> _Words:
            return _Words(
                sorted(
                    {
                        t.lower()
                        for d in types
                        for t in (*d.titles, *d.aliases)
                        if not t.startswith("re:") and len(t) >= 4
                    },
                    key=len,
                    reverse=True,
                )
            )

        own = [t for t in model.checklist.types if t.id == type_id]
        others = [t for t in model.checklist.types if t.id != type_id]
        hit = (model, words(own), words(others))
        _NAME_WORDS[key] = hit
    return hit[1], hit[2]


def _redate(doc: Document, model: Model, type_id: str) -> None:
    """Date again now that the type is known: 'Datum eindevaluatie' in an eindevaluatie is its own date,
    'Datum probleemanalyse' in a plan van aanpak is another document's."""
    own, other = _name_patterns(model, type_id)
    source = doc.date.source.lower() if doc.date else ""
    if source.startswith("bij ") and not own.search(source) and not other.search(source):
        return  # a plain 'Datum:' label: knowing the type changes nothing
    if doc.date is not None and not source.startswith(("bij ", "eerste datum bovenaan")):
        return  # a signing date, a file name, an e-mail's Date header: not a label the type can explain
    ex = doc.extracted
    found = dates.document_date(
        ex.text,
        title_zone=ex.title_zone,
        filename=doc.source.name,
        fallbacks=fallback_dates(ex),
        own_names=own,  # type: ignore[arg-type]
        other_names=other,  # type: ignore[arg-type]
    )
    if found is not None:
        doc.date = found


#: Types that plan a trajectory: without a date of their own, they are dated by the start they give ('Start: 11 juni
#: 2025'), which is when the second track began (the date the timeline rules need).
_DATED_BY_START = ("trajectplan_tweede_spoor",)


def _start_of_plan(doc: Document, type_id: str) -> None:
    if doc.date is not None or type_id not in _DATED_BY_START:
        return
    found = dates.start_date(doc.extracted.text)
    if found is not None:
        doc.date = found


def _meeting_in_mail(doc: Document, model: Model, type_id: str) -> None:
    """A mail that puts a meeting of employer and employee on paper ('Zoals besproken op 30 juni 2025 zet ik onze
    terugblik op papier') is dated by that meeting, not by the day it was sent: the plan and the evaluations are
    agreed in the meeting. A professional's report after a consultation (the bedrijfsarts's advice) keeps the day it
    was written, as its papers do."""
    ex = doc.extracted
    if ex.kind is not Kind.EMAIL or doc.date is None or not model.checklist.has_type(type_id):
        return
    if model.checklist.type(type_id).authors != ("werkgever_werknemer",):
        return
    try:
        sent_day = dt.date.fromisoformat(ex.facts.get("date", ""))
    except ValueError:
        return  # no readable Date header (.msg files keep it elsewhere): nothing to compare with
    if doc.date.value != sent_day:
        return  # dated by its text already (a quoted message, a date in the body)
    body = ex.text.split("\n\n", 1)[1] if "\n\n" in ex.text else ex.text
    found = dates.meeting_date(body, sent_day)
    if found is not None:
        doc.date = found


def _classify_document(doc: Document, model: Model, case: CaseFile, d0: dt.date | None, lang: str) -> None:
    ex = doc.extracted
    override = case.overrides.get(doc.path, "__none__")
    if ex.status is Status.EXCLUDED:
        if ex.error and "wia-dossier" in ex.error:
            doc.reasons = [
                _t(lang, "eerder gemaakt door wia-dossier; telt niet mee", "made earlier by wia-dossier; ignored")
            ]
        else:
            doc.reasons = [_t(lang, "uitgesloten in dossier.yaml", "excluded in dossier.yaml")]
        return
    if ex.status is not Status.OK and override == "__none__":
        return
    if not isinstance(doc.analysis, Analysis) or not doc.analysis.fits(model, lang):
        doc.analysis = analyse(doc.source, ex, model, lang)
    c = decide(model, doc.analysis.evidence, date=doc.date.value if doc.date else None, first_sick_day=d0, lang=lang)
    doc.type, doc.confidence, doc.reasons = c.type, c.confidence, c.reasons
    doc.title, doc.author_role = c.title, c.author_role
    if ex.status is Status.OK:
        doc.author = doc.analysis.author
        if c.type is not None:
            _redate(doc, model, c.type)
            _meeting_in_mail(doc, model, c.type)
            _start_of_plan(doc, c.type)
    if override != "__none__":
        doc.type = override
        doc.confidence = 1.0
        doc.override = True
        doc.reasons = [
            _t(lang, "zo vastgelegd in dossier.yaml (overrides)", "set in dossier.yaml (overrides)"),
            *c.reasons,
        ]
    own = doc.type is not None and model.checklist.has_type(doc.type) and model.checklist.type(doc.type).author
    if doc.author is None and ex.status is Status.OK and own == "werknemer":
        name = _own_name(ex)
        if name:
            doc.author = f"{name} (werknemer)"


# 'Naam: S. Yilmaz', 'Naam werknemer: S. Yilmaz', 'Name: ...': the person a form or statement is about
_NAME_LABEL = re.compile(
    r"^[ \t]*(?:naam(?:[ \t]+(?:werknemer|medewerker))?|name)[ \t]*:[ \t]*"
    r"(?P<name>(?-i:[A-Z])[\w.'\-]*(?:[ \t]+[\w.'\-()]+){0,3})[ \t]*$",  # 'R. (Ruud) Kamphuis'
    re.IGNORECASE | re.MULTILINE,
)
_SENDER_NAME = re.compile(r'^\s*"?(?P<name>[^"<>@]+?)"?\s*<')


def _own_name(ex: Extracted) -> str | None:
    """Who wrote a document of the employee's own (the oordeel werknemer): the sender of a mail, or the name
    the statement gives ('Naam: S. Yilmaz'). Its function is 'werknemer' by what the document is; the
    name is what UWV needs besides (Beleidsregels vorm- en herkenbaarheid art. 2 lid 3)."""
    label = _NAME_LABEL.search(ex.text)
    if label:
        return " ".join(label.group("name").split())
    forwarded = re.match(r"\s*(?:fw|fwd|doorst|wg)\s*:", ex.facts.get("subject", ""), re.IGNORECASE)
    sender = _SENDER_NAME.match(ex.facts.get("from", "")) if ex.kind is Kind.EMAIL and not forwarded else None
    if sender and len(sender.group("name").split()) >= 2:
        return " ".join(sender.group("name").split())
    return None


def _option_findings(
    documents: list[Document], case: CaseFile, options: ScanOptions, first: DateFound | None, lang: str
) -> list[Finding]:
    """What the user told us that matches nothing: an override or password for a file that is not there,
    an as-of date before the first sick day."""
    out: list[Finding] = []
    paths = {d.path for d in documents}
    for rel in sorted(case.overrides):
        if rel not in paths:
            out.append(
                Finding(
                    "override_unused",
                    Severity.WARNING,
                    _t(
                        lang,
                        f"dossier.yaml legt het type vast van '{rel}', maar dat bestand staat niet in de dossiermap. "
                        "Controleer de naam (met mappen, '/' als scheidingsteken).",
                        f"dossier.yaml sets the type of '{rel}', but the case folder has no such file. Check the name "
                        "(with folders, '/' as separator).",
                    ),
                    path=rel,
                )
            )
    for rel in sorted(options.passwords):
        if rel not in paths:
            out.append(
                Finding(
                    "password_unused",
                    Severity.WARNING,
                    _t(
                        lang,
                        f"Er is een wachtwoord opgegeven voor '{rel}', maar dat bestand staat niet in de dossiermap. "
                        "Controleer de naam.",
                        f"A password was given for '{rel}', but the case folder has no such file. Check the name.",
                    ),
                    path=rel,
                )
            )
    if first is not None and case.aanvraag_wia is not None and case.aanvraag_wia < first.value:
        out.append(
            Finding(
                "case_file",
                Severity.WARNING,
                _t(
                    lang,
                    f"aanvraag_wia in dossier.yaml ({case.aanvraag_wia:%d-%m-%Y}) ligt vóór de eerste ziektedag "
                    f"({first.value:%d-%m-%Y}); die datum is niet gebruikt voor de termijnen. Verbeter een van beide "
                    "datums.",
                    f"aanvraag_wia in dossier.yaml ({case.aanvraag_wia}) is before the first sick day ({first.value}); it "
                    "was not used for the deadlines. Correct one of the dates.",
                ),
                path="dossier.yaml",
            )
        )
    if first is not None and options.as_of is not None and options.as_of < first.value:
        out.append(
            Finding(
                "as_of_before_start",
                Severity.WARNING,
                _t(
                    lang,
                    f"De peildatum {options.as_of:%d-%m-%Y} ligt vóór de eerste ziektedag {first.value:%d-%m-%Y}. "
                    "Kies een peildatum in de ziekteperiode (--as-of).",
                    f"The as-of date {options.as_of} is before the first sick day {first.value}. Choose a date within the "
                    "sickness (--as-of).",
                ),
            )
        )
    return out
