"""IIIF Presentation 3 documents of the public catalogue: each exhibit's Manifest and the Collections above them.

What the public may see decides what is published: an exhibit has a Manifest when it is public
(exhibits.is_public: published, in an active museum) and has something to show, a ready image or a
ready 3D model, since Presentation 3 requires a Manifest to have at least one Canvas. Collections:

- national: the regions that have an active museum, each a Collection of its museums;
- museums: every active museum's Collection;
- region: the active museums of one region;
- museum: its presentable exhibits' Manifests by reference, oldest first (so new exhibits fall on
  the last page), paged as manifests.build_paged_collection describes when they are many.

Building a Manifest with iiif-prezi3 costs about a millisecond (its models validate every part), so
finished documents are kept per process, keyed by a digest of everything they are built from: the
builder's input holds every text, URL and size that reaches the document, so an edit changes the
key and is served at once, and no cached document can be stale.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from flask import current_app
from flask_babel import force_locale, lazy_gettext as _l
from iiif_prezi3 import Base
from PIL import Image
from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from manifests import (AgentInput, CollectionMember, ExhibitInput, ImageInput, LangMap, ModelInput,
                       build_collection, build_manifest, build_paged_collection, to_text)
from manifests.collections import page_count
from media.models3d.pipeline import PREVIEW, WEB_GLB

from ..i18n import localized
from ..models import LANGUAGES, Exhibit, MediaRecord, Museum, Region, State, texts
from ..public.display import dating, dimensions, exhibit_role
from .errors import NotFound
from .exhibits import get_exhibit
from .identity import PUBLIC

# A museum's Collection lists this many Manifests a page; one Collection document then stays under ~100 KB.
COLLECTION_PAGE_SIZE = 250
CACHE_ENTRIES = 4096
MEASURES = ("height", "width", "depth", "diameter", "weight")  # what public.display.dimensions reads
EXTENSION = "emuseum.presentation"

# Words of the documents, in all three languages at once (a Manifest serves every visitor).
WORDS = {
    "catalogue": _l("E-museum of Kazakhstan"),
    "catalogue_summary": _l("The national catalogue of museum collections of the Republic of Kazakhstan."),
    "museums": _l("Museums"),
    "provided_by": _l("Provided by"),
    "model": _l("3D model"),
    "object_type": _l("Object type"),
    "materials": _l("Materials"),
    "techniques": _l("Techniques"),
    "dating": _l("Dating"),
    "culture": _l("Culture"),
    "place": _l("Place"),
    "inventory_number": _l("Inventory number"),
    "museum": _l("Museum"),
    "credit_line": _l("Credit line"),
}
WORDED_ENTRIES = 50_000
_worded: dict[tuple, Any] = {}
T = TypeVar("T")


@dataclass(frozen=True)
class Document:
    """A finished JSON-LD document: its UTF-8 body and an entity tag computed from it."""

    body: bytes
    etag: str


class Links:
    """Absolute URLs of the documents and of what they point to, on one site root.

    The paths mirror the routes of emuseum.iiif.presentation, emuseum.public and emuseum.api; the
    tests follow every link of a whole demo catalogue, so a path written wrong here fails there.
    Formatting strings is several times cheaper than url_for, and a Collection page holds hundreds.
    """

    def __init__(self, root: str):
        self.root = root.rstrip("/")
        self.presentation = f"{self.root}/iiif/presentation"

    def manifest(self, exhibit_id: int) -> str:
        return f"{self.presentation}/exhibits/{exhibit_id}/manifest"

    def national(self) -> str:
        return f"{self.presentation}/collections/national"

    def museums(self) -> str:
        return f"{self.presentation}/collections/museums"

    def region(self, code: str) -> str:
        return f"{self.presentation}/collections/regions/{code}"

    def museum(self, museum_id: int) -> str:
        return f"{self.presentation}/collections/museums/{museum_id}"

    def museum_page_template(self, museum_id: int) -> str:
        return f"{self.museum(museum_id)}/page/{{page}}"

    def exhibit_page(self, exhibit_id: int) -> str:
        # One homepage, the Kazakh page: the state language's page links to the other two.
        return f"{self.root}/kk/exhibits/{exhibit_id}"

    def museum_page(self, slug: str) -> str:
        return f"{self.root}/kk/museums/{quote(slug)}"

    def exhibit_record(self, exhibit_id: int) -> str:
        return f"{self.root}/api/exhibits/{exhibit_id}"

    def museum_logo(self, slug: str) -> str:
        return f"{self.root}/media/museums/{quote(slug)}/logo.png"

    def museum_record(self, slug: str) -> str:
        return f"{self.root}/api/museums/{quote(slug)}"

    def image_service(self, identifier: str) -> str:
        return f"{self.root}/iiif/3/{quote(identifier, safe='')}"

    def thumbnail(self, media_id: int) -> str:
        return f"{self.root}/media/{media_id}/thumb.jpg"

    def original(self, media_id: int) -> str:
        return f"{self.root}/media/{media_id}/original"

    def derivative(self, media_id: int, name: str) -> str:
        return f"{self.root}/media/{media_id}/{name}"


# ------------------------------------------------------------------ what is presented

def _image_order(media: MediaRecord) -> tuple:
    # As the exhibit page shows them: the primary image first, then by position.
    return (not media.is_primary, media.position, media.id)


def presentable_media(exhibit: Exhibit) -> tuple[list[MediaRecord], list[MediaRecord]]:
    """Return the exhibit's images and 3D models a Manifest shows: ready, images measured, in page order."""
    images = sorted((m for m in exhibit.media if m.kind == "image" and m.status == "ready" and m.width and m.height),
                    key=_image_order)
    models = sorted((m for m in exhibit.media if m.kind == "model" and m.status == "ready"),
                    key=lambda m: (m.position, m.id))
    return images, models


