"""What the demo's museums hold: object types by kind of museum, themes, periods and sizes.

These tables keep the generated catalogue plausible: an art museum holds paintings more than
arrowheads, a photograph is never of the Saka period, a coin is a few grams and a cauldron tens
of kilograms.
"""
from __future__ import annotations

# object type code -> relative frequency, by museum kind (see MUSEUMS' "kind")
TYPES_BY_KIND: dict[str, dict[str, float]] = {
    "history": {
        "carpet": 3, "syrmak": 2, "tekemet": 2, "tuskiiz": 2, "kerege": 0.5, "shanyrak": 0.5, "uyk": 0.3,
        "saddle": 1.5, "whip": 1, "dombra": 1, "kobyz": 0.5, "ring": 2, "bracelet": 2, "necklace": 1,
        "earring": 1.5, "plaque": 1, "sabre": 1, "dagger": 1, "arrowhead": 2, "bowl": 1.5, "kese": 1.5,
        "torsyk": 1, "ladle": 1, "jug": 2, "cauldron": 1, "chest": 1.5, "cradle": 0.5, "mirror": 1,
        "balbal": 0.3, "coin": 4, "chapan": 1.5, "saukele": 0.5, "takiya": 1, "belt": 1, "manuscript": 1,
        "document": 4, "letter": 2, "book": 2, "photograph": 6, "painting": 1, "lithograph": 0.5,
        "sculpture": 0.3, "poster": 1, "medal": 2, "order": 1,
    },
    "memorial": {
        "document": 6, "letter": 5, "photograph": 8, "book": 4, "manuscript": 3, "painting": 2, "sculpture": 1,
        "poster": 1, "medal": 2, "order": 1.5, "dombra": 1, "chapan": 1, "takiya": 1, "belt": 0.5, "chest": 1,
        "kese": 1, "bowl": 0.5, "ring": 0.5, "saddle": 0.3, "sabre": 0.3, "whip": 0.3, "lithograph": 0.5,
    },
    "reserve": {
        "arrowhead": 4, "coin": 4, "jug": 4, "kese": 3, "cauldron": 2, "ring": 2, "earring": 2, "plaque": 3,
        "mirror": 2, "dagger": 2, "bracelet": 2, "balbal": 2, "bowl": 1, "photograph": 1, "document": 0.5,
        "kerege": 0.5, "shanyrak": 0.5, "carpet": 0.5,
    },
    "art": {
        "painting": 12, "lithograph": 4, "sculpture": 3, "poster": 2, "photograph": 2, "carpet": 1.5,
        "tuskiiz": 1.5, "syrmak": 1, "tekemet": 1, "chapan": 1, "saukele": 0.5, "necklace": 1, "bracelet": 1,
        "ring": 1, "bowl": 0.5, "chest": 0.5,
    },
    "nature": {"photograph": 6, "painting": 2, "document": 1, "book": 1},
}
TYPES_BY_KIND["specialised"] = TYPES_BY_KIND["history"]

