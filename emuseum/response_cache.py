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

import functools
import hashlib
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Hashable

from flask import Flask, current_app, request
from werkzeug.http import http_date

from .db import db
from .models import LANGUAGES
from .services import generation

EXTENSION = "emuseum.response_cache"


@dataclass(frozen=True)
class Rendered:
    """A rendered body and its strong validator (and, for a whole response kept for replay, its headers)."""

    body: bytes
    etag: str
    headers: tuple[tuple[str, str], ...] = ()

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
        cache = app.extensions[EXTENSION] = _Store(app.config["EMUSEUM"]["cache.responses_mb"] * 1024 * 1024)
        if cache.max_bytes > 0:
            app.wsgi_app = Replay(app.wsgi_app, cache, lambda: app.extensions["emuseum.db"][0])


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


# --- replaying whole responses ahead of Flask ---------------------------------------------------------

REPLAYABLE = "emuseum.replay.ok"  # environ: set by a view whose 200 may be replayed as it is
_NOT_REPLAYED = frozenset({"date", "server", "connection", "transfer-encoding"})
_EXPIRES = re.compile(r"Expires=[^;]*;\s*Max-Age=(\d+)", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # a second's worth of distinct pages
def _fresh_at(second: int, headers: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    out = [("Date", http_date(second))]
    for name, value in headers:
        if name.lower() == "set-cookie":
            value = _EXPIRES.sub(lambda m: f"Expires={http_date(second + int(m.group(1)))}; Max-Age={m.group(1)}",
                                 value)
        out.append((name, value))
    return tuple(out)


def _fresh(headers: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    # What depends on the time of the answer is made anew: the Date, and a cookie's Expires
    # (kept in step with its Max-Age, as Werkzeug writes them). Both change once a second.
    return list(_fresh_at(int(time.time()), headers))


def offer_replay() -> None:
    """Mark this request's response as one the replay middleware may keep (a cached public page)."""
    request.environ[REPLAYABLE] = True


class Replay:
    """WSGI middleware: answers a plain GET of a page it kept for the current generation without entering Flask.

    A page served from the cache still costs Flask's request machinery (context, routing, language,
    cookies): several times what looking it up costs. This answers the same bytes and headers that
    Flask sent the first time, under the generation read *before* Flask rendered them, so it is
    never older than the cache behind it. Only responses a view offered (:func:`offer_replay`)
    are kept, and only 200s to GETs; a conditional request goes to Flask, which answers its 304.
    """

    def __init__(self, wsgi_app, cache: _Store, engine) -> None:
        self.wsgi_app = wsgi_app
        self.cache = cache
        self.engine = engine
        # Public pages live under a language prefix; anything else (API, IIIF, media, static files)
        # never pays for the generation read here.
        self.prefixes = tuple(f"/{lang}/" for lang in LANGUAGES)

    def __call__(self, environ, start_response):
        method = environ.get("REQUEST_METHOD")
        if (method not in ("GET", "HEAD") or "HTTP_IF_NONE_MATCH" in environ
                or not environ.get("PATH_INFO", "").startswith(self.prefixes)):
            return self.wsgi_app(environ, start_response)
        key = ("replay", environ.get("HTTP_HOST") or environ.get("SERVER_NAME", ""), environ.get("SCRIPT_NAME", ""),
               environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", ""))
        gen = generation.current(self.engine())
        found = self.cache.get(gen, key) if gen is not None else None
        if found is not None:
            start_response("200 OK", _fresh(found.headers))
            return [] if method == "HEAD" else [found.body]
        if gen is None or method == "HEAD":  # a HEAD's answer has no body to keep
            return self.wsgi_app(environ, start_response)
        seen: dict = {}

        def recording(status, headers, exc_info=None):
            seen["status"], seen["headers"] = status, headers
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        answer = self.wsgi_app(environ, recording)
        if not environ.get(REPLAYABLE) or not seen.get("status", "").startswith("200"):
            return answer
        try:
            body = b"".join(answer)
        finally:
            if hasattr(answer, "close"):
                answer.close()
        headers = tuple((name, value) for name, value in seen["headers"] if name.lower() not in _NOT_REPLAYED)
        etag = next((value for name, value in headers if name.lower() == "etag"), "")
        self.cache.put(gen, key, Rendered(body, etag, headers))
        return [body]


response_cache = ResponseCache()
