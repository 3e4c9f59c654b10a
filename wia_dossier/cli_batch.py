"""The ``batch`` command: parse options, call ``batch.run_batch``, print the overview. No logic lives here."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from wia_dossier.cli import common_options, handle_errors, scan_options
from wia_dossier.cli_help import DutchCommand
from wia_dossier.errors import OUTPUT_ERRORS, OutputError, UsageError
from wia_dossier.messages import os_reason
from wia_dossier.messages import t as _t


@click.command("batch", cls=DutchCommand)
@click.argument("root", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "csv", "json", "html"]),
    default=None,
    help="Uitvoervorm: tabel, CSV, JSON-regels (één wia-dossier.scan/1-object per dossier) of HTML-pagina. "
    "Standaard: tabel, of wat de naam van --output zegt (.html, .csv, .jsonl/.json).",
)
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Elke map precies N niveaus onder ROOT is een dossier (standaard: elke map met een dossier.yaml).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Aantal dossiers tegelijk (standaard: alle processorkernen).",
)
@click.option(
    "--case-timeout",
    "case_timeout",
    type=click.FloatRange(min=0),
    default=600.0,
    show_default=True,
    metavar="SECONDEN",
    help="Hoe lang één dossier mag duren. Duurt het langer, dan wordt het gestopt en "
    "staat het als fout in het overzicht; de andere dossiers gaan door. 0: geen grens.",
)
@click.option(
    "--csv-delimiter",
    "csv_delimiter",
    type=click.Choice(["semicolon", "comma", ";", ","]),
    default=None,
    help="Scheidingsteken bij --format csv. semicolon (;): voor Nederlandse Excel, met BOM zodat é en ë "
    "goed blijven; standaard bij --lang nl. comma (,): gewone CSV zonder BOM, voor Engelse Excel en "
    "scripts; standaard bij --lang en.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="BESTAND",
    help="Schrijf het overzicht naar dit bestand in plaats van naar het scherm.",
)
@click.option("--force", is_flag=True, help="Overschrijf --output als het al bestaat.")
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    metavar="MAP",
    help="Map van de versleutelde cache (standaard: $WIA_DOSSIER_CACHE of ~/.cache/wia-dossier).",
)
@click.option("--no-cache", is_flag=True, help="Lees elk bestand opnieuw; gebruik en vul de cache niet.")
@click.option("--clear-cache", is_flag=True, help="Leeg de cache (en stop, als er geen ROOT is opgegeven).")
@common_options
@handle_errors
def batch_command(
    root: Path | None,
    fmt: str | None,
    *,
    depth: int | None,
    jobs: int | None,
    case_timeout: float,
    csv_delimiter: str | None,
    output: Path | None,
    force: bool,
    cache_dir: Path | None,
    no_cache: bool,
    clear_cache: bool,
    **kw: Any,
) -> None:
    """Controleer alle dossiers onder ROOT tegelijk: één overzicht, het dringendste dossier bovenaan.

    Een dossier is elke map onder ROOT met een dossier.yaml; met --depth 1 is elke submap van ROOT een
    dossier. Dossiers met fouten komen eerst, dan de dichtstbijzijnde termijn, dan de naam. Een kapot
    dossier (ongeldige dossier.yaml, onleesbare map) stopt de rest niet: het staat als fout in het
    overzicht. Een dossier dat langer duurt dan --case-timeout (standaard 10 minuten) wordt gestopt en
    staat ook als fout in het overzicht. Exitcode 1 als een dossier fouten heeft.

    De CSV opent standaard goed in Nederlandse Excel (kolommen gescheiden door een puntkomma); met
    --lang en of --csv-delimiter comma is het een gewone CSV met komma's.

    De gelezen tekst wordt versleuteld bewaard in een cache, zodat een tweede run snel is. Leeg de cache
    met --clear-cache; sla haar over met --no-cache. De dossiermappen worden nooit gewijzigd.

    Voorbeeld:

        wia-dossier batch "Verzuim/Lopende dossiers" --as-of 2026-10-01

        wia-dossier batch Dossiers --format html -o overzicht.html

        wia-dossier batch Dossiers --depth 1 --format csv -o overzicht.csv

        wia-dossier batch Dossiers --case-timeout 1800

        wia-dossier batch --clear-cache
    """
    from wia_dossier import batch
    from wia_dossier.cache import ExtractionCache, resolve_cache_dir

    if clear_cache:
        from wia_dossier import ocr

        folder = resolve_cache_dir(cache_dir)
        removed = ExtractionCache(folder).clear() + ocr.clear_cache(folder)
        click.echo(
            f"Cache geleegd: {removed} {'bestand' if removed == 1 else 'bestanden'} verwijderd uit {folder}.", err=True
        )
        if root is None:
            return
    if root is None:
        raise UsageError(
            "Geef de map op waarin de dossiermappen staan: wia-dossier batch MAP.",
            en="Give the folder that holds the case folders: wia-dossier batch FOLDER.",
        )
    if kw.get("first_sick_day") is not None:
        raise UsageError(
            "--first-sick-day geldt voor één dossier en kan niet bij batch. Zet de eerste ziektedag per dossier in "
            "zijn dossier.yaml (eerste_ziektedag: JJJJ-MM-DD), of gebruik 'wia-dossier scan MAP --first-sick-day ...'.",
            en="--first-sick-day is for one case and cannot be used with batch. Put each case's first sick day in its "
            "dossier.yaml (eerste_ziektedag: YYYY-MM-DD), or use 'wia-dossier scan FOLDER --first-sick-day ...'.",
        )
    if fmt is None:
        # '-o overzicht.html' means an HTML page: writing the terminal table into it surprised users
        suffix = output.suffix.lower() if output is not None else ""
        fmt = {".html": "html", ".htm": "html", ".csv": "csv", ".jsonl": "json", ".json": "json"}.get(suffix, "text")
    options = batch.BatchOptions(
        scan=scan_options(root, kw),
        jobs=jobs,
        depth=depth,
        use_cache=not no_cache,
        cache_dir=cache_dir,
        case_timeout=case_timeout,
    )
    cases, unreadable = batch.find_cases(root, depth=depth)
    if output is not None:
        _check_output(output, force=force, cases=cases)

    lang = options.scan.lang
    left_out = batch.folders_left_out(root, cases) if depth is None else []
    if left_out:
        names = ", ".join(p.name for p in left_out[:5]) + (" …" if len(left_out) > 5 else "")
        click.echo(
            _t(
                lang,
                f"Let op: {len(left_out)} {'map' if len(left_out) == 1 else 'mappen'} zonder dossier.yaml niet "
                f"meegenomen: {names}. Is elke submap een dossier, gebruik dan --depth 1; of maak een dossier.yaml "
                "met 'wia-dossier init MAP'.",
                f"Note: {len(left_out)} {'folder' if len(left_out) == 1 else 'folders'} without dossier.yaml left out: "
                f"{names}. If every sub-folder is a case, use --depth 1; or write a dossier.yaml with "
                "'wia-dossier init FOLDER'.",
            ),
            err=True,
        )
    if sys.stderr.isatty():
        label = "Dossiers controleren" if lang == "nl" else "Checking cases"
        with click.progressbar(length=len(cases) + len(unreadable), label=label, file=sys.stderr) as bar:
            result = batch.run_batch(root, options, progress=lambda _row: bar.update(1))
    else:
        result = batch.run_batch(root, options)

    text: str | Iterable[str]
    if fmt == "json":
        # line by line: 500 cases are 7 MB of JSON, which need not sit in memory twice
        text = batch.iter_json_lines(result)
    elif fmt == "csv":
        delimiter = {"semicolon": ";", "comma": ","}.get(csv_delimiter or "", csv_delimiter)
        text = batch.to_csv(result, lang=lang, delimiter=delimiter)
    elif fmt == "html":
        text = batch.to_html(result, lang=lang)
    else:
        text = batch.to_text(result, lang=lang)
    if output is not None:
        _write(output, text)
        click.echo(batch.summary_text(result, lang=lang) + f" → {output}", err=True)
    elif isinstance(text, str) and fmt == "csv":
        click.echo(text.encode("utf-8"), nl=False)  # bytes: UTF-8 (and its BOM) whatever the console's code page
    elif isinstance(text, str):
        click.echo(text, nl=False)
    else:
        for line in text:
            click.echo(line, nl=False)
    if kw.get("verbose"):
        click.echo(
            f"cache: {result.cache_hits} uit de cache, {result.cache_misses} gelezen; {result.jobs} processen", err=True
        )
    sys.exit(result.exit_code)


def _check_output(output: Path, *, force: bool, cases: list[Path]) -> None:
    target = output.absolute()
    for case in cases:
        if target.is_relative_to(case.absolute()):
            raise OutputError(
                f"'{output}' ligt in dossiermap '{case}'; het programma schrijft nooit in een dossier. Kies een "
                "bestand buiten de dossiermappen.",
                en=f"'{output}' lies inside case folder '{case}'; the tool never writes into a case. Choose a file "
                "outside the case folders.",
            )
    if target.exists() and not force:
        raise OutputError(
            f"'{output}' bestaat al. Kies een andere naam of gebruik --force om het te overschrijven.",
            en=f"'{output}' already exists. Choose another name or use --force to overwrite it.",
        )
    if not target.parent.is_dir():
        raise OutputError(
            f"De map '{target.parent}' bestaat niet. Maak haar eerst aan of kies een andere plek.",
            en=f"The folder '{target.parent}' does not exist. Create it first or choose another place.",
        )
    if not os.access(target.parent, os.W_OK | os.X_OK):  # before the scan, not after every case was read
        raise OutputError(
            f"Geen schrijfrechten in '{target.parent}'. Kies een map waarin u mag schrijven.",
            en=f"No permission to write in '{target.parent}'. Choose a folder you may write in.",
        )


def _write(output: Path, text: str | Iterable[str]) -> None:
    target = output.absolute()
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".wia-dossier-", dir=target.parent)
        # OUTPUT_ERRORS: a case folder whose name is no UTF-8 ('Jos\xe9') is written as Windows-1252 text
        with os.fdopen(fd, "w", encoding="utf-8", errors=OUTPUT_ERRORS, newline="") as fh:
            if isinstance(text, str):
                fh.write(text)
            else:
                fh.writelines(text)
        # mkstemp makes 0600 files: the overview gets the user's normal permissions, as build and init give
        # theirs, so colleagues on the team share can open it
        umask = os.umask(0)
        os.umask(umask)
        Path(tmp).chmod(0o666 & ~umask)
        Path(tmp).replace(target)
    except BaseException as exc:  # also Ctrl-C: no half-written temp file stays behind
        if tmp is not None:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
        if isinstance(exc, OSError):
            raise OutputError(
                f"'{output}' kan niet worden geschreven ({os_reason(exc, 'nl')}). Kies een andere plek.",
                en=f"'{output}' cannot be written ({os_reason(exc, 'en')}). Choose another place.",
            ) from exc
        raise
