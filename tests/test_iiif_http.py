"""The IIIF Image API over HTTP: info.json, image requests, caching, errors and identifiers that try to escape."""
from __future__ import annotations

import io
import os
import time
from datetime import datetime, timedelta, timezone

import pytest
from PIL import Image

from emuseum import create_app
from emuseum.iiif import images as iiif_images
from emuseum.services.exhibits import change_state
from emuseum.services.identity import SYSTEM
from emuseum.services.media import attach_media
from media.iiif import Box, parse_request, resolve
from media.iiif.cache import RenderCache, cache_key
from media.iiif.source import OriginalSource, PyramidSource, open_pyramid, open_source, pyvips_available

from .conftest import IN_CI
from .factories import make_exhibit
from .test_iiif_transform import BLUE, GREEN, RED, YELLOW, quadrants

FORMATS = {"jpg": ("JPEG", "image/jpeg"), "png": ("PNG", "image/png"), "webp": ("WEBP", "image/webp")}
PROFILE = '<http://iiif.io/api/image/3/level2.json>;rel="profile"'


def encoded(image: Image.Image, fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def corners(image: Image.Image) -> list:
    """Return the colours a quarter of the way in from each corner: TL, TR, BL, BR."""
    w, h = image.size
    rgb = image.convert("RGB")
    return [rgb.getpixel((x, y)) for y in (h // 4, 3 * h // 4) for x in (w // 4, 3 * w // 4)]


def close(colour, expected, tolerance=30) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected))


def same_colours(image: Image.Image, expected: list) -> bool:
    return all(close(c, e) for c, e in zip(corners(image), expected))


def attach(session, state: str = "published", image: Image.Image | None = None, exhibit=None):
    """Return the media record of a new image attached to a new exhibit in the given state."""
    exhibit = exhibit or make_exhibit(session, state=state)
    data = encoded(image or quadrants())
    return attach_media(session, SYSTEM, exhibit.id, io.BytesIO(data), "quadrants.png")


@pytest.fixture
def record(session):
    return attach(session)


def base(record) -> str:
    return f"/iiif/3/{record.identifier}"


def fetch(client, url: str, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200, (url, response.status_code, response.get_data(as_text=True)[:300])
    return response


def picture(response) -> Image.Image:
    return Image.open(io.BytesIO(response.data))


def other_app(app, **settings):
    """Return a second application on the same database and media store, with some IIIF settings changed."""
    config = app.config["EMUSEUM"]
    overrides = {"app.instance_path": str(app.instance_path), "database.url": config["database.url"],
                 "jobs.backend": "immediate", "app.secret_key": "test"}
    overrides.update(settings)
    return create_app(overrides)


# info.json

def test_info_json_describes_the_image_at_level_2(client, record):
    response = fetch(client, f"{base(record)}/info.json")
    assert response.content_type == "application/json"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    info = response.get_json()
    assert info["@context"] == "http://iiif.io/api/image/3/context.json"
    assert info["id"] == f"http://localhost/iiif/3/{record.identifier}"
    assert info["type"] == "ImageService3"
    assert info["protocol"] == "http://iiif.io/api/image"
    assert info["profile"] == "level2"
    assert (info["width"], info["height"]) == (600, 400)
    # The pyramid's stored 256-pixel tiles first (sent as they are), then iiif.tile_size.
    assert info["tiles"] == [{"width": 256, "scaleFactors": [1, 2, 4]}, {"width": 512, "scaleFactors": [1, 2]}]
    assert info["sizes"] == [{"width": 150, "height": 100}, {"width": 300, "height": 200},
                             {"width": 600, "height": 400}]
    assert info["maxArea"] == 25_000_000
    assert info["extraFormats"] == ["webp"]
    assert info["extraQualities"] == ["color", "gray", "bitonal"]
    assert info["extraFeatures"] == ["canonicalLinkHeader", "mirroring", "profileLinkHeader", "sizeUpscaling"]
    assert info["rights"] == "https://creativecommons.org/licenses/by/4.0/"


def test_every_size_and_tile_of_info_json_can_be_fetched(client, record):
    info = fetch(client, f"{base(record)}/info.json").get_json()
    for size in info["sizes"]:
        image = picture(fetch(client, f"{base(record)}/full/{size['width']},{size['height']}/0/default.jpg"))
        assert image.size == (size["width"], size["height"])
    for tiles in info["tiles"]:
        side = tiles["width"]
        for factor in tiles["scaleFactors"]:
            step = side * factor
            for y in range(0, 400, step):
                for x in range(0, 600, step):
                    w, h = min(step, 600 - x), min(step, 400 - y)
                    size = (-(-w // factor), -(-h // factor))
                    url = f"{base(record)}/{x},{y},{w},{h}/{size[0]},{size[1]}/0/default.jpg"
                    assert picture(fetch(client, url)).size == size, url


def test_info_json_is_json_ld_when_asked_for(client, record):
    response = fetch(client, f"{base(record)}/info.json", headers={"Accept": "application/ld+json"})
    assert response.headers["Content-Type"] == 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"'
    assert "Accept" in response.headers["Vary"]
    with_profile = 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"'
    response = fetch(client, f"{base(record)}/info.json", headers={"Accept": with_profile})
    assert response.headers["Content-Type"].startswith("application/ld+json;")
    for accept in ("*/*", "application/json", "application/json, application/ld+json;q=0.5", "text/html"):
        response = fetch(client, f"{base(record)}/info.json", headers={"Accept": accept})
        assert response.headers["Content-Type"] == "application/json", accept
    assert fetch(client, f"{base(record)}/info.json").headers["Content-Type"] == "application/json"


def test_info_json_id_uses_the_public_base_url(app, record):
    other = other_app(app, **{"app.base_url": "https://emuseum.kz/"})
    info = fetch(other.test_client(), f"{base(record)}/info.json").get_json()
    assert info["id"] == f"https://emuseum.kz/iiif/3/{record.identifier}"


def test_info_json_answers_304_to_its_etag(client, record):
    first = fetch(client, f"{base(record)}/info.json")
    again = client.get(f"{base(record)}/info.json", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.headers["Access-Control-Allow-Origin"] == "*"


def test_the_base_uri_redirects_to_info_json(client, record):
    response = client.get(base(record))
    assert response.status_code == 303
    assert response.headers["Location"] == f"http://localhost/iiif/3/{record.identifier}/info.json"
    assert client.get("/iiif/3/no-such-image").status_code == 404


# image requests: each form of each segment

@pytest.mark.parametrize("region, size, expected", [
    ("full", "max", (600, 400)),
    ("square", "max", (400, 400)),
    ("100,50,200,100", "max", (200, 100)),
    ("500,300,400,400", "max", (100, 100)),  # cut at the image's edge
    ("pct:50,50,50,50", "max", (300, 200)),
    ("pct:10,20,30,40", "max", (180, 160)),
    ("full", "300,", (300, 200)),
    ("full", ",100", (150, 100)),
    ("full", "pct:25", (150, 100)),
    ("full", "200,300", (200, 300)),
    ("full", "!300,300", (300, 200)),
    ("full", "!1000,100", (150, 100)),
    ("full", "!700,300", (450, 300)),  # a box wider than the image but shorter still shrinks it
    ("full", "^900,", (900, 600)),
    ("full", "^pct:150", (900, 600)),
    ("full", "^!1200,1200", (1200, 800)),
    ("square", "^,500", (500, 500)),
])
def test_regions_and_sizes_give_images_of_the_right_size(client, record, region, size, expected):
    image = picture(fetch(client, f"{base(record)}/{region}/{size}/0/default.png"))
    assert image.size == expected


@pytest.mark.parametrize("rotation, size, expected", [
    ("0", (600, 400), [RED, GREEN, BLUE, YELLOW]),
    ("90", (400, 600), [BLUE, RED, YELLOW, GREEN]),
    ("180", (600, 400), [YELLOW, BLUE, GREEN, RED]),
    ("270", (400, 600), [GREEN, YELLOW, RED, BLUE]),
    ("360", (600, 400), [RED, GREEN, BLUE, YELLOW]),
    ("!0", (600, 400), [GREEN, RED, YELLOW, BLUE]),
    ("!90", (400, 600), [YELLOW, GREEN, BLUE, RED]),
    ("!180", (600, 400), [BLUE, YELLOW, RED, GREEN]),
])
def test_rotation_and_mirroring_move_the_pixels(client, record, rotation, size, expected):
    image = picture(fetch(client, f"{base(record)}/full/max/{rotation}/default.png"))
    assert image.size == size
    assert same_colours(image, expected)


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_is_what_it_says(client, record, fmt):
    response = fetch(client, f"{base(record)}/full/300,/0/default.{fmt}")
    assert response.content_type == FORMATS[fmt][1]
    image = picture(response)
    assert image.format == FORMATS[fmt][0]
    assert image.size == (300, 200)
    assert same_colours(image, [RED, GREEN, BLUE, YELLOW])


def test_qualities(client, record):
    color = picture(fetch(client, f"{base(record)}/full/max/0/color.png"))
    assert color.mode == "RGB" and same_colours(color, [RED, GREEN, BLUE, YELLOW])
    gray = picture(fetch(client, f"{base(record)}/full/max/0/gray.png"))
    assert gray.mode == "L"
    assert len(gray.getbands()) == 1
    assert abs(gray.getpixel((150, 100)) - round(0.299 * 255)) <= 3  # luminance of red (ITU-R 601-2)
    bitonal = picture(fetch(client, f"{base(record)}/full/max/0/bitonal.png"))
    assert {value for _, value in bitonal.convert("L").getcolors()} <= {0, 255}
    assert bitonal.convert("L").getpixel((450, 300)) == 255  # yellow is light
    assert bitonal.convert("L").getpixel((150, 300)) == 0  # blue is dark
    jpeg_gray = picture(fetch(client, f"{base(record)}/full/max/0/gray.jpg"))
    assert jpeg_gray.mode == "L"


def test_image_responses_carry_cors_caching_and_link_headers(client, record):
    response = fetch(client, f"{base(record)}/pct:0,0,50,50/150,/0/default.jpg")
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.headers["Cache-Control"] == "public, max-age=86400"
    assert response.headers["ETag"].startswith('"') and not response.headers["ETag"].startswith('W/')
    assert response.headers["Last-Modified"]
    canonical = f"<http://localhost/iiif/3/{record.identifier}/0,0,300,200/150,100/0/default.jpg>;rel=\"canonical\""
    assert response.headers["Link"] == f"{canonical}, {PROFILE}"
    full = fetch(client, f"{base(record)}/full/max/0/default.jpg")
    assert f"/iiif/3/{record.identifier}/full/max/0/default.jpg>;rel=\"canonical\"" in full.headers["Link"]


def test_the_same_image_asked_two_ways_has_one_etag_and_others_differ(client, record):
    one = fetch(client, f"{base(record)}/pct:0,0,50,50/150,/0/default.jpg").headers["ETag"]
    two = fetch(client, f"{base(record)}/0,0,300,200/!150,150/0/default.jpg").headers["ETag"]
    other = fetch(client, f"{base(record)}/0,0,300,200/!150,150/0/default.png").headers["ETag"]
    assert one == two != other


def test_a_client_with_a_fresh_copy_gets_304(client, record):
    url = f"{base(record)}/full/300,/0/default.jpg"
    first = fetch(client, url)
    by_etag = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert by_etag.status_code == 304
    assert by_etag.data == b""
    assert by_etag.headers["ETag"] == first.headers["ETag"]
    assert by_etag.headers["Access-Control-Allow-Origin"] == "*"
    by_date = client.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert by_date.status_code == 304
    stale = client.get(url, headers={"If-None-Match": '"something-else"'})
    assert stale.status_code == 200 and picture(stale).size == (300, 200)
    long_ago = (datetime.now(timezone.utc) - timedelta(days=400)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert client.get(url, headers={"If-Modified-Since": long_ago}).status_code == 200


def test_head_answers_like_get_without_a_body(client, record):
    response = client.head(f"{base(record)}/full/300,/0/default.png")
    assert response.status_code == 200
    assert response.content_type == "image/png"
    assert response.data == b""


# the rendered-image cache

def test_a_rendering_is_made_once_then_served_from_the_cache(app, client, record, monkeypatch):
    service = app.extensions["emuseum.iiif"]
    calls = []
    original = type(service).source

    def counting(self, image):
        calls.append(image.identifier)
        return original(self, image)

    monkeypatch.setattr(type(service), "source", counting)
    url = f"{base(record)}/full/250,/90/default.webp"
    first = fetch(client, url)
    second = fetch(client, url)
    assert calls == [record.identifier]
    assert first.data == second.data and first.headers["ETag"] == second.headers["ETag"]
    assert picture(second).size == (167, 250)
    assert service.cache.usage() >= len(first.data)


def test_with_the_cache_off_every_request_renders(app, record):
    other = other_app(app, **{"iiif.cache_bytes": 0})
    client = other.test_client()
    url = f"{base(record)}/full/100,/0/default.png"
    assert fetch(client, url).data == fetch(client, url).data
    assert other.extensions["emuseum.iiif"].cache.usage() == 0


# errors

@pytest.mark.parametrize("path, status, parameter", [
    ("1,2,3/max/0/default.jpg", 400, "region"),
    ("pct:a,0,10,10/max/0/default.jpg", 400, "region"),
    ("0,0,0,10/max/0/default.jpg", 400, "region"),
    ("600,0,10,10/max/0/default.jpg", 400, "region"),  # entirely outside the image
    ("0,400,10,10/max/0/default.jpg", 400, "region"),
    ("full/0,/0/default.jpg", 400, "size"),
    ("full/,0/0/default.jpg", 400, "size"),
    ("full/pct:0/0/default.jpg", 400, "size"),
    ("full/huge/0/default.jpg", 400, "size"),
    ("full/700,/0/default.jpg", 400, "size"),  # larger than the image without ^
    ("full/pct:150/0/default.jpg", 400, "size"),
    ("full/!601,401/0/default.jpg", 400, "size"),
    ("full/^6000,6000/0/default.jpg", 400, "size"),  # over maxArea
    ("full/max/45/default.jpg", 400, "rotation"),
    ("full/max/400/default.jpg", 400, "rotation"),
    ("full/max/-90/default.jpg", 400, "rotation"),
    ("full/max/0/sepia.jpg", 400, "quality"),
    ("full/max/0/default.gif", 400, "format"),
    ("full/max/0/default", 400, "format"),
])
def test_a_malformed_request_is_a_400_naming_the_segment(client, record, path, status, parameter):
    response = client.get(f"{base(record)}/{path}")
    assert response.status_code == status
    body = response.get_json()
    assert body["status"] == status
    assert body["parameter"] == parameter
    assert body["message"]
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_a_box_larger_than_the_region_both_ways_needs_the_caret(app, client, record):
    response = client.get(f"{base(record)}/full/!2000,3000/0/default.jpg")
    assert response.status_code == 400
    assert response.get_json()["parameter"] == "size"
    assert "^" in response.get_json()["message"]
    assert picture(fetch(client, f"{base(record)}/full/^!2000,3000/0/default.jpg")).size == (2000, 1333)
    # IIIF 3.0 §4.2 to the letter: the region at its full size.
    lenient = other_app(app, **{"iiif.strict_confined_size": False}).test_client()
    assert picture(fetch(lenient, f"{base(record)}/full/!2000,3000/0/default.jpg")).size == (600, 400)


def test_upscaling_without_declared_limits_is_501(app, record):
    client = other_app(app, **{"iiif.max_area": 0}).test_client()
    response = client.get(f"{base(record)}/full/^900,/0/default.jpg")
    assert response.status_code == 501
    assert response.get_json()["parameter"] == "size"
    info = fetch(client, f"{base(record)}/info.json").get_json()
    assert "maxArea" not in info and "sizeUpscaling" not in info["extraFeatures"]


def test_declared_width_limits_cap_max(app, record):
    client = other_app(app, **{"iiif.max_width": 300, "iiif.max_area": 0, "iiif.tile_size": 256}).test_client()
    info = fetch(client, f"{base(record)}/info.json").get_json()
    assert (info["maxWidth"], info.get("maxHeight"), info.get("maxArea")) == (300, None, None)
    assert info["tiles"] == [{"width": 256, "scaleFactors": [1, 2, 4]}]
    assert info["sizes"][-1] == {"width": 300, "height": 200}  # the full size is over the limit
    assert picture(fetch(client, f"{base(record)}/full/max/0/default.jpg")).size == (300, 200)
    assert picture(fetch(client, f"{base(record)}/full/^max/0/default.jpg")).size == (300, 200)
    assert client.get(f"{base(record)}/full/400,/0/default.jpg").get_json()["parameter"] == "size"


def test_a_tile_size_over_the_limits_is_refused_at_start(app):
    with pytest.raises(ValueError, match="iiif.tile_size"):
        other_app(app, **{"iiif.max_width": 256, "iiif.max_area": 0})


def test_an_unknown_identifier_is_404(client, record):
    for path in ("/iiif/3/no-such-image/info.json", "/iiif/3/no-such-image/full/max/0/default.jpg",
                 f"/iiif/3/{record.identifier}x/full/max/0/default.jpg", f"/iiif/3/{'a' * 500}/info.json"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.get_json()["parameter"] == "identifier"
        assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_an_identifier_is_not_the_digest_of_the_file(client, record):
    assert client.get(f"/iiif/3/{record.sha256}/info.json").status_code == 404


def test_a_slash_in_the_identifier_is_404(client, record):
    response = client.get("/iiif/3/a/b/full/max/0/default.jpg")
    assert response.status_code == 404
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.get_json()["status"] == 404


def test_escaped_characters_in_the_identifier_are_decoded(client, record):
    escaped = "".join(f"%{ord(c):02X}" for c in record.identifier)
    assert picture(fetch(client, f"/iiif/3/{escaped}/full/100,/0/default.jpg")).size == (100, 67)


@pytest.mark.parametrize("identifier", [
    "..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "../../x", "..", "%2E%2E", "..%5C..%5Cwindows",
    "%00", "~root", "%2E%2E%2F%2E%2E%2Foriginals",
])
def test_identifiers_that_try_to_escape_never_reach_a_file(app, client, record, identifier, monkeypatch):
    def no_files(*args, **kwargs):
        raise AssertionError("a file was opened for a hostile identifier")

    monkeypatch.setattr(iiif_images.ImageService, "source", no_files)
    monkeypatch.setattr(iiif_images, "open_source", no_files)
    for tail in ("/info.json", "/full/max/0/default.jpg", ""):
        response = client.get(f"/iiif/3/{identifier}{tail}")
        assert response.status_code in (400, 404), (identifier, tail, response.status_code)
        assert b"root:" not in response.data


def test_a_draft_exhibits_image_is_404(client, session):
    draft = attach(session, state="draft")
    assert client.get(f"{base(draft)}/info.json").status_code == 404
    assert client.get(f"{base(draft)}/full/max/0/default.jpg").status_code == 404
    assert client.get(base(draft)).status_code == 404


def test_a_withdrawn_exhibits_image_stops_being_served_within_the_lookup_time(client, session, record, monkeypatch):
    url = f"{base(record)}/full/100,/0/default.jpg"
    fetch(client, url)
    change_state(session, SYSTEM, record.exhibit_id, "withdrawn")
    # Remembered for iiif.lookup_seconds (5 s), then asked of the database again.
    assert client.get(url).status_code == 200
    later = time.monotonic() + 6
    monkeypatch.setattr(iiif_images.time, "monotonic", lambda: later)
    assert client.get(url).status_code == 404
    assert client.get(f"{base(record)}/info.json").status_code == 404


def test_with_no_lookup_memory_withdrawal_is_seen_at_once(app, session, record):
    client = other_app(app, **{"iiif.lookup_seconds": 0}).test_client()
    fetch(client, f"{base(record)}/info.json")
    change_state(session, SYSTEM, record.exhibit_id, "withdrawn")
    assert client.get(f"{base(record)}/info.json").status_code == 404


def test_a_failed_image_is_404_and_a_pending_one_is_served(client, session, record):
    record.status = "pending"
    session.commit()
    assert client.get(f"{base(record)}/full/100,/0/default.jpg").status_code == 200
    failed = attach(session)
    failed.status = "failed"
    session.commit()
    assert client.get(f"{base(failed)}/info.json").status_code == 404


def test_a_3d_model_has_no_image_service(client, session, record):
    record.kind = "model"
    session.commit()
    assert client.get(f"{base(record)}/info.json").status_code == 404


def test_a_camera_image_is_served_upright(client, session):
    exif = Image.Exif()
    exif[0x0112] = 6  # stored on its side: turn 90 degrees clockwise to view
    out = io.BytesIO()
    quadrants(600, 400).save(out, "JPEG", quality=95, exif=exif.tobytes())
    exhibit = make_exhibit(session)
    camera = attach_media(session, SYSTEM, exhibit.id, io.BytesIO(out.getvalue()), "camera.jpg")
    info = fetch(client, f"{base(camera)}/info.json").get_json()
    assert (info["width"], info["height"]) == (400, 600)
    image = picture(fetch(client, f"{base(camera)}/full/max/0/default.png"))
    assert image.size == (400, 600)
    assert same_colours(image, [BLUE, RED, YELLOW, GREEN])


# the rendered-image cache as a library

def test_cache_keys_are_digests_of_their_parts_and_nothing_else_names_a_file(tmp_path):
    assert cache_key("ab", "c") != cache_key("a", "bc")
    assert len(cache_key("x")) == 64
    cache = RenderCache(tmp_path, max_bytes=1000)
    for bad in ("../../etc/passwd", "/etc/passwd", cache_key("x").upper(), cache_key("x") + "\n"):
        with pytest.raises(ValueError):
            cache.path(bad)


def test_cache_gives_back_what_was_put(tmp_path):
    cache = RenderCache(tmp_path, max_bytes=10_000)
    key = cache_key("sha", "full/max/0/default.jpg")
    assert cache.open(key) is None
    cache.put(key, b"jpeg bytes")
    with cache.open(key) as stream:
        assert stream.read() == b"jpeg bytes"
    assert cache.usage() == len(b"jpeg bytes")
    cache.put(key, b"other")  # replacing an entry counts only its new size
    assert cache.usage() == len(b"other")


def test_cache_stays_under_its_bound_and_evicts_the_least_recently_used(tmp_path):
    cache = RenderCache(tmp_path, max_bytes=10_000, touch_seconds=0)
    keys = [cache_key(str(i)) for i in range(30)]
    for age, key in enumerate(keys):
        cache.put(key, bytes(1000))
        # Entries written earlier look older; the first one is read now and again, so it is kept.
        os.utime(cache.path(key), (time.time() - 1000 + age, time.time() - 1000 + age))
        with cache.open(keys[0]):
            pass
        total = sum(p.stat().st_size for p in tmp_path.rglob("*") if p.is_file() and len(p.name) == 64)
        assert total <= 10_000
        assert cache.usage() == total
    kept = [key for key in keys if cache.path(key).exists()]
    assert keys[0] in kept
    assert keys[-1] in kept
    assert keys[1] not in kept and keys[2] not in kept
    assert 8 <= len(kept) <= 10


def test_cache_shared_by_two_processes_keeps_one_bound(tmp_path):
    one, two = RenderCache(tmp_path, max_bytes=5000), RenderCache(tmp_path, max_bytes=5000)
    for i in range(20):
        (one if i % 2 else two).put(cache_key(str(i)), bytes(500))
    total = sum(p.stat().st_size for p in tmp_path.rglob("*") if p.is_file() and len(p.name) == 64)
    assert total <= 5000
    assert one.usage() == two.usage() == total


def test_cache_writes_take_the_shared_lock_once_per_thousandth_of_the_bound(tmp_path, monkeypatch):
    cache = RenderCache(tmp_path, max_bytes=10_000_000)  # tallies of 10 kB
    locked = []
    real = RenderCache._locked

    def counting(self):
        locked.append(1)
        return real(self)

    monkeypatch.setattr(RenderCache, "_locked", counting)
    for i in range(9):
        cache.put(cache_key(str(i)), bytes(1000))
    assert locked == [] and (tmp_path / "usage").read_text() == "0"
    cache.put(cache_key("9"), bytes(1000))
    assert len(locked) == 1 and (tmp_path / "usage").read_text() == "10000"
    cache.put(cache_key("10"), bytes(500))
    assert cache.usage() == 10_500  # what this process has not counted yet is counted when asked


def test_cache_refuses_what_cannot_fit_and_can_be_off(tmp_path):
    cache = RenderCache(tmp_path / "small", max_bytes=100)
    assert cache.put(cache_key("big"), bytes(500)) is None
    assert cache.open(cache_key("big")) is None
    off = RenderCache(tmp_path / "off", max_bytes=0)
    assert off.put(cache_key("x"), b"data") is None
    assert off.usage() == 0


def test_cache_counts_a_folder_it_finds_without_a_counter(tmp_path):
    cache = RenderCache(tmp_path, max_bytes=10_000)
    for i in range(5):
        cache.put(cache_key(str(i)), bytes(300))
    (tmp_path / "usage").unlink()
    assert RenderCache(tmp_path, max_bytes=10_000).usage() == 1500
    assert RenderCache(tmp_path, max_bytes=1000).usage() <= 1000  # and trims it to a smaller bound


def test_cache_finds_entries_of_the_earlier_nested_layout_to_evict_them(tmp_path):
    key = cache_key("old")
    old = tmp_path / key[:2] / key[2:4] / key
    old.parent.mkdir(parents=True)
    old.write_bytes(bytes(700))
    cache = RenderCache(tmp_path, max_bytes=10_000)
    assert cache.usage() == 700
    assert cache.path(key) == tmp_path / key[:2] / key
    cache.clear()
    assert not old.exists() and cache.usage() == 0


def test_cache_clear_removes_everything(tmp_path):
    cache = RenderCache(tmp_path, max_bytes=10_000)
    cache.put(cache_key("a"), b"x" * 10)
    cache.clear()
    assert cache.open(cache_key("a")) is None and cache.usage() == 0


# image sources: the pyramid and the original give the same pixels

@pytest.fixture
def pyvips():
    if not pyvips_available():
        if IN_CI:
            pytest.fail("pyvips (and libvips) must be installed in CI")
        pytest.skip("pyvips is not installed")
    import pyvips
    return pyvips


def pyramid_of(pyvips, image: Image.Image, path, **options) -> None:
    vips = pyvips.Image.new_from_memory(image.tobytes(), image.width, image.height, len(image.getbands()), "uchar")
    vips.tiffsave(str(path), tile=True, pyramid=True, tile_width=64, tile_height=64, compression="deflate",
                  **options)


@pytest.fixture(params=["original", "pyramid", "pyramid-subifd"])
def source(request, tmp_path):
    image = quadrants(1000, 700)
    original = tmp_path / "original.png"
    image.save(original)
    if request.param == "original":
        return OriginalSource(original, 1000, 700)
    vips = request.getfixturevalue("pyvips")
    path = tmp_path / "pyramid.tif"
    pyramid_of(vips, image, path, subifd=request.param.endswith("subifd"))
    found = open_source(original, path, 1000, 700)
    assert isinstance(found, PyramidSource)
    assert [level.width for level in found.levels] == [1000, 500, 250, 125, 62, 31, 15][:len(found.levels)]
    return found


@pytest.mark.parametrize("region, size, rotation, expected", [
    ("full", "max", "0", [RED, GREEN, BLUE, YELLOW]),
    ("full", "100,", "0", [RED, GREEN, BLUE, YELLOW]),
    ("full", "!300,300", "!90", [YELLOW, GREEN, BLUE, RED]),
    ("0,0,500,350", "60,", "0", [RED] * 4),
    ("500,350,500,350", "pct:10", "0", [YELLOW] * 4),
    ("pct:50,0,50,50", "^800,", "0", [GREEN] * 4),
    ("square", "64,64", "180", [YELLOW, BLUE, GREEN, RED]),
])
def test_every_source_renders_the_same_pixels(source, region, size, rotation, expected):
    resolved = resolve(parse_request(region, size, rotation, "default.png"), 1000, 700, max_area=10**7)
    image = Image.open(io.BytesIO(source.render(resolved).data))
    assert image.size == resolved.output_size
    assert same_colours(image, expected)


def test_a_pyramid_is_read_at_the_smallest_level_that_is_detailed_enough(pyvips, tmp_path):
    path = tmp_path / "pyramid.tif"
    pyramid_of(pyvips, quadrants(4000, 3000), path)
    source = open_pyramid(path)
    assert source.level_for(Box(0, 0, 100, 100), 100, 100).width == 4000
    assert source.level_for(Box(0, 0, 190, 190), 100, 100).width == 4000
    assert source.level_for(Box(0, 0, 200, 200), 100, 100).width == 2000
    assert source.level_for(Box(0, 0, 850, 900), 100, 100).width == 500
    tile = resolve(parse_request("0,0,2048,2048", "256,", "0", "default.jpg"), 4000, 3000)
    assert source.region(tile).size == (256, 256)


def test_a_pyramid_of_another_size_is_not_trusted(pyvips, tmp_path):
    original = tmp_path / "original.png"
    quadrants(600, 400).save(original)
    pyramid_of(pyvips, quadrants(300, 200), tmp_path / "pyramid.tif")
    assert isinstance(open_source(original, tmp_path / "pyramid.tif", 600, 400), OriginalSource)
    (tmp_path / "broken.tif").write_bytes(b"II*\0 not a tiff")
    assert isinstance(open_source(original, tmp_path / "broken.tif", 600, 400), OriginalSource)
    assert isinstance(open_source(original, tmp_path / "missing.tif", 600, 400), OriginalSource)


def test_the_service_reads_the_pyramid_once_it_is_built(app, client, record, pyvips):
    derivatives = app.extensions["emuseum.derivatives"]
    path = derivatives.path(record.sha256, "pyramid.tif")
    path.parent.mkdir(parents=True, exist_ok=True)
    pyramid_of(pyvips, quadrants(), path)
    service = app.extensions["emuseum.iiif"]
    service._lookups.clear()  # as after iiif.lookup_seconds
    image = service.find(record.identifier)
    assert image.source_kind == "pyramid"
    assert service.source(image).kind == "pyramid"
    tile = picture(fetch(client, f"{base(record)}/300,0,300,200/150,/0/default.png"))
    assert tile.size == (150, 100) and same_colours(tile, [GREEN] * 4)
