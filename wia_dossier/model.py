"""Value objects that flow through the pipeline: files, extracted documents, classifications, findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class Severity(StrEnum):
    """How bad a finding is (CONTRACT.md: error, warning, info)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Status(StrEnum):
    """Per-document read status (CONTRACT.md)."""

    OK = "ok"
    ENCRYPTED = "encrypted"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    UNSUPPORTED = "unsupported"
    EXCLUDED = "excluded"


class Kind(StrEnum):
    """File format as sniffed from the content (magic bytes), not the extension."""

    PDF = "pdf"
    DOCX = "docx"
    IMAGE = "image"
    EMAIL = "email"
    TEXT = "text"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One file of the case, on disk or inside a container (an e-mail attachment).

    ``rel`` is the path relative to the case folder with ``/`` separators; a member of a
    container is ``container::member`` (CONTRACT.md). ``data`` holds the bytes of a member;
    for a file on disk it is ``None`` and ``abs_path`` points to it (read-only!).
    """

    rel: str
    size: int
    sha256: str
    abs_path: Path | None = None
    data: bytes | None = field(default=None, repr=False, compare=False)
    mtime: float | None = None
    # the ``exclude:`` pattern (dossier.yaml) that matched: the file is listed in the report
    # with status ``excluded`` but never read or hashed (sha256 stays "")
    excluded: str | None = None

    @property
    def name(self) -> str:
        """The file's own name (the last part after ``/`` or ``::``)."""
        return self.rel.split("::")[-1].rsplit("/", 1)[-1]

    def read_bytes(self) -> bytes:
        """Read the content; never opens the file for writing."""
        if self.data is not None:
            return self.data
        assert self.abs_path is not None
        return self.abs_path.read_bytes()


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file found inside a container (e-mail attachment)."""

    name: str
    data: bytes = field(repr=False)


@dataclass(slots=True)
class Extracted:
    """What an extractor could read from one file.

    ``pages`` holds the text of the pages that classification needs: for long PDFs the
    first pages and the last pages (``page_numbers`` says which 1-based pages they are).
    ``title_zone`` is the top of page 1 (letterhead + title), where a document states
    what it is. Headers/footers and table cells of DOCX files are part of ``pages``.
    """

    kind: Kind
    status: Status = Status.OK
    pages: list[str] = field(default_factory=list)
    page_numbers: list[int] = field(default_factory=list)
    page_count: int = 0
    title_zone: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    # free-form facts: e.g. image size, EXIF date, e-mail headers, "ocr": "true"
    facts: dict[str, str] = field(default_factory=dict)
    error: str | None = None  # a short, technical reason when status is not ok (never document text)
    ocr_confidence: float | None = None
    # what a post-step computed from this result in the sandbox worker that read it (sandbox.Then;
    # the pipeline's per-file analysis); never cached, never part of a report
    derived: Any = None

    @property
    def text(self) -> str:
        """All extracted text, pages joined by form feeds."""
        return "\f".join(self.pages)


@dataclass(frozen=True, slots=True)
class DateFound:
    """A date with where it came from (for the reasons)."""

    value: dt.date
    source: str  # e.g. "label 'Datum:' on page 1", "filename prefix"


@dataclass(slots=True)
class Document:
    """A file of the case after extraction and classification."""

    source: SourceFile
    extracted: Extracted
    type: str | None = None
    confidence: float = 0.0
    reasons: list[str] = field(default_factory=list)
    date: DateFound | None = None
    author: str | None = None  # "name (function)" where found
    author_role: str | None = None  # bedrijfsarts, arbeidsdeskundige, werkgever, ...
    title: str | None = None
    first_sick_day: DateFound | None = None
    bsns: list[str] = field(default_factory=list)
    override: bool = False
    parent: str | None = None  # rel of the container for attachments
    analysis: Any = None  # analysis.Analysis: what the file shows by itself (evidence, medical pages)

    @property
    def path(self) -> str:
        """Path relative to the case folder (CONTRACT.md ``path``)."""
        return self.source.rel

    @property
    def status(self) -> Status:
        """Read status of the document."""
        return self.extracted.status


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem or note about the case (CONTRACT.md ``findings``)."""

    code: str
    severity: Severity
    message: str
    type: str | None = None
    path: str | None = None
    source: str | None = None  # legal or practice source of the rule
    due: dt.date | None = None  # for deadline_ahead / late: the deadline
    page: int | None = None

    def sort_key(self) -> tuple[int, str, str, str]:
        """Errors first, then warnings, then info; stable within."""
        order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}[self.severity]
        return (order, self.code, self.type or "", self.path or "")


@dataclass(frozen=True, slots=True)
class Party:
    """A person or organisation named in the case file."""

    naam: str | None = None
    bsn: str | None = None
    functie: str | None = None
    organisatie: str | None = None
    loonheffingennummer: str | None = None
    aard_van_het_bedrijf: str | None = None


@dataclass(frozen=True, slots=True)
class SickSpell:
    """One period of sickness (spells < 4 weeks apart count as one, WIA art. 23 lid 3)."""

    start: dt.date
    end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class CaseFile:
    """The facts of ``dossier.yaml`` (CONTRACT.md); every field optional."""

    path: str | None = None  # where it was read from, None when there is no dossier.yaml
    werknemer: Party = Party()
    werkgever: Party = Party()
    bedrijfsarts: Party = Party()
    casemanager: Party = Party()
    reintegratiebureau: Party = Party()
    arbeidsdeskundige: Party = Party()
    eerste_ziektedag: dt.date | None = None
    aanvraag_wia: dt.date | None = None
    ziekteperiodes: tuple[SickSpell, ...] = ()
    overrides: dict[str, str | None] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()


@dataclass(slots=True)
class ScanResult:
    """Everything ``scan`` found; ``build`` and the reports take it from here."""

    case_dir: Path
    checklist_id: str
    as_of: dt.date
    first_sick_day: DateFound | None
    documents: list[Document]
    findings: list[Finding]
    case: CaseFile = CaseFile()
    timeline: list[dict[str, object]] = field(default_factory=list)  # milestone rows for the reports
    # the employee as dossier.yaml gives them, completed with what most documents state (cover, stamps)
    employee: Party = Party()
    # every page of every bundle candidate checked for medical content (medical_sweep.py), not only the
    # pages the scan read
    every_page_checked: bool = False
    # the last day of the wachttijd as the rules count it (merged spells, a vrijwillige verlenging); None without D0
    wachttijd_end: dt.date | None = None

    @property
    def errors(self) -> int:
        """Number of error findings."""
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        """Number of warning findings."""
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)
