"""The plan of the demo catalogue: museums, persons, exhibits and their media, from a seed alone.

Nothing here touches the database; :mod:`.build` writes the plan through the services. Each
exhibit draws from its own random source, named by seed, museum and number, so the same seed
always plans the same catalogue.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from ..kazakhstan import REGIONS
from . import profiles, text
from . import vocabulary as v
from .images import Picture, picture_for

TYPES = {t["code"]: t for t in v.OBJECT_TYPES}
MATERIALS = {m["code"]: m for m in v.MATERIALS}
TECHNIQUES = {q["code"]: q for q in v.TECHNIQUES}
PERIODS = {p["code"]: p for p in v.PERIODS}
CULTURES = {c["code"]: c for c in v.CULTURES}
REGION_NAMES = {code: {"kk": kk, "ru": ru, "en": en} for code, kk, ru, en, _kind in REGIONS}
# Which 3D model suits an object type.
MODEL_OF_TYPE = {"jug": "vessel", "torsyk": "vessel", "bowl": "bowl", "kese": "bowl", "ladle": "bowl",
                 "cauldron": "bowl", "dombra": "dombra", "kobyz": "kobyz", "balbal": "balbal", "shanyrak": "yurt",
                 "kerege": "yurt", "uyk": "yurt"}
MODELS = 12
RIGHTS = {"cc0": "https://creativecommons.org/publicdomain/zero/1.0/",
          "by": "https://creativecommons.org/licenses/by/4.0/",
          "inc": "http://rightsstatements.org/vocab/InC/1.0/"}
MODERN_WORKS = {"photograph", "painting", "lithograph", "poster", "sculpture", "document", "letter", "book"}


@dataclass
class ExhibitPlan:
    museum: str  # slug
    data: dict  # what create_exhibit takes, without people
    people: list[tuple[int, str]]  # (index into Catalogue.persons, role)
    object_type: str
    materials: list[str]
    title: dict[str, str]
    motif: str = ""  # what a picture of it shows, when that matters: portrait | landscape


@dataclass
class MediaPlan:
    exhibit: int  # index into Catalogue.exhibits
    filename: str
    alt: dict[str, str]
    seed: str
    picture: Picture | None = None
    model: str | None = None  # a models3d kind


@dataclass
class Catalogue:
    museums: list[dict] = field(default_factory=list)
    persons: list[dict] = field(default_factory=list)
    exhibits: list[ExhibitPlan] = field(default_factory=list)
    media: list[MediaPlan] = field(default_factory=list)
    withdrawn: list[int] = field(default_factory=list)  # exhibits to withdraw once published


def plan_catalogue(seed: int, exhibits: int, images: int) -> Catalogue:
    """Return the whole demo catalogue planned from the seed: the same seed, the same catalogue."""
    plan = Catalogue(museums=[_museum(m) for m in v.MUSEUMS], persons=_persons(seed))
    counts = _allocate(exhibits, [_museum_weight(m) for m in v.MUSEUMS])
    planned: list[tuple[ExhibitPlan, str]] = []
    for museum, count in zip(v.MUSEUMS, counts):
        numbers = _inventory_numbers(museum, count, random.Random(f"{seed}/{museum['slug']}/numbers"))
        for k in range(count):
            planned.append(_exhibit(museum, numbers[k], random.Random(f"{seed}/{museum['slug']}/{k}")))
    random.Random(f"{seed}/order").shuffle(planned)  # museums catalogue side by side, not one after another
    _ensure_model_types(planned, seed)
    _untranslate([item for item, _ in planned], seed)
    for i, (item, state) in enumerate(planned):
        plan.exhibits.append(item)
        if state == "withdrawn":
            plan.withdrawn.append(i)
    plan.media = _media(plan.exhibits, seed, images)
    return plan


# --- museums and persons -------------------------------------------------------------------------

def _museum(m: dict) -> dict:
    return {"slug": m["slug"], "region": m["region"], "name": m["name"], "description": m["description"],
            "city": m["city"], "address": m["address"], "latitude": m["lat"], "longitude": m["lon"],
            "website": m["website"], "email": m["email"]}


def _persons(seed: int) -> list[dict]:
    """Return the person records: the historical figures, then the (invented) craftspeople."""
    people = [{"name": {lang: h[lang] for lang in text.LANGUAGES}, "name_variants": list(h["variants"]),
               "birth_year": h["birth"], "death_year": h["death"], "roles": list(h["roles"]),
               "description": h["description"]} for h in v.PERSONS]
    rng = random.Random(f"{seed}/makers")
    for k in v.MAKER_NAMES:
        role, region = v.ROLES[k["role"]], REGION_NAMES[k["region"]]
        death = k["active_to"] + rng.randint(0, 15)
        people.append({
            "name": {lang: k[lang] for lang in text.LANGUAGES}, "name_variants": [],
            "birth_year": k["active_from"] - rng.randint(16, 25), "death_year": death if death <= 2024 else None,
            "roles": [k["role"]],
            "description": {lang: f"{v.capfirst(role[lang])}, {region[lang]}" for lang in text.LANGUAGES},
        })
    return people


def _museum_weight(m: dict) -> float:
    return (profiles.KIND_WEIGHT.get(m["kind"], 1.0) * profiles.CAPITALS.get(m["region"], 1.0)
            * profiles.FLAGSHIPS.get(m["slug"], 1.0))


def _allocate(total: int, weights: list[float]) -> list[int]:
    """Return whole counts summing to ``total`` in proportion to the weights, at least one each if possible."""
    floor = 1 if total >= len(weights) else 0
    rest = total - floor * len(weights)
    shares = [rest * w / sum(weights) for w in weights]
    counts = [floor + int(s) for s in shares]
    by_remainder = sorted(range(len(weights)), key=lambda i: (int(shares[i]) - shares[i], i))
    for i in by_remainder[:total - sum(counts)]:
        counts[i] += 1
    return counts


_SKIP_WORDS = {"и", "им.", "имени", "им", "г.", "a."}


def museum_abbreviation(name_ru: str) -> str:
    """Return the initials a museum marks its numbers with: "Центральный государственный музей РК" -> "ЦГМ РК"."""
    name = re.split(r"[«\"]| им\. ", name_ru)[0]
    country = " Республики Казахстан" in name
    name = name.replace(" Республики Казахстан", "")
    letters = "".join(part[0].upper() for word in name.split() if word.lower() not in _SKIP_WORDS and len(word) > 2
                      for part in word.split("-") if part)
    return letters[:5] + (" РК" if country else "")


def _inventory_numbers(museum: dict, count: int, rng: random.Random) -> list[str]:
    """Return the museum's inventory numbers in its own style: main fund and scientific-auxiliary fund."""
    style = rng.randrange(3)
    abbr = museum_abbreviation(museum["name"]["ru"])
    main, aux = rng.randint(800, 24000), rng.randint(50, 3000)
    numbers = []
    for _ in range(count):
        if rng.random() < 0.15:  # научно-вспомогательный фонд
            aux += rng.randint(1, 12)
            numbers.append(f"{abbr} НВ-{aux}" if style == 2 else f"НВ-{aux:04d}")
            continue
        main += rng.randint(1, 25)
        if style == 0:
            numbers.append(f"КП-{main:05d}")
        elif style == 1:
            numbers.append(f"ОФ-{main}/{rng.randint(1, 9)}")
        else:
            numbers.append(f"{abbr} КП-{main}")
    return numbers


