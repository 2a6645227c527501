"""How catalogue records are put into words on a page: years, dimensions, roles, images, fallbacks."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, request
from flask_babel import format_date, format_decimal, gettext, lazy_gettext as _l

from ..i18n import Localized, localized
from ..models import Exhibit, MediaRecord, Person
from .rights import rights_label

# A person's part in an exhibit (services.exhibits.PERSON_ROLES).
EXHIBIT_ROLES = {
    "maker": _l("maker"),
    "author": _l("author"),
    "depicted": _l("depicted"),
    "memorialised": _l("memorialised"),
    "owner": _l("owner"),
    "donor": _l("donor"),
    "photographer": _l("photographer"),
}
# What a person was; the codes are open-ended, so unknown ones are shown as entered (in English).
PERSON_ROLES = {
    "poet": _l("poet"),
    "writer": _l("writer"),
    "akyn": _l("akyn"),
    "composer": _l("composer"),
    "musician": _l("musician"),
    "painter": _l("painter"),
    "sculptor": _l("sculptor"),
    "craftsman": _l("craftsman"),
    "jeweller": _l("jeweller"),
    "photographer": _l("photographer"),
    "scientist": _l("scientist"),
    "enlightener": _l("enlightener"),
    "khan": _l("khan"),
    "biy": _l("biy"),
    "batyr": _l("batyr"),
    "statesman": _l("statesman"),
    "soldier": _l("soldier"),
    "collector": _l("collector"),
}
UNITS = {"mm": _l("mm"), "cm": _l("cm"), "m": _l("m"), "g": _l("g"), "kg": _l("kg")}
# The language a fallback text is in, named in the page's language: short for the mark, long for screen readers.
FALLBACK_NAMES = {"kk": (_l("in Kazakh"), _l("This text is in Kazakh: there is no translation yet.")),
                  "ru": (_l("in Russian"), _l("This text is in Russian: there is no translation yet.")),
                  "en": (_l("in English"), _l("This text is in English: there is no translation yet."))}


@dataclass(frozen=True)
class Role:
    label: str
    lang: str | None  # set when the label is not in the page's language


def fallback_names(lang: str) -> tuple[str, str]:
    """Return the short mark and the spoken explanation for text shown in ``lang``."""
    short, long = FALLBACK_NAMES[lang]
    return str(short), str(long)


def exhibit_role(code: str) -> Role:
    """Return the label of a person's part in an exhibit."""
    return Role(str(EXHIBIT_ROLES[code]), None) if code in EXHIBIT_ROLES else Role(code, "en")


def person_role(code: str) -> Role:
    """Return the label of what a person was (poet, khan...)."""
    return Role(str(PERSON_ROLES[code]), None) if code in PERSON_ROLES else Role(code, "en")


def year(value: int) -> str:
    """Return a year as written in the page's language; years before the common era are marked."""
    if value < 0:
        return gettext("%(year)s BCE", year=-value)
    return str(value)


def year_span(earliest: int | None, latest: int | None) -> str:
    """Return ``1850–1900``, a single year, or an empty string when neither is known."""
    if earliest is None and latest is None:
        return ""
    if earliest is None or latest is None or earliest == latest:
        return year(earliest if earliest is not None else latest)
    return f"{year(earliest)}–{year(latest)}"


def dating(exhibit: Exhibit, lang: str) -> Localized:
    """Return the exhibit's dating as catalogued, else its span of years in the page's language."""
    text = localized(exhibit, "dating", lang)
    return text if text else Localized(year_span(exhibit.earliest_year, exhibit.latest_year), lang, lang)


def life_dates(person: Person) -> str:
    """Return ``1845–1904``, ``born 1845``, ``died 1904`` or an empty string."""
    if person.birth_year is not None and person.death_year is not None:
        return f"{year(person.birth_year)}–{year(person.death_year)}"
    if person.birth_year is not None:
        return gettext("born %(year)s", year=year(person.birth_year))
    if person.death_year is not None:
        return gettext("died %(year)s", year=year(person.death_year))
    return ""


def number(value: float) -> str:
    """Return a measurement with the page language's decimal sign and no needless zeros."""
    return format_decimal(value, format="#,##0.##")


def dimensions(exhibit: Exhibit) -> list[tuple[str, str]]:
    """Return (label, ``12.5 cm``) for each measured dimension and the weight."""
    length_unit = str(UNITS.get(exhibit.length_unit, exhibit.length_unit))
    weight_unit = str(UNITS.get(exhibit.weight_unit, exhibit.weight_unit))
    rows = []
    for label, value, unit in ((_l("Height"), exhibit.height, length_unit), (_l("Width"), exhibit.width, length_unit),
                               (_l("Depth"), exhibit.depth, length_unit),
                               (_l("Diameter"), exhibit.diameter, length_unit),
                               (_l("Weight"), exhibit.weight, weight_unit)):
        if value is not None:
            rows.append((str(label), f"{number(value)}\u00a0{unit}"))
    return rows


def figure(value: int) -> str:
    """Return a count with the page language's digit grouping (12 345)."""
    return format_decimal(value, format="#,##0")


def accessed_date() -> str:
    """Return today's date written out in the page's language, for citations."""
    return format_date(date.today(), format="long")


def coordinate(value: float) -> str:
    """Return a latitude or longitude in decimal degrees."""
    return f"{value:.5f}".rstrip("0").rstrip(".") + "°"


def ready_images(exhibit: Exhibit) -> list[MediaRecord]:
    """Return the exhibit's images whose derivatives are made, the primary one first."""
    images = [m for m in exhibit.media if m.kind == "image" and m.status == "ready"]
    return sorted(images, key=lambda m: (not m.is_primary, m.position, m.id))


def card_image(exhibit: Exhibit) -> MediaRecord | None:
    """Return the image to show on the exhibit's card, or None."""
    images = ready_images(exhibit)
    return images[0] if images else None


def models(exhibit: Exhibit) -> list[MediaRecord]:
    """Return the exhibit's 3D model records."""
    return [m for m in exhibit.media if m.kind == "model"]


def alt_text(media: MediaRecord, exhibit: Exhibit, lang: str) -> Localized:
    """Return the image's description for screen readers, else the exhibit's title."""
    return localized(media, "alt", lang) or localized(exhibit, "title", lang)


def absolute_url(path: str) -> str:
    """Return the public address of a path from url_for: on the configured base URL, else on this request's host."""
    base = current_app.config["EMUSEUM"]["app.base_url"] or request.host_url
    return base.rstrip("/") + path


def file_size(byte_size: int) -> str:
    """Return a file size in MB or KB for a download link."""
    if byte_size >= 1024 * 1024:
        return gettext("%(size)s MB", size=number(round(byte_size / (1024 * 1024), 1)))
    return gettext("%(size)s KB", size=number(max(1, round(byte_size / 1024))))


def init_blueprint(bp: Blueprint) -> None:
    for helper in (exhibit_role, person_role, dating, life_dates, dimensions, coordinate, ready_images, models,
                   absolute_url, file_size, rights_label, accessed_date):
        bp.add_app_template_global(helper)
    bp.add_app_template_filter(figure)
