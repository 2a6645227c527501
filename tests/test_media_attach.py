"""Attaching media to exhibits: sniffing, inspection, content-addressed storage and derivatives."""
from __future__ import annotations

import hashlib
import io
import struct
import zlib

import pytest
import trimesh
from flask import current_app
from PIL import Image
from sqlalchemy import func, select

from emuseum import create_app
from emuseum.db import db
from emuseum.models import MediaRecord
from emuseum.services.errors import PermissionDenied, ValidationError
from emuseum.services.history import history
from emuseum.services.identity import PUBLIC, SYSTEM, Identity
from emuseum.services.media import attach_media, make_derivatives, media_counts
from media.images import ImageRejected, inspect_image, scaled_jpeg

from .factories import make_exhibit


def png(width: int, height: int, mode: str = "RGB") -> bytes:
    img = Image.new(mode, (width, height))
    if mode == "RGB":  # a gradient, so the derivatives have something to resample
        img.putdata([(x * 255 // width, y * 255 // height, 90) for y in range(height) for x in range(width)])
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    img = Image.new("RGB", (width, height), (180, 40, 40))
    out = io.BytesIO()
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        img.save(out, "JPEG", exif=exif.tobytes())
    else:
        img.save(out, "JPEG")
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """Return a PNG that declares a size and holds one tiny zlib stream: a decompression bomb's header."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
            + chunk(b"IEND", b""))


def glb() -> bytes:
    return trimesh.creation.box(extents=(0.2, 0.1, 0.05)).export(file_type="glb")


def _attach(session, exhibit, data: bytes, name: str, **kwargs):
    return attach_media(session, SYSTEM, exhibit.id, io.BytesIO(data), name, **kwargs)


def _stored_files(app):
    root = app.extensions["emuseum.storage"].root
    return sorted(p for p in root.rglob("*") if p.is_file())


def _second_app(app, tmp_path, overrides):
    """Return another application on the test's emptied catalogue, with some settings changed."""
    values = {"app.instance_path": str(tmp_path / "second"), "database.url": app.config["EMUSEUM"]["database.url"],
              "jobs.backend": "immediate"}
    return create_app({**values, **overrides})


def _media_count(session) -> int:
    return session.scalar(select(func.count()).select_from(MediaRecord))


def test_png_is_stored_inspected_and_made_ready_with_derivatives(app, session):
    exhibit = make_exhibit(session)
    data = png(2400, 1200)
    record = _attach(session, exhibit, data, "bracelet.png", alt={"en": "Silver bracelet, front"})
    digest = hashlib.sha256(data).hexdigest()

    assert (record.kind, record.media_type, record.width, record.height) == ("image", "image/png", 2400, 1200)
    assert (record.sha256, record.byte_size, record.original_filename) == (digest, len(data), "bracelet.png")
    assert (record.alt_en, record.alt_kk) == ("Silver bracelet, front", "")
    assert record.is_primary is True and record.position == 0

    store = app.extensions["emuseum.storage"]
    with store.open(digest) as fh:
        assert fh.read() == data
    session.expire_all()
    stored = session.get(MediaRecord, record.id)
    assert (stored.status, stored.status_message) == ("ready", "")  # the immediate job has run after commit
    cache = app.extensions["emuseum.derivatives"]
    with Image.open(cache.path(digest, "thumb.jpg")) as thumb:
        assert (thumb.format, thumb.size) == ("JPEG", (400, 200))
    with Image.open(cache.path(digest, "display.jpg")) as display:
        assert (display.format, display.size) == ("JPEG", (1600, 800))
    assert media_counts(session) == {"ready": 1}

    latest = history(session, "exhibit", exhibit.id)[0]
    assert latest.action == "update"
    assert latest.fields == {"media": [None, {"id": record.id, "sha256": digest, "kind": "image"}]}


def test_small_image_is_not_enlarged(app, session):
    exhibit = make_exhibit(session)
    record = _attach(session, exhibit, png(300, 120), "small.png")
    cache = app.extensions["emuseum.derivatives"]
    for name in ("thumb.jpg", "display.jpg"):
        with Image.open(cache.path(record.sha256, name)) as img:
            assert img.size == (300, 120)


def test_first_media_is_primary_and_later_ones_are_not(session):
    exhibit = make_exhibit(session)
    first = _attach(session, exhibit, png(64, 64), "a.png")
    second = _attach(session, exhibit, jpeg(64, 48), "b.jpg")
    assert (first.is_primary, first.position) == (True, 0)
    assert (second.is_primary, second.position, second.media_type) == (False, 1, "image/jpeg")
    third = _attach(session, exhibit, png(32, 32), "c.png", primary=True)
    session.expire_all()
    flags = {m.original_filename: (m.is_primary, m.position) for m in session.scalars(select(MediaRecord))}
    assert flags == {"a.png": (False, 0), "b.jpg": (False, 1), "c.png": (True, 2)}
    assert third.exhibit.primary_media.id == third.id


def test_glb_is_a_model(app, session):
    exhibit = make_exhibit(session)
    data = glb()
    record = _attach(session, exhibit, data, "yurt.glb")
    assert (record.kind, record.media_type, record.width, record.height) == ("model", "model/gltf-binary", None, None)
    session.expire_all()
    assert session.get(MediaRecord, record.id).status == "ready"
    assert app.extensions["emuseum.storage"].exists(hashlib.sha256(data).hexdigest())


@pytest.mark.parametrize("data, name, message", [
    (b"This is a plain text file, not a photograph.\n" * 20, "photo.jpg",
     "photo.jpg is neither an image (JPEG, PNG, TIFF or WebP) nor a 3D model"),
    (b"%PDF-1.7\n" + b"0" * 400, "scan.png", "scan.png is neither an image (JPEG, PNG, TIFF or WebP) nor a 3D model"),
    (b"", "empty.png", "empty.png is empty"),
    (jpeg(800, 600)[:1500], "truncated.jpg", "truncated.jpg: image cannot be decoded"),
    (png(200, 200)[:300], "truncated.png", "truncated.png: image cannot be decoded"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "garbage.png", "garbage.png: image cannot be decoded"),
    (glb()[:-100], "cut.glb", "cut.glb is cut short or damaged: GLB model declares"),
    (b"glTF" + struct.pack("<II", 1, 1000) + b"\x00" * 988, "old.glb", "old.glb is cut short or damaged: GLB model is version 1, not glTF 2.0"),
    (b"glTF" + struct.pack("<II", 2, 40) + struct.pack("<I4s", 8, b"BIN\x00") + b"\x00" * 20, "nojson.glb",
     "nojson.glb is cut short or damaged: GLB model does not begin with its JSON chunk"),
    (b"glTF\x02\x00", "stub.glb", "stub.glb is cut short or damaged: GLB model is shorter than its header"),
])
def test_refused_file_names_the_field_and_stores_nothing(app, session, data, name, message):
    exhibit = make_exhibit(session)
    changes_before = len(history(session, "exhibit", exhibit.id))
    with pytest.raises(ValidationError) as caught:
        _attach(session, exhibit, data, name)
    assert caught.value.field == "file"
    assert caught.value.message.startswith(f"file: {message}")
    assert _stored_files(app) == []
    session.rollback()
    assert _media_count(session) == 0
    assert len(history(session, "exhibit", exhibit.id)) == changes_before


def test_decompression_bomb_is_refused_at_the_default_limit(app, session):
    exhibit = make_exhibit(session)
    data = png_header_only(19000, 19000)
    assert len(data) < 200
    assert current_app.config["EMUSEUM"]["media.max_image_pixels"] < 19000 * 19000
    with pytest.raises(ValidationError) as caught:
        _attach(session, exhibit, data, "bomb.png")
    assert caught.value.field == "file"
    assert "bomb.png: image is 19000x19000 pixels, over the limit of" in caught.value.message
    assert _stored_files(app) == []


def test_pillow_made_bomb_is_refused(app, session):
    img = Image.new("1", (19000, 19000))  # all black: a few kilobytes of PNG
    out = io.BytesIO()
    img.save(out, "PNG")
    img.close()
    assert len(out.getvalue()) < 200_000
    with pytest.raises(ValidationError) as caught:
        _attach(session, make_exhibit(session), out.getvalue(), "black.png")
    assert "19000x19000 pixels, over the limit" in caught.value.message


def test_upload_over_the_byte_limit_is_refused(app, tmp_path):
    app = _second_app(app, tmp_path, {"media.max_upload_bytes": 1000})
    with app.app_context():
        exhibit = make_exhibit(db.session)
        with pytest.raises(ValidationError) as caught:
            _attach(db.session, exhibit, png(400, 400), "big.png")
        assert caught.value.message == "file: big.png is over the limit of 1000 bytes"
        assert _stored_files(app) == []
        db.session.rollback()
        db.engine.dispose()


def test_only_staff_of_the_museum_attach_media(session):
    exhibit = make_exhibit(session)
    for identity in (PUBLIC, Identity("ed", "editor", exhibit.museum_id + 1000)):
        with pytest.raises(PermissionDenied):
            attach_media(session, identity, exhibit.id, io.BytesIO(png(8, 8)), "x.png")
    record = attach_media(session, Identity("ed", "editor", exhibit.museum_id), exhibit.id,
                          io.BytesIO(png(8, 8)), "x.png")
    assert record.exhibit_id == exhibit.id


def test_same_file_twice_is_stored_once(app, session):
    exhibit = make_exhibit(session)
    data = png(50, 50)
    first = _attach(session, exhibit, data, "one.png")
    second = _attach(session, make_exhibit(session), data, "two.png")
    assert first.sha256 == second.sha256
    assert len(_stored_files(app)) == 1


def test_exif_rotated_photo_records_the_size_a_viewer_sees(app, session):
    exhibit = make_exhibit(session)
    record = _attach(session, exhibit, jpeg(600, 400, orientation=6), "portrait.jpg")
    assert (record.width, record.height) == (400, 600)
    with Image.open(app.extensions["emuseum.derivatives"].path(record.sha256, "thumb.jpg")) as thumb:
        assert thumb.size == (267, 400)


def test_a_failed_derivative_is_recorded_not_raised(app, session):
    exhibit = make_exhibit(session)
    record = _attach(session, exhibit, png(64, 64), "gone.png")
    app.extensions["emuseum.storage"].delete(record.sha256)
    result = make_derivatives(session, record.id)
    assert result.status == "failed"
    assert result.status_message.startswith("StorageError: no stored file")
    assert media_counts(session) == {"failed": 1}


def test_inspect_image_honours_a_limit_above_pillows_own(tmp_path):
    # 10000 x 10000 is over Pillow's built-in warning threshold (about 89 million pixels).
    img = Image.new("1", (10000, 10000))
    out = io.BytesIO()
    img.save(out, "PNG")
    img.close()
    info = inspect_image(io.BytesIO(out.getvalue()), max_pixels=100_000_000)
    assert (info.width, info.height, info.format) == (10000, 10000, "PNG")
    with pytest.raises(ImageRejected, match="over the limit of 99999999 pixels"):
        inspect_image(io.BytesIO(out.getvalue()), max_pixels=99_999_999)


def test_scaled_jpeg_fits_the_square():
    data = scaled_jpeg(io.BytesIO(png(1000, 250)), 400)
    with Image.open(io.BytesIO(data)) as img:
        assert (img.format, img.size, img.mode) == ("JPEG", (400, 100), "RGB")


def test_sqlite_queue_holds_the_job_until_a_worker_runs_it(app, tmp_path):
    app = _second_app(app, tmp_path, {"jobs.backend": "sqlite"})
    with app.app_context():
        exhibit = make_exhibit(db.session)
        record = _attach(db.session, exhibit, png(900, 300), "queued.png")
        queue = app.extensions["emuseum.jobs"]
        # the museum's and the exhibit's commits each queued a search drain before the upload
        assert [t.name for t in queue.huey.pending()] == ["search.drain", "search.drain", "make_derivatives"]
        assert media_counts(db.session) == {"pending": 1}

        for _ in range(2):
            queue.huey.execute(queue.huey.dequeue())
        task = queue.huey.dequeue()  # what a worker of `emuseum jobs run` does next
        assert task.name == "make_derivatives" and task.args == (record.id,)
        queue.huey.execute(task)
        # the exhibit now has an image: its search document follows in one more drain
        assert [t.name for t in queue.huey.pending()] == ["search.drain"]
        db.session.expire_all()
        assert db.session.get(MediaRecord, record.id).status == "ready"
        with Image.open(app.extensions["emuseum.derivatives"].path(record.sha256, "thumb.jpg")) as thumb:
            assert thumb.size == (400, 133)
        db.session.rollback()
        db.engine.dispose()
