"""Text analysis for every backend: words, their search forms, and the analysed fields of a document.

All analysis happens here, in Python, and the engines receive pre-analysed fields of
space-separated terms (tantivy's and OpenSearch's ``whitespace`` tokenizers split them again,
nothing else). That is what lets the embedded and the scale-out backend find the same documents
for the same query.

Each word is indexed in three forms, each in its own field so relevance can weigh them:

* exact (``*_x``): case-folded, ё = е, İ/ı folded;
* stem (``*_s``): a Snowball stem for Russian and English text; Kazakh words as they are;
* key (``*_k``): :func:`indexer.kazakh.search_key`, where the Cyrillic, 2021 Latin and
  informal spellings of a name coincide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import snowballstemmer

from .kazakh import APOSTROPHES, casefold, has_cyrillic, search_key

__all__ = [
    "LANGUAGES",
    "Word",
    "words",
    "word_list",
    "WordForms",
    "word_forms",
    "word_key",
    "full_key",
    "full_key_of",
    "compact_key",
    "compact_key_of",
    "prefixes",
    "MAX_TERM_CHARS",
    "MAX_PREFIX_CHARS",
]

LANGUAGES = ("kk", "ru", "en")
MAX_TERM_CHARS = 48  # longer words are cut: the engines' token limits must never bite
MAX_PREFIX_CHARS = 20  # type-ahead prefixes are indexed up to this length
MAX_FULL_KEY_CHARS = 200

_WORD_CHARS = r"[^\W_]|[\u0300-\u036f]"
WORD_RE = re.compile(f"(?:{_WORD_CHARS})+(?:[{APOSTROPHES}](?:{_WORD_CHARS})+)*")
_APOSTROPHE_TABLE = str.maketrans("", "", APOSTROPHES)
# WORD_RE for text without combining marks (nearly all): twice as fast, the same words
_PLAIN_WORD_RE = re.compile(f"[^\\W_]+(?:[{APOSTROPHES}][^\\W_]+)*")
_COMBINING_RE = re.compile("[\u0300-\u036f]")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text, with its place (for highlighting)."""

    start: int
    end: int
    text: str


def words(text: str) -> Iterator[Word]:
    """Yield the words of ``text``: runs of letters and digits, apostrophes kept inside."""
    for match in WORD_RE.finditer(text or ""):
        yield Word(match.start(), match.end(), match.group())


def word_list(text: str) -> list[str]:
    """Return the words of ``text`` (as :func:`words`, without their places: faster)."""
    if not text:
        return []
    return (WORD_RE if _COMBINING_RE.search(text) else _PLAIN_WORD_RE).findall(text)


@lru_cache(maxsize=4)
def _stemmer(language: str):
    return snowballstemmer.stemmer(language)


@lru_cache(maxsize=200_000)
def _stem(exact: str, lang: str) -> str:
    if lang == "ru" and has_cyrillic(exact):
        return _stemmer("russian").stemWord(exact)
    if lang == "en" and exact.isascii():
        return _stemmer("english").stemWord(exact)
    return exact


@dataclass(frozen=True, slots=True)
class WordForms:
    """The exact form, the search keys and the stems of one word.

    ``key`` is the key of the word as written; ``keys`` adds the keys of its stems, so that
    an inflected name (Жамбыла, stem жамбыл) meets its other spellings (Jambyl).
    """

    exact: str
    key: str
    keys: tuple[str, ...]
    stems: tuple[str, ...]


def _exact(text: str) -> str:
    return casefold(text).translate(_APOSTROPHE_TABLE)[:MAX_TERM_CHARS]


@lru_cache(maxsize=200_000)
def _key(text: str) -> str:
    return search_key(text)[:MAX_TERM_CHARS]


def word_key(text: str) -> str:
    """Return the search key of one word (its exact form if the key is empty): ``word_forms(text).key``."""
    if text.isdigit() and text.isascii():
        # a number is its own key (search_key keeps digits): every inventory number is one, and
        # unique, so it would only churn the caches of _key and _exact
        return text[:MAX_TERM_CHARS]
    return _key(text) or _exact(text)


@lru_cache(maxsize=200_000)
def _forms(text: str, langs: tuple[str, ...]) -> WordForms:
    exact = _exact(text)
    key = word_key(text)
    stems = tuple(dict.fromkeys(_stem(exact, lang) for lang in langs))
    keys = tuple(dict.fromkeys([key, *(_key(stem) for stem in stems if stem != exact)]))
    return WordForms(exact, key, tuple(k for k in keys if k), stems)


def word_forms(text: str, lang: str | None = None) -> WordForms:
    """Return the forms of one word written in ``lang``; with no language (a visitor's
    query, which may be in any), the stems of every language the script allows."""
    return _forms(text, (lang,) if lang else LANGUAGES)


def full_key(text: str) -> str:
    """Return the key of a whole title: the words' keys joined by ``_``."""
    return full_key_of(word_list(text))


def full_key_of(words: list[str]) -> str:
    """Return the key of a whole title from its words: ``full_key(text)`` for ``word_list(text)``."""
    return "_".join(map(word_key, words))[:MAX_FULL_KEY_CHARS]


def compact_key(text: str) -> str:
    """Return the key of an inventory number: its words' keys run together, so
    ``КП-1234/5``, ``KP 1234-5`` and ``кп12345`` agree."""
    return compact_key_of(word_list(text))


def compact_key_of(words: list[str]) -> str:
    """Return the key of an inventory number from its words: ``compact_key(text)`` for ``word_list(text)``."""
    return "".join(map(word_key, words))[:MAX_FULL_KEY_CHARS]


def prefixes(terms: Iterable[str]) -> list[str]:
    """Return every prefix (1..MAX_PREFIX_CHARS characters) of the given terms, once each."""
    out: dict[str, None] = {}
    for term in terms:
        for i in range(1, min(len(term), MAX_PREFIX_CHARS) + 1):
            out[term[:i]] = None
    return list(out)
