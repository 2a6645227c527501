"""The analysed forms of known words, numbered, and a document's text fields joined from them.

A :class:`FormStore` keeps the forms of each word it is given (exact, keys, stems, type-ahead
prefixes: see :mod:`indexer.analysis`) under a number. :meth:`~FormStore.join` then builds the
seven analysed text fields of a document from the numbers of its title words and its text words:
each field's terms space-separated, in the order first met, once each (every term is once per
field, so term frequencies never differ between the backends).

The store also numbers the words of each language it has analysed (:meth:`~FormStore.learn`),
and gives the numbers of a text's words at once (:meth:`~FormStore.text_numbers`, split as
``indexer.analysis.WORD_RE`` splits them) with the words it does not know yet.

``FormStore`` is the compiled store of ``indexer._fields`` (Rust, ``indexer/native``) where it was
built, else :class:`PythonFormStore`, the reference it is tested against. Joining hundreds of
terms per document through Python tuples, strings and dicts was the largest single cost of a
rebuild; the compiled store keeps each distinct term once and drops repeats by number.
"""

from __future__ import annotations

import re
from itertools import chain

from .analysis import _WORD_CHARS

__all__ = ["FormStore", "NativeFormStore", "PythonFormStore"]


class PythonFormStore:
    """The forms of known words, numbered: the reference for ``indexer._fields.FormStore``."""

    def __init__(self, apostrophes: str = "") -> None:
        self._words: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = []
        self._tables: dict[int, dict[str, int]] = {}
        joins = f"(?:[{re.escape(apostrophes)}](?:{_WORD_CHARS})+)*" if apostrophes else ""
        self._word_re = re.compile(f"(?:{_WORD_CHARS})+{joins}")

    def add(self, exact: str, keys: tuple[str, ...], stems: tuple[str, ...], prefixes: tuple[str, ...]) -> int:
        """Return the number of a newly stored word with these forms."""
        for what, texts in (("keys", keys), ("stems", stems), ("prefixes", prefixes)):
            if not isinstance(texts, tuple) or not all(isinstance(text, str) for text in texts):
                raise TypeError(f"{what} must be a tuple of text")
        if not isinstance(exact, str):
            raise TypeError("exact must be text")
        self._words.append((exact, keys, stems, prefixes))
        return len(self._words) - 1

    def join(self, title: list[int], text: list[int]) -> tuple[str, ...]:
        """Return (title_x, title_s, title_k, text_x, text_s, text_k, prefix) for a document whose
        titles and texts have the numbered words."""
        if min(title, default=0) < 0 or min(text, default=0) < 0:
            raise IndexError("no stored word with a negative number")
        try:
            title_forms = [self._words[number] for number in title]
            text_forms = [self._words[number] for number in text]
        except (IndexError, TypeError):
            raise IndexError("no stored word with one of these numbers") from None
        join, unique, flat = " ".join, dict.fromkeys, chain.from_iterable
        return (
            join(unique(forms[0] for forms in title_forms)),
            join(unique(flat(forms[2] for forms in title_forms))),
            join(unique(flat(forms[1] for forms in title_forms))),
            join(unique(forms[0] for forms in text_forms)),
            join(unique(flat(forms[2] for forms in text_forms))),
            join(unique(flat(forms[1] for forms in text_forms))),
            join(unique(flat(forms[3] for forms in title_forms))),
        )

    def text_numbers(self, text: str, table: int) -> tuple[list[int], list[tuple[int, str]]]:
        """Return ([the number of each word of ``text`` in ``table``, -1 where the table has none],
        [(place, word) of each word it has none for])."""
        if not isinstance(text, str):
            raise TypeError("text must be text")
        return self.word_numbers(self._word_re.findall(text), table)

    def word_numbers(self, words: list[str], table: int) -> tuple[list[int], list[tuple[int, str]]]:
        """Return what :meth:`text_numbers` returns, for words already split."""
        if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
            raise TypeError("words must be text")
        known = self._tables.get(table, {})
        found = [known.get(word, -1) for word in words]
        return found, [(place, word) for place, word in enumerate(words) if found[place] < 0]

    def learn(self, word: str, table: int, number: int) -> None:
        """Record that ``word`` in ``table`` has the stored word numbered ``number``."""
        if not 0 <= number < len(self._words):
            raise IndexError(f"no stored word {number}")
        self._tables.setdefault(table, {})[word] = number

    def known(self, table: int) -> int:
        """Return how many words ``table`` knows."""
        return len(self._tables.get(table, {}))

    def clear(self) -> None:
        """Forget every word: numbers given before are no longer valid."""
        self._words.clear()
        self._tables.clear()

    def __len__(self) -> int:
        return len(self._words)


try:
    from ._fields import FormStore as NativeFormStore
except ImportError:  # not compiled here (no Rust toolchain at install): the reference serves
    NativeFormStore = None

FormStore = NativeFormStore or PythonFormStore
