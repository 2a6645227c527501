"""Languages of the catalogue and the fallback of trilingual metadata."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, g, request
from flask_babel import Babel

from .models import LANGUAGES

# Endonyms for the language switch: each language is named in itself.
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
COOKIE = "emuseum_lang"


@dataclass(frozen=True)
class Localized:
    text: str
    lang: str  # the language the text is actually in
    wanted: str  # the language the visitor asked for

    @property
    def fallback(self) -> bool:
        return bool(self.text) and self.lang != self.wanted

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def fallback_order(lang: str) -> list[str]:
    """Return the languages to try for a visitor: theirs, then kk, ru, en."""
    return list(dict.fromkeys([lang, *LANGUAGES]))


def localized(obj, field: str, lang: str) -> Localized:
    """Return a trilingual field's text in the visitor's language, else the first of kk, ru, en that has one."""
    for candidate in fallback_order(lang):
        text = getattr(obj, f"{field}_{candidate}", "") or ""
        if text:
            return Localized(text, candidate, lang)
    return Localized("", lang, lang)


def current_language() -> str:
    """Return the interface language of this request (set from the URL by the public blueprint)."""
    return g.get("lang") or preferred_language()


def preferred_language(default: str = "kk") -> str:
    """Return the visitor's remembered language, else the browser's best of ours, else the default."""
    if not request:
        return default
    remembered = request.cookies.get(COOKIE)
    if remembered in LANGUAGES:
        return remembered
    return request.accept_languages.best_match(LANGUAGES) or default


def init_app(app: Flask) -> None:
    Babel(app, locale_selector=current_language,
          default_translation_directories=str(app.root_path + "/translations"))
    app.jinja_env.globals.update(LANGUAGES=LANGUAGES, LANGUAGE_NAMES=LANGUAGE_NAMES, localized=localized)
