"""rfpcheck: read a social-media RFP and say whether it can work as written."""

from __future__ import annotations

__version__ = "0.1.0"
