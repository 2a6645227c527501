"""The IIIF Presentation 3 Manifest of an exhibit, and the small resources it shares with collections.

A Manifest has one Canvas per image, painted with the full image and its IIIF Image API 3
service, then one Canvas per 3D model, painted with a binary glTF body of type "Model". Canvas,
annotation page and annotation ids live under the manifest's URL:
``{manifest}/canvas/{n}``, ``{manifest}/canvas/{n}/page/1``, ``{manifest}/canvas/{n}/annotation/1``,
with n counting from 1 over images first, then models; with ``stable_canvas_ids`` n is the
image's or model's own id instead, so a Canvas keeps its id when media are added or reordered.
"""
from __future__ import annotations

import mimetypes
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from iiif_prezi3 import (Annotation, AnnotationBody, AnnotationPage, Canvas, Class, Homepage,
                         KeyValueString, LinkedResource, Manifest, Provider, ServiceV3)

from .records import AgentInput, ExhibitInput, ImageInput, LangMap, ModelInput

# Presentation 3 says a 3D model's painting annotation has a body of type "Model"; binary glTF
# is the one format our viewer and the media pipeline both produce.
MODEL_FORMAT = "model/gltf-binary"
# A Canvas must have a size, and a model has none of its own; a square keeps the aspect of the
# viewer's default 3D stage when the model has no preview to borrow one from.
MODEL_CANVAS_SIDE = 1000

# The rights property admits only these vocabularies, whose URIs are defined with http.
_RIGHTS = re.compile(
    r"^https?://(creativecommons\.org/(licenses|publicdomain)|rightsstatements\.org/vocab)/\S+$"
)


def language_map(texts: LangMap) -> dict[str, list[str]] | None:
    """Return the IIIF language map of the languages that have text, or None if none has."""
    found = {lang: [text.strip()] for lang, text in texts.items() if text and text.strip()}
    return found or None


def label_or(texts: LangMap, fallback: str) -> dict[str, list[str]]:
    """Return the language map of a label, or ``{"none": [fallback]}`` when no language has text.

    Labels are required on Manifests, Collections and references; an untitled exhibit must still
    show something in a viewer, and a language-neutral identifier says more than a dash.
    """
    return language_map(texts) or {"none": [fallback]}


def rights_uri(uri: str) -> str | None:
    """Return the rights URI in its canonical http form, or None if IIIF does not admit it.

    Creative Commons and RightsStatements.org define their URIs with http; the https spelling
    people copy from a browser is the same licence, but the official schema refuses it.
    """
    uri = (uri or "").strip()
    if not _RIGHTS.match(uri):
        return None
    return "http://" + uri.split("://", 1)[1]


def image_format(url: str) -> str | None:
    """Return the media type of an image URL guessed from its extension, or None."""
    guessed, _ = mimetypes.guess_type(urlsplit(url).path)
    return guessed if guessed and guessed.startswith("image/") else None


def image_resource(url: str, width: int | None = None, height: int | None = None) -> AnnotationBody:
    """Return a static Image resource (for a thumbnail, a logo or a preview)."""
    return AnnotationBody(id=url, type="Image", format=image_format(url), width=width, height=height)


def thumbnail(url: str | None, width: int | None = None, height: int | None = None) -> list | None:
    """Return the thumbnail list of one image URL, or None when there is no URL."""
    return [image_resource(url, width, height)] if url else None


def provider_of(agent: AgentInput) -> Provider:
    """Return the Agent of a museum with its homepage and, if it has one, its logo."""
    label = label_or(agent.label, agent.homepage)
    return Provider(
        id=agent.id,
        label=label,
        homepage=[Homepage(id=agent.homepage, type="Text", label=label, format="text/html")],
        logo=thumbnail(agent.logo_url),
    )


def collection_refs(collections: Sequence[tuple[str, LangMap]]) -> list[Class] | None:
    """Return references to the Collections something belongs to, or None if it belongs to none."""
    refs = [Class(id=url, type="Collection", label=label_or(label, url)) for url, label in collections]
    return refs or None


