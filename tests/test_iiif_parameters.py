"""IIIF Image API 3.0 parameters: fuzzed parsing, resolution rules against an exact oracle, spec examples."""
from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from media.iiif import (
    Box,
    Format,
    IIIFParameterError,
    Quality,
    canonical,
    parse_request,
    resolve,
)

FUZZ = settings(max_examples=300, deadline=None)
VALID = ("full", "max", "0", "default.jpg")
SEGMENT_PARTS = (("region",), ("size",), ("rotation",), ("quality", "format"))

# Random text rarely looks like IIIF; this alphabet makes near-misses (",5,", "^!0,", "pct:.") common.
near_miss = st.text(alphabet="0123456789.,!^:-+ pctmaxfulsqrdegiybnojw", max_size=24)
any_text = st.one_of(st.text(max_size=60), near_miss)
image_sides = st.integers(min_value=1, max_value=20_000)


def request(region="full", size="max", rotation="0", quality_format="default.jpg"):
    return parse_request(region, size, rotation, quality_format)


def resolved(region="full", size="max", rotation="0", quality_format="default.jpg", width=6000, height=4000, **limits):
    return resolve(request(region, size, rotation, quality_format), width, height, **limits)


def half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


# 1. Any text is either a request or an IIIFParameterError naming the right segment.

@FUZZ
@given(any_text, any_text, any_text, any_text, image_sides, image_sides)
def test_any_four_segments_parse_and_resolve_or_raise_a_parameter_error(region, size, rotation, qf, width, height):
    try:
        resolve(parse_request(region, size, rotation, qf), width, height)
    except IIIFParameterError as error:
        assert error.part in ("region", "size", "rotation", "quality", "format")
        assert error.status in (400, 501)


@FUZZ
@given(st.integers(min_value=0, max_value=3), any_text)
def test_a_bad_segment_is_the_part_the_error_names(position, text):
    segments = list(VALID)
    segments[position] = text
    try:
        parse_request(*segments)
    except IIIFParameterError as error:
        assert error.part in SEGMENT_PARTS[position]
        assert str(error).startswith(f"{error.part}: ")


@pytest.mark.parametrize(
    ("segments", "part"),
    [
        (("0,0,0,10", "max", "0", "default.jpg"), "region"),
        (("pct:0,0,0,10", "max", "0", "default.jpg"), "region"),
        (("1,2,3", "max", "0", "default.jpg"), "region"),
        (("-1,0,10,10", "max", "0", "default.jpg"), "region"),
        (("1e3,0,10,10", "max", "0", "default.jpg"), "region"),
        (("١,0,10,10", "max", "0", "default.jpg"), "region"),  # an Arabic-Indic digit is not [0-9]
        (("Full", "max", "0", "default.jpg"), "region"),
        (("full", "0,", "0", "default.jpg"), "size"),
        (("full", ",0", "0", "default.jpg"), "size"),
        (("full", "!0,10", "0", "default.jpg"), "size"),
        (("full", "pct:0", "0", "default.jpg"), "size"),
        (("full", "pct:101", "0", "default.jpg"), "size"),
        (("full", ",", "0", "default.jpg"), "size"),
        (("full", "!10,", "0", "default.jpg"), "size"),
        (("full", "full", "0", "default.jpg"), "size"),  # 2.x syntax, gone in 3.0
        (("full", ",^240", "0", "default.jpg"), "size"),  # a typo in the 3.0 examples; ^ comes first
        (("full", "9" * 5000 + ",", "0", "default.jpg"), "size"),
        (("full", "max", "361", "default.jpg"), "rotation"),
        (("full", "max", "-90", "default.jpg"), "rotation"),
        (("full", "max", "9" * 400, "default.jpg"), "rotation"),
        (("full", "max", "!!90", "default.jpg"), "rotation"),
        (("full", "max", "0", "sepia.jpg"), "quality"),
        (("full", "max", "0", "Default.jpg"), "quality"),
        (("full", "max", "0", "default.gif"), "format"),
        (("full", "max", "0", "default.jpeg"), "format"),
        (("full", "max", "0", "default"), "format"),
    ],
)
def test_malformed_segments_are_refused_naming_their_part(segments, part):
    with pytest.raises(IIIFParameterError) as caught:
        parse_request(*segments)
    assert caught.value.part == part
    assert caught.value.status == 400


