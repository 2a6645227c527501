"""Exhibit documents built and analysed in worker processes, for rebuilding a large index.

Rebuilding the index is Python work (reading rows, building each exhibit's document, analysing
its words in three languages) followed by the engine's own. In one process that work holds one
core while the other idles, and a national catalogue of a million exhibits took eight minutes.
Here each worker process reads a window of exhibit ids from the database on its own connection,
builds and analyses those documents and hands them back ready for the engine; the calling
process only feeds the engine, in window order, so the index is the same as a serial rebuild's.

Workers start from a fork server (``forkserver``): the caller may be a threaded web or job
process, which must not be forked as it runs. A failing worker fails the rebuild, and the old
index stays live.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable, Iterator

from sqlalchemy.orm import Session, sessionmaker

from indexer import IndexedDocument, prepare

from ..db import make_engine
from .search_documents import exhibit_documents_between, exhibit_id_range

WINDOW = 2_000  # exhibit ids per task: a task's documents cross back in one message
AHEAD = 2  # tasks waiting per worker: keeps them busy while bounding memory
PARALLEL_FROM = 20_000  # exhibits from which "auto" uses worker processes

_session: Session | None = None  # a worker's own
_encode: Callable[[IndexedDocument], Any] | None = None  # the backend's encode()


def workers_for(setting: int, exhibits: int) -> int:
    """Return how many worker processes build documents (0: the calling process does).

    ``setting`` is ``search.reindex_workers``: 0 is automatic (one per core for a catalogue of
    PARALLEL_FROM exhibits or more, where starting them pays off), 1 the calling process.
    """
    if setting == 0:
        return (os.cpu_count() or 1) if exhibits >= PARALLEL_FROM else 0
    return 0 if setting == 1 else setting


def _start_worker(url: str, encode: Callable[[IndexedDocument], Any]) -> None:
    global _session, _encode
    _session = sessionmaker(make_engine(url))()
    _encode = encode
    # Nothing imported so far is ever garbage; frozen, the collector stops walking it on every pass.
    gc.freeze()


def _window(first: int, stop: int) -> list[Any]:
    """Return the analysed, encoded documents of the public exhibits with ids in [first, stop) (in a worker)."""
    assert _session is not None and _encode is not None
    try:
        return [_encode(prepare(doc)) for doc in exhibit_documents_between(_session, first, stop)]
    finally:
        _session.rollback()
        _session.expunge_all()


def parallel_exhibits(session: Session, workers: int, encode: Callable[[IndexedDocument], Any]) -> Iterator[Any]:
    """Yield the analysed documents of every public exhibit, built by ``workers`` processes and passed
    through ``encode`` (a backend's :meth:`~indexer.SearchBackend.encode`), in id order."""
    span = exhibit_id_range(session)
    session.rollback()
    if span is None:
        return
    url = session.get_bind().url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(url, encode))
    pending: deque[Future] = deque()
    try:
        for first in range(span[0], span[1] + 1, WINDOW):
            pending.append(pool.submit(_window, first, min(first + WINDOW, span[1] + 1)))
            if len(pending) >= workers * AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
