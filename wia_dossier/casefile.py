"""Read and validate ``dossier.yaml`` (CONTRACT.md) and work out the first sick day (D0)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from wia_dossier.checklist import _Loader, _suggest
from wia_dossier.errors import ConfigError
from wia_dossier.model import CaseFile, DateFound, Document, Party, SickSpell

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wia_dossier.checklist import Checklist

__all__ = [
    "CASE_FILE_NAME",
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
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), "het bestand is geen UTF-8-tekst. Sla het op als UTF-8.") from exc
    except OSError as exc:
        raise ConfigError(str(path), f"kan het bestand niet lezen ({exc.strerror}).") from exc
    case = parse_case_file(text, str(path))
    if checklist is not None:
        validate_overrides(case, checklist, text=text)
    return case


def parse_case_file(text: str, file: str) -> CaseFile:
    """Validate the YAML text of a ``dossier.yaml``; ``file`` is used in messages only."""
    ld = _Loader(file)
    root = ld.compose(text)
    if root is None:
        return CaseFile(path=file)
    top = ld.mapping(root, "dossier.yaml", _TOP_KEYS)
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
            kwargs["exclude"] = tuple(p.replace("\\", "/") for p in ld.strings(node, "dossier.yaml", "exclude"))
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
        raise ConfigError(
            case.path or CASE_FILE_NAME,
            f"overrides: '{type_id}' is geen documentsoort van checklist '{checklist.id}'.{_suggest(type_id, valid)}"
            " Laat de waarde leeg (null) als het bestand geen RIV-document is.",
            key=f"overrides.{rel}",
            line=line,
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
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return dt.date.fromisoformat(s)
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


def _party(ld: _Loader, node: yaml.Node, role: str, keys: tuple[str, ...]) -> Party:
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str"):
        return Party(naam=str(node.value))  # casemanager: "P. Jansen"
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        return Party()
    m = ld.mapping(node, role, keys)
    vals: dict[str, str | None] = {}
    for key, vnode in m.items():
        if not isinstance(vnode, yaml.ScalarNode):
            raise ld.fail(vnode, f"{role}: '{key}' moet tekst zijn.", f"{role}.{key}")
        if vnode.tag.endswith(":null"):
            vals[key] = None
        elif key in ("bsn", "loonheffingennummer"):
            # the raw text: an unquoted 012345672 must keep its leading zero
            vals[key] = str(vnode.value).strip()
        else:
            val = ld.value(vnode, role, f"{role}.{key}", (str, int, float))
            vals[key] = str(val).strip()
    return Party(**vals)


def _date(ld: _Loader, node: yaml.Node, key: str) -> dt.date | None:
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        return None
    # the raw text, not the YAML timestamp: safe_load itself crashes on 2025-02-30
    value = parse_date(str(node.value)) if isinstance(node, yaml.ScalarNode) else None
    if value is None:
        shown = node.value if isinstance(node, yaml.ScalarNode) else "een lijst"
        raise ld.fail(node, f"'{key}' moet een datum zijn (JJJJ-MM-DD, bijv. 2025-01-13), niet '{shown}'.", key)
    return value


def _spells(ld: _Loader, node: yaml.Node) -> tuple[SickSpell, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise ld.fail(
            node,
            "'ziekteperiodes' moet een lijst zijn, bijv. [{van: 2025-01-13, tot: 2025-02-02}].",
            "ziekteperiodes",
        )
    out: list[SickSpell] = []
    for i, item in enumerate(node.value):
        where = f"ziekteperiodes[{i}]"
        m = ld.mapping(item, where, _SPELL_KEYS, ("van",))
        start = _date(ld, m["van"], f"{where}.van")
        end = _date(ld, m["tot"], f"{where}.tot") if "tot" in m else None
        if start is None:
            raise ld.fail(m["van"], f"{where}: 'van' mag niet leeg zijn.", f"{where}.van")
        if end is not None and end < start:
            raise ld.fail(
                m["tot"],
                f"{where}: 'tot' ({end:%d-%m-%Y}) ligt voor 'van' ({start:%d-%m-%Y}).",
                f"{where}.tot",
            )
        out.append(SickSpell(start, end))
    ordered = sorted(out, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.end is None or b.start <= a.end:
            raise ld.fail(
                node,
                "ziekteperiodes overlappen, of een open periode (zonder 'tot') is niet de laatste.",
                "ziekteperiodes",
            )
    return tuple(ordered)


def _overrides(ld: _Loader, node: yaml.Node) -> dict[str, str | None]:
    m = ld.mapping(node, "overrides", None)
    out: dict[str, str | None] = {}
    for rel, vnode in m.items():
        if not isinstance(vnode, yaml.ScalarNode):
            raise ld.fail(
                vnode,
                f"overrides: de waarde bij '{rel}' moet een documentsoort zijn (of leeg).",
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
            text = Path(case.path).read_text(encoding="utf-8-sig")
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
