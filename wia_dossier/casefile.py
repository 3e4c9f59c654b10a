"""Read and validate ``dossier.yaml`` (CONTRACT.md) and work out the first sick day (D0)."""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import os
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from wia_dossier.checklist import _Loader
from wia_dossier.errors import ConfigError
from wia_dossier.messages import os_reason
from wia_dossier.model import CaseFile, DateFound, Document, Party, SickSpell

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wia_dossier.checklist import Checklist

__all__ = [
    "CASE_FILE_NAME",
    "case_folders_below",
    "decode_case_file",
    "has_case_file",
    "load_case_file",
    "merge_spells",
    "parse_case_file",
    "parse_date",
    "resolve_first_sick_day",
    "validate_overrides",
]

CASE_FILE_NAME = "dossier.yaml"

# Spells less than 4 weeks apart count as one (WIA art. 23 lid 3). Used only when no checklist
# is passed; the checklist parameter ``spell_merge_days`` is the source of truth.
_DEFAULT_MERGE_DAYS = 28

_PARTY_KEYS: dict[str, tuple[str, ...]] = {
    "werknemer": ("naam", "bsn", "functie"),
    "werkgever": ("naam", "loonheffingennummer", "aard_van_het_bedrijf"),
    "bedrijfsarts": ("naam", "organisatie", "functie"),
    "casemanager": ("naam", "organisatie", "functie"),
    "reintegratiebureau": ("naam", "organisatie", "functie"),
    "arbeidsdeskundige": ("naam", "organisatie", "functie"),
}
_TOP_KEYS = (*_PARTY_KEYS, "ziekteperiodes", "eerste_ziektedag", "aanvraag_wia", "overrides", "exclude")
_SPELL_KEYS = ("van", "tot")


#: How deep ``case_folders_below`` looks (batch's search depth).
_SEARCH_DEPTH = 6


def case_folders_below(folder: Path, *, limit: int = 4) -> list[Path]:
    """Up to ``limit`` folders below ``folder`` (not itself) that hold a dossier.yaml, nearest first.

    ``scan``, ``build`` and ``init`` refuse a folder of case folders: read as one case, it mixed several
    employees' documents into one report and one bundle. A case folder is not searched further; hidden
    folders and symbolic links are skipped, as ``batch`` does.
    """
    found: list[Path] = []
    level = [Path(folder)]
    for _ in range(_SEARCH_DEPTH):
        below: list[Path] = []
        for current in level:
            try:
                with os.scandir(current) as entries:
                    subs = sorted(
                        Path(e.path)
                        for e in entries
                        if not e.name.startswith((".", "~$")) and not e.is_symlink() and e.is_dir(follow_symlinks=False)
                    )
            except OSError:
                continue
            for sub in subs:
                if _is_file(sub / CASE_FILE_NAME):
                    found.append(sub)
                    if len(found) >= limit:
                        return found
                else:
                    below.append(sub)
        if not below:
            break
        level = below
    return found


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a folder without the right to look inside (Python 3.11 raises here)
        return False


def has_case_file(folder: Path) -> bool:
    """Whether ``folder`` holds a dossier.yaml (False too when the folder cannot be looked into)."""
    return _is_file(Path(folder) / CASE_FILE_NAME)


def load_case_file(case_dir: Path, *, checklist: Checklist | None = None) -> CaseFile:
    """Read ``CASE_DIR/dossier.yaml``; an empty CaseFile when there is none.

    Args:
        case_dir: the case folder.
        checklist: when given, the ``overrides`` are checked against its type ids too.

    Raises:
        ConfigError: unknown key (with the nearest valid one), wrong type, bad date or unknown
            type id; the message names the file, the key and the line (exit code 3).
    """
    path = Path(case_dir) / CASE_FILE_NAME
    if not path.is_file():
        return CaseFile()
    try:
        text = decode_case_file(path.read_bytes())
    except UnicodeDecodeError as exc:
        raise ConfigError(
            str(path),
            "het bestand is geen tekst in een bekende codering. Sla het op als UTF-8 (Kladblok: Opslaan als, "
            "Codering: UTF-8).",
            en="the file is not text in a known encoding. Save it as UTF-8 (Notepad: Save as, Encoding: UTF-8).",
        ) from exc
    except OSError as exc:
        raise ConfigError(
            str(path),
            f"kan het bestand niet lezen ({os_reason(exc, 'nl')}).",
            en=f"cannot read the file ({os_reason(exc, 'en')}).",
        ) from exc
    case = parse_case_file(text, str(path))
    if checklist is not None:
        validate_overrides(case, checklist, text=text)
    return case