# --- one exhibit ---------------------------------------------------------------------------------

def _weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def _type_weights(museum: dict) -> dict[str, float]:
    for word, weights in profiles.TYPES_BY_SLUG_WORD:
        if word in museum["slug"]:
            return weights
    return profiles.TYPES_BY_KIND.get(museum["kind"], profiles.TYPES_BY_KIND["history"])


def _museum_person(museum: dict) -> dict | None:
    """Return the person a memorial museum is devoted to, found by name in its slug."""
    return _PERSON_OF_MUSEUM.get(museum["slug"])


_PERSON_OF_MUSEUM = {m["slug"]: h for m in v.MUSEUMS for h in v.PERSONS
                     if f"-{h['key'].replace('_', '-')}-" in f"-{m['slug']}-"}


def _periods(object_type: str, theme: str) -> dict[str, float]:
    if theme == "archaeology":
        return dict.fromkeys(profiles.ARCHAEOLOGY_PERIODS_OF_TYPE.get(object_type, profiles.ANCIENT), 1.0)
    if theme == "war":
        return {"ww2": 1.0}
    return profiles.PERIODS_OF_TYPE.get(object_type, profiles.CRAFT_PERIODS)


def _exhibit(museum: dict, inventory_number: str, rng: random.Random,
             forced_type: str | None = None) -> tuple[ExhibitPlan, str]:
    """Return the plan of one exhibit of the museum and the publication state it ends in."""
    slug, kind = museum["slug"], museum["kind"]
    t = TYPES[forced_type or _weighted(rng, _type_weights(museum))]
    theme = _weighted(rng, {g: profiles.theme_weight(g, kind, slug) for g in t["groups"]})
    period = PERIODS[_weighted(rng, _periods(t["code"], theme))]
    lo, hi = period["earliest"], period["latest"]
    person, part = _person(rng, museum, t, theme, lo, hi)
    if theme == "portrait" and person is None:  # nobody fits: catalogue it by its other groups
        theme = next((g for g in t["groups"] if g != "portrait"), theme)
    year = None
    if t["code"] in profiles.EXACT_YEAR_TYPES and theme != "archaeology" and rng.random() < 0.6:
        if person is not None and part in ("depicted", "owner") and t["code"] == "photograph":
            lo, hi = max(lo, person["birth"] + 3), min(hi, person["death"])
        year = rng.randint(lo, max(lo, hi))
        lo = hi = year
    materials = _materials(rng, t)
    code = _technique_code(rng, t, materials)
    technique = TECHNIQUES[code] if code else None
    place = _place(rng, museum, theme)
    maker = _maker(rng, museum, t, lo, hi) if theme in v.CRAFT_GROUPS and rng.random() < 0.35 else None
    acquisition, acquired = _acquisition(rng, museum, theme, hi)
    subject = text.Subject(type=t, theme=theme, period=period, culture=CULTURES[period["culture"]],
                           materials=[MATERIALS[m] for m in materials], technique=technique, place=place,
                           ornament=rng.choice(v.ORNAMENTS) if theme in v.CRAFT_GROUPS else None,
                           person=person, person_part=part, maker=maker, acquisition=acquisition, acquired=acquired)
    people: list[tuple[int, str]] = []
    if person is not None:
        people.append((_PERSON_INDEX[person["key"]], part))
    if maker is not None:
        people.append((_PERSON_INDEX[maker["key"]], "maker"))
    author = _author(rng, t, lo, hi)
    if author is not None:
        people.append(author)
    credit, donor = _credit(rng, museum, acquisition, acquired, maker)
    if donor is not None and all(p != donor for p, _ in people):
        people.append((donor, "donor"))

    title = text.title(subject, rng)
    data = {
        "inventory_number": inventory_number,
        "title": title,
        "description": text.description(subject, rng),
        "object_type": t["code"],
        "materials": materials,
        "dating": text.dating(period, year),
        "earliest_year": lo,
        "latest_year": hi,
        "culture": text.culture(subject),
        "place": text.place(subject),
        "credit_line": credit,
        "rights": _rights(rng, t["code"], hi),
        "length_unit": "cm",
    }
    if technique is not None:
        data["techniques"] = [technique["code"]]
    data.update(_dimensions(rng, t["code"]))
    state = _weighted(rng, {"published": 90, "draft": 4, "in_review": 3, "withdrawn": 3})
    data["state"] = "published" if state == "withdrawn" else state
    motif = theme if theme in ("portrait", "landscape") else ""
    return ExhibitPlan(slug, data, people, t["code"], materials, data["title"], motif), state


