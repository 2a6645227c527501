"""Test data made through the service layer, as staff and importers make it."""
from __future__ import annotations

import itertools

from emuseum.services import exhibits, museums, persons
from emuseum.services.identity import SYSTEM

_counter = itertools.count(1)


def make_museum(session, **data):
    """Return a new active museum; fields default to a museum in Jambyl region."""
    n = next(_counter)
    base = {
        "slug": f"museum-{n}",
        "region": "KZ-31",
        "name": {"kk": f"Тараз тарихи музейі {n}", "ru": f"Таразский исторический музей {n}",
                 "en": f"Taraz History Museum {n}"},
        "city": {"kk": "Тараз", "ru": "Тараз", "en": "Taraz"},
    }
    base.update(data)
    return museums.create_museum(session, SYSTEM, base)


def make_person(session, **data):
    base = {"name": {"kk": "Абай Құнанбайұлы", "ru": "Абай Кунанбаев", "en": "Abai Qunanbaiuly"},
            "birth_year": 1845, "death_year": 1904, "roles": ["poet"]}
    base.update(data)
    return persons.create_person(session, SYSTEM, base)


def make_exhibit(session, museum=None, state="published", **data):
    """Return a new exhibit of the museum (a new museum if none), published unless told otherwise."""
    museum = museum or make_museum(session)
    n = next(_counter)
    base = {
        "inventory_number": f"КП-{n:05d}",
        "title": {"kk": f"Күміс білезік {n}", "ru": f"Серебряный браслет {n}", "en": f"Silver bracelet {n}"},
        "description": {"kk": "Қошқар мүйіз өрнегі бар білезік.", "ru": "Браслет с орнаментом «рога барана».",
                        "en": "A bracelet with the ram's horn ornament."},
        "object_type": "carpet",
        "materials": ["silver"],
        "earliest_year": 1850, "latest_year": 1900,
        "rights": "https://creativecommons.org/licenses/by/4.0/",
        "state": state,
    }
    base.update(data)
    return exhibits.create_exhibit(session, SYSTEM, museum.slug, base)
