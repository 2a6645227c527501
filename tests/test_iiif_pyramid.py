"""Pyramids as IIIF sources: the level a request is read from, stored JPEG tiles sent as they are, edges."""
from __future__ import annotations

import io
import os
import time

import pytest
from PIL import Image, ImageChops, ImageStat

from media.iiif import Box, parse_request, resolve
from media.iiif.source import open_pyramid
from media.iiif.stored_tiles import read_tiled_pages
from media.pyramid import build_pyramid

from .test_iiif_http import attach, base, fetch, picture, pyvips  # noqa: F401 (pyvips is a fixture)

SOI_JFIF = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def painting(width: int = 1001, height: int = 777) -> Image.Image:
    """Return an image with detail everywhere (gradients both ways, a fractal), so that pixels can be compared."""
    across = Image.linear_gradient("L").rotate(90).resize((width, height))
    down = Image.linear_gradient("L").resize((width, height))
    fractal = Image.effect_mandelbrot((width, height), (-2.0, -1.2, 1.0, 1.2), 60)
    return Image.merge("RGB", (across, down, fractal))


@pytest.fixture
def pyramid(pyvips, tmp_path):
    """Return the path of the pyramid of a 1001 x 777 painting: levels 1001 x 777, 500 x 388, 250 x 194."""
    original = tmp_path / "painting.png"
    painting().save(original)
    return build_pyramid(original, tmp_path / "pyramid.tif").path


def level_pixels(pyvips, path, page: int, x: int, y: int, w: int, h: int, subifd: bool = False) -> Image.Image:
    """Return pixels of a pyramid level as libvips decodes them: what the pyramid holds, independently of our reader."""
    where = {"subifd": page - 1} if subifd and page else {"page": page}
    crop = pyvips.Image.tiffload(str(path), **where).crop(x, y, w, h)
    return Image.frombytes("RGB", (w, h), crop.write_to_memory())


def largest_difference(a: Image.Image, b: Image.Image) -> int:
    return max(high for _, high in ImageChops.difference(a.convert("RGB"), b.convert("RGB")).getextrema())


def request(region: str, size: str, quality_format: str = "default.jpg", rotation: str = "0"):
    return resolve(parse_request(region, size, rotation, quality_format), 1001, 777)


def test_levels_whose_sides_halving_rounded_down_are_chosen(pyramid):
    source = open_pyramid(pyramid)
    assert [(level.width, level.height, level.factor) for level in source.levels] == [
        (1001, 777, 1), (500, 388, 2), (250, 194, 4)]
    whole = Box(0, 0, 1001, 777)
    # 1001 / 500 > 2, but the full image at half size, rounded up, is what level 1 holds (within a pixel).
    assert source.level_for(whole, 501, 389).width == 500
    assert source.level_for(whole, 251, 195).width == 250
    assert source.level_for(whole, 502, 389).width == 1001  # a pixel more than half: level 1 has too few
    # A viewer's bottom-right tile at scale 1/2 (489 x 265 full pixels, asked at 245 x 133) and at 1/4.
    assert source.level_for(Box(512, 512, 489, 265), 245, 133).width == 500
    assert source.level_for(Box(0, 0, 1001, 777), 251, 195).width == 250
    # Tiny outputs are never read from a level with less than half their pixels.
    assert source.level_for(Box(1000, 776, 1, 1), 1, 1).width == 500