def _materials(rng: random.Random, t: dict) -> list[str]:
    if t["code"] == "painting":
        return ["canvas", "oil_paint"] if rng.random() < 0.8 else ["paper"]
    choices = list(t["materials"])
    first = rng.choice(choices)
    if len(choices) > 1 and rng.random() < 0.3:
        return [first, rng.choice([c for c in choices if c != first])]
    return [first]


def _technique_code(rng: random.Random, t: dict, materials: list[str]) -> str | None:
    """Return a technique of the type that works one of the chosen materials, or None."""
    if t["code"] == "painting":
        return "oil_painting" if "oil_paint" in materials else "watercolour"
    fits = [q for q in t["techniques"]
            if q not in profiles.TECHNIQUE_MATERIALS or profiles.TECHNIQUE_MATERIALS[q] & set(materials)]
    return rng.choice(fits) if fits and rng.random() < 0.8 else None


def _place(rng: random.Random, museum: dict, theme: str) -> dict | None:
    if rng.random() < 0.15:
        return None
    wanted = ("site",) if theme == "archaeology" else ("city", "area", "village")
    near = [p for p in v.PLACES if p["region"] == museum["region"] and p["kind"] in wanted]
    anywhere = [p for p in v.PLACES if p["kind"] in wanted]
    return rng.choice(near if near and rng.random() < 0.7 else anywhere)


