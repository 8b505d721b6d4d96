"""How much one document may ask of the machine, so a hostile or broken file fails in one line instead
of filling memory or hanging a batch.

The defaults leave room for the longest real RFPs (a 400-page tender is about 1 million characters)
while stopping what no RFP needs: a 2-gigabyte file, ten thousand pages, a ZIP that inflates a
hundredfold. Every limit can be changed with a flag or in rfpcheck.toml; 0 there means no limit.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_bytes: int | None = 100 * MB  # the file itself
    max_pages: int | None = 2000
    max_chars: int | None = 5_000_000  # text extracted, all pages together
    timeout: float | None = 120.0  # seconds to check one document, loading to report
    # A Word file is a ZIP package: refuse one that would inflate past these before any XML is parsed.
    max_entries: int = 10_000
    max_unpacked: int = 512 * MB
    max_ratio: float = 100.0  # uncompressed to compressed size, for parts over 1 MB (text XML is ~10:1)

    def check_chars(self, path: str, count: int) -> None:
        """Refuse a document whose text runs over `max_chars`."""
        from .errors import InputError

        if self.max_chars is not None and count > self.max_chars:
            raise InputError(path, f"more than {self.max_chars:,} characters of text (the limit; "
                                   "raise it with --max-chars, 0 for none)")


def limit(value: float | None) -> float | None:
    """A limit as the command line and rfpcheck.toml give it: 0 (or less) means none."""
    return None if value is None or value <= 0 else value
