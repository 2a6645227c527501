"""Validation of submitted records: every problem is collected with the field it concerns."""
from __future__ import annotations

import re
from typing import Any

from ..models import LANGUAGES

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Checker:
    """Collects (field, message) pairs while reading a submitted dict."""

    def __init__(self, data: dict[str, Any], partial: bool = False):
        if not isinstance(data, dict):
            data = {}
            self.errors: list[tuple[str, str]] = [("", "expected an object of fields")]
        else:
            self.errors = []
        self.data = data
        self.partial = partial  # an update: absent fields stay as they are

    def has(self, name: str) -> bool:
        return name in self.data

    def error(self, field: str, message: str) -> None:
        self.errors.append((field, message))

    def text(self, name: str, max_length: int, required: bool = False) -> str | None:
        """Return the trimmed text of a field, or None if absent."""
        if name not in self.data:
            if required and not self.partial:
                self.error(name, "is required")
            return None
        value = self.data[name]
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.error(name, "must be text")
            return None
        value = value.strip()
        if required and not value:
            self.error(name, "must not be empty")
        elif len(value) > max_length:
            self.error(name, f"must be at most {max_length} characters, got {len(value)}")
            return None
        return value

    def trilingual(self, name: str, max_length: int, required: bool = False) -> dict[str, str] | None:
        """Return {lang: text} for kk/ru/en from ``{"kk": .., "ru": .., "en": ..}``, or None if absent."""
        if name not in self.data:
            if required and not self.partial:
                self.error(name, "is required in at least one of kk, ru, en")
            return None
        value = self.data[name] or {}
        if not isinstance(value, dict):
            self.error(name, "must be an object with kk, ru and en texts")
            return None
        unknown = sorted(set(value) - set(LANGUAGES))
        if unknown:
            self.error(f"{name}.{unknown[0]}", "is not a language of the catalogue (kk, ru, en)")
            return None
        result = {}
        for lang in LANGUAGES:
            text = value.get(lang) or ""
            if not isinstance(text, str):
                self.error(f"{name}.{lang}", "must be text")
                continue
            text = text.strip()
            if len(text) > max_length:
                self.error(f"{name}.{lang}", f"must be at most {max_length} characters, got {len(text)}")
            result[lang] = text
        if required and not any(result.values()):
            self.error(name, "is required in at least one of kk, ru, en")
        return result

    def integer(self, name: str, low: int, high: int) -> int | None:
        if name not in self.data or self.data[name] in (None, ""):
            return None
        value = self.data[name]
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            self.error(name, "must be a whole number")
            return None
        try:
            number = int(value)
        except ValueError:
            self.error(name, f"must be a whole number, got {str(value)[:40]!r}")
            return None
        if not low <= number <= high:
            self.error(name, f"must be between {low} and {high}, got {number}")
            return None
        return number

    def number(self, name: str, low: float, high: float) -> float | None:
        if name not in self.data or self.data[name] in (None, ""):
            return None
        value = self.data[name]
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.error(name, f"must be a number, got {str(value)[:40]!r}")
            return None
        if number != number or not low <= number <= high:
            self.error(name, f"must be between {low} and {high}, got {value}")
            return None
        return number

    def choice(self, name: str, choices: tuple[str, ...], default: str | None = None) -> str | None:
        if name not in self.data or self.data[name] in (None, ""):
            return None if self.partial else default
        value = self.data[name]
        if value not in choices:
            self.error(name, f"must be one of {', '.join(choices)}, got {str(value)[:40]!r}")
            return None
        return value

    def url(self, name: str, prefixes: tuple[str, ...] | None = None, what: str = "an http(s) URL") -> str | None:
        value = self.text(name, 500)
        if not value:
            return value
        if not _URL.match(value) or (prefixes and not value.startswith(prefixes)):
            self.error(name, f"must be {what}, got {value[:60]!r}")
            return None
        return value

    def email(self, name: str) -> str | None:
        value = self.text(name, 200)
        if value and not _EMAIL.match(value):
            self.error(name, f"must be an e-mail address, got {value[:60]!r}")
            return None
        return value

    def codes(self, name: str) -> list[str] | None:
        if name not in self.data:
            return None
        value = self.data[name] or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(name, "must be a list of codes")
            return None
        return list(dict.fromkeys(v.strip() for v in value if v.strip()))


def set_trilingual(obj, field: str, values: dict[str, str] | None) -> None:
    """Set the kk/ru/en columns of a field from a checked {lang: text} map."""
    if values is None:
        return
    for lang in LANGUAGES:
        setattr(obj, f"{field}_{lang}", values.get(lang, ""))