def test_the_first_bad_segment_in_uri_order_is_reported():
    with pytest.raises(IIIFParameterError) as caught:
        parse_request("full", "0,", "45.5.5", "sepia.gif")
    assert caught.value.part == "size"


# 2. Resolution follows the 3.0 rules; the oracle below computes them exactly with fractions.

@st.composite
def region_texts(draw, width, height):
    kind = draw(st.sampled_from(["full", "square", "pixels", "percent"]))
    if kind in ("full", "square"):
        return kind
    if kind == "pixels":
        x, y = draw(st.integers(0, width - 1)), draw(st.integers(0, height - 1))
        w, h = draw(st.integers(1, 2 * width)), draw(st.integers(1, 2 * height))
        return f"{x},{y},{w},{h}"
    tenths = [draw(st.integers(0, 999)) for _ in "xy"] + [draw(st.integers(1, 1000)) for _ in "wh"]
    return "pct:" + ",".join(str(Fraction(t, 10)) if t % 10 == 0 else f"{t / 10:.1f}" for t in tenths)


@st.composite
def size_texts(draw):
    kind = draw(st.sampled_from(["max", "w", "h", "pct", "wh", "confined"]))
    upscale = "^" if draw(st.booleans()) else ""
    w, h = draw(st.integers(1, 25_000)), draw(st.integers(1, 25_000))
    body = {
        "max": "max",
        "w": f"{w},",
        "h": f",{h}",
        "pct": f"pct:{draw(st.integers(1, 2000)) / 10:g}",
        "wh": f"{w},{h}",
        "confined": f"!{w},{h}",
    }[kind]
    return kind, upscale + body


@st.composite
def limit_sets(draw):
    max_width = draw(st.none() | st.integers(1, 12_000))
    max_height = draw(st.none() | st.integers(1, 12_000)) if max_width else None
    max_area = draw(st.none() | st.integers(1, 60_000_000))
    return {"max_width": max_width, "max_height": max_height, "max_area": max_area}


def oracle_size(size_text: str, cw: int, ch: int) -> tuple[int, int] | None:
    """Return the exact 3.0 size of the exact-size forms, or None for max and !w,h."""
    body = size_text.lstrip("^")
    if body == "max" or body.startswith("!"):
        return None
    if body.startswith("pct:"):
        p = Fraction(body[4:])
        return half_up(cw * p / 100), half_up(ch * p / 100)
    w_text, h_text = body.split(",")
    if w_text and h_text:
        return int(w_text), int(h_text)
    if w_text:
        return int(w_text), half_up(Fraction(int(w_text) * ch, cw))
    return half_up(Fraction(int(h_text) * cw, ch)), int(h_text)


def fits(w, h, max_width=None, max_height=None, max_area=None):
    max_height = max_height or max_width
    return (
        (max_width is None or w <= max_width)
        and (max_height is None or h <= max_height)
        and (max_area is None or w * h <= max_area)
    )


@FUZZ
@given(st.data(), image_sides, image_sides, size_texts(), limit_sets())
def test_resolved_requests_follow_the_size_rules(data, width, height, size, limits):
    kind, size_text = size
    region_text = data.draw(region_texts(width, height))
    upscale = size_text.startswith("^")
    try:
        r = resolved(region_text, size_text, "0", "default.jpg", width, height, **limits)
    except IIIFParameterError as error:
        assert error.part in ("region", "size")
        if error.part == "region":
            assert region_text.startswith("pct:")  # pixel regions drawn here always overlap the image
        else:
            box = resolve(request(region_text), width, height).region
            expected = oracle_size(size_text, box.width, box.height)
            if expected is None:  # max and !w,h fit anything, except ^!w,h upscaling with no limits declared
                assert size_text.startswith("^!") and error.status == 501
                assert not (limits["max_width"] or limits["max_area"])
                return
            w, h = expected
            larger = w > box.width or h > box.height
            upscaling_without_limits = larger and upscale and not (limits["max_width"] or limits["max_area"])
            assert error.status == (501 if upscaling_without_limits else 400)
            assert min(w, h) < 1 or (larger and not upscale) or upscaling_without_limits or not fits(w, h, **limits)
        return
    box = r.region
    assert box.width >= 1 and box.height >= 1
    assert 0 <= box.x and box.x + box.width <= width
    assert 0 <= box.y and box.y + box.height <= height
    assert r.width >= 1 and r.height >= 1
    assert fits(r.width, r.height, **limits)
    if not upscale:
        assert r.width <= box.width and r.height <= box.height
    expected = oracle_size(size_text, box.width, box.height)
    if expected is not None:
        assert (r.width, r.height) == expected
    elif kind == "confined":
        w, h = (int(v) for v in size_text.lstrip("^!").split(","))
        assert r.width <= w and r.height <= h
    if kind in ("max", "confined") and not limits["max_area"] and min(r.width, r.height) > 1:
        # Aspect kept within half a pixel on the side that was not the binding one.
        assert abs(r.width * box.height - r.height * box.width) <= max(box.width, box.height) / 2


