"""Keeping the search index in step with the database through the outbox.

The database is the source of truth. A service that changes what a document holds calls
:func:`queue` in the same transaction: the outbox rows commit or roll back with the change. After
the commit, one job per transaction drains the outbox: it rebuilds the documents from what was
committed, writes them to the engine in bulk and only then deletes the rows it applied. If the
engine is down the rows stay (``emuseum search status`` shows them) and the next drain, at the
latest the worker's sweep a minute later, applies them.

One drain runs at a time (:func:`_exclusive`), and each reads the database after the previous one
has written: an older state can never overwrite a newer one in the index.
"""
from __future__ import annotations

import fcntl
import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Iterable, Iterator

from flask import current_app
from sqlalchemy import String, cast, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from indexer import DocumentError, IndexedDocument, SearchBackend, prepare

from ..models import Exhibit, ExhibitPerson, SearchOutbox, exhibit_material, exhibit_technique, utcnow
from . import generation
from .reindex_pool import parallel_exhibits, workers_for
from .search_documents import (count_public, count_public_exhibits, doc_id, documents, exhibit_documents,
                               museum_and_person_documents)
from .uow import after_commit

log = logging.getLogger(__name__)

BATCH = 500  # outbox rows applied per bulk request
_PG_LOCK = 0x656D7573  # "emus": the advisory lock id of the drain on PostgreSQL
_WAIT_STEP = 0.1


@dataclass(frozen=True)
class Backlog:
    count: int
    oldest: datetime | None


# --- writing to the outbox (in the caller's transaction) -------------------------------------------

def _drain_after_commit(session: Session) -> None:
    jobs = current_app.extensions["emuseum.jobs"]
    after_commit(session, lambda: jobs.enqueue("search.drain"), once="search.drain")


def queue(session: Session, doc_ids: Iterable[str]) -> None:
    """Queue documents to be rebuilt once the session's transaction commits."""
    now = utcnow()
    rows = [SearchOutbox(doc_id=value, queued_at=now) for value in dict.fromkeys(doc_ids)]
    if not rows:
        return
    session.add_all(rows)
    _drain_after_commit(session)


def queue_record(session: Session, kind: str, record_id: int) -> None:
    """Queue one record's document (``kind`` is exhibit, museum or person)."""
    queue(session, [doc_id(kind, record_id)])


def _queue_exhibits(session: Session, exhibit_ids) -> None:
    # One INSERT ... SELECT: a museum's rename may touch thousands of exhibits.
    session.execute(insert(SearchOutbox).from_select(
        ["doc_id", "queued_at"],
        select(literal("exhibit:") + cast(exhibit_ids.c.id, String), literal(utcnow()))))
    _drain_after_commit(session)


def queue_museum_exhibits(session: Session, museum_id: int) -> None:
    """Queue the documents of every exhibit of a museum (its name, slug, region or state changed)."""
    _queue_exhibits(session, select(Exhibit.id.label("id")).where(Exhibit.museum_id == museum_id).subquery())


def queue_person_exhibits(session: Session, person_id: int) -> None:
    """Queue the documents of every exhibit linked to a person (makers' names are searchable)."""
    _queue_exhibits(session, select(ExhibitPerson.exhibit_id.label("id")).where(
        ExhibitPerson.person_id == person_id).distinct().subquery())


def queue_term_exhibits(session: Session, term_ids: list[int]) -> None:
    """Queue the documents of every exhibit using these vocabulary terms (their labels are searchable)."""
    if not term_ids:
        return
    ids = (select(Exhibit.id.label("id")).where(Exhibit.object_type_id.in_(term_ids))
           .union(select(exhibit_material.c.exhibit_id).where(exhibit_material.c.term_id.in_(term_ids)),
                  select(exhibit_technique.c.exhibit_id).where(exhibit_technique.c.term_id.in_(term_ids))))
    _queue_exhibits(session, ids.subquery())


# --- applying the outbox -----------------------------------------------------------------------------

def _until(attempt: Callable[[], bool], deadline: float) -> bool:
    """Return True as soon as ``attempt()`` does, False once the monotonic ``deadline`` passes first."""
    while not attempt():
        if time.monotonic() >= deadline:
            return False
        time.sleep(_WAIT_STEP)
    return True