def _presentable_sql():
    """Return the SQL condition of presentable_media: the exhibit has a ready, measured image or a ready model."""
    return exists().where(
        MediaRecord.exhibit_id == Exhibit.id, MediaRecord.status == "ready",
        or_(MediaRecord.kind == "model",
            and_(MediaRecord.kind == "image", MediaRecord.width.is_not(None), MediaRecord.height.is_not(None))))


def has_manifest(exhibit: Exhibit) -> bool:
    """Return whether the public exhibit has a Manifest (something ready to show); the caller checks it is public."""
    images, models = presentable_media(exhibit)
    return bool(images or models)


# ------------------------------------------------------------------ words in three languages

def in_languages(make: Callable[[], T]) -> dict[str, T]:
    """Return {language: make()} with the interface switched to each language in turn."""
    result = {}
    for lang in LANGUAGES:
        with force_locale(lang):
            result[lang] = make()
    return result


def words(key: str) -> LangMap:
    """Return one of WORDS as a language map, translated once per process."""
    return worded(("word", key), lambda: str(WORDS[key]))


def worded(key: tuple, make: Callable[[], T]) -> dict[str, T]:
    """Return in_languages(make), remembered under ``key`` (what make's result depends on) for this process.

    Switching the locale and formatting numbers with Babel is most of the cost of a Manifest's input:
    the same heights, years and roles recur across a catalogue, so each is put into words once.
    """
    found = _worded.get(key)
    if found is None:
        if len(_worded) >= WORDED_ENTRIES:
            _worded.clear()
        found = _worded[key] = in_languages(make)
    return found


def _first_paragraph(texts_by_lang: LangMap) -> LangMap:
    # A summary is a line or two; a description can run to pages.
    return {lang: text.strip().split("\n\n", 1)[0].strip() for lang, text in texts_by_lang.items()}


