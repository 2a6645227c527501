"""Page parameters and pages of results, shared by pages, API and CLI."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Sequence, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .errors import InvalidParameter

T = TypeVar("T")


@dataclass(frozen=True)
class PageRequest:
    page: int = 1
    size: int = 20

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


def page_request(page: str | int | None, size: str | int | None, default_size: int, max_size: int) -> PageRequest:
    """Return validated page parameters; a bad value raises InvalidParameter naming it."""
    def number(name: str, raw, default: int) -> int:
        if raw is None or raw == "":
            return default
        try:
            value = int(str(raw))
        except ValueError:
            raise InvalidParameter(f"{name} must be a whole number, got {str(raw)[:40]!r}", name) from None
        if value < 1:
            raise InvalidParameter(f"{name} must be 1 or more, got {value}", name)
        return value

    page_no = number("page", page, 1)
    page_size = number("size", size, default_size)
    if page_size > max_size:
        raise InvalidParameter(f"size must be at most {max_size}, got {page_size}", "size")
    if page_no > 1_000_000:
        raise InvalidParameter(f"page must be at most 1000000, got {page_no}", "page")
    return PageRequest(page_no, page_size)


@dataclass(frozen=True)
class Page(Generic[T]):
    items: Sequence[T]
    total: int
    request: PageRequest

    @property
    def page(self) -> int:
        return self.request.page

    @property
    def size(self) -> int:
        return self.request.size

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def paginate(session: Session, query: Select, request: PageRequest) -> Page:
    """Return one page of the query's rows and the total count of rows."""
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    items = list(session.scalars(query.limit(request.size).offset(request.offset)).unique())
    return Page(items, total, request)
