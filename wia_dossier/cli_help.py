"""Click's own help words (Usage, Options, Commands, --help, --version) in Dutch, like the rest of the help."""

from __future__ import annotations

import inspect
import re
import sys
from typing import Any

import click

__all__ = ["DutchCommand", "DutchGroup", "wants_english"]

HELP_TEXT = "Toon deze uitleg en stop."

_HELP_SCREEN = "wia_dossier.help_screen"  # ctx.meta key: format_usage is writing the help screen


#: The bracketed extras click appends to an option's help ("[default: text]", "[required]").
_EXTRAS = (
    ("[default: ", "[standaard: "),
    ("; default: ", "; standaard: "),
    ("[required]", "[verplicht]"),
    ("; required]", "; verplicht]"),
    ("[env var: ", "[omgevingsvariabele: "),
)


def _dutch_extra(text: str) -> str:
    for en, nl in _EXTRAS:
        text = text.replace(en, nl)
    # click's range note "x>=0" reads as a formula to an HR officer
    return re.sub(r"\bx>=([\d.]+)", r"minimaal \1", text)


def wants_english(ctx: click.Context | None) -> bool:
    """--lang en, also when click has not processed it yet (options are read in command-line order)."""
    if ctx is not None and ctx.params.get("lang"):
        return bool(ctx.params["lang"] == "en")
    args = sys.argv[1:]
    return any(a == "--lang=en" for a in args) or any(
        a == "--lang" and i + 1 < len(args) and args[i + 1] == "en" for i, a in enumerate(args)
    )


class DutchCommand(click.Command):
    """A command whose help screen has no English left in it: the users are HR officers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """As ``click.Command``, with ``[OPTIES]`` in the usage line."""
        kwargs.setdefault("options_metavar", "[OPTIES]")
        super().__init__(*args, **kwargs)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """'Gebruik: wia-dossier scan [OPTIES] CASE_DIR' ('Usage: ... [OPTIONS]' above an error with --lang en)."""
        pieces = " ".join(self.collect_usage_pieces(ctx))
        if wants_english(ctx) and not ctx.meta.get(_HELP_SCREEN):  # the help screen itself is Dutch throughout
            pieces = pieces.replace("[OPTIES]", "[OPTIONS]").replace("OPDRACHT [ARGUMENTEN]", "COMMAND [ARGS]")
            formatter.write_usage(ctx.command_path, pieces, prefix="Usage: ")
        else:
            formatter.write_usage(ctx.command_path, pieces, prefix="Gebruik: ")

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The help screen (marked, so its usage line stays Dutch with --lang en too)."""
        ctx.meta[_HELP_SCREEN] = True
        try:
            super().format_help(ctx, formatter)
        finally:
            ctx.meta.pop(_HELP_SCREEN, None)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The help text, with every example command on one line of its own, however narrow the terminal.

        click rewraps every paragraph to the terminal width, so at 60 columns an example broke as
        '-o riv-de-' / 'vries.pdf', which no longer works when copied. A paragraph of commands is kept as it is.
        """
        text = inspect.cleandoc(self.help or "").partition("\f")[0]
        if not text:
            return
        paragraphs = [f"\b\n{para}" if para.lstrip().startswith("wia-dossier") else para for para in text.split("\n\n")]
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text("\n\n".join(paragraphs))

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The options under 'Opties'."""
        rows = [
            (name, _dutch_extra(text))
            for p in self.get_params(ctx)
            if not isinstance(p, click.Argument) and (rv := p.get_help_record(ctx)) is not None
            for name, text in [rv]
        ]
        if rows:
            with formatter.section("Opties"):
                formatter.write_dl(rows)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        """``-h/--help``, explained in Dutch."""
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_TEXT
        return option


class DutchGroup(DutchCommand, click.Group):
    """The top-level command: its sub-commands are listed under 'Opdrachten'."""

    command_class = DutchCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """As ``click.Group``, with ``OPDRACHT [ARGUMENTEN]...`` in the usage line."""
        kwargs.setdefault("subcommand_metavar", "OPDRACHT [ARGUMENTEN]...")
        super().__init__(*args, **kwargs)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Options, then the sub-commands."""
        DutchCommand.format_options(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The sub-commands with their first help line, under 'Opdrachten'."""
        commands = [
            (name, cmd)
            for name in self.list_commands(ctx)
            if (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden
        ]
        if not commands:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in commands)
        with formatter.section("Opdrachten"):
            formatter.write_dl([(name, cmd.get_short_help_str(limit)) for name, cmd in commands])
