"""The base controlled vocabularies every installation starts with (museums may add terms)."""
from __future__ import annotations

# Replaced below by the full lists; kept minimal until then.
OBJECT_TYPES = [{"code": "carpet", "kk": "кілем", "ru": "ковёр", "en": "carpet", "uri": ""}]
MATERIALS = [{"code": "silver", "kk": "күміс", "ru": "серебро", "en": "silver", "uri": ""}]
TECHNIQUES = [{"code": "embroidery", "kk": "кесте", "ru": "вышивка", "en": "embroidery", "uri": ""}]

BASE_VOCABULARIES = {"object_type": OBJECT_TYPES, "material": MATERIALS, "technique": TECHNIQUES}
