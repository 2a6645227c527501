"""Unit of work: run side effects (jobs, indexing) only after the transaction commits.

A rolled-back change therefore never reaches a job queue or a search index.
"""
from __future__ import annotations

from typing import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session

_KEY = "emuseum.after_commit"


def after_commit(session: Session, action: Callable[[], None]) -> None:
    """Queue ``action`` to run once the session's current transaction has committed."""
    session.info.setdefault(_KEY, []).append(action)


@event.listens_for(Session, "after_commit")
def _run_after_commit(session: Session) -> None:
    actions = session.info.pop(_KEY, [])
    for action in actions:
        action()


@event.listens_for(Session, "after_soft_rollback")
def _drop_after_rollback(session: Session, previous_transaction) -> None:
    if previous_transaction.parent is None:
        session.info.pop(_KEY, None)
