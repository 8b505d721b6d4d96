"""The user's own cache folder, for what is slow to build and the same at every start.

What is kept there is loaded as trusted data (a pickle, compiled patterns), so the folder is used only when
it belongs to the user and no one else can write to it; never a shared temp folder where another account
could plant a file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def private_folder() -> Path | None:
    """$XDG_CACHE_HOME/rfpcheck (or ~/.cache/rfpcheck), made if missing, when only this user can write it."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "rfpcheck"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    mine = info.st_uid == os.getuid() if hasattr(os, "getuid") else True
    shared = info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    return folder if mine and not shared and os.access(folder, os.W_OK) else None
