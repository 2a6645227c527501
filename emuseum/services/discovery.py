"""The IIIF Change Discovery stream (level 2): Create, Update, Delete of Manifests and Collections from the change log.

Every create, edit and state change of exhibits, museums and persons is in the Change table, in
the same transaction as the change itself. Replaying it in time order gives the activities:

- an exhibit's Manifest is out while the exhibit is published, its museum is active and a media
  file of it has become ready (services.presentation only publishes Manifests with something to show):
  it is Created when it comes out, Updated by any change while out, Deleted when it goes (withdrawn,
  back to draft, museum switched off), and Created again if it comes back;
- a museum's Collection is Created with the museum, Updated by any change of the museum, Deleted
  when the museum is switched off; a new name or slug also Updates its exhibits' Manifests, which
  carry them;
- a person's new name Updates the Manifests of the exhibits linked to them (their metadata names them).

A media file becoming ready (or failing) is logged by the derivative job as a change of the media
record and Updates its exhibit's Manifest, which gains or keeps its Canvas. Vocabulary labels are
not in the log and so not in the stream. Activities carry the time of the
change (endTime); the stream is in ascending time order, as consumers read it from the end.

The replay is kept per process and brought up to date on each request from the rows added since;
a row committed late with a lower id, or an older timestamp, makes it replay from the start.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Change, ExhibitPerson, MediaRecord, State

ACTIVITIES_PER_PAGE = 100
EXTENSION = "emuseum.discovery"
ENTITIES = ("exhibit", "museum", "person", "media")
# Fields of a museum that its exhibits' Manifests show (provider, attribution, metadata).
MUSEUM_FIELDS_IN_MANIFESTS = ("slug", "name_kk", "name_ru", "name_en")
PERSON_FIELDS_IN_MANIFESTS = ("name_kk", "name_ru", "name_en")


@dataclass(frozen=True)
class Activity:
    """One entry of the stream: a Create, Update or Delete of a Manifest (exhibit id) or Collection (museum id)."""

    type: str
    object_type: str  # Manifest | Collection
    object_id: int
    end_time: datetime


@dataclass
class _ExhibitState:
    museum_id: int | None = None
    state: str = State.DRAFT.value
    has_media: bool = False
    out: bool = False  # its Manifest is published: Created and not since Deleted


@dataclass
class _Replay:
    """The state of the catalogue as the change log has told it so far, and the activities it gave."""

    activities: list[Activity] = field(default_factory=list)
    exhibits: dict[int, _ExhibitState] = field(default_factory=dict)
    museum_active: dict[int, bool] = field(default_factory=dict)
    museum_exhibits: dict[int, set[int]] = field(default_factory=dict)
    rows: int = 0
    last_id: int = 0
    last_at: datetime | None = None


class ChangeStream:
    """The activity stream of one application, replayed from the change log and kept up to date."""

    def __init__(self) -> None:
        self._replay = _Replay()
        self._lock = threading.Lock()

    def activities(self, session: Session) -> list[Activity]:
        """Return every activity so far, oldest first."""
        # All three, as a wiped and rebuilt catalogue on SQLite can count as many rows to the same last id.
        rows, last_id, newest = session.execute(
            select(func.count(), func.max(Change.id), func.max(Change.at)).where(Change.entity.in_(ENTITIES))).one()
        last_id = last_id or 0
        newest = _utc(newest) if newest is not None else None
        with self._lock:
            replay = self._replay
            if (rows, last_id, newest) == (replay.rows, replay.last_id, replay.last_at):
                return replay.activities
            new = _changes(session, Change.id > replay.last_id)
            appended = len(new) == rows - replay.rows and (
                replay.last_at is None or not new or _utc(new[0].at) >= replay.last_at)
            if not appended:  # a late commit, a clock step back or a wiped catalogue: start again
                replay = _Replay()
                new = _changes(session, True)
            _apply(session, replay, new)
            replay.rows, replay.last_id = rows, last_id
            self._replay = replay
            return replay.activities


def change_stream() -> ChangeStream:
    """Return this application's change stream."""
    stream = current_app.extensions.get(EXTENSION)
    if stream is None:
        stream = current_app.extensions.setdefault(EXTENSION, ChangeStream())
    return stream


def activities(session: Session) -> list[Activity]:
    """Return the whole activity stream of the catalogue, oldest first."""
    return change_stream().activities(session)


