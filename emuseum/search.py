"""The search extension: the engine the settings name, opened lazily once per process.

gunicorn forks its workers after the app is made; a client opened before the fork would share
its sockets (or tantivy's file handles) between processes, so each process opens its own on
first use.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from flask import Flask, current_app

from indexer import SearchBackend, SearchEngineError, backend_kind, open_backend

from .services.search import FacetNames
from .settings import SettingsError


class _Engine:
    """The backend of one application, opened on first use in each process."""

    def __init__(self, location: str, index: str):
        self.location = location
        self.index = index
        self._lock = threading.Lock()
        self._backend: SearchBackend | None = None
        self._pid: int | None = None
        self.facet_names = FacetNames()  # per application: tests make many apps on one database

    @property
    def name(self) -> str:
        """Return the location without credentials a URL may carry, for status output."""
        scheme, sep, rest = self.location.partition("://")
        return f"{scheme}{sep}{rest.rsplit('@', 1)[-1]}" if sep else self.location

    def backend(self) -> SearchBackend:
        with self._lock:
            if self._backend is None or self._pid != os.getpid():
                try:
                    self._backend = open_backend(self.location, self.index)
                except OSError as error:  # an embedded index folder that cannot be made or read
                    raise SearchEngineError(f"cannot open the search index at {self.location}: {error}") from error
                self._pid = os.getpid()
            return self._backend

    def close(self) -> None:
        with self._lock:
            if self._backend is not None and self._pid == os.getpid():
                self._backend.close()
            self._backend = None


class Search:
    """Flask extension owning the search backend of each application (``app.extensions["emuseum.search"]``)."""

    def __init__(self, app: Flask | None = None):
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        config = app.config["EMUSEUM"]
        location = config["search.backend"] or f"tantivy://{Path(app.config['EMUSEUM_INSTANCE']) / 'search'}"
        try:
            backend_kind(location)  # a mistyped setting is said at start, not as a 500 on the first search
        except ValueError as error:
            raise SettingsError(f"search.backend: {error}") from None
        if config["search.reindex_workers"] < 0:
            raise SettingsError(f"search.reindex_workers must be 0 or more, got {config['search.reindex_workers']}")
        app.extensions["emuseum.search"] = _Engine(location, config["search.index"])

    @property
    def engine(self) -> _Engine:
        return current_app.extensions["emuseum.search"]

    @property
    def backend(self) -> SearchBackend:
        """Return the current application's backend, opening it in this process if need be."""
        return self.engine.backend()


search = Search()
