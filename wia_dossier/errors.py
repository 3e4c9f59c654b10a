"""Exit codes (CONTRACT.md) and the errors that stop a whole run, each with a fix-it message."""

from __future__ import annotations

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
    """Base of every error that stops the run. ``str(err)`` is a message for the user."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(DossierError):
    """A bad option or a missing case folder."""

    exit_code = ExitCode.USAGE


class ConfigError(DossierError):
    """An invalid checklist, template or dossier.yaml; the message names file, key and line."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, file: str, message: str, *, key: str | None = None, line: int | None = None) -> None:
        where = file
        if line is not None:
            where += f", regel {line}"
        if key:
            where += f", sleutel '{key}'"
        super().__init__(f"{where}: {message}")
        self.file = file
        self.key = key
        self.line = line


class OutputError(DossierError):
    """The output cannot be written (exists without --force, inside the case folder, no permission)."""

    exit_code = ExitCode.OUTPUT


class MissingProgramError(DossierError):
    """A required external program is not installed; the message says how to install it."""

    exit_code = ExitCode.MISSING_PROGRAM
