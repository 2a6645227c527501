"""Content-addressed media storage: an interface and the local-disk default."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_SHA256 = re.compile(r"[0-9a-f]{64}")
CHUNK = 1024 * 1024


class StorageError(Exception):
    """A file could not be stored or found."""


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    byte_size: int


def check_digest(sha256: str) -> str:
    """Return the digest if it is 64 lower-case hex characters, else raise StorageError.

    Digests are the only names that reach the file system, so no request can name a path.
    """
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):  # match() would let "…\n" through
        raise StorageError(f"not a SHA-256 digest: {sha256!r}")
    return sha256


class Storage(ABC):
    """Where originals live, named by the SHA-256 of their bytes."""

    @abstractmethod
    def put(self, stream: BinaryIO) -> StoredFile:
        """Return the digest and size of the stored bytes; storing the same bytes twice is a no-op."""

    @abstractmethod
    def open(self, sha256: str) -> BinaryIO:
        """Return a readable binary stream of the stored file."""

    @abstractmethod
    def exists(self, sha256: str) -> bool:
        """Return whether a file with this digest is stored."""

    @abstractmethod
    def delete(self, sha256: str) -> None:
        """Remove the file if stored."""

    def put_bytes(self, data: bytes) -> StoredFile:
        """Return the digest and size of stored in-memory bytes."""
        import io
        return self.put(io.BytesIO(data))


class LocalStorage(Storage):
    """Files under ``root/ab/cd/abcd…``: two levels of fan-out keep folders small at millions of files."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        """Return the path a digest is stored at (whether or not it exists)."""
        check_digest(sha256)
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, stream: BinaryIO) -> StoredFile:
        digest = hashlib.sha256()
        size = 0
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(exist_ok=True)
        # Write to a temporary file first so a crash never leaves a half-written original in place.
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
            sha = digest.hexdigest()
            target = self.path(sha)
            if target.exists():
                os.unlink(tmp_name)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp_name, target)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise
        return StoredFile(sha, size)

    def open(self, sha256: str) -> BinaryIO:
        try:
            return self.path(sha256).open("rb")
        except FileNotFoundError as exc:
            raise StorageError(f"no stored file {sha256}") from exc

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def delete(self, sha256: str) -> None:
        try:
            self.path(sha256).unlink()
        except FileNotFoundError:
            pass

    def clear(self) -> None:
        """Remove every stored file (the demo rebuilds its store this way)."""
        if self.root.exists():
            shutil.rmtree(self.root)
        self.root.mkdir(parents=True, exist_ok=True)


def open_storage(backend: str, root: str | os.PathLike) -> Storage:
    """Return the storage backend named in configuration."""
    if backend == "local":
        return LocalStorage(root)
    raise StorageError(f"unknown storage backend {backend!r} (known: local)")