_PERSON_INDEX = {h["key"]: i for i, h in enumerate(v.PERSONS)}
_PERSON_INDEX.update({k["key"]: len(v.PERSONS) + i for i, k in enumerate(v.MAKER_NAMES)})


def _person(rng: random.Random, museum: dict, t: dict, theme: str, lo: int, hi: int) -> tuple[dict | None, str | None]:
    """Return a person the exhibit shows or belonged to, and that part, when the dates allow one."""
    own = _museum_person(museum)
    repression = any(word in museum["slug"] for word in profiles.REPRESSION_WORDS)
    if theme == "portrait":
        part, chance = "depicted", 1.0
        if t["code"] == "photograph":
            fits = [h for h in v.PERSONS if lo <= h["death"] and hi >= max(h["birth"] + 3, 1860)]
        else:  # painted and sculpted portraits may be made long after the sitter's death
            fits = [h for h in v.PERSONS if lo >= h["birth"] + 10]
    elif theme in ("award", "numismatics", "print") and lo >= 1950:
        part, chance = "memorialised", 0.4
        fits = [h for h in v.PERSONS if h["birth"] + 20 < lo]
    elif theme in text.OWNER_GROUPS:
        part = "owner"
        chance = 0.6 if own is not None else 0.4 if repression else 0.06
        fits = [h for h in v.PERSONS if lo <= h["death"] and hi >= h["birth"] + 15]
        if repression:  # a museum of the repressions keeps the papers of the repressed
            fits = [h for h in fits if "repressed" in h["roles"]]
    else:
        return None, None
    if not fits or rng.random() >= chance:
        return None, None
    weights = []
    for h in fits:
        w = 1.0
        if own is not None and h["key"] == own["key"]:
            w = 40.0
        elif repression and "repressed" in h["roles"]:
            w = 12.0
        weights.append(w)
    person = rng.choices(fits, weights)[0]
    if part == "memorialised" and person["death"] >= lo:
        part = "depicted"
    return person, part


def _maker(rng: random.Random, museum: dict, t: dict, lo: int, hi: int) -> dict | None:
    fits = [k for k in v.MAKER_NAMES if t["code"] in profiles.MAKER_TYPES.get(k["role"], ())
            and k["active_from"] <= hi and k["active_to"] >= lo]
    if not fits:
        return None
    return rng.choices(fits, [3.0 if k["region"] == museum["region"] else 1.0 for k in fits])[0]


