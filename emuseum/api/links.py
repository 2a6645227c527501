"""Absolute URLs the API hands out: its own records, the public pages and media files."""
from __future__ import annotations

from typing import Any

from flask import current_app, request, url_for

from ..models import LANGUAGES, MediaRecord
from ..services.pagination import Page


class Urls:
    """Builds absolute URLs from ``app.base_url``, else from the URL of the current request."""

    def __init__(self) -> None:
        base = current_app.config["EMUSEUM"]["app.base_url"].rstrip("/")
        self.root = base or request.url_root.rstrip("/")

    def path(self, path: str) -> str:
        """Return the absolute URL of a path of the site ("/kk/exhibits/1")."""
        return self.root + path

    def api(self, endpoint: str, **values: Any) -> str:
        """Return the absolute URL of an API endpoint; values become path parts and query parameters."""
        path = url_for(endpoint, **values)
        # url_for prefixes the script root, which self.root already carries.
        if request.script_root and path.startswith(request.script_root):
            path = path[len(request.script_root):]
        return self.root + path

    def pages(self, path: str) -> dict[str, str]:
        """Return {language: absolute URL} of a public page given without its language ("exhibits/12")."""
        return {lang: f"{self.root}/{lang}/{path}" for lang in LANGUAGES}

    def media(self, record: MediaRecord) -> dict[str, str | None]:
        """Return the URLs of a media file; thumbnails exist only for images whose derivatives are made."""
        derived = record.kind == "image" and record.status == "ready"
        base = f"{self.root}/media/{record.id}"
        return {"thumb": f"{base}/thumb.jpg" if derived else None,
                "display": f"{base}/display.jpg" if derived else None,
                "original": f"{base}/original"}

    def page_links(self, page: Page, filters: dict[str, str]) -> dict[str, str | None]:
        """Return the self, first, last, next and previous URLs of a page of a list, filters kept."""
        endpoint = request.endpoint

        def at(number: int) -> str:
            return self.api(endpoint, **filters, page=number, size=page.size)

        return {
            "self": at(page.page),
            "first": at(1),
            "last": at(page.pages),
            "next": at(page.page + 1) if page.page < page.pages else None,
            # From past the end, "previous" leads back to the last page that has items.
            "prev": at(min(page.page - 1, page.pages)) if page.page > 1 else None,
        }