def _terms(terms: Sequence) -> LangMap:
    return {lang: ", ".join(localized(term, "label", lang).text for term in terms) for lang in LANGUAGES}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _metadata(exhibit: Exhibit) -> list[tuple[LangMap, LangMap]]:
    """Return the exhibit's fields as (label, value) language maps, in the order of its page."""
    pairs: list[tuple[LangMap, LangMap]] = []
    if exhibit.object_type:
        pairs.append((words("object_type"), texts(exhibit.object_type, "label")))
    if exhibit.materials:
        pairs.append((words("materials"), _terms(exhibit.materials)))
    if exhibit.techniques:
        pairs.append((words("techniques"), _terms(exhibit.techniques)))
    when = texts(exhibit, "dating") or worded(("years", exhibit.earliest_year, exhibit.latest_year),
                                              lambda: dating(exhibit, "en").text)
    pairs.append((words("dating"), when))
    pairs.append((words("culture"), texts(exhibit, "culture")))
    pairs.append((words("place"), texts(exhibit, "place")))
    sizes = ("sizes", exhibit.length_unit, exhibit.weight_unit) + tuple(getattr(exhibit, name) for name in MEASURES)
    measured = worded(sizes, lambda: dimensions(exhibit))
    for row in range(len(measured["kk"])):
        pairs.append(({lang: measured[lang][row][0] for lang in LANGUAGES},
                      {lang: measured[lang][row][1] for lang in LANGUAGES}))
    for link in exhibit.people:
        role = worded(("role", link.role), lambda: _capitalised(exhibit_role(link.role).label))
        pairs.append((role, texts(link.person, "name")))
    pairs.append((words("inventory_number"), {"none": exhibit.inventory_number}))
    pairs.append((words("museum"), texts(exhibit.museum, "name")))
    pairs.append((words("credit_line"), texts(exhibit, "credit_line")))
    return pairs  # the builder leaves out pairs without a value


def museum_agent(museum: Museum, links: Links) -> AgentInput:
    """Return the museum as the provider of its exhibits and Collection."""
    return AgentInput(id=links.museum_record(museum.slug), label=texts(museum, "name"),
                      homepage=links.museum_page(museum.slug),
                      logo_url=links.museum_logo(museum.slug) if museum.logo_sha256 else None)


def _model_input(model: MediaRecord, links: Links) -> ModelInput:
    """Return a 3D model as the Manifest shows it: the 3D pipeline's web GLB and its rendered preview."""
    derivatives = current_app.extensions["emuseum.derivatives"]
    # A model made ready before the pipeline made web versions has only its original (always GLB then).
    url = links.derivative(model.id, WEB_GLB) if derivatives.path(model.sha256, WEB_GLB).is_file() \
        else links.original(model.id)
    preview = derivatives.path(model.sha256, PREVIEW)
    size = _image_size(preview)
    return ModelInput(id=model.id, url=url, label=texts(model, "alt") or words("model"),
                      preview_url=links.derivative(model.id, PREVIEW) if size else None,
                      preview_width=size[0] if size else None, preview_height=size[1] if size else None)


def _image_size(path: Path) -> tuple[int, int] | None:
    """Return the width and height an image file's header gives, or None without a readable file."""
    try:
        with Image.open(path) as image:  # reads the header only
            return image.size
    except (OSError, ValueError):
        return None


def exhibit_input(exhibit: Exhibit, links: Links) -> ExhibitInput:
    """Return everything the exhibit's Manifest says, from the exhibit loaded with its museum, terms, people, media."""
    images, models = presentable_media(exhibit)
    museum = exhibit.museum
    names = texts(museum, "name")
    image_inputs = tuple(
        ImageInput(id=m.id, service_url=links.image_service(m.identifier), width=m.width, height=m.height,
                   label=texts(m, "alt"), thumbnail_url=links.thumbnail(m.id))
        for m in images)
    model_inputs = tuple(_model_input(m, links) for m in models)
    return ExhibitInput(
        id=exhibit.id,
        manifest_url=links.manifest(exhibit.id),
        homepage_url=links.exhibit_page(exhibit.id),
        record_url=links.exhibit_record(exhibit.id),
        label=texts(exhibit, "title"),
        summary=_first_paragraph(texts(exhibit, "description")),
        metadata=tuple(_metadata(exhibit)),
        required_statement=(words("provided_by"), names),
        rights=exhibit.rights or "",
        provider=museum_agent(museum, links),
        part_of=((links.museum(museum.id), names),),
        images=image_inputs,
        models=model_inputs,
        thumbnail_url=image_inputs[0].thumbnail_url if image_inputs else None,
    )


