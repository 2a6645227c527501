"""Exhibits: cataloguing, publication workflow and public reading, with every change recorded."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, lazyload

from ..kazakhstan import RIGHTS_PREFIXES
from ..models import Exhibit, ExhibitPerson, Museum, Person, Region, State, utcnow
from . import history, indexing
from .errors import InvalidParameter, NotFound, PermissionDenied, ValidationError
from .fields import Checker, set_trilingual
from .identity import Identity
from .pagination import Page, PageRequest, paginate
from .vocabulary import terms_by_code

TRILINGUAL = {"title": 500, "description": 50000, "dating": 200, "culture": 200, "place": 300,
              "credit_line": 500}
DIMENSIONS = ("height", "width", "depth", "diameter", "weight")
PERSON_ROLES = ("maker", "author", "depicted", "memorialised", "owner", "donor", "photographer")
TRACKED = (("museum_id", "inventory_number", "object_type_id", "earliest_year", "latest_year", "length_unit",
            "weight_unit", "rights", "state") + DIMENSIONS
           + tuple(f"{f}_{lang}" for f in TRILINGUAL for lang in ("kk", "ru", "en")))
# Which states a state may move to; publishing needs the right to publish.
TRANSITIONS = {
    State.DRAFT.value: (State.IN_REVIEW.value, State.PUBLISHED.value),
    State.IN_REVIEW.value: (State.DRAFT.value, State.PUBLISHED.value),
    State.PUBLISHED.value: (State.WITHDRAWN.value, State.DRAFT.value),
    State.WITHDRAWN.value: (State.DRAFT.value, State.PUBLISHED.value),
}


def _snapshot(exhibit: Exhibit) -> dict[str, Any]:
    snap = history.snapshot(exhibit, TRACKED)
    snap["materials"] = [t.code for t in exhibit.materials]
    snap["techniques"] = [t.code for t in exhibit.techniques]
    snap["people"] = [[link.person_id, link.role] for link in exhibit.people]
    return snap


def _apply(session: Session, exhibit: Exhibit, data: dict[str, Any], partial: bool) -> None:
    check = Checker(data, partial)
    inventory = check.text("inventory_number", 100, required=True)
    texts = {name: check.trilingual(name, limit, required=(name == "title")) for name, limit in TRILINGUAL.items()}
    earliest = check.integer("earliest_year", -10000, 2100)
    latest = check.integer("latest_year", -10000, 2100)
    lo = earliest if check.has("earliest_year") else exhibit.earliest_year
    hi = latest if check.has("latest_year") else exhibit.latest_year
    if lo is not None and hi is not None and lo > hi:
        check.error("latest_year", f"must not be before earliest_year ({hi} < {lo})")
    dims = {name: check.number(name, 0, 1_000_000) for name in DIMENSIONS}
    length_unit = check.choice("length_unit", ("mm", "cm", "m"), "cm")
    weight_unit = check.choice("weight_unit", ("g", "kg"), "g")
    rights = check.url("rights", RIGHTS_PREFIXES, "a Creative Commons or RightsStatements.org URI")
    object_type = None
    if check.has("object_type") and data["object_type"]:
        found, missing = terms_by_code(session, "object_type", [str(data["object_type"])])
        if missing:
            check.error("object_type", f"is not in the object type vocabulary: {missing[0]!r}")
        object_type = found[0] if found else None
    vocab_lists = {}
    for field, vocabulary in (("materials", "material"), ("techniques", "technique")):
        codes = check.codes(field)
        if codes is not None:
            found, missing = terms_by_code(session, vocabulary, codes)
            if missing:
                check.error(field, f"not in the {vocabulary} vocabulary: {', '.join(map(repr, missing))}")
            vocab_lists[field] = found
    people = _people(session, check)
    museum_id = exhibit.museum_id
    if inventory and museum_id is not None:
        clash = session.scalar(select(Exhibit.id).where(
            Exhibit.museum_id == museum_id, Exhibit.inventory_number == inventory,
            Exhibit.id != (exhibit.id or -1)))
        if clash:
            check.error("inventory_number", f"{inventory!r} is already used in this museum (exhibit {clash})")
    if check.errors:
        raise ValidationError(check.errors)

    if inventory:
        exhibit.inventory_number = inventory
    for name, values in texts.items():
        set_trilingual(exhibit, name, values)
    if check.has("earliest_year"):
        exhibit.earliest_year = earliest
    if check.has("latest_year"):
        exhibit.latest_year = latest
    for name, value in dims.items():
        if check.has(name):
            setattr(exhibit, name, value)
    if length_unit:
        exhibit.length_unit = length_unit
    if weight_unit:
        exhibit.weight_unit = weight_unit
    if rights is not None:
        exhibit.rights = rights
    if check.has("object_type"):
        exhibit.object_type = object_type
    for field, terms in vocab_lists.items():
        setattr(exhibit, field, terms)
    if people is not None:
        exhibit.people = [ExhibitPerson(person=person, person_id=person.id, role=role, position=i)
                          for i, (person, role) in enumerate(people)]


def _people(session: Session, check: Checker) -> list[tuple[Person, str]] | None:
    if not check.has("people"):
        return None
    raw = check.data["people"] or []
    if not isinstance(raw, list):
        check.error("people", "must be a list of {person, role}")
        return None
    result = []
    for i, item in enumerate(raw):
        field = f"people[{i}]"
        if not isinstance(item, dict) or "person" not in item:
            check.error(field, "must be an object with person (an id) and role")
            continue
        role = item.get("role") or "maker"
        if role not in PERSON_ROLES:
            check.error(f"{field}.role", f"must be one of {', '.join(PERSON_ROLES)}, got {str(role)[:40]!r}")
            continue
        try:
            person = session.get(Person, int(item["person"]))
        except (TypeError, ValueError):
            person = None
        if person is None:
            check.error(f"{field}.person", f"no person with id {str(item['person'])[:40]!r}")
            continue
        if (person.id, role) in {(p.id, r) for p, r in result}:
            continue
        result.append((person, role))
    return result


def create_exhibit(session: Session, identity: Identity, museum_slug: str, data: dict[str, Any],
                   commit: bool = True) -> Exhibit:
    """Return the new exhibit (a draft unless ``state`` says otherwise), committed with its history.

    With ``commit=False`` it is only flushed, and the caller commits (bulk loads commit in batches).
    """
    museum = session.scalar(select(Museum).where(Museum.slug == museum_slug))
    if museum is None:
        raise ValidationError([("museum", f"no museum {museum_slug!r}")])
    identity.require_edit(museum.id)
    exhibit = Exhibit(museum=museum, museum_id=museum.id, state=State.DRAFT.value)
    # Checked before _apply links the exhibit to persons, so a refusal leaves nothing behind.
    target = (data.get("state") if isinstance(data, dict) else None) or State.DRAFT.value
    if target != State.DRAFT.value:
        _check_transition(identity, exhibit, target)
    _apply(session, exhibit, data, partial=False)
    if target != State.DRAFT.value:
        exhibit.state = target
        if target == State.PUBLISHED.value:
            exhibit.published_at = utcnow()
    session.add(exhibit)
    _flush_unique(session)
    history.record(session, "exhibit", exhibit.id, "create", identity.name, history.diff({}, _snapshot(exhibit)))
    indexing.queue_record(session, "exhibit", exhibit.id)
    if commit:
        session.commit()
    return exhibit


def update_exhibit(session: Session, identity: Identity, exhibit_id: int, data: dict[str, Any]) -> Exhibit:
    """Return the changed exhibit, committed with what changed recorded; ``state`` is changed by change_state."""
    exhibit = _load(session, exhibit_id)
    identity.require_edit(exhibit.museum_id)
    if "state" in data:
        raise ValidationError([("state", "is changed through the publication workflow, not by editing")])
    before = _snapshot(exhibit)
    _apply(session, exhibit, data, partial=True)
    _flush_unique(session)
    changed = history.diff(before, _snapshot(exhibit))
    if changed:
        history.record(session, "exhibit", exhibit.id, "update", identity.name, changed)
        indexing.queue_record(session, "exhibit", exhibit.id)
    session.commit()
    return exhibit


def _check_transition(identity: Identity, exhibit: Exhibit, target: str) -> None:
    if target not in TRANSITIONS:
        raise ValidationError([("state", f"must be one of {', '.join(TRANSITIONS)}, got {str(target)[:40]!r}")])
    if target not in TRANSITIONS[exhibit.state]:
        raise ValidationError([("state", f"cannot go from {exhibit.state} to {target}")])
    # Taking a published exhibit back to draft hides it from the public just as withdrawing does.
    public_change = State.PUBLISHED.value in (exhibit.state, target) or target == State.WITHDRAWN.value
    if public_change and not identity.can_publish(exhibit.museum_id):
        raise PermissionDenied(f"{identity.name} may not publish or withdraw exhibits of this museum", "state")


def change_state(session: Session, identity: Identity, exhibit_id: int, target: str) -> Exhibit:
    """Return the exhibit moved to another publication state, committed with the change recorded."""
    exhibit = _load(session, exhibit_id)
    identity.require_edit(exhibit.museum_id)
    _check_transition(identity, exhibit, target)
    history.record(session, "exhibit", exhibit.id, "state", identity.name, {"state": [exhibit.state, target]})
    exhibit.state = target
    if target == State.PUBLISHED.value:
        exhibit.published_at = utcnow()
    indexing.queue_record(session, "exhibit", exhibit.id)
    session.commit()
    return exhibit


def _flush_unique(session: Session) -> None:
    # A concurrent writer may take the inventory number between our check and the insert.
    try:
        session.flush()
    except IntegrityError as exc:
        session.rollback()
        raise ValidationError([("inventory_number", "is already used in this museum")]) from exc


def _load(session: Session, exhibit_id: int) -> Exhibit:
    exhibit = session.get(Exhibit, exhibit_id)
    if exhibit is None:
        raise NotFound(f"no exhibit {exhibit_id}", "exhibit")
    return exhibit


def is_public(exhibit: Exhibit) -> bool:
    """Return whether the public may see the exhibit: published, in a museum that is switched on."""
    return exhibit.state == State.PUBLISHED.value and exhibit.museum.is_active


def get_exhibit(session: Session, identity: Identity, exhibit_id: int) -> Exhibit:
    """Return the exhibit if this identity may see it; anything else is NotFound, never a hint it exists."""
    exhibit = session.get(Exhibit, exhibit_id)
    if exhibit is None or not (is_public(exhibit) or identity.can_see_unpublished(exhibit.museum_id)):
        raise NotFound(f"no exhibit {exhibit_id}", "exhibit")
    return exhibit


def list_exhibits(session: Session, identity: Identity, request: PageRequest, museum: str | None = None,
                  region: str | None = None, state: str | None = None) -> Page[Exhibit]:
    """Return a page of exhibits, newest first by id; the public sees published exhibits of active museums."""
    query = select(Exhibit).join(Exhibit.museum).order_by(Exhibit.id.desc())
    if museum:
        query = query.where(Museum.slug == museum)
    if region:
        query = query.join(Museum.region).where(Region.code == region.upper())
    if state:
        if state not in TRANSITIONS:
            raise InvalidParameter(f"state must be one of {', '.join(TRANSITIONS)}", "state")
        if identity.is_public and state != State.PUBLISHED.value:
            raise InvalidParameter("state: only published exhibits are public", "state")
        query = query.where(Exhibit.state == state)
    if identity.role != "admin":
        visible = (Exhibit.state == State.PUBLISHED.value) & Museum.is_active.is_(True)
        if identity.museum_id is not None:
            visible = visible | (Exhibit.museum_id == identity.museum_id)
        query = query.where(visible)
    return paginate(session, query, request)


def list_public_cards(session: Session, request: PageRequest, museum: str) -> Page[Exhibit]:
    """Return a page of a museum's public exhibits, as list_exhibits gives them to the public, loaded for cards.

    A card shows titles, dating, the inventory number and an image, so vocabularies and people are
    left unloaded: on a page of 24 cards they would be most of the database time.
    """
    query = (select(Exhibit).join(Exhibit.museum)
             .where(Museum.slug == museum, Exhibit.state == State.PUBLISHED.value, Museum.is_active.is_(True))
             .order_by(Exhibit.id.desc())
             .options(lazyload(Exhibit.object_type), lazyload(Exhibit.materials), lazyload(Exhibit.techniques),
                      lazyload(Exhibit.people)))
    return paginate(session, query, request)
