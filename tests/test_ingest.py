"""The image ingest pipeline: checked before it is kept, then turned into a servable pyramid by the job."""
from __future__ import annotations

import hashlib
import io
import struct
import zlib

import numpy as np
import pyvips
import pytest
from PIL import Image, TiffTags
from sqlalchemy import func, select

from emuseum import create_app
from emuseum.db import db
from emuseum.models import MediaRecord
from emuseum.services.errors import ValidationError
from emuseum.services.identity import SYSTEM
from emuseum.services.media import PYRAMID, attach_media, make_derivatives
from media.images import inspect_image
from media.pyramid import TILE_SIZE, level_sizes

from .factories import make_exhibit
from .test_media_attach import png, png_header_only

RED, GREEN, BLUE = (230, 20, 30), (20, 200, 40), (30, 40, 220)


def _encode(img: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **options)
    return out.getvalue()


def quadrants(width: int, height: int, mode: str = "RGB") -> Image.Image:
    """Return an image red at the top left, green at the top right, blue at the bottom: easy to see turned."""
    img = Image.new("RGB", (width, height), BLUE)
    img.paste(RED, (0, 0, width // 2, height // 2))
    img.paste(GREEN, (width // 2, 0, width, height // 2))
    return img.convert(mode) if mode != "RGB" else img


def vips_bytes(image: pyvips.Image, suffix: str, **options) -> bytes:
    return image.write_to_buffer(suffix, **options)


@pytest.fixture
def queued(app, monkeypatch) -> list[tuple]:
    """Return the list of media jobs queued from now on (they still run: the test queue is immediate).

    Search-index drains are left out: every catalogue write queues one, and they are
    covered by the search tests; here only what ingest asks of the media pipeline counts.
    """
    calls = []
    queue = app.extensions["emuseum.jobs"]
    enqueue = queue.enqueue

    def recording(name, *args):
        if not name.startswith("search."):
            calls.append((name, *args))
        return enqueue(name, *args)

    monkeypatch.setattr(queue, "enqueue", recording)
    return calls


def _attach(session, exhibit, data: bytes, name: str):
    return attach_media(session, SYSTEM, exhibit.id, io.BytesIO(data), name)


def _ready(session, record) -> MediaRecord:
    session.expire_all()
    return session.get(MediaRecord, record.id)


def _pyramid(app, record) -> pyvips.Image:
    return pyvips.Image.new_from_file(str(app.extensions["emuseum.derivatives"].path(record.sha256, PYRAMID)))


def _pixel(image: pyvips.Image, x: int, y: int) -> tuple[int, ...]:
    return tuple(round(v) for v in image.getpoint(x, y))


def _close(got, expected, tolerance=12) -> bool:
    return len(got) == len(expected) and all(abs(a - b) <= tolerance for a, b in zip(got, expected))


def _stored_files(app):
    return sorted(p for p in app.extensions["emuseum.storage"].root.rglob("*") if p.is_file())


# ---------------------------------------------------------------- accepted images

def test_jpeg_becomes_a_tiled_jpeg_pyramid_and_is_ready(app, session, queued):
    exhibit = make_exhibit(session)
    data = _encode(quadrants(1100, 700), "JPEG", quality=92)
    record = _attach(session, exhibit, data, "carpet.jpg")

    assert queued == [("make_derivatives", record.id)]
    stored = _ready(session, record)
    assert (stored.status, stored.status_message) == ("ready", "")
    assert (stored.media_type, stored.width, stored.height) == ("image/jpeg", 1100, 700)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    with app.extensions["emuseum.storage"].open(stored.sha256) as original:
        assert original.read() == data  # the original is kept byte for byte

    path = app.extensions["emuseum.derivatives"].path(stored.sha256, PYRAMID)
    pyramid = pyvips.Image.new_from_file(str(path))
    assert pyramid.get("n-pages") == 4
    pages = [pyvips.Image.tiffload(str(path), page=i) for i in range(4)]
    sizes = [(1100, 700), (550, 350), (275, 175), (137, 87)]  # halved, rounding down, until one tile holds it
    assert [(p.width, p.height) for p in pages] == level_sizes(1100, 700) == sizes
    assert all((p.bands, p.format, p.interpretation) == (3, "uchar", "srgb") for p in pages)
    with Image.open(path) as tiff:  # what any TIFF reader sees: 256-pixel JPEG tiles
        tags = {TiffTags.lookup(k).name: v for k, v in tiff.tag_v2.items()}
        assert (tags["TileWidth"], tags["TileLength"], tags["Compression"]) == (TILE_SIZE, TILE_SIZE, 7)
    assert _close(_pixel(pyramid, 100, 100), RED)
    assert _close(_pixel(pyramid, 1000, 100), GREEN)
    assert _close(_pixel(pages[2], 137, 150), BLUE)

    cache = app.extensions["emuseum.derivatives"]
    for name, size in (("thumb.jpg", (400, 255)), ("display.jpg", (1100, 700))):
        with Image.open(cache.path(stored.sha256, name)) as img:
            assert (img.format, img.size, img.mode) == ("JPEG", size, "RGB")


def test_exif_orientation_is_applied_and_upright_size_recorded(app, session):
    exhibit = make_exhibit(session)
    exif = Image.Exif()
    exif[0x0112] = 6  # stored on its side: turn 90 degrees clockwise to view
    record = _attach(session, exhibit, _encode(quadrants(600, 400), "JPEG", exif=exif.tobytes()), "side.jpg")
    stored = _ready(session, record)
    assert (stored.status, stored.width, stored.height) == ("ready", 400, 600)
    pyramid = _pyramid(app, stored)
    assert (pyramid.width, pyramid.height) == (400, 600)
    assert pyramid.get("orientation") == 1  # nothing left for a reader to turn again
    # The stored top-left (red) is now top-right, the stored top-right (green) bottom-right.
    assert _close(_pixel(pyramid, 350, 50), RED)
    assert _close(_pixel(pyramid, 350, 550), GREEN)
    assert _close(_pixel(pyramid, 50, 300), BLUE)


def test_embedded_colour_profile_is_converted_to_srgb(app, session):
    exhibit = make_exhibit(session)
    red = (pyvips.Image.black(64, 48, bands=3) + [255, 0, 0]).cast("uchar").copy(interpretation="srgb")
    in_p3 = red.icc_transform("p3")  # the same red, written as Display P3 numbers, profile embedded
    data = vips_bytes(in_p3, ".jpg", Q=95)
    assert not _close(_pixel(pyvips.Image.new_from_buffer(data, ""), 10, 10), (255, 0, 0), 10)
    record = _attach(session, exhibit, data, "p3.jpg")
    assert _ready(session, record).status == "ready"
    assert _close(_pixel(_pyramid(app, record), 10, 10), (255, 0, 0), 6)


def test_damaged_colour_profile_is_noted_for_staff(app, session):
    exhibit = make_exhibit(session)
    data = _encode(Image.new("RGB", (80, 60), RED), "JPEG", icc_profile=b"not a profile" * 20)
    stored = _ready(session, _attach(session, exhibit, data, "odd.jpg"))
    assert stored.status == "ready"
    assert stored.status_message == "the embedded colour profile is damaged; colours are shown as if sRGB"
    assert _close(_pixel(_pyramid(app, stored), 5, 5), RED)


def test_cmyk_jpeg_becomes_rgb(app, session):
    exhibit = make_exhibit(session)
    data = _encode(Image.new("CMYK", (90, 70), (0, 0, 0, 0)), "JPEG")  # no ink: white paper
    stored = _ready(session, _attach(session, exhibit, data, "print.jpg"))
    assert stored.status == "ready"
    pyramid = _pyramid(app, stored)
    assert (pyramid.bands, pyramid.interpretation) == (3, "srgb")
    assert min(_pixel(pyramid, 45, 35)) > 235


def test_transparent_png_is_flattened_on_white(app, session):
    exhibit = make_exhibit(session)
    img = Image.new("RGBA", (120, 80), (0, 0, 0, 0))
    img.paste((*GREEN, 255), (0, 0, 60, 80))
    stored = _ready(session, _attach(session, exhibit, _encode(img, "PNG"), "cutout.png"))
    pyramid = _pyramid(app, stored)
    assert (stored.status, pyramid.bands) == ("ready", 3)
    assert _close(_pixel(pyramid, 20, 40), GREEN)
    assert _close(_pixel(pyramid, 100, 40), (255, 255, 255))


def test_sixteen_bit_tiff_becomes_eight_bit_srgb(app, session):
    exhibit = make_exhibit(session)
    pixels = np.zeros((60, 90, 3), dtype=np.uint16)
    pixels[:, :] = (65535, 32768, 0)
    data = vips_bytes(pyvips.Image.new_from_array(pixels).copy(interpretation="rgb16"), ".tif")
    assert pyvips.Image.new_from_buffer(data, "").format == "ushort"
    stored = _ready(session, _attach(session, exhibit, data, "scan16.tif"))
    assert (stored.status, stored.media_type, stored.width, stored.height) == ("ready", "image/tiff", 90, 60)
    pyramid = _pyramid(app, stored)
    assert pyramid.format == "uchar"
    assert _close(_pixel(pyramid, 45, 30), (255, 128, 0), 4)


def test_multipage_tiff_shows_page_one_and_says_so(app, session):
    exhibit = make_exhibit(session)
    first, *rest = [Image.new("RGB", (160 + 10 * i, 120), colour) for i, colour in enumerate((RED, GREEN, BLUE))]
    data = _encode(first, "TIFF", save_all=True, append_images=rest)
    stored = _ready(session, _attach(session, exhibit, data, "album.tif"))
    assert (stored.status, stored.width, stored.height) == ("ready", 160, 120)
    assert stored.status_message == "page 1 of 3 is shown; the other pages are kept only in the original"
    assert _close(_pixel(_pyramid(app, stored), 80, 60), RED)


def test_webp_is_accepted(app, session):
    exhibit = make_exhibit(session)
    data = _encode(quadrants(300, 200), "WEBP", quality=90)
    stored = _ready(session, _attach(session, exhibit, data, "photo.webp"))
    assert (stored.status, stored.media_type, stored.width, stored.height) == ("ready", "image/webp", 300, 200)
    assert _close(_pixel(_pyramid(app, stored), 30, 30), RED)


def test_the_name_is_never_trusted(session):
    exhibit = make_exhibit(session)
    record = _attach(session, exhibit, _encode(quadrants(64, 64), "PNG"), "really-a-png.jpg")
    assert (record.media_type, record.original_filename) == ("image/png", "really-a-png.jpg")


# ---------------------------------------------------------------- refused at upload

def _bomb_png_with_pillow() -> bytes:
    img = Image.new("1", (19000, 19000))  # all black: a few kilobytes of PNG, 361 million pixels
    try:
        return _encode(img, "PNG")
    finally:
        img.close()


def _bomb_png_with_zlib() -> bytes:
    """Return a whole, valid 19000 x 19000 one-bit PNG of a few kilobytes: rows of zeros compress 1000:1."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = (b"\x00" + bytes((19000 + 7) // 8)) * 19000  # filter byte, then 2375 bytes of black a row
    header = struct.pack(">IIBBBBB", 19000, 19000, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))
            + chunk(b"IEND", b""))


REFUSED = [
    pytest.param(lambda: _encode(quadrants(800, 600), "JPEG")[:2500], "cut.jpg",
                 "cut.jpg: image cannot be decoded: VipsJpeg: premature end of JPEG image", id="truncated-jpeg"),
    pytest.param(lambda: png(300, 300)[:-400], "cut.png", "cut.png: image cannot be decoded", id="truncated-png"),
    pytest.param(lambda: _encode(quadrants(300, 300), "TIFF")[:5000], "cut.tif", "cut.tif: image cannot be decoded",
                 id="truncated-tiff"),
    pytest.param(lambda: _encode(quadrants(300, 300), "WEBP")[:300], "cut.webp", "cut.webp: image cannot be decoded",
                 id="truncated-webp"),
    pytest.param(lambda: b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8, "noise.jpg", "noise.jpg: image cannot be decoded",
                 id="corrupt-jpeg"),
    pytest.param(lambda: b"II*\x00" + b"\xff" * 600, "broken.tif", "broken.tif: image cannot be decoded",
                 id="corrupt-tiff"),
    pytest.param(lambda: "Дәптер: бұл сурет емес.\nNot a photograph at all.\n".encode() * 10, "photo.jpg",
                 "photo.jpg is neither an image (JPEG, PNG, TIFF or WebP) nor a 3D model", id="text-named-jpg"),
    pytest.param(_bomb_png_with_pillow, "black.png",
                 "black.png: image is 19000x19000 pixels, over the limit of 100000000 pixels", id="bomb-pillow"),
    pytest.param(_bomb_png_with_zlib, "zeros.png",
                 "zeros.png: image is 19000x19000 pixels, over the limit of 100000000 pixels", id="bomb-zlib"),
    pytest.param(lambda: png_header_only(19000, 19000), "header.png",
                 "header.png: image is 19000x19000 pixels, over the limit of 100000000 pixels", id="bomb-header"),
]


@pytest.mark.parametrize("make, name, message", REFUSED)
def test_bad_file_is_refused_before_anything_is_kept(app, session, queued, make, name, message):
    data = make()
    exhibit = make_exhibit(session)
    assert app.config["EMUSEUM"]["media.max_image_pixels"] == 100_000_000
    with pytest.raises(ValidationError) as caught:
        _attach(session, exhibit, data, name)
    assert caught.value.field == "file"
    assert caught.value.message.startswith(f"file: {message}")
    session.commit()  # whatever is pending would now reach the database and the queue: nothing is
    assert _stored_files(app) == []
    assert session.scalar(select(func.count()).select_from(MediaRecord)) == 0
    assert queued == []


def test_bombs_are_a_few_kilobytes():
    assert len(_bomb_png_with_pillow()) < 100_000
    assert len(_bomb_png_with_zlib()) < 100_000


def test_image_over_the_configured_pixel_limit_is_refused(migrated, tmp_path):
    app = create_app({"app.instance_path": str(tmp_path / "instance"), "database.url": migrated,
                      "jobs.backend": "immediate", "media.max_image_pixels": 50_000})
    with app.app_context():
        exhibit = make_exhibit(db.session)
        record = _attach(db.session, exhibit, png(250, 200), "fits.png")  # exactly 50 000 pixels
        assert record.width * record.height == 50_000
        with pytest.raises(ValidationError) as caught:
            _attach(db.session, exhibit, png(251, 200), "large.png")
        assert caught.value.message == "file: large.png: image is 251x200 pixels, over the limit of 50000 pixels"
        db.session.rollback()
        assert db.session.scalar(select(func.count()).select_from(MediaRecord)) == 1
        assert len(_stored_files(app)) == 1
        db.engine.dispose()


# ---------------------------------------------------------------- failures the job finds

def test_original_that_breaks_after_upload_fails_the_job_with_the_reason(app, session):
    exhibit = make_exhibit(session)
    record = _attach(session, exhibit, _encode(quadrants(900, 600), "JPEG"), "ok.jpg")
    store, cache = app.extensions["emuseum.storage"], app.extensions["emuseum.derivatives"]
    path = cache.path(record.sha256, PYRAMID)
    path.unlink()
    original = store.path(record.sha256)
    original.write_bytes(original.read_bytes()[:3000])  # the disk lost the end of the file

    result = make_derivatives(session, record.id)
    assert result.status == "failed"
    assert result.status_message == "image cannot be decoded: VipsJpeg: premature end of JPEG image"
    assert not path.exists()
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []  # no half-written pyramid


def test_a_stricter_limit_later_fails_the_job_not_the_worker(app, session):
    exhibit = make_exhibit(session)
    record = _attach(session, exhibit, png(300, 200), "wide.png")
    app.config["EMUSEUM"]["media.max_image_pixels"] = 1000
    result = make_derivatives(session, record.id)
    assert (result.status, result.status_message) == (
        "failed", "ImageRejected: image is 300x200 pixels, over the limit of 1000 pixels")


# ---------------------------------------------------------------- the library on its own

def test_inspect_image_reads_path_bytes_and_streams_alike(tmp_path):
    data = _encode(quadrants(320, 240), "PNG")
    path = tmp_path / "q.png"
    path.write_bytes(data)
    infos = {inspect_image(source, 10**6) for source in (path, str(path), data, io.BytesIO(data))}
    assert len(infos) == 1
    info = infos.pop()
    assert (info.width, info.height, info.format, info.pages, info.orientation) == (320, 240, "PNG", 1, 1)


def test_pyramid_levels_match_libvips_for_awkward_sizes(tmp_path):
    from media.pyramid import build_pyramid

    for width, height in ((1001, 777), (257, 3000), (4000, 1), (1000, 5), (256, 256), (513, 513)):
        source = (pyvips.Image.black(width, height, bands=3) + 90).cast("uchar").copy(interpretation="srgb")
        target = tmp_path / f"{width}x{height}.tif"
        pyramid = build_pyramid(vips_bytes(source, ".png"), target)
        pages = pyvips.Image.new_from_file(str(target)).get("n-pages")
        sizes = [(p.width, p.height) for p in (pyvips.Image.tiffload(str(target), page=i) for i in range(pages))]
        assert sizes == level_sizes(width, height)
        assert (pyramid.width, pyramid.height, pyramid.levels) == (width, height, pages)
