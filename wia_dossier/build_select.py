"""Which documents go into the bundle, in which order and under which UWV element, and which stay out and why."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wia_dossier.assemble import BundleItem, ElementGroup, count_pages
from wia_dossier.checklist import Checklist, DocType
from wia_dossier.convert import Converted
from wia_dossier.messages import t as _t
from wia_dossier.model import Document, ScanResult, Severity, Status

if TYPE_CHECKING:
    from wia_dossier.build import BuildOptions

__all__ = ["OTHER_ELEMENT", "LeftOut", "Selection", "bundle_items", "element_groups", "select_documents"]

#: The element of documents without a checklist type ("Overige stukken" on the cover).
OTHER_ELEMENT = "—"


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A file of the case that is not in the bundle, and why (listed on the cover)."""

    path: str
    reason: str


@dataclass(slots=True)
class Selection:
    """The documents that go into the bundle, in bundle order, and the ones left out."""

    included: list[Document]
    left_out: list[LeftOut]
    medical: int


def _doctype(checklist: Checklist, type_id: str | None) -> DocType | None:
    if type_id is None or not checklist.has_type(type_id):
        return None
    return checklist.type(type_id)


def _is_medical(doc: Document, checklist: Checklist, medical_paths: set[str]) -> bool:
    t = _doctype(checklist, doc.type)
    if t is not None and t.medical:
        return True
    if doc.type == "medische_informatie":
        return True
    # a page saying "medisch geheim" in any file (even unclassified) keeps it out of every output
    # (DOMAIN §5.3)
    return doc.path in medical_paths or (doc.parent is not None and doc.parent in medical_paths)


def select_documents(result: ScanResult, checklist: Checklist, options: BuildOptions) -> Selection:
    """Pick and order the bundle's documents.

    Order: checklist order (``DocType.order``), then the document's date (undated last), then path.
    An attachment follows its e-mail when the mail is in the bundle and the attachment has the same
    type or none; an attachment with a type of its own goes to that element's place, because UWV wants
    every element separately recognisable (Beleidsregels art. 2 lid 2).
    """
    lang = options.lang
    # Medical information never enters an output: a file that is medical information (error), and an
    # employer document with diagnoses or medication in it (warning) stay out, unless the user has set
    # the document's type in dossier.yaml after checking it (override).
    overridden = {d.path for d in result.documents if d.override}
    medical_paths = {
        f.path
        for f in result.findings
        if f.code == "medical_data" and f.path and (f.severity is Severity.ERROR or f.path not in overridden)
    }
    duplicates = {f.path for f in result.findings if f.code == "duplicate" and f.path}
    included: list[Document] = []
    left: list[LeftOut] = []
    medical = 0
    for doc in result.documents:
        if _is_medical(doc, checklist, medical_paths):
            medical += 1
            continue
        if doc.path in duplicates and not options.include_unclassified:
            left.append(
                LeftOut(
                    doc.path,
                    _t(
                        lang,
                        "dubbel: dezelfde inhoud staat al in de bundel",
                        "duplicate: the same content is already in the bundle",
                    ),
                )
            )
            continue
        status = doc.status
        has_pw = bool(options.passwords) and _has_password(doc.path, options.passwords)
        readable = status is Status.OK or (status is Status.ENCRYPTED and has_pw)
        t = _doctype(checklist, doc.type)
        if not readable:
            left.append(LeftOut(doc.path, _status_reason(status, lang)))
        elif t is None:
            if doc.type is not None:
                left.append(
                    LeftOut(
                        doc.path,
                        _t(lang, "onbekende documentsoort", "unknown document type") + f" '{doc.type}'",
                    )
                )
            elif options.include_unclassified:
                included.append(doc)
            else:
                left.append(
                    LeftOut(
                        doc.path,
                        _t(
                            lang,
                            "geen re-integratiedocument herkend",
                            "not recognised as a return-to-work document",
                        ),
                    )
                )
        elif not t.bundle:
            left.append(
                LeftOut(
                    doc.path,
                    _t(lang, "hoort niet in de bundel (checklist)", "not part of the bundle (checklist)"),
                )
            )
        else:
            included.append(doc)

    by_path = {d.path: d for d in included}

    def own_key(doc: Document) -> tuple[Any, ...]:
        t = _doctype(checklist, doc.type)
        order = t.order if t is not None else 10_000
        date = doc.date.value if doc.date is not None else None
        return (order, date is None, date or dt.date.min, doc.path)

    def key(doc: Document) -> tuple[Any, ...]:
        parent = by_path.get(doc.parent or "") if doc.parent else None
        if parent is not None and doc.type in (None, parent.type):
            return (*key(parent), 1, doc.path)
        return (*own_key(doc), 0, "")

    included.sort(key=key)
    # files the scan did not read at all (no read permission, a link, a special file): not in the bundle either,
    # and a missing RIV document may be among them
    read = {d.path for d in result.documents}
    for f in result.findings:
        if f.code == "skipped" and f.path and f.path not in read:
            left.append(LeftOut(f.path, f.message.split(": ", 1)[-1]))
    left.sort(key=lambda x: x.path)
    return Selection(included, left, medical)


