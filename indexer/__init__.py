"""Search backends and index synchronisation; it never imports the application.

The application hands over plain document dicts (see :mod:`indexer.documents`) and
:class:`~indexer.query.SearchQuery` values, and gets :class:`~indexer.query.SearchResult`
values back, whichever backend the configuration names::

    backend = open_backend("tantivy:///var/lib/emuseum/search")          # embedded (default)
    backend = open_backend("opensearch+http://127.0.0.1:9209", "emuseum")
    backend = open_backend("elasticsearch+https://es.example:9200", "emuseum")
"""

from __future__ import annotations

from pathlib import Path

from .base import Capabilities, SearchBackend, SearchEngineError
from .documents import FACETS, TYPES, DocumentError
from .query import SORTS, Hit, SearchQuery, SearchQueryError, SearchResult, Suggestion

__all__ = [
    "open_backend",
    "SearchBackend",
    "Capabilities",
    "SearchQuery",
    "SearchResult",
    "Hit",
    "Suggestion",
    "SearchQueryError",
    "SearchEngineError",
    "DocumentError",
    "FACETS",
    "SORTS",
    "TYPES",
]


def open_backend(location: str, index: str = "emuseum") -> SearchBackend:
    """Return the backend a configuration string names.

    ``tantivy:///path`` or a plain path: the embedded index in that directory;
    ``opensearch+http(s)://host:port``: OpenSearch; ``elasticsearch+http(s)://host:port``:
    Elasticsearch. ``index`` is the alias name on an engine.
    """
    scheme, _, rest = location.partition("://")
    if scheme in ("opensearch+http", "opensearch+https"):
        from .engine import EngineBackend

        return EngineBackend.opensearch(f"{scheme.split('+')[1]}://{rest}", index=index)
    if scheme in ("elasticsearch+http", "elasticsearch+https"):
        from .engine import EngineBackend

        return EngineBackend.elasticsearch(f"{scheme.split('+')[1]}://{rest}", index=index)
    if scheme == "tantivy":
        path = rest
    elif rest:
        raise ValueError(f"unknown search backend {scheme!r} in {location!r}")
    else:
        path = location
    from .embedded import EmbeddedBackend

    return EmbeddedBackend(Path(path))
