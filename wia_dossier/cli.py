"""Command line: parse options, call the library, print. No logic lives here."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import re
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from wia_dossier import __version__
from wia_dossier.cli_help import DutchGroup, wants_english
from wia_dossier.errors import OUTPUT_ERRORS, DossierError, ExitCode, UsageError

F = TypeVar("F", bound=Callable[..., Any])


_DMY = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$")
_YMD = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date_option(ctx: click.Context | None, param: click.Parameter | None, value: str | None) -> dt.date | None:
    """Click callback: a date as YYYY-MM-DD (CONTRACT) or as the reports write it, DD-MM-YYYY.

    A date that has the right form but does not exist ('30-02-2026') is named as such.
    """
    if value is None:
        return None
    en = _wants_english(ctx)
    name = param.opts[0] if param is not None and param.opts else "datum"
    ymd, dmy = _YMD.match(value), _DMY.match(value)
    parts = (
        (ymd.group(1), ymd.group(2), ymd.group(3))
        if ymd
        else (dmy.group(3), dmy.group(2), dmy.group(1))
        if dmy
        else None
    )
    if parts is None:
        raise click.BadParameter(
            f"'{value}' is not a date; write it as YYYY-MM-DD (2025-01-13) or DD-MM-YYYY (13-01-2025)."
            if en
            else f"'{value}' is geen datum; schrijf JJJJ-MM-DD (2025-01-13) of DD-MM-JJJJ (13-01-2025).",
            param_hint=name,
        )
    year, month, day = (int(x) for x in parts)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise click.BadParameter(
            f"'{value}': day {day} of month {month} of {year} does not exist; check the date."
            if en
            else f"'{value}': dag {day} van maand {month} in {year} bestaat niet; controleer de datum.",
            param_hint=name,
        ) from None


def _wants_english(ctx: click.Context | None) -> bool:
    """--lang en, also when click has not processed it yet (options are read in command-line order)."""
    return wants_english(ctx)


def common_options(func: F) -> F:
    """The options every analysing command accepts (CONTRACT.md)."""
    options = [
        click.option(
            "--checklist",
            "checklist",
            metavar="NAAM|PAD",
            default=None,
            help="Checklist: naam van een meegeleverde checklist of pad naar een eigen YAML (standaard wia-aanvraag).",
        ),
        click.option(
            "--first-sick-day",
            "first_sick_day",
            metavar="JJJJ-MM-DD",
            callback=parse_date_option,
            help="Eerste ziektedag; gaat boven dossier.yaml en boven wat in de documenten staat.",
        ),
        click.option(
            "--as-of",
            "as_of",
            metavar="JJJJ-MM-DD",
            callback=parse_date_option,
            help="Peildatum waarop het dossier wordt beoordeeld (standaard: vandaag).",
        ),
        click.option(
            "--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True, help="Taal van de uitvoer."
        ),
        click.option(
            "--password",
            "passwords",
            multiple=True,
            metavar="BESTAND=WACHTWOORD",
            help="Wachtwoord voor een beveiligde PDF (pad relatief aan de dossiermap). Mag vaker.",
        ),
        click.option(
            "--file-timeout",
            "file_timeout",
            type=click.FloatRange(min=0),
            default=30.0,
            show_default=True,
            metavar="SECONDEN",
            help="Hoe lang één bestand gelezen mag worden (plus de OCR-tijd); daarna "
            "heet het onleesbaar. 0: geen grens.",
        ),
        click.option(
            "--file-memory",
            "file_memory",
            type=click.IntRange(min=0),
            default=2048,
            show_default=True,
            metavar="MB",
            help="Hoeveel geheugen het lezen van één bestand mag gebruiken. 0: geen grens.",
        ),
        click.option(
            "-v", "--verbose", is_flag=True, help="Meer uitleg per document en technische details bij fouten."
        ),
        click.option(
            "--no-ocr",
            "no_ocr",
            is_flag=True,
            help="Geen tekstherkenning (OCR) op scans en foto's; standaard aan als Tesseract is geïnstalleerd.",
        ),
    ]
    for opt in reversed(options):
        func = opt(func)
    return func


def scan_options(case_dir: Path, kw: dict[str, Any]) -> Any:
    """Turn the common CLI options into ``ScanOptions`` (the only place that reads the clock: --as-of's default)."""
    from wia_dossier.extractors import ExtractOptions
    from wia_dossier.pipeline import ScanOptions

    passwords: dict[str, str] = {}
    for item in kw.get("passwords") or ():
        if "=" not in item:
            raise UsageError(
                f"--password '{item.split('=')[0]}': gebruik BESTAND=WACHTWOORD.",
                en=f"--password '{item.split('=')[0]}': use FILE=PASSWORD.",
            )
        rel, pw = item.split("=", 1)
        passwords[rel.strip().replace("\\", "/")] = pw
    show_ocr_progress()
    return ScanOptions(
        checklist=kw.get("checklist"),
        first_sick_day=kw.get("first_sick_day"),
        as_of=kw.get("as_of") or dt.date.today(),
        lang=kw.get("lang") or "nl",
        passwords=passwords,
        extract=ExtractOptions(
            ocr=not kw.get("no_ocr"),
            file_timeout=float(kw.get("file_timeout", 30.0)),
            file_memory=int(kw.get("file_memory", 2048)) * 1024 * 1024,
        ),
    )


def refuse_folder_of_cases(case_dir: Path, lang: str) -> None:
    """Stop when CASE_DIR is a folder of case folders (each with its own dossier.yaml), not one case.

    Read as one case it mixed several employees' documents into one report, and ``build`` into one bundle
    for UWV; their dossier.yaml files were even classified as documents.
    """
    from wia_dossier.casefile import case_folders_below, has_case_file

    if not case_dir.is_dir() or has_case_file(case_dir):
        return
    inside = case_folders_below(case_dir, limit=4)
    if not inside:
        return
    names = ", ".join(f"'{p.relative_to(case_dir).as_posix()}'" for p in inside[:3]) + (" …" if len(inside) > 3 else "")
    first = inside[0]
    raise UsageError(
        f"'{case_dir}' is geen dossiermap maar bevat dossiermappen met elk een eigen dossier.yaml ({names}). "
        f'Geef één dossiermap op, bijv. "{first}", of controleer ze allemaal met: '
        f"wia-dossier batch \"{case_dir}\". Is '{case_dir}' toch één dossier, zet er dan zelf een (lege) "
        "dossier.yaml in.",
        en=f"'{case_dir}' is not a case folder but holds case folders, each with its own dossier.yaml ({names}). "
        f'Give one case folder, e.g. "{first}", or check them all with: wia-dossier batch "{case_dir}". '
        f"If '{case_dir}' is one case after all, put an (empty) dossier.yaml in it yourself.",
    )


def show_ocr_progress() -> None:
    """OCR progress lines ("OCR scan.pdf: pagina 2 van 5") on stderr, only when it is a terminal."""
    progress = logging.getLogger("wia_dossier.ocr.progress")
    if not sys.stderr.isatty() or progress.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    progress.addHandler(handler)
    progress.setLevel(logging.INFO)
    progress.propagate = False


def handle_errors(func: F) -> F:
    """Turn DossierErrors into one clear line on stderr and the contract's exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        verbose = bool(kwargs.get("verbose"))
        en = kwargs.get("lang") == "en"
        try:
            return func(*args, **kwargs)
        except DossierError as exc:
            click.echo(f"wia-dossier: {exc.text(kwargs.get('lang'))}", err=True)
            sys.exit(int(exc.exit_code))
        except KeyboardInterrupt:
            click.echo("wia-dossier: aborted." if en else "wia-dossier: afgebroken.", err=True)
            sys.exit(130)
        except Exception as exc:
            if verbose:
                raise
            click.echo(
                f"wia-dossier: unexpected error ({type(exc).__name__}). Run again with -v for details and report it "
                "as a bug in the project (without sending documents or personal data)."
                if en
                else f"wia-dossier: onverwachte fout ({type(exc).__name__}). Draai opnieuw met -v voor details en meld "
                "het als fout in het project (zonder documenten of persoonsgegevens mee te sturen).",
                err=True,
            )
            sys.exit(70)

    return wrapper  # type: ignore[return-value]


@click.group(cls=DutchGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(
    __version__, prog_name="wia-dossier", help="Toon het versienummer en stop.", message="%(prog)s, versie %(version)s"
)
def cli() -> None:
    """Controleer een re-integratiedossier voor de WIA-aanvraag en stel het re-integratieverslag samen.

    Voorbeeld:

        wia-dossier scan samples/dossier-de-vries

        wia-dossier build samples/dossier-de-vries -o bundel.pdf
    """
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # qpdf's own remarks on a damaged PDF ('encountered a direct object as a field ...', in English) say
    # nothing a user can act on: the file's problems reach the report as findings instead
    logging.getLogger("pikepdf").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module="pikepdf")


@cli.command("scan")
@click.argument("case_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="Uitvoervorm: tekst, JSON (schema wia-dossier.scan/1) of Markdown.",
)
@common_options
@handle_errors
def scan_command(case_dir: Path, fmt: str, **kw: Any) -> None:
    """Herken elk bestand in de dossiermap en meld wat ontbreekt, te laat of niet in orde is.

    Schrijft niets; de dossiermap blijft onaangeroerd. Exitcode 1 als er fouten zijn.

    Voorbeeld:

        wia-dossier scan "Dossiers/J. de Vries" --as-of 2026-10-01

        wia-dossier scan samples/dossier-bakker --format json > rapport.json
    """
    from wia_dossier.pipeline import run_scan

    refuse_folder_of_cases(case_dir, kw.get("lang") or "nl")
    options = scan_options(case_dir, kw)
    result = run_scan(case_dir, options)
    emit_report(result, fmt, options.lang, verbose=bool(kw.get("verbose")))
    sys.exit(int(ExitCode.FINDINGS if result.errors else ExitCode.OK))


def emit_report(result: Any, fmt: str, lang: str, *, verbose: bool = False) -> None:
    """Print a ScanResult in the requested format."""
    from wia_dossier import report
    from wia_dossier.checklist import load_checklist

    if fmt == "json":
        click.echo(report.to_json(result))
        return
    try:
        checklist = load_checklist(result.checklist_id)
        labels = {t.id: t.label(lang) for t in checklist.types}
    except DossierError:
        labels = {}
    if fmt == "markdown":
        click.echo(report.to_markdown(result, labels, lang=lang), nl=False)
    else:
        click.echo(report.to_text(result, labels, lang=lang, verbose=verbose), nl=False)


@cli.command("checklists")
@click.option(
    "--checklist", "extra", multiple=True, metavar="PAD", help="Ook deze eigen checklist tonen (en controleren)."
)
@handle_errors
def checklists_command(extra: tuple[str, ...]) -> None:
    """Toon de checklists die meegeleverd worden (en eigen checklists met --checklist).

    Voorbeeld:

        wia-dossier checklists

        wia-dossier checklists --checklist mijn-bureau.yaml
    """
    from wia_dossier.checklist import load_checklist, packaged_checklists

    for name in list(packaged_checklists()) + list(extra):
        c = load_checklist(name)
        required = [t.id for t in c.types if t.required in ("always", "from_week")]
        click.echo(f"{name}\t{c.label_nl}\t({len(c.types)} documentsoorten, {len(required)} verplicht)")


def _register_optional() -> None:
    """Commands that live in their own modules (one module per command, like sqlite-utils should)."""
    for module, attr in (
        ("wia_dossier.cli_build", "build_command"),
        ("wia_dossier.cli_init", "init_command"),
        ("wia_dossier.cli_batch", "batch_command"),
    ):
        try:
            mod = __import__(module, fromlist=[attr])
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        cli.add_command(getattr(mod, attr))


_register_optional()


_CLICK_NL = (
    (re.compile(r"Missing argument '(.+)'\."), "Het argument {0} ontbreekt."),
    (re.compile(r"Missing option '(.+)'\."), "De optie {0} ontbreekt."),
    (re.compile(r"No such command '(.+)'\. Did you mean '(.+)'\?"), "Onbekende opdracht '{0}'. Bedoelde u '{1}'?"),
    (
        re.compile(r"No such command '(.+)'\."),
        "Onbekende opdracht '{0}'. Kies uit: scan, build, init, checklists, batch.",
    ),
    (
        re.compile(r"No such option:? '?(.+?)'?\.? \(Did you mean one of: (.+)\?\)"),
        "Onbekende optie {0}. Bedoelde u een van deze: {1}?",
    ),
    (re.compile(r"No such option:? '?(.+?)'?\.? Did you mean '?(.+?)'?\?"), "Onbekende optie {0}. Bedoelde u {1}?"),
    (re.compile(r"No such option:? '?(.+?)'?\.?"), "Onbekende optie {0}."),
    (
        re.compile(r"Got unexpected extra arguments? \((.+)\)"),
        "Onverwacht extra argument: {0}. Zet een pad met spaties tussen aanhalingstekens.",
    ),
    (re.compile(r"Option '(.+)' requires an argument\."), "De optie {0} heeft een waarde nodig."),
)

#: click's "Invalid value for 'PARAM': ..." remainders
_CLICK_VALUE_NL = (
    (re.compile(r"Directory '(.+)' is a file\."), "'{0}' is een bestand, geen map."),
    (re.compile(r"File '(.+)' is a directory\."), "'{0}' is een map; geef een bestandsnaam in die map."),
    (re.compile(r"(?:Path|File|Directory) '(.+)' does not exist\."), "'{0}' bestaat niet."),
    (re.compile(r"'(.+)' is not one of (.+)\."), "'{0}' is geen van {1}."),
    (re.compile(r"'(.*)' is not a valid float(?: range)?\."), "'{0}' is geen getal."),
    (re.compile(r"'(.*)' is not a valid integer(?: range)?\."), "'{0}' is geen geheel getal."),
    (re.compile(r"(.+) is not in the range x>=(.+)\."), "{0} is te klein; het kleinste is {1}."),
)

_INVALID_VALUE = re.compile(r"Invalid value for (.+?): (.+)", re.DOTALL)


def _dutch_usage_error(message: str) -> str:
    """Click's own messages in Dutch (the tool's users are HR officers, not programmers)."""
    message = message.strip()
    for pattern, template in _CLICK_NL:
        m = pattern.fullmatch(message)
        if m:
            return template.format(*(g.replace("'", "") for g in m.groups()))
    m = _INVALID_VALUE.fullmatch(message)
    if m:
        param = m.group(1).replace("' / '", "/").strip("'")  # "'-o' / '--output'" -> "-o/--output"
        rest = m.group(2)
        for pattern, template in _CLICK_VALUE_NL:
            v = pattern.fullmatch(rest)
            if v:
                return f"{param}: {template.format(*v.groups())}"
        return f"{param}: {rest}"
    return message


def _readable_output() -> None:
    """Show a file name that is no UTF-8 as Windows-1252 on stdout/stderr instead of crashing on it.

    Under a strict UTF-8 locale (nl_NL.UTF-8, PYTHONIOENCODING=utf-8) Python writes such a name's
    undecodable bytes with errors='strict', and one old Windows file name ended the run with exit 70.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):  # a replaced or closed stream: leave it as it is
                reconfigure(errors=OUTPUT_ERRORS)