@pytest.mark.parametrize("region, page, column, row", [
    ("256,256,256,256", 0, 1, 1),  # scale 1
    ("0,0,512,512", 1, 0, 0),      # scale 1/2: level 1's only whole tile
])
def test_a_request_for_exactly_one_stored_tile_is_answered_with_its_bytes(pyvips, pyramid, region, page, column, row):
    source = open_pyramid(pyramid)
    assert source.tile_size == 256
    resolved = request(region, "256,256")
    data = source.render(resolved).data
    assert source.stored_tile(resolved) == data
    # The tile's own entropy-coded data from the file (located with Pillow's TIFF reader), after the
    # page's tables and a JFIF marker: nothing was decoded or encoded again.
    with Image.open(pyramid) as tiff:
        tiff.seek(page)
        columns = -(-tiff.size[0] // 256)
        offset = tiff.tag_v2[324][row * columns + column]
        count = tiff.tag_v2[325][row * columns + column]
        tables = tiff.tag_v2[347]
    stream = pyramid.read_bytes()[offset:offset + count]
    assert data == SOI_JFIF + data[len(SOI_JFIF):len(SOI_JFIF) + 9] + tables[2:-2] + stream[2:]
    tile = Image.open(io.BytesIO(data))
    assert (tile.format, tile.mode, tile.size) == ("JPEG", "RGB", (256, 256))
    expected = level_pixels(pyvips, pyramid, page, column * 256, row * 256, 256, 256)
    assert largest_difference(tile, expected) <= 2
    # And it shows that part of the painting, as a JPEG at quality 85 does (the fractal's fine detail
    # loses most to chroma subsampling; a neighbouring tile would be off by 60 in the gradients).
    factor = 2 ** page
    original = painting().crop((column * 256 * factor, row * 256 * factor, (column + 1) * 256 * factor,
                                (row + 1) * 256 * factor)).reduce(factor)
    assert max(ImageStat.Stat(ImageChops.difference(tile, original)).mean) < 8


@pytest.mark.parametrize("region, size, quality_format, rotation", [
    ("768,0,233,256", "233,256", "default.jpg", "0"),   # right edge tile, stored padded
    ("0,0,256,256", "256,256", "gray.jpg", "0"),
    ("0,0,256,256", "256,256", "default.png", "0"),
    ("0,0,256,256", "256,256", "default.jpg", "90"),
    ("0,0,256,256", "256,256", "default.jpg", "!0"),
    ("10,0,256,256", "256,256", "default.jpg", "0"),     # off the tile grid
    ("0,0,256,256", "128,128", "default.jpg", "0"),
    ("0,0,512,512", "512,512", "default.jpg", "0"),      # four stored tiles
])
def test_other_requests_are_rendered(pyramid, region, size, quality_format, rotation):
    source = open_pyramid(pyramid)
    resolved = request(region, size, quality_format, rotation)
    assert source.stored_tile(resolved) is None
    image = Image.open(io.BytesIO(source.render(resolved).data))
    assert image.size == resolved.output_size


def test_tiles_on_the_level_grid_are_cut_from_stored_tiles_without_resampling(pyvips, pyramid):
    source = open_pyramid(pyramid)
    # Four stored tiles of level 0, decoded and put together.
    tile = source.region(request("0,0,512,512", "512,512"))
    assert largest_difference(tile, level_pixels(pyvips, pyramid, 0, 0, 0, 512, 512)) <= 2
    # The right edge at scale 1: the stored tile is padded to 256; only its 233 real columns are sent.
    tile = source.region(request("768,0,233,256", "233,256"))
    assert largest_difference(tile, level_pixels(pyvips, pyramid, 0, 768, 0, 233, 256)) <= 2
    # The bottom edge at scale 1/2: 265 full rows, asked at 133, while level 1 has 132 of them (388 - 256):
    # the level's rows as they are, the last one repeated, rather than all of them resampled.
    tile = source.region(request("0,512,512,265", "256,133"))
    assert tile.size == (256, 133)
    assert largest_difference(tile.crop((0, 0, 256, 132)), level_pixels(pyvips, pyramid, 1, 0, 256, 256, 132)) <= 2
    assert largest_difference(tile.crop((0, 132, 256, 133)), tile.crop((0, 131, 256, 132))) == 0


def test_a_pyramid_not_of_jpeg_tiles_offers_no_stored_tiles(pyvips, tmp_path):
    path = tmp_path / "deflate.tif"
    pyvips.Image.new_from_memory(painting(300, 200).tobytes(), 300, 200, 3, "uchar").tiffsave(
        str(path), tile=True, pyramid=True, tile_width=64, tile_height=64, compression="deflate")
    assert read_tiled_pages(path) == [None, None, None, None]  # 300 x 200 down to 37 x 25
    source = open_pyramid(path)
    assert source.tile_size is None
    assert source.stored_tile(resolve(parse_request("0,0,64,64", "64,64", "0", "default.jpg"), 300, 200)) is None


@pytest.mark.parametrize("options", [{"bigtiff": True}, {"subifd": True}])
def test_stored_tiles_are_read_from_bigtiff_and_subifd_pyramids(pyvips, tmp_path, options):
    path = tmp_path / "pyramid.tif"
    pyvips.Image.new_from_memory(painting(600, 400).tobytes(), 600, 400, 3, "uchar").tiffsave(
        str(path), tile=True, pyramid=True, tile_width=128, tile_height=128, compression="jpeg", Q=85, **options)
    pages = read_tiled_pages(path)
    assert [(p.width, p.height, p.columns, p.rows) for p in pages] == [
        (600, 400, 5, 4), (300, 200, 3, 2), (150, 100, 2, 1), (75, 50, 1, 1)]
    source = open_pyramid(path)
    assert source.tile_size == 128
    data = source.stored_tile(resolve(parse_request("256,0,256,256", "128,128", "0", "default.jpg"), 600, 400))
    assert data == pages[1].jpeg(1, 0)
    tile = Image.open(io.BytesIO(data))
    expected = level_pixels(pyvips, path, 1, 128, 0, 128, 128, subifd=options.get("subifd", False))
    assert largest_difference(tile, expected) <= 2


def test_what_is_no_tiff_has_no_stored_tiles(tmp_path):
    (tmp_path / "broken.tif").write_bytes(b"II*\0 not a tiff")
    (tmp_path / "png.tif").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert read_tiled_pages(tmp_path / "broken.tif") is None
    assert read_tiled_pages(tmp_path / "png.tif") is None
    assert read_tiled_pages(tmp_path / "missing.tif") is None


# over HTTP

def test_a_stored_tile_is_served_as_stored_without_filling_the_render_cache(app, client, session, pyvips):
    record = attach(session, image=painting())
    service = app.extensions["emuseum.iiif"]
    pyramid = app.extensions["emuseum.derivatives"].path(record.sha256, "pyramid.tif")
    assert pyramid.is_file()
    info = fetch(client, f"{base(record)}/info.json").get_json()
    assert info["tiles"][0] == {"width": 256, "scaleFactors": [1, 2, 4]}
    cached = service.cache.usage()
    url = f"{base(record)}/256,256,256,256/256,256/0/default.jpg"
    response = fetch(client, url)
    assert response.data == read_tiled_pages(pyramid)[0].jpeg(1, 1)
    assert response.headers["Content-Type"] == "image/jpeg"
    assert picture(response).size == (256, 256)
    assert service.cache.usage() == cached
    etag = response.headers["ETag"]
    assert fetch(client, url).headers["ETag"] == etag
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    # A rebuilt pyramid may hold other bytes: the tile gets another ETag and a newer Last-Modified.
    time.sleep(0.01)
    original = app.extensions["emuseum.storage"].path(record.sha256)
    build_pyramid(original, pyramid)
    later = time.time() + 5
    os.utime(pyramid, (later, later))
    service._lookups.clear()  # as after iiif.lookup_seconds
    rebuilt = fetch(client, url)
    assert rebuilt.headers["ETag"] != etag
    assert rebuilt.last_modified.timestamp() >= int(later)
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 200
