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
    """$XDG_CACHE_HOME/rfpcheck (or ~/.cache/rfpcheck), made if missing, when only this user can write to it
    and to the folder it is in."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    home = os.path.expanduser("~")
    base = Path(xdg) if os.path.isabs(xdg) else Path(home) / ".cache"  # the spec ignores a relative one
    if not base.is_absolute():  # no home at all (an unknown user in a container): no cache
        return None
    folder = base / "rfpcheck"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder if _private(folder) and _private(base, above=True) else None
    except OSError:
        return None


def _private(path: Path, *, above: bool = False) -> bool:
    """The folder: this user's, writable by no one else. The folder it is in: this user's or root's, and
    writable by no one else unless sticky (as /tmp is: no one can replace a folder another owns)."""
    info = path.stat()
    uid = os.getuid() if hasattr(os, "getuid") else info.st_uid
    others = info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    if above:
        return info.st_uid in (uid, 0) and (not others or bool(info.st_mode & stat.S_ISVTX))
    return info.st_uid == uid and not others and os.access(path, os.W_OK)