def build_manifest(exhibit: ExhibitInput, *, stable_canvas_ids: bool = False) -> Manifest:
    """Return the IIIF Presentation 3 Manifest of an exhibit.

    With ``stable_canvas_ids`` each Canvas is named by its image's or model's id, which must then be
    unique across both (annotations made elsewhere target Canvas ids, so these must not move).
    """
    label = label_or(exhibit.label, str(exhibit.id))
    media = [(_image_canvas, image) for image in exhibit.images]
    media += [(_model_canvas, model) for model in exhibit.models]
    keys = [item.id for _make, item in media] if stable_canvas_ids else range(1, len(media) + 1)
    if len(set(keys)) != len(media):
        raise ValueError(f"image and model ids must be unique to name canvases: {sorted(keys)}")
    base = exhibit.manifest_url.rstrip("/")
    canvases = [make(f"{base}/canvas/{key}", item) for key, (make, item) in zip(keys, media)]
    return Manifest(
        id=exhibit.manifest_url,
        label=label,
        summary=language_map(exhibit.summary),
        metadata=_metadata(exhibit.metadata),
        requiredStatement=_key_value(exhibit.required_statement),
        rights=rights_uri(exhibit.rights),
        provider=[provider_of(exhibit.provider)] if exhibit.provider else None,
        thumbnail=thumbnail(exhibit.thumbnail_url),
        homepage=[Homepage(id=exhibit.homepage_url, type="Text", label=label, format="text/html")]
        if exhibit.homepage_url else None,
        seeAlso=[LinkedResource(id=exhibit.record_url, type="Dataset", format="application/json")]
        if exhibit.record_url else None,
        partOf=collection_refs(exhibit.part_of),
        items=canvases,
    )


def _key_value(pair: tuple[LangMap, LangMap] | None) -> KeyValueString | None:
    # A pair without a value says nothing; one without a label cannot be shown, so both go.
    if pair is None:
        return None
    label, value = language_map(pair[0]), language_map(pair[1])
    return KeyValueString(label=label, value=value) if label and value else None


def _metadata(pairs: Sequence[tuple[LangMap, LangMap]]) -> list[KeyValueString] | None:
    entries = [entry for entry in map(_key_value, pairs) if entry is not None]
    return entries or None


def _painted(canvas_url: str, body: AnnotationBody) -> list[AnnotationPage]:
    # One page with one painting annotation: the simplest shape every viewer understands.
    annotation = Annotation(id=f"{canvas_url}/annotation/1", motivation="painting", body=body, target=canvas_url)
    return [AnnotationPage(id=f"{canvas_url}/page/1", items=[annotation])]


def _image_canvas(canvas_url: str, image: ImageInput) -> Canvas:
    service_url = image.service_url.rstrip("/")
    body = AnnotationBody(
        id=f"{service_url}/full/max/0/default.jpg",
        type="Image",
        format="image/jpeg",
        width=image.width,
        height=image.height,
        service=[ServiceV3(id=service_url, type="ImageService3", profile="level2")],
    )
    return Canvas(
        id=canvas_url,
        label=language_map(image.label),
        width=image.width,
        height=image.height,
        thumbnail=thumbnail(image.thumbnail_url),
        items=_painted(canvas_url, body),
    )


def _model_canvas(canvas_url: str, model: ModelInput) -> Canvas:
    has_size = bool(model.preview_width and model.preview_height)
    width = model.preview_width if has_size else MODEL_CANVAS_SIDE
    height = model.preview_height if has_size else MODEL_CANVAS_SIDE
    body = AnnotationBody(id=model.url, type="Model", format=MODEL_FORMAT)
    return Canvas(
        id=canvas_url,
        label=language_map(model.label),
        width=width,
        height=height,
        thumbnail=thumbnail(model.preview_url, model.preview_width, model.preview_height),
        items=_painted(canvas_url, body),
    )
