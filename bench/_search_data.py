"""The catalogue of the search benchmark: the demo, the Tate collection, then generated exhibits.

Written into an instance's database (the source of truth the search API maps hits back to):

- the national demo, through the service layer (``build_demo``; no images);
- the 69,202 Tate artworks (CC0, /work/shared/data/tate) as published exhibits of a museum
  "Tate" and their 3,532 artists as persons, with bulk Core inserts. Tate is in London; the
  catalogue only knows Kazakhstan's regions, so the museum is filed under KZ-75 (Almaty), a
  real code standing in for a foreign one;
- generated trilingual exhibits of the demo's museums: a pool of exhibits planned by the demo's
  own generator (:mod:`emuseum.demo.catalogue`, real Kazakh and Russian wording), recombined
  (the title and facts of one, the description of another) and inserted in chunks.

Bulk inserts bypass the services and their history on purpose: millions of rows through the
services would take hours, and search reads only the catalogue tables. Everything here runs
inside an application context.
"""
from __future__ import annotations

import csv
import gzip
import random
import re
import time
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

TATE = Path("/work/shared/data/tate")
TATE_REGION = "KZ-75"  # stands in for London: the catalogue has only Kazakhstan's regions
GENERATED_PREFIX = "GEN-"
CHUNK = 20_000
POOL = 20_000

# Tate classification -> our object type; only the ones our vocabulary has.
_TATE_TYPES = {"painting": "painting", "sculpture": "sculpture", "photograph": "photograph"}
# words of a Tate medium -> our material codes
_TATE_MATERIALS = (("oil", "oil_paint"), ("canvas", "canvas"), ("paper", "paper"), ("bronze", "bronze"),
                   ("wood", "wood"), ("silver", "silver"), ("gold", "gold"), ("glass", "glass"),
                   ("marble", "stone"), ("stone", "stone"), ("copper", "copper"), ("brass", "brass"),
                   ("iron", "iron"), ("steel", "iron"), ("plaster", "gypsum"), ("ceramic", "ceramic"),
                   ("porcelain", "porcelain"), ("leather", "leather"), ("wool", "wool"), ("silk", "silk"),
                   ("felt", "felt"), ("photographic", "photo_paper"))
_TRILINGUAL = ("title", "description", "dating", "culture", "place", "credit_line")
_LANGS = ("kk", "ru", "en")


def _tables():
    from emuseum.models import Exhibit, ExhibitPerson, Person, exhibit_material, exhibit_technique  # noqa: PLC0415

    return (Exhibit.__table__, Person.__table__, ExhibitPerson.__table__, exhibit_material, exhibit_technique)


def _terms(session, vocabulary: str) -> dict[str, int]:
    from emuseum.models import Term  # noqa: PLC0415

    return dict(session.execute(select(Term.code, Term.id).where(Term.vocabulary == vocabulary)).all())


def _next_id(session, table) -> int:
    return (session.scalar(select(func.max(table.c.id))) or 0) + 1


def _empty_exhibit(now: datetime) -> dict:
    row = {f"{name}_{lang}": "" for name in _TRILINGUAL for lang in _LANGS}
    row.update(object_type_id=None, earliest_year=None, latest_year=None, height=None, width=None, depth=None,
               diameter=None, length_unit="cm", weight=None, weight_unit="g", rights="", state="published",
               created_at=now, updated_at=now, published_at=now)
    return row


def _insert(connection, table, rows: list[dict]) -> None:
    if rows:
        connection.execute(table.insert(), rows)


def build_base(demo_exhibits: int, seed: int) -> dict:
    """Return counts after replacing the catalogue with the demo (no images) and the Tate collection."""
    from emuseum.db import db  # noqa: PLC0415
    from emuseum.demo.build import build_demo  # noqa: PLC0415

    began = time.perf_counter()
    summary = build_demo(exhibits=demo_exhibits, images=0, seed=seed, progress=False)
    demo_s = time.perf_counter() - began
    began = time.perf_counter()
    tate = load_tate(db.session)
    return {"demo": summary, "demo_seconds": round(demo_s, 1), "tate": tate,
            "tate_seconds": round(time.perf_counter() - began, 1)}


