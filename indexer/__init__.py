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
from .documents import FACETS, TYPES, DocumentError, IndexedDocument, prepare
from .query import SORTS, Hit, SearchQuery, SearchQueryError, SearchResult, Suggestion

__all__ = [
    "backend_kind",
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
    "IndexedDocument",
    "prepare",
    "FACETS",
    "SORTS",
    "TYPES",
]


def backend_kind(location: str) -> str:
    """Return "tantivy", "opensearch" or "elasticsearch" for a configuration string; a ValueError says what is wrong.

    Pure: nothing is opened, so a configuration can be checked when the application starts.
    """
    scheme, sep, rest = location.partition("://")
    if not sep:
        return "tantivy"  # a plain path
    if scheme == "tantivy" and rest:
        return "tantivy"
    for kind in ("opensearch", "elasticsearch"):
        if scheme in (f"{kind}+http", f"{kind}+https") and rest:
            return kind
    raise ValueError(f"unknown search backend {location!r}: use tantivy:///path, a plain path, "
                     "opensearch+http(s)://host:port or elasticsearch+http(s)://host:port")


def open_backend(location: str, index: str = "emuseum") -> SearchBackend:
    """Return the backend a configuration string names.

    ``tantivy:///path`` or a plain path: the embedded index in that directory;
    ``opensearch+http(s)://host:port``: OpenSearch; ``elasticsearch+http(s)://host:port``:
    Elasticsearch. ``index`` is the alias name on an engine.
    """
    kind = backend_kind(location)
    scheme, _, rest = location.partition("://")
    if kind == "opensearch":
        from .engine import EngineBackend

        return EngineBackend.opensearch(f"{scheme.split('+')[1]}://{rest}", index=index)
    if kind == "elasticsearch":
        from .engine import EngineBackend

        return EngineBackend.elasticsearch(f"{scheme.split('+')[1]}://{rest}", index=index)
    path = rest if scheme == "tantivy" else location
    from .embedded import EmbeddedBackend

    return EmbeddedBackend(Path(path))
