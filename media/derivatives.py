"""A folder of derived files (thumbnails, tiles) kept beside the originals, keyed by digest."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .storage import check_digest


class DerivativeCache:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str, name: str) -> Path:
        """Return where a derivative of a digest lives; names are ours, never a client's."""
        check_digest(sha256)
        if not name or name.startswith(".") or any(c in name for c in "/\\\0"):
            raise ValueError(f"bad derivative name {name!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256 / name

    def write(self, sha256: str, name: str, data: bytes) -> Path:
        """Return the path of the derivative written atomically."""
        target = self.path(sha256, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
        return target
