"""The IIIF builders in ``manifests/``: schema-valid, round-trippable, trilingual documents.

Validation is what the official IIIF Presentation Validator does: a jsonschema Draft7Validator
over the official Presentation 3 schema, without format checking.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from iiif_prezi3 import Collection, Manifest
from jsonschema import Draft7Validator

from manifests import (AgentInput, CollectionMember, ExhibitInput, ImageInput, ModelInput,
                       build_collection, build_manifest, build_paged_collection, to_json, to_text)

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "shared" / "standards" / "iiif" / "presentation-3.0.schema.json"
VALIDATOR = Draft7Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))

SITE = "https://emuseum.kz"
MANIFEST_URL = f"{SITE}/iiif/exhibit/42/manifest"
TITLE = {"kk": "Алтын адам", "ru": "Золотой человек", "en": "Golden Man"}
MUSEUM_NAME = {"kk": "Қазақстан Республикасының Ұлттық музейі", "ru": "Национальный музей Республики Казахстан"}


def schema_errors(document: dict) -> list[str]:
    """Return the official schema's complaints about a document as "path: message" lines.

    The top level is a oneOf (Manifest, Collection, ...), so one fault is reported once against
    every alternative; the lines are the alternatives' own complaints.
    """
    messages = []
    for error in VALIDATOR.iter_errors(document):
        for inner in error.context or [error]:
            messages.append(f"{'/'.join(map(str, inner.absolute_path))}: {inner.message}")
    return messages


def museum() -> AgentInput:
    return AgentInput(
        id=f"{SITE}/museums/3",
        label={**MUSEUM_NAME, "en": ""},
        homepage=f"{SITE}/museums/3",
        logo_url=f"{SITE}/media/museums/3/logo.png",
    )


def exhibit(**changes) -> ExhibitInput:
    images = [
        ImageInput(
            id=n,
            service_url=f"{SITE}/iiif/3/image-{n}",
            width=4000 + n,
            height=3000 + n,
            label={"kk": f"{n}-сурет", "ru": f"Снимок {n}", "en": f"Photo {n}"},
            thumbnail_url=f"{SITE}/iiif/3/image-{n}/full/!400,400/0/default.jpg",
        )
        for n in (1, 2)
    ]
    model = ModelInput(
        id=9,
        url=f"{SITE}/media/models/9/golden-man.glb",
        label={"kk": "Үш өлшемді үлгі", "ru": "3D-модель", "en": "3D model"},
        preview_url=f"{SITE}/media/models/9/preview.jpg",
        preview_width=1200,
        preview_height=900,
    )
    base = ExhibitInput(
        id=42,
        manifest_url=MANIFEST_URL,
        homepage_url=f"{SITE}/exhibits/42",
        record_url=f"{SITE}/api/exhibits/42",
        label=TITLE,
        summary={"kk": "Сақ жауынгерінің алтын киімі.", "ru": "Золотое облачение сакского воина.", "en": ""},
        metadata=[
            ({"kk": "Түгендеу нөмірі", "ru": "Инвентарный номер", "en": "Inventory number"}, {"none": "КП-1234"}),
            ({"kk": "Материал", "ru": "Материал", "en": "Material"}, {"kk": "алтын", "ru": "золото", "en": "gold"}),
            ({"kk": "Кезең", "ru": "Период", "en": "Period"}, {"kk": "", "ru": "", "en": ""}),
        ],
        required_statement=(
            {"kk": "Дереккөз", "ru": "Источник", "en": "Attribution"},
            {"kk": "ҚР Ұлттық музейі", "ru": "Национальный музей РК", "en": "National Museum of Kazakhstan"},
        ),
        rights="https://creativecommons.org/licenses/by/4.0/",
        provider=museum(),
        part_of=[(f"{SITE}/iiif/collection/museum/3", {"kk": "Ұлттық музей", "ru": "Национальный музей", "en": ""})],
        images=images,
        models=[model],
        thumbnail_url=f"{SITE}/iiif/3/image-1/full/!400,400/0/default.jpg",
    )
    return replace(base, **changes)


@pytest.fixture
def manifest_json() -> dict:
    return to_json(build_manifest(exhibit()))


def test_manifest_validates_against_the_official_schema(manifest_json):
    assert schema_errors(manifest_json) == []
    assert list(manifest_json)[0] == "@context"
    assert manifest_json["@context"] == "http://iiif.io/api/presentation/3/context.json"
    assert manifest_json["type"] == "Manifest"


def test_the_schema_check_can_fail(manifest_json):
    # Guards the test above: the validator really looks inside canvases.
    del manifest_json["items"][0]["width"]
    assert "items/0: 'width' is a dependency of 'height'" in schema_errors(manifest_json)


def test_manifest_round_trips_through_iiif_prezi3():
    text = to_text(build_manifest(exhibit()))
    reloaded = Manifest(**json.loads(text))
    assert to_text(reloaded) == text


def test_manifest_carries_the_exhibit_texts_in_every_language_that_has_them(manifest_json):
    assert manifest_json["label"] == {"kk": ["Алтын адам"], "ru": ["Золотой человек"], "en": ["Golden Man"]}
    assert manifest_json["summary"] == {
        "kk": ["Сақ жауынгерінің алтын киімі."],
        "ru": ["Золотое облачение сакского воина."],
    }
    assert manifest_json["metadata"] == [
        {"label": {"kk": ["Түгендеу нөмірі"], "ru": ["Инвентарный номер"], "en": ["Inventory number"]},
         "value": {"none": ["КП-1234"]}},
        {"label": {"kk": ["Материал"], "ru": ["Материал"], "en": ["Material"]},
         "value": {"kk": ["алтын"], "ru": ["золото"], "en": ["gold"]}},
    ]
    assert manifest_json["requiredStatement"]["value"]["en"] == ["National Museum of Kazakhstan"]


def test_text_keeps_cyrillic_readable():
    text = to_text(build_manifest(exhibit()))
    assert '"kk": ["Алтын адам"]' in text
    assert "\\u04" not in text


def test_markup_in_a_title_is_kept_as_data():
    title = '<script>alert("x")</script> & <b>Алтын</b>'
    text = to_text(build_manifest(exhibit(label={"kk": title})))
    assert json.loads(text)["label"] == {"kk": [title]}
    # JSON escapes only the quotes; the markup stays as the curator typed it, for the viewer to treat as text.
    assert '"<script>alert(\\"x\\")</script> & <b>Алтын</b>"' in text


def test_untitled_exhibit_still_has_a_label():
    document = to_json(build_manifest(exhibit(label={"kk": "", "ru": "  ", "en": ""})))
    assert document["label"] == {"none": ["42"]}
    assert document["homepage"][0]["label"] == {"none": ["42"]}
    assert schema_errors(document) == []


def test_image_canvases_have_the_image_size_and_a_level2_image_service(manifest_json):
    first, second, _ = manifest_json["items"]
    assert (first["width"], first["height"]) == (4001, 3001)
    assert (second["width"], second["height"]) == (4002, 3002)
    assert first["id"] == f"{MANIFEST_URL}/canvas/1"
    page = first["items"][0]
    assert page["id"] == f"{MANIFEST_URL}/canvas/1/page/1"
    annotation = page["items"][0]
    assert annotation["id"] == f"{MANIFEST_URL}/canvas/1/annotation/1"
    assert annotation["motivation"] == "painting"
    assert annotation["target"] == first["id"]
    assert annotation["body"] == {
        "id": f"{SITE}/iiif/3/image-1/full/max/0/default.jpg",
        "type": "Image",
        "format": "image/jpeg",
        "width": 4001,
        "height": 3001,
        "service": [{"id": f"{SITE}/iiif/3/image-1", "type": "ImageService3", "profile": "level2"}],
    }
    assert first["label"] == {"kk": ["1-сурет"], "ru": ["Снимок 1"], "en": ["Photo 1"]}


def test_model_canvas_is_painted_with_binary_gltf_and_shows_its_preview(manifest_json):
    canvas = manifest_json["items"][2]
    assert canvas["id"] == f"{MANIFEST_URL}/canvas/3"
    assert (canvas["width"], canvas["height"]) == (1200, 900)
    assert canvas["items"][0]["items"][0]["body"] == {
        "id": f"{SITE}/media/models/9/golden-man.glb",
        "type": "Model",
        "format": "model/gltf-binary",
    }
    assert canvas["thumbnail"] == [
        {"id": f"{SITE}/media/models/9/preview.jpg", "type": "Image", "format": "image/jpeg",
         "width": 1200, "height": 900}
    ]


def test_model_without_preview_gets_a_square_canvas():
    document = to_json(build_manifest(exhibit(images=[], models=[ModelInput(id=1, url=f"{SITE}/m.glb")])))
    canvas = document["items"][0]
    assert (canvas["width"], canvas["height"]) == (1000, 1000)
    assert "thumbnail" not in canvas and "label" not in canvas
    assert schema_errors(document) == []


def test_manifest_links_provider_homepage_record_and_collections(manifest_json):
    name = {lang: [text] for lang, text in MUSEUM_NAME.items()}
    assert manifest_json["provider"] == [{
        "id": f"{SITE}/museums/3",
        "type": "Agent",
        "label": name,
        "homepage": [{"id": f"{SITE}/museums/3", "type": "Text", "label": name, "format": "text/html"}],
        "logo": [{"id": f"{SITE}/media/museums/3/logo.png", "type": "Image", "format": "image/png"}],
    }]
    assert manifest_json["homepage"] == [
        {"id": f"{SITE}/exhibits/42", "type": "Text", "label": manifest_json["label"], "format": "text/html"}
    ]
    assert manifest_json["seeAlso"] == [
        {"id": f"{SITE}/api/exhibits/42", "type": "Dataset", "format": "application/json"}
    ]
    assert manifest_json["partOf"] == [
        {"id": f"{SITE}/iiif/collection/museum/3", "type": "Collection",
         "label": {"kk": ["Ұлттық музей"], "ru": ["Национальный музей"]}}
    ]
    assert manifest_json["thumbnail"] == [
        {"id": f"{SITE}/iiif/3/image-1/full/!400,400/0/default.jpg", "type": "Image", "format": "image/jpeg"}
    ]


@pytest.mark.parametrize(
    ("given", "published"),
    [
        ("https://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by/4.0/"),
        ("http://creativecommons.org/publicdomain/zero/1.0/", "http://creativecommons.org/publicdomain/zero/1.0/"),
        ("http://rightsstatements.org/vocab/InC/1.0/", "http://rightsstatements.org/vocab/InC/1.0/"),
        ("https://example.org/our-licence", None),
        ("All rights reserved", None),
        ("", None),
    ],
)
def test_rights_are_published_only_from_the_admitted_vocabularies(given, published):
    document = to_json(build_manifest(exhibit(rights=given)))
    assert document.get("rights") == published
    assert schema_errors(document) == []


def test_the_official_schema_refuses_https_creative_commons(manifest_json):
    # Why rights_uri rewrites https to http: the schema's patterns name the http URIs only.
    manifest_json["rights"] = "https://creativecommons.org/licenses/by/4.0/"
    refusal = "rights: 'https://creativecommons.org/licenses/by/4.0/' is not valid under any of the given schemas"
    assert refusal in schema_errors(manifest_json)


def members(count: int, start: int = 1) -> list[CollectionMember]:
    return [
        CollectionMember(
            f"{SITE}/iiif/exhibit/{n}/manifest",
            {"kk": f"Экспонат {n}", "ru": f"Экспонат {n}", "en": ""},
            "Manifest",
            f"{SITE}/iiif/3/image-{n}/full/!400,400/0/default.jpg",
        )
        for n in range(start, start + count)
    ]


def test_collection_validates_and_round_trips():
    collection = build_collection(
        f"{SITE}/iiif/collection/museum/3",
        {"kk": "Ұлттық музей", "ru": "Национальный музей", "en": "National Museum"},
        members(2) + [(f"{SITE}/iiif/collection/hall/5", {"ru": "Зал золота"}, "Collection", None)],
        summary={"ru": "Все экспонаты музея", "kk": ""},
        provider=museum(),
    )
    document = to_json(collection)
    assert schema_errors(document) == []
    assert to_text(Collection(**json.loads(to_text(collection)))) == to_text(collection)
    assert document["summary"] == {"ru": ["Все экспонаты музея"]}
    assert document["items"][0] == {
        "id": f"{SITE}/iiif/exhibit/1/manifest",
        "type": "Manifest",
        "label": {"kk": ["Экспонат 1"], "ru": ["Экспонат 1"]},
        "thumbnail": [
            {"id": f"{SITE}/iiif/3/image-1/full/!400,400/0/default.jpg", "type": "Image", "format": "image/jpeg"}
        ],
    }
    assert document["items"][2] == {
        "id": f"{SITE}/iiif/collection/hall/5", "type": "Collection", "label": {"ru": ["Зал золота"]}
    }


def test_collection_refuses_an_unknown_member_kind():
    with pytest.raises(ValueError, match="member kind must be 'Manifest' or 'Collection', not 'Canvas'"):
        build_collection(f"{SITE}/c", {"en": "C"}, [(f"{SITE}/x", {"en": "X"}, "Canvas", None)])


PAGED = dict(
    id_url=f"{SITE}/iiif/collection/museum/3",
    label={"kk": "Ұлттық музей", "ru": "Национальный музей", "en": ""},
    total=2500,
    page_size=1000,
    page_url_template=f"{SITE}/iiif/collection/museum/3/page/{{page}}",
)


def test_paged_collection_top_lists_one_sub_collection_per_page():
    top = build_paged_collection(**PAGED, page=0, items=[])
    document = to_json(top)
    assert schema_errors(document) == []
    assert to_text(Collection(**json.loads(to_text(top)))) == to_text(top)
    assert document["id"] == f"{SITE}/iiif/collection/museum/3"
    pages = [f"{SITE}/iiif/collection/museum/3/page/{n}" for n in (1, 2, 3)]
    assert [item["id"] for item in document["items"]] == pages
    assert {item["type"] for item in document["items"]} == {"Collection"}
    assert [item["label"] for item in document["items"]] == [
        {"kk": ["Ұлттық музей (1–1000)"], "ru": ["Национальный музей (1–1000)"]},
        {"kk": ["Ұлттық музей (1001–2000)"], "ru": ["Национальный музей (1001–2000)"]},
        {"kk": ["Ұлттық музей (2001–2500)"], "ru": ["Национальный музей (2001–2500)"]},
    ]


def test_paged_collection_page_lists_its_manifests_and_belongs_to_the_top():
    page = build_paged_collection(**PAGED, page=3, items=members(500, start=2001))
    document = to_json(page)
    assert schema_errors(document) == []
    assert to_text(Collection(**json.loads(to_text(page)))) == to_text(page)
    assert document["id"] == f"{SITE}/iiif/collection/museum/3/page/3"
    assert document["label"] == {"kk": ["Ұлттық музей (2001–2500)"], "ru": ["Национальный музей (2001–2500)"]}
    assert document["partOf"] == [
        {"id": f"{SITE}/iiif/collection/museum/3", "type": "Collection",
         "label": {"kk": ["Ұлттық музей"], "ru": ["Национальный музей"]}}
    ]
    assert len(document["items"]) == 500
    assert document["items"][0]["id"] == f"{SITE}/iiif/exhibit/2001/manifest"


def test_paged_collection_without_a_label_labels_pages_by_range():
    document = to_json(build_paged_collection(**{**PAGED, "label": {}}, page=0, items=[]))
    assert document["label"] == {"none": [f"{SITE}/iiif/collection/museum/3"]}
    assert document["items"][0]["label"] == {"none": ["1–1000"]}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"page": 4}, "page must be between 0 and 3, not 4"),
        ({"page": -1}, "page must be between 0 and 3, not -1"),
        ({"page_size": 0}, "page_size must be at least 1, not 0"),
        ({"total": -5}, "total must not be negative, not -5"),
        ({"page": 1, "items": members(1001)}, "items holds 1001 members, more than page_size 1000"),
        ({"page_url_template": f"{SITE}/pages"}, "page_url_template must contain {page}"),
    ],
)
def test_paged_collection_names_the_parameter_that_does_not_fit(changes, message):
    arguments = {**PAGED, "page": 0, "items": [], **changes}
    with pytest.raises(ValueError, match=message):
        build_paged_collection(**arguments)


def test_empty_paged_collection_has_no_pages():
    document = to_json(build_paged_collection(**{**PAGED, "total": 0}, page=0, items=[]))
    assert document["items"] == []
    assert schema_errors(document) == []
