"""The change log of exhibits, museums and persons: what changed, who changed it and when."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Change


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def snapshot(obj, fields: Iterable[str]) -> dict[str, Any]:
    """Return the JSON-ready values of the given attributes of a record."""
    return {f: _plain(getattr(obj, f)) for f in fields}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list]:
    """Return {field: [old, new]} for the fields whose values differ."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


def record(session: Session, entity: str, entity_id: int, action: str, actor: str,
           fields: dict[str, list]) -> Change:
    """Return the new change entry, added to the session (committed with the change itself)."""
    change = Change(entity=entity, entity_id=entity_id, action=action, actor=actor, fields=fields)
    session.add(change)
    return change


def history(session: Session, entity: str, entity_id: int) -> list[Change]:
    """Return the changes of one record, newest first."""
    return list(session.scalars(select(Change).where(Change.entity == entity, Change.entity_id == entity_id)
                                .order_by(Change.id.desc())))
