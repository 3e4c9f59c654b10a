"""Load and validate a checklist YAML into typed objects; errors name file, item, key and line."""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from wia_dossier.errors import ConfigError
from wia_dossier.messages import os_reason

SCHEMA = "wia-dossier.checklist/1"
DEFAULT_CHECKLIST = "wia-aanvraag"

REQUIRED_MODES = ("always", "from_week", "if_referenced", "optional")


@dataclass(frozen=True, slots=True)
class Cues:
    """Content phrases: strong ones nearly decide the type, weak ones support it, negative ones speak against."""

    strong: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DocType:
    """One document type of the checklist (one RIV element or supporting document)."""

    id: str
    label_nl: str
    label_en: str
    order: int
    element: str  # the number shown on stamps and in the index, e.g. "3" or "3a"
    required: str  # always | from_week | if_referenced | optional
    from_week: int | None
    severity: str  # severity of a missing required document: error | warning
    waived_by: tuple[str, ...]  # phrases in another document that make this one unnecessary
    referenced_by: tuple[str, ...]  # phrases that show this document exists (for if_referenced)
    max_count: int | None
    later_as: str | None  # with max_count 1: what a later document of this kind is (its adjustment)
    author: str  # typical author role, for the cover
    authors: tuple[str, ...]  # author roles that support this type
    source: str  # legal or practice source
    medical: bool
    bundle: bool
    aliases: tuple[str, ...]
    filename: tuple[str, ...]
    titles: tuple[str, ...]
    cues: Cues
    weeks: tuple[int, int] | None  # typical window (weeks since the first sick day)
    description_nl: str = ""
    signed_by: tuple[str, ...] = ()  # parties that sign it (werkgever, werknemer, bedrijfsarts, ...)

    def label(self, lang: str) -> str:
        """Label in the requested language."""
        return self.label_en if lang == "en" else self.label_nl


@dataclass(frozen=True, slots=True)
class Parameter:
    """A number the rules use, with its source, so nothing is hard-coded."""

    name: str
    value: Any
    source: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class MedicalContext:
    """Where a medical term stands decides what it is about (``privacy.context`` in the checklist).

    In healthcare the job itself uses the words of health care ("verpleegkundige in het ziekenhuis",
    "medicatie uitzetten"); these cues tell the employee's health from the employee's work. ``privacy.py``
    says how they are applied.
    """

    health_before: tuple[str, ...] = ()  # right before a term: it is someone's own ("haar huisarts")
    health: tuple[str, ...] = ()  # in the same sentence: the sentence is about health care received
    work_before: tuple[str, ...] = ()  # right before a term: it is a role ("werkzaam als fysiotherapeut")
    work: tuple[str, ...] = ()  # in the same sentence: the sentence describes care given in the job
    work_labels: tuple[str, ...] = ()  # a form field ("Functie:", "Werkgever<tab>"): the rest of the line is the job


@dataclass(frozen=True, slots=True)
class Checklist:
    """A validated checklist."""

    id: str
    label_nl: str
    label_en: str
    path: str
    types: tuple[DocType, ...]
    parameters: dict[str, Parameter] = field(default_factory=dict)
    authors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    leaflet_cues: tuple[str, ...] = ()
    negative_cues: tuple[str, ...] = ()  # cues of documents that are no RIV document (payslip, CV...)
    medical_terms: tuple[str, ...] = ()
    medical_markers: tuple[str, ...] = ()
    # medical terms that in healthcare also name a workplace, profession or task: they count on a page
    # only when the context is about someone's health (privacy.py)
    workplace_terms: tuple[str, ...] = ()
    medical_context: MedicalContext = field(default_factory=MedicalContext)
    classifier: dict[str, float] = field(default_factory=dict)
    milestones: tuple[dict[str, Any], ...] = ()
    revision_words: tuple[str, ...] = ()  # a title with one of these names an adjustment (DocType.later_as)
    digest: str = ""  # of the YAML text: results computed with another version of the file do not count

    def type(self, type_id: str) -> DocType:
        """The type with this id (KeyError if unknown)."""
        for t in self.types:
            if t.id == type_id:
                return t
        raise KeyError(type_id)

    def has_type(self, type_id: str) -> bool:
        """Whether the checklist defines this type."""
        return any(t.id == type_id for t in self.types)

    def param(self, name: str, default: Any = None) -> Any:
        """Value of a parameter (``default`` if the checklist does not set it)."""
        p = self.parameters.get(name)
        return default if p is None else p.value

    def param_source(self, name: str) -> str:
        """Source text of a parameter ('' if unknown)."""
        p = self.parameters.get(name)
        return "" if p is None else p.source

    def label(self, lang: str) -> str:
        """Checklist label in the requested language."""
        return self.label_en if lang == "en" else self.label_nl