def _try_flock(handle) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextmanager
def _exclusive(session: Session, wait: float) -> Iterator[bool]:
    """Yield whether this process holds the index-writing lock, waiting up to ``wait`` seconds for it.

    PostgreSQL: an advisory lock on a connection of its own (several machines may run workers);
    SQLite: a file lock in the instance folder (one machine). Both are released if the process
    dies, so a crashed worker never blocks indexing.
    """
    deadline = time.monotonic() + wait
    engine = session.get_bind()
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            held = _until(lambda: bool(connection.scalar(select(func.pg_try_advisory_lock(_PG_LOCK)))), deadline)
            try:
                yield held
            finally:
                if held:
                    connection.scalar(select(func.pg_advisory_unlock(_PG_LOCK)))
                connection.rollback()
        return
    path = current_app.config["EMUSEUM_INSTANCE"] / "search-index.lock"
    with open(path, "a") as handle:
        held = _until(lambda: _try_flock(handle), deadline)
        try:
            yield held
        finally:
            if held:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _apply_batch(session: Session, search: SearchBackend) -> int:
    """Apply up to BATCH outbox rows; return how many rows were applied (0: the outbox is empty)."""
    session.rollback()  # read what is committed now, after the previous writer finished
    rows = session.execute(select(SearchOutbox.id, SearchOutbox.doc_id).order_by(SearchOutbox.id).limit(BATCH)).all()
    if not rows:
        return 0
    docs, gone = documents(session, [row.doc_id for row in rows])
    session.rollback()  # no transaction stays open on the database while the engine works
    if docs:
        try:
            search.index(docs)
        except DocumentError:
            _index_one_by_one(search, docs)
    if gone:
        search.delete(gone)
    search.refresh()
    session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_([row.id for row in rows])))
    # Search answers are kept in the response cache under the catalogue generation. The write that
    # queued these rows bumped it before the index held the change, so an answer cached in between
    # is stale: the index has changed now, and so must the generation.
    generation.bump(session)
    session.commit()
    return len(rows)


def _index_one_by_one(search: SearchBackend, docs: list[dict]) -> None:
    # A document we built wrongly is our bug: it is logged and skipped, so it cannot hold up the
    # rest of the outbox behind it for ever.
    for doc in docs:
        try:
            search.index([doc])
        except DocumentError:
            log.exception("search document %s was not indexed", doc.get("id"))


def drain(session: Session, search: SearchBackend, wait: float = 0.0) -> int:
    """Return how many outbox rows were applied to the index; engine errors propagate, the rows stay.

    If another drain holds the lock this one returns at once: the holder looks at the outbox
    again after letting go of the lock, so rows committed meanwhile are never stranded.
    """
    applied = 0
    while True:
        with _exclusive(session, wait) as held:
            if not held:
                return applied
            while done := _apply_batch(session, search):
                applied += done
        if not backlog(session).count:
            return applied


def backlog(session: Session) -> Backlog:
    """Return how many outbox rows wait and when the oldest was queued."""
    session.rollback()
    count, oldest = session.execute(select(func.count(SearchOutbox.id), func.min(SearchOutbox.queued_at))).one()
    return Backlog(count or 0, oldest)


# --- rebuilding everything ---------------------------------------------------------------------------

def reindex(session: Session, search: SearchBackend, progress: Callable[[int, int], None] | None = None,
            wait: float = 600.0) -> tuple[int, int]:
    """Return (documents indexed, outbox rows replayed) after rebuilding the index from the database.

    The new index is built beside the live one and swapped in atomically, so searches keep working
    meanwhile. Drains wait while it runs (their writes would go to the old index and be lost at
    the swap); the outbox rows queued meanwhile are applied right after.
    """
    exhibits = count_public_exhibits(session)
    total = count_public(session, exhibits)
    workers = workers_for(current_app.config["EMUSEUM"]["search.reindex_workers"], exhibits)
    with _exclusive(session, wait) as held:
        if not held:
            raise TimeoutError(f"another process kept the search index busy for {wait:.0f} seconds")
        session.rollback()
        # The rows visible now were committed with their changes, which the rebuild (reading the
        # database after this point) therefore holds. Ids alone would not do: on PostgreSQL a
        # smaller id may commit later.
        covered = list(session.scalars(select(SearchOutbox.id)))

        def counted(items: Iterable[Any]) -> Iterator[Any]:
            for done, item in enumerate(items, 1):
                yield item
                if progress is not None:
                    progress(done, total)

        indexed = search.reindex_encoded(counted(_encoded_documents(session, workers, search.encode)))
        for start in range(0, len(covered), 1000):
            session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_(covered[start:start + 1000])))
        generation.bump(session)  # the swapped-in index may answer differently (see _apply_batch)
        session.commit()
    return indexed, drain(session, search)


def _encoded_documents(session: Session, workers: int, encode: Callable[[IndexedDocument], Any]) -> Iterator[Any]:
    """Yield every public record's document analysed and encoded for the backend, the exhibits' by
    ``workers`` processes (0: here)."""
    for doc in museum_and_person_documents(session):
        yield encode(prepare(doc))
    if workers:
        yield from parallel_exhibits(session, workers, encode)
    else:
        for doc in exhibit_documents(session):
            yield encode(prepare(doc))