def _author(rng: random.Random, t: dict, lo: int, hi: int) -> tuple[int, str] | None:
    """Return the photographer or painter of a photograph, painting or print, when one fits the dates."""
    if t["code"] == "photograph":
        fits = [k for k in v.MAKER_NAMES if k["role"] == "photographer" and k["active_from"] <= hi and k["active_to"] >= lo]
        if fits and rng.random() < 0.4:
            return _PERSON_INDEX[rng.choice(fits)["key"]], "photographer"
    if t["code"] in ("painting", "lithograph"):
        fits = [h for h in v.PERSONS if "painter" in h["roles"] and h["birth"] + 18 <= hi and h["death"] >= lo]
        if fits and rng.random() < 0.6:
            return _PERSON_INDEX[rng.choice(fits)["key"]], "author"
    return None


def _acquisition(rng: random.Random, museum: dict, theme: str, hi: int) -> tuple[str, int]:
    """Return how the exhibit came to the museum and in which year."""
    if theme == "archaeology":
        how = _weighted(rng, {"excavation": 8, "collection": 2})
    elif theme == "war":
        how = _weighted(rng, {"war_family": 6, "donation": 2, "collection": 2})
    elif theme == "document" and any(word in museum["slug"] for word in profiles.REPRESSION_WORDS):
        how = _weighted(rng, {"archive": 5, "donation": 3, "collection": 2})
    elif theme in v.CRAFT_GROUPS:
        how = _weighted(rng, {"expedition": 3, "donation": 2.5, "purchase": 1.5, "collection": 3})
    else:
        how = _weighted(rng, {"donation": 3, "purchase": 2, "collection": 5})
    first = {"excavation": 1946, "expedition": 1950}.get(how, 1925)
    last = 2022 if how == "excavation" else 2024
    start = min(last, max(first, hi + 1))
    return how, rng.randint(start, last)


def _credit(rng: random.Random, museum: dict, how: str, year: int, maker: dict | None) -> tuple[dict, int | None]:
    """Return the credit line and, for a named donor, the donor's person index."""
    if how == "war_family":
        return text.credit_line("war_family"), None
    if how == "purchase":
        return text.credit_line("purchase", year=year), None
    if how != "donation":
        return text.credit_line("collection"), None
    own = _museum_person(museum)
    if own is not None and own["death"] < year and rng.random() < 0.5:
        return text.credit_line("donation", family=own), None
    if maker is not None and maker["active_to"] + 10 >= year >= maker["active_from"]:
        return text.credit_line("donation", donor=maker), _PERSON_INDEX[maker["key"]]
    donors = [k for k in v.MAKER_NAMES if k["active_from"] <= year <= k["active_to"] + 25]
    if donors and rng.random() < 0.7:
        donor = rng.choice(donors)
        return text.credit_line("donation", donor=donor), _PERSON_INDEX[donor["key"]]
    return text.credit_line("collection"), None


def _rights(rng: random.Random, object_type: str, hi: int) -> str:
    if object_type in MODERN_WORKS and hi >= 1950:
        return RIGHTS[_weighted(rng, {"inc": 60, "by": 25, "cc0": 15})]
    return RIGHTS[_weighted(rng, {"cc0": 50, "by": 35, "inc": 15})]


def _dimensions(rng: random.Random, object_type: str) -> dict:
    sizes, (low, high, unit) = profiles.DIMENSIONS.get(object_type, ((("height", 10, 50),), (0, 0, "g")))
    result: dict = {name: round(rng.uniform(a, b), 1) for name, a, b in sizes}
    if high:
        weight = rng.uniform(low, high)
        result["weight"] = round(weight, 1) if unit == "kg" or weight < 10 else round(weight)
        result["weight_unit"] = unit
    return result


TRILINGUAL_FIELDS = ("title", "description", "dating", "culture", "place", "credit_line")
UNTRANSLATED = 0.04
# which language a record still lacks, in turn: English most often, as in the real catalogue
MISSING_LANGUAGES = ("en", "en", "ru", "en", "kk", "en", "ru", "en")


