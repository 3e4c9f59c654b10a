"""Write a commented ``dossier.yaml`` pre-filled with what a scan found (``wia-dossier init``)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from wia_dossier.bsn import bsn_valid, find_bsns, normalize_bsn
from wia_dossier.casefile import CASE_FILE_NAME, parse_case_file
from wia_dossier.errors import OutputError, UsageError
from wia_dossier.model import Party, Status

if TYPE_CHECKING:
    from wia_dossier.model import Document, ScanResult

__all__ = ["check_case_file_target", "render_case_file", "write_case_file"]

# author function words (classify.find_author: "A. Smit (bedrijfsarts)") -> dossier.yaml party
_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "bedrijfsarts": ("bedrijfsarts", "arbo-arts", "arboarts"),
    "casemanager": ("casemanager", "case manager"),
    "arbeidsdeskundige": ("arbeidsdeskundige",),
    "reintegratiebureau": ("re-integratie", "reintegratie", "jobcoach", "loopbaan", "trajectbegeleider"),
}


def write_case_file(case_dir: Path, result: ScanResult, *, force: bool) -> Path:
    """Write ``CASE_DIR/dossier.yaml`` from the scan result, atomically.

    The only function of the tool that writes inside the case folder. Values found in the
    documents are filled in with a comment saying where they come from; unknown ones stay
    commented placeholders. Facts of an existing dossier.yaml (``result.case``) are kept.

    Args:
        case_dir: the case folder.
        result: what ``run_scan`` found.
        force: overwrite an existing dossier.yaml.

    Returns:
        The path written.

    Raises:
        UsageError: the case folder does not exist (exit 2).
        OutputError: dossier.yaml exists and ``force`` is false, or it cannot be written (exit 4).
    """
    case_dir = Path(case_dir)
    target = check_case_file_target(case_dir, force=force)
    text = render_case_file(result)
    parse_case_file(text, str(target))  # what we write must load again; a bug here must not reach the user's folder
    tmp_name: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=case_dir, prefix=".dossier.", suffix=".yaml.tmp", delete=False
        ) as fh:
            tmp_name = fh.name
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)  # readable for colleagues on the share, as any file they save
        if force:
            os.replace(tmp_name, target)
        else:
            try:
                os.link(tmp_name, target)  # fails if the file appeared meanwhile: never clobber without --force
            except FileExistsError:
                raise _exists(target) from None
            except OSError:
                if target.exists():
                    raise _exists(target) from None
                os.replace(tmp_name, target)  # a file system without hard links
    except OSError as exc:
        raise OutputError(
            f"kan '{target}' niet schrijven ({exc.strerror}). Controleer de schrijfrechten van de map.",
            en=f"cannot write '{target}' ({exc.strerror}). Check the folder's permissions.",
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
    return target


def check_case_file_target(case_dir: Path, *, force: bool) -> Path:
    """Where ``init`` writes, checked before the scan: no reason to wait minutes for a refusal.

    Returns:
        ``CASE_DIR/dossier.yaml``.

    Raises:
        UsageError: the case folder does not exist (exit 2).
        OutputError: dossier.yaml exists and ``force`` is false, or the folder is not writable (exit 4).
    """
    if not case_dir.is_dir():
        raise UsageError(
            f"De dossiermap '{case_dir}' bestaat niet of is geen map. Geef de map met de documenten van één "
            "werknemer op.",
            en=f"The case folder '{case_dir}' does not exist or is not a folder. Give the folder that holds one "
            "employee's documents.",
        )
    target = case_dir / CASE_FILE_NAME
    if target.exists() and not force:
        raise OutputError(
            f"'{target}' bestaat al. Pas het bestand zelf aan, of gebruik --force om het te vervangen.",
            en=f"'{target}' already exists. Edit it yourself, or use --force to replace it.",
        )
    if not os.access(case_dir, os.W_OK | os.X_OK):  # also a read-only mount, even for root
        raise OutputError(
            f"kan '{target}' niet schrijven: geen schrijfrechten in de dossiermap (of de map is alleen-lezen). "
            "Vraag schrijfrechten, of maak dossier.yaml zelf aan op een plek waar u mag schrijven.",
            en=f"cannot write '{target}': no permission to write in the case folder (or it is read-only). "
            "Ask for write permission, or create dossier.yaml yourself where you may write.",
        )
    return target


def _exists(target: Path) -> OutputError:
    return OutputError(
        f"'{target}' bestaat al. Gebruik --force om het te vervangen.",
        en=f"'{target}' already exists. Use --force to replace it.",
    )


def render_case_file(result: ScanResult) -> str:
    """The commented YAML text for ``result`` (pure; ``write_case_file`` writes it)."""
    case = result.case
    docs = [d for d in result.documents if d.status is not Status.EXCLUDED]
    typed = [d for d in docs if d.type is not None]
    out: list[str] = [
        "# dossier.yaml: feiten over de zaak die de documenten niet betrouwbaar geven (wia-dossier, CONTRACT.md).",
        f"# Gemaakt met 'wia-dossier init' na een scan op {result.as_of:%d-%m-%Y} met checklist '{result.checklist_id}'.",
        "# Controleer elke ingevulde waarde. Regels met '#' ervoor worden niet gelezen: haal het '#' weg en vul in.",
        "# Alle sleutels zijn optioneel. Datums als JJJJ-MM-DD.",
        "",
    ]

    bsn, bsn_note = _bsn(case.werknemer, typed)
    _party(
        out,
        "werknemer",
        case.werknemer,
        {
            "naam": (case.werknemer.naam, "uit dossier.yaml" if case.werknemer.naam else None),
            "bsn": (bsn, bsn_note),
            "functie": (case.werknemer.functie, "uit dossier.yaml" if case.werknemer.functie else None),
        },
        placeholders={"naam": "J. de Vries", "bsn": "123456782", "functie": "Magazijnmedewerker"},
    )
    _party(
        out,
        "werkgever",
        case.werkgever,
        {
            "naam": (case.werkgever.naam, None),
            "loonheffingennummer": (case.werkgever.loonheffingennummer, None),
            "aard_van_het_bedrijf": (case.werkgever.aard_van_het_bedrijf, None),
        },
        placeholders={
            "naam": "Voorbeeld BV",
            "loonheffingennummer": "123456789L01",
            "aard_van_het_bedrijf": "Groothandel, 40 medewerkers",
        },
    )
    for role in ("bedrijfsarts", "casemanager", "arbeidsdeskundige", "reintegratiebureau"):
        existing: Party = getattr(case, role)
        found_name, found_note = _author(role, docs)
        fields = {
            "naam": (existing.naam or found_name, "uit dossier.yaml" if existing.naam else found_note),
            "organisatie": (existing.organisatie, None),
        }
        if existing.functie:
            fields["functie"] = (existing.functie, None)
        _party(out, role, existing, fields, placeholders={"naam": "...", "organisatie": "..."})

    out.append("")
    out.append("# Eerste ziektedag (D0). --first-sick-day gaat hierboven.")
    if case.eerste_ziektedag is not None:
        out.append(f"eerste_ziektedag: {case.eerste_ziektedag.isoformat()}  # uit dossier.yaml")
    elif result.first_sick_day is not None and not case.ziekteperiodes:
        out.append(
            f"eerste_ziektedag: {result.first_sick_day.value.isoformat()}  # {_comment(result.first_sick_day.source)}"
        )
    else:
        out.append("# eerste_ziektedag: 2025-01-13")
    out.append("# Ziekteperiodes met minder dan 4 weken herstel ertussen tellen samen (WIA art. 23 lid 3).")
    if case.ziekteperiodes:
        out.append("ziekteperiodes:")
        for sp in case.ziekteperiodes:
            tot = f", tot: {sp.end.isoformat()}" if sp.end else ""
            out.append(f"  - {{van: {sp.start.isoformat()}{tot}}}")
    else:
        out.append("# ziekteperiodes:")
        out.append("#   - {van: 2024-11-04, tot: 2024-11-29}")
        out.append("#   - {van: 2025-01-13}")
    out.append("# Datum van de WIA-aanvraag (gepland of ingediend); uiterlijk week 93 (WIA art. 64 lid 3).")
    if case.aanvraag_wia is not None:
        out.append(f"aanvraag_wia: {case.aanvraag_wia.isoformat()}")
    else:
        out.append("# aanvraag_wia: 2026-10-12")

    out.append("")
    out.append(
        "# Uw oordeel gaat boven de herkenning: pad (relatief aan deze map) -> documentsoort, of null voor 'geen RIV-document'."
    )
    unclassified = sorted(d.path for d in docs if d.type is None and d.status is Status.OK)
    if case.overrides:
        out.append("overrides:")
        for rel, type_id in sorted(case.overrides.items()):
            out.append(f"  {_q(rel)}: {type_id if type_id else 'null'}")
        for rel in unclassified:
            if rel not in case.overrides:
                out.append(f"  # {_q(rel)}: documentsoort   # niet herkend")
    elif unclassified:
        out.append("# overrides:")
        for rel in unclassified:
            out.append(f"#   {_q(rel)}: documentsoort   # niet herkend")
    else:
        out.append('# overrides:\n#   "scans/scan0003.pdf": oordeel_werknemer')
    out.append("# Bestanden die niet meedoen (glob-patronen, relatief aan deze map).")
    if case.exclude:
        out.append("exclude: [" + ", ".join(_q(p) for p in case.exclude) + "]")
    else:
        out.append('# exclude: ["privé/*"]')
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(text.split())


def _party(
    out: list[str],
    role: str,
    existing: Party,
    fields: dict[str, tuple[str | None, str | None]],
    *,
    placeholders: dict[str, str],
) -> None:
    known = {k: v for k, v in fields.items() if v[0]}
    out.append(f"{role}:" if known else f"{role}:  # nog niet bekend")
    for key, (value, note) in fields.items():
        if value:
            line = f"  {key}: {_q(value)}"
            out.append(line + (f"  # {_comment(note)}" if note else ""))
        else:
            out.append(f"  # {key}: {_q(placeholders.get(key, '...'))}")


def _bsn(werknemer: Party, docs: list[Document]) -> tuple[str | None, str | None]:
    if werknemer.bsn:
        return werknemer.bsn, "uit dossier.yaml"
    counts: Counter[str] = Counter()
    for d in docs:
        found = (
            [normalize_bsn(b) or b for b in d.bsns]
            if d.bsns
            else find_bsns(d.extracted.text if d.status is Status.OK else "")
        )
        for b in set(found):
            if bsn_valid(b):
                counts[b] += 1
    if not counts:
        return None, None
    best = min(counts, key=lambda b: (-counts[b], b))
    n = counts[best]
    note = f"gevonden in {n} document{'en' if n > 1 else ''}"
    if len(counts) > 1:
        note += f"; LET OP: {len(counts) - 1} ander(e) BSN in de documenten"
    return best, note


def _author(role: str, docs: list[Document]) -> tuple[str | None, str | None]:
    """The name most documents give for ``role`` (from 'Name (function)' authors)."""
    words = _ROLE_WORDS[role]
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for d in sorted(docs, key=lambda d: d.path):
        if not d.author or "(" not in d.author:
            continue
        name, func = d.author.rsplit("(", 1)
        if any(w in func.lower() for w in words):
            name = name.strip()
            counts[name] += 1
            first.setdefault(name, d.path)
    if not counts:
        return None, None
    best = min(counts, key=lambda n: (-counts[n], n))
    return best, f"gevonden in '{first[best]}'" + (f" en {counts[best] - 1} andere" if counts[best] > 1 else "")
