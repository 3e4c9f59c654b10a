"""``wia-dossier init``: scan the case and write a commented dossier.yaml (thin skin over init.write_case_file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from wia_dossier.cli import common_options, handle_errors, refuse_folder_of_cases, scan_options
from wia_dossier.cli_help import DutchCommand


@click.command("init", cls=DutchCommand)
@click.argument("case_dir", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option(
    "--force",
    is_flag=True,
    help="Vervang een bestaande dossier.yaml (de feiten die erin staan blijven behouden).",
)
@common_options
@handle_errors
def init_command(case_dir: Path, force: bool, **kw: Any) -> None:  # noqa: FBT001 - click passes flags positionally
    """Schrijf een dossier.yaml met toelichting, vooraf ingevuld met wat de scan vond.

    Namen, BSN, eerste ziektedag en bedrijfsarts worden ingevuld waar de documenten ze noemen;
    de rest staat er als voorbeeld achter een '#'. Dit is het enige commando dat in de dossiermap
    schrijft, en het overschrijft een bestaande dossier.yaml alleen met --force.

    Voorbeeld:

        wia-dossier init "Dossiers/J. de Vries"

        wia-dossier init samples/dossier-bakker --first-sick-day 2025-01-13 --force
    """
    from wia_dossier.init import check_case_file_target, write_case_file
    from wia_dossier.pipeline import run_scan

    refuse_folder_of_cases(case_dir, kw.get("lang") or "nl")
    check_case_file_target(case_dir, force=force)  # before the scan: no reason to wait for a refusal
    options = scan_options(case_dir, kw)
    result = run_scan(case_dir, options)
    path = write_case_file(case_dir, result, force=force)
    if options.lang == "en":
        click.echo(f"Written: {path}. Check every value and fill in what is still commented out.")
    else:
        click.echo(f"Geschreven: {path}. Controleer elke waarde en vul aan wat nog achter een '#' staat.")