def decode_case_file(data: bytes) -> str:
    """The text of a dossier.yaml as Windows editors save it: UTF-8 (with or without BOM), UTF-16, or ANSI.

    Notepad before Windows 10 1903 saved 'José' as ANSI (Windows-1252) and its 'Unicode' choice is UTF-16;
    refusing those sent HR officers hunting for an encoding menu. Windows-1252 is tried only when the bytes
    are no UTF-8 (valid UTF-8 is almost never accidental).

    Raises:
        UnicodeDecodeError: none of them fits (a byte Windows-1252 does not define, or a binary file).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:  # UTF-16 without its byte-order mark, else no text file at all
        half = len(data) // 2
        for encoding, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
            if zeros.count(0) >= half * 0.9:
                return data.decode(encoding)
        raise UnicodeDecodeError("utf-8", data, data.index(b"\x00"), data.index(b"\x00") + 1, "not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def parse_case_file(text: str, file: str) -> CaseFile:
    """Validate the YAML text of a ``dossier.yaml``; ``file`` is used in messages only."""
    ld = _Loader(file)
    root = ld.compose(text)
    if root is None:
        return CaseFile(path=file)
    top = _mapping(ld, root, None, _TOP_KEYS)
    kwargs: dict[str, Any] = {"path": file}
    for role, keys in _PARTY_KEYS.items():
        if role in top:
            kwargs[role] = _party(ld, top[role], role, keys)
    for key in ("eerste_ziektedag", "aanvraag_wia"):
        if key in top:
            kwargs[key] = _date(ld, top[key], key)
    if "ziekteperiodes" in top:
        kwargs["ziekteperiodes"] = _spells(ld, top["ziekteperiodes"])
    if "overrides" in top:
        kwargs["overrides"] = _overrides(ld, top["overrides"])
    if "exclude" in top:
        node = top["exclude"]
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str"):
            kwargs["exclude"] = (str(node.value),)
        else:
            kwargs["exclude"] = tuple(p.replace("\\", "/") for p in _strings(ld, node, "exclude"))
    return CaseFile(**kwargs)


def validate_overrides(case: CaseFile, checklist: Checklist, *, text: str | None = None) -> None:
    """Check that every override names a type id of the checklist (or is empty = "no RIV document").

    Args:
        case: the loaded case file.
        checklist: the checklist whose type ids are valid.
        text: the YAML text, to name the line; read again from ``case.path`` when not given.

    Raises:
        ConfigError: an unknown type id; names the file, the key and the line and suggests the nearest id.
    """
    valid = [t.id for t in checklist.types]
    for rel, type_id in case.overrides.items():
        if type_id is None or type_id in valid:
            continue
        line = _override_line(case, rel, text)
        hint_nl, hint_en = _suggest(type_id, valid, what=("documentsoorten", "document types"))
        raise ConfigError(
            case.path or CASE_FILE_NAME,
            f"overrides: '{type_id}' is geen documentsoort van checklist '{checklist.id}'.{hint_nl}"
            " Laat de waarde leeg (null) als het bestand geen RIV-document is.",
            key=f"overrides.{rel}",
            line=line,
            en=f"overrides: '{type_id}' is not a document type of checklist '{checklist.id}'.{hint_en}"
            " Leave the value empty (null) if the file is no RIV document.",
        )


def parse_date(raw: object) -> dt.date | None:
    """A date from YAML: a date, ``YYYY-MM-DD`` or ``DD-MM-YYYY`` text; ``None`` when it is none."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if not isinstance(raw, str):
        return None
    s = raw.strip()
    try:
        # year first, as 2025-03-01, 2025-3-1 or 2025/03/01 (unambiguous: no year starts a Dutch date)
        m = re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})", s)
        if m:
            return dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


