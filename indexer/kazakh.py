"""Kazakh spelling: case folding, the 2021 Latin alphabet and one search key for every spelling.

Kazakh is written in Cyrillic, in the 2021 Latin alphabet, in the earlier official drafts
(2017 apostrophes, 2018 acute accents) and in Russian-style romanisation. A visitor types any of
them, so the index stores, next to each word, a *search key*: a lossy ASCII skeleton in which
all these spellings of one word coincide (Жамбыл, Jambyl and Zhambyl all give ``jambil``).
The key is only ever compared with other keys; it is never shown.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["casefold", "to_latin", "search_key", "has_cyrillic", "APOSTROPHES"]

# Letters a word may carry inside it in the 2017 alphabet (s'ygys) or in names (O'Brien).
APOSTROPHES = "'’ʼ`´"

# Cyrillic → 2021 Latin (lower case). Letters used only in Russian loanwords have no
# official form; these are the commonest choices.
_CYRILLIC_TO_LATIN = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
    "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}

# Every letter (Cyrillic or Latin, any romanisation) → ASCII before the digraphs are folded.
# Upper-case S and C stand for the sounds sh and ch until the end, so that the rule h → k
# below cannot touch them.
_KEY_LETTERS = {
    # Cyrillic
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "e", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "k", "һ": "k", "ц": "ts",
    "ч": "C", "ш": "S", "щ": "S", "ъ": "", "ы": "i", "і": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
    # 2021 Latin and its neighbours
    "ä": "a", "ö": "o", "ü": "u", "ū": "u", "ı": "i", "ğ": "g", "ñ": "ng", "ş": "S",
    "ç": "C",
    # 2018 acute-accent draft: á ǵ ń ó ú ý = ә ғ ң ө ү у
    "á": "a", "ǵ": "g", "ń": "ng", "ó": "o", "ú": "u", "ý": "u",
}

# Letter + apostrophe in the 2017 draft: s' = ш, c' = ч, n' = ң; elsewhere it only marks a
# vowel (a' = ә, o' = ө, u' = ү, i' = і) or ğ (g'), which the key folds away anyway.
_APOSTROPHE_RE = re.compile(f"([a-z])[{APOSTROPHES}]")
_APOSTROPHE_DIGRAPHS = {"s": "S", "c": "C", "n": "ng"}

# Digraphs of Russian-style romanisation, then the single letters that spellings disagree on.
_DIGRAPHS = (
    ("sh", "S"), ("ch", "C"), ("zh", "j"), ("kh", "k"), ("gh", "g"),
    ("h", "k"), ("q", "k"), ("w", "u"), ("y", "i"), ("x", "ks"), ("c", "ts"),
    ("ie", "e"),  # Russian-style ye for е after a vowel: Zhabayev = Жабаев, Yerlan = Ерлан
    ("SC", "S"),  # щ written shch / şç
)
# doubled letters collapse (Махамбет, Mahhambet); digits never: inventory numbers 1100 and 10 differ
_REPEATS_RE = re.compile(r"(\D)\1+")


def casefold(text: str) -> str:
    """Return ``text`` in one case for comparison, with İ/ı and ё/е folded, NFC-normalised.

    Python's ``"İ".lower()`` gives ``"i̇"`` (i + combining dot above), and Kazakh Latin writes
    the letter І as ``I``/``ı``; both dotted and dotless forms fold to plain ``i`` here.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("İ", "i").replace("ı", "i").replace("I", "i")
    text = text.casefold().replace("\u0307", "").replace("ё", "е")
    return unicodedata.normalize("NFC", text)


def has_cyrillic(text: str) -> bool:
    """Return True if ``text`` contains a Cyrillic letter."""
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def to_latin(text: str) -> str:
    """Return Kazakh Cyrillic ``text`` in the 2021 Latin alphabet, keeping capitals."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        lower = ch.lower()
        latin = _CYRILLIC_TO_LATIN.get(lower)
        if latin is None:
            out.append(ch)
        elif ch != lower and latin:
            # И and Й are İ; the capital of і is I.
            first = "İ" if lower in "ий" else latin[0].upper()
            out.append(first + latin[1:])
        else:
            out.append(latin)
    return "".join(out)


def search_key(word: str) -> str:
    """Return the spelling-independent key of one word (Жамбыл, Jambyl, Zhambyl → ``jambil``).

    Works on any script: Cyrillic and Latin letters become an ASCII skeleton (consonant
    clusters of the romanisations unified, vowels that the spellings confuse merged, doubled
    letters collapsed); digits stay; letters of other scripts are kept as they are.
    """
    text = casefold(word)
    text = _APOSTROPHE_RE.sub(lambda m: _APOSTROPHE_DIGRAPHS.get(m[1], m[1]), text)
    out = []
    for ch in text:
        mapped = _KEY_LETTERS.get(ch)
        if mapped is not None:
            out.append(mapped)
            continue
        if ch in APOSTROPHES:
            continue
        # other Latin letters with diacritics (é, ô, ...) fall back to their base letter
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if base.isascii() else ch)
    key = "".join(out)
    for old, new in _DIGRAPHS:
        key = key.replace(old, new)
    key = _REPEATS_RE.sub(r"\1", key)
    return key.replace("S", "sh").replace("C", "ch")