@FUZZ
@given(image_sides, image_sides, st.integers(1, 25_000), st.integers(1, 25_000), st.booleans())
def test_confined_size_is_as_large_as_the_box_allows(width, height, w, h, upscale):
    r = resolved("full", f"{'^' if upscale else ''}!{w},{h}", width=width, height=height, max_width=30_000)
    bound_w, bound_h = (w, h) if upscale else (min(w, width), min(h, height))
    assert r.width <= bound_w and r.height <= bound_h
    assert r.width == bound_w or r.height == bound_h


@FUZZ
@given(image_sides, image_sides, limit_sets())
def test_max_is_the_region_shrunk_only_as_far_as_the_limits_demand(width, height, limits):
    r = resolved("full", "max", width=width, height=height, **limits)
    assert r.width <= width and r.height <= height and fits(r.width, r.height, **limits)
    bound_w = min(width, limits["max_width"] or width)
    bound_h = min(height, limits["max_height"] or limits["max_width"] or height)
    if r.width == bound_w or r.height == bound_h:
        return
    # Not stopped by a side, so by the area: one more pixel on the longer side must not fit.
    if width >= height:
        grown = (r.width + 1, max(1, half_up(Fraction((r.width + 1) * height, width))))
    else:
        grown = (max(1, half_up(Fraction((r.height + 1) * width, height))), r.height + 1)
    assert limits["max_area"] and not fits(*grown, **limits)


@FUZZ
@given(
    st.data(), image_sides, image_sides, size_texts(), limit_sets(), st.sampled_from(["0", "90", "!180", "270", "360"])
)
def test_the_canonical_form_resolves_to_the_same_image(data, width, height, size, limits, rotation):
    region_text = data.draw(region_texts(width, height))
    try:
        r = resolved(region_text, size[1], rotation, "gray.png", width, height, **limits)
    except IIIFParameterError:
        assume(False)
    path = canonical(r)
    again = resolve(parse_request(*path.split("/")), width, height, **limits)
    assert again == r
    assert canonical(again) == path


# 3. The examples of the 3.0 specification.

@pytest.mark.parametrize(
    ("region", "box"),
    [
        ("full", Box(0, 0, 6000, 4000)),
        ("square", Box(1000, 0, 4000, 4000)),
        ("pct:10,10,80,80", Box(600, 400, 4800, 3200)),
        ("125,15,120,140", Box(125, 15, 120, 140)),
        ("5000,3000,2000,2000", Box(5000, 3000, 1000, 1000)),
    ],
)
def test_regions_of_a_6000_by_4000_image(region, box):
    assert resolved(region).region == box


@pytest.mark.parametrize(
    ("region", "box"),
    [
        ("pct:41.6,7.5,40,70", Box(125, 15, 120, 140)),
        ("125,15,200,200", Box(125, 15, 175, 185)),  # "N.B. Returned image is 175,185 px"
        ("pct:41.6,7.5,66.6,100", Box(125, 15, 175, 185)),
    ],
)
def test_region_examples_on_the_300_by_200_image_of_the_spec(region, box):
    assert resolved(region, width=300, height=200).region == box