def merge_spells(spells: Iterable[SickSpell], merge_days: int = _DEFAULT_MERGE_DAYS) -> list[list[SickSpell]]:
    """Group sick spells into chains: a recovery of less than ``merge_days`` joins two spells.

    WIA art. 23 lid 3 / ZW art. 38: spells less than 4 weeks apart count as one. The recovery is
    the number of days between the last sick day of one spell and the first of the next.
    An open spell (no ``tot``) is still running and must be the last one.
    """
    chains: list[list[SickSpell]] = []
    for sp in sorted(spells, key=lambda s: s.start):
        if chains:
            prev = chains[-1][-1]
            if prev.end is None or (sp.start - prev.end).days - 1 < merge_days:
                chains[-1].append(sp)
                continue
        chains.append([sp])
    return chains


def resolve_first_sick_day(
    cli_value: dt.date | str | None,
    case: CaseFile,
    documents: list[Document],
    *,
    checklist: Checklist | None = None,
    lang: str = "nl",
) -> DateFound | None:
    """The first sick day D0, with where it came from (in ``lang``).

    Order: ``--first-sick-day``, then ``eerste_ziektedag`` in dossier.yaml, then the start of the
    chain of ``ziekteperiodes`` that holds the latest spell (spells less than 4 weeks apart are
    one chain, WIA art. 23 lid 3), then the documents: the value most documents name, the
    earliest on a tie.

    The recovered days between spells of that chain are left out of the week count by the
    rules (see ``wia_dossier.timeline.SickClock``); D0 itself is the start of the chain.

    Raises:
        UsageError: ``cli_value`` is text that is no date.
    """
    if cli_value is not None:
        value = cli_value if isinstance(cli_value, dt.date) else parse_date(cli_value)
        if value is None:
            from wia_dossier.errors import UsageError

            raise UsageError(f"--first-sick-day '{cli_value}' is geen datum; gebruik JJJJ-MM-DD, bijv. 2025-01-13.")
        return DateFound(value, "given with --first-sick-day" if lang == "en" else "opgegeven met --first-sick-day")
    if case.eerste_ziektedag is not None:
        return DateFound(case.eerste_ziektedag, "dossier.yaml")
    if case.ziekteperiodes:
        merge_days = int(checklist.param("spell_merge_days", _DEFAULT_MERGE_DAYS)) if checklist else _DEFAULT_MERGE_DAYS
        chain = merge_spells(case.ziekteperiodes, merge_days)[-1]
        n = len(chain)
        if lang == "en":
            how = f"{n} spells added up (WIA art. 23(3))" if n > 1 else "1 spell"
        else:
            how = f"{n} periodes samengeteld (WIA art. 23 lid 3)" if n > 1 else "1 periode"
        return DateFound(chain[0].start, f"dossier.yaml (ziekteperiodes: {how})")
    votes: Counter[dt.date] = Counter()
    first_doc: dict[dt.date, str] = {}
    for doc in sorted(documents, key=lambda d: d.path):
        if doc.first_sick_day is None:
            continue
        votes[doc.first_sick_day.value] += 1
        first_doc.setdefault(doc.first_sick_day.value, doc.path)
    if not votes:
        return None
    best = min(votes, key=lambda d: (-votes[d], d))
    n = votes[best]
    if lang == "en":
        where = (
            f"found in {n} documents, e.g. '{first_doc[best]}'"
            if n > 1
            else f"found in 1 document, '{first_doc[best]}'"
        )
    else:
        where = (
            f"gevonden in {n} documenten, o.a. '{first_doc[best]}'"
            if n > 1
            else f"gevonden in 1 document, '{first_doc[best]}'"
        )
    return DateFound(best, where)