def page_count(total: int) -> int:
    """Return how many pages the stream fills; an empty stream still has its one (empty) page."""
    return max(1, -(-total // ACTIVITIES_PER_PAGE))


def _utc(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes; every timestamp of ours is UTC.
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def _changes(session: Session, condition: Any) -> list[Change]:
    return list(session.scalars(select(Change).where(Change.entity.in_(ENTITIES), condition)
                                .order_by(Change.at, Change.id)))


def _new_value(fields: dict, name: str, default: Any = None) -> Any:
    pair = fields.get(name)
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else default


def _apply(session: Session, replay: _Replay, changes: list[Change]) -> None:
    """Replay changes (in time order) onto the state, appending the activities they give."""
    people = _linked_exhibits(session, [c.entity_id for c in changes if c.entity == "person" and c.action == "update"
                                        and any(f in (c.fields or {}) for f in PERSON_FIELDS_IN_MANIFESTS)])
    media = _media_exhibits(session, [c.entity_id for c in changes if c.entity == "media"])
    for change in changes:
        at = _utc(change.at)
        fields = change.fields or {}
        if change.entity == "exhibit":
            _exhibit_change(replay, change.entity_id, change.action, fields, at)
        elif change.entity == "media" and change.entity_id in media:
            _media_change(replay, media[change.entity_id], fields, at)
        elif change.entity == "museum":
            _museum_change(replay, change.entity_id, change.action, fields, at)
        elif change.entity == "person":
            for exhibit_id in sorted(people.get(change.entity_id, ())):
                _touch(replay, exhibit_id, at)
        replay.last_at = at if replay.last_at is None else max(replay.last_at, at)


def _exhibit_change(replay: _Replay, exhibit_id: int, action: str, fields: dict, at: datetime) -> None:
    exhibit = replay.exhibits.setdefault(exhibit_id, _ExhibitState())
    museum_id = _new_value(fields, "museum_id", exhibit.museum_id)
    if museum_id != exhibit.museum_id:
        replay.museum_exhibits.get(exhibit.museum_id, set()).discard(exhibit_id)
        replay.museum_exhibits.setdefault(museum_id, set()).add(exhibit_id)
        exhibit.museum_id = museum_id
    exhibit.state = _new_value(fields, "state", exhibit.state) if action != "delete" else "deleted"
    _settle(replay, exhibit_id, exhibit, at, changed=True)


def _media_change(replay: _Replay, exhibit_id: int, fields: dict, at: datetime) -> None:
    # A Manifest shows ready media only (services.presentation): the derivative job's "ready" is
    # what brings an exhibit's Manifest out, or Updates it with a new Canvas; an upload alone does not.
    exhibit = replay.exhibits.setdefault(exhibit_id, _ExhibitState())
    if _new_value(fields, "status") == "ready":
        exhibit.has_media = True
        _settle(replay, exhibit_id, exhibit, at, changed=True)


def _settle(replay: _Replay, exhibit_id: int, exhibit: _ExhibitState, at: datetime, changed: bool) -> None:
    """Append the activity of an exhibit whose state may have changed: Create, Update, Delete or none."""
    should_be_out = (exhibit.state == State.PUBLISHED.value and exhibit.has_media
                     and replay.museum_active.get(exhibit.museum_id, True))
    if should_be_out and not exhibit.out:
        kind = "Create"
    elif should_be_out and changed:
        kind = "Update"
    elif exhibit.out and not should_be_out:
        kind = "Delete"
    else:
        return
    exhibit.out = should_be_out
    replay.activities.append(Activity(kind, "Manifest", exhibit_id, at))


def _touch(replay: _Replay, exhibit_id: int, at: datetime) -> None:
    exhibit = replay.exhibits.get(exhibit_id)
    if exhibit is not None and exhibit.out:
        replay.activities.append(Activity("Update", "Manifest", exhibit_id, at))


def _museum_change(replay: _Replay, museum_id: int, action: str, fields: dict, at: datetime) -> None:
    was_active = replay.museum_active.get(museum_id, action != "create")
    active = bool(_new_value(fields, "is_active", was_active))
    replay.museum_active[museum_id] = active
    members = sorted(replay.museum_exhibits.get(museum_id, ()))
    if active and (action == "create" or not was_active):
        replay.activities.append(Activity("Create", "Collection", museum_id, at))
    elif active:
        replay.activities.append(Activity("Update", "Collection", museum_id, at))
    elif was_active:
        replay.activities.append(Activity("Delete", "Collection", museum_id, at))
    if active != was_active:
        for exhibit_id in members:  # switched off or on: its Manifests go or come back
            _settle(replay, exhibit_id, replay.exhibits[exhibit_id], at, changed=False)
    elif active and any(name in fields for name in MUSEUM_FIELDS_IN_MANIFESTS):
        for exhibit_id in members:
            _touch(replay, exhibit_id, at)


def _linked_exhibits(session: Session, person_ids: list[int]) -> dict[int, set[int]]:
    """Return {person id: ids of the exhibits linked to them now}."""
    found: dict[int, set[int]] = {}
    if person_ids:
        for person_id, exhibit_id in session.execute(
                select(ExhibitPerson.person_id, ExhibitPerson.exhibit_id)
                .where(ExhibitPerson.person_id.in_(set(person_ids)))):
            found.setdefault(person_id, set()).add(exhibit_id)
    return found


def _media_exhibits(session: Session, media_ids: list[int]) -> dict[int, int]:
    """Return {media id: its exhibit's id} for the media still recorded."""
    if not media_ids:
        return {}
    return dict(session.execute(select(MediaRecord.id, MediaRecord.exhibit_id)
                                .where(MediaRecord.id.in_(set(media_ids)))).all())
