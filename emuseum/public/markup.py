"""Pieces of HTML built in Python: trilingual text with its fallback mark, images and exhibit cards.

Pages call these dozens of times (a museum page has 24 cards, each with a title, a dating and an
image), where Jinja macros and Markup.format would cost several times as much. Every value from
the catalogue goes through escape().
"""
from __future__ import annotations

from flask import url_for
from flask_babel import gettext
from markupsafe import Markup, escape

from ..i18n import Localized, localized
from ..models import Exhibit, MediaRecord
from .display import Role, alt_text, card_image, dating, fallback_names
from .language import visitor_language

# Card labels per language: the same four words 24 times a page need not be looked up 96 times.
_CARD_LABELS: dict[str, dict[str, str]] = {}


def fallback_mark(lang: str) -> Markup:
    """Return the small visible mark saying a text is in ``lang``, with a longer spoken explanation."""
    short, long = (escape(name) for name in fallback_names(lang))
    return Markup(f'<small class="fallback-mark" title="{long}"><span aria-hidden="true">({short})</span>'
                  f'<span class="visually-hidden">({long})</span></small>')


def text(loc: Localized) -> Markup:
    """Return a trilingual text inline: in another language than the page it carries its lang and a mark."""
    if loc.fallback:
        return Markup(f'<span lang="{loc.lang}">{escape(loc.text)}</span> {fallback_mark(loc.lang)}')
    return escape(loc.text)


def field(obj, name: str) -> Markup:
    """Return a trilingual field of a record in the page's language, marked when it falls back."""
    return text(localized(obj, name, visitor_language()))


def image(media: MediaRecord, exhibit: Exhibit, name: str, max_side: int, loading: str = "lazy") -> Markup:
    """Return an <img> of a derivative with its alt text in the page's language and its displayed size."""
    alt = alt_text(media, exhibit, visitor_language())
    lang = f' lang="{alt.lang}"' if alt.fallback else ""
    size = ""
    if media.width and media.height:
        scale = min(1.0, max_side / max(media.width, media.height))
        size = f' width="{round(media.width * scale)}" height="{round(media.height * scale)}"'
    src = url_for("public.media_derivative", media_id=media.id, name=name)
    return Markup(f'<img src="{src}" alt="{escape(alt.text)}"{lang}{size} '
                  f'loading="{loading}" decoding="async">')


def _card_labels(lang: str) -> dict[str, str]:
    if lang not in _CARD_LABELS:
        words = {"role": gettext("Role"), "dating": gettext("Dating"), "inventory": gettext("Inventory no."),
                 "no_image": gettext("No image")}
        _CARD_LABELS[lang] = {key: str(escape(word)) for key, word in words.items()}
    return _CARD_LABELS[lang]


def card(exhibit: Exhibit, role: Role | None = None) -> Markup:
    """Return an exhibit's card for a list: thumbnail, title, the person's role, dating, inventory number."""
    lang = visitor_language()
    labels = _card_labels(lang)
    picture = card_image(exhibit)
    thumb = image(picture, exhibit, "thumb.jpg", 400) if picture else Markup(
        f'<span class="no-image">{labels["no_image"]}</span>')
    href = url_for("public.exhibit", exhibit_id=exhibit.id)
    facts = []
    if role is not None:
        role_lang = f' lang="{role.lang}"' if role.lang and role.lang != lang else ""
        facts.append(f'<div><dt>{labels["role"]}</dt><dd{role_lang}>{escape(role.label)}</dd></div>')
    when = dating(exhibit, lang)
    if when:
        facts.append(f'<div><dt>{labels["dating"]}</dt><dd>{text(when)}</dd></div>')
    facts.append(f'<div><dt>{labels["inventory"]}</dt><dd>{escape(exhibit.inventory_number)}</dd></div>')
    return Markup(
        f'<li class="card">\n  <a class="card-link" href="{href}">\n'
        f'    <span class="card-picture">{thumb}</span>\n'
        f'    <h3 class="card-title">{field(exhibit, "title")}</h3>\n  </a>\n'
        f'  <dl class="card-facts">{"".join(facts)}</dl>\n</li>')


def init_blueprint(bp) -> None:
    for helper in (fallback_mark, text, field, image, card):
        bp.add_app_template_global(helper)
