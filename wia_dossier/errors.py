"""Exit codes (CONTRACT.md) and the errors that stop a whole run, each with a fix-it message."""

from __future__ import annotations

import codecs
import re
from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes; part of the public interface (CONTRACT.md)."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
    INVALID_INPUT = 3
    OUTPUT = 4
    MISSING_PROGRAM = 5


class DossierError(Exception):
    """Base of every error that stops the run. ``str(err)`` is a message for the user.

    ``message`` is the Dutch text; ``en`` the English one where the raiser has it (``--lang en``).
    ``text(lang)`` picks one; the CLI prints that.
    """

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, *, en: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.en = en

    def text(self, lang: str | None) -> str:
        """The message in ``lang`` ('nl' or 'en'); Dutch when there is no English text."""
        return self.en if lang == "en" and self.en else self.message


class UsageError(DossierError):
    """A bad option or a missing case folder."""

    exit_code = ExitCode.USAGE


class ConfigError(DossierError):
    """An invalid checklist, template or dossier.yaml; the message names file, key and line."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(
        self, file: str, message: str, *, key: str | None = None, line: int | None = None, en: str | None = None
    ) -> None:
        super().__init__(
            f"{_where(file, line, key, 'regel', 'sleutel')}: {message}",
            en=f"{_where(file, line, key, 'line', 'key')}: {en}" if en else None,
        )
        self.file = file
        self.key = key
        self.line = line


def _where(file: str, line: int | None, key: str | None, line_word: str, key_word: str) -> str:
    where = file
    if line is not None:
        where += f", {line_word} {line}"
    if key:
        where += f", {key_word} '{key}'"
    return where


class OutputError(DossierError):
    """The output cannot be written (exists without --force, inside the case folder, no permission)."""

    exit_code = ExitCode.OUTPUT


class MissingProgramError(DossierError):
    """A required external program is not installed; the message says how to install it."""

    exit_code = ExitCode.MISSING_PROGRAM


# --- file names that are no UTF-8 ----------------------------------------------------------------------------
#
# A file copied from an old Windows zip or a Samba share can have a name in Windows-1252 ('Jos\xe9.pdf').
# Python hands such a name over with each undecodable byte as a lone surrogate (U+DC80-U+DCFF,
# "surrogateescape"); written to a UTF-8 terminal, report or JSON file as it is, that raises
# UnicodeEncodeError and one odd name would stop the whole run. Shown as Windows-1252 it reads as meant.

#: Codec error handler for output streams: see ``readable``.
OUTPUT_ERRORS = "wia-dossier-readable"

_SURROGATES = re.compile("[\ud800-\udfff]+")


def _unescape(match: re.Match[str]) -> str:
    out = []
    for ch in match.group():
        code = ord(ch)
        out.append(bytes([code - 0xDC00]).decode("cp1252", errors="replace") if 0xDC80 <= code <= 0xDCFF else "\ufffd")
    return "".join(out)


def readable(text: str) -> str:
    """``text`` with the raw bytes of an undecodable file name shown as Windows-1252 ('Jos\udce9' -> 'José').

    Text without such bytes comes back unchanged; any other lone surrogate becomes U+FFFD.
    """
    return _SURROGATES.sub(_unescape, text) if _SURROGATES.search(text) else text


def _output_errors(exc: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    try:
        # bytes, not str: the UTF-8 encoder takes only ASCII text back from an error handler
        shown = readable(bad).encode(exc.encoding)
    except (UnicodeError, LookupError):
        shown = b"?" * len(bad)  # a terminal that cannot show 'é' either (LANG=C without UTF-8)
    return shown, exc.end


codecs.register_error(OUTPUT_ERRORS, _output_errors)
