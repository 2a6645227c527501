"""IIIF Presentation 3 Collections: a plain list of members, and a paged one for thousands.

Presentation 3 has no paging of Collections (only AnnotationCollections have first/next), and a
museum's collection can hold tens of thousands of exhibits, too many for one document a viewer
loads at once. So a large collection is published as a Collection of Collections:

- the top Collection, at the collection's own URL, lists one sub-Collection per page by
  reference, labelled with the collection's label and the range it holds, e.g. "Алтын (1–1000)";
- each page Collection, at its own URL, lists that page's members and says it is ``partOf``
  the top Collection.

Every viewer that can browse nested Collections (Mirador, Universal Viewer) can browse this,
with no extension to the specification.
"""
from __future__ import annotations

from collections.abc import Sequence

from iiif_prezi3 import Collection, CollectionRef, ManifestRef

from .build import collection_refs, label_or, language_map, provider_of, thumbnail
from .records import AgentInput, CollectionMember, LangMap


def build_collection(
    id_url: str,
    label: LangMap,
    items: Sequence[CollectionMember | tuple],
    summary: LangMap | None = None,
    provider: AgentInput | None = None,
    part_of: Sequence[tuple[str, LangMap]] = (),
) -> Collection:
    """Return a Collection that lists its Manifests and sub-Collections by reference.

    ``items`` are :class:`CollectionMember` or plain ``(url, label, kind, thumbnail_url)``
    tuples; ``part_of`` holds the (URL, label) of the Collections this one belongs to.
    """
    return Collection(
        id=id_url,
        label=label_or(label, id_url),
        summary=language_map(summary or {}),
        provider=[provider_of(provider)] if provider else None,
        partOf=collection_refs(part_of),
        items=[_reference(CollectionMember(*member)) for member in items],
    )


def page_count(total: int, page_size: int) -> int:
    """Return how many pages ``total`` members fill at ``page_size`` members a page."""
    return -(-total // page_size)


def build_paged_collection(
    id_url: str,
    label: LangMap,
    total: int,
    page_size: int,
    page: int,
    items: Sequence[CollectionMember | tuple],
    page_url_template: str,
    summary: LangMap | None = None,
    provider: AgentInput | None = None,
) -> Collection:
    """Return page ``page`` of a large Collection, or with ``page=0`` the top Collection of its pages.

    ``page_url_template`` gives a page's URL with ``{page}`` in it (``.../collection/7/page/{page}``).
    For the top Collection ``items`` is ignored; for a page it holds that page's members, at most
    ``page_size`` of them.

    Raises ValueError naming the parameter when the template, total, page_size, page or items do not fit.
    """
    if "{page}" not in page_url_template:
        raise ValueError(f"page_url_template must contain {{page}}: {page_url_template!r}")
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, not {page_size}")
    if total < 0:
        raise ValueError(f"total must not be negative, not {total}")
    pages = page_count(total, page_size)
    if not 0 <= page <= pages:
        raise ValueError(f"page must be between 0 and {pages}, not {page}")

    if page == 0:
        parts = [
            CollectionMember(
                page_url_template.format(page=n),
                _range_label(label, *_page_range(n, page_size, total)),
                "Collection",
            )
            for n in range(1, pages + 1)
        ]
        return build_collection(id_url, label, parts, summary, provider)

    if len(items) > page_size:
        raise ValueError(f"items holds {len(items)} members, more than page_size {page_size}")
    first, last = _page_range(page, page_size, total)
    return build_collection(
        page_url_template.format(page=page),
        _range_label(label, first, last),
        items,
        summary,
        provider,
        part_of=[(id_url, label)],
    )


def _reference(member: CollectionMember) -> ManifestRef | CollectionRef:
    if member.kind not in ("Manifest", "Collection"):
        raise ValueError(f"member kind must be 'Manifest' or 'Collection', not {member.kind!r} ({member.url})")
    reference = ManifestRef if member.kind == "Manifest" else CollectionRef
    return reference(
        id=member.url,
        type=member.kind,
        label=label_or(member.label, member.url),
        thumbnail=thumbnail(member.thumbnail_url),
    )


def _page_range(page: int, page_size: int, total: int) -> tuple[int, int]:
    # 1-based positions of a page's first and last member, as a person counts them.
    return (page - 1) * page_size + 1, min(page * page_size, total)


def _range_label(label: LangMap, first: int, last: int) -> LangMap:
    # Numbers need no translation, so every language of the collection's label gets the range.
    span = f"{first}–{last}"
    named = {lang: f"{text.strip()} ({span})" for lang, text in label.items() if text and text.strip()}
    return named or {"none": span}
