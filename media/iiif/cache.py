"""A size-bounded folder of rendered images (IIIF tiles and sizes), shared by every server process.

    cache = RenderCache(root, max_bytes=2 * 1024**3)
    key = cache_key(sha256, "full/max/0/default.jpg", "v1")
    stream = cache.open(key)            # an open file, or None when not cached
    cache.put(key, data)                # written atomically; the least recently used go beyond the bound

Entries are named by the hex digest of what made them, never by anything a client wrote, so no
request can name a path. Several processes (gunicorn workers) share one folder. A write is a
temporary file renamed into place; its size is added to the process's own tally, and only when that
tally reaches 1/1000 of the bound is it added to a counter file under an exclusive lock (so a 2 GiB
cache takes the lock once per 2 MB written, not once per tile). When the counter passes the bound the
writer scans the folder and removes the files touched longest ago until the total is below 90 % of
it: eviction comes in batches of a tenth of the cache. The scan also corrects the counter, so what
concurrent overwrites make it miscount is made good; the cache may pass its bound by the tallies
not yet counted, at most 1/1000 of it per process.
Reading takes no lock; a hit older than ``touch_seconds`` has its mtime renewed, which is what
"recently used" means here (LRU-ish, at most one write of metadata per entry per interval).
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import re
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

_KEY = re.compile(r"[0-9a-f]{64}")
_TMP_PREFIX = ".tmp-"
LOW_WATER = 0.9  # eviction goes down to this share of the bound, so it does not run on every write
TALLY_SHARE = 1 / 1000  # of the bound: bytes a process writes before it adds them to the shared counter
STALE_TMP_SECONDS = 3600  # a temporary file this old was left by a process that died mid-write


def cache_key(*parts: str) -> str:
    """Return the cache key of what an entry is made from: the hex SHA-256 of the parts, in order."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")  # ("ab", "c") and ("a", "bc") must not share a key
    return digest.hexdigest()


class RenderCache:
    """Rendered images on disk under ``root/ab/<key>``, at most about ``max_bytes`` in all (0: off).

    256 folders, made when the cache is opened, hold a cache of millions of tiles well. (Caches of
    earlier versions nested ``ab/cd/<key>``; their entries are never read again, and eviction still
    finds and removes them.)
    """

    def __init__(self, root: str | os.PathLike, max_bytes: int, touch_seconds: float = 600):
        if max_bytes < 0:
            raise ValueError(f"the cache bound must be 0 (off) or more bytes, not {max_bytes}")
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.touch_seconds = touch_seconds
        self.root.mkdir(parents=True, exist_ok=True)
        self._counter = self.root / "usage"
        self._lock = self.root / "lock"
        self._tally = 0  # bytes written by this process and not yet in the counter
        self._tally_limit = int(max_bytes * TALLY_SHARE)
        self._tally_lock = threading.Lock()
        if self.enabled:
            for first in range(256):  # made once here, so that no write has to make one
                (self.root / f"{first:02x}").mkdir(exist_ok=True)
        if self.enabled and not self._counter.exists():
            self.evict(max_bytes)  # a folder without a counter (new, or the counter lost): count it once
        elif self.enabled and self.usage() > max_bytes:
            self.evict()  # the bound was lowered since the last run

    @property
    def enabled(self) -> bool:
        return self.max_bytes > 0

    def path(self, key: str) -> Path:
        """Return where the entry of a key lives (whether or not it exists)."""
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise ValueError(f"not a cache key: {key!r}")
        return self.root / key[:2] / key

    def open(self, key: str) -> BinaryIO | None:
        """Return the cached entry opened for reading, or None when it is not cached.

        An open file stays readable even if another process evicts the entry a moment later.
        """
        path = self.path(key)
        try:
            stream = path.open("rb")
        except FileNotFoundError:
            return None
        try:
            if time.time() - os.fstat(stream.fileno()).st_mtime > self.touch_seconds:
                os.utime(path)
        except OSError:  # evicted between open and touch: the open file is still good
            pass
        return stream

    def put(self, key: str, data: bytes) -> Path | None:
        """Return the path of the entry written atomically, or None when the cache is off or it cannot fit."""
        if not self.enabled or len(data) > self.max_bytes * LOW_WATER:
            return None
        target = self.path(key)
        try:
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=_TMP_PREFIX)
        except FileNotFoundError:  # the first entry of its folder
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=_TMP_PREFIX)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            try:
                replaced = target.stat().st_size
            except FileNotFoundError:
                replaced = 0
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        self._add(len(data) - replaced)
        return target

    def usage(self) -> int:
        """Return the counted bytes of all entries, this process's tally included (exact after an eviction)."""
        self._add(0, flush=True)
        with self._locked():
            return self._read_counter()

    def evict(self, target: int | None = None) -> int:
        """Return the bytes the cache holds after removing the least recently used entries down to target.

        The default target is 90 % of the bound. The folder is scanned, so the count is exact afterwards.
        """
        with self._tally_lock:
            self._tally = 0  # the scan counts what the tally held
        with self._locked():
            return self._evict(int(self.max_bytes * LOW_WATER) if target is None else target)

    def clear(self) -> None:
        """Remove every entry."""
        self.evict(0)

    def _add(self, delta: int, flush: bool = False) -> None:
        with self._tally_lock:
            self._tally += delta
            if not flush and abs(self._tally) < self._tally_limit:
                return
            delta, self._tally = self._tally, 0
        if not delta:
            return
        with self._locked():
            total = max(0, self._read_counter() + delta)
            if total > self.max_bytes:
                total = self._evict(int(self.max_bytes * LOW_WATER))
            else:
                self._write_counter(total)

    def _evict(self, target: int) -> int:
        entries = []
        total = 0
        now = time.time()
        for path, stat in self._files():
            if path.name.startswith(_TMP_PREFIX):
                if now - stat.st_mtime > STALE_TMP_SECONDS:
                    _unlink(path)
                continue
            entries.append((stat.st_mtime, stat.st_size, path))
            total += stat.st_size
        entries.sort()  # oldest touch first
        for _, size, path in entries:
            if total <= target:
                break
            _unlink(path)
            total -= size
        self._write_counter(total)
        return total

    def _files(self) -> Iterator[tuple[Path, os.stat_result]]:
        for first in _subfolders(self.root):
            yield from _files_in(first)
            for second in _subfolders(first):  # the nesting of earlier versions
                yield from _files_in(second)

    def _read_counter(self) -> int:
        try:
            return int(self._counter.read_text() or 0)
        except (FileNotFoundError, ValueError):
            return 0

    def _write_counter(self, total: int) -> None:
        tmp = self._counter.with_name("usage.tmp")
        tmp.write_text(str(total))
        os.replace(tmp, self._counter)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self._lock, "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)


def _files_in(folder: Path) -> Iterator[tuple[Path, os.stat_result]]:
    try:
        with os.scandir(folder) as found:
            for entry in found:
                try:
                    if entry.is_file(follow_symlinks=False):
                        yield Path(entry.path), entry.stat(follow_symlinks=False)
                except FileNotFoundError:  # removed by another process meanwhile
                    continue
    except FileNotFoundError:
        return


def _subfolders(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as found:
            return [Path(e.path) for e in found if len(e.name) == 2 and e.is_dir(follow_symlinks=False)]
    except FileNotFoundError:
        return []


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