# A word in the museum's slug -> what that museum holds instead of its kind's mix.
TYPES_BY_SLUG_WORD: tuple[tuple[str, dict[str, float]], ...] = (
    ("instruments", {"dombra": 10, "kobyz": 6, "photograph": 2, "document": 1, "poster": 1}),
    ("book", {"book": 8, "manuscript": 5, "document": 2, "poster": 2, "lithograph": 1, "photograph": 1}),
    ("military", {"medal": 5, "order": 3, "sabre": 3, "dagger": 2, "document": 3, "letter": 3, "photograph": 5,
                  "poster": 2, "arrowhead": 1}),
    ("mosque", {"manuscript": 4, "book": 3, "carpet": 4, "tuskiiz": 1, "kese": 1, "photograph": 2, "document": 1}),
    ("baikonur", {"document": 4, "photograph": 8, "medal": 3, "poster": 3, "order": 1}),
    ("archaeology", TYPES_BY_KIND["reserve"]),
    ("repression", {"document": 8, "letter": 6, "photograph": 6, "book": 1, "takiya": 0.5, "chest": 0.3}),
    ("alzhir", {"document": 8, "letter": 6, "photograph": 6, "book": 1, "takiya": 0.5, "chest": 0.3}),
    ("karlag", {"document": 8, "letter": 6, "photograph": 6, "book": 1, "takiya": 0.5, "chest": 0.3}),
    ("open-air", {"kerege": 3, "shanyrak": 3, "uyk": 2, "carpet": 3, "syrmak": 3, "tekemet": 3, "tuskiiz": 2,
                  "saddle": 2, "whip": 1, "chest": 2, "cradle": 2, "ladle": 2, "torsyk": 2, "bowl": 2, "chapan": 1}),
)
REPRESSION_WORDS = ("repression", "alzhir", "karlag")

# How many exhibits a museum gets, relative to others: by kind, and more in the two capitals.
KIND_WEIGHT = {"history": 3.0, "art": 2.5, "reserve": 2.0, "specialised": 1.5, "memorial": 1.0, "nature": 0.5}
CAPITALS = {"KZ-71": 2.0, "KZ-75": 2.0}
FLAGSHIPS = {"national-museum-of-kazakhstan": 2.5, "central-state-museum": 2.5, "kasteyev-state-museum-of-arts": 2.0}


def theme_weight(group: str, kind: str, slug: str) -> float:
    """Return how likely an object of a type in this group is catalogued under that theme here."""
    if group == "archaeology":
        return 6.0 if kind == "reserve" or "archaeology" in slug else 1.5 if kind == "history" else 0.1
    if group == "war":
        return 4.0 if "military" in slug else 1.0
    if group == "portrait":
        return 3.0 if kind in ("memorial", "art") else 1.5
    if group == "landscape":
        return 6.0 if kind == "nature" else 2.0 if kind == "art" else 1.0
    if group == "document":
        return 2.0 if kind in ("memorial", "history") else 1.0
    return 1.0


# Periods (PERIODS codes) an object of a type may date from, when not an archaeological find.
CRAFT_PERIODS = {"khanate_late": 0.5, "c19_first_half": 1, "c19_late": 2, "c19_c20": 2, "interwar": 1,
                 "late_soviet": 1, "independence": 0.5}
PERIODS_OF_TYPE: dict[str, dict[str, float]] = {
    "photograph": {"c19_late": 0.5, "c19_c20": 1, "interwar": 2, "ww2": 1, "late_soviet": 2, "independence": 1},
    "painting": {"interwar": 1, "ww2": 0.5, "late_soviet": 3, "independence": 2},
    "lithograph": {"c19_first_half": 1, "c19_late": 1, "late_soviet": 1},
    "poster": {"interwar": 1, "ww2": 1, "late_soviet": 1},
    "sculpture": {"late_soviet": 2, "independence": 1},
    "balbal": {"turkic": 1},
    "medal": {"ww2": 2, "late_soviet": 1, "independence": 1},
    "order": {"ww2": 2, "late_soviet": 1},
    "manuscript": {"khanate_late": 1, "c19_first_half": 1, "c19_late": 2, "c19_c20": 2},
    "book": {"c19_late": 1, "c19_c20": 2, "interwar": 2, "late_soviet": 1},
    "letter": {"c19_late": 1, "c19_c20": 2, "interwar": 2, "ww2": 2, "late_soviet": 1},
    "document": {"c19_c20": 1, "interwar": 3, "ww2": 2, "late_soviet": 2, "independence": 1},
    "coin": {"turkic": 1, "karakhanid": 2, "golden_horde": 3, "khanate_early": 1, "late_soviet": 0.5,
             "independence": 1},
}
# Periods of archaeological finds, by type (others: any of ANCIENT).
ANCIENT = ("bronze_andronovo", "late_bronze", "early_iron", "saka", "berel", "wusun", "kangju", "turkic",
           "karakhanid", "golden_horde")
