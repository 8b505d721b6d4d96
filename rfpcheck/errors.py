"""Errors the CLI turns into a one-line message and exit code 2."""

from __future__ import annotations


class RfpcheckError(Exception):
    """A problem with an input the user gave; `str()` is the one-line message (the CLI exits 2)."""

    def __init__(self, path: object, cause: str) -> None:
        from .printable import printable

        self.path = str(path)
        self.cause = cause
        # a file name or a library's message may carry newlines or escape sequences: one clean line
        super().__init__(printable(f"{self.path}: {cause}", one_line=True))


class InputError(RfpcheckError):
    """The document cannot be read: missing, unsupported, corrupt or empty."""


class RuleError(RfpcheckError):
    """A rule file or the rate card is invalid."""


class SettingsError(RfpcheckError):
    """The settings file (rfpcheck.toml) is invalid; the cause names the key."""