# ------------------------------------------------------------------ documents

class DocumentCache:
    """Finished documents of one process, least recently used dropped first, keyed by what they are built from."""

    def __init__(self, entries: int = CACHE_ENTRIES):
        self.entries = entries
        self._documents: OrderedDict[bytes, Document] = OrderedDict()
        self._lock = threading.Lock()

    def document(self, source: Any, build: Callable[[], Base]) -> Document:
        """Return the document built from ``source`` (any value whose repr says all of it), building it if new."""
        key = hashlib.blake2b(repr(source).encode("utf-8"), digest_size=20).digest()
        with self._lock:
            found = self._documents.get(key)
            if found is not None:
                self._documents.move_to_end(key)
                return found
        body = to_text(build()).encode("utf-8")
        found = Document(body, hashlib.blake2b(body, digest_size=16).hexdigest())
        with self._lock:
            self._documents[key] = found
            while len(self._documents) > self.entries:
                self._documents.popitem(last=False)
        return found

    def clear(self) -> None:
        with self._lock:
            self._documents.clear()


def document_cache() -> DocumentCache:
    """Return this application's document cache."""
    cache = current_app.extensions.get(EXTENSION)
    if cache is None:
        cache = current_app.extensions.setdefault(EXTENSION, DocumentCache())
    return cache


def manifest_document(exhibit: ExhibitInput) -> Document:
    """Return the Manifest of an exhibit's input, from the cache when it was built from the same input."""
    return document_cache().document(exhibit, lambda: build_manifest(exhibit, stable_canvas_ids=True))


def manifest_ids(session: Session) -> list[int]:
    """Return the ids of every exhibit that has a Manifest, in id order."""
    return list(session.scalars(
        select(Exhibit.id).join(Exhibit.museum)
        .where(Exhibit.state == State.PUBLISHED.value, Museum.is_active.is_(True), _presentable_sql())
        .order_by(Exhibit.id)))


def manifest(session: Session, exhibit_id: int, links: Links) -> Document:
    """Return the Manifest of a public exhibit; one not public, or with nothing ready to show, is NotFound."""
    exhibit = get_exhibit(session, PUBLIC, exhibit_id)
    if not has_manifest(exhibit):
        raise NotFound(f"exhibit {exhibit_id} has no image or 3D model ready to show", "exhibit")
    return manifest_document(exhibit_input(exhibit, links))


def _collection(source: tuple, build: Callable[[], Base]) -> Document:
    return document_cache().document(("collection", *source), build)


def _active_museums(session: Session, region_code: str | None = None) -> list[Museum]:
    query = (select(Museum).join(Museum.region).where(Museum.is_active.is_(True))
             .order_by(Region.position, Museum.name_kk, Museum.id))
    if region_code is not None:
        query = query.where(Region.code == region_code)
    return list(session.scalars(query))


def _museum_members(museums: Iterable[Museum], links: Links) -> tuple[CollectionMember, ...]:
    return tuple(CollectionMember(links.museum(m.id), texts(m, "name"), "Collection") for m in museums)


def national_collection(session: Session, links: Links) -> Document:
    """Return the national Collection: one Collection per region that has an active museum."""
    regions = session.scalars(
        select(Region).where(exists().where(Museum.region_id == Region.id, Museum.is_active.is_(True)))
        .order_by(Region.position, Region.code)).all()
    members = tuple(CollectionMember(links.region(r.code), texts(r, "name"), "Collection") for r in regions)
    source = (links.national(), words("catalogue"), members, words("catalogue_summary"))
    return _collection(source, lambda: build_collection(*source))