ARCHAEOLOGY_PERIODS_OF_TYPE: dict[str, tuple[str, ...]] = {
    "coin": ("kangju", "turkic", "karakhanid", "golden_horde"),
    "kese": ("karakhanid", "golden_horde"),
    "mirror": ("saka", "berel", "wusun", "kangju", "turkic", "golden_horde"),
    "cauldron": ("saka", "wusun", "golden_horde"),
    "dagger": ("late_bronze", "early_iron", "saka", "berel", "wusun", "turkic"),
    "balbal": ("turkic",),
    "jug": ("bronze_andronovo", "late_bronze", "saka", "kangju", "karakhanid", "golden_horde"),
    "arrowhead": ("bronze_andronovo", "late_bronze", "early_iron", "saka", "berel", "wusun", "turkic"),
}
EXACT_YEAR_TYPES = {"photograph", "document", "letter", "poster", "medal", "order", "book"}

# Person roles (PERSONS / MAKER_NAMES) -> the object types such a maker makes.
MAKER_TYPES = {
    "jeweller": {"ring", "bracelet", "necklace", "earring", "belt", "saukele"},
    "woodcarver": {"kerege", "shanyrak", "uyk", "chest", "cradle", "ladle", "bowl", "saddle"},
    "weaver": {"carpet", "tuskiiz"},
    "embroiderer": {"tuskiiz", "chapan", "takiya", "saukele"},
    "felt_maker": {"syrmak", "tekemet"},
    "saddler": {"saddle", "whip", "torsyk"},
    "blacksmith": {"sabre", "dagger", "cauldron"},
    "instrument_maker": {"dombra", "kobyz"},
    "potter": {"jug", "kese"},
    "photographer": {"photograph"},
    "painter": {"painting", "lithograph"},
}