def _has_password(rel: str, passwords: Mapping[str, str]) -> bool:
    from wia_dossier.convert import password_for

    return password_for(rel, dict(passwords)) is not None


def _status_reason(status: Status, lang: str) -> str:
    nl = {
        Status.ENCRYPTED: "met wachtwoord beveiligd (geen wachtwoord opgegeven)",
        Status.UNREADABLE: "onleesbaar of beschadigd",
        Status.EMPTY: "leeg",
        Status.UNSUPPORTED: "bestandsformaat niet ondersteund",
        Status.EXCLUDED: "uitgesloten in dossier.yaml",
    }
    en = {
        Status.ENCRYPTED: "password protected (no password given)",
        Status.UNREADABLE: "unreadable or damaged",
        Status.EMPTY: "empty",
        Status.UNSUPPORTED: "file format not supported",
        Status.EXCLUDED: "excluded in dossier.yaml",
    }
    return (en if lang == "en" else nl).get(status, str(status))


def bundle_items(
    docs: list[Document], converted: dict[str, Converted], checklist: Checklist, lang: str
) -> list[BundleItem]:
    """The selected documents that converted, as bundle items (element, labels, page count), in the same order."""
    items = []
    for doc in docs:
        conv = converted.get(doc.path)
        if conv is None:
            continue
        t = _doctype(checklist, doc.type)
        other = _t(lang, "Overige stukken", "Other documents")
        items.append(
            BundleItem(
                rel=doc.path,
                type_id=doc.type,
                element=t.element if t is not None else OTHER_ELEMENT,
                element_label=_element_label(checklist, t.element, lang) if t is not None else other,
                type_label=t.label(lang) if t is not None else other,
                title=_bundle_title(doc, t, lang),
                date=doc.date.value if doc.date is not None else None,
                author=doc.author,
                converter=conv.converter,
                pdf=conv.pdf,
                pages=count_pages(conv.pdf),
                note=conv.note,
                parent=doc.parent,
            )
        )
    return items


def _bundle_title(doc: Document, t: DocType | None, lang: str) -> str:
    """The title in the index and the bookmarks: the document's own title line, or its type when OCR read the page.

    OCR's title line can be garbled ("Gespreksverslag 'evaluatie pan van heriba (2e"), and UWV's assessor reads
    the index; the type label is what the classifier recognised, so it is right whenever the type is.
    """
    if t is not None and doc.extracted is not None and doc.extracted.facts.get("ocr") == "true":
        return str(t.label(lang))
    # 'Onderwerp: Bevestiging ziekmelding': the letter's label is no part of its title
    return _SUBJECT_LABEL.sub("", doc.title or "").strip() or _stem(doc.source.name)


_SUBJECT_LABEL = re.compile(r"^\s*(?:betreft|onderwerp|subject|titel|re|fw|fwd)\s*:\s*", re.IGNORECASE)


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name else name


def _element_label(checklist: Checklist, element: str, lang: str) -> str:
    """The element's heading in the index and the bookmarks: what the labels of its types share.

    A document and its bijstelling share the document's label ("Plan van aanpak"); the second track's plan,
    progress and final reports share "tweede spoor" / "Second-track", so the eindrapportage is not filed
    under a heading that names the trajectplan. Without anything shared: the first type's label.
    """
    labels = [t.label(lang) for t in checklist.types if t.element == element]
    if not labels:
        return element
    words = [label.split() for label in labels]
    shared: list[str] = []
    for tail in zip(*(reversed(w) for w in words), strict=False):  # common last words
        if len({x.casefold() for x in tail}) > 1:
            break
        shared.insert(0, tail[0])
    if not shared:
        for head in zip(*words, strict=False):  # common first words
            if len({x.casefold() for x in head}) > 1:
                break
            shared.append(head[0])
    if not shared:
        return labels[0]
    text = " ".join(shared)
    return text[0].upper() + text[1:]


def element_groups(items: list[BundleItem]) -> list[ElementGroup]:
    """The items grouped by element, groups in the order of their first item."""
    groups: dict[str, ElementGroup] = {}
    for item in items:
        g = groups.get(item.element)
        if g is None:
            g = groups[item.element] = ElementGroup(item.element, item.element_label)
        g.items.append(item)
    return list(groups.values())