def museums_collection(session: Session, links: Links) -> Document:
    """Return the Collection of every active museum's Collection, in the order of the museum directory."""
    source = (links.museums(), words("museums"), _museum_members(_active_museums(session), links),
              words("catalogue_summary"), None, ((links.national(), words("catalogue")),))
    return _collection(source, lambda: build_collection(*source))


def region_collection(session: Session, code: str, links: Links) -> Document:
    """Return a region's Collection of its active museums' Collections; an unknown code is NotFound."""
    region = session.scalar(select(Region).where(Region.code == code.upper()))
    if region is None or code != region.code:
        raise NotFound(f"no region {code[:20]!r}", "region")
    source = (links.region(region.code), texts(region, "name"),
              _museum_members(_active_museums(session, region.code), links), None, None,
              ((links.national(), words("catalogue")),))
    return _collection(source, lambda: build_collection(*source))


def museum_collection(session: Session, museum_id: int, links: Links, page: int = 0) -> Document:
    """Return a museum's Collection (page 0), or one page of its Manifests (page 1 and on).

    A museum whose Manifests fit on one page lists them in its Collection itself; past the last page
    is NotFound, as is a museum that is switched off.
    """
    museum = session.get(Museum, museum_id)
    if museum is None or not museum.is_active:
        raise NotFound(f"no museum {museum_id}", "museum")
    public = and_(Exhibit.museum_id == museum.id, Exhibit.state == State.PUBLISHED.value, _presentable_sql())
    total = session.scalar(select(func.count()).select_from(Exhibit).where(public)) or 0
    size = COLLECTION_PAGE_SIZE
    pages = page_count(total, size)
    if page > pages or (page == 1 and pages == 0):
        raise NotFound(f"museum {museum_id} has {pages} page(s) of exhibits, not {page}", "page")
    names = texts(museum, "name")
    summary = _first_paragraph(texts(museum, "description"))
    agent = museum_agent(museum, links)
    if page == 0 and pages <= 1:
        members = _manifest_members(session, public, 0, size, links)
        part_of = ((links.region(museum.region.code), texts(museum.region, "name")),
                   (links.museums(), words("museums")))
        source = (links.museum(museum.id), names, members, summary, agent, part_of)
        return _collection(source, lambda: build_collection(*source))
    members = _manifest_members(session, public, (page - 1) * size, size, links) if page else ()
    source = (links.museum(museum.id), names, total, size, page, members, links.museum_page_template(museum.id),
              summary, agent)
    return _collection(source, lambda: build_paged_collection(*source))


def _manifest_members(session: Session, condition, offset: int, limit: int,
                      links: Links) -> tuple[CollectionMember, ...]:
    """Return references to the Manifests of a page of exhibits, each with its primary image's thumbnail."""
    rows = session.execute(select(Exhibit.id, Exhibit.title_kk, Exhibit.title_ru, Exhibit.title_en)
                           .where(condition).order_by(Exhibit.id).offset(offset).limit(limit)).all()
    ids = [row.id for row in rows]
    thumbs: dict[int, tuple] = {}
    if ids:
        images = session.execute(
            select(MediaRecord.exhibit_id, MediaRecord.id, MediaRecord.is_primary, MediaRecord.position)
            .where(MediaRecord.exhibit_id.in_(ids), MediaRecord.kind == "image", MediaRecord.status == "ready",
                   MediaRecord.width.is_not(None), MediaRecord.height.is_not(None)))
        for exhibit_id, media_id, is_primary, position in images:
            order = (not is_primary, position, media_id)  # _image_order, on columns
            if exhibit_id not in thumbs or order < thumbs[exhibit_id]:
                thumbs[exhibit_id] = order
    members = []
    for row in rows:
        title = {lang: text for lang, text in zip(LANGUAGES, row[1:]) if text}
        thumb = thumbs.get(row.id)
        members.append(CollectionMember(links.manifest(row.id), title, "Manifest",
                                        links.thumbnail(thumb[2]) if thumb else None))
    return tuple(members)