def load_tate(session) -> dict:
    """Return counts after adding the Tate museum, its artists and its artworks (published)."""
    from emuseum.db import db  # noqa: PLC0415
    from emuseum.services import museums as museum_service  # noqa: PLC0415
    from emuseum.services.identity import SYSTEM  # noqa: PLC0415

    exhibit, person, link, material_link, _ = _tables()
    museum = museum_service.create_museum(session, SYSTEM, {
        "slug": "tate", "region": TATE_REGION,
        "name": {"kk": "Тейт", "ru": "Тейт", "en": "Tate"},
        "description": {"en": "The national collection of British art and international modern art (CC0 data)."},
        "city": {"kk": "Лондон", "ru": "Лондон", "en": "London"}, "address": "Millbank, London SW1P 4RG",
        "latitude": None, "longitude": None, "website": "https://www.tate.org.uk", "email": ""})
    museum_id = museum.id
    materials = _terms(session, "material")
    types = _terms(session, "object_type")
    now = datetime.now(timezone.utc)
    persons, person_of = [], {}
    next_person = _next_id(session, person)
    with gzip.open(TATE / "artists.csv.gz", "rt", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            last, _, first = row["name"].partition(", ")
            name = f"{first} {last}".strip() if first else row["name"]
            person_of[row["id"]] = next_person
            persons.append({"id": next_person, "name_kk": "", "name_ru": "", "name_en": name,
                            "name_variants": [row["name"]] if first else [],
                            "birth_year": int(row["yearOfBirth"]) if row["yearOfBirth"].isdigit() else None,
                            "death_year": int(row["yearOfDeath"]) if row["yearOfDeath"].isdigit() else None,
                            "roles": ["painter"], "description_kk": "", "description_ru": "",
                            "description_en": row["dates"] or "", "created_at": now, "updated_at": now})
            next_person += 1
    exhibits, links, material_links = [], [], []
    next_exhibit = _next_id(session, exhibit)
    with gzip.open(TATE / "artworks.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            medium = row["medium"] or ""
            year = int(row["year"]) if row["year"].isdigit() else None
            record = _empty_exhibit(now)
            record.update(id=next_exhibit, museum_id=museum_id, inventory_number=row["accession_number"],
                          title_en=row["title"] or "Untitled",
                          description_en=". ".join(p for p in (medium, row["dimensions"]) if p),
                          dating_en=row["dateText"] if row["dateText"] != "date not known" else "",
                          earliest_year=year, latest_year=year, credit_line_en=row["creditLine"] or "",
                          rights="https://creativecommons.org/publicdomain/zero/1.0/",
                          object_type_id=types.get(_TATE_TYPES.get(row["classification"], "")))
            exhibits.append(record)
            lowered = medium.lower()
            for code in dict.fromkeys(code for word, code in _TATE_MATERIALS if re.search(rf"\b{word}", lowered)):
                if code in materials:
                    material_links.append({"exhibit_id": next_exhibit, "term_id": materials[code]})
            if row["artistId"] in person_of:
                links.append({"exhibit_id": next_exhibit, "person_id": person_of[row["artistId"]],
                              "role": "author", "position": 0})
            next_exhibit += 1
    session.commit()
    with db.engine.begin() as connection:
        _insert(connection, person, persons)
        for start in range(0, len(exhibits), CHUNK):
            _insert(connection, exhibit, exhibits[start:start + CHUNK])
        _insert(connection, link, links)
        _insert(connection, material_link, material_links)
    return {"persons": len(persons), "exhibits": len(exhibits), "makers": len(links),
            "materials": len(material_links)}


def generated_count(session) -> int:
    """Return how many generated exhibits the catalogue holds."""
    exhibit = _tables()[0]
    return session.scalar(select(func.count()).select_from(exhibit).where(
        exhibit.c.inventory_number.like(f"{GENERATED_PREFIX}%"))) or 0


def add_generated(session, wanted: int, seed: int, progress=print) -> dict:
    """Return counts after adding generated exhibits until the catalogue holds ``wanted`` of them."""
    from emuseum.db import db  # noqa: PLC0415
    from emuseum.demo import catalogue  # noqa: PLC0415
    from emuseum.demo import vocabulary as v  # noqa: PLC0415
    from emuseum.models import Museum, Person  # noqa: PLC0415

    exhibit, _, link, material_link, technique_link = _tables()
    have = generated_count(session)
    if have >= wanted:
        return {"added": 0, "seconds": 0.0}
    began = time.perf_counter()
    museum_ids = dict(session.execute(select(Museum.slug, Museum.id)).all())
    # The demo writes its persons in plan order: the n-th person of the plan has the n-th smallest id.
    persons = list(session.scalars(select(Person.id).order_by(Person.id).limit(len(catalogue._persons(seed)))))
    materials, techniques, types = _terms(session, "material"), _terms(session, "technique"), _terms(session,
                                                                                                     "object_type")
    rng = random.Random(f"{seed}/bench-search/{have}")
    demo_museums = [m for m in v.MUSEUMS if m["slug"] in museum_ids]
    weights = [catalogue._museum_weight(m) for m in demo_museums]
    pool = []
    for k in range(POOL):
        museum = rng.choices(demo_museums, weights)[0]
        plan, _ = catalogue._exhibit(museum, "", random.Random(f"{seed}/bench-search/pool/{k}"))
        pool.append(plan)
    planned_s = time.perf_counter() - began
    progress(f"planned a pool of {POOL} exhibits in {planned_s:.0f} s; inserting {wanted - have} rows ...")
    now = datetime.now(timezone.utc)
    next_exhibit = _next_id(session, exhibit)
    session.commit()
    number = have
    while number < wanted:
        rows, links, material_links, technique_links = [], [], [], []
        for _ in range(min(CHUNK, wanted - number)):
            a, b = pool[rng.randrange(POOL)], pool[rng.randrange(POOL)]
            data = a.data
            record = _empty_exhibit(now)
            for name in _TRILINGUAL:
                source = b.data if name == "description" else data
                for lang, value in (source.get(name) or {}).items():
                    record[f"{name}_{lang}"] = value
            record.update(id=next_exhibit, museum_id=museum_ids[a.museum],
                          inventory_number=f"{GENERATED_PREFIX}{number + 1:07d}",
                          object_type_id=types.get(a.object_type), earliest_year=data.get("earliest_year"),
                          latest_year=data.get("latest_year"), rights=data.get("rights", ""),
                          height=data.get("height"), width=data.get("width"), depth=data.get("depth"),
                          diameter=data.get("diameter"), weight=data.get("weight"))
            rows.append(record)
            for code in dict.fromkeys(a.materials):
                if code in materials:
                    material_links.append({"exhibit_id": next_exhibit, "term_id": materials[code]})
            for code in dict.fromkeys(data.get("techniques", ())):
                if code in techniques:
                    technique_links.append({"exhibit_id": next_exhibit, "term_id": techniques[code]})
            seen = set()
            for position, (person_index, role) in enumerate(a.people):
                if (person_index, role) not in seen and person_index < len(persons):
                    seen.add((person_index, role))
                    links.append({"exhibit_id": next_exhibit, "person_id": persons[person_index], "role": role,
                                  "position": position})
            next_exhibit += 1
            number += 1
        with db.engine.begin() as connection:
            _insert(connection, exhibit, rows)
            _insert(connection, material_link, material_links)
            _insert(connection, technique_link, technique_links)
            _insert(connection, link, links)
        progress(f"  {number - have} of {wanted - have} generated exhibits inserted "
                 f"({(number - have) / (time.perf_counter() - began):.0f}/s)")
    seconds = time.perf_counter() - began
    return {"added": wanted - have, "seconds": round(seconds, 1), "planning_seconds": round(planned_s, 1),
            "rows_per_second": round((wanted - have) / seconds)}