# ---------------------------------------------------------------------------------------------
# schema: key -> (python types, required?)

_TOP_KEYS: dict[str, tuple[tuple[type, ...], bool]] = {
    "schema": ((str,), True),
    "id": ((str,), True),
    "label": ((dict,), True),
    "description": ((str,), False),
    "parameters": ((dict,), False),
    "authors": ((dict,), False),
    "classifier": ((dict,), False),
    "privacy": ((dict,), False),
    "unrelated": ((dict,), False),
    "milestones": ((list,), False),
    "revision_words": ((list,), False),
    "types": ((list,), True),
}

_TYPE_KEYS: dict[str, tuple[tuple[type, ...], bool]] = {
    "id": ((str,), True),
    "label": ((dict,), True),
    "description": ((str,), False),
    "element": ((str, int), False),
    "required": ((str,), False),
    "from_week": ((int,), False),
    "severity": ((str,), False),
    "waived_by": ((list,), False),
    "referenced_by": ((list,), False),
    "max_count": ((int, type(None)), False),
    "later_as": ((str,), False),
    "author": ((str,), False),
    "authors": ((list,), False),
    "source": ((str,), True),
    "medical": ((bool,), False),
    "bundle": ((bool,), False),
    "aliases": ((list,), False),
    "filename": ((list,), False),
    "titles": ((list,), False),
    "cues": ((dict,), False),
    "weeks": ((list,), False),
    "signed_by": ((list,), False),
}

_CUE_KEYS = {"strong", "weak", "negative"}
_LABEL_KEYS = {"nl", "en"}
_PARAM_KEYS = {"value", "source", "note", "unit"}
_PRIVACY_KEYS = {"medical_terms", "medical_markers", "workplace_terms", "context"}
_CONTEXT_KEYS = {"health_before", "health", "work_before", "work", "work_labels"}
_UNRELATED_KEYS = {"leaflet", "negative"}


def _suggest(key: str, valid: Any) -> str:
    close = difflib.get_close_matches(key, list(valid), n=1, cutoff=0.5)
    return f" Bedoelde u '{close[0]}'?" if close else f" Geldige sleutels: {', '.join(sorted(valid))}."