#: click >= 8.2 raises this for a group called without a command; older versions print the help themselves
_NO_ARGS_IS_HELP: type[Exception] | tuple[()] = getattr(click.exceptions, "NoArgsIsHelpError", ())


def main() -> None:
    """Console-script entry point."""
    _readable_output()
    english = wants_english(None)
    try:
        cli.main(prog_name="wia-dossier", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("wia-dossier: afgebroken." if not english else "wia-dossier: aborted.", err=True)
        sys.exit(130)
    except click.exceptions.UsageError as exc:
        if isinstance(exc, _NO_ARGS_IS_HELP):
            # 'wia-dossier' alone (click >= 8.2): the help, not "Fout: Gebruik: ..." with the usage line twice
            click.echo(exc.format_message(), err=True)
            sys.exit(exc.exit_code)
        if english:
            exc.show()
            sys.exit(exc.exit_code)
        usage = exc.ctx.get_usage() if exc.ctx is not None else ""
        command = exc.ctx.command_path if exc.ctx is not None else "wia-dossier"
        if usage:
            click.echo(usage, err=True)
        click.echo(f"Zie '{command} --help' voor uitleg.\n", err=True)
        click.echo(f"Fout: {_dutch_usage_error(exc.format_message())}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)


if __name__ == "__main__":  # pragma: no cover
    main()