# ---------------------------------------------------------------------------------------------


def _fail(ld: _Loader, node: yaml.Node | None, nl: str, en: str, key: str | None = None) -> ConfigError:
    line = node.start_mark.line + 1 if node is not None else None
    return ConfigError(ld.file, nl, key=key, line=line, en=en)


def _suggest(key: str, valid: Iterable[str], *, what: tuple[str, str] = ("sleutels", "keys")) -> tuple[str, str]:
    """(' Bedoelde u ...?', ' Did you mean ...?'), or the valid choices when none is close."""
    choices = sorted(valid)
    close = difflib.get_close_matches(key, choices, n=1, cutoff=0.5)
    if close:
        return f" Bedoelde u '{close[0]}'?", f" Did you mean '{close[0]}'?"
    listing = ", ".join(choices)
    return f" Geldige {what[0]}: {listing}.", f" Valid {what[1]}: {listing}."


def _mapping(
    ld: _Loader, node: yaml.Node, where: str | None, valid: tuple[str, ...] | None, required: tuple[str, ...] = ()
) -> dict[str, yaml.Node]:
    """The keys of a ``key: value`` block; an unknown key names the nearest valid one (STYLE 9)."""
    pre = f"{where}: " if where else ""
    if not isinstance(node, yaml.MappingNode):
        raise _fail(
            ld,
            node,
            f"{pre}verwacht regels 'sleutel: waarde' (zie de uitleg in de handleiding).",
            f"{pre}expected 'key: value' lines (see the manual).",
            where,
        )
    out: dict[str, yaml.Node] = {}
    for k_node, v_node in node.value:
        key = str(k_node.value)
        if valid is not None and key not in valid:
            hint_nl, hint_en = _suggest(key, valid)
            raise _fail(
                ld, k_node, f"{pre}onbekende sleutel '{key}'.{hint_nl}", f"{pre}unknown key '{key}'.{hint_en}", key
            )
        if key in out:
            raise _fail(
                ld,
                k_node,
                f"{pre}sleutel '{key}' staat er twee keer; haal er één weg.",
                f"{pre}key '{key}' appears twice; remove one.",
                key,
            )
        out[key] = v_node
    for req in required:
        if req not in out:
            raise _fail(
                ld, node, f"{pre}verplichte sleutel '{req}' ontbreekt.", f"{pre}required key '{req}' is missing.", req
            )
    return out


def _strings(ld: _Loader, node: yaml.Node, key: str) -> tuple[str, ...]:
    """A list of non-empty texts, as ``exclude: ["privé/*", "oud/*"]``."""
    items = node.value if isinstance(node, yaml.SequenceNode) else None
    if items is None or not all(isinstance(i, yaml.ScalarNode) and str(i.value).strip() for i in items):
        raise _fail(
            ld,
            node,
            f'\'{key}\' moet een lijst van teksten zijn, bijv. {key}: ["privé/*", "oud/*"].',
            f'\'{key}\' must be a list of texts, e.g. {key}: ["private/*", "old/*"].',
            key,
        )
    return tuple(str(i.value) for i in items)


def _party(ld: _Loader, node: yaml.Node, role: str, keys: tuple[str, ...]) -> Party:
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str"):
        return Party(naam=str(node.value))  # casemanager: "P. Jansen"
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        return Party()
    m = _mapping(ld, node, role, keys)
    vals: dict[str, str | None] = {}
    for key, vnode in m.items():
        if not isinstance(vnode, yaml.ScalarNode):
            raise _fail(
                ld,
                vnode,
                f"{role}: '{key}' moet tekst zijn.",
                f"{role}: '{key}' must be text.",
                f"{role}.{key}",
            )
        if vnode.tag.endswith(":null"):
            vals[key] = None
        else:
            # the raw text: an unquoted 012345672 keeps its leading zero, 'functie: ja' stays 'ja'
            vals[key] = str(vnode.value).strip()
    return Party(**vals)


