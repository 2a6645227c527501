"""Plain inputs of the IIIF builders, filled by the application from its database.

URLs are absolute and already public (the application builds them with its own routing); the
builders never invent a URL except canvas, annotation page and annotation ids, which they place
under the manifest's URL.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

LangMap = dict[str, str]
"""Language code ("kk", "ru", "en") to one text; languages without text may be left out or empty."""


@dataclass(frozen=True)
class ImageInput:
    """One image of an exhibit, served by a IIIF Image API 3 server."""

    id: int
    service_url: str  # the image's base URI, without /info.json
    width: int
    height: int
    label: LangMap = field(default_factory=dict)
    thumbnail_url: str | None = None


@dataclass(frozen=True)
class ModelInput:
    """One 3D model (binary glTF) of an exhibit, with an optional still preview."""

    id: int
    url: str
    label: LangMap = field(default_factory=dict)
    preview_url: str | None = None
    preview_width: int | None = None
    preview_height: int | None = None


@dataclass(frozen=True)
class AgentInput:
    """The museum that provides an exhibit or a collection."""

    id: str
    label: LangMap
    homepage: str
    logo_url: str | None = None


@dataclass(frozen=True)
class ExhibitInput:
    """Everything a Manifest says about one exhibit."""

    id: int
    manifest_url: str
    homepage_url: str  # the exhibit's public page
    record_url: str  # the exhibit's JSON record
    label: LangMap
    summary: LangMap = field(default_factory=dict)
    metadata: Sequence[tuple[LangMap, LangMap]] = ()  # (field name, value) pairs, in display order
    required_statement: tuple[LangMap, LangMap] | None = None  # attribution (label, value)
    rights: str = ""  # a Creative Commons or RightsStatements.org URI; anything else is left out
    provider: AgentInput | None = None
    part_of: Sequence[tuple[str, LangMap]] = ()  # (collection URL, collection label)
    images: Sequence[ImageInput] = ()
    models: Sequence[ModelInput] = ()
    thumbnail_url: str | None = None


class CollectionMember(NamedTuple):
    """One member of a Collection: a Manifest or a sub-Collection, given by reference."""

    url: str
    label: LangMap
    kind: Literal["Manifest", "Collection"] = "Manifest"
    thumbnail_url: str | None = None