def _untranslate(exhibits: list[ExhibitPlan], seed: int) -> None:
    """Empty one language of about 4% of the exhibits (at least one), so the site's fallback shows."""
    count = max(1, round(len(exhibits) * UNTRANSLATED)) if exhibits else 0
    chosen = random.Random(f"{seed}/untranslated").sample(range(len(exhibits)), count)
    for n, i in enumerate(sorted(chosen)):
        item, missing = exhibits[i], MISSING_LANGUAGES[n % len(MISSING_LANGUAGES)]
        for name in TRILINGUAL_FIELDS:
            item.data[name] = dict(item.data[name], **{missing: ""})
        item.title = item.data["title"]


# --- media -----------------------------------------------------------------------------------------

def _ensure_model_types(planned: list[tuple[ExhibitPlan, str]], seed: int) -> None:
    """Re-plan a few published exhibits as objects a 3D model fits, when a small demo drew too few."""
    have = sum(1 for item, state in planned if item.object_type in MODEL_OF_TYPE and state == "published")
    if have >= MODELS:
        return
    museums = {m["slug"]: m for m in v.MUSEUMS}
    for i, (item, state) in enumerate(planned):
        if have >= MODELS:
            break
        museum = museums[item.museum]
        types = [code for code in _type_weights(museum) if code in MODEL_OF_TYPE]
        if state != "published" or item.object_type in MODEL_OF_TYPE or not types:
            continue
        rng = random.Random(f"{seed}/{item.museum}/{item.data['inventory_number']}/model")
        replanned, new_state = _exhibit(museum, item.data["inventory_number"], rng, forced_type=rng.choice(types))
        if new_state == "published":
            planned[i] = (replanned, new_state)
            have += 1


def _media(exhibits: list[ExhibitPlan], seed: int, images: int) -> list[MediaPlan]:
    """Return the pictures and models to attach, in the order of their exhibits."""
    rng = random.Random(f"{seed}/media")
    order = list(range(len(exhibits)))
    rng.shuffle(order)
    # the public sees published exhibits, so those get the pictures first
    order.sort(key=lambda i: exhibits[i].data["state"] != "published")
    pictured = order[:images]
    more_views = set(pictured[:min(len(pictured), max(50, images // 12))])
    modelled = _modelled(exhibits, rng)
    media = []
    for i in sorted(set(pictured) | set(modelled)):
        item = exhibits[i]
        stem = f"{item.museum}-{i + 1:05d}"
        views = [0]
        if i in pictured and i in more_views:
            views += [1, 2] if rng.random() < 0.5 else [1]
        for view in views if i in pictured else ():
            picture_seed = f"{seed}/picture/{i}"
            media.append(MediaPlan(i, f"{stem}-{view + 1}.jpg", text.alt_text(item.title, view), picture_seed,
                                   picture=picture_for(item.object_type, item.materials, picture_seed, view, item.motif)))
        if i in modelled:
            media.append(MediaPlan(i, f"{stem}.glb", text.alt_text(item.title, "model"), f"{seed}/model/{i}",
                                   model=MODEL_OF_TYPE[item.object_type]))
    return media


def _modelled(exhibits: list[ExhibitPlan], rng: random.Random) -> list[int]:
    """Return the exhibits that get a 3D model: published ones a model fits, every kind of model in turn."""
    by_kind: dict[str, list[int]] = {}
    for i, item in enumerate(exhibits):
        if item.object_type in MODEL_OF_TYPE and item.data["state"] == "published":
            by_kind.setdefault(MODEL_OF_TYPE[item.object_type], []).append(i)
    for indices in by_kind.values():
        rng.shuffle(indices)
    chosen: list[int] = []
    while len(chosen) < MODELS and any(by_kind.values()):
        for kind in sorted(by_kind):
            if by_kind[kind] and len(chosen) < MODELS:
                chosen.append(by_kind[kind].pop())
    return chosen
