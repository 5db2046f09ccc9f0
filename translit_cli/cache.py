"""A per-user cache of tables derived from the shipped data, so that a run does not pay again
for what an earlier run computed.

``translit check`` reads every word of the ~10,200-row lexicon into its Latin spellings: about
a third of a second, more than checking a megabyte of text takes.  The result depends only on
the lexicon and on the code that reads it, so it is kept on disk (``marshal``, the format
Python's own bytecode cache uses) under a key that digests both: any change to the data, to
any module of this package or to the Python version makes a new key, and the old file is
removed when the new one is written.  The cache is an optimisation only: where it cannot be
read or written (a read-only home, a full disk, a damaged file) the table is computed as if
there were none.

Location: ``$TRANSLIT_CACHE_DIR`` if set (an empty value turns the cache off), else
``$XDG_CACHE_HOME/translit``, else ``~/.cache/translit``.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """Where cached tables live, None when the cache is turned off."""
    chosen = os.environ.get("TRANSLIT_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    home = os.path.expanduser("~")
    base = os.environ.get("XDG_CACHE_HOME") or (os.path.join(home, ".cache") if home != "~" else None)
    return Path(base) / "translit" if base else None  # no home to keep it in: no cache


@lru_cache(maxsize=1)
def package_digest() -> str:
    """A digest of everything a derived table can depend on: the package's modules and data
    files, and the Python version (``marshal``'s format is the interpreter's)."""
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".tsv", ".toml") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


def cached(name: str, build: Callable[[], T]) -> T:
    """The table ``name``: read from the cache when an earlier run of this code and data
    stored it, else built and stored.  ``build`` must return what ``marshal`` can write
    (dicts, sets, frozensets, tuples, lists of str, int and float)."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{package_digest()}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    _store(path, name, value)
    return value


def _store(path: Path, name: str, value: object) -> None:
    """Write atomically (a reader never sees half a file) and remove older versions of the
    table; give up silently where the folder cannot be written."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=name, suffix=".tmp", delete=False) as handle:
            temporary = handle.name
            handle.write(marshal.dumps(value))
        os.replace(temporary, path)
        for old in path.parent.glob(f"{name}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
