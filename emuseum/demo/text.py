"""Titles, descriptions, dating, credit lines and alt texts of demo exhibits in kk, ru and en.

Texts come only from the vocabulary's templates, filled by its ``build_context`` with the forms
each slot needs (Kazakh cases, Russian gender agreement), so no suffix is ever built here. A
template is used only when everything it mentions is known about the exhibit and true of it:
"belonged to" needs an owner, "found near" an archaeological find, "oil on canvas" oil paint.
"""
from __future__ import annotations

import functools
import random
from dataclasses import dataclass, field

from . import vocabulary as v

LANGUAGES = ("kk", "ru", "en")
Texts = dict[str, str]

# Templates that name a person, and the part the person must play for them to be true.
PERSON_PART = {"person_owned": ("owner",), "belonged": ("owner",), "portrait": ("depicted",),
               "depicting": ("depicted", "memorialised"), "depicts": ("depicted", "memorialised")}
# How an exhibit came to the museum -> the sentence that tells it.
PROVENANCE_SENTENCE = {"excavation": "excavated", "expedition": "expedition", "donation": "donated",
                       "war_family": "war_relic", "archive": "repression_archive"}
SENTENCE_ORDER = ("provenance", "culture", "dating", "person", "make", "maker", "ornament", "ornament_symbol",
                  "use", "condition", "display")
_SENTENCES = {s["code"]: s for s in v.DESCRIPTION_SENTENCES}
# the object-type groups whose objects a text may say belonged to someone
OWNER_GROUPS = frozenset(_SENTENCES["belonged"]["applies_to"])


@dataclass
class Subject:
    """Everything the texts of one exhibit may mention: vocabulary items, or None when unknown."""
    type: dict
    theme: str  # the object-type group it is catalogued under ("archaeology", "portrait", "textile"...)
    period: dict
    culture: dict
    materials: list[dict] = field(default_factory=list)
    technique: dict | None = None
    place: dict | None = None
    ornament: dict | None = None
    person: dict | None = None
    person_part: str | None = None  # owner | depicted | memorialised
    maker: dict | None = None
    acquisition: str = "collection"  # a key of PROVENANCE_SENTENCE, or collection | purchase
    acquired: int = 1980  # the year it came to the museum

    def context(self, year: int | None = None) -> dict:
        titled = next((m for m in self.materials if m["title"]), None)
        return v.build_context(self.type, titled, self.place, self.culture, self.period, self.technique,
                               self.person, self.maker, self.ornament, year)


@functools.lru_cache(maxsize=None)
def _fields(template: str) -> frozenset[str]:
    return frozenset(v.template_fields(template))


# every placeholder a template uses in any language, by template code
_NEEDS = {t["code"]: frozenset().union(*(_fields(t[lang]) for lang in LANGUAGES))
          for t in (*v.TITLE_PATTERNS, *v.DESCRIPTION_SENTENCES)}


def _fits(template: dict, subject: Subject, ctx: dict) -> bool:
    applies = template["applies_to"]
    if applies and subject.theme not in applies:
        return False
    if not _NEEDS[template["code"]] <= ctx.keys():
        return False
    kinds = template.get("place_kinds")
    if kinds and (subject.place is None or subject.place["kind"] not in kinds):
        return False
    parts = PERSON_PART.get(template["code"])
    return parts is None or subject.person_part in parts


def title(subject: Subject, rng: random.Random) -> Texts:
    """Return the exhibit's title in the three languages, from one title pattern."""
    ctx = subject.context()
    choices, weights = [], []
    for pattern in v.TITLE_PATTERNS:
        if not _fits(pattern, subject, ctx):
            continue
        fields = _NEEDS[pattern["code"]]
        weight = 1.0
        if any(f.startswith("person_") for f in fields):
            weight = 8.0  # a person was chosen for this exhibit: say so
        elif any(f.startswith("maker_") for f in fields):
            weight = 3.0
        elif pattern["code"] in ("veteran", "view_of", "near", "found_at"):
            weight = 2.5
        choices.append(pattern)
        weights.append(weight)
    pattern = rng.choices(choices, weights)[0]
    return {lang: v.render(pattern[lang], ctx) for lang in LANGUAGES}


def _sentence_fits(sentence: dict, subject: Subject, ctx: dict) -> bool:
    code = sentence["code"]
    if sentence["kind"] == "provenance" and PROVENANCE_SENTENCE.get(subject.acquisition) != code:
        return False
    if code == "oil_on_canvas" and not any(m["code"] == "oil_paint" for m in subject.materials):
        return False
    if code == "coin_use" and subject.period["latest"] >= 1900:
        return False
    if code == "craft_tradition" and (subject.place is None or subject.place["kind"] == "site"):
        return False
    if code == "dating_analogy" and subject.acquisition != "excavation":
        return False
    return _fits(sentence, subject, ctx)


