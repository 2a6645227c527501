"""Highlighting: the words of a stored text that a query matched, wrapped in ``<mark>``.

Done in Python from the same word forms the query used, so every backend highlights the same
words, including a Latin query's match in a Cyrillic title.
"""

from __future__ import annotations

from html import escape

from .analysis import WORD_RE, word_forms
from .plan import Plan

__all__ = ["highlight", "FRAGMENT_CHARS"]

FRAGMENT_CHARS = 200


def _matches(text: str, plan: Plan) -> list[tuple[int, int]]:
    # The word pattern of words(), without a Word object a word: descriptions are long and every
    # hit of a page is highlighted on every search.
    spans = []
    exacts, keys, stems = plan.exacts, plan.keys, plan.stems
    for match in WORD_RE.finditer(text):
        forms = word_forms(match.group())
        if forms.exact in exacts or keys.intersection(forms.keys) or stems.intersection(forms.stems):
            spans.append(match.span())
    return spans


def highlight(text: str, plan: Plan, fragment: bool = False) -> str | None:
    """Return ``text`` as HTML with the matched words in ``<mark>``, or None if none matched.

    With ``fragment`` a long text is cut to about FRAGMENT_CHARS characters around the first
    match, with an ellipsis where it was cut.
    """
    if not text or not plan.exacts:
        return None
    spans = _matches(text, plan)
    if not spans:
        return None
    start, end = 0, len(text)
    if fragment and len(text) > FRAGMENT_CHARS:
        first = spans[0][0]
        start = max(0, first - FRAGMENT_CHARS // 4)
        # begin and end on word boundaries
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 else start
        end = min(len(text), start + FRAGMENT_CHARS)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > spans[0][1] else end
    out = ["…" if start else ""]
    cursor = start
    for a, b in spans:
        if a < start or b > end:
            continue
        out.append(escape(text[cursor:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        cursor = b
    out.append(escape(text[cursor:end]))
    out.append("…" if end < len(text) else "")
    return "".join(out)
