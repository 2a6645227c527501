"""The language of a page: taken from the URL prefix, remembered in a cookie, offered in the switch."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, Response, current_app, g, request, url_for
from flask_babel import refresh

from ..i18n import COOKIE, LANGUAGE_NAMES, LANGUAGES, preferred_language

# Only our three codes match, so /xx/museums (and /api/...) never reach a page view.
PREFIX = "/<any({}):lang>".format(",".join(LANGUAGES))
COOKIE_MAX_AGE = 365 * 24 * 3600
# Record ids in URLs: larger numbers name no record, and PostgreSQL would refuse them as integers.
RECORD_ID = "int(max=2147483647)"


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # the language named in itself
    url: str
    current: bool


def default_language() -> str:
    """Return the configured language for visitors who chose none."""
    configured = current_app.config["EMUSEUM"]["app.default_language"]
    return configured if configured in LANGUAGES else LANGUAGES[0]


def visitor_language() -> str:
    """Return the language a page should be in: the URL's, else the remembered or browser's one."""
    return g.get("lang") or preferred_language(default_language())


def language_of_path(path: str) -> str | None:
    """Return the language code a path starts with (``/ru/...`` -> ``ru``), else None."""
    first = path.lstrip("/").split("/", 1)[0]
    return first if first in LANGUAGES else None


def switch_links() -> list[LanguageLink]:
    """Return a link to this same page in each language; pages without a route link to each home."""
    here = visitor_language()
    links = []
    for code in LANGUAGES:
        url = None
        endpoint = request.endpoint
        if endpoint and current_app.url_map.is_endpoint_expecting(endpoint, "lang"):
            args = {**(request.view_args or {}), **request.args.to_dict(), "lang": code}
            url = url_for(endpoint, **args)
        links.append(LanguageLink(code, LANGUAGE_NAMES[code], url or url_for("public.home", lang=code),
                                  code == here))
    return links


def _pull_language(endpoint: str | None, values: dict | None) -> None:
    # Set on every request, never left over: a test client may run several requests in one app context.
    g.lang = values.pop("lang", None) if values else None
    g.lang_from_url = g.lang is not None
    refresh()  # Flask-Babel caches the locale in g


def _add_language(endpoint: str, values: dict) -> None:
    if "lang" not in values and current_app.url_map.is_endpoint_expecting(endpoint, "lang"):
        values["lang"] = visitor_language()


def _remember_language(response: Response) -> Response:
    # Opening a page in a language is how a visitor chooses it; the next visit to / honours it.
    if g.get("lang_from_url"):
        response.set_cookie(COOKIE, g.lang, max_age=COOKIE_MAX_AGE, samesite="Lax", path="/")
    return response


def _template_globals() -> dict:
    return {"page_lang": visitor_language(), "language_links": switch_links}


def init_blueprint(bp: Blueprint) -> None:
    bp.url_value_preprocessor(_pull_language)
    bp.url_defaults(_add_language)
    bp.after_request(_remember_language)
    bp.app_context_processor(_template_globals)