def _date(ld: _Loader, node: yaml.Node, key: str) -> dt.date | None:
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        return None
    # the raw text, not the YAML timestamp: safe_load itself crashes on 2025-02-30
    value = parse_date(str(node.value)) if isinstance(node, yaml.ScalarNode) else None
    if value is None:
        shown = node.value if isinstance(node, yaml.ScalarNode) else "een lijst"
        shown_en = node.value if isinstance(node, yaml.ScalarNode) else "a list"
        raise _fail(
            ld,
            node,
            f"'{key}' moet een bestaande datum zijn, als 2025-01-13 of 13-01-2025 (jaar in vier cijfers), "
            f"niet '{shown}'.",
            f"'{key}' must be a date that exists, as 2025-01-13 or 13-01-2025 (four-digit year), not '{shown_en}'.",
            key,
        )
    return value


def _spells(ld: _Loader, node: yaml.Node) -> tuple[SickSpell, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise _fail(
            ld,
            node,
            "'ziekteperiodes' moet een lijst zijn, bijv. [{van: 2025-01-13, tot: 2025-02-02}].",
            "'ziekteperiodes' must be a list, e.g. [{van: 2025-01-13, tot: 2025-02-02}].",
            "ziekteperiodes",
        )
    out: list[SickSpell] = []
    for i, item in enumerate(node.value):
        where = f"ziekteperiodes[{i}]"
        m = _mapping(ld, item, where, _SPELL_KEYS, ("van",))
        start = _date(ld, m["van"], f"{where}.van")
        end = _date(ld, m["tot"], f"{where}.tot") if "tot" in m else None
        if start is None:
            raise _fail(
                ld,
                m["van"],
                f"{where}: 'van' mag niet leeg zijn.",
                f"{where}: 'van' must not be empty.",
                f"{where}.van",
            )
        if end is not None and end < start:
            raise _fail(
                ld,
                m["tot"],
                f"{where}: 'tot' ({end:%d-%m-%Y}) ligt voor 'van' ({start:%d-%m-%Y}).",
                f"{where}: 'tot' ({end:%Y-%m-%d}) lies before 'van' ({start:%Y-%m-%d}).",
                f"{where}.tot",
            )
        out.append(SickSpell(start, end))
    ordered = sorted(out, key=lambda s: s.start)
    for a, b in itertools.pairwise(ordered):
        if a.end is None or b.start <= a.end:
            raise _fail(
                ld,
                node,
                "ziekteperiodes overlappen, of een open periode (zonder 'tot') is niet de laatste.",
                "ziekteperiodes overlap, or an open spell (without 'tot') is not the last one.",
                "ziekteperiodes",
            )
    return tuple(ordered)


def _overrides(ld: _Loader, node: yaml.Node) -> dict[str, str | None]:
    m = _mapping(ld, node, "overrides", None)
    out: dict[str, str | None] = {}
    for rel, vnode in m.items():
        if not isinstance(vnode, yaml.ScalarNode):
            raise _fail(
                ld,
                vnode,
                f"overrides: de waarde bij '{rel}' moet een documentsoort zijn (of leeg).",
                f"overrides: the value for '{rel}' must be a document type (or empty).",
                f"overrides.{rel}",
            )
        if vnode.tag.endswith(":null") or str(vnode.value).strip() == "":
            out[rel.replace("\\", "/")] = None
        else:
            out[rel.replace("\\", "/")] = str(vnode.value).strip()
    return out


def _override_line(case: CaseFile, rel: str, text: str | None) -> int | None:
    if text is None and case.path:
        try:
            text = decode_case_file(Path(case.path).read_bytes())
        except (OSError, UnicodeDecodeError):
            return None
    if not text:
        return None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    for k, v in root.value:
        if k.value == "overrides" and isinstance(v, yaml.MappingNode):
            for k2, _ in v.value:
                if str(k2.value).replace("\\", "/") == rel:
                    return int(k2.start_mark.line) + 1
    return None