def _suggest_term(term: str, terms: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(term, list(terms), n=1, cutoff=0.6)
    return f" Bedoelde u '{close[0]}'?" if close else ""


#: libyaml's problems in words an HR officer can act on (the original stays in brackets for a helpdesk)
_YAML_PROBLEMS = (
    ("did not find expected ',' or '}'", "een '}' aan het eind (of een ',' tussen twee waarden) ontbreekt",
     "a '}' at the end (or a ',' between two values) is missing"),
    ("did not find expected ',' or ']'", "een ']' aan het eind (of een ',' tussen twee waarden) ontbreekt",
     "a ']' at the end (or a ',' between two values) is missing"),
    ("mapping values are not allowed", "een ':' staat waar hij niet kan; zet de tekst tussen aanhalingstekens",
     "a ':' stands where it cannot; put the text in quotes"),
    ("could not find expected ':'", "een ':' na de sleutel ontbreekt", "a ':' after the key is missing"),
    ("found character '\\t'", "er staat een tab; gebruik spaties om in te springen", "there is a tab; indent with spaces"),
    ("cannot start any token", "er staat een teken dat hier niet kan, vaak een tab; gebruik spaties om in te springen",
     "a character stands where it cannot, often a tab; indent with spaces"),
    ("found unexpected end of stream", "een aanhalingsteken of haakje wordt niet gesloten",
     "a quote or bracket is not closed"),
    ("did not find expected key", "de inspringing klopt niet; zet sleutels van hetzelfde niveau recht onder elkaar",
     "the indentation is wrong; put keys of the same level straight below each other"),
    ("found duplicate anchor", "een '&' of '*' staat in een waarde; zet die tussen aanhalingstekens",
     "a '&' or '*' stands in a value; put it in quotes"),
)  # fmt: skip


def _yaml_problem(problem: str, where: str, lang: str = "nl") -> str:
    """The parser's problem in Dutch (or English) where known, where to look, and what to do; its own words last."""
    known = next(((nl, en) for english, nl, en in _YAML_PROBLEMS if english in problem), None)
    fix = " Herstel het in een teksteditor." if lang == "nl" else " Fix it in a text editor."
    if known is None:
        return f"{problem}{where}.{fix}"
    return f"{known[0] if lang == 'nl' else known[1]}{where}.{fix} ({problem})"


class _Loader:
    """Validates the composed YAML node tree so every error can name a line."""

    def __init__(self, file: str) -> None:
        self.file = file
        self._constructor: yaml.SafeLoader | None = None

    def compose(self, text: str) -> yaml.Node | None:
        """Parse YAML text into a node tree (keeping line numbers); a syntax error names its line."""
        try:
            # libyaml when PyYAML has it: 12x faster (7 ms for the packaged checklist instead of 90 ms),
            # with the same nodes and line numbers
            return yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            context = getattr(exc, "context_mark", None)
            line = mark.line + 1 if mark is not None else None
            problem = str(getattr(exc, "problem", exc))
            where = where_en = ""
            if context is not None and mark is not None and context.line != mark.line:
                # a bracket or quote opened on an earlier line and not closed: that line is where to look
                where = f" (het begint op regel {context.line + 1})"
                where_en = f" (it begins on line {context.line + 1})"
            raise ConfigError(
                self.file,
                f"geen geldige YAML: {_yaml_problem(problem, where)}",
                line=line,
                en=f"no valid YAML: {_yaml_problem(problem, where_en, 'en')}",
            ) from exc

    def fail(self, node: yaml.Node | None, message: str, key: str | None = None) -> ConfigError:
        line = node.start_mark.line + 1 if node is not None else None
        return ConfigError(self.file, message, key=key, line=line)

    def mapping(self, node: yaml.Node, where: str, valid: Any, required: tuple[str, ...] = ()) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{where}: verwacht een lijst van sleutel: waarde.")
        out: dict[str, yaml.Node] = {}
        for k_node, v_node in node.value:
            key = str(k_node.value)
            if valid is not None and key not in valid:
                raise self.fail(k_node, f"{where}: onbekende sleutel '{key}'.{_suggest(key, valid)}", key)
            if key in out:
                raise self.fail(k_node, f"{where}: sleutel '{key}' staat er twee keer.", key)
            out[key] = v_node
        for req in required:
            if req not in out:
                raise self.fail(node, f"{where}: verplichte sleutel '{req}' ontbreekt.", req)
        return out

    def value(self, node: yaml.Node, where: str, key: str, types: tuple[type, ...]) -> Any:
        # construct straight from the node (serialising and re-parsing each value cost half a second),
        # with one constructor for the file (a new one per value was a quarter of the load time)
        if self._constructor is None:
            self._constructor = yaml.SafeLoader("")
        val = self._constructor.construct_object(node, deep=True)
        if isinstance(val, bool) and bool not in types:
            ok = False
        else:
            ok = isinstance(val, types)
        if not ok:
            names = " of ".join(
                {
                    str: "tekst",
                    int: "geheel getal",
                    bool: "ja/nee (true/false)",
                    list: "lijst",
                    dict: "sleutel: waarde",
                    float: "getal",
                    type(None): "leeg",
                }.get(t, t.__name__)
                for t in types
            )
            raise self.fail(node, f"{where}: '{key}' moet {names} zijn, niet {val!r}.", key)
        return val

    def strings(self, node: yaml.Node, where: str, key: str) -> tuple[str, ...]:
        val = self.value(node, where, key, (list,))
        for item in val:
            if not isinstance(item, str) or not item.strip():
                raise self.fail(node, f"{where}: '{key}' moet een lijst van teksten zijn; '{item!r}' is dat niet.", key)
        return tuple(val)

    def label(self, node: yaml.Node, where: str) -> tuple[str, str]:
        m = self.mapping(node, f"{where} label", _LABEL_KEYS, ("nl",))
        nl = self.value(m["nl"], where, "label.nl", (str,))
        en = self.value(m["en"], where, "label.en", (str,)) if "en" in m else nl
        return nl, en


def load_checklist(name_or_path: str | Path | None = None) -> Checklist:
    """Load a packaged checklist by name, or a user's YAML file by path.

    Raises:
        ConfigError: the file is missing or invalid (exit code 3); the message names file, key and line.
    """
    path, text = _read_checklist(name_or_path or DEFAULT_CHECKLIST)
    cached = _LOADED.get((path, text))
    if cached is None:
        cached = parse_checklist(text, path)
        _LOADED.clear()  # keep one: a run uses one checklist
        _LOADED[(path, text)] = cached
    return cached


_LOADED: dict[tuple[str, str], Checklist] = {}


def _read_checklist(name_or_path: str | Path) -> tuple[str, str]:
    raw = str(name_or_path)
    p = Path(raw)
    if p.suffix in (".yaml", ".yml") or "/" in raw or "\\" in raw:
        try:
            return str(p), p.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(
                str(p),
                f"kan de checklist niet lezen ({os_reason(exc, 'nl')}). Controleer het pad.",
                en=f"cannot read the checklist ({os_reason(exc, 'en')}). Check the path.",
            ) from exc
        except UnicodeDecodeError as exc:
            raise ConfigError(str(p), "de checklist is geen UTF-8-tekst. Sla het bestand op als UTF-8.") from exc
    names = packaged_checklists()
    if raw not in names:
        close = difflib.get_close_matches(raw, list(names), n=1, cutoff=0.5)
        shown = ", ".join(sorted(names))
        raise ConfigError(
            raw,
            "onbekende checklist."
            + (f" Bedoelde u '{close[0]}'?" if close else f" Beschikbaar: {shown}.")
            + " Of geef een pad naar een .yaml-bestand.",
            en="unknown checklist."
            + (f" Did you mean '{close[0]}'?" if close else f" Available: {shown}.")
            + " Or give the path of a .yaml file.",
        )
    return f"{raw}.yaml", names[raw].read_text(encoding="utf-8")


def checklist_dir() -> Any:
    """The packaged checklists folder (inside the wheel, or the repository's top-level folder)."""
    pkg = resources.files("wia_dossier")
    inside = pkg / "checklists"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parent.parent / "checklists"


def packaged_checklists() -> dict[str, Any]:
    """Name -> resource of every checklist that ships with the tool."""
    d = checklist_dir()
    out = {}
    for entry in sorted(d.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            out[entry.name[: -len(".yaml")]] = entry
    return out


def parse_checklist(text: str, file: str) -> Checklist:
    """Validate YAML text into a Checklist. ``file`` is used in messages only."""
    ld = _Loader(file)
    root = ld.compose(text)
    if root is None:
        raise ConfigError(file, "het bestand is leeg.")
    top = ld.mapping(root, "checklist", _TOP_KEYS, tuple(k for k, (_, r) in _TOP_KEYS.items() if r))
    vals = {k: ld.value(n, "checklist", k, _TOP_KEYS[k][0]) for k, n in top.items() if k != "types"}
    if vals["schema"] != SCHEMA:
        raise ld.fail(
            top["schema"], f"schema '{vals['schema']}' wordt niet ondersteund; verwacht '{SCHEMA}'.", "schema"
        )
    label_nl, label_en = ld.label(top["label"], "checklist")

    params: dict[str, Parameter] = {}
    if "parameters" in top:
        for name, pnode in ld.mapping(top["parameters"], "parameters", None).items():
            pm = ld.mapping(pnode, f"parameter '{name}'", _PARAM_KEYS, ("value", "source"))
            params[name] = Parameter(
                name=name,
                value=ld.value(pm["value"], f"parameter '{name}'", "value", (int, float, str, bool, list)),
                source=ld.value(pm["source"], f"parameter '{name}'", "source", (str,)),
                note=ld.value(pm["note"], f"parameter '{name}'", "note", (str,)) if "note" in pm else "",
            )

    authors: dict[str, tuple[str, ...]] = {}
    if "authors" in top:
        for role, anode in ld.mapping(top["authors"], "authors", None).items():
            authors[role] = ld.strings(anode, "authors", role)

    classifier: dict[str, float] = {}
    if "classifier" in top:
        for k, cnode in ld.mapping(top["classifier"], "classifier", None).items():
            classifier[k] = float(ld.value(cnode, "classifier", k, (int, float)))

    medical_terms: tuple[str, ...] = ()
    medical_markers: tuple[str, ...] = ()
    workplace_terms: tuple[str, ...] = ()
    context = MedicalContext()
    if "privacy" in top:
        pv = ld.mapping(top["privacy"], "privacy", _PRIVACY_KEYS)
        if "medical_terms" in pv:
            medical_terms = ld.strings(pv["medical_terms"], "privacy", "medical_terms")
        if "medical_markers" in pv:
            medical_markers = ld.strings(pv["medical_markers"], "privacy", "medical_markers")
        if "workplace_terms" in pv:
            workplace_terms = ld.strings(pv["workplace_terms"], "privacy", "workplace_terms")
            for term in workplace_terms:
                if term not in medical_terms:
                    raise ld.fail(
                        pv["workplace_terms"],
                        f"privacy: 'workplace_terms' noemt '{term}', dat niet in "
                        f"'medical_terms' staat; neem het daar ook op of schrap het hier."
                        f"{_suggest_term(term, medical_terms)}",
                        "workplace_terms",
                    )
        if "context" in pv:
            cx = ld.mapping(pv["context"], "privacy.context", _CONTEXT_KEYS)
            context = MedicalContext(**{k: ld.strings(n, "privacy.context", k) for k, n in cx.items()})
            for key in ("health_before", "work_before"):
                for phrase in getattr(context, key):
                    if phrase.startswith("re:"):
                        raise ld.fail(
                            cx[key],
                            f"privacy.context: '{key}' kent alleen gewone woorden, geen "
                            f"'re:'-patroon ('{phrase}'). Schrijf elke vorm als los woord.",
                            key,
                        )

    leaflet: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()
    if "unrelated" in top:
        un = ld.mapping(top["unrelated"], "unrelated", _UNRELATED_KEYS)
        if "leaflet" in un:
            leaflet = ld.strings(un["leaflet"], "unrelated", "leaflet")
        if "negative" in un:
            negative = ld.strings(un["negative"], "unrelated", "negative")

    types_node = top["types"]
    if not isinstance(types_node, yaml.SequenceNode) or not types_node.value:
        raise ld.fail(types_node, "'types' moet een niet-lege lijst van documentsoorten zijn.", "types")
    types: list[DocType] = []
    seen: dict[str, int] = {}
    for index, tnode in enumerate(types_node.value):
        dt_ = _parse_type(ld, tnode, index, authors)
        if dt_.id in seen:
            raise ld.fail(
                tnode, f"documentsoort '{dt_.id}' staat er twee keer in (eerder op regel {seen[dt_.id]}).", "id"
            )
        seen[dt_.id] = tnode.start_mark.line + 1
        types.append(dt_)

    for t in types:
        for key, phrases in (
            ("titles", t.titles),
            ("aliases", t.aliases),
            ("cues.strong", t.cues.strong),
            ("cues.weak", t.cues.weak),
            ("cues.negative", t.cues.negative),
            ("waived_by", t.waived_by),
            ("referenced_by", t.referenced_by),
        ):
            _check_regexes(file, f"documentsoort '{t.id}'", key, phrases, seen[t.id])
    for key, phrases in (
        ("privacy.medical_terms", medical_terms),
        ("privacy.medical_markers", medical_markers),
        *((f"privacy.context.{k}", getattr(context, k)) for k in sorted(_CONTEXT_KEYS)),
        ("unrelated.leaflet", leaflet),
        ("unrelated.negative", negative),
        *((f"authors.{role}", cues) for role, cues in authors.items()),
    ):
        _check_regexes(file, "checklist", key, phrases, None)
    ids = {t.id for t in types}
    for t in types:
        if t.later_as and t.later_as not in ids:
            raise ConfigError(
                file,
                f"documentsoort '{t.id}': 'later_as' noemt onbekende soort '{t.later_as}'.{_suggest(t.later_as, ids)}",
                key="later_as",
            )
    return Checklist(
        digest=hashlib.sha256(text.encode()).hexdigest()[:16],
        id=vals["id"],
        label_nl=label_nl,
        label_en=label_en,
        path=file,
        types=tuple(types),
        parameters=params,
        authors=authors,
        leaflet_cues=leaflet,
        negative_cues=negative,
        medical_terms=medical_terms,
        medical_markers=medical_markers,
        workplace_terms=workplace_terms,
        medical_context=context,
        classifier=classifier,
        milestones=tuple(vals.get("milestones", ())),
        revision_words=ld.strings(top["revision_words"], "checklist", "revision_words")
        if "revision_words" in top
        else (),
    )


def _check_regexes(file: str, where: str, key: str, phrases: tuple[str, ...], line: int | None) -> None:
    """A 're:' phrase must be a valid regular expression (checked at load, not halfway a scan)."""
    import re

    for phrase in phrases:
        if not phrase.startswith("re:") and re.search(r"\(\?[:!=<]|\\[bdsw]", phrase):
            # '(?:eigen )?' or '\\b' in a plain phrase is matched as those very characters: it would never be found
            raise ConfigError(
                file,
                f"{where}: '{phrase}' in '{key}' bevat patroontekens maar begint niet met 're:'; zo wordt het letterlijk "
                "gezocht en nooit gevonden. Zet 're:' ervoor, of schrijf het als gewone tekst.",
                key=key,
                line=line,
            )
        if phrase.startswith("re:"):
            try:
                re.compile(phrase[3:])
            except re.error as exc:
                raise ConfigError(
                    file,
                    f"{where}: '{phrase}' in '{key}' is geen geldige reguliere expressie ({exc}). "
                    "Verbeter het patroon of haal 're:' weg voor gewone tekst.",
                    key=key,
                    line=line,
                ) from exc


def _parse_type(ld: _Loader, node: yaml.Node, index: int, authors: dict[str, tuple[str, ...]]) -> DocType:
    where = f"types[{index}]"
    if isinstance(node, yaml.MappingNode):
        for k_node, v_node in node.value:
            if k_node.value == "id" and isinstance(v_node, yaml.ScalarNode):
                where = f"documentsoort '{v_node.value}'"
    m = ld.mapping(node, where, _TYPE_KEYS, ("id", "label", "source"))
    v: dict[str, Any] = {}
    for key, n in m.items():
        if key in ("label", "cues"):
            continue
        if key in ("waived_by", "referenced_by", "authors", "aliases", "filename", "titles"):
            v[key] = ld.strings(n, where, key)
        else:
            v[key] = ld.value(n, where, key, _TYPE_KEYS[key][0])
    label_nl, label_en = ld.label(m["label"], where)
    required = v.get("required", "optional")
    if required not in REQUIRED_MODES:
        raise ld.fail(
            m["required"],
            f"{where}: 'required' moet een van {', '.join(REQUIRED_MODES)} zijn.{_suggest(required, REQUIRED_MODES)}",
            "required",
        )
    if required == "from_week" and "from_week" not in v:
        raise ld.fail(m["required"], f"{where}: 'required: from_week' vraagt ook 'from_week: <week>'.", "from_week")
    severity = v.get("severity", "error")
    if severity not in ("error", "warning", "info"):
        raise ld.fail(m["severity"], f"{where}: 'severity' moet error, warning of info zijn.", "severity")
    for role in v.get("authors", ()):
        if authors and role not in authors:
            raise ld.fail(m["authors"], f"{where}: onbekende auteursrol '{role}'.{_suggest(role, authors)}", "authors")
    cues = Cues()
    if "cues" in m:
        cm = ld.mapping(m["cues"], f"{where} cues", _CUE_KEYS)
        cues = Cues(**{k: ld.strings(n, where, f"cues.{k}") for k, n in cm.items()})
    weeks = None
    if "weeks" in v:
        w = v["weeks"]
        if len(w) != 2 or not all(isinstance(x, int) for x in w) or w[0] > w[1]:
            raise ld.fail(m["weeks"], f"{where}: 'weeks' moet [van, tot] zijn, twee hele weken.", "weeks")
        weeks = (w[0], w[1])
    signed_by = ld.strings(m["signed_by"], where, "signed_by") if "signed_by" in m else ()
    element = str(v.get("element", index + 1))
    return DocType(
        id=v["id"],
        label_nl=label_nl,
        label_en=label_en,
        order=index,
        element=element,
        required=required,
        from_week=v.get("from_week"),
        severity=severity,
        waived_by=v.get("waived_by", ()),
        referenced_by=v.get("referenced_by", ()),
        max_count=v.get("max_count"),
        later_as=v.get("later_as"),
        author=v.get("author", ""),
        authors=v.get("authors", ()),
        source=v["source"],
        medical=v.get("medical", False),
        bundle=v.get("bundle", not v.get("medical", False)),
        aliases=v.get("aliases", ()),
        filename=v.get("filename", ()),
        titles=v.get("titles", ()),
        cues=cues,
        weeks=weeks,
        description_nl=v.get("description", ""),
        signed_by=tuple(signed_by),
    )
