"""Alphabetical sort keys: Kazakh, Russian and English order as plain ASCII strings.

Both engines sort keyword fields by code point, which puts Kazakh letters (ә, ғ, қ, ...) after
я. So the order is computed here: ``sort_key(title, lang)`` is a string of fixed-width hex
weights whose byte order is the alphabetical order of the language. Its alphabet is
``0-9a-f`` only, which keeps it safe inside an engine's range-query syntax.
"""

from __future__ import annotations

import unicodedata

__all__ = ["KAZAKH_CYRILLIC", "KAZAKH_LATIN", "sort_key", "WEIGHT_WIDTH"]

# The order of the Kazakh Cyrillic alphabet (42 letters), as in school primers.
KAZAKH_CYRILLIC = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
# The 2021 Latin alphabet (ı = І before i = И/Й), with c, w, x where English has them.
KAZAKH_LATIN = "aäbcdefgğhıijklmnñoöpqrsştuūüvwxyz"
ENGLISH_LATIN = "abcdefghijklmnopqrstuvwxyz"

WEIGHT_WIDTH = 5
MAX_KEY_CHARS = 60  # characters of a title that take part in the order

_SPACE = 0x00001
_DIGITS = 0x00010
_FIRST_BLOCK = 0x00100  # the script read first in this language
_SECOND_BLOCK = 0x00200
_OTHER = 0x01000  # any other letter: by code point, after both alphabets


def _weights(alphabet: str, base: int, same: dict[str, str] | None = None) -> dict[str, int]:
    table = {letter: base + i for i, letter in enumerate(alphabet)}
    for letter, like in (same or {}).items():
        table[letter] = table[like]
    return table


_CYRILLIC_KK = KAZAKH_CYRILLIC
# Russian collation treats ё as е at the first level; the Kazakh letters keep Kazakh places.
_CYRILLIC_RU_SAME = {"ё": "е"}

_TABLES: dict[str, dict[str, int]] = {
    # Kazakh and Russian read Cyrillic first (CLDR reorders Cyrl before Latn for kk and ru)
    "kk": {**_weights(_CYRILLIC_KK, _FIRST_BLOCK), **_weights(KAZAKH_LATIN, _SECOND_BLOCK)},
    "ru": {
        **_weights(_CYRILLIC_KK, _FIRST_BLOCK, _CYRILLIC_RU_SAME),
        **_weights(ENGLISH_LATIN, _SECOND_BLOCK),
    },
    "en": {
        **_weights(ENGLISH_LATIN, _FIRST_BLOCK),
        **_weights(_CYRILLIC_KK, _SECOND_BLOCK, _CYRILLIC_RU_SAME),
    },
}


def _lower(text: str, lang: str) -> str:
    text = unicodedata.normalize("NFC", text)
    if lang == "kk":
        # in Kazakh Latin the capital of ı is I and the capital of i is İ
        text = text.replace("İ", "i").replace("I", "ı")
    else:
        text = text.replace("İ", "i").replace("ı", "i")
    return unicodedata.normalize("NFC", text.lower().replace("\u0307", ""))


class _Weights(dict):
    """One language's table for ``str.translate``: a code point → its weight in hex, " " for a
    word break, "" for a character that takes no part. Filled as characters are first met."""

    def __init__(self, table: dict[str, int]):
        super().__init__()
        self.table = table

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        weight = self.table.get(ch)
        if weight is None:
            if ch.isspace():
                self[code] = " "
                return " "
            if ch.isdigit() and ch.isascii():
                weight = _DIGITS + int(ch)
            elif ch.isalpha():
                base = unicodedata.normalize("NFD", ch)[0]
                weight = self.table.get(base, _OTHER + min(ord(ch), 0xEFFFF))
            else:
                self[code] = ""  # punctuation and symbols do not take part
                return ""
        self[code] = hexed = f"{weight:0{WEIGHT_WIDTH}x}"
        return hexed


_HEX_WEIGHTS = {lang: _Weights(table) for lang, table in _TABLES.items()}
_SPACE_HEX = f"{_SPACE:0{WEIGHT_WIDTH}x}"


def sort_key(text: str, lang: str) -> str:
    """Return a hex string whose byte order is the alphabetical order of ``text`` in ``lang``.

    Case is ignored, punctuation is ignored, runs of spaces count as one word break (so
    "Ақ бөрі" sorts before "Ақбөрі"), digits come before letters.
    """
    weights = _HEX_WEIGHTS.get(lang, _HEX_WEIGHTS["en"])
    words = _lower(text, lang).translate(weights).split()
    key: list[str] = []
    count = 0  # weights so far, word breaks included
    for word in words:
        if key:
            key.append(_SPACE_HEX)
            count += 1
        letters = len(word) // WEIGHT_WIDTH
        if count + letters >= MAX_KEY_CHARS:
            # the key ends at the letter that reaches MAX_KEY_CHARS weights
            key.append(word[:max(MAX_KEY_CHARS - count, 1) * WEIGHT_WIDTH])
            break
        key.append(word)
        count += letters
    return "".join(key)
