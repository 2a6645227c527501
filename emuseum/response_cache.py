"""Rendered pages and IIIF documents kept in memory, keyed on the catalogue generation.

Rendering an exhibit page costs a dozen queries and a Jinja pass (about 5 ms); answering from this
cache costs one primary-key read of ``catalogue_version``. Every entry is keyed on the generation
read *before* rendering (see :mod:`emuseum.services.generation`), so an edit committed by any
worker on any machine is visible at once: the first request after it sees a new generation, finds
nothing and renders afresh. Entries of older generations are dropped when a newer one is first seen.

Each worker process holds its own bounded cache (``cache.responses_mb``); only successful
renderings are kept, never errors.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Hashable

from flask import Flask, current_app

from .db import db
from .services import generation

EXTENSION = "emuseum.response_cache"


@dataclass(frozen=True)
class Rendered:
    """A rendered body and its strong validator."""

    body: bytes
    etag: str

    @classmethod
    def of(cls, body: bytes | str) -> "Rendered":
        """Return the body (UTF-8 if text) with an ETag made from its bytes."""
        data = body.encode() if isinstance(body, str) else body
        return cls(data, hashlib.blake2b(data, digest_size=16).hexdigest())


class ResponseCache:
    """Flask extension: one bounded, generation-keyed store per process."""

    def __init__(self, app: Flask | None = None):
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        app.extensions[EXTENSION] = _Store(app.config["EMUSEUM"]["cache.responses_mb"] * 1024 * 1024)


class _Store:
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.generation: int | None = None
        self.bytes = 0
        self.hits = self.misses = 0
        self._entries: OrderedDict[Hashable, Rendered] = OrderedDict()
        self._lock = threading.Lock()

    def clear(self) -> None:
        """Forget everything (settings that change renderings are read at start; tests change them live)."""
        with self._lock:
            self._entries.clear()
            self.bytes = 0
            self.generation = None

    def get(self, gen: int, key: Hashable) -> Rendered | None:
        with self._lock:
            if gen != self.generation:
                return None
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                self.hits += 1
            return found

    def put(self, gen: int, key: Hashable, value: Rendered) -> None:
        size = len(value.body)
        if size > self.max_bytes // 8:  # one huge document must not evict everything else
            return
        with self._lock:
            if self.generation is None or gen > self.generation:
                self._entries.clear()
                self.bytes = 0
                self.generation = gen
            elif gen < self.generation:  # rendered from data older than what others already cached
                return
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= len(old.body)
            self._entries[key] = value
            self.bytes += size
            self.misses += 1
            while self.bytes > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self.bytes -= len(evicted.body)


def store() -> _Store:
    """Return this application's response store."""
    return current_app.extensions[EXTENSION]


def lookup(key: Hashable) -> tuple[int | None, Rendered | None]:
    """Return the committed generation (None: do not cache) and what is cached for ``key`` under it."""
    cache = store()
    # read before anything is rendered, on a connection of its own: a hit then needs no session
    gen = generation.current(db.engine) if cache.max_bytes > 0 else None
    return gen, (cache.get(gen, key) if gen is not None else None)


def keep(gen: int | None, key: Hashable, rendered: Rendered) -> None:
    """Cache ``rendered`` under the generation :func:`lookup` returned before it was rendered."""
    if gen is not None:
        store().put(gen, key, rendered)


def cached(key: Hashable, render: Callable[[], Rendered | bytes | str]) -> Rendered:
    """Return the rendering of ``key`` for the catalogue as committed now, rendering it only when not cached.

    ``render`` runs inside the request with the request's session; whatever it raises (a 404, a
    400) propagates and nothing is cached.
    """
    gen, found = lookup(key)
    if found is not None:
        return found
    made = render()
    rendered = made if isinstance(made, Rendered) else Rendered.of(made)
    keep(gen, key, rendered)
    return rendered


response_cache = ResponseCache()