def description(subject: Subject, rng: random.Random) -> Texts:
    """Return a description of two to five sentences, each true of the exhibit, in the three languages."""
    ctx = subject.context(year=subject.acquired)
    fitting = [s for s in v.DESCRIPTION_SENTENCES if _sentence_fits(s, subject, ctx)]
    chosen = [s for s in fitting if s["kind"] in ("provenance", "person", "maker") and s["code"] != "craft_tradition"]
    kinds = {s["kind"] for s in chosen}
    rest = [s for s in fitting if s["kind"] not in kinds and s["kind"] != "ornament_symbol"]
    rng.shuffle(rest)
    target = rng.randint(2, 4)
    for sentence in rest:
        if len(chosen) >= target:
            break
        if sentence["kind"] not in kinds:
            chosen.append(sentence)
            kinds.add(sentence["kind"])
    if "ornament" in kinds and rng.random() < 0.6:  # say what the ornament means, right after it
        chosen += [s for s in fitting if s["kind"] == "ornament_symbol"]
    chosen.sort(key=lambda s: SENTENCE_ORDER.index(s["kind"]))
    texts = {lang: [] for lang in LANGUAGES}
    for sentence in chosen:
        year = _sentence_year(sentence["code"], subject, rng)
        sctx = ctx if year is None else dict(ctx, year=year)
        for lang in LANGUAGES:
            texts[lang].append(v.render(sentence[lang], sctx))
    return {lang: " ".join(parts) for lang, parts in texts.items()}


def _sentence_year(code: str, subject: Subject, rng: random.Random) -> int | None:
    # Restoration and publication follow the arrival at the museum; nothing happens in the future.
    if code in ("restored", "published"):
        return min(2024, subject.acquired + rng.randint(1, 30))
    return None


def dating(period: dict, year: int | None) -> Texts:
    """Return the dating as shown: the period's wording, or one year in each language's style."""
    if year is None:
        return {lang: period[lang] for lang in LANGUAGES}
    return {"kk": f"{year} ж.", "ru": f"{year} г.", "en": str(year)}


def culture(subject: Subject) -> Texts:
    """Return the culture or period label, capitalised as a field value."""
    return {lang: v.capfirst(subject.culture[lang]) for lang in LANGUAGES}


def place(subject: Subject) -> Texts:
    """Return the place of origin or find, or empty texts when unknown."""
    if subject.place is None:
        return {lang: "" for lang in LANGUAGES}
    return {lang: subject.place[lang] for lang in LANGUAGES}


def credit_line(kind: str, donor: dict | None = None, family: dict | None = None, year: int | None = None) -> Texts:
    """Return the credit line: from the museum's funds, the gift of a person or family, or a purchase."""
    if kind == "donation" and family is not None:
        return {"kk": f"{family['kk_gen']} отбасы сыйға тартқан", "ru": f"Дар семьи {family['ru_gen']}",
                "en": f"Gift of the family of {family['en']}"}
    if kind == "war_family":
        return {"kk": "Майдангердің отбасы сыйға тартқан", "ru": "Дар семьи фронтовика",
                "en": "Gift of a veteran's family"}
    if kind == "donation" and donor is not None:
        return {"kk": f"{donor['kk_gen']} сыйы", "ru": f"Дар {donor['ru_gen']}", "en": f"Gift of {donor['en']}"}
    if kind == "purchase" and year is not None:
        return {"kk": f"{year} жылы сатып алынған", "ru": f"Приобретено в {year} году",
                "en": f"Purchased in {year}"}
    return {"kk": "Музей қорынан", "ru": "Из фондов музея", "en": "From the museum's collection"}


VIEW_SUFFIX = {
    1: {"kk": "басқа қырынан", "ru": "вид с другой стороны", "en": "other side"},
    2: {"kk": "бөлшегі", "ru": "деталь", "en": "detail"},
    "model": {"kk": "3D үлгісі", "ru": "3D-модель", "en": "3D model"},
}


def alt_text(exhibit_title: Texts, view: int | str = 0) -> Texts:
    """Return the alt text of a picture or model of the exhibit: its title, and which view it is."""
    if view == 0:
        return dict(exhibit_title)
    return {lang: f"{exhibit_title[lang]}, {VIEW_SUFFIX[view][lang]}" if exhibit_title.get(lang) else ""
            for lang in LANGUAGES}