@pytest.mark.parametrize(
    ("size", "limits", "expected"),
    [
        ("max", {}, (6000, 4000)),
        ("max", {"max_width": 3000, "max_height": 2000, "max_area": 4_000_000}, (2449, 1633)),
        ("max", {"max_width": 3000}, (3000, 2000)),
        ("^max", {"max_width": 8000}, (8000, 5333)),
        ("150,", {}, (150, 100)),
        (",150", {}, (225, 150)),
        ("pct:50", {}, (3000, 2000)),
        ("225,100", {}, (225, 100)),
        ("!225,100", {}, (150, 100)),
        ("^360,", {}, (360, 240)),
        ("^!9000,9000", {"max_width": 12_000}, (9000, 6000)),
        ("^pct:150", {"max_area": 60_000_000}, (9000, 6000)),
    ],
)
def test_sizes_of_a_6000_by_4000_image(size, limits, expected):
    r = resolved("full", size, **limits)
    assert (r.width, r.height) == expected


def test_size_examples_on_the_300_by_200_image_of_the_spec():
    assert resolved("full", "max", width=300, height=200, max_width=200).output_size == (200, 133)
    assert resolved("full", "^max", width=300, height=200, max_width=360).output_size == (360, 240)
    assert resolved("full", "^!360,360", width=300, height=200, max_width=360).output_size == (360, 240)


@pytest.mark.parametrize(
    ("region", "size", "rotation", "part", "status"),
    [
        ("6000,0,10,10", "max", "0", "region", 400),  # starts just past the right edge
        ("pct:100,0,10,10", "max", "0", "region", 400),
        ("pct:0,0,0.001,10", "max", "0", "region", 400),  # under one pixel once rounded
        ("full", "6001,", "0", "size", 400),  # larger than the region without ^
        ("10,10,10,10", "11,10", "0", "size", 400),
        ("0,0,6000,100", "1,", "0", "size", 400),  # height rounds to zero
        ("full", "^7000,", "0", "size", 501),  # upscaling needs declared limits
        ("full", "5000,", "45", "rotation", 400),
        ("full", "5000,", "!22.5", "rotation", 400),
    ],
)
def test_requests_that_do_not_fit_the_image_are_refused(region, size, rotation, part, status):
    with pytest.raises(IIIFParameterError) as caught:
        resolved(region, size, rotation)
    assert (caught.value.part, caught.value.status) == (part, status)


def test_rotation_refusal_says_what_is_supported():
    with pytest.raises(IIIFParameterError, match="only multiples of 90 are supported"):
        resolved(rotation="45")


def test_sizes_over_the_server_limits_are_refused():
    with pytest.raises(IIIFParameterError, match="maxWidth 3000") as caught:
        resolved("full", "4000,", max_width=3000)
    assert caught.value.status == 400


@pytest.mark.parametrize(
    ("segments", "limits", "path"),
    [
        (("full", "max", "0", "default.jpg"), {}, "full/max/0/default.jpg"),
        (("pct:0,0,100,100", "6000,4000", "360", "default.jpg"), {}, "full/max/0/default.jpg"),
        (("square", "max", "0", "color.png"), {}, "1000,0,4000,4000/max/0/color.png"),
        (("full", "150,", "90.0", "gray.webp"), {}, "full/150,100/90/gray.webp"),
        (("full", "!225,100", "!0", "bitonal.png"), {}, "full/150,100/!0/bitonal.png"),
        (("full", "^max", "0", "default.jpg"), {"max_width": 8000}, "full/^max/0/default.jpg"),
        (("full", "^7000,", "0", "default.jpg"), {"max_width": 8000}, "full/^7000,4667/0/default.jpg"),
        (("full", "max", "0", "default.jpg"), {"max_width": 3000}, "full/max/0/default.jpg"),
        (("full", "3000,2000", "0", "default.jpg"), {"max_width": 3000}, "full/max/0/default.jpg"),
        (("0,0,512,512", "256,", "!270", "default.jpg"), {}, "0,0,512,512/256,256/!270/default.jpg"),
    ],
)
def test_canonical_paths(segments, limits, path):
    assert canonical(resolve(parse_request(*segments), 6000, 4000, **limits)) == path


def test_a_parsed_request_keeps_quality_and_format_as_enums():
    parsed = request(quality_format="bitonal.webp")
    assert (parsed.quality, parsed.format) == (Quality.BITONAL, Format.WEBP)
    assert Format.WEBP.media_type == "image/webp"


def test_max_height_without_max_width_is_a_configuration_error():
    with pytest.raises(ValueError, match="maxWidth"):
        resolved(max_height=100)
