"""Pages of the public catalogue: home, museum directory, museum, exhibit and person."""
from __future__ import annotations

from typing import Callable

from flask import Response, make_response, redirect, render_template, request, url_for

from ..db import db
from ..i18n import preferred_language
from ..response_cache import cached, offer_replay
from ..services import exhibits, museums, persons, regions
from ..services.errors import InvalidParameter
from ..services.figures import national_figures
from ..services.identity import PUBLIC
from ..services.pagination import Page, PageRequest, page_request
from . import bp
from .language import PREFIX, RECORD_ID, default_language

# Pages are for people, so the size is ours (24 fills rows of 2, 3 and 4 cards); only ?page= is read.
PAGE_SIZE = 24


def _page() -> PageRequest:
    return page_request(request.args.get("page"), None, PAGE_SIZE, PAGE_SIZE)


def _within(page: Page) -> Page:
    """Return the page if it exists; a number past the last page is a bad parameter, not an empty list."""
    if page.page > page.pages:
        raise InvalidParameter(f"page must be at most {page.pages}, got {page.page}", "page")
    return page


def _html(render: Callable[[], str]) -> Response:
    """Return a page from the response cache (rendering it on a miss), with its ETag; a 304 when the client has it.

    The key is the whole URL: language, record and page are all in it, and nothing else (cookie,
    Accept-Language) changes what a language-prefixed page shows. Browsers must revalidate, so an
    edit shows at once.
    """
    rendered = cached(("page", request.host, request.root_path, request.full_path), render)
    offer_replay()
    response = Response(rendered.body, mimetype="text/html")
    response.set_etag(rendered.etag)
    response.headers["Cache-Control"] = "no-cache"
    return response.make_conditional(request)


@bp.get("/")
def root():
    """Return a redirect to the home page in the visitor's language."""
    response = make_response(redirect(url_for("public.home", lang=preferred_language(default_language())), 302))
    response.vary.update(("Cookie", "Accept-Language"))
    return response


@bp.get(PREFIX + "/")
def home():
    """Return the home page with the national figures, overall and per region."""
    return _html(lambda: render_template("home.html", figures=national_figures(db.session),
                                         regions=regions.list_regions(db.session)))


@bp.get(PREFIX + "/museums")
def museum_directory():
    """Return the directory of museums, of one region if ``?region=`` names one."""
    return _html(_museum_directory)


def _museum_directory() -> str:
    all_regions = regions.list_regions(db.session)
    code = request.args.get("region", "").strip().upper()
    region = next((r for r in all_regions if r.code == code), None)
    if code and region is None:
        raise InvalidParameter(f"region must be an ISO 3166-2:KZ code such as KZ-31, got {code[:20]!r}", "region")
    page = _within(museums.list_museums(db.session, PUBLIC, _page(), region=code or None))
    counts = museums.published_counts(db.session, [m.id for m in page.items])
    return render_template("museums.html", page=page, counts=counts, regions=all_regions, region=region)


@bp.get(PREFIX + "/museums/<slug>")
def museum(slug: str):
    """Return a museum's page with its published exhibits, a page at a time."""
    def render() -> str:
        record = museums.get_museum(db.session, PUBLIC, slug)
        page = _within(exhibits.list_public_cards(db.session, _page(), record.slug))
        return render_template("museum.html", museum=record, page=page)
    return _html(render)


@bp.get(f"{PREFIX}/exhibits/<{RECORD_ID}:exhibit_id>")
def exhibit(exhibit_id: int):
    """Return an exhibit's page: every metadata field, its media and how to cite it."""
    return _html(lambda: render_template("exhibit.html",
                                         exhibit=exhibits.get_exhibit(db.session, PUBLIC, exhibit_id)))


@bp.get(f"{PREFIX}/persons/<{RECORD_ID}:person_id>")
def person(person_id: int):
    """Return a person's page with the published exhibits linked to them."""
    def render() -> str:
        record = persons.get_person(db.session, person_id)
        return render_template("person.html", person=record, linked=persons.public_exhibits(db.session, person_id))
    return _html(render)
