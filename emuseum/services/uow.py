"""Unit of work: run side effects (jobs, indexing) only after the transaction commits.

A rolled-back change therefore never reaches a job queue or a search index. Each action belongs
to the transaction it was queued in: a savepoint (``begin_nested``) that is released hands its
actions to the enclosing transaction, one that is rolled back drops them, and only the commit of
the outermost transaction runs them. A session closed without a commit drops them too.
"""
from __future__ import annotations

import logging
from typing import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

_KEY = "emuseum.after_commit"
log = logging.getLogger(__name__)


def after_commit(session: Session, action: Callable[[], None], once: str | None = None) -> None:
    """Queue ``action`` to run once the session's current transaction has committed.

    With ``once``, an action already queued under that name stands for this one: a bulk load that
    changes a thousand records then queues one indexing job per commit, not a thousand.
    """
    queued = session.info.setdefault(_KEY, [])
    # Every queued entry belongs to this transaction or one enclosing it, so it runs whenever
    # this one's changes are committed: dropping the new action loses nothing.
    if once is not None and any(entry[2] == once for entry in queued):
        return
    # None stands for the outermost transaction, begun or not yet begun.
    queued.append([session.get_nested_transaction(), action, once])


def _enclosing_savepoint(transaction: SessionTransaction) -> SessionTransaction | None:
    parent = transaction.parent
    while parent is not None and not parent.nested:
        parent = parent.parent
    return parent


@event.listens_for(Session, "after_commit")
def _run_after_commit(session: Session) -> None:
    queued = session.info.get(_KEY)
    if not queued:
        return
    savepoint = session.get_nested_transaction()
    if savepoint is not None:  # a savepoint was released: its actions wait for the enclosing transaction
        enclosing = _enclosing_savepoint(savepoint)
        for entry in queued:
            if entry[0] is savepoint:
                entry[0] = enclosing
        return
    session.info.pop(_KEY, None)
    for _, action, _once in queued:
        try:
            action()
        except Exception:  # the change is committed; a failed side effect must not look like a failed edit
            log.exception("after-commit action %r failed", action)


@event.listens_for(Session, "after_transaction_end")
def _drop_uncommitted(session: Session, transaction: SessionTransaction) -> None:
    queued = session.info.get(_KEY)
    if not queued:
        return
    if transaction.parent is None:  # the outermost transaction ended without running them: rollback or close
        session.info.pop(_KEY, None)
    elif transaction.nested:  # a released savepoint re-tagged its actions in _run_after_commit
        session.info[_KEY] = [entry for entry in queued if entry[0] is not transaction]
