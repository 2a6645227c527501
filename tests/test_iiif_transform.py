"""IIIF rendering and info.json: pixels where the request puts them, in the asked quality and format."""
from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from media.iiif import IIIFParameterError, PillowRenderer, info_json, parse_request, resolve

RED, GREEN, BLUE, YELLOW = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0)
MAGIC = {
    "jpg": (b"\xff\xd8\xff", "image/jpeg"),
    "png": (b"\x89PNG\r\n\x1a\n", "image/png"),
    "webp": (b"RIFF", "image/webp"),
}
# A pyvips renderer joins this list when it exists; every renderer must pass the same contract.
RENDERERS = [PillowRenderer]


@pytest.fixture(params=RENDERERS, ids=lambda cls: cls.__name__)
def renderer(request):
    return request.param()


def quadrants(width=600, height=400) -> Image.Image:
    """Return an image red top-left, green top-right, blue bottom-left, yellow bottom-right."""
    image = Image.new("RGB", (width, height), YELLOW)
    image.paste(RED, (0, 0, width // 2, height // 2))
    image.paste(GREEN, (width // 2, 0, width, height // 2))
    image.paste(BLUE, (0, height // 2, width // 2, height))
    return image


def rendered(renderer, source, region="full", size="max", rotation="0", quality_format="default.png", **limits):
    width, height = source.size if isinstance(source, Image.Image) else Image.open(source).size
    r = resolve(parse_request(region, size, rotation, quality_format), width, height, **limits)
    data, media_type = renderer.render(source, r)
    return Image.open(io.BytesIO(data)), data, media_type


def corners(image: Image.Image) -> list:
    """Return the colours a quarter of the way in from each corner: TL, TR, BL, BR."""
    w, h = image.size
    return [image.getpixel((x, y)) for y in (h // 4, 3 * h // 4) for x in (w // 4, 3 * w // 4)]


def close(colour, expected, tolerance=24):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected))


def test_full_image_comes_back_unchanged(renderer):
    image, _, _ = rendered(renderer, quadrants())
    assert image.size == (600, 400)
    assert corners(image.convert("RGB")) == [RED, GREEN, BLUE, YELLOW]


def test_crop_takes_the_region_in_source_pixels(renderer):
    image, _, _ = rendered(renderer, quadrants(), region="300,0,300,200")
    assert image.size == (300, 200)
    assert set(image.convert("RGB").getdata()) == {GREEN}


def test_crop_past_the_edge_is_cut_at_the_edge(renderer):
    image, _, _ = rendered(renderer, quadrants(), region="450,300,500,500")
    assert image.size == (150, 100)
    assert set(image.convert("RGB").getdata()) == {YELLOW}


def test_rotation_by_90_turns_clockwise(renderer):
    image, _, _ = rendered(renderer, quadrants(), rotation="90")
    assert image.size == (400, 600)
    # Clockwise, the left edge becomes the top: blue comes to the top-left, red to the top-right.
    assert corners(image.convert("RGB")) == [BLUE, RED, YELLOW, GREEN]


def test_rotation_by_180_and_270(renderer):
    assert corners(rendered(renderer, quadrants(), rotation="180")[0].convert("RGB")) == [YELLOW, BLUE, GREEN, RED]
    assert corners(rendered(renderer, quadrants(), rotation="270")[0].convert("RGB")) == [GREEN, YELLOW, RED, BLUE]


def test_mirroring_reflects_left_and_right(renderer):
    image, _, _ = rendered(renderer, quadrants(), rotation="!0")
    assert corners(image.convert("RGB")) == [GREEN, RED, YELLOW, BLUE]


def test_mirroring_comes_before_rotation(renderer):
    image, _, _ = rendered(renderer, quadrants(), rotation="!90")
    # Mirrored: green red / yellow blue; then turned clockwise.
    assert corners(image.convert("RGB")) == [YELLOW, GREEN, BLUE, RED]


def test_scaling_gives_the_resolved_size(renderer):
    image, _, _ = rendered(renderer, quadrants(), size="150,")
    assert image.size == (150, 100)
    assert corners(image.convert("RGB")) == [RED, GREEN, BLUE, YELLOW]


def test_distorting_size_and_upscaling(renderer):
    assert rendered(renderer, quadrants(), size="100,300")[0].size == (100, 300)
    assert rendered(renderer, quadrants(), size="^!900,900", max_width=1000)[0].size == (900, 600)


def test_gray_is_one_channel_of_luminance(renderer):
    image, _, _ = rendered(renderer, quadrants(), quality_format="gray.png")
    assert image.mode == "L"
    tl, tr, bl, br = corners(image)
    assert (tl, tr, bl, br) == (76, 150, 29, 226)  # ITU-R 601 luma of red, green, blue, yellow


def test_bitonal_has_only_black_and_white(renderer):
    image, _, _ = rendered(renderer, quadrants(), quality_format="bitonal.png")
    values = set(image.convert("L").getdata())
    assert values == {0, 255}
    assert corners(image.convert("L")) == [0, 255, 0, 255]  # red and blue are darker than the threshold


@pytest.mark.parametrize("fmt", ["jpg", "png", "webp"])
def test_each_format_has_its_magic_bytes_and_media_type(renderer, fmt):
    image, data, media_type = rendered(renderer, quadrants(), size="60,", quality_format=f"color.{fmt}")
    magic, expected_type = MAGIC[fmt]
    assert data.startswith(magic) and media_type == expected_type
    if fmt == "webp":
        assert data[8:12] == b"WEBP"
    assert image.size == (60, 40)
    assert close(corners(image.convert("RGB"))[0], RED)


def test_jpeg_is_baseline_at_quality_85(renderer):
    image, _, _ = rendered(renderer, quadrants(), quality_format="default.jpg")
    assert not (image.info.get("progressive") or image.info.get("progression"))
    assert image.info.get("jfif") is not None
    # The quantisation tables of libjpeg at quality 85 (IIPImage's JPEG_QUALITY, the pyramid's Q).
    assert image.quantization[0][0] == 5


def test_a_large_jpeg_file_shrinks_through_draft_and_stays_in_place(renderer, tmp_path):
    path = tmp_path / "large.jpg"
    quadrants(2400, 1600).save(path, "JPEG", quality=95)
    image, _, _ = rendered(renderer, path, region="1200,0,1200,800", size="150,", quality_format="default.png")
    assert image.size == (150, 100)
    assert all(close(c, GREEN) for c in corners(image.convert("RGB")))
    whole, _, _ = rendered(renderer, path, size="!300,300", quality_format="default.png")
    assert whole.size == (300, 200)
    assert [close(c, e) for c, e in zip(corners(whole.convert("RGB")), [RED, GREEN, BLUE, YELLOW])] == [True] * 4


def test_the_source_is_read_upright_by_its_exif_orientation(renderer, tmp_path):
    path = tmp_path / "camera.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored on its side: turn 90 degrees clockwise to view
    quadrants(600, 400).save(path, "JPEG", quality=95, exif=exif.tobytes())
    r = resolve(parse_request("full", "max", "0", "default.png"), 400, 600)
    image = Image.open(io.BytesIO(renderer.render(path, r).data)).convert("RGB")
    assert image.size == (400, 600)
    assert [close(c, e) for c, e in zip(corners(image), [BLUE, RED, YELLOW, GREEN])] == [True] * 4


def test_a_source_of_another_size_than_resolved_is_our_bug_not_the_clients(renderer):
    r = resolve(parse_request("full", "max", "0", "default.png"), 601, 400)
    with pytest.raises(ValueError, match="600x400"):
        renderer.render(quadrants(), r)


def test_transparency_is_kept_in_png_and_white_in_jpeg(renderer):
    source = Image.new("RGBA", (40, 20), (0, 0, 0, 0))
    png, _, _ = rendered(renderer, source, quality_format="default.png")
    assert png.mode == "RGBA" and png.getpixel((5, 5))[3] == 0
    jpg, _, _ = rendered(renderer, source, quality_format="default.jpg")
    assert jpg.mode == "RGB" and close(jpg.getpixel((5, 5)), (255, 255, 255), 2)


@pytest.mark.parametrize("mode", ["P", "CMYK", "I;16", "1", "LA"])
def test_sources_in_other_modes_render(renderer, mode):
    source = quadrants(60, 40).convert(mode) if mode != "I;16" else Image.new("I;16", (60, 40), 40000)
    image, _, _ = rendered(renderer, source, size="30,", quality_format="default.jpg")
    assert image.size == (30, 20)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.integers(1, 120),
    st.integers(1, 120),
    st.sampled_from(["full", "square", "pct:10,20,50,60", "5,5,40,40"]),
    st.sampled_from(["max", "50,", ",30", "pct:50", "!40,40", "20,35", "^!150,150"]),
    st.sampled_from(["0", "90", "!180", "!270"]),
    st.sampled_from(["default", "color", "gray", "bitonal"]),
    st.sampled_from(["jpg", "png", "webp"]),
)
def test_every_rendered_image_has_the_resolved_size(renderer, width, height, region, size, rotation, quality, fmt):
    try:
        r = resolve(parse_request(region, size, rotation, f"{quality}.{fmt}"), width, height, max_width=200)
    except IIIFParameterError:
        return
    data, media_type = renderer.render(quadrants(width, height), r)
    assert Image.open(io.BytesIO(data)).size == r.output_size
    assert media_type == MAGIC[fmt][1]


# info.json

def test_info_json_describes_a_level2_service():
    info = info_json("https://museum.kz/iiif/3/KZ-1234/", 6000, 4000)
    assert list(info)[:7] == ["@context", "id", "type", "protocol", "profile", "width", "height"]
    assert info["@context"] == "http://iiif.io/api/image/3/context.json"
    assert info["id"] == "https://museum.kz/iiif/3/KZ-1234"
    assert (info["type"], info["protocol"], info["profile"]) == ("ImageService3", "http://iiif.io/api/image", "level2")
    assert (info["width"], info["height"]) == (6000, 4000)
    assert info["tiles"] == [{"width": 512, "scaleFactors": [1, 2, 4, 8, 16]}]
    halves = [(188, 125), (375, 250), (750, 500), (1500, 1000), (3000, 2000), (6000, 4000)]
    assert info["sizes"] == [{"width": w, "height": h} for w, h in halves]
    assert info["extraFormats"] == ["webp"]
    assert info["extraQualities"] == ["color", "gray", "bitonal"]
    assert info["extraFeatures"] == ["mirroring"]
    assert "maxWidth" not in info


def test_info_json_with_limits_declares_them_and_upscaling():
    info = info_json(
        "https://museum.kz/iiif/3/KZ-1234", 6000, 4000, max_width=3000, max_height=2000, max_area=4_000_000,
        extra_features=["mirroring", "canonicalLinkHeader", "profileLinkHeader"],
    )
    assert (info["maxWidth"], info["maxHeight"], info["maxArea"]) == (3000, 2000, 4_000_000)
    assert max(s["width"] * s["height"] for s in info["sizes"]) <= 4_000_000
    assert info["sizes"][-1] == {"width": 1500, "height": 1000}
    assert info["extraFeatures"] == ["canonicalLinkHeader", "mirroring", "profileLinkHeader", "sizeUpscaling"]


def test_every_size_and_tile_in_info_json_can_be_requested():
    info = info_json("https://museum.kz/iiif/3/x", 5000, 3001, max_width=2600)
    for size in info["sizes"]:
        wh = f"{size['width']},{size['height']}"
        r = resolve(parse_request("full", wh, "0", "default.jpg"), 5000, 3001, max_width=2600)
        assert (r.width, r.height) == (size["width"], size["height"])
    tile = info["tiles"][0]["width"]
    for factor in info["tiles"][0]["scaleFactors"]:
        side = tile * factor
        r = resolve(parse_request(f"0,0,{side},{side}", f"{tile},", "0", "default.jpg"), 5000, 3001, max_width=2600)
        assert r.width <= tile and r.height <= tile


def test_a_small_image_has_one_size_and_one_scale_factor():
    info = info_json("https://museum.kz/iiif/3/x", 100, 80)
    assert info["sizes"] == [{"width": 100, "height": 80}]
    assert info["tiles"] == [{"width": 512, "scaleFactors": [1]}]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"extra_features": ["rotationArbitrary"]},  # resolve() refuses other angles than 90s
        {"extra_features": ["sizeUpscaling"]},  # only with limits, and then added by itself
        {"extra_formats": ["gif"]},
        {"extra_qualities": ["sepia"]},
        {"max_height": 2000},
        {"max_width": 256},  # tiles of 512 would be over the limit
    ],
)
def test_info_json_refuses_to_promise_what_the_library_cannot_do(kwargs):
    with pytest.raises(ValueError):
        info_json("https://museum.kz/iiif/3/x", 6000, 4000, **kwargs)
