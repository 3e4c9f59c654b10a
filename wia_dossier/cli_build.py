"""``wia-dossier build``: scan the case, then write the submission PDF (thin skin over build.run_build)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from wia_dossier.cli import common_options, emit_report, handle_errors, refuse_folder_of_cases, scan_options
from wia_dossier.cli_help import DutchCommand
from wia_dossier.errors import ExitCode, OutputError
from wia_dossier.messages import os_reason
from wia_dossier.model import Severity

# as the report labels them (report.to_text): 'warning' is no word for a Dutch HR officer
_SEVERITY = {
    Severity.ERROR: ("FOUT", "ERROR"),
    Severity.WARNING: ("LET OP", "WARNING"),
    Severity.INFO: ("info", "info"),
}


@click.command("build", cls=DutchCommand)
@click.argument("case_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    metavar="OUT.pdf",
    type=click.Path(path_type=Path, dir_okay=False),
    help="De bundel (PDF). Ernaast komt OUT.json met de paginakaart.",
)
@click.option(
    "--draft",
    is_flag=True,
    help="Maak de bundel ook als er fouten zijn; elke pagina krijgt het opschrift CONCEPT.",
)
@click.option(
    "--split",
    "split_dir",
    metavar="MAP",
    type=click.Path(path_type=Path, file_okay=False),
    help="Schrijf ook één PDF per document in MAP (voor het UWV-werkgeversportaal, max. 10 MB per stuk).",
)
@click.option("--force", is_flag=True, help="Overschrijf OUT, OUT.json en bestanden in de --split-map.")
@click.option(
    "--template-dir",
    metavar="MAP",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Eigen sjablonen (cover.html.j2, index.html.j2, style.css, logo…) die de meegeleverde vervangen.",
)
@click.option("--full-bsn", is_flag=True, help="Toon het volledige BSN op voorblad en stempels (standaard *****6782).")
@click.option(
    "--include-unclassified",
    is_flag=True,
    help="Neem ook niet-herkende bestanden op (onder 'Overige stukken'); medische stukken nooit.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="Vorm van het rapport: tekst, JSON (schema wia-dossier.scan/1) of Markdown. Bij json en markdown "
    "komen de meldingen over de bundel op stderr.",
)
@common_options
@handle_errors
def build_command(
    case_dir: Path,
    out: Path,
    *,
    fmt: str,
    draft: bool,
    split_dir: Path | None,
    force: bool,
    template_dir: Path | None,
    full_bsn: bool,
    include_unclassified: bool,
    **kw: Any,
) -> None:
    """Controleer het dossier en stel de PDF-bundel voor UWV samen.

    De bundel bevat een voorblad (re-integratieverslag), een inhoudsopgave met koppelingen, en alle
    documenten in de volgorde die UWV verwacht, elk omgezet naar PDF en onderaan gestempeld met
    onderdeel, paginanummer, naam en BSN. Medische informatie komt er nooit in: die stuurt de
    werknemer of de bedrijfsarts apart. Met fouten in het dossier weigert build (exitcode 1),
    tenzij --draft. De dossiermap wordt niet gewijzigd.

    Voorbeeld:

        wia-dossier build "Dossiers/J. de Vries" -o riv-de-vries.pdf

        wia-dossier build samples/dossier-de-vries -o concept.pdf --draft --split portaal/
    """
    from wia_dossier.build import BuildOptions, build_extract_options, check_output, run_build
    from wia_dossier.checklist import load_checklist
    from wia_dossier.medical_sweep import check_every_page
    from wia_dossier.pipeline import run_scan

    refuse_folder_of_cases(case_dir, kw.get("lang") or "nl")
    scan_opts = scan_options(case_dir, kw)
    options = BuildOptions(
        draft=draft,
        force=force,
        split_dir=split_dir,
        lang=scan_opts.lang,
        template_dir=template_dir,
        full_bsn=full_bsn,
        include_unclassified=include_unclassified,
        passwords=dict(scan_opts.passwords),
        extract=scan_opts.extract,
    )
    check_output(out, options)  # before the scan: exit 4 at once, not after minutes of work
    result = run_scan(case_dir, scan_opts)
    checklist = load_checklist(scan_opts.checklist)
    # the pages the scan did not read, before the report: a medical page among them shows up there too
    check_every_page(result, checklist, build_extract_options(options), scan_opts.lang)
    emit_report(result, fmt, scan_opts.lang, verbose=bool(kw.get("verbose")))
    try:
        built = run_build(result, checklist, out, options)
    except OSError as exc:  # a folder that vanished, a full disk, a special file system
        raise OutputError(
            f"De bundel kon niet worden geschreven naar {out} ({os_reason(exc, 'nl')}). "
            "Kies een andere map of maak ruimte vrij.",
            en=f"The bundle could not be written to {out} ({os_reason(exc, 'en')}). "
            "Choose another folder or free some space.",
        ) from exc
    en = scan_opts.lang == "en"
    # CONTRACT: with --format json stdout holds the one report object; what the bundle did goes to stderr
    err = fmt != "text"
    click.echo("", err=err)
    n = len(built.documents)
    click.echo(
        (
            f"Bundle written: {built.out} ({built.pages} pages, {n} document{'' if n == 1 else 's'}); "
            f"page map: {built.sidecar}"
        )
        if en
        else (
            f"Bundel geschreven: {built.out} ({built.pages} pagina's, {n} document{'' if n == 1 else 'en'}); "
            f"paginakaart: {built.sidecar}"
        ),
        err=err,
    )
    if built.draft:
        click.echo(
            "CONCEPT: elke pagina is gemarkeerd; niet indienen."
            if not en
            else "DRAFT: every page is marked CONCEPT; do not submit.",
            err=err,
        )
    for note in built.notes:
        click.echo(f"  [{_SEVERITY[note.severity][en]}] {note.message}", err=err)
    for path in built.split_files:
        click.echo(f"  {path}", err=err)
    sys.exit(int(ExitCode.FINDINGS if result.errors else ExitCode.OK))
