"""Content-addressed storage of originals and the derivative cache beside it."""
from __future__ import annotations

import hashlib
import io

import pytest

from media.derivatives import DerivativeCache
from media.storage import LocalStorage, StorageError, StoredFile, check_digest, open_storage

DATA = "Қобыз — ancient Kazakh bowed instrument".encode() * 1000
DIGEST = hashlib.sha256(DATA).hexdigest()


@pytest.fixture
def store(tmp_path):
    return LocalStorage(tmp_path / "originals")


def _files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_put_open_exists_round_trip(store):
    assert store.exists(DIGEST) is False
    stored = store.put(io.BytesIO(DATA))
    assert stored == StoredFile(DIGEST, len(DATA))
    assert store.exists(DIGEST) is True
    with store.open(DIGEST) as fh:
        assert fh.read() == DATA


def test_same_bytes_are_stored_once(store):
    first = store.put_bytes(DATA)
    second = store.put(io.BytesIO(DATA))
    assert first == second
    assert _files(store.root) == [f"{DIGEST[:2]}/{DIGEST[2:4]}/{DIGEST}"]  # no temporary file left behind


def test_digest_fans_out_in_two_levels(store):
    store.put_bytes(b"x")
    digest = hashlib.sha256(b"x").hexdigest()
    assert store.path(digest) == store.root / digest[:2] / digest[2:4] / digest
    assert store.path(digest).read_bytes() == b"x"


def test_large_file_is_hashed_in_chunks(store):
    data = bytes(range(256)) * (5 * 1024 * 16)  # 20 MiB, several chunks
    stored = store.put(io.BytesIO(data))
    assert stored == StoredFile(hashlib.sha256(data).hexdigest(), len(data))


def test_empty_file(store):
    stored = store.put_bytes(b"")
    assert stored == StoredFile(hashlib.sha256(b"").hexdigest(), 0)


def test_failed_read_leaves_nothing(store):
    class Broken(io.RawIOBase):
        def readable(self):
            return True

        def read(self, size=-1):
            raise OSError("disk went away")

    with pytest.raises(OSError, match="disk went away"):
        store.put(Broken())
    assert _files(store.root) == []


def test_missing_file(store):
    with pytest.raises(StorageError, match="no stored file"):
        store.open(DIGEST)


def test_delete(store):
    store.put_bytes(DATA)
    store.delete(DIGEST)
    assert store.exists(DIGEST) is False
    store.delete(DIGEST)  # deleting what is gone is no error


def test_clear(store):
    store.put_bytes(DATA)
    store.clear()
    assert _files(store.root) == [] and store.root.is_dir()


@pytest.mark.parametrize("bad", [
    "../etc/passwd",
    "../../" + "a" * 58,
    "A" * 64,
    DIGEST.upper(),
    "g" * 64,
    DIGEST[:63],
    DIGEST + "0",
    DIGEST + "\n",
    "",
    None,
    64,
])
def test_check_digest_refuses_anything_but_a_lower_case_sha256(store, bad):
    with pytest.raises(StorageError, match="not a SHA-256 digest"):
        check_digest(bad)
    with pytest.raises(StorageError):
        store.open(bad)
    with pytest.raises(StorageError):
        store.exists(bad)
    with pytest.raises(StorageError):
        store.delete(bad)


def test_check_digest_returns_a_good_one():
    assert check_digest(DIGEST) == DIGEST


def test_open_storage_by_name(tmp_path):
    assert isinstance(open_storage("local", tmp_path / "s"), LocalStorage)
    with pytest.raises(StorageError, match="unknown storage backend 's3'"):
        open_storage("s3", tmp_path / "s")


def test_derivative_cache_round_trip(tmp_path):
    cache = DerivativeCache(tmp_path / "derivatives")
    path = cache.write(DIGEST, "thumb.jpg", b"jpeg bytes")
    assert path == tmp_path / "derivatives" / DIGEST[:2] / DIGEST[2:4] / DIGEST / "thumb.jpg"
    assert path.read_bytes() == b"jpeg bytes"
    cache.write(DIGEST, "thumb.jpg", b"newer")
    assert path.read_bytes() == b"newer"
    assert sorted(p.name for p in path.parent.iterdir()) == ["thumb.jpg"]  # no temporary file left behind


@pytest.mark.parametrize("name", ["../thumb.jpg", "a/b.jpg", "/etc/passwd", ".hidden", "..", "a\\..\\b", ""])
def test_derivative_cache_refuses_names_that_could_leave_its_folder(tmp_path, name):
    cache = DerivativeCache(tmp_path / "derivatives")
    with pytest.raises(ValueError):
        cache.path(DIGEST, name)


def test_derivative_cache_refuses_bad_digests(tmp_path):
    cache = DerivativeCache(tmp_path / "derivatives")
    with pytest.raises(StorageError):
        cache.path("../etc/passwd", "thumb.jpg")
