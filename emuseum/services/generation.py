"""The catalogue generation: bumped inside every transaction that writes public data, read before rendering.

Any flush that adds, changes or deletes a catalogue row (exhibits, museums, persons, media,
vocabulary, regions, the links between them), and any bulk INSERT/UPDATE/DELETE statement on their
tables, adds one to ``catalogue_version.generation`` in the same transaction. So the new number
becomes visible exactly when the change does, in every process, and a rolled-back change leaves it
alone. Readers take the number *before* reading the data they render: what they cache under
generation N was read no earlier than N was committed, so it is never older than N says.
"""
from __future__ import annotations

from itertools import chain

from sqlalchemy import Table, event, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, Session

from ..models import (CatalogueVersion, Exhibit, ExhibitPerson, MediaRecord, Museum, Person, Region, Term,
                      exhibit_material, exhibit_technique)

CATALOGUE = (Exhibit, ExhibitPerson, MediaRecord, Museum, Person, Region, Term)
CATALOGUE_TABLES = frozenset(
    [model.__table__.name for model in CATALOGUE] + [exhibit_material.name, exhibit_technique.name])
_TABLE: Table = CatalogueVersion.__table__
_BUMP = update(_TABLE).where(_TABLE.c.id == 1).values(generation=_TABLE.c.generation + 1)
_READ = select(_TABLE.c.generation).where(_TABLE.c.id == 1)
_READ_SQL = f"SELECT generation FROM {_TABLE.name} WHERE id = 1"
_BUMPED = "emuseum.generation_bumped_in"


def current(source: Session | Engine) -> int | None:
    """Return the committed generation as ``source`` sees it; None if there is none to see.

    Given an engine, a pooled connection is borrowed for the read, which costs a fraction of a
    session; given a session, the read joins its transaction. None (no row, or no table in a
    database not yet upgraded) means "do not cache".
    """
    if isinstance(source, Engine):
        return _read_raw(source)
    try:
        return source.connection().execute(_READ).scalar()
    except SQLAlchemyError:
        source.rollback()
        return None


def _read_raw(engine: Engine) -> int | None:
    # The plain DB-API cursor of a pooled connection: a third of what a Core statement costs, and
    # this read comes before every cached answer.
    try:
        connection = engine.raw_connection()
    except SQLAlchemyError:
        return None
    try:
        cursor = connection.cursor()
        try:
            cursor.execute(_READ_SQL)
            row = cursor.fetchone()
        finally:
            cursor.close()
    except engine.dialect.loaded_dbapi.Error:
        return None
    finally:
        connection.close()  # back to the pool, whose reset ends the read transaction
    return row[0] if row else None


def ensure(session: Session) -> None:
    """Create the generation row if it is missing (a database emptied table by table), and commit."""
    if session.execute(_READ).first() is None:
        session.execute(_TABLE.insert().values(id=1, generation=0))
    session.commit()


def bump(session: Session) -> None:
    """Add one to the generation inside the session's current transaction (once per transaction or savepoint).

    One bump per (sub)transaction is enough: it commits or rolls back together with every write
    made in that same transaction. A savepoint is a transaction of its own here, so a bump undone
    by rolling one back never hides the enclosing transaction's writes.
    """
    transaction = session.get_nested_transaction() or session.get_transaction()
    if transaction is not None and session.info.get(_BUMPED) is transaction:
        return
    session.connection().execute(_BUMP)
    session.info[_BUMPED] = session.get_nested_transaction() or session.get_transaction()


@event.listens_for(Session, "after_flush")
def _bump_on_flush(session: Session, _context) -> None:
    # After the flush's own writes (new/dirty/deleted still list them here): a flush that fails
    # bumps nothing, and the transaction takes its write lock no earlier than it would anyway.
    if any(isinstance(obj, CATALOGUE) for obj in chain(session.new, session.dirty, session.deleted)):
        bump(session)


@event.listens_for(Session, "do_orm_execute")
def _bump_on_bulk_statement(state: ORMExecuteState) -> None:
    # ORM-enabled insert()/update()/delete() bypass the flush, so the statement itself is checked
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) in CATALOGUE_TABLES:
        bump(state.session)
