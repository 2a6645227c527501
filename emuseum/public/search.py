"""The search page: a GET form whose URL is the search (shareable), facets as filters, chips, result cards."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from flask import render_template, request, url_for
from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape

from ..db import db
from ..search import search as search_extension
from ..services import search as search_service
from . import bp
from .language import PREFIX, visitor_language

PAGE_SIZE = 24
FACET_VALUES_SHOWN = 12  # per facet, besides the ones chosen
FACET_NAMES = {"type": _l("Kind of record"), "region": _l("Region"), "museum": _l("Museum"),
               "object_type": _l("Object type"), "material": _l("Material"), "century": _l("Century"),
               "has_image": _l("Image"), "has_3d": _l("3D model")}
SORT_NAMES = {"relevance": _l("Relevance"), "date": _l("Date of making"), "title": _l("Title"),
              "recent": _l("Recently added")}
TYPE_NAMES = {"exhibit": _l("Exhibit"), "museum": _l("Museum"), "person": _l("Person")}
# The parameters the page reads; others (a campaign tag, say) are left alone, not refused.
_READ = ("q", "sort", "page", "after", *search_service.FILTERS)
_MARK = re.compile(r"(</?mark>)")


@dataclass(frozen=True)
class Chip:
    facet: str
    label: str
    remove_url: str


def marked(fragment: str) -> Markup:
    """Return highlighted text safe to show: everything escaped except the <mark> tags themselves."""
    parts = []
    for piece in _MARK.split(fragment):
        if piece in ("<mark>", "</mark>"):
            parts.append(piece)
        else:
            # The library escapes already; unescaping first keeps that from showing as &amp;amp;.
            parts.append(str(escape(html.unescape(piece))))
    return Markup("".join(parts))


def _url(arguments: dict[str, list[str]]) -> str:
    pairs = [(name, value) for name in _READ for value in arguments.get(name, []) if value != ""]
    return url_for("public.search") + ("?" + urlencode(pairs) if pairs else "")


def result_card(found: search_service.Found) -> Markup:
    """Return a hit's card: thumbnail, highlighted title, kind of record, a piece of the description."""
    hit = found.hit
    endpoint, key = {"exhibit": ("public.exhibit", "exhibit_id"), "museum": ("public.museum", "slug"),
                     "person": ("public.person", "person_id")}[hit.type]
    href = url_for(endpoint, **{key: found.key})
    title = marked(hit.highlights["title"]) if "title" in hit.highlights else escape(hit.title)
    titles = hit.source.get("title") or {}
    shown_in = next((lang for lang, text in titles.items() if text == hit.title), None)
    if shown_in and shown_in != visitor_language():  # a title in another language says which
        title = Markup(f'<span lang="{shown_in}">{title}</span>')
    display = hit.source.get("display") or {}
    if found.thumbnail:
        width, height = display.get("width"), display.get("height")
        size = ""
        if width and height:
            scale = min(1.0, 400 / max(width, height))
            size = f' width="{round(width * scale)}" height="{round(height * scale)}"'
        src = url_for("public.media_derivative", media_id=found.thumbnail, name="thumb.jpg")
        picture = Markup(f'<img src="{src}" alt="{escape(hit.title)}"{size} loading="lazy" decoding="async">')
    else:
        picture = Markup('<span class="no-image" aria-hidden="true"></span>')
    lines = [f'<p class="result-kind">{escape(str(TYPE_NAMES[hit.type]))}</p>']
    if "description" in hit.highlights:
        lines.append(f'<p class="result-snippet">{marked(hit.highlights["description"])}</p>')
    return Markup(
        f'<li class="card result">\n  <a class="card-link" href="{href}">\n'
        f'    <span class="card-picture">{picture}</span>\n'
        f'    <h3 class="card-title">{title}</h3>\n  </a>\n  {"".join(lines)}\n</li>')


@bp.get(PREFIX + "/search")
def search():
    """Return the search page: the form, facets with counts, chosen filters as chips and a page of results."""
    arguments = {name: request.args.getlist(name) for name in _READ if name in request.args}
    lang = visitor_language()
    query = search_service.parse(arguments, lang, PAGE_SIZE, PAGE_SIZE)
    results = search_service.search(db.session, search_extension.engine, query)
    base = {name: values for name, values in arguments.items() if name not in ("page", "after")}
    chips = []
    for facet, values in results.facets.items():
        for value in values:
            if value.selected:
                rest = dict(base, **{facet: [v for v in base.get(facet, []) if v != value.value]})
                chips.append(Chip(facet, value.label, _url(rest)))
    clear_url = _url({name: values for name, values in base.items() if name in ("q", "sort")})
    next_url = _url(dict(base, after=[results.next_cursor])) if results.next_cursor else None
    first_url = _url(base) if "after" in arguments or "page" in arguments else None
    facets = []
    for name, values in results.facets.items():
        shown = [v for i, v in enumerate(values) if i < FACET_VALUES_SHOWN or v.selected]
        if shown:
            facets.append((name, str(FACET_NAMES[name]), shown))
    return render_template("search.html", q=query.text, results=results, facets=facets, chips=chips,
                           clear_url=clear_url, next_url=next_url, first_url=first_url, sort_names=SORT_NAMES,
                           sort=(arguments.get("sort") or ["relevance"])[0])


def init_blueprint(blueprint) -> None:
    blueprint.add_app_template_global(result_card)
