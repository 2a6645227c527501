"""Who is acting: the public, a member of a museum's staff, an administrator or the system."""
from __future__ import annotations

from dataclasses import dataclass

from .errors import PermissionDenied


@dataclass(frozen=True)
class Identity:
    name: str
    role: str | None = None  # None: the public; editor | curator | admin
    museum_id: int | None = None  # the museum a curator or editor works for

    @property
    def is_public(self) -> bool:
        return self.role is None

    def can_see_unpublished(self, museum_id: int) -> bool:
        """Return whether drafts and withdrawn exhibits of this museum are visible to this identity."""
        return self.role == "admin" or (self.role is not None and self.museum_id == museum_id)

    def can_edit(self, museum_id: int | None) -> bool:
        """Return whether this identity may change records of the museum (None: national records)."""
        if self.role == "admin":
            return True
        return self.role in ("editor", "curator") and museum_id is not None and self.museum_id == museum_id

    def can_publish(self, museum_id: int) -> bool:
        """Return whether this identity may publish or withdraw the museum's exhibits."""
        return self.role == "admin" or (self.role == "curator" and self.museum_id == museum_id)

    def require_edit(self, museum_id: int | None) -> None:
        if not self.can_edit(museum_id):
            raise PermissionDenied(f"{self.name} may not change records of this museum")


PUBLIC = Identity("public")
SYSTEM = Identity("system", "admin")