# object type -> ((dimension, low, high), ...) in cm, and (low, high, unit) of the weight
DIMENSIONS: dict[str, tuple[tuple[tuple[str, float, float], ...], tuple[float, float, str]]] = {
    "carpet": ((("height", 200, 450), ("width", 120, 250)), (4, 15, "kg")),
    "syrmak": ((("height", 180, 400), ("width", 120, 220)), (3, 10, "kg")),
    "tekemet": ((("height", 180, 400), ("width", 120, 220)), (3, 9, "kg")),
    "tuskiiz": ((("height", 120, 250), ("width", 150, 300)), (1, 4, "kg")),
    "kerege": ((("height", 120, 150), ("width", 200, 350)), (8, 20, "kg")),
    "shanyrak": ((("diameter", 120, 180), ("height", 40, 60)), (15, 30, "kg")),
    "uyk": ((("height", 220, 300), ("diameter", 3, 5)), (1, 3, "kg")),
    "saddle": ((("height", 25, 40), ("width", 50, 65), ("depth", 30, 40)), (3, 7, "kg")),
    "whip": ((("height", 60, 110),), (200, 500, "g")),
    "dombra": ((("height", 80, 110), ("width", 20, 28), ("depth", 12, 16)), (600, 1200, "g")),
    "kobyz": ((("height", 65, 80), ("width", 18, 24), ("depth", 13, 18)), (800, 1500, "g")),
    "ring": ((("diameter", 1.7, 2.4), ("height", 0.8, 2.5)), (4, 30, "g")),
    "bracelet": ((("diameter", 5.5, 7.5), ("width", 1, 5)), (20, 150, "g")),
    "necklace": ((("height", 25, 45), ("width", 15, 25)), (60, 400, "g")),
    "earring": ((("height", 4, 12), ("width", 2, 5)), (5, 30, "g")),
    "plaque": ((("height", 3, 10), ("width", 3, 12)), (10, 80, "g")),
    "sabre": ((("width", 80, 100), ("height", 6, 14)), (800, 1500, "g")),
    "dagger": ((("width", 25, 45), ("height", 4, 8)), (200, 600, "g")),
    "arrowhead": ((("height", 3, 8), ("width", 1, 2.5)), (3, 20, "g")),
    "bowl": ((("diameter", 15, 35), ("height", 6, 15)), (200, 900, "g")),
    "kese": ((("diameter", 8, 14), ("height", 5, 8)), (100, 250, "g")),
    "torsyk": ((("height", 30, 50), ("width", 20, 30), ("depth", 10, 15)), (500, 1500, "g")),
    "ladle": ((("width", 30, 50), ("height", 8, 15), ("diameter", 10, 16)), (200, 500, "g")),
    "jug": ((("height", 20, 45), ("diameter", 12, 25)), (600, 3000, "g")),
    "cauldron": ((("height", 30, 60), ("diameter", 40, 80)), (10, 45, "kg")),
    "chest": ((("height", 50, 80), ("width", 80, 130), ("depth", 45, 65)), (20, 40, "kg")),
    "cradle": ((("height", 50, 70), ("width", 90, 110), ("depth", 40, 55)), (8, 15, "kg")),
    "mirror": ((("diameter", 6, 15),), (100, 500, "g")),
    "balbal": ((("height", 80, 200), ("width", 30, 60), ("depth", 20, 40)), (150, 900, "kg")),
    "coin": ((("diameter", 1.2, 3.5),), (1, 15, "g")),
    "chapan": ((("height", 110, 140), ("width", 150, 190)), (800, 2500, "g")),
    "saukele": ((("height", 60, 100), ("diameter", 18, 24)), (900, 3000, "g")),
    "takiya": ((("height", 10, 16), ("diameter", 16, 19)), (60, 150, "g")),
    "belt": ((("width", 80, 110), ("height", 3, 6)), (300, 900, "g")),
    "manuscript": ((("height", 20, 32), ("width", 14, 22), ("depth", 1, 5)), (200, 900, "g")),
    "document": ((("height", 20, 35), ("width", 15, 25)), (0, 0, "g")),
    "letter": ((("height", 15, 30), ("width", 10, 21)), (0, 0, "g")),
    "book": ((("height", 17, 30), ("width", 12, 22), ("depth", 1.5, 6)), (200, 1500, "g")),
    "photograph": ((("height", 9, 30), ("width", 6, 24)), (0, 0, "g")),
    "painting": ((("height", 40, 150), ("width", 50, 200)), (0, 0, "g")),
    "lithograph": ((("height", 30, 70), ("width", 40, 90)), (0, 0, "g")),
    "sculpture": ((("height", 30, 180), ("width", 20, 70), ("depth", 20, 60)), (5, 400, "kg")),
    "poster": ((("height", 60, 100), ("width", 40, 70)), (0, 0, "g")),
    "medal": ((("diameter", 3, 4),), (15, 35, "g")),
    "order": ((("height", 4, 6), ("width", 4, 6)), (25, 60, "g")),
}

# technique -> the materials it works (a technique not named here works any of its type's materials)
_METALS = {"silver", "gold", "bronze", "copper", "brass", "iron"}
TECHNIQUE_MATERIALS: dict[str, set[str]] = {
    "wood_carving": {"wood"}, "bone_carving": {"bone"}, "stone_carving": {"stone"},
    "embossing": _METALS | {"leather", "rawhide"}, "casting": _METALS | {"gypsum"}, "glazing": {"ceramic", "porcelain"},
    "engraving": _METALS, "niello": _METALS, "filigree": _METALS, "gilding": _METALS, "minting": _METALS,
    "stone_inlay": _METALS | {"carnelian", "turquoise", "coral"}, "plaiting": {"leather", "rawhide"},
    "forging": {"iron"},
}
