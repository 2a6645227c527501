"""The analysed forms of known words, numbered, and a document's text fields joined from them.

A :class:`FormStore` keeps the forms of each word it is given (exact, keys, stems, type-ahead
prefixes: see :mod:`indexer.analysis`) under a number. :meth:`~FormStore.join` then builds the
seven analysed text fields of a document from the numbers of its title words and its text words:
each field's terms space-separated, in the order first met, once each (every term is once per
field, so term frequencies never differ between the backends).

``FormStore`` is the compiled store of ``indexer._fields`` (Rust, ``indexer/native``) where it was
built, else :class:`PythonFormStore`, the reference it is tested against. Joining hundreds of
terms per document through Python tuples, strings and dicts was the largest single cost of a
rebuild; the compiled store keeps each distinct term once and drops repeats by number.
"""

from __future__ import annotations

from itertools import chain

__all__ = ["FormStore", "NativeFormStore", "PythonFormStore"]


class PythonFormStore:
    """The forms of known words, numbered: the reference for ``indexer._fields.FormStore``."""

    def __init__(self) -> None:
        self._words: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = []

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

    def clear(self) -> None:
        """Forget every word: numbers given before are no longer valid."""
        self._words.clear()

    def __len__(self) -> int:
        return len(self._words)


try:
    from ._fields import FormStore as NativeFormStore
except ImportError:  # not compiled here (no Rust toolchain at install): the reference serves
    NativeFormStore = None

FormStore = NativeFormStore or PythonFormStore
