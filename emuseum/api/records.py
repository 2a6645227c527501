"""JSON records of the catalogue's models, as the API publishes them.

Trilingual fields are language maps holding only the languages that have a text; empty
single-language strings become null.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from ..models import Exhibit, MediaRecord, Museum, Person, Region, Term, texts
from .links import Urls

LENGTHS = ("height", "width", "depth", "diameter")


def iso_utc(moment: datetime | None) -> str | None:
    """Return an ISO 8601 UTC timestamp ("2025-03-01T09:30:00Z"); SQLite's naive values are UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _identity(kind: str, key: str | int, url: str, html: dict[str, str]) -> dict[str, Any]:
    """Return the fields every record opens with: stable id, type, API URL and public pages by language."""
    return {"id": key, "type": kind, "url": url, "html": html}


def region_ref(region: Region, urls: Urls) -> dict[str, Any]:
    """Return the short form of a region that other records embed."""
    return {"code": region.code, "name": texts(region, "name"), "url": urls.api("api.region", code=region.code)}


def museum_ref(museum: Museum, urls: Urls) -> dict[str, Any]:
    """Return the short form of a museum that exhibit records embed."""
    return {"slug": museum.slug, "name": texts(museum, "name"), "url": urls.api("api.museum", slug=museum.slug)}


def person_ref(person: Person, urls: Urls) -> dict[str, Any]:
    """Return the short form of a person that exhibit records embed."""
    return {"id": person.id, "name": texts(person, "name"), "url": urls.api("api.person", id=person.id)}


def term(term: Term) -> dict[str, Any]:
    """Return a vocabulary term: its code, labels and the URI of the concept it stands for."""
    return {"code": term.code, "label": texts(term, "label"), "uri": term.uri or None}


def region(region: Region, urls: Urls) -> dict[str, Any]:
    """Return the record of a region."""
    return {
        **_identity("Region", region.code, urls.api("api.region", code=region.code),
                    urls.pages(f"museums?region={region.code}")),  # the public directory of its museums
        "code": region.code,
        "name": texts(region, "name"),
        "kind": region.kind,
        "museums_url": urls.api("api.museums", region=region.code),
    }


def museum(museum: Museum, exhibit_count: int, urls: Urls) -> dict[str, Any]:
    """Return the record of a museum with the number of its published exhibits."""
    located = museum.latitude is not None and museum.longitude is not None
    return {
        **_identity("Museum", museum.slug, urls.api("api.museum", slug=museum.slug),
                    urls.pages(f"museums/{museum.slug}")),
        "slug": museum.slug,
        "name": texts(museum, "name"),
        "description": texts(museum, "description"),
        "region": region_ref(museum.region, urls),
        "city": texts(museum, "city"),
        "address": museum.address or None,
        "coordinates": {"lat": museum.latitude, "lon": museum.longitude} if located else None,
        "website": museum.website or None,
        "email": museum.email or None,
        "phone": museum.phone or None,
        "exhibit_count": exhibit_count,
        "exhibits_url": urls.api("api.exhibits", museum=museum.slug),
        "created": iso_utc(museum.created_at),
        "modified": iso_utc(museum.updated_at),
    }


def person(person: Person, urls: Urls) -> dict[str, Any]:
    """Return the authority record of a person."""
    return {
        **_identity("Person", person.id, urls.api("api.person", id=person.id),
                    urls.pages(f"persons/{person.id}")),
        "name": texts(person, "name"),
        "name_variants": list(person.name_variants or []),
        "birth_year": person.birth_year,
        "death_year": person.death_year,
        "roles": list(person.roles or []),
        "description": texts(person, "description"),
        "created": iso_utc(person.created_at),
        "modified": iso_utc(person.updated_at),
    }


def dimensions(exhibit: Exhibit) -> dict[str, Any]:
    """Return the measured dimensions with their units; what was not measured is left out."""
    result: dict[str, Any] = {name: getattr(exhibit, name) for name in LENGTHS if getattr(exhibit, name) is not None}
    if result:
        result["unit"] = exhibit.length_unit
    if exhibit.weight is not None:
        result["weight"] = exhibit.weight
        result["weight_unit"] = exhibit.weight_unit
    return result


def media(record: MediaRecord, urls: Urls) -> dict[str, Any]:
    """Return a media file's description and URLs."""
    return {
        "id": record.id,
        "kind": record.kind,
        "media_type": record.media_type,
        "byte_size": record.byte_size,
        "width": record.width,
        "height": record.height,
        "is_primary": record.is_primary,
        "position": record.position,
        "status": record.status,
        "alt": texts(record, "alt"),
        "urls": urls.media(record),
    }


def exhibit(exhibit: Exhibit, urls: Urls) -> dict[str, Any]:
    """Return the public record of an exhibit; media still being processed are left out."""
    return {
        **_identity("Exhibit", exhibit.id, urls.api("api.exhibit", id=exhibit.id),
                    urls.pages(f"exhibits/{exhibit.id}")),
        "inventory_number": exhibit.inventory_number,
        "museum": museum_ref(exhibit.museum, urls),
        "region": region_ref(exhibit.museum.region, urls),
        "title": texts(exhibit, "title"),
        "description": texts(exhibit, "description"),
        "object_type": term(exhibit.object_type) if exhibit.object_type else None,
        "materials": [term(t) for t in exhibit.materials],
        "techniques": [term(t) for t in exhibit.techniques],
        "dating": {"display": texts(exhibit, "dating"), "earliest": exhibit.earliest_year,
                   "latest": exhibit.latest_year},
        "culture": texts(exhibit, "culture"),
        "place": texts(exhibit, "place"),
        "dimensions": dimensions(exhibit),
        "credit_line": texts(exhibit, "credit_line"),
        "rights": exhibit.rights or None,
        "people": [{"person": person_ref(link.person, urls), "role": link.role} for link in exhibit.people],
        # The public sees a media file once its derivatives are made (see MediaRecord.status).
        "media": [media(m, urls) for m in exhibit.media if m.status == "ready"],
        "created": iso_utc(exhibit.created_at),
        "modified": iso_utc(exhibit.updated_at),
    }
